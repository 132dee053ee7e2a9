# Generated from tests/specs/constructs/servers_none.yaml by sdkgen 0.1.0. Do not edit.
"""Notes API: a typed Python client.

    from c_servers_none import Notes
    from c_servers_none.models import NewNote

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncNotes, Notes
from ._serde import UNSET

__all__ = ["UNSET", "AsyncNotes", "Notes", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
