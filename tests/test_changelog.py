"""The changelog: ``diff --format changelog``, specs read from stdin and git, and
``generate --previous`` keeping ``python/CHANGELOG.md`` (created, prepended, idempotent, and
left alone and not stale without ``--previous``)."""

from __future__ import annotations

import copy
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.diff.changelog import merged
from generator.exitcodes import EXIT_USAGE

ROOT = Path(__file__).resolve().parent.parent
RECORDINGS = "/accounts/{account_id}/realtimekit/recordings"
ONE = RECORDINGS + "/{recording_id}"
ACTIVE = RECORDINGS + "/active-recording/{meeting_id}"
LOG = Path("generated/python/CHANGELOG.md")


def real_spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    return data


def old_spec() -> dict[str, Any]:
    """Our spec with getActiveRecording deprecated: the release before its removal."""
    doc = real_spec()
    doc["paths"][ACTIVE]["get"]["deprecated"] = True
    return doc


def new_spec() -> dict[str, Any]:
    """One of each: optional response field, request field with a default, response enum
    value, tightened maximum, schema rename, new operation, deprecation, deprecated removal."""
    doc = old_spec()
    doc["info"]["version"] = "2.0.0"
    schemas = doc["components"]["schemas"]
    schemas["Recording"]["properties"]["region"] = {"type": "string", "description": "Where."}
    schemas["StartRecordingRequest"]["properties"]["layout"] = {
        "type": "string",
        "default": "grid",
        "description": "How participants are arranged.",
    }
    schemas["RecordingStatus"]["enum"].append("STOPPING")
    schemas["StartRecordingRequest"]["properties"]["max_seconds"]["maximum"] = 3600
    schemas["PageInfo"] = schemas.pop("Paging")
    paths = doc["paths"]
    update = paths[ONE]["put"]
    update["deprecated"] = True
    update["x-deprecation-message"] = "use `client.stop_recording()`"
    stop = copy.deepcopy(update)
    del stop["deprecated"], stop["x-deprecation-message"], stop["requestBody"]
    stop["operationId"] = "stopRecording"
    paths[ONE + "/stop"] = {"parameters": paths[ONE]["parameters"], "post": stop}
    del paths[ACTIVE]
    text = yaml.safe_dump(doc, sort_keys=False)
    renamed: dict[str, Any] = yaml.safe_load(text.replace("schemas/Paging'", "schemas/PageInfo'"))
    return renamed


EXPECTED = """\
## [2.0.0] - 2024-06-01

### Breaking

- `client.get_active_recording()` removed (`GET /accounts/{account_id}/realtimekit/recordings/active-recording/{meeting_id}`; it was deprecated in 1.1.0)
- `StartRecordingRequest.max_seconds`: `maximum` 86400 → 3600 (values accepted before are now rejected)
- `Paging` renamed to `PageInfo` (imports break)

### Added

- `client.stop_recording()`: new method (`POST /accounts/{account_id}/realtimekit/recordings/{recording_id}/stop`)
- `RecordingStatus.STOPPING`: new value 'STOPPING'
- `StartRecordingRequest.layout`: new optional attribute (default 'grid', applied by the server)
- `Recording.region`: new attribute

### Deprecated

- `client.update_recording()` is deprecated: use `client.stop_recording()`
"""  # noqa: E501 (entries are one line each)


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def test_the_changelog_section_of_a_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path / "old.yaml", old_spec())
    new = write(tmp_path / "new.yaml", new_spec())
    args = ["diff", str(old), str(new), "--format", "changelog", "--date", "2024-06-01"]
    assert main(args) == 1  # breaking, as with every format
    out = capsys.readouterr().out
    assert out == EXPECTED, out


def test_documentation_only_changes_are_fixed_and_undeprecation_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = old_spec()
    new["info"]["version"] = "1.1.1"
    new["paths"][ACTIVE]["get"]["deprecated"] = False
    new["components"]["schemas"]["Paging"]["description"] = "Where a page lies, in words."
    old_path, new_path = write(tmp_path / "a.yaml", old_spec()), write(tmp_path / "b.yaml", new)
    args = ["diff", str(old_path), str(new_path), "--format", "changelog", "--date", "2024-06-02"]
    assert main(args) == 0
    assert capsys.readouterr().out == (
        "## [1.1.1] - 2024-06-02\n\n"
        "### Changed\n\n- `client.get_active_recording()` is no longer deprecated\n\n"
        "### Fixed\n\n- `Paging`: description changed\n"
    )


def test_the_date_defaults_to_today_and_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write(tmp_path / "s.yaml", real_spec())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert main(["diff", str(spec), str(spec), "--format", "changelog"]) == 0
    assert capsys.readouterr().out.startswith("## [1.1.0] - 2023-11-14\n\nNo changes")
    bad_date = ["diff", str(spec), str(spec), "--format", "changelog", "--date", "2024-02-30"]
    assert main(bad_date) == EXIT_USAGE
    assert "'2024-02-30' is not a date written YYYY-MM-DD" in capsys.readouterr().err


# -- specs from stdin and git -----------------------------------------------------------------
def test_the_old_spec_from_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = yaml.safe_dump(old_spec())
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    new = write(tmp_path / "new.yaml", new_spec())
    assert main(["diff", "-", str(new), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["old"]["package_version"] == "1.1.0"
    assert main(["diff", "-", "-"]) == EXIT_USAGE
    assert "only one of OLD_SPEC and NEW_SPEC" in capsys.readouterr().err


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project in git: v1.1.0 tags the old spec; the working tree holds the new one."""
    write(tmp_path / "spec" / "openapi.yaml", old_spec())
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "1.1.0")
    git(tmp_path, "tag", "v1.1.0")
    write(tmp_path / "spec" / "openapi.yaml", new_spec())
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.usefixtures("repo")
@pytest.mark.parametrize("ref", ["v1.1.0", "HEAD"])
def test_the_old_spec_from_a_git_ref(ref: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["diff", f"git:{ref}:spec/openapi.yaml", "spec/openapi.yaml", "--format", "changelog"]
    assert main([*args, "--date", "2024-06-01"]) == 1
    assert capsys.readouterr().out == EXPECTED


@pytest.mark.usefixtures("repo")
@pytest.mark.parametrize(
    ("old", "message"),
    [
        ("git:v9:spec/openapi.yaml", "error: git:v9:spec/openapi.yaml: unknown git ref 'v9'"),
        (
            "git:v1.1.0:spec/nope.yaml",
            "error: git:v1.1.0:spec/nope.yaml: spec/nope.yaml does not exist at v1.1.0",
        ),
        ("git:--output=x:spec/openapi.yaml", "unknown git ref '--output=x'"),
        ("git:v1.1.0", "error: git:v1.1.0: write a spec in git as git:REF:path"),
    ],
)
def test_bad_git_specs_are_one_line_errors(
    old: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", old, "spec/openapi.yaml"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err


def test_git_outside_a_repository(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # no repository above it
    monkeypatch.chdir(tmp_path)
    new = write(tmp_path / "new.yaml", new_spec())
    assert main(["diff", "git:HEAD:new.yaml", str(new)]) == EXIT_USAGE
    assert capsys.readouterr().err == (
        f"error: git:HEAD:new.yaml: {tmp_path} is not in a git repository\n"
    )


def test_findings_in_a_spec_from_git_name_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = real_spec()
    bad["paths"][ONE]["get"]["responses"] = "none"
    write(repo / "spec" / "openapi.yaml", bad)
    git(repo, "commit", "-qam", "broken")
    assert main(["diff", "git:HEAD:spec/openapi.yaml", "git:v1.1.0:spec/openapi.yaml"]) == 2
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith("git:HEAD:spec/openapi.yaml:"), first


# -- generate --previous ----------------------------------------------------------------------
def generate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["generate", *args])
    return code, capsys.readouterr().err


def test_generate_previous_creates_prepends_and_is_idempotent(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The first release with a changelog: the file is created, and listed in the manifest.
    assert generate(capsys, "--previous", "v1.1.0", "--date", "2024-06-01")[0] == 0
    first = (repo / LOG).read_text()
    assert first.startswith("# Changelog\n\nAll notable changes to the `realtimekit` package.")
    assert first.endswith("\n\n" + EXPECTED)
    manifest = json.loads((repo / "generated" / "manifest.json").read_text())
    assert "python/CHANGELOG.md" in manifest["files"]
    assert "previous" not in manifest.get("settings", {})  # it changes every release

    # The same previous spec again, another day: byte-identical (the section keeps its date).
    snapshot = {p: p.read_bytes() for p in (repo / "generated").rglob("*") if p.is_file()}
    assert generate(capsys, "--previous", "git:v1.1.0:spec/openapi.yaml")[0] == 0
    assert {p: p.read_bytes() for p in (repo / "generated").rglob("*") if p.is_file()} == snapshot
    assert first.count("## [2.0.0]") == 1

    # The next release: its section goes on top; the older one is kept byte for byte.
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "2.0.0")
    doc = new_spec()
    doc["info"]["version"] = "2.1.0"
    doc["components"]["schemas"]["Recording"]["properties"]["zone"] = {"type": "string"}
    write(repo / "spec" / "openapi.yaml", doc)
    assert generate(capsys, "--previous", "HEAD", "--date", "2024-07-01")[0] == 0
    second = (repo / LOG).read_text()
    top, _, rest = second.partition("## [2.1.0] - 2024-07-01\n\n### Added\n\n")
    assert top == first.partition("## [2.0.0]")[0]
    assert rest == "- `Recording.zone`: new attribute\n\n" + EXPECTED


def test_without_previous_the_changelog_is_kept_and_not_stale(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert generate(capsys, "--previous", "v1.1.0", "--date", "2024-06-01")[0] == 0
    log = (repo / LOG).read_bytes()
    assert generate(capsys, "--check")[0] == 0  # not stale, not to be deleted
    assert generate(capsys)[0] == 0
    assert (repo / LOG).read_bytes() == log
    assert (
        "python/CHANGELOG.md" in json.loads((repo / "generated/manifest.json").read_text())["files"]
    )
    # With --previous, --check compares the section it would write.
    assert generate(capsys, "--check", "--previous", "v1.1.0")[0] == 0
    (repo / LOG).write_bytes(log.replace(b"## [2.0.0]", b"## [1.9.0]"))
    code, err = generate(capsys, "--check", "--previous", "v1.1.0", "--date", "2024-06-01")
    assert code == 1 and "is stale" in err
    # A spec edit without --previous: the changelog is carried over as it is.
    shutil.rmtree(repo / "generated" / "docs")
    assert generate(capsys, "--check")[0] == 1
    assert generate(capsys)[0] == 0
    assert (repo / LOG).read_bytes() == log.replace(b"## [2.0.0]", b"## [1.9.0]")


def test_generate_previous_errors(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = generate(capsys, "--previous", "nope")
    assert (code, err) == (
        EXIT_USAGE,
        "error: --previous nope: neither a spec file nor a git ref\n",
    )
    code, err = generate(capsys, "--previous", "git:v1.1.0:spec/gone.yaml")
    assert code == EXIT_USAGE and "spec/gone.yaml does not exist at v1.1.0" in err
    assert not (repo / "generated").exists()  # nothing was written


def test_same_version_adds_no_section(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo / "spec" / "openapi.yaml", old_spec())
    code, err = generate(capsys, "--previous", "v1.1.0")
    assert code == 0 and "gets no new section" in err
    assert not (repo / LOG).exists()


def test_merging_keeps_everything_else() -> None:
    older = "# Log\n\nWords.\n\n## [Unreleased]\n\n- x\n\n## [1.0.0] - 2020-01-01\n\n- a\n"
    section = "## [1.1.0] - 2020-02-01\n\n- b\n"
    once = merged(older, section, "1.1.0", "pkg")
    assert once == older.replace("## [1.0.0]", section + "\n## [1.0.0]")
    assert merged(once, section, "1.1.0", "pkg") == once
    assert merged("# Log\n", section, "1.1.0", "pkg") == "# Log\n\n" + section


def test_a_changelog_template_and_previous_are_refused_together(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = repo / "my-templates" / "python" / "CHANGELOG.md.jinja"
    template.parent.mkdir(parents=True)
    template.write_text("# Ours\n")
    code, err = generate(capsys, "--templates", "my-templates", "--previous", "v1.1.0")
    assert code == EXIT_USAGE and "which a template of my-templates renders too" in err
    assert generate(capsys, "--templates", "my-templates")[0] == 0
    assert (repo / LOG).read_text() == "# Ours\n"


def test_a_run_killed_mid_replace_loses_no_changelog(repo: Path) -> None:
    """The next run undoes a killed one; the changelog it carries over is the one the last
    complete run wrote, not a half-replaced state."""
    assert main(["generate", "--previous", "v1.1.0", "--date", "2024-06-01"]) == 0
    log = (repo / LOG).read_bytes()
    doc = new_spec()
    doc["components"]["schemas"]["Recording"]["properties"]["zone"] = {"type": "string"}
    write(repo / "spec" / "openapi.yaml", doc)
    command = [sys.executable, "-m", "generator", "generate"]
    # Killed once every old file is moved aside and a few new ones are in place: the
    # changelog on disk then is the new run's, and the old one waits in the journal's folder.
    owned = json.loads((repo / "generated" / "manifest.json").read_text())["files"]
    env = {**os.environ, "SDKGEN_TEST_KILL_AFTER": str(len(owned) + 3)}
    killed = subprocess.run(command, cwd=repo, env=env, capture_output=True, check=False)
    assert killed.returncode == -9
    resumed = subprocess.run(command, cwd=repo, capture_output=True, text=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert "undid the changes of an interrupted run" in resumed.stderr
    assert (repo / LOG).read_bytes() == log
