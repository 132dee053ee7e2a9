"""End to end: the installed client against the mock server over loopback HTTP.

Each case runs a small program in a fresh venv that has only the generated package, and then
asserts on the outcome and on exactly how many requests the mock received.
"""

from __future__ import annotations

import json
import socket
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest
from mockserver import MockServer

ROUTE = "/accounts/{account_id}/realtimekit/recordings"

PROGRAM = """
import asyncio, json, logging, sys
from realtimekit import AsyncRealtimeKit, RealtimeKit
from realtimekit.models import StartRecordingRequest, StorageConfig, VideoConfig

attempts = []
class Count(logging.Handler):
    def emit(self, record):
        if "attempt" in record.getMessage():
            attempts.append(record.getMessage())
logger = logging.getLogger("realtimekit")
logger.setLevel(logging.DEBUG)
logger.addHandler(Count())

def outcome(call):
    try:
        result = call()
        return {{"outcome": "ok", "status": str(result.status), "id": result.id}}
    except Exception as exc:
        return {{"outcome": type(exc).__name__, "message": str(exc),
                "status_code": getattr(exc, "status_code", None)}}

base_url = {base_url!r}
request = {request}
sync = {sync}
if sync:
    with RealtimeKit(api_token="t0ken", base_url=base_url, timeout={timeout}) as client:
        result = outcome(lambda: client.start_recording({account!r}, request))
else:
    async def main():
        async with AsyncRealtimeKit(api_token="t0ken", base_url=base_url, timeout={timeout}) as c:
            try:
                r = await c.start_recording({account!r}, request)
                return {{"outcome": "ok", "status": str(r.status), "id": r.id}}
            except Exception as exc:
                return {{"outcome": type(exc).__name__, "message": str(exc),
                        "status_code": getattr(exc, "status_code", None)}}
    result = asyncio.run(main())
result["attempts"] = len(attempts)
print(json.dumps(result))
"""

VALID = "StartRecordingRequest(meeting_id='m-1', max_seconds=600)"


def run_client(
    python: Path,
    base_url: str,
    *,
    sync: bool = True,
    request: str = VALID,
    account: str = "acc-1",
    timeout: float = 5.0,
) -> dict[str, Any]:
    code = PROGRAM.format(
        base_url=base_url, request=request, sync=sync, account=account, timeout=timeout
    )
    result = subprocess.run(
        [str(python), "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome: dict[str, Any] = json.loads(result.stdout)
    return outcome


@pytest.fixture
def fresh_mock(mock: MockServer) -> MockServer:
    mock.reset()
    return mock


FAULT_MATRIX = [
    # (case, faults to queue, expected outcome, requests the mock must log)
    ("429 with Retry-After, then success", [{"status": 429, "retry_after": "1"}], "ok", 2),
    ("503 once, then success", [{"status": 503}], "ok", 2),
    ("503 three times", [{"status": 503, "count": 3}], "InternalServerError", 3),
    ("429 beyond 60 s Retry-After", [{"status": 429, "retry_after": "120"}], "RateLimitError", 1),
    ("500 on POST is not retried", [{"status": 500}], "InternalServerError", 1),
    ("read timeout on POST is not retried", [{"delay": 3.0}], "APITimeoutError", 1),
    ("dropped connection on POST is not retried", [{"drop": True}], "APIConnectionError", 1),
    ("409 conflict", [{"status": 409, "message": "already recording"}], "ConflictError", 1),
    ("401 rejected credentials", [{"status": 401}], "AuthenticationError", 1),
]


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("case", "faults", "expected", "requests"), FAULT_MATRIX, ids=[c[0] for c in FAULT_MATRIX]
)
def test_fault_matrix(
    installed_python: Path,
    fresh_mock: MockServer,
    sync: bool,
    case: str,
    faults: list[dict[str, Any]],
    expected: str,
    requests: int,
) -> None:
    for fault in faults:
        fresh_mock.fault(**fault)
    result = run_client(installed_python, fresh_mock.url, sync=sync, timeout=1.0)
    assert result["outcome"] == expected, (case, result)
    log = fresh_mock.requests()
    assert len(log) == requests, case
    assert all(entry["body"] == {"meeting_id": "m-1", "max_seconds": 600} for entry in log)
    if expected == "ok":
        assert result["status"] == "INVOKED"  # str() of an enum member is its value


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_connection_refused_is_retried_then_raised(installed_python: Path, sync: bool) -> None:
    with socket.socket() as sock:  # a port that is free, so nothing listens on it
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run_client(installed_python, f"http://127.0.0.1:{port}", sync=sync)
    assert result["outcome"] == "APIConnectionError"
    assert result["attempts"] == 3  # connecting failed, so the POST is safe to retry


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_valid_call_sends_exactly_what_the_spec_describes(
    installed_python: Path, fresh_mock: MockServer, sync: bool
) -> None:
    request = (
        "StartRecordingRequest(meeting_id='m-1', allow_multiple_recordings=False,"
        " video_config=VideoConfig(codec='VP8', width=640),"
        " storage_config=StorageConfig(type='aws', access_key='AK', secret='SK'))"
    )
    result = run_client(installed_python, fresh_mock.url, sync=sync, request=request, account="a/b")
    assert result["outcome"] == "ok", result
    (entry,) = fresh_mock.requests()
    assert entry["method"] == "POST"
    assert entry["path"] == "/accounts/a%2Fb/realtimekit/recordings"
    assert entry["status"] == 200  # the mock validated it against the spec
    assert entry["headers"]["authorization"] == "***"
    assert entry["headers"]["content-type"] == "application/json"
    assert entry["body"] == {
        "meeting_id": "m-1",
        "allow_multiple_recordings": False,
        "video_config": {"codec": "VP8", "width": 640},
        "storage_config": {"type": "aws", "access_key": "AK", "secret": "SK"},
    }


INVALID_INPUTS = [
    ("out of range", "StartRecordingRequest(max_seconds=5)", "max_seconds: 5 is less than"),
    ("wrong type", "StartRecordingRequest(max_seconds='five')", "is not of type 'integer'"),
    (
        "bad enum",
        "StartRecordingRequest(video_config=VideoConfig(codec='AV1'))",
        "'AV1' is not one",
    ),
    ("rule", "StartRecordingRequest(storage_config=StorageConfig(type='aws'))", "access_key"),
    ("not a model", "{'meeting_id': 'm'}", "expected StartRecordingRequest"),
]


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("case", "request_code", "message"), INVALID_INPUTS, ids=[c[0] for c in INVALID_INPUTS]
)
def test_invalid_input_never_reaches_the_server(
    installed_python: Path,
    fresh_mock: MockServer,
    sync: bool,
    case: str,
    request_code: str,
    message: str,
) -> None:
    result = run_client(installed_python, fresh_mock.url, sync=sync, request=request_code)
    assert result["outcome"] == "ValidationError", case
    assert message in result["message"]
    assert fresh_mock.requests() == []


def test_empty_path_parameter_is_rejected(installed_python: Path, fresh_mock: MockServer) -> None:
    result = run_client(installed_python, fresh_mock.url, account="")
    assert result["outcome"] == "ValidationError"
    assert "account_id: '' is shorter than the minimum length of 1" in result["message"]
    assert fresh_mock.requests() == []


LOAD = """
import json, threading
from realtimekit import RealtimeKit
from realtimekit.models import StartRecordingRequest

errors = []
def worker(n):
    with RealtimeKit(api_token="t", base_url={url!r}, max_retries=0) as client:
        for i in range(250):
            try:
                client.start_recording("acc", StartRecordingRequest(meeting_id=f"{{n}}-{{i}}"))
            except Exception as exc:
                errors.append(repr(exc))
threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps(errors[:5] + [len(errors)]))
"""


def test_eight_concurrent_clients_lose_nothing(
    installed_python: Path, fresh_mock: MockServer
) -> None:
    result = subprocess.run(
        [str(installed_python), "-c", LOAD.format(url=fresh_mock.url)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert json.loads(result.stdout) == [0]
    log = fresh_mock.requests()
    assert len(log) == 2000
    assert {e["status"] for e in log} == {200}
    sent = {e["body"]["meeting_id"] for e in log}
    assert sent == {f"{n}-{i}" for n in range(8) for i in range(250)}
