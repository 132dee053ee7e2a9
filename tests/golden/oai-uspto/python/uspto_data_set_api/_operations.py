# Generated from tests/specs/public/oai-uspto.yaml by sdkgen 0.1.0. Do not edit.
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
    decode_any,
    decode_str,
    dict_decoder,
    encode,
    list_decoder,
    object_decoder,
)
from ._transport import Decoder, PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    DataSetList,
    PerformSearchRequest,
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


def _decode_list_data_sets(response: httpx.Response) -> DataSetList:
    result: DataSetList = _as_data_set_list(json_body(response), "")
    return result


def list_data_sets(
    credentials: Credentials,
) -> PreparedRequest[DataSetList]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_data_sets,
    )


def _decode_list_searchable_fields(response: httpx.Response) -> str:
    result: str = decode_str(json_body(response), "")
    return result


def list_searchable_fields(
    credentials: Credentials,
    dataset: str,
    version: str,
) -> PreparedRequest[str]:
    _errors: list[str] = []
    _validators._validate_list_searchable_fields_dataset(encode(dataset), "dataset", _errors)
    if dataset == "" and not any(e.startswith("dataset:") for e in _errors):
        _errors.append("dataset: must not be empty")
    _validators._validate_list_searchable_fields_version(encode(version), "version", _errors)
    if version == "" and not any(e.startswith("version:") for e in _errors):
        _errors.append("version: must not be empty")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/" + _path_segment(dataset) + "/" + _path_segment(version) + "/fields"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_searchable_fields,
        errors=_LIST_SEARCHABLE_FIELDS_ERRORS,
    )


def _decode_perform_search(response: httpx.Response) -> list[dict[str, dict[str, object]]]:
    result: list[dict[str, dict[str, object]]] = _as_list_dict_dict(json_body(response), "")
    return result


def perform_search(
    credentials: Credentials,
    dataset: str,
    version: str,
    request: PerformSearchRequest | None = None,
) -> PreparedRequest[list[dict[str, dict[str, object]]]]:
    _errors: list[str] = []
    _validators._validate_perform_search_dataset(encode(dataset), "dataset", _errors)
    if dataset == "" and not any(e.startswith("dataset:") for e in _errors):
        _errors.append("dataset: must not be empty")
    _validators._validate_perform_search_version(encode(version), "version", _errors)
    if version == "" and not any(e.startswith("version:") for e in _errors):
        _errors.append("version: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, PerformSearchRequest):
        _body = request.to_dict(request=True)
        _validators.validate_perform_search_body(_body, "", _errors)
    elif request is not None:
        _errors.append(
            f"request: expected PerformSearchRequest or None, got {type(request).__name__}"
        )
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/" + _path_segment(dataset) + "/" + _path_segment(version) + "/records"
    return PreparedRequest(
        method="POST",
        path=_path,
        data=_form(_body) if _body is not None else None,
        idempotent=False,
        headers=_headers,
        decode=_decode_perform_search,
    )


# Response decoders, built once at import rather than on every call.
_as_data_set_list = object_decoder(DataSetList._from_json)
_as_list_dict_dict = list_decoder(dict_decoder(dict_decoder(decode_any)))


_LIST_SEARCHABLE_FIELDS_ERRORS: dict[str, Decoder] = {
    "404": decode_str,
}
