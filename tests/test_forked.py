"""generator.forked: work in a child process gives the same answer as inline, and never
fails the run for a reason of the machine's (no fork, SIGCHLD ignored, a killed child)."""

from __future__ import annotations

import errno
import os
import signal
import threading

import pytest

from generator.forked import ChildError, Forked, can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs os.fork and a single thread")


@pytest.fixture(autouse=True)
def _single_threaded() -> None:
    """A thread an earlier test left running makes Forked run inline, and these tests would
    then signal the test run itself (os.kill of pid 0 is the whole process group)."""
    threads = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    assert not threads, f"threads left running by an earlier test: {threads}"


def answer() -> list[int]:
    return [os.getpid()]


def test_the_answer_comes_from_a_child() -> None:
    assert Forked(answer).result() != [os.getpid()]


def test_an_exception_in_the_child_is_raised_by_name_and_message() -> None:
    def fails() -> None:
        raise KeyError("missing")

    with pytest.raises(ChildError) as raised:
        Forked(fails).result()
    assert raised.value.kind == "KeyError" and "missing" in str(raised.value)


def test_when_fork_fails_the_work_runs_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    assert Forked(answer).result() == [os.getpid()]
    if before:
        assert len(os.listdir("/proc/self/fd")) == before  # the pipe was closed


def test_a_child_reaped_by_someone_else_still_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """With SIGCHLD ignored by whoever started us, waitpid raises ChildProcessError."""
    call = Forked(answer)
    real_waitpid = os.waitpid

    def reaped_already(pid: int, options: int) -> tuple[int, int]:
        real_waitpid(pid, options)
        raise ChildProcessError(errno.ECHILD, "No child processes")

    monkeypatch.setattr(os, "waitpid", reaped_already)
    assert call.result() != [os.getpid()]


def test_a_killed_child_means_the_work_runs_inline() -> None:
    def slow() -> list[int]:
        signal.pause()
        return []

    call = Forked(slow)
    os.kill(call.pid, signal.SIGKILL)
    call.call = answer  # what runs inline once the child is gone
    assert call.result() == [os.getpid()]


def test_a_cancelled_child_is_gone() -> None:
    call = Forked(lambda: signal.pause())
    pid = call.pid
    call.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)  # already reaped
