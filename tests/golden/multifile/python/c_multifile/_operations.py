# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
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
    Droplet,
    DropletCreate,
    Region,
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


def _decode_list_droplets(response: httpx.Response) -> list[Droplet]:
    result: list[Droplet] = _as_list_droplet(json_body(response), "")
    return result


def list_droplets(
    credentials: Credentials,
    *,
    per_page: int | None = None,
) -> PreparedRequest[list[Droplet]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if per_page is not None:
        _validators._validate_list_droplets_per_page(encode(per_page), "per_page", _errors)
        _params += _query("per_page", per_page, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/droplets"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_list_droplets,
    )


def _decode_create_droplet(response: httpx.Response) -> Droplet:
    result: Droplet = _as_droplet(json_body(response), "")
    return result


def create_droplet(
    credentials: Credentials,
    request: DropletCreate,
) -> PreparedRequest[Droplet]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, DropletCreate):
        _body = request.to_dict(request=True)
        _validators.validate_create_droplet_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected DropletCreate, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/droplets"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_droplet,
    )


def _decode_get_droplet(response: httpx.Response) -> Droplet:
    result: Droplet = _as_droplet(json_body(response), "")
    return result


def get_droplet(
    credentials: Credentials,
    droplet_id: int,
) -> PreparedRequest[Droplet]:
    _errors: list[str] = []
    _validators._validate_get_droplet_droplet_id(encode(droplet_id), "droplet_id", _errors)
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/droplets/" + _path_segment(droplet_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_droplet,
    )


def _decode_list_regions(response: httpx.Response) -> list[Region]:
    result: list[Region] = _as_list_region(json_body(response), "")
    return result


def list_regions(
    credentials: Credentials,
) -> PreparedRequest[list[Region]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/regions"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_regions,
    )


# Response decoders, built once at import rather than on every call.
_as_list_droplet = list_decoder(object_decoder(Droplet._from_json))
_as_droplet = object_decoder(Droplet._from_json)
_as_list_region = list_decoder(object_decoder(Region._from_json))
