# Generated from tests/specs/public/oai-petstore.yaml by sdkgen 0.1.0. Do not edit.
"""Swagger Petstore: a typed Python client.

    from swagger_petstore import SwaggerPetstore
    from swagger_petstore.models import Pet

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncSwaggerPetstore, SwaggerPetstore
from ._serde import UNSET

__all__ = ["UNSET", "AsyncSwaggerPetstore", "SwaggerPetstore", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
