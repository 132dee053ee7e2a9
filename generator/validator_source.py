"""Python-source building blocks for :mod:`generator.validators`.

* ``PRELUDE`` and ``OPTIONAL``: runtime helpers copied, as source text, into the generated
  validators module (the generated package does not depend on the generator). The prelude is
  always emitted; an optional helper only when a schema needs it.
* ``If``/``For``/``render``: a tiny statement model, so nested ``if``s can be merged (ruff's
  SIM102) and the variables code reads can be found by parsing it (``variables``).
* ``split_literal``: a long string as a module constant split over several short lines.
"""

from __future__ import annotations

import re
import symtable
from dataclasses import dataclass, field

MARK = "\x00"  # where a rule's condition names a field: the rule object's path goes there

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
    "unique": '''\
def _unique_items(items: list[object]) -> bool:
    """uniqueItems: no two items are equal as JSON values (1 == 1.0, but True != 1)."""
    return not any(
        _json_equal(item, other) for index, item in enumerate(items) for other in items[index + 1 :]
    )''',
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
    | {"_unique_items"}
    | {"re", "Fraction"}
)


@dataclass
class If:
    test: str
    body: list[Stmt]
    orelse: list[Stmt] = field(default_factory=list)


@dataclass
class For:
    header: str
    body: list[Stmt]


Stmt = str | If | For


def render(stmts: list[Stmt], depth: int = 0) -> list[str]:
    """Indented source lines; ``if a: if b:`` without else is merged into ``if a and b:``."""
    pad = "    " * depth
    lines: list[str] = []
    for stmt in stmts:
        if isinstance(stmt, str):
            lines.append(pad + stmt)
        elif isinstance(stmt, For):
            lines += [f"{pad}{stmt.header}:", *render(stmt.body, depth + 1)]
        else:
            test, body = stmt.test, stmt.body
            while not stmt.orelse and len(body) == 1 and isinstance(body[0], If):
                if body[0].orelse:
                    break
                test, body = f"{_group(test)} and {_group(body[0].test)}", body[0].body
            lines += [f"{pad}if {test}:", *render(body, depth + 1)]
            if stmt.orelse:
                lines += [f"{pad}else:", *render(stmt.orelse, depth + 1)]
    return lines


def _group(test: str) -> str:
    return f"({test})" if " or " in test else test


def variables(stmts: list[Stmt]) -> set[str]:
    """The variables that code names (string contents never count: we parse it). Python's own
    symbol tables: several times faster than walking the syntax tree, on a hot path."""
    names: set[str] = set()
    tables = [symtable.symtable("\n".join(render(stmts)), "<validator>", "exec")]
    while tables:
        table = tables.pop()
        names.update(n for n in table.get_identifiers() if n.isidentifier())  # not ".0"
        tables.extend(table.get_children())  # comprehensions
    return names


def split_literal(value: str, name: str) -> str:
    """``NAME = ("chunk" "chunk")`` with every chunk short enough for one line."""
    chunks: list[str] = []
    current = ""
    # Break after spaces where possible; split a long word anywhere.
    words = re.findall(r"\S*\s*", value)
    for piece in (p for w in words for p in ([w] if len(ascii(w)) <= 60 else w)):
        if current and len(ascii(current + piece)) > 60:
            chunks.append(ascii(current))
            current = ""
        current += piece
    chunks.append(ascii(current))
    return f"{name} = (\n" + "".join(f"    {c}\n" for c in chunks) + ")"
