# Generated from tests/specs/constructs/multipart_fields_only.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

import json
import re as _re
from urllib.parse import quote

import httpx

from . import _validators
from ._auth import Credentials
from ._serde import (
    encode,
)
from ._transport import PreparedRequest
from .errors import ValidationError
from .models import (
    SubmitAnswerRequest,
)

_ANY_HEADERS = {"Accept": "*/*"}  # instead of the default application/json


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


def _multipart(
    body: dict[str, object],
) -> tuple[dict[str, str | list[str]], list[tuple[str, tuple[str | None, bytes, str]]]]:
    """Plain fields and file parts of a multipart body (files read now: retries resend them)."""
    data: dict[str, str | list[str]] = {}
    parts: list[tuple[str, tuple[str | None, bytes, str]]] = []
    for key, value in body.items():
        if isinstance(value, dict) or (isinstance(value, list) and _has_objects(value)):
            # OpenAPI's default encoding of an object property: an application/json part.
            parts.append((key, (None, json.dumps(value).encode(), "application/json")))
            continue
        data[key] = _form({key: value})[key]
    return data, parts


def _has_objects(items: list[object]) -> bool:
    return any(isinstance(item, (dict, list)) for item in items)


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


def _decode_submit_answer(response: httpx.Response) -> None:
    result: None = None
    return result


def submit_answer(
    credentials: Credentials,
    request: SubmitAnswerRequest,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, SubmitAnswerRequest):
        _body = request.to_dict(request=True)
        _validators.validate_submit_answer_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected SubmitAnswerRequest, got {type(request).__name__}")
    _data, _files = _multipart(_body or {})
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/answers"
    return PreparedRequest(
        method="POST",
        path=_path,
        data=_data,
        files=_files,
        idempotent=False,
        headers=_headers,
        decode=_decode_submit_answer,
    )
