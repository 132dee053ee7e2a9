"""Conformance tests need Prism, which only `nox -s conformance` starts (it sets PRISM_URL)."""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not os.environ.get("PRISM_URL"):
        raise pytest.UsageError(
            "conformance tests need PRISM_URL: run them with `nox -s conformance`"
        )
