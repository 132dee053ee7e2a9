"""Hypothesis strategies for JSON instances of the component schemas of an OpenAPI document.

``SchemaModel(document)`` gives, per component schema:

* ``candidates(name)``: values built from the schema (types, enums, bounds at and between their
  limits, required and optional properties, one branch of each ``anyOf``/``oneOf``/``if``), so
  most of them are valid; one time in ``BLEND_ODDS`` a union instead blends several of its
  alternatives (an object with the properties of each), to match several of them at once;
  objects get extra keys, random or tricky (``MAP_KEYS``), drawn from a ``patternProperties``
  regex or valid by ``propertyNames``, valued by the schemas that apply to them (``properties``,
  matching patterns, else ``additionalProperties``); arrays follow ``prefixItems`` then
  ``items``, hold ``minContains`` items that match ``contains``, and are usually deduplicated
  under ``uniqueItems``; a ``dependentSchemas`` entry is sometimes triggered with its schema;
* ``valid(name)``: those candidates that jsonschema accepts;
* ``invalid(name)``: a candidate with one targeted mutation somewhere inside it (a required key
  dropped, an extra key, a key matching a pattern with a bad value, a swapped type, a number
  just past a bound, a wrong enum string, a string too long, too many items, a map entry with a
  bad value under a random key...), kept only if jsonschema rejects it;
* ``mixed(name)``: candidates, mutations and arbitrary JSON, unfiltered;
* ``pairs(name)``: a candidate and a mutation of it, unfiltered.

jsonschema's ``Draft202012Validator`` (with the whole document in a ``referencing.Registry`` so
``#/components/schemas/X`` refs resolve) is the oracle for every filter. Schema names may be any
string (``Pet@response``, ``/paths/~1pets/post/requestBody``): refs to them are JSON pointers.
``alternatives(name, instance)`` counts the alternatives of a union schema (``oneOf``/``anyOf``,
or a list of types) that accept the instance.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, TypeVar
from urllib.parse import quote

import jsonschema
import referencing
from hypothesis import strategies as st
from referencing.jsonschema import DRAFT202012

DOCUMENT_URI = "urn:test-openapi"
REF_PREFIX = "#/components/schemas/"
TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")
MAX_DEPTH = 3
BLEND_ODDS = 4  # one union in BLEND_ODDS blends several alternatives
Draw = Callable[[st.SearchStrategy[Any]], Any]
T = TypeVar("T")

# Integers stay within float range: jsonschema's float multipleOf divides and would overflow.
INTEGERS = st.integers(min_value=-(2**53), max_value=2**53)
FLOATS = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)
SCALARS = st.none() | st.booleans() | INTEGERS | FLOATS | st.text(max_size=12)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=10,
)
# Keys of extra properties (map entries): random, or the kinds generated code may mishandle.
TRICKY_KEYS = ("", " ", "0", "-1", "__proto__", "$ref", "a/b", "~1", "a.b", "é", "日本", "\x00")
MAP_KEYS = st.text(max_size=6) | st.sampled_from(TRICKY_KEYS)
BOOLEANS = st.booleans()
# One value of each JSON type, to swap a value for one of another type.
BY_TYPE: dict[str, st.SearchStrategy[Any]] = {
    "null": st.none(),
    "boolean": st.booleans(),
    "integer": INTEGERS,
    "number": FLOATS.filter(lambda x: not x.is_integer()),
    "string": st.text(max_size=8),
    "array": st.lists(SCALARS, max_size=3),
    "object": st.dictionaries(st.text(max_size=6), SCALARS, max_size=3),
}


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    if isinstance(value, float):
        return "number"
    return {str: "string", list: "array", dict: "object"}[type(value)]


@cache
def integers(low: int, high: int) -> st.SearchStrategy[int]:
    """``st.integers(low, high)``, looked up faster (strategies.py draws many)."""
    return st.integers(low, high)


def pick(draw: Draw, items: Sequence[T]) -> T:
    """``draw(st.sampled_from(items))``, without building a strategy for each draw."""
    return items[draw(integers(0, len(items) - 1))]


def edge_or_between(draw: Draw, edges: Sequence[T], between: st.SearchStrategy[T]) -> T:
    """``draw(st.sampled_from(edges) | between)``, without building a strategy for each draw."""
    return pick(draw, edges) if draw(BOOLEANS) else draw(between)


def component(ref: str) -> str:
    """``#/components/schemas/A~1B`` → ``A/B``."""
    return ref.removeprefix(REF_PREFIX).replace("~1", "/").replace("~0", "~")


def pointer(name: str) -> str:
    """The URI fragment of the schema called ``name`` (a percent-encoded JSON pointer)."""
    return quote(REF_PREFIX[1:] + name.replace("~", "~0").replace("/", "~1"), safe="/")


class SchemaModel:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.schemas: Mapping[str, Any] = document["components"]["schemas"]
        resource = referencing.Resource(contents=document, specification=DRAFT202012)
        self.registry: referencing.Registry[Any] = referencing.Registry().with_resource(
            DOCUMENT_URI, resource
        )
        self._validators: dict[str, jsonschema.Draft202012Validator] = {}
        self._unions: dict[str, list[jsonschema.Draft202012Validator] | None] = {}
        self._strategies: dict[tuple[str, str], st.SearchStrategy[Any]] = {}

    def validator(self, name: str) -> jsonschema.Draft202012Validator:
        """jsonschema's validator for ``{"$ref": "#/components/schemas/<name>"}``."""
        if name not in self._validators:
            self._validators[name] = self._at(pointer(name))
        return self._validators[name]

    def _at(self, fragment: str, **keywords: Any) -> jsonschema.Draft202012Validator:
        """jsonschema's validator for the schema at ``fragment`` (and ``keywords``)."""
        schema = {"$ref": f"{DOCUMENT_URI}#{fragment}", **keywords}
        return jsonschema.Draft202012Validator(schema, registry=self.registry)

    def is_valid(self, name: str, instance: Any) -> bool:
        return bool(self.validator(name).is_valid(instance))

    def is_union(self, name: str) -> bool:
        """Whether schema ``name`` is (or refers to) a ``oneOf``/``anyOf`` or a type list."""
        return self._union(name) is not None

    def alternatives(self, name: str, instance: Any) -> int:
        """How many alternatives of the union schema ``name`` accept ``instance``."""
        union = self._union(name)
        assert union is not None, f"{name} is not a union"
        return sum(1 for alternative in union if alternative.is_valid(instance))

    def _union(self, name: str) -> list[jsonschema.Draft202012Validator] | None:
        """jsonschema's validators of the alternatives of the first union on the ``$ref`` chain."""
        if name not in self._unions:
            self._unions[name] = self._find_union(name)
        return self._unions[name]

    def _find_union(self, name: str) -> list[jsonschema.Draft202012Validator] | None:
        seen: set[str] = set()
        while name not in seen:
            seen.add(name)
            schema = self.schemas[name]
            if not isinstance(schema, Mapping):
                return None
            for key in ("oneOf", "anyOf"):
                if isinstance(schema.get(key), list):
                    count = len(schema[key])
                    return [self._at(f"{pointer(name)}/{key}/{i}") for i in range(count)]
            if isinstance(schema.get("type"), list):  # alternative i: the schema with type i
                return [self._at(pointer(name), type=t) for t in schema["type"]]
            if not isinstance(schema.get("$ref"), str):
                return None
            name = component(schema["$ref"])
        return None

    # -- strategies --------------------------------------------------------------------
    def candidates(self, name: str) -> st.SearchStrategy[Any]:
        return self._cached("candidates", name, lambda: self._build([self.schemas[name]], 0))

    def valid(self, name: str) -> st.SearchStrategy[Any]:
        return self._cached(
            "valid", name, lambda: self.candidates(name).filter(lambda x: self.is_valid(name, x))
        )

    def invalid(self, name: str) -> st.SearchStrategy[Any]:
        def make() -> st.SearchStrategy[Any]:
            return self._mutated(name).filter(lambda x: not self.is_valid(name, x))

        return self._cached("invalid", name, make)

    def mixed(self, name: str) -> st.SearchStrategy[Any]:
        return self._cached(
            "mixed", name, lambda: st.one_of(self.candidates(name), self._mutated(name), JSON)
        )

    def pairs(self, name: str) -> st.SearchStrategy[tuple[Any, Any]]:
        """A candidate and a mutation of it: half the cost of drawing each on its own."""

        @st.composite
        def pair(draw: Draw) -> tuple[Any, Any]:
            value = draw(self.candidates(name))
            return value, self._mutate(draw, value, [self.schemas[name]])

        return self._cached("pairs", name, pair)

    def _mutated(self, name: str) -> st.SearchStrategy[Any]:
        @st.composite
        def mutated(draw: Draw) -> Any:
            return self._mutate(draw, draw(self.candidates(name)), [self.schemas[name]])

        return self._cached("mutated", name, mutated)

    def _cached(
        self, kind: str, name: str, make: Callable[[], st.SearchStrategy[Any]]
    ) -> st.SearchStrategy[Any]:
        if (kind, name) not in self._strategies:
            self._strategies[kind, name] = make()
        return self._strategies[kind, name]

    # -- schemas as conjunctions -------------------------------------------------------
    def _flatten(self, schemas: list[Any], *, alternatives: bool = False) -> list[Any]:
        """Resolve ``$ref`` and ``allOf`` into one list of schemas that all apply.

        With ``alternatives``, also every branch of each ``anyOf``/``oneOf`` (the schemas that may
        apply, for mutations that target one of them).
        """
        out: list[Any] = []
        todo = list(schemas)
        keys = ("allOf", "anyOf", "oneOf") if alternatives else ("allOf",)
        while todo:
            schema = todo.pop(0)
            if any(schema is seen for seen in out):
                continue
            out.append(schema)
            if isinstance(schema, Mapping):
                if "$ref" in schema:
                    todo.append(self.schemas[component(schema["$ref"])])
                for key in keys:
                    todo.extend(schema.get(key, ()))
        return out

    def _choose_branches(self, draw: Draw, schemas: list[Any]) -> list[Any]:
        """Add one ``anyOf``/``oneOf`` branch and an ``if`` outcome per schema, recursively."""
        conj = self._flatten(schemas)
        done: set[int] = set()
        while pending := [s for s in conj if isinstance(s, Mapping) and id(s) not in done]:
            for schema in pending:
                done.add(id(schema))
                extra: list[Any] = []
                for key in ("anyOf", "oneOf"):
                    if key in schema:
                        extra += self._alternatives(draw, schema[key])
                if "if" in schema and draw(BOOLEANS):
                    extra += [schema["if"], schema.get("then", True)]
                elif "if" in schema:
                    extra.append(schema.get("else", True))
                for key, sub in (schema.get("dependentSchemas") or {}).items():
                    if draw(BOOLEANS):  # the trigger, present, brings its schema
                        extra += [sub, {"required": [key]}]
                conj += [s for s in self._flatten(extra) if id(s) not in {id(c) for c in conj}]
        return conj

    def _alternatives(self, draw: Draw, options: list[Any]) -> list[Any]:
        """One alternative of a union, or (one time in ``BLEND_ODDS``) several of them."""
        if len(options) > 1 and draw(integers(0, BLEND_ODDS - 1)) == 0:
            order = draw(st.permutations(range(len(options))))
            return [options[i] for i in order[: draw(integers(2, len(options)))]]
        return [pick(draw, options)]

    # -- candidates --------------------------------------------------------------------
    def _build(self, schemas: list[Any], depth: int) -> st.SearchStrategy[Any]:
        @st.composite
        def build(draw: Draw) -> Any:
            return self._value(draw, schemas, depth)

        return build()

    def _value(self, draw: Draw, schemas: list[Any], depth: int) -> Any:
        branches = self._choose_branches(draw, schemas)
        if False in branches:
            return draw(JSON)  # nothing is valid
        conj = [s for s in branches if isinstance(s, Mapping)]
        for s in conj:
            if "const" in s:
                return s["const"]
        for s in conj:
            if s.get("enum"):
                return pick(draw, s["enum"])
        allowed = set(TYPES)
        for s in conj:
            if "type" in s:
                types = {s["type"]} if isinstance(s["type"], str) else set(s["type"])
                if "number" in types:
                    types.add("integer")
                allowed &= types
        if allowed == set(TYPES):
            inferred = _inferred_types(conj)
            allowed = inferred or allowed
        if not allowed:  # say a blend of `type: integer` and `type: string`: keep one's types
            typed = [s["type"] for s in conj if "type" in s]
            chosen = pick(draw, typed)
            allowed = {chosen} if isinstance(chosen, str) else set(chosen)
        if not allowed:
            return draw(JSON)
        kind = pick(draw, sorted(allowed))
        if kind in ("integer", "number"):
            return self._number(draw, conj, kind)
        if kind == "string":
            return self._string(draw, conj)
        if kind == "array":
            return self._array(draw, conj, depth)
        if kind == "object":
            return self._object(draw, conj, depth)
        return draw(BY_TYPE[kind])

    def _number(self, draw: Draw, conj: list[Mapping[str, Any]], kind: str) -> Any:
        low, high = -1000.0, 1000.0
        for s in conj:
            low = max([low, *(float(s[k]) for k in ("minimum", "exclusiveMinimum") if k in s)])
            high = min([high, *(float(s[k]) for k in ("maximum", "exclusiveMaximum") if k in s)])
        steps = [s["multipleOf"] for s in conj if "multipleOf" in s]
        if steps:
            step = steps[0]
            first, last = math.ceil(low / step), math.floor(high / step)
            if first > last:
                return draw(INTEGERS)
            k = edge_or_between(draw, [first, last], integers(first, last))
            return k * step if isinstance(step, float) else int(k * step)
        ints = draw(BOOLEANS) or kind == "integer"
        if ints:
            first, last = math.ceil(low), math.floor(high)
            if first > last:
                return draw(INTEGERS)
            edges = [first, first + 1, last - 1, last]
            return edge_or_between(draw, edges, integers(first, last))
        return edge_or_between(draw, [low, high], st.floats(low, high))

    def _string(self, draw: Draw, conj: list[Mapping[str, Any]]) -> str:
        shortest = max([0, *(s["minLength"] for s in conj if "minLength" in s)])
        longest = min([shortest + 12, *(s["maxLength"] for s in conj if "maxLength" in s)])
        patterns = [s["pattern"] for s in conj if "pattern" in s]
        if patterns:
            text: str = draw(st.from_regex(patterns[0]))
            if len(text) < shortest and re.search(patterns[0], text + "x" * shortest):
                text += "x" * (shortest - len(text))
            elif len(text) > longest and re.search(patterns[0], text[:longest]):
                text = text[:longest]
            return text
        if draw(BOOLEANS):  # at a bound (maxLength itself, however far)
            bounds = [s["maxLength"] for s in conj if "maxLength" in s]
            return "x" * pick(draw, [shortest, min([*bounds, longest]) if bounds else longest])
        text = draw(st.text(min_size=shortest, max_size=max(longest, shortest)))
        return text

    def _array(self, draw: Draw, conj: list[Mapping[str, Any]], depth: int) -> list[Any]:
        shortest = max([0, *(s["minItems"] for s in conj if "minItems" in s)])
        longest = min([shortest + 3, *(s["maxItems"] for s in conj if "maxItems" in s)])
        for s in conj:  # items: false after prefixItems allows no more than the prefix
            if s.get("items") is False:
                longest = min(longest, len(s.get("prefixItems") or []))
        if depth >= MAX_DEPTH:
            longest = shortest
        contains = [s for s in conj if "contains" in s]
        needed = max([0, *(s.get("minContains", 1) for s in contains)])
        size = draw(integers(shortest, max(shortest, longest)))
        size = max(size, min(needed, max(longest, shortest)))
        result = []
        for i in range(size):
            schemas = item_schemas(conj, i)
            if i < needed:
                schemas += [s["contains"] for s in contains]
            result.append(self._value(draw, schemas, depth + 1))
        if any(s.get("uniqueItems") is True for s in conj) and draw(integers(0, 3)):
            result = [x for i, x in enumerate(result) if not any(equal(x, y) for y in result[:i])]
        return result

    def _object(self, draw: Draw, conj: list[Mapping[str, Any]], depth: int) -> dict[str, Any]:
        properties: dict[str, list[Any]] = {}
        for s in conj:
            for key, sub in (s.get("properties") or {}).items():
                properties.setdefault(key, []).append(sub)
        required = {k for s in conj for k in s.get("required", ())}
        forbidden = {k for k, subs in properties.items() if False in subs}
        chosen = [
            k
            for k in properties
            if k in required or (k not in forbidden and depth < MAX_DEPTH and draw(BOOLEANS))
        ]
        chosen += sorted(required - set(properties))
        for s in conj:  # dependentRequired: a chosen key brings its dependencies
            for key, needed in (s.get("dependentRequired") or {}).items():
                if key in chosen:
                    chosen += [n for n in needed if n not in chosen]
        closed = any(
            s.get(k) is False
            for s in conj
            for k in ("additionalProperties", "unevaluatedProperties")
        )
        patterns = [p for s in conj for p in s.get("patternProperties") or {}]
        names_from = [s["propertyNames"] for s in conj if "propertyNames" in s]
        is_map = any(isinstance(s.get("additionalProperties"), Mapping) for s in conj) or patterns
        fewest = max([0, *(s["minProperties"] for s in conj if "minProperties" in s)])
        most = 4 if is_map else 2
        extras = 0 if closed or depth >= MAX_DEPTH else draw(integers(0, most))
        if closed and patterns and depth < MAX_DEPTH:
            extras = draw(integers(0, most))
        extras = max(extras, fewest - len(chosen)) if not closed or patterns else 0
        names: list[str] = []
        for _ in range(extras):
            name = self._key(draw, patterns, names_from)
            if name not in properties and name not in chosen and name not in names:
                names.append(name)
        result: dict[str, Any] = {}
        for key in [*chosen, *names]:
            result[key] = self._value(draw, value_schemas(conj, key), depth + 1)
        return result

    def _key(self, draw: Draw, patterns: list[str], names_from: list[Any]) -> str:
        """An extra key: matching a patternProperties regex, valid by propertyNames, or any."""
        if patterns and draw(BOOLEANS):
            return str(draw(st.from_regex(pick(draw, patterns))))
        if names_from and draw(BOOLEANS):
            name = self._value(draw, names_from, MAX_DEPTH)
            if isinstance(name, str):
                return name
        return str(draw(MAP_KEYS))

    # -- mutations ---------------------------------------------------------------------
    def _mutate(self, draw: Draw, value: Any, schemas: list[Any]) -> Any:
        """``value`` with one mutation, here or (often) somewhere inside it."""
        conj = [s for s in self._flatten(schemas, alternatives=True) if isinstance(s, Mapping)]
        children: list[Any] = []
        if isinstance(value, (dict, list)):
            children = list(value) if isinstance(value, dict) else list(range(len(value)))
        if children and draw(integers(0, 2)) > 0:
            key = pick(draw, children)
            if isinstance(value, dict):
                subs = value_schemas(conj, key)
                return {**value, key: self._mutate(draw, value[key], subs)}
            subs = item_schemas(conj, key)
            return [*value[:key], self._mutate(draw, value[key], subs), *value[key + 1 :]]
        other_types = [t for t in TYPES if t != json_type(value)]
        options = [lambda: draw(BY_TYPE[pick(draw, other_types)]), lambda: draw(JSON)]
        # A value of what `not` forbids, or of an `if` whose `then` may not hold.
        options += [
            lambda s=s: self._value(draw, [s["not"]], MAX_DEPTH) for s in conj if "not" in s
        ]
        if isinstance(value, (str, list, dict)):
            options += _size_mutations(value, conj)
        if isinstance(value, dict):
            options += self._object_mutations(draw, value, conj)
        elif isinstance(value, list):
            options += [lambda: [*value, draw(JSON)], lambda: [], lambda: [*value, *value, 0]]
        elif isinstance(value, str):
            options += [
                lambda: value + "x" * draw(integers(1, 40)),
                lambda: value[:-1],
                lambda: "!" + value.upper(),
                lambda: "",
            ]
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            options += self._number_mutations(draw, value, conj)
        return options[draw(integers(0, len(options) - 1))]()

    def _object_mutations(
        self, draw: Draw, value: dict[str, Any], conj: list[Mapping[str, Any]]
    ) -> list[Callable[[], Any]]:
        def drop() -> Any:
            key = pick(draw, sorted(value))
            return {k: v for k, v in value.items() if k != key}

        def trigger(key: str, needed: str) -> Any:
            return {**{k: v for k, v in value.items() if k != needed}, key: "x"}

        known = {k for s in conj for k in (s.get("properties") or {})}

        def bad_entry(extra: Any) -> Any:
            """A map entry under a random key, with a value mutated from a valid one."""
            key = draw(MAP_KEYS)
            while key in known:
                key += "_"
            entry = self._value(draw, [extra], MAX_DEPTH)
            return {**value, key: self._mutate(draw, entry, [extra])}

        options: list[Callable[[], Any]] = [lambda: {**value, "unexpected_key": draw(SCALARS)}]
        if value:
            options.append(drop)
        options += [
            lambda x=s["additionalProperties"]: bad_entry(x)
            for s in conj
            if isinstance(s.get("additionalProperties"), Mapping)
        ]

        def bad_pattern_entry(pattern: str, sub: Any) -> Any:
            """A key matching a patternProperties regex, with a value mutated from a valid one."""
            key = draw(st.from_regex(pattern))
            entry = self._value(draw, value_schemas(conj, key), MAX_DEPTH)
            return {**value, key: self._mutate(draw, entry, value_schemas(conj, key))}

        options += [
            lambda p=p, x=x: bad_pattern_entry(p, x)
            for s in conj
            for p, x in (s.get("patternProperties") or {}).items()
        ]
        for s in conj:
            for key, needed in (s.get("dependentRequired") or {}).items():
                options += [lambda k=key, n=n: trigger(k, n) for n in needed]
        return options

    def _number_mutations(
        self, draw: Draw, value: float, conj: list[Mapping[str, Any]]
    ) -> list[Callable[[], Any]]:
        options: list[Callable[[], Any]] = [lambda: value + 0.5, lambda: -value - 1]
        for s in conj:
            for key in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
                if key in s:
                    limit = s[key]
                    options += [lambda x=limit: x - 1, lambda x=limit: x + 1, lambda x=limit: x]
            if "multipleOf" in s:
                options.append(lambda m=s["multipleOf"]: value + m / 2)
        return options


SIZES = {
    str: ("minLength", "maxLength"),
    list: ("minItems", "maxItems"),
    dict: ("minProperties", "maxProperties"),
}
LARGEST = 10_000  # no longer values, however large a bound


def _size_mutations(value: Any, conj: list[Mapping[str, Any]]) -> list[Callable[[], Any]]:
    """``value`` resized to each length bound and just past it (64 characters for maxLength 63)."""
    low_key, high_key = SIZES[type(value)]
    sizes: set[int] = set()
    for s in conj:
        low, high = s.get(low_key), s.get(high_key)
        if isinstance(low, int) and 0 < low <= LARGEST:
            sizes |= {low - 1, low}
        if isinstance(high, int) and 0 <= high < LARGEST:
            sizes |= {high, high + 1}
    return [lambda n=n: _resized(value, n) for n in sorted(sizes)]


def _resized(value: Any, size: int) -> Any:
    """``value`` cut or padded to ``size`` characters, items (repeating its last) or properties."""
    if isinstance(value, str):
        return (value + "x" * size)[:size]
    if isinstance(value, list):
        return (value + [value[-1] if value else None] * size)[:size]
    padding = {f"x{i}": None for i in range(size) if f"x{i}" not in value}
    return dict(list({**value, **padding}.items())[:size])


def _inferred_types(conj: list[Mapping[str, Any]]) -> set[str]:
    """Types the keywords of an untyped schema suggest (so candidates exercise them)."""
    keys = {k for s in conj for k in s}
    inferred = set()
    if keys & {"properties", "required", "additionalProperties", "dependentRequired"}:
        inferred.add("object")
    if keys & {"patternProperties", "propertyNames", "dependentSchemas", "unevaluatedProperties"}:
        inferred.add("object")
    if keys & {"minProperties", "maxProperties"}:
        inferred.add("object")
    if keys & {"items", "minItems", "maxItems", "prefixItems", "uniqueItems", "contains"}:
        inferred.add("array")
    if keys & {"minLength", "maxLength", "pattern"}:
        inferred.add("string")
    if keys & {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}:
        inferred.add("number")
    return inferred


def item_schemas(conj: list[Mapping[str, Any]], index: int) -> list[Any]:
    """The schemas that apply to item ``index`` of an array: a ``prefixItems`` entry, else
    ``items`` (which, beside ``prefixItems``, applies to the items after them)."""
    found: list[Any] = []
    for s in conj:
        prefix = s.get("prefixItems") or []
        if index < len(prefix):
            found.append(prefix[index])
        elif "items" in s:
            found.append(s["items"])
    return found


def value_schemas(conj: list[Mapping[str, Any]], key: str) -> list[Any]:
    """The schemas that apply to the value of property ``key``: ``properties``, every matching
    ``patternProperties`` regex, else ``additionalProperties``."""
    found: list[Any] = []
    for s in conj:
        properties = s.get("properties") or {}
        matched = [x for p, x in (s.get("patternProperties") or {}).items() if re.search(p, key)]
        if key in properties:
            found.append(properties[key])
        found += matched
        if key not in properties and not matched and "additionalProperties" in s:
            found.append(s["additionalProperties"])
    return found


def equal(one: Any, two: Any) -> bool:
    """JSON equality: 1 == 1.0, True != 1."""
    if isinstance(one, bool) or isinstance(two, bool):
        return type(one) is type(two) and one == two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(equal(one[k], two[k]) for k in one)
    return bool(one == two)
