"""The spec compiled for serving: one :class:`MockOperation` per operation, and a router.

Everything is prepared once at startup: path regexes, a jsonschema validator per parameter and
body media type, the success body and the error bodies. The IR decides what the generator
decided (method, path, names, success status and media type, security); schemas, parameter
styles and the accepted body media types are read from the spec itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..ir import Api, Operation, SecurityScheme
from ..load import JsonPath, LoadedSpec
from ..schemas import lookup, ref_path
from .bodies import BodySpec, compile_body, kind_of, media_type
from .params import ParamSpec, compile_params, deref_at
from .responses import ErrorBody, SuccessBody

_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class MockOperation:
    operation_id: str  # the spec's operationId, else the client's method name
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


@dataclass(frozen=True)
class CompiledApi:
    router: Router
    default_error: ErrorBody  # for requests no operation matches
    base_path: str  # the first server's URL path, e.g. "/client/v4" ("" at the root)
    warnings: list[str]  # responses the mock cannot fake faithfully
    secret_headers: frozenset[str]  # lower case
    secret_query: frozenset[str]
    secret_cookies: frozenset[str]


def compile_api(spec: LoadedSpec, api: Api) -> CompiledApi:
    document = spec.data
    cache: dict[tuple[JsonPath, str], ErrorBody] = {}
    default_error = ErrorBody()
    model = api.error_model
    at = _model_at(model.key) if model is not None else None
    if at is not None and _exists(document, at):
        default_error = cache.setdefault((at, "json"), ErrorBody(document, at))
    operations = [_operation(document, op, cache, default_error) for op in api.operations]
    warnings = [
        f"{op.method} {op.template}: {op.success.problem}"
        for op in operations
        if op.success.problem
    ]
    secrets: dict[str, set[str]] = {"header": set(), "query": set(), "cookie": set()}
    for scheme in api.security_schemes:
        secrets.get(scheme.kind, set()).add(scheme.header)
    for op in operations:
        for param in op.params:
            if param.secret:
                secrets.get(param.location, set()).add(param.name)
    return CompiledApi(
        router=Router(operations),
        default_error=default_error,
        base_path=base_path(document),
        warnings=warnings,
        secret_headers=frozenset(name.lower() for name in secrets["header"]),
        secret_query=frozenset(secrets["query"]),
        secret_cookies=frozenset(secrets["cookie"]),
    )


def base_path(document: Mapping[str, Any]) -> str:
    """The path of the first server's URL, variables at their defaults: ``/api/v3``, or ""."""
    servers = document.get("servers")
    server = servers[0] if isinstance(servers, list) and servers else None
    if not isinstance(server, Mapping) or not isinstance(server.get("url"), str):
        return ""
    variables = server.get("variables")
    variables = variables if isinstance(variables, Mapping) else {}

    def default(match: re.Match[str]) -> str:
        variable = variables.get(match.group(1))
        value = variable.get("default") if isinstance(variable, Mapping) else None
        return str(value) if value is not None else match.group(0)

    url = _PARAM.sub(default, server["url"].strip())
    if "://" in url or url.startswith("//"):
        path = urlsplit(url).path
    else:
        path = url.split("?", 1)[0].split("#", 1)[0]
    while path.startswith("./"):
        path = path[2:]
    path = path.rstrip("/")
    return "/" + path.lstrip("/") if path else ""


def _model_at(key: str) -> JsonPath | None:
    if key.startswith("#"):
        return ref_path(key)
    if key.startswith("/"):
        return ref_path("#" + key)
    return ("components", "schemas", key)


def _exists(document: Mapping[str, Any], at: JsonPath) -> bool:
    try:
        lookup(document, at)
    except KeyError:
        return False
    return True


def _operation(
    document: Mapping[str, Any],
    op: Operation,
    cache: dict[tuple[JsonPath, str], ErrorBody],
    default_error: ErrorBody,
) -> MockOperation:
    at: JsonPath = ("paths", op.path, op.method.lower())
    raw = lookup(document, at)
    regex, names = _path_regex(op.path)
    responses = raw.get("responses")
    responses = responses if isinstance(responses, Mapping) else {}
    errors: dict[str, ErrorBody] = {}
    for status, response in responses.items():
        key = str(status)
        if key[:1] in "45" or key == "default":
            error = _error_body(document, response, (*at, "responses", key), cache)
            if error is not None:
                errors[key.upper() if key.endswith(("xx", "XX")) else key] = error
    declared = {str(status) for status in responses}
    return MockOperation(
        operation_id=op.operation_id or op.python_name,
        method=op.method,
        template=op.path,
        pattern=regex,
        path_names=names,
        params=tuple(compile_params(document, op.path, at)),
        body=compile_body(document, raw.get("requestBody"), (*at, "requestBody")),
        security=op.security,
        success_status=op.success_status,
        success=_success(document, op, responses, at),
        invalid_status=400 if "400" in declared or "422" not in declared else 422,
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


def _content(
    document: Mapping[str, Any], holder: Any, at: JsonPath, wanted: str | None = None
) -> tuple[str, Mapping[str, Any], JsonPath] | None:
    """A response's media type entry: ``wanted`` if given and declared, else JSON first, else
    the first one declared; with the media type's key and location."""
    holder, at = deref_at(document, holder, at)
    content = holder.get("content") if isinstance(holder, Mapping) else None
    if not isinstance(content, Mapping) or not content:
        return None
    keys = [str(k) for k in content]
    if wanted is not None:
        matching = [k for k in keys if k == wanted or media_type(k) == media_type(wanted)]
    else:
        matching = [k for k in keys if kind_of(media_type(k)) == "json"]
    key = (matching or keys)[0]
    entry = content[key]
    return key, entry if isinstance(entry, Mapping) else {}, (*at, "content", key)


def _error_body(
    document: Mapping[str, Any],
    response: Any,
    at: JsonPath,
    cache: dict[tuple[JsonPath, str], ErrorBody],
) -> ErrorBody | None:
    """The error body of a declared response; None without content (the API's default)."""
    found = _content(document, response, at)
    if found is None:
        return None
    key, entry, media_at = found
    kind = kind_of(media_type(key))
    media = kind if kind in ("json", "text") else "binary"
    schema_at: JsonPath | None = (*media_at, "schema") if "schema" in entry else None
    cache_key = (schema_at or media_at, key)
    if cache_key not in cache:
        cache[cache_key] = ErrorBody(document, schema_at, media, key)
    return cache[cache_key]


def _success(
    document: Mapping[str, Any], op: Operation, responses: Mapping[str, Any], at: JsonPath
) -> SuccessBody:
    status = str(op.success_status)
    declared = op.responses[0] if op.responses else None
    key = next((k for k in responses if str(k) == status), None)
    if key is None or declared is None or declared.media == "none" or status == "204":
        return SuccessBody(document, None, None, "none", "")
    where: JsonPath = (*at, "responses", str(key))
    found = _content(document, responses[key], where, declared.content_type or None)
    if found is None:
        return SuccessBody(document, None, None, "none", "")
    content_type, entry, media_at = found
    schema_at: JsonPath | None = (*media_at, "schema") if "schema" in entry else None
    example = entry.get("example")
    examples = entry.get("examples")
    if example is None and isinstance(examples, Mapping) and examples:
        first, _ = deref_at(document, next(iter(examples.values())), where)
        example = first.get("value") if isinstance(first, Mapping) else None
    return SuccessBody(document, schema_at, example, declared.media, content_type)
