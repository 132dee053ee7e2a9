"""Name collisions are resolved, never refused: each kind, its rule, its note and its record
(generator/build/naming.py). tests/specs/constructs/name_collisions.yaml has all of them in one
spec, generated, type-checked and called against the mock."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from generator.build import build
from generator.cli import main
from generator.diff import diff_apis
from generator.ir import Api, ModelType
from generator.load import parse_spec
from generator.problems import Problem

ROOT = Path(__file__).resolve().parent.parent
CONSTRUCT = ROOT / "tests" / "specs" / "constructs" / "name_collisions.yaml"


def built(components: str = "{}", paths: str = "{}", info: str = "") -> tuple[Api, list[str]]:
    """The Api of a small spec, and its findings (all notes here) as printed."""
    text = (
        "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\n"
        + textwrap.indent(textwrap.dedent(info), "  ")
        + "paths:\n"
        + textwrap.indent(textwrap.dedent(paths), "  ")
        + "\ncomponents:\n  schemas:\n"
        + textwrap.indent(textwrap.dedent(components), "    ")
    )
    findings: list[Problem] = []
    api = build(parse_spec(text, "t.yaml"), findings)
    assert all(p.severity == "note" and p.rule == "renamed" for p in findings), findings
    return api, [str(p) for p in findings]


def renames(api: Api) -> list[tuple[str, str, str, str]]:
    return [(r.kind, r.at, r.spec_name, r.python_name) for r in api.renames]


# -- classes ----------------------------------------------------------------------------------
def test_a_component_beats_an_inline_title_which_becomes_its_parent_derived_name() -> None:
    api, notes = built(
        """
        Order:
          type: object
          properties:
            customer: {title: Customer, type: object, properties: {name: {}}}
        Customer: {type: object, properties: {email: {}}}
        """
    )
    assert [m.name for m in api.models] == ["Order", "Customer", "OrderCustomer"]
    assert api.model("Order").fields[0].type == ModelType("OrderCustomer")
    assert notes == [
        "t.yaml:13:9: note[renamed]: this schema becomes class 'OrderCustomer': the schema on "
        "line 14 is class 'Customer' (components and earlier schemas keep their names)"
    ]
    assert renames(api) == [
        ("class", "/components/schemas/Order/properties/customer", "Customer", "OrderCustomer")
    ]


def test_components_that_become_one_class_keep_spec_order_and_the_later_is_numbered() -> None:
    api, notes = built(
        """
        foo_bar: {type: object, properties: {a: {}}}
        FooBar: {type: object, properties: {b: {}}}
        Foo-Bar: {type: object, properties: {c: {}}}
        """,
        paths="""
        /a:
          post:
            requestBody:
              content: {application/json: {schema: {$ref: '#/components/schemas/foo_bar'}}}
            responses: {'204': {description: ok}}
          put:
            requestBody:
              content: {application/json: {schema: {$ref: '#/components/schemas/FooBar'}}}
            responses: {'204': {description: ok}}
        """,
    )
    assert [(m.name, m.key) for m in api.models] == [
        ("FooBar", "/components/schemas/foo_bar"),
        ("FooBar2", "/components/schemas/FooBar"),
        ("FooBar3", "/components/schemas/Foo-Bar"),
    ]
    # Each keeps its own validator (their snake_case names are one too).
    validators = [m.validator for m in api.models if m.used_in_request]
    assert validators == ["validate_foo_bar", "validate_foo_bar_2"]
    assert [n.split(": ", 2)[2] for n in notes] == [
        "this schema becomes class 'FooBar2': the schema on line 20 is class 'FooBar'",
        "this schema becomes class 'FooBar3': the schema on line 20 is class 'FooBar'",
    ]


def test_two_inline_titles_the_second_takes_its_parent_name_else_a_number() -> None:
    api, _ = built(
        """
        Order:
          type: object
          properties:
            billing: {title: Address, type: object, properties: {city: {}}}
            shipping: {title: Address, type: object, properties: {city: {}, floor: {}}}
        OrderShipping: {type: object, properties: {x: {}}}
        Invoice:
          type: object
          properties:
            to: {title: Address, type: object, properties: {zip: {}}}
        """
    )
    by_key = {m.key.rsplit("/", 1)[-1]: m.name for m in api.models}
    assert by_key["billing"] == "Address"
    # OrderShipping is a component's: the second Address is numbered instead.
    assert by_key["shipping"] == "Address2"
    assert by_key["to"] == "InvoiceTo"


def test_the_package_s_own_names_step_aside_for_the_spec_s_classes() -> None:
    api, notes = built(
        """
        ValidationError: {type: object, properties: {reason: {}}}
        Credentials: {type: object, properties: {password: {}}}
        Timeout: {type: object, properties: {seconds: {}}}
        File: {type: object, properties: {a: {}}}
        Literal: {type: object, properties: {kind: {const: x}}}
        Mapping: {type: string, enum: [a, b]}
        """
    )
    # The spec's names, kept without a note: the generated modules import the package's own
    # ValidationError, Credentials, Timeout, Literal... under private aliases instead.
    assert [m.name for m in api.models] == [
        "ValidationError", "Credentials", "Timeout", "File", "Literal"
    ]  # fmt: skip
    assert [e.name for e in api.enums] == ["Mapping"]
    assert notes == []


def test_names_public_beside_the_spec_s_classes_get_a_model_suffix() -> None:
    api, notes = built(
        """
        Unset: {type: object, properties: {a: {}}}
        UNSET: {type: object, properties: {b: {}}}
        Widgets: {type: object, properties: {a: {}}}
        AsyncWidgetsWithRawResponse: {type: object, properties: {a: {}}}
        """,
        info="x-sdk: {client: Widgets}\n",
    )
    assert [m.name for m in api.models] == [
        "UnsetModel",  # models exports UNSET and Unset itself
        "UNSETModel",
        "WidgetsModel",  # the client class is Widgets
        "AsyncWidgetsWithRawResponseModel",
    ]
    assert len(notes) == 4
    assert all("the generated package exports that name itself" in n for n in notes)


# -- fields -----------------------------------------------------------------------------------
def test_properties_that_become_one_field_the_later_is_numbered() -> None:
    api, notes = built(
        """
        Settings:
          type: object
          properties:
            mixed_case: {type: string}
            mixedCase: {type: string}
            MixedCase: {type: string}
        """
    )
    fields = api.model("Settings").fields
    assert [(f.name, f.python_name) for f in fields] == [
        ("mixed_case", "mixed_case"),
        ("mixedCase", "mixed_case_2"),
        ("MixedCase", "mixed_case_3"),
    ]
    assert notes[0] == (
        "t.yaml:14:9: note[renamed]: property 'mixedCase' becomes field 'mixed_case_2': "
        "property 'mixed_case' is field 'mixed_case'"
    )


def test_model_methods_rename_the_field_and_extra_steps_aside() -> None:
    api, notes = built(
        """
        Settings:
          type: object
          properties:
            to_dict: {type: boolean}
            from_dict: {type: boolean}
            extra: {type: string}
          additionalProperties: {type: integer}
        """
    )
    model = api.model("Settings")
    assert [f.python_name for f in model.fields] == ["to_dict_field", "from_dict_field", "extra"]
    assert model.extra_name == "extra_properties"
    assert renames(api)[-1] == (
        "attribute",
        "/components/schemas/Settings",
        "extra",
        "extra_properties",
    )
    assert notes[-1].endswith(
        "note[renamed]: the additional properties' attribute 'extra' becomes attribute "
        "'extra_properties': the spec's property 'extra' keeps that name"
    )


def test_a_field_named_extra_without_additional_properties_is_left_alone() -> None:
    api, notes = built("Plain: {type: object, properties: {extra: {type: string}}}\n")
    assert api.model("Plain").fields[0].python_name == "extra"
    assert notes == []  # the model keeps no additional properties: nothing moved


# -- parameters -------------------------------------------------------------------------------
PARAMETERS = """
/orders/{id}:
  get:
    operationId: getOrder
    parameters:
      - {name: id, in: query, schema: {type: string}}
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: EndTime, in: query, schema: {type: string}}
      - {name: EndTime<, in: query, schema: {type: string}}
      - {name: EndTime>=, in: query, schema: {type: string}}
      - {name: timeout, in: query, schema: {type: integer}}
      - {name: extra_headers, in: header, schema: {type: string}}
      - {name: mixed_case, in: query, schema: {type: string}}
      - {name: mixedCase, in: query, schema: {type: string}}
      - {name: Id, in: header, schema: {type: string}}
    responses:
      '204': {description: ok}
"""


def test_parameters_path_first_then_location_prefix_keywords_and_numbers() -> None:
    api, notes = built(paths=PARAMETERS)
    (op,) = api.operations
    assert [(p.location, p.name, p.python_name) for p in op.params] == [
        ("path", "id", "id"),
        ("query", "id", "query_id"),
        ("query", "EndTime", "end_time"),
        ("query", "EndTime<", "end_time_before"),
        ("query", "EndTime>=", "end_time_on_or_after"),
        ("query", "timeout", "timeout_param"),
        ("query", "mixed_case", "mixed_case"),
        ("query", "mixedCase", "mixed_case_2"),
        ("header", "extra_headers", "extra_headers_param"),
        ("header", "Id", "header_id"),
    ]
    assert len(notes) == 5
    assert notes[0] == (
        "t.yaml:11:12: note[renamed]: query parameter 'id' becomes argument 'query_id': "
        "path parameter 'id' is argument 'id'"
    )


# -- methods ----------------------------------------------------------------------------------
def test_operation_ids_claim_before_derived_names_and_client_members_step_aside() -> None:
    api, _ = built(
        paths="""
        /items:
          get: {responses: {'204': {description: ok}}}
        /things:
          get: {operationId: getItems, responses: {'204': {description: ok}}}
        /close:
          post: {operationId: close, responses: {'204': {description: ok}}}
        /opts:
          post: {operationId: withOptions, responses: {'204': {description: ok}}}
        """
    )
    assert [(o.path, o.python_name) for o in api.operations] == [
        ("/items", "get_items_2"),
        ("/things", "get_items"),
        ("/close", "close_operation"),
        ("/opts", "with_options_operation"),
    ]
    assert [r[0] for r in renames(api)] == ["method"] * 3


# -- determinism, manifest, CLI, diff ---------------------------------------------------------
def test_the_construct_prints_notes_records_renames_and_regenerates_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(CONSTRUCT)]) == 0  # strict (our pyproject): notes never block
    err = capsys.readouterr().err.splitlines()
    notes = [line for line in err if ": note[renamed]: " in line]
    assert len(notes) == 13 and err[-1] == "13 notes."
    assert all(re.match(r"\S*name_collisions\.yaml:\d+:\d+: note\[renamed\]: ", n) for n in notes)
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(CONSTRUCT), "--out", str(out)]) == 0
    first = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    manifest = json.loads((out / "manifest.json").read_text())
    assert len(manifest["renames"]) == 13
    assert {
        "kind": "parameter",
        "at": "/paths/~1orders~1{id}/get/parameters/1/name",
        "spec": "id",
        "python": "query_id",
        "why": "path parameter 'id' is argument 'id'",
    } in manifest["renames"]
    assert {r["python"] for r in manifest["renames"]} >= {
        "LineItem2", "OrderCustomer", "OrderShipping", "UnsetModel", "extra_properties",
        "mixed_case_2", "to_dict_field", "timeout_param", "get_items_2", "close_operation",
    }  # fmt: skip
    capsys.readouterr()
    assert main(["generate", "--spec", str(CONSTRUCT), "--out", str(out)]) == 0
    assert "already up to date" in capsys.readouterr().out
    again = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert again == first


def test_a_spec_without_collisions_has_no_renames_in_its_manifest(tmp_path: Path) -> None:
    manifest = json.loads((ROOT / "generated" / "manifest.json").read_text())
    assert "renames" not in manifest


def test_a_rename_that_changes_between_versions_is_a_python_api_change() -> None:
    # v2 declares mixedCase before mixed_case: the order decides, so mixed_case= is renamed.
    snake = "      - {name: mixed_case, in: query, schema: {type: string}}\n"
    camel = "      - {name: mixedCase, in: query, schema: {type: string}}\n"
    old, _ = built(paths=PARAMETERS.replace(camel, ""))
    new, _ = built(paths=PARAMETERS.replace(snake, "").replace(camel, camel + snake))
    texts = [f"{c.kind}: {c.message}" for c in diff_apis(old, new)]
    renamed = "parameter-renamed: `mixed_case=` → `mixed_case_2=`: callers break — breaking"
    assert renamed in texts, texts
