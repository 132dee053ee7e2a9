"""Client settings are checked when the client is made (and by ``with_options``), a closed
client says so with the package's own error, and ``default_headers`` / ``default_query``
reach every request. In-process, on the committed generated package."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from realtimekit import AsyncRealtimeKit, ClientClosedError, RealtimeKit
from realtimekit.errors import InvalidCredentialsError, RealtimeKitError
from realtimekit.models import StartRecordingRequest
from samples import STARTED

BASE = "https://api.test/client/v4"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLOUDFLARE_API_TOKEN", "CLOUDFLARE_EMAIL", "CLOUDFLARE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("REALTIMEKIT_BASE_URL", raising=False)


class Server:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=STARTED)

    def client(self, **options: Any) -> RealtimeKit:
        http = httpx.Client(transport=httpx.MockTransport(self))
        return RealtimeKit(api_token="tok", base_url=BASE, http_client=http, **options)

    def async_client(self, **options: Any) -> AsyncRealtimeKit:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self))
        return AsyncRealtimeKit(api_token="tok", base_url=BASE, http_client=http, **options)


BAD = [
    (
        {"base_url": "ftp://files.test/v4"},
        ValueError,
        "base_url must be an http:// or https:// URL with a host, not 'ftp://files.test/v4'",
    ),
    (
        {"base_url": "api.test/v4"},
        ValueError,
        "base_url must be an http:// or https:// URL with a host, not 'api.test/v4'",
    ),
    (
        {"base_url": "http:///v4"},
        ValueError,
        "base_url must be an http:// or https:// URL with a host, not 'http:///v4'",
    ),
    ({"timeout": 0}, ValueError, "timeout must be a number of seconds above 0, not 0"),
    ({"timeout": -1.5}, ValueError, "timeout must be a number of seconds above 0, not -1.5"),
    (
        {"timeout": float("nan")},
        ValueError,
        "timeout must be a number of seconds above 0, not nan",
    ),
    (
        {"timeout": "30"},
        TypeError,
        "timeout must be a number of seconds or an httpx.Timeout, not str",
    ),
    (
        {"timeout": True},
        TypeError,
        "timeout must be a number of seconds or an httpx.Timeout, not bool",
    ),
    (
        {"timeout": httpx.Timeout(10.0, connect=0.0)},
        ValueError,
        "timeout.connect must be a number of seconds above 0 (or None), not 0.0",
    ),
    ({"max_retries": -1}, ValueError, "max_retries must be 0 or more, not -1"),
    ({"max_retries": 2.0}, TypeError, "max_retries must be an int, not float"),
    ({"max_retries": True}, TypeError, "max_retries must be an int, not bool"),
    ({"max_retries": "3"}, TypeError, "max_retries must be an int, not str"),
    (
        {"default_headers": {"Authorization": "Bearer other"}},
        ValueError,
        "default_headers: 'Authorization' carries the client's credentials; pass the "
        "credential argument instead (extra_headers= replaces it for one call)",
    ),
    (
        {"default_headers": {"x-auth-key": "k"}},
        ValueError,
        "default_headers: 'x-auth-key' carries the client's credentials; pass the "
        "credential argument instead (extra_headers= replaces it for one call)",
    ),
    (
        {"default_headers": {"Bad Name": "v"}},
        ValueError,
        "default_headers: 'Bad Name' is not a valid HTTP header name",
    ),
    (
        {"default_headers": {"X-Team": "secret\r\nX-Evil: 1"}},
        ValueError,
        "default_headers['X-Team']: the value must be text without line breaks",
    ),
    (
        {"default_headers": {"X-Team": 7}},
        TypeError,
        "default_headers: 'X-Team' needs a str name and a str value",
    ),
    (
        {"default_headers": [("X-Team", "a")]},
        TypeError,
        "default_headers must be a mapping of str to str, not list",
    ),
    (
        {"default_query": {"": "v"}},
        TypeError,
        "default_query: '' needs a non-empty str name and a str value",
    ),
    (
        {"default_query": "a=b"},
        TypeError,
        "default_query must be a mapping of str to str, not str",
    ),
]


@pytest.mark.parametrize(("options", "kind", "message"), BAD)
@pytest.mark.parametrize("make", [RealtimeKit, AsyncRealtimeKit])
def test_a_bad_setting_is_refused_by_the_constructor(
    make: type[Any], options: dict[str, Any], kind: type[Exception], message: str
) -> None:
    options = {"api_token": "tok", **options}
    with pytest.raises(kind) as caught:
        make(**options)
    assert type(caught.value) is kind
    assert str(caught.value) == message
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize(("options", "kind", "message"), BAD)
def test_with_options_checks_the_same(
    options: dict[str, Any], kind: type[Exception], message: str
) -> None:
    client = Server().client()
    with pytest.raises(kind) as caught:
        client.with_options(**options)
    assert type(caught.value) is kind
    assert str(caught.value) == message


def test_good_settings_are_accepted() -> None:
    client = RealtimeKit(
        api_token="tok",
        base_url="http://localhost:8080/v4/",
        timeout=httpx.Timeout(10.0, pool=None),
        max_retries=0,
    )
    assert client.base_url == "http://localhost:8080/v4"
    client.with_options(timeout=1, max_retries=5, base_url="https://eu.api.test")
    client.close()


def test_a_bad_base_url_from_the_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REALTIMEKIT_BASE_URL", "api.cloudflare.com/client/v4")
    with pytest.raises(ValueError, match=r"^base_url must be an http:// or https:// URL"):
        RealtimeKit(api_token="tok")


def test_an_httpx_client_of_the_other_kind_is_refused() -> None:
    with pytest.raises(TypeError) as caught:
        AsyncRealtimeKit(api_token="tok", http_client=httpx.Client())  # type: ignore[arg-type]
    assert str(caught.value) == (
        "http_client must be an httpx.AsyncClient for AsyncRealtimeKit, not httpx.Client "
        "(pass that one to RealtimeKit)"
    )
    with pytest.raises(TypeError) as caught:
        RealtimeKit(api_token="tok", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    assert str(caught.value) == (
        "http_client must be an httpx.Client for RealtimeKit, not httpx.AsyncClient "
        "(pass that one to AsyncRealtimeKit)"
    )
    with pytest.raises(TypeError) as caught:
        RealtimeKit(api_token="tok", http_client="proxy")  # type: ignore[arg-type]
    assert str(caught.value) == "http_client must be an httpx.Client for RealtimeKit, not str"


CLOSED = (
    "the client is closed: close() was called, its with block ended, or the http_client "
    "it was given was closed; create a new client"
)


def test_a_closed_client_raises_the_packages_own_error() -> None:
    with RealtimeKit(api_token="tok", base_url=BASE) as client:
        pass
    with pytest.raises(ClientClosedError) as caught:
        client.start_recording("acc", StartRecordingRequest())
    assert str(caught.value) == CLOSED
    assert isinstance(caught.value, RealtimeKitError)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    other = client.with_options(max_retries=0)  # shares the closed connections
    with pytest.raises(ClientClosedError):
        other.with_raw_response.start_recording("acc", StartRecordingRequest())


def test_the_closed_error_is_in_errors_with_the_others() -> None:
    import pickle

    from realtimekit import errors

    assert ClientClosedError is errors.ClientClosedError
    assert "ClientClosedError" in errors.__all__
    assert ClientClosedError.__module__ == "realtimekit.errors"

    async def closed_async() -> BaseException:
        async with AsyncRealtimeKit(api_token="tok", base_url=BASE) as client:
            pass
        with pytest.raises(errors.ClientClosedError) as caught:
            await client.start_recording("acc", StartRecordingRequest())
        return caught.value

    with RealtimeKit(api_token="tok", base_url=BASE) as client:
        pass
    with pytest.raises(errors.ClientClosedError) as caught:
        client.start_recording("acc", StartRecordingRequest())
    for raised in (caught.value, asyncio.run(closed_async())):
        copy = pickle.loads(pickle.dumps(raised))
        assert type(copy) is errors.ClientClosedError and str(copy) == CLOSED


def test_a_closed_callers_http_client_says_so_too() -> None:
    server = Server()
    client = server.client()
    client._http.close()
    with pytest.raises(ClientClosedError, match=r"^the client is closed"):
        client.start_recording("acc", StartRecordingRequest())
    assert server.requests == []


def test_a_closed_async_client_raises_the_packages_own_error() -> None:
    async def scenario() -> None:
        async with AsyncRealtimeKit(api_token="tok", base_url=BASE) as client:
            pass
        with pytest.raises(ClientClosedError) as caught:
            await client.start_recording("acc", StartRecordingRequest())
        assert str(caught.value) == CLOSED

    asyncio.run(scenario())


@pytest.mark.parametrize("empty", ["", "  \n"])
def test_an_empty_credential_is_refused_even_with_the_environment_set(
    monkeypatch: pytest.MonkeyPatch, empty: str
) -> None:
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "env-token")
    with pytest.raises(InvalidCredentialsError) as caught:
        RealtimeKit(api_token=empty)
    assert str(caught.value) == (
        "api_token is empty: pass the credential, or leave api_token out (or None) to read "
        "CLOUDFLARE_API_TOKEN from the environment"
    )
    assert isinstance(caught.value, ValueError)
    assert RealtimeKit(api_token=None)._credentials.api_token == "env-token"


def test_default_headers_and_query_reach_every_request_and_calls_still_win() -> None:
    server = Server()
    client = server.client(
        default_headers={"X-Team": "blue", "User-Agent": "my-app/1.0"},
        default_query={"trace": "1", "region": "eu"},
    )
    client.start_recording("acc", StartRecordingRequest())
    client.start_recording(
        "acc",
        StartRecordingRequest(),
        extra_headers={"x-team": "red"},
        extra_query={"region": "us"},
    )
    first, second = server.requests
    assert first.headers["x-team"] == "blue" and first.headers["user-agent"] == "my-app/1.0"
    assert first.headers["authorization"] == "Bearer tok"
    assert first.headers["accept"] == "application/json"
    assert first.url.params.multi_items() == [("trace", "1"), ("region", "eu")]
    assert second.headers.get_list("x-team") == ["red"]
    assert sorted(second.url.params.multi_items()) == [("region", "us"), ("trace", "1")]


def test_default_headers_with_the_clients_own_connections() -> None:
    client = RealtimeKit(api_token="tok", base_url=BASE, default_headers={"X-Team": "blue"})
    server = Server()
    client._http._transport = httpx.MockTransport(server)
    client.start_recording("acc", StartRecordingRequest())
    (sent,) = server.requests
    assert sent.headers["x-team"] == "blue"
    assert sent.headers["user-agent"].startswith("realtimekit-python/")
    client.close()


def test_with_options_adds_to_the_defaults_and_leaves_the_original_alone() -> None:
    server = Server()
    client = server.client(default_headers={"X-Team": "blue"}, default_query={"trace": "1"})
    other = client.with_options(default_headers={"x-team": "red", "X-Extra": "e"})
    other = other.with_options(default_query={"trace": "2"})
    other.start_recording("acc", StartRecordingRequest())
    client.start_recording("acc", StartRecordingRequest())
    changed, original = server.requests
    assert changed.headers.get_list("x-team") == ["red"] and changed.headers["x-extra"] == "e"
    assert changed.url.params.multi_items() == [("trace", "2")]
    assert original.headers["x-team"] == "blue" and "x-extra" not in original.headers
    assert original.url.params.multi_items() == [("trace", "1")]


def test_async_client_sends_the_defaults_too() -> None:
    server = Server()

    async def scenario() -> None:
        async with server.async_client(
            default_headers={"X-Team": "blue"}, default_query={"trace": "1"}
        ) as client:
            await client.start_recording("acc", StartRecordingRequest())

    asyncio.run(scenario())
    (sent,) = server.requests
    assert sent.headers["x-team"] == "blue"
    assert sent.url.params.multi_items() == [("trace", "1")]
