"""Name conversion: spec names → Python identifiers."""

from __future__ import annotations

import keyword

from hypothesis import given
from hypothesis import strategies as st

from generator import names


def test_snake_case() -> None:
    assert names.snake("startRecording") == "start_recording"
    assert names.snake("user_Id") == "user_id"
    assert names.snake("HTTPServer") == "http_server"
    assert names.snake("X-Auth-Email") == "x_auth_email"


def test_pascal_case() -> None:
    assert names.pascal("video_config") == "VideoConfig"
    assert names.pascal("StartRecordingRequest") == "StartRecordingRequest"


def test_enum_members() -> None:
    assert names.constant("right bottom") == "RIGHT_BOTTOM"
    assert names.constant("VP8") == "VP8"
    assert names.constant("8k") == "_8K"


def test_enum_members_are_unique_even_without_letters() -> None:
    assert names.enum_members(["a-b", "a b", "✓", "+", "class"]) == [
        "A_B",
        "A_B_2",
        "VALUE_2",
        "VALUE_3",
        "CLASS",
    ]


def test_keywords_and_generated_names_are_avoided() -> None:
    assert names.field_name("class") == "class_"
    assert names.field_name("to_dict") == "to_dict_"
    assert names.field_name("extra") == "extra_"
    assert names.snake("match") == "match_"  # soft keyword


@given(st.text(min_size=1, max_size=30))
def test_every_mappable_name_is_a_valid_identifier(name: str) -> None:
    if not names.is_mappable(name):
        return
    for convert in (names.snake, names.pascal, names.constant, names.field_name):
        result = convert(name)
        assert result.isidentifier(), (name, result)
        assert not keyword.iskeyword(result)
