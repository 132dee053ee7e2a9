"""Request checks: credentials, media type, JSON parsing, and turning
jsonschema errors into messages that name the JSON path of every violation.

The schema checks themselves are jsonschema's; this module only phrases what it reports.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

import jsonschema

from ..ir import SecurityScheme
from ..load import JsonPath
from ..rules import describe_rules
from ..schemas import lookup
from .instances import is_secret, resolve

MAX_MESSAGE = 300
_BEARER = re.compile(r"bearer[ \t]+(\S.*)", re.IGNORECASE)
_BASIC = re.compile(r"basic[ \t]+(\S+)", re.IGNORECASE)
_CREDENTIAL_PLACES = {"header": "header", "query": "query parameter", "cookie": "cookie"}
# Keywords whose next schema-path step names a child schema rather than a keyword.
_NAMED_CHILDREN = frozenset({"allOf", "anyOf", "oneOf", "dependentSchemas", "$defs"})
_ITEM_STEPS = frozenset({"properties", "patternProperties", "prefixItems"})
_INSTANCE_STEPS = frozenset(
    {"items", "additionalProperties", "contains", "unevaluatedItems", "unevaluatedProperties"}
)


class BadBody(Exception):
    """The body cannot be read as JSON; the message says why."""


def security_problems(
    groups: tuple[tuple[SecurityScheme, ...], ...],
    headers: Mapping[str, str],
    query: Mapping[str, list[str]],
    cookies: Mapping[str, list[str]],
) -> list[str]:
    """Empty when one alternative group is fully satisfied, else what is wrong with each."""
    if not groups or any(not group for group in groups):
        return []
    problems: list[str] = []
    for group in groups:
        missing = [p for p in (_scheme_problem(s, headers, query, cookies) for s in group) if p]
        if not missing:
            return []
        problems += [p for p in missing if p not in problems]
    return problems


def _scheme_problem(
    scheme: SecurityScheme,
    headers: Mapping[str, str],
    query: Mapping[str, list[str]],
    cookies: Mapping[str, list[str]],
) -> str:
    """What is wrong with one credential; bearer also stands for oauth2 and openIdConnect."""
    if scheme.kind in ("bearer", "oauth2"):
        value = headers.get("authorization")
        if value is None:
            return "the Authorization header is missing"
        if not _BEARER.fullmatch(value.strip()):
            return "the Authorization header must be 'Bearer <token>' with a non-empty token"
        return ""
    if scheme.kind == "basic":
        return _basic_problem(headers.get("authorization"))
    where = _CREDENTIAL_PLACES.get(scheme.kind, "header")
    if scheme.kind == "query":
        values = query.get(scheme.header)
        value = values[-1] if values else None
    elif scheme.kind == "cookie":
        values = cookies.get(scheme.header)
        value = values[0] if values else None
    else:
        value = headers.get(scheme.header.lower())
    if value is None:
        return f"the {scheme.header} {where} is missing"
    if not value.strip():
        return f"the {scheme.header} {where} is empty"
    return ""


def _basic_problem(value: str | None) -> str:
    """RFC 7617: ``Basic base64(user-id ":" password)``, here with a non-empty user and password."""
    if value is None:
        return "the Authorization header is missing"
    found = _BASIC.fullmatch(value.strip())
    try:
        decoded = base64.b64decode(found.group(1), validate=True).decode("utf-8") if found else ""
    except (binascii.Error, UnicodeDecodeError):
        decoded = ""
    user, colon, password = decoded.partition(":")
    if not (user and colon and password):
        return (
            "the Authorization header must be 'Basic <base64 of username:password>' with a "
            "non-empty username and password"
        )
    return ""


def challenge(groups: tuple[tuple[SecurityScheme, ...], ...]) -> dict[str, str] | None:
    """The ``WWW-Authenticate`` header of a 401: the scheme of the first bearer or basic one."""
    for group in groups:
        for scheme in group:
            if scheme.kind in ("bearer", "oauth2"):
                return {"WWW-Authenticate": "Bearer"}
            if scheme.kind == "basic":
                return {"WWW-Authenticate": 'Basic realm="api"'}
    return None


def describe_security(groups: tuple[tuple[SecurityScheme, ...], ...]) -> str:
    """``Authorization: Bearer <token>, or X-Auth-Email and X-Auth-Key``."""
    alternatives = []
    for group in groups:
        parts = [_describe(s) for s in group]
        alternatives.append(" and ".join(parts))
    return ", or ".join(alternatives)


def _describe(scheme: SecurityScheme) -> str:
    if scheme.kind in ("bearer", "oauth2"):
        return "Authorization: Bearer <token>"
    if scheme.kind == "basic":
        return "Authorization: Basic <base64 of username:password>"
    if scheme.kind in ("query", "cookie"):
        return f"the {scheme.header} {_CREDENTIAL_PLACES[scheme.kind]}"
    return scheme.header


def is_json_media(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def parse_json(raw: bytes) -> Any:
    """The parsed body; raises :class:`BadBody` for anything that is not strict JSON."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadBody(f"the request body is not valid UTF-8: {exc.reason}") from None
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except RecursionError:
        raise BadBody("the request body is nested too deeply") from None
    except ValueError as exc:
        raise BadBody(f"the request body is not valid JSON: {exc}") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is out of range")
    return value


class Violations:
    """Phrases every jsonschema error of one schema (a body or a parameter)."""

    def __init__(self, document: Mapping[str, Any], schema_at: JsonPath, label: str) -> None:
        self.document = document
        self.root = lookup(document, schema_at)
        self.label = label  # what the empty path is called: "body" or the parameter name

    def messages(self, validator: jsonschema.Validator, instance: Any) -> list[str]:
        found: list[str] = []
        try:
            for error in validator.iter_errors(instance):
                message = self._message(error)
                if message not in found:
                    found.append(message)
        except RecursionError:
            found.append(f"{self.label}: the value is nested too deeply")
        return found

    def where(self, path: Iterable[str | int]) -> str:
        text = _dotted(path)
        if self.label != "body":
            return self.label + (text if text.startswith("[") else f".{text}" if text else "")
        return text or "body"

    def _message(self, error: jsonschema.ValidationError) -> str:
        where = self.where(error.absolute_path)
        if is_secret(self.document, error.schema):
            return f"{where}: the (hidden) value fails {error.validator}: {error.validator_value!r}"
        text = error.message
        if error.validator == "not":
            required = error.validator_value
            names = required.get("required") if isinstance(required, Mapping) else None
            text = f"must not have {', '.join(map(repr, names))}" if names else "is not allowed"
        if len(text) > MAX_MESSAGE:
            text = text[: MAX_MESSAGE - 1] + "…"
        rule = self._rule(error)
        return f"{where}: {text}" + (f" (rule: {rule})" if rule else "")

    def _rule(self, error: jsonschema.ValidationError) -> str:
        """The if/then rule an error comes from, in words; empty when it is not from one."""
        node: Any = self.root
        path = list(error.absolute_path)
        steps = list(error.relative_schema_path)
        consumed, found, i = 0, None, 0
        while i < len(steps) and isinstance(node, Mapping):
            key = steps[i]
            for _ in range(20):  # follow $ref hops that the schema path does not show
                if key in node or not isinstance(node.get("$ref"), str):
                    break
                node = resolve(self.document, {"$ref": node["$ref"]})
            if not isinstance(node, Mapping) or key not in node:
                break
            if key in ("then", "else") and "if" in node:
                found = (node, path[:consumed])
            child = node[key]
            if key in _ITEM_STEPS or key in _NAMED_CHILDREN:
                consumed += key in _ITEM_STEPS
                if i + 1 >= len(steps):
                    break
                try:
                    child = child[steps[i + 1]]
                except (KeyError, IndexError, TypeError):
                    break
                i += 1
            elif key in _INSTANCE_STEPS:
                consumed += 1
            node = child
            i += 1
        if found is None:
            return ""
        block, prefix = found
        prefix_text = "" if not prefix else _dotted(prefix) + "."
        sentences = describe_rules(block, prefix_text)
        return sentences[0].replace("`", "") if sentences else ""


def _dotted(path: Iterable[str | int]) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else f".{step}" if text else str(step)
    return text
