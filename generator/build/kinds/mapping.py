"""An object without ``properties``: ``dict[str, T]``.

``T`` comes from ``additionalProperties`` and ``patternProperties``: the one type of every
schema that undeclared keys can have (:func:`extra_type`), else ``object``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...ir import AnyType, MapType, TypeRef
from ...load import JsonPath
from ..context import Context


def accepts(schema: Mapping[str, Any]) -> bool:
    return (
        schema.get("type") == "object"
        or "additionalProperties" in schema
        or isinstance(schema.get("patternProperties"), Mapping)
    )


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    return MapType(extra_type(ctx, schema, at, hint + "Value") or AnyType())


def extra_type(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef | None:
    """The type of the keys ``properties`` does not declare; None when nothing types them.

    Without ``patternProperties``: the ``additionalProperties`` schema's type. With them, each
    key matching a regex has that pattern's schema, and the others ``additionalProperties``:
    their type when they all have one and the same, else ``object`` (also when other keys are
    open, as without ``additionalProperties: false`` or ``unevaluatedProperties: false``).
    """
    more = schema.get("additionalProperties", True)
    patterns = schema.get("patternProperties")
    if not isinstance(patterns, Mapping) or not patterns:
        if isinstance(more, Mapping):
            return ctx.type_of(more, (*at, "additionalProperties"), hint)
        return None
    numbered = len(patterns) > 1
    found = [
        ctx.type_of(sub, (*at, "patternProperties", p), f"{hint}{i + 1}" if numbered else hint)
        for i, (p, sub) in enumerate(patterns.items())
    ]
    if isinstance(more, Mapping):
        found.append(ctx.type_of(more, (*at, "additionalProperties"), hint + "Other"))
    elif more is not False and schema.get("unevaluatedProperties") is not False:
        return AnyType()
    return found[0] if all(t == found[0] for t in found) else AnyType()
