"""Checks for specs that are valid OpenAPI but that no client could be generated from.

Hand-edited and machine-made specs hold things the meta-schema allows: a schema that contains
itself with nothing in between, names that cannot become Python names or HTTP headers, enums
too large to be a type. Each is a located problem here, never a crash or an endless loop later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from . import names
from .findings.naming import INVALID_NAME
from .findings.operations import INVALID_HEADER_NAME, SERVER_VARIABLE
from .findings.refs import REF_CYCLE
from .findings.repair import Fixes, drop
from .findings.shapes import HUGE_ENUM
from .load import JsonPath, LoadedSpec
from .problems import WARNING, Problem
from .schemas import lookup, pointer, ref_path

# No API enumerates more values than this; a larger enum is data, not a type (and would take
# minutes and a module of megabytes to generate).
MAX_ENUM_VALUES = 10_000
# Keywords through which a schema is its parts with nothing in between: a cycle through only
# these never reaches a value (a recursive type needs an object property or an array item).
_INLINE = ("allOf", "anyOf", "oneOf")
# RFC 9110 token: the characters an HTTP header or cookie name may have.
HTTP_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# RFC 3986: the characters a URL may hold (anything else must be percent-encoded).
_URL_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")


def unbuildable(spec: LoadedSpec) -> list[Problem]:
    """Problems that building would loop on or take minutes over: found first, build nothing."""
    return [*_cycles(spec), *_ref_loops(spec), *_enums(spec)]


def unnameable(spec: LoadedSpec) -> Fixes:
    """Names that cannot become Python or HTTP names (in a 3.1, normalized, document); a
    header or cookie parameter that could never be sent is left out, with a warning."""
    fixes = _parameter_names(spec)
    fixes.problems += [*_property_names(spec), *_class_names(spec), *_server_variables(spec)]
    return fixes


def _cycles(spec: LoadedSpec) -> Iterator[Problem]:
    """Schemas that reach themselves through ``$ref`` and ``allOf``/``anyOf``/``oneOf`` only."""
    edges: dict[JsonPath, list[tuple[JsonPath, JsonPath]]] = {}  # node → [(via, target)]
    for path, schema in spec.schemas:
        out = edges.setdefault(path, [])
        ref = schema.get("$ref")
        target = ref_path(ref) if isinstance(ref, str) else None
        if target is not None and _exists(spec.data, target):
            out.append(((*path, "$ref"), target))
        for key in _INLINE:
            parts = schema.get(key)
            for i in range(len(parts) if isinstance(parts, list) else 0):
                out.append(((*path, key, i), (*path, key, i)))
    for cycle in _back_edges(edges):
        start = _show(cycle[-1][1])
        steps = " → ".join([start, *(_step(via, target) for via, target in cycle)])
        yield spec.problem(
            cycle[-1][0],
            f"schema {start} contains itself with nothing in between ({steps}): a recursive "
            "schema needs an object property or an array item on the way",
            REF_CYCLE,
        )


def _ref_loops(spec: LoadedSpec) -> Iterator[Problem]:
    """``$ref`` chains of parameters, request bodies, responses… that come back to where they
    started: they point at no definition, so nothing correct can be generated (a loop of
    schemas only is :func:`_cycles`' to report)."""
    target_of: dict[JsonPath, JsonPath] = {}
    for path, node in spec.mappings:
        ref = node.get("$ref")
        target = ref_path(ref) if isinstance(ref, str) else None
        if target is not None:
            target_of[path] = target
    schemas = {path for path, _ in spec.schemas}
    reported: set[JsonPath] = set()
    for start in target_of:  # document order: each loop is reported at its first member
        trail: list[JsonPath] = []
        step = start
        while step in target_of and step not in trail:
            trail.append(step)
            step = target_of[step]
        if step not in trail or step in reported:
            continue
        loop = trail[trail.index(step) :]
        reported.update(loop)
        if all(member in schemas for member in loop):
            continue
        steps = " → ".join(_show(member) for member in [*loop, step])
        yield spec.problem(
            (*step, "$ref"),
            f"this $ref loops back to itself ({steps}) and never reaches a definition: "
            "point it at the parameter, request body or response it stands for",
        )


def _back_edges(
    edges: Mapping[JsonPath, list[tuple[JsonPath, JsonPath]]],
) -> Iterator[list[tuple[JsonPath, JsonPath]]]:
    """The cycle each back edge of one depth-first walk closes: linear, and iterative so that
    no depth of nesting exhausts the stack."""
    done: set[JsonPath] = set()
    for root in edges:
        if root in done:
            continue
        trail: list[tuple[JsonPath, JsonPath]] = []  # the edges that led to the current node
        on_trail = {root}
        stack = [(root, iter(edges.get(root, ())))]
        while stack:
            node, pending = stack[-1]
            step = next(pending, None)
            if step is None:
                stack.pop()
                done.add(node)
                on_trail.discard(node)
                if trail:
                    trail.pop()
                continue
            target = step[1]
            if target in on_trail:
                begin = next((i + 1 for i, (_, t) in enumerate(trail) if t == target), 0)
                yield [*trail[begin:], step]
            elif target not in done:
                trail.append(step)
                on_trail.add(target)
                stack.append((target, iter(edges.get(target, ()))))


def _exists(document: Mapping[str, Any], path: JsonPath) -> bool:
    try:
        lookup(document, path)
    except KeyError:
        return False
    return True


def _step(via: JsonPath, target: JsonPath) -> str:
    """``$ref`` steps by their target, inline ones by keyword: ``B``, ``allOf[0]``."""
    return _show(target) if via[-1] == "$ref" else f"{via[-2]}[{via[-1]}]"


def _show(path: JsonPath) -> str:
    if len(path) == 3 and path[:2] == ("components", "schemas"):
        return str(path[2])
    return "#/" + "/".join(str(p) for p in path)


def _enums(spec: LoadedSpec) -> Iterator[Problem]:
    for path, schema in spec.schemas:
        values = schema.get("enum")
        if isinstance(values, list) and len(values) > MAX_ENUM_VALUES:
            yield spec.problem(
                (*path, "enum"),
                f"enum has {len(values):,} values, more than the {MAX_ENUM_VALUES:,} the "
                "generator makes a type of: use a string with a pattern, or split it",
                HUGE_ENUM,
            )


def _parameter_names(spec: LoadedSpec) -> Fixes:
    fixes = Fixes()
    refs: dict[str, list[JsonPath]] = {}  # a shared parameter's pointer → where it is used
    for at, ref in _parameter_refs(spec.data):
        refs.setdefault(ref, []).append(at)
    for at, param in _parameters(spec.data):
        name = param.get("name")
        if not isinstance(name, str):
            continue  # the meta-schema reports it
        where = (*at, "name")
        if not name:
            fixes.add(spec.problem(where, "a parameter name must not be empty", INVALID_NAME))
        elif param.get("in") in ("header", "cookie") and not HTTP_TOKEN.fullmatch(name):
            message = (
                f"{param['in']} parameter name {name!r} is not a valid HTTP {param['in']} name "
                "(letters, digits and !#$%&'*+-.^_`|~ only): the parameter is left out"
            )
            users = refs.get("#" + pointer(at), []) if at[0] == "components" else []
            edits = [drop(at), *(drop(u) for u in users)]
            fixes.add(spec.problem(where, message, INVALID_HEADER_NAME, WARNING), *edits)
    return fixes


def _parameter_refs(doc: Mapping[str, Any]) -> Iterator[tuple[JsonPath, str]]:
    """Every parameter list item that is a ``$ref``, with its target."""
    for at, param in _listed(doc):
        if isinstance(param.get("$ref"), str):
            yield at, param["$ref"]


def _parameters(doc: Mapping[str, Any]) -> Iterator[tuple[JsonPath, Mapping[str, Any]]]:
    """Every parameter written out: the shared ones and those of path items and operations."""
    components = doc.get("components")
    shared = components.get("parameters") if isinstance(components, Mapping) else None
    for key, param in shared.items() if isinstance(shared, Mapping) else ():
        if isinstance(param, Mapping):
            yield ("components", "parameters", key), param
    yield from ((at, param) for at, param in _listed(doc) if "$ref" not in param)


def _listed(doc: Mapping[str, Any]) -> Iterator[tuple[JsonPath, Mapping[str, Any]]]:
    """Every item of the parameter lists of path items and operations, with its path."""
    paths = doc.get("paths")
    for route, item in paths.items() if isinstance(paths, Mapping) else ():
        if not isinstance(item, Mapping):
            continue
        holders = [((), item), *((m, op) for m, op in item.items() if isinstance(op, Mapping))]
        for method, holder in holders:
            params = holder.get("parameters")
            for i, param in enumerate(params if isinstance(params, list) else ()):
                if isinstance(param, Mapping):
                    yield ("paths", route, *((method,) if method else ()), "parameters", i), param


def _property_names(spec: LoadedSpec) -> Iterator[Problem]:
    for path, schema in spec.schemas:
        props = schema.get("properties")
        if isinstance(props, Mapping) and "" in props:
            yield spec.problem(
                (*path, "properties", ""), "a property name must not be empty", INVALID_NAME
            )


def _class_names(spec: LoadedSpec) -> Iterator[Problem]:
    for path, schema in spec.schemas:
        sdk_name = schema.get("x-sdk-name")
        if sdk_name is not None and not (isinstance(sdk_name, str) and names.is_mappable(sdk_name)):
            yield spec.problem(
                (*path, "x-sdk-name"),
                f"x-sdk-name {sdk_name!r} has no letters to make a class name from",
                INVALID_NAME,
            )


def _server_variables(spec: LoadedSpec) -> Iterator[Problem]:
    """Values substituted into the server URL must be URL text, the default one of the enum."""
    servers = spec.data.get("servers")
    for i, server in enumerate(servers if isinstance(servers, list) else ()):
        variables = server.get("variables") if isinstance(server, Mapping) else None
        for name, variable in variables.items() if isinstance(variables, Mapping) else ():
            if not isinstance(variable, Mapping):
                continue
            at: JsonPath = ("servers", i, "variables", name)
            enum = variable.get("enum")
            values: list[tuple[JsonPath, Any]] = [(("default",), variable.get("default"))]
            values += [
                (("enum", j), v) for j, v in enumerate(enum if isinstance(enum, list) else ())
            ]
            for key, value in values:
                if isinstance(value, str) and not _URL_CHARS.fullmatch(value):
                    yield spec.problem(
                        (*at, *key),
                        f"server variable value {value!r} cannot be part of a URL "
                        "(percent-encode the characters a URL cannot hold)",
                        SERVER_VARIABLE,
                    )
            if isinstance(enum, list) and enum and variable.get("default") not in enum:
                yield spec.problem(
                    (*at, "default"),
                    f"the default of server variable {name!r}, {variable.get('default')!r}, "
                    "is not one of its enum values",
                    SERVER_VARIABLE,
                )
