"""The backstop compile of the generated Python: templates must never emit code that does not
compile, and a file that does not is never written.

``compile()`` of a large API's code costs about as much as rendering it, so it runs in child
processes (:mod:`generator.forked`) on the other core: a large file is compiled as soon as it
is rendered, while the next templates render; the others beside ruff. Only the first error,
by path, comes back.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from .forked import Forked

# A file this large is compiled at once, by itself; smaller ones together, later.
EARLY = 256_000

Error = tuple[str, str]  # (path, message); ("", "") when every file compiles


class CompileCheck:
    """The compile checks of one run: :meth:`rendered` per file made, then :meth:`start` on the
    finished tree, then :meth:`error`."""

    def __init__(self) -> None:
        self._checks: dict[str, tuple[str, Forked[Error]]] = {}  # path → (text, its check)

    def rendered(self, rel: str, text: str) -> None:
        """Called by the renderer with each file it has made."""
        if rel.endswith(".py") and len(text) >= EARLY:
            self._checks[rel] = (text, Forked(functools.partial(first_error, {rel: text})))

    def start(self, files: Mapping[str, str]) -> None:
        """Check the Python files of ``files`` not checked yet (or changed since)."""
        rest = {
            rel: text
            for rel, text in files.items()
            if rel.endswith(".py") and self._checks.get(rel, ("",))[0] != text
        }
        if rest:
            self._checks[""] = ("", Forked(functools.partial(first_error, rest)))

    def error(self) -> str:
        """The first error, by path, of the checks started; "" when everything compiles."""
        found: list[Error] = []
        checks, self._checks = list(self._checks.values()), {}
        for _, check in checks:
            try:
                found.append(check.result())
            except Exception as exc:  # a child that failed otherwise: a bug, said plainly
                found.append(("~", f"the compile check failed: {type(exc).__name__}: {exc}"))
        return min((e for e in found if e[0]), default=("", ""))[1]


def first_error(files: Mapping[str, str]) -> Error:
    """The first file (by path) of ``files`` that does not compile, and why."""
    for rel in sorted(files):
        try:
            compile(files[rel], rel, "exec", dont_inherit=True)
        except SyntaxError as exc:
            message = (
                f"the generated {rel} does not compile (line {exc.lineno}: {exc.msg}); "
                "this is a generator bug, please report it with the spec"
            )
            return rel, message
    return "", ""
