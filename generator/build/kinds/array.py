"""``type: array``: ``list[T]``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...ir import AnyType, ListType, TypeRef
from ...load import JsonPath
from ..context import Context


def accepts(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "array" or "items" in schema


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    items = schema.get("items")
    if not isinstance(items, Mapping):
        return ListType(AnyType())
    return ListType(ctx.type_of(items, (*at, "items"), hint + "Item"))
