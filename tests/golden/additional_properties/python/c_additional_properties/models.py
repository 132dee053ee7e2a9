# Generated from tests/specs/constructs/additional_properties.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Inventory API.

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
    decode_int,
    decode_str,
    encode,
    extra_fields,
    from_input,
    required,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Product",
    "StockLevel",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class StockLevel:
    """StockLevel

    Attributes:
        on_hand:
        reserved:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    on_hand: int
    reserved: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["on_hand"] = self.on_hand
        data["reserved"] = self.reserved
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> StockLevel:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> StockLevel:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            on_hand=required(data, "on_hand", path, decode_int),
            reserved=required(data, "reserved", path, decode_int),
            extra=extra_fields(data, _STOCK_LEVEL_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Product:
    """Product

    Attributes:
        sku:
        name:
        extra: Further properties, sent and received beside the declared fields.
    """

    sku: str
    name: str
    extra: dict[str, str] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["sku"] = self.sku
        data["name"] = self.name
        for key, value in self.extra.items():
            data.setdefault(key, encode(value, request))
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Product:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_product(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Product:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            sku=required(data, "sku", path, decode_str),
            name=required(data, "name", path, decode_str),
            extra=extra_fields(data, _PRODUCT_FIELDS, path, decode_str),
        )

    _from_input = _from_json  # data a user gives is decoded the same way here


# Decoders and field sets of the models above, built once at import rather than on every call.
_STOCK_LEVEL_FIELDS: frozenset[str] = frozenset(["on_hand", "reserved"])
_PRODUCT_FIELDS: frozenset[str] = frozenset(["sku", "name"])
