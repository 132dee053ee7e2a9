"""Shared test setup: the committed generated package is importable in-process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# In-process client tests import the committed package; SDKGEN_PACKAGE_DIR points elsewhere
# while developing templates.
sys.path.insert(0, os.environ.get("SDKGEN_PACKAGE_DIR", str(ROOT / "generated" / "python")))
