"""openapi-spec-validator's keyword checks, started as soon as the document is read.

They are the last of ``validate``'s checks and the slowest to start: the child process that runs
them (:mod:`generator.forked`) imports the library (~300 ms) and walks the document while the
parent does everything else (its own checks, building, rendering, formatting), and waits only
when it needs the answer. This module imports nothing heavy, so that the child starts first.
"""

from __future__ import annotations

import contextlib
import functools
import os
import pickle
import sys
import threading
from collections.abc import Mapping
from typing import Any

from .forked import ChildError, Forked, can_fork

Finding = tuple[tuple[str | int, ...], str]  # (JSON path, message)


class _Early:
    """A child forked before the spec is read (``python -m generator`` does this first): it
    imports the library while this process reads and checks the spec, then gets the document
    through a pipe. The import is most of the child's time on a small spec."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.write = write
        self.call: Forked[list[Finding]] = Forked(functools.partial(_findings_sent, read, write))
        os.close(read)  # the child's end
        if not self.call.pid:  # could not fork: Pending forks (or runs inline) as usual
            os.close(write)

    def send(self, data: Mapping[str, Any]) -> bool:
        """Hand ``data`` to the child; False when it cannot take it (then it is stopped)."""
        if not self.call.pid:
            return False
        try:
            with os.fdopen(self.write, "wb") as pipe:
                pickle.dump(data, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        except (OSError, pickle.PicklingError, RecursionError, TypeError):
            self.call.cancel()
            return False
        return True


_EARLY: list[_Early] = []


def start_early() -> None:
    """Start the child now, before anything else is imported or read (see :class:`_Early`)."""
    if can_fork() and not _EARLY:
        with contextlib.suppress(OSError):  # no pipe to be had: Pending forks later instead
            _EARLY.append(_Early())


class Pending:
    """The checks on ``data``, running; :meth:`result` waits for their findings.

    In a cold process on a machine that can fork, they run in a child process on another core;
    elsewhere they run inline when asked. Either way the findings are the same.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        early = _EARLY.pop() if _EARLY else None
        if early is not None and early.send(data):
            self._call = early.call
            return
        findings = functools.partial(_findings, data)
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


def _findings(data: Mapping[str, Any]) -> list[Finding]:
    from .metaschema import openapi_spec_validator_errors
    from .openapi30 import is_openapi30

    errors = openapi_spec_validator_errors(data, is_openapi30(data))
    return [(tuple(error.absolute_path), str(error.message)) for error in errors]


def _findings_sent(read: int, write: int) -> list[Finding]:
    """In the early child: import the library while a thread reads the document as it is
    sent (so the sender never waits on a full pipe), then check it."""
    os.close(write)  # the parent's end: only the parent may hold it, or EOF never comes
    chunks: list[bytes] = []

    def receive() -> None:
        with os.fdopen(read, "rb") as pipe:
            while chunk := pipe.read(1 << 20):
                chunks.append(chunk)

    reader = threading.Thread(target=receive, daemon=True)
    reader.start()
    from .metaschema import _spec_validator_classes

    with contextlib.suppress(Exception):  # an import failure is reported by _findings itself
        _spec_validator_classes()
    reader.join()
    if not chunks:  # the parent stopped before sending (the spec could not be read)
        return []
    return _findings(pickle.loads(b"".join(chunks)))
