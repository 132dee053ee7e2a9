"""Comparing the documented rules of one value: which bounds narrowed, which widened."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..ir import Constraint

LOWER = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems"})
UPPER = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems"})


def flatten(constraints: tuple[Constraint, ...]) -> dict[str, Any]:
    """Keyword → value, with merged pairs (``minimum/maximum``) split again."""
    result: dict[str, Any] = {}
    for c in constraints:
        if "/" in c.keyword and isinstance(c.value, tuple):
            low, high = c.keyword.split("/")
            result[low], result[high] = c.value
        else:
            result[c.keyword] = c.value
    return result


def compare(
    old: tuple[Constraint, ...], new: tuple[Constraint, ...]
) -> Iterator[tuple[str, bool, str]]:
    """Each changed keyword as (keyword, narrowed, words): narrowed means fewer values pass."""
    before, after = flatten(old), flatten(new)
    for keyword in sorted(before.keys() | after.keys()):
        a, b = before.get(keyword), after.get(keyword)
        if a == b:
            continue
        if a is None:
            yield keyword, True, f"`{keyword}: {b!r}` added"
        elif b is None:
            yield keyword, False, f"`{keyword}: {a!r}` removed"
        elif keyword in LOWER and _numbers(a, b):
            yield keyword, b > a, f"`{keyword}` {a!r} → {b!r}"
        elif keyword in UPPER and _numbers(a, b):
            yield keyword, b < a, f"`{keyword}` {a!r} → {b!r}"
        else:  # pattern, format, multipleOf, const: another rule, assume it rejects more
            yield keyword, True, f"`{keyword}` {a!r} → {b!r}"


def _numbers(a: Any, b: Any) -> bool:
    return all(isinstance(v, int | float) and not isinstance(v, bool) for v in (a, b))
