"""JSON Schema 2019-09 ``$recursiveRef: "#"`` → ``$ref`` to the enclosing component.

Vendor specs written against 2019-09 tools (OpenAI's, among others) make a recursive schema with
``$recursiveAnchor: true`` at a component's root and ``$recursiveRef: "#"`` inside it. Nothing in
such a spec extends the component dynamically, so the reference means the component itself: it is
rewritten to ``$ref: "#/components/schemas/<Name>"`` as the document is parsed, before anything
reads it (Draft 2020-12, which the meta-schema checks, the builder, the compiled validators and
the mock's jsonschema speak, would otherwise ignore the keyword). The ``$ref`` keeps the
location of the ``$recursiveRef``, and the component's ``$recursiveAnchor: true`` goes (2020-12's
meta-schema wants a string there). A ``$recursiveRef`` anywhere else, or to anything but ``"#"``,
is left alone, and spec validation refuses it with a located message.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from .load import JsonPath, LoadedSpec
from .schemas import lookup, pointer, subschemas

_PREFIX = ("components", "schemas")


def rewrite_recursive_refs(spec: LoadedSpec) -> LoadedSpec:
    """``spec`` with every component's ``$recursiveRef: "#"`` made a ``$ref``; ``spec`` itself
    when it has none."""
    found = [
        (path, path[:3])
        for name, schema in _components(spec.data)
        for path, node in subschemas(schema, (*_PREFIX, name))
        if node.get("$recursiveRef") == "#"
    ]
    if not found:
        return spec
    data = copy.deepcopy(spec.data)
    locations = dict(spec.locations)
    for component in {component for _, component in found}:
        for _, node in subschemas(lookup(data, component), component):
            if node.get("$recursiveAnchor") is True:
                del node["$recursiveAnchor"]
    for path, component in sorted(found, key=lambda pair: -len(pair[0])):
        node = lookup(data, path)
        target = "#" + pointer(component)
        replaced = {("$ref" if k == "$recursiveRef" else k): v for k, v in node.items()}
        replaced["$ref"] = target
        lookup(data, path[:-1])[path[-1]] = replaced
        where = spec.locations.get((*path, "$recursiveRef"))
        if where is not None:
            key: JsonPath = (*path, "$ref")
            locations[key] = where
    return dataclasses.replace(spec, data=data, locations=locations)


def _components(data: Any) -> list[tuple[str, Any]]:
    components = data.get("components") if isinstance(data, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return list(schemas.items()) if isinstance(schemas, dict) else []
