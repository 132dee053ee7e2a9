"""Names: operation ids, and the Python names made from the spec's."""

from __future__ import annotations

from ..problems import NOTE
from . import ERROR, rule

OPERATION_ID = rule("operation-id", ERROR, "an operationId that is empty or used twice")
INVALID_NAME = rule(
    "invalid-name", ERROR, "a name with nothing to make a Python name from (no letters)"
)
RESERVED_NAME = rule("reserved-name", ERROR, "a name the generated package cannot give away")
RENAMED = rule(
    "renamed",
    NOTE,
    "a Python name chosen to keep two names apart (of the spec, or of the spec and the package)",
    "the name is recorded in manifest.json and kept on every regeneration",
)
