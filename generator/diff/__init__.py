"""``python -m generator diff``: what changed between two versions of a spec, and its semver bump.

Both specs are built into :class:`~generator.ir.Api` models, which are compared at two levels:
the HTTP contract (:mod:`.wire`, :mod:`.walk`) and the generated Python API (:mod:`.python_api`).
Each change is classified breaking (major), compatible (minor) or documentation only (patch).
"""

from __future__ import annotations

from ..ir import Api
from . import python_api, wire
from .changes import Bump, Change, total_bump
from .walk import Walk

__all__ = ["Bump", "Change", "diff_apis", "total_bump"]


def diff_apis(old: Api, new: Api) -> list[Change]:
    """Every change from ``old`` to ``new``, grouped (operations, models, classes, client)."""
    walk = Walk(old, new)
    wire.operations(walk)
    python_api.methods(walk)
    walk.drain()
    python_api.enums(walk)
    python_api.classes(walk)
    python_api.client(walk)
    return _ordered(walk.changes)


def _ordered(changes: list[Change]) -> list[Change]:
    """Stable order: groups as first met (operations first), breaking changes first in each."""
    groups: dict[str, int] = {}
    for c in changes:
        groups.setdefault(c.group, len(groups))
    unique = list(dict.fromkeys(changes))
    return sorted(unique, key=lambda c: (groups[c.group], not c.breaking, c.where, c.kind))
