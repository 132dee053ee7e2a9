"""``deprecated: true`` end to end: the model, a warning from the client (once per call site,
pointing at the caller), type checkers flagging each call, the docs' notice, and ``diff``.

The spec is a copy of ours with an operation, a query parameter and a property deprecated.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import build
from generator.load import load_spec
from generator.validate import check

ROOT = Path(__file__).resolve().parent.parent
ACTIVE = "/accounts/{account_id}/realtimekit/recordings/active-recording/{meeting_id}"
LIST = "/accounts/{account_id}/realtimekit/recordings"
REASON = "use list_recordings(status=...) instead"


def deprecated_spec() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    active = doc["paths"][ACTIVE]["get"]
    active["deprecated"] = True
    active["x-deprecation-message"] = REASON
    (search,) = [p for p in doc["paths"][LIST]["get"]["parameters"] if p.get("name") == "search"]
    search["deprecated"] = True
    request = doc["components"]["schemas"]["StartRecordingRequest"]
    request["properties"]["file_name_prefix"]["deprecated"] = True
    return doc


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("deprecated")
    spec = folder / "openapi.yaml"
    spec.write_text(yaml.safe_dump(deprecated_spec(), sort_keys=False))
    out = folder / "generated"
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out


def test_the_model_carries_deprecation_and_its_reason(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(deprecated_spec(), sort_keys=False))
    report = check(load_spec(spec))
    assert report.spec is not None
    api = build(report.spec, [])
    by_name = {op.python_name: op for op in api.operations}
    assert by_name["get_active_recording"].deprecated
    assert by_name["get_active_recording"].deprecation == REASON
    assert not by_name["get_recording"].deprecated
    search = [p for p in by_name["list_recordings"].query_params if p.name == "search"]
    assert [p.deprecated for p in search] == [True]
    fields = {f.name: f for f in api.model("StartRecordingRequest").fields}
    assert fields["file_name_prefix"].deprecated and not fields["meeting_id"].deprecated


CALLS = """\
import asyncio, json, warnings
from realtimekit import AsyncRealtimeKit, RealtimeKit
from realtimekit.errors import APIConnectionError

client = RealtimeKit(api_token="t", base_url="http://127.0.0.1:9", max_retries=0)
aclient = AsyncRealtimeKit(api_token="t", base_url="http://127.0.0.1:9", max_retries=0)

def attempt(call):
    try:
        call()
    except APIConnectionError:  # nothing listens: the warning comes before any request
        pass

async def main():
    try:
        await aclient.get_active_recording("acc", "m")  # ASYNC
    except APIConnectionError:
        pass

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    attempt(lambda: client.get_active_recording("acc", "m"))  # SYNC
    attempt(lambda: client.get_recording("acc", "r"))
    attempt(lambda: client.list_recordings("acc", search="x"))  # PARAMETER
    attempt(lambda: client.list_recordings("acc"))
    attempt(lambda: client.with_raw_response.get_active_recording("acc", "m"))  # RAW
    attempt(lambda: client.with_raw_response.list_recordings("acc", search="x"))  # RAW PARAMETER
    asyncio.run(main())
print(json.dumps([
    [w.category.__name__, str(w.message), w.filename, w.lineno] for w in caught
]))
"""


def line_of(marker: str) -> int:
    return next(i for i, line in enumerate(CALLS.splitlines(), 1) if f"# {marker}" in line)


def test_calls_warn_once_each_pointing_at_the_caller(out: Path, tmp_path: Path) -> None:
    script = tmp_path / "calls.py"
    script.write_text(CALLS)
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env={"PYTHONPATH": str(out / "python"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    message = f"get_active_recording is deprecated: {REASON}"
    parameter = "search= of list_recordings is deprecated"
    assert json.loads(result.stdout) == [
        ["DeprecationWarning", message, str(script), line_of("SYNC")],
        ["DeprecationWarning", parameter, str(script), line_of("PARAMETER")],
        # A raw call is the method itself: its warnings point at the caller's line too.
        ["DeprecationWarning", message, str(script), line_of("RAW")],
        ["DeprecationWarning", parameter, str(script), line_of("RAW PARAMETER")],
        ["DeprecationWarning", message, str(script), line_of("ASYNC")],
    ]


def test_type_checkers_flag_each_call_of_a_deprecated_method(out: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.py"
    user.write_text(
        textwrap.dedent(
            """\
            from realtimekit import RealtimeKit

            client = RealtimeKit()
            client.get_recording("acc", "r")
            client.get_active_recording("acc", "m")
            """
        )
    )
    result = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--enable-error-code", "deprecated"),
            *("--cache-dir", str(tmp_path / "cache"), str(user)),
        ],
        env={"MYPYPATH": str(out / "python"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    flagged = [line for line in result.stdout.splitlines() if "[deprecated]" in line]
    assert len(flagged) == 1, result.stdout
    assert flagged[0].startswith(f"{user}:5:")
    assert REASON in flagged[0]


def test_the_docs_show_a_deprecated_notice_with_the_reason(out: Path) -> None:
    page = (out / "docs" / "docs" / "operations" / "get-active-recording.md").read_text()
    assert '!!! warning "Deprecated"' in page
    assert f"`get_active_recording` is deprecated: {REASON}." in page
    listing = (out / "docs" / "docs" / "operations" / "list-recordings.md").read_text()
    search = listing.split('<span class="field-name">`search`</span>', 1)[1].split(
        "</div>\n</div>"
    )[0]
    assert '<span class="deprecated">deprecated</span>' in search
    assert "**Deprecated**." in search
    start = (out / "docs" / "docs" / "operations" / "start-recording.md").read_text()
    prefix = start.split('<span class="field-name">`file_name_prefix`</span>', 1)[1]
    assert '<span class="deprecated">deprecated</span>' in prefix.split("\n", 1)[0]


def diff_json(old: Path, new: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(old), str(new), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_diff_reports_a_deprecation_as_its_own_minor_kind(tmp_path: Path) -> None:
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(deprecated_spec(), sort_keys=False))
    report = diff_json(ROOT / "spec" / "openapi.yaml", new)
    kinds = sorted((c["kind"], c["bump"], c["where"]) for c in report["changes"])
    assert kinds == [
        ("deprecated", "minor", f"GET {LIST} query.search"),
        ("deprecated", "minor", f"GET {ACTIVE}"),
        ("deprecated", "minor", "StartRecordingRequest.file_name_prefix"),
    ]


def test_removing_a_deprecated_operation_is_breaking_and_says_since_when(tmp_path: Path) -> None:
    old_doc = deprecated_spec()
    old_doc["info"]["version"] = "1.4.0"
    new_doc = deprecated_spec()
    del new_doc["paths"][ACTIVE]
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(old_doc, sort_keys=False))
    new.write_text(yaml.safe_dump(new_doc, sort_keys=False))
    (removed,) = [c for c in diff_json(old, new)["changes"] if c["kind"] == "operation-removed"]
    assert removed["bump"] == "major"
    assert "(it was deprecated in 1.4.0)" in removed["message"]
