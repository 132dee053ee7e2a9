"""Specs in several files (generator/multifile.py): what a user sees. Refs to other YAML and
JSON files anywhere OpenAPI allows one; every refusal (a folder left, a URL, a missing file, a
fragment pointing to nothing, a file that is no YAML) located in the file that holds it;
readable, order-independent names for other files' schemas; ``bundle``; the manifest's hashes
of every file read; ``diff`` of two multi-file specs, also from git.

The spec of tests/specs/multifile/ is generated, linted, type-checked and called against the
mock by tests/test_constructs.py (``-k multifile``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from spec_strategies import split_layouts

from generator.bundle import dumps
from generator.cli import main
from generator.exitcodes import EXIT_CHECK_FAILED, EXIT_INVALID, EXIT_OK
from generator.load import load_spec, parse_document
from generator.problems import SpecError

ROOT = Path(__file__).resolve().parent.parent
MULTIFILE = ROOT / "tests" / "specs" / "multifile"
Capsys = pytest.CaptureFixture[str]


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """1-based number of the line holding ``needle``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


HEAD = """\
openapi: 3.1.0
info: {title: Shop, version: '1', x-sdk: {package: shop, client: Shop}}
servers: [{url: 'https://shop.example.com'}]
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory holding a copy of tests/specs/multifile as spec/."""
    shutil.copytree(MULTIFILE, tmp_path / "spec")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- the spec of tests/specs/multifile ---------------------------------------------------------


def test_other_files_become_one_document_with_readable_names(project: Path) -> None:
    spec = load_spec(Path("spec/multifile.yaml"))
    schemas = spec.data["components"]["schemas"]
    # Droplet: the root's name for models.yml#/droplet; the others: fragment keys, file stem.
    assert list(schemas) == ["Droplet", "droplet_create", "region", "size", "snapshot"]
    text = json.dumps(spec.data)
    refs = {ref for ref in _refs(spec.data)}
    assert all(ref.startswith("#/components/schemas/") for ref in refs), refs
    assert ".yml" not in text and ".json" not in text and ".yaml" not in text
    # The cycle across files: Droplet -> Snapshot -> Droplet.
    snapshot = schemas["snapshot"]["properties"]["droplet"]
    assert snapshot == {"$ref": "#/components/schemas/Droplet"}
    assert schemas["Droplet"]["properties"]["snapshots"]["items"] == {
        "$ref": "#/components/schemas/snapshot"
    }
    # Path items, an operation, parameters and a response: copied where they are used.
    droplets = spec.data["paths"]["/droplets"]
    assert droplets["get"]["parameters"][0]["name"] == "per_page"
    assert droplets["post"]["responses"]["201"]["description"] == "The droplet created."
    assert spec.data["paths"]["/regions"]["get"]["operationId"] == "listRegions"
    # Every file read is recorded, relative to the spec's folder.
    assert [name for name, _ in spec.files] == [
        "operations/list_regions.json",
        "paths/droplet.yaml",
        "paths/droplets.yaml",
        "resources/common/parameters.json",
        "resources/droplets/models.yml",
        "resources/droplets/responses.yml",
        "resources/regions/region.json",
        "resources/snapshots/snapshot.yaml",
    ]


def _refs(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in _refs(value)]
    return []


def test_nodes_from_other_files_are_located_in_them(project: Path) -> None:
    spec = load_spec(Path("spec/multifile.yaml"))
    models = Path("spec/resources/droplets/models.yml")
    problem = spec.problem(("components", "schemas", "Droplet", "properties", "name"), "x")
    assert (problem.file, problem.line) == (models.as_posix(), line_of(models, "    name:"))
    parameters = Path("spec/resources/common/parameters.json")
    at = ("paths", "/droplets", "get", "parameters", 0, "schema")
    problem = spec.problem(at, "x")
    assert (problem.file, problem.line) == (parameters.as_posix(), 6)
    operation = spec.problem(("paths", "/regions", "get", "summary"), "x")
    assert (operation.file, operation.line) == ("spec/operations/list_regions.json", 3)


def test_an_operation_given_as_a_ref_is_a_warning(project: Path, capsys: Capsys) -> None:
    assert main(["validate", "--no-strict", "spec/multifile.yaml"]) == EXIT_OK
    line = line_of(project / "spec/multifile.yaml", "$ref: ./operations/list_regions.json")
    assert (
        f"spec/multifile.yaml:{line}:7: warning[operation-ref]: an operation given as a $ref"
        in (capsys.readouterr().err)
    )
    assert main(["validate", "--strict", "spec/multifile.yaml"]) == EXIT_INVALID


def test_a_problem_in_a_referenced_file_is_located_there(project: Path, capsys: Capsys) -> None:
    models = project / "spec/resources/droplets/models.yml"
    models.write_text(
        models.read_text().replace("      minLength: 1", "      pattern: '(unclosed'")
    )
    assert main(["validate", "--no-strict", "spec/multifile.yaml"]) == EXIT_INVALID
    err = capsys.readouterr().err
    line = line_of(models, "pattern: '(unclosed'")
    assert f"spec/resources/droplets/models.yml:{line}:7: error[invalid-pattern]" in err


# -- refusals, each located --------------------------------------------------------------------


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(
        tmp_path,
        {
            "spec/openapi.yaml": HEAD
            + """
            paths:
              /a:
                $ref: ./sub/a.yaml
              /b:
                $ref: ../outside.yaml
              /c:
                $ref: https://example.com/c.yaml
            components:
              schemas:
                Missing:
                  $ref: ./sub/missing.yaml
                Fragment:
                  $ref: ./sub/a.yaml#/nothing/here
                Bad:
                  $ref: ./sub/bad.yaml#/z
            """.replace("\n            ", "\n"),
            "spec/sub/a.yaml": """
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Nope'
            """,
            "spec/sub/bad.yaml": "z:\n  type: object\n  properties: {a: [\n",
            "outside.yaml": "get: {responses: {'200': {description: ok}}}\n",
        },
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_refusal_is_located_in_the_file_at_fault(broken: Path, capsys: Capsys) -> None:
    assert main(["validate", "spec/openapi.yaml"]) == EXIT_INVALID
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "spec/openapi.yaml:9:5: error[ref-outside-folder]: $ref '../outside.yaml' is not "
        "followed: it leaves the spec's folder spec/: refs are followed only inside it (allow "
        "another folder with --allow-ref-root DIR)",
        "spec/openapi.yaml:11:5: error[unsupported-ref]: $ref 'https://example.com/c.yaml' is a "
        "URL: nothing is fetched from the network; save the file beside the spec and refer to "
        "it by a relative path",
        "spec/openapi.yaml:15:7: error[unresolved-ref]: $ref './sub/missing.yaml': file not "
        "found: spec/sub/missing.yaml",
        "spec/openapi.yaml:17:7: error[unresolved-ref]: $ref './sub/a.yaml#/nothing/here' points "
        "to nothing in spec/sub/a.yaml",
        "spec/sub/a.yaml:8:13: error[unresolved-ref]: $ref '#/components/schemas/Nope' points "
        "to nothing (a '#' fragment is read in the file holding the ref, spec/sub/a.yaml)",
        "spec/sub/bad.yaml:4:1: error[invalid-syntax]: invalid YAML: expected the node content, "
        "but found '<stream end>'",
        "6 errors; nothing was generated.",
    ]


def test_allow_ref_root_lets_a_ref_leave_the_folder(broken: Path, capsys: Capsys) -> None:
    assert main(["validate", "--allow-ref-root", ".", "spec/openapi.yaml"]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert "ref-outside-folder" not in err
    assert "unsupported-ref" in err  # a URL, still never fetched


def test_a_symlink_cannot_lead_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"spec/openapi.yaml": HEAD + "paths:\n  /a:\n    $ref: ./link/a.yaml\n"})
    write(tmp_path, {"elsewhere/a.yaml": "get: {responses: {'200': {description: ok}}}\n"})
    (tmp_path / "spec/link").symlink_to(tmp_path / "elsewhere")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SpecError) as error:
        load_spec(Path("spec/openapi.yaml"))
    assert [p.rule for p in error.value.problems] == ["ref-outside-folder"]


def test_a_cycle_of_path_items_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path,
        {
            "openapi.yaml": HEAD + "paths:\n  /a:\n    $ref: ./a.yaml\n",
            "a.yaml": "$ref: ./b.yaml\n",
            "b.yaml": "$ref: ./a.yaml\n",
        },
    )
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SpecError) as error:
        load_spec(Path("openapi.yaml"))
    [problem] = error.value.problems
    assert (problem.file, problem.line, problem.rule) == ("b.yaml", 1, "ref-cycle")


def test_the_number_of_nodes_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A "ref bomb": each file's operation has ten callbacks to the next file's, so seven files
    would copy 10⁷ operations. Stopped at the loader's node limit (lowered here to be quick)."""
    monkeypatch.setattr("generator.multifile.MAX_NODES", 50_000)
    files = {"openapi.yaml": HEAD + "paths:\n  /a:\n    $ref: ./f1.yaml#/item\n"}
    for i in range(1, 8):
        callbacks = "".join(f"      c{k}: {{$ref: './f{i + 1}.yaml#/cb'}}\n" for k in range(10))
        files[f"f{i}.yaml"] = (
            "item:\n  post:\n    responses: {'200': {description: ok}}\n    callbacks:\n"
            f"{callbacks}cb:\n  '{{$request.body#/url}}': {{$ref: '#/item'}}\n"
        )
    files["f8.yaml"] = "cb: {}\n"
    write(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SpecError) as error:
        load_spec(Path("openapi.yaml"))
    [problem] = error.value.problems
    assert problem.rule == "spec-too-large"
    assert "expand to over 50,000 nodes" in problem.message


# -- names ------------------------------------------------------------------------------------


def _names_of(tmp_path: Path, order: tuple[str, str]) -> list[str]:
    write(
        tmp_path,
        {
            "openapi.yaml": HEAD
            + "paths:\n"
            + "".join(
                f"  /{name}:\n    get:\n      responses:\n        '200':\n"
                f"          description: ok\n          content:\n            application/json:\n"
                f"              schema: {{$ref: './{name}/models.yaml#/item'}}\n"
                for name in order
            )
            + "components:\n  schemas:\n    models_item: {type: string}\n",
            "a/models.yaml": "item: {type: object, properties: {tag: {$ref: '#/tag'}}}\n"
            "tag: {type: string}\n",
            "b/models.yaml": "item: {type: integer}\n",
        },
    )
    return list(load_spec(tmp_path / "openapi.yaml").data["components"]["schemas"])


def test_clashing_names_are_qualified_whatever_the_order(tmp_path: Path) -> None:
    """Both files name their schema `item`: both become qualified (not first come, first
    served); `models_item` is the root's own, so the next qualification (the folder) is used."""
    first = _names_of(tmp_path / "1", ("a", "b"))
    second = _names_of(tmp_path / "2", ("b", "a"))
    assert first == second == ["models_item", "a_models_item", "b_models_item", "tag"]


# -- bundle -----------------------------------------------------------------------------------


def test_bundle_writes_one_self_contained_document(project: Path, capsys: Capsys) -> None:
    assert main(["bundle", "--no-strict", "spec/multifile.yaml", "-o", "bundled.yaml"]) == 0
    assert main(["bundle", "--no-strict", "spec/multifile.yaml", "-o", "bundled.json"]) == 0
    text = (project / "bundled.yaml").read_text()
    data = yaml.safe_load(text)
    assert data == json.loads((project / "bundled.json").read_text())
    assert all(ref.startswith("#/") for ref in _refs(data))
    assert "&" not in text and "#" not in text.replace("'#/", "")  # no aliases, no comments
    # Deterministic: the same bytes again.
    assert main(["bundle", "--no-strict", "spec/multifile.yaml", "-o", "again.yaml"]) == 0
    assert (project / "again.yaml").read_bytes() == text.encode()
    # Another tool reads it alone: here, our own validator from another folder.
    (project / "alone").mkdir()
    shutil.move(project / "bundled.yaml", project / "alone" / "bundled.yaml")
    assert main(["validate", "alone/bundled.yaml"]) == EXIT_OK  # strict: no operation ref left


def test_bundle_applies_overlays_to_the_bundled_document(project: Path) -> None:
    (project / "rename.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: rename, version: '1'}\n"
        "actions:\n  - target: $.info\n    update: {title: Renamed by an overlay}\n"
    )
    command = ["bundle", "--no-strict", "spec/multifile.yaml", "-o", "bundled.yaml"]
    assert main([*command, "--overlay", "rename.yaml"]) == 0
    bundled = yaml.safe_load((project / "bundled.yaml").read_text())
    assert bundled["info"]["title"] == "Renamed by an overlay"
    assert all(ref.startswith("#/") for ref in _refs(bundled))


def test_the_bundle_generates_the_same_package(project: Path) -> None:
    assert main(["bundle", "--no-strict", "spec/multifile.yaml", "-o", "bundled.yaml"]) == 0
    name = ("--spec-name", "multifile.yaml")
    one = ["generate", "--no-strict", "--spec", "spec/multifile.yaml", "--out", "one", *name]
    assert main(one) == EXIT_OK
    assert main(["generate", "--spec", "bundled.yaml", "--out", "two", *name]) == EXIT_OK
    files = {p.relative_to(project / "one") for p in (project / "one").rglob("*") if p.is_file()}
    assert files == {
        p.relative_to(project / "two") for p in (project / "two").rglob("*") if p.is_file()
    }
    differ = [
        rel
        for rel in files
        if (project / "one" / rel).read_bytes() != (project / "two" / rel).read_bytes()
    ]
    assert differ == [Path("manifest.json")]  # the hashes of the files read, and nothing else


# -- the manifest, --check, diff --------------------------------------------------------------


def test_check_notices_a_change_in_any_file_read(project: Path, capsys: Capsys) -> None:
    command = ["generate", "--no-strict", "--spec", "spec/multifile.yaml", "--out", "generated"]
    assert main(command) == EXIT_OK
    manifest = json.loads((project / "generated/manifest.json").read_text())
    assert "resources/regions/region.json" in manifest["spec_files"]
    assert main([*command, "--check"]) == EXIT_OK
    region = project / "spec/resources/regions/region.json"
    region.write_text(region.read_text() + "\n")  # no change to the document, only its bytes
    capsys.readouterr()
    assert main([*command, "--check"]) == EXIT_CHECK_FAILED
    assert '"resources/regions/region.json"' in capsys.readouterr().out


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_diff_compares_multifile_specs_also_from_git(project: Path, capsys: Capsys) -> None:
    _git(project, "init", "-q")
    _git(project, "add", "spec")
    _git(project, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "spec")
    models = project / "spec/resources/droplets/models.yml"
    models.write_text(models.read_text().replace("required: [id, name, region]", "required: [id]"))
    capsys.readouterr()
    code = main(["diff", "--no-strict", "git:HEAD:spec/multifile.yaml", "spec/multifile.yaml"])
    out = capsys.readouterr().out
    assert code == EXIT_CHECK_FAILED, out  # a breaking change, found in models.yml
    assert "`Droplet.name`: now optional" in out
    # Both from git: nothing changed between HEAD and itself.
    same = ["diff", "--no-strict", "git:HEAD:spec/multifile.yaml", "git:HEAD:spec/multifile.yaml"]
    assert main(same) == EXIT_OK
    # A file missing at that revision is located in git's name for it.
    _git(project, "rm", "-q", "spec/resources/regions/region.json")
    _git(project, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "rm")
    capsys.readouterr()
    assert main(["validate", "spec/multifile.yaml"]) == EXIT_INVALID
    gone = ["diff", "--no-strict", "git:HEAD:spec/multifile.yaml", "spec/multifile.yaml"]
    assert main(gone) == EXIT_INVALID
    assert "file not found: git:HEAD:spec/resources/regions/region.json" in (
        capsys.readouterr().err
    )


def test_the_worked_example_reads_as_its_readme_says(capsys: Capsys) -> None:
    example = ROOT / "examples" / "multifile" / "openapi.yaml"
    assert main(["validate", str(example)]) == EXIT_OK
    spec = load_spec(example)
    assert list(spec.data["components"]["schemas"]) == ["Pet", "NewPet", "owner"]
    assert [name for name, _ in spec.files] == [
        "parameters/paging.json",
        "paths/pet.yaml",
        "paths/pets.yaml",
        "schemas/owner.json",
        "schemas/pet.yaml",
    ]
    assert "examples/multifile/README.md" in (ROOT / "README.md").read_text()


# -- fuzzing: a spec split at random points is the spec -----------------------------------------


# `nox -s fuzz` runs many more.
SPLITS = int(os.environ.get("SDKGEN_FUZZ_SPLITS", "150"))


@settings(max_examples=SPLITS, deadline=None, suppress_health_check=list(HealthCheck))
@given(layout=split_layouts())
def test_a_spec_split_at_random_points_reads_as_the_whole(
    layout: tuple[dict[str, Any], dict[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The document read from the files is the document split (so the package generated from
    them is the one generated from it: test_the_bundle_generates_the_same_package shows
    generation depends on the document alone)."""
    base, texts = layout
    folder = tmp_path_factory.mktemp("split")
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    spec = load_spec(folder / "openapi.yaml")
    assert spec.data == base
    # `bundle` writes it so that the loader reads the same document back, YAML or JSON.
    for as_json in (False, True):
        assert parse_document(dumps(spec.data, as_json), "bundled")[0] == base
    assert [name for name, _ in spec.files] == sorted(n for n in texts if n != "openapi.yaml")


@pytest.fixture
def no_outer_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Neither a repository above the temporary folder nor a hook's GIT_ variables count."""
    for name in [n for n in os.environ if n.startswith("GIT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))


@pytest.mark.usefixtures("no_outer_git")
def test_check_staged_reads_the_referenced_files_from_the_index(
    project: Path, capsys: Capsys
) -> None:
    command = ["generate", "--no-strict", "--spec", "spec/multifile.yaml", "--out", "generated"]
    assert main(command) == EXIT_OK
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    assert main([*command, "--check", "--staged"]) == EXIT_OK
    region = project / "spec/resources/regions/region.json"
    region.write_text(region.read_text().replace('"name": {"type": "string"}', '"x": {}'))
    capsys.readouterr()
    assert main([*command, "--check", "--staged"]) == EXIT_OK  # the index has the old file
    _git(project, "add", "spec")
    assert main([*command, "--check", "--staged"]) == EXIT_CHECK_FAILED
    assert "generated is stale in the git index" in capsys.readouterr().err


def test_a_long_chain_of_files_is_no_deep_recursion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema s0 refers to s1 in the next file, and so on for 900 files: read, not a crash."""
    files = {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    S: {$ref: './s0.yaml'}\n"
    }
    for i in range(900):
        files[f"s{i}.yaml"] = (
            f"type: object\nproperties:\n  a:\n    type: array\n    items:\n"
            f"      properties: {{next: {{$ref: './s{i + 1}.yaml'}}}}\n"
        )
    files["s900.yaml"] = "type: string\n"
    write(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    spec = load_spec(Path("openapi.yaml"))
    assert len(spec.data["components"]["schemas"]) == 901
    assert len(spec.files) == 901


def test_bundle_quotes_strings_the_loader_would_read_as_other_types() -> None:
    """PyYAML writes YAML 1.1, where `1e3` and `0x1F` are strings; the loader reads YAML 1.2."""
    data = {"enum": ["1e3", "0x1F", "true", "null", "~", "2024-01-01", "1:10", "on", "010", "x"]}
    text = dumps(data, as_json=False)
    assert parse_document(text, "bundled.yaml")[0] == data
    assert "- x\n" in text  # only what needs quotes is quoted


def test_each_file_gets_the_loaders_checks_located_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path,
        {
            "openapi.yaml": HEAD
            + "paths:\n  /a:\n    $ref: ./a.yaml\n  /b:\n    $ref: ./b.json#/list\n",
            "a.yaml": "get:\n  responses: {}\nget:\n  responses: {}\n",
            "b.json": '{"list": [1, 2]}',
        },
    )
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SpecError) as error:
        load_spec(Path("openapi.yaml"))
    assert [str(p) for p in error.value.problems] == [
        "a.yaml:3:1: error[duplicate-key]: duplicate key 'get' (first defined on line 1); YAML "
        "would silently keep only the last one",
        "openapi.yaml:8:5: error[unsupported-ref]: $ref './b.json#/list' points to a list, "
        "where a path item (a mapping) is expected",
    ]


def test_the_number_of_files_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.multifile.MAX_FILES", 5)
    paths = "".join(f"  /p{i}:\n    $ref: ./p{i}.yaml\n" for i in range(9))
    files = {"openapi.yaml": HEAD + "paths:\n" + paths}
    files |= {f"p{i}.yaml": "get: {responses: {'204': {description: x}}}\n" for i in range(9)}
    write(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SpecError) as error:
        load_spec(Path("openapi.yaml"))
    [problem] = error.value.problems
    assert (problem.file, problem.line, problem.rule) == ("openapi.yaml", 14, "spec-too-large")
    assert problem.message == "$ref './p4.yaml': the spec refers to more than 5 files"


def test_files_stay_named_through_30_normalization_and_repairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    """A 3.0 `nullable` schema of another file is rewrapped in 3.1 terms, and a parameter
    list loses an item before one of another file: findings still name the right file."""
    write(
        tmp_path,
        {
            "openapi.yaml": HEAD.replace("3.1.0", "3.0.3")
            + """\
paths:
  /a:
    get:
      parameters:
        - {name: 'bad header', in: header, schema: {type: string}}
        - $ref: ./params.yaml#/q
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: ./models.yaml#/Thing}
""",
            "params.yaml": "q:\n  name: q\n  in: query\n  schema:\n    type: string\n"
            "    pattern: '(oops'\n",
            "models.yaml": "Thing:\n  type: string\n  nullable: true\n  pattern: '(x'\n",
        },
    )
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "openapi.yaml"]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert "params.yaml:6:5: error[invalid-pattern]" in err
    assert "models.yaml:4:3: error[invalid-pattern]" in err
    assert "openapi.yaml:8:12: warning[invalid-header-name]" in err
