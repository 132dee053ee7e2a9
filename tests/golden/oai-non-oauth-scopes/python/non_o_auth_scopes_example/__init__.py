# Generated from tests/specs/public/oai-non-oauth-scopes.yaml by sdkgen 0.1.0. Do not edit.
"""Non-oAuth Scopes example: a typed Python client.

    from non_o_auth_scopes_example import NonOAuthScopesExample

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncNonOAuthScopesExample, NonOAuthScopesExample
from ._serde import UNSET

__all__ = ["UNSET", "AsyncNonOAuthScopesExample", "NonOAuthScopesExample", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
