# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
"""Pages of the paginated operations: one page with its paging information, or every item.

A page is a sequence of its own items (``len(page)``, ``page[0]``, ``page[-1]``, ``page[1:3]``;
an empty page is false), while iterating over it goes on to the following pages. A page is
fetched only when it is reached. The walk stops at an empty page, when the API's
reported total has been reached, or after a page shorter than the ``per_page`` asked for.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, NoReturn, TypeVar, overload

from ._transport import AsyncTransport, PreparedRequest, SyncTransport, Timeout

ItemT = TypeVar("ItemT")
BodyT = TypeVar("BodyT")


@dataclass(frozen=True, slots=True)
class PageReader(Generic[BodyT, ItemT]):
    """Where a response body of a paginated operation holds its items and the total."""

    first_page: int
    items: Callable[[BodyT], list[ItemT]]
    total: Callable[[BodyT], int | None] | None = None  # None: the API reports no total


@dataclass(frozen=True, slots=True)
class _Walk(Generic[BodyT, ItemT]):
    """What every page of one listing shares: how to ask for page ``n`` and read it."""

    prepare: Callable[[int | None], PreparedRequest[BodyT]]
    reader: PageReader[BodyT, ItemT]
    per_page: int | None
    timeout: Timeout | None


class _Page(Generic[ItemT, BodyT]):
    __slots__ = ("_seen_before", "_walk", "body", "items", "page_number")

    def __init__(
        self, walk: _Walk[BodyT, ItemT], page_number: int, body: BodyT, seen_before: int | None
    ) -> None:
        self._walk = walk
        self.body: BodyT = body
        """The whole response, e.g. its paging information."""
        self.page_number: int = page_number
        self.items: list[ItemT] = walk.reader.items(body)
        """This page's items."""
        # Items before this page: exact when walked from the first page, else estimated.
        size = walk.per_page or len(self.items)
        first = walk.reader.first_page
        self._seen_before = seen_before if seen_before is not None else (page_number - first) * size

    @property
    def total(self) -> int | None:
        """The total number of items the API reports (``None`` when it does not)."""
        total = self._walk.reader.total
        return total(self.body) if total is not None else None

    def has_next_page(self) -> bool:
        """Whether a following page may hold items (no request is made)."""
        if not self.items:
            return False
        total = self.total
        if total is not None:
            return self._seen_before + len(self.items) < total
        if self._walk.per_page is not None:
            return len(self.items) >= self._walk.per_page
        return True  # neither a total nor a page size: the next page tells

    def __len__(self) -> int:
        """The number of items on this page (iterating goes on to the following pages)."""
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> ItemT: ...

    @overload
    def __getitem__(self, index: slice) -> list[ItemT]: ...

    def __getitem__(self, index: int | slice) -> ItemT | list[ItemT]:
        """An item of this page (``page[0]``, ``page[-1]``), or a list of them (``page[1:3]``)."""
        return self.items[index]

    def __repr__(self) -> str:
        name = type(self).__name__
        return (
            f"{name}(page_number={self.page_number}, items={len(self.items)}, total={self.total})"
        )


class SyncPage(_Page[ItemT, BodyT]):
    """One page of a paginated operation of the synchronous client.

    ``items`` are this page's items and ``body`` the whole response. Iterating over the page
    yields its items, then those of every following page, each fetched when reached.
    """

    __slots__ = ("_transport",)

    def __init__(
        self,
        transport: SyncTransport,
        walk: _Walk[BodyT, ItemT],
        page_number: int,
        body: BodyT,
        seen_before: int | None = None,
    ) -> None:
        super().__init__(walk, page_number, body, seen_before)
        self._transport = transport

    @classmethod
    def fetch(
        cls,
        transport: SyncTransport,
        prepare: Callable[[int | None], PreparedRequest[BodyT]],
        reader: PageReader[BodyT, ItemT],
        page: int | None,
        per_page: int | None,
        timeout: Timeout | None,
    ) -> SyncPage[ItemT, BodyT]:
        walk = _Walk(prepare, reader, per_page, timeout)
        number = reader.first_page if page is None else page
        # Through the transport, so that a raw view's call gives the raw response instead.
        return transport.send_page(
            prepare(page), timeout, lambda sender, body: cls(sender, walk, number, body)
        )

    def next_page(self) -> SyncPage[ItemT, BodyT] | None:
        """Fetch the following page; ``None`` (and no request) when there is none."""
        if not self.has_next_page():
            return None
        number = self.page_number + 1
        body = self._transport.send(self._walk.prepare(number), self._walk.timeout)
        seen = self._seen_before + len(self.items)
        return SyncPage(self._transport, self._walk, number, body, seen)

    def iter_pages(self) -> Iterator[SyncPage[ItemT, BodyT]]:
        """This page and every following one, each fetched when reached."""
        page: SyncPage[ItemT, BodyT] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[ItemT, BodyT]):
    """One page of a paginated operation of the asynchronous client.

    ``items`` are this page's items and ``body`` the whole response. ``async for`` over the
    page yields its items, then those of every following page, each fetched when reached.
    """

    __slots__ = ("_transport",)

    def __init__(
        self,
        transport: AsyncTransport,
        walk: _Walk[BodyT, ItemT],
        page_number: int,
        body: BodyT,
        seen_before: int | None = None,
    ) -> None:
        super().__init__(walk, page_number, body, seen_before)
        self._transport = transport

    async def next_page(self) -> AsyncPage[ItemT, BodyT] | None:
        """Fetch the following page; ``None`` (and no request) when there is none."""
        if not self.has_next_page():
            return None
        number = self.page_number + 1
        body = await self._transport.send(self._walk.prepare(number), self._walk.timeout)
        seen = self._seen_before + len(self.items)
        return AsyncPage(self._transport, self._walk, number, body, seen)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, BodyT]]:
        """This page and every following one, each fetched when reached."""
        page: AsyncPage[ItemT, BodyT] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    def __iter__(self) -> NoReturn:
        # Without it, Python would iterate through __getitem__: this page only, unlike async for.
        raise TypeError(
            "an AsyncPage is iterated with `async for` (every item, across pages); "
            "`page.items` holds this page's"
        )

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[ItemT, BodyT]):
    """What a paginated method of the asynchronous client returns.

    ``await`` it for the first page (an :class:`AsyncPage`), or ``async for`` over it for
    every item across pages. The arguments were validated when the method was called.
    """

    __slots__ = ("_first", "_page", "_transport", "_walk")

    def __init__(
        self,
        transport: AsyncTransport,
        prepare: Callable[[int | None], PreparedRequest[BodyT]],
        reader: PageReader[BodyT, ItemT],
        page: int | None,
        per_page: int | None,
        timeout: Timeout | None,
    ) -> None:
        self._transport = transport
        self._walk = _Walk(prepare, reader, per_page, timeout)
        self._page = page
        self._first = prepare(page)  # validates now: a ValidationError means nothing was sent

    async def _fetch(self) -> AsyncPage[ItemT, BodyT]:
        walk = self._walk
        number = walk.reader.first_page if self._page is None else self._page
        return await self._transport.send_page(
            self._first, walk.timeout, lambda sender, body: AsyncPage(sender, walk, number, body)
        )

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT, BodyT]]:
        return self._fetch().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._fetch()
        async for item in page:
            yield item
