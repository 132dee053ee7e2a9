# Generated from tests/specs/public/oai-non-oauth-scopes.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Non-oAuth Scopes example.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from ._serde import (
    UNSET,
    Unset,
)

__all__ = [
    "UNSET",
    "Unset",
]
