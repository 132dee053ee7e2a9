# Generated from tests/specs/constructs/read_write_only.yaml by sdkgen 0.1.0. Do not edit.
"""Accounts API: a typed Python client.

    from c_read_write_only import Accounts
    from c_read_write_only.models import Account

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import Accounts, AsyncAccounts
from ._serde import UNSET

__all__ = ["UNSET", "Accounts", "AsyncAccounts", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
