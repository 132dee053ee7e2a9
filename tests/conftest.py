"""Shared test setup: the committed generated package is importable in-process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

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
    # Build from a copy: setuptools leaves build/ and *.egg-info next to the sources.
    source = tmp_path_factory.mktemp("src") / "python"
    shutil.copytree(ROOT / "generated" / "python", source)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(source)], check=True)
    return python


@pytest.fixture(scope="session")
def mock() -> Iterator[object]:
    """The spec's mock server on a free loopback port, for the whole test session."""
    from mockserver import running_mock

    with running_mock() as server:
        yield server
