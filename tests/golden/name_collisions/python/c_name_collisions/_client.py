# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
"""The synchronous and asynchronous clients of the Names API."""

from __future__ import annotations

import os
from collections.abc import Mapping as _Mapping
from types import TracebackType as _TracebackType
from typing import TYPE_CHECKING
from typing import Literal as _Literal

import httpx

from ._auth import CREDENTIAL_HEADERS, CREDENTIAL_QUERY
from ._auth import Credentials as _Credentials
from ._transport import (
    DEFAULT_HEADERS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    as_timeout,
    check_base_url,
    check_http_client,
    check_max_retries,
    check_timeout,
    default_headers_of,
    default_query_of,
    with_extras,
)
from ._transport import AsyncTransport as _AsyncTransport
from ._transport import PreparedRequest as _PreparedRequest
from ._transport import SyncTransport as _SyncTransport
from ._transport import Timeout as _Timeout

if TYPE_CHECKING:
    from . import _operations, _pagination, _raw
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
            if self.module == "models":
                # A recursive alias names itself in a string ``dict[str, "Tree"]``, which
                # get_type_hints resolves here: the models' names, where nothing else is.
                for name in module.__all__:
                    globals().setdefault(name, getattr(module, name))
            return getattr(module, attr)

    _models = _Lazy("models", "_models")
    _operations = _Lazy("_operations", "_operations")
    _pagination = _Lazy("_pagination", "_pagination")
    _raw = _Lazy("_raw", "_raw")

DEFAULT_BASE_URL = "https://api.example.com/v1"
BASE_URL_ENV = "C_NAME_COLLISIONS_BASE_URL"


def _base_url(
    base_url: str | None,
) -> str:
    """The API root: ``base_url``, else the environment, else the spec's server."""
    url = base_url or os.environ.get(BASE_URL_ENV)
    return (url or DEFAULT_BASE_URL).rstrip("/")


class Names:
    """Synchronous client of the Names API.

    Use it as a context manager, or call :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: _Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: _Mapping[str, str] | None = None,
        default_query: _Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API root; defaults to ``C_NAME_COLLISIONS_BASE_URL`` or
                ``https://api.example.com/v1``.
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

        check_http_client(http_client, httpx.Client, "Names", "AsyncNames")
        if timeout is not None:
            check_timeout(timeout)
        check_max_retries(max_retries)
        self._credentials = _Credentials.resolve()
        self.base_url: str = check_base_url(_base_url(base_url))
        headers = default_headers_of(
            default_headers,
            DEFAULT_HEADERS if http_client else {},  # our own client sends them already
            CREDENTIAL_HEADERS,
        )
        query = default_query_of(default_query, (), CREDENTIAL_QUERY)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(headers=DEFAULT_HEADERS)
        self._transport = _SyncTransport(
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

    def __enter__(self) -> Names:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: _TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self.base_url!r}, credentials={self._credentials!r})"

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: _Timeout | None = None,
        max_retries: int | None = None,
        default_headers: _Mapping[str, str] | None = None,
        default_query: _Mapping[str, str] | None = None,
    ) -> Names:
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
        clone._transport = _SyncTransport(
            self._http,
            clone.base_url,
            as_timeout(timeout, self._transport.timeout),
            self._transport.max_retries if max_retries is None else max_retries,
            default_headers_of(default_headers, self._transport.headers, CREDENTIAL_HEADERS),
            default_query_of(default_query, self._transport.query, CREDENTIAL_QUERY),
        )
        return clone

    @property
    def with_raw_response(self) -> _raw.NamesWithRawResponse:
        """The same methods, returning the HTTP response undecoded (``parse()`` decodes it)."""
        return _raw.NamesWithRawResponse(self)

    def get_order(
        self,
        id: str,
        *,
        query_id: str | None = None,
        end_time: str | None = None,
        end_time_before: str | None = None,
        end_time_after: str | None = None,
        timeout_param: int | None = None,
        mixed_case: str | None = None,
        mixed_case_2: str | None = None,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.Order:
        """Get an order

        ``GET /orders/{id}``

        Args:
            id: The ``id`` path parameter.
            query_id: The ``id`` query parameter.
            end_time: The ``EndTime`` query parameter.
            end_time_before: The ``EndTime<`` query parameter.
            end_time_after: The ``EndTime>`` query parameter.
            timeout_param: The ``timeout`` query parameter.
            mixed_case: The ``mixed_case`` query parameter.
            mixed_case_2: The ``mixedCase`` query parameter.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_order(
            self._credentials,
            id,
            query_id=query_id,
            end_time=end_time,
            end_time_before=end_time_before,
            end_time_after=end_time_after,
            timeout_param=timeout_param,
            mixed_case=mixed_case,
            mixed_case_2=mixed_case_2,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def get_items(
        self,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> list[_models.LineItem]:
        """List things

        ``GET /things``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_items(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def get_items_2(
        self,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> list[_models.LineItem2]:
        """List items

        ``GET /items``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_items_2(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def list_pages(
        self,
        *,
        page: int | None = None,
        mode: _models.Mapping | _Literal["strict", "loose"] | None = None,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _pagination.SyncPage[_models.Timeout, _models.SyncPage]:
        """List pages of timeouts

        ``GET /pages``

        Paginated: returns the page ``page`` (default: the first); iterate over it for every item
        across pages, each page fetched when reached.

        Args:
            page: The ``page`` query parameter.
            mode: The ``mode`` query parameter.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            UnprocessableEntityError: HTTP 422. The request was not understood.
            APIConnectionError: No response was received.
        """

        def prepare(page: int | None) -> _PreparedRequest[_models.SyncPage]:
            prepared = _operations.list_pages(
                self._credentials,
                page=page,
                mode=mode,
            )
            return with_extras(prepared, extra_headers, extra_query, None)

        return _pagination.SyncPage.fetch(
            self._transport,
            prepare,
            _operations.LIST_PAGES_PAGES,
            page,
            None,
            timeout,
        )

    def upload(
        self,
        request: _models.File,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.Literal:
        """Upload a file

        ``POST /uploads``

        Args:
            request: The request body.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.upload(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def put_timeout(
        self,
        request: _models.Timeout,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.PreparedRequest:
        """Set the timeout

        ``PUT /limits``

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
        prepared = _operations.put_timeout(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def close_operation(
        self,
        request: _models.Credentials,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.ValidationError:
        """Close the account

        ``POST /close``

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
        prepared = _operations.close_operation(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def put_settings(
        self,
        request: _models.Settings,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.Settings:
        """Replace the settings

        ``PUT /settings``

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
        prepared = _operations.put_settings(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)


class AsyncNames:
    """Asynchronous client of the Names API.

    It has the same methods as :class:`Names`, as coroutines (a paginated
    method returns an :class:`AsyncPager` to ``await`` or to iterate with ``async for``).
    Use it as an async context manager, or await :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: _Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: _Mapping[str, str] | None = None,
        default_query: _Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API root; defaults to ``C_NAME_COLLISIONS_BASE_URL`` or
                ``https://api.example.com/v1``.
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

        check_http_client(http_client, httpx.AsyncClient, "AsyncNames", "Names")
        if timeout is not None:
            check_timeout(timeout)
        check_max_retries(max_retries)
        self._credentials = _Credentials.resolve()
        self.base_url: str = check_base_url(_base_url(base_url))
        headers = default_headers_of(
            default_headers,
            DEFAULT_HEADERS if http_client else {},  # our own client sends them already
            CREDENTIAL_HEADERS,
        )
        query = default_query_of(default_query, (), CREDENTIAL_QUERY)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(headers=DEFAULT_HEADERS)
        self._transport = _AsyncTransport(
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

    async def __aenter__(self) -> AsyncNames:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: _TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self.base_url!r}, credentials={self._credentials!r})"

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: _Timeout | None = None,
        max_retries: int | None = None,
        default_headers: _Mapping[str, str] | None = None,
        default_query: _Mapping[str, str] | None = None,
    ) -> AsyncNames:
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
        clone._transport = _AsyncTransport(
            self._http,
            clone.base_url,
            as_timeout(timeout, self._transport.timeout),
            self._transport.max_retries if max_retries is None else max_retries,
            default_headers_of(default_headers, self._transport.headers, CREDENTIAL_HEADERS),
            default_query_of(default_query, self._transport.query, CREDENTIAL_QUERY),
        )
        return clone

    @property
    def with_raw_response(self) -> _raw.AsyncNamesWithRawResponse:
        """The same methods, returning the HTTP response undecoded (``parse()`` decodes it)."""
        return _raw.AsyncNamesWithRawResponse(self)

    async def get_order(
        self,
        id: str,
        *,
        query_id: str | None = None,
        end_time: str | None = None,
        end_time_before: str | None = None,
        end_time_after: str | None = None,
        timeout_param: int | None = None,
        mixed_case: str | None = None,
        mixed_case_2: str | None = None,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.Order:
        """Get an order

        ``GET /orders/{id}``

        Args:
            id: The ``id`` path parameter.
            query_id: The ``id`` query parameter.
            end_time: The ``EndTime`` query parameter.
            end_time_before: The ``EndTime<`` query parameter.
            end_time_after: The ``EndTime>`` query parameter.
            timeout_param: The ``timeout`` query parameter.
            mixed_case: The ``mixed_case`` query parameter.
            mixed_case_2: The ``mixedCase`` query parameter.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_order(
            self._credentials,
            id,
            query_id=query_id,
            end_time=end_time,
            end_time_before=end_time_before,
            end_time_after=end_time_after,
            timeout_param=timeout_param,
            mixed_case=mixed_case,
            mixed_case_2=mixed_case_2,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def get_items(
        self,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> list[_models.LineItem]:
        """List things

        ``GET /things``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_items(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def get_items_2(
        self,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> list[_models.LineItem2]:
        """List items

        ``GET /items``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_items_2(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    def list_pages(
        self,
        *,
        page: int | None = None,
        mode: _models.Mapping | _Literal["strict", "loose"] | None = None,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _pagination.AsyncPager[_models.Timeout, _models.SyncPage]:
        """List pages of timeouts

        ``GET /pages``

        Paginated: ``await`` the result for the page ``page`` (default: the first), or ``async
        for`` over it for every item across pages, each page fetched when reached. Arguments are
        validated now, before anything is sent.

        Args:
            page: The ``page`` query parameter.
            mode: The ``mode`` query parameter.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            UnprocessableEntityError: HTTP 422. The request was not understood.
            APIConnectionError: No response was received.
        """

        def prepare(page: int | None) -> _PreparedRequest[_models.SyncPage]:
            prepared = _operations.list_pages(
                self._credentials,
                page=page,
                mode=mode,
            )
            return with_extras(prepared, extra_headers, extra_query, None)

        return _pagination.AsyncPager(
            self._transport,
            prepare,
            _operations.LIST_PAGES_PAGES,
            page,
            None,
            timeout,
        )

    async def upload(
        self,
        request: _models.File,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.Literal:
        """Upload a file

        ``POST /uploads``

        Args:
            request: The request body.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIConnectionError: No response was received.
        """
        prepared = _operations.upload(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def put_timeout(
        self,
        request: _models.Timeout,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.PreparedRequest:
        """Set the timeout

        ``PUT /limits``

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
        prepared = _operations.put_timeout(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def close_operation(
        self,
        request: _models.Credentials,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.ValidationError:
        """Close the account

        ``POST /close``

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
        prepared = _operations.close_operation(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def put_settings(
        self,
        request: _models.Settings,
        *,
        extra_headers: _Mapping[str, str] | None = None,
        extra_query: _Mapping[str, str] | None = None,
        extra_body: _Mapping[str, object] | None = None,
        timeout: _Timeout | None = None,
    ) -> _models.Settings:
        """Replace the settings

        ``PUT /settings``

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
        prepared = _operations.put_settings(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)
