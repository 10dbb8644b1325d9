"""A real browser reads the site: headless Chromium (Debian's, driven by playwright) opens
the built site served on loopback. The home page renders, the navigation reaches every
reference page, a search for "archive" finds the method, the console shows no error, and
no request leaves loopback. Screenshots of the home page and a reference page are kept
in build/screenshots/ (not committed)."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Page, Request, Route, sync_playwright

from ..conftest import ROOT
from .site import built_site

SCREENSHOTS = ROOT / "build" / "screenshots"
# The entry a reader looks for: the archive method of client.conversations.
ARCHIVE = "attention_sdk.resources.conversations.Conversations.archive"
REFERENCE_PAGES = sorted(p.stem for p in (ROOT / "docs" / "reference").glob("*.md"))
# Chromium as a test browser: no first-run work, and none of its own traffic to Google's
# services (this machine reaches none; each try would be a refused connection).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# Clicks the link of the primary menu that leads to a URL; false when there is none.
CLICK_MENU_LINK = """url => {
    const links = document.querySelectorAll("nav.md-nav--primary a.md-nav__link");
    const link = [...links].find(a => a.href === url);
    if (link) link.click();
    return Boolean(link);
}"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """The built site, served on a free loopback port."""
    handler = functools.partial(_Quiet, directory=str(built_site()))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{server.server_address[1]}/"
        server.shutdown()


class Watched:
    """What a page did that it should not: console errors, uncaught exceptions, and
    requests to anywhere but loopback (each refused before it is sent)."""

    def __init__(self, page: Page) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.route("**/*", self._route)

    def check(self) -> None:
        assert self.errors == []
        assert self.outside == []

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def _route(self, route: Route, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob") or parts.hostname == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(request.url)
            route.abort()


@pytest.fixture(scope="module")
def browser_page(served: str) -> Iterator[tuple[Page, Watched]]:
    executable = os.environ.get("ATTENTION_CHROMIUM") or shutil.which("chromium")
    assert executable, "no chromium: run scripts/ensure-chromium (make test does)"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        watched = Watched(page)
        yield page, watched
        browser.close()


def test_the_home_page_renders(browser_page: tuple[Page, Watched], served: str) -> None:
    page, watched = browser_page
    response = page.goto(served)
    assert response is not None
    assert response.ok
    assert page.locator("article h1").first.inner_text().rstrip("¶") == "attention-sdk"
    assert page.locator("nav.md-nav--primary").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "home.png"), full_page=True)
    assert (SCREENSHOTS / "home.png").stat().st_size > 10_000
    watched.check()


def test_the_navigation_reaches_every_reference_page(
    browser_page: tuple[Page, Watched], served: str
) -> None:
    page, watched = browser_page
    page.goto(served)
    hrefs = page.eval_on_selector_all(
        "nav.md-nav--primary a.md-nav__link[href]", "links => links.map(a => a.href)"
    )
    reached = {urlsplit(href).path.rsplit("/", 1)[-1] for href in hrefs if "/reference/" in href}
    assert reached == {f"{name}.html" for name in REFERENCE_PAGES}
    for name in REFERENCE_PAGES:
        # Follow the menu as a reader does, from page to page: click, see the title.
        target = f"{served}reference/{name}.html"
        assert page.evaluate(CLICK_MENU_LINK, target), f"no menu link to {target} on {page.url}"
        page.wait_for_url(target, wait_until="domcontentloaded")
        assert page.locator("article h1").first.inner_text()
        if name == "conversations":
            assert page.locator(f'[id="{ARCHIVE}"]').count() == 1
            page.screenshot(path=str(SCREENSHOTS / "reference-conversations.png"))
    watched.check()


def test_a_search_for_archive_finds_the_method(
    browser_page: tuple[Page, Watched], served: str
) -> None:
    page, watched = browser_page
    page.goto(served)
    search = page.locator("input.md-search__input")
    search.click()
    search.fill("archive")
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15_000)
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    found = {(urlsplit(href).path, urlsplit(href).fragment) for href in hrefs}
    assert ("/reference/conversations.html", ARCHIVE) in found, hrefs
    watched.check()
