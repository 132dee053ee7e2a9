"""`generate --templates DIR`: overrides by relative path, located template errors, --out kept."""

from __future__ import annotations

import dataclasses
import filecmp
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import ir

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"


def generate(out: Path, templates: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--templates", str(templates)] if templates is not None else []
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(SPEC), "--out"]
    return subprocess.run(
        [*command, str(out), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture(scope="module")
def built_in(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("built-in")
    assert generate(out).returncode == 0
    return out


def test_an_override_replaces_one_template_and_the_rest_falls_back(
    tmp_path: Path, built_in: Path
) -> None:
    overrides = tmp_path / "templates"
    (overrides / "python").mkdir(parents=True)
    (overrides / "python" / "README.md.jinja").write_text(
        "# {{ api.title }}\n\n{% for op in api.operations %}- `{{ op.python_name }}`\n{% endfor %}"
    )
    out = tmp_path / "out"
    result = generate(out, overrides)
    assert result.returncode == 0, result.stderr
    from generator.cli import load_and_build

    _, api = load_and_build(SPEC)  # the list follows the spec, whatever operations it has
    listed = "".join(f"- `{op.python_name}`\n" for op in api.operations)
    assert (out / "python" / "README.md").read_text() == f"# {api.title}\n\n{listed}"
    comparison = filecmp.dircmp(built_in, out)
    differing = _differing(comparison)
    assert differing == {"python/README.md", "manifest.json"}


def _differing(comparison: filecmp.dircmp[str], prefix: str = "") -> set[str]:
    found = {prefix + name for name in comparison.diff_files + comparison.left_only}
    found |= {prefix + name for name in comparison.right_only}
    for name, sub in comparison.subdirs.items():
        found |= _differing(sub, f"{prefix}{name}/")
    return found


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("ok\n{% if %}\n", 2, "Expected an expression, got 'end of statement block'"),
        ("ok\n\n{{ api.no_such_field }}\n", 3, "undefined name: "),
        ("{% for op in api.operations %}\n{{ op.python_name | no_filter }}\n{% endfor %}", 2, ""),
    ],
)
def test_a_template_error_is_located_and_leaves_out_untouched(
    tmp_path: Path, built_in: Path, text: str, line: int, message: str
) -> None:
    overrides = tmp_path / "templates"
    (overrides / "docs" / "docs").mkdir(parents=True)
    template = overrides / "docs" / "docs" / "index.md.jinja"
    template.write_text(text)
    out = tmp_path / "out"
    assert generate(out).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    result = generate(out, overrides)
    assert result.returncode == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{template}:{line}: {message}"), result.stderr
    assert "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_the_template_reference_names_only_fields_the_model_has() -> None:
    reference = (ROOT / "templates" / "README.md").read_text()
    rows = re.findall(r"^\| `(\w+)`(?: / `(\w+)`)? \| (.+) \|$", reference, re.MULTILINE)
    assert len(rows) >= 10
    for first, second, cell in rows:
        classes = [getattr(ir, first)] + ([getattr(ir, second)] if second else [])
        described = re.sub(r"\([^)]*\)", "", cell)  # notes in parentheses describe values
        for name in re.findall(r"`(\w+)", described):
            assert any(
                name in {f.name for f in dataclasses.fields(cls)} or hasattr(cls, name)
                for cls in classes
            ), f"{first}.{name} is documented in templates/README.md but does not exist"
