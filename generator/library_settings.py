"""openapi-spec-validator's settings at their defaults, without the settings library.

The validator and openapi-schema-validator each read three tuning knobs (cache sizes, a
backend) from ``OPENAPI_SPEC_VALIDATOR_*`` / ``OPENAPI_SCHEMA_VALIDATOR_*`` environment
variables through pydantic-settings, whose import (with pydantic's) is ~100 ms of the ~230 ms
the library takes to import: most of the spec check's start in ``validate`` and ``mock``.

When no such variable is set, every knob has its default, which needs no library to read. Then
:func:`install` puts modules with the same names and values in place of the two ``settings``
modules; when one is set, it does nothing and the library reads it as always.
``tests/test_library_settings.py`` compares these modules with the library's own.
"""

from __future__ import annotations

import functools
import os
import sys
import types

PREFIXES = ("OPENAPI_SPEC_VALIDATOR_", "OPENAPI_SCHEMA_VALIDATOR_")
MODULES = ("openapi_spec_validator.settings", "openapi_schema_validator.settings")


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


def install() -> bool:
    """Put the default settings modules in place, unless the environment configures the
    libraries or they are imported already. True when installed."""
    if configured() or any(name in sys.modules for name in MODULES):
        return False
    sys.modules[MODULES[0]] = _spec_validator_module()
    sys.modules[MODULES[1]] = _schema_validator_module()
    return True
