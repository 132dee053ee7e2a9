"""Specs built to exhaust resources, or to loop: refused quickly, located, exit 2.

YAML alias bombs, schemas that contain themselves, a 100 MB spec, 100,000 enum values and
nesting thousands of levels deep each end in a message within seconds and bounded memory.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
HEAD = """openapi: 3.1.0
info: {title: T, version: '1', x-sdk: {package: t, client: T}}
servers: [{url: 'https://t.test'}]
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}
components:
  schemas:
"""


def run(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str], *, command: str = "validate"
) -> tuple[int, list[str], float]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    args = [command, str(spec)] if command == "validate" else [command, "--spec", str(spec)]
    if command == "generate":
        args += ["--out", str(tmp_path / "out")]
    start = time.monotonic()
    code = main(args)
    elapsed = time.monotonic() - start
    lines = capsys.readouterr().err.strip().splitlines()
    return code, lines[:-1], elapsed


@pytest.mark.parametrize(
    ("schemas", "line", "message"),
    [
        (
            "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n",
            15,
            "schema A contains itself with nothing in between (A → B → A)",
        ),
        (
            "    A: {allOf: [{$ref: '#/components/schemas/A'}]}\n",
            14,
            "schema A contains itself with nothing in between (A → allOf[0] → A)",
        ),
        (
            "    A: {oneOf: [{type: string}, {anyOf: [{$ref: '#/components/schemas/A'}]}]}\n",
            14,
            "(A → oneOf[1] → anyOf[0] → A)",
        ),
    ],
    ids=["ref-loop", "all-of-itself", "union-of-union-of-itself"],
)
def test_schemas_that_contain_themselves_are_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], schemas: str, line: int, message: str
) -> None:
    code, lines, _ = run(tmp_path, HEAD + schemas, capsys, command="generate")
    assert code == 2
    (problem,) = lines
    assert problem.startswith(f"{tmp_path / 'spec.yaml'}:{line}:")
    assert message in problem
    assert not (tmp_path / "out").exists()


def test_recursion_through_a_property_or_an_item_is_a_recursive_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schemas = (
        "    A:\n      type: object\n      properties:\n"
        "        next: {$ref: '#/components/schemas/A'}\n"
        "        children: {type: array, items: {oneOf: [{$ref: '#/components/schemas/A'}]}}\n"
    )
    code, lines, _ = run(tmp_path, HEAD + schemas, capsys)
    assert (code, lines) == (0, [])


LOOPS = """openapi: 3.1.0
info: {title: T, version: '1', x-sdk: {package: t, client: T}}
servers: [{url: 'https://t.test'}]
paths:
  /a:
    post:
      operationId: postA
      parameters: [{$ref: '#/components/parameters/P'}]
      requestBody: {$ref: '#/components/requestBodies/A'}
      responses:
        '200': {$ref: '#/components/responses/R'}
components:
  parameters:
    P: {$ref: '#/components/parameters/P'}
  requestBodies:
    A: {$ref: '#/components/requestBodies/A'}
  responses:
    R: {$ref: '#/components/responses/R2'}
    R2: {$ref: '#/components/responses/R'}
"""


@pytest.mark.parametrize("keep", ["parameters", "requestBodies", "responses", "all"])
def test_a_ref_that_loops_to_itself_is_located_not_an_operation_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], keep: str
) -> None:
    """Found on a vendor spec: a request body $ref looping to itself generated a method with
    no body (exit 0); parameter and response loops crashed openapi-spec-validator."""
    lines_of = {"parameters": 14, "requestBodies": 16, "responses": 18}
    text = LOOPS
    if keep != "all":  # only one kind of loop: the others point at plain definitions
        text = text.replace(
            "P: {$ref: '#/components/parameters/P'}", "P: {name: q, in: query, schema: {}}"
        )
        text = text.replace(
            "A: {$ref: '#/components/requestBodies/A'}", "A: {content: {text/plain: {}}}"
        )
        text = text.replace("R2: {$ref: '#/components/responses/R'}", "R2: {description: ok}")
        restored = lines_of[keep] + (1 if keep == "responses" else 0)  # R2, back to R
        lines = text.splitlines()
        lines[restored - 1] = LOOPS.splitlines()[restored - 1]
        text = "\n".join(lines) + "\n"
    code, lines, _ = run(tmp_path, text, capsys, command="generate")
    assert code == 2
    expected = sorted(lines_of.values()) if keep == "all" else [lines_of[keep]]
    assert [int(line.split(":")[1]) for line in lines] == expected, lines
    assert all("this $ref loops back to itself" in line for line in lines)
    if keep in ("responses", "all"):
        chain = "#/components/responses/R → #/components/responses/R2 → #/components/responses/R"
        assert chain in "\n".join(lines)
    assert not (tmp_path / "out").exists()


def test_a_huge_enum_is_refused_quickly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    values = ", ".join(f"v{i}" for i in range(100_000))
    code, lines, elapsed = run(
        tmp_path, HEAD + f"    A: {{type: string, enum: [{values}]}}\n", capsys
    )
    assert code == 2
    assert lines == [
        f"{tmp_path / 'spec.yaml'}:14:23: error[huge-enum]: "
        "enum has 100,000 values, more than the 10,000 the "
        "generator makes a type of: use a string with a pattern, or split it"
    ]
    assert elapsed < 30


def test_a_large_enum_within_the_limit_is_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    values = ", ".join(f"v{i}" for i in range(10_000))
    code, _, elapsed = run(tmp_path, HEAD + f"    A: {{type: string, enum: [{values}]}}\n", capsys)
    assert code == 0
    assert elapsed < 30


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 5000 + "]" * 5000 + "\n",
        "".join("  " * i + "k:\n" for i in range(500)) + "  " * 500 + "x\n",
        HEAD + "    A: " + "{type: object, properties: {a: " * 200 + "{}" + "}}" * 200 + "\n",
    ],
    ids=["flow", "block", "schemas"],
)
def test_deep_nesting_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    code, lines, elapsed = run(tmp_path, text, capsys)
    assert code == 2
    (problem,) = lines
    assert problem.endswith("the spec nests deeper than 64 levels")
    assert elapsed < 30


def test_an_alias_bomb_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    code, problems, elapsed = run(tmp_path, "\n".join(lines) + "\n", capsys)
    assert code == 2
    assert "the spec expands to over 1,000,000 nodes" in problems[0]
    assert elapsed < 30


def _limit_memory() -> None:
    limit = 2 * 1024**3  # the address space of the whole process, libraries included
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.parametrize("kind", ["file", "device"])
def test_a_100_mb_spec_is_refused_without_reading_it(tmp_path: Path, kind: str) -> None:
    if kind == "file":
        spec = tmp_path / "huge.yaml"
        with spec.open("wb") as file:  # sparse: no 100 MB written to disk
            file.write(b"openapi: 3.1.0\n")
            file.truncate(100_000_000)
    else:
        spec = Path("/dev/zero")  # endless: only a bounded read can refuse it
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(spec)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        preexec_fn=_limit_memory,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(
        f"{spec}:1:1: error[spec-too-large]: "
        "the spec is larger than 10,000,000 bytes, more than the generator reads"
    )
    assert "Traceback" not in result.stderr
    assert time.monotonic() - start < 30


def test_a_folder_or_an_undecodable_file_is_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path)]) == 2
    assert (
        f"{tmp_path}:1:1: error[unreadable-file]: is a folder, not a spec file"
        in capsys.readouterr().err
    )
    (tmp_path / "latin1.yaml").write_bytes(b"openapi: 3.1.0\ninfo: {title: caf\xe9}\n")
    assert main(["validate", str(tmp_path / "latin1.yaml")]) == 2
    assert "cannot read the file" in capsys.readouterr().err
