# Generated from tests/specs/constructs/type_lists.yaml by sdkgen 0.1.0. Do not edit.
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
    Setting,
    SettingValue,
)


def _text(value: object) -> str:
    """A parameter as text: JSON spelling for booleans, the value of an enum member."""
    value = encode(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _query(name: str, value: object, style: str, explode: bool) -> list[tuple[str, str]]:
    """A query parameter as ``(name, text)`` pairs, per its ``style`` and ``explode``."""
    value = encode(value)
    if isinstance(value, list):
        items = [_text(item) for item in value]
        if explode and style == "form":
            return [(name, item) for item in items]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, separator.join(items))]
    if isinstance(value, dict):
        if style == "deepObject":
            return [(f"{name}[{key}]", _text(item)) for key, item in value.items()]
        if explode:
            return [(str(key), _text(item)) for key, item in value.items()]
        return [(name, ",".join(f"{key},{_text(item)}" for key, item in value.items()))]
    return [(name, _text(value))]


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


def _decode_get_setting(response: httpx.Response) -> Setting:
    result: Setting = _as_setting(json_body(response), "")
    return result


def get_setting(
    credentials: Credentials,
    key: str,
) -> PreparedRequest[Setting]:
    _errors: list[str] = []
    _validators._validate_get_setting_key(encode(key), "key", _errors)
    if key == "" and not any(e.startswith("key:") for e in _errors):
        _errors.append("key: must not be empty")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/settings/" + _path_segment(key)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_setting,
    )


def _decode_put_setting(response: httpx.Response) -> Setting:
    result: Setting = _as_setting(json_body(response), "")
    return result


def put_setting(
    credentials: Credentials,
    key: str,
    request: SettingValue,
) -> PreparedRequest[Setting]:
    _errors: list[str] = []
    _validators._validate_put_setting_key(encode(key), "key", _errors)
    if key == "" and not any(e.startswith("key:") for e in _errors):
        _errors.append("key: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, SettingValue):
        _body = request.to_dict(request=True)
        _validators.validate_put_setting_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected SettingValue, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/settings/" + _path_segment(key)
    return PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_put_setting,
    )


def _decode_lookup_setting(response: httpx.Response) -> Setting:
    result: Setting = _as_setting(json_body(response), "")
    return result


def lookup_setting(
    credentials: Credentials,
    *,
    ref: str | int,
) -> PreparedRequest[Setting]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    _validators._validate_lookup_setting_ref(encode(ref), "ref", _errors)
    _params += _query("ref", ref, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/lookup"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_lookup_setting,
    )


# Response decoders, built once at import rather than on every call.
_as_setting = object_decoder(Setting._from_json)
