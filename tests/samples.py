"""Sample API payloads shared by the client tests, the end-to-end tests and the benchmarks."""

from __future__ import annotations

from typing import Any

# A start-recording success body, as the real API answers it: {success, data: Recording}.
STARTED: dict[str, Any] = {
    "success": True,
    "data": {
        "id": "2a7f3e4c-5b6d-4e8f-9a0b-1c2d3e4f5a6b",
        "status": "INVOKED",
        "output_file_name": "x.mp4",
        "download_url": None,
        "audio_download_url": None,
        "download_url_expiry": None,
        "file_size": None,
        "session_id": None,
        "invoked_time": "2025-03-14T09:30:00.000Z",
        "started_time": None,
        "stopped_time": None,
    },
}
