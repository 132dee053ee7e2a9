"""One ``generate`` at a time per output folder.

The lock is ``flock`` on ``<out>/.sdkgen/lock``: the system releases it when its process dies,
however it dies, so a killed run never leaves a stale lock behind. A second run does not wait;
it stops at once with a message naming the process that holds the lock.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: an exclusive create instead (a crash leaves it; the message says)
    fcntl = None  # type: ignore[assignment]

STATE = ".sdkgen"  # our working folder inside --out: lock, journal, staged files


class Busy(Exception):
    """Another process is writing the same output folder."""


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the lock of ``out`` (which must exist) for the ``with`` block."""
    state = out / STATE
    state.mkdir(exist_ok=True)
    path = state / "lock"
    fd = _acquire(path, out)
    try:
        yield
    finally:
        # Unlink while still holding it: a waiter that opened the old file sees it is gone.
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)
        with contextlib.suppress(OSError):
            state.rmdir()  # only when empty: an interrupted run's journal stays for the next


def _acquire(path: Path, out: Path) -> int:
    while True:
        if fcntl is None:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                raise Busy(_busy_message(path, out, stale_hint=True)) from None
        else:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise Busy(_busy_message(path, out, stale_hint=False)) from None
            # The holder we waited on may have unlinked this file just before we locked it.
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return fd


def _busy_message(path: Path, out: Path, *, stale_hint: bool) -> str:
    try:
        holder = path.read_text().strip() or "?"
    except OSError:
        holder = "?"
    message = f"another `generate` (process {holder}) is writing {out}; run again when it is done"
    if stale_hint:
        message += f" (if no such process runs, delete {path})"
    return message
