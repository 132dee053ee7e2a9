"""Checks of the dates and times a request sends, written into the generated code.

A ``datetime`` without ``tzinfo`` names no instant, and a ``str`` where the type says
``datetime`` (or ``date``) is sent unchecked, so the generated client refuses both before
sending, with the parameter's or field's path (``check_time`` in the package's ``_serde``).
The checks are type-directed: statements for a parameter or a body of type ``t`` (and a
``_check_times`` method on each request model that holds a date or a time at some depth).
Values of other types are left to the validators, which report them.
"""

from __future__ import annotations

from .ir import Api, Model
from .literals import py_literal
from .typeref import (
    DateTimeType,
    DateType,
    ListType,
    MapType,
    ModelType,
    NullableType,
    TupleType,
    TypeRef,
    UnionType,
)

# The last APIs asked about, by identity: hashing a large Api on every call would be slow.
_TIMED: dict[int, tuple[Api, frozenset[str]]] = {}


def timed_models(api: Api) -> frozenset[str]:
    """Request models that hold a date or a time, directly or in a nested model."""
    cached = _TIMED.get(id(api))
    if cached is not None and cached[0] is api:
        return cached[1]
    result = _timed_models(api)
    if len(_TIMED) > 8:
        _TIMED.clear()
    _TIMED[id(api)] = (api, result)
    return result


def _timed_models(api: Api) -> frozenset[str]:
    found: set[str] = set()
    changed = True
    while changed:  # a fixed point: nested models, recursive ones too
        changed = False
        for model in api.models:
            if model.name in found or not model.used_in_request:
                continue
            if any(_timed(f.type, found) for f in model.fields) or (
                model.extra is not None and _timed(model.extra, found)
            ):
                found.add(model.name)
                changed = True
    return frozenset(found)


def _timed(t: TypeRef, models: set[str] | frozenset[str]) -> bool:
    if isinstance(t, (DateTimeType, DateType)):
        return True
    if isinstance(t, ModelType):
        return t.name in models
    if isinstance(t, (ListType, MapType)):
        return _timed(t.item if isinstance(t, ListType) else t.value, models)
    if isinstance(t, NullableType):
        return _timed(t.inner, models)
    if isinstance(t, TupleType):
        return any(_timed(item, models) for item in t.items)
    if isinstance(t, UnionType):
        return any(_timed(v, models) for v in t.variants)
    return False


def time_checks(api: Api, t: TypeRef, value: str, path: str, errors: str, indent: int) -> str:
    """Statements (indented by ``indent`` spaces, each line ending in a newline) that append
    to ``errors`` what is wrong with the dates and times in ``value``; "" when ``t`` holds none.

    ``path`` is a Python expression of the value's path in messages.
    """
    lines = _checks(t, value, path, errors, timed_models(api), [0])
    return "".join(" " * indent + line + "\n" for line in lines)


def model_checks(api: Api, model: Model) -> str:
    """The body of a model's ``_check_times(self, path, errors)`` (8 spaces deep)."""
    models = timed_models(api)
    lines: list[str] = []
    counter = [0]
    for f in model.fields:
        if f.read_only:  # never sent
            continue
        at = f"join_path(path, {py_literal(f.name)})"
        lines += _checks(f.type, f"self.{f.python_name}", at, "errors", models, counter)
    if model.extra is not None and _timed(model.extra, models):
        counter[0] += 1
        n = counter[0]
        inner = _checks(
            model.extra, f"item_{n}", f"join_path(path, key_{n})", "errors", models, counter
        )
        lines += [f"for key_{n}, item_{n} in self.{model.extra_name}.items():"]
        lines += ["    " + line for line in inner]
    return "".join(" " * 8 + line + "\n" for line in lines) or " " * 8 + "pass\n"


def _checks(
    t: TypeRef, value: str, path: str, errors: str, models: frozenset[str], counter: list[int]
) -> list[str]:
    if isinstance(t, DateTimeType):
        return [f"check_time({value}, {path}, True, {errors})"]
    if isinstance(t, DateType):
        return [f"check_time({value}, {path}, False, {errors})"]
    if isinstance(t, ModelType):
        if t.name not in models:
            return []
        return [f"if isinstance({value}, {t.name}):", f"    {value}._check_times({path}, {errors})"]
    if isinstance(t, NullableType):
        inner = _checks(t.inner, value, path, errors, models, counter)
        if not inner or inner[0].startswith("if isinstance("):  # None fails isinstance anyway
            return inner
        return [f"if {value} is not None:", *("    " + line for line in inner)]
    if isinstance(t, ListType):
        counter[0] += 1
        n = counter[0]
        item_path = f'{path} + f"[{{index_{n}}}]"'
        inner = _checks(t.item, f"item_{n}", item_path, errors, models, counter)
        if not inner:
            return []
        return [
            f"if isinstance({value}, (list, tuple)):",
            f"    for index_{n}, item_{n} in enumerate({value}):",
            *("        " + line for line in inner),
        ]
    if isinstance(t, MapType):
        counter[0] += 1
        n = counter[0]
        inner = _checks(
            t.value, f"item_{n}", f"join_path({path}, key_{n})", errors, models, counter
        )
        if not inner:
            return []
        return [
            f"if isinstance({value}, dict):",
            f"    for key_{n}, item_{n} in {value}.items():",
            *("        " + line for line in inner),
        ]
    if isinstance(t, UnionType):
        # Only what tells the variant apart: a model's own checks; a datetime must be aware.
        out: list[str] = []
        for variant in t.variants:
            if isinstance(variant, ModelType) and variant.name in models:
                out += _checks(variant, value, path, errors, models, counter)
            elif isinstance(variant, DateTimeType):
                out += [
                    f"if isinstance({value}, datetime):",
                    f"    check_time({value}, {path}, True, {errors})",
                ]
        return out
    return []  # tuples and recursive aliases: rare; the validators still check their types


def sends_times(api: Api) -> bool:
    """Whether a request of ``api`` carries a date or a time (the docs then say how)."""
    models = timed_models(api)
    types = [p.type for op in api.operations for p in op.params]
    types += [op.body.type for op in api.operations if op.body is not None]
    return any(_timed(t, models) for t in types)
