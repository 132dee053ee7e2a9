"""The generated package's ``CHANGELOG.md``: the one generated file that keeps its past.

With ``generate --previous`` its newest section is computed from the previous spec
(:mod:`generator.diff.changelog`) and joins the sections already written; without, the file
the output holds is carried over as it is. Either way it is listed in the manifest like every
generated file, so neither a plain ``generate`` nor ``generate --check`` removes it or calls it
stale: its content is not a function of the spec alone, and the output is its only record.
"""

from __future__ import annotations

from pathlib import Path

from .ir import Api

CHANGELOG = "python/CHANGELOG.md"


def kept(out: Path, owned: set[str]) -> bytes | None:
    """The CHANGELOG.md an earlier run wrote into ``out``, byte for byte; None when none."""
    path = out / CHANGELOG
    if CHANGELOG not in owned or not path.is_file():
        return None
    return path.read_bytes()


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
