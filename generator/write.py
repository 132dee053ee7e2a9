"""Format the rendered tree with ruff, compare it with the output folder, replace atomically.

Everything happens in a temporary sibling folder first; the output folder is swapped in only
when the whole tree is ready, so a failure anywhere leaves it exactly as it was.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MANIFEST = "manifest.json"


class WriteError(Exception):
    """The output could not be produced or written; the message says why."""


def format_tree(files: dict[str, str]) -> dict[str, bytes]:
    """Run the pinned ruff (format, then lint fixes) over the Python files of ``files``."""
    with tempfile.TemporaryDirectory(prefix="sdkgen-") as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        python_files = sorted(rel for rel in files if rel.endswith(".py"))
        for rel in python_files:
            try:  # a backstop: templates must never emit code that does not parse
                compile(files[rel], rel, "exec", dont_inherit=True)
            except SyntaxError as exc:
                raise WriteError(
                    f"the generated {rel} does not compile (line {exc.lineno}: {exc.msg}); "
                    "this is a generator bug, please report it with the spec"
                ) from None
        # ruff also formats the Python code blocks of Markdown files.
        markdown_files = sorted(rel for rel in files if rel.endswith(".md"))
        if python_files:
            # Our own pinned install, never whatever `ruff` is on PATH: same bytes everywhere.
            ruff = [sys.executable, "-m", "ruff"]
            steps = (
                (["check", "--fix-only", "--exit-zero"], python_files),
                (["format"], python_files + markdown_files),
            )
            for args, targets in steps:
                result = subprocess.run(
                    [*ruff, *args, "--no-cache", *targets],
                    cwd=root,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if result.returncode != 0:
                    raise WriteError(
                        f"ruff {args[0]} failed on the rendered code:\n{result.stderr}"
                    )
        return {rel: (root / rel).read_bytes() for rel in sorted(files)}


def with_manifest(
    files: dict[str, bytes], spec_file: str, spec_text: str, version: str
) -> dict[str, bytes]:
    """Add the one manifest that records the spec's hash and every generated file."""
    manifest = {
        "generator": f"sdkgen {version}",
        "spec": spec_file,
        "spec_sha256": hashlib.sha256(spec_text.encode("utf-8")).hexdigest(),
        "files": {rel: hashlib.sha256(data).hexdigest() for rel, data in sorted(files.items())},
    }
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    return {**files, MANIFEST: text.encode("utf-8")}


# Tool caches inside the output are not generated files: they never count as drift.
# `build` is what `pip install ./generated/python` leaves next to the sources.
_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build"})


def existing_tree(out: Path) -> dict[str, bytes]:
    if not out.is_dir():
        return {}
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and not _CACHES.intersection(p.relative_to(out).parts)
        and not any(part.endswith(".egg-info") for part in p.relative_to(out).parts)
    }


def unified_diff(out: Path, files: dict[str, bytes]) -> list[str]:
    """A unified diff from what ``out`` holds to ``files``; empty when up to date."""
    current = existing_tree(out)
    lines: list[str] = []
    for rel in sorted(set(current) | set(files)):
        old, new = current.get(rel), files.get(rel)
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


def _text_lines(data: bytes | None) -> list[str]:
    if data is None:
        return []
    try:
        return data.decode("utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        return ["<binary file>\n"]


def replace_tree(out: Path, files: dict[str, bytes]) -> None:
    """Make ``out`` hold exactly ``files``, swapping the whole folder in one rename."""
    if out.exists() and any(out.iterdir()) and not (out / MANIFEST).is_file():
        raise WriteError(
            f"{out} exists and was not made by this generator (no {MANIFEST}); "
            "refusing to replace it — choose an empty or new --out folder"
        )
    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the output is an ordinary folder
    try:
        for rel, data in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        if out.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=parent))
            os.replace(out, retired / out.name)
            try:
                os.replace(staging, out)
            except OSError:
                os.replace(retired / out.name, out)  # put the old tree back
                raise
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, out)
    except OSError as exc:
        raise WriteError(f"cannot write {out}: {exc}") from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
