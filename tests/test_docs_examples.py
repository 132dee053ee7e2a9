"""Docs that cannot lie: every code example in the generated docs runs against the mock.

Every ```python block of the docs and of the package README is executed in a fresh venv that
has only the generated package; a ``print(...)  # expected`` comment must match the output.
Every curl example is replayed with the real curl and must reach the mock with the same
method, path, headers and body as the operation's Python example.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from mockserver import MockServer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "generated"
SPEC = ROOT / "spec" / "openapi.yaml"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.S | re.M)
SERVER = "https://api.cloudflare.com/client/v4"


def pages(out: Path) -> list[Path]:
    """Every Markdown page of the docs, and the package README: the pages with examples."""
    return [*sorted((out / "docs").rglob("*.md")), out / "python" / "README.md"]


def operation_pages(out: Path) -> list[Path]:
    return sorted((out / "docs" / "docs" / "operations").glob("*.md"))


def blocks(page: Path, language: str) -> list[str]:
    return [code for lang, code in BLOCK.findall(page.read_text()) if lang == language]


def python_examples(out: Path = OUT) -> list[tuple[str, str]]:
    found = []
    for page in pages(out):
        for n, code in enumerate(blocks(page, "python")):
            if code.lstrip().startswith("client."):
                continue  # a signature, not a program
            found.append((f"{page.relative_to(out.parent)}#{n}", code))
    return found


def example_env(mock: MockServer) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "CLOUDFLARE_API_TOKEN": "docs-token",
        "REALTIMEKIT_BASE_URL": mock.url,
    }


def expected_outputs(code: str) -> list[str]:
    """The values promised by ``print(...)  # value`` comments."""
    return [m.group(1) for m in re.finditer(r"print\(.*\)\s+# (.+)$", code, re.M)]


@cache
def success_statuses(spec: Path) -> dict[str, set[int]]:
    """Each operationId's 2xx statuses, as the spec declares them (200, 201, 204...)."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    found: dict[str, set[int]] = {}
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                statuses = {int(s) for s in map(str, operation["responses"]) if s[:1] == "2"}
                found[operation["operationId"]] = statuses
    return found


def run_python_example(python: Path, mock: MockServer, name: str, code: str) -> None:
    """Run one example against a fresh mock: its own state, whatever ran before (an example
    that deletes a resource must not take it away from the next one)."""
    mock.reset()
    result = subprocess.run(
        [str(python), "-c", code],
        capture_output=True,
        text=True,
        env=example_env(mock),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, f"{name} failed:\n{result.stderr}"
    for promised in expected_outputs(code):
        assert result.stdout.strip().splitlines()[-1] == str(ast.literal_eval(promised)), name
    assert all(entry["status"] < 400 for entry in mock.requests()), mock.requests()


def check_curl_example(python: Path, mock: MockServer, page: Path, spec: Path = SPEC) -> None:
    """The page's curl example sends what its Python example sends, and gets a success the
    spec declares for the operation (a DELETE's 204 as well as a GET's 200)."""
    example = page.read_text().split("\n## Example\n", 1)[1].split("\n## ", 1)[0]
    (python_code,) = [code for lang, code in BLOCK.findall(example) if lang == "python"]
    (curl,) = blocks(page, "sh")
    env = example_env(mock)
    mock.reset()
    subprocess.run([str(python), "-c", python_code], env=env, check=True, timeout=60)
    (from_python,) = mock.requests()
    assert SERVER in curl
    command = curl.replace(SERVER, mock.url).rstrip() + " --fail --silent --output /dev/null"
    mock.reset()  # the same state as the Python example had: a DELETE has not happened yet
    subprocess.run(["bash", "-c", command], env=env, check=True, timeout=60)
    (from_curl,) = mock.requests()
    for key in ("method", "path", "body", "status", "operation_id"):
        assert from_curl[key] == from_python[key], key
    for header in ("authorization", "content-type"):
        assert from_curl["headers"].get(header) == from_python["headers"].get(header), header
    declared: dict[str, Any] = success_statuses(spec)
    assert from_python["status"] in declared[from_python["operation_id"]], from_python


EXAMPLES = python_examples()


def test_the_docs_have_examples_to_run() -> None:
    names = [name for name, _ in EXAMPLES]
    assert any(n.startswith("generated/docs/docs/index.md") for n in names)
    assert any("python/README.md" in n for n in names)
    # Every operation of the spec has a page with an example: derived, not listed.
    operations = [page for page in operation_pages(OUT) if "\n## Example\n" in page.read_text()]
    assert len(operations) == len(success_statuses(SPEC))
    for page in operations:
        assert any(f"operations/{page.name}#" in n for n in names), page.name


@pytest.mark.parametrize(("name", "code"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_python_example_runs_against_the_mock(
    installed_python: Path, mock: MockServer, name: str, code: str
) -> None:
    run_python_example(installed_python, mock, name, code)


OPERATION_PAGES = operation_pages(OUT)


@pytest.mark.parametrize("page", OPERATION_PAGES, ids=[p.stem for p in OPERATION_PAGES])
def test_curl_example_sends_what_the_python_example_sends(
    installed_python: Path, mock: MockServer, page: Path
) -> None:
    check_curl_example(installed_python, mock, page)
