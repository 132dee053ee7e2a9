# Generated from tests/specs/constructs/read_write_only.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Accounts API.

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
    Unset,
    decode_datetime,
    decode_str,
    encode,
    extra_fields,
    from_input,
    optional,
    redacted_repr,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Account",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class Account:
    """Account

    Attributes:
        id:
            Read-only: set by the server, never sent in a request.
        created_at:
            Read-only: set by the server, never sent in a request.
        username:
        email:
        password:
            Write-only secret: never shown in ``repr``, logs or error messages.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str | None = None
    created_at: datetime | None = None
    username: str
    email: str | None = None
    password: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if not request and self.id is not None:
            data["id"] = self.id
        if not request and self.created_at is not None:
            data["created_at"] = encode(self.created_at, request)
        data["username"] = self.username
        if self.email is not None:
            data["email"] = self.email
        if self.password is not None:
            data["password"] = self.password
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Account:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_account(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Account:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=optional(data, "id", path, decode_str),
            created_at=optional(data, "created_at", path, decode_datetime),
            username=required(data, "username", path, decode_str),
            email=optional(data, "email", path, decode_str),
            extra=extra_fields(data, _ACCOUNT_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Account:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _ACCOUNT_FIELDS.issuperset(data):
            unknown_fields(data, _ACCOUNT_FIELDS, path)
        return cls(
            id=optional(data, "id", path, decode_str),
            created_at=optional(data, "created_at", path, decode_datetime),
            username=required(data, "username", path, decode_str),
            email=optional(data, "email", path, decode_str),
            password=optional(data, "password", path, decode_str),
        )

    def _check_times(self, path: str, errors: list[str]) -> None:
        """Append to ``errors`` what is wrong with the dates and times this model sends."""
        pass

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset(["password"]))


# Decoders and field sets of the models above, built once at import rather than on every call.
_ACCOUNT_FIELDS: frozenset[str] = frozenset(["id", "created_at", "username", "email", "password"])
