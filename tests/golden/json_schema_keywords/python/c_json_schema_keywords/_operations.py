# Generated from tests/specs/constructs/json_schema_keywords.yaml by sdkgen 0.1.0. Do not edit.
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
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    Billing,
    ClosedPet,
    Node,
    Shape,
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


def _decode_create_shape(response: httpx.Response) -> Shape:
    result: Shape = _as_shape(json_body(response), "")
    return result


def create_shape(
    credentials: Credentials,
    request: Shape,
) -> PreparedRequest[Shape]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Shape):
        _body = request.to_dict(request=True)
        _validators.validate_create_shape_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Shape, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/shapes"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_shape,
    )


def _decode_set_billing(response: httpx.Response) -> None:
    result: None = None
    return result


def set_billing(
    credentials: Credentials,
    request: Billing,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Billing):
        _body = request.to_dict(request=True)
        _validators.validate_set_billing_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Billing, got {type(request).__name__}")
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/billing"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_set_billing,
    )


def _decode_create_tree(response: httpx.Response) -> Node:
    result: Node = _as_node(json_body(response), "")
    return result


def create_tree(
    credentials: Credentials,
    request: Node,
) -> PreparedRequest[Node]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Node):
        _body = request.to_dict(request=True)
        _validators.validate_create_tree_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Node, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/nodes"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_tree,
    )


def _decode_create_pet(response: httpx.Response) -> None:
    result: None = None
    return result


def create_pet(
    credentials: Credentials,
    request: ClosedPet,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, ClosedPet):
        _body = request.to_dict(request=True)
        _validators.validate_create_pet_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected ClosedPet, got {type(request).__name__}")
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/pets"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_pet,
    )


# Response decoders, built once at import rather than on every call.
_as_shape = object_decoder(Shape._from_json)
_as_node = object_decoder(Node._from_json)
