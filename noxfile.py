"""Developer sessions: `nox` runs the default set, exactly what CI runs."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "tests", "drift", "docs"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

PYTHON = "3.11"
GENERATED_PACKAGE = "generated/python"


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
    """mypy --strict on the generator and on the generated package (for Python 3.10)."""
    _install(session)
    session.run("mypy", "--strict", "generator")
    session.run("mypy", "--strict", "--python-version", "3.10", f"{GENERATED_PACKAGE}/realtimekit")


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
    session.chdir("generated/docs")
    # MkDocs rejects a config file inside its docs_dir when given by path, so feed it on stdin.
    session.run(
        "python",
        "-c",
        "import subprocess, sys; sys.exit(subprocess.run("
        "['mkdocs', 'build', '--strict', '-f', '-'], stdin=open('mkdocs.yml')).returncode)",
    )
