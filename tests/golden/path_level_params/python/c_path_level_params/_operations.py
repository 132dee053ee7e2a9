# Generated from tests/specs/constructs/path_level_params.yaml by sdkgen 0.1.0. Do not edit.
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
    Member,
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


def _decode_list_members(response: httpx.Response) -> list[Member]:
    result: list[Member] = _as_list_member(json_body(response), "")
    return result


def list_members(
    credentials: Credentials,
    project_id: str,
    *,
    dry_run: bool | None = None,
) -> PreparedRequest[list[Member]]:
    _errors: list[str] = []
    _validators._validate_list_members_project_id(encode(project_id), "project_id", _errors)
    if project_id == "" and not any(e.startswith("project_id:") for e in _errors):
        _errors.append("project_id: must not be empty")
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if dry_run is not None:
        _validators._validate_list_members_dry_run(encode(dry_run), "dry_run", _errors)
        _params += _query("dry_run", dry_run, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/projects/" + _path_segment(project_id) + "/members"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_list_members,
    )


def _decode_add_member(response: httpx.Response) -> Member:
    result: Member = _as_member(json_body(response), "")
    return result


def add_member(
    credentials: Credentials,
    project_id: str,
    request: Member,
    *,
    dry_run: bool | None = None,
) -> PreparedRequest[Member]:
    _errors: list[str] = []
    _validators._validate_list_members_project_id(encode(project_id), "project_id", _errors)
    if project_id == "" and not any(e.startswith("project_id:") for e in _errors):
        _errors.append("project_id: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, Member):
        _body = request.to_dict(request=True)
        _validators.validate_add_member_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Member, got {type(request).__name__}")
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if dry_run is not None:
        _validators._validate_list_members_dry_run(encode(dry_run), "dry_run", _errors)
        _params += _query("dry_run", dry_run, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/projects/" + _path_segment(project_id) + "/members"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_add_member,
    )


def _decode_get_member(response: httpx.Response) -> Member:
    result: Member = _as_member(json_body(response), "")
    return result


def get_member(
    credentials: Credentials,
    project_id: str,
    user_id: str,
    *,
    expand: bool | None = None,
) -> PreparedRequest[Member]:
    _errors: list[str] = []
    _validators._validate_list_members_project_id(encode(project_id), "project_id", _errors)
    if project_id == "" and not any(e.startswith("project_id:") for e in _errors):
        _errors.append("project_id: must not be empty")
    _validators._validate_get_member_user_id(encode(user_id), "user_id", _errors)
    if user_id == "" and not any(e.startswith("user_id:") for e in _errors):
        _errors.append("user_id: must not be empty")
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if expand is not None:
        _validators._validate_get_member_expand(encode(expand), "expand", _errors)
        _params += _query("expand", expand, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/projects/" + _path_segment(project_id) + "/members/" + _path_segment(user_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_get_member,
    )


def _decode_remove_member(response: httpx.Response) -> None:
    result: None = None
    return result


def remove_member(
    credentials: Credentials,
    project_id: str,
    user_id: str,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _validators._validate_list_members_project_id(encode(project_id), "project_id", _errors)
    if project_id == "" and not any(e.startswith("project_id:") for e in _errors):
        _errors.append("project_id: must not be empty")
    _validators._validate_get_member_user_id(encode(user_id), "user_id", _errors)
    if user_id == "" and not any(e.startswith("user_id:") for e in _errors):
        _errors.append("user_id: must not be empty")
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/projects/" + _path_segment(project_id) + "/members/" + _path_segment(user_id)
    return PreparedRequest(
        method="DELETE",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_remove_member,
    )


# Response decoders, built once at import rather than on every call.
_as_list_member = list_decoder(object_decoder(Member._from_json))
_as_member = object_decoder(Member._from_json)
