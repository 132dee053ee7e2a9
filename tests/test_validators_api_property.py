"""The validators a build produces agree with jsonschema's Draft202012Validator (valid ⇔ no errors).

``tests/test_validators_property.py`` compiles component schemas as written. The generator
compiles ``api.validators`` of the built IR instead: the request form of each component
(``readOnly`` properties dropped), response forms (``Pet@response``), the ``match_*`` alternatives
of unions (each ``oneOf``/``anyOf`` branch, each type of a type list), parameters, inline bodies
and maps (``additionalProperties`` schemas). Here every spec in ``tests/specs/constructs/`` and
``tests/specs/public/``, and ``spec/openapi.yaml``, is built with ``load_and_build``; its
validators are compiled exactly as the generator does, and each must report a violation exactly
when jsonschema does, with ``#/components/schemas/<key>`` resolving to validator ``key``'s schema.

Instances come from ``tests/strategies.py``: candidates built from the schema (one alternative
of each union, or several blended into one value, extra keys for maps), targeted mutations (a
bad entry under a random map key, a dropped required property...) and arbitrary JSON. Every
validator sees ``EXAMPLES * BATCH`` instances per run, valid and invalid ones (if it can reject
anything); the alternatives of a union must all be missed and exactly one matched, and for the
unions in ``OVERLAPPING`` several matched, by some of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from strategies import SchemaModel

from generator.cli import load_and_build
from generator.validators import ANNOTATIONS, compile_validators

ROOT = Path(__file__).resolve().parent.parent
SPECS = {
    path.stem: path
    for path in [
        ROOT / "spec" / "openapi.yaml",
        *sorted((ROOT / "tests" / "specs" / "constructs").glob("*.yaml")),
        *sorted((ROOT / "tests" / "specs" / "public").glob("*.yaml")),
    ]
}
# Unions with alternatives that one instance can match together: each run must find such one.
OVERLAPPING = {("any_of_undiscriminated", "ContactPoint"), ("one_of_discriminator", "Event")}
BATCH = 5
EXAMPLES = 60  # EXAMPLES x BATCH = 300 instances per validator per run
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


@dataclass(frozen=True)
class Built:
    """A spec's compiled validators, by key, and the model of their schemas."""

    functions: dict[str, Function]
    schemas: dict[str, Any]
    model: SchemaModel


@cache
def built(spec: str) -> Built:
    _, api = load_and_build(SPECS[spec])
    schemas = {v.key: v.schema for v in api.validators}
    source = compile_validators(schemas, {v.key: v.function for v in api.validators})
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<{spec} validators>", "exec"), namespace)
    functions = {v.key: namespace[v.function] for v in api.validators}
    return Built(functions, schemas, SchemaModel({"components": {"schemas": schemas}}))


def constrained(schema: Any) -> bool:
    """Whether ``schema`` can reject an instance (it has a keyword besides annotations)."""
    if isinstance(schema, bool):
        return not schema
    return any(k not in ANNOTATIONS and not str(k).startswith("x-") for k in schema)


def cases() -> list[Any]:
    return [
        pytest.param(spec, key, id=f"{spec}-{key}")
        for spec in SPECS
        for key in built(spec).functions
    ]


@pytest.mark.parametrize(("spec", "key"), cases())
def test_validator_agrees_with_jsonschema(spec: str, key: str) -> None:
    api = built(spec)
    model, function = api.model, api.functions[key]
    union = model.is_union(key)
    seen: Counter[str] = Counter()

    @SETTINGS
    @given(data=st.data())
    def agree(data: st.DataObject) -> None:
        for instance in data.draw(st.lists(model.mixed(key), min_size=BATCH, max_size=BATCH)):
            valid = model.is_valid(key, instance)
            found: list[str] = []
            function(instance, "body", found)
            assert all(isinstance(e, str) and e.startswith("body") for e in found), found
            assert (found == []) == valid, (instance, found)
            outcome = ["valid" if valid else "invalid"]
            if union:
                matches = model.alternatives(key, instance)
                outcome.append(("none", "one")[matches] if matches < 2 else "several")
            for name in outcome:
                event(name)
                seen[name] += 1

    agree()
    assert seen["valid"], f"no valid instance: {dict(seen)}"
    if constrained(api.schemas[key]):
        assert seen["invalid"], f"no invalid instance: {dict(seen)}"
    if union:
        assert seen["none"] and seen["one"], f"alternatives matched: {dict(seen)}"
    if (spec, key) in OVERLAPPING:
        assert seen["several"], f"alternatives matched: {dict(seen)}"
