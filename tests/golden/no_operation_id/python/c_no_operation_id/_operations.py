# Generated from tests/specs/constructs/no_operation_id.yaml by sdkgen 0.1.0. Do not edit.
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
    Item,
    NewItem,
    StockLevel,
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


def _decode_get_items(response: httpx.Response) -> list[Item]:
    result: list[Item] = _as_list_item(json_body(response), "")
    return result


def get_items(
    credentials: Credentials,
) -> PreparedRequest[list[Item]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/items"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_items,
    )


def _decode_post_items(response: httpx.Response) -> Item:
    result: Item = _as_item(json_body(response), "")
    return result


def post_items(
    credentials: Credentials,
    request: NewItem,
) -> PreparedRequest[Item]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, NewItem):
        _body = request.to_dict(request=True)
        _validators.validate_post_items_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewItem, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/items"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_post_items,
    )


def _decode_get_items_item_id(response: httpx.Response) -> Item:
    result: Item = _as_item(json_body(response), "")
    return result


def get_items_item_id(
    credentials: Credentials,
    item_id: str,
) -> PreparedRequest[Item]:
    _errors: list[str] = []
    _validators._validate_get_items_item_id_item_id(encode(item_id), "item_id", _errors)
    if item_id == "" and not any(e.startswith("item_id:") for e in _errors):
        _errors.append("item_id: must not be empty")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/items/" + _path_segment(item_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_items_item_id,
    )


def _decode_put_items_item_id_stock_level(response: httpx.Response) -> StockLevel:
    result: StockLevel = _as_stock_level(json_body(response), "")
    return result


def put_items_item_id_stock_level(
    credentials: Credentials,
    item_id: str,
    request: StockLevel,
) -> PreparedRequest[StockLevel]:
    _errors: list[str] = []
    _validators._validate_put_items_item_id_stock_level_item_id(encode(item_id), "item_id", _errors)
    if item_id == "" and not any(e.startswith("item_id:") for e in _errors):
        _errors.append("item_id: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, StockLevel):
        _body = request.to_dict(request=True)
        _validators.validate_put_items_item_id_stock_level_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected StockLevel, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/items/" + _path_segment(item_id) + "/stock-level"
    return PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_put_items_item_id_stock_level,
    )


# Response decoders, built once at import rather than on every call.
_as_list_item = list_decoder(object_decoder(Item._from_json))
_as_item = object_decoder(Item._from_json)
_as_stock_level = object_decoder(StockLevel._from_json)
