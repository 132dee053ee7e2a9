# Generated from tests/specs/constructs/additional_properties.yaml by sdkgen 0.1.0. Do not edit.
"""Inventory API: a typed Python client.

    from c_additional_properties import Inventory

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncInventory, Inventory
from ._serde import UNSET

__all__ = ["UNSET", "AsyncInventory", "Inventory", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
