"""The command line as CI sees it: every exit code, help texts with defaults, --version, the
list of files ``generate`` changed, ``--check``'s diff without manifest noise, ``--adopt``."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import __version__, exitcodes
from generator.cli import _parser, main
from generator.exitcodes import (
    EXIT_BUG,
    EXIT_CANNOT_WRITE,
    EXIT_CHECK_FAILED,
    EXIT_INVALID,
    EXIT_NOT_CONFIRMED,
    EXIT_OK,
    EXIT_USAGE,
)

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "tests" / "specs" / "constructs"
SPEC, OTHER_SPEC = SPECS / "response_codes.yaml", SPECS / "all_of.yaml"
Capsys = pytest.CaptureFixture[str]


def generate(out: Path, *extra: str, spec: Path = SPEC) -> int:
    return main(["generate", "--spec", str(spec), "--out", str(out), *extra])


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The spec's output, generated once: tests copy it."""
    out = tmp_path_factory.mktemp("made") / "out"
    assert generate(out) == EXIT_OK
    return out


@pytest.fixture
def out(made: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "out"
    shutil.copytree(made, copy)
    return copy


# -- exit codes --------------------------------------------------------------------------------


def test_the_exit_codes_are_distinct() -> None:
    codes = {name: v for name, v in vars(exitcodes).items() if name.startswith("EXIT_")}
    assert len(set(codes.values())) == len(codes), codes


def test_the_readme_documents_every_exit_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Exit codes\n", 1)[1].split("\n#", 1)[0]
    documented = {
        int(line.split("|")[1].strip(" `")) for line in table.splitlines() if line.startswith("| `")
    }
    codes = {v for name, v in vars(exitcodes).items() if name.startswith("EXIT_")}
    assert documented == codes


def test_0_ok_and_the_version(capsys: Capsys) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out == f"sdkgen {__version__}\n"
    assert main(["validate", str(SPEC)]) == EXIT_OK


def test_the_version_from_python_m_and_the_console_script() -> None:
    commands = [[sys.executable, "-m", "generator", "--version"]]
    script = Path(sys.executable).parent / "sdkgen"
    if script.exists():
        commands.append([str(script), "--version"])
    for command in commands:
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
        assert (result.returncode, result.stdout) == (EXIT_OK, f"sdkgen {__version__}\n")


def test_1_a_check_found_drift(out: Path, capsys: Capsys) -> None:
    (out / "python" / "README.md").write_text("edited\n")
    assert generate(out, "--check") == EXIT_CHECK_FAILED
    assert "is stale" in capsys.readouterr().err


def test_2_the_spec_is_invalid(tmp_path: Path, capsys: Capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: t}\npaths: {}\n")
    assert main(["validate", str(bad)]) == EXIT_INVALID
    assert f"{bad}:2:" in capsys.readouterr().err


def test_3_a_bug_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated")

    monkeypatch.setattr("generator.cli.load_and_build", broken)
    monkeypatch.delenv("SDKGEN_DEBUG", raising=False)
    assert main(["validate", str(SPEC)]) == EXIT_BUG
    assert capsys.readouterr().err.startswith("internal error: RuntimeError: simulated\n")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["generate", "--bogus"], "unrecognized arguments: --bogus"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: COMMAND"),
        (["mock", "--port", "eighty"], "argument --port: invalid int value: 'eighty'"),
        (["generate", "--staged"], "--staged only checks: use it with --check"),
        (["generate", "--yes"], "--yes confirms --adopt: use it with --adopt"),
        (["generate", "--adopt", "--check"], "--adopt writes: it does not go with --check"),
        (["validate", str(SPEC), "--rule", "nope=error"], "--rule: no rule 'nope'"),
    ],
)
def test_4_a_usage_error(argv: list[str], said: str, capsys: Capsys) -> None:
    assert main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert said in err
    assert "Traceback" not in err


def test_4_from_the_shell_too() -> None:
    """argparse's own exit code (2) would say "invalid spec": ours says "usage"."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--bogus"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == EXIT_USAGE
    assert result.stderr.startswith("usage: python -m generator")


def test_4_a_missing_templates_folder(tmp_path: Path, capsys: Capsys) -> None:
    assert generate(tmp_path / "out", "--templates", str(tmp_path / "nowhere")) == EXIT_USAGE
    assert "does not exist on disk" in capsys.readouterr().err


def test_5_out_cannot_be_written(tmp_path: Path, capsys: Capsys) -> None:
    (tmp_path / "file").write_text("a file")
    assert generate(tmp_path / "file") == EXIT_CANNOT_WRITE
    assert capsys.readouterr().err == f"error: --out {tmp_path / 'file'} is a file, not a folder\n"


# -- help --------------------------------------------------------------------------------------


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = _parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {"": parser, **sub.choices}


@pytest.mark.parametrize("name", list(_commands()))
def test_every_option_has_help_that_shows_its_default(name: str) -> None:
    command = _commands()[name]
    formatter = command._get_formatter()
    for action in command._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        assert action.help, f"{name} {action.dest}: no help"
        if isinstance(action, argparse._VersionAction):
            continue
        if action.option_strings or action.nargs == "?":
            shown = formatter._get_help_string(action)  # type: ignore[attr-defined]
            assert "default" in shown, f"{name} {action.dest}: {shown}"
    assert "(default: " in command.format_help() or name == ""


# -- what generate says ------------------------------------------------------------------------


def test_generate_lists_the_files_it_changed(out: Path, capsys: Capsys) -> None:
    capsys.readouterr()
    (out / "python" / "README.md").write_text("edited\n")
    manifest = json.loads((out / "manifest.json").read_text())
    gone = "docs/extra-old-page.md"
    (out / gone).write_text("stale\n")
    manifest["files"][gone] = "0" * 64
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    assert generate(out) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    total = len(json.loads((out / "manifest.json").read_text())["files"]) + 1
    assert lines == [
        f"{out}: 3 of {total} files changed",
        f"  removed  {out}/{gone}",
        f"  updated  {out}/manifest.json",
        f"  updated  {out}/python/README.md",
    ]
    assert generate(out) == EXIT_OK
    assert capsys.readouterr().out == f"{out}: {total} files, already up to date\n"


def test_a_new_output_lists_every_file_added(tmp_path: Path, made: Path, capsys: Capsys) -> None:
    assert generate(tmp_path / "out") == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    files = sorted(p.relative_to(made).as_posix() for p in made.rglob("*") if p.is_file())
    assert lines[0] == f"{tmp_path / 'out'}: {len(files)} of {len(files)} files changed"
    assert lines[1:] == [f"  added    {tmp_path / 'out'}/{rel}" for rel in files][:50]


def test_check_leaves_the_manifest_hash_lines_of_shown_files_out(out: Path, capsys: Capsys) -> None:
    capsys.readouterr()
    (out / "python" / "README.md").write_text("edited\n")
    assert generate(out, "--check") == EXIT_CHECK_FAILED
    diff = capsys.readouterr().out
    assert "+++ b/out/python/README.md" in diff
    assert "manifest.json" not in diff  # the hash lines only: nothing else changed there
    # A spec change: its hash line stays (it says the spec changed), the files' go.
    assert generate(out, "--check", spec=OTHER_SPEC) == EXIT_CHECK_FAILED
    diff = capsys.readouterr().out
    manifest_part = diff.split("+++ b/out/manifest.json", 1)[1].split("\n--- ", 1)[0]
    assert '"spec_sha256"' in manifest_part
    assert not any('.py": "' in line for line in manifest_part.splitlines())


# -- --adopt -----------------------------------------------------------------------------------


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    """A folder someone made by hand: one file the generator makes, one it does not."""
    folder = tmp_path / "sdk"
    (folder / "python").mkdir(parents=True)
    (folder / "python" / "README.md").write_text("handwritten\n")
    (folder / "NOTES.txt").write_text("mine\n")
    return folder


def test_a_folder_without_manifest_is_refused_and_adopt_is_suggested(
    foreign: Path, capsys: Capsys
) -> None:
    assert generate(foreign) == EXIT_CANNOT_WRITE
    assert "take it over with --adopt" in capsys.readouterr().err


def test_adopt_without_yes_prints_the_plan_and_writes_nothing(
    foreign: Path, capsys: Capsys
) -> None:
    assert generate(foreign, "--adopt") == EXIT_NOT_CONFIRMED
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == f"{foreign} has no manifest: adopting it would"
    assert f"  replace  {foreign}/python/README.md" in lines
    assert f"  keep     {foreign}/NOTES.txt" in lines
    assert any(line.startswith(f"  add      {foreign}/python/") for line in lines)
    assert lines[-1].endswith("files it does not generate are never touched)")
    assert "run again with --yes" in captured.err
    assert sorted(p.name for p in foreign.rglob("*")) == ["NOTES.txt", "README.md", "python"]


def test_adopt_yes_takes_the_folder_over(foreign: Path, made: Path, capsys: Capsys) -> None:
    assert generate(foreign, "--adopt", "--yes") == EXIT_OK
    assert (foreign / "NOTES.txt").read_text() == "mine\n"
    assert (foreign / "python" / "README.md").read_bytes() == (
        made / "python" / "README.md"
    ).read_bytes()
    assert f"  updated  {foreign}/python/README.md" in capsys.readouterr().out
    # From now on it is ours: a plain generate and a check work, NOTES.txt is not owned.
    assert generate(foreign) == EXIT_OK
    assert generate(foreign, "--check") == EXIT_OK
    assert "NOTES.txt" not in (foreign / "manifest.json").read_text()


def test_adopt_on_a_folder_that_is_already_ours_just_generates(out: Path) -> None:
    assert generate(out, "--adopt") == EXIT_OK
