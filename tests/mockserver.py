"""Start the mock server (``python -m generator mock``) as a subprocess for tests.

Usage::

    with running_mock("spec/openapi.yaml") as mock:
        httpx.post(mock.url + "/accounts/abc/realtimekit/recordings", ...)
        mock.requests()          # the request log, via GET /__mock__/requests

The server listens on a free port (``--port 0``); its URL is read from its first stdout line.
``mock.url`` is the base URL for clients: it ends with the first server's path (``/client/v4``
for ``https://api.cloudflare.com/client/v4``); ``mock.root`` is the same without the path,
where the control API lives. Stopping sends SIGTERM, waits, and kills only as a last resort.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
MAIN_SPEC = ROOT / "spec" / "openapi.yaml"
URL_LINE = re.compile(
    r"^Mock server for (?P<spec>.+) listening on (?P<url>(?P<root>http://[^/\s]+)\S*)$"
)
START_TIMEOUT = 30.0


class MockServer:
    def __init__(
        self, process: subprocess.Popen[str], url: str, stderr: Any, root: str | None = None
    ) -> None:
        self.process = process
        self.url = url  # the base URL for clients, with the server's path
        self.root = root or url  # scheme, host and port only
        self._stderr = stderr
        self.exit_code: int | None = None
        self.last_line = ""  # the last stdout line, once stopped
        self.stderr = ""  # everything written to stderr, once stopped

    def control(self, method: str, route: str, **kwargs: Any) -> httpx.Response:
        return httpx.request(method, f"{self.root}/__mock__/{route}", timeout=10, **kwargs)

    def requests(self) -> list[dict[str, Any]]:
        response = self.control("GET", "requests")
        response.raise_for_status()
        entries: list[dict[str, Any]] = response.json()
        return entries

    def fault(self, **fault: Any) -> dict[str, Any]:
        response = self.control("POST", "faults", json=fault)
        assert response.status_code == 201, response.text
        queued: dict[str, Any] = response.json()
        return queued

    def reset(self) -> None:
        self.control("POST", "reset").raise_for_status()

    def stop(self, sig: int = signal.SIGTERM) -> int:
        """Signal the server, wait for it; kill it if it does not stop. Returns its exit code."""
        if self.exit_code is not None:
            return self.exit_code
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            out, _ = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, _ = self.process.communicate()
        lines = (out or "").strip().splitlines()
        self.last_line = lines[-1] if lines else ""
        self._stderr.seek(0)
        self.stderr = str(self._stderr.read())
        self._stderr.close()
        self.exit_code = self.process.returncode
        return self.exit_code


def start_mock(spec: Path | str = MAIN_SPEC, *extra: str) -> MockServer:
    """Start the mock and wait for its URL; raises if it does not print one in time."""
    # Closed by MockServer.stop(), which outlives this function.
    stderr = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", str(spec), "--port", "0", *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    stream = process.stdout
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        first = lines.get(timeout=START_TIMEOUT)
    except queue.Empty:
        first = ""
    match = URL_LINE.match(first.strip())
    if match is None:
        process.kill()
        process.wait()
        stderr.seek(0)
        raise RuntimeError(f"the mock did not start: {first!r}\n{stderr.read()}")
    return MockServer(process, match.group("url"), stderr, match.group("root"))


@contextmanager
def running_mock(spec: Path | str = MAIN_SPEC, *extra: str) -> Iterator[MockServer]:
    server = start_mock(spec, *extra)
    try:
        yield server
    finally:
        server.stop()
