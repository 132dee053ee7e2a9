# Generated from tests/specs/constructs/no_operation_id.yaml by sdkgen 0.1.0. Do not edit.
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
    Item,
    NewItem,
    StockLevel,
)


class CatalogWithRawResponse:
    """``Catalog.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def get_items(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Item]]:
        """Like :meth:`Catalog.get_items`, returning the HTTP response undecoded."""
        prepared = _operations.get_items(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def post_items(
        self,
        request: NewItem,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Item]:
        """Like :meth:`Catalog.post_items`, returning the HTTP response undecoded."""
        prepared = _operations.post_items(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def get_items_item_id(
        self,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Item]:
        """Like :meth:`Catalog.get_items_item_id`, returning the HTTP response undecoded."""
        prepared = _operations.get_items_item_id(
            self._credentials,
            item_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def put_items_item_id_stock_level(
        self,
        item_id: str,
        request: StockLevel,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[StockLevel]:
        """Like :meth:`Catalog.put_items_item_id_stock_level`, returning the HTTP response
        undecoded."""
        prepared = _operations.put_items_item_id_stock_level(
            self._credentials,
            item_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)


class AsyncCatalogWithRawResponse:
    """``AsyncCatalog.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def get_items(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Item]]:
        """Like :meth:`AsyncCatalog.get_items`, returning the HTTP response undecoded."""
        prepared = _operations.get_items(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def post_items(
        self,
        request: NewItem,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Item]:
        """Like :meth:`AsyncCatalog.post_items`, returning the HTTP response undecoded."""
        prepared = _operations.post_items(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def get_items_item_id(
        self,
        item_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Item]:
        """Like :meth:`AsyncCatalog.get_items_item_id`, returning the HTTP response undecoded."""
        prepared = _operations.get_items_item_id(
            self._credentials,
            item_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def put_items_item_id_stock_level(
        self,
        item_id: str,
        request: StockLevel,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[StockLevel]:
        """Like :meth:`AsyncCatalog.put_items_item_id_stock_level`, returning the HTTP response
        undecoded."""
        prepared = _operations.put_items_item_id_stock_level(
            self._credentials,
            item_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)
