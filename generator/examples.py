"""Runnable examples for the docs, built from the spec's own request examples.

The Python example constructs the request with the generated dataclasses and enums; the curl
example sends the same request. Tests execute both against the mock server, so an example that
stops matching the client or the spec fails the suite. Values enter code only via ``repr``.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from typing import Any

from . import names
from .build.constraints import integer_minimum
from .ir import (
    AliasType,
    Api,
    EnumType,
    Field,
    ListType,
    ModelType,
    NullableType,
    Operation,
    Parameter,
    TupleType,
    TypeRef,
)
from .literals import py_literal


@dataclass(frozen=True)
class Examples:
    python: dict[str, str]  # by operation python_name
    curl: dict[str, str]
    error: str  # error handling around the first operation with a body ("" when none)
    pages: dict[str, str]  # paginated operations: one page, and the async client
    control: str  # from_dict, raw response, per-call extras and with_options ("" without ops)


def examples_of(api: Api) -> Examples:
    return Examples(
        python={op.python_name: python_example(api, op) for op in api.operations},
        curl={op.python_name: curl_example(api, op) for op in api.operations},
        error=error_example(api),
        pages={op.python_name: pages_example(api, op) for op in api.operations if op.pagination},
        control=control_example(api),
    )


def _credentials_comment(api: Api) -> str | None:
    if not api.security_schemes:
        return None
    first = api.security_schemes[0]
    group = first.groups[-1]  # oauth2: the client id and secret
    envs = [c.env for c in first.arguments if c.parameter in group]
    if len(envs) == 1:
        return f"# Credentials come from the {envs[0]} environment variable."
    return f"# Credentials come from the {' and '.join(envs)} environment variables."


def _client_args(api: Api) -> str:
    """Constructor arguments the example needs: a base URL when the spec has no absolute one."""
    if api.server_url:
        return ""
    return "base_url=" + py_literal("https://api.example.com")


def _call_args(api: Api, op: Operation, used: set[str]) -> list[str]:
    """The arguments of a call of ``op``: its example body and required parameters."""
    args = [py_literal(_param_example(p)) for p in op.path_params]
    body = op.body
    if body is not None:
        if body.media in ("binary",):
            args.append(py_literal(b"..."))
        elif body.media == "text":
            args.append(py_literal(body.example if isinstance(body.example, str) else "..."))
        else:
            args.append(_value(api, body.type, body.example or {}, used))
    args += [
        f"{p.python_name}={py_literal(_param_example(p))}" for p in op.keyword_params if p.required
    ]
    return args


def python_example(api: Api, op: Operation) -> str:
    """A complete script calling ``op`` with its example body and parameters."""
    used: set[str] = set()
    args = _call_args(api, op, used)
    call = f"client.{op.python_name}({', '.join(args)})"
    lines: list[str | None] = [f"from {api.package} import {api.client}"]
    if used:
        lines.append(f"from {api.package}.models import {', '.join(sorted(used))}")
    lines += [
        "",
        _credentials_comment(api),
        f"with {api.client}({_client_args(api)}) as client:",
        *(_walk_pages(api, op, call) if op.pagination else (f"    result = {call}",)),
        None if op.pagination else _print_result(api, op),
    ]
    return "\n".join(line for line in lines if line is not None) + "\n"


def _item_name(op: Operation) -> str:
    item = op.pagination.item_type if op.pagination else None
    return names.field_name(item.name) if isinstance(item, ModelType) else "item"


def _walk_pages(api: Api, op: Operation, call: str) -> tuple[str, ...]:
    item = _item_name(op)
    shown = _shown_fields(api, op.pagination.item_type if op.pagination else None)
    return (
        "    # Every item across pages; each page is fetched when the loop reaches it.",
        f"    for {item} in {call}:",
        f"        print({', '.join(f'{item}.{name}' for name in shown) or item})",
    )


def pages_example(api: Api, op: Operation) -> str:
    """One page with its paging information, then the async client's two forms."""
    pg = op.pagination
    assert pg is not None
    args = _call_args(api, op, set())
    if pg.per_page is not None:
        args.append(f"{pg.per_page.python_name}={_page_size(pg.per_page)}")
    call = f"client.{op.python_name}({', '.join(args)})"
    item = _item_name(op)
    shown = ", ".join(f"{item}.{name}" for name in _shown_fields(api, pg.item_type)) or item
    client_args = _client_args(api)
    lines = [
        "import asyncio",
        "",
        f"from {api.package} import {api.async_client}, {api.client}",
        "",
        f"with {api.client}({client_args}) as client:",
        f"    page = {call}",
        "    print(page.page_number, len(page.items), page.total, page.has_next_page())",
        "    following = page.next_page()  # None after the last page",
        "",
        "",
        "async def main() -> None:",
        f"    async with {api.async_client}({client_args}) as client:",
        f"        first = await {call}",
        "        print(first.page_number, len(first.items))",
        f"        async for {item} in {call}:",
        f"            print({shown})",
        "",
        "",
        "asyncio.run(main())",
    ]
    return "\n".join(lines) + "\n"


def control_example(api: Api) -> str:
    """The showcase operation called with the conveniences: a request built from plain data,
    the raw response, per-call extras and a client with other options."""
    op = api.showcase
    if op is None:
        return ""
    used: set[str] = set()
    args = _call_args(api, op, used)
    lines = [f"from {api.package} import {api.client}"]
    body = op.body
    from_data = body is not None and body.media == "json" and op.body_model
    if from_data:
        lines.append(f"from {api.package}.models import {op.body_model}")
        path_args = len(op.path_params)
        args[path_args] = "request"
    lines += ["", f"with {api.client}({_client_args(api)}) as client:"]
    if from_data and body is not None:
        data = py_literal(body.example or {})
        lines += [
            "    # Settings kept as JSON or YAML; a mistake raises ValidationError naming each.",
            f"    settings = {data}",
            f"    request = {op.body_model}.from_dict(settings)",
        ]
    call_args = ", ".join(args)
    lines += [
        "    raw = client.with_raw_response." + op.python_name + "(",
        f"        {call_args},",
        '        extra_headers={"X-Example": "docs"},',
        "    )",
        f"    print(raw.status_code)  # {op.success_status}",
        "    result = raw.parse()",
        "    patient = client.with_options(timeout=120.0, max_retries=5)",
    ]
    return "\n".join(lines) + "\n"


def _page_size(param: Parameter) -> int:
    """A page size the parameter accepts: its example, else 20 within its range."""
    if isinstance(param.example, int):
        return param.example
    size = 20
    for c in param.constraints:
        if c.keyword in ("maximum", "minimum/maximum"):
            high = c.value if c.keyword == "maximum" else c.value[1]
            size = min(size, int(high))
    return size


def error_example(api: Api) -> str:
    """Error handling around the first operation with a model body, with a value below a
    field's minimum. The comment shows the exact output; the docs tests run the example."""
    op = next((o for o in api.operations if o.body_model), None)
    if op is None:
        return ""
    model = api.model(op.body_model)
    field = next(
        (f for f in model.fields if f.value_type.kind == "int" and _minimum(f) is not None), None
    )
    args = [py_literal(_param_example(p)) for p in op.path_params]
    required = [
        f"{p.python_name}={py_literal(_param_example(p))}" for p in op.keyword_params if p.required
    ]
    if field is None:
        body, shown = f"{model.name}()", ""
    else:
        low = _minimum(field)
        assert low is not None
        bad = low - 1
        body = f"{model.name}({field.python_name}={bad})"
        shown = py_literal([f"{field.name}: {bad} is less than the minimum of {low}"])
    lines = [
        f"from {api.package} import {api.client}",
        f"from {api.package}.errors import APIStatusError, ValidationError",
        f"from {api.package}.models import {model.name}",
        "",
        f"with {api.client}({_client_args(api)}) as client:",
        "    try:",
        f"        client.{op.python_name}({', '.join([*args, body, *required])})",
        "    except ValidationError as exc:",
        "        print(exc.errors)" + (f"  # {shown}" if shown else ""),
        "    except APIStatusError as exc:",
        "        print(exc.status_code, exc.code, exc.message)",
    ]
    return "\n".join(lines) + "\n"


def _minimum(field: Field) -> int | None:
    return integer_minimum(field.constraints)


def _print_result(api: Api, op: Operation) -> str:
    result = op.result.inner if isinstance(op.result, NullableType) else op.result
    if result is None:
        return "    print('done')"
    shown = _shown_fields(api, result)
    if shown:
        return "    print(" + ", ".join(f"result.{name}" for name in shown) + ")"
    return "    print(result)"


def _shown_fields(api: Api, t: TypeRef | None) -> list[str]:
    """The ``id`` and ``status`` attributes of a model, worth printing in an example."""
    if not isinstance(t, ModelType):
        return []
    return [f.python_name for f in api.model(t.name).fields if f.name in ("id", "status")]


def curl_example(api: Api, op: Operation) -> str:
    """The same request with curl; credentials come from the environment.

    The base URL and the path parameters are shell variables set first, as hand-written API
    docs do: the command's lines stay short enough to read without scrolling sideways, and
    the values to change are named at the top.
    """
    query = [f"{p.name}={_param_example(p)}" for p in op.query_params if p.required]
    suffix = "?" + "&".join(query) if query else ""
    variables, url = _url_with_variables(api, op, suffix)
    if url is None:  # a value or a name the shell would misread: everything inline
        path = op.path
        for p in op.path_params:
            path = path.replace("{" + p.name + "}", str(_param_example(p)))
        url = shlex.quote((api.server_url or "https://api.example.com") + path + suffix)
        variables = []
    command = f"curl -X {op.method} {url}"
    lines = [f"curl -X {op.method}", url] if len(command) > _CURL_WIDTH else [command]
    group = op.security[0] if op.security else ()
    for scheme in group:
        if scheme.kind in ("bearer", "oauth2"):
            lines.append(f'-H "Authorization: Bearer ${scheme.env}"')
        elif scheme.kind == "basic":
            password = next(c.env for c in scheme.arguments if c.role == "password")
            lines.append(f'-u "${scheme.env}:${password}"')
        elif scheme.kind == "header":
            lines.append(f'-H "{scheme.header}: ${scheme.env}"')
    for p in op.header_params:
        if p.required:
            lines.append(_header_option(p.name, str(_param_example(p))))
    body = op.body
    if body is not None:
        lines.append(_header_option("Content-Type", body.content_type))
        if body.media == "json":
            text = json.dumps(body.example or {}, indent=2, ensure_ascii=False)
            lines.append("-d " + shlex.quote(text))
        elif body.media in ("binary", "text"):
            lines.append("--data-binary @file")
    assigned = "".join(f"{name}={shlex.quote(value)}\n" for name, value in variables)
    return assigned + " \\\n  ".join(lines) + "\n"


def _url_with_variables(
    api: Api, op: Operation, suffix: str
) -> tuple[list[tuple[str, str]], str | None]:
    """``("$BASE_URL/items/$ITEM_ID")`` and the variables it uses; None when a variable's name
    would clash or a literal part of the path needs quoting."""
    variables = [("BASE_URL", api.server_url or "https://api.example.com")]
    taken = {"BASE_URL"} | {c.env for s in api.security_schemes for c in s.arguments}
    pieces = re.split(r"(\{[^}]*\})", op.path + suffix)
    by_name = {"{" + p.name + "}": p for p in op.path_params}
    url = "$BASE_URL"
    for i, piece in enumerate(pieces):
        p = by_name.get(piece)
        if p is None:
            if not _SAFE_IN_DOUBLE_QUOTES.fullmatch(piece):
                return [], None
            url += piece
            continue
        name = p.python_name.upper()
        if not (name.isascii() and name.isidentifier()) or name in taken:
            return [], None
        taken.add(name)
        variables.append((name, str(_param_example(p))))
        following = pieces[i + 1] if i + 1 < len(pieces) else ""
        url += "${" + name + "}" if following[:1].isalnum() or following[:1] == "_" else "$" + name
    return variables, f'"{url}"'


# What a double-quoted shell word may hold as it stands: no $, `, \\, " or !.
_SAFE_IN_DOUBLE_QUOTES = re.compile(r"[\w./~:%?&=,+@-]*")
# A command line longer than the docs' code blocks show has its URL on a line of its own.
_CURL_WIDTH = 76


def _header_option(name: str, value: str) -> str:
    header = f"{name}: {value}"
    if re.fullmatch(r"[\w.+/ :-]+", header):
        return f'-H "{header}"'
    return "-H " + shlex.quote(header)


def _param_example(p: Parameter) -> Any:
    if p.example is not None:
        return p.example
    return p.name.upper() if p.location == "path" else p.name


def _value(api: Api, t: TypeRef, value: Any, used: set[str]) -> str:
    if isinstance(t, AliasType):  # the value is finite, so is this walk of a recursive type
        return _value(api, api.alias(t.name).type, value, used)
    if isinstance(t, NullableType):
        return "None" if value is None else _value(api, t.inner, value, used)
    if isinstance(t, ModelType) and isinstance(value, dict):
        model = api.model(t.name)
        used.add(model.name)
        by_name = {f.name: f for f in model.fields}
        args = [
            f"{by_name[key].python_name}={_value(api, by_name[key].type, item, used)}"
            for key, item in value.items()
            if key in by_name and not by_name[key].read_only
        ]
        return f"{model.name}({', '.join(args)})"
    if isinstance(t, EnumType):
        enum = api.enum(t.name)
        for member in enum.members:
            if member.value == value:
                used.add(enum.name)
                return f"{enum.name}.{member.python_name}"
    if isinstance(t, ListType) and isinstance(value, list):
        return "[" + ", ".join(_value(api, t.item, v, used) for v in value) + "]"
    if isinstance(t, TupleType) and isinstance(value, list) and len(value) == len(t.items):
        items = [_value(api, item, v, used) for item, v in zip(t.items, value, strict=True)]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return py_literal(value)
