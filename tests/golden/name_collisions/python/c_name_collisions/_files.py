# Generated from tests/specs/constructs/name_collisions.yaml by sdkgen 0.1.0. Do not edit.
"""File uploads: ``bytes``, a binary file object, or a :class:`File` with a name and type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO


@dataclass(frozen=True, slots=True)
class File:
    """A file to upload, with the name and media type the server sees.

    Args:
        content: The bytes, or a binary file object (read once, when the call is prepared,
            so that a retry sends the same bytes).
        filename: The name sent in the multipart part; defaults to the file object's name.
        content_type: The part's media type; ``application/octet-stream`` when not given.
    """

    content: bytes | IO[bytes]
    filename: str | None = None
    content_type: str | None = None


FileContent = File | bytes | IO[bytes]
"""What a file field or an ``application/octet-stream`` body accepts."""


def file_part(value: object, field: str) -> tuple[str, bytes, str]:
    """``(filename, bytes, media type)`` of an upload, for httpx's ``files=``."""
    content: object = value
    name: str | None = None
    content_type: str | None = None
    if isinstance(value, File):
        name, content_type, content = value.filename, value.content_type, value.content
    if isinstance(content, (bytes, bytearray, memoryview)):
        data = bytes(content)
    elif hasattr(content, "read"):
        data = content.read()
        if not isinstance(data, bytes):
            raise TypeError(f"{field}: the file object must be opened in binary mode ('rb')")
        name = name or _basename(getattr(content, "name", None))
    else:
        raise TypeError(f"{field}: expected bytes, a binary file object or File")
    return name or field, data, content_type or "application/octet-stream"


def file_bytes(value: object, field: str) -> bytes:
    """The bytes of an ``application/octet-stream`` body."""
    return file_part(value, field)[1]


def _basename(name: object) -> str | None:
    if not isinstance(name, str):
        return None
    return name.replace("\\", "/").rsplit("/", 1)[-1] or None
