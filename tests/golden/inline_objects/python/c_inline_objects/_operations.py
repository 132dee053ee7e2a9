# Generated from tests/specs/constructs/inline_objects.yaml by sdkgen 0.1.0. Do not edit.
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
    Recording,
    StartRecordingRequest,
    StartRecordingResponse,
    UpdateRecordingRequest,
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


def _decode_start_recording(response: httpx.Response) -> StartRecordingResponse:
    result: StartRecordingResponse = _as_start_recording_response(json_body(response), "")
    return result


def start_recording(
    credentials: Credentials,
    request: StartRecordingRequest,
) -> PreparedRequest[StartRecordingResponse]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, StartRecordingRequest):
        _body = request.to_dict(request=True)
        _validators.validate_start_recording_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected StartRecordingRequest, got {type(request).__name__}")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/recordings"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_start_recording,
    )


def _decode_update_recording(response: httpx.Response) -> Recording:
    result: Recording = _as_recording(json_body(response), "")
    return result


def update_recording(
    credentials: Credentials,
    recording_id: str,
    request: UpdateRecordingRequest,
) -> PreparedRequest[Recording]:
    _errors: list[str] = []
    _validators._validate_update_recording_recording_id(
        encode(recording_id), "recording_id", _errors
    )
    if recording_id == "" and not any(e.startswith("recording_id:") for e in _errors):
        _errors.append("recording_id: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, UpdateRecordingRequest):
        _body = request.to_dict(request=True)
        _validators.validate_update_recording_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected UpdateRecordingRequest, got {type(request).__name__}")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/recordings/" + _path_segment(recording_id)
    return PreparedRequest(
        method="PATCH",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_update_recording,
    )


# Response decoders, built once at import rather than on every call.
_as_start_recording_response = object_decoder(StartRecordingResponse._from_json)
_as_recording = object_decoder(Recording._from_json)
