"""``const``: ``Literal[value]`` (a float const is just a ``float`` with that rule)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...ir import AnyType, ConstType, NullType, ScalarType, TypeRef
from ...load import JsonPath
from ..context import Context


def accepts(schema: Mapping[str, Any]) -> bool:
    return "const" in schema


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    value = schema["const"]
    if value is None:
        return NullType()
    if isinstance(value, (str, int, bool)):
        return ConstType(value)
    if isinstance(value, float):
        return ScalarType("float")
    return AnyType()
