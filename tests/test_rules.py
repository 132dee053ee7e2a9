"""Conditional schema rules stated in plain words."""

from __future__ import annotations

from generator.rules import describe_rules


def test_if_then_with_nested_const_and_forbidden_field() -> None:
    schema = {
        "allOf": [
            {
                "if": {
                    "properties": {"video": {"properties": {"codec": {"const": "VP8"}}}},
                    "required": ["video"],
                },
                "then": {"properties": {"audio": {"not": {"required": ["codec"]}}}},
            }
        ]
    }
    assert describe_rules(schema) == ["If `video.codec` is `VP8`, `audio.codec` must not be set."]


def test_enum_condition_required_consequence_and_else() -> None:
    schema = {
        "if": {"properties": {"type": {"enum": ["aws", "azure"]}}, "required": ["type"]},
        "then": {"required": ["key"]},
        "else": {"required": ["token"]},
    }
    assert describe_rules(schema, "storage.") == [
        "If `storage.type` is `aws` or `azure`, `storage.key` is required; "
        "otherwise `storage.token` is required."
    ]


def test_dependent_required() -> None:
    schema = {"dependentRequired": {"host": ["port", "user"]}}
    assert describe_rules(schema) == ["When `host` is set, `port` and `user` are required."]


def test_unsayable_rule_falls_back_to_its_description() -> None:
    schema = {"allOf": [{"description": "Custom rule.", "if": {"minProperties": 2}, "then": {}}]}
    assert describe_rules(schema) == ["Custom rule."]
    assert describe_rules({"if": {"minProperties": 2}, "then": {"required": ["a"]}}) == [
        "A conditional rule (if/then) applies; see the schema."
    ]


def test_values_with_backticks_stay_readable_code() -> None:
    schema = {"if": {"properties": {"a": {"const": "x`y"}}}, "then": {"required": ["b"]}}
    assert describe_rules(schema) == ["If `a` is `` x`y ``, `b` is required."]
