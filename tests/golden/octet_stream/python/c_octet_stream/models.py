# Generated from tests/specs/constructs/octet_stream.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Blobs API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ._serde import (
    UNSET,
    Unset,
    decode_int,
    decode_str,
    extra_fields,
    from_input,
    required,
)

__all__ = [
    "UNSET",
    "BlobInfo",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class BlobInfo:
    """BlobInfo

    Attributes:
        key:
        size:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    key: str
    size: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["key"] = self.key
        data["size"] = self.size
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> BlobInfo:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> BlobInfo:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            key=required(data, "key", path, decode_str),
            size=required(data, "size", path, decode_int),
            extra=extra_fields(data, _BLOB_INFO_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_BLOB_INFO_FIELDS: frozenset[str] = frozenset(["key", "size"])
