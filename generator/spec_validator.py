"""openapi-spec-validator's keyword checks, started as soon as the document is read.

They are the last of ``validate``'s checks and the slowest to start: the child process that runs
them (:mod:`generator.forked`) imports the library (~300 ms) and walks the document while the
parent does everything else (its own checks, building, rendering, formatting), and waits only
when it needs the answer. This module imports nothing heavy, so that the child starts first.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping
from typing import Any

from .forked import ChildError, Forked
from .openapi30 import is_openapi30

Finding = tuple[tuple[str | int, ...], str]  # (JSON path, message)


class Pending:
    """The checks on ``data``, running; :meth:`result` waits for their findings.

    In a cold process on a machine that can fork, they run in a child process on another core;
    elsewhere they run inline when asked. Either way the findings are the same.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        findings = functools.partial(_findings, data, is_openapi30(data))
        self._call = Forked(findings, fork=_worth_it(data))

    def result(self) -> list[Finding]:
        """The findings (raises what the library raised, as it would inline)."""
        return self._call.result()

    def cancel(self) -> None:
        """Not needed after all (the spec has other problems): stop the child."""
        self._call.cancel()


def crash_kind(exc: Exception) -> str:
    """The name of the exception the library raised (in the child or here)."""
    return exc.kind if isinstance(exc, ChildError) else type(exc).__name__


def _worth_it(data: Mapping[str, Any]) -> bool:
    """When the library is not imported yet, or when the document is large."""
    paths = data.get("paths")
    large = isinstance(paths, Mapping) and len(paths) >= 50
    return "openapi_spec_validator" not in sys.modules or large


def _findings(data: Mapping[str, Any], openapi30: bool) -> list[Finding]:
    from .metaschema import openapi_spec_validator_errors

    errors = openapi_spec_validator_errors(data, openapi30)
    return [(tuple(error.absolute_path), str(error.message)) for error in errors]
