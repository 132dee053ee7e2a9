# Generated from tests/specs/public/swagger-petstore.yaml by sdkgen 0.1.0. Do not edit.
"""Raw responses: ``client.with_raw_response.<method>(...)`` returns a :class:`RawResponse`.

Imported on first use of ``with_raw_response``. Validation, retries and error statuses are as
for the plain methods; only the success body is left undecoded until ``parse()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

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
    ApiResponse,
    FindPetsByStatusStatus,
    Order,
    Pet,
    User,
)


class SwaggerPetstoreOpenApi30WithRawResponse:
    """``SwaggerPetstoreOpenApi30.with_raw_response``: each method returns a
    :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def update_pet(
        self,
        request: Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`SwaggerPetstoreOpenApi30.update_pet`, returning the HTTP response
        undecoded."""
        prepared = _operations.update_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def add_pet(
        self,
        request: Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`SwaggerPetstoreOpenApi30.add_pet`, returning the HTTP response undecoded."""
        prepared = _operations.add_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def find_pets_by_status(
        self,
        *,
        status: FindPetsByStatusStatus | Literal["available", "pending", "sold"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Pet]]:
        """Like :meth:`SwaggerPetstoreOpenApi30.find_pets_by_status`, returning the HTTP
        response undecoded."""
        prepared = _operations.find_pets_by_status(
            self._credentials,
            status=status,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def find_pets_by_tags(
        self,
        *,
        tags: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Pet]]:
        """Like :meth:`SwaggerPetstoreOpenApi30.find_pets_by_tags`, returning the HTTP response
        undecoded."""
        prepared = _operations.find_pets_by_tags(
            self._credentials,
            tags=tags,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_pet_by_id(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`SwaggerPetstoreOpenApi30.get_pet_by_id`, returning the HTTP response
        undecoded."""
        prepared = _operations.get_pet_by_id(
            self._credentials,
            pet_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def update_pet_with_form(
        self,
        pet_id: int,
        *,
        name: str | None = None,
        status: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`SwaggerPetstoreOpenApi30.update_pet_with_form`, returning the HTTP
        response undecoded."""
        prepared = _operations.update_pet_with_form(
            self._credentials,
            pet_id,
            name=name,
            status=status,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def delete_pet(
        self,
        pet_id: int,
        *,
        api_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`SwaggerPetstoreOpenApi30.delete_pet`, returning the HTTP response
        undecoded."""
        prepared = _operations.delete_pet(
            self._credentials,
            pet_id,
            api_key=api_key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def upload_file(
        self,
        pet_id: int,
        request: FileContent | None = None,
        *,
        additional_metadata: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[ApiResponse]:
        """Like :meth:`SwaggerPetstoreOpenApi30.upload_file`, returning the HTTP response
        undecoded."""
        prepared = _operations.upload_file(
            self._credentials,
            pet_id,
            request,
            additional_metadata=additional_metadata,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_inventory(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[dict[str, int]]:
        """Like :meth:`SwaggerPetstoreOpenApi30.get_inventory`, returning the HTTP response
        undecoded."""
        prepared = _operations.get_inventory(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def place_order(
        self,
        request: Order | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Order]:
        """Like :meth:`SwaggerPetstoreOpenApi30.place_order`, returning the HTTP response
        undecoded."""
        prepared = _operations.place_order(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def get_order_by_id(
        self,
        order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Order]:
        """Like :meth:`SwaggerPetstoreOpenApi30.get_order_by_id`, returning the HTTP response
        undecoded."""
        prepared = _operations.get_order_by_id(
            self._credentials,
            order_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def delete_order(
        self,
        order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`SwaggerPetstoreOpenApi30.delete_order`, returning the HTTP response
        undecoded."""
        prepared = _operations.delete_order(
            self._credentials,
            order_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def create_user(
        self,
        request: User | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[User]:
        """Like :meth:`SwaggerPetstoreOpenApi30.create_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.create_user(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def create_users_with_list_input(
        self,
        request: list[User] | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[User]:
        """Like :meth:`SwaggerPetstoreOpenApi30.create_users_with_list_input`, returning the
        HTTP response undecoded."""
        prepared = _operations.create_users_with_list_input(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def login_user(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[str]:
        """Like :meth:`SwaggerPetstoreOpenApi30.login_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.login_user(
            self._credentials,
            username=username,
            password=password,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def logout_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`SwaggerPetstoreOpenApi30.logout_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.logout_user(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_user_by_name(
        self,
        username: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[User]:
        """Like :meth:`SwaggerPetstoreOpenApi30.get_user_by_name`, returning the HTTP response
        undecoded."""
        prepared = _operations.get_user_by_name(
            self._credentials,
            username,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def update_user(
        self,
        username: str,
        request: User | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`SwaggerPetstoreOpenApi30.update_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.update_user(
            self._credentials,
            username,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def delete_user(
        self,
        username: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`SwaggerPetstoreOpenApi30.delete_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.delete_user(
            self._credentials,
            username,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncSwaggerPetstoreOpenApi30WithRawResponse:
    """``AsyncSwaggerPetstoreOpenApi30.with_raw_response``: each method returns a
    :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def update_pet(
        self,
        request: Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.update_pet`, returning the HTTP response
        undecoded."""
        prepared = _operations.update_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def add_pet(
        self,
        request: Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.add_pet`, returning the HTTP response
        undecoded."""
        prepared = _operations.add_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def find_pets_by_status(
        self,
        *,
        status: FindPetsByStatusStatus | Literal["available", "pending", "sold"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Pet]]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.find_pets_by_status`, returning the HTTP
        response undecoded."""
        prepared = _operations.find_pets_by_status(
            self._credentials,
            status=status,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def find_pets_by_tags(
        self,
        *,
        tags: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Pet]]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.find_pets_by_tags`, returning the HTTP
        response undecoded."""
        prepared = _operations.find_pets_by_tags(
            self._credentials,
            tags=tags,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_pet_by_id(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.get_pet_by_id`, returning the HTTP response
        undecoded."""
        prepared = _operations.get_pet_by_id(
            self._credentials,
            pet_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def update_pet_with_form(
        self,
        pet_id: int,
        *,
        name: str | None = None,
        status: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Pet]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.update_pet_with_form`, returning the HTTP
        response undecoded."""
        prepared = _operations.update_pet_with_form(
            self._credentials,
            pet_id,
            name=name,
            status=status,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def delete_pet(
        self,
        pet_id: int,
        *,
        api_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.delete_pet`, returning the HTTP response
        undecoded."""
        prepared = _operations.delete_pet(
            self._credentials,
            pet_id,
            api_key=api_key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def upload_file(
        self,
        pet_id: int,
        request: FileContent | None = None,
        *,
        additional_metadata: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[ApiResponse]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.upload_file`, returning the HTTP response
        undecoded."""
        prepared = _operations.upload_file(
            self._credentials,
            pet_id,
            request,
            additional_metadata=additional_metadata,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_inventory(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[dict[str, int]]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.get_inventory`, returning the HTTP response
        undecoded."""
        prepared = _operations.get_inventory(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def place_order(
        self,
        request: Order | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Order]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.place_order`, returning the HTTP response
        undecoded."""
        prepared = _operations.place_order(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def get_order_by_id(
        self,
        order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Order]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.get_order_by_id`, returning the HTTP
        response undecoded."""
        prepared = _operations.get_order_by_id(
            self._credentials,
            order_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def delete_order(
        self,
        order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.delete_order`, returning the HTTP response
        undecoded."""
        prepared = _operations.delete_order(
            self._credentials,
            order_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def create_user(
        self,
        request: User | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[User]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.create_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.create_user(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def create_users_with_list_input(
        self,
        request: list[User] | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[User]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.create_users_with_list_input`, returning
        the HTTP response undecoded."""
        prepared = _operations.create_users_with_list_input(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def login_user(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[str]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.login_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.login_user(
            self._credentials,
            username=username,
            password=password,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def logout_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.logout_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.logout_user(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_user_by_name(
        self,
        username: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[User]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.get_user_by_name`, returning the HTTP
        response undecoded."""
        prepared = _operations.get_user_by_name(
            self._credentials,
            username,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def update_user(
        self,
        username: str,
        request: User | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.update_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.update_user(
            self._credentials,
            username,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def delete_user(
        self,
        username: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncSwaggerPetstoreOpenApi30.delete_user`, returning the HTTP response
        undecoded."""
        prepared = _operations.delete_user(
            self._credentials,
            username,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
