# Generated from tests/specs/public/swagger-petstore.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Swagger Petstore - OpenAPI 3.0.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from . import _validators
from ._serde import (
    UNSET,
    OpenStrEnum,
    Unset,
    check_time,
    decode_bool,
    decode_datetime,
    decode_int,
    decode_str,
    encode,
    enum_decoder,
    extra_fields,
    from_input,
    join_path,
    list_decoder,
    model_from,
    models_in,
    object_decoder,
    optional,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "ApiResponse",
    "Category",
    "FindPetsByStatusStatus",
    "Order",
    "OrderStatus",
    "Pet",
    "PetStatus",
    "Tag",
    "Unset",
    "User",
]


class OrderStatus(OpenStrEnum):
    """Order Status"""

    PLACED = "placed"
    APPROVED = "approved"
    DELIVERED = "delivered"


class PetStatus(OpenStrEnum):
    """pet status in the store"""

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"


class FindPetsByStatusStatus(OpenStrEnum):
    """FindPetsByStatusStatus"""

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"


@dataclass(kw_only=True, slots=True)
class Order:
    """Order

    Attributes:
        id:
        pet_id:
        quantity:
        ship_date:
        status: Order Status
        complete:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int | None = None
    pet_id: int | None = None
    quantity: int | None = None
    ship_date: datetime | None = None
    status: OrderStatus | None = None
    complete: bool | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.pet_id is not None:
            data["petId"] = self.pet_id
        if self.quantity is not None:
            data["quantity"] = self.quantity
        if self.ship_date is not None:
            data["shipDate"] = encode(self.ship_date, request)
        if self.status is not None:
            data["status"] = encode(self.status, request)
        if self.complete is not None:
            data["complete"] = self.complete
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Order:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_order(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Order:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=optional(data, "id", path, decode_int),
            pet_id=optional(data, "petId", path, decode_int),
            quantity=optional(data, "quantity", path, decode_int),
            ship_date=optional(data, "shipDate", path, decode_datetime),
            status=optional(data, "status", path, _decode_order_status),
            complete=optional(data, "complete", path, decode_bool),
            extra=extra_fields(data, _ORDER_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Order:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _ORDER_FIELDS.issuperset(data):
            unknown_fields(data, _ORDER_FIELDS, path)
        return cls(
            id=optional(data, "id", path, decode_int),
            pet_id=optional(data, "petId", path, decode_int),
            quantity=optional(data, "quantity", path, decode_int),
            ship_date=optional(data, "shipDate", path, decode_datetime),
            status=optional(data, "status", path, _decode_order_status),
            complete=optional(data, "complete", path, decode_bool),
        )

    def _check_times(self, path: str, errors: list[str]) -> None:
        """Append to ``errors`` what is wrong with the dates and times this model sends."""
        check_time(self.ship_date, join_path(path, "shipDate"), True, errors)


@dataclass(kw_only=True, slots=True)
class Category:
    """Category

    Attributes:
        id:
        name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int | None = None
    name: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Category:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_category(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Category:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=optional(data, "id", path, decode_int),
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _CATEGORY_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Category:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _CATEGORY_FIELDS.issuperset(data):
            unknown_fields(data, _CATEGORY_FIELDS, path)
        return cls(
            id=optional(data, "id", path, decode_int),
            name=optional(data, "name", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class User:
    """User

    Attributes:
        id:
        username:
        first_name:
        last_name:
        email:
        password:
        phone:
        user_status: User Status
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    password: str | None = None
    phone: str | None = None
    user_status: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.username is not None:
            data["username"] = self.username
        if self.first_name is not None:
            data["firstName"] = self.first_name
        if self.last_name is not None:
            data["lastName"] = self.last_name
        if self.email is not None:
            data["email"] = self.email
        if self.password is not None:
            data["password"] = self.password
        if self.phone is not None:
            data["phone"] = self.phone
        if self.user_status is not None:
            data["userStatus"] = self.user_status
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> User:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_user(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> User:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=optional(data, "id", path, decode_int),
            username=optional(data, "username", path, decode_str),
            first_name=optional(data, "firstName", path, decode_str),
            last_name=optional(data, "lastName", path, decode_str),
            email=optional(data, "email", path, decode_str),
            password=optional(data, "password", path, decode_str),
            phone=optional(data, "phone", path, decode_str),
            user_status=optional(data, "userStatus", path, decode_int),
            extra=extra_fields(data, _USER_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> User:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _USER_FIELDS.issuperset(data):
            unknown_fields(data, _USER_FIELDS, path)
        return cls(
            id=optional(data, "id", path, decode_int),
            username=optional(data, "username", path, decode_str),
            first_name=optional(data, "firstName", path, decode_str),
            last_name=optional(data, "lastName", path, decode_str),
            email=optional(data, "email", path, decode_str),
            password=optional(data, "password", path, decode_str),
            phone=optional(data, "phone", path, decode_str),
            user_status=optional(data, "userStatus", path, decode_int),
        )


@dataclass(kw_only=True, slots=True)
class Tag:
    """Tag

    Attributes:
        id:
        name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int | None = None
    name: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Tag:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_tag(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Tag:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=optional(data, "id", path, decode_int),
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _TAG_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Tag:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _TAG_FIELDS.issuperset(data):
            unknown_fields(data, _TAG_FIELDS, path)
        return cls(
            id=optional(data, "id", path, decode_int),
            name=optional(data, "name", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Pet:
    """Pet

    Attributes:
        id:
        name:
        category:
        photo_urls:
        tags:
        status: pet status in the store
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int | None = None
    name: str
    category: Category | None = None
    photo_urls: list[str]
    tags: list[Tag] | None = None
    status: PetStatus | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.category, dict):
            self.category = model_from(Category, self.category, "category")
        if isinstance(self.tags, (list, dict)):
            self.tags = models_in(Tag, self.tags, "tags")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.id is not None:
            data["id"] = self.id
        data["name"] = self.name
        if self.category is not None:
            data["category"] = encode(self.category, request)
        data["photoUrls"] = encode(self.photo_urls, request)
        if self.tags is not None:
            data["tags"] = encode(self.tags, request)
        if self.status is not None:
            data["status"] = encode(self.status, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Pet:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_pet(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Pet:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=optional(data, "id", path, decode_int),
            name=required(data, "name", path, decode_str),
            category=optional(data, "category", path, _decode_category),
            photo_urls=required(data, "photoUrls", path, _decode_list),
            tags=optional(data, "tags", path, _decode_list_tag),
            status=optional(data, "status", path, _decode_pet_status),
            extra=extra_fields(data, _PET_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Pet:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _PET_FIELDS.issuperset(data):
            unknown_fields(data, _PET_FIELDS, path)
        return cls(
            id=optional(data, "id", path, decode_int),
            name=required(data, "name", path, decode_str),
            category=optional(data, "category", path, _decode_category_input),
            photo_urls=required(data, "photoUrls", path, _decode_list),
            tags=optional(data, "tags", path, _decode_list_tag_input),
            status=optional(data, "status", path, _decode_pet_status),
        )


@dataclass(kw_only=True, slots=True)
class ApiResponse:
    """ApiResponse

    Attributes:
        code:
        type:
        message:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    code: int | None = None
    type: str | None = None
    message: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.type is not None:
            data["type"] = self.type
        if self.message is not None:
            data["message"] = self.message
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ApiResponse:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> ApiResponse:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            code=optional(data, "code", path, decode_int),
            type=optional(data, "type", path, decode_str),
            message=optional(data, "message", path, decode_str),
            extra=extra_fields(data, _API_RESPONSE_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_decode_order_status = enum_decoder(OrderStatus)
_ORDER_FIELDS: frozenset[str] = frozenset(
    ["id", "petId", "quantity", "shipDate", "status", "complete"]
)
_CATEGORY_FIELDS: frozenset[str] = frozenset(["id", "name"])
_USER_FIELDS: frozenset[str] = frozenset(
    ["id", "username", "firstName", "lastName", "email", "password", "phone", "userStatus"]
)
_TAG_FIELDS: frozenset[str] = frozenset(["id", "name"])
_decode_category = object_decoder(Category._from_json)
_decode_list = list_decoder(decode_str)
_decode_list_tag = list_decoder(object_decoder(Tag._from_json))
_decode_pet_status = enum_decoder(PetStatus)
_PET_FIELDS: frozenset[str] = frozenset(["id", "name", "category", "photoUrls", "tags", "status"])
_decode_category_input = object_decoder(Category._from_input)
_decode_list_tag_input = list_decoder(object_decoder(Tag._from_input))
_API_RESPONSE_FIELDS: frozenset[str] = frozenset(["code", "type", "message"])
