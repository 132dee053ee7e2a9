# Generated from tests/specs/constructs/security_oauth2.yaml by sdkgen 0.1.0. Do not edit.
"""OAuth 2 client credentials (RFC 6749 §4.4): an access token fetched, cached and refreshed.

The token is requested from the spec's ``tokenUrl`` (a relative one is resolved against the
client's base URL) with the form ``grant_type=client_credentials`` (and ``scope``, the scopes
the spec's operations require). The client authenticates with HTTP basic auth, its id and
secret each form-urlencoded first (RFC 6749 §2.3.1, the method every server must support).

The token is kept until shortly before its ``expires_in`` ends (60 s before, or half its
lifetime when that is shorter), then fetched again on the next call; one fetch at a time per
client (a thread lock; an asyncio lock for the async client). A 401 from the API drops it.
Imported only by a client that has a client id and secret.
"""

from __future__ import annotations

import base64
import logging
import math
import threading
import time
from typing import TYPE_CHECKING
from urllib.parse import quote_plus, urljoin

import httpx

from ._transport import USER_AGENT
from .errors import APIResponseValidationError, error_for_status

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("c_security_oauth2")

# Refresh this many seconds before the token expires (at most half of its lifetime).
REFRESH_MARGIN = 60.0


class ClientCredentials:
    """The access token of one client id and secret; ``repr`` shows neither."""

    def __init__(
        self, token_url: str, client_id: str, client_secret: str, scopes: tuple[str, ...]
    ) -> None:
        self.token_url = token_url
        pair = f"{quote_plus(client_id, safe='')}:{quote_plus(client_secret, safe='')}"
        self._headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            "Authorization": "Basic " + base64.b64encode(pair.encode()).decode("ascii"),
        }
        self._form = {"grant_type": "client_credentials"}
        if scopes:
            self._form["scope"] = " ".join(scopes)
        # (token, when to fetch another): replaced whole, so that threads never see half of it.
        self._current: tuple[str, float] | None = None
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        return f"ClientCredentials(token_url={self.token_url!r}, client_id=***, client_secret=***)"

    def url(self, base_url: str) -> str:
        """The token endpoint: ``tokenUrl`` resolved against the API's base URL."""
        return urljoin(base_url.rstrip("/") + "/", self.token_url)

    def cached(self) -> str | None:
        """The current token, unless it is due for refreshing."""
        current = self._current
        if current is not None and time.monotonic() < current[1]:
            return current[0]
        return None

    def get(self, http: httpx.Client, base_url: str, timeout: httpx.Timeout) -> str:
        """The cached token, or a new one fetched with ``http``."""
        token = self.cached()
        if token is not None:
            return token
        with self._lock:
            token = self.cached()  # another thread may have fetched one meanwhile
            if token is None:
                url = self.url(base_url)
                response = http.post(url, data=self._form, headers=self._headers, timeout=timeout)
                token = self._store(url, response)
            return token

    async def aget(self, http: httpx.AsyncClient, base_url: str, timeout: httpx.Timeout) -> str:
        """The cached token, or a new one fetched with ``http``; concurrent calls fetch once."""
        token = self.cached()
        if token is not None:
            return token
        if self._async_lock is None:
            import asyncio  # here: a sync client never pays for importing asyncio

            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            token = self.cached()  # fetched by the call this one waited for
            if token is None:
                url = self.url(base_url)
                response = await http.post(
                    url, data=self._form, headers=self._headers, timeout=timeout
                )
                token = self._store(url, response)
            return token

    def refused(self, authorization: str) -> None:
        """The API answered 401 to ``Bearer <token>``: the next call fetches another."""
        current = self._current
        if current is not None and authorization == "Bearer " + current[0]:
            self._current = None

    def _store(self, url: str, response: httpx.Response) -> str:
        status = response.status_code
        logger.debug("POST %s -> %d (access token)", url, status)
        body = _json(response)
        if status >= 300:
            raise _token_error(response, body)
        fields = body if isinstance(body, dict) else {}
        token = fields.get("access_token")
        if not isinstance(token, str) or not token or any(not " " < c <= "~" for c in token):
            raise APIResponseValidationError(
                f"HTTP {status}: the token response from {url} has no usable access_token",
                response=response,
            )
        kind = fields.get("token_type")
        if isinstance(kind, str) and kind.lower() != "bearer":
            raise APIResponseValidationError(
                f"HTTP {status}: the token from {url} is of type {kind!r}, not Bearer",
                response=response,
            )
        lifetime = _seconds(fields.get("expires_in"))
        refresh_in = math.inf  # no lifetime given: kept until the API refuses it
        if lifetime is not None:
            refresh_in = lifetime - min(REFRESH_MARGIN, lifetime / 2)
        self._current = (token, time.monotonic() + refresh_in)
        return token


def _json(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return None


def _seconds(value: object) -> float | None:
    """``expires_in`` as seconds: a positive number (some servers send it as a string)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if 0 < seconds < math.inf else None


def _token_error(response: httpx.Response, body: object) -> Exception:
    """The typed error of a refused token request, with the RFC 6749 §5.2 error in its text."""
    error = error_for_status(response.status_code)(response, body)
    fields = body if isinstance(body, dict) else {}
    code, text = fields.get("error"), fields.get("error_description")
    detail = ": ".join(str(part) for part in (code, text) if isinstance(part, str) and part)
    error.message = detail or error.message
    if isinstance(code, str):
        error.code = code
    error.args = (
        f"HTTP {response.status_code}: the access token request was refused: {error.message}",
    )
    return error
