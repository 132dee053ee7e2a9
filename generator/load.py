"""Load a YAML spec into plain Python objects while remembering where every node came from.

PyYAML silently keeps the last of two duplicate mapping keys, which loses a spec edit without a
word. We compose the node graph ourselves so duplicates become problems, and so every later stage
can point at ``file:line:col`` for any JSON path in the document.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .findings.input import DUPLICATE_KEY, INVALID_YAML, SPEC_TOO_LARGE, UNREADABLE
from .problems import ERROR, Problem, SpecError

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class LoadedSpec:
    """A parsed spec: its data, its display name and the location of every node."""

    file: str
    data: dict[str, Any]
    text: str
    locations: dict[JsonPath, tuple[int, int]] = field(repr=False)
    # How generated headers name the spec (generator.recorded.spec_name); "": its file name.
    header_name: str = ""
    # The `openapi` version the file declares when normalization rewrote ``data`` to another
    # one (a 3.0 document read as 3.1); "" when ``data`` is the document as written.
    source_version: str = ""
    # The file a subtree of ``data`` was read from when it is not ``file`` (a file a ``$ref``
    # names, an overlay), keyed by the subtree's path; ``locations`` inside such a subtree are
    # lines and columns of that file.
    origins: dict[JsonPath, str] = field(default_factory=dict, repr=False)
    # Findings of reading the other files (an operation given as a ``$ref``): warnings the
    # validation reports with its own (:mod:`generator.multifile`).
    load_problems: tuple[Problem, ...] = ()
    # Every other file read, as (its path relative to the spec's folder, its sha256): the
    # manifest records them so that ``generate --check`` notices a change in any of them.
    files: tuple[tuple[str, str], ...] = ()

    @functools.cached_property
    def schemas(self) -> list[tuple[JsonPath, Any]]:
        """Every schema of the document with its path, nested ones too: walked once, as several
        checks read them all (:func:`generator.schemas.every_schema`)."""
        from .schemas import every_schema

        return every_schema(self.data)

    @functools.cached_property
    def mappings(self) -> list[tuple[JsonPath, Mapping[str, Any]]]:
        """Every mapping of the document with its path, depth first in document order: walked
        once, for the checks that look at every node. A loop: nested generators cost a step
        per level for every node they pass up."""
        found: list[tuple[JsonPath, Mapping[str, Any]]] = []
        todo: list[tuple[JsonPath, Any]] = [((), self.data)]
        while todo:
            path, node = todo.pop()
            if isinstance(node, Mapping):
                found.append((path, node))
                todo += reversed([((*path, key), value) for key, value in node.items()])
            elif isinstance(node, list):
                todo += reversed([((*path, i), value) for i, value in enumerate(node)])
        return found

    def where(self, path: Iterable[str | int]) -> tuple[int, int]:
        """Line and column of ``path``, or of its nearest located ancestor."""
        parts = tuple(path)
        while parts:
            if parts in self.locations:
                return self.locations[parts]
            parts = parts[:-1]
        return self.locations.get((), (1, 1))

    def origin(self, path: Iterable[str | int]) -> str:
        """The file that holds ``path``: that of its nearest ancestor in ``origins``, else
        ``file``."""
        parts = tuple(path)
        while parts and self.origins:
            if parts in self.origins:
                return self.origins[parts]
            parts = parts[:-1]
        return self.file

    def problem(
        self, path: Iterable[str | int], message: str, rule: str = "spec", severity: str = ERROR
    ) -> Problem:
        parts = tuple(path)
        line, column = self.where(parts)
        return Problem(self.origin(parts), line, column, message, rule, severity)


def display_name(path: Path) -> str:
    """The name to show for ``path``: relative to the working directory when inside it."""
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


# No real spec comes near this; reading, validating and rendering a larger one would take
# minutes and gigabytes. Only this much is ever read, so `--spec /dev/zero` is refused too.
MAX_BYTES = 10_000_000
# Nesting deeper than this is no hand-written spec, and would exhaust the recursion of every
# later stage (validators, builder, templates).
MAX_DEPTH = 64


def load_spec(
    path: Path, header_name: str = "", allow_ref_roots: Sequence[Path] = ()
) -> LoadedSpec:
    """Read and parse ``path``, and the files its ``$ref``s name (:mod:`generator.multifile`);
    raise :class:`SpecError` listing every problem found.

    ``header_name`` is how generated files will name it: chosen by the caller, which knows
    where the output goes, never from where the file happens to sit. ``allow_ref_roots``:
    folders besides the spec's own that a ``$ref`` may name files in.
    """
    name = display_name(path)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
        _check_size(len(data), name)
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise SpecError([Problem(name, 1, 1, "file not found", UNREADABLE)]) from None
    except IsADirectoryError:
        raise SpecError([Problem(name, 1, 1, "is a folder, not a spec file", UNREADABLE)]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError([Problem(name, 1, 1, f"cannot read the file: {exc}", UNREADABLE)]) from None
    spec = parse_spec(text, name)
    spec = LoadedSpec(spec.file, spec.data, spec.text, spec.locations, header_name)
    from .multifile import DiskFiles, resolve

    return resolve(spec, DiskFiles(path, allow_ref_roots))


class SpecLoader(yaml.SafeLoader):
    """YAML with the scalars of the YAML 1.2 core schema, as OpenAPI recommends.

    PyYAML speaks YAML 1.1, which reads ``2023-07-15`` as a date, ``1:10`` as the number 70,
    ``no``/``on`` as booleans and ``010`` as octal 8: each of these breaks examples and enum
    values of real specs (Cloudflare's among them). Here they stay strings; only ``true``,
    ``false``, ``null``, integers (decimal without a leading zero, or hexadecimal) and
    floats with a point or an exponent are typed.
    """

    # PyYAML's own table, emptied: the resolvers below replace the YAML 1.1 ones.
    yaml_implicit_resolvers = {}  # noqa: RUF012 (PyYAML's class-level table, by design)


# The scalars typed by their exact text; numbers are typed by the patterns below.
_WORDS = {
    "bool": ("true", "True", "TRUE", "false", "False", "FALSE"),
    "null": ("~", "null", "Null", "NULL", ""),
    "merge": ("<<",),
}


def _exactly(words: tuple[str, ...]) -> str:
    return "^(?:" + "|".join(re.escape(word) for word in words) + ")$"


for _tag, _pattern, _first in (
    ("bool", _exactly(_WORDS["bool"]), "tTfF"),
    ("int", r"^(?:[-+]?(?:0|[1-9][0-9]*)|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("null", _exactly(_WORDS["null"]), ["~", "n", "N", ""]),
    ("merge", _exactly(_WORDS["merge"]), "<"),
):
    SpecLoader.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first)
    )


_STR = "tag:yaml.org,2002:str"
_EXACT_TAGS = {word: f"tag:yaml.org,2002:{tag}" for tag, words in _WORDS.items() for word in words}
# int, then float: the resolvers of every character a number can start with, in their order.
_NUMBER_TAGS: list[tuple[re.Pattern[str], str]] = [
    (pattern, tag) for tag, pattern in SpecLoader.yaml_implicit_resolvers["0"]
]


def _resolve(
    loader: yaml.resolver.BaseResolver, kind: type[yaml.Node], value: str, implicit: Any
) -> str:
    """The table above, read faster: PyYAML's own walk of it, for each of the ~100 plain
    scalars per operation, was ~15 % of composing a 1,000-operation spec."""
    if kind is yaml.ScalarNode and implicit[0]:
        exact = _EXACT_TAGS.get(value)
        if exact is not None:
            return exact
        if value[0] in "-+0123456789.":
            for pattern, number in _NUMBER_TAGS:
                if pattern.match(value):
                    return number
        return _STR
    tag: str = yaml.resolver.BaseResolver.resolve(loader, kind, value, implicit)  # type: ignore[no-untyped-call]
    return tag


SpecLoader.resolve = _resolve  # type: ignore[method-assign]

SpecCLoader: type[yaml.CSafeLoader] | None = None
if yaml.__with_libyaml__:

    class _SpecCLoader(yaml.CSafeLoader):
        """libyaml's parser with :class:`SpecLoader`'s resolvers (the YAML 1.2 core schema)."""

        yaml_implicit_resolvers = SpecLoader.yaml_implicit_resolvers
        resolve = _resolve

    SpecCLoader = _SpecCLoader


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        message = (
            f"the spec is larger than {MAX_BYTES:,} bytes, more than the generator reads: "
            "generate from the part of the API you need"
        )
        raise SpecError([Problem(name, 1, 1, message, SPEC_TOO_LARGE)])


def parse_spec(text: str, name: str) -> LoadedSpec:
    """Parse YAML ``text``; ``name`` is used in problem locations."""
    data, locations = parse_document(text, name)
    if not isinstance(data, dict):
        raise SpecError(
            [Problem(name, 1, 1, "the spec must be a YAML mapping at the top level", INVALID_YAML)]
        )
    return LoadedSpec(name, data, text, locations)


def parse_document(
    text: str, name: str, what: str = "spec"
) -> tuple[Any, dict[JsonPath, tuple[int, int]]]:
    """Parse YAML or JSON ``text`` of any shape, with the location of every node; the same
    limits and checks for every file (size, depth, aliases, duplicate keys)."""
    _check_size(len(text), name)
    node = _compose(text, name)
    if node is None:
        raise SpecError([Problem(name, 1, 1, f"the {what} is empty", INVALID_YAML)])
    builder = _Builder(name, text)
    data = builder.build(node, ())
    if builder.problems:
        raise SpecError(builder.problems)
    return data, builder.locations


def _compose(text: str, name: str) -> yaml.Node | None:
    """The YAML node graph: by libyaml when available (ten times faster, with a nesting
    limit), else, or to word a syntax error the same way everywhere, by PyYAML itself."""
    if SpecCLoader is not None:
        try:
            return yaml.compose(text, Loader=SpecCLoader)
        except yaml.YAMLError:
            pass  # PyYAML's own message below, the same with or without libyaml
    try:
        return yaml.compose(text, Loader=SpecLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = _line_and_column(text, mark.index) if mark else (1, 1)
        reason = exc.problem or exc.context or "invalid YAML"
        raise SpecError(
            [Problem(name, line, column, f"invalid {_syntax(name, text)}: {reason}", INVALID_YAML)]
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError(
            [Problem(name, 1, 1, f"invalid {_syntax(name, text)}: {exc}", INVALID_YAML)]
        ) from None
    except RecursionError:  # PyYAML's composer recurses once per level
        message = f"the spec nests deeper than {MAX_DEPTH} levels"
        raise SpecError([Problem(name, 1, 1, message, SPEC_TOO_LARGE)]) from None


# Aliases can expand a tiny file into billions of nodes ("billion laughs"); no real spec
# comes near this many.
MAX_NODES = 1_000_000


class _TooLarge(Exception):
    """The document is beyond the limits above; stops building at once."""

    def __init__(self, node: yaml.Node, message: str) -> None:
        super().__init__(message)
        self.node, self.message = node, message


class _Builder:
    """Turns composed YAML nodes into dicts/lists/scalars, recording locations."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        # YAML also counts U+0085, U+2028 and U+2029 as line breaks; editors count only "\n".
        self._line_starts = _line_starts(text)
        self.problems: list[Problem] = []
        self.locations: dict[JsonPath, tuple[int, int]] = {}
        self._constructor = yaml.SafeLoader("")
        self._open: set[int] = set()  # ids of the collections being built: an alias cycle
        self._count = 0

    def build(self, node: yaml.Node, path: JsonPath) -> Any:
        if path == ():
            try:
                return self._build(node, path)
            except _TooLarge as exc:
                line, column = self._position(exc.node)
                self.problems.append(Problem(self.name, line, column, exc.message, SPEC_TOO_LARGE))
                return None
        return self._build(node, path)

    def _build(self, node: yaml.Node, path: JsonPath) -> Any:
        self._count += 1
        if self._count > MAX_NODES:
            raise _TooLarge(node, f"the spec expands to over {MAX_NODES:,} nodes (YAML aliases?)")
        if len(path) > MAX_DEPTH:
            raise _TooLarge(node, f"the spec nests deeper than {MAX_DEPTH} levels")
        if id(node) in self._open:
            line, column = self._position(node)
            self.problems.append(
                Problem(self.name, line, column, "a YAML alias refers to itself", INVALID_YAML)
            )
            return None
        if path not in self.locations:  # a mapping's value has its key's position already
            self.locations[path] = self._position(node)
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            self._open.add(id(node))
            try:
                return self._collection(node, path)
            finally:
                self._open.discard(id(node))
        if node.tag == _STR:  # most scalars: their text, as the constructor would give it
            return node.value
        try:
            return self._constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            line, column = self._position(node)
            self.problems.append(
                Problem(self.name, line, column, f"invalid YAML: {exc.problem}", INVALID_YAML)
            )
            return None

    def _collection(self, node: yaml.Node, path: JsonPath) -> Any:
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        return [self._build(item, (*path, i)) for i, item in enumerate(node.value)]

    def _position(self, node: yaml.Node) -> tuple[int, int]:
        """1-based line and column of ``node``, as an editor counts them."""
        return _line_and_column(self._line_starts, node.start_mark.index)

    def _mapping(self, node: yaml.MappingNode, path: JsonPath) -> dict[str, Any]:
        self._constructor.flatten_mapping(node)  # resolves YAML merge keys (<<)
        result: dict[str, Any] = {}
        first_seen: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            line, column = self._position(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    Problem(
                        self.name,
                        line,
                        column,
                        "a mapping key must be a plain string",
                        INVALID_YAML,
                    )
                )
                continue
            key = (
                key_node.value
                if key_node.tag == _STR
                else self._constructor.construct_object(key_node)
            )
            if not isinstance(key, str):
                # OpenAPI keys are strings; YAML would turn `200:` into an int.
                key = str(key).lower() if isinstance(key, bool) else str(key)
            if key in first_seen:
                first_line, _ = first_seen[key]
                self.problems.append(
                    Problem(
                        self.name,
                        line,
                        column,
                        f"duplicate key {key!r} (first defined on line {first_line}); "
                        "YAML would silently keep only the last one",
                        DUPLICATE_KEY,
                    )
                )
                continue
            first_seen[key] = (line, column)
            child = (*path, key)
            self.locations[child] = (line, column)
            result[key] = self._build(value_node, child)
        return result


def _syntax(name: str, text: str) -> str:
    """What the file was meant to be: a JSON spec's syntax error is a JSON error."""
    return "JSON" if name.endswith(".json") or text.lstrip().startswith(("{", "[")) else "YAML"


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text))]


def _line_and_column(text_or_starts: str | list[int], index: int) -> tuple[int, int]:
    """1-based line and column of character ``index``, counting lines by "\\n" only."""
    starts = _line_starts(text_or_starts) if isinstance(text_or_starts, str) else text_or_starts
    line = bisect.bisect_right(starts, index)
    return line, index - starts[line - 1] + 1
