"""Conformance: Prism, an independent mock, checks every request the generated client sends.

Run by `nox -s conformance`, which installs Prism from npm, starts it with `--errors` on a free
loopback port and passes its URL in PRISM_URL. Any request Prism flags (an `sl-violations`
header or a 4xx) or any response the client cannot parse fails the test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime, timezone

import httpx
import pytest
from realtimekit import RealtimeKit, SyncPage
from realtimekit.models import (
    AudioChannel,
    AudioCodec,
    AudioConfig,
    InteractiveConfig,
    RealtimekitBucketConfig,
    Recording,
    RecordingAction,
    RecordingSortField,
    RecordingStatus,
    RtmpOutConfig,
    SortOrder,
    StartRecordingRequest,
    StorageAuthMethod,
    StorageConfig,
    StorageType,
    UpdateRecordingRequest,
    VideoCodec,
    VideoConfig,
    Watermark,
    WatermarkPosition,
    WatermarkSize,
)

ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353"
RECORDING = "2a7f3e4c-5b6d-4e8f-9a0b-1c2d3e4f5a6b"
MEETING = "97440c6a-140b-40a9-9499-b23fd7a3868a"

REQUESTS = {
    "empty": StartRecordingRequest(),
    "minimal": StartRecordingRequest(meeting_id="97440c6a-140b-40a9-9499-b23fd7a3868a"),
    "everything": StartRecordingRequest(
        url="https://example.com/screen",
        meeting_id="97440c6a-140b-40a9-9499-b23fd7a3868a",
        max_seconds=86400,
        file_name_prefix="",
        allow_multiple_recordings=False,
        audio_config=AudioConfig(
            export_file=False, channel=AudioChannel.MONO, codec=AudioCodec.MP3
        ),
        video_config=VideoConfig(
            export_file=True,
            width=1920,
            height=1,
            codec=VideoCodec.H264,
            watermark=Watermark(
                url="https://example.com/w.png",
                size=WatermarkSize(width=1, height=1),
                position=WatermarkPosition.LEFT_BOTTOM,
            ),
        ),
        realtimekit_bucket_config=RealtimekitBucketConfig(enabled=False),
        rtmp_out_config=RtmpOutConfig(rtmp_url="rtmp://live.example.com/app/key"),
        interactive_config=InteractiveConfig(type="ID3"),
        storage_config=StorageConfig(
            type=StorageType.AZURE, bucket="b", region="r", path="p", access_key="a", secret="s"
        ),
    ),
    "vp8 without audio codec": StartRecordingRequest(
        video_config=VideoConfig(codec="VP8"), audio_config=AudioConfig(channel="stereo")
    ),
    "gcs without access key": StartRecordingRequest(storage_config=StorageConfig(type="gcs")),
    "sftp with key": StartRecordingRequest(
        storage_config=StorageConfig(
            type="sftp",
            host="sftp.example.com",
            port=22,
            username="u",
            auth_method=StorageAuthMethod.KEY,
            private_key="-----BEGIN KEY-----",
        )
    ),
    "sftp with password": StartRecordingRequest(
        storage_config=StorageConfig(type="sftp", auth_method="PASSWORD", password="pw")
    ),
}


@pytest.fixture(scope="module")
def prism() -> Iterator[tuple[RealtimeKit, list[httpx.Response]]]:
    url = os.environ["PRISM_URL"]
    seen: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [seen.append]})
    with RealtimeKit(api_token="conformance", base_url=url, http_client=http, max_retries=0) as c:
        yield c, seen
    http.close()


@pytest.mark.parametrize("name", list(REQUESTS))
def test_prism_accepts_every_request_the_client_sends(
    prism: tuple[RealtimeKit, list[httpx.Response]], name: str
) -> None:
    client, seen = prism
    seen.clear()
    recording = client.start_recording(ACCOUNT, REQUESTS[name])
    (response,) = seen
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    assert response.status_code == 200
    assert recording.id


def test_prism_and_the_client_agree_on_a_broken_rule(
    prism: tuple[RealtimeKit, list[httpx.Response]],
) -> None:
    """Sent raw (the client would refuse it), the VP8 + audio codec body is rejected by Prism."""
    url = os.environ["PRISM_URL"]
    body = {"video_config": {"codec": "VP8"}, "audio_config": {"codec": "AAC"}}
    response = httpx.post(
        f"{url}/accounts/{ACCOUNT}/realtimekit/recordings",
        json=body,
        headers={"Authorization": "Bearer conformance"},
    )
    assert response.status_code in (400, 422)
    assert "sl-violations" in response.headers


Call = Callable[[RealtimeKit], object]
NOON = datetime(2025, 3, 14, 12, 0, tzinfo=timezone.utc)

# Every operation added after "Start recording", with every parameter it takes.
CALLS: dict[str, Call] = {
    "list, no filter": lambda c: list(c.list_recordings(ACCOUNT)),
    "list, every query parameter": lambda c: c.list_recordings(
        ACCOUNT,
        meeting_id=MEETING,
        page_no=2,
        per_page=25,
        status=[RecordingStatus.RECORDING, RecordingStatus.PAUSED],
        sort_by=RecordingSortField.INVOKED_TIME,
        sort_order=SortOrder.DESC,
        start_time=NOON,
        end_time=NOON,
        expired=False,
        search="weekly sync",
    ),
    "get": lambda c: c.get_recording(ACCOUNT, RECORDING),
    "pause": lambda c: c.update_recording(
        ACCOUNT, RECORDING, UpdateRecordingRequest(action=RecordingAction.PAUSE)
    ),
    "resume": lambda c: c.update_recording(
        ACCOUNT, RECORDING, UpdateRecordingRequest(action="resume")
    ),
    "stop": lambda c: c.update_recording(ACCOUNT, RECORDING, UpdateRecordingRequest(action="stop")),
    "active recording": lambda c: c.get_active_recording(ACCOUNT, MEETING),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_prism_accepts_every_operation_of_the_workflow(
    prism: tuple[RealtimeKit, list[httpx.Response]], name: str
) -> None:
    client, seen = prism
    seen.clear()
    result = CALLS[name](client)
    assert seen, "no request was sent"
    for response in seen:
        assert "sl-violations" not in response.headers, response.headers["sl-violations"]
        assert response.status_code == 200, response.text
    if isinstance(result, SyncPage):
        assert all(isinstance(r, Recording) for r in result.items)
        assert result.total is not None
    elif isinstance(result, list):
        assert result and all(isinstance(r, Recording) for r in result)
    else:
        assert isinstance(result, Recording) and result.id


@pytest.mark.parametrize("query", ["per_page=0", "status=STOPPED", "expired=maybe"])
def test_prism_flags_query_parameters_the_client_refuses(query: str) -> None:
    """Proof that Prism checks the query string the passing tests above send."""
    url = os.environ["PRISM_URL"]
    response = httpx.get(
        f"{url}/accounts/{ACCOUNT}/realtimekit/recordings?{query}",
        headers={"Authorization": "Bearer conformance"},
    )
    assert response.status_code in (400, 422)
    assert "sl-violations" in response.headers
