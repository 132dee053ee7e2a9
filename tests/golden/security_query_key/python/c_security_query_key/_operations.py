# Generated from tests/specs/constructs/security_query_key.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

import re as _re
from datetime import date, datetime
from urllib.parse import quote

import httpx

from . import _validators
from ._auth import Credentials
from ._serde import (
    check_time,
    encode,
    list_decoder,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    CreateReminderRequest,
    Event,
    NewEvent,
)

_ANY_HEADERS = {"Accept": "*/*"}  # instead of the default application/json


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


def _decode_list_events(response: httpx.Response) -> list[Event]:
    result: list[Event] = _as_list_event(json_body(response), "")
    return result


def list_events(
    credentials: Credentials,
    day: date,
    *,
    since: datetime | None = None,
    at: list[datetime] | None = None,
    if_modified_since: datetime | None = None,
) -> PreparedRequest[list[Event]]:
    _errors: list[str] = []
    _validators._validate_list_events_day(encode(day), "day", _errors)
    check_time(day, "day", False, _errors)
    if since is not None:
        check_time(since, "since", True, _errors)
    if isinstance(at, (list, tuple)):
        for index_1, item_1 in enumerate(at):
            check_time(item_1, "at" + f"[{index_1}]", True, _errors)
    if if_modified_since is not None:
        check_time(if_modified_since, "If-Modified-Since", True, _errors)
    _headers = credentials.headers((("api_key",),))
    _params: list[tuple[str, str]] = []
    if since is not None:
        _validators._validate_list_events_since(encode(since), "since", _errors)
        _params += _query("since", since, "form", True)
    if at is not None:
        _validators._validate_list_events_at(encode(at), "at", _errors)
        _params += _query("at", at, "form", True)
    _params += credentials.params((("api_key",),))
    if if_modified_since is not None:
        _validators._validate_list_events_if_modified_since(
            encode(if_modified_since), "If-Modified-Since", _errors
        )
        _headers["If-Modified-Since"] = _header(
            "If-Modified-Since", if_modified_since, False, _errors
        )
    if _errors:
        raise ValidationError(_errors)
    _path = "/calendars/" + _path_segment(day) + "/events"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_list_events,
    )


def _decode_create_event(response: httpx.Response) -> Event:
    result: Event = _as_event(json_body(response), "")
    return result


def create_event(
    credentials: Credentials,
    day: date,
    request: NewEvent,
) -> PreparedRequest[Event]:
    _errors: list[str] = []
    _validators._validate_list_events_day(encode(day), "day", _errors)
    check_time(day, "day", False, _errors)
    _body: dict[str, object] | None = None
    if isinstance(request, NewEvent):
        request._check_times("", _errors)
        _body = request.to_dict(request=True)
        _validators.validate_create_event_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewEvent, got {type(request).__name__}")
    _headers = credentials.headers((("api_key",),))
    _params: list[tuple[str, str]] = []
    _params += credentials.params((("api_key",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/calendars/" + _path_segment(day) + "/events"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_create_event,
    )


def _decode_create_reminder(response: httpx.Response) -> None:
    result: None = None
    return result


def create_reminder(
    credentials: Credentials,
    request: CreateReminderRequest,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, CreateReminderRequest):
        request._check_times("", _errors)
        _body = request.to_dict(request=True)
        _validators.validate_create_reminder_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected CreateReminderRequest, got {type(request).__name__}")
    _headers = {**_ANY_HEADERS, **credentials.headers((("api_key",),))}
    _params: list[tuple[str, str]] = []
    _params += credentials.params((("api_key",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/reminders"
    return PreparedRequest(
        method="POST",
        path=_path,
        data=_form(_body) if _body is not None else None,
        idempotent=False,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_create_reminder,
    )


# Response decoders, built once at import rather than on every call.
_as_list_event = list_decoder(object_decoder(Event._from_json))
_as_event = object_decoder(Event._from_json)
