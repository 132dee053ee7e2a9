"""The token endpoint of OAuth 2 client credentials flows, served by the mock.

Every ``tokenUrl`` of a ``clientCredentials`` flow is served at its path (a relative one
resolved against the first server's URL, as the client resolves it against its base URL):

- ``POST`` with an ``application/x-www-form-urlencoded`` body whose ``grant_type`` is
  ``client_credentials`` (else 400 ``unsupported_grant_type`` / ``invalid_request``);
- client authentication by HTTP basic (``Authorization: Basic base64(id:secret)``, each part
  form-urlencoded, RFC 6749 §2.3.1) or by ``client_id`` + ``client_secret`` form fields; any
  non-empty pair is accepted, none gets 401 ``invalid_client`` with ``WWW-Authenticate: Basic``;
- the answer: ``{"access_token": "mock-token-<n>", "token_type": "Bearer", "expires_in":
  3600}`` with ``Cache-Control: no-store`` (RFC 6749 §5.1); ``n`` counts the tokens issued.

``POST /__mock__/tokens`` with ``{"expires_in": 2}`` changes the lifetime of the tokens issued
from then on (tests of refreshing), until ``/__mock__/reset``. Token requests are in the request
log (``operation_id`` null, ``client_secret`` shown as ``***``), and faults queued for their
path apply to them.
"""

from __future__ import annotations

import base64
import binascii
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote_plus, urljoin, urlsplit

from .bodies import WireBody
from .messages import Request, Response, json_response

DEFAULT_LIFETIME = 3600


def token_paths(token_urls: Iterable[str], server_url: str) -> frozenset[str]:
    """The paths the token URLs have, resolved against the first server's URL."""
    base = server_url.rstrip("/") + "/" if server_url else "/"
    return frozenset(urlsplit(urljoin(base, url)).path or "/" for url in token_urls)


class TokenIssuer:
    def __init__(self, paths: frozenset[str]) -> None:
        self.paths = paths
        self._lock = threading.Lock()
        self._issued = 0
        self.lifetime: float = DEFAULT_LIFETIME

    def serves(self, path: str) -> bool:
        return path in self.paths

    def reset(self) -> None:
        with self._lock:
            self.lifetime = DEFAULT_LIFETIME

    def configure(self, settings: Any) -> Response:
        """``POST /__mock__/tokens``: ``{"expires_in": seconds}``."""
        lifetime = settings.get("expires_in") if isinstance(settings, Mapping) else None
        if isinstance(lifetime, bool) or not isinstance(lifetime, (int, float)) or lifetime <= 0:
            return _oauth_error(400, "invalid_request", 'send {"expires_in": <seconds > 0>}')
        with self._lock:
            self.lifetime = lifetime
        return json_response(200, {"expires_in": lifetime})

    def answer(self, request: Request, wire: WireBody) -> Response:
        if request.method != "POST":
            return Response(405, b"", {"Allow": "POST"})
        if wire.kind != "form" or wire.fields is None:
            return _oauth_error(
                400, "invalid_request", "send an application/x-www-form-urlencoded body"
            )
        form = {name: values[-1] for name, values in wire.fields.items() if values}
        if form.get("grant_type") != "client_credentials":
            return _oauth_error(
                400, "unsupported_grant_type", "grant_type must be client_credentials"
            )
        if not _client(request.headers.get("authorization", ""), form):
            return _oauth_error(
                401,
                "invalid_client",
                "authenticate the client: Authorization: Basic base64(client_id:client_secret)",
                {"WWW-Authenticate": 'Basic realm="token"'},
            )
        with self._lock:
            self._issued += 1
            issued, lifetime = self._issued, self.lifetime
        token: dict[str, Any] = {
            "access_token": f"mock-token-{issued}",
            "token_type": "Bearer",
            "expires_in": lifetime,
        }
        if form.get("scope"):
            token["scope"] = form["scope"]
        return json_response(200, token, {"Cache-Control": "no-store", "Pragma": "no-cache"})


def hide_secret(entry: dict[str, Any]) -> None:
    """The logged token request without its ``client_secret`` form field."""
    form = entry.get("form")
    if isinstance(form, dict) and "client_secret" in form:
        form["client_secret"] = ["***" if v else v for v in form["client_secret"]]


def _client(authorization: str, form: Mapping[str, str]) -> bool:
    """Whether a non-empty client id and secret came, by HTTP basic or in the form."""
    scheme, _, encoded = authorization.strip().partition(" ")
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        client_id, colon, secret = decoded.partition(":")
        return bool(colon and unquote_plus(client_id) and unquote_plus(secret))
    return bool(form.get("client_id") and form.get("client_secret"))


def _oauth_error(
    status: int, code: str, description: str, headers: Mapping[str, str] | None = None
) -> Response:
    """An RFC 6749 §5.2 error answer."""
    body = {"error": code, "error_description": description}
    return json_response(status, body, {"Cache-Control": "no-store", **(headers or {})})
