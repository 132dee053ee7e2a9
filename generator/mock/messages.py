"""The mock's view of HTTP: a parsed request in, a complete response (or a dropped connection) out.

Keeping sockets out of these types lets the app be driven in-process by tests and keeps the
server module a thin adapter.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs


@dataclass(frozen=True)
class Request:
    method: str  # upper case
    target: str  # as received: path and query, still percent-encoded
    headers: Mapping[str, str]  # names in lower case
    body: bytes

    @property
    def path(self) -> str:
        path = self.target.split("#", 1)[0].split("?", 1)[0]
        if "://" in path:  # absolute-form target: keep only the path
            path = "/" + path.split("://", 1)[1].partition("/")[2]
        return path or "/"

    @property
    def query_string(self) -> str:
        return self.target.split("#", 1)[0].partition("?")[2]

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(self.query_string, keep_blank_values=True)


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    drop: bool = False  # close the connection without answering


def json_response(
    status: int,
    payload: Any,
    headers: Mapping[str, str] | None = None,
    content_type: str = "application/json",
) -> Response:
    body = json.dumps(payload, ensure_ascii=False, allow_nan=False).encode("utf-8")
    return Response(status, body, {"Content-Type": content_type, **(headers or {})})


DROPPED = Response(0, drop=True)
