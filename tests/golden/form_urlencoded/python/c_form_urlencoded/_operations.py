# Generated from tests/specs/constructs/form_urlencoded.yaml by sdkgen 0.1.0. Do not edit.
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
    CreateTokenRequest,
    Subscription,
    SubscriptionForm,
    Token,
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


def _decode_create_token(response: httpx.Response) -> Token:
    result: Token = _as_token(json_body(response), "")
    return result


def create_token(
    credentials: Credentials,
    request: CreateTokenRequest,
) -> PreparedRequest[Token]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, CreateTokenRequest):
        _body = request.to_dict(request=True)
        _validators.validate_create_token_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected CreateTokenRequest, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/oauth/token"
    return PreparedRequest(
        method="POST",
        path=_path,
        data=_form(_body) if _body is not None else None,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_token,
    )


def _decode_subscribe(response: httpx.Response) -> Subscription:
    result: Subscription = _as_subscription(json_body(response), "")
    return result


def subscribe(
    credentials: Credentials,
    request: SubscriptionForm,
) -> PreparedRequest[Subscription]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, SubscriptionForm):
        _body = request.to_dict(request=True)
        _validators.validate_subscribe_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected SubscriptionForm, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/subscriptions"
    return PreparedRequest(
        method="POST",
        path=_path,
        data=_form(_body) if _body is not None else None,
        idempotent=False,
        headers=_headers,
        decode=_decode_subscribe,
    )


# Response decoders, built once at import rather than on every call.
_as_token = object_decoder(Token._from_json)
_as_subscription = object_decoder(Subscription._from_json)
