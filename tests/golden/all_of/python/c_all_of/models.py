# Generated from tests/specs/constructs/all_of.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the All Of API.

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
    model_from,
    object_decoder,
    optional,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "NewPet",
    "Owner",
    "Pet",
    "Resource",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class Resource:
    """Resource

    Attributes:
        id:
        created_at:
    """

    id: str
    created_at: datetime

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["created_at"] = encode(self.created_at, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Resource:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Resource:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            created_at=required(data, "created_at", path, decode_datetime),
        )


@dataclass(kw_only=True, slots=True)
class Owner:
    """Owner

    Attributes:
        name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    name: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Owner:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_owner(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Owner:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=required(data, "name", path, decode_str),
            extra=extra_fields(data, _OWNER_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Owner:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _OWNER_FIELDS.issuperset(data):
            unknown_fields(data, _OWNER_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class NewPet:
    """NewPet

    Attributes:
        name:
        tag:
        owner: Who looks after the pet.
    """

    name: str
    tag: str | None = None
    owner: Owner | None = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.owner, dict):
            self.owner = model_from(Owner, self.owner, "owner")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        if self.tag is not None:
            data["tag"] = self.tag
        if self.owner is not None:
            data["owner"] = encode(self.owner, request)
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
            owner=optional(data, "owner", path, _decode_owner_input),
        )


@dataclass(kw_only=True, slots=True)
class Pet:
    """A pet as stored.

    Attributes:
        id:
        created_at:
        name:
        tag:
        owner: Who looks after the pet.
        species:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    created_at: datetime
    name: str
    tag: str | None = None
    owner: Owner | None = None
    species: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["created_at"] = encode(self.created_at, request)
        data["name"] = self.name
        if self.tag is not None:
            data["tag"] = self.tag
        if self.owner is not None:
            data["owner"] = encode(self.owner, request)
        data["species"] = self.species
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
            id=required(data, "id", path, decode_str),
            created_at=required(data, "created_at", path, decode_datetime),
            name=required(data, "name", path, decode_str),
            tag=optional(data, "tag", path, decode_str),
            owner=optional(data, "owner", path, _decode_owner),
            species=required(data, "species", path, decode_str),
            extra=extra_fields(data, _PET_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_OWNER_FIELDS: frozenset[str] = frozenset(["name"])
_NEW_PET_FIELDS: frozenset[str] = frozenset(["name", "tag", "owner"])
_decode_owner_input = object_decoder(Owner._from_input)
_decode_owner = object_decoder(Owner._from_json)
_PET_FIELDS: frozenset[str] = frozenset(["id", "created_at", "name", "tag", "owner", "species"])
