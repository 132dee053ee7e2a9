# Generated from tests/specs/constructs/response_shapes.yaml by sdkgen 0.1.0. Do not edit.
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
    decode_int,
    encode,
    list_decoder,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
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
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/reports"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_reports,
    )


def _decode_count_reports(response: httpx.Response) -> int:
    result: int = decode_int(json_body(response), "")
    return result


def count_reports(
    credentials: Credentials,
) -> PreparedRequest[int]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/reports/count"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_count_reports,
    )


def _decode_get_report_summary(response: httpx.Response) -> str:
    result: str = response.text
    return result


def get_report_summary(
    credentials: Credentials,
    report_id: str,
) -> PreparedRequest[str]:
    _errors: list[str] = []
    _validators._validate_get_report_summary_report_id(encode(report_id), "report_id", _errors)
    if report_id == "" and not any(e.startswith("report_id:") for e in _errors):
        _errors.append("report_id: must not be empty")
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/reports/" + _path_segment(report_id) + "/summary"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_report_summary,
    )


def _decode_get_report_chart(response: httpx.Response) -> bytes:
    result: bytes = response.content
    return result


def get_report_chart(
    credentials: Credentials,
    report_id: str,
) -> PreparedRequest[bytes]:
    _errors: list[str] = []
    _validators._validate_get_report_summary_report_id(encode(report_id), "report_id", _errors)
    if report_id == "" and not any(e.startswith("report_id:") for e in _errors):
        _errors.append("report_id: must not be empty")
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/reports/" + _path_segment(report_id) + "/chart"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_report_chart,
    )


def _decode_delete_report(response: httpx.Response) -> None:
    result: None = None
    return result


def delete_report(
    credentials: Credentials,
    report_id: str,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _validators._validate_get_report_summary_report_id(encode(report_id), "report_id", _errors)
    if report_id == "" and not any(e.startswith("report_id:") for e in _errors):
        _errors.append("report_id: must not be empty")
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/reports/" + _path_segment(report_id)
    return PreparedRequest(
        method="DELETE",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_delete_report,
    )


# Response decoders, built once at import rather than on every call.
_as_list_report = list_decoder(object_decoder(Report._from_json))
