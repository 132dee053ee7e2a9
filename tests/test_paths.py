"""Spec strings never become file paths unchecked: operationIds, tags and schema names such as
``../../x``, ``/etc/x``, ``con`` or ``nul`` cannot create or touch a file outside --out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.paths import UnsafePath, check_tree, file_stem, file_stems

HOSTILE_IDS = [
    "../../x",
    "/etc/x",
    "con",
    "NUL",
    "com1",
    "日本語",
    "a" * 300,
    "..",
    "C:\\Windows\\x",
    "x/../../../y",
]


def test_file_stems_are_plain_ascii_and_distinct() -> None:
    stems = file_stems(["get_item", "日本", "con", "nul", "_8k", "a" * 300, "a" * 299 + "b", ""])
    assert stems[:5] == ["get-item", "u65e5-u672c", "con-page", "nul-page", "8k"]
    assert len(stems[5]) == len(stems[6]) == 80 and stems[5] != stems[6]
    assert stems[7] == "page"
    for stem in stems:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", stem), stem
    assert file_stems(["get_x", "get-x"]) == ["get-x", "get-x-2"]  # one page each


def test_check_tree_refuses_paths_differing_only_by_case() -> None:
    with pytest.raises(UnsafePath, match="differ only by case"):
        check_tree(["docs/a.md", "docs/A.md"])
    assert file_stem("Get-Item") == "get-item"


def spec_with_hostile_names(path: Path) -> Path:
    paths = {}
    for i, op_id in enumerate(HOSTILE_IDS):
        paths[f"/r{i}"] = {
            "get": {
                "operationId": op_id,
                "tags": [op_id],
                "responses": {"204": {"description": "ok"}},
            }
        }
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Paths", "version": "1", "x-sdk": {"package": "paths_api"}},
        "servers": [{"url": "https://p.test"}],
        "paths": paths,
        "components": {
            "schemas": {
                name: {"type": "object", "properties": {"a": {"type": "string"}}}
                for name in ("..", "Con", "Nul", "Aux.x", "-")
            }
        },
    }
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_hostile_operation_ids_tags_and_schema_names_stay_inside_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    out = work / "out"
    spec = spec_with_hostile_names(work.parent / "spec.yaml")
    work.mkdir()
    code = main(["generate", "--spec", str(spec), "--out", str(out)])
    problems = capsys.readouterr().err
    # Names without letters are refused, located; the rest generate. Either way nothing lands
    # outside --out (and the OpenAPI meta-schema itself refuses a schema named ``../x``).
    assert code == 2, problems
    assert "operationId '..' has no letters to make a Python name from" in problems
    assert "schema name '..' has no letters to make a class name from" in problems
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spec.yaml", "work"]
    assert list(work.iterdir()) == []

    text = spec.read_text().replace("operationId: ..\n", "operationId: dots\n")
    text = text.replace("    ..:\n", "    Dots:\n").replace("    '-':\n", "    Dash:\n")
    spec.write_text(text.replace("- ..\n", "- dots\n"))
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 0, capsys.readouterr()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spec.yaml", "work"]
    assert sorted(p.name for p in work.iterdir()) == ["out"]
    pages = sorted(p.name for p in (out / "docs" / "docs" / "operations").iterdir())
    assert "con-page.md" in pages and "nul-page.md" in pages and "x.md" in pages
    assert "etc-x.md" in pages and "u65e5-u672c-u8a9e.md" in pages
    for page in pages:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.md", page), page
    # Every link of the index leads to a page that exists.
    index = (out / "docs" / "docs" / "index.md").read_text()
    for link in re.findall(r"\]\((operations/[^)#]+)", index):
        assert (out / "docs" / "docs" / link).is_file(), link
