# Generated from tests/specs/constructs/additional_properties.yaml by sdkgen 0.1.0. Do not edit.
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
    decode_str,
    dict_decoder,
    encode,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    Product,
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


def _decode_get_inventory(response: httpx.Response) -> dict[str, int]:
    result: dict[str, int] = _as_dict(json_body(response), "")
    return result


def get_inventory(
    credentials: Credentials,
) -> PreparedRequest[dict[str, int]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/inventory"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_inventory,
    )


def _decode_get_stock(response: httpx.Response) -> dict[str, StockLevel]:
    result: dict[str, StockLevel] = _as_dict_stock_level(json_body(response), "")
    return result


def get_stock(
    credentials: Credentials,
) -> PreparedRequest[dict[str, StockLevel]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/stock"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_stock,
    )


def _decode_put_labels(response: httpx.Response) -> dict[str, str]:
    result: dict[str, str] = _as_dict_2(json_body(response), "")
    return result


def put_labels(
    credentials: Credentials,
    resource_id: str,
    request: dict[str, str],
) -> PreparedRequest[dict[str, str]]:
    _errors: list[str] = []
    _validators._validate_put_labels_resource_id(encode(resource_id), "resource_id", _errors)
    if resource_id == "" and not any(e.startswith("resource_id:") for e in _errors):
        _errors.append("resource_id: must not be empty")
    _body: object = None
    _body = encode(request, True)
    _validators.validate_put_labels_body(_body, "request", _errors)
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/resources/" + _path_segment(resource_id) + "/labels"
    return PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_put_labels,
    )


def _decode_create_product(response: httpx.Response) -> Product:
    result: Product = _as_product(json_body(response), "")
    return result


def create_product(
    credentials: Credentials,
    request: Product,
) -> PreparedRequest[Product]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Product):
        _body = request.to_dict(request=True)
        _validators.validate_create_product_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Product, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/products"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_product,
    )


# Response decoders, built once at import rather than on every call.
_as_dict = dict_decoder(decode_int)
_as_dict_stock_level = dict_decoder(object_decoder(StockLevel._from_json))
_as_dict_2 = dict_decoder(decode_str)
_as_product = object_decoder(Product._from_json)
