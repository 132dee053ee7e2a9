# Generated from tests/specs/constructs/no_operation_id.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Catalog API.

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
    extra_fields,
    from_input,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Item",
    "NewItem",
    "StockLevel",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class NewItem:
    """NewItem

    Attributes:
        name:
    """

    name: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewItem:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_item(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewItem:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_ITEM_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_ITEM_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Item:
    """Item

    Attributes:
        id:
        name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
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
            id=required(data, "id", path, decode_str),
            name=required(data, "name", path, decode_str),
            extra=extra_fields(data, _ITEM_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class StockLevel:
    """StockLevel

    Attributes:
        quantity:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    quantity: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["quantity"] = self.quantity
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> StockLevel:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_stock_level(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> StockLevel:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            quantity=required(data, "quantity", path, decode_int),
            extra=extra_fields(data, _STOCK_LEVEL_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> StockLevel:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _STOCK_LEVEL_FIELDS.issuperset(data):
            unknown_fields(data, _STOCK_LEVEL_FIELDS, path)
        return cls(
            quantity=required(data, "quantity", path, decode_int),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_NEW_ITEM_FIELDS: frozenset[str] = frozenset(["name"])
_ITEM_FIELDS: frozenset[str] = frozenset(["id", "name"])
_STOCK_LEVEL_FIELDS: frozenset[str] = frozenset(["quantity"])
