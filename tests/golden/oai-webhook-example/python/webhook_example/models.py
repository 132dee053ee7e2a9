# Generated from tests/specs/public/oai-webhook-example.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Webhook Example.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ._serde import (
    UNSET,
    Unset,
    decode_int,
    decode_str,
    from_input,
    optional,
    required,
)

__all__ = [
    "UNSET",
    "Pet",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class Pet:
    """Pet

    Attributes:
        id:
        name:
        tag:
    """

    id: int
    name: str
    tag: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["name"] = self.name
        if self.tag is not None:
            data["tag"] = self.tag
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
            id=required(data, "id", path, decode_int),
            name=required(data, "name", path, decode_str),
            tag=optional(data, "tag", path, decode_str),
        )
