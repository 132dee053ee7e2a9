"""The document against the OpenAPI meta-schema of its version."""

from __future__ import annotations

from ..problems import WARNING
from . import ERROR, rule

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
