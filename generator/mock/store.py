"""The resources the mock remembers, and the answers built from them.

Resources are kept per concrete collection path (``/accounts/A/recordings`` and
``/accounts/B/recordings`` are separate), in creation order, each with the request values that
created it. Which operations create, read, change, delete or list them is decided once at
startup (:mod:`.state`); here each of those requests takes the lock once, briefly.
"""

from __future__ import annotations

import copy
import re
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from .messages import Response, json_response
from .routes import MockOperation
from .state import PCHAR, Collection, Role, as_text

_PARAM = re.compile(r"\{([^{}]+)\}")
# Fresh UUIDs are uuid5(this namespace, serial number): valid, distinct and reproducible.
NAMESPACE = uuid.UUID("6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")


@dataclass
class Entry:
    resource: dict[str, Any]
    values: dict[str, Any]  # the body fields and parameters of the request that created it


class Store:
    def __init__(self, roles: Mapping[tuple[str, str], Role]) -> None:
        self.roles = roles
        self.collections = {role.collection.template: role.collection for role in roles.values()}
        self._lock = threading.Lock()
        self._held: dict[str, list[Entry]] = {}
        self._serial = 0  # numbers fresh string and UUID identifiers
        self._issued: dict[str, int] = {}  # the last integer identifier given, per path
        self.reset()

    def reset(self) -> None:
        """Back to the seeds: one resource per collection whose examples give one."""
        with self._lock:
            self._held = {}
            for collection in self.collections.values():
                if collection.seed is not None:
                    path, resource = collection.seed
                    self._held.setdefault(path, []).append(Entry(copy.deepcopy(resource), {}))
            self._serial = 0
            self._issued = {}

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        with self._lock:
            return {
                path: [copy.deepcopy(e.resource) for e in held] for path, held in self._held.items()
            }

    def answer(
        self,
        role: Role,
        op: MockOperation,
        raw_path: Mapping[str, str],
        params: Mapping[str, Any],
        fields: Mapping[str, Any],
        values: Mapping[str, Any],
    ) -> Response:
        """The answer to a valid request of an operation with a role. ``raw_path`` holds the path
        values as sent, ``params`` every parameter read, ``fields`` the body's top-level fields
        (secrets left out) and ``values`` both, as echoed into answers."""
        collection = role.collection
        key = _PARAM.sub(lambda m: _segment(raw_path.get(m.group(1), "")), collection.template)
        if role.kind == "create":
            return self._create(role, op, key, fields, values)
        if role.kind == "list":
            return self._list(role, op, key, params, values)
        raw_ident = raw_path.get(op.path_names[-1], "")
        ident = unquote(raw_ident)
        with self._lock:
            held = self._held.get(key, [])
            entry = next(
                (e for e in held if as_text(e.resource.get(collection.id_name)) == ident), None
            )
            if entry is not None and role.kind == "update":
                entry.resource = _merged(collection, entry.resource, fields)
            if entry is not None and role.kind == "delete":
                held.remove(entry)
            resource = copy.deepcopy(entry.resource) if entry is not None else None
        if resource is None:
            message = f"no resource at {key}/{_segment(raw_ident)}"
            return op.error_body(404).respond(404, message, [])
        if role.kind == "delete":
            return op.success.respond(op.success_status, values)
        return _with_payload(op, role.payload, resource, values)

    def _create(
        self,
        role: Role,
        op: MockOperation,
        key: str,
        fields: Mapping[str, Any],
        values: Mapping[str, Any],
    ) -> Response:
        body = op.success.render(values)
        slot = body.get(role.payload) if role.payload and isinstance(body, dict) else body
        if not isinstance(slot, dict):
            return op.success.respond(op.success_status, values)
        collection = role.collection
        with self._lock:
            held = self._held.setdefault(key, [])
            slot[collection.id_name] = self._fresh(collection, key, held, fields)
            held.append(Entry(copy.deepcopy(slot), copy.deepcopy(dict(values))))
        return json_response(op.success_status, body, content_type=op.success.content_type)

    def _fresh(
        self, collection: Collection, key: str, held: list[Entry], fields: Mapping[str, Any]
    ) -> Any:
        """The new resource's identifier (the lock is held). One the client sent is kept when
        free: it named the resource (``username``, or a petstore's ``id``)."""
        name = collection.id_name
        taken = {as_text(e.resource.get(name)) for e in held}
        sent = fields.get(name)
        if sent is not None and not isinstance(sent, (dict, list)) and as_text(sent) not in taken:
            return sent
        if collection.id_kind == "integer":
            numbers = [
                v
                for e in held
                if isinstance(v := e.resource.get(name), (int, float)) and not isinstance(v, bool)
            ]
            floor = self._issued.get(key, collection.id_minimum - 1)
            issued = int(max([floor, *numbers])) + 1
            self._issued[key] = issued
            return issued
        while True:
            self._serial += 1
            if collection.id_kind == "uuid":
                value = str(uuid.uuid5(NAMESPACE, str(self._serial)))
            else:
                value = f"{collection.id_stem}{self._serial}"
            if value not in taken:
                return value

    def _list(
        self,
        role: Role,
        op: MockOperation,
        key: str,
        params: Mapping[str, Any],
        values: Mapping[str, Any],
    ) -> Response:
        with self._lock:
            held = [Entry(copy.deepcopy(e.resource), e.values) for e in self._held.get(key, [])]
        wanted = {name: params[name] for name in role.filters if name in params}
        chosen = [e.resource for e in held if all(_matches(e, n, v) for n, v in wanted.items())]
        page = chosen
        paging = role.paging
        if paging is not None:
            asked = _number(params.get(paging.page), None)
            number = (paging.first if asked is None else asked) - paging.first
            size = _number(params.get(paging.per_page or ""), paging.size)
            if size is None or size <= 0:
                page = chosen if number == 0 else []
            else:
                page = chosen[number * size : (number + 1) * size] if number >= 0 else []
        body = op.success.render(values)
        if role.items == ():
            body = page
        elif isinstance(body, dict) and role.items is not None:
            body[role.items[0]] = page
            if paging is not None and paging.total:
                _put(body, paging.total, len(chosen))
        return json_response(op.success_status, body, content_type=op.success.content_type)


def _merged(
    collection: Collection, resource: dict[str, Any], fields: Mapping[str, Any]
) -> dict[str, Any]:
    """PUT/PATCH: the body's top-level fields that are properties of the resource, each kept
    only while the resource still fits the POST's answer; the identifier never changes."""
    merged = dict(resource)
    for name, value in fields.items():
        if name == collection.id_name or name not in collection.fields | merged.keys():
            continue
        before = merged.get(name, _MISSING)
        merged[name] = copy.deepcopy(value)
        if not collection.fits(merged):
            if before is _MISSING:
                del merged[name]
            else:
                merged[name] = before
    return merged


_MISSING = object()


def _with_payload(
    op: MockOperation, payload: str, resource: dict[str, Any], values: Mapping[str, Any]
) -> Response:
    """The operation's normal answer with ``resource`` in its payload slot. Fields the resource
    lacks but the operation's usual answer has (a GET that tells more than its POST did) come
    from that answer; should that not fit its schema, the resource alone; should neither, the
    usual answer."""
    if op.success.media != "json":
        return op.success.respond(op.success_status, values)
    body = op.success.render(values)
    if payload and not isinstance(body, dict):
        return json_response(op.success_status, body, content_type=op.success.content_type)
    usual = body.get(payload) if payload else body
    candidates = [{**usual, **resource}, resource] if isinstance(usual, dict) else [resource]
    for candidate in candidates:
        answer = {**body, payload: candidate} if payload else candidate
        if op.success.validator is None or op.success.validator.is_valid(answer):
            body = answer
            break
    return json_response(op.success_status, body, content_type=op.success.content_type)


def _matches(entry: Entry, name: str, wanted: Any) -> bool:
    """Exact match on a field of the resource, else of its creating request; an array-valued
    parameter matches any of its values."""
    if name in entry.resource:
        have = entry.resource[name]
    elif name in entry.values:
        have = entry.values[name]
    else:
        return False
    options = wanted if isinstance(wanted, list) else [wanted]
    return any(have == o or as_text(have) == as_text(o) for o in options)


def _number(value: Any, default: int | None) -> int | None:
    if isinstance(value, bool):
        return default
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        return int(value)
    return default


def _put(body: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    node = body
    for step in path[:-1]:
        child = node.get(step)
        if not isinstance(child, dict):
            child = node[step] = {}
        node = child
    node[path[-1]] = value


def _segment(raw: str) -> str:
    """A path segment as sent, in one spelling (see :data:`.state.PCHAR`)."""
    return quote(unquote(raw), safe=PCHAR)
