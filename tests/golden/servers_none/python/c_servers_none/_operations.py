# Generated from tests/specs/constructs/servers_none.yaml by sdkgen 0.1.0. Do not edit.
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
    list_decoder,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    NewNote,
    Note,
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


def _decode_list_notes(response: httpx.Response) -> list[Note]:
    result: list[Note] = _as_list_note(json_body(response), "")
    return result


def list_notes(
    credentials: Credentials,
) -> PreparedRequest[list[Note]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/notes"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_notes,
    )


def _decode_create_note(response: httpx.Response) -> Note:
    result: Note = _as_note(json_body(response), "")
    return result


def create_note(
    credentials: Credentials,
    request: NewNote,
) -> PreparedRequest[Note]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, NewNote):
        _body = request.to_dict(request=True)
        _validators.validate_create_note_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewNote, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/notes"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_note,
    )


# Response decoders, built once at import rather than on every call.
_as_list_note = list_decoder(object_decoder(Note._from_json))
_as_note = object_decoder(Note._from_json)
