"""Schemas that contain themselves through maps, lists and unions (not through a model):
each becomes a recursive alias, and every later stage (render, diff) follows it to an end."""

from __future__ import annotations

import textwrap

from test_build_kinds import api_of

from generator.build import build
from generator.diff import diff_apis
from generator.ir import AliasType, Api, ListType, MapType, ModelType, ScalarType, UnionType
from generator.load import parse_spec
from generator.render import python_annotation

GET_A = """
/a:
  get:
    operationId: getA
    responses:
      '200':
        description: ok
        content:
          application/json:
            schema: {$ref: '#/components/schemas/A'}
"""


def test_a_map_of_itself_is_an_alias_naming_itself() -> None:
    api = api_of("Tree: {type: object, additionalProperties: {$ref: '#/components/schemas/Tree'}}")
    (alias,) = api.aliases
    assert (alias.name, alias.recursive) == ("Tree", True)
    assert alias.type == MapType(AliasType("Tree"))


def test_a_union_branch_mapping_to_itself_and_a_list_of_maps_of_itself() -> None:
    api = api_of(
        """
        Json:
          oneOf:
            - {type: string}
            - {type: object, additionalProperties: {$ref: '#/components/schemas/Json'}}
        Forest:
          type: array
          items: {type: object, additionalProperties: {$ref: '#/components/schemas/Forest'}}
        """
    )
    json_alias, forest = api.aliases
    assert isinstance(json_alias.type, UnionType)
    assert json_alias.type.variants == (ScalarType("str"), MapType(AliasType("Json")))
    assert forest.type == ListType(MapType(AliasType("Forest")))


def test_a_model_in_between_keeps_the_model_and_makes_no_alias() -> None:
    api = api_of(
        """
        Node:
          type: object
          properties:
            kids: {type: object, additionalProperties: {$ref: '#/components/schemas/Node'}}
        """
    )
    assert api.aliases == ()
    assert api.models[0].fields[0].type == MapType(ModelType("Node"))


def test_an_alias_comes_after_the_recursive_ones_it_names_outside_brackets() -> None:
    """B is built first (inside A) but names A bare: A must be defined before it."""
    api = api_of(
        """
        A:
          oneOf:
            - {type: array, items: {$ref: '#/components/schemas/B'}}
            - {type: integer}
        B:
          oneOf:
            - {$ref: '#/components/schemas/A'}
            - {type: string}
        """,
        GET_A,
    )
    assert [a.name for a in api.aliases] == ["A", "B"]
    assert [a.bare_aliases for a in api.aliases] == [(), ("A",)]


def test_inside_brackets_a_recursive_definition_is_a_string() -> None:
    assert python_annotation(MapType(AliasType("Tree"))) == "dict[str, Tree]"
    api = api_of(
        """
        Forest:
          type: array
          items: {type: object, additionalProperties: {$ref: '#/components/schemas/Forest'}}
        """
    )
    assert api.aliases[0].forward


def _api(extra_variant: str) -> Api:
    text = (
        textwrap.dedent(
            """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
        """
        )
        + textwrap.indent(textwrap.dedent(GET_A), "  ")
        + textwrap.dedent(
            f"""
        components:
          schemas:
            A:
              oneOf:
                - {{type: object, additionalProperties: {{$ref: '#/components/schemas/A'}}}}
                - {extra_variant}
        """
        )
    )
    return build(parse_spec(text, "t.yaml"))


def test_diff_compares_recursive_definitions_once() -> None:
    same = diff_apis(_api("{type: string}"), _api("{type: string}"))
    assert same == []
    changed = diff_apis(_api("{type: string}"), _api("{type: integer}"))
    assert [c.where for c in changed] == ["A"], changed
