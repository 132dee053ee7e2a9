"""The settings of a run recorded in manifest.json and reused; headers that depend only on the
layout of spec and output; override templates checked against the built-in names."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cli import main
from generator.exitcodes import EXIT_USAGE

ROOT = Path(__file__).resolve().parent.parent
README = "python/README.md.jinja"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's project, as the working directory: spec/openapi.yaml, no pyproject.toml."""
    (tmp_path / "spec").mkdir()
    shutil.copy2(ROOT / "spec" / "openapi.yaml", tmp_path / "spec" / "openapi.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["generate", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def override(project: Path, rel: str = README, text: str = "# {{ api.title }}\n") -> Path:
    path = project / "my-templates" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def settings(out: Path) -> dict[str, str]:
    data: dict[str, str] = json.loads((out / "manifest.json").read_text()).get("settings", {})
    return data


def header(out: Path) -> str:
    return (out / "python" / "pyproject.toml").read_text().splitlines()[0]


def test_the_settings_are_recorded_and_a_plain_generate_reuses_them(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    override(project)
    assert run(capsys, "--templates", "my-templates")[0] == 0
    assert settings(project / "generated") == {
        "spec": "spec/openapi.yaml",
        "templates": "my-templates",
    }

    code, out, err = run(capsys)
    assert (code, out) == (0, "generated: 24 files, already up to date\n")
    assert err == (
        "note: using --templates my-templates, as recorded in generated/manifest.json "
        "(--no-templates renders with the built-in ones)\n"
    )
    assert (project / "generated" / "python" / "README.md").read_text().startswith("# Cloud")
    assert run(capsys, "--check")[:2] == (0, "generated is up to date\n")


def test_the_stale_hint_names_the_recorded_override(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = override(project)
    assert run(capsys, "--templates", "my-templates")[0] == 0
    template.write_text("# {{ api.title }}, changed\n")
    code, out, err = run(capsys, "--check")
    assert code == 1
    assert "+# Cloudflare RealtimeKit API, changed" in out
    assert err.splitlines()[-1] == (
        "generated is stale: run `python -m generator generate --templates my-templates`"
    )


def test_no_templates_goes_back_to_the_built_in_ones(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    override(project)
    assert run(capsys, "--templates", "my-templates")[0] == 0
    code, _, err = run(capsys, "--no-templates")
    assert (code, err) == (0, "")
    assert "templates" not in settings(project / "generated")
    assert run(capsys)[2] == ""  # nothing recorded, nothing to say


def test_a_recorded_templates_folder_that_is_gone_is_a_clear_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    override(project)
    assert run(capsys, "--templates", "my-templates")[0] == 0
    shutil.rmtree(project / "my-templates")
    code, _, err = run(capsys)
    assert code == EXIT_USAGE
    assert err.splitlines()[-1] == "error: templates folder my-templates does not exist on disk"


def test_headers_name_the_spec_by_its_place_beside_the_output_only(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = "# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit."
    assert run(capsys)[0] == 0
    assert header(project / "generated") == expected
    (project / "spec" / "pyproject.toml").write_text("")  # a pyproject anywhere changes nothing
    assert run(capsys, "--check")[0] == 0
    (project / "elsewhere").mkdir()
    monkeypatch.chdir(project / "elsewhere")
    code = main(["generate", "--check", "--spec", "../spec/openapi.yaml", "--out", "../generated"])
    assert code == 0  # nor does the working directory


def test_spec_name_sets_the_header_and_is_recorded(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--spec-name", "api/v2.yaml")[0] == 0
    out = project / "generated"
    assert header(out) == "# Generated from api/v2.yaml by sdkgen 0.1.0. Do not edit."
    assert settings(out)["spec-name"] == "api/v2.yaml"
    code, _, err = run(capsys, "--check")
    assert code == 0
    assert err == "note: using --spec-name api/v2.yaml, as recorded in generated/manifest.json\n"


def test_a_spec_outside_the_project_is_named_by_its_file_and_not_recorded(
    project: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "api.yaml"
    shutil.copy2(project / "spec" / "openapi.yaml", outside)
    code, _, err = run(capsys, "--spec", str(outside))
    assert code == 0
    assert header(project / "generated") == (
        "# Generated from api.yaml by sdkgen 0.1.0. Do not edit."
    )
    assert "spec" not in settings(project / "generated")
    assert err == (
        f"note: manifest.json does not record --spec {outside}: it is outside the folder "
        "holding --out, and the manifest names no path out of it; pass it again next time\n"
    )


def test_an_override_named_like_a_built_in_template_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    override(project, "python/READEM.md.jinja")
    code, out, err = run(capsys, "--templates", "my-templates")
    assert (code, out) == (2, "")
    assert err == (
        "my-templates/python/READEM.md.jinja: overrides no built-in template; did you mean "
        "my-templates/python/README.md.jinja (built-in python/README.md.jinja)? A new file "
        "needs a name less like a built-in one\n"
        "the templates cannot be rendered; generated was not touched\n"
    )
    assert not (project / "generated").exists()


def test_an_override_in_a_misspelt_folder_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    override(project, "python/pakage/models.py.jinja")
    code, _, err = run(capsys, "--templates", "my-templates")
    assert code == 2
    assert "did you mean my-templates/python/package/models.py.jinja" in err


def test_an_override_unlike_any_built_in_template_is_a_new_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    override(project, "python/CHANGELOG.md.jinja", "# Changes of {{ api.title }}\n")
    assert run(capsys, "--templates", "my-templates")[0] == 0
    made = project / "generated" / "python" / "CHANGELOG.md"
    assert made.read_text() == "# Changes of Cloudflare RealtimeKit API\n"


def test_code_from_a_users_template_that_does_not_compile_names_the_template(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built_in = (ROOT / "templates" / "python" / "package" / "errors.py.jinja").read_text()
    override(project, "python/package/errors.py.jinja", built_in + "def broken(:\n    pass\n")
    line = len(built_in.splitlines()) + 1
    code, out, err = run(capsys, "--templates", "my-templates")
    assert (code, out) == (2, "")
    first, second = err.splitlines()
    assert first.startswith(
        f"my-templates/python/package/errors.py.jinja:{line}: the generated "
        "python/realtimekit/errors.py does not compile (line "
    )
    assert "generator bug" not in err
    assert second == "the templates make code that does not compile; generated was not touched"


def git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=project,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def no_outer_git(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither a repository above the temporary folder nor a hook's GIT_ variables count."""
    for name in [n for n in os.environ if n.startswith("GIT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(project.parent))


@pytest.mark.usefixtures("no_outer_git")
def test_staged_judges_the_index_not_the_disk(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys)[0] == 0
    git(project, "init", "-q")
    git(project, "add", "-A")
    assert run(capsys, "--check", "--staged")[:2] == (
        0,
        "generated is up to date in the git index\n",
    )
    git(project, "rm", "-q", "--cached", "generated/python/realtimekit/errors.py")
    assert run(capsys, "--check")[0] == 0  # on disk it is there
    code, out, err = run(capsys, "--check", "--staged")
    assert code == 1
    assert "+++ b/generated/python/realtimekit/errors.py" in out
    assert err == (
        "generated is stale in the git index: "
        "run `python -m generator generate` and `git add generated`\n"
    )
    assert Path.cwd() == project  # the run came back from the index's copy


@pytest.mark.usefixtures("no_outer_git")
def test_staged_outside_a_repository_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--check", "--staged")
    assert code == EXIT_USAGE
    assert err.startswith("error: --staged needs a git repository (git rev-parse failed: fatal:")
    assert "Traceback" not in err


def test_staged_only_checks(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--staged") == (
        EXIT_USAGE,
        "",
        "error: --staged only checks: use it with --check\n",
    )
