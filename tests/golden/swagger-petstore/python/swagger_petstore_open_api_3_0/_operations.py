# Generated from tests/specs/public/swagger-petstore.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent. Response decoders
are built once, at import.
"""

from __future__ import annotations

import re as _re
from typing import Literal
from urllib.parse import quote

import httpx

from . import _validators
from ._auth import Credentials
from ._files import FileContent, file_bytes
from ._serde import (
    decode_int,
    decode_str,
    dict_decoder,
    encode,
    list_decoder,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    ApiResponse,
    FindPetsByStatusStatus,
    Order,
    Pet,
    User,
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


def _header(name: str, value: object, explode: bool, errors: list[str]) -> str:
    """A header or cookie parameter (``simple`` style); line breaks are refused."""
    value = encode(value)
    if isinstance(value, list):
        text = ",".join(_text(item) for item in value)
    elif isinstance(value, dict):
        pairs = [(str(key), _text(item)) for key, item in value.items()]
        text = ",".join(f"{k}={v}" if explode else f"{k},{v}" for k, v in pairs)
    else:
        text = _text(value)
    if "\r" in text or "\n" in text:
        errors.append(f"{name}: must not contain line breaks")
    return text


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


def _decode_update_pet(response: httpx.Response) -> Pet:
    result: Pet = _as_pet(json_body(response), "")
    return result


def update_pet(
    credentials: Credentials,
    request: Pet,
) -> PreparedRequest[Pet]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Pet):
        _body = request.to_dict(request=True)
        _validators.validate_update_pet_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Pet, got {type(request).__name__}")
    _headers = credentials.headers((("petstore_auth",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/pet"
    return PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_update_pet,
    )


def _decode_add_pet(response: httpx.Response) -> Pet:
    result: Pet = _as_pet(json_body(response), "")
    return result


def add_pet(
    credentials: Credentials,
    request: Pet,
) -> PreparedRequest[Pet]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Pet):
        _body = request.to_dict(request=True)
        _validators.validate_add_pet_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected Pet, got {type(request).__name__}")
    _headers = credentials.headers((("petstore_auth",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/pet"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_add_pet,
    )


def _decode_find_pets_by_status(response: httpx.Response) -> list[Pet]:
    result: list[Pet] = _as_list_pet(json_body(response), "")
    return result


def find_pets_by_status(
    credentials: Credentials,
    *,
    status: FindPetsByStatusStatus | Literal["available", "pending", "sold"] | None = None,
) -> PreparedRequest[list[Pet]]:
    _errors: list[str] = []
    _headers = credentials.headers((("petstore_auth",),))
    _params: list[tuple[str, str]] = []
    if status is not None:
        _validators._validate_find_pets_by_status_status(encode(status), "status", _errors)
        _params += _query("status", status, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/pet/findByStatus"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_find_pets_by_status,
    )


def _decode_find_pets_by_tags(response: httpx.Response) -> list[Pet]:
    result: list[Pet] = _as_list_pet(json_body(response), "")
    return result


def find_pets_by_tags(
    credentials: Credentials,
    *,
    tags: list[str] | None = None,
) -> PreparedRequest[list[Pet]]:
    _errors: list[str] = []
    _headers = credentials.headers((("petstore_auth",),))
    _params: list[tuple[str, str]] = []
    if tags is not None:
        _validators._validate_find_pets_by_tags_tags(encode(tags), "tags", _errors)
        _params += _query("tags", tags, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/pet/findByTags"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_find_pets_by_tags,
    )


def _decode_get_pet_by_id(response: httpx.Response) -> Pet:
    result: Pet = _as_pet(json_body(response), "")
    return result


def get_pet_by_id(
    credentials: Credentials,
    pet_id: int,
) -> PreparedRequest[Pet]:
    _errors: list[str] = []
    _validators._validate_get_pet_by_id_pet_id(encode(pet_id), "petId", _errors)
    _headers = credentials.headers((("api_key",), ("petstore_auth",)))
    if _errors:
        raise ValidationError(_errors)
    _path = "/pet/" + _path_segment(pet_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_pet_by_id,
    )


def _decode_update_pet_with_form(response: httpx.Response) -> Pet:
    result: Pet = _as_pet(json_body(response), "")
    return result


def update_pet_with_form(
    credentials: Credentials,
    pet_id: int,
    *,
    name: str | None = None,
    status: str | None = None,
) -> PreparedRequest[Pet]:
    _errors: list[str] = []
    _validators._validate_update_pet_with_form_pet_id(encode(pet_id), "petId", _errors)
    _headers = credentials.headers((("petstore_auth",),))
    _params: list[tuple[str, str]] = []
    if name is not None:
        _validators._validate_update_pet_with_form_name(encode(name), "name", _errors)
        _params += _query("name", name, "form", True)
    if status is not None:
        _validators._validate_update_pet_with_form_status(encode(status), "status", _errors)
        _params += _query("status", status, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/pet/" + _path_segment(pet_id)
    return PreparedRequest(
        method="POST",
        path=_path,
        idempotent=False,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_update_pet_with_form,
    )


def _decode_delete_pet(response: httpx.Response) -> None:
    result: None = None
    return result


def delete_pet(
    credentials: Credentials,
    pet_id: int,
    *,
    api_key: str | None = None,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _validators._validate_delete_pet_pet_id(encode(pet_id), "petId", _errors)
    _headers = {**_ANY_HEADERS, **credentials.headers((("petstore_auth",),))}
    if api_key is not None:
        _validators._validate_delete_pet_api_key(encode(api_key), "api_key", _errors)
        _headers["api_key"] = _header("api_key", api_key, False, _errors)
    if _errors:
        raise ValidationError(_errors)
    _path = "/pet/" + _path_segment(pet_id)
    return PreparedRequest(
        method="DELETE",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_delete_pet,
    )


def _decode_upload_file(response: httpx.Response) -> ApiResponse:
    result: ApiResponse = _as_api_response(json_body(response), "")
    return result


def upload_file(
    credentials: Credentials,
    pet_id: int,
    request: FileContent | None = None,
    *,
    additional_metadata: str | None = None,
) -> PreparedRequest[ApiResponse]:
    _errors: list[str] = []
    _validators._validate_upload_file_pet_id(encode(pet_id), "petId", _errors)
    _content: bytes | None = None
    if request is not None:
        try:
            _content = file_bytes(request, "request")
        except (TypeError, OSError) as exc:
            _errors.append(str(exc))
    _headers = credentials.headers((("petstore_auth",),))
    _headers["Content-Type"] = "application/octet-stream"
    _params: list[tuple[str, str]] = []
    if additional_metadata is not None:
        _validators._validate_upload_file_additional_metadata(
            encode(additional_metadata), "additionalMetadata", _errors
        )
        _params += _query("additionalMetadata", additional_metadata, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/pet/" + _path_segment(pet_id) + "/uploadImage"
    return PreparedRequest(
        method="POST",
        path=_path,
        content=_content,
        idempotent=False,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_upload_file,
    )


def _decode_get_inventory(response: httpx.Response) -> dict[str, int]:
    result: dict[str, int] = _as_dict(json_body(response), "")
    return result


def get_inventory(
    credentials: Credentials,
) -> PreparedRequest[dict[str, int]]:
    _errors: list[str] = []
    _headers = credentials.headers((("api_key",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/store/inventory"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_inventory,
    )


def _decode_place_order(response: httpx.Response) -> Order:
    result: Order = _as_order(json_body(response), "")
    return result


def place_order(
    credentials: Credentials,
    request: Order | None = None,
) -> PreparedRequest[Order]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, Order):
        request._check_times("", _errors)
        _body = request.to_dict(request=True)
        _validators.validate_place_order_body(_body, "", _errors)
    elif request is not None:
        _errors.append(f"request: expected Order or None, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/store/order"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_place_order,
    )


def _decode_get_order_by_id(response: httpx.Response) -> Order:
    result: Order = _as_order(json_body(response), "")
    return result


def get_order_by_id(
    credentials: Credentials,
    order_id: int,
) -> PreparedRequest[Order]:
    _errors: list[str] = []
    _validators._validate_get_order_by_id_order_id(encode(order_id), "orderId", _errors)
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/store/order/" + _path_segment(order_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_order_by_id,
    )


def _decode_delete_order(response: httpx.Response) -> None:
    result: None = None
    return result


def delete_order(
    credentials: Credentials,
    order_id: int,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _validators._validate_delete_order_order_id(encode(order_id), "orderId", _errors)
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/store/order/" + _path_segment(order_id)
    return PreparedRequest(
        method="DELETE",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_delete_order,
    )


def _decode_create_user(response: httpx.Response) -> User:
    result: User = _as_user(json_body(response), "")
    return result


def create_user(
    credentials: Credentials,
    request: User | None = None,
) -> PreparedRequest[User]:
    _errors: list[str] = []
    _body: dict[str, object] | None = None
    if isinstance(request, User):
        _body = request.to_dict(request=True)
        _validators.validate_create_user_body(_body, "", _errors)
    elif request is not None:
        _errors.append(f"request: expected User or None, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/user"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_user,
    )


def _decode_create_users_with_list_input(response: httpx.Response) -> User:
    result: User = _as_user(json_body(response), "")
    return result


def create_users_with_list_input(
    credentials: Credentials,
    request: list[User] | None = None,
) -> PreparedRequest[User]:
    _errors: list[str] = []
    _body: object = None
    if request is not None:
        _body = encode(request, True)
        _validators.validate_create_users_with_list_input_body(_body, "request", _errors)
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/user/createWithList"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_users_with_list_input,
    )


def _decode_login_user(response: httpx.Response) -> str:
    result: str = decode_str(json_body(response), "")
    return result


def login_user(
    credentials: Credentials,
    *,
    username: str | None = None,
    password: str | None = None,
) -> PreparedRequest[str]:
    _errors: list[str] = []
    _headers = credentials.headers(())
    _params: list[tuple[str, str]] = []
    if username is not None:
        _validators._validate_login_user_username(encode(username), "username", _errors)
        _params += _query("username", username, "form", True)
    if password is not None:
        _validators._validate_login_user_password(encode(password), "password", _errors)
        _params += _query("password", password, "form", True)
    if _errors:
        raise ValidationError(_errors)
    _path = "/user/login"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        params=tuple(_params),
        headers=_headers,
        decode=_decode_login_user,
    )


def _decode_logout_user(response: httpx.Response) -> None:
    result: None = None
    return result


def logout_user(
    credentials: Credentials,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/user/logout"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_logout_user,
    )


def _decode_get_user_by_name(response: httpx.Response) -> User:
    result: User = _as_user(json_body(response), "")
    return result


def get_user_by_name(
    credentials: Credentials,
    username: str,
) -> PreparedRequest[User]:
    _errors: list[str] = []
    _validators._validate_get_user_by_name_username(encode(username), "username", _errors)
    if username == "" and not any(e.startswith("username:") for e in _errors):
        _errors.append("username: must not be empty")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/user/" + _path_segment(username)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_user_by_name,
    )


def _decode_update_user(response: httpx.Response) -> None:
    result: None = None
    return result


def update_user(
    credentials: Credentials,
    username: str,
    request: User | None = None,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _validators._validate_update_user_username(encode(username), "username", _errors)
    if username == "" and not any(e.startswith("username:") for e in _errors):
        _errors.append("username: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, User):
        _body = request.to_dict(request=True)
        _validators.validate_update_user_body(_body, "", _errors)
    elif request is not None:
        _errors.append(f"request: expected User or None, got {type(request).__name__}")
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/user/" + _path_segment(username)
    return PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_update_user,
    )


def _decode_delete_user(response: httpx.Response) -> None:
    result: None = None
    return result


def delete_user(
    credentials: Credentials,
    username: str,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _validators._validate_delete_user_username(encode(username), "username", _errors)
    if username == "" and not any(e.startswith("username:") for e in _errors):
        _errors.append("username: must not be empty")
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/user/" + _path_segment(username)
    return PreparedRequest(
        method="DELETE",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_delete_user,
    )


# Response decoders, built once at import rather than on every call.
_as_pet = object_decoder(Pet._from_json)
_as_list_pet = list_decoder(object_decoder(Pet._from_json))
_as_api_response = object_decoder(ApiResponse._from_json)
_as_dict = dict_decoder(decode_int)
_as_order = object_decoder(Order._from_json)
_as_user = object_decoder(User._from_json)
