"""``bundle``: a spec kept in several files written as one self-contained document, for tools
that read a single file (:mod:`generator.multifile` resolves it; this writes it).

YAML, or JSON when the output's name ends in ``.json``; keys in the order the files give them,
no YAML anchors or aliases, no comments (the files' comments are not part of the document):
the same files always give the same bytes.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml


class BundleWriteError(Exception):
    """The output file cannot be written: one line."""


class _Dumper(yaml.SafeDumper):
    """No ``&anchors``/``*aliases``: a value written twice is written out twice."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dumps(data: Any, as_json: bool) -> str:
    """``data`` as the text of a JSON or YAML document."""
    if as_json:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    text: str = yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    return text


def write_bundle(data: Any, output: Path) -> None:
    """Write ``data`` to ``output`` (``-``: stdout, as YAML), replacing it atomically."""
    if str(output) == "-":
        sys.stdout.write(dumps(data, as_json=False))
        return
    text = dumps(data, as_json=output.suffix.lower() == ".json")
    folder = output.parent
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{output.name}.", dir=folder)
    except OSError as exc:
        raise BundleWriteError(f"cannot write {output}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temp, output)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise BundleWriteError(f"cannot write {output}: {exc.strerror or exc}") from None
