"""Benchmarks, run by `nox -s bench` (never by pytest: these machines are noisy).

Every figure is a ratio against a baseline measured in the same run:
- import: `import realtimekit` vs `import httpx` (its only dependency), fresh processes;
- per call: `client.start_recording(...)` vs a raw `httpx.Client.post(json=...)` of the same
  body to the same loopback server, so the ratio is the client's own overhead (validation,
  serialization, parsing into dataclasses);
- generation: a cold `python -m generator generate --check` vs a cold `python -c pass`.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from samples import STARTED  # noqa: E402  (tests/ is not a package)

BODY = json.dumps(STARTED).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        # One write for head and body: two small segments would meet delayed ACKs and
        # make every call ~40 ms, hiding the client's own cost.
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(BODY)}\r\n\r\n"
        )
        self.wfile.write(head.encode() + BODY)

    def log_message(self, format: str, *args: object) -> None:
        pass


def fresh_process_seconds(code: str, runs: int, python: str = sys.executable) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([python, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def per_call_seconds(call: Callable[[], object], calls: int) -> float:
    for _ in range(50):  # warm up connections and caches
        call()
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(calls):
            call()
        rounds.append((time.perf_counter() - start) / calls)
    return min(rounds)  # the least disturbed round


def main() -> None:
    import httpx
    from realtimekit import RealtimeKit
    from realtimekit.models import StartRecordingRequest, VideoConfig

    rows: list[tuple[str, float, float]] = []
    runs = 15
    base = fresh_process_seconds("pass", runs)
    httpx_import = fresh_process_seconds("import httpx", runs) - base
    ours_import = fresh_process_seconds("import realtimekit", runs) - base
    rows.append(("import, ms over bare python", ours_import * 1e3, httpx_import * 1e3))

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    request = StartRecordingRequest(
        meeting_id="m-1", max_seconds=600, video_config=VideoConfig(codec="H264", width=1280)
    )
    payload = request.to_dict()
    path = f"{url}/accounts/acc/realtimekit/recordings"
    headers = {"Authorization": "Bearer t"}
    with httpx.Client() as raw, RealtimeKit(api_token="t", base_url=url) as client:
        raw_call = per_call_seconds(lambda: raw.post(path, json=payload, headers=headers), 500)
        ours_call = per_call_seconds(lambda: client.start_recording("acc", request), 500)
    server.shutdown()
    rows.append(("per call, µs", ours_call * 1e6, raw_call * 1e6))

    generate = fresh_process_seconds(
        "import sys; from generator.cli import main; sys.exit(main(['generate', '--check']))", 5
    )
    rows.append(("generate --check cold, ms", generate * 1e3, base * 1e3))

    print(f"{'measure':32} {'ours':>10} {'baseline':>10} {'ratio':>7}")
    for name, ours, baseline in rows:
        print(f"{name:32} {ours:10.1f} {baseline:10.1f} {ours / baseline:7.2f}")
    print("baselines: import httpx; raw httpx.Client.post(json=...); python -c pass")


if __name__ == "__main__":
    main()
