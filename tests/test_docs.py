"""The generated docs: complete against the spec and the seed page, and they build."""

from __future__ import annotations

import ast
import html
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from docsite import SEED_FIELDS, build_site

from generator.load import load_spec
from generator.schemas import component_name

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "generated" / "docs" / "docs"  # the Markdown pages; mkdocs.yml is one up
SPEC = load_spec(ROOT / "spec" / "openapi.yaml").data


def leaf_fields(schema: dict[str, Any], prefix: str = "") -> list[tuple[str, dict[str, Any]]]:
    """``(dotted path, property schema)`` for every leaf of a request schema, from the spec."""
    result = []
    for name, prop in (schema.get("properties") or {}).items():
        target = component_name(prop.get("$ref", ""))
        resolved = SPEC["components"]["schemas"][target] if target else prop
        if "properties" in resolved:
            result += leaf_fields(resolved, f"{prefix}{name}.")
        else:
            result.append((f"{prefix}{name}", {**resolved, **prop}))
    return result


def request_schemas() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "requestBody" in op:
                ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                name = component_name(ref)
                assert name
                slug = re.sub(r"(?<!^)(?=[A-Z])", "-", op["operationId"]).lower()
                found.append((slug, SPEC["components"]["schemas"][name]))
    return found


@dataclass
class FieldBlock:
    """One field as the page shows it (docs/_shared/fields.md.jinja): the facts on its name's
    line (type, required or optional, default) and the text under it."""

    facts: list[str]
    text: str


FIELD = re.compile(
    r'<span class="field-name">`([^`]+)`</span>([^\n]*)\n</div>\n'
    r'(?:<div class="field-description" markdown="1">\n(.*?)</div>\n)?</div>',
    re.DOTALL,
)


def field_blocks(page: str) -> dict[str, FieldBlock]:
    return {
        name: FieldBlock(re.findall(r'<span class="field-fact">(.*?)</span>', facts), text)
        for name, facts, text in FIELD.findall(page)
    }


@pytest.mark.parametrize(("slug", "schema"), request_schemas())
def test_every_leaf_field_appears_with_its_default_and_range(
    slug: str, schema: dict[str, Any]
) -> None:
    page = (DOCS / "operations" / f"{slug}.md").read_text()
    blocks = field_blocks(page)
    leaves = leaf_fields(schema)
    assert leaves
    for path, prop in leaves:
        assert path in blocks, f"{path} is missing from {slug}.md"
        block = blocks[path]
        defaults = [f for f in block.facts if f.startswith("default ")]
        if "default" in prop:
            assert defaults == [f"default `{json.dumps(prop['default'])}`"], path
        else:
            assert defaults == [], path
        assert ("**required**" in block.facts) == (
            path.split(".")[-1] in required_of(schema, path)
        ), path
        for keyword in ("minimum", "maximum", "minLength", "maxLength"):
            if keyword in prop:
                assert re.search(rf"Range: .*\b{prop[keyword]}\b", block.text), (path, keyword)
        for value in prop.get("enum", []):
            assert re.search(rf"Allowed values: .*`{re.escape(value)}`", block.text), (path, value)
        if prop.get("writeOnly"):
            assert "Write-only" in block.text, path
        description = " ".join(str(prop.get("description", "")).split())
        assert description.split(".")[0] in block.text, path


def required_of(schema: dict[str, Any], path: str) -> list[str]:
    """The required properties of the schema holding ``path``'s last segment."""
    for name in path.split(".")[:-1]:
        prop = schema["properties"][name]
        target = component_name(prop.get("$ref", ""))
        schema = SPEC["components"]["schemas"][target] if target else prop
    return list(schema.get("required", []))


def test_every_seed_field_is_in_the_operation_page() -> None:
    blocks = field_blocks((DOCS / "operations" / "start-recording.md").read_text())
    assert [f for f in SEED_FIELDS if f not in blocks] == []


def test_conditional_rules_are_stated_in_words() -> None:
    page = (DOCS / "operations" / "start-recording.md").read_text()
    assert "If `video_config.codec` is `VP8`, `audio_config.codec` must not be set." in page
    assert (
        "If `storage_config.type` is `aws`, `azure` or `digitalocean`, "
        "`storage_config.access_key` is required." in page
    )
    assert (
        "If `storage_config.auth_method` is `KEY`, `storage_config.private_key` is required."
        in page
    )


def test_site_builds_strict_and_html_names_every_seed_field(tmp_path: Path) -> None:
    result = build_site(DOCS.parent, tmp_path)
    assert result.returncode == 0, result.stderr
    page = html.unescape((tmp_path / "operations" / "start-recording" / "index.html").read_text())
    missing = [f for f in SEED_FIELDS if f"<code>{f}</code>" not in page]
    assert missing == []
    assert "WARNING" not in result.stderr


# -- publishing the conventional way -------------------------------------------------------------


def checkout(tmp_path: Path) -> Path:
    """A copy of the repository's generated/ and spec/, so builds land there and not in the
    real one."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "generated", repo / "generated", ignore=shutil.ignore_patterns("site"))
    # The manifest records the spec relative to the folder holding generated/.
    shutil.copytree(ROOT / "spec", repo / "spec")
    return repo


def mkdocs(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_mkdocs_build_from_the_repository_root(tmp_path: Path) -> None:
    repo = checkout(tmp_path)
    result = mkdocs("build", "--strict", "-f", "generated/docs/mkdocs.yml", cwd=repo)
    assert result.returncode == 0, result.stderr
    site = repo / "generated" / "docs" / "site"  # MkDocs' default: next to mkdocs.yml
    assert (site / "operations" / "start-recording" / "index.html").is_file()


def test_mkdocs_build_from_the_docs_folder(tmp_path: Path) -> None:
    repo = checkout(tmp_path)
    result = mkdocs("build", "--strict", cwd=repo / "generated" / "docs")
    assert result.returncode == 0, result.stderr
    assert (repo / "generated" / "docs" / "site" / "index.html").is_file()


def test_a_built_site_is_neither_drift_nor_removed_by_generate(tmp_path: Path) -> None:
    repo = checkout(tmp_path)
    assert mkdocs("build", "--strict", cwd=repo / "generated" / "docs").returncode == 0
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "generated/docs/site/index.html"], cwd=ROOT, check=False
    )
    assert ignored.returncode == 0, "generated/docs/site/ must be git-ignored"
    for extra in ([], ["--check"]):
        command = [sys.executable, "-m", "generator", "generate", "--out", str(repo / "generated")]
        result = subprocess.run(
            [*command, *extra], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
    assert (repo / "generated" / "docs" / "site" / "index.html").is_file()


def test_mkdocs_serve_from_the_docs_folder(tmp_path: Path) -> None:
    repo = checkout(tmp_path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=repo / "generated" / "docs",
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        page = _fetch_when_up(f"http://127.0.0.1:{port}/operations/start-recording/", server)
    finally:
        server.terminate()  # this server only, by its handle
        server.wait(timeout=30)
        log.close()
    assert page is not None, (tmp_path / "serve.log").read_text()
    assert "<code>meeting_id</code>" in page


def _fetch_when_up(url: str, server: subprocess.Popen[bytes], timeout: float = 60) -> str | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode())
        except OSError:
            time.sleep(0.2)
    return None


# -- signatures that cannot lie ------------------------------------------------------------------


def _signature(fn: ast.FunctionDef) -> list[tuple[str, str, str | None]]:
    """(kind, name, annotation = default) of each parameter, and the return annotation."""
    a = fn.args
    defaults = [None] * (len(a.args) - len(a.defaults)) + list(a.defaults)
    params = [("positional", p.arg, p.annotation, d) for p, d in zip(a.args, defaults, strict=True)]
    params += [
        ("keyword", p.arg, p.annotation, d)
        for p, d in zip(a.kwonlyargs, a.kw_defaults, strict=True)
    ]
    shown = [
        (kind, name, _annotation(annotation) + ("" if d is None else " = " + ast.unparse(d)))
        for kind, name, annotation, d in params
    ]
    return [*shown, ("return", "", _annotation(fn.returns))]


def _annotation(node: ast.expr | None) -> str:
    # The client spells its timeout type with the alias its transport module defines, and
    # names the models and pages through their (lazily loaded) modules.
    text = "" if node is None else ast.unparse(node)
    text = re.sub(r"(?<![.\w])_(models|pagination)\.", "", text)
    return re.sub(r"(?<![.\w])Timeout\b", "float | httpx.Timeout", text)


def _client_methods() -> dict[str, ast.FunctionDef]:
    tree = ast.parse((ROOT / "generated/python/realtimekit/_client.py").read_text())
    (client,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "RealtimeKit"]
    return {n.name: n for n in client.body if isinstance(n, ast.FunctionDef)}


@pytest.mark.parametrize("page", sorted((DOCS / "operations").glob("*.md")), ids=lambda p: p.stem)
def test_each_page_shows_the_signature_the_client_has(page: Path) -> None:
    (stub,) = re.findall(r"```pyi\n(.*?)```", page.read_text(), re.DOTALL)
    (shown,) = ast.parse(stub).body
    assert isinstance(shown, ast.FunctionDef)
    method = _client_methods()[shown.name]
    assert _signature(shown) == _signature(method)
    # As ruff formats it, to the docs' code width: nothing scrolls sideways.
    assert max(len(line) for line in stub.splitlines()) <= 76
