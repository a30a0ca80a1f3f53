"""`briefing fetch URL... | --urls FILE`: download web pages and feeds into the seeds folder,
the raw page kept as it came, for `briefing extract` to read.

Polite by construction: one request at a time, a pause between two requests to the same
host, a timeout, a size limit, and only http(s). Each failure is one line naming the address;
the other addresses are still fetched. Files are written atomically (a temporary file
renamed into place), so a killed fetch never leaves half a page in seeds/.
"""
from __future__ import annotations

import contextlib
import os
import re
import socket
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .formats import MAX_MARKUP_BYTES
from .names import slugify

USER_AGENT = "briefing-fetch/0.1 (one request at a time)"
TIMEOUT = 20.0          # seconds for connecting and for each read
PAUSE = 1.0             # seconds between two requests to the same host


@dataclass
class FetchReport:
    saved: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def urls_from_file(path: Path) -> list[str]:
    """One address per line; blank lines and '#' comments skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def fetch_all(urls: list[str], seeds: Path, timeout: float = TIMEOUT, pause: float = PAUSE,
              max_bytes: int = MAX_MARKUP_BYTES) -> FetchReport:
    report = FetchReport()
    last_request: dict[str, float] = {}
    for url in urls:
        host = urlsplit(url).netloc.lower()
        if urlsplit(url).scheme.lower() not in ("http", "https") or not host:
            report.errors.append(f"{url}: not an http(s) address; skipped")
            continue
        wait = last_request.get(host, -pause) + pause - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        try:
            body, content_type = _download(url, timeout, max_bytes)
            report.saved.append(_save(seeds, url, body, content_type))
        except _FetchError as problem:
            report.errors.append(f"{url}: {problem}")
        finally:
            last_request[host] = time.monotonic()
    return report


class _FetchError(Exception):
    pass


def _download(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, "
                                                   "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _FetchError(f"{int(length):,} bytes; more than the limit of {max_bytes:,}")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise _FetchError(f"more than the limit of {max_bytes:,} bytes")
            return body, response.headers.get_content_type()
    except urllib.error.HTTPError as problem:
        raise _FetchError(f"HTTP {problem.code} {problem.reason}") from None
    except urllib.error.URLError as problem:
        reason = problem.reason
        raise _FetchError("timed out" if isinstance(reason, socket.timeout) else f"cannot connect ({reason})") from None
    except (socket.timeout, TimeoutError):
        raise _FetchError(f"timed out after {timeout:g} s") from None
    except OSError as problem:
        raise _FetchError(f"download failed ({problem})") from None


def file_name(url: str, content_type: str, body: bytes) -> str:
    """'https://ledger.example/world/dam-talks?x=1' -> 'ledger-example-world-dam-talks-x-1.html'."""
    parts = urlsplit(url)
    path = re.sub(r"\.(html?|xml|rss|atom|php|aspx?)$", "", parts.path, flags=re.I)
    stem = slugify(f"{parts.netloc} {path} {parts.query}")[:100].strip("-")
    is_feed = "rss" in content_type or "atom" in content_type or (
        "xml" in content_type and re.search(rb"<(rss|feed|rdf:RDF)[\s>]", body[:2000]))
    return f"{stem}.{'xml' if is_feed else 'html'}"


def _save(seeds: Path, url: str, body: bytes, content_type: str) -> Path:
    seeds.mkdir(parents=True, exist_ok=True)
    target = seeds / file_name(url, content_type, body)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=seeds)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(body)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target
