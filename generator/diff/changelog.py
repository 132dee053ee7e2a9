"""The changes as a Keep a Changelog section (https://keepachangelog.com/en/1.1.0/), and how a
new section joins an existing ``CHANGELOG.md``.

Breaking changes come first, under ``### Breaking``: Keep a Changelog has no such heading, but a
client user upgrading must see first what will break their code, and a breaking removal is no
"Changed" (so neither "Changed (breaking)" fits). Unknown headings are plain Markdown to every
reader and tool. Then the standard ones, in the standard order: Added, Deprecated, Changed,
Removed (what the server no longer does that breaks nobody: a status, a response value), and
Fixed for documentation-only changes (descriptions: the fix is in the docs and docstrings).
"""

from __future__ import annotations

import re

from ..ir import Api
from .changes import Change

SECTIONS = ("Breaking", "Added", "Deprecated", "Changed", "Removed", "Fixed")

# The top of a new CHANGELOG.md; an existing file keeps its own, byte for byte.
PREAMBLE = """\
# Changelog

All notable changes to the `{package}` package. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions are the package's (PEP 440),
mapped from the API's `info.version`. New sections are written by
`python -m generator generate --previous ...`.
"""

_HEADING = re.compile(r"^## \[(?P<version>[^\]]*)\](?: - (?P<date>\S+))?[^\n]*$", re.MULTILINE)


def section(changes: list[Change], new: Api, date: str) -> str:
    """``## [<package version>] - <date>`` and one subsection per kind of entry."""
    lines = [f"## [{new.package_version}] - {date}", ""]
    by_section: dict[str, list[str]] = {name: [] for name in SECTIONS}
    for c in changes:
        by_section[_section_of(c)].append(f"- {entry(c)}")
    if not changes:
        lines += ["No changes to the HTTP API or the Python API.", ""]
    for name in SECTIONS:
        entries = list(dict.fromkeys(by_section[name]))  # a model met twice says it once
        if entries:
            lines += [f"### {name}", "", *entries, ""]
    return "\n".join(lines).rstrip("\n") + "\n"  # the blank line after it is the next's


def _section_of(c: Change) -> str:
    if c.breaking:
        return "Breaking"
    if c.kind == "deprecated":
        return "Deprecated"
    if c.kind == "undeprecated":  # a patch by its bump, but callers stop seeing warnings
        return "Changed"
    if c.bump == "patch":
        return "Fixed"
    if c.kind.endswith("-added"):
        return "Added"
    if c.kind.endswith("-removed"):
        return "Removed"
    return "Changed"


def entry(c: Change) -> str:
    """One line a client user understands, naming the Python method, class or attribute."""
    s = f"`{c.subject}`" if c.subject else ""
    route = f" (`{c.where}`)" if c.group == c.where else ""
    if c.kind == "deprecated":
        return f"{s} is deprecated" + (f": {c.note}" if c.note else "")
    if c.kind == "undeprecated":
        return f"{s} is no longer deprecated"
    if c.kind == "operation-added":
        return f"{s}: new method{route}"
    if c.kind == "operation-removed":
        why = f"; {c.note}" if c.note else ""
        return f"{s} removed (`{c.where}`{why})"
    if c.kind == "class-added":
        return f"{s}: new class"
    if c.kind == "class-renamed":
        return f"{s} renamed to `{c.where}` (imports break)"
    if c.kind in ("request-field-added", "response-field-added") and not c.breaking:
        what = "optional attribute" if c.kind.startswith("request") else "attribute"
        return f"{s}: new {what}" + (f" ({c.note}, applied by the server)" if c.note else "")
    if c.kind == "parameter-added" and not c.breaking:
        return f"{s}: new optional argument"
    if c.kind.endswith("-enum-value-added"):
        return f"{s}: new value {c.note}"
    words = _parenthesized(c.words or c.message)
    return f"{s}: {words}" if s else words[:1].upper() + words[1:]


def _parenthesized(words: str) -> str:
    """``what: why`` → ``what (why)``: one clause per entry, read at a glance. Only a colon
    outside backticks separates (``\\`minimum: 1\\` added`` quotes one)."""
    quoted = False
    for i, char in enumerate(words):
        if char == "`":
            quoted = not quoted
        elif not quoted and words.startswith(": ", i):
            return f"{words[:i]} ({words[i + 2 :]})"
    return words


def merged(existing: str | None, new_section: str, version: str, package: str) -> str:
    """``existing`` (a CHANGELOG.md, or None) with ``new_section`` for ``version``.

    The section replaces one for the same version (regenerating before a release keeps one
    section, reflecting the spec as it is now); else it goes above the newest release, below
    the preamble and any ``[Unreleased]`` section. Everything else is kept byte for byte.
    """
    if existing is None:
        return PREAMBLE.format(package=package) + "\n" + new_section
    headings = list(_HEADING.finditer(existing))
    for i, m in enumerate(headings):
        if m["version"] == version:
            end = headings[i + 1].start() if i + 1 < len(headings) else len(existing)
            gap = "\n" if end < len(existing) else ""
            return existing[: m.start()] + new_section + gap + existing[end:]
    releases = [m for m in headings if m["version"].lower() != "unreleased"]
    if releases:
        at = releases[0].start()
        return existing[:at] + new_section + "\n" + existing[at:]
    if existing and not existing.endswith("\n\n"):  # after a preamble, or an [Unreleased] one
        existing = existing.rstrip("\n") + "\n\n"
    return existing + new_section


def date_of(existing: str | None, version: str) -> str | None:
    """The date of ``version``'s section in ``existing``: regenerating on another day keeps it."""
    for m in _HEADING.finditer(existing or ""):
        if m["version"] == version:
            return m["date"]
    return None
