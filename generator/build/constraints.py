"""Documented rules on one value ("60 to 86400", "matches `^a`") and enum values for docs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..ir import Constraint

_WORDS = {
    "exclusiveMinimum": "greater than {}",
    "exclusiveMaximum": "less than {}",
    "multipleOf": "a multiple of {}",
    "pattern": "matches `{}`",
    "const": "exactly {!r}",
    "format": "format {}",
}


def constraints(schema: Mapping[str, Any]) -> tuple[Constraint, ...]:
    """Documented rules on a value, with bounds pairs merged: "60 to 86400"."""
    result: list[Constraint] = []
    for low, high, unit in (
        ("minimum", "maximum", ""),
        ("minLength", "maxLength", " characters"),
        ("minItems", "maxItems", " items"),
        ("minProperties", "maxProperties", " properties"),
    ):
        if low in schema and high in schema:
            text = f"{schema[low]} to {schema[high]}{unit}"
            result.append(Constraint(f"{low}/{high}", (schema[low], schema[high]), text))
        elif low in schema:
            result.append(Constraint(low, schema[low], f"at least {schema[low]}{unit}"))
        elif high in schema:
            result.append(Constraint(high, schema[high], f"at most {schema[high]}{unit}"))
    result += [Constraint(k, schema[k], _WORDS[k].format(schema[k])) for k in _WORDS if k in schema]
    return tuple(result + _collections(schema))


def _collections(schema: Mapping[str, Any]) -> list[Constraint]:
    """Rules on items and keys: "unique items", "keys match `^x-`", "other keys match `^n`"."""
    found: list[Constraint] = []
    if schema.get("uniqueItems") is True:
        found.append(Constraint("uniqueItems", True, "unique items"))
    if "contains" in schema:
        low, high = schema.get("minContains", 1), schema.get("maxContains")
        words = [f"at least {low}" if low else "", f"at most {high}" if high is not None else ""]
        text = " and ".join(w for w in words if w)
        if text:
            noun = "item" if (high if high is not None else low) == 1 else "items"
            found.append(Constraint("contains", (low, high), f"{text} matching {noun}"))
    names = schema.get("propertyNames")
    if isinstance(names, Mapping) and isinstance(names.get("pattern"), str):
        found.append(
            Constraint("propertyNames", names["pattern"], f"keys match `{names['pattern']}`")
        )
    patterns = schema.get("patternProperties")
    closed = any(schema.get(k) is False for k in ("additionalProperties", "unevaluatedProperties"))
    if isinstance(patterns, Mapping) and patterns and closed:
        shown = " or ".join(f"`{p}`" for p in patterns)
        found.append(Constraint("patternProperties", list(patterns), f"other keys match {shown}"))
    return found


def allowed_values(schema: Any) -> tuple[str, ...]:
    values = schema.get("enum") if isinstance(schema, Mapping) else None
    return tuple(str(v) for v in values) if isinstance(values, list) else ()


def integer_minimum(found: tuple[Constraint, ...]) -> int | None:
    """The integer lower bound among documented constraints, if any."""
    for c in found:
        if c.keyword == "minimum" and isinstance(c.value, int):
            return c.value
        if c.keyword == "minimum/maximum" and isinstance(c.value[0], int):
            return int(c.value[0])
    return None
