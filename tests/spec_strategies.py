"""Hypothesis strategies for hostile and broken OpenAPI specs (tests/strategies.py holds the
ones for JSON instances of a spec's schemas).

``mutated_specs()`` starts from a valid spec (the construct and public specs, and a small
hostile one) and applies one to three mutations: drop, duplicate or retype a key; break a
``$ref``; an enum default outside the enum; deep nesting; a huge enum; empty objects; unions of
unions; recursive schemas (through models, and through maps, lists and unions alone); very
long names (schemas, operations, properties); names that differ only by case or ``-``/``_``;
names that collide (a class named like the package's own, an inline title equal to a
component's name, a query ``id`` beside a path ``id``, ``EndTime<`` beside ``EndTime>``);
and hostile strings
(quotes, backslashes, Jinja and Markdown syntax, ``</script>``, control characters, non-ASCII,
Python keywords, builtins, dunders, names starting with digits, path-like names) in
descriptions, summaries, titles, enum values, property names, parameter names, tags and
operationIds. The result is YAML text, as a user would hand it to the generator.
"""

from __future__ import annotations

import copy
import keyword
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from generator.load import SpecLoader, parse_spec

ROOT = Path(__file__).resolve().parent.parent
Draw = Callable[[st.SearchStrategy[Any]], Any]
JsonPath = tuple[str | int, ...]

# Small specs: the pipeline's cost grows with the spec, and variety matters more than size.
BASE_FILES = [
    *sorted((ROOT / "tests" / "specs" / "constructs").glob("*.yaml")),
    ROOT / "tests" / "specs" / "public" / "oai-petstore.yaml",
    ROOT / "tests" / "specs" / "public" / "oai-uspto.yaml",
    ROOT / "tests" / "specs" / "public" / "oai-webhook-example.yaml",
]
BASES: list[dict[str, Any]] = [
    parse_spec(p.read_text(encoding="utf-8"), p.name).data for p in BASE_FILES
]

ATOMS = [
    *('"', "'", '"""', "'''", "\\", "\\n", "\\u0041", "{{ 7*7 }}", "{% if x %}", "{#", "}}"),
    *("</script>", "<script>alert(1)</script>", "<!--", "&amp;", "|", "||", "`", "```", "*"),
    *("_", "#", "[x](y)", "\x00", "\x07", "\x1b[31m", "\x7f", "\u2028", "\u202e", "\ufeff"),
    *("é", "ñ", "ß", "日本語", "Привет", "हिन्दी", "🎥", "\u2013", "\u2019", "\u00d7"),
    *("\uff46\uff55\uff4c\uff4c", "\u0301", "H\u0435llo"),  # full-width; Cyrillic e
    *("class", "def", "None", "True", "match", "case", "self", "cls", "list", "str", "type"),
    *("id", "dict", "object", "print", "field", "datetime", "__init__", "__class__", "__"),
    *("0", "9lives", "1e3", "0E0", "-1", "a-b", "a_b", "A-B", "aB", "AB", "-", "--", " "),
    *("../..", "../../x", "/etc/x", "C:\\x", "con", "nul", "NUL", "aux.txt", ".", ""),
    *("null", "~", "yes", "no", "on", "2024-01-01", "1:10", "&a", "*a", "!!python/object"),
]
KEYWORDS = sorted(keyword.kwlist + keyword.softkwlist)
HOSTILE_TEXT: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(ATOMS),
    st.lists(st.sampled_from(ATOMS), min_size=1, max_size=4).map(" ".join),
    st.lists(st.sampled_from(ATOMS), min_size=1, max_size=4).map("".join),
    st.text(max_size=24),
)
HOSTILE_NAME: st.SearchStrategy[str] = st.one_of(
    HOSTILE_TEXT,
    st.sampled_from(KEYWORDS),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_\-]{0,12}", fullmatch=True),
)

_TEXT_KEYS = frozenset({"description", "summary", "title"})


def walk(node: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, (*path, i))


def get(doc: Any, path: JsonPath) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def schemas(doc: dict[str, Any]) -> list[JsonPath]:
    """Paths of the (mapping) schemas of the document: components and inline ones."""
    found = []
    for path, node in walk(doc):
        if not isinstance(node, dict) or not path:
            continue
        parent = path[-2] if len(path) > 1 else None
        if path[-1] in ("schema", "items", "additionalProperties") or parent in (
            "schemas",
            "properties",
            "allOf",
            "anyOf",
            "oneOf",
        ):
            found.append(path)
    return found


# -- mutations: each edits ``doc`` in place, or returns False when it does not apply ------------
def drop_key(draw: Draw, doc: dict[str, Any]) -> bool:
    mappings = [p for p, n in walk(doc) if isinstance(n, dict) and n]
    node = get(doc, draw(st.sampled_from(mappings)))
    del node[draw(st.sampled_from(sorted(node, key=str)))]
    return True


def retype(draw: Draw, doc: dict[str, Any]) -> bool:
    paths = [p for p, _ in walk(doc) if p]
    path = draw(st.sampled_from(paths))
    new = draw(st.sampled_from([None, True, 0, -1.5, "", "x", [], ["x"], {}, {"type": "x"}]))
    get(doc, path[:-1])[path[-1]] = new
    return True


def break_ref(draw: Draw, doc: dict[str, Any]) -> bool:
    refs = [p for p, n in walk(doc) if isinstance(n, dict) and isinstance(n.get("$ref"), str)]
    if not refs:
        return False
    target = draw(
        st.sampled_from(
            [
                "#/components/schemas/Missing",
                "other.yaml#/components/schemas/X",
                "#/paths",
                "#",
                "",
                "#/components/schemas/",
                "https://example.com/s.json",
            ]
        )
        | HOSTILE_TEXT
    )
    get(doc, draw(st.sampled_from(refs)))["$ref"] = target
    return True


def wrong_enum_default(draw: Draw, doc: dict[str, Any]) -> bool:
    found = [p for p in schemas(doc) if isinstance(get(doc, p).get("enum"), list)]
    if not found:
        return False
    node = get(doc, draw(st.sampled_from(found)))
    node["default"] = draw(st.sampled_from(["not-in-the-enum", 12345, None, ["x"]]))
    return True


def deep_nesting(draw: Draw, doc: dict[str, Any]) -> bool:
    found = schemas(doc)
    if not found:
        return False
    path = draw(st.sampled_from(found))
    node: Any = copy.deepcopy(get(doc, path))
    for _ in range(draw(st.integers(1, 40))):
        node = draw(
            st.sampled_from(
                [
                    {"type": "object", "properties": {"inner": node}},
                    {"type": "array", "items": node},
                    {"allOf": [node]},
                    {"additionalProperties": node},
                ]
            )
        )
    get(doc, path[:-1])[path[-1]] = node
    return True


def huge_enum(draw: Draw, doc: dict[str, Any]) -> bool:
    found = schemas(doc)
    if not found:
        return False
    path = draw(st.sampled_from(found))
    size = draw(st.sampled_from([1, 2, 50, 500, 2000]))
    values = [f"{draw(HOSTILE_NAME)}{i}" for i in range(min(size, 20))]
    values += [f"value-{i}" for i in range(len(values), size)]
    get(doc, path[:-1])[path[-1]] = {"type": "string", "enum": values}
    return True


def empty_object(draw: Draw, doc: dict[str, Any]) -> bool:
    found = schemas(doc)
    if not found:
        return False
    path = draw(st.sampled_from(found))
    new = draw(st.sampled_from([{}, {"type": "object"}, {"type": "object", "properties": {}}]))
    get(doc, path[:-1])[path[-1]] = new
    return True


def union_of_unions(draw: Draw, doc: dict[str, Any]) -> bool:
    found = schemas(doc)
    if not found:
        return False
    path = draw(st.sampled_from(found))
    node = get(doc, path)
    inner = {draw(st.sampled_from(["oneOf", "anyOf"])): [node, {"type": "string"}]}
    outer = {draw(st.sampled_from(["oneOf", "anyOf"])): [inner, {"type": "integer"}]}
    get(doc, path[:-1])[path[-1]] = outer
    return True


def recursive(draw: Draw, doc: dict[str, Any]) -> bool:
    """A component that contains itself: through a property or items of a model (a recursive
    class), through maps, lists and unions with no model in between (a recursive alias), or
    with nothing in between (refused)."""
    components = _component_schemas(doc)
    if components is None:
        return False
    names = [n for n, s in components.items() if isinstance(s, dict)]
    if not names:
        return False
    name = draw(st.sampled_from(names))
    ref = {"$ref": f"#/components/schemas/{name}"}
    shape = draw(
        st.sampled_from([*sorted(RECURSIVE_SHAPES), "property", "items", "allOf", "oneOf", "ref"])
    )
    schema = components[name]
    if shape in ("property", "items"):
        props = _child(schema, "properties", dict)
        if props is None:
            return False
        props["self_ref" if shape == "property" else "children"] = (
            ref if shape == "property" else {"type": "array", "items": ref}
        )
    elif shape in ("allOf", "oneOf"):  # contains itself with nothing in between: refused
        members = _child(schema, shape, list)
        if members is None:
            return False
        members.append(ref)
    elif shape == "ref":
        components[name] = ref
    else:
        components[name] = RECURSIVE_SHAPES[shape](ref)
        _drop_examples(doc)  # written for the shape replaced: they would only be refused
    return True


def _drop_examples(doc: dict[str, Any]) -> None:
    for _, node in walk(doc):
        if isinstance(node, dict):
            for key in ("example", "examples"):
                node.pop(key, None)


def _map_of(schema: Any) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": schema}


# Types that contain themselves through maps, lists and unions only: recursive aliases.
RECURSIVE_SHAPES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "map": _map_of,
    "array_of_maps": lambda ref: {"type": "array", "items": _map_of(ref)},
    "map_of_arrays": lambda ref: _map_of({"type": "array", "items": ref}),
    "nullable_map": lambda ref: {"type": ["object", "null"], "additionalProperties": ref},
    "union_with_map": lambda ref: {"oneOf": [{"type": "string"}, _map_of(ref)]},
    "json_value": lambda ref: {
        "anyOf": [
            {"type": "null"},
            {"type": "number"},
            {"type": "array", "items": ref},
            _map_of(ref),
        ]
    },
    "union_with_model": lambda ref: {
        "oneOf": [
            {"type": "object", "required": ["kids"], "properties": {"kids": _map_of(ref)}},
            {"type": "array", "items": {"anyOf": [ref, {"type": "integer"}]}},
        ]
    },
}

# Names as long as vendors write them: class, method and parameter names past a line's length.
LONG_NAME: st.SearchStrategy[str] = st.builds(
    lambda head, words, tail: head + "".join(words) + tail,
    st.sampled_from(["Very", "get", "the_", "X-", "list"]),
    st.lists(
        st.sampled_from(["Long", "Schema", "_name", "Operation", "Response", "-part", "Ünï"]),
        min_size=12,
        max_size=30,
    ),
    st.sampled_from(["", "Request", "_id", "2", "Item"]),
)


def long_names(draw: Draw, doc: dict[str, Any]) -> bool:
    """A component schema, an operationId or a property renamed to a very long name."""
    holder = doc.get("components")
    components = holder.get("schemas") if isinstance(holder, dict) else None
    ops = [p for p, n in walk(doc) if p and p[-1] == "operationId" and isinstance(n, str)]
    props = [p for p, n in walk(doc) if p and p[-1] == "properties" and isinstance(n, dict) and n]
    choices = (["schema"] if isinstance(components, dict) and components else []) + (
        ["operation"] if ops else []
    )
    choices += ["property"] if props else []
    if not choices:
        return False
    what = draw(st.sampled_from(choices))
    long = draw(LONG_NAME)
    if what == "operation":
        path = draw(st.sampled_from(ops))
        get(doc, path[:-1])[path[-1]] = long
        return True
    if what == "property":
        path = draw(st.sampled_from(props))
        properties = get(doc, path)
        old = draw(st.sampled_from(sorted(properties, key=str)))
        renamed = {long if k == old else k: v for k, v in properties.items()}
        properties.clear()
        properties.update(renamed)
        owner = get(doc, path[:-1])
        if isinstance(owner.get("required"), list):
            owner["required"] = [long if r == old else r for r in owner["required"]]
        _drop_examples(doc)  # they name the property by its old name
        return True
    assert isinstance(components, dict)
    old = draw(st.sampled_from(sorted(components, key=str)))
    long = "".join(c for c in long if c.isascii() and c.isalnum()) or "Long"  # a component key
    components[long] = components.pop(old)
    before, after = f"#/components/schemas/{old}", f"#/components/schemas/{long}"
    for _, node in walk(doc):
        if isinstance(node, dict) and node.get("$ref") == before:
            node["$ref"] = after
    return True


def _child(node: dict[str, Any], key: str, kind: type) -> Any:
    """``node[key]``, created empty when missing; None when an earlier mutation made it
    something else (null, a string, the other container)."""
    value = node.setdefault(key, kind())
    return value if isinstance(value, kind) else None


def _component_schemas(doc: dict[str, Any]) -> dict[str, Any] | None:
    components = _child(doc, "components", dict)
    return None if components is None else _child(components, "schemas", dict)


def case_twin(draw: Draw, doc: dict[str, Any]) -> bool:
    """A property or parameter whose name differs from another's only by case or - and _."""
    found = [p for p, n in walk(doc) if p and p[-1] == "properties" and isinstance(n, dict) and n]
    if not found:
        return False
    props = get(doc, draw(st.sampled_from(found)))
    name = str(draw(st.sampled_from(sorted(props, key=str))))
    twin = draw(st.sampled_from([name.upper(), name.replace("_", "-"), name.title(), name + "_"]))
    props[twin] = copy.deepcopy(props[name])
    return True


# Names the generated package uses itself, and spec names that clash once made Python names.
_PACKAGE_NAMES = ["ValidationError", "Credentials", "File", "RealtimeKitError", "APIStatusError"]
_FIELD_CLASHES = ["extra", "to_dict", "from_dict", "self", "cls", "timeout"]


def clashing_names(draw: Draw, doc: dict[str, Any]) -> bool:
    """Names that collide: a class named like the package's own, properties named like its
    methods, an inline title equal to a component's name, and parameters that become one
    argument (a query ``id`` beside a path ``id``, ``EndTime<`` beside ``EndTime>``)."""
    components = _component_schemas(doc)
    if components is None:
        return False
    kind = draw(st.sampled_from(["class", "title", "params"]))
    if kind == "class":
        name = draw(st.sampled_from(_PACKAGE_NAMES))
        props = {f: {"type": "string"} for f in draw(st.lists(st.sampled_from(_FIELD_CLASHES)))}
        components[name] = {"type": "object", "properties": props or {"extra": {"type": "string"}}}
        return True
    if kind == "title":
        inline = [
            p for p, n in walk(doc) if len(p) > 3 and isinstance(n, dict) and "properties" in n
        ]
        if not inline or not components:
            return False
        get(doc, draw(st.sampled_from(inline)))["title"] = draw(
            st.sampled_from(sorted(components, key=str))
        )
        return True
    operations = [
        (route, method)
        for route, item in (doc.get("paths") or {}).items()
        if isinstance(item, dict)
        for method, op in item.items()
        if isinstance(op, dict) and method in ("get", "post", "put", "delete", "patch")
    ]
    if not operations:
        return False
    route, method = draw(st.sampled_from(operations))
    op = doc["paths"][route][method]
    base = draw(st.sampled_from(["id", "EndTime", "mixed_case", "timeout"]))
    twins = {"id": ["id"], "EndTime": ["EndTime<", "EndTime>"], "mixed_case": ["mixedCase"]}
    names = [base, *twins.get(base, [])]
    params = _child(op, "parameters", list)
    if params is None:
        return False
    for i, name in enumerate(names):
        where = "header" if i == 2 else "query"
        params.append({"name": name, "in": where, "schema": {"type": "string"}})
    return True


def _text_slots(doc: dict[str, Any]) -> list[tuple[JsonPath, str]]:
    """Places a hostile string can go, with their kind."""
    slots: list[tuple[JsonPath, str]] = []
    for path, node in walk(doc):
        if not path:
            continue
        last = path[-1]
        listed = len(path) > 1 and path[-2] in ("enum", "tags")
        text = isinstance(node, str) and (last in _TEXT_KEYS or listed)
        if text or last == "operationId" or (last == "name" and len(path) > 1):
            slots.append((path, "text"))
        elif last == "properties" and isinstance(node, dict) and node:
            slots.append((path, "keys"))
    return slots


def hostile_string(draw: Draw, doc: dict[str, Any]) -> bool:
    slots = _text_slots(doc)
    if not slots:
        return False
    path, kind = draw(st.sampled_from(slots))
    value = draw(HOSTILE_NAME if kind == "keys" or path[-1] != "description" else HOSTILE_TEXT)
    if kind == "text":
        get(doc, path[:-1])[path[-1]] = value
        return True
    props = get(doc, path)
    old = draw(st.sampled_from(sorted(props, key=str)))
    renamed = {value if k == old else k: v for k, v in props.items()}
    props.clear()
    props.update(renamed)
    owner = get(doc, path[:-1])
    if isinstance(owner.get("required"), list):  # keep the property required, by its new name
        owner["required"] = [value if r == old else r for r in owner["required"]]
    return True


MUTATIONS: list[Callable[[Draw, dict[str, Any]], bool]] = [
    drop_key,
    retype,
    break_ref,
    wrong_enum_default,
    deep_nesting,
    huge_enum,
    empty_object,
    union_of_unions,
    recursive,
    recursive,  # maps, lists and unions of themselves: many shapes, twice as likely
    long_names,
    case_twin,
    clashing_names,
    hostile_string,
    hostile_string,  # the most varied: twice as likely
    hostile_string,
]


class SpecDumper(yaml.SafeDumper):
    """Quotes every string our YAML 1.2 loader would read as something else (``0E0``, ``1e3``),
    as well as those YAML 1.1 would: the text holds the strings the mutation put there."""


for _tag, _regexp in (
    (tag, regexp)
    for resolvers in SpecLoader.yaml_implicit_resolvers.values()
    for tag, regexp in resolvers
):
    SpecDumper.add_implicit_resolver(_tag, _regexp, None)


def to_yaml(doc: dict[str, Any]) -> str:
    return yaml.dump(doc, Dumper=SpecDumper, allow_unicode=True, sort_keys=False, width=1000)


def duplicate_a_key(draw: Draw, text: str) -> str:
    """The YAML with one mapping key written twice (the loader must report it, located)."""
    lines = text.splitlines(keepends=True)
    keys = [i for i, line in enumerate(lines) if re.match(r"\s*[A-Za-z_$'\"][^:]*:(\s|$)", line)]
    if not keys:
        return text
    i = draw(st.sampled_from(keys))
    return "".join([*lines[: i + 1], lines[i], *lines[i + 1 :]])


@st.composite
def mutated_specs(draw: Draw, *, structural: bool = True) -> str:
    """A spec text: a base spec with one to three mutations (only hostile strings and shapes
    that keep the spec valid more often, when not ``structural``)."""
    doc = copy.deepcopy(draw(st.sampled_from(BASES)))
    allowed = (
        MUTATIONS
        if structural
        else [hostile_string, empty_object, union_of_unions, recursive, long_names, clashing_names]
    )
    for _ in range(draw(st.integers(1, 3))):
        draw(st.sampled_from(allowed))(draw, doc)
    text = to_yaml(doc)
    if structural and draw(st.integers(0, 19)) == 0:
        text = duplicate_a_key(draw, text)
    return text


# -- multi-file layouts (tests/test_multifile.py) ------------------------------------------------

SPLIT_FILES = ("m.yaml", "a/m.json", "a/b/m.yaml", "c/d/e/m.yml")


def _escaped(key: str) -> str:
    """``key`` as one step of a JSON pointer in a URI fragment."""
    return key.replace("~", "~0").replace("/", "~1").replace("%", "%25")


def _relative(target: str, folder: str) -> str:
    import posixpath

    return posixpath.relpath(target, folder or ".")


@st.composite
def split_layouts(draw: Draw) -> tuple[dict[str, Any], dict[str, str]]:
    """A base spec, and the same spec split at random points into several files: component
    schemas and path items moved to files in nested folders, YAML or JSON, alone (a
    whole-file ref) or beside others (a ref with a fragment); every ``#/...`` ref inside a moved
    part rewritten to reach the same node from its new file. Returns (the base document, the
    files by relative path, the root being ``openapi.yaml``)."""
    import json
    import posixpath

    base = copy.deepcopy(draw(st.sampled_from(BASES)))
    doc = copy.deepcopy(base)
    movable: list[JsonPath] = []
    schemas_ = (doc.get("components") or {}).get("schemas") or {}
    movable += [("components", "schemas", name) for name in schemas_]
    movable += [("paths", name) for name in doc.get("paths") or {}]
    chosen = draw(st.lists(st.sampled_from(movable), unique=True)) if movable else []
    place: dict[JsonPath, tuple[str, str | None]] = {}
    for i, path in enumerate(chosen):
        if draw(st.booleans()):
            ext = draw(st.sampled_from(("yaml", "json")))
            place[path] = (f"{draw(st.sampled_from(('', 'x/', 'x/y/')))}p{i}.{ext}", None)
        else:
            place[path] = (draw(st.sampled_from(SPLIT_FILES)), f"k{i}")
    moved_schemas = {
        p[2]: where for p, where in place.items() if p[:2] == ("components", "schemas")
    }

    def target(where: tuple[str, str | None], folder: str) -> str:
        file, key = where
        return _relative(file, folder) + ("" if key is None else f"#/{_escaped(key)}")

    def rewrite(node: Any, folder: str) -> Any:
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if k == "$ref" and isinstance(v, str) and v.startswith("#"):
                    out[k] = local(v, folder)
                elif k == "mapping" and isinstance(v, dict):
                    out[k] = {
                        m: local(t, folder) if isinstance(t, str) and t.startswith("#") else t
                        for m, t in v.items()
                    }
                else:
                    out[k] = rewrite(v, folder)
            return out
        if isinstance(node, list):
            return [rewrite(v, folder) for v in node]
        return node

    def local(ref: str, folder: str) -> str:
        prefix = "#/components/schemas/"
        name = ref[len(prefix) :]
        if ref.startswith(prefix) and "/" not in name and name in moved_schemas:
            return target(moved_schemas[name], folder)
        return _relative("openapi.yaml", folder) + ref

    files: dict[str, Any] = {}
    for path, where in place.items():
        file, key = where
        content = rewrite(get(doc, path), posixpath.dirname(file))
        if key is None:
            files[file] = content
        else:
            files.setdefault(file, {})[key] = content
    for path, where in place.items():
        get(doc, path[:-1])[path[-1]] = {"$ref": target(where, "")}
    texts = {"openapi.yaml": yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)}
    for file, content in files.items():
        if file.endswith(".json"):
            texts[file] = json.dumps(content, indent=1, ensure_ascii=False)
        else:
            texts[file] = yaml.safe_dump(content, sort_keys=False, allow_unicode=True)
    return base, texts
