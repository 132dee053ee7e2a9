"""Which docs page shows each model, enum and alias.

One page holds them all while the API has one section of operations. A larger API, in several
sections (generator.build.tags), gets a page per section: a class is shown with the first
section whose operations use it, directly or nested, and classes no operation uses share a
last page. OpenAI's spec has 3,000 classes: one page of them would weigh megabytes, and one
page each would repeat the navigation thousands of times.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..ir import Alias, Api, Enum, Model, ModelPage, Operation, TagGroup
from ..paths import title_stems
from ..typeref import AliasType, EnumType, ModelType, TypeRef, UnionType, walk


def model_pages(api: Api) -> tuple[ModelPage, ...]:
    every = [m.name for m in api.models] + [a.name for a in api.aliases]
    every += [e.name for e in api.enums]
    sections = list(_sections(api.tag_groups))
    if len(sections) <= 1:
        return _pages(api, ["models"], [("Models", every)])
    owner: dict[str, int] = {}
    for i, section in enumerate(sections):
        for name in section.operations:
            _claim(api, _types_of(api.operation(name)), owner, i)
    # Grouped in one pass: a list per section (an API may have a thousand of them).
    held: list[list[str]] = [[] for _ in range(len(sections) + 1)]
    for name in every:
        held[owner.get(name, len(sections))].append(name)
    parts: list[tuple[str, list[str]]] = []
    for title, names in zip([s.name for s in sections] + ["Other"], held, strict=True):
        parts += _split(title, names)
    stems = title_stems(title for title, _ in parts)
    return _pages(api, [f"models/{stem}" for stem in stems], parts)


def _pages(api: Api, stems: list[str], parts: list[tuple[str, list[str]]]) -> tuple[ModelPage, ...]:
    """The pages, each with its classes in the API's order, dealt out in one pass."""
    page_of = {name: i for i, (_, names) in enumerate(parts) for name in names}
    shown: list[tuple[list[Model], list[Alias], list[Enum]]] = [([], [], []) for _ in parts]
    for model in api.models:
        if (i := page_of.get(model.name)) is not None:
            shown[i][0].append(model)
    for alias in api.aliases:
        if (i := page_of.get(alias.name)) is not None:
            shown[i][1].append(alias)
    for enum in api.enums:
        if (i := page_of.get(enum.name)) is not None:
            shown[i][2].append(enum)
    return tuple(
        ModelPage(stem, title, frozenset(names), tuple(models), tuple(aliases), tuple(enums))
        for stem, (title, names), (models, aliases, enums) in zip(stems, parts, shown, strict=True)
    )


# Classes a page may hold before it is split in parts (alphabetically): OpenAI's 1,000 classes that
# no operation uses would make a page of 1.7 MB.
PAGE_LIMIT = 200


def _split(title: str, names: list[str]) -> list[tuple[str, list[str]]]:
    """The page ``title`` of ``names``, or its parts in alphabetical order (``Other, part 2 of
    6``) when it would hold more than PAGE_LIMIT classes; none when it has none."""
    if len(names) <= PAGE_LIMIT:
        return [(title, names)] if names else []
    ordered = sorted(names, key=str.casefold)
    count = -(-len(ordered) // PAGE_LIMIT)
    size = -(-len(ordered) // count)
    chunks = [ordered[i : i + size] for i in range(0, len(ordered), size)]
    return [(f"{title}, part {i} of {count}", c) for i, c in enumerate(chunks, 1)]


def _sections(groups: Iterable[TagGroup]) -> Iterator[TagGroup]:
    """Every section, a parent before its children, as the navigation lists them."""
    for group in groups:
        yield group
        yield from _sections(group.children)


def _types_of(op: Operation) -> list[TypeRef]:
    found = [p.type for p in op.params]
    if op.body is not None:
        found.append(op.body.type)
    found += [r.type for r in (*op.responses, *op.errors) if r.type is not None]
    return found


def _claim(api: Api, types: list[TypeRef], owner: dict[str, int], section: int) -> None:
    """Give ``section`` every class reachable from ``types`` that no earlier one has. A class
    already owned was walked whole when it was claimed, so the walk stops there."""
    todo = list(types)
    while todo:
        for node in walk(todo.pop()):
            name = node.name if isinstance(node, (ModelType, EnumType, AliasType)) else None
            if isinstance(node, UnionType) and node.name:
                name = node.name
            if name is None or name in owner:
                continue
            owner[name] = section
            if isinstance(node, ModelType):
                model = api.model(name)
                todo.extend(f.type for f in model.fields)
                if model.extra is not None:
                    todo.append(model.extra)
            elif isinstance(node, AliasType):
                todo.append(api.alias(name).type)
