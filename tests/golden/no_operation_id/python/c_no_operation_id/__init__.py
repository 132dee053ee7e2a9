# Generated from tests/specs/constructs/no_operation_id.yaml by sdkgen 0.1.0. Do not edit.
"""Catalog API: a typed Python client.

    from c_no_operation_id import Catalog
    from c_no_operation_id.models import NewItem

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncCatalog, Catalog
from ._serde import UNSET

__all__ = ["UNSET", "AsyncCatalog", "Catalog", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
