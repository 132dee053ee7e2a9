"""``x-sdk-pagination``: what the builder makes of the declaration, and every located mistake."""

from __future__ import annotations

import textwrap

import pytest

from generator.build import build
from generator.ir import Api, ModelType, ScalarType
from generator.load import parse_spec
from generator.problems import SpecError

SPEC = """\
openapi: 3.1.0
info:
  title: T
  version: '1'
  x-sdk: {payload: data}
paths:
  /things:
    get:
      operationId: listThings
      x-sdk-pagination:
PAGINATION
      parameters:
        - {name: page, in: query, schema: {type: integer, minimum: 0}}
        - {name: size, in: query, schema: {type: integer, minimum: 1, maximum: 50}}
        - {name: q, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ThingPage'}
components:
  schemas:
    Thing:
      type: object
      properties: {id: {type: string}}
    ThingPage:
      type: object
      required: [data]
      properties:
        data: {type: array, items: {$ref: '#/components/schemas/Thing'}}
        meta:
          type: object
          properties:
            count: {type: integer}
            label: {type: string}
"""


def spec(pagination: str) -> str:
    return SPEC.replace("PAGINATION\n", textwrap.indent(textwrap.dedent(pagination), " " * 8))


def api(pagination: str) -> Api:
    return build(parse_spec(spec(pagination), "p.yaml"))


def problems(pagination: str) -> list[str]:
    with pytest.raises(SpecError) as caught:
        api(pagination)
    return [str(p) for p in caught.value.problems]


def test_a_declared_pagination_returns_the_whole_body_and_reads_pages_from_it() -> None:
    op = api("{page: page, per-page: size, items: data, total: meta.count}\n").operations[0]
    pg = op.pagination
    assert pg is not None
    # The envelope payload (`data`) does not apply: a page is the whole body.
    assert op.result == ModelType("ThingPage")
    assert (pg.page.name, pg.per_page and pg.per_page.name) == ("page", "size")
    assert pg.first_page == 0  # the page parameter's minimum
    assert pg.items.python_name == "data" and pg.item_type == ModelType("Thing")
    assert [s.python_name for s in pg.total] == ["meta", "count"]
    assert [s.model for s in pg.total] == ["ThingPage", "ThingPageMeta"]
    assert pg.total[-1].type == ScalarType("int")


def test_page_size_and_total_are_optional() -> None:
    pg = api("{page: page, items: data}\n").operations[0].pagination
    assert pg is not None and pg.per_page is None and pg.total == ()


def test_without_the_setting_nothing_is_paginated() -> None:
    plain = build(parse_spec(SPEC.replace("      x-sdk-pagination:\nPAGINATION\n", ""), "p.yaml"))
    assert plain.operations[0].pagination is None
    assert not plain.paginated


@pytest.mark.parametrize(
    ("pagination", "where", "message"),
    [
        ("[page]\n", "10:7", "x-sdk-pagination must be a mapping with `page` and `items`"),
        (
            "{page: page, items: data, cursor: x}\n",
            "11:35",
            "unknown x-sdk-pagination setting 'cursor'; known: page, per-page, items, total",
        ),
        (
            "{page: p, items: data}\n",
            "11:10",
            "x-sdk-pagination page must name a query parameter of this operation, not 'p' "
            "(query parameters: page, size, q)",
        ),
        (
            "{page: q, items: data}\n",
            "11:10",
            "x-sdk-pagination page: parameter 'q' must be an integer",
        ),
        (
            "{page: page, per-page: q, items: data}\n",
            "11:22",
            "x-sdk-pagination per-page: parameter 'q' must be an integer",
        ),
        ("{page: page, items: meta}\n", "11:22", "property 'meta' of ThingPage must be an array"),
        ("{page: page, items: rows}\n", "11:22", "items: ThingPage has no property 'rows' (rows)"),
        (
            "{page: page, items: meta.count}\n",
            "11:22",
            "items must be a top-level property of the response, not 'meta.count'",
        ),
        (
            "{page: page, items: data, total: meta.label}\n",
            "11:35",
            "total: 'meta.label' must be an integer",
        ),
        (
            "{page: page, items: data, total: meta.nope}\n",
            "11:35",
            "ThingPageMeta has no property 'nope'",
        ),
    ],
)
def test_each_mistake_is_located(pagination: str, where: str, message: str) -> None:
    (problem,) = problems(pagination)
    assert problem.startswith(f"p.yaml:{where}: ")
    assert message in problem


def test_a_paginated_operation_needs_one_json_object_answer() -> None:
    text = spec("{page: page, items: data}\n").replace(
        "schema: {$ref: '#/components/schemas/ThingPage'}", "schema: {type: array, items: {}}"
    )
    with pytest.raises(SpecError) as caught:
        build(parse_spec(text, "p.yaml"))
    (problem,) = [str(p) for p in caught.value.problems]
    assert "a paginated operation needs exactly one 2xx answer, a JSON object" in problem
