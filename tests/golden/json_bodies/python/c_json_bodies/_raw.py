# Generated from tests/specs/constructs/json_bodies.yaml by sdkgen 0.1.0. Do not edit.
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
    BatchResult,
    NewUser,
    Notification,
    Receipt,
    User,
)


class BatchWithRawResponse:
    """``Batch.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def add_tags(
        self,
        request: list[str],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[BatchResult]:
        """Like :meth:`Batch.add_tags`, returning the HTTP response undecoded."""
        prepared = _operations.add_tags(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def increment_counter(
        self,
        counter_id: str,
        request: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[int]:
        """Like :meth:`Batch.increment_counter`, returning the HTTP response undecoded."""
        prepared = _operations.increment_counter(
            self._credentials,
            counter_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def send_notification(
        self,
        request: Notification,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Receipt]:
        """Like :meth:`Batch.send_notification`, returning the HTTP response undecoded."""
        prepared = _operations.send_notification(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def create_users(
        self,
        request: list[NewUser],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[User]]:
        """Like :meth:`Batch.create_users`, returning the HTTP response undecoded."""
        prepared = _operations.create_users(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncBatchWithRawResponse:
    """``AsyncBatch.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def add_tags(
        self,
        request: list[str],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[BatchResult]:
        """Like :meth:`AsyncBatch.add_tags`, returning the HTTP response undecoded."""
        prepared = _operations.add_tags(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def increment_counter(
        self,
        counter_id: str,
        request: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[int]:
        """Like :meth:`AsyncBatch.increment_counter`, returning the HTTP response undecoded."""
        prepared = _operations.increment_counter(
            self._credentials,
            counter_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def send_notification(
        self,
        request: Notification,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Receipt]:
        """Like :meth:`AsyncBatch.send_notification`, returning the HTTP response undecoded."""
        prepared = _operations.send_notification(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def create_users(
        self,
        request: list[NewUser],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[User]]:
        """Like :meth:`AsyncBatch.create_users`, returning the HTTP response undecoded."""
        prepared = _operations.create_users(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
