"""Wire-copy signatures kept between runs (copies.py): a run reads the signatures of unchanged
articles instead of hashing them again, and what it folds is the same as with fresh ones; a
missing or damaged kept signature is computed again."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator import copies
from generator.copies import fold_copies
from generator.model import Article

STORY = ("The river board of Tarnby said on Friday that the old stone bridge would close to lorries "
         "from next month while engineers replace two of its cracked arches. Chief engineer Mira Holt "
         "said cars and buses could still cross at night and that the work should take about six weeks. "
         "Shop owners on the east bank said they feared losing trade during the busy summer season.")
OTHER = ("Farmers near Tarnby began the barley harvest two weeks early this year after a dry and warm "
         "spring, the growers' union said on Monday. Its chair, Ola Brenner, said yields looked good "
         "but that the price paid by the mills had fallen since last autumn and many farms would "
         "struggle to cover the cost of diesel and seed for the coming year.")


def article(article_id: str, title: str, body: str, date: str = "2025-03-01") -> Article:
    text = f"{title}\n{body}"
    return Article(id=article_id, title=title, path=f"{article_id}.txt", sha256=article_id,
                   words=len(text.split()), date=date, text=text)


def articles() -> list[Article]:
    return [article("bridge", "Bridge to close to lorries", STORY),
            article("bridge-copy", "Tarnby bridge works", STORY + " The Tarnby Herald asked the board for comment.",
                    date="2025-03-02"),
            article("harvest", "Early harvest", OTHER)]


def folded(found: tuple[list[Article], list[str]]) -> tuple:
    kept, notes = found
    return [(a.id, a.copies) for a in kept], notes


def kept_file(folder: Path) -> Path:
    (path,) = folder.glob("wire-signatures-*.json")
    return path


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """The texts whose signatures are computed."""
    computed: list[str] = []
    compute = copies.signature
    monkeypatch.setattr(copies, "signature", lambda text: computed.append(text) or compute(text))
    return computed


def test_kept_signatures_are_the_computed_ones_and_fold_the_same(tmp_path, counted):
    fresh = folded(fold_copies(articles()))
    assert fresh == ([("bridge", [{"path": "bridge-copy.txt", "source": None, "url": None, "date": "2025-03-02"}]),
                      ("harvest", [])],
                     ["bridge-copy.txt: the same report as bridge.txt; folded into it as a copy"])
    counted.clear()
    assert folded(fold_copies(articles(), kept=tmp_path)) == fresh
    assert len(counted) == 3
    stored = kept_file(tmp_path).read_bytes()
    counted.clear()
    assert folded(fold_copies(articles(), kept=tmp_path)) == fresh
    assert counted == []                                    # all three read back
    assert kept_file(tmp_path).read_bytes() == stored      # and the file left as it was
    by_id = {a.id: a for a in articles()}
    for article_id, signature in copies.signatures_of(list(by_id.values()), tmp_path).items():
        assert (signature.hashvalues == copies.signature(copies._body(by_id[article_id])).hashvalues).all()


@pytest.mark.parametrize("damage", ["flipped digit", "cut record", "not hex", "missing record", "torn file",
                                    "not a table"])
def test_a_missing_or_damaged_kept_signature_is_computed_again(tmp_path, counted, damage):
    fresh = folded(fold_copies(articles()))
    fold_copies(articles(), kept=tmp_path)
    path = kept_file(tmp_path)
    stored = path.read_text(encoding="utf-8")
    records = json.loads(stored)
    digest = sorted(records)[0]
    record = records[digest]
    if damage == "flipped digit":
        records[digest] = record[:100] + ("0" if record[100] != "0" else "1") + record[101:]
    elif damage == "cut record":
        records[digest] = record[:-8]
    elif damage == "not hex":
        records[digest] = "zz" + record[2:]
    elif damage == "missing record":
        del records[digest]
    path.write_text(json.dumps(records), encoding="utf-8")
    if damage == "torn file":
        path.write_text(stored[:len(stored) // 2], encoding="utf-8")
    elif damage == "not a table":
        path.write_text("[1, 2]", encoding="utf-8")
    counted.clear()
    assert folded(fold_copies(articles(), kept=tmp_path)) == fresh
    assert len(counted) == (3 if damage in ("torn file", "not a table") else 1)
    assert path.read_text(encoding="utf-8") == stored        # repaired


def test_signatures_of_articles_gone_are_dropped_and_other_versions_and_temporaries_removed(tmp_path, counted):
    older = tmp_path / "wire-signatures-0123456789abcdef.json"
    older.parent.mkdir(parents=True, exist_ok=True)
    older.write_text("{}", encoding="utf-8")
    (tmp_path / ".wire-signatures-0123456789abcdef.json.x1y2.tmp").write_text("{", encoding="utf-8")  # a killed run's
    fold_copies(articles(), kept=tmp_path)
    assert not older.exists()
    fold_copies(articles()[:2], kept=tmp_path)
    assert len(json.loads(kept_file(tmp_path).read_text(encoding="utf-8"))) == 2
    assert [p.name for p in tmp_path.iterdir()] == [kept_file(tmp_path).name]     # no temporary file left


def test_an_unwritable_folder_only_computes(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert folded(fold_copies(articles(), kept=blocker / ".cache")) == folded(fold_copies(articles()))


@pytest.mark.slow       # runs spaCy on an article folder
def test_a_run_with_kept_signatures_writes_the_same_bytes_as_one_that_computes_them(tmp_path, monkeypatch):
    from generator.config import Config
    from generator.pipeline import run_extract
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for a in articles():
        (seeds / a.path).write_text(a.text + "\n", encoding="utf-8")

    def build(data: Path):
        report = run_extract(Config(seeds=seeds, data=data, curation=data / "none.yaml", root=seeds, progress=False))
        return report.warnings, {p.relative_to(data).as_posix(): p.read_bytes() for p in sorted(data.rglob("*"))
                                 if p.is_file() and ".cache" not in p.relative_to(data).parts}

    first = build(tmp_path / "kept")
    assert "bridge.txt: the same report as bridge-copy.txt; folded into it as a copy" in first[0]   # no dates: the longer kept
    shutil.copytree(tmp_path / "kept", tmp_path / "recomputed")
    kept_file(tmp_path / "recomputed" / ".cache").unlink()
    shutil.copytree(tmp_path / "kept", tmp_path / "damaged")
    path = kept_file(tmp_path / "damaged" / ".cache")
    path.write_text(path.read_text(encoding="utf-8").replace('"', "", 3), encoding="utf-8")

    computed: list[str] = []
    compute = copies.signature
    monkeypatch.setattr(copies, "signature", lambda text: computed.append(text) or compute(text))
    assert build(tmp_path / "kept") == first and computed == []
    assert build(tmp_path / "recomputed") == first and len(computed) == 3
    assert build(tmp_path / "damaged") == first and len(computed) == 6
    assert kept_file(tmp_path / "damaged" / ".cache").read_bytes() == kept_file(tmp_path / "kept" / ".cache").read_bytes()
