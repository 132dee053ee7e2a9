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
    assert command[1:] == ["generate", "--check"]
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
    return repo, venv / "bin"


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
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, check=False)


def test_the_hook_passes_on_a_fresh_tree_and_fails_on_drift(installed: tuple[Path, Path]) -> None:
    repo, bin_dir = installed
    fresh = run_hook(repo, bin_dir)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr

    page = repo / "generated" / "docs" / "docs" / "models.md"
    original = page.read_text()
    page.write_text(original + "A hand edit.\n")
    edited = run_hook(repo, bin_dir)
    assert edited.returncode == 1, edited.stdout + edited.stderr
    assert "A hand edit." in edited.stdout
    page.write_text(original)

    # A template change reaches users as a new release of the hook: reinstall, as pre-commit
    # does for a new `rev`, from the changed copy.
    template = repo / "templates" / "docs" / "docs" / "[model_page].md.jinja"
    template.write_text(template.read_text() + "\nA new closing line.\n")
    pip_install(bin_dir.parent, repo, "--no-deps", "--force-reinstall")
    stale = run_hook(repo, bin_dir)
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert "+A new closing line." in stale.stdout
    assert "generated/docs/docs/models.md" in stale.stdout
