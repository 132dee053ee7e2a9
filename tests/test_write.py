"""Writing output: the generator replaces the files it made, and nothing else; drift diffs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.cli import main
from generator.compilecheck import EARLY, CompileCheck
from generator.exitcodes import EXIT_CANNOT_WRITE
from generator.write import (
    MANIFEST,
    WriteError,
    existing_tree,
    format_tree,
    replace_tree,
    unified_diff,
    with_manifest,
)

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "specs" / "constructs" / "all_of.yaml"


def tree(**files: str) -> dict[str, bytes]:
    """Files as the generator writes them: with the manifest that lists them."""
    plain = {rel.replace("__", "/"): text.encode() for rel, text in files.items()}
    return with_manifest(plain, "spec.yaml", "openapi: 3.1.0\n", "9.9")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file, cache or not, byte for byte."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_replace_creates_and_then_replaces_exactly(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert replace_tree(out, tree(a__b="one", stale="x")).changed
    assert replace_tree(out, tree(a__b="two")).changed
    assert (out / "a" / "b").read_bytes() == b"two"
    assert not (out / "stale").exists()  # it made it, and no longer does: removed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging leftovers
    assert sorted(p.name for p in out.iterdir()) == ["a", MANIFEST]  # no lock, no journal
    assert not replace_tree(out, tree(a__b="two")).changed  # nothing to do


def test_files_it_did_not_make_are_never_touched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_tree(out, tree(pkg__m="1", pkg__old="o", docs__d="d"))
    # What users and tools put next to generated files: kept through every regeneration.
    mine = {
        "pkg/notes.txt": b"my notes",
        "pkg/__pycache__/m.cpython-311.pyc": b"\x00",
        "pkg.egg-info/PKG-INFO": b"x",
        ".venv/bin/python": b"#!",
        "docs/extra.md": b"# mine",
    }
    for rel, data in mine.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    replace_tree(out, tree(pkg__m="2"))  # pkg/old and docs/d are stale
    after = snapshot(out)
    assert {rel: after[rel] for rel in mine} == mine
    assert after["pkg/m"] == b"2"
    assert "pkg/old" not in after and "docs/d" not in after
    assert (out / "docs").is_dir()  # still holds the user's file


def test_emptied_generated_folders_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_tree(out, tree(a__b__c="1", keep="k"))
    replace_tree(out, tree(keep="k"))
    assert not (out / "a").exists()


def test_a_generated_path_taken_by_a_foreign_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_tree(out, tree(a="1"))
    (out / "b").write_text("the user's")
    before = snapshot(out)
    with pytest.raises(WriteError, match=r"files this generator did not make .*: b;"):
        replace_tree(out, tree(a="1", b="2"))
    assert snapshot(out) == before


def test_refuses_to_write_into_a_folder_it_did_not_make(tmp_path: Path) -> None:
    out = tmp_path / "project"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    with pytest.raises(WriteError, match="not made by this generator"):
        replace_tree(out, tree(a="1"))
    assert snapshot(out) == {"precious.txt": b"keep me"}


@pytest.mark.parametrize(
    "manifest",
    [b"not json", b'{"files": {"../../etc/passwd": "x"}}', b'{"files": {"/etc/x": "x"}}', b"{}"],
    ids=["garbage", "parent", "absolute", "no-files"],
)
def test_a_manifest_it_did_not_write_is_not_trusted(tmp_path: Path, manifest: bytes) -> None:
    """A manifest listing paths outside --out must never make the generator delete them."""
    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_bytes(manifest)
    victim = tmp_path / "etc" / "passwd"
    victim.parent.mkdir()
    victim.write_text("root")
    with pytest.raises(WriteError, match="is not a manifest this generator wrote"):
        replace_tree(out, tree(a="1"))
    assert victim.read_text() == "root"
    assert snapshot(out) == {MANIFEST: manifest}


def test_a_symbolic_link_inside_the_output_is_not_written_through(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_tree(out, tree(pkg__m="1"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "pkg" / "m").unlink()
    (out / "pkg").rmdir()
    (out / "pkg").symlink_to(elsewhere)
    with pytest.raises(WriteError, match="symbolic link"):
        replace_tree(out, tree(pkg__m="2"))
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize(
    "path",
    ["../x", "/etc/x", "a/../../x", "con.md", "docs/NUL", "a\\b", "", "a//b", ".sdkgen/x"],
)
def test_unsafe_output_paths_are_refused_before_writing(tmp_path: Path, path: str) -> None:
    with pytest.raises(WriteError, match="nothing was written"):
        replace_tree(tmp_path / "out", {**tree(a="1"), path: b"x"})
    assert list(tmp_path.iterdir()) == []


def test_out_that_is_a_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.txt"
    out.write_text("a file")
    assert main(["generate", "--spec", str(SPEC), "--out", str(out)]) == EXIT_CANNOT_WRITE
    assert capsys.readouterr().err == f"error: --out {out} is a file, not a folder\n"
    assert out.read_text() == "a file"


def test_out_in_a_read_only_place_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere: test_write_safety simulates a read-only file system")
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        assert (
            main(["generate", "--spec", str(SPEC), "--out", str(parent / "out")])
            == EXIT_CANNOT_WRITE
        )
    finally:
        parent.chmod(0o755)
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot write {parent / 'out'}: Permission denied")
    assert list(parent.iterdir()) == []


def test_diff_names_changed_added_and_removed_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_tree(out, tree(same="s\n", old="o\n", c="1\n"))
    diff = "".join(unified_diff(out, tree(same="s\n", c="2\n")))
    assert "--- a/out/c\n+++ b/out/c\n" in diff
    assert "-1\n+2\n" in diff
    assert "--- a/out/old\n+++ /dev/null\n" in diff
    assert "\n same" not in diff and "+++ b/out/same" not in diff
    assert unified_diff(out, tree(same="s\n", old="o\n", c="1\n")) == []


def test_files_it_did_not_make_are_not_drift(tmp_path: Path) -> None:
    out = tmp_path / "out"
    replace_tree(out, tree(pkg__m="x = 1\n"))
    for junk in ("pkg/__pycache__/m.pyc", ".mypy_cache/3.10/x.json", "pkg.egg-info/PKG-INFO"):
        (out / junk).parent.mkdir(parents=True, exist_ok=True)
        (out / junk).write_bytes(b"junk")
    (out / "NOTES.md").write_text("mine")
    assert unified_diff(out, tree(pkg__m="x = 1\n")) == []
    assert "pkg/__pycache__/m.pyc" not in existing_tree(out)


def test_format_tree_runs_ruff_on_python_files() -> None:
    files = format_tree({"pkg/m.py": "import os\nx = {'a':1}\n", "notes.txt": "x = {'a':1}\n"})
    assert files["pkg/m.py"] == b'x = {"a": 1}\n'  # unused import removed, formatted
    assert files["notes.txt"] == b"x = {'a':1}\n"


def test_manifest_records_spec_hash_and_every_file() -> None:
    files = with_manifest({"a.py": b"x = 1\n"}, "spec/openapi.yaml", "openapi: 3.1.0\n", "9.9")
    manifest = json.loads(files[MANIFEST])
    assert manifest["spec"] == "spec/openapi.yaml"
    assert list(manifest["files"]) == ["a.py"]
    assert manifest["generator"] == "sdkgen 9.9"


def test_a_file_changed_after_its_early_compile_check_is_checked_again() -> None:
    check = CompileCheck()
    check.rendered("pkg/big.py", "x = 1\n" * (EARLY // 6 + 1))  # large: checked at once
    check.start({"pkg/big.py": "def f(a, a):\n    pass\n", "pkg/ok.py": "y = 2\n"})
    assert check.error().startswith("the generated pkg/big.py does not compile (line 1:")


def test_the_first_compile_error_by_path_is_reported() -> None:
    check = CompileCheck()
    bad = "def f(a, a):\n    pass\n"
    check.rendered("pkg/z.py", "\n" * EARLY + bad)
    check.start({"pkg/z.py": "\n" * EARLY + bad, "pkg/a.py": bad, "pkg/m.py": "ok = 1\n"})
    assert check.error().startswith("the generated pkg/a.py does not compile")
    assert check.error() == ""  # each check is reported once
