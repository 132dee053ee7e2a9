# Generated from tests/specs/constructs/json_bodies.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Batch API.

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
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "BatchResult",
    "EmailNotification",
    "NewUser",
    "Notification",
    "Receipt",
    "SmsNotification",
    "Unset",
    "User",
]


@dataclass(kw_only=True, slots=True)
class BatchResult:
    """BatchResult

    Attributes:
        added:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    added: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["added"] = self.added
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> BatchResult:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> BatchResult:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            added=required(data, "added", path, decode_int),
            extra=extra_fields(data, _BATCH_RESULT_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class EmailNotification:
    """EmailNotification

    Attributes:
        channel:
        to:
        subject:
    """

    channel: Literal["email"] = "email"
    to: str
    subject: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["channel"] = self.channel
        data["to"] = self.to
        data["subject"] = self.subject
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> EmailNotification:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_email_notification(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> EmailNotification:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _EMAIL_NOTIFICATION_FIELDS.issuperset(data):
            unknown_fields(data, _EMAIL_NOTIFICATION_FIELDS, path)
        return cls(
            channel=required(data, "channel", path, _decode_const_email),
            to=required(data, "to", path, decode_str),
            subject=required(data, "subject", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class SmsNotification:
    """SmsNotification

    Attributes:
        channel:
        phone:
        text:
    """

    channel: Literal["sms"] = "sms"
    phone: str
    text: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["channel"] = self.channel
        data["phone"] = self.phone
        data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> SmsNotification:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_sms_notification(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> SmsNotification:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _SMS_NOTIFICATION_FIELDS.issuperset(data):
            unknown_fields(data, _SMS_NOTIFICATION_FIELDS, path)
        return cls(
            channel=required(data, "channel", path, _decode_const_sms),
            phone=required(data, "phone", path, decode_str),
            text=required(data, "text", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Receipt:
    """Receipt

    Attributes:
        id:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Receipt:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Receipt:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            extra=extra_fields(data, _RECEIPT_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class NewUser:
    """NewUser

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
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewUser:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_user(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewUser:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_USER_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_USER_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class User:
    """User

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
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> User:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> User:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_int),
            name=required(data, "name", path, decode_str),
            extra=extra_fields(data, _USER_FIELDS),
        )


Notification: TypeAlias = EmailNotification | SmsNotification


# Decoders and field sets of the models above, built once at import rather than on every call.
_BATCH_RESULT_FIELDS: frozenset[str] = frozenset(["added"])
_EMAIL_NOTIFICATION_FIELDS: frozenset[str] = frozenset(["channel", "to", "subject"])
_decode_const_email: Callable[[object, str], Literal["email"]] = const_decoder("email")
_SMS_NOTIFICATION_FIELDS: frozenset[str] = frozenset(["channel", "phone", "text"])
_decode_const_sms: Callable[[object, str], Literal["sms"]] = const_decoder("sms")
_RECEIPT_FIELDS: frozenset[str] = frozenset(["id"])
_NEW_USER_FIELDS: frozenset[str] = frozenset(["name"])
_USER_FIELDS: frozenset[str] = frozenset(["id", "name"])
