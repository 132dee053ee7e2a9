"""Helpers that let the templates emit code ruff's lint pass has nothing to fix.

ruff stays the authority: ``generate`` still runs ``ruff check --fix-only`` on every file, so
what these helpers get wrong is still fixed, only slower. But a file with anything to fix is
linted again after each round of fixes. At 1,000 operations, letting ruff prune the unused
imports and reorder the names took that pass 1.1-1.7 s, against 0.4-0.55 s with nothing to fix
(``models.py`` alone: 0.74 s against 0.19 s). Hence the templates import only the names their
code mentions, and sort ``__all__`` and import lists as ruff's rules would.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from typing import Any

# Every ASCII byte that cannot be part of an identifier becomes a space. Non-ASCII bytes stay:
# in code (outside strings and comments) they can only be parts of identifiers, so a name
# used in code is always delimited by ASCII and found whole.
_WORD_BYTES = frozenset((string.ascii_letters + string.digits + "_").encode())
_SEPARATE = bytes(b if b in _WORD_BYTES or b >= 0x80 else 0x20 for b in range(256))
_DIGITS = re.compile(r"(\d+)")
LINE_LENGTH = 100  # the generated package's (templates/python/pyproject.toml.jinja)


class Words(frozenset[str]):
    """The identifier-like words of a module's code (see :func:`mentioned`), and the code."""

    text: str

    def plus(self, *names: str) -> Words:
        """These words and ``names`` (names the code needs that it does not spell)."""
        words = Words(self.union(names))
        words.text = self.text
        return words


def mentioned(text: str) -> Words:
    """Every identifier-like word of ``text`` (code, strings and comments alike).

    A superset of the names the code uses, so an import kept for a word only a docstring
    says is harmless (ruff removes it); a name missing from it is never used. Splitting bytes
    is ~4x faster than a regular expression over a large module.
    """
    words = Words(word.decode() for word in set(text.encode().translate(_SEPARATE).split()))
    words.text = text
    return words


def import_lines(used: Words | None, sections: Sequence[Sequence[Any]], indent: str = "") -> str:
    """The import statements of ``sections`` that the code (``used``: its words; None: keep
    every name) needs, one blank line between sections, without a newline at the end.

    Each section is a list of ``(module, names)`` or ``(module, names, True)``: ``names`` None
    is ``import module`` (or ``module as alias``: kept when the code has ``<its name>.``);
    otherwise ``from module import`` the mentioned ``names``, one per line in parentheses when
    the third item is True or the line would be too long; a name ``"X as _X"`` is imported
    in a statement of its own (when the code mentions ``_X``). Modules keep the order given;
    names are sorted as ruff's isort rules sort them.
    """
    blocks = []
    for section in sections:
        lines = []
        for module, names, *wrap in section:
            if names is None:
                if used is None or f"{module.rpartition(' as ')[2]}." in used.text:
                    lines.append(f"{indent}import {module}")  # ("json" may be just a word)
                continue
            plain = [name for name in names if " as " not in name]
            kept = isort_sorted(name for name in plain if used is None or name in used)
            # "Name as _Name" (generator.aside) is a statement of its own (combine-as-imports
            # is off); ruff orders a module's statements by their first member.
            statements = [(kept[0], kept)] if kept else []
            for name in names:
                member, _, alias = name.partition(" as ")
                if alias and (used is None or alias in used):
                    statements.append((member, [name]))
            for _, members in sorted(statements, key=lambda s: isort_key(s[0])):
                line = f"{indent}from {module} import {', '.join(members)}"
                if members is kept and ((wrap and wrap[0]) or len(line) > LINE_LENGTH):
                    inner = "".join(f"{indent}    {name},\n" for name in kept)
                    line = f"{indent}from {module} import (\n{inner}{indent})"
                lines.append(line)
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def after_imports(code: str) -> str:
    """``code`` with the blank lines isort wants between it and the imports above it: two
    before a function or class, else one."""
    code = code.lstrip("\n")
    blank = "\n\n" if code.startswith(("def ", "class ", "async def ", "@")) else "\n"
    return blank + code


def isort_sorted(names: Iterable[str]) -> list[str]:
    """``names`` in the order ruff's isort rules (I001) put imported members: CONSTANTS, then
    Classes, then everything else; each in natural order (``Item2`` before ``Item10``),
    without regard to case first."""
    return sorted(names, key=isort_key)


def isort_key(name: str) -> tuple[int, list[tuple[int, int | str]], list[tuple[int, int | str]]]:
    """The key of :func:`isort_sorted`."""
    return (_kind(name), _natural(name.lower()), _natural(name))


def all_sorted(names: Iterable[str]) -> list[str]:
    """``names`` in the order ruff's RUF022 puts ``__all__``: the same kinds, each in natural
    order with regard to case (``APIError`` before ``AllOfError``)."""
    return sorted(names, key=lambda name: (_kind(name), _natural(name)))


def _kind(name: str) -> int:
    if len(name) > 1 and name.isupper():
        return 0
    return 1 if name[:1].isupper() else 2


def _natural(text: str) -> list[tuple[int, int | str]]:
    """Digit runs compare as numbers, the rest as text; as in ruff's natural order, a run with a
    leading zero compares digit by digit (as a fraction would), before every other run."""
    return [
        ((0, part) if part.startswith("0") else (1, int(part))) if part.isdigit() else (-1, part)
        for part in _DIGITS.split(text)
    ]
