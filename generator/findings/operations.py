"""Operations: their names, parameters, security requirements and servers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from .. import names
from ..load import JsonPath, LoadedSpec
from ..problems import WARNING, Problem
from ..schemas import deref
from . import ERROR, rule
from .naming import INVALID_NAME, OPERATION_ID

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

PATH_PARAMETER = rule(
    "parameter",
    ERROR,
    "a path template and its path parameters disagree, or a parameter is declared twice",
)
INVALID_HEADER_NAME = rule(
    "invalid-header-name",
    WARNING,
    "a header or cookie parameter whose name is not an HTTP token",
    "the parameter is left out (it could never be sent)",
)
UNSUPPORTED_SECURITY = rule(
    "unsupported-security",
    WARNING,
    "a security scheme the client cannot send (http digest, mutualTLS...)",
    "operations are generated without it: pass its credentials with `extra_headers`",
)
UNKNOWN_SECURITY_SCHEME = rule(
    "unknown-security-scheme",
    WARNING,
    "a security requirement naming a scheme that components.securitySchemes lacks",
    "the requirement is left out",
)
SERVER_VARIABLE = rule("server-variable", ERROR, "a server variable that cannot be in a URL")


def check(spec: LoadedSpec) -> Iterator[Problem]:
    """Every operation: a method name of its own, its path parameters declared, none twice."""
    naming = _MethodNames(spec)
    paths = spec.data.get("paths") or {}
    for route, item in paths.items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            at: JsonPath = ("paths", route, method)
            yield from naming.check(route, method, op, at)
            yield from _path_parameters(spec, route, item, op, at)
            yield from _duplicate_parameters(spec, item, op, at)


class _MethodNames:
    """Each operationId must be a name, used once. Two operations whose methods would have one
    name are not a problem here: the builder gives one of them another (build.naming)."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.ids: dict[str, str] = {}  # operationId → the operation that has it, as shown

    def check(
        self, route: str, method: str, op: Mapping[str, Any], at: JsonPath
    ) -> Iterator[Problem]:
        endpoint = f"{method.upper()} {route}"
        if "operationId" not in op:
            return
        op_id, where = op["operationId"], (*at, "operationId")
        if not isinstance(op_id, str) or not op_id:
            yield self.spec.problem(
                where, f"the operationId of {endpoint} must not be empty", OPERATION_ID
            )
        elif op_id in self.ids:
            message = f"operationId {op_id!r} is used twice (first by {self.ids[op_id]})"
            yield self.spec.problem(where, message, OPERATION_ID)
        elif not names.is_mappable(op_id):
            message = f"operationId {op_id!r} has no letters to make a Python name from"
            yield self.spec.problem(where, message, INVALID_NAME)
        else:
            self.ids[op_id] = endpoint


def _path_parameters(
    spec: LoadedSpec, route: str, item: Mapping[str, Any], op: Mapping[str, Any], at: JsonPath
) -> Iterator[Problem]:
    in_template = re.findall(r"\{([^}]*)\}", route)
    declared: set[str] = set()
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = deref(spec.data, param)
        if isinstance(param, Mapping) and param.get("in") == "path":
            declared.add(str(param.get("name")))
    for name in in_template:
        if name not in declared:
            yield spec.problem(
                at,
                f"path parameter {{{name}}} of {route} is not declared in parameters",
                PATH_PARAMETER,
            )
    for name in sorted(declared - set(in_template)):
        yield spec.problem(
            at, f"path parameter {name!r} does not appear in {route}", PATH_PARAMETER
        )


def _duplicate_parameters(
    spec: LoadedSpec, item: Mapping[str, Any], op: Mapping[str, Any], at: JsonPath
) -> Iterator[Problem]:
    """OpenAPI names a parameter by its name and location: one list may not hold one twice
    (an operation's may override its path item's)."""
    path_at = at[:-1]
    for holder, where in ((item, path_at), (op, at)):
        if holder is item and at[-1] != _first_operation(item):
            continue  # the path item's own list: checked once, with its first operation
        seen: dict[tuple[str, str], int] = {}
        params = holder.get("parameters")
        for i, param in enumerate(params if isinstance(params, list) else ()):
            param = deref(spec.data, param)
            if not isinstance(param, Mapping):
                continue
            key = (str(param.get("name")), str(param.get("in")))
            if key in seen:
                line, _ = spec.where((*where, "parameters", seen[key]))
                message = (
                    f"{key[1]} parameter {key[0]!r} is declared twice (first on line {line}): "
                    "OpenAPI identifies a parameter by name and location, so remove one "
                    "(or give them different names)"
                )
                yield spec.problem((*where, "parameters", i), message, PATH_PARAMETER)
            else:
                seen[key] = i


def _first_operation(item: Mapping[str, Any]) -> str | None:
    return next((m for m in HTTP_METHODS if isinstance(item.get(m), Mapping)), None)
