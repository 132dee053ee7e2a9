"""Bad specs: exit code 2, every problem reported once as FILE:LINE:COL, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import names
from generator.cli import main
from generator.load import load_spec
from generator.validate import validate

ROOT = Path(__file__).resolve().parent.parent
SPEC_TEXT = (ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8")


def mutate(tmp_path: Path, old: str, new: str, *, nth: int = 0) -> tuple[Path, int]:
    """Write the real spec with the ``nth`` occurrence of ``old`` replaced; return the line."""
    start = -1
    for _ in range(nth + 1):
        start = SPEC_TEXT.index(old, start + 1)
    text = SPEC_TEXT[:start] + new + SPEC_TEXT[start + len(old) :]
    path = tmp_path / "openapi.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text.count("\n", 0, start) + 1


def run_validate(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["validate", str(path)])
    err = capsys.readouterr().err.strip().splitlines()
    return code, [line for line in err if not line.endswith("nothing was generated.")]


def test_the_real_spec_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ROOT / "spec" / "openapi.yaml")]) == 0


def test_default_of_the_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, line = mutate(tmp_path, "default: 720", "default: seven-twenty")
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert lines == [
        f"{path}:{line}:11: error[default-mismatch]: default does not match its schema: "
        "'seven-twenty' is not of type 'integer' (left out: the server applies its own)"
    ]


def test_enum_default_not_in_the_enum(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, line = mutate(tmp_path, "default: left top", "default: center")
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert len(lines) == 1
    assert lines[0].startswith(f"{path}:{line}:")
    assert (
        "'center' is not one of ['right bottom', 'right top', 'left bottom', 'left top']"
        in lines[0]
    )


def test_missing_ref_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = "$ref: '#/components/schemas/Watermark'"
    path, line = mutate(tmp_path, old, "$ref: '#/components/schemas/Watermarks'")
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert lines == [
        f"{path}:{line}:11: error[unresolved-ref]: "
        "$ref '#/components/schemas/Watermarks' points to nothing in this file"
    ]


def test_duplicate_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = "        max_seconds:\n          type: integer\n"
    path, line = mutate(tmp_path, old, old + "          type: number\n")
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert lines == [
        f"{path}:{line + 2}:11: error[duplicate-key]: "
        f"duplicate key 'type' (first defined on line {line + 1}); "
        "YAML would silently keep only the last one"
    ]


def test_unsupported_keyword(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = "    RtmpOutConfig:\n      type: object\n"
    path, line = mutate(tmp_path, old, old + "      unevaluatedItems: false\n")
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert len(lines) == 1
    assert lines[0].startswith(
        f"{path}:{line + 2}:7: error[unsupported-keyword]: "
        "unsupported schema keyword 'unevaluatedItems'"
    )


def test_unevaluated_properties_beyond_the_static_case_is_refused_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = "    RtmpOutConfig:\n      type: object\n"
    new = (
        "      anyOf:\n        - properties:\n            extra_field: {type: string}\n"
        "      unevaluatedProperties: false\n"
    )
    path, line = mutate(tmp_path, old, old + new)
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert lines == [
        f"{path}:{line + 5}:7: error[unsupported-keyword]: "
        "unevaluatedProperties is supported only where the properties it "
        "leaves are known from the schema (properties, patternProperties, $ref, allOf): anyOf "
        "may evaluate properties that the rest of the schema does not declare"
    ]


def test_recursive_ref_outside_a_component_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = "    RtmpOutConfig:\n      type: object\n"
    path, line = mutate(tmp_path, old, old + "      propertyNames:\n        $recursiveRef: '#/x'\n")
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert lines == [
        f"{path}:{line + 3}:9: error[unsupported-keyword]: "
        "$recursiveRef is supported only as '#' inside a component schema "
        "(#/components/schemas/<Name>), where it means a $ref to that component"
    ]


def test_inline_object_whose_class_name_is_taken_is_renamed_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A title that names a component's class: the component keeps it, the inline schema gets
    # its parent-derived name, and `validate` says so (a note never blocks, even strict).
    old = "        url:\n          type: string\n"
    new = (
        "        url:\n          type: object\n          title: VideoConfig\n"
        "          properties:\n            a: {}\n"
    )
    path, line = mutate(tmp_path, old, new)
    component_line = SPEC_TEXT.splitlines().index("    VideoConfig:") + 1
    code, lines = run_validate(path, capsys)
    assert code == 0
    shifted = component_line + 3 if component_line > line else component_line
    assert lines == [
        f"{path}:{line}:9: note[renamed]: this schema becomes class 'StartRecordingRequestUrl': "
        f"the schema on line {shifted} is class 'VideoConfig' (components and earlier schemas "
        "keep their names)",
        "1 note.",
    ]


def test_every_problem_is_reported_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, first = mutate(tmp_path, "default: 720", "default: seven-twenty")
    text = path.read_text().replace("default: 1280", "default: wide")
    path.write_text(text)
    second = text.splitlines().index("          default: wide") + 1
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert [line.split(":")[1] for line in lines] == [str(first), str(second)]


def test_operation_ids_that_collide_after_conversion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = "paths:\n"
    extra = (
        "paths:\n  /other:\n    get:\n      operationId: start_recording\n"
        "      responses:\n        '204':\n          description: ok\n"
    )
    path, _ = mutate(tmp_path, old, extra)
    code, lines = run_validate(path, capsys)
    assert code == 0
    # Spec order decides between two operationIds: /other comes first here.
    line = path.read_text().splitlines().index("      operationId: startRecording") + 1
    assert lines == [
        f"{path}:{line}:7: note[renamed]: operationId 'startRecording' becomes method "
        "'start_recording_2': operationId 'start_recording' is method 'start_recording'",
        "1 note.",
    ]


def test_structure_errors_name_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, line = mutate(
        tmp_path, "      operationId: startRecording", "      operationID: startRecording"
    )
    code, lines = run_validate(path, capsys)
    assert code == 2
    # Our pyproject.toml makes warnings errors (strict), as for our own spec.
    assert lines[0].startswith(
        f"{path}:{line}:7: error[unexpected-key]: unexpected key 'operationID'"
    )


def test_no_traceback_for_a_user_mistake(tmp_path: Path) -> None:
    path, _ = mutate(tmp_path, "default: 720", "default: [unclosed")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(path),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{path}:")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "      operationId: startRecording",
            "      operationId: startRecording\n      x-idempotent: 'false'",
            "x-idempotent must be true or false, not 'false'",
        ),
        (
            "    client: RealtimeKit",
            "    client: Credentials",
            "collides with a name the generated",
        ),
        (
            "    package: realtimekit",
            "    package: class",
            "'class' is not an importable Python name",
        ),
        ("      x-sdk-parameter: api_token", "      x-sdk-parameter: api-token", "'api-token'"),
        (
            "        file_name_prefix:\n          type: string\n",
            "        file_name_prefix:\n          type: string\n          pattern: '[a-z'\n",
            "pattern '[a-z' is not a valid regular expression",
        ),
        (
            "$ref: '#/components/schemas/AudioConfig'",
            "$ref: '#/components/responses/BadRequest'",
            "a schema $ref must point to #/components/schemas/<Name>",
        ),
    ],
    ids=[
        "x-idempotent",
        "client",
        "package",
        "env-param",
        "pattern",
        "ref-to-response",
    ],
)
def test_names_and_settings_the_generated_code_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    path, _ = mutate(tmp_path, old, new)
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert any(message in line for line in lines), lines
    assert all(line.startswith(f"{path}:") for line in lines)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "      requestBody:\n",
            "        - name: timeout\n          in: query\n          schema: {type: integer}\n"
            "      requestBody:\n",
            "note[renamed]: query parameter 'timeout' becomes argument 'timeout_param': every "
            "method takes the keyword timeout=",
        ),
        (
            "      operationId: startRecording",
            "      operationId: close",
            "note[renamed]: operationId 'close' becomes method 'close_operation': the client has "
            "its own 'close'",
        ),
    ],
    ids=["reserved-param", "reserved-method"],
)
def test_spec_names_the_generated_code_uses_are_renamed_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    path, _ = mutate(tmp_path, old, new)
    code, lines = run_validate(path, capsys)
    assert code == 0
    assert len(lines) == 2 and lines[1] == "1 note.", lines
    assert lines[0].startswith(f"{path}:") and lines[0].endswith(message)


def test_validation_and_build_problems_are_reported_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = mutate(tmp_path, "default: 720", "default: seven-twenty")
    old = "      operationId: startRecording"
    text = path.read_text().replace(old, old + "\n      x-idempotent: 'no'")
    path.write_text(text)
    lines_of = text.splitlines()
    first = next(i for i, t in enumerate(lines_of) if "default: seven-twenty" in t) + 1
    second = lines_of.index("      x-idempotent: 'no'") + 1
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert sorted(int(line.split(":")[1]) for line in lines) == sorted([first, second])


# -- operations without an operationId ---------------------------------------------------------
# These call validate() directly: naming is decided there, whatever the builder does next.
def validation_problems(path: Path) -> list[str]:
    return [str(problem) for problem in validate(load_spec(path))]


OPERATION = "    {method}:\n{op_id}      responses:\n        '204':\n          description: ok\n"


def with_operations(tmp_path: Path, *operations: tuple[str, str, str | None]) -> Path:
    """The real spec with extra ``(method, route, operationId or None)`` operations."""
    extra = "paths:\n"
    for method, route, op_id in operations:
        line = f"      operationId: {op_id!r}\n" if op_id is not None else ""
        extra += f"  {route}:\n" + OPERATION.format(method=method, op_id=line)
    path, _ = mutate(tmp_path, "paths:\n", extra)
    return path


@pytest.mark.parametrize(
    ("operation_id", "method", "route", "expected"),
    [
        (None, "get", "/items/{item_id}", "get_items_item_id"),
        (None, "POST", "/pets", "post_pets"),
        (None, "get", "/", "get"),
        (
            None,
            "delete",
            "/v1/userGroups/{groupId}/members.json",
            "delete_v1_user_groups_group_id_members_json",
        ),
        (None, "get", "/a//b/__c--d/", "get_a_b_c_d"),
        ("listPets", "get", "/pets", "list_pets"),
        ("", "get", "/pets", "get_pets"),
    ],
)
def test_method_names_come_from_the_operation_id_else_method_and_path(
    operation_id: str | None, method: str, route: str, expected: str
) -> None:
    assert names.method_name(operation_id, method, route) == expected


def test_an_operation_without_an_operation_id_is_accepted(tmp_path: Path) -> None:
    path, _ = mutate(tmp_path, "      operationId: startRecording\n", "")
    assert validation_problems(path) == []
    path = with_operations(tmp_path, ("get", "/items/{item_id}", None), ("get", "/", None))
    # Only the missing path parameter: neither operation needs an operationId.
    line = path.read_text().splitlines().index("  /items/{item_id}:") + 2
    assert validation_problems(path) == [
        f"{path}:{line}:5: error[parameter]: "
        f"path parameter {{item_id}} of /items/{{item_id}} is not declared in "
        "parameters"
    ]


def test_an_operation_id_and_a_derived_name_that_collide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Validation accepts both; the builder gives the operationId its name, wherever it is.
    for order in ((None, "getItems"), ("getItems", None)):
        routes = {None: "/items", "getItems": "/other"}
        path = with_operations(tmp_path, *(("get", routes[o], o) for o in order))
        assert validation_problems(path) == []
        code, lines = run_validate(path, capsys)
        assert code == 0
        line = path.read_text().splitlines().index("  /items:") + 2
        assert lines == [
            f"{path}:{line}:5: note[renamed]: GET /items becomes method 'get_items_2': "
            "operationId 'getItems' is method 'get_items'",
            "1 note.",
        ]


def test_two_derived_names_that_collide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = with_operations(tmp_path, ("get", "/item-list", None), ("get", "/item_list", None))
    line = path.read_text().splitlines().index("  /item_list:") + 2
    code, lines = run_validate(path, capsys)
    assert code == 0
    assert lines == [
        f"{path}:{line}:5: note[renamed]: GET /item_list becomes method 'get_item_list_2': "
        "GET /item-list is method 'get_item_list'",
        "1 note.",
    ]


@pytest.mark.parametrize(
    ("op_id", "message"),
    [
        ("", "error[operation-id]: the operationId of GET /other must not be empty"),
        ("--", "error[invalid-name]: operationId '--' has no letters to make a Python name from"),
    ],
)
def test_operation_ids_that_cannot_name_a_method(tmp_path: Path, op_id: str, message: str) -> None:
    path = with_operations(tmp_path, ("get", "/other", op_id))
    line = path.read_text().splitlines().index(f"      operationId: {op_id!r}") + 1
    (problem,) = validation_problems(path)
    assert problem.startswith(f"{path}:{line}:7: {message}")


def test_an_operation_id_used_twice(tmp_path: Path) -> None:
    path = with_operations(tmp_path, ("get", "/other", "startRecording"))
    # The added operation comes first in the file: the original one is the second use.
    line = path.read_text().splitlines().index("      operationId: startRecording") + 1
    assert validation_problems(path) == [
        f"{path}:{line}:7: error[operation-id]: "
        "operationId 'startRecording' is used twice (first by GET /other)"
    ]


def test_a_non_string_operation_id_is_located(tmp_path: Path) -> None:
    path, line = mutate(tmp_path, "operationId: startRecording", "operationId: 42")
    (problem,) = validation_problems(path)
    assert problem.startswith(
        f"{path}:{line}:7: error[invalid-openapi]: 42 is not of type 'string'"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "        - name: meeting_id\n",
            "        - name: ''\n",
            "a parameter name must not be empty",
        ),
        (
            "        - name: meeting_id\n          in: query\n",
            '        - name: "X Meeting\\n"\n          in: header\n',
            "header parameter name 'X Meeting\\n' is not a valid HTTP header name",
        ),
        (
            "    RtmpOutConfig:\n      type: object\n",
            "    RtmpOutConfig:\n      type: object\n      x-sdk-name: '***'\n",
            "x-sdk-name '***' has no letters to make a class name from",
        ),
        (
            "        file_name_prefix:\n",
            "        '':\n          type: string\n        file_name_prefix:\n",
            "a property name must not be empty",
        ),
    ],
    ids=["empty-parameter", "header-name", "x-sdk-name", "empty-property"],
)
def test_names_no_code_can_use_are_located_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    path, line = mutate(tmp_path, old, new)
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert len(lines) == 1, lines  # the builder does not restate it
    assert lines[0].startswith(f"{path}:")
    assert int(lines[0].split(":")[1]) in range(line, line + 3)
    assert message in lines[0]


def test_property_and_parameter_names_in_any_script_are_accepted(tmp_path: Path) -> None:
    # Before, a non-ASCII name was refused with "has no letters to make a Python name from".
    path, _ = mutate(
        tmp_path,
        "        file_name_prefix:\n",
        "        日本語:\n          type: string\n        file_name_prefix:\n",
    )
    text = path.read_text().replace("        - name: meeting_id\n", "        - name: ñame\n", 1)
    path.write_text(text)
    assert validation_problems(path) == []


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_problems_of_every_stage_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A meta-schema error no longer hides our own checks: a wrong default, a dangling ref and
    a non-string operationId are all reported by the first run."""
    path = _write(
        tmp_path,
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /items:\n    get:\n"
        "      operationId: listItems\n      parameters:\n"
        "        - {name: limit, in: query, schema: {type: integer, default: many}}\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json: {schema: {$ref: '#/components/schemas/Gone'}}\n"
        "  /other:\n    get:\n      operationId: 42\n      responses: {'204': {description: x}}\n",
    )
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert [line.split(": ", 2)[1] for line in lines] == [
        "error[default-mismatch]",  # strict: our pyproject.toml makes warnings errors
        "error[unresolved-ref]",
        "error[invalid-openapi]",
    ]
    assert lines[0].startswith(f"{path}:8:60: ")
    assert lines[2].startswith(f"{path}:16:7: ")


def test_a_status_key_that_is_no_status_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(
        tmp_path,
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /items:\n    get:\n"
        "      responses:\n        '20O': {description: ok}\n",
    )
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert lines == [
        f"{path}:7:9: error[invalid-openapi]: response status '20O' is not an HTTP status code "
        "(such as 200 or 4XX) or 'default'"
    ]  # and not "'default' is a required property"


def test_a_parameter_declared_twice_says_where_and_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(
        tmp_path,
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /items:\n    get:\n"
        "      parameters:\n        - {name: q, in: query, schema: {type: string}}\n"
        "        - {name: q, in: query, schema: {type: integer}}\n"
        "      responses: {'204': {description: x}}\n",
    )
    code, lines = run_validate(path, capsys)
    assert code == 2
    assert lines == [
        f"{path}:8:11: error[parameter]: query parameter 'q' is declared twice (first on line 7): "
        "OpenAPI identifies a parameter by name and location, so remove one (or give them "
        "different names)"
    ]


def test_a_default_of_the_wrong_format_is_located_at_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Formats are checked with the default itself, so it is never reported at 1:1 (where
    openapi-spec-validator's own check of defaults, without a path, would put it)."""
    path = _write(
        tmp_path,
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /items:\n    get:\n"
        "      parameters:\n        - name: since\n          in: query\n"
        "          schema: {type: string, format: date, default: yesterday}\n"
        "      responses: {'204': {description: x}}\n",
    )
    code = main(["validate", "--no-strict", str(path)])
    err = capsys.readouterr().err.splitlines()
    assert code == 0
    assert err == [
        f"{path}:9:48: warning[default-mismatch]: default does not match its schema: "
        "'yesterday' is not a 'date' (left out: the server applies its own)",
        "1 warning (`--strict` makes warnings errors).",
    ]
