# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
"""The synchronous and asynchronous clients of the Droplets."""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._auth import CREDENTIAL_HEADERS, CREDENTIAL_QUERY, Credentials
from ._transport import (
    DEFAULT_HEADERS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncTransport,
    SyncTransport,
    Timeout,
    as_timeout,
    check_base_url,
    check_http_client,
    check_max_retries,
    check_timeout,
    default_headers_of,
    default_query_of,
    with_extras,
)

if TYPE_CHECKING:
    from . import _operations, _raw
    from . import models as _models
else:

    class _Lazy:
        """Stands for a module of this package until its first use imports it.

        The models, validators, request builders, pages and raw views load on the first call
        that needs them, so importing the client costs little more than httpx; the annotations
        name them through these (``_models.Recording``), so ``typing.get_type_hints`` loads
        them when it is asked.
        """

        def __init__(self, module: str, name: str) -> None:
            self.module = module
            self.name = name

        def __getattr__(self, attr: str) -> object:
            import importlib

            module = importlib.import_module(f".{self.module}", __package__)
            globals()[self.name] = module  # later calls find the module itself
            return getattr(module, attr)

    _models = _Lazy("models", "_models")
    _operations = _Lazy("_operations", "_operations")
    _raw = _Lazy("_raw", "_raw")

DEFAULT_BASE_URL = "https://api.droplets.example.com/v2"
BASE_URL_ENV = "C_MULTIFILE_BASE_URL"


def _base_url(
    base_url: str | None,
) -> str:
    """The API root: ``base_url``, else the environment, else the spec's server."""
    url = base_url or os.environ.get(BASE_URL_ENV)
    return (url or DEFAULT_BASE_URL).rstrip("/")


class Droplets:
    """Synchronous client of the Droplets.

    Use it as a context manager, or call :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API root; defaults to ``C_MULTIFILE_BASE_URL`` or
                ``https://api.droplets.example.com/v2``.
            timeout: Seconds (or an :class:`httpx.Timeout`) per request; default 60 s, 5 s to
                connect.
            max_retries: How many times a failed request may be retried (see the retry policy
                in the docs); ``0`` disables retries.
            default_headers: Headers sent with every request. A method's own headers and its
                ``extra_headers=`` replace one of the same name; the headers that carry the
                credentials cannot be set here.
            default_query: Query parameters sent with every request; a method's own parameters
                and its ``extra_query=`` replace one of the same name.
            http_client: Your own :class:`httpx.Client` (proxies, transports, limits). It is
                not closed by this client; ``timeout`` above still applies to every request.

        Raises:
            MissingCredentialsError: No credentials were passed or found in the environment.
            InvalidCredentialsError: A credential is empty or cannot be sent in a header.
            ValueError: A setting is out of range (``base_url`` not http(s), ``timeout`` not
                above 0, ``max_retries`` below 0, a header name not valid).
            TypeError: A setting has the wrong type (``http_client`` of the other kind).
        """

        check_http_client(http_client, httpx.Client, "Droplets", "AsyncDroplets")
        if timeout is not None:
            check_timeout(timeout)
        check_max_retries(max_retries)
        self._credentials = Credentials.resolve()
        self.base_url: str = check_base_url(_base_url(base_url))
        headers = default_headers_of(
            default_headers,
            DEFAULT_HEADERS if http_client else {},  # our own client sends them already
            CREDENTIAL_HEADERS,
        )
        query = default_query_of(default_query, (), CREDENTIAL_QUERY)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(headers=DEFAULT_HEADERS)
        self._transport = SyncTransport(
            self._http,
            self.base_url,
            as_timeout(timeout, DEFAULT_TIMEOUT),
            max_retries,
            headers,
            query,
        )

    def close(self) -> None:
        """Close the connections this client opened (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Droplets:
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

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
    ) -> Droplets:
        """A client with other settings that shares this one's connections and credentials.

        Settings are checked as the constructor checks them. ``default_headers`` and
        ``default_query`` are added to this client's (replacing those of the same name).
        Closing it leaves the shared connections open: close the client it came from.
        """
        if timeout is not None:
            check_timeout(timeout)
        if max_retries is not None:
            check_max_retries(max_retries)
        clone = object.__new__(type(self))
        clone._credentials = self._credentials
        clone.base_url = check_base_url(base_url).rstrip("/") if base_url else self.base_url
        clone._owns_http = False
        clone._http = self._http
        clone._transport = SyncTransport(
            self._http,
            clone.base_url,
            as_timeout(timeout, self._transport.timeout),
            self._transport.max_retries if max_retries is None else max_retries,
            default_headers_of(default_headers, self._transport.headers, CREDENTIAL_HEADERS),
            default_query_of(default_query, self._transport.query, CREDENTIAL_QUERY),
        )
        return clone

    @property
    def with_raw_response(self) -> _raw.DropletsWithRawResponse:
        """The same methods, returning the HTTP response undecoded (``parse()`` decodes it)."""
        return _raw.DropletsWithRawResponse(self)

    def list_droplets(
        self,
        *,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> list[_models.Droplet]:
        """List droplets

        ``GET /droplets``

        Args:
            per_page: How many droplets a page holds.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.list_droplets(
            self._credentials,
            per_page=per_page,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def create_droplet(
        self,
        request: _models.DropletCreate,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Droplet:
        """Create a droplet

        ``POST /droplets``

        Args:
            request: The request body.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.create_droplet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def get_droplet(
        self,
        droplet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Droplet:
        """Get a droplet

        ``GET /droplets/{droplet_id}``

        Args:
            droplet_id: The ``droplet_id`` path parameter.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_droplet(
            self._credentials,
            droplet_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def list_regions(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> list[_models.Region]:
        """List regions

        ``GET /regions``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.list_regions(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)


class AsyncDroplets:
    """Asynchronous client of the Droplets.

    It has the same methods as :class:`Droplets`, as coroutines.
    Use it as an async context manager, or await :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API root; defaults to ``C_MULTIFILE_BASE_URL`` or
                ``https://api.droplets.example.com/v2``.
            timeout: Seconds (or an :class:`httpx.Timeout`) per request; default 60 s, 5 s to
                connect.
            max_retries: How many times a failed request may be retried (see the retry policy
                in the docs); ``0`` disables retries.
            default_headers: Headers sent with every request. A method's own headers and its
                ``extra_headers=`` replace one of the same name; the headers that carry the
                credentials cannot be set here.
            default_query: Query parameters sent with every request; a method's own parameters
                and its ``extra_query=`` replace one of the same name.
            http_client: Your own :class:`httpx.AsyncClient` (proxies, transports, limits). It is
                not closed by this client; ``timeout`` above still applies to every request.

        Raises:
            MissingCredentialsError: No credentials were passed or found in the environment.
            InvalidCredentialsError: A credential is empty or cannot be sent in a header.
            ValueError: A setting is out of range (``base_url`` not http(s), ``timeout`` not
                above 0, ``max_retries`` below 0, a header name not valid).
            TypeError: A setting has the wrong type (``http_client`` of the other kind).
        """

        check_http_client(http_client, httpx.AsyncClient, "AsyncDroplets", "Droplets")
        if timeout is not None:
            check_timeout(timeout)
        check_max_retries(max_retries)
        self._credentials = Credentials.resolve()
        self.base_url: str = check_base_url(_base_url(base_url))
        headers = default_headers_of(
            default_headers,
            DEFAULT_HEADERS if http_client else {},  # our own client sends them already
            CREDENTIAL_HEADERS,
        )
        query = default_query_of(default_query, (), CREDENTIAL_QUERY)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(headers=DEFAULT_HEADERS)
        self._transport = AsyncTransport(
            self._http,
            self.base_url,
            as_timeout(timeout, DEFAULT_TIMEOUT),
            max_retries,
            headers,
            query,
        )

    async def close(self) -> None:
        """Close the connections this client opened (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncDroplets:
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

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
    ) -> AsyncDroplets:
        """A client with other settings that shares this one's connections and credentials.

        Settings are checked as the constructor checks them. ``default_headers`` and
        ``default_query`` are added to this client's (replacing those of the same name).
        Closing it leaves the shared connections open: close the client it came from.
        """
        if timeout is not None:
            check_timeout(timeout)
        if max_retries is not None:
            check_max_retries(max_retries)
        clone = object.__new__(type(self))
        clone._credentials = self._credentials
        clone.base_url = check_base_url(base_url).rstrip("/") if base_url else self.base_url
        clone._owns_http = False
        clone._http = self._http
        clone._transport = AsyncTransport(
            self._http,
            clone.base_url,
            as_timeout(timeout, self._transport.timeout),
            self._transport.max_retries if max_retries is None else max_retries,
            default_headers_of(default_headers, self._transport.headers, CREDENTIAL_HEADERS),
            default_query_of(default_query, self._transport.query, CREDENTIAL_QUERY),
        )
        return clone

    @property
    def with_raw_response(self) -> _raw.AsyncDropletsWithRawResponse:
        """The same methods, returning the HTTP response undecoded (``parse()`` decodes it)."""
        return _raw.AsyncDropletsWithRawResponse(self)

    async def list_droplets(
        self,
        *,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> list[_models.Droplet]:
        """List droplets

        ``GET /droplets``

        Args:
            per_page: How many droplets a page holds.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.list_droplets(
            self._credentials,
            per_page=per_page,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def create_droplet(
        self,
        request: _models.DropletCreate,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Droplet:
        """Create a droplet

        ``POST /droplets``

        Args:
            request: The request body.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.create_droplet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def get_droplet(
        self,
        droplet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Droplet:
        """Get a droplet

        ``GET /droplets/{droplet_id}``

        Args:
            droplet_id: The ``droplet_id`` path parameter.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_droplet(
            self._credentials,
            droplet_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def list_regions(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> list[_models.Region]:
        """List regions

        ``GET /regions``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.list_regions(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)
