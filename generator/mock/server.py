"""The HTTP side: a threaded HTTP/1.1 server with keep-alive, and clean shutdown on signals.

Each response goes out in one write with an exact ``Content-Length`` (and ``TCP_NODELAY``),
so keep-alive clients never wait on Nagle's algorithm. Clients that hang up mid-request are
not errors; nothing is logged per request.
"""

from __future__ import annotations

import contextlib
import json
import signal
import socket
import socketserver
import sys
import threading
import traceback
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType
from typing import Any

from ..exitcodes import EXIT_CANNOT_WRITE, EXIT_OK
from ..ir import Api
from ..load import LoadedSpec
from .app import MockApp
from .messages import Request, Response
from .responses import generic_error

MAX_BODY = 10 * 1024 * 1024
EXIT_CANNOT_LISTEN = EXIT_CANNOT_WRITE  # the port, like --out, is a place it cannot use


class _BadFraming(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "sdkgen-mock"
    sys_version = ""
    disable_nagle_algorithm = True
    server: _Server

    def _dispatch(self) -> None:
        try:
            body = self._read_body()
        except _BadFraming as exc:
            self.close_connection = True
            self._write(Response(exc.status, _error_bytes(exc.status, str(exc)), _JSON))
            return
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            joiner = "; " if key == "cookie" else ", "  # cookies are never comma-separated
            headers[key] = f"{headers[key]}{joiner}{value}" if key in headers else value
        response = self.server.app.handle(Request(self.command, self.path, headers, body))
        if response.drop:
            self.close_connection = True
            return
        self._write(response)

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_TRACE = _dispatch

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            return b""
        if not length_text.strip().isdigit():
            raise _BadFraming(400, f"invalid Content-Length {length_text!r}")
        length = int(length_text)
        if length > MAX_BODY:
            raise _BadFraming(413, f"the request body is larger than {MAX_BODY} bytes")
        body = self.rfile.read(length)
        if len(body) < length:
            raise _BadFraming(400, "the request body is shorter than its Content-Length")
        return body

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024).split(b";", 1)[0].strip()
            try:
                size = int(line, 16)
            except ValueError:
                raise _BadFraming(400, "invalid chunked encoding") from None
            if size == 0:
                while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            total += size
            if total > MAX_BODY:
                raise _BadFraming(413, f"the request body is larger than {MAX_BODY} bytes")
            chunks.append(self.rfile.read(size))
            self.rfile.readline(8)

    def _write(self, response: Response) -> None:
        status = response.status
        phrase = _phrase(status)
        lines = [
            f"HTTP/1.1 {status} {phrase}",
            f"Server: {self.server_version}",
            f"Date: {formatdate(usegmt=True)}",
            f"Content-Length: {len(response.body)}",
            *(f"{name}: {value}" for name, value in response.headers.items()),
        ]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace")
        payload = head if self.command == "HEAD" else head + response.body
        try:
            self.wfile.write(payload)
        except OSError:  # the client gave up (a read timeout, say): nothing to answer
            self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed HTTP (bad request line, huge headers…): answer in JSON, then close."""
        self.close_connection = True
        text = message or explain or _phrase(code)
        self._write(Response(code, _error_bytes(code, text), _JSON))

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: no per-request logging."""


_JSON = {"Content-Type": "application/json"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], app: MockApp) -> None:
        self.app = app
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup of the host; skip it (it can stall).
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # connection reset, broken pipe, timeout: the client went away
        traceback.print_exc(file=sys.stderr)


def run(spec: LoadedSpec, api: Api, host: str, port: int) -> int:
    """Serve until SIGINT or SIGTERM; 0 after a clean shutdown, 2 if the port is unavailable."""
    app = MockApp(spec, api)
    for warning in app.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    try:
        server = _Server((host, port), app)
    except OSError as exc:
        print(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_CANNOT_LISTEN
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    in_main = threading.current_thread() is threading.main_thread()
    previous = (
        {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        if in_main
        else {}
    )
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    )
    thread.start()
    bound = server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    # The URL clients use as their base URL: the first server's path on this host and port.
    _say(f"Mock server for {spec.file} listening on http://{shown}:{bound}{app.base_path}")
    try:
        while not stop.wait(1.0):
            pass
    finally:
        server.shutdown()
        server.server_close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    _say(f"Mock server stopped after {app.served} API requests")
    return EXIT_OK


def _say(line: str) -> None:
    with contextlib.suppress(OSError):  # stdout may have been closed by whoever started us
        print(line, flush=True)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Status"


def _error_bytes(status: int, message: str) -> bytes:
    return json.dumps(generic_error(status, message, [])).encode("utf-8")
