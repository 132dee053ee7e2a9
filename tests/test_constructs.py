"""Real-world OpenAPI: every spec in tests/specs/constructs/ and tests/specs/public/, end to end.

Each spec gets six tests, so a failure says which stage broke:

``test_generates``  ``python -m generator generate --spec S --out TMP`` exits 0
``test_lint``       ``ruff check`` and ``ruff format --check`` pass on TMP/python
``test_docs_build`` ``mkdocs build --strict`` of TMP/docs passes
``test_mypy``       ``mypy --strict`` passes on the generated package; ONE mypy run covers every
                    selected spec (one run per batch of packages with distinct names)
``test_golden``     the fresh output equals ``tests/golden/<spec stem>/``, file by file
``test_calls``      the package, pip-installed into ONE shared venv, calls the spec's mock
                    server (``tests/mockserver.py``) over HTTP; the script and the assertions on
                    what the mock received and what the client returned are in
                    ``tests/constructs_calls.py``

Every spec is generated once per session (in parallel) and only when one of its tests is
selected, so ``pytest tests/test_constructs.py -k query_styles`` stays quick.

Goldens: after an intended change to the output, rewrite them and review the diff::

    SDKGEN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_constructs.py -k golden

``SDKGEN_SPECS`` (paths separated by ``:``) replaces the spec list, e.g. to check the harness
itself on specs the generator already supports::

    SDKGEN_SPECS=tests/specs/mock_minimal.yaml:spec/openapi.yaml .venv/bin/pytest \
        tests/test_constructs.py
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from docsite import build_site
from mockserver import running_mock

# The checks live in constructs_calls; rewritten asserts show the values that differ.
pytest.register_assert_rewrite(
    "constructs_calls", "constructs_calls_security", "constructs_calls_multifile"
)
from constructs_calls import CASES, parse_output  # noqa: E402 (must follow the registration)

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIRS = (
    ROOT / "tests" / "specs" / "constructs",
    ROOT / "tests" / "specs" / "public",
    ROOT / "tests" / "specs" / "multifile",  # its root file; the files it refers to lie below
)
# Flags a spec needs: multifile gives an operation as a $ref on purpose, a warning that this
# repository's strict setting would make an error.
FLAGS = {"multifile": ("--no-strict",)}
GOLDEN = ROOT / "tests" / "golden"
UPDATE_GOLDEN = os.environ.get("SDKGEN_UPDATE_GOLDEN") == "1"
# Tool output that may appear next to generated files; never part of the generation.
IGNORED_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", "build"}
TIMEOUT = 300
DIST_NAME = re.compile(r'^\[project\][^\[]*?^name\s*=\s*"([^"]+)"', re.MULTILINE | re.DOTALL)


def _specs() -> list[Path]:
    override = os.environ.get("SDKGEN_SPECS")
    if override:
        return [(ROOT / part).resolve() for part in override.split(os.pathsep) if part]
    return sorted(path for folder in SPEC_DIRS for path in folder.glob("*.yaml"))


SPECS = _specs()
spec_param = pytest.mark.parametrize("spec", SPECS, ids=[spec.stem for spec in SPECS])


@dataclass
class Generated:
    """One spec's generation: where it went and how it ended."""

    spec: Path
    out: Path
    returncode: int
    output: str
    package: str | None = None  # import name, from the generated tree
    dist: str | None = None  # distribution name, from its pyproject.toml
    problem: str = ""  # why it cannot be installed or checked further

    @property
    def python(self) -> Path:
        return self.out / "python"

    @property
    def ok(self) -> bool:
        """Generated, with one package and a pyproject.toml: ready to check and install."""
        return self.returncode == 0 and self.package is not None and not self.problem


@dataclass
class Installed:
    """The shared venv(s) the generated packages are installed into."""

    python_for: dict[str, Path] = field(default_factory=dict)  # spec stem -> interpreter
    problems: dict[str, str] = field(default_factory=dict)  # spec stem -> pip output


# -- session fixtures ----------------------------------------------------------------------------


def _selected_specs(session: pytest.Session) -> list[Path]:
    """The specs of this module's selected tests (all of them if none can be told)."""
    chosen = {
        item.callspec.params["spec"]
        for item in session.items
        if getattr(item, "module", None) is sys.modules[__name__]
        and hasattr(item, "callspec")
        and "spec" in item.callspec.params
    }
    return sorted(chosen) or SPECS


GENERATE = (sys.executable, "-m", "generator", "generate")


def _name(spec: Path) -> str:
    """The output is in a temporary folder, the spec is not: name it as in the repository."""
    return spec.relative_to(ROOT).as_posix()


def _generate(spec: Path, out: Path) -> Generated:
    result = subprocess.run(
        [
            *GENERATE,
            *("--spec", str(spec), "--out", str(out), "--spec-name", _name(spec)),
            *FLAGS.get(spec.stem, ()),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    generated = Generated(spec, out, result.returncode, result.stdout + result.stderr)
    if result.returncode != 0:
        return generated
    packages = sorted(p.parent.name for p in generated.python.glob("*/__init__.py"))
    if len(packages) != 1:
        generated.problem = f"expected one package in {generated.python}, found {packages}"
        return generated
    generated.package = packages[0]
    pyproject = generated.python / "pyproject.toml"
    # No tomllib: it is Python 3.11+, and this project supports 3.10.
    found = DIST_NAME.search(pyproject.read_text()) if pyproject.is_file() else None
    if found is None:
        generated.problem = f"{pyproject} has no [project] name"
    else:
        generated.dist = found.group(1)
    return generated


@pytest.fixture(scope="session")
def generations(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[Path, Generated]:
    """Every selected spec generated once, in parallel."""
    root = tmp_path_factory.mktemp("constructs")
    specs = _selected_specs(request.session)
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        done = list(pool.map(lambda spec: _generate(spec, root / spec.stem), specs))
    return {generated.spec: generated for generated in done}


def _batches(packages: Iterable[Generated]) -> list[list[Generated]]:
    """Groups in which no two packages share an import or distribution name.

    Two public specs titled "Swagger Petstore" both become ``swagger_petstore``; they cannot be
    installed into one venv nor checked by one mypy run, so each batch gets its own.
    """
    batches: list[list[Generated]] = []
    for generated in packages:
        for batch in batches:
            if all(generated.package != o.package and generated.dist != o.dist for o in batch):
                batch.append(generated)
                break
        else:
            batches.append([generated])
    return batches


@pytest.fixture(scope="session")
def mypy_reports(
    generations: dict[Path, Generated], tmp_path_factory: pytest.TempPathFactory
) -> dict[Path, str]:
    """mypy --strict over every generated package at once; its messages per spec."""
    reports: dict[Path, str] = {}
    cache = tmp_path_factory.mktemp("mypy_cache")
    usable = [g for g in generations.values() if g.ok]
    for batch in _batches(usable):
        root = batch[0].out.parent
        targets = [str((g.python / str(g.package)).relative_to(root)) for g in batch]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--python-version",
                "3.10",
                "--cache-dir",
                str(cache),
                "--no-error-summary",
                *targets,
            ],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        output = result.stdout + result.stderr
        for generated, target in zip(batch, targets, strict=True):
            if result.returncode not in (0, 1):  # 2: mypy itself failed; blame everyone
                reports[generated.spec] = output
                continue
            prefix = target + os.sep
            lines = [line for line in output.splitlines() if line.startswith(prefix)]
            reports[generated.spec] = "\n".join(lines)
    return reports


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(*IGNORED_PARTS, "*.egg-info"))


def _make_venv(where: Path) -> Path:
    """A venv whose only extra packages (httpx and friends) come from the test interpreter."""
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(where)], check=True, timeout=TIMEOUT
    )
    python = where / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Appended after the venv's own site-packages, so the generated packages come first: httpx
    # (the only runtime dependency) is the test interpreter's.
    (Path(site) / "_sdkgen_test_interpreter.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    # The build backend (the generated pyproject.toml's), installed once so that each package
    # builds without an isolated build environment of its own.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "flit_core>=3.12,<5",
        ],
        check=True,
        timeout=TIMEOUT,
    )
    return python


def _pip_install(python: Path, sources: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            *map(str, sources),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.fixture(scope="session")
def installed(
    generations: dict[Path, Generated], tmp_path_factory: pytest.TempPathFactory
) -> Installed:
    """Every generated package pip-installed into one venv (one per batch of unique names)."""
    result = Installed()
    usable = [g for g in generations.values() if g.ok]
    for index, batch in enumerate(_batches(usable)):
        python = _make_venv(tmp_path_factory.mktemp(f"venv{index}"))
        # Built from copies: one folder per package to hand pip, whatever the output layout.
        stage = tmp_path_factory.mktemp(f"stage{index}")
        sources: dict[str, Path] = {}
        for generated in batch:
            sources[generated.spec.stem] = stage / generated.spec.stem
            _copy_tree(generated.python, sources[generated.spec.stem])
        pip = _pip_install(python, list(sources.values()))
        if pip.returncode == 0:
            result.python_for.update(dict.fromkeys(sources, python))
            continue
        for stem, source in sources.items():  # find out which ones are broken
            alone = _pip_install(python, [source])
            if alone.returncode == 0:
                result.python_for[stem] = python
            else:
                result.problems[stem] = alone.stdout + alone.stderr
    return result


# -- the tests -----------------------------------------------------------------------------------


def _generated(generations: dict[Path, Generated], spec: Path) -> Generated:
    generated = generations[spec]
    if generated.returncode != 0:
        pytest.skip(f"generation failed; see test_generates[{spec.stem}]")
    if not generated.ok:
        pytest.fail(generated.problem)
    return generated


def test_spec_stems_are_unique() -> None:
    """Goldens and test ids are named by stem, so a stem may appear once across the folders."""
    stems = [spec.stem for spec in SPECS]
    assert sorted(stems) == sorted(set(stems))


def test_every_spec_has_a_call_script() -> None:
    missing = sorted({spec.stem for spec in SPECS} - set(CASES))
    assert not missing, f"add a Case for {missing} to tests/constructs_calls.py"


def test_no_stale_goldens() -> None:
    """A golden folder whose spec is gone would never be compared again."""
    if os.environ.get("SDKGEN_SPECS") or not GOLDEN.is_dir():
        pytest.skip("no goldens, or a custom spec list")
    stale = sorted({p.name for p in GOLDEN.iterdir()} - {spec.stem for spec in SPECS})
    assert not stale, f"remove tests/golden/{stale}: no such spec"


@spec_param
def test_generates(spec: Path, generations: dict[Path, Generated]) -> None:
    generated = generations[spec]
    assert generated.returncode == 0, generated.output
    assert generated.ok, generated.problem


@spec_param
def test_lint(spec: Path, generations: dict[Path, Generated]) -> None:
    generated = _generated(generations, spec)
    for command in (["check"], ["format", "--check"]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--no-cache", "."],
            cwd=generated.python,  # its own pyproject.toml configures ruff
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        assert result.returncode == 0, f"ruff {' '.join(command)}:\n{result.stdout}{result.stderr}"


@spec_param
def test_docs_build(spec: Path, generations: dict[Path, Generated], tmp_path: Path) -> None:
    """The Markdown reference builds with `mkdocs build --strict` (no broken link or anchor)."""
    generated = _generated(generations, spec)
    result = build_site(generated.out / "docs", tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").is_file()


@spec_param
def test_mypy(
    spec: Path, generations: dict[Path, Generated], mypy_reports: dict[Path, str]
) -> None:
    _generated(generations, spec)
    assert mypy_reports[spec] == "", mypy_reports[spec]


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not IGNORED_PARTS.intersection(path.relative_to(root).parts)
        and not any(part.endswith(".egg-info") for part in path.relative_to(root).parts)
    }


@spec_param
def test_golden(spec: Path, generations: dict[Path, Generated]) -> None:
    generated = _generated(generations, spec)
    golden = GOLDEN / spec.stem
    fresh = _tree(generated.out)
    if UPDATE_GOLDEN:
        if golden.exists():
            shutil.rmtree(golden)
        _copy_tree(generated.out, golden)
        return
    assert golden.is_dir(), (
        f"no golden output in {golden.relative_to(ROOT)}: run "
        "`SDKGEN_UPDATE_GOLDEN=1 pytest tests/test_constructs.py -k golden`, review, commit"
    )
    committed = _tree(golden)
    assert sorted(fresh) == sorted(committed), "the generated files differ from the golden list"
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, f"differ from {golden.relative_to(ROOT)}: {changed}"


def _script_env(url: str, package: str) -> dict[str, str]:
    """No inherited settings: no *_BASE_URL or credential variables leak into the client."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "SDK_URL": url,
        "SDK_PACKAGE": package,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUTF8": "1",
    }


@spec_param
def test_calls(spec: Path, generations: dict[Path, Generated], installed: Installed) -> None:
    generated = _generated(generations, spec)
    case = CASES.get(spec.stem)
    assert case is not None, f"add a Case for {spec.stem!r} to tests/constructs_calls.py"
    assert spec.stem not in installed.problems, installed.problems[spec.stem]
    python = installed.python_for[spec.stem]
    with running_mock(spec, *FLAGS.get(spec.stem, ())) as mock:
        for fault in case.faults:
            mock.fault(**fault)
        result = subprocess.run(
            [str(python), "-c", case.script],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
            env=_script_env(mock.url, str(generated.package)),
            cwd=generated.out.parent,  # not the repo: only the installed package is importable
        )
        sent = mock.requests()
    assert result.returncode == 0, _failure(result, sent)
    case.check(parse_output(result.stdout), sent)


def _failure(result: subprocess.CompletedProcess[str], sent: list[dict[str, object]]) -> str:
    received = "\n".join(
        f"  {entry.get('method')} {entry.get('path')} -> {entry.get('status')}" for entry in sent
    )
    stderr = re.sub(r"\n{3,}", "\n\n", result.stderr)
    return f"the call script failed:\n{stderr}\nthe mock received:\n{received or '  nothing'}"
