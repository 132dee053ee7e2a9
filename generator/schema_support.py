"""Which JSON Schema keywords the validator compiler (:mod:`generator.validators`) honours.

:func:`keyword_problems` finds, with a reason, every keyword of a schema that cannot be compiled:
spec validation reports them (located), and the compiler refuses them. Only the keywords in
``SUPPORTED`` are compiled and only ``ANNOTATIONS`` (and ``x-*``) are ignored.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from .evaluated import Dynamic, Resolve, evaluated

SchemaPath = tuple[str | int, ...]
COMPONENT_PREFIX = "#/components/schemas/"
TYPES = ("null", "boolean", "object", "array", "number", "string", "integer")
ANNOTATIONS = frozenset(
    {"description", "title", "default", "example", "examples", "format", "readOnly"}
    | {"writeOnly", "deprecated", "$comment", "externalDocs", "discriminator", "xml"}
    | {"contentMediaType", "contentEncoding"}
)
SCHEMA_VALUED = ("additionalProperties", "items", "not", "if", "then", "else", "propertyNames")
SCHEMA_VALUED_2020 = ("contains", "unevaluatedProperties")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas")
COUNTS = ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties")
CONTAINS = ("minContains", "maxContains")
BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
SUPPORTED = frozenset(
    {"type", "enum", "const", "required", "dependentRequired", "pattern", "$ref", "uniqueItems"}
    | {"multipleOf", *SCHEMA_VALUED, *SCHEMA_LISTS, *SCHEMA_MAPS, *COUNTS, *BOUNDS}
    | {*SCHEMA_VALUED_2020, *CONTAINS}
)


# -- which keywords we can honour ---------------------------------------------------------------
def unsupported_keywords(
    schema: Any, schemas: Mapping[str, Any] | None = None
) -> list[tuple[SchemaPath, str]]:
    """``(path of the schema, keyword)`` for every keyword in ``schema`` we cannot compile.

    See :func:`keyword_problems`, which also says why.
    """
    return [(path, keyword) for path, keyword, _ in keyword_problems(schema, schemas)]


def keyword_problems(
    schema: Any, schemas: Mapping[str, Any] | None = None
) -> list[tuple[SchemaPath, str, str]]:
    """``(path of the schema, keyword, message)`` for every keyword we cannot compile.

    Paths are relative to ``schema``. Annotations and ``x-*`` extensions are fine. Besides unknown
    keywords this reports values the meta-schema allows but we cannot express: a ``$ref`` that is
    not ``#/components/schemas/<Name>``, non-JSON literals (YAML dates), infinite numbers,
    ``then``/``else`` without ``if``, ``patternProperties`` regexes Python cannot compile, and an
    ``unevaluatedProperties`` whose evaluated properties depend on the instance. ``schemas`` (the
    component schemas) resolve the ``$ref`` s that ``unevaluatedProperties`` looks through.
    Malformed values are left to the meta-schema check.
    """
    found: list[tuple[SchemaPath, str, str]] = []
    resolve = _resolver(schemas or {})
    for path, node in _walk(schema, ()):
        for key, value in node.items():
            if key in ANNOTATIONS or (isinstance(key, str) and key.startswith("x-")):
                continue
            message = _problem(node, str(key), value, resolve)
            if message:
                found.append((path, str(key), message))
    return found


def _problem(node: Mapping[Any, Any], key: str, value: Any, resolve: Resolve) -> str:
    """Why keyword ``key`` of ``node`` cannot be compiled; "" when it can."""
    unsupported = f"unsupported schema keyword {key!r}: the generator cannot honour it yet"
    if key == "$ref":
        ok = isinstance(value, str) and component(value) is not None
        return "" if ok else "a schema $ref must point to #/components/schemas/<Name>"
    if key == "$recursiveRef":
        return (
            "$recursiveRef is supported only as '#' inside a component schema "
            "(#/components/schemas/<Name>), where it means a $ref to that component"
        )
    if key == "$recursiveAnchor":
        return ""  # read with $recursiveRef (generator.findings.dialect), else meaningless
    if key not in SUPPORTED:
        return unsupported
    if key in ("enum", "const"):
        return "" if is_json(value) else unsupported
    if key in ("then", "else"):
        return "" if "if" in node else unsupported
    if key in (*BOUNDS, "multipleOf"):
        return "" if not isinstance(value, float) or math.isfinite(value) else unsupported
    if key == "patternProperties" and isinstance(value, Mapping):
        for pattern in value:
            try:
                re.compile(pattern)
            except (re.error, TypeError) as exc:
                return f"patternProperties: {pattern!r} is not a valid regular expression: {exc}"
    if key == "unevaluatedProperties":
        try:
            evaluated(node, resolve)
        except Dynamic as exc:
            return (
                f"unevaluatedProperties is supported only where the properties it leaves are "
                f"known from the schema (properties, patternProperties, $ref, allOf): {exc}"
            )
    return ""


def _resolver(schemas: Mapping[str, Any]) -> Resolve:
    def resolve(ref: str) -> Any:
        name = component(ref)
        return schemas.get(name) if name is not None else None

    return resolve


def _walk(schema: Any, path: SchemaPath) -> Iterator[tuple[SchemaPath, Mapping[Any, Any]]]:
    """Every mapping schema in ``schema`` (itself included), with its path."""
    if not isinstance(schema, Mapping):
        return
    yield path, schema
    for key in (*SCHEMA_VALUED, *SCHEMA_VALUED_2020):
        yield from _walk(schema.get(key), (*path, key))
    for key in SCHEMA_LISTS:
        for i, sub in enumerate(_as_list(schema.get(key))):
            yield from _walk(sub, (*path, key, i))
    for key in SCHEMA_MAPS:
        subs = schema.get(key)
        if isinstance(subs, Mapping):
            for name, sub in subs.items():
                yield from _walk(sub, (*path, key, name))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def component(ref: str) -> str | None:
    """``#/components/schemas/A~1B`` → ``A/B``; None for any other ref."""
    rest = ref[len(COMPONENT_PREFIX) :] if ref.startswith(COMPONENT_PREFIX) else ""
    if not rest or "/" in rest:
        return None
    return rest.replace("~1", "/").replace("~0", "~")


def is_json(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if value is None or isinstance(value, (str, int)):
        return True
    if isinstance(value, list):
        return all(is_json(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and is_json(v) for k, v in value.items())
    return False
