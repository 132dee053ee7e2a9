"""``$ref``: the type of the schema it points at (a component keeps its own name)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...findings.refs import UNRESOLVED_REF
from ...ir import AnyType, TypeRef
from ...load import JsonPath
from ..context import Context


def accepts(schema: Mapping[str, Any]) -> bool:
    return isinstance(schema.get("$ref"), str)


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    target, target_at = ctx.resolve(schema, at)
    if target is None:
        ctx.fail(
            (*at, "$ref"), f"$ref {schema['$ref']!r} points to nothing in this file", UNRESOLVED_REF
        )
        return AnyType()
    return ctx.type_of(target, target_at, str(target_at[-1]) if target_at else hint)
