"""Golden test: a fresh generation is byte-identical to the committed generated/ tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.write import existing_tree

ROOT = Path(__file__).resolve().parent.parent
SITE = "docs/site/"  # `mkdocs build` output, git-ignored: not part of the generated tree


def committed_tree() -> dict[str, bytes]:
    tree = existing_tree(ROOT / "generated")
    return {rel: data for rel, data in tree.items() if not rel.startswith(SITE)}


def generate(out: Path, *extra: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Generate into ``out`` from a copy of the spec laid out beside it as in the repository
    (``spec/`` next to ``generated/``): the output depends on that layout, not on where it is."""
    spec = out.parent / "spec" / "openapi.yaml"
    spec.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "spec" / "openapi.yaml", spec)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(out),
            *extra,
        ],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "random"},
    )


def test_fresh_generation_equals_committed_output(tmp_path: Path) -> None:
    result = generate(tmp_path / "generated")
    assert result.returncode == 0, result.stderr
    fresh = existing_tree(tmp_path / "generated")
    committed = committed_tree()
    assert sorted(fresh) == sorted(committed)
    for rel, data in fresh.items():
        assert data == committed[rel], f"{rel} differs from the committed file"


def test_output_does_not_depend_on_the_working_directory(tmp_path: Path) -> None:
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    result = generate(tmp_path / "project" / "generated", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    fresh = existing_tree(tmp_path / "project" / "generated")
    committed = committed_tree()
    assert fresh == committed
    assert all(str(tmp_path).encode() not in data for data in fresh.values())


def test_check_passes_when_fresh_and_fails_with_a_diff_when_stale(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    assert generate(out).returncode == 0
    assert generate(out, "--check").returncode == 0
    models = out / "python" / "realtimekit" / "models.py"
    models.write_text(models.read_text() + "# hand edit\n")
    result = generate(out, "--check")
    assert result.returncode == 1
    assert "+++ b/generated/python/realtimekit/models.py" in result.stdout
    assert "-# hand edit" in result.stdout
    assert models.read_text().endswith("# hand edit\n")  # --check writes nothing
