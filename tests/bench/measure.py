"""Timing primitives: fresh processes timed with their peak RSS, interleaved runs, medians.

These machines are shared and noisy, so every comparison runs its cases interleaved (round
``r`` runs each case once, in an order rotated by ``r``), and reports each case's median with
its min and max. A ratio is always of two medians measured in the same rounds.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# The generator measured: this tree, or another checkout of it (SDKGEN_BENCH_OURS=DIR, e.g. a
# worktree of an older commit, to measure "before" with the same harness).
OURS = Path(os.environ.get("SDKGEN_BENCH_OURS", ROOT)).resolve()
BIN = Path(sys.executable).parent  # the bench venv: its ruff, openapi-python-client, realtimekit


def tool(name: str) -> str:
    """An executable of the bench venv (else from PATH)."""
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"bench: {name} not found: run `nox -s bench`")
    return found


def env_with_venv() -> dict[str, str]:
    """The environment for child processes: the bench venv first on PATH (ruff for both)."""
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.pop("PYTHONPATH", None)
    # As on a user's machine: Python keeps the bytecode it compiles (and sdkgen its compiled
    # templates); CI machines often say otherwise. A warm-up round writes them (interleaved).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass
class Sample:
    seconds: float
    rss_mb: float  # peak resident set of the process or of any of its children, whichever is more
    stdout: str = ""


def run(
    cmd: Sequence[str], cwd: Path | None = None, env: Mapping[str, str] | None = None
) -> Sample:
    """Run ``cmd`` to completion; its wall time and peak RSS (from ``wait4``). Fails loudly."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(cmd), cwd=cwd, env=dict(env or env_with_venv()), stdout=out, stderr=err
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            out.seek(0)
            raise RuntimeError(
                f"{' '.join(cmd)} exited {process.returncode}:\n"
                f"{out.read().decode(errors='replace')[-2000:]}"
                f"{err.read().decode(errors='replace')[-4000:]}"
            )
        out.seek(0)
        # ru_maxrss is in KiB on Linux; for a reaped child it covers its own children too.
        return Sample(elapsed, usage.ru_maxrss / 1024, out.read().decode(errors="replace"))


@dataclass
class Series:
    """The samples of one case."""

    values: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def rss_median(self) -> float:
        return statistics.median(self.rss_mb) if self.rss_mb else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "values": self.values,
            "peak_rss_mb": self.rss_median,
            "peak_rss_mb_values": self.rss_mb,
        }


def interleaved(
    cases: Mapping[str, Callable[[int], Sample]], rounds: int, label: str = ""
) -> dict[str, Series]:
    """Each case once per round, in an order rotated each round; ``case(round)``.

    Round -1, not measured, warms each case up: bytecode written, files in the page cache.
    """
    names = list(cases)
    series = {name: Series() for name in names}
    for name in names:
        cases[name](-1)
    for r in range(rounds):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            sample = cases[name](r)
            series[name].values.append(sample.seconds)
            series[name].rss_mb.append(sample.rss_mb)
        if label:
            done = ", ".join(f"{n} {series[n].values[-1] * 1e3:.0f} ms" for n in names)
            print(f"  {label} round {r + 1}/{rounds}: {done}", file=sys.stderr, flush=True)
    return series
