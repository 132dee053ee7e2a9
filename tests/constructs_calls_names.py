"""The call script of tests/specs/constructs/name_collisions.yaml (see constructs_calls.py):
every renamed class, field, argument and method is used, and sends the spec's own names; the
classes named like the package's own names (``ValidationError``, ``Credentials``, ``Timeout``,
``File``, ``Literal``...) are the spec's, while the package's still work beside them."""

from __future__ import annotations

from constructs_calls import Case, Out, Sent, assert_has, calls

NAME_COLLISIONS = """
import c_name_collisions
from c_name_collisions import Names, _serde, errors, models
from c_name_collisions.models import (
    Credentials, File, Literal, Mapping, Settings, Timeout, UnsetModel, ValidationError
)

with Names(base_url=URL) as client:
    out["order"] = show(
        client.get_order(
            "o-1",
            query_id="q-1",
            end_time="t0",
            end_time_before="t1",
            end_time_after="t2",
            timeout_param=5,
            mixed_case="a",
            mixed_case_2="b",
            timeout=30,
        )
    )
    out["things"] = show(client.get_items())
    out["items"] = show(client.get_items_2())
    closed = client.close_operation(Credentials(password="pw"))
    out["closed"] = show(closed)
    out["closed_is_model"] = isinstance(closed, models.ValidationError) and not isinstance(
        closed, Exception
    )
    out["errors_differ"] = errors.ValidationError is not ValidationError and issubclass(
        errors.ValidationError, ValueError
    )
    out["too_short"] = caught(lambda: client.put_timeout(Timeout(seconds=0)))
    out["from_dict"] = caught(lambda: File.from_dict({"content": b"abc", "label": ""}))
    out["timeout"] = show(client.put_timeout(Timeout(seconds=5), timeout=30))
    raw = client.with_raw_response.put_timeout(Timeout(seconds=5))
    out["raw"] = [type(raw).__name__, show(raw.parse())]
    answer = raw.parse()
    # The spec's OpenIntEnum / OpenFloatEnum are enums on the package's open-enum bases; its
    # OpenStrEnum is a model, while the string enum Mapping still has the package's base.
    out["open_enums"] = [
        type(answer.open_int) is models.OpenIntEnum,
        issubclass(models.OpenIntEnum, _serde.OpenIntEnum),
        type(answer.open_float) is models.OpenFloatEnum,
        issubclass(models.OpenFloatEnum, _serde.OpenFloatEnum),
        isinstance(answer.open_str, models.OpenStrEnum),
        not issubclass(models.OpenStrEnum, _serde.OpenStrEnum),
        issubclass(models.Mapping, _serde.OpenStrEnum),
        models.OpenIntEnum(7).value,  # open: an unknown value is kept
    ]
    upload = c_name_collisions.File(content=b"abc", filename="a.txt")  # the package's File
    out["uploaded"] = show(client.upload(File(content=upload, label="a")))
    page = client.list_pages(mode=Mapping.STRICT)
    out["page"] = [type(page).__name__, show(page.body), show(page.items)]
    out["unset"] = show(UnsetModel(name="u"))
    out["literal_kind"] = Literal(kind="stored").kind
    settings = Settings(
        mixed_case="a",
        mixed_case_2="b",
        extra="spec field",
        to_dict_field=True,
        extra_properties={"volume": 11},
    )
    out["settings_dict"] = settings.to_dict()
    out["settings"] = show(client.put_settings(settings))
"""


def check_name_collisions(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("GET", "/orders/o-1"),
        ("GET", "/things"),
        ("GET", "/items"),
        ("POST", "/close"),
        ("PUT", "/limits"),
        ("PUT", "/limits"),
        ("POST", "/uploads"),
        ("GET", "/pages"),
        ("PUT", "/settings"),
    ]
    assert sent[0]["query"] == {
        "id": ["q-1"],
        "EndTime": ["t0"],
        "EndTime<": ["t1"],
        "EndTime>": ["t2"],
        "timeout": ["5"],
        "mixed_case": ["a"],
        "mixedCase": ["b"],
    }
    assert_has(
        out["order"],
        {
            "__type__": "Order",
            "customer": {"__type__": "OrderCustomer", "name": "Ada"},
            "billing": {"__type__": "Address", "city": "Paris"},
            "shipping": {"__type__": "OrderShipping", "city": "Lyon", "floor": 2},
        },
    )
    assert_has(out["things"], [{"__type__": "LineItem", "sku": "A-1"}])
    assert_has(out["items"], [{"__type__": "LineItem2", "code": 7}])
    assert sent[3]["body"] == {"password": "pw"}
    assert_has(out["closed"], {"__type__": "ValidationError", "reason": "too short"})
    assert out["closed_is_model"] and out["errors_differ"]
    # the package's ValidationError is still raised for invalid input, nothing sent
    assert out["too_short"]["raised"] == "ValidationError"
    assert "ValueError" in out["too_short"]["bases"]
    assert "seconds" in out["too_short"]["message"]
    assert out["from_dict"]["raised"] == "ValidationError"
    assert "label" in out["from_dict"]["message"]
    assert sent[4]["body"] == {"seconds": 5}
    prepared = {
        "__type__": "PreparedRequest",
        "timeout": {"__type__": "Timeout", "seconds": 5},
        "callable": {"__type__": "Callable", "name": "c"},
        "alias": 3,
        "raw": {"__type__": "RawResponse", "name": "r"},
        "reader": {"__type__": "PageReader", "name": "p"},
        "pager": {"__type__": "AsyncPager", "name": "a"},
        "file_content": {"__type__": "FileContent", "name": "f"},
        "unset": {"__type__": "UnsetModel", "name": "u"},
        "open_str": {"__type__": "OpenStrEnum", "name": "o"},
        "open_int": 2,
        "open_float": 0.5,
        "unset_upper": {"__type__": "UNSETModel", "name": "U"},
    }
    assert_has(out["timeout"], prepared)
    assert out["open_enums"] == [True] * 7 + [7]
    assert sent[5]["body"] == {"seconds": 5}
    assert out["raw"][0] == "RawResponse"
    assert_has(out["raw"][1], prepared)
    form = sent[6]["form"]
    assert form["label"] == ["a"]
    assert [(p["filename"], p["content"]) for p in form["content"]] == [("a.txt", "abc")]
    assert_has(out["uploaded"], {"__type__": "Literal", "kind": "stored", "size": 3})
    assert sent[7]["query"] == {"mode": ["strict"]}
    assert out["page"][0] == "SyncPage"  # the package's page, holding the spec's SyncPage
    assert_has(out["page"][1], {"__type__": "SyncPage", "data": [{"seconds": 5}]})
    assert_has(out["page"][2], [{"__type__": "Timeout", "seconds": 5}])
    assert_has(out["unset"], {"__type__": "UnsetModel", "name": "u"})
    assert out["literal_kind"] == "stored"
    wire = {"mixed_case": "a", "mixedCase": "b", "extra": "spec field", "to_dict": True}
    assert out["settings_dict"] == {**wire, "volume": 11}
    assert sent[8]["body"] == {**wire, "volume": 11}
    assert_has(
        out["settings"],
        {
            "__type__": "Settings",
            "mixed_case": "a",
            "mixed_case_2": "b",
            "extra": "spec field",
            "to_dict_field": True,
            "extra_properties": {"volume": 11},
        },
    )


CASES = {"name_collisions": Case(NAME_COLLISIONS, check_name_collisions)}
