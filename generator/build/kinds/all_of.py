"""``allOf`` without ``properties`` of its own.

Object parts merge into one model (see :mod:`.model`); a lone part (``allOf: [$ref]``, used to
add a description to a reference) is that part's type.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...ir import AnyType, TypeRef
from ...load import JsonPath
from ..context import Context
from . import model

# Keywords that give the allOf schema a shape of its own (so it is a new, merged model).
_OWN_SHAPE = frozenset({"properties", "required", "additionalProperties", "type"})
_OWN_SHAPE |= {"patternProperties", "unevaluatedProperties", "propertyNames"}


def accepts(schema: Mapping[str, Any]) -> bool:
    return isinstance(schema.get("allOf"), list) and bool(schema["allOf"])


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    parts = schema["allOf"]
    typed = [i for i, part in enumerate(parts) if isinstance(part, Mapping) and _typed(part)]
    if len(typed) == 1 and not set(schema) & _OWN_SHAPE:
        # `allOf: [$ref]` beside a description: the referenced type itself, not a new class.
        return ctx.type_of(parts[typed[0]], (*at, "allOf", typed[0]), hint)
    resolved = [ctx.resolve(part, (*at, "allOf", i))[0] for i, part in enumerate(parts)]
    if any(_is_object(ctx, part) for part in resolved):
        return model.parse(ctx, schema, at, hint)
    if not typed:
        return AnyType()
    return ctx.type_of(parts[typed[0]], (*at, "allOf", typed[0]), hint)


def _is_object(ctx: Context, schema: Any) -> bool:
    if not isinstance(schema, Mapping):
        return False
    if isinstance(schema.get("properties"), Mapping) or schema.get("type") == "object":
        return True
    return any(_is_object(ctx, ctx.resolve(part, ())[0]) for part in schema.get("allOf") or [])


def _typed(schema: Mapping[str, Any]) -> bool:
    """Whether a part says what the value is (not only a description or a bound)."""
    return bool({"$ref", "type", "enum", "const", "oneOf", "anyOf", "items"} & set(schema))
