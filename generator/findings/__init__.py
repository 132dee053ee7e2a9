"""Rules: every kind of finding the generator makes, each with a stable id, a default severity
and, for a warning, the fallback that keeps the generated code correct.

Each rule family lives in its own module and registers its rules there, beside the code that
finds (and, for warnings, repairs) what it names:

============== ==================================================================
module         rules
============== ==================================================================
``input``      the file itself: unreadable, invalid YAML or JSON, duplicate keys
``structure``  the OpenAPI meta-schema; unexpected keys
``dialect``    JSON Schema keywords: unknown, unsupported, the other OpenAPI version's
``values``     defaults and examples that break their schema
``shapes``     enums, ``required`` and discriminators a generator can read sensibly
``refs``       ``$ref`` targets, cycles, other files (outside the folder, operations)
``naming``     operation ids, method, class, field and parameter names
``operations`` operations: method names, path parameters, parameters declared twice, security
``build``      what only building the model finds (``x-sdk`` settings, constructs)
``overlay``    ``--overlay`` files: not an Overlay 1.0 document, bad targets, no match
============== ==================================================================

A user raises or lowers one rule with ``--rule ID=LEVEL`` or a ``[tool.sdkgen.rules]`` table
(:mod:`.settings`); ``--strict`` makes every warning an error.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from ..problems import ERROR, NOTE, WARNING

__all__ = ["ERROR", "NOTE", "RULES", "WARNING", "Rule", "all_rules", "rule"]

_FAMILIES = (
    *("input", "structure", "dialect", "values", "shapes"),
    *("refs", "naming", "operations", "build", "overlay"),
)


@dataclass(frozen=True)
class Rule:
    """One kind of finding. ``fallback`` says what the generator does instead of stopping."""

    id: str
    severity: str
    summary: str
    fallback: str = ""


RULES: dict[str, Rule] = {}


def rule(id: str, severity: str, summary: str, fallback: str = "") -> str:
    """Register a rule; returns its id, for the module's constant."""
    assert id not in RULES, f"rule {id!r} registered twice"
    assert severity in (ERROR, WARNING, NOTE)
    assert (severity == ERROR) == (not fallback), f"rule {id!r}: a fallback iff not an error"
    RULES[id] = Rule(id, severity, summary, fallback)
    return id


def all_rules() -> dict[str, Rule]:
    """Every rule of every family, by id."""
    for family in _FAMILIES:
        importlib.import_module(f"{__name__}.{family}")
    return RULES
