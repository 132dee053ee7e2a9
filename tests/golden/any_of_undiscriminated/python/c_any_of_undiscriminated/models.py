# Generated from tests/specs/constructs/any_of_undiscriminated.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Contacts API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeAlias

from . import _validators
from ._serde import (
    UNSET,
    Unset,
    decode_float,
    decode_str,
    encode,
    extra_fields,
    from_input,
    object_decoder,
    optional,
    required,
    union_decoder,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Circle",
    "Contact",
    "ContactPoint",
    "EmailAddress",
    "NewContact",
    "PhoneNumber",
    "Rectangle",
    "Shape",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class NewContact:
    """NewContact

    Attributes:
        name:
        point:
    """

    name: str
    point: ContactPoint

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        data["point"] = encode(self.point, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewContact:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_contact(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewContact:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_CONTACT_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_CONTACT_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
            point=required(data, "point", path, _decode_email_address_input_phone_number_input),
        )


@dataclass(kw_only=True, slots=True)
class Contact:
    """Contact

    Attributes:
        id:
        name:
        point:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    name: str
    point: ContactPoint
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["name"] = self.name
        data["point"] = encode(self.point, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Contact:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Contact:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            name=required(data, "name", path, decode_str),
            point=required(data, "point", path, _decode_email_address_phone_number),
            extra=extra_fields(data, _CONTACT_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class EmailAddress:
    """EmailAddress

    Attributes:
        email:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    email: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["email"] = self.email
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> EmailAddress:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_email_address(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> EmailAddress:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            email=required(data, "email", path, decode_str),
            extra=extra_fields(data, _EMAIL_ADDRESS_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> EmailAddress:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _EMAIL_ADDRESS_FIELDS.issuperset(data):
            unknown_fields(data, _EMAIL_ADDRESS_FIELDS, path)
        return cls(
            email=required(data, "email", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class PhoneNumber:
    """PhoneNumber

    Attributes:
        phone:
        extension:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    phone: str
    extension: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["phone"] = self.phone
        if self.extension is not None:
            data["extension"] = self.extension
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> PhoneNumber:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_phone_number(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> PhoneNumber:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            phone=required(data, "phone", path, decode_str),
            extension=optional(data, "extension", path, decode_str),
            extra=extra_fields(data, _PHONE_NUMBER_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> PhoneNumber:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _PHONE_NUMBER_FIELDS.issuperset(data):
            unknown_fields(data, _PHONE_NUMBER_FIELDS, path)
        return cls(
            phone=required(data, "phone", path, decode_str),
            extension=optional(data, "extension", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Circle:
    """Circle

    Attributes:
        radius:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    radius: float
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["radius"] = self.radius
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Circle:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Circle:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            radius=required(data, "radius", path, decode_float),
            extra=extra_fields(data, _CIRCLE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Rectangle:
    """Rectangle

    Attributes:
        width:
        height:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    width: float
    height: float
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["width"] = self.width
        data["height"] = self.height
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Rectangle:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Rectangle:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            width=required(data, "width", path, decode_float),
            height=required(data, "height", path, decode_float),
            extra=extra_fields(data, _RECTANGLE_FIELDS),
        )


ContactPoint: TypeAlias = EmailAddress | PhoneNumber


Shape: TypeAlias = Circle | Rectangle


# Decoders and field sets of the models above, built once at import rather than on every call.
_NEW_CONTACT_FIELDS: frozenset[str] = frozenset(["name", "point"])
_decode_email_address_input_phone_number_input = union_decoder(
    (
        (_validators.match_contact_point_1, object_decoder(EmailAddress._from_input)),
        (_validators.match_contact_point_2, object_decoder(PhoneNumber._from_input)),
    ),
    one_of=False,
)
_decode_email_address_phone_number = union_decoder(
    (
        (_validators.match_contact_point_1, object_decoder(EmailAddress._from_json)),
        (_validators.match_contact_point_2, object_decoder(PhoneNumber._from_json)),
    ),
    one_of=False,
)
_CONTACT_FIELDS: frozenset[str] = frozenset(["id", "name", "point"])
_EMAIL_ADDRESS_FIELDS: frozenset[str] = frozenset(["email"])
_PHONE_NUMBER_FIELDS: frozenset[str] = frozenset(["phone", "extension"])
_CIRCLE_FIELDS: frozenset[str] = frozenset(["radius"])
_RECTANGLE_FIELDS: frozenset[str] = frozenset(["width", "height"])
