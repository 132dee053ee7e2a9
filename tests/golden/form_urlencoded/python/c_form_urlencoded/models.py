# Generated from tests/specs/constructs/form_urlencoded.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Auth Forms API.

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
    list_decoder,
    optional,
    redacted_repr,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "CreateTokenRequest",
    "Subscription",
    "SubscriptionForm",
    "Token",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class SubscriptionForm:
    """SubscriptionForm

    Attributes:
        email:
        confirm:
        frequency:
    """

    email: str
    confirm: bool | None = None
    frequency: int | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["email"] = self.email
        if self.confirm is not None:
            data["confirm"] = self.confirm
        if self.frequency is not None:
            data["frequency"] = self.frequency
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> SubscriptionForm:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_subscription_form(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> SubscriptionForm:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _SUBSCRIPTION_FORM_FIELDS.issuperset(data):
            unknown_fields(data, _SUBSCRIPTION_FORM_FIELDS, path)
        return cls(
            email=required(data, "email", path, decode_str),
            confirm=optional(data, "confirm", path, decode_bool),
            frequency=optional(data, "frequency", path, decode_int),
        )


@dataclass(kw_only=True, slots=True)
class Subscription:
    """Subscription

    Attributes:
        id:
        email:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    email: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["email"] = self.email
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Subscription:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Subscription:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            email=required(data, "email", path, decode_str),
            extra=extra_fields(data, _SUBSCRIPTION_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Token:
    """Token

    Attributes:
        access_token:
        token_type:
        expires_in:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    access_token: str
    token_type: str
    expires_in: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["access_token"] = self.access_token
        data["token_type"] = self.token_type
        data["expires_in"] = self.expires_in
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Token:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Token:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            access_token=required(data, "access_token", path, decode_str),
            token_type=required(data, "token_type", path, decode_str),
            expires_in=required(data, "expires_in", path, decode_int),
            extra=extra_fields(data, _TOKEN_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class CreateTokenRequest:
    """CreateTokenRequest

    Attributes:
        grant_type:
        client_id:
        client_secret:
            Write-only secret: never shown in ``repr``, logs or error messages.
        scope:
    """

    grant_type: str
    client_id: str
    client_secret: str
    scope: list[str] | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["grant_type"] = self.grant_type
        data["client_id"] = self.client_id
        data["client_secret"] = self.client_secret
        if self.scope is not None:
            data["scope"] = encode(self.scope, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> CreateTokenRequest:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_create_token_request(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> CreateTokenRequest:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _CREATE_TOKEN_REQUEST_FIELDS.issuperset(data):
            unknown_fields(data, _CREATE_TOKEN_REQUEST_FIELDS, path)
        return cls(
            grant_type=required(data, "grant_type", path, decode_str),
            client_id=required(data, "client_id", path, decode_str),
            client_secret=required(data, "client_secret", path, decode_str),
            scope=optional(data, "scope", path, _decode_list),
        )

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset(["client_secret"]))


# Decoders and field sets of the models above, built once at import rather than on every call.
_SUBSCRIPTION_FORM_FIELDS: frozenset[str] = frozenset(["email", "confirm", "frequency"])
_SUBSCRIPTION_FIELDS: frozenset[str] = frozenset(["id", "email"])
_TOKEN_FIELDS: frozenset[str] = frozenset(["access_token", "token_type", "expires_in"])
_CREATE_TOKEN_REQUEST_FIELDS: frozenset[str] = frozenset(
    ["grant_type", "client_id", "client_secret", "scope"]
)
_decode_list = list_decoder(decode_str)
