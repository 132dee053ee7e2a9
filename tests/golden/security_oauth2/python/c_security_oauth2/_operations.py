# Generated from tests/specs/constructs/security_oauth2.yaml by sdkgen 0.1.0. Do not edit.
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
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    NewReport,
    Report,
)

_ANY_HEADERS = {"Accept": "*/*"}  # instead of the default application/json


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


def _decode_list_reports(response: httpx.Response) -> list[Report]:
    result: list[Report] = _as_list_report(json_body(response), "")
    return result


def list_reports(
    credentials: Credentials,
) -> PreparedRequest[list[Report]]:
    _errors: list[str] = []
    _headers = credentials.headers((("access_token",), ("client_id", "client_secret")))
    if _errors:
        raise ValidationError(_errors)
    _path = "/reports"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_reports,
        token=credentials.token_source((("access_token",), ("client_id", "client_secret"))),
    )


def _decode_create_report(response: httpx.Response) -> Report:
    result: Report = _as_report(json_body(response), "")
    return result


def create_report(
    credentials: Credentials,
    request: NewReport,
) -> PreparedRequest[Report]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, NewReport):
        _body = request.to_dict(request=True)
        _validators.validate_create_report_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewReport, got {type(request).__name__}")
    _headers = credentials.headers((("access_token",), ("client_id", "client_secret")))
    if _errors:
        raise ValidationError(_errors)
    _path = "/reports"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_report,
        token=credentials.token_source((("access_token",), ("client_id", "client_secret"))),
    )


def _decode_get_health(response: httpx.Response) -> str:
    result: str = response.text
    return result


def get_health(
    credentials: Credentials,
) -> PreparedRequest[str]:
    _errors: list[str] = []
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
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
_as_list_report = list_decoder(object_decoder(Report._from_json))
_as_report = object_decoder(Report._from_json)
