"""The compiled validators agree with jsonschema's Draft202012Validator (valid ⇔ no errors).

For every component schema of ``spec/openapi.yaml``, of ``tests/specs/keywords.yaml`` (which
uses every basic keyword the compiler supports) and of ``tests/specs/keywords_2020.yaml``
(prefixItems, uniqueItems, contains, propertyNames, patternProperties, dependentSchemas,
unevaluatedProperties, min/maxProperties), hypothesis generates schema-guided valid instances,
targeted invalid ones (each checked with jsonschema first, so both kinds are always exercised in
equal numbers) and a mix with arbitrary JSON. Every run checks well over 1,000 instances: each
example draws ``BATCH`` instances.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from strategies import SchemaModel

from generator.validators import ANNOTATIONS, compile_validators

ROOT = Path(__file__).resolve().parent.parent
SPECS = {
    "spec": ROOT / "spec" / "openapi.yaml",
    "keywords": ROOT / "tests" / "specs" / "keywords.yaml",
    "keywords_2020": ROOT / "tests" / "specs" / "keywords_2020.yaml",
}
# Three tests per schema (valid, invalid, mixed), each EXAMPLES x BATCH instances: 1,050 per
# schema per run, every one compared with jsonschema.
BATCH = 5
EXAMPLES = 70
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)
Validator = Callable[[object, str, list[str]], None]


@cache
def document(spec: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPECS[spec].read_text(encoding="utf-8"))
    return loaded


@cache
def model(spec: str) -> SchemaModel:
    return SchemaModel(document(spec))


def function_name(schema_name: str) -> str:
    return "validate_" + "".join(f"_{c.lower()}" if c.isupper() else c for c in schema_name).lstrip(
        "_"
    )


@cache
def compiled(spec: str) -> dict[str, Validator]:
    schemas = document(spec)["components"]["schemas"]
    names = {name: function_name(name) for name in schemas}
    namespace: dict[str, Any] = {}
    exec(compile(compile_validators(schemas, names), f"<{spec} validators>", "exec"), namespace)
    return {name: namespace[fn] for name, fn in names.items()}


def errors(spec: str, name: str, instance: Any) -> list[str]:
    found: list[str] = []
    compiled(spec)[name](instance, "body", found)
    assert all(isinstance(e, str) and e.lstrip("`").startswith("body") for e in found), found
    return found


def cases(*, constrained: bool = False) -> list[Any]:
    """One case per component schema; ``constrained`` leaves out those that accept anything."""
    return [
        pytest.param(spec, name, id=f"{spec}-{name}")
        for spec in SPECS
        for name, schema in document(spec)["components"]["schemas"].items()
        if not constrained or (schema is not True and set(schema) - ANNOTATIONS)
    ]


@pytest.mark.parametrize(("spec", "name"), cases())
@SETTINGS
@given(data=st.data())
def test_valid_instances_have_no_errors(spec: str, name: str, data: st.DataObject) -> None:
    for instance in data.draw(st.lists(model(spec).valid(name), min_size=BATCH, max_size=BATCH)):
        assert errors(spec, name, instance) == [], instance


@pytest.mark.parametrize(("spec", "name"), cases(constrained=True))
@SETTINGS
@given(data=st.data())
def test_invalid_instances_have_errors(spec: str, name: str, data: st.DataObject) -> None:
    for instance in data.draw(st.lists(model(spec).invalid(name), min_size=BATCH, max_size=BATCH)):
        assert errors(spec, name, instance) != [], instance


@pytest.mark.parametrize(("spec", "name"), cases())
@SETTINGS
@given(data=st.data())
def test_any_instance_agrees_with_jsonschema(spec: str, name: str, data: st.DataObject) -> None:
    for instance in data.draw(st.lists(model(spec).mixed(name), min_size=BATCH, max_size=BATCH)):
        valid = model(spec).is_valid(name, instance)
        event("valid" if valid else "invalid")
        assert (errors(spec, name, instance) == []) == valid, instance
