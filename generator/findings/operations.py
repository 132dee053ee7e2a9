"""Operations: their parameters, security requirements and servers."""

from __future__ import annotations

from ..problems import WARNING
from . import ERROR, rule

PATH_PARAMETER = rule(
    "parameter",
    ERROR,
    "a path template and its path parameters disagree, or a parameter is declared twice",
)
INVALID_HEADER_NAME = rule(
    "invalid-header-name",
    WARNING,
    "a header or cookie parameter whose name is not an HTTP token",
    "the parameter is left out (it could never be sent)",
)
UNSUPPORTED_SECURITY = rule(
    "unsupported-security",
    WARNING,
    "a security scheme the client cannot send (http digest, mutualTLS...)",
    "operations are generated without it: pass its credentials with `extra_headers`",
)
UNKNOWN_SECURITY_SCHEME = rule(
    "unknown-security-scheme",
    WARNING,
    "a security requirement naming a scheme that components.securitySchemes lacks",
    "the requirement is left out",
)
SERVER_VARIABLE = rule("server-variable", ERROR, "a server variable that cannot be in a URL")
