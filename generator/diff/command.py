"""The ``diff`` command: build both specs, compare, print, and choose the exit code."""

from __future__ import annotations

import argparse
import datetime
import os
import re
import sys
from collections.abc import Callable

from . import changelog, diff_apis, report
from .changes import total_bump

EXIT_OK, EXIT_BREAKING = 0, 1


def run(args: argparse.Namespace) -> int:
    """Exit 1 when a change breaks (or, with ``--check-version``, when the version is short).

    A spec problem raises :class:`~generator.problems.SpecError`, reported by ``cli.main``.
    """
    from .. import sources
    from ..cli import load_and_build, settings_of
    from ..exitcodes import EXIT_USAGE

    if args.old_spec == args.new_spec == sources.STDIN:
        print(
            "error: only one of OLD_SPEC and NEW_SPEC can be read from stdin (-)", file=sys.stderr
        )
        return EXIT_USAGE
    settings = settings_of(args)
    allowed = args.allow_ref_root
    _, old = load_and_build(
        sources.read(args.old_spec, allowed),
        settings,
        allow_ref_roots=allowed,
        overlays=args.overlay,
    )
    _, new = load_and_build(
        sources.read(args.new_spec, allowed),
        settings,
        allow_ref_roots=allowed,
        overlays=args.overlay,
    )
    changes = diff_apis(old, new)
    bump = total_bump(changes)
    # The package versions are compared: they are what pip sees, and always PEP 440.
    old_v, new_v = old.package_version, new.package_version
    check = report.version_check(old_v, new_v, bump) if args.check_version else None
    if args.format == "json":
        sys.stdout.write(report.as_json(changes, old, new, check))
    elif args.format == "changelog":
        sys.stdout.write(changelog.section(changes, new, args.date or release_date()))
    else:
        sys.stdout.write(report.markdown(changes, old, new))
    if check is None:
        return EXIT_BREAKING if bump == "major" else EXIT_OK
    if check.problem:
        print(check.problem, file=sys.stderr)
        return EXIT_BREAKING
    print(f"version check: {old_v} → {new_v} carries the {bump} bump", file=sys.stderr)
    return EXIT_OK


def release_date() -> str:
    """Today (UTC), or the day of ``SOURCE_DATE_EPOCH`` for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


def iso_date(text: str) -> str:
    """``--date``: a real day, written YYYY-MM-DD (as Keep a Changelog writes it)."""
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")


def add_date_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--date",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the changelog section's date (default: today, UTC; or SOURCE_DATE_EPOCH's day)",
    )


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_settings: Callable[[argparse.ArgumentParser], None],
) -> None:

    diff = commands.add_parser(
        "diff", help="compare two versions of a spec: changes, breaking or not, semver bump"
    )
    where = "a file, - (stdin) or git:REF:path (git show REF:path in this repository)"
    diff.add_argument("old_spec", metavar="OLD_SPEC", help=where)
    diff.add_argument("new_spec", metavar="NEW_SPEC", help=where)
    diff.add_argument(
        "--format",
        choices=("markdown", "json", "changelog"),
        default="markdown",
        help="changelog: a Keep a Changelog section for the new package version",
    )
    add_date_option(diff)
    diff.add_argument(
        "--check-version",
        action="store_true",
        help="exit 1 unless the package version of NEW_SPEC (PEP 440, from info.version) "
        "carries the bump the changes need",
    )
    from ..overlay import add_overlay_argument

    add_overlay_argument(diff, "both OLD_SPEC and NEW_SPEC")
    add_settings(diff)
    diff.set_defaults(run=run)
