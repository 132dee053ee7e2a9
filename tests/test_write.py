"""Writing output: atomic replacement, refusal to clobber foreign folders, drift diffs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.write import (
    MANIFEST,
    WriteError,
    format_tree,
    replace_tree,
    unified_diff,
    with_manifest,
)


def test_replace_creates_and_then_replaces_exactly(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_tree(out, {MANIFEST: b"{}", "a/b.txt": b"one", "stale.txt": b"x"})
    replace_tree(out, {MANIFEST: b"{}", "a/b.txt": b"two"})
    assert (out / "a" / "b.txt").read_bytes() == b"two"
    assert not (out / "stale.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging leftovers


def test_refuses_to_replace_a_folder_it_did_not_make(tmp_path: Path) -> None:
    out = tmp_path / "project"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    with pytest.raises(WriteError, match="not made by this generator"):
        replace_tree(out, {MANIFEST: b"{}"})
    assert (out / "precious.txt").read_text() == "keep me"


def test_diff_names_changed_added_and_removed_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_tree(out, {MANIFEST: b"{}", "same.txt": b"s\n", "old.txt": b"o\n", "c.txt": b"1\n"})
    diff = "".join(unified_diff(out, {MANIFEST: b"{}", "same.txt": b"s\n", "c.txt": b"2\n"}))
    assert "--- a/out/c.txt\n+++ b/out/c.txt\n" in diff
    assert "-1\n+2\n" in diff
    assert "--- a/out/old.txt\n+++ /dev/null\n" in diff
    assert "same.txt" not in diff
    assert (
        unified_diff(out, {MANIFEST: b"{}", "same.txt": b"s\n", "old.txt": b"o\n", "c.txt": b"1\n"})
        == []
    )


def test_format_tree_runs_ruff_on_python_files() -> None:
    files = format_tree({"pkg/m.py": "import os\nx = {'a':1}\n", "notes.txt": "x = {'a':1}\n"})
    assert files["pkg/m.py"] == b'x = {"a": 1}\n'  # unused import removed, formatted
    assert files["notes.txt"] == b"x = {'a':1}\n"


def test_manifest_records_spec_hash_and_every_file() -> None:
    files = with_manifest({"a.py": b"x = 1\n"}, "spec/openapi.yaml", "openapi: 3.1.0\n", "9.9")
    manifest = files[MANIFEST].decode()
    assert '"spec": "spec/openapi.yaml"' in manifest
    assert '"a.py": "' in manifest
    assert '"generator": "sdkgen 9.9"' in manifest


def test_tool_caches_inside_the_output_are_not_drift(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_tree(out, {MANIFEST: b"{}", "pkg/m.py": b"x = 1\n"})
    for junk in ("pkg/__pycache__/m.pyc", ".mypy_cache/3.10/x.json", "pkg.egg-info/PKG-INFO"):
        (out / junk).parent.mkdir(parents=True, exist_ok=True)
        (out / junk).write_bytes(b"junk")
    assert unified_diff(out, {MANIFEST: b"{}", "pkg/m.py": b"x = 1\n"}) == []
