"""The drift check as a pre-commit hook: `.pre-commit-hooks.yaml` offers `sdkgen generate --check`.

pre-commit installs a ``language: python`` hook with ``pip install .`` of this repository into a
fresh virtualenv and runs ``entry`` (plus the user's ``args``) at the root of the user's
repository. The test does the same, without the pre-commit package: a non-editable install of a
copy of this repository, then the hook's command in that copy.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import tomllib
import yaml

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
# What `pip install .` needs, and the tree the hook checks; never caches or a built site.
COPIED = ("pyproject.toml", "README.md", "generator", "templates", "spec", "generated")
# Not "build": generator/build is a package.
IGNORED = shutil.ignore_patterns("__pycache__", "*.egg-info", "site", ".*cache")


def hook() -> dict[str, Any]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    (found,) = [h for h in hooks if h["id"] == "sdkgen-check"]
    return dict(found)


def test_the_hook_is_declared_as_pre_commit_expects() -> None:
    declared = hook()
    assert declared["language"] == "python"  # installed from this repository with pip
    assert declared["pass_filenames"] is False  # the whole tree is compared
    command = shlex.split(declared["entry"])
    assert command[:1] == ["sdkgen"] and command[0] in PYPROJECT["project"]["scripts"]
    assert command[1:] == ["generate", "--check", "--staged"]
    files = re.compile(declared["files"])
    for path in ("spec/openapi.yaml", "templates/docs/mkdocs.yml.jinja", "generated/manifest.json"):
        assert files.search(path), path
    for path in ("README.md", "tests/test_docs.py", "generator/cli.py"):
        assert not files.search(path), path


def test_every_generator_package_ships_in_the_wheel() -> None:
    """Packages are listed (templates/ rides along as generator._templates): none forgotten."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "generator").rglob("__init__.py")
    }
    assert on_disk - listed == set()
    assert PYPROJECT["tool"]["setuptools"]["package-dir"]["generator._templates"] == "templates"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(a copy of this repository, the bin/ of a venv where it is pip-installed like pre-commit)."""
    repo = tmp_path_factory.mktemp("hook") / "repo"
    repo.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=IGNORED)
        else:
            shutil.copy2(source, repo / name)
    venv = repo.parent / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip_install(venv, repo)
    git_init(repo)
    return repo, venv / "bin"


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if not k.startswith("GIT_")},
    )


def git_init(repo: Path) -> None:
    """A repository whose every file is committed, as the hook finds it."""
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-q", "-m", "start")):
        done = git(repo, *args)
        assert done.returncode == 0, done.stderr


def pip_install(venv: Path, repo: Path, *extra: str) -> None:
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *extra, str(repo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def run_hook(repo: Path, bin_dir: Path) -> subprocess.CompletedProcess[str]:
    declared = hook()
    command = [*shlex.split(declared["entry"]), *declared.get("args", [])]
    # Not the GIT_ variables of a hook this test may itself run under: the scratch repository's.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, check=False)


def test_the_hook_passes_on_a_fresh_tree_and_fails_on_drift(installed: tuple[Path, Path]) -> None:
    repo, bin_dir = installed
    fresh = run_hook(repo, bin_dir)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr

    page = repo / "generated" / "docs" / "docs" / "models.md"
    original = page.read_text()
    page.write_text(original + "A hand edit.\n")
    git(repo, "add", str(page))
    edited = run_hook(repo, bin_dir)
    assert edited.returncode == 1, edited.stdout + edited.stderr
    assert "A hand edit." in edited.stdout
    assert edited.stderr.endswith(
        "generated is stale in the git index: "
        "run `python -m generator generate` and `git add generated`\n"
    )
    page.write_text(original)
    git(repo, "add", str(page))

    # A template change reaches users as a new release of the hook: reinstall, as pre-commit
    # does for a new `rev`, from the changed copy.
    template = repo / "templates" / "docs" / "docs" / "[model_page].md.jinja"
    released = template.read_text()
    template.write_text(released + "\nA new closing line.\n")
    pip_install(bin_dir.parent, repo, "--no-deps", "--force-reinstall")
    stale = run_hook(repo, bin_dir)
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert "+A new closing line." in stale.stdout
    assert "generated/docs/docs/models.md" in stale.stdout
    # The other tests share the install: back to this repository's templates.
    template.write_text(released)
    pip_install(bin_dir.parent, repo, "--no-deps", "--force-reinstall")


def user_project(where: Path) -> Path:
    """A user's repository: this one's spec and generated/, and no pyproject.toml."""
    repo = where / "project"
    for name in ("spec", "generated"):
        shutil.copytree(ROOT / name, repo / name, ignore=IGNORED)
    shutil.rmtree(repo / "generated" / "docs" / "site", ignore_errors=True)
    assert not any((folder / "pyproject.toml").exists() for folder in (repo, *repo.parents))
    git_init(repo)
    return repo


def test_a_copied_tree_without_a_pyproject_passes(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    """Headers name the spec by its place beside generated/, not by the nearest pyproject."""
    _, bin_dir = installed
    repo = user_project(tmp_path)
    result = run_hook(repo, bin_dir)
    assert (result.returncode, result.stdout) == (0, "generated is up to date in the git index\n")


# A second operation like getActiveRecording: a new page, operations/get-latest-recording.md.
ACTIVE = "  /accounts/{account_id}/realtimekit/recordings/active-recording/{meeting_id}:"


def add_operation(spec: Path) -> None:
    text = spec.read_text()
    start, end = text.index(ACTIVE), text.index("\ncomponents:")
    latest = text[start:end].replace("active-recording", "latest-recording")
    latest = latest.replace("getActiveRecording", "getLatestRecording")
    spec.write_text(text[:end] + "\n" + latest + text[end:])


def test_a_commit_without_a_new_generated_file_is_blocked(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, bin_dir = installed
    repo = user_project(tmp_path)
    script = repo / ".git" / "hooks" / "pre-commit"  # git runs it at the root, as pre-commit
    script.write_text(f"#!/bin/sh\nPATH={shlex.quote(str(bin_dir))}:$PATH exec {hook()['entry']}\n")
    script.chmod(0o755)

    add_operation(repo / "spec" / "openapi.yaml")
    generated = subprocess.run(
        [str(bin_dir / "sdkgen"), "generate"], cwd=repo, capture_output=True, text=True
    )
    assert generated.returncode == 0, generated.stderr
    new_page = "generated/docs/docs/operations/get-latest-recording.md"
    assert (repo / new_page).is_file()
    git(repo, "add", "-u")  # the changed files, not the new one: it stays untracked on disk
    assert git(repo, "status", "--porcelain", new_page).stdout.startswith("??")
    # The working tree is complete, so a check of it passes: what the hook must not do.
    on_disk = subprocess.run(
        [str(bin_dir / "sdkgen"), "generate", "--check"], cwd=repo, capture_output=True, text=True
    )
    assert on_disk.returncode == 0, on_disk.stdout + on_disk.stderr
    assert run_hook(repo, bin_dir).returncode == 1
    blocked = git(repo, "commit", "-m", "getLatestRecording")
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert f"+++ b/{new_page}" in blocked.stderr  # git shows a hook's output there
    assert blocked.stderr.endswith(
        "generated is stale in the git index: "
        "run `python -m generator generate` and `git add generated`\n"
    )
    assert git(repo, "rev-list", "--count", "HEAD").stdout == "1\n"  # nothing was committed

    git(repo, "add", new_page)
    passed = git(repo, "commit", "-m", "getLatestRecording")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "generated is up to date in the git index" in passed.stderr


def test_the_readme_names_a_rev_of_this_repository() -> None:
    """The README's ``rev:`` must be something pre-commit can check out here: a commit (or
    tag) of this repository whose hook already judges the index."""
    (rev,) = re.findall(r"^\s*rev:\s*(\S+)", (ROOT / "README.md").read_text(), re.MULTILINE)
    if git(ROOT, "rev-parse", "--git-dir").returncode != 0:
        pytest.skip("not a git checkout")
    if git(ROOT, "rev-parse", "--is-shallow-repository").stdout.strip() == "true":
        pytest.skip("a shallow clone holds no history to find the README's rev in")
    found = git(ROOT, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    assert found.returncode == 0, f"README's rev {rev} is no commit of this repository"
    hooks = git(ROOT, "show", f"{rev}:.pre-commit-hooks.yaml").stdout
    assert "--staged" in hooks, f"the hook of {rev} checks the working tree, not the commit"
