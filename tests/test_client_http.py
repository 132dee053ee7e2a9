"""The generated client over an in-process httpx transport: auth, requests, errors, retries.

``httpx.MockTransport`` lets each test count exactly how many requests were made and inject
transport failures (refused connections, read timeouts) deterministically. The same client
is exercised over real loopback HTTP against the mock server in the end-to-end tests.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from realtimekit import AsyncRealtimeKit, RealtimeKit, __version__, _transport
from realtimekit.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    InternalServerError,
    InvalidCredentialsError,
    MissingCredentialsError,
    RateLimitError,
    ValidationError,
)
from realtimekit.models import (
    RecordingStatus,
    StartRecordingRequest,
    StorageConfig,
    VideoConfig,
    Watermark,
)
from samples import STARTED

OK_BODY = STARTED
BASE = "https://api.test/client/v4"
Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """Answers from a script of responses or exceptions; records every request."""

    def __init__(self, *script: httpx.Response | Exception) -> None:
        self.script = list(script) or [httpx.Response(200, json=OK_BODY)]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script[min(len(self.requests), len(self.script)) - 1]
        if isinstance(step, Exception):
            raise step
        return step

    def client(self, **kwargs: object) -> RealtimeKit:
        http = httpx.Client(transport=httpx.MockTransport(self))
        options: dict[str, object] = {"api_token": "tok-secret", "base_url": BASE, **kwargs}
        return RealtimeKit(http_client=http, **options)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Record retry delays instead of sleeping."""
    delays: list[float] = []
    monkeypatch.setattr(time, "sleep", delays.append)

    async def fake_sleep(delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    yield delays


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLOUDFLARE_API_TOKEN", "CLOUDFLARE_EMAIL", "CLOUDFLARE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("REALTIMEKIT_BASE_URL", raising=False)


def start(client: RealtimeKit, **fields: object) -> object:
    return client.start_recording("acc", StartRecordingRequest(**fields))  # type: ignore[arg-type]


# -- requests -------------------------------------------------------------------------------


def test_sends_method_path_headers_and_only_the_set_fields() -> None:
    server = Server()
    recording = start(server.client(), meeting_id="m-1", max_seconds=600)
    (request,) = server.requests
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/accounts/acc/realtimekit/recordings"
    assert request.headers["authorization"] == "Bearer tok-secret"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"meeting_id": "m-1", "max_seconds": 600}
    assert recording.status is RecordingStatus.INVOKED  # type: ignore[attr-defined]


def test_package_headers_reach_the_server_from_our_client_and_a_callers() -> None:
    """Accept and User-Agent: defaults of the client the package makes, and sent per request
    through a caller's client, even when its own headers change later; an extra header of any
    case replaces ours on both paths."""
    server = Server()
    agent = f"realtimekit-python/{__version__}"
    callers = httpx.Client(transport=httpx.MockTransport(server), headers={"User-Agent": agent})
    ours = RealtimeKit(api_token="t", base_url=BASE)
    ours._http._transport = httpx.MockTransport(server)
    client = RealtimeKit(api_token="t", base_url=BASE, http_client=callers)
    start(ours)
    start(client)
    callers.headers["User-Agent"] = "changed-later"
    start(client)
    start(client.with_options(max_retries=0))
    start(ours.with_options(max_retries=0))
    agents = {tuple(r.headers.get_list("user-agent")) for r in server.requests}
    assert agents == {(agent,)}, agents
    assert all(r.headers.get_list("accept") == ["application/json"] for r in server.requests)
    for each in (ours, client):
        request = StartRecordingRequest(meeting_id="m-1")
        each.start_recording("acc", request, extra_headers={"user-agent": "mine/1"})
        assert server.requests[-1].headers.get_list("user-agent") == ["mine/1"]


@pytest.mark.parametrize(
    ("account_id", "path"),
    [("a/b?c#d", "a%2Fb%3Fc%23d"), ("..", "%2E%2E"), ("v1.2", "v1.2"), ("ü 1", "%C3%BC%201")],
)
def test_path_parameters_are_percent_encoded(account_id: str, path: str) -> None:
    server = Server()
    server.client().start_recording(account_id, StartRecordingRequest())
    assert (
        server.requests[0].url.raw_path
        == f"/client/v4/accounts/{path}/realtimekit/recordings".encode()
    )


def test_repeated_urls_each_reach_their_own_address() -> None:
    """Parsed URLs are kept between calls: one must never stand in for another, whether the
    base URL, a path parameter or the query differs, and after the cache has turned over."""
    server = Server()
    other = "https://other.test/v4"
    clients = {BASE: server.client(), other: server.client(base_url=other)}
    expected = []
    for account in ["a", "b", "a", *(f"n{i}" for i in range(300)), "b"]:
        for base, client in clients.items():
            client.start_recording(account, StartRecordingRequest(), extra_query={"q": account})
            expected.append(f"{base}/accounts/{account}/realtimekit/recordings?q={account}")
    assert [str(r.url) for r in server.requests] == expected


def test_default_timeout_is_60s_with_5s_connect_and_per_call_override() -> None:
    server = Server()
    client = server.client()
    start(client)
    client.start_recording("acc", StartRecordingRequest(), timeout=2.5)
    first, second = (r.extensions["timeout"] for r in server.requests)
    assert first == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert second == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_client_timeout_option() -> None:
    server = Server()
    start(server.client(timeout=httpx.Timeout(7.0)))
    assert server.requests[0].extensions["timeout"]["read"] == 7.0


# -- validation before any I/O ---------------------------------------------------------------


def test_invalid_input_lists_every_violation_and_sends_nothing() -> None:
    server = Server()
    client = server.client()
    request = StartRecordingRequest(
        max_seconds=5,
        video_config=VideoConfig(width=5000, watermark=Watermark(position="center")),  # type: ignore[arg-type]
    )
    with pytest.raises(ValidationError) as info:
        client.start_recording("", request)
    assert server.requests == []
    text = str(info.value)
    assert "account_id: '' is shorter than the minimum length of 1" in text
    assert "max_seconds: 5 is less than the minimum of 60" in text
    assert "video_config.width: 5000 is greater than the maximum of 1920" in text
    assert "video_config.watermark.position: 'center' is not one of" in text
    assert len(info.value.errors) == 4
    assert len([e for e in info.value.errors if e.startswith("account_id:")]) == 1


def test_wrong_python_types_are_validation_errors() -> None:
    server = Server()
    with pytest.raises(ValidationError, match="max_seconds: 'five' is not of type 'integer'"):
        start(server.client(), max_seconds="five")
    with pytest.raises(ValidationError, match="request: expected StartRecordingRequest, got dict"):
        server.client().start_recording("acc", {"meeting_id": "m"})  # type: ignore[arg-type]
    assert server.requests == []


def test_conditional_rules_are_enforced() -> None:
    server = Server()
    with pytest.raises(ValidationError) as info:
        start(
            server.client(),
            video_config=VideoConfig(codec="VP8"),
            audio_config={"codec": "AAC"},
            storage_config=StorageConfig(type="aws"),
        )
    text = str(info.value)
    assert "access_key" in text
    assert "codec" in text
    assert server.requests == []


def test_secret_values_never_reach_validation_messages() -> None:
    server = Server()
    storage = StorageConfig(type="sftp", auth_method="KEY", password=12345)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        start(server.client(), storage_config=storage)
    assert "12345" not in str(info.value)
    assert "storage_config.password" in str(info.value)


# -- auth -----------------------------------------------------------------------------------


def test_email_and_key_headers() -> None:
    server = Server()
    start(server.client(api_token=None, api_email="a@b.c", api_key="k-1"))
    headers = server.requests[0].headers
    assert (headers["x-auth-email"], headers["x-auth-key"]) == ("a@b.c", "k-1")
    assert "authorization" not in headers


def test_credentials_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "env-token")
    monkeypatch.setenv("REALTIMEKIT_BASE_URL", "https://env.test/v4/")
    server = Server()
    client = RealtimeKit(http_client=httpx.Client(transport=httpx.MockTransport(server)))
    start(client)
    assert server.requests[0].headers["authorization"] == "Bearer env-token"
    assert str(server.requests[0].url).startswith("https://env.test/v4/accounts/")


def test_default_base_url_is_the_specs_server() -> None:
    assert RealtimeKit(api_token="t").base_url == "https://api.cloudflare.com/client/v4"


def test_missing_credentials_is_a_clear_error() -> None:
    with pytest.raises(MissingCredentialsError, match="CLOUDFLARE_API_TOKEN"):
        RealtimeKit()
    with pytest.raises(MissingCredentialsError, match="Got only api_email"):
        RealtimeKit(api_email="a@b.c")


def test_credentials_never_appear_in_repr_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    server = Server(
        httpx.Response(401, json={"success": False, "error": {"code": 1, "message": "no"}})
    )
    client = server.client(api_token=None, api_email="a@b.c", api_key="KEY-SECRET")
    assert "KEY-SECRET" not in repr(client)
    with (
        caplog.at_level(logging.DEBUG, logger="realtimekit"),
        pytest.raises(AuthenticationError) as info,
    ):
        start(client, storage_config=StorageConfig(type="gcs", secret="STORE-SECRET"))
    shown = caplog.text + str(info.value) + repr(info.value)
    assert (
        "POST https://api.test/client/v4/accounts/acc/realtimekit/recordings -> 401" in caplog.text
    )
    assert "KEY-SECRET" not in shown and "STORE-SECRET" not in shown


# -- responses ------------------------------------------------------------------------------


def test_error_status_raises_typed_error_with_body() -> None:
    body = {"success": False, "error": {"code": 1009, "message": "already recording"}}
    server = Server(httpx.Response(409, json=body, headers={"cf-ray": "abc"}))
    with pytest.raises(ConflictError) as info:
        start(server.client())
    error = info.value
    assert (error.status_code, error.code, error.message) == (409, 1009, "already recording")
    assert error.body == body
    assert error.headers["cf-ray"] == "abc"
    assert error.response.status_code == 409
    assert str(error) == "HTTP 409: already recording (code 1009) [request id abc]"
    assert error.request_id == "abc"  # the spec declares request-id-header: cf-ray


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>oops</html>"),
        httpx.Response(200, json={"success": True}),
        httpx.Response(200, json={"success": True, "data": {"id": 1}}),
        httpx.Response(200, json=[1, 2]),
    ],
)
def test_unparseable_success_body_is_a_clear_error(response: httpx.Response) -> None:
    with pytest.raises(APIResponseValidationError, match="HTTP 200"):
        start(Server(response).client())


# -- retries --------------------------------------------------------------------------------


def refused() -> httpx.ConnectError:
    return httpx.ConnectError("connection refused")


@pytest.mark.parametrize(
    ("script", "expected", "requests"),
    [
        ([httpx.Response(500)], InternalServerError, 1),
        ([httpx.ReadTimeout("read timed out")], APITimeoutError, 1),
        ([httpx.RemoteProtocolError("dropped")], APIConnectionError, 1),
        ([httpx.Response(503)], InternalServerError, 3),
        ([httpx.Response(429)], RateLimitError, 3),
        ([refused()], APIConnectionError, 3),
        ([httpx.ConnectTimeout("connect timed out")], APITimeoutError, 3),
        ([httpx.Response(503), httpx.Response(200, json=OK_BODY)], None, 2),
        ([refused(), refused(), httpx.Response(200, json=OK_BODY)], None, 3),
    ],
)
def test_post_retries_only_when_the_server_cannot_have_acted(
    script: list[httpx.Response | Exception], expected: type[Exception] | None, requests: int
) -> None:
    server = Server(*script)
    if expected is None:
        start(server.client())
    else:
        with pytest.raises(expected):
            start(server.client())
    assert len(server.requests) == requests


def test_max_retries_zero_disables_retries() -> None:
    server = Server(httpx.Response(503))
    with pytest.raises(InternalServerError):
        start(server.client(max_retries=0))
    assert len(server.requests) == 1


def test_backoff_doubles_with_jitter(no_sleep: list[float]) -> None:
    server = Server(httpx.Response(503))
    with pytest.raises(InternalServerError):
        start(server.client(max_retries=4))
    assert len(no_sleep) == 4
    for delay, base in zip(no_sleep, (0.5, 1.0, 2.0, 4.0), strict=True):
        assert 0.75 * base <= delay <= base


def test_retry_after_seconds_and_http_date_are_honoured(no_sleep: list[float]) -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    server = Server(
        httpx.Response(429, headers={"Retry-After": "3"}),
        httpx.Response(503, headers={"Retry-After": later}),
        httpx.Response(200, json=OK_BODY),
    )
    start(server.client())
    assert len(server.requests) == 3
    assert no_sleep[0] == 3.0
    assert 28 <= no_sleep[1] <= 30


def test_retry_after_beyond_60s_is_not_waited_for(no_sleep: list[float]) -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "120"}))
    with pytest.raises(RateLimitError):
        start(server.client())
    assert len(server.requests) == 1
    assert no_sleep == []


def test_idempotent_operations_retry_500_and_read_timeouts() -> None:
    server = Server(httpx.Response(500), httpx.ReadTimeout("slow"), httpx.Response(200, json={}))
    transport = _transport.SyncTransport(
        httpx.Client(transport=httpx.MockTransport(server)), BASE, _transport.DEFAULT_TIMEOUT, 2
    )
    prepared = _transport.PreparedRequest(
        method="PUT", path="/x", idempotent=True, headers={}, decode=lambda r: r.json()
    )
    assert transport.send(prepared, None) == {}
    assert len(server.requests) == 3


# -- lifecycle and async --------------------------------------------------------------------


def test_context_manager_closes_its_own_client_but_not_a_callers() -> None:
    with RealtimeKit(api_token="t") as owned:
        pass
    assert owned._http.is_closed
    callers = httpx.Client()
    with RealtimeKit(api_token="t", http_client=callers):
        pass
    assert not callers.is_closed
    callers.close()


def test_async_client_has_the_same_behaviour() -> None:
    server = Server(httpx.Response(503), httpx.Response(200, json=OK_BODY))

    async def main() -> tuple[object, bool]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(server))
        async with AsyncRealtimeKit(api_token="t", base_url=BASE, http_client=http) as client:
            recording = await client.start_recording("acc", StartRecordingRequest(meeting_id="m"))
            with pytest.raises(ValidationError):
                await client.start_recording("acc", StartRecordingRequest(max_seconds=1))
        await http.aclose()
        return recording, http.is_closed

    recording, _ = asyncio.run(main())
    assert recording.status is RecordingStatus.INVOKED  # type: ignore[attr-defined]
    assert len(server.requests) == 2
    assert json.loads(server.requests[1].content) == {"meeting_id": "m"}


def test_async_post_is_not_retried_after_a_read_timeout() -> None:
    server = Server(httpx.ReadTimeout("slow"))

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(server))
        client = AsyncRealtimeKit(api_token="t", base_url=BASE, http_client=http)
        with pytest.raises(APITimeoutError):
            await client.start_recording("acc", StartRecordingRequest())
        await http.aclose()

    asyncio.run(main())
    assert len(server.requests) == 1


def test_credentials_are_trimmed_and_a_bad_one_is_refused_unshown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "from-file\n")
    server = Server()
    start(
        RealtimeKit(base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(server)))
    )
    assert server.requests[0].headers["authorization"] == "Bearer from-file"
    for bad in ("to\x00ken", "tök-secret", "a b"):
        with pytest.raises(InvalidCredentialsError) as info:
            RealtimeKit(api_token=bad)
        assert bad not in str(info.value) and "api_token" in str(info.value)


def test_each_credential_falls_back_to_its_own_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_KEY", "env-key")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "env-token")
    server = Server()
    http = httpx.Client(transport=httpx.MockTransport(server))
    start(RealtimeKit(api_email="me@x.test", base_url=BASE, http_client=http))
    # email (argument) + key (environment) is complete, but the token group is all from the
    # environment too: the first group made only of arguments wins, else spec order.
    assert server.requests[0].headers["authorization"] == "Bearer env-token"
    start(RealtimeKit(api_email="me@x.test", api_key="arg-key", base_url=BASE, http_client=http))
    headers = server.requests[1].headers
    assert (headers["x-auth-key"], "authorization" in headers) == ("arg-key", False)


def test_prepared_request_repr_hides_credentials_and_body() -> None:
    prepared = _transport.PreparedRequest(
        method="POST",
        path="/x",
        json={"secret": "S3"},
        idempotent=False,
        headers={"Authorization": "Bearer T0K"},
        decode=lambda p: p,
    )
    assert "S3" not in repr(prepared) and "T0K" not in repr(prepared)


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (httpx.Response(302, headers={"Location": "https://elsewhere"}), "HTTP 302"),
        (httpx.Response(200), "HTTP 200: the response body is empty"),
        (httpx.Response(200, json=[1]), "HTTP 200: unexpected body: body: expected an object"),
    ],
)
def test_redirects_and_empty_bodies_are_clear_errors(
    response: httpx.Response, message: str
) -> None:
    with pytest.raises((APIResponseValidationError, APIStatusError), match=message):
        start(Server(response).client())


def test_retry_after_date_without_offset_is_utc(
    no_sleep: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    later = email.utils.formatdate(time.time() + 20, usegmt=True).replace("GMT", "-0000")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        server = Server(
            httpx.Response(503, headers={"Retry-After": later}), httpx.Response(200, json=OK_BODY)
        )
        start(server.client())
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert 18 <= no_sleep[0] <= 20
