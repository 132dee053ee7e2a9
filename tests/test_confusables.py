# ruff: noqa: RUF001, RUF002, RUF003 (confusable characters are what this file tests)
"""Spec text with characters ruff calls ambiguous (``–``, ``’``, ``×``, Cyrillic ``е`` among Latin
letters) becomes strings and docstrings that pass ``ruff check`` and keep their exact value.

Found by the hostile-spec fuzzing: a description with an en dash or a typographic apostrophe, as
real specs have, made the generated package fail ruff's RUF001/RUF002.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.confusables import ambiguous
from generator.literals import AMBIGUOUS, docstring, escape_ambiguous, py_literal

# Latin, confusables (dashes, quotes, signs, Cyrillic/Greek/full-width look-alikes), letters of
# other scripts that are not confusable, and the characters literals must escape.
ALPHABET = "ab Z1\n\"'\\–—’“×аеорсуПвджлψλ日本ｆｉ\u00a0\u2028"
TEXTS = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=12), min_size=40, max_size=80)


def ruff_problems(source: str) -> list[str]:
    result = subprocess.run(
        [
            *(sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache"),
            *("--select", "RUF001,RUF002,RUF003", "--output-format", "json"),
            *("--stdin-filename", "m.py", "-"),
        ],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )
    return [item["message"] for item in json.loads(result.stdout)]


def module(texts: list[str]) -> str:
    lines = []
    for i, text in enumerate(texts):
        lines.append(f'def f{i}() -> str:\n    """{docstring(text, 4)}"""\n')
        lines.append(f"    return {py_literal(text)}\n\n\n")
    return "".join(lines)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_escaped_text_passes_ruff_and_keeps_its_value(texts: list[str]) -> None:
    token = AMBIGUOUS.set(ambiguous("".join(texts)))
    try:
        source = module(texts)
    finally:
        AMBIGUOUS.reset(token)
    assert ruff_problems(source) == []
    tree = ast.parse(source)
    for i, text in enumerate(texts):
        function = tree.body[i]
        assert isinstance(function, ast.FunctionDef)
        returned = function.body[-1]
        assert isinstance(returned, ast.Return) and isinstance(returned.value, ast.Constant)
        assert returned.value.value == text
        doc = ast.get_docstring(function, clean=False) or ""
        assert " ".join(doc.split()) == " ".join(text.split())


def test_words_in_other_scripts_stay_readable() -> None:
    text = "Привет мир – it’s a×b and Hеllo"  # the last "е" is Cyrillic
    token = AMBIGUOUS.set(ambiguous(text))
    try:
        escaped = escape_ambiguous(text)
    finally:
        AMBIGUOUS.reset(token)
    assert escaped == "Привет мир \\u2013 it\\u2019s a\\u00d7b and H\\u0435llo"
    assert ruff_problems(f"x = '{escaped}'\n") == []
    assert ruff_problems(f"x = '{text}'\n") != []  # what the escaping is for


def test_without_a_spec_being_rendered_nothing_is_escaped() -> None:
    assert py_literal("a–b") == "'a–b'"
