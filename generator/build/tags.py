"""The operations grouped for the docs' navigation.

An operation belongs to its first tag. Groups come in the order of the spec's top-level
``tags`` list, then in order of first use. A tag's ``parent`` (OpenAPI 3.2) nests its group
under the parent's. Operations without a tag are grouped by the first segment of their path
(``/guilds/{id}/members`` under ``/guilds``): a spec without tags, such as Discord's, still
gets a navigation of readable size.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..ir import Operation, TagGroup
from .context import text


def tag_groups(doc: Mapping[str, Any], ops: Sequence[Operation]) -> tuple[TagGroup, ...]:
    declared = _declared(doc)
    members: dict[str, list[str]] = {}
    for op in ops:
        members.setdefault(op.tag or _path_group(op.path), []).append(op.python_name)
    needed = _with_ancestors(members, declared)
    order = [name for name in declared if name in needed]
    order += [name for name in members if name not in declared]
    listed = set(order)
    parents = {
        name: parent
        for name in order
        if (parent := _parent(declared.get(name, {}))) in listed and parent != name
    }
    # A cycle of parents (a → b → a) cannot nest: its tags stay at the top.
    cyclic = {name for name in parents if _in_cycle(name, parents)}
    parents = {name: parent for name, parent in parents.items() if name not in cyclic}

    children: dict[str, list[str]] = {}
    for child in order:
        if child in parents:
            children.setdefault(parents[child], []).append(child)

    def group(name: str) -> TagGroup:
        tag = declared.get(name, {})
        return TagGroup(
            name=text(_field(tag, "summary") or tag.get("x-displayName") or name),
            description=text(tag.get("description")),
            operations=tuple(members.get(name, ())),
            children=tuple(group(child) for child in children.get(name, ())),
        )

    return tuple(group(name) for name in order if name not in parents)


def _in_cycle(name: str, parents: Mapping[str, str]) -> bool:
    seen, at = {name}, parents.get(name)
    while at is not None and at not in seen:
        seen.add(at)
        at = parents.get(at)
    return at == name


def _declared(doc: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    tags = doc.get("tags")
    if not isinstance(tags, list):
        return {}
    found: dict[str, Mapping[str, Any]] = {}
    for tag in tags:
        if isinstance(tag, Mapping) and isinstance(tag.get("name"), str):
            found.setdefault(tag["name"], tag)
    return found


def _parent(tag: Mapping[str, Any]) -> str | None:
    parent = _field(tag, "parent")
    return parent if isinstance(parent, str) else None


def _field(tag: Mapping[str, Any], name: str) -> Any:
    """A 3.2 tag field, which a 3.1 document holds as ``x-<name>`` (findings.structure)."""
    return tag.get(name, tag.get("x-" + name))


def _with_ancestors(
    members: Mapping[str, list[str]], declared: Mapping[str, Mapping[str, Any]]
) -> set[str]:
    """The tags with operations, and every tag above one of them."""
    needed: set[str] = set()
    for name in members:
        at: str | None = name
        while at is not None and at not in needed:
            needed.add(at)
            at = _parent(declared.get(at, {}))
    return needed


def _path_group(path: str) -> str:
    first = next((s for s in path.split("/") if s), "")
    return "/" + first if first and not re.fullmatch(r"\{.*\}", first) else "/"
