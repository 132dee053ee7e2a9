"""The floor under ``mock``'s start: only what any mock that checks its spec before serving must
do, run as ``mock`` runs it, then the plainest HTTP answer.

openapi-spec-validator's keyword checks of the spec, in a child forked before anything else is
imported (``python -m generator mock`` does the same), while this process reads the spec; then
a 200 to every request. Our own checks, the model, the routes and the server are left out: what
remains is the library's import and check, which ``mock`` cannot skip.

Usage: ``python mockfloor.py GENERATOR_ROOT SPEC PORT``.
"""

from __future__ import annotations

import socket
import sys

root, spec_file, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, root)

from generator.spec_validator import Pending, start_early  # noqa: E402 (after sys.path)

start_early()

from pathlib import Path  # noqa: E402 (after the fork, as in `python -m generator`)

from generator.load import load_spec  # noqa: E402

findings = Pending(load_spec(Path(spec_file)).data).result()
if findings:
    raise SystemExit(f"mockfloor: the spec has problems: {findings}")

with socket.socket() as server:
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen()
    while True:
        connection, _ = server.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
