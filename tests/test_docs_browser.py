"""The built docs site in a real browser: headless Chromium loads every page.

The site is built as users publish it (``mkdocs build --strict``) and served over loopback HTTP.
A page fails on a console error, an uncaught exception or a resource that does not load; a link
fails when its page or its ``#anchor`` is missing. The start-recording page must show every field
of the seed reference page, search must find fields, and every page has a title and a
description.

What a reader sees (reading.py), on every operation and models page at 1280 px and on a 390 px
phone: no text past the window or cut off by a scrolling box, no box scrolling sideways on the
desktop, every field's description visible, every same-page anchor landing in view. Full-page
screenshots of those pages at both widths are saved into the ignored build/docs/<width>/ folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from browser import Browser, PageReport
from docsite import SEED_FIELDS, build_site, page_paths, serving
from reading import (
    DESKTOP,
    VIEWPORTS,
    Offender,
    Reading,
    assert_none,
    hidden_descriptions,
    is_models_page,
    is_operation_page,
    missed_anchors,
    off_screen,
    read_site,
    screenshot_name,
    sideways_scrolling,
    summary,
)
from theme import search

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "docs"  # git-ignored; kept after the run for review
OPERATION_PAGE = "operations/start-recording/"


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
    return crawl(browser, site, base_url)


@pytest.fixture(scope="module")
def readings(browser: Browser, site: Path, base_url: str) -> list[Reading]:
    """Every operation and models page, at each width; photographed into build/docs/<width>/."""
    return read_site(browser, site, base_url, screenshots=SCREENSHOTS)


def crawl(browser: Browser, site: Path, base_url: str) -> dict[str, PageReport]:
    """Load every page."""
    reports = {}
    for path in page_paths(site):
        with browser.open(urljoin(base_url, path)) as tab:
            reports[path] = tab.report()
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
        found = search(tab, "meeting_id")
        tab.screenshot(SCREENSHOTS / "search.png", full_page=False)
        assert tab.problems() == []
    assert any(OPERATION_PAGE in href for href in found), found


# -- what a reader sees ------------------------------------------------------------------------


def test_every_operation_and_models_page_is_read_and_photographed_at_each_width(
    readings: list[Reading], site: Path
) -> None:
    expected = [p for p in page_paths(site) if is_operation_page(p) or is_models_page(p)]
    assert len(expected) >= 6  # five operations, the models
    assert {(r.page, r.viewport) for r in readings} == {(p, v) for p in expected for v in VIEWPORTS}
    for reading in readings:
        where = f"/{reading.page} at {reading.viewport.width} px"
        assert reading.main is not None, f"{where}: no main content (theme.MAIN_CONTENT)"
        assert reading.blocks > 10, where
        assert reading.screenshot == (
            SCREENSHOTS / str(reading.viewport.width) / screenshot_name(reading.page)
        )
        assert reading.screenshot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"), where
    start = [r for r in readings if r.page == OPERATION_PAGE]
    assert all(r.descriptions >= len(SEED_FIELDS) and r.anchors > 0 for r in start), start


def test_no_text_is_past_the_window_or_cut_off_by_a_scrolling_box(readings: list[Reading]) -> None:
    assert_none(off_screen(readings), "text blocks past the window or cut off by a scrolling box")


def test_no_box_scrolls_sideways_on_the_desktop(readings: list[Reading]) -> None:
    assert_none(sideways_scrolling(readings, widths=(DESKTOP.width,)), "boxes scrolling sideways")


def test_every_field_description_is_visible(readings: list[Reading]) -> None:
    assert_none(hidden_descriptions(readings), "field descriptions a reader cannot see")


def test_every_same_page_anchor_lands_in_view(readings: list[Reading]) -> None:
    assert_none(missed_anchors(readings), "same-page anchors not brought into view")


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


# An operation page with field blocks, and a models page with a Description column only.
UNREADABLE_OPERATION = """<!doctype html><html><head><title>t</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { margin: 0; padding: 0 8px; }
  header { position: fixed; top: 0; left: 0; right: 0; height: 80px; background: #eee; }
  table { display: block; overflow-x: auto; }
  pre { overflow-x: auto; }
</style></head><body>
<header>A fixed header</header>
<div role="main" style="padding-top: 90px">
  <h1 id="top" style="scroll-margin-top: 90px">Unreadable</h1>
  <p>Seen by everyone.</p>
  <table><thead><tr><th>Name</th><th>Notes</th></tr></thead>
    <tbody><tr><td style="min-width: 1500px">wide cell</td><td>Seen by nobody</td></tr></tbody>
  </table>
  <p style="position: relative; left: 1400px">Pushed off-screen</p>
  <pre>LONG_LINE</pre>
  <div class="field"><code>hidden_field</code>
    <div class="field-description" style="display: none">Hidden description</div></div>
  <div class="field"><code>shown_field</code>
    <div class="field-description">Shown description</div></div>
  <div class="field"><code>bare_field</code></div>
  <p><a href="#top">top</a> <a href="#gone">gone</a> <a href="#folded">folded</a>
    <a href="#under">under</a></p>
  <div id="folded" style="display: none">folded away</div>
  <div style="height: 3000px"></div>
  <h2 id="under">Under the header</h2>
  <div style="height: 3000px"></div>
</div></body></html>""".replace("LONG_LINE", "client.call(" + "argument, " * 30 + ")")

UNREADABLE_MODELS = """<!doctype html><html><head><title>t</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>table { display: block; overflow-x: auto; }</style></head><body>
<div role="main"><h1>Models</h1>
  <table><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>
    <tr><td>short</td><td>str</td><td>In the same column</td></tr>
    <tr><td>wide</td><td style="min-width: 1500px">str</td><td>Scrolled away</td></tr>
  </tbody></table>
</div></body></html>"""


def test_the_reading_checks_catch_what_a_reader_cannot_see(
    browser: Browser, tmp_path: Path
) -> None:
    (tmp_path / "operations" / "unreadable").mkdir(parents=True)
    (tmp_path / "operations" / "unreadable" / "index.html").write_text(UNREADABLE_OPERATION)
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "index.html").write_text(UNREADABLE_MODELS)
    (tmp_path / "index.html").write_text("<!doctype html><title>not checked</title>")
    with serving(tmp_path) as url:
        readings = read_site(browser, tmp_path, url, screenshots=tmp_path / "shots")
    page, models = "operations/unreadable/", "models/"
    assert {(r.page, r.viewport.width) for r in readings} == {
        (p, v.width) for p in (page, models) for v in VIEWPORTS
    }
    assert (tmp_path / "shots" / "390" / "operations-unreadable.png").is_file()

    def found(offenders: list[Offender], width: int) -> set[tuple[str, str, str]]:
        return {(o.page, o.tag.split(".")[0], o.text) for o in offenders if o.width == width}

    for width in (v.width for v in VIEWPORTS):
        unseen = found(off_screen(readings), width)
        assert (page, "td", "Seen by nobody") in unseen  # cut off by its scrolling table
        assert (page, "p", "Pushed off-screen") in unseen  # past the window
        assert (models, "td", "Scrolled away") in unseen
        assert not {text for _, _, text in unseen} & {"Seen by everyone.", "Unreadable"}
        assert found(hidden_descriptions(readings), width) == {
            (page, "div", "hidden_field: Hidden description"),  # display: none
            (page, "div", "bare_field: "),  # no .field-description at all
            (models, "td", "short: In the same column"),  # Description column, scrolled away
            (models, "td", "wide: Scrolled away"),
        }
        assert found(missed_anchors(readings), width) == {
            (page, "a", "#gone"),  # no such id
            (page, "div#folded", "#folded"),  # display: none
            (page, "h2#under", "#under"),  # lands under the fixed header
        }
    scrolling = found(sideways_scrolling(readings), DESKTOP.width)
    assert {(p, tag) for p, tag, _ in scrolling} == {
        (page, "table"),
        (page, "pre"),
        (models, "table"),
    }
    assert sideways_scrolling(readings, widths=()) == []
    # The summary names the page, the width and how far.
    text = summary(off_screen(readings), "unseen")
    assert f"/{page} at 1280 px:" in text
    assert "px past the 1280 px window" in text
    assert "cut off by <table>" in text
