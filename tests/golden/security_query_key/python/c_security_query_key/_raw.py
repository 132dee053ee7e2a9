# Generated from tests/specs/constructs/security_query_key.yaml by sdkgen 0.1.0. Do not edit.
"""Raw responses: ``client.with_raw_response.<method>(...)`` returns a :class:`RawResponse`.

Imported on first use of ``with_raw_response``. Validation, retries and error statuses are as
for the plain methods; only the success body is left undecoded until ``parse()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

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
    CreateReminderRequest,
    Event,
    NewEvent,
)


class EventsWithRawResponse:
    """``Events.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def list_events(
        self,
        day: date,
        *,
        since: datetime | None = None,
        at: list[datetime] | None = None,
        if_modified_since: datetime | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Event]]:
        """Like :meth:`Events.list_events`, returning the HTTP response undecoded."""
        prepared = _operations.list_events(
            self._credentials,
            day,
            since=since,
            at=at,
            if_modified_since=if_modified_since,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def create_event(
        self,
        day: date,
        request: NewEvent,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Event]:
        """Like :meth:`Events.create_event`, returning the HTTP response undecoded."""
        prepared = _operations.create_event(
            self._credentials,
            day,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def create_reminder(
        self,
        request: CreateReminderRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`Events.create_reminder`, returning the HTTP response undecoded."""
        prepared = _operations.create_reminder(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncEventsWithRawResponse:
    """``AsyncEvents.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def list_events(
        self,
        day: date,
        *,
        since: datetime | None = None,
        at: list[datetime] | None = None,
        if_modified_since: datetime | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Event]]:
        """Like :meth:`AsyncEvents.list_events`, returning the HTTP response undecoded."""
        prepared = _operations.list_events(
            self._credentials,
            day,
            since=since,
            at=at,
            if_modified_since=if_modified_since,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def create_event(
        self,
        day: date,
        request: NewEvent,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Event]:
        """Like :meth:`AsyncEvents.create_event`, returning the HTTP response undecoded."""
        prepared = _operations.create_event(
            self._credentials,
            day,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def create_reminder(
        self,
        request: CreateReminderRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncEvents.create_reminder`, returning the HTTP response undecoded."""
        prepared = _operations.create_reminder(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
