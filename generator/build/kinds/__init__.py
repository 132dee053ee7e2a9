"""One module per kind of schema, each with the same two functions.

``accepts(schema)`` says whether the kind applies to a schema; ``parse(ctx, schema, at, hint)``
turns it into an IR type (see :mod:`generator.ir`), naming and registering any class it needs
through the :class:`~generator.build.context.Context`. :func:`parse_type` asks each kind in
order, so a new kind of schema is a new module and one line in ``KINDS``, not a new branch in a
long function.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import Any

from ...ir import AnyType, TypeRef
from ...load import JsonPath
from ..context import Context
from . import (
    all_of,
    array,
    const,
    enum,
    mapping,
    model,
    null,
    nullable,
    reference,
    scalar,
    union,
)

# First match wins: a $ref is followed before its siblings are looked at, ``null`` is split off
# before the rest is typed, and objects with properties are models even with a oneOf beside.
KINDS: tuple[ModuleType, ...] = (
    reference,
    nullable,
    const,
    enum,
    model,
    all_of,
    union,
    mapping,
    array,
    scalar,
    null,
)


def parse_type(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    for kind in KINDS:
        if kind.accepts(schema):
            result: TypeRef = kind.parse(ctx, schema, at, hint)
            return result
    return AnyType()
