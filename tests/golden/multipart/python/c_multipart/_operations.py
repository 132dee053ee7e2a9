# Generated from tests/specs/constructs/multipart.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

import json
import re as _re
from urllib.parse import quote

import httpx

from . import _validators
from ._auth import Credentials
from ._files import file_part
from ._serde import (
    encode,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    DocumentUpload,
    Upload,
    UploadAvatarRequest,
)


def _text(value: object) -> str:
    """A parameter as text: JSON spelling for booleans, the value of an enum member."""
    value = encode(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _form(body: dict[str, object]) -> dict[str, str | list[str]]:
    """An urlencoded form: one field per property, lists repeated."""
    return {
        key: [_text(item) for item in value] if isinstance(value, list) else _text(value)
        for key, value in body.items()
    }


def _multipart(
    body: dict[str, object], files: frozenset[str], errors: list[str]
) -> tuple[dict[str, str | list[str]], list[tuple[str, tuple[str | None, bytes, str]]]]:
    """Plain fields and file parts of a multipart body (files read now: retries resend them)."""
    data: dict[str, str | list[str]] = {}
    parts: list[tuple[str, tuple[str | None, bytes, str]]] = []
    for key, value in body.items():
        if isinstance(value, dict) or (isinstance(value, list) and _has_objects(value)):
            # OpenAPI's default encoding of an object property: an application/json part.
            parts.append((key, (None, json.dumps(value).encode(), "application/json")))
            continue
        if key not in files:
            data[key] = _form({key: value})[key]
            continue
        for item in value if isinstance(value, list) else [value]:
            try:
                parts.append((key, file_part(item, key)))
            except (TypeError, OSError) as exc:
                errors.append(str(exc))
    return data, parts


def _has_objects(items: list[object]) -> bool:
    return any(isinstance(item, (dict, list)) for item in items)


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


def _decode_upload_avatar(response: httpx.Response) -> Upload:
    result: Upload = _as_upload(json_body(response), "")
    return result


def upload_avatar(
    credentials: Credentials,
    request: UploadAvatarRequest,
) -> PreparedRequest[Upload]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, UploadAvatarRequest):
        _body = request.to_dict(request=True)
        _validators.validate_upload_avatar_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected UploadAvatarRequest, got {type(request).__name__}")
    _data, _files = _multipart(_body or {}, frozenset(["file"]), _errors)
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/avatars"
    return PreparedRequest(
        method="POST",
        path=_path,
        data=_data,
        files=_files,
        idempotent=False,
        headers=_headers,
        decode=_decode_upload_avatar,
    )


def _decode_upload_document(response: httpx.Response) -> Upload:
    result: Upload = _as_upload(json_body(response), "")
    return result


def upload_document(
    credentials: Credentials,
    request: DocumentUpload,
) -> PreparedRequest[Upload]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, DocumentUpload):
        _body = request.to_dict(request=True)
        _validators.validate_upload_document_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected DocumentUpload, got {type(request).__name__}")
    _data, _files = _multipart(_body or {}, frozenset(["document", "attachments"]), _errors)
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/documents"
    return PreparedRequest(
        method="POST",
        path=_path,
        data=_data,
        files=_files,
        idempotent=False,
        headers=_headers,
        decode=_decode_upload_document,
    )


# Response decoders, built once at import rather than on every call.
_as_upload = object_decoder(Upload._from_json)
