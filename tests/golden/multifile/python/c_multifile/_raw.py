# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
"""Raw responses: ``client.with_raw_response.<method>(...)`` returns a :class:`RawResponse`.

Imported on first use of ``with_raw_response``. Each method of a raw view is the client's own
method, called on a copy of the client whose transport returns the response undecoded: one
implementation per operation, so validation, retries and error statuses are as for the plain
methods. ``parse()`` decodes the body into what the plain method returns (for a paginated
method, the page, which goes on to the following pages).
"""

from __future__ import annotations

import copy
import typing
from collections.abc import Awaitable, Callable
from types import FunctionType, MethodType
from typing import Any, Concatenate, Final, Generic, ParamSpec, TypeVar, cast, overload

import httpx

from ._client import AsyncDroplets, Droplets
from ._transport import (
    AsyncTransport,
    PreparedRequest,
    RawResponse,
    SyncTransport,
    Timeout,
    result,
)

_P = ParamSpec("_P")
_R = TypeVar("_R")
_T = TypeVar("_T")


def _raw(
    prepared: PreparedRequest[_T],
    response: httpx.Response,
    decode: Callable[[httpx.Response], Any] | None = None,
) -> RawResponse[Any]:
    """The undecoded success response; an error status raises as the plain method does."""
    if response.status_code >= 300:
        result(prepared, response)  # raises the typed error
    return RawResponse(response, decode or (lambda answer: result(prepared, answer)))


class _RawSyncTransport(SyncTransport):
    """The transport of a raw view's client: the same requests and retries, the answer undecoded.

    The methods' own annotations say they return the decoded body; the raw view's say
    ``RawResponse[...]``, which is what they return through this transport.
    """

    def __init__(self, plain: SyncTransport) -> None:
        self.__dict__.update(plain.__dict__)  # shares the connections, settings and URL cache
        self.plain = plain

    def send(self, prepared: PreparedRequest[_T], timeout: Timeout | None) -> _T:
        return cast(_T, _raw(prepared, self.exchange(prepared, timeout)))


class _RawAsyncTransport(AsyncTransport):
    """The asynchronous :class:`_RawSyncTransport`."""

    def __init__(self, plain: AsyncTransport) -> None:
        self.__dict__.update(plain.__dict__)
        self.plain = plain

    async def send(self, prepared: PreparedRequest[_T], timeout: Timeout | None) -> _T:
        return cast(_T, _raw(prepared, await self.exchange(prepared, timeout)))


class _View:
    __slots__ = ("_client",)
    _client: Any  # the copy of the client in raw mode


def _twin(method: Callable[..., Any], returns: Callable[[Any], Any]) -> Callable[..., Any]:
    """The client's ``method`` itself (its code, defaults, ``@deprecated`` warning), described
    as returning what ``returns(its return type)`` says: no wrapper, so no frame between the
    caller and the method (a warning points at the caller's line) and nothing added per call."""
    import inspect  # on a raw view's first use of the method only

    function = cast(FunctionType, method)
    twin = FunctionType(
        function.__code__,
        function.__globals__,
        function.__name__,
        function.__defaults__,
        function.__closure__,
    )
    twin.__kwdefaults__ = function.__kwdefaults__
    twin.__dict__.update(function.__dict__)  # what @deprecated sets
    twin.__module__ = function.__module__
    twin.__qualname__ = function.__qualname__
    # get_type_hints resolves the strings an annotation keeps (a recursive alias's insides)
    # in the module of __wrapped__: the client's; inspect stops at __signature__ below.
    twin.__wrapped__ = inspect.unwrap(function)  # type: ignore[attr-defined]
    try:
        hints = typing.get_type_hints(function)
        hints["return"] = returns(hints.get("return", Any))
    except Exception:  # introspection only: a call never depends on it
        hints = {}
    twin.__annotations__ = hints
    signature = inspect.signature(function)
    twin.__signature__ = signature.replace(  # type: ignore[attr-defined]
        return_annotation=hints.get("return", signature.return_annotation)
    )
    twin.__doc__ = (
        f"Like ``{function.__qualname__}``, returning the HTTP response undecoded"
        " (``parse()`` gives what the method returns).\n\n" + (function.__doc__ or "")
    )
    return twin


def _sync_returns(returned: Any) -> Any:
    return RawResponse[returned]


def _async_returns(returned: Any) -> Any:
    """A coroutine's result, or what awaiting a pager gives (its page), as a RawResponse."""
    return RawResponse[returned]


class _SyncRaw(Generic[_P, _R]):
    """A raw view's method: the client's ``method``, returning a :class:`RawResponse`."""

    def __init__(self, method: Callable[Concatenate[Any, _P], _R]) -> None:
        self.method = method
        self.function: Callable[..., Any] | None = None

    @overload
    def __get__(
        self, view: None, owner: type | None = None
    ) -> Callable[Concatenate[Any, _P], RawResponse[_R]]: ...
    @overload
    def __get__(self, view: _View, owner: type | None = None) -> Callable[_P, RawResponse[_R]]: ...
    def __get__(self, view: _View | None, owner: type | None = None) -> Callable[..., Any]:
        if self.function is None:
            self.function = _twin(self.method, _sync_returns)
        return self.function if view is None else MethodType(self.function, view._client)


class _AsyncRaw(Generic[_P, _R]):
    """A raw view's method of the asynchronous client: awaited, it gives a RawResponse."""

    def __init__(self, method: Callable[Concatenate[Any, _P], Awaitable[_R]]) -> None:
        self.method = method
        self.function: Callable[..., Any] | None = None

    @overload
    def __get__(
        self, view: None, owner: type | None = None
    ) -> Callable[Concatenate[Any, _P], Awaitable[RawResponse[_R]]]: ...
    @overload
    def __get__(
        self, view: _View, owner: type | None = None
    ) -> Callable[_P, Awaitable[RawResponse[_R]]]: ...
    def __get__(self, view: _View | None, owner: type | None = None) -> Callable[..., Any]:
        if self.function is None:
            self.function = _twin(self.method, _async_returns)
        return self.function if view is None else MethodType(self.function, view._client)


class DropletsWithRawResponse(_View):
    """``Droplets.with_raw_response``: each method returns a :class:`RawResponse`."""

    __slots__ = ()
    # One line per operation: ``Final`` declares it for pyright --verifytypes, leaving its
    # type (the method's parameters, a RawResponse) to inference from the client's method.

    def __init__(self, client: Droplets) -> None:
        clone = copy.copy(client)
        clone._owns_http = False
        clone._transport = _RawSyncTransport(client._transport)
        self._client = clone

    list_droplets: Final = _SyncRaw(Droplets.list_droplets)
    create_droplet: Final = _SyncRaw(Droplets.create_droplet)
    get_droplet: Final = _SyncRaw(Droplets.get_droplet)
    list_regions: Final = _SyncRaw(Droplets.list_regions)


class AsyncDropletsWithRawResponse(_View):
    """``AsyncDroplets.with_raw_response``: each method returns a :class:`RawResponse`."""

    __slots__ = ()

    def __init__(self, client: AsyncDroplets) -> None:
        clone = copy.copy(client)
        clone._owns_http = False
        clone._transport = _RawAsyncTransport(client._transport)
        self._client = clone

    list_droplets: Final = _AsyncRaw(AsyncDroplets.list_droplets)
    create_droplet: Final = _AsyncRaw(AsyncDroplets.create_droplet)
    get_droplet: Final = _AsyncRaw(AsyncDroplets.get_droplet)
    list_regions: Final = _AsyncRaw(AsyncDroplets.list_regions)
