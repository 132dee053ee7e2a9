"""An object with ``properties`` (or the parts of an ``allOf``): a dataclass.

``allOf`` parts are merged into one model: the fields of every part, in order, required when
any part requires them. ``additionalProperties`` with a schema becomes a typed ``extra``; so do
``patternProperties`` (typed as :func:`.mapping.extra_type` says). The attribute is
``extra_properties`` when the spec has a property ``extra``: spec names win.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ... import names
from ...findings.naming import INVALID_NAME
from ...findings.shapes import REQUIRED_UNDEFINED
from ...ir import NO_DEFAULT, Field, Model, ModelType, Rule, TypeRef
from ...load import JsonPath
from ...rules import describe_rules
from ...schemas import pointer
from ..constraints import allowed_values, constraints
from ..context import Context, text
from ..deprecation import deprecation
from ..naming import extra_attribute, resolve_fields
from .mapping import extra_type


def accepts(schema: Mapping[str, Any]) -> bool:
    return isinstance(schema.get("properties"), Mapping)


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    name = ctx.class_name(schema, at, hint)
    result = ModelType(name)
    ctx.remember(at, result)
    if name in ctx.models:
        return result
    ctx.model_order.append(name)
    properties: dict[str, tuple[Any, JsonPath]] = {}
    required: set[str] = set()
    extra: tuple[Any, JsonPath] | None = None
    pattern_extra: TypeRef | None = None  # typed by patternProperties (see mapping.extra_type)
    description = ""
    named_at: dict[str, JsonPath] = {}  # where each required name is listed
    open_schema = False
    for part, part_at in _parts(ctx, schema, at):
        open_schema = open_schema or _allows_more(part)
        for prop, sub in (part.get("properties") or {}).items():
            properties.setdefault(str(prop), (sub, (*part_at, "properties", prop)))
        for i, r in enumerate(part.get("required") or []):
            required.add(str(r))
            named_at.setdefault(str(r), (*part_at, "required", i))
        more = part.get("additionalProperties")
        if isinstance(more, Mapping) and extra is None:
            extra = (more, (*part_at, "additionalProperties"))
        if part.get("patternProperties") and pattern_extra is None:
            pattern_extra = extra_type(ctx, part, part_at, name + "Value")
        description = description or text(part.get("description"))
    for prop in sorted(required - set(properties)):
        message = (
            f"required property {prop!r} of {name!r} is not defined in properties: "
            "typed as any JSON value"
        )
        ctx.warn(named_at.get(prop, (*at, "required")), message, REQUIRED_UNDEFINED)
        properties[prop] = ({}, (*at, "required", prop))
    fields = [
        _field(ctx, name, prop, sub, sub_at, prop in required)
        for prop, (sub, sub_at) in properties.items()
    ]
    _check_names(ctx, at, fields)
    fields = resolve_fields(ctx, at, fields)
    typed_extra = ctx.type_of(extra[0], extra[1], name + "Value") if extra else None
    typed_extra = pattern_extra or typed_extra
    is_component = len(at) == 3 and at[:2] == ("components", "schemas")
    deprecated, reason = deprecation(schema)
    ctx.models[name] = Model(
        name=name,
        key=pointer(at),
        description=text(schema.get("description")) or description,
        fields=tuple(fields),
        rules=tuple(_rules(schema)),
        validator="validate_" + names.snake(str(at[2])) if is_component else "",
        extra=typed_extra,
        extra_name=extra_attribute(fields),
        deprecated=deprecated,
        deprecation=reason,
        open=open_schema,
    )
    ctx.model_schemas[name] = schema
    return result


def _parts(
    ctx: Context, schema: Mapping[str, Any], at: JsonPath
) -> list[tuple[Mapping[str, Any], JsonPath]]:
    """The schema and, recursively, every ``allOf`` part (refs followed), in order."""
    found: list[tuple[Mapping[str, Any], JsonPath]] = []
    for i, part in enumerate(schema.get("allOf") or []):
        target, target_at = ctx.resolve(part, (*at, "allOf", i))
        if isinstance(target, Mapping):
            found += _parts(ctx, target, target_at)
    return [*found, (schema, at)]


def _allows_more(part: Mapping[str, Any]) -> bool:
    """Whether the schema says it takes properties it does not declare (leaving the keyword
    out does not count: the model could not send them)."""
    return (
        part.get("additionalProperties") not in (None, False)
        or bool(part.get("patternProperties"))
        or part.get("unevaluatedProperties") not in (None, False)
    )


def _rules(schema: Mapping[str, Any]) -> list[Rule]:
    return [Rule(sentence) for sentence in describe_rules(schema)]


def _field(ctx: Context, owner: str, prop: str, sub: Any, at: JsonPath, required: bool) -> Field:
    field_type = ctx.type_of(sub, at, owner + names.pascal(prop))
    node = sub if isinstance(sub, Mapping) else {}
    target, _ = ctx.resolve(node, at)
    target = target if isinstance(target, Mapping) else {}
    items = target.get("items")
    items = ctx.resolve(items, at)[0] if isinstance(items, Mapping) else {}

    def flag(key: str) -> bool:
        return node.get(key) is True or target.get(key) is True

    secret = flag("writeOnly") or any(
        isinstance(n, Mapping) and (n.get("writeOnly") is True or n.get("format") == "password")
        for n in (node, target, items)
    )
    deprecated, reason = deprecation(node, target)
    return Field(
        name=prop,
        python_name=names.field_name(prop),
        type=field_type,
        required=required,
        default=node.get("default", target.get("default", NO_DEFAULT)),
        description=text(node.get("description") or target.get("description")),
        secret=secret,
        read_only=flag("readOnly"),
        write_only=flag("writeOnly"),
        constraints=constraints(node),
        allowed_values=allowed_values(target),
        deprecated=deprecated,
        deprecation=reason,
    )


def _check_names(ctx: Context, at: JsonPath, fields: list[Field]) -> None:
    for f in fields:
        if not f.python_name:
            ctx.fail(
                (*at, "properties", f.name),
                f"property {f.name!r} has no letters to make a Python name from",
                INVALID_NAME,
            )
