# Generated from tests/specs/constructs/header_cookie_params.yaml by sdkgen 0.1.0. Do not edit.
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
    Preference,
    Profile,
)

_COOKIE_UNSAFE = frozenset(' ;,"\\\r\n\t')


def _text(value: object) -> str:
    """A parameter as text: JSON spelling for booleans, the value of an enum member."""
    value = encode(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _header(name: str, value: object, explode: bool, errors: list[str]) -> str:
    """A header or cookie parameter (``simple`` style); line breaks are refused."""
    value = encode(value)
    if isinstance(value, list):
        text = ",".join(_text(item) for item in value)
    elif isinstance(value, dict):
        pairs = [(str(key), _text(item)) for key, item in value.items()]
        text = ",".join(f"{k}={v}" if explode else f"{k},{v}" for k, v in pairs)
    else:
        text = _text(value)
    if "\r" in text or "\n" in text:
        errors.append(f"{name}: must not contain line breaks")
    return text


def _cookie(name: str, value: object, errors: list[str]) -> str:
    text = _header(name, value, False, errors)
    if any(char in _COOKIE_UNSAFE for char in text):
        errors.append(f"{name}: a cookie value cannot hold spaces, quotes, ';', ',' or '\\\\'")
    return f"{name}={text}"


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


def _decode_get_profile(response: httpx.Response) -> Profile:
    result: Profile = _as_profile(json_body(response), "")
    return result


def get_profile(
    credentials: Credentials,
    *,
    x_request_id: str,
    x_client_version: int | None = None,
    session_id: str,
    theme: str | None = None,
) -> PreparedRequest[Profile]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    _validators._validate_get_profile_x_request_id(encode(x_request_id), "X-Request-ID", _errors)
    _headers["X-Request-ID"] = _header("X-Request-ID", x_request_id, False, _errors)
    if x_client_version is not None:
        _validators._validate_get_profile_x_client_version(
            encode(x_client_version), "X-Client-Version", _errors
        )
        _headers["X-Client-Version"] = _header("X-Client-Version", x_client_version, False, _errors)
    _cookies = [_headers["Cookie"]] if "Cookie" in _headers else []
    _validators._validate_get_profile_session_id(encode(session_id), "session_id", _errors)
    _cookies.append(_cookie("session_id", session_id, _errors))
    if theme is not None:
        _validators._validate_get_profile_theme(encode(theme), "theme", _errors)
        _cookies.append(_cookie("theme", theme, _errors))
    if _cookies:
        _headers["Cookie"] = "; ".join(_cookies)
    if _errors:
        raise ValidationError(_errors)
    _path = "/profile"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_profile,
    )


def _decode_set_preference(response: httpx.Response) -> Preference:
    result: Preference = _as_preference(json_body(response), "")
    return result


def set_preference(
    credentials: Credentials,
    request: Preference,
    *,
    idempotency_key: str,
) -> PreparedRequest[Preference]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Preference):
        _body = request.to_dict(request=True)
        _validators.validate_set_preference_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Preference, got {type(request).__name__}")
    _headers = credentials.headers(())
    _validators._validate_set_preference_idempotency_key(
        encode(idempotency_key), "Idempotency-Key", _errors
    )
    _headers["Idempotency-Key"] = _header("Idempotency-Key", idempotency_key, False, _errors)
    if _errors:
        raise ValidationError(_errors)
    _path = "/preferences"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_set_preference,
    )


# Response decoders, built once at import rather than on every call.
_as_profile = object_decoder(Profile._from_json)
_as_preference = object_decoder(Preference._from_json)
