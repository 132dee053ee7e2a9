"""Comparing two value types: equal, wider (accepts more), narrower (accepts less) or different.

Models, enums and recursive aliases compare equal here (whatever their names): the pairs met
are recorded so that their fields, values and definitions are compared next (once: a recursive
type is never walked into itself), and renamed classes are found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..ir import (
    AliasType,
    AnyType,
    BytesType,
    ConstType,
    DateTimeType,
    DateType,
    EnumType,
    ListType,
    MapType,
    ModelType,
    NullableType,
    NullType,
    ScalarType,
    TupleType,
    TypeRef,
    UnionType,
)

Relation = Literal["equal", "wider", "narrower", "different"]


@dataclass
class Pairs:
    """Models and enums met at the same place in the old and the new API."""

    models: list[tuple[str, str]] = field(default_factory=list)
    enums: list[tuple[EnumType, EnumType]] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)  # recursive types


def spell(t: TypeRef | None) -> str:
    """The Python spelling of a type, for messages."""
    if t is None:
        return "None"
    if isinstance(t, ScalarType):
        return t.kind
    if isinstance(t, ModelType | EnumType | AliasType):
        return t.name
    if isinstance(t, ConstType):
        return f"Literal[{t.value!r}]"
    if isinstance(t, ListType):
        return f"list[{spell(t.item)}]"
    if isinstance(t, TupleType):
        return f"tuple[{', '.join(spell(i) for i in t.items)}]"
    if isinstance(t, MapType):
        return f"dict[str, {spell(t.value)}]"
    if isinstance(t, UnionType):
        return t.name or " | ".join(spell(v) for v in t.variants)
    if isinstance(t, NullableType):
        return f"{spell(t.inner)} | None"
    if isinstance(t, NullType):
        return "None"
    if isinstance(t, AnyType):
        return "Any"
    return str(t.kind)  # datetime, date, bytes


def combine(a: Relation, b: Relation) -> Relation:
    if a == "equal":
        return b
    if b == "equal" or a == b:
        return a
    return "different"


def relation(old: TypeRef | None, new: TypeRef | None, pairs: Pairs) -> Relation:
    """How ``new`` relates to ``old`` as a set of accepted values."""
    if old is None or new is None:
        return "equal" if old is new else "different"
    if isinstance(old, NullableType) or isinstance(new, NullableType):
        o = old.inner if isinstance(old, NullableType) else old
        n = new.inner if isinstance(new, NullableType) else new
        inner = relation(o, n, pairs)
        if isinstance(old, NullableType) == isinstance(new, NullableType):
            return inner
        return combine(inner, "wider" if isinstance(new, NullableType) else "narrower")
    if isinstance(old, AnyType) or isinstance(new, AnyType):
        if isinstance(old, AnyType) and isinstance(new, AnyType):
            return "equal"
        return "wider" if isinstance(new, AnyType) else "narrower"
    if isinstance(old, UnionType) or isinstance(new, UnionType):
        return _union(old, new, pairs)
    if isinstance(old, ModelType) and isinstance(new, ModelType):
        pairs.models.append((old.name, new.name))
        return "equal"
    if isinstance(old, EnumType) and isinstance(new, EnumType):
        pairs.enums.append((old, new))
        return "equal"
    if isinstance(old, AliasType) and isinstance(new, AliasType):
        pairs.aliases.append((old.name, new.name))  # their definitions are compared next
        return "equal"
    if isinstance(old, ListType) and isinstance(new, ListType):
        return relation(old.item, new.item, pairs)
    if isinstance(old, TupleType) and isinstance(new, TupleType):
        if len(old.items) != len(new.items):
            return "different"
        result: Relation = "equal"
        for o, n in zip(old.items, new.items, strict=True):
            result = combine(result, relation(o, n, pairs))
        return result
    if isinstance(old, MapType) and isinstance(new, MapType):
        return relation(old.value, new.value, pairs)
    if isinstance(old, ScalarType) and isinstance(new, ScalarType):
        return _scalar(old.kind, new.kind)
    if isinstance(old, ScalarType) or isinstance(new, ScalarType):
        # An enum or a const against a plain scalar of its kind: the scalar accepts more.
        if isinstance(new, ScalarType) and _kind(old) in (
            new.kind,
            "int" if new.kind == "float" else "",
        ):
            return "wider"
        if isinstance(old, ScalarType) and _kind(new) == old.kind:
            return "narrower"
        return "different"
    if isinstance(old, ConstType) and isinstance(new, ConstType):
        return "equal" if old.value == new.value else "different"
    same = (DateTimeType, DateType, BytesType, NullType)
    for kind in same:
        if isinstance(old, kind) and isinstance(new, kind):
            return "equal"
    return "different"


def _scalar(old: str, new: str) -> Relation:
    if old == new:
        return "equal"
    if (old, new) == ("int", "float"):
        return "wider"
    if (old, new) == ("float", "int"):
        return "narrower"
    return "different"


def _kind(t: TypeRef) -> str:
    """The scalar kind of an enum or const value ("" for other types)."""
    values: tuple[object, ...] = ()
    if isinstance(t, EnumType):
        values = t.values
    elif isinstance(t, ConstType):
        values = (t.value,)
    kinds = {
        "str"
        if isinstance(v, str)
        else "bool"
        if isinstance(v, bool)
        else "int"
        if isinstance(v, int)
        else "float"
        for v in values
    }
    return kinds.pop() if len(kinds) == 1 else ""


def _union(old: TypeRef, new: TypeRef, pairs: Pairs) -> Relation:
    olds = old.variants if isinstance(old, UnionType) else (old,)
    news = new.variants if isinstance(new, UnionType) else (new,)
    old_names = {spell(v): v for v in olds}
    new_names = {spell(v): v for v in news}
    for name in old_names.keys() & new_names.keys():
        relation(old_names[name], new_names[name], pairs)  # records the models inside
    if old_names.keys() == new_names.keys():
        return "equal"
    if old_names.keys() < new_names.keys():
        return "wider"
    if old_names.keys() > new_names.keys():
        return "narrower"
    return "different"
