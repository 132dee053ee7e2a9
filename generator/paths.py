"""Spec-derived file names, made safe: no spec string becomes a path unchecked.

An operationId like ``../../x``, ``/etc/passwd``, ``con`` or ``日本語`` names a docs page; the
page's file name is plain ASCII (``[a-z0-9-]``), never a Windows device name, never too long,
and unique even on case-insensitive file systems. :func:`check_tree` is the last line of
defence before anything is written: every output path is relative, normalized and inside the
output folder.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import PurePosixPath

# Names Windows reserves in every folder, whatever the extension (``con.md`` is the console).
DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
MAX_STEM = 80  # file systems allow 255 bytes; a docs page name this long is already unreadable
_SEGMENT = re.compile(r"[A-Za-z0-9_.][A-Za-z0-9_.\-\[\]]*")
_NOT_SEGMENTS = frozenset({".", "..", ".sdkgen"})  # the last is the writer's working folder


def file_stems(names: Iterable[str]) -> list[str]:
    """A safe, distinct file name stem for each of ``names`` (method names), in order."""
    result: list[str] = []
    taken: set[str] = set()
    for name in names:
        stem = file_stem(name)
        candidate, n = stem, 2
        while candidate.casefold() in taken:
            candidate, n = f"{stem}-{n}", n + 1
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def title_stems(titles: Iterable[str]) -> list[str]:
    """:func:`file_stems` of titles, whose spaces and ASCII punctuation are word breaks:
    ``Audit Logs`` → ``audit-logs``, ``/chatkit`` → ``chatkit``."""
    return file_stems(
        "".join(c if not c.isascii() or c.isalnum() else "_" for c in title) for title in titles
    )


def file_stem(name: str) -> str:
    """``get_item`` → ``get-item``; ``日本`` → ``u65e5-u672c``; ``con`` → ``con-page``."""
    parts: list[str] = []
    for char in name:
        if char.isascii() and char.isalnum():
            parts.append(char.lower())
        elif char in "_-":
            parts.append("-")
        else:
            parts.append(f"-u{ord(char):04x}-")
    stem = re.sub("-+", "-", "".join(parts)).strip("-") or "page"
    if len(stem) > MAX_STEM:  # cut, and keep apart the names that shared a beginning
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        stem = stem[: MAX_STEM - 11].rstrip("-") + "-" + digest
    if stem.split(".")[0] in DEVICES:
        stem += "-page"
    return stem


class UnsafePath(ValueError):
    """An output path that could leave the output folder or is not portable."""


def check_tree(paths: Iterable[str]) -> None:
    """Raise :class:`UnsafePath` unless every path is a plain relative path inside the output,
    made of portable segments, and no two differ only by case."""
    seen: dict[str, str] = {}
    for rel in paths:
        check_path(rel)
        key = rel.casefold()
        if key in seen:
            raise UnsafePath(f"output paths {seen[key]!r} and {rel!r} differ only by case")
        seen[key] = rel


def check_path(rel: str) -> None:
    """Raise :class:`UnsafePath` unless ``rel`` is a plain relative path of portable parts."""
    path = PurePosixPath(rel)
    if not rel or path.is_absolute() or "\\" in rel or rel != path.as_posix():
        raise UnsafePath(f"output path {rel!r} is not a plain relative path")
    for segment in path.parts:
        stem = segment.split(".")[0].lower()
        unsafe = not _SEGMENT.fullmatch(segment) or segment in _NOT_SEGMENTS
        if unsafe or stem in DEVICES or len(segment) > 255:
            raise UnsafePath(f"output path {rel!r} has an unsafe part {segment!r}")
