# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""Credentials: from arguments or the environment, turned into request headers, never shown."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .errors import MissingCredentialsError

# Each alternative is a group of credentials used together, in the spec's order of preference.
_ALTERNATIVES: tuple[tuple[str, ...], ...] = (
    ("api_token",),
    ("api_email", "api_key"),
)

_ENV: dict[str, str] = {
    "api_token": "CLOUDFLARE_API_TOKEN",
    "api_email": "CLOUDFLARE_EMAIL",
    "api_key": "CLOUDFLARE_API_KEY",
}


@dataclass(frozen=True, slots=True)
class Credentials:
    """The credentials a client sends; ``repr`` shows which are set, never their values."""

    api_token: str | None = None
    api_email: str | None = None
    api_key: str | None = None

    @classmethod
    def resolve(
        cls,
        api_token: str | None,
        api_email: str | None,
        api_key: str | None,
        environ: Mapping[str, str] | None = None,
    ) -> Credentials:
        """Arguments first; a credential not given is read from its environment variable."""
        env = os.environ if environ is None else environ
        given: dict[str, str | None] = {
            "api_token": api_token,
            "api_email": api_email,
            "api_key": api_key,
        }
        if not any(given.values()):
            given = {name: env.get(variable) or None for name, variable in _ENV.items()}
        credentials = cls(**given)
        if _ALTERNATIVES and credentials.usable() is None:
            raise MissingCredentialsError(_missing_message(given))
        return credentials

    def usable(self) -> tuple[str, ...] | None:
        """The first complete group of credentials, or None."""
        for group in _ALTERNATIVES:
            if all(getattr(self, name) for name in group):
                return group
        return None

    def headers(self, alternatives: Sequence[tuple[str, ...]]) -> dict[str, str]:
        """Headers for the first of ``alternatives`` this client has every credential for."""
        for group in alternatives:
            if all(getattr(self, name) for name in group):
                return {name: value for part in group for name, value in self._header(part)}
        return {}

    def _header(self, name: str) -> list[tuple[str, str]]:
        if name == "api_token" and self.api_token:
            return [("Authorization", "Bearer " + self.api_token)]
        if name == "api_email" and self.api_email:
            return [("X-Auth-Email", self.api_email)]
        if name == "api_key" and self.api_key:
            return [("X-Auth-Key", self.api_key)]
        return []

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={'***' if getattr(self, name) else None}" for name in _ENV)
        return f"Credentials({shown})"


def _missing_message(given: Mapping[str, str | None]) -> str:
    options = " or ".join(
        " + ".join(f"{name}= ({_ENV[name]})" for name in group) for group in _ALTERNATIVES
    )
    partial = [name for name, value in given.items() if value]
    lacking = ""
    if partial:
        lacking = f" Got only {', '.join(partial)}."
    return f"No credentials: pass {options}.{lacking}"
