"""Spec findings as values: collected across every pipeline stage, reported together.

A finding is never raised at the first occurrence; each stage returns what it found so the
user sees all of it in one run, each as ``FILE:LINE:COL: severity[rule-id]: message``.

Severities (ruff's and Spectral's model): an *error* means no correct code can be generated;
a *warning* is a spec defect with a safe, documented fallback, which never blocks unless
``--strict``; a *note* records a decision the generator made (a name chosen to avoid a clash).
Every finding names a stable rule id registered in :mod:`generator.findings`.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, NOTE = "error", "warning", "note"


@dataclass(frozen=True, order=True, slots=True)
class Problem:
    """One finding about a spec, located at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: str
    rule: str = "spec"
    severity: str = ERROR

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}:{self.column}: {self.severity}[{self.rule}]: {self.message}"
        )

    @property
    def blocking(self) -> bool:
        return self.severity == ERROR


class SpecError(Exception):
    """Raised by a pipeline stage that cannot go on; carries every finding made so far
    (warnings and notes too, so the report is whole)."""

    def __init__(self, problems: list[Problem]) -> None:
        unique = sorted(set(problems))
        errors = sum(p.blocking for p in unique)
        super().__init__(f"{errors} error(s) in the spec")
        self.problems = unique
