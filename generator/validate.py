"""Spec validation: the OpenAPI meta-schema plus our own semantic checks, all problems at once.

openapi-spec-validator's own messages carry no location and it crashes on a dangling ``$ref``,
so we validate the document against its bundled OpenAPI 3.0 or 3.1 schema with jsonschema (which
keeps the JSON path of every error), run our checks, and only then let openapi-spec-validator
look for anything else, attributing what it finds to the document root.

A 3.0 document is checked against the 3.0 meta-schema as written, then normalized to 3.1
(:mod:`.openapi30`) so our semantic checks, like the builder and the mock, read one dialect.
Callers that go on to build call :func:`.openapi30.normalize` themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import referencing.exceptions
from jsonschema.exceptions import ValidationError, relevance

from . import checks, metaschema, names, openapi30
from .load import JsonPath, LoadedSpec
from .problems import Problem
from .schema_support import keyword_problems
from .schemas import deref, document_schemas, lookup, ref_path, validator_for
from .spec_validator import Pending, crash_kind

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Report:
    problems: list[Problem]
    # False when building could only restate these problems, or would never end (a schema
    # that contains itself) or take minutes (a huge enum): the builder must not run.
    buildable: bool
    # With ``check(spec, wait=False)`` on a spec with no problems so far: openapi-spec-validator's
    # findings, still being made beside the caller's work (see spec_validator.Pending).
    late: Callable[[], list[Problem]] | None = None


def validate(spec: LoadedSpec) -> list[Problem]:
    """Every problem in ``spec`` (as loaded, 3.0 or 3.1); an empty list means it can be built.

    ``spec`` is the document as written: a 3.0 one is normalized here for the semantic checks,
    and the caller normalizes it again (cheaply) for the builder.
    """
    return check(spec).problems


def check(spec: LoadedSpec, wait: bool = True, pending: Pending | None = None) -> Report:
    """:func:`validate`, saying also whether the builder may look at the spec.

    ``wait=False``: when our checks find nothing, openapi-spec-validator's last pass is left
    running as ``Report.late`` (``generate`` renders and formats meanwhile, and asks for it
    before writing anything). ``pending``: those checks, started by the caller on ``spec``.
    """
    problems = list(_structure(spec))
    if problems:  # semantic checks would only repeat these in worse words
        if pending is not None:
            pending.cancel()
        # Not a version we read: building would only add noise.
        return Report(sorted(set(problems)), buildable=openapi30.family(spec.data) is not None)
    source = spec
    if pending is None:  # openapi-spec-validator's checks start now, beside ours
        pending = Pending(source.data)
    spec, problems = openapi30.normalized(spec)
    problems += _schema_objects(spec)
    problems += _refs(spec)
    blocking = checks.unbuildable(spec)
    problems += blocking
    problems += checks.unnameable(spec)
    problems += _patterns(spec)
    if not problems:  # values can only be checked against schemas that are sound
        problems += _defaults_and_examples(spec)
    problems += _operations(spec)
    problems += _name_collisions(spec)
    problems += _unsupported(spec)
    if problems:
        pending.cancel()
        return Report(sorted(set(problems)), buildable=not blocking)

    def late() -> list[Problem]:
        return sorted(set(_openapi_spec_validator(source, pending)))

    if wait:
        return Report(late(), buildable=True)
    return Report([], buildable=True, late=late)


SWAGGER = "Swagger 2.0 is not supported: convert it to OpenAPI 3 first (e.g. with swagger2openapi)"


def _structure(spec: LoadedSpec) -> Iterator[Problem]:
    """The document against the meta-schema of its own OpenAPI version."""
    unsupported = _version_problem(spec)
    if unsupported:
        yield unsupported
        return
    for error in metaschema.structure_errors(spec.data, openapi30.is_openapi30(spec.data)):
        yield _located(spec, _deepest(error), "")


def _version_problem(spec: LoadedSpec) -> Problem | None:
    """Why ``spec``'s version is not one we read (3.0.x and 3.1.x), if it is not."""
    data = spec.data
    version = data.get("openapi")
    if "openapi" not in data:
        if "swagger" in data:
            return spec.problem(("swagger",), SWAGGER)
        return spec.problem((), "the spec has no `openapi` version: add e.g. `openapi: 3.1.0`")
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        # YAML reads `openapi: 3.1` as a number, which no version field accepts.
        return spec.problem(
            ("openapi",), f"openapi must be a string such as '3.1.0', not the number {version}"
        )
    if not isinstance(version, str):
        return spec.problem(
            ("openapi",), f"openapi must be a string such as '3.1.0', not {version!r}"
        )
    if version.split(".")[0] in ("1", "2"):
        return spec.problem(("openapi",), SWAGGER)
    if openapi30.family(data) is None:
        return spec.problem(
            ("openapi",), f"OpenAPI {version} is not supported: write the spec in 3.1 or 3.0"
        )
    if not re.match(r"\d+\.\d+\.\d+", version):
        return spec.problem(
            ("openapi",), f"openapi must be a full version such as '3.1.0', not {version!r}"
        )
    return None


def _deepest(error: ValidationError) -> ValidationError:
    """The most specific error inside an anyOf/oneOf failure: the one that names the key.

    One branch of an anyOf/oneOf is enough, so the branch that failed deepest in the instance is
    the one the author meant (3.0's "Schema or Reference" would otherwise always blame the
    missing ``$ref``). This is jsonschema's own descent, without its stop on ties.
    """
    while error.context:
        error = min(error.context, key=relevance)
    return error


def _located(spec: LoadedSpec, error: ValidationError, prefix: str) -> Problem:
    path = tuple(error.absolute_path)
    message = error.message
    unexpected = _unexpected_key(error)
    if unexpected is not None:
        # Point at the unexpected key itself, not at its parent.
        path = (*path, unexpected)
        message = f"unexpected key {unexpected!r}"
    where = ".".join(str(p) for p in path)
    where = f" (at {where})" if where else ""
    return spec.problem(path, f"{prefix}{_shorten(message)}{where}")


def _unexpected_key(error: ValidationError) -> str | None:
    """For a "no other keys" error (3.1: unevaluatedProperties, 3.0: additionalProperties), the
    first key the object may not have. ``x-*`` extensions are allowed on every object."""
    closed = error.validator in ("unevaluatedProperties", "additionalProperties")
    if not closed or error.validator_value is not False or not isinstance(error.instance, Mapping):
        return None
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    known = set(lookup_keys(schema))
    patterns = schema.get("patternProperties")
    patterns = list(patterns) if isinstance(patterns, Mapping) else []
    unexpected = sorted(
        str(key)
        for key in error.instance
        if key not in known
        and not str(key).startswith("x-")
        and not any(re.search(p, str(key)) for p in patterns)
    )
    return unexpected[0] if unexpected else None


def lookup_keys(schema: Any) -> list[str]:
    props = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
    return list(props) if isinstance(props, Mapping) else []


def _shorten(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _schema_objects(spec: LoadedSpec) -> Iterator[Problem]:
    for path, schema in document_schemas(spec.data):
        for error in metaschema.schema_errors(schema):
            error = _deepest(error)
            full = (*path, *error.absolute_path)
            yield spec.problem(full, f"invalid schema: {_shorten(error.message)}")


def _refs(spec: LoadedSpec) -> Iterator[Problem]:
    for path, node in spec.mappings:
        ref = node.get("$ref")
        if not isinstance(ref, str):
            continue
        target = ref_path(ref)
        if target is None:
            reason = (
                "not a JSON pointer such as '#/components/schemas/Name'"
                if ref.startswith("#")
                else "only refs inside this file"
            )
            yield spec.problem((*path, "$ref"), f"unsupported $ref {ref!r}: {reason}")
            continue
        try:
            lookup(spec.data, target)
        except KeyError:
            yield spec.problem((*path, "$ref"), f"$ref {ref!r} points to nothing in this file")


def _defaults_and_examples(spec: LoadedSpec) -> Iterator[Problem]:
    for path, schema in spec.schemas:
        for key in ("default", "example"):
            if key in schema:
                yield from _check_value(spec, path, schema[key], (*path, key), key)
        for i, example in enumerate(schema.get("examples") or []):
            yield from _check_value(spec, path, example, (*path, "examples", i), "example")
    for path, holder in spec.mappings:
        if "schema" not in holder or not isinstance(holder.get("schema"), Mapping):
            continue
        if "example" in holder:
            yield from _check_value(
                spec, (*path, "schema"), holder["example"], (*path, "example"), "example"
            )
        examples = holder.get("examples")
        if isinstance(examples, Mapping):
            for name, example in examples.items():
                if isinstance(example, Mapping) and "value" in example:
                    at = (*path, "examples", name, "value")
                    yield from _check_value(
                        spec, (*path, "schema"), example["value"], at, "example"
                    )


def _check_value(
    spec: LoadedSpec, schema_path: JsonPath, value: Any, at: JsonPath, what: str
) -> Iterator[Problem]:
    validator = validator_for(spec.data, schema_path)
    try:
        errors = list(validator.iter_errors(value))
    except referencing.exceptions.Unresolvable as exc:  # a ref our own checks let through
        yield spec.problem(at, f"{what} cannot be checked: {_shorten(str(exc))}")
        return
    for error in errors:
        error = _deepest(error)
        inner = ".".join(str(p) for p in error.absolute_path)
        inner = f" at {inner}" if inner else ""
        yield spec.problem(
            (*at, *error.absolute_path),
            f"{what} does not match its schema{inner}: {_shorten(error.message)}",
        )


def _operations(spec: LoadedSpec) -> Iterator[Problem]:
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


class _MethodNames:
    """Each operation's client method: from its operationId, else from its method and path.

    Two operations must not end up with one method, whichever way each got its name.
    """

    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.ids: dict[str, str] = {}  # operationId → the operation that has it, as shown
        self.methods: dict[str, str] = {}  # method name → the operation that has it, as shown

    def check(
        self, route: str, method: str, op: Mapping[str, Any], at: JsonPath
    ) -> Iterator[Problem]:
        endpoint = f"{method.upper()} {route}"
        if "operationId" not in op:
            yield from self._claim(names.method_name(None, method, route), endpoint, at)
            return
        op_id, where = op["operationId"], (*at, "operationId")
        if not isinstance(op_id, str) or not op_id:
            yield self.spec.problem(where, f"the operationId of {endpoint} must not be empty")
        elif op_id in self.ids:
            message = f"operationId {op_id!r} is used twice (first by {self.ids[op_id]})"
            yield self.spec.problem(where, message)
        elif not names.is_mappable(op_id):
            message = f"operationId {op_id!r} has no letters to make a Python name from"
            yield self.spec.problem(where, message)
        else:
            self.ids[op_id] = endpoint
            label = f"operationId {op_id!r}"
            yield from self._claim(names.method_name(op_id, method, route), label, where)

    def _claim(self, method: str, label: str, where: JsonPath) -> Iterator[Problem]:
        if method in self.methods:
            message = f"{label} becomes method {method!r}, like {self.methods[method]}"
            yield self.spec.problem(where, message)
        else:
            self.methods[method] = label


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
                at, f"path parameter {{{name}}} of {route} is not declared in parameters"
            )
    for name in sorted(declared - set(in_template)):
        yield spec.problem(at, f"path parameter {name!r} does not appear in {route}")


def _name_collisions(spec: LoadedSpec) -> Iterator[Problem]:
    schemas = (spec.data.get("components") or {}).get("schemas") or {}
    classes: dict[str, str] = {}
    for name, schema in schemas.items():
        at: JsonPath = ("components", "schemas", name)
        cls = names.class_name(name)
        if not cls:
            yield spec.problem(at, f"schema name {name!r} has no letters to make a class name from")
            continue
        if cls in classes:
            yield spec.problem(
                at, f"schema {name!r} becomes class {cls!r}, like schema {classes[cls]!r}"
            )
        classes[cls] = name
        if not isinstance(schema, Mapping):
            continue
        yield from _collisions(
            spec, at, schema.get("properties"), names.field_name, "property", "field"
        )


def _collisions(
    spec: LoadedSpec, at: JsonPath, items: Any, convert: Any, what: str, becomes: str
) -> Iterator[Problem]:
    if not isinstance(items, Mapping):
        return
    seen: dict[str, str] = {}
    for key in items:
        py = convert(str(key))
        where = (*at, "properties", key) if what == "property" else (*at, "enum")
        if not py:
            continue  # an empty name: generator.checks reports it
        if py in seen:
            yield spec.problem(where, f"{what} {key!r} becomes {becomes} {py!r}, like {seen[py]!r}")
        seen[py] = str(key)


def _patterns(spec: LoadedSpec) -> Iterator[Problem]:
    """Every ``pattern`` must compile: the generated client compiles it at import time."""
    for path, schema in spec.schemas:
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            try:
                re.compile(pattern)
            except re.error as exc:
                yield spec.problem(
                    (*path, "pattern"),
                    f"pattern {pattern!r} is not a valid regular expression: {exc}",
                )


def _unsupported(spec: LoadedSpec) -> Iterator[Problem]:
    components = spec.data.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    for top, root in document_schemas(spec.data):
        for rel, keyword, message in keyword_problems(root, schemas):
            yield spec.problem((*top, *rel, keyword), message)


def _openapi_spec_validator(spec: LoadedSpec, pending: Pending) -> Iterator[Problem]:
    """openapi-spec-validator's own checks, on the document as written, in its version."""
    try:
        # Its meta-schema pass is _structure's, done: metaschema runs the rest of its checks.
        findings = pending.result()
    except Exception as exc:  # it has crashed on specs we consider valid; say so, don't hide it
        kind = crash_kind(exc)
        yield spec.problem((), f"openapi-spec-validator failed: {kind}: {_shorten(str(exc))}")
        return
    for path, message in findings:
        yield spec.problem(path, f"openapi-spec-validator: {_shorten(message)}")
