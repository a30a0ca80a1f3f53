"""Web pages, feeds, Markdown and text headers: metadata read right, and every broken or
hostile file one clear line while the other files are read."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.copies import fold_copies
from generator.read import read_folder

GOOD = "Council backs plan\n\nThe city council said on Monday that the new bridge would open next year.\n"
STORY = ("The port authority of Lenmar said on Tuesday that the northern harbour would reopen to cargo ships "
         "next week after repairs to the sea wall were finished ahead of schedule. Harbour master Elsa Brandt "
         "said about 40 ships were waiting offshore and that the first would dock on Monday morning. Dock "
         "workers welcomed the news but said they wanted more staff for the night shifts.")
BOMB_FEED = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "lollollollollollollollollollol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
<rss version="2.0"><channel><title>T</title><item><title>&f;</title><description>&f;</description></item></channel></rss>"""
LAUGHS_DTD = '<!DOCTYPE html [<!ENTITY a "lollollollollollollollollollol">' + "".join(
    f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi")) + "]>"
EXTERNAL_FEED = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T</title><item><title>Hello</title><description>&secret;</description></item></channel></rss>"""


def page(title: str, body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>{body}</article></body></html>"


def read(folder: Path):
    return read_folder(folder, folder)


@pytest.mark.parametrize("name, data, problem", [
    ("huge.html", b"<html><body><p>" + b"word " * 10_000_000 + b"</p></body></html>",
     "huge.html: 50,000,033 bytes; more than the limit of 10,000,000 for a web page; skipped"),
    ("bomb.rss", BOMB_FEED, "bomb.rss: declares XML entities (possible entity bomb); refused"),
    ("external.xml", EXTERNAL_FEED, "external.xml: declares XML entities (possible entity bomb); refused"),
    ("bomb.html", (LAUGHS_DTD + "<html><body><article><h1>Bomb</h1><p>&i; The council said yes.</p></article>"
                   "</body></html>").encode(), "bomb.html: declares XML entities (possible entity bomb); refused"),
    ("empty.atom", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing</title></feed>',
     "empty.atom: feed without entries"),
    ("junk.xml", b"<rss><channel><item><title>unclosed & broken <<< </rss", "junk.xml: feed entries without text"),
    ("nav-only.html", page("Menu", "").encode(), "nav-only.html: web page without article text"),
    # a title element holds text only: its "<script>" is code shown as text, no article
    ("code.html", b"<!DOCTYPE html><body><title><script>alert(1)</script>", "code.html: web page without article text"),
    ("front.md", ("---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [" + ", ".join(["*a"] * 10) + "]\nc: [" +
                  ", ".join(["*b"] * 10) + "]\n---\nText of the note said the council.\n").encode(),
     "front.md (front matter): YAML aliases expand to more than 1,000 items; refused"),
    ("list.md", b"---\n- just\n- a list\n---\nThe council said yes.\n", "list.md: front matter is not a mapping"),
])
def test_bad_file_is_one_line_and_the_others_are_read(tmp_path, name, data, problem):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / name).write_bytes(data)
    start = time.monotonic()
    report = read(tmp_path)
    assert time.monotonic() - start < 10
    assert [a.id for a in report.articles] == ["good"]
    assert len(report.errors) == 1 and report.errors[0].startswith(problem), report.errors


def test_an_external_dtd_is_never_loaded(tmp_path):
    (tmp_path / "old.rss").write_bytes(b"""<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://unreachable.invalid/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old Radio</title><item><title>Ferry returns</title>
<description>The ferry company said the morning boat would run again from Monday.</description></item></channel></rss>""")
    start = time.monotonic()
    report = read(tmp_path)
    assert time.monotonic() - start < 5
    assert [(a.title, a.source) for a in report.articles] == [("Ferry returns", "Old Radio")]


def test_malformed_html_in_a_legacy_encoding_is_still_read(tmp_path):
    broken = page("Harbour to reopen", f"<p>{STORY}<div><p>Caf\xe9 owners on the quay said they were glad.</b></i>")
    (tmp_path / "legacy.html").write_bytes(broken.replace("</article></body></html>", "").encode("cp1252"))
    report = read(tmp_path)
    assert report.errors == []
    [article] = report.articles
    assert article.title == "Harbour to reopen"
    assert "Café owners on the quay said they were glad." in article.text


def test_feed_entries_are_articles_with_their_own_metadata_and_stable_ids(tmp_path):
    rss = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lenmar Radio</title>
    <item><title>Harbour to reopen</title><link>https://radio.example/harbour</link>
    <author>news@radio.example (Elsa Brandt)</author><pubDate>Tue, 09 Apr 2024 08:00:00 GMT</pubDate>
    <source url="https://wire.example/rss">Harbor Wire</source><description>{STORY}</description></item>
    <item><title>Harbour to reopen</title><description>A second item with the same title said the mayor.</description></item>
    </channel></rss>"""
    (tmp_path / "radio.rss").write_text(rss)
    report = read(tmp_path)
    records = [{k: v for k, v in a.to_record().items() if k not in ("sha256", "words")} for a in report.articles]
    assert records == [
        {"id": "radio-harbour-to-reopen", "title": "Harbour to reopen", "path": "radio.rss", "date": "2024-04-09",
         "source": "Harbor Wire", "url": "https://radio.example/harbour", "author": "Elsa Brandt", "copies": [],
         "summary_only": True},
        {"id": "radio-harbour-to-reopen-2", "title": "Harbour to reopen", "path": "radio.rss", "date": None,
         "source": "Lenmar Radio", "url": None, "author": None, "copies": [], "summary_only": True},
    ]
    assert [a.id for a in read(tmp_path).articles] == ["radio-harbour-to-reopen", "radio-harbour-to-reopen-2"]


@pytest.mark.parametrize("text, expected", [
    ("Title: Bridge opens\nDate: 2024-02-03\nSource: Arden Post\nAuthor: By Staff\n\nThe mayor said the bridge opened.",
     ("Bridge opens", "2024-02-03", "Arden Post", None, "Bridge opens\n\nThe mayor said the bridge opened.")),
    ("Bridge opens\n\nThe mayor said on 3 February 2024 that the bridge opened.",
     ("Bridge opens", "2024-02-03", None, None, "Bridge opens\n\nThe mayor said on 3 February 2024 that the bridge opened.")),
    # header lines under the headline: metadata too, no part of the story
    ("Bridge opens\nDate: 2024-02-03\nSource: Arden Post (web)\n\nThe mayor said the bridge opened.",
     ("Bridge opens", "2024-02-03", "Arden Post (web)", None, "Bridge opens\n\nThe mayor said the bridge opened.")),
    ("Bridge to open:\n\nOutlet: Arden Post\nByline: Ann Lowe\n\nThe mayor said the bridge would open.",
     ("Bridge to open", None, "Arden Post", "Ann Lowe", "Bridge to open\n\nThe mayor said the bridge would open.")),
    # NEGATIVE: a line of the story that only begins like a field is story
    ("Bridge opens\n\nThe mayor spoke.\nSource: council figures show 40 crossings an hour.",
     ("Bridge opens", None, None, None, "Bridge opens\n\nThe mayor spoke.\nSource: council figures show 40 crossings an hour.")),
    # NEGATIVE (review21d): a first line that ends a sentence is the story's, no headline: the field
    # under it is a chart's credit or the story going on, not the outlet
    ("The ferry will run again in June, the mayor said.\n\nSource: Arden Ferry Board figures\n\nTrips fell by a third.",
     ("The ferry will run again in June, the mayor said.", None, None, None,
      "The ferry will run again in June, the mayor said.\n\nSource: Arden Ferry Board figures\n\nTrips fell by a third.")),
    ("The mayor said the bridge would open.\nSource: an aide close to the mayor said the date was set.",
     ("The mayor said the bridge would open.", None, None, None,
      "The mayor said the bridge would open.\nSource: an aide close to the mayor said the date was set.")),
])
def test_plain_text_with_and_without_header_lines(tmp_path, text, expected):
    (tmp_path / "note.txt").write_text(text)
    [a] = read(tmp_path).articles
    assert (a.title, a.date, a.source, a.author, a.text) == expected


def test_markdown_front_matter_and_markup_become_metadata_and_plain_text(tmp_path):
    (tmp_path / "release.md").write_text(
        "---\ntitle: Port plan\ndate: 2024-05-01\nsource: Port Authority\nurl: https://port.example/plan\n"
        "author: Press Desk\n---\n\n## Port plan\n\nThe **port authority** said the plan\nwould [start soon](https://x.example).\n")
    [a] = read(tmp_path).articles
    assert (a.id, a.title, a.date, a.source, a.url, a.author, a.text) == (
        "release", "Port plan", "2024-05-01", "Port Authority", "https://port.example/plan", "Press Desk",
        "Port plan\n\nThe port authority said the plan would start soon.")


def test_wire_copies_fold_but_separate_reports_of_one_event_do_not(tmp_path):
    (tmp_path / "a.txt").write_text("Harbour to reopen\n\n" + STORY)
    (tmp_path / "b.txt").write_text("Lenmar port back in business next week\n\n" + STORY +
                                    " The Lenmar Courier has asked the port for comment.")
    (tmp_path / "c.txt").write_text("Ships wait as Lenmar readies harbour\n\nDozens of cargo ships are anchored off "
                                    "Lenmar while crews finish work on the damaged sea wall, and officials expect "
                                    "the northern harbour to open again next week. Elsa Brandt, who runs the "
                                    "harbour, told reporters the first vessel could berth on Monday.")
    (tmp_path / "d.txt").write_text("Harbour to reopen\n\n" + STORY)      # the same bytes: a duplicate
    articles, notes = fold_copies(read(tmp_path).articles)
    assert [(a.id, [c["path"] for c in a.copies], a.duplicates) for a in articles] == [
        ("b", ["a.txt"], []), ("c", [], [])] or [(a.id, [c["path"] for c in a.copies], a.duplicates) for a in articles] \
        == [("a", ["b.txt"], ["d.txt"]), ("c", [], [])]
    assert len(notes) == 1


def test_folding_stays_fast_at_thousands_of_articles(tmp_path):
    from generator.model import Article
    words = STORY.split()
    articles = [Article(id=f"a{n}", title="t", path=f"a{n}.txt", sha256=str(n), words=len(words),
                        text=" ".join(words[n % 7:] + [f"item{n}", f"extra{n * 7}"] + words[:n % 7]))
                for n in range(2000)]
    start = time.monotonic()
    kept, _ = fold_copies(articles)
    assert time.monotonic() - start < 30
    assert 1 <= len(kept) <= 7


@pytest.mark.parametrize("name, size, problem", [
    ("huge.html", 3_000_000_000, "huge.html: 3,000,000,000 bytes; more than the limit of 10,000,000 for a web page; skipped"),
    ("huge.atom", 20_000_000, "huge.atom: 20,000,000 bytes; more than the limit of 10,000,000 for a feed; skipped"),
    ("huge.txt", 70_000_000, "huge.txt: 70,000,000 bytes; more than the limit of 64,000,000 for a text file; skipped"),
])
def test_an_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch, name, size, problem):
    (tmp_path / "good.txt").write_text(GOOD)
    with (tmp_path / name).open("wb") as handle:       # sparse: nothing on disk
        handle.truncate(size)
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: pytest.fail(f"{p.name} read") if p.name == name else read_bytes(p))
    report = read(tmp_path)
    assert [a.id for a in report.articles] == ["good"]
    assert report.errors == [problem]


def test_a_wire_report_carried_by_four_outlets_is_read_whole_from_each_every_time(tmp_path):
    """trafilatura's cross-document deduplication would drop a paragraph from the third page
    on that carried it: the fourth outlet's copy, or any page read a fourth time, came out empty."""
    paragraphs = "".join(f"<p>{s}.</p>" for s in STORY.split(". ") if s)
    for outlet in ("Arden Post", "Bay Courier", "Cliff Gazette", "Dale Times"):
        (tmp_path / f"{outlet.split()[0].lower()}.html").write_text(page(
            "Lenmar harbour reopens", paragraphs, f'<meta property="og:site_name" content="{outlet}">'))
    for _ in range(2):
        report = read(tmp_path)
        assert report.errors == []
        assert [(a.source, a.words) for a in report.articles] == [
            ("Arden Post", 68), ("Bay Courier", 68), ("Cliff Gazette", 68), ("Dale Times", 68)]
        kept, _ = fold_copies(report.articles)
        assert [(a.source, [c["source"] for c in a.copies]) for a in kept] == [
            ("Arden Post", ["Bay Courier", "Cliff Gazette", "Dale Times"])]
