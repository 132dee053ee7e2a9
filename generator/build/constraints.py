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
    ):
        if low in schema and high in schema:
            text = f"{schema[low]} to {schema[high]}{unit}"
            result.append(Constraint(f"{low}/{high}", (schema[low], schema[high]), text))
        elif low in schema:
            result.append(Constraint(low, schema[low], f"at least {schema[low]}{unit}"))
        elif high in schema:
            result.append(Constraint(high, schema[high], f"at most {schema[high]}{unit}"))
    result += [Constraint(k, schema[k], _WORDS[k].format(schema[k])) for k in _WORDS if k in schema]
    return tuple(result)


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
