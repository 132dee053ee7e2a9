"""Fallbacks as edits: what a warning's rule does to the document so every later stage (the
builder, the validators, the docs, the mock) reads a spec it can generate correct code from.

Edits never touch the loaded document: the containers on an edited path are copied, the rest
is shared. Locations stay those of the file as written, so a finding made later still points
where the user can fix it; removing a list item shifts the locations of the items after it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..load import JsonPath, LoadedSpec
from ..problems import Problem

_DROP = object()


@dataclass(frozen=True)
class Edit:
    """Set ``path`` to ``value``, or remove it when ``value`` is left out."""

    path: JsonPath
    value: Any = _DROP

    @property
    def drops(self) -> bool:
        return self.value is _DROP


def drop(path: JsonPath) -> Edit:
    return Edit(path)


def put(path: JsonPath, value: Any) -> Edit:
    return Edit(path, value)


@dataclass
class Fixes:
    """Findings and the edits that carry out their fallbacks, gathered by one pass."""

    problems: list[Problem] = dataclasses.field(default_factory=list)
    edits: list[Edit] = dataclasses.field(default_factory=list)

    def add(self, problem: Problem, *edits: Edit) -> None:
        self.problems.append(problem)
        self.edits.extend(edits)

    def extend(self, other: Fixes) -> None:
        self.problems += other.problems
        self.edits += other.edits


def apply(spec: LoadedSpec, edits: Iterable[Edit]) -> LoadedSpec:
    """``spec`` with ``edits`` made: values set first, then removals, the last list item first
    so that earlier indices still mean what they meant."""
    edits = list(edits)
    if not edits:
        return spec
    data = dict(spec.data)
    copied: set[int] = {id(data)}
    locations = dict(spec.locations)
    origins = dict(spec.origins)
    sets = [e for e in edits if not e.drops]
    drops = sorted({e.path for e in edits if e.drops}, key=_removal_order, reverse=True)
    for edit in sets:
        parent = _parent(data, edit.path, copied)
        if parent is not None:
            _assign(parent, edit.path[-1], edit.value)
    for path in _outermost(drops):
        parent = _parent(data, path, copied)
        key = path[-1]
        if _has(parent, key):
            del parent[key]
            if isinstance(parent, list) and isinstance(key, int):
                _shift(locations, path[:-1], key)
                _shift(origins, path[:-1], key)
    return dataclasses.replace(spec, data=data, locations=locations, origins=origins)


def _removal_order(path: JsonPath) -> tuple[Any, ...]:
    # Within one list, higher indices first (reverse sort); strings and ints never compared.
    return tuple((1, p, "") if isinstance(p, int) else (0, 0, p) for p in path)


def _outermost(paths: list[JsonPath]) -> list[JsonPath]:
    """Removals inside a removed node are moot (and would shift the wrong locations)."""
    chosen = set(paths)
    return [p for p in paths if not any(p[:i] in chosen for i in range(len(p)))]


def _parent(data: dict[str, Any], path: JsonPath, copied: set[int]) -> Any:
    """The container holding ``path``'s last step, every container on the way copied once."""
    node: Any = data
    for part in path[:-1]:
        if not _has(node, part):
            return None
        child = node[part]
        if isinstance(child, (dict, list)) and id(child) not in copied:
            child = dict(child) if isinstance(child, dict) else list(child)
            copied.add(id(child))
            node[part] = child
        node = child
    return node


def _has(node: Any, key: str | int) -> bool:
    if isinstance(node, dict):
        return key in node
    return isinstance(node, list) and isinstance(key, int) and key < len(node)


def _assign(parent: Any, key: str | int, value: Any) -> None:
    if isinstance(parent, dict) or _has(parent, key):
        parent[key] = value


def _shift(locations: dict[JsonPath, Any], prefix: JsonPath, removed: int) -> None:
    """Item ``removed`` of the list at ``prefix`` is gone: later items move up by one."""
    n = len(prefix)
    moved: dict[JsonPath, tuple[int, int]] = {}
    for path in [p for p in locations if len(p) > n and p[:n] == prefix]:
        index = path[n]
        if not isinstance(index, int) or index < removed:
            continue
        where = locations.pop(path)
        if index > removed:
            shifted: JsonPath = (*prefix, index - 1, *path[n + 1 :])
            moved[shifted] = where
    locations.update(moved)
