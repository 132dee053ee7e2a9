# Generated from tests/specs/constructs/one_of_discriminator.yaml by sdkgen 0.1.0. Do not edit.
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
    Event,
    PaymentMethod,
)


class PaymentsWithRawResponse:
    """``Payments.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def create_payment_method(
        self,
        request: PaymentMethod,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Like :meth:`Payments.create_payment_method`, returning the HTTP response undecoded."""
        prepared = _operations.create_payment_method(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_payment_method(
        self,
        method_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Like :meth:`Payments.get_payment_method`, returning the HTTP response undecoded."""
        prepared = _operations.get_payment_method(
            self._credentials,
            method_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def list_events(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Event]]:
        """Like :meth:`Payments.list_events`, returning the HTTP response undecoded."""
        prepared = _operations.list_events(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncPaymentsWithRawResponse:
    """``AsyncPayments.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def create_payment_method(
        self,
        request: PaymentMethod,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Like :meth:`AsyncPayments.create_payment_method`, returning the HTTP response
        undecoded."""
        prepared = _operations.create_payment_method(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_payment_method(
        self,
        method_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[PaymentMethod]:
        """Like :meth:`AsyncPayments.get_payment_method`, returning the HTTP response undecoded."""
        prepared = _operations.get_payment_method(
            self._credentials,
            method_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def list_events(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Event]]:
        """Like :meth:`AsyncPayments.list_events`, returning the HTTP response undecoded."""
        prepared = _operations.list_events(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
