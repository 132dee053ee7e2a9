"""Per-call overhead: ``start_recording`` against raw httpx, sync and async, same server.

The generated client (validation on: every call checks the request and decodes the answer into
dataclasses) and a raw ``httpx.Client.post(json=...)`` + ``.json()`` of the same body send
1,000 sequential calls each per round to one keep-alive server (``server.py``, its own
process). Within a round the two alternate call by call, each call timed, so that the machine
slowing down (as these 2-core machines do, by half within a second) slows both alike; which
goes first alternates round after round. A figure is the median over rounds of µs per call.

Run as a script it is the client process: ``python calls.py URL CALLS ROUNDS`` prints JSON.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from measure import Series, run
from report import Row

HERE = Path(__file__).resolve().parent
WARM_UP = 100


def _sync_cases(url: str) -> tuple[dict[str, Callable[[], object]], Callable[[], None]]:
    import httpx
    from realtimekit import RealtimeKit
    from realtimekit.models import StartRecordingRequest, VideoConfig

    request = StartRecordingRequest(
        meeting_id="m-1", max_seconds=600, video_config=VideoConfig(codec="H264", width=1280)
    )
    payload = request.to_dict()
    path = f"{url}/accounts/acc/realtimekit/recordings"
    headers = {"Authorization": "Bearer t"}
    raw = httpx.Client()
    client = RealtimeKit(api_token="t", base_url=url)

    def close() -> None:
        raw.close()
        client.close()

    return {
        "raw": lambda: raw.post(path, json=payload, headers=headers).json(),
        "ours": lambda: client.start_recording("acc", request),
    }, close


def _async_cases(
    url: str,
) -> tuple[dict[str, Callable[[], Awaitable[object]]], Callable[[], Awaitable[None]]]:
    import httpx
    from realtimekit import AsyncRealtimeKit
    from realtimekit.models import StartRecordingRequest, VideoConfig

    request = StartRecordingRequest(
        meeting_id="m-1", max_seconds=600, video_config=VideoConfig(codec="H264", width=1280)
    )
    payload = request.to_dict()
    path = f"{url}/accounts/acc/realtimekit/recordings"
    headers = {"Authorization": "Bearer t"}
    raw = httpx.AsyncClient()
    client = AsyncRealtimeKit(api_token="t", base_url=url)

    async def raw_call() -> object:
        return (await raw.post(path, json=payload, headers=headers)).json()

    async def close() -> None:
        await raw.aclose()
        await client.close()

    return {"raw": raw_call, "ours": lambda: client.start_recording("acc", request)}, close


def client_process(url: str, calls: int, rounds: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {}
    cases, close = _sync_cases(url)
    for call in cases.values():
        for _ in range(WARM_UP):
            call()
    names = list(cases)
    clock = time.perf_counter
    for r in range(rounds):
        order = [(name, cases[name]) for name in names[r % 2 :] + names[: r % 2]]
        spent = dict.fromkeys(names, 0.0)
        for _ in range(calls):
            for name, call in order:
                start = clock()
                call()
                spent[name] += clock() - start
        for name in names:
            results.setdefault(f"sync {name}", []).append(spent[name] / calls)
    close()

    async def run_async() -> None:
        acases, aclose = _async_cases(url)
        for acall in acases.values():
            for _ in range(WARM_UP):
                await acall()
        for r in range(rounds):
            order = [(name, acases[name]) for name in names[r % 2 :] + names[: r % 2]]
            spent = dict.fromkeys(names, 0.0)
            for _ in range(calls):
                for name, acall in order:
                    start = clock()
                    await acall()
                    spent[name] += clock() - start
            for name in names:
                results.setdefault(f"async {name}", []).append(spent[name] / calls)
        await aclose()

    asyncio.run(run_async())
    return results


def per_call(rounds: int, calls: int = 1000) -> list[Row]:
    server = subprocess.Popen(
        [sys.executable, str(HERE / "server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        url = f"http://127.0.0.1:{port}"
        sample = run([sys.executable, str(HERE / "calls.py"), url, str(calls), str(rounds)])
    finally:
        server.terminate()  # stopped by its PID
        server.wait()
    results = json.loads(sample.stdout)
    rows = []
    for mode, raw_name in (("sync", "httpx.Client"), ("async", "httpx.AsyncClient")):
        rows.append(
            Row(
                "per call",
                f"{calls:,} sequential `start_recording` calls, {mode}",
                Series(results[f"{mode} ours"]),
                Series(results[f"{mode} raw"]),
                "µs",
                peer_name=f"raw `{raw_name}.post(json=...)` + `.json()`",
                target=1.03,
            )
        )
    return rows


if __name__ == "__main__":
    url, calls, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(client_process(url, calls, rounds)))
