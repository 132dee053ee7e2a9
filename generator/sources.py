"""Where a spec is read from: a file, standard input (``-``), or a git revision
(``git:REF:path``, read with ``git show REF:path`` in the working directory's repository).

The last two are for the release loop: comparing with the spec of the last release needs no
checkout (``diff git:v1.2.0:spec/openapi.yaml spec/openapi.yaml``). A spec read from stdin or
git is parsed under that name, so its findings read ``git:v1.2.0:spec/openapi.yaml:12:3: ...``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .load import MAX_BYTES, LoadedSpec, parse_spec

STDIN = "-"
GIT = "git:"


class SourceError(Exception):
    """A spec source that cannot be read (a bad ref, a missing path, no repository): one line."""


class UnknownRef(SourceError):
    """The git ref names no commit."""


def read(arg: str) -> Path | LoadedSpec:
    """A file's path (loaded later like any ``--spec``), or the spec read from stdin or git."""
    if arg == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return parse_spec(_decoded(data, "<stdin>"), "<stdin>")
    if arg.startswith(GIT):
        ref, path = _split(arg)
        return parse_spec(_decoded(show(ref, path, arg), arg), arg)
    return Path(arg)


def previous(arg: str, spec: Path, cwd: Path | None = None) -> Path | LoadedSpec:
    """``generate --previous``: a file, ``git:REF:path``, or a bare git ref meaning that
    revision of ``spec`` (the same file, as it was then). ``cwd``: the user's working
    directory, when the run has moved (``--staged`` works in a copy of the git index)."""
    here = cwd or Path.cwd()
    if arg.startswith(GIT):
        ref, path = _split(arg)
        return parse_spec(_decoded(show(ref, path, arg, here), arg), arg)
    if arg == STDIN:
        return read(arg)
    if (here / arg).is_file():
        return here / arg
    if (here / arg).exists():
        raise SourceError(f"--previous {arg}: a folder, neither a spec file nor a git ref")
    top = _git(["rev-parse", "--show-toplevel"], arg, here).decode("utf-8", "replace").strip()
    rel = Path(os.path.relpath(here / spec, top)).as_posix()
    if rel.startswith("../"):
        raise SourceError(f"--previous {arg}: --spec {spec} is outside the git repository {top}")
    name = f"{GIT}{arg}:{rel}"
    try:
        data = show(arg, rel, name, here)
    except UnknownRef:
        raise SourceError(f"--previous {arg}: neither a spec file nor a git ref") from None
    return parse_spec(_decoded(data, name), name)


def _split(arg: str) -> tuple[str, str]:
    ref, sep, path = arg[len(GIT) :].partition(":")
    if not sep or not ref or not path:
        raise SourceError(
            f"{arg}: write a spec in git as git:REF:path (git:HEAD~1:spec/openapi.yaml)"
        )
    return ref, path


def show(ref: str, path: str, name: str, cwd: Path | None = None) -> bytes:
    """The bytes of ``path`` at ``ref``, or a :class:`SourceError` saying which part is wrong.

    ``path`` is git's: from the top of the repository, or from ``cwd`` when it starts ``./``.
    """
    _git(["rev-parse", "--git-dir"], name, cwd)
    if ref.startswith("-"):  # an option to git, never a ref
        raise UnknownRef(f"{name}: unknown git ref {ref!r}")
    try:
        check = ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"]
        _git(check, name, cwd)
    except SourceError:
        raise UnknownRef(f"{name}: unknown git ref {ref!r}") from None
    try:
        # What `git show REF:path` prints for a file; a folder is refused, not listed.
        return _git(["cat-file", "blob", f"{ref}:{path}"], name, cwd)
    except SourceError:
        raise SourceError(f"{name}: {path} does not exist at {ref} (or is no file)") from None


def _git(args: list[str], name: str, cwd: Path | None = None) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise SourceError(f"{name}: git is not installed") from None
    if result.returncode != 0:
        if args[0] == "rev-parse" and args[1] in ("--git-dir", "--show-toplevel"):
            raise SourceError(f"{name}: {cwd or os.getcwd()} is not in a git repository")
        raise SourceError(f"{name}: git {args[0]} failed")
    return result.stdout


def _decoded(data: bytes, name: str) -> str:
    if len(data) > MAX_BYTES:  # parse_spec refuses it, saying how much it reads
        return data.decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: cannot read the spec: {exc}") from None
