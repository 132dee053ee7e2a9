"""Developer sessions: `nox` runs the default set, exactly what CI runs."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import nox

nox.options.sessions = ["lint", "typecheck", "tests", "drift", "docs", "conformance"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

PYTHON = "3.11"
GENERATED_PACKAGE = "generated/python"
PRISM_VERSION = (
    "5.16.0"  # @stoplight/prism-cli, pinned: its validation rules change between releases
)
PRISM_DIR = Path(".tools/prism")  # git-ignored
PYRIGHT_VERSION = "1.1.414"  # pinned: what counts as a known type changes between releases
PYRIGHT_DIR = Path(".tools/pyright")  # git-ignored


def _install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff on our code and on the generated package."""
    _install(session)
    session.run("ruff", "check", "generator", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "tests", "noxfile.py")
    session.run("ruff", "check", GENERATED_PACKAGE)
    session.run("ruff", "format", "--check", GENERATED_PACKAGE)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the generator and on the generated package (for Python 3.10), and
    pyright's type completeness of the generated package."""
    _install(session)
    session.run("mypy", "--strict", "generator")
    session.run("mypy", "--strict", "--python-version", "3.10", f"{GENERATED_PACKAGE}/realtimekit")
    # Every public symbol of the generated package has a known type for every checker:
    # `pyright --verifytypes` exits 1 below 100% (it reads the package as installed).
    session.install(GENERATED_PACKAGE)
    session.run(
        "npm",
        "install",
        "--prefix",
        str(PYRIGHT_DIR),
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        f"pyright@{PYRIGHT_VERSION}",
        external=True,
    )
    pyright = str(PYRIGHT_DIR / "node_modules/.bin/pyright")
    session.run(pyright, "--verifytypes", "realtimekit", "--ignoreexternal", external=True)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Unit, golden, property and end-to-end tests."""
    _install(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def drift(session: nox.Session) -> None:
    """Fail when generated/ is not what the spec and templates produce."""
    _install(session)
    session.run("python", "-m", "generator", "generate", "--check")


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the generated docs with `mkdocs build --strict` into the ignored site/ folder."""
    _install(session)
    session.run("mkdocs", "build", "--strict", "-f", "generated/docs/mkdocs.yml")


@nox.session(python=PYTHON)
def conformance(session: nox.Session) -> None:
    """Run the generated client against Prism (`prism mock --errors`): an independent validator."""
    _install(session)
    # Fails the session, with npm's own message, when the npm registry cannot be reached.
    session.run(
        "npm",
        "install",
        "--prefix",
        str(PRISM_DIR),
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        f"@stoplight/prism-cli@{PRISM_VERSION}",
        external=True,
    )
    port = _free_port()
    log_path = Path(session.create_tmp()) / "prism.log"
    with log_path.open("w") as log:
        prism = subprocess.Popen(
            [
                str(PRISM_DIR / "node_modules/.bin/prism"),
                "mock",
                "spec/openapi.yaml",
                "--errors",
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_for_port(session, prism, port, log_path)
            session.run(
                "pytest",
                "-o",
                "addopts=-ra",
                "tests/conformance",
                env={"PRISM_URL": f"http://127.0.0.1:{port}"},
            )
        finally:
            prism.terminate()  # stopped by PID, never by name
            try:
                prism.wait(timeout=10)
            except subprocess.TimeoutExpired:
                prism.kill()
                prism.wait()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_port(
    session: nox.Session, process: subprocess.Popen[bytes], port: int, log: Path
) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            session.error(f"Prism exited with {process.returncode}:\n{log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    session.error(f"Prism did not listen on port {port} within 60 s:\n{log.read_text()}")


OPENAPI_PYTHON_CLIENT = "openapi-python-client==0.29.1"  # the peer measured by `bench`


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against peers, as ratios measured side by side (README: Speed).

    On demand only (not in the default set): writes bench/results.md and bench/results.json.
    `nox -s bench -- --only generation,import --rounds 5` runs a part of it.
    """
    _install(session)
    session.install(OPENAPI_PYTHON_CLIENT)
    # Non-editable, from a copy: measures the package as users install it.
    source = Path(session.create_tmp()) / "python"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(GENERATED_PACKAGE, source, ignore=shutil.ignore_patterns("build", "*.egg-info"))
    session.install(str(source))
    # The mock benchmark compares with Prism, installed as for `conformance`.
    session.run(
        "npm",
        "install",
        "--prefix",
        str(PRISM_DIR),
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        f"@stoplight/prism-cli@{PRISM_VERSION}",
        external=True,
    )
    session.run("python", "tests/bench/run.py", *session.posargs)


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """Deep fuzzing with hostile and broken specs (on demand; `tests` runs 1,000 cases).

    SDKGEN_FUZZ_EXAMPLES cases (default 20,000, about half an hour on two cores), of which
    SDKGEN_FUZZ_BUILT (default 60) also go through ruff, mypy --strict and mkdocs --strict;
    and SDKGEN_FUZZ_SPLITS specs (default 3,000) split at random points into several files.
    """
    _install(session)
    env = {
        "SDKGEN_FUZZ_EXAMPLES": os.environ.get("SDKGEN_FUZZ_EXAMPLES", "20000"),
        "SDKGEN_FUZZ_BUILT": os.environ.get("SDKGEN_FUZZ_BUILT", "60"),
        "SDKGEN_FUZZ_SPLITS": os.environ.get("SDKGEN_FUZZ_SPLITS", "3000"),
    }
    session.run(
        "pytest",
        "-o",
        "addopts=-ra",
        "tests/test_fuzz_specs.py",
        "tests/test_multifile.py::test_a_spec_split_at_random_points_reads_as_the_whole",
        *session.posargs,
        env=env,
    )
