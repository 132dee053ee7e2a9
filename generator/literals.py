"""Filters that turn spec values into safe Python, Markdown, TOML and YAML text.

The only way a spec value enters generated code or docs: literals via ``repr``, docstrings and
table cells escaped. Used by the templates (as Jinja filters) and by :mod:`generator.examples`.
"""

from __future__ import annotations

import functools
import json
import re
import textwrap
import unicodedata
from contextvars import ContextVar
from typing import Any

from .ir import NO_DEFAULT

# The characters of the spec being rendered that ruff may call ambiguous (set by render, from
# generator.confusables); inside Python strings and docstrings they are written as escapes.
AMBIGUOUS: ContextVar[frozenset[str]] = ContextVar("AMBIGUOUS", default=frozenset())


def py_literal(value: Any) -> str:
    """A Python literal for a JSON-like value (the only way a spec value enters code)."""
    if isinstance(value, str):
        return escape_ambiguous(repr(value))
    if isinstance(value, (int, float, bool, bytes)) or value is None:
        return repr(value)
    if isinstance(value, tuple):
        items = [py_literal(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
        return "{" + pairs + "}"
    raise TypeError(f"cannot emit a Python literal for {type(value).__name__}")


def docstring(text: str, indent: int = 0, lead: int | None = None, width: int = 99) -> str:
    """Text safe inside a triple-quoted docstring, wrapped to fit the line length.

    ``indent`` is the column of continuation lines; ``lead`` the column where the text starts
    on the first line (after a label such as ``name: ``), by default ``indent``.
    """
    # The same texts come back for every operation (the extra_* arguments, errors): wrapped
    # once. The characters to escape are part of the key: they depend on the whole spec.
    return _docstring(str(text), indent, lead, width, AMBIGUOUS.get())


@functools.lru_cache(maxsize=4096)
def _docstring(
    text: str, indent: int, lead: int | None, width: int, ambiguous: frozenset[str]
) -> str:
    safe = text.replace("\\", "\\\\")
    # A quote that starts three in a row, or ends the text (wrapping drops trailing spaces),
    # could close the docstring.
    safe = re.sub(r'"(?=""|\s*$)', r'\\"', safe)
    safe = escape_ambiguous(escape_controls(safe))
    first = indent if lead is None else lead
    # Wrap from the leftmost of the two columns, so each line ends at ``width``.
    base = min(first, indent)
    lines = textwrap.wrap(
        safe,
        width=max(width - base, 40),
        initial_indent=" " * (first - base),
        subsequent_indent=" " * (indent - base),
        break_long_words=False,
        break_on_hyphens=False,
    ) or [""]
    return ("\n" + " " * base).join(lines).lstrip(" ")


def escape_controls(text: str) -> str:
    """``text`` with :func:`_escape_control` applied to each character."""
    if text.replace("\n", "").replace("\t", "").isprintable():  # no C or Zl/Zp character
        return text
    return "".join(_escape_control(c) for c in text)


def _escape_control(char: str) -> str:
    """Control and line-separator characters as escapes: source files cannot hold them raw."""
    if char in "\n\t" or (unicodedata.category(char)[0] != "C" and char not in "\u2028\u2029"):
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escape_ambiguous(source: str) -> str:
    """``source`` (the text of a string literal) with the characters ruff would flag as
    ambiguous written as escapes, keeping words in other scripts readable.

    ruff flags a confusable character unless its word (a run of letters and digits) has no ASCII
    and some non-ASCII letter that is not confusable (a Russian word passes, ``Hello`` with a
    Cyrillic ``e`` does not);
    outside words it always flags one. Each escape adds ASCII letters to its neighbours' words,
    so this runs until nothing changes.
    """
    table = AMBIGUOUS.get()
    while table and not source.isascii():
        escaped = "".join(
            _escape_code(c) if c in table and _flagged(source, i, table) else c
            for i, c in enumerate(source)
        )
        if escaped == source:
            break
        source = escaped
    return source


def _flagged(text: str, at: int, table: frozenset[str]) -> bool:
    if not text[at].isalnum():
        return True
    # Word bounds, taken wide for "has ASCII" and narrow for "has an unambiguous letter" so
    # that any difference from ruff's idea of a word errs towards escaping.
    wide = _span(text, at, lambda c: not c.isspace() and not (c.isascii() and not c.isalnum()))
    narrow = _span(text, at, str.isalnum)
    if any(c.isascii() and c.isalnum() for c in wide):
        return True
    return not any(not c.isascii() and c.isalnum() and c not in table for c in narrow)


def _span(text: str, at: int, inside: Any) -> str:
    start, end = at, at + 1
    while start > 0 and inside(text[start - 1]):
        start -= 1
    while end < len(text) and inside(text[end]):
        end += 1
    return text[start:end]


def _escape_code(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def markdown_cell(text: Any) -> str:
    """Text safe inside a Markdown table cell or paragraph: no pipes, tags or line breaks."""
    value = str(text)
    for char, escaped in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), (">", "&gt;")):
        value = value.replace(char, escaped)
    return " ".join(value.split())


def quoted(text: Any) -> str:
    """A double-quoted string valid in both TOML and YAML: control characters escaped."""
    out = []
    for char in str(text):
        if char in '"\\':
            out.append("\\" + char)
        elif unicodedata.category(char)[0] == "C" or char in "\u2028\u2029\x85":
            code = ord(char)
            out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def json_literal(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=False, sort_keys=False)


def default_literal(value: Any) -> str:
    """How the docs show a spec default: as JSON, or an em dash when there is none."""
    return "—" if value is NO_DEFAULT else f"`{json.dumps(value)}`"
