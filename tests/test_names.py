"""Name conversion: spec names → Python identifiers."""

from __future__ import annotations

import ast
import keyword
import re
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator import names, reserved

ROOT = Path(__file__).resolve().parent.parent
# The modules that hold or import the spec's classes, beside names the package imports.
# _raw.py names no spec class: its methods are the client's own (one line per operation).
SPEC_CLASS_MODULES = ("models.py", "_client.py", "_operations.py")


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


def test_keywords_are_avoided_and_spec_names_otherwise_kept() -> None:
    assert names.field_name("class") == "class_"
    assert names.snake("match") == "match_"  # soft keyword
    # Model methods and the extra attribute are the resolver's business (build.naming), with
    # a note; the plain spelling keeps the spec's name.
    assert names.field_name("to_dict") == "to_dict"
    assert names.field_name("extra") == "extra"


def test_trailing_comparisons_are_spelled_out() -> None:
    assert names.field_name("EndTime") == "end_time"
    assert names.field_name("EndTime<") == "end_time_before"
    assert names.field_name("EndTime>") == "end_time_after"
    assert names.field_name("EndTime<=") == "end_time_on_or_before"
    assert names.field_name("EndTime>=") == "end_time_on_or_after"
    assert names.field_name("class<") == "class_before"
    assert names.field_name("<") == "less_than_sign"  # nothing before it: spelled by name


def test_names_in_any_script() -> None:
    # Latin letters lose their accents; other scripts stay letters, as Python allows.
    assert names.field_name("ñame") == "name"
    assert names.field_name("Straße") == "strasse"
    assert names.field_name("naïveDate") == "naive_date"
    assert names.field_name("日本語") == "日本語"
    assert names.field_name("Привет мир") == "привет_мир"
    order = "\u0417\u0430\u043a\u0430\u0437"  # Cyrillic, written so to keep ruff quiet
    assert names.field_name("get" + order) == "get_" + order.lower()
    assert names.field_name("हिन्दी") == "हिन्दी"  # vowel signs (combining marks) stay
    assert names.pascal("日本語_name") == "日本語Name"
    # Compatibility forms become what Python itself reads: NFKC.
    assert names.field_name("\uff46\uff55\uff4c\uff4c") == "full"  # full-width
    assert names.field_name("ﬁle") == "file"


def test_names_without_letters_are_spelled_out() -> None:
    assert names.field_name("+") == "plus_sign"
    assert names.field_name("-") == "hyphen_minus"
    assert names.field_name("✓") == "check_mark"
    assert names.field_name("\x01") == "u0001"
    assert names.field_name("") == ""  # refused by validation, located
    # Method and class names are not spelled: such an operationId or schema name is refused.
    assert not names.is_mappable("--")


def test_names_the_generated_code_reads_are_not_shadowed() -> None:
    assert names.field_name("list") == "list_"
    assert names.field_name("str") == "str_"
    assert names.field_name("datetime") == "datetime_"
    assert names.field_name("id") == "id"  # generated code never calls id()
    assert names.field_name("type") == "type"


def test_names_the_generated_modules_import_for_themselves_are_reserved() -> None:
    """A name a spec class could have (PascalCase, or all capitals) that a module holding the
    spec's classes imports for its own use steps aside or is taken (reserved.py): otherwise a
    schema of that name (``OpenStrEnum``) would shadow it or be shadowed."""
    class_like = re.compile(r"[A-Z][A-Za-z0-9]*")
    packages = [ROOT / "generated" / "python" / "realtimekit"]
    packages += [p for p in (ROOT / "tests" / "golden").glob("*/python/*") if p.is_dir()]
    unreserved: dict[str, set[str]] = {}
    for package in packages:
        for module in SPEC_CLASS_MODULES:
            if not (package / module).exists():
                continue
            for node in ast.walk(ast.parse((package / module).read_text())):
                # The spec's classes (.models) and the client's own (reserved per spec).
                if not isinstance(node, ast.ImportFrom) or node.module in (
                    None,
                    "models",
                    "_client",
                    "_raw",
                ):
                    continue
                for alias in node.names:
                    taken = reserved.STEP_ASIDE | reserved.MODULE_NAMES
                    if class_like.fullmatch(alias.name) and alias.name not in taken:
                        unreserved.setdefault(alias.name, set()).add(f"{package.name}/{module}")
    assert unreserved == {}


def test_dunders_digits_and_separators() -> None:
    assert names.field_name("__class__") == "class_"
    assert names.field_name("__init__") == "init"
    assert names.field_name("2fa") == "_2fa"
    assert names.field_name("user-id") == names.field_name("user_id") == "user_id"
    assert names.field_name("UserId") == "user_id"  # the second of both is renamed, noted


def test_enum_members_of_a_huge_enum_are_unique_and_quick() -> None:
    members = names.enum_members([f"v{i % 1000}" for i in range(20_000)])
    assert len(set(members)) == 20_000
    assert members[1000] == "V0_2"


@given(st.text(min_size=1, max_size=30))
def test_every_name_is_a_valid_identifier(name: str) -> None:
    """Any non-empty property or parameter name becomes a usable, stable identifier."""
    result = names.field_name(name)
    assert result.isidentifier(), (name, result)
    assert unicodedata.normalize("NFKC", result) == result  # what Python would read
    assert not keyword.iskeyword(result) and not keyword.issoftkeyword(result)
    assert result not in names.SHADOWED
    assert names.field_name(name) == result
    if not names.is_mappable(name):
        return
    for convert in (names.snake, names.pascal, names.constant):
        result = convert(name)
        assert result.isidentifier(), (name, result)
        assert unicodedata.normalize("NFKC", result) == result
        assert not keyword.iskeyword(result)
