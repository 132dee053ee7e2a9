"""Format the rendered tree with ruff, compare it with the output folder, replace it safely.

Everything is rendered and formatted in memory first; only a complete, checked tree is written,
by :mod:`generator.transaction` (staged, journaled, rolled back on any failure or on the run
after a kill) under :mod:`generator.outlock`. The generator owns the files its manifest lists:
it replaces and removes those, and never touches anything else in ``--out``.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import transaction
from .compilecheck import CompileCheck
from .ir import Rename
from .outlock import STATE, Busy, locked
from .paths import UnsafePath, check_path, check_tree
from .tidy import LINE_LENGTH

MANIFEST = "manifest.json"


# Columns of the docs' code blocks: what the theme's code box shows at 1280 px without
# scrolling (Material: 688 px of column, about 80 characters of 13.6 px monospace).
DOCS_CODE_WIDTH = 76


class WriteError(Exception):
    """The output could not be produced or written; the message says why."""


class TemplateCodeError(WriteError):
    """A user's ``--templates`` made Python that does not compile; the message names the
    template (``TEMPLATE_FILE:LINE: ...`` when the line is known)."""


def format_tree(files: dict[str, str], check: CompileCheck | None = None) -> dict[str, bytes]:
    """Run the pinned ruff (lint fixes, then format) over the Python files of ``files``.

    Every Python file must also compile (``check``: the renderer may have started some checks
    already); a file that does not is a :class:`WriteError`.
    """
    check = check or CompileCheck()
    try:
        return _format_tree(files, check)
    except OSError as exc:  # the temporary folder: a full or read-only /tmp
        raise WriteError(f"cannot format the code in a temporary folder: {exc}") from None


def _format_tree(files: dict[str, str], check: CompileCheck) -> dict[str, bytes]:
    with tempfile.TemporaryDirectory(prefix="sdkgen-") as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        python_files = sorted(rel for rel in files if rel.endswith(".py"))
        # ruff also formats the Python code blocks of Markdown files.
        markdown_files = sorted(rel for rel in files if rel.endswith(".md"))
        if python_files:
            check.start(files)  # in child processes, while ruff works
            try:
                _ruff(root, ["check", "--fix-only", "--exit-zero"], python_files)
                # The package's README follows the package's ruff settings; the docs site's
                # pages, the width of its code boxes.
                pages = [rel for rel in markdown_files if rel.startswith("docs/")]
                others = [rel for rel in markdown_files if rel not in pages]
                _ruff(root, ["format"], python_files + others)
                if pages:
                    _ruff(root, ["format", "--line-length", str(DOCS_CODE_WIDTH)], pages)
                _mark_unbreakable_lines(root, python_files)
            except WriteError:
                _raise_if(check)  # ruff failed on code that does not compile
                raise
            _raise_if(check)
        return {rel: (root / rel).read_bytes() for rel in sorted(files)}


def _mark_unbreakable_lines(root: Path, python_files: list[str]) -> None:
    """``# noqa: E501`` on the lines still too long once formatted, so that the package
    passes the ruff configuration it ships.

    The templates keep the generator's own names short and let ruff format wrap the rest; what
    is left is a name or a message the spec chose (an 80-character schema name, the class of
    an inline schema named after it, a method named after a long operationId) that no line
    break can shorten. ruff places each directive (at the end of a multi-line string, for a
    line inside one) and ignores it when formatting. Only run when a line may be too long: its
    UTF-8 bytes are never fewer than the columns ruff counts.
    """
    long_files = [
        rel
        for rel in python_files
        if any(len(line) > LINE_LENGTH for line in (root / rel).read_bytes().splitlines())
    ]
    if long_files:
        _ruff(root, ["check", "--select", "E501", "--add-noqa"], long_files)


def _raise_if(check: CompileCheck) -> None:
    error = check.error()
    if error:
        raise (TemplateCodeError if check.users else WriteError)(error)


def _ruff(root: Path, args: list[str], targets: list[str]) -> None:
    result = subprocess.run(
        [_ruff_binary(), *args, "--no-cache", *targets],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise WriteError(f"ruff {args[0]} failed on the rendered code:\n{result.stderr}")


@functools.cache
def _ruff_binary() -> str:
    """Our own pinned ruff, never whatever `ruff` is on PATH: same bytes everywhere. Its binary
    directly: ``python -m ruff`` would start an interpreter only to run it."""
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

        return os.fsdecode(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        raise WriteError("ruff is not installed beside the generator: reinstall it") from None


def with_manifest(
    files: dict[str, bytes],
    spec_file: str,
    spec_text: str,
    version: str,
    renames: Sequence[Rename] = (),
    settings: Mapping[str, object] | None = None,
    spec_files: Sequence[tuple[str, str]] = (),
) -> dict[str, bytes]:
    """Add the one manifest that records the spec's hash and every generated file, the
    Python names chosen to resolve collisions (``renames``, when there are any), and the
    ``settings`` the run was given (:mod:`generator.recorded`), which the next run reuses.
    ``spec_files``: the other files the spec's ``$ref``s named, with their hashes (relative
    to the spec's folder), so a change in any of them makes ``--check`` fail."""
    manifest: dict[str, object] = {
        "generator": f"sdkgen {version}",
        "spec": spec_file,
        "spec_sha256": hashlib.sha256(spec_text.encode("utf-8")).hexdigest(),
        "files": {rel: hashlib.sha256(data).hexdigest() for rel, data in sorted(files.items())},
    }
    if settings:
        manifest["settings"] = dict(sorted(settings.items()))
    if spec_files:
        manifest["spec_files"] = dict(sorted(spec_files))
    if renames:
        manifest["renames"] = [
            {
                "kind": r.kind,
                "at": r.at,
                "spec": r.spec_name,
                "python": r.python_name,
                "why": r.reason,
            }
            for r in renames
        ]
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    return {**files, MANIFEST: text.encode("utf-8")}


# Tool caches inside the output are not generated files: they never count as drift.
# `build` is what `pip install ./generated/python` leaves next to the sources.
_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", STATE})


def existing_tree(out: Path) -> dict[str, bytes]:
    """Every file in ``out`` but tool caches: what a generated folder holds, for comparisons."""
    if not out.is_dir():
        return {}
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and not _CACHES.intersection(p.relative_to(out).parts)
        and not any(part.endswith(".egg-info") for part in p.relative_to(out).parts)
    }


def owned_files(out: Path) -> set[str]:
    """The files of ``out`` this generator made: its manifest's list, and the manifest.

    Raises :class:`WriteError` when ``out`` is not a folder this generator made: a file, a
    folder with other things and no manifest, or a manifest that is not ours.
    """
    if out.exists() and not out.is_dir():
        raise WriteError(f"--out {out} is a file, not a folder")
    manifest = out / MANIFEST
    if not manifest.is_file():
        if out.is_dir() and any(p.name != STATE for p in out.iterdir()):
            raise WriteError(
                f"{out} is not empty and was not made by this generator (no {MANIFEST}); "
                "refusing to write into it: choose an empty or new --out folder, or take it "
                "over with --adopt"
            )
        return set()
    try:
        listed = json.loads(manifest.read_text(encoding="utf-8"))["files"]
        owned = {str(rel) for rel in listed} | {MANIFEST}
        for rel in owned:
            check_path(rel)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise WriteError(
            f"{manifest} is not a manifest this generator wrote ({exc}); refusing to write "
            f"into {out}: choose an empty or new --out folder"
        ) from None
    return owned


def current_tree(out: Path, files: dict[str, bytes]) -> dict[str, bytes]:
    """What ``out`` holds of the files the generator owns there or is about to write."""
    result = {}
    for rel in owned_files(out) | set(files):
        path = out / rel
        if path.is_file():
            result[rel] = path.read_bytes()
    return result


def unified_diff(out: Path, files: dict[str, bytes]) -> list[str]:
    """A unified diff from what ``out`` holds to ``files``; empty when up to date.

    Only generated files count: what else the folder holds is the user's.
    """
    current = current_tree(out, files)
    differing = {rel for rel in set(current) | set(files) if current.get(rel) != files.get(rel)}
    lines: list[str] = []
    for rel in sorted(differing):
        old, new = current.get(rel), files.get(rel)
        if rel == MANIFEST and differing != {MANIFEST}:
            # The hash lines of the files whose diff is shown are noise: leave them out.
            old, new = _without_hashes(old, differing), _without_hashes(new, differing)
            if old == new:
                continue
        old_lines = _text_lines(old)
        new_lines = _text_lines(new)
        lines.extend(
            difflib.unified_diff(
                old_lines,
                new_lines,
                fromfile=f"a/{out.name}/{rel}" if old is not None else "/dev/null",
                tofile=f"b/{out.name}/{rel}" if new is not None else "/dev/null",
            )
        )
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
    return lines


def _without_hashes(manifest: bytes | None, shown: set[str]) -> bytes | None:
    """``manifest`` without the ``files`` entries of ``shown``, written as :func:`with_manifest`
    writes it (so the lines left are the file's own); as it is when it is not one of ours."""
    if manifest is None:
        return None
    try:
        data = json.loads(manifest)
        listed = data["files"]
        data["files"] = {rel: h for rel, h in listed.items() if rel not in shown}
    except (ValueError, KeyError, TypeError, AttributeError):
        return manifest
    text = json.dumps(data, indent=2, sort_keys=True) + "\n"
    return text.encode("utf-8")


def _text_lines(data: bytes | None) -> list[str]:
    if data is None:
        return []
    try:
        return data.decode("utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        return ["<binary file>\n"]


@dataclass(frozen=True)
class Written:
    changed: bool  # False: ``out`` already held exactly these files
    recovered: bool  # an earlier run had been killed while writing; its changes were undone
    # What changed, as paths relative to ``out``, sorted:
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Adoption:
    """What ``generate --adopt`` would do to a folder that has files and no manifest."""

    replaced: tuple[str, ...]  # files there now that the generator would overwrite
    added: tuple[str, ...]  # files the generator would create
    kept: tuple[str, ...]  # files there now that it does not generate: left alone, never owned


def adoption(out: Path, files: Mapping[str, bytes]) -> Adoption | None:
    """The plan for taking ``out`` over, or None when it needs none (new, empty, or already has
    a manifest: :func:`owned_files` judges that one)."""
    if not out.is_dir() or (out / MANIFEST).exists():
        return None
    present = {
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if (p.is_file() or p.is_symlink()) and STATE not in p.relative_to(out).parts
    }
    if not present:
        return None
    return Adoption(
        replaced=tuple(sorted(present & set(files))),
        added=tuple(sorted(set(files) - present)),
        kept=tuple(sorted(present - set(files))),
    )


def replace_tree(out: Path, files: dict[str, bytes], *, adopt: bool = False) -> Written:
    """Make the generated files of ``out`` exactly ``files``; leave every other file alone.

    ``adopt``: ``out`` may hold files and no manifest (:func:`adoption`); those ``files`` names
    are overwritten and the rest is left alone. On any failure ``out`` is left as it was and
    :class:`WriteError` says why.
    """
    adopting = adopt and adoption(out, files) is not None
    try:
        check_tree(files)
    except UnsafePath as exc:  # names are made safe when rendering: this is a generator bug
        raise WriteError(f"{exc}; nothing was written") from None
    interrupted = transaction.interrupted(out)
    if not interrupted and not adopting:  # else the manifest may be aside: check after undoing
        owned_files(out)  # a file, or a folder that is not ours: refuse before creating anything
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        with locked(out):
            return _replace_locked(out, files, adopting and not interrupted)
    except Busy as exc:
        raise WriteError(str(exc)) from None
    except OSError as exc:
        if created:
            shutil.rmtree(out, ignore_errors=True)  # it held nothing before this run
        reason = exc.strerror or str(exc)
        raise WriteError(f"cannot write {out}: {reason}; it was left as it was") from None


def _replace_locked(out: Path, files: dict[str, bytes], adopting: bool) -> Written:
    recovered = transaction.recover(out)
    owned = set() if adopting else owned_files(out)
    if adopting:  # no manifest: what is there of the files about to be written
        current = {rel: (out / rel).read_bytes() for rel in files if (out / rel).is_file()}
    else:
        current = current_tree(out, files)
    if current == files and owned <= set(files):
        return Written(changed=False, recovered=recovered)
    foreign = sorted(rel for rel in files if rel not in owned and (out / rel).exists())
    if foreign and not adopting:
        shown = ", ".join(foreign[:5]) + (" ..." if len(foreign) > 5 else "")
        raise WriteError(
            f"{out} has files this generator did not make where it would write: {shown}; "
            "move them away, nothing was written"
        )
    for rel in sorted(owned | set(files)):
        _refuse_links(out, rel)
    stale = owned - set(files)
    transaction.apply(out, files, stale=stale)
    return Written(
        changed=True,
        recovered=recovered,
        added=tuple(sorted(rel for rel in files if rel not in current)),
        updated=tuple(sorted(rel for rel in files if current.get(rel, files[rel]) != files[rel])),
        removed=tuple(sorted(rel for rel in stale if rel in current)),
    )


def _refuse_links(out: Path, rel: str) -> None:
    """A symbolic link inside ``out`` would carry a write somewhere else."""
    path = out
    for part in Path(rel).parts:
        path = path / part
        if path.is_symlink():
            raise WriteError(f"{path} is a symbolic link; refusing to write through it")
