"""The mock server's control API, under ``/__mock__/`` (no credentials needed).

Tests use it to inject faults and to assert exactly what a client sent. It answers at the root
and also under the server's base path (``/client/v4/__mock__/…``).

``POST /__mock__/faults``
    Queue a fault for the next ``count`` API requests that match. JSON body, every field
    optional except that at least one of ``status``, ``delay`` or ``drop`` must be given::

        {"status": 503,            # answer with this status (400-599), in the body the spec
                                   # declares for it (status, 4XX/5XX, default, else the API's)
         "retry_after": "2",       # ... and this Retry-After header (string or number)
         "message": "try later",   # ... and this error message (default: the reason phrase)
         "delay": 0.5,             # seconds to wait first (0-600); alone: then answer normally
         "drop": false,            # true: close the connection without any response
         "count": 1,               # how many matching requests it applies to (default 1)
         "match": {"method": "POST",                          # optional, any method if absent
                   "path": "/accounts/{account_id}/realtimekit/recordings"}}
                   # optional; the request path (below the base path, or in full), or the
                   # spec's path template

    Faults are used in the order they were queued; each request consumes at most one. A faulted
    request is still logged. Answers ``201`` with the queued fault (and its ``id``).
    ``GET /__mock__/faults`` lists the faults still pending.

``GET /__mock__/requests``
    The API requests received so far (never control requests), oldest first::

        [{"method": "POST",
          "path": "/accounts/abc/realtimekit/recordings",  # below the server's base path
          "query": {"page": ["2"]},             # every value of every query parameter
          "headers": {"authorization": "***", "content-type": "application/json", ...},
          "cookies": {"theme": "dark"},         # the Cookie header, parsed
          "content_type": "application/json",   # the Content-Type header, or null
          "body": {"meeting_id": "..."},        # parsed JSON, or null
          "form": null,                         # urlencoded and multipart bodies
          "raw": null,                          # any other body, as text
          "operation_id": "startRecording",     # null when no operation matched
          "status": 200}]                       # what was answered; null if dropped/in flight

    ``path`` is as sent (still percent-encoded) without the first server's path (``/client/v4``
    for ``https://api.cloudflare.com/client/v4``); a request outside it is logged with its full
    path. ``operation_id`` is the spec's ``operationId``, else the client's method name
    (``get_items_item_id``).

    ``body`` is the parsed JSON of a JSON body (or of a body without ``Content-Type`` that
    parses), else null. ``form`` is ``{name: [values]}`` for ``application/x-www-form-urlencoded``
    and ``multipart/form-data`` bodies; a multipart file part is shown as ``{"filename": ...,
    "content_type": ..., "content": ...}`` (its bytes as UTF-8, undecodable bytes replaced).
    ``raw`` is any other non-empty body (``text/*``, ``application/octet-stream``…) as UTF-8
    text, undecodable bytes replaced. Each is null when it does not apply.

    Secrets are shown as ``"***"`` (an empty value stays empty): the ``Authorization``,
    ``Proxy-Authorization`` and ``Cookie`` headers; every header, query parameter and cookie a
    security scheme of the spec uses (``X-Auth-Email``, ``X-Auth-Key``, an ``api_key`` query
    parameter); and header, query and cookie parameters whose schema is ``writeOnly`` or
    ``format: password``. Header names are lower case.

``POST /__mock__/reset``
    Forget all queued faults and the request log, and put the remembered resources back to
    their seeds. Answers ``{"ok": true}``.

``GET /__mock__/resources``
    The resources the mock remembers, by concrete collection path, oldest first::

        {"/accounts/abc/realtimekit/recordings": [{"id": "...", "status": "INVOKED", ...}]}

    A POST to a collection adds one, PUT/PATCH on its item changes it, DELETE forgets it; at
    start (and after a reset) each collection holds its seed, built from the spec's examples.
    See :mod:`.state` for which paths are collections.

``POST /__mock__/tokens``
    ``{"expires_in": 2}``: the lifetime of the OAuth 2 access tokens the mock issues from now
    on at the spec's client credentials ``tokenUrl`` (default 3600 s; see :mod:`.oauth`), until
    a reset.

``GET /__mock__/health``
    ``{"ok": true}``; for waiting until the server is up.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import jsonschema

from .bodies import WireBody
from .checks import BadBody, parse_json
from .messages import Request, Response, json_response
from .oauth import TokenIssuer
from .store import Store

PREFIX = "/__mock__/"
REDACTED = "***"
ALWAYS_REDACTED = frozenset({"authorization", "proxy-authorization", "cookie"})

FAULT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "anyOf": [{"required": ["status"]}, {"required": ["delay"]}, {"required": ["drop"]}],
    "properties": {
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "retry_after": {"type": ["string", "number"]},
        "message": {"type": "string"},
        "delay": {"type": "number", "minimum": 0, "maximum": 600},
        "drop": {"type": "boolean"},
        "count": {"type": "integer", "minimum": 1},
        "match": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"method": {"type": "string"}, "path": {"type": "string"}},
        },
    },
}
_FAULT_VALIDATOR = jsonschema.Draft202012Validator(FAULT_SCHEMA)
_ENDPOINTS = (
    ("faults", "POST"),
    ("faults", "GET"),
    ("requests", "GET"),
    ("reset", "POST"),
    ("resources", "GET"),
    ("health", "GET"),
    ("tokens", "POST"),
)


@dataclass
class Fault:
    id: int
    status: int | None
    retry_after: str | None
    message: str | None
    delay: float
    drop: bool
    count: int
    method: str | None
    path: str | None

    def matches(self, method: str, paths: tuple[str, ...], template: str | None) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        return self.path is None or self.path in (*paths, template)


class FaultQueue:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._next_id = 1

    def add(self, spec: Mapping[str, Any]) -> Fault:
        match = spec.get("match") or {}
        retry_after = spec.get("retry_after")
        with self._lock:
            fault = Fault(
                id=self._next_id,
                status=spec.get("status"),
                retry_after=None if retry_after is None else _header_text(retry_after),
                message=spec.get("message"),
                delay=float(spec.get("delay", 0)),
                drop=bool(spec.get("drop", False)),
                count=int(spec.get("count", 1)),
                method=match.get("method"),
                path=match.get("path"),
            )
            self._next_id += 1
            self._faults.append(fault)
            return Fault(**asdict(fault))

    def take(self, method: str, paths: tuple[str, ...], template: str | None) -> Fault | None:
        """The first pending fault matching the request (by any of ``paths`` or the template),
        counted as used once."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, paths, template):
                    fault.count -= 1
                    if fault.count <= 0:
                        self._faults.remove(fault)
                    return Fault(**asdict(fault))
        return None

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(f) for f in self._faults]

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()


class RequestLog:
    """Received API requests in arrival order; the status is filled in once answered."""

    def __init__(
        self,
        secret_headers: Iterable[str],
        secret_query: Iterable[str] = (),
        secret_cookies: Iterable[str] = (),
    ) -> None:
        self._lock = threading.Lock()
        self._entries: list[dict[str, Any]] = []
        self._secret = ALWAYS_REDACTED | {h.lower() for h in secret_headers}
        self._secret_query = frozenset(secret_query)
        self._secret_cookies = frozenset(secret_cookies)

    def record(
        self,
        request: Request,
        path: str,
        body: WireBody,
        cookies: Mapping[str, list[str]],
    ) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "method": request.method,
            "path": path,
            "query": {
                name: [_hide(v) for v in values] if name in self._secret_query else values
                for name, values in request.query.items()
            },
            "headers": {
                name: _hide(value) if name in self._secret else value
                for name, value in request.headers.items()
            },
            "cookies": {
                name: _hide(values[0]) if name in self._secret_cookies else values[0]
                for name, values in cookies.items()
            },
            "content_type": request.headers.get("content-type"),
            **body.log(),
            "operation_id": None,
            "status": None,
        }
        with self._lock:
            self._entries.append(entry)
        return entry

    def update(self, entry: dict[str, Any], **values: Any) -> None:
        with self._lock:
            entry.update(values)

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(e) for e in self._entries]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class Control:
    """Answers requests under :data:`PREFIX`."""

    def __init__(
        self,
        faults: FaultQueue,
        log: RequestLog,
        store: Store | None = None,
        tokens: TokenIssuer | None = None,
    ) -> None:
        self.faults = faults
        self.log = log
        self.store = store
        self.tokens = tokens

    def handle(self, request: Request, path: str) -> Response:
        """Answer a control request; ``path`` is the request path from :data:`PREFIX` on."""
        route = path[len(PREFIX) :].rstrip("/")
        key = (route, request.method)
        if key == ("faults", "POST"):
            return self._add_fault(request)
        if key == ("faults", "GET"):
            return json_response(200, self.faults.pending())
        if key == ("requests", "GET"):
            return json_response(200, self.log.snapshot())
        if key == ("reset", "POST"):
            self.faults.clear()
            self.log.clear()
            if self.store is not None:
                self.store.reset()
            if self.tokens is not None:
                self.tokens.reset()
            return json_response(200, {"ok": True})
        if key == ("tokens", "POST") and self.tokens is not None:
            try:
                return self.tokens.configure(parse_json(request.body))
            except BadBody as exc:
                return _error(400, str(exc))
        if key == ("resources", "GET"):
            return json_response(200, self.store.snapshot() if self.store is not None else {})
        if key == ("health", "GET"):
            return json_response(200, {"ok": True})
        allowed = sorted(method for name, method in _ENDPOINTS if name == route)
        if allowed:
            return _error(405, f"use {' or '.join(allowed)} on {request.path}", allowed)
        return _error(404, f"no control endpoint {request.path}; see generator/mock/control.py")

    def _add_fault(self, request: Request) -> Response:
        try:
            spec = parse_json(request.body)
        except BadBody as exc:
            return _error(400, str(exc))
        problems = [
            ".".join(map(str, e.absolute_path)) + f": {e.message}" if e.absolute_path else e.message
            for e in _FAULT_VALIDATOR.iter_errors(spec)
        ]
        if problems:
            return _error(400, "invalid fault: " + "; ".join(problems))
        return json_response(201, asdict(self.faults.add(spec)))


def _hide(value: str) -> str:
    return REDACTED if value else value


def _header_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _error(status: int, message: str, allowed: list[str] | None = None) -> Response:
    headers = {"Allow": ", ".join(allowed)} if allowed else None
    body = {"success": False, "error": {"code": status, "message": message, "details": []}}
    return json_response(status, body, headers)
