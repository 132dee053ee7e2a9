"""A large API's docs render in a child process while the code renders: same files, same errors."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import render as render_module
from generator.cli import load_and_build
from generator.forked import Forked
from generator.ir import Api
from generator.render import TemplateError, render

SPEC = Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml"


@pytest.fixture(scope="module")
def api() -> Api:
    return load_and_build(SPEC)[1]


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Fork the docs' render whatever the API's size; records each child's process id."""
    pids: list[int] = []

    class Recorded(Forked[object]):
        def __init__(self, call: Callable[[], object], fork: bool = True) -> None:
            super().__init__(call, fork)
            pids.append(self.pid)

    monkeypatch.setattr(render_module, "FORK_DOCS_FROM", 0)
    monkeypatch.setattr(render_module, "Forked", Recorded)
    return pids


def test_docs_from_a_child_are_the_files_rendered_inline(api: Api, children: list[int]) -> None:
    made: list[str] = []
    forked = render(api, on_file=lambda path, text: made.append(path))
    assert children and all(children), "the docs were not rendered in a child"
    render_module.FORK_DOCS_FROM = 10**9  # undone by monkeypatch
    inline = render(api)
    assert list(forked.items()) == list(inline.items())
    assert sorted(made) == sorted(inline)  # every file reaches on_file, docs included
    assert any(p.startswith("docs/") for p in forked) and any(p.startswith("python/") for p in made)


def test_a_docs_template_error_in_the_child_is_located(
    api: Api, children: list[int], tmp_path: Path
) -> None:
    template = tmp_path / "docs" / "docs" / "index.md.jinja"
    template.parent.mkdir(parents=True)
    template.write_text("fine\n{{ api.no_such_field }}\n")
    with pytest.raises(TemplateError) as caught:
        render(api, tmp_path)
    assert children and all(children)
    assert str(caught.value).startswith(f"{template}:2: undefined name: ")


def test_a_code_template_error_stops_the_docs_child(
    api: Api, children: list[int], tmp_path: Path
) -> None:
    template = tmp_path / "python" / "package" / "errors.py.jinja"  # replaces the built-in one
    template.parent.mkdir(parents=True)
    template.write_text("{{ api.no_such_field }}\n")
    with pytest.raises(TemplateError) as caught:
        render(api, tmp_path)
    assert str(caught.value).startswith(f"{template}:1: undefined name: ")
    (pid,) = children
    assert pid
    with pytest.raises(ChildProcessError):  # killed and reaped, not left running or a zombie
        os.waitpid(pid, os.WNOHANG)
