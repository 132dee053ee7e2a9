"""Render the IR through the Jinja2 templates into an in-memory file tree.

Templates mirror the output tree: ``templates/python/package/...`` becomes
``python/<package>/...``, a file named ``[operation].md.jinja`` is rendered once per
operation, and templates under a ``_shared`` folder are macros for the others. Values reach
generated Python only through the literal-emitting filters below.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import functools
import hashlib
import operator
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
import jinja2.bccache

from . import __version__
from .aside import ASIDE, Own, aside_for
from .confusables import ambiguous
from .examples import examples_of
from .forked import Forked
from .hoist import ModuleConstants
from .ir import NO_DEFAULT, Api, TypeRef
from .literals import (
    AMBIGUOUS,
    default_literal,
    docstring,
    json_literal,
    markdown_cell,
    py_literal,
    quoted,
)
from .load import display_name
from .paths import file_stems
from .tidy import after_imports, all_sorted, import_lines, mentioned
from .time_checks import model_checks, sends_times, time_checks, timed_models
from .validators import compile_validators

PER_OPERATION = "[operation]"
PER_MODEL_PAGE = "[model_page]"  # its stem may name a folder: models/chat
# From this many operations the docs render in a child process (below, forking costs more than
# it saves): at 1,000 they are about 0.5 s of a 2.3 s render.
FORK_DOCS_FROM = 50


def default_templates() -> Path:
    """templates/ of the source tree, or the copy an installed wheel carries (pyproject.toml)."""
    here = Path(__file__).resolve().parent
    packaged = here / "_templates"  # pip install . (as pre-commit does), not a checkout
    return packaged if packaged.is_dir() else here.parent / "templates"


class TemplateError(Exception):
    """A template that cannot be rendered, located as ``TEMPLATE_FILE:LINE: message``."""


def render(
    api: Api,
    overrides: Path | None = None,
    on_file: Callable[[str, str], None] | None = None,
    origins: dict[str, str] | None = None,
) -> dict[str, str]:
    """``{relative output path: text}`` for every template.

    A template in ``overrides`` replaces the built-in one of the same relative path (and may
    add files); every other template comes from the built-in set. Raises :class:`TemplateError`
    naming the template file and line of a syntax error or a failure while rendering.
    ``on_file(path, text)`` is called with each file as soon as it is made; ``origins`` gets,
    for each Python file, the template file that made it (for the compile check's messages).
    An override whose name is a near miss of a built-in template's is a :class:`TemplateError`.
    """
    if overrides is not None:
        check_overrides(overrides)
    roots = [*([overrides] if overrides is not None else []), default_templates()]
    # The built-in templates compile once per process (most of a render's time otherwise);
    # Jinja reloads any whose file changed. Overrides get a fresh environment each time.
    env = _environment(roots) if overrides is not None else _builtin_environment()
    api = _with_safe_slugs(api)
    token = AMBIGUOUS.set(ambiguous(_characters(api)))
    try:
        return _render_all(env, api, roots, on_file, origins)
    finally:
        AMBIGUOUS.reset(token)


def _render_all(
    env: jinja2.Environment,
    api: Api,
    roots: list[Path],
    on_file: Callable[[str, str], None] | None,
    origins: dict[str, str] | None,
) -> dict[str, str]:
    header = f"Generated from {api.spec_file} by sdkgen {api.generator_version}. Do not edit."
    env.globals["validators_source"] = compile_validators(
        {v.key: v.schema for v in api.validators}, {v.key: v.function for v in api.validators}
    )
    env.globals["examples"] = examples_of(api)
    names = _template_names(roots)
    code = [rel for rel in names if rel.parts[0] == "python"]
    others = [rel for rel in names if rel.parts[0] != "python"]
    # A large API's docs render in a child, on the other core, while the code renders here.
    docs = Forked(
        functools.partial(_rendered, env, api, others, roots, header),
        fork=len(api.operations) >= FORK_DOCS_FROM,
    )
    # The package's own names a spec class takes step aside in the code (generator.aside);
    # the docs, prose for the reader, spell them as ever.
    aside = ASIDE.set(aside_for(api.class_names))
    try:
        files = _render_many(env, api, code, roots, header, on_file, origins)
    except BaseException:
        docs.cancel()  # not left running beside whatever the caller does next
        raise
    finally:
        ASIDE.reset(aside)
    made, error = docs.result()
    if error:
        raise TemplateError(error)
    for path, text in made.items():
        files[path] = text
        if on_file is not None:
            on_file(path, text)
    return files


def _rendered(
    env: jinja2.Environment, api: Api, rels: list[PurePosixPath], roots: list[Path], header: str
) -> tuple[dict[str, str], str]:
    """:func:`_render_many` as (files, "") or ({}, the error): what a child can send back."""
    try:
        return _render_many(env, api, rels, roots, header, None), ""
    except TemplateError as exc:
        return {}, str(exc)


def _render_many(
    env: jinja2.Environment,
    api: Api,
    rels: list[PurePosixPath],
    roots: list[Path],
    header: str,
    on_file: Callable[[str, str], None] | None,
    origins: dict[str, str] | None = None,
) -> dict[str, str]:
    files: dict[str, str] = {}
    for rel in rels:
        try:
            made = _render_one(env, api, rel, header)
        except TemplateError:
            raise
        except Exception as exc:  # a user's template: report where, never a traceback
            raise TemplateError(_located(exc, roots, rel)) from None
        files.update(made)
        if origins is not None:
            source = env.get_template(rel.as_posix()).filename or ""
            origins.update(dict.fromkeys(made, source))
        if on_file is not None:  # each code file's compile check starts as soon as it is made
            for path, text in made.items():
                on_file(path, text)
    return files


def _with_safe_slugs(api: Api) -> Api:
    """The API with each operation's docs page named safely (see :mod:`generator.paths`)."""
    stems = file_stems(op.python_name for op in api.operations)
    operations = tuple(
        dataclasses.replace(op, slug=stem) for op, stem in zip(api.operations, stems, strict=True)
    )
    return dataclasses.replace(api, operations=operations)


def _characters(value: Any) -> Iterator[str]:
    """Every non-ASCII character of every string in the IR (names, texts, examples, keys)."""
    # Dispatch on the exact type, and read a dataclass's fields with one C-level getter: this
    # walk visits every node of the IR (0.25 s at 1,000 operations with isinstance chains).
    todo, seen = [value], set()
    while todo:
        item = todo.pop()
        kind: type = type(item)
        if kind is str:
            if not item.isascii():
                yield from item
        elif kind is tuple or kind is list or kind is frozenset or kind is set:
            todo.extend(item)
        elif kind is dict:
            todo.extend(item.keys())
            todo.extend(item.values())
        elif (fields := _fields_of(kind)) is not None and id(item) not in seen:
            seen.add(id(item))
            todo.extend(fields(item))
        elif isinstance(item, str):  # subclasses (a str Enum's members, say), as above
            if not item.isascii():
                yield from item
        elif isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            todo.extend(item)


@functools.cache
def _fields_of(cls: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """The values of a dataclass's fields, as a tuple (None for other types)."""
    if not dataclasses.is_dataclass(cls):
        return None
    names = [f.name for f in dataclasses.fields(cls)]
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda item: (one(item),)
    return operator.attrgetter(*names) if names else lambda item: ()


def _template_names(roots: list[Path]) -> list[PurePosixPath]:
    """Relative paths of the templates to render (macros under ``_shared`` are not)."""
    names = {
        PurePosixPath(source.relative_to(root).as_posix())
        for root in roots
        for source in root.rglob("*.jinja")
    }
    return sorted(rel for rel in names if "_shared" not in rel.parts)


# How alike an override's name and a built-in template's must be to call it a typo
# (difflib's ratio): `READEM.md` / `README.md` is 0.93, `client.py` / `_client.py` 0.97, while
# genuinely new files (`extra.py` / `errors.py` 0.76, `util.py` / `_auth.py` 0.81) fall below.
NEAR_MISS = 0.85


def check_overrides(overrides: Path) -> None:
    """Refuse an override that replaces nothing but is named almost like a built-in template:
    it would be rendered as an extra file while the template it was meant to replace is still
    the built-in one, and nothing would say so. A name unlike any built-in one is a new file,
    which overrides may add (the README says so)."""
    builtin = {rel.as_posix() for rel in _all_templates(default_templates())}
    for rel in sorted(_all_templates(overrides)):
        name = rel.as_posix()
        if name in builtin:
            continue
        # The same folder, by file name; then anywhere, by whole path (a misspelt folder).
        siblings = {
            PurePosixPath(b).name: b
            for b in builtin
            if str(PurePosixPath(b).parent) == str(rel.parent)
        }
        close = difflib.get_close_matches(rel.name, siblings, n=1, cutoff=NEAR_MISS)
        meant = siblings[close[0]] if close else None
        if meant is None:
            anywhere = difflib.get_close_matches(name, builtin, n=1, cutoff=NEAR_MISS)
            meant = anywhere[0] if anywhere else None
        if meant is not None:
            raise TemplateError(
                f"{display_name(overrides / rel)}: overrides no built-in template; did you "
                f"mean {display_name(overrides / meant)} (built-in {meant})? A new file needs a "
                "name less like a built-in one"
            )


def _all_templates(root: Path) -> list[PurePosixPath]:
    """Every template under ``root``, macros included, as relative paths."""
    return [PurePosixPath(source.relative_to(root).as_posix()) for source in root.rglob("*.jinja")]


def _render_one(
    env: jinja2.Environment, api: Api, rel: PurePosixPath, header: str
) -> dict[str, str]:
    template = env.get_template(rel.as_posix())
    target = str(rel.with_suffix(""))
    if target.startswith("python/package/"):
        target = f"python/{api.package}/" + target[len("python/package/") :]
    if PER_OPERATION in target:
        return {
            target.replace(PER_OPERATION, op.slug): template.render(
                api=api, operation=op, header=header
            )
            for op in api.operations
        }
    if PER_MODEL_PAGE in target:
        return {
            target.replace(PER_MODEL_PAGE, page.stem): template.render(
                api=api, page=page, header=header
            )
            for page in api.model_pages
        }
    text = template.render(api=api, header=header)
    # A template that renders nothing (it has a condition) is a file this API does not need;
    # an empty template (py.typed) is an empty file.
    source = Path(template.filename or "")
    if text.strip() or not source.read_text(encoding="utf-8").strip():
        return {target: text}
    return {}


def _located(exc: Exception, roots: list[Path], rel: PurePosixPath) -> str:
    """``FILE:LINE: message`` for a template failure, at the innermost template frame."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        where, line, message = exc.filename or str(rel), exc.lineno, exc.message or str(exc)
    else:
        frames = [
            f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".jinja")
        ]
        where = frames[-1].filename if frames else str(roots[0] / rel)
        line = (frames[-1].lineno or 0) if frames else 0
        kind = "undefined name" if isinstance(exc, jinja2.UndefinedError) else type(exc).__name__
        message = f"{kind}: {exc}"
    return f"{display_name(Path(where))}:{line}: {message}"


@functools.cache
def _builtin_environment() -> jinja2.Environment:
    return _environment([default_templates()])


def template_cache() -> Path:
    """Where the built-in templates are kept compiled, beside them (as Python keeps .pyc files):
    compiling them is most of a small render's time. Nothing of a spec is kept."""
    return default_templates() / "__pycache__"


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, for the built-in ones only (never a user's
    ``--templates``), best effort: a folder it cannot write, or a damaged entry, means compiling.

    Jinja checks an entry against its template's source. Compiled code also depends on the
    environment (its options, how each filter is called) and on the versions of Jinja and of
    this generator: they are in every key (:meth:`salt`), so a change to any is a new entry.
    """

    def __init__(self) -> None:
        super().__init__(str(template_cache()), "%s.jinja.cache")
        self.root = os.path.realpath(default_templates()) + os.sep
        self.salt_text = ""

    def salt(self, env: jinja2.Environment) -> None:
        filters = sorted((n, str(getattr(f, "jinja_pass_arg", ""))) for n, f in env.filters.items())
        options = (env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline, env.autoescape)
        self.salt_text = repr((__version__, jinja2.__version__, options, filters))

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        text = f"{self.salt_text}|{name}|{filename or ''}"
        return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        if filename is None or not os.path.realpath(filename).startswith(self.root):
            # A user's template: compiled each run, never stored in the package (a bucket
            # without a key is neither read nor written).
            return jinja2.bccache.Bucket(environment, "", self.get_source_checksum(source))
        return super().get_bucket(environment, name, filename, source)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key:
            with contextlib.suppress(Exception):  # unreadable or damaged: compile instead
                super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        # PYTHONDONTWRITEBYTECODE / -B: read, as Python does, but do not write.
        if not bucket.key or sys.dont_write_bytecode:
            return
        with contextlib.suppress(OSError):
            template_cache().mkdir(exist_ok=True)
            super().dump_bytecode(bucket)


def _environment(roots: list[Path]) -> jinja2.Environment:
    cache = _TemplateCache()
    env = jinja2.Environment(
        bytecode_cache=cache,
        # The first folder holding a template wins: overrides, then the built-in set.
        loader=jinja2.FileSystemLoader([str(root) for root in roots]),
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
        mentioned=mentioned,
        all_sorted=all_sorted,
        after_imports=after_imports,
        qualified=qualified,
    )
    env.globals["NO_DEFAULT"] = NO_DEFAULT
    env.globals["module_constants"] = ModuleConstants
    env.globals["import_lines"] = import_lines
    env.globals["own"] = Own()
    env.globals["time_checks"] = time_checks
    env.globals["model_checks"] = model_checks
    env.globals["timed_models"] = timed_models
    env.globals["sends_times"] = sends_times
    cache.salt(env)
    return env


def qualified(code: str, names: Iterable[str], module: str) -> str:
    """``code`` with every whole word of ``names`` spelled ``module.name`` (a type annotation
    naming the spec's classes, in a module that imports ``module`` rather than the classes)."""
    wanted = sorted(set(names), key=len, reverse=True)
    if not wanted:
        return code
    pattern = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, wanted)) + r")(?!\w)")
    return pattern.sub(lambda match: f"{module}.{match.group(1)}", code)


def python_annotation(t: TypeRef, lenient: bool = False, templates: Path | None = None) -> str:
    """How the templates spell type ``t`` in Python (the ``types`` macros), for tests and tools."""
    env = _environment([templates]) if templates else _builtin_environment()
    module = env.get_template("python/_shared/types.py.jinja").module
    return str(module.annotation(t, lenient))  # type: ignore[attr-defined]
