"""Every naming decision, in one place: spec names → Python identifiers.

Names are decided once, while building the IR; templates never convert names themselves.
Names in any script work: Latin letters lose their accents (``ñame`` → ``name``), letters of
other scripts are kept (``日本語`` stays ``日本語``, a valid identifier), and a property or
parameter without letters or digits is spelled by its characters' Unicode names (``+`` →
``plus_sign``). The wire name is kept beside the Python name for the JSON.
"""

from __future__ import annotations

import functools
import keyword
import unicodedata

# Methods every generated model has (public: README, DESIGN §4): a field of the spec with one
# of these names is renamed, with a note (generator.build.naming).
MODEL_METHODS = frozenset({"to_dict", "from_dict"})
_RESERVED_CLASSES = frozenset({"Any", "Enum", "datetime", "dataclass", "field"})
# Names the generated code reads where a field (class body) or a parameter (method body) would
# shadow them: builtins in annotations and calls, decorators, and the helpers that operation
# bodies call. tests/test_names_shadowing.py generates a spec using every builtin and helper as
# a property and parameter name, so a template that starts reading a new one fails there.
SHADOWED = frozenset(
    {
        *("any", "bool", "bytes", "classmethod", "dict", "float", "frozenset", "int"),
        *("isinstance", "len", "list", "object", "property", "set", "str", "super", "tuple"),
        *("date", "datetime", "field", "httpx", "json", "os", "encode", "json_body"),
        *("as_timeout", "with_extras", "file_bytes", "file_part", "decode_any", "decode_int"),
        *("decode_str", "decode_bool", "decode_float", "decode_datetime", "dict_decoder"),
        *("list_decoder", "object_decoder", "union_decoder", "discriminated_decoder"),
        *("tuple_decoder",),
    }
)
# Latin letters that have no ASCII decomposition.
_LATIN = {
    "ß": "ss",
    "ẞ": "SS",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "ł": "l",
    "Ł": "L",
    "þ": "th",
    "Þ": "TH",
    "\u0131": "i",  # dotless i
    "ħ": "h",
    "Ħ": "H",
}


def _transliterate(name: str) -> str:
    """``name`` in NFKC with Latin letters made ASCII (``é`` → ``e``); other scripts kept."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKC", name):
        if char.isascii():
            out.append(char)
        elif char in _LATIN:
            out.append(_LATIN[char])
        elif unicodedata.combining(char) and out and out[-1][-1:].isascii():
            continue  # an accent on a Latin letter that has no precomposed form
        else:
            base = unicodedata.normalize("NFKD", char)
            stripped = "".join(c for c in base if not unicodedata.combining(c))
            out.append(stripped if stripped.isascii() and stripped.isalnum() else char)
    return "".join(out)


def _is_word_char(char: str) -> bool:
    """Letters, digits and combining marks (Indic vowel signs) that may continue an identifier."""
    if char == "_" or not ("a" + char).isidentifier():
        return False
    return char.isalnum() or unicodedata.category(char) in ("Mn", "Mc")


def words(name: str) -> list[str]:
    """Split ``name`` into words at separators, camelCase humps and script changes."""
    return list(_words(name))


@functools.lru_cache(maxsize=4096)  # a spec names the same things again and again
def _words(name: str) -> tuple[str, ...]:
    # NFKC as Python normalizes identifiers: ligatures and full-width letters become ASCII.
    text = _transliterate(name)
    parts: list[str] = []
    current = ""
    for i, char in enumerate(text):
        if not _is_word_char(char):
            if current:
                parts.append(current)
            current = ""
            continue
        if current and _boundary(text[i - 1], char, text[i + 1 : i + 2]):
            parts.append(current)
            current = ""
        current += char
    if current:
        parts.append(current)
    return tuple(parts)


def _boundary(before: str, char: str, after: str) -> bool:
    """Whether a new word starts at ``char``: ``userId``, ``HTTPServer``, ``get日本``."""
    if before.isascii() != char.isascii() and (before.isalpha() or char.isalpha()):
        return not unicodedata.category(char).startswith("M")
    if char.isupper() and (before.islower() or before.isdigit()):
        return True
    return char.isupper() and before.isupper() and after.islower()


def spelled_words(name: str) -> list[str]:
    """``words(name)``, or for a name without letters or digits its characters' Unicode names."""
    found = words(name)
    if found or not name:
        return found
    spelled: list[str] = []
    for char in name:
        try:
            spelled.extend(words(unicodedata.name(char)))
        except ValueError:  # control characters and unassigned code points have no name
            spelled.append(f"U{ord(char):04X}")
    return spelled


def snake(name: str) -> str:
    """``startRecording`` → ``start_recording``; ``user_Id`` → ``user_id``."""
    return _safe("_".join(w.lower() for w in words(name)))


def pascal(name: str) -> str:
    """``video_config`` → ``VideoConfig``; keeps acronyms already in PascalCase."""
    return _safe("".join(w[:1].upper() + w[1:] for w in words(name)))


def constant(name: str) -> str:
    """Enum member name: ``right bottom`` → ``RIGHT_BOTTOM``; ``VP8`` → ``VP8``."""
    return _safe("_".join(w.upper() for w in words(name)))


def enum_members(values: list[str]) -> list[str]:
    """Member names for enum ``values``: unique, with ``VALUE_<n>`` for values without letters.

    Unlike field names (which users type and JSON must round-trip), member names can be made
    unique safely: the member still carries its exact value.
    """
    result: list[str] = []
    taken: set[str] = set()  # a set: enums may have thousands of values
    for index, value in enumerate(values):
        name = constant(value) if is_mappable(value) else f"VALUE_{index}"
        candidate, n = name, 2
        while candidate in taken:
            candidate, n = f"{name}_{n}", n + 1
        result.append(candidate)
        taken.add(candidate)
    return result


def method_name(operation_id: str | None, method: str, route: str) -> str:
    """Client method for an operation: its ``operationId`` in snake_case, else method + path.

    ``GET /items/{item_id}`` → ``get_items_item_id``; ``GET /`` → ``get``. The fallback depends
    on the spec alone, so it is stable across runs; path parameters keep their names.
    """
    if operation_id:
        return snake(operation_id)
    return snake(f"{method} {route}")


# Comparison operators ending a parameter name (Twilio's ``EndTime<``, ``EndTime>=``).
_COMPARISONS = (("<=", "on_or_before"), (">=", "on_or_after"), ("<", "before"), (">", "after"))


def field_name(name: str) -> str:
    """Dataclass field or argument for property or parameter ``name`` (any non-empty name).

    A trailing comparison is spelled out (``EndTime<`` → ``end_time_before``, ``EndTime>=`` →
    ``end_time_on_or_after``). Avoids the names generated code reads (``list`` → ``list_``);
    collisions with other names are resolved by :mod:`generator.build.naming`.
    """
    for operator, word in _COMPARISONS:
        stem = name.rstrip()
        if stem.endswith(operator) and words(stem[: -len(operator)]):
            return field_name(stem[: -len(operator)]).rstrip("_") + "_" + word
    result = _safe("_".join(w.lower() for w in spelled_words(name)))
    return result + "_" if result in SHADOWED else result


def class_name(name: str) -> str:
    result = pascal(name)
    return result + "_" if result in _RESERVED_CLASSES else result


def _safe(name: str) -> str:
    """A valid identifier: NFKC (as Python reads it), no leading digit, no keyword."""
    name = unicodedata.normalize("NFKC", name)
    if not name.isidentifier():  # what lower() or upper() made of a rare letter
        name = "".join(c for c in name if ("a" + c).isidentifier())
    if not name:
        return ""
    if not name[0].isidentifier():  # a digit or a combining mark cannot start a name
        name = "_" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in {"self", "cls"}:
        name += "_"
    return name


def is_mappable(name: str) -> bool:
    """Whether ``name`` has letters or digits to make a Python identifier from."""
    return bool(words(name))
