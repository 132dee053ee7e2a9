# Generated from tests/specs/constructs/openapi_30.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Widgets Legacy API.

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
    optional_nullable,
    required,
    required_nullable,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "NewWidget",
    "Unset",
    "Widget",
]


@dataclass(kw_only=True, slots=True)
class NewWidget:
    """NewWidget

    Attributes:
        name:
        price:
        discount_percent:
        description:
    """

    name: str
    price: float
    discount_percent: float | None = None
    description: str | Unset | None = UNSET

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        data["price"] = self.price
        if self.discount_percent is not None:
            data["discount_percent"] = self.discount_percent
        if self.description is not UNSET:
            data["description"] = None if self.description is None else self.description
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewWidget:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_widget(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewWidget:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_WIDGET_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_WIDGET_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
            price=required(data, "price", path, decode_float),
            discount_percent=optional(data, "discount_percent", path, decode_float),
            description=optional_nullable(data, "description", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Widget:
    """Widget

    Attributes:
        id:
        name:
        price:
        description:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int
    name: str
    price: float
    description: str | None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["name"] = self.name
        data["price"] = self.price
        data["description"] = self.description
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Widget:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Widget:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_int),
            name=required(data, "name", path, decode_str),
            price=required(data, "price", path, decode_float),
            description=required_nullable(data, "description", path, decode_str),
            extra=extra_fields(data, _WIDGET_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_NEW_WIDGET_FIELDS: frozenset[str] = frozenset(["name", "price", "discount_percent", "description"])
_WIDGET_FIELDS: frozenset[str] = frozenset(["id", "name", "price", "description"])
