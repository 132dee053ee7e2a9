# Generated from tests/specs/constructs/recursive_types.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Recursive Types API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeAlias

from . import _validators
from ._serde import (
    UNSET,
    OpenStrEnum,
    Unset,
    decode_str,
    dict_decoder,
    encode,
    enum_decoder,
    extra_fields,
    from_input,
    list_decoder,
    optional,
    required,
    union_decoder,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Forest",
    "Json",
    "Mark",
    "Outline",
    "Status",
    "Tree",
    "Unset",
]


class Status(OpenStrEnum):
    """Status"""

    TODO = "todo"
    DONE = "done"


@dataclass(kw_only=True, slots=True)
class Outline:
    """Outline

    Attributes:
        title:
        sections: A tree whose every node maps names to subtrees.
        marks:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    title: str
    sections: Tree | None = None
    marks: dict[str, list[Mark]] | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["title"] = self.title
        if self.sections is not None:
            data["sections"] = encode(self.sections, request)
        if self.marks is not None:
            data["marks"] = encode(self.marks, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Outline:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_outline(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Outline:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            title=required(data, "title", path, decode_str),
            sections=optional(data, "sections", path, _read_tree),
            marks=optional(data, "marks", path, _decode_dict_list),
            extra=extra_fields(data, _OUTLINE_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Outline:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _OUTLINE_FIELDS.issuperset(data):
            unknown_fields(data, _OUTLINE_FIELDS, path)
        return cls(
            title=required(data, "title", path, decode_str),
            sections=optional(data, "sections", path, _read_tree),
            marks=optional(data, "marks", path, _decode_dict_list_2),
        )


Tree: TypeAlias = dict[str, "Tree"]

"""A tree whose every node maps names to subtrees."""


Json: TypeAlias = str | float | list["Json"] | dict[str, "Json"] | None

"""Any JSON value."""


Forest: TypeAlias = list["dict[str, Forest]"]


Mark: TypeAlias = Status | dict[str, "list[Mark]"]


def _read_tree(value: object, path: str) -> Tree:
    result: Tree = _decode_dict(value, path)
    return result


def _read_mark(value: object, path: str) -> Mark:
    result: Mark = _decode_status_dict_list(value, path)
    return result


def _read_mark_input(value: object, path: str) -> Mark:
    result: Mark = _decode_status_dict_list_2(value, path)
    return result


# Decoders and field sets of the models above, built once at import rather than on every call.
_decode_dict_list = dict_decoder(list_decoder(_read_mark))
_OUTLINE_FIELDS: frozenset[str] = frozenset(["title", "sections", "marks"])
_decode_dict_list_2 = dict_decoder(list_decoder(_read_mark_input))
_decode_dict = dict_decoder(_read_tree)
_decode_status_dict_list = union_decoder(
    (
        (_validators.match_mark_1, enum_decoder(Status)),
        (_validators.match_mark_2, dict_decoder(list_decoder(_read_mark))),
    ),
    one_of=False,
)
_decode_status_dict_list_2 = union_decoder(
    (
        (_validators.match_mark_1, enum_decoder(Status)),
        (_validators.match_mark_2, dict_decoder(list_decoder(_read_mark_input))),
    ),
    one_of=False,
)
