"""What the generator must do with any spec: refuse it with located problems (exit 2), or
produce output that compiles, lints, type-checks and builds as docs. Never a traceback.

``outcome(text)`` runs the pipeline in-process as ``python -m generator generate`` does and
checks the cheap part of the contract (every generated ``.py`` compiles, every path is safe,
JSON/TOML/YAML files parse, the docs' navigation finds its pages); ``check_built(files)`` the
expensive part (ruff, ``mypy --strict``, ``mkdocs build --strict``), for sampled cases.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import tomllib
import yaml
from docsite import build_site

from generator.build import build
from generator.load import parse_spec
from generator.openapi30 import normalize
from generator.paths import check_tree
from generator.problems import Problem, SpecError
from generator.render import render
from generator.validate import check
from generator.write import format_tree

SPEC_NAME = "fuzz.yaml"


def assert_located(problems: list[Problem], text: str) -> None:
    assert problems, "refused without saying why"
    lines = text.count("\n") + 2
    for problem in problems:
        assert problem.file == SPEC_NAME, problem
        assert 1 <= problem.line <= lines and problem.column >= 1, problem
        assert problem.message.strip(), problem
        assert str(problem).startswith(f"{SPEC_NAME}:{problem.line}:{problem.column}: ")


def generate(text: str) -> dict[str, str] | None:
    """The rendered files, or None when the spec is refused (its problems checked)."""
    try:
        spec = parse_spec(text, SPEC_NAME)
        report = check(spec)
        if any(p.blocking for p in report.problems) or report.spec is None:
            _still_builds_or_explains(report.spec or normalize(spec), report.buildable)
            assert_located(report.problems, text)
            return None
        # Warnings and notes: generated as the CLI does, their fallbacks carried out.
        found: list[Problem] = []
        files = render(build(report.spec, found))
        if report.problems or found:
            assert_located(report.problems + found, text)
        return files
    except SpecError as exc:
        assert_located(exc.problems, text)
        return None


def _still_builds_or_explains(spec: object, buildable: bool) -> None:
    """As the CLI does: the builder also runs on a spec with problems, to report its own; any
    crash there is swallowed because the problems explain it, but it must never hang."""
    if buildable:
        with contextlib.suppress(Exception):  # the CLI drops these: cli.load_and_build
            build(spec)  # type: ignore[arg-type]


def check_rendered(files: dict[str, str]) -> None:
    """The cheap part of the contract, for every generated spec."""
    check_tree(files)
    for rel, text in files.items():
        if rel.endswith(".py"):
            compile(text, rel, "exec", dont_inherit=True)
        elif rel.endswith(".json"):
            json.loads(text)
        elif rel.endswith(".toml"):
            tomllib.loads(text)
        elif rel.endswith((".yml", ".yaml")):
            yaml.safe_load(text)
    docs = [rel for rel in files if rel.startswith("docs/") and rel.endswith(".md")]
    nav = yaml.safe_load(files["docs/mkdocs.yml"])["nav"]
    for page in nav_pages(nav):
        assert f"docs/docs/{page}" in docs, page


def nav_pages(nav: list[dict[str, Any]]) -> list[str]:
    """Every page the navigation names, through its sections (each a list of entries)."""
    pages = []
    for entry in nav:
        ((_, value),) = entry.items()
        pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


def outcome(text: str) -> str:
    """ "refused" or "generated", the contract checked either way."""
    files = generate(text)
    if files is None:
        return "refused"
    check_rendered(files)
    return "generated"


def check_built(files: dict[str, str], folder: Path, mypy_cache: Path) -> None:
    """The expensive part: ruff check, mypy --strict and mkdocs build --strict."""
    for rel, data in format_tree(files).items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    package = folder / "python"
    name = next(package.glob("*/__init__.py")).parent.name
    for command in (
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), name],
    ):
        result = subprocess.run(command, cwd=package, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
    docs = folder / "docs"
    result = build_site(docs, folder / "site")
    assert result.returncode == 0, result.stderr
