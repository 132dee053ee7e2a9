"""``typing.get_type_hints`` resolves every annotation of a generated package's public API.

pydantic, FastAPI, typer and beartype call it on what a user hands them (a client method, a
model, an error). Each package is walked in a fresh interpreter: ``__all__`` of the package,
its models and errors, the raw views and pages, and every public method of each class.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
GOLDEN = ROOT / "tests" / "golden"

WALK = r"""
import importlib, inspect, json, sys, typing

name = sys.argv[1]
package = importlib.import_module(name)
lazy = [m for m in ("models", "_operations", "_pagination", "_raw") if f"{name}.{m}" in sys.modules]
objects = []
for module in (package, *(importlib.import_module(f"{name}.{m}") for m in ("models", "errors"))):
    objects += [(f"{module.__name__}.{attr}", getattr(module, attr)) for attr in module.__all__]
raw = importlib.import_module(name + "._raw")
transport = importlib.import_module(name + "._transport")
objects += [(f"_raw.{k}", v) for k, v in vars(raw).items() if k.endswith("WithRawResponse")]
objects.append(("RawResponse", transport.RawResponse))
if importlib.util.find_spec(name + "._pagination"):
    pagination = importlib.import_module(name + "._pagination")
    objects += [(k, getattr(pagination, k)) for k in ("SyncPage", "AsyncPage", "AsyncPager")]

failures, checked = [], 0

def check(label, obj):
    global checked
    checked += 1
    try:
        typing.get_type_hints(obj)
    except Exception as exc:
        failures.append(f"{label}: {type(exc).__name__}: {exc}")

for label, obj in objects:
    if not inspect.isclass(obj):
        if inspect.isroutine(obj):  # not an alias (``Unset``) or a constant (``UNSET``)
            check(label, obj)
        continue
    check(label, obj)
    for klass in obj.__mro__:
        if klass.__module__.split(".")[0] != name:
            continue
        for attr, value in vars(klass).items():
            if attr.startswith("_") and attr != "__init__":
                continue
            member = value.fget if isinstance(value, property) else getattr(obj, attr)
            if callable(member) and not inspect.isclass(member):
                check(f"{label}.{attr}", member)
print(json.dumps({"lazy": lazy, "checked": checked, "failures": failures}))
"""

PACKAGES = {
    "realtimekit": ROOT / "generated" / "python",
    # Names that clash with the package's own, files and pagination.
    "c_name_collisions": GOLDEN / "name_collisions" / "python",
    "c_security_oauth2": GOLDEN / "security_oauth2" / "python",
    "c_recursive_types": GOLDEN / "recursive_types" / "python",
    "c_multipart": GOLDEN / "multipart" / "python",
    "swagger_petstore_open_api_3_0": GOLDEN / "swagger-petstore" / "python",
}


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_get_type_hints_resolves_the_whole_public_api(package: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", WALK, package],
        cwd=PACKAGES[package],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["failures"] == [], "\n".join(report["failures"])
    assert report["checked"] > 20
    # Importing the package still loads none of what the annotations name lazily.
    assert report["lazy"] == []


def test_the_hints_are_the_classes_themselves() -> None:
    import typing

    from realtimekit import AsyncRealtimeKit, RealtimeKit, SyncPage
    from realtimekit.errors import NotFoundError
    from realtimekit.models import ErrorResponse, Recording, StartRecordingRequest

    hints = typing.get_type_hints(RealtimeKit.start_recording)
    assert hints["request"] is StartRecordingRequest and hints["return"] is Recording
    page = typing.get_type_hints(RealtimeKit.list_recordings)["return"]
    assert typing.get_origin(page) is SyncPage and typing.get_args(page)[0] is Recording
    assert typing.get_type_hints(AsyncRealtimeKit.get_recording)["return"] is Recording
    assert typing.get_type_hints(NotFoundError)["parsed"] == ErrorResponse | None
