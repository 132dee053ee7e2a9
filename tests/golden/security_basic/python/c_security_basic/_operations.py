# Generated from tests/specs/constructs/security_basic.yaml by sdkgen 0.1.0. Do not edit.
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
from ._transport import Decoder, PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    Error,
    Message,
    NewMessage,
)


def _text(value: object) -> str:
    """A parameter as text: JSON spelling for booleans, the value of an enum member."""
    value = encode(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _form(body: dict[str, object]) -> dict[str, str | list[str]]:
    """An urlencoded form: one field per property, lists repeated."""
    return {
        key: [_text(item) for item in value] if isinstance(value, list) else _text(value)
        for key, value in body.items()
    }


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


def _decode_list_messages(response: httpx.Response) -> list[Message]:
    result: list[Message] = _as_list_message(json_body(response), "")
    return result


def list_messages(
    credentials: Credentials,
    account_sid: str,
) -> PreparedRequest[list[Message]]:
    _errors: list[str] = []
    _validators._validate_list_messages_account_sid(encode(account_sid), "account_sid", _errors)
    if account_sid == "" and not any(e.startswith("account_sid:") for e in _errors):
        _errors.append("account_sid: must not be empty")
    _headers = credentials.headers((("account_sid", "auth_token"), ("username", "password")))
    if _errors:
        raise ValidationError(_errors)
    _path = "/Accounts/" + _path_segment(account_sid) + "/Messages"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_messages,
    )


def _decode_create_message(response: httpx.Response) -> Message:
    result: Message = _as_message(json_body(response), "")
    return result


def create_message(
    credentials: Credentials,
    account_sid: str,
    request: NewMessage,
) -> PreparedRequest[Message]:
    _errors: list[str] = []
    _validators._validate_list_messages_account_sid(encode(account_sid), "account_sid", _errors)
    if account_sid == "" and not any(e.startswith("account_sid:") for e in _errors):
        _errors.append("account_sid: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, NewMessage):
        _body = request.to_dict(request=True)
        _validators.validate_create_message_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewMessage, got {type(request).__name__}")
    _headers = credentials.headers((("account_sid", "auth_token"),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/Accounts/" + _path_segment(account_sid) + "/Messages"
    return PreparedRequest(
        method="POST",
        path=_path,
        data=_form(_body) if _body is not None else None,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_message,
        errors=_CREATE_MESSAGE_ERRORS,
    )


# Response decoders, built once at import rather than on every call.
_as_list_message = list_decoder(object_decoder(Message._from_json))
_as_message = object_decoder(Message._from_json)


_CREATE_MESSAGE_ERRORS: dict[str, Decoder] = {
    "401": object_decoder(Error._from_json),
}
