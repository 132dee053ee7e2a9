"""Shared test setup: the committed generated package is importable in-process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import INSTALL, Browser, chromium, find_chromium
from vendors import Generated, generate_all

ROOT = Path(__file__).resolve().parent.parent
# In-process client tests import the committed package; SDKGEN_PACKAGE_DIR points elsewhere
# while developing templates.
sys.path.insert(0, os.environ.get("SDKGEN_PACKAGE_DIR", str(ROOT / "generated" / "python")))


@pytest.fixture(scope="session")
def installed_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the generated package (and its dependency, httpx) installed."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    # Straight from the tree, as a user would: the build backend writes nothing into it
    # (tests/test_package_metadata.py).
    source = ROOT / "generated" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(source)], check=True)
    return python


@pytest.fixture(scope="session")
def mock() -> Iterator[object]:
    """The spec's mock server on a free loopback port, for the whole test session."""
    from mockserver import running_mock

    with running_mock() as server:
        yield server


@pytest.fixture(scope="session")
def vendor_generations(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Generated]:
    """Every vendor spec generated once per session (tests/vendors.py)."""
    return generate_all(tmp_path_factory.mktemp("vendors"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """A headless Chromium per test module (tests/browser.py). Closed with its module: the
    connections it keeps open hold threads of the module's loopback server, and a thread left
    running stops later tests from forking (tests/test_forked.py)."""
    executable = find_chromium()
    if executable is None:  # CI installs it (.ci/run); a missing browser is a failure, not a skip
        pytest.fail(
            f"headless Chromium is needed to check the docs site: `{INSTALL}` (as root), "
            "or point SDKGEN_CHROMIUM at a Chromium or Chrome binary",
            pytrace=False,
        )
    with chromium(executable) as started:
        yield started
