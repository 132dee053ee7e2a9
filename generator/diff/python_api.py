"""Python-level changes: classes, methods, enum members, the client and the package."""

from __future__ import annotations

from ..ir import Api, Enum
from .changes import BREAKING, COMPATIBLE, PATCH, Collector
from .walk import Walk
from .wire import label, method, route_key


def methods(walk: Walk) -> None:
    after = {route_key(op): op for op in walk.new.operations}
    for old in walk.old.operations:
        new = after.get(route_key(old))
        if new is None:
            continue
        c = Collector(walk.changes, label(new), method(new))
        if old.python_name != new.python_name:
            words = f"method `{old.python_name}` → `{new.python_name}`"
            c = c.at(method(old))  # what callers wrote
            c.add("python", "method-renamed", label(new), BREAKING, f"{words}: callers break")
            c = c.at(method(new))
        if old.pagination is None and new.pagination is not None:
            words = f"`{new.python_name}` now returns a page (`SyncPage`, `AsyncPager` when async)"
            why = "code using the old result breaks; iterate the page for every item"
            c.add("python", "pagination-added", label(new), BREAKING, f"{words}: {why}")
        elif old.pagination is not None and new.pagination is None:
            words = f"`{new.python_name}` no longer returns a page"
            why = "code iterating or paging through it breaks"
            c.add("python", "pagination-removed", label(new), BREAKING, f"{words}: {why}")


def classes(walk: Walk) -> None:
    old_names, new_names = set(walk.old.class_names), set(walk.new.class_names)
    renamed: dict[str, str] = {}
    for a, b in sorted(walk.model_pairs | walk.enum_pairs):
        if a != b and a not in new_names and b not in old_names:
            renamed.setdefault(a, b)
    for a, b in sorted(renamed.items()):
        c = Collector(walk.changes, f"class {b}", a)
        c.add("python", "class-renamed", b, BREAKING, f"class `{a}` → `{b}`: imports break")
    for name in sorted(old_names - new_names - renamed.keys()):
        c = Collector(walk.changes, f"class {name}", name)
        c.add("python", "class-removed", name, BREAKING, f"class `{name}` removed: imports break")
    for name in sorted(new_names - old_names - set(renamed.values())):
        c = Collector(walk.changes, f"class {name}", name)
        c.add("python", "class-added", name, COMPATIBLE, f"class `{name}` added")


def enums(walk: Walk) -> None:
    """Members of enum classes met at the same place (or with the same name)."""
    old_enums = {e.name: e for e in walk.old.enums}
    new_enums = {e.name: e for e in walk.new.enums}
    pairs = set(walk.enum_pairs) | {(n, n) for n in old_enums.keys() & new_enums.keys()}
    for a, b in sorted(pairs):
        if a in old_enums and b in new_enums:
            _members(walk, old_enums[a], new_enums[b])


def _members(walk: Walk, old: Enum, new: Enum) -> None:
    c = Collector(walk.changes, f"enum {new.name}", new.name)
    after = {m.value: m.python_name for m in new.members}
    for m in old.members:
        where = f"{new.name}.{m.python_name}"
        c = c.at(where)
        if m.value not in after:
            why = "code naming it breaks"
            c.add(
                "python",
                "enum-member-removed",
                where,
                BREAKING,
                f"member `{m.python_name}` removed: {why}",
            )
        elif after[m.value] != m.python_name:
            words = f"member `{m.python_name}` → `{after[m.value]}` (value {m.value!r})"
            c.add(
                "python", "enum-member-renamed", where, BREAKING, f"{words}: code naming it breaks"
            )
    if old.description != new.description:
        c = c.at(new.name)
        c.add("python", "description-changed", new.name, PATCH, "description changed")


def client(walk: Walk) -> None:
    old, new = walk.old, walk.new
    c = Collector(walk.changes, "client")
    for attr, what in (
        ("package", "package (import name)"),
        ("distribution", "distribution (pip name)"),
        ("client", "client class"),
        ("async_client", "async client class"),
        ("env_prefix", "environment prefix"),
    ):
        a, b = getattr(old, attr), getattr(new, attr)
        if a != b:
            why = "imports, installs or configuration naming it break"
            c.add(
                "python",
                f"{attr.replace('_', '-')}-renamed",
                what,
                BREAKING,
                f"{what} `{a}` → `{b}`: {why}",
            )
    if old.server_url != new.server_url:
        words = f"default server `{old.server_url}` → `{new.server_url}`"
        c.add(
            "wire",
            "server-changed",
            "servers",
            COMPATIBLE,
            f"{words}: an explicit base_url still wins",
        )
    if old.request_id_header != new.request_id_header:
        words = f"errors' `request_id` read from `{new.request_id_header or 'nothing'}`"
        why = "it is a new attribute value, no code breaks"
        if old.request_id_header:
            words += f" (was `{old.request_id_header}`)"
        c.add("python", "request-id-header-changed", "request ids", COMPATIBLE, f"{words}: {why}")
    if (old.title, old.description) != (new.title, new.description):
        c.add("wire", "description-changed", "info", PATCH, "title or description changed")
    _schemes(c, old, new)


def _schemes(c: Collector, old: Api, new: Api) -> None:
    after = {s.key: s for s in new.security_schemes}
    for a in old.security_schemes:
        b = after.get(a.key)
        if b is None:
            continue  # its operations report the change of security
        where = f"security scheme {a.key}"
        if (a.kind, a.header) != (b.kind, b.header):
            words = f"{a.kind} `{a.header}` → {b.kind} `{b.header}`"
            c.add(
                "wire",
                "security-scheme-changed",
                where,
                BREAKING,
                f"{words}: credentials go elsewhere",
            )
        new_arguments = {credential.role: credential for credential in b.arguments}
        for before in a.arguments:
            now = new_arguments.get(before.role)
            if now is None:
                continue  # the kind changed: reported above
            if before.parameter != now.parameter:
                words = f"client argument `{before.parameter}` → `{now.parameter}`"
                why = f"{words}: callers break"
                c.add("python", "client-argument-renamed", where, BREAKING, why)
            if before.env != now.env:
                words = f"environment variable `{before.env}` → `{now.env}`"
                why = f"{words}: deployments setting it break"
                c.add("python", "client-env-renamed", where, BREAKING, why)
        if a.description != b.description:
            c.add("wire", "description-changed", where, PATCH, "description changed")
