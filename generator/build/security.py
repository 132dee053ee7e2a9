"""Security schemes: the credentials the client takes, and where it sends them.

- http bearer, and OAuth 2 / OpenID Connect without a client credentials flow: the client takes
  the bearer token (how to obtain it is the application's business, as in every well-known SDK);
- apiKey in a header, query parameter or cookie: the client takes the key;
- http basic: a username and a password, sent as ``Authorization: Basic base64(user:pass)``;
- OAuth 2 with ``flows.clientCredentials``: a token given directly, or a client id and secret
  that the client exchanges at the ``tokenUrl`` for a token it caches and refreshes.

Argument and environment variable names: ``x-sdk-parameter`` / ``x-sdk-env``, a string for a
scheme's first credential or a mapping by role (``username``, ``password``; ``token``,
``client-id``, ``client-secret``) for the others.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import names
from ..findings.build import INVALID_SETTING
from ..findings.operations import UNSUPPORTED_SECURITY
from ..ir import Credential, SecurityScheme
from ..load import JsonPath
from .context import Context, text

_ROLES: dict[str, tuple[str, ...]] = {
    "basic": ("username", "password"),
    "oauth2": ("token", "client_id", "client_secret"),
}
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def security_schemes(ctx: Context, env_prefix: str) -> dict[str, SecurityScheme]:
    result = {}
    raw = (ctx.doc.get("components") or {}).get("securitySchemes") or {}
    for key, node in raw.items():
        scheme, at = ctx.resolve(node, ("components", "securitySchemes", key))
        if not isinstance(scheme, Mapping):
            continue
        built = _scheme(ctx, at, str(key), scheme, env_prefix)
        if built is None:
            unsupported(ctx, at, str(key), scheme)
            continue
        result[str(key)] = built
    return result


def unsupported(ctx: Context, at: JsonPath, key: str, scheme: Mapping[str, Any]) -> None:
    """A scheme the client cannot send (http digest, mutualTLS...): one warning, at the
    scheme; the operations that name it are generated without it."""
    kind = str(scheme.get("type"))
    if kind == "http":
        kind += " " + str(scheme.get("scheme"))
    ctx.warn(
        at,
        f"security scheme {key!r} ({kind}) is not supported: operations that use it are "
        "generated without it (pass its credentials with `extra_headers`); the client sends "
        "http bearer tokens (oauth2 and openIdConnect too), http basic credentials, oauth2 "
        "client credentials and apiKey values in a header, query or cookie",
        UNSUPPORTED_SECURITY,
    )
    ctx.unsupported_schemes.add(key)


def _scheme(
    ctx: Context, at: JsonPath, key: str, scheme: Mapping[str, Any], env_prefix: str
) -> SecurityScheme | None:
    description = text(scheme.get("description"))
    kind = scheme.get("type")
    http = str(scheme.get("scheme", "")).lower() if kind == "http" else ""
    if http == "basic":
        return _basic(ctx, at, key, scheme, description, env_prefix)
    flows = scheme.get("flows") if kind == "oauth2" else None
    flow = flows.get("clientCredentials") if isinstance(flows, Mapping) else None
    if isinstance(flow, Mapping) and isinstance(flow.get("tokenUrl"), str):
        return _client_credentials(ctx, at, key, scheme, flow, description, env_prefix)
    parameter, env = _single(ctx, at, key, scheme)
    if http == "bearer" or kind in ("oauth2", "openIdConnect"):
        return SecurityScheme(key, "bearer", "Authorization", parameter, env, description, True)
    where = scheme.get("in")
    if kind == "apiKey" and where in ("header", "query", "cookie"):
        name = str(scheme.get("name", ""))
        secret = not name.lower().endswith("email")
        return SecurityScheme(key, where, name, parameter, env, description, secret)
    return None


def _single(ctx: Context, at: JsonPath, key: str, scheme: Mapping[str, Any]) -> tuple[str, str]:
    """``x-sdk-parameter`` and ``x-sdk-env`` of a one-credential scheme (strings)."""
    found = []
    defaults = (("x-sdk-parameter", names.snake(key)), ("x-sdk-env", names.constant(key)))
    for setting, default in defaults:
        value = scheme.get(setting)
        if value is not None and not isinstance(value, str):
            ctx.fail(
                (*at, setting),
                f"{setting} of this scheme is a string (one credential)",
                INVALID_SETTING,
            )
            value = None
        found.append(value or default)
    return found[0], found[1]


def _named(
    ctx: Context,
    at: JsonPath,
    scheme: Mapping[str, Any],
    kind: str,
    defaults: Mapping[str, tuple[str, str]],
) -> dict[str, tuple[str, str]]:
    """(argument, env) of each role: defaults, replaced by the x-sdk mappings' entries.

    ``x-sdk-parameter: {username: account_sid, password: auth_token}``; an oauth2 scheme also
    takes a plain string there, naming its token argument (as for bearer schemes).
    """
    roles = _ROLES[kind]
    result = dict(defaults)
    for index, setting in enumerate(("x-sdk-parameter", "x-sdk-env")):
        value = scheme.get(setting)
        if value is None:
            continue
        if isinstance(value, str) and kind == "oauth2":
            value = {"token": value}
        spelled = [role.replace("_", "-") for role in roles]
        if not isinstance(value, Mapping):
            ctx.fail(
                (*at, setting),
                f"{setting} of a {kind} scheme maps {', '.join(spelled)}",
                INVALID_SETTING,
            )
            continue
        for name, given in value.items():
            role = str(name).replace("-", "_")
            if role not in roles or not isinstance(given, str) or not given:
                ctx.fail(
                    (*at, setting, str(name)),
                    f"{setting} of a {kind} scheme maps {', '.join(spelled)} to non-empty names",
                    INVALID_SETTING,
                )
                continue
            argument, env = result[role]
            result[role] = (given, env) if index == 0 else (argument, given)
    return result


def _basic(
    ctx: Context,
    at: JsonPath,
    key: str,
    scheme: Mapping[str, Any],
    description: str,
    env_prefix: str,
) -> SecurityScheme:
    named = _named(
        ctx,
        at,
        scheme,
        "basic",
        {
            "username": ("username", f"{env_prefix}_USERNAME"),
            "password": ("password", f"{env_prefix}_PASSWORD"),
        },
    )
    (user, user_env), (password, password_env) = named["username"], named["password"]
    credentials = (
        Credential(
            user,
            user_env,
            "username",
            (description + " " if description else "") + "The username (HTTP basic auth).",
        ),
        Credential(
            password,
            password_env,
            "password",
            f"The password sent with ``{user}`` (HTTP basic auth).",
        ),
    )
    return SecurityScheme(
        key, "basic", "Authorization", user, user_env, description, True, credentials
    )


def _client_credentials(
    ctx: Context,
    at: JsonPath,
    key: str,
    scheme: Mapping[str, Any],
    flow: Mapping[str, Any],
    description: str,
    env_prefix: str,
) -> SecurityScheme:
    named = _named(
        ctx,
        at,
        scheme,
        "oauth2",
        {
            "token": (names.snake(key), names.constant(key)),
            "client_id": ("client_id", f"{env_prefix}_CLIENT_ID"),
            "client_secret": ("client_secret", f"{env_prefix}_CLIENT_SECRET"),
        },
    )
    (token, token_env), (cid, cid_env) = named["token"], named["client_id"]
    secret, secret_env = named["client_secret"]
    token_url = str(flow["tokenUrl"])
    credentials = (
        Credential(
            token,
            token_env,
            "token",
            (description + " " if description else "")
            + f"An access token, used as is (else one is fetched with ``{cid}``).",
        ),
        Credential(
            cid,
            cid_env,
            "client_id",
            f"The OAuth 2 client id, exchanged with ``{secret}`` at {token_url} for an access "
            "token (client credentials grant).",
        ),
        Credential(secret, secret_env, "client_secret", f"The client secret of ``{cid}``."),
    )
    return SecurityScheme(
        key,
        "oauth2",
        "Authorization",
        token,
        token_env,
        description,
        True,
        credentials,
        token_url=token_url,
        scopes=_required_scopes(ctx.doc, key),
    )


def _required_scopes(doc: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """The scopes the spec's security requirements name for scheme ``key``, in spec order."""
    requirements: list[Any] = list(doc.get("security") or [])
    for item in (doc.get("paths") or {}).values():
        if isinstance(item, Mapping):
            for method in _METHODS:
                op = item.get(method)
                if isinstance(op, Mapping):
                    requirements += list(op.get("security") or [])
    scopes: list[str] = []
    for requirement in requirements:
        listed = requirement.get(key) if isinstance(requirement, Mapping) else None
        for scope in listed or []:
            if isinstance(scope, str) and scope and scope not in scopes:
                scopes.append(scope)
    return tuple(scopes)
