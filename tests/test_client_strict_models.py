"""Request models refuse what they cannot send (unknown keys, plain dicts kept as dicts), and
rule errors say why, in the words the docs list the rules with; sync and async."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from realtimekit import AsyncRealtimeKit, RealtimeKit
from realtimekit.errors import ValidationError
from realtimekit.models import (
    Recording,
    StartRecordingRequest,
    StorageConfig,
    VideoConfig,
    Watermark,
)
from samples import STARTED

BASE = "https://api.test/client/v4"
DOCS = Path(__file__).resolve().parent.parent / "generated" / "docs" / "docs"


class Server:
    def __init__(self, body: dict[str, Any] = STARTED) -> None:
        self.body = body
        self.sent: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(json.loads(request.content or b"null"))
        return httpx.Response(200, json=self.body)

    def start(self, request: StartRecordingRequest) -> Any:
        http = httpx.Client(transport=httpx.MockTransport(self))
        with RealtimeKit(api_token="t", base_url=BASE, http_client=http) as client:
            return client.start_recording("acc", request)

    def start_async(self, request: StartRecordingRequest) -> Any:
        async def call() -> Any:
            http = httpx.AsyncClient(transport=httpx.MockTransport(self))
            async with AsyncRealtimeKit(api_token="t", base_url=BASE, http_client=http) as client:
                return await client.start_recording("acc", request)

        return asyncio.run(call())


def problems(call: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.errors


# -- item 4: unknown keys ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"maxSeconds": 600}, "unknown field 'maxSeconds'; did you mean 'max_seconds'?"),
        (
            {"video_config": {"widht": 1280}},
            "video_config: unknown field 'widht'; did you mean 'width'?",
        ),
        (
            {"video_config": {"watermark": {"size": {"hieght": 5}}}},
            "video_config.watermark.size: unknown field 'hieght'; did you mean 'height'?",
        ),
        ({"storage_config": {"type": "gcs", "zzz": 1}}, "storage_config: unknown field 'zzz'"),
    ],
)
def test_from_dict_names_an_unknown_key_with_the_closest_valid_one(
    data: dict[str, Any], message: str
) -> None:
    assert problems(lambda: StartRecordingRequest.from_dict(data)) == [message]


def test_a_misspelt_secret_key_is_named_but_its_value_is_never_shown() -> None:
    data = {"storage_config": {"type": "gcs", "scret": "hunter2-value"}}
    errors = problems(lambda: StartRecordingRequest.from_dict(data))
    assert errors == ["storage_config: unknown field 'scret'; did you mean 'secret'?"]
    assert "hunter2" not in str(errors)


def test_responses_stay_lenient_about_keys_the_api_added_later() -> None:
    body = {"success": True, "data": {**STARTED["data"], "new_field": 1}}
    for start in (Server(body).start, Server(body).start_async):
        answer = start(StartRecordingRequest(meeting_id="m"))  # the envelope's data
        assert answer.extra == {"new_field": 1}
    # a response model's from_dict keeps them too: it is data the API sent
    assert Recording.from_dict({**STARTED["data"], "new_field": 1}).extra == {"new_field": 1}


# -- item 4: plain dicts for nested models ---------------------------------------------------
SETTINGS = {
    "storage_config": {"type": "aws", "access_key": "AKIA-key", "secret": "s3cr3t-value"},
    "video_config": {"codec": "H264", "watermark": {"url": "https://x.test/w.png"}},
}


def test_plain_dicts_for_nested_models_become_models_and_secrets_stay_hidden() -> None:
    request = StartRecordingRequest(**SETTINGS)  # type: ignore[arg-type]
    assert isinstance(request.storage_config, StorageConfig)
    assert isinstance(request.video_config, VideoConfig)
    assert isinstance(request.video_config.watermark, Watermark)
    assert request == StartRecordingRequest.from_dict(SETTINGS)
    assert "s3cr3t" not in repr(request) and "AKIA" not in repr(request)
    for server, start in ((s := Server(), s.start), (a := Server(), a.start_async)):
        start(request)
        assert server.sent == [SETTINGS]


def test_a_plain_dict_for_a_nested_model_is_checked_as_from_dict_checks_it() -> None:
    bad = {"type": "aws", "secret": "s3cr3t-value", "acess_key": "k"}
    errors = problems(lambda: StartRecordingRequest(storage_config=bad))  # type: ignore[arg-type]
    assert errors == [
        "`storage_config.access_key` is required because `storage_config.type` is `aws`, "
        "`azure` or `digitalocean`"
    ]
    bad = {"type": "gcs", "acess_key": "k"}
    errors = problems(lambda: StartRecordingRequest(storage_config=bad))  # type: ignore[arg-type]
    assert errors == ["storage_config: unknown field 'acess_key'; did you mean 'access_key'?"]


# -- item 5: rule errors say why -------------------------------------------------------------
RULES = [
    (
        {"video_config": {"codec": "VP8"}, "audio_config": {"codec": "AAC"}},
        "`audio_config.codec` must not be set because `video_config.codec` is `VP8`",
        "If `video_config.codec` is `VP8`, `audio_config.codec` must not be set.",
    ),
    (
        {"storage_config": {"type": "azure"}},
        "`storage_config.access_key` is required because `storage_config.type` is `aws`, "
        "`azure` or `digitalocean`",
        "If `storage_config.type` is `aws`, `azure` or `digitalocean`, "
        "`storage_config.access_key` is required.",
    ),
    (
        {"storage_config": {"type": "sftp", "auth_method": "KEY"}},
        "`storage_config.private_key` is required because `storage_config.auth_method` is `KEY`",
        "If `storage_config.auth_method` is `KEY`, `storage_config.private_key` is required.",
    ),
    (
        {"storage_config": {"type": "sftp", "auth_method": "PASSWORD"}},
        "`storage_config.password` is required because `storage_config.auth_method` is `PASSWORD`",
        "If `storage_config.auth_method` is `PASSWORD`, `storage_config.password` is required.",
    ),
]


@pytest.mark.parametrize(("data", "message", "documented"), RULES)
def test_a_broken_rule_says_why_in_the_words_of_the_docs(
    data: dict[str, Any], message: str, documented: str
) -> None:
    if "audio_config" in data:  # a rule between two fields: checked when the request is sent
        request = StartRecordingRequest(**data)
    else:  # a nested model's own rule: checked when it is built from a plain dict, and sent
        assert problems(lambda: StartRecordingRequest(**data)) == [message]
        request = StartRecordingRequest(storage_config=StorageConfig(**data["storage_config"]))
    server = Server()
    assert problems(lambda: server.start(request)) == [message]
    assert problems(lambda: server.start_async(request)) == [message]
    assert server.sent == []
    assert problems(lambda: StartRecordingRequest.from_dict(data)) == [message]
    page = (DOCS / "operations" / "start-recording.md").read_text()
    assert documented in page
    # The same words: the condition and the consequence of the listed rule are in the error.
    condition, consequence = re.fullmatch(r"If (.*), (.*)\.", documented).groups()  # type: ignore[union-attr]
    assert message == f"{consequence} because {condition}"
