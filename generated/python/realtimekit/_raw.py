# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""Raw responses: ``client.with_raw_response.<method>(...)`` returns a :class:`RawResponse`.

Imported on first use of ``with_raw_response``. Validation, retries and error statuses are as
for the plain methods; only the success body is left undecoded until ``parse()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
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
    ListRecordingsResponse,
    Recording,
    RecordingSortField,
    RecordingStatus,
    SortOrder,
    StartRecordingRequest,
    UpdateRecordingRequest,
)


class RealtimeKitWithRawResponse:
    """``RealtimeKit.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def list_recordings(
        self,
        account_id: str,
        *,
        meeting_id: str | None = None,
        page_no: int | None = None,
        per_page: int | None = None,
        status: list[
            RecordingStatus
            | Literal["INVOKED", "RECORDING", "UPLOADING", "UPLOADED", "ERRORED", "PAUSED"]
        ]
        | None = None,
        sort_by: RecordingSortField | Literal["invokedTime"] | None = None,
        sort_order: SortOrder | Literal["ASC", "DESC"] | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        expired: bool | None = None,
        search: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[ListRecordingsResponse]:
        """Like :meth:`RealtimeKit.list_recordings`, returning the HTTP response of one page
        undecoded."""
        prepared = _operations.list_recordings(
            self._credentials,
            account_id,
            meeting_id=meeting_id,
            page_no=page_no,
            per_page=per_page,
            status=status,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            end_time=end_time,
            expired=expired,
            search=search,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def start_recording(
        self,
        account_id: str,
        request: StartRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`RealtimeKit.start_recording`, returning the HTTP response undecoded."""
        prepared = _operations.start_recording(
            self._credentials,
            account_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def get_recording(
        self,
        account_id: str,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`RealtimeKit.get_recording`, returning the HTTP response undecoded."""
        prepared = _operations.get_recording(
            self._credentials,
            account_id,
            recording_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def update_recording(
        self,
        account_id: str,
        recording_id: str,
        request: UpdateRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`RealtimeKit.update_recording`, returning the HTTP response undecoded."""
        prepared = _operations.update_recording(
            self._credentials,
            account_id,
            recording_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def get_active_recording(
        self,
        account_id: str,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`RealtimeKit.get_active_recording`, returning the HTTP response undecoded."""
        prepared = _operations.get_active_recording(
            self._credentials,
            account_id,
            meeting_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncRealtimeKitWithRawResponse:
    """``AsyncRealtimeKit.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def list_recordings(
        self,
        account_id: str,
        *,
        meeting_id: str | None = None,
        page_no: int | None = None,
        per_page: int | None = None,
        status: list[
            RecordingStatus
            | Literal["INVOKED", "RECORDING", "UPLOADING", "UPLOADED", "ERRORED", "PAUSED"]
        ]
        | None = None,
        sort_by: RecordingSortField | Literal["invokedTime"] | None = None,
        sort_order: SortOrder | Literal["ASC", "DESC"] | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        expired: bool | None = None,
        search: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[ListRecordingsResponse]:
        """Like :meth:`AsyncRealtimeKit.list_recordings`, returning the HTTP response of one
        page undecoded."""
        prepared = _operations.list_recordings(
            self._credentials,
            account_id,
            meeting_id=meeting_id,
            page_no=page_no,
            per_page=per_page,
            status=status,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            end_time=end_time,
            expired=expired,
            search=search,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def start_recording(
        self,
        account_id: str,
        request: StartRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`AsyncRealtimeKit.start_recording`, returning the HTTP response undecoded."""
        prepared = _operations.start_recording(
            self._credentials,
            account_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def get_recording(
        self,
        account_id: str,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`AsyncRealtimeKit.get_recording`, returning the HTTP response undecoded."""
        prepared = _operations.get_recording(
            self._credentials,
            account_id,
            recording_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def update_recording(
        self,
        account_id: str,
        recording_id: str,
        request: UpdateRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`AsyncRealtimeKit.update_recording`, returning the HTTP response
        undecoded."""
        prepared = _operations.update_recording(
            self._credentials,
            account_id,
            recording_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def get_active_recording(
        self,
        account_id: str,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`AsyncRealtimeKit.get_active_recording`, returning the HTTP response
        undecoded."""
        prepared = _operations.get_active_recording(
            self._credentials,
            account_id,
            meeting_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
