"""The generation settings a run records in its manifest, and how the next run reuses them.

``--spec``, ``--templates`` and ``--spec-name`` are written to the ``settings`` of
``OUT/manifest.json`` (``--out`` is where that manifest is), so that a plain ``generate`` (and
``generate --check``, and the hook) in that project renders from the same inputs: a
``--templates`` override is never dropped just because it was not typed again. A flag beats
what is recorded; ``--no-templates`` goes back to the built-in templates.

Every path is recorded relative to the folder holding ``--out`` (the project, in the usual
layout ``spec/`` + ``generated/``), never absolute and never climbing out of it with ``..``:
the manifest is generated output, and must be the same bytes on every machine and in every
copy of the project. A path outside the project is not recorded, and the run says so.

The spec's name in every file's "Generated from" header is chosen here too, from the same
layout: the spec's path relative to the project, else its file name, or ``--spec-name``.
It never depends on the working directory, nor on where a ``pyproject.toml`` happens to be.

``--overlay`` files are recorded the same way, in order, each with the SHA-256 of its bytes:
a plain ``generate`` applies them again, and ``generate --check`` sees an overlay edit as
drift even when no generated file changes. Headers name them after the spec
(``spec/openapi.yaml with overlay overlays/sdk.yaml``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .load import display_name

MANIFEST = "manifest.json"
DEFAULT_SPEC = Path("spec/openapi.yaml")
DEFAULT_OUT = Path("generated")


def project_of(out: Path) -> Path:
    """The folder the recorded paths are relative to: the one holding ``out``."""
    return Path(os.path.abspath(out)).parent


def relative_to_project(path: Path, out: Path) -> str | None:
    """``path`` relative to :func:`project_of` ``out`` in POSIX form; None when outside it."""
    try:
        rel = os.path.relpath(os.path.abspath(path), project_of(out))
    except ValueError:  # another drive (Windows)
        return None
    posix = PurePosixPath(Path(rel).as_posix())
    if posix.is_absolute() or ".." in posix.parts:
        return None
    return posix.as_posix()


def spec_name(spec: Path, out: Path, explicit: str | None, overlays: Sequence[Path] = ()) -> str:
    """How generated headers and the manifest name the spec (and the overlays applied)."""
    name = explicit or relative_to_project(spec, out) or spec.name
    if not overlays:
        return name
    names = [relative_to_project(overlay, out) or overlay.name for overlay in overlays]
    return f"{name} with overlay{'s' if len(names) > 1 else ''} {', '.join(names)}"


def read_settings(out: Path) -> dict[str, str]:
    """The ``settings`` a previous run recorded in ``out``; {} when none can be read (a
    damaged manifest is reported by the write or the check, which read it for its files)."""
    settings = _recorded(out)
    return {str(k): v for k, v in settings.items() if isinstance(v, str)}


def read_overlays(out: Path) -> list[str]:
    """The overlays a previous run recorded in ``out``, in order (paths from the project)."""
    overlays = _recorded(out).get(OVERLAYS, [])
    if not isinstance(overlays, list):
        return []
    return [o["path"] for o in overlays if isinstance(o, dict) and isinstance(o.get("path"), str)]


def _recorded(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        settings = data.get("settings", {})
    except (OSError, ValueError, AttributeError):
        return {}
    return settings if isinstance(settings, dict) else {}


OVERLAYS = "overlays"


@dataclass
class Choice:
    """The inputs of this run, and what to tell the user about where they came from."""

    spec: Path
    templates: Path | None
    spec_name: str | None  # --spec-name, given or recorded
    notes: list[str] = field(default_factory=list)
    overlays: list[Path] = field(default_factory=list)  # --overlay, given or recorded


def choose(
    out: Path,
    spec: Path | None,
    templates: Path | None,
    no_templates: bool,
    explicit_name: str | None,
    overlays: Sequence[Path] | None = None,
    no_overlays: bool = False,
) -> Choice:
    """The flags given, else what ``out``'s manifest records, else the defaults."""
    recorded = read_settings(out)
    where = display_name(out / MANIFEST)
    project = project_of(out)
    choice = Choice(spec or DEFAULT_SPEC, templates, explicit_name)
    if spec is None and "spec" in recorded:
        choice.spec = _from_project(project, recorded["spec"])
        if choice.spec != DEFAULT_SPEC:
            choice.notes.append(f"using --spec {choice.spec}, as recorded in {where}")
    if templates is None and not no_templates and "templates" in recorded:
        choice.templates = _from_project(project, recorded["templates"])
        choice.notes.append(
            f"using --templates {choice.templates}, as recorded in {where} "
            "(--no-templates renders with the built-in ones)"
        )
    choice.overlays = list(overlays or [])
    recorded_overlays = read_overlays(out)
    if overlays is None and not no_overlays and recorded_overlays:
        choice.overlays = [_from_project(project, rel) for rel in recorded_overlays]
        shown = " ".join(f"--overlay {path}" for path in choice.overlays)
        choice.notes.append(f"using {shown}, as recorded in {where} (--no-overlays applies none)")
    if explicit_name is None and "spec-name" in recorded:
        choice.spec_name = recorded["spec-name"]
        choice.notes.append(f"using --spec-name {choice.spec_name}, as recorded in {where}")
    return choice


def _from_project(project: Path, rel: str) -> Path:
    """A recorded path, as the user would type it from the working directory."""
    return Path(display_name(project / rel))


def record(
    out: Path,
    spec: Path,
    templates: Path | None,
    explicit_name: str | None,
    overlays: Sequence[Path] = (),
) -> tuple[dict[str, object], list[str]]:
    """The ``settings`` to write into the manifest, and a note for each path left out."""
    # --out is not written down: the manifest is found inside it, so where it lies is the
    # record. Its name in the manifest would make a renamed or copied output folder stale.
    settings: dict[str, object] = {}
    notes = []
    paths = {"spec": spec, "templates": templates}
    for key, path in paths.items():
        if path is None:
            continue
        rel = relative_to_project(path, out)
        if rel is None:
            notes.append(
                f"{MANIFEST} does not record --{key} {path}: it is outside the folder holding "
                "--out, and the manifest names no path out of it; pass it again next time"
            )
        else:
            settings[key] = rel
    if explicit_name is not None:
        settings["spec-name"] = explicit_name
    listed = []
    for overlay in overlays:
        rel = relative_to_project(overlay, out)
        if rel is None:
            notes.append(
                f"{MANIFEST} does not record --overlay {overlay}: it is outside the folder "
                "holding --out, and the manifest names no path out of it; pass it again next time"
            )
            continue
        digest = hashlib.sha256(overlay.read_bytes()).hexdigest()
        listed.append({"path": rel, "sha256": digest})
    if listed:
        settings[OVERLAYS] = listed
    return settings, notes


def command(out: Path, choice: Choice, staged: bool = False) -> str:
    """The command that regenerates ``out`` with this run's inputs, for the stale hint."""
    words = ["python", "-m", "generator", "generate"]
    if choice.spec != DEFAULT_SPEC:
        words += ["--spec", str(choice.spec)]
    if out != DEFAULT_OUT:
        words += ["--out", str(out)]
    if choice.templates is not None:
        words += ["--templates", str(choice.templates)]
    if choice.spec_name is not None:
        words += ["--spec-name", choice.spec_name]
    for overlay in choice.overlays:
        words += ["--overlay", str(overlay)]
    line = shlex.join(words)
    if staged:
        line += f"` and `git add {shlex.quote(str(out))}"
    return line
