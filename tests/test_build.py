"""The IR built from the real spec: names, types, secrets, operations, retries, security."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import build
from generator.ir import Api, Field, Model, ModelType
from generator.load import load_spec, parse_spec
from generator.names import snake
from generator.render import python_annotation

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def api() -> Api:
    return build(load_spec(ROOT / "spec" / "openapi.yaml"))


def test_api_settings_come_from_the_spec(api: Api) -> None:
    assert (api.package, api.client, api.async_client) == (
        "realtimekit",
        "RealtimeKit",
        "AsyncRealtimeKit",
    )
    assert api.server_url == "https://api.cloudflare.com/client/v4"
    # Built with no output folder, the headers name the spec by its file name; `generate`
    # names it relative to the folder holding --out (tests/test_generate_settings.py).
    assert api.spec_file == "openapi.yaml"
    assert api.auth_alternatives == (("api_token",), ("api_email", "api_key"))


def spec_operations() -> list[tuple[str, str, bool]]:
    """(method name, HTTP method, idempotent) of every operation, in the spec's order: read
    from the YAML, so adding an operation to the spec does not break this test."""
    import yaml

    document = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    found = []
    for item in document["paths"].values():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
                idempotent = method != "post" and method != "patch"
                idempotent = bool(operation.get("x-idempotent", idempotent))
                found.append((snake(operation["operationId"]), method.upper(), idempotent))
    return found


def test_operations(api: Api) -> None:
    assert [(o.python_name, o.method, o.idempotent) for o in api.operations] == spec_operations()
    by_name = {o.python_name: o for o in api.operations}
    listing, getting, updating = (
        by_name[name] for name in ("list_recordings", "get_recording", "update_recording")
    )
    assert listing.pagination is not None and listing.result == ModelType("ListRecordingsResponse")
    assert getting.result == updating.result == ModelType("Recording")
    assert [p.python_name for p in getting.path_params] == ["account_id", "recording_id"]
    assert updating.body_model == "UpdateRecordingRequest" and updating.body is not None
    assert updating.body.required


def test_start_recording(api: Api) -> None:
    (op,) = [o for o in api.operations if o.python_name == "start_recording"]
    assert (op.python_name, op.method, op.idempotent) == ("start_recording", "POST", False)
    assert [p.python_name for p in op.path_params] == ["account_id"]
    assert op.body is not None and op.body_model == "StartRecordingRequest"
    assert (op.body.media, op.body.content_type) == ("json", "application/json")
    (ok,) = op.responses
    assert (ok.status, ok.media, ok.payload) == ("200", "json", "data")
    assert ok.type == ModelType("StartRecordingResponse")
    assert op.result == ModelType("Recording")  # declared by info.x-sdk.payload
    assert [(e.status, e.exception) for e in op.errors] == [
        ("400", "BadRequestError"),
        ("401", "AuthenticationError"),
        ("403", "PermissionDeniedError"),
        ("404", "NotFoundError"),
        ("409", "ConflictError"),
        ("422", "UnprocessableEntityError"),
        ("429", "RateLimitError"),
        ("500", "InternalServerError"),
    ]
    assert {e.type for e in op.errors} == {ModelType("ErrorResponse")}
    assert op.path_segments == (
        ("text", "/accounts/"),
        ("param", "account_id"),
        ("text", "/realtimekit/recordings"),
    )


def _annotation(model: Model, field: Field) -> str:
    text = python_annotation(field.value_type, model.used_in_response)
    return text + (" | None" if field.nullable or not field.required else "")


def test_fields_types_defaults_and_secrets(api: Api) -> None:
    video = api.model("VideoConfig")
    width = next(f for f in video.fields if f.name == "width")
    assert (_annotation(video, width), width.default, width.required) == ("int | None", 1280, False)
    assert [c.text for c in width.constraints] == ["1 to 1920"]
    codec = next(f for f in video.fields if f.name == "codec")
    assert _annotation(video, codec) == "VideoCodec | Literal['VP8', 'H264'] | None"
    storage = api.model("StorageConfig")
    assert sorted(f.name for f in storage.secret_fields) == [
        "access_key",
        "password",
        "private_key",
        "secret",
    ]
    recording = api.model("Recording")
    status = next(f for f in recording.fields if f.name == "status")
    # Responses keep unknown values as pseudo-members: the annotation is the enum alone.
    assert _annotation(recording, status) == "RecordingStatus"
    expiry = next(f for f in recording.fields if f.name == "download_url_expiry")
    assert (expiry.value_type.kind, expiry.nullable, _annotation(recording, expiry)) == (
        "datetime",
        True,
        "datetime | None",
    )
    assert recording.keeps_extra and not video.keeps_extra


def test_body_rules_use_full_field_paths(api: Api) -> None:
    body = next(o for o in api.operations if o.python_name == "start_recording").body
    assert body is not None
    texts = [r.text for r in body.rules]
    assert (
        "If `storage_config.auth_method` is `PASSWORD`, `storage_config.password` is required."
        in texts
    )


def test_flat_fields_reach_the_deepest_field(api: Api) -> None:
    body = api.model("StartRecordingRequest")
    paths = [f.path for f in api.flat_fields(body)]
    assert "video_config.watermark.size.width" in paths


MINIMAL = """
openapi: 3.1.0
info: {{title: T, version: '1'}}
servers: [{{url: 'https://t.test'}}]
paths:
  /items/{{id}}:
    {method}:
      operationId: touchItem
      {extension}
      parameters:
        - {{name: id, in: path, required: true, schema: {{type: string}}}}
      responses:
        '204': {{description: done}}
"""


@pytest.mark.parametrize(
    ("method", "extension", "idempotent"),
    [
        ("post", "", False),
        ("post", "x-idempotent: true", True),
        ("put", "", True),
        ("get", "", True),
    ],
)
def test_idempotency_from_method_or_extension(
    method: str, extension: str, idempotent: bool
) -> None:
    spec = parse_spec(MINIMAL.format(method=method, extension=extension), "m.yaml")
    (op,) = build(spec).operations
    assert op.idempotent is idempotent
    assert op.result is None and op.security == ()
