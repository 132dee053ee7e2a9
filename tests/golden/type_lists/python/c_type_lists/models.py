# Generated from tests/specs/constructs/type_lists.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Settings API.

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
    optional_nullable,
    required,
    union_decoder,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Setting",
    "SettingValue",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class SettingValue:
    """SettingValue

    Attributes:
        value:
        note:
    """

    value: str | int | bool
    note: str | Unset | None = UNSET

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["value"] = encode(self.value, request)
        if self.note is not UNSET:
            data["note"] = None if self.note is None else self.note
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> SettingValue:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_setting_value(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> SettingValue:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _SETTING_VALUE_FIELDS.issuperset(data):
            unknown_fields(data, _SETTING_VALUE_FIELDS, path)
        return cls(
            value=required(data, "value", path, _decode_value),
            note=optional_nullable(data, "note", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Setting:
    """Setting

    Attributes:
        key:
        value:
        note:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    key: str
    value: str | int | bool
    note: str | Unset | None = UNSET
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["key"] = self.key
        data["value"] = encode(self.value, request)
        if self.note is not UNSET:
            data["note"] = None if self.note is None else self.note
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Setting:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Setting:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            key=required(data, "key", path, decode_str),
            value=required(data, "value", path, _decode_value_2),
            note=optional_nullable(data, "note", path, decode_str),
            extra=extra_fields(data, _SETTING_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_SETTING_VALUE_FIELDS: frozenset[str] = frozenset(["value", "note"])
_decode_value = union_decoder(
    (
        (_validators.match_setting_value_value_1, decode_str),
        (_validators.match_setting_value_value_2, decode_int),
        (_validators.match_setting_value_value_3, decode_bool),
    ),
    one_of=True,
)
_decode_value_2 = union_decoder(
    (
        (_validators.match_setting_value_1, decode_str),
        (_validators.match_setting_value_2, decode_int),
        (_validators.match_setting_value_3, decode_bool),
    ),
    one_of=True,
)
_SETTING_FIELDS: frozenset[str] = frozenset(["key", "value", "note"])
