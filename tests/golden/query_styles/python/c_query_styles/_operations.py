# Generated from tests/specs/constructs/query_styles.yaml by sdkgen 0.1.0. Do not edit.
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
    Coordinates,
    Item,
    ItemFilter,
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


def _decode_search_items(response: httpx.Response) -> list[Item]:
    result: list[Item] = _as_list_item(json_body(response), "")
    return result


def search_items(
    credentials: Credentials,
    *,
    tags: list[str] | None = None,
    ids: list[int] | None = None,
    filter: ItemFilter | None = None,
    coords: Coordinates | None = None,
    limit: int | None = None,
) -> PreparedRequest[list[Item]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if tags is not None:
        _validators._validate_search_items_tags(encode(tags), "tags", _errors)
        _params += _query("tags", tags, "form", True)
    if ids is not None:
        _validators._validate_search_items_ids(encode(ids), "ids", _errors)
        _params += _query("ids", ids, "form", False)
    if filter is not None:
        _validators._validate_search_items_filter(encode(filter), "filter", _errors)
        _params += _query("filter", filter, "deepObject", True)
    if coords is not None:
        _validators._validate_search_items_coords(encode(coords), "coords", _errors)
        _params += _query("coords", coords, "form", False)
    if limit is not None:
        _validators._validate_search_items_limit(encode(limit), "limit", _errors)
        _params += _query("limit", limit, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/items"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_search_items,
    )


# Response decoders, built once at import rather than on every call.
_as_list_item = list_decoder(object_decoder(Item._from_json))
