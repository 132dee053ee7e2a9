"""Loading YAML: locations for every node, duplicate keys and syntax errors as problems."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given
from hypothesis import strategies as st

from generator.load import SpecLoader, load_spec, parse_spec
from generator.problems import SpecError


def test_every_key_has_its_line_and_column() -> None:
    spec = parse_spec("a:\n  b:\n    - x\n    - {c: 1}\n", "s.yaml")
    assert spec.data == {"a": {"b": ["x", {"c": 1}]}}
    assert spec.where(("a",)) == (1, 1)
    assert spec.where(("a", "b")) == (2, 3)
    assert spec.where(("a", "b", 1)) == (4, 7)
    assert spec.where(("a", "b", 1, "c")) == (4, 8)


def test_a_loaded_spec_is_the_document_as_written() -> None:
    spec = parse_spec("openapi: 3.0.3\n", "s.yaml")
    assert spec.data == {"openapi": "3.0.3"}
    assert spec.source_version == ""  # only normalization (generator.openapi30) sets it


def test_unknown_path_falls_back_to_nearest_ancestor() -> None:
    spec = parse_spec("a:\n  b: 1\n", "s.yaml")
    assert spec.where(("a", "b", "missing", 3)) == (2, 3)


def test_duplicate_keys_are_all_reported_with_both_lines() -> None:
    text = "a: 1\nb:\n  c: 1\n  c: 2\nd: [{x: 1, x: 2}]\na: 3\n"
    with pytest.raises(SpecError) as info:
        parse_spec(text, "s.yaml")
    shown = [str(p) for p in info.value.problems]
    assert shown == [
        "s.yaml:4:3: error[duplicate-key]: duplicate key 'c' (first defined on line 3); "
        "YAML would silently keep only the last one",
        "s.yaml:5:12: error[duplicate-key]: duplicate key 'x' (first defined on line 5); "
        "YAML would silently keep only the last one",
        "s.yaml:6:1: error[duplicate-key]: duplicate key 'a' (first defined on line 1); "
        "YAML would silently keep only the last one",
    ]


def test_status_code_keys_become_strings() -> None:
    spec = parse_spec("responses:\n  200: ok\n", "s.yaml")
    assert spec.data == {"responses": {"200": "ok"}}


def test_yaml_syntax_error_is_located() -> None:
    with pytest.raises(SpecError) as info:
        parse_spec("a: [1, 2\nb: 3\n", "s.yaml")
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == ("s.yaml", 2)
    assert problem.message.startswith("invalid YAML")


@pytest.mark.parametrize("text", ["", "- a\n- b\n", "just text\n"])
def test_top_level_must_be_a_mapping(text: str) -> None:
    with pytest.raises(SpecError):
        parse_spec(text, "s.yaml")


def test_missing_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as info:
        load_spec(tmp_path / "nope.yaml")
    assert info.value.problems[0].message == "file not found"


def test_recursive_alias_is_a_problem() -> None:
    with pytest.raises(SpecError) as info:
        parse_spec("x: &a [*a]\n", "s.yaml")
    assert [p.message for p in info.value.problems] == ["a YAML alias refers to itself"]


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    with pytest.raises(SpecError) as info:
        parse_spec("\n".join(lines) + "\n", "s.yaml")
    assert "expands to over 1,000,000 nodes" in info.value.problems[0].message


def test_scalars_follow_yaml_1_2_so_dates_times_and_yes_no_stay_strings() -> None:
    # YAML 1.1 (PyYAML's default) would give a datetime, 70, False, True and octal 8 here:
    # Cloudflare's published spec has such examples, and `no` is Norway's country code.
    text = (
        "when: 2023-07-15T07:08:26.634Z\nday: 2022-09-01\nratio: 1:10\ncountry: no\n"
        "switch: on\ncode: 010\nflag: true\ncount: 12\nhex: 0x1f\nprice: 1.5\nbig: 1e3\n"
        "none: null\n"
    )
    assert parse_spec(text, "s.yaml").data == {
        "when": "2023-07-15T07:08:26.634Z",
        "day": "2022-09-01",
        "ratio": "1:10",
        "country": "no",
        "switch": "on",
        "code": "010",
        "flag": True,
        "count": 12,
        "hex": 31,
        "price": 1.5,
        "big": 1000.0,
        "none": None,
    }


def test_lines_are_counted_as_editors_count_them() -> None:
    """YAML also breaks lines at U+0085, U+2028 and U+2029; a problem's line must be the one
    an editor shows (found by the hostile-spec fuzzing: a line number past the end of file)."""
    text = 'a: "x\u2028y\x85z\u2029"\nb: 1\nb: 2\n'
    with pytest.raises(SpecError) as info:
        parse_spec(text, "s.yaml")
    (problem,) = info.value.problems
    assert (problem.line, problem.column) == (3, 1)


@given(
    st.one_of(
        st.text(max_size=12),
        st.text(alphabet="-+.0123456789eExXabcdefinINAFTtrulsLSU~<n", max_size=10),
        st.sampled_from(["true", "False", "NULL", "~", "", "<<", ".inf", "-.Inf", ".NaN", "0x1F"]),
    )
)
def test_plain_scalars_resolve_as_the_core_schema_table_says(value: str) -> None:
    # A plain scalar never ends in a line break (the table's "$" would accept one there).
    assume(not value.endswith(("\n", "\r")))
    # SpecLoader resolves through a faster path than PyYAML's table walk: the same answers.
    loader = SpecLoader("")
    by_table = yaml.resolver.BaseResolver.resolve(loader, yaml.ScalarNode, value, (True, False))
    assert loader.resolve(yaml.ScalarNode, value, (True, False)) == by_table
    assert loader.resolve(yaml.ScalarNode, value, (False, True)) == "tag:yaml.org,2002:str"


def test_a_problem_in_a_subtree_read_from_another_file_names_that_file() -> None:
    spec = parse_spec(
        "openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {type: string}\n", "root.yaml"
    )
    other = dataclasses.replace(
        spec,
        origins={("components", "schemas", "A"): "models/a.yaml"},
        locations={**spec.locations, ("components", "schemas", "A"): (3, 1)},
    )
    inside = other.problem(("components", "schemas", "A", "format"), "bad")
    assert (inside.file, inside.line, inside.column) == ("models/a.yaml", 3, 1)
    assert other.problem(("components",), "bad").file == "root.yaml"
