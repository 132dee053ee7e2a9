# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
"""Sending prepared requests: auth headers, timeouts, retries, error mapping and logging.

Retry policy: an idempotent operation is retried on connection errors, timeouts, 408, 429 and
5xx. A non-idempotent one (a POST that starts something) only when the server cannot have acted
on it: connect errors and connect timeouts, 429 and 503. A read timeout or a 500 after such a
request is raised, never retried, so one call can never do the work twice.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import random
import re
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Generic, TypeVar
from urllib.parse import unquote_plus

import httpx

from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ValidationError,
    error_for_status,
    retry_after,
)

T = TypeVar("T")
Decoder = Callable[[object, str], object]

logger = logging.getLogger("c_multifile")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0

_RETRY_ANY_METHOD = frozenset({429, 503})
_RETRY_IDEMPOTENT = frozenset({408, 429}) | frozenset(range(500, 600))

Timeout = float | httpx.Timeout

USER_AGENT = "c-multifile-python/1.0.0"
# Sent with every request. The httpx client this package creates holds them as its defaults,
# so that they are not merged into each request again; a caller's client gets them per request.
DEFAULT_HEADERS: Mapping[str, str] = MappingProxyType(
    {"Accept": "application/json", "User-Agent": USER_AGENT}
)


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which cost 1.5 µs
# of every call; nothing changes a prepared request once it is made.
@dataclass(slots=True, eq=False)
class PreparedRequest(Generic[T]):
    """A validated request, ready to send, and how to decode its answers."""

    method: str
    path: str
    idempotent: bool
    headers: Mapping[str, str] = field(repr=False)  # holds the credentials
    decode: Callable[[httpx.Response], T]
    # The body, in at most one of these forms; each may hold write-only values.
    json: object = field(default=None, repr=False)
    content: bytes | None = field(default=None, repr=False)
    data: Mapping[str, str | list[str]] | None = field(default=None, repr=False)
    # Multipart parts: (field, (filename or None for a JSON part, bytes, media type)).
    files: list[tuple[str, tuple[str | None, bytes, str]]] | None = field(default=None, repr=False)
    params: tuple[tuple[str, str], ...] | None = field(default=None, repr=False)  # may hold keys
    # Decoders of declared error bodies, by status: "404", "4XX" or "default".
    errors: Mapping[str, Decoder] | None = field(default=None, repr=False)
    # Names of query parameters whose values no log record may show (extra_query's).
    secret_query: frozenset[str] = field(default=frozenset(), repr=False)


# -- what httpx logs -----------------------------------------------------------------------

# API keys this API takes in the query string: never shown in a log record.
QUERY_CREDENTIALS: frozenset[str] = frozenset()
# The secret query names of the request being sent, for the filter below (a context variable:
# each thread and each asyncio task sees its own request's).
_SECRET_QUERY: ContextVar[frozenset[str]] = ContextVar(
    "c_multifile_secret_query", default=frozenset()
)


class RedactQuery(logging.Filter):
    """Installed on the ``httpx`` logger: httpx's INFO line (``HTTP Request: GET <url> ...``)
    shows ``***`` for the values of the query parameters this package sends as secrets (API
    keys, ``default_query``, ``extra_query``), while one of its requests is being sent.
    Other requests, and every other record, pass unchanged."""

    def filter(self, record: logging.LogRecord) -> bool:
        secret = _SECRET_QUERY.get()
        if secret and isinstance(record.args, tuple):
            record.args = tuple(
                redacted_url(arg, secret) if isinstance(arg, httpx.URL) else arg
                for arg in record.args
            )
        return True


def redacted_url(url: httpx.URL, secret: frozenset[str]) -> httpx.URL:
    """``url`` with ``***`` for the value of each query parameter named in ``secret``."""
    parts = url.query.decode("ascii").split("&")
    changed = False
    for index, part in enumerate(parts):
        name = part.partition("=")[0]
        if unquote_plus(name) in secret:
            parts[index] = name + "=***"
            changed = True
    return url.copy_with(query="&".join(parts).encode("ascii")) if changed else url


def _install_filter() -> None:
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(item, RedactQuery) for item in httpx_logger.filters):
        httpx_logger.addFilter(RedactQuery())


_install_filter()


def secret_query(
    prepared: PreparedRequest[T], default_query: tuple[tuple[str, str], ...]
) -> frozenset[str]:
    """The query names whose values must not be logged when ``prepared`` is sent."""
    if not (prepared.secret_query or default_query):
        return QUERY_CREDENTIALS
    return QUERY_CREDENTIALS | prepared.secret_query | {name for name, _ in default_query}


def as_timeout(timeout: Timeout | None, default: httpx.Timeout) -> httpx.Timeout:
    if timeout is None:
        return default
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout, connect=min(timeout, default.connect or timeout))


_CLOSED = (
    "the client is closed: close() was called, its with block ended, or the http_client "
    "it was given was closed; create a new client"
)


def check_base_url(url: str) -> str:
    """``url`` when it is an http(s) URL with a host; a ValueError names what is wrong."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"base_url must be an http:// or https:// URL with a host, not {url!r}")
    return url


def check_timeout(timeout: object) -> None:
    """A number of seconds above 0, or an :class:`httpx.Timeout` whose set parts are."""
    if isinstance(timeout, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            value = getattr(timeout, part)
            if value is not None and not 0 < value < float("inf"):
                raise ValueError(
                    f"timeout.{part} must be a number of seconds above 0 (or None), not {value!r}"
                )
        return
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(
            "timeout must be a number of seconds or an httpx.Timeout, not " + type(timeout).__name__
        )
    if not 0 < timeout < float("inf"):
        raise ValueError(f"timeout must be a number of seconds above 0, not {timeout!r}")


def check_max_retries(max_retries: object) -> int:
    """``max_retries`` when it is an int of 0 or more (a bool is refused)."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise TypeError(f"max_retries must be an int, not {type(max_retries).__name__}")
    if max_retries < 0:
        raise ValueError(f"max_retries must be 0 or more, not {max_retries!r}")
    return max_retries


def check_http_client(http_client: object, wanted: type, client: str, other: str) -> None:
    """Refuse an httpx client of the other kind (sync for async, or the reverse)."""
    if http_client is not None and not isinstance(http_client, wanted):
        hint = "httpx." + ("AsyncClient" if wanted is httpx.AsyncClient else "Client")
        found = type(http_client).__name__
        if isinstance(http_client, (httpx.Client, httpx.AsyncClient)):
            found = f"httpx.{found} (pass that one to {other})"
        raise TypeError(f"http_client must be an {hint} for {client}, not {found}")


def default_headers_of(
    given: object, base: Mapping[str, str], reserved: frozenset[str]
) -> Mapping[str, str]:
    """``base`` with the headers ``given`` as defaults (checked; values never shown)."""
    if given is None:
        return base
    if not isinstance(given, Mapping):
        raise TypeError(
            f"default_headers must be a mapping of str to str, not {type(given).__name__}"
        )
    merged = httpx.Headers(base)
    for name, value in given.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"default_headers: {name!r} needs a str name and a str value")
        if not _HEADER_NAME.fullmatch(name):
            raise ValueError(f"default_headers: {name!r} is not a valid HTTP header name")
        if not _header_safe(value):
            raise ValueError(
                f"default_headers[{name!r}]: the value must be text without line breaks"
            )
        if name.lower() in reserved:
            raise ValueError(
                f"default_headers: {name!r} carries the client's credentials; pass the credential "
                "argument instead (extra_headers= replaces it for one call)"
            )
        merged[name] = value
    return merged


def default_query_of(
    given: object, base: tuple[tuple[str, str], ...], reserved: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """``base`` with the query parameters ``given`` as defaults (checked; values never shown)."""
    if given is None:
        return base
    if not isinstance(given, Mapping):
        raise TypeError(
            f"default_query must be a mapping of str to str, not {type(given).__name__}"
        )
    merged = dict(base)
    for name, value in given.items():
        if not isinstance(name, str) or not name or not isinstance(value, str):
            raise TypeError(f"default_query: {name!r} needs a non-empty str name and a str value")
        if name in reserved:
            raise ValueError(
                f"default_query: {name!r} carries the client's credentials; pass the credential "
                "argument instead"
            )
        merged[name] = value
    return tuple(merged.items())


def retry_delay(attempt: int, response: httpx.Response | None) -> float | None:
    """Seconds to wait before retry ``attempt`` (1-based); None when the server asks too much."""
    if response is not None:
        asked = retry_after(response.headers)
        if asked is not None:
            return asked if asked <= MAX_RETRY_AFTER else None
    backoff = min(INITIAL_BACKOFF * 2.0 ** (attempt - 1), MAX_BACKOFF)
    return backoff * (0.75 + random.random() * 0.25)  # jitter spreads out synchronized clients


def retryable_status(status: int, idempotent: bool) -> bool:
    return status in (_RETRY_IDEMPOTENT if idempotent else _RETRY_ANY_METHOD)


def retryable_error(error: httpx.TransportError, idempotent: bool) -> bool:
    if idempotent:
        return True
    # The request never reached the server: safe to send again even for a POST.
    return isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


# Errors whose text comes from the network stack, never from the request (headers can hold
# credentials: httpx's LocalProtocolError quotes an invalid header value in full).
_SAFE_DETAIL = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def connection_error(error: httpx.TransportError) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "failed"
    detail = type(error).__name__
    if isinstance(error, _SAFE_DETAIL) and str(error):
        detail = f"{detail}: {error}"
    try:
        request: httpx.Request | None = error.request
    except RuntimeError:
        request = None
    return kind(f"the request {what}: {detail}", request=request)


def json_body(response: httpx.Response) -> object:
    """The JSON of a success response (``None`` when empty: the decoder then says so)."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        raise APIResponseValidationError(
            f"HTTP {response.status_code}: the response body is not JSON", response=response
        ) from None


def result(prepared: PreparedRequest[T], response: httpx.Response) -> T:
    """The decoded success body, or the typed error for an error status."""
    status = response.status_code
    if status >= 300:  # redirects are not followed: a POST must not be re-sent elsewhere
        body = _json_or_none(response)
        parsed = _parsed_error(prepared.errors, status, body)
        raise error_for_status(status)(response, body, parsed)
    try:
        return prepared.decode(response)
    except APIResponseValidationError as exc:
        if exc.response is not None:
            raise
        empty = not response.content
        problem = "the response body is empty" if empty else f"unexpected body: {exc}"
        raise APIResponseValidationError(f"HTTP {status}: {problem}", response=response) from None


def _parsed_error(decoders: Mapping[str, Decoder] | None, status: int, body: object) -> object:
    """The error body decoded as declared for ``status`` (exact, then ``4XX``, then default)."""
    if not decoders or body is None:
        return None
    decode = (
        decoders.get(str(status)) or decoders.get(f"{status // 100}XX") or decoders.get("default")
    )
    if decode is None:
        return None
    try:
        return decode(body, "")
    except APIResponseValidationError:
        return None  # the typed error is still raised, with the raw body


def _json_or_none(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return None


def _log(prepared: PreparedRequest[T], url: str, outcome: str, attempt: int, start: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        elapsed = time.monotonic() - start
        logger.debug(
            "%s %s -> %s (attempt %d, %.3f s)", prepared.method, url, outcome, attempt, elapsed
        )


async def _async_sleep(delay: float) -> None:
    import asyncio  # imported on first retry only: asyncio costs ~10 ms at import time

    await asyncio.sleep(delay)


def after_error(
    prepared: PreparedRequest[T], error: httpx.TransportError, attempt: int, max_retries: int
) -> float:
    """Seconds to wait before retrying after ``error``; raises when it must not be retried."""
    if attempt > max_retries or not retryable_error(error, prepared.idempotent):
        raise connection_error(error) from error
    return retry_delay(attempt, None) or 0.0


def after_response(
    prepared: PreparedRequest[T], response: httpx.Response, attempt: int, max_retries: int
) -> float | None:
    """Seconds to wait before retrying ``response``, or None when it is the final answer."""
    if attempt > max_retries or not retryable_status(response.status_code, prepared.idempotent):
        return None
    return retry_delay(attempt, response)


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    prepared: PreparedRequest[T],
    url: httpx.URL,
    timeout: httpx.Timeout,
    headers: Mapping[str, str],
    query: tuple[tuple[str, str], ...] = (),
) -> httpx.Request:
    """The request, built once: its body is encoded once and re-sent unchanged by retries.

    ``headers`` and ``query`` (the client's defaults) go first, so that the operation's own
    (``Accept``, its parameters, ``extra_headers``, ``extra_query``) replace them, whatever the
    case of a header's name.
    """
    merged: Mapping[str, str] = prepared.headers
    if headers:
        merged = httpx.Headers(headers)
        merged.update(prepared.headers)
    params = prepared.params
    if query:
        own = {name for name, _ in params or ()}
        params = tuple(pair for pair in query if pair[0] not in own) + (params or ())
    return http.build_request(
        prepared.method,
        url,
        json=prepared.json,
        content=prepared.content,
        data=prepared.data,
        files=prepared.files,
        params=params,
        headers=merged,
        timeout=timeout,
    )


URL_CACHE_SIZE = 256


def parsed_url(urls: dict[str, httpx.URL], url: str) -> httpx.URL:
    """``url`` as an :class:`httpx.URL`, parsed once per transport: httpx parses a URL string on
    every request, a third of the cost of building one, and a client calls the same few URLs
    again and again. A URL is immutable, so one object serves every request and thread; the
    cache is emptied when full, and goes with its client."""
    parsed = urls.get(url)
    if parsed is None:
        if len(urls) >= URL_CACHE_SIZE:
            urls.clear()
        parsed = urls[url] = httpx.URL(url)
    return parsed


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def with_extras(
    prepared: PreparedRequest[T],
    headers: Mapping[str, str] | None,
    query: Mapping[str, str] | None,
    body: Mapping[str, object] | None,
) -> PreparedRequest[T]:
    """The request with the caller's extra headers, query parameters and JSON body fields.

    For what the spec does not list yet. Each replaces a value of the same name. Values are
    checked as HTTP-safe but never shown: like credentials, they may be secret.
    """
    if not (headers or query or body):
        return prepared
    errors: list[str] = []
    merged_headers = dict(prepared.headers)
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            errors.append(f"extra_headers: {name!r} is not a valid HTTP header name")
        elif not isinstance(value, str) or not _header_safe(value):
            errors.append(f"extra_headers[{name!r}]: the value must be text without line breaks")
        else:
            merged_headers[name] = value
    params = list(prepared.params or ())
    for name, value in (query or {}).items():
        if not isinstance(name, str) or not name or not isinstance(value, str):
            errors.append(f"extra_query: {name!r} needs a non-empty name and a str value")
            continue
        params = [(key, text) for key, text in params if key != name] + [(name, value)]
    merged_body = prepared.json
    if body:
        if not isinstance(prepared.json, dict):
            errors.append("extra_body: this operation does not send a JSON object")
        else:
            merged_body = {**prepared.json, **body}
            try:
                json.dumps(merged_body)
            except (TypeError, ValueError):
                errors.append("extra_body: every value must be JSON (str, int, float, bool, ...)")
    if errors:
        raise ValidationError(errors)
    secret = prepared.secret_query | {name for name in (query or {}) if isinstance(name, str)}
    return dataclasses.replace(
        prepared,
        headers=merged_headers,
        params=tuple(params),
        json=merged_body,
        secret_query=secret,
    )


def _header_safe(value: str) -> bool:
    return not any(char in value for char in "\r\n\0")


class RawResponse(Generic[T]):
    """A success response before decoding: ``client.with_raw_response.<method>(...)``.

    ``parse()`` gives what the method returns (decoded once): for a paginated method, the page,
    which goes on to the following pages as the method's would. Error statuses still raise the
    usual exceptions.
    """

    __slots__ = ("_decode", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, decode: Callable[[httpx.Response], T]):
        self.http_response: httpx.Response = http_response
        self._decode = decode
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        """The decoded body, as the method would return it."""
        if not self._parsed:
            self._parsed.append(self._decode(self.http_response))
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


class SyncTransport:
    """Sends prepared requests with an :class:`httpx.Client`."""

    def __init__(
        self,
        http: httpx.Client,
        base_url: str,
        timeout: httpx.Timeout,
        max_retries: int,
        headers: Mapping[str, str] = DEFAULT_HEADERS,
        query: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.http = http
        self.base_url = base_url
        self.timeout = timeout
        self.max_retries = max_retries
        # Added to every request: DEFAULT_HEADERS unless ``http`` sends them itself, and the
        # caller's default_headers; ``query`` holds the caller's default_query.
        self.headers = headers
        self.query = query
        self.urls: dict[str, httpx.URL] = {}

    def send(self, prepared: PreparedRequest[T], timeout: Timeout | None) -> T:
        return result(prepared, self.exchange(prepared, timeout))

    def exchange(self, prepared: PreparedRequest[T], timeout: Timeout | None) -> httpx.Response:
        """The final response to ``prepared``, after the retries the policy allows."""
        secret = secret_query(prepared, self.query)
        if not secret:
            return self._exchange(prepared, timeout)
        token = _SECRET_QUERY.set(secret)  # read by RedactQuery while httpx logs
        try:
            return self._exchange(prepared, timeout)
        finally:
            _SECRET_QUERY.reset(token)

    def _exchange(self, prepared: PreparedRequest[T], timeout: Timeout | None) -> httpx.Response:
        url = self.base_url + prepared.path
        # Built once: the body is serialized once and re-sent unchanged by every retry.
        request = build_request(
            self.http,
            prepared,
            parsed_url(self.urls, url),
            as_timeout(timeout, self.timeout),
            self.headers,
            self.query,
        )
        attempt = 0
        while True:
            attempt += 1
            start = time.monotonic()
            try:
                response = self.http.send(request)
            except httpx.TransportError as exc:
                _log(prepared, url, type(exc).__name__, attempt, start)
                delay = after_error(prepared, exc, attempt, self.max_retries)
            except RuntimeError:
                if self.http.is_closed:  # httpx's own error names httpx, not this client
                    raise ClientClosedError(_CLOSED) from None
                raise
            else:
                _log(prepared, url, str(response.status_code), attempt, start)
                retry_in = after_response(prepared, response, attempt, self.max_retries)
                if retry_in is None:
                    return response
                response.close()
                delay = retry_in
            logger.debug("retrying in %.2f s", delay)
            time.sleep(delay)


class AsyncTransport:
    """Sends prepared requests with an :class:`httpx.AsyncClient`."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        base_url: str,
        timeout: httpx.Timeout,
        max_retries: int,
        headers: Mapping[str, str] = DEFAULT_HEADERS,
        query: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.http = http
        self.base_url = base_url
        self.timeout = timeout
        self.max_retries = max_retries
        # Added to every request: DEFAULT_HEADERS unless ``http`` sends them itself, and the
        # caller's default_headers; ``query`` holds the caller's default_query.
        self.headers = headers
        self.query = query
        self.urls: dict[str, httpx.URL] = {}

    async def send(self, prepared: PreparedRequest[T], timeout: Timeout | None) -> T:
        return result(prepared, await self.exchange(prepared, timeout))

    async def exchange(
        self, prepared: PreparedRequest[T], timeout: Timeout | None
    ) -> httpx.Response:
        """The final response to ``prepared``, after the retries the policy allows."""
        secret = secret_query(prepared, self.query)
        if not secret:
            return await self._exchange(prepared, timeout)
        token = _SECRET_QUERY.set(secret)  # read by RedactQuery while httpx logs
        try:
            return await self._exchange(prepared, timeout)
        finally:
            _SECRET_QUERY.reset(token)

    async def _exchange(
        self, prepared: PreparedRequest[T], timeout: Timeout | None
    ) -> httpx.Response:
        url = self.base_url + prepared.path
        request = build_request(
            self.http,
            prepared,
            parsed_url(self.urls, url),
            as_timeout(timeout, self.timeout),
            self.headers,
            self.query,
        )
        attempt = 0
        while True:
            attempt += 1
            start = time.monotonic()
            try:
                response = await self.http.send(request)
            except httpx.TransportError as exc:
                _log(prepared, url, type(exc).__name__, attempt, start)
                delay = after_error(prepared, exc, attempt, self.max_retries)
            except RuntimeError:
                if self.http.is_closed:  # httpx's own error names httpx, not this client
                    raise ClientClosedError(_CLOSED) from None
                raise
            else:
                _log(prepared, url, str(response.status_code), attempt, start)
                retry_in = after_response(prepared, response, attempt, self.max_retries)
                if retry_in is None:
                    return response
                await response.aclose()
                delay = retry_in
            logger.debug("retrying in %.2f s", delay)
            await _async_sleep(delay)
