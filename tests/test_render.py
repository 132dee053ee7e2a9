"""Template filters: spec values reach code only as safe literals, docs only escaped."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.literals import (
    _escape_control,
    docstring,
    escape_controls,
    markdown_cell,
    py_literal,
    quoted,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=10,
)


@given(json_values)
def test_py_literal_round_trips_any_json_value(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value


def test_py_literal_refuses_other_objects() -> None:
    with pytest.raises(TypeError):
        py_literal(object())


@given(st.text())
def test_docstring_text_cannot_close_the_docstring(text: str) -> None:
    source = f'def f() -> None:\n    """{docstring(text, 4)}"""\n'
    tree = ast.parse(source)
    body = tree.body[0]
    assert isinstance(body, ast.FunctionDef)
    doc = ast.get_docstring(body, clean=False) or ""
    assert " ".join(doc.split()) == " ".join(text.split())


def test_docstring_wraps_after_a_label() -> None:
    text = "word " * 40
    wrapped = docstring(text.strip(), indent=12, lead=30)
    first, *rest = wrapped.split("\n")
    assert 30 + len(first) <= 99
    assert all(len(line) <= 99 for line in rest)


def test_markdown_cell_escapes_table_breakers() -> None:
    assert markdown_cell("a | b\n<script>`x`") == "a \\| b &lt;script&gt;`x`"


@given(st.text())
def test_quoted_strings_parse_identically_in_toml_and_yaml(text: str) -> None:
    import tomllib
    import yaml

    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return  # lone surrogates cannot be written to a UTF-8 file at all
    literal = quoted(text)
    assert tomllib.loads(f"x = {literal}")["x"] == text
    assert yaml.safe_load(f"x: {literal}")["x"] == text


@given(st.text())
def test_escaping_controls_of_a_whole_text_is_the_same_as_char_by_char(text: str) -> None:
    """The whole-text fast path (printable text is left as it is) changes nothing."""
    assert escape_controls(text) == "".join(_escape_control(c) for c in text)
