"""``client.with_raw_response``: the client's own methods, answering with the undecoded response.

One implementation per operation: a raw call validates, retries and raises as the plain call
does; its parameters are the plain method's, as type checkers see them; a raw page parses into
the page the plain method returns, which goes on to the following pages.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import httpx
import pytest
from realtimekit import AsyncPage, AsyncRealtimeKit, RealtimeKit, SyncPage, _raw
from realtimekit._transport import RawResponse
from realtimekit.errors import InternalServerError, ValidationError
from realtimekit.models import ListRecordingsResponse, Recording, StartRecordingRequest
from samples import STARTED
from test_client_pagination import PagingServer, ids

PACKAGE_DIR = Path(
    os.environ.get("SDKGEN_PACKAGE_DIR", Path(__file__).parents[1] / "generated" / "python")
)


@pytest.fixture(autouse=True)
def no_retry_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.sleep", lambda _delay: None)


def test_a_raw_page_parses_into_the_page_which_goes_on_to_the_next_pages() -> None:
    server = PagingServer(5)
    raw = server.client().with_raw_response.list_recordings("acc", per_page=2)
    assert isinstance(raw, RawResponse) and raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert len(server.requests) == 1
    page = raw.parse()
    assert isinstance(page, SyncPage) and ids(page.items) == [1, 2] and page.total == 5
    assert isinstance(page.body, ListRecordingsResponse)
    assert raw.parse() is page  # parsed once
    following = page.next_page()  # decoded, as the plain method's pages are
    assert isinstance(following, SyncPage) and ids(following.items) == [3, 4]
    assert ids(page) == [1, 2, 3, 4, 5]
    assert server.pages_asked == [None, "2", "2", "3"]


def test_a_raw_async_page_parses_into_the_async_page() -> None:
    async def scenario() -> None:
        server = PagingServer(5)
        async with server.async_client() as client:
            raw = await client.with_raw_response.list_recordings("acc", page_no=2, per_page=2)
            assert raw.status_code == 200 and server.pages_asked == ["2"]
            page = raw.parse()
            assert isinstance(page, AsyncPage) and ids(page.items) == [3, 4]
            following = await page.next_page()
            assert following is not None and ids(following.items) == [5]
            assert ids([r async for r in page]) == [3, 4, 5]

    asyncio.run(scenario())


def test_a_raw_call_retries_and_validates_as_the_plain_call() -> None:
    server = PagingServer(2, fail={1: 503})
    raw = server.client().with_raw_response.list_recordings("acc")
    assert ids(raw.parse().items) == [1, 2]
    assert server.pages_asked == [None, None]  # the 503 was retried
    server = PagingServer(2, fail={1: 503})
    client = server.client().with_options(max_retries=0)
    with pytest.raises(InternalServerError):
        client.with_raw_response.list_recordings("acc")
    with pytest.raises(ValidationError):
        server.client().with_raw_response.list_recordings("acc", per_page=0)
    assert len(server.requests) == 1


def test_sync_and_async_raw_calls_give_the_response_and_the_model() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=STARTED, headers={"x-request-id": "r-1"})

    sync = RealtimeKit(
        api_token="t",
        base_url="https://api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    raw = sync.with_raw_response.start_recording("acc", StartRecordingRequest(max_seconds=60))
    assert raw.headers["x-request-id"] == "r-1"
    assert isinstance(raw.parse(), Recording)

    async def scenario() -> None:
        client = AsyncRealtimeKit(
            api_token="t",
            base_url="https://api.test",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        )
        raw = await client.with_raw_response.start_recording("acc", StartRecordingRequest())
        assert raw.status_code == 200 and isinstance(raw.parse(), Recording)
        # The client it came from still decodes.
        assert isinstance(await client.start_recording("acc", StartRecordingRequest()), Recording)

    asyncio.run(scenario())
    assert isinstance(sync.start_recording("acc", StartRecordingRequest()), Recording)


def test_the_raw_views_hold_no_copy_of_any_operation() -> None:
    # One implementation per operation: each raw method is the client's, through one wrapper.
    source = Path(_raw.__file__).read_text(encoding="utf-8")
    assert "def start_recording" not in source and "_operations" not in source
    assert "start_recording: Final = _SyncRaw(RealtimeKit.start_recording)" in source


def test_raw_methods_describe_themselves_with_the_raw_return_type() -> None:
    raw_start = RealtimeKit(api_token="t").with_raw_response.start_recording
    hints = typing.get_type_hints(raw_start)
    assert hints["return"] == RawResponse[Recording]
    assert hints["request"] is StartRecordingRequest
    assert raw_start.__name__ == "start_recording"
    pages = typing.get_type_hints(AsyncRealtimeKit(api_token="t").with_raw_response.list_recordings)
    # The method returns a pager to await, not a coroutine: awaited, it gives the raw page.
    (raw,) = typing.get_args(pages["return"])
    assert typing.get_origin(raw) is RawResponse
    (page,) = typing.get_args(raw)
    assert typing.get_origin(page) is AsyncPage


USER_SCRIPT = """
from __future__ import annotations

from typing import assert_type

from realtimekit import AsyncPage, AsyncRealtimeKit, RealtimeKit, SyncPage
from realtimekit._transport import RawResponse
from realtimekit.models import ListRecordingsResponse, Recording, StartRecordingRequest


def use(client: RealtimeKit) -> None:
    raw = client.with_raw_response.start_recording("acc", StartRecordingRequest())
    assert_type(raw, RawResponse[Recording])
    assert_type(raw.parse(), Recording)
    page = client.with_raw_response.list_recordings("acc", per_page=2).parse()
    assert_type(page, SyncPage[Recording, ListRecordingsResponse])
    client.with_raw_response.start_recording("acc", StartRecordingRequest(), timeout="1")
    client.with_raw_response.get_recording("acc")
    client.with_raw_response.list_recordings("acc", per_pag=2)


async def use_async(client: AsyncRealtimeKit) -> None:
    raw = await client.with_raw_response.get_recording("acc", "rec")
    assert_type(raw, RawResponse[Recording])
    page = (await client.with_raw_response.list_recordings("acc")).parse()
    assert_type(page, AsyncPage[Recording, ListRecordingsResponse])
    await client.with_raw_response.get_recording("acc", recording_id=3)
"""


def test_mypy_checks_the_parameters_and_the_result_of_raw_methods(tmp_path: Path) -> None:
    script = tmp_path / "user_raw.py"
    script.write_text(textwrap.dedent(USER_SCRIPT), encoding="utf-8")
    result = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11"),
            *("--no-incremental", "--cache-dir", str(tmp_path / ".mypy_cache"), script.name),
        ],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(PACKAGE_DIR)},
        capture_output=True,
        text=True,
        check=False,
    )
    out = result.stdout + result.stderr
    errors = [line.split(": error: ", 1)[1] for line in out.splitlines() if ": error: " in line]
    # The assert_type lines pass; each wrong call is an error naming what is wrong.
    assert len(errors) == 4, out
    assert '"timeout"' in errors[0] and '"str"' in errors[0], out
    assert "Too few arguments" in errors[1], out
    assert 'Unexpected keyword argument "per_pag"' in errors[2], out
    assert '"recording_id"' in errors[3] and '"int"' in errors[3], out
