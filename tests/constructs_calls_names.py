"""The call script of tests/specs/constructs/name_collisions.yaml (see constructs_calls.py):
every renamed class, field, argument and method is used, and sends the spec's own names."""

from __future__ import annotations

from constructs_calls import Case, Out, Sent, assert_has, calls

NAME_COLLISIONS = """
from c_name_collisions import Names
from c_name_collisions.models import CredentialsModel, Settings

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
    out["closed"] = show(client.close_operation(CredentialsModel(password="pw")))
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
    assert_has(out["closed"], {"__type__": "ValidationErrorModel", "reason": "too short"})
    wire = {"mixed_case": "a", "mixedCase": "b", "extra": "spec field", "to_dict": True}
    assert out["settings_dict"] == {**wire, "volume": 11}
    assert sent[4]["body"] == {**wire, "volume": 11}
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
