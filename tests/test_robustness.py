"""Broken, huge and hostile input through the whole command: clear lines, nothing lost."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT

pytestmark = pytest.mark.slow     # runs the command line on article folders

GOOD = {
    "good one.txt": "Port strike ends\n\nPrime Minister Anna Berg said the port strike was over. About 200 ships left.",
    "good.two.v2.txt": "Talks\n\nTom Reed, a spokesman for the Harbour Authority, said the talks had failed.",
}
BAD = {
    "empty.txt": (b"", "empty file"),
    "spaces.txt": (b"   \n\n\t  ", "only white space"),
    "photo.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 8, "JPEG image"),
    "report.txt": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>", "PDF document"),
}


def run(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=PROJECT, capture_output=True,
                          text=True, timeout=timeout)


def make_folder(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in GOOD.items():
        (seeds / name).write_text(text)
    for name, (data, _) in BAD.items():
        (seeds / name).write_bytes(data)
    (seeds / "latin1.txt").write_bytes("Caf\xe9 owners said the new tax was unfair.".encode("latin-1"))
    (seeds / "no actors.txt").write_text("it rained all day and the river rose slowly over the fields.")
    (seeds / "unbalanced.txt").write_text('Jane Morrow said "the deal is off and that is final.\nLater she left.')
    (seeds / "one long line.txt").write_text("and the crowd kept walking " * 8_000)
    (seeds / "copy of good.txt").write_text(GOOD["good one.txt"])
    return seeds


def test_bad_files_get_one_line_each_and_good_results_are_complete(tmp_path):
    seeds = make_folder(tmp_path)
    result = run("extract", "--seeds", str(seeds), "--data", str(tmp_path / "data"))
    assert result.returncode == 1                          # some articles failed
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    for name, (_, problem) in BAD.items():
        assert sum(name in line and problem in line for line in errors) == 1, (name, errors)
    assert len(errors) == len(BAD)
    warnings = result.stderr
    assert "latin1.txt: not UTF-8" in warnings and "good one.txt: same text as" in warnings
    articles = {a["id"]: a for a in yaml.safe_load((tmp_path / "data" / "articles.yaml").read_text())}
    assert {"copy of good", "good.two.v2", "latin1", "no actors", "unbalanced", "one long line"} == set(articles)
    assert articles["copy of good"]["duplicates"][0].endswith("good one.txt")
    actors = yaml.safe_load((tmp_path / "data" / "actors.yaml").read_text())
    assert {"Anna Berg", "Tom Reed", "Harbour Authority"} <= {a["name"] for a in actors}
    positions = yaml.safe_load((tmp_path / "data" / "positions.yaml").read_text())
    assert any(p["article"] == "unbalanced" and "the deal is off" in p["text"] for p in positions)


def test_a_ten_megabyte_article_is_truncated_with_a_warning(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paragraph = "The council said the new bridge would open next year, and residents welcomed it. "
    (seeds / "huge.txt").write_text((paragraph * 12 + "\n\n") * 10_500)
    assert (seeds / "huge.txt").stat().st_size > 10_000_000
    result = run("extract", "--seeds", str(seeds), "--data", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert "huge.txt: 1,764,000 words" in result.stderr and "only the first 20,000 are analysed" in result.stderr


def render_with_actors(tmp_path: Path, actors_yaml: str) -> tuple[Path, subprocess.CompletedProcess]:
    """`briefing render` of a data folder whose actors.yaml is the given text."""
    data = tmp_path / "data"
    data.mkdir()
    for name in ("articles", "positions", "figures"):
        (data / f"{name}.yaml").write_text("[]\n")
    (data / "actors.yaml").write_text(actors_yaml)
    return data, run("render", "--data", str(data), "--docs", str(tmp_path / "docs"))


def test_broken_data_yaml_is_an_error_with_file_and_line(tmp_path):
    data, result = render_with_actors(tmp_path, "- id: a\n  name: A\n  type: person\n- id: b\n  name: [broken\n")
    assert result.returncode == 2
    assert result.stderr.strip().startswith(f"error: {data / 'actors.yaml'}:")
    assert "invalid YAML" in result.stderr and "Traceback" not in result.stderr


def test_ids_from_data_can_never_write_outside_the_docs_folder(tmp_path):
    _, result = render_with_actors(tmp_path, "- id: ../../escape\n  name: A\n  type: person\n")
    assert result.returncode == 2 and "invalid or repeated id" in result.stderr
    assert not (tmp_path / "escape.md").exists()


def test_a_killed_run_leaves_the_previous_data_and_site_whole(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(GOOD["good one.txt"])

    def folders(name: str) -> list[str]:
        return ["--seeds", str(seeds), "--data", str(tmp_path / name / "data"),
                "--docs", str(tmp_path / name / "docs"), "--site", str(tmp_path / name / "site")]

    def snapshot(name: str) -> dict[str, str]:
        return {p.name: p.read_text() for p in (tmp_path / name / "data").glob("*.yaml") if p.name != "meta.yaml"}

    assert run("build", *folders("run")).returncode == 0
    before, site_before = snapshot("run"), (tmp_path / "run" / "site" / "index.html").read_text()
    (seeds / "b.txt").write_text(GOOD["good.two.v2.txt"])
    assert run("build", *folders("reference")).returncode == 0      # what a complete second run writes
    after = snapshot("reference")
    assert after != before
    for delay in (0.3, 1.0, 2.0, 3.0, 4.0):
        proc = subprocess.Popen([sys.executable, "-m", "generator", "build", *folders("run")], cwd=PROJECT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for name, text in snapshot("run").items():
            assert text in (before[name], after[name]), f"{name} is neither the old nor the new version"
        html = (tmp_path / "run" / "site" / "index.html").read_text()
        assert html == site_before or "The briefing at a glance" in html and html.rstrip().endswith("</html>")
    assert run("build", *folders("run")).returncode == 0
    assert snapshot("run") == after
    assert not list((tmp_path / "run" / "data").glob(".*.tmp"))
