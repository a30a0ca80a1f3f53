"""`mkdocs serve` picks up a new article dropped into seeds/, and does not rebuild in a loop."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import PROJECT

pytestmark = pytest.mark.slow     # starts mkdocs serve


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_new_article_appears_while_serving_without_a_rebuild_loop(tmp_path):
    project = tmp_path / "project"
    for folder in ("hooks", "overrides", "seeds"):
        shutil.copytree(PROJECT / folder, project / folder)
    shutil.copy(PROJECT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "docs").mkdir()
    port = free_port()
    log = open(tmp_path / "serve.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, stdout=log, stderr=subprocess.STDOUT,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        base = f"http://127.0.0.1:{port}"
        assert wait_for(lambda: "Abdul Rashid Dostum" in fetch(f"{base}/actors/"), 120), (tmp_path / "serve.log").read_text()
        (project / "seeds" / "new.txt").write_text(
            "Harbour strike\n\nMarta Kowalczyk, a spokeswoman for the Harbour Authority, said the strike had ended.")
        assert wait_for(lambda: "Marta Kowalczyk" in fetch(f"{base}/actors/"), 60), (tmp_path / "serve.log").read_text()
        def builds() -> int:
            return (tmp_path / "serve.log").read_text().count("Building documentation")

        # the pages the hook wrote cause one more build, which finds nothing to change: then quiet
        history = []
        for _ in range(15):
            history.append(builds())
            if len(history) >= 5 and history[-1] == history[-5]:
                break
            time.sleep(2)
        assert history[-1] == history[-5], f"still rebuilding: {history}"
        assert history[-1] <= 4
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
