"""Pagination: how a list operation walks its pages, as the spec declares it.

Nothing is guessed from parameter or field names: an operation is paginated only when it says
so with ``x-sdk-pagination``::

    x-sdk-pagination:
      page: page_no               # the query parameter numbering pages (required)
      per-page: per_page          # the query parameter sizing pages
      items: data                 # the array property of the response holding the page's items
      total: paging.total_count   # where the response reports the total number of items

A paginated operation returns its whole response body (its ``paging`` is part of what a page
tells), so a declared envelope payload does not apply to it. Every mistake in the declaration
is a located problem.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..findings.build import INVALID_SETTING
from ..ir import (
    ListType,
    ModelType,
    Pagination,
    Parameter,
    PathStep,
    Response,
    ScalarType,
    TypeRef,
    strip_null,
)
from ..load import JsonPath
from .constraints import integer_minimum
from .context import Context

SETTING = "x-sdk-pagination"
_KEYS = ("page", "per-page", "items", "total")


def pagination(
    ctx: Context,
    at: JsonPath,
    op: Mapping[str, Any],
    params: Sequence[Parameter],
    responses: Sequence[Response],
) -> Pagination | None:
    if SETTING not in op:
        return None
    where: JsonPath = (*at, SETTING)
    setting = op[SETTING]
    if not isinstance(setting, Mapping):
        ctx.fail(
            where,
            f"{SETTING} must be a mapping with `page` and `items`, not {setting!r}",
            INVALID_SETTING,
        )
        return None
    ok = True
    for key in setting:
        if key not in _KEYS:
            ctx.fail(
                (*where, key),
                f"unknown {SETTING} setting {key!r}; known: {', '.join(_KEYS)}",
                INVALID_SETTING,
            )
            ok = False
    page, page_ok = _page_parameter(ctx, where, setting, "page", params, required=True)
    per_page, per_page_ok = _page_parameter(ctx, where, setting, "per-page", params, required=False)
    body = _body(ctx, where, responses)
    if not (ok and page_ok and per_page_ok) or page is None or body is None:
        return None
    items = _items(ctx, where, setting, body)
    total = _total(ctx, where, setting, body)
    if items is None or total is None:
        return None
    item_type = strip_null(items.type)
    assert isinstance(item_type, ListType)
    return Pagination(
        page=page,
        per_page=per_page,
        first_page=_first_page(page),
        body=body.name,
        items=items,
        item_type=item_type.item,
        total=total,
        total_wire=str(setting.get("total") or ""),
    )


def _page_parameter(
    ctx: Context,
    where: JsonPath,
    setting: Mapping[str, Any],
    key: str,
    params: Sequence[Parameter],
    *,
    required: bool,
) -> tuple[Parameter | None, bool]:
    """The named integer query parameter (None when not declared), and whether all is well."""
    name = setting.get(key)
    if name is None and not required:
        return None, True
    found = next((p for p in params if p.location == "query" and p.name == name), None)
    if found is None:
        known = ", ".join(p.name for p in params if p.location == "query") or "none"
        ctx.fail(
            (*where, key),
            f"{SETTING} {key} must name a query parameter of this operation, not {name!r} "
            f"(query parameters: {known})",
            INVALID_SETTING,
        )
        return None, False
    if not _is_int(found.type):
        ctx.fail(
            (*where, key),
            f"{SETTING} {key}: parameter {name!r} must be an integer",
            INVALID_SETTING,
        )
        return None, False
    return found, True


def _body(ctx: Context, where: JsonPath, responses: Sequence[Response]) -> ModelType | None:
    bodies = [r.type for r in responses if r.media == "json"]
    if len(bodies) != 1 or len(responses) != 1 or not isinstance(bodies[0], ModelType):
        ctx.fail(
            where,
            f"a paginated operation needs exactly one 2xx answer, a JSON object: {SETTING} "
            "reads the page's items and total from it",
            INVALID_SETTING,
        )
        return None
    return bodies[0]


def _walk(
    ctx: Context, at: JsonPath, body: ModelType, dotted: Any, what: str
) -> tuple[PathStep, ...] | None:
    """The attributes along a dotted JSON path through nested models."""
    if not isinstance(dotted, str) or not dotted:
        ctx.fail(
            at,
            f"{SETTING} {what} must be a property name (dotted for nested ones)",
            INVALID_SETTING,
        )
        return None
    steps: list[PathStep] = []
    model_name = body.name
    for part in dotted.split("."):
        model = ctx.models.get(model_name)
        field = next((f for f in model.fields if f.name == part), None) if model else None
        if field is None:
            ctx.fail(
                at,
                f"{SETTING} {what}: {model_name} has no property {part!r} ({dotted})",
                INVALID_SETTING,
            )
            return None
        steps.append(PathStep(field.python_name, model_name, field.type))
        inner = strip_null(field.type)
        model_name = inner.name if isinstance(inner, ModelType) else ""
    return tuple(steps)


def _items(
    ctx: Context, where: JsonPath, setting: Mapping[str, Any], body: ModelType
) -> PathStep | None:
    at: JsonPath = (*where, "items")
    name = setting.get("items")
    if isinstance(name, str) and "." in name:
        ctx.fail(
            at,
            f"{SETTING} items must be a top-level property of the response, not {name!r}",
            INVALID_SETTING,
        )
        return None
    steps = _walk(ctx, at, body, name, "items")
    if steps is None:
        return None
    if not isinstance(strip_null(steps[0].type), ListType):
        ctx.fail(
            at,
            f"{SETTING} items: property {name!r} of {body.name} must be an array",
            INVALID_SETTING,
        )
        return None
    return steps[0]


def _total(
    ctx: Context, where: JsonPath, setting: Mapping[str, Any], body: ModelType
) -> tuple[PathStep, ...] | None:
    if setting.get("total") is None:
        return ()
    at: JsonPath = (*where, "total")
    steps = _walk(ctx, at, body, setting["total"], "total")
    if steps is None:
        return None
    if not _is_int(steps[-1].type):
        ctx.fail(at, f"{SETTING} total: {setting['total']!r} must be an integer", INVALID_SETTING)
        return None
    return steps


def _is_int(t: TypeRef) -> bool:
    inner = strip_null(t)
    return isinstance(inner, ScalarType) and inner.kind == "int"


def _first_page(page: Parameter) -> int:
    if isinstance(page.default, int) and not isinstance(page.default, bool):
        return page.default
    low = integer_minimum(page.constraints)
    return 1 if low is None else low
