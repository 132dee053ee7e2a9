# Generated from tests/specs/constructs/inline_objects.yaml by sdkgen 0.1.0. Do not edit.
"""Inline Objects API: a typed Python client.

    from c_inline_objects import InlineObjects
    from c_inline_objects.models import StartRecordingRequest

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncInlineObjects, InlineObjects
from ._serde import UNSET

__all__ = ["UNSET", "AsyncInlineObjects", "InlineObjects", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
