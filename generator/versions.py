"""``info.version`` → the package's PEP 440 version, for every common style of API version.

Distinct API versions of one style get distinct package versions, in the same order: dates
(``2024-06-01`` → ``2024.6.1``), SemVer with pre-releases (``3.2.0-beta.1`` → ``3.2.0b1``),
``v2``. Whatever has no exact PEP 440 form still gets a valid version, and ``lost`` says what
was dropped (the build warns, rule ``version-lossy``).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from . import pep440

__all__ = ["Mapped", "package_version"]


@dataclass(frozen=True)
class Mapped:
    version: str  # normalized PEP 440
    lost: str = ""  # what the mapping dropped, in words; "" when nothing was


_DATE = re.compile(
    r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})"
    r"|(?P<cy>(?:19|20)[0-9]{2})(?P<cm>[0-9]{2})(?P<cd>[0-9]{2})"  # 20240601; not any 8 digits
)
_RELEASE = re.compile(r"[vV]?([0-9]+(?:\.[0-9]+)*)")
_SEMVER = re.compile(r"[vV]?([0-9]+\.[0-9]+\.[0-9]+)-([0-9A-Za-z.-]+)")
_LOOSE = re.compile(r"[vV]?([0-9]+(?:\.[0-9]+)*)-([0-9A-Za-z.-]+)")  # 1.0-SNAPSHOT
# One SemVer pre-release: a label and a number, either optional (beta, rc.1, RC2, SNAPSHOT, 3).
_PRE = re.compile(
    r"(?:(?P<label>alpha|a|beta|b|rc|c|preview|pre|dev|snapshot)[.-]?)?(?P<n>[0-9]+)?",
    re.IGNORECASE,
)
_PRE_FORMS = {
    **dict.fromkeys(("alpha", "a"), "a"),
    **dict.fromkeys(("beta", "b"), "b"),
    **dict.fromkeys(("rc", "c", "preview", "pre"), "rc"),
    **dict.fromkeys(("dev", "snapshot"), ".dev"),
}


def package_version(api_version: str) -> Mapped:
    """The package version of ``api_version`` and what, if anything, it could not keep."""
    text, _, build = api_version.strip().partition("+")
    # SemVer's build metadata would be a PEP 440 local version, which PyPI refuses; SemVer
    # leaves it out of precedence anyway, so dropping it keeps the order.
    lost = [f"build metadata '+{build}' is dropped (PyPI refuses local versions)"] if build else []
    # SemVer's X.Y.Z-pre before PEP 440, which reads 1.0.0-1 as a post-release; the looser
    # 1.0-SNAPSHOT after it, which reads 1.0-1 so.
    mapped = _date(text) or _semver(text, _SEMVER) or _pep440(text) or _semver(text, _LOOSE)
    if mapped is None:
        mapped = _other(text)
    lost += [mapped.lost] if mapped.lost else []
    return Mapped(mapped.version, "; ".join(lost))


def _date(text: str) -> Mapped | None:
    m = _DATE.match(text)
    if m is None:
        return None
    y, mo, d = (int(g) for g in m.groups() if g)
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return None
    version = f"{y}.{mo}.{d}"
    rest = text[m.end() :]
    if not rest:
        return Mapped(version)
    if rest[:1] == "-" and (pre := _prerelease(rest[1:])):  # 2024-06-01-preview
        return Mapped(version + pre)
    if rest[:1].isdigit():  # 202406015: not a date
        return None
    return Mapped(version, f"{rest!r} is dropped")


def _semver(text: str, form: re.Pattern[str]) -> Mapped | None:
    m = form.fullmatch(text)
    if m is None:
        return None
    release, pre = m.groups()
    mapped = _prerelease(pre)
    if mapped:
        return Mapped(str(pep440.parse(release + mapped)))
    if pep440.parse(text) or form is _LOOSE:  # 1.0.0-post1 is PEP 440's; 2024-Q3 is not SemVer
        return None
    # X.Y.Z-anything is a SemVer pre-release: a .dev release keeps it before X.Y.Z.
    return Mapped(f"{pep440.parse(release)}.dev0", f"the pre-release {pre!r} becomes .dev0")


def _prerelease(text: str) -> str:
    """The PEP 440 suffix of a SemVer pre-release it can spell exactly, else ""."""
    m = _PRE.fullmatch(text)
    if m is None or not (m["label"] or m["n"]):
        return ""
    form = _PRE_FORMS[(m["label"] or "dev").lower()]  # a bare number: 1.0.0-1 < 1.0.0-alpha
    return f"{form}{int(m['n'] or 0)}"


def _pep440(text: str) -> Mapped | None:
    version = pep440.parse(text)
    return None if version is None else Mapped(str(version))


def _other(text: str) -> Mapped:
    """Its leading release numbers (``2024-Q3`` → ``2024``), else ``0.0.0``."""
    m = _RELEASE.match(text)
    if m is None:
        return Mapped("0.0.0", f"{text!r} is not a version" if text else "it is empty")
    return Mapped(str(pep440.parse(m.group(1))), f"{text[m.end() :]!r} is dropped")
