# Generated from tests/specs/constructs/servers_relative.yaml by sdkgen 0.1.0. Do not edit.
"""Orders API: a typed Python client.

    from c_servers_relative import Orders
    from c_servers_relative.models import NewOrder

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncOrders, Orders
from ._serde import UNSET

__all__ = ["UNSET", "AsyncOrders", "Orders", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
