"""Walking and resolving JSON Schemas inside an OpenAPI document.

Shared by validation, the IR builder and the mock server, so all three agree on what a
``$ref`` points at and where each schema lives.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import unquote

import jsonschema
import referencing
from referencing.jsonschema import DRAFT202012

from .load import JsonPath

SPEC_URI = "urn:openapi-spec"
COMPONENT_PREFIX = "#/components/schemas/"

# Keywords whose values are schemas, or maps/lists of schemas.
_SCHEMA_VALUED = ("items", "not", "if", "then", "else", "additionalProperties", "contains")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def pointer(path: JsonPath) -> str:
    """JSON pointer for ``path`` (RFC 6901 escaping)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def ref_path(ref: str) -> JsonPath | None:
    """``#/components/schemas/A`` → ``("components", "schemas", "A")``; None if not a JSON
    pointer into this document (another file, or an anchor such as ``#name``)."""
    if ref != "#" and not ref.startswith("#/"):
        return None
    # A URI fragment is percent-encoded, as jsonschema reads it.
    parts = unquote(ref[1:]).split("/")[1:] if ref != "#" else []
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in parts)


def lookup(document: Mapping[str, Any], path: JsonPath) -> Any:
    node: Any = document
    for part in path:
        in_mapping = isinstance(node, Mapping) and isinstance(part, str) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and part < len(node)
        if in_mapping or in_list:
            node = node[part]
        else:
            raise KeyError(path)
    return node


def deref(document: Mapping[str, Any], node: Any) -> Any:
    """Follow ``$ref`` chains from ``node``; None when a ref points nowhere (reported elsewhere)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        target = ref_path(ref)
        if target is None or ref in seen:
            return None
        seen.add(ref)
        try:
            node = lookup(document, target)
        except KeyError:
            return None
    return node


def component_name(ref: str) -> str | None:
    return ref[len(COMPONENT_PREFIX) :] if ref.startswith(COMPONENT_PREFIX) else None


def subschemas(schema: Any, path: JsonPath) -> Iterator[tuple[JsonPath, Any]]:
    """Yield ``(path, schema)`` for ``schema`` and every schema nested inside it (depth first,
    in keyword order). A loop, not recursion: this walk runs over every schema of a spec."""
    todo: list[tuple[JsonPath, Any]] = [(path, schema)]
    while todo:
        at, node = todo.pop()
        if not isinstance(node, dict):
            continue
        yield at, node
        children: list[tuple[JsonPath, Any]] = []
        for key in _SCHEMA_VALUED:
            sub = node.get(key)
            if isinstance(sub, dict):
                children.append(((*at, key), sub))
        for key in _SCHEMA_MAPS:
            subs = node.get(key)
            if isinstance(subs, dict):
                children += [((*at, key, name), sub) for name, sub in subs.items()]
        for key in _SCHEMA_LISTS:
            subs = node.get(key)
            if isinstance(subs, list):
                children += [((*at, key, i), sub) for i, sub in enumerate(subs)]
        todo += reversed(children)


def every_schema(document: Mapping[str, Any]) -> list[tuple[JsonPath, Any]]:
    """``subschemas`` of every top-level schema of the document (:func:`document_schemas`)."""
    return [pair for top, root in document_schemas(document) for pair in subschemas(root, top)]


def document_schemas(document: Mapping[str, Any]) -> Iterator[tuple[JsonPath, Any]]:
    """Every top-level schema of the document: components, parameters, bodies, responses."""
    components = document.get("components")
    components = components if isinstance(components, Mapping) else {}
    for name, schema in _items(components.get("schemas")):
        yield ("components", "schemas", name), schema
    for name, param in _items(components.get("parameters")):
        if isinstance(param, Mapping) and "schema" in param:
            yield ("components", "parameters", name, "schema"), param["schema"]
    for name, response in _items(components.get("responses")):
        yield from _content_schemas(response, ("components", "responses", name))
    for route, item in _items(document.get("paths")):
        if not isinstance(item, Mapping):
            continue
        for i, param in enumerate(_list(item.get("parameters"))):
            if isinstance(param, Mapping) and "schema" in param:
                yield ("paths", route, "parameters", i, "schema"), param["schema"]
        for method, op in item.items():
            if method == "parameters" or not isinstance(op, Mapping):
                continue
            base: JsonPath = ("paths", route, method)
            for i, param in enumerate(_list(op.get("parameters"))):
                if isinstance(param, Mapping) and "schema" in param:
                    yield (*base, "parameters", i, "schema"), param["schema"]
            yield from _content_schemas(op.get("requestBody"), (*base, "requestBody"))
            for status, response in _items(op.get("responses")):
                yield from _content_schemas(response, (*base, "responses", status))


def _content_schemas(holder: Any, path: JsonPath) -> Iterator[tuple[JsonPath, Any]]:
    if not isinstance(holder, Mapping):
        return
    for media, content in _items(holder.get("content")):
        if isinstance(content, Mapping) and "schema" in content:
            yield (*path, "content", media, "schema"), content["schema"]


def _items(value: Any) -> list[tuple[str, Any]]:
    return list(value.items()) if isinstance(value, Mapping) else []


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def validator_for(
    document: Mapping[str, Any], path: JsonPath, formats: bool = False
) -> jsonschema.Validator:
    """A Draft 2020-12 validator for the schema at ``path``, resolving refs in the document;
    ``formats``: ``format`` asserted too (as openapi-spec-validator checks defaults)."""
    resource = DRAFT202012.create_resource(document)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource)
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER if formats else None
    return jsonschema.Draft202012Validator(
        {"$ref": SPEC_URI + "#" + pointer(path)}, registry=registry, format_checker=checker
    )
