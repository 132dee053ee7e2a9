"""The request and response forms of a schema, for the compiled validators.

A ``readOnly`` property is never sent, so the request form drops it (and its ``required``
entry); a ``writeOnly`` one never comes back, so the response form does not require it.
``$ref`` s point at the same form of the component: ``Pet`` (request form, also the plain
schema when nothing differs) or ``Pet@response``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .. import names
from ..schemas import COMPONENT_PREFIX, component_name
from .context import Context

RESPONSE = "@response"
_DATA = frozenset({"example", "examples", "default", "enum", "const"})  # values, not schemas


def request_view(schema: Any) -> Any:
    return _view(schema, "readOnly", drop=True, suffix="")


def request_component(ctx: Context, name: str) -> None:
    """Register the request-form validator of component ``name`` (``validate_<name>``)."""
    ctx.add_validator(name, "validate_" + names.snake(name), request_view(ctx.schemas[name]))


def response_view(ctx: Context, schema: Any) -> Any:
    """The response form of ``schema``; registers the components it refers to."""
    for name in _refs(schema):
        _response_component(ctx, name)
    return _view(schema, "writeOnly", drop=False, suffix=RESPONSE)


def _response_component(ctx: Context, name: str) -> None:
    key = name + RESPONSE
    if key in ctx.validators or name not in ctx.schemas:
        return
    ctx.add_validator(key, "match_" + names.snake(name), {})  # reserve: refs may loop back
    view = response_view(ctx, ctx.schemas[name])
    ctx.validators[key] = dataclasses.replace(ctx.validators[key], schema=view)


def _refs(schema: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(schema, Mapping):
        name = component_name(str(schema.get("$ref", "")))
        if name is not None:
            found.add(name)
        for value in schema.values():
            found |= _refs(value)
    elif isinstance(schema, list):
        for value in schema:
            found |= _refs(value)
    return found


def _view(schema: Any, flag: str, *, drop: bool, suffix: str) -> Any:
    if isinstance(schema, list):
        return [_view(v, flag, drop=drop, suffix=suffix) for v in schema]
    if not isinstance(schema, Mapping):
        return schema
    result = {
        k: v if k in _DATA else _view(v, flag, drop=drop, suffix=suffix) for k, v in schema.items()
    }
    ref = schema.get("$ref")
    if suffix and isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
        result["$ref"] = ref + suffix
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        flagged = {
            str(k) for k, v in properties.items() if isinstance(v, Mapping) and v.get(flag) is True
        }
        if flagged:
            if drop:
                result["properties"] = {
                    k: v for k, v in result["properties"].items() if k not in flagged
                }
            if isinstance(schema.get("required"), list):
                result["required"] = [r for r in schema["required"] if r not in flagged]
    return result
