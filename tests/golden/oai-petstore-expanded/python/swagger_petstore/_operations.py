# Generated from tests/specs/public/oai-petstore-expanded.yaml by sdkgen 0.1.0. Do not edit.
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
from ._transport import Decoder, PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    Error,
    NewPet,
    Pet,
)

_ANY_HEADERS = {"Accept": "*/*"}  # instead of the default application/json


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


def _decode_find_pets(response: httpx.Response) -> list[Pet]:
    result: list[Pet] = _as_list_pet(json_body(response), "")
    return result


def find_pets(
    credentials: Credentials,
    *,
    tags: list[str] | None = None,
    limit: int | None = None,
) -> PreparedRequest[list[Pet]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if tags is not None:
        _validators._validate_find_pets_tags(encode(tags), "tags", _errors)
        _params += _query("tags", tags, "form", True)
    if limit is not None:
        _validators._validate_find_pets_limit(encode(limit), "limit", _errors)
        _params += _query("limit", limit, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/pets"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_find_pets,
        errors=_FIND_PETS_ERRORS,
    )


def _decode_add_pet(response: httpx.Response) -> Pet:
    result: Pet = _as_pet(json_body(response), "")
    return result


def add_pet(
    credentials: Credentials,
    request: NewPet,
) -> PreparedRequest[Pet]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, NewPet):
        _body = request.to_dict(request=True)
        _validators.validate_add_pet_body(_body, "", _errors)
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
        decode=_decode_add_pet,
        errors=_ADD_PET_ERRORS,
    )


def _decode_find_pet_by_id(response: httpx.Response) -> Pet:
    result: Pet = _as_pet(json_body(response), "")
    return result


def find_pet_by_id(
    credentials: Credentials,
    id: int,
) -> PreparedRequest[Pet]:
    _errors: list[str] = []
    _validators._validate_find_pet_by_id_id(encode(id), "id", _errors)
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/pets/" + _path_segment(id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_find_pet_by_id,
        errors=_FIND_PET_BY_ID_ERRORS,
    )


def _decode_delete_pet(response: httpx.Response) -> None:
    result: None = None
    return result


def delete_pet(
    credentials: Credentials,
    id: int,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _validators._validate_delete_pet_id(encode(id), "id", _errors)
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/pets/" + _path_segment(id)
    return PreparedRequest(
        method="DELETE",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_delete_pet,
        errors=_DELETE_PET_ERRORS,
    )


# Response decoders, built once at import rather than on every call.
_as_list_pet = list_decoder(object_decoder(Pet._from_json))
_as_pet = object_decoder(Pet._from_json)


_FIND_PETS_ERRORS: dict[str, Decoder] = {
    "default": object_decoder(Error._from_json),
}


_ADD_PET_ERRORS: dict[str, Decoder] = {
    "default": object_decoder(Error._from_json),
}


_FIND_PET_BY_ID_ERRORS: dict[str, Decoder] = {
    "default": object_decoder(Error._from_json),
}


_DELETE_PET_ERRORS: dict[str, Decoder] = {
    "default": object_decoder(Error._from_json),
}
