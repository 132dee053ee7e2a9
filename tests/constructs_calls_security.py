"""Call scripts of the security construct specs (see tests/constructs_calls.py for the harness).

security_basic   http basic: the exact Authorization header (explicit arguments, environment
                 variables, a second basic scheme as an alternative, sync and async); missing
                 or partial credentials and a ':' in a username are clear errors; a malformed
                 header gets the mock's 401; no secret in repr or error messages
security_oauth2  client credentials: one token request (HTTP basic client auth, the form,
                 the scopes), the token cached across calls, fetched again after expiry (a
                 1 s lifetime from the mock), once for concurrent async calls; a refused token
                 request and a 401 from the API; a token given directly; the environment;
                 no secret in repr
"""

from __future__ import annotations

import base64
import json
from typing import Any

from constructs_calls import Case, Out, Sent, returned

SECURITY_BASIC = """
import asyncio
import httpx
from c_security_basic import AsyncMessaging, Messaging
from c_security_basic.models import NewMessage

seen = []


def hooked():
    hook = lambda request: seen.append(request.headers.get("authorization"))
    return httpx.Client(event_hooks={"request": [hook]})


with Messaging(
    base_url=URL, account_sid="AC123", auth_token="tok/en+1", http_client=hooked()
) as client:
    out["created"] = show(client.create_message("AC123", NewMessage(to="+15550001", body="hi")))
    out["repr"] = repr(client)
out["explicit"] = seen[-1]

os.environ["MESSAGING_ACCOUNT_SID"] = "ACenv"
os.environ["MESSAGING_AUTH_TOKEN"] = " env-token\\n"  # surrounding whitespace is removed
with Messaging(base_url=URL, http_client=hooked()) as client:
    out["listed"] = show(client.list_messages("ACenv"))
out["from_env"] = seen[-1]
# Arguments beat the environment: the operator's login is used where it is accepted.
with Messaging(base_url=URL, username="ops", password="pw", http_client=hooked()) as client:
    client.list_messages("ACenv")
    out["operator"] = seen[-1]
    # ...and where it is not, the account's from the environment is sent.
    client.create_message("ACenv", NewMessage(to="+15550001", body="hi"))
    out["account_from_env"] = seen[-1]
    out["bad_header"] = caught(
        lambda: client.list_messages("ACenv", extra_headers={"Authorization": "Basic !!"})
    )
del os.environ["MESSAGING_ACCOUNT_SID"], os.environ["MESSAGING_AUTH_TOKEN"]

out["missing"] = caught(lambda: Messaging(base_url=URL))
out["partial"] = caught(lambda: Messaging(base_url=URL, auth_token="only-the-token"))
out["colon"] = caught(lambda: Messaging(base_url=URL, account_sid="AC:1", auth_token="t"))


async def main():
    async def record(request):
        seen.append(request.headers.get("authorization"))

    http = httpx.AsyncClient(event_hooks={"request": [record]})
    async with AsyncMessaging(
        base_url=URL, account_sid="ACasync", auth_token="s3cret", http_client=http
    ) as client:
        out["async_listed"] = show(await client.list_messages("ACasync"))
    out["async"] = seen[-1]
    await http.aclose()


asyncio.run(main())
"""


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def check_security_basic(out: Out, sent: Sent) -> None:
    assert out["explicit"] == _basic("AC123", "tok/en+1")
    assert out["from_env"] == _basic("ACenv", "env-token")
    assert out["operator"] == _basic("ops", "pw")
    assert out["account_from_env"] == _basic("ACenv", "env-token")
    assert out["async"] == _basic("ACasync", "s3cret")
    assert out["created"]["__type__"] == "Message"
    assert out["listed"][0]["__type__"] == "Message"
    assert out["async_listed"][0]["__type__"] == "Message"
    assert "tok/en+1" not in out["repr"] and "AC123" not in out["repr"]
    assert "auth_token=***" in out["repr"]
    assert out["bad_header"]["raised"] == "AuthenticationError"
    mock_says = json.dumps(out["bad_header"]["body"])
    assert "Authorization: Basic <base64 of username:password>" in mock_says
    assert out["missing"]["raised"] == "MissingCredentialsError"
    assert out["missing"]["message"] == (
        "No credentials: pass account_sid= (MESSAGING_ACCOUNT_SID) + auth_token= "
        "(MESSAGING_AUTH_TOKEN) or username= (MESSAGING_USERNAME) + password= "
        "(MESSAGING_PASSWORD)."
    )
    assert out["partial"]["raised"] == "MissingCredentialsError"
    assert out["partial"]["message"].endswith("Got only auth_token.")
    assert "only-the-token" not in out["partial"]["message"]
    assert out["colon"]["raised"] == "InvalidCredentialsError"
    assert "account_sid (or MESSAGING_ACCOUNT_SID) contains ':'" in out["colon"]["message"]
    assert "AC:1" not in out["colon"]["message"]
    statuses = [(e["method"], e["status"]) for e in sent]
    assert statuses == [
        ("POST", 201),
        ("GET", 200),
        ("GET", 200),
        ("POST", 201),
        ("GET", 401),
        ("GET", 200),
    ]
    assert all(e["headers"]["authorization"] == "***" for e in sent)  # the log hides it


SECURITY_OAUTH2 = """
import asyncio
import time
import urllib.parse
import httpx
from c_security_oauth2 import AsyncReports, Reports
from c_security_oauth2.models import NewReport

seen = []


def note(request):
    body = request.content.decode() if request.url.path == "/oauth/token" else None
    seen.append([request.url.path, request.headers.get("authorization"), body])


def hooked():
    return httpx.Client(event_hooks={"request": [note]})


def control(what, body):
    httpx.post(URL + "/__mock__/" + what, json=body).raise_for_status()


with Reports(
    base_url=URL, client_id="my:client", client_secret="s3:cret", http_client=hooked()
) as client:
    out["listed"] = show(client.list_reports())
    out["created"] = show(client.create_report(NewReport(title="Q4")))
    out["health"] = show(client.get_health())
    out["repr"] = repr(client)
out["cached"] = seen[:]

# A short lifetime: the token is refreshed on the first call after half of it.
control("tokens", {"expires_in": 1})
seen.clear()
with Reports(base_url=URL, client_id="id", client_secret="secret", http_client=hooked()) as client:
    client.list_reports()
    client.list_reports()
    time.sleep(0.7)
    client.list_reports()
    out["refreshed"] = seen[:]

    # The API refuses the token: it is dropped and the next call fetches another.
    control("faults", {"status": 401, "message": "token revoked", "match": {"path": "/reports"}})
    seen.clear()
    out["revoked"] = caught(client.list_reports)
    client.list_reports()
    out["after_revoked"] = seen[:]
control("reset", {})

# The token endpoint refuses the client.
control("faults", {"status": 401, "message": "bad client", "match": {"path": "/oauth/token"}})
with Reports(base_url=URL, client_id="id", client_secret="wrong", http_client=hooked()) as client:
    out["refused"] = caught(client.list_reports)

seen.clear()
with Reports(base_url=URL, access_token="given-token", http_client=hooked()) as client:
    client.list_reports()
out["direct"] = seen[:]

out["missing"] = caught(lambda: Reports(base_url=URL))
os.environ["REPORTS_CLIENT_ID"] = "env-id"
os.environ["REPORTS_CLIENT_SECRET"] = "env-secret"
seen.clear()
with Reports(base_url=URL, http_client=hooked()) as client:
    client.list_reports()
out["from_env"] = seen[:]


async def main():
    async def record(request):
        note(request)

    control("tokens", {"expires_in": 1})
    seen.clear()
    http = httpx.AsyncClient(event_hooks={"request": [record]})
    async with AsyncReports(
        base_url=URL, client_id="a", client_secret="b", http_client=http
    ) as client:
        await asyncio.gather(*(client.list_reports() for _ in range(5)))
        await asyncio.sleep(0.7)
        await client.create_report(NewReport(title="later"))
        out["async_repr"] = repr(client)
    out["async"] = seen[:]
    await http.aclose()


asyncio.run(main())
"""

FORM = "grant_type=client_credentials&scope=reports%3Aread+reports%3Awrite"


def _requests(seen: list[list[Any]]) -> list[tuple[str, str | None]]:
    return [(path, auth) for path, auth, _ in seen]


def check_security_oauth2(out: Out, sent: Sent) -> None:
    # One token request, HTTP basic client auth with each part form-urlencoded (RFC 6749 2.3.1).
    assert out["cached"] == [
        ["/oauth/token", _basic("my%3Aclient", "s3%3Acret"), FORM],
        ["/v1/reports", "Bearer mock-token-1", None],
        ["/v1/reports", "Bearer mock-token-1", None],
        ["/v1/health", None, None],
    ]
    assert returned({"returned": out["listed"]})[0]["__type__"] == "Report"
    assert out["health"] == "string"
    for shown in (out["repr"], out["async_repr"]):
        assert "s3:cret" not in shown and "my:client" not in shown and "=b" not in shown
        assert "client_secret=***" in shown
    assert _requests(out["refreshed"]) == [
        ("/oauth/token", _basic("id", "secret")),
        ("/v1/reports", "Bearer mock-token-2"),
        ("/v1/reports", "Bearer mock-token-2"),
        ("/oauth/token", _basic("id", "secret")),
        ("/v1/reports", "Bearer mock-token-3"),
    ]
    assert out["revoked"]["raised"] == "AuthenticationError"
    assert _requests(out["after_revoked"]) == [
        ("/v1/reports", "Bearer mock-token-3"),
        ("/oauth/token", _basic("id", "secret")),
        ("/v1/reports", "Bearer mock-token-4"),
    ]
    assert out["refused"]["raised"] == "AuthenticationError"
    assert out["refused"]["status_code"] == 401
    assert "the access token request was refused" in out["refused"]["message"]
    assert "wrong" not in out["refused"]["message"]
    assert _requests(out["direct"]) == [("/v1/reports", "Bearer given-token")]
    assert out["missing"]["raised"] == "MissingCredentialsError"
    assert out["missing"]["message"] == (
        "No credentials: pass access_token= (REPORTS_ACCESS_TOKEN) or client_id= "
        "(REPORTS_CLIENT_ID) + client_secret= (REPORTS_CLIENT_SECRET)."
    )
    assert out["from_env"][0][:2] == ["/oauth/token", _basic("env-id", "env-secret")]
    # Five concurrent async calls fetch one token; after expiry the next call fetches another.
    tokens = [auth for path, auth in _requests(out["async"]) if path == "/oauth/token"]
    assert tokens == [_basic("a", "b")] * 2
    assert _requests(out["async"])[0][0] == "/oauth/token"
    bearers = [auth for path, auth in _requests(out["async"]) if path != "/oauth/token"]
    assert len(set(bearers[:5])) == 1 and bearers[5] != bearers[0]
    token_requests = [e for e in sent if e["path"] == "/oauth/token"]
    assert token_requests and all(
        e["form"]["grant_type"] == ["client_credentials"] for e in token_requests
    )
    assert all(e["headers"]["authorization"] == "***" for e in sent)


SECURITY_QUERY_KEY = """
import asyncio
import logging
from datetime import timezone

DateTime, Date = datetime.datetime, datetime.date
from c_security_query_key import AsyncEvents, Events
from c_security_query_key.models import CreateReminderRequest, NewEvent, Slot

records = []
handler = logging.Handler(logging.DEBUG)
handler.emit = records.append
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.DEBUG)

UTC = timezone.utc
DAY = Date(2025, 1, 31)
NOON = DateTime(2025, 1, 31, 12, tzinfo=UTC)
with Events(base_url=URL, api_key="KEY-s3cret") as client:
    out["listed"] = show(client.list_events(DAY, since=NOON, at=[NOON], if_modified_since=NOON,
                                            extra_query={"sig": "SIG-s3cret"}))
    event = NewEvent(title="Launch", slot=Slot(starts_at=NOON, ends_at=None),
                     reminders=[NOON], deadlines={"rsvp": NOON}, on=DAY)
    out["created"] = show(client.create_event(DAY, event))
    client.create_reminder(CreateReminderRequest(remind_at=NOON, note="go"))
    naive = DateTime(2025, 1, 31, 12)
    out["bad_params"] = caught(lambda: client.list_events(
        "2025-01-31", since=naive, at=[NOON, "2025-01-31T12:00:00Z"], if_modified_since=naive))
    out["bad_body"] = caught(lambda: client.create_event(DAY, NewEvent(
        title="x", slot=Slot(starts_at="2025-01-31T12:00:00Z", ends_at=naive),
        reminders=[naive], deadlines={"rsvp": "soon"}, on=NOON)))
    out["bad_form"] = caught(lambda: client.create_reminder(CreateReminderRequest(remind_at=naive)))


async def main():
    async with AsyncEvents(base_url=URL, api_key="KEY-s3cret") as client:
        out["async_listed"] = show(await client.list_events(DAY, extra_query={"sig": "SIG-s3cret"}))
        try:
            await client.list_events(DAY, since=DateTime(2025, 1, 31))
        except Exception as exc:
            out["async_naive"] = str(exc)


asyncio.run(main())
logging.getLogger().removeHandler(handler)
out["httpx_lines"] = [r.getMessage() for r in records if r.name == "httpx"]
out["leaks"] = [f"{r.name}: {r.getMessage()}" for r in records
                if "s3cret" in r.getMessage() or "s3cret" in repr(r.args)]
out["loggers"] = sorted({r.name.split(".")[0] for r in records})
"""


def check_security_query_key(out: Out, sent: Sent) -> None:
    sends = [s for s in sent if s["method"] in ("GET", "POST")]
    assert len(sends) == 4, calls_of(sends)  # three sync calls, one async; refusals send nothing
    assert all("api_key" in s["query"] for s in sends), sends  # (the mock logs it as ***)
    first = sends[0]
    assert first["path"] == "/calendars/2025-01-31/events"
    assert first["query"]["since"] == ["2025-01-31T12:00:00+00:00"]
    assert first["headers"]["if-modified-since"] == "2025-01-31T12:00:00+00:00"
    assert sends[1]["body"] == {
        "title": "Launch",
        "slot": {"starts_at": "2025-01-31T12:00:00+00:00", "ends_at": None},
        "reminders": ["2025-01-31T12:00:00+00:00"],
        "deadlines": {"rsvp": "2025-01-31T12:00:00+00:00"},
        "on": "2025-01-31",
    }
    naive = "a naive datetime (no tzinfo) names no instant"
    text = "expected a datetime, got a str; convert it with datetime.fromisoformat"
    params = out["bad_params"]["message"]
    assert "day: expected a date, got a str" in params, params
    assert f"since: {naive}" in params and f"If-Modified-Since: {naive}" in params, params
    assert f"at[1]: {text}" in params and "at[0]" not in params, params
    body = out["bad_body"]["message"]
    for line in (
        f"slot.starts_at: {text}",
        f"slot.ends_at: {naive}",
        f"reminders[0]: {naive}",
        f"deadlines.rsvp: {text}",
        "on: expected a date, got a datetime",
    ):
        assert line in body, body
    assert f"remind_at: {naive}" in out["bad_form"]["message"]
    assert all(
        o["raised"] == "ValidationError"
        for o in (out["bad_params"], out["bad_body"], out["bad_form"])
    )
    assert out["async_naive"].endswith(
        f"since: {naive}; pass an aware one, e.g. datetime(..., tzinfo=timezone.utc)"
    )
    # The key and the extras were sent, and logged by no one: httpx's line shows ***.
    assert out["leaks"] == []
    assert len(out["httpx_lines"]) == 4, out["httpx_lines"]
    assert all("api_key=***" in line for line in out["httpx_lines"]), out["httpx_lines"]
    assert "sig=***" in out["httpx_lines"][0] and "sig=***" in out["httpx_lines"][-1]
    assert {"httpx", "httpcore", "c_security_query_key"} <= set(out["loggers"]), out["loggers"]


def calls_of(sent: Sent) -> list[tuple[str, str]]:
    return [(s["method"], s["path"]) for s in sent]


SECURITY_CASES: dict[str, Case] = {
    "security_basic": Case(SECURITY_BASIC, check_security_basic),
    "security_oauth2": Case(SECURITY_OAUTH2, check_security_oauth2),
    "security_query_key": Case(SECURITY_QUERY_KEY, check_security_query_key),
}
