"""Vendors' published specs (tests/specs/vendors/, unedited), each generated once per session
(the ``vendor_generations`` fixture in conftest.py), in parallel, for every test that needs
one: the package checks (test_vendor_specs.py) and the docs in a browser
(test_docs_browser_vendor.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDORS = ROOT / "tests" / "specs" / "vendors"
SPECS = sorted(p for p in VENDORS.rglob("*") if p.suffix in (".yaml", ".json"))
OPENAI = VENDORS / "openai" / "openapi.yaml"
TIMEOUT = 900
GENERATE = [sys.executable, "-m", "generator", "generate", "--no-strict"]  # warnings allowed


@dataclass
class Generated:
    spec: Path
    out: Path
    returncode: int
    output: str
    seconds: float

    @property
    def python(self) -> Path:
        return self.out / "python"

    @property
    def docs(self) -> Path:
        """The folder holding mkdocs.yml."""
        return self.out / "docs"

    @property
    def package(self) -> str:
        (init,) = self.python.glob("*/__init__.py")
        return init.parent.name


def generate(spec: Path, out: Path) -> Generated:
    start = time.perf_counter()
    result = subprocess.run(
        [*GENERATE, "--spec", str(spec), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    took = time.perf_counter() - start
    return Generated(spec, out, result.returncode, result.stdout + result.stderr, took)


def generate_all(root: Path) -> dict[Path, Generated]:
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        done = pool.map(lambda s: generate(s, root / s.parent.name / s.stem), SPECS)
        return {g.spec: g for g in done}
