"""The backstop compile of the generated Python: templates must never emit code that does not
compile, and a file that does not is never written.

``compile()`` of a large API's code costs about as much as rendering it, so it runs in child
processes (:mod:`generator.forked`) on the other core: a large file is compiled as soon as it
is rendered, while the next templates render; the others beside ruff. Only the first error,
by path, comes back.

With the built-in templates, code that does not compile is a generator bug. With a user's
``--templates``, it is most likely theirs: the message then names the template that made the
file, and the template's line when the broken line is written there literally.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path

from .forked import Forked
from .load import display_name

# A file this large is compiled at once, by itself; smaller ones together, later.
EARLY = 256_000

# (path, line, message, the line's text); ("", 0, "", "") when every file compiles
Error = tuple[str, int, str, str]
NO_ERROR: Error = ("", 0, "", "")


class CompileCheck:
    """The compile checks of one run: :meth:`rendered` per file made, then :meth:`start` on the
    finished tree, then :meth:`error`.

    ``templates`` is the user's override folder, if any; the renderer fills :attr:`origins`
    (generated path → the template file that made it).
    """

    def __init__(self, templates: Path | None = None) -> None:
        self._checks: dict[str, tuple[str, Forked[Error]]] = {}  # path → (text, its check)
        self.templates = templates
        self.origins: dict[str, str] = {}
        self.users = False  # the last error is put down to the user's templates

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
                message = f"the compile check failed: {type(exc).__name__}: {exc}"
                found.append(("~", 0, message, ""))
        rel, line, message, text = min((e for e in found if e[0]), default=NO_ERROR)
        if rel in ("", "~"):  # everything compiles, or the check itself failed
            self.users = False
            return message
        self.users = self.templates is not None
        return self._blame(rel, line, message, text)

    def _blame(self, rel: str, line: int, message: str, text: str) -> str:
        what = f"the generated {rel} does not compile (line {line}: {message})"
        if self.templates is None:
            return f"{what}; this is a generator bug, please report it with the spec"
        origin = self.origins.get(rel, "")
        ours = os.path.realpath(origin).startswith(os.path.realpath(self.templates) + os.sep)
        if origin and ours:
            where = display_name(Path(origin))
            at = _template_line(Path(origin), text)
            return f"{where}:{at}: {what}" if at else f"{where}: {what}"
        shown = display_name(Path(origin)) if origin else rel
        return (
            f"{what}; it comes from the built-in {shown} with --templates {self.templates} "
            "in use: check the macros or templates you override there"
        )


def _template_line(template: Path, text: str) -> int:
    """The line of ``template`` that holds the broken line ``text`` as written; 0 if none does
    (the line is made by expressions, or is written several times)."""
    wanted = text.strip()
    if not wanted:
        return 0
    try:
        lines = template.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0
    found = [n for n, line in enumerate(lines, 1) if line.strip() == wanted]
    return found[0] if len(found) == 1 else 0


def first_error(files: Mapping[str, str]) -> Error:
    """The first file (by path) of ``files`` that does not compile, where, and why."""
    for rel in sorted(files):
        try:
            compile(files[rel], rel, "exec", dont_inherit=True)
        except SyntaxError as exc:
            line = exc.lineno or 0
            lines = files[rel].splitlines()
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            return rel, line, exc.msg, text
    return NO_ERROR
