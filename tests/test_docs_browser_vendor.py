"""The docs of a large published spec, OpenAI's (288 operations, 3,000 classes), in a browser:
what a reader sees on a sample of its pages, as tests/test_docs_browser.py checks our own site.

The site is generated once per session (the ``vendor_generations`` fixture), built with
``mkdocs build --strict`` and served on loopback. Pages checked, at 1280 and 390 px: twelve
operation pages spread over the navigation, the operation page with the most fields, and the
largest and smallest page of classes. Screenshots go to build/docs/openai/<width>/.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Browser
from docsite import build_site, page_paths, serving
from reading import (
    DESKTOP,
    Reading,
    assert_none,
    hidden_descriptions,
    is_models_page,
    missed_anchors,
    off_screen,
    read_site,
    reader_pages,
    sideways_scrolling,
)
from theme import search
from vendors import OPENAI, Generated

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "docs" / "openai"
SAMPLE = 12


@pytest.fixture(scope="module")
def site(
    vendor_generations: dict[Path, Generated], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    generated = vendor_generations[OPENAI]
    assert generated.returncode == 0, generated.output[-3000:]
    site = tmp_path_factory.mktemp("openai-site")
    result = build_site(generated.docs, site)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with serving(site) as url:
        yield url


def chosen_pages(site: Path) -> list[str]:
    """A spread of operation pages, the one with the most fields, and the largest and
    smallest page of classes (the worst cases for width and for weight)."""
    sampled = [p for p in reader_pages(site, SAMPLE) if not is_models_page(p)]
    html = {p: html_of(site, p) for p in page_paths(site) if p.endswith("/")}
    fields = max(
        (p for p in html if p.startswith("operations/")),
        key=lambda p: html[p].count('class="field"'),
    )
    models = sorted((p for p in html if is_models_page(p)), key=lambda p: len(html[p]))
    return list(dict.fromkeys([*sampled, fields, models[-1], models[0]]))


def html_of(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def readings(browser: Browser, site: Path, base_url: str) -> list[Reading]:
    return read_site(browser, site, base_url, chosen_pages(site), screenshots=SCREENSHOTS)


def test_the_site_has_a_page_per_operation_and_sections_of_classes(site: Path) -> None:
    paths = page_paths(site)
    assert sum(p.startswith("operations/") for p in paths) == 288
    models = [p for p in paths if is_models_page(p)]
    assert len(models) > 20  # by section: no single page of 3,000 classes
    biggest = max(len(html_of(site, p)) for p in models)
    assert biggest < 1_000_000, biggest


def test_sampled_pages_were_read_at_each_width(readings: list[Reading]) -> None:
    assert len({r.page for r in readings}) >= SAMPLE + 2
    assert [r.page for r in readings if r.main is None or r.blocks < 5] == []
    assert sum(r.descriptions for r in readings) > 200


def test_no_text_is_past_the_window_or_cut_off(readings: list[Reading]) -> None:
    assert_none(off_screen(readings), "text blocks past the window or cut off by a scrolling box")


def test_no_box_scrolls_sideways_on_the_desktop(readings: list[Reading]) -> None:
    assert_none(sideways_scrolling(readings, widths=(DESKTOP.width,)), "boxes scrolling sideways")


def test_every_field_description_is_visible(readings: list[Reading]) -> None:
    assert_none(hidden_descriptions(readings), "field descriptions a reader cannot see")


def test_every_same_page_anchor_lands_in_view(readings: list[Reading]) -> None:
    assert_none(missed_anchors(readings), "same-page anchors not brought into view")


@pytest.mark.parametrize("query", ["top_logprobs", "create_chat_completion"])
def test_search_finds_an_operation_by_its_name_or_a_field_name(
    query: str, site: Path, browser: Browser, base_url: str
) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert query in json.dumps(index["docs"])
    with browser.open(base_url) as tab:
        found = search(tab, query, timeout=30.0)  # a 4 MB index loads in a web worker
        assert tab.problems() == []
    assert any("operations/create-chat-completion/" in href for href in found), found
