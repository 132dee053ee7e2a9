# Generated from tests/specs/constructs/form_urlencoded.yaml by sdkgen 0.1.0. Do not edit.
"""Auth Forms API: a typed Python client.

    from c_form_urlencoded import AuthForms
    from c_form_urlencoded.models import CreateTokenRequest

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncAuthForms, AuthForms
from ._serde import UNSET

__all__ = ["UNSET", "AsyncAuthForms", "AuthForms", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
