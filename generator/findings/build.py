"""What only building the model finds: ``x-sdk`` settings and constructs without a Python form."""

from __future__ import annotations

from . import ERROR, rule

INVALID_SETTING = rule("invalid-x-sdk", ERROR, "an x-sdk setting that cannot be carried out")
UNSUPPORTED_CONSTRUCT = rule(
    "unsupported-construct", ERROR, "an OpenAPI construct the generator has no Python form for"
)
