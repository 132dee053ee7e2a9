# Generated from tests/specs/constructs/any_of_undiscriminated.yaml by sdkgen 0.1.0. Do not edit.
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
    union_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    Circle,
    Contact,
    NewContact,
    Rectangle,
    Shape,
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


def _decode_create_contact(response: httpx.Response) -> Contact:
    result: Contact = _as_contact(json_body(response), "")
    return result


def create_contact(
    credentials: Credentials,
    request: NewContact,
) -> PreparedRequest[Contact]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, NewContact):
        _body = request.to_dict(request=True)
        _validators.validate_create_contact_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewContact, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/contacts"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_contact,
    )


def _decode_get_contact(response: httpx.Response) -> Contact:
    result: Contact = _as_contact(json_body(response), "")
    return result


def get_contact(
    credentials: Credentials,
    contact_id: str,
) -> PreparedRequest[Contact]:
    _errors: list[str] = []
    _validators._validate_get_contact_contact_id(encode(contact_id), "contact_id", _errors)
    if contact_id == "" and not any(e.startswith("contact_id:") for e in _errors):
        _errors.append("contact_id: must not be empty")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/contacts/" + _path_segment(contact_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_contact,
    )


def _decode_get_shape(response: httpx.Response) -> Shape:
    result: Shape = _as_circle_rectangle(json_body(response), "")
    return result


def get_shape(
    credentials: Credentials,
    shape_id: str,
) -> PreparedRequest[Shape]:
    _errors: list[str] = []
    _validators._validate_get_shape_shape_id(encode(shape_id), "shape_id", _errors)
    if shape_id == "" and not any(e.startswith("shape_id:") for e in _errors):
        _errors.append("shape_id: must not be empty")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/shapes/" + _path_segment(shape_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_shape,
    )


# Response decoders, built once at import rather than on every call.
_as_contact = object_decoder(Contact._from_json)
_as_circle_rectangle = union_decoder(
    (
        (_validators.match_shape_1, object_decoder(Circle._from_json)),
        (_validators.match_shape_2, object_decoder(Rectangle._from_json)),
    ),
    one_of=True,
)
