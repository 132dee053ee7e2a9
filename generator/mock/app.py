"""The mock application: control requests, faults, routing, checks, and the answer.

An API request goes through, in order: the request log, a queued fault, routing (404/405),
security (401), the media type (415), JSON parsing (400), the schemas of the path and query
parameters and of the body (400 or 422, as the spec declares, naming every violation), and is
then answered with the operation's success status and body.
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
from urllib.parse import unquote

from ..ir import Api
from ..load import LoadedSpec
from .checks import (
    BadBody,
    coerce,
    describe_security,
    is_json_media,
    parse_json,
    security_problems,
)
from .control import PREFIX, Control, Fault, FaultQueue, RequestLog
from .messages import DROPPED, Request, Response, json_response
from .responses import ErrorBody
from .routes import MockOperation, compile_api


class MockApp:
    def __init__(self, spec: LoadedSpec, api: Api) -> None:
        self.router, self.default_error, self.warnings = compile_api(spec, api)
        self.faults = FaultQueue()
        self.log = RequestLog(s.header for s in api.security_schemes)
        self.control = Control(self.faults, self.log)
        self._count_lock = threading.Lock()
        self.served = 0

    def handle(self, request: Request) -> Response:
        """Never raises: an unexpected exception is printed to stderr and answered with 500."""
        try:
            if request.path.startswith(PREFIX):
                return self.control.handle(request)
            with self._count_lock:
                self.served += 1
            return self._api(request)
        except Exception as exc:
            return self._crashed(exc)

    def _crashed(self, exc: Exception) -> Response:
        traceback.print_exc(file=sys.stderr)
        message = f"the mock server failed: {type(exc).__name__}: {exc}"
        return self._error(self.default_error, 500, message)

    def _api(self, request: Request) -> Response:
        body, bad_body = _parse_body(request.body)
        entry = self.log.record(request, body)
        found, allowed = self.router.match(request.path)
        chosen = next(((op, m) for op, m in found if op.method == request.method), None)
        op = chosen[0] if chosen else None
        if op is not None:
            self.log.update(entry, operation_id=op.operation_id)
        try:
            fault = self.faults.take(request.method, request.path, op.template if op else None)
            response = self._faulted(fault, op) if fault else None
            if response is None:
                if chosen is None:
                    response = self._unrouted(request, allowed)
                else:
                    response = self._operation(chosen[0], chosen[1], request, body, bad_body)
        except Exception as exc:
            response = self._crashed(exc)
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

    def _unrouted(self, request: Request, allowed: list[str]) -> Response:
        if not allowed:
            return self._error(self.default_error, 404, f"no route matches {request.path}")
        message = f"{request.method} is not allowed on {request.path}; allowed: " + ", ".join(
            allowed
        )
        return self._error(self.default_error, 405, message, headers={"Allow": ", ".join(allowed)})

    def _operation(
        self,
        op: MockOperation,
        match: re.Match[str],
        request: Request,
        body: Any,
        bad_body: str,
    ) -> Response:
        problems = security_problems(op.security, request.headers)
        if problems:
            message = "missing or malformed credentials: send " + describe_security(op.security)
            headers = (
                {"WWW-Authenticate": "Bearer"}
                if any(s.kind == "bearer" for g in op.security for s in g)
                else None
            )
            return self._error(op.error_body(401), 401, message, problems, headers)
        if op.body is not None and request.body.strip():
            content_type = request.headers.get("content-type", "")
            if not is_json_media(content_type):
                sent = f"Content-Type {content_type!r}" if content_type else "no Content-Type"
                message = f"the request body must be sent as application/json, not {sent}"
                return self._error(op.error_body(415), 415, message)
            if bad_body:
                return self._error(op.error_body(400), 400, bad_body)
        values, violations = self._check(op, op.path_values(match), request, body)
        if violations:
            status = op.invalid_status
            return self._error(op.error_body(status), status, "; ".join(violations), violations)
        payload = op.success.render(values)
        if payload is None and op.success.validator is None:
            return Response(op.success_status)
        return json_response(op.success_status, payload)

    def _check(
        self, op: MockOperation, path_values: dict[str, str], request: Request, body: Any
    ) -> tuple[dict[str, Any], list[str]]:
        """The request's values by name (for echoing) and every schema violation."""
        query = request.query
        values: dict[str, Any] = {}
        violations: list[str] = []
        for param in op.params:
            if param.location == "path":
                texts = [unquote(path_values.get(param.name, ""))]
            else:
                texts = query.get(param.name, [])
            if not texts:
                if param.required:
                    violations.append(f"{param.name}: the required query parameter is missing")
                continue
            value = coerce(param.types, texts)
            values[param.name] = value
            if param.validator is not None and param.violations is not None:
                violations += param.violations.messages(param.validator, value)
        if op.body is not None:
            if body is None and not request.body.strip():
                if op.body.required:
                    violations.append("body: a JSON request body is required")
            else:
                violations += op.body.violations.messages(op.body.validator, body)
                if isinstance(body, dict):
                    values.update((k, v) for k, v in body.items() if k not in op.body.secrets)
        return values, violations

    def _error(
        self,
        errors: ErrorBody,
        status: int,
        message: str,
        details: list[str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        return json_response(status, errors.render(status, message, details or []), headers)


def _parse_body(raw: bytes) -> tuple[Any, str]:
    """The parsed body (None when empty or not JSON) and why it is not JSON ("" if it is)."""
    if not raw.strip():
        return None, ""
    try:
        return parse_json(raw), ""
    except BadBody as exc:
        return None, str(exc)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"
