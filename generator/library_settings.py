"""openapi-spec-validator's settings at their defaults, without the settings library.

The validator and openapi-schema-validator each read three tuning knobs (cache sizes, a
backend) from ``OPENAPI_SPEC_VALIDATOR_*`` / ``OPENAPI_SCHEMA_VALIDATOR_*`` environment
variables through pydantic-settings, whose import (with pydantic's) is ~100 ms of the ~230 ms
the library takes to import: most of the spec check's start in ``validate`` and ``mock``.

When no such variable is set, every knob has its default, which needs no library to read. Then
:func:`install` puts modules with the same names and values in place of the two ``settings``
modules, in the child process that runs the check and ends with it (never in a process that
may go on to use the library otherwise), and only for the versions they mirror. When a
variable is set, it does nothing and the library reads it as always.
``tests/test_library_settings.py`` compares these modules with the library's own.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
import types
from pathlib import Path

from .forked import in_child

PREFIXES = ("OPENAPI_SPEC_VALIDATOR_", "OPENAPI_SCHEMA_VALIDATOR_")
MODULES = ("openapi_spec_validator.settings", "openapi_schema_validator.settings")
MIRRORED = {"openapi_spec_validator": "0.9.0", "openapi_schema_validator": "0.9.0"}


class OpenAPISchemaValidatorSettings:
    compiled_validator_cache_max_size: int = 128


class OpenAPISpecValidatorSettings:
    resolved_cache_maxsize: int = 128
    schema_validator_backend: str = "auto"


@functools.cache
def get_settings() -> OpenAPISchemaValidatorSettings:
    return OpenAPISchemaValidatorSettings()


def _schema_validator_module() -> types.ModuleType:
    module = types.ModuleType(MODULES[1])
    module.OpenAPISchemaValidatorSettings = OpenAPISchemaValidatorSettings  # type: ignore[attr-defined]
    module.get_settings = get_settings  # type: ignore[attr-defined]
    module.reset_settings_cache = get_settings.cache_clear  # type: ignore[attr-defined]
    return module


def _spec_validator_module() -> types.ModuleType:
    module = types.ModuleType(MODULES[0])
    defaults = OpenAPISpecValidatorSettings
    names = {
        "ENV_PREFIX": PREFIXES[0],
        "RESOLVED_CACHE_MAXSIZE_DEFAULT": defaults.resolved_cache_maxsize,
        "SCHEMA_VALIDATOR_BACKEND_DEFAULT": defaults.schema_validator_backend,
        "SCHEMA_VALIDATOR_BACKEND_ALLOWED": {"auto", "jsonschema", "jsonschema-rs"},
        "OpenAPISpecValidatorSettings": defaults,
        "get_resolved_cache_maxsize": lambda: defaults.resolved_cache_maxsize,
        "get_schema_validator_backend": lambda: defaults.schema_validator_backend,
    }
    module.__dict__.update(names)
    return module


def configured() -> bool:
    """Whether the environment sets any of the libraries' knobs (matched as they match them:
    the names without regard to case)."""
    return any(name.upper().startswith(PREFIXES) for name in os.environ)


def install(anywhere: bool = False) -> bool:
    """Put the default settings modules in place, in a child process (``anywhere``: in this
    one, for tests), unless the environment configures the libraries, they are imported
    already, or they are not the versions mirrored here. True when installed."""
    if not (anywhere or in_child()) or configured():
        return False
    if any(name in sys.modules for name in MODULES) or not mirrored():
        return False
    sys.modules[MODULES[0]] = _spec_validator_module()
    sys.modules[MODULES[1]] = _schema_validator_module()
    return True


def mirrored() -> bool:
    """Whether the installed libraries are the versions these modules mirror, read from their
    ``__init__.py`` without importing them (importlib.metadata takes ~40 ms)."""
    for package, version in MIRRORED.items():
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            return False
        try:
            source = Path(spec.origin).read_text(encoding="utf-8")
        except OSError:
            return False
        if f'__version__ = "{version}"' not in source:
            return False
    return True
