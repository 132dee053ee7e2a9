"""OpenAPI Overlay 1.0 (``--overlay``): every action kind, order, findings located in the
overlay file, the manifest's record of it, every command that reads a spec, and an overlay on
a vendored public spec whose effect shows in the generated package and against the mock."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from textwrap import dedent

import pytest

from generator.cli import load_and_build, main
from generator.ir import Api
from generator.load import load_spec
from generator.overlay import apply_overlays

ROOT = Path(__file__).resolve().parent.parent
USPTO = ROOT / "tests" / "specs" / "public" / "oai-uspto.yaml"
Capsys = pytest.CaptureFixture[str]

SPEC = """\
openapi: 3.1.0
info: {title: Pets, version: '1'}
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - name: debug
          in: query
          schema: {type: boolean}
        - name: limit
          in: query
          schema: {type: integer, example: many}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Pet'}
    post:
      operationId: createPet
      responses:
        '204': {description: created}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
"""
HEAD = "overlay: 1.0.0\ninfo: {title: Test, version: '1'}\nactions:\n"
MISMATCH = (
    "warning[example-mismatch]: example does not match its schema: 'many' is not of type "
    "'integer' (left out)"
)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder: our own pyproject.toml (strict = true) is not read."""
    monkeypatch.chdir(tmp_path)
    Path("openapi.yaml").write_text(SPEC, encoding="utf-8")


def overlay(actions: str, name: str = "overlay.yaml", head: str = HEAD) -> Path:
    """An overlay file with ``actions`` (YAML list items, dedented) after ``head``."""
    text = head + dedent(actions)
    Path(name).write_text(text, encoding="utf-8")
    return Path(name)


def at(text: str, fragment: str) -> str:
    """``LINE:COL`` where ``fragment`` first starts in ``text``."""
    start = text.index(fragment)
    return f"{text.count(chr(10), 0, start) + 1}:{start - text.rfind(chr(10), 0, start)}"


def built(*overlays: Path) -> Api:
    return load_and_build(Path("openapi.yaml"), overlays=overlays, quiet=True)[1]


def run(capsys: Capsys, *argv: str) -> tuple[int, list[str]]:
    """Exit code and stderr lines of one in-process command."""
    code = main(list(argv))
    return code, capsys.readouterr().err.splitlines()


def test_update_merges_into_an_object_recursively() -> None:
    api = built(
        overlay("""\
            - target: $.components.schemas.Pet
              update:
                x-sdk-name: Animal
                required: [name, age]
                properties:
                  age: {type: integer}
            - target: $.paths['/pets'].get
              update: {operationId: fetchPets}
            """)
    )
    (model,) = api.models
    assert model.name == "Animal"  # the class renamed
    # The properties merged (name kept, age added); a list in an update replaces the list.
    assert [(f.name, f.required) for f in model.fields] == [("name", True), ("age", True)]
    assert sorted(op.python_name for op in api.operations) == ["create_pet", "fetch_pets"]


def test_update_of_an_array_appends_one_item() -> None:
    api = built(
        overlay("""\
            - target: $.paths['/pets'].get.parameters
              update: {name: page, in: query, schema: {type: integer}}
            """)
    )
    operation = next(op for op in api.operations if op.python_name == "list_pets")
    assert [p.name for p in operation.query_params] == ["debug", "limit", "page"]


def test_remove_drops_every_node_matched(capsys: Capsys) -> None:
    path = overlay("""\
        - target: $.paths['/pets'].post
          remove: true
        - target: $.paths.*.*.parameters[?@.name == 'debug']
          remove: true
        """)
    api = built(path)
    (operation,) = api.operations
    assert operation.python_name == "list_pets"
    assert [p.name for p in operation.query_params] == ["limit"]
    # The parameter after the removed one moved up a place, and its finding still points at
    # its own line of the spec.
    assert run(capsys, "validate", "openapi.yaml", "--overlay", str(path)) == (
        0,
        [
            f"openapi.yaml:{at(SPEC, 'example: many')}: {MISMATCH}",
            "1 warning (`--strict` makes warnings errors).",
        ],
    )


def test_overlays_apply_in_the_order_given() -> None:
    first = overlay(
        """\
        - target: $.components.schemas.Pet
          update: {x-sdk-name: First, properties: {age: {type: integer}}}
        """,
        "first.yaml",
    )
    # The second overlay changes what the first one added.
    second = overlay(
        """\
        - target: $.components.schemas.Pet
          update: {x-sdk-name: Second}
        - target: $.components.schemas.Pet.properties.age
          update: {format: int64, minimum: 0}
        """,
        "second.yaml",
    )
    api = built(first, second)
    assert [m.name for m in api.models] == ["Second"]
    assert [f.name for f in api.models[0].fields] == ["name", "age"]
    # Reversed, the second overlay's age target does not exist yet, and First wins.
    spec, found = apply_overlays(load_spec(Path("openapi.yaml")), [second, first])
    assert spec.data["components"]["schemas"]["Pet"]["x-sdk-name"] == "First"
    assert [p.rule for p in found] == ["overlay-no-match"]


def test_a_target_that_matches_nothing_is_a_warning(capsys: Capsys) -> None:
    path = overlay("""\
        - target: $.paths['/users'].get
          update: {operationId: listUsers}
        """)
    text = path.read_text()
    said = (
        f"overlay.yaml:{at(text, 'target')}: warning[overlay-no-match]: target "
        "\"$.paths['/users'].get\" matches nothing in the spec: this action changes nothing"
    )
    code, err = run(capsys, "validate", "openapi.yaml", "--overlay", str(path))
    assert code == 0 and said in err
    code, err = run(capsys, "validate", "openapi.yaml", "--overlay", str(path), "--strict")
    assert code == 2 and said.replace("warning[", "error[") in err
    # Reported with the spec's own findings, all in one run.
    assert (
        f"openapi.yaml:{at(SPEC, 'example: many')}: {MISMATCH}".replace("warning[", "error[") in err
    )


def test_a_bad_jsonpath_is_a_located_error(capsys: Capsys) -> None:
    path = overlay("""\
        - target: $.components.schemas.Pet
          update: {x-sdk-name: Animal}
        - target: $.paths['/pets'
          remove: true
        """)
    text = path.read_text()
    assert run(capsys, "validate", "openapi.yaml", "--overlay", str(path)) == (
        2,
        [
            f"overlay.yaml:{at(text, 'target: $.paths')}: error[overlay-target]: target "
            "\"$.paths['/pets'\" is not an RFC 9535 JSONPath: unbalanced brackets "
            "(at character 16)",
            "1 error; nothing was generated.",
        ],
    )


def test_an_invalid_overlay_document_is_refused_with_every_problem_located(
    capsys: Capsys,
) -> None:
    text = dedent("""\
        overlay: 2.0.0
        info: {title: Test}
        actions:
          - target: $.info
            remove: yes
          - update: {x-sdk-name: A}
            rename: B
          - target: $.info
        """)
    Path("overlay.yaml").write_text(text, encoding="utf-8")
    code, err = run(capsys, "generate", "--spec", "openapi.yaml", "--overlay", "overlay.yaml")
    assert code == 2
    assert err == [
        "overlay.yaml:1:1: error[invalid-overlay]: overlay '2.0.0' is not a version this "
        "generator reads (1.0.x)",
        "overlay.yaml:2:1: error[invalid-overlay]: info.version must be a string",
        f"overlay.yaml:{at(text, 'remove: yes')}: error[invalid-overlay]: `remove` must be "
        "true or false",
        "overlay.yaml:6:5: error[invalid-overlay]: an action needs a `target` string",
        f"overlay.yaml:{at(text, 'rename')}: error[invalid-overlay]: unknown key 'rename' "
        "(allowed: description, remove, target, update, and x- extensions)",
        "overlay.yaml:8:5: error[invalid-overlay]: this action changes nothing: give it "
        "`update` or `remove: true`",
        "6 errors; nothing was generated.",
    ]
    assert not Path("generated").exists()


def test_an_unreadable_overlay_is_a_located_error(capsys: Capsys) -> None:
    assert run(capsys, "validate", "openapi.yaml", "--overlay", "missing.yaml") == (
        2,
        [
            "missing.yaml:1:1: error[unreadable-file]: file not found",
            "1 error; nothing was generated.",
        ],
    )
    Path("empty.yaml").write_text("", encoding="utf-8")
    assert run(capsys, "validate", "openapi.yaml", "--overlay", "empty.yaml")[1][0] == (
        "empty.yaml:1:1: error[invalid-syntax]: the overlay is empty"
    )
    Path("broken.yaml").write_text(HEAD + "  - target: [\n", encoding="utf-8")
    code, err = run(capsys, "validate", "openapi.yaml", "--overlay", "broken.yaml")
    assert code == 2 and err[0].startswith("broken.yaml:5:1: error[invalid-syntax]: invalid YAML")


def test_findings_about_what_an_overlay_adds_point_into_the_overlay(capsys: Capsys) -> None:
    path = overlay("""\
        - target: $.components.schemas.Pet.properties
          update:
            age:
              type: integer
              minimum: none
        """)
    text = path.read_text()
    assert run(capsys, "validate", "openapi.yaml", "--overlay", str(path)) == (
        2,
        [
            f"openapi.yaml:{at(SPEC, 'example: many')}: {MISMATCH}",
            f"overlay.yaml:{at(text, 'minimum')}: error[invalid-schema]: invalid schema: "
            "'none' is not of type 'number'",
            "1 error, 1 warning; nothing was generated.",
        ],
    )


def test_in_an_openapi_30_spec_too(capsys: Capsys) -> None:
    """The 3.0 document is read as 3.1 after the overlay: what it added stays located in it,
    for the checks of the spec as written and for those of the spec as read."""
    Path("openapi.yaml").write_text(SPEC.replace("openapi: 3.1.0", "openapi: 3.0.3"))
    path = overlay("""\
        - target: $.components.schemas.Pet.properties
          update:
            age: {type: integer, nullable: true, minimum: none}
        - target: $.paths['/pets'].get
          update: {x-sdk-payload: 5}
        """)
    text = path.read_text()
    code, err = run(capsys, "validate", "openapi.yaml", "--overlay", str(path))
    assert code == 2
    assert (
        f"overlay.yaml:{at(text, 'minimum')}: error[invalid-openapi]: 'none' is not of type "
        "'number' (at components.schemas.Pet.properties.age.minimum)"
    ) in err
    path.write_text(text.replace("none", "0"))
    code, err = run(capsys, "validate", "openapi.yaml", "--overlay", str(path))
    assert [line for line in err if "x-sdk" in line] == [
        f"overlay.yaml:{at(text, 'x-sdk-payload')}: error[invalid-x-sdk]: x-sdk payload must be "
        "a property name or false, not 5"
    ]


def test_an_update_of_a_plain_value_is_a_located_error(capsys: Capsys) -> None:
    path = overlay("""\
        - target: $.info.title
          update: {x: 1}
        """)
    text = path.read_text()
    code, err = run(capsys, "validate", "openapi.yaml", "--overlay", str(path))
    assert (code, err[0]) == (
        2,
        f"overlay.yaml:{at(text, 'target')}: error[overlay-target]: target '$.info.title' "
        "selects a string at #/info/title: `update` changes only objects and arrays (update "
        "the value's parent)",
    )


def test_every_command_that_reads_a_spec_takes_overlays(capsys: Capsys) -> None:
    for command in ("validate", "generate", "diff", "mock"):
        assert main([command, "--help"]) == 0
        assert "--overlay FILE" in capsys.readouterr().out, command
    assert main(["diff", "--help"]) == 0
    assert "to both OLD_SPEC and NEW_SPEC" in " ".join(capsys.readouterr().out.split())


def test_diff_applies_the_overlays_to_both_specs(capsys: Capsys) -> None:
    Path("new.yaml").write_text(SPEC.replace("operationId: createPet", "operationId: addPet"))
    assert main(["diff", "openapi.yaml", "new.yaml", "--no-strict"]) == 1  # create_pet removed
    capsys.readouterr()
    # Users never call the operation: removed on both sides, it is no change at all.
    path = overlay("""\
        - target: $.paths['/pets'].post
          remove: true
        """)
    code = main(["diff", "openapi.yaml", "new.yaml", "--overlay", str(path), "--no-strict"])
    assert code == 0
    assert "create_pet" not in capsys.readouterr().out


def test_generate_records_the_overlays_and_check_sees_an_overlay_edit(capsys: Capsys) -> None:
    Path("spec").mkdir()
    Path("openapi.yaml").rename("spec/openapi.yaml")
    path = overlay(
        """\
        - target: $.components.schemas.Pet
          update: {x-sdk-name: Animal}
        """,
        "spec/sdk.yaml",
    )
    args = ["--no-strict"]
    assert main(["generate", "--overlay", str(path), *args]) == 0
    manifest = json.loads(Path("generated/manifest.json").read_text())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert manifest["settings"]["overlays"] == [{"path": "spec/sdk.yaml", "sha256": digest}]
    models = Path("generated/python/pets/models.py").read_text()
    assert models.startswith(
        "# Generated from spec/openapi.yaml with overlay spec/sdk.yaml by sdkgen"
    )
    assert "class Animal:" in models
    capsys.readouterr()
    # A plain run applies the recorded overlay, and says so.
    assert main(["generate", "--check", *args]) == 0
    assert (
        "note: using --overlay spec/sdk.yaml, as recorded in generated/manifest.json "
        "(--no-overlays applies none)" in capsys.readouterr().err
    )
    # An edit of the overlay alone, even one that changes no generated file, is drift.
    path.write_text(path.read_text() + "# reviewed\n")
    assert main(["generate", "--check", *args]) == 1
    out, err = capsys.readouterr()
    assert '"sha256": "' + digest in out
    assert "run `python -m generator generate --overlay spec/sdk.yaml`" in err
    # --no-overlays generates from the spec alone.
    assert main(["generate", "--no-overlays", *args]) == 0
    assert "class Pet:" in Path("generated/python/pets/models.py").read_text()
    assert "overlays" not in json.loads(Path("generated/manifest.json").read_text())["settings"]


USPTO_OVERLAY = """\
overlay: 1.0.0
info:
  title: Our SDK's names and settings for the USPTO Data Set API
  version: 1.0.0
actions:
  - target: $.components.schemas.dataSetList
    description: A class name in our style
    update:
      x-sdk-name: DataSetCatalog
  - target: $.components.schemas.dataSetList.properties.apis.items
    update:
      x-sdk-name: DataSet
  - target: $.paths['/'].get
    description: The method's name, and its envelope unwrapped
    update:
      operationId: listDataSets
      x-sdk-payload: apis
  - target: $.paths['/{dataset}/{version}/records']
    description: Not for our users
    remove: true
"""


def test_an_overlay_on_a_vendored_public_spec(tmp_path: Path) -> None:
    from mockserver import running_mock

    before = USPTO.read_bytes()
    path = tmp_path / "uspto-sdk.yaml"
    path.write_text(USPTO_OVERLAY, encoding="utf-8")
    out = tmp_path / "generated"
    argv = ["generate", "--spec", str(USPTO), "--out", str(out), "--overlay", str(path)]
    assert main([*argv, "--no-strict"]) == 0
    package = out / "python" / "uspto_data_set_api"
    client = (package / "_client.py").read_text()
    models = (package / "models.py").read_text()
    assert "class DataSetCatalog:" in models and "class DataSet:" in models
    assert "    def list_data_sets(\n" in client
    assert "    ) -> list[_models.DataSet]:" in client  # the envelope's `apis`, unwrapped
    assert "perform_search" not in client
    assert USPTO.read_bytes() == before  # the vendor's file as published
    # Against the mock of the same spec and overlay, the method returns the envelope's items.
    with running_mock(USPTO, "--overlay", str(path)) as mock:
        code = (
            "from uspto_data_set_api import UsptoDataSetApi\n"
            f"with UsptoDataSetApi(base_url={mock.url!r}, max_retries=0) as client:\n"
            "    print([(type(d).__name__, d.api_key) for d in client.list_data_sets()])\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONPATH": str(out / "python")},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("[('DataSet', 'oa_citations'), ('DataSet', 'cancer_moonshot')]\n")


def test_the_worked_example(capsys: Capsys) -> None:
    """examples/overlay/ (README "Overlays"): strictly valid, and the package its README shows."""
    example = ROOT / "examples" / "overlay"
    spec, overlay_file = example / "vendor-openapi.yaml", example / "sdk-overlay.yaml"
    assert main(["validate", str(spec), "--overlay", str(overlay_file), "--strict"]) == 0
    _, api = load_and_build(spec, overlays=[overlay_file])
    assert (api.package, api.client) == ("zones", "Zones")
    operations = {op.python_name: op for op in api.operations}
    assert sorted(operations) == ["get_zone", "list_zones"]  # purge_everything removed
    assert operations["list_zones"].pagination is not None
    assert {"Zone", "ZoneEnvelope"} <= {m.name for m in api.models}
    # The README's message when the vendor renames what an action targets.
    text = overlay_file.read_text().replace("'/zones'].get", "'/zone'].get")
    Path("renamed.yaml").write_text(text, encoding="utf-8")
    assert main(["validate", str(spec), "--overlay", "renamed.yaml"]) == 0
    said = (
        "renamed.yaml:26:5: warning[overlay-no-match]: target \"$.paths['/zone'].get\" matches "
        "nothing in the spec: this action changes nothing"
    )
    assert said in capsys.readouterr().err.splitlines()
    assert (
        said.replace("renamed.yaml", "examples/overlay/sdk-overlay.yaml").replace(
            "'/zone'", "'/zones'"
        )
        in (example / "README.md").read_text()
    )
