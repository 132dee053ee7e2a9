# Generated from tests/specs/constructs/all_of.yaml by sdkgen 0.1.0. Do not edit.
"""All Of API: a typed Python client.

    from c_all_of import AllOf
    from c_all_of.models import NewPet

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AllOf, AsyncAllOf
from ._serde import UNSET

__all__ = ["UNSET", "AllOf", "AsyncAllOf", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
