"""Strings, numbers and booleans; ``date-time``, ``date``, ``byte`` and ``binary`` formats."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...ir import BytesType, DateTimeType, DateType, ScalarType, TypeRef
from ...load import JsonPath
from ..context import Context

_KINDS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def accepts(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") in _KINDS


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    kind = _KINDS[str(schema["type"])]
    fmt = str(schema.get("format", ""))
    if kind == "str":
        if fmt == "date-time":
            return DateTimeType()
        if fmt == "date":
            return DateType()
        if fmt in ("byte", "binary"):
            return BytesType(binary=fmt == "binary")
        return ScalarType("str", fmt)
    if kind == "int":
        return ScalarType("int", fmt)
    if kind == "float":
        return ScalarType("float", fmt)
    return ScalarType("bool", fmt)
