"""End to end: the whole recording workflow, with the installed client, against the stateful mock.

start (five recordings, two meetings) → get → pause → resume → stop → list (walked page by
page, one page, filtered by meeting) → an unknown id, for the sync and the async client. The
program runs in a fresh venv that has only the generated package; the test then checks what
came back and what the mock received.
"""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest
from mockserver import MockServer

MEETING_A = "97440c6a-140b-40a9-9499-b23fd7a3868a"
MEETING_B = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"
UNKNOWN = "00000000-0000-4000-8000-000000000000"

PROGRAM = """
import asyncio, json, sys
from realtimekit import AsyncRealtimeKit, RealtimeKit
from realtimekit.errors import NotFoundError
from realtimekit.models import RecordingAction, StartRecordingRequest, UpdateRecordingRequest

base_url, account, mode = sys.argv[1:4]
meetings = [{a!r}, {a!r}, {b!r}, {a!r}, {b!r}]
actions = [RecordingAction.PAUSE, RecordingAction.RESUME, RecordingAction.STOP]


def summary(recording):
    return {{"id": recording.id, "status": str(recording.status)}}


def run_sync():
    out = {{}}
    with RealtimeKit(api_token="t0ken", base_url=base_url) as client:
        started = [client.start_recording(account, StartRecordingRequest(meeting_id=m))
                   for m in meetings]
        out["started"] = [summary(r) for r in started]
        first = started[0].id
        out["got"] = summary(client.get_recording(account, first))
        out["updated"] = [
            summary(client.update_recording(account, first, UpdateRecordingRequest(action=a)))
            for a in actions
        ]
        out["walked"] = [r.id for r in client.list_recordings(account, per_page=2)]
        page = client.list_recordings(account, page_no=2, per_page=2)
        out["page"] = {{"number": page.page_number, "ids": [r.id for r in page.items],
                       "total": page.total, "has_next": page.has_next_page()}}
        out["meeting_a"] = [r.id for r in client.list_recordings(account, meeting_id={a!r})]
        try:
            client.get_recording(account, {unknown!r})
        except NotFoundError as exc:
            out["unknown"] = [exc.status_code, exc.message]
    return out


async def run_async():
    out = {{}}
    async with AsyncRealtimeKit(api_token="t0ken", base_url=base_url) as client:
        started = [await client.start_recording(account, StartRecordingRequest(meeting_id=m))
                   for m in meetings]
        out["started"] = [summary(r) for r in started]
        first = started[0].id
        out["got"] = summary(await client.get_recording(account, first))
        out["updated"] = [
            summary(await client.update_recording(account, first, UpdateRecordingRequest(action=a)))
            for a in actions
        ]
        out["walked"] = [r.id async for r in client.list_recordings(account, per_page=2)]
        page = await client.list_recordings(account, page_no=2, per_page=2)
        out["page"] = {{"number": page.page_number, "ids": [r.id for r in page.items],
                       "total": page.total, "has_next": page.has_next_page()}}
        out["meeting_a"] = [r.id async for r in client.list_recordings(account, meeting_id={a!r})]
        try:
            await client.get_recording(account, {unknown!r})
        except NotFoundError as exc:
            out["unknown"] = [exc.status_code, exc.message]
    return out


print(json.dumps(run_sync() if mode == "sync" else asyncio.run(run_async())))
"""


def run_workflow(python: Path, mock: MockServer, account: str, mode: str) -> dict[str, Any]:
    code = PROGRAM.format(a=MEETING_A, b=MEETING_B, unknown=UNKNOWN)
    result = subprocess.run(
        [str(python), "-c", textwrap.dedent(code), mock.url, account, mode],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome: dict[str, Any] = json.loads(result.stdout)
    return outcome


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_start_get_pause_resume_stop_list(
    installed_python: Path, mock: MockServer, mode: str
) -> None:
    mock.reset()
    account = f"workflow-{mode}"
    out = run_workflow(installed_python, mock, account, mode)

    ids = [r["id"] for r in out["started"]]
    assert len(set(ids)) == 5, "every start gets a fresh id"
    first = ids[0]
    assert out["got"]["id"] == first
    assert [r["id"] for r in out["updated"]] == [first] * 3
    # Every recording of the account, in creation order, across pages of two.
    assert out["walked"] == ids
    assert out["page"] == {"number": 2, "ids": ids[2:4], "total": 5, "has_next": True}
    assert out["meeting_a"] == [ids[0], ids[1], ids[3]]
    status, message = out["unknown"]
    assert status == 404 and UNKNOWN in message

    log = [e for e in mock.requests() if f"/accounts/{account}/" in e["path"]]
    puts = [e for e in log if e["method"] == "PUT"]
    assert [e["body"] for e in puts] == [{"action": a} for a in ("pause", "resume", "stop")]
    assert {e["path"] for e in puts} == {f"/accounts/{account}/realtimekit/recordings/{first}"}
    walk = [e["query"] for e in log if e["method"] == "GET" and e["path"].endswith("/recordings")]
    # The walk asked for pages 1 (the server's default), 2 and 3, each with per_page=2; then
    # one page; then the meeting filter, whose single page held everything.
    assert [q.get("page_no") for q in walk[:3]] == [None, ["2"], ["3"]]
    assert all(q.get("per_page") == ["2"] for q in walk[:4])
    assert walk[4] == {"meeting_id": [MEETING_A]}


def test_accounts_do_not_share_recordings(installed_python: Path, mock: MockServer) -> None:
    mock.reset()
    mine = run_workflow(installed_python, mock, "workflow-mine", "sync")
    theirs = run_workflow(installed_python, mock, "workflow-theirs", "sync")
    assert not set(mine["walked"]) & set(theirs["walked"])
    assert len(theirs["walked"]) == 5
