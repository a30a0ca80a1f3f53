"""Figures of one article: numeric claims with their bounds, qualifier, unit and claimant.

A pattern over each sentence finds the amounts ("more than 1,000", "£5.38bn", "six or seven
million", "tens of thousands", "between 20 and 30"); the parse then rules out what only
looks like a quantity (years, days of the month, clock times, ages after a name, numbers
inside names such as "Radio 4") and names what is counted.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import (CURRENCY, FEW_WORDS, ID_WORDS, INDEFINITE_ARTICLES, LONE_NUMBER_PRONOUNS, MONTHS,
                       NUMBER_WORDS, QUALIFIERS, SCALES, VAGUE)
from ..model import RawFigure, RawPosition
from .parse import ParsedArticle

NAME_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT", "PERSON", "GPE", "NORP"}


def _alternatives(words) -> str:
    """A regular-expression group of the words, longest first (so 'seventeen' is tried before 'seven')."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


# The patterns are generated from the number-word tables of the lexicon, never written twice.
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_DIGIT_WORDS = [w for w, v in NUMBER_WORDS.items() if 1 <= v <= 9 and w not in INDEFINITE_ARTICLES]
_TENS_WORDS = [w for w, v in NUMBER_WORDS.items() if v >= 20 and v % 10 == 0]
_WORD = (rf"(?:{_alternatives(_TENS_WORDS)}(?:[- ]{_alternatives(_DIGIT_WORDS)})?"
         rf"|{_alternatives(w for w in NUMBER_WORDS if w not in _TENS_WORDS)})")
_SCALE = _alternatives(SCALES)
_CURRENCY = "[" + "".join(re.escape(c) for c in CURRENCY) + "]"
_AMOUNT = rf"(?:{_CURRENCY}\s?)?(?:{_NUMBER}|{_WORD})(?:(?:\s|-)?{_SCALE}(?![\w]))*"
_VAGUE_MANY = rf"({_alternatives(VAGUE)})(?: of ({_alternatives(w for w, (low, _) in VAGUE.items() if low >= 1000)}))?"
_SCALE_WORDS = [w for w in SCALES if len(w) > 2]
_VAGUE_FEW = (rf"({_alternatives(FEW_WORDS)}) ({_alternatives(['dozen', *_SCALE_WORDS])})"
              rf"(?: ({_alternatives(w for w in _SCALE_WORDS if SCALES[w] >= 1000)}))?")
_VAGUE = rf"(?:{_VAGUE_MANY}|{_VAGUE_FEW})"
_QUAL = _alternatives(QUALIFIERS)
FIGURE = re.compile(
    rf"(?<![\w.,£$€-])(?:(?P<qual>{_QUAL})\s+)?(?P<a>{_VAGUE}|{_AMOUNT})"
    rf"(?:\s?(?P<sep>-|–|to|or|and)\s?(?P<b>{_AMOUNT}))?"
    rf"(?P<pct>\s?(?:%|per ?cent|percentage points?))?(?![\w])",
    re.IGNORECASE)


def find_figures(parsed: ParsedArticle, positions: list[RawPosition]) -> list[RawFigure]:
    figures = []
    for n, sent in enumerate(parsed.sentences):
        for match in FIGURE.finditer(sent.text):
            figure = _figure(sent, match, n, parsed.start_char(sent))
            if figure:
                figure.actor = _claimant(figure, positions)
                figures.append(figure)
    return figures


def _figure(sent: Span, match: re.Match, n: int, base: int) -> RawFigure | None:
    """The figure a match names, or None; `base` is the sentence's article offset."""
    a, b, sep, qual = match.group("a"), match.group("b"), match.group("sep"), match.group("qual")
    if b and (sep or "").lower() == "and" and (qual or "").lower() != "between":
        b = None    # "3 and 4" only bounds a range after "between"
    if b and not _parse_amount(b):
        b = None
    end = match.end("b") if b else match.end("a")
    if match.group("pct") and (not b or match.end("pct") > end):
        end = match.end("pct")
    start = match.start("qual") if qual else match.start("a")
    text = sent.text[start:end]
    tokens = _tokens_at(sent, match.start("a"), match.end("b") if b else match.end("a"))
    if not tokens or _not_a_quantity(sent, match, tokens):
        return None
    low, high = _bounds(a, b)
    if low is None:
        return None
    value = low
    ranged = high is not None          # a range or a vague amount has both bounds
    bound = QUALIFIERS.get((qual or "").lower())
    if not ranged:
        low, high = (value, None) if bound == "low" else (None, value) if bound == "high" else (None, None)
    pct = bool(match.group("pct"))
    return RawFigure(value=value, low=low, high=high, text=text,
                     unit="%" if pct else _unit(a, b, tokens),
                     qualifier=(qual or "").lower() or None, sentence=sent.text.strip(),
                     sentence_index=n, start=base + start, end=base + end)


def _parse_amount(text: str) -> float | None:
    """'£5.38bn' -> 5.38e9, 'fifty-three' -> 53, 'two hundred thousand' -> 200000."""
    t = text.lower().strip()
    t = re.sub(r"^[£$€]\s?", "", t)
    m = re.match(rf"({_NUMBER}|{_WORD})", t)
    if not m:
        return None
    head = m.group(1)
    if re.match(r"\d", head):
        value = float(head.replace(",", ""))
    else:
        parts = re.split(r"[- ]", head)
        value = NUMBER_WORDS.get(head) or sum(NUMBER_WORDS.get(p, 0) for p in parts)
    scales = re.findall(_SCALE + r"(?![\w])", t[m.end():])
    if head in INDEFINITE_ARTICLES and not scales:
        return None
    for s in scales:
        value *= SCALES[s]
    return float(value)


def _bounds(a: str, b: str | None) -> tuple[float | None, float | None]:
    low_a = a.lower()
    vague = re.fullmatch(_VAGUE_MANY, low_a)
    if vague:
        lo, hi = VAGUE[vague.group(1)]
        if vague.group(2):
            scale = VAGUE[vague.group(2)][0]
            lo, hi = lo * scale, (hi + 1) * scale - 1
        return float(lo), float(hi)
    few = re.fullmatch(_VAGUE_FEW, low_a)
    if few:
        unit = NUMBER_WORDS[few.group(2)] if few.group(2) in NUMBER_WORDS else SCALES[few.group(2)]
        unit *= SCALES[few.group(3)] if few.group(3) else 1
        return float(2 * unit), float(9 * unit)
    va = _parse_amount(a)
    if va is None:
        return None, None
    if not b:
        return va, None
    vb = _parse_amount(b)
    if vb is None:
        return va, None
    b_scales = re.findall(_SCALE + r"(?![\w])", b.lower())
    a_scales = re.findall(_SCALE + r"(?![\w])", a.lower())
    if b_scales and not a_scales:       # "six or seven million", "£3-4bn"
        for s in b_scales:
            va *= SCALES[s]
    return (va, vb) if va <= vb else (va, None)


def _tokens_at(sent: Span, start: int, end: int) -> list[Token]:
    base = sent.start_char
    return [t for t in sent if t.idx - base < end and t.idx + len(t.text) - base > start]


def _not_a_quantity(sent: Span, match: re.Match, tokens: list[Token]) -> bool:
    a = match.group("a")
    low = a.lower()
    first, last = tokens[0], tokens[-1]
    doc = sent.doc
    prev = doc[first.i - 1] if first.i > sent.start else None
    nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
    plain = re.fullmatch(r"\d+", a) is not None
    money_or_pct = a[:1] in CURRENCY or match.group("pct")
    if low in LONE_NUMBER_PRONOUNS and not match.group("b") and first.dep_ != "nummod":
        return True     # "one of them", "one has to"
    if plain and len(a) == 4 and 1800 <= int(a) <= 2100 and not money_or_pct and not (nxt is not None and nxt.tag_ == "NNS"):
        return True     # a year
    if plain and int(a) <= 31 and ((prev is not None and prev.lower_.rstrip(".") in MONTHS) or
                                   (nxt is not None and nxt.lower_.rstrip(".") in MONTHS)):
        return True     # a day of the month
    after = sent.text[match.end():match.end() + 5].lower()
    before = sent.text[max(0, match.start() - 1):match.start()]
    if re.match(r"\s?(:\d|[ap]\.?m\b|gmt|bst|est|hrs|h\b)", after) or before == ":":
        return True     # a clock time
    if re.match(r"(st|nd|rd|th)\b", after):
        return True
    if any(t.ent_type_ in NAME_LABELS for t in tokens) and not money_or_pct:
        return True     # part of a name: "Radio 4", "G8", "BBC Two"
    if prev is not None and prev.lower_.rstrip(".") in ID_WORDS and plain:
        return True     # "No 10", "Section 8"
    if prev is not None and prev.text == "," and plain and doc[prev.i - 1].ent_type_ == "PERSON" \
            and nxt is not None and nxt.text == ",":
        return True     # "John Smith, 45," — an age that identifies
    if prev is not None and prev.lower_ == "aged" and plain:
        return True
    return False


def _unit(a: str, b: str | None, tokens: list[Token]) -> str | None:
    """What is counted: the noun the number modifies, or the noun after 'of'."""
    amount = b or a
    if amount[:1] in CURRENCY:
        return CURRENCY[amount[0]]
    last = tokens[-1]
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        noun = next((t for t in doc[nxt.i + 1:min(len(doc), nxt.i + 7)]
                     if t.pos_ in ("NOUN", "PROPN") and not t.like_num and t.lower_ not in VAGUE
                     and t.lower_ not in SCALES), None)
        return noun.text if noun is not None else None
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN") and head.i > last.i:
        return head.text
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.like_num:
        return nxt.text
    return None


def _claimant(figure: RawFigure, positions: list[RawPosition]) -> str | None:
    """The actor of the statement whose content span holds the figure, if any (a figure
    outside every statement is claimed by nobody, whatever words it shares with one)."""
    for p in positions:
        if p.actor and p.start <= figure.start and figure.end <= p.end:
            return p.actor
    return None
