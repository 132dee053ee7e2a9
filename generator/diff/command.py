"""The ``diff`` command: build both specs, compare, print, and choose the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from . import diff_apis, report
from .changes import total_bump

EXIT_OK, EXIT_BREAKING = 0, 1


def run(args: argparse.Namespace) -> int:
    """Exit 1 when a change breaks (or, with ``--check-version``, when the version is short).

    A spec problem raises :class:`~generator.problems.SpecError`, reported by ``cli.main``.
    """
    from ..cli import load_and_build, settings_of

    settings = settings_of(args)
    _, old = load_and_build(args.old_spec, settings)
    _, new = load_and_build(args.new_spec, settings)
    changes = diff_apis(old, new)
    bump = total_bump(changes)
    # The package versions are compared: they are what pip sees, and always PEP 440.
    old_v, new_v = old.package_version, new.package_version
    check = report.version_check(old_v, new_v, bump) if args.check_version else None
    if args.format == "json":
        sys.stdout.write(report.as_json(changes, old, new, check))
    else:
        sys.stdout.write(report.markdown(changes, old, new))
    if check is None:
        return EXIT_BREAKING if bump == "major" else EXIT_OK
    if check.problem:
        print(check.problem, file=sys.stderr)
        return EXIT_BREAKING
    print(f"version check: {old_v} → {new_v} carries the {bump} bump", file=sys.stderr)
    return EXIT_OK


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_settings: Callable[[argparse.ArgumentParser], None],
) -> None:
    from pathlib import Path

    diff = commands.add_parser(
        "diff", help="compare two versions of a spec: changes, breaking or not, semver bump"
    )
    diff.add_argument("old_spec", type=Path, metavar="OLD_SPEC", help="the spec released before")
    diff.add_argument("new_spec", type=Path, metavar="NEW_SPEC", help="the spec to release")
    diff.add_argument(
        "--format", choices=("markdown", "json"), default="markdown", help="the report's format"
    )
    diff.add_argument(
        "--check-version",
        action="store_true",
        help="exit 1 unless the package version of NEW_SPEC (PEP 440, from info.version) "
        "carries the bump the changes need",
    )
    add_settings(diff)
    diff.set_defaults(run=run)
