"""HTTP-level changes of the operations: added, removed, parameters, bodies, answers, security."""

from __future__ import annotations

import re

from ..ir import NO_DEFAULT, Operation, Parameter, RequestBody, Response, SecurityScheme
from . import constraints
from .changes import BREAKING, COMPATIBLE, PATCH, Collector, deprecation_change
from .walk import Walk

_TEMPLATE = re.compile(r"\{[^}]*\}")


def route_key(op: Operation) -> tuple[str, str]:
    """An operation's identity: method and path, whatever its path parameters are called."""
    return op.method, _TEMPLATE.sub("{}", op.path)


def label(op: Operation) -> str:
    return f"{op.method} {op.path}"


def method(op: Operation) -> str:
    """How a client user calls ``op``."""
    return f"client.{op.python_name}()"


def argument(op: Operation, p: Parameter) -> str:
    """How a client user passes ``p``: positionally (path), else by keyword."""
    spelled = p.python_name if p.location == "path" else f"{p.python_name}="
    return f"client.{op.python_name}({spelled})"


def operations(walk: Walk) -> None:
    before = {route_key(op): op for op in walk.old.operations}
    after = {route_key(op): op for op in walk.new.operations}
    for key, old in before.items():
        if key not in after:
            c = Collector(walk.changes, label(old), method(old))
            why = f"callers of `{old.python_name}` break"
            note = ""
            if old.deprecated:  # still breaking; the report says callers were warned
                version = walk.old.version
                note = f"it was deprecated in {version}" if version else "it was deprecated"
                why += f" ({note})"
            words = f"operation removed: {why}"
            c.add("wire", "operation-removed", label(old), BREAKING, words, note)
    for key, new in after.items():
        c = Collector(walk.changes, label(new), method(new))
        if key not in before:
            words = f"operation added as `{new.python_name}`"
            c.add("wire", "operation-added", label(new), COMPATIBLE, words)
            continue
        operation(walk, c, before[key], new)


def operation(walk: Walk, c: Collector, old: Operation, new: Operation) -> None:
    here = label(new)
    deprecation_change(c, here, f"operation `{new.python_name}`", old, new)
    if (old.summary, old.description) != (new.summary, new.description):
        c.add("wire", "description-changed", here, PATCH, "summary or description changed")
    if old.operation_id != new.operation_id and old.python_name == new.python_name:
        words = f"operationId `{old.operation_id}` → `{new.operation_id}`, same method name"
        c.add("wire", "operation-id-changed", here, PATCH, words)
    for location in ("query", "header", "cookie"):
        _named_params(walk, c, here, old, new, location)
    _path_params(walk, c, here, old, new)
    _body(walk, c, here, old.body, new.body)
    _answers(walk, c, here, old.responses, new.responses, success=True)
    _answers(walk, c, here, old.errors, new.errors, success=False)
    if {r.status for r in old.responses} != {r.status for r in new.responses}:
        walk.type_change(c, f"{here} result", old.result, new.result, "response")
    _security(c, here, old.security, new.security)


def _params(op: Operation, location: str) -> tuple[Parameter, ...]:
    return tuple(p for p in op.params if p.location == location)


def _named_params(
    walk: Walk, c: Collector, here: str, old: Operation, new: Operation, location: str
) -> None:
    before = {p.name: p for p in _params(old, location)}
    after = {p.name: p for p in _params(new, location)}
    for name in before.keys() - after.keys():
        why = f"callers passing `{before[name].python_name}=` break"
        where = f"{here} {location}.{name}"
        words = f"{location} parameter removed: {why}"
        c.at(argument(new, before[name])).add("wire", "parameter-removed", where, BREAKING, words)
    for name in [n for n in after if n not in before]:
        p, where = after[name], f"{here} {location}.{name}"
        a = c.at(argument(new, p))
        if p.required:
            why = "every caller must now pass it"
            a.add("wire", "parameter-added", where, BREAKING, f"required parameter added: {why}")
        else:
            a.add("wire", "parameter-added", where, COMPATIBLE, "optional parameter added")
    for name in [n for n in after if n in before]:
        p = after[name]
        _param(walk, c.at(argument(new, p)), f"{here} {location}.{name}", before[name], p)


def _path_params(walk: Walk, c: Collector, here: str, old: Operation, new: Operation) -> None:
    """Path parameters are positional: paired by their place in the URL."""
    olds, news = old.path_params, new.path_params
    by_name = {p.name: p for p in news}
    if {p.name for p in olds} == set(by_name):
        pairs = [(p, by_name[p.name]) for p in olds]
        if [p.python_name for p in olds] != [p.python_name for p in news]:
            words = (
                " , ".join(p.python_name for p in olds)
                + " → "
                + ", ".join(p.python_name for p in news)
            )
            why = "positional callers pass values to the wrong parameter"
            c.add(
                "python", "parameters-reordered", here, BREAKING, f"path parameters {words}: {why}"
            )
    else:
        pairs = list(zip(olds, news, strict=False))
    for a, b in pairs:
        where = f"{here} path.{b.name}"
        at = c.at(argument(new, b))
        if a.python_name != b.python_name:
            why = "keyword callers break"
            words = f"`{a.python_name}` → `{b.python_name}`"
            at.add("python", "parameter-renamed", where, BREAKING, f"path parameter {words}: {why}")
        _param(walk, at, where, a, b)


def _param(walk: Walk, c: Collector, where: str, old: Parameter, new: Parameter) -> None:
    deprecation_change(c, where, f"parameter `{new.python_name}`", old, new)
    if old.python_name != new.python_name and old.location != "path":
        words = f"`{old.python_name}=` → `{new.python_name}=`"
        c.add("python", "parameter-renamed", where, BREAKING, f"{words}: callers break")
    if old.required != new.required:
        if new.required:
            why = "callers leaving it out break"
            c.add("wire", "parameter-required-changed", where, BREAKING, f"now required: {why}")
        else:
            c.add("wire", "parameter-required-changed", where, COMPATIBLE, "now optional")
    walk.type_change(c, where, old.type, new.type, "request")
    for _, narrowed, words in constraints.compare(old.constraints, new.constraints):
        if narrowed:
            why = "values accepted before are now rejected"
            c.add("wire", "constraint-narrowed", where, BREAKING, f"{words}: {why}")
        else:
            c.add("wire", "constraint-widened", where, COMPATIBLE, f"{words}: more values accepted")
    if (old.style, old.explode) != (new.style, new.explode):
        words = f"style {old.style}/explode {old.explode} → {new.style}/explode {new.explode}"
        c.add("wire", "parameter-style-changed", where, BREAKING, f"{words}: another encoding")
    if old.default != new.default:
        a = "none" if old.default is NO_DEFAULT else repr(old.default)
        b = "none" if new.default is NO_DEFAULT else repr(new.default)
        why = "callers leaving it out get the new behaviour"
        c.add("wire", "parameter-default-changed", where, COMPATIBLE, f"default {a} → {b}: {why}")
    if old.description != new.description:
        c.add("wire", "description-changed", where, PATCH, "description changed")


def _body(
    walk: Walk, c: Collector, here: str, old: RequestBody | None, new: RequestBody | None
) -> None:
    where = f"{here} body"
    if old is None and new is None:
        return
    if old is None or new is None:
        if new is None:
            c.add("wire", "request-body-removed", where, BREAKING, "request body removed")
        elif new.required:
            c.add("wire", "request-body-added", where, BREAKING, "required request body added")
        else:
            c.add("wire", "request-body-added", where, COMPATIBLE, "optional request body added")
        return
    if old.content_type != new.content_type:
        words = f"`{old.content_type}` → `{new.content_type}`"
        why = "the old encoding is no longer accepted"
        c.add("wire", "request-media-changed", where, BREAKING, f"media type {words}: {why}")
    if old.required != new.required:
        bump = BREAKING if new.required else COMPATIBLE
        words = "now required" if new.required else "now optional"
        c.add("wire", "request-body-required-changed", where, bump, words)
    walk.type_change(c, where, old.type, new.type, "request")
    if old.description != new.description:
        c.add("wire", "description-changed", where, PATCH, "description changed")


def _answers(
    walk: Walk,
    c: Collector,
    here: str,
    old: tuple[Response, ...],
    new: tuple[Response, ...],
    *,
    success: bool,
) -> None:
    kind = "success-status" if success else "error-status"
    before = {r.status: r for r in old}
    after = {r.status: r for r in new}
    for status in sorted(before.keys() - after.keys()):
        words = f"status {status} removed: the server no longer answers it"
        c.add("wire", f"{kind}-removed", f"{here} {status}", COMPATIBLE, words)
    for status in sorted(after.keys() - before.keys()):
        r = after[status]
        extra = f", raised as `{r.exception}`" if r.exception else ""
        c.add(
            "wire", f"{kind}-added", f"{here} {status}", COMPATIBLE, f"status {status} added{extra}"
        )
    for status in sorted(before.keys() & after.keys()):
        a, b, where = before[status], after[status], f"{here} {status}"
        if a.media != b.media:
            words = f"`{a.content_type or 'no content'}` → `{b.content_type or 'no content'}`"
            why = "the method returns another kind of value"
            c.add("wire", "response-media-changed", where, BREAKING, f"media type {words}: {why}")
        elif a.content_type != b.content_type:
            words = f"media type `{a.content_type}` → `{b.content_type}`, decoded the same way"
            c.add("wire", "response-media-changed", where, COMPATIBLE, words)
        if a.media == b.media:
            walk.type_change(c, where, a.type, b.type, "response")
        if a.exception != b.exception:
            words = f"exception `{a.exception}` → `{b.exception}`"
            c.add(
                "python", "exception-changed", where, BREAKING, f"{words}: `except` clauses break"
            )
        if a.description != b.description:
            c.add("wire", "description-changed", where, PATCH, "description changed")


def _security(
    c: Collector,
    here: str,
    old: tuple[tuple[SecurityScheme, ...], ...],
    new: tuple[tuple[SecurityScheme, ...], ...],
) -> None:
    # No requirement at all is one empty requirement: anybody may call.
    before = {frozenset(s.key for s in group) for group in old} or {frozenset()}
    after = {frozenset(s.key for s in group) for group in new} or {frozenset()}
    if before == after:
        return
    where = f"{here} security"
    words = f"security {_groups(before)} → {_groups(after)}"
    # Old credentials keep working when some new requirement needs no more than they gave.
    lost = [g for g in before if not any(h <= g for h in after)]
    if lost:
        why = f"callers using {_groups(set(lost))} are refused"
        c.add("wire", "security-changed", where, BREAKING, f"{words}: {why}")
    else:
        c.add("wire", "security-changed", where, COMPATIBLE, f"{words}: old credentials still work")


def _groups(groups: set[frozenset[str]]) -> str:
    spelled = sorted(" + ".join(sorted(g)) or "none" for g in groups)
    return " or ".join(spelled) if spelled else "none"
