# Generated from tests/specs/constructs/response_shapes.yaml by sdkgen 0.1.0. Do not edit.
"""Reports API: a typed Python client.

    from c_response_shapes import Reports

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncReports, Reports
from ._serde import UNSET

__all__ = ["UNSET", "AsyncReports", "Reports", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
