# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
"""Exceptions raised by the Droplets client.

    DropletsError
    ├── ValidationError            invalid input, raised before any network I/O (also a ValueError)
    ├── MissingCredentialsError    no API token or key was given or found in the environment
    ├── InvalidCredentialsError    a credential that cannot be sent in an HTTP header
    ├── APIResponseValidationError a success response whose body does not match the spec
    ├── APIConnectionError         the request did not get a response
    │   └── APITimeoutError
    └── APIStatusError             the API answered with an error status
        ├── BadRequestError            400
        ├── AuthenticationError        401
        ├── PermissionDeniedError      403
        ├── NotFoundError              404
        ├── ConflictError              409
        ├── UnprocessableEntityError   422
        ├── RateLimitError             429
        └── InternalServerError        500 and above

No message or ``repr`` of these exceptions contains credentials or write-only values. (The
``response`` attribute is httpx's own object: its ``request`` is what was sent, secrets included.)

Every exception pickles (process pools, Celery) and keeps its class, message and attributes:
an :class:`APIStatusError` its ``status_code``, ``headers``, ``body``, ``parsed``, ``code``,
``message``, ``request_id`` and ``retry_after``; its ``response`` comes back rebuilt from the
status, headers and body, without the request (which holds the credentials). The
``response`` of an :class:`APIResponseValidationError` and the ``request`` of an
:class:`APIConnectionError` are not carried over: ``None`` after unpickling.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Mapping, Sequence
from datetime import timezone
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "DropletsError",
    "InternalServerError",
    "InvalidCredentialsError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ValidationError",
]


class DropletsError(Exception):
    """Base class of every exception this package raises."""


class ValidationError(DropletsError, ValueError):
    """The input breaks the spec's rules; nothing was sent.

    ``errors`` lists every violation as ``"json.path: what is wrong"``.
    """

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors: list[str] = list(errors)
        count = len(self.errors)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{count} {noun} with the request:\n  " + "\n  ".join(self.errors))

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.errors,), _state(self)


class MissingCredentialsError(DropletsError):
    """No usable credentials were passed to the client or found in the environment."""


class InvalidCredentialsError(DropletsError, ValueError):
    """A credential holds a character an HTTP header cannot carry; its value is not shown."""


class ClientClosedError(DropletsError, RuntimeError):
    """A call on a client after :meth:`close` (or the end of its ``with`` block)."""


class APIResponseValidationError(DropletsError, ValueError):
    """A success response whose body does not have the shape the spec promises."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        self.request_id: str | None = request_id(response)
        super().__init__(message + (f" [request id {self.request_id}]" if self.request_id else ""))
        self.response = response

    def __reduce__(self) -> tuple[Any, ...]:
        # The message already holds the request id; the response is not carried over.
        return _rebuild, (type(self), self.args), _state(self, response=None)


class APIConnectionError(DropletsError):
    """The request could not be completed: DNS, refused or dropped connection, TLS."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args), _state(self, request=None)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIStatusError(DropletsError):
    """The API answered with an error status.

    Attributes:
        status_code: the HTTP status.
        body: the parsed JSON body, or ``None`` when it was not JSON.
        parsed: the body decoded as the spec declares for this status (a model, a list...),
            or ``None`` when the spec declares none or the body does not match it. Each
            subclass declares the type its statuses may carry (``NotFoundError.parsed``).
        code: ``error.code`` from the error body, when present.
        message: ``error.message`` from the error body, or the HTTP reason phrase.
        headers: the response headers.
        response: the :class:`httpx.Response` itself (after unpickling: one rebuilt from the
            status, headers and body, without its request).
        request_id: ``None``: the spec names no request-id header.
        retry_after: the seconds the ``Retry-After`` header asks to wait (never negative), or
            ``None`` without one.
    """

    parsed: object

    def __init__(self, response: httpx.Response, body: object, parsed: object = None) -> None:
        self.response = response
        self.status_code: int = response.status_code
        self.headers: httpx.Headers = response.headers
        self.body = body
        self.parsed = parsed
        self.request_id: str | None = request_id(response)
        self.retry_after: float | None = retry_after(response.headers)
        code_of, detail = _error_detail(body)
        self.code: int | str | None = code_of
        self.message: str = detail or response.reason_phrase
        code = f" (code {self.code})" if self.code is not None else ""
        ident = f" [request id {self.request_id}]" if self.request_id else ""
        super().__init__(f"HTTP {self.status_code}: {self.message}{code}{ident}")

    def __reduce__(self) -> tuple[Any, ...]:
        # The request is not carried over (it holds the credentials), nor a stream not read.
        try:
            content = self.response.content
        except httpx.ResponseNotRead:
            content = b""
        answer = (self.status_code, list(self.headers.multi_items()), content)
        state = _state(self, ("response", "headers"))
        return _rebuild_status_error, (type(self), answer, self.body, self.parsed), state


def _rebuild_status_error(
    cls: type[APIStatusError],
    answer: tuple[int, list[tuple[str, str]], bytes],
    body: object,
    parsed: object,
) -> APIStatusError:
    status, headers, content = answer
    response = httpx.Response(status, headers=headers, content=content)
    return cls(response, body, parsed)


def _rebuild(cls: type[BaseException], args: tuple[object, ...]) -> BaseException:
    """An exception whose ``__init__`` differs from ``Exception``'s, rebuilt from its args."""
    error = cls.__new__(cls)
    error.args = args
    return error


def _state(
    error: BaseException, without: Sequence[str] = (), **replaced: object
) -> dict[str, object]:
    """The attributes an unpickled ``error`` gets back: all but ``without``, ``replaced`` ones
    changed."""
    state = {key: value for key, value in error.__dict__.items() if key not in without}
    return {**state, **replaced}


def request_id(response: httpx.Response | None) -> str | None:
    """The request id the API sent back, for support requests."""
    return None  # the spec declares no request-id header (info.x-sdk.request-id-header)


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait, never negative, or ``None`` without one.

    Either form: delta-seconds (``120``) or an HTTP-date, counted from the response's ``Date``
    header when it has one (the server's clock), else from this machine's clock.
    """
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        when = _http_date(value)
        if when is None:
            return None
        now = _http_date(headers.get("date") or "")
        seconds = when - (time.time() if now is None else now)
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _http_date(value: str) -> float | None:
    """An HTTP-date as a POSIX timestamp (``-0000`` and no zone mean UTC), or ``None``."""
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC with no local offset known (RFC 5322)
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def _error_detail(body: object) -> tuple[int | str | None, str]:
    """``code`` and ``message`` of a ``{"success": false, "error": {...}}`` body."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None, ""
    code = error.get("code")
    message = error.get("message")
    return (
        code if isinstance(code, (int, str)) and not isinstance(code, bool) else None,
        message if isinstance(message, str) else "",
    )


class BadRequestError(APIStatusError):
    """HTTP 400: the request is malformed or does not match the schema."""


class AuthenticationError(APIStatusError):
    """HTTP 401: credentials are missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """HTTP 404: the resource does not exist."""


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests."""


class InternalServerError(APIStatusError):
    """HTTP 500 or above: the server failed."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_status(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status, APIStatusError)
