# Generated from tests/specs/constructs/security_basic.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Messaging API.

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
    "Error",
    "Message",
    "NewMessage",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class NewMessage:
    """NewMessage

    Attributes:
        to:
        body:
    """

    to: str
    body: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["to"] = self.to
        data["body"] = self.body
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewMessage:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_message(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewMessage:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_MESSAGE_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_MESSAGE_FIELDS, path)
        return cls(
            to=required(data, "to", path, decode_str),
            body=required(data, "body", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Message:
    """Message

    Attributes:
        sid:
        to:
        body:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    sid: str
    to: str
    body: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["sid"] = self.sid
        data["to"] = self.to
        data["body"] = self.body
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Message:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Message:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            sid=required(data, "sid", path, decode_str),
            to=required(data, "to", path, decode_str),
            body=required(data, "body", path, decode_str),
            extra=extra_fields(data, _MESSAGE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Error:
    """Error

    Attributes:
        code:
        message:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    code: int
    message: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["code"] = self.code
        data["message"] = self.message
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Error:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Error:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            code=required(data, "code", path, decode_int),
            message=required(data, "message", path, decode_str),
            extra=extra_fields(data, _ERROR_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_NEW_MESSAGE_FIELDS: frozenset[str] = frozenset(["to", "body"])
_MESSAGE_FIELDS: frozenset[str] = frozenset(["sid", "to", "body"])
_ERROR_FIELDS: frozenset[str] = frozenset(["code", "message"])
