"""Where a spec is read from: a file, standard input (``-``), or a git revision
(``git:REF:path``, read with ``git show REF:path`` in the working directory's repository).

The last two are for the release loop: comparing with the spec of the last release needs no
checkout (``diff git:v1.2.0:spec/openapi.yaml spec/openapi.yaml``). A spec read from stdin or
git is parsed under that name, so its findings read ``git:v1.2.0:spec/openapi.yaml:12:3: ...``.
"""

from __future__ import annotations

import os
import posixpath
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from .load import MAX_BYTES, LoadedSpec, parse_spec
from .multifile import DiskFiles, resolve

STDIN = "-"
GIT = "git:"


class SourceError(Exception):
    """A spec source that cannot be read (a bad ref, a missing path, no repository): one line."""


class UnknownRef(SourceError):
    """The git ref names no commit."""


def read(arg: str, allow_ref_roots: Sequence[Path] = ()) -> Path | LoadedSpec:
    """A file's path (loaded later like any ``--spec``), or the spec read from stdin or git,
    with the files its ``$ref``s name (from the working directory for stdin, from the same
    revision for git)."""
    if arg == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        spec = parse_spec(_decoded(data, "<stdin>"), "<stdin>")
        return resolve(spec, DiskFiles(Path("<stdin>"), allow_ref_roots))
    if arg.startswith(GIT):
        ref, path = _split(arg)
        return _from_git(ref, path, arg, None, allow_ref_roots)
    return Path(arg)


def _from_git(
    ref: str, path: str, name: str, cwd: Path | None, allow_ref_roots: Sequence[Path]
) -> LoadedSpec:
    spec = parse_spec(_decoded(show(ref, path, name, cwd), name), name)
    return resolve(spec, GitFiles(ref, path, cwd, allow_ref_roots))


class GitFiles:
    """The files of a spec at a git revision (:class:`generator.multifile.Files`): a key is
    a path from the top of the repository; refs may name files under the spec's folder, and
    under each ``--allow-ref-root`` folder of the working tree, at the same revision."""

    def __init__(self, ref: str, path: str, cwd: Path | None, allowed: Sequence[Path] = ()) -> None:
        self.ref, self.cwd = ref, cwd
        here = cwd or Path.cwd()
        if path.startswith("./"):  # git's: from the working directory
            prefix = _git(["rev-parse", "--show-prefix"], path, cwd).decode().strip()
            path = prefix + path[2:]
        self.root = posixpath.normpath(path)
        self.folder = posixpath.dirname(self.root)
        top = _git(["rev-parse", "--show-toplevel"], path, cwd).decode().strip()
        self.roots = [self.folder]
        for folder in allowed:
            rel = Path(os.path.relpath(os.path.realpath(here / folder), top)).as_posix()
            self.roots.append("" if rel == "." else rel)

    def locate(self, base: str, ref: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(base), ref))

    def refused(self, key: str) -> str | None:
        if not key.startswith("../") and key != ".." and not key.startswith("/"):
            for root in self.roots:
                if not root or key.startswith(root + "/"):
                    return None
        return (
            f"it leaves the spec's folder {self.folder or '.'}/ at {self.ref}: refs are "
            "followed only inside it (allow another folder with --allow-ref-root DIR)"
        )

    def read(self, key: str) -> bytes:
        try:
            return show(self.ref, key, self.name(key), self.cwd)
        except UnknownRef:
            raise
        except SourceError:
            raise FileNotFoundError(key) from None

    def name(self, key: str) -> str:
        return f"{GIT}{self.ref}:{key}"

    def relative(self, key: str) -> str:
        return posixpath.relpath(key, self.folder or ".")


def previous(
    arg: str, spec: Path, cwd: Path | None = None, allow_ref_roots: Sequence[Path] = ()
) -> Path | LoadedSpec:
    """``generate --previous``: a file, ``git:REF:path``, or a bare git ref meaning that
    revision of ``spec`` (the same file, as it was then). ``cwd``: the user's working
    directory, when the run has moved (``--staged`` works in a copy of the git index)."""
    here = cwd or Path.cwd()
    if arg.startswith(GIT):
        ref, path = _split(arg)
        return _from_git(ref, path, arg, here, allow_ref_roots)
    if arg == STDIN:
        return read(arg, allow_ref_roots)
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
        show(arg, rel, name, here)
    except UnknownRef:
        raise SourceError(f"--previous {arg}: neither a spec file nor a git ref") from None
    return _from_git(arg, rel, name, here, allow_ref_roots)


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
