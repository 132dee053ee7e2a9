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
from pathlib import Path

import pytest
from mockserver import MockServer

ROOT = Path(__file__).resolve().parent.parent
PAGES = [*sorted((ROOT / "generated" / "docs").rglob("*.md")), ROOT / "generated/python/README.md"]
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.S | re.M)
SERVER = "https://api.cloudflare.com/client/v4"


def blocks(page: Path, language: str) -> list[str]:
    return [code for lang, code in BLOCK.findall(page.read_text()) if lang == language]


def python_examples() -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        for n, code in enumerate(blocks(page, "python")):
            if code.lstrip().startswith("client."):
                continue  # a signature, not a program
            found.append((f"{page.relative_to(ROOT)}#{n}", code))
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


EXAMPLES = python_examples()


def test_the_docs_have_examples_to_run() -> None:
    names = [name for name, _ in EXAMPLES]
    assert any("operations/start-recording.md" in n for n in names)
    assert any(n.startswith("generated/docs/docs/index.md") for n in names)
    assert any("python/README.md" in n for n in names)


@pytest.mark.parametrize(("name", "code"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_python_example_runs_against_the_mock(
    installed_python: Path, mock: MockServer, name: str, code: str
) -> None:
    mock.reset()
    result = subprocess.run(
        [str(installed_python), "-c", code],
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


OPERATION_PAGES = sorted((ROOT / "generated" / "docs" / "docs" / "operations").glob("*.md"))


@pytest.mark.parametrize("page", OPERATION_PAGES, ids=[p.stem for p in OPERATION_PAGES])
def test_curl_example_sends_what_the_python_example_sends(
    installed_python: Path, mock: MockServer, page: Path
) -> None:
    example = page.read_text().split("\n## Example\n", 1)[1].split("\n## ", 1)[0]
    (python,) = [code for lang, code in BLOCK.findall(example) if lang == "python"]
    (curl,) = blocks(page, "sh")
    env = example_env(mock)
    mock.reset()
    subprocess.run([str(installed_python), "-c", python], env=env, check=True, timeout=60)
    assert SERVER in curl
    command = curl.replace(SERVER, mock.url).rstrip() + " --fail --silent --output /dev/null"
    subprocess.run(["bash", "-c", command], env=env, check=True, timeout=60)
    from_python, from_curl = mock.requests()
    for key in ("method", "path", "body", "status", "operation_id"):
        assert from_curl[key] == from_python[key], key
    for header in ("authorization", "content-type"):
        assert from_curl["headers"].get(header) == from_python["headers"].get(header), header
    assert from_python["status"] == 200
