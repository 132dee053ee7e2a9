"""Names the generated code already uses, so a spec must not claim them.

A spec can choose the package, the client class, credential arguments, method names and
parameter names. Each must be a Python identifier that does not collide with what the
templates define next to it; otherwise the package would fail to import or misbehave.
"""

from __future__ import annotations

import keyword
import re

from .ir import Api, Operation
from .paths import DEVICES

# Client methods and attributes besides the operations.
CLIENT_MEMBERS = frozenset({"close", "base_url"})
# Keyword arguments every client method and constructor takes.
METHOD_ARGUMENTS = frozenset({"self", "request", "timeout", "credentials"})
CONSTRUCTOR_ARGUMENTS = frozenset({"self", "base_url", "timeout", "max_retries", "http_client"})
# Names imported or defined at module level next to the client class and the models.
MODULE_NAMES = frozenset(
    {
        "Credentials",
        "SyncTransport",
        "AsyncTransport",
        "Timeout",
        "PreparedRequest",
        "ValidationError",
        "Literal",
        "TracebackType",
        "httpx",
        "os",
        "enum",
        "datetime",
        "dataclass",
        "field",
        "Mapping",
        "UNSET",
        "Unset",
        "DEFAULT_BASE_URL",
        "BASE_URL_ENV",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT",
    }
)
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def usable_identifier(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and not keyword.issoftkeyword(name)


def package_problem(package: str) -> str | None:
    if not usable_identifier(package) or not package.isascii():
        return f"package name {package!r} is not an importable Python name"
    if package.lower() in DEVICES:  # its folder could not exist on Windows
        return f"package name {package!r} is a reserved file name on Windows"
    return None


def client_problem(client: str, class_names: set[str]) -> str | None:
    if not usable_identifier(client) or not client.isascii():
        return f"client class name {client!r} is not a Python identifier"
    if client in MODULE_NAMES or client in class_names or "Async" + client in class_names:
        return f"client class name {client!r} collides with a name the generated code uses"
    return None


def credential_problem(parameter: str, env: str) -> str | None:
    if not usable_identifier(parameter) or parameter in CONSTRUCTOR_ARGUMENTS:
        return f"credential argument {parameter!r} must be a free Python identifier"
    if not _ENV_NAME.fullmatch(env):
        return f"environment variable name {env!r} is not usable"
    return None


def operation_problems(op: Operation) -> list[str]:
    problems = []
    if op.python_name in CLIENT_MEMBERS or op.python_name.startswith("_"):
        problems.append(
            f"operationId {op.operation_id!r} becomes method {op.python_name!r}, "
            "which the client already has"
        )
    seen: dict[str, str] = {}
    for param in op.params:
        if param.python_name in METHOD_ARGUMENTS:
            problems.append(
                f"parameter {param.name!r} becomes argument {param.python_name!r}, "
                "which every method already takes"
            )
        elif param.python_name in seen:
            problems.append(
                f"parameters {seen[param.python_name]!r} and {param.name!r} both become "
                f"argument {param.python_name!r}"
            )
        seen[param.python_name] = param.name
    return problems


def api_class_names(api: Api) -> set[str]:
    return {m.name for m in api.models} | {e.name for e in api.enums}
