# Generated from tests/specs/constructs/header_cookie_params.yaml by sdkgen 0.1.0. Do not edit.
"""Sessions API: a typed Python client.

    from c_header_cookie_params import Sessions
    from c_header_cookie_params.models import Preference

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncSessions, Sessions
from ._serde import UNSET

__all__ = ["UNSET", "AsyncSessions", "Sessions", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
