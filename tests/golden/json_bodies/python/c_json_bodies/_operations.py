# Generated from tests/specs/constructs/json_bodies.yaml by sdkgen 0.1.0. Do not edit.
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
    decode_int,
    encode,
    list_decoder,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    BatchResult,
    NewUser,
    Notification,
    Receipt,
    User,
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


def _decode_add_tags(response: httpx.Response) -> BatchResult:
    result: BatchResult = _as_batch_result(json_body(response), "")
    return result


def add_tags(
    credentials: Credentials,
    request: list[str],
) -> PreparedRequest[BatchResult]:
    _errors: list[str] = []
    _body: object = None
    _body = encode(request, True)
    _validators.validate_add_tags_body(_body, "request", _errors)
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/tags"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_add_tags,
    )


def _decode_increment_counter(response: httpx.Response) -> int:
    result: int = decode_int(json_body(response), "")
    return result


def increment_counter(
    credentials: Credentials,
    counter_id: str,
    request: int,
) -> PreparedRequest[int]:
    _errors: list[str] = []
    _validators._validate_increment_counter_counter_id(encode(counter_id), "counter_id", _errors)
    if counter_id == "" and not any(e.startswith("counter_id:") for e in _errors):
        _errors.append("counter_id: must not be empty")
    _body: object = None
    _body = encode(request, True)
    _validators.validate_increment_counter_body(_body, "request", _errors)
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/counters/" + _path_segment(counter_id) + "/increment"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_increment_counter,
    )


def _decode_send_notification(response: httpx.Response) -> Receipt:
    result: Receipt = _as_receipt(json_body(response), "")
    return result


def send_notification(
    credentials: Credentials,
    request: Notification,
) -> PreparedRequest[Receipt]:
    _errors: list[str] = []
    _body: object = None
    _body = encode(request, True)
    _validators.validate_send_notification_body(_body, "request", _errors)
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/notifications"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_send_notification,
    )


def _decode_create_users(response: httpx.Response) -> list[User]:
    result: list[User] = _as_list_user(json_body(response), "")
    return result


def create_users(
    credentials: Credentials,
    request: list[NewUser],
) -> PreparedRequest[list[User]]:
    _errors: list[str] = []
    _body: object = None
    _body = encode(request, True)
    _validators.validate_create_users_body(_body, "request", _errors)
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/users/batch"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_users,
    )


# Response decoders, built once at import rather than on every call.
_as_batch_result = object_decoder(BatchResult._from_json)
_as_receipt = object_decoder(Receipt._from_json)
_as_list_user = list_decoder(object_decoder(User._from_json))
