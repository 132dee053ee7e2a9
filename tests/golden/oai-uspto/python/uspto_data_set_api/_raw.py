# Generated from tests/specs/public/oai-uspto.yaml by sdkgen 0.1.0. Do not edit.
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
    DataSetList,
    PerformSearchRequest,
)


class UsptoDataSetApiWithRawResponse:
    """``UsptoDataSetApi.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def list_data_sets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[DataSetList]:
        """Like :meth:`UsptoDataSetApi.list_data_sets`, returning the HTTP response undecoded."""
        prepared = _operations.list_data_sets(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def list_searchable_fields(
        self,
        dataset: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[str]:
        """Like :meth:`UsptoDataSetApi.list_searchable_fields`, returning the HTTP response
        undecoded."""
        prepared = _operations.list_searchable_fields(
            self._credentials,
            dataset,
            version,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def perform_search(
        self,
        dataset: str,
        version: str,
        request: PerformSearchRequest | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[dict[str, dict[str, object]]]]:
        """Like :meth:`UsptoDataSetApi.perform_search`, returning the HTTP response undecoded."""
        prepared = _operations.perform_search(
            self._credentials,
            dataset,
            version,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncUsptoDataSetApiWithRawResponse:
    """``AsyncUsptoDataSetApi.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def list_data_sets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[DataSetList]:
        """Like :meth:`AsyncUsptoDataSetApi.list_data_sets`, returning the HTTP response
        undecoded."""
        prepared = _operations.list_data_sets(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def list_searchable_fields(
        self,
        dataset: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[str]:
        """Like :meth:`AsyncUsptoDataSetApi.list_searchable_fields`, returning the HTTP response
        undecoded."""
        prepared = _operations.list_searchable_fields(
            self._credentials,
            dataset,
            version,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def perform_search(
        self,
        dataset: str,
        version: str,
        request: PerformSearchRequest | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[dict[str, dict[str, object]]]]:
        """Like :meth:`AsyncUsptoDataSetApi.perform_search`, returning the HTTP response
        undecoded."""
        prepared = _operations.perform_search(
            self._credentials,
            dataset,
            version,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
