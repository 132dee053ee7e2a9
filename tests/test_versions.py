"""info.version → the package's PEP 440 version: a table per style; distinct versions of a style
never collide and keep their order (hypothesis); the version-lossy warning; x-sdk's override.

``packaging`` (installed with pytest, not a dependency of the generator) is the oracle for what
PEP 440 means; generator/pep440.py must agree with it.
"""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from packaging.version import Version as Oracle

from generator import pep440
from generator.cli import load_and_build, main
from generator.versions import package_version

Capsys = pytest.CaptureFixture[str]

# (info.version, package version, whether the warning says something is lost)
CASES = [
    # dates: calendar order is version order
    ("2024-06-01", "2024.6.1", False),
    ("2024-09-15", "2024.9.15", False),
    ("20240601", "2024.6.1", False),
    ("2024-06-01-preview", "2024.6.1rc0", False),  # Azure's previews
    ("2024-09-30.acacia", "2024.9.30", True),  # Stripe's release names
    ("2024-06-01T10:00:00Z", "2024.6.1", True),
    ("2024-13-01", "2024", True),  # not a date
    # SemVer: pre-releases come before their release, as in SemVer
    ("3.2.0", "3.2.0", False),
    ("3.2.0-alpha.2", "3.2.0a2", False),
    ("3.2.0-beta.1", "3.2.0b1", False),
    ("3.2.0-beta", "3.2.0b0", False),
    ("3.2.0-rc.1", "3.2.0rc1", False),
    ("3.2.0-RC2", "3.2.0rc2", False),
    ("3.2.0-preview.3", "3.2.0rc3", False),
    ("1.0.0-1", "1.0.0.dev1", False),  # a numeric pre-release precedes alpha
    ("1.0.27-SNAPSHOT", "1.0.27.dev0", False),
    ("1.0-SNAPSHOT", "1.0.dev0", False),
    ("1.0.0-feature-x", "1.0.0.dev0", True),
    ("1.2.3+build.5", "1.2.3", True),  # PyPI refuses local versions
    ("1.2.3-rc.1+exp.sha.5114f85", "1.2.3rc1", True),
    # v-prefixed
    ("v2", "2", False),
    ("V2.1", "2.1", False),
    ("v1.2.3-beta.1", "1.2.3b1", False),
    ("v1beta1", "1b1", False),  # Kubernetes
    # PEP 440 already: normalized
    ("4.0.0rc1", "4.0.0rc1", False),
    ("1!2.0", "1!2.0", False),
    ("1.0.post1", "1.0.post1", False),
    ("1.0.0-post1", "1.0.0.post1", False),
    ("2.0.0.DEV3", "2.0.0.dev3", False),
    ("1.0-1", "1.0.post1", False),  # not SemVer (two parts): PEP 440's post-release
    ("  1.1.0 ", "1.1.0", False),
    # the rest
    ("beta", "0.0.0", True),
    ("latest", "0.0.0", True),
    ("2024-Q3", "2024", True),
    ("", "0.0.0", True),
]


@pytest.mark.parametrize(("api", "package", "lossy"), CASES)
def test_each_style_maps_to_a_normalized_pep440_version(
    api: str, package: str, lossy: bool
) -> None:
    mapped = package_version(api)
    assert (mapped.version, bool(mapped.lost)) == (package, lossy)
    assert str(Oracle(package)) == package


def test_the_lossy_mappings_say_what_they_drop() -> None:
    assert package_version("2024-Q3").lost == "'-Q3' is dropped"
    assert package_version("latest").lost == "'latest' is not a version"
    assert package_version("1.0.0-feature-x").lost == "the pre-release 'feature-x' becomes .dev0"
    assert package_version("1.2.3-rc.1+b.5").lost == (
        "build metadata '+b.5' is dropped (PyPI refuses local versions)"
    )


# -- distinct versions of a style stay distinct and in order ---------------------------------
def _semver_precedence(version: str) -> tuple[object, ...]:
    """SemVer 2.0.0 §11, for the pre-releases drawn below."""
    release, _, pre = version.partition("-")
    ids = tuple((0, int(i), "") if i.isdigit() else (1, 0, i) for i in pre.split(".") if pre)
    return (tuple(int(p) for p in release.split(".")), not pre, ids)


_NUMBER = st.integers(0, 40)
_SMALL = st.integers(0, 2)  # so two drawn versions often share a release and differ after it
_DATES = st.dates(datetime.date(1900, 1, 1), datetime.date(2999, 12, 31))
_PRE = st.one_of(
    st.just(""),
    _SMALL.map(lambda n: f"-{n}"),
    st.tuples(st.sampled_from(["alpha", "beta", "rc"]), _SMALL).map(
        lambda p: f"-{p[0]}" + (f".{p[1]}" if p[1] else "")  # -beta is -beta.0
    ),
)
_SEMVER = st.builds(lambda x, y, z, pre: f"{x}.{y}.{z}{pre}", _SMALL, _SMALL, _SMALL, _PRE)
_V = st.builds(
    lambda v, major, minor: f"{v}{major}" + (f".{minor}" if minor else ""),  # v2 is v2.0
    st.sampled_from("vV"),
    _NUMBER,
    _SMALL,
)


def _key_of_v(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version[1:].split("."))


STYLES = {
    "dashed date": (_DATES.map(lambda d: d.isoformat()), datetime.date.fromisoformat),
    "compact date": (
        _DATES.filter(lambda d: d.year < 2100).map(lambda d: d.strftime("%Y%m%d")),
        lambda s: datetime.datetime.strptime(s, "%Y%m%d").date(),
    ),
    "semver": (_SEMVER, _semver_precedence),
    "v-prefixed": (_V, _key_of_v),
}


@pytest.mark.parametrize("style", list(STYLES))
def test_distinct_versions_of_a_style_map_to_distinct_ordered_versions(style: str) -> None:
    versions, order = STYLES[style]

    @given(st.lists(versions, min_size=2, max_size=8, unique_by=order))
    def check(api_versions: list[str]) -> None:
        api_versions.sort(key=order)
        mapped = [package_version(v) for v in api_versions]
        assert not [m.lost for m in mapped if m.lost]
        for m in mapped:
            assert str(Oracle(m.version)) == m.version  # valid and normalized
        oracle = [Oracle(m.version) for m in mapped]
        assert all(a < b for a, b in itertools.pairwise(oracle)), api_versions
        ours = [pep440.parse(m.version) for m in mapped]
        assert all(a and b and a < b for a, b in itertools.pairwise(ours)), api_versions

    check()


# -- generator/pep440.py agrees with packaging ----------------------------------------------
_SEP = st.sampled_from(["", ".", "-", "_"])
_PEP440_TEXT = st.builds(
    lambda v, epoch, release, pre, post, dev, local: (
        v + epoch + ".".join(map(str, release)) + pre + post + dev + local
    ),
    st.sampled_from(["", "v", "V"]),
    st.sampled_from(["", "1!", "0!", "2!"]),
    st.lists(st.integers(0, 12), min_size=1, max_size=4),
    st.one_of(
        st.just(""),
        st.builds(
            lambda s1, label, s2, n: f"{s1}{label}{s2}{n}",
            _SEP,
            st.sampled_from(["a", "b", "rc", "alpha", "beta", "c", "pre", "preview", "RC"]),
            _SEP,
            st.sampled_from(["", "0", "1", "02", "10"]),
        ),
    ),
    st.one_of(
        st.just(""),
        st.builds(lambda n: f"-{n}", st.integers(0, 9)),
        st.builds(
            lambda s, label, n: f"{s}{label}{n}",
            st.sampled_from([".", "-", ""]),
            st.sampled_from(["post", "rev", "r"]),
            st.sampled_from(["", "0", "1", "3"]),
        ),
    ),
    st.one_of(st.just(""), st.sampled_from([".dev", ".dev0", "dev1", "-dev2", ".DEV10"])),
    st.one_of(st.just(""), st.sampled_from(["+local", "+ubuntu.1", "+1.2", "+abc-7_x", "+02"])),
)


@given(_PEP440_TEXT, _PEP440_TEXT)
def test_pep440_normalizes_and_orders_as_packaging_does(one: str, two: str) -> None:
    a, b = pep440.parse(one), pep440.parse(two)
    assert a is not None and b is not None
    assert (str(a), str(b)) == (str(Oracle(one)), str(Oracle(two)))
    assert (a < b, a == b, a > b) == (
        Oracle(one) < Oracle(two),
        Oracle(one) == Oracle(two),
        Oracle(one) > Oracle(two),
    )


@pytest.mark.parametrize("text", ["", "1.", "1..0", "one", "1.0+", "1.0-beta.1.2", "1!", "2024-Q3"])
def test_pep440_refuses_what_is_not_a_version(text: str) -> None:
    assert pep440.parse(text) is None


# -- the warning and the override -----------------------------------------------------------
def _spec(tmp_path: Path, info: str) -> Path:
    path = Path("openapi.yaml")  # in tmp_path (_in_tmp), and printed as given
    path.write_text(f"openapi: 3.1.0\ninfo:\n  title: Demo\n{info}paths: {{}}\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder: our own pyproject.toml (strict = true) is not read."""
    monkeypatch.chdir(tmp_path)


def test_a_lossy_version_is_warned_at_info_version(tmp_path: Path, capsys: Capsys) -> None:
    path = _spec(tmp_path, "  version: 2024-Q3\n")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"{path}:4:3: warning[version-lossy]: info.version '2024-Q3' has no exact PEP 440 form: "
        "the package version is 2024 ('-Q3' is dropped)",
        "1 warning (`--strict` makes warnings errors).",
    ]


def test_an_exact_mapping_is_silent(tmp_path: Path, capsys: Capsys) -> None:
    path = _spec(tmp_path, "  version: 2024-06-01\n")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().err == ""
    assert load_and_build(path)[1].package_version == "2024.6.1"


@pytest.mark.parametrize(
    ("setting", "package"),
    [
        ("'1.4.0'", "1.4.0"),
        ("1.4.0-beta.2", "1.4.0b2"),
        ("3", "3"),
        ("'1!2.0.post1'", "1!2.0.post1"),
    ],
)
def test_x_sdk_package_version_wins_and_silences_the_warning(
    tmp_path: Path, capsys: Capsys, setting: str, package: str
) -> None:
    path = _spec(tmp_path, f"  version: latest\n  x-sdk: {{package-version: {setting}}}\n")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().err == ""
    _, api = load_and_build(path)
    assert (api.version, api.package_version) == ("latest", package)


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ("next", "'next'"),
        ("1.10", "1.1 (a YAML number: quote it)"),
        ("true", "True"),
        ("'2024-06-01'", "'2024-06-01'"),  # info.version maps dates; the override is taken as is
    ],
)
def test_x_sdk_package_version_must_be_pep440(
    tmp_path: Path, capsys: Capsys, setting: str, said: str
) -> None:
    path = _spec(tmp_path, f"  version: '1'\n  x-sdk:\n    package-version: {setting}\n")
    assert main(["validate", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{path}:6:5: error[invalid-x-sdk]: package-version must be a PEP 440 version, not {said}",
        "1 error; nothing was generated.",
    ]
