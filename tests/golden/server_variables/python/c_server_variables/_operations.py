# Generated from tests/specs/constructs/server_variables.yaml by sdkgen 0.1.0. Do not edit.
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
    Zone,
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


def _decode_list_zones(response: httpx.Response) -> list[Zone]:
    result: list[Zone] = _as_list_zone(json_body(response), "")
    return result


def list_zones(
    credentials: Credentials,
) -> PreparedRequest[list[Zone]]:
    _errors: list[str] = []
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/zones"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_zones,
    )


def _decode_get_zone(response: httpx.Response) -> Zone:
    result: Zone = _as_zone(json_body(response), "")
    return result


def get_zone(
    credentials: Credentials,
    zone_id: str,
) -> PreparedRequest[Zone]:
    _errors: list[str] = []
    _validators._validate_get_zone_zone_id(encode(zone_id), "zone_id", _errors)
    if zone_id == "" and not any(e.startswith("zone_id:") for e in _errors):
        _errors.append("zone_id: must not be empty")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/zones/" + _path_segment(zone_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_zone,
    )


# Response decoders, built once at import rather than on every call.
_as_list_zone = list_decoder(object_decoder(Zone._from_json))
_as_zone = object_decoder(Zone._from_json)
