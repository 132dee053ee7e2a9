"""Hostile spec strings (quotes, backslashes, Jinja braces, Markdown pipes, keywords, unicode)
always yield code that compiles and passes ruff and mypy --strict, and docs that build.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from docsite import build_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_strategies import to_yaml

from generator.build import build
from generator.load import parse_spec
from generator.render import render
from generator.validate import validate
from generator.write import format_tree

HOSTILE = [
    "say \"hi\" and 'bye'",
    "\"\"\"triple\"\"\" and '''single'''",
    "back\\slash \\n \\u0041 \\",
    "{{ jinja }} {% raw %} {# comment #}",
    "a | pipe | table",
    "<script>alert(1)</script> & `code` *bold*",
    "line one\nline two\n\nparagraph",
    "ünïcödé ✓ 🎥 中文",
    'ends with a quote"',
    "trailing backslash\\",
]


def hostile_spec(text: str, enum_value: str, prop: str) -> str:
    """A small valid spec with ``text`` in every description and hostile names and values."""
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": text,
            "version": "1.0",
            "description": text,
            "x-sdk": {"package": "hostile", "client": "Hostile"},
        },
        "servers": [{"url": "https://example.test/v1"}],
        "security": [{"token": []}],
        "paths": {
            "/things/{id}": {
                "post": {
                    "operationId": "makeThing",
                    "summary": text,
                    "description": text,
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "description": text,
                            "schema": {"type": "string", "pattern": re.escape(text)},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "example": {prop: enum_value, "class": 1, "from": "x"},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": text,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        },
                        "400": {"description": text},
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer", "description": text}},
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": text,
                    "required": ["class"],
                    "properties": {
                        prop: {
                            "$ref": "#/components/schemas/Kind",
                            "description": text,
                            "default": enum_value,
                        },
                        "class": {"type": "integer", "description": text, "const": 1},
                        "from": {
                            "type": ["string", "null"],
                            "description": text,
                            "writeOnly": True,
                        },
                    },
                    "allOf": [
                        {
                            "description": text,
                            "if": {"properties": {prop: {"const": enum_value}}, "required": [prop]},
                            "then": {"required": ["from"]},
                        }
                    ],
                },
                "Kind": {"type": "string", "description": text, "enum": [enum_value, "plain"]},
            },
        },
    }
    # Quoted as our YAML 1.2 loader needs: yaml.safe_dump left `0E0` bare, which reads as 0.0.
    return to_yaml(doc)


def generate(spec_text: str) -> dict[str, bytes]:
    spec = parse_spec(spec_text, "hostile.yaml")
    assert validate(spec) == []
    return format_tree(render(build(spec)))


def check_python(tmp_path: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if rel.endswith(".py"):
            ast.parse(data, filename=rel)
    package = tmp_path / "python"
    for command in (
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-version",
            "3.10",
            "--cache-dir",
            str(tmp_path / ".mypy"),
            next(package.glob("*/__init__.py")).parent.name,
        ],
    ):
        result = subprocess.run(command, cwd=package, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def check_docs(tmp_path: Path) -> None:
    result = build_site(tmp_path / "docs", tmp_path / "site")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_generate_clean_code_and_docs(tmp_path: Path, text: str) -> None:
    files = generate(hostile_spec(text, enum_value=text, prop="match"))
    check_python(tmp_path, files)
    check_docs(tmp_path)
    models = files[next(r for r in files if r.endswith("/models.py"))].decode()
    namespace: dict[str, Any] = {}
    # The enum value survives exactly: hostile text is data, never code.
    tree = ast.parse(models)
    values = [
        node.value.value
        for cls in tree.body
        if isinstance(cls, ast.ClassDef) and cls.name == "Kind"
        for node in cls.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
    ]
    assert values == [text, "plain"], namespace


def test_a_property_named_with_a_confusable_letter_passes_ruff(tmp_path: Path) -> None:
    # Found by the spec fuzzing: the name, listed in the model's docstring (Attributes), was
    # written raw there, and ruff flagged its Cyrillic letter (RUF002).
    files = generate(hostile_spec("Plain text.", enum_value="on", prop="h\u0435llo"))
    check_python(tmp_path, files)
    models = files[next(r for r in files if r.endswith("/models.py"))].decode()
    assert "_\\u0435_llo: Plain text." in models


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip() and s != "plain"))
def test_any_enum_value_and_description_compile(text: str) -> None:
    files = generate(hostile_spec(text, enum_value=text, prop="kind"))
    for rel, data in files.items():
        if rel.endswith(".py"):
            ast.parse(data, filename=rel)
        if rel.endswith(".json"):
            json.loads(data)


OTHER_SHAPES = """
openapi: 3.1.0
info: {title: Shapes, version: '2', x-sdk: {package: shapes, client: Shapes}}
servers: [{url: 'https://shapes.test'}]
paths:
  /items/{item_id}:
    get:
      operationId: getItem
      parameters:
        - {name: item_id, in: path, required: true, schema: {type: integer, minimum: 1}}
        - {name: verbose, in: query, schema: {type: boolean}}
        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
        - {name: kind, in: query, required: true, schema: {$ref: '#/components/schemas/Kind'}}
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}
    delete:
      operationId: deleteItem
      x-idempotent: true
      parameters:
        - {name: item_id, in: path, required: true, schema: {type: integer}}
      responses:
        '204': {description: gone}
components:
  schemas:
    Kind: {type: string, enum: [a, b]}
    Item:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        tags: {type: array, items: {type: string}}
        children: {type: array, items: {$ref: '#/components/schemas/Item'}}
        note: {type: ['string', 'null']}
        meta: {type: object}
"""


def test_other_operation_shapes_generate_clean_code(tmp_path: Path) -> None:
    """No body, no auth, query parameters, 204, recursive models, arrays, free-form objects."""
    files = generate(OTHER_SHAPES)
    check_python(tmp_path, files)
    check_docs(tmp_path)
    client = files["python/shapes/_client.py"].decode()
    assert "def get_item(\n        self,\n        item_id: int,\n        *,\n" in client
    assert "verbose: bool | None = None," in client
    delete = client[client.index("    def delete_item(") :]
    assert delete.index("item_id: int,") < delete.index("*,") < delete.index(") -> None:")
    program = """
import httpx
from shapes import Shapes
from shapes.models import Kind
seen = []
def answer(request):
    seen.append(request)
    if request.method == "DELETE":
        return httpx.Response(204)
    return httpx.Response(200, json={"id": 7, "children": [{"id": 8}], "note": None})
http = httpx.Client(transport=httpx.MockTransport(answer))
client = Shapes(base_url="https://s.test", http_client=http)
item = client.get_item(7, verbose=True, tags=["a", "b"], kind=Kind.B)
assert item.children[0].id == 8 and item.note is None, item
assert client.delete_item(7) is None
print(seen[0].url)
"""
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=tmp_path / "python",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://s.test/items/7?verbose=true&tags=a&tags=b&kind=b"
