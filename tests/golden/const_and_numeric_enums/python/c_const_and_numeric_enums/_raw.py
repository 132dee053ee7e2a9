# Generated from tests/specs/constructs/const_and_numeric_enums.yaml by sdkgen 0.1.0. Do not edit.
"""Raw responses: ``client.with_raw_response.<method>(...)`` returns a :class:`RawResponse`.

Imported on first use of ``with_raw_response``. Validation, retries and error statuses are as
for the plain methods; only the success body is left undecoded until ``parse()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

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
    NewTask,
    Priority,
    Task,
)


class TasksWithRawResponse:
    """``Tasks.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def list_tasks(
        self,
        *,
        priority: Priority | Literal[1, 2, 3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Task]]:
        """Like :meth:`Tasks.list_tasks`, returning the HTTP response undecoded."""
        prepared = _operations.list_tasks(
            self._credentials,
            priority=priority,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def create_task(
        self,
        request: NewTask,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Task]:
        """Like :meth:`Tasks.create_task`, returning the HTTP response undecoded."""
        prepared = _operations.create_task(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def get_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Literal["ok"]]:
        """Like :meth:`Tasks.get_health`, returning the HTTP response undecoded."""
        prepared = _operations.get_health(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncTasksWithRawResponse:
    """``AsyncTasks.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def list_tasks(
        self,
        *,
        priority: Priority | Literal[1, 2, 3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Task]]:
        """Like :meth:`AsyncTasks.list_tasks`, returning the HTTP response undecoded."""
        prepared = _operations.list_tasks(
            self._credentials,
            priority=priority,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def create_task(
        self,
        request: NewTask,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Task]:
        """Like :meth:`AsyncTasks.create_task`, returning the HTTP response undecoded."""
        prepared = _operations.create_task(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def get_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Literal["ok"]]:
        """Like :meth:`AsyncTasks.get_health`, returning the HTTP response undecoded."""
        prepared = _operations.get_health(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
