"""Stage 1 — read: turn the files of a seeds folder into `Article` records.

Files come from scrapers, feeds, mail and copy-paste, so every file is checked: binary data,
empty text, legacy encodings and oversized text each get a one-line warning or error naming
the file, and one bad file never stops the others. Web pages, feeds, Markdown and plain text
are told apart and turned into text plus metadata by `formats/`; a feed gives an article
per entry.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .formats import SUFFIXES, Piece, check_size, kind_of, pieces_of
from .formats.notes import MAX_HEADLINE_WORDS, is_header_line
from .model import Article, BriefingError

MAX_WORDS = 20_000           # a long news feature is ~10,000 words; beyond this, truncate
MAX_BLOCK_CHARS = 5_000      # longest piece of text handed to the parser at once
BINARY_SIGNATURES = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\xd0\xcf\x11\xe0": "an Office document",
}
ENGLISH_MARKERS = frozenset(
    "the of and to in a is that for it was on with as by he said at from his an be have has "
    "are were this which but not they who their had its".split())
MONTHS = ("january february march april may june july august september october november "
          "december").split()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _as_byte(char: str) -> int:
    """The byte a Windows-1252 (else Latin-1) decoder turned into `char`."""
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char)


# UTF-8 bytes that were decoded as Windows-1252 ('KÃ¶rner' for 'Körner', 'â€™' for '’'): a
# lead byte (0xC2-0xF4) followed by as many continuation bytes (0x80-0xBF) as it announces,
# each read as one character. Correct text writes such runs too: every Latin-1 letter from Â to
# ß is a lead and ’ ” … NBSP are continuations ('PELÉ’S', 'Strauß’s', 'désolé\u00a0»'), so a
# run is repaired only when it decodes to European letters and punctuation (`_EUROPEAN`), and a
# run whose continuation is only such punctuation after a word only in a file that also holds
# a run no correct text writes ('Ã¶').
_TRAIL = "".join(sorted({bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)} - {""}
                        | {chr(b) for b in range(0x80, 0xC0)}))     # as Windows-1252 or as Latin-1 read them
_TRAIL_CLASS = "[" + re.escape(_TRAIL) + "]"
_MOJIBAKE_START = re.compile("(?:[\u00c2-\u00f4]|[Aa][\u0300-\u036f])" + _TRAIL_CLASS)   # a lead, maybe decomposed
_HIGH_RUN = re.compile(_TRAIL_CLASS.replace("[", "[\u00c0-\u00ff", 1) + "{2,}")   # Latin-1/Windows-1252 letters and signs
_MOJIBAKE = re.compile("[\u00c2-\u00df]%s|[\u00e0-\u00ef]%s{2}|[\u00f0-\u00f4]%s{3}" % ((_TRAIL_CLASS,) * 3))
# a stretch that may hold runs: the run's characters, and letters a later tool decomposed
_CANDIDATE = re.compile("(?:[A-Za-z]?[\u0300-\u036f]+|" + _TRAIL_CLASS.replace("[", "[\u00c0-\u00ff", 1) + ")+")
# continuations that also follow a word in correct text: closing quotes, dashes, ellipsis, spaces
_AFTER_A_WORD = frozenset("\u2019\u201d\u2018\u201c\u2026\u2013\u2014\u00a0\u00bb\u00ab\u203a\u2039\u2022\u00ad")


def _european(char: str) -> bool:
    """A character UTF-8 mojibake of European text decodes to: Latin-1 letters and signs, Latin
    Extended-A, the Romanian comma letters, general punctuation, the euro and trade mark signs."""
    code = ord(char)
    return (0xA0 <= code <= 0x17F or 0x218 <= code <= 0x21B or 0x2000 <= code <= 0x206F
            or code in (0x20AC, 0x2122))


def _certain(run: str) -> bool:
    """Whether the run holds a lead followed by a continuation no correct text puts after a
    letter ('Ã¶', 'â€'), rather than only closing punctuation ('Ã’', 'Ã\u00a0'). 'Â' before
    any continuation is certain: it decodes to the sign itself ('Â\u00a0', 'Â£'), and no word
    ends in a capital Â."""
    return any("\u00c2" <= lead <= "\u00f4" and nxt in _TRAIL and (nxt not in _AFTER_A_WORD or lead == "\u00c2")
               for lead, nxt in zip(run, run[1:]))


def repair_mojibake(text: str) -> tuple[str, int]:
    """Text with the runs of UTF-8 read as Windows-1252 decoded again, and how many were
    repaired. A run misread twice ('FranÃ\x83Â§ois') is decoded twice; letters a later tool
    decomposed ('A' and a combining tilde) are composed first, in the repaired runs only. A run
    whose bytes are no valid UTF-8, or that decodes to anything but European letters and
    punctuation, is left as it is; so is a run that is only a letter before closing punctuation,
    unless the file holds a certain run too."""
    if not _MOJIBAKE_START.search(text):
        return text, 0
    found = [(m, _repairs_in(unicodedata.normalize("NFC", m.group(0)))) for m in _CANDIDATE.finditer(text)]
    any_certain = any(certain for _, repairs in found for *_, certain in repairs)
    out, end, repaired = [], 0, 0
    for m, repairs in found:
        chosen = [r for r in repairs if r[3] or any_certain]
        if not chosen:
            continue
        composed, pieces, at = unicodedata.normalize("NFC", m.group(0)), [], 0
        for start, stop, fixed, _ in chosen:
            pieces += [composed[at:start], fixed]
            at = stop
        out += [text[end:m.start()], *pieces, composed[at:]]
        end = m.end()
        repaired += len(chosen)
    return "".join(out) + text[end:], repaired


def _repairs_in(stretch: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, decoded text, certain) for each run of the stretch that decodes."""
    repairs = []
    for match in _HIGH_RUN.finditer(stretch):
        run = match.group(0)
        fixed = _decoded_run(run)
        if fixed == run:
            fixed = _MOJIBAKE.sub(lambda m: _decoded_run(m.group(0)), run)
        if fixed != run:
            repairs.append((match.start(), match.end(), fixed, _certain(run)))
    return repairs


def _decoded_run(run: str) -> str:
    """The run's characters as the bytes they were read from, decoded as UTF-8 until the
    result is no longer such a run (three times at most); the run itself where that fails."""
    text = run
    for _ in range(3):
        try:
            text = bytes(_as_byte(c) for c in text).decode("utf-8")
        except (UnicodeDecodeError, ValueError):
            break
        if not _HIGH_RUN.fullmatch(text):
            break
    if any(unicodedata.category(c)[0] in "CM" or not _european(c) for c in text):
        return run          # a control, a combining mark or a far script: no character a writer meant
    return text


@dataclass
class ReadReport:
    """What reading a folder produced: good articles, and one message per problem file."""
    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def article_id(path: Path) -> str:
    """The contract's article ID: the file name without its (last) extension."""
    return path.stem


def decode(raw: bytes, name: str, warnings: list[str]) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else Windows-1252 with a warning; UTF-8
    that an earlier tool read as Windows-1252 ('KÃ¶rner') is repaired, with a warning."""
    for signature, what in BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            raise BriefingError(f"{name}: binary file ({what}), not a text article")
    if b"\x00" in raw[:4096]:
        raise BriefingError(f"{name}: binary file (contains NUL bytes), not a text article")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        warnings.append(f"{name}: not UTF-8; decoded as Windows-1252/Latin-1")
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings.append(f"{name}: {repaired} characters were UTF-8 read as Windows-1252; repaired")
    controls = len(_CONTROL.findall(text, 0, 4096))
    if controls > 0.05 * min(len(text), 4096):
        raise BriefingError(f"{name}: binary file (control characters), not a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_english(text: str) -> bool:
    words = re.findall(r"[a-zA-Z]+", text[:20_000].lower())
    if len(words) < 20:
        return True   # too short to judge
    return sum(w in ENGLISH_MARKERS for w in words) / len(words) >= 0.12


def headline_of(text: str) -> str | None:
    """The first line when it is surely a headline: short, with the story after it, and not
    ending like a sentence or like words that open a quotation ('The minister said:'), unless
    the article's metadata lines ('Date: …') follow the colon. (Extraction skips it: a headline
    restates the story.)"""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if not rest.strip() or len(first.split()) > MAX_HEADLINE_WORDS or first.endswith((".", "?", "!", '"', "”")):
        return None
    if first.endswith(":") and not is_header_line(rest.strip().split("\n", 1)[0]):
        return None
    return first


def title_of(text: str) -> str:
    """The headline, a short first line, or else the first sentence; shortened."""
    first = text.strip().split("\n", 1)[0].strip()
    candidate = headline_of(text) or (first if len(first.split()) <= 12 else None)
    if candidate is None:
        candidate = re.split(r"(?<=[.!?])\s+", first, maxsplit=1)[0]
    if len(candidate) > 100:
        candidate = candidate[:100].rsplit(" ", 1)[0] + "…"
    return candidate


def without_trailing_colon(title: str) -> str:
    """'Talks collapse;' and 'Council approves plan:' lead into the story: a title keeps
    neither the semicolon nor the colon (nor a comma) it ended on."""
    return title.rstrip(" ;:,") or title


def date_of(text: str) -> str | None:
    """An ISO date stated near the top of the article (dateline), if any."""
    head = text[:600]
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", head)
    if iso:
        return iso.group(0)
    month = "|".join(m.capitalize() for m in MONTHS)
    us = re.search(rf"\b({month}) (\d{{1,2}}), (\d{{4}})\b", head)
    if us:
        return f"{us.group(3)}-{MONTHS.index(us.group(1).lower()) + 1:02d}-{int(us.group(2)):02d}"
    uk = re.search(rf"\b(\d{{1,2}}) ({month}),? (\d{{4}})\b", head)
    if uk:
        return f"{uk.group(3)}-{MONTHS.index(uk.group(2).lower()) + 1:02d}-{int(uk.group(1)):02d}"
    return None


def truncate_words(text: str, limit: int) -> str:
    matches = list(re.finditer(r"\S+", text))
    if len(matches) <= limit:
        return text
    return text[:matches[limit - 1].end()]


def read_article(path: Path, root: Path, warnings: list[str]) -> Article:
    """Read and check one file holding one article; raise BriefingError when it cannot be used."""
    articles = read_articles(path, root, warnings)
    if len(articles) != 1:
        raise BriefingError(f"{display_path(path, root)}: {len(articles)} articles in one file")
    return articles[0]


def read_articles(path: Path, root: Path, warnings: list[str]) -> list[Article]:
    """Read and check one file: its articles (a feed has one per entry, any other file one);
    raise BriefingError when it cannot be used at all."""
    name = display_path(path, root)
    check_size(kind_of(path.suffix, ""), path.stat().st_size, name)     # before reading it
    raw = path.read_bytes()
    if not raw.strip():
        raise BriefingError(f"{name}: empty file" if not raw else f"{name}: only white space")
    text = decode(raw, name, warnings)
    kind = kind_of(path.suffix, text)
    if kind == "page" and path.suffix.lower() == ".txt":
        warnings.append(f"{name}: HTML page; using its article text")
    pieces = pieces_of(kind, raw, text, name)
    articles = []
    for piece in pieces:
        try:
            articles.append(_article(path, name, raw, piece, warnings))
        except BriefingError as problem:
            if len(pieces) == 1:
                raise
            warnings.append(str(problem))      # one bad feed entry; the others are used
    if not articles:
        raise BriefingError(f"{name}: no usable article in the file")
    return articles


def _article(path: Path, name: str, raw: bytes, piece: Piece, warnings: list[str]) -> Article:
    where = f"{name} [{piece.key}]" if piece.key else name
    text = piece.text.strip()
    if not re.search(r"[^\W\d_]", text):
        raise BriefingError(f"{where}: no words in the file")
    if not is_english(text):
        raise BriefingError(f"{where}: does not look like English text; skipped")
    words = len(text.split())
    if words > MAX_WORDS:
        warnings.append(f"{where}: {words:,} words; only the first {MAX_WORDS:,} are analysed")
        text = truncate_words(text, MAX_WORDS)
    if piece.key:     # one of several articles of a file: its own ID and hash (for the cache)
        identity, digest = f"{article_id(path)}-{piece.key}", hashlib.sha256(
            "\n".join(str(v) for v in (piece.key, piece.title, piece.date, piece.source, piece.url,
                                         piece.author, text)).encode("utf-8")).hexdigest()
    else:
        identity, digest = article_id(path), hashlib.sha256(raw).hexdigest()
    title = without_trailing_colon(piece.title or title_of(text))
    if len(title) > 100:
        title = title[:100].rsplit(" ", 1)[0] + "…"
    return Article(
        id=identity, title=title, path=name, sha256=digest, words=min(words, MAX_WORDS),
        date=piece.date or date_of(text), text=text, source=piece.source, url=piece.url,
        author=piece.author, summary_only=piece.summary_only,
    )


def display_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def find_article_files(seeds: Path) -> list[Path]:
    if not seeds.is_dir():
        raise BriefingError(f"{seeds}: seeds folder not found")
    return sorted(p for p in seeds.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(seeds).parts))


def read_folder(seeds: Path, root: Path) -> ReadReport:
    """Read every article file under `seeds`; duplicates (same bytes) are kept once, both
    paths listed."""
    report = ReadReport()
    by_hash: dict[str, Article] = {}
    seen_ids: dict[str, str] = {}
    for path in find_article_files(seeds):
        try:
            articles = read_articles(path, root, report.warnings)
        except BriefingError as problem:
            report.errors.append(str(problem))
            continue
        except OSError as problem:
            report.errors.append(f"{display_path(path, root)}: cannot read ({problem.strerror})")
            continue
        for article in articles:
            _keep(article, report, by_hash, seen_ids)
    return report


def _keep(article: Article, report: ReadReport, by_hash: dict[str, Article], seen_ids: dict[str, str]) -> None:
    """Add an article unless the same bytes or the same ID were read before."""
    if article.sha256 in by_hash:
        first = by_hash[article.sha256]
        first.duplicates.append(article.path)
        report.warnings.append(f"{article.path}: same text as {first.path}; analysed once")
        return
    if article.id in seen_ids:
        report.errors.append(f"{article.path}: same article ID '{article.id}' as {seen_ids[article.id]}; skipped")
        return
    seen_ids[article.id] = article.path
    by_hash[article.sha256] = article
    report.articles.append(article)


def blocks_of(text: str) -> list[tuple[int, str]]:
    """Split text into (offset, block) pieces the parser handles well: paragraphs, and
    overlong paragraphs cut at white space every MAX_BLOCK_CHARS characters."""
    blocks = []
    for match in re.finditer(r"[^\n]+", text):
        start, para = match.start(), match.group(0)
        while len(para) > MAX_BLOCK_CHARS:
            cut = para.rfind(" ", 0, MAX_BLOCK_CHARS)
            cut = cut if cut > MAX_BLOCK_CHARS // 2 else MAX_BLOCK_CHARS
            blocks.append((start, para[:cut]))
            start, para = start + cut, para[cut:]
        if para.strip():
            blocks.append((start, para))
    return blocks
