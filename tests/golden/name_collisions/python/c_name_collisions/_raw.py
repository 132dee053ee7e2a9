# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
"""Raw responses: ``client.with_raw_response.<method>(...)`` returns a :class:`RawResponse`.

Imported on first use of ``with_raw_response``. Validation, retries and error statuses are as
for the plain methods; only the success body is left undecoded until ``parse()``.
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Literal as _Literal

from . import _operations
from ._auth import Credentials as _Credentials
from ._transport import AsyncTransport as _AsyncTransport
from ._transport import RawResponse as _RawResponse
from ._transport import SyncTransport as _SyncTransport
from ._transport import Timeout as _Timeout
from ._transport import (
    with_extras,
)
from .models import (
    Credentials,
    File,
    LineItem,
    LineItem2,
    Literal,
    Mapping,
    Order,
    PreparedRequest,
    Settings,
    SyncPage,
    Timeout,
    ValidationError,
)


class NamesWithRawResponse:
    """``Names.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: _Credentials, transport: _SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def get_order(
        self,
        id: str,
        *,
        query_id: str | None = None,
        end_time: str | None = None,
        end_time_before: str | None = None,
        end_time_after: str | None = None,
        timeout_param: int | None = None,
        mixed_case: str | None = None,
        mixed_case_2: str | None = None,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[Order]:
        """Like :meth:`Names.get_order`, returning the HTTP response undecoded."""
        prepared = _operations.get_order(
            self._credentials,
            id,
            query_id=query_id,
            end_time=end_time,
            end_time_before=end_time_before,
            end_time_after=end_time_after,
            timeout_param=timeout_param,
            mixed_case=mixed_case,
            mixed_case_2=mixed_case_2,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_items(
        self,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[list[LineItem]]:
        """Like :meth:`Names.get_items`, returning the HTTP response undecoded."""
        prepared = _operations.get_items(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_items_2(
        self,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[list[LineItem2]]:
        """Like :meth:`Names.get_items_2`, returning the HTTP response undecoded."""
        prepared = _operations.get_items_2(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def list_pages(
        self,
        *,
        page: int | None = None,
        mode: Mapping | _Literal["strict", "loose"] | None = None,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[SyncPage]:
        """Like :meth:`Names.list_pages`, returning the HTTP response of one page undecoded."""
        prepared = _operations.list_pages(
            self._credentials,
            page=page,
            mode=mode,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def upload(
        self,
        request: File,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[Literal]:
        """Like :meth:`Names.upload`, returning the HTTP response undecoded."""
        prepared = _operations.upload(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def put_timeout(
        self,
        request: Timeout,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[PreparedRequest]:
        """Like :meth:`Names.put_timeout`, returning the HTTP response undecoded."""
        prepared = _operations.put_timeout(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def close_operation(
        self,
        request: Credentials,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[ValidationError]:
        """Like :meth:`Names.close_operation`, returning the HTTP response undecoded."""
        prepared = _operations.close_operation(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def put_settings(
        self,
        request: Settings,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[Settings]:
        """Like :meth:`Names.put_settings`, returning the HTTP response undecoded."""
        prepared = _operations.put_settings(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)


class AsyncNamesWithRawResponse:
    """``AsyncNames.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: _Credentials, transport: _AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def get_order(
        self,
        id: str,
        *,
        query_id: str | None = None,
        end_time: str | None = None,
        end_time_before: str | None = None,
        end_time_after: str | None = None,
        timeout_param: int | None = None,
        mixed_case: str | None = None,
        mixed_case_2: str | None = None,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[Order]:
        """Like :meth:`AsyncNames.get_order`, returning the HTTP response undecoded."""
        prepared = _operations.get_order(
            self._credentials,
            id,
            query_id=query_id,
            end_time=end_time,
            end_time_before=end_time_before,
            end_time_after=end_time_after,
            timeout_param=timeout_param,
            mixed_case=mixed_case,
            mixed_case_2=mixed_case_2,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_items(
        self,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[list[LineItem]]:
        """Like :meth:`AsyncNames.get_items`, returning the HTTP response undecoded."""
        prepared = _operations.get_items(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_items_2(
        self,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[list[LineItem2]]:
        """Like :meth:`AsyncNames.get_items_2`, returning the HTTP response undecoded."""
        prepared = _operations.get_items_2(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def list_pages(
        self,
        *,
        page: int | None = None,
        mode: Mapping | _Literal["strict", "loose"] | None = None,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[SyncPage]:
        """Like :meth:`AsyncNames.list_pages`, returning the HTTP response of one page
        undecoded."""
        prepared = _operations.list_pages(
            self._credentials,
            page=page,
            mode=mode,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def upload(
        self,
        request: File,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[Literal]:
        """Like :meth:`AsyncNames.upload`, returning the HTTP response undecoded."""
        prepared = _operations.upload(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def put_timeout(
        self,
        request: Timeout,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[PreparedRequest]:
        """Like :meth:`AsyncNames.put_timeout`, returning the HTTP response undecoded."""
        prepared = _operations.put_timeout(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def close_operation(
        self,
        request: Credentials,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[ValidationError]:
        """Like :meth:`AsyncNames.close_operation`, returning the HTTP response undecoded."""
        prepared = _operations.close_operation(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def put_settings(
        self,
        request: Settings,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _RawResponse[Settings]:
        """Like :meth:`AsyncNames.put_settings`, returning the HTTP response undecoded."""
        prepared = _operations.put_settings(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)
