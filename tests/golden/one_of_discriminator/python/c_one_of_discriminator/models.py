# Generated from tests/specs/constructs/one_of_discriminator.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Payments API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from . import _validators
from ._serde import (
    UNSET,
    Unset,
    const_decoder,
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
    "BankTransfer",
    "Card",
    "Event",
    "PaymentFailed",
    "PaymentMethod",
    "PaymentSucceeded",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class Card:
    """Card

    Attributes:
        type:
        brand:
        last4:
        exp_month:
        exp_year:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    type: Literal["card"] = "card"
    brand: str
    last4: str
    exp_month: int | None = None
    exp_year: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["type"] = self.type
        data["brand"] = self.brand
        data["last4"] = self.last4
        if self.exp_month is not None:
            data["exp_month"] = self.exp_month
        if self.exp_year is not None:
            data["exp_year"] = self.exp_year
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Card:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_card(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Card:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            type=required(data, "type", path, _decode_const_card),
            brand=required(data, "brand", path, decode_str),
            last4=required(data, "last4", path, decode_str),
            exp_month=optional(data, "exp_month", path, decode_int),
            exp_year=optional(data, "exp_year", path, decode_int),
            extra=extra_fields(data, _CARD_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Card:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _CARD_FIELDS.issuperset(data):
            unknown_fields(data, _CARD_FIELDS, path)
        return cls(
            type=required(data, "type", path, _decode_const_card),
            brand=required(data, "brand", path, decode_str),
            last4=required(data, "last4", path, decode_str),
            exp_month=optional(data, "exp_month", path, decode_int),
            exp_year=optional(data, "exp_year", path, decode_int),
        )


@dataclass(kw_only=True, slots=True)
class BankTransfer:
    """BankTransfer

    Attributes:
        type:
        iban:
        holder:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    type: Literal["bank_transfer"] = "bank_transfer"
    iban: str
    holder: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["type"] = self.type
        data["iban"] = self.iban
        if self.holder is not None:
            data["holder"] = self.holder
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> BankTransfer:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_bank_transfer(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> BankTransfer:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            type=required(data, "type", path, _decode_const_bank_transfer),
            iban=required(data, "iban", path, decode_str),
            holder=optional(data, "holder", path, decode_str),
            extra=extra_fields(data, _BANK_TRANSFER_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> BankTransfer:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _BANK_TRANSFER_FIELDS.issuperset(data):
            unknown_fields(data, _BANK_TRANSFER_FIELDS, path)
        return cls(
            type=required(data, "type", path, _decode_const_bank_transfer),
            iban=required(data, "iban", path, decode_str),
            holder=optional(data, "holder", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class PaymentSucceeded:
    """PaymentSucceeded

    Attributes:
        kind:
        payment_id:
        amount:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    kind: str
    payment_id: str
    amount: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["kind"] = self.kind
        data["payment_id"] = self.payment_id
        data["amount"] = self.amount
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> PaymentSucceeded:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> PaymentSucceeded:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            kind=required(data, "kind", path, decode_str),
            payment_id=required(data, "payment_id", path, decode_str),
            amount=required(data, "amount", path, decode_int),
            extra=extra_fields(data, _PAYMENT_SUCCEEDED_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class PaymentFailed:
    """PaymentFailed

    Attributes:
        kind:
        payment_id:
        reason:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    kind: str
    payment_id: str
    reason: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["kind"] = self.kind
        data["payment_id"] = self.payment_id
        data["reason"] = self.reason
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> PaymentFailed:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> PaymentFailed:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            kind=required(data, "kind", path, decode_str),
            payment_id=required(data, "payment_id", path, decode_str),
            reason=required(data, "reason", path, decode_str),
            extra=extra_fields(data, _PAYMENT_FAILED_FIELDS),
        )


PaymentMethod: TypeAlias = Card | BankTransfer


Event: TypeAlias = PaymentSucceeded | PaymentFailed


# Decoders and field sets of the models above, built once at import rather than on every call.
_decode_const_card: Callable[[object, str], Literal["card"]] = const_decoder("card")
_CARD_FIELDS: frozenset[str] = frozenset(["type", "brand", "last4", "exp_month", "exp_year"])
_decode_const_bank_transfer: Callable[[object, str], Literal["bank_transfer"]] = const_decoder(
    "bank_transfer"
)
_BANK_TRANSFER_FIELDS: frozenset[str] = frozenset(["type", "iban", "holder"])
_PAYMENT_SUCCEEDED_FIELDS: frozenset[str] = frozenset(["kind", "payment_id", "amount"])
_PAYMENT_FAILED_FIELDS: frozenset[str] = frozenset(["kind", "payment_id", "reason"])
