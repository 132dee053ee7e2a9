"""Synthetic OpenAPI 3.1 specs for the scaling benchmark: N operations, a model and an enum each.

    python tests/bench/synth.py 1000 --style ref -o /tmp/ops-1000.yaml

Operation ``i`` is ``POST /items{i}/{item_id}`` (a path parameter, a JSON body, a JSON 200
answer and a 404). Its body and answer are one object (name, count, kind, tags, note) whose
``kind`` is a string enum. ``--style ref`` makes both named component schemas (``Item{i}``,
``Kind{i}``); ``--style inline`` writes the same schemas inline in the operation (the generator
names them). Deterministic: the same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

STYLES = ("ref", "inline")


def enum_schema(i: int) -> dict[str, Any]:
    return {
        "type": "string",
        "description": f"Kind of item {i}.",
        "enum": [f"alpha{i}", f"beta{i}", f"gamma{i}"],
    }


def model_schema(i: int, kind: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "description": f"Item number {i}.",
        "required": ["name", "kind"],
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 64},
            "count": {"type": "integer", "minimum": 0, "default": 1},
            "kind": kind,
            "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 10},
            "note": {"type": ["string", "null"]},
        },
    }


def build(operations: int, style: str) -> dict[str, Any]:
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}")
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for i in range(operations):
        if style == "ref":
            schemas[f"Kind{i}"] = enum_schema(i)
            schemas[f"Item{i}"] = model_schema(i, {"$ref": f"#/components/schemas/Kind{i}"})
            body: dict[str, Any] = {"$ref": f"#/components/schemas/Item{i}"}
            answer: dict[str, Any] = body
        else:
            body = {**model_schema(i, enum_schema(i)), "title": f"Item{i}Input"}
            answer = {**model_schema(i, enum_schema(i)), "title": f"Item{i}"}
        paths[f"/items{i}/{{item_id}}"] = {
            "post": {
                "operationId": f"saveItem{i}",
                "summary": f"Save item {i}.",
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": body}},
                },
                "responses": {
                    "200": {
                        "description": "The saved item.",
                        "content": {"application/json": {"schema": answer}},
                    },
                    "404": {"description": "No such item."},
                },
            }
        }
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic Items", "version": "1.0.0"},
        "servers": [{"url": "https://items.example.com/v1"}],
        "paths": paths,
    }
    if schemas:
        spec["components"] = {"schemas": schemas}
    return spec


def write(operations: int, style: str, path: Path) -> Path:
    text = yaml.safe_dump(build(operations, style), sort_keys=False, width=100)
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("operations", type=int)
    parser.add_argument("--style", choices=STYLES, default="ref")
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    write(args.operations, args.style, args.out)


if __name__ == "__main__":
    main()
