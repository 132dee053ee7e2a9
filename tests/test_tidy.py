"""The templates leave ruff's lint pass nothing to fix (generator/tidy.py).

`generate` still runs `ruff check --fix-only` on every file; these tests hold the templates to
emitting what it would leave unchanged, because a file with anything to fix is linted again
(at 1,000 operations that was 0.7-1.1 s of the run). A miss here costs time, never output.
"""

from __future__ import annotations

import keyword
import random
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import load_and_build
from generator.problems import SpecError
from generator.render import render
from generator.tidy import after_imports, all_sorted, import_lines, isort_sorted, mentioned

SPECS = sorted(
    p
    for p in (Path(__file__).parent / "specs").rglob("*")
    if p.suffix in (".yaml", ".yml", ".json")
)
PYPROJECT = Path(__file__).resolve().parents[1] / "generated" / "python" / "pyproject.toml"

# Imports kept because a description in the spec says the word: ruff prunes them, as it did
# for every import before (the cost is a second lint pass over that one file).
WORDS_ONLY_DESCRIPTIONS_SAY = {
    "oai-uspto.yaml": {"python/uspto_data_set_api/models.py: `datetime.date`"},
    # Vendors' specs (tests/specs/vendors/): their descriptions say these words.
    "twilio_conversations_v1.yaml": {
        "python/twilio_conversations/models.py: `datetime.date`",
        "python/twilio_conversations/_client.py: `datetime.date`",
    },
    "twilio_messaging_v1.yaml": {"python/twilio_messaging/models.py: `datetime.date`"},
    "twilio_verify_v2.yaml": {"python/twilio_verify/models.py: `datetime.date`"},
}


# Every method's docstring names ValidationError (under "Raises:"). The client imports it
# whenever its code mentions it, so that a methods template of one's own that raises it needs
# nothing more; when the spec's server needs no checking, ruff prunes it.
DOCSTRINGS_SAY = ("/_client.py: `.errors.ValidationError`",)


def _ruff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def _fixable(root: Path, config: Path) -> set[str]:
    """What `ruff check --fix-only` would change under ``root``, as "path: what"."""
    result = _ruff(
        *("check", "--no-cache", "--exit-zero", "--config", str(config)),
        *("--output-format", "concise", "--unfixable", "W291,W293"),
        ".",
        cwd=root,
    )
    found = set()
    for line in result.stdout.splitlines():
        if re.match(r"[^:]+:\d+:\d+: \w+ \[\*\] ", line):  # "m.py:1:8: F401 [*] ..."
            path, _line, _column, rest = line.split(":", 3)
            code, message = rest.split(" [*] ")
            if code.strip() == "F401":  # the name only: "`datetime.date` imported but unused"
                message = message.split(" ")[0]
            found.add(f"{path}: {message}")
    return found


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_rendered_code_leaves_ruff_nothing_to_fix(spec: Path, tmp_path: Path) -> None:
    try:
        _, api = load_and_build(spec)
    except SpecError:
        return  # a spec refused on purpose
    for rel, text in render(api).items():
        if rel.endswith(".py"):
            path = tmp_path / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    found = {f for f in _fixable(tmp_path, PYPROJECT) if not f.endswith(DOCSTRINGS_SAY)}
    assert found == WORDS_ONLY_DESCRIPTIONS_SAY.get(spec.name, set())


# Names of helper modules generated only when the API needs them (_files, _pagination), taken
# by an operation or a model of an API that does not: an import of them would never be pruned
# (it is shadowed, not unused) and would name a module that does not exist.
SHADOWING = {
    "file-part": """\
openapi: 3.1.0
info: {title: Parts, version: "1"}
servers: [{url: "https://parts.example"}]
paths:
  /parts/{id}:
    get:
      operationId: filePart
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {type: object, properties: {size: {type: integer}}}
""",
    "page-reader": """\
openapi: 3.1.0
info: {title: Books, version: "1"}
servers: [{url: "https://books.example"}]
paths:
  /readers/{id}:
    get:
      operationId: getReader
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: The reader.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/PageReader"}
components:
  schemas:
    PageReader: {type: object, properties: {name: {type: string}}}
    FileContent: {type: object, properties: {size: {type: integer}}}
""",
}


@pytest.mark.parametrize("case", sorted(SHADOWING))
def test_helper_names_taken_by_the_api_import_nothing_missing(case: str, tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SHADOWING[case], encoding="utf-8")
    out = tmp_path / "out"
    root = Path(__file__).resolve().parents[1]
    generate = [sys.executable, "-m", "generator", "generate", "--spec", str(spec)]
    subprocess.run([*generate, "--out", str(out)], cwd=root, check=True, capture_output=True)
    (package,) = [p.name for p in (out / "python").iterdir() if (p / "__init__.py").exists()]
    modules = ", ".join(f"{package}.{m}" for m in ("_operations", "models", "_raw", "_client"))
    imported = subprocess.run(
        [sys.executable, "-c", f"import {modules}"],
        cwd=out / "python",
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr


def test_the_fix_pass_is_what_would_catch_a_template_slip(tmp_path: Path) -> None:
    # The check above can fail: an unused import and an unsorted __all__ are found.
    (tmp_path / "m.py").write_text('import os\n\n__all__ = ["b", "a"]\n', encoding="utf-8")
    assert _fixable(tmp_path, PYPROJECT) == {"m.py: `os`", "m.py: `__all__` is not sorted"}


def test_mentioned_finds_every_identifier_whole() -> None:
    words = mentioned('x = Ñandú(json_body, "application/json") + _ré.sub\nclass Item10: ...')
    assert {"Ñandú", "json_body", "application", "json", "_ré", "sub", "Item10"} <= words
    assert "Item1" not in words and "json_bod" not in words
    assert words.text.startswith("x = Ñandú")


def test_import_lines_keep_what_the_code_uses() -> None:
    used = mentioned("_re.compile(quote(x)); json_body(r); 'application/json'; Item2 | Item10")
    sections = [
        [("json", None), ("re as _re", None), ("urllib.parse", ["quote", "unquote"])],
        [("httpx", None)],  # not used: the section and its blank line go
        [("._transport", ["json_body", "Decoder"]), (".models", ["Item10", "Item2"], True)],
    ]
    assert import_lines(used, sections) == (
        "import re as _re\n"  # "json" is only a word here: no "json."
        "from urllib.parse import quote\n"
        "\n"
        "from ._transport import json_body\n"
        "from .models import (\n    Item2,\n    Item10,\n)"
    )


def test_import_lines_wrap_a_line_longer_than_the_package_allows() -> None:
    names = [f"VeryLongGeneratedClassName{i}WithRawResponse" for i in range(3)]
    text = import_lines(None, [[("._raw", names)]], "    ")
    assert text.splitlines()[0] == "    from ._raw import ("
    assert all(len(line) <= 100 for line in text.splitlines())


def test_after_imports_leaves_the_blank_lines_isort_wants() -> None:
    assert after_imports("\n\ndef f(): ...") == "\n\ndef f(): ..."
    assert after_imports("\nX = 1") == "\nX = 1"


def _names(seed: int, count: int) -> list[str]:
    """Random identifiers: any case, digits with and without leading zeros, underscores."""
    rng = random.Random(seed)
    tail = string.ascii_letters + string.digits * 3 + "_"
    names = {"Item2", "Item10", "Item010", "H064", "H4", "UNSET", "Unset", "unset", "_x", "X"}
    while len(names) < count:
        name = rng.choice(string.ascii_letters + "_")
        name += "".join(rng.choice(tail) for _ in range(rng.randint(0, 8)))
        if not keyword.iskeyword(name):
            names.add(name)
    return sorted(names)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_names_sort_as_ruff_sorts_them(seed: int) -> None:
    # ruff is the oracle: an import list (I001) and __all__ (RUF022) in our order must be what
    # it leaves as it is. Shuffled first, so that the order comes from our sort alone.
    names = _names(seed, 400)
    random.Random(seed).shuffle(names)
    source = "from m import (\n" + "".join(f"    {name},\n" for name in isort_sorted(names))
    source += ")\n\n__all__ = [\n" + "".join(f'    "{name}",\n' for name in all_sorted(names))
    source += "]\n"
    result = subprocess.run(
        [
            *(sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache"),
            *("--select", "I001,RUF022", "--diff", "--stdin-filename", "m.py", "-"),
        ],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout == "", result.stdout
