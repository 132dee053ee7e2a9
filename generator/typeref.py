"""The types of values in the intermediate model: one frozen class per kind of schema.

Each class has a ``kind`` tag that templates dispatch on (one macro per kind, see
``templates/python/_shared/types.py.jinja``); :data:`TypeRef` is their union. Built by the
modules of :mod:`generator.build.kinds`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal


@dataclass(frozen=True)
class ScalarType:
    """``str``, ``int``, ``float`` or ``bool`` (``format`` kept for the docs)."""

    kind: Literal["str", "int", "float", "bool"]
    format: str = ""


@dataclass(frozen=True)
class DateTimeType:
    kind: ClassVar[str] = "datetime"


@dataclass(frozen=True)
class DateType:
    kind: ClassVar[str] = "date"


@dataclass(frozen=True)
class BytesType:
    """``format: byte`` (base64 text in JSON) or ``binary`` (a file: multipart, octet-stream)."""

    kind: ClassVar[str] = "bytes"
    binary: bool = False


@dataclass(frozen=True)
class EnumType:
    name: str  # the Enum class
    values: tuple[str | int | float, ...]
    kind: ClassVar[str] = "enum"


@dataclass(frozen=True)
class ConstType:
    """``const`` (or a one-value enum of a discriminator property): ``Literal[value]``."""

    value: str | int | bool | None
    kind: ClassVar[str] = "const"


@dataclass(frozen=True)
class ModelType:
    name: str  # the dataclass
    kind: ClassVar[str] = "model"


@dataclass(frozen=True)
class AliasType:
    """A named type alias that contains itself (a map, list or union of itself): ``Tree``.

    Like :class:`ModelType` it names its definition (an :class:`~generator.ir.Alias`) instead
    of holding it, so that a recursive schema is a finite tree of types.
    """

    name: str
    kind: ClassVar[str] = "alias"


@dataclass(frozen=True)
class ListType:
    item: TypeRef
    kind: ClassVar[str] = "list"


@dataclass(frozen=True)
class TupleType:
    """``prefixItems`` with ``items: false`` and ``minItems`` covering them: ``tuple[A, B]``."""

    items: tuple[TypeRef, ...]
    kind: ClassVar[str] = "tuple"


@dataclass(frozen=True)
class MapType:
    """An object with arbitrary keys: ``dict[str, value]``."""

    value: TypeRef
    kind: ClassVar[str] = "dict"


@dataclass(frozen=True)
class Discriminator:
    property: str  # the JSON property that names the variant
    mapping: tuple[tuple[str, str], ...]  # (property value, variant class name)


@dataclass(frozen=True)
class UnionType:
    """``oneOf``/``anyOf``/a ``type`` list: ``A | B``.

    Decoded by the ``discriminator`` when there is one, else by running the compiled validator
    of each variant (``matchers``, one function name per variant): oneOf needs exactly one
    match, anyOf takes the first.
    """

    variants: tuple[TypeRef, ...]
    one_of: bool
    matchers: tuple[str, ...]
    discriminator: Discriminator | None = None
    name: str = ""  # the type alias, for component unions
    kind: ClassVar[str] = "union"


@dataclass(frozen=True)
class NullableType:
    """``type: [T, "null"]`` (3.0 ``nullable``): ``T | None``."""

    inner: TypeRef
    kind: ClassVar[str] = "nullable"


@dataclass(frozen=True)
class NullType:
    kind: ClassVar[str] = "null"


@dataclass(frozen=True)
class AnyType:
    """A schema that allows any JSON value."""

    kind: ClassVar[str] = "any"


TypeRef = (
    ScalarType
    | DateTimeType
    | DateType
    | BytesType
    | EnumType
    | ConstType
    | ModelType
    | AliasType
    | ListType
    | TupleType
    | MapType
    | UnionType
    | NullableType
    | NullType
    | AnyType
)


def strip_null(t: TypeRef) -> TypeRef:
    return t.inner if isinstance(t, NullableType) else t


def children(t: TypeRef) -> tuple[TypeRef, ...]:
    """The types directly inside ``t``."""
    if isinstance(t, ListType):
        return (t.item,)
    if isinstance(t, MapType):
        return (t.value,)
    if isinstance(t, TupleType):
        return t.items
    if isinstance(t, NullableType):
        return (t.inner,)
    if isinstance(t, UnionType):
        return t.variants
    return ()


def walk(t: TypeRef) -> list[TypeRef]:
    """``t`` and every type nested in it (models and aliases are not entered)."""
    found = [t]
    for child in children(t):
        found += walk(child)
    return found
