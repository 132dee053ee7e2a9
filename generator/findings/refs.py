"""``$ref`` targets, schemas that contain themselves, and refs to other files
(:mod:`generator.multifile`)."""

from __future__ import annotations

from . import ERROR, WARNING, rule

UNRESOLVED_REF = rule("unresolved-ref", ERROR, "a $ref that points to nothing")
UNSUPPORTED_REF = rule(
    "unsupported-ref", ERROR, "a $ref the generator cannot follow (a URL, an anchor)"
)
REF_CYCLE = rule(
    "ref-cycle", ERROR, "a schema or object that reaches itself with nothing in between"
)
REF_OUTSIDE_FOLDER = rule(
    "ref-outside-folder",
    ERROR,
    "a $ref to a file outside the spec's folder (allow its folder with --allow-ref-root DIR)",
)
OPERATION_REF = rule(
    "operation-ref",
    WARNING,
    "an operation given as a $ref, which OpenAPI does not allow",
    "reads the operation the $ref points to",
)
