# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""Cloudflare RealtimeKit API: a typed Python client.

    from realtimekit import RealtimeKit
    from realtimekit.models import StartRecordingRequest

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncRealtimeKit, RealtimeKit
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._serde import UNSET

__all__ = [
    "UNSET",
    "AsyncPage",
    "AsyncPager",
    "AsyncRealtimeKit",
    "RealtimeKit",
    "SyncPage",
    "__version__",
]

__version__ = "1.1.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
