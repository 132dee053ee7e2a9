"""Build generated docs with `mkdocs build --strict`, as `nox -s docs` does."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Every request field of the seed reference page (shared/seed/start-recording-endpoint.txt),
# which the start-recording page must show, in its Markdown and in the browser.
SEED_FIELDS = [
    "url",
    "audio_config",
    "audio_config.export_file",
    "audio_config.channel",
    "audio_config.codec",
    "realtimekit_bucket_config",
    "realtimekit_bucket_config.enabled",
    "rtmp_out_config",
    "rtmp_out_config.rtmp_url",
    "allow_multiple_recordings",
    "storage_config",
    "storage_config.private_key",
    "storage_config.region",
    "storage_config.port",
    "storage_config.username",
    "storage_config.bucket",
    "storage_config.auth_method",
    "storage_config.password",
    "storage_config.type",
    "storage_config.access_key",
    "storage_config.host",
    "storage_config.path",
    "storage_config.secret",
    "video_config",
    "video_config.export_file",
    "video_config.height",
    "video_config.width",
    "video_config.codec",
    "video_config.watermark",
    "video_config.watermark.size",
    "video_config.watermark.size.height",
    "video_config.watermark.size.width",
    "video_config.watermark.url",
    "video_config.watermark.position",
    "file_name_prefix",
    "max_seconds",
    "meeting_id",
    "interactive_config",
    "interactive_config.type",
]


# Material prints its end-of-life notice (README, "Docs theme") on every build; the tests read
# the build's output for warnings of their own.
QUIET_MKDOCS = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(docs: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """Build ``docs`` (the folder holding mkdocs.yml, pages in docs/) into ``site``."""
    return subprocess.run(
        [
            *(sys.executable, "-m", "mkdocs", "build", "--strict"),
            *("--config-file", str(docs / "mkdocs.yml"), "--site-dir", str(site)),
        ],
        capture_output=True,
        text=True,
        check=False,
        env=QUIET_MKDOCS,
    )


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """Serve ``site`` on a free loopback port for the duration; yields its base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def page_paths(site: Path) -> list[str]:
    """Every HTML page of the built site, as the URL path a reader opens."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        paths.append(rel.removesuffix("index.html") if html.name == "index.html" else rel)
    return paths
