"""Render the IR through the Jinja2 templates into an in-memory file tree.

Templates mirror the output tree: ``templates/python/package/...`` becomes
``python/<package>/...``, a file named ``[operation].md.jinja`` is rendered once per
operation, and templates under a ``_shared`` folder are macros for the others. Values reach
generated Python only through the literal-emitting filters below.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import jinja2

from .examples import examples_of
from .ir import NO_DEFAULT, Api, TypeRef
from .literals import (
    default_literal,
    docstring,
    json_literal,
    markdown_cell,
    py_literal,
    quoted,
)
from .validators import compile_validators

PER_OPERATION = "[operation]"


def default_templates() -> Path:
    return Path(__file__).resolve().parent.parent / "templates"


def render(api: Api, templates: Path) -> dict[str, str]:
    """``{relative output path: text}`` for every template under ``templates``."""
    env = _environment(templates)
    header = f"Generated from {api.spec_file} by sdkgen {api.generator_version}. Do not edit."
    env.globals["validators_source"] = compile_validators(
        {v.key: v.schema for v in api.validators}, {v.key: v.function for v in api.validators}
    )
    env.globals["examples"] = examples_of(api)
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
            text = template.render(api=api, header=header)
            # A template that renders nothing (it has a condition) is a file this API does not
            # need; an empty template (py.typed) is an empty file.
            if text.strip() or not source.read_text(encoding="utf-8").strip():
                files[target] = text
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


def python_annotation(t: TypeRef, lenient: bool = False, templates: Path | None = None) -> str:
    """How the templates spell type ``t`` in Python (the ``types`` macros), for tests and tools."""
    env = _environment(templates or default_templates())
    module = env.get_template("python/_shared/types.py.jinja").module
    return str(module.annotation(t, lenient))  # type: ignore[attr-defined]
