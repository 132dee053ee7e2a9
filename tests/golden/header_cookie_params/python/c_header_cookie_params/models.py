# Generated from tests/specs/constructs/header_cookie_params.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Sessions API.

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
    decode_str,
    extra_fields,
    from_input,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Preference",
    "Profile",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class Profile:
    """Profile

    Attributes:
        user_id:
        name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    user_id: str
    name: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["user_id"] = self.user_id
        data["name"] = self.name
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Profile:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Profile:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            user_id=required(data, "user_id", path, decode_str),
            name=required(data, "name", path, decode_str),
            extra=extra_fields(data, _PROFILE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Preference:
    """Preference

    Attributes:
        key:
        value:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    key: str
    value: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["key"] = self.key
        data["value"] = self.value
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Preference:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_preference(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Preference:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            key=required(data, "key", path, decode_str),
            value=required(data, "value", path, decode_str),
            extra=extra_fields(data, _PREFERENCE_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Preference:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _PREFERENCE_FIELDS.issuperset(data):
            unknown_fields(data, _PREFERENCE_FIELDS, path)
        return cls(
            key=required(data, "key", path, decode_str),
            value=required(data, "value", path, decode_str),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_PROFILE_FIELDS: frozenset[str] = frozenset(["user_id", "name"])
_PREFERENCE_FIELDS: frozenset[str] = frozenset(["key", "value"])
