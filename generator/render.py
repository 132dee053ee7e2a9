"""Render the IR through the Jinja2 templates into an in-memory file tree.

Templates mirror the output tree: ``templates/python/package/...`` becomes
``python/<package>/...``, a file named ``[operation].md.jinja`` is rendered once per
operation, and templates under a ``_shared`` folder are macros for the others. Values reach
generated Python only through the literal-emitting filters below.
"""

from __future__ import annotations

import json
import textwrap
import unicodedata
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2

from .ir import NO_DEFAULT, Api

PER_OPERATION = "[operation]"


def default_templates() -> Path:
    return Path(__file__).resolve().parent.parent / "templates"


def render(api: Api, templates: Path) -> dict[str, str]:
    """``{relative output path: text}`` for every template under ``templates``."""
    env = _environment(templates)
    header = f"Generated from {api.spec_file} by sdkgen {api.generator_version}. Do not edit."
    files: dict[str, str] = {}
    for source in sorted(templates.rglob("*.jinja")):
        rel = PurePosixPath(source.relative_to(templates).as_posix())
        if "_shared" in rel.parts:
            continue  # macros and partials, imported by other templates
        template = env.get_template(rel.as_posix())
        target = str(rel.with_suffix(""))
        if target.startswith("python/package/"):
            target = f"python/{api.package}/" + target[len("python/package/") :]
        if PER_OPERATION in target:
            for op in api.operations:
                files[target.replace(PER_OPERATION, op.slug)] = template.render(
                    api=api, operation=op, header=header
                )
        else:
            files[target] = template.render(api=api, header=header)
    return files


def _environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # generated code and Markdown; escaping is done by the filters
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        py=py_literal,
        docstring=docstring,
        md=markdown_cell,
        json=json_literal,
        quoted=quoted,
        default_literal=default_literal,
    )
    env.globals["NO_DEFAULT"] = NO_DEFAULT
    return env


def py_literal(value: Any) -> str:
    """A Python literal for a JSON-like value (the only way a spec value enters code)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return repr(value)
    if isinstance(value, tuple):
        items = [py_literal(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
        return "{" + pairs + "}"
    raise TypeError(f"cannot emit a Python literal for {type(value).__name__}")


def docstring(text: str, indent: int = 0, lead: int | None = None, width: int = 99) -> str:
    """Text safe inside a triple-quoted docstring, wrapped to fit the line length.

    ``indent`` is the column of continuation lines; ``lead`` the column where the text starts
    on the first line (after a label such as ``name: ``), by default ``indent``.
    """
    safe = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    safe = "".join(_escape_control(c) for c in safe)
    if safe.endswith('"'):
        safe = safe[:-1] + '\\"'
    first = indent if lead is None else lead
    shift = max(first - indent, 0)
    lines = textwrap.wrap(
        safe,
        width=max(width - indent, 40),
        initial_indent=" " * shift,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [""]
    lines[0] = lines[0][shift:]
    return ("\n" + " " * indent).join(lines)


def _escape_control(char: str) -> str:
    """Control and line-separator characters as escapes: source files cannot hold them raw."""
    if char in "\n\t" or (unicodedata.category(char)[0] != "C" and char not in "\u2028\u2029"):
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def markdown_cell(text: Any) -> str:
    """Text safe inside a Markdown table cell or paragraph: no pipes, tags or line breaks."""
    value = str(text)
    for char, escaped in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), (">", "&gt;")):
        value = value.replace(char, escaped)
    return " ".join(value.split())


def quoted(text: Any) -> str:
    """A double-quoted string valid in both TOML and YAML: control characters escaped."""
    out = []
    for char in str(text):
        if char in '"\\':
            out.append("\\" + char)
        elif unicodedata.category(char)[0] == "C" or char in "\u2028\u2029\x85":
            code = ord(char)
            out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def json_literal(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=False, sort_keys=False)


def default_literal(value: Any) -> str:
    """How the docs show a spec default: as JSON, or an em dash when there is none."""
    return "—" if value is NO_DEFAULT else f"`{json.dumps(value)}`"
