"""How a large API's docs are laid out: sections by tag, classes on their section's page, short
titles, and curl examples whose lines fit the page."""

from __future__ import annotations

import importlib
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import build
from generator.cli import main
from generator.ir import Api, TagGroup
from generator.load import load_spec
from generator.render import render
from generator.validate import check

pages_module = importlib.import_module("generator.build.model_pages")


def spec(tags: list[dict[str, Any]] | None, ops: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A 3.1 document: ``ops`` maps ``"GET /path"`` to extra operation fields."""
    paths: dict[str, Any] = {}
    for key, extra in ops.items():
        method, path = key.split(" ")
        name = extra.pop("name")
        paths.setdefault(path, {})[method.lower()] = {
            "operationId": name,
            "responses": {"204": {"description": "done"}},
            **extra,
        }
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Shop", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": paths,
    }
    if tags is not None:
        doc["tags"] = tags
    return doc


def built(doc: dict[str, Any], tmp_path: Path) -> Api:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    report = check(load_spec(path))
    assert report.spec is not None, report.problems
    return build(report.spec, [])


def outline(groups: tuple[TagGroup, ...]) -> list[Any]:
    return [(g.name, list(g.operations), outline(g.children)) for g in groups]


def test_sections_follow_the_declared_tags_then_first_use(tmp_path: Path) -> None:
    doc = spec(
        [{"name": "orders", "description": "Orders."}, {"name": "pets", "x-displayName": "Pets"}],
        {
            "GET /pets": {"name": "listPets", "tags": ["pets"]},
            "GET /stores": {"name": "listStores", "tags": ["stores", "pets"]},
            "GET /orders": {"name": "listOrders", "tags": ["orders"]},
            "GET /users/{id}": {
                "name": "getUser",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
            },
        },
    )
    api = built(doc, tmp_path)
    assert outline(api.tag_groups) == [
        ("orders", ["list_orders"], []),
        ("Pets", ["list_pets"], []),  # x-displayName names it
        ("stores", ["list_stores"], []),  # an operation's first tag only
        ("/users", ["get_user"], []),  # untagged: by the first segment of its path
    ]
    assert api.tag_groups[0].description == "Orders."


def test_a_3_2_parent_nests_a_section_and_is_a_note_in_a_3_1_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = spec(
        [
            {"name": "store", "summary": "The store"},
            {"name": "pets", "parent": "store"},
            {"name": "loop-a", "parent": "loop-b"},
            {"name": "loop-b", "parent": "loop-a"},
        ],
        {
            "GET /pets": {"name": "listPets", "tags": ["pets"]},
            "GET /a": {"name": "getA", "tags": ["loop-a"]},
            "GET /b": {"name": "getB", "tags": ["loop-b"]},
        },
    )
    api = built(doc, tmp_path)
    # A parent with no operations of its own still holds its children; a cycle cannot nest.
    assert outline(api.tag_groups) == [
        ("The store", [], [("pets", ["list_pets"], [])]),
        ("loop-a", ["get_a"], []),
        ("loop-b", ["get_b"], []),
    ]
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "openapi.yaml", "--strict"]) == 0  # a note blocks nothing
    err = capsys.readouterr().err
    assert "note[openapi32-tag-field]: tags.1.parent is an OpenAPI 3.2 field" in err


def test_the_navigation_nests_sections_and_lists_class_pages(tmp_path: Path) -> None:
    doc = spec(
        [{"name": "store"}, {"name": "pets", "parent": "store"}],
        {
            "GET /pets": {"name": "listPets", "tags": ["pets"]},
            "GET /orders": {"name": "listOrders", "tags": ["store"]},
        },
    )
    files = render(built(doc, tmp_path))
    nav = yaml.safe_load(files["docs/mkdocs.yml"])["nav"]
    assert nav[:2] == [
        {"Overview": "index.md"},
        {
            "store": [
                {"pets": [{"List pets": "operations/list-pets.md"}]},
                {"List orders": "operations/list-orders.md"},
            ]
        },
    ]


def test_classes_go_to_the_first_section_that_uses_them(tmp_path: Path) -> None:
    ref = {"$ref": "#/components/schemas/Pet"}
    body = {"content": {"application/json": {"schema": ref}}}
    doc = spec(
        [{"name": "pets"}, {"name": "store"}],
        {
            "POST /pets": {"name": "addPet", "tags": ["pets"], "requestBody": body},
            "POST /orders": {"name": "addOrder", "tags": ["store"], "requestBody": body},
        },
    )
    pet = {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}}
    doc["components"] = {
        "schemas": {
            "Pet": pet,
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Unused": {"type": "object", "properties": {"x": {"type": "string"}}},
        }
    }
    api = built(doc, tmp_path)
    pages = {page.stem: sorted(page.names) for page in api.model_pages}
    assert pages == {"models/pets": ["Owner", "Pet"], "models/other": ["Unused"]}
    files = render(api)
    page = files["docs/docs/operations/add-order.md"]
    assert "[`Pet`](../models/pets.md#pet)" in page  # linked to the page that shows it
    assert "## Owner" in files["docs/docs/models/pets.md"]


def test_a_page_of_too_many_classes_is_split_in_alphabetical_parts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pages_module, "PAGE_LIMIT", 2)
    parts = pages_module._split("Other", ["c", "A", "b", "D", "e"])
    assert parts == [
        ("Other, part 1 of 3", ["A", "b"]),
        ("Other, part 2 of 3", ["c", "D"]),
        ("Other, part 3 of 3", ["e"]),
    ]
    assert pages_module._split("Empty", []) == []


def test_one_section_keeps_one_models_page_and_a_flat_navigation(tmp_path: Path) -> None:
    doc = spec(None, {"GET /pets": {"name": "listPets"}, "GET /pets/all": {"name": "allPets"}})
    files = render(built(doc, tmp_path))
    nav = yaml.safe_load(files["docs/mkdocs.yml"])["nav"]
    assert nav == [
        {"Overview": "index.md"},
        {"List pets": "operations/list-pets.md"},
        {"All pets": "operations/all-pets.md"},
        {"Models": "models.md"},
    ]


def test_a_paragraph_summary_gives_way_to_the_method_name_as_title(tmp_path: Path) -> None:
    long = "Upload a file that can be used across various endpoints. " * 4
    doc = spec(None, {"POST /files": {"name": "createFile", "summary": long}})
    files = render(built(doc, tmp_path))
    nav = yaml.safe_load(files["docs/mkdocs.yml"])["nav"]  # would fail past 1,024 characters
    assert {"Create file": "operations/create-file.md"} in nav
    page = files["docs/docs/operations/create-file.md"]
    assert "\n# Create file\n" in page
    assert long.split()[0] in page.split("\n# Create file\n", 1)[1]  # the summary is shown


def test_curl_names_the_base_url_and_path_values_and_still_sends_them(tmp_path: Path) -> None:
    doc = spec(
        None,
        {
            "GET /shops/{shop_id}/items/{item_id}.json": {
                "name": "getItem",
                "parameters": [
                    {
                        "name": name,
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                        "example": value,
                    }
                    for name, value in (("shop_id", "s-1"), ("item_id", "a&b"))
                ],
            }
        },
    )
    files = render(built(doc, tmp_path))
    page = files["docs/docs/operations/get-item.md"]
    curl = page.split("```sh\n", 1)[1].split("```", 1)[0]
    assert curl.splitlines()[:3] == [
        "BASE_URL=https://api.example.com/v1",
        "SHOP_ID=s-1",
        "ITEM_ID='a&b'",
    ]
    assert '"$BASE_URL/shops/$SHOP_ID/items/$ITEM_ID.json"' in curl
    assert all(len(line) <= 76 for line in curl.splitlines())
    # What the shell makes of it: the URL with the values in place.
    echoed = subprocess.run(
        ["bash", "-c", curl.replace("curl -X GET", "printf '%s\\n'")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert echoed == "https://api.example.com/v1/shops/s-1/items/a&b.json\n"
