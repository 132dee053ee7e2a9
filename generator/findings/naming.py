"""Names: operation ids, and the Python names made from the spec's."""

from __future__ import annotations

from ..problems import NOTE
from . import ERROR, rule

OPERATION_ID = rule("operation-id", ERROR, "an operationId that is empty or used twice")
INVALID_NAME = rule(
    "invalid-name", ERROR, "a name with nothing to make a Python name from (no letters)"
)
NAME_COLLISION = rule(
    "name-collision", ERROR, "two things of the spec that would get one Python name"
)
RESERVED_NAME = rule("reserved-name", ERROR, "a name the generated package cannot give away")
RENAMED = rule(
    "renamed",
    NOTE,
    "a Python name chosen to keep two names of the spec apart",
    "the name is recorded in manifest.json and kept on every regeneration",
)
