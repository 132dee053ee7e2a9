"""The package's own metadata (pyproject.toml, README) from what the spec says about the API.

Only what the spec gives: ``info.license`` (an SPDX ``identifier`` in 3.1, else its ``name`` and
``url``), ``info.contact`` (the author, and a URL), ``externalDocs.url``, and the docs site's URL
from ``info.x-sdk.docs-url``. A value packaging cannot carry is left out with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

from ..findings.build import INVALID_SETTING, PACKAGE_METADATA
from ..ir import PackageMeta
from ..load import JsonPath
from .context import Context

# What a URL may hold and still be a Markdown link (README) as it stands.
_URL_CHARS = re.compile(r"[^\s<>\"'\\]+")
# A LicenseRef's idstring (SPDX): letters, digits, "." and "-".
_NOT_IDSTRING = re.compile(r"[^A-Za-z0-9.]+")
# What core metadata's Author-email can hold: one address, no display-name syntax in it.
_EMAIL = re.compile(r"[^@\s<>,\"]+@[^@\s<>,\"]+\.[^@\s<>,\"]+")
# Characters that would need quoting in an Author-email header's display name.
_NAME_SPECIALS = re.compile(r"[\r\n<>,\"@]")


def package_meta(ctx: Context, sdk: Mapping[str, Any]) -> PackageMeta:
    info = ctx.doc.get("info") or {}
    license, license_name, license_url = _license(ctx, info.get("license"))
    contact = info.get("contact")
    contact = contact if isinstance(contact, Mapping) else {}
    urls: list[tuple[str, str]] = []
    docs_url = _docs_url(ctx, sdk)
    for label, value, where in (
        ("Documentation", docs_url, ()),
        ("API documentation", _get(ctx.doc.get("externalDocs"), "url"), ("externalDocs", "url")),
        ("Contact", _get(contact, "url"), ("info", "contact", "url")),
        ("License", license_url, ("info", "license", "url")),
    ):
        if value and (where == () or _absolute(ctx, value, where)):
            urls.append((label, value))
    return PackageMeta(
        license=license,
        license_name=license_name,
        license_url=license_url if ("License", license_url) in urls else "",
        authors=_authors(ctx, contact),
        urls=tuple(urls),
        docs_url=docs_url,
    )


def _get(mapping: object, key: str) -> str:
    value = mapping.get(key) if isinstance(mapping, Mapping) else None
    return value.strip() if isinstance(value, str) else ""


def _absolute(ctx: Context, url: str, where: JsonPath) -> bool:
    if _is_url(url):
        return True
    ctx.warn(where, f"{url!r} is not an absolute http(s) URL: no project URL", PACKAGE_METADATA)
    return False


def _license(ctx: Context, license: object) -> tuple[str, str, str]:
    """(SPDX expression, name, URL). A name that is no SPDX expression becomes a
    ``LicenseRef-`` (PEP 639's form for a licence outside the SPDX list)."""
    identifier, name, url = (_get(license, key) for key in ("identifier", "name", "url"))
    if identifier:
        try:
            return canonicalize_license_expression(identifier), name, url
        except InvalidLicenseExpression:
            ctx.warn(
                ("info", "license", "identifier"),
                f"{identifier!r} is not an SPDX license expression: no license in the metadata",
                PACKAGE_METADATA,
            )
            return "", name, url
    if not name:
        return "", "", url
    try:
        return canonicalize_license_expression(name), name, url
    except InvalidLicenseExpression:
        idstring = _NOT_IDSTRING.sub("-", name).strip("-.")
        return (f"LicenseRef-{idstring}" if idstring else ""), name, url


def _authors(ctx: Context, contact: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    name, email = _get(contact, "name"), _get(contact, "email")
    if name and _NAME_SPECIALS.search(name):
        ctx.warn(
            ("info", "contact", "name"),
            f"{name!r} cannot be an author's name in package metadata (<, >, comma, quote or @)",
            PACKAGE_METADATA,
        )
        name = ""
    if email and not _EMAIL.fullmatch(email):
        ctx.warn(
            ("info", "contact", "email"),
            f"{email!r} is not an email address: no author email",
            PACKAGE_METADATA,
        )
        email = ""
    return ((name, email),) if name or email else ()


def _docs_url(ctx: Context, sdk: Mapping[str, Any]) -> str:
    """info.x-sdk.docs-url: where the generated docs are published (mkdocs' site_url)."""
    value = sdk.get("docs-url")
    if value is None:
        return ""
    if isinstance(value, str) and _is_url(value):
        return value
    ctx.fail(
        ("info", "x-sdk", "docs-url"),
        f"docs-url must be an absolute http(s) URL, not {value!r}",
        INVALID_SETTING,
    )
    return ""


def _is_url(url: str) -> bool:
    parts = urlsplit(url)
    return (
        parts.scheme in ("http", "https") and bool(parts.netloc) and bool(_URL_CHARS.fullmatch(url))
    )
