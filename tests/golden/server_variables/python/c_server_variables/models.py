# Generated from tests/specs/constructs/server_variables.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Regional API.

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
    decode_str,
    extra_fields,
    from_input,
    required,
)

__all__ = [
    "UNSET",
    "Unset",
    "Zone",
]


@dataclass(kw_only=True, slots=True)
class Zone:
    """Zone

    Attributes:
        id:
        name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    name: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["name"] = self.name
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Zone:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Zone:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            name=required(data, "name", path, decode_str),
            extra=extra_fields(data, _ZONE_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_ZONE_FIELDS: frozenset[str] = frozenset(["id", "name"])
