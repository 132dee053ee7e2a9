# Generated from tests/specs/constructs/envelope.yaml by sdkgen 0.1.0. Do not edit.
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
    Meeting,
    MeetingEnvelope,
    NewMeeting,
    Participant,
)


class MeetingsWithRawResponse:
    """``Meetings.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def list_meetings(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Meeting]]:
        """Like :meth:`Meetings.list_meetings`, returning the HTTP response undecoded."""
        prepared = _operations.list_meetings(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def create_meeting(
        self,
        request: NewMeeting,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Meeting]:
        """Like :meth:`Meetings.create_meeting`, returning the HTTP response undecoded."""
        prepared = _operations.create_meeting(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def get_meeting_envelope(
        self,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[MeetingEnvelope]:
        """Like :meth:`Meetings.get_meeting_envelope`, returning the HTTP response undecoded."""
        prepared = _operations.get_meeting_envelope(
            self._credentials,
            meeting_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def list_participants(
        self,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Participant]]:
        """Like :meth:`Meetings.list_participants`, returning the HTTP response undecoded."""
        prepared = _operations.list_participants(
            self._credentials,
            meeting_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncMeetingsWithRawResponse:
    """``AsyncMeetings.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def list_meetings(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Meeting]]:
        """Like :meth:`AsyncMeetings.list_meetings`, returning the HTTP response undecoded."""
        prepared = _operations.list_meetings(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def create_meeting(
        self,
        request: NewMeeting,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Meeting]:
        """Like :meth:`AsyncMeetings.create_meeting`, returning the HTTP response undecoded."""
        prepared = _operations.create_meeting(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def get_meeting_envelope(
        self,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[MeetingEnvelope]:
        """Like :meth:`AsyncMeetings.get_meeting_envelope`, returning the HTTP response
        undecoded."""
        prepared = _operations.get_meeting_envelope(
            self._credentials,
            meeting_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def list_participants(
        self,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Participant]]:
        """Like :meth:`AsyncMeetings.list_participants`, returning the HTTP response undecoded."""
        prepared = _operations.list_participants(
            self._credentials,
            meeting_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
