"""OpenAPI Overlay documents (``--overlay``): the overlay file itself, and its actions' targets."""

from __future__ import annotations

from . import ERROR, WARNING, rule

INVALID_OVERLAY = rule(
    "invalid-overlay", ERROR, "an --overlay file is not an OpenAPI Overlay 1.0 document"
)
OVERLAY_TARGET = rule(
    "overlay-target",
    ERROR,
    "an overlay action's target is not an RFC 9535 JSONPath, or selects what the action "
    "cannot change",
)
OVERLAY_NO_MATCH = rule(
    "overlay-no-match",
    WARNING,
    "an overlay action's target matches nothing in the spec",
    "the action changes nothing",
)
