"""The mock server's pipeline in-process (no sockets): bodies, envelopes, robustness."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vendor_calls import parameter_value

from generator.build import build
from generator.cli import load_and_build
from generator.ir import Api, Operation
from generator.load import LoadedSpec, load_spec, parse_spec
from generator.mock.app import MockApp
from generator.mock.bodies import FORM, read_body, read_multipart
from generator.mock.checks import BadBody
from generator.mock.instances import build_instance, built_and_errors
from generator.mock.messages import Request, Response
from generator.mock.params import deep_object, deref_at, parse_cookies
from generator.mock.responses import MOCK_BYTES, ErrorBody, SuccessBody
from generator.mock.routes import base_path
from generator.problems import SpecError
from generator.schemas import lookup, validator_for

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec(ROOT / "spec" / "openapi.yaml")
MINIMAL = load_spec(ROOT / "tests" / "specs" / "mock_minimal.yaml")
API_PATH = "/accounts/abc/realtimekit/recordings"
ROUTE = "/client/v4" + API_PATH  # under the path of the spec's server
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
        instance = built_and_errors(spec.data, ("components", "schemas", name))[0]
        assert valid(spec, name, instance), (name, instance)
        assert instance == built_and_errors(spec.data, ("components", "schemas", name))[0]


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


def test_built_instance_of_a_recursive_type_takes_a_finite_variant() -> None:
    """A ref back into the schema being built has no finite value: a union takes its next
    variant, an array stays empty, an optional property is left out (was: [None], invalid)."""
    doc = {
        "components": {
            "schemas": {
                "A": {"oneOf": [{"type": "array", "items": {"$ref": "#/components/schemas/B"}}]},
                "B": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]},
                "N": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "integer"},
                        "next": {"$ref": "#/components/schemas/N"},
                        "kids": {"type": "array", "items": {"$ref": "#/components/schemas/N"}},
                    },
                },
            }
        }
    }
    assert build_instance(doc, {"$ref": "#/components/schemas/A"}) == ["string"]
    assert build_instance(doc, {"$ref": "#/components/schemas/N"}) == {"id": 0, "kids": []}
    for name in ("A", "B", "N"):
        assert built_and_errors(doc, ("components", "schemas", name))[1] == 0


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


def test_a_success_body_that_breaks_its_schema_is_reported() -> None:
    document = {"components": {"schemas": {"S": {"type": "integer", "minimum": 5}}}}
    at = ("components", "schemas", "S")
    assert SuccessBody(document, at, 7).problem == ""
    # A falsy example is checked like any other.
    assert SuccessBody(document, at, 0).problem == (
        "the success body does not match its schema: 0 is less than the minimum of 5"
    )
    # No body can be built for this schema: the built one is reported as it is.
    document["components"]["schemas"]["S"] = {"type": "string", "minLength": 3, "maxLength": 1}
    assert SuccessBody(document, at, None).problem == (
        "the success body does not match its schema: 's' is too short"
    )


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


def test_error_body_without_a_message_field_is_an_instance_of_its_schema() -> None:
    document = {"components": {"schemas": {"E": {"type": "array", "items": {"type": "integer"}}}}}
    body = ErrorBody(document, ("components", "schemas", "E")).render(400, "bad", ["bad"])
    assert body == [0]


def test_error_body_falls_back_to_the_generic_envelope() -> None:
    generic = {"success": False, "error": {"code": 400, "message": "bad", "details": ["bad"]}}
    assert ErrorBody().render(400, "bad", ["bad"]) == generic
    document = {"components": {"schemas": {"E": {"not": {}}}}}  # no instance can be valid
    assert (
        ErrorBody(document, ("components", "schemas", "E")).render(400, "bad", ["bad"]) == generic
    )


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
    operations, _ = app.router.match(API_PATH)  # GET (list) and POST (start) share the path
    success = next(op for op, _ in operations if op.method == "POST").success

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


# -- media types, parameter styles, security kinds, servers (an inline spec) ---------------------

MEDIA_YAML = """\
openapi: 3.1.0
info:
  title: Media API
  version: 1.0.0
servers:
  - url: /api/v3
security:
  - token: []
components:
  securitySchemes:
    token:
      type: http
      scheme: bearer
    keyInQuery:
      type: apiKey
      in: query
      name: api_key
    session:
      type: apiKey
      in: cookie
      name: session
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/token
          scopes: {}
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
    NotFound:
      type: object
      required: [status, detail]
      properties:
        status: {type: integer}
        detail: {type: string}
    Teapot:
      type: object
      required: [reason]
      properties:
        reason: {type: string, enum: [short-and-stout]}
paths:
  /pets:
    parameters:
      - name: X-Trace
        in: header
        schema: {type: integer}
    get:
      operationId: listPets
      parameters:
        - name: filter
          in: query
          style: deepObject
          explode: true
          schema:
            type: object
            properties:
              name: {type: string}
              age: {type: integer, minimum: 0}
        - name: ids
          in: query
          explode: false
          schema:
            type: array
            items: {type: integer}
        - name: tags
          in: query
          style: pipeDelimited
          explode: false
          schema:
            type: array
            items: {type: string}
        - name: limit
          in: cookie
          schema: {type: integer, maximum: 50}
        - name: X-Password
          in: header
          schema: {type: string, format: password, minLength: 4}
        - name: page
          in: query
          schema:
            type: object
            properties:
              offset: {type: integer}
              size: {type: integer}
      responses:
        '200':
          description: Pets.
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Pet'}
    post:
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [name, age]
              properties:
                name: {type: string, minLength: 2}
                age: {type: integer, minimum: 0}
                tags:
                  type: array
                  items: {type: string}
          multipart/form-data:
            schema:
              type: object
              required: [name, photo]
              properties:
                name: {type: string, minLength: 2}
                photo: {type: string, format: binary}
                count: {type: integer}
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
  /pets/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema: {type: integer}
    get:
      operationId: getPetName
      responses:
        '200':
          description: The name.
          content:
            text/plain:
              schema: {type: string}
              example: Rex
        '404':
          description: No such pet.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/NotFound'}
        '4XX':
          description: Other client errors.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Teapot'}
    delete:
      operationId: deletePet
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: string, pattern: '^[a-z]+$'}
      responses:
        '204':
          description: Deleted.
  /pets/{id}/photo:
    put:
      operationId: uploadPhoto
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: integer}
      requestBody:
        required: true
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        '200':
          description: The photo as stored.
          content:
            image/png:
              schema: {type: string, format: binary}
    delete:
      operationId: deletePhoto
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: integer}
      responses:
        '204':
          description: Deleted.
  /notes:
    post:
      operationId: addNote
      security: []
      requestBody:
        content:
          text/plain:
            schema: {type: string, maxLength: 20}
      responses:
        '200':
          description: The note.
          content:
            text/plain:
              schema: {type: string}
        default:
          description: Any error.
          content:
            text/plain:
              schema: {type: string}
  /keyed:
    get:
      operationId: keyed
      security:
        - keyInQuery: []
        - session: []
        - oauth: []
      responses:
        '200':
          description: OK.
          content:
            application/json:
              schema: {type: integer}
"""
MEDIA = parse_spec(MEDIA_YAML, "media.yaml")
BASE = "/api/v3"  # the path of the spec's (relative) server
AUTH = {"authorization": "Bearer t"}


@pytest.fixture(scope="module")
def shared_media_app() -> MockApp:
    return MockApp(MEDIA, build(MEDIA))


@pytest.fixture
def media_app(shared_media_app: MockApp) -> MockApp:
    """/pets is a collection (POST answers a Pet with an id; /pets/{id} exists): each test
    starts with none remembered."""
    shared_media_app.store.reset()
    return shared_media_app


def add_pet(app: MockApp) -> int:
    """POST /pets; the remembered pet's id."""
    response = send(app, "POST", "/pets", {"content-type": FORM}, b"name=Rex&age=3")
    assert response.status == 201, response.body
    ident: int = json.loads(response.body)["id"]
    return ident


def send(
    app: MockApp,
    method: str,
    target: str,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
) -> Response:
    """One request in-process; ``target`` is below the base path."""
    sent = {**AUTH, **(headers or {})}
    return app.handle(Request(method, BASE + target, sent, body))


def details(response: Response) -> list[str]:
    """The violations of an error in the spec's envelope, {"status", "detail"}."""
    payload = json.loads(response.body)
    assert payload["status"] == response.status
    return str(payload["detail"]).split("; ")


def last_entry(app: MockApp) -> dict[str, Any]:
    return app.log.snapshot()[-1]


def encoded(**kwargs: Any) -> tuple[dict[str, str], bytes]:
    """Headers and body of a request httpx would send (form data, files, raw content)."""
    request = httpx.Request("POST", "http://x/", **kwargs)
    return {k.lower(): v for k, v in request.headers.items() if k.lower() == "content-type"}, (
        request.read()
    )


def test_cookies_are_parsed_with_repeats_and_quotes() -> None:
    assert parse_cookies('a=1; b="x y"; a="2"; path=/p; c=') == {
        "a": ["1", "2"],
        "b": ["x y"],
        "path": ["/p"],
        "c": [""],
    }
    assert parse_cookies("") == {}
    assert parse_cookies("garbage") == {}


def test_deep_object_nests_brackets() -> None:
    query = {"filter[name]": ["x"], "filter[size][min]": ["1"], "other": ["y"], "filter": ["z"]}
    assert deep_object(query, "filter") == {"name": "x", "size": {"min": "1"}}
    assert deep_object({"f[a]": ["1"]}, "filter") is None


def test_multipart_parts_keep_names_filenames_and_bytes() -> None:
    data = b"\x00\xff\r\n--not-a-boundary\r\n"
    headers, body = encoded(
        data={"name": "Rex", "n": ["1", "2"]},
        files={"photo": ("p\u00e9t.png", data, "image/png")},
    )
    parts = read_multipart(headers["content-type"], body)
    assert [p.text for p in parts["n"]] == ["1", "2"]
    (photo,) = parts["photo"]
    assert (photo.filename, photo.content_type, photo.data) == ("p\u00e9t.png", "image/png", data)
    assert parts["name"][0].filename is None
    with pytest.raises(BadBody, match="cannot be read"):
        read_multipart("multipart/form-data", body)  # no boundary
    with pytest.raises(BadBody, match="cannot be read"):
        read_multipart(headers["content-type"], b"no parts here")


def test_form_body_is_read_by_its_content_type() -> None:
    wire = read_body(FORM, b"a=1&a=2&b=&c=%C3%A9")
    assert wire.fields == {"a": ["1", "2"], "b": [""], "c": ["\u00e9"]}
    assert wire.log() == {"body": None, "form": wire.fields, "raw": None}
    assert "not valid UTF-8" in read_body(FORM, b"a=\xff").problem
    assert read_body("application/octet-stream", b"\x00ab").log()["raw"] == "\x00ab"
    assert read_body("", b'{"a": 1}').json == {"a": 1}  # no Content-Type: JSON if it parses
    assert read_body("application/json", b"  ").kind is None


@pytest.mark.parametrize(
    ("servers", "expected"),
    [
        (None, ""),
        ([{"url": "/api/v3"}], "/api/v3"),
        ([{"url": "/api/v3/"}], "/api/v3"),
        ([{"url": "https://x.example.com/api/v3"}, {"url": "/other"}], "/api/v3"),
        ([{"url": "https://x.example.com"}], ""),
        ([{"url": "/"}], ""),
        ([{"url": "v1"}], "/v1"),
        (
            [
                {
                    "url": "https://{region}.x.example.com/{version}",
                    "variables": {"region": {"default": "eu"}, "version": {"default": "v1"}},
                }
            ],
            "/v1",
        ),
    ],
)
def test_base_path_is_the_first_servers_path(servers: Any, expected: str) -> None:
    assert base_path({} if servers is None else {"servers": servers}) == expected


def test_requests_outside_the_base_path_get_404(media_app: MockApp) -> None:
    response = media_app.handle(Request("GET", "/pets", AUTH, b""))
    assert response.status == 404
    assert details(response) == ["no route matches /pets: the API is served under /api/v3/"]
    assert send(media_app, "GET", "/pets").status == 200
    control = media_app.handle(Request("GET", BASE + "/__mock__/health", {}, b""))
    assert json.loads(control.body) == {"ok": True}


def test_form_body_is_coerced_validated_and_echoed(media_app: MockApp) -> None:
    headers = {"content-type": FORM}
    response = send(media_app, "POST", "/pets", headers, b"name=Rex&age=3&tags=a&tags=b")
    assert response.status == 201, response.body
    # name echoed; the id is a fresh one (the schema's instance would say 0), above any held
    assert json.loads(response.body) == {"id": 1, "name": "Rex"}
    entry = last_entry(media_app)
    assert entry["form"] == {"name": ["Rex"], "age": ["3"], "tags": ["a", "b"]}
    assert (entry["body"], entry["raw"], entry["content_type"]) == (None, None, FORM)
    assert entry["operation_id"] == "post_pets"  # no operationId: the client's method name

    bad = send(media_app, "POST", "/pets", headers, b"name=R&age=old")
    assert bad.status == 400
    assert details(bad) == [
        "name: 'R' is too short",
        "age: 'old' is not of type 'integer'",
    ]


def test_multipart_file_part_is_logged_with_its_filename(media_app: MockApp) -> None:
    headers, body = encoded(
        data={"name": "Rex", "count": "2"}, files={"photo": ("rex.png", b"PNG\xff", "image/png")}
    )
    response = send(media_app, "POST", "/pets", headers, body)
    assert response.status == 201, response.body
    assert last_entry(media_app)["form"] == {
        "name": ["Rex"],
        "count": ["2"],
        "photo": [{"filename": "rex.png", "content_type": "image/png", "content": "PNG\ufffd"}],
    }
    headers, body = encoded(data={"name": "Rex", "count": "two"}, files={"x": ("a", b"")})
    bad = send(media_app, "POST", "/pets", headers, body)
    assert bad.status == 400
    assert details(bad) == [
        "body: 'photo' is a required property",
        "count: 'two' is not of type 'integer'",
    ]


def test_wrong_body_media_type_gets_415_naming_the_accepted_ones(media_app: MockApp) -> None:
    response = send(media_app, "POST", "/pets", {"content-type": "application/json"}, b"{}")
    assert response.status == 415
    assert details(response) == [
        "the request body must be sent as application/x-www-form-urlencoded or "
        "multipart/form-data, not Content-Type 'application/json'"
    ]


def test_octet_stream_body_is_logged_raw_and_answered_with_bytes(media_app: MockApp) -> None:
    headers = {"content-type": "application/octet-stream"}
    response = send(media_app, "PUT", "/pets/7/photo", headers, b"\x89PNG-bytes")
    assert response.status == 200
    assert response.headers["Content-Type"] == "image/png"
    assert response.body == MOCK_BYTES
    entry = last_entry(media_app)
    assert (entry["raw"], entry["body"], entry["form"]) == ("\ufffdPNG-bytes", None, None)
    missing = send(media_app, "PUT", "/pets/7/photo", headers, b"")
    assert details(missing) == ["body: a request body is required"]


def test_text_body_and_text_responses(media_app: MockApp) -> None:
    headers = {"content-type": "text/plain; charset=utf-8"}
    response = media_app.handle(Request("POST", BASE + "/notes", headers, b"buy milk"))
    assert response.status == 200  # security: [] needs no credentials
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.body == b"string"
    assert last_entry(media_app)["raw"] == "buy milk"
    too_long = media_app.handle(Request("POST", BASE + "/notes", headers, b"x" * 21))
    assert too_long.status == 400
    assert too_long.headers["Content-Type"].startswith("text/plain")  # the `default` error
    assert too_long.body.decode().startswith("body: 'xxx")
    not_utf8 = media_app.handle(Request("POST", BASE + "/notes", headers, b"\xff"))
    assert not_utf8.status == 400
    assert b"not valid UTF-8" in not_utf8.body
    named = send(media_app, "GET", f"/pets/{add_pet(media_app)}")  # a pet that exists
    assert (named.status, named.body) == (200, b"Rex")  # the example
    assert named.headers["Content-Type"] == "text/plain; charset=utf-8"


def test_204_has_no_body_and_no_content_type(media_app: MockApp) -> None:
    response = send(media_app, "DELETE", "/pets/7/photo")
    assert (response.status, response.body, dict(response.headers)) == (204, b"", {})


def test_operation_parameters_override_path_level_ones(media_app: MockApp) -> None:
    # /pets/{id} declares id an integer; DELETE redeclares it as lower-case letters.
    assert details(send(media_app, "DELETE", "/pets/3")) == ["id: '3' does not match '^[a-z]+$'"]
    # Valid, so it is looked up (pets have integer ids: there is no pet "rex").
    assert details(send(media_app, "DELETE", "/pets/rex")) == ["no resource at /pets/rex"]
    assert send(media_app, "GET", f"/pets/{add_pet(media_app)}").status == 200
    invalid = send(media_app, "GET", "/pets/rex")
    # GET declares 4XX with a schema that has no message field: a valid instance of it.
    assert (invalid.status, json.loads(invalid.body)) == (400, {"reason": "short-and-stout"})


def test_top_level_json_arrays_and_scalars(media_app: MockApp) -> None:
    assert json.loads(send(media_app, "GET", "/pets").body) == []  # none remembered yet
    add_pet(media_app)
    assert json.loads(send(media_app, "GET", "/pets").body) == [{"id": 1, "name": "Rex"}]
    assert json.loads(send(media_app, "GET", "/keyed?api_key=k").body) == 0


def test_faults_answer_with_the_declared_error_shape(media_app: MockApp) -> None:
    media_app.faults.add({"status": 404, "message": "gone"})
    response = send(media_app, "GET", "/pets/3")
    # The envelope learned from the schema (which allows a `details` list beside).
    assert json.loads(response.body) == {"status": 404, "detail": "gone", "details": []}
    media_app.faults.add({"status": 418})
    teapot = send(media_app, "GET", "/pets/3")
    assert teapot.status == 418
    # The 4XX schema has no message field: a valid instance of it.
    assert json.loads(teapot.body) == {"reason": "short-and-stout"}
    media_app.faults.add({"status": 503, "match": {"path": "/pets/{id}"}})
    unavailable = send(media_app, "GET", "/pets/3")
    # Nothing declared for 5XX: the API's error envelope (NotFound is its error model).
    assert json.loads(unavailable.body)["status"] == 503


def test_header_and_cookie_parameters_are_validated(media_app: MockApp) -> None:
    response = send(media_app, "GET", "/pets", {"x-trace": "abc", "cookie": "limit=99"})
    assert response.status == 400
    assert details(response) == [
        "X-Trace: 'abc' is not of type 'integer'",  # a path-level parameter
        "limit: 99 is greater than the maximum of 50",
    ]
    ok = send(media_app, "GET", "/pets", {"x-trace": "12", "cookie": "limit=5; other=x"})
    assert ok.status == 200
    assert last_entry(media_app)["cookies"] == {"limit": "5", "other": "x"}
    assert last_entry(media_app)["headers"]["cookie"] == "***"


def test_secret_header_parameters_are_hidden(media_app: MockApp) -> None:
    response = send(media_app, "GET", "/pets", {"x-password": "abc"})
    assert response.status == 400
    assert "abc" not in response.body.decode()
    assert last_entry(media_app)["headers"]["x-password"] == "***"


def test_deep_object_and_delimited_query_parameters(media_app: MockApp) -> None:
    query = "filter%5Bname%5D=rex&filter[age]=3&ids=1,2,3&tags=a%7Cb&offset=0&size=10"
    assert send(media_app, "GET", "/pets?" + query).status == 200
    bad = send(media_app, "GET", "/pets?filter[age]=-1&ids=1,x&tags=&size=big")
    assert details(bad) == [
        "filter.age: -1 is less than the minimum of 0",
        "ids[1]: 'x' is not of type 'integer'",
        "page.size: 'big' is not of type 'integer'",  # an exploded form object
    ]


@pytest.mark.parametrize(
    ("target", "headers", "logged"),
    [
        ("/keyed?api_key=k&x=1", {}, ("query", {"api_key": ["***"], "x": ["1"]})),
        (
            "/keyed",
            {"cookie": "session=s; theme=dark"},
            ("cookies", {"session": "***", "theme": "dark"}),
        ),
        ("/keyed", {"authorization": "Bearer oauth-token"}, ("headers", {"authorization": "***"})),
    ],
    ids=["query", "cookie", "oauth2-bearer"],
)
def test_query_cookie_and_oauth2_credentials(
    media_app: MockApp, target: str, headers: dict[str, str], logged: tuple[str, Any]
) -> None:
    response = media_app.handle(Request("GET", BASE + target, headers, b""))
    assert response.status == 200, response.body
    key, value = logged
    assert last_entry(media_app)[key] == value


def test_missing_credentials_name_every_alternative(media_app: MockApp) -> None:
    response = media_app.handle(Request("GET", BASE + "/keyed?api_key=", {}, b""))
    assert response.status == 401
    message = json.loads(response.body)["detail"]
    assert message.endswith(
        "send the api_key query parameter, or the session cookie, or Authorization: Bearer <token>"
    )


# -- every spec the generator accepts ------------------------------------------------------------

SPEC_FILES = sorted(
    [ROOT / "spec" / "openapi.yaml", *(ROOT / "tests" / "specs").rglob("*.yaml")],
    key=lambda p: p.relative_to(ROOT).as_posix(),
)


def _text(value: Any) -> Any:
    """A form value: strings and lists of strings as they are, anything else as JSON."""
    if isinstance(value, list):
        return [v if isinstance(v, str) else json.dumps(v) for v in value]
    return value if isinstance(value, str) else json.dumps(value)


def sample_request(
    spec: LoadedSpec, op: Operation, base: str, path_values: dict[str, str] | None = None
) -> Request:
    """A valid request for ``op``: credentials, required parameters, a body of its schema;
    ``path_values`` overrides path parameters (an id the mock holds)."""
    places: dict[str, dict[str, str]] = {"query": {}, "header": {}, "cookie": {}}
    for scheme in op.security[0] if op.security else ():
        if scheme.kind in ("bearer", "oauth2"):
            places["header"]["authorization"] = "Bearer t"
        elif scheme.kind == "basic":
            places["header"]["authorization"] = "Basic dTpw"  # u:p
        else:
            places[scheme.kind][scheme.header] = "x"
    path = op.path
    for param in op.path_params:
        value = (path_values or {}).get(param.name) or parameter_value(spec, op, param)
        path = path.replace("{" + param.name + "}", str(value))
    for param in op.keyword_params:
        value = parameter_value(spec, op, param) if param.required else None
        if param.required and not isinstance(value, (dict, list)):
            places[param.location][param.name] = str(value).lower() if value is True else str(value)
    headers = {k.lower(): v for k, v in places["header"].items()}
    if places["cookie"]:
        headers["cookie"] = "; ".join(f"{k}={v}" for k, v in places["cookie"].items())
    body = b""
    if op.body is not None:
        at = ("paths", op.path, op.method.lower(), "requestBody")
        holder, at = deref_at(spec.data, lookup(spec.data, at), at)
        schema_at = (*at, "content", op.body.content_type, "schema")
        value = op.body.example
        if value is None and "schema" in holder["content"][op.body.content_type]:
            value = built_and_errors(spec.data, schema_at)[0]
        fields = {k: _text(v) for k, v in value.items()} if isinstance(value, dict) else {}
        headers["content-type"] = op.body.content_type
        if op.body.media == "json":
            body = json.dumps(value).encode()
        elif op.body.media == "form":
            body = urlencode(fields, doseq=True).encode()
        elif op.body.media == "multipart":
            files = {k: ("f.bin", b"\x00data") for k, v in fields.items() if v == "string"}
            data = {k: v for k, v in fields.items() if k not in files}
            multipart_headers, body = encoded(data=data, files=files)
            headers.update(multipart_headers)
        else:
            body = (value if isinstance(value, str) else "data").encode()
    query = urlencode(places["query"])
    return Request(op.method, base + path + ("?" + query if query else ""), headers, body)


def held_id(spec: LoadedSpec, api: Api, app: MockApp, op: Operation) -> dict[str, str]:
    """For an item of a collection the mock remembers (GET/PUT/PATCH/DELETE ``C/{id}``): create
    one with the collection's POST first and name it, since an unknown id is a 404."""
    # OpenAI's spec has paths such as "/responses/{id}?beta=true": on the wire, the same route
    # as "/responses/{id}", whose role the mock then plays.
    role = app.store.roles.get((op.method, op.path)) or app.store.roles.get(
        (op.method, op.path.split("?")[0])
    )
    if role is None or role.kind not in ("read", "update", "delete"):
        return {}
    collection = role.collection
    create = next(o for o in api.operations if (o.method, o.path) == ("POST", collection.template))
    # The parent's path values as the item's operation will send them (their examples differ
    # from operation to operation in some specs).
    parents = {p.name: str(parameter_value(spec, op, p)) for p in op.path_params[:-1]}
    created = app.handle(sample_request(spec, create, app.base_path, parents))
    assert created.status == create.success_status, created.body[:300]
    body = json.loads(created.body)
    resource = body[collection.payload] if collection.payload else body
    item = re.findall(r"\{([^{}]+)\}", op.path)[-1]
    return {**parents, item: str(resource[collection.id_name])}


@pytest.mark.parametrize("path", SPEC_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_operation_of_every_accepted_spec_is_served(path: Path) -> None:
    try:
        spec, api = load_and_build(path)
    except SpecError:
        pytest.skip("the generator does not accept this spec")
    app = MockApp(spec, api)
    assert app.warnings == []
    for op in api.operations:
        response = app.handle(sample_request(spec, op, app.base_path, held_id(spec, api, app, op)))
        where = f"{op.method} {op.path}"
        assert response.status == op.success_status, (where, response.body[:300])
        declared = op.responses[0] if op.responses else None
        content_type = response.headers.get("Content-Type", "")
        if declared is None or declared.media == "none":
            assert (response.body, content_type) == (b"", ""), where
        else:
            assert content_type.startswith(declared.content_type.replace("*/*", "")), where


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["/pets", "/pets/1", "/pets/x/photo", "/notes", "/keyed"]),
    st.text(max_size=30),
    st.sampled_from(
        [
            FORM,
            "multipart/form-data; boundary=b",
            "multipart/form-data",
            "text/plain; charset=utf-8",
            "application/octet-stream",
            "application/json",
            "",
        ]
    ),
    st.text(max_size=40),
    st.binary(max_size=80) | st.just(b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\n'),
)
def test_hostile_requests_to_every_media_type_never_crash(
    shared_media_app: MockApp, route: str, query: str, content_type: str, cookie: str, raw: bytes
) -> None:
    headers = {"content-type": content_type, "cookie": cookie, "x-trace": query}
    for method in ("GET", "POST", "PUT", "DELETE"):
        response = send(shared_media_app, method, f"{route}?{query}", headers, raw)
        assert response.status < 500, response.body
