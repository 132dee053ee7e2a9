"""Mock server start-up: from launching the process to its first successful (2xx) answer,
``python -m generator mock`` against Prism (``prism mock``, installed by ``nox -s bench`` as by
``nox -s conformance``), on the same spec and the same request.

Also the floor under ours (:mod:`mockfloor`): openapi-spec-validator's check alone, which any
mock that validates its spec before serving must wait for, then a bare 200.

The request is ``GET .../accounts/acc/realtimekit/recordings`` with a bearer token, sent every
5 ms over a fresh connection until one is answered with 2xx. Prism serves the paths at the root;
ours under the first server's path (``/client/v4``).
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from generation import SPEC
from measure import OURS, ROOT, Sample, env_with_venv, interleaved
from report import Row

FLOOR = Path(__file__).resolve().parent / "mockfloor.py"
PRISM = ROOT / ".tools" / "prism" / "node_modules" / ".bin" / "prism"
ROUTE = "/accounts/acc/realtimekit/recordings"
DEADLINE = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _answered(port: int, path: str) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("GET", path, headers={"Authorization": "Bearer t"})
        status = connection.getresponse().status
        return 200 <= status < 300
    except OSError:
        return False
    finally:
        connection.close()


def first_answer(cmd: list[str], port: int, path: str) -> Sample:
    start = time.perf_counter()
    process = subprocess.Popen(
        cmd,
        cwd=OURS if cmd[1:3] == ["-m", "generator"] else ROOT,
        env=env_with_venv(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        while not _answered(port, path):
            if process.poll() is not None:
                raise RuntimeError(f"{' '.join(cmd)} exited {process.returncode}")
            if time.perf_counter() - start > DEADLINE:
                raise RuntimeError(f"{' '.join(cmd)} gave no 2xx answer within {DEADLINE} s")
            time.sleep(0.005)
        elapsed = time.perf_counter() - start
    finally:
        # Prism is node under a shell wrapper: stop its process group, which we created.
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return Sample(elapsed, 0.0)


def mock_start(rounds: int) -> list[Row]:
    if not PRISM.exists():
        raise SystemExit(f"bench: {PRISM} is missing: run `nox -s bench` (it installs Prism)")

    def ours(r: int) -> Sample:
        port = free_port()
        cmd = [sys.executable, "-m", "generator", "mock", str(SPEC), "--port", str(port)]
        return first_answer(cmd, port, "/client/v4" + ROUTE)

    def prism(r: int) -> Sample:
        port = free_port()
        cmd = [str(PRISM), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)]
        return first_answer(cmd, port, ROUTE)

    def floor(r: int) -> Sample:
        port = free_port()
        cmd = [sys.executable, str(FLOOR), str(OURS), str(SPEC), str(port)]
        return first_answer(cmd, port, "/")

    series = interleaved({"ours": ours, "prism": prism, "floor": floor}, rounds, "mock start")
    return [
        Row(
            "mock",
            "start to first successful response",
            series["ours"],
            series["prism"],
            "ms",
            peer_name="Prism",
            target=0.20,
        ),
        Row(
            "mock",
            "the floor: openapi-spec-validator's check of the spec, then a bare 200",
            series["floor"],
            series["prism"],
            "ms",
            peer_name="Prism",
            note="what `mock` must wait for before it may answer",
        ),
        Row(
            "mock",
            "start to first successful response, against the floor",
            series["ours"],
            series["floor"],
            "ms",
            peer_name="floor",
        ),
    ]
