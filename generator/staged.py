"""``generate --check --staged``: judge what a commit will hold, not what the disk holds.

The pre-commit hook runs while untracked files (a newly generated file never ``git add``-ed, a
new override template) sit in the working tree; pre-commit only stashes unstaged changes of
tracked files. Comparing with the disk would pass a commit that lacks them. So the check runs
on a copy of the git index: every indexed file under the paths the run reads (``--out``, the
spec, the templates) is written by ``git checkout-index`` into a temporary folder laid out like
the repository, and the run moves into the matching folder there. A file that is not in the
index is absent from the copy, so a generated file that was never added is missing, whatever
the disk holds. Git's own ``GIT_INDEX_FILE`` is honoured, so ``git commit -a`` and
``git commit PATH`` (which commit a temporary index) are judged right too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType


class StagedError(Exception):
    """``--staged`` cannot be carried out here; the message says why."""


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(
            ["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise StagedError("--staged reads the git index, and git is not installed") from None
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise StagedError(f"git {args[0]} failed: {reason[-1] if reason else 'no message'}")
    return result.stdout


class IndexView:
    """The index's files, exported on demand (:meth:`export`) into a temporary folder that is
    the working directory while the view is open."""

    def __init__(self) -> None:
        self.cwd = Path(os.path.realpath(Path.cwd()))
        try:
            top = _git(["rev-parse", "--show-toplevel"], self.cwd)
        except StagedError as exc:
            raise StagedError(f"--staged needs a git repository ({exc})") from None
        self.top = Path(os.path.realpath(top.decode("utf-8").strip()))
        self.root = Path(tempfile.mkdtemp(prefix="sdkgen-index-"))
        self.inside = self.root / self.cwd.relative_to(self.top)

    def __enter__(self) -> IndexView:
        self.inside.mkdir(parents=True, exist_ok=True)
        os.chdir(self.inside)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        os.chdir(self.cwd)
        shutil.rmtree(self.root, ignore_errors=True)

    def export(self, path: Path) -> Path:
        """Copy the indexed files at or under ``path`` (as the user gave it) into the view;
        return the path to use inside it."""
        absolute = Path(os.path.realpath(self.cwd / path))
        try:
            rel = absolute.relative_to(self.top)
        except ValueError:
            raise StagedError(
                f"--staged: {path} is outside the git repository {self.top}"
            ) from None
        listed = _git(["ls-files", "-z", "--", rel.as_posix() or "."], self.top)
        if listed:
            _git(
                ["checkout-index", "-f", "-z", "--stdin", f"--prefix={self.root}/"],
                self.top,
                listed,
            )
        return Path(os.path.relpath(self.root / rel, self.inside))
