"""The array and object keywords of :mod:`generator.validators` beyond the basic ones.

``prefixItems`` (with ``items`` then checking the rest), ``uniqueItems``, ``contains`` with
``minContains``/``maxContains``, ``propertyNames``, ``patternProperties``, ``dependentSchemas``,
and the checks of properties that no keyword declares: ``additionalProperties`` (keys matching
neither ``properties`` nor a ``patternProperties`` regex) and ``unevaluatedProperties`` (keys
that the schema, its ``$ref`` and its ``allOf`` parts do not evaluate; see
:mod:`generator.evaluated`). Each function takes the compiler (``c``) and returns statements
to run on an instance already known to be a list (or a dict).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .evaluated import evaluated
from .validator_source import For, If, Stmt, variables

if TYPE_CHECKING:
    from .validators import _Compiler


def array_checks(c: _Compiler, s: Mapping[str, Any], v: str, p: str, secret: bool) -> list[Stmt]:
    """``prefixItems``, ``items`` after them, ``uniqueItems`` and ``contains``."""
    out: list[Stmt] = []
    prefix = s.get("prefixItems") or []
    for i, sub in enumerate(prefix):
        with c._inside("prefixItems", i):
            body = c._child(sub, secret, f"{v}[{i}]", f'f"{{{p}}}[{i}]"')
        if body:
            out.append(If(f"len({v}) > {i}", body))
    out += _rest(c, s.get("items", True), len(prefix), v, p, secret)
    if s.get("uniqueItems") is True:
        c.helpers |= {"json_equal", "unique"}
        out.append(c._check(f"not _unique_items({v})", v, p, secret, " has non-unique elements"))
    if "contains" in s:
        out += _contains(c, s, v, p)
    return out


def _rest(c: _Compiler, items: Any, start: int, v: str, p: str, secret: bool) -> list[Stmt]:
    """``items``: the schema of every item after the first ``start`` ones."""
    if items is True:
        return []
    if items is False:
        if not start:
            return [c._fixed(v, p, "expected no items, got ", f"str(len({v}))")]
        test = f"len({v}) > {start}"
        return [c._fixed(test, p, f"expected at most {start} items, got ", f"str(len({v}))")]
    c.counter += 1
    n = c.counter
    with c._inside("items"):
        body = c._child(items, secret, f"value_{n}", f'f"{{{p}}}[{{index_{n}}}]"', n)
    used = variables(body)
    rest = f"{v}[{start}:]" if start else v
    if f"index_{n}" in used and f"value_{n}" in used:
        return [
            For(f"for index_{n}, value_{n} in enumerate({rest}{f', {start}' * bool(start)})", body)
        ]
    if f"index_{n}" in used:
        span = f"{start}, len({v})" if start else f"len({v})"
        return [For(f"for index_{n} in range({span})", body)]
    return [For(f"for value_{n} in {rest}", body)] if body else []


def _contains(c: _Compiler, s: Mapping[str, Any], v: str, p: str) -> list[Stmt]:
    low, high = s.get("minContains", 1), s.get("maxContains")
    if low == 0 and high is None:
        return []
    matcher = c._sub_matcher(s["contains"], "contains")
    c.counter += 1
    n = c.counter
    count = f"matched_{n}"
    out: list[Stmt] = [f"{count} = sum(1 for value_{n} in {v} if {matcher}(value_{n}))"]
    for limit, op, word in ((low or None, "<", "at least"), (high, ">", "at most")):
        if limit is not None:
            noun = "matching item" if limit == 1 else "matching items"
            message = f"expected {word} {limit!r} {noun}, got "
            out.append(c._fixed(f"{count} {op} {c._literal(limit)}", p, message, f"str({count})"))
    return out


def object_checks(c: _Compiler, s: Mapping[str, Any], v: str, p: str, secret: bool) -> list[Stmt]:
    """``propertyNames``, ``patternProperties``, ``dependentSchemas`` and the checks of
    undeclared keys (``additionalProperties``, ``unevaluatedProperties``); ``properties``,
    ``required`` and ``dependentRequired`` are the compiler's own."""
    out: list[Stmt] = []
    if "propertyNames" in s:
        c.counter += 1
        n = c.counter
        with c._inside("propertyNames"):
            body = c._child(s["propertyNames"], secret, f"key_{n}", p, n)
        if body:
            out.append(For(f"for key_{n} in {v}", body))
    patterns: Mapping[str, Any] = s.get("patternProperties") or {}
    for pattern, sub in patterns.items():
        regex = c._regex(pattern)
        c.counter += 1
        key, item = f"key_{c.counter}", f"value_{c.counter}"
        with c._inside("patternProperties", pattern):
            body = c._child(sub, secret, item, f"_at({p}, {key})", c.counter)
        if body:
            loop = f"for {key}, {item} in {v}.items()" if item in variables(body) else None
            out.append(For(loop or f"for {key} in {v}", [If(f"{regex}.search({key})", body)]))
    for name, sub in (s.get("dependentSchemas") or {}).items():
        with c._inside("dependentSchemas", name), c._rule(is_set(name), p):
            body = c._schema(sub, v, p, secret)
        if body:
            out.append(If(f"{c._literal(name)} in {v}", body))
    properties = [str(k) for k in s.get("properties") or {}]
    if "additionalProperties" in s:
        more = s["additionalProperties"]
        out += _undeclared(
            c, "additionalProperties", more, properties, list(patterns), v, p, secret
        )
    if "unevaluatedProperties" in s:
        known = evaluated(s, c._resolve)  # unsupported_keywords has refused what is not static
        if not known.every:
            names = [*properties, *sorted(known.names - set(properties))]
            more = s["unevaluatedProperties"]
            where = "unevaluatedProperties"
            out += _undeclared(c, where, more, names, known.patterns, v, p, secret)
    return out


def _undeclared(
    c: _Compiler,
    keyword: str,
    schema: Any,
    names: list[str],
    patterns: list[str],
    v: str,
    p: str,
    secret: bool,
) -> list[Stmt]:
    """``schema`` checked on every key that is not one of ``names`` and matches no pattern."""
    if schema is True:
        return []
    c.counter += 1
    key, item = f"key_{c.counter}", f"value_{c.counter}"
    if schema is False:
        body = c._fixed("True", p, "unexpected property ", f"_show({key})").body
    else:
        with c._inside(keyword):
            body = c._child(schema, secret, item, f"_at({p}, {key})", c.counter)
    if not body:
        return []
    tests = []
    if names:
        known = ", ".join(c._literal(n) for n in names)
        tests.append(f"{key} not in {c._constant('PROPERTIES', f'frozenset({{{known}}})')}")
    tests += [f"{c._regex(pattern)}.search({key}) is None" for pattern in patterns]
    used = variables(body) | ({key} if tests else set())
    if item not in used:
        loop = f"for {key} in {v}"
    elif key in used:
        loop = f"for {key}, {item} in {v}.items()"
    else:
        loop = f"for {item} in {v}.values()"
    return [For(loop, [If(" and ".join(tests), body)] if tests else body)]


def is_set(name: str) -> Callable[[str], str]:
    """The condition of a ``dependentSchemas`` entry, for :meth:`_Compiler._rule`."""
    return lambda at: f"`{at}{name}` is set"
