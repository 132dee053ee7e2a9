"""Pagination of the generated client (``list_recordings``) over an in-process transport.

The spec declares it (``x-sdk-pagination`` on ``listRecordings``: ``page_no``, ``per_page``,
``data``, ``paging.total_count``); these tests check what a user sees: which requests are made,
when, and which items come back, for the sync and the async client. The same walk runs over
real HTTP against the stateful mock in tests/test_e2e_workflow.py.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from realtimekit import AsyncPage, AsyncPager, AsyncRealtimeKit, RealtimeKit, SyncPage
from realtimekit.errors import ValidationError
from realtimekit.models import ListRecordingsResponse, Paging, RecordingStatus
from samples import STARTED

BASE = "https://api.test/client/v4"


def recording(n: int) -> dict[str, Any]:
    return {**STARTED["data"], "id": f"00000000-0000-4000-8000-{n:012d}"}


class PagingServer:
    """Serves ``count`` recordings by page_no/per_page (default page size 3), recording requests.

    ``reported`` is the total the server claims (a lying server reports more than it has);
    ``fail`` maps a page number to a status answered once for it.
    """

    def __init__(self, count: int, reported: int | None = None, fail: dict[int, int] | None = None):
        self.items = [recording(n) for n in range(1, count + 1)]
        self.reported = count if reported is None else reported
        self.fail = dict(fail or {})
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        page = int(request.url.params.get("page_no", "1"))
        if page in self.fail:
            return httpx.Response(
                self.fail.pop(page),
                json={"success": False, "error": {"code": 503, "message": "busy"}},
            )
        size = int(request.url.params.get("per_page", "3"))
        chunk = self.items[(page - 1) * size : page * size]
        start = (page - 1) * size + 1 if chunk else 0
        paging = {
            "total_count": self.reported,
            "start_offset": start,
            "end_offset": start + len(chunk) - 1 if chunk else 0,
        }
        return httpx.Response(200, json={"success": True, "data": chunk, "paging": paging})

    @property
    def pages_asked(self) -> list[str | None]:
        return [r.url.params.get("page_no") for r in self.requests]

    def client(self) -> RealtimeKit:
        http = httpx.Client(transport=httpx.MockTransport(self))
        return RealtimeKit(api_token="tok-secret", base_url=BASE, http_client=http)

    def async_client(self) -> AsyncRealtimeKit:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self))
        return AsyncRealtimeKit(api_token="tok-secret", base_url=BASE, http_client=http)


def ids(items: Any) -> list[int]:
    return [int(str(r.id)[-12:]) for r in items]


@pytest.fixture(autouse=True)
def no_retry_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.sleep", lambda _delay: None)


def test_iterating_walks_every_page_and_stops_at_the_reported_total() -> None:
    server = PagingServer(5)
    items = list(server.client().list_recordings("acc", per_page=2))
    assert ids(items) == [1, 2, 3, 4, 5]
    # Page 3 holds the 5th item of 5: no 4th request.
    assert server.pages_asked == [None, "2", "3"]
    assert [r.url.params.get("per_page") for r in server.requests] == ["2", "2", "2"]


def test_one_page_tells_where_it_lies() -> None:
    server = PagingServer(5)
    page = server.client().list_recordings("acc", per_page=2)
    assert isinstance(page, SyncPage)
    assert ids(page.items) == [1, 2]
    assert page.page_number == 1
    assert page.total == 5
    assert isinstance(page.body, ListRecordingsResponse)
    assert page.body.paging == Paging(total_count=5, start_offset=1, end_offset=2)
    assert page.has_next_page()
    assert repr(page) == "SyncPage(page_number=1, items=2, total=5)"
    assert "tok-secret" not in repr(page)
    assert len(server.requests) == 1  # nothing fetched ahead

    last = page.next_page()
    assert last is not None
    last = last.next_page()
    assert last is not None and ids(last.items) == [5] and last.page_number == 3
    assert not last.has_next_page()
    assert last.next_page() is None
    assert len(server.requests) == 3  # no request for the page that is not there


def test_pages_are_fetched_only_when_reached() -> None:
    server = PagingServer(9)
    items = iter(server.client().list_recordings("acc", per_page=3))
    assert ids([next(items), next(items), next(items)]) == [1, 2, 3]
    assert len(server.requests) == 1
    assert ids([next(items)]) == [4]
    assert len(server.requests) == 2


def test_starting_at_a_later_page() -> None:
    server = PagingServer(7)
    page = server.client().list_recordings("acc", page_no=2, per_page=3)
    assert page.page_number == 2
    assert ids(page) == [4, 5, 6, 7]
    assert server.pages_asked == ["2", "3"]


def test_without_per_page_the_server_default_size_is_used() -> None:
    server = PagingServer(7)  # pages of 3
    assert ids(server.client().list_recordings("acc")) == list(range(1, 8))
    assert server.pages_asked == [None, "2", "3"]
    assert all("per_page" not in r.url.params for r in server.requests)


def test_a_total_that_overstates_ends_at_the_first_empty_page() -> None:
    server = PagingServer(5, reported=50)
    assert ids(server.client().list_recordings("acc", per_page=2)) == [1, 2, 3, 4, 5]
    assert server.pages_asked == [None, "2", "3", "4"]


def test_an_empty_list_is_one_request() -> None:
    server = PagingServer(0)
    page = server.client().list_recordings("acc")
    assert page.items == [] and not page.has_next_page()
    assert list(page) == []
    assert len(server.requests) == 1


def test_filters_are_sent_with_every_page() -> None:
    server = PagingServer(4)
    statuses = [RecordingStatus.UPLOADED, "RECORDING"]
    list(server.client().list_recordings("acc", per_page=2, status=statuses, search="weekly"))
    assert len(server.requests) == 2
    for request in server.requests:
        assert request.url.params.get_list("status") == ["UPLOADED", "RECORDING"]
        assert request.url.params["search"] == "weekly"


def test_a_failed_page_is_retried_like_any_get() -> None:
    server = PagingServer(4, fail={2: 503})
    assert ids(server.client().list_recordings("acc", per_page=2)) == [1, 2, 3, 4]
    assert server.pages_asked == [None, "2", "2"]


def test_invalid_arguments_send_nothing() -> None:
    server = PagingServer(4)
    with pytest.raises(ValidationError) as raised:
        server.client().list_recordings("acc", per_page=0, page_no=0)
    assert raised.value.errors == [
        "page_no: 0 is less than the minimum of 1",
        "per_page: 0 is less than the minimum of 1",
    ]
    assert server.requests == []


def test_async_iteration_and_pages() -> None:
    async def scenario() -> None:
        server = PagingServer(5)
        async with server.async_client() as client:
            assert ids([r async for r in client.list_recordings("acc", per_page=2)]) == [
                1,
                2,
                3,
                4,
                5,
            ]
            assert server.pages_asked == [None, "2", "3"]

            pager = client.list_recordings("acc", per_page=2)
            assert isinstance(pager, AsyncPager)
            page = await pager
            assert isinstance(page, AsyncPage)
            assert ids(page.items) == [1, 2] and page.total == 5
            numbers = [p.page_number async for p in page.iter_pages()]
            assert numbers == [1, 2, 3]
            second = await page.next_page()
            assert second is not None and ids(second.items) == [3, 4]
            assert ids([r async for r in second]) == [3, 4, 5]

    asyncio.run(scenario())


def test_async_arguments_are_validated_at_the_call() -> None:
    async def scenario() -> None:
        server = PagingServer(1)
        async with server.async_client() as client:
            with pytest.raises(ValidationError):
                client.list_recordings("", per_page=5)  # raised before any await
        assert server.requests == []

    asyncio.run(scenario())
