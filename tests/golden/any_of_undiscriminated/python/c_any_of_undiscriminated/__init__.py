# Generated from tests/specs/constructs/any_of_undiscriminated.yaml by sdkgen 0.1.0. Do not edit.
"""Contacts API: a typed Python client.

    from c_any_of_undiscriminated import Contacts
    from c_any_of_undiscriminated.models import NewContact

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncContacts, Contacts
from ._serde import UNSET

__all__ = ["UNSET", "AsyncContacts", "Contacts", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
