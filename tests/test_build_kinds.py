"""The builder's kinds of schema, on small inline specs: names, merges, unions, envelopes."""

from __future__ import annotations

import textwrap

import pytest

from generator.build import build
from generator.ir import (
    AnyType,
    Api,
    ConstType,
    EnumType,
    ListType,
    MapType,
    ModelType,
    NullableType,
    ScalarType,
    TupleType,
    UnionType,
)
from generator.load import parse_spec
from generator.problems import SpecError
from generator.validate import check


def api_of(components: str, paths: str = "", info_extra: str = "") -> Api:
    text = (
        "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\n"
        + textwrap.indent(textwrap.dedent(info_extra), "  ")
        + "paths:\n"
        + (textwrap.indent(textwrap.dedent(paths), "  ") if paths else "  {}\n")
        + "components:\n  schemas:\n"
        + textwrap.indent(textwrap.dedent(components), "    ")
    )
    return build(parse_spec(text, "t.yaml"))


def checked_api_of(components: str) -> Api:
    """:func:`api_of` after the checks, whose warnings' fallbacks the builder relies on."""
    text = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
    report = check(
        parse_spec(text + textwrap.indent(textwrap.dedent(components), "    "), "t.yaml")
    )
    assert report.spec is not None and not any(p.blocking for p in report.problems)
    return build(report.spec)


def problems_of(components: str, paths: str = "", info_extra: str = "") -> list[str]:
    with pytest.raises(SpecError) as caught:
        api_of(components, paths, info_extra)
    return [str(p) for p in caught.value.problems]


def test_inline_objects_are_named_parent_plus_field_then_title_then_x_sdk_name() -> None:
    api = api_of(
        """
        Order:
          type: object
          properties:
            shipping_address: {type: object, properties: {city: {type: string}}}
            lines:
              type: array
              items: {type: object, properties: {sku: {type: string}}}
            note: {type: object, title: free note, properties: {text: {type: string}}}
            gift: {type: object, x-sdk-name: Wrapping, title: ignored, properties: {a: {}}}
        """
    )
    assert [m.name for m in api.models] == [
        "Order",
        "OrderShippingAddress",
        "OrderLinesItem",
        "FreeNote",
        "Wrapping",
    ]
    order = api.model("Order")
    assert [f.type for f in order.fields] == [
        ModelType("OrderShippingAddress"),
        ListType(ModelType("OrderLinesItem")),
        ModelType("FreeNote"),
        ModelType("Wrapping"),
    ]


def test_an_inline_title_taken_by_a_component_becomes_the_parent_derived_name() -> None:
    # Formerly refused; tests/test_build_naming.py covers every kind of collision.
    api = api_of(
        """
        A:
          type: object
          properties:
            x: {type: object, title: B, properties: {a: {}}}
        B: {type: object, properties: {b: {}}}
        """
    )
    assert [m.name for m in api.models] == ["A", "B", "AX"]
    assert api.model("A").fields[0].type == ModelType("AX")


def test_all_of_merges_parts_and_a_lone_ref_is_that_type() -> None:
    api = api_of(
        """
        NewPet:
          type: object
          required: [name]
          properties: {name: {type: string}, tag: {type: string}}
        Pet:
          allOf:
            - $ref: '#/components/schemas/NewPet'
            - type: object
              required: [id]
              properties: {id: {type: integer}}
        Owner:
          type: object
          properties:
            pet: {description: the pet, allOf: [{$ref: '#/components/schemas/Pet'}]}
        """
    )
    pet = api.model("Pet")
    assert [(f.name, f.required) for f in pet.fields] == [
        ("name", True),
        ("tag", False),
        ("id", True),
    ]
    assert api.model("Owner").fields[0].type == ModelType("Pet")


def test_unions_discriminated_with_and_without_mapping() -> None:
    api = api_of(
        """
        Cat: {type: object, properties: {kind: {const: cat}}}
        Dog: {type: object, properties: {kind: {const: dog}}}
        Pet:
          oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
          discriminator: {propertyName: kind, mapping: {kitty: '#/components/schemas/Cat'}}
        Either:
          anyOf: [{type: string}, {type: integer}]
        """
    )
    (pet, either) = api.aliases
    assert pet.name == "Pet" and pet.type.discriminator is not None
    # Dog is named by no mapping, and its `kind` can only be "dog", never "Dog" (the implicit
    # component name): decoded by the value the variant allows (a discriminator-unusable warning).
    assert pet.type.discriminator.mapping == (("kitty", "Cat"), ("dog", "Dog"))
    assert pet.type.one_of and len(pet.type.matchers) == 2
    assert either.type.variants == (ScalarType("str"), ScalarType("int"))
    assert not either.type.one_of and either.type.discriminator is None
    assert api.model("Cat").fields[0].type == ConstType("cat")


def test_maps_nullables_enums_and_type_lists() -> None:
    api = api_of(
        """
        Box:
          type: object
          properties:
            counts: {type: object, additionalProperties: {type: integer}}
            anything: {type: object}
            maybe: {type: [string, 'null']}
            level: {type: integer, enum: [1, 2, 3]}
            mixed: {type: [string, integer]}
            loose: {enum: [1, a]}
          additionalProperties: {type: string}
        """
    )
    box = api.model("Box")
    types = {f.name: f.type for f in box.fields}
    assert types["counts"] == MapType(ScalarType("int"))
    assert types["anything"] == MapType(AnyType())
    assert types["maybe"] == NullableType(ScalarType("str"))
    assert types["level"] == EnumType("BoxLevel", (1, 2, 3))
    assert api.enum("BoxLevel").value_kind == "int"
    assert isinstance(types["mixed"], UnionType)
    assert types["loose"] == AnyType()  # checked by the compiled validator
    assert box.extra == ScalarType("str")


ENVELOPE_PATHS = """
/things:
  get:
    operationId: listThings
    responses:
      '200':
        description: ok
        content:
          application/json:
            schema:
              type: object
              properties:
                success: {type: boolean}
                data: {type: array, items: {type: string}}
  post:
    operationId: addThing
    x-sdk-payload: false
    responses:
      '201':
        description: ok
        content:
          application/json:
            schema: {type: object, properties: {id: {type: string}}}
"""


def test_the_envelope_is_declared_and_a_missing_payload_field_is_a_problem() -> None:
    api = api_of("Unused: {type: string}\n", ENVELOPE_PATHS, "x-sdk: {payload: data}\n")
    listing, adding = api.operations
    assert listing.result == ListType(ScalarType("str"))
    assert listing.responses[0].payload == "data"
    assert adding.result == ModelType("AddThingResponse")  # x-sdk-payload: false
    broken = ENVELOPE_PATHS.replace("    x-sdk-payload: false\n", "")
    (problem,) = problems_of("Unused: {type: string}\n", broken, "x-sdk: {payload: data}\n")
    assert "the declared payload field 'data' is not a property of this response" in problem
    assert "x-sdk-payload: false" in problem
    # Without the setting nothing is unwrapped, whatever the field names.
    plain = api_of("Unused: {type: string}\n", ENVELOPE_PATHS.replace("x-sdk-payload: false", ""))
    assert plain.operations[0].result == ModelType("ListThingsResponse")


def test_servers_relative_absent_and_with_variables() -> None:
    def servers(block: str) -> Api:
        return build(
            parse_spec(
                f"openapi: 3.1.0\ninfo: {{title: T, version: '1'}}\n{block}paths: {{}}\n", "s"
            )
        )

    assert servers("").server_url == ""
    relative = servers("servers: [{url: /api/v3}]\n")
    assert (relative.server_url, relative.server_template) == ("", "/api/v3")
    variables = servers(
        "servers:\n  - url: 'https://{region}.x.com/v1'\n"
        "    variables: {region: {default: eu, enum: [eu, us]}}\n"
    )
    assert variables.server_url == "https://eu.x.com/v1"
    (region,) = variables.server_variables
    assert (region.python_name, region.default, region.values) == ("region", "eu", ("eu", "us"))


def test_what_is_still_unsupported_is_located_with_what_to_do_instead() -> None:
    text = textwrap.dedent(
        """\
        openapi: 3.1.0
        info: {title: T, version: '1'}
        components:
          securitySchemes:
            digest: {type: http, scheme: digest}
        paths:
          /items/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: object, properties: {a: {}}}}
                - name: filter
                  in: query
                  content: {application/json: {schema: {type: object}}}
              responses: {'204': {description: done}}
        """
    )
    with pytest.raises(SpecError) as caught:
        build(parse_spec(text, "u.yaml"))
    assert [str(p) for p in caught.value.problems] == [
        "u.yaml:5:5: warning[unsupported-security]: security scheme 'digest' (http digest) is "
        "not supported: operations that use it are generated without it (pass its credentials "
        "with `extra_headers`); the client sends http bearer tokens (oauth2 and openIdConnect "
        "too), http basic credentials, oauth2 client credentials and apiKey values in a header, "
        "query or cookie",
        "u.yaml:10:48: error[unsupported-construct]: "
        "an object in a path parameter is not supported: use a query parameter",
        "u.yaml:13:11: error[unsupported-construct]: "
        "parameters with `content` are not supported yet: "
        "describe the value with `schema`",
    ]


# -- 2020-12 keywords ---------------------------------------------------------------------------
def test_prefix_items_are_a_tuple_only_when_the_length_is_fixed() -> None:
    api = api_of(
        """
        Shapes:
          type: object
          properties:
            pair: {prefixItems: [{type: string}, {type: integer}], items: false, minItems: 2}
            short: {prefixItems: [{type: string}, {type: integer}], items: false}
            rest: {prefixItems: [{type: string}], items: {type: integer}}
            same: {prefixItems: [{type: integer}], items: {type: integer}}
            open: {prefixItems: [{type: string}]}
        """
    )
    fields = {f.name: f.type for f in api.model("Shapes").fields}
    assert fields["pair"] == TupleType((ScalarType("str"), ScalarType("int")))
    # Shorter arrays are valid without minItems: a tuple type would be wrong.
    for name in ("short", "rest"):
        inner = fields[name]
        assert isinstance(inner, ListType) and isinstance(inner.item, UnionType), name
        assert inner.item.variants == (ScalarType("str"), ScalarType("int"))
        assert not inner.item.one_of and len(inner.item.matchers) == 2
    assert fields["same"] == ListType(ScalarType("int"))
    assert fields["open"] == ListType(AnyType())


def test_pattern_properties_type_values_when_they_are_the_only_other_keys() -> None:
    api = api_of(
        """
        Env:
          patternProperties: {'^x-': {type: string}}
          additionalProperties: false
        Mixed:
          patternProperties: {'^x-': {type: string}, '^n': {type: integer}}
          additionalProperties: false
        Open:
          patternProperties: {'^x-': {type: string}}
        Same:
          patternProperties: {'^x-': {type: string}}
          additionalProperties: {type: string}
        Tagged:
          properties: {name: {type: string}}
          patternProperties: {'^x-': {type: string}}
          unevaluatedProperties: false
        """,
        paths="""
        /e:
          post:
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      env: {$ref: '#/components/schemas/Env'}
                      mixed: {$ref: '#/components/schemas/Mixed'}
                      open: {$ref: '#/components/schemas/Open'}
                      same: {$ref: '#/components/schemas/Same'}
                      tagged: {$ref: '#/components/schemas/Tagged'}
            responses: {'204': {description: ok}}
        """,
    )
    body = api.operations[0].body
    assert body is not None and isinstance(body.type, ModelType)
    fields = {f.name: f.type for f in api.model(body.type.name).fields}
    assert fields["env"] == MapType(ScalarType("str"))
    assert fields["mixed"] == MapType(AnyType())
    assert fields["open"] == MapType(AnyType())
    assert fields["same"] == MapType(ScalarType("str"))
    assert api.model("Tagged").extra == ScalarType("str")


def test_recursive_ref_is_a_ref_to_its_component() -> None:
    api = checked_api_of(
        """
        Node:
          $recursiveAnchor: true
          type: object
          properties:
            children: {type: array, items: {$recursiveRef: '#'}}
        """
    )
    # Read as 2019-09 means it by the checks (a draft2019-keyword warning), then built.
    assert api.model("Node").fields[0].type == ListType(ModelType("Node"))
