"""The spec file itself: every rule here is an error, as nothing can be read past it."""

from __future__ import annotations

from . import ERROR, rule

UNREADABLE = rule("unreadable-file", ERROR, "the spec file cannot be read")
SPEC_TOO_LARGE = rule("spec-too-large", ERROR, "the spec is beyond the generator's limits")
INVALID_YAML = rule("invalid-syntax", ERROR, "the file is not valid YAML or JSON")
DUPLICATE_KEY = rule("duplicate-key", ERROR, "a mapping has a key twice")
