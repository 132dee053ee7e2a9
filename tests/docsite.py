"""Build generated docs with `mkdocs build --strict`, as `nox -s docs` does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def build_site(docs: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """Build ``docs`` (holding mkdocs.yml) into ``site``; MkDocs reads the config on stdin."""
    config = (docs / "mkdocs.yml").read_text().replace("site_dir: ../../site", f"site_dir: {site}")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "-"],
        input=config,
        capture_output=True,
        text=True,
        cwd=docs,
        check=False,
    )
