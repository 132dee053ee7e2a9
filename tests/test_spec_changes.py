"""An ordinary spec change must not break the project's own tests for reasons unrelated to
behaviour: the lists they check come from the spec, and every docs example runs on its own
fresh mock state. Proved here on a copy of the spec that gains a DELETE answering 204 (after
which the recording the other examples use is gone, in a shared mock) and a new schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from mockserver import running_mock
from test_docs_examples import (
    check_curl_example,
    operation_pages,
    python_examples,
    run_python_example,
    success_statuses,
)

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
ITEM = "/accounts/{account_id}/realtimekit/recordings/{recording_id}"


def changed_spec(folder: Path) -> Path:
    document = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    responses = "#/components/responses/"
    document["paths"][ITEM]["delete"] = {
        "operationId": "deleteRecording",
        "tags": ["Recordings"],
        "summary": "Delete a recording",
        "description": "Deletes a recording and its files.",
        "responses": {
            "204": {"description": "Deleted."},
            "401": {"$ref": responses + "Unauthorized"},
            "404": {"$ref": responses + "RecordingNotFound"},
        },
    }
    document["components"]["schemas"]["RecordingLabel"] = {
        "type": "object",
        "description": "A label on a recording.",
        "required": ["name"],
        "properties": {"name": {"type": "string", "description": "The label.", "example": "q3"}},
    }
    path = folder / "spec" / "openapi.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
    return path


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(spec, output folder, a python that imports its package) for the changed spec."""
    folder = tmp_path_factory.mktemp("changed")
    spec = changed_spec(folder)
    out = folder / "generated"
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 0
    # This interpreter (it has httpx) with only the new package added: no venv to build.
    python = folder / "bin" / "python"
    python.parent.mkdir()
    python.write_text(f'#!/bin/sh\nPYTHONPATH={out / "python"} exec {sys.executable} "$@"\n')
    python.chmod(0o755)
    return spec, out, python


def test_the_new_operation_and_schema_reach_the_package(changed: tuple[Path, Path, Path]) -> None:
    _, out, python = changed
    code = "from realtimekit import RealtimeKit\nfrom realtimekit.models import RecordingLabel\n"
    code += "print(hasattr(RealtimeKit, 'delete_recording'))"
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (0, "True\n"), result.stderr
    assert (out / "docs" / "docs" / "operations" / "delete-recording.md").is_file()


def test_the_docs_examples_of_the_changed_spec_run(changed: tuple[Path, Path, Path]) -> None:
    """The machinery of test_docs_examples, on the changed output: every Python example
    (each on a fresh mock, so the DELETE takes the recording from no other example), and
    every curl example, a 204 accepted where the spec declares it."""
    spec, out, python = changed
    examples = python_examples(out)
    assert any("operations/delete-recording.md#" in name for name, _ in examples)
    assert success_statuses(spec)["deleteRecording"] == {204}
    with running_mock(spec) as mock:
        for name, code in examples:
            run_python_example(python, mock, name, code)
        for page in operation_pages(out):
            check_curl_example(python, mock, page, spec)
            if page.stem == "delete-recording":
                assert [r["status"] for r in mock.requests()] == [204]  # curl's, after a reset


def test_every_class_the_spec_makes_is_importable_from_the_committed_package() -> None:
    """A test that needs "every model" takes the list from the spec's model, never a list of
    names typed out: a schema added or renamed in the spec is followed here."""
    from realtimekit import models

    from generator.cli import load_and_build

    _, api = load_and_build(ROOT / "spec" / "openapi.yaml")
    names = {m.name for m in api.models} | {e.name for e in api.enums}
    assert names and names <= set(models.__all__)
    for name in names:
        assert getattr(models, name).__name__ == name
