"""The mock server's pipeline in-process (no sockets): bodies, envelopes, robustness."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build import build
from generator.load import LoadedSpec, load_spec, parse_spec
from generator.mock.app import MockApp
from generator.mock.instances import build_instance, build_valid_instance
from generator.mock.messages import Request
from generator.mock.responses import ErrorBody, SuccessBody
from generator.schemas import validator_for

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec(ROOT / "spec" / "openapi.yaml")
MINIMAL = load_spec(ROOT / "tests" / "specs" / "mock_minimal.yaml")
ROUTE = "/accounts/abc/realtimekit/recordings"
HEADERS = {"authorization": "Bearer t", "content-type": "application/json"}
REQUEST_FIELDS = sorted(SPEC.data["components"]["schemas"]["StartRecordingRequest"]["properties"])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["VP8", "H264", "AAC", "aws", "KEY", "PASSWORD", "left top"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["codec", "type", "width", "enabled", "x"]), inner)
    ),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def app() -> MockApp:
    return MockApp(SPEC, build(SPEC))


def call(app: MockApp, body: Any, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    raw = json.dumps(body).encode() if body is not None else b""
    response = app.handle(Request("POST", ROUTE, headers or HEADERS, raw))
    return response.status, json.loads(response.body) if response.body else None


def valid(spec: LoadedSpec, schema: str, instance: Any) -> bool:
    validator = validator_for(spec.data, ("components", "schemas", schema))
    return bool(validator.is_valid(instance))


@pytest.mark.parametrize("spec", [SPEC, MINIMAL], ids=["realtimekit", "minimal"])
def test_built_instances_validate_for_every_component_schema(spec: LoadedSpec) -> None:
    for name in spec.data["components"]["schemas"]:
        instance = build_valid_instance(spec.data, ("components", "schemas", name))
        assert valid(spec, name, instance), (name, instance)
        assert instance == build_valid_instance(spec.data, ("components", "schemas", name))


def test_built_instance_respects_formats_enums_and_bounds() -> None:
    recording = build_instance(SPEC.data, {"$ref": "#/components/schemas/Recording"})
    assert recording["id"] == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert recording["invoked_time"] == "2025-01-01T00:00:00Z"
    assert recording["download_url"] == "https://example.com/"
    assert recording["status"] == "INVOKED"
    video = build_instance(SPEC.data, {"$ref": "#/components/schemas/VideoConfig"})
    assert video["width"] == 1280  # the spec's default
    storage = build_instance(SPEC.data, {"$ref": "#/components/schemas/StorageConfig"})
    assert "secret" not in storage  # writeOnly fields never appear in responses
    assert build_instance({}, {"type": "integer", "minimum": 2.5, "multipleOf": 2}) == 4
    assert build_instance({}, {"type": "string", "minLength": 10}) == "stringxxxx"


def test_success_body_without_example_is_built_and_echoes() -> None:
    at = ("components", "schemas", "Widget")
    body = SuccessBody(MINIMAL.data, at, None)
    assert body.problem == ""
    widget = body.render({"widget_id": "w", "name": "ab", "limit": 3, "unrelated": 1})
    assert widget["widget_id"] == "w"
    assert widget["limit"] == 3
    assert widget["name"] == "string"  # "ab" is shorter than minLength 3: not echoed
    assert "unrelated" not in widget
    assert valid(MINIMAL, "Widget", widget)


ERROR_SHAPES = {
    "flat": {
        "type": "object",
        "required": ["code", "message"],
        "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        "additionalProperties": False,
    },
    "cloudflare": {
        "type": "object",
        "required": ["success", "errors", "messages"],
        "properties": {
            "success": {"type": "boolean"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            "messages": {"type": "array", "items": {"type": "string"}},
        },
    },
    "problem": {
        "type": "object",
        "properties": {
            "status": {"type": "integer"},
            "title": {"type": "string"},
            "type": {"type": "string", "format": "uri"},
        },
    },
}
ITEM = {
    "type": "object",
    "required": ["code", "message"],
    "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
}


@pytest.mark.parametrize("shape", sorted(ERROR_SHAPES))
def test_error_body_follows_other_error_schemas(shape: str) -> None:
    document = {"components": {"schemas": {"E": ERROR_SHAPES[shape], "Item": ITEM}}}
    errors = ErrorBody(document, ("components", "schemas", "E"))
    body = errors.render(418, "teapot", ["a", "b"])
    assert validator_for(document, ("components", "schemas", "E")).is_valid(body), body
    assert "teapot" in json.dumps(body)
    assert "418" in json.dumps(body)


def test_error_body_falls_back_to_the_generic_envelope() -> None:
    document = {"components": {"schemas": {"E": {"type": "array", "items": {"type": "integer"}}}}}
    body = ErrorBody(document, ("components", "schemas", "E")).render(400, "bad", ["bad"])
    assert body == {"success": False, "error": {"code": 400, "message": "bad", "details": ["bad"]}}


def test_error_body_of_the_realtimekit_spec(app: MockApp) -> None:
    status, body = call(app, {"max_seconds": 1})
    assert status == 400
    assert body == {
        "success": False,
        "error": {
            "code": 400,
            "message": "max_seconds: 1 is less than the minimum of 60",
            "details": ["max_seconds: 1 is less than the minimum of 60"],
        },
    }


def test_422_when_the_spec_declares_no_400(tmp_path: Path) -> None:
    data = yaml.safe_load(SPEC.text)
    del data["paths"]["/accounts/{account_id}/realtimekit/recordings"]["post"]["responses"]["400"]
    spec = parse_spec(yaml.safe_dump(data), "no400.yaml")
    status, body = call(MockApp(spec, build(spec)), {"max_seconds": 1})
    assert status == 422
    assert body["error"]["code"] == 422


def test_unexpected_exception_becomes_500_and_is_printed(
    app: MockApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    operations, _ = app.router.match(ROUTE)
    success = operations[0][0].success

    def explode(values: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(success, "render", explode)
    status, body = call(app, {"meeting_id": "m"})
    assert status == 500
    assert body["error"]["message"] == "the mock server failed: RuntimeError: boom"
    assert "RuntimeError: boom" in capsys.readouterr().err


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(REQUEST_FIELDS), json_values, max_size=6) | json_values)
def test_any_json_body_gets_200_or_400_never_500(app: MockApp, body: Any) -> None:
    status, payload = call(app, body)
    assert status in (200, 400), payload
    expected = "StartRecordingResponse" if status == 200 else "ErrorResponse"
    assert valid(SPEC, expected, payload)
    if status == 400:
        assert payload["error"]["message"].split("; ") == payload["error"]["details"]


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=60),
    st.dictionaries(
        st.sampled_from(["authorization", "x-auth-email", "x-auth-key", "content-type"]),
        st.text(max_size=20),
    ),
    st.binary(max_size=60),
)
def test_hostile_requests_never_crash(
    app: MockApp, path: str, headers: dict[str, str], raw: bytes
) -> None:
    for method in ("GET", "POST", "DELETE"):
        response = app.handle(Request(method, "/" + path, headers, raw))
        assert response.status < 500, response.body
