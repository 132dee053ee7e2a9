# Generated from tests/specs/multifile/multifile.yaml by sdkgen 0.1.0. Do not edit.
"""Credentials: from arguments or the environment, turned into request headers, never shown."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .errors import InvalidCredentialsError, MissingCredentialsError

# Each alternative is a group of credentials used together, in the spec's order of preference.
_ALTERNATIVES: tuple[tuple[str, ...], ...] = ()

_ENV: dict[str, str] = {}

# Header names (lower case) and query parameters the credentials fill: a client's
# default_headers and default_query may not set them (pass the credential instead).
CREDENTIAL_HEADERS: frozenset[str] = frozenset()
CREDENTIAL_QUERY: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Credentials:
    """The credentials a client sends; ``repr`` shows which are set, never their values."""

    # Credentials passed as arguments; a group made only of these is preferred.
    explicit: frozenset[str] = field(default=frozenset(), repr=False)
    # The header pairs of each ``alternatives`` asked for: every call of an operation asks alike.
    _header_cache: dict[tuple[tuple[str, ...], ...], tuple[tuple[str, str], ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def resolve(
        cls,
        environ: Mapping[str, str] | None = None,
    ) -> Credentials:
        """Each credential from its argument or, when not passed, its environment variable.

        Surrounding whitespace (a newline from a file) is removed; a value that still cannot
        be sent in an HTTP header is refused without repeating it. An empty argument (``""``)
        is refused, not replaced by the environment: it is most often a setting that was
        never filled in, and the environment may hold another account's credential.
        """
        env = os.environ if environ is None else environ
        given: dict[str, str | None] = {}
        for name, value in given.items():
            if value is not None and not value.strip():
                raise InvalidCredentialsError(
                    f"{name} is empty: pass the credential, or leave {name} out (or None) to "
                    f"read {_ENV[name]} from the environment"
                )
        values = {
            name: _clean(name, value if value is not None else env.get(_ENV[name]))
            for name, value in given.items()
        }
        explicit = frozenset(name for name, value in given.items() if value)
        credentials = cls(**values, explicit=explicit)
        if _ALTERNATIVES and credentials.usable() is None:
            raise MissingCredentialsError(_missing_message(values))
        return credentials

    def usable(self) -> tuple[str, ...] | None:
        """The preferred complete group of credentials, or None."""
        for group in self._preferred(_ALTERNATIVES):
            if all(getattr(self, name) for name in group):
                return group
        return None

    def headers(self, alternatives: tuple[tuple[str, ...], ...]) -> dict[str, str]:
        """Headers for the preferred of ``alternatives`` this client has every credential for."""
        pairs = self._header_cache.get(alternatives)
        if pairs is None:
            pairs = self._header_cache[alternatives] = self._header_pairs(alternatives)
        return dict(pairs)

    def _header_pairs(self, alternatives: Sequence[tuple[str, ...]]) -> tuple[tuple[str, str], ...]:
        for group in self._preferred(alternatives):
            if all(getattr(self, name) for name in group):
                return tuple(pair for part in group for pair in self._header(part))
        return ()

    def _preferred(self, groups: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """Groups passed wholly as arguments first, so arguments beat the environment."""
        return sorted(groups, key=lambda group: not set(group) <= self.explicit)

    def _header(self, name: str) -> list[tuple[str, str]]:
        return []

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={'***' if getattr(self, name) else None}" for name in _ENV)
        return f"Credentials({shown})"


def _clean(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if any(not " " < char <= "~" for char in value):
        raise InvalidCredentialsError(
            f"{name} (or {_ENV[name]}) contains a character that cannot be sent in an HTTP "
            "header (a control or non-ASCII character): check it for stray quotes or bytes"
        )
    return value or None


def _missing_message(given: Mapping[str, str | None]) -> str:
    options = " or ".join(
        " + ".join(f"{name}= ({_ENV[name]})" for name in group) for group in _ALTERNATIVES
    )
    partial = [name for name, value in given.items() if value]
    lacking = ""
    if partial:
        lacking = f" Got only {', '.join(partial)}."
    return f"No credentials: pass {options}.{lacking}"
