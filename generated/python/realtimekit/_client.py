# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""The synchronous and asynchronous clients of the Cloudflare RealtimeKit API."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Literal

import httpx

from ._auth import CREDENTIAL_HEADERS, CREDENTIAL_QUERY, Credentials
from ._transport import (
    DEFAULT_HEADERS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncTransport,
    PreparedRequest,
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
            return getattr(module, attr)

    _models = _Lazy("models", "_models")
    _operations = _Lazy("_operations", "_operations")
    _pagination = _Lazy("_pagination", "_pagination")
    _raw = _Lazy("_raw", "_raw")

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
BASE_URL_ENV = "REALTIMEKIT_BASE_URL"


def _base_url(
    base_url: str | None,
) -> str:
    """The API root: ``base_url``, else the environment, else the spec's server."""
    url = base_url or os.environ.get(BASE_URL_ENV)
    return (url or DEFAULT_BASE_URL).rstrip("/")


class RealtimeKit:
    """Synchronous client of the Cloudflare RealtimeKit API.

    Use it as a context manager, or call :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        api_token: str | None = None,
        api_email: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_token: A Cloudflare API token, sent as `Authorization: Bearer <token>`. Read from
                ``CLOUDFLARE_API_TOKEN`` when no credential is passed.
            api_email: The email address of the Cloudflare account. Used together with `X-Auth-Key`
                (legacy global API key authentication). Read from ``CLOUDFLARE_EMAIL`` when no
                credential is passed.
            api_key: The Cloudflare global API key. Used together with `X-Auth-Email` (legacy
                global API key authentication). Read from ``CLOUDFLARE_API_KEY`` when no credential
                is passed.
            base_url: The API root; defaults to ``REALTIMEKIT_BASE_URL`` or
                ``https://api.cloudflare.com/client/v4``.
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

        check_http_client(http_client, httpx.Client, "RealtimeKit", "AsyncRealtimeKit")
        if timeout is not None:
            check_timeout(timeout)
        check_max_retries(max_retries)
        self._credentials = Credentials.resolve(
            api_token=api_token,
            api_email=api_email,
            api_key=api_key,
        )
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

    def __enter__(self) -> RealtimeKit:
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
    ) -> RealtimeKit:
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
    def with_raw_response(self) -> _raw.RealtimeKitWithRawResponse:
        """The same methods, returning the HTTP response undecoded (``parse()`` decodes it)."""
        return _raw.RealtimeKitWithRawResponse(self)

    def list_recordings(
        self,
        account_id: str,
        *,
        meeting_id: str | None = None,
        page_no: int | None = None,
        per_page: int | None = None,
        status: list[
            _models.RecordingStatus
            | Literal["INVOKED", "RECORDING", "UPLOADING", "UPLOADED", "ERRORED", "PAUSED"]
        ]
        | None = None,
        sort_by: _models.RecordingSortField | Literal["invokedTime"] | None = None,
        sort_order: _models.SortOrder | Literal["ASC", "DESC"] | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        expired: bool | None = None,
        search: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _pagination.SyncPage[_models.Recording, _models.ListRecordingsResponse]:
        """List recordings

        Returns the recordings of the account, newest first unless sorted otherwise. Passing
        `meeting_id` limits the results to the recordings of that meeting.

        ``GET /accounts/{account_id}/realtimekit/recordings``

        Paginated: returns the page ``page_no`` (default: the first); iterate over it for every
        item across pages, each page fetched when reached.

        Args:
            account_id: The Cloudflare account identifier.
            meeting_id: Only the recordings of this meeting.
            page_no: The page to return, counted from 1.
            per_page: How many recordings a page holds.
            status: Only the recordings in one of these statuses.
            sort_by: The field to sort by.
            sort_order: The sort direction.
            start_time: Only the recordings invoked at or after this time (ISO 8601).
            end_time: Only the recordings invoked at or before this time (ISO 8601).
            expired: Only the expired (`true`) or the unexpired (`false`) recordings in
                RealtimeKit's bucket.
            search: Search by meeting ID or meeting title.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. The request is malformed or its body does not match the
                schema.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """

        def prepare(page: int | None) -> PreparedRequest[_models.ListRecordingsResponse]:
            prepared = _operations.list_recordings(
                self._credentials,
                account_id,
                meeting_id=meeting_id,
                page_no=page,
                per_page=per_page,
                status=status,
                sort_by=sort_by,
                sort_order=sort_order,
                start_time=start_time,
                end_time=end_time,
                expired=expired,
                search=search,
            )
            return with_extras(prepared, extra_headers, extra_query, None)

        return _pagination.SyncPage.fetch(
            self._transport,
            prepare,
            _operations.LIST_RECORDINGS_PAGES,
            page_no,
            per_page,
            timeout,
        )

    def start_recording(
        self,
        account_id: str,
        request: _models.StartRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Recording:
        """Start recording

        Starts recording a meeting. The meeting can be started by an organization admin directly,
        or a participant with permissions to start a recording, based on the type of authorization
        used.

        ``POST /accounts/{account_id}/realtimekit/recordings``

        Args:
            account_id: The Cloudflare account identifier.
            request: Configuration of the recording to start.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. The request is malformed or its body does not match the
                schema.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            NotFoundError: HTTP 404. The account or the meeting does not exist.
            ConflictError: HTTP 409. A recording is already running for this meeting and
                `allow_multiple_recordings` is not enabled.
            UnprocessableEntityError: HTTP 422. The body is well-formed but its values cannot be
                processed (for example, the meeting has no active session).
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """
        prepared = _operations.start_recording(
            self._credentials,
            account_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def get_recording(
        self,
        account_id: str,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Recording:
        """Get a recording

        Returns one recording, including its download URLs once it is uploaded.

        ``GET /accounts/{account_id}/realtimekit/recordings/{recording_id}``

        Args:
            account_id: The Cloudflare account identifier.
            recording_id: ID of the recording.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            NotFoundError: HTTP 404. The account or the recording does not exist.
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_recording(
            self._credentials,
            account_id,
            recording_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def update_recording(
        self,
        account_id: str,
        recording_id: str,
        request: _models.UpdateRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Recording:
        """Pause, resume or stop a recording

        Pauses, resumes or stops a recording. A stopped recording is uploaded and cannot be
        resumed.

        ``PUT /accounts/{account_id}/realtimekit/recordings/{recording_id}``

        Args:
            account_id: The Cloudflare account identifier.
            recording_id: ID of the recording.
            request: What to do with the recording.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. The request is malformed or its body does not match the
                schema.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            NotFoundError: HTTP 404. The account or the recording does not exist.
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """
        prepared = _operations.update_recording(
            self._credentials,
            account_id,
            recording_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def get_active_recording(
        self,
        account_id: str,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Recording:
        """Get the active recording of a meeting

        Returns the recording in progress in a meeting.

        ``GET /accounts/{account_id}/realtimekit/recordings/active-recording/{meeting_id}``

        Args:
            account_id: The Cloudflare account identifier.
            meeting_id: ID of the meeting.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            NotFoundError: HTTP 404. The meeting does not exist or has no recording in progress.
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_active_recording(
            self._credentials,
            account_id,
            meeting_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)


class AsyncRealtimeKit:
    """Asynchronous client of the Cloudflare RealtimeKit API.

    It has the same methods as :class:`RealtimeKit`, as coroutines (a paginated
    method returns an :class:`AsyncPager` to ``await`` or to iterate with ``async for``).
    Use it as an async context manager, or await :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        api_token: str | None = None,
        api_email: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_token: A Cloudflare API token, sent as `Authorization: Bearer <token>`. Read from
                ``CLOUDFLARE_API_TOKEN`` when no credential is passed.
            api_email: The email address of the Cloudflare account. Used together with `X-Auth-Key`
                (legacy global API key authentication). Read from ``CLOUDFLARE_EMAIL`` when no
                credential is passed.
            api_key: The Cloudflare global API key. Used together with `X-Auth-Email` (legacy
                global API key authentication). Read from ``CLOUDFLARE_API_KEY`` when no credential
                is passed.
            base_url: The API root; defaults to ``REALTIMEKIT_BASE_URL`` or
                ``https://api.cloudflare.com/client/v4``.
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

        check_http_client(http_client, httpx.AsyncClient, "AsyncRealtimeKit", "RealtimeKit")
        if timeout is not None:
            check_timeout(timeout)
        check_max_retries(max_retries)
        self._credentials = Credentials.resolve(
            api_token=api_token,
            api_email=api_email,
            api_key=api_key,
        )
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

    async def __aenter__(self) -> AsyncRealtimeKit:
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
    ) -> AsyncRealtimeKit:
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
    def with_raw_response(self) -> _raw.AsyncRealtimeKitWithRawResponse:
        """The same methods, returning the HTTP response undecoded (``parse()`` decodes it)."""
        return _raw.AsyncRealtimeKitWithRawResponse(self)

    def list_recordings(
        self,
        account_id: str,
        *,
        meeting_id: str | None = None,
        page_no: int | None = None,
        per_page: int | None = None,
        status: list[
            _models.RecordingStatus
            | Literal["INVOKED", "RECORDING", "UPLOADING", "UPLOADED", "ERRORED", "PAUSED"]
        ]
        | None = None,
        sort_by: _models.RecordingSortField | Literal["invokedTime"] | None = None,
        sort_order: _models.SortOrder | Literal["ASC", "DESC"] | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        expired: bool | None = None,
        search: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _pagination.AsyncPager[_models.Recording, _models.ListRecordingsResponse]:
        """List recordings

        Returns the recordings of the account, newest first unless sorted otherwise. Passing
        `meeting_id` limits the results to the recordings of that meeting.

        ``GET /accounts/{account_id}/realtimekit/recordings``

        Paginated: ``await`` the result for the page ``page_no`` (default: the first), or ``async
        for`` over it for every item across pages, each page fetched when reached. Arguments are
        validated now, before anything is sent.

        Args:
            account_id: The Cloudflare account identifier.
            meeting_id: Only the recordings of this meeting.
            page_no: The page to return, counted from 1.
            per_page: How many recordings a page holds.
            status: Only the recordings in one of these statuses.
            sort_by: The field to sort by.
            sort_order: The sort direction.
            start_time: Only the recordings invoked at or after this time (ISO 8601).
            end_time: Only the recordings invoked at or before this time (ISO 8601).
            expired: Only the expired (`true`) or the unexpired (`false`) recordings in
                RealtimeKit's bucket.
            search: Search by meeting ID or meeting title.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. The request is malformed or its body does not match the
                schema.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """

        def prepare(page: int | None) -> PreparedRequest[_models.ListRecordingsResponse]:
            prepared = _operations.list_recordings(
                self._credentials,
                account_id,
                meeting_id=meeting_id,
                page_no=page,
                per_page=per_page,
                status=status,
                sort_by=sort_by,
                sort_order=sort_order,
                start_time=start_time,
                end_time=end_time,
                expired=expired,
                search=search,
            )
            return with_extras(prepared, extra_headers, extra_query, None)

        return _pagination.AsyncPager(
            self._transport,
            prepare,
            _operations.LIST_RECORDINGS_PAGES,
            page_no,
            per_page,
            timeout,
        )

    async def start_recording(
        self,
        account_id: str,
        request: _models.StartRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Recording:
        """Start recording

        Starts recording a meeting. The meeting can be started by an organization admin directly,
        or a participant with permissions to start a recording, based on the type of authorization
        used.

        ``POST /accounts/{account_id}/realtimekit/recordings``

        Args:
            account_id: The Cloudflare account identifier.
            request: Configuration of the recording to start.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. The request is malformed or its body does not match the
                schema.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            NotFoundError: HTTP 404. The account or the meeting does not exist.
            ConflictError: HTTP 409. A recording is already running for this meeting and
                `allow_multiple_recordings` is not enabled.
            UnprocessableEntityError: HTTP 422. The body is well-formed but its values cannot be
                processed (for example, the meeting has no active session).
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """
        prepared = _operations.start_recording(
            self._credentials,
            account_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def get_recording(
        self,
        account_id: str,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Recording:
        """Get a recording

        Returns one recording, including its download URLs once it is uploaded.

        ``GET /accounts/{account_id}/realtimekit/recordings/{recording_id}``

        Args:
            account_id: The Cloudflare account identifier.
            recording_id: ID of the recording.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            NotFoundError: HTTP 404. The account or the recording does not exist.
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_recording(
            self._credentials,
            account_id,
            recording_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def update_recording(
        self,
        account_id: str,
        recording_id: str,
        request: _models.UpdateRecordingRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Recording:
        """Pause, resume or stop a recording

        Pauses, resumes or stops a recording. A stopped recording is uploaded and cannot be
        resumed.

        ``PUT /accounts/{account_id}/realtimekit/recordings/{recording_id}``

        Args:
            account_id: The Cloudflare account identifier.
            recording_id: ID of the recording.
            request: What to do with the recording.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. The request is malformed or its body does not match the
                schema.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            NotFoundError: HTTP 404. The account or the recording does not exist.
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """
        prepared = _operations.update_recording(
            self._credentials,
            account_id,
            recording_id,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def get_active_recording(
        self,
        account_id: str,
        meeting_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Recording:
        """Get the active recording of a meeting

        Returns the recording in progress in a meeting.

        ``GET /accounts/{account_id}/realtimekit/recordings/active-recording/{meeting_id}``

        Args:
            account_id: The Cloudflare account identifier.
            meeting_id: ID of the meeting.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            AuthenticationError: HTTP 401. No credentials were sent, or the API token or key is
                invalid.
            PermissionDeniedError: HTTP 403. The credentials are valid but not allowed to do this
                in this account.
            NotFoundError: HTTP 404. The meeting does not exist or has no recording in progress.
            RateLimitError: HTTP 429. Too many requests were sent; retry after a delay.
            InternalServerError: HTTP 500. An unexpected server error. A request that starts,
                pauses, resumes or stops a recording may or may not have taken effect; check before
                retrying.
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_active_recording(
            self._credentials,
            account_id,
            meeting_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)
