"""The validators a build produces agree with jsonschema's Draft202012Validator (valid ⇔ no errors).

``tests/test_validators_property.py`` compiles component schemas as written. The generator
compiles ``api.validators`` of the built IR instead: the request form of each component
(``readOnly`` properties dropped), response forms (``Pet@response``), the ``match_*`` alternatives
of unions (each ``oneOf``/``anyOf`` branch, each type of a type list), parameters, inline bodies
and maps (``additionalProperties`` schemas). Here every spec in ``tests/specs/constructs/`` and
``tests/specs/public/`` is built with ``load_and_build``, its validators are compiled exactly as
the generator does, and each must report a violation exactly when jsonschema does, with
``#/components/schemas/<key>`` resolving to validator ``key``'s schema.

Instances come from ``tests/strategies.py``: candidates built from the schema (one alternative
of each union, or several blended into one value; extra keys for maps), a targeted mutation of
each (a bad entry under a random map key, a dropped required property...) and arbitrary JSON.

One test per distinct schema: validators whose schemas are equal (with everything they refer
to), or that only ``$ref`` another, share its instances and jsonschema's verdict, and each of
their compiled functions must agree with it. A union's instances also go to the ``match_*``
functions of its alternatives, each checked against jsonschema on its own. Every test checks
300 instances per run (``EXAMPLES`` examples of ``2 * PAIRS + ARBITRARY``), valid and invalid
ones (if the schema rejects anything); a union's alternatives must all be missed by some and
exactly one matched by others, and for the unions in ``OVERLAPPING`` several matched at once.
About 31,000 instances per run, 65,000 checks of a compiled function, in well under a minute.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from strategies import JSON, SchemaModel, component

from generator.build.views import RESPONSE
from generator.cli import load_and_build
from generator.validators import ANNOTATIONS, compile_validators

ROOT = Path(__file__).resolve().parent.parent
SPECS = {
    path.stem: path
    for folder in ("constructs", "public")
    for path in sorted((ROOT / "tests" / "specs" / folder).glob("*.yaml"))
}
# Unions whose alternatives one instance can match together: each run must find such instances.
OVERLAPPING = {("any_of_undiscriminated", "ContactPoint"), ("one_of_discriminator", "Event")}
# The key of a union's alternative, after the union's own JSON pointer (see build/kinds/union.py).
ALTERNATIVE = re.compile(r"(/schema)?/(oneOf|anyOf|type)/[0-9]+")
MATCHED = ("no alternative", "one alternative", "several alternatives")  # by number matched
# Each example: PAIRS candidates, a mutation of each, and ARBITRARY values of arbitrary JSON.
PAIRS = 9
ARBITRARY = 2
EXAMPLES = 15  # EXAMPLES x (2 PAIRS + ARBITRARY) = 300 instances per test per run
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)
Function = Callable[[object, str, list[str]], None]
# Values random draws seldom hit: JSON's number rules (True is not 1, 1.0 is an integer), bounds
# of these specs, a trailing newline before `$`, non-ASCII digits. Each validator gets each one,
# and an object with every property name of its spec set to it.
EDGE_VALUES = [
    *(None, True, False, 0, 1, -1, 1.0, 3.0, -0.0, 0.5, 1.5, 59.999, 60, 101, 2**63, 1e300),
    *("", "card", "email", "task", "a" * 64, "+1234567", "+1234567\n", "1234"),
    "\uff11\uff12\uff13\uff14",  # fullwidth digits, not [0-9]
    *([], ["a"], {}, {"a": "b"}),
]


@dataclass(frozen=True)
class Built:
    """A spec's validators: schemas and compiled functions by key, and a model of the schemas."""

    schemas: dict[str, Any]
    functions: dict[str, Function]
    model: SchemaModel


@cache
def built(spec: str) -> Built:
    _, api = load_and_build(SPECS[spec])
    schemas = {v.key: v.schema for v in api.validators}
    source = compile_validators(schemas, {v.key: v.function for v in api.validators})
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<{spec} validators>", "exec"), namespace)
    functions = {v.key: namespace[v.function] for v in api.validators}
    return Built(schemas, functions, SchemaModel({"components": {"schemas": schemas}}))


def keywords(schema: Any) -> set[str]:
    """The keywords of ``schema`` that constrain instances (not annotations or extensions)."""
    if not isinstance(schema, dict):
        return set()
    return {k for k in schema if k not in ANNOTATIONS and not k.startswith("x-")}


def target(spec: str, key: str) -> str:
    """``key``, or the validator it only ``$ref`` s (transitively)."""
    schemas = built(spec).schemas
    seen = {key}
    while keywords(schemas[key]) == {"$ref"} and component(schemas[key]["$ref"]) not in seen:
        key = component(schemas[key]["$ref"])
        seen.add(key)
    return key


def identity(spec: str, key: str) -> str:
    """The schema of ``key`` with every schema it refers to, as text: equal ones validate alike."""
    schemas = built(spec).schemas
    found: dict[str, Any] = {}
    todo = [schemas[key]]
    while todo:
        schema = todo.pop()
        for ref in refs(schema):
            if ref not in found:
                found[ref] = schemas[ref]
                todo.append(schemas[ref])
    return json.dumps([schemas[key], found], sort_keys=True)


def refs(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("$ref"), str):
            yield component(schema["$ref"])
        for value in schema.values():
            yield from refs(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from refs(value)


@dataclass(frozen=True)
class Case:
    """Instances of ``key`` in ``spec``, for the validators in ``members`` (``(spec, key)``)."""

    spec: str
    key: str
    members: tuple[tuple[str, str], ...]


@cache
def groups() -> tuple[Case, ...]:
    by_identity: dict[str, list[tuple[str, str]]] = {}
    for spec in SPECS:
        for key in built(spec).functions:
            by_identity.setdefault(identity(spec, target(spec, key)), []).append((spec, key))
    cases = []
    for members in by_identity.values():
        spec, key = members[0]
        cases.append(Case(spec, target(spec, key), tuple(members)))
    return tuple(cases)


def cases() -> list[Any]:
    return [pytest.param(case, id=f"{case.spec}-{case.key}") for case in groups()]


def alternatives(spec: str, key: str) -> list[str]:
    """The keys of the ``match_*`` validators of the alternatives of union ``key``."""
    if not key.startswith("/"):  # a component, or its response form (`Pet@response`)
        name = key.removesuffix(RESPONSE)
        key = "/components/schemas/" + name.replace("~", "~0").replace("/", "~1")
    return [
        k
        for k in built(spec).functions
        if k.startswith(key) and ALTERNATIVE.fullmatch(k[len(key) :])
    ]


def check(function: Function, instance: Any, valid: bool, who: str) -> None:
    found: list[str] = []
    function(instance, "body", found)
    assert all(isinstance(e, str) and e.lstrip("`").startswith("body") for e in found), (who, found)
    assert (found == []) == valid, (who, instance, found)


@pytest.mark.parametrize("case", cases())
def test_validators_agree_with_jsonschema(case: Case) -> None:
    api = built(case.spec)
    model, schema = api.model, api.schemas[case.key]
    members = [(f"{spec}:{key}", built(spec).functions[key]) for spec, key in case.members]
    union = model.is_union(case.key)
    matchers = alternatives(case.spec, case.key) if union else []
    seen: Counter[str] = Counter()

    @SETTINGS
    @given(
        pairs=st.lists(model.pairs(case.key), min_size=PAIRS, max_size=PAIRS),
        arbitrary=st.lists(JSON, min_size=ARBITRARY, max_size=ARBITRARY),
    )
    def agree(pairs: list[tuple[Any, Any]], arbitrary: list[Any]) -> None:
        for instance in [*(x for pair in pairs for x in pair), *arbitrary]:
            valid = model.is_valid(case.key, instance)
            for who, function in members:
                check(function, instance, valid, who)
            outcome = ["valid" if valid else "invalid"]
            if union:
                outcome.append(MATCHED[min(model.alternatives(case.key, instance), 2)])
            for key in matchers:
                check(api.functions[key], instance, model.is_valid(key, instance), key)
            for name in outcome:
                event(name)
                seen[name] += 1

    agree()
    if schema is not False:
        assert seen["valid"], f"no valid instance: {dict(seen)}"
    if schema is False or keywords(schema):
        assert seen["invalid"], f"no invalid instance: {dict(seen)}"
    if union:
        assert seen[MATCHED[0]] and seen[MATCHED[1]], f"{matchers}: {dict(seen)}"
    if any(member in OVERLAPPING for member in case.members):
        assert seen[MATCHED[2]], dict(seen)


@pytest.mark.parametrize("spec", SPECS)
def test_edge_values_agree_with_jsonschema(spec: str) -> None:
    api = built(spec)
    names = sorted({name for schema in api.schemas.values() for name in property_names(schema)})
    values = [*EDGE_VALUES, *({name: value for name in names} for value in EDGE_VALUES)]
    for key, function in api.functions.items():
        for value in values:
            check(function, value, api.model.is_valid(key, value), key)


def property_names(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("properties"), dict):
            yield from schema["properties"]
        for value in schema.values():
            yield from property_names(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from property_names(value)
