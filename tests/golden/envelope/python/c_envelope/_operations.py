# Generated from tests/specs/constructs/envelope.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

import re as _re
from urllib.parse import quote

import httpx

from . import _validators
from ._auth import Credentials
from ._serde import (
    encode,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    ListParticipantsResponse,
    Meeting,
    MeetingEnvelope,
    MeetingListEnvelope,
    NewMeeting,
    Participant,
)


def _text(value: object) -> str:
    """A parameter as text: JSON spelling for booleans, the value of an enum member."""
    value = encode(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# RFC 3986 unreserved characters, without the dots that make "." and ".." segments.
_UNRESERVED = _re.compile(r"[A-Za-z0-9_~-]+")


def _path_segment(value: object) -> str:
    """Percent-encode a path parameter so that no value (``/``, ``?``, ``..``) changes the route."""
    text = _text(value)
    if _UNRESERVED.fullmatch(text):  # nothing to encode: the common case, without quote()
        return text
    encoded = quote(text, safe="")
    # "." and ".." are dot-segments that URL normalization would resolve away.
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def _decode_list_meetings(response: httpx.Response) -> list[Meeting]:
    result: list[Meeting] = _as_meeting_list_envelope(json_body(response), "").data
    return result


def list_meetings(
    credentials: Credentials,
) -> PreparedRequest[list[Meeting]]:
    _errors: list[str] = []
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/meetings"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_meetings,
    )


def _decode_create_meeting(response: httpx.Response) -> Meeting:
    result: Meeting = _as_meeting_envelope(json_body(response), "").data
    return result


def create_meeting(
    credentials: Credentials,
    request: NewMeeting,
) -> PreparedRequest[Meeting]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, NewMeeting):
        _body = request.to_dict(request=True)
        _validators.validate_create_meeting_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewMeeting, got {type(request).__name__}")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/meetings"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_meeting,
    )


def _decode_get_meeting_envelope(response: httpx.Response) -> MeetingEnvelope:
    result: MeetingEnvelope = _as_meeting_envelope(json_body(response), "")
    return result


def get_meeting_envelope(
    credentials: Credentials,
    meeting_id: str,
) -> PreparedRequest[MeetingEnvelope]:
    _errors: list[str] = []
    _validators._validate_get_meeting_envelope_meeting_id(encode(meeting_id), "meeting_id", _errors)
    if meeting_id == "" and not any(e.startswith("meeting_id:") for e in _errors):
        _errors.append("meeting_id: must not be empty")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/meetings/" + _path_segment(meeting_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_meeting_envelope,
    )


def _decode_list_participants(response: httpx.Response) -> list[Participant]:
    result: list[Participant] = _as_list_participants_response(json_body(response), "").participants
    return result


def list_participants(
    credentials: Credentials,
    meeting_id: str,
) -> PreparedRequest[list[Participant]]:
    _errors: list[str] = []
    _validators._validate_get_meeting_envelope_meeting_id(encode(meeting_id), "meeting_id", _errors)
    if meeting_id == "" and not any(e.startswith("meeting_id:") for e in _errors):
        _errors.append("meeting_id: must not be empty")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/meetings/" + _path_segment(meeting_id) + "/participants"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_participants,
    )


# Response decoders, built once at import rather than on every call.
_as_meeting_list_envelope = object_decoder(MeetingListEnvelope._from_json)
_as_meeting_envelope = object_decoder(MeetingEnvelope._from_json)
_as_list_participants_response = object_decoder(ListParticipantsResponse._from_json)
