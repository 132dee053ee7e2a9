# Generated from tests/specs/constructs/security_basic.yaml by sdkgen 0.1.0. Do not edit.
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
    Message,
    NewMessage,
)


class MessagingWithRawResponse:
    """``Messaging.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def list_messages(
        self,
        account_sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Message]]:
        """Like :meth:`Messaging.list_messages`, returning the HTTP response undecoded."""
        prepared = _operations.list_messages(
            self._credentials,
            account_sid,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def create_message(
        self,
        account_sid: str,
        request: NewMessage,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Message]:
        """Like :meth:`Messaging.create_message`, returning the HTTP response undecoded."""
        prepared = _operations.create_message(
            self._credentials,
            account_sid,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncMessagingWithRawResponse:
    """``AsyncMessaging.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def list_messages(
        self,
        account_sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Message]]:
        """Like :meth:`AsyncMessaging.list_messages`, returning the HTTP response undecoded."""
        prepared = _operations.list_messages(
            self._credentials,
            account_sid,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def create_message(
        self,
        account_sid: str,
        request: NewMessage,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Message]:
        """Like :meth:`AsyncMessaging.create_message`, returning the HTTP response undecoded."""
        prepared = _operations.create_message(
            self._credentials,
            account_sid,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
