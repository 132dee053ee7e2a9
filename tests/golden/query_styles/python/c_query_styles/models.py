# Generated from tests/specs/constructs/query_styles.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Search API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from . import _validators
from ._serde import (
    UNSET,
    Unset,
    decode_float,
    decode_int,
    decode_str,
    extra_fields,
    from_input,
    optional,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Coordinates",
    "Item",
    "ItemFilter",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class ItemFilter:
    """ItemFilter

    Attributes:
        name:
        color:
    """

    name: str | None = None
    color: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.color is not None:
            data["color"] = self.color
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ItemFilter:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_item_filter(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> ItemFilter:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _ITEM_FILTER_FIELDS.issuperset(data):
            unknown_fields(data, _ITEM_FILTER_FIELDS, path)
        return cls(
            name=optional(data, "name", path, decode_str),
            color=optional(data, "color", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Coordinates:
    """Coordinates

    Attributes:
        lat:
        lng:
    """

    lat: float
    lng: float

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["lat"] = self.lat
        data["lng"] = self.lng
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Coordinates:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_coordinates(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Coordinates:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _COORDINATES_FIELDS.issuperset(data):
            unknown_fields(data, _COORDINATES_FIELDS, path)
        return cls(
            lat=required(data, "lat", path, decode_float),
            lng=required(data, "lng", path, decode_float),
        )


@dataclass(kw_only=True, slots=True)
class Item:
    """Item

    Attributes:
        id:
        name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int
    name: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["name"] = self.name
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Item:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Item:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_int),
            name=required(data, "name", path, decode_str),
            extra=extra_fields(data, _ITEM_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_ITEM_FILTER_FIELDS: frozenset[str] = frozenset(["name", "color"])
_COORDINATES_FIELDS: frozenset[str] = frozenset(["lat", "lng"])
_ITEM_FIELDS: frozenset[str] = frozenset(["id", "name"])
