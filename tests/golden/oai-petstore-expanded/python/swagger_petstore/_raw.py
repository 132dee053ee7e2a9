# Generated from tests/specs/public/oai-petstore-expanded.yaml by sdkgen 0.1.0. Do not edit.
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
    NewPet,
    Pet,
)


class SwaggerPetstoreWithRawResponse:
    """``SwaggerPetstore.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def find_pets(
        self,
        *,
        tags: list[str] | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Pet]]:
        """Like :meth:`SwaggerPetstore.find_pets`, returning the HTTP response undecoded."""
        prepared = _operations.find_pets(
            self._credentials,
            tags=tags,
            limit=limit,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def add_pet(
        self,
        request: NewPet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`SwaggerPetstore.add_pet`, returning the HTTP response undecoded."""
        prepared = _operations.add_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def find_pet_by_id(
        self,
        id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`SwaggerPetstore.find_pet_by_id`, returning the HTTP response undecoded."""
        prepared = _operations.find_pet_by_id(
            self._credentials,
            id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def delete_pet(
        self,
        id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`SwaggerPetstore.delete_pet`, returning the HTTP response undecoded."""
        prepared = _operations.delete_pet(
            self._credentials,
            id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncSwaggerPetstoreWithRawResponse:
    """``AsyncSwaggerPetstore.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def find_pets(
        self,
        *,
        tags: list[str] | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Pet]]:
        """Like :meth:`AsyncSwaggerPetstore.find_pets`, returning the HTTP response undecoded."""
        prepared = _operations.find_pets(
            self._credentials,
            tags=tags,
            limit=limit,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def add_pet(
        self,
        request: NewPet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`AsyncSwaggerPetstore.add_pet`, returning the HTTP response undecoded."""
        prepared = _operations.add_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def find_pet_by_id(
        self,
        id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`AsyncSwaggerPetstore.find_pet_by_id`, returning the HTTP response
        undecoded."""
        prepared = _operations.find_pet_by_id(
            self._credentials,
            id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def delete_pet(
        self,
        id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncSwaggerPetstore.delete_pet`, returning the HTTP response undecoded."""
        prepared = _operations.delete_pet(
            self._credentials,
            id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
