# Generated from tests/specs/constructs/octet_stream.yaml by sdkgen 0.1.0. Do not edit.
"""Raw responses: ``client.with_raw_response.<method>(...)`` returns a :class:`RawResponse`.

Imported on first use of ``with_raw_response``. Validation, retries and error statuses are as
for the plain methods; only the success body is left undecoded until ``parse()``.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import _operations
from ._auth import Credentials
from ._files import FileContent
from ._transport import (
    AsyncTransport,
    RawResponse,
    SyncTransport,
    Timeout,
    with_extras,
)
from .models import (
    BlobInfo,
)


class BlobsWithRawResponse:
    """``Blobs.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def get_blob(
        self,
        blob_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[bytes]:
        """Like :meth:`Blobs.get_blob`, returning the HTTP response undecoded."""
        prepared = _operations.get_blob(
            self._credentials,
            blob_key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def put_blob(
        self,
        blob_key: str,
        request: FileContent,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[BlobInfo]:
        """Like :meth:`Blobs.put_blob`, returning the HTTP response undecoded."""
        prepared = _operations.put_blob(
            self._credentials,
            blob_key,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncBlobsWithRawResponse:
    """``AsyncBlobs.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def get_blob(
        self,
        blob_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[bytes]:
        """Like :meth:`AsyncBlobs.get_blob`, returning the HTTP response undecoded."""
        prepared = _operations.get_blob(
            self._credentials,
            blob_key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def put_blob(
        self,
        blob_key: str,
        request: FileContent,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[BlobInfo]:
        """Like :meth:`AsyncBlobs.put_blob`, returning the HTTP response undecoded."""
        prepared = _operations.put_blob(
            self._credentials,
            blob_key,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
