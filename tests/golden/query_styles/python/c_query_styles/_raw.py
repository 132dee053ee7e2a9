# Generated from tests/specs/constructs/query_styles.yaml by sdkgen 0.1.0. Do not edit.
"""Raw responses: ``client.with_raw_response.<method>(...)`` returns a :class:`RawResponse`.

Imported on first use of ``with_raw_response``. Validation, retries and error statuses are as
for the plain methods; only the success body is left undecoded until ``parse()``.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import _operations
from ._auth import Credentials
from ._transport import (
    AsyncTransport,
    RawResponse,
    SyncTransport,
    Timeout,
    with_extras,
)
from .models import (
    Coordinates,
    Item,
    ItemFilter,
)


class SearchWithRawResponse:
    """``Search.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def search_items(
        self,
        *,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        filter: ItemFilter | None = None,
        coords: Coordinates | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Item]]:
        """Like :meth:`Search.search_items`, returning the HTTP response undecoded."""
        prepared = _operations.search_items(
            self._credentials,
            tags=tags,
            ids=ids,
            filter=filter,
            coords=coords,
            limit=limit,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncSearchWithRawResponse:
    """``AsyncSearch.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def search_items(
        self,
        *,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        filter: ItemFilter | None = None,
        coords: Coordinates | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Item]]:
        """Like :meth:`AsyncSearch.search_items`, returning the HTTP response undecoded."""
        prepared = _operations.search_items(
            self._credentials,
            tags=tags,
            ids=ids,
            filter=filter,
            coords=coords,
            limit=limit,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
