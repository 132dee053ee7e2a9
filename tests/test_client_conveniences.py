"""What users of well-known SDKs expect: requests from plain data, raw responses, per-call
extras, ``with_options`` and request ids; over an in-process transport that records requests."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest
from realtimekit import AsyncRealtimeKit, RealtimeKit
from realtimekit.errors import (
    APIResponseValidationError,
    ConflictError,
    InternalServerError,
    ValidationError,
)
from realtimekit.models import (
    ListRecordingsResponse,
    Recording,
    StartRecordingRequest,
    VideoConfig,
)
from samples import STARTED

BASE = "https://api.test/client/v4"
PAGE = {
    "success": True,
    "data": [STARTED["data"]],
    "paging": {"total_count": 1, "start_offset": 1, "end_offset": 1},
}


class Server:
    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses) or [httpx.Response(200, json=STARTED)]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses[min(len(self.requests), len(self.responses)) - 1]

    def client(self, **options: Any) -> RealtimeKit:
        http = httpx.Client(transport=httpx.MockTransport(self))
        return RealtimeKit(api_token="tok-secret", base_url=BASE, http_client=http, **options)

    def async_client(self) -> AsyncRealtimeKit:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self))
        return AsyncRealtimeKit(api_token="tok-secret", base_url=BASE, http_client=http)


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.sleep", lambda _delay: None)


# -- requests from plain data ---------------------------------------------------------------
BAD_SETTINGS = {
    "max_seconds": 5,
    "video_config": {"width": 5000, "codec": "VP9"},
    "storage_config": {"type": "sftp", "auth_method": "PASSWORD"},
}


def test_from_dict_names_every_violation_exactly_as_a_call_does() -> None:
    with pytest.raises(ValidationError) as from_data:
        StartRecordingRequest.from_dict(BAD_SETTINGS)
    assert sorted(from_data.value.errors) == [
        "`storage_config.password` is required because `storage_config.auth_method` is `PASSWORD`",
        "max_seconds: 5 is less than the minimum of 60",
        "video_config.codec: 'VP9' is not one of 'VP8', 'H264'",
        "video_config.width: 5000 is greater than the maximum of 1920",
    ]
    server = Server()
    request = StartRecordingRequest(
        max_seconds=5,
        video_config=VideoConfig(width=5000, codec="VP9"),  # type: ignore[arg-type]
        storage_config=StartRecordingRequest.from_dict(
            {"storage_config": {"type": "sftp"}}
        ).storage_config,
    )
    request.storage_config.auth_method = "PASSWORD"  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as from_call:
        server.client().start_recording("acc", request)
    assert sorted(from_call.value.errors) == sorted(from_data.value.errors)
    assert server.requests == []


def test_from_dict_builds_the_same_model_as_the_constructor() -> None:
    data = {"meeting_id": "97440c6a-140b-40a9-9499-b23fd7a3868a", "video_config": {"width": 640}}
    built = StartRecordingRequest.from_dict(data)
    assert built == StartRecordingRequest(
        meeting_id=data["meeting_id"], video_config=VideoConfig(width=640)
    )
    assert built.to_dict() == data


@pytest.mark.parametrize("data", [["not", "an", "object"], "text", None])
def test_from_dict_refuses_what_is_not_an_object(data: Any) -> None:
    with pytest.raises(ValidationError, match="is not of type 'object'"):
        StartRecordingRequest.from_dict(data)


def test_a_response_model_from_dict_is_a_validation_error_too_but_decoding_keeps_its_own() -> None:
    with pytest.raises(ValidationError, match="id: expected a string, got 1"):
        Recording.from_dict({**STARTED["data"], "id": 1})
    bad = {"success": True, "data": {**STARTED["data"], "id": 1}}
    with pytest.raises(APIResponseValidationError, match="id: expected a string"):
        Server(httpx.Response(200, json=bad)).client().start_recording(
            "acc", StartRecordingRequest()
        )


# -- raw responses ----------------------------------------------------------------------------
def test_raw_response_gives_status_headers_and_parses_on_demand() -> None:
    server = Server(httpx.Response(200, json=STARTED, headers={"cf-ray": "8a1b-SJC"}))
    raw = server.client().with_raw_response.start_recording("acc", StartRecordingRequest())
    assert raw.status_code == 200
    assert raw.headers["cf-ray"] == "8a1b-SJC"
    assert isinstance(raw.http_response, httpx.Response)
    assert repr(raw) == "<RawResponse [200]>"
    recording = raw.parse()
    assert isinstance(recording, Recording) and recording.id == STARTED["data"]["id"]
    assert raw.parse() is recording  # decoded once
    assert len(server.requests) == 1


def test_raw_response_still_raises_for_an_error_status_and_validates_first() -> None:
    server = Server(
        httpx.Response(409, json={"success": False, "error": {"code": 409, "message": "busy"}})
    )
    with pytest.raises(ConflictError):
        server.client().with_raw_response.start_recording("acc", StartRecordingRequest())
    with pytest.raises(ValidationError):
        server.client().with_raw_response.start_recording(
            "acc", StartRecordingRequest(max_seconds=1)
        )
    assert len(server.requests) == 1


def test_raw_response_of_a_paginated_method_is_one_page_parsed_into_the_page() -> None:
    server = Server(httpx.Response(200, json=PAGE))
    raw = server.client().with_raw_response.list_recordings("acc", page_no=3)
    assert server.requests[0].url.params["page_no"] == "3"
    page = raw.parse()
    assert isinstance(page.body, ListRecordingsResponse) and page.page_number == 3


def test_async_raw_response() -> None:
    async def scenario() -> None:
        server = Server(httpx.Response(200, json=STARTED, headers={"x-trace": "t"}))
        async with server.async_client() as client:
            raw = await client.with_raw_response.get_recording("acc", STARTED["data"]["id"])
        assert raw.status_code == 200 and raw.headers["x-trace"] == "t"
        assert raw.parse().id == STARTED["data"]["id"]

    asyncio.run(scenario())


# -- per-call extras --------------------------------------------------------------------------
def test_extras_add_or_replace_headers_query_and_body_fields() -> None:
    server = Server()
    server.client().start_recording(
        "acc",
        StartRecordingRequest(max_seconds=600),
        extra_headers={"X-Beta": "recordings-v2", "User-Agent": "mine/1.0"},
        extra_query={"dry_run": "true"},
        extra_body={"new_flag": True, "max_seconds": 900},
    )
    (request,) = server.requests
    assert request.headers["x-beta"] == "recordings-v2"
    assert request.headers["user-agent"] == "mine/1.0"
    assert request.headers["authorization"] == "Bearer tok-secret"
    assert request.url.params["dry_run"] == "true"
    assert json.loads(request.content) == {"max_seconds": 900, "new_flag": True}


def test_extras_reach_every_page_of_a_walk() -> None:
    server = Server(
        httpx.Response(200, json={**PAGE, "paging": {**PAGE["paging"], "total_count": 2}}),
        httpx.Response(200, json={**PAGE, "data": []}),
    )
    list(
        server.client().list_recordings(
            "acc", extra_headers={"X-Beta": "b"}, extra_query={"f": "1"}
        )
    )
    assert len(server.requests) == 2
    assert all(r.headers["x-beta"] == "b" and r.url.params["f"] == "1" for r in server.requests)


@pytest.mark.parametrize(
    ("extras", "message"),
    [
        (
            {"extra_headers": {"Bad Header": "x"}},
            "extra_headers: 'Bad Header' is not a valid HTTP header name",
        ),
        (
            {"extra_headers": {"X-Token": "s3cret\r\nInjected: 1"}},
            "extra_headers['X-Token']: the value must be text without line breaks",
        ),
        ({"extra_query": {"": "x"}}, "extra_query: '' needs a non-empty name and a str value"),
        ({"extra_body": {"when": object()}}, "extra_body: every value must be JSON"),
    ],
)
def test_unsafe_extras_are_refused_before_sending_and_never_echoed(
    extras: dict[str, Any], message: str
) -> None:
    server = Server()
    with pytest.raises(ValidationError) as raised:
        server.client().start_recording("acc", StartRecordingRequest(), **extras)
    assert message in str(raised.value)
    assert "s3cret" not in str(raised.value)
    assert server.requests == []


def test_extra_header_values_never_reach_the_debug_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="realtimekit")
    server = Server(httpx.Response(503), httpx.Response(200, json=STARTED))
    server.client().start_recording(
        "acc",
        StartRecordingRequest(),
        extra_headers={"X-Secret": "hunter2"},
        extra_query={"k": "q-secret"},
    )
    assert len(server.requests) == 2
    assert caplog.records and "hunter2" not in caplog.text and "q-secret" not in caplog.text


# -- with_options ------------------------------------------------------------------------------
def test_with_options_shares_connections_and_credentials() -> None:
    server = Server(httpx.Response(503), httpx.Response(503), httpx.Response(200, json=STARTED))
    client = server.client()
    other = client.with_options(max_retries=0, timeout=3.0, base_url="https://eu.api.test/v4/")
    assert other._http is client._http and other._credentials is client._credentials
    assert other.base_url == "https://eu.api.test/v4" and client.base_url == BASE
    with pytest.raises(InternalServerError):
        other.start_recording("acc", StartRecordingRequest())
    (sent,) = server.requests
    assert str(sent.url).startswith("https://eu.api.test/v4/accounts/acc/")
    assert sent.extensions["timeout"]["read"] == 3.0
    assert sent.headers["authorization"] == "Bearer tok-secret"
    other.close()  # the shared pool stays open for the original
    assert not client._http.is_closed
    client.start_recording("acc", StartRecordingRequest())  # retried by the original's policy
    assert len(server.requests) == 3


# -- request ids -------------------------------------------------------------------------------
def test_errors_carry_the_request_id_the_spec_names() -> None:
    error = {"success": False, "error": {"code": 409, "message": "busy"}}
    server = Server(httpx.Response(409, json=error, headers={"cf-ray": "8a1b2c3d4e5f-SJC"}))
    with pytest.raises(ConflictError) as raised:
        server.client().start_recording("acc", StartRecordingRequest())
    assert raised.value.request_id == "8a1b2c3d4e5f-SJC"
    assert str(raised.value) == "HTTP 409: busy (code 409) [request id 8a1b2c3d4e5f-SJC]"
    without = Server(httpx.Response(409, json=error))
    with pytest.raises(ConflictError) as raised:
        without.client().start_recording("acc", StartRecordingRequest())
    assert raised.value.request_id is None and "request id" not in str(raised.value)


def test_a_malformed_success_body_carries_the_request_id_too() -> None:
    server = Server(httpx.Response(200, content=b"<html>", headers={"cf-ray": "r-1"}))
    with pytest.raises(APIResponseValidationError) as raised:
        server.client().start_recording("acc", StartRecordingRequest())
    assert raised.value.request_id == "r-1" and "[request id r-1]" in str(raised.value)


def test_from_dict_keeps_write_only_secrets_that_a_response_never_carries() -> None:
    settings = {"storage_config": {"type": "aws", "access_key": "AKIA-1", "secret": "s3cret"}}
    request = StartRecordingRequest.from_dict(settings)
    assert request.storage_config is not None
    assert (request.storage_config.access_key, request.storage_config.secret) == (
        "AKIA-1",
        "s3cret",
    )
    assert "s3cret" not in repr(request)
    server = Server()
    server.client().start_recording("acc", request)
    assert json.loads(server.requests[0].content) == settings
