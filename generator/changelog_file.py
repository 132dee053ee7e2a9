"""The generated package's ``CHANGELOG.md``: the one generated file that keeps its past.

With ``generate --previous`` its newest section is computed from the previous spec
(:mod:`generator.diff.changelog`) and joins the sections already written; without, the file
the output holds is carried over as it is. Either way it is listed in the manifest like every
generated file, so neither a plain ``generate`` nor ``generate --check`` removes it or calls it
stale: its content is not a function of the spec alone, and the output is its only record.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import transaction
from .ir import Api
from .write import MANIFEST

CHANGELOG = "python/CHANGELOG.md"


def kept(out: Path) -> bytes | None:
    """The CHANGELOG.md the last complete run wrote into ``out``, byte for byte, as a killed
    run's rollback restores it; None when there is none, or ``out`` is not ours."""
    manifest = transaction.before_run(out, MANIFEST)
    try:
        listed = json.loads(manifest or b"{}").get("files", ())
    except (ValueError, AttributeError):
        return None  # not a manifest of ours: the writer refuses the folder, saying why
    return transaction.before_run(out, CHANGELOG) if CHANGELOG in listed else None


def updated(current: bytes | None, previous: Api, api: Api, date: str | None) -> bytes | None:
    """``current`` with the section from ``previous`` to ``api``; None leaves it as it is
    (the package version did not change: the section would be the previous release's)."""
    from .diff import diff_apis
    from .diff.changelog import date_of, merged, section
    from .diff.command import release_date

    version = api.package_version
    if previous.package_version == version:
        return None
    try:
        text = None if current is None else current.decode("utf-8")
    except UnicodeDecodeError as exc:
        from .write import WriteError

        raise WriteError(f"{CHANGELOG} is not UTF-8 ({exc}); nothing was written") from None
    # A section regenerated keeps its day: the output is the same bytes tomorrow.
    day = date or date_of(text, version) or release_date()
    new = section(diff_apis(previous, api), api, day)
    return merged(text, new, version, api.package).encode("utf-8")
