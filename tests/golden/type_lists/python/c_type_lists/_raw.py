# Generated from tests/specs/constructs/type_lists.yaml by sdkgen 0.1.0. Do not edit.
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
    Setting,
    SettingValue,
)


class SettingsWithRawResponse:
    """``Settings.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    def get_setting(
        self,
        key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Setting]:
        """Like :meth:`Settings.get_setting`, returning the HTTP response undecoded."""
        prepared = _operations.get_setting(
            self._credentials,
            key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)

    def put_setting(
        self,
        key: str,
        request: SettingValue,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Setting]:
        """Like :meth:`Settings.put_setting`, returning the HTTP response undecoded."""
        prepared = _operations.put_setting(
            self._credentials,
            key,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return self._transport.send_raw(prepared, timeout)

    def lookup_setting(
        self,
        *,
        ref: str | int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Setting]:
        """Like :meth:`Settings.lookup_setting`, returning the HTTP response undecoded."""
        prepared = _operations.lookup_setting(
            self._credentials,
            ref=ref,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return self._transport.send_raw(prepared, timeout)


class AsyncSettingsWithRawResponse:
    """``AsyncSettings.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport

    async def get_setting(
        self,
        key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Setting]:
        """Like :meth:`AsyncSettings.get_setting`, returning the HTTP response undecoded."""
        prepared = _operations.get_setting(
            self._credentials,
            key,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)

    async def put_setting(
        self,
        key: str,
        request: SettingValue,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Setting]:
        """Like :meth:`AsyncSettings.put_setting`, returning the HTTP response undecoded."""
        prepared = _operations.put_setting(
            self._credentials,
            key,
            request,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, extra_body)
        return await self._transport.send_raw(prepared, timeout)

    async def lookup_setting(
        self,
        *,
        ref: str | int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        timeout: Timeout | None = None,
    ) -> RawResponse[Setting]:
        """Like :meth:`AsyncSettings.lookup_setting`, returning the HTTP response undecoded."""
        prepared = _operations.lookup_setting(
            self._credentials,
            ref=ref,
        )
        prepared = with_extras(prepared, extra_headers, extra_query, None)
        return await self._transport.send_raw(prepared, timeout)
