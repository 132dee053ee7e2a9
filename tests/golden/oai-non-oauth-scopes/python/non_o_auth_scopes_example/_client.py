# Generated from tests/specs/public/oai-non-oauth-scopes.yaml by sdkgen 0.1.0. Do not edit.
"""The synchronous and asynchronous clients of the Non-oAuth Scopes example."""

from __future__ import annotations

import os
from types import TracebackType

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

BASE_URL_ENV = "NON_O_AUTH_SCOPES_EXAMPLE_BASE_URL"


def _base_url(
    base_url: str | None,
) -> str:
    """The API root: ``base_url``, else the environment, else the spec's server."""
    url = base_url or os.environ.get(BASE_URL_ENV)
    if not url:
        raise ValidationError(["base_url is required: the spec names no server"])
    return url.rstrip("/")


class NonOAuthScopesExample:
    """Synchronous client of the Non-oAuth Scopes example.

    Use it as a context manager, or call :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        bearer_auth: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            bearer_auth: note: non-oauth scopes are not defined at the securityScheme level Read
                from ``BEARER_AUTH`` when no credential is passed.
            base_url: The API root (required here, or ``NON_O_AUTH_SCOPES_EXAMPLE_BASE_URL``).
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
            bearer_auth=bearer_auth,
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

    def __enter__(self) -> NonOAuthScopesExample:
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

    def get_users(
        self,
        *,
        timeout: Timeout | None = None,
    ) -> None:
        """GET /users

        ``GET /users``

        Args:
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_users(
            self._credentials,
        )
        return self._transport.send(prepared, timeout)


class AsyncNonOAuthScopesExample:
    """Asynchronous client of the Non-oAuth Scopes example.

    It has the same methods as :class:`NonOAuthScopesExample`, as coroutines.
    Use it as an async context manager, or await :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        bearer_auth: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            bearer_auth: note: non-oauth scopes are not defined at the securityScheme level Read
                from ``BEARER_AUTH`` when no credential is passed.
            base_url: The API root (required here, or ``NON_O_AUTH_SCOPES_EXAMPLE_BASE_URL``).
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
            bearer_auth=bearer_auth,
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

    async def __aenter__(self) -> AsyncNonOAuthScopesExample:
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

    async def get_users(
        self,
        *,
        timeout: Timeout | None = None,
    ) -> None:
        """GET /users

        ``GET /users``

        Args:
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_users(
            self._credentials,
        )
        return await self._transport.send(prepared, timeout)
