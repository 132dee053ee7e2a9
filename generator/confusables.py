"""Which characters the pinned ruff calls ambiguous (RUF001-RUF003: an en dash, a typographic
apostrophe, a multiplication sign, a Cyrillic ``e`` among Latin letters...), asked of ruff.

Spec text reaches generated strings and docstrings, and the generated package must pass
``ruff check``. Rather than copy ruff's table (which changes between releases), the characters
a spec actually uses are put to the pinned ruff once, each in a word with an ASCII letter, the
context where ruff flags every confusable. The answer is cached per process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from collections.abc import Iterable

_known: dict[str, bool] = {}


def ambiguous(chars: Iterable[str]) -> frozenset[str]:
    """Those of ``chars`` that ruff may flag as confusable with an ASCII character."""
    wanted = {c for c in chars if not c.isascii() and _printable(c)}
    todo = sorted(c for c in wanted if c not in _known)
    if todo:
        _known.update(_probe(todo))
    return frozenset(c for c in wanted if _known[c])


def _printable(char: str) -> bool:
    # Control, format and unassigned characters are escaped anyway by the literal filters.
    return not unicodedata.category(char).startswith("C")


def _probe(chars: list[str]) -> dict[str, bool]:
    source = "".join(f'_{i} = "a{c}"\n' for i, c in enumerate(chars))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--no-cache",
            "--select",
            "RUF001",
            "--output-format",
            "json",
            "--stdin-filename",
            "probe.py",
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode not in (0, 1):  # 1: it found some
        raise RuntimeError(f"ruff could not check characters: {result.stderr.strip()}")
    flagged = {item["location"]["row"] - 1 for item in json.loads(result.stdout or "[]")}
    return {c: i in flagged for i, c in enumerate(chars)}
