"""Every naming decision, in one place: spec names → Python identifiers.

Names are decided once, while building the IR; templates never convert names themselves.
"""

from __future__ import annotations

import keyword
import re
import unicodedata

# Names a generated model or field must not take because the generated code already uses them.
_RESERVED_FIELDS = frozenset({"to_dict", "from_dict", "validate", "extra"})
_RESERVED_CLASSES = frozenset({"Any", "Enum", "datetime", "dataclass", "field"})

_WORD_BOUNDARY = re.compile(r"[^0-9A-Za-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def words(name: str) -> list[str]:
    """Split ``name`` into words at separators and camelCase humps (ASCII only)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    parts: list[str] = []
    for chunk in _WORD_BOUNDARY.split(ascii_name):
        parts.extend(p for p in _CAMEL.split(chunk) if p)
    return parts


def snake(name: str) -> str:
    """``startRecording`` → ``start_recording``; ``user_Id`` → ``user_id``."""
    result = "_".join(w.lower() for w in words(name))
    return _safe(result, suffix="_")


def pascal(name: str) -> str:
    """``video_config`` → ``VideoConfig``; keeps acronyms already in PascalCase."""
    result = "".join(w[:1].upper() + w[1:] for w in words(name))
    return _safe(result, suffix="_")


def constant(name: str) -> str:
    """Enum member name: ``right bottom`` → ``RIGHT_BOTTOM``; ``VP8`` → ``VP8``."""
    result = "_".join(w.upper() for w in words(name))
    return _safe(result, suffix="_")


def enum_members(values: list[str]) -> list[str]:
    """Member names for enum ``values``: unique, with ``VALUE_<n>`` for values without letters.

    Unlike field names (which users type and JSON must round-trip), member names can be made
    unique safely: the member still carries its exact value.
    """
    result: list[str] = []
    for index, value in enumerate(values):
        name = constant(value) if is_mappable(value) else f"VALUE_{index}"
        candidate, n = name, 2
        while candidate in result:
            candidate, n = f"{name}_{n}", n + 1
        result.append(candidate)
    return result


def method_name(operation_id: str | None, method: str, route: str) -> str:
    """Client method for an operation: its ``operationId`` in snake_case, else method + path.

    ``GET /items/{item_id}`` → ``get_items_item_id``; ``GET /`` → ``get``. The fallback depends
    on the spec alone, so it is stable across runs; path parameters keep their names.
    """
    if operation_id:
        return snake(operation_id)
    return snake(f"{method} {route}")


def field_name(name: str) -> str:
    """Dataclass field for property ``name``; avoids clashing with generated methods."""
    result = snake(name)
    return result + "_" if result in _RESERVED_FIELDS else result


def class_name(name: str) -> str:
    result = pascal(name)
    return result + "_" if result in _RESERVED_CLASSES else result


def _safe(name: str, *, suffix: str) -> str:
    if not name:
        return ""
    if name[0].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in {"self", "cls"}:
        name += suffix
    return name


def is_mappable(name: str) -> bool:
    """Whether ``name`` yields a usable Python identifier at all."""
    return bool(words(name))
