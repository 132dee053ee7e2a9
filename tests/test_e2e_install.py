"""End to end: pip-install generated/python into a fresh venv and call it over real HTTP."""

from __future__ import annotations

import ast
import json
import subprocess
import textwrap
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from samples import STARTED

ROOT = Path(__file__).resolve().parent.parent

RECORDING = STARTED


class Recorder(BaseHTTPRequestHandler):
    received: list[dict[str, Any]]

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.received.append(
            {
                "method": "POST",
                "path": self.path,
                "headers": dict(self.headers.items()),
                "body": json.loads(self.rfile.read(length)),
            }
        )
        payload = json.dumps(RECORDING).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    received: list[dict[str, Any]] = []
    handler = type("Handler", (Recorder,), {"received": received})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", received
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_installed_client_sends_the_right_request(
    installed_python: Path, server: tuple[str, list[dict[str, Any]]]
) -> None:
    url, received = server
    script = textwrap.dedent(
        f"""
        from realtimekit import RealtimeKit
        from realtimekit.models import (
            StartRecordingRequest, VideoConfig, VideoCodec, StorageConfig, RecordingStatus,
        )
        with RealtimeKit(api_token="tok-123", base_url={url!r}) as client:
            recording = client.start_recording(
                "acc/1?x",
                StartRecordingRequest(
                    meeting_id="m-1",
                    max_seconds=600,
                    allow_multiple_recordings=False,
                    video_config=VideoConfig(codec=VideoCodec.H264, width=1280),
                    storage_config=StorageConfig(type="aws", access_key="AK", secret="S"),
                ),
            )
        assert recording.status is RecordingStatus.INVOKED, recording.status
        assert recording.invoked_time.tzinfo is not None
        print(recording.id)
        """
    )
    result = subprocess.run(
        [str(installed_python), "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == RECORDING["data"]["id"]  # type: ignore[index]
    (request,) = received
    assert request["method"] == "POST"
    assert request["path"] == "/accounts/acc%2F1%3Fx/realtimekit/recordings"
    assert request["headers"]["Authorization"] == "Bearer tok-123"
    assert request["headers"]["Content-Type"] == "application/json"
    assert request["body"] == {
        "meeting_id": "m-1",
        "max_seconds": 600,
        "allow_multiple_recordings": False,
        "video_config": {"codec": "H264", "width": 1280},
        "storage_config": {"type": "aws", "access_key": "AK", "secret": "S"},
    }


def test_installed_package_is_typed_and_depends_only_on_httpx(installed_python: Path) -> None:
    script = (
        "import importlib.metadata as m, importlib.resources as r;"
        "print(m.requires('realtimekit'));"
        "print(r.files('realtimekit').joinpath('py.typed').is_file())"
    )
    result = subprocess.run(
        [str(installed_python), "-c", script], capture_output=True, text=True, check=True
    )
    requires, typed = result.stdout.strip().splitlines()
    assert [r.split(">")[0].split("<")[0] for r in ast.literal_eval(requires)] == ["httpx"]
    assert typed == "True"
