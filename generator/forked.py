"""Run a function in a forked child process while the caller goes on: a second core for work
that only returns a small answer (findings, error messages).

The child inherits the caller's memory, so large arguments (a spec, a rendered tree) are never
copied or pickled; only the answer comes back, pickled through a pipe. Where forking is not
possible or not safe (no ``os.fork``, or other threads running, as under a test server), or
when the caller says it is not worth it, the function runs inline when its result is asked
for. Either way the answer, and any exception, is the same.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Forked(Generic[T]):
    """``call()`` started now, in a child when possible; :meth:`result` waits for it."""

    def __init__(self, call: Callable[[], T], fork: bool = True) -> None:
        self.call = call
        self.pid = 0
        self.fd = -1
        if fork and can_fork():
            self._start(call)

    def _start(self, call: Callable[[], T]) -> None:
        try:
            read, write = os.pipe()
        except OSError:  # out of file descriptors: run inline
            return
        try:
            pid = os.fork()
        except OSError:  # out of memory or processes (EAGAIN, ENOMEM): run inline
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: never returns
            os.close(read)
            _child(write, call)
        os.close(write)
        self.pid, self.fd = pid, read
        self._finalizer = weakref.finalize(self, _reap, pid, read)

    def result(self) -> T:
        """What ``call()`` returned; raises what it raised (as :class:`ChildError` from a child)."""
        if self.pid:
            try:
                with os.fdopen(self.fd, "rb") as pipe:
                    outcome = pickle.load(pipe)
            except Exception:  # the child died (killed, out of memory): run it here instead
                outcome = None
            finally:  # interrupted or not, the child is killed (if still running) and reaped
                self._finalizer.detach()  # the pipe is closed by now: only the child is left
                _reap_child(self.pid)
                self.pid = 0
            if outcome is not None:
                if outcome[0] == "raised":
                    raise ChildError(outcome[1], outcome[2])
                value: T = outcome[1]
                return value
        return self.call()

    def cancel(self) -> None:
        """Not needed after all: stop the child."""
        if self.pid:
            self._finalizer()
            self.pid = 0


class ChildError(Exception):
    """An exception raised in the child, by name and message (its object may not pickle)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


_in_child = False  # True in a child this module forked


def in_child() -> bool:
    """Whether this process is a child :class:`Forked` started (it ends with its call)."""
    return _in_child


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1  # forking threads can deadlock


def _child(write: int, call: Callable[[], object]) -> None:
    global _in_child
    _in_child = True
    try:
        try:
            outcome: tuple[object, ...] = ("ok", call())
        except Exception as exc:
            outcome = ("raised", type(exc).__name__, str(exc))
        with os.fdopen(write, "wb") as pipe:
            pickle.dump(outcome, pipe)
    finally:
        os._exit(0)  # no atexit handlers, no flushing of the parent's buffers


def _reap(pid: int, fd: int) -> None:
    """An abandoned child: kill and reap it, close our end of its pipe."""
    _reap_child(pid)
    with contextlib.suppress(OSError):
        os.close(fd)


def _reap_child(pid: int) -> None:
    with contextlib.suppress(OSError):  # exited already
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):  # SIGCHLD ignored by whoever started us: reaped for us
        os.waitpid(pid, 0)
