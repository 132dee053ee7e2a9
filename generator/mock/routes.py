"""The spec compiled for serving: one :class:`MockOperation` per operation, and a router.

Everything is prepared once at startup: path regexes, a jsonschema validator per parameter and
body, the success body and the error bodies. The IR decides what the generator decided (method,
path, success status, security, declared errors); schemas are read from the spec itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema

from ..ir import Api, Operation, SecurityScheme
from ..load import JsonPath, LoadedSpec
from ..schemas import lookup, ref_path, validator_for
from .checks import Violations
from .instances import is_secret, object_properties, resolve, types_of
from .responses import ErrorBody, SuccessBody

_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class ParamSpec:
    name: str
    location: str  # "path" or "query"
    required: bool
    types: tuple[str, ...]  # for coercing the text; "array" first, then the item types
    validator: jsonschema.Validator | None
    violations: Violations | None


@dataclass(frozen=True)
class BodySpec:
    required: bool
    validator: jsonschema.Validator
    violations: Violations
    secrets: frozenset[str]  # top-level properties never echoed into a response


@dataclass(frozen=True)
class MockOperation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    path_names: tuple[str, ...]  # path parameter of each regex group, in order
    params: tuple[ParamSpec, ...]
    body: BodySpec | None
    security: tuple[tuple[SecurityScheme, ...], ...]
    success_status: int
    success: SuccessBody
    invalid_status: int  # the status for a request that fails the schemas
    errors: Mapping[str, ErrorBody] = field(repr=False)
    default_error: ErrorBody = field(repr=False)

    def error_body(self, status: int) -> ErrorBody:
        for key in (str(status), f"{status // 100}XX"):
            if key in self.errors:
                return self.errors[key]
        return self.default_error

    def path_values(self, match: re.Match[str]) -> dict[str, str]:
        return {name: match.group(i + 1) for i, name in enumerate(self.path_names)}


class Router:
    """Finds operations by path: concrete paths before templated ones, as OpenAPI says."""

    def __init__(self, operations: list[MockOperation]) -> None:
        self.operations = sorted(operations, key=_specificity)

    def match(self, path: str) -> tuple[list[tuple[MockOperation, re.Match[str]]], list[str]]:
        """Operations whose path matches, and the methods allowed on that path."""
        found = [(op, m) for op in self.operations if (m := op.pattern.fullmatch(path))]
        allowed = sorted({op.method for op, _ in found})
        return found, allowed


def _specificity(op: MockOperation) -> tuple[int, int]:
    literal = len(_PARAM.sub("", op.template))
    return (len(op.path_names), -literal)


def compile_api(spec: LoadedSpec, api: Api) -> tuple[Router, ErrorBody, list[str]]:
    """The router, the API-wide error body, and warnings about responses the mock cannot fake."""
    document = spec.data
    cache: dict[JsonPath, ErrorBody] = {}
    default_error = ErrorBody()
    if api.error_model is not None:
        at: JsonPath = ("components", "schemas", api.error_model.schema_name)
        default_error = cache.setdefault(at, ErrorBody(document, at))
    operations = [_operation(document, op, cache, default_error) for op in api.operations]
    warnings = [
        f"{op.method} {op.template}: {op.success.problem}"
        for op in operations
        if op.success.problem
    ]
    return Router(operations), default_error, warnings


def _operation(
    document: Mapping[str, Any],
    op: Operation,
    cache: dict[JsonPath, ErrorBody],
    default_error: ErrorBody,
) -> MockOperation:
    at: JsonPath = ("paths", op.path, op.method.lower())
    raw = lookup(document, at)
    regex, names = _path_regex(op.path)
    responses = raw.get("responses") or {}
    errors: dict[str, ErrorBody] = {}
    for status, response in responses.items():
        if str(status)[:1] in "45" or status == "default":
            schema_at = _json_schema_at(document, response, (*at, "responses", str(status)))
            if schema_at is not None:
                errors[str(status)] = cache.setdefault(schema_at, ErrorBody(document, schema_at))
    declared = {e.status for e in op.errors}
    return MockOperation(
        operation_id=op.operation_id,
        method=op.method,
        template=op.path,
        pattern=regex,
        path_names=names,
        params=tuple(_params(document, op.path, at)),
        body=_body(document, raw.get("requestBody"), (*at, "requestBody")),
        security=op.security,
        success_status=op.success_status,
        success=_success(document, responses, at, op.success_status),
        invalid_status=400 if 400 in declared or 422 not in declared else 422,
        errors=errors,
        default_error=errors.get("default", default_error),
    )


def _path_regex(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    parts, names, last = [], [], 0
    for match in _PARAM.finditer(template):
        parts.append(re.escape(template[last : match.start()]))
        parts.append("([^/]*)")
        names.append(match.group(1))
        last = match.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts)), tuple(names)


def _deref(document: Mapping[str, Any], node: Any, at: JsonPath) -> tuple[Any, JsonPath]:
    """Follow ``$ref`` hops of a parameter, body or response, tracking where it lives."""
    for _ in range(20):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            break
        target = ref_path(node["$ref"])
        if target is None:
            break
        node, at = lookup(document, target), target
    return node, at


def _json_schema_at(document: Mapping[str, Any], holder: Any, at: JsonPath) -> JsonPath | None:
    holder, at = _deref(document, holder, at)
    content = holder.get("content") if isinstance(holder, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    for media, entry in content.items():
        if (media == "application/json" or media.endswith("+json")) and "schema" in entry:
            return (*at, "content", media, "schema")
    return None


def _params(document: Mapping[str, Any], route: str, at: JsonPath) -> list[ParamSpec]:
    found: dict[tuple[str, str], ParamSpec] = {}
    item_params = lookup(document, ("paths", route)).get("parameters") or []
    op_params = lookup(document, at).get("parameters") or []
    sources: list[tuple[JsonPath, Any]] = [
        (("paths", route, "parameters", i), p) for i, p in enumerate(item_params)
    ]
    sources += [((*at, "parameters", i), p) for i, p in enumerate(op_params)]
    for where, node in sources:
        param, where = _deref(document, node, where)
        location, name = str(param.get("in")), str(param.get("name"))
        if location not in ("path", "query"):
            continue
        schema = param.get("schema")
        validator = violations = None
        types: tuple[str, ...] = ("string",)
        if isinstance(schema, Mapping):
            schema_at: JsonPath = (*where, "schema")
            validator = validator_for(document, schema_at)
            violations = Violations(document, schema_at, name)
            types = tuple(types_of(document, schema)) or ("string",)
            if types[0] == "array":
                items = resolve(document, schema).get("items")
                types = ("array", *(types_of(document, items) or ["string"]))
        required = bool(param.get("required")) or location == "path"
        found[(location, name)] = ParamSpec(name, location, required, types, validator, violations)
    return list(found.values())


def _body(document: Mapping[str, Any], node: Any, at: JsonPath) -> BodySpec | None:
    if node is None:
        return None
    body, _ = _deref(document, node, at)
    schema_at = _json_schema_at(document, node, at)
    if schema_at is None or not isinstance(body, Mapping):
        return None
    schema = lookup(document, schema_at)
    secrets = frozenset(
        name
        for name, sub in object_properties(document, schema).items()
        if is_secret(document, sub)
    )
    return BodySpec(
        required=bool(body.get("required")),
        validator=validator_for(document, schema_at),
        violations=Violations(document, schema_at, "body"),
        secrets=secrets,
    )


def _success(
    document: Mapping[str, Any], responses: Mapping[str, Any], at: JsonPath, status: int
) -> SuccessBody:
    key = next((k for k in responses if str(k) == str(status)), None)
    if key is None:
        return SuccessBody(document, None, None)
    where: JsonPath = (*at, "responses", str(key))
    schema_at = _json_schema_at(document, responses[key], where)
    if schema_at is None:
        return SuccessBody(document, None, None)
    media = lookup(document, schema_at[:-1])
    example = media.get("example")
    examples = media.get("examples")
    if example is None and isinstance(examples, Mapping) and examples:
        first, _ = _deref(document, next(iter(examples.values())), where)
        example = first.get("value") if isinstance(first, Mapping) else None
    return SuccessBody(document, schema_at, example)
