# Generated from tests/specs/constructs/recursive_types.yaml by sdkgen 0.1.0. Do not edit.
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
    decode_float,
    decode_str,
    dict_decoder,
    encode,
    list_decoder,
    nullable_decoder,
    object_decoder,
    union_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    Forest,
    Json,
    Outline,
    Tree,
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


def _decode_put_tree(response: httpx.Response) -> Tree:
    result: Tree = _read_tree(json_body(response), "")
    return result


def put_tree(
    credentials: Credentials,
    name: str,
    request: Tree,
) -> PreparedRequest[Tree]:
    _errors: list[str] = []
    _validators._validate_put_tree_name(encode(name), "name", _errors)
    if name == "" and not any(e.startswith("name:") for e in _errors):
        _errors.append("name: must not be empty")
    _body: object = None
    _body = encode(request, True)
    _validators.validate_put_tree_body(_body, "request", _errors)
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/trees/" + _path_segment(name)
    return PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_put_tree,
    )


def _decode_get_document(response: httpx.Response) -> Json:
    result: Json = _read_json(json_body(response), "")
    return result


def get_document(
    credentials: Credentials,
    id: str,
) -> PreparedRequest[Json]:
    _errors: list[str] = []
    _validators._validate_get_document_id(encode(id), "id", _errors)
    if id == "" and not any(e.startswith("id:") for e in _errors):
        _errors.append("id: must not be empty")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/documents/" + _path_segment(id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_document,
    )


def _decode_get_forest(response: httpx.Response) -> Forest:
    result: Forest = _read_forest(json_body(response), "")
    return result


def get_forest(
    credentials: Credentials,
) -> PreparedRequest[Forest]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/forests"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_forest,
    )


def _decode_create_outline(response: httpx.Response) -> Outline:
    result: Outline = _as_outline(json_body(response), "")
    return result


def create_outline(
    credentials: Credentials,
    request: Outline,
) -> PreparedRequest[Outline]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Outline):
        _body = request.to_dict(request=True)
        _validators.validate_create_outline_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Outline, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/outlines"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_outline,
    )


def _read_tree(value: object, path: str) -> Tree:
    result: Tree = _as_dict(value, path)
    return result


def _read_json(value: object, path: str) -> Json:
    result: Json = _as_nullable_list_dict(value, path)
    return result


def _read_forest(value: object, path: str) -> Forest:
    result: Forest = _as_list_dict(value, path)
    return result


# Response decoders, built once at import rather than on every call.
_as_outline = object_decoder(Outline._from_json)
_as_dict = dict_decoder(_read_tree)
_as_nullable_list_dict = nullable_decoder(
    union_decoder(
        (
            (_validators.match_json_1, decode_str),
            (_validators.match_json_2, decode_float),
            (_validators.match_json_3, list_decoder(_read_json)),
            (_validators.match_json_4, dict_decoder(_read_json)),
        ),
        one_of=True,
    )
)
_as_list_dict = list_decoder(dict_decoder(_read_forest))
