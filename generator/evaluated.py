"""Which properties of an object a schema evaluates, when that is known without an instance.

``unevaluatedProperties`` applies to the properties that no adjacent keyword evaluated:
``properties`` and ``patternProperties`` of the schema, of its ``$ref`` target and of its
``allOf`` parts (recursively), and every key where ``additionalProperties`` (or a nested
``unevaluatedProperties``) is present. Those are known from the schema alone. What ``anyOf``,
``oneOf``, ``if``/``then``/``else`` and ``dependentSchemas`` evaluate depends on the instance;
they are fine only when they cannot add a property the static part does not already cover.
Anything else is refused (:class:`Dynamic`), with the reason, rather than compiled wrongly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Resolve = Callable[[str], Any]  # a $ref → its schema, or None when unknown

_BRANCHES = ("anyOf", "oneOf")
_CONDITIONAL = ("if", "then", "else")


class Dynamic(Exception):
    """The evaluated properties depend on the instance; the message says why."""


@dataclass
class Evaluated:
    names: set[str] = field(default_factory=set)  # property names
    patterns: list[str] = field(default_factory=list)  # patternProperties regexes
    every: bool = False  # additionalProperties (or unevaluatedProperties) evaluates every key

    def covers(self, other: Evaluated) -> bool:
        return self.every or (
            not other.every
            and other.names <= self.names
            and all(p in self.patterns for p in other.patterns)
        )


def evaluated(schema: Mapping[str, Any], resolve: Resolve) -> Evaluated:
    """What ``schema`` evaluates besides its own ``unevaluatedProperties``; raises Dynamic."""
    found = Evaluated()
    maybe: list[tuple[str, Evaluated]] = []
    _collect(schema, resolve, found, maybe, frozenset(), top=True)
    for where, branch in maybe:
        if not found.covers(branch):
            raise Dynamic(
                f"{where} may evaluate properties that the rest of the schema does not declare"
            )
    return found


def _collect(
    schema: Any,
    resolve: Resolve,
    found: Evaluated,
    maybe: list[tuple[str, Evaluated]],
    refs: frozenset[str],
    top: bool = False,
) -> None:
    if not isinstance(schema, Mapping):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in refs:
            raise Dynamic(f"$ref {ref!r} refers back to itself")
        target = resolve(ref)
        if target is None:
            raise Dynamic(f"$ref {ref!r} is not a known schema")
        _collect(target, resolve, found, maybe, refs | {ref})
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        found.names |= {str(name) for name in properties}
    patterns = schema.get("patternProperties")
    if isinstance(patterns, Mapping):
        found.patterns += [str(p) for p in patterns if p not in found.patterns]
    if "additionalProperties" in schema or (not top and "unevaluatedProperties" in schema):
        found.every = True
    for part in schema.get("allOf") or ():
        _collect(part, resolve, found, maybe, refs)
    for key in _BRANCHES:
        for part in schema.get(key) or ():
            maybe.append((key, _branch(part, resolve, refs, key)))
    for key in _CONDITIONAL:
        if key in schema and "if" in schema:
            maybe.append((key, _branch(schema[key], resolve, refs, key)))
    dependent = schema.get("dependentSchemas")
    if isinstance(dependent, Mapping):
        for part in dependent.values():
            maybe.append(("dependentSchemas", _branch(part, resolve, refs, "dependentSchemas")))


def _branch(schema: Any, resolve: Resolve, refs: frozenset[str], where: str) -> Evaluated:
    """What a branch that may or may not apply evaluates (its own branches included)."""
    found = Evaluated()
    maybe: list[tuple[str, Evaluated]] = []
    _collect(schema, resolve, found, maybe, refs)
    for _, inner in maybe:
        found.names |= inner.names
        found.patterns += [p for p in inner.patterns if p not in found.patterns]
        found.every = found.every or inner.every
    return found
