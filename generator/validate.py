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
from dataclasses import dataclass, replace
from typing import Any

from jsonschema.exceptions import ValidationError

from . import checks, metaschema, names, openapi30
from .findings import dialect, operations, repair, shapes
from .findings import values as findings_values
from .findings.dialect import UNSUPPORTED_KEYWORD
from .findings.naming import INVALID_NAME
from .findings.refs import UNRESOLVED_REF, UNSUPPORTED_REF
from .findings.repair import Fixes
from .findings.shapes import INVALID_PATTERN, INVALID_SCHEMA
from .findings.structure import (
    INVALID_OPENAPI,
    OPENAPI_SPEC_VALIDATOR,
    UNEXPECTED_KEY,
    UNSUPPORTED_VERSION,
    VALIDATOR_CRASHED,
    check_tags,
)
from .findings.wording import deepest, shorten
from .load import JsonPath, LoadedSpec
from .problems import WARNING, Problem
from .schema_support import keyword_problems
from .schemas import document_schemas, lookup, ref_path
from .spec_validator import Pending, crash_kind


@dataclass(frozen=True)
class Report:
    # Every finding: errors, and the warnings whose fallbacks ``spec`` carries out.
    problems: list[Problem]
    # False when building could only restate these problems, or would never end (a schema
    # that contains itself) or take minutes (a huge enum): the builder must not run.
    buildable: bool
    # With ``check(spec, wait=False)`` on a spec with no errors so far: openapi-spec-validator's
    # findings, still being made beside the caller's work (see spec_validator.Pending).
    late: Callable[[], list[Problem]] | None = None
    # The document to build from: in 3.1 terms, every warning's fallback carried out.
    spec: LoadedSpec | None = None


def validate(spec: LoadedSpec) -> list[Problem]:
    """Every finding in ``spec`` (as loaded, 3.0 or 3.1): errors, warnings and notes."""
    return check(spec).problems


def check(spec: LoadedSpec, wait: bool = True) -> Report:
    """:func:`validate`, saying also whether the builder may look at the spec, and giving the
    document it may build from (3.1, with every warning's fallback carried out).

    ``wait=False``: when our checks find no error, openapi-spec-validator's last pass is left
    running as ``Report.late`` (``generate`` renders and formats meanwhile, and asks for its
    findings before writing anything).
    """
    unsupported = _version_problem(spec)
    if unsupported is not None:
        return Report([unsupported], buildable=False)
    source, found = _read_dialect(spec)
    found += spec.load_problems  # reading the files its $refs name (generator.multifile)
    structure = Fixes()
    for problem, edits in _structure(source):
        structure.add(problem, *edits)
    found += structure.problems
    source = repair.apply(source, structure.edits)
    broken = _blocking(found)
    try:
        spec, problems, edits, blocking = _semantic(source)
    except Exception:  # a document the meta-schema refuses can trip a check: it said why
        if not broken:
            raise
        return Report(sorted(set(found)), buildable=False)
    if broken:  # every independent problem at once, but nothing that restates these
        refused = {p.line for p in found if p.blocking}
        problems = [p for p in problems if p.line not in refused]
    found += problems
    spec = repair.apply(spec, edits)
    if _blocking(found):
        return Report(sorted(set(found)), buildable=not blocking, spec=spec)
    # openapi-spec-validator reads the document in its own version, fallbacks carried out.
    checked = repair.apply(source, edits) if source.data is not spec.data else spec
    pending = Pending(checked.data)

    def late() -> list[Problem]:
        return sorted(set(_openapi_spec_validator(checked, pending)))

    if wait:
        return Report(sorted(set(found) | set(late())), buildable=True, spec=spec)
    return Report(sorted(set(found)), buildable=True, late=late, spec=spec)


def _semantic(
    source: LoadedSpec,
) -> tuple[LoadedSpec, list[Problem], list[repair.Edit], list[Problem]]:
    """Our own checks, on the document in 3.1 terms: that document, the findings, the edits
    their fallbacks make, and the findings that mean the builder must not run."""
    spec, problems = openapi30.normalized(source)
    problems = [replace(p, rule=shapes.INVALID_SCHEMA) for p in problems]
    problems += _schema_objects(spec)
    problems += _refs(spec)
    blocking = checks.unbuildable(spec)
    problems += blocking
    named = checks.unnameable(spec)
    problems += named.problems
    problems += _patterns(spec)
    edits = list(named.edits)
    if not blocking:  # a schema that contains itself would send the check round forever
        values = findings_values.check(spec)
        problems += values.problems
        edits += values.edits
    problems += operations.check(spec)
    problems += _name_collisions(spec)
    problems += _unsupported(spec)
    return spec, problems, edits, blocking


def _blocking(problems: list[Problem]) -> bool:
    return any(p.blocking for p in problems)


def _read_dialect(spec: LoadedSpec) -> tuple[LoadedSpec, list[Problem]]:
    """Unknown keywords dropped, the other OpenAPI version's words read as it means them,
    enums made sensible: before the meta-schema, which would refuse several of them."""
    is30 = openapi30.is_openapi30(spec.data)
    fixes = dialect.check(spec, is30)
    fixes.extend(shapes.check_lists(spec))
    fixes.extend(check_tags(spec))
    result = repair.apply(spec, fixes.edits)
    problems = list(fixes.problems)
    if dialect.needs_30_reading(fixes):
        result, lone = openapi30.read_30_keywords(result)
        problems += [replace(p, rule=shapes.INVALID_SCHEMA) for p in lone]
    return result, problems


SWAGGER = "Swagger 2.0 is not supported: convert it to OpenAPI 3 first (e.g. with swagger2openapi)"


def _structure(spec: LoadedSpec) -> Iterator[tuple[Problem, list[repair.Edit]]]:
    """The document against the meta-schema of its own OpenAPI version: an unexpected key is
    a warning (the key is left out), anything else an error."""
    bad_statuses: set[JsonPath] = set()  # responses objects with a key that is no status
    found: list[tuple[Problem, list[repair.Edit]]] = []
    for error in metaschema.structure_errors(spec.data, openapi30.is_openapi30(spec.data)):
        error = deepest(error)
        unexpected = _unexpected_key(error)
        where = tuple(error.absolute_path)
        if unexpected is not None and where[-1:] == ("responses",):
            bad_statuses.add(where)
            message = (
                f"response status {unexpected!r} is not an HTTP status code (such as 200 or "
                "4XX) or 'default'"
            )
            found.append((spec.problem((*where, unexpected), message, INVALID_OPENAPI), []))
        elif unexpected is not None:
            at = (*error.absolute_path, unexpected)
            shown = ".".join(str(p) for p in error.absolute_path) or "the document"
            message = f"unexpected key {unexpected!r} in {shown} is left out"
            found.append((spec.problem(at, message, UNEXPECTED_KEY, WARNING), [repair.drop(at)]))
        else:
            found.append((_located(spec, error, ""), []))
    for problem, edits in found:
        # "'default' is a required property" only restates a status key that is not one.
        if not (
            problem.message.startswith("'default' is a required")
            and _at_any(problem, spec, bad_statuses)
        ):
            yield problem, edits


def _at_any(problem: Problem, spec: LoadedSpec, paths: set[JsonPath]) -> bool:
    return any((problem.line, problem.column) == spec.where(path) for path in paths)


def _version_problem(spec: LoadedSpec) -> Problem | None:
    """Why ``spec``'s version is not one we read (3.0.x and 3.1.x), if it is not."""
    data = spec.data
    version = data.get("openapi")
    if "openapi" not in data:
        if "swagger" in data:
            return spec.problem(("swagger",), SWAGGER, UNSUPPORTED_VERSION)
        return spec.problem(
            (), "the spec has no `openapi` version: add e.g. `openapi: 3.1.0`", UNSUPPORTED_VERSION
        )
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        # YAML reads `openapi: 3.1` as a number, which no version field accepts.
        return spec.problem(
            ("openapi",),
            f"openapi must be a string such as '3.1.0', not the number {version}",
            UNSUPPORTED_VERSION,
        )
    if not isinstance(version, str):
        return spec.problem(
            ("openapi",),
            f"openapi must be a string such as '3.1.0', not {version!r}",
            UNSUPPORTED_VERSION,
        )
    if version.split(".")[0] in ("1", "2"):
        return spec.problem(("openapi",), SWAGGER, UNSUPPORTED_VERSION)
    if openapi30.family(data) is None:
        return spec.problem(
            ("openapi",),
            f"OpenAPI {version} is not supported: write the spec in 3.1 or 3.0",
            UNSUPPORTED_VERSION,
        )
    if not re.match(r"\d+\.\d+\.\d+", version):
        return spec.problem(
            ("openapi",),
            f"openapi must be a full version such as '3.1.0', not {version!r}",
            UNSUPPORTED_VERSION,
        )
    return None


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
    return spec.problem(path, f"{prefix}{shorten(message)}{where}", INVALID_OPENAPI)


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


def _schema_objects(spec: LoadedSpec) -> Iterator[Problem]:
    for path, schema in document_schemas(spec.data):
        for error in metaschema.schema_errors(schema):
            error = deepest(error)
            full = (*path, *error.absolute_path)
            yield spec.problem(full, f"invalid schema: {shorten(error.message)}", INVALID_SCHEMA)


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
                else "a ref to another file is followed only where OpenAPI allows a reference"
            )
            yield spec.problem(
                (*path, "$ref"), f"unsupported $ref {ref!r}: {reason}", UNSUPPORTED_REF
            )
            continue
        try:
            lookup(spec.data, target)
        except KeyError:
            yield spec.problem(
                (*path, "$ref"), f"$ref {ref!r} points to nothing in this file", UNRESOLVED_REF
            )


def _name_collisions(spec: LoadedSpec) -> Iterator[Problem]:
    """Schema names that cannot become classes. Names that would become one class (or one
    field) are resolved by the builder, with a note (build.naming)."""
    schemas = (spec.data.get("components") or {}).get("schemas") or {}
    for name in schemas:
        if not names.class_name(name):
            message = f"schema name {name!r} has no letters to make a class name from"
            yield spec.problem(("components", "schemas", name), message, INVALID_NAME)


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
                    INVALID_PATTERN,
                )


def _unsupported(spec: LoadedSpec) -> Iterator[Problem]:
    components = spec.data.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    for top, root in document_schemas(spec.data):
        for rel, keyword, message in keyword_problems(root, schemas):
            rule = UNSUPPORTED_REF if keyword == "$ref" else UNSUPPORTED_KEYWORD
            yield spec.problem((*top, *rel, keyword), message, rule)


def _openapi_spec_validator(spec: LoadedSpec, pending: Pending) -> Iterator[Problem]:
    """openapi-spec-validator's own checks, on the document as written, in its version."""
    try:
        # Its meta-schema pass is _structure's, done: metaschema runs the rest of its checks.
        findings = pending.result()
    except Exception as exc:  # it has crashed on specs we consider valid; say so, don't hide it
        kind = crash_kind(exc)
        message = (
            f"openapi-spec-validator failed ({kind}: {shorten(str(exc), 100)}): its extra "
            "checks were skipped; ours passed"
        )
        yield spec.problem((), message, VALIDATOR_CRASHED, WARNING)
        return
    for path, message in findings:
        if message.startswith("Duplicate parameter"):
            continue  # said with its location by findings.operations
        yield spec.problem(
            path, f"openapi-spec-validator: {shorten(message)}", OPENAPI_SPEC_VALIDATOR
        )
