"""OpenAPI 3.0: checked against its own meta-schema, then read as 3.1 with every location kept."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v31

from generator.load import JsonPath, LoadedSpec, load_spec, parse_spec
from generator.openapi30 import normalize
from generator.validate import validate

ROOT = Path(__file__).resolve().parent.parent

DOC = """\
openapi: 3.0.3
info:
  title: Nullable things
  version: 1.0.0
paths:
  /items/{item_id}:
    parameters:
      - name: item_id
        in: path
        required: true
        schema:
          type: integer
          minimum: 0
          exclusiveMinimum: true
    get:
      operationId: getItem
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
            maximum: 100
            exclusiveMaximum: false
      responses:
        '200':
          description: ok
          headers:
            x-next:
              schema:
                type: string
                nullable: true
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Item'
components:
  requestBodies:
    NewItem:
      content:
        application/json:
          schema:
            type: string
            nullable: true
  schemas:
    Color:
      type: string
      enum: [red, green]
      nullable: true
    Item:
      type: object
      required: [id]
      properties:
        id:
          type: integer
          minimum: 1
          exclusiveMinimum: true
          example: 2
        color:
          $ref: '#/components/schemas/Color'
        owner:
          description: who owns it
          nullable: true
          allOf:
            - $ref: '#/components/schemas/Owner'
        previous:
          $ref: '#/components/schemas/Owner'
          nullable: true
        tags:
          type: array
          items:
            type: string
            nullable: true
        scores:
          type: object
          additionalProperties:
            type: number
            maximum: 10
            exclusiveMaximum: true
            nullable: false
    Owner:
      type: object
      properties:
        name:
          type: string
          example: Ada
"""

ITEM = ("components", "schemas", "Item")
PROPS = (*ITEM, "properties")


def line_of(text: str, fragment: str, nth: int = 0) -> int:
    """1-based line of the ``nth`` occurrence of ``fragment`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return text.count("\n", 0, start) + 1


def at(spec: LoadedSpec, path: JsonPath) -> int:
    """The line ``path`` is located at, which must be recorded exactly, not inherited."""
    assert path in spec.locations, path
    return spec.locations[path][0]


@pytest.fixture(scope="module")
def spec() -> LoadedSpec:
    return normalize(parse_spec(DOC, "doc.yaml"))


def test_the_document_is_valid_and_read_as_31(spec: LoadedSpec) -> None:
    assert validate(parse_spec(DOC, "doc.yaml")) == []
    assert spec.data["openapi"] == "3.1.0"
    assert spec.source_version == "3.0.3"
    assert spec.text == DOC  # the manifest hashes the file as written


def test_the_normalized_document_is_valid_openapi_31(spec: LoadedSpec) -> None:
    assert list(jsonschema.Draft202012Validator(schema_v31).iter_errors(spec.data)) == []
    assert list(OpenAPIV31SpecValidator(spec.data).iter_errors()) == []
    assert validate(spec) == []


def test_nullable_with_a_type_adds_null_to_type_and_enum(spec: LoadedSpec) -> None:
    schemas = spec.data["components"]["schemas"]
    assert schemas["Color"] == {"type": ["string", "null"], "enum": ["red", "green", None]}
    assert schemas["Item"]["properties"]["tags"]["items"] == {"type": ["string", "null"]}
    header = spec.data["paths"]["/items/{item_id}"]["get"]["responses"]["200"]["headers"]
    assert header["x-next"]["schema"] == {"type": ["string", "null"]}
    body = spec.data["components"]["requestBodies"]["NewItem"]["content"]["application/json"]
    assert body["schema"] == {"type": ["string", "null"]}


def test_nullable_without_a_type_becomes_any_of_null(spec: LoadedSpec) -> None:
    props = spec.data["components"]["schemas"]["Item"]["properties"]
    assert props["previous"] == {
        "anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]
    }
    # Annotations describe the whole property: they stay outside the anyOf.
    assert props["owner"] == {
        "description": "who owns it",
        "anyOf": [{"allOf": [{"$ref": "#/components/schemas/Owner"}]}, {"type": "null"}],
    }


def test_nullable_false_is_dropped(spec: LoadedSpec) -> None:
    scores = spec.data["components"]["schemas"]["Item"]["properties"]["scores"]
    assert scores["additionalProperties"] == {"type": "number", "exclusiveMaximum": 10}


def test_boolean_exclusive_bounds_become_numbers(spec: LoadedSpec) -> None:
    item = spec.data["paths"]["/items/{item_id}"]
    assert item["parameters"][0]["schema"] == {"type": "integer", "exclusiveMinimum": 0}
    limit = item["get"]["parameters"][0]["schema"]
    assert limit == {"type": "integer", "maximum": 100}  # `exclusiveMaximum: false` says nothing
    props = spec.data["components"]["schemas"]["Item"]["properties"]
    assert props["id"] == {"type": "integer", "exclusiveMinimum": 1, "example": 2}


def test_examples_stay(spec: LoadedSpec) -> None:
    owner = spec.data["components"]["schemas"]["Owner"]
    assert owner["properties"]["name"] == {"type": "string", "example": "Ada"}


def test_rewritten_keys_point_at_the_keys_they_came_from(spec: LoadedSpec) -> None:
    assert at(spec, (*PROPS, "id", "exclusiveMinimum")) == line_of(DOC, "exclusiveMinimum", 1)
    assert at(spec, ("components", "schemas", "Color", "type")) == line_of(DOC, "type: string", 2)
    nullable = line_of(DOC, "nullable: true", 2)
    assert at(spec, ("components", "schemas", "Color", "enum", 2)) == nullable
    owner = (*PROPS, "owner")
    assert at(spec, owner) == line_of(DOC, "owner:")
    assert at(spec, (*owner, "description")) == line_of(DOC, "description: who owns it")
    assert at(spec, (*owner, "anyOf")) == line_of(DOC, "nullable: true", 3)
    moved = (*owner, "anyOf", 0, "allOf", 0, "$ref")
    assert at(spec, moved) == line_of(DOC, "- $ref: '#/components/schemas/Owner'")
    assert at(spec, ("openapi",)) == 1


def _paths(node: Any, path: JsonPath) -> Iterator[JsonPath]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*path, i))


def test_every_node_is_located_and_no_location_is_stale(spec: LoadedSpec) -> None:
    paths = set(_paths(spec.data, ()))
    assert paths - set(spec.locations) == set()
    assert set(spec.locations) - paths == set()


def test_openapi_31_comes_back_unchanged() -> None:
    original = load_spec(ROOT / "spec" / "openapi.yaml")
    assert normalize(original) is original
    assert original.source_version == ""


@pytest.mark.parametrize(
    "data",
    [
        {"openapi": "3.0.0", "paths": [1, 2]},
        {"openapi": "3.0.0", "components": {"schemas": ["x"], "responses": "no"}},
        {"openapi": "3.0.0", "components": {"schemas": {"A": {"nullable": True}}}},
        {"openapi": "3.0.0", "components": {"schemas": {"A": {"properties": [1]}}}},
        {"openapi": "3.0.0", "paths": {"/": {"get": {"parameters": {"a": 1}}}}},
        {"openapi": "3.0.0", "paths": {"/": {"parameters": [{"schema": True}]}}},
        {
            "openapi": "3.0.0",
            "components": {"schemas": {"A": {"type": ["a"], "enum": 3, "nullable": True}}},
        },
    ],
)
def test_normalizing_never_fails_on_a_malformed_document(data: dict[str, Any]) -> None:
    spec = LoadedSpec("m.yaml", data, "", {})
    assert normalize(spec).data["openapi"] == "3.1.0"


def test_normalizing_does_not_touch_the_loaded_spec() -> None:
    loaded = parse_spec(DOC, "doc.yaml")
    normalize(loaded)
    assert loaded.data["openapi"] == "3.0.3"
    color = loaded.data["components"]["schemas"]["Color"]
    assert color == {"type": "string", "enum": ["red", "green"], "nullable": True}


def _problems(text: str) -> list[str]:
    return [str(p) for p in validate(parse_spec(text, "doc.yaml"))]


def test_a_problem_below_a_rewritten_schema_is_reported_where_it_was_written() -> None:
    # The $ref now sits at owner.anyOf[0].allOf[0]; the problem still names its own line.
    text = DOC.replace(
        "- $ref: '#/components/schemas/Owner'", "- $ref: '#/components/schemas/Ownr'"
    )
    line = line_of(text, "Ownr")
    assert _problems(text) == [
        f"doc.yaml:{line}:15: error[unresolved-ref]: "
        "$ref '#/components/schemas/Ownr' points to nothing in this file"
    ]


def test_an_example_that_does_not_match_is_located() -> None:
    text = DOC.replace("example: 2", "example: two")
    line = line_of(text, "example: two")
    assert _problems(text) == [
        f"doc.yaml:{line}:11: warning[example-mismatch]: example does not match its schema: "
        "'two' is not of type 'integer' (left out)"
    ]


def test_null_is_an_example_only_of_a_nullable_schema() -> None:
    text = DOC.replace("example: Ada", "example: null")
    line = line_of(text, "example: null")
    assert _problems(text) == [
        f"doc.yaml:{line}:11: warning[example-mismatch]: example does not match its schema: "
        "None is not of type 'string' (left out)"
    ]
    nullable = "          type: string\n          nullable: true\n          example: null"
    assert (
        _problems(text.replace("          type: string\n          example: null", nullable)) == []
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "          nullable: true\n          allOf",
            "          nullable: 'yes'\n          allOf",
            "error[invalid-openapi]: 'yes' is not of type 'boolean' "
            "(at components.schemas.Item.properties.owner.nullable)",
        ),
        (
            "      required: [id]\n",
            "      required: [id]\n      nulable: true\n",
            "warning[unknown-keyword]: unknown schema keyword 'nulable' is ignored "
            "(did you mean nullable?)",
        ),
        (
            "          exclusiveMinimum: true\n          example",
            "          exclusiveMinimum: 1\n          example",
            "error[invalid-openapi]: 1 is not of type 'boolean' "
            "(at components.schemas.Item.properties.id.exclusiveMin",
        ),
        (
            "      type: string\n      enum",
            "      type: 'null'\n      enum",
            "error[invalid-openapi]: 'null' is not one of "
            "['array', 'boolean', 'integer', 'number', 'object', 'string']",
        ),
        (
            "      operationId: getItem\n",
            "      operationId: getItem\n      operationID: getItem\n",
            "warning[unexpected-key]: unexpected key 'operationID' in paths./items/{item_id}.get "
            "is left out",
        ),
    ],
    ids=["nullable-type", "misspelled-key", "exclusive-number", "type-null", "operation-key"],
)
def test_a_meta_schema_error_is_located_at_its_key(old: str, new: str, message: str) -> None:
    assert old in DOC
    text = DOC.replace(old, new)
    # The problem points at the key on the line the edit added.
    (written,) = [line for line in new.splitlines() if line not in old.splitlines()]
    line = line_of(text, written + "\n")
    column = len(written) - len(written.lstrip()) + 1
    problems = _problems(text)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"doc.yaml:{line}:{column}: {message}")


def test_an_exclusive_flag_without_its_bound_is_a_problem() -> None:
    text = DOC.replace("          minimum: 0\n", "")
    line = line_of(text, "exclusiveMinimum: true")
    assert _problems(text) == [
        f"doc.yaml:{line}:11: error[invalid-schema]: "
        "exclusiveMinimum: true needs a minimum beside it: "
        "it makes that one exclusive"
    ]


SWAGGER = "Swagger 2.0 is not supported: convert it to OpenAPI 3 first (e.g. with swagger2openapi)"


@pytest.mark.parametrize(
    ("first_line", "message"),
    [
        ("swagger: '2.0'", SWAGGER),
        ("openapi: 2.0.0", SWAGGER),
        ("openapi: 3.2.0", "OpenAPI 3.2.0 is not supported: write the spec in 3.1 or 3.0"),
        ("openapi: 4.0.0", "OpenAPI 4.0.0 is not supported: write the spec in 3.1 or 3.0"),
        ("openapi: 3.0", "openapi must be a string such as '3.1.0', not the number 3.0"),
        ("openapi: '3.0'", "openapi must be a full version such as '3.1.0', not '3.0'"),
        ("x-openapi: 3.0.3", "the spec has no `openapi` version: add e.g. `openapi: 3.1.0`"),
    ],
)
def test_versions_we_do_not_read_are_refused_clearly(first_line: str, message: str) -> None:
    assert _problems(DOC.replace("openapi: 3.0.3", first_line)) == [
        f"doc.yaml:1:1: error[unsupported-version]: {message}"
    ]


@pytest.mark.parametrize("version", ["3.0.0", "3.0.1", "3.0.2", "3.0.3", "3.0.4"])
def test_every_30_patch_version_is_read(version: str) -> None:
    assert _problems(DOC.replace("openapi: 3.0.3", f"openapi: {version}")) == []


def test_swagger_2_exits_2_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "swagger.yaml"
    path.write_text('swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n')
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{path}:1:1: error[unsupported-version]: {SWAGGER}",
        "1 error; nothing was generated.",
    ]


def test_the_oai_petstore_is_valid() -> None:
    # The OpenAPI Initiative's examples/v3.0/petstore.yaml (see the file's header).
    spec = load_spec(ROOT / "tests" / "specs" / "public" / "oai-petstore.yaml")
    assert spec.data["openapi"] == "3.0.0"
    assert validate(spec) == []
    assert normalize(spec).data["components"]["schemas"]["Pets"]["maxItems"] == 100
