"""``type: [T, "null"]``, an enum with ``null``, ``oneOf: [T, {type: null}]``: ``T | None``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...ir import NullableType, NullType, TypeRef, UnionType
from ...load import JsonPath
from ..context import Context


def _types(schema: Mapping[str, Any]) -> list[Any]:
    value = schema.get("type")
    return value if isinstance(value, list) else []


def _null_variant(schema: Mapping[str, Any]) -> str | None:
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if isinstance(variants, list) and any(_is_null(v) for v in variants):
            return key
    return None


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null" and len(schema) == 1


def accepts(schema: Mapping[str, Any]) -> bool:
    types = _types(schema)
    if "null" in types and len(types) > 1:
        return True
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum and len(enum) > 1:
        return True
    return "properties" not in schema and _null_variant(schema) is not None


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    assert ctx.parse_type is not None
    key = _null_variant(schema)
    if key is not None and "null" not in _types(schema):
        rest = [(i, v) for i, v in enumerate(schema[key]) if not _is_null(v)]
        if len(rest) == 1 and set(schema) <= {key, "description", "title", "default"}:
            i, only = rest[0]
            return _wrap(ctx.type_of(only, (*at, key, i), hint))
        stripped = {**schema, key: [v for _, v in rest]}
        return _wrap(ctx.parse_type(ctx, stripped, at, hint))
    stripped = dict(schema)
    types = [t for t in _types(schema) if t != "null"]
    if types:
        stripped["type"] = types[0] if len(types) == 1 else types
    if isinstance(schema.get("enum"), list):
        stripped["enum"] = [v for v in schema["enum"] if v is not None]
    return _wrap(ctx.parse_type(ctx, stripped, at, hint))


def _wrap(inner: TypeRef) -> TypeRef:
    if isinstance(inner, (NullableType, NullType)):
        return inner
    if isinstance(inner, UnionType) and not inner.variants:
        return NullType()
    return NullableType(inner)
