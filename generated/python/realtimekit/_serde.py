# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""Turning models into JSON and API responses into models.

Decoders are strict about shape (a missing required field or a wrong type raises
:class:`~realtimekit.errors.APIResponseValidationError` naming the JSON path) and lenient about
growth (unknown fields and, in responses, unknown enum values are kept, not rejected).
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Final, Literal, TypeVar

from .errors import APIResponseValidationError

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


def encode(value: object) -> object:
    """The JSON form of a field value: models, enums, datetimes and lists are converted."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    if isinstance(value, Mapping):
        return {key: encode(item) for key, item in value.items()}
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
    return decode(data[key], _at(path, key))


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


def extra_fields(data: Mapping[str, object], known: frozenset[str]) -> dict[str, object]:
    """Fields the API sent that this version of the package does not know yet."""
    return {key: value for key, value in data.items() if key not in known}


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


_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))?"
)


def decode_datetime(value: object, path: str) -> datetime:
    """An RFC 3339 timestamp; always timezone-aware (no offset means UTC)."""
    if isinstance(value, str):
        match = _DATETIME.fullmatch(value)
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


def enum_decoder(cls: type[E]) -> Callable[[object, str], E | str]:
    """Response enums: a known value becomes the member; an unknown one stays a string."""

    def decode(value: object, path: str) -> E | str:
        text = decode_str(value, path)
        try:
            return cls(text)
        except ValueError:
            return text

    return decode


def strict_enum_decoder(cls: type[E]) -> Callable[[object, str], E]:
    """Request enums: only the values the spec allows."""

    def decode(value: object, path: str) -> E:
        try:
            return cls(decode_str(value, path))
        except ValueError:
            raise _wrong(value, path, f"one of {', '.join(repr(m.value) for m in cls)}") from None

    return decode


def object_decoder(from_dict: Callable[[Mapping[str, object], str], T]) -> Decoder[T]:
    def decode(value: object, path: str) -> T:
        if not isinstance(value, Mapping):
            raise _wrong(value, path, "an object")
        return from_dict(value, path)

    return decode


def list_decoder(item: Decoder[T]) -> Decoder[list[T]]:
    def decode(value: object, path: str) -> list[T]:
        if not isinstance(value, list):
            raise _wrong(value, path, "an array")
        return [item(element, f"{path}[{index}]") for index, element in enumerate(value)]

    return decode
