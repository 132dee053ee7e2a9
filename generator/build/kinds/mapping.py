"""An object without ``properties``: ``dict[str, T]`` (``T`` from ``additionalProperties``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...ir import AnyType, MapType, TypeRef
from ...load import JsonPath
from ..context import Context


def accepts(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "object" or "additionalProperties" in schema


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    more = schema.get("additionalProperties")
    if isinstance(more, Mapping):
        return MapType(ctx.type_of(more, (*at, "additionalProperties"), hint + "Value"))
    return MapType(AnyType())
