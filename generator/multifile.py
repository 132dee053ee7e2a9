"""Specs in several files: ``$ref``s to other YAML or JSON files, resolved when the spec is
loaded into ONE document, so that every later stage (validation, building, the mock, ``diff``)
reads a single document as before.

- A schema from another file becomes a ``components/schemas`` entry, and every ``$ref`` to it
  (from any file) a ``#/components/schemas/NAME``. Its name is the one the spec gives it: the
  root's ``components/schemas/NAME: {$ref: ./models.yml#/droplet}`` names it ``NAME``; else the
  last key of the ref's fragment (``droplet``), or the file's stem for a whole-file ref. Names
  that clash (with each other or with the root's own schemas) are all qualified by their file's
  stem (``models_droplet``), then by its folders: the names depend on the set of files and
  targets alone, never on the order they were reached in. Schemas that refer to each other
  across files (a cycle) are so just two components referring to each other.
- Anything else a ``$ref`` names in another file (a path item, an operation, a parameter, a
  response, a request body, a header, an example...) is copied to where the ``$ref`` was. These
  have no names of their own in the SDK (a parameter becomes an argument, a body a model named
  after its schema), so a copy changes nothing for the user, keeps the document in the shape
  its author wrote, and names no new component for a bundled document's readers to wonder at.
  A ``$ref`` into the root file stays a ``$ref`` (``#/...``).
- An operation given as a ``$ref`` (not allowed by OpenAPI 3.0 or 3.1, a common habit) is
  read as the operation it names, with a warning.

Every node copied from another file keeps its lines and columns in THAT file
(``LoadedSpec.origins``), so a finding about it names ``resources/droplets/models.yml:12:7``.

Never followed: a URL (nothing is fetched from the network), and a file outside the root
spec's folder unless ``--allow-ref-root DIR`` allows its folder. Both, and a missing file, a
fragment pointing to nothing, and a file that is not valid YAML or JSON, are errors located at
the ``$ref`` (or in the file at fault). Every file gets the loader's limits (size, depth,
aliases, duplicate keys); the number of files and the size of the result are capped too.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any, Protocol, TypeVar
from urllib.parse import unquote

from .findings.input import SPEC_TOO_LARGE, UNREADABLE
from .findings.refs import (
    OPERATION_REF,
    REF_CYCLE,
    REF_OUTSIDE_FOLDER,
    UNRESOLVED_REF,
    UNSUPPORTED_REF,
)
from .load import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_NODES,
    JsonPath,
    LoadedSpec,
    display_name,
    parse_document,
)
from .problems import ERROR, WARNING, Problem, SpecError

_V = TypeVar("_V")

# No hand-written spec is split into more files than this; a ref bomb may try.
MAX_FILES = 1000
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class Files(Protocol):
    """Where the files of a spec are read from: the disk, or a git revision
    (:class:`generator.sources.GitFiles`). A file is named by a key (a path)."""

    root: str  # the root spec's key

    def locate(self, base: str, ref: str) -> str:
        """The key of the file ``ref`` (a relative path) names from the file ``base``."""
        ...

    def refused(self, key: str) -> str | None:
        """Why ``key`` may not be read (outside the allowed folders), or None."""
        ...

    def read(self, key: str) -> bytes:
        """At most MAX_BYTES + 1 bytes; raise FileNotFoundError, IsADirectoryError, OSError."""
        ...

    def name(self, key: str) -> str:
        """How findings name the file."""
        ...

    def relative(self, key: str) -> str:
        """The file's path relative to the root spec's folder (POSIX): how the manifest
        names it."""
        ...


class DiskFiles:
    """The files of a spec on disk: ``$ref``s may name files under the spec's own folder,
    and under every folder of ``allowed`` (``--allow-ref-root``). Symbolic links are
    followed before that check, so a link cannot lead out."""

    def __init__(self, spec: Path, allowed: Sequence[Path] = ()) -> None:
        self.root = os.path.abspath(spec)
        self.folder = os.path.dirname(self.root)
        self.roots = [os.path.realpath(self.folder), *(os.path.realpath(a) for a in allowed)]
        self._spec_folder = display_name(Path(self.folder)) if spec.parent != Path() else "."

    def locate(self, base: str, ref: str) -> str:
        return os.path.normpath(os.path.join(os.path.dirname(base), ref))

    def refused(self, key: str) -> str | None:
        real = os.path.realpath(key)
        for root in self.roots:
            try:
                if os.path.commonpath([real, root]) == root:
                    return None
            except ValueError:  # another drive (Windows)
                continue
        return (
            f"it leaves the spec's folder {self._spec_folder}/: refs are followed only inside "
            "it (allow another folder with --allow-ref-root DIR)"
        )

    def read(self, key: str) -> bytes:
        with open(key, "rb") as file:
            return file.read(MAX_BYTES + 1)

    def name(self, key: str) -> str:
        return display_name(Path(key))

    def relative(self, key: str) -> str:
        return Path(os.path.relpath(key, self.folder)).as_posix()


@dataclass
class _Doc:
    key: str
    name: str
    data: Any
    locations: dict[JsonPath, tuple[int, int]]


# What each kind of OpenAPI object holds under each key: another kind, "{}K" a mapping of K,
# "[]K" a list of K. Keys not listed hold data: examples, defaults, extensions, where a "$ref"
# key is no reference.
_SCHEMA_KEYS = {
    **dict.fromkeys(
        ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"),
        "{}schema",
    ),
    **dict.fromkeys(("allOf", "anyOf", "oneOf", "prefixItems"), "[]schema"),
    **dict.fromkeys(
        (
            *("items", "additionalProperties", "additionalItems", "not", "if", "then", "else"),
            *("contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties"),
            "contentSchema",
        ),
        "schema",
    ),
    "discriminator": "discriminator",
}
_PARAMETER_KEYS = {"schema": "schema", "content": "{}media", "examples": "{}example"}
_SHAPES: dict[str, dict[str, str]] = {
    "document": {"paths": "{}path", "webhooks": "{}path", "components": "components"},
    "components": {
        "schemas": "{}schema",
        "responses": "{}response",
        "parameters": "{}parameter",
        "examples": "{}example",
        "requestBodies": "{}body",
        "headers": "{}header",
        "securitySchemes": "{}other",
        "links": "{}other",
        "callbacks": "{}callback",
        "pathItems": "{}path",
    },
    "path": {**dict.fromkeys(METHODS, "operation"), "parameters": "[]parameter"},
    "operation": {
        "parameters": "[]parameter",
        "requestBody": "body",
        "responses": "{}response",
        "callbacks": "{}callback",
    },
    "parameter": _PARAMETER_KEYS,
    "header": _PARAMETER_KEYS,
    "body": {"content": "{}media"},
    "response": {"headers": "{}header", "content": "{}media", "links": "{}other"},
    "media": {
        "schema": "schema",
        "itemSchema": "schema",
        "examples": "{}example",
        "encoding": "{}encoding",
    },
    "encoding": {"headers": "{}header"},
    "schema": _SCHEMA_KEYS,
    "discriminator": {"mapping": "mapping"},
}
# A callback is a mapping of path items, whatever its keys.
_EVERY_KEY = {"callback": "path"}
_WHAT = {
    "path": "a path item",
    "operation": "an operation",
    "parameter": "a parameter",
    "header": "a header",
    "body": "a request body",
    "response": "a response",
    "media": "a media type",
    "schema": "a schema",
    "example": "an example",
    "callback": "a callback",
    "encoding": "an encoding",
}
_URL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)")
_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
_HOIST = "\0hoisted"  # the path prefix of a hoisted schema until its name is chosen


class _Stop(Exception):
    """A limit was passed: the problem is recorded, resolving stops."""


class _Bundler:
    def __init__(self, spec: LoadedSpec, files: Files) -> None:
        self.files = files
        self.root = _Doc(files.root, spec.file, spec.data, spec.locations)
        self.docs: dict[str, _Doc | None] = {files.root: self.root}
        self.hashes: dict[str, str] = {}
        self.problems: list[Problem] = []
        self.locations: dict[JsonPath, tuple[int, int]] = {}
        self.origins: dict[JsonPath, str] = {}
        # Schemas of other files, by (file key, pointer): their copy, walked under _HOIST.
        self.hoisted: dict[tuple[str, JsonPath], Any] = {}
        self.hoist_index: dict[tuple[str, JsonPath], int] = {}
        # Names the root's components give them (components/schemas/NAME: {$ref: ...}).
        self.claimed: dict[tuple[str, JsonPath], str] = {}
        # Refs to fill in once names are chosen: (the mapping, its key, the target).
        self.pending: list[tuple[dict[str, Any], str, tuple[str, JsonPath]]] = []
        self.inlining: list[tuple[str, JsonPath, str]] = []
        self.chain: set[tuple[str, JsonPath]] = set()  # refs to refs being followed
        self.queue: list[tuple[tuple[str, JsonPath], _Doc, Any]] = []
        self.count = 0
        self.total = len(spec.text)

    # -- problems -------------------------------------------------------------------------

    def _problem(
        self, doc: _Doc, path: JsonPath, message: str, rule: str, severity: str = ERROR
    ) -> None:
        parts = path
        while parts and parts not in doc.locations:
            parts = parts[:-1]
        line, column = doc.locations.get(parts, (1, 1))
        self.problems.append(Problem(doc.name, line, column, message, rule, severity))

    # -- the walk -------------------------------------------------------------------------

    def node(self, value: Any, kind: str, doc: _Doc, src: JsonPath, dst: JsonPath) -> Any:
        """A copy of ``value`` (at ``src`` in ``doc``, of ``kind``) for ``dst`` in the result,
        its refs to other files resolved, every location recorded."""
        self.count += 1
        if self.count > MAX_NODES:
            message = f"the spec and the files it refers to expand to over {MAX_NODES:,} nodes"
            self._problem(doc, src, message, SPEC_TOO_LARGE)
            raise _Stop
        if len(dst) > MAX_DEPTH + 2:  # + the _HOIST prefix
            message = f"with its $refs resolved, the spec nests deeper than {MAX_DEPTH} levels"
            self._problem(doc, src, message, SPEC_TOO_LARGE)
            raise _Stop
        if src in doc.locations:
            self.locations[dst] = doc.locations[src]
        if kind.startswith(("{}", "[]")):
            inner = kind[2:]
            if isinstance(value, dict) and kind.startswith("{}"):
                return {k: self.node(v, inner, doc, (*src, k), (*dst, k)) for k, v in value.items()}
            if isinstance(value, list) and kind.startswith("[]"):
                return [self.node(v, inner, doc, (*src, i), (*dst, i)) for i, v in enumerate(value)]
            kind = "data"
        if isinstance(value, dict):
            if kind == "mapping":
                return self._mapping(value, doc, src, dst)
            if kind != "data" and isinstance(value.get("$ref"), str):
                return self._ref(value, kind, doc, src, dst)
            return self._object(value, kind, doc, src, dst)
        if isinstance(value, list):
            if kind == "schema":  # draft 4 `items: [A, B]`
                kind = "[]schema"
                return self.node(value, kind, doc, src, dst)
            return [self.node(v, "data", doc, (*src, i), (*dst, i)) for i, v in enumerate(value)]
        return value

    def _object(
        self, value: dict[str, Any], kind: str, doc: _Doc, src: JsonPath, dst: JsonPath
    ) -> dict[str, Any]:
        shape = _SHAPES.get(kind, {})
        every = _EVERY_KEY.get(kind)
        return {
            k: self.node(v, every or shape.get(k, "data"), doc, (*src, k), (*dst, k))
            for k, v in value.items()
        }

    def _ref(
        self, value: dict[str, Any], kind: str, doc: _Doc, src: JsonPath, dst: JsonPath
    ) -> Any:
        ref: str = value["$ref"]
        at = (*src, "$ref")
        if doc is self.root and ref.startswith("#") and kind != "operation":
            return self._object(value, kind, doc, src, dst)  # a ref inside the root file
        target = self._target(ref, doc, at)
        if target is None:
            return self._object(value, kind, doc, src, dst)
        where, pointer = target
        siblings = {k: v for k, v in value.items() if k != "$ref"}
        if kind == "operation":
            self._problem(
                doc,
                at,
                f"an operation given as a $ref ({ref!r}) is not OpenAPI (only path items, "
                "parameters, bodies, responses... may be refs): read as the operation it "
                "points to",
                OPERATION_REF,
                WARNING,
            )
        elif where is self.root:  # a ref back into the root file stays a ref
            out = self._object(siblings, kind, doc, src, dst)
            out["$ref"] = _pointer(pointer)
            return out
        if kind == "schema":
            hoisted = self._hoist(where, pointer, ref, doc, at)
            out = self._object(siblings, kind, doc, src, dst)
            out["$ref"] = ref
            if hoisted is not None:
                self.pending.append((out, "$ref", hoisted))
            return out
        found = self._lookup(where, pointer, ref, doc, at)
        if found is None:
            return self._object(siblings, kind, doc, src, dst)
        pointer, target_value = found
        step = (where.key, pointer, kind)
        if step in self.inlining:
            self._problem(
                doc, at, f"$ref {ref!r} leads back to itself through other files", REF_CYCLE
            )
            return {}
        if not isinstance(target_value, dict):
            self._not_object(ref, kind, target_value, doc, at)
            return self._object(siblings, kind, doc, src, dst)
        self.inlining.append(step)
        try:
            out = self.node(target_value, kind, where, pointer, dst)
        finally:
            self.inlining.pop()
        if where is not doc:
            self.origins[dst] = where.name
        if isinstance(out, dict):
            for k, v in siblings.items():  # a Reference Object's summary and description win
                below: JsonPath = (*dst, k)
                out[k] = self.node(v, "data", doc, (*src, k), below)
                if where is not doc:
                    self.origins[below] = doc.name
        return out

    def _mapping(
        self, value: dict[str, Any], doc: _Doc, src: JsonPath, dst: JsonPath
    ) -> dict[str, Any]:
        """A discriminator's mapping: values that are refs to other files' schemas become
        refs to their components, like any schema ref."""
        out: dict[str, Any] = {}
        for k, v in value.items():
            here = (*src, k)
            there: JsonPath = (*dst, k)
            if here in doc.locations:
                self.locations[there] = doc.locations[here]
            out[k] = v
            if not isinstance(v, str) or (doc is self.root and v.startswith("#")):
                continue
            if not v.startswith("#") and not re.search(r"[/#]|\.(?:ya?ml|json)$", v):
                continue  # a schema name
            target = self._target(v, doc, here)
            if target is None:
                continue
            where, pointer = target
            if where is self.root:
                out[k] = _pointer(pointer)
                continue
            hoisted = self._hoist(where, pointer, v, doc, here)
            if hoisted is not None:
                self.pending.append((out, k, hoisted))
        return out

    def _not_object(self, ref: str, kind: str, value: Any, doc: _Doc, at: JsonPath) -> None:
        shape = "a list" if isinstance(value, list) else f"the value {value!r}"
        message = (
            f"$ref {ref!r} points to {shape}, where {_WHAT.get(kind, 'an object')} "
            "(a mapping) is expected"
        )
        self._problem(doc, at, message, UNSUPPORTED_REF)

    # -- refs and files -------------------------------------------------------------------

    def _target(self, ref: str, doc: _Doc, at: JsonPath) -> tuple[_Doc, JsonPath] | None:
        """The file and the JSON pointer ``ref`` names, or None (the problem recorded)."""
        if _URL.match(ref):
            message = (
                f"$ref {ref!r} is a URL: nothing is fetched from the network; save the file "
                "beside the spec and refer to it by a relative path"
            )
            self._problem(doc, at, message, UNSUPPORTED_REF)
            return None
        file_part, _, fragment = ref.partition("#")
        if fragment and not fragment.startswith("/"):
            message = (
                f"unsupported $ref {ref!r}: the part after '#' must be a JSON pointer such as "
                "'#/components/schemas/Name'"
            )
            self._problem(doc, at, message, UNSUPPORTED_REF)
            return None
        pointer = _parse_pointer(fragment)
        if not file_part:
            return doc, pointer
        key = self.files.locate(doc.key, unquote(file_part))
        why = self.files.refused(key)
        if why is not None:
            self._problem(doc, at, f"$ref {ref!r} is not followed: {why}", REF_OUTSIDE_FOLDER)
            return None
        where = self._load(key, ref, doc, at)
        return None if where is None else (where, pointer)

    def _load(self, key: str, ref: str, doc: _Doc, at: JsonPath) -> _Doc | None:
        if key in self.docs:
            return self.docs[key]
        name = self.files.name(key)
        if len(self.docs) >= MAX_FILES:
            message = f"$ref {ref!r}: the spec refers to more than {MAX_FILES} files"
            self._problem(doc, at, message, SPEC_TOO_LARGE)
            raise _Stop
        self.docs[key] = None  # read once, whatever comes of it
        try:
            data = self.files.read(key)
        except FileNotFoundError:
            self._problem(doc, at, f"$ref {ref!r}: file not found: {name}", UNRESOLVED_REF)
            return None
        except IsADirectoryError:
            self._problem(doc, at, f"$ref {ref!r}: {name} is a folder, not a file", UNREADABLE)
            return None
        except OSError as exc:
            message = f"$ref {ref!r}: cannot read {name}: {exc.strerror or exc}"
            self._problem(doc, at, message, UNREADABLE)
            return None
        self.total += len(data)
        if len(data) > MAX_BYTES or self.total > MAX_BYTES:
            message = (
                f"the spec and the files it refers to are larger than {MAX_BYTES:,} bytes, "
                "more than the generator reads"
            )
            self.problems.append(Problem(name, 1, 1, message, SPEC_TOO_LARGE))
            raise _Stop
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.problems.append(Problem(name, 1, 1, f"cannot read the file: {exc}", UNREADABLE))
            return None
        try:
            value, locations = parse_document(text, name, "file")
        except SpecError as exc:  # located in that file
            self.problems += exc.problems
            return None
        self.hashes[key] = hashlib.sha256(data).hexdigest()
        loaded = _Doc(key, name, value, locations)
        self.docs[key] = loaded
        return loaded

    def _lookup(
        self, where: _Doc, pointer: JsonPath, ref: str, doc: _Doc, at: JsonPath
    ) -> tuple[JsonPath, Any] | None:
        """The node ``pointer`` names in ``where``, with the pointer's list indices as ints."""
        node: Any = where.data
        path: JsonPath = ()
        for part in pointer:
            if isinstance(node, dict) and part in node:
                node, path = node[part], (*path, part)
            elif isinstance(node, list) and str(part).isdigit() and int(part) < len(node):
                node, path = node[int(part)], (*path, int(part))
            else:
                in_file = "" if where is doc else f" in {where.name}"
                message = f"$ref {ref!r} points to nothing{in_file}"
                if where is doc and doc is not self.root:
                    message += f" (a '#' fragment is read in the file holding the ref, {doc.name})"
                self._problem(doc, at, message, UNRESOLVED_REF)
                return None
        return path, node

    def _hoist(
        self,
        where: _Doc,
        pointer: JsonPath,
        ref: str,
        doc: _Doc,
        at: JsonPath,
        follow: bool = True,
    ) -> tuple[str, JsonPath] | None:
        """Copy the schema at ``pointer`` in ``where`` once, for components/schemas; its key
        (file, path), or None when it cannot be (the problem recorded). ``follow``: a schema
        that is only a ``$ref`` to another file's stands for that one."""
        found = self._lookup(where, pointer, ref, doc, at)
        if found is None:
            return None
        path, value = found
        target = (where.key, path)
        if target in self.hoist_index:
            return target
        chained = value.get("$ref") if isinstance(value, dict) and len(value) == 1 else None
        if follow and isinstance(chained, str) and target not in self.chain:
            # Only a ref: the schema it names, not a component that is an alias of it.
            at_chain = (*path, "$ref")
            next_target = self._target(chained, where, at_chain)
            if next_target is not None and next_target[0] is not self.root:
                self.chain.add(target)
                try:
                    return self._hoist(*next_target, chained, where, at_chain)
                finally:
                    self.chain.discard(target)
        if not isinstance(value, (dict, bool)):
            self._not_object(ref, "schema", value, doc, at)
            return None
        self.hoist_index[target] = len(self.hoist_index)
        # Walked later, not from inside the walk that met it: a chain of schemas across many
        # files would otherwise nest a walk per link (and cycles come back to the index).
        self.queue.append((target, where, value))
        return target

    def drain(self) -> None:
        """Walk every schema :meth:`_hoist` queued, and those their walks queue."""
        while self.queue:
            target, where, value = self.queue.pop(0)
            dst: JsonPath = (_HOIST, self.hoist_index[target])
            self.hoisted[target] = self.node(value, "schema", where, target[1], dst)
            self.origins[dst] = where.name

    # -- the result -----------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, value in self.root.data.items():
            if key == "components" and isinstance(value, dict):
                data[key] = self._components(value)
            else:
                kind = _SHAPES["document"].get(key, "data")
                data[key] = self.node(value, kind, self.root, (key,), (key,))
        self.locations[()] = self.root.locations.get((), (1, 1))
        return data

    def _components(self, value: dict[str, Any]) -> dict[str, Any]:
        """The root's components; a schema that is only a ``$ref`` to another file's schema
        gives that schema its name."""
        out: dict[str, Any] = {}
        src: JsonPath = ("components",)
        if src in self.root.locations:
            self.locations[src] = self.root.locations[src]
        for section, entries in value.items():
            at = (*src, section)
            if section != "schemas" or not isinstance(entries, dict):
                kind = _SHAPES["components"].get(section, "data")
                out[section] = self.node(entries, kind, self.root, at, at)
                continue
            if at in self.root.locations:
                self.locations[at] = self.root.locations[at]
            schemas: dict[str, Any] = {}
            for name, schema in entries.items():
                here = (*at, name)
                ref = schema.get("$ref") if isinstance(schema, dict) else None
                if isinstance(ref, str) and len(schema) == 1 and not ref.startswith("#"):
                    target = self._target(ref, self.root, (*here, "$ref"))
                    if target is not None and target[0] is not self.root:
                        where, pointer = target
                        at = (*here, "$ref")
                        found = self._hoist(where, pointer, ref, self.root, at, follow=False)
                        if found is not None and found not in self.claimed:
                            self.claimed[found] = name
                            schemas[name] = found  # replaced by the schema in _finish
                            continue
                schemas[name] = self.node(schema, "schema", self.root, here, here)
            out[section] = schemas
        return out

    def finish(self, data: dict[str, Any]) -> dict[str, Any]:
        """Choose the names of the hoisted schemas, put them in components/schemas, fill in
        the refs to them and move their locations there."""
        if not self.hoist_index:
            return data
        names = self._names()
        components = data.setdefault("components", {})
        if not isinstance(components, dict):
            return data
        schemas = components.setdefault("schemas", {})
        if not isinstance(schemas, dict):
            return data
        for name, entry in list(schemas.items()):
            if isinstance(entry, tuple):  # claimed: the schema itself, under the root's name
                schemas[name] = self.hoisted[entry]
        for target in sorted(self.hoist_index, key=lambda t: names[t]):
            if target not in self.claimed:
                schemas[names[target]] = self.hoisted[target]
        for holder, key, target in self.pending:
            holder[key] = "#/components/schemas/" + names[target]
        moves: dict[JsonPath, JsonPath] = {
            (_HOIST, i): ("components", "schemas", names[t]) for t, i in self.hoist_index.items()
        }
        _move(self.locations, moves)
        _move(self.origins, moves)
        return data

    def _names(self) -> dict[tuple[str, JsonPath], str]:
        """A component name for every hoisted schema: deterministic, whatever the order."""
        fixed = {n for n in self._root_schema_names() if n not in self.claimed.values()}
        names: dict[tuple[str, JsonPath], str] = dict(self.claimed)
        fixed |= set(self.claimed.values())
        free = sorted(
            (t for t in self.hoist_index if t not in self.claimed),
            key=lambda t: (self.files.relative(t[0]), [str(p) for p in t[1]]),
        )
        choices = {t: _candidates(self.files.relative(t[0]), t[1]) for t in free}
        level = dict.fromkeys(free, 0)
        while True:
            chosen = {t: choices[t][level[t]] for t in free}
            seen: dict[str, list[tuple[str, JsonPath]]] = {}
            for t, name in chosen.items():
                seen.setdefault(name, []).append(t)
            clashes = [t for t, name in chosen.items() if name in fixed or len(seen[name]) > 1]
            if not clashes:
                break
            for t in clashes:
                level[t] += 1
                if level[t] == len(choices[t]):  # the most qualified name clashes still
                    choices[t].append(f"{choices[t][-1]}_{free.index(t) + 1}")
        names.update(chosen)
        return names

    def _root_schema_names(self) -> set[str]:
        components = self.root.data.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        return set(schemas) if isinstance(schemas, dict) else set()


def _move(table: dict[JsonPath, _V], moves: Mapping[JsonPath, JsonPath]) -> None:
    """The entries of ``table`` under a ``moves`` key, moved under its value."""
    for path in [p for p in table if p and p[0] == _HOIST]:
        value = table.pop(path)
        moved: JsonPath = (*moves[path[:2]], *path[2:])
        table[moved] = value


def _candidates(relative: str, pointer: JsonPath) -> list[str]:
    """The names a hoisted schema may take, least qualified first: the fragment's last key
    (the file stem for a whole file), then with the stem, then with each folder above."""
    path = PurePosixPath(relative)
    stem = _clean(path.name.split(".")[0]) or "file"
    base = _clean(str(pointer[-1])) if pointer else stem
    base = base or "schema"
    names = [base]
    if pointer:
        names.append(f"{stem}_{base}")
    folders = [_clean(p) for p in reversed(path.parent.parts) if p not in ("..", ".")]
    for folder in folders:
        names.append(f"{folder}_{names[-1]}")
    if len(pointer) > 1:  # two schemas of one file with the same last key
        names.append(f"{names[-1]}_{_clean('_'.join(str(p) for p in pointer[:-1]))}")
    return names


def _clean(text: str) -> str:
    """Only the characters a component name may hold (``^[a-zA-Z0-9._-]+$``)."""
    return _NAME_CHARS.sub("_", text).strip("_")


def _parse_pointer(fragment: str) -> JsonPath:
    if not fragment:
        return ()
    parts = unquote(fragment).split("/")[1:]
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in parts)


def _pointer(path: JsonPath) -> str:
    return "#" + "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


# A `$ref` whose value does not start with '#', in YAML or JSON: what a spec's text holds when
# it may refer to another file. None in it: no walk of the document is needed to know.
_MAYBE_EXTERNAL = re.compile(r"""\$ref['"]?\s*:\s*(?=\S)(?!['"]?#)""")


def needs_resolving(data: Mapping[str, Any], text: str | None = None) -> bool:
    """Whether ``data`` has a ``$ref`` to another file, or an operation given as a ``$ref``:
    else it is used as it is. ``text``, the document's text, spares the walk when it shows
    no ``$ref`` to another file."""
    todo: list[Any] = [data] if text is None or _MAYBE_EXTERNAL.search(text) else []
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                return True
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
    for section in ("paths", "webhooks"):
        items = data.get(section)
        for item in items.values() if isinstance(items, dict) else ():
            if isinstance(item, dict) and any(
                isinstance(item.get(m), dict) and "$ref" in item[m] for m in METHODS
            ):
                return True
    return False


def resolve(spec: LoadedSpec, files: Files) -> LoadedSpec:
    """``spec`` as one document, every ``$ref`` to another file resolved; raise
    :class:`SpecError` with every problem found when one is an error."""
    if not needs_resolving(spec.data, spec.text):
        return spec
    bundler = _Bundler(spec, files)
    try:
        document = bundler.document()
        bundler.drain()
        data = bundler.finish(document)
    except _Stop:
        data = {}
    problems = sorted(set(bundler.problems))
    if any(p.severity == ERROR for p in problems):
        raise SpecError(problems)
    read = sorted((files.relative(k), h) for k, h in bundler.hashes.items())
    return replace(
        spec,
        data=data,
        locations=bundler.locations,
        origins=bundler.origins,
        load_problems=(*spec.load_problems, *problems),
        files=(*spec.files, *read),
    )
