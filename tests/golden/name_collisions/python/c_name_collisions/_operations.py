# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
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
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    CredentialsModel,
    LineItem,
    LineItem2,
    Order,
    Settings,
    ValidationErrorModel,
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


def _decode_get_order(response: httpx.Response) -> Order:
    result: Order = _as_order(json_body(response), "")
    return result


def get_order(
    credentials: Credentials,
    id: str,
    *,
    query_id: str | None = None,
    end_time: str | None = None,
    end_time_before: str | None = None,
    end_time_after: str | None = None,
    timeout_param: int | None = None,
    mixed_case: str | None = None,
    mixed_case_2: str | None = None,
) -> PreparedRequest[Order]:
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
        raise ValidationError(_errors)
    _path = "/orders/" + _path_segment(id)
    return PreparedRequest(
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
    credentials: Credentials,
) -> PreparedRequest[list[LineItem]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/things"
    return PreparedRequest(
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
    credentials: Credentials,
) -> PreparedRequest[list[LineItem2]]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/items"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_items_2,
    )


def _decode_close_operation(response: httpx.Response) -> ValidationErrorModel:
    result: ValidationErrorModel = _as_validation_error_model(json_body(response), "")
    return result


def close_operation(
    credentials: Credentials,
    request: CredentialsModel,
) -> PreparedRequest[ValidationErrorModel]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, CredentialsModel):
        _body = request.to_dict(request=True)
        _validators.validate_close_operation_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected CredentialsModel, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/close"
    return PreparedRequest(
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
    credentials: Credentials,
    request: Settings,
) -> PreparedRequest[Settings]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Settings):
        _body = request.to_dict(request=True)
        _validators.validate_put_settings_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Settings, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/settings"
    return PreparedRequest(
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
_as_validation_error_model = object_decoder(ValidationErrorModel._from_json)
_as_settings = object_decoder(Settings._from_json)
