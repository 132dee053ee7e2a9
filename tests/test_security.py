"""Security schemes: what the build makes of them, and how the mock checks and serves them.

The generated clients' behaviour (headers sent, tokens fetched and refreshed, errors) is tested
end to end in tests/constructs_calls_security.py.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
import yaml

from generator.build import build
from generator.ir import Api
from generator.load import parse_spec
from generator.mock.app import MockApp
from generator.mock.messages import Request, Response
from generator.problems import Problem, SpecError

FORM = "application/x-www-form-urlencoded"


def spec_text(schemes: dict[str, Any], security: list[dict[str, list[str]]]) -> str:
    return yaml.safe_dump(
        {
            "openapi": "3.1.0",
            "info": {"title": "Secure API", "version": "1", "x-sdk": {"env-prefix": "SECURE"}},
            "servers": [{"url": "https://api.example.com/v2"}],
            "security": security,
            "paths": {
                "/things": {
                    "get": {
                        "operationId": "listThings",
                        "responses": {"200": {"description": "ok"}},
                    },
                    "post": {
                        "operationId": "addThing",
                        "security": [{key: ["things:write"] for key in schemes}],
                        "responses": {"204": {"description": "ok"}},
                    },
                }
            },
            "components": {"securitySchemes": schemes},
        },
        sort_keys=False,
    )


def built(schemes: dict[str, Any], security: list[dict[str, list[str]]] | None = None) -> Api:
    text = spec_text(schemes, security or [{key: [] for key in schemes}])
    return build(parse_spec(text, "secure.yaml"))


def problems(schemes: dict[str, Any]) -> list[str]:
    with pytest.raises(SpecError) as caught:
        built(schemes)
    return [problem.message for problem in caught.value.problems]


BASIC = {"type": "http", "scheme": "basic"}
CLIENT_CREDENTIALS = {
    "type": "oauth2",
    "flows": {"clientCredentials": {"tokenUrl": "/oauth/token", "scopes": {"things:write": ""}}},
}


# -- build ---------------------------------------------------------------------------------------


def test_basic_defaults_to_username_and_password_under_the_env_prefix() -> None:
    api = built({"login": BASIC})
    (scheme,) = api.security_schemes
    assert scheme.kind == "basic"
    assert [(c.parameter, c.env, c.role) for c in scheme.arguments] == [
        ("username", "SECURE_USERNAME", "username"),
        ("password", "SECURE_PASSWORD", "password"),
    ]
    assert api.auth_alternatives == (("username", "password"),)


def test_basic_names_come_from_x_sdk_mappings() -> None:
    scheme = {
        **BASIC,
        "x-sdk-parameter": {"username": "account_sid", "password": "auth_token"},
        "x-sdk-env": {"username": "TWILIO_ACCOUNT_SID", "password": "TWILIO_AUTH_TOKEN"},
    }
    api = built({"accountSid_authToken": scheme})
    assert [(c.parameter, c.env) for c in api.credentials] == [
        ("account_sid", "TWILIO_ACCOUNT_SID"),
        ("auth_token", "TWILIO_AUTH_TOKEN"),
    ]


def test_client_credentials_take_a_token_or_a_client_id_and_secret() -> None:
    api = built({"oauth": CLIENT_CREDENTIALS}, [{"oauth": ["things:read"]}])
    (scheme,) = api.security_schemes
    assert (scheme.kind, scheme.token_url) == ("oauth2", "/oauth/token")
    assert scheme.scopes == ("things:read", "things:write")  # every scope a requirement names
    assert [(c.parameter, c.env) for c in scheme.arguments] == [
        ("oauth", "OAUTH"),
        ("client_id", "SECURE_CLIENT_ID"),
        ("client_secret", "SECURE_CLIENT_SECRET"),
    ]
    assert api.operations[0].auth_groups == (("oauth",), ("client_id", "client_secret"))
    assert all(op.fetches_token for op in api.operations)


def test_client_credentials_names_from_a_string_or_a_mapping() -> None:
    scheme = {
        **CLIENT_CREDENTIALS,
        "x-sdk-parameter": {"token": "access_token", "client-id": "app_id"},
        "x-sdk-env": "MY_TOKEN",
    }
    api = built({"oauth": scheme})
    assert [(c.parameter, c.env) for c in api.credentials] == [
        ("access_token", "MY_TOKEN"),
        ("app_id", "SECURE_CLIENT_ID"),
        ("client_secret", "SECURE_CLIENT_SECRET"),
    ]


def test_oauth2_without_client_credentials_is_a_bearer_token() -> None:
    flows = {"authorizationCode": {"authorizationUrl": "/a", "tokenUrl": "/t", "scopes": {}}}
    api = built({"oauth": {"type": "oauth2", "flows": flows}})
    assert api.security_schemes[0].kind == "bearer"
    assert api.auth_alternatives == (("oauth",),)


@pytest.mark.parametrize(
    ("scheme", "kind"),
    [
        ({"type": "http", "scheme": "digest"}, "http digest"),
        ({"type": "mutualTLS"}, "mutualTLS"),
    ],
)
def test_other_schemes_are_a_warning_and_left_out(scheme: dict[str, Any], kind: str) -> None:
    findings: list[Problem] = []
    text = spec_text({"other": scheme}, [{"other": []}])
    api = build(parse_spec(text, "secure.yaml"), findings)
    assert [(p.rule, p.severity) for p in findings] == [("unsupported-security", "warning")]
    assert findings[0].message.startswith(f"security scheme 'other' ({kind}) is not supported")
    assert api.security_schemes == ()
    assert api.operations  # still generated, without the scheme


def test_two_basic_schemes_with_default_names_collide() -> None:
    assert problems({"one": BASIC, "two": BASIC}) == [
        f"credential argument {name!r} is also an argument of security scheme 'one': set "
        "x-sdk-parameter"
        for name in ("password", "username")
    ]


def test_a_wrong_x_sdk_mapping_is_located() -> None:
    found = problems({"login": {**BASIC, "x-sdk-parameter": {"user": "me"}}})
    assert found == ["x-sdk-parameter of a basic scheme maps username, password to non-empty names"]
    found = problems({"login": {**BASIC, "x-sdk-env": "ONE_VARIABLE"}})
    assert found == ["x-sdk-env of a basic scheme maps username, password"]
    found = problems({"key": {"type": "http", "scheme": "bearer", "x-sdk-parameter": ["a"]}})
    assert found == ["x-sdk-parameter of this scheme is a string (one credential)"]


# -- mock ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app() -> MockApp:
    text = spec_text({"login": BASIC, "oauth": CLIENT_CREDENTIALS}, [{"login": []}])
    spec = parse_spec(text, "secure.yaml")
    return MockApp(spec, build(spec))


def send(
    app: MockApp, method: str, path: str, headers: dict[str, str], body: bytes = b""
) -> Response:
    return app.handle(Request(method, path, headers, body))


def basic(credentials: str) -> str:
    return "Basic " + base64.b64encode(credentials.encode()).decode()


def test_mock_accepts_a_basic_header_with_username_and_password(app: MockApp) -> None:
    assert send(app, "GET", "/v2/things", {"authorization": basic("u:p")}).status == 200


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer t", "Basic", "Basic !!", basic("no-colon"), basic(":p"), basic("u:")],
)
def test_mock_refuses_a_missing_or_malformed_basic_header(
    app: MockApp, authorization: str | None
) -> None:
    headers = {"authorization": authorization} if authorization is not None else {}
    response = send(app, "GET", "/v2/things", headers)
    assert response.status == 401
    assert response.headers["WWW-Authenticate"] == 'Basic realm="api"'
    assert "Authorization: Basic <base64 of username:password>" in response.body.decode()


def token_request(
    app: MockApp, form: str, authorization: str | None = basic("id:secret")
) -> tuple[int, dict[str, Any]]:
    headers = {"content-type": FORM}
    if authorization:
        headers["authorization"] = authorization
    response = send(app, "POST", "/oauth/token", headers, form.encode())
    return response.status, json.loads(response.body) if response.body else {}


def test_mock_issues_tokens_at_the_token_url(app: MockApp) -> None:
    status, token = token_request(app, "grant_type=client_credentials&scope=things%3Awrite")
    assert status == 200
    assert token["access_token"].startswith("mock-token-")
    assert (token["token_type"], token["expires_in"], token["scope"]) == (
        "Bearer",
        3600,
        "things:write",
    )
    # Client secret in the form (client_secret_post) is accepted too, and hidden in the log.
    form = "grant_type=client_credentials&client_id=id&client_secret=hush"
    assert token_request(app, form, None)[0] == 200
    entry = app.log.snapshot()[-1]
    assert (entry["path"], entry["form"]["client_secret"]) == ("/oauth/token", ["***"])


@pytest.mark.parametrize(
    ("form", "authorization", "status", "error"),
    [
        ("grant_type=client_credentials", None, 401, "invalid_client"),
        ("grant_type=client_credentials", basic("id:"), 401, "invalid_client"),
        ("grant_type=password", basic("id:secret"), 400, "unsupported_grant_type"),
    ],
)
def test_mock_refuses_bad_token_requests(
    app: MockApp, form: str, authorization: str | None, status: int, error: str
) -> None:
    got, body = token_request(app, form, authorization)
    assert (got, body["error"]) == (status, error)
    assert body["error_description"]


def test_mock_token_lifetime_is_set_by_the_control_api(app: MockApp) -> None:
    control = send(app, "POST", "/__mock__/tokens", {}, b'{"expires_in": 2}')
    assert control.status == 200
    assert token_request(app, "grant_type=client_credentials")[1]["expires_in"] == 2
    send(app, "POST", "/__mock__/reset", {})
    assert token_request(app, "grant_type=client_credentials")[1]["expires_in"] == 3600
    assert send(app, "POST", "/__mock__/tokens", {}, b'{"expires_in": 0}').status == 400
