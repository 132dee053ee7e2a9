"""The fast meta-schema answers (jsonschema-rs) never call valid what jsonschema rejects.

generator/metaschema.py asks the compiled validator first and skips the Python one only when the
compiled one says "valid"; this checks that promise on every spec under tests/specs (good and
bad: whole documents, and each schema object against JSON Schema 2020-12 and the OpenAPI 3.1
dialect, as openapi-spec-validator checks it), and on small schemas made to fail each way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from openapi_schema_validator import OAS31Validator
from openapi_schema_validator._format import oas31_format_checker
from openapi_spec_validator.schemas import schema_v30, schema_v31

from generator import metaschema, openapi30
from generator.load import load_spec
from generator.problems import SpecError
from generator.schemas import document_schemas

SPECS = sorted(
    p
    for p in (Path(__file__).parent / "specs").rglob("*")
    if p.suffix in (".yaml", ".yml", ".json")
)


def _loaded(path: Path) -> dict[str, Any]:
    try:
        return load_spec(path).data
    except SpecError:
        pytest.skip("does not load")


def _python_valid_schema(schema: Any) -> bool:
    return not any(
        jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA).iter_errors(
            schema
        )
    )


def _python_valid_dialect(schema: Any) -> bool:
    try:
        OAS31Validator.check_schema(schema, format_checker=oas31_format_checker)
    except jsonschema.exceptions.SchemaError:
        return False
    return True


@pytest.mark.parametrize("path", SPECS, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_fast_valid_means_python_valid(path: Path) -> None:
    data = _loaded(path)
    if openapi30.family(data) is None:
        return
    is30 = openapi30.is_openapi30(data)
    if metaschema._fast("3.0" if is30 else "3.1")(data):
        schema = schema_v30 if is30 else schema_v31
        cls = jsonschema.Draft4Validator if is30 else jsonschema.Draft202012Validator
        assert not list(cls(schema).iter_errors(data))
    if is30:
        return
    for _, schema in document_schemas(data):
        if metaschema._fast("2020-12")(schema):
            assert _python_valid_schema(schema)
        if metaschema._fast("oas-dialect")(schema):
            assert _python_valid_dialect(schema)


BAD_SCHEMAS = [
    {"type": "strnig"},
    {"type": "object", "properties": {"a": {"minimum": "1"}}},
    {"required": "name"},
    {"enum": 3},
    {"items": [{"type": "string"}], "maxItems": -1},
    {"$ref": 5},
    {"discriminator": {"mapping": {"a": "#/x"}}},  # no propertyName: only the dialect says so
    {"externalDocs": {"description": "no url"}},
    {"pattern": "(unclosed"},
]


@pytest.mark.parametrize("schema", BAD_SCHEMAS, ids=repr)
def test_fast_check_agrees_on_bad_schemas(schema: dict[str, Any]) -> None:
    if metaschema._fast("2020-12")(schema):
        assert _python_valid_schema(schema)
    if metaschema._fast("oas-dialect")(schema):
        assert _python_valid_dialect(schema)
    assert not (_python_valid_schema(schema) and _python_valid_dialect(schema)) or schema == {
        "pattern": "(unclosed"
    }


def test_the_fast_path_is_there() -> None:
    """Without jsonschema-rs everything still works, but slowly: the dependency must install."""
    assert metaschema._fast("3.1") is not metaschema._unsure
    assert metaschema._fast("3.1")(
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    )


@pytest.mark.parametrize("path", SPECS, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_the_librarys_checks_find_the_same_with_set_backed_registries(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openapi-spec-validator's visited-schema registries are replaced by ``_Ids`` (a list whose
    ``in`` is a set lookup): its findings, in order, must be what its plain lists give."""
    data = _loaded(path)
    if openapi30.family(data) is None:
        return
    is30 = openapi30.is_openapi30(data)
    try:
        ours = [str(e) for e in metaschema.openapi_spec_validator_errors(data, is30)]
    except Exception as exc:  # the library's own failure on a hostile spec: the same either way
        ours = [f"raised {type(exc).__name__}"]
    monkeypatch.setattr(metaschema, "_Ids", list)
    try:
        plain = [str(e) for e in metaschema.openapi_spec_validator_errors(data, is30)]
    except Exception as exc:
        plain = [f"raised {type(exc).__name__}"]
    assert ours == plain


def test_the_registry_answers_in_like_a_list() -> None:
    ids = metaschema._Ids()
    for item in (3, 1, 3):
        ids.append(item)
    assert list(ids) == [3, 1, 3]
    assert 1 in ids and 3 in ids and 2 not in ids
