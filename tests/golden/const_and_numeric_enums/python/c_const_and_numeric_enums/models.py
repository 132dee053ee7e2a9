# Generated from tests/specs/constructs/const_and_numeric_enums.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Tasks API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from . import _validators
from ._serde import (
    UNSET,
    OpenFloatEnum,
    OpenIntEnum,
    Unset,
    const_decoder,
    decode_int,
    decode_str,
    dict_decoder,
    encode,
    extra_fields,
    float_enum_decoder,
    from_input,
    int_enum_decoder,
    list_decoder,
    optional,
    required,
    strict_enum_decoder,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "NewTask",
    "Priority",
    "Scale",
    "Task",
    "Unset",
]


class Priority(OpenIntEnum):
    """1 is low, 3 is high."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3


class Scale(OpenFloatEnum):
    """Effort multiplier."""

    VALUE_0_POINT_5 = 0.5
    VALUE_1_POINT_0 = 1.0
    VALUE_1_POINT_5 = 1.5


@dataclass(kw_only=True, slots=True)
class NewTask:
    """NewTask

    Attributes:
        kind:
        title:
        priority: 1 is low, 3 is high.
        scale: Effort multiplier.
    """

    kind: Literal["task"] = "task"
    title: str
    priority: Priority | Literal[1, 2, 3]
    scale: Scale | float | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["kind"] = self.kind
        data["title"] = self.title
        data["priority"] = encode(self.priority, request)
        if self.scale is not None:
            data["scale"] = encode(self.scale, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewTask:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_task(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewTask:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_TASK_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_TASK_FIELDS, path)
        return cls(
            kind=required(data, "kind", path, _decode_const_task),
            title=required(data, "title", path, decode_str),
            priority=required(data, "priority", path, _decode_strict_priority),
            scale=optional(data, "scale", path, _decode_strict_scale),
        )


@dataclass(kw_only=True, slots=True)
class Task:
    """Task

    Attributes:
        id:
        kind:
        schema_version:
        title:
        flags:
        weights:
        priority: 1 is low, 3 is high.
        scale: Effort multiplier.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: int
    kind: Literal["task"] = "task"
    schema_version: Literal[2] = 2
    title: str
    flags: list[Literal["starred"]] | None = None
    weights: dict[str, Literal[1]] | None = None
    priority: Priority
    scale: Scale | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["kind"] = self.kind
        data["schema_version"] = self.schema_version
        data["title"] = self.title
        if self.flags is not None:
            data["flags"] = encode(self.flags, request)
        if self.weights is not None:
            data["weights"] = encode(self.weights, request)
        data["priority"] = encode(self.priority, request)
        if self.scale is not None:
            data["scale"] = encode(self.scale, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Task:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Task:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_int),
            kind=required(data, "kind", path, _decode_const_task),
            schema_version=required(data, "schema_version", path, _decode_const_2),
            title=required(data, "title", path, decode_str),
            flags=optional(data, "flags", path, _decode_list_const_starred),
            weights=optional(data, "weights", path, _decode_dict_const_1),
            priority=required(data, "priority", path, _decode_priority),
            scale=optional(data, "scale", path, _decode_scale),
            extra=extra_fields(data, _TASK_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_NEW_TASK_FIELDS: frozenset[str] = frozenset(["kind", "title", "priority", "scale"])
_decode_const_task: Callable[[object, str], Literal["task"]] = const_decoder("task")
_decode_strict_priority = strict_enum_decoder(Priority)
_decode_strict_scale = strict_enum_decoder(Scale)
_decode_const_2: Callable[[object, str], Literal[2]] = const_decoder(2)
_decode_list_const_starred: Callable[[object, str], list[Literal["starred"]]] = list_decoder(
    const_decoder("starred")
)
_decode_dict_const_1: Callable[[object, str], dict[str, Literal[1]]] = dict_decoder(
    const_decoder(1)
)
_decode_priority = int_enum_decoder(Priority)
_decode_scale = float_enum_decoder(Scale)
_TASK_FIELDS: frozenset[str] = frozenset(
    ["id", "kind", "schema_version", "title", "flags", "weights", "priority", "scale"]
)
