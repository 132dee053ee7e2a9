"""Vendors' specs as they publish them (tests/specs/vendors/, unedited): each one generates,
warnings allowed, with every operation; the package passes the ruff config it ships and
``mypy --strict``, imports, and is called against the mock (:mod:`vendor_calls`).

Each spec is generated once per session, in parallel with the others.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import vendor_calls
from mockserver import running_mock
from vendors import SPECS, TIMEOUT, Generated

from generator.cli import load_and_build
from generator.load import load_spec

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MYPY = [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10"]


@pytest.fixture
def generated(spec: Path, vendor_generations: dict[Path, Generated]) -> Generated:
    result = vendor_generations[spec]
    assert result.returncode == 0, result.output[-3000:]
    return result


spec_param = pytest.mark.parametrize(
    "spec", SPECS, ids=[f"{p.parent.name}-{p.stem}" for p in SPECS]
)


def _operations(spec: Path) -> Iterator[tuple[str, str]]:
    """``(METHOD, path)`` of every operation the file declares."""
    paths = load_spec(spec).data.get("paths") or {}
    for route, item in paths.items():
        for method in METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield method.upper(), route


@spec_param
def test_generates_every_operation(generated: Generated) -> None:
    declared = set(_operations(generated.spec))
    _, api = load_and_build(generated.spec)  # warnings allowed, as in the generation
    built = {(op.method, op.path): op.python_name for op in api.operations}
    assert declared, "no operations in the spec"
    assert set(built) == declared, sorted(declared ^ set(built))[:10]
    client = (generated.python / generated.package / "_client.py").read_text()
    absent = [name for name in built.values() if f"    def {name}(" not in client]
    assert not absent, f"{len(absent)} of {len(built)} methods missing: {absent[:10]}"


@spec_param
def test_passes_its_own_ruff_config(generated: Generated) -> None:
    for command in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command],
            cwd=generated.python,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


@spec_param
def test_passes_mypy_strict(generated: Generated, tmp_path: Path) -> None:
    result = subprocess.run(
        [*MYPY, "--cache-dir", str(tmp_path / "mypy"), "--no-error-summary", generated.package],
        cwd=generated.python,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


@spec_param
def test_imports(generated: Generated) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import {generated.package}.models, {generated.package}"],
        cwd=generated.python,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


@spec_param
def test_calls_against_the_mock(generated: Generated) -> None:
    """Operations of every request-body kind the spec uses, called through the generated client
    against the mock of the same spec: at least 20 answered with success, none refused."""
    api, calls = vendor_calls.plan(generated.spec)
    kinds = {op.body.media if op.body else "none" for op in api.operations}
    planned = {c["body"]["media"] if c["body"] else "none" for c in calls}
    assert planned == kinds
    assert len(calls) >= min(vendor_calls.MIN_CALLS, len(api.operations))
    with running_mock(generated.spec, "--no-strict") as mock:
        env = {
            **os.environ,
            "SDK_PACKAGE": generated.package,
            "SDK_CLIENT": api.client,
            "SDK_PLAN": json.dumps(calls),
            "SDK_CREDENTIALS": json.dumps(vendor_calls.credentials(api)),
            "SDK_URL": mock.url,
        }
        result = subprocess.run(
            [sys.executable, "-c", vendor_calls.SCRIPT],
            cwd=generated.python,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    done = vendor_calls.results(result.stdout)
    # The mock is stateful: an item no call created is a 404, a request it found valid.
    unknown = [
        r for r in done if r.get("raised", "").startswith("NotFoundError: HTTP 404: no resource")
    ]
    failed = [r for r in done if "raised" in r and r not in unknown]
    assert not failed, json.dumps(failed[:5], indent=1)
    answered = len(done) - len(unknown)
    assert answered >= min(vendor_calls.MIN_CALLS, len(api.operations)), (answered, unknown[:3])
