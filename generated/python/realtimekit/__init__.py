# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""Cloudflare RealtimeKit API: a typed Python client.

    from realtimekit import RealtimeKit
    from realtimekit.models import StartRecordingRequest

See the package README and the reference docs for authentication, errors and retries.
"""

import logging
from typing import TYPE_CHECKING

from ._client import AsyncRealtimeKit, RealtimeKit

if TYPE_CHECKING:
    from ._pagination import AsyncPage, AsyncPager, SyncPage
    from ._serde import UNSET
    from .errors import ClientClosedError

__all__ = [
    "UNSET",
    "AsyncPage",
    "AsyncPager",
    "AsyncRealtimeKit",
    "ClientClosedError",
    "RealtimeKit",
    "SyncPage",
    "__version__",
]

__version__ = "1.1.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())

# Loaded when first used: `import realtimekit` stays quick.
_LAZY = {
    "AsyncPage": "_pagination",
    "AsyncPager": "_pagination",
    "SyncPage": "_pagination",
    "UNSET": "_serde",
    "ClientClosedError": "errors",  # loaded with the client already
}


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value
