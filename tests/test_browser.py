"""The built site in a real browser (Debian's Chromium, driven by Playwright)."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (./dev setup installs it)")]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def serve(site: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def seed_site(built):
    server, url = serve(built / "site")
    yield url
    server.shutdown()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


def test_home_and_actor_pages_render_without_console_errors(page, seed_site, tmp_path):
    page.goto(f"{seed_site}/")
    assert "The briefing at a glance" in page.inner_text("h1")
    page.screenshot(path=str(tmp_path / "home.png"), full_page=True)      # outside the checkout
    page.goto(f"{seed_site}/actors/abdul-rashid-dostum/")
    assert page.inner_text("h1") == "Abdul Rashid Dostum"
    page.screenshot(path=str(tmp_path / "actor.png"), full_page=True)
    assert page.errors == []


def test_source_link_leads_to_the_highlighted_sentence(page, seed_site):
    page.goto(f"{seed_site}/actors/donald-rumsfeld/")
    page.get_by_role("link", name="source", exact=True).first.click()   # not the "Sources" tab
    page.wait_for_url("**/articles/**#s-*")
    anchor = page.url.split("#", 1)[1]
    sentence = page.locator(f"#{anchor}")
    assert "will not accept any negotiated surrender" in sentence.inner_text()
    background = sentence.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.errors == []


def search(page, query: str):
    """Type a query into the search box as a reader would; the result titles."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(query, delay=30)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    return page.locator(".md-search-result__item h2")


@pytest.mark.parametrize("query, expected", [("America", "United States"), ("Dostum", "Abdul Rashid Dostum"),
                                             ("Rumsfeld", "Donald Rumsfeld")])
def test_search_finds_the_actor_page_first_by_any_of_its_names(page, seed_site, query, expected):
    page.goto(f"{seed_site}/")
    titles = search(page, query)
    page.wait_for_function("expected => document.querySelector('.md-search-result__item h2')?.textContent === expected",
                           arg=expected, timeout=10_000)
    assert titles.first.inner_text() == expected
    titles.first.click()
    page.wait_for_url(f"**/actors/*/")
    assert page.inner_text("h1") == expected
    assert page.errors == []


def test_search_finds_positions_by_their_words(page, seed_site):
    page.goto(f"{seed_site}/")
    titles = search(page, "negotiated surrender")
    page.wait_for_function("() => [...document.querySelectorAll('.md-search-result__item h2')]"
                           ".some(h => h.textContent === 'Donald Rumsfeld')", timeout=10_000)
    assert "Donald Rumsfeld" in titles.all_inner_texts()


def test_search_results_show_article_text_as_text(page, hostile_site):
    server, url = serve(hostile_site)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(f"{url}/")
        search(page, "Morrow")
        page.wait_for_function("() => document.querySelectorAll('.md-search-result__item').length == 2", timeout=10_000)
        results = page.locator(".md-search-result__list")
        assert "Minister says <script>alert('x')</script> is fine" in results.inner_text()     # a headline
        assert "Jane Morrow said the <img" in results.inner_text()                          # an excerpt
        assert results.locator("img, iframe, script").count() == 0
    finally:
        server.shutdown()
    assert dialogs == []


def test_no_serious_accessibility_violations(page, seed_site):
    from axe_playwright_python.sync_playwright import Axe
    axe = Axe()
    for path in ("/", "/actors/abdul-rashid-dostum/"):
        page.goto(f"{seed_site}{path}")
        results = axe.run(page)
        serious = [(v["id"], v["help"]) for v in results.response["violations"]
                   if v.get("impact") in ("serious", "critical")]
        assert serious == [], f"{path}: {serious}"


def test_hostile_article_runs_no_script_on_any_page(page, hostile_site):
    server, url = serve(hostile_site)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for html in sorted(hostile_site.rglob("*.html")):
            rel = html.relative_to(hostile_site).as_posix()
            page.goto(f"{url}/{rel}")
            page.wait_for_load_state("load")
            for link in page.locator(".md-content a").all()[:40]:
                href = link.get_attribute("href") or ""
                assert not href.lower().startswith(("javascript:", "data:")), f"{rel}: {href}"
    finally:
        server.shutdown()
    assert dialogs == []
