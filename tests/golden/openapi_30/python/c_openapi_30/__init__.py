# Generated from tests/specs/constructs/openapi_30.yaml by sdkgen 0.1.0. Do not edit.
"""Widgets Legacy API: a typed Python client.

    from c_openapi_30 import WidgetsLegacy
    from c_openapi_30.models import NewWidget

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncWidgetsLegacy, WidgetsLegacy
from ._serde import UNSET

__all__ = ["UNSET", "AsyncWidgetsLegacy", "WidgetsLegacy", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
