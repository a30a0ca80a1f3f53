"""The whole product on seeds/: `briefing build` into a temporary folder, and its score."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import briefing

pytestmark = pytest.mark.slow     # builds the site of seeds/

SEED_GOLD = "000_54d4a149575281bf.gold.yaml"


def actor_page(built: Path, name: str) -> str:
    actors = yaml.safe_load((built / "data" / "actors.yaml").read_text())
    actor = next(a for a in actors if a["name"] == name)
    return (built / "site" / "actors" / actor["id"] / "index.html").read_text()


def test_dostum_page_names_him_a_northern_alliance_commander(built):
    page = actor_page(built, "Abdul Rashid Dostum")
    assert "commander" in page
    assert 'href="../../actors/northern-alliance/"' in page
    assert "lay down their weapons" in page


def test_rumsfeld_page_holds_the_refusal_of_a_negotiated_surrender(built):
    page = actor_page(built, "Donald Rumsfeld")
    assert "will not accept any negotiated surrender" in page
    assert "Defence Secretary" in page


def test_every_section_page_exists_and_source_links_reach_a_sentence(built):
    site = built / "site"
    for page in ("index.html", "actors/index.html", "positions/index.html", "positions/by-article/index.html",
                 "figures/index.html", "articles/index.html", "whats-new/index.html", "print/index.html"):
        assert (site / page).exists(), page
    article = (site / "articles" / "000-54d4a149575281bf" / "index.html").read_text()
    home = (site / "index.html").read_text()
    assert 'href="articles/000-54d4a149575281bf/#s-2"' in home
    assert 'id="s-2"' in article and "Rumsfeld" in article


def test_site_loads_nothing_from_the_internet(built):
    import re
    for page in (built / "site").rglob("*.html"):
        html = page.read_text()
        external = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="(https?:)?//[^"]+"', html)
        assert not external, f"{page}: {external}"


def test_extraction_of_the_seed_article_matches_its_gold_file(built, shared):
    result = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--data", str(built / "data"),
                             "--gold", str(shared / "eval" / "dev" / SEED_GOLD), "--json"],
                            capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["overall_f1"] == 1.0      # the README promises 1.00


def test_bad_arguments_exit_non_zero_with_one_line(tmp_path):
    result = briefing("extract", "--seeds", str(tmp_path / "missing"), "--data", str(tmp_path / "d"))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "missing" in result.stderr


def internal_links(site: Path):
    """(page, target file, anchor) for every relative link of every page."""
    import re
    from urllib.parse import unquote, urldefrag
    for page in site.rglob("*.html"):
        if page.name == "404.html":          # MkDocs' own page, with site-absolute links
            continue
        for href in re.findall(r'href="([^"]+)"', page.read_text()):
            if href.startswith(("http:", "https:", "mailto:", "javascript:", "data:", "#")):
                continue
            url, anchor = urldefrag(unquote(href))
            target = (page.parent / url).resolve()
            if target.is_dir() or url.endswith("/") or url == "":
                target = target / "index.html"
            yield page, target, anchor


def test_every_internal_link_and_anchor_resolves(built):
    site = built / "site"
    ids: dict[Path, set[str]] = {}
    checked = 0
    for page, target, anchor in internal_links(site):
        assert target.exists(), f"{page.relative_to(site)} links to missing {target}"
        if anchor and target.suffix == ".html":
            import re
            if target not in ids:
                ids[target] = set(re.findall(r'id="([^"]+)"', target.read_text()))
            assert anchor in ids[target], f"{page.relative_to(site)} links to missing #{anchor} in {target.relative_to(site)}"
        checked += 1
    assert checked > 200


def test_sentences_carry_the_words_that_name_each_actor(built):
    """The mentions hand-over (sentences.yaml): names, titles and resolved pronouns, by actor ID."""
    entry = yaml.safe_load((built / "data" / "sentences.yaml").read_text())[0]
    ids = {a["id"] for a in yaml.safe_load((built / "data" / "actors.yaml").read_text())}
    mentions = entry["mentions"]
    assert mentions == sorted(mentions) and {m[3] for m in mentions} <= ids
    assert all(a[0] != b[0] or a[2] <= b[1] for a, b in zip(mentions, mentions[1:]))   # never overlapping
    named = [(entry["sentences"][n][start:end], actor) for n, start, end, actor in mentions]
    assert ("General Abdul Rashid Dostum", "abdul-rashid-dostum") in named
    assert ("America", "united-states") in named and ("he", "ariyonfard-shamsulkhak") in named
