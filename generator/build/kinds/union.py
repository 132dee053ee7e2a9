"""``oneOf``/``anyOf`` and ``type`` lists: a union ``A | B``.

With a ``discriminator`` the decoder reads the named property to pick the variant (values from
``mapping``, else the component names of the variants). Without one, each variant gets a
compiled matcher (its validator) and the decoder runs them: oneOf needs exactly one match,
anyOf takes the first. A component union is named: ``Pet: TypeAlias = Cat | Dog``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ... import names
from ...findings.shapes import DISCRIMINATOR_UNUSABLE
from ...ir import Alias, AnyType, Discriminator, ModelType, TypeRef, UnionType
from ...load import JsonPath
from ...schemas import component_name, pointer
from ..context import Context, text
from ..views import response_view


def accepts(schema: Mapping[str, Any]) -> bool:
    if any(isinstance(schema.get(k), list) and schema[k] for k in ("oneOf", "anyOf")):
        return True
    types = schema.get("type")
    return isinstance(types, list) and len(types) > 1


def parse(ctx: Context, schema: Mapping[str, Any], at: JsonPath, hint: str) -> TypeRef:
    is_component = len(at) == 3 and at[:2] == ("components", "schemas")
    name = ctx.class_name(schema, at, hint) if is_component else ""
    base = name or hint
    one_of = isinstance(schema.get("oneOf"), list) and bool(schema["oneOf"])
    if one_of or isinstance(schema.get("anyOf"), list):
        key = "oneOf" if one_of else "anyOf"
        items = [(v, (*at, key, i)) for i, v in enumerate(schema[key])]
    else:  # a type list: each type with the keywords that apply to it
        key = "type"
        items = [({**schema, "type": t}, (*at, "type", i)) for i, t in enumerate(schema["type"])]
    variants: list[TypeRef] = []
    matchers: list[str] = []
    for i, (variant, variant_at) in enumerate(items):
        variant_hint = f"{base}Option{i + 1}"
        if key == "type":
            assert ctx.parse_type is not None
            variants.append(ctx.parse_type(ctx, variant, at, variant_hint))
        else:
            variants.append(ctx.type_of(variant, variant_at, variant_hint))
        function = f"match_{names.snake(base)}_{i + 1}"
        matchers.append(
            ctx.add_validator(pointer(variant_at), function, response_view(ctx, variant))
        )
    unique = _distinct(variants)
    if len(unique) == 1 and not name:
        return unique[0]
    if any(isinstance(v, AnyType) for v in variants):
        return AnyType()
    result = UnionType(
        variants=tuple(variants),
        one_of=key != "anyOf",
        matchers=tuple(matchers),
        discriminator=_discriminator(ctx, schema, at, variants),
        name=name,
    )
    if name:
        ctx.aliases[name] = Alias(name, pointer(at), text(schema.get("description")), result)
    return result


def _distinct(variants: list[TypeRef]) -> list[TypeRef]:
    found: list[TypeRef] = []
    for v in variants:
        if v not in found:
            found.append(v)
    return found


def _discriminator(
    ctx: Context, schema: Mapping[str, Any], at: JsonPath, variants: list[TypeRef]
) -> Discriminator | None:
    spec = schema.get("discriminator")
    if not isinstance(spec, Mapping) or not isinstance(spec.get("propertyName"), str):
        return None
    where = (*at, "discriminator")
    key = "oneOf" if "oneOf" in schema else "anyOf"
    refs = [v.get("$ref") if isinstance(v, Mapping) else None for v in schema.get(key) or []]
    by_ref = {
        ref: t.name
        for ref, t in zip(refs, variants, strict=False)
        if isinstance(ref, str) and isinstance(t, ModelType)
    }
    if len(by_ref) != len(variants) or len(refs) != len(variants):
        message = (
            "a discriminator needs every variant to be a $ref to an object schema: "
            "responses are decoded by the compiled validators instead"
        )
        ctx.warn(where, message, DISCRIMINATOR_UNUSABLE)
        return None
    pairs: list[tuple[str, str]] = []
    mapping = spec.get("mapping")
    if isinstance(mapping, Mapping):
        for value, target in mapping.items():
            ref = target if str(target).startswith("#") else f"#/components/schemas/{target}"
            if ref not in by_ref:
                message = f"{target!r} is not one of the variants: this mapping is left out"
                ctx.warn((*where, "mapping", value), message, DISCRIMINATOR_UNUSABLE)
                continue
            pairs.append((str(value), by_ref[ref]))
    mapped = {cls for _, cls in pairs}
    renamed: list[tuple[str, str, list[str]]] = []  # (implicit name, class, values allowed)
    for ref, cls in by_ref.items():
        if cls in mapped:
            continue
        implicit = component_name(str(ref)) or cls  # the component's own name
        allowed = _values_of(ctx, str(ref), spec["propertyName"])
        if allowed is None or implicit in allowed:
            pairs.append((implicit, cls))
        else:
            # The name can never be the value (OpenAI's: `type: {enum: [function]}`): the
            # values the variant allows are what a server sends.
            renamed.append((implicit, cls, allowed))
            pairs += [(value, cls) for value in allowed]
    values = [value for value, _ in pairs]
    shared = sorted({v for v in values if values.count(v) > 1})
    if shared:
        message = (
            f"discriminator values {', '.join(map(repr, shared[:3]))} name more than one "
            "variant: responses are decoded by the compiled validators instead"
        )
        ctx.warn(where, message, DISCRIMINATOR_UNUSABLE)
        return None
    if renamed:
        implicit, cls, allowed = renamed[0]
        more = f" (and {len(renamed) - 1} more variants)" if len(renamed) > 1 else ""
        message = (
            f"no mapping names {cls}, and {spec['propertyName']!r} there can never be "
            f"{implicit!r} (its component name), only {', '.join(map(repr, allowed))}{more}: "
            "decoded by the values each variant allows"
        )
        ctx.warn(where, message, DISCRIMINATOR_UNUSABLE)
    return Discriminator(spec["propertyName"], tuple(pairs))


def _values_of(ctx: Context, ref: str, name: str) -> list[str] | None:
    """The string values a variant's discriminator property may take (``const``/``enum``),
    or None when it does not say (through ``allOf`` parts too)."""
    variant, _ = ctx.resolve({"$ref": ref}, ())
    todo = [variant]
    while todo:
        node, _ = ctx.resolve(todo.pop(), ())
        if not isinstance(node, Mapping):
            continue
        prop, _ = ctx.resolve((node.get("properties") or {}).get(name), ())
        if isinstance(prop, Mapping) and "const" in prop:
            return [str(prop["const"])]
        if isinstance(prop, Mapping) and isinstance(prop.get("enum"), list):
            return [str(v) for v in prop["enum"] if v is not None]
        todo += [part for part in node.get("allOf") or [] if isinstance(part, Mapping)]
    return None
