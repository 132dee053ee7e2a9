# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
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
    CredentialsModel,
    LineItem,
    LineItem2,
    Order,
    Settings,
    ValidationErrorModel,
)


class NamesWithRawResponse:
    """``Names.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Order]:
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[LineItem]]:
        """Like :meth:`Names.get_items`, returning the HTTP response undecoded."""
        prepared = _operations.get_items(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_items_2(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[LineItem2]]:
        """Like :meth:`Names.get_items_2`, returning the HTTP response undecoded."""
        prepared = _operations.get_items_2(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def close_operation(
        self,
        request: CredentialsModel,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[ValidationErrorModel]:
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Settings]:
        """Like :meth:`Names.put_settings`, returning the HTTP response undecoded."""
        prepared = _operations.put_settings(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)


class AsyncNamesWithRawResponse:
    """``AsyncNames.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Order]:
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[LineItem]]:
        """Like :meth:`AsyncNames.get_items`, returning the HTTP response undecoded."""
        prepared = _operations.get_items(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_items_2(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[LineItem2]]:
        """Like :meth:`AsyncNames.get_items_2`, returning the HTTP response undecoded."""
        prepared = _operations.get_items_2(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def close_operation(
        self,
        request: CredentialsModel,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[ValidationErrorModel]:
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Settings]:
        """Like :meth:`AsyncNames.put_settings`, returning the HTTP response undecoded."""
        prepared = _operations.put_settings(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)
