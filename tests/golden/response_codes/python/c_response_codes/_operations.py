# Generated from tests/specs/constructs/response_codes.yaml by sdkgen 0.1.0. Do not edit.
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
    object_decoder,
)
from ._transport import Decoder, PreparedRequest, json_body
from .errors import ValidationError
from .models import (
    ClientError,
    Job,
    JobQueued,
    JobSpec,
    Problem,
    ServerError,
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


def _decode_get_job(response: httpx.Response) -> Job:
    result: Job = _as_job(json_body(response), "")
    return result


def get_job(
    credentials: Credentials,
    job_id: str,
) -> PreparedRequest[Job]:
    _errors: list[str] = []
    _validators._validate_get_job_job_id(encode(job_id), "job_id", _errors)
    if job_id == "" and not any(e.startswith("job_id:") for e in _errors):
        _errors.append("job_id: must not be empty")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/jobs/" + _path_segment(job_id)
    return PreparedRequest(
        method="GET",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_get_job,
        errors=_GET_JOB_ERRORS,
    )


def _decode_put_job(response: httpx.Response) -> Job | JobQueued:
    if response.status_code == 200:
        _status_1: Job = _as_job(json_body(response), "")
        return _status_1
    result: Job | JobQueued = _as_job_queued(json_body(response), "")
    return result


def put_job(
    credentials: Credentials,
    job_id: str,
    request: JobSpec,
) -> PreparedRequest[Job | JobQueued]:
    _errors: list[str] = []
    _validators._validate_get_job_job_id(encode(job_id), "job_id", _errors)
    if job_id == "" and not any(e.startswith("job_id:") for e in _errors):
        _errors.append("job_id: must not be empty")
    _body: dict[str, object] | None = None
    if isinstance(request, JobSpec):
        _body = request.to_dict(request=True)
        _validators.validate_put_job_body(_body, "", _errors)
    else:
        _errors.append(f"request: expected JobSpec, got {type(request).__name__}")
    _headers = credentials.headers(())
    if _errors:
        raise ValidationError(_errors)
    _path = "/jobs/" + _path_segment(job_id)
    return PreparedRequest(
        method="PUT",
        path=_path,
        json=_body,
        idempotent=True,
        headers=_headers,
        decode=_decode_put_job,
        errors=_PUT_JOB_ERRORS,
    )


def _decode_cancel_job(response: httpx.Response) -> None:
    result: None = None
    return result


def cancel_job(
    credentials: Credentials,
    job_id: str,
) -> PreparedRequest[None]:
    _errors: list[str] = []
    _validators._validate_get_job_job_id(encode(job_id), "job_id", _errors)
    if job_id == "" and not any(e.startswith("job_id:") for e in _errors):
        _errors.append("job_id: must not be empty")
    _headers = {**_ANY_HEADERS, **credentials.headers(())}
    if _errors:
        raise ValidationError(_errors)
    _path = "/jobs/" + _path_segment(job_id)
    return PreparedRequest(
        method="DELETE",
        path=_path,
        idempotent=True,
        headers=_headers,
        decode=_decode_cancel_job,
        errors=_CANCEL_JOB_ERRORS,
    )


# Response decoders, built once at import rather than on every call.
_as_job = object_decoder(Job._from_json)
_as_job_queued = object_decoder(JobQueued._from_json)


_GET_JOB_ERRORS: dict[str, Decoder] = {
    "4XX": object_decoder(ClientError._from_json),
    "5XX": object_decoder(ServerError._from_json),
}


_PUT_JOB_ERRORS: dict[str, Decoder] = {
    "4XX": object_decoder(ClientError._from_json),
}


_CANCEL_JOB_ERRORS: dict[str, Decoder] = {
    "default": object_decoder(Problem._from_json),
}
