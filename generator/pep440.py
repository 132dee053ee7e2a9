"""PEP 440 versions: parse, normalize, compare.

Our own few lines rather than ``packaging``: the generator's runtime dependencies do not include
it (it arrives only with the dev tools), and the whole grammar is one regular expression, the one
PEP 440's Appendix B gives.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["Version", "parse"]

_GRAMMAR = re.compile(
    r"""
    v?
    (?:(?P<epoch>[0-9]+)!)?
    (?P<release>[0-9]+(?:\.[0-9]+)*)
    (?:[-_.]?(?P<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?P<pre_n>[0-9]+)?)?
    (?:-(?P<post_n1>[0-9]+)|[-_.]?(?P<post_l>post|rev|r)[-_.]?(?P<post_n2>[0-9]+)?)?
    (?:[-_.]?(?P<dev_l>dev)[-_.]?(?P<dev_n>[0-9]+)?)?
    (?:\+(?P<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PRE_SPELLINGS = {"alpha": "a", "beta": "b", "c": "rc", "pre": "rc", "preview": "rc"}

# Sort keys: PEP 440 orders a missing segment before or after every present one, so each
# segment's key leads with 0 ("sorts first"), 1 (present) or 2 ("sorts last").
_LocalKey = tuple[tuple[int, int, str], ...]


@functools.total_ordering
@dataclass(frozen=True, eq=False)
class Version:
    epoch: int
    release: tuple[int, ...]
    pre: tuple[str, int] | None  # ("a" | "b" | "rc", number)
    post: int | None
    dev: int | None
    local: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = f"{self.epoch}!" if self.epoch else ""
        text += ".".join(map(str, self.release))
        if self.pre:
            text += f"{self.pre[0]}{self.pre[1]}"
        if self.post is not None:
            text += f".post{self.post}"
        if self.dev is not None:
            text += f".dev{self.dev}"
        return text + ("+" + ".".join(self.local) if self.local else "")

    @property
    def is_prerelease(self) -> bool:
        return self.pre is not None or self.dev is not None

    @property
    def public(self) -> Version:
        return Version(self.epoch, self.release, self.pre, self.post, self.dev)

    def _key(self) -> tuple[int, tuple[int, ...], tuple[int, str, int], int, int, _LocalKey]:
        release = list(self.release)
        while len(release) > 1 and release[-1] == 0:  # 1.0 == 1.0.0
            release.pop()
        if self.pre:
            pre = (1, *self.pre)
        else:  # a bare dev release (1.0.dev0) comes before 1.0a1; a final one after 1.0rc9
            pre = (0, "", 0) if self.dev is not None and self.post is None else (2, "", 0)
        post = -1 if self.post is None else self.post
        dev = 1 << 64 if self.dev is None else self.dev
        # In a local version, a word sorts before a number; 1.0 < 1.0+anything.
        local = tuple((1, int(p), "") if p.isdigit() else (0, 0, p) for p in self.local)
        return self.epoch, tuple(release), pre, post, dev, local

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other: Version) -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())


def parse(text: str) -> Version | None:
    """The PEP 440 version ``text`` spells (in any of its accepted spellings), else ``None``."""
    m = _GRAMMAR.fullmatch(text.strip())
    if m is None:
        return None
    pre = None
    if m["pre_l"]:
        label = m["pre_l"].lower()
        pre = (_PRE_SPELLINGS.get(label, label), int(m["pre_n"] or 0))
    post = None
    if m["post_n1"] or m["post_l"]:
        post = int(m["post_n1"] or m["post_n2"] or 0)
    dev = int(m["dev_n"] or 0) if m["dev_l"] else None
    local = tuple(
        str(int(p)) if p.isdigit() else p for p in re.split(r"[-_.]", (m["local"] or "").lower())
    )
    return Version(
        epoch=int(m["epoch"] or 0),
        release=tuple(int(p) for p in m["release"].split(".")),
        pre=pre,
        post=post,
        dev=dev,
        local=local if m["local"] else (),
    )
