"""The base URL: the first server's, with its variables as client arguments.

A spec without servers, or with a relative server URL (``/api/v3``, common in published
specs), has no default base URL: the client then requires ``base_url``, and a relative server
URL is resolved against it as a browser would (``https://host`` → ``https://host/api/v3``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .. import names
from ..findings.build import UNSUPPORTED_CONSTRUCT
from ..ir import ServerVariable
from .context import Context, text


def servers(ctx: Context) -> tuple[str, str, tuple[ServerVariable, ...]]:
    """``(default base URL or "", the URL template as written, its variables)``."""
    entries = ctx.doc.get("servers") or []
    first = entries[0] if entries and isinstance(entries[0], Mapping) else {}
    template = str(first.get("url", "")).rstrip("/")
    declared = first.get("variables") or {}
    variables = []
    for name in re.findall(r"\{([^{}]+)\}", template):
        spec: Mapping[str, Any] = declared.get(name) or {}
        at = ("servers", 0, "variables", name)
        if "default" not in spec:
            ctx.fail(
                ("servers", 0, "url"),
                f"server variable {{{name}}} is not declared",
                UNSUPPORTED_CONSTRUCT,
            )
            continue
        python_name = names.field_name(name)
        if not python_name:
            ctx.fail(
                at,
                f"server variable {name!r} has no letters to make a Python name from",
                UNSUPPORTED_CONSTRUCT,
            )
            continue
        values = tuple(str(v) for v in spec.get("enum") or [])
        variables.append(
            ServerVariable(
                name, python_name, str(spec["default"]), values, text(spec.get("description"))
            )
        )
    url = template
    for v in variables:
        url = url.replace("{" + v.name + "}", v.default)
    absolute = url.startswith(("http://", "https://"))
    return (url if absolute else ""), template, tuple(variables)
