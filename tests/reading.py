"""What a reader of the docs can actually see, measured in headless Chromium.

Each checked page is opened once per viewport (a 1280 px desktop, a 390 px phone) and measured
with one script (``_MEASURE``). Within the page's main content (``theme.MAIN_CONTENT``):

- text blocks (paragraphs, list items, dt/dd, table cells, headings) must lie within the window
  and must not be cut off by an ancestor that clips or scrolls (``overflow`` not ``visible``):
  a Description column scrolled out of its table is as unseen as one past the window;
- on the desktop no box scrolls sideways (a table, a code block, a div);
- every field's description is visible: a field block is ``class="field"`` holding a
  ``class="field-description"``; on pages without field blocks, every cell of a table's
  Description column;
- every ``#anchor`` link to the same page lands: once navigated to, its target is rendered and
  its top is inside the window, not under a fixed header.

A check returns its :class:`Offender` list; :func:`summary` words them for a failing test.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
from browser import Browser, Tab
from docsite import page_paths
from theme import MAIN_CONTENT


@dataclass(frozen=True)
class Viewport:
    width: int
    height: int
    mobile: bool  # phone emulation: the meta viewport applies, touch instead of a mouse


DESKTOP = Viewport(1280, 900, mobile=False)
PHONE = Viewport(390, 844, mobile=True)
VIEWPORTS = (DESKTOP, PHONE)


@dataclass(frozen=True)
class Offender:
    """One thing a reader cannot see, or a box they must scroll sideways."""

    page: str
    width: int
    tag: str  # the element, as tag#id.class
    text: str  # its first 60 characters of text
    px: int  # by how much: past the window or the clipping box, or the hidden scroll width
    why: str

    def __str__(self) -> str:
        return f"/{self.page} at {self.width} px: <{self.tag}> {self.text!r}: {self.why}"


@dataclass
class Reading:
    """One page at one viewport."""

    page: str
    viewport: Viewport
    main: str | None  # the MAIN_CONTENT selector found, None when none matched
    blocks: int  # text blocks measured
    off_screen: list[Offender] = field(default_factory=list)
    scrolling: list[Offender] = field(default_factory=list)
    descriptions: int = 0  # field descriptions measured
    hidden_descriptions: list[Offender] = field(default_factory=list)
    anchors: int = 0  # same-page anchors followed
    missed_anchors: list[Offender] = field(default_factory=list)
    screenshot: Path | None = None


# -- which pages ---------------------------------------------------------------------------------


def is_operation_page(path: str) -> bool:
    return path.startswith("operations/")


def is_models_page(path: str) -> bool:
    return path.startswith("models")


def reader_pages(site: Path, sample: int | None = None) -> list[str]:
    """Every operation page and every models page of ``site``.

    ``sample``: at most that many operation pages, spread evenly over the sorted list (first and
    last included), for sites with hundreds of operations; models pages are always all checked.
    """
    paths = page_paths(site)
    operations = [p for p in paths if is_operation_page(p)]
    if sample is not None and len(operations) > sample:
        step = (len(operations) - 1) / max(sample - 1, 1)
        operations = [operations[round(i * step)] for i in range(sample)]
    return operations + [p for p in paths if is_models_page(p)]


def screenshot_name(path: str) -> str:
    return (path.strip("/").replace("/", "-") or "index") + ".png"


# -- reading ---------------------------------------------------------------------------------------


def read_site(
    browser: Browser,
    site: Path,
    base_url: str,
    pages: Sequence[str] | None = None,
    *,
    sample: int | None = None,
    viewports: Sequence[Viewport] = VIEWPORTS,
    screenshots: Path | None = None,
) -> list[Reading]:
    """Open each page (default: :func:`reader_pages` of ``site``) once per viewport and measure
    it; with ``screenshots``, save the whole page as ``screenshots/<width>/<page>.png``."""
    if pages is None:
        pages = reader_pages(site, sample)
    readings = []
    for viewport in viewports:
        for path in pages:
            url = urljoin(base_url, path)
            with browser.open(url, viewport.width, viewport.height, viewport.mobile) as tab:
                shot = None
                if screenshots is not None:  # before measuring: following anchors scrolls
                    shot = screenshots / str(viewport.width) / screenshot_name(path)
                    tab.screenshot(shot)
                reading = read(tab, path, viewport)
                reading.screenshot = shot
                readings.append(reading)
    return readings


def read(tab: Tab, path: str, viewport: Viewport) -> Reading:
    """Measure one loaded page (one script evaluation) and interpret the measurements."""
    data = json.loads(tab.evaluate(f"({_MEASURE})({json.dumps(list(MAIN_CONTENT))})"))
    width = viewport.width

    def offenders(items: list[dict[str, Any]]) -> list[Offender]:
        return [Offender(path, width, i["tag"], i["text"], round(i["px"]), i["why"]) for i in items]

    reading = Reading(path, viewport, data["main"], data["blocks"])
    if data["main"] is None:
        missing = Offender(path, width, "body", "", 0, f"none of {MAIN_CONTENT} is on the page")
        reading.off_screen = [missing]
        return reading
    reading.off_screen = offenders(data["offScreen"])
    reading.scrolling = offenders(data["scrolling"])
    reading.descriptions = data["descriptions"]
    reading.hidden_descriptions = offenders(data["hiddenDescriptions"])
    reading.anchors = data["anchors"]
    reading.missed_anchors = offenders(data["missedAnchors"])
    return reading


# -- the checks --------------------------------------------------------------------------------


def off_screen(readings: Sequence[Reading]) -> list[Offender]:
    """Text blocks past the window or cut off by a clipping or scrolling box."""
    return [o for r in readings for o in r.off_screen]


def sideways_scrolling(
    readings: Sequence[Reading], widths: Sequence[int] = (DESKTOP.width,)
) -> list[Offender]:
    """Boxes in the main content that scroll sideways, at these window widths."""
    return [o for r in readings if r.viewport.width in widths for o in r.scrolling]


def hidden_descriptions(readings: Sequence[Reading]) -> list[Offender]:
    """Field descriptions not visible: not rendered, past the window, or clipped."""
    return [o for r in readings for o in r.hidden_descriptions]


def missed_anchors(readings: Sequence[Reading]) -> list[Offender]:
    """Same-page ``#anchor`` links whose target is missing, hidden, or not brought into view."""
    return [o for r in readings for o in r.missed_anchors]


def assert_none(offenders: Sequence[Offender], what: str) -> None:
    """Fail with a per-page summary (not a diff of hundreds of objects) when any offend."""
    if offenders:
        pytest.fail(summary(offenders, what), pytrace=False)


def summary(offenders: Sequence[Offender], what: str, examples: int = 3) -> str:
    """How many ``what`` per page and width, with a few examples of each: the worst of each
    kind of element first, then the next worst."""
    counts = Counter((o.page, o.width) for o in offenders)
    lines = [f"{len(offenders)} {what} on {len(counts)} page views (page, width):"]
    for (page, width), count in sorted(counts.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
        lines.append(f"  /{page} at {width} px: {count}")
        mine = [o for o in offenders if (o.page, o.width) == (page, width)]
        mine.sort(key=lambda o: -o.px)
        first = {o.tag.split(".")[0]: i for i, o in reversed(list(enumerate(mine)))}
        order = sorted(range(len(mine)), key=lambda i: (i not in first.values(), i))
        shown = [mine[i] for i in order[:examples]]
        lines.extend(f"      <{o.tag}> {o.text!r}: {o.why}" for o in shown)
    return "\n".join(lines)


# Returns JSON. Runs in the page once it has loaded; takes the MAIN_CONTENT selectors.
_MEASURE = r"""async (mainSelectors) => {
  const found = mainSelectors.find(s => document.querySelector(s));
  if (!found) return JSON.stringify({main: null, blocks: 0});
  const main = document.querySelector(found);
  // The window as shown: on a phone whose page overflows, innerWidth grows to the content's
  // width (the page could be zoomed out to it), while the layout viewport stays the screen's.
  const W = Math.min(window.innerWidth, document.documentElement.clientWidth);
  const H = Math.min(window.innerHeight, document.documentElement.clientHeight);
  const BLOCKS = "p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6";
  const CLIPS = new Set(["hidden", "clip", "auto", "scroll"]);
  const round = x => Math.round(x);
  const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map(c => "." + c).join("");
  const label = el => ((el.innerText || el.textContent || "").trim().split("\n")[0] || "")
    .replace(/\s+/g, " ").slice(0, 60);
  const rendered = el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  // What el paints, horizontally: its box and its own text. Text of nested blocks is theirs;
  // text in code blocks (pre) is the code block's, which may scroll on a phone.
  const range = document.createRange();
  const extent = el => {
    const box = el.getBoundingClientRect();
    let left = box.left, right = box.right;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim() || node.parentElement.closest(BLOCKS + ", pre") !== el) continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      left = Math.min(left, r.left);
      right = Math.max(right, r.right);
    }
    return {left, right};
  };
  // Why a reader cannot see all of el (null: they can): past the window, or beyond the visible
  // part of an ancestor that clips or scrolls.
  const unseen = el => {
    const {left, right} = extent(el);
    const reasons = [];
    let px = 0;
    const past = Math.max(right - W, -left);
    if (past > 1) {
      reasons.push(`${round(past)} px past the ${W} px window`);
      px = past;
    }
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (!CLIPS.has(getComputedStyle(a).overflowX)) continue;
      const box = a.getBoundingClientRect();
      const from = box.left + a.clientLeft, to = from + a.clientWidth;
      const cut = Math.max(right - to, from - left);
      if (cut > 1) {
        reasons.push(`${round(cut)} px cut off by <${name(a)}> (overflow-x: `
          + `${getComputedStyle(a).overflowX})`);
        px = Math.max(px, cut);
      }
    }
    return reasons.length ? {px, why: reasons.join("; ")} : null;
  };
  const offender = (el, problem, text) =>
    ({tag: name(el), text: text ?? label(el), px: problem.px, why: problem.why});

  const blocks = [...main.querySelectorAll(BLOCKS)].filter(rendered);
  const offScreen = [];
  for (const el of blocks) {
    const problem = unseen(el);
    if (problem) offScreen.push(offender(el, problem));
  }

  const scrolling = [];
  for (const el of [main, ...main.querySelectorAll("*")]) {
    const overflow = getComputedStyle(el).overflowX;
    const hidden = el.scrollWidth - el.clientWidth;
    if ((overflow === "auto" || overflow === "scroll") && hidden > 1)
      scrolling.push(offender(el, {px: hidden, why:
        `scrolls sideways: ${el.scrollWidth} px of content in ${el.clientWidth} px`}));
  }

  // [field label, description element or null]: field blocks, else Description columns.
  // A field the spec gives no description, values or range says so with its class.
  let descriptions = [...main.querySelectorAll(".field:not(.field-undescribed)")]
    .map(f => [label(f), f.querySelector(".field-description")]);
  if (!descriptions.length) {
    for (const table of main.querySelectorAll("table")) {
      const head = [...(table.tHead?.rows[0]?.cells ?? [])];
      const column = head.findIndex(c => c.textContent.trim().toLowerCase() === "description");
      if (column < 0) continue;
      for (const body of table.tBodies)
        for (const row of body.rows)
          descriptions.push([label(row.cells[0]), row.cells[column] ?? null]);
    }
  }
  const hiddenDescriptions = [];
  for (const [fieldLabel, el] of descriptions) {
    const text = `${fieldLabel}: ` + (el ? label(el) : "");
    if (!el) hiddenDescriptions.push({tag: "div.field", text, px: 0,
      why: "no .field-description in the .field"});
    else if (!rendered(el)) hiddenDescriptions.push(offender(el,
      {px: 0, why: "not rendered (display: none, zero size or visibility: hidden)"}, text));
    else {
      const problem = unseen(el);
      if (problem) hiddenDescriptions.push(offender(el, problem, text));
    }
  }

  // Follow every same-page #anchor link as a reader would, and look where its target landed.
  const here = location.href.split("#")[0];
  const ids = new Set();
  for (const a of document.querySelectorAll("a[href]"))
    if (a.href.split("#")[0] === here && a.hash.length > 1)
      ids.add(decodeURIComponent(a.hash.slice(1)));
  const missedAnchors = [];
  const frame = () => new Promise(done => requestAnimationFrame(() => done()));
  // Where the reader ends up, not where a smooth scroll (Bootstrap's :root rule) is under way.
  document.documentElement.style.scrollBehavior = "auto";
  const settled = async target => {
    let top = target.getBoundingClientRect().top;
    for (let i = 0; i < 120; i++) {  // about two seconds at most
      await frame();
      const now = target.getBoundingClientRect().top;
      if (Math.abs(now - top) < 0.5) break;
      top = now;
    }
    return target.getBoundingClientRect();
  };
  for (const id of ids) {
    const target = document.getElementById(id);
    const miss = (why, px = 0) => missedAnchors.push(
      {tag: target ? name(target) : "a", text: "#" + id, px, why});
    if (!target) { miss("no element with this id"); continue; }
    if (!rendered(target)) { miss("target not rendered (display: none or zero size)"); continue; }
    location.hash = "#" + encodeURIComponent(id);
    let box = target.getBoundingClientRect();
    if (box.top < -1 || box.top >= H) box = await settled(target);
    if (box.top < -1 || box.top >= H) {
      miss(`after navigating, its top is at ${round(box.top)} px, outside the ${H} px window`,
           box.top < 0 ? -box.top : box.top - H);
      continue;
    }
    // Whatever lies on top of its first line: a fixed header must not hide it.
    const x = Math.min(Math.max(box.left + 4, 0), W - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), H - 1);
    const hit = document.elementFromPoint(x, y);
    if (hit && !target.contains(hit) && !hit.contains(target))
      miss(`after navigating, it is covered by <${name(hit)}>`);
  }
  history.replaceState(history.state, "", here);
  window.scrollTo(0, 0);
  document.documentElement.style.scrollBehavior = "";

  return JSON.stringify({main: found, blocks: blocks.length, offScreen, scrolling,
    descriptions: descriptions.length, hiddenDescriptions, anchors: ids.size, missedAnchors});
}"""
