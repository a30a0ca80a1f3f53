"""Reading: every kind of bad file gets one clear line naming it; good files are unaffected."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.read import blocks_of, read_folder

GOOD = "Council backs plan\n\nThe city council said on Monday that the new bridge would open next year.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n  ", "only white space"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    ("nul.txt", b"abc\x00\x00\x01def" * 100, "binary"),
    ("german.txt", "Die Regierung hat am Montag beschlossen, dass die neue Brücke im nächsten Jahr "
                   "eröffnet wird. Der Bürgermeister sagte, er sei sehr zufrieden mit der Entscheidung "
                   "und dankte allen Beteiligten für ihre Arbeit.", "does not look like English"),
])
def test_bad_file_is_reported_and_others_are_kept(tmp_path, name, data, problem):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, name, data)
    report = read_folder(tmp_path, tmp_path)
    assert [a.id for a in report.articles] == ["good"]
    assert len(report.errors) == 1
    assert report.errors[0].startswith(f"{name}: ") and problem in report.errors[0]


def test_windows_1252_is_decoded_with_a_warning(tmp_path):
    write(tmp_path, "legacy.txt", "Café owners said the “new rules” cost £500.".encode("cp1252"))
    report = read_folder(tmp_path, tmp_path)
    assert report.articles[0].text == "Café owners said the “new rules” cost £500."
    assert report.warnings == ["legacy.txt: not UTF-8; decoded as Windows-1252/Latin-1"]


def test_bom_and_crlf_are_removed(tmp_path):
    write(tmp_path, "bom.txt", b"\xef\xbb\xbfHeadline here\r\n\r\nFirst line of the story.\r\n")
    article = read_folder(tmp_path, tmp_path).articles[0]
    assert article.text == "Headline here\n\nFirst line of the story."
    assert article.title == "Headline here"


@pytest.mark.parametrize("headline, title", [
    ("Ferry talks collapse; strike looms", "Ferry talks collapse; strike looms"),   # inside: kept
    ("Ferry talks collapse;", "Ferry talks collapse"),
    ("Mayor unveils budget:", "Mayor unveils budget"),
    ("Three things to know about the harbour vote :", "Three things to know about the harbour vote"),
    ("Growers warn of shortage,", "Growers warn of shortage"),
    ("Port reopens: what changes", "Port reopens: what changes"),
])
def test_a_title_keeps_no_semicolon_or_colon_it_ended_on(tmp_path, headline, title):
    write(tmp_path, "story.txt", f"{headline}\n\nThe harbour board said on Friday that the quay would reopen in May.\n")
    assert read_folder(tmp_path, tmp_path).articles[0].title == title


@pytest.mark.parametrize("text, headline", [
    ("Harbour fees to rise:\nDate: 2026-03-04\n\nThe harbour board said fees would rise.", "Harbour fees to rise:"),
    ("Harbour fees to rise:\n\nSource: Coast Desk\n\nThe board said fees would rise.", "Harbour fees to rise:"),
    ("Harbour fees to rise\n\nThe harbour board said fees would rise.", "Harbour fees to rise"),
    ("The harbour master said:\n\n\"Fees will rise in May.\"", None),     # words that open a quotation
    ("Harbour fees to rise:\n\nThe harbour board said fees would rise.", None),
])
def test_a_first_line_ending_on_a_colon_is_a_headline_only_before_metadata(text, headline):
    from generator.read import headline_of
    assert headline_of(text) == headline


def test_html_page_is_turned_into_its_text(tmp_path):
    page = ("<!DOCTYPE html><html><head><title>Port reopens</title><script>alert(1)</script></head>"
            "<body><p>The port authority said the harbour would reopen.</p><p>Ships queued.</p></body></html>")
    write(tmp_path, "page.txt", page)
    report = read_folder(tmp_path, tmp_path)
    assert report.articles[0].text == "Port reopens\n\nThe port authority said the harbour would reopen.\n\nShips queued."
    assert "HTML page" in report.warnings[0]


def test_same_article_twice_is_read_once_with_both_sources(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b copy.txt", GOOD)
    report = read_folder(tmp_path, tmp_path)
    assert [a.id for a in report.articles] == ["a"]
    assert report.articles[0].duplicates == ["b copy.txt"]
    assert report.warnings == ["b copy.txt: same text as a.txt; analysed once"]


def test_awkward_file_names_keep_their_stem_as_id(tmp_path):
    for name in ("with spaces.txt", "ünïcödé.txt", "several.dots.in.name.txt"):
        write(tmp_path, name, GOOD.replace("Monday", name))
    ids = sorted(a.id for a in read_folder(tmp_path, tmp_path).articles)
    assert ids == ["several.dots.in.name", "with spaces", "ünïcödé"]


def test_one_huge_line_is_cut_into_parseable_blocks():
    text = "word " * 40_000
    blocks = blocks_of(text)
    assert len(blocks) > 1 and all(len(b) <= 5_000 for _, b in blocks)
    assert "".join(b for _, b in blocks) == text.rstrip("\n")[:len("".join(b for _, b in blocks))]


def test_missing_seeds_folder_is_an_error(tmp_path):
    from generator.model import BriefingError
    with pytest.raises(BriefingError, match="seeds folder not found"):
        read_folder(tmp_path / "nope", tmp_path)


@pytest.mark.parametrize("text, repaired", [
    # UTF-8 read as Windows-1252 by an earlier tool: the runs are decoded again
    ("Party chair Jan KÃ¶hler said itâ€™s over.", "Party chair Jan Köhler said it’s over."),
    ("The mayor of GdaÅ„sk, PaweÅ‚ Nowak, spoke.", "The mayor of Gdańsk, Paweł Nowak, spoke."),
    ("Tickets cost Â£5 at the â€œCafÃ© Rougeâ€\x9d.", "Tickets cost £5 at the “Café Rouge”."),
    # misread twice, and with the lead letter decomposed by a later tool
    ("President FranÃ\x83Â§ois Girard spoke.", "President François Girard spoke."),
    ("The mayor of GdaA\u0303\u0085\u00c2\u0084sk spoke.", "The mayor of Gdańsk spoke."),
    # no run of a lead byte and its continuation bytes: the text is left as it is
    ("Åsa Öberg paid 5° extra at the Ã.", "Åsa Öberg paid 5° extra at the Ã."),
    ("Zürich and Malmö signed it.", "Zürich and Malmö signed it."),
    # a run that decodes to a combining mark is no character a writer meant
    ("The sign read Ö° only.", "The sign read Ö° only."),
    # correct UTF-8: an accented capital or ß before closing punctuation or a no-break space
    ("PELÉ’S LAST MATCH", "PELÉ’S LAST MATCH"),
    ("JOSÉ’S BAR REOPENS", "JOSÉ’S BAR REOPENS"),
    ("Franz Josef Strauß’s party won.", "Franz Josef Strauß’s party won."),
    ("“OLÉ”", "“OLÉ”"),
    ("He said: «\u00a0Je suis désolé\u00a0».", "He said: «\u00a0Je suis désolé\u00a0»."),
    ("« C’est réglé » said Lowe.", "« C’est réglé » said Lowe."),
    ("The firm ÅSA’S and the IRMÃ’S shop.", "The firm ÅSA’S and the IRMÃ’S shop."),
    ("CAFÉ… and DÉJÀ\u00a0vu", "CAFÉ… and DÉJÀ\u00a0vu"),
    # ... and still repaired beside a correct spelling of the same name
    ("André Körner said KÃ¶rner was fine.", "André Körner said Körner was fine."),
    # 'Â' before a no-break space is the sign misread: no word ends in a capital Â
    ("Prices rose 5Â\u00a0percent.", "Prices rose 5\u00a0percent."),
    # a letter before punctuation is repaired where the file holds a certain run too
    ("The cafÃ© in GdaÅ„sk said voilÃ\u00a0.", "The café in Gdańsk said voilà."),
    # only the repaired runs are composed: the rest of the text keeps its code points
    ("The \u212b unit and KÃ¶rner.", "The \u212b unit and Körner."),
])
def test_mojibake_is_repaired_where_certain(tmp_path, text, repaired):
    write(tmp_path, "story.txt", text.encode("utf-8"))
    report = read_folder(tmp_path, tmp_path)
    assert report.articles[0].text == repaired
    assert bool(report.warnings) == (text != repaired)
