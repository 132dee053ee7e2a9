"""Bodies the mock answers with: success bodies (example or built instance, with echoes) and
error bodies in the API's own error envelope, in the media type the spec declares.

Everything schema-related is decided once at startup; per request there is only a copy, a few
assignments and (when request values are echoed) one validation of the result.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

import jsonschema

from ..load import JsonPath
from ..schemas import lookup, validator_for
from .instances import (
    build_instance,
    built_and_errors,
    object_properties,
    resolve,
)
from .messages import Response, json_response

Path = tuple[str | int, ...]

# The body of a binary response without a string example: a few recognizable bytes.
MOCK_BYTES = b"mock\x00\x01\x02\x03\xfe\xff"
_SUCCESS_KEYS = frozenset({"success", "ok"})
_CODE_KEYS = frozenset({"code", "status", "status_code", "statuscode", "http_status"})
_MESSAGE_KEYS = frozenset({"message", "msg", "detail", "error_description", "title"})
_TEXT_ERROR_KEYS = frozenset({"error", "errors"})
_MISSING = object()


def concrete_type(content_type: str, media: str) -> str:
    """The Content-Type to answer with: wildcards become concrete, text gets a charset."""
    if "*" in content_type:
        concrete = {"json": "application/json", "text": "text/plain; charset=utf-8"}
        return concrete.get(media, "application/octet-stream")
    if media == "text" and "charset" not in content_type.lower():
        return f"{content_type}; charset=utf-8"
    return content_type


class SuccessBody:
    """The success body of one operation in its media type (``json``, ``text``, ``binary`` or
    ``none``); ``render`` echoes request values into a JSON body."""

    def __init__(
        self,
        document: Mapping[str, Any],
        schema_at: JsonPath | None,
        example: Any,
        media: str = "json",
        content_type: str = "application/json",
    ) -> None:
        self.media = media
        self.content_type = concrete_type(content_type, media)
        self.validator: jsonschema.Validator | None = None
        self.targets: tuple[tuple[Path, frozenset[str]], ...] = ()
        self.problem = ""
        self.schema_at = schema_at
        self.base: Any = example
        if media in ("text", "binary"):
            self.data = _data(document, schema_at, example, media)
            return
        if schema_at is None or media != "json":
            return
        schema = lookup(document, schema_at)
        self.validator = validator_for(document, schema_at)
        checked_valid = False  # a built body is validated while it is built
        if example is None:
            self.base, left = built_and_errors(document, schema_at, self.validator)
            checked_valid = left == 0
        error = None if checked_valid else next(iter(self.validator.iter_errors(self.base)), None)
        if error is not None:
            self.problem = f"the success body does not match its schema: {error.message}"
        targets: list[tuple[Path, frozenset[str]]] = []
        top = object_properties(document, schema)
        if top:
            targets.append(((), frozenset(top)))
        for name, sub in top.items():
            inner = object_properties(document, resolve(document, sub))
            if inner:
                targets.append(((name,), frozenset(inner)))
        self.targets = tuple(targets)

    def respond(self, status: int, values: Mapping[str, Any]) -> Response:
        if self.media == "none":
            return Response(status)
        if self.media in ("text", "binary"):
            return Response(status, self.data, {"Content-Type": self.content_type})
        return json_response(status, self.render(values), content_type=self.content_type)

    def render(self, values: Mapping[str, Any]) -> Any:
        """A fresh copy of the body with every matching value echoed that keeps it valid."""
        body = copy.deepcopy(self.base)
        pairs = self._pairs(body, values)
        if not pairs or self.validator is None or self.problem:
            return body
        for container, name in pairs:
            container[name] = values[name]
        if self.validator.is_valid(body):
            return body
        body = copy.deepcopy(self.base)  # some echo broke the schema: keep only the good ones
        for container, name in self._pairs(body, values):
            before = container.get(name, _MISSING)
            container[name] = values[name]
            if not self.validator.is_valid(body):
                if before is _MISSING:
                    del container[name]
                else:
                    container[name] = before
        return body

    def _pairs(self, body: Any, values: Mapping[str, Any]) -> list[tuple[dict[str, Any], str]]:
        """``(object inside body, property)`` for each request value the body could echo."""
        found = []
        for path, names in self.targets:
            node = body
            for step in path:
                node = node.get(step) if isinstance(node, dict) else None
            if isinstance(node, dict):
                found += [(node, name) for name in values if name in names]
        return found


class ErrorBody:
    """Renders errors in the shape of one error schema, or the generic envelope.

    The shape is learned once: a deterministic instance of the schema is searched for the
    fields that carry the success flag, the status code and the message. If that yields no
    message field, or the filled-in result does not validate, a deterministic instance of the
    schema is answered as it is (a valid body, without the message); without a schema, or when
    no valid instance can be built, the generic envelope
    ``{"success": false, "error": {"code", "message", "details"}}``. A ``text/*`` error is the
    message itself; any other media type, the message as UTF-8 bytes.
    """

    def __init__(
        self,
        document: Mapping[str, Any] | None = None,
        schema_at: JsonPath | None = None,
        media: str = "json",
        content_type: str = "application/json",
    ) -> None:
        self.media = media
        self.content_type = concrete_type(content_type, media)
        self.template: Any = None
        self.fallback: Any = _MISSING  # a valid instance when the envelope cannot be learned
        self.flags: list[Path] = []
        self.codes: list[tuple[Path, bool]] = []  # (path, as string)
        self.messages: list[Path] = []
        self.details: Path | None = None
        if document is not None and schema_at is not None and media == "json":
            validator = validator_for(document, schema_at)
            built, left = built_and_errors(document, schema_at, validator)
            self._learn(built, validator)  # prunes the instance only if it keeps it
            if self.template is None and left == 0:
                self.fallback = built

    def respond(
        self,
        status: int,
        message: str,
        details: Sequence[str],
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        if self.media in ("text", "binary"):
            extra = {"Content-Type": self.content_type, **(headers or {})}
            return Response(status, message.encode("utf-8"), extra)
        payload = self.render(status, message, details)
        return json_response(status, payload, headers, self.content_type)

    def render(self, status: int, message: str, details: Sequence[str]) -> Any:
        if self.template is None:
            if self.fallback is not _MISSING:
                return copy.deepcopy(self.fallback)
            return generic_error(status, message, details)
        body = copy.deepcopy(self.template)
        for path in self.flags:
            _set(body, path, False)
        for path, as_text in self.codes:
            _set(body, path, str(status) if as_text else status)
        for path in self.messages:
            _set(body, path, message)
        if self.details is not None:
            _set(body, self.details, list(details))
        return body

    def _learn(self, template: Any, validator: jsonschema.Validator) -> None:
        self._find(template, ())
        if not self.messages:
            return
        parent = self.messages[0][:-1]
        holder = _get(template, parent)
        if isinstance(holder, dict) and "details" not in holder:
            self.details = (*parent, "details")
        self.template = template
        if not validator.is_valid(self.render(400, "Bad Request", ["Bad Request"])):
            self.details = None
            if not validator.is_valid(self.render(400, "Bad Request", [])):
                self.template = None
                return
        self._prune(template, (), validator)

    def _find(self, node: Any, path: Path) -> None:
        if isinstance(node, list) and node and isinstance(node[0], dict):
            self._find(node[0], (*path, 0))
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            low = key.lower()
            at = (*path, key)
            if low in _SUCCESS_KEYS and isinstance(value, bool):
                self.flags.append(at)
            elif low in _CODE_KEYS and type(value) in (int, str):
                self.codes.append((at, isinstance(value, str)))
            elif low in _MESSAGE_KEYS | _TEXT_ERROR_KEYS and isinstance(value, str):
                self.messages.append(at)
            else:
                self._find(value, at)

    def _prune(self, node: Any, path: Path, validator: jsonschema.Validator) -> None:
        """Drop optional filler fields that carry none of the error's facts."""
        if not isinstance(node, dict):
            return
        keep = [p for p in (*self.flags, *(p for p, _ in self.codes), *self.messages)]
        for key in list(node):
            at = (*path, key)
            if any(p[: len(at)] == at for p in keep):
                self._prune(node[key], at, validator)
                continue
            value = node.pop(key)
            if not validator.is_valid(self.render(400, "Bad Request", ["Bad Request"])):
                node[key] = value


def generic_error(status: int, message: str, details: Sequence[str]) -> dict[str, Any]:
    return {
        "success": False,
        "error": {"code": status, "message": message, "details": list(details)},
    }


def _get(node: Any, path: Path) -> Any:
    for step in path:
        node = node[step]
    return node


def _set(node: Any, path: Path, value: Any) -> None:
    _get(node, path[:-1])[path[-1]] = value


def _data(
    document: Mapping[str, Any], schema_at: JsonPath | None, example: Any, media: str
) -> bytes:
    """The body of a text or binary response: its string example, else a generated one."""
    if isinstance(example, str):
        return example.encode("utf-8")
    if media == "binary":
        return MOCK_BYTES
    built = build_instance(document, lookup(document, schema_at)) if schema_at else None
    return (built if isinstance(built, str) and built else "string").encode("utf-8")
