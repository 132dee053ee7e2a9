"""The mock application: control requests, faults, routing, checks, and the answer.

An API request goes through, in order: the request log, a queued fault, routing below the
server's base path (404/405), security (401), the body's media type (415) and whether it can
be read as that (400), the schemas of the parameters and of the body (400 or 422, as the spec
declares, naming every violation), and is then answered with the operation's success status
and body in its declared media type; operations on remembered resources (:mod:`.state`) are
answered from the store, which may also say 404.
"""

from __future__ import annotations

import re
import sys
import threading
import time
import traceback
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from ..ir import Api
from ..load import LoadedSpec
from .bodies import WireBody, read_body
from .checks import challenge, describe_security, security_problems
from .control import PREFIX, Control, Fault, FaultQueue, RequestLog
from .messages import DROPPED, Request, Response
from .oauth import TokenIssuer, hide_secret, token_paths
from .params import MISSING, BadValue, Sources, parse_cookies
from .responses import ErrorBody
from .routes import MockOperation, compile_api
from .state import compile_roles
from .store import Store


class MockApp:
    def __init__(self, spec: LoadedSpec, api: Api) -> None:
        compiled = compile_api(spec, api)
        self.router = compiled.router
        self.default_error = compiled.default_error
        self.warnings = compiled.warnings
        self.base_path = compiled.base_path
        self.faults = FaultQueue()
        self.log = RequestLog(
            compiled.secret_headers, compiled.secret_query, compiled.secret_cookies
        )
        roles = compile_roles(spec.data, api, compiled.router.operations)
        self.store = Store(roles)
        self.tokens = TokenIssuer(token_paths((s.token_url for s in api.oauth2), self.base_path))
        self.control = Control(self.faults, self.log, self.store, self.tokens)
        self._count_lock = threading.Lock()
        self.served = 0

    def handle(self, request: Request) -> Response:
        """Never raises: an unexpected exception is printed to stderr and answered with 500."""
        try:
            path = request.path
            if self.base_path and path.startswith(self.base_path + PREFIX):
                path = path[len(self.base_path) :]
            if path.startswith(PREFIX):
                return self.control.handle(request, path)
            if self.tokens.serves(request.path):
                return self._token(request)
            with self._count_lock:
                self.served += 1
            return self._api(request)
        except Exception as exc:
            return self._crashed(exc)

    def api_path(self, path: str) -> str | None:
        """The path below the server's base path; None when the request is not under it."""
        if not self.base_path:
            return path
        if path == self.base_path:
            return "/"
        if path.startswith(self.base_path + "/"):
            return path[len(self.base_path) :]
        return None

    def _crashed(self, exc: Exception) -> Response:
        traceback.print_exc(file=sys.stderr)
        message = f"the mock server failed: {type(exc).__name__}: {exc}"
        return self._error(self.default_error, 500, message)

    def _api(self, request: Request) -> Response:
        wire = read_body(request.headers.get("content-type", ""), request.body)
        cookies = parse_cookies(request.headers.get("cookie", ""))
        path = self.api_path(request.path)
        entry = self.log.record(request, path or request.path, wire, cookies)
        found, allowed = self.router.match(path) if path is not None else ([], [])
        chosen = next(((op, m) for op, m in found if op.method == request.method), None)
        op = chosen[0] if chosen else None
        if op is not None:
            self.log.update(entry, operation_id=op.operation_id)
        try:
            template = op.template if op else None
            fault = self.faults.take(request.method, (path or request.path, request.path), template)
            response = self._faulted(fault, op) if fault else None
            if response is None:
                if chosen is None:
                    response = self._unrouted(request, allowed, path is None)
                else:
                    response = self._operation(chosen[0], chosen[1], request, wire, cookies)
        except Exception as exc:
            response = self._crashed(exc)
        self.log.update(entry, status=None if response.drop else response.status)
        return response

    def _token(self, request: Request) -> Response:
        """An OAuth 2 token request (see :mod:`.oauth`), logged like API requests."""
        wire = read_body(request.headers.get("content-type", ""), request.body)
        entry = self.log.record(request, request.path, wire, {})
        hide_secret(entry)
        fault = self.faults.take(request.method, (request.path,), None)
        response = self._faulted(fault, None) if fault else None
        if response is None:
            response = self.tokens.answer(request, wire)
        self.log.update(entry, status=None if response.drop else response.status)
        return response

    def _faulted(self, fault: Fault, op: MockOperation | None) -> Response | None:
        if fault.delay:
            time.sleep(fault.delay)
        if fault.drop:
            return DROPPED
        if fault.status is None:
            return None
        message = fault.message or f"{_reason(fault.status)} (fault injected by the mock server)"
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
        errors = op.error_body(fault.status) if op else self.default_error
        return self._error(errors, fault.status, message, headers=headers)

    def _unrouted(self, request: Request, allowed: list[str], outside: bool) -> Response:
        if not allowed:
            message = f"no route matches {request.path}"
            if outside:
                message += f": the API is served under {self.base_path}/"
            return self._error(self.default_error, 404, message)
        message = f"{request.method} is not allowed on {request.path}; allowed: " + ", ".join(
            allowed
        )
        return self._error(self.default_error, 405, message, headers={"Allow": ", ".join(allowed)})

    def _operation(
        self,
        op: MockOperation,
        match: re.Match[str],
        request: Request,
        wire: WireBody,
        cookies: Mapping[str, list[str]],
    ) -> Response:
        problems = security_problems(op.security, request.headers, request.query, cookies)
        if problems:
            message = "missing or malformed credentials: send " + describe_security(op.security)
            headers = challenge(op.security)
            return self._error(op.error_body(401), 401, message, problems, headers)
        body: Any = None
        violations: list[str] = []
        fields: dict[str, Any] = {}  # the body's top-level fields, secrets and files left out
        if op.body is not None and wire.kind is not None:
            content_type = request.headers.get("content-type", "")
            media = op.body.choose(content_type)
            if media is None:
                sent = f"Content-Type {content_type!r}" if content_type else "no Content-Type"
                message = f"the request body must be sent as {op.body.accepted}, not {sent}"
                return self._error(op.error_body(415), 415, message)
            body, bad_body = media.instance(wire)
            if bad_body:
                return self._error(op.error_body(400), 400, bad_body)
            if media.validator is not None and media.violations is not None:
                violations += media.violations.messages(media.validator, body)
            if isinstance(body, dict):
                binary = {n for n, f in media.fields.items() if f.binary}
                fields.update(
                    (k, v) for k, v in body.items() if k not in media.secrets and k not in binary
                )
        elif op.body is not None and op.body.required:
            json_only = all(m.kind == "json" for m in op.body.media)
            violations.append(f"body: a {'JSON ' if json_only else ''}request body is required")
        raw_path = op.path_values(match)
        sources = Sources(raw_path, request.query, request.headers, cookies)
        params, param_violations = _check_params(op, sources)
        values = {**fields, **params}
        violations = param_violations + violations
        if violations:
            status = op.invalid_status
            return self._error(op.error_body(status), status, "; ".join(violations), violations)
        role = self.store.roles.get((op.method, op.template))
        if role is not None:
            return self.store.answer(role, op, raw_path, params, fields, values)
        return op.success.respond(op.success_status, values)

    def _error(
        self,
        errors: ErrorBody,
        status: int,
        message: str,
        details: list[str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        return errors.respond(status, message, details or [], headers)


def _check_params(op: MockOperation, sources: Sources) -> tuple[dict[str, Any], list[str]]:
    """Each parameter's value by name (secrets left out, for echoing) and every violation."""
    values: dict[str, Any] = {}
    violations: list[str] = []
    for param in op.params:
        try:
            value = param.read(sources)
        except BadValue as exc:
            violations.append(str(exc))
            continue
        if value is MISSING:
            if param.required:
                violations.append(
                    f"{param.name}: the required {param.location} parameter is missing"
                )
            continue
        if not param.secret:
            values[param.name] = value
        violations += param.problems(value)
    return values, violations


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"
