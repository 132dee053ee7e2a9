# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
"""Droplets: a typed Python client.

    from c_multifile import Droplets
    from c_multifile.models import DropletCreate

See the package README and the reference docs for authentication, errors and retries.
"""

import logging
from typing import TYPE_CHECKING

from ._client import AsyncDroplets, Droplets

if TYPE_CHECKING:
    from ._serde import UNSET
    from .errors import ClientClosedError

__all__ = ["UNSET", "AsyncDroplets", "ClientClosedError", "Droplets", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())

# Loaded when first used: `import c_multifile` stays quick.
_LAZY = {
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
