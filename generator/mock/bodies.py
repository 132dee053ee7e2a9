"""Request bodies by media type.

Two steps: :func:`read_body` reads what was sent by its ``Content-Type`` alone (for the request
log: JSON, a urlencoded or multipart form, or raw bytes); then the operation's declared media
type that matches the ``Content-Type`` (:meth:`BodySpec.choose`) turns it into the JSON value
its schema validates (:meth:`MediaSpec.instance`): form fields coerced to the schema's types,
file parts present as ``""``, text as a string. Binary bodies are not validated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any, Literal
from urllib.parse import parse_qs

import jsonschema

from ..load import JsonPath
from ..schemas import validator_for
from .checks import BadBody, Violations, is_json_media, parse_json
from .instances import is_secret, object_properties, resolve
from .params import Shape, deep_object, deref_at, scalar, shape_of, typed_object

BodyKind = Literal["json", "form", "multipart", "text", "binary"]
FORM = "application/x-www-form-urlencoded"
_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def media_type(content_type: str) -> str:
    """``Application/JSON; charset=utf-8`` → ``application/json``."""
    return content_type.split(";", 1)[0].strip().lower()


def kind_of(media: str) -> BodyKind:
    if is_json_media(media):
        return "json"
    if media == FORM:
        return "form"
    if media.startswith("multipart/"):
        return "multipart"
    if media.startswith("text/"):
        return "text"
    return "binary"


@dataclass(frozen=True)
class Part:
    """One part of a multipart body."""

    name: str
    filename: str | None  # file parts have one
    content_type: str
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", "replace")

    def logged(self) -> Any:
        if self.filename is None:
            return self.text
        return {"filename": self.filename, "content_type": self.content_type, "content": self.text}


Fields = Mapping[str, list[Any]]  # form: name → texts; multipart: name → parts


@dataclass(frozen=True)
class WireBody:
    """A request body read by its ``Content-Type`` alone; ``kind`` is None when it is empty."""

    kind: BodyKind | None
    raw: bytes
    json: Any = None
    fields: Fields | None = None
    problem: str = ""  # why it could not be read as its Content-Type says

    def log(self) -> dict[str, Any]:
        """The ``body``, ``form`` and ``raw`` entries of the request log."""
        form = None
        if self.fields is not None:
            form = {
                name: [v.logged() if isinstance(v, Part) else v for v in values]
                for name, values in self.fields.items()
            }
        raw = None
        if self.kind in ("text", "binary"):
            raw = self.raw.decode("utf-8", "replace")
        return {"body": self.json, "form": form, "raw": raw}


def read_body(content_type: str, raw: bytes) -> WireBody:
    """What was sent; without a ``Content-Type``, JSON if it parses, else raw bytes."""
    media = media_type(content_type)
    if not raw or (not raw.strip() and (not media or is_json_media(media))):
        return WireBody(None, raw)
    if not media:
        try:
            return WireBody("json", raw, json=parse_json(raw))
        except BadBody:
            return WireBody("binary", raw)
    kind = kind_of(media)
    if kind == "json":
        try:
            return WireBody(kind, raw, json=parse_json(raw))
        except BadBody as exc:
            return WireBody(kind, raw, problem=str(exc))
    if kind == "form":
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return WireBody(kind, raw, problem=f"the form is not valid UTF-8: {exc.reason}")
        return WireBody(kind, raw, fields=parse_qs(text, keep_blank_values=True))
    if kind == "multipart":
        try:
            return WireBody(kind, raw, fields=read_multipart(content_type, raw))
        except BadBody as exc:
            return WireBody(kind, raw, problem=str(exc))
    return WireBody(kind, raw)


def read_multipart(content_type: str, raw: bytes) -> dict[str, list[Part]]:
    """The parts of a multipart body, by name; raises :class:`BadBody` if it is malformed."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n"
    message = BytesParser(policy=policy.HTTP).parsebytes(head.encode("latin-1", "replace") + raw)
    if not message.is_multipart() or message.defects:
        reasons = [type(d).__name__ for d in message.defects] or ["no parts"]
        raise BadBody("the multipart body cannot be read: " + ", ".join(reasons))
    assert isinstance(message, EmailMessage)
    found: dict[str, list[Part]] = {}
    for index, part in enumerate(message.iter_parts()):
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            raise BadBody(f"multipart part {index + 1} has no name in its Content-Disposition")
        filename = part.get_filename()
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        found.setdefault(_text(name), []).append(
            Part(
                _text(name),
                None if filename is None else _text(filename),
                part.get_content_type(),
                data,
            )
        )
    return found


def _text(header_value: str) -> str:
    """Header text decoded by the parser with surrogate escapes, as UTF-8."""
    return header_value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@dataclass(frozen=True)
class FieldSpec:
    """A property of a form or multipart body."""

    shape: Shape
    binary: bool  # format: binary (or an array of them): sent as a file part
    delimiter: str  # splits an array sent as one value (encoding explode: false); "" never
    as_json: bool  # sent as JSON text (encoding contentType JSON, or an object)


@dataclass(frozen=True)
class MediaSpec:
    """One declared media type of a request body."""

    media: str  # as declared, lower case, e.g. "multipart/form-data" or "image/*"
    kind: BodyKind
    validator: jsonschema.Validator | None
    violations: Violations | None
    fields: Mapping[str, FieldSpec] = field(default_factory=dict)
    secrets: frozenset[str] = frozenset()  # top-level properties never echoed

    @property
    def wildcard(self) -> bool:
        return self.media.endswith("/*")

    def instance(self, wire: WireBody) -> tuple[Any, str]:
        """The JSON value to validate (None: nothing to validate), or why the body is bad."""
        kind = wire.kind if self.wildcard and wire.kind else self.kind
        if wire.problem and kind == wire.kind:
            return None, wire.problem
        if kind == "json" and wire.kind == "json":
            return wire.json, ""
        if kind == "text":
            try:
                return wire.raw.decode("utf-8"), ""
            except UnicodeDecodeError as exc:
                return None, f"the request body is not valid UTF-8 text: {exc.reason}"
        if kind in ("form", "multipart") and wire.fields is not None:
            return self._object(wire.fields), ""
        return None, ""

    def _object(self, fields: Fields) -> dict[str, Any]:
        result: dict[str, Any] = {}
        texts = {n: [v.text if isinstance(v, Part) else v for v in vs] for n, vs in fields.items()}
        for name, values in fields.items():
            base = name.split("[", 1)[0]
            spec = self.fields.get(base)
            if base != name and spec is not None and spec.shape.kind == "object":
                result.setdefault(base, typed_object(spec.shape, deep_object(texts, base) or {}))
            elif spec is None:
                result[name] = texts[name][0] if len(values) == 1 else texts[name]
            else:
                result[name] = _field_value(spec, values)
        return result


def _field_value(spec: FieldSpec, values: list[Any]) -> Any:
    if spec.binary:
        return "" if spec.shape.kind != "array" else ["" for _ in values]
    parsed = [_part_value(spec, v) for v in values]
    if spec.shape.kind == "array":
        if len(parsed) == 1 and isinstance(parsed[0], str) and spec.delimiter:
            parsed = parsed[0].split(spec.delimiter) if parsed[0] else []
        return [scalar(spec.shape.item, p) if isinstance(p, str) else p for p in parsed]
    last = parsed[-1]
    if not isinstance(last, str):
        return last
    if spec.shape.kind == "object":
        return _maybe_json(last)
    return spec.shape.scalar(last)


def _part_value(spec: FieldSpec, value: Any) -> Any:
    if isinstance(value, Part):
        if spec.as_json or is_json_media(value.content_type):
            return _maybe_json(value.text)
        return value.text
    return _maybe_json(value) if spec.as_json else value


def _maybe_json(text: str) -> Any:
    """Strict JSON if ``text`` is JSON, else the text itself (which the schema then judges)."""
    try:
        return parse_json(text.encode("utf-8", "surrogatepass"))
    except BadBody:
        return text


@dataclass(frozen=True)
class BodySpec:
    required: bool
    media: tuple[MediaSpec, ...]

    @property
    def accepted(self) -> str:
        return " or ".join(m.media for m in self.media)

    def choose(self, content_type: str) -> MediaSpec | None:
        """The declared media type a request's ``Content-Type`` matches, if any."""
        sent = media_type(content_type)
        if sent:
            for spec in self.media:
                if spec.media == sent:
                    return spec
            if is_json_media(sent):
                for spec in self.media:
                    if spec.kind == "json" and not spec.wildcard:
                        return spec
        for spec in self.media:
            family = spec.media[:-1]  # "image/" of "image/*", "" of "*/*"
            if spec.wildcard and (family in ("", "*/") or (sent and sent.startswith(family))):
                return spec
        return None


def compile_body(document: Mapping[str, Any], node: Any, at: JsonPath) -> BodySpec | None:
    if node is None:
        return None
    body, at = deref_at(document, node, at)
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping) or not content:
        return None
    media = tuple(
        _media(document, str(key), entry, (*at, "content", str(key)))
        for key, entry in content.items()
    )
    return BodySpec(bool(body.get("required")), media)


def _media(document: Mapping[str, Any], key: str, entry: Any, at: JsonPath) -> MediaSpec:
    media = media_type(key)
    kind = kind_of(media)
    if media in ("*/*", "application/*"):
        kind = "binary"
    schema = entry.get("schema") if isinstance(entry, Mapping) else None
    if not isinstance(schema, Mapping) or kind == "binary":
        return MediaSpec(media, kind, None, None)
    schema_at: JsonPath = (*at, "schema")
    properties = object_properties(document, resolve(document, schema))
    encoding = entry.get("encoding")
    encoding = encoding if isinstance(encoding, Mapping) else {}
    fields = {
        name: _field(document, sub, encoding.get(name), kind)
        for name, sub in properties.items()
        if kind in ("form", "multipart")
    }
    return MediaSpec(
        media=media,
        kind=kind,
        validator=validator_for(document, schema_at),
        violations=Violations(document, schema_at, "body"),
        fields=fields,
        secrets=frozenset(n for n, sub in properties.items() if is_secret(document, sub)),
    )


def _field(document: Mapping[str, Any], schema: Any, encoding: Any, kind: BodyKind) -> FieldSpec:
    shape = shape_of(document, schema)
    resolved = resolve(document, schema)
    items = resolved.get("items") if isinstance(resolved, Mapping) else None
    binary = _is_file(resolved) or (shape.kind == "array" and _is_file(resolve(document, items)))
    encoding = encoding if isinstance(encoding, Mapping) else {}
    style = str(encoding.get("style", "form"))
    explode = encoding.get("explode", style == "form")
    delimiter = _DELIMITERS.get(style, ",") if explode is False else ""
    sent_as = media_type(str(encoding.get("contentType", "")))
    as_json = is_json_media(sent_as) or (kind == "multipart" and shape.kind == "object")
    return FieldSpec(shape, binary, delimiter, as_json)


def _is_file(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (
        schema.get("format") == "binary" or "contentMediaType" in schema
    )
