# Generated from tests/specs/constructs/recursive_types.yaml by sdkgen 0.1.0. Do not edit.
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
    Forest,
    Json,
    Outline,
    Tree,
)


class RecursiveWithRawResponse:
    """``Recursive.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def put_tree(
        self,
        name: str,
        request: Tree,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Tree]:
        """Like :meth:`Recursive.put_tree`, returning the HTTP response undecoded."""
        prepared = _operations.put_tree(
            self._credentials,
            name,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_document(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Json]:
        """Like :meth:`Recursive.get_document`, returning the HTTP response undecoded."""
        prepared = _operations.get_document(
            self._credentials,
            id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_forest(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Forest]:
        """Like :meth:`Recursive.get_forest`, returning the HTTP response undecoded."""
        prepared = _operations.get_forest(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def create_outline(
        self,
        request: Outline,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Outline]:
        """Like :meth:`Recursive.create_outline`, returning the HTTP response undecoded."""
        prepared = _operations.create_outline(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)


class AsyncRecursiveWithRawResponse:
    """``AsyncRecursive.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def put_tree(
        self,
        name: str,
        request: Tree,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Tree]:
        """Like :meth:`AsyncRecursive.put_tree`, returning the HTTP response undecoded."""
        prepared = _operations.put_tree(
            self._credentials,
            name,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_document(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Json]:
        """Like :meth:`AsyncRecursive.get_document`, returning the HTTP response undecoded."""
        prepared = _operations.get_document(
            self._credentials,
            id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_forest(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Forest]:
        """Like :meth:`AsyncRecursive.get_forest`, returning the HTTP response undecoded."""
        prepared = _operations.get_forest(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def create_outline(
        self,
        request: Outline,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Outline]:
        """Like :meth:`AsyncRecursive.create_outline`, returning the HTTP response undecoded."""
        prepared = _operations.create_outline(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)
