"""The changes as a Markdown changelog fragment or as JSON; the ``info.version`` check."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .. import pep440
from ..ir import Api
from .changes import BUMPS, Bump, Change, total_bump

_LABELS = {"major": "BREAKING", "minor": "compatible", "patch": "patch", "none": "none"}


def markdown(changes: list[Change], old: Api, new: Api) -> str:
    title = f"## API changes {old.version} → {new.version}"
    if (old.version, new.version) != (old.package_version, new.package_version):
        title += f" (package {old.package_version} → {new.package_version})"
    lines = [title, ""]
    if not changes:
        lines += ["No changes to the HTTP API or the Python API.", ""]
    group = None
    for c in changes:
        if c.group != group:
            group = c.group
            lines += ([""] if lines[-1] else []) + [f"### {_title(group)}", ""]
        lines.append(f"- **{_LABELS[c.bump]}** ({c.level}, `{c.kind}`) `{c.where}`: {c.message}")
    if lines[-1]:
        lines.append("")
    lines.append(f"Semver bump: **{total_bump(changes)}**")
    return "\n".join(lines) + "\n"


def _title(group: str) -> str:
    what, _, name = group.partition(" ")
    if what in ("model", "enum", "class"):
        return f"{what.capitalize()} `{name}`"
    if what == "client":
        return "Client and package"
    return f"Operation `{group}`"


def as_json(changes: list[Change], old: Api, new: Api, check: VersionCheck | None) -> str:
    """The changes, both versions (as written and as packaged) and the verdict."""
    data = {
        "old": _versions(old),
        "new": _versions(new),
        "bump": total_bump(changes),
        "check_version": None if check is None else check.as_json(),
        "changes": [c.as_json() for c in changes],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _versions(api: Api) -> dict[str, str]:
    return {"info_version": api.version, "package_version": api.package_version}


@dataclass(frozen=True)
class VersionCheck:
    """``--check-version``'s verdict: the bump ``old`` → ``new`` carries, and the problem."""

    carried: Bump | None  # None: new is not above old (or not a version)
    problem: str  # "" when the check passed

    def as_json(self) -> dict[str, object]:
        return {"passed": not self.problem, "carried": self.carried, "message": self.problem}


def check_version(old: str, new: str, needed: Bump) -> str:
    """An error message when ``new`` does not carry the ``needed`` bump over ``old``, else ""."""
    return version_check(old, new, needed).problem


def version_check(old: str, new: str, needed: Bump) -> VersionCheck:
    """Whether package version ``new`` (PEP 440) carries the ``needed`` bump over ``old``.

    The release segments decide (X.Y.Z; below 1.0.0 a breaking change bumps Y). A pre-release
    promises nothing, so its own release may break it (4.0.0rc1 → 4.0.0 carries any bump); a
    post-release is a patch; a local label is not a release and is ignored.
    """
    a, b = pep440.parse(old), pep440.parse(new)
    if a is None or b is None:
        return VersionCheck(
            None, f"version check: {old if a is None else new!r} is not a PEP 440 version"
        )
    given = _carried(a.public, b.public)
    if given is None:
        return VersionCheck(None, f"version check: {new} is lower than {old}")
    if BUMPS.index(given) < BUMPS.index(needed):
        return VersionCheck(
            given,
            f"version check: the changes need a {needed} bump but {old} → {new} is "
            f"{'no bump' if given == 'none' else 'a ' + given + ' bump'}",
        )
    return VersionCheck(given, "")


def _carried(old: pep440.Version, new: pep440.Version) -> Bump | None:
    if new < old:
        return None
    if new == old:
        return "none"
    if new.epoch > old.epoch:
        return "major"
    width = max(len(old.release), len(new.release), 3)
    a = old.release + (0,) * (width - len(old.release))
    b = new.release + (0,) * (width - len(new.release))
    if a == b:  # the same release: from its pre-release, or a post-release of it
        return "major" if old.is_prerelease else "patch"
    first = next(i for i in range(width) if a[i] != b[i])
    if first == 0:
        return "major"
    if first == 1:
        return "major" if a[0] == 0 else "minor"
    return "minor" if a[0] == 0 else "patch"
