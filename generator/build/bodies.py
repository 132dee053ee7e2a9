"""Request bodies: which media type the client sends, and the body's type and validator.

JSON is preferred when offered; then multipart and urlencoded forms (whose schema must be an
object); any other media type is sent as raw bytes (``text/*`` as a string).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..findings.build import UNSUPPORTED_CONSTRUCT
from ..ir import BodyMedia, BytesType, ListType, ModelType, RequestBody, Rule, ScalarType, TypeRef
from ..load import JsonPath
from ..rules import describe_rules
from ..schemas import pointer
from .context import Context, text
from .views import request_view


def media_kind(content_type: str) -> BodyMedia:
    base = content_type.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json") or base == "*/*":
        return "json"
    if base == "multipart/form-data":
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("text/"):
        return "text"
    return "binary"


_PREFERENCE = ("json", "multipart", "form", "binary", "text")


def choose(content: Mapping[str, Any], preference: tuple[str, ...] = _PREFERENCE) -> str | None:
    """The media type the client uses among those offered, by kind in ``preference`` order."""
    offered = [str(c) for c in content]
    for kind in preference:
        for content_type in offered:
            if media_kind(content_type) == kind:
                return content_type
    return None


def request_body(
    ctx: Context, at: JsonPath, op: Mapping[str, Any], stem: str, op_name: str
) -> RequestBody | None:
    body, body_at = ctx.resolve(op.get("requestBody"), (*at, "requestBody"))
    if not isinstance(body, Mapping):
        return None
    content = body.get("content") or {}
    content_type = choose(content)
    if content_type is None:
        return None
    media = content[content_type] or {}
    media_at = (*body_at, "content", content_type)
    kind = media_kind(content_type)
    schema = media.get("schema") or {}
    body_type: TypeRef
    validator = ""
    if kind == "binary":
        body_type = BytesType(binary=True)
    elif kind == "text":
        body_type = ScalarType("str")
    else:
        body_type = ctx.type_of(schema, (*media_at, "schema"), stem + "Request")
        if kind != "json" and not isinstance(body_type, ModelType):
            ctx.fail(
                (*media_at, "schema"),
                f"a {content_type} body must be an object schema",
                UNSUPPORTED_CONSTRUCT,
            )
        view = request_view(schema)
        if kind == "multipart":
            view = _files_as_any(ctx, view)
        if kind == "form":
            view = {}  # form values are strings on the wire; the model's types checked them
        validator = ctx.add_validator(pointer(media_at), f"validate_{op_name}_body", view)
    example = media.get("example")
    if example is None and isinstance(schema, Mapping):
        example = schema.get("example")
    return RequestBody(
        media=kind,
        content_type=content_type,
        type=body_type,
        required=bool(body.get("required")),
        description=text(body.get("description")),
        example=example,
        validator=validator,
        rules=tuple(Rule(t) for t in _rules(ctx, body_type)),
    )


def _files_as_any(ctx: Context, schema: Any) -> Any:
    """A multipart schema whose file fields (``format: binary``) accept any value."""
    target, _ = ctx.resolve(schema, ())
    if not isinstance(target, Mapping) or not isinstance(target.get("properties"), Mapping):
        return schema
    properties: dict[str, Any] = {}
    for name, sub in target["properties"].items():
        resolved, _ = ctx.resolve(sub, ())
        items = resolved.get("items") if isinstance(resolved, Mapping) else None
        if _is_file(resolved) or _is_file(ctx.resolve(items, ())[0]):
            properties[name] = {}
        else:
            properties[name] = sub
    return {**target, "properties": properties}


def _is_file(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("format") == "binary"


def _rules(
    ctx: Context, t: TypeRef, prefix: str = "", seen: frozenset[str] = frozenset()
) -> list[str]:
    """Rules of the body and of every nested model, depth first, with dotted field paths."""
    if isinstance(t, ListType) and not prefix:
        t = t.item
    if not isinstance(t, ModelType) or t.name in seen or t.name not in ctx.model_schemas:
        return []
    texts = describe_rules(ctx.model_schemas[t.name], prefix)
    for f in ctx.models[t.name].fields:
        texts += _rules(ctx, f.value_type, f"{prefix}{f.name}.", seen | {t.name})
    return texts
