# Generated from tests/specs/constructs/path_level_params.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Projects API.

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
    OpenStrEnum,
    Unset,
    decode_str,
    encode,
    enum_decoder,
    extra_fields,
    from_input,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Member",
    "Role",
    "Unset",
]


class Role(OpenStrEnum):
    """Role"""

    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


@dataclass(kw_only=True, slots=True)
class Member:
    """Member

    Attributes:
        user_id:
        role:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    user_id: str
    role: Role
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["user_id"] = self.user_id
        data["role"] = encode(self.role, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Member:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_member(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Member:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            user_id=required(data, "user_id", path, decode_str),
            role=required(data, "role", path, _decode_role),
            extra=extra_fields(data, _MEMBER_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Member:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _MEMBER_FIELDS.issuperset(data):
            unknown_fields(data, _MEMBER_FIELDS, path)
        return cls(
            user_id=required(data, "user_id", path, decode_str),
            role=required(data, "role", path, _decode_role),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_decode_role = enum_decoder(Role)
_MEMBER_FIELDS: frozenset[str] = frozenset(["user_id", "role"])
