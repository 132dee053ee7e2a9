"""What only building the model finds: ``x-sdk`` settings and constructs without a Python form."""

from __future__ import annotations

from . import ERROR, WARNING, rule

INVALID_SETTING = rule("invalid-x-sdk", ERROR, "an x-sdk setting that cannot be carried out")
UNSUPPORTED_CONSTRUCT = rule(
    "unsupported-construct", ERROR, "an OpenAPI construct the generator has no Python form for"
)
VERSION_LOSSY = rule(
    "version-lossy",
    WARNING,
    "info.version has no exact PEP 440 form, so the package version loses part of it",
    "the package version is the nearest valid one (the message names it); "
    "info.x-sdk.package-version sets another",
)
PACKAGE_METADATA = rule(
    "package-metadata",
    WARNING,
    "info.license, info.contact or externalDocs holds a value package metadata cannot carry",
    "left out of the package's pyproject.toml (the message names it)",
)
