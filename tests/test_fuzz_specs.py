"""Fuzzing the generator with hostile and broken specs (tests/spec_strategies.py).

Every case is refused with located problems or generates output whose Python compiles, whose
paths are safe and whose data files parse (tests/fuzz_oracle.py). A few cases per run also go
through ruff, ``mypy --strict`` and ``mkdocs build --strict``. The CI run is
``SDKGEN_FUZZ_EXAMPLES`` (default 1,000) cases; ``nox -s fuzz`` runs many more. Specs that
once failed are kept in tests/specs/hostile/ and checked in full on every run.
"""

from __future__ import annotations

import collections
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fuzz_oracle import SPEC_NAME, check_built, generate, outcome
from hypothesis import HealthCheck, given, settings
from spec_strategies import mutated_specs

ROOT = Path(__file__).resolve().parent.parent
REGRESSIONS = sorted((ROOT / "tests" / "specs" / "hostile").glob("*.yaml"))
EXAMPLES = int(os.environ.get("SDKGEN_FUZZ_EXAMPLES", "1000"))
BUILT = int(os.environ.get("SDKGEN_FUZZ_BUILT", "4"))
OUTCOMES: collections.Counter[str] = collections.Counter()


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for every built case: the standard library is checked once."""
    return tmp_path_factory.mktemp("mypy-cache")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_specs())
def test_any_spec_is_refused_located_or_generates_clean_output(text: str) -> None:
    OUTCOMES[outcome(text)] += 1


def test_both_outcomes_were_exercised() -> None:
    """The run above means something only if it both refused and generated many specs."""
    if sum(OUTCOMES.values()) < EXAMPLES:
        pytest.skip("the fuzz test did not run in this session")
    print(f"fuzz outcomes: {dict(OUTCOMES)}")
    assert OUTCOMES["refused"] >= EXAMPLES // 10, OUTCOMES
    assert OUTCOMES["generated"] >= EXAMPLES // 10, OUTCOMES


@settings(max_examples=BUILT, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=mutated_specs(structural=False))
def test_sampled_specs_pass_ruff_mypy_and_mkdocs(
    text: str, tmp_path_factory: pytest.TempPathFactory, mypy_cache: Path
) -> None:
    files = generate(text)
    if files is None:
        return
    folder = tmp_path_factory.mktemp("built")
    try:
        check_built(files, folder, mypy_cache)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _regression(spec: Path) -> object:
    """``known-*`` specs show bugs found but not fixed yet: expected to fail until they are."""
    if not spec.stem.startswith("known-"):
        return spec
    reason = "known generator bug, see the comment at the top of the spec"
    return pytest.param(spec, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    "spec", [_regression(p) for p in REGRESSIONS], ids=[p.stem for p in REGRESSIONS]
)
def test_failures_found_by_fuzzing_stay_fixed(spec: Path, tmp_path: Path, mypy_cache: Path) -> None:
    text = spec.read_text(encoding="utf-8")
    expected = "refused" if spec.stem.startswith("refused-") else "generated"
    assert outcome(text) == expected
    if expected == "generated":
        files = generate(text)
        assert files is not None
        check_built(files, tmp_path, mypy_cache)


def test_spec_content_is_data_never_a_template() -> None:
    """``{{ 7*7 }}`` in a description is printed literally, in code and docs."""
    files = generate(_with_description("Costs {{ 7*7 }} {% if x %}coins{% endif %} {# c #}."))
    assert files is not None
    models = next(text for rel, text in files.items() if rel.endswith("/models.py"))
    assert "Costs {{ 7*7 }} {% if x %}coins{% endif %} {# c #}." in models
    docs = next(text for rel, text in files.items() if rel.endswith("docs/models.md"))
    assert "{{ 7*7 }}" in docs and "49" not in docs


def _with_description(text: str) -> str:
    import yaml

    doc = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1", "x-sdk": {"package": "t"}},
        "servers": [{"url": "https://t.test"}],
        "paths": {
            "/a": {
                "get": {
                    "operationId": "getA",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/A"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "description": text,
                    "properties": {"b": {"type": "string", "description": text}},
                }
            }
        },
    }
    return yaml.safe_dump(doc, sort_keys=False)


assert SPEC_NAME == "fuzz.yaml"


def test_docs_never_carry_spec_html(tmp_path: Path, mypy_cache: Path) -> None:
    """Found by fuzzing: titles and summaries reached MkDocs' <title> and navigation as raw
    HTML (fixed in the docs templates since)."""
    text = _with_description("A thing.").replace("title: T", "title: <script>alert(1)</script>")
    text = text.replace("operationId: getA", "operationId: getA\n      summary: <b>bold</b>")
    files = generate(text)
    assert files is not None
    check_built(files, tmp_path, mypy_cache)
    for page in (tmp_path / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in html and "<b>bold</b>" not in html, page


def _built_and_run(spec_name: str, script: str, folder: Path, mypy_cache: Path) -> None:
    """Build a hostile spec in full (ruff, mypy, mkdocs), then run ``script`` against its
    package: it must print ``decoded``."""
    spec = ROOT / "tests" / "specs" / "hostile" / spec_name
    files = generate(spec.read_text(encoding="utf-8"))
    assert files is not None
    check_built(files, folder, mypy_cache)
    result = subprocess.run(
        [sys.executable, "-c", script + "print('decoded')\n"],
        cwd=folder / "python",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "decoded", result.stderr


def test_a_model_no_operation_uses_decodes_the_request_models_it_nests(
    tmp_path: Path, mypy_cache: Path
) -> None:
    """Found by fuzzing: Contact (used by no operation) nests a union of request-only models;
    its from_dict raised AttributeError (no ``_from_json`` on them) and mypy failed."""
    script = (
        "from c_any_of_undiscriminated.models import Contact, NewContact, PhoneNumber\n"
        "data = {'name': 'Grace', 'point': {'phone': '+15551234'}}\n"
        "for c in (Contact.from_dict({'id': 'c-1', **data}), NewContact.from_dict(data)):\n"
        "    assert isinstance(c.point, PhoneNumber), c\n"
    )
    _built_and_run("union-of-request-only-models.yaml", script, tmp_path, mypy_cache)


def test_decoders_bound_once_per_module_decode_every_model(
    tmp_path: Path, mypy_cache: Path
) -> None:
    """Found in review: 3dModel's field set was name-mangled inside its class (NameError), and
    PetItems' decoder took the name of asPet's items reader (generated-hoisted-names.yaml)."""
    script = (
        "from c_hoisted_names import _operations\n"
        "from c_hoisted_names.models import PetItems, PetPage, _3dModel\n"
        "m = _3dModel.from_dict({'name': 'cube', 'empty': {'x': 1}, 'more': 2})\n"
        "assert (m.name, m.empty.extra, m.extra) == ('cube', {'x': 1}, {'more': 2}), m\n"
        "assert PetItems.from_dict({'count': 3}).count == 3\n"
        "page = PetPage.from_dict({'items': [{'name': 'Rex'}], 'total': 1})\n"
        "assert _operations.AS_PET_PAGES.items(page)[0].name == 'Rex'\n"
        "assert _operations._as_pet_items(page)[0].name == 'Rex'  # not rebound\n"
    )
    _built_and_run("generated-hoisted-names.yaml", script, tmp_path, mypy_cache)


def test_mutually_recursive_aliases_are_defined_in_order_and_decode_nested_data(
    tmp_path: Path, mypy_cache: Path
) -> None:
    """Found on vendor specs: maps, lists and unions of themselves ended in RecursionError."""
    script = (
        "from c_recursive_aliases import _operations\n"
        "from c_recursive_aliases.models import C, E\n"
        "assert _operations._read_a([3, [4, 'x', [5]]], '') == [3, [4, 'x', [5]]]\n"
        "c = C.from_dict({'kids': {'a': {'kids': {}}}, 'self': [[[], [[]]]]})\n"
        "assert c.kids['a'].kids == {} and c.self_ == [[[], [[]]]], c\n"
        "e = E.from_dict({'mixed': {'k': {'mixed': {'kids': {}}}}})\n"
        "assert isinstance(e.mixed, dict) and isinstance(e.mixed['k'], E), e\n"
        "assert isinstance(e.mixed['k'].mixed, C), e\n"
    )
    _built_and_run("generated-recursive-aliases.yaml", script, tmp_path, mypy_cache)


def test_lines_no_format_can_break_are_marked_and_the_rest_fit(
    tmp_path: Path, mypy_cache: Path
) -> None:
    """Found on vendor specs: 80-character names broke the package's own ruff config (E501)."""
    script = (
        "import pathlib\n"
        "import c_long\n"
        "from c_long.models import VeryLongSchemaNameThatKeepsGoingAndGoingForeverAndEverUntil"
        "ItIsEightyCharsLongXY as Long\n"
        "assert Long.from_dict({'the_very_long_property_name_that_keeps_going_and_going_forever"
        "_and_ever_until_x': 'abc'})\n"
        "marked = [line for path in pathlib.Path(c_long.__file__).parent.glob('*.py')\n"
        "          for line in path.read_text().splitlines() if line.endswith('# noqa: E501')]\n"
        'code = [line for line in marked if not line.lstrip().startswith(\'"""\')]\n'
        "assert code and all(len(line) - len('  # noqa: E501') > 100 for line in code)\n"
    )  # (a docstring's noqa goes at its end); ruff check in check_built proves the rest fit
    _built_and_run("generated-long-names.yaml", script, tmp_path, mypy_cache)
