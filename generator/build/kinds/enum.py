"""``enum``: a ``str``, ``int`` or ``float`` Enum class (booleans stay ``bool``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from ... import names
from ...ir import AnyType, Enum, EnumMember, EnumType, ScalarType, TypeRef
from ...load import JsonPath
from ...schemas import pointer
from ..context import Context, text


def accepts(schema: Mapping[str, Any]) -> bool:
    return isinstance(schema.get("enum"), list) and bool(schema["enum"])


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    values = list(schema["enum"])
    if all(isinstance(v, bool) for v in values):
        return ScalarType("bool")
    value_kind: Literal["str", "int", "float"]
    if all(isinstance(v, str) for v in values):
        value_kind = "str"
    elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        value_kind = "int"
    elif all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        value_kind = "float"
    else:  # a mix of types: any value, checked by the compiled validator
        return AnyType()
    name = ctx.class_name(schema, at, hint)
    spelled = [v if isinstance(v, str) else _number_words(v) for v in values]
    members = tuple(
        EnumMember(n, v) for n, v in zip(names.enum_members(spelled), values, strict=True)
    )
    if name not in ctx.enums:
        description = text(schema.get("description"))
        ctx.enums[name] = Enum(name, pointer(at), description, members, value_kind)
    return EnumType(name, tuple(values))


def _number_words(value: float) -> str:
    """``-1.5`` → ``value minus 1 point 5`` (member ``VALUE_MINUS_1_POINT_5``)."""
    return "value " + str(value).replace("-", "minus ").replace(".", " point ")
