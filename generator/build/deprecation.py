"""``deprecated: true`` on an operation, a parameter, a schema or a property, and why.

OpenAPI has no field for the reason; ``x-deprecation-message`` (a string beside
``deprecated``) gives it, and it reaches the client's DeprecationWarning and the docs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .context import text

MESSAGE_KEY = "x-deprecation-message"


def deprecation(*nodes: Any) -> tuple[bool, str]:
    """Whether any of ``nodes`` (a property and the schema it refers to, say) is deprecated,
    and the first reason given."""
    found = [n for n in nodes if isinstance(n, Mapping) and n.get("deprecated") is True]
    reasons = [text(n.get(MESSAGE_KEY)) for n in found if isinstance(n.get(MESSAGE_KEY), str)]
    return bool(found), next((r for r in reasons if r), "")
