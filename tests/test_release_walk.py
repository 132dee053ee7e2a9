"""A maintainer's release walk, scripted: eight ordinary spec changes, one release each.

For each change, on a copy of our spec (ours is never touched): ``diff`` names the change's
kind and the bump it needs; ``--check-version`` accepts the release's version and refuses one
bump too small; the changelog section lists it under the right heading; and the package
regenerated from the new spec behaves as the change says, checked by a script that imports it.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
Doc = dict[str, Any]
ACTIVE = "/accounts/{account_id}/realtimekit/recordings/active-recording/{meeting_id}"
ONE = "/accounts/{account_id}/realtimekit/recordings/{recording_id}"


def schemas(doc: Doc) -> dict[str, Any]:
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


def optional_response_field(doc: Doc) -> None:
    schemas(doc)["Recording"]["properties"]["label"] = {
        "type": "string",
        "description": "A label given to the recording.",
    }


def request_field_with_default(doc: Doc) -> None:
    schemas(doc)["StartRecordingRequest"]["properties"]["priority"] = {
        "type": "integer",
        "default": 5,
        "description": "Scheduling priority of the recording.",
    }


def response_enum_value(doc: Doc) -> None:
    schemas(doc)["RecordingStatus"]["enum"].append("ARCHIVED")


def tightened_maximum(doc: Doc) -> None:
    schemas(doc)["StartRecordingRequest"]["properties"]["max_seconds"]["maximum"] = 3600


def schema_rename(doc: Doc) -> None:
    found = schemas(doc).pop("WatermarkSize")
    schemas(doc)["WatermarkDimensions"] = found
    watermark = schemas(doc)["Watermark"]["properties"]["size"]
    watermark["$ref"] = "#/components/schemas/WatermarkDimensions"


def new_operation(doc: Doc) -> None:
    doc["paths"][ONE]["delete"] = {
        "operationId": "deleteRecording",
        "summary": "Delete a recording",
        "tags": doc["paths"][ONE]["get"].get("tags", []),
        "responses": {"204": {"description": "Deleted."}},
    }


def deprecation(doc: Doc) -> None:
    doc["paths"][ACTIVE]["get"]["deprecated"] = True
    doc["paths"][ACTIVE]["get"]["x-deprecation-message"] = "use list_recordings() instead"


def removal_of_the_deprecated_operation(doc: Doc) -> None:
    del doc["paths"][ACTIVE]


@dataclass(frozen=True)
class Step:
    change: Callable[[Doc], None]
    kind: str  # what diff calls it
    bump: str
    version: str  # the release's version; the previous one plus `bump`
    too_small: str  # a version whose bump is one short
    heading: str  # its section in the changelog
    behaves: str  # a script run against the regenerated package; it must print "ok"


STEPS = [
    Step(
        optional_response_field,
        "response-field-added",
        "minor",
        "1.2.0",
        "1.1.1",
        "### Added",
        "from realtimekit.models import Recording\n"
        "assert 'label' in Recording.__dataclass_fields__\n",
    ),
    Step(
        request_field_with_default,
        "request-field-added",
        "minor",
        "1.3.0",
        "1.2.1",
        "### Added",
        "from realtimekit.models import StartRecordingRequest\n"
        "body = StartRecordingRequest(meeting_id='m', priority=3).to_dict()\n"
        "assert body['priority'] == 3, body\n",
    ),
    Step(
        response_enum_value,
        "response-enum-value-added",
        "minor",
        "1.4.0",
        "1.3.1",
        "### Added",
        "from realtimekit.models import RecordingStatus\n"
        "assert RecordingStatus('ARCHIVED') is RecordingStatus.ARCHIVED\n",
    ),
    Step(
        tightened_maximum,
        "constraint-narrowed",
        "major",
        "2.0.0",
        "1.5.0",
        "### Breaking",
        "from realtimekit import RealtimeKit\n"
        "from realtimekit.errors import ValidationError\n"
        "from realtimekit.models import StartRecordingRequest\n"
        "client = RealtimeKit(api_token='t', base_url='http://127.0.0.1:9', max_retries=0)\n"
        "request = StartRecordingRequest(meeting_id='m', max_seconds=7200)\n"
        "try:\n"
        "    client.start_recording('acc', request)\n"
        "except ValidationError as exc:  # before any request: nothing listens on port 9\n"
        "    assert 'max_seconds' in str(exc), exc\n"
        "else:\n"
        "    raise AssertionError('7200 s was accepted')\n",
    ),
    Step(
        schema_rename,
        "class-renamed",
        "major",
        "3.0.0",
        "2.1.0",
        "### Breaking",
        "import realtimekit.models as m\n"
        "assert hasattr(m, 'WatermarkDimensions') and not hasattr(m, 'WatermarkSize')\n",
    ),
    Step(
        new_operation,
        "operation-added",
        "minor",
        "3.1.0",
        "3.0.1",
        "### Added",
        "from realtimekit import RealtimeKit\nassert callable(RealtimeKit.delete_recording)\n",
    ),
    Step(
        deprecation,
        "deprecated",
        "minor",
        "3.2.0",
        "3.1.1",
        "### Deprecated",
        "import warnings\n"
        "from realtimekit import RealtimeKit\n"
        "from realtimekit.errors import APIConnectionError\n"
        "client = RealtimeKit(api_token='t', base_url='http://127.0.0.1:9', max_retries=0)\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    try:\n"
        "        client.get_active_recording('acc', 'm')\n"
        "    except APIConnectionError:\n"
        "        pass\n"
        "assert [w.category for w in caught] == [DeprecationWarning], caught\n",
    ),
    Step(
        removal_of_the_deprecated_operation,
        "operation-removed",
        "major",
        "4.0.0",
        "3.3.0",
        "### Breaking",
        "from realtimekit import RealtimeKit\n"
        "assert not hasattr(RealtimeKit, 'get_active_recording')\n",
    ),
]


def generator(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    """(previous spec, new spec) of each step, each applied on top of the ones before."""
    folder = tmp_path_factory.mktemp("walk")
    doc: Doc = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    assert doc["info"]["version"] == "1.1.0"
    previous = folder / "v1.1.0.yaml"
    previous.write_text(yaml.safe_dump(doc, sort_keys=False))
    pairs = []
    for step in STEPS:
        doc = copy.deepcopy(doc)
        step.change(doc)
        doc["info"]["version"] = step.version
        new = folder / f"v{step.version}.yaml"
        new.write_text(yaml.safe_dump(doc, sort_keys=False))
        pairs.append((previous, new))
        previous = new
    return pairs


@pytest.mark.parametrize("index", range(len(STEPS)), ids=[s.change.__name__ for s in STEPS])
def test_a_release(index: int, releases: list[tuple[Path, Path]], tmp_path: Path) -> None:
    step = STEPS[index]
    old, new = releases[index]

    report = json.loads(generator("diff", str(old), str(new), "--format", "json").stdout)
    kinds = {(c["kind"], c["bump"]) for c in report["changes"]}
    assert (step.kind, step.bump) in kinds, report["changes"]
    assert report["bump"] == step.bump
    assert report["new"]["package_version"] == step.version

    assert generator("diff", str(old), str(new), "--check-version").returncode == 0
    short = yaml.safe_load(new.read_text())
    short["info"]["version"] = step.too_small
    too_small = tmp_path / "too-small.yaml"
    too_small.write_text(yaml.safe_dump(short, sort_keys=False))
    refused = generator("diff", str(old), str(too_small), "--check-version")
    assert refused.returncode == 1, refused.stdout + refused.stderr

    changelog = generator(
        "diff", str(old), str(new), "--format", "changelog", "--date", "2026-12-07"
    ).stdout
    assert changelog.startswith(f"## [{step.version}] - 2026-12-07\n"), changelog
    section = changelog.split(step.heading + "\n", 1)
    assert len(section) == 2 and section[1].lstrip().startswith("- "), changelog

    out = tmp_path / "generated"
    made = generator("generate", "--spec", str(new), "--out", str(out))
    assert made.returncode == 0, made.stderr
    script = tmp_path / "behaves.py"
    script.write_text(textwrap.dedent(step.behaves) + "print('ok')\n")
    ran = subprocess.run(
        [sys.executable, str(script)],
        env={"PYTHONPATH": str(out / "python"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert ran.stdout == "ok\n", ran.stderr


def test_the_removal_says_since_when_the_operation_was_deprecated(
    releases: list[tuple[Path, Path]],
) -> None:
    old, new = releases[-1]
    report = json.loads(generator("diff", str(old), str(new), "--format", "json").stdout)
    (removed,) = [c for c in report["changes"] if c["kind"] == "operation-removed"]
    assert "(it was deprecated in 3.2.0)" in removed["message"]
