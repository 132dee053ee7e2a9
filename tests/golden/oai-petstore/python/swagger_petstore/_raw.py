# Generated from tests/specs/public/oai-petstore.yaml by sdkgen 0.1.0. Do not edit.
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
    Pet,
)


class SwaggerPetstoreWithRawResponse:
    """``SwaggerPetstore.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def list_pets(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Pet]]:
        """Like :meth:`SwaggerPetstore.list_pets`, returning the HTTP response undecoded."""
        prepared = _operations.list_pets(
            self._credentials,
            limit=limit,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def create_pets(
        self,
        request: Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`SwaggerPetstore.create_pets`, returning the HTTP response undecoded."""
        prepared = _operations.create_pets(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def show_pet_by_id(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`SwaggerPetstore.show_pet_by_id`, returning the HTTP response undecoded."""
        prepared = _operations.show_pet_by_id(
            self._credentials,
            pet_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncSwaggerPetstoreWithRawResponse:
    """``AsyncSwaggerPetstore.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def list_pets(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Pet]]:
        """Like :meth:`AsyncSwaggerPetstore.list_pets`, returning the HTTP response undecoded."""
        prepared = _operations.list_pets(
            self._credentials,
            limit=limit,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def create_pets(
        self,
        request: Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncSwaggerPetstore.create_pets`, returning the HTTP response undecoded."""
        prepared = _operations.create_pets(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def show_pet_by_id(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`AsyncSwaggerPetstore.show_pet_by_id`, returning the HTTP response
        undecoded."""
        prepared = _operations.show_pet_by_id(
            self._credentials,
            pet_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
