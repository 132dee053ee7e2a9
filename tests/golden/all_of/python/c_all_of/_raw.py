# Generated from tests/specs/constructs/all_of.yaml by sdkgen 0.1.0. Do not edit.
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
from collections.abc import Awaitable, Callable, Coroutine
from types import FunctionType, MethodType
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

import httpx

from ._client import AllOf, AsyncAllOf
from ._transport import (
    AsyncTransport,
    PreparedRequest,
    RawResponse,
    SyncTransport,
    Timeout,
    result,
)

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def _raw(
    prepared: PreparedRequest[T],
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

    def send(self, prepared: PreparedRequest[T], timeout: Timeout | None) -> T:
        return cast(T, _raw(prepared, self.exchange(prepared, timeout)))


class _RawAsyncTransport(AsyncTransport):
    """The asynchronous :class:`_RawSyncTransport`."""

    def __init__(self, plain: AsyncTransport) -> None:
        self.__dict__.update(plain.__dict__)
        self.plain = plain

    async def send(self, prepared: PreparedRequest[T], timeout: Timeout | None) -> T:
        return cast(T, _raw(prepared, await self.exchange(prepared, timeout)))


class _View:
    __slots__ = ("_client",)
    _client: Any  # the copy of the client in raw mode


def _hints(method: Callable[..., Any], returns: Callable[[Any], Any]) -> dict[str, Any]:
    """The method's resolved annotations, with ``returns(its return type)`` as the return."""
    try:
        hints = typing.get_type_hints(method)
    except Exception:  # introspection only: a call never depends on it
        return {}
    hints["return"] = RawResponse[returns(hints.get("return", Any))]  # type: ignore[misc]
    return hints


def _described(
    raw: Callable[..., Any], method: Callable[..., Any], returns: Callable[[Any], Any]
) -> Callable[..., Any]:
    """``raw`` as the method's twin: its name, docstring, signature and annotations, returning a
    :class:`RawResponse`; in the method's module, where the strings its annotations keep (a
    recursive alias's insides) resolve."""
    import inspect  # introspection on first use only

    code = cast(FunctionType, raw)
    home = inspect.unwrap(method).__globals__  # past @deprecated
    twin = FunctionType(code.__code__, home, method.__name__, None, code.__closure__)
    # Not functools.wraps: its __wrapped__ would give inspect the method's own return type.
    twin.__module__ = method.__module__
    twin.__qualname__ = method.__qualname__
    twin.__annotations__ = _hints(method, returns)
    signature = inspect.signature(method)
    twin.__signature__ = signature.replace(  # type: ignore[attr-defined]
        return_annotation=twin.__annotations__.get("return", signature.return_annotation)
    )
    twin.__doc__ = (
        f"Like ``{method.__qualname__}``, returning the HTTP response undecoded"
        " (``parse()`` gives what the method returns).\n\n" + (method.__doc__ or "")
    )
    return twin


class _SyncRaw(Generic[P, R]):
    """A raw view's method: the client's ``method``, returning a :class:`RawResponse`."""

    def __init__(self, method: Callable[Concatenate[Any, P], R]) -> None:
        self.method = method
        self.function: Callable[..., Any] | None = None

    def _function(self) -> Callable[..., Any]:
        method = self.method

        def raw(client: Any, /, *args: Any, **kwargs: Any) -> Any:
            return method(client, *args, **kwargs)

        self.function = _described(raw, method, lambda returned: returned)
        return self.function

    @overload
    def __get__(
        self, view: None, owner: type | None = None
    ) -> Callable[Concatenate[Any, P], RawResponse[R]]: ...
    @overload
    def __get__(self, view: _View, owner: type | None = None) -> Callable[P, RawResponse[R]]: ...
    def __get__(self, view: _View | None, owner: type | None = None) -> Callable[..., Any]:
        function = self.function or self._function()
        return function if view is None else MethodType(function, view._client)


class _AsyncRaw(Generic[P, R]):
    """A raw view's method of the asynchronous client: a coroutine giving a RawResponse."""

    def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[R]]) -> None:
        self.method = method
        self.function: Callable[..., Any] | None = None

    def _function(self) -> Callable[..., Any]:
        method = self.method

        async def raw(client: Any, /, *args: Any, **kwargs: Any) -> Any:
            return await method(client, *args, **kwargs)

        self.function = _described(raw, method, _awaited)
        return self.function

    @overload
    def __get__(
        self, view: None, owner: type | None = None
    ) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[R]]]: ...
    @overload
    def __get__(
        self, view: _View, owner: type | None = None
    ) -> Callable[P, Coroutine[Any, Any, RawResponse[R]]]: ...
    def __get__(self, view: _View | None, owner: type | None = None) -> Callable[..., Any]:
        function = self.function or self._function()
        return function if view is None else MethodType(function, view._client)


def _awaited(returned: Any) -> Any:
    """What awaiting a value of the annotation ``returned`` gives: a pager gives its page."""
    return returned


class AllOfWithRawResponse(_View):
    """``AllOf.with_raw_response``: each method returns a :class:`RawResponse`."""

    __slots__ = ()

    def __init__(self, client: AllOf) -> None:
        clone = copy.copy(client)
        clone._owns_http = False
        clone._transport = _RawSyncTransport(client._transport)
        self._client = clone

    create_pet = _SyncRaw(AllOf.create_pet)
    get_pet = _SyncRaw(AllOf.get_pet)


class AsyncAllOfWithRawResponse(_View):
    """``AsyncAllOf.with_raw_response``: each method returns a :class:`RawResponse`."""

    __slots__ = ()

    def __init__(self, client: AsyncAllOf) -> None:
        clone = copy.copy(client)
        clone._owns_http = False
        clone._transport = _RawAsyncTransport(client._transport)
        self._client = clone

    create_pet = _AsyncRaw(AsyncAllOf.create_pet)
    get_pet = _AsyncRaw(AsyncAllOf.get_pet)
