# Generated from tests/specs/public/swagger-petstore.yaml by sdkgen 0.1.0. Do not edit.
"""The synchronous and asynchronous clients of the Swagger Petstore - OpenAPI 3.0."""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Literal

import httpx

from ._auth import CREDENTIAL_HEADERS, CREDENTIAL_QUERY, Credentials
from ._files import FileContent
from ._transport import (
    DEFAULT_HEADERS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncTransport,
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
    from . import _operations, _raw
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
    _raw = _Lazy("_raw", "_raw")

DEFAULT_BASE_URL = "https://petstore3.swagger.io/api/v3"
BASE_URL_ENV = "SWAGGER_PETSTORE_OPEN_API_3_0_BASE_URL"


def _base_url(
    base_url: str | None,
) -> str:
    """The API root: ``base_url``, else the environment, else the spec's server."""
    url = base_url or os.environ.get(BASE_URL_ENV)
    return (url or DEFAULT_BASE_URL).rstrip("/")


class SwaggerPetstoreOpenApi30:
    """Synchronous client of the Swagger Petstore - OpenAPI 3.0.

    Use it as a context manager, or call :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        petstore_auth: str | None = None,
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
            petstore_auth: Read from ``PETSTORE_AUTH`` when no credential is passed.
            api_key: Read from ``API_KEY`` when no credential is passed.
            base_url: The API root; defaults to ``SWAGGER_PETSTORE_OPEN_API_3_0_BASE_URL`` or
                ``https://petstore3.swagger.io/api/v3``.
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

        check_http_client(
            http_client, httpx.Client, "SwaggerPetstoreOpenApi30", "AsyncSwaggerPetstoreOpenApi30"
        )
        if timeout is not None:
            check_timeout(timeout)
        check_max_retries(max_retries)
        self._credentials = Credentials.resolve(
            petstore_auth=petstore_auth,
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

    def __enter__(self) -> SwaggerPetstoreOpenApi30:
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
    ) -> SwaggerPetstoreOpenApi30:
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
    def with_raw_response(self) -> _raw.SwaggerPetstoreOpenApi30WithRawResponse:
        """The same methods, returning the HTTP response undecoded (``parse()`` decodes it)."""
        return _raw.SwaggerPetstoreOpenApi30WithRawResponse(self)

    def update_pet(
        self,
        request: _models.Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Pet:
        """Update an existing pet.

        Update an existing pet by Id.

        ``PUT /pet``

        Args:
            request: Update an existent pet in the store
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid ID supplied
            NotFoundError: HTTP 404. Pet not found
            UnprocessableEntityError: HTTP 422. Validation exception
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.update_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def add_pet(
        self,
        request: _models.Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Pet:
        """Add a new pet to the store.

        Add a new pet to the store.

        ``POST /pet``

        Args:
            request: Create a new pet in the store
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid input
            UnprocessableEntityError: HTTP 422. Validation exception
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.add_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def find_pets_by_status(
        self,
        *,
        status: _models.FindPetsByStatusStatus
        | Literal["available", "pending", "sold"]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> list[_models.Pet]:
        """Finds Pets by status.

        Multiple status values can be provided with comma separated strings.

        ``GET /pet/findByStatus``

        Args:
            status: Status values that need to be considered for filter
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid status value
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.find_pets_by_status(
            self._credentials,
            status=status,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def find_pets_by_tags(
        self,
        *,
        tags: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> list[_models.Pet]:
        """Finds Pets by tags.

        Multiple tags can be provided with comma separated strings. Use tag1, tag2, tag3 for
        testing.

        ``GET /pet/findByTags``

        Args:
            tags: Tags to filter by
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid tag value
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.find_pets_by_tags(
            self._credentials,
            tags=tags,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def get_pet_by_id(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Pet:
        """Find pet by ID.

        Returns a single pet.

        ``GET /pet/{petId}``

        Args:
            pet_id: ID of pet to return
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid ID supplied
            NotFoundError: HTTP 404. Pet not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_pet_by_id(
            self._credentials,
            pet_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def update_pet_with_form(
        self,
        pet_id: int,
        *,
        name: str | None = None,
        status: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Pet:
        """Updates a pet in the store with form data.

        Updates a pet resource based on the form data.

        ``POST /pet/{petId}``

        Args:
            pet_id: ID of pet that needs to be updated
            name: Name of pet that needs to be updated
            status: Status of pet that needs to be updated
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid input
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.update_pet_with_form(
            self._credentials,
            pet_id,
            name=name,
            status=status,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def delete_pet(
        self,
        pet_id: int,
        *,
        api_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Deletes a pet.

        Delete a pet.

        ``DELETE /pet/{petId}``

        Args:
            pet_id: Pet id to delete
            api_key: The ``api_key`` header parameter.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid pet value
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.delete_pet(
            self._credentials,
            pet_id,
            api_key=api_key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def upload_file(
        self,
        pet_id: int,
        request: FileContent | None = None,
        *,
        additional_metadata: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.ApiResponse:
        """Uploads an image.

        Upload image of the pet.

        ``POST /pet/{petId}/uploadImage``

        Args:
            pet_id: ID of pet to update
            request: The request body.
            additional_metadata: Additional Metadata
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. No file uploaded
            NotFoundError: HTTP 404. Pet not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.upload_file(
            self._credentials,
            pet_id,
            request,
            additional_metadata=additional_metadata,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def get_inventory(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> dict[str, int]:
        """Returns pet inventories by status.

        Returns a map of status codes to quantities.

        ``GET /store/inventory``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_inventory(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def place_order(
        self,
        request: _models.Order | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Order:
        """Place an order for a pet.

        Place a new order in the store.

        ``POST /store/order``

        Args:
            request: The request body.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid input
            UnprocessableEntityError: HTTP 422. Validation exception
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.place_order(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def get_order_by_id(
        self,
        order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Order:
        """Find purchase order by ID.

        For valid response try integer IDs with value <= 5 or > 10. Other values will generate
        exceptions.

        ``GET /store/order/{orderId}``

        Args:
            order_id: ID of order that needs to be fetched
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid ID supplied
            NotFoundError: HTTP 404. Order not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_order_by_id(
            self._credentials,
            order_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def delete_order(
        self,
        order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete purchase order by identifier.

        For valid response try integer IDs with value < 1000. Anything above 1000 or non-integers
        will generate API errors.

        ``DELETE /store/order/{orderId}``

        Args:
            order_id: ID of the order that needs to be deleted
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid ID supplied
            NotFoundError: HTTP 404. Order not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.delete_order(
            self._credentials,
            order_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def create_user(
        self,
        request: _models.User | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.User:
        """Create user.

        This can only be done by the logged in user.

        ``POST /user``

        Args:
            request: Created user object
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.create_user(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def create_users_with_list_input(
        self,
        request: list[_models.User] | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.User:
        """Creates list of users with given input array.

        Creates list of users with given input array.

        ``POST /user/createWithList``

        Args:
            request: The request body.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.create_users_with_list_input(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def login_user(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> str:
        """Logs user into the system.

        Log into the system.

        ``GET /user/login``

        Args:
            username: The user name for login
            password: The password for login in clear text
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid username/password supplied
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.login_user(
            self._credentials,
            username=username,
            password=password,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def logout_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Logs out current logged in user session.

        Log user out of the system.

        ``GET /user/logout``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.logout_user(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def get_user_by_name(
        self,
        username: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.User:
        """Get user by user name.

        Get user detail based on username.

        ``GET /user/{username}``

        Args:
            username: The name that needs to be fetched. Use user1 for testing
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid username supplied
            NotFoundError: HTTP 404. User not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_user_by_name(
            self._credentials,
            username,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)

    def update_user(
        self,
        username: str,
        request: _models.User | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Update user resource.

        This can only be done by the logged in user.

        ``PUT /user/{username}``

        Args:
            username: name that need to be deleted
            request: Update an existent user in the store
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. bad request
            NotFoundError: HTTP 404. user not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.update_user(
            self._credentials,
            username,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send(prepared, timeout)

    def delete_user(
        self,
        username: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete user resource.

        This can only be done by the logged in user.

        ``DELETE /user/{username}``

        Args:
            username: The name that needs to be deleted
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid username supplied
            NotFoundError: HTTP 404. User not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.delete_user(
            self._credentials,
            username,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send(prepared, timeout)


class AsyncSwaggerPetstoreOpenApi30:
    """Asynchronous client of the Swagger Petstore - OpenAPI 3.0.

    It has the same methods as :class:`SwaggerPetstoreOpenApi30`, as coroutines.
    Use it as an async context manager, or await :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        *,
        petstore_auth: str | None = None,
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
            petstore_auth: Read from ``PETSTORE_AUTH`` when no credential is passed.
            api_key: Read from ``API_KEY`` when no credential is passed.
            base_url: The API root; defaults to ``SWAGGER_PETSTORE_OPEN_API_3_0_BASE_URL`` or
                ``https://petstore3.swagger.io/api/v3``.
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

        check_http_client(
            http_client,
            httpx.AsyncClient,
            "AsyncSwaggerPetstoreOpenApi30",
            "SwaggerPetstoreOpenApi30",
        )
        if timeout is not None:
            check_timeout(timeout)
        check_max_retries(max_retries)
        self._credentials = Credentials.resolve(
            petstore_auth=petstore_auth,
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

    async def __aenter__(self) -> AsyncSwaggerPetstoreOpenApi30:
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
    ) -> AsyncSwaggerPetstoreOpenApi30:
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
    def with_raw_response(self) -> _raw.AsyncSwaggerPetstoreOpenApi30WithRawResponse:
        """The same methods, returning the HTTP response undecoded (``parse()`` decodes it)."""
        return _raw.AsyncSwaggerPetstoreOpenApi30WithRawResponse(self)

    async def update_pet(
        self,
        request: _models.Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Pet:
        """Update an existing pet.

        Update an existing pet by Id.

        ``PUT /pet``

        Args:
            request: Update an existent pet in the store
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid ID supplied
            NotFoundError: HTTP 404. Pet not found
            UnprocessableEntityError: HTTP 422. Validation exception
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.update_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def add_pet(
        self,
        request: _models.Pet,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Pet:
        """Add a new pet to the store.

        Add a new pet to the store.

        ``POST /pet``

        Args:
            request: Create a new pet in the store
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid input
            UnprocessableEntityError: HTTP 422. Validation exception
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.add_pet(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def find_pets_by_status(
        self,
        *,
        status: _models.FindPetsByStatusStatus
        | Literal["available", "pending", "sold"]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> list[_models.Pet]:
        """Finds Pets by status.

        Multiple status values can be provided with comma separated strings.

        ``GET /pet/findByStatus``

        Args:
            status: Status values that need to be considered for filter
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid status value
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.find_pets_by_status(
            self._credentials,
            status=status,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def find_pets_by_tags(
        self,
        *,
        tags: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> list[_models.Pet]:
        """Finds Pets by tags.

        Multiple tags can be provided with comma separated strings. Use tag1, tag2, tag3 for
        testing.

        ``GET /pet/findByTags``

        Args:
            tags: Tags to filter by
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid tag value
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.find_pets_by_tags(
            self._credentials,
            tags=tags,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def get_pet_by_id(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Pet:
        """Find pet by ID.

        Returns a single pet.

        ``GET /pet/{petId}``

        Args:
            pet_id: ID of pet to return
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid ID supplied
            NotFoundError: HTTP 404. Pet not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_pet_by_id(
            self._credentials,
            pet_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def update_pet_with_form(
        self,
        pet_id: int,
        *,
        name: str | None = None,
        status: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Pet:
        """Updates a pet in the store with form data.

        Updates a pet resource based on the form data.

        ``POST /pet/{petId}``

        Args:
            pet_id: ID of pet that needs to be updated
            name: Name of pet that needs to be updated
            status: Status of pet that needs to be updated
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid input
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.update_pet_with_form(
            self._credentials,
            pet_id,
            name=name,
            status=status,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def delete_pet(
        self,
        pet_id: int,
        *,
        api_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Deletes a pet.

        Delete a pet.

        ``DELETE /pet/{petId}``

        Args:
            pet_id: Pet id to delete
            api_key: The ``api_key`` header parameter.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid pet value
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.delete_pet(
            self._credentials,
            pet_id,
            api_key=api_key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def upload_file(
        self,
        pet_id: int,
        request: FileContent | None = None,
        *,
        additional_metadata: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.ApiResponse:
        """Uploads an image.

        Upload image of the pet.

        ``POST /pet/{petId}/uploadImage``

        Args:
            pet_id: ID of pet to update
            request: The request body.
            additional_metadata: Additional Metadata
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. No file uploaded
            NotFoundError: HTTP 404. Pet not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.upload_file(
            self._credentials,
            pet_id,
            request,
            additional_metadata=additional_metadata,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def get_inventory(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> dict[str, int]:
        """Returns pet inventories by status.

        Returns a map of status codes to quantities.

        ``GET /store/inventory``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_inventory(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def place_order(
        self,
        request: _models.Order | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Order:
        """Place an order for a pet.

        Place a new order in the store.

        ``POST /store/order``

        Args:
            request: The request body.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid input
            UnprocessableEntityError: HTTP 422. Validation exception
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.place_order(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def get_order_by_id(
        self,
        order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.Order:
        """Find purchase order by ID.

        For valid response try integer IDs with value <= 5 or > 10. Other values will generate
        exceptions.

        ``GET /store/order/{orderId}``

        Args:
            order_id: ID of order that needs to be fetched
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid ID supplied
            NotFoundError: HTTP 404. Order not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_order_by_id(
            self._credentials,
            order_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def delete_order(
        self,
        order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete purchase order by identifier.

        For valid response try integer IDs with value < 1000. Anything above 1000 or non-integers
        will generate API errors.

        ``DELETE /store/order/{orderId}``

        Args:
            order_id: ID of the order that needs to be deleted
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid ID supplied
            NotFoundError: HTTP 404. Order not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.delete_order(
            self._credentials,
            order_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def create_user(
        self,
        request: _models.User | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.User:
        """Create user.

        This can only be done by the logged in user.

        ``POST /user``

        Args:
            request: Created user object
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.create_user(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def create_users_with_list_input(
        self,
        request: list[_models.User] | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.User:
        """Creates list of users with given input array.

        Creates list of users with given input array.

        ``POST /user/createWithList``

        Args:
            request: The request body.
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.create_users_with_list_input(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def login_user(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> str:
        """Logs user into the system.

        Log into the system.

        ``GET /user/login``

        Args:
            username: The user name for login
            password: The password for login in clear text
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid username/password supplied
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.login_user(
            self._credentials,
            username=username,
            password=password,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def logout_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Logs out current logged in user session.

        Log user out of the system.

        ``GET /user/logout``

        Args:
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.logout_user(
            self._credentials,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def get_user_by_name(
        self,
        username: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> _models.User:
        """Get user by user name.

        Get user detail based on username.

        ``GET /user/{username}``

        Args:
            username: The name that needs to be fetched. Use user1 for testing
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid username supplied
            NotFoundError: HTTP 404. User not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.get_user_by_name(
            self._credentials,
            username,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)

    async def update_user(
        self,
        username: str,
        request: _models.User | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Update user resource.

        This can only be done by the logged in user.

        ``PUT /user/{username}``

        Args:
            username: name that need to be deleted
            request: Update an existent user in the store
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            extra_body: Fields to add to (or replace in) the JSON body.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. bad request
            NotFoundError: HTTP 404. user not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.update_user(
            self._credentials,
            username,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send(prepared, timeout)

    async def delete_user(
        self,
        username: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete user resource.

        This can only be done by the logged in user.

        ``DELETE /user/{username}``

        Args:
            username: The name that needs to be deleted
            extra_headers: Headers to add or replace, e.g. for a feature the spec does not list
                yet.
            extra_query: Query parameters to add or replace.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: The input breaks the spec's rules; nothing was sent.
            BadRequestError: HTTP 400. Invalid username supplied
            NotFoundError: HTTP 404. User not found
            APIStatusError: HTTP default. Unexpected error
            APIConnectionError: No response was received.
        """
        prepared = _operations.delete_user(
            self._credentials,
            username,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send(prepared, timeout)
