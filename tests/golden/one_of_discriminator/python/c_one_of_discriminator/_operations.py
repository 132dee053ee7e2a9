# Generated from tests/specs/constructs/one_of_discriminator.yaml by sdkgen 0.1.0. Do not edit.
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
    discriminated_decoder,
    encode,
    list_decoder,
    object_decoder,
)
from ._transport import PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    BankTransfer,
    Card,
    Event,
    PaymentFailed,
    PaymentMethod,
    PaymentSucceeded,
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


def _decode_create_payment_method(response: httpx.Response) -> PaymentMethod:
    result: PaymentMethod = _as_card_bank_transfer(json_body(response), "")
    return result


def create_payment_method(
    credentials: Credentials,
    request: PaymentMethod,
) -> PreparedRequest[PaymentMethod]:
    _errors: list[str] = []
    _body: object = None
    _body = encode(request, True)
    _validators.validate_create_payment_method_body(_body, "request", _errors)
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/payment-methods"
    return PreparedRequest(
        method="POST",
        path=_path,
        json=_body,
        idempotent=False,
        headers=_headers,
        decode=_decode_create_payment_method,
    )


def _decode_get_payment_method(response: httpx.Response) -> PaymentMethod:
    result: PaymentMethod = _as_card_bank_transfer(json_body(response), "")
    return result


def get_payment_method(
    credentials: Credentials,
    method_id: str,
) -> PreparedRequest[PaymentMethod]:
    _errors: list[str] = []
    _validators._validate_get_payment_method_method_id(encode(method_id), "method_id", _errors)
    if method_id == "" and not any(e.startswith("method_id:") for e in _errors):
        _errors.append("method_id: must not be empty")
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/payment-methods/" + _path_segment(method_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_payment_method,
    )


def _decode_list_events(response: httpx.Response) -> list[Event]:
    result: list[Event] = _as_list_payment_succeeded_payment_failed(json_body(response), "")
    return result


def list_events(
    credentials: Credentials,
) -> PreparedRequest[list[Event]]:
    _errors: list[str] = []
    _headers = credentials.headers((("api_token",),))
    if _errors:
        raise ValidationError(_errors)
    _path = "/events"
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_list_events,
    )


# Response decoders, built once at import rather than on every call.
_as_card_bank_transfer = discriminated_decoder(
    "type",
    {
        "card": object_decoder(Card._from_json),
        "bank_transfer": object_decoder(BankTransfer._from_json),
    },
)
_as_list_payment_succeeded_payment_failed = list_decoder(
    discriminated_decoder(
        "kind",
        {
            "PaymentSucceeded": object_decoder(PaymentSucceeded._from_json),
            "PaymentFailed": object_decoder(PaymentFailed._from_json),
        },
    )
)
