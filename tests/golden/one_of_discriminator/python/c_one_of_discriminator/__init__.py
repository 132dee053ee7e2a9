# Generated from tests/specs/constructs/one_of_discriminator.yaml by sdkgen 0.1.0. Do not edit.
"""Payments API: a typed Python client.

    from c_one_of_discriminator import Payments

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncPayments, Payments
from ._serde import UNSET

__all__ = ["UNSET", "AsyncPayments", "Payments", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
