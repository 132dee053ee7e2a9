# Generated from tests/specs/public/swagger-petstore.yaml by sdkgen 0.1.0. Do not edit.
"""Swagger Petstore - OpenAPI 3.0: a typed Python client.

    from swagger_petstore_open_api_3_0 import SwaggerPetstoreOpenApi30
    from swagger_petstore_open_api_3_0.models import Pet

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncSwaggerPetstoreOpenApi30, SwaggerPetstoreOpenApi30
from ._files import File
from ._serde import UNSET

__all__ = [
    "UNSET",
    "AsyncSwaggerPetstoreOpenApi30",
    "File",
    "SwaggerPetstoreOpenApi30",
    "__version__",
]

__version__ = "1.0.27.dev0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
