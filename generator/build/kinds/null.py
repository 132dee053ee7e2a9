"""``type: "null"``: ``None``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...ir import NullType, TypeRef
from ...load import JsonPath
from ..context import Context


def accepts(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "null"


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    return NullType()
