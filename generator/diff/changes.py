"""One change between two specs, its semver weight, and how changes add up to a bump."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["wire", "python"]
Bump = Literal["none", "patch", "minor", "major"]

BUMPS: tuple[Bump, ...] = ("none", "patch", "minor", "major")

# How each kind of verdict weighs: breaking → major, compatible → minor, description → patch.
BREAKING: Bump = "major"
COMPATIBLE: Bump = "minor"
PATCH: Bump = "patch"


@dataclass(frozen=True)
class Change:
    """One difference, with the semver bump it needs and why (``message``)."""

    level: Level
    kind: str  # e.g. request-field-removed, method-renamed
    group: str  # the Markdown section: "POST /items", "model Item", "client"
    where: str  # the precise place: "POST /items query.limit", "Item.name"
    bump: Bump
    message: str
    # For the changelog (not compared: the change is the same whoever reads it): the Python
    # spelling of what changed ("client.start_recording()", "StartRecordingRequest.max_seconds"),
    # the message without its verdict, and a detail some kinds quote (a deprecation's reason,
    # an added value).
    subject: str = field(default="", compare=False)
    words: str = field(default="", compare=False)
    note: str = field(default="", compare=False)

    @property
    def breaking(self) -> bool:
        return self.bump == "major"

    def as_json(self) -> dict[str, object]:
        return {
            "level": self.level,
            "kind": self.kind,
            "where": self.where,
            "breaking": self.breaking,
            "bump": self.bump,
            "message": self.message,
        }


def total_bump(changes: list[Change] | tuple[Change, ...]) -> Bump:
    """The largest bump any change needs; ``none`` when nothing changed."""
    return max((c.bump for c in changes), key=BUMPS.index, default="none")


class Collector:
    """Collects changes of one group, spelling the verdict the same way everywhere."""

    def __init__(self, out: list[Change], group: str, subject: str = "") -> None:
        self.out = out
        self.group = group
        self.subject = subject  # the Python name a client user knows it by

    def at(self, subject: str) -> Collector:
        """The same group, about something more precise (a parameter, an attribute)."""
        return Collector(self.out, self.group, subject)

    def add(
        self, level: Level, kind: str, where: str, bump: Bump, message: str, note: str = ""
    ) -> None:
        why = {
            "major": "breaking",
            "minor": "not breaking",
            "patch": "not breaking (documentation only)",
            "none": "not breaking",
        }[bump]
        text = f"{message} — {why}"
        self.out.append(
            Change(level, kind, self.group, where, bump, text, self.subject, message, note)
        )


def deprecation_change(c: Collector, where: str, what: str, old: object, new: object) -> None:
    """``what`` (an operation, a parameter, a field, a model) became deprecated or stopped
    being: its own kind of change, a minor one (callers are told, nothing breaks yet)."""
    was, now = getattr(old, "deprecated", False), getattr(new, "deprecated", False)
    if now and not was:
        reason = getattr(new, "deprecation", "")
        words = f"{what} deprecated" + (f" ({reason})" if reason else "")
        c.add("wire", "deprecated", where, COMPATIBLE, f"{words}: callers are warned", reason)
    elif was and not now:
        c.add("wire", "undeprecated", where, PATCH, f"{what} no longer deprecated")
