# Generated from tests/specs/constructs/any_of_undiscriminated.yaml by sdkgen 0.1.0. Do not edit.
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
    Contact,
    NewContact,
    Shape,
)


class ContactsWithRawResponse:
    """``Contacts.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def create_contact(
        self,
        request: NewContact,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Contact]:
        """Like :meth:`Contacts.create_contact`, returning the HTTP response undecoded."""
        prepared = _operations.create_contact(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def get_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Contact]:
        """Like :meth:`Contacts.get_contact`, returning the HTTP response undecoded."""
        prepared = _operations.get_contact(
            self._credentials,
            contact_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def get_shape(
        self,
        shape_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Shape]:
        """Like :meth:`Contacts.get_shape`, returning the HTTP response undecoded."""
        prepared = _operations.get_shape(
            self._credentials,
            shape_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncContactsWithRawResponse:
    """``AsyncContacts.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def create_contact(
        self,
        request: NewContact,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Contact]:
        """Like :meth:`AsyncContacts.create_contact`, returning the HTTP response undecoded."""
        prepared = _operations.create_contact(
            self._credentials,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def get_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Contact]:
        """Like :meth:`AsyncContacts.get_contact`, returning the HTTP response undecoded."""
        prepared = _operations.get_contact(
            self._credentials,
            contact_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def get_shape(
        self,
        shape_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Shape]:
        """Like :meth:`AsyncContacts.get_shape`, returning the HTTP response undecoded."""
        prepared = _operations.get_shape(
            self._credentials,
            shape_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
