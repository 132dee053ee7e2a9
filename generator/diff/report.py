"""The changes as a Markdown changelog fragment or as JSON; the ``info.version`` check."""

from __future__ import annotations

import json
import re

from .changes import BUMPS, Bump, Change, total_bump

_LABELS = {"major": "BREAKING", "minor": "compatible", "patch": "patch", "none": "none"}


def markdown(changes: list[Change], old_version: str, new_version: str) -> str:
    lines = [f"## API changes {old_version} → {new_version}", ""]
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


def as_json(changes: list[Change]) -> str:
    data = {"bump": total_bump(changes), "changes": [c.as_json() for c in changes]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


_SEMVER = re.compile(r"v?(\d+)\.(\d+)\.(\d+)(?:[-+.].*)?")


def check_version(old: str, new: str, needed: Bump) -> str:
    """An error message when ``new`` does not carry the ``needed`` bump over ``old``, else "".

    Versions are ``X.Y.Z`` (a ``v`` prefix and a suffix are ignored). Below 1.0.0 the usual
    convention applies: a breaking change bumps Y, anything else bumps Z.
    """
    a, b = _SEMVER.fullmatch(old.strip()), _SEMVER.fullmatch(new.strip())
    if a is None or b is None:
        bad = old if a is None else new
        return f"version check: {bad!r} is not a version of the form X.Y.Z"
    va = tuple(int(x) for x in a.groups())
    vb = tuple(int(x) for x in b.groups())
    given = _carried(va, vb)
    if given is None:
        return f"version check: {new} is lower than {old}"
    if BUMPS.index(given) < BUMPS.index(needed):
        return (
            f"version check: the changes need a {needed} bump but {old} → {new} is "
            f"{'no bump' if given == 'none' else 'a ' + given + ' bump'}"
        )
    return ""


def _carried(old: tuple[int, ...], new: tuple[int, ...]) -> Bump | None:
    if new < old:
        return None
    if new == old:
        return "none"
    if new[0] > old[0]:
        return "major"
    if new[1] > old[1]:
        return "major" if old[0] == 0 else "minor"
    return "minor" if old[0] == 0 else "patch"
