"""Defaults and examples that break their own schema.

Vendors ship them (Twilio's specs have dozens, Cloudflare's RealtimeKit section 24), and their
users cannot edit the file. No code depends on an example, so a wrong one is left out of the
docs and the mock. A wrong default is coerced when the conversion loses nothing (``'True'`` for
a boolean, ``"1"`` for an integer); otherwise it is left out of the signatures, the docs and
the mock, and the server applies its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..load import JsonPath, LoadedSpec
from ..problems import WARNING
from ..schemas import deref, lookup, validator_for
from . import rule
from .repair import Fixes, drop, put
from .wording import deepest, shorten

DEFAULT_MISMATCH = rule(
    "default-mismatch",
    WARNING,
    "a default that its own schema rejects",
    "coerced when lossless ('True' → true, \"1\" → 1); otherwise left out of signatures, "
    "docs and the mock",
)
EXAMPLE_MISMATCH = rule(
    "example-mismatch",
    WARNING,
    "an example that its own schema rejects",
    "left out of the docs and the mock",
)

_NOTHING: Any = object()  # no lossless conversion
_INTEGER = re.compile(r"[-+]?[0-9]+")
_NUMBER = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def check(spec: LoadedSpec) -> Fixes:
    fixes = Fixes()
    for schema_path, value, at, whole, what in _values(spec):
        _check_value(spec, fixes, schema_path, value, at, whole, what)
    return fixes


def _values(spec: LoadedSpec) -> Iterator[tuple[JsonPath, Any, JsonPath, JsonPath, str]]:
    """``(schema path, value, where it is, what goes when it is wrong, default|example)``."""
    for path, schema in spec.schemas:
        for key in ("default", "example"):
            if key in schema:
                yield path, schema[key], (*path, key), (*path, key), key
        examples = schema.get("examples")
        for i, example in enumerate(examples if isinstance(examples, list) else ()):
            at = (*path, "examples", i)
            yield path, example, at, at, "example"
    for path, holder in spec.mappings:
        if not isinstance(holder.get("schema"), Mapping):
            continue
        if "example" in holder:
            at = (*path, "example")
            yield (*path, "schema"), holder["example"], at, at, "example"
        examples = holder.get("examples")
        for name, example in examples.items() if isinstance(examples, Mapping) else ():
            if isinstance(example, Mapping) and "value" in example:
                # The whole named example goes when its value is wrong.
                at = (*path, "examples", name)
                yield (*path, "schema"), example["value"], (*at, "value"), at, "example"


def _check_value(
    spec: LoadedSpec,
    fixes: Fixes,
    schema_path: JsonPath,
    value: Any,
    at: JsonPath,
    whole: JsonPath,
    what: str,
) -> None:
    validator = validator_for(spec.data, schema_path, formats=True)
    try:
        errors = [deepest(e) for e in validator.iter_errors(value)]
    except Exception:  # a dangling ref or a schema the meta-schema refuses: their rules say why
        return
    if not errors:
        return
    rule_id = DEFAULT_MISMATCH if what == "default" else EXAMPLE_MISMATCH
    coerced = _coerced(spec, schema_path, value) if what == "default" else _NOTHING
    if coerced is not _NOTHING and not any(True for _ in validator.iter_errors(coerced)):
        message = f"default {value!r} does not match its schema; read as {coerced!r}"
        fixes.add(spec.problem(at, message, rule_id, WARNING), put(at, coerced))
        return
    fallback = "left out" if what == "example" else "left out: the server applies its own"
    for error in errors:
        inner = ".".join(str(p) for p in error.absolute_path)
        inner = f" at {inner}" if inner else ""
        message = f"{what} does not match its schema{inner}: {shorten(error.message)} ({fallback})"
        problem = spec.problem((*at, *error.absolute_path), message, rule_id, WARNING)
        fixes.add(problem, drop(whole))


def _coerced(spec: LoadedSpec, schema_path: JsonPath, value: Any) -> Any:
    """``value`` converted to the schema's one type without losing anything, if it can be."""
    try:
        schema = deref(spec.data, lookup(spec.data, schema_path))
    except KeyError:
        return _NOTHING
    kind = schema.get("type") if isinstance(schema, Mapping) else None
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if isinstance(value, str):
        text = value.strip()
        if kind == "boolean" and text.lower() in ("true", "false"):
            return text.lower() == "true"
        if kind == "integer" and _INTEGER.fullmatch(text):
            return int(text)
        if kind == "number" and _NUMBER.fullmatch(text):
            number = float(text)
            return int(number) if number.is_integer() and "." not in text else number
    if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if kind == "string" and isinstance(value, bool):
        return "true" if value else "false"
    return _NOTHING
