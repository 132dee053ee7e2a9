# Generated from tests/specs/constructs/recursive_types.yaml by sdkgen 0.1.0. Do not edit.
"""Exceptions raised by the Recursive Types API client.

    RecursiveError
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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidCredentialsError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RecursiveError",
    "UnprocessableEntityError",
    "ValidationError",
]


class RecursiveError(Exception):
    """Base class of every exception this package raises."""


class ValidationError(RecursiveError, ValueError):
    """The input breaks the spec's rules; nothing was sent.

    ``errors`` lists every violation as ``"json.path: what is wrong"``.
    """

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors = list(errors)
        count = len(self.errors)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{count} {noun} with the request:\n  " + "\n  ".join(self.errors))


class MissingCredentialsError(RecursiveError):
    """No usable credentials were passed to the client or found in the environment."""


class InvalidCredentialsError(RecursiveError, ValueError):
    """A credential holds a character an HTTP header cannot carry; its value is not shown."""


class APIResponseValidationError(RecursiveError, ValueError):
    """A success response whose body does not have the shape the spec promises."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        self.request_id = request_id(response)
        super().__init__(message + (f" [request id {self.request_id}]" if self.request_id else ""))
        self.response = response


class APIConnectionError(RecursiveError):
    """The request could not be completed: DNS, refused or dropped connection, TLS."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIStatusError(RecursiveError):
    """The API answered with an error status.

    Attributes:
        status_code: the HTTP status.
        body: the parsed JSON body, or ``None`` when it was not JSON.
        parsed: the body decoded as the spec declares for this status (a model, a list...),
            or ``None`` when the spec declares none or the body does not match it.
        code: ``error.code`` from the error body, when present.
        message: ``error.message`` from the error body, or the HTTP reason phrase.
        headers: the response headers.
        response: the :class:`httpx.Response` itself.
        request_id: ``None``: the spec names no request-id header.
    """

    def __init__(self, response: httpx.Response, body: object, parsed: object = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.parsed = parsed
        self.request_id = request_id(response)
        self.code, detail = _error_detail(body)
        self.message = detail or response.reason_phrase
        code = f" (code {self.code})" if self.code is not None else ""
        ident = f" [request id {self.request_id}]" if self.request_id else ""
        super().__init__(f"HTTP {self.status_code}: {self.message}{code}{ident}")


def request_id(response: httpx.Response | None) -> str | None:
    """The request id the API sent back, for support requests."""
    return None  # the spec declares no request-id header (info.x-sdk.request-id-header)


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
