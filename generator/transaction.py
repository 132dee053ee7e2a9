"""Replace the generated files of an output folder so that no failure loses work.

The generator owns exactly the files its manifest lists. A run:

1. **stages** every new file under ``<out>/.sdkgen/txn/new`` (a full disk fails here, with the
   output untouched), then writes the **journal**: which files it replaces and removes;
2. **applies**: moves each owned file it replaces or removes to ``txn/old``, then each new file
   into place, the manifest last. These are renames within one folder: no data is copied;
3. **commits**: deletes the journal, then the staging folder.

Any error while applying rolls back at once. A run killed while applying leaves the journal;
the next run (or :func:`recover`) finds it and rolls back, restoring the previous output
byte for byte. Files the generator did not make are never moved, overwritten or deleted.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from .outlock import STATE

JOURNAL = "journal.json"
# Called after each rename while applying, with the count so far: tests simulate a kill here
# (SDKGEN_TEST_KILL_AFTER=n makes the process SIGKILL itself after n renames).
step_hook: Callable[[int], None] | None = None


class Interrupted(BaseException):
    """For tests: raised by :data:`step_hook` to stop a run between two renames as a kill
    would (a BaseException, so the rollback for errors does not run)."""


def txn_folder(out: Path) -> Path:
    return out / STATE / "txn"


def interrupted(out: Path) -> bool:
    """Whether a run was killed while replacing the files of ``out``."""
    return (txn_folder(out) / JOURNAL).is_file()


def recover(out: Path) -> bool:
    """Undo what an interrupted run did to ``out``; True if there was anything to undo."""
    txn = txn_folder(out)
    journal = txn / JOURNAL
    if not journal.is_file():
        if txn.exists():  # staged but never started, or committed but not cleaned up
            shutil.rmtree(txn)
        return False
    plan = json.loads(journal.read_text(encoding="utf-8"))
    _rollback(out, txn, plan)
    shutil.rmtree(txn)
    return True


def before_run(out: Path, rel: str) -> bytes | None:
    """What ``rel`` held when the last complete run ended, as :func:`recover` would restore it
    after a killed one; read only (``generate --check`` writes nothing)."""
    path = out / rel
    journal = txn_folder(out) / JOURNAL
    if journal.is_file():
        backup = txn_folder(out) / "old" / rel
        if backup.is_file():
            return backup.read_bytes()
        plan = json.loads(journal.read_text(encoding="utf-8"))
        if rel in plan["write"] and rel not in plan["existed"]:
            return None  # the killed run was adding it
    return path.read_bytes() if path.is_file() else None


def apply(out: Path, files: dict[str, bytes], stale: Iterable[str]) -> None:
    """Make ``out`` hold ``files`` (relative POSIX paths) and no longer the ``stale`` ones."""
    txn = txn_folder(out)
    if txn.exists():
        shutil.rmtree(txn)
    try:
        for rel, data in files.items():
            path = txn / "new" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    except OSError:
        shutil.rmtree(txn, ignore_errors=True)
        raise
    order = sorted(files, key=lambda rel: (rel == "manifest.json", rel))  # the manifest last
    plan = {
        "write": order,
        "existed": [rel for rel in order if (out / rel).exists()],
        "remove": sorted(set(stale) - set(files)),
        "new_folders": _new_folders(out, files),
    }
    _write_atomically(txn / JOURNAL, json.dumps(plan, indent=1).encode("utf-8"))
    try:
        _apply(out, txn, plan)
    except Exception:
        _rollback(out, txn, plan)
        shutil.rmtree(txn, ignore_errors=True)
        raise
    (txn / JOURNAL).unlink()  # the commit point: from here on the new output stands
    shutil.rmtree(txn, ignore_errors=True)
    _remove_empty_folders(out, plan["remove"])


def _apply(out: Path, txn: Path, plan: dict[str, list[str]]) -> None:
    count = 0

    def moved() -> None:
        nonlocal count
        count += 1
        if step_hook is not None:
            step_hook(count)

    for rel in [*plan["write"], *plan["remove"]]:
        if (out / rel).exists():
            _move(out / rel, txn / "old" / rel)
            moved()
    for rel in plan["write"]:
        _move(txn / "new" / rel, out / rel)
        moved()


def _rollback(out: Path, txn: Path, plan: dict[str, list[str]]) -> None:
    """Put back every owned file the interrupted run moved, and take away what it added."""
    existed = set(plan["existed"])
    for rel in plan["write"]:
        backup = txn / "old" / rel
        if backup.exists():
            _move(backup, out / rel)  # over the new file, if it was placed
        elif rel not in existed and not (txn / "new" / rel).exists() and (out / rel).exists():
            (out / rel).unlink()  # a file the run added (rolling back twice finds it gone)
    for rel in plan["remove"]:
        if (txn / "old" / rel).exists():
            _move(txn / "old" / rel, out / rel)
    for folder in sorted(plan["new_folders"], key=len, reverse=True):
        if (out / folder).is_dir() and not any((out / folder).iterdir()):
            (out / folder).rmdir()


def _move(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)


def _new_folders(out: Path, files: Iterable[str]) -> list[str]:
    """The folders that placing ``files`` creates (a rollback removes them again)."""
    folders = {str(parent) for rel in files for parent in PurePosixPath(rel).parents}
    folders.discard(".")
    return sorted(f for f in folders if not (out / f).exists())


def _remove_empty_folders(out: Path, removed: Iterable[str]) -> None:
    """Folders that only held stale generated files; never one with anything else in it."""
    for rel in removed:
        for parent in PurePosixPath(rel).parents:
            folder = out / str(parent)
            if str(parent) == "." or not folder.is_dir() or any(folder.iterdir()):
                break
            folder.rmdir()


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)


def _kill_after(limit: int) -> Callable[[int], None]:
    def hook(count: int) -> None:
        if count >= limit:
            import signal

            os.kill(os.getpid(), signal.SIGKILL)

    return hook


if os.environ.get("SDKGEN_TEST_KILL_AFTER", "").isdigit():
    step_hook = _kill_after(int(os.environ["SDKGEN_TEST_KILL_AFTER"]))
