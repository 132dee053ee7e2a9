# Generated from tests/specs/constructs/openapi_30.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import httpx

from . import _validators
from ._auth import Credentials
from ._files import file_part
from ._serde import (
    encode,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (  # unused names are removed by the formatter's lint pass
    NewWidget,
    Widget,
)

_USER_AGENT = "c-openapi-30-python/1.0.0"
_JSON_HEADERS = {"Accept": "application/json", "User-Agent": _USER_AGENT}
_ANY_HEADERS = {"Accept": "*/*", "User-Agent": _USER_AGENT}
_COOKIE_UNSAFE = frozenset(' ;,"\\\r\n\t')


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


def _form(body: dict[str, object]) -> dict[str, str | list[str]]:
    """An urlencoded form: one field per property, lists repeated."""
    return {
        key: [_text(item) for item in value] if isinstance(value, list) else _text(value)
        for key, value in body.items()
    }


def _multipart(
    body: dict[str, object], files: frozenset[str], errors: list[str]
) -> tuple[dict[str, str | list[str]], list[tuple[str, tuple[str | None, bytes, str]]]]:
    """Plain fields and file parts of a multipart body (files read now: retries resend them)."""
    data: dict[str, str | list[str]] = {}
    parts: list[tuple[str, tuple[str | None, bytes, str]]] = []
    for key, value in body.items():
        if isinstance(value, dict) or (isinstance(value, list) and _has_objects(value)):
            # OpenAPI's default encoding of an object property: an application/json part.
            parts.append((key, (None, json.dumps(value).encode(), "application/json")))
            continue
        if key not in files:
            data[key] = _form({key: value})[key]
            continue
        for item in value if isinstance(value, list) else [value]:
            try:
                parts.append((key, file_part(item, key)))
            except (TypeError, OSError) as exc:
                errors.append(str(exc))
    return data, parts


def _has_objects(items: list[object]) -> bool:
    return any(isinstance(item, (dict, list)) for item in items)


def _path_segment(value: object) -> str:
    """Percent-encode a path parameter so that no value (``/``, ``?``, ``..``) changes the route."""
    encoded = quote(_text(value), safe="")
    # "." and ".." are dot-segments that URL normalization would resolve away.
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def _decode_create_widget(response: httpx.Response) -> Widget:
    result: Widget = object_decoder(Widget.from_dict)(json_body(response), "")
    return result


def create_widget(
    credentials: Credentials,
    request: NewWidget,
) -> PreparedRequest[Widget]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, NewWidget):
        _body = request.to_dict(request=True)
        _validators.validate_create_widget_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewWidget, got {type(request).__name__}")
    _headers = {**_JSON_HEADERS, **credentials.headers((("api_token",),))}
    if _errors:
        raise ValidationError(_errors)
    _path = "/widgets"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_widget,
    )


def _decode_get_widget(response: httpx.Response) -> Widget:
    result: Widget = object_decoder(Widget.from_dict)(json_body(response), "")
    return result


def get_widget(
    credentials: Credentials,
    widget_id: int,
) -> PreparedRequest[Widget]:
    _errors: list[str] = []
    _validators._validate_get_widget_widget_id(encode(widget_id), "widget_id", _errors)
    _headers = {**_JSON_HEADERS, **credentials.headers((("api_token",),))}
    if _errors:
        raise ValidationError(_errors)
    _path = "/widgets/" + _path_segment(widget_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_widget,
    )
