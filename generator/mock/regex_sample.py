"""The shortest simple string a regular expression matches: a mock's answer, or an example id,
for a ``pattern`` such as ``^MG[0-9a-fA-F]{32}$`` (Twilio's SIDs) that no fixed guess meets.

Walks the pattern as Python's own parser reads it (``re._parser``, the module exrex and
hypothesis use too): literals as written, the first member of a class, each repeat its minimum
(one for ``+``), the first branch. Returns None for what it does not read (lookarounds,
backreferences); the caller then keeps its own guess.
"""

from __future__ import annotations

import re
import sys
from typing import Any

if sys.version_info >= (3, 11):
    import re._parser as sre_parse
else:  # pragma: no cover (Python 3.10)
    import sre_parse

_CATEGORY_SAMPLES = {"DIGIT": "0", "WORD": "a", "SPACE": " "}


class _Unreadable(Exception):
    pass


def sample(pattern: str) -> str | None:
    """A string ``re.search(pattern, ...)`` accepts, or None."""
    try:
        text = _walk(sre_parse.parse(pattern))
    except (_Unreadable, re.error, RecursionError, ValueError, TypeError):
        return None
    return text if re.search(pattern, text) else None


def _walk(items: Any) -> str:
    return "".join(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> str:
    if op is sre_parse.LITERAL:
        return chr(av)
    if op is sre_parse.NOT_LITERAL:
        return "a" if chr(av) != "a" else "b"
    if op is sre_parse.ANY:
        return "a"
    if op is sre_parse.AT:
        return ""
    if op is sre_parse.IN:
        return _member(av)
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        low, _high, sub = av
        return _walk(sub) * max(int(low), 0)
    if op is sre_parse.SUBPATTERN:
        return _walk(av[-1])
    if op is sre_parse.BRANCH:
        return _walk(av[1][0])
    raise _Unreadable(op)


def _member(members: Any) -> str:
    if members and members[0][0] is sre_parse.NEGATE:
        raise _Unreadable(sre_parse.NEGATE)
    for op, av in members:
        if op is sre_parse.LITERAL:
            return chr(av)
        if op is sre_parse.RANGE:
            return chr(av[0])
        if op is sre_parse.CATEGORY:
            for name, value in _CATEGORY_SAMPLES.items():
                if name in str(av) and "NOT" not in str(av):
                    return value
    raise _Unreadable(sre_parse.IN)
