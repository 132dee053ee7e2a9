# Generated from tests/specs/constructs/multipart_fields_only.yaml by sdkgen 0.1.0. Do not edit.
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
    SubmitAnswerRequest,
)


class SurveyWithRawResponse:
    """``Survey.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def submit_answer(
        self,
        request: SubmitAnswerRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`Survey.submit_answer`, returning the HTTP response undecoded."""
        prepared = _operations.submit_answer(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncSurveyWithRawResponse:
    """``AsyncSurvey.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def submit_answer(
        self,
        request: SubmitAnswerRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncSurvey.submit_answer`, returning the HTTP response undecoded."""
        prepared = _operations.submit_answer(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
