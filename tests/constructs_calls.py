"""Call scripts for tests/test_constructs.py: one per spec, with the assertions on its outcome.

Each :class:`Case` has a ``script`` that runs in the venv where the generated packages are
installed (``SDK_URL`` is the mock server's URL, ``SDK_PACKAGE`` the generated package's import
name): it calls every operation with realistic values and stores what came back in ``out``
(``show()`` turns models into JSON, keeping their class name under ``"__type__"``; ``caught()``
records an exception's class, status and bodies). The test then runs ``check(out, sent)``, where
``sent`` is the mock's request log (``method``, ``path``, ``query``, ``headers``, ``body``,
``form``, ``raw``). ``faults`` are queued on the mock before the script runs.

What each case asserts, beyond "every operation was called and sent what it should":

construct specs (tests/specs/constructs/)
  inline_objects            inline models named by title / x-sdk-name / parent+field /
                            {Operation}Request / {Operation}Response; nested inline bodies sent
  all_of                    Pet is one model with the fields of all three allOf parts;
                            allOf-with-one-$ref is that model
  one_of_discriminator      discriminated unions decode to the right class, with and without
                            a mapping; a union as the request body
  any_of_undiscriminated    anyOf / oneOf without discriminator decode to the matching class
  additional_properties     dict[str, int], dict[str, Model], a map body, typed `extra` sent
                            beside declared fields and read back
  const_and_numeric_enums   int Enum, number Enum, Literal for string and integer const; enum in
                            the query sent as its value; a const response; consts in a list
                            and a map
  type_lists                [string, integer, boolean] values keep their type; [string, null]:
                            None is sent as null, unset is omitted
  response_shapes           top-level array, integer, text/plain -> str, image/png -> bytes,
                            204 -> None
  response_codes            200 | 202 union; 4XX, 5XX, default -> NotFoundError,
                            InternalServerError, ConflictError with `.parsed` typed bodies
  json_bodies               array, integer, union and array-of-model request bodies
  multipart                 file part as bytes, file object (its filename) and File(...)
                            (filename, content type); plain, repeated and JSON parts; a list
                            of $ref-to-binary files
  multipart_fields_only     multipart without any file field in the API: plain, repeated and
                            JSON parts
  form_urlencoded           urlencoded fields, repeated array field, False sent as "false",
                            password field hidden from repr
  octet_stream              raw bytes body with application/octet-stream; bytes response
  header_cookie_params      header parameters by their wire names; cookies in one Cookie
                            header (as parsed by the mock, and as sent, seen through an
                            httpx event hook); unset ones are not sent
  path_level_params         path-item parameters shared by operations, path values escaped
  query_styles              form explode (tags=a&tags=b), form no-explode (ids=1,2,3;
                            coords=lat,52.5,lng,13.4), deepObject (filter[name]=lamp)
  no_operation_id           method names from method + path
  servers_none              base_url given explicitly; without it nothing is sent
  servers_relative          same, for a relative server URL
  server_variables          default base URL with every variable's default substituted
  read_write_only           readOnly never sent (even from a model read back); writeOnly
                            never read (not even into `extra`) and not in repr
  openapi_30                3.0: nullable, boolean exclusiveMinimum/Maximum validated before
                            any request is sent
  security_basic, security_oauth2
                            see tests/constructs_calls_security.py
  recursive_types           maps, lists and unions of themselves (type aliases naming
                            themselves) decoded at every depth, sent, checked before sending,
                            and read by from_dict
  envelope                  x-sdk payload: data unwrapped; x-sdk-payload false returns the
                            whole body; x-sdk-payload: participants returns that field
  name_collisions           renamed classes, fields, arguments and methods send the spec's
                            names (its case is in constructs_calls_names.py)
  json_schema_keywords      prefixItems as tuple[float, float] and list[str | int];
                            uniqueItems, contains, propertyNames, patternProperties (typed
                            `extra`), minProperties, dependentSchemas, unevaluatedProperties
                            and a recursive tree, checked before sending and by the mock

a spec in several files (tests/specs/multifile/; its case is in constructs_calls_multifile.py)
  multifile                 path items, parameters, a response, an operation and schemas from
                            seven other files; a cycle of schemas across two files

public specs (tests/specs/public/)
  oai-petstore              3.0.0: query, 201 without content, a `default` error parsed
  oai-petstore-expanded     allOf Pet, form-exploded array query, an operationId with spaces,
                            204
  oai-uspto                 server variable default, form-urlencoded body (0 is sent), path
                            parameters declared out of path order
  oai-non-oauth-scopes      3.1: no servers, no operationId, no responses -> None
  oai-webhook-example       3.1: no paths at all; the client still builds, nothing is sent
  swagger-petstore          3.0.4, 19 operations: api_key + oauth2, octet-stream upload,
                            map response, header parameter, array query, JSON chosen
                            among JSON/XML/form bodies

plumbing (selected with SDKGEN_SPECS; see tests/test_constructs.py)
  mock_minimal, openapi     the specs the generator already supports
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Out = dict[str, Any]
Sent = list[dict[str, Any]]

RESULT_MARKER = "@@SDKGEN-CONSTRUCTS-RESULT@@"

PRELUDE = '''\
import dataclasses
import datetime
import enum
import json
import os

URL = os.environ["SDK_URL"]
out = {}


def show(value):
    """A returned value as JSON; models keep their class name under "__type__"."""
    if repr(value) == "UNSET":
        return "<UNSET>"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        shown = {"__type__": type(value).__name__}
        for item in dataclasses.fields(value):
            member = getattr(value, item.name)
            if repr(member) != "UNSET":
                shown[item.name] = show(member)
        return shown
    if isinstance(value, enum.Enum):
        return show(value.value)
    if isinstance(value, (bytes, bytearray)):
        return {"__bytes__": bytes(value).decode("latin-1")}
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [show(v) for v in value]
    if isinstance(value, dict):
        return {str(k): show(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return {"__repr__": repr(value)}


def caught(call):
    """call()'s result, or the exception it raised: class, bases, status and bodies."""
    try:
        value = call()
    except Exception as exc:
        return {
            "raised": type(exc).__name__,
            "bases": [c.__name__ for c in type(exc).__mro__],
            "status_code": getattr(exc, "status_code", None),
            "body": show(getattr(exc, "body", None)),
            "parsed": show(getattr(exc, "parsed", None)),
            "message": str(exc)[:500],
        }
    return {"returned": show(value)}
'''

# For public specs: the package and client names are derived from info.title by the generator,
# so they are found rather than spelled out.
PUBLIC_PRELUDE = '''\
import importlib
import inspect

pkg = importlib.import_module(os.environ["SDK_PACKAGE"])
models = importlib.import_module(pkg.__name__ + ".models")
Client = next(getattr(pkg, n) for n in pkg.__all__ if "Async" + n in pkg.__all__)


def with_path(method, path, *rest, **options):
    """Call method with its path parameters (by name, in whatever order it takes them)."""
    names = [
        p.name
        for p in inspect.signature(method).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    return method(*(path[n] for n in names[: len(path)]), *rest, **options)
'''

POSTLUDE = f'\nprint("{RESULT_MARKER}" + json.dumps(out))\n'


@dataclass(frozen=True)
class Case:
    """How to call one spec's client, and what must have happened."""

    body: str
    check: Callable[[Out, Sent], None]
    faults: tuple[dict[str, Any], ...] = ()
    public: bool = False

    @property
    def script(self) -> str:
        prelude = PRELUDE + (PUBLIC_PRELUDE if self.public else "")
        return prelude + "\n" + textwrap.dedent(self.body).strip() + "\n" + POSTLUDE


def parse_output(stdout: str) -> Out:
    """The ``out`` dict a script printed (the last marked line)."""
    lines = [line for line in stdout.splitlines() if line.startswith(RESULT_MARKER)]
    assert lines, f"the script printed no result line:\n{stdout}"
    result: Out = json.loads(lines[-1][len(RESULT_MARKER) :])
    return result


# -- helpers for the checks ----------------------------------------------------------------------


def calls(sent: Sent) -> list[tuple[str, str]]:
    """(method, path) of every request, in order."""
    return [(entry["method"], entry["path"]) for entry in sent]


def assert_has(actual: Any, expected: Any, where: str = "$") -> None:
    """``actual`` contains ``expected``: dict keys may be extra, lists match item by item."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: expected an object, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{where}: {key!r} missing from {actual!r}"
            assert_has(actual[key], value, f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: expected a list, got {actual!r}"
        assert len(actual) == len(expected), f"{where}: {actual!r} != {expected!r}"
        for index, (got, want) in enumerate(zip(actual, expected, strict=True)):
            assert_has(got, want, f"{where}[{index}]")
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"
        numbers = (int, float)
        if isinstance(actual, bool) or not (
            isinstance(actual, numbers) and isinstance(expected, numbers)
        ):  # 3 and 3.0 are the same number; True and 1 are not the same value
            assert type(actual) is type(expected), f"{where}: {actual!r} is not {expected!r}"


def header(entry: dict[str, Any], name: str) -> Any:
    return entry["headers"].get(name.lower())


def media(entry: dict[str, Any]) -> str:
    return str(header(entry, "content-type") or "").split(";")[0].strip().lower()


def assert_bearer(entry: dict[str, Any]) -> None:
    """The credential was sent (the mock shows it as ***)."""
    assert header(entry, "authorization") in ("***", "Bearer t"), entry["headers"]


def part_text(value: Any) -> Any:
    """A multipart field value: plain parts are text, file parts {filename, content_type...}."""
    return value["content"] if isinstance(value, dict) else value


def returned(result: dict[str, Any]) -> Any:
    assert "returned" in result, f"the call raised: {result}"
    return result["returned"]


# -- construct specs -----------------------------------------------------------------------------

INLINE_OBJECTS = """
from c_inline_objects import InlineObjects
from c_inline_objects.models import (
    Recording,
    RecordingOwner,
    StartRecordingRequest,
    StartRecordingRequestVideoConfig,
    StartRecordingRequestVideoConfigWatermark,
    StartRecordingResponse,
    StorageTarget,
    Tag,
    UpdateRecordingRequest,
    UpdateRecordingRequestLayout,
)

with InlineObjects(base_url=URL, api_token="t") as client:
    started = client.start_recording(
        StartRecordingRequest(
            meeting_id="m-1",
            video_config=StartRecordingRequestVideoConfig(
                codec="H264",
                width=1280,
                watermark=StartRecordingRequestVideoConfigWatermark(
                    url="https://example.com/w.png", opacity=0.5
                ),
            ),
            tags=[Tag(key="team", value="video")],
            storage=StorageTarget(bucket="recordings", region="us-east-1"),
        )
    )
    updated = client.update_recording(
        "rec-1",
        UpdateRecordingRequest(max_seconds=900, layout=UpdateRecordingRequestLayout(grid=True)),
    )
out["started"] = show(started)
out["started_is_response_model"] = isinstance(started, StartRecordingResponse)
out["updated"] = show(updated)
out["owner_is_inline_model"] = isinstance(updated, Recording) and isinstance(
    updated.owner, RecordingOwner
)
"""


def check_inline_objects(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/recordings"), ("PATCH", "/recordings/rec-1")]
    start, update = sent
    assert_bearer(start)
    assert media(start) == "application/json"
    assert start["body"] == {
        "meeting_id": "m-1",
        "video_config": {
            "codec": "H264",
            "width": 1280,
            "watermark": {"url": "https://example.com/w.png", "opacity": 0.5},
        },
        "tags": [{"key": "team", "value": "video"}],
        "storage": {"bucket": "recordings", "region": "us-east-1"},
    }
    assert update["body"] == {"max_seconds": 900, "layout": {"grid": True}}
    assert out["started_is_response_model"] is True
    assert_has(
        out["started"],
        {
            "__type__": "StartRecordingResponse",
            "id": "rec-2",  # fresh: the mock's seed (the POST's example) holds rec-1
            "meeting_id": "m-1",
            "started_at": "2025-03-14T09:30:00+00:00",
        },
    )
    assert out["owner_is_inline_model"] is True
    assert_has(
        out["updated"],
        {
            "__type__": "Recording",
            "id": "rec-1",
            "max_seconds": 900,
            "owner": {"__type__": "RecordingOwner", "user_id": "u-7", "display_name": "Ada"},
        },
    )


ALL_OF = """
from c_all_of import AllOf
from c_all_of.models import NewPet, Owner, Pet

with AllOf(base_url=URL) as client:
    created = client.create_pet(NewPet(name="Rex", tag="dog", owner=Owner(name="Ada")))
    fetched = client.get_pet("pet-2")
out["created"] = show(created)
out["fetched"] = show(fetched)
out["pet_fields"] = sorted(f.name for f in dataclasses.fields(Pet))
out["classes"] = [type(created).__name__, type(created.owner).__name__]
out["same_classes"] = type(created) is Pet and type(created.owner) is Owner
out["created_at_type"] = type(fetched.created_at).__name__
"""


def check_all_of(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/pets"), ("GET", "/pets/pet-2")]
    assert sent[0]["body"] == {"name": "Rex", "tag": "dog", "owner": {"name": "Ada"}}
    # One model with the fields of Resource, NewPet and the inline part (plus `extra`, if any).
    assert {"id", "created_at", "name", "tag", "owner", "species"} <= set(out["pet_fields"])
    assert out["classes"] == ["Pet", "Owner"]  # allOf of one $ref is that model
    assert out["same_classes"] is True
    assert_has(
        out["created"],
        {
            "__type__": "Pet",
            "id": "pet-1",
            "name": "Rex",
            "tag": "dog",
            "species": "canine",
            "owner": {"__type__": "Owner", "name": "Ada"},
        },
    )
    assert_has(out["fetched"], {"__type__": "Pet", "id": "pet-2", "species": "feline"})
    assert out["created_at_type"] == "datetime"


ONE_OF_DISCRIMINATOR = """
from c_one_of_discriminator import Payments
from c_one_of_discriminator.models import Card

with Payments(base_url=URL, api_token="t") as client:
    saved = client.create_payment_method(
        Card(type="card", brand="visa", last4="4242", exp_month=12, exp_year=2030)
    )
    fetched = client.get_payment_method("pm-2")
    events = client.list_events()
out["saved"] = show(saved)
out["fetched"] = show(fetched)
out["events"] = show(events)
"""


def check_one_of_discriminator(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("POST", "/payment-methods"),
        ("GET", "/payment-methods/pm-2"),
        ("GET", "/events"),
    ]
    assert_bearer(sent[0])
    assert sent[0]["body"] == {
        "type": "card",
        "brand": "visa",
        "last4": "4242",
        "exp_month": 12,
        "exp_year": 2030,
    }
    # With a mapping: the `type` value picks the class.
    assert_has(out["saved"], {"__type__": "Card", "type": "card", "last4": "4242"})
    assert_has(
        out["fetched"],
        {"__type__": "BankTransfer", "type": "bank_transfer", "iban": "DE89370400440532013000"},
    )
    # Without a mapping: the `kind` value is the component name.
    assert_has(
        out["events"],
        [
            {"__type__": "PaymentSucceeded", "payment_id": "pay-1", "amount": 1999},
            {"__type__": "PaymentFailed", "payment_id": "pay-2", "reason": "card_declined"},
        ],
    )


ANY_OF_UNDISCRIMINATED = """
from c_any_of_undiscriminated import Contacts
from c_any_of_undiscriminated.models import EmailAddress, NewContact

with Contacts(base_url=URL) as client:
    created = client.create_contact(
        NewContact(name="Ada", point=EmailAddress(email="ada@example.com"))
    )
    fetched = client.get_contact("c-2")
    shape = client.get_shape("s-1")
out["created"] = show(created)
out["fetched"] = show(fetched)
out["shape"] = show(shape)
"""


def check_any_of_undiscriminated(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/contacts"), ("GET", "/contacts/c-2"), ("GET", "/shapes/s-1")]
    assert sent[0]["body"] == {"name": "Ada", "point": {"email": "ada@example.com"}}
    assert_has(
        out["created"],
        {"__type__": "Contact", "point": {"__type__": "EmailAddress", "email": "ada@example.com"}},
    )
    assert_has(
        out["fetched"],
        {
            "__type__": "Contact",
            "name": "Grace",
            "point": {"__type__": "PhoneNumber", "phone": "+15551234567", "extension": "12"},
        },
    )
    assert_has(out["shape"], {"__type__": "Rectangle", "width": 3, "height": 4.5})


ADDITIONAL_PROPERTIES = """
from c_additional_properties import Inventory
from c_additional_properties.models import Product

with Inventory(base_url=URL) as client:
    inventory = client.get_inventory()
    stock = client.get_stock()
    labels = client.put_labels("res-1", {"env": "prod", "team": "video"})
    product = client.create_product(
        Product(sku="A-1", name="Lamp", extra={"color": "red", "finish": "matte"})
    )
out["inventory"] = show(inventory)
out["stock"] = show(stock)
out["stock_types"] = sorted({type(v).__name__ for v in stock.values()})
out["labels"] = show(labels)
out["product"] = show(product)
"""


def check_additional_properties(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("GET", "/inventory"),
        ("GET", "/stock"),
        ("PUT", "/resources/res-1/labels"),
        ("POST", "/products"),
    ]
    assert out["inventory"] == {"available": 12, "sold": 3}
    assert out["stock_types"] == ["StockLevel"]
    assert_has(
        out["stock"],
        {
            "BER": {"__type__": "StockLevel", "on_hand": 40, "reserved": 2},
            "LIS": {"__type__": "StockLevel", "on_hand": 7, "reserved": 0},
        },
    )
    assert sent[2]["body"] == {"env": "prod", "team": "video"}
    assert out["labels"] == {"env": "prod", "team": "video"}
    # The typed `extra` is sent beside the declared fields, and read back into `extra`.
    assert sent[3]["body"] == {"sku": "A-1", "name": "Lamp", "color": "red", "finish": "matte"}
    assert_has(
        out["product"],
        {"__type__": "Product", "sku": "A-1", "extra": {"color": "red", "finish": "matte"}},
    )


RECURSIVE_TYPES = """
import typing

from c_recursive_types import Recursive
from c_recursive_types.errors import APIResponseValidationError, ValidationError
from c_recursive_types.models import Outline, Status

with Recursive(base_url=URL) as client:
    tree = client.put_tree("t-1", {"x": {"y": {}}})
    document = client.get_document("d-1")
    forest = client.get_forest()
    outline = client.create_outline(
        Outline(title="Plan", sections={"intro": {}}, marks={"ok": [Status.DONE, {"n": ["todo"]}]})
    )
    out["bad_tree"] = caught(lambda: client.put_tree("t-2", {"x": {"y": 1}}))
out["tree"] = show(tree)
out["document"] = show(document)
out["forest"] = show(forest)
out["outline"] = show(outline)
out["mark_types"] = [type(m).__name__ for m in outline.marks["ok"]]
out["nested_status"] = [type(v[0]).__name__ for v in outline.marks["ok"][1].values()]
out["from_dict"] = show(Outline.from_dict({"title": "T", "sections": {"a": {"b": {}}}}))
out["from_dict_bad"] = caught(lambda: Outline.from_dict({"title": "T", "sections": {"a": []}}))
out["from_dict_enum"] = caught(lambda: Outline.from_dict({"title": "T", "marks": {"m": ["no"]}}))
out["hints"] = str(typing.get_type_hints(Outline)["sections"])
"""


def check_recursive_types(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("PUT", "/trees/t-1"),
        ("GET", "/documents/d-1"),
        ("GET", "/forests"),
        ("POST", "/outlines"),
    ]
    assert sent[0]["body"] == {"x": {"y": {}}}
    assert out["tree"] == {"a": {"b": {}, "c": {"d": {}}}}
    assert out["document"] == {
        "title": "Notes",
        "pages": [1.0, 2.5, {"draft": "yes", "note": None}],
        "empty": [],
    }
    assert out["forest"] == [{"oak": [{"leaf": []}], "elm": []}, {}]
    # An invalid tree is refused before anything is sent (the compiled validator recurses).
    assert out["bad_tree"]["raised"] == "ValidationError"
    assert "x.y" in out["bad_tree"]["message"]
    assert sent[3]["body"] == {
        "title": "Plan",
        "sections": {"intro": {}},
        "marks": {"ok": ["done", {"n": ["todo"]}]},
    }
    assert out["outline"] == {  # the mock echoes the fields sent
        "__type__": "Outline",
        "title": "Plan",
        "sections": {"intro": {}},
        "marks": {"ok": ["done", {"n": ["todo"]}]},
        "extra": {},
    }
    assert out["mark_types"] == ["Status", "dict"]
    assert out["nested_status"] == ["Status"]
    assert_has(out["from_dict"], {"__type__": "Outline", "sections": {"a": {"b": {}}}})
    assert out["from_dict_bad"]["raised"] == "ValidationError"
    assert "sections.a" in out["from_dict_bad"]["message"]
    assert out["from_dict_enum"]["raised"] == "ValidationError"
    assert "marks.m[0]" in out["from_dict_enum"]["message"]
    assert "ForwardRef('Tree')" in out["hints"], out["hints"]  # resolvable at run time


MULTIPART_FIELDS_ONLY = """
from c_multipart_fields_only import Survey
from c_multipart_fields_only.models import SubmitAnswerRequest, SubmitAnswerRequestContext

with Survey(base_url=URL) as client:
    out["result"] = client.submit_answer(
        SubmitAnswerRequest(
            question="q-1", choices=[2, 3], context=SubmitAnswerRequestContext(locale="en")
        )
    )
"""


def check_multipart_fields_only(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/answers")]
    assert media(sent[0]) == "multipart/form-data"
    form = sent[0]["form"]
    assert form["question"] == ["q-1"]
    assert form["choices"] == ["2", "3"]
    assert [json.loads(part_text(p)) for p in form["context"]] == [{"locale": "en"}]
    assert out["result"] is None


CONST_AND_NUMERIC_ENUMS = """
import typing

from c_const_and_numeric_enums import Tasks
from c_const_and_numeric_enums.models import NewTask, Priority, Scale, Task

with Tasks(base_url=URL) as client:
    task = client.create_task(
        NewTask(kind="task", title="Write the spec", priority=Priority(3), scale=Scale(1.5))
    )
    listed = client.list_tasks(priority=Priority(2))
    out["health"] = client.get_health()
out["task"] = show(task)
out["listed"] = show(listed)
out["priority_is_int_enum"] = issubclass(Priority, enum.Enum) and issubclass(Priority, int)
out["priority_values"] = sorted(int(m.value) for m in Priority)
out["scale_values"] = sorted(float(m.value) for m in Scale)
out["task_priority"] = [type(task.priority).__name__, int(task.priority)]
try:
    hints = typing.get_type_hints(Task)
    out["kind_hint"] = str(hints["kind"])
    out["schema_version_hint"] = str(hints["schema_version"])
except Exception as exc:
    out["kind_hint"] = out["schema_version_hint"] = repr(exc)
"""


def check_const_and_numeric_enums(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/tasks"), ("GET", "/tasks"), ("GET", "/health")]
    assert out["health"] == "ok"
    assert sent[0]["body"] == {
        "kind": "task",
        "title": "Write the spec",
        "priority": 3,
        "scale": 1.5,
    }
    assert sent[1]["query"] == {"priority": ["2"]}
    assert out["priority_is_int_enum"] is True
    assert out["priority_values"] == [1, 2, 3]
    assert out["scale_values"] == [0.5, 1.0, 1.5]
    assert out["task_priority"] == ["Priority", 3]
    assert "Literal['task']" in out["kind_hint"], out["kind_hint"]
    assert "Literal[2]" in out["schema_version_hint"], out["schema_version_hint"]
    assert_has(
        out["task"],
        {"__type__": "Task", "id": 101, "kind": "task", "schema_version": 2, "priority": 3},
    )
    assert_has(out["task"], {"flags": ["starred"], "weights": {"a": 1}})
    assert_has(out["listed"], [{"__type__": "Task", "id": 7, "priority": 2, "scale": 0.5}])


TYPE_LISTS = """
from c_type_lists import Settings
from c_type_lists.models import SettingValue

with Settings(base_url=URL) as client:
    first = client.put_setting("timeout", SettingValue(value=30, note=None))
    client.put_setting("theme", SettingValue(value="dark"))
    fetched = client.get_setting("theme")
    looked_up = client.lookup_setting(ref=7)
out["first"] = show(first)
out["fetched"] = show(fetched)
out["looked_up"] = show(looked_up)
out["value_types"] = [type(v.value).__name__ for v in (first, fetched, looked_up)]
"""


def check_type_lists(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("PUT", "/settings/timeout"),
        ("PUT", "/settings/theme"),
        ("GET", "/settings/theme"),
        ("GET", "/lookup"),
    ]
    assert sent[0]["body"] == {"value": 30, "note": None}  # None is sent as null
    assert sent[1]["body"] == {"value": "dark"}  # an unset nullable field is left out
    assert sent[3]["query"] == {"ref": ["7"]}
    assert out["value_types"] == ["int", "str", "bool"]
    assert_has(out["first"], {"__type__": "Setting", "key": "timeout", "value": 30, "note": None})
    assert_has(out["fetched"], {"value": "dark", "note": "set by the admin"})
    assert_has(out["looked_up"], {"key": "beta", "value": True})


RESPONSE_SHAPES = """
from c_response_shapes import Reports

with Reports(base_url=URL) as client:
    reports = client.list_reports()
    count = client.count_reports()
    summary = client.get_report_summary("r-1")
    chart = client.get_report_chart("r-1")
    deleted = client.delete_report("r-1")
out["reports"] = show(reports)
out["count"] = [type(count).__name__, count]
out["summary"] = [type(summary).__name__, summary]
out["chart"] = type(chart).__name__
out["deleted"] = repr(deleted)
"""


def check_response_shapes(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("GET", "/reports"),
        ("GET", "/reports/count"),
        ("GET", "/reports/r-1/summary"),
        ("GET", "/reports/r-1/chart"),
        ("DELETE", "/reports/r-1"),
    ]
    assert_has(
        out["reports"],
        [{"__type__": "Report", "id": "r-1"}, {"__type__": "Report", "id": "r-2"}],
    )
    assert out["count"] == ["int", 42]
    assert out["summary"] == ["str", "All 3 checks passed."]
    assert out["chart"] == "bytes"
    assert out["deleted"] == "None"


JOB_PATH = "/jobs/{job_id}"
RESPONSE_CODES = """
from c_response_codes import Jobs
from c_response_codes.models import JobSpec

with Jobs(base_url=URL, max_retries=0) as client:
    out["put"] = caught(lambda: client.put_job("job-1", JobSpec(command="make test")))
    out["not_found"] = caught(lambda: client.get_job("job-404"))  # fault 404 -> 4XX
    out["unavailable"] = caught(lambda: client.get_job("job-1"))  # fault 503 -> 5XX
    out["conflict"] = caught(lambda: client.cancel_job("job-1"))  # fault 409 -> default
    out["cancelled"] = caught(lambda: client.cancel_job("job-1"))
    out["fetched"] = caught(lambda: client.get_job("job-1"))
"""


def check_response_codes(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("PUT", "/jobs/job-1"),
        ("GET", "/jobs/job-404"),
        ("GET", "/jobs/job-1"),
        ("DELETE", "/jobs/job-1"),
        ("DELETE", "/jobs/job-1"),
        ("GET", "/jobs/job-1"),
    ]
    assert sent[0]["body"] == {"command": "make test"}
    put = returned(out["put"])
    assert put["__type__"] in ("Job", "JobQueued"), put  # 200 | 202
    assert put["id"] == "job-1"
    # 4XX: a typed error with the ClientError body parsed.
    assert_has(
        out["not_found"],
        {
            "raised": "NotFoundError",
            "status_code": 404,
            "body": {"code": 404, "message": "no job job-404"},
            "parsed": {"__type__": "ClientError", "code": 404, "message": "no job job-404"},
        },
    )
    # 5XX: its own schema.
    assert_has(
        out["unavailable"],
        {
            "raised": "InternalServerError",
            "status_code": 503,
            "parsed": {"__type__": "ServerError", "error": {"code": 503, "message": "maintenance"}},
        },
    )
    # default: problem details, parsed.
    assert_has(
        out["conflict"],
        {
            "raised": "ConflictError",
            "status_code": 409,
            "parsed": {"__type__": "Problem", "title": "job is running", "status": 409},
        },
    )
    for name in ("not_found", "unavailable", "conflict"):
        assert "APIStatusError" in out[name]["bases"]
    assert out["cancelled"] == {"returned": None}
    assert_has(returned(out["fetched"]), {"__type__": "Job", "id": "job-1", "state": "done"})


JSON_BODIES = """
from c_json_bodies import Batch
from c_json_bodies.models import NewUser, SmsNotification

with Batch(base_url=URL, api_token="t") as client:
    out["added"] = show(client.add_tags(["red", "blue"]))
    out["counter"] = show(client.increment_counter("visits", 5))
    out["receipt"] = show(
        client.send_notification(
            SmsNotification(channel="sms", phone="+15551234567", text="Your code is 1234")
        )
    )
    out["users"] = show(client.create_users([NewUser(name="Ada"), NewUser(name="Linus")]))
"""


def check_json_bodies(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("POST", "/tags"),
        ("POST", "/counters/visits/increment"),
        ("POST", "/notifications"),
        ("POST", "/users/batch"),
    ]
    assert all(media(entry) == "application/json" for entry in sent)
    assert [entry["body"] for entry in sent] == [
        ["red", "blue"],
        5,
        {"channel": "sms", "phone": "+15551234567", "text": "Your code is 1234"},
        [{"name": "Ada"}, {"name": "Linus"}],
    ]
    assert_has(out["added"], {"__type__": "BatchResult", "added": 2})
    assert out["counter"] == 47
    assert_has(out["receipt"], {"__type__": "Receipt", "id": "n-1"})
    assert_has(
        out["users"],
        [{"__type__": "User", "id": 1, "name": "Ada"}, {"__type__": "User", "id": 2}],
    )


MULTIPART = """
import pathlib
import tempfile

from c_multipart import File, Uploads
from c_multipart.models import DocumentMetadata, DocumentUpload, UploadAvatarRequest

PNG = b"fake-png-bytes"
folder = pathlib.Path(tempfile.mkdtemp())
(folder / "avatar.png").write_bytes(PNG)

with Uploads(base_url=URL, api_token="t") as client:
    out["as_bytes"] = show(
        client.upload_avatar(UploadAvatarRequest(file=PNG, description="raw bytes"))
    )
    with open(folder / "avatar.png", "rb") as handle:
        out["as_file_object"] = show(
            client.upload_avatar(UploadAvatarRequest(file=handle, tags=["me", "profile"]))
        )
    out["as_file"] = show(
        client.upload_avatar(
            UploadAvatarRequest(
                file=File(content=PNG, filename="a.png", content_type="image/png"),
                description="with a filename",
            )
        )
    )
    out["document"] = show(
        client.upload_document(
            DocumentUpload(
                document=File(
                    content=b"%PDF-1.7 ...", filename="report.pdf", content_type="application/pdf"
                ),
                title="Q3 report",
                metadata=DocumentMetadata(author="Ada", pages=3),
                attachments=[b"first", File(content=b"second", filename="b.txt")],
            )
        )
    )
"""


def check_multipart(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/avatars")] * 3 + [("POST", "/documents")]
    for entry in sent:
        assert_bearer(entry)
        assert media(entry) == "multipart/form-data"
        assert "boundary=" in header(entry, "content-type")
    as_bytes, as_file_object, as_file, document = (entry["form"] for entry in sent)
    # A list of $ref-to-binary items: one file part per item.
    assert [part_text(p) for p in document["attachments"]] == ["first", "second"]
    assert document["attachments"][1]["filename"] == "b.txt"
    (part,) = as_bytes["file"]
    assert part["content"] == "fake-png-bytes"
    assert isinstance(part["filename"], str) and part["filename"], part  # a file part has a name
    assert as_bytes["description"] == ["raw bytes"]
    (part,) = as_file_object["file"]
    assert part["filename"] == "avatar.png"  # the file object's own name
    assert part["content"] == "fake-png-bytes"
    assert as_file_object["tags"] == ["me", "profile"]
    assert as_file["file"] == [
        {"filename": "a.png", "content_type": "image/png", "content": "fake-png-bytes"}
    ]
    assert as_file["description"] == ["with a filename"]
    (part,) = document["document"]
    assert (part["filename"], part["content_type"]) == ("report.pdf", "application/pdf")
    assert document["title"] == ["Q3 report"]
    (metadata,) = document["metadata"]
    assert json.loads(part_text(metadata)) == {"author": "Ada", "pages": 3}
    assert_has(out["as_file"], {"__type__": "Upload", "id": "up-1"})
    assert_has(out["document"], {"__type__": "Upload", "id": "up-2"})


FORM_URLENCODED = """
from c_form_urlencoded import AuthForms
from c_form_urlencoded.models import CreateTokenRequest, SubscriptionForm

request = CreateTokenRequest(
    grant_type="client_credentials",
    client_id="cid-1",
    client_secret="s3cr3t-value",
    scope=["read", "write"],
)
out["secret_hidden"] = "s3cr3t-value" not in repr(request)
with AuthForms(base_url=URL) as client:
    out["token"] = show(client.create_token(request))
    out["subscription"] = show(
        client.subscribe(SubscriptionForm(email="ada@example.com", confirm=False, frequency=7))
    )
"""


def check_form_urlencoded(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/oauth/token"), ("POST", "/subscriptions")]
    token, subscription = sent
    assert media(token) == "application/x-www-form-urlencoded"
    assert token["body"] is None  # not JSON
    assert token["form"] == {
        "grant_type": ["client_credentials"],
        "client_id": ["cid-1"],
        "client_secret": ["s3cr3t-value"],
        "scope": ["read", "write"],
    }
    assert subscription["form"] == {
        "email": ["ada@example.com"],
        "confirm": ["false"],  # False is a value, and is sent
        "frequency": ["7"],
    }
    assert out["secret_hidden"] is True
    assert_has(out["token"], {"__type__": "Token", "access_token": "tok-abc", "expires_in": 3600})
    assert_has(out["subscription"], {"__type__": "Subscription", "id": "sub-1"})


OCTET_STREAM = """
from c_octet_stream import Blobs

with Blobs(base_url=URL, api_token="t") as client:
    info = client.put_blob("notes.txt", b"hello blob\\n")
    data = client.get_blob("notes.txt")
out["info"] = show(info)
out["data_type"] = type(data).__name__
"""


def check_octet_stream(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("PUT", "/blobs/notes.txt"), ("GET", "/blobs/notes.txt")]
    put = sent[0]
    assert_bearer(put)
    assert media(put) == "application/octet-stream"
    assert put["raw"] == "hello blob\n"
    assert put["body"] is None
    assert_has(out["info"], {"__type__": "BlobInfo", "key": "notes.txt", "size": 11})
    assert out["data_type"] == "bytes"


HEADER_COOKIE_PARAMS = """
import httpx

from c_header_cookie_params import Sessions
from c_header_cookie_params.models import Preference

seen = []  # the Cookie header exactly as the client sends it
http = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.headers)]})
with Sessions(base_url=URL, http_client=http) as client:
    profile = client.get_profile(
        x_request_id="req-123", x_client_version=7, session_id="abc123", theme="dark"
    )
    preference = client.set_preference(
        Preference(key="language", value="en"),
        idempotency_key="5f0c6f1e-8a4e-4a57-9b1e-2f3d4c5b6a70",
    )
    client.get_profile(x_request_id="req-124", session_id="abc123")
http.close()
out["profile"] = show(profile)
out["preference"] = show(preference)
out["cookies"] = [headers.get("cookie") for headers in seen]
"""


def check_header_cookie_params(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("GET", "/profile"), ("POST", "/preferences"), ("GET", "/profile")]
    profile, preference, bare = sent
    assert header(profile, "x-request-id") == "req-123"
    assert header(profile, "x-client-version") == "7"
    assert header(profile, "cookie") == "***"  # present; the mock redacts the header...
    assert profile.get("cookies") == {"session_id": "abc123", "theme": "dark"}  # ...not these
    assert header(preference, "idempotency-key") == "5f0c6f1e-8a4e-4a57-9b1e-2f3d4c5b6a70"
    assert preference["body"] == {"key": "language", "value": "en"}
    assert header(bare, "x-request-id") == "req-124"
    assert header(bare, "x-client-version") is None  # not given, not sent
    cookies = out["cookies"]
    assert len(cookies) == 3
    assert set(cookies[0].split("; ")) == {"session_id=abc123", "theme=dark"}
    assert cookies[1] is None
    assert cookies[2] == "session_id=abc123"
    assert_has(out["profile"], {"__type__": "Profile", "user_id": "u-1"})
    assert_has(out["preference"], {"__type__": "Preference", "key": "language"})


PATH_LEVEL_PARAMS = """
from c_path_level_params import Projects
from c_path_level_params.models import Member, Role

# The mock holds no member at first (no example names a project): add one, then read it.
with Projects(base_url=URL) as client:
    added = client.add_member("acme/web", Member(user_id="u-3", role=Role("viewer")), dry_run=True)
    members = client.list_members("acme/web", dry_run=False)
    member = client.get_member("acme/web", "u-3", expand=True)
    removed = client.remove_member("acme/web", "u-3")
out["members"] = show(members)
out["added"] = show(added)
out["member"] = show(member)
out["removed"] = repr(removed)
"""


def check_path_level_params(out: Out, sent: Sent) -> None:
    members = "/projects/acme%2Fweb/members"  # a "/" in a value cannot change the route
    assert calls(sent) == [
        ("POST", members),
        ("GET", members),
        ("GET", members + "/u-3"),
        ("DELETE", members + "/u-3"),
    ]
    assert [entry["query"] for entry in sent] == [
        {"dry_run": ["true"]},
        {"dry_run": ["false"]},
        {"expand": ["true"]},
        {},
    ]
    assert sent[0]["body"] == {"user_id": "u-3", "role": "viewer"}
    # user_id names the member (/members/{user_id}): the one the client sent is kept.
    assert_has(out["added"], {"__type__": "Member", "user_id": "u-3", "role": "viewer"})
    assert_has(out["members"], [{"__type__": "Member", "user_id": "u-3", "role": "viewer"}])
    assert_has(out["member"], {"__type__": "Member", "user_id": "u-3", "role": "viewer"})
    assert out["removed"] == "None"


QUERY_STYLES = """
from c_query_styles import Search
from c_query_styles.models import Coordinates, ItemFilter

with Search(base_url=URL) as client:
    items = client.search_items(
        tags=["new", "sale"],
        ids=[1, 2, 3],
        filter=ItemFilter(name="lamp", color="red"),
        coords=Coordinates(lat=52.5, lng=13.4),
        limit=10,
    )
    client.search_items(filter=ItemFilter(name="desk"))
    client.search_items()
out["items"] = show(items)
"""


def check_query_styles(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("GET", "/items")] * 3
    assert sent[0]["query"] == {
        "tags": ["new", "sale"],  # form, explode
        "ids": ["1,2,3"],  # form, no explode
        "filter[name]": ["lamp"],  # deepObject
        "filter[color]": ["red"],
        "coords": ["lat,52.5,lng,13.4"],  # object, form, no explode
        "limit": ["10"],
    }
    assert sent[1]["query"] == {"filter[name]": ["desk"]}  # unset members are left out
    assert sent[2]["query"] == {}
    assert_has(out["items"], [{"__type__": "Item", "id": 1, "name": "lamp"}])


NO_OPERATION_ID = """
from c_no_operation_id import Catalog
from c_no_operation_id.models import NewItem, StockLevel

names = ["get_items", "post_items", "get_items_item_id", "put_items_item_id_stock_level"]
with Catalog(base_url=URL) as client:
    out["methods"] = [name for name in names if callable(getattr(client, name, None))]
    out["items"] = show(client.get_items())
    out["created"] = show(client.post_items(NewItem(name="Desk")))
    out["item"] = show(client.get_items_item_id("it-1"))
    out["stock"] = show(client.put_items_item_id_stock_level("it-1", StockLevel(quantity=5)))
"""


def check_no_operation_id(out: Out, sent: Sent) -> None:
    assert out["methods"] == [
        "get_items",
        "post_items",
        "get_items_item_id",
        "put_items_item_id_stock_level",
    ]
    assert calls(sent) == [
        ("GET", "/items"),
        ("POST", "/items"),
        ("GET", "/items/it-1"),
        ("PUT", "/items/it-1/stock-level"),
    ]
    assert sent[1]["body"] == {"name": "Desk"}
    assert sent[3]["body"] == {"quantity": 5}
    assert_has(out["created"], {"__type__": "Item", "id": "it-2", "name": "Desk"})
    assert_has(out["stock"], {"__type__": "StockLevel", "quantity": 5})


SERVERS_NONE = """
from c_servers_none import Notes
from c_servers_none.models import NewNote

with Notes(base_url=URL) as client:
    out["notes"] = show(client.list_notes())
    out["note"] = show(client.create_note(NewNote(text="Call Ada")))


def without_base_url():
    with Notes() as client:  # no server in the spec, none given: an error, nothing sent
        return client.list_notes()


out["without_base_url"] = caught(without_base_url)
"""


def check_servers_none(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("GET", "/notes"), ("POST", "/notes")]
    assert sent[1]["body"] == {"text": "Call Ada"}
    assert_has(out["notes"], [{"__type__": "Note", "id": "n-1"}])
    assert_has(out["note"], {"__type__": "Note", "id": "n-2", "text": "Call Ada"})
    assert "raised" in out["without_base_url"], out["without_base_url"]


SERVERS_RELATIVE = """
from c_servers_relative import Orders
from c_servers_relative.models import NewOrder

with Orders(base_url=URL, api_token="t") as client:
    out["order"] = show(client.place_order(NewOrder(product_id=198772, quantity=2)))
    out["fetched"] = show(client.get_order(5))


def without_base_url():
    with Orders(api_token="t") as client:  # "/api/v3" alone is no address: an error
        return client.get_order(5)


out["without_base_url"] = caught(without_base_url)
"""


def check_servers_relative(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/orders"), ("GET", "/orders/5")]
    assert_bearer(sent[0])
    assert sent[0]["body"] == {"product_id": 198772, "quantity": 2}
    # id 6: the next above the mock's seed (the GET example, order 5), which get_order(5) reads
    assert_has(out["order"], {"__type__": "Order", "id": 6, "quantity": 2})
    assert_has(out["fetched"], {"__type__": "Order", "id": 5})
    assert "raised" in out["without_base_url"], out["without_base_url"]


SERVER_VARIABLES = """
from c_server_variables import Regional

with Regional(base_url=URL, api_token="t") as client:
    out["zones"] = show(client.list_zones())
    out["zone"] = show(client.get_zone("z-1"))
with Regional(api_token="t") as client:
    out["default_base_url"] = str(getattr(client, "base_url", None)).rstrip("/")
"""


def check_server_variables(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("GET", "/zones"), ("GET", "/zones/z-1")]
    assert_bearer(sent[0])
    assert out["default_base_url"] == "https://us-east.api.example.com/v2"
    assert_has(out["zones"], [{"__type__": "Zone", "id": "z-1"}])
    assert_has(out["zone"], {"__type__": "Zone", "name": "example.com"})


READ_WRITE_ONLY = """
from c_read_write_only import Accounts
from c_read_write_only.models import Account

with Accounts(base_url=URL, api_token="t") as client:
    new = Account(username="ada", email="ada@example.com", password="s3cret-pass")
    out["repr_hides_password"] = "s3cret-pass" not in repr(new)
    created = client.create_account(new)
    fetched = client.get_account("acc-1")
    # A model read back has id and created_at (readOnly): sending it must leave them out.
    changed = dataclasses.replace(fetched, email="ada@example.org", password="n3w-secret")
    replaced = client.replace_account("acc-1", changed)
out["created"] = show(created)
out["fetched"] = show(fetched)
out["replaced"] = show(replaced)
"""


def check_read_write_only(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("POST", "/accounts"),
        ("GET", "/accounts/acc-1"),
        ("PUT", "/accounts/acc-1"),
    ]
    assert sent[0]["body"] == {
        "username": "ada",
        "email": "ada@example.com",
        "password": "s3cret-pass",
    }
    assert sent[2]["body"] == {  # no id, no created_at
        "username": "ada",
        "email": "ada@example.org",
        "password": "n3w-secret",
    }
    assert out["repr_hides_password"] is True
    # A fresh id: the mock's seed (the GET example, read back below) holds acc-1.
    assert_has(out["created"], {"__type__": "Account", "id": "acc-2", "username": "ada"})
    assert_has(
        out["fetched"],
        {"__type__": "Account", "id": "acc-1", "created_at": "2025-05-06T07:08:09+00:00"},
    )
    # The response carried a password: it is not read, not even into `extra`.
    assert "must-not-be-read" not in json.dumps(out["fetched"])
    assert out["fetched"].get("password") in (None, "<UNSET>")
    assert_has(out["replaced"], {"__type__": "Account", "email": "ada@example.org"})


OPENAPI_30 = """
from c_openapi_30 import WidgetsLegacy
from c_openapi_30.models import NewWidget

with WidgetsLegacy(base_url=URL, api_token="t") as client:
    out["first"] = show(client.create_widget(NewWidget(name="Gear", price=9.5, description=None)))
    out["second"] = show(client.create_widget(NewWidget(name="Bolt", price=0.25)))
    # exclusiveMinimum: true (3.0 style): 0 is not allowed; nothing is sent.
    out["zero_price"] = caught(lambda: client.create_widget(NewWidget(name="Free", price=0)))
    out["full_discount"] = caught(
        lambda: client.create_widget(NewWidget(name="Gift", price=1, discount_percent=100))
    )
    widget = client.get_widget(1)
out["widget"] = show(widget)
out["widget_id_type"] = type(widget.id).__name__
"""


def check_openapi_30(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/widgets"), ("POST", "/widgets"), ("GET", "/widgets/1")]
    assert sent[0]["body"] == {"name": "Gear", "price": 9.5, "description": None}  # nullable
    assert sent[1]["body"] == {"name": "Bolt", "price": 0.25}
    assert out["zero_price"]["raised"] == "ValidationError", out["zero_price"]
    assert out["full_discount"]["raised"] == "ValidationError", out["full_discount"]
    # id 2: the next above the mock's seed (the GET example, widget 1), which get_widget(1) reads
    assert_has(out["first"], {"__type__": "Widget", "id": 2, "description": None})
    assert out["widget"]["__type__"] == "Widget"
    assert out["widget_id_type"] == "int"


ENVELOPE = """
from c_envelope import Meetings
from c_envelope.models import NewMeeting

with Meetings(base_url=URL, api_token="t") as client:
    out["created"] = show(client.create_meeting(NewMeeting(title="Weekly sync")))
    out["listed"] = show(client.list_meetings())
    out["whole"] = show(client.get_meeting_envelope("mtg-1"))
    out["participants"] = show(client.list_participants("mtg-1"))
"""


def check_envelope(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("POST", "/meetings"),
        ("GET", "/meetings"),
        ("GET", "/meetings/mtg-1"),
        ("GET", "/meetings/mtg-1/participants"),
    ]
    assert sent[0]["body"] == {"title": "Weekly sync"}
    # info.x-sdk.payload: data
    # A fresh id: the mock's seed (the examples' meeting) holds mtg-1.
    assert_has(out["created"], {"__type__": "Meeting", "id": "mtg-2", "title": "Weekly sync"})
    assert_has(  # what the mock remembers: the seed, then the one created
        out["listed"],
        [{"__type__": "Meeting", "id": "mtg-1"}, {"__type__": "Meeting", "id": "mtg-2"}],
    )
    # x-sdk-payload: false
    assert_has(
        out["whole"],
        {"__type__": "MeetingEnvelope", "success": True, "data": {"__type__": "Meeting"}},
    )
    # x-sdk-payload: participants
    assert_has(
        out["participants"],
        [{"__type__": "Participant", "name": "Ada"}, {"__type__": "Participant", "name": "Grace"}],
    )


# -- public specs --------------------------------------------------------------------------------

OAI_PETSTORE = """
with Client(base_url=URL, max_retries=0) as client:
    out["pets"] = show(client.list_pets(limit=2))
    out["created"] = repr(client.create_pets(models.Pet(id=10, name="doggie", tag="dog")))
    out["failed"] = caught(lambda: client.show_pet_by_id("10"))  # fault 500 -> `default`
    out["pet"] = show(client.show_pet_by_id("10"))
"""


def check_oai_petstore(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("GET", "/pets"),
        ("POST", "/pets"),
        ("GET", "/pets/10"),
        ("GET", "/pets/10"),
    ]
    assert sent[0]["query"] == {"limit": ["2"]}
    assert sent[1]["body"] == {"id": 10, "name": "doggie", "tag": "dog"}
    assert isinstance(out["pets"], list)
    assert all(pet["__type__"] == "Pet" for pet in out["pets"])
    assert out["created"] == "None"  # 201 without content
    assert_has(
        out["failed"],
        {
            "raised": "InternalServerError",
            "status_code": 500,
            "parsed": {"__type__": "Error", "code": 500, "message": "database down"},
        },
    )
    assert out["pet"]["__type__"] == "Pet"


OAI_PETSTORE_EXPANDED = """
with Client(base_url=URL) as client:
    out["pets"] = show(client.find_pets(tags=["dog", "cat"], limit=5))
    out["added"] = show(client.add_pet(models.NewPet(name="Rex", tag="dog")))
    out["pet"] = show(client.find_pet_by_id(1))  # operationId "find pet by id"
    out["deleted"] = repr(client.delete_pet(1))
out["pet_fields"] = sorted(f.name for f in dataclasses.fields(models.Pet))
"""


def check_oai_petstore_expanded(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("GET", "/pets"),
        ("POST", "/pets"),
        ("GET", "/pets/1"),
        ("DELETE", "/pets/1"),
    ]
    assert sent[0]["query"] == {"tags": ["dog", "cat"], "limit": ["5"]}
    assert sent[1]["body"] == {"name": "Rex", "tag": "dog"}
    assert {"id", "name", "tag"} <= set(out["pet_fields"])  # allOf: NewPet + id
    assert_has(out["added"], {"__type__": "Pet", "name": "Rex"})
    assert isinstance(out["added"]["id"], int)
    assert out["pet"]["__type__"] == "Pet"
    assert out["deleted"] == "None"


OAI_USPTO = """
path = {"dataset": "oa_citations", "version": "v1"}
with Client(base_url=URL) as client:
    out["data_sets"] = show(client.list_data_sets())
    out["fields"] = show(with_path(client.list_searchable_fields, path))
    out["records"] = show(
        with_path(
            client.perform_search,
            path,
            models.PerformSearchRequest(criteria="patentTitle:lamp", start=0, rows=10),
        )
    )
with Client() as client:
    out["default_base_url"] = str(getattr(client, "base_url", None)).rstrip("/")
"""


def check_oai_uspto(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("GET", "/"),
        ("GET", "/oa_citations/v1/fields"),
        ("POST", "/oa_citations/v1/records"),
    ]
    search = sent[2]
    assert media(search) == "application/x-www-form-urlencoded"
    assert search["form"] == {"criteria": ["patentTitle:lamp"], "start": ["0"], "rows": ["10"]}
    assert_has(out["data_sets"], {"__type__": "DataSetList", "total": 2})
    apis = out["data_sets"]["apis"]
    assert [api["api_key"] for api in apis] == ["oa_citations", "cancer_moonshot"]
    assert isinstance(out["fields"], str)
    assert isinstance(out["records"], list)
    assert out["default_base_url"] == "https://developer.uspto.gov/ds-api"


OAI_NON_OAUTH_SCOPES = """
with Client(base_url=URL, bearer_auth="t") as client:
    out["users"] = repr(client.get_users())  # GET /users: no operationId, no responses
"""


def check_oai_non_oauth_scopes(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("GET", "/users")]
    assert_bearer(sent[0])
    assert out["users"] == "None"


OAI_WEBHOOK_EXAMPLE = """
with Client(base_url=URL) as client:
    out["client"] = type(client).__name__
"""


def check_oai_webhook_example(out: Out, sent: Sent) -> None:
    assert out["client"]
    assert sent == []


SWAGGER_PETSTORE = """
with Client(base_url=URL, api_key="key-1", petstore_auth="token-1", max_retries=0) as client:
    pet = models.Pet(
        id=10,
        name="doggie",
        photo_urls=["https://example.com/doggie.png"],
        category=models.Category(id=1, name="Dogs"),
        tags=[models.Tag(id=1, name="good")],
    )
    out["added"] = show(client.add_pet(pet))
    out["pet"] = show(client.get_pet_by_id(10))
    out["by_tags"] = show(client.find_pets_by_tags(tags=["good", "small"]))
    out["uploaded"] = show(client.upload_file(10, b"fake-image", additional_metadata="front"))
    out["inventory"] = show(client.get_inventory())
    out["order"] = show(
        client.place_order(models.Order(id=1, pet_id=10, quantity=2, complete=False))
    )
    out["token"] = show(client.login_user(username="theUser", password="12345"))
    out["logged_out"] = repr(client.logout_user())
    out["deleted"] = repr(client.delete_pet(10, api_key="key-1"))
"""


def check_swagger_petstore(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("POST", "/pet"),
        ("GET", "/pet/10"),
        ("GET", "/pet/findByTags"),
        ("POST", "/pet/10/uploadImage"),
        ("GET", "/store/inventory"),
        ("POST", "/store/order"),
        ("GET", "/user/login"),
        ("GET", "/user/logout"),
        ("DELETE", "/pet/10"),
    ]
    add, _, by_tags, upload, _, order, login, _, delete = sent
    assert media(add) == "application/json"  # JSON, of JSON / XML / form
    assert add["body"] == {
        "id": 10,
        "name": "doggie",
        "photoUrls": ["https://example.com/doggie.png"],
        "category": {"id": 1, "name": "Dogs"},
        "tags": [{"id": 1, "name": "good"}],
    }
    assert by_tags["query"] == {"tags": ["good", "small"]}
    assert media(upload) == "application/octet-stream"
    assert upload["raw"] == "fake-image"
    assert upload["query"] == {"additionalMetadata": ["front"]}
    assert order["body"] == {"id": 1, "petId": 10, "quantity": 2, "complete": False}
    assert login["query"] == {"username": ["theUser"], "password": ["12345"]}
    assert header(delete, "api_key") is not None  # the header parameter (shown as ***)
    assert_has(out["added"], {"__type__": "Pet", "name": "doggie"})
    assert out["pet"]["__type__"] == "Pet"
    assert all(pet["__type__"] == "Pet" for pet in out["by_tags"])
    assert out["uploaded"]["__type__"] == "ApiResponse"
    assert isinstance(out["inventory"], dict)
    assert all(isinstance(count, int) for count in out["inventory"].values())
    assert_has(out["order"], {"__type__": "Order", "id": 1})
    assert isinstance(out["token"], str)
    assert out["logged_out"] == "None"
    assert out["deleted"] == "None"


# -- plumbing: specs the generator already supports ------------------------------------------------

MOCK_MINIMAL = """
from widget_api import WidgetApi

with WidgetApi(base_url=URL, max_retries=0) as client:
    out["missing"] = caught(lambda: client.get_widget("nope"))  # fault 404
    out["widget"] = show(client.get_widget("w-1", limit=5))
"""


def check_mock_minimal(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("GET", "/widgets/nope"), ("GET", "/widgets/w-1")]
    assert sent[1]["query"] == {"limit": ["5"]}
    assert_has(out["missing"], {"raised": "NotFoundError", "status_code": 404})
    assert_has(out["widget"], {"__type__": "Widget", "widget_id": "w-1", "limit": 5})


REALTIMEKIT = """
from realtimekit import RealtimeKit
from realtimekit.models import StartRecordingRequest

with RealtimeKit(base_url=URL, api_token="t") as client:
    recording = client.start_recording(
        "acc-1", StartRecordingRequest(meeting_id="97440c6a-140b-40a9-9499-b23fd7a3868a")
    )
out["recording"] = show(recording)
"""


def check_realtimekit(out: Out, sent: Sent) -> None:
    assert calls(sent) == [("POST", "/accounts/acc-1/realtimekit/recordings")]
    assert_bearer(sent[0])
    assert sent[0]["body"] == {"meeting_id": "97440c6a-140b-40a9-9499-b23fd7a3868a"}
    assert out["recording"]["__type__"] == "Recording"


JSON_SCHEMA_KEYWORDS = """
import httpx

from c_json_schema_keywords import Shapes
from c_json_schema_keywords.models import Billing, ClosedPet, Node, Shape


def shape(**changes):
    return Shape(**{"name": "s", "origin": (0.0, 0.0), **changes})


with Shapes(base_url=URL) as client:
    made = client.create_shape(
        Shape(
            name="square",
            origin=(0.5, 1.5),
            route=["start", 1, 2],
            tags=["red", "large"],
            steps=[1, 12],
            labels={"owner": "ada"},
            extra={"x-color": "blue"},
        )
    )
    out["shape"] = show(made)
    out["origin_type"] = type(made.origin).__name__
    # Each breaks one rule; the client raises ValidationError and sends nothing.
    out["duplicate_tags"] = caught(lambda: client.create_shape(shape(tags=["a", "a"])))
    out["bad_label_key"] = caught(lambda: client.create_shape(shape(labels={"Owner": "ada"})))
    out["no_labels"] = caught(lambda: client.create_shape(shape(labels={})))
    out["no_big_step"] = caught(lambda: client.create_shape(shape(steps=[1, 2])))
    out["bad_extra_key"] = caught(lambda: client.create_shape(shape(extra={"color": "blue"})))
    out["bad_route"] = caught(lambda: client.create_shape(shape(route=["start", "middle"])))
    out["long_point"] = caught(lambda: client.create_shape(shape(origin=(1.0, 2.0, 3.0))))
    out["short_point"] = caught(lambda: Shape.from_dict({"name": "s", "origin": [1]}))
    client.set_billing(Billing(name="Ada", credit_card="4242", billing_address="1 Main St"))
    out["no_address"] = caught(lambda: client.set_billing(Billing(name="Ada", credit_card="4242")))
    tree = client.create_tree(Node(name="root", children=[Node(name="leaf", children=[])]))
    out["tree"] = show(tree)
    out["bad_tree"] = caught(
        lambda: client.create_tree(Node(name="root", children=[Node(name="a", children=[{}])]))
    )
    client.create_pet(ClosedPet(name="Rex", legs=4, owner="Ada"))
    out["extra_pet_key"] = caught(lambda: ClosedPet.from_dict({"name": "Rex", "color": "brown"}))
    # The mock applies the same rules to what reaches it.
    out["mock_no_address"] = httpx.post(
        URL + "/billing", json={"name": "Ada", "credit_card": "4242"}
    ).status_code
    out["mock_extra_pet_key"] = httpx.post(
        URL + "/pets", json={"name": "Rex", "color": "brown"}
    ).status_code
"""


def check_json_schema_keywords(out: Out, sent: Sent) -> None:
    assert calls(sent)[:5] == [
        ("POST", "/shapes"),
        ("POST", "/billing"),
        ("POST", "/nodes"),
        ("POST", "/pets"),
        ("POST", "/billing"),
    ]
    assert sent[0]["body"] == {
        "name": "square",
        "origin": [0.5, 1.5],
        "route": ["start", 1, 2],
        "tags": ["red", "large"],
        "steps": [1, 12],
        "labels": {"owner": "ada"},
        "x-color": "blue",
    }
    assert_has(
        out["shape"],
        {"__type__": "Shape", "origin": [0.5, 1.5], "route": ["start", 1, 2]},
    )
    assert out["shape"]["extra"] == {"x-color": "blue"}
    assert out["origin_type"] == "tuple"
    expected = {
        "duplicate_tags": "tags: [...] has non-unique elements",
        "bad_label_key": "labels: 'Owner' does not match the pattern '^[a-z]+$'",
        "no_labels": "labels: expected at least 1 property, got 0",
        "no_big_step": "steps: expected at least 1 matching item, got 0",
        "bad_extra_key": "unexpected property 'color'",
        "bad_route": "route[1]: 'middle' is not of type 'integer'",
        "long_point": "origin: expected at most 2 items, got 3",
        "short_point": "origin: expected at least 2 items, got 1",
        "no_address": "`billing_address` is required because `credit_card` is set",
        "bad_tree": "children[0]: 'name' is a required property",  # the inner Node, as built
        "extra_pet_key": "unexpected property 'color'",
    }
    for name, message in expected.items():
        assert out[name].get("raised") == "ValidationError", (name, out[name])
        assert message in out[name]["message"], (name, out[name]["message"])
    assert sent[1]["body"] == {"name": "Ada", "credit_card": "4242", "billing_address": "1 Main St"}
    assert sent[2]["body"] == {"name": "root", "children": [{"name": "leaf", "children": []}]}
    assert_has(out["tree"], {"__type__": "Node", "name": "root"})
    assert out["tree"]["children"][0]["__type__"] == "Node"
    assert sent[3]["body"] == {"name": "Rex", "legs": 4, "owner": "Ada"}
    assert out["mock_no_address"] in (400, 422)
    assert out["mock_extra_pet_key"] in (400, 422)


CASES: dict[str, Case] = {
    "inline_objects": Case(INLINE_OBJECTS, check_inline_objects),
    "all_of": Case(ALL_OF, check_all_of),
    "one_of_discriminator": Case(ONE_OF_DISCRIMINATOR, check_one_of_discriminator),
    "any_of_undiscriminated": Case(ANY_OF_UNDISCRIMINATED, check_any_of_undiscriminated),
    "additional_properties": Case(ADDITIONAL_PROPERTIES, check_additional_properties),
    "const_and_numeric_enums": Case(CONST_AND_NUMERIC_ENUMS, check_const_and_numeric_enums),
    "type_lists": Case(TYPE_LISTS, check_type_lists),
    "response_shapes": Case(RESPONSE_SHAPES, check_response_shapes),
    "response_codes": Case(
        RESPONSE_CODES,
        check_response_codes,
        faults=(
            {
                "status": 404,
                "message": "no job job-404",
                "match": {"method": "GET", "path": JOB_PATH},
            },
            {"status": 503, "message": "maintenance", "match": {"method": "GET", "path": JOB_PATH}},
            {"status": 409, "message": "job is running", "match": {"method": "DELETE"}},
        ),
    ),
    "json_bodies": Case(JSON_BODIES, check_json_bodies),
    "multipart": Case(MULTIPART, check_multipart),
    "form_urlencoded": Case(FORM_URLENCODED, check_form_urlencoded),
    "multipart_fields_only": Case(MULTIPART_FIELDS_ONLY, check_multipart_fields_only),
    "octet_stream": Case(OCTET_STREAM, check_octet_stream),
    "header_cookie_params": Case(HEADER_COOKIE_PARAMS, check_header_cookie_params),
    "path_level_params": Case(PATH_LEVEL_PARAMS, check_path_level_params),
    "query_styles": Case(QUERY_STYLES, check_query_styles),
    "no_operation_id": Case(NO_OPERATION_ID, check_no_operation_id),
    "servers_none": Case(SERVERS_NONE, check_servers_none),
    "servers_relative": Case(SERVERS_RELATIVE, check_servers_relative),
    "server_variables": Case(SERVER_VARIABLES, check_server_variables),
    "read_write_only": Case(READ_WRITE_ONLY, check_read_write_only),
    "openapi_30": Case(OPENAPI_30, check_openapi_30),
    "envelope": Case(ENVELOPE, check_envelope),
    "json_schema_keywords": Case(JSON_SCHEMA_KEYWORDS, check_json_schema_keywords),
    "recursive_types": Case(RECURSIVE_TYPES, check_recursive_types),
    "oai-petstore": Case(
        OAI_PETSTORE,
        check_oai_petstore,
        faults=({"status": 500, "message": "database down", "match": {"path": "/pets/{petId}"}},),
        public=True,
    ),
    "oai-petstore-expanded": Case(OAI_PETSTORE_EXPANDED, check_oai_petstore_expanded, public=True),
    "oai-uspto": Case(OAI_USPTO, check_oai_uspto, public=True),
    "oai-non-oauth-scopes": Case(OAI_NON_OAUTH_SCOPES, check_oai_non_oauth_scopes, public=True),
    "oai-webhook-example": Case(OAI_WEBHOOK_EXAMPLE, check_oai_webhook_example, public=True),
    "swagger-petstore": Case(SWAGGER_PETSTORE, check_swagger_petstore, public=True),
    "mock_minimal": Case(
        MOCK_MINIMAL,
        check_mock_minimal,
        faults=({"status": 404, "message": "no such widget", "match": {"method": "GET"}},),
    ),
    "openapi": Case(REALTIMEKIT, check_realtimekit),
}

# Cases kept in their own modules (imported last: they use the helpers above).
from constructs_calls_multifile import CASES as _MULTIFILE  # noqa: E402
from constructs_calls_names import CASES as _NAMES  # noqa: E402
from constructs_calls_security import SECURITY_CASES  # noqa: E402

CASES.update(SECURITY_CASES)
CASES.update(_NAMES)
CASES.update(_MULTIFILE)
