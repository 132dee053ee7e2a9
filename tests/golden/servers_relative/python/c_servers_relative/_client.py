# Generated from tests/specs/constructs/servers_relative.yaml by sdkgen 0.1.0. Do not edit.
"""The synchronous and asynchronous clients of the Orders API."""

from __future__ import annotations

import os
from types import TracebackType
from urllib.parse import urljoin

import httpx

from . import _operations
from ._auth import Credentials
from ._transport import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncTransport,
    SyncTransport,
    Timeout,
    as_timeout,
)
from .errors import ValidationError
from .models import (  # unused names are removed by the formatter's lint pass
    NewOrder,
    Order,
)

SERVER_URL = "/api/v3"
BASE_URL_ENV = "C_SERVERS_RELATIVE_BASE_URL"


def _base_url(
    base_url: str | None,
) -> str:
    """The API root: ``base_url``, else the environment, else the spec's server."""
    url = base_url or os.environ.get(BASE_URL_ENV)
    if not url:
        raise ValidationError(
            [f"base_url is required: the spec's server URL {SERVER_URL} is relative to it"]
        )
    # A relative server URL is resolved against base_url as a browser would.
    return urljoin(url if url.endswith("/") else url + "/", SERVER_URL).rstrip("/")


class Orders:
    """Synchronous client of the Orders API.

    Use it as a context manager, or call :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        api_token: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_token: Read from ``BEARER_AUTH`` when no credential is passed.
            base_url: The API root (required here, or ``C_SERVERS_RELATIVE_BASE_URL``): the spec's
                relative server URL ``/api/v3`` is resolved against it.
            timeout: Seconds (or an :class:`httpx.Timeout`) per request; default 60 s, 5 s to
                connect.
            max_retries: How many times a failed request may be retried (see the retry policy
                in the docs); ``0`` disables retries.
            http_client: Your own :class:`httpx.Client` (proxies, transports, limits). It is
                not closed by this client; ``timeout`` above still applies to every request.

        Raises:
            MissingCredentialsError: No credentials were passed or found in the environment.
        """

        self._credentials = Credentials.resolve(
            api_token=api_token,
        )
        self.base_url = _base_url(base_url)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client()
        self._transport = SyncTransport(
            self._http, self.base_url, as_timeout(timeout, DEFAULT_TIMEOUT), max_retries
        )

    def close(self) -> None:
        """Close the connections this client opened (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Orders:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self.base_url!r}, credentials={self._credentials!r})"

    def place_order(
        self,
        request: NewOrder,
        *,
        timeout: Timeout | None = None,
    ) -> Order:
        """Place an order

        ``POST /orders``

        Args:
            request: The request body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.place_order(
            self._credentials,
            request,
        )
        return self._transport.send(prepared, timeout)

    def get_order(
        self,
        order_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> Order:
        """Get an order

        ``GET /orders/{order_id}``

        Args:
            order_id: The ``order_id`` path parameter.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_order(
            self._credentials,
            order_id,
        )
        return self._transport.send(prepared, timeout)


class AsyncOrders:
    """Asynchronous client of the Orders API.

    It has the same methods as :class:`Orders`, as coroutines.
    Use it as an async context manager, or await :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        api_token: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_token: Read from ``BEARER_AUTH`` when no credential is passed.
            base_url: The API root (required here, or ``C_SERVERS_RELATIVE_BASE_URL``): the spec's
                relative server URL ``/api/v3`` is resolved against it.
            timeout: Seconds (or an :class:`httpx.Timeout`) per request; default 60 s, 5 s to
                connect.
            max_retries: How many times a failed request may be retried (see the retry policy
                in the docs); ``0`` disables retries.
            http_client: Your own :class:`httpx.AsyncClient` (proxies, transports, limits). It is
                not closed by this client; ``timeout`` above still applies to every request.

        Raises:
            MissingCredentialsError: No credentials were passed or found in the environment.
        """

        self._credentials = Credentials.resolve(
            api_token=api_token,
        )
        self.base_url = _base_url(base_url)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient()
        self._transport = AsyncTransport(
            self._http, self.base_url, as_timeout(timeout, DEFAULT_TIMEOUT), max_retries
        )

    async def close(self) -> None:
        """Close the connections this client opened (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncOrders:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self.base_url!r}, credentials={self._credentials!r})"

    async def place_order(
        self,
        request: NewOrder,
        *,
        timeout: Timeout | None = None,
    ) -> Order:
        """Place an order

        ``POST /orders``

        Args:
            request: The request body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.place_order(
            self._credentials,
            request,
        )
        return await self._transport.send(prepared, timeout)

    async def get_order(
        self,
        order_id: int,
        *,
        timeout: Timeout | None = None,
    ) -> Order:
        """Get an order

        ``GET /orders/{order_id}``

        Args:
            order_id: The ``order_id`` path parameter.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_order(
            self._credentials,
            order_id,
        )
        return await self._transport.send(prepared, timeout)
