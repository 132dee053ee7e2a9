"""Parameters: where each value is read from (path, query, header, cookie), how its ``style``
and ``explode`` spell arrays and objects, and how the text becomes the JSON value its schema
validates.

Styles read: path ``simple`` (also ``label`` and ``matrix``); query ``form`` (exploded or not),
``spaceDelimited``, ``pipeDelimited`` and ``deepObject`` (``filter[name]=x``); header
``simple``; cookie ``form``. A form object exploded has each property as its own parameter.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import unquote

import jsonschema

from ..load import JsonPath
from ..schemas import lookup, ref_path, validator_for
from .checks import Violations
from .instances import is_secret, object_properties, resolve, types_of

_INTEGER = re.compile(r"[+-]?\d+")
_DEFAULT_STYLES = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
# OpenAPI: header parameters with these names "SHALL be ignored" (the client sets them).
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}
MISSING: Any = object()  # a parameter that was not sent


class BadValue(Exception):
    """A parameter's text cannot be read in its style; the message says why."""


@dataclass(frozen=True)
class Shape:
    """How text becomes the JSON value of one schema: a scalar, an array or an object."""

    kind: str  # "scalar", "array" or "object"
    types: tuple[str, ...] = ("string",)  # scalar: the JSON types to try, in order
    item: tuple[str, ...] = ("string",)  # array: the item types
    properties: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # object

    def scalar(self, text: str) -> Any:
        return scalar(self.types, text)

    def items(self, texts: Iterable[str]) -> list[Any]:
        return [scalar(self.item, text) for text in texts]

    def object(self, pairs: Mapping[str, str]) -> dict[str, Any]:
        return {k: scalar(self.properties.get(k, ("string",)), v) for k, v in pairs.items()}


def json_types(document: Mapping[str, Any], schema: Any) -> tuple[str, ...]:
    """The JSON types a schema allows, through ``oneOf``/``anyOf`` when it names none."""
    found = types_of(document, schema)
    if not found:
        resolved = resolve(document, schema)
        for key in ("oneOf", "anyOf"):
            options = resolved.get(key) if isinstance(resolved, Mapping) else None
            for option in options if isinstance(options, list) else []:
                found += [t for t in types_of(document, option) if t not in found]
    return tuple(sorted(found, key=lambda t: t == "null"))


def shape_of(document: Mapping[str, Any], schema: Any) -> Shape:
    kinds = json_types(document, schema)
    resolved = resolve(document, schema)
    if kinds[:1] == ("array",) and isinstance(resolved, Mapping):
        return Shape("array", item=json_types(document, resolved.get("items")) or ("string",))
    if kinds[:1] == ("object",):
        properties = {
            name: json_types(document, sub) or ("string",)
            for name, sub in object_properties(document, resolved).items()
        }
        return Shape("object", properties=properties)
    return Shape("scalar", types=kinds or ("string",))


def scalar(kinds: Iterable[str], text: str) -> Any:
    """``text`` as the first of ``kinds`` it can be; unchanged when none fits."""
    for kind in kinds:
        if kind == "integer" and _INTEGER.fullmatch(text):
            return int(text)
        if kind == "number":
            try:
                number = float(text)
            except ValueError:
                continue
            if math.isfinite(number):
                return int(number) if _INTEGER.fullmatch(text) else number
        if kind == "boolean" and text in ("true", "false"):
            return text == "true"
        if kind == "null" and text in ("", "null"):
            return None
        if kind == "string":
            return text
    return text


@dataclass(frozen=True)
class Sources:
    """Everything a request carries parameters in."""

    path: Mapping[str, str]  # raw (percent-encoded) path segment of each path parameter
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # names in lower case
    cookies: Mapping[str, list[str]]


@dataclass(frozen=True)
class ParamSpec:
    name: str
    location: str  # path, query, header or cookie
    required: bool
    style: str
    explode: bool
    shape: Shape
    secret: bool  # writeOnly or format: password: redacted in the request log
    allow_empty: bool
    validator: jsonschema.Validator | None
    violations: Violations | None

    def read(self, sources: Sources) -> Any:
        """The value as JSON, or :data:`MISSING` when not sent; raises :class:`BadValue`."""
        reader = getattr(self, "_" + self.location)
        return reader(sources)

    def problems(self, value: Any) -> list[str]:
        if self.validator is None or self.violations is None:
            return []
        if self.allow_empty and value == "":
            return []
        return self.violations.messages(self.validator, value)

    def _path(self, sources: Sources) -> Any:
        raw = sources.path.get(self.name)
        if raw is None:
            return MISSING
        if self.style == "label":
            raw = raw[1:] if raw.startswith(".") else raw
            return self._delimited(raw, "." if self.explode else ",", decode=True)
        if self.style == "matrix":
            pieces = [p for p in raw.split(";") if p]
            if self.explode and self.shape.kind != "scalar":
                pairs = [p.partition("=") for p in pieces]
                if self.shape.kind == "array":
                    return self.shape.items(unquote(v) for _, _, v in pairs)
                return self.shape.object({unquote(k): unquote(v) for k, _, v in pairs})
            raw = pieces[0].partition("=")[2] if pieces else ""
        return self._delimited(raw, ",", decode=True)

    def _query(self, sources: Sources) -> Any:
        query, shape = sources.query, self.shape
        if self.style == "deepObject":
            found = deep_object(query, self.name)
            return MISSING if found is None else typed_object(shape, found)
        if shape.kind == "object" and self.explode:
            pairs = {k: query[k][-1] for k in shape.properties if k in query}
            return self.shape.object(pairs) if pairs else MISSING
        values = query.get(self.name)
        if not values:
            return MISSING
        if shape.kind == "array" and self.explode and self.style == "form":
            return shape.items(values)
        delimiter = _DELIMITERS.get(self.style, ",")
        if shape.kind == "array":
            return shape.items(t for v in values for t in (v.split(delimiter) if v else []))
        return self._delimited(values[-1], delimiter)

    def _header(self, sources: Sources) -> Any:
        text = sources.headers.get(self.name.lower())
        return MISSING if text is None else self._delimited(text, ",", strip=True)

    def _cookie(self, sources: Sources) -> Any:
        values = sources.cookies.get(self.name)
        if not values:
            return MISSING
        if self.shape.kind == "array" and len(values) > 1:
            return self.shape.items(values)
        return self._delimited(values[0], ",")

    def _delimited(self, text: str, sep: str, decode: bool = False, strip: bool = False) -> Any:
        """A scalar, an array ``a,b`` or an object ``k,v,k,v`` (exploded: ``k=v,k=v``)."""
        shape = self.shape

        def clean(piece: str) -> str:
            piece = unquote(piece) if decode else piece
            return piece.strip() if strip else piece

        if shape.kind == "scalar":
            return shape.scalar(clean(text))
        pieces = [clean(p) for p in text.split(sep)] if text else []
        if shape.kind == "array":
            return shape.items(pieces)
        if self.explode:
            return shape.object(dict(p.partition("=")[::2] for p in pieces))
        if len(pieces) % 2:
            raise BadValue(f"{self.name}: an object must be sent as name{sep}value pairs")
        return shape.object(dict(zip(pieces[::2], pieces[1::2], strict=False)))


def deep_object(query: Mapping[str, list[str]], name: str) -> dict[str, Any] | None:
    """``filter[name]=x&filter[tags][a]=1`` → ``{"name": "x", "tags": {"a": "1"}}``."""
    found: dict[str, Any] = {}
    prefix = name + "["
    for key, values in query.items():
        if not key.startswith(prefix) or not key.endswith("]"):
            continue
        steps = key[len(prefix) : -1].split("][")
        node = found
        for step in steps[:-1]:
            child = node.setdefault(step, {})
            if not isinstance(child, dict):
                break
            node = child
        else:
            node[steps[-1]] = values[-1]
    return found or None


def typed_object(shape: Shape, found: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: v if isinstance(v, dict) else scalar(shape.properties.get(k, ("string",)), v)
        for k, v in found.items()
    }


def parse_cookies(header: str) -> dict[str, list[str]]:
    """Every cookie of a ``Cookie`` header; repeated names keep every value in order.

    :class:`~http.cookies.SimpleCookie` reads (and unquotes) the well-formed ones; it skips a
    name it takes for an attribute (``path``, ``expires``…) and anything after a pair it cannot
    read, so those are taken as written.
    """
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except CookieError:
        jar = SimpleCookie()
    found: dict[str, list[str]] = {}
    for piece in header.split(";"):
        name, sep, value = piece.strip().partition("=")
        value = value.strip()
        if len(value) > 1 and value[0] == value[-1] == '"':
            value = value[1:-1]
        if sep and name.strip():
            found.setdefault(name.strip(), []).append(value)
    for name, morsel in jar.items():
        if len(found.get(name, [])) <= 1:
            found[name] = [morsel.value]
    return found


def compile_params(document: Mapping[str, Any], route: str, at: JsonPath) -> list[ParamSpec]:
    """The operation's parameters: path-level ones, overridden by name and location."""
    found: dict[tuple[str, str], ParamSpec] = {}
    item = lookup(document, ("paths", route))
    operation = lookup(document, at)
    sources: list[tuple[JsonPath, Any]] = [
        (("paths", route, "parameters", i), p) for i, p in enumerate(_list(item, "parameters"))
    ]
    sources += [((*at, "parameters", i), p) for i, p in enumerate(_list(operation, "parameters"))]
    for where, node in sources:
        param, where = deref_at(document, node, where)
        if not isinstance(param, Mapping):
            continue
        location, name = str(param.get("in")), str(param.get("name"))
        if location not in _DEFAULT_STYLES:
            continue
        if location == "header" and name.lower() in _IGNORED_HEADERS:
            continue
        found[(location, name)] = _param(document, param, where, location, name)
    return list(found.values())


def _param(
    document: Mapping[str, Any], param: Mapping[str, Any], at: JsonPath, location: str, name: str
) -> ParamSpec:
    schema = param.get("schema")
    validator = violations = None
    shape = Shape("scalar")
    if isinstance(schema, Mapping):
        schema_at: JsonPath = (*at, "schema")
        validator = validator_for(document, schema_at)
        violations = Violations(document, schema_at, name)
        shape = shape_of(document, schema)
    style = str(param.get("style") or _DEFAULT_STYLES[location])
    return ParamSpec(
        name=name,
        location=location,
        required=bool(param.get("required")) or location == "path",
        style=style,
        explode=bool(param.get("explode", style == "form")),
        shape=shape,
        secret=is_secret(document, schema),
        allow_empty=bool(param.get("allowEmptyValue")),
        validator=validator,
        violations=violations,
    )


def deref_at(document: Mapping[str, Any], node: Any, at: JsonPath) -> tuple[Any, JsonPath]:
    """Follow ``$ref`` hops of a parameter, body or response, tracking where it lives."""
    for _ in range(20):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            break
        target = ref_path(node["$ref"])
        if target is None:
            break
        try:
            node, at = lookup(document, target), target
        except KeyError:
            return None, at
    return node, at


def _list(holder: Any, key: str) -> list[Any]:
    value = holder.get(key) if isinstance(holder, Mapping) else None
    return value if isinstance(value, list) else []
