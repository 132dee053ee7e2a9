# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""One function per operation: validate the input, then build the request to send.

Shared by the sync and async clients, so both validate and encode exactly alike. Nothing here
touches the network; a ValidationError raised here means nothing was sent.
"""

from __future__ import annotations

from urllib.parse import quote

from . import _validators
from ._auth import Credentials
from ._serde import object_decoder
from ._transport import PreparedRequest
from .errors import ValidationError
from .models import (
    Recording,
    StartRecordingRequest,
    StartRecordingResponse,
)

_JSON_HEADERS = {"Accept": "application/json", "User-Agent": "realtimekit-python/1.0.0"}


def _path_segment(value: str) -> str:
    """Percent-encode a path parameter so that no value (``/``, ``?``, ``..``) changes the route."""
    encoded = quote(value, safe="")
    # "." and ".." are dot-segments that URL normalization would resolve away.
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def start_recording(
    credentials: Credentials,
    account_id: str,
    request: StartRecordingRequest,
) -> PreparedRequest[Recording]:
    errors: list[str] = []
    _validators._validate_start_recording_account_id(account_id, "account_id", errors)
    if account_id == "":
        errors.append("account_id: must not be empty")
    body: dict[str, object] | None = None
    if isinstance(request, StartRecordingRequest):
        body = request.to_dict()
        _validators.validate_start_recording_request(body, "", errors)
    else:
        errors.append(f"request: expected StartRecordingRequest, got {type(request).__name__}")
    if errors:
        raise ValidationError(errors)
    path = "/accounts/" + _path_segment(account_id) + "/realtimekit/recordings"
    return PreparedRequest(
        method="POST",
        path=path,
        json=body,
        idempotent=False,
        headers={
            **_JSON_HEADERS,
            **credentials.headers((("api_token",), ("api_email", "api_key"))),
        },
        decode=lambda payload: object_decoder(StartRecordingResponse.from_dict)(payload, "").data,
    )
