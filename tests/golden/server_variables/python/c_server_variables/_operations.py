# Generated from tests/specs/constructs/server_variables.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

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
from .models import (  # unused names are removed by the formatter's lint pass
    Zone,
)

_USER_AGENT = "c-server-variables-python/2.0.0"
_JSON_HEADERS = {"Accept": "application/json", "User-Agent": _USER_AGENT}


def _text(value: object) -> str:
    """A parameter as text: JSON spelling for booleans, the value of an enum member."""
    value = encode(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _path_segment(value: object) -> str:
    """Percent-encode a path parameter so that no value (``/``, ``?``, ``..``) changes the route."""
    encoded = quote(_text(value), safe="")
    # "." and ".." are dot-segments that URL normalization would resolve away.
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def _decode_list_zones(response: httpx.Response) -> list[Zone]:
    result: list[Zone] = list_decoder(object_decoder(Zone._from_json))(json_body(response), "")
    return result


def list_zones(
    credentials: Credentials,
) -> PreparedRequest[list[Zone]]:
    _errors: list[str] = []
    _headers = {**_JSON_HEADERS, **credentials.headers((("api_token",),))}
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
    result: Zone = object_decoder(Zone._from_json)(json_body(response), "")
    return result


def get_zone(
    credentials: Credentials,
    zone_id: str,
) -> PreparedRequest[Zone]:
    _errors: list[str] = []
    _validators._validate_get_zone_zone_id(encode(zone_id), "zone_id", _errors)
    if zone_id == "" and not any(e.startswith("zone_id:") for e in _errors):
        _errors.append("zone_id: must not be empty")
    _headers = {**_JSON_HEADERS, **credentials.headers((("api_token",),))}
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
