# Generated from tests/specs/constructs/server_variables.yaml by sdkgen 0.1.0. Do not edit.
"""Regional API: a typed Python client.

    from c_server_variables import Regional

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncRegional, Regional
from ._serde import UNSET

__all__ = ["UNSET", "AsyncRegional", "Regional", "__version__"]

__version__ = "2.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
