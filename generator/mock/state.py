"""Which operations touch remembered resources: collections derived from the spec at startup.

A path template ``C`` is a collection when a POST on it answers (first 2xx, JSON) with an object
payload that has an identifier property, and an item path ``C/{param}`` exists. The payload is
the envelope field the spec declares (``info.x-sdk.payload``, or ``x-sdk-payload`` on the
operation), else the whole body. The identifier is the property named like the item's path
parameter (``/user/{username}`` is addressed by ``username``), else ``id``.

Nothing here is guessed from field names beyond that: list items and paging come from the
operation's ``x-sdk-pagination`` when declared, else from the response schema's shape.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import jsonschema

from ..ir import Api, Operation
from ..load import JsonPath
from ..schemas import lookup
from .instances import object_properties, resolve, types_of
from .params import deref_at
from .routes import MockOperation

_PARAM = re.compile(r"\{([^{}]+)\}")
# Characters a path segment keeps unencoded (RFC 3986 pchar): concrete collection paths are
# spelled with them, so "acme/web" is one segment, acme%2Fweb, however a client encoded it.
PCHAR = "!$&'()*+,;=:@"
# An item path: its collection's path and one more segment, a single template variable.
_ITEM_PATH = re.compile(r"(.*)/\{[^{}/]+\}")


@dataclass(frozen=True)
class Collection:
    template: str  # /accounts/{account_id}/realtimekit/recordings
    item: str  # the item path template, C/{param}
    id_name: str  # the identifier property of a resource
    id_kind: str  # "uuid", "integer" or "string": how fresh identifiers are made
    id_stem: str  # string identifiers: the fresh ones are stem + a number ("pet-" → "pet-7")
    id_minimum: int  # integer identifiers start here
    fields: frozenset[str]  # the resource's properties: what PUT/PATCH may change
    # The POST's body fields: lists filter on them too (its parameters, such as a dry_run or an
    # API version, describe the call rather than the resource).
    inputs: frozenset[str]
    seed: tuple[str, dict[str, Any]] | None  # (concrete collection path, resource)
    # The POST's answer and its validator: a changed resource must still fit in it.
    envelope: Any = field(default=None, repr=False, compare=False)
    payload: str = ""  # the POST's payload field ("" for the whole body)
    validator: jsonschema.Validator | None = field(default=None, repr=False, compare=False)

    def fits(self, resource: dict[str, Any]) -> bool:
        if self.validator is None:
            return True
        body: Any = copy.deepcopy(self.envelope)
        if self.payload and isinstance(body, dict):
            body[self.payload] = resource
        elif not self.payload:
            body = resource
        return bool(self.validator.is_valid(body))


@dataclass(frozen=True)
class Paging:
    """``x-sdk-pagination`` of a list operation."""

    page: str  # the query parameter numbering pages
    first: int  # the first page's number: the parameter's default, else its minimum, else 1
    per_page: str | None  # the query parameter with the page size
    size: int | None  # the page size when per_page is not sent; None: everything on one page
    total: tuple[str, ...]  # where the total count goes, e.g. ("paging", "total_count")


@dataclass(frozen=True)
class Role:
    kind: str  # "create", "list", "read", "update" or "delete"
    collection: Collection
    payload: str  # the envelope field the resource goes in ("" for the whole body)
    items: tuple[str, ...] | None = None  # list: where the items array is (() for the body)
    paging: Paging | None = None
    filters: frozenset[str] = frozenset()  # list: query parameters that filter resources


_ITEM_KINDS = {"GET": "read", "PUT": "update", "PATCH": "update", "DELETE": "delete"}


def compile_roles(
    document: Mapping[str, Any], api: Api, operations: list[MockOperation]
) -> dict[tuple[str, str], Role]:
    """The role of each operation that reads or changes remembered resources, by (method, path
    template); operations without one answer from the spec alone, as before."""
    mocks = {(op.method, op.template): op for op in operations}
    ops = {(op.method, op.path): op for op in api.operations}
    items_of: dict[str, list[str]] = {}  # collection path → its item paths (`C/{param}`)
    for template in {op.path for op in api.operations}:
        if found := _ITEM_PATH.fullmatch(template):
            items_of.setdefault(found.group(1), []).append(template)
    roles: dict[tuple[str, str], Role] = {}
    for (method, template), op in ops.items():
        if method != "POST":
            continue
        items = items_of.get(template, [])
        collection = _collection(document, template, items, op, mocks, ops)
        if collection is None:
            continue
        roles[(method, template)] = Role("create", collection, collection.payload)
        for (other, path), item_op in ops.items():
            if path == collection.item and other in _ITEM_KINDS:
                payload = _payload(document, item_op, mocks[(other, path)])
                roles[(other, path)] = Role(_ITEM_KINDS[other], collection, payload)
        listing = ops.get(("GET", template))
        if listing is not None:
            role = _list_role(document, listing, mocks[("GET", template)], collection)
            if role is not None:
                roles[("GET", template)] = role
    return roles


def _payload(document: Mapping[str, Any], op: Operation, mock: MockOperation) -> str:
    """Where the resource is in the operation's JSON answer ("" for the whole body): its declared
    payload field. ``x-sdk-payload: false`` only makes the SDK return the whole envelope, so the
    resource is still in the API's envelope field (``info.x-sdk.payload``) when the body has it.
    """
    if not op.responses or op.responses[0].media != "json":
        return ""
    if op.responses[0].payload:
        return op.responses[0].payload
    sdk = document.get("info", {}).get("x-sdk")
    envelope = sdk.get("payload") if isinstance(sdk, Mapping) else None
    if not isinstance(envelope, str) or mock.success.schema_at is None:
        return ""
    body = lookup(document, mock.success.schema_at)
    return envelope if envelope in object_properties(document, body) else ""


def _collection(
    document: Mapping[str, Any],
    template: str,
    items: list[str],
    op: Operation,
    mocks: Mapping[tuple[str, str], MockOperation],
    ops: Mapping[tuple[str, str], Operation],
) -> Collection | None:
    mock = mocks[("POST", template)]
    if len(items) != 1 or mock.success.media != "json" or mock.success.schema_at is None:
        return None
    payload = _payload(document, op, mock)
    schema = _field_schema(document, lookup(document, mock.success.schema_at), payload)
    properties = object_properties(document, schema)
    param = _PARAM.findall(items[0])[-1]
    id_name = param if param in properties else "id" if "id" in properties else None
    if id_name is None:
        return None
    id_schema = resolve(document, properties[id_name])
    id_schema = id_schema if isinstance(id_schema, Mapping) else {}
    kinds = types_of(document, id_schema)
    kind = "uuid" if id_schema.get("format") == "uuid" else "string"
    if "integer" in kinds or "number" in kinds:
        kind = "integer"
    minimum = id_schema.get("minimum")
    built = _slot(mock.success.base, payload)
    example = built.get(id_name) if isinstance(built, dict) else None
    stem = "id-"
    if isinstance(example, str) and example:
        stripped = example.rstrip("0123456789")
        stem = stripped if stripped != example else example + "-"
    reader = ops.get(("GET", items[0]))
    return Collection(
        template=template,
        item=items[0],
        id_name=id_name,
        id_kind=kind,
        id_stem=stem,
        id_minimum=int(minimum) if isinstance(minimum, (int, float)) else 1,
        fields=frozenset(properties),
        inputs=frozenset(_body_fields(document, template)),
        seed=_seed(document, template, id_name, (reader, op), mocks),
        envelope=mock.success.base,
        payload=payload,
        validator=mock.success.validator,
    )


def _body_fields(document: Mapping[str, Any], template: str) -> set[str]:
    """The top-level properties of the POST's request body, in any of its media types."""
    at: JsonPath = ("paths", template, "post", "requestBody")
    try:
        body, _ = deref_at(document, lookup(document, at), at)
    except KeyError:
        return set()
    content = body.get("content") if isinstance(body, Mapping) else None
    found: set[str] = set()
    for entry in content.values() if isinstance(content, Mapping) else ():
        if isinstance(entry, Mapping):
            found |= set(object_properties(document, resolve(document, entry.get("schema"))))
    return found


def _field_schema(document: Mapping[str, Any], schema: Any, name: str) -> Any:
    """The schema of a top-level property (the whole schema for "")."""
    if not name:
        return resolve(document, schema)
    return resolve(document, object_properties(document, schema).get(name, {}))


def _slot(body: Any, payload: str) -> Any:
    """The payload inside a body: the body itself, or its ``payload`` field."""
    if not payload:
        return body
    return body.get(payload) if isinstance(body, dict) else None


def _seed(
    document: Mapping[str, Any],
    template: str,
    id_name: str,
    sources: tuple[Operation | None, Operation],
    mocks: Mapping[tuple[str, str], MockOperation],
) -> tuple[str, dict[str, Any]] | None:
    """What each collection holds at start: the item GET's response example (else the POST's),
    under the path the parameters' examples spell, so examples written with them work."""
    for op in sources:
        if op is None:
            continue
        payload = _payload(document, op, mocks[(op.method, op.path)])
        resource = _slot(_example(document, op), payload)
        if isinstance(resource, dict) and id_name in resource:
            path = _concrete(document, template, op)
            return (path, resource) if path is not None else None
    return None


def _example(document: Mapping[str, Any], op: Operation) -> Any:
    """The declared example of an operation's success response (None without one)."""
    at = ("paths", op.path, op.method.lower(), "responses", str(op.success_status))
    try:
        response, _ = deref_at(document, lookup(document, at), at)
        entry = response["content"][op.responses[0].content_type]
    except (KeyError, TypeError, IndexError):
        return None
    if "example" in entry:
        return entry["example"]
    examples = entry.get("examples")
    if isinstance(examples, Mapping) and examples:
        first, _ = deref_at(document, next(iter(examples.values())), at)
        return first.get("value") if isinstance(first, Mapping) else None
    return None


def _concrete(document: Mapping[str, Any], template: str, op: Operation) -> str | None:
    """``template`` with each path parameter's example; None when one has none."""
    found: dict[str, Any] = {}
    for where in (("paths", op.path), ("paths", op.path, op.method.lower())):
        holder = lookup(document, where)
        for node in holder.get("parameters") or []:
            param, _ = deref_at(document, node, where)
            if isinstance(param, Mapping) and param.get("in") == "path":
                value = _param_example(document, param)
                if value is not None:  # the operation's own parameters come second, and win
                    found[str(param.get("name"))] = value
    names = _PARAM.findall(template)
    if any(name not in found for name in names):
        return None
    return _PARAM.sub(lambda m: quote(as_text(found[m.group(1)]), safe=PCHAR), template)


def _param_example(document: Mapping[str, Any], param: Mapping[str, Any]) -> Any:
    if param.get("example") is not None:
        return param["example"]
    schema = resolve(document, param.get("schema"))
    if not isinstance(schema, Mapping):
        return None
    for key in ("example", "default"):
        if schema.get(key) is not None:
            return schema[key]
    enum = schema.get("enum")
    return enum[0] if isinstance(enum, list) and enum else None


def as_text(value: Any) -> str:
    """A value as a path or query parameter spells it: ids are compared as text, since a path
    says ``/pets/2`` whatever the type of ``id``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _list_role(
    document: Mapping[str, Any], op: Operation, mock: MockOperation, collection: Collection
) -> Role | None:
    """GET on a collection: where its items array is, how it pages, what filters it."""
    if mock.success.media != "json" or mock.success.schema_at is None:
        return None
    schema = lookup(document, mock.success.schema_at)
    declared = lookup(document, ("paths", op.path, "get")).get("x-sdk-pagination")
    declared = declared if isinstance(declared, Mapping) else {}
    payload = _payload(document, op, mock)
    candidates = [c for c in (str(declared.get("items") or ""), payload) if c] + [""]
    items = next(
        (c for c in candidates if _is_array(document, _field_schema(document, schema, c))), None
    )
    if items is None:
        return None
    params = {p.name: p for p in mock.params if p.location == "query"}
    paging = None
    if str(declared.get("page") or "") in params:
        paging = _paging(document, ("paths", op.path, "get"), declared)
    skip = {paging.page, paging.per_page} if paging else set()
    # Only names a resource (or the request that created it) can have: sort, search and time
    # range parameters are not fields, so they are ignored rather than filtering out everything.
    known = collection.fields | collection.inputs
    filters = frozenset(n for n in params if n in known and n not in skip)
    return Role("list", collection, payload, (items,) if items else (), paging, filters)


def _is_array(document: Mapping[str, Any], schema: Any) -> bool:
    return "array" in types_of(document, schema)


def _paging(document: Mapping[str, Any], at: JsonPath, declared: Mapping[str, Any]) -> Paging:
    schemas: dict[str, Mapping[str, Any]] = {}
    holders = [(at[:2], lookup(document, at[:2])), (at, lookup(document, at))]
    for where, holder in holders:
        for node in holder.get("parameters") or []:
            param, _ = deref_at(document, node, where)
            if isinstance(param, Mapping) and param.get("in") == "query":
                schema = resolve(document, param.get("schema"))
                schemas[str(param.get("name"))] = schema if isinstance(schema, Mapping) else {}
    page = str(declared["page"])
    per_page = declared.get("per-page")
    per_page = str(per_page) if per_page else None
    first = schemas.get(page, {}).get("default", schemas.get(page, {}).get("minimum", 1))
    size = schemas.get(per_page or "", {}).get("default")
    total = str(declared.get("total") or "")
    return Paging(
        page=page,
        first=int(first) if isinstance(first, (int, float)) else 1,
        per_page=per_page,
        size=int(size) if isinstance(size, (int, float)) and size > 0 else None,
        total=tuple(total.split(".")) if total else (),
    )
