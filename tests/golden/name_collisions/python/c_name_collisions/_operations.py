# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

import json
import re as _re
from typing import Literal as _Literal
from urllib.parse import quote

import httpx

from . import _validators
from ._auth import Credentials as _Credentials
from ._files import file_part
from ._pagination import PageReader as _PageReader
from ._serde import (
    encode,
    list_decoder,
    object_decoder,
)
from ._transport import Decoder as _Decoder
from ._transport import PreparedRequest as _PreparedRequest
from ._transport import json_body
from .errors import ValidationError as _ValidationError
from .models import (
    Credentials,
    File,
    LineItem,
    LineItem2,
    Literal,
    Mapping,
    Order,
    PreparedRequest,
    Settings,
    SyncPage,
    Timeout,
    ValidationError,
)


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


def _decode_get_order(response: httpx.Response) -> Order:
    result: Order = _as_order(json_body(response), "")
    return result


def get_order(
    credentials: _Credentials,
    id: str,
    *,
    query_id: str | None = None,
    end_time: str | None = None,
    end_time_before: str | None = None,
    end_time_after: str | None = None,
    timeout_param: int | None = None,
    mixed_case: str | None = None,
    mixed_case_2: str | None = None,
) -> _PreparedRequest[Order]:
    _errors: list[str] = []
    _validators._validate_get_order_id(encode(id), "id", _errors)
    if id == "" and not any(e.startswith("id:") for e in _errors):
        _errors.append("id: must not be empty")
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if query_id is not None:
        _validators._validate_get_order_id_2(encode(query_id), "id", _errors)
        _params += _query("id", query_id, "form", True)
    if end_time is not None:
        _validators._validate_get_order_end_time(encode(end_time), "EndTime", _errors)
        _params += _query("EndTime", end_time, "form", True)
    if end_time_before is not None:
        _validators._validate_get_order_end_time_before(
            encode(end_time_before), "EndTime<", _errors
        )
        _params += _query("EndTime<", end_time_before, "form", True)
    if end_time_after is not None:
        _validators._validate_get_order_end_time_after(encode(end_time_after), "EndTime>", _errors)
        _params += _query("EndTime>", end_time_after, "form", True)
    if timeout_param is not None:
        _validators._validate_get_order_timeout(encode(timeout_param), "timeout", _errors)
        _params += _query("timeout", timeout_param, "form", True)
    if mixed_case is not None:
        _validators._validate_get_order_mixed_case(encode(mixed_case), "mixed_case", _errors)
        _params += _query("mixed_case", mixed_case, "form", True)
    if mixed_case_2 is not None:
        _validators._validate_get_order_mixed_case_2(encode(mixed_case_2), "mixedCase", _errors)
        _params += _query("mixedCase", mixed_case_2, "form", True)
    if _errors:
        raise _ValidationError(_errors)
    _path = "/orders/" + _path_segment(id)
    return _PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_get_order,
    )


def _decode_get_items(response: httpx.Response) -> list[LineItem]:
    result: list[LineItem] = _as_list_line_item(json_body(response), "")
    return result


def get_items(
    credentials: _Credentials,
) -> _PreparedRequest[list[LineItem]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise _ValidationError(_errors)
    _path = "/things"
    return _PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_items,
    )


def _decode_get_items_2(response: httpx.Response) -> list[LineItem2]:
    result: list[LineItem2] = _as_list_line_item2(json_body(response), "")
    return result


def get_items_2(
    credentials: _Credentials,
) -> _PreparedRequest[list[LineItem2]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise _ValidationError(_errors)
    _path = "/items"
    return _PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_items_2,
    )


def _decode_list_pages(response: httpx.Response) -> SyncPage:
    result: SyncPage = _as_sync_page(json_body(response), "")
    return result


def list_pages(
    credentials: _Credentials,
    *,
    page: int | None = None,
    mode: Mapping | _Literal["strict", "loose"] | None = None,
) -> _PreparedRequest[SyncPage]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if page is not None:
        _validators._validate_list_pages_page(encode(page), "page", _errors)
        _params += _query("page", page, "form", True)
    if mode is not None:
        _validators._validate_list_pages_mode(encode(mode), "mode", _errors)
        _params += _query("mode", mode, "form", True)
    if _errors:
        raise _ValidationError(_errors)
    _path = "/pages"
    return _PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_list_pages,
        errors=_LIST_PAGES_ERRORS,
    )


def _list_pages_items(body: SyncPage) -> list[Timeout]:
    items = body.data
    return items if isinstance(items, list) else []


# How to read the pages of list_pages: first page, items and total.
LIST_PAGES_PAGES: _PageReader[SyncPage, Timeout] = _PageReader(
    1,
    _list_pages_items,
)


def _decode_upload(response: httpx.Response) -> Literal:
    result: Literal = _as_literal(json_body(response), "")
    return result


def upload(
    credentials: _Credentials,
    request: File,
) -> _PreparedRequest[Literal]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, File):
        _body = request.to_dict(request=True)
        _validators.validate_upload_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected File, got {type(request).__name__}")
    _data, _files = _multipart(_body or {}, frozenset(["content"]), _errors)
    _headers = credentials.headers(())
    if _errors:
        raise _ValidationError(_errors)
    _path = "/uploads"
    return _PreparedRequest(
        method="POST",
        path=_path,
        data=_data,
        files=_files,
        idempotent=False,
        headers=_headers,
        decode=_decode_upload,
    )


def _decode_put_timeout(response: httpx.Response) -> PreparedRequest:
    result: PreparedRequest = _as_prepared_request(json_body(response), "")
    return result


def put_timeout(
    credentials: _Credentials,
    request: Timeout,
) -> _PreparedRequest[PreparedRequest]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Timeout):
        _body = request.to_dict(request=True)
        _validators.validate_put_timeout_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Timeout, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise _ValidationError(_errors)
    _path = "/limits"
    return _PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_put_timeout,
    )


def _decode_close_operation(response: httpx.Response) -> ValidationError:
    result: ValidationError = _as_validation_error(json_body(response), "")
    return result


def close_operation(
    credentials: _Credentials,
    request: Credentials,
) -> _PreparedRequest[ValidationError]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Credentials):
        _body = request.to_dict(request=True)
        _validators.validate_close_operation_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Credentials, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise _ValidationError(_errors)
    _path = "/close"
    return _PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_close_operation,
    )


def _decode_put_settings(response: httpx.Response) -> Settings:
    result: Settings = _as_settings(json_body(response), "")
    return result


def put_settings(
    credentials: _Credentials,
    request: Settings,
) -> _PreparedRequest[Settings]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Settings):
        _body = request.to_dict(request=True)
        _validators.validate_put_settings_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Settings, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise _ValidationError(_errors)
    _path = "/settings"
    return _PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_put_settings,
    )


# Response decoders, built once at import rather than on every call.
_as_order = object_decoder(Order._from_json)
_as_list_line_item = list_decoder(object_decoder(LineItem._from_json))
_as_list_line_item2 = list_decoder(object_decoder(LineItem2._from_json))
_as_sync_page = object_decoder(SyncPage._from_json)
_as_literal = object_decoder(Literal._from_json)
_as_prepared_request = object_decoder(PreparedRequest._from_json)
_as_validation_error = object_decoder(ValidationError._from_json)
_as_settings = object_decoder(Settings._from_json)


_LIST_PAGES_ERRORS: dict[str, _Decoder] = {
    "422": object_decoder(ValidationError._from_json),
}
