# Generated from tests/specs/constructs/json_bodies.yaml by sdkgen 0.1.0. Do not edit.
"""Batch API: a typed Python client.

    from c_json_bodies import Batch

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncBatch, Batch
from ._serde import UNSET

__all__ = ["UNSET", "AsyncBatch", "Batch", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
