"""OpenAPI 3.0 → 3.1: rewrite a 3.0 document in the 3.1 dialect, keeping every location.

Everything after validation (our semantic checks, the IR builder, the mock server) reads one
dialect. The two versions differ where it matters to us only in Schema Objects:

* ``nullable: true`` → ``"null"`` joins ``type`` (and ``None`` joins ``enum``). A schema that has
  no ``type``, or whose ``$ref``/``allOf``/``anyOf``/``oneOf`` would still reject null, becomes
  ``anyOf: [<the schema>, {type: "null"}]`` with its annotations kept outside. ``nullable``
  itself goes, also when false.
* boolean ``exclusiveMinimum``/``exclusiveMaximum`` → the 3.1 numeric form, which replaces the
  ``minimum``/``maximum`` they qualified.
* ``example`` stays: 3.1 still allows it.

The rewritten document keeps pointing at the file as written: a rewritten key maps to the line
of the key it came from, so a problem found later is reported where the user can fix it.
Normalizing never fails, even on a document the 3.0 meta-schema rejects: what it does not
recognize it copies as it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .load import JsonPath, LoadedSpec
from .problems import Problem

TARGET_VERSION = "3.1.0"

# The operations of a Path Item, as OpenAPI 3.0 names them.
_OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Where Schema Objects live in a 3.0 document: an object's kind → {field: kind of its value}.
# Parameters and headers share a kind: both hold a schema or content.
_FIELDS: dict[str, dict[str, str]] = {
    "document": {"paths": "paths", "components": "components"},
    "components": {
        "schemas": "schemas",
        "responses": "responses",
        "parameters": "parameters",
        "requestBodies": "request bodies",
        "headers": "parameters",
        "callbacks": "callbacks",
    },
    "path item": {"parameters": "parameter list", **dict.fromkeys(_OPERATIONS, "operation")},
    "operation": {
        "parameters": "parameter list",
        "requestBody": "request body",
        "responses": "responses",
        "callbacks": "callbacks",
    },
    "parameter": {"schema": "schema", "content": "content"},
    "request body": {"content": "content"},
    "response": {"headers": "parameters", "content": "content"},
    "media type": {"schema": "schema", "encoding": "encodings"},
    "encoding": {"headers": "parameters"},
}
# Maps whose values all have one kind (a callback is a map of path items).
_MAPS = {
    "paths": "path item",
    "schemas": "schema",
    "responses": "response",
    "parameters": "parameter",
    "request bodies": "request body",
    "callbacks": "callback",
    "callback": "path item",
    "content": "media type",
    "encodings": "encoding",
}
_LISTS = {"parameter list": "parameter"}

# Schema keywords whose values are schemas, maps of schemas, lists of schemas (3.0 has no more).
_SCHEMA_VALUED = ("items", "not", "additionalProperties")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
# 3.0's boolean flag → the bound it makes exclusive.
_FLAGS = {"exclusiveMinimum": "minimum", "exclusiveMaximum": "maximum"}
# Keywords that would still reject null beside `type: [T, "null"]`.
_REJECTS_NULL = ("$ref", "allOf", "anyOf", "oneOf")
# Keywords that describe a nullable schema as a whole: they stay outside its anyOf.
_ANNOTATIONS = frozenset(
    {"title", "description", "default", "example", "externalDocs", "deprecated"}
    | {"readOnly", "writeOnly", "xml"}
)


def family(data: Mapping[str, Any]) -> str | None:
    """``"3.0"`` or ``"3.1"`` from the ``openapi`` field (``"3.0.3"`` → ``"3.0"``); else None.

    Only the family is decided here; the meta-schema checks the exact version format.
    """
    version = data.get("openapi")
    if not isinstance(version, str):
        return None
    prefix = ".".join(version.split(".")[:2])
    return prefix if prefix in ("3.0", "3.1") else None


def is_openapi30(data: Mapping[str, Any]) -> bool:
    return family(data) == "3.0"


def normalize(spec: LoadedSpec) -> LoadedSpec:
    """``spec`` in 3.1 terms; a spec that is not OpenAPI 3.0 comes back as it is."""
    return normalized(spec)[0]


def normalized(spec: LoadedSpec) -> tuple[LoadedSpec, list[Problem]]:
    """``spec`` in 3.1 terms, and what in it had no 3.1 meaning (a lone exclusive flag)."""
    if not is_openapi30(spec.data):
        return spec, []
    rewriter = _Rewriter(spec.locations, spec.origins)
    data = rewriter.node(spec.data, (), (), "document")
    data["openapi"] = TARGET_VERSION
    result = dataclasses.replace(
        spec,
        data=data,
        locations=rewriter.locations,
        origins=rewriter.origins,
        source_version=spec.data["openapi"],
    )
    return result, [spec.problem(path, message) for path, message in rewriter.problems]


class _Rewriter:
    """Copies a 3.0 document, rewriting its Schema Objects, and records where each node was.

    Every method takes the node's path in the source (``old``) and in the result (``new``):
    they differ below a schema that got wrapped in an ``anyOf``.
    """

    def __init__(
        self,
        source: Mapping[JsonPath, tuple[int, int]],
        source_origins: Mapping[JsonPath, str] | None = None,
    ) -> None:
        self.source = source
        self.locations: dict[JsonPath, tuple[int, int]] = {}
        # The files of subtrees read from elsewhere (LoadedSpec.origins), moved alike.
        self.source_origins = source_origins or {}
        self.origins: dict[JsonPath, str] = {}
        self.problems: list[tuple[JsonPath, str]] = []

    def _at(self, new: JsonPath, old: JsonPath) -> None:
        if old in self.source:
            self.locations[new] = self.source[old]
        if old in self.source_origins:
            self.origins[new] = self.source_origins[old]

    def copy(self, value: Any, old: JsonPath, new: JsonPath) -> Any:
        self._at(new, old)
        if isinstance(value, Mapping):
            return {k: self.copy(v, (*old, k), (*new, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.copy(v, (*old, i), (*new, i)) for i, v in enumerate(value)]
        return value

    def node(self, value: Any, old: JsonPath, new: JsonPath, kind: str) -> Any:
        """``value`` read as an object of ``kind``; anything unexpected is copied unchanged."""
        if kind == "schema":
            return self.schema(value, old, new)
        if isinstance(value, Mapping) and kind in _MAPS:
            self._at(new, old)
            child = _MAPS[kind]
            return {k: self.node(v, (*old, k), (*new, k), child) for k, v in value.items()}
        if isinstance(value, list) and kind in _LISTS:
            self._at(new, old)
            child = _LISTS[kind]
            return [self.node(v, (*old, i), (*new, i), child) for i, v in enumerate(value)]
        if isinstance(value, Mapping) and kind in _FIELDS and "$ref" not in value:
            self._at(new, old)
            fields = _FIELDS[kind]
            return {
                k: self.node(v, (*old, k), (*new, k), fields.get(k, "data"))
                for k, v in value.items()
            }
        return self.copy(value, old, new)  # data, a Reference Object, or a malformed node

    # -- Schema Objects -------------------------------------------------------------------------
    def schema(self, value: Any, old: JsonPath, new: JsonPath) -> Any:
        if not isinstance(value, Mapping):
            return self.copy(value, old, new)
        if value.get("nullable") is True and _needs_wrap(value):
            return self._wrapped(value, old, new)
        self._at(new, old)
        result = self._keywords(value, old, new)
        if value.get("nullable") is True:
            self._add_null(result, old, new)
        return result

    def _keywords(self, value: Mapping[str, Any], old: JsonPath, new: JsonPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, sub in value.items():
            if key == "nullable" or _made_exclusive(value, key):
                continue
            if key in _FLAGS and isinstance(sub, bool):
                self._flag(value, key, old, new, result)
                continue
            result[key] = self._keyword(key, sub, (*old, key), (*new, key))
        return result

    def _keyword(self, key: str, value: Any, old: JsonPath, new: JsonPath) -> Any:
        if key in _SCHEMA_VALUED:
            return self.schema(value, old, new)  # additionalProperties may be a boolean: copied
        if key == "properties" and isinstance(value, Mapping):
            self._at(new, old)
            return {k: self.schema(v, (*old, k), (*new, k)) for k, v in value.items()}
        if key in _SCHEMA_LISTS and isinstance(value, list):
            self._at(new, old)
            return [self.schema(v, (*old, i), (*new, i)) for i, v in enumerate(value)]
        return self.copy(value, old, new)

    def _flag(
        self,
        value: Mapping[str, Any],
        key: str,
        old: JsonPath,
        new: JsonPath,
        result: dict[str, Any],
    ) -> None:
        """``exclusiveMinimum: true`` + ``minimum: m`` → ``exclusiveMinimum: m``; false → gone."""
        if value[key] is not True:
            return
        bound = _FLAGS[key]
        if bound not in value:
            self.problems.append(
                ((*old, key), f"{key}: true needs a {bound} beside it: it makes that one exclusive")
            )
            return
        # The 3.1 bound is located at the flag that made it exclusive.
        result[key] = self.copy(value[bound], (*old, key), (*new, key))

    def _add_null(self, result: dict[str, Any], old: JsonPath, new: JsonPath) -> None:
        """``type: T`` → ``type: [T, "null"]``; an enum must then list null too."""
        nullable = (*old, "nullable")
        kind = result.get("type")
        if isinstance(kind, str):
            result["type"] = [kind, "null"]
            self._at((*new, "type", 0), (*old, "type"))
            self._at((*new, "type", 1), nullable)
        elif isinstance(kind, list) and "null" not in kind:
            self._at((*new, "type", len(kind)), nullable)
            result["type"] = [*kind, "null"]
        enum = result.get("enum")
        if isinstance(enum, list) and not any(item is None for item in enum):
            self._at((*new, "enum", len(enum)), nullable)
            result["enum"] = [*enum, None]

    def _wrapped(self, value: Mapping[str, Any], old: JsonPath, new: JsonPath) -> Any:
        """``{anyOf: [<value without nullable>, {type: null}]}``, annotations kept outside.

        The annotations stay on the outer schema because that is where the builder and the
        docs read a property's description, default and readOnly/writeOnly.
        """
        inner = {k: v for k, v in value.items() if k not in _ANNOTATIONS and k != "nullable"}
        if not inner:  # only annotations: the schema accepts null already
            return self.schema({k: v for k, v in value.items() if k != "nullable"}, old, new)
        self._at(new, old)
        result = {
            k: self.copy(v, (*old, k), (*new, k)) for k, v in value.items() if k in _ANNOTATIONS
        }
        nullable, branches = (*old, "nullable"), (*new, "anyOf")
        self._at(branches, nullable)
        self._at((*branches, 1), nullable)
        self._at((*branches, 1, "type"), nullable)
        result["anyOf"] = [self.schema(inner, old, (*branches, 0)), {"type": "null"}]
        return result


def _needs_wrap(schema: Mapping[str, Any]) -> bool:
    return "type" not in schema or any(key in schema for key in _REJECTS_NULL)


def _made_exclusive(schema: Mapping[str, Any], key: str) -> bool:
    """Whether ``key`` is a ``minimum``/``maximum`` that a true 3.0 flag turns exclusive."""
    return any(bound == key and schema.get(flag) is True for flag, bound in _FLAGS.items())


def read_30_keywords(spec: LoadedSpec) -> tuple[LoadedSpec, list[Problem]]:
    """A 3.1 document's 3.0 words (``nullable``, boolean exclusive bounds) read as 3.0 means
    them: the same rewrite as :func:`normalized`, the version left as it is."""
    rewriter = _Rewriter(spec.locations, spec.origins)
    data = rewriter.node(spec.data, (), (), "document")
    result = dataclasses.replace(
        spec, data=data, locations=rewriter.locations, origins=rewriter.origins
    )
    return result, [spec.problem(path, message) for path, message in rewriter.problems]
