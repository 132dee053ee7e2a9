"""``type: array``: ``list[T]``; ``prefixItems``: ``tuple[A, B]`` or ``list[A | B | Rest]``.

A tuple type is only right when every valid array has exactly the prefix's length:
``items: false`` (nothing after the prefix) and ``minItems`` at least the prefix's length
(``prefixItems`` alone allows shorter arrays). Then the type is ``tuple[A, B]``, decoded position
by position. Otherwise the type is ``list[A | B | Rest]`` (``Rest`` from ``items``, ``object``
when ``items`` is absent): ``tuple[A, B, *tuple[Rest, ...]]`` would need Python 3.11, and a
union of tuples of every allowed length would be correct but unreadable. The list's items are
decoded by the compiled validators of the alternatives, like an ``anyOf``; the validators check
each position exactly, whatever the type says.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ... import names
from ...ir import AnyType, ListType, TupleType, TypeRef, UnionType
from ...load import JsonPath
from ...schemas import pointer
from ..context import Context
from ..views import response_view


def accepts(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "array" or "items" in schema or "prefixItems" in schema


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    items = schema.get("items")
    prefix = schema.get("prefixItems")
    if isinstance(prefix, list) and prefix:
        return _prefixed(ctx, schema, prefix, at, hint)
    if not isinstance(items, Mapping):
        return ListType(AnyType())
    return ListType(ctx.type_of(items, (*at, "items"), hint + "Item"))


def _prefixed(
    ctx: Context, schema: Mapping[str, Any], prefix: list[Any], at: JsonPath, hint: str
) -> TypeRef:
    parts = [(sub, (*at, "prefixItems", i), f"{hint}Item{i + 1}") for i, sub in enumerate(prefix)]
    types = [ctx.type_of(sub, sub_at, sub_hint) for sub, sub_at, sub_hint in parts]
    rest = schema.get("items", True)
    minimum = schema.get("minItems", 0)
    if rest is False and isinstance(minimum, int) and minimum >= len(prefix):
        return TupleType(tuple(types))
    if rest is not False:
        parts.append((rest, (*at, "items"), hint + "Item"))
        types.append(ctx.type_of(rest, (*at, "items"), hint + "Item"))
    variants: list[TypeRef] = []
    matchers: list[str] = []
    for t, (sub, sub_at, _) in zip(types, parts, strict=True):
        if isinstance(t, AnyType):
            return ListType(AnyType())
        if t in variants:
            continue
        function = f"match_{names.snake(hint)}_item_{len(variants) + 1}"
        view = response_view(ctx, sub if isinstance(sub, Mapping) else {})
        variants.append(t)
        matchers.append(ctx.add_validator(pointer(sub_at), function, view))
    if len(variants) == 1:
        return ListType(variants[0])
    return ListType(UnionType(tuple(variants), one_of=False, matchers=tuple(matchers)))
