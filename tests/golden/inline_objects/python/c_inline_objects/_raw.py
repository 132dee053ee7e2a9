# Generated from tests/specs/constructs/inline_objects.yaml by sdkgen 0.1.0. Do not edit.
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
    Recording,
    StartRecordingRequest,
    StartRecordingResponse,
    UpdateRecordingRequest,
)


class InlineObjectsWithRawResponse:
    """``InlineObjects.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def start_recording(
        self,
        request: StartRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[StartRecordingResponse]:
        """Like :meth:`InlineObjects.start_recording`, returning the HTTP response undecoded."""
        prepared = _operations.start_recording(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def update_recording(
        self,
        recording_id: str,
        request: UpdateRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`InlineObjects.update_recording`, returning the HTTP response undecoded."""
        prepared = _operations.update_recording(
            self._credentials,
            recording_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)


class AsyncInlineObjectsWithRawResponse:
    """``AsyncInlineObjects.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def start_recording(
        self,
        request: StartRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[StartRecordingResponse]:
        """Like :meth:`AsyncInlineObjects.start_recording`, returning the HTTP response
        undecoded."""
        prepared = _operations.start_recording(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def update_recording(
        self,
        recording_id: str,
        request: UpdateRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Recording]:
        """Like :meth:`AsyncInlineObjects.update_recording`, returning the HTTP response
        undecoded."""
        prepared = _operations.update_recording(
            self._credentials,
            recording_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)
