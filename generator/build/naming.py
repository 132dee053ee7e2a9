"""Name collisions, resolved: two things of the spec that would get one Python name.

Nothing is refused for its name. Each collision is resolved by a fixed rule, so the same spec
always gives the same names; each decision is printed as a ``renamed`` note and recorded in
``Api.renames`` (and so in ``manifest.json``, and seen by ``diff`` as a Python-API change):

============== ==========================================================================
what           rule
============== ==========================================================================
classes        ``x-sdk-name`` and component names are claimed first, in spec order; an
               inline schema whose ``title`` is taken becomes its parent-derived name
               (``OrderCustomer``); anything else taken gets the first free number
               (``Foo2``). A name the package uses beside the spec's classes
               (``ValidationError``, ``Credentials``, ``Literal``) is the spec's: the
               package's own steps aside (:mod:`generator.aside`), without a note. Only the
               names public in the same namespace (``UNSET``, ``Unset`` of ``models``, the
               client classes) are taken: such a class gets ``Model`` (``UnsetModel``).
fields         properties in spec order: the first keeps the name, a later one gets the
               first free number (``mixed_case_2``). ``to_dict`` / ``from_dict`` (model
               methods) become ``to_dict_field``. A field ``extra`` keeps its name: the
               model's additional properties move to ``extra_properties``.
parameters     path parameters first: a query (header, cookie) parameter named like an
               earlier one of another location gets the location as prefix (``query_id``),
               else a number (``id_2``). One named like a keyword every method takes
               (``timeout``, ``extra_headers``, ...) becomes ``timeout_param``.
methods        operationIds are claimed first, in spec order, then the names derived from
               method and path: a later or derived one gets a number (``get_items_2``).
               One named like a member of the client (``close``, ``with_options``) becomes
               ``close_operation``.
============== ==========================================================================
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .. import names, reserved
from ..findings.naming import RENAMED
from ..ir import Field, Model, Parameter, Rename
from ..load import JsonPath
from ..schemas import pointer
from .context import Context

EXTRA = "extra"
EXTRA_ATTRIBUTE = "extra_properties"


def record(
    ctx: Context,
    at: JsonPath,
    kind: str,
    spec: str,
    python: str,
    why: str,
    subject: str = "",
) -> None:
    """Print the decision as a note and keep it for the manifest."""
    ctx.renames.append(Rename(kind, pointer(at), spec, python, why))
    subject = subject or _SUBJECTS[kind].format(spec)
    ctx.note(at, f"{subject} becomes {_WORDS[kind]} {python!r}: {why}", RENAMED)


_SUBJECTS = {"class": "this schema", "field": "property {!r}"}
_WORDS = {"parameter": "argument", "attribute": "attribute"}
_WORDS |= {k: k for k in ("class", "field", "method")}


def numbered(base: str, taken: Callable[[str], bool], separator: str = "") -> str:
    """``base`` followed by the first number from 2 that makes it free."""
    n = 2
    while taken(f"{base}{separator}{n}"):
        n += 1
    return f"{base}{separator}{n}"


# -- classes ------------------------------------------------------------------------------
def claim_class(
    ctx: Context, source: str, wanted: str, from_title: bool, hint: str, at: JsonPath
) -> str:
    """The class name the schema at ``at`` gets when it asks for ``wanted`` (made from
    ``source``: its x-sdk-name, component name, title or parent-derived hint)."""

    def taken(name: str) -> bool:
        return name in ctx.classes or name in ctx.reserved_classes

    if not taken(wanted):
        return wanted
    if wanted in ctx.reserved_classes:
        why = "the generated package exports that name itself"
        base = wanted + "Model"
        name = base if not taken(base) else numbered(base, taken)
    else:
        line, _ = ctx.spec.where(ctx.classes[wanted][1])
        why = f"the schema on line {line} is class {wanted!r}"
        alternative = names.class_name(hint) if from_title else ""
        if alternative and not taken(alternative):
            name = alternative
            why += " (components and earlier schemas keep their names)"
        else:
            name = numbered(wanted, taken)
    record(ctx, at, "class", source, name, why)
    return name


# -- fields -------------------------------------------------------------------------------
def resolve_fields(ctx: Context, at: JsonPath, fields: list[Field]) -> list[Field]:
    """Fields with distinct Python names: the first keeps its name, later ones step aside."""
    result: list[Field] = []
    used: dict[str, str] = {}  # python name → the property that has it
    for f in fields:
        where = (*at, "properties", f.name)
        python = f.python_name
        if not python:
            result.append(f)  # no letters: checks.unnameable reports it
            continue
        if python in names.MODEL_METHODS:
            python = _free(python + "_field", used)
            why = f"every model has the method {f.python_name}()"
            record(ctx, where, "field", f.name, python, why)
        elif python in used:
            python = numbered(python, used.__contains__, "_")
            why = f"property {used[f.python_name]!r} is field {f.python_name!r}"
            record(ctx, where, "field", f.name, python, why)
        used[python] = f.name
        result.append(f if python == f.python_name else _renamed(f, python))
    return result


def extra_attribute(fields: Iterable[Field]) -> str:
    """The attribute keeping a model's additional properties: ``extra`` unless a field is."""
    taken = {f.python_name for f in fields}
    return EXTRA if EXTRA not in taken else _free(EXTRA_ATTRIBUTE, taken)


def note_extra(ctx: Context, at: JsonPath, model: Model) -> None:
    """Say so when a model keeping additional properties keeps them elsewhere than ``extra``."""
    if model.keeps_extra and model.extra_name != EXTRA:
        why = "the spec's property 'extra' keeps that name"
        subject = "the additional properties' attribute 'extra'"
        record(ctx, at, "attribute", EXTRA, model.extra_name, why, subject)


def _free(base: str, taken: Iterable[str]) -> str:
    existing = set(taken)
    return base if base not in existing else numbered(base, existing.__contains__, "_")


def _renamed(f: Field, python: str) -> Field:
    return dataclasses.replace(f, python_name=python)


# -- parameters ---------------------------------------------------------------------------
def resolve_parameters(ctx: Context, found: list[tuple[Parameter, JsonPath]]) -> list[Parameter]:
    """Parameters (path first) with distinct argument names, free of the method's keywords."""
    result: list[Parameter] = []
    used: dict[str, Parameter] = {}
    for param, at in found:
        python = param.python_name
        subject = f"{param.location} parameter {param.name!r}"
        if python in reserved.METHOD_ARGUMENTS:
            python = _free(python + "_param", used)
            why = f"every method takes the keyword {param.python_name}="
            record(ctx, at, "parameter", param.name, python, why, subject)
        elif python in used:
            other = used[python]
            prefixed = f"{param.location}_{python}"
            if other.location != param.location and prefixed not in used:
                python = prefixed
            else:
                python = numbered(python, used.__contains__, "_")
            why = f"{other.location} parameter {other.name!r} is argument {param.python_name!r}"
            record(ctx, at, "parameter", param.name, python, why, subject)
        used[python] = param
        result.append(
            param if python == param.python_name else dataclasses.replace(param, python_name=python)
        )
    return result


# -- methods ------------------------------------------------------------------------------
def method_names(
    ctx: Context, operations: list[tuple[str, str, Mapping[str, Any]]]
) -> dict[tuple[str, str], str]:
    """The client method of every ``(route, method)``: operationIds claim first, in spec order,
    then the names made from method and path."""
    named = [o for o in operations if _operation_id(o[2])]
    derived = [o for o in operations if not _operation_id(o[2])]
    result: dict[tuple[str, str], str] = {}
    owners: dict[str, str] = {}  # method name → the operation that has it, as shown

    def taken(candidate: str) -> bool:
        return candidate in owners or candidate in reserved.CLIENT_MEMBERS

    for route, method, op in [*named, *derived]:
        op_id = _operation_id(op)
        at: JsonPath = ("paths", route, method)
        label = f"operationId {op_id!r}" if op_id else f"{method.upper()} {route}"
        wanted = name = names.method_name(op_id or None, method, route)
        if wanted in reserved.CLIENT_MEMBERS:
            name = _free_name(wanted + "_operation", taken)
            why = f"the client has its own {wanted!r}"
        elif wanted.startswith("_"):
            name = _free_name("operation" + wanted, taken)
            why = "a leading underscore would make it private"
        elif wanted in owners:
            name = numbered(wanted, taken, "_")
            why = f"{owners[wanted]} is method {wanted!r}"
        if name != wanted:
            where = (*at, "operationId") if op_id else at
            record(ctx, where, "method", op_id or label, name, why, subject=label)
        owners[name] = label
        result[route, method] = name
    return result


def _operation_id(op: Mapping[str, Any]) -> str:
    op_id = op.get("operationId")
    return op_id if isinstance(op_id, str) else ""


def _free_name(base: str, taken: Callable[[str], bool]) -> str:
    return base if not taken(base) else numbered(base, taken, "_")
