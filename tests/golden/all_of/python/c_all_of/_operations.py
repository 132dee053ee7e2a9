# Generated from tests/specs/constructs/all_of.yaml by sdkgen 0.1.0. Do not edit.
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
    NewPet,
    Pet,
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


def _decode_create_pet(response: httpx.Response) -> Pet:
    result: Pet = _as_pet(json_body(response), "")
    return result


def create_pet(
    credentials: Credentials,
    request: NewPet,
) -> PreparedRequest[Pet]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, NewPet):
        _body = request.to_dict(request=True)
        _validators.validate_create_pet_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected NewPet, got {type(request).__name__}")
    _headers = credentials.headers(())
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


def _decode_get_pet(response: httpx.Response) -> Pet:
    result: Pet = _as_pet(json_body(response), "")
    return result


def get_pet(
    credentials: Credentials,
    pet_id: str,
) -> PreparedRequest[Pet]:
    _errors: list[str] = []
    _validators._validate_get_pet_pet_id(encode(pet_id), "pet_id", _errors)
    if pet_id == "" and not any(e.startswith("pet_id:") for e in _errors):
        _errors.append("pet_id: must not be empty")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/pets/" + _path_segment(pet_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_pet,
    )


# Response decoders, built once at import rather than on every call.
_as_pet = object_decoder(Pet._from_json)
