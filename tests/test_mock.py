"""The mock server over real HTTP: routing, security, validation, responses, control API.

Each server is a subprocess started like a user would (``python -m generator mock SPEC``).
"""

from __future__ import annotations

import copy
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from mockserver import MAIN_SPEC, ROOT, URL_LINE, MockServer, running_mock, start_mock

from generator.load import load_spec
from generator.schemas import validator_for

MINIMAL_SPEC = ROOT / "tests" / "specs" / "mock_minimal.yaml"
ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353"
ROUTE = f"/accounts/{ACCOUNT}/realtimekit/recordings"
TOKEN = {"Authorization": "Bearer test-token"}
SPEC = load_spec(MAIN_SPEC)
OPERATION = SPEC.data["paths"]["/accounts/{account_id}/realtimekit/recordings"]["post"]
EXAMPLE_BODY: dict[str, Any] = OPERATION["requestBody"]["content"]["application/json"]["example"]
RESPONSE_EXAMPLE = OPERATION["responses"]["200"]["content"]["application/json"]["example"]


def schema_errors(document: dict[str, Any], schema_name: str, instance: Any) -> list[str]:
    validator = validator_for(document, ("components", "schemas", schema_name))
    return [error.message for error in validator.iter_errors(instance)]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with running_mock(MAIN_SPEC) as mock:
        yield mock
    assert mock.exit_code == 0
    assert mock.stderr == ""


@pytest.fixture
def mock(server: MockServer) -> MockServer:
    server.reset()
    return server


def post(
    mock: MockServer,
    body: Any = None,
    headers: dict[str, str] | None = None,
    route: str = ROUTE,
    **kwargs: Any,
) -> httpx.Response:
    sent = TOKEN if headers is None else headers
    if body is not None:
        kwargs["json"] = body
    kwargs.setdefault("timeout", 10)
    return httpx.post(mock.url + route, headers=sent, **kwargs)


def error_of(response: httpx.Response, status: int) -> dict[str, Any]:
    """The error object of an error response, after checking it is the API's envelope."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    payload = response.json()
    assert schema_errors(SPEC.data, "ErrorResponse", payload) == []
    assert payload["success"] is False
    assert payload["error"]["code"] == status
    error: dict[str, Any] = payload["error"]
    return error


# -- startup ------------------------------------------------------------------------------------


def test_first_stdout_line_names_the_spec_and_the_url(server: MockServer) -> None:
    # The URL ends with the path of the spec's server, https://api.cloudflare.com/client/v4.
    assert server.url == server.root + "/client/v4"
    assert server.root.startswith("http://127.0.0.1:")
    assert int(server.root.rsplit(":", 1)[1]) > 0
    assert URL_LINE.match(f"Mock server for spec/openapi.yaml listening on {server.url}")
    assert server.control("GET", "health").json() == {"ok": True}
    assert httpx.get(server.url + "/__mock__/health", timeout=10).json() == {"ok": True}


# -- valid requests -----------------------------------------------------------------------------


def test_valid_request_gets_the_spec_example(mock: MockServer) -> None:
    response = post(mock, EXAMPLE_BODY)
    assert response.status_code == 200
    assert schema_errors(SPEC.data, "StartRecordingResponse", response.json()) == []
    # Recording has no property named like a request field, so nothing is echoed; the new
    # recording gets a fresh id (a collection: see tests/test_mock_state.py).
    fresh = response.json()["data"]["id"]
    assert fresh != RESPONSE_EXAMPLE["data"]["id"]
    assert str(uuid.UUID(fresh)) == fresh
    assert response.json() == {
        **RESPONSE_EXAMPLE,
        "data": {**RESPONSE_EXAMPLE["data"], "id": fresh},
    }


def test_legacy_key_pair_is_accepted(mock: MockServer) -> None:
    headers = {"X-Auth-Email": "user@example.com", "X-Auth-Key": "k"}
    assert post(mock, {"meeting_id": "m"}, headers).status_code == 200


def test_matching_request_values_are_echoed_while_the_response_stays_valid(
    tmp_path: Path,
) -> None:
    data = copy.deepcopy(SPEC.data)
    recording = data["components"]["schemas"]["Recording"]["properties"]
    recording["meeting_id"] = {"type": "string", "description": "The meeting."}
    # Echoing max_seconds (an integer) here would break the schema: it must be left alone.
    recording["max_seconds"] = {"type": "string", "description": "Not the request's type."}
    spec = tmp_path / "echo.yaml"
    spec.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with running_mock(spec) as mock:
        response = post(mock, {"meeting_id": "m-42", "max_seconds": 120})
        assert response.status_code == 200
        payload = response.json()
        assert payload["data"]["meeting_id"] == "m-42"
        assert "max_seconds" not in payload["data"]
        assert schema_errors(data, "StartRecordingResponse", payload) == []
    assert mock.exit_code == 0


def test_chunked_request_body(mock: MockServer) -> None:
    chunks = iter([b'{"meeting_id": ', b'"m-chunked"}'])
    headers = {**TOKEN, "Content-Type": "application/json"}
    response = httpx.post(mock.url + ROUTE, headers=headers, content=chunks, timeout=10)
    assert response.status_code == 200
    assert mock.requests()[-1]["body"] == {"meeting_id": "m-chunked"}


# -- security -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": ""},
        {"Authorization": "Token abc"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"X-Auth-Email": "user@example.com"},
        {"X-Auth-Key": "k"},
        {"X-Auth-Email": "user@example.com", "X-Auth-Key": ""},
    ],
    ids=[
        "none",
        "bearer-no-token",
        "empty",
        "token",
        "basic",
        "email-only",
        "key-only",
        "empty-key",
    ],
)
def test_missing_or_malformed_credentials_get_401(
    mock: MockServer, headers: dict[str, str]
) -> None:
    response = post(mock, {"meeting_id": "m"}, headers)
    error = error_of(response, 401)
    assert "Authorization: Bearer <token>, or X-Auth-Email and X-Auth-Key" in error["message"]
    assert error["details"]
    assert response.headers["www-authenticate"] == "Bearer"


# -- routing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "route",
    ["/nope", "/accounts/abc/realtimekit", f"{ROUTE}/x/extra", f"{ROUTE}/active-recording/m/x"],
)
def test_unknown_route_gets_404_envelope(mock: MockServer, route: str) -> None:
    error = error_of(post(mock, {}, route=route), 404)
    assert route in error["message"]


def test_wrong_method_gets_405_with_allow(mock: MockServer) -> None:
    response = httpx.delete(mock.url + ROUTE, headers=TOKEN, timeout=10)
    error_of(response, 405)
    assert response.headers["allow"] == "GET, POST"
    item = httpx.patch(mock.url + ROUTE + "/r-1", headers=TOKEN, json={}, timeout=10)
    error_of(item, 405)
    assert item.headers["allow"] == "GET, PUT"


# -- validation ---------------------------------------------------------------------------------


def test_every_violation_is_listed_with_its_path(mock: MockServer) -> None:
    body = {"max_seconds": 5, "video_config": {"width": 5000, "codec": "AV1"}}
    error = error_of(post(mock, body), 400)
    assert "max_seconds: 5 is less than the minimum of 60" in error["message"]
    assert "video_config.width: 5000 is greater than the maximum of 1920" in error["message"]
    assert "video_config.codec: 'AV1' is not one of ['VP8', 'H264']" in error["message"]
    assert error["message"].split("; ") == error["details"]
    assert len(error["details"]) == 3


def test_conditional_rule_is_named(mock: MockServer) -> None:
    body = {"video_config": {"codec": "VP8"}, "audio_config": {"codec": "AAC"}}
    error = error_of(post(mock, body), 400)
    assert error["details"] == [
        "audio_config: must not have 'codec' (rule: If video_config.codec is VP8, "
        "audio_config.codec must not be set.)"
    ]


def test_nested_conditional_rule_is_named_with_its_path(mock: MockServer) -> None:
    error = error_of(post(mock, {"storage_config": {"type": "aws"}}), 400)
    assert error["details"] == [
        "storage_config: 'access_key' is a required property (rule: If storage_config.type is "
        "aws, azure or digitalocean, storage_config.access_key is required.)"
    ]


def test_secret_values_never_appear_in_messages(mock: MockServer) -> None:
    body = {"storage_config": {"type": "gcs", "secret": 123456789}}
    error = error_of(post(mock, body), 400)
    assert "storage_config.secret" in error["message"]
    assert "123456789" not in error["message"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"meeting_id": ', "not valid JSON"),
        (b"meeting_id=m", "not valid JSON"),
        (b'{"max_seconds": NaN}', "not valid JSON"),
        (b'{"max_seconds": 1e999}', "not valid JSON"),
        (b"\xff\xfe", "not valid UTF-8"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_body_that_is_not_json_gets_400(mock: MockServer, content: bytes, reason: str) -> None:
    headers = {**TOKEN, "Content-Type": "application/json"}
    error = error_of(post(mock, headers=headers, content=content), 400)
    assert reason in error["message"]


def test_json_that_is_not_an_object_gets_400(mock: MockServer) -> None:
    error = error_of(post(mock, [1, 2]), 400)
    assert error["details"] == ["body: [1, 2] is not of type 'object'"]


def test_missing_required_body_gets_400(mock: MockServer) -> None:
    error = error_of(post(mock), 400)
    assert error["details"] == ["body: a JSON request body is required"]


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_wrong_content_type_gets_415(mock: MockServer, content_type: str | None) -> None:
    headers = {**TOKEN, **({"Content-Type": content_type} if content_type else {})}
    response = post(mock, headers=headers, content=b'{"meeting_id": "m"}')
    error = error_of(response, 415)
    assert "application/json" in error["message"]


def test_json_content_type_with_charset_is_accepted(mock: MockServer) -> None:
    headers = {**TOKEN, "Content-Type": "application/json; charset=utf-8"}
    assert post(mock, headers=headers, content=b'{"meeting_id": "m"}').status_code == 200


@pytest.mark.parametrize(
    ("account", "message"),
    [
        ("a" * 33, f"account_id: '{'a' * 33}' is too long"),
        ("", "account_id: '' should be non-empty"),
    ],
)
def test_invalid_path_parameter_gets_400(mock: MockServer, account: str, message: str) -> None:
    route = f"/accounts/{account}/realtimekit/recordings"
    error = error_of(post(mock, {"meeting_id": "m"}, route=route), 400)
    assert error["details"] == [message]


def test_path_parameters_are_percent_decoded(mock: MockServer) -> None:
    route = "/accounts/" + "%61" * 32 + "/realtimekit/recordings"  # 32 x "a" once decoded
    assert post(mock, {"meeting_id": "m"}, route=route).status_code == 200
    assert mock.requests()[-1]["path"] == route  # logged as sent


# -- faults -------------------------------------------------------------------------------------


def test_status_fault_with_retry_after_then_success(mock: MockServer) -> None:
    queued = mock.fault(status=503, retry_after="2", count=2)
    assert queued["count"] == 2
    for _ in range(2):
        response = post(mock, {"meeting_id": "m"})
        error_of(response, 503)
        assert response.headers["retry-after"] == "2"
    assert post(mock, {"meeting_id": "m"}).status_code == 200
    assert [entry["status"] for entry in mock.requests()] == [503, 503, 200]


def test_fault_applies_only_to_matching_requests(mock: MockServer) -> None:
    mock.fault(status=429, retry_after=1, match={"method": "POST", "path": ROUTE})
    mock.fault(status=500, match={"path": "/accounts/{account_id}/realtimekit/recordings"})
    assert httpx.get(mock.url + "/elsewhere", timeout=10).status_code == 404
    first = post(mock, {"meeting_id": "m"})
    error_of(first, 429)
    assert first.headers["retry-after"] == "1"
    error_of(post(mock, {"meeting_id": "m"}), 500)
    assert post(mock, {"meeting_id": "m"}).status_code == 200
    assert mock.control("GET", "faults").json() == []


def test_delay_fault_causes_a_read_timeout_and_is_logged(mock: MockServer) -> None:
    mock.fault(delay=2.0)
    with pytest.raises(httpx.ReadTimeout):
        post(mock, {"meeting_id": "slow"}, timeout=httpx.Timeout(10, read=0.2))
    assert [entry["body"] for entry in mock.requests()] == [{"meeting_id": "slow"}]


def test_delay_fault_alone_then_answers_normally(mock: MockServer) -> None:
    mock.fault(delay=0.1)
    assert post(mock, {"meeting_id": "m"}).status_code == 200


def test_drop_fault_closes_the_connection(mock: MockServer) -> None:
    mock.fault(drop=True)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        post(mock, {"meeting_id": "dropped"})
    entries = mock.requests()
    assert [(e["body"], e["status"]) for e in entries] == [({"meeting_id": "dropped"}, None)]
    assert post(mock, {"meeting_id": "m"}).status_code == 200


@pytest.mark.parametrize(
    "fault",
    [
        {},
        {"status": 200},
        {"status": 503, "count": 0},
        {"delay": -1},
        {"drop": "yes"},
        {"status": 503, "surprise": True},
        {"status": 503, "match": {"verb": "GET"}},
    ],
)
def test_invalid_fault_is_rejected(mock: MockServer, fault: dict[str, Any]) -> None:
    response = mock.control("POST", "faults", json=fault)
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("invalid fault")
    assert mock.control("GET", "faults").json() == []


def test_unknown_control_endpoint(mock: MockServer) -> None:
    assert mock.control("GET", "nothing").status_code == 404
    response = mock.control("DELETE", "requests")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"


# -- the request log ----------------------------------------------------------------------------


def test_log_records_requests_and_redacts_credentials(mock: MockServer) -> None:
    post(mock, EXAMPLE_BODY, params={"dry": ["1", "2"]})
    post(mock, {"meeting_id": "m"}, {"X-Auth-Email": "user@example.com", "X-Auth-Key": "secret"})
    httpx.get(mock.url + "/nope", headers={"Authorization": ""}, timeout=10)
    mock.control("GET", "health")  # control requests are not logged
    first, second, third = mock.requests()
    assert first["method"] == "POST"
    assert first["path"] == ROUTE
    assert first["query"] == {"dry": ["1", "2"]}
    assert first["body"] == EXAMPLE_BODY
    assert first["operation_id"] == "startRecording"
    assert first["status"] == 200
    assert first["headers"]["authorization"] == "***"
    assert first["headers"]["content-type"] == "application/json"
    assert second["headers"]["x-auth-email"] == "***"
    assert second["headers"]["x-auth-key"] == "***"
    assert "secret" not in str(second)
    assert (third["operation_id"], third["status"], third["body"]) == (None, 404, None)
    assert third["headers"]["authorization"] == ""


def test_log_keeps_unparseable_bodies_as_null(mock: MockServer) -> None:
    post(mock, headers={**TOKEN, "Content-Type": "application/json"}, content=b"{oops")
    assert mock.requests()[0]["body"] is None


def test_reset_clears_the_log_and_the_faults(mock: MockServer) -> None:
    mock.fault(status=500, count=5)
    post(mock, {"meeting_id": "m"})
    assert mock.control("POST", "reset").json() == {"ok": True}
    assert mock.requests() == []
    assert mock.control("GET", "faults").json() == []
    assert post(mock, {"meeting_id": "m"}).status_code == 200


# -- another spec -------------------------------------------------------------------------------


def test_another_spec_is_served_from_its_own_schemas() -> None:
    document = load_spec(MINIMAL_SPEC).data
    with running_mock(MINIMAL_SPEC) as mock:
        response = httpx.get(mock.url + "/widgets/w-1", params={"limit": 7}, timeout=10)
        assert response.status_code == 200
        widget = response.json()
        assert schema_errors(document, "Widget", widget) == []
        assert (widget["widget_id"], widget["limit"]) == ("w-1", 7)  # echoed
        assert widget["id"] == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
        assert widget["kind"] == "gear"
        again = httpx.get(mock.url + "/widgets/w-1", params={"limit": 7}, timeout=10)
        assert again.json() == widget  # deterministic

        bad = httpx.get(mock.url + "/widgets/w-1", params={"limit": "many"}, timeout=10)
        assert bad.status_code == 422  # the spec declares 422, not 400
        payload = bad.json()
        assert schema_errors(document, "Errors", payload) == []
        assert payload["errors"][0]["message"] == "limit: 'many' is not of type 'integer'"

        missing = httpx.get(mock.url + "/nothing", timeout=10).json()
        assert missing["success"] is False
        assert missing["errors"][0]["code"] == 404
        assert schema_errors(document, "Errors", missing) == []
    assert mock.exit_code == 0


# -- process ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_stops_the_server_cleanly(sig: int) -> None:
    mock = start_mock(MAIN_SPEC)
    assert post(mock, {"meeting_id": "m"}).status_code == 200
    assert mock.stop(sig) == 0
    assert mock.last_line == "Mock server stopped after 1 API requests"
    assert mock.stderr == ""


def test_port_in_use_is_a_clear_error(server: MockServer) -> None:
    port = server.root.rsplit(":", 1)[1]
    result = subprocess.run(
        [sys.executable, "-m", "generator", "mock", str(MAIN_SPEC), "--port", port],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 5  # EXIT_CANNOT_WRITE: a place it cannot use
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert result.stdout == ""


def test_concurrent_clients(mock: MockServer) -> None:
    threads, per_thread = 8, 250
    failures: list[str] = []

    def client(index: int) -> None:
        with httpx.Client(base_url=mock.url, headers=TOKEN, timeout=30) as session:
            for i in range(per_thread):
                try:
                    response = session.post(ROUTE, json={"meeting_id": f"m-{index}-{i}"})
                    if response.status_code != 200:
                        failures.append(f"{response.status_code}: {response.text}")
                except httpx.HTTPError as exc:
                    failures.append(repr(exc))

    workers = [threading.Thread(target=client, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert failures == []
    entries = mock.requests()
    assert len(entries) == threads * per_thread
    assert {e["body"]["meeting_id"] for e in entries} == {
        f"m-{n}-{i}" for n in range(threads) for i in range(per_thread)
    }


# -- media types, header and cookie parameters, a server path (an inline spec) ------------------

FILES_YAML = """\
openapi: 3.1.0
info:
  title: Files API
  version: 1.0.0
servers:
  - url: https://{region}.files.example.com/v1
    variables:
      region:
        default: eu
components:
  schemas:
    Problem:
      type: object
      required: [title, status]
      properties:
        title: {type: string}
        status: {type: integer}
paths:
  /files:
    post:
      operationId: upload
      parameters:
        - name: X-Request-Id
          in: header
          required: true
          schema: {type: integer}
        - name: tenant
          in: cookie
          required: true
          schema: {type: string, enum: [acme, globex]}
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: {type: string, format: binary}
                note: {type: string, maxLength: 10}
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [url]
              properties:
                url: {type: string}
                note: {type: string, maxLength: 10}
                tags:
                  type: array
                  items: {type: string}
      responses:
        '201':
          description: Stored.
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties:
                  id: {type: string}
                  note: {type: string}
  /files/{name}:
    get:
      operationId: download
      parameters:
        - name: name
          in: path
          required: true
          schema: {type: string}
      responses:
        '200':
          description: The file.
          content:
            application/pdf:
              schema: {type: string, format: binary}
              example: "%PDF-1.7"
        '404':
          description: No such file.
          content:
            application/problem+json:
              schema: {$ref: '#/components/schemas/Problem'}
    put:
      operationId: replace
      parameters:
        - name: name
          in: path
          required: true
          schema: {type: string}
      requestBody:
        required: true
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        '204':
          description: Replaced.
  /files/{name}/summary:
    get:
      operationId: summarize
      parameters:
        - name: name
          in: path
          required: true
          schema: {type: string}
      responses:
        '200':
          description: A summary.
          content:
            text/markdown:
              schema: {type: string}
"""
UPLOAD_HEADERS = {"X-Request-Id": "7", "Cookie": "tenant=acme"}


@pytest.fixture(scope="module")
def files_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    spec = tmp_path_factory.mktemp("files") / "files.yaml"
    spec.write_text(FILES_YAML, encoding="utf-8")
    with running_mock(spec) as mock:
        yield mock
    assert mock.exit_code == 0
    assert mock.stderr == ""


@pytest.fixture
def files(files_server: MockServer) -> MockServer:
    files_server.reset()
    return files_server


def test_requests_are_served_under_the_servers_path(files: MockServer) -> None:
    # https://{region}.files.example.com/v1: the path, /v1, is where the API lives.
    assert files.url == files.root + "/v1"
    outside = httpx.get(files.root + "/files/a.pdf", timeout=10)
    assert outside.status_code == 404
    assert "the API is served under /v1/" in outside.json()["title"]
    assert httpx.get(files.url + "/files/a.pdf/summary", timeout=10).status_code == 200
    assert [e["path"] for e in files.requests()] == ["/files/a.pdf", "/files/a.pdf/summary"]


def test_multipart_upload_is_parsed_validated_and_logged(files: MockServer) -> None:
    content = b"%PDF-1.7\n\x00\xff binary"
    response = httpx.post(
        files.url + "/files",
        headers=UPLOAD_HEADERS,
        data={"note": "hello"},
        files={"file": ("report.pdf", content, "application/pdf")},
        timeout=10,
    )
    assert response.status_code == 201, response.text
    # The note is echoed; /files is a collection, so the id is a fresh one in the style of the
    # schema's instance ("string").
    assert response.json() == {"id": "string-1", "note": "hello"}
    (entry,) = files.requests()
    assert entry["content_type"].startswith("multipart/form-data; boundary=")
    assert entry["form"] == {
        "note": ["hello"],
        "file": [
            {
                "filename": "report.pdf",
                "content_type": "application/pdf",
                "content": content.decode("utf-8", "replace"),
            }
        ],
    }
    assert (entry["body"], entry["raw"]) == (None, None)
    assert entry["cookies"] == {"tenant": "acme"}
    assert entry["headers"]["cookie"] == "***"
    assert entry["operation_id"] == "upload"

    missing = httpx.post(
        files.url + "/files", headers=UPLOAD_HEADERS, data={"note": "x" * 11}, timeout=10
    )
    # Without files httpx sends a urlencoded form, the other media type the spec declares.
    assert missing.status_code == 400
    assert missing.json()["title"] == (
        "body: 'url' is a required property; note: 'xxxxxxxxxxx' is too long"
    )


def test_urlencoded_form_is_parsed_and_logged(files: MockServer) -> None:
    form = {"url": "https://example.com/a.pdf", "tags": ["a", "b"]}
    response = httpx.post(files.url + "/files", headers=UPLOAD_HEADERS, data=form, timeout=10)
    assert response.status_code == 201, response.text
    (entry,) = files.requests()
    assert entry["form"] == {"url": ["https://example.com/a.pdf"], "tags": ["a", "b"]}
    assert entry["content_type"] == "application/x-www-form-urlencoded"


def test_header_and_cookie_parameters_are_required_and_validated(files: MockServer) -> None:
    form = {"url": "u"}
    headers = {"X-Request-Id": "seven", "Cookie": "tenant=initech"}
    response = httpx.post(files.url + "/files", headers=headers, data=form, timeout=10)
    assert response.status_code == 400
    assert response.json()["title"].split("; ") == [
        "X-Request-Id: 'seven' is not of type 'integer'",
        "tenant: 'initech' is not one of ['acme', 'globex']",
    ]
    response = httpx.post(files.url + "/files", data=form, timeout=10)
    assert response.json()["title"].split("; ") == [
        "X-Request-Id: the required header parameter is missing",
        "tenant: the required cookie parameter is missing",
    ]


def upload(files: MockServer) -> str:
    """POST /files; the id of the file the mock now remembers (PUT and GET need one)."""
    form = {"url": "https://example.com/a.pdf"}
    response = httpx.post(files.url + "/files", headers=UPLOAD_HEADERS, data=form, timeout=10)
    assert response.status_code == 201, response.text
    ident: str = response.json()["id"]
    return ident


def test_octet_stream_body_is_logged_raw_and_204_is_empty(files: MockServer) -> None:
    headers = {"Content-Type": "application/octet-stream"}
    name = upload(files)
    response = httpx.put(
        files.url + f"/files/{name}", headers=headers, content=b"abc\xff", timeout=10
    )
    assert response.status_code == 204
    assert response.content == b""
    assert "content-type" not in response.headers
    _, entry = files.requests()
    assert (entry["raw"], entry["body"], entry["form"]) == ("abc\ufffd", None, None)
    wrong = httpx.put(files.url + f"/files/{name}", json={"a": 1}, timeout=10)
    assert wrong.status_code == 415
    assert "must be sent as application/octet-stream" in wrong.json()["title"]


def test_binary_and_text_responses_have_their_content_types(files: MockServer) -> None:
    pdf = httpx.get(files.url + f"/files/{upload(files)}", timeout=10)
    assert (pdf.headers["content-type"], pdf.content) == ("application/pdf", b"%PDF-1.7")
    summary = httpx.get(files.url + "/files/a.pdf/summary", timeout=10)
    assert summary.headers["content-type"] == "text/markdown; charset=utf-8"
    assert summary.text == "string"


def test_fault_answers_with_the_declared_error_body(files: MockServer) -> None:
    files.fault(status=404, message="no such file", match={"path": "/files/{name}"})
    response = httpx.get(files.url + "/files/a.pdf", timeout=10)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    # The envelope learned from Problem, which allows a `details` list beside its fields.
    assert response.json() == {"title": "no such file", "status": 404, "details": []}
