"""`briefing fetch` against a local HTTP server: pages saved raw into seeds/, one request at a
time with a pause per host, one line per failure, the other addresses still fetched."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import briefing
from generator.fetch import fetch_all

PAGE = (b"<!DOCTYPE html><html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>"
        b"<p>The ferry company said the morning boat would run again from Monday.</p></article></body></html>")
FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Isle Radio</title><item><title>Ferry returns'
        b"</title><description>The ferry company said the boat would run again.</description></item></channel></rss>")


class _Handler(BaseHTTPRequestHandler):
    active = 0
    most_at_once = 0
    started: list[float] = []
    lock = threading.Lock()

    def do_GET(self):
        cls = type(self)
        with cls.lock:
            cls.active += 1
            cls.most_at_once = max(cls.most_at_once, cls.active)
            cls.started.append(time.monotonic())
        try:
            if self.path == "/slow":
                time.sleep(2)
            routes = {"/news/ferry.html": ("text/html; charset=utf-8", PAGE), "/feed": ("application/rss+xml", FEED),
                      "/big": ("text/html", b"x" * 3000), "/slow": ("text/html", PAGE)}
            if self.path not in routes:
                self.send_error(404, "Not Found")
                return
            kind, body = routes[self.path]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with cls.lock:
                cls.active -= 1

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.active, _Handler.most_at_once, _Handler.started = 0, 0, []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_pages_and_feeds_are_saved_raw_politely_and_failures_are_one_line_each(server, tmp_path):
    urls = [f"{server}/news/ferry.html", f"{server}/feed", f"{server}/missing", f"{server}/big",
            f"{server}/slow", "ftp://files.example/a.txt"]
    report = fetch_all(urls, tmp_path / "seeds", timeout=0.5, pause=0.2, max_bytes=2000)
    host = server.split("//")[1].replace(":", "-").replace(".", "-")
    assert sorted(p.name for p in report.saved) == [f"{host}-feed.xml", f"{host}-news-ferry.html"]
    assert (tmp_path / "seeds" / f"{host}-news-ferry.html").read_bytes() == PAGE
    assert report.errors == [f"{server}/missing: HTTP 404 Not Found",
                             f"{server}/big: 3,000 bytes; more than the limit of 2,000",
                             f"{server}/slow: timed out after 0.5 s",
                             "ftp://files.example/a.txt: not an http(s) address; skipped"]
    assert _Handler.most_at_once == 1
    gaps = [b - a for a, b in zip(_Handler.started, _Handler.started[1:])]
    assert gaps and min(gaps) >= 0.19


@pytest.mark.slow      # runs the command line, spaCy included
def test_fetch_command_reads_a_list_and_the_pages_build(server, tmp_path):
    (tmp_path / "urls.txt").write_text(f"# today's pages\n{server}/news/ferry.html\n\n{server}/missing\n")
    result = briefing("fetch", "--urls", str(tmp_path / "urls.txt"), "--seeds", str(tmp_path / "seeds"), "--pause", "0")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"error: {server}/missing: HTTP 404 Not Found"]
    assert result.stdout.strip() == f"fetched 1 of 2 into {tmp_path / 'seeds'}"
    result = briefing("extract", "--seeds", str(tmp_path / "seeds"), "--data", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert "Ferry returns" in (tmp_path / "data" / "articles.yaml").read_text()


def test_no_address_is_an_error(tmp_path: Path):
    result = briefing("fetch", "--seeds", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == "error: fetch: no addresses given (URL... or --urls FILE)"
