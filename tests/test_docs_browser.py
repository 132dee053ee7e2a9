"""The built docs site in a real browser: headless Chromium loads every page.

The site is built as users publish it (``mkdocs build --strict``) and served over loopback HTTP.
A page fails on a console error, an uncaught exception or a resource that does not load; a link
fails when its page or its ``#anchor`` is missing. The start-recording page must show every field
of the seed reference page, search must find fields, and every page has a title and a
description. A screenshot of the start-recording page is saved into the ignored build/ folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from browser import INSTALL, Browser, PageReport, chromium, find_chromium
from docsite import SEED_FIELDS, build_site, serving

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "docs"  # git-ignored; kept after the run for review
OPERATION_PAGE = "operations/start-recording/"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:  # CI installs it (.ci/run); a missing browser is a failure, not a skip
        pytest.fail(
            f"headless Chromium is needed to check the docs site: `{INSTALL}` (as root), "
            "or point SDKGEN_CHROMIUM at a Chromium or Chrome binary",
            pytrace=False,
        )
    with chromium(executable) as started:
        yield started


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = build_site(ROOT / "generated" / "docs", site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with serving(site) as url:
        yield url


@pytest.fixture(scope="module")
def pages(browser: Browser, site: Path, base_url: str) -> dict[str, PageReport]:
    return crawl(browser, site, base_url, screenshots={OPERATION_PAGE: SCREENSHOTS})


def page_paths(site: Path) -> list[str]:
    """Every HTML page of the built site, as the URL path a reader opens."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        paths.append(rel.removesuffix("index.html") if html.name == "index.html" else rel)
    return paths


def crawl(
    browser: Browser, site: Path, base_url: str, screenshots: dict[str, Path] | None = None
) -> dict[str, PageReport]:
    """Load every page; photograph those named in ``screenshots`` into the folder given."""
    reports = {}
    for path in page_paths(site):
        with browser.open(urljoin(base_url, path)) as tab:
            reports[path] = tab.report()
            if screenshots and path in screenshots:
                name = path.strip("/").replace("/", "-") or "index"
                tab.screenshot(screenshots[path] / f"{name}.png")
    return reports


def broken_links(reports: dict[str, PageReport], site: Path, base_url: str) -> list[str]:
    """``page: link (why)`` for each same-site link whose page or anchor does not exist."""
    broken = []
    for path, report in reports.items():
        for link in report.links:
            target, anchor = urldefrag(link)
            if not target.startswith(base_url):
                continue  # another site: not ours to check, and the tests stay offline
            rel = urlsplit(target).path.removeprefix(urlsplit(base_url).path)
            if rel in reports:
                if anchor and anchor not in reports[rel].ids:
                    broken.append(f"/{path}: {link} (no element with id {anchor!r})")
            elif not (site / rel).is_file():
                broken.append(f"/{path}: {link} (no such page or file)")
    return broken


def has_cell(text: str, value: str) -> bool:
    """``value`` is a whole table cell or line of the rendered text, not part of another."""
    return re.search(rf"(?:^|[\t\n]){re.escape(value)}(?:[\t\n]|$)", text) is not None


# -- the generated site ------------------------------------------------------------------------


def test_every_page_loads_without_console_errors(pages: dict[str, PageReport]) -> None:
    assert len(pages) >= 8  # index, models, five operations, 404
    problems = {path: report.problems for path, report in pages.items() if report.problems}
    assert problems == {}


def test_every_link_and_anchor_resolves(
    pages: dict[str, PageReport], site: Path, base_url: str
) -> None:
    assert sum(len(report.links) for report in pages.values()) > 100
    assert broken_links(pages, site, base_url) == []


def test_every_seed_field_is_on_the_rendered_operation_page(pages: dict[str, PageReport]) -> None:
    text = pages[OPERATION_PAGE].text
    assert [field for field in SEED_FIELDS if not has_cell(text, field)] == []


def test_every_page_has_a_title_and_a_description(pages: dict[str, PageReport]) -> None:
    for path, report in pages.items():
        assert report.title.strip(), f"{path} has no <title>"
        assert report.description.strip(), f"{path} has no <meta name=description>"
    content = {path: report for path, report in pages.items() if path != "404.html"}
    descriptions = [report.description for report in content.values()]
    assert len(set(descriptions)) == len(descriptions), "pages share a description"
    # From the spec: the operation's description, and the API's on the home page.
    assert pages[OPERATION_PAGE].description.startswith("Starts recording a meeting.")
    assert pages[OPERATION_PAGE].title.startswith("Start recording - ")
    assert pages[""].description.startswith("Fragment of the Cloudflare RealtimeKit API")


def test_no_page_scrolls_sideways(pages: dict[str, PageReport]) -> None:
    """Long code lines and wide tables scroll inside their box, not the whole page."""
    assert {path: r.overflow for path, r in pages.items() if r.overflow > 0} == {}


def test_search_finds_operations_by_field(site: Path, browser: Browser, base_url: str) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text())
    indexed = json.dumps(index["docs"])
    assert "start_recording" in indexed
    assert "meeting_id" in indexed
    with browser.open(base_url) as tab:
        assert tab.evaluate("document.getElementById('mkdocs-search-query') !== null")
        tab.evaluate("document.querySelector('[data-bs-target=\"#mkdocs_search_modal\"]').click()")
        # The index loads in a web worker; typing before it is ready finds nothing, so retry.
        found = tab.wait_for(
            """(() => {
              const box = document.getElementById('mkdocs-search-query');
              box.value = 'meeting_id';
              box.dispatchEvent(new KeyboardEvent('keyup'));
              return [...document.querySelectorAll('#mkdocs-search-results a')].map(a => a.href);
            })()"""
        )
        tab.screenshot(SCREENSHOTS / "search.png", full_page=False)
        assert tab.problems() == []
    assert any(OPERATION_PAGE in href for href in found), found


def test_a_screenshot_of_the_operation_page_is_saved(pages: dict[str, PageReport]) -> None:
    shot = SCREENSHOTS / "operations-start-recording.png"
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"), shot


# -- the checks themselves catch what they are for -----------------------------------------------

BROKEN_PAGE = """<!doctype html><html><head><title>t</title>
<meta name="description" content="d"></head><body>
<a href="missing/">gone page</a> <a href="#nowhere">gone anchor</a> <a href="#here">fine</a>
<a href="https://example.com/">elsewhere</a> <p id="here">x</p>
<img src="missing.png" alt="">
<script>console.error("logged"); throw new Error("thrown");</script>
</body></html>"""


def test_the_checks_catch_console_errors_and_broken_links(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(BROKEN_PAGE)
    with serving(tmp_path) as url:
        reports = crawl(browser, tmp_path, url)
        broken = broken_links(reports, tmp_path, url)
    problems = "\n".join(reports[""].problems)
    assert "console.error: logged" in problems
    assert "Error: thrown" in problems
    assert "missing.png" in problems  # a resource that did not load
    assert broken == [
        f"/: {url}missing/ (no such page or file)",
        f"/: {url}#nowhere (no element with id 'nowhere')",
    ]
