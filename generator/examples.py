"""Runnable examples for the docs, built from the spec's own request examples.

The Python example constructs the request with the generated dataclasses and enums; the curl
example sends the same JSON. Tests execute both against the mock server, so an example that
stops matching the client or the spec fails the suite. Values enter code only via ``repr``.
"""

from __future__ import annotations

import json
import shlex
from typing import Any

from .ir import Api, Field, Operation, TypeRef
from .render import py_literal


def python_example(api: Api, op: Operation) -> str:
    """A complete script calling ``op`` with its example body and path parameters."""
    used: set[str] = set()
    args = [py_literal(_param_example(p.name, p.example)) for p in op.path_params]
    if op.body is not None:
        used.add(op.body.name)
        args.append(_value(api, TypeRef("model", op.body.name), op.body_example or {}, used))
    env = api.security_schemes[0].env if api.security_schemes else ""
    lines = [f"from {api.package} import {api.client}"]
    if used:
        lines.append(f"from {api.package}.models import {', '.join(sorted(used))}")
    lines += [
        "",
        f"# Credentials come from the {env} environment variable." if env else "",
        f"with {api.client}() as client:",
        f"    result = client.{op.python_name}({', '.join(args)})",
    ]
    lines.append(_print_result(op))
    return "\n".join(line for line in lines if line is not None) + "\n"


def error_example(api: Api) -> str:
    """Error handling around the first operation, with a value below a field's minimum.

    The comment shows the exact output; the docs tests run the example and compare.
    """
    op = next((o for o in api.operations if o.body is not None), None)
    if op is None or op.body is None:
        return ""
    field = next(
        (f for f in op.body.fields if f.type.kind == "int" and _minimum(f) is not None), None
    )
    args = [py_literal(_param_example(p.name, p.example)) for p in op.path_params]
    if field is None:
        body, shown = f"{op.body.name}()", ""
    else:
        low = _minimum(field)
        assert low is not None
        bad = low - 1
        body = f"{op.body.name}({field.python_name}={bad})"
        shown = py_literal([f"{field.name}: {bad} is less than the minimum of {low}"])
    lines = [
        f"from {api.package} import {api.client}",
        f"from {api.package}.errors import APIStatusError, ValidationError",
        f"from {api.package}.models import {op.body.name}",
        "",
        f"with {api.client}() as client:",
        "    try:",
        f"        client.{op.python_name}({', '.join([*args, body])})",
        "    except ValidationError as exc:",
        "        print(exc.errors)" + (f"  # {shown}" if shown else ""),
        "    except APIStatusError as exc:",
        "        print(exc.status_code, exc.code, exc.message)",
    ]
    return "\n".join(lines) + "\n"


def _minimum(field: Field) -> int | None:
    for c in field.constraints:
        if c.keyword == "minimum" and isinstance(c.value, int):
            return c.value
        if c.keyword == "minimum/maximum" and isinstance(c.value[0], int):
            return int(c.value[0])
    return None


def _print_result(op: Operation) -> str:
    result = op.result_model
    if result is None:
        return "    print('done')"
    shown = [f.python_name for f in result.fields if f.name in ("id", "status")]
    if not shown:
        return "    print(result)"
    return "    print(" + ", ".join(f"result.{name}" for name in shown) + ")"


def curl_example(api: Api, op: Operation) -> str:
    """The same request with curl; credentials and the account come from the environment."""
    path = op.path
    for p in op.path_params:
        path = path.replace("{" + p.name + "}", _param_example(p.name, p.example))
    lines = [f"curl -X {op.method} {shlex.quote(api.server_url + path)}"]
    group = op.security[0] if op.security else ()
    for scheme in group:
        if scheme.kind == "bearer":
            lines.append(f'-H "Authorization: Bearer ${scheme.env}"')
        else:
            lines.append(f'-H "{scheme.header}: ${scheme.env}"')
    if op.body is not None:
        lines.append('-H "Content-Type: application/json"')
        body = json.dumps(op.body_example or {}, indent=2, ensure_ascii=False)
        lines.append("-d " + shlex.quote(body))
    return " \\\n  ".join(lines) + "\n"


def _param_example(name: str, example: Any) -> str:
    return str(example) if example is not None else name.upper()


def _value(api: Api, type_ref: TypeRef, value: Any, used: set[str]) -> str:
    if type_ref.kind == "model" and isinstance(value, dict):
        model = api.model(type_ref.name)
        used.add(model.name)
        by_name = {f.name: f for f in model.fields}
        args = [
            f"{by_name[key].python_name}={_value(api, by_name[key].type, item, used)}"
            for key, item in value.items()
            if key in by_name
        ]
        return f"{model.name}({', '.join(args)})"
    if type_ref.kind == "enum" and isinstance(value, str):
        enum = api.enum(type_ref.name)
        for member in enum.members:
            if member.value == value:
                used.add(enum.name)
                return f"{enum.name}.{member.python_name}"
    if type_ref.kind == "list" and isinstance(value, list) and type_ref.item is not None:
        item = type_ref.item
        return "[" + ", ".join(_value(api, item, v, used) for v in value) + "]"
    return py_literal(value)
