# Generated from tests/specs/constructs/const_and_numeric_enums.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

import re as _re
from collections.abc import Callable
from typing import Literal
from urllib.parse import quote

import httpx

from . import _validators
from ._auth import Credentials
from ._serde import (
    const_decoder,
    encode,
    list_decoder,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    NewTask,
    Priority,
    Task,
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


def _decode_list_tasks(response: httpx.Response) -> list[Task]:
    result: list[Task] = _as_list_task(json_body(response), "")
    return result


def list_tasks(
    credentials: Credentials,
    *,
    priority: Priority | Literal[1, 2, 3] | None = None,
) -> PreparedRequest[list[Task]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if priority is not None:
        _validators._validate_list_tasks_priority(encode(priority), "priority", _errors)
        _params += _query("priority", priority, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/tasks"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_list_tasks,
    )


def _decode_create_task(response: httpx.Response) -> Task:
    result: Task = _as_task(json_body(response), "")
    return result


def create_task(
    credentials: Credentials,
    request: NewTask,
) -> PreparedRequest[Task]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, NewTask):
        _body = request.to_dict(request=True)
        _validators.validate_create_task_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewTask, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/tasks"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_task,
    )


def _decode_get_health(response: httpx.Response) -> Literal["ok"]:
    result: Literal["ok"] = _as_const_ok(json_body(response), "")
    return result


def get_health(
    credentials: Credentials,
) -> PreparedRequest[Literal["ok"]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/health"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_health,
    )


# Response decoders, built once at import rather than on every call.
_as_list_task = list_decoder(object_decoder(Task._from_json))
_as_task = object_decoder(Task._from_json)
_as_const_ok: Callable[[object, str], Literal["ok"]] = const_decoder("ok")
