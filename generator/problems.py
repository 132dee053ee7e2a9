"""Spec problems as values: collected across every pipeline stage, reported together.

A problem is never raised at the first occurrence; each stage returns the problems it found so
the user sees all of them in one run, each as ``FILE:LINE:COL: message``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True, slots=True)
class Problem:
    """One thing wrong with a spec, located at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class SpecError(Exception):
    """Raised by a pipeline stage that cannot go on; carries every problem found so far."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the spec")
        self.problems = sorted(set(problems))
