"""The document against the OpenAPI meta-schema of its version."""

from __future__ import annotations

from collections.abc import Mapping

from ..load import LoadedSpec
from ..problems import WARNING
from . import ERROR, NOTE, rule
from .repair import Fixes, drop, put

UNSUPPORTED_VERSION = rule(
    "unsupported-version", ERROR, "not an OpenAPI 3.0 or 3.1 document (Swagger 2.0, 3.2...)"
)
INVALID_OPENAPI = rule("invalid-openapi", ERROR, "the document breaks the OpenAPI meta-schema")
UNEXPECTED_KEY = rule(
    "unexpected-key",
    WARNING,
    "a key the OpenAPI object it is in does not have (an operation's `title`, a typo)",
    "the key is left out",
)
OPENAPI_SPEC_VALIDATOR = rule(
    "openapi-spec-validator", ERROR, "a finding of openapi-spec-validator's own checks"
)
VALIDATOR_CRASHED = rule(
    "validator-crashed",
    WARNING,
    "openapi-spec-validator crashed on the document (a RecursionError on some legal recursive "
    "schemas): a fault of the library, not of the spec",
    "its extra checks are skipped; ours, which passed, stand",
)
TAG_FIELD_32 = rule(
    "openapi32-tag-field",
    NOTE,
    "a Tag field OpenAPI 3.2 adds (`parent`, `summary`, `kind`) in a 3.0 or 3.1 document",
    "the docs' navigation uses it (a tag's `parent` nests its section, `summary` names it)",
)
# Read by generator.build.tags as x-<field>, the form a 3.1 document may hold.
TAG_FIELDS_32 = ("parent", "summary", "kind")


def check_tags(spec: LoadedSpec) -> Fixes:
    """3.2's tag fields, which a 3.1 document's meta-schema refuses, kept as extensions."""
    fixes = Fixes()
    tags = spec.data.get("tags")
    for i, tag in enumerate(tags if isinstance(tags, list) else []):
        if not isinstance(tag, Mapping):
            continue
        for field in TAG_FIELDS_32:
            if field in tag:
                at = ("tags", i, field)
                message = f"tags.{i}.{field} is an OpenAPI 3.2 field: used for the docs' navigation"
                fixes.add(
                    spec.problem(at, message, TAG_FIELD_32, NOTE),
                    put(("tags", i, f"x-{field}"), tag[field]),
                    drop(at),
                )
    return fixes
