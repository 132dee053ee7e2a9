# Generated from tests/specs/constructs/octet_stream.yaml by sdkgen 0.1.0. Do not edit.
"""Blobs API: a typed Python client.

    from c_octet_stream import Blobs

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncBlobs, Blobs
from ._files import File
from ._serde import UNSET

__all__ = ["UNSET", "AsyncBlobs", "Blobs", "File", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
