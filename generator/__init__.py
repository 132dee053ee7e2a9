"""Spec-driven generator of a typed Python client and Markdown docs from an OpenAPI 3.1 fragment."""

__version__ = "0.1.0"
