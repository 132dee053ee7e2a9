# Generated from tests/specs/constructs/read_write_only.yaml by sdkgen 0.1.0. Do not edit.
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
    Account,
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


def _decode_create_account(response: httpx.Response) -> Account:
    result: Account = _as_account(json_body(response), "")
    return result


def create_account(
    credentials: Credentials,
    request: Account,
) -> PreparedRequest[Account]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Account):
        request._check_times("", _errors)
        _body = request.to_dict(request=True)
        _validators.validate_create_account_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Account, got {type(request).__name__}")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/accounts"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_account,
    )


def _decode_get_account(response: httpx.Response) -> Account:
    result: Account = _as_account(json_body(response), "")
    return result


def get_account(
    credentials: Credentials,
    account_id: str,
) -> PreparedRequest[Account]:
    _errors: list[str] = []
    _validators._validate_get_account_account_id(encode(account_id), "account_id", _errors)
    if account_id == "" and not any(e.startswith("account_id:") for e in _errors):
        _errors.append("account_id: must not be empty")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/accounts/" + _path_segment(account_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_account,
    )


def _decode_replace_account(response: httpx.Response) -> Account:
    result: Account = _as_account(json_body(response), "")
    return result


def replace_account(
    credentials: Credentials,
    account_id: str,
    request: Account,
) -> PreparedRequest[Account]:
    _errors: list[str] = []
    _validators._validate_get_account_account_id(encode(account_id), "account_id", _errors)
    if account_id == "" and not any(e.startswith("account_id:") for e in _errors):
        _errors.append("account_id: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, Account):
        request._check_times("", _errors)
        _body = request.to_dict(request=True)
        _validators.validate_replace_account_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Account, got {type(request).__name__}")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/accounts/" + _path_segment(account_id)
    return PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_replace_account,
    )


# Response decoders, built once at import rather than on every call.
_as_account = object_decoder(Account._from_json)
