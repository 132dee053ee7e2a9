"""The generated package's metadata comes from the spec (licence, authors, project URLs), its
README works on PyPI, and installing it leaves nothing behind in the source tree."""

from __future__ import annotations

import email.parser
import re
import shutil
import subprocess
import sys
import zipfile
from email.message import Message
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.exitcodes import EXIT_OK

ROOT = Path(__file__).resolve().parent.parent

BASE = {
    "openapi": "3.1.0",
    "info": {
        "title": "Shop API",
        "version": "2.0.0",
        "x-sdk": {"package": "shop", "distribution": "shop-sdk"},
    },
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/ping": {
            "get": {
                "operationId": "ping",
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


def _spec(tmp_path: Path, version: str = "3.1.0", **info: object) -> Path:
    spec = {**BASE, "openapi": version, "info": {**BASE["info"], **info}}  # type: ignore[dict-item]
    external = spec["info"].pop("externalDocs", None)  # type: ignore[union-attr]
    if external is not None:
        spec["externalDocs"] = external
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def _generate(spec: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    # --no-strict: this repository's pyproject.toml makes warnings errors.
    assert main(["generate", "--no-strict", "--spec", str(spec), "--out", str(out)]) == EXIT_OK
    return capsys.readouterr().err


def _metadata(package: Path, dist: Path) -> Message:
    """METADATA of the wheel pip builds from the generated folder."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(dist),
            str(package),
        ],
        check=True,
    )
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.Parser().parsestr(zf.read(name).decode())


def _relative_links(markdown: str) -> list[str]:
    return [t for t in re.findall(r"\]\(<?([^)>]*)>?\)", markdown) if not t.startswith("https://")]


def test_everything_the_spec_says_about_the_package_is_in_its_metadata(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(
        tmp_path,
        license={"name": "Apache License 2.0", "identifier": "apache-2.0"},
        contact={
            "name": "Shop Team",
            "email": "api@shop.example",
            "url": "https://shop.example/help",
        },
        externalDocs={"url": "https://shop.example/api"},
        **{
            "x-sdk": {
                "package": "shop",
                "distribution": "shop-sdk",
                "docs-url": "https://docs.shop.example/",
            }
        },
    )
    out = tmp_path / "out"
    _generate(spec, out, capsys)
    meta = _metadata(out / "python", tmp_path / "dist")
    assert meta["Name"] == "shop-sdk"
    assert meta["License-Expression"] == "Apache-2.0"  # SPDX's own spelling
    assert meta["Author-email"] == "Shop Team <api@shop.example>"
    assert sorted(meta.get_all("Project-URL") or []) == [
        "API documentation, https://shop.example/api",
        "Contact, https://shop.example/help",
        "Documentation, https://docs.shop.example/",
    ]
    readme = meta.get_payload()
    assert isinstance(readme, str)
    assert "pip install shop-sdk\n" in readme
    assert "<https://docs.shop.example/>" in readme
    assert "Apache License 2.0" in readme
    assert _relative_links(readme) == []
    assert 'site_url: "https://docs.shop.example/"' in (out / "docs" / "mkdocs.yml").read_text()


def test_a_spec_that_says_nothing_gives_no_invented_metadata(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    _generate(_spec(tmp_path), out, capsys)
    meta = _metadata(out / "python", tmp_path / "dist")
    for field in ("License", "License-Expression", "Author", "Author-email", "Project-URL"):
        assert meta.get_all(field) is None, field
    readme = meta.get_payload()
    assert isinstance(readme, str)
    assert "pip install shop-sdk\n" in readme
    assert "](" not in readme  # no link at all: none would work on PyPI
    assert "site_url" not in (out / "docs" / "mkdocs.yml").read_text()


@pytest.mark.parametrize(
    ("name", "expression"),
    [("Apache 2.0", "LicenseRef-Apache-2.0"), ("MIT", "MIT"), ("BSD-3-Clause", "BSD-3-Clause")],
)
def test_an_openapi_30_licence_name_and_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, expression: str
) -> None:
    url = "https://www.apache.org/licenses/LICENSE-2.0.html"
    out = tmp_path / "out"
    _generate(_spec(tmp_path, "3.0.3", license={"name": name, "url": url}), out, capsys)
    meta = _metadata(out / "python", tmp_path / "dist")
    assert meta["License-Expression"] == expression
    assert meta.get_all("Project-URL") == [f"License, {url}"]
    readme = meta.get_payload()
    assert isinstance(readme, str)
    assert f"[{name}](<{url}>)" in readme


def test_values_packaging_cannot_carry_are_left_out_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(
        tmp_path,
        license={"name": "Ours", "identifier": "Not A Licence"},
        contact={"name": "Team <x>", "email": "nobody", "url": "/help"},
    )
    out = tmp_path / "out"
    err = _generate(spec, out, capsys)
    assert err.count("warning[package-metadata]") == 4, err
    meta = _metadata(out / "python", tmp_path / "dist")
    for field in ("License-Expression", "Author", "Author-email", "Project-URL"):
        assert meta.get_all(field) is None, field


def test_a_docs_url_that_is_no_url_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, **{"x-sdk": {"package": "shop", "docs-url": "docs/index.html"}})
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) != EXIT_OK
    assert "error[invalid-x-sdk]" in capsys.readouterr().err


def test_pip_install_leaves_the_source_tree_as_it_was(tmp_path: Path) -> None:
    source = tmp_path / "python"
    shutil.copytree(
        ROOT / "generated" / "python", source, ignore=shutil.ignore_patterns("__pycache__")
    )
    before = sorted(p.relative_to(source) for p in source.rglob("*"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(tmp_path / "site"),
            str(source),
        ],
        check=True,
    )
    assert sorted(p.relative_to(source) for p in source.rglob("*")) == before
    assert (tmp_path / "site" / "realtimekit" / "py.typed").exists()
