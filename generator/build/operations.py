"""Operations: method names, parameters, request bodies, responses and errors."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from .. import names
from ..findings.build import INVALID_SETTING, UNSUPPORTED_CONSTRUCT
from ..findings.operations import HTTP_METHODS, UNKNOWN_SECURITY_SCHEME
from ..ir import (
    NO_DEFAULT,
    ModelType,
    NullableType,
    Operation,
    Parameter,
    ParamLocation,
    Response,
    SecurityScheme,
    TypeRef,
    UnionType,
)
from ..load import JsonPath
from ..schemas import pointer
from .bodies import request_body
from .constraints import constraints
from .context import Context, text
from .deprecation import deprecation
from .naming import method_names, resolve_parameters
from .pagination import pagination
from .responses import error_responses, success_responses

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_STYLES = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
# OpenAPI: header parameters with these names "SHALL be ignored" (the client sets them).
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


def each_operation(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for route, item in (doc.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), Mapping):
                yield route, method, item[method]


def operations(ctx: Context, schemes: Mapping[str, SecurityScheme]) -> list[Operation]:
    result = []
    every = list(each_operation(ctx.doc))
    methods = method_names(ctx, every)
    for route, method, op in every:
        at: JsonPath = ("paths", route, method)
        op_id = op.get("operationId")
        python_name = methods[route, method]
        stem = names.pascal(python_name)
        item = ctx.doc["paths"][route]
        params = _parameters(ctx, at, route, python_name, item, op)
        successes = success_responses(ctx, at, op, stem)
        tags = op.get("tags") or [""]
        deprecated, reason = deprecation(op)
        result.append(
            Operation(
                operation_id=op_id if isinstance(op_id, str) else "",
                python_name=python_name,
                slug=python_name.replace("_", "-"),
                method=method.upper(),
                path=route,
                summary=text(op.get("summary")),
                description=text(op.get("description")),
                tag=str(tags[0]),
                path_params=tuple(p for p in params if p.location == "path"),
                query_params=tuple(p for p in params if p.location == "query"),
                header_params=tuple(p for p in params if p.location == "header"),
                cookie_params=tuple(p for p in params if p.location == "cookie"),
                body=request_body(ctx, at, op, stem, python_name),
                responses=tuple(successes),
                result=_result(successes),
                errors=tuple(error_responses(ctx, at, op, stem)),
                idempotent=_idempotent(ctx, at, op, method),
                security=_security(ctx, at, op, schemes),
                pagination=pagination(ctx, at, op, params, successes),
                deprecated=deprecated,
                deprecation=reason,
            )
        )
    return result


def _result(responses: list[Response]) -> TypeRef | None:
    """What the method returns: one type, or a union when the 2xx answers differ."""
    results: list[TypeRef] = []
    empty = False
    for r in responses:
        if r.result is None:
            empty = True
        elif r.result not in results:
            results.append(r.result)
    if not results:
        return None
    single = results[0] if len(results) == 1 else UnionType(tuple(results), False, ())
    return NullableType(single) if empty else single


def _idempotent(ctx: Context, at: JsonPath, op: Mapping[str, Any], method: str) -> bool:
    flag = op.get("x-idempotent", None)
    if flag is not None and not isinstance(flag, bool):
        ctx.fail(
            (*at, "x-idempotent"),
            f"x-idempotent must be true or false, not {flag!r}",
            INVALID_SETTING,
        )
        return False  # never turn on retries that could repeat a call by mistake
    return bool(flag) or method.upper() in IDEMPOTENT_METHODS


def _parameters(
    ctx: Context,
    at: JsonPath,
    route: str,
    op_name: str,
    item: Mapping[str, Any],
    op: Mapping[str, Any],
) -> list[Parameter]:
    """Path-level parameters, then the operation's (which override by name and location);
    path parameters first, each with an argument name of its own (:mod:`.naming`)."""
    found: dict[tuple[str, str], tuple[Parameter, JsonPath]] = {}
    raw = [((*at[:2], "parameters", i), p) for i, p in enumerate(item.get("parameters") or [])]
    raw += [((*at, "parameters", i), p) for i, p in enumerate(op.get("parameters") or [])]
    for where, node in raw:
        param, param_at = ctx.resolve(node, where)
        if not isinstance(param, Mapping):
            continue
        location = param.get("in")
        name = str(param.get("name", ""))
        if location == "header" and name.lower() in _IGNORED_HEADERS:
            continue
        built = _parameter(ctx, param_at, op_name, location, name, param)
        if built is not None:
            # A shared parameter ($ref) may be renamed in one operation only: point at the use.
            named_at = (*param_at, "name") if param_at == where else where
            found[(str(location), name)] = (built, named_at)
    order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
    path_order = re.findall(r"\{([^}]*)\}", route)
    ordered = sorted(
        found.values(),
        key=lambda pair: (
            order[pair[0].location],
            path_order.index(pair[0].name)
            if pair[0].location == "path" and pair[0].name in path_order
            else 0,
        ),
    )
    return resolve_parameters(ctx, ordered)


def _parameter(
    ctx: Context, at: JsonPath, op_name: str, location: Any, name: str, param: Mapping[str, Any]
) -> Parameter | None:
    if location not in _STYLES:
        ctx.fail(
            (*at, "in"), f"parameters in {location!r} are not supported", UNSUPPORTED_CONSTRUCT
        )
        return None
    loc: ParamLocation = location
    if "content" in param:
        ctx.fail(
            (*at, "content"),
            "parameters with `content` are not supported yet: describe the value with `schema`",
            UNSUPPORTED_CONSTRUCT,
        )
        return None
    schema = param.get("schema") or {}
    hint = names.pascal(op_name) + names.pascal(name)
    param_type = ctx.type_of(schema, (*at, "schema"), hint)
    style = str(param.get("style") or _STYLES[loc])
    explode = param.get("explode", style == "form")
    python_name = names.field_name(name)
    inner = param_type.inner if isinstance(param_type, NullableType) else param_type
    if loc in ("path", "header", "cookie") and isinstance(inner, ModelType):
        ctx.fail(
            (*at, "schema"),
            f"an object in a {loc} parameter is not supported: use a query parameter",
            UNSUPPORTED_CONSTRUCT,
        )
    validator = ctx.add_validator(
        pointer(at), f"_validate_{op_name}_{python_name}".replace("__", "_"), schema
    )
    target, _ = ctx.resolve(schema, (*at, "schema"))
    target = target if isinstance(target, Mapping) else {}
    deprecated, reason = deprecation(param, target)
    return Parameter(
        name=name,
        python_name=python_name,
        location=loc,
        type=param_type,
        required=bool(param.get("required")) or loc == "path",
        description=text(param.get("description")),
        constraints=constraints(target),
        validator=validator,
        example=param.get("example", target.get("example")),
        style=style,
        explode=bool(explode),
        secret=target.get("writeOnly") is True or target.get("format") == "password",
        default=target.get("default", NO_DEFAULT),
        deprecated=deprecated,
        deprecation=reason,
    )


def _security(
    ctx: Context, at: JsonPath, op: Mapping[str, Any], schemes: Mapping[str, SecurityScheme]
) -> tuple[tuple[SecurityScheme, ...], ...]:
    own = "security" in op
    requirements = op.get("security", ctx.doc.get("security")) or []
    result = []
    for i, requirement in enumerate(requirements):
        group = []
        for key in requirement:
            where = (*at, "security", i, key) if own else ("security", i, key)
            if key in ctx.unsupported_schemes:
                continue  # warned about once, at the scheme
            if key not in schemes:
                message = (
                    f"security requirement names scheme {key!r}, which "
                    "components.securitySchemes does not define: left out wherever it is named"
                )
                ctx.warn(where, message, UNKNOWN_SECURITY_SCHEME)
                ctx.unsupported_schemes.add(str(key))
                continue
            group.append(schemes[key])
        result.append(tuple(group))
    return tuple(result)
