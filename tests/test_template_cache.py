"""Compiled templates are kept beside the built-in ones (as Python keeps .pyc files), and a
kept one is never used for a template whose source changed."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from generator import render as render_module
from generator.cli import load_and_build
from generator.ir import Api

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def api() -> Api:
    return load_and_build(ROOT / "spec" / "openapi.yaml")[1]


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built-in templates, standing in for them, with no compiled ones yet."""
    copy = tmp_path / "templates"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(render_module.default_templates(), copy, ignore=ignore)
    monkeypatch.setattr(render_module, "default_templates", lambda: copy)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return copy


def errors_module(files: dict[str, str]) -> str:
    return next(text for rel, text in files.items() if rel.endswith("/errors.py"))


def test_a_kept_template_renders_the_same_and_an_edited_one_is_compiled_again(
    api: Api, templates: Path
) -> None:
    # An override folder gets a fresh environment each call: the kept files are all it reuses.
    first = render_module.render(api, templates)
    kept = sorted((templates / "__pycache__").glob("*.jinja.cache"))
    assert len(kept) >= len(list(templates.rglob("*.jinja"))) // 2, kept
    assert render_module.render(api, templates) == first
    source = templates / "python" / "package" / "errors.py.jinja"
    source.write_text(source.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert errors_module(render_module.render(api, templates)).endswith("# edited\n")


def test_nothing_is_kept_when_python_is_told_not_to_write_bytecode(
    api: Api, templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # PYTHONDONTWRITEBYTECODE=1, -B
    assert render_module.render(api, templates)
    assert not list(templates.rglob("*.jinja.cache"))


def test_a_folder_that_cannot_be_written_only_means_no_cache(
    api: Api, templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (templates / "__pycache__").write_text("a file where the folder would go")
    first = render_module.render(api, templates)
    assert render_module.render(api, templates) == first


def test_a_damaged_kept_template_is_compiled_again(api: Api, templates: Path) -> None:
    first = render_module.render(api, templates)
    for kept in (templates / "__pycache__").glob("*.jinja.cache"):
        kept.write_bytes(b"\x00garbage")
    assert render_module.render(api, templates) == first


def test_a_users_templates_are_never_kept_in_the_package(
    api: Api, templates: Path, tmp_path: Path
) -> None:
    ours = render_module.render(api, templates)
    kept = set((templates / "__pycache__").glob("*.jinja.cache"))
    overrides = tmp_path / "mine"
    (overrides / "docs").mkdir(parents=True)
    (overrides / "docs" / "extra.md.jinja").write_text("# {{ api.title }}\n")
    files = render_module.render(api, overrides)
    assert files["docs/extra.md"].startswith("# ")
    assert files["docs/docs/index.md"] == ours["docs/docs/index.md"]
    assert set((templates / "__pycache__").glob("*.jinja.cache")) == kept


def test_a_new_generator_version_never_reads_what_an_older_one_compiled(
    api: Api, templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiled code depends on more than the template (how each filter is called, options):
    the generator's and Jinja's versions and the environment's settings are in every key."""
    render_module.render(api, templates)
    first = set((templates / "__pycache__").glob("*.jinja.cache"))
    monkeypatch.setattr(render_module, "__version__", "999.0")
    render_module.render(api, templates)
    second = set((templates / "__pycache__").glob("*.jinja.cache")) - first
    assert len(second) == len(first)
