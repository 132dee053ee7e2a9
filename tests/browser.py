"""Headless Chromium driven over the DevTools protocol, with nothing but the standard library.

Chromium's ``--remote-debugging-pipe`` speaks the protocol as NUL-terminated JSON on file
descriptors 3 (commands in) and 4 (replies and events out), the transport Puppeteer and
Playwright use; no websocket client or browser-automation package is needed.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

INSTALL = "apt-get update && apt-get install -y chromium"
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT = 30.0


def find_chromium() -> str | None:
    """``SDKGEN_CHROMIUM``, else the first Chromium or Chrome on PATH."""
    return os.environ.get("SDKGEN_CHROMIUM") or next(
        (path for path in map(shutil.which, CANDIDATES) if path), None
    )


class BrowserError(Exception):
    """The browser died, timed out, or answered a command with an error."""


@dataclass
class PageReport:
    """What one page showed once loaded."""

    url: str
    title: str
    description: str
    text: str  # document.body.innerText: what a reader sees
    ids: set[str]
    links: list[str]  # every <a href>, resolved to an absolute URL
    overflow: int  # CSS pixels the page is wider than the window (0: no sideways scrolling)
    problems: list[str] = field(default_factory=list)  # console errors, exceptions, failed loads


# Read once the load event has fired: the rendered DOM, not the HTML file.
_REPORT = """JSON.stringify({
  title: document.title,
  description: document.querySelector('meta[name="description"]')?.content ?? "",
  text: document.body.innerText,
  ids: [...document.querySelectorAll("[id]")].map(e => e.id),
  links: [...document.querySelectorAll("a[href]")].map(a => a.href),
  overflow: document.documentElement.scrollWidth - window.innerWidth,
})"""


class Browser:
    """One headless Chromium; :meth:`open` gives a fresh tab per page."""

    def __init__(self, executable: str, profile: Path) -> None:
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()
        # The child must see them as fds 3 and 4; above 9 they cannot collide with those.
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (commands_read, replies_write)]
        for fd in (commands_read, replies_write):
            os.close(fd)
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 (open while the browser runs)
        args = [
            "--headless",
            "--remote-debugging-pipe",
            "--no-sandbox",  # CI runs as root, where the sandbox cannot start
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--mute-audio",
            f"--user-data-dir={profile}",
            "about:blank",
        ]
        # bash moves the pipe ends to 3 and 4 (dash cannot name fds above 9; no preexec_fn:
        # the test also runs threads).
        script = f'exec "$0" "$@" 3<&{high[0]} 4>&{high[1]} {high[0]}<&- {high[1]}>&-'
        self._process = subprocess.Popen(
            ["bash", "-c", script, executable, *args],
            stdin=subprocess.DEVNULL,
            stdout=self._stderr,
            stderr=self._stderr,
            pass_fds=high,
        )
        for fd in high:
            os.close(fd)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

    def close(self) -> None:
        with suppress(BrowserError):  # already gone: nothing to close
            self.call("Browser.close")
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()  # this browser only, by its own handle
            self._process.wait()
        for fd in (self._commands, self._replies):
            os.close(fd)
        self._stderr.close()

    # -- the protocol ---------------------------------------------------------------------------

    def call(self, method: str, params: dict[str, Any] | None = None, session: str = "") -> Any:
        """Send one command and wait for its reply; events that arrive meanwhile are kept."""
        self._next_id += 1
        number = self._next_id  # events handled while waiting may send commands of their own
        message: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        try:
            os.write(self._commands, json.dumps(message).encode() + b"\0")
        except OSError as exc:
            raise BrowserError(f"{method}: the browser is gone ({exc}){self._log()}") from None
        reply = self._receive(lambda m: m.get("id") == number, method)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def wait_event(
        self, method: str, session: str, timeout: float = TIMEOUT, **params: Any
    ) -> dict[str, Any]:
        """The first event ``method`` of ``session`` whose params include ``params``."""

        def wanted(message: dict[str, Any]) -> bool:
            return (
                message.get("method") == method
                and message.get("sessionId") == session
                and all(message.get("params", {}).get(k) == v for k, v in params.items())
            )

        for i, event in enumerate(self._events):
            if wanted(event):
                return self._events.pop(i)
        return self._receive(wanted, method, timeout)

    def _receive(
        self, wanted: Callable[[dict[str, Any]], bool], what: str, timeout: float = TIMEOUT
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message  # type: ignore[no-any-return]
                if "method" in message:
                    self._on_event(message)
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"no answer to {what} within {timeout:.0f} s{self._log()}")
            ready, _, _ = select.select([self._replies], [], [], left)
            if ready:
                chunk = os.read(self._replies, 1 << 20)
                if not chunk:
                    raise BrowserError(f"the browser exited during {what}{self._log()}")
                self._buffer += chunk

    def _on_event(self, event: dict[str, Any]) -> None:
        if event["method"] == "Target.attachedToTarget":
            # A worker (the search index runs in one): watch it too, then let it start.
            session = event["params"]["sessionId"]
            for method in ("Runtime.enable", "Log.enable", "Runtime.runIfWaitingForDebugger"):
                self._send_nowait(method, session)
        self._events.append(event)

    def _send_nowait(self, method: str, session: str) -> None:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": {}, "sessionId": session}
        os.write(self._commands, json.dumps(message).encode() + b"\0")

    def _log(self) -> str:
        self._stderr.seek(0)
        tail = self._stderr.read()[-2000:].decode(errors="replace")
        return f"\nchromium's output:\n{tail}" if tail else ""

    # -- pages ----------------------------------------------------------------------------------

    @contextmanager
    def open(
        self, url: str, width: int = 1280, height: int = 900, mobile: bool = False
    ) -> Iterator[Tab]:
        """A fresh tab showing ``url`` once loaded; ``mobile`` emulates a phone (meta viewport,
        touch) at that width."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        tab = Tab(self, session, url)
        try:
            for method in ("Page.enable", "Runtime.enable", "Log.enable"):
                self.call(method, session=session)
            self.call(
                "Target.setAutoAttach",
                {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": True},
                session,
            )
            self.call(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
                session,
            )
            if mobile:
                self.call(
                    "Emulation.setTouchEmulationEnabled",
                    {"enabled": True, "maxTouchPoints": 5},
                    session,
                )
            self.call("Page.setLifecycleEventsEnabled", {"enabled": True}, session)
            navigation = self.call("Page.navigate", {"url": url}, session)
            if navigation.get("errorText"):
                raise BrowserError(f"{url}: {navigation['errorText']}")
            # Loaded, and then no request for 500 ms: late scripts (the search index) have run.
            self.wait_event(
                "Page.lifecycleEvent", session, name="networkIdle", loaderId=navigation["loaderId"]
            )
            yield tab
        finally:
            self.call("Target.closeTarget", {"targetId": target})

    def problems(self, sessions: set[str]) -> list[str]:
        """Console errors, uncaught exceptions and failed loads reported by these sessions."""
        found = []
        for event in self._events:
            if event.get("sessionId") not in sessions:
                continue
            params = event.get("params", {})
            if event["method"] == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                text = details.get("exception", {}).get("description") or details.get("text")
                found.append(f"uncaught: {text} ({details.get('url', '')})")
            elif event["method"] == "Runtime.consoleAPICalled" and params["type"] in (
                "error",
                "assert",
            ):
                args = " ".join(
                    str(a.get("value", a.get("description", ""))) for a in params["args"]
                )
                found.append(f"console.{params['type']}: {args}")
            elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
                entry = params["entry"]
                found.append(f"{entry['source']}: {entry['text']} ({entry.get('url', '')})")
        return found

    def sessions_of(self, session: str) -> set[str]:
        """The page's session and those of the workers it started."""
        children = {
            e["params"]["sessionId"]
            for e in self._events
            if e["method"] == "Target.attachedToTarget" and e.get("sessionId") == session
        }
        return {session} | children


class Tab:
    """A loaded page: read it, run a script in it, photograph it."""

    def __init__(self, browser: Browser, session: str, url: str) -> None:
        self._browser, self._session, self.url = browser, session, url

    def evaluate(self, expression: str) -> Any:
        result = self._browser.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            self._session,
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r} raised {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 10.0) -> Any:
        """Poll ``expression`` until it is truthy (e.g. search results have appeared)."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value or time.monotonic() > deadline:
                return value
            time.sleep(0.1)

    def report(self) -> PageReport:
        data = json.loads(self.evaluate(_REPORT))
        return PageReport(
            url=self.url,
            title=data["title"],
            description=data["description"],
            text=data["text"],
            ids=set(data["ids"]),
            links=data["links"],
            overflow=data["overflow"],
            problems=self.problems(),
        )

    def problems(self) -> list[str]:
        return self._browser.problems(self._browser.sessions_of(self._session))

    def screenshot(self, path: Path, full_page: bool = True) -> None:
        """The page as PNG: all of it, or what the window shows."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            metrics = self._browser.call("Page.getLayoutMetrics", session=self._session)
            size = metrics["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"]}
            params["clip"]["scale"] = 1
            params["captureBeyondViewport"] = True
        shot = self._browser.call("Page.captureScreenshot", params, self._session)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))


@contextmanager
def chromium(executable: str) -> Iterator[Browser]:
    with tempfile.TemporaryDirectory(prefix="sdkgen-chromium-") as profile:
        browser = Browser(executable, Path(profile))
        try:
            browser.call("Browser.getVersion")  # started and speaking the protocol
            yield browser
        finally:
            browser.close()
