# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
"""Turning models into JSON and API responses into models.

Decoders are strict about shape (a missing required field or a wrong type raises
:class:`~.errors.APIResponseValidationError` naming the JSON path) and lenient about
growth (unknown fields and, in responses, unknown enum values are kept, not rejected).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import difflib
import enum
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any, Final, Literal, TypeVar

from .errors import APIResponseValidationError, ValidationError

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
Decoder = Callable[[object, str], T]


class _UnsetType(enum.Enum):
    """The type of :data:`UNSET`."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = _UnsetType.UNSET
"""A nullable field left out of the JSON, as opposed to ``None``, which sends ``null``."""

Unset = Literal[_UnsetType.UNSET]

SECRET = "'***'"


class OpenStrEnum(str, enum.Enum):
    """An enum of strings that also holds values the spec does not list (yet).

    ``str()`` and f-strings give the value (``INVOKED``) on every Python version. A value
    added to the API after this package was generated becomes a pseudo-member of the enum
    (``RecordingStatus("NEW")``): its ``value`` and ``name`` are that string, it compares
    equal to it, ``is_known`` is false, and it is not listed by iterating the enum. So a
    response field is typed with the enum alone, and a ``match`` over it wants a ``case _:``.
    """

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (false for one added to the API later)."""
        return type(self)._value2member_map_.get(self._value_) is self

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        return _pseudo_member(cls, str.__new__(cls, value), value)


class OpenIntEnum(int, enum.Enum):
    """An enum of integers that also holds values the spec does not list (see
    :class:`OpenStrEnum`)."""

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (false for one added to the API later)."""
        return type(self)._value2member_map_.get(self._value_) is self

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        return _pseudo_member(cls, int.__new__(cls, value), value)


class OpenFloatEnum(float, enum.Enum):
    """An enum of numbers that also holds values the spec does not list (see
    :class:`OpenStrEnum`)."""

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, format_spec: str) -> str:
        return format(self._value_, format_spec)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (false for one added to the API later)."""
        return type(self)._value2member_map_.get(self._value_) is self

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return None
        return _pseudo_member(cls, float.__new__(cls, value), value)


def _pseudo_member(cls: type[enum.Enum], member: Any, value: object) -> Any:
    """``member`` made the pseudo-member of ``cls`` for an unknown ``value``. Not cached, so
    that values a server invents cannot grow memory; equal pseudo-members compare equal."""
    member._name_ = str(value)
    member._value_ = value
    member.__objclass__ = cls
    return member


_AS_IS = frozenset({str, int, float, bool, type(None)})


def encode(value: object, request: bool = False) -> object:
    """The JSON form of a value: models, enums, dates, bytes (base64) and lists are converted.

    ``request=True`` leaves out read-only fields of models, as the client sends them.
    """
    if value.__class__ in _AS_IS:  # the common case, before the slower checks below
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict(request=request)
    if isinstance(value, (list, tuple)):
        return [encode(item, request) for item in value]
    if isinstance(value, Mapping):
        return {key: encode(item, request) for key, item in value.items()}
    return value


def redacted_repr(instance: object, secrets: frozenset[str]) -> str:
    """``repr`` of a dataclass that shows ``'***'`` for every secret field that is set."""
    parts = []
    for item in dataclasses.fields(instance):  # type: ignore[arg-type]
        if not item.repr:
            continue
        value = getattr(instance, item.name)
        shown = SECRET if item.name in secrets and value not in (None, UNSET) else repr(value)
        parts.append(f"{item.name}={shown}")
    return f"{type(instance).__name__}({', '.join(parts)})"


# -- field access ----------------------------------------------------------------------------


def _at(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _root(path: str) -> str:
    return path or "body"


def required(data: Mapping[str, object], key: str, path: str, decode: Decoder[T]) -> T:
    if key not in data:
        raise APIResponseValidationError(f"{_at(path, key)}: required field is missing")
    return decode(data[key], f"{path}.{key}" if path else key)  # _at, inlined: once per field


def required_nullable(
    data: Mapping[str, object], key: str, path: str, decode: Decoder[T]
) -> T | None:
    if key not in data:
        raise APIResponseValidationError(f"{_at(path, key)}: required field is missing")
    value = data[key]
    return None if value is None else decode(value, _at(path, key))


def optional(data: Mapping[str, object], key: str, path: str, decode: Decoder[T]) -> T | None:
    value = data.get(key)
    return None if value is None else decode(value, _at(path, key))


def optional_nullable(
    data: Mapping[str, object], key: str, path: str, decode: Decoder[T]
) -> T | Unset | None:
    if key not in data:
        return UNSET
    value = data[key]
    return None if value is None else decode(value, _at(path, key))


def extra_fields(
    data: Mapping[str, object],
    known: frozenset[str],
    path: str = "",
    decode: Decoder[T] | None = None,
) -> dict[str, T]:
    """The properties beside the declared fields (decoded when their schema is known)."""
    if known.issuperset(data):  # the usual answer: nothing the package does not know
        return {}
    if decode is None:
        return {key: value for key, value in data.items() if key not in known}  # type: ignore[misc]
    return {key: decode(value, _at(path, key)) for key, value in data.items() if key not in known}


def unknown_fields(data: Mapping[str, object], known: frozenset[str], path: str) -> None:
    """Refuse the keys of ``data`` a request model does not have (``from_dict``): it could not
    send them. Each is named with the closest valid key, as a ValidationError."""
    errors = []
    for key in data:
        if key in known:
            continue
        message = f"unknown field {key!r}"
        if (close := _closest(str(key), known)) is not None:
            message += f"; did you mean {close!r}?"
        errors.append(f"{path}: {message}" if path else message)
    if errors:
        raise ValidationError(errors)


def _closest(key: str, known: frozenset[str]) -> str | None:
    """The valid key ``key`` most likely meant: the same but for case, ``_`` and ``-``
    (``maxSeconds``), else difflib's closest (``widht``)."""
    loose = {name.lower().replace("_", "").replace("-", ""): name for name in sorted(known)}
    found = loose.get(key.lower().replace("_", "").replace("-", ""))
    if found is not None:
        return found
    close = difflib.get_close_matches(key, sorted(known), n=1)
    return close[0] if close else None


def model_from(cls: Any, value: object, path: str) -> Any:
    """A plain dict given where a model belongs (``Model(**data)``): ``cls.from_dict(value)``,
    so it is checked, and never kept, sent or shown (secrets!) as a dict."""
    return cls.from_dict(value, path)


def models_in(cls: Any, value: Any, path: str) -> Any:
    """A list or dict of models where some items are plain dicts: those made models."""
    if value.__class__ is list:
        if any(item.__class__ is dict for item in value):
            return [
                cls.from_dict(item, f"{path}[{index}]") if item.__class__ is dict else item
                for index, item in enumerate(value)
            ]
    elif value.__class__ is dict and any(item.__class__ is dict for item in value.values()):
        return {
            key: cls.from_dict(item, _at(path, str(key))) if item.__class__ is dict else item
            for key, item in value.items()
        }
    return value


# -- decoders --------------------------------------------------------------------------------


def _wrong(value: object, path: str, expected: str) -> APIResponseValidationError:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return APIResponseValidationError(f"{_root(path)}: expected {expected}, got {shown}")


def decode_str(value: object, path: str) -> str:
    if isinstance(value, str):
        return value
    raise _wrong(value, path, "a string")


def decode_int(value: object, path: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _wrong(value, path, "an integer")


def decode_float(value: object, path: str) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            raise _wrong(value, path, "a number a float can hold") from None
    raise _wrong(value, path, "a number")


def decode_bool(value: object, path: str) -> bool:
    if isinstance(value, bool):
        return value
    raise _wrong(value, path, "a boolean")


def decode_any(value: object, path: str) -> object:
    return value


def decode_null(value: object, path: str) -> None:
    if value is None:
        return None
    raise _wrong(value, path, "null")


def decode_base64(value: object, path: str) -> bytes:
    """``format: byte``: base64 text in JSON."""
    try:
        return base64.b64decode(decode_str(value, path), validate=True)
    except binascii.Error:
        raise _wrong(value, path, "base64 text") from None


def decode_text_bytes(value: object, path: str) -> bytes:
    """``format: binary`` inside JSON: the string's UTF-8 bytes."""
    return decode_str(value, path).encode()


def decode_date(value: object, path: str) -> date:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _wrong(value, path, "a date")


_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))?"
)


def decode_datetime(value: object, path: str) -> datetime:
    """An RFC 3339 timestamp; always timezone-aware (no offset means UTC)."""
    if isinstance(value, str):
        match = _DATETIME.fullmatch(value)
        if (
            match
            and value[-1] == "Z"
            and (len(value) == 20 or len(value) == 24)
            and value.isascii()
            and value[11:13] != "24"  # Python 3.14 reads T24:00:00 as the next midnight
        ):
            # The usual "2025-01-31T12:00:00Z" and "...:00.000Z": the C parser, ~5x faster.
            # Both shapes parse alike on every supported Python (3.10 has no "Z").
            try:
                return datetime.fromisoformat(value[:-1] + "+00:00")  # .replace() is 4x slower
            except ValueError:
                pass  # e.g. second 60: the precise path below gives the message
        if match:
            year, month, day, hour, minute, second, fraction, _, sign, oh, om = match.groups()
            micro = int((fraction or "0")[:6].ljust(6, "0"))
            try:
                tz = timezone.utc
                if sign:
                    offset = timedelta(hours=int(oh), minutes=int(om))
                    tz = timezone(offset if sign == "+" else -offset)
                return datetime(
                    int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz
                )
            except ValueError:
                pass
    raise _wrong(value, path, "a date-time")


_VALUE_DECODERS: dict[type[enum.Enum], Decoder[object]] = {}


def _value_decoder(cls: type[enum.Enum]) -> Decoder[object]:
    """Checks a value against the enum's own type (str, int or float); looked up once."""
    found = _VALUE_DECODERS.get(cls)
    if found is None:
        member_type = type(next(iter(cls)).value)
        found = (
            decode_str if member_type is str else decode_int if member_type is int else decode_float
        )
        _VALUE_DECODERS[cls] = found
    return found


def _lenient_enum(cls: type[E]) -> Decoder[E]:
    value_of = _value_decoder(cls)

    def decode(value: object, path: str) -> E:
        return cls(value_of(value, path))  # an unknown value becomes a pseudo-member

    return decode


def enum_decoder(cls: type[E]) -> Decoder[E]:
    """Response enums: a known value becomes the member, an unknown one a pseudo-member."""
    return _lenient_enum(cls)


def int_enum_decoder(cls: type[E]) -> Decoder[E]:
    """Response integer enums (see :func:`enum_decoder`)."""
    return _lenient_enum(cls)


def float_enum_decoder(cls: type[E]) -> Decoder[E]:
    """Response number enums (see :func:`enum_decoder`)."""
    return _lenient_enum(cls)


def strict_enum_decoder(cls: type[E]) -> Decoder[Any]:
    """Request enums: only the values the spec allows.

    Typed ``Any`` because request fields accept the member or its literal value
    (``Codec | Literal["VP8"]``), and a ``list[Codec]`` is not a ``list`` of that union.
    """

    value_of = _value_decoder(cls)

    def decode(value: object, path: str) -> E:
        try:
            member = cls._value2member_map_.get(value_of(value, path))
        except (TypeError, APIResponseValidationError):
            member = None
        if member is None:
            raise _wrong(value, path, f"one of {', '.join(repr(m.value) for m in cls)}")
        return member  # type: ignore[return-value]

    return decode


def const_decoder(expected: T) -> Decoder[T]:
    def decode(value: object, path: str) -> T:
        if value == expected and type(value) is type(expected):
            return expected
        raise _wrong(value, path, repr(expected))

    return decode


def nullable_decoder(inner: Decoder[T]) -> Decoder[T | None]:
    def decode(value: object, path: str) -> T | None:
        return None if value is None else inner(value, path)

    return decode


def dict_decoder(item: Decoder[T]) -> Decoder[dict[str, T]]:
    def decode(value: object, path: str) -> dict[str, T]:
        if not isinstance(value, dict) and not isinstance(value, Mapping):  # dict: fast path
            raise _wrong(value, path, "an object")
        return {str(key): item(element, _at(path, str(key))) for key, element in value.items()}

    return decode


def discriminated_decoder(prop: str, variants: Mapping[str, Decoder[object]]) -> Decoder[Any]:
    """A oneOf/anyOf whose ``prop`` names the variant."""

    def decode(value: object, path: str) -> object:
        if not isinstance(value, dict) and not isinstance(value, Mapping):  # dict: fast path
            raise _wrong(value, path, "an object")
        tag = value.get(prop)
        chosen = variants.get(tag) if isinstance(tag, str) else None
        if chosen is None:
            expected = f"{prop!r} to be one of {', '.join(repr(v) for v in variants)}"
            raise _wrong(tag, _at(path, prop), expected)
        return chosen(value, path)

    return decode


Matcher = Callable[[object, str, list[str]], None]


def union_decoder(
    variants: Sequence[tuple[Matcher, Decoder[object]]], one_of: bool
) -> Decoder[Any]:
    """A oneOf (exactly one variant's schema matches) or anyOf (the first that matches)."""

    def decode(value: object, path: str) -> object:
        matching = []
        for matcher, decoder in variants:
            problems: list[str] = []
            matcher(value, "", problems)
            if not problems:
                if not one_of:
                    return decoder(value, path)
                matching.append(decoder)
        if len(matching) == 1:
            return matching[0](value, path)
        if not one_of or not matching:
            raise _wrong(value, path, "a value matching one of the alternatives")
        raise _wrong(value, path, f"a value matching exactly one alternative, not {len(matching)}")

    return decode


def from_input(decode: Callable[[Mapping[str, object], str], T], data: object, path: str) -> T:
    """Decode data a user gave (``Model.from_dict``): a mismatch is a ValidationError."""
    try:
        if not isinstance(data, dict) and not isinstance(data, Mapping):
            raise _wrong(data, path, "an object")
        return decode(data, path)
    except APIResponseValidationError as exc:
        raise ValidationError([str(exc)]) from None


def object_decoder(from_dict: Callable[[Mapping[str, object], str], T]) -> Decoder[T]:
    def decode(value: object, path: str) -> T:
        if not isinstance(value, dict) and not isinstance(value, Mapping):  # dict: fast path
            raise _wrong(value, path, "an object")
        return from_dict(value, path)

    return decode


def list_decoder(item: Decoder[T]) -> Decoder[list[T]]:
    def decode(value: object, path: str) -> list[T]:
        if not isinstance(value, list):
            raise _wrong(value, path, "an array")
        return [item(element, f"{path}[{index}]") for index, element in enumerate(value)]

    return decode


# -- dates and times a request sends ---------------------------------------------------------


def join_path(path: str, key: object) -> str:
    """The path of ``key`` inside the value at ``path`` (``""`` is the root)."""
    return f"{path}.{key}" if path else str(key)


def check_time(value: object, path: str, with_time: bool, errors: list[str]) -> None:
    """A ``datetime`` (``with_time``) or a ``date`` a request sends.

    A naive datetime (no ``tzinfo``) names no instant, and text is sent unchecked, so both are
    refused, with a hint; other wrong types are the validators' to report. Values are not
    shown: the field may be secret.
    """
    if with_time:
        if isinstance(value, datetime):
            if value.utcoffset() is None:
                errors.append(
                    f"{_root(path)}: a naive datetime (no tzinfo) names no instant; pass an "
                    "aware one, e.g. datetime(..., tzinfo=timezone.utc)"
                )
            return
        if isinstance(value, date):
            errors.append(f"{_root(path)}: expected a datetime, got a date")
        elif isinstance(value, str):
            errors.append(
                f"{_root(path)}: expected a datetime, got a str; convert it with "
                "datetime.fromisoformat(text)"
            )
    elif isinstance(value, datetime):
        errors.append(f"{_root(path)}: expected a date, got a datetime; pass value.date()")
    elif isinstance(value, str):
        errors.append(
            f"{_root(path)}: expected a date, got a str; convert it with date.fromisoformat(text)"
        )
