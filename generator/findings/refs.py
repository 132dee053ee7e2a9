"""``$ref`` targets, and schemas that contain themselves."""

from __future__ import annotations

from . import ERROR, rule

UNRESOLVED_REF = rule("unresolved-ref", ERROR, "a $ref that points to nothing")
UNSUPPORTED_REF = rule(
    "unsupported-ref", ERROR, "a $ref the generator cannot follow (another file, an anchor)"
)
REF_CYCLE = rule(
    "ref-cycle", ERROR, "a schema or object that reaches itself with nothing in between"
)
