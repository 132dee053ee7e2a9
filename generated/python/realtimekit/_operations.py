# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

import re as _re
from datetime import datetime
from typing import Literal
from urllib.parse import quote

import httpx

from . import _validators
from ._auth import Credentials
from ._pagination import PageReader
from ._serde import (
    check_time,
    encode,
    object_decoder,
)
from ._transport import Decoder, PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    ErrorResponse,
    ListRecordingsResponse,
    Paging,
    Recording,
    RecordingResponse,
    RecordingSortField,
    RecordingStatus,
    SortOrder,
    StartRecordingRequest,
    StartRecordingResponse,
    UpdateRecordingRequest,
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


def _decode_list_recordings(response: httpx.Response) -> ListRecordingsResponse:
    result: ListRecordingsResponse = _as_list_recordings_response(json_body(response), "")
    return result


def list_recordings(
    credentials: Credentials,
    account_id: str,
    *,
    meeting_id: str | None = None,
    page_no: int | None = None,
    per_page: int | None = None,
    status: list[
        RecordingStatus
        | Literal["INVOKED", "RECORDING", "UPLOADING", "UPLOADED", "ERRORED", "PAUSED"]
    ]
    | None = None,
    sort_by: RecordingSortField | Literal["invokedTime"] | None = None,
    sort_order: SortOrder | Literal["ASC", "DESC"] | None = None,
    start_time: datetime | None = None,
    end_time: datetime | None = None,
    expired: bool | None = None,
    search: str | None = None,
) -> PreparedRequest[ListRecordingsResponse]:
    _errors: list[str] = []
    _validators._validate_list_recordings_account_id(encode(account_id), "account_id", _errors)
    if account_id == "" and not any(e.startswith("account_id:") for e in _errors):
        _errors.append("account_id: must not be empty")
    if start_time is not None:
        check_time(start_time, "start_time", True, _errors)
    if end_time is not None:
        check_time(end_time, "end_time", True, _errors)
    _headers = credentials.headers((("api_token",), ("api_email", "api_key")))
    _params: list[tuple[str, str]] = []
    if meeting_id is not None:
        _validators._validate_list_recordings_meeting_id(encode(meeting_id), "meeting_id", _errors)
        _params += _query("meeting_id", meeting_id, "form", True)
    if page_no is not None:
        _validators._validate_list_recordings_page_no(encode(page_no), "page_no", _errors)
        _params += _query("page_no", page_no, "form", True)
    if per_page is not None:
        _validators._validate_list_recordings_per_page(encode(per_page), "per_page", _errors)
        _params += _query("per_page", per_page, "form", True)
    if status is not None:
        _validators._validate_list_recordings_status(encode(status), "status", _errors)
        _params += _query("status", status, "form", True)
    if sort_by is not None:
        _validators._validate_list_recordings_sort_by(encode(sort_by), "sort_by", _errors)
        _params += _query("sort_by", sort_by, "form", True)
    if sort_order is not None:
        _validators._validate_list_recordings_sort_order(encode(sort_order), "sort_order", _errors)
        _params += _query("sort_order", sort_order, "form", True)
    if start_time is not None:
        _validators._validate_list_recordings_start_time(encode(start_time), "start_time", _errors)
        _params += _query("start_time", start_time, "form", True)
    if end_time is not None:
        _validators._validate_list_recordings_end_time(encode(end_time), "end_time", _errors)
        _params += _query("end_time", end_time, "form", True)
    if expired is not None:
        _validators._validate_list_recordings_expired(encode(expired), "expired", _errors)
        _params += _query("expired", expired, "form", True)
    if search is not None:
        _validators._validate_list_recordings_search(encode(search), "search", _errors)
        _params += _query("search", search, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/accounts/" + _path_segment(account_id) + "/realtimekit/recordings"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_list_recordings,
        errors=_LIST_RECORDINGS_ERRORS,
    )


def _list_recordings_items(body: ListRecordingsResponse) -> list[Recording]:
    items = body.data
    return items if isinstance(items, list) else []


def _list_recordings_total(body: ListRecordingsResponse) -> int | None:
    value_1 = body.paging
    if not isinstance(value_1, Paging):
        return None
    value_2 = value_1.total_count
    return value_2 if isinstance(value_2, int) else None


# How to read the pages of list_recordings: first page, items and total.
LIST_RECORDINGS_PAGES: PageReader[ListRecordingsResponse, Recording] = PageReader(
    1,
    _list_recordings_items,
    _list_recordings_total,
)


def _decode_start_recording(response: httpx.Response) -> Recording:
    result: Recording = _as_start_recording_response(json_body(response), "").data
    return result


def start_recording(
    credentials: Credentials,
    account_id: str,
    request: StartRecordingRequest,
) -> PreparedRequest[Recording]:
    _errors: list[str] = []
    _validators._validate_start_recording_account_id(encode(account_id), "account_id", _errors)
    if account_id == "" and not any(e.startswith("account_id:") for e in _errors):
        _errors.append("account_id: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, StartRecordingRequest):
        _body = request.to_dict(request=True)
        _validators.validate_start_recording_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected StartRecordingRequest, got {type(request).__name__}")
    _headers = credentials.headers((("api_token",), ("api_email", "api_key")))
    if _errors:
        raise ValidationError(_errors)
    _path = "/accounts/" + _path_segment(account_id) + "/realtimekit/recordings"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_start_recording,
        errors=_START_RECORDING_ERRORS,
    )


def _decode_get_recording(response: httpx.Response) -> Recording:
    result: Recording = _as_recording_response(json_body(response), "").data
    return result


def get_recording(
    credentials: Credentials,
    account_id: str,
    recording_id: str,
) -> PreparedRequest[Recording]:
    _errors: list[str] = []
    _validators._validate_list_recordings_account_id(encode(account_id), "account_id", _errors)
    if account_id == "" and not any(e.startswith("account_id:") for e in _errors):
        _errors.append("account_id: must not be empty")
    _validators._validate_get_recording_recording_id(encode(recording_id), "recording_id", _errors)
    if recording_id == "" and not any(e.startswith("recording_id:") for e in _errors):
        _errors.append("recording_id: must not be empty")
    _headers = credentials.headers((("api_token",), ("api_email", "api_key")))
    if _errors:
        raise ValidationError(_errors)
    _path = (
        "/accounts/"
        + _path_segment(account_id)
        + "/realtimekit/recordings/"
        + _path_segment(recording_id)
    )
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_recording,
        errors=_GET_RECORDING_ERRORS,
    )


def _decode_update_recording(response: httpx.Response) -> Recording:
    result: Recording = _as_recording_response(json_body(response), "").data
    return result


def update_recording(
    credentials: Credentials,
    account_id: str,
    recording_id: str,
    request: UpdateRecordingRequest,
) -> PreparedRequest[Recording]:
    _errors: list[str] = []
    _validators._validate_list_recordings_account_id(encode(account_id), "account_id", _errors)
    if account_id == "" and not any(e.startswith("account_id:") for e in _errors):
        _errors.append("account_id: must not be empty")
    _validators._validate_get_recording_recording_id(encode(recording_id), "recording_id", _errors)
    if recording_id == "" and not any(e.startswith("recording_id:") for e in _errors):
        _errors.append("recording_id: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, UpdateRecordingRequest):
        _body = request.to_dict(request=True)
        _validators.validate_update_recording_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected UpdateRecordingRequest, got {type(request).__name__}")
    _headers = credentials.headers((("api_token",), ("api_email", "api_key")))
    if _errors:
        raise ValidationError(_errors)
    _path = (
        "/accounts/"
        + _path_segment(account_id)
        + "/realtimekit/recordings/"
        + _path_segment(recording_id)
    )
    return PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_update_recording,
        errors=_UPDATE_RECORDING_ERRORS,
    )


def _decode_get_active_recording(response: httpx.Response) -> Recording:
    result: Recording = _as_recording_response(json_body(response), "").data
    return result


def get_active_recording(
    credentials: Credentials,
    account_id: str,
    meeting_id: str,
) -> PreparedRequest[Recording]:
    _errors: list[str] = []
    _validators._validate_list_recordings_account_id(encode(account_id), "account_id", _errors)
    if account_id == "" and not any(e.startswith("account_id:") for e in _errors):
        _errors.append("account_id: must not be empty")
    _validators._validate_get_active_recording_meeting_id(encode(meeting_id), "meeting_id", _errors)
    if meeting_id == "" and not any(e.startswith("meeting_id:") for e in _errors):
        _errors.append("meeting_id: must not be empty")
    _headers = credentials.headers((("api_token",), ("api_email", "api_key")))
    if _errors:
        raise ValidationError(_errors)
    _path = (
        "/accounts/"
        + _path_segment(account_id)
        + "/realtimekit/recordings/active-recording/"
        + _path_segment(meeting_id)
    )
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_active_recording,
        errors=_GET_ACTIVE_RECORDING_ERRORS,
    )


# Response decoders, built once at import rather than on every call.
_as_list_recordings_response = object_decoder(ListRecordingsResponse._from_json)
_as_start_recording_response = object_decoder(StartRecordingResponse._from_json)
_as_recording_response = object_decoder(RecordingResponse._from_json)


_LIST_RECORDINGS_ERRORS: dict[str, Decoder] = {
    "400": object_decoder(ErrorResponse._from_json),
    "401": object_decoder(ErrorResponse._from_json),
    "403": object_decoder(ErrorResponse._from_json),
    "429": object_decoder(ErrorResponse._from_json),
    "500": object_decoder(ErrorResponse._from_json),
}


_START_RECORDING_ERRORS: dict[str, Decoder] = {
    "400": object_decoder(ErrorResponse._from_json),
    "401": object_decoder(ErrorResponse._from_json),
    "403": object_decoder(ErrorResponse._from_json),
    "404": object_decoder(ErrorResponse._from_json),
    "409": object_decoder(ErrorResponse._from_json),
    "422": object_decoder(ErrorResponse._from_json),
    "429": object_decoder(ErrorResponse._from_json),
    "500": object_decoder(ErrorResponse._from_json),
}


_GET_RECORDING_ERRORS: dict[str, Decoder] = {
    "401": object_decoder(ErrorResponse._from_json),
    "403": object_decoder(ErrorResponse._from_json),
    "404": object_decoder(ErrorResponse._from_json),
    "429": object_decoder(ErrorResponse._from_json),
    "500": object_decoder(ErrorResponse._from_json),
}


_UPDATE_RECORDING_ERRORS: dict[str, Decoder] = {
    "400": object_decoder(ErrorResponse._from_json),
    "401": object_decoder(ErrorResponse._from_json),
    "403": object_decoder(ErrorResponse._from_json),
    "404": object_decoder(ErrorResponse._from_json),
    "429": object_decoder(ErrorResponse._from_json),
    "500": object_decoder(ErrorResponse._from_json),
}


_GET_ACTIVE_RECORDING_ERRORS: dict[str, Decoder] = {
    "401": object_decoder(ErrorResponse._from_json),
    "403": object_decoder(ErrorResponse._from_json),
    "404": object_decoder(ErrorResponse._from_json),
    "429": object_decoder(ErrorResponse._from_json),
    "500": object_decoder(ErrorResponse._from_json),
}
