# Generated from tests/specs/constructs/envelope.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Meetings API.

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
    decode_bool,
    decode_int,
    decode_str,
    encode,
    extra_fields,
    from_input,
    list_decoder,
    object_decoder,
    optional,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "ListParticipantsResponse",
    "Meeting",
    "MeetingEnvelope",
    "MeetingListEnvelope",
    "NewMeeting",
    "Paging",
    "Participant",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class NewMeeting:
    """NewMeeting

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
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> NewMeeting:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_new_meeting(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> NewMeeting:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NEW_MEETING_FIELDS.issuperset(data):
            unknown_fields(data, _NEW_MEETING_FIELDS, path)
        return cls(
            title=required(data, "title", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Meeting:
    """Meeting

    Attributes:
        id:
        title:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
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
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Meeting:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Meeting:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            title=required(data, "title", path, decode_str),
            extra=extra_fields(data, _MEETING_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Participant:
    """Participant

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
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Participant:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Participant:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=required(data, "name", path, decode_str),
            extra=extra_fields(data, _PARTICIPANT_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Paging:
    """Paging

    Attributes:
        total:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    total: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["total"] = self.total
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Paging:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Paging:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            total=required(data, "total", path, decode_int),
            extra=extra_fields(data, _PAGING_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class MeetingEnvelope:
    """MeetingEnvelope

    Attributes:
        success:
        data:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    success: bool
    data: Meeting
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["success"] = self.success
        data["data"] = encode(self.data, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> MeetingEnvelope:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> MeetingEnvelope:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            success=required(data, "success", path, decode_bool),
            data=required(data, "data", path, _decode_meeting),
            extra=extra_fields(data, _MEETING_ENVELOPE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class MeetingListEnvelope:
    """MeetingListEnvelope

    Attributes:
        success:
        data:
        paging:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    success: bool
    data: list[Meeting]
    paging: Paging | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["success"] = self.success
        data["data"] = encode(self.data, request)
        if self.paging is not None:
            data["paging"] = encode(self.paging, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> MeetingListEnvelope:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> MeetingListEnvelope:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            success=required(data, "success", path, decode_bool),
            data=required(data, "data", path, _decode_list_meeting),
            paging=optional(data, "paging", path, _decode_paging),
            extra=extra_fields(data, _MEETING_LIST_ENVELOPE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class ListParticipantsResponse:
    """ListParticipantsResponse

    Attributes:
        success:
        participants:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    success: bool
    participants: list[Participant]
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["success"] = self.success
        data["participants"] = encode(self.participants, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ListParticipantsResponse:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> ListParticipantsResponse:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            success=required(data, "success", path, decode_bool),
            participants=required(data, "participants", path, _decode_list_participant),
            extra=extra_fields(data, _LIST_PARTICIPANTS_RESPONSE_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_NEW_MEETING_FIELDS: frozenset[str] = frozenset(["title"])
_MEETING_FIELDS: frozenset[str] = frozenset(["id", "title"])
_PARTICIPANT_FIELDS: frozenset[str] = frozenset(["name"])
_PAGING_FIELDS: frozenset[str] = frozenset(["total"])
_decode_meeting = object_decoder(Meeting._from_json)
_MEETING_ENVELOPE_FIELDS: frozenset[str] = frozenset(["success", "data"])
_decode_list_meeting = list_decoder(object_decoder(Meeting._from_json))
_decode_paging = object_decoder(Paging._from_json)
_MEETING_LIST_ENVELOPE_FIELDS: frozenset[str] = frozenset(["success", "data", "paging"])
_decode_list_participant = list_decoder(object_decoder(Participant._from_json))
_LIST_PARTICIPANTS_RESPONSE_FIELDS: frozenset[str] = frozenset(["success", "participants"])
