"""JSON Schema keywords: the unknown ones, and the other OpenAPI version's words.

Runs on the document as written, before the meta-schema, so a 3.0 document's unknown keyword
(which its meta-schema forbids) and a 3.1 document's ``nullable`` get one clear warning each,
not a meta-schema error that stops everything.
"""

from __future__ import annotations

from typing import Any

from ..load import JsonPath, LoadedSpec
from ..problems import WARNING
from ..schemas import pointer, subschemas
from . import ERROR, rule
from .repair import Edit, Fixes, drop, put

UNKNOWN_KEYWORD = rule(
    "unknown-keyword",
    WARNING,
    "a schema keyword that no JSON Schema or OpenAPI version defines (a typo, or a vendor's)",
    "ignored, as JSON Schema says: left out of the types, the validators and the docs",
)
OPENAPI30_KEYWORD = rule(
    "openapi30-keyword",
    WARNING,
    "an OpenAPI 3.0 word in a 3.1 document: `nullable`, a boolean exclusiveMinimum/Maximum",
    "read as OpenAPI 3.0 means it (`nullable: true` adds null to the type)",
)
OPENAPI31_KEYWORD = rule(
    "openapi31-keyword",
    WARNING,
    "a JSON Schema word OpenAPI 3.0 does not have, in a 3.0 document: `const`",
    "read as OpenAPI 3.1 means it (`const: X` is `enum: [X]`)",
)
UNSUPPORTED_KEYWORD = rule(
    "unsupported-keyword",
    ERROR,
    "a JSON Schema keyword the generator cannot honour in types and validators yet",
)

# Every keyword of JSON Schema drafts 4 to 2020-12 and of OpenAPI's Schema Object: anything
# else is unknown, which JSON Schema says to ignore.
KNOWN = frozenset(
    {"$schema", "$id", "$anchor", "$dynamicAnchor", "$dynamicRef", "$ref", "$defs", "$comment"}
    | {"$vocabulary", "$recursiveRef", "$recursiveAnchor", "definitions", "id"}
    | {"allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas"}
    | {"prefixItems", "items", "additionalItems", "contains", "properties", "patternProperties"}
    | {"additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties"}
    | {"type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum"}
    | {"exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems"}
    | {"uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties"}
    | {"required", "dependentRequired", "dependencies", "title", "description", "default"}
    | {"deprecated", "readOnly", "writeOnly", "examples", "format", "contentEncoding"}
    | {"contentMediaType", "contentSchema"}
    | {"discriminator", "xml", "externalDocs", "example", "nullable"}  # OpenAPI's own
)
DRAFT2019_KEYWORD = rule(
    "draft2019-keyword",
    WARNING,
    "JSON Schema 2019-09's `$recursiveRef`/`$recursiveAnchor` in a 2020-12 (OpenAPI 3.1) schema",
    "read as 2019-09 means them: `$recursiveRef: '#'` is a $ref to the component that holds it",
)
_BOUNDS = ("exclusiveMinimum", "exclusiveMaximum")


def check(spec: LoadedSpec, openapi30: bool) -> Fixes:
    """Warnings, with their edits, for every schema keyword of the wrong dialect or none."""
    fixes = Fixes()
    for path, schema in spec.schemas:
        for key, value in schema.items():
            at = (*path, key)
            if not isinstance(key, str) or key.startswith("x-"):
                continue
            if key not in KNOWN:
                message = f"unknown schema keyword {key!r} is ignored"
                hint = _hint(key)
                fixes.add(spec.problem(at, message + hint, UNKNOWN_KEYWORD, WARNING), drop(at))
            elif openapi30 and key == "const":
                message = f"`const` is not OpenAPI 3.0: read as `enum: [{value!r}]`"
                edits = [drop(at)]
                if "enum" not in schema:
                    edits.append(put((*path, "enum"), [value]))
                fixes.add(spec.problem(at, message, OPENAPI31_KEYWORD, WARNING), *edits)
            elif not openapi30 and _is_30_word(key, value):
                message = f"`{key}: {_show(value)}` is OpenAPI 3.0: read as 3.0 means it"
                fixes.add(spec.problem(at, message, OPENAPI30_KEYWORD, WARNING))
    fixes.extend(_recursive_refs(spec))
    if not openapi30:
        fixes.edits += _content_encodings(spec)
    return fixes


_ENCODED_FORMATS = {"binary": "binary", "base64": "byte"}


def _content_encodings(spec: LoadedSpec) -> list[Edit]:
    """3.1's way to say what 3.0's ``format`` says: ``contentEncoding: binary`` is a file
    (Discord's uploads), ``base64`` is bytes in base64. No finding: both are correct 3.1."""
    edits = []
    for path, schema in spec.schemas:
        encoding = schema.get("contentEncoding")
        if encoding in _ENCODED_FORMATS and "format" not in schema:
            edits.append(put((*path, "format"), _ENCODED_FORMATS[encoding]))
    return edits


def _recursive_refs(spec: LoadedSpec) -> Fixes:
    """A component with ``$recursiveAnchor: true``: each ``$recursiveRef: '#'`` in it points
    back at the component (the common use, e.g. OpenAI's nested filters)."""
    fixes = Fixes()
    components = spec.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    for name, root in schemas.items() if isinstance(schemas, dict) else ():
        top: JsonPath = ("components", "schemas", name)
        if not isinstance(root, dict) or root.get("$recursiveAnchor") is not True:
            continue
        for path, node in subschemas(root, top):
            if "$recursiveAnchor" in node:  # a boolean, which 2020-12's meta-schema refuses
                fixes.edits.append(drop((*path, "$recursiveAnchor")))
            if node.get("$recursiveRef") != "#" or "$ref" in node:
                continue
            at = (*path, "$recursiveRef")
            ref = "#" + pointer(top)
            message = f"`$recursiveRef: '#'` is JSON Schema 2019-09: read as `$ref: {ref!r}`"
            problem = spec.problem(at, message, DRAFT2019_KEYWORD, WARNING)
            fixes.add(problem, drop(at), put((*path, "$ref"), ref))
    return fixes


def _is_30_word(key: str, value: Any) -> bool:
    return (key == "nullable" and isinstance(value, bool)) or (
        key in _BOUNDS and isinstance(value, bool)
    )


def _show(value: Any) -> str:
    return "true" if value is True else "false" if value is False else repr(value)


# Keywords vendors write for ones JSON Schema has: the hint names the real one.
_MEANT = {
    "max_items": "maxItems",
    "min_items": "minItems",
    "max_length": "maxLength",
    "min_length": "minLength",
    "optional": "required (on the parent object)",
    "maximumLength": "maxLength",
    "minimumLength": "minLength",
}


def _hint(key: str) -> str:
    meant = _MEANT.get(key)
    if meant is None:
        import difflib

        close = difflib.get_close_matches(key, sorted(KNOWN), n=1, cutoff=0.8)
        meant = close[0] if close else None
    return f" (did you mean {meant}?)" if meant else ""


def needs_30_reading(fixes: Fixes) -> bool:
    return any(p.rule == OPENAPI30_KEYWORD for p in fixes.problems)
