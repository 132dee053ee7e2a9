"""Schemas JSON Schema allows but a type must read sensibly: enums, ``required``,
discriminators, patterns."""

from __future__ import annotations

import json
from typing import Any

from ..load import JsonPath, LoadedSpec
from ..problems import WARNING
from . import ERROR, rule
from .repair import Fixes, drop, put

INVALID_SCHEMA = rule("invalid-schema", ERROR, "a schema that breaks the JSON Schema meta-schema")
INVALID_PATTERN = rule("invalid-pattern", ERROR, "a `pattern` that is no regular expression")
HUGE_ENUM = rule("huge-enum", ERROR, "an enum too large to be a type")
EMPTY_ENUM = rule(
    "empty-enum",
    WARNING,
    "`enum: []`, which no value matches",
    "the enum is left out: the schema's type alone applies",
)
DUPLICATE_ENUM = rule(
    "duplicate-enum",
    WARNING,
    "an enum listing a value twice",
    "each value is kept once",
)
DUPLICATE_REQUIRED = rule(
    "duplicate-required",
    WARNING,
    "a `required` list naming a property twice",
    "each name is kept once",
)
REQUIRED_UNDEFINED = rule(
    "required-undefined",
    WARNING,
    "a `required` name that no `properties` of the object defines",
    "a required field typed as any JSON value",
)
DISCRIMINATOR_UNUSABLE = rule(
    "discriminator-unusable",
    WARNING,
    "a discriminator whose variants are not all $refs to object schemas, or whose mapping "
    "names something else",
    "responses are decoded with the compiled validators instead, or by the values the "
    "variants allow when those are not their component names",
)


def check_lists(spec: LoadedSpec) -> Fixes:
    """``enum`` and ``required`` lists the meta-schema would refuse, made sensible."""
    fixes = Fixes()
    for path, schema in spec.schemas:
        _required(spec, fixes, path, schema.get("required"))
        values = schema.get("enum")
        if not isinstance(values, list):
            continue
        at = (*path, "enum")
        if not values:
            message = "`enum: []` allows no value: left out, the schema's type alone applies"
            fixes.add(spec.problem(at, message, EMPTY_ENUM, WARNING), drop(at))
            continue
        seen: dict[str, int] = {}
        kept: list[Any] = []
        for i, value in enumerate(values):
            key = _json_key(value)
            if key in seen:
                message = f"enum value {value!r} is listed twice (first at item {seen[key]})"
                fixes.add(spec.problem((*at, i), message, DUPLICATE_ENUM, WARNING))
            else:
                seen[key] = i
                kept.append(value)
        if len(kept) < len(values):
            fixes.edits.append(put(at, kept))
    return fixes


def _required(spec: LoadedSpec, fixes: Fixes, path: JsonPath, names: Any) -> None:
    if not isinstance(names, list) or len(set(map(str, names))) == len(names):
        return
    at = (*path, "required")
    kept: list[Any] = []
    for i, name in enumerate(names):
        if name in kept:
            message = f"required property {name!r} is listed twice: kept once"
            fixes.add(spec.problem((*at, i), message, DUPLICATE_REQUIRED, WARNING))
        else:
            kept.append(name)
    fixes.edits.append(put(at, kept))


def _json_key(value: Any) -> str:
    """Equal JSON values get one key (``1`` and ``1.0``; ``true`` and ``1`` differ)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        return json.dumps(value, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return repr(value)
