# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Droplets.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from . import _validators
from ._serde import (
    UNSET,
    OpenStrEnum,
    Unset,
    decode_int,
    decode_str,
    encode,
    enum_decoder,
    extra_fields,
    from_input,
    list_decoder,
    object_decoder,
    optional,
    required,
    strict_enum_decoder,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Droplet",
    "DropletCreate",
    "Region",
    "Size",
    "Snapshot",
    "Unset",
]


class Size(OpenStrEnum):
    """Size"""

    S_1VCPU_1GB = "s-1vcpu-1gb"
    S_2VCPU_2GB = "s-2vcpu-2gb"


@dataclass(kw_only=True, slots=True)
class Droplet:
    """A virtual machine.

    Attributes:
        id:
        name:
        size:
        region:
        snapshots:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int
    name: str
    size: Size | None = None
    region: Region
    snapshots: list[Snapshot] | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["name"] = self.name
        if self.size is not None:
            data["size"] = encode(self.size, request)
        data["region"] = encode(self.region, request)
        if self.snapshots is not None:
            data["snapshots"] = encode(self.snapshots, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Droplet:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Droplet:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_int),
            name=required(data, "name", path, decode_str),
            size=optional(data, "size", path, _decode_size),
            region=required(data, "region", path, _decode_region),
            snapshots=optional(data, "snapshots", path, _decode_list_snapshot),
            extra=extra_fields(data, _DROPLET_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class DropletCreate:
    """DropletCreate

    Attributes:
        name:
        region: The region's slug.
        size:
    """

    name: str
    region: str
    size: Size | Literal["s-1vcpu-1gb", "s-2vcpu-2gb"] | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        data["region"] = self.region
        if self.size is not None:
            data["size"] = encode(self.size, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> DropletCreate:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_droplet_create(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> DropletCreate:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _DROPLET_CREATE_FIELDS.issuperset(data):
            unknown_fields(data, _DROPLET_CREATE_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
            region=required(data, "region", path, decode_str),
            size=optional(data, "size", path, _decode_strict_size),
        )


@dataclass(kw_only=True, slots=True)
class Region:
    """Region

    Attributes:
        slug:
        name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    slug: str
    name: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["slug"] = self.slug
        if self.name is not None:
            data["name"] = self.name
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Region:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Region:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            slug=required(data, "slug", path, decode_str),
            name=optional(data, "name", path, decode_str),
            extra=extra_fields(data, _REGION_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Snapshot:
    """Snapshot

    Attributes:
        id:
        droplet: A virtual machine.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    droplet: Droplet | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        if self.droplet is not None:
            data["droplet"] = encode(self.droplet, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Snapshot:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Snapshot:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            droplet=optional(data, "droplet", path, _decode_droplet),
            extra=extra_fields(data, _SNAPSHOT_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_decode_size = enum_decoder(Size)
_decode_region = object_decoder(Region._from_json)
_decode_list_snapshot = list_decoder(object_decoder(Snapshot._from_json))
_DROPLET_FIELDS: frozenset[str] = frozenset(["id", "name", "size", "region", "snapshots"])
_DROPLET_CREATE_FIELDS: frozenset[str] = frozenset(["name", "region", "size"])
_decode_strict_size = strict_enum_decoder(Size)
_REGION_FIELDS: frozenset[str] = frozenset(["slug", "name"])
_decode_droplet = object_decoder(Droplet._from_json)
_SNAPSHOT_FIELDS: frozenset[str] = frozenset(["id", "droplet"])
