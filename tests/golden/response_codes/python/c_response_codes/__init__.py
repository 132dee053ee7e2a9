# Generated from tests/specs/constructs/response_codes.yaml by sdkgen 0.1.0. Do not edit.
"""Jobs API: a typed Python client.

    from c_response_codes import Jobs
    from c_response_codes.models import JobSpec

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncJobs, Jobs
from ._serde import UNSET

__all__ = ["UNSET", "AsyncJobs", "Jobs", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
