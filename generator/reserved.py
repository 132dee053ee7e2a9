"""Names the generated code already uses.

A spec's method and parameter names that meet one of these are renamed, with a note
(:mod:`generator.build.naming`); a class keeps its name, and the package's own name steps
aside (:data:`STEP_ASIDE`, :mod:`generator.aside`), unless it is one of :data:`MODULE_NAMES`.
The package, client class and credential arguments a spec chooses in ``x-sdk`` must be free:
those are refused, as the user chose them explicitly.
"""

from __future__ import annotations

import keyword
import re

from .ir import Api
from .paths import DEVICES

# Client methods and attributes besides the operations.
CLIENT_MEMBERS = frozenset({"close", "base_url", "with_options", "with_raw_response"})
# Arguments every client method (and the request builders of _operations) may take.
METHOD_ARGUMENTS = frozenset(
    {"self", "request", "timeout", "credentials", "extra_headers", "extra_query", "extra_body"}
)
CONSTRUCTOR_ARGUMENTS = frozenset({"self", "base_url", "timeout", "max_retries", "http_client"})
# Names of the package that a spec's class is given although it would meet them: the modules
# holding the spec's classes (models, _client, _operations, _raw) import these under a private
# alias instead (``ValidationError as _ValidationError``) when a spec class has the name
# (:mod:`generator.aside`). Only names a class can have: PascalCase, no inner underscore
# (``DEFAULT_TIMEOUT``, ``dataclass`` or ``httpx`` never are one).
STEP_ASIDE = frozenset(
    {
        *("Callable", "Mapping", "IO", "Literal", "TypeAlias", "TracebackType"),
        *("Credentials", "FileContent", "ValidationError", "Decoder", "PreparedRequest"),
        *("SyncTransport", "AsyncTransport", "Timeout", "RawResponse"),
        *("PageReader", "SyncPage", "AsyncPager"),
        *("OpenStrEnum", "OpenIntEnum", "OpenFloatEnum"),  # the bases of models' enums
    }
)
# Names that a spec's class cannot have: ``realtimekit.models`` exports them itself (a spec class
# would take the public name). Such a class gets ``Model`` (``UnsetModel``), with a note; so do
# the client's classes (``RealtimeKit``, ``AsyncRealtimeKit``, their ``...WithRawResponse``),
# which the modules holding the spec's classes define or import under their public names.
MODULE_NAMES = frozenset({"UNSET", "Unset"})
# Names imported or defined at module level next to the client class: a client class a spec
# chooses (x-sdk client) must not be one of them.
CLIENT_TAKEN = (
    MODULE_NAMES
    | STEP_ASIDE
    | frozenset(
        {
            *("TracebackType", "httpx", "os", "enum", "datetime", "date", "dataclass", "field"),
            *("DEFAULT_BASE_URL", "BASE_URL_ENV", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT"),
            *("DEFAULT_HEADERS", "SERVER_URL", "TYPE_CHECKING", "File", "AsyncPage"),
            # _raw.py's imports beside the client classes.
            *("Any", "Awaitable", "Concatenate", "Final", "Generic", "ParamSpec", "TypeVar"),
            *("FunctionType", "MethodType"),
        }
    )
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
    if client in CLIENT_TAKEN or client in class_names or "Async" + client in class_names:
        return f"client class name {client!r} collides with a name the generated code uses"
    return None


def credential_problem(parameter: str, env: str) -> str | None:
    if not usable_identifier(parameter) or parameter in CONSTRUCTOR_ARGUMENTS:
        return f"credential argument {parameter!r} must be a free Python identifier"
    if not _ENV_NAME.fullmatch(env):
        return f"environment variable name {env!r} is not usable"
    return None


def api_class_names(api: Api) -> set[str]:
    return {m.name for m in api.models} | {e.name for e in api.enums}
