"""OpenAPI Overlay 1.0 (https://spec.openapis.org/overlay/v1.0.0): ``--overlay FILE``.

An overlay changes a spec without editing it: a vendor's file stays as published, and the
renames, ``x-sdk`` settings and fixes a project needs live beside it, applied again to every
new release. Each overlay is applied in the order given, right after the spec is read and
before anything checks it, so every later finding is about the spec as changed.

An overlay file is read with the spec's own located YAML loader and checked first; each of
its ``actions`` selects nodes of the spec with an RFC 9535 JSONPath ``target`` and then

- ``update`` (an object target): merges the update into it, recursively: a property present on
  both sides that is an object on both is merged, any other value replaces the target's;
- ``update`` (an array target): appends the update as one more item;
- ``remove: true``: removes every node selected (whatever ``update`` says).

A node an overlay adds keeps its location in the overlay file (``LoadedSpec.origins``), so a
later finding about it points there; a removed node's locations are dropped, and a removed
list item's followers move up. A target that matches nothing is a warning (it usually means the
vendor renamed what the overlay meant). The JSONPath library is ``jsonpath-rfc9535``: the
RFC's grammar and nothing more, as the Overlay specification requires.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .findings.overlay import INVALID_OVERLAY, OVERLAY_NO_MATCH, OVERLAY_TARGET
from .load import JsonPath, LoadedSpec, load_spec
from .problems import WARNING, Problem, SpecError

if TYPE_CHECKING:
    import jsonpath_rfc9535 as jsonpath

__all__ = ["Overlay", "add_overlay_argument", "apply_overlays", "read_overlay"]

_VERSION = re.compile(r"1\.0\.[0-9]+")
_TOP = frozenset({"overlay", "info", "extends", "actions"})
_INFO = frozenset({"title", "version"})
_ACTION = frozenset({"target", "description", "update", "remove"})


def add_overlay_argument(command: argparse._ActionsContainer, applies_to: str = "the spec") -> None:
    """``--overlay FILE`` (repeatable) on a command that reads a spec: ``args.overlay``."""
    command.add_argument(
        "--overlay",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help=f"an OpenAPI Overlay 1.0 file to apply to {applies_to} before anything checks it "
        "(repeatable: applied in the order given)",
    )


@dataclasses.dataclass(frozen=True)
class Overlay:
    """An overlay file read and checked: its document, and each action's compiled target."""

    doc: LoadedSpec
    targets: tuple[jsonpath.JSONPathQuery, ...]


def apply_overlays(
    spec: LoadedSpec, overlay_paths: Sequence[Path]
) -> tuple[LoadedSpec, list[Problem]]:
    """``spec`` with every overlay applied in order, and the findings made on the way.

    Every overlay file is read and checked before any is applied; when one has an error,
    ``spec`` comes back unchanged with every error of every overlay (the caller stops).
    """
    if not overlay_paths:
        return spec, []
    problems: list[Problem] = []
    overlays = []
    for path in overlay_paths:
        overlay, found = read_overlay(path)
        problems += found
        if overlay is not None:
            overlays.append(overlay)
    if any(p.blocking for p in problems):
        return spec, problems
    editor = _Editor(spec)
    for overlay in overlays:
        problems += editor.apply(overlay)
    if any(p.blocking for p in problems):
        return spec, problems
    result = dataclasses.replace(
        spec, data=editor.data, locations=editor.locations, origins=editor.origins
    )
    return result, problems


def read_overlay(path: Path) -> tuple[Overlay | None, list[Problem]]:
    """The overlay at ``path``, or None and the problems that make it no Overlay document."""
    import jsonpath_rfc9535 as jsonpath  # here: only a run given --overlay pays its import

    try:
        doc = load_spec(path)
    except SpecError as exc:  # unreadable, not YAML: worded for an overlay where it says "spec"
        worded = {
            "the spec is empty": "the overlay is empty",
            "the spec must be a YAML mapping at the top level": (
                "an overlay must be a YAML mapping at the top level"
            ),
        }
        return None, [
            dataclasses.replace(p, message=worded.get(p.message, p.message)) for p in exc.problems
        ]
    problems = _checked(doc)
    targets = []
    actions = doc.data.get("actions")
    for i, action in enumerate(actions if isinstance(actions, list) else []):
        target = action.get("target") if isinstance(action, dict) else None
        if not isinstance(target, str):
            continue
        try:
            targets.append(jsonpath.compile(target))
        except jsonpath.JSONPathError as exc:
            token = getattr(exc, "token", None)
            at = f" (at character {token.index + 1})" if token is not None else ""
            reason = str(exc.args[0]) if exc.args else str(exc)
            problems.append(
                doc.problem(
                    ("actions", i, "target"),
                    f"target {target!r} is not an RFC 9535 JSONPath: {reason}{at}",
                    OVERLAY_TARGET,
                )
            )
    if problems:
        return None, problems
    return Overlay(doc, tuple(targets)), []


def _checked(doc: LoadedSpec) -> list[Problem]:
    """What makes ``doc`` no Overlay 1.0 document, each located in it."""
    data = doc.data
    found: list[Problem] = []

    def bad(path: JsonPath, message: str) -> None:
        found.append(doc.problem(path, message, INVALID_OVERLAY))

    version = data.get("overlay")
    if "overlay" not in data:
        bad((), "not an overlay: `overlay: 1.0.0` is missing")
    elif not isinstance(version, str) or not _VERSION.fullmatch(version):
        bad(("overlay",), f"overlay {version!r} is not a version this generator reads (1.0.x)")
    _unknown(data, _TOP, (), bad)
    info = data.get("info")
    if not isinstance(info, dict):
        bad(("info",) if "info" in data else (), "`info` with `title` and `version` is required")
    else:
        _unknown(info, _INFO, ("info",), bad)
        for key in sorted(_INFO):
            if not isinstance(info.get(key), str):
                bad(("info", key) if key in info else ("info",), f"info.{key} must be a string")
    if "extends" in data and not isinstance(data["extends"], str):
        bad(("extends",), "`extends` must be a URI (a string)")
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        where = ("actions",) if "actions" in data else ()
        bad(where, "`actions` must be a list of at least one action")
        return found
    for i, action in enumerate(actions):
        at: JsonPath = ("actions", i)
        if not isinstance(action, dict):
            bad(at, "an action must be a mapping with `target` and `update` or `remove`")
            continue
        _unknown(action, _ACTION, at, bad)
        if not isinstance(action.get("target"), str):
            bad((*at, "target") if "target" in action else at, "an action needs a `target` string")
        if "description" in action and not isinstance(action["description"], str):
            bad((*at, "description"), "`description` must be a string")
        if "remove" in action and not isinstance(action["remove"], bool):
            bad((*at, "remove"), "`remove` must be true or false")
        if "update" not in action and action.get("remove", False) is False:
            bad(at, "this action changes nothing: give it `update` or `remove: true`")
    return found


def _unknown(data: dict[str, Any], known: frozenset[str], at: JsonPath, bad: Any) -> None:
    for key in data:
        if key not in known and not key.startswith("x-"):
            allowed = ", ".join(sorted(known))
            bad((*at, key), f"unknown key {key!r} (allowed: {allowed}, and x- extensions)")


class _Editor:
    """The spec being changed: its data, and the locations and origins kept in step."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.data: dict[str, Any] = copy.deepcopy(spec.data)
        self.locations = dict(spec.locations)
        self.origins = dict(spec.origins)
        self.file = spec.file

    def apply(self, overlay: Overlay) -> list[Problem]:
        import jsonpath_rfc9535 as jsonpath

        doc = overlay.doc
        found: list[Problem] = []
        for i, (action, query) in enumerate(zip(doc.data["actions"], overlay.targets, strict=True)):
            at: JsonPath = ("actions", i)
            try:
                nodes = [node.location for node in query.finditer(self.data)]
            except jsonpath.JSONPathError as exc:  # the RFC's limits, e.g. nesting
                message = f"target {action['target']!r} cannot be evaluated: {exc}"
                found.append(doc.problem((*at, "target"), message, OVERLAY_TARGET))
                continue
            if not nodes:
                message = f"target {action['target']!r} matches nothing in the spec: "
                found.append(
                    doc.problem(
                        (*at, "target"),
                        message + "this action changes nothing",
                        OVERLAY_NO_MATCH,
                        WARNING,
                    )
                )
                continue
            if action.get("remove") is True:
                found += self._remove(doc, at, [tuple(n) for n in nodes])
            else:
                found += self._update(doc, at, [tuple(n) for n in nodes])
        return found

    def _remove(self, doc: LoadedSpec, at: JsonPath, paths: list[JsonPath]) -> list[Problem]:
        if () in paths:
            message = "`remove: true` on the whole document: the spec would be empty"
            return [doc.problem((*at, "target"), message, OVERLAY_TARGET)]
        chosen = set(paths)
        # The outermost nodes only (removing one removes what it holds), the last list item
        # first so that the indices of the others still mean what they meant.
        outer = [p for p in paths if not any(p[:n] in chosen for n in range(len(p)))]
        for path in sorted(set(outer), key=_removal_order, reverse=True):
            parent = self._node(path[:-1])
            del parent[path[-1]]
            self._forget(path)
            if isinstance(path[-1], int):
                self._shift(path[:-1], path[-1])
        return []

    def _update(self, doc: LoadedSpec, at: JsonPath, paths: list[JsonPath]) -> list[Problem]:
        update = doc.data["actions"][at[1]]["update"]
        action_target = doc.data["actions"][at[1]]["target"]
        source: JsonPath = (*at, "update")
        found = []
        for path in paths:
            node = self._node(path)
            if isinstance(node, list):
                self._put(node, len(node), path, update, doc, source)
            elif isinstance(node, dict) and isinstance(update, dict):
                self._merge(node, path, update, doc, source)
            elif isinstance(node, dict):
                message = f"`update` must be a mapping to merge into the object at {_pointer(path)}"
                found.append(doc.problem(source, message, OVERLAY_TARGET))
            else:
                message = (
                    f"target {action_target!r} selects {_kind(node)} at {_pointer(path)}: "
                    "`update` changes only objects and arrays (update the value's parent)"
                )
                found.append(doc.problem((*at, "target"), message, OVERLAY_TARGET))
        return found

    def _merge(
        self,
        node: dict[str, Any],
        path: JsonPath,
        update: dict[str, Any],
        doc: LoadedSpec,
        source: JsonPath,
    ) -> None:
        for key, value in update.items():
            old = node.get(key)
            if isinstance(old, dict) and isinstance(value, dict):
                self._merge(old, (*path, key), value, doc, (*source, key))
            else:
                self._put(node, key, path, value, doc, (*source, key))

    def _put(
        self,
        parent: dict[str, Any] | list[Any],
        key: str | int,
        path: JsonPath,
        value: Any,
        doc: LoadedSpec,
        source: JsonPath,
    ) -> None:
        """Set ``parent[key]`` (``path`` is the parent's) to the overlay's ``value`` found at
        ``source`` in ``doc``: the new subtree is located in the overlay file."""
        target = (*path, key)
        if isinstance(parent, list):
            parent.append(copy.deepcopy(value))
        else:
            old = parent.get(str(key))
            if isinstance(old, (dict, list)):
                self._forget(target)
            else:  # nothing below it: no need to look through every location of the spec
                self.locations.pop(target, None)
                self.origins.pop(target, None)
            parent[str(key)] = copy.deepcopy(value)
        n = len(source)
        for where, position in doc.locations.items():
            if where[:n] == source:
                moved: JsonPath = (*target, *where[n:])
                self.locations[moved] = position
        self.locations.setdefault(target, doc.where(source))
        self.origins[target] = doc.origin(source)

    def _node(self, path: JsonPath) -> Any:
        node: Any = self.data
        for part in path:
            node = node[part]
        return node

    def _forget(self, path: JsonPath) -> None:
        """Drop the locations and origins of ``path`` and of everything under it."""
        _forget(self.locations, path)
        _forget(self.origins, path)

    def _shift(self, prefix: JsonPath, removed: int) -> None:
        """Item ``removed`` of the list at ``prefix`` is gone: later items move up by one."""
        _shift(self.locations, prefix, removed)
        _shift(self.origins, prefix, removed)


def _forget(table: dict[JsonPath, Any], path: JsonPath) -> None:
    n = len(path)
    for key in [k for k in table if k[:n] == path]:
        del table[key]


def _shift(table: dict[JsonPath, Any], prefix: JsonPath, removed: int) -> None:
    n = len(prefix)
    moved: dict[JsonPath, Any] = {}
    for key in [k for k in table if len(k) > n and k[:n] == prefix]:
        index = key[n]
        if isinstance(index, int) and index > removed:
            shifted: JsonPath = (*prefix, index - 1, *key[n + 1 :])
            moved[shifted] = table.pop(key)
    table.update(moved)


def _removal_order(path: JsonPath) -> tuple[Any, ...]:
    # Within one list, higher indices first (reverse sort); strings and ints never compared.
    return tuple((1, p, "") if isinstance(p, int) else (0, 0, p) for p in path)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "null"
    return "a string"


def _pointer(path: JsonPath) -> str:
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)
