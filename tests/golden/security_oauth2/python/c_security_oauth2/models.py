# Generated from tests/specs/constructs/security_oauth2.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Reports API.

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
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "NewReport",
    "Report",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class NewReport:
    """NewReport

    Attributes:
        title:
    """

    title: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["title"] = self.title
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewReport:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_report(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewReport:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_REPORT_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_REPORT_FIELDS, path)
        return cls(
            title=required(data, "title", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Report:
    """Report

    Attributes:
        id:
        title:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int
    title: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["title"] = self.title
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Report:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Report:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_int),
            title=required(data, "title", path, decode_str),
            extra=extra_fields(data, _REPORT_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_NEW_REPORT_FIELDS: frozenset[str] = frozenset(["title"])
_REPORT_FIELDS: frozenset[str] = frozenset(["id", "title"])
