"""Responses: what each 2xx answer returns, and the typed errors of the others.

JSON bodies decode to their schema's type; ``text/*`` to ``str``; any other media type to
``bytes``; no content to ``None``. The ``{success, data}`` envelope is never guessed: the spec
declares it (``info.x-sdk.payload: data``, or ``x-sdk-payload`` on an operation, ``false`` to
return the whole body), and a declared payload field that is missing is a spec problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..findings.build import INVALID_SETTING
from ..ir import (
    BytesType,
    ModelType,
    Response,
    ResponseMedia,
    ScalarType,
    TypeRef,
)
from ..load import JsonPath
from .bodies import choose, media_kind
from .context import Context, text

ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


def _is_success(status: str) -> bool:
    return status == "2XX" or (status.isdigit() and status.startswith("2"))


def _is_error(status: str) -> bool:
    return status in ("4XX", "5XX", "default") or (status.isdigit() and int(status) >= 400)


def success_responses(
    ctx: Context, at: JsonPath, op: Mapping[str, Any], stem: str
) -> list[Response]:
    responses = op.get("responses") or {}
    statuses = sorted(str(s) for s in responses if _is_success(str(s)))
    result = []
    for i, status in enumerate(statuses):
        hint = stem + "Response" + ("" if i == 0 else status)
        response = _response(ctx, (*at, "responses", status), responses[status], status, hint)
        payload = _payload(ctx, at, op, response)
        result.append(_unwrap(ctx, response, payload, (*at, "responses", status)))
    return result


def error_responses(ctx: Context, at: JsonPath, op: Mapping[str, Any], stem: str) -> list[Response]:
    responses = op.get("responses") or {}
    result = []
    for status in sorted(str(s) for s in responses if _is_error(str(s))):
        hint = f"{stem}Error" + ("" if status == "default" else status)
        response = _response(ctx, (*at, "responses", status), responses[status], status, hint)
        code = int(status) if status.isdigit() else 0
        exception = ERROR_CLASSES.get(code, "InternalServerError" if code >= 500 else "")
        result.append(
            Response(
                status=status,
                media=response.media,
                content_type=response.content_type,
                type=response.type,
                payload="",
                result=response.type,
                description=response.description,
                exception=exception or "APIStatusError",
            )
        )
    return result


def _response(ctx: Context, at: JsonPath, node: Any, status: str, hint: str) -> Response:
    response, response_at = ctx.resolve(node, at)
    response = response if isinstance(response, Mapping) else {}
    content = response.get("content") or {}
    description = text(response.get("description"))
    if status == "204" or not content:
        return Response(status, "none", "", None, "", None, description)
    content_type = choose(content, ("json", "text")) or str(next(iter(content)))
    media_type = media_kind(content_type)
    schema_at = (*response_at, "content", content_type, "schema")
    media: ResponseMedia
    body_type: TypeRef
    if media_type == "json":
        media = "json"
        body_type = ctx.type_of((content[content_type] or {}).get("schema"), schema_at, hint)
    elif media_type == "text":
        media, body_type = "text", ScalarType("str")
    else:
        media, body_type = "binary", BytesType(binary=True)
    return Response(status, media, content_type, body_type, "", body_type, description)


def _payload(ctx: Context, at: JsonPath, op: Mapping[str, Any], response: Response) -> str:
    """The declared envelope field of this operation's JSON responses ("" for none)."""
    if "x-sdk-pagination" in op:
        return ""  # a page is the whole body: its items and where it lies in the list
    setting = op.get("x-sdk-payload")
    where: JsonPath = (*at, "x-sdk-payload")
    if setting is None:
        sdk = (ctx.doc.get("info") or {}).get("x-sdk") or {}
        setting = sdk.get("payload") if isinstance(sdk, Mapping) else None
        where = ("info", "x-sdk", "payload")
    if setting is None or setting is False or response.media != "json":
        return ""
    if not isinstance(setting, str) or not setting:
        ctx.fail(
            where,
            f"x-sdk payload must be a property name or false, not {setting!r}",
            INVALID_SETTING,
        )
        return ""
    return setting


def _unwrap(ctx: Context, response: Response, payload: str, at: JsonPath) -> Response:
    if not payload:
        return response
    body = response.type
    model = ctx.models.get(body.name) if isinstance(body, ModelType) else None
    field = next((f for f in model.fields if f.name == payload), None) if model else None
    if field is None:
        ctx.fail(
            at,
            f"the declared payload field {payload!r} is not a property of this response: "
            "set `x-sdk-payload: false` on the operation to return the whole body",
            INVALID_SETTING,
        )
        return response
    return Response(
        response.status,
        response.media,
        response.content_type,
        body,
        payload,
        field.type,
        response.description,
    )
