"""The generated docs: complete against the spec and the seed page, and they build."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from docsite import build_site

from generator.load import load_spec
from generator.schemas import component_name

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "generated" / "docs"
SPEC = load_spec(ROOT / "spec" / "openapi.yaml").data

# Every request field of the seed reference page (shared/seed/start-recording-endpoint.txt).
SEED_FIELDS = [
    "url",
    "audio_config",
    "audio_config.export_file",
    "audio_config.channel",
    "audio_config.codec",
    "realtimekit_bucket_config",
    "realtimekit_bucket_config.enabled",
    "rtmp_out_config",
    "rtmp_out_config.rtmp_url",
    "allow_multiple_recordings",
    "storage_config",
    "storage_config.private_key",
    "storage_config.region",
    "storage_config.port",
    "storage_config.username",
    "storage_config.bucket",
    "storage_config.auth_method",
    "storage_config.password",
    "storage_config.type",
    "storage_config.access_key",
    "storage_config.host",
    "storage_config.path",
    "storage_config.secret",
    "video_config",
    "video_config.export_file",
    "video_config.height",
    "video_config.width",
    "video_config.codec",
    "video_config.watermark",
    "video_config.watermark.size",
    "video_config.watermark.size.height",
    "video_config.watermark.size.width",
    "video_config.watermark.url",
    "video_config.watermark.position",
    "file_name_prefix",
    "max_seconds",
    "meeting_id",
    "interactive_config",
    "interactive_config.type",
]


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


def table_rows(page: str) -> dict[str, list[str]]:
    rows = {}
    for line in page.splitlines():
        match = re.match(r"\| `([^`]+)` \|(.*)\|$", line)
        if match:
            rows[match.group(1)] = [c.strip() for c in re.split(r"(?<!\\)\|", match.group(2))]
    return rows


@pytest.mark.parametrize(("slug", "schema"), request_schemas())
def test_every_leaf_field_appears_with_its_default_and_range(
    slug: str, schema: dict[str, Any]
) -> None:
    page = (DOCS / "operations" / f"{slug}.md").read_text()
    rows = table_rows(page)
    leaves = leaf_fields(schema)
    assert leaves
    for path, prop in leaves:
        assert path in rows, f"{path} is missing from {slug}.md"
        _type, _required, default, allowed, bounds, description = rows[path]
        if "default" in prop:
            assert default == f"`{json.dumps(prop['default'])}`", path
        for keyword in ("minimum", "maximum", "minLength", "maxLength"):
            if keyword in prop:
                assert str(prop[keyword]) in bounds, (path, keyword, bounds)
        for value in prop.get("enum", []):
            assert f"`{value}`" in allowed, (path, value)
        if prop.get("writeOnly"):
            assert "Write-only" in description, path


def test_every_seed_field_is_in_the_operation_page() -> None:
    rows = table_rows((DOCS / "operations" / "start-recording.md").read_text())
    assert [f for f in SEED_FIELDS if f not in rows] == []


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
    result = build_site(DOCS, tmp_path)
    assert result.returncode == 0, result.stderr
    page = html.unescape((tmp_path / "operations" / "start-recording" / "index.html").read_text())
    missing = [f for f in SEED_FIELDS if f"<code>{f}</code>" not in page]
    assert missing == []
    assert "WARNING" not in result.stderr
