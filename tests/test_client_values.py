"""Values a user hands the generated client, pages as sequences, and what reaches the logs.

Dates and times: a naive datetime or a str where the type says datetime is refused before
anything is sent (``list_recordings``' ``start_time``/``end_time`` query parameters here; every
other place, path, header, nested JSON, lists, maps and forms, is covered by the
security_query_key construct spec's call script). Pages: ``len()``, indexing and slicing, sync
and async. Logging: extra_query values never reach a log record, httpx's INFO line included.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from realtimekit import AsyncRealtimeKit, RealtimeKit
from realtimekit.errors import ValidationError
from test_client_pagination import PagingServer, ids

BASE = "https://api.test/client/v4"
UTC = timezone.utc


def _listing(requests: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        paging = {"total_count": 0, "start_offset": 0, "end_offset": 0}
        return httpx.Response(200, json={"success": True, "data": [], "paging": paging})

    return httpx.MockTransport(answer)


def sync_client(requests: list[httpx.Request]) -> RealtimeKit:
    http = httpx.Client(transport=_listing(requests))
    return RealtimeKit(api_token="tok-secret", base_url=BASE, http_client=http)


def async_client(requests: list[httpx.Request]) -> AsyncRealtimeKit:
    http = httpx.AsyncClient(transport=_listing(requests))
    return AsyncRealtimeKit(api_token="tok-secret", base_url=BASE, http_client=http)


BAD_TIMES = [
    (datetime(2025, 1, 31, 12, 0), "start_time: a naive datetime (no tzinfo) names no instant"),
    ("2025-01-31T12:00:00Z", "start_time: expected a datetime, got a str"),
]


@pytest.mark.parametrize(("value", "message"), BAD_TIMES)
def test_naive_or_text_datetime_parameter_is_refused_before_sending(
    value: object, message: str
) -> None:
    requests: list[httpx.Request] = []
    with pytest.raises(ValidationError) as caught:
        sync_client(requests).list_recordings("acc", start_time=value)  # type: ignore[arg-type]
    assert any(error.startswith(message) for error in caught.value.errors)
    assert requests == []


@pytest.mark.parametrize(("value", "message"), BAD_TIMES)
def test_async_naive_or_text_datetime_parameter_is_refused_before_sending(
    value: object, message: str
) -> None:
    requests: list[httpx.Request] = []

    async def call() -> None:
        async with async_client(requests) as client:
            await client.list_recordings("acc", start_time=value)  # type: ignore[arg-type]

    with pytest.raises(ValidationError) as caught:
        asyncio.run(call())
    assert any(error.startswith(message) for error in caught.value.errors)
    assert requests == []


def test_the_hint_says_how_to_fix_it() -> None:
    with pytest.raises(ValidationError) as caught:
        sync_client([]).list_recordings(
            "acc",
            start_time=datetime(2025, 1, 31),
            end_time="2025-02-01",  # type: ignore[arg-type]
        )
    text = str(caught.value)
    assert "tzinfo=timezone.utc" in text
    assert (
        "end_time: expected a datetime, got a str; convert it with datetime.fromisoformat" in text
    )


def test_aware_datetimes_are_sent_with_their_offset() -> None:
    requests: list[httpx.Request] = []
    plus_two = timezone(timedelta(hours=2))
    sync_client(requests).list_recordings(
        "acc",
        start_time=datetime(2025, 1, 31, 12, tzinfo=UTC),
        end_time=datetime(2025, 2, 1, tzinfo=plus_two),
    )
    params = requests[0].url.params
    assert params["start_time"] == "2025-01-31T12:00:00+00:00"
    assert params["end_time"] == "2025-02-01T00:00:00+02:00"


# -- pages -------------------------------------------------------------------------------------


def test_a_page_has_a_length_and_is_indexed_by_its_own_items() -> None:
    server = PagingServer(5)
    page = server.client().list_recordings("acc", per_page=3)
    assert len(page) == 3
    assert ids([page[0]]) == [1] and ids([page[-1]]) == [3]
    assert ids(page[1:3]) == [2, 3]
    with pytest.raises(IndexError):
        page[3]
    last = page.next_page()
    assert last is not None and len(last) == 2 and ids([last[-1]]) == [5]
    assert len(server.requests) == 2  # indexing fetches nothing


def test_an_empty_page_has_length_zero_and_is_false() -> None:
    page = PagingServer(0).client().list_recordings("acc")
    assert len(page) == 0
    assert not page


def test_an_async_page_has_a_length_and_is_indexed_by_its_own_items() -> None:
    server = PagingServer(5)

    async def main() -> None:
        async with server.async_client() as client:
            page = await client.list_recordings("acc", per_page=3)
            assert len(page) == 3
            assert ids([page[0], page[-1]]) == [1, 3]
            assert ids(page[1:3]) == [2, 3]
            with pytest.raises(TypeError, match="async for"):
                iter(page)  # type: ignore[call-overload]
            assert ids([item async for item in page]) == [1, 2, 3, 4, 5]

    asyncio.run(main())


# -- logging -------------------------------------------------------------------------------------

SECRETS = ("sig-0123456789", "someone@example.com", "tenant-secret", "tok-secret")


def _records_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


def test_extras_never_reach_a_log_record(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    requests: list[httpx.Request] = []
    http = httpx.Client(transport=_listing(requests))
    with RealtimeKit(
        api_token="tok-secret",
        base_url=BASE,
        http_client=http,
        default_query={"tenant": "tenant-secret"},
    ) as client:
        client.list_recordings(
            "acc",
            search="lamp",
            extra_query={"sig": "sig-0123456789", "email": "someone@example.com"},
        )
    # They were sent...
    assert requests[0].url.params["sig"] == "sig-0123456789"
    # ...and httpx logged the request, with *** for them, the spec's own parameters as sent.
    text = _records_text(caplog)
    httpx_lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert len(httpx_lines) == 1
    assert "sig=***" in httpx_lines[0] and "email=***" in httpx_lines[0]
    assert "tenant=***" in httpx_lines[0] and "search=lamp" in httpx_lines[0]
    assert any(r.name == "realtimekit" for r in caplog.records)
    for secret in SECRETS:
        assert secret not in text


def test_async_extras_never_reach_a_log_record(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    requests: list[httpx.Request] = []

    async def main() -> None:
        async with async_client(requests) as client:
            await client.list_recordings("acc", extra_query={"sig": "sig-0123456789"})

    asyncio.run(main())
    assert requests[0].url.params["sig"] == "sig-0123456789"
    httpx_lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert len(httpx_lines) == 1 and "sig=***" in httpx_lines[0]
    assert "sig-0123456789" not in _records_text(caplog)


def test_other_requests_httpx_logs_are_left_alone(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    sync_client([]).list_recordings("acc", extra_query={"sig": "x"})
    with httpx.Client(transport=_listing([])) as http:
        http.get(BASE + "/elsewhere", params={"sig": "shown"})
    assert "sig=shown" in _records_text(caplog)
