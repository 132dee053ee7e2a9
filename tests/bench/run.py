"""`nox -s bench`: the benchmarks against peers, side by side, as one Markdown table.

    python tests/bench/run.py [--only generation,size,scaling,import,calls,mock] [--rounds N]
        [--sizes 1,10,100,1000]

Run by `nox -s bench` in its own venv (which holds the peers, ruff, and the generated package
installed from a copy); results also go to bench/results.md and bench/results.json (ignored).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import calls
import generation
import imports
import mockstart
import report
from measure import OURS

SECTIONS = ("generation", "size", "scaling", "import", "calls", "mock")
ROUNDS = {"generation": 7, "size": 1, "scaling": 5, "import": 21, "calls": 10, "mock": 9}


def stale_package() -> str:
    """Why the installed ``realtimekit`` is not the one in ``generated/``, or "" when it is.

    ``nox -R`` skips the session's installs, so the package measured could be an old one."""
    spec = importlib.util.find_spec("realtimekit")
    if spec is None or spec.origin is None:
        return "realtimekit is not installed in this venv"
    installed = Path(spec.origin).parent
    source = OURS / "generated" / "python" / "realtimekit"
    for path in sorted(source.glob("*.py")):
        copy = installed / path.name
        if not copy.is_file() or copy.read_bytes() != path.read_bytes():
            return f"the installed {copy} is not {path}"
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(SECTIONS))
    parser.add_argument("--rounds", type=int, default=None, help="the same count for all")
    parser.add_argument("--sizes", default=",".join(str(n) for n in generation.SIZES))
    args = parser.parse_args()
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown sections {unknown}; choose from {', '.join(SECTIONS)}")
    rounds = {s: args.rounds or ROUNDS[s] for s in only}
    sizes = tuple(int(n) for n in args.sizes.split(","))
    if {"import", "calls"} & set(only) and (stale := stale_package()):
        sys.exit(f"bench: {stale}; run `nox -s bench` without -R to reinstall it")
    rows: list[report.Row] = []
    with tempfile.TemporaryDirectory(prefix="sdkgen-bench-") as tmp:
        work = Path(tmp)
        for section in only:
            print(f"bench: {section} ({rounds[section]} rounds)", file=sys.stderr, flush=True)
            if section == "generation":
                rows += generation.generation(work, rounds[section])
            elif section == "size":
                rows += generation.size(work)
            elif section == "scaling":
                rows += generation.scaling(work, rounds[section], sizes)
            elif section == "import":
                rows += imports.imports(work, rounds[section])
            elif section == "calls":
                rows += calls.per_call(rounds[section])
            elif section == "mock":
                rows += mockstart.mock_start(rounds[section])
    print(report.write(rows, rounds))


if __name__ == "__main__":
    main()
