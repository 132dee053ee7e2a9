"""Calls to a vendor spec's generated client, planned from the spec itself.

Nobody here wrote these specs, so the calls are not hand-written: for each chosen operation the
plan holds its path arguments, required keyword arguments and body, built from the spec's
schemas the way the mock builds its answers (:mod:`generator.mock.instances`). A script runs the
plan against the mock of the same spec through the generated package; every call must succeed,
which means the client sent what the spec asks for and decoded what the mock answered.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.cli import load_and_build
from generator.ir import Api, ModelType, Operation, Parameter
from generator.load import JsonPath, LoadedSpec
from generator.mock.instances import build_instance, built_and_errors
from generator.mock.params import deref_at
from generator.schemas import lookup

MIN_CALLS = 20
MAX_CALLS = 40
RESULT_MARKER = "VENDOR-CALLS:"


def plan(spec_path: Path) -> tuple[Api, list[dict[str, Any]]]:
    """The client's facts and the calls to make: one per body kind first, then those with the
    fewest path parameters (in spec order)."""
    spec, api = load_and_build(spec_path)
    first_of_kind: dict[str, Operation] = {}
    for op in api.operations:
        kind = op.body.media if op.body is not None else "none"
        first_of_kind.setdefault(kind, op)
    chosen = list(first_of_kind.values())
    # Then the operations the stateful mock can answer without a resource created first.
    rest = sorted(
        (op for op in api.operations if op not in chosen), key=lambda op: len(op.path_params)
    )
    chosen += rest[: MAX_CALLS - len(chosen)]
    return api, [_call(spec, op) for op in chosen]


def _call(spec: LoadedSpec, op: Operation) -> dict[str, Any]:
    args = [parameter_value(spec, op, p) for p in op.path_params]
    kwargs = {p.python_name: parameter_value(spec, op, p) for p in op.keyword_params if p.required}
    body: dict[str, Any] | None = None
    if op.body is not None:
        model = op.body.type.name if isinstance(op.body.type, ModelType) else None
        body = {"media": op.body.media, "model": model, "value": _body_value(spec, op)}
    return {
        "endpoint": f"{op.method} {op.path}",
        "method": op.python_name,
        "args": args,
        "kwargs": kwargs,
        "body": body,
    }


def _parameter_schemas(spec: LoadedSpec, op: Operation) -> dict[tuple[str, str], Any]:
    """``(location, name)`` → the schema of each parameter, path-level ones overridden."""
    item = spec.data["paths"][op.path]
    found: dict[tuple[str, str], Any] = {}
    for holder in (item, item.get(op.method.lower()) or {}):
        for param in holder.get("parameters") or []:
            param, _ = deref_at(spec.data, param, ())
            if isinstance(param, Mapping):
                found[(str(param.get("in")), str(param.get("name")))] = param.get("schema", {})
    return found


def parameter_value(spec: LoadedSpec, op: Operation, param: Parameter) -> Any:
    """The parameter's example, else an instance of its schema (Twilio's SIDs match their
    ``^MG[0-9a-fA-F]{32}$``)."""
    if param.example is not None:
        return param.example
    schema = _parameter_schemas(spec, op).get((param.location, param.name))
    value = build_instance(spec.data, schema if schema is not None else {"type": "string"})
    return value if value is not None else "x"


def _body_value(spec: LoadedSpec, op: Operation) -> Any:
    assert op.body is not None
    if op.body.media == "binary":
        return None
    if op.body.example is not None:
        return op.body.example
    at: JsonPath = ("paths", op.path, op.method.lower(), "requestBody")
    holder, at = deref_at(spec.data, lookup(spec.data, at), at)
    schema_at = (*at, "content", op.body.content_type, "schema")
    if "schema" not in holder["content"][op.body.content_type]:
        return None
    return built_and_errors(spec.data, schema_at)[0]


# The script: imports the generated package, calls each planned method, prints what happened.
SCRIPT = """\
import importlib
import json
import os

pkg = importlib.import_module(os.environ["SDK_PACKAGE"])
models = importlib.import_module(pkg.__name__ + ".models")
Client = getattr(pkg, os.environ["SDK_CLIENT"])
plan = json.loads(os.environ["SDK_PLAN"])
credentials = json.loads(os.environ["SDK_CREDENTIALS"])


def body_of(body):
    if body["media"] == "binary":
        return b"\\x89PNG data"
    if body["model"] is not None:
        return getattr(models, body["model"]).from_dict(body["value"])
    return body["value"]


out = []
with Client(base_url=os.environ["SDK_URL"], max_retries=0, **credentials) as client:
    for call in plan:
        try:
            args = list(call["args"])
            if call["body"] is not None:
                args.append(body_of(call["body"]))
            result = getattr(client, call["method"])(*args, **call["kwargs"])
            out.append({"endpoint": call["endpoint"], "returned": type(result).__name__})
        except Exception as exc:
            raised = f"{type(exc).__name__}: {exc}"[:600]
            out.append({"endpoint": call["endpoint"], "raised": raised})
print("VENDOR-CALLS:" + json.dumps(out))
"""
assert RESULT_MARKER in SCRIPT


def credentials(api: Api) -> dict[str, str]:
    """A made-up value for every credential argument the mock checks the presence of (client
    credentials would send the client to the vendor's token URL: left out)."""
    return {
        c.parameter: "made-up-" + c.role
        for scheme in api.security_schemes
        for c in scheme.arguments
        if c.role not in ("client_id", "client_secret")
    }


def results(stdout: str) -> list[dict[str, str]]:
    lines = [line for line in stdout.splitlines() if line.startswith(RESULT_MARKER)]
    assert lines, f"the script printed no result line:\n{stdout[-3000:]}"
    found: list[dict[str, str]] = json.loads(lines[-1][len(RESULT_MARKER) :])
    return found
