"""Runtime helpers that :mod:`generator.validators` copies into the generated validators module.

They are source text, not imported code: the generated package has no dependency on the
generator. ``PRELUDE`` is always emitted; the optional helpers only when a schema needs them.
"""

from __future__ import annotations

PRELUDE = '''\
def _at(path: str, key: object) -> str:
    """The path of property ``key`` of the object at ``path`` (``""`` is the root)."""
    return f"{path}.{key}" if path else str(key)


def _report(errors: list[str], path: str, message: str) -> None:
    errors.append(f"{path}: {message}" if path else message)


def _show(value: object) -> str:
    """A short repr for messages; containers are elided because they may hold secrets."""
    if isinstance(value, dict):
        return "{...}" if value else "{}"
    if isinstance(value, list):
        return "[...]" if value else "[]"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _is_number(value: object) -> bool:
    """JSON Schema's number: an int or a float, never a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_integer(value: object) -> bool:
    """JSON Schema's integer: 3 and 3.0, never True."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)'''

OPTIONAL = {
    "json_equal": '''\
def _json_equal(one: object, two: object) -> bool:
    """Equality as JSON Schema defines it: 1 == 1.0, but True != 1."""
    if isinstance(one, bool) or isinstance(two, bool):
        return isinstance(one, bool) and isinstance(two, bool) and one == two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(
            _json_equal(a, b) for a, b in zip(one, two, strict=True)
        )
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(_json_equal(one[k], two[k]) for k in one)
    return one == two''',
    "multiple": '''\
def _is_multiple_of(value: float, step: float) -> bool:
    """multipleOf for a float step: float division first, exact fractions if that overflows."""
    try:
        quotient = value / step
        return int(quotient) == quotient
    except OverflowError:
        return (Fraction(value) / Fraction(step)).denominator == 1''',
}

# Names the helpers and imports take in the generated module.
RESERVED = frozenset(
    {"_at", "_report", "_show", "_is_number", "_is_integer", "_json_equal", "_is_multiple_of"}
    | {"re", "Fraction"}
)
