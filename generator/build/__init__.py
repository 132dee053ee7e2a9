"""Build the intermediate model (IR) from a validated spec.

Every naming decision is made here, once. Constructs the generator cannot express are
collected as problems (never skipped), so :func:`build` either returns a complete
:class:`~generator.ir.Api` or raises :class:`~generator.problems.SpecError` with the full list.

The schemas become types through one module per kind (:mod:`.kinds`); operations, bodies,
responses, security and servers each have their own module.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import PurePath

from .. import __version__, names, pep440, reserved, versions
from ..checks import HTTP_TOKEN
from ..findings.build import INVALID_SETTING, VERSION_LOSSY
from ..findings.naming import RESERVED_NAME
from ..ir import Alias, AliasType, Api, Model, ModelType, Operation, TypeRef, walk
from ..load import JsonPath, LoadedSpec
from ..problems import Problem, SpecError
from ..schemas import pointer
from .context import Context
from .kinds import parse_type
from .metadata import package_meta
from .model_pages import model_pages
from .naming import note_extra
from .operations import operations
from .security import security_schemes
from .servers import servers
from .tags import tag_groups
from .views import request_component, request_view

__all__ = ["build"]

# Keywords of schemas that become classes (models, enums, unions).
_CLASS_KEYWORDS = frozenset({"properties", "enum", "oneOf", "anyOf", "allOf"})


def build(spec: LoadedSpec, findings: list[Problem] | None = None) -> Api:
    """The IR of a spec that passed :func:`generator.validate.validate`.

    Raises :class:`SpecError` on an error; warnings and notes (each with its fallback carried
    out in the IR) are appended to ``findings``.
    """
    ctx = Context(spec)
    ctx.parse_type = parse_type
    info = spec.data.get("info") or {}
    sdk = info.get("x-sdk") or {}
    if not isinstance(sdk, Mapping):
        ctx.fail(
            ("info", "x-sdk"),
            "info.x-sdk must be a mapping (package, client, ...)",
            INVALID_SETTING,
        )
        sdk = {}
    package = str(sdk.get("package") or names.snake(str(info.get("title", "api"))))
    client = str(sdk.get("client") or names.pascal(package))
    env_prefix = str(sdk.get("env-prefix") or package.upper())
    schemes = security_schemes(ctx, env_prefix)
    ctx.reserved_classes = reserved.MODULE_NAMES | {
        f"{prefix}{client}{suffix}"
        for prefix in ("", "Async")
        for suffix in ("", "WithRawResponse")
    }
    for name, schema in ctx.schemas.items():  # a component's class name beats an inline title
        if isinstance(schema, Mapping) and _CLASS_KEYWORDS & set(schema):
            ctx.class_name(schema, ("components", "schemas", name), str(name))
    for name, schema in ctx.schemas.items():  # components first: they keep their spec order
        ctx.type_of(schema, ("components", "schemas", name), str(name))
        request_component(ctx, str(name))
    ops = operations(ctx, schemes)
    models = _mark_sides(ctx, ops, _spec_order(ctx, ctx.model_order))
    server_url, template, variables = servers(ctx)
    api = Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        package_version=_package_version(ctx, str(info.get("version", "")), sdk),
        description=" ".join(str(info.get("description", "")).split()),
        spec_file=spec.header_name or PurePath(spec.file).name,
        package=package,
        distribution=str(sdk.get("distribution") or package.replace("_", "-")),
        client=client,
        async_client="Async" + client,
        env_prefix=env_prefix,
        server_url=server_url,
        server_template=template,
        server_variables=variables,
        operations=tuple(ops),
        models=models,
        enums=tuple(ctx.enums[n] for n in _spec_order(ctx, list(ctx.enums))),
        aliases=_alias_order(list(ctx.aliases.values())),
        security_schemes=tuple(schemes.values()),
        error_model=_error_model(models, ops),
        validators=tuple(ctx.validators.values()),
        generator_version=__version__,
        request_id_header=_request_id_header(ctx, sdk),
        renames=tuple(ctx.renames),
        tag_groups=tag_groups(ctx.doc, ops),
        meta=package_meta(ctx, sdk),
    )
    api = dataclasses.replace(api, model_pages=model_pages(api))
    _check_names(ctx, api)
    if any(p.blocking for p in ctx.problems):
        raise SpecError(ctx.problems)
    if findings is not None:
        findings += ctx.problems
    return api


def _alias_order(aliases: list[Alias]) -> tuple[Alias, ...]:
    """In the order they were built, except that an alias comes after the ones it names
    outside brackets (``B = A | str``, with ``A`` recursive and built after ``B``)."""
    by_name = {a.name: a for a in aliases}
    ordered: dict[str, Alias] = {}

    def place(alias: Alias, visiting: frozenset[str]) -> None:
        if alias.name in ordered or alias.name in visiting:  # a bare cycle: refused by checks
            return
        for name in alias.bare_aliases:
            if name in by_name:
                place(by_name[name], visiting | {alias.name})
        ordered[alias.name] = alias

    for alias in aliases:
        place(alias, frozenset())
    return tuple(ordered.values())


def _request_id_header(ctx: Context, sdk: Mapping[str, object]) -> str:
    """The response header carrying the request id (declared, never guessed)."""
    value = sdk.get("request-id-header")
    if value is None:
        return ""
    if not isinstance(value, str) or not HTTP_TOKEN.fullmatch(value):
        where: JsonPath = ("info", "x-sdk", "request-id-header")
        ctx.fail(
            where, f"request-id-header must be an HTTP header name, not {value!r}", INVALID_SETTING
        )
        return ""
    return value.lower()


def _package_version(ctx: Context, api_version: str, sdk: Mapping[str, object]) -> str:
    """info.x-sdk.package-version when set (it must be PEP 440), else info.version mapped."""
    value = sdk.get("package-version")
    if value is not None:
        # A YAML float is refused: 1.10 would silently read as 1.1.
        plain = isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))
        version = pep440.parse(str(value)) if plain else None
        if version is not None:
            return str(version)
        hint = " (a YAML number: quote it)" if isinstance(value, float) else ""
        ctx.fail(
            ("info", "x-sdk", "package-version"),
            f"package-version must be a PEP 440 version, not {value!r}{hint}",
            INVALID_SETTING,
        )
        return "0.0.0"
    mapped = versions.package_version(api_version)
    if mapped.lost:
        ctx.warn(
            ("info", "version"),
            f"info.version {api_version!r} has no exact PEP 440 form: the package version is "
            f"{mapped.version} ({mapped.lost})",
            VERSION_LOSSY,
        )
    return mapped.version


def _spec_order(ctx: Context, classes: list[str]) -> list[str]:
    """Component classes in the spec's order, then inline ones in the order they were met."""
    position = {pointer(("components", "schemas", n)): i for i, n in enumerate(ctx.schemas)}
    keys = {m.name: m.key for m in ctx.models.values()} | {
        e.name: e.key for e in ctx.enums.values()
    }
    met = {name: i for i, name in enumerate(classes)}
    return sorted(classes, key=lambda n: (position.get(keys[n], len(position)), met[n]))


def _mark_sides(ctx: Context, ops: list[Operation], order: list[str]) -> tuple[Model, ...]:
    """Which models travel in requests and which in responses (through nested types too)."""
    request: set[str] = set()
    response: set[str] = set()
    for op in ops:
        if op.body is not None:
            _reach(ctx, op.body.type, request)
        for r in (*op.responses, *op.errors):
            if r.type is not None:
                _reach(ctx, r.type, response)
        for p in op.params:
            _reach(ctx, p.type, request)
    # A model no operation uses still gets from_dict, which decodes as a response does
    # (strictly, as it is not one): the models it nests need that decoder too.
    decoded = set(response)
    for name in order:
        if name in ctx.models and name not in request and name not in response:
            _reach(ctx, ModelType(name), decoded)
    models = tuple(
        dataclasses.replace(
            ctx.models[name],
            used_in_request=name in request,
            used_in_response=name in response,
            decoded_as_json=name in decoded,
            validator=_request_validator(ctx, ctx.models[name]) if name in request else "",
        )
        for name in order
    )
    for model in models:
        note_extra(ctx, _location(model.key), model)
    return models


def _request_validator(ctx: Context, model: Model) -> str:
    """The validator ``from_dict`` runs; inline models get theirs here, once known as inputs.
    A component's was registered under its name (two names may differ in spelling only)."""
    if model.validator:
        return ctx.validators[str(_location(model.key)[2])].function
    schema = request_view(ctx.model_schemas[model.name])
    return ctx.add_validator(model.key, "validate_" + names.snake(model.name), schema)


def _reach(ctx: Context, t: TypeRef, seen: set[str]) -> None:
    for node in walk(t):
        if isinstance(node, AliasType) and node.name not in seen:
            seen.add(node.name)  # an alias name never equals a model's (one class namespace)
            _reach(ctx, ctx.aliases[node.name].type, seen)
        if isinstance(node, ModelType) and node.name not in seen:
            seen.add(node.name)
            model = ctx.models[node.name]
            for f in model.fields:
                _reach(ctx, f.type, seen)
            if model.extra is not None:
                _reach(ctx, model.extra, seen)


def _error_model(models: tuple[Model, ...], ops: list[Operation]) -> Model | None:
    """The model most error responses share (the API's error envelope), if any."""
    counts: dict[str, int] = {}
    for op in ops:
        for e in op.errors:
            if isinstance(e.type, ModelType):
                counts[e.type.name] = counts.get(e.type.name, 0) + 1
    if not counts:
        return None
    best = sorted(counts, key=lambda n: (-counts[n], n))[0]
    return next(m for m in models if m.name == best)


def _check_names(ctx: Context, api: Api) -> None:
    """Every name the spec chose must be free in the generated code (see reserved)."""
    sdk_at: JsonPath = ("info", "x-sdk")
    problem = reserved.package_problem(api.package)
    if problem:
        ctx.fail((*sdk_at, "package"), problem + ": set info.x-sdk.package", RESERVED_NAME)
    classes = reserved.api_class_names(api)
    problem = reserved.client_problem(api.client, classes)
    if problem:
        ctx.fail((*sdk_at, "client"), problem + ": set info.x-sdk.client", RESERVED_NAME)
    taken: dict[str, str] = {v.python_name: "server variable" for v in api.server_variables}
    for scheme in api.security_schemes:
        for credential in scheme.arguments:
            problem = reserved.credential_problem(credential.parameter, credential.env)
            owner = taken.get(credential.parameter)
            taken[credential.parameter] = f"security scheme {scheme.key!r}"
            if not problem and owner:
                problem = (
                    f"credential argument {credential.parameter!r} is also an argument of "
                    f"{owner}: set x-sdk-parameter"
                )
            if problem:
                ctx.fail(("components", "securitySchemes", scheme.key), problem, RESERVED_NAME)


def _location(key: str) -> JsonPath:
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in key.split("/")[1:])
