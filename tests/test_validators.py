"""Unit tests of the schema → Python validator compiler (generator/validators.py).

Each test compiles small schemas, executes the source into a namespace and checks the exact
messages. The generated source itself must pass ruff and mypy --strict (last tests).
"""

from __future__ import annotations

import ast
import datetime
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.schema_support import keyword_problems
from generator.validators import compile_validators, unsupported_keywords

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
KEYWORDS = ROOT / "tests" / "specs" / "keywords.yaml"
KEYWORDS_2020 = ROOT / "tests" / "specs" / "keywords_2020.yaml"
Validator = Callable[[object, str, list[str]], None]


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def names_for(schemas: Mapping[str, Any]) -> dict[str, str]:
    return {name: f"validate_{snake(name)}" for name in schemas}


def compiled(
    schemas: Mapping[str, Any], names: Mapping[str, str] | None = None
) -> dict[str, Validator]:
    """``{schema name: compiled function}``."""
    names = names or names_for(schemas)
    namespace: dict[str, Any] = {}
    exec(compile(compile_validators(schemas, names), "<validators>", "exec"), namespace)
    return {name: namespace[fn] for name, fn in names.items()}


def check(schema: Any, instance: Any, path: str = "body", **others: Any) -> list[str]:
    """Errors of ``instance`` against ``schema`` (named ``S``; ``others`` are more components)."""
    errors: list[str] = []
    compiled({"S": schema, **others})["S"](instance, path, errors)
    return errors


def spec_schemas(path: Path = SPEC) -> dict[str, Any]:
    schemas: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))["components"][
        "schemas"
    ]
    return schemas


@pytest.fixture(scope="module")
def spec() -> dict[str, Validator]:
    return compiled(spec_schemas())


def run(function: Validator, instance: Any, path: str = "") -> list[str]:
    errors: list[str] = []
    function(instance, path, errors)
    return errors


# -- keywords, one by one ----------------------------------------------------------------------
def test_type_follows_json_schema() -> None:
    assert check({"type": "integer"}, "5") == ["body: '5' is not of type 'integer'"]
    assert check({"type": "integer"}, 3.0) == []  # 3.0 is an integer in JSON Schema
    assert check({"type": "integer"}, True) == ["body: True is not of type 'integer'"]
    assert check({"type": "number"}, False) == ["body: False is not of type 'number'"]
    assert check({"type": "number"}, 2.5) == []
    assert check({"type": "boolean"}, 1) == ["body: 1 is not of type 'boolean'"]
    assert check({"type": "null"}, None) == []
    assert check({"type": "object"}, [1]) == ["body: [...] is not of type 'object'"]
    assert check({"type": "array"}, {}) == ["body: {} is not of type 'array'"]
    assert check({"type": ["string", "null"]}, 7) == ["body: 7 is not of type 'string', 'null'"]
    assert check({"type": ["string", "null"]}, None) == []


def test_enum_and_const_use_json_equality() -> None:
    assert check({"enum": ["a", "b"]}, "c") == ["body: 'c' is not one of 'a', 'b'"]
    assert check({"enum": ["a", "b"]}, ["a"]) == ["body: [...] is not one of 'a', 'b'"]
    assert check({"enum": [1, None]}, 1.0) == []
    assert check({"enum": [1, None]}, True) == ["body: True is not one of 1, None"]
    assert check({"enum": [[1, True]]}, [1.0, True]) == []
    assert check({"enum": [[1, True]]}, [1, 1]) != []
    assert check({"const": 1}, True) == ["body: True is not equal to 1"]
    assert check({"const": 1}, 1.0) == []
    assert check({"const": False}, 0) == ["body: 0 is not equal to False"]
    assert check({"const": "VP8"}, "H264") == ["body: 'H264' is not equal to 'VP8'"]
    assert check({"const": {"a": [1]}}, {"a": [1.0]}) == []
    assert check({"const": None}, 0) == ["body: 0 is not equal to None"]


def test_number_bounds() -> None:
    schema = {"type": "integer", "minimum": 60, "maximum": 86400}
    assert check(schema, 5) == ["body: 5 is less than the minimum of 60"]
    assert check(schema, 86401) == ["body: 86401 is greater than the maximum of 86400"]
    assert check(schema, 60) == check(schema, 86400) == []
    exclusive = {"exclusiveMinimum": 0, "exclusiveMaximum": 1.5}
    assert check(exclusive, 0) == ["body: 0 is less than or equal to the exclusive minimum of 0"]
    assert check(exclusive, 1.5) == [
        "body: 1.5 is greater than or equal to the exclusive maximum of 1.5"
    ]
    assert check(exclusive, "not a number") == []  # bounds apply to numbers only
    assert check(exclusive, True) == []  # a bool is not a number
    assert check({"multipleOf": 5}, 12) == ["body: 12 is not a multiple of 5"]
    assert check({"multipleOf": 5}, 15.0) == []
    assert check({"multipleOf": 0.5}, 1.25) == ["body: 1.25 is not a multiple of 0.5"]
    assert check({"multipleOf": 0.5}, 10**30) == []  # exact even where floats overflow


def test_string_keywords_count_code_points_and_search_patterns() -> None:
    schema = {"type": "string", "minLength": 2, "maxLength": 3, "pattern": "[0-9]"}
    assert check(schema, "🎥1") == []  # two code points
    assert check(schema, "a") == [
        "body: 'a' is shorter than the minimum length of 2",
        "body: 'a' does not match the pattern '[0-9]'",
    ]
    assert check(schema, "abcd1") == ["body: 'abcd1' is longer than the maximum length of 3"]
    assert check({"maxLength": 1, "pattern": "x"}, 12345) == []  # they ignore other types


def test_pattern_is_compiled_once_at_module_level() -> None:
    names = {"S": "validate_s"}
    source = compile_validators({"S": {"pattern": "^a+$"}}, names)
    assert source.startswith("import re\n")
    assert re.search(r"^_S_PATTERN = re\.compile\('\^a\+\$'\)$", source, re.MULTILINE)
    assert source.count("re.compile(") == 1


def test_object_keywords() -> None:
    schema = {
        "type": "object",
        "required": ["codec"],
        "properties": {"codec": {"type": "string"}},
        "additionalProperties": False,
        "dependentRequired": {"type": ["access_key"]},
        "maxProperties": 2,
    }
    assert check(schema, {"codec": "x"}) == []
    assert check(schema, {"type": 1, "codec": 2, "z": 0}) == [
        "body: expected at most 2 properties, got 3",
        "`body.access_key` is required because `body.type` is set",
        "body.codec: 2 is not of type 'string'",
        "body: unexpected property 'type'",
        "body: unexpected property 'z'",
    ]
    assert check(schema, {}) == ["body: 'codec' is a required property"]
    extra = {"additionalProperties": {"type": "integer"}, "minProperties": 1}
    assert check(extra, {"a": 1, "b": "x"}) == ["body.b: 'x' is not of type 'integer'"]
    assert check(extra, {}) == ["body: expected at least 1 property, got 0"]


def test_array_keywords_and_index_paths() -> None:
    schema = {
        "type": "array",
        "minItems": 1,
        "maxItems": 3,
        "items": {"type": "object", "properties": {"points": {"type": "integer", "minimum": 0}}},
    }
    assert check(schema, []) == ["body: expected at least 1 item, got 0"]
    assert check(schema, [{}, {"points": -1}, 5, {}]) == [
        "body: expected at most 3 items, got 4",
        "body[1].points: -1 is less than the minimum of 0",
        "body[2]: 5 is not of type 'object'",
    ]
    assert check({"items": False}, [1, 2]) == ["body: expected no items, got 2"]
    assert check({"items": {"type": "string"}}, [1], path="") == ["[0]: 1 is not of type 'string'"]


def test_boolean_subschemas() -> None:
    schema = {"properties": {"gone": False, "any": True}}
    assert check(schema, {"gone": 1, "any": [1]}) == ["body.gone: 1 is not allowed here"]
    assert check(False, None) == ["body: None is not allowed here"]
    assert check(True, object()) == []


def test_if_then_else_reports_the_branch_violations() -> None:
    schema = {
        "if": {"properties": {"kind": {"const": "company"}}, "required": ["kind"]},
        "then": {"required": ["vat"]},
        "else": {"properties": {"vat": False}},
    }
    assert check(schema, {"kind": "company"}) == [
        "`body.vat` is required because `body.kind` is `company`"
    ]
    assert check(schema, {"kind": "person", "vat": "x"}) == [
        "body.vat: 'x' is not allowed here because `body.kind` is not `company`"
    ]
    assert check(schema, {"kind": "company", "vat": "x"}) == []
    assert check({"if": {"type": "string"}}, 5) == []  # `if` alone constrains nothing


def test_not_allof_anyof_oneof() -> None:
    assert check({"not": {"required": ["codec"]}}, {"codec": 1}) == [
        "body: 'codec' must not be set"
    ]
    assert check({"not": {"required": ["a", "b"]}}, {"a": 1, "b": 2}) == [
        "body: 'a', 'b' must not all be set"
    ]
    assert check({"not": {"type": "string"}}, "x") == ["body: must not match the schema"]
    assert check({"not": {"type": "string"}}, 1) == []
    all_of = {"allOf": [{"type": "integer"}, {"minimum": 3}, {"$ref": "#/components/schemas/T"}]}
    assert check(all_of, 1.5, T={"maximum": 1}) == [
        "body: 1.5 is not of type 'integer'",
        "body: 1.5 is less than the minimum of 3",
        "body: 1.5 is greater than the maximum of 1",
    ]
    any_of = {"anyOf": [{"type": "integer"}, {"type": "string", "minLength": 2}]}
    assert check(any_of, "a") == ["body: 'a' does not match any of the 2 anyOf alternatives"]
    assert check(any_of, "ab") == check(any_of, 7) == []
    one_of = {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 10}]}
    assert check(one_of, 3) == check(one_of, 10.5) == []
    assert check(one_of, 11) == [
        "body: 11 must match exactly one of the 2 oneOf alternatives, not 2"
    ]
    assert check(one_of, "x") == [
        "body: 'x' must match exactly one of the 2 oneOf alternatives, not 0"
    ]


def test_ref_calls_the_referenced_function() -> None:
    schemas = {
        "Outer": {"properties": {"inner": {"$ref": "#/components/schemas/Inner"}}},
        "Inner": {"type": "object", "required": ["x"]},
    }
    source = compile_validators(schemas, names_for(schemas))
    assert "validate_inner(value['inner'], _at(path, 'inner'), errors)" in source
    errors: list[str] = []
    compiled(schemas)["Outer"]({"inner": {}}, "req", errors)
    assert errors == ["req.inner: 'x' is a required property"]


def test_every_violation_is_reported_not_only_the_first() -> None:
    schema = {
        "type": "object",
        "required": ["a", "b"],
        "properties": {"c": {"type": "integer", "minimum": 10, "enum": [20, 30]}},
    }
    assert check(schema, {"c": 1.5}) == [
        "body: 'a' is a required property",
        "body: 'b' is a required property",
        "body.c: 1.5 is not of type 'integer'",
        "body.c: 1.5 is not one of 20, 30",
        "body.c: 1.5 is less than the minimum of 10",
    ]


def test_functions_never_raise_on_any_json_value() -> None:
    schema = yaml.safe_load(KEYWORDS.read_text(encoding="utf-8"))["components"]["schemas"]
    functions = compiled(schema)
    weird = [None, True, 0, -1.5, 1e308, "", "x" * 500, [], [[[]]], {}, {"id": {"x": []}}]
    for function in functions.values():
        for value in weird:
            run(function, value, "body")


def test_long_values_are_shortened_in_messages() -> None:
    (message,) = check({"type": "integer"}, "x" * 500)
    assert message == "body: '" + "x" * 76 + "... is not of type 'integer'"


# -- the real spec -----------------------------------------------------------------------------
def test_spec_messages_name_the_json_path(spec: dict[str, Validator]) -> None:
    request = {
        "max_seconds": 5,
        "video_config": {
            "codec": "VP8",
            "width": "wide",
            "watermark": {"position": "center", "size": {"width": 0}},
        },
        "audio_config": {"codec": "AAC"},
        "storage_config": {"type": "aws"},
    }
    assert run(spec["StartRecordingRequest"], request) == [
        "`storage_config.access_key` is required because `storage_config.type` is `aws`, "
        "`azure` or `digitalocean`",
        "video_config.width: 'wide' is not of type 'integer'",
        "video_config.watermark.size.width: 0 is less than the minimum of 1",
        "video_config.watermark.position: 'center' is not one of "
        "'right bottom', 'right top', 'left bottom', 'left top'",
        "max_seconds: 5 is less than the minimum of 60",
        "`audio_config.codec` must not be set because `video_config.codec` is `VP8`",
    ]
    assert run(spec["StartRecordingRequest"], {"video_config": {"codec": "VP8"}}) == []
    assert run(spec["StartRecordingRequest"], [], "request") == [
        "request: [] is not of type 'object'"
    ]


def test_spec_conditionals(spec: dict[str, Validator]) -> None:
    storage = spec["StorageConfig"]
    assert run(storage, {"type": "gcs"}) == []
    assert run(storage, {"type": "sftp", "auth_method": "KEY"}, "storage_config") == [
        "`storage_config.private_key` is required because `storage_config.auth_method` is `KEY`"
    ]
    assert run(storage, {"type": "sftp", "auth_method": "PASSWORD"}) == [
        "`password` is required because `auth_method` is `PASSWORD`"
    ]
    assert run(storage, {"type": "azure", "access_key": "k"}) == []


def test_secret_values_never_appear_in_messages(spec: dict[str, Validator]) -> None:
    secrets = {"access_key": 1234567, "secret": ["s3cr3t"], "password": 98765, "private_key": 4321}
    errors = run(spec["StorageConfig"], {"type": "sftp", **secrets}, "storage_config")
    assert errors == [
        "storage_config.access_key: value is not of type 'string'",
        "storage_config.secret: value is not of type 'string'",
        "storage_config.password: value is not of type 'string'",
        "storage_config.private_key: value is not of type 'string'",
    ]
    token = {"type": "string", "minLength": 8, "pattern": "^tok_", "enum": ["tok_12345678"]}
    schema = {
        "properties": {
            "key": {"$ref": "#/components/schemas/Token", "writeOnly": True},
            "pin": {"type": "string", "format": "password", "maxLength": 4},
            "box": {"writeOnly": True, "properties": {"inner": {"const": 1}}},
        }
    }
    errors = check(schema, {"key": "hunter2", "pin": "hunter22", "box": {"inner": 99}}, Token=token)
    assert errors == [
        "body.key: value is not one of 'tok_12345678'",
        "body.key: value is shorter than the minimum length of 8",
        "body.key: value does not match the pattern '^tok_'",
        "body.pin: value is longer than the maximum length of 4",
        "body.box.inner: value is not equal to 1",
    ]
    assert not any(s in e for e in errors for s in ("hunter", "99"))
    # The Token component itself, used elsewhere, still shows values.
    assert check({"$ref": "#/components/schemas/Token"}, "hunter2", Token=token)[0].startswith(
        "body: 'hunter2'"
    )


# -- hostile input -----------------------------------------------------------------------------
HOSTILE = [
    "say \"hi\" and 'bye'",
    "\"\"\"triple\"\"\" and '''single'''",
    "back\\slash \\n \\u0041 \\",
    "{{ jinja }} {% raw %} {0} {!r}",
    "line one\nline two\r\n\x00\x1b\u2028",
    "ünïcödé ✓ 🎥 中文 \u200b",
    'ends with a quote"',
    "trailing backslash\\",
    "class",
    "value",
    "path",
    "errors",
    "x" * 150 + " long " + "y" * 70 + "\U0001f3a5" * 30,
]


HOSTILE_NAMES = {'Hostile "\\ Name': "validate_hostile"}


def hostile_schemas() -> dict[str, Any]:
    properties = {
        text: {"type": "string", "enum": [text, text + "!"], "description": '"""'}
        for text in HOSTILE
    }
    return {
        'Hostile "\\ Name': {
            "type": "object",
            "required": HOSTILE[:4],
            "properties": {
                **properties,
                "pattern": {"type": "string", "pattern": re.escape(HOSTILE[1]) + "|" + HOSTILE[3]},
                "const": {"const": {HOSTILE[0]: [HOSTILE[2], 1.5, None, True]}},
                "big": {"type": "integer", "maximum": 10**40},
            },
            "dependentRequired": {HOSTILE[4]: [HOSTILE[5]]},
            "additionalProperties": False,
        }
    }


def test_hostile_names_and_values_compile_and_behave() -> None:
    schemas = hostile_schemas()
    function = compiled(schemas, HOSTILE_NAMES)['Hostile "\\ Name']
    good = {text: text for text in HOSTILE}
    good |= {"const": {HOSTILE[0]: [HOSTILE[2], 1.5, None, True]}, "big": 10**40}
    assert run(function, good, "body") == []
    bad = {text: text + "?" for text in HOSTILE[:4]}
    bad |= {"pattern": "nothing", "big": 10**40 + 1, HOSTILE[4]: HOSTILE[4], "{{x}}": 1}
    errors = run(function, bad, "body")
    assert errors[0] == f"`body.{HOSTILE[5]}` is required because `body.{HOSTILE[4]}` is set"
    for text in HOSTILE[:4]:
        assert f"body.{text}: {text + '?'!r} is not one of {text!r}, {text + '!'!r}" in errors
    assert f"body.big: {10**40 + 1} is greater than the maximum of {10**40}" in errors
    assert "body: unexpected property '{{x}}'" in errors
    assert len(errors) == 8, errors


def test_generated_source_is_ascii_with_short_lines() -> None:
    source = compile_validators(hostile_schemas(), HOSTILE_NAMES)
    assert source.isascii()
    tree = ast.parse(source)
    assert not [
        d
        for d in tree.body
        if isinstance(d, ast.FunctionDef)
        and ast.get_docstring(d)
        and "Hostile" in str(ast.get_docstring(d))
    ]  # odd names stay out of docstrings
    # Long literals are module constants split into short chunks; code lines stay formattable.
    assert max(len(line) for line in source.splitlines() if line.startswith("    '")) <= 70


def test_output_is_deterministic() -> None:
    script = (
        "import sys, yaml; from generator.validators import compile_validators;"
        "s = yaml.safe_load(open(sys.argv[1]))['components']['schemas'];"
        "names = {n: 'validate_' + str(i) for i, n in enumerate(s)};"
        "sys.stdout.write(compile_validators(s, names))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(KEYWORDS)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    assert outputs.pop().startswith("import re\n")


# -- unsupported keywords ----------------------------------------------------------------------
def test_unsupported_keywords_are_reported_with_their_location() -> None:
    schema = {
        "type": "object",
        "discriminator": {"propertyName": "kind"},  # an OpenAPI annotation, fine
        "description": "annotations are fine",
        "x-anything": 1,
        "properties": {
            "a": {"type": "string", "nullable": True},
            "b": {"type": "array", "prefixItems": [{}], "unevaluatedItems": False},
            "c": {"$ref": "#/components/schemas/C/properties/x"},
            "d": {"patternProperties": {"(": {}}, "propertyNames": {"$recursiveRef": "#"}},
            "e": {"anyOf": [{"properties": {"z": {}}}], "unevaluatedProperties": False},
        },
        "patternProperties": {"^x": {}},  # supported now
        "dependentSchemas": {"a": {"$dynamicRef": "#meta"}},
        "allOf": [{"$dynamicRef": "#meta"}, {"then": {}}],
        "not": {"enum": [datetime.date(2024, 1, 1)]},
        "anyOf": [{"minimum": float("inf")}],
    }
    assert unsupported_keywords(schema) == [
        (("not",), "enum"),
        (("allOf", 0), "$dynamicRef"),
        (("allOf", 1), "then"),
        (("anyOf", 0), "minimum"),
        (("properties", "a"), "nullable"),
        (("properties", "b"), "unevaluatedItems"),
        (("properties", "c"), "$ref"),
        (("properties", "d"), "patternProperties"),
        (("properties", "d", "propertyNames"), "$recursiveRef"),
        (("properties", "e"), "unevaluatedProperties"),
        (("dependentSchemas", "a"), "$dynamicRef"),
    ]
    messages = {keyword: message for _, keyword, message in keyword_problems(schema)}
    assert "'(' is not a valid regular expression" in messages["patternProperties"]
    assert "anyOf may evaluate properties" in messages["unevaluatedProperties"]
    assert "only as '#' inside a component schema" in messages["$recursiveRef"]
    with pytest.raises(ValueError, match="unevaluatedItems"):
        compile_validators({"S": schema}, {"S": "validate_s"})


def test_unevaluated_properties_needs_statically_known_properties() -> None:
    base = {"properties": {"a": {}}, "patternProperties": {"^x-": {}}}
    schemas = {"Base": base, "Open": {"additionalProperties": {"type": "string"}}}
    ok = [
        {"allOf": [{"$ref": "#/components/schemas/Base"}], "unevaluatedProperties": False},
        {"$ref": "#/components/schemas/Open", "unevaluatedProperties": False},
        # a branch that evaluates only what is declared anyway changes nothing
        {
            "properties": {"kind": {}, "a": {}},
            "if": {"properties": {"kind": {"const": 1}}},
            "then": {"required": ["a"]},
            "oneOf": [{"required": ["kind"]}, {"not": {"properties": {"q": {}}}}],
            "unevaluatedProperties": False,
        },
    ]
    for schema in ok:
        assert keyword_problems(schema, schemas) == [], schema
    refused = [
        {"oneOf": [{"properties": {"b": {}}}], "unevaluatedProperties": False},
        {"dependentSchemas": {"a": {"patternProperties": {"^y": {}}}}, "unevaluatedProperties": {}},
        {"if": {"additionalProperties": True}, "then": {}, "unevaluatedProperties": False},
        {"allOf": [{"$ref": "#/components/schemas/Missing"}], "unevaluatedProperties": False},
    ]
    for schema in refused:
        assert [k for _, k, _ in keyword_problems(schema, schemas)] == ["unevaluatedProperties"]


def test_2020_array_keywords() -> None:
    unique = {"uniqueItems": True}
    assert check(unique, [1, True, "1", [1], [True], {"a": 1}, {"a": True}]) == []
    assert check(unique, [1, 1.0]) == ["body: [...] has non-unique elements"]
    assert check(unique, [{"a": [1]}, {"a": [1.0]}]) == ["body: [...] has non-unique elements"]
    pair = {"prefixItems": [{"type": "string"}, {"type": "integer"}], "items": False}
    assert check(pair, ["a"]) == []
    assert check(pair, [1, "a", None]) == [
        "body[0]: 1 is not of type 'string'",
        "body[1]: 'a' is not of type 'integer'",
        "body: expected at most 2 items, got 3",
    ]
    rest = {"prefixItems": [{"type": "string"}], "items": {"type": "integer"}}
    assert check(rest, ["a", 1, "b"]) == ["body[2]: 'b' is not of type 'integer'"]
    contains = {"contains": {"const": "x"}, "minContains": 2, "maxContains": 2}
    assert check(contains, ["x", 1, "x"]) == []
    assert check(contains, ["x"]) == ["body: expected at least 2 matching items, got 1"]
    assert check(contains, ["x"] * 3) == ["body: expected at most 2 matching items, got 3"]
    assert check({"contains": {}, "minContains": 0}, []) == []


def test_2020_object_keywords() -> None:
    keys = {"propertyNames": {"pattern": "^[a-z]+$"}}
    assert check(keys, {"ab": 1, "Ab": 2}) == ["body: 'Ab' does not match the pattern '^[a-z]+$'"]
    patterned = {
        "properties": {"name": {}},
        "patternProperties": {"^x-": {"type": "string"}},
        "additionalProperties": {"type": "integer"},
    }
    assert check(patterned, {"name": "n", "x-a": "s", "count": 1}) == []
    assert check(patterned, {"x-a": 1, "other": "s"}) == [
        "body.x-a: 1 is not of type 'string'",
        "body.other: 's' is not of type 'integer'",
    ]
    dependent = {"dependentSchemas": {"card": {"required": ["address"]}}}
    assert check(dependent, {"card": 1}) == [
        "`body.address` is required because `body.card` is set"
    ]
    assert check(dependent, {"address": 1}) == []
    closed = {
        "allOf": [{"$ref": "#/components/schemas/Base"}],
        "properties": {"b": {}},
        "unevaluatedProperties": False,
    }
    base = {"properties": {"a": {}}, "patternProperties": {"^x-": {}}}
    assert check(closed, {"a": 1, "b": 2, "x-c": 3}, Base=base) == []
    assert check(closed, {"a": 1, "c": 3}, Base=base) == ["body: unexpected property 'c'"]
    sized = {"minProperties": 1, "maxProperties": 1}
    assert check(sized, {}) == ["body: expected at least 1 property, got 0"]
    assert check(sized, {"a": 1, "b": 2}) == ["body: expected at most 1 property, got 2"]


def test_the_spec_and_the_keywords_spec_are_fully_supported() -> None:
    for path in (SPEC, KEYWORDS, KEYWORDS_2020):
        schemas = spec_schemas(path)
        for name, schema in schemas.items():
            assert unsupported_keywords(schema, schemas) == [], name


def test_bad_input_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="is not one of the compiled schemas"):
        compile_validators({"S": {"$ref": "#/components/schemas/Nope"}}, {"S": "validate_s"})
    with pytest.raises(ValueError, match="invalid pattern"):
        compile_validators({"S": {"pattern": "("}}, {"S": "validate_s"})
    for bad in ("not an identifier", "class", "_report", "re", "value_1"):
        with pytest.raises(ValueError, match="unusable function name"):
            compile_validators({"S": {}}, {"S": bad})


# -- the generated code passes the generated package's linters ---------------------------------
PYPROJECT = """\
[tool.ruff]
line-length = 100
target-version = "py310"

[tool.ruff.lint]
select = ["E", "F", "W", "I", "B", "UP", "SIM", "RUF"]
"""


@pytest.mark.parametrize("which", ["spec", "keywords", "keywords_2020", "hostile"])
def test_generated_source_passes_ruff_and_mypy_strict(tmp_path: Path, which: str) -> None:
    schemas = {
        "spec": lambda: spec_schemas(SPEC),
        "keywords": lambda: spec_schemas(KEYWORDS),
        "keywords_2020": lambda: spec_schemas(KEYWORDS_2020),
        "hostile": hostile_schemas,
    }[which]()
    source = compile_validators(
        schemas, HOSTILE_NAMES if which == "hostile" else names_for(schemas)
    )
    # As in the generated package: a docstring, then the compiled module body.
    module = tmp_path / "validators.py"
    module.write_text(f'"""Validators."""\n\n{source}', encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    commands = [
        ["ruff", "format", "--no-cache", module.name],
        ["ruff", "check", "--no-cache", module.name],
        ["ruff", "format", "--check", "--no-cache", module.name],
        ["mypy", "--strict", "--python-version", "3.10", "--no-incremental", module.name],
    ]
    for command in commands:
        result = subprocess.run(
            [sys.executable, "-m", *command],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"{command}:\n{result.stdout}{result.stderr}"
