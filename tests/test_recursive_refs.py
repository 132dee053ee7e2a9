"""2019-09 ``$recursiveRef: "#"`` inside a component is read as a ``$ref`` to that component."""

from __future__ import annotations

from generator.load import parse_spec

DOC = """\
openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /x:
    post:
      requestBody:
        content:
          application/json:
            schema:
              items: {$recursiveRef: '#'}
      responses: {'204': {description: ok}}
components:
  schemas:
    Tree/Node:
      $recursiveAnchor: true
      type: object
      properties:
        children:
          type: array
          items:
            $recursiveRef: '#'
        meta: {$recursiveAnchor: true, $recursiveRef: '#/somewhere'}
"""


def test_component_recursive_ref_becomes_a_ref_located_where_it_was_written() -> None:
    spec = parse_spec(DOC, "doc.yaml")
    node = spec.data["components"]["schemas"]["Tree/Node"]
    items = node["properties"]["children"]["items"]
    assert items == {"$ref": "#/components/schemas/Tree~1Node"}
    assert "$recursiveAnchor" not in node
    path = ("components", "schemas", "Tree/Node", "properties", "children", "items", "$ref")
    assert spec.where(path) == (21, 13)  # the $recursiveRef line


def test_other_recursive_refs_are_left_for_validation_to_refuse() -> None:
    spec = parse_spec(DOC, "doc.yaml")
    meta = spec.data["components"]["schemas"]["Tree/Node"]["properties"]["meta"]
    assert meta == {"$recursiveRef": "#/somewhere"}  # the anchor went with the component's
    body = spec.data["paths"]["/x"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["items"] == {"$recursiveRef": "#"}


def test_a_spec_without_recursive_refs_is_returned_as_parsed() -> None:
    text = DOC.replace("$recursiveRef: '#'", "type: string")
    spec = parse_spec(text, "doc.yaml")
    assert spec.data["components"]["schemas"]["Tree/Node"]["$recursiveAnchor"] is True
