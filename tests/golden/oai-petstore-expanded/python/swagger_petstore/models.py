# Generated from tests/specs/public/oai-petstore-expanded.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Swagger Petstore.

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
    optional,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Error",
    "NewPet",
    "Pet",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class Pet:
    """Pet

    Attributes:
        name:
        tag:
        id:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    name: str
    tag: str | None = None
    id: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        if self.tag is not None:
            data["tag"] = self.tag
        data["id"] = self.id
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Pet:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Pet:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=required(data, "name", path, decode_str),
            tag=optional(data, "tag", path, decode_str),
            id=required(data, "id", path, decode_int),
            extra=extra_fields(data, _PET_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class NewPet:
    """NewPet

    Attributes:
        name:
        tag:
    """

    name: str
    tag: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        if self.tag is not None:
            data["tag"] = self.tag
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewPet:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_pet(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewPet:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_PET_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_PET_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
            tag=optional(data, "tag", path, decode_str),
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
_PET_FIELDS: frozenset[str] = frozenset(["name", "tag", "id"])
_NEW_PET_FIELDS: frozenset[str] = frozenset(["name", "tag"])
_ERROR_FIELDS: frozenset[str] = frozenset(["code", "message"])
