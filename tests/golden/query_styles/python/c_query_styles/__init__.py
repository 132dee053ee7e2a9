# Generated from tests/specs/constructs/query_styles.yaml by sdkgen 0.1.0. Do not edit.
"""Search API: a typed Python client.

    from c_query_styles import Search

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncSearch, Search
from ._serde import UNSET

__all__ = ["UNSET", "AsyncSearch", "Search", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
