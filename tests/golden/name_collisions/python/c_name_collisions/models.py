# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Names API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Callable as _Callable
from collections.abc import Mapping as _Mapping
from dataclasses import dataclass, field
from typing import Literal as _Literal
from typing import TypeAlias as _TypeAlias

from . import _validators
from ._files import FileContent as _FileContent
from ._serde import (
    UNSET,
    Unset,
    const_decoder,
    decode_bool,
    decode_int,
    decode_str,
    decode_text_bytes,
    encode,
    extra_fields,
    float_enum_decoder,
    from_input,
    int_enum_decoder,
    list_decoder,
    object_decoder,
    optional,
    required,
    union_decoder,
    unknown_fields,
)
from ._serde import OpenFloatEnum as _OpenFloatEnum
from ._serde import OpenIntEnum as _OpenIntEnum
from ._serde import OpenStrEnum as _OpenStrEnum
from .errors import ValidationError as _ValidationError

__all__ = [
    "IO",
    "UNSET",
    "Address",
    "AsyncPager",
    "AsyncTransport",
    "Callable",
    "Credentials",
    "Customer",
    "Decoder",
    "File",
    "FileContent",
    "LineItem",
    "LineItem2",
    "Literal",
    "Mapping",
    "OpenFloatEnum",
    "OpenIntEnum",
    "OpenStrEnum",
    "Order",
    "OrderCustomer",
    "OrderShipping",
    "PageReader",
    "PreparedRequest",
    "RawResponse",
    "Settings",
    "SyncPage",
    "SyncTransport",
    "Timeout",
    "TracebackType",
    "TypeAlias",
    "UNSETModel",
    "Unset",
    "UnsetModel",
    "ValidationError",
]


class Mapping(_OpenStrEnum):
    """Mapping"""

    STRICT = "strict"
    LOOSE = "loose"


class OpenIntEnum(_OpenIntEnum):
    """OpenIntEnum"""

    VALUE_1 = 1
    VALUE_2 = 2


class OpenFloatEnum(_OpenFloatEnum):
    """OpenFloatEnum"""

    VALUE_0_POINT_5 = 0.5
    VALUE_1_POINT_5 = 1.5


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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> Order:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> Order:
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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> Customer:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> Customer:
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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> LineItem:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> LineItem:
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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> LineItem2:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> LineItem2:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            code=optional(data, "code", path, decode_int),
            extra=extra_fields(data, _LINE_ITEM2_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Credentials:
    """Credentials

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> Credentials:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_credentials(data, path, errors)
        if errors:
            raise _ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: _Mapping[str, object], path: str) -> Credentials:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _CREDENTIALS_FIELDS.issuperset(data):
            unknown_fields(data, _CREDENTIALS_FIELDS, path)
        return cls(
            password=required(data, "password", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class ValidationError:
    """ValidationError

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> ValidationError:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> ValidationError:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            field_=optional(data, "field", path, decode_str),
            reason=optional(data, "reason", path, decode_str),
            extra=extra_fields(data, _VALIDATION_ERROR_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Timeout:
    """Timeout

    Attributes:
        seconds:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    seconds: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["seconds"] = self.seconds
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> Timeout:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_timeout(data, path, errors)
        if errors:
            raise _ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> Timeout:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            seconds=required(data, "seconds", path, decode_int),
            extra=extra_fields(data, _TIMEOUT_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: _Mapping[str, object], path: str) -> Timeout:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _TIMEOUT_FIELDS.issuperset(data):
            unknown_fields(data, _TIMEOUT_FIELDS, path)
        return cls(
            seconds=required(data, "seconds", path, decode_int),
        )


@dataclass(kw_only=True, slots=True)
class File:
    """File

    Attributes:
        content:
        label:
    """

    content: _FileContent
    label: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["content"] = self.content
        data["label"] = self.label
        return data

    @classmethod
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> File:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_file(data, path, errors)
        if errors:
            raise _ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: _Mapping[str, object], path: str) -> File:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _FILE_FIELDS.issuperset(data):
            unknown_fields(data, _FILE_FIELDS, path)
        return cls(
            content=required(data, "content", path, decode_text_bytes),
            label=required(data, "label", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Literal:
    """Literal

    Attributes:
        kind:
        size:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    kind: _Literal["stored"] = "stored"
    size: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["kind"] = self.kind
        if self.size is not None:
            data["size"] = self.size
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> Literal:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> Literal:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            kind=required(data, "kind", path, _decode_const_stored),
            size=optional(data, "size", path, decode_int),
            extra=extra_fields(data, _LITERAL_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class SyncPage:
    """SyncPage

    Attributes:
        data:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    data: list[Timeout]
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["data"] = encode(self.data, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> SyncPage:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> SyncPage:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            data=required(data, "data", path, _decode_list_timeout),
            extra=extra_fields(data, _SYNC_PAGE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Callable:
    """Callable

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> Callable:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> Callable:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _CALLABLE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class PageReader:
    """PageReader

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> PageReader:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> PageReader:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _PAGE_READER_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class RawResponse:
    """RawResponse

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> RawResponse:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> RawResponse:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _RAW_RESPONSE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class AsyncPager:
    """AsyncPager

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> AsyncPager:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> AsyncPager:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _ASYNC_PAGER_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class SyncTransport:
    """SyncTransport

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> SyncTransport:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> SyncTransport:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _SYNC_TRANSPORT_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class AsyncTransport:
    """AsyncTransport

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> AsyncTransport:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> AsyncTransport:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _ASYNC_TRANSPORT_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class TracebackType:
    """TracebackType

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> TracebackType:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> TracebackType:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _TRACEBACK_TYPE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class IO:
    """IO

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> IO:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> IO:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _IO_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Decoder:
    """Decoder

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> Decoder:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> Decoder:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _DECODER_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class FileContent:
    """FileContent

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> FileContent:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> FileContent:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _FILE_CONTENT_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class UnsetModel:
    """UnsetModel

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> UnsetModel:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> UnsetModel:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _UNSET_MODEL_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class OpenStrEnum:
    """OpenStrEnum

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> OpenStrEnum:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> OpenStrEnum:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _OPEN_STR_ENUM_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class UNSETModel:
    """UNSETModel

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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> UNSETModel:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> UNSETModel:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _UNSET_MODEL_FIELDS_2),
        )


@dataclass(kw_only=True, slots=True)
class PreparedRequest:
    """PreparedRequest

    Attributes:
        timeout:
        callable:
        alias:
        raw:
        reader:
        pager:
        sync_transport:
        async_transport:
        traceback:
        io:
        decoder:
        file_content:
        unset:
        open_str:
        open_int:
        open_float:
        unset_upper:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    timeout: Timeout | None = None
    callable: Callable | None = None
    alias: TypeAlias | None = None
    raw: RawResponse | None = None
    reader: PageReader | None = None
    pager: AsyncPager | None = None
    sync_transport: SyncTransport | None = None
    async_transport: AsyncTransport | None = None
    traceback: TracebackType | None = None
    io: IO | None = None
    decoder: Decoder | None = None
    file_content: FileContent | None = None
    unset: UnsetModel | None = None
    open_str: OpenStrEnum | None = None
    open_int: OpenIntEnum | None = None
    open_float: OpenFloatEnum | None = None
    unset_upper: UNSETModel | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.timeout is not None:
            data["timeout"] = encode(self.timeout, request)
        if self.callable is not None:
            data["callable"] = encode(self.callable, request)
        if self.alias is not None:
            data["alias"] = encode(self.alias, request)
        if self.raw is not None:
            data["raw"] = encode(self.raw, request)
        if self.reader is not None:
            data["reader"] = encode(self.reader, request)
        if self.pager is not None:
            data["pager"] = encode(self.pager, request)
        if self.sync_transport is not None:
            data["sync_transport"] = encode(self.sync_transport, request)
        if self.async_transport is not None:
            data["async_transport"] = encode(self.async_transport, request)
        if self.traceback is not None:
            data["traceback"] = encode(self.traceback, request)
        if self.io is not None:
            data["io"] = encode(self.io, request)
        if self.decoder is not None:
            data["decoder"] = encode(self.decoder, request)
        if self.file_content is not None:
            data["file_content"] = encode(self.file_content, request)
        if self.unset is not None:
            data["unset"] = encode(self.unset, request)
        if self.open_str is not None:
            data["open_str"] = encode(self.open_str, request)
        if self.open_int is not None:
            data["open_int"] = encode(self.open_int, request)
        if self.open_float is not None:
            data["open_float"] = encode(self.open_float, request)
        if self.unset_upper is not None:
            data["unset_upper"] = encode(self.unset_upper, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> PreparedRequest:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> PreparedRequest:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            timeout=optional(data, "timeout", path, _decode_timeout),
            callable=optional(data, "callable", path, _decode_callable),
            alias=optional(data, "alias", path, _read_type_alias),
            raw=optional(data, "raw", path, _decode_raw_response),
            reader=optional(data, "reader", path, _decode_page_reader),
            pager=optional(data, "pager", path, _decode_async_pager),
            sync_transport=optional(data, "sync_transport", path, _decode_sync_transport),
            async_transport=optional(data, "async_transport", path, _decode_async_transport),
            traceback=optional(data, "traceback", path, _decode_traceback_type),
            io=optional(data, "io", path, _decode_io),
            decoder=optional(data, "decoder", path, _decode_decoder),
            file_content=optional(data, "file_content", path, _decode_file_content),
            unset=optional(data, "unset", path, _decode_unset_model),
            open_str=optional(data, "open_str", path, _decode_open_str_enum),
            open_int=optional(data, "open_int", path, _decode_open_int_enum),
            open_float=optional(data, "open_float", path, _decode_open_float_enum),
            unset_upper=optional(data, "unset_upper", path, _decode_unset_model_2),
            extra=extra_fields(data, _PREPARED_REQUEST_FIELDS),
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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> Settings:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_settings(data, path, errors)
        if errors:
            raise _ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> Settings:
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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> OrderCustomer:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> OrderCustomer:
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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> Address:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> Address:
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
    def from_dict(cls, data: _Mapping[str, object], path: str = "") -> OrderShipping:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: _Mapping[str, object], path: str) -> OrderShipping:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            city=optional(data, "city", path, decode_str),
            floor=optional(data, "floor", path, decode_int),
            extra=extra_fields(data, _ORDER_SHIPPING_FIELDS),
        )


TypeAlias: _TypeAlias = int | list["TypeAlias"]


def _read_type_alias(value: object, path: str) -> TypeAlias:
    result: TypeAlias = _decode_list(value, path)
    return result


# Decoders and field sets of the models above, built once at import rather than on every call.
_decode_order_customer = object_decoder(OrderCustomer._from_json)
_decode_address = object_decoder(Address._from_json)
_decode_order_shipping = object_decoder(OrderShipping._from_json)
_ORDER_FIELDS: frozenset[str] = frozenset(["id", "customer", "billing", "shipping"])
_LINE_ITEM_FIELDS: frozenset[str] = frozenset(["sku"])
_LINE_ITEM2_FIELDS: frozenset[str] = frozenset(["code"])
_CREDENTIALS_FIELDS: frozenset[str] = frozenset(["password"])
_VALIDATION_ERROR_FIELDS: frozenset[str] = frozenset(["field", "reason"])
_TIMEOUT_FIELDS: frozenset[str] = frozenset(["seconds"])
_FILE_FIELDS: frozenset[str] = frozenset(["content", "label"])
_decode_const_stored: _Callable[[object, str], _Literal["stored"]] = const_decoder("stored")
_LITERAL_FIELDS: frozenset[str] = frozenset(["kind", "size"])
_decode_list_timeout = list_decoder(object_decoder(Timeout._from_json))
_SYNC_PAGE_FIELDS: frozenset[str] = frozenset(["data"])
_CALLABLE_FIELDS: frozenset[str] = frozenset(["name"])
_PAGE_READER_FIELDS: frozenset[str] = frozenset(["name"])
_RAW_RESPONSE_FIELDS: frozenset[str] = frozenset(["name"])
_ASYNC_PAGER_FIELDS: frozenset[str] = frozenset(["name"])
_SYNC_TRANSPORT_FIELDS: frozenset[str] = frozenset(["name"])
_ASYNC_TRANSPORT_FIELDS: frozenset[str] = frozenset(["name"])
_TRACEBACK_TYPE_FIELDS: frozenset[str] = frozenset(["name"])
_IO_FIELDS: frozenset[str] = frozenset(["name"])
_DECODER_FIELDS: frozenset[str] = frozenset(["name"])
_FILE_CONTENT_FIELDS: frozenset[str] = frozenset(["name"])
_UNSET_MODEL_FIELDS: frozenset[str] = frozenset(["name"])
_OPEN_STR_ENUM_FIELDS: frozenset[str] = frozenset(["name"])
_UNSET_MODEL_FIELDS_2: frozenset[str] = frozenset(["name"])
_decode_timeout = object_decoder(Timeout._from_json)
_decode_callable = object_decoder(Callable._from_json)
_decode_raw_response = object_decoder(RawResponse._from_json)
_decode_page_reader = object_decoder(PageReader._from_json)
_decode_async_pager = object_decoder(AsyncPager._from_json)
_decode_sync_transport = object_decoder(SyncTransport._from_json)
_decode_async_transport = object_decoder(AsyncTransport._from_json)
_decode_traceback_type = object_decoder(TracebackType._from_json)
_decode_io = object_decoder(IO._from_json)
_decode_decoder = object_decoder(Decoder._from_json)
_decode_file_content: _Callable[[object, str], FileContent] = object_decoder(FileContent._from_json)
_decode_unset_model = object_decoder(UnsetModel._from_json)
_decode_open_str_enum = object_decoder(OpenStrEnum._from_json)
_decode_open_int_enum = int_enum_decoder(OpenIntEnum)
_decode_open_float_enum = float_enum_decoder(OpenFloatEnum)
_decode_unset_model_2 = object_decoder(UNSETModel._from_json)
_PREPARED_REQUEST_FIELDS: frozenset[str] = frozenset(
    [
        "timeout",
        "callable",
        "alias",
        "raw",
        "reader",
        "pager",
        "sync_transport",
        "async_transport",
        "traceback",
        "io",
        "decoder",
        "file_content",
        "unset",
        "open_str",
        "open_int",
        "open_float",
        "unset_upper",
    ]
)
_SETTINGS_FIELDS: frozenset[str] = frozenset(["mixed_case", "mixedCase", "extra", "to_dict"])
_ORDER_CUSTOMER_FIELDS: frozenset[str] = frozenset(["name"])
_ADDRESS_FIELDS: frozenset[str] = frozenset(["city"])
_ORDER_SHIPPING_FIELDS: frozenset[str] = frozenset(["city", "floor"])
_decode_list = union_decoder(
    (
        (_validators.match_type_alias_1, decode_int),
        (_validators.match_type_alias_2, list_decoder(_read_type_alias)),
    ),
    one_of=True,
)
