"""``python -m generator diff``: each kind of change, its verdict and bump; exit codes; versions."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import load_and_build, main
from generator.diff import Change, diff_apis, total_bump
from generator.ir import Api

ROOT = Path(__file__).resolve().parent.parent

BASE_YAML = """
openapi: 3.1.0
info:
  title: Shop API
  version: 1.0.0
  x-sdk: {package: shop, distribution: shop, client: Shop}
servers:
  - url: https://shop.example.com
security:
  - bearer: []
paths:
  /items:
    post:
      operationId: createItem
      summary: Create an item
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewItem'}
      responses:
        '200':
          description: The item.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
        '400':
          description: Bad request.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
  /items/{item_id}:
    get:
      operationId: getItem
      parameters:
        - {name: item_id, in: path, required: true, schema: {type: string}}
        - name: limit
          in: query
          description: How many.
          schema: {type: integer, minimum: 1, maximum: 100, default: 10}
      responses:
        '200':
          description: The item.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
        '404':
          description: Not found.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
    delete:
      operationId: deleteItem
      parameters:
        - {name: item_id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: Deleted.}
  /owners/{owner}/items/{item}:
    get:
      operationId: getOwnedItem
      parameters:
        - {name: owner, in: path, required: true, schema: {type: string}}
        - {name: item, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: Exists.}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    apiKey: {type: apiKey, in: header, name: X-Api-Key}
  schemas:
    NewItem:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 1, maxLength: 50, description: The name.}
        count: {type: integer, minimum: 0, maximum: 100, default: 1}
        price: {type: number}
        color: {$ref: '#/components/schemas/Color'}
        note: {type: [string, 'null']}
        label: {$ref: '#/components/schemas/Label'}
    Label:
      type: object
      properties:
        text: {type: string}
    Color:
      type: string
      enum: [red, green, blue]
    Item:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        size: {type: integer}
        status: {$ref: '#/components/schemas/Status'}
    Status:
      type: string
      enum: [active, archived]
    Error:
      type: object
      properties:
        message: {type: string}
"""

BASE: dict[str, Any] = yaml.safe_load(BASE_YAML)

Spec = dict[str, Any]


def _new_item(s: Spec) -> dict[str, Any]:
    properties: dict[str, Any] = s["components"]["schemas"]["NewItem"]["properties"]
    return properties


def _add_required_weight(s: Spec) -> None:
    _new_item(s)["weight"] = {"type": "number"}
    s["components"]["schemas"]["NewItem"]["required"].append("weight")


def _add_new_op(s: Spec) -> None:
    s["paths"]["/items"]["get"] = {
        "operationId": "listItems",
        "responses": {"204": {"description": "Listed."}},
    }


def _swap_owned_path(s: Spec) -> None:
    s["paths"]["/owners/{item}/items/{owner}"] = s["paths"].pop("/owners/{owner}/items/{item}")


def _rename_item_path(s: Spec) -> None:
    item = s["paths"].pop("/items/{item_id}")
    for op in (item["get"], item["delete"]):
        op["parameters"][0]["name"] = "id"
    s["paths"]["/items/{id}"] = item


def _remove_label(s: Spec) -> None:
    del s["components"]["schemas"]["NewItem"]["properties"]["label"]
    del s["components"]["schemas"]["Label"]


def _edit(path: str, value: Any) -> Callable[[Spec], None]:
    """Set (or, with value ``...``, delete) the node at a slash-separated path."""

    def run(s: Spec) -> None:
        *parents, last = path.split("/")
        node: Any = s
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part.replace("~1", "/")]
        key: Any = int(last) if isinstance(node, list) else last.replace("~1", "/")
        if value is ...:
            del node[key]
        elif isinstance(node, list) and key == len(node):
            node.append(copy.deepcopy(value))
        else:
            node[key] = copy.deepcopy(value)

    return run


_P = "paths/~1items~1{item_id}/get/parameters"
_NEW = "components/schemas/NewItem"
_ITEM = "components/schemas/Item"

# (id, mutation, expected kind, where contains, breaking, total bump)
CASES: list[tuple[str, Callable[[Spec], None], str, str, bool, str]] = [
    # -- wire: operations and parameters
    (
        "operation-removed",
        _edit("paths/~1items~1{item_id}/delete", ...),
        "operation-removed",
        "DELETE",
        True,
        "major",
    ),
    ("operation-added", _add_new_op, "operation-added", "GET /items", False, "minor"),
    (
        "param-added-optional",
        _edit(f"{_P}/2", {"name": "q", "in": "query", "schema": {"type": "string"}}),
        "parameter-added",
        "query.q",
        False,
        "minor",
    ),
    (
        "param-added-required",
        _edit(
            f"{_P}/2", {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "parameter-added",
        "query.q",
        True,
        "major",
    ),
    ("param-removed", _edit(f"{_P}/1", ...), "parameter-removed", "query.limit", True, "major"),
    (
        "param-now-required",
        _edit(f"{_P}/1/required", True),
        "parameter-required-changed",
        "query.limit",
        True,
        "major",
    ),
    (
        "param-type-changed",
        _edit(f"{_P}/1/schema", {"type": "string"}),
        "request-type-changed",
        "query.limit",
        True,
        "major",
    ),
    (
        "param-range-narrowed",
        _edit(f"{_P}/1/schema/maximum", 50),
        "constraint-narrowed",
        "query.limit",
        True,
        "major",
    ),
    (
        "param-range-widened",
        _edit(f"{_P}/1/schema/maximum", 500),
        "constraint-widened",
        "query.limit",
        False,
        "minor",
    ),
    (
        "header-param-added",
        _edit(f"{_P}/2", {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}),
        "parameter-added",
        "header.X-Trace",
        False,
        "minor",
    ),
    (
        "param-description",
        _edit(f"{_P}/1/description", "How many items."),
        "description-changed",
        "query.limit",
        False,
        "patch",
    ),
    # -- wire: request body fields
    (
        "req-field-removed",
        _edit(f"{_NEW}/properties/price", ...),
        "request-field-removed",
        "NewItem.price",
        True,
        "major",
    ),
    (
        "req-field-added-optional",
        _edit(f"{_NEW}/properties/weight", {"type": "number"}),
        "request-field-added",
        "NewItem.weight",
        False,
        "minor",
    ),
    (
        "req-field-added-required",
        _add_required_weight,
        "request-field-added",
        "NewItem.weight",
        True,
        "major",
    ),
    (
        "req-field-now-required",
        _edit(f"{_NEW}/required", ["name", "count"]),
        "request-field-required-changed",
        "NewItem.count",
        True,
        "major",
    ),
    (
        "req-field-now-optional",
        _edit(f"{_NEW}/required", []),
        "request-field-required-changed",
        "NewItem.name",
        False,
        "minor",
    ),
    (
        "req-field-retyped",
        _edit(f"{_NEW}/properties/count", {"type": "string"}),
        "request-type-changed",
        "NewItem.count",
        True,
        "major",
    ),
    (
        "req-minlength-narrowed",
        _edit(f"{_NEW}/properties/name/minLength", 3),
        "constraint-narrowed",
        "NewItem.name",
        True,
        "major",
    ),
    (
        "req-maxlength-widened",
        _edit(f"{_NEW}/properties/name/maxLength", 80),
        "constraint-widened",
        "NewItem.name",
        False,
        "minor",
    ),
    (
        "req-pattern-added",
        _edit(f"{_NEW}/properties/name/pattern", "^[a-z]+$"),
        "constraint-narrowed",
        "NewItem.name",
        True,
        "major",
    ),
    (
        "req-default-changed",
        _edit(f"{_NEW}/properties/count/default", 2),
        "request-default-changed",
        "NewItem.count",
        False,
        "minor",
    ),
    (
        "req-enum-value-removed",
        _edit("components/schemas/Color/enum", ["red", "green"]),
        "request-enum-value-removed",
        "Color.blue",
        True,
        "major",
    ),
    (
        "req-enum-value-added",
        _edit("components/schemas/Color/enum", ["red", "green", "blue", "cyan"]),
        "request-enum-value-added",
        "Color.cyan",
        False,
        "minor",
    ),
    (
        "req-description",
        _edit(f"{_NEW}/properties/name/description", "The item's name."),
        "description-changed",
        "NewItem.name",
        False,
        "patch",
    ),
    (
        "req-media-changed",
        _edit(
            "paths/~1items/post/requestBody/content",
            {
                "application/x-www-form-urlencoded": {
                    "schema": {"$ref": "#/components/schemas/NewItem"}
                }
            },
        ),
        "request-media-changed",
        "POST /items body",
        True,
        "major",
    ),
    # -- wire: responses
    (
        "resp-field-removed",
        _edit(f"{_ITEM}/properties/size", ...),
        "response-field-removed",
        "Item.size",
        True,
        "major",
    ),
    (
        "resp-field-added",
        _edit(f"{_ITEM}/properties/weight", {"type": "number"}),
        "response-field-added",
        "Item.weight",
        False,
        "minor",
    ),
    (
        "resp-field-retyped",
        _edit(f"{_ITEM}/properties/size", {"type": "string"}),
        "response-type-changed",
        "Item.size",
        True,
        "major",
    ),
    (
        "resp-field-now-optional",
        _edit(f"{_ITEM}/required", ["id"]),
        "response-field-required-changed",
        "Item.name",
        True,
        "major",
    ),
    (
        "resp-enum-value-added",
        _edit("components/schemas/Status/enum", ["active", "archived", "new"]),
        "response-enum-value-added",
        "Status.new",
        False,
        "minor",
    ),
    (
        "resp-enum-value-removed",
        _edit("components/schemas/Status/enum", ["active"]),
        "response-enum-value-removed",
        "Status.archived",
        False,
        "major",
    ),  # its member is gone
    (
        "error-status-added",
        _edit("paths/~1items~1{item_id}/get/responses/409", {"description": "Conflict."}),
        "error-status-added",
        "409",
        False,
        "minor",
    ),
    (
        "error-status-removed",
        _edit("paths/~1items~1{item_id}/get/responses/404", ...),
        "error-status-removed",
        "404",
        False,
        "minor",
    ),
    (
        "success-media-changed",
        _edit(
            "paths/~1items~1{item_id}/get/responses/200/content",
            {"text/plain": {"schema": {"type": "string"}}},
        ),
        "response-media-changed",
        "200",
        True,
        "major",
    ),
    (
        "security-alternative-added",
        _edit("security", [{"bearer": []}, {"apiKey": []}]),
        "security-changed",
        "security",
        False,
        "minor",
    ),
    (
        "security-replaced",
        _edit("security", [{"apiKey": []}]),
        "security-changed",
        "security",
        True,
        "major",
    ),
    (
        "summary-changed",
        _edit("paths/~1items/post/summary", "Create one item"),
        "description-changed",
        "POST /items",
        False,
        "patch",
    ),
    # -- python: types, classes, methods, parameters, client
    (
        "py-type-widened-request",
        _edit(f"{_NEW}/properties/count", {"type": "number"}),
        "python-type-widened",
        "NewItem.count",
        False,
        "minor",
    ),
    (
        "py-type-narrowed-request",
        _edit(f"{_NEW}/properties/note", {"type": "string"}),
        "python-type-narrowed",
        "NewItem.note",
        True,
        "major",
    ),
    (
        "py-type-widened-response",
        _edit(f"{_ITEM}/properties/size", {"type": ["integer", "null"]}),
        "python-type-widened",
        "Item.size",
        True,
        "major",
    ),
    (
        "py-enum-to-str-request",
        _edit(f"{_NEW}/properties/color", {"type": "string"}),
        "python-type-widened",
        "NewItem.color",
        False,
        "minor",
    ),  # Color stays: every component enum is generated
    (
        "class-renamed",
        _edit(f"{_ITEM}/x-sdk-name", "Product"),
        "class-renamed",
        "Product",
        True,
        "major",
    ),
    ("class-removed", _remove_label, "class-removed", "Label", True, "major"),
    (
        "method-renamed",
        _edit("paths/~1items/post/operationId", "addItem"),
        "method-renamed",
        "POST /items",
        True,
        "major",
    ),
    (
        "operation-id-respelled",
        _edit("paths/~1items/post/operationId", "create_item"),
        "operation-id-changed",
        "POST /items",
        False,
        "patch",
    ),
    ("path-param-renamed", _rename_item_path, "parameter-renamed", "path.id", True, "major"),
    ("path-params-reordered", _swap_owned_path, "parameters-reordered", "/owners", True, "major"),
    (
        "client-renamed",
        _edit("info/x-sdk/client", "ShopClient"),
        "client-renamed",
        "client class",
        True,
        "major",
    ),
    (
        "package-renamed",
        _edit("info/x-sdk/package", "shop_sdk"),
        "package-renamed",
        "package",
        True,
        "major",
    ),
    (
        "client-argument-renamed",
        _edit("components/securitySchemes/bearer/x-sdk-parameter", "token"),
        "client-argument-renamed",
        "bearer",
        True,
        "major",
    ),
]


@cache
def _built(text: str, tmp: Path) -> Api:
    path = tmp / f"spec{abs(hash(text))}.yaml"
    path.write_text(text, encoding="utf-8")
    return load_and_build(path)[1]


@pytest.fixture(scope="module")
def spec_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("diff")


def _diff(spec_dir: Path, mutate: Callable[[Spec], None]) -> list[Change]:
    new = copy.deepcopy(BASE)
    mutate(new)
    return diff_apis(_built(BASE_YAML, spec_dir), _built(yaml.safe_dump(new), spec_dir))


@pytest.mark.parametrize(
    ("mutate", "kind", "where", "breaking", "bump"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_change(
    spec_dir: Path,
    mutate: Callable[[Spec], None],
    kind: str,
    where: str,
    breaking: bool,
    bump: str,
) -> None:
    changes = _diff(spec_dir, mutate)
    found = [c for c in changes if c.kind == kind and where in c.where]
    assert found, "\n".join(f"{c.kind} {c.where}: {c.message}" for c in changes)
    assert found[0].breaking is breaking, found[0]
    assert total_bump(changes) == bump, [(c.kind, c.where, c.bump) for c in changes]
    assert all(c.message for c in changes)


def test_response_enum_value_says_why(spec_dir: Path) -> None:
    changes = _diff(spec_dir, _edit("components/schemas/Status/enum", ["active", "archived", "x"]))
    (change,) = [c for c in changes if c.kind == "response-enum-value-added"]
    assert "keeps values it does not know" in change.message
    assert change.level == "wire" and change.bump == "minor"


def test_no_change(spec_dir: Path) -> None:
    assert _diff(spec_dir, lambda s: None) == []


_LIST_ITEMS = {
    "operationId": "listItems",
    "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
    "responses": {
        "200": {
            "description": "A page.",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "title": "ItemPage",
                        "properties": {
                            "items": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Item"},
                            }
                        },
                    }
                }
            },
        }
    },
}


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [(False, True, "pagination-added"), (True, False, "pagination-removed")],
)
def test_pagination_added_or_removed_breaks_callers(
    spec_dir: Path, before: bool, after: bool, kind: str
) -> None:
    def listing(paginated: bool) -> str:
        spec = copy.deepcopy(BASE)
        op = copy.deepcopy(_LIST_ITEMS)
        if paginated:
            op["x-sdk-pagination"] = {"page": "page", "items": "items"}
        spec["paths"]["/items"]["get"] = op
        return yaml.safe_dump(spec)

    changes = diff_apis(_built(listing(before), spec_dir), _built(listing(after), spec_dir))
    (change,) = [c for c in changes if c.kind == kind]
    assert change.breaking and change.level == "python" and "list_items" in change.message
    assert total_bump(changes) == "major"


def test_the_release_of_the_recordings_workflow_is_a_minor_bump(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """spec/openapi.yaml against the spec of the 1.0.0 package: only additions (and words)."""
    old = ROOT / "tests" / "specs" / "releases" / "realtimekit-1.0.0.yaml"
    new = ROOT / "spec" / "openapi.yaml"
    assert main(["diff", str(old), str(new), "--format", "json", "--check-version"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["bump"] == "minor"
    kinds = {c["kind"] for c in data["changes"]}
    assert not any(c["breaking"] for c in data["changes"])
    added = {c["where"] for c in data["changes"] if c["kind"] == "operation-added"}
    assert len(added) == 4 and "operation-added" in kinds and "class-added" in kinds
    assert "request-id-header-changed" in kinds  # errors now carry cf-ray


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert {c[2] for c in CASES} >= {"class-renamed", "method-renamed", "operation-removed"}


# -- the real spec, reformatted ---------------------------------------------------------------
def _reformatted(tmp_path: Path) -> Path:
    """spec/openapi.yaml with other key order, flow style and no comments: the same API."""
    data = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))

    def shuffle(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: shuffle(node[k]) for k in reversed(list(node))}
        if isinstance(node, list):
            return [shuffle(v) for v in node]
        return node

    path = tmp_path / "reformatted.yaml"
    text = yaml.safe_dump(shuffle(data), default_flow_style=True, sort_keys=False, width=70)
    path.write_text(text, encoding="utf-8")
    return path


def test_reformatted_real_spec_has_no_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _reformatted(tmp_path)
    old = ROOT / "spec" / "openapi.yaml"
    assert main(["diff", str(old), str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    same = {"info_version": "1.1.0", "package_version": "1.1.0"}
    assert data == {"old": same, "new": same, "bump": "none", "check_version": None, "changes": []}
    assert main(["diff", str(old), str(path)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("Semver bump: **none**")


# -- the command line ------------------------------------------------------------------------
def _write(tmp_path: Path, name: str, mutate: Callable[[Spec], None] = lambda s: None) -> Path:
    spec = copy.deepcopy(BASE)
    mutate(spec)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return path


def test_exit_0_when_compatible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _write(tmp_path, "old.yaml"), _write(tmp_path, "new.yaml", _add_new_op)
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "### Operation `GET /items`" in out
    assert out.rstrip().endswith("Semver bump: **minor**")


def test_exit_1_when_breaking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path, "old.yaml")
    new = _write(tmp_path, "new.yaml", _edit(f"{_NEW}/properties/price", ...))
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "### Model `NewItem`" in out and "**BREAKING**" in out
    assert out.rstrip().endswith("Semver bump: **major**")


def test_exit_2_for_an_invalid_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path, "old.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE_YAML.replace("type: integer, minimum: 0", "type: integr, minimum: 0"))
    assert main(["diff", str(old), str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:" in err and "Traceback" not in err
    line = err.splitlines()[0].split(":")
    assert line[1].isdigit() and line[2].isdigit()


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path, "old.yaml")
    new = _write(tmp_path, "new.yaml", _edit(f"{_P}/1/schema/maximum", 50))
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["bump"] == "major"
    (change,) = data["changes"]
    assert set(change) == {"level", "kind", "where", "breaking", "bump", "message"}
    assert change["level"] == "wire" and change["kind"] == "constraint-narrowed"
    assert change["breaking"] is True and change["bump"] == "major"


@pytest.mark.parametrize(
    ("version", "mutate", "code", "message"),
    [
        ("2.0.0", _edit(f"{_NEW}/properties/price", ...), 0, "carries the major bump"),
        ("1.1.0", _edit(f"{_NEW}/properties/price", ...), 1, "need a major bump"),
        ("1.1.0", _add_new_op, 0, "carries the minor bump"),
        ("1.0.1", _add_new_op, 1, "need a minor bump but 1.0.0 → 1.0.1 is a patch bump"),
        ("1.0.1", _edit("paths/~1items/post/summary", "Create"), 0, "carries the patch bump"),
        ("1.0.0", _edit("paths/~1items/post/summary", "Create"), 1, "is no bump"),
        ("0.9.0", _add_new_op, 1, "0.9.0 is lower than 1.0.0"),
        # Our pyproject.toml is strict: the version-lossy warning is an error.
        ("next", _add_new_op, 2, "error[version-lossy]: info.version 'next' has no exact PEP 440"),
    ],
)
def test_check_version(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    version: str,
    mutate: Callable[[Spec], None],
    code: int,
    message: str,
) -> None:
    old = _write(tmp_path, "old.yaml")

    def bumped(s: Spec) -> None:
        mutate(s)
        s["info"]["version"] = version

    new = _write(tmp_path, "new.yaml", bumped)
    assert main(["diff", str(old), str(new), "--check-version"]) == code
    assert message in capsys.readouterr().err


def test_zero_major_versions_bump_minor_for_breaking_changes() -> None:
    from generator.diff.report import check_version

    assert check_version("0.3.1", "0.4.0", "major") == ""
    assert check_version("0.3.1", "0.3.2", "minor") == ""
    assert "need a major bump" in check_version("0.3.1", "0.3.2", "major")


_BREAK = _edit(f"{_NEW}/properties/price", ...)


@pytest.mark.parametrize(
    ("old_version", "new_version", "mutate", "code", "message"),
    [
        ("3.1.0", "4.0.0rc1", _BREAK, 0, "3.1.0 → 4.0.0rc1 carries the major bump"),
        ("4.0.0rc1", "4.0.0", _BREAK, 0, "carries the major bump"),  # rc promised nothing
        ("4.0.0rc1", "4.0.0rc2", _BREAK, 0, "carries the major bump"),
        ("4.0.0", "4.0.0rc1", _add_new_op, 1, "4.0.0rc1 is lower than 4.0.0"),
        ("1.0.0", "1.0.1rc1", _add_new_op, 1, "need a minor bump but 1.0.0 → 1.0.1rc1 is a patch"),
        ("1.0.0", "1!0.1", _BREAK, 0, "1.0.0 → 1!0.1 carries the major bump"),
        ("1.0", "1.0.post1", _edit("paths/~1items/post/summary", "New"), 0, "patch bump"),
        ("1.0", "1.0.post1", _add_new_op, 1, "need a minor bump but 1.0 → 1.0.post1 is a patch"),
        ("2024-06-01", "2024-09-15", _add_new_op, 0, "2024.6.1 → 2024.9.15 carries the minor"),
        ("2024-06-01", "2024-09-15", _BREAK, 1, "need a major bump but 2024.6.1 → 2024.9.15"),
        ("2024-06-01", "2025-01-15", _BREAK, 0, "carries the major bump"),
        ("3.2.0-beta.1", "3.2.0-beta.2", _BREAK, 0, "3.2.0b1 → 3.2.0b2 carries the major"),
        ("v2", "v2.1", _add_new_op, 0, "2 → 2.1 carries the minor bump"),
    ],
)
def test_check_version_compares_pep440_package_versions(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    old_version: str,
    new_version: str,
    mutate: Callable[[Spec], None],
    code: int,
    message: str,
) -> None:
    def versioned(version: str, change: Callable[[Spec], None]) -> Callable[[Spec], None]:
        def edit(s: Spec) -> None:
            change(s)
            s["info"]["version"] = version

        return edit

    old = _write(tmp_path, "old.yaml", versioned(old_version, lambda s: None))
    new = _write(tmp_path, "new.yaml", versioned(new_version, mutate))
    assert main(["diff", str(old), str(new), "--check-version"]) == code
    assert message in capsys.readouterr().err


def test_json_carries_both_versions_and_the_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def dated(version: str, override: str = "") -> Callable[[Spec], None]:
        def edit(s: Spec) -> None:
            _BREAK(s)
            s["info"]["version"] = version
            if override:
                s["info"]["x-sdk"] = {**s["info"].get("x-sdk", {}), "package-version": override}

        return edit

    old = _write(tmp_path, "old.yaml", lambda s: s["info"].update(version="2024-06-01"))
    new = _write(tmp_path, "new.yaml", dated("2024-09-15"))
    assert main(["diff", str(old), str(new), "--format", "json", "--check-version"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["old", "new", "bump", "check_version", "changes"]
    assert data["old"] == {"info_version": "2024-06-01", "package_version": "2024.6.1"}
    assert data["new"] == {"info_version": "2024-09-15", "package_version": "2024.9.15"}
    assert data["bump"] == "major"
    assert data["check_version"] == {
        "passed": False,
        "carried": "minor",
        "message": "version check: the changes need a major bump but 2024.6.1 → 2024.9.15 "
        "is a minor bump",
    }

    new = _write(tmp_path, "new.yaml", dated("2024-09-15", override="2.0.0"))
    old = _write(
        tmp_path,
        "old.yaml",
        lambda s: s["info"].update({"version": "2024-06-01", "x-sdk": {"package-version": "1.0"}}),
    )
    assert main(["diff", str(old), str(new), "--format", "json", "--check-version"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["new"] == {"info_version": "2024-09-15", "package_version": "2.0.0"}
    assert data["check_version"] == {"passed": True, "carried": "major", "message": ""}

    assert main(["diff", str(old), str(new), "--format", "json"]) == 1  # breaking, no check
    assert json.loads(capsys.readouterr().out)["check_version"] is None


def test_markdown_names_the_package_versions_when_they_differ(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path, "old.yaml", lambda s: s["info"].update(version="2024-06-01"))
    new = _write(tmp_path, "new.yaml", lambda s: s["info"].update(version="2024-09-15"))
    assert main(["diff", str(old), str(new)]) == 0
    assert capsys.readouterr().out.startswith(
        "## API changes 2024-06-01 → 2024-09-15 (package 2024.6.1 → 2024.9.15)\n"
    )


def test_output_is_deterministic(spec_dir: Path) -> None:
    start = time.perf_counter()
    a = _diff(spec_dir, _remove_label)
    b = _diff(spec_dir, _remove_label)
    assert a == b and time.perf_counter() - start < 30


def test_tuples_compare_position_by_position() -> None:
    from generator.diff.typecmp import Pairs, relation, spell
    from generator.ir import ScalarType, TupleType

    ints = TupleType((ScalarType("int"), ScalarType("str")))
    floats = TupleType((ScalarType("float"), ScalarType("str")))
    assert spell(ints) == "tuple[int, str]"
    assert relation(ints, floats, Pairs()) == "wider"
    assert relation(floats, ints, Pairs()) == "narrower"
    assert relation(ints, TupleType((ScalarType("int"),)), Pairs()) == "different"
