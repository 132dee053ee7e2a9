# Generated from tests/specs/constructs/octet_stream.yaml by sdkgen 0.1.0. Do not edit.
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
from ._files import FileContent, file_bytes
from ._serde import (
    encode,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    BlobInfo,
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


def _decode_get_blob(response: httpx.Response) -> bytes:
    result: bytes = response.content
    return result


def get_blob(
    credentials: Credentials,
    blob_key: str,
) -> PreparedRequest[bytes]:
    _errors: list[str] = []
    _validators._validate_get_blob_blob_key(encode(blob_key), "blob_key", _errors)
    if blob_key == "" and not any(e.startswith("blob_key:") for e in _errors):
        _errors.append("blob_key: must not be empty")
    _headers = {**_ANY_HEADERS, **credentials.headers((("api_token",),))}
    if _errors:
        raise ValidationError(_errors)
    _path = "/blobs/" + _path_segment(blob_key)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_blob,
    )


def _decode_put_blob(response: httpx.Response) -> BlobInfo:
    result: BlobInfo = _as_blob_info(json_body(response), "")
    return result


def put_blob(
    credentials: Credentials,
    blob_key: str,
    request: FileContent,
) -> PreparedRequest[BlobInfo]:
    _errors: list[str] = []
    _validators._validate_put_blob_blob_key(encode(blob_key), "blob_key", _errors)
    if blob_key == "" and not any(e.startswith("blob_key:") for e in _errors):
        _errors.append("blob_key: must not be empty")
    _content: bytes | None = None
    try:
        _content = file_bytes(request, "request")
    except (TypeError, OSError) as exc:
        _errors.append(str(exc))
    _headers = credentials.headers((("api_token",),))
    _headers["Content-Type"] = "application/octet-stream"
    if _errors:
        raise ValidationError(_errors)
    _path = "/blobs/" + _path_segment(blob_key)
    return PreparedRequest(
        method="PUT",
        path=_path,
        content=_content,
        idempotent=True,
        headers=_headers,
        decode=_decode_put_blob,
    )


# Response decoders, built once at import rather than on every call.
_as_blob_info = object_decoder(BlobInfo._from_json)
