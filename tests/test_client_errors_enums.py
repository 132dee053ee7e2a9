"""The generated package's errors and enums: Retry-After, pickling, typed ``parsed``, and
open enums (``str()`` gives the value; unknown response values survive, typed as the enum)."""

from __future__ import annotations

import email.utils
import os
import pickle
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest
from realtimekit import _transport, errors
from realtimekit.models import ErrorResponse, Recording, RecordingStatus, StopReasonType
from test_client_models import RECORDING

PACKAGE_DIR = Path(
    os.environ.get("SDKGEN_PACKAGE_DIR", Path(__file__).parents[1] / "generated" / "python")
)
URL = "https://api.example.test/accounts/a/realtimekit/recordings/r"


def _response(status: int, body: object = None, **headers: str) -> httpx.Response:
    request = httpx.Request("GET", URL, headers={"Authorization": "Bearer secret-token"})
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def _error(status: int, **headers: str) -> errors.APIStatusError:
    """The error the transport raises for ``status`` (with the spec's error body, decoded)."""
    body = {"success": False, "error": {"code": status, "message": "Recording not found"}}
    response = _response(status, body, **{"cf-ray": "8f00-AMS", **headers})
    prepared = _transport.PreparedRequest(
        "GET",
        "/r",
        True,
        {},
        lambda r: None,
        errors={str(status): lambda value, path: ErrorResponse.from_dict(value)},  # type: ignore[arg-type]
    )
    with pytest.raises(errors.APIStatusError) as caught:
        _transport.result(prepared, response)
    return caught.value


# ------------------------------------------------------------------ Retry-After


def test_retry_after_delta_seconds() -> None:
    assert _error(429, **{"Retry-After": "7"}).retry_after == 7.0
    assert _error(429, **{"Retry-After": " 1.5 "}).retry_after == 1.5


def test_retry_after_is_never_negative_and_none_without_or_with_junk() -> None:
    assert _error(429, **{"Retry-After": "-5"}).retry_after == 0.0
    assert _error(429).retry_after is None
    for junk in ("soon", "nan", "inf", ""):
        assert _error(429, **{"Retry-After": junk}).retry_after is None


def test_retry_after_http_date_counts_from_the_date_header() -> None:
    # The server's clock is a day behind ours: the Date header, not ours, is "now".
    server_now = time.time() - 86400
    headers = {
        "Retry-After": email.utils.formatdate(server_now + 30, usegmt=True),
        "Date": email.utils.formatdate(server_now, usegmt=True),
    }
    assert _error(429, **headers).retry_after == 30.0
    past = {"Retry-After": email.utils.formatdate(server_now - 30, usegmt=True)}
    assert _error(429, **{**headers, **past}).retry_after == 0.0


def test_retry_after_http_date_without_date_header_counts_from_our_clock() -> None:
    later = email.utils.formatdate(time.time() + 20, usegmt=True)
    retry = _error(503, **{"Retry-After": later}).retry_after
    assert retry is not None and 18 <= retry <= 20


def test_transport_waits_as_the_error_says() -> None:
    headers = {
        "Retry-After": "Wed, 21 Oct 2015 07:28:30 GMT",
        "Date": "Wed, 21 Oct 2015 07:28:00 GMT",
    }
    assert _transport.retry_delay(1, _response(429, None, **headers)) == 30.0


# ------------------------------------------------------------------ pickling

STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (418, errors.APIStatusError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (503, errors.InternalServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_status_errors_pickle_with_their_attributes(status: int, cls: type) -> None:
    error = _error(status, **{"Retry-After": "3"})
    assert type(error) is cls
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is cls
    for name in (
        "status_code",
        "body",
        "parsed",
        "request_id",
        "message",
        "code",
        "retry_after",
        "args",
    ):
        assert getattr(again, name) == getattr(error, name), name
    assert isinstance(again.parsed, ErrorResponse)
    assert again.parsed.error.message == "Recording not found"
    assert (
        str(again)
        == str(error)
        == f"HTTP {status}: Recording not found (code {status}) [request id 8f00-AMS]"
    )
    assert dict(again.headers) == dict(error.headers)
    # The response is rebuilt from status, headers and body; the request (credentials) is not.
    assert again.response.status_code == status
    assert again.response.json() == error.body
    with pytest.raises(RuntimeError):
        again.response.request  # noqa: B018
    assert b"secret-token" not in pickle.dumps(error)


def test_status_error_with_a_non_json_body_pickles() -> None:
    response = httpx.Response(
        502, text="<html>bad gateway</html>", request=httpx.Request("GET", URL)
    )
    error = errors.error_for_status(502)(response, None)
    again = pickle.loads(pickle.dumps(error))
    assert (again.status_code, again.body, again.parsed, again.message) == (
        502,
        None,
        None,
        "Bad Gateway",
    )
    assert again.response.text == "<html>bad gateway</html>"


def test_other_errors_pickle() -> None:
    response = _response(200, {"success": True}, **{"cf-ray": "id-1"})
    made: list[errors.RealtimeKitError] = [
        errors.ValidationError(["max_seconds: must be at least 60", "url: not a URI"]),
        errors.MissingCredentialsError("no api_token"),
        errors.InvalidCredentialsError("api_token holds a line break"),
        errors.APIResponseValidationError("HTTP 200: unexpected body", response=response),
        errors.APIConnectionError("the request failed: ConnectError", request=response.request),
        errors.APITimeoutError("the request timed out: ReadTimeout", request=response.request),
        errors.RealtimeKitError("base"),
    ]
    for error in made:
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error)
        assert str(again) == str(error) and again.args == error.args
    validation = pickle.loads(pickle.dumps(made[0]))
    assert validation.errors == ["max_seconds: must be at least 60", "url: not a URI"]
    response_error = pickle.loads(pickle.dumps(made[3]))
    assert response_error.request_id == "id-1" and response_error.response is None
    assert pickle.loads(pickle.dumps(made[4])).request is None


# ------------------------------------------------------------------ enums


def test_enum_str_and_format_give_the_value() -> None:
    member = RecordingStatus.INVOKED
    assert str(member) == "INVOKED"
    assert f"{member}" == "INVOKED"
    assert f"{member:>9}|" == "  INVOKED|"
    assert "%s" % member == "INVOKED"  # noqa: UP031
    assert repr(member) == "<RecordingStatus.INVOKED: 'INVOKED'>"
    assert str(StopReasonType.ALL_PEERS_LEFT) == "ALL_PEERS_LEFT"


def test_unknown_response_enum_value_survives_as_the_enum() -> None:
    recording = Recording.from_dict({**RECORDING, "status": "ARCHIVED"})
    status = recording.status
    assert isinstance(status, RecordingStatus)
    assert status == "ARCHIVED" and str(status) == "ARCHIVED" and f"{status}" == "ARCHIVED"
    assert status.value == "ARCHIVED" and not status.is_known
    assert RecordingStatus.INVOKED.is_known
    assert status not in list(RecordingStatus)
    assert recording.to_dict()["status"] == "ARCHIVED"
    assert Recording.from_dict(recording.to_dict()) == recording
    assert pickle.loads(pickle.dumps(recording)) == recording
    assert Recording.from_dict({**RECORDING, "status": "INVOKED"}).status is RecordingStatus.INVOKED


def test_unknown_values_stay_refused_in_requests() -> None:
    from realtimekit.models import StartRecordingRequest, VideoConfig

    with pytest.raises(errors.ValidationError, match="codec"):
        StartRecordingRequest.from_dict({"video_config": {"codec": "AV1"}})
    assert VideoConfig.from_dict({"codec": "VP8"}).codec == "VP8"


# ------------------------------------------------------------------ what mypy sees

USER_SCRIPT = """
from __future__ import annotations

from typing import assert_type

from realtimekit import RealtimeKit
from realtimekit.errors import NotFoundError, RateLimitError
from realtimekit.models import RecordingStatus


def show(client: RealtimeKit) -> None:
    try:
        recording = client.get_recording(account_id="a", recording_id="r")
    except NotFoundError as e:
        if e.parsed is not None:
            message: str = e.parsed.error.message
            code: int = e.parsed.error.code
            print(message, code)
        return
    except RateLimitError as e:
        wait: float | None = e.retry_after
        print(wait)
        return
    reveal_type(recording.status)
    assert_type(recording.status, RecordingStatus)
    if recording.status is RecordingStatus.UPLOADED:
        print(f"{recording.status}")
"""


def test_user_script_type_checks(tmp_path: Path) -> None:
    script = tmp_path / "user.py"
    script.write_text(textwrap.dedent(USER_SCRIPT), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.11",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            script.name,
        ],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(PACKAGE_DIR)},
        capture_output=True,
        text=True,
        check=False,
    )
    out = result.stdout + result.stderr
    assert 'Revealed type is "realtimekit.models.RecordingStatus"' in out, out
    errors_only = [line for line in out.splitlines() if ": error:" in line]
    assert errors_only == [], out
