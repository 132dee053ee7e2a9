# Generated from tests/specs/constructs/security_query_key.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Events API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from . import _validators
from ._serde import (
    UNSET,
    Unset,
    check_time,
    decode_date,
    decode_datetime,
    decode_str,
    dict_decoder,
    encode,
    extra_fields,
    from_input,
    join_path,
    list_decoder,
    model_from,
    object_decoder,
    optional,
    optional_nullable,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "CreateReminderRequest",
    "Event",
    "NewEvent",
    "Slot",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class Slot:
    """Slot

    Attributes:
        starts_at:
        ends_at:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    starts_at: datetime
    ends_at: datetime | Unset | None = UNSET
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["starts_at"] = encode(self.starts_at, request)
        if self.ends_at is not UNSET:
            data["ends_at"] = None if self.ends_at is None else encode(self.ends_at, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Slot:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_slot(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Slot:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            starts_at=required(data, "starts_at", path, decode_datetime),
            ends_at=optional_nullable(data, "ends_at", path, decode_datetime),
            extra=extra_fields(data, _SLOT_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Slot:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _SLOT_FIELDS.issuperset(data):
            unknown_fields(data, _SLOT_FIELDS, path)
        return cls(
            starts_at=required(data, "starts_at", path, decode_datetime),
            ends_at=optional_nullable(data, "ends_at", path, decode_datetime),
        )

    def _check_times(self, path: str, errors: list[str]) -> None:
        """Append to ``errors`` what is wrong with the dates and times this model sends."""
        check_time(self.starts_at, join_path(path, "starts_at"), True, errors)
        if self.ends_at is not None:
            check_time(self.ends_at, join_path(path, "ends_at"), True, errors)


@dataclass(kw_only=True, slots=True)
class NewEvent:
    """NewEvent

    Attributes:
        title:
        slot:
        reminders:
        deadlines:
        on:
    """

    title: str
    slot: Slot
    reminders: list[datetime] | None = None
    deadlines: dict[str, datetime] | None = None
    on: date | None = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.slot, dict):
            self.slot = model_from(Slot, self.slot, "slot")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["title"] = self.title
        data["slot"] = encode(self.slot, request)
        if self.reminders is not None:
            data["reminders"] = encode(self.reminders, request)
        if self.deadlines is not None:
            data["deadlines"] = encode(self.deadlines, request)
        if self.on is not None:
            data["on"] = encode(self.on, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewEvent:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_event(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewEvent:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_EVENT_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_EVENT_FIELDS, path)
        return cls(
            title=required(data, "title", path, decode_str),
            slot=required(data, "slot", path, _decode_slot_input),
            reminders=optional(data, "reminders", path, _decode_list),
            deadlines=optional(data, "deadlines", path, _decode_dict),
            on=optional(data, "on", path, decode_date),
        )

    def _check_times(self, path: str, errors: list[str]) -> None:
        """Append to ``errors`` what is wrong with the dates and times this model sends."""
        if isinstance(self.slot, Slot):
            self.slot._check_times(join_path(path, "slot"), errors)
        if isinstance(self.reminders, (list, tuple)):
            for index_1, item_1 in enumerate(self.reminders):
                check_time(item_1, join_path(path, "reminders") + f"[{index_1}]", True, errors)
        if isinstance(self.deadlines, dict):
            for key_2, item_2 in self.deadlines.items():
                check_time(item_2, join_path(join_path(path, "deadlines"), key_2), True, errors)
        check_time(self.on, join_path(path, "on"), False, errors)


@dataclass(kw_only=True, slots=True)
class Event:
    """Event

    Attributes:
        id:
        title:
        slot:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    title: str
    slot: Slot
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["title"] = self.title
        data["slot"] = encode(self.slot, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Event:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Event:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            title=required(data, "title", path, decode_str),
            slot=required(data, "slot", path, _decode_slot),
            extra=extra_fields(data, _EVENT_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class CreateReminderRequest:
    """CreateReminderRequest

    Attributes:
        remind_at:
        note:
    """

    remind_at: datetime
    note: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["remind_at"] = encode(self.remind_at, request)
        if self.note is not None:
            data["note"] = self.note
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> CreateReminderRequest:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_create_reminder_request(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> CreateReminderRequest:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _CREATE_REMINDER_REQUEST_FIELDS.issuperset(data):
            unknown_fields(data, _CREATE_REMINDER_REQUEST_FIELDS, path)
        return cls(
            remind_at=required(data, "remind_at", path, decode_datetime),
            note=optional(data, "note", path, decode_str),
        )

    def _check_times(self, path: str, errors: list[str]) -> None:
        """Append to ``errors`` what is wrong with the dates and times this model sends."""
        check_time(self.remind_at, join_path(path, "remind_at"), True, errors)


# Decoders and field sets of the models above, built once at import rather than on every call.
_SLOT_FIELDS: frozenset[str] = frozenset(["starts_at", "ends_at"])
_NEW_EVENT_FIELDS: frozenset[str] = frozenset(["title", "slot", "reminders", "deadlines", "on"])
_decode_slot_input = object_decoder(Slot._from_input)
_decode_list = list_decoder(decode_datetime)
_decode_dict = dict_decoder(decode_datetime)
_decode_slot = object_decoder(Slot._from_json)
_EVENT_FIELDS: frozenset[str] = frozenset(["id", "title", "slot"])
_CREATE_REMINDER_REQUEST_FIELDS: frozenset[str] = frozenset(["remind_at", "note"])
