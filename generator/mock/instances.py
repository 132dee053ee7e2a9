"""Deterministic JSON instances of a schema, and the schema lookups the mock needs.

A response without an example is answered with an instance built from its schema: every
property present (required or not, except ``writeOnly`` ones), formats respected, enums and
consts their first value, numbers at their lower bound. The same schema always gives the same
instance, so tests can rely on it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema

from ..load import JsonPath
from ..schemas import lookup, ref_path, validator_for
from .regex_sample import sample

# Deeper than this, optional properties are left out and arrays stay empty (recursive schemas).
MAX_DEPTH = 8


class _Cycle:
    """What a ``$ref`` back into a schema being built gives: no finite value there. A union
    then takes another variant, an array stays empty and an optional property is left out;
    only where nothing else is allowed does it become ``null``."""


_CYCLE = _Cycle()


def _finite(value: Any) -> Any:
    return None if value is _CYCLE else value


FORMAT_VALUES: Mapping[str, str] = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00Z",
    "duration": "PT1M",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "/",
    "iri-reference": "/",
    "uri-template": "https://example.com/{id}",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "json-pointer": "/",
    "regex": ".*",
    "byte": "",
    "password": "********",
}


def resolve(document: Mapping[str, Any], schema: Any) -> Any:
    """Follow local ``$ref`` chains; an unresolvable or cyclic chain gives ``{}``."""
    seen: set[str] = set()
    while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        target = ref_path(ref)
        if ref in seen or target is None:
            return {}
        seen.add(ref)
        try:
            schema = lookup(document, target)
        except KeyError:
            return {}
    return schema


def object_properties(document: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """The declared properties of an object schema, through ``$ref`` and ``allOf``."""
    found: dict[str, Any] = {}
    _collect_properties(document, schema, found, 0)
    return found


def _collect_properties(
    document: Mapping[str, Any], schema: Any, found: dict[str, Any], depth: int
) -> None:
    if depth > MAX_DEPTH or not isinstance(schema, Mapping):
        return
    if isinstance(schema.get("$ref"), str):
        _collect_properties(document, resolve(document, schema), found, depth + 1)
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        for name, sub in properties.items():
            found.setdefault(name, sub)
    for sub in schema.get("allOf") or []:
        _collect_properties(document, sub, found, depth + 1)


def is_secret(document: Mapping[str, Any], schema: Any) -> bool:
    """``writeOnly`` or ``format: password``, on the schema or on what it references."""
    for candidate in (schema, resolve(document, schema)):
        if isinstance(candidate, Mapping) and (
            candidate.get("writeOnly") is True or candidate.get("format") == "password"
        ):
            return True
    return False


def types_of(document: Mapping[str, Any], schema: Any) -> list[str]:
    """The JSON types a schema names, ``null`` last; inferred from keywords when absent."""
    schema = resolve(document, schema)
    if not isinstance(schema, Mapping):
        return []
    declared = schema.get("type")
    if isinstance(declared, str):
        types = [declared]
    elif isinstance(declared, list):
        types = [str(t) for t in declared]
    elif "properties" in schema or "required" in schema:
        types = ["object"]
    elif "items" in schema or "prefixItems" in schema:
        types = ["array"]
    else:
        types = []
    return sorted(types, key=lambda t: t == "null")


def build_instance(document: Mapping[str, Any], schema: Any) -> Any:
    """A deterministic instance of ``schema`` (see the module docstring)."""
    return _finite(_Generator(document).value(schema, 0, frozenset()))


def built_and_errors(
    document: Mapping[str, Any], schema_at: JsonPath, validator: jsonschema.Validator | None = None
) -> tuple[Any, int]:
    """:func:`build_instance`, then :func:`repair` (conditionals can ask for more), and the
    number of schema errors left (0: valid). ``validator``: the schema's, if the caller has it."""
    instance = build_instance(document, lookup(document, schema_at))
    return repair(instance, validator or validator_for(document, schema_at))


# Each try validates the whole instance again: on a large one of nested unions (Discord's
# messages) an unbounded search took minutes. Counted, not timed, so answers stay the same.
REPAIR_BUDGET = 100


def repair(instance: Any, validator: jsonschema.Validator) -> tuple[Any, int]:
    """Drop properties, deepest first, while that lowers the number of schema errors; the
    instance, and the number of errors left.

    A built instance can break a conditional rule (an enum's first value may trigger an
    ``if`` whose ``then`` requires a property left out); dropping the trigger usually fixes it.
    """
    errors = list(validator.iter_errors(instance))
    budget = REPAIR_BUDGET
    progress = True
    while errors and progress and budget > 0:
        progress = False
        near = _near(instance, errors)
        for parent, key in reversed(list(_members(instance))):
            if (id(parent), key) not in near:
                continue  # off every error's path: dropping it cannot help
            if budget <= 0:
                break
            budget -= 1
            value = parent.pop(key)
            remaining = list(validator.iter_errors(instance))
            if len(remaining) < len(errors):
                errors, progress = remaining, True
                break
            parent[key] = value
    return instance, len(errors)


def _near(instance: Any, errors: list[jsonschema.ValidationError]) -> set[tuple[int, str]]:
    """The members of every object on an error's path (the trigger of a failed ``then`` is a
    sibling of what it asks for, somewhere up that path)."""
    found: set[tuple[int, str]] = set()
    for error in errors:
        node = instance
        for step in [*error.absolute_path, None]:
            if isinstance(node, dict):
                found.update((id(node), key) for key in node)
            if step is None:
                break
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                break
    return found


def _members(node: Any) -> Iterator[tuple[dict[str, Any], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key
            yield from _members(value)
    elif isinstance(node, list):
        for item in node:
            yield from _members(item)


class _Generator:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def value(self, schema: Any, depth: int, refs: frozenset[str]) -> Any:
        if not isinstance(schema, Mapping):
            return None
        for key in ("const", "example"):
            if key in schema:
                return schema[key]
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            return examples[0]
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            return enum[0]
        if "default" in schema:
            return schema["default"]
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in refs:
                return _CYCLE
            return self.value(resolve(self.document, schema), depth, refs | {ref})
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                # The first variant with a finite value (a recursive one may loop back).
                values = (self.value(option, depth, refs) for option in options)
                chosen = next((v for v in values if v is not _CYCLE), _CYCLE)
                return self._merge(self._typed(schema, depth, refs), chosen)
        result = self._typed(schema, depth, refs)
        for sub in schema.get("allOf") or []:
            result = self._merge(result, self.value(sub, depth, refs))
        return result

    @staticmethod
    def _merge(base: Any, extra: Any) -> Any:
        if isinstance(base, dict) and isinstance(extra, dict):
            return {**extra, **base}
        if extra is not None and extra is not _CYCLE and not isinstance(base, (dict, list)):
            # A variant's or part's own value is the more specific: Discord's enums are
            # `type: integer` with `oneOf: [{const: 1}, {const: 2}]`.
            return extra
        return base if base is not None else extra

    def _typed(self, schema: Mapping[str, Any], depth: int, refs: frozenset[str]) -> Any:
        types = types_of(self.document, schema)
        kind = types[0] if types else ""
        if kind == "object":
            return self._object(schema, depth, refs)
        if kind == "array":
            return self._array(schema, depth, refs)
        if kind == "string":
            return _string(schema)
        if kind in ("integer", "number"):
            return _number(schema, kind == "integer")
        if kind == "boolean":
            return True
        return None

    def _object(self, schema: Mapping[str, Any], depth: int, refs: frozenset[str]) -> Any:
        required = [str(r) for r in schema.get("required") or []]
        properties = schema.get("properties")
        properties = properties if isinstance(properties, Mapping) else {}
        result: dict[str, Any] = {}
        for name, sub in properties.items():
            needed = name in required
            if not needed and (depth >= MAX_DEPTH or is_secret(self.document, sub)):
                continue
            value = self.value(sub, depth + 1, refs)
            if value is not _CYCLE or needed:
                result[name] = _finite(value)
        for name in required:
            result.setdefault(name, "string")
        return result

    def _array(self, schema: Mapping[str, Any], depth: int, refs: frozenset[str]) -> Any:
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list) and prefix:
            return [_finite(self.value(sub, depth + 1, refs)) for sub in prefix]
        low = int(schema.get("minItems", 0))
        high = schema.get("maxItems")
        count = low if depth >= MAX_DEPTH or schema.get("uniqueItems") else max(low, 1)
        if isinstance(high, int):
            count = min(count, high)
        items = [self.value(schema.get("items"), depth + 1, refs) for _ in range(count)]
        if _CYCLE in items and low == 0:
            return []
        return [_finite(item) for item in items]


def _string(schema: Mapping[str, Any]) -> str:
    text = FORMAT_VALUES.get(str(schema.get("format", "")), "string")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(text) < low:
        text = text + "x" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not _matches(pattern, text):
        sampled = sample(pattern)
        if sampled is not None and _fits(sampled, low, high):
            return sampled
        fixed = ("a", "A", "0", "a1", "abc", "ABC", "123", "a-b", "")
        repeated = (c * n for n in range(2, 17) for c in "0aA")  # e.g. ^[0-9]{4}$
        for candidate in (*fixed, *repeated):
            if _matches(pattern, candidate):
                return candidate
    return text


def _fits(text: str, low: Any, high: Any) -> bool:
    return not (isinstance(low, int) and len(text) < low) and not (
        isinstance(high, int) and len(text) > high
    )


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return True


def _number(schema: Mapping[str, Any], integer: bool) -> int | float:
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    exclusive_min, exclusive_max = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    value: float = 0
    if isinstance(minimum, (int, float)):
        value = minimum
    elif isinstance(exclusive_min, (int, float)):
        value = exclusive_min + 1
    elif isinstance(maximum, (int, float)) and maximum < 0:
        value = maximum
    elif isinstance(exclusive_max, (int, float)) and exclusive_max <= 0:
        value = exclusive_max - 1
    step = schema.get("multipleOf")
    if isinstance(step, (int, float)) and step > 0 and value % step:
        value = (value // step + 1) * step
    return math.ceil(value) if integer else value
