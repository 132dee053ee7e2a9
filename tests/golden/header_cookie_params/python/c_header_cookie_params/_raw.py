# Generated from tests/specs/constructs/header_cookie_params.yaml by sdkgen 0.1.0. Do not edit.
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
    Preference,
    Profile,
)


class SessionsWithRawResponse:
    """``Sessions.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def get_profile(
        self,
        *,
        x_request_id: str,
        x_client_version: int | None = None,
        session_id: str,
        theme: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Profile]:
        """Like :meth:`Sessions.get_profile`, returning the HTTP response undecoded."""
        prepared = _operations.get_profile(
            self._credentials,
            x_request_id=x_request_id,
            x_client_version=x_client_version,
            session_id=session_id,
            theme=theme,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def set_preference(
        self,
        request: Preference,
        *,
        idempotency_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Preference]:
        """Like :meth:`Sessions.set_preference`, returning the HTTP response undecoded."""
        prepared = _operations.set_preference(
            self._credentials,
            request,
            idempotency_key=idempotency_key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)


class AsyncSessionsWithRawResponse:
    """``AsyncSessions.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def get_profile(
        self,
        *,
        x_request_id: str,
        x_client_version: int | None = None,
        session_id: str,
        theme: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Profile]:
        """Like :meth:`AsyncSessions.get_profile`, returning the HTTP response undecoded."""
        prepared = _operations.get_profile(
            self._credentials,
            x_request_id=x_request_id,
            x_client_version=x_client_version,
            session_id=session_id,
            theme=theme,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def set_preference(
        self,
        request: Preference,
        *,
        idempotency_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Preference]:
        """Like :meth:`AsyncSessions.set_preference`, returning the HTTP response undecoded."""
        prepared = _operations.set_preference(
            self._credentials,
            request,
            idempotency_key=idempotency_key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)
