# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Names API.

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
    decode_bool,
    decode_int,
    decode_str,
    encode,
    extra_fields,
    from_input,
    object_decoder,
    optional,
    required,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Address",
    "CredentialsModel",
    "Customer",
    "LineItem",
    "LineItem2",
    "Order",
    "OrderCustomer",
    "OrderShipping",
    "Settings",
    "Unset",
    "ValidationErrorModel",
]


@dataclass(kw_only=True, slots=True)
class Order:
    """Order

    Attributes:
        id:
        customer:
        billing:
        shipping:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    customer: OrderCustomer | None = None
    billing: Address | None = None
    shipping: OrderShipping | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        if self.customer is not None:
            data["customer"] = encode(self.customer, request)
        if self.billing is not None:
            data["billing"] = encode(self.billing, request)
        if self.shipping is not None:
            data["shipping"] = encode(self.shipping, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Order:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Order:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            customer=optional(data, "customer", path, _decode_order_customer),
            billing=optional(data, "billing", path, _decode_address),
            shipping=optional(data, "shipping", path, _decode_order_shipping),
            extra=extra_fields(data, _ORDER_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Customer:
    """Customer

    Attributes:
        email:
    """

    email: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["email"] = self.email
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Customer:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Customer:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            email=required(data, "email", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class LineItem:
    """LineItem

    Attributes:
        sku:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    sku: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.sku is not None:
            data["sku"] = self.sku
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> LineItem:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> LineItem:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            sku=optional(data, "sku", path, decode_str),
            extra=extra_fields(data, _LINE_ITEM_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class LineItem2:
    """LineItem2

    Attributes:
        code:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    code: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.code is not None:
            data["code"] = self.code
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> LineItem2:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> LineItem2:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            code=optional(data, "code", path, decode_int),
            extra=extra_fields(data, _LINE_ITEM2_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class CredentialsModel:
    """CredentialsModel

    Attributes:
        password:
    """

    password: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["password"] = self.password
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> CredentialsModel:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_credentials(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> CredentialsModel:
        """Decode data a user gives, write-only fields (secrets) included."""
        return cls(
            password=required(data, "password", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class ValidationErrorModel:
    """ValidationErrorModel

    Attributes:
        field_:
        reason:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    field_: str | None = None
    reason: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.field_ is not None:
            data["field"] = self.field_
        if self.reason is not None:
            data["reason"] = self.reason
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ValidationErrorModel:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> ValidationErrorModel:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            field_=optional(data, "field", path, decode_str),
            reason=optional(data, "reason", path, decode_str),
            extra=extra_fields(data, _VALIDATION_ERROR_MODEL_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Settings:
    """Settings

    Attributes:
        mixed_case:
        mixed_case_2:
        extra:
        to_dict_field:
        extra_properties: Further properties, sent and received beside the declared fields.
    """

    mixed_case: str | None = None
    mixed_case_2: str | None = None
    extra: str | None = None
    to_dict_field: bool | None = None
    extra_properties: dict[str, int] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.mixed_case is not None:
            data["mixed_case"] = self.mixed_case
        if self.mixed_case_2 is not None:
            data["mixedCase"] = self.mixed_case_2
        if self.extra is not None:
            data["extra"] = self.extra
        if self.to_dict_field is not None:
            data["to_dict"] = self.to_dict_field
        for key, value in self.extra_properties.items():
            data.setdefault(key, encode(value, request))
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Settings:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_settings(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Settings:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            mixed_case=optional(data, "mixed_case", path, decode_str),
            mixed_case_2=optional(data, "mixedCase", path, decode_str),
            extra=optional(data, "extra", path, decode_str),
            to_dict_field=optional(data, "to_dict", path, decode_bool),
            extra_properties=extra_fields(data, _SETTINGS_FIELDS, path, decode_int),
        )

    _from_input = _from_json  # data a user gives is decoded the same way here


@dataclass(kw_only=True, slots=True)
class OrderCustomer:
    """OrderCustomer

    Attributes:
        name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    name: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.name is not None:
            data["name"] = self.name
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> OrderCustomer:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> OrderCustomer:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _ORDER_CUSTOMER_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Address:
    """Address

    Attributes:
        city:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    city: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.city is not None:
            data["city"] = self.city
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Address:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Address:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            city=optional(data, "city", path, decode_str),
            extra=extra_fields(data, _ADDRESS_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class OrderShipping:
    """OrderShipping

    Attributes:
        city:
        floor:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    city: str | None = None
    floor: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.city is not None:
            data["city"] = self.city
        if self.floor is not None:
            data["floor"] = self.floor
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> OrderShipping:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> OrderShipping:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            city=optional(data, "city", path, decode_str),
            floor=optional(data, "floor", path, decode_int),
            extra=extra_fields(data, _ORDER_SHIPPING_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_decode_order_customer = object_decoder(OrderCustomer._from_json)
_decode_address = object_decoder(Address._from_json)
_decode_order_shipping = object_decoder(OrderShipping._from_json)
_ORDER_FIELDS: frozenset[str] = frozenset(["id", "customer", "billing", "shipping"])
_LINE_ITEM_FIELDS: frozenset[str] = frozenset(["sku"])
_LINE_ITEM2_FIELDS: frozenset[str] = frozenset(["code"])
_VALIDATION_ERROR_MODEL_FIELDS: frozenset[str] = frozenset(["field", "reason"])
_SETTINGS_FIELDS: frozenset[str] = frozenset(["mixed_case", "mixedCase", "extra", "to_dict"])
_ORDER_CUSTOMER_FIELDS: frozenset[str] = frozenset(["name"])
_ADDRESS_FIELDS: frozenset[str] = frozenset(["city"])
_ORDER_SHIPPING_FIELDS: frozenset[str] = frozenset(["city", "floor"])
