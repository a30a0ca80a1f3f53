"""Publishing under a sub-path: the seed briefing built with `--site-url
https://example.org/team/briefing/`, served by a static HTTP server from a parent folder so
that the site lives at /team/briefing/ (and missing URLs get the site's 404.html, as static
hosts do), then crawled and opened in headless Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import PROJECT, briefing
from test_browser import CHROMIUM, browser, page  # noqa: F401  (fixtures)

SUB_PATH = "/team/briefing/"
SITE_URL = "https://example.org" + SUB_PATH
pytestmark = pytest.mark.slow


def in_chromium(test):
    """A test that opens the site in Debian's Chromium."""
    return pytest.mark.browser(pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                                  reason="Debian's chromium is not installed")(test))


class _StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves files like a static host: a missing URL gets the site's 404.html with status 404."""
    not_found_page: Path

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = self.not_found_page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The site folder, built for SITE_URL into <www>/team/briefing/."""
    out = tmp_path_factory.mktemp("publish")
    site = out / "www" / SUB_PATH.strip("/")
    result = briefing("build", "--seeds", str(PROJECT / "seeds"), "--data", str(out / "data"),
                      "--docs", str(out / "docs"), "--site", str(site), "--site-url", SITE_URL)
    assert result.returncode == 0, result.stderr
    assert "no --site-url" not in result.stderr
    return site


@pytest.fixture(scope="module")
def host(published) -> str:
    """The address of the site on a local static server: http://127.0.0.1:PORT/team/briefing/."""
    handler = type("Host", (_StaticHost,), {"not_found_page": published / "404.html"})
    www = published.parent.parent
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(www)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def test_canonical_links_and_sitemap_name_the_site_url(published):
    actor = (published / "actors" / "abdul-rashid-dostum" / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SITE_URL}actors/abdul-rashid-dostum/">' in actor
    tree = ET.parse(published / "sitemap.xml")
    locs = [e.text for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    pages = sorted(p.relative_to(published).parent.as_posix() for p in published.rglob("index.html"))
    assert sorted(locs) == sorted(SITE_URL + ("" if p == "." else p + "/") for p in pages)


def test_every_link_of_every_page_stays_under_the_sub_path_and_works(published, host):
    origin = host[:-len(SUB_PATH)]
    checked: dict[str, int] = {}
    for html in sorted(published.rglob("*.html")):
        rel = html.relative_to(published).as_posix()
        page_url = urllib.parse.urljoin(host, rel.removesuffix("index.html"))
        text = html.read_text(encoding="utf-8")
        for link in re.findall(r'(?:href|src)="([^"]*)"', text):
            if link.startswith(SITE_URL):       # the canonical link names the published address
                continue
            url = urllib.parse.urljoin(page_url if rel != "404.html" else origin + "/no/such/page", link)
            url = url.split("#", 1)[0]
            assert url.startswith(host), f"{rel}: {link} leaves {SUB_PATH}"
            if url not in checked:
                checked[url] = fetch(url)[0]
            assert checked[url] == 200, f"{rel}: {link} -> {checked[url]}"
    assert len(checked) > 30


def test_a_missing_page_gets_the_404_page(host):
    status, body = fetch(host + "no/such/page/")
    assert status == 404 and "404 - Not found" in body


def _visit(page, url: str) -> tuple[int, list[tuple[str, int]]]:
    """Open a URL; the main response's status and (url, status) of everything it loaded."""
    loaded: list = []
    page.on("response", lambda r: loaded.append((r.url, r.status)))
    main = page.goto(url)
    page.wait_for_load_state("networkidle")
    return main.status, loaded


@pytest.mark.parametrize("path, status, heading", [
    ("", 200, "The briefing at a glance"),
    ("actors/abdul-rashid-dostum/", 200, "Abdul Rashid Dostum"),
    ("figures/", 200, "Figures"),
    ("no/such/page/", 404, "404 - Not found"),
])
@in_chromium
def test_pages_load_every_asset_from_under_the_sub_path(page, host, path, status, heading):
    main_status, loaded = _visit(page, host + path)
    assert main_status == status
    assert page.locator("h1").first.inner_text() == heading
    assets = [(url, code) for url, code in loaded if url.endswith((".css", ".js", ".png", ".svg", ".json"))]
    assert any(url.endswith(".css") for url, _ in assets) and any(url.endswith(".js") for url, _ in assets)
    assert [(url, code) for url, code in assets if code != 200] == []
    assert [url for url, _ in loaded if not url.startswith(host)] == []
    header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert header not in ("rgba(0, 0, 0, 0)", "transparent")      # the theme's stylesheet applies
    # the one error of the 404 page is the missing page itself
    expected_errors = ["Failed to load resource: the server responded with a status of 404 (Not Found)"] \
        if status == 404 else []
    assert page.errors == expected_errors


@in_chromium
def test_search_works_under_the_sub_path(page, host):
    _, loaded = _visit(page, host)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("Dostum", delay=30)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    assert "Abdul Rashid Dostum" in " ".join(results.all_inner_texts())
    results.first.locator("a").first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith(host + "actors/abdul-rashid-dostum/")
    assert (host + "pagefind/pagefind.js", 200) in loaded      # the search (Pagefind), from the sub-path


def test_a_site_url_that_is_no_address_stops_the_build(tmp_path):
    result = briefing("build", "--site-url", "example.org/team", "--data", str(tmp_path / "data"))
    assert result.returncode == 2
    assert result.stderr.strip() == ("error: --site-url example.org/team: must be a full address such as "
                                     "https://example.org/team/briefing/")


@in_chromium
def test_opened_from_a_folder_the_print_page_shows_the_whole_briefing(page, published):
    """What the README promises for file:// (no server): styled pages, the print page, downloads."""
    page.goto((published / "print" / "index.html").as_uri())
    assert page.locator("h1").first.inner_text() == "The whole briefing"
    assert page.locator("h3", has_text="Abdul Rashid Dostum").count() == 1
    header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert header not in ("rgba(0, 0, 0, 0)", "transparent")
    with page.expect_download() as download:
        page.locator("a.download", has_text="figures.csv").click()
    assert Path(download.value.path()).read_bytes() == (published / "exports" / "figures.csv").read_bytes()


def test_the_site_url_comes_from_the_option_or_from_mkdocs_yml(tmp_path):
    from generator.config import Config
    from generator.pipeline import mkdocs_config_for, site_url_of
    base = tmp_path / "mkdocs.yml"
    base.write_text("site_name: B\nsite_url: 'https://example.org/b/'  # published here\n")
    assert site_url_of(Config(mkdocs_yml=base)) == "https://example.org/b/"
    assert site_url_of(Config(mkdocs_yml=base, site_url=SITE_URL)) == SITE_URL
    base.write_text("site_name: B\n")
    assert site_url_of(Config(mkdocs_yml=base)) is None
    derived = mkdocs_config_for(Config(mkdocs_yml=base, docs=tmp_path / "docs", site=tmp_path / "site",
                                       site_url=SITE_URL))
    assert "site_url: " + SITE_URL in derived.read_text()


def test_github_pages_deploy_from_a_fresh_checkout(tmp_path):
    """README "GitHub Pages": site_url in mkdocs.yml, then `mkdocs gh-deploy` in a checkout
    without data/ or docs/ pages pushes the whole briefing, built for the sub-path, to gh-pages."""
    project, remote = tmp_path / "project", tmp_path / "remote.git"
    for folder in ("hooks", "overrides", "seeds"):
        shutil.copytree(PROJECT / folder, project / folder)
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text("site_url: https://user.github.io/briefing-repo/\n" + config, encoding="utf-8")
    (project / "docs").mkdir()
    (project / "docs" / ".gitkeep").touch()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}

    def run(*command: str, cwd: Path = project) -> str:
        result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    run("git", "init", "-q", "--bare", str(remote), cwd=tmp_path)
    run("git", "init", "-q")
    run("git", "add", "-A")
    run("git", "commit", "-qm", "briefing")
    run("git", "remote", "add", "origin", str(remote))
    run(sys.executable, "-m", "mkdocs", "gh-deploy")

    deployed = set(run("git", "--git-dir", str(remote), "ls-tree", "-r", "--name-only", "gh-pages").split())
    assert {"404.html", "index.html", "actors/abdul-rashid-dostum/index.html", "sitemap.xml",
            "exports/actors.csv", "exports/positions.csv", "exports/figures.csv"} <= deployed
    not_found = run("git", "--git-dir", str(remote), "show", "gh-pages:404.html")
    assets = re.findall(r'(?:href|src)="([^"]*/assets/[^"]*)"', not_found)
    assert assets and all(a.startswith("/briefing-repo/assets/") for a in assets), assets
    sitemap = run("git", "--git-dir", str(remote), "show", "gh-pages:sitemap.xml")
    assert "<loc>https://user.github.io/briefing-repo/actors/abdul-rashid-dostum/</loc>" in sitemap
