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
    if args.format == "json":
        sys.stdout.write(report.as_json(changes))
    else:
        sys.stdout.write(report.markdown(changes, old.version, new.version))
    bump = total_bump(changes)
    if args.check_version:
        problem = report.check_version(old.version, new.version, bump)
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_BREAKING
        print(
            f"version check: {old.version} → {new.version} carries the {bump} bump", file=sys.stderr
        )
        return EXIT_OK
    return EXIT_BREAKING if bump == "major" else EXIT_OK


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_settings: Callable[[argparse.ArgumentParser], None],
) -> None:
    from pathlib import Path

    diff = commands.add_parser(
        "diff", help="compare two versions of a spec: changes, breaking or not, semver bump"
    )
    diff.add_argument("old_spec", type=Path, metavar="OLD_SPEC")
    diff.add_argument("new_spec", type=Path, metavar="NEW_SPEC")
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown")
    diff.add_argument(
        "--check-version",
        action="store_true",
        help="exit 1 unless info.version of NEW_SPEC carries the bump the changes need",
    )
    add_settings(diff)
    diff.set_defaults(run=run)
