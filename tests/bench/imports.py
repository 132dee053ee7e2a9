"""Import cost: ``from realtimekit import RealtimeKit`` against ``import httpx`` (its only
dependency) and against the client openapi-python-client generates from the same spec.

Each import runs in a fresh process and is timed inside it, around the import statement alone
(interpreter start-up is the same for all and only adds noise); peak RSS is the whole process's.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from generation import SPEC
from measure import Sample, interleaved, run, tool
from report import Row

TIMED = (
    "import time, sys\n"
    "start = time.perf_counter()\n"
    "{statement}\n"
    "sys.stdout.write(repr(time.perf_counter() - start))\n"
)


def timed_import(statement: str, cwd: Path | None = None) -> Sample:
    sample = run([sys.executable, "-c", TIMED.format(statement=statement)], cwd=cwd)
    sample.seconds = float(sample.stdout)
    return sample


def peer_package(work: Path) -> tuple[Path, str]:
    """The project openapi-python-client generates from the spec, and its package name."""
    out = work / "peer-package"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [
        tool("openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--output-path",
        str(out),
    ]
    run(cmd, cwd=work)
    (package,) = [p.parent.name for p in out.glob("*/__init__.py")]
    return out, package


def imports(work: Path, rounds: int) -> list[Row]:
    peer_dir, peer = peer_package(work)
    cases = {
        "httpx": lambda r: timed_import("import httpx"),
        "ours": lambda r: timed_import("from realtimekit import RealtimeKit"),
        "peer": lambda r: timed_import(f"from {peer} import AuthenticatedClient", cwd=peer_dir),
    }
    series = interleaved(cases, rounds)
    print(f"  imports: {json.dumps({k: v.median for k, v in series.items()})}", file=sys.stderr)
    return [
        Row(
            "import",
            "`from realtimekit import RealtimeKit`, fresh process",
            series["ours"],
            series["httpx"],
            "ms",
            peer_name="`import httpx`",
            target=1.10,
        ),
        Row(
            "import",
            "the same vs openapi-python-client's package from the same spec",
            series["ours"],
            series["peer"],
            "ms",
            peer_name=f"`from {peer} import AuthenticatedClient`",
        ),
    ]
