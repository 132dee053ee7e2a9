"""Writes that never lose work: any failure leaves --out byte-identical; a kill mid-replace is
undone by the next run; two runs on one --out cannot interleave."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import transaction
from generator.cli import main
from generator.compilecheck import EARLY
from generator.exitcodes import EXIT_CANNOT_WRITE
from generator.outlock import STATE, locked
from generator.transaction import Interrupted
from generator.write import WriteError, Written, replace_tree, with_manifest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "tests" / "specs" / "constructs"
OLD_SPEC, NEW_SPEC = SPECS / "all_of.yaml", SPECS / "response_codes.yaml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def generate(spec: Path, out: Path, *extra: str) -> int:
    return main(["generate", "--spec", str(spec), "--out", str(out), *extra])


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """The generated output of the old and the new spec, each written once."""
    base = tmp_path_factory.mktemp("trees")
    result = {}
    for name, spec in (("old", OLD_SPEC), ("new", NEW_SPEC)):
        assert generate(spec, base / name) == 0
        result[name] = snapshot(base / name)
    return result


@pytest.fixture
def out(tmp_path: Path, trees: dict[str, dict[str, bytes]]) -> Path:
    """--out holding the old spec's output and a file of the user's."""
    folder = tmp_path / "out"
    for rel, data in trees["old"].items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    (folder / "python" / "NOTES.md").write_text("the user's")
    return folder


def test_a_template_error_leaves_the_output_byte_identical(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(out)
    broken = tmp_path / "templates" / "docs" / "index.md.jinja"
    broken.parent.mkdir(parents=True)
    broken.write_text("{% for x in %}\n")
    assert generate(NEW_SPEC, out, "--templates", str(tmp_path / "templates")) == 2
    assert "was not touched" in capsys.readouterr().err
    assert snapshot(out) == before


def test_a_ruff_failure_leaves_the_output_byte_identical(
    out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(out)

    def failing_ruff(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 2, "", "ruff: simulated crash")

    monkeypatch.setattr("generator.write.subprocess.run", failing_ruff)
    assert generate(NEW_SPEC, out) == EXIT_CANNOT_WRITE
    err = capsys.readouterr().err
    assert "ruff check failed on the rendered code:\nruff: simulated crash" in err
    assert snapshot(out) == before


def test_a_late_spec_validator_finding_leaves_the_output_byte_identical(
    out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """openapi-spec-validator's pass finishes while generate renders and formats (in a child
    process when it can fork): what it finds still stops the run before anything is written."""
    before = snapshot(out)

    def finding(data: object) -> list[tuple[tuple[str, ...], str]]:
        return [(("paths",), "simulated finding")]

    monkeypatch.setattr("generator.spec_validator._findings", finding)
    assert generate(NEW_SPEC, out) == 2
    err = capsys.readouterr().err
    assert "openapi-spec-validator: simulated finding" in err
    assert "nothing was generated" in err
    assert snapshot(out) == before


def test_the_builders_problems_and_the_late_ones_are_reported_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every problem at once: one only building finds (a client name the generated code
    uses) and one openapi-spec-validator finds while the build runs."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(NEW_SPEC.read_text().replace("client: Jobs", "client: ValidationError"))

    def finding(data: object) -> list[tuple[tuple[str, ...], str]]:
        return [(("paths",), "simulated finding")]

    monkeypatch.setattr("generator.spec_validator._findings", finding)
    assert generate(spec, tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert "openapi-spec-validator: simulated finding" in err
    assert "client class name 'ValidationError' collides" in err
    assert "2 errors; nothing was generated." in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("padding", [0, EARLY], ids=["checked-with-the-rest", "checked-early"])
def test_code_that_does_not_compile_is_never_written(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], padding: int
) -> None:
    """The backstop compile (beside ruff, or as soon as a large file is rendered) names the
    file and line of a template's bug."""
    before = snapshot(out)
    broken = tmp_path / "templates" / "python" / "package" / "errors.py.jinja"
    broken.parent.mkdir(parents=True)
    lines = "# padding\n" * (padding // 10)
    # Parses (ruff formats it), never compiles.
    broken.write_text(lines + "def f(a, a):\n    return a\n")
    assert generate(NEW_SPEC, out, "--templates", str(tmp_path / "templates")) == 2
    err = capsys.readouterr().err
    line = lines.count("\n") + 1
    assert f"errors.py does not compile (line {line}: duplicate argument 'a'" in err
    assert snapshot(out) == before


@pytest.mark.parametrize("after", [0, 5, 15])
def test_a_full_disk_while_staging_leaves_the_output_byte_identical(
    out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], after: int
) -> None:
    before = snapshot(out)
    write_bytes = Path.write_bytes
    written = 0

    def filling(self: Path, data: bytes) -> int:
        nonlocal written
        written += 1
        if written > after:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return write_bytes(self, data)

    monkeypatch.setattr(Path, "write_bytes", filling)
    assert generate(NEW_SPEC, out) == EXIT_CANNOT_WRITE
    assert capsys.readouterr().err == (
        f"error: cannot write {out}: No space left on device; it was left as it was\n"
    )
    assert snapshot(out) == before


def test_a_full_disk_in_a_new_output_folder_leaves_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", full)
    assert generate(NEW_SPEC, tmp_path / "new" / "out") == EXIT_CANNOT_WRITE
    assert not (tmp_path / "new" / "out").exists()


def test_a_read_only_location_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    mkdir = Path.mkdir

    def read_only(self: Path, *args: bool, **kwargs: bool) -> None:
        if self.is_relative_to(tmp_path):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    assert generate(NEW_SPEC, tmp_path / "out") == EXIT_CANNOT_WRITE
    assert capsys.readouterr().err == (
        f"error: cannot write {tmp_path / 'out'}: Read-only file system; it was left as it was\n"
    )


def test_a_non_empty_foreign_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "src" / "app.py").parent.mkdir()
    (tmp_path / "src" / "app.py").write_text("print('mine')\n")
    assert generate(NEW_SPEC, tmp_path / "src") == EXIT_CANNOT_WRITE
    assert "is not empty and was not made by this generator" in capsys.readouterr().err
    assert snapshot(tmp_path / "src") == {"app.py": b"print('mine')\n"}


def steps(trees: dict[str, dict[str, bytes]]) -> int:
    """Renames a replacement of the old output by the new one makes (every old file moved
    aside, every new one moved in)."""
    return len(trees["old"]) + len(trees["new"])


@pytest.fixture
def stop_after(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """Make the next replacement stop after a given number of renames with a given exception."""
    plan: list[BaseException] = []

    def hook(count: int) -> None:
        if count == int(str(plan[0])):
            raise plan[1]

    monkeypatch.setattr(transaction, "step_hook", hook)
    yield plan


@pytest.mark.parametrize("fraction", [0.0, 0.2, 0.5, 0.8, 1.0])
def test_an_error_while_replacing_is_rolled_back_at_once(
    out: Path,
    trees: dict[str, dict[str, bytes]],
    stop_after: list[BaseException],
    capsys: pytest.CaptureFixture[str],
    fraction: float,
) -> None:
    before = snapshot(out)
    stop_after[:] = [
        Exception(max(1, int(steps(trees) * fraction))),
        OSError(errno.EIO, "simulated I/O error"),
    ]
    assert generate(NEW_SPEC, out) == EXIT_CANNOT_WRITE
    assert "simulated I/O error; it was left as it was" in capsys.readouterr().err
    assert snapshot(out) == before


def test_a_kill_at_any_point_is_undone_by_the_next_run(
    out: Path, trees: dict[str, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after each possible rename: the next run restores the old output byte for byte,
    and a run after that writes the new one whole."""
    before = snapshot(out)
    saved = out.parent / "saved"
    shutil.copytree(out, saved)
    for step in range(1, steps(trees) + 1):
        shutil.rmtree(out)
        shutil.copytree(saved, out)

        def kill(count: int, step: int = step) -> None:
            if count == step:
                raise Interrupted(step)

        monkeypatch.setattr(transaction, "step_hook", kill)
        with pytest.raises(Interrupted):
            replace_tree(out, trees["new"])
        monkeypatch.setattr(transaction, "step_hook", None)
        assert transaction.interrupted(out), step
        # The next run undoes the interrupted one; with the old files nothing else changes.
        assert replace_tree(out, trees["old"]) == Written(changed=False, recovered=True), step
        assert snapshot(out) == before, step
    written = replace_tree(out, trees["new"])
    assert (written.changed, written.recovered) == (True, False)
    after = snapshot(out)
    assert {rel: data for rel, data in after.items() if rel != "python/NOTES.md"} == trees["new"]
    assert after["python/NOTES.md"] == b"the user's"


def test_check_and_generate_after_a_kill(
    out: Path,
    trees: dict[str, dict[str, bytes]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = snapshot(out)

    def kill(count: int) -> None:
        if count == steps(trees) // 2:
            raise Interrupted(count)

    monkeypatch.setattr(transaction, "step_hook", kill)
    with pytest.raises(Interrupted):
        generate(NEW_SPEC, out)
    monkeypatch.setattr(transaction, "step_hook", None)
    capsys.readouterr()
    assert main(["generate", "--check", "--spec", str(OLD_SPEC), "--out", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"{out} was left half-written by an interrupted run: "
        f"run `python -m generator generate --spec {OLD_SPEC} --out {out}` to restore it\n"
    )
    assert generate(OLD_SPEC, out) == 0
    # Then a note: the spec is outside the folder holding --out, so the manifest cannot hold it.
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{out}: undid the changes of an interrupted run"
    )
    assert snapshot(out) == before


def test_a_real_kill_mid_replace_is_undone_by_the_next_run(out: Path) -> None:
    """The process SIGKILLs itself between two renames (no cleanup of any kind runs)."""
    before = snapshot(out)
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(NEW_SPEC)]
    command += ["--out", str(out)]
    env = {**os.environ, "SDKGEN_TEST_KILL_AFTER": "7"}
    killed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
    assert killed.returncode == -9
    assert snapshot(out) != before  # half-replaced
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == f"{out}: undid the changes of an interrupted run"
    assert main(["generate", "--check", "--spec", str(NEW_SPEC), "--out", str(out)]) == 0
    assert snapshot(out)["python/NOTES.md"] == b"the user's"


def test_a_second_run_on_the_same_output_is_refused_while_the_first_writes(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from generator.outlock import locked
        with locked(Path({str(out)!r})):
            print("locked", flush=True)
            sys.stdin.readline()
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", holder],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline() == "locked\n"
        before = snapshot(out)
        assert generate(NEW_SPEC, out) == EXIT_CANNOT_WRITE
        err = capsys.readouterr().err
        assert err == (
            f"error: another `generate` (process {process.pid}) is writing {out}; "
            "run again when it is done\n"
        )
        assert snapshot(out) == before
    finally:
        assert process.stdin is not None
        process.stdin.write("\n")
        process.stdin.close()
        process.wait(timeout=30)
    assert generate(NEW_SPEC, out) == 0  # free again, and no lock file left behind
    assert not (out / STATE).exists()


def test_the_lock_is_held_across_the_whole_replacement(tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = with_manifest({"a": b"1"}, "s.yaml", "", "9")
    out.mkdir()
    with locked(out), pytest.raises(WriteError, match="another `generate`"):
        replace_tree(out, files)
    assert replace_tree(out, files).changed
