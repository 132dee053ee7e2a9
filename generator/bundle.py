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

from .load import _EXACT_TAGS, _NUMBER_TAGS


class BundleWriteError(Exception):
    """The output file cannot be written: one line."""


class _Dumper(yaml.SafeDumper):
    """No ``&anchors``/``*aliases``: a value written twice is written out twice. A string
    that the YAML 1.2 core schema (which the loader reads, :class:`generator.load.SpecLoader`)
    would read as another type is quoted: PyYAML writes YAML 1.1, where ``1e3`` is a string."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if _typed(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


def _typed(value: str) -> bool:
    """Whether the loader reads ``value``, written plain, as something other than a string."""
    if value in _EXACT_TAGS:
        return True
    return (
        bool(value)
        and value[0] in "-+0123456789."
        and any(pattern.match(value) for pattern, _ in _NUMBER_TAGS)
    )


_Dumper.add_representer(str, _string)


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
