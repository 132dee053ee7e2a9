"""Security schemes: the credentials the client takes, and where it sends them.

OAuth 2 and OpenID Connect end in a bearer access token, so the client takes that token (how
to obtain it is the application's business, as in every well-known SDK).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import names
from ..findings.operations import UNSUPPORTED_SECURITY
from ..ir import SecurityScheme
from .context import Context, text


def security_schemes(ctx: Context) -> dict[str, SecurityScheme]:
    result = {}
    raw = (ctx.doc.get("components") or {}).get("securitySchemes") or {}
    for key, node in raw.items():
        scheme, at = ctx.resolve(node, ("components", "securitySchemes", key))
        if not isinstance(scheme, Mapping):
            continue
        built = _scheme(str(key), scheme)
        if built is None:
            kind = str(scheme.get("type"))
            if kind == "http":
                kind += " " + str(scheme.get("scheme"))
            ctx.warn(
                at,
                f"security scheme {key!r} ({kind}) is not supported: operations that use it are "
                "generated without it (pass its credentials with `extra_headers`); the client "
                "sends http bearer tokens (oauth2 and openIdConnect too) and apiKey values in "
                "a header, query or cookie",
                UNSUPPORTED_SECURITY,
            )
            ctx.unsupported_schemes.add(str(key))
            continue
        result[str(key)] = built
    return result


def _scheme(key: str, scheme: Mapping[str, Any]) -> SecurityScheme | None:
    parameter = str(scheme.get("x-sdk-parameter") or names.snake(key))
    env = str(scheme.get("x-sdk-env") or names.constant(key))
    description = text(scheme.get("description"))
    kind = scheme.get("type")
    bearer = kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
    if bearer or kind in ("oauth2", "openIdConnect"):
        return SecurityScheme(key, "bearer", "Authorization", parameter, env, description, True)
    where = scheme.get("in")
    if kind == "apiKey" and where in ("header", "query", "cookie"):
        name = str(scheme.get("name", ""))
        secret = not name.lower().endswith("email")
        return SecurityScheme(key, where, name, parameter, env, description, secret)
    return None
