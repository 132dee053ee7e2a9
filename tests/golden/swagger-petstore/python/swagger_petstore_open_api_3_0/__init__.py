# Generated from tests/specs/public/swagger-petstore.yaml by sdkgen 0.1.0. Do not edit.
"""Swagger Petstore - OpenAPI 3.0: a typed Python client.

    from swagger_petstore_open_api_3_0 import SwaggerPetstoreOpenApi30
    from swagger_petstore_open_api_3_0.models import Pet

See the package README and the reference docs for authentication, errors and retries.
"""

import logging
from typing import TYPE_CHECKING

from ._client import AsyncSwaggerPetstoreOpenApi30, SwaggerPetstoreOpenApi30

if TYPE_CHECKING:
    from ._files import File
    from ._serde import UNSET
    from .errors import ClientClosedError

__all__ = [
    "UNSET",
    "AsyncSwaggerPetstoreOpenApi30",
    "ClientClosedError",
    "File",
    "SwaggerPetstoreOpenApi30",
    "__version__",
]

__version__ = "1.0.27.dev0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())

# Loaded when first used: `import swagger_petstore_open_api_3_0` stays quick.
_LAZY = {
    "File": "_files",
    "UNSET": "_serde",
    "ClientClosedError": "errors",  # loaded with the client already
}


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value
