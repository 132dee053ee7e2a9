# Generated from tests/specs/constructs/path_level_params.yaml by sdkgen 0.1.0. Do not edit.
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
    Member,
)


class ProjectsWithRawResponse:
    """``Projects.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def list_members(
        self,
        project_id: str,
        *,
        dry_run: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Member]]:
        """Like :meth:`Projects.list_members`, returning the HTTP response undecoded."""
        prepared = _operations.list_members(
            self._credentials,
            project_id,
            dry_run=dry_run,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def add_member(
        self,
        project_id: str,
        request: Member,
        *,
        dry_run: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Member]:
        """Like :meth:`Projects.add_member`, returning the HTTP response undecoded."""
        prepared = _operations.add_member(
            self._credentials,
            project_id,
            request,
            dry_run=dry_run,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def get_member(
        self,
        project_id: str,
        user_id: str,
        *,
        expand: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Member]:
        """Like :meth:`Projects.get_member`, returning the HTTP response undecoded."""
        prepared = _operations.get_member(
            self._credentials,
            project_id,
            user_id,
            expand=expand,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def remove_member(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`Projects.remove_member`, returning the HTTP response undecoded."""
        prepared = _operations.remove_member(
            self._credentials,
            project_id,
            user_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncProjectsWithRawResponse:
    """``AsyncProjects.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def list_members(
        self,
        project_id: str,
        *,
        dry_run: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[list[Member]]:
        """Like :meth:`AsyncProjects.list_members`, returning the HTTP response undecoded."""
        prepared = _operations.list_members(
            self._credentials,
            project_id,
            dry_run=dry_run,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def add_member(
        self,
        project_id: str,
        request: Member,
        *,
        dry_run: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Member]:
        """Like :meth:`AsyncProjects.add_member`, returning the HTTP response undecoded."""
        prepared = _operations.add_member(
            self._credentials,
            project_id,
            request,
            dry_run=dry_run,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def get_member(
        self,
        project_id: str,
        user_id: str,
        *,
        expand: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Member]:
        """Like :meth:`AsyncProjects.get_member`, returning the HTTP response undecoded."""
        prepared = _operations.get_member(
            self._credentials,
            project_id,
            user_id,
            expand=expand,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def remove_member(
        self,
        project_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncProjects.remove_member`, returning the HTTP response undecoded."""
        prepared = _operations.remove_member(
            self._credentials,
            project_id,
            user_id,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
