"""openapi-spec-validator's settings modules stood in for by generator/library_settings.py.

The stand-ins must say exactly what the libraries' own modules say when the environment leaves
every knob at its default, must step aside when it sets one, and the spec check must find the
same problems through them. Each case runs in a fresh interpreter, since whichever modules are
imported first stay.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPECS = Path(__file__).parent / "specs"

# The names the libraries' settings modules define, and what each is (or returns) by default.
DESCRIBE = """
import json, sys, types
install = sys.argv[1] == "stand-in"
if install:
    from generator import library_settings
    assert library_settings.install(anywhere=True)
import openapi_spec_validator.settings as spec
import openapi_schema_validator.settings as schema

def fields(obj):
    names = sorted(n for n in dir(obj) if not n.startswith("_") and not n.startswith("model_"))
    return {n: getattr(obj, n) for n in names if not callable(getattr(obj, n))}

out = {
    "spec constants": {n: sorted(v) if isinstance(v, set) else v for n, v in vars(spec).items()
                       if n.isupper()},
    "spec settings": fields(spec.OpenAPISpecValidatorSettings()),
    "spec functions": [spec.get_resolved_cache_maxsize(), spec.get_schema_validator_backend()],
    "schema settings": fields(schema.get_settings()),
    "schema reset": schema.reset_settings_cache() is None and fields(schema.get_settings()),
    "pydantic": "pydantic_settings" in sys.modules,
}
print(json.dumps(out, sort_keys=True))
"""

# As `validate` runs the check: in a forked child, which reports what it imported too.
FINDINGS = """
import json, sys
from pathlib import Path
from generator.forked import Forked
from generator.load import load_spec
from generator.spec_validator import _findings
data = load_spec(Path(sys.argv[1])).data
findings, pydantic = Forked(lambda: (_findings(data), "pydantic_settings" in sys.modules)).result()
print(json.dumps({"findings": findings, "pydantic": pydantic}))
"""


def _clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.upper().startswith(("OPENAPI_SPEC_VALIDATOR_", "OPENAPI_SCHEMA_VALIDATOR_"))
    }
    env.update(extra)
    return env


def _printed(script: str, *args: str, env: dict[str, str]) -> str:
    """What ``script`` prints, run in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def _run(script: str, *args: str, env: dict[str, str]) -> dict[str, object]:
    out: dict[str, object] = json.loads(_printed(script, *args, env=env))
    return out


def test_stand_ins_say_what_the_libraries_say_by_default() -> None:
    real = _run(DESCRIBE, "library", env=_clean_env())
    ours = _run(DESCRIBE, "stand-in", env=_clean_env())
    assert real.pop("pydantic") is True
    assert ours.pop("pydantic") is False  # the point: the settings library is not imported
    assert ours == real


@pytest.mark.parametrize(
    "variable",
    [
        "OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE",
        "openapi_schema_validator_compiled_validator_cache_max_size",  # matched without case
    ],
)
def test_a_configured_library_reads_its_own_settings(variable: str) -> None:
    script = (
        "import sys; from generator import library_settings; "
        "print(library_settings.install(anywhere=True), "
        "'openapi_spec_validator.settings' in sys.modules)"
    )
    assert _printed(script, env=_clean_env(**{variable: "7"})).split() == ["False", "False"]


def test_nothing_is_replaced_once_the_library_is_imported() -> None:
    script = (
        "import openapi_spec_validator, sys; from generator import library_settings; "
        "name = 'openapi_spec_validator.settings'; before = sys.modules[name]; "
        "print(library_settings.install(anywhere=True), sys.modules[name] is before)"
    )
    assert _printed(script, env=_clean_env()).split() == ["False", "True"]


@pytest.mark.parametrize(
    ("setup", "why"),
    [
        ("", "a process that may use the library afterwards: only a forked child gets them"),
        ("library_settings.MIRRORED['openapi_schema_validator'] = '0.9.1'; ", "another version"),
    ],
)
def test_stand_ins_stay_out_of_other_processes_and_versions(setup: str, why: str) -> None:
    anywhere = "True" if setup else "False"
    script = (
        f"import sys; from generator import library_settings; {setup}"
        f"print(library_settings.install(anywhere={anywhere}), "
        "'openapi_spec_validator.settings' in sys.modules)"
    )
    assert _printed(script, env=_clean_env()).split() == ["False", "False"], why


FLAWED = """\
openapi: 3.1.0
info: {title: Flawed, version: "1"}
paths:
  /items/{item_id}:
    get:
      operationId: getItem
      parameters:
        - {name: limit, in: query, schema: {type: integr, default: 5}}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer, minimum: "one"}}}
"""


@pytest.mark.parametrize(
    "spec",
    [
        SPECS / "public" / "oai-petstore-expanded.yaml",  # valid (OAI's example)
        SPECS / "public" / "swagger-petstore.yaml",  # 3.0 (swagger-api's example)
        SPECS / "keywords.yaml",
        None,  # FLAWED
    ],
    ids=lambda p: p.name if p else "flawed",
)
def test_the_spec_check_finds_the_same_through_either(spec: Path | None, tmp_path: Path) -> None:
    if spec is None:
        spec = tmp_path / "flawed.yaml"
        spec.write_text(FLAWED, encoding="utf-8")
    configured = _clean_env(OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE="128")
    with_library = _run(FINDINGS, str(spec), env=configured)
    with_stand_ins = _run(FINDINGS, str(spec), env=_clean_env())
    assert with_library.pop("pydantic") is True
    assert with_stand_ins.pop("pydantic") is False
    assert with_stand_ins == with_library
    if spec.name == "flawed.yaml":  # the check did run: the undeclared type, the bad bound
        assert len(with_library["findings"]) >= 2  # type: ignore[arg-type]
