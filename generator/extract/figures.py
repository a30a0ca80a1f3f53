"""Figures of one article: the quantities it asserts, with bounds, qualifier, unit and claimant.

A pattern over each sentence finds what reads as an amount ("more than 1,000", "£5.38bn",
"three-and-a-half million", "two-thirds", "fourfold", "tens of thousands", "between 20 and
30"); number words are read by `numerizer`. The parse and spaCy's entity labels then rule
out what is no quantity the article asserts (dates, years, ages, clock times, durations
that only place an event in time, numbers inside names, model numbers, scores, counts of
things already named) and name what is counted: the noun the number quantifies, the noun of
an "of"-complement ("millions of refugees", "62% of voters"), the currency or the measure.
The claimant is the source of the statement whose text contains the figure; where no
statement with a known speaker holds it, the source the sentence's own structure attributes
it to: the subject of an attributing verb whose clause or object holds the figure ("X
estimates ..."), the author of a poll or report it belongs to ("an Ipsum poll with 30%"), or
"according to X" — but only a source the extraction already named (a mention span), else
nobody.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Mapping, Sequence

from numerizer import numerize
from spacy.tokens import Doc, Span, Token

from .. import lexicon as L
from ..model import MentionSpan, RawFigure, RawPosition
from ..names import gender_of_given_name, name_head
from .evidence import capital_of, keeps_its_name_back, speaks_unnamed, valued_at
from .parse import ParsedArticle, a_definite_determiner_on, child_tokens, common_word_read_as_a_name, only_a_definite_determiner_before, entity_at, hyphened_parts_before, is_authoring_verb, name_set_off_after, doc_text, doc_tokens, is_noun_word, named_after_according_to, sentence_start, span_text, span_tokens, word_forms
from .positions import before_semicolon, change_of_the_object
from .quotes import Quote, find_quotes
from .speakers import maker_beside_commissioner, maker_named_at_a_later_mention
from .titles import title_gender

# Unions of lexicon sets that functions below test against, united once at import rather than per call.
_BODY_OR_PERSON_NOUNS = L.ORG_HEADS | L.BODY_GROUP_NOUNS | L.UNNAMED_BODY_NOUNS | L.PERSON_NOUNS
_PERCENT_OR_CURRENCY_WORDS = L.PERCENT_WORDS | L.CURRENCY_WORDS
_NEGATIVE_WORDS = L.NEGATIONS | L.NEGATIVE_QUANTIFIERS
_RATE_DENOMINATORS_OR_TIME_UNITS = L.RATE_DENOMINATORS | L.TIME_UNITS
_BAND_OR_AGE_WORDS = L.BAND_NOUNS | L.AGE_WORDS
_CHANGE_OR_MOVING_VERBS = L.CHANGE_VERBS | L.MOVING_VERBS
_PENALTY_OR_DETAINING_VERBS = L.PENALTY_VERBS | L.DETAINING_VERBS
# Verbs whose object's 'for N <time>' is the term of the thing given, ruled, held or kept in a penalty
_TERM_SETTING_VERBS = _PENALTY_OR_DETAINING_VERBS | L.GIVING_TO_EACH_VERBS | L.RULING_VERBS
_TIME_PREPOSITIONS_OR_QUALIFIERS = L.TIME_PREPOSITIONS | L.PREPOSITION_QUALIFIERS
_TIME_UNIT_OR_GENERATION_WORDS = L.TIME_UNITS | L.GENERATION_WORDS
_COUNTED_OR_UNIT_WORDS = L.COUNTED_MODIFIER_NOUNS | L.MEASURE_UNITS | L.CURRENCY_WORDS | L.TIME_UNITS | L.PERCENT_WORDS
_RATE_OR_MEASURE_HEAD_NOUNS = L.RATE_NOUNS | L.PERCENT_CHANGE_NOUNS | L.MEASURE_HEAD_NOUNS
_LEVEL_OR_CHANGE_VERBS = L.LEVEL_VERBS | L.CHANGE_VERBS
_MONEY_OR_MONEY_FLOW_VERBS = L.MONEY_VERBS | L.MONEY_FLOW_VERBS
_BODY_LINKS_OR_TO = L.BODY_LINKS | {"to"}
_NEGATIVE_OR_DOUBTING_VERBS = L.NEGATIVE_IMPLICATIVE_VERBS | L.DOUBTING_VERBS
_ARTICLES = L.INDEFINITE_ARTICLES | L.DEFINITE_DETERMINERS
_POLL_OR_REPORT_NOUNS = L.POLL_NOUNS | L.REPORT_NOUNS


def _issuing_or_authoring(verb: Token) -> bool:
    """A verb of issuing a document (DOCUMENT_ISSUING_VERBS) or of making it (`is_authoring_verb`)."""
    return verb.lemma_.lower() in L.DOCUMENT_ISSUING_VERBS or is_authoring_verb(verb)


def _alternatives(words) -> str:
    """A regular-expression alternation of words, longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _trie(words) -> str:
    """The same alternation as `_alternatives`, factored on common prefixes (a long list of
    marks is then tried a character at a time, not a word at a time, at each position)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")
    return pattern(tree)


_ONES = _alternatives(L.NUMBER_ONES)
_SMALL = (rf"(?:{_alternatives(L.NUMBER_TENS)})(?:-(?:{_ONES}))?"
          rf"|{_alternatives(L.NUMBER_TEENS)}|{_ONES}|zero")
_BIG = _alternatives(L.SCALE_WORDS)
# Indian grouping first ("1,84,000": lakhs in pairs of digits), then thousands in threes.
_COMMA_DIGITS = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Thousands in threes after a space, as SI and South African style write them ("40 000", "R50 000"):
# every group after the first of three digits. FIGURE_SPACED, which reads them, is tried only on
# an article that groups no number with commas (`_groups_with_spaces`).
_SPACED_DIGITS = r"[1-9]\d{0,2}(?: \d{3})+(?!\d|,\d)(?:\.\d+)?"
_DIGITS = rf"{_SPACED_DIGITS}|{_COMMA_DIGITS}"     # the digits of an amount found, in either style
# A decimal comma, read only after a currency: a comma with one or two digits after it and no
# digit or comma after those ("US$6,10 a litre", "ZiG26,8 million"; not "$1,250", "Rs 1,20,000").
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?![\d,])"
_ABBREVIATED = (rf"(?:(?:{_alternatives(L.SCALE_ABBREVIATIONS)})|\s(?:{_alternatives(L.SPACED_SCALE_ABBREVIATIONS)}))"
                r"(?![\w'’])")
# Scales of national house styles, glued to an amount (or after one space: the Sri Lankan
# press's "Rs. 7.2 b") only after a currency: "RM120mil", "Rs1.2tr", "$5b", "P4.1-B".
_MONEY_ABBREVIATED = (rf"(?:\s?(?:{_alternatives(L.MONEY_SCALE_ABBREVIATIONS)})|-(?-i:{_alternatives(L.MONEY_HYPHENED_SCALES)}))"
                      r"(?![\w'’-])")
# The crore's "cr", only after the sign or mark of a currency of CRORE_CURRENCIES ("Rs 9.6 cr",
# "₹120 cr"; not "$5 cr", "£40 cr").
_CRORE_ABBREVIATED = rf"\s?(?-i:{_alternatives(L.LOWER_CASE_MONEY_SCALE_ABBREVIATIONS)})(?![\w'’-])"
# The scales of an amount FIGURE has found, read from its lowercased text after the currency.
_SCALES_OF_FOUND = (rf"{_BIG}|{_ABBREVIATED}|(?:{_alternatives(L.MONEY_SCALE_ABBREVIATIONS | L.LOWER_CASE_MONEY_SCALE_ABBREVIATIONS)}"
                    rf"|-(?:{_alternatives(s.lower() for s in L.MONEY_HYPHENED_SCALES)}))(?![\w'’-])")
_SCALE_FACTORS = {**L.SCALES, **L.MONEY_SCALE_ABBREVIATIONS, **L.LOWER_CASE_MONEY_SCALE_ABBREVIATIONS,
                  **{s.lower(): factor for s, factor in L.MONEY_HYPHENED_SCALES.items()}}
_SIGNS = "".join(re.escape(sign) for sign in L.CURRENCY)
_MARKS = rf"(?-i:{_trie(set(L.CURRENCY_MARKS) - L.CODE_LIKE_CURRENCY_MARKS)})(?=\s?\d)"    # "R$1.9bn", "Rs 2,410 crore", "CHF 4m"
_ALL_MARKS = rf"(?-i:{_trie(L.CURRENCY_MARKS)})(?=\s?\d)"
_CRORE_MARKS = (rf"(?-i:{_trie({m for m, unit in L.CURRENCY_MARKS.items() if unit in L.CRORE_CURRENCIES} - L.CODE_LIKE_CURRENCY_MARKS)})"
                rf"|[{''.join(re.escape(s) for s, unit in L.CURRENCY.items() if unit in L.CRORE_CURRENCIES)}]")
_CODE_LIKE_MARKS = rf"(?-i:{_trie(L.CODE_LIKE_CURRENCY_MARKS)})"
_SCALE_AFTER = rf"(?:\s*(?:{_BIG})(?![\w])|-(?:{_BIG})(?![\w-]))"     # "28 billion", "28-billion", not "5-million-strong"
_TIME_UNITS = _alternatives(u for u in L.TIME_UNITS if not u.endswith("s"))
# A capital letter before a number is money only where the amount reads as one: a scale after it
# ("R14 million", "N4.2trn", "R1.2-billion"), thousands grouped by commas ("R14,500"), or a sum
# paid per period ("R800 a month"); not a road or a model ("N2 motorway", "R44", "N95 masks").
_LETTERS = rf"(?-i:{_alternatives([*L.LETTER_CURRENCY_MARKS, *L.SHARED_LETTER_CURRENCY_MARKS])})"


def _letter_marks(digits: str, grouped: str) -> str:
    """A letter or a code-like mark before an amount in `digits` that reads as money (a mark
    also before a price in cents, "Dh6.85"); `grouped` is the amount grouped in thousands, whole
    (no digit or comma-and-digit after it) though a comma of the sentence follows ("paid
    Dhs480,000, the court heard")."""
    reads_as_money = (rf"(?:{_DECIMAL_COMMA}|{digits})(?:{_SCALE_AFTER}|{_ABBREVIATED}|{_MONEY_ABBREVIATED})"
                      rf"|(?:{grouped})(?![\w]|,\d)"
                      rf"|\d+(?:\.\d+)?\s(?:a|per)\s(?:{_TIME_UNITS})\b(?!\s+(?:{_alternatives(L.TIME_LOCATORS_AFTER)})\b)")
    return (rf"{_CODE_LIKE_MARKS}(?=\s?(?:{reads_as_money}|\d+[.,]\d\d(?![\w.,%])))"
            rf"|{_LETTERS}(?={reads_as_money})")


_SIGNED = rf"(?:{_alternatives(L.CURRENCY_PREFIXES)})?[{_SIGNS}]"
# The currency of an amount FIGURE has found, read from its text alone (the context that made a
# letter a currency, "R800 a month", lies outside it).
_CURRENCY_OF_FOUND = rf"(?:{_ALL_MARKS}|{_LETTERS}(?=\d)|{_SIGNED})"
# The currency and scale patterns the amount readers try on every figure, compiled once: as
# strings handed to `re` they were compiled anew many times per article (the rules use more
# patterns than the re module's own cache holds).
_CURRENCY_MARK = re.compile(_CURRENCY_OF_FOUND)
_CURRENCY_MARK_ANY_CASE = re.compile(_CURRENCY_OF_FOUND, re.IGNORECASE)
_OPENING_CURRENCY_MARK = re.compile(rf"^{_CURRENCY_OF_FOUND}")
_OPENING_CURRENCY_MARK_ANY_CASE = re.compile(rf"^{_CURRENCY_OF_FOUND}\s?", re.IGNORECASE)
_SCALE_FOUND = re.compile(_SCALES_OF_FOUND)
_AMOUNT_DIGITS = re.compile(rf"({_DIGITS})")
_SPACED_THOUSANDS = re.compile(rf"(?:{_CURRENCY_OF_FOUND})?\s?[1-9]\d{{0,2}} \d{{3}}(?!\d)")
_WORDS = (rf"(?:(?:{_SMALL})(?:[- ](?:and[- ])?(?:{_SMALL}|{_BIG}|dozen(?![\w-])|a[- ]half))*"     # "two dozen": 24
          rf"|an? (?:{_BIG}|dozen)(?:[- ](?:and[- ])?(?:{_SMALL}|{_BIG}))*)")
_DOZEN_SCALE = re.compile(r"(?<![\w-])dozen(?![\w-])")     # a scale over both ends of a range: "two or three dozen"
_FRACTIONS = _alternatives(L.FRACTION_WORDS)
_FRACTION = rf"(?:(?:a|{_ONES})[- ])?(?:{_FRACTIONS})(?:\s+(?:of\s+)?an?\s+(?:{_BIG})(?![\w-]))?"  # "a quarter of a million"
_GLUED = rf"(?-i:{_alternatives(L.GLUED_MEASURE_UNITS)})(?![\w/°])"     # "70mm", "5km", "3GW"
_GLUED_AMOUNT = re.compile(rf"({_DIGITS})({_GLUED})")
# A number written with its scale glued on ("4.2mn"), which the parser may take for a compound of its noun.
_GLUED_SCALE_AMOUNT = re.compile(rf"\d[\d.,]*(?:{_alternatives(L.SCALE_ABBREVIATIONS)})", re.IGNORECASE)
# A letter two currencies share counts, until the article tells which, a unit naming both
# ("pesos or pula"), which `_resolve_shared_marks` settles or drops.
_SHARED_MARK_UNITS = {mark: " or ".join(currencies) for mark, currencies in L.SHARED_LETTER_CURRENCY_MARKS.items()}
_MONEY_UNITS = set(L.CURRENCY.values()) | set(L.CURRENCY_MARKS.values()) | set(L.LETTER_CURRENCY_MARKS.values()) \
    | set(_SHARED_MARK_UNITS.values())
_MONEY_UNITS_LOWER = {unit.lower() for unit in _MONEY_UNITS}
_MONEY_UNITS_OR_CURRENCY_WORDS = _MONEY_UNITS | set(L.CURRENCY_WORDS)      # united once, not per call
_MONEY_GIVEN_FOR_A_PURPOSE = L.MONEY_VERBS - L.PAYING_VERBS     # 'raised $5m for every school': no price per school
_MONEY_OR_MINOR_UNITS = _MONEY_UNITS | L.MINOR_CURRENCY_WORDS     # sums whose piece or period a rate reads ('18 cents a share')


def _a_sum_of_money(unit: str) -> bool:
    """A unit of money (`_MONEY_OR_MINOR_UNITS`), also where a country or a name before it says
    whose ('US cents', 'Fiji dollars'): its last word is one; the piece or period after it is read
    the same ('35 Canadian cents a litre')."""
    return unit in _MONEY_OR_MINOR_UNITS or " " in unit and unit.rsplit(" ", 1)[1] in _MONEY_OR_MINOR_UNITS
_VAGUE_SCALES = _alternatives(L.VAGUE_SCALES)
_VAGUE_AMOUNT = re.compile(rf"(\w+)(?: of ({_VAGUE_SCALES}))?")
_FEW = _alternatives(L.FEW_WORDS)
_VAGUE = (rf"(?:{_alternatives(L.VAGUE)})(?: of (?:{_VAGUE_SCALES}))?(?![\w])"
          rf"|(?:{_FEW}) (?:dozen|{_BIG})(?: (?:{_BIG}))?(?![\w])")
_MULTIPLIER = rf"(?:{_alternatives(L.MULTIPLIERS)}|(?:{_SMALL}|\d+)[- ]?fold)(?![\w])"
_SEPARATORS = _alternatives(L.RANGE_SEPARATORS)
_QUALIFIER = _alternatives(L.FIGURE_QUALIFIERS)
_GLUED_PERCENT = rf"(?<=\d)(?-i:{_alternatives(L.GLUED_PERCENT_ABBREVIATIONS)})"    # "5pc"
_PERCENT = rf"(?:\s?(?:%|per ?cent)|{_GLUED_PERCENT})(?![\w])"


def _figure_pattern(digits: str, grouped: str) -> re.Pattern:
    """What reads as an amount, its qualifier, a range's second end and a percentage, with
    numbers written in `digits` (`grouped`: those grouped in thousands)."""
    currency = rf"(?:{_MARKS}|{_letter_marks(digits, grouped)}|{_SIGNED})"
    tail = rf"(?:{_SCALE_AFTER})*(?:{_ABBREVIATED}|{_MONEY_ABBREVIATED})?"
    crore = rf"(?:{_CRORE_MARKS})\s?(?:{digits}){_CRORE_ABBREVIATED}"
    amount = (rf"{crore}|(?:{currency}\s?)(?:{_DECIMAL_COMMA}|{digits}){tail}"
              rf"|(?:{digits})(?:{_SCALE_AFTER})*(?:{_ABBREVIATED})?"
              rf"|(?:{currency}\s?)?(?:{_WORDS})(?![\w])|(?:{digits}){_GLUED}")
    # the range's low end read as money: the same code-like mark before its high end is the same
    # money whatever amount follows ("Dh1.85 to Dh2", "Sh20-Sh25"), not a code ("the Dh2 gene");
    # not another mark ("from $1.85 to Dh2") nor after a low end with a scale ("Sh1.5 million to
    # Sh2": its scale left out, or a code)
    first = (rf"(?P<money>{currency})\s?(?:{_DECIMAL_COMMA}|{digits})(?!{_SCALE_AFTER}|{_ABBREVIATED}|{_MONEY_ABBREVIATED}|{_CRORE_ABBREVIATED})"
             rf"|{crore}|(?:{currency}\s?)(?:{_DECIMAL_COMMA}|{digits}){tail}"
             rf"|(?:{digits})(?:{_SCALE_AFTER})*(?:{_ABBREVIATED})?"
             rf"|(?:{currency}\s?)?(?:{_WORDS})(?![\w])|(?:{digits}){_GLUED}")
    same_money = rf"(?(money)(?={_CODE_LIKE_MARKS})(?P=money)\s?(?:{digits}){tail}(?![\w.,%])|(?!))"
    return re.compile(
        rf"(?<![\w.,{_SIGNS}#&/:+=*^-])(?:(?P<qual>{_QUALIFIER})\s+(?:an?\s+(?={_MULTIPLIER}))?)?"
        rf"(?P<neg>[-−](?=\d))?(?P<a>{_VAGUE}|{_MULTIPLIER}|{_FRACTION}|{first})"
        rf"(?:(?P<apct>{_PERCENT}(?=(?:[-–]|\s(?:{_SEPARATORS})\s)(?:{digits}|{_WORDS}){_PERCENT}))?"
        rf"(?P<sep>[-–]|\s(?:{_SEPARATORS})\s)(?P<b>{_VAGUE}|{amount}|{same_money}))?"
        rf"(?P<pct>(?:\s?(?:%|per ?cent|percentage points?)|{_GLUED_PERCENT})(?![\w]))?(?![\w/+=*^]|[.,:]\d)",
        re.IGNORECASE)


FIGURE = _figure_pattern(_COMMA_DIGITS, r"\d{1,3}(?:,\d{3})+")
# The same, for an article that groups thousands with spaces ("40 000 pages", "R50 000").
FIGURE_SPACED = _figure_pattern(_DIGITS, r"[1-9]\d{0,2}(?:[, ]\d{3})+")
_COMMA_GROUP = re.compile(r"\d,\d{3}(?!\d)")
_SPACE_GROUP = re.compile(r"(?<![\d.,])[1-9]\d{0,2} \d{3}(?!\d|,\d)")


def _groups_with_spaces(text: str) -> bool:
    """An article that writes thousands with a space ('40 000') and no number with a comma
    between thousands ('1,420'): where it also writes commas, '5 300' may be two numbers."""
    return _SPACE_GROUP.search(text) is not None and _COMMA_GROUP.search(text) is None

# Sentences without a digit or a number word hold no figure: the full pattern is not tried on them.
# (Every alternative opens on a word character: the lookahead lets the search skip the rest fast.)
_MAY_HOLD_A_NUMBER = re.compile(
    rf"(?=\w)(?:\d|\b(?:{_SMALL}|(?:{_BIG})s?|dozen|{_alternatives(L.VAGUE)}|{_FRACTIONS}|{_alternatives(L.MULTIPLIERS)})\b"
    r"|(?<=\w)fold\b)", re.IGNORECASE)


def find_figures(parsed: ParsedArticle, positions: list[RawPosition],
                 mentions: list[MentionSpan] = (), countries: set[str] = frozenset(),
                 kinds: Mapping[str, str] = MappingProxyType({}),
                 roles: Mapping[str, str] = MappingProxyType({}),
                 seats: Mapping[str, str] = MappingProxyType({}),
                 pointers: Sequence[RawPosition] = ()) -> list[RawFigure]:
    """The figures of an article; `mentions` are the words extraction resolved to an actor
    (names, aliases, resolved pronouns), the only sources a sentence can attribute a figure
    to; `countries` the keys of the countries among them (what a capital that owns something
    stands for); `kinds` the type of each actor key (what 'it' or 'his' can stand for: see
    `_antecedents`); `roles` the role of each actor key that has one (who 'the governor' is:
    see `_office_holder`), `seats` the affiliation of each of those that has one (of where);
    `pointers` the statements whose words only point back ('X disclosed this'), no positions."""
    figures = []
    spans: dict[int, list[MentionSpan]] = {}
    for span in mentions:
        spans.setdefault(span[0], []).append(span)
    seen_currencies: set[str] = set()         # the currencies of the article's figures so far
    discourse = _Discourse()
    names = _names_written(parsed, mentions)
    offices = _sole_holders(roles, seats)
    bodies = _sole_bodies(names, kinds)
    unnamed = _kinds_of_unnamed_bodies(parsed, bodies, names)
    bodies = {head: key for head, key in bodies.items() if head not in unnamed}
    first_named: dict[str, int] = {}          # the sentence that first names each actor: 'the council'
    for span in mentions:                     # points back only to a body named by then
        first_named[span[3]] = min(span[0], first_named.get(span[3], span[0]))
    actor_keys = {span[3] for span in mentions}
    quotes: list[Quote] | None = None         # found when a figure first needs them
    voters: str | None = None                 # what the sentence before counts as voters
    proposals: list[tuple[int, str | None, bool]] = []    # each percentage so far (`_borrow_proposed_change`)
    finders: dict[int, str] = {}              # a sentence's document that found its figures, in words
    pattern = FIGURE_SPACED if _groups_with_spaces(parsed.article.text) else FIGURE
    for n, sent in enumerate(parsed.sentences):
        text = span_text(sent)
        discourse.advance(parsed, n, spans)
        if discourse.breakdown and _opens_a_breakdown(sent):
            discourse.carried["poll"] = discourse.earlier["poll"]   # "Among women, the two are tied.": still the poll
        if not _MAY_HOLD_A_NUMBER.search(text) or _is_question(text):
            continue
        found = _join_open_ranges([f for f in (_figures(sent, m, n) for m in pattern.finditer(text)) for f in f], text)
        found = _join_rate_bases(found, text)
        _borrow_elided_units(found, seen_currencies, voters)
        found = _join_duration_parts(_join_listed_counts(found, text), text)
        _borrow_compared_rates(found)
        _share_coordinated_bases(found)
        _borrow_proposed_change(found, proposals, n)
        voters = _voters_counted(found)
        _qualify_conversions(found, text)
        ratios = _ratios(sent, text, n)
        if ratios:                        # a rate replaces what its numbers read as alone
            found = sorted([(f, t) for f, t in found if not any(r.start < f.end and f.start < r.end for r, _ in ratios)]
                           + ratios, key=lambda pair: pair[0].start)
        seen_currencies |= _currencies(found)
        base = parsed.start_char(sent)
        referents, poll = discourse.referents(), discourse.earlier.get("poll")   # a poll named just before
        poll_results = bool(poll) and any(
            _breaks_down_a_poll(sent, f, t, discourse.breakdown, discourse.after_poll) for f, t in found)
        speakers = {p.speaker: p.actor for p in positions if p.sentence_index == n and p.actor}
        antecedents = _antecedents(parsed, n - 1, spans.get(n - 1, []), positions, kinds) \
            if n and _has_antecedent_pronoun(sent) else {}
        statements = [(p.start, p.end, p.actor) for p in positions if p.sentence_index == n]
        mention_of = _mention_finder(parsed, n, spans.get(n, []), speakers, countries, antecedents, kinds, names,
                                     statements, offices,
                                     {h: k for h, k in bodies.items() if first_named.get(k, n + 1) <= n})
        running = _running_report(parsed, n, spans, mention_of, referents, kinds, names) if n and not statements else None
        sentence_figures: list[tuple[RawFigure, list[Token]]] = []
        for figure, tokens in found:
            if _restates_a_correction(figure, text, figures):
                continue
            figure.start, figure.end = base + figure.start, base + figure.end
            statement = _statement(figure, positions) or _sentence_according_to(figure, _head(tokens), positions)
            if statement is not None and statement.cue.lower().startswith("ask") and not _asked_for(_head(tokens)) \
                    or _is_asked(_head(tokens)):
                continue                  # a question put to someone asserts nothing
            if statement is not None and _is_legal_act(statement, sent):
                statement = None          # "prosecutors charged two men with defrauding 74 firms"
            if (statement is None or not statement.direct) and _present_gloss_in_a_past_report(_head(tokens)):
                sentence_figures.append((figure, tokens))
                figures.append(figure)    # "the review found failings at the board, which runs 28 leagues": the writer's
                continue
            nearest = _NOBODY_NAMED if _place_gloss(_head(tokens)) is not None \
                else _attributed_to(_head(tokens), mention_of, referents, kinds)
            if (statement is None or not statement.actor) and nearest in (None, _NOBODY_NAMED):
                nearest = _claimed_in_its_relative(_head(tokens), mention_of, referents) or nearest
            if statement is not None and statement.actor and nearest not in (None, _NOBODY_NAMED, statement.actor) \
                    and seats.get(statement.actor) == nearest \
                    and _named_only_within(nearest, statement, sent, spans.get(n, []), parsed.offset(sent.doc),
                                       parsed.offset(sent.doc) + parsed.sentence_begin(n)):
                nearest = statement.actor  # "Governor X said the bank kept its forecast at 5%": X's, who speaks for it
            if statement is not None and statement.actor and nearest not in (None, _NOBODY_NAMED, statement.actor) \
                    and _principal_of_a_spokesperson(statement, nearest, names):
                nearest = statement.actor  # "A spokesperson for X said ...": whoever the statement found speaks, not X
            later = _maker_named_later(parsed, _head(tokens), n, spans, nearest, mention_of) if nearest not in (None, _NOBODY_NAMED) else None
            nearest = nearest if later is None else later
            if nearest == _NOBODY_NAMED and statement is not None and statement.actor \
                    and _relays_a_document(_head(tokens), statement, base - sent.start_char):
                nearest = None             # "X was charged after an audit found $90,000 missing, police say": theirs
            if nearest == _NOBODY_NAMED:
                figure.actor = None       # "Lima's pledge to hire 500 nurses was welcomed by the union"
            else:
                figure.actor = nearest or (statement.actor if statement is not None else None)
            if figure.actor is None and poll_results and (_is_share(figure) or _is_margin(figure)):
                figure.actor = discourse.carried["poll"] = poll
            if figure.actor is None and statement is None and nearest is None:
                quotes = find_quotes(parsed.article.text) if quotes is None else quotes
                figure.actor = _speaker_of_quotation(parsed, figure, n, quotes, spans, countries, kinds, names,
                                                     positions)
            if figure.actor is None and statement is None and nearest is None and not statements:
                figure.actor = _inverted_cue_source(sent, mention_of, actor_keys) or _closing_cue_source(sent, mention_of, kinds)
            if figure.actor is None and statement is None and nearest is None:
                figure.actor = _acted_by(_head(tokens), mention_of, kinds) or _demanded_by(_head(tokens), mention_of)
            if figure.actor is None and statement is None and nearest is None:
                figure.actor = _joined_report_speaker(_head(tokens), positions, n, base - sent.start_char)
            if figure.actor is None and statement is None and nearest is None:
                aside = _cue_set_off_in_commas(_head(tokens).sent.root, _head(tokens), hung_anywhere=True)
                key = _source(_subject_of(aside), mention_of, referents) if aside is not None else None
                figure.actor = key if key != _NOBODY_NAMED else None   # '..., she said, up from 60 in 2019'
            if figure.actor is None and statement is None and nearest is None and running is not None:
                figure.actor = running    # "The audit office's report showed ... . The overruns came to 41 months."
            if figure.actor is None and nearest is None:
                figure.actor = _listed_source(figure, tokens, mention_of, kinds, sentence_figures)
            if figure.actor is None and nearest is None:
                figure.source = _unnamed_source(statement, _head(tokens))
            if figure.actor is None and figure.source is None and (statement is None and nearest is None
                                                                   or nearest == _NOBODY_NAMED):
                figure.source = _finder_in_words(_head(tokens), finders.get(n - 1))   # "new data showed"
            if figure.actor is None and figure.source is None and statement is None and nearest is None:
                hearer = _hearer(_head(tokens))          # "..., Wexmoor Crown Court heard": the court, as written
                if hearer is not None:
                    figure.actor = mention_of(hearer) or None
                    figure.source = None if figure.actor else _source_phrase(hearer)
            if figure.actor is None and figure.source and _finding_of_the_main_clause(_head(tokens)):
                finders[n] = figure.source  # what 'It also found' in the next sentence takes up
            sentence_figures.append((figure, tokens))
            figures.append(figure)
    _claim_captions(parsed, figures, spans, kinds)
    _claim_disclosed_before(parsed, figures, positions, pointers)
    if _headline_line(parsed):
        figures = [f for f in figures if not _repeated_from_headline(f, figures)]
    figures = _resolve_shared_marks(parsed.article.text, figures)
    return [f for f in figures if f.unit is not None]    # a number whose unit no rule reads cannot be quoted


def _present_gloss_in_a_past_report(number: Token) -> bool:
    """'The review found failings at the commission, which oversees 28 leagues', 'The lender,
    which has 2 million customers, lost 5% of its deposits': a figure in a relative clause set off
    by a comma and opened by 'which' or 'who', in the present tense, on a noun of a clause in the
    past ('found', 'was', 'had lost', 'would close'): a present-tense description of a noun of a
    past event or finding is the writer's own, no part of what a source found. Not a noun inside
    the clause a verb of saying reports ('Fitch said the lender, which has 2 million customers,
    was likely to lose ...': `_within_a_reported_clause`; the report is the speaker's whole, its
    descriptions too, unless the description is dated after it: 'which has since cut 300 jobs'),
    nor inside quotation marks ('"... the plant, which employs 800, ..." she
    said' is hers), nor a report in the present ('says the lender, which has ..., is ...'), nor a
    clause that is a report or valuation of its own ('the scheme, which officials say costs $4m',
    'the developer, which has estimated its cost at $2bn'; the relative pronoun must be the
    clause's subject), nor a noun of an owner ('said its programme, which covers 30 indicators,
    ...': a source may well describe what is its own)."""
    clause = next((t for t in [number, *number.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or not (clause.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in child_tokens(clause))):
        return False
    doc, opener = number.doc, clause.left_edge
    if opener.lower_ not in L.RELATIVE_PRONOUN_OPENERS or opener.head.i != clause.i or opener.dep_ not in ("nsubj", "nsubjpass") \
            or opener.i == 0 or doc[opener.i - 1].text != "," \
            or any(_is_attributing(t) or t.lemma_.lower() in L.VALUING_VERBS for t in clause.subtree) \
            or any(c.dep_ == "poss" for c in child_tokens(clause.head)) \
            or sum(t.is_quote for t in doc[number.sent.start:number.i]) % 2:
        return False
    verb = clause.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and (verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in L.BACKSHIFTED_MODALS)
        for c in child_tokens(verb))) and (not _within_a_reported_clause(clause.head) or any(
            c.dep_ == "advmod" and c.lower_ in L.SINCE_ADVERBS for c in child_tokens(clause)))


def _within_a_reported_clause(noun: Token) -> bool:
    """'X said the quarry, which employs 240 people, had lost its licence', 'X told the court the
    bakery, which employs 85 people, had been short of cash', '..., the figures showed': is `noun`
    inside the clausal complement of a verb that asserts or attributes it (on the way up from it,
    a clause that is the `ccomp` of such a verb, or a clause 'according to X' is said of)?
    Everything that clause says, a description of one of its nouns included, is what the source
    reported. Not a noun of the verb's own object or phrase ('The audit found waste at the trust,
    which manages 14 marinas': the finding is the waste; the trust is the writer's to describe),
    nor one under a verb of another kind ('decided that the firm, which ...', 'hoped that the
    plant, which ...'), nor a report its cue dates back (`_dated_in_the_past`), nor a clause
    joined to the reported one as the writer's own (`_joined_main_clause`)."""
    child, node = noun, noun.head
    while node.i != child.i:
        if _joined_main_clause(child):
            return False              # '..., and the town, which has 12,000 residents, lost its bank': the writer's
        if child.dep_ == "ccomp" and (_is_attributing(node) or node.lemma_.lower() in L.ASSERTING_SPEECH_VERBS):
            return not _dated_in_the_past(node, child)
        if node.pos_ in ("VERB", "AUX") and _according_to(node) is not None:
            return True               # 'The depot, which holds 90 lorries, was sold, according to X'
        child, node = node, node.head
    return False


def _joined_main_clause(verb: Token) -> bool:
    """'said the mill would shut, and the town lost its last bank': a verb joined by 'and'/'but' to
    another, with a subject of its own and no back-shifted modal or past perfect of a report
    going on ('but crews had rescued ...', `_joined_report_speaker`) and no subordinator of its
    own ('said A but that the review had ...': a second reported clause), is a clause of the
    writer's own narrative, whatever the parser hangs it on."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = child_tokens(verb)
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids) and not any(
        c.dep_ == "aux" and (c.lower_ in L.BACKSHIFTED_MODALS or _past_perfect(c, verb)) or c.dep_ == "mark"
        for c in kids)


def _dated_in_the_past(cue: Token, report: Token) -> bool:
    """'In 2015, X said ...', 'X said last year that ...', 'X once said ...', 'the then chair X said
    ...': the cue's own phrases (its subject's and modifiers', not the clause it reports nor a
    clause of their own) date the statement to a year or further back (a DATE that holds a year or
    a year noun) or to an earlier time (EARLIER_ADVERBS). What the speaker said then is not what
    the writer describes in the present; a day of the week ('said on Monday') dates nothing back."""
    stack = [c for c in child_tokens(cue) if c.i != report.i and c.dep_ not in _CLAUSE_DEPS]
    while stack:
        t = stack.pop()
        if t.ent_type_ == "DATE" and (_is_year(t.text) or t.lower_ in L.YEAR_NOUNS) \
                or t.dep_ == "advmod" and t.lower_ in L.EARLIER_ADVERBS:
            return True
        stack.extend(c for c in child_tokens(t) if c.dep_ not in _CLAUSE_DEPS)
    return False


_CLAUSE_DEPS = ("ccomp", "conj", "parataxis", "xcomp", "advcl", "relcl", "acl")


def _claim_disclosed_before(parsed: ParsedArticle, figures: list[RawFigure], positions: Sequence[RawPosition],
                            pointers: Sequence[RawPosition]) -> None:
    """'No fewer than 14,000 persons have been displaced ... . The director, X, who disclosed this to
    journalists, said ...': a statement whose whole content is 'this'/'these', the object of a verb
    of making known, points back to the sentence right before; its figures that no one claims
    (that sentence holds no statement of its own) are the statement's speaker's."""
    for statement in pointers:
        n = statement.sentence_index
        if n == 0 or any(p.sentence_index == n - 1 for p in positions):
            continue
        sent = parsed.sentences[n]
        base = parsed.start_char(sent) - sent.start_char
        word = next((t for t in sent if base + t.idx == statement.start), None)
        if word is None or word.lower_ not in L.POINTING_BACK_OBJECTS or word.dep_ != "dobj" \
                or any(c.dep_ not in ("punct",) for c in child_tokens(word)) \
                or word.head.lemma_.lower() not in L.MAKING_KNOWN_VERBS or _not_asserted(word.head):
            continue                      # "declined to confirm this", "did not disclose this"
        for figure in figures:
            if figure.sentence_index == n - 1 and figure.actor is None and figure.source is None:
                figure.actor = statement.actor
                figure.source = None if statement.actor else statement.speaker


def _named_only_within(key: str, statement: RawPosition, sent: Span, spans: list[MentionSpan], offset: int,
                       begin: int) -> bool:
    """Is the actor `key` named in the sentence (whose stored text opens at article offset `begin`;
    `offset` that of its parse) outside the statement's words only as a word of another's name or
    title ('BI Governor X said the bank kept its forecast'; not 'The bank and its president X
    said ...', where the body speaks too)?"""
    for _, start, end, k in spans:
        if k != key or statement.start <= begin + start and begin + end <= statement.end:
            continue
        words = [t for t in sent if begin + start <= offset + t.idx < begin + end]
        inside = {t.i for t in words}
        if not words or any(t.head.i not in inside and t.dep_ not in ("compound", "nmod", "poss", "pobj") for t in words):
            return False
    return True


def _joined_report_speaker(number: Token, positions: list[RawPosition], n: int, offset: int) -> str | None:
    """'X said there would be no rise in rates, but the corporation would levy a fee of Rs 50': a
    clause the parser joined by 'but'/'and' to a past cue whose own reported clause is back-shifted,
    with a subject of its own and a back-shifted modal ('would', 'could') or past perfect ('but
    crews had rescued 14 people'; not a simple past, 'but 40 homes were cut off'), no cue, quotation or
    figure of another source in it, goes on with what the cue reports: the speaker's. `offset`
    turns a token's place in its parse into the article's."""
    clause = number
    while (clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("xcomp", "acomp")) and clause.head.i != clause.i:
        clause = clause.head          # through 'able to reach' to the clause's own verb
    cue = clause.head
    if clause.dep_ != "conj" or cue.tag_ != "VBD" or cue.lemma_.lower() not in L.SPEECH_VERBS \
            or not any(c.dep_ == "cc" and c.lower_ in L.CLAUSE_COORDINATORS for c in child_tokens(cue) if c.i < clause.i):
        return None
    kids = child_tokens(clause)
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids) \
            or not any(c.dep_ == "aux" and (c.lower_ in L.BACKSHIFTED_MODALS or _past_perfect(c, clause)) for c in kids) \
            or any(t.is_quote or t.lemma_.lower() in L.SPEECH_VERBS and t.pos_ == "VERB" and t.i != clause.i
                   or t.lower_ == "according" for t in clause.subtree):
        return None
    reported = next((c for c in child_tokens(cue) if c.dep_ == "ccomp" and c.i < clause.i), None)
    if reported is None or not (reported.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and (c.lower_ in L.BACKSHIFTED_MODALS or c.tag_ == "VBD")
            for c in child_tokens(reported))):
        return None
    at = offset + reported.idx
    said = [p for p in positions if p.sentence_index == n and p.start <= at < p.end and p.actor]
    return said[0].actor if len(said) == 1 and not said[0].direct else None


def _nearest_attribution(number: Token) -> tuple[Token, Token] | None:
    """The first attributing verb above the figure whose clause or object holds it, with the word
    of that clause or object the walk came up through, if the walk meets no 'according to'
    before (whose source the figure is)."""
    child, node = number, number.head
    while node.i != child.i:
        if child.lower_ == "according" or _according_to(node) is not None:
            return None
        if _is_attributing(node) and _is_content(child, node):
            return child, node
        child, node = node, node.head
    return None


def _finder_in_words(number: Token, earlier: str | None = None) -> str | None:
    """'Investigators later found that two of the four exits were locked', 'State records show
    the board fined the firm $2m', 'auditors flagged R3bn in waste': where no actor claims the
    figure, a subject of the attributing verb above it (active, affirmative, a finding made:
    `_a_finding_made`; not 'no inspectors') that is a plural common noun of those who examine or of the records they keep (`UNNAMED_FINDER_NOUNS`;
    records only with a word for their keeper before them, 'State records', 'court filings'), or
    of those who speak unnamed ('a plan which engineers said could save 30% of the fuel': plural
    `UNNAMED_SOURCE_NOUNS`), or a document that found or showed it (`_finding_document`: 'after an
    actuarial review found a $9m gap', 'a survey, which showed that half the wards ...'),
    alone, tells the reader who found it; its phrase (up to the noun where a comma follows) is the source.
    'It' as that subject takes up `earlier`, the document the sentence before gave as finder ('The audit
    found ... . It also found ...'). The figure
    must be in the clause the verb reports, or the object of a verb whose object is a finding
    (`FINDING_OBJECT_VERBS`: not 'inspectors assessed 610 homes', what they examined)."""
    found = _nearest_attribution(number)
    if found is None:
        return None
    content, verb = found
    made = _a_finding_made(verb)
    subject = _nominal_subject(verb)
    relative = subject is not None and subject.lower_ in L.RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
        and verb.head.i < subject.i
    if relative:
        subject = verb.head               # 'an audit which found that ...': the noun the clause is said of
    found_as_object = content.dep_ == "dobj" and (verb.lemma_.lower() in L.FINDING_OBJECT_VERBS or (
        subject is not None and verb.lemma_.lower() in L.DOCUMENT_SHOWING_VERBS and _finding_document(subject, verb)))
    if _is_impersonal(verb) or not (made or _an_occasioning_finding(verb)) or not (
            content.dep_ == "ccomp" or found_as_object) \
            or any(c.dep_ == "det" and c.lower_ in L.NEGATIONS for c in child_tokens(content)):
        return None                       # what a document shows or finds as its object is its finding too
    if subject is not None and earlier and made and subject.lower_ == "it" and subject.i < verb.i \
            and verb.lemma_.lower() in L.SOURCE_FINDING_VERBS:
        return earlier                    # 'It also found ...': the document that found the sentence before
    document = subject is not None and _finding_document(subject, verb)
    if not made and not document:
        return None                       # a clause of what occasioned the event: only a document's finding
    if subject is None or subject.pos_ != "NOUN" and not document or subject.conjuncts or subject.i > verb.i \
            or any(c.dep_ == "det" and c.lower_ in L.NEGATIONS for c in child_tokens(subject)):
        return None
    if document and content.dep_ == "dobj" and not _the_amount_found(number, content):
        return None                       # 'showed support for the $40m stadium': not what it found
    if document and _in_an_owned_noun(number, content):
        return None                       # 'found that its 12 depots were worth $4m': a description, not found
    if document:                          # 'a report that showed ...': the noun's words, not its clause
        phrase = span_text(subject.doc[subject.left_edge.i:subject.i + 1]).strip() if relative else _source_phrase(subject)
        return None if _bare_statistics(phrase, subject) else phrase
    plural_finder = subject.tag_ == "NNS" \
        and (subject.doc[_hyphenated_start(subject):subject.i + 1].text.lower() in L.UNNAMED_FINDER_NOUNS
             or subject.lower_ in L.UNNAMED_SOURCE_NOUNS or _people_speaking(subject, verb))
    if not plural_finder and not _statistics_described(subject):
        return None                       # one office ('the auditor-general') may be an actor's: abstain
    if subject.lower_ in L.KEPT_RECORD_NOUNS and not any(
            c.dep_ in ("compound", "nmod", "poss") and c.pos_ in ("NOUN", "PROPN") for c in subject.lefts):
        return None                       # "Old records show ...", "Records from the 1990s show ...": no keeper
    return _source_phrase(subject)


def _in_an_owned_noun(number: Token, content: Token) -> bool:
    """A figure inside a noun phrase that a possessive owns, below the clause or object a document found
    ('found that its portfolio of 12 depots was worth $4m', "found that fewer drivers pay the port's 3%
    levy"): it describes the owner's thing, is not what the document found or measured; as an owned
    object is not (`_the_amount_found`). Not a figure the owned noun only governs from outside its phrase
    ('found that the port's traffic rose 3%', '40% of its staff'), nor the whole a part is counted of ('14 of
    its 20 pumps had failed': a partitive's total is found with the part). After the owned noun, only under
    'of', and not where that noun is a measured amount (`MEASURED_NOUNS`) the figure is itself the amount of
    ("the clinic's budget of $2m", not "its portfolio of 12 depots"), nor in an apposition ("its reserves, now
    about $3m"): those give the owned amount the document measured."""
    node, appositive, below = number, False, number
    while node.i != content.i and node.head.i != node.i:
        if node.pos_ in ("NOUN", "PROPN", "SYM") and any(c.dep_ == "poss" for c in child_tokens(node)):
            of = node.head if node.dep_ == "pobj" and node.head.lower_ == "of" else None
            if of is not None and (of.head.tag_ == "CD" or of.head.pos_ == "NUM"):
                return False
            amount_of = node.lemma_.lower() in L.MEASURED_NOUNS and below.tag_ in ("CD", "$") or below.lower_ in L.PERCENT_SIGNS
            return number.i < node.i or not appositive and not amount_of
        appositive = appositive or node.dep_ == "appos"
        below = node if node.dep_ == "pobj" else below
        node = node.head
    return False


def _the_amount_found(number: Token, obj: Token) -> bool:
    """What a document shows or flags as its object is its finding where the figure is that
    object ('flagged $2.4 million in unpaid invoices'), counts it ('showed 4,300 residents') or
    is its amount after 'of' ('a deficit of $2.3 million', 'a backlog of 8,400 cases'); not a
    sum that only names a thing ('support for the $40 million stadium', 'the benefits of a $5
    daily payment'), a figure under any other preposition ('the flaws in the estimate of $4m'),
    nor an object someone owns ('the council's claim of $4 million': the owner's figure, which the
    document may dispute)."""
    if any(c.dep_ == "poss" for c in child_tokens(obj)):
        return False
    node = number
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i > node.i and node.head.tag_ in ("CD", "$"):
        node = node.head                  # '$ 2.3 million': the amount's own words
    money = node.ent_type_ == "MONEY" or any(t.tag_ == "$" for t in node.subtree)
    if node.dep_ == "nummod" and node.head.pos_ == "NOUN" and not money:
        node = node.head                  # '4,300 residents': the counted noun
    return node.i == obj.i or node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i == obj.i


def _finding_of_the_main_clause(number: Token) -> bool:
    """The figure was found by a document ('The audit found ...') or by 'it' taken up from one, as
    the subject of the sentence's main verb: what 'It also found ...' in the next sentence takes
    up. Not a document in a clause under another subject ('The tribunal upheld the complaint after
    a review showed ...': 'It' may then be the tribunal) nor one a relative clause speaks of."""
    found = _nearest_attribution(number)
    if found is None:
        return False
    verb = found[1]
    subject = _nominal_subject(verb)
    return verb.dep_ == "ROOT" and subject is not None and subject.i < verb.i \
        and (subject.lower_ == "it" or _finding_document(subject, verb))


def _finding_document(subject: Token, verb: Token) -> bool:
    """'an independent audit found', 'the review showed', 'Survey finds' (a headline writes it
    capitalised), 'the report also flagged', 'the survey said': a study, report, audit or data set
    (`SOURCE_NOUNS`) as the subject of a verb of finding (`SOURCE_FINDING_VERBS`) or of any verb
    that attributes (`_is_attributing`: what a document flags, estimates or says is its
    finding as much as what it shows) states what it found; the document, as written, is the source
    where no actor claims the figure. Not bare plural 'figures'/'data' with no word of their own
    ('figures show', 'the data showed' point back to figures another sentence may credit to a body),
    nor one owned by a relative 'whose'."""
    if subject.lower_ not in L.SOURCE_NOUNS or verb.lemma_.lower() not in L.SOURCE_FINDING_VERBS and not _is_attributing(verb) \
            or subject.pos_ != "NOUN" and not (subject.pos_ == "PROPN" and subject.i == subject.sent.start) \
            or any(c.tag_ == "WP$" for c in subject.lefts):
        return False                      # 'an auditor, whose audit found ...': the auditor's, not words to give
    return subject.lower_ not in L.STATISTICS_NOUNS or _statistics_described(subject)


def _bare_statistics(phrase: str, noun: Token) -> bool:
    """The words given for figures or data (STATISTICS_NOUNS) are only the noun and its article
    ('data', 'the figures'), where the words that told them apart were cut off with a bracket or a
    comma ('data kept by the office of the Port Warden (PW)'): they tell the reader nothing."""
    return noun.lower_ in L.STATISTICS_NOUNS and all(
        w in _ARTICLES or w == noun.lower_ for w in phrase.lower().split())


def _source_phrase(subject: Token) -> str:
    """A source's noun phrase as written; up to its head where the phrase holds punctuation other
    than a hyphen (not past a comma into a clause about them)."""
    words = subject.doc[subject.left_edge.i:subject.right_edge.i + 1]
    if any(t.is_punct and t.lower_ not in L.HYPHENS for t in words):
        words = subject.doc[subject.left_edge.i:subject.i + 1]
    return span_text(words).strip()


def _hearer(number: Token) -> Token | None:
    """'Corrin took £61,300 in 145 transfers, Wexmoor Crown Court heard', 'The jury was told that
    Harlow took 45 payments', 'the inquest heard that ...': the nearest verb above the figure that
    governs it, where that is a verb of hearing (`HEARING_VERBS`, or the passive of
    `HEARING_PASSIVE_VERBS`) whose subject is a hearer in a hearing (`HEARER_NOUNS`) and whose
    clause holds the figure (also the parser's reading of a closing '..., the court heard' as an
    aside of the main clause); that subject. What a court hears is put to it by a party the
    sentence leaves unnamed: the court, as written, is the source the reader is given.
    None where an attributing verb or 'according to' comes first (another's words: 'the court
    heard a neighbour said 40 ...'), for a hearing denied or only to come ('will hear'), and where
    the hearing is not the figure's only word (`_heard_as_written`)."""
    child, node = number, number.head
    while node.i != child.i:
        if _according_to(node) is not None:
            return None
        hearer = _hearing_subject(node)
        if hearer is not None:      # what it heard as a clause, not as an event ('the tribunal heard 40 appeals')
            return hearer if child.dep_ in ("ccomp", "parataxis") and _heard_as_written(node, child, number) else None
        if _is_attributing(node) and _is_content(child, node):
            return None
        child, node = node, node.head
    aside = next((c for c in child_tokens(node) if c.dep_ in ("parataxis", "ccomp") and c.i > number.i
                  and not c.left_edge.i <= number.i <= c.right_edge.i and c.left_edge.i > 0
                  and c.doc[c.left_edge.i - 1].text == ","), None)
    if aside is None or _is_attributing(node) or not _heard_as_written(aside, node, number):
        return None
    return _hearing_subject(aside)


def _heard_as_written(verb: Token, clause: Token, number: Token) -> bool:
    """Whether what the hearing `verb` took in (`clause`, holding `number`) is the hearer's alone
    to give: not where the sentence names who put it ('heard from prosecutor X that', 'heard in a
    statement from police that': a 'from' phrase on the verb or its object), not where it is
    disputed or answered ('..., but the judge said that figure was wrong', '..., a claim his
    barrister rejected': another verb of saying or doubting, `DOUBTING_VERBS`, or a 'but'), and
    not for a figure inside a relative clause of the heard clause ('heard X's mother, who had lent
    him £3,000, was ...': the writer's background, not the heard clause's predicate)."""
    node = number
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return False
        node = node.head
    heard = {t.i for t in clause.subtree}
    if any(t.dep_ == "prep" and t.lower_ == "from" and t.i not in heard for t in verb.subtree):
        return False
    return not any(t.i != verb.i and (_is_attributing(t) or t.lemma_.lower() in L.DOUBTING_VERBS)
                   or t.lower_ == "but" for t in number.sent)


def _hearing_subject(verb: Token) -> Token | None:
    """The hearer of a verb of hearing ('the court heard', 'the jury was told'), asserted (no
    negation, no modal, not the complement of another verb: 'is expected to hear'), else None."""
    lemma = verb.lemma_.lower()
    role = "nsubj" if lemma in L.HEARING_VERBS else "nsubjpass" if lemma in L.HEARING_PASSIVE_VERBS else None
    if role is None or verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "xcomp" \
            or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in L.MODAL_AUXILIARIES for c in child_tokens(verb)):
        return None
    subject = next((c for c in child_tokens(verb) if c.dep_ == role), None)
    return subject if subject is not None and subject.lemma_.lower() in L.HEARER_NOUNS else None


def _people_speaking(subject: Token, verb: Token) -> bool:
    """'Coastal oyster growers say the ban could cost $40m a year', 'Residents said the water
    rose 2 metres': a plural noun of people (`_names_people`) as the subject of a verb of saying
    is who tells the figure, as plainly as 'officials said'; only 'say' and 'tell'
    (PEOPLE_SAYING_VERBS): not a verb of finding or showing, whose people subject may be what is
    examined, nor 'indicate', 'suggest', whose subject ending as an agent noun may be a thing
    ('Water meters indicate', 'Experiments suggest'), nor an order ('Magistrates told him to pay
    £400': an 'xcomp' says what is ordered, nothing is told as a fact)."""
    return subject.tag_ == "NNS" and verb.lemma_.lower() in L.PEOPLE_SAYING_VERBS and _names_people(subject) \
        and not any(c.dep_ == "xcomp" for c in child_tokens(verb))


def _statistics_described(noun: Token) -> bool:
    """'new figures have revealed', 'provisional data show', 'figures presented to the committee
    showed', 'according to figures the union circulated', 'Council figures show': figures
    (STATISTICS_NOUNS) told apart by words of their own (an adjective, a participle or relative
    clause about them not set off by a comma, a noun of their keeper) are the source the sentence gives where no actor
    claims them (a keeper or author that is an actor is found first by the attribution rules);
    not bare 'the figures', 'the data' (which point back to figures an earlier sentence may credit
    to a body), nor 'the earlier figures', nor those whose keeper is a pronoun ('its figures',
    'their data': whose, the reader is not told), nor figures of a prepositional phrase ('figures
    on exports', 'data from X': read by the attribution rules)."""
    if noun.lower_ not in L.STATISTICS_NOUNS:
        return False
    lefts, rights = list(noun.lefts), list(noun.rights)
    if any(c.lower_ in L.POINTING_BACK_SELECTORS or c.lower_ in L.POSSESSIVE_PRONOUNS for c in lefts) \
            or any(c.dep_ == "prep" for c in rights):
        return False
    return any(c.dep_ == "amod" and c.pos_ == "ADJ" or c.dep_ in ("compound", "nmod", "poss") and c.pos_ != "PRON"
               for c in lefts) or any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                                      and noun.doc[c.left_edge.i - 1].text != "," for c in rights)


def _an_occasioning_finding(verb: Token) -> bool:
    """A clause that tells what occasioned the main event, its finding already made: opened by
    after/when/as (`OCCASIONING_SUBORDINATORS`), its verb in the past ('found', 'had shown'), and no
    modal or future on the main verb ('resigned after a review found ...'; not 'will act when a
    review finds ...', 'would quit after ...': a condition still to be met)."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in L.OCCASIONING_SUBORDINATORS
                                       for c in child_tokens(verb)):
        return False
    auxiliaries = [c for c in child_tokens(verb) if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ == "VBD" and not auxiliaries \
        or verb.tag_ == "VBN" and [a.lemma_.lower() for a in auxiliaries] == ["have"]
    return past and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in L.MODAL_AUXILIARIES
                            for c in child_tokens(verb.head))


def _a_finding_made(verb: Token) -> bool:
    """Did the finding happen, as far as the sentence says: no negation, no modal ('will count',
    'could show'), and the verb not the complement of another verb ('want records to show')?"""
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in L.MODAL_AUXILIARIES for c in child_tokens(verb)):
        return False
    return not (verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i)


def _principal_of_a_spokesperson(statement: RawPosition, key: str, names: Mapping[str, str]) -> bool:
    """Is the actor `key` the principal the statement's speaker speaks for ('A spokesperson for
    Minister X'), named in the speaker's words before any comma? The statement's own actor, the
    spokesperson where the article names one, then claims its figures."""
    phrase = statement.speaker.split(",")[0]          # not the spokesperson's own name set off after it
    return any(w in L.SPOKESPERSON_NOUNS for w in phrase.lower().split()) \
        and any(k == key and name in phrase for name, k in names.items())


def _past_perfect(aux: Token, verb: Token) -> bool:
    """'had' before a past participle ('crews had rescued', 'had been able'): the past perfect
    into which reported speech shifts what the speaker put in the past or present perfect."""
    return aux.lower_ == "had" and aux.tag_ == "VBD" and verb.tag_ == "VBN"


def _place_gloss(number: Token) -> Token | None:
    """The noun of a description set after a place's name whose prepositional phrase holds the
    count ('a town of 6,000 people', 'a village of 900', 'home to 45,000'), else None: 'said crews
    searched Pembrook, a town of about 6,000 people' is the writer's gloss, no speaker's claim."""
    noun = number.head if number.dep_ == "nummod" else number
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in L.PLACE_GLOSS_PREPOSITIONS:
        return None
    gloss = prep.head
    if gloss.lower_ not in L.PLACE_GLOSS_NOUNS or (gloss.lower_ == "home") != (prep.lower_ == "to"):
        return None
    doc, start = gloss.doc, gloss.left_edge.i      # set after the name: the parser hangs it anywhere
    return gloss if start >= 2 and doc[start - 1].text == "," and _written_as_a_name(doc[start - 2]) \
        and (gloss.lower_ == "home" or gloss.dep_ == "appos") else None


def _written_as_a_name(word: Token) -> bool:
    """A proper noun, or a capitalised word inside the sentence the tagger read as something else
    ('Waverly' as an adverb)."""
    return word.pos_ == "PROPN" or word.text[:1].isupper() and not word.is_sent_start and word.is_alpha


def _listed_source(figure: RawFigure, tokens: list[Token], mention_of, kinds: Mapping[str, str],
                   before: list[tuple[RawFigure, list[Token]]]) -> str | None:
    """'with X showing her ahead 3 points, Y 4.3 points, and Z 2.1 points': an item of a list
    that is only a name and a figure, its verb left out, after a figure of the same unit that
    its source X gives, is the named actor's, where that actor is of X's kind (a pollster
    after a pollster; not 'X has Kell 3 points ahead, and Brandt 2 points', a candidate) and
    the item holds nothing more up to its comma or the sentence's end."""
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    name_end = first.i - 1
    if name_end < 1 or doc[name_end].pos_ != "PROPN":
        return None
    key = mention_of(doc[name_end])
    if key in (None, _NOBODY_NAMED):
        return None
    i = name_end
    while i > first.sent.start and doc[i - 1].pos_ == "PROPN" and mention_of(doc[i - 1]) == key:
        i -= 1
    opener = [t.lower_ for t in doc[max(first.sent.start, i - 2):i]]
    if not opener or opener[-1] not in (",", "and") or opener[-1] == "and" and opener[:-1] not in ([","], []):
        return None                        # ", Y 4.3 points", ", and Z 2.1 points"
    j = last.i + 1
    while j < first.sent.end and not (doc[j].is_punct or doc[j].dep_ == "cc"):
        if doc[j].pos_ in ("VERB", "AUX", "PROPN", "PRON"):
            return None                    # "Y 4.3 points in May", not "Y puts it 4.3 points ahead"
        j += 1
    sourced = [f for f, t in before if f.actor is not None and f.unit == figure.unit and t[-1].i < i]
    return key if sourced and sourced[0].actor != key and kinds.get(sourced[0].actor) == kinds.get(key) else None


def _running_report(parsed: ParsedArticle, n: int, spans: dict[int, list[MentionSpan]], mention_of,
                    earlier: Mapping[str, str], kinds: Mapping[str, str], names: Mapping[str, str]) -> str | None:
    """'The audit office's report showed the cost rose to £50bn. The overruns came to 41
    months.': the owner of a report, analysis or slide that is the subject of the main verb of
    the sentence before, a verb of finding or telling (not 'predicted', 'warned'; not of an
    opinion poll, whose results go on only as `_breaks_down_a_poll` says), or the body (not a
    person) behind a closing '..., The X Journal reports.', for the figures of a sentence of the
    same paragraph that goes on with its findings: one with no quotation, no statement, no verb
    of attribution, no actor as a participant (a name inside a modifier, 'Labour-run councils',
    is none), a subject that is no pronoun, no name the recogniser marks and no body or person
    of its own ('The ministry spent ...', 'Mexico buys ...'), and set in no year the sentence
    before does not name ('In 1990, the old bridge cost £2m': background). Nothing for the
    sentences after it."""
    sent, before = parsed.sentences[n], parsed.sentences[n - 1]
    root = before.root
    if root.lemma_.lower() not in L.REPORT_FINDING_VERBS or not _is_attributing(root) \
            or parsed.paragraph_no(sent) != parsed.paragraph_no(before):
        return None
    source = _nominal_subject(root)
    if source is None or source.lemma_.lower() in L.OPINION_POLL_NOUNS \
            or any(t.is_quote for t in before) or any(t.is_quote for t in sent) \
            or any(_is_attributing(t) for t in sent) \
            or any(t.ent_type_ == "DATE" and _is_year(t.text) and t.text not in before.text for t in sent):
        return None                       # "A poll predicted a tie. In the end, 52 percent voted ...": no finding
    opener = " ".join(t.lower_ for t in sent[:3] if not t.is_punct)
    if sent.root.tag_ in ("VBZ", "VBP") or any(opener == w or opener.startswith(w + " ") for w in L.TOPIC_SHIFT_OPENERS):
        return None                       # "Tuition costs $40,000 a year.", "Meanwhile, the city hired ...": the writer's
    subject = next((c for c in child_tokens(sent.root) if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_ in L.NAME_LABELS \
            or subject.lemma_.lower() in _BODY_OR_PERSON_NOUNS \
            or spans.get(n) and any(t.dep_ not in _MODIFIER_DEPS and mention_of(t) is not None for t in sent):
        return None
    before_mention = _mention_finder(parsed, n - 1, spans.get(n - 1, []), kinds=kinds, names=names)
    if source.lemma_.lower() in _DOCUMENT_NOUNS or source.lower_ in _DOCUMENT_NOUNS:
        owner = _source(source, before_mention, earlier)
    elif root.lemma_.lower() == "report" and any(c.dep_ == "ccomp" and c.i < source.i for c in child_tokens(root)):
        owner = before_mention(source)    # "..., The Wall Street Journal reports."
        if kinds.get(owner) != "organization":
            return None
    else:
        return None
    return owner if owner not in (None, _NOBODY_NAMED) else None


_MODIFIER_DEPS = {"amod", "compound", "npadvmod", "nmod", "punct"}    # a name inside a modifier: "Democratic-aligned"


_RATIO_NUMBER = rf"(?:{_SMALL}|\d{{1,3}}(?:,\d{{3}})+|\d+)"
# "one in five adults", "about 1 in 4 posts", "three out of every ten homes", "one child in three":
# a rate of a group.
_RATIO = re.compile(rf"(?<![\w.,-])(?:(?P<qual>{_QUALIFIER})\s+)?(?P<a>{_RATIO_NUMBER})\s+"
                    rf"(?:(?P<noun>[a-z]+)\s+)?(?:in|out\s+of)\s+"
                    rf"(?:every\s+)?(?P<b>{_RATIO_NUMBER})(?![\w%]|[.,]\d)", re.IGNORECASE)
_RATIO_LINK = re.compile(r"\s(?:in|out)\s", re.IGNORECASE)     # in every rate: a cheap test before _RATIO


def _ratios(sent: Span, text: str, n: int) -> list[tuple[RawFigure, list[Token]]]:
    """'about one in five properties', 'three out of every ten homes': a rate, the share of the
    group the noun after it names (value a / b, unit 'share of <noun>'). Without that noun, or
    as a modifier ('a one in ten chance'), it is dropped: a rate of nothing said is unreadable."""
    out = []
    if not _RATIO_LINK.search(text):
        return out
    for m in _RATIO.finditer(text):
        a, b = _amount(m.group("a")), _amount(m.group("b"))
        if a is None or b is None or not 0 < a < b:
            continue
        if _tally_of_a_set(m, b):
            out.extend(_tally_counts(sent, text, n, m, a, b))
            continue
        tokens = _tokens_at(sent, m.start("a"), m.end("b"))
        if not tokens:
            continue
        prev = tokens[0].doc[tokens[0].i - 1] if tokens[0].i > sent.start else None
        if prev is not None and (prev.lower_ in L.INDEFINITE_ARTICLES or prev.is_quote and prev.i > sent.start
                                 and prev.doc[prev.i - 1].lower_ in L.INDEFINITE_ARTICLES):
            continue                      # "a one in ten chance": a kind of chance
        if any(t.lower_ == "in" and t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") for t in tokens):
            continue                      # "scored 12 in 20 games", "took 5 in 30 overs": a count, then where
        after = tokens[-1].doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(tokens[-1].doc) else None
        if after is not None and after.lemma_.lower() in L.TIME_UNITS:
            continue                      # "scored 2 in 5 minutes": a count and a period
        if m.group("noun"):
            whole = None if _is_year(m.group("b")) else _group_named_inside(tokens, after)
        else:
            whole = _of_complement(tokens[-1]) or _noun_after(tokens[-1])
        if whole is None:
            continue
        qual = (m.group("qual") or "").lower() or None
        canonical = L.FIGURE_QUALIFIERS.get(qual) if qual else None
        value = _round(a / b)
        bound = L.QUALIFIER_BOUNDS.get(canonical)
        low, high = (value, None) if bound == "low" else (None, value) if bound == "high" else (None, None)
        start = m.start("qual") if qual else m.start("a")
        out.append((RawFigure(value=value, low=low, high=high, text=text[start:m.end("b")], unit=f"share of {whole}",
                              qualifier=canonical, sentence=text.strip(), sentence_index=n,
                              start=start, end=m.end("b")), tokens))
    return out


def _tally_of_a_set(m: re.Match, whole: float) -> bool:
    """'215 out of 618 approved posts', '7 out of 52 wards': 'out of' (without 'every') an exact
    count of a set is a tally of that set, the two counts of it (`_tally_counts`) and no share computed; the share
    is read only of a base that makes a rate ('three out of ten', 'one out of four', '45 out of
    100'): up to ten, or a power of ten."""
    words = m.group(0).lower().split()
    return "out" in words and "every" not in words and whole > 10 and math.log10(whole) % 1 != 0


def _tally_counts(sent: Span, text: str, n: int, m: re.Match, a: float, b: float) -> list[tuple[RawFigure, list[Token]]]:
    """The two counts of a tally ('215 out of 618 approved posts'), both of the set the noun after
    the second names ('posts'); nothing where no noun names it."""
    if m.group("noun"):
        return []                         # 'one child out of 30': no set after the count
    tokens = _tokens_at(sent, m.start("b"), m.end("b"))
    whole = (_of_complement(tokens[-1]) or _noun_after(tokens[-1])) if tokens else None
    if whole is None:
        return []
    qual = (m.group("qual") or "").lower() or None
    canonical = L.FIGURE_QUALIFIERS.get(qual) if qual else None
    bound = L.QUALIFIER_BOUNDS.get(canonical)
    out = []
    for which, value, q in (("a", a, canonical), ("b", b, None)):
        own = _tokens_at(sent, m.start(which), m.end(which))
        if not own:
            return []
        low, high = ((value, None) if bound == "low" else (None, value) if bound == "high" else (None, None)) \
            if q else (None, None)
        start = m.start("qual") if q and qual else m.start(which)
        out.append((RawFigure(value=_round(value), low=_round(low), high=_round(high), text=text[start:m.end(which)],
                              unit=whole, qualifier=q, sentence=text.strip(), sentence_index=n,
                              start=start, end=m.end(which)), own))
    return out


def _group_named_inside(tokens: list[Token], after: Token | None) -> str | None:
    """'one child in three', 'two adults in five': the singular noun between the numbers names
    the group; a noun after the second number ('one man in three cars') makes it no rate, and
    so does a year as the second ('one woman in 2019 won': when, not out of how many)."""
    noun = tokens[1]
    if noun.tag_ != "NN" or noun.pos_ != "NOUN" or after is not None and after.pos_ in ("NOUN", "PROPN", "NUM"):
        return None
    return _plural(noun, 2)


def _headline_line(parsed: ParsedArticle) -> bool:
    """The article opens with a line of one sentence, the headline (also one that ends in a full
    stop, which `read.headline_of` leaves to the body)."""
    sents = parsed.sentences
    return parsed.headline or len(sents) > 1 and parsed.token_key(sents[1][0])[0] != parsed.token_key(sents[0][0])[0]


def _repeated_from_headline(figure: RawFigure, figures: list[RawFigure]) -> bool:
    """A figure of the headline (`_headline_line`) that the body repeats ('Police seize 19 guns'
    over 'Officers seized 19 firearms'): one figure, the body's, which has the sentence and
    the claimant."""
    return figure.sentence_index == 0 and any(
        g.sentence_index > 0 and _same_quantity(figure, g) for g in figures)


def _same_quantity(headline: RawFigure, body: RawFigure) -> bool:
    """Two figures of the same value that count the same thing: the same currency, both
    shares, both fractions; a count of the same noun; an exact count of other words ('six
    arrested' over 'six men'), not a vague amount ('Thousands of layoffs' is no 'thousands of
    strikes'), nor a count against a measure or an amount of money."""
    if headline.value != body.value or headline.unit is None or body.unit is None:
        return False
    a, b = headline.unit.lower(), body.unit.lower()
    if a == b:
        return True
    if a == "people" and _vague(headline.text) and _vague(body.text) and _people_noun(b.split()[-1]):
        return True                       # "thousands flee" over "Thousands of residents were told to leave"
    kinds = [_kind_of_unit(u) for u in (a, b)]
    if kinds[0] != kinds[1] or kinds[0] in ("money", "measure"):
        return False
    return kinds[0] != "count" or not (_vague(headline.text) or _vague(body.text))


_MEASURES = {u.lower() for u in (*L.CONVERTIBLE_UNITS, *L.GLUED_MEASURE_UNITS, *L.TIME_UNITS)}
# The entity types of a name (a person, a body, a place, a people): no thing a figure counts or measures.
NAME_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP")


def _people_noun(word: str) -> bool:
    """A plural noun of people, by its word alone ('residents', 'villagers', 'workers')."""
    one = word[:-1] if word.endswith("s") else word
    return one in L.PERSON_NOUNS or word in L.PERSON_NOUNS or one.endswith(L.AGENT_SUFFIXES)


def _kind_of_unit(unit: str) -> str:
    """What a (lower-case) unit counts: '%', 'share', 'money', 'measure' or 'count'."""
    words = unit.split()
    if unit.startswith("%"):
        return "%"
    if unit.startswith("share of"):
        return "share"
    if any(" ".join(words[:n]) in _MONEY_UNITS_LOWER for n in (1, 2, 3, 4)):
        return "money"                    # "dollars", "hong kong dollars a day"
    return "measure" if words[-1] in _MEASURES or words[0] in _MEASURES else "count"


def _claim_captions(parsed: ParsedArticle, figures: list[RawFigure], spans: dict[int, list[MentionSpan]],
                    kinds: Mapping[str, str]) -> None:
    """A chart's credit line ('Source: NATO.', a line of its own naming one body the extraction
    made an actor) claims the unclaimed figures of the caption it closes: the line just before
    it where that line is verbless (a label), or a line of at most two sentences under a
    verbless title line (then the title's too). Body text is never a caption."""
    lines: dict[int, list[int]] = {}
    for n, sent in enumerate(parsed.sentences):
        lines.setdefault(parsed.token_key(sent[0])[0], []).append(n)
    blocks = sorted(lines)
    for i, block in enumerate(blocks[2:], 2) if len(blocks) > 2 else ():
        source = _credited_body(parsed, lines[block], spans, kinds)
        caption, title = lines[blocks[i - 1]], lines[blocks[i - 2]]
        if source is None or parsed.is_headline(parsed.sentences[title[0]]):
            continue
        if _verbless(parsed, caption):
            claimed = set(caption)
        elif len(caption) <= 2 and len(title) == 1 and _verbless(parsed, title):
            claimed = set(caption) | set(title)
        else:
            continue
        for f in figures:
            if f.sentence_index in claimed and f.actor is None:
                f.actor = source


def _credited_body(parsed: ParsedArticle, line: list[int], spans: dict[int, list[MentionSpan]],
                   kinds: Mapping[str, str]) -> str | None:
    """The actor a credit line 'Source: X.' names: X whole is one mention of a body (not a person)."""
    if len(line) != 1:
        return None
    text = span_text(parsed.sentences[line[0]])
    label, colon, rest = text.partition(":")
    credited = rest.strip().rstrip(".").strip()
    if not colon or label.strip().lower() not in L.CAPTION_SOURCE_LABELS or not credited:
        return None
    start = len(text) - len(text[len(label) + 1:].lstrip())
    found = [key for _, s, e, key in spans.get(line[0], []) if s == start and e == start + len(credited)]
    return found[0] if len(found) == 1 and kinds.get(found[0]) not in (None, "person") else None


def _verbless(parsed: ParsedArticle, line: list[int]) -> bool:
    """A line without a verb: a chart's title or label, not a sentence of the body."""
    return not any(t.pos_ in ("VERB", "AUX") for n in line for t in parsed.sentences[n])


_NO_REFERENTS: Mapping[str, str] = MappingProxyType({})


@dataclass
class _Discourse:
    """What a sentence's figures can refer back to: the documents the sentence before named
    with their owner ('the survey also found', 'It also found'), the article's polls, and the
    one owner of each kind of document named so far ('the paper notes' some sentences later)."""
    polls: set[str] = field(default_factory=set)           # the owners of the polls named so far
    earlier: dict[str, str] = field(default_factory=dict)  # what the sentence before could refer back to
    carried: dict[str, str] = field(default_factory=dict)  # a poll whose breakdown the sentence went on with
    breakdown: bool = False                                 # the sentence before went on with a poll's results
    after_poll: bool = False                                # the sentence before named the poll
    owners: dict[str, set[str]] = field(default_factory=dict)  # the owners of the documents named so far, by noun

    def the_poll(self) -> dict[str, str]:
        """'the poll' of an article that named one poll so far."""
        return {"poll": next(iter(self.polls))} if len(self.polls) == 1 else {}

    def referents(self) -> dict[str, str]:
        return {**self.the_poll(), **self.known_documents(), **self.earlier}

    def known_documents(self) -> dict[str, str]:
        """'The paper notes ...' some sentences after 'X set out the plan in a white paper': each
        document noun whose documents so far have one owner, and none named since without one."""
        return {noun: next(iter(owners)) for noun, owners in self.owners.items()
                if len(owners) == 1 and _NOBODY_NAMED not in owners}

    def remember(self, named: list[tuple[str, str | None, Token]]) -> None:
        """Add a sentence's documents to the owners of each noun (a set of statistics also to those of
        any set, `_ANY_STATISTICS`): 'a report' whose owner the sentence does not give is a new document
        of an unknown owner, so 'the report' after it is no longer sure to be the one before."""
        for noun, owner, token in named:
            for key in (noun, _ANY_STATISTICS) if token.lower_ in L.STATISTICS_NOUNS else (noun,):
                if owner is not None:
                    self.owners.setdefault(key, set()).add(owner)
                elif _introduces_a_document(token) or key == _ANY_STATISTICS and not only_a_definite_determiner_before(token):
                    self.owners[key] = set()    # ("the union's figures" of no actor: a set of another owner)

    def advance(self, parsed: ParsedArticle, n: int, spans: dict[int, list[MentionSpan]]) -> None:
        """Move on to sentence n: what sentence n - 1 named becomes what it can refer back to."""
        self.breakdown = bool(self.carried)
        named = _document_mentions(parsed, n - 1, spans.get(n - 1, []), self.referents()) if n else []
        documents = _documents(named)
        self.remember(named)
        self.after_poll = "poll" in documents       # "The poll found ..."
        self.earlier, self.carried = {**documents, **self.carried}, {}
        if self.after_poll:
            self.polls.add(documents["poll"])


_PER_BETWEEN = re.compile(rf"\s+(?:(?P<word>[a-z]+)\s+|[a-z]+-[a-z]+\s+[a-z]+\s+)?(?:per|(?P<every>for\s+(?:{_alternatives(L.DISTRIBUTIVE_DETERMINERS)})))\s+",
                          re.IGNORECASE)
# How a percentage figure's text ends ('5%', '5 per cent', '5 percent'): PERCENT_END_WORDS, as str.endswith takes them.
_PERCENT_TEXT_ENDINGS = tuple(L.PERCENT_END_WORDS)


def _join_rate_bases(found: list[tuple[RawFigure, list[Token]]], text: str) -> list[tuple[RawFigure, list[Token]]]:
    """'about 4.5 cents per $1,000 of assessed value', '12 per 100,000 residents': an amount after 'per'
    (or 'for every', which `_per_an_amount` has put in the rate's unit) is the base a rate is
    quoted on, part of the rate's unit ('cents per $1,000 of assessed value'), no
    figure of its own; a rate that took its noun from the base is 'per' it alone."""
    out: list[tuple[RawFigure, list[Token]]] = []
    for figure, tokens in found:
        per = _PER_BETWEEN.fullmatch(text[out[-1][0].end:figure.start]) if out and out[-1][0].end < figure.start else None
        if per is not None and not figure.text.rstrip().endswith(_PERCENT_TEXT_ENDINGS) and out[-1][0].unit is not None \
                and (per.group("word") or "").lower() not in L.NON_RATE_PER_OPENERS:   # "paid $200 as per 14 clauses"
            rate = out[-1][0]
            if per.group("every"):
                if " per " not in (rate.unit or ""):
                    out.append((figure, tokens))  # no base read ('3 games for every 2 it won')
                continue                          # its base is in its unit already (`_per_an_amount`)
            last = tokens[-1]
            counted = last.head if last.dep_ == "nummod" and last.head.i > last.i else last
            end = min(counted.right_edge.i, last.i + 6)
            while end > last.i and not (last.doc[end].is_alpha or last.doc[end].like_num):
                end -= 1
            base = last.doc[tokens[0].i:end + 1].text
            rate.unit = f"per {base}" if rate.unit == figure.unit and rate.unit not in _MONEY_OR_MINOR_UNITS \
                else f"{rate.unit} per {base}"      # '12 per 100,000 residents'; '$3.75 per $500 of rateable value' keeps dollars
            continue
        if _measure_after_per(figure, tokens):
            continue                              # "counted 640 per 100ml": the base of a count no figure holds
        out.append((figure, tokens))
    return out


def _measure_after_per(figure: RawFigure, tokens: list[Token]) -> bool:
    """'640 per 100ml', 'cells per 100ml': a measure written on its number right after 'per' is the
    quantity a rate is quoted on, no amount of its own, also where the rate before it is no figure."""
    first = tokens[0]
    return first.i > 0 and first.doc[first.i - 1].lower_ == "per" and _GLUED_AMOUNT.fullmatch(figure.text) is not None


def _join_open_ranges(found: list[tuple[RawFigure, list[Token]]], text: str) -> list[tuple[RawFigure, list[Token]]]:
    """'spending $40,000 to more than $2 million': a range whose top end is open is one
    figure from its low end, with no upper bound (not the top end alone). An old amount 'from'
    which a sum goes 'to' a qualified new one is paid for the new one's period or piece ('from
    $58 to about $80 a month')."""
    out: list[tuple[RawFigure, list[Token]]] = []
    for figure, tokens in found:
        if out:
            low, low_tokens = out[-1]
            if low.qualifier is None and low.low is None and low.high is None and low.end < figure.start \
                    and re.fullmatch(r"\s+to\s+", text[low.end:figure.start]) \
                    and L.QUALIFIER_BOUNDS.get(figure.qualifier) == "low" and _same_unit_or_its_rate(low, figure) \
                    and figure.value > low.value and not _changes(low_tokens, text[:low.start]):
                low.text, low.end, low.low, low.unit = text[low.start:figure.end], figure.end, low.value, figure.unit
                out[-1] = (low, low_tokens + tokens)
                continue
            if low.end < figure.start and re.fullmatch(r"\s+to\s+", text[low.end:figure.start]) \
                    and re.search(r"\bfrom\s+$", text[:low.start], re.IGNORECASE):
                _with_the_rate_of_the_new([out[-1], (figure, tokens)])    # "from $58 to about $80 a month"
        out.append((figure, tokens))
    return out


def _join_listed_counts(found: list[tuple[RawFigure, list[Token]]], text: str) -> list[tuple[RawFigure, list[Token]]]:
    """'for four, five, six hours': rising whole numbers listed with commas alone, no qualifier,
    the noun written after the last, are one range from the first to the last."""
    out: list[tuple[RawFigure, list[Token]]] = []
    run: list[tuple[RawFigure, list[Token]]] = []

    def close():
        if len(run) >= 2 and re.match(r"\s+" + re.escape(run[-1][0].unit.split()[0]) + r"\b", text[run[-1][0].end:]):
            first, last = run[0][0], run[-1][0]
            first.text, first.end, first.low, first.high = text[first.start:last.end], last.end, first.value, last.value
            first.unit = last.unit
            out.append((first, [t for _, tokens in run for t in tokens]))
        else:
            out.extend(run)
        run.clear()

    for figure, tokens in _without_listed_before_left_out(found, text):
        single = _is_single_count(figure)
        if run and single and text[run[-1][0].end:figure.start] == ", " and figure.value > run[-1][0].value \
                and figure.unit == run[-1][0].unit:
            run.append((figure, tokens))
            continue
        close()
        if single:
            run.append((figure, tokens))
        else:
            out.append((figure, tokens))
    close()
    return out


def _is_single_count(figure: RawFigure) -> bool:
    """A whole number with a unit and no qualifier, range, multiplier or kind of its own."""
    return figure.qualifier is None and figure.low is None and figure.high is None and figure.unit is not None \
        and figure.value == int(figure.value) and not re.search(_BIG, figure.text.lower()) and not _kind(figure.text)


_LISTED_NEXT = re.compile(rf", ((?:{_SMALL}|\d+)\b)", re.IGNORECASE)
_BARE_NUMBER = re.compile(rf"(?:{_SMALL}|\d+)", re.IGNORECASE)


def _without_listed_before_left_out(found: list[tuple[RawFigure, list[Token]]],
                                    text: str) -> list[tuple[RawFigure, list[Token]]]:
    """'sleeping in their cabs for five, six days': a number listed with a comma alone before a
    larger one that is left out (here how long something went on after 'for') goes with it:
    the list is one amount, and what leaves out its last number leaves out the whole. Only a bare
    number, which borrows the next one's unit: 'fell 3%, 18 months after' keeps its 3%."""
    starts = {f.start for f, _ in found}
    kept: list[tuple[RawFigure, list[Token]]] = []
    for figure, tokens in reversed(found):
        nxt = _LISTED_NEXT.match(text, figure.end)
        if nxt and _is_single_count(figure) and _BARE_NUMBER.fullmatch(figure.text) and nxt.start(1) not in starts \
                and (_words_value(nxt.group(1)) or 0) > figure.value:
            starts.discard(figure.start)
            continue
        kept.append((figure, tokens))
    return kept[::-1]


def _join_duration_parts(found: list[tuple[RawFigure, list[Token]]], text: str) -> list[tuple[RawFigure, list[Token]]]:
    """'8 minutes 12 seconds', '2 hours and 30 minutes': a duration written in two parts is one
    figure, in the smaller period, with the first part's qualifier."""
    out: list[tuple[RawFigure, list[Token]]] = []
    for figure, tokens in found:
        if out:
            big, big_tokens = out[-1]
            parts = L.DURATION_PARTS.get(((big.unit or "").lower(), (figure.unit or "").lower()))
            if parts and big.low is None and big.high is None and figure.qualifier is None \
                    and big.value == int(big.value) and figure.value < parts \
                    and not _listed_after_a_like_amount(big, out[:-1], text) \
                    and not any(t.lower_ in L.DISTRIBUTIVE_WORDS for t in tokens[-1].sent) \
                    and re.fullmatch(r"\s*" + re.escape(big.unit) + r"(?:\s+and)?\s+", text[big.end:figure.start], re.IGNORECASE):
                big.value = big.value * parts + figure.value
                big.text, big.end, big.unit = text[big.start:figure.end], figure.end, figure.unit
                out[-1] = (big, big_tokens + tokens)
                continue
        if _part_of_a_left_out_duration(figure, text, out):
            continue
        out.append((figure, tokens))
    return out


def _listed_after_a_like_amount(big: RawFigure, before: list[tuple[RawFigure, list[Token]]], text: str) -> bool:
    """'terms of 4 years, 2 years and 6 months': the larger part listed after a comma behind an
    amount of its own period is a list's item, and the 'and' joins the list's last item to it."""
    if not before:
        return False
    last, _ = before[-1]
    return (last.unit or "").lower() == (big.unit or "").lower() \
        and re.fullmatch(r"\s*" + re.escape(last.unit or "") + r"\s*,\s*", text[last.end:big.start], re.IGNORECASE) is not None


_DURATION_OPENING = re.compile(rf"(?:{_SMALL}|{_ONES}|\d+)\s+(?P<unit>[a-z]+)(?:\s+and)?\s+$", re.IGNORECASE)


def _part_of_a_left_out_duration(figure: RawFigure, text: str, kept: list[tuple[RawFigure, list[Token]]]) -> bool:
    """'five years and six months' where the rules left 'five years' out (a term asked for, a
    time taken): 'six months' is its fragment, not a figure of its own."""
    if figure.qualifier is not None or figure.low is not None or figure.high is not None:
        return False
    opening = _DURATION_OPENING.search(text[max(0, figure.start - 40):figure.start])
    if opening is None or (opening.group("unit").lower(), (figure.unit or "").lower()) not in L.DURATION_PARTS:
        return False
    opened_at = figure.start - len(opening.group(0))
    return not any(f.start <= opened_at < f.end for f, _ in kept)


def _same_unit_or_its_rate(low: RawFigure, high: RawFigure) -> bool:
    """'from RM15,000 to over RM2mil per victim': the top end's rate is the range's."""
    return low.unit == high.unit or low.unit in _MONEY_UNITS and (high.unit or "").startswith(low.unit + " ")


def _changes(tokens: list[Token], before: str) -> bool:
    """'rose from 5 to more than 40', 'grew by 500 to more than 3,000', 'grew 5% to ...': an
    old value or a change and a new value, no range ('losses ranging from $20,000 to over $1m'
    is one). The nearest verb above the low amount decides."""
    frm = tokens[0].doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if re.search(r"\bfrom\s*$", before, re.IGNORECASE) and frm is not None and frm.lower_ == "from" \
            and frm.head.lemma_.lower() in L.RANGE_VERBS:
        return False
    if re.search(r"\b(?:from|by)\s*$", before, re.IGNORECASE):
        return True
    node = _head(tokens)
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in L.CHANGE_VERBS


def _is_legal_act(statement: RawPosition, sent: Span) -> bool:
    """Is the statement's cue a verb of a legal act on someone, narrated rather than said
    ('charged two men with fraud'; not 'charged that the firm had cheated 40,000 customers',
    which says something)?"""
    cue = statement.cue.split()[0].lower() if statement.cue else ""
    return any(t.lower_ == cue and t.pos_ == "VERB" and t.lemma_.lower() in L.LEGAL_ACTION_VERBS
               and any(c.dep_ == "dobj" for c in child_tokens(t)) and not any(c.dep_ == "ccomp" for c in child_tokens(t))
               for t in sent)


def _is_question(text: str) -> bool:
    """A question asserts no quantity."""
    return text.rstrip(" \"'”’)").endswith("?")


def _asked_for(token: Token) -> bool:
    """'The firm asked the regulator to approve a 33 per cent rise', 'asked for $5m': a verb of
    asking that takes an act to do or a thing to give requests it; what it names is no question."""
    child, node = token, token.head
    while node.i != child.i:
        if node.pos_ == "VERB" and node.lemma_.lower() in L.ASKING_VERBS:
            return child.dep_ == "xcomp" and child.i > node.i or child.dep_ == "prep" and child.lower_ == "for"
        if _opens_a_question(node):
            return False                 # 'asked the minister to explain whether 3,000 jobs would go'
        child, node = node, node.head
    return False


def _opens_a_question(verb: Token) -> bool:
    """A clause opened by 'whether'/'if' or a wh-word: what it names is asked about, not for."""
    return any(c.dep_ == "mark" and c.lower_ in L.QUESTION_MARKERS or c.tag_ in ("WRB", "WP", "WDT") and c.i < verb.i
               for c in child_tokens(verb))


def _is_asked(token: Token) -> bool:
    """'"The ones who have lived here 30 years," Lowe asked': the clause a verb of asking
    reports is a question, whatever its punctuation ('when asked ..., 55% named Britain' is
    an answer)."""
    child, node = token, token.head
    while node.i != child.i:
        if node.pos_ == "VERB" and node.lemma_.lower() in L.ASKING_VERBS and any(c.dep_ == "nsubj" for c in child_tokens(node)) \
                and (child.dep_ in ("ccomp", "parataxis") or child.dep_ == "dobj" and child.i < node.i):
            return True
        child, node = node, node.head
    return False


def _figures(sent: Span, match: re.Match, n: int) -> list[tuple[RawFigure, list[Token]]]:
    a, b, sep = match.group("a"), match.group("b"), (match.group("sep") or "").strip().lower()
    qual = (match.group("qual") or "").lower() or None
    if match.group("neg"):
        return _below_zero(sent, match, n, b, sep, qual)
    if b and _is_year(a) and (_is_year(b) or sep in ("-", "–")):
        return []                         # "1987–2017", "2008-09"
    if b and _is_year(a) and sep == "to":
        one = _one(sent, match, n, "b", None, None)
        return [one] if one else []       # "by 2040 to 18 percent"
    if b and sep == "and" and qual != "between":   # "3 and 4" bounds a range only after "between"
        return [f for f in (_one(sent, match, n, "a", None, qual), _one(sent, match, n, "b", None, None)) if f]
    if b and sep in ("-", "–") and _currency_on_the_low_end(a, b, match) and _unlike_in_size(a, b):
        return []                         # "£20-25,000 a year": thousands written once; the low bound unsure
    if b and sep in ("-", "–") and _kind(a) != _kind(b) and not (_kind(a) == "" and _kind(b)) \
            and not _currency_carried_over(a, b, match):
        b = None                          # "£50bn - 14%": a dash between two figures
    if b and sep in ("to",) and _is_change(sent, match):
        return _with_the_rate_of_the_new([f for f in (_one(sent, match, n, "a", None, qual),
                                                      _one(sent, match, n, "b", None, None)) if f])
    if b and sep in ("to", "-", "–") and _descending(a, b):
        if _kind(a) or _kind(b) or match.group("pct"):
            return [f for f in (_one(sent, match, n, "a", None, qual), _one(sent, match, n, "b", None, None)) if f]
        return []                         # "3-1", "split 4 to 1", "4-4": a score, a tally, a ratio
    if b and match.group("apct") and not (sep in ("-", "–") or qual == "between"
                                          or match.string[:match.start()].rstrip().lower().endswith("from")
                                          or _range_before_its_noun(sent, match)
                                          or _range_of_a_noun(sent, match)):
        return [f for f in (_one(sent, match, n, "a", None, qual), _one(sent, match, n, "b", None, None)) if f]
    figure = _one(sent, match, n, "a", b, qual)     # '4 percent to 12 percent' after 'from': one range
    return [figure] if figure else []


def _below_zero(sent: Span, match: re.Match, n: int, b: str | None, sep: str,
                qual: str | None) -> list[tuple[RawFigure, list[Token]]]:
    """A number after a minus sign is read only as the low end of a range ('from -2% to 64%',
    'between -3 and 5 degrees'); a change from it ('rose from -2% to 3%') gives the level it
    reached, and a negative number alone (a dash before a list item?) gives nothing."""
    if not b or not (sep == "to" or sep == "and" and qual == "between"):
        return []
    if sep == "to" and _is_change(sent, match):
        one = _one(sent, match, n, "b", None, None)
    else:
        one = _one(sent, match, n, "a", b, qual)
    return [one] if one else []


def _currency_carried_over(a: str, b: str, match: re.Match) -> bool:
    """'₹1,800-2,000 a quintal', '$1,200-1,500': a bare amount joined by a dash to a larger one
    in a currency is the top of a range in the same currency (not a percentage after it)."""
    return _currency_on_the_low_end(a, b, match) and _amount(b) is not None and not _descending(a, b)


def _currency_on_the_low_end(a: str, b: str, match: re.Match) -> bool:
    """'$1,200-1,500', '£20-25,000': a currency written on the first amount only, the second no
    percentage."""
    return _kind(a) != "" and _kind(b) == "" and not match.group("pct")


def _low_and_high(a: str, b: str) -> tuple[float | None, float | None]:
    """The low bound of the first amount and the value of the second, as a range would read them."""
    return _bounds(a, None, None)[0], _amount(b)


def _unlike_in_size(a: str, b: str) -> bool:
    """'£20-25,000', '$40-60,000': a bare amount after a dash a hundred times the amount in a
    currency before it is no top of a range in that currency as written ('£20 to £25,000') but
    a writer's shorthand whose low bound ('£20,000'?) the text does not give."""
    low, high = _low_and_high(a, b)
    return low is not None and high is not None and low > 0 and high >= 100 * low and not _scales(b)


def _range_before_its_noun(sent: Span, match: re.Match) -> bool:
    """'its 8% to 9.5% range', 'a 2% to 3% rise': two percentages after a determiner, before
    the noun they modify, are one range (the parser may hang the determiner on the first
    number); after a verb ('rose 5% to 25%') they are a change and the level it reached, and so
    they may be in the object of a verb of change ('raised its 20% to 30% stake': from one to the
    other, or a range?)."""
    tokens = _tokens_at(sent, match.start(), match.end())
    if not tokens or tokens[0].i <= sent.start:
        return False
    prev, after = tokens[0].doc[tokens[0].i - 1], tokens[-1].doc[tokens[-1].i + 1] if tokens[-1].i + 1 < sent.end else None
    if not (prev.tag_ in ("DT", "PRP$") and prev.dep_ in ("det", "poss") and after is not None and after.pos_ == "NOUN"):
        return False
    noun = after
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return not _changed_object(noun)


def _range_of_a_noun(sent: Span, match: re.Match) -> bool:
    """'a forecast of sales growth of 6% to 9%', 'a margin of 3% to 5%': two percentages joined by 'to'
    as the complement of a noun are one range; not where that noun is what a verb of change moves
    ('cut its forecast of 5% to 3%': the old value and the new)."""
    tokens = _tokens_at(sent, match.start(), match.end())
    if not tokens or tokens[0].i <= sent.start or (match.group("sep") or "").strip().lower() != "to":
        return False
    prev = tokens[0].doc[tokens[0].i - 1]
    return prev.lower_ == "of" and prev.head.pos_ == "NOUN" and not _changed_noun(prev.head)


def _changed_noun(noun: Token) -> bool:
    """The noun, or one it hangs on by 'of', is what a verb of change moves ('raised the rate of
    tax of 20% to 25%') or the start of a change ('rose from a rate of 4% to 6%')."""
    for _ in range(4):
        if _changed_object(noun) or noun.dep_ == "pobj" and noun.head.lower_ == "from":
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
            return False
        noun = noun.head.head
    return False


def _kind(amount: str) -> str:
    """The currency an amount is written in ('$', 'Rs'), else ''."""
    mark = _CURRENCY_MARK.match(amount.lstrip())
    return _currency_unit(mark.group(0)) if mark else ""


def _currency_unit(mark: str) -> str:
    """What an amount after a currency mark counts: 'R$' -> 'reais', 'US$' -> 'dollars'."""
    mark = mark.strip()
    return L.CURRENCY_MARKS.get(mark) or L.LETTER_CURRENCY_MARKS.get(mark) or _SHARED_MARK_UNITS.get(mark) \
        or L.CURRENCY[mark[-1]]


def _resolve_shared_marks(text: str, figures: list[RawFigure]) -> list[RawFigure]:
    """An amount after a letter two currencies share ("P2.3 billion": pesos or pula) counts the
    one currency whose country the article names alone ("the Philippine Red Cross"); where it
    names neither or both, the amount is left out. So too an amount after a house mark that also
    opens codes ("RO 48 million": COUNTRY_CUED_CURRENCY_MARKS) where its country is not named."""
    shared = [(mark, unit) for mark, unit in _SHARED_MARK_UNITS.items() if any(f.unit and f.unit.startswith(unit) for f in figures)]
    for mark, unit in shared:
        named = [currency for currency, words in L.SHARED_LETTER_CURRENCY_MARKS[mark].items()
                 if re.search(rf"\b(?:{_alternatives(words)})\b", text)]
        for f in figures:
            if f.unit and f.unit.startswith(unit):
                f.unit = named[0] + f.unit[len(unit):] if len(named) == 1 else None
    for mark, words in L.COUNTRY_CUED_CURRENCY_MARKS.items():
        unit = L.CURRENCY_MARKS[mark]
        marked = [f for f in figures if f.unit and f.unit.startswith(unit) and re.match(rf"{mark}\s?\d", f.text.lstrip())]
        if marked and not re.search(rf"\b(?:{_alternatives(words)})\b", text):
            for f in marked:              # "the Aquapure RO 1,200 unit": no Oman named, no rials
                f.unit = None
    return figures


def _is_year(amount: str) -> bool:
    return re.fullmatch(r"\d{4}", amount) is not None and 1000 <= int(amount) <= 2100


def _descending(a: str, b: str) -> bool:
    """A pair whose second number is not the larger is no range."""
    low, high = _low_and_high(a, b)
    if low is None or high is None:
        return False
    if _scales(b) and not _scales(a):
        return False                      # "six or seven million"
    return high <= low


def _is_change(sent: Span, match: re.Match) -> bool:
    """'rose from 14 to 31' gives two figures, the old and the new value, not a range."""
    before = match.string[:match.start()].rstrip().lower()
    if not before.endswith("from"):
        return False
    tokens = _tokens_at(sent, match.start(), match.end())
    frm = tokens[0].doc[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
    verb = frm.head if frm is not None else None
    return verb is not None and (verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in L.CHANGE_VERBS
                                 or _changed_object(verb) or _in_a_noun_of_change(frm) or _gapped_change(sent, frm))


def _gapped_change(sent: Span, frm: Token) -> bool:
    """'raising the toll from $3 to $3.40 and the permit from $8 to $9.25': a 'from … to' phrase on a
    noun joined by 'and' after an earlier 'from … to' change of the same sentence is that change's
    verb left out (gapping), a change too; the parser hangs the second noun anywhere."""
    noun = frm.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj":
        return False
    earlier = [t for t in sent if t.i < noun.i and t.lower_ == frm.lower_ and t.dep_ == "prep"]
    if not earlier:
        return False
    first = earlier[-1]
    verb = first.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in L.CHANGE_VERBS or _changed_object(verb) \
        or _in_a_noun_of_change(first)


def _in_a_noun_of_change(frm: Token) -> bool:
    """'backed an increase in the daily fee from $130 to $155', 'a cut in fees from $40 to
    $30': a 'from … to' phrase (`frm`, its 'from') hung on a noun of change (PERCENT_CHANGE_NOUNS),
    on the object of that noun's 'in', or on the verb whose object that noun is, right after the
    noun's phrase, moves between two levels as the verb's does ('raised the fee from $130 to
    $155'), no range; not one after another noun ('a tax cut to incomes from $30,000 to $50,000':
    a range of incomes)."""
    word = frm.head
    if word.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in L.PERCENT_CHANGE_NOUNS and c.right_edge.i == frm.i - 1
                   for c in child_tokens(word))
    if word.dep_ == "pobj" and word.head.lower_ == "in":
        word = word.head.head
    return word.pos_ == "NOUN" and word.lemma_.lower() in L.PERCENT_CHANGE_NOUNS


def _changed_object(word: Token) -> bool:
    """'raises the fee charged to drivers from $5 to $8', 'lifts the price paid by firms — those on
    the Kessa routes — from $100 to $150': the parser may hang 'from' inside the object of the
    verb of change (on a participle after it, on a phrase in apposition); it is still the change."""
    for _ in range(4):
        if word.dep_ == "dobj":
            return word.head.pos_ in ("VERB", "AUX") and word.head.lemma_.lower() in L.CHANGE_VERBS
        if not (word.dep_ == "appos" or word.dep_ == "acl" and word.tag_ == "VBN") or word.head.i == word.i:
            return False
        word = word.head
    return False


def _with_the_rate_of_the_new(pair: list[tuple[RawFigure, list[Token]]]) -> list[tuple[RawFigure, list[Token]]]:
    """'from $100 to $150 per tonne': the old amount is paid for the same unit; 'from 8 to 12
    percent of the duty': a percentage written once, on the new level, measures the old one too
    (the old number bare, the new one's unit a percentage of something)."""
    if len(pair) == 2 and pair[0][0].unit in _MONEY_UNITS and (pair[1][0].unit or "").startswith(pair[0][0].unit + " ") \
            and _PER_WORD.match(pair[1][0].unit, len(pair[0][0].unit)):
        pair[0][0].unit = pair[1][0].unit
    elif len(pair) == 2 and (pair[1][0].unit or "").startswith("% ") and pair[0][0].unit in (*L.PERCENT_WORDS, "per cent") \
            and not any(t.lower_ in L.PERCENT_WORDS for t in pair[0][1]):
        pair[0][0].unit = pair[1][0].unit
    return pair


def _one(sent: Span, match: re.Match, n: int, which: str, b: str | None, qual: str | None):
    a = match.group(which)
    own = "apct" if which == "a" and b is None and match.group("apct") else "pct"    # '5% to 25%' taken apart
    pct = bool(match.group(own)) and (own == "apct" or which == "b" or not match.group("b") or b is not None)
    start = match.start("qual") if qual and which == "a" else match.start("neg") if which == "a" and match.group("neg") \
        else match.start(which)
    end = match.end("b") if b else match.end(which)
    if pct:
        end = match.end(own)
    tokens = _tokens_at(sent, match.start(which), match.end("b") if b else match.end(which))
    if not tokens:
        return None
    if qual and which == "a" and (not _is_qualifier(sent, match, tokens) or _comparison_denied(tokens, qual)) \
            or qual in L.APPROACH_QUALIFIERS and not (pct or _kind(a)):
        qual, start = None, match.start("a")
    postposed = _POSTPOSED.match(match.string, end) if not qual and (which == "b" or not match.group("b")) else None
    if postposed:
        qual = postposed.group("q").lower()
        if postposed.group("w") is None:
            end = postposed.end()            # "four or more", "$1m or more"
    elif not qual and not b and (odd := _HYPHENED_QUALIFIER.match(match.string, end)):
        qual, end = odd.group().lower(), odd.end()    # "300-odd sheep", "80-plus shops"
        if _names_a_band(match.string[end:]):
            return None                      # "the 65-plus age group": which voters, no count
    if _not_a_quantity(sent, match.string, a, b, pct, tokens, qual):
        return None
    if qual is None and b is None:
        qual = _passed_mark(tokens) or _passed_by_amount(tokens) or _estimated_subject(tokens) \
            or _reachable_ceiling(tokens) or _extreme_of(tokens) or _as_large_as_a_measure(tokens)
    low, high = _bounds(a, b, match.group("sep"))
    if which == "a" and match.group("neg") and low is not None:
        low, high = -low, _amount(b) if b else None     # "from -2% to 64%": the low end below zero
    if low is None:
        return None
    value = low
    canonical = L.FIGURE_QUALIFIERS.get(qual) or L.POSTPOSED_QUALIFIERS.get(qual) if qual else None
    if high is None:
        bound = L.QUALIFIER_BOUNDS.get(canonical)
        low, high = (value, None) if bound == "low" else (None, value) if bound == "high" else (None, None)
    unit = _unit(a, b, pct, value, tokens, (match.group("sep") or "").strip())
    if pct and "point" in match.group(own).lower() and unit == "%":
        unit = "percentage point" if value == 1 else "percentage points"   # a difference, not a share
    if unit and (exchanged := _exchange_rate(match.string[end:], unit, tokens[-1])):
        unit += exchanged                    # "at the bank rate of LL47,000 to the dollar"
    elif unit:
        rate = _rate(match.string[end:], unit, tokens[-1])
        bill = _added_to_a_representative_bill(tokens, unit, bool(rate))
        if rate:                             # "$26 a year to the median ratepayer's bill": the rate, then the bill
            unit += rate + _compound_rate_noun(sent, match.string, end, rate) + bill
        else:
            unit += _period_of_the_sum_named(tokens, unit, value) or bill or _clause_rate_of(tokens, unit) or _per_one_of_many(tokens, unit)
    value, low, high = (_round(x) for x in (value, low, high))
    figure = RawFigure(value=value, low=low, high=high, text=match.string[start:end], unit=unit,
                       qualifier=canonical, sentence=match.string.strip(), sentence_index=n,
                       start=start, end=end)      # sentence offsets until find_figures adds the base
    return figure, tokens


# "LL47,000 to the dollar", "1,450 naira to the US dollar": an amount of money given 'to' one unit
# of another currency (a singular currency word in lower case after 'the' or a determiner of one
# piece, ONE_PIECE_DETERMINERS, with no name's word or number after it: not 'to the Dollar Tree warehouse', 'to the Euro 2028 bid').
_TO_ONE_CURRENCY = re.compile(
    rf"(?:\s+(?:{_alternatives(L.CURRENCY_WORDS)}))?\s*to\s+(?:{_alternatives(L.ONE_PIECE_DETERMINERS | {'the'})})\s+"
    rf"(?:(?-i:{'|'.join(re.escape(m) for m in L.EXCHANGE_COUNTRY_MARKS)})\s+)?"
    rf"(?-i:({'|'.join(L.EXCHANGE_CURRENCIES)}))(?![\w-])(?!\s+(?-i:[A-Z])|\s+\d)", re.IGNORECASE)


def _exchange_rate(after: str, unit: str, last: Token) -> str:
    """' per dollar': an amount of money that a 'to the <currency>' follows is an exchange rate,
    that currency's price in the amount's ('at the bank rate of LL47,000 to the dollar':
    'Lebanese pounds per dollar'), where the amount is the object of 'at' or of an 'of' phrase on
    a noun of a rate (EXCHANGE_RATE_NOUNS) and the two currencies differ; not money sent or paid
    'to the dollar' ('moved $5m to the dollar account', 'a payment of $2m to the Dollar Tree
    warehouse'), nor a price in the same currency ('trading at $1.27 to the dollar': the pound's)."""
    if unit not in _MONEY_UNITS:
        return ""
    node = last.head if last.dep_ in ("nummod", "compound", "quantmod") and last.head.i > last.i else last
    if node.dep_ != "pobj" or not (node.head.lower_ == "at" or node.head.lower_ == "of"
                                   and node.head.head.lemma_.lower() in L.EXCHANGE_RATE_NOUNS):
        return ""
    m = _TO_ONE_CURRENCY.match(after)
    if not m or unit.split()[-1].lower().rstrip("s") == m.group(1).rstrip("s"):
        return ""
    return f" per {m.group(1)}"


def _compound_rate_noun(sent: Span, text: str, end: int, rate: str) -> str:
    """'up to Rs 10 lakh per work order', '7 percent per registered bond', '$9,000 per enrolled
    pupil': the word after 'per' that the parser made a compound or a modifier of the noun after
    it is only the first word of what is paid for ('per work order', not 'per work'); it may also
    hang both on 'per'."""
    m = re.fullmatch(r" per ([a-z]+(?:-[a-z]+)?)", rate)
    at = re.search(rf"\bper\s+{re.escape(m.group(1))}\b", text[end:end + 80]) if m else None
    if at is None:
        return ""
    word = _tokens_at(sent, end + at.end() - len(m.group(1)), end + at.end())
    if not word or word[-1].i + 1 >= len(word[0].doc):
        return ""
    first, noun = word[0], word[0].doc[word[-1].i + 1]
    if noun.pos_ != "NOUN" or not (any(w.dep_ in ("compound", "amod", "nmod") and w.head.i == noun.i for w in word)
                                   or first.dep_ == noun.dep_ == "pobj" and first.head.i == noun.head.i):
        return ""       # the parser may hang both nouns on 'per'
    return " " + noun.text


def _passed_mark(tokens: list[Token]) -> str | None:
    """'donations barreled past the $1bn mark', 'sales topped the 10,000 mark': the amount
    reached is more than the round number named as a mark."""
    last = tokens[-1]
    doc = last.doc
    i = last.i + 1
    while i < len(doc) and doc[i].lower_ in _PERCENT_OR_CURRENCY_WORDS:
        i += 1
    mark = doc[i] if i < len(doc) else None
    if mark is None or mark.lower_ not in L.MARK_NOUNS or not any(t.i == mark.head.i or t.head.i == mark.i for t in tokens):
        return None
    governor = mark.head
    if mark.dep_ == "pobj" and governor.lower_ in L.PASSING_WORDS:
        verb = governor.head
        if verb.lemma_.lower() in L.FALLING_VERBS:
            return None                   # "fell past the $10m mark": below it
    elif mark.dep_ == "dobj" and governor.lemma_.lower() in L.PASSING_WORDS:
        verb = governor
    else:
        return None
    return None if _not_asserted(verb) else "more than"


def _passed_by_amount(tokens: list[Token]) -> str | None:
    """'overtime costs had topped $40 million', 'the national total had passed 9,000 cases':
    the object of a verb of passing whose subject is an amount is a floor that amount went over;
    'fares that seldom top $40': all but denied, the usual ceiling."""
    node = _object_node(tokens)
    verb = node.head
    if (passed := _measure_passed(tokens)) is not None:
        return "up to" if _all_but_denied(passed) else "more than"
    if node.dep_ != "dobj" or verb.lemma_.lower() not in L.PASSING_VERBS or _not_asserted(verb):
        return None                       # 'never topped $5', 'did not top': a denied passing, no bound
    denied = _all_but_denied(verb)
    subject = _nominal_subject(verb)
    if subject is not None and subject.lower_ in L.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head               # "fares that seldom top": the noun the clause is on
    if subject is None:
        return None
    if subject.lemma_.lower() in L.AMOUNT_NOUNS or _counted_subject_passed(subject, node, tokens):
        return "up to" if denied else "more than"
    return None


def _measure_passed(tokens: list[Token]) -> Token | None:
    """'turnover tops £31m', 'the water budget has crossed Rs 2,400 crore', 'the deficit could pass
    £75m', 'the levy already tops 6%': a sum of money or a percentage right after a verb of passing
    (`PASSING_VERBS`, tagged a verb) that its words hang on, in whatever relation the parser gives
    them (object, or npadvmod where it misreads the scale), is a level gone over. Only the
    verb's own amount (`_the_verbs_own_amount`), and after 'pass', which also enacts or hands over
    (ENACTING_PASSING_VERB), only where an amount or a rate is what passed it ('the deficit could
    pass £75m'; not 'the Senate passed $1.2 trillion', 'he passed £40 under the table', 'the
    measure passed 61%'). A bare count is not read here ('passed 3 cars'). Not a denied or
    aimed-at passing ('never topped', 'hopes to top'), nor money passed on to someone ('passed
    $500 to his brother')."""
    first, sign = tokens[0], _percent_sign(tokens)
    after = first.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(first.doc) else sign
    if first.i == 0 or not (_kind(first.doc[first.i:tokens[-1].i + 1].text) or sign.lower_ in L.PERCENT_WORDS or after.lower_ in L.CURRENCY_WORDS
                            or any(t.ent_type_ in ("MONEY", "PERCENT") for t in tokens)):
        return None
    verb = first.doc[first.i - 1]
    if not verb.tag_.startswith("VB") or verb.lemma_.lower() not in L.PASSING_VERBS \
            or not any(t.head.i == verb.i for t in (*tokens, sign, after, _object_node(tokens))) \
            or _not_asserted(verb) or _in_a_condition(verb) or _opens_a_tally(max(tokens[-1], sign, key=lambda t: t.i)):
        return None                       # 'passed 58% to 42%': a vote's tally
    if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in child_tokens(verb)):
        return None                       # 'passed $500 to his brother': handed on
    if not _the_verbs_own_amount(tokens, sign, verb):
        return None                       # 'passes $1.2 trillion bill', 'passed 90% of her exams'
    if verb.lemma_.lower() == L.ENACTING_PASSING_VERB:
        subject = _nominal_subject(verb)
        if subject is None or subject.lemma_.lower() not in L.AMOUNT_NOUNS | L.OPENING_RATE_NOUNS:
            return None                   # 'the Senate passed $1.2 trillion', 'the bookmaker passed £40': enacted, handed over
    return verb


def _the_verbs_own_amount(tokens: list[Token], sign: Token, verb: Token) -> bool:
    """'topped £86m', 'has crossed 7 per cent': the amount is the verb's own object, what is
    gone over; not the modifier of another noun ('passes 4.99% tax rise', 'tops $2bn deal'),
    nor a share or sum of something after 'of' or 'in' ('passed 90% of her exams', '$40
    billion in aid')."""
    doc, node = tokens[0].doc, _object_node(tokens)
    i = _after_percent_words(doc[max(tokens[-1].i, sign.i)])
    while i < len(doc) and (doc[i].lower_ in L.CURRENCY_WORDS or doc[i].lower_ in L.MINOR_CURRENCY_WORDS):
        i += 1                            # '40 cents', '2.8 trillion won'
    own = set(range(tokens[0].i, i))
    if node.i not in own:
        return False                      # the amount modifies another noun
    nxt = doc[i] if i < len(doc) else None
    if nxt is None:
        return True
    if nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN") and nxt.i not in own:
        return False                      # 'passed 90% of her exams', 'passes $1.2 trillion infrastructure bill'
    return not (nxt.lower_ == "in" and nxt.head.i in own)      # '$40 billion in emergency aid'


def _all_but_denied(verb: Token) -> bool:
    """'seldom top', 'hardly pass': a verb all but denied by an adverb of frequency
    (`SELDOM_ADVERBS`); of passing, the amount is the usual ceiling."""
    return any(c.dep_ == "advmod" and c.lower_ in L.SELDOM_ADVERBS for c in child_tokens(verb))


def _extreme_of(tokens: list[Token]) -> str | None:
    """'a maximum jail term of 15 years', 'a minimum fine of RM10,000': the amount after 'of' on a
    noun that a maximum or minimum describes is its bound, the qualifier the adjective reads as."""
    node = _object_node(tokens)
    if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.head.pos_ != "NOUN":
        return None
    noun = node.head.head
    if noun.lemma_.lower() in L.EXTREME_NAMED_MEASURES:
        return None     # "a minimum wage of $500": the wage is $500, no bound
    return next((L.EXTREME_ADJECTIVES[c.lower_] for c in child_tokens(noun)
                 if c.dep_ in ("amod", "compound") and c.lower_ in L.EXTREME_ADJECTIVES and c.i < noun.i), None)


def _object_node(tokens: list[Token]) -> Token:
    """The word of the amount's phrase that hangs on its verb ('6%' -> '%', '40 million' -> the noun)."""
    node = _head(tokens)
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i > node.i:
        node = node.head
    return node


def _reachable_ceiling(tokens: list[Token]) -> str | None:
    """'penalties can reach 6%', 'the fine can amount to $2m': what a rule or a measure CAN come to
    is its maximum, not a level reached. Only 'can': 'could reach', 'may hit' foretell a level."""
    node = _object_node(tokens)
    verb = node.head
    if node.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head                              # "can amount to", "can run to"
    elif node.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in L.CEILING_VERBS or _not_asserted(verb) or _in_a_condition(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in L.CAPACITY_MODALS for c in child_tokens(verb)):
        return "up to"
    return None


def _as_large_as_a_measure(tokens: list[Token]) -> str | None:
    """'shifts last as long as 16 hours', 'cracks as deep as 3 metres': 'as' and an adjective of
    large extent (LARGE_EXTENT_ADJECTIVES) and 'as' right before an amount of a unit of time or
    measure make it the most reached, an upper bound ('up to'). Only where the measure is the
    amount's own, with no clause of its own: not before a count of anything else ('as long as 40
    members agree': a condition), nor a measure a verb after it governs or one that owns a noun
    ('as long as 10 days pass', 'as long as 2 weeks' pay is made', with the possessive ending
    however parsed: conditions); and only a plain
    comparison: no word of its own on the adjective ('at least as long as'), no comparison or
    bound word or number right before it ('three times as long as', 'nearly as long as'), no
    negated verb or subject ('are not as long as', 'no patient waited as long as')."""
    doc, first, last = tokens[0].doc, tokens[0], tokens[-1]
    if first.i < 3 or last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in _MEASURES:
        return None
    measure, (start, extent, end) = doc[last.i + 1], doc[first.i - 3:first.i]
    if not (start.lower_ == end.lower_ == L.EQUATIVE_WORD and extent.lower_ in L.LARGE_EXTENT_ADJECTIVES):
        return None
    if measure.dep_ in L.MEASURE_IN_A_CLAUSE_DEPS or measure.head.pos_ in ("VERB", "AUX") and measure.head.i > measure.i \
            or any(t.pos_ in ("VERB", "AUX") or t.dep_ == "case" for t in measure.subtree):
        return None     # "as long as 10 days pass", "as long as 14 days of talks fail": a condition
    if any(c.i not in (start.i, end.i) and c.i < extent.i for c in extent.children):
        return None     # "at least as long as 6 hours": a word of its own on the adjective
    prev = doc[start.i - 1] if start.i else None
    if prev is not None and (prev.lower_ in L.EQUATIVE_BOUND_BREAKERS or prev.like_num
                             or prev.tag_ in ("JJR", "RBR", "JJS", "RBS")):
        return None     # "three times as long as", "nearly as long as", "no longer ..."
    verb = next((t for t in extent.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(c.dep_ == "neg" or c.lower_ in L.NEGATIONS
                                or c.dep_.startswith("nsubj") and any(d.lower_ in L.NEGATIONS for d in c.children)
                                for c in verb.children):
        return None     # "shifts are not as long as 12 hours", "nobody / no patient waited as long as": none reach it
    return "up to"


def _in_a_condition(verb: Token) -> bool:
    """'If shares can reach $50, the firm will sell': the verb heads an 'if' or 'unless' clause."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in L.CONDITIONAL_MARKS for c in child_tokens(verb))


def _counted_subject_passed(subject: Token, node: Token, tokens: list[Token]) -> bool:
    """'confirmed cases passed 4,300', 'applications topped 10,000': a bare number as the object
    of a verb of passing whose subject is a plural count noun (not people, who pass bills or
    checkpoints) is the floor the count went over. Not the first count of a vote's tally ('the
    resolutions passed 30 to nil', 'the motions passed 9-2'): what passed there is the measure."""
    return node in tokens and subject.tag_ == "NNS" and not _names_people(subject) \
        and not any(c.dep_ == "prep" for c in child_tokens(node)) and not _opens_a_tally(tokens[-1])


def _opens_a_tally(last: Token) -> bool:
    """'passed 30 to nil', 'passed 9-2', 'passed 14 votes to one': the number is the first count
    of a vote's tally."""
    doc = last.doc
    if last.i + 2 >= len(doc):
        return False
    link = doc[last.i + 1]
    if link.lower_ == "votes":
        link = doc[last.i + 2]
        if last.i + 3 >= len(doc):
            return False
    other = doc[link.i + 1]
    return link.lower_ in L.TALLY_LINKS and (other.like_num or other.lower_ in L.ZERO_WORDS)


def _not_asserted(verb: Token) -> bool:
    """'never topped', 'did not pass', 'no firm has passed', 'failed to break', 'hopes to top':
    the verb's event is denied, or only tried or aimed at."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in child_tokens(verb)) \
        or _denied(verb)


def _denied(verb: Token) -> bool:
    """'never topped', 'did not pass', 'no firm has passed': the verb's event is denied."""
    negative = _NEGATIVE_WORDS
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in negative
               or c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ in ("det", "amod") and d.lower_ in negative
                                                           for d in child_tokens(c))
               for c in child_tokens(verb))


def _estimated_subject(tokens: list[Token]) -> str | None:
    """'The estimated cost is six billion euros': the figure is the value of an estimate."""
    head = _head(tokens)
    while head.dep_ in ("nummod", "quantmod", "compound") and head.head.i != head.i and head.head.pos_ != "VERB":
        head = head.head
    if head.dep_ != "attr" or head.head.lemma_ != "be":
        return None
    subject = next((c for c in child_tokens(head.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return next((L.APPROXIMATING_ADJECTIVES[c.lower_] for c in child_tokens(subject)
                 if c.dep_ == "amod" and c.lower_ in L.APPROXIMATING_ADJECTIVES), None)


# "four or more", "$3m or more apiece", "four people or more": a bound written after the amount.
_HYPHENED_POSTPOSED = {q for q in L.POSTPOSED_QUALIFIERS if q.startswith("-")}    # written on the number: "200-odd"
_SPACED_POSTPOSED = set(L.POSTPOSED_QUALIFIERS) - _HYPHENED_POSTPOSED
_POSTPOSED = re.compile(rf"(?P<w>\s+[a-z]+)??\s+(?P<q>{_alternatives(_SPACED_POSTPOSED)})(?![\w-])",
                        re.IGNORECASE)
_HYPHENED_QUALIFIER = re.compile(rf"(?:{_alternatives(_HYPHENED_POSTPOSED)})\b", re.IGNORECASE)

# a period that is no unit of time closes the amount's phrase: "60 clubs a season", not "$20 a
# season ticket", "a term limit"
_CYCLE_PERIOD = (rf"(?:{_alternatives(L.RATE_CYCLE_PERIODS)})"
                 rf"(?=\s*(?:[,.;:)!?\"”]|$)|\s+(?:{_alternatives(L.CLAUSE_GOING_ON_WORDS)})\b)")
_RATE = re.compile(rf"(?:\s*\)|-)?\s*(?:\([^)]*\)\s*)?(?:{_alternatives(L.RATE_WORDS)})[\s-]+({_TIME_UNITS}|annum|{_CYCLE_PERIOD})\b"
                   rf"(?!\s+on\b(?!\s+(?!from\b|since\b)[a-z]))"      # "a year on," but "$40 a month on their bills"
                   rf"(?!\s+(?:{_alternatives(L.TIME_LOCATORS_AFTER - {'from', 'on'})})\b"
                   rf"(?!\s+(?:{_alternatives(L.GROSS_OR_NET_WORDS)})\b)"
                   rf"|\s+from\s+(?:{_alternatives(L.FROM_NOW_WORDS)})\b)",
                   re.IGNORECASE)     # "£4.21bn) a year", "$14-an-hour"; not "a year ago"


# "250 tonnes of solid waste daily": a rate adverb closing the unit's phrase (after a short 'of'
# phrase), the clause or a list going on after it; not one that grades a noun after it ("of
# waste daily collected", "5 tonnes of daily waste").
_RATE_ADVERB_AFTER = re.compile(rf"(?:\s+of\s+(?:[a-z]+(?:-[a-z]+)?\s+){{0,2}}?[a-z]+(?:-[a-z]+)?)?\s+({_alternatives(L.RATE_ADVERBS)})"
                                rf"(?=\s*(?:[,.;:)!?]|$)|\s+(?:{_alternatives(L.CLAUSE_GOING_ON_WORDS)})\b)", re.IGNORECASE)

# "a $300 weekly bonus": a period's adjective right after an amount of money, before a noun.
_RATE_ADJECTIVE = re.compile(rf"\s+({_alternatives(L.RATE_ADJECTIVES)})\s+(?=[a-z])", re.IGNORECASE)
# "R45-million in revenue per day", "$2m in fines a year": what a sum is counted in, between it
# and the period or piece it is paid for.
_IN_WHAT = re.compile(r"\s+in\s+(?!(?:a|an|the|each|every|per|one|its|their|his|her)\b)[a-z]+(?:\s+(?!(?:per|a|an|each|every|for)\b)[a-z]+)?"
                      r"(?=\s+(?:per|a|an|each|every|for\s+each|for\s+every)\s)", re.IGNORECASE)

# "litres of milk per day": a short 'of' phrase between the unit and its period
_OF_WHAT = re.compile(r"\s+of\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?=(?:%s)[\s-])" % _alternatives(L.RATE_WORDS),
                      re.IGNORECASE)     # "4.2 grams of lead-free solder per unit"


_EVERY = re.compile(rf"\s+every\s+((?:{_SMALL}|\d+)\s+(?:{_TIME_UNITS})s)\b", re.IGNORECASE)


# The words _rate reads between a number and its unit, each compiled once: a pattern per unit
# that held them all took milliseconds to compile (its case-blind letter classes), once per unit.
_OF_THE = re.compile(r"\s*of\s+(?:the\s+)?", re.IGNORECASE)
_OF = re.compile(r"\s*of\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s*")
_DESCRIBING_WORD = re.compile(rf"(?!(?:{_alternatives(L.RATE_WORDS)}|and|or|of|to|from|in|on)\s)[a-z]+(?:-[a-z]+)?\s+",
                              re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _unit_at(unit: str) -> re.Pattern:
    """The unit as a word, compiled once per unit."""
    return re.compile(rf"{re.escape(unit)}\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _of_before(unit: str) -> re.Pattern:
    """'of (the)' opening the words after a number, before the unit (compiled once per unit:
    the re module's own cache is overrun by the rules' many patterns)."""
    return re.compile(rf"^\s*of\s+(?:the\s+)?(?={re.escape(unit)}\b)", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _unit_past_words(unit: str) -> re.Pattern:
    """The unit right after the number, or after up to three words that describe it ('about
    13,000 medically fit patients a day'); none of them a word of a rate, a link or a number."""
    return re.compile(rf"^\s*(?:(?!(?:{_alternatives(L.RATE_WORDS)}|and|or|of|to|from|in|on)\s)[a-z]+(?:-[a-z]+)?\s+){{0,3}}?"
                      rf"{re.escape(unit)}\b", re.IGNORECASE)


def _without_of_before(after: str, unit: str) -> str:
    """`_of_before(unit).sub(" ", after)`, read with patterns compiled once: 'of the' (or 'of')
    right before the unit becomes a space. A unit opening with a space (which the one pattern
    could match by giving back spaces) takes the one pattern."""
    if not unit or unit[0].isspace():
        return _of_before(unit).sub(" ", after)
    for of in (_OF_THE.match(after), _OF.match(after)):      # 'the' taken first, as the pattern does
        if of and _unit_at(unit).match(after, of.end()):
            return " " + after[of.end():]
    return after


def _end_past_words(rest: str, unit: str) -> int | None:
    """`_unit_past_words(unit).match(rest).end()` (None for no match), read with patterns
    compiled once: the unit after no word, then after one, two or three describing words."""
    if not unit or unit[0].isspace():
        past = _unit_past_words(unit).match(rest)
        return past.end() if past else None
    at = _SPACE.match(rest).end()
    for _ in range(4):
        found = _unit_at(unit).match(rest, at)
        if found:
            return found.end()
        word = _DESCRIBING_WORD.match(rest, at)
        if not word:
            return None
        at = word.end()
    return None


# "40 cents more per trip", "$14 more a month": a comparative of quantity between an amount and
# the piece or period it is paid for; the rate is an added (or saved) amount, and says so.
_COMPARED_BEFORE_A_RATE = re.compile(rf"\s+({_alternatives(L.COMPARED_QUANTITIES)})(?=\s+(?:{_alternatives(L.RATE_WORDS)})\s)", re.IGNORECASE)


def _a_period(period: str) -> str:
    """' a year', ' an hour': the period a rate is counted per, as the unit's ending."""
    return f" {'an' if period == 'hour' else 'a'} {period}"


def _rate(after: str, unit: str, last: Token | None = None) -> str:
    """'$10bn a year', '£88.40 a week', '3.2 million tonnes per day', 'billions of euros of
    goods a year', '$300 every two months': the period is part of what is counted. `last`, the
    amount's last word where the caller has it, lets the parse decide what the words alone
    cannot: a piece after 'a' (`_a_piece_paid_for`)."""
    if _a_sum_of_money(unit):
        adjective = _RATE_ADJECTIVE.match(after)
        if adjective:                                       # "a R2 500 monthly housing allowance"
            period = L.RATE_ADJECTIVES[adjective.group(1).lower()]
            return _a_period(period)
        spent_in = _IN_WHAT.match(after)
        if spent_in:                                        # "R45-million in revenue for every day"
            after = after[spent_in.end():]
    rest = _without_of_before(after, unit)
    past = _end_past_words(rest, unit)
    if past is not None:                                    # past the unit and a short 'of' phrase
        rest = rest[past:]
        of = _OF_WHAT.match(rest)
        if of:
            rest = rest[of.end():]
    every = _EVERY.match(rest)
    if every:
        return " every " + every.group(1).lower()
    compared = _COMPARED_BEFORE_A_RATE.match(rest)
    if compared and (rate := _rate(rest[compared.end():], unit, last)):
        return f" {compared.group(1).lower()}{rate}"       # "40 cents more per trip"
    m = _RATE.match(rest)
    if not m:
        adverb = _RATE_ADVERB_AFTER.match(rest) if past is not None else None
        if adverb:                                          # "250 tonnes of solid waste daily"
            period = L.RATE_ADVERBS[adverb.group(1).lower()]
            return _a_period(period)
        return _per_measure(rest, unit, last)
    period = "year" if m.group(1).lower() == "annum" else m.group(1).lower()
    return _a_period(period)


# How many words after an amount its rate's words are looked for in the parse.
_RATE_WORDS_REACH = 8


def _rate_word_after(last: Token, words) -> Token | None:
    """The first of `words` ('a', 'each') within `_RATE_WORDS_REACH` after an amount's last word, in its sentence."""
    return next((t for t in last.doc[last.i + 1:min(last.i + _RATE_WORDS_REACH, last.sent.end)] if t.lower_ in words), None)


def _a_piece_paid_for(word: str, last: Token | None) -> bool:
    """'$95 a load', '18 cents a share', '$140 a player': after 'a', a singular common noun that
    the parser hangs on the amount as its measure (npadvmod, quantmod) is the piece the money is
    paid for, whatever the noun; not a period (`_RATE` reads those, and 'a year ago' is none), nor
    a noun hung elsewhere, nor one with a clause or an 'of' phrase of its own ('a prize she will
    share', 'a friend of his': a thing of its own), nor after a verb whose object is a whole sum
    handed over, won or owed (`L.WHOLE_SUM_VERBS`: 'lent $5,000 a friend'). The pieces of
    `L.PRICED_PIECES` (the pieces of RATE_DENOMINATORS and units of measure) are such pieces
    however the parser hangs them ('92 pence a litre', 'from $70 to $95 a hectolitre')."""
    if word.lower() in L.PRICED_PIECES:
        return True
    if last is None:
        return False
    head = word.lower().split()[-1].split("-")[-1]
    if head in L.TIME_UNITS or head in L.RATE_CYCLE_PERIODS:
        return False
    doc = last.doc
    article = _rate_word_after(last, L.INDEFINITE_ARTICLES)
    noun = article.head if article is not None and article.dep_ == "det" else None
    if noun is None or noun.lower_ != head or noun.tag_ != "NN" or noun.dep_ not in ("npadvmod", "quantmod") \
            or noun.head.i not in (last.i, last.head.i) or noun.head.i > noun.i:
        return False
    amount = noun.head
    if amount.dep_ in ("dobj", "dative") and amount.head.lemma_.lower() in L.WHOLE_SUM_VERBS:
        return False                      # "lent $5,000 a friend", "won $1m a prize": a whole sum handed over
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return not any(c.dep_ in ("relcl", "acl") for c in child_tokens(noun)) \
        and not (after is not None and after.lower_ in L.PIECE_OWN_PHRASE_PREPOSITIONS)   # "a friend of his"


def _each_piece_paid_for(word: str, last: Token | None) -> bool:
    """'N90,000 for each shipment', '$40 for every tonne delivered': the noun that 'for
    each'/'for every' right after a sum opens, where the parser reads it as that phrase's head
    (a singular common noun, the object of 'for'), is the piece the sum is paid for; not a word
    that is no such noun ('for each extra bag': an adjective; 'for each and every veteran'), nor
    after a verb that gives or raises money for a purpose rather than paying a price for a piece
    (`_MONEY_GIVEN_FOR_A_PURPOSE`: 'raised $5m for every school', each school's whole sum)."""
    if last is None or _verb_above(last, 3).lemma_.lower() in _MONEY_GIVEN_FOR_A_PURPOSE:
        return False
    each = _rate_word_after(last, L.RATE_DETERMINERS)
    noun = each.head if each is not None and each.dep_ == "det" else None
    return noun is not None and noun.lower_ == word.lower() and noun.tag_ == "NN" and noun.dep_ == "pobj" \
        and noun.head.lower_ in L.PAID_PER_PIECE_PREPOSITIONS and noun.i == each.i + 1


_PER_WORD = re.compile(rf"\s*(per|an?)\s+((?:(?<=per )\d+-(?:{_TIME_UNITS})\s+)?"
                       rf"[a-z]+(?:-[a-z]+)?(?:\s+(?:{_alternatives(L.COMPOUND_UNIT_ENDINGS)}))?)"
                       r"(?![\w-]|\s+of\b)", re.IGNORECASE)    # "per quintal", "per megawatt hour", "per 24-hour period"
# "Tk 50,000 to each family", "Tk 5 lakh to each victim's family", "Tk 50,000 to the family of
# each deceased worker": a sum given to each one of many is per that one (the noun last before
# the phrase ends; one name or possessive may come before it: "to each Tarna family").
_TO_EACH = re.compile(r"\s*(?:to\s+(?:each|every)\s+(?!of\b|other\b)(?:(?-i:[A-Z])[a-z]+\s+|[a-z]+(?:'s|’s)\s+)?(?P<each>[a-z]+(?:-[a-z]+)?)"
                      rf"(?=\s*(?:[,.;:)!?\"”]|$)|\s+(?:{_alternatives(L.AFTER_EACH_RECIPIENT_WORDS)})\b)"
                      r"|(?:to|for)\s+the\s+(?P<of>[a-z]+(?:-[a-z]+)?)\s+of\s+(?:each|every)\s+(?!of\b)[a-z]+(?![\w-]))",
                      re.IGNORECASE)
# "NT$300,000 (US$9,300) per violation": a sum's conversion in brackets before what it is paid for
# (or the bracket that closes on the conversion itself).
_CONVERSION = re.compile(r"\s*(?:\([^()]{0,20}\d[^()]{0,20}\)|\))")
# "€20,000 for each day of delay" (a piece, and what it is of); "$9 for every $10,000 of land
# value", "two deaths for each 10,000 births" (an amount: `_per_an_amount`).
_FOR_EACH = re.compile(rf"\s*for\s+(?:{_alternatives(L.DISTRIBUTIVE_DETERMINERS)})\s+(?:(?P<amount>(?=\D{{0,3}}\d))"
                       r"|(?!of\b)(?P<piece>[a-z]+(?:-[a-z]+)?)(?:\s+of\s+(?P<of>[a-z]+(?:-[a-z]+)*))?(?![\w-]))",
                       re.IGNORECASE)


# "$90 for every car he washed", "$5 for each bag they sold": a clause with a pronoun subject
# after the piece tells what was done to each one, for which the sum is paid.
_CLAUSE_PRONOUNS = L.PRONOUNS_SPEAKER_PERSON | L.PRONOUNS_SPEAKER_PLURAL | L.PRONOUNS_IT | L.WRITER_PRONOUNS
_DONE_BY_THE_PIECE = re.compile(rf"\s+(?:{_alternatives(_CLAUSE_PRONOUNS)})\s+[\"“]?[a-z]+", re.IGNORECASE)


def _per_measure(after: str, unit: str, last: Token | None = None) -> str:
    """'₹1,150 per quintal', '20 tonnes per hectare', '$3 a litre': what the amount is for, right
    after it, is part of the unit — after 'per' any noun, after 'a' only what money is paid
    for by the piece (`_a_piece_paid_for`), not 'a share of'; nor 'per' for 'according to'
    (`_per_a_source`). After 'for each'/'for every' only such a piece or a period ('for each
    day of delay'): the word there is often no noun ('for each extra bag', 'for each and every
    veteran'), or a thing a sum goes to as a whole ('raised $5m for every school'); or any
    piece a clause after it says was done ('$90 for every car he washed'; not 'for every time
    he was late', 'for every one they sold': NOT_DENOMINATORS); an amount there is the base
    (`_per_an_amount`: '$9 for every $10,000 of land value'). A sum given
    'to each' one ('Tk 50,000 to each family', 'to the family of each victim') is per that one;
    a conversion in brackets before them is passed over ('NT$300,000 (US$9,300) per violation')."""
    if _a_sum_of_money(unit):
        conversion = _CONVERSION.match(after)
        if conversion:
            after = after[conversion.end():]
        given = _TO_EACH.match(after)
        if given and (given.group("each") or given.group("of")).lower() not in L.NOT_DENOMINATORS:
            return f" per {(given.group('each') or given.group('of')).lower()}"
    if unit in L.MINOR_CURRENCY_WORDS and (whole := _OF_EVERY_CURRENCY.match(after)) \
            and {whole.group(1).lower(), whole.group(1).lower() + "s"} & L.CURRENCY_WORDS:
        return f" per {whole.group(1).lower()}"   # "70 cents of every dollar"
    each = _FOR_EACH.match(after)
    if each and each.group("amount") is not None:
        base = _per_an_amount(last)
        return f" per {base}" if base else ""
    if each and _a_sum_of_money(unit) and (each.group("piece").lower() in _RATE_DENOMINATORS_OR_TIME_UNITS
                                                   or each.group("piece").lower() not in L.NOT_DENOMINATORS
                                                   and (_DONE_BY_THE_PIECE.match(after, each.end())
                                                        or _each_piece_paid_for(each.group("piece"), last))):
        what = each.group("of")
        return f" per {each.group('piece')}" + (f" of {what}" if what and what.lower() not in L.NOT_DENOMINATORS else "")
    on = _ON_A_PERIOD.match(after)
    verb = _verb_of_the_count(last) if on and last is not None else None
    if verb is not None and (on.group("kind") is None or on.group("kind") in _ANY_ONE_PERIOD_WORDS) \
            and (on.group("det").lower() in L.DISTRIBUTIVE_DETERMINERS or _says_what_does_or_would_happen(verb)):
        return _on_any_one_period(on)
    m = _PER_WORD.match(after)
    if m is None or m.group(2).lower() in L.NOT_DENOMINATORS or _per_a_source(m, after):
        return ""
    rate, word = m.group(1).lower(), m.group(2)
    if rate != "per" and (not _a_sum_of_money(unit) or not _a_piece_paid_for(word, last)
                          or _a_distance_placing(word, after[m.end():])):
        return ""
    period = _RATE.match(after, m.end()) if word.lower() not in L.TIME_UNITS else None
    if period:                                # "$112 per room per night": the piece and the period
        then = "year" if period.group(1).lower() == "annum" else period.group(1).lower()
        return f" {rate} {word} per {then}"
    return f" {rate} {word}"


def _a_distance_placing(word: str, rest: str) -> bool:
    """'$800 a foot from the gate', '9,000 euros a mile away': a unit of length after 'a'
    (LENGTH_PIECES) that opens a phrase of place (DISTANCE_PLACING_WORDS next) says how far off
    the money lay, no piece it is paid for."""
    following = rest.split(None, 1)
    return word.lower() in L.LENGTH_PIECES and bool(following) \
        and following[0].strip(",.;:").lower() in L.DISTANCE_PLACING_WORDS


# "checks 20 doors on a night shift", "40 calls on a typical day": a count on any one period (a time unit
# or a cycle's period, RATE_CYCLE_PERIODS) that closes the clause is per that period, bare or with
# a word that makes it any one of its kind (a representative adjective, a time unit or a word of a
# working period: 'night shift', 'school day'); not one occasion ('on a single day', 'on a cold
# night', 'on a Friday night', 'on a night in June', 'on a day when'). After 'a' only in a clause
# of what does or would happen (a present verb or a modal), not one past event ('stole 30 bikes
# on a match day'); after 'every'/'each' in any tense. Either way only a count that a verb does
# something to or with, not a copula's complement ('the record is 80 arrests on a match day':
# `_verb_of_the_count`).
_ANY_ONE_PERIOD_WORDS = L.REPRESENTATIVE_ADJECTIVES | L.TIME_UNITS | L.WORKING_PERIOD_WORDS
_ON_A_PERIOD = re.compile(rf"\s*on\s+(?P<det>{_alternatives(L.INDEFINITE_ARTICLES | L.DISTRIBUTIVE_DETERMINERS)})\s+"
                          rf"(?:(?P<kind>(?-i:[a-z]+))\s+)?"
                          rf"(?P<period>{_TIME_UNITS}|{_alternatives(L.RATE_CYCLE_PERIODS)})(?=\s*(?:[,.;:)!?\"”]|$))",
                          re.IGNORECASE)


def _on_any_one_period(on: re.Match) -> str:
    """The unit's ending for a count 'on a'/'on every' period (`_ON_A_PERIOD`): the text's own
    article before a period of a kind ('on an average night': ' an average night'), a period
    bare after 'each'/'every' as any other rate (' a shift', ' an hour'), 'per' before a
    kind after them ('on every school day': ' per school day')."""
    det, kind, period = on.group("det").lower(), on.group("kind"), on.group("period").lower()
    if det in L.INDEFINITE_ARTICLES:
        return f" {det} {kind + ' ' if kind else ''}{period}"
    return f" per {kind} {period}" if kind else _a_period(period)
# "70 cents of each dollar": a minor unit out of each one of a currency.
_OF_EVERY_CURRENCY = re.compile(rf"\s*of\s+(?:{_alternatives(L.DISTRIBUTIVE_DETERMINERS)})\s+([a-z]+)\b", re.IGNORECASE)
# How many words of the base after 'for every' are kept ('$10,000 of land value').
_BASE_WORDS_REACH = 7


def _per_an_amount(last: Token | None) -> str:
    """'$9 for every $10,000 of land value' (`_FOR_EACH` with an amount): the amount after
    'for every'/'for each' and the phrase it heads (as the parser hangs it on 'for', within
    `_BASE_WORDS_REACH` words, cut before a clause of its own) is the base the amount is quoted on,
    as after 'per' (`_join_rate_bases`); not a bare number whose noun the clause leaves unsaid
    ('3 games for every 2 it won')."""
    if last is None:
        return ""
    doc = last.doc
    every = _rate_word_after(last, L.DISTRIBUTIVE_DETERMINERS)
    if every is None or every.i + 1 >= len(doc):
        return ""
    phrase = every.head
    if phrase.dep_ != "pobj" or phrase.head.lower_ != "for" or phrase.i <= every.i:
        return ""
    end = min(phrase.right_edge.i, every.i + _BASE_WORDS_REACH)
    clause = next((t.i for t in doc[every.i + 1:end + 1] if t.pos_ == "PRON" or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")), None)
    if clause is not None:
        end = clause - 1                          # "$5 for every 100 leaflets she delivered": the leaflets
    while end > every.i and not (doc[end].is_alpha or doc[end].like_num):
        end -= 1
    base = doc[every.i + 1:end + 1]
    if end <= every.i or base[-1].like_num and not any(t.is_currency for t in base):
        return ""                                 # "for every 2 it won": a number of nothing named
    return base.text


_NEXT_WORDS = re.compile(r"(?:\s+[a-z]+(?:-[a-z]+)?){1,2}")


def _per_a_source(m: re.Match, after: str) -> bool:
    """'$4 million per court filings', 'rose 5 per cent per Reuters data': 'per' that means
    'according to' names a source — a capitalised name, or a phrase whose noun is one of a source
    of figures (`L.PER_SOURCE_NOUNS`) — not what the amount is paid for."""
    if m.group(1).lower() != "per":
        return False
    if m.group(2)[0].isupper():
        return True                               # a name; not 'per 24-hour period'
    following = _NEXT_WORDS.match(after, m.end())
    words = [m.group(2).lower(), *(following.group(0).split() if following else [])]
    return any(w in L.PER_SOURCE_NOUNS for w in words)


def _period_of_the_sum_named(tokens: list[Token], unit: str, value: float | None = None) -> str:
    """'a monthly allowance of N35,000', 'an annual budget of $4 million', 'a daily wage of Rs
    500': money that is the 'of' phrase of a noun a period adjective (RATE_ADJECTIVES) modifies
    is that much per period ('naira a month'), as when the adjective follows the amount ('a
    R2 500 monthly allowance', `_rate`). Any other amount takes the period of a flow it measures
    (`_period_of_the_flow_measured`)."""
    if unit not in _MONEY_OR_MINOR_UNITS:
        return _period_of_the_flow_measured(tokens, unit, value)
    noun, paid_as_often = _sum_named(tokens)
    if noun is None or noun.pos_ != "NOUN":
        return ""
    period = next((L.RATE_ADJECTIVES[c.lower_] for c in noun.lefts if c.dep_ == "amod" and c.lower_ in L.RATE_ADJECTIVES), None)
    return _a_period(period) if period and paid_as_often else _paid_per_piece(noun)


def _period_of_the_flow_measured(tokens: list[Token], unit: str, value: float | None = None) -> str:
    """'a daily capacity of 650 tonnes', 'annual output rose to 3 million tonnes', 'daily ridership
    is 40,000 passengers': an amount in a unit of measure (MEASURE_UNIT_LEMMAS, GLUED_MEASURE_UNITS)
    or a count of things that pass (PASSING_NOUNS) that is the value of a noun of a flow
    (FLOW_NOUNS: what passes, is made or used over time) that a period adjective (RATE_ADJECTIVES)
    modifies is that much per period ('tonnes a day'). Not a count of things held, which is a size
    ('a daily capacity of 300 beds', 'an annual supply of 400 buses'), nor a noun of a state or of
    a thing that appears so often ('the daily temperature reached 40 degrees', 'the annual report
    ran to 300 pages'), nor a percentage (a change or a share, read by its own rules). So too a
    duration measuring time given over (`_period_of_the_time_given`) and things that pass counted
    with their own period adjective (`_period_of_the_things_counted`)."""
    if _a_part_unit(unit):
        return ""
    noun = _noun_measured(_object_node(tokens))
    period = _period_adjective(noun) if noun is not None else None
    if period and _period_of_the_time_given(noun, unit, period, value):
        return _a_period(period)
    if not _measured_or_passing(unit):
        return _period_of_the_things_counted(tokens)
    if noun is None or noun.lemma_.lower() not in L.FLOW_NOUNS:
        return _period_of_the_things_counted(tokens)
    return _a_period(period) if period else ""


def _period_adjective(noun: Token) -> str | None:
    """The period a period adjective (RATE_ADJECTIVES) on the noun names ('weekly opening': week)."""
    return next((L.RATE_ADJECTIVES[c.lower_] for c in noun.lefts if c.dep_ == "amod" and c.lower_ in L.RATE_ADJECTIVES), None)


def _period_of_the_time_given(noun: Token, unit: str, period: str, value: float | None = None) -> bool:
    """'weekly opening will drop from 70 hours to 58', 'annual leave of 25 days': a duration (a
    TIME_UNITS word, shorter than the period, and all of it, the value times the unit, no longer
    than the period) that measures a noun of time given over to something (TIME_GIVEN_NOUNS) with
    a period adjective is that much per period ('hours a week'). Not an event that recurs ('the
    monthly meeting ran to three hours'), nor a span as long as the period or longer ('annual leave
    of two years', 'monthly overtime of 40 days')."""
    word = unit.split()[0].lower() if unit else ""
    span = L.PERIOD_HOURS.get(word[:-1] if word.endswith("s") else word)
    whole = L.PERIOD_HOURS.get(period, 0)
    return word in L.TIME_UNITS and span is not None and span < whole \
        and (value is None or value * span <= whole) and noun.lemma_.lower() in L.TIME_GIVEN_NOUNS


def _period_of_the_things_counted(tokens: list[Token]) -> str:
    """'runs seven weekly island services', 'adds three daily flights': a count of the slots of a
    timetable (TIMETABLE_NOUNS) with a period adjective of their own is that many per period
    ('services a week'); not things that do not pass ('36 monthly instalments', 'two daily
    newspapers'), nor things done in a series, whose count is the total ('made 30 monthly visits
    over three years'); and only in a clause of what does or would happen, not a past total ('ran
    26 weekly departures over the season'), nor a copula's complement ('the timetable is 12 weekly
    flights': `_verb_of_the_count`)."""
    last = tokens[-1]
    noun = last.head
    if last.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.lower_ not in L.TIMETABLE_NOUNS \
            or not _says_what_does_or_would_happen(_verb_of_the_count(last)):
        return ""
    period = _period_adjective(noun)
    return _a_period(period) if period else ""


def _measured_or_passing(unit: str) -> bool:
    """A unit of measure ('tonnes', 'GWh') or of things counted as they pass ('passengers'), by its first word."""
    word = unit.split()[0]
    return word in L.GLUED_MEASURE_UNITS or word.lower() in L.PASSING_NOUNS \
        or word.lower() in L.MEASURE_UNIT_LEMMAS or word.lower()[:-1] in L.MEASURE_UNIT_LEMMAS


def _noun_measured(node: Token) -> Token | None:
    """The noun an amount is the value of, by the phrase it stands in: its 'of' phrase ('a capacity
    of 650 tonnes'), a participle's preposition on it ('consumption, put at 2 million litres'), the
    object or else the subject of a verb of change or level whose 'from'/'to'/'at'/'by' the amount
    is ('lifted its capacity from 300 tonnes', 'output rose to 3 million tonnes'), or the subject of 'be'."""
    if node.dep_ == "attr" and node.head.lemma_.lower() == "be":
        return _nominal_subject(node.head)
    if node.dep_ != "pobj":
        return None
    prep = node.head
    while prep.dep_ in ("prep", "pobj") and prep.head.tag_ == "IN":
        prep = prep.head                          # 'from 300 tonnes to about 520 tonnes'
    governor = prep.head
    if prep.lower_ == "of" and governor.pos_ == "NOUN":
        return governor
    if governor.dep_ == "acl" and governor.tag_ in ("VBN", "VBG") and governor.head.pos_ == "NOUN":
        return governor.head
    if prep.lower_ in L.LEVEL_PREPOSITIONS and governor.pos_ in ("VERB", "AUX") \
            and governor.lemma_.lower() in L.CHANGE_VERBS | L.LEVEL_VERBS:
        return next((c for c in child_tokens(governor) if c.dep_ in ("dobj", "nsubjpass")), None) \
            or _nominal_subject(governor)         # 'annual leave was cut to 25 days': the passive's subject changed
    return None


def _sum_named(tokens: list[Token]) -> tuple[Token | None, bool]:
    """The noun an amount of money is the value of, by the phrase it stands in: 'a monthly
    allowance of N35,000' (of), 'yearly wages ranging from $30,000 to $41,000' (a participle's
    preposition on a noun of pay, PAY_NOUNS), 'the monthly rent is $900', 'the weekly wage stands
    at £300' (a noun of pay as the subject of 'be' or of a verb of a level, LEVEL_VERBS), 'would
    add 60 cents to the average monthly bill' (what the verb of adding puts the sum to,
    ADDING_VERBS). Of any other noun a period adjective says how often the thing appears, not how
    often the sum is paid ('the monthly magazine is $5', 'the annual report came to $5,000', 'the
    weekly market, selling coats for $20'): the noun comes back with whether its period adjective
    is how often the sum is paid."""
    for t in tokens:
        if t.dep_ != "pobj":
            continue
        prep = t.head
        while prep.dep_ in ("prep", "pobj") and prep.head.dep_ in ("prep", "pobj") and prep.head.tag_ == "IN":
            prep = prep.head                          # 'from $30,000 to $41,000', 'of between R1 500 and …'
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN":
            return prep.head, True
        if prep.head.dep_ == "acl" and prep.head.tag_ == "VBG" and prep.head.head.pos_ == "NOUN":
            return _paid(prep.head.head)
        if prep.head.pos_ in ("VERB", "AUX") and prep.head.lemma_.lower() in L.LEVEL_VERBS | L.CHANGE_VERBS:
            return _paid(_nominal_subject(prep.head))   # 'daily rates had climbed to £275': what rose is paid
    node = _object_node(tokens)
    verb = node.head
    if node.dep_ == "attr" and verb.lemma_.lower() == "be":
        return _paid(_nominal_subject(verb))
    if node.dep_ == "dobj" and verb.lemma_.lower() in L.ADDING_VERBS:
        return _added_to(node), True
    if node.dep_ == "dobj" and verb.lemma_.lower() in L.MONEY_VERBS and _a_sum_of_its_own(node):
        return _paid(_nominal_subject(verb))      # 'every replacement boiler costs $9,400': the one that pays or costs it
    return None, False


def _added_to(node: Token) -> Token | None:
    """What a sum a verb of adding takes as its object is added to: the 'to' phrase on the verb,
    or on the sum where the parser hangs it there ('adding 45 cents to the average weekly bill')."""
    return next((p for c in (*child_tokens(node.head), *child_tokens(node)) if c.dep_ == "prep" and c.lower_ == "to"
                 for p in child_tokens(c) if p.dep_ == "pobj"), None)


# How many words the bill of a representative payer may run to ('the water share of the median
# ratepayer's quarterly utility bill'); a longer phrase is not copied into the unit.
_BILL_WORDS_REACH = 12


def _added_to_a_representative_bill(tokens: list[Token], unit: str, rated: bool = False) -> str:
    """'will add nearly $26 a year to the median ratepayer's bill', 'would add $30 to the average
    household's water bill': a sum a verb of adding (ADDING_VERBS) puts on a bill of the typical
    or average payer (a REPRESENTATIVE_ADJECTIVES word anywhere in the 'to' phrase, on a payer or
    bill noun, PAYER_OR_BILL_NOUNS, or in a phrase with such a head), or on any one bill
    (`_any_one_bill`: 'to a Zone C bill'), is that payer's, not the
    whole: the unit says on what (' on the median ratepayer's bill'). Not a sum added to one whole
    thing ('added $40,000 to the library budget', 'add $2 million to the average cost of the
    project'), nor a phrase too long or with a clause of its own."""
    if unit not in _MONEY_OR_MINOR_UNITS:
        return ""
    node = _object_node(tokens)
    if node.dep_ != "dobj" or node.head.lemma_.lower() not in L.ADDING_VERBS:
        return ""
    bill = _added_to(node)
    if bill is None:
        return ""
    words = list(bill.subtree)
    if len(words) > _BILL_WORDS_REACH or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or t.like_num
                                              for t in words) \
            or not any(t.lower_ in L.REPRESENTATIVE_ADJECTIVES and t.dep_ == "amod"
                       and (t.head.lemma_.lower() in L.PAYER_OR_BILL_NOUNS or bill.lemma_.lower() in L.PAYER_OR_BILL_NOUNS)
                       for t in words) and not _any_one_bill(bill, rated):
        return ""
    return " on " + bill.doc[words[0].i:words[-1].i + 1].text


def _any_one_bill(bill: Token, rated: bool) -> bool:
    """'would add €45 a month to a Zone C bill', 'adds £60 a year to a household bill': a bill
    (ONE_BILL_NOUNS) with an indefinite article, a word of its kind (a compound or an adjective)
    and no phrase after it is any one such bill, as a typical one is, where the sum is a rate
    (`rated`): what each payer's bill takes on every period. Not a sum with no period, which may be
    the whole put on one bill or on a bill that is a law in the making ('adds $40m to a spending
    bill', 'added $8,000 to a phone bill'), a bill named by what it is for ('to a bill for the new
    stadium'), a bare one ('added £5m to a bill'), nor an account or a user."""
    return rated and bill.lemma_.lower() in L.ONE_BILL_NOUNS and not any(c.dep_ in ("prep", "relcl", "acl") for c in bill.rights) \
        and any(c.dep_ == "det" and c.lower_ in L.INDEFINITE_ARTICLES for c in bill.lefts) \
        and any(c.dep_ in ("compound", "amod", "nmod") for c in bill.lefts)


def _nominal_subject(verb: Token) -> Token | None:
    """The verb's own subject (its nsubj child), nothing climbed to."""
    return next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)


def _a_sum_of_its_own(node: Token) -> bool:
    """The object of a verb of money is the sum itself ('pays $40') or a thing of that price any
    one payer has ('pays a $40,000 entry fee': no determiner or an indefinite one); not one whole
    thing the sum measures, that the payers share ('the $3 billion bailout', 'the city's $2
    billion deficit': a definite determiner or an owner)."""
    return not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in L.INDEFINITE_ARTICLES
                   for c in child_tokens(node))


def _paid(noun: Token | None) -> tuple[Token | None, bool]:
    """The noun, and whether it names a payment (PAY_NOUNS: 'wage', 'rent', 'salary'), whose period
    adjective is how often the sum is paid ('the weekly wage stands at £300'; not 'the monthly
    magazine is $5'); a 'per-X' before any noun stays ('the per-student cost is $1,140')."""
    return noun, noun is not None and noun.lemma_.lower() in L.PAY_NOUNS


def _paid_per_piece(noun: Token) -> str:
    """"the county's per-student transport cost": a hyphened 'per-X' before the noun of a sum is
    what one such sum is paid for (' per pupil'). 'Every replacement boiler costs $9,400', 'the average
    customer lost £2,300', 'every household will pay $40': the singular subject of a verb of money
    (MONEY_VERBS) whose object the sum is, taken one at a time (DISTRIBUTIVE_DETERMINERS) or as the
    average one (STATISTIC_ADJECTIVES), is what one such sum is paid, cost or lost by (' per
    boiler'); not a subject taken whole ('the council spent $4m', 'the replacement boiler costs')."""
    if noun.dep_ == "nsubj" and noun.tag_ == "NN" and noun.head.lemma_.lower() in L.MONEY_VERBS and any(
            c.dep_ == "det" and c.lower_ in L.DISTRIBUTIVE_DETERMINERS
            or c.dep_ == "amod" and c.lower_ in L.STATISTIC_ADJECTIVES for c in noun.lefts):
        return f" per {noun.lower_}"
    for c in noun.lefts:
        per = next((w for w in c.subtree if w.lower_ == "per" and w.i + 2 < noun.i and w.doc[w.i + 1].text == "-"), None)
        if per is not None and per.doc[per.i + 2].pos_ == "NOUN":
            return f" per {per.doc[per.i + 2].lower_}"
    return ""


def _clause_rate_of(tokens: list[Token], unit: str) -> str:
    """`_clause_rate` for a figure's unit, but none for a share of a whole whose noun phrase runs into the
    clause's 'each'/'every' period with no verb, preposition or mark between ('pays half the tenants each week',
    'housed a third of its applicants every year', 'pays half the tenants £50 each week'): the share's phrase is
    cut only at the period's own determiner, so how often the deed recurs is read as the share's rate ('share of
    tenants a week'); a period set apart from the share's phrase ('half of the people in the country every
    day', 'half the tenants are paid each week') or an adverb ('weekly') stays the share's, as it was."""
    period = _period_phrase_of_the_clause(tokens)
    if period is None:
        return ""
    if _kind_of_unit(unit) == "share" and _a_rate_time_noun(period) and _runs_into_the_shares_phrase(tokens, period):
        return ""
    return _rate_of_the_period_word(period)


def _runs_into_the_shares_phrase(tokens: list[Token], period: Token) -> bool:
    """'half the tenants [each week]', 'half the tenants £50 [each week]': the period phrase opens after the head
    noun of the share's own phrase (`_phrase_noun`, read from the word after the fraction, past its 'of') with
    only an amount or nouns between (PHRASE_RUN_POS: a second object, no verb, preposition or mark)."""
    doc, last = tokens[-1].doc, tokens[-1]
    if last.i + 1 >= len(doc):
        return False
    nxt = doc[last.i + 1]
    noun = _phrase_noun(doc, nxt.i + 1 if nxt.lower_ == "of" else nxt.i)
    return noun is not None and noun.i < period.left_edge.i \
        and all(t.pos_ in L.PHRASE_RUN_POS or t.tag_ == "$" for t in doc[noun.i + 1:period.left_edge.i])


def _period_phrase_of_the_clause(tokens: list[Token]) -> Token | None:
    """The word of the period `_clause_rate` reads on the figure's clause verb (an adverb of rate or an
    'each'/'every' time noun), or None."""
    node = _head(tokens)
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    if node.pos_ not in ("VERB", "AUX"):
        return None
    for c in child_tokens(node):
        if c.dep_ == "advmod" and L.RATE_ADVERBS.get(c.lower_) or _a_rate_time_noun(c):
            return c
    return None


def _a_rate_time_noun(c: Token) -> bool:
    """'each year', 'every week' on a verb: a singular time noun with a rate's determiner, no locator after it."""
    return c.dep_ == "npadvmod" and c.lower_ in L.TIME_UNITS and not c.lower_.endswith("s") \
        and any(d.dep_ == "det" and d.lower_ in L.RATE_DETERMINERS for d in child_tokens(c)) \
        and not any(d.lower_ in L.TIME_LOCATORS_AFTER for d in child_tokens(c))


def _clause_rate(tokens: list[Token]) -> str:
    """'2,000 grants are given yearly', 'laid off 2 percent of workers each year': a period
    that the verb of the figure's clause takes ('annually', 'each year') makes it a rate."""
    c = _period_phrase_of_the_clause(tokens)
    return _rate_of_the_period_word(c) if c is not None else ""


def _rate_of_the_period_word(c: Token) -> str:
    """' a year' of 'yearly' or of 'each year' (`_period_phrase_of_the_clause`)."""
    return _a_period(L.RATE_ADVERBS[c.lower_] if c.dep_ == "advmod" else c.lower_)


def _per_one_of_many(tokens: list[Token], unit: str) -> str:
    """What one amount is counted per, from the phrase that names the one: a ratio's 'one X to N
    Ys' ('the ratio stood at one nurse to 46 patients': ' per nurse', `_per_one_of_a_ratio`), a
    price that shares rise, fall or close at ('Brellin shares slipped to $3.10': ' a share',
    `_per_share_price`), and the object of a verb of getting or having whose subject is each one
    of many ('one in four flats has three bedrooms', 'each crew carries 12 litres': ' per flat',
    `_per_one_subject`)."""
    if _a_part_unit(unit):
        return ""                                 # a share is of its own whole already
    return _per_one_of_a_ratio(tokens) or _per_share_price(tokens, unit) or _per_one_subject(tokens) \
        or _per_each_after(tokens, unit) or _per_basis_of_the_subject(tokens, unit)


def _per_basis_of_the_subject(tokens: list[Token], unit: str) -> str:
    """'the grant per visitor had climbed to £6.20', 'the average fare per journey was $2.40': a
    sum or measure that the subject rises, falls, is cut or stands at, to, from or by
    (CHANGE_VERBS, LEVEL_VERBS under LEVEL_PREPOSITIONS), that it reaches or totals (a
    LEVEL_VERBS object) or that is the complement of 'be' (the walk `_level_of_a_verb` shares with
    `_per_share_price`) is the subject's level, so a 'per <noun>' phrase on the subject written
    before the amount is its basis (' per visitor'), with the noun's compounds ('per coach
    seat'). Only a bare common noun there that one counts or measures by: 'the fee, per the
    contract, rose to $40' names a source (a determiner or an owner), 'per 1,000 residents' an
    amount of its own, 'the levy per council directive' and 'the grant per guidelines' the rule
    that set it (PER_RULE_NOUNS); nor a phrase on the verb or on another noun ('the number of
    visits per year')."""
    if not _a_sum_of_money(unit) and not _measured_or_passing(unit):
        return ""
    levelled = _level_of_a_verb(tokens)
    if levelled is None:
        return ""
    node, verb = levelled
    if node.dep_ == "pobj" and verb.lemma_.lower() not in L.CHANGE_VERBS | L.LEVEL_VERBS:
        return ""
    subject = next((c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN":
        return ""
    basis = next((p for c in child_tokens(subject) if c.dep_ == "prep" and c.lower_ == "per"
                  for p in child_tokens(c) if p.dep_ == "pobj"), None)
    if basis is None or basis.pos_ != "NOUN" or basis.lower_ in L.NOT_DENOMINATORS \
            or basis.lemma_.lower() in L.PER_RULE_NOUNS or basis.lower_ in L.PER_RULE_NOUNS \
            or any(c.dep_ in ("det", "poss", "nummod") for c in child_tokens(basis)):
        return ""                                 # "per the contract", "per 1,000 residents", "per regulations"
    return f" per {_noun_phrase(basis) or basis.lower_}"


def _level_of_a_verb(tokens: list[Token]) -> tuple[Token, Token] | None:
    """The amount's node and the verb whose level it states: the object of a level preposition
    (LEVEL_PREPOSITIONS: 'rose to $3', 'stood at $3') on a verb, the complement of 'be' ('was
    $3') or the object of a verb of level (LEVEL_VERBS: 'hit $3'); None for any other amount."""
    node = _object_node(tokens)
    if node.dep_ == "pobj" and node.head.lower_ in L.LEVEL_PREPOSITIONS:
        verb = node.head.head
    elif node.dep_ == "attr" and node.head.lemma_.lower() == "be" \
            or node.dep_ == "dobj" and node.head.lemma_.lower() in L.LEVEL_VERBS:
        verb = node.head
    else:
        return None
    return (node, verb) if verb.pos_ in ("VERB", "AUX") else None


def _a_part_unit(unit: str | None) -> bool:
    """A unit that is a part of a whole already (PART_UNIT_WORDS first: '% of budget', 'share of flats')."""
    return not unit or unit.split()[0].lower() in L.PART_UNIT_WORDS


def _words_before_the_amount(tokens: list[Token]) -> Token | None:
    """The word before an amount and the qualifier words that hang on it ('one nurse to about
    9,000 residents': 'to')."""
    doc, i = tokens[0].doc, tokens[0].i - 1
    ids = {t.i for t in tokens}
    while i >= tokens[0].sent.start and doc[i].head.i in ids and doc[i].dep_ in ("quantmod", "advmod", "amod"):
        ids.add(doc[i].i)
        i -= 1
    return doc[i] if i >= tokens[0].sent.start else None


def _per_one_of_a_ratio(tokens: list[Token]) -> str:
    """'the staffing ratio stood at one nurse to 46 patients', 'there is one midwife to 3,000 mothers': in
    a sentence that names a ratio (RATIO_NOUNS), or with the one the complement of 'be', after 'to', an amount set against one singular noun counted by 'one' just
    before it is that many per the one. Not a change from the one ('grew from one depot to 30
    families': the one under 'from', CHANGE_START_PREPOSITIONS), nor the one handed over or
    sent ('gave one book to 30 pupils': the noun a verb's object), nor a count of the same
    thing it grew to ('one store to 40 stores')."""
    to = _words_before_the_amount(tokens)
    if to is None or to.lower_ != "to" or to.i - 2 < to.sent.start:
        return ""
    noun, one = to.doc[to.i - 1], to.doc[to.i - 2]
    counted = _object_node(tokens)
    if noun.tag_ != "NN" or one.lower_ not in L.ONE_WORDS or one.head.i != noun.i \
            or noun.dep_ in ("dobj", "dative", "nsubjpass", "oprd") or counted.lemma_.lower() == noun.lemma_.lower():
        return ""                                 # "grew from one store to 40 stores": a change, no ratio
    if noun.dep_ == "pobj" and noun.head.lower_ in L.CHANGE_START_PREPOSITIONS \
            or not (any(t.lemma_.lower() in L.RATIO_NOUNS for t in to.sent)
                    or noun.dep_ == "attr" and noun.head.lemma_.lower() == "be"):
        return ""                                 # "went from one coach to 14 players": no ratio named
    return f" per {noun.lower_}"


def _a_capitalised_name(token: Token) -> bool:
    """A noun written as a name (capitalised: 'Anchor shares' at a sentence's start too): the
    tagger also marks lower-case common nouns PROPN ('our stock of maize')."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper()


def _per_share_price(tokens: list[Token], unit: str) -> str:
    """'Brellin shares slipped to $3.10, after closing at $3.50', 'the share price rose to 40
    pence': money that shares (or their price) rise, fall, stand or close at, to, from or by is
    a price per share (PER_SHARE_PRICE_NOUNS as the object of the verb, else its subject, or the
    subject of the verb whose clause the verb opens without a subject of its own). Shares with no
    owner, a name's, a company's or a pronoun's; a stock (STOCK_NOUNS) only with a name's own
    ('Tovey stock'), for a stock is also goods held ('the shop's stock rose to $9,000'). Not a sum
    shares are sold or bought for ('sold shares for $5m'), nor the worth of a holding: a stake
    ('its stake rose to $5m'), a value ('rose to $9,000 in value', HOLDING_VALUE_WORDS), a scaled
    sum ('$4 billion'), shares or a stock of or in a thing that is no name ('its shares in the
    venture', 'our stock of grain')."""
    if not _a_sum_of_money(unit) or any(t.lower_ in L.SCALES or _GLUED_SCALE_AMOUNT.fullmatch(t.text) for t in tokens):
        return ""                                 # "its stock climbed to $4 billion": a market value, no price
    levelled = _level_of_a_verb(tokens)
    if levelled is None or levelled[0].dep_ != "pobj":
        return ""
    verb = levelled[1]
    if verb.lemma_.lower() not in L.CHANGE_VERBS | L.LEVEL_VERBS | L.TRADING_VENUE_VERBS \
            or any(t.lower_ in L.HOLDING_VALUE_WORDS for t in verb.subtree):
        return ""                                 # "the shares fell to $9,000 in value": a holding's worth
    subject = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None) or _nominal_subject(verb)
    if subject is None:                               # 'raised its target price to $12': the object's level
        governor = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
        if verb.dep_ in ("advcl", "conj", "xcomp", "pcomp") and governor.pos_ in ("VERB", "AUX"):
            subject = _nominal_subject(governor)     # 'slipped to $3.10, after closing at $3.50'
    if subject is None:
        return ""
    issuers = [p for c in child_tokens(subject) if c.dep_ == "prep" and c.lower_ in L.SHARE_ISSUER_PREPOSITIONS
               for p in child_tokens(c) if p.dep_ == "pobj"]
    if not all(_a_capitalised_name(p) for p in issuers):
        return ""                                 # "the stock of unsold flats", "its shares in the venture"
    owners = [c for c in child_tokens(subject) if c.dep_ in ("poss", "compound")]
    if subject.lower_ in L.PER_SHARE_PRICE_NOUNS:
        priced = all(_a_capitalised_name(c) or c.lower_ in L.POSSESSIVE_PRONOUNS - L.PERSON_POSSESSIVE_PRONOUNS or c.lemma_.lower() in L.COMPANY_NOUNS
                     for c in owners)             # not "the family's shares", "the debt shares"
    elif subject.lower_ in L.STOCK_NOUNS:
        priced = any(_a_capitalised_name(t) for t in (*owners, *issuers))
    else:
        priced = subject.lemma_.lower() in L.PRICE_NOUNS and any(
            c.dep_ == "compound" and c.lower_ in L.PER_SHARE_PRICE_COMPOUNDS for c in child_tokens(subject))
    return " a share" if priced else ""


def _per_one_subject(tokens: list[Token]) -> str:
    """'one in four flats has three bedrooms', 'each crew carries 12 litres of water': the object
    of a verb of getting, having, carrying or paying (PER_ONE_VERBS) whose subject is one of many
    (a singular noun after DISTRIBUTIVE_DETERMINERS, or 'one in/of/out of N Xs') counts per that
    one; not an object of other verbs, which the many may share or choose together ('every voter
    elected three councillors', 'every villager shares two wells'), nor an object the many share
    ('each crew used the 12 boats': a definite or owned object), nor a subject taken whole ('the
    crew carries 12 litres'). With a verb of giving, paying or charging (GIVING_TO_EACH_VERBS),
    an indirect object taken one at a time is what one such object goes to ('handed each pupil
    $20': ' per pupil'; not 'showed each reporter a $40 million invoice'). 'each' as the
    subject stands for the plural it takes one at a time (`_many_each_stands_for`: 'four vans,
    each holding 900 litres', 'each of the tanks takes 50 litres')."""
    node = _object_node(tokens)
    if node.dep_ != "dobj" or not _a_sum_of_its_own(node):
        return ""
    recipient = next((c for c in child_tokens(node.head) if c.dep_ == "dative" and c.tag_ == "NN" and any(
        d.dep_ == "det" and d.lower_ in L.DISTRIBUTIVE_DETERMINERS for d in child_tokens(c))), None) \
        if node.head.lemma_.lower() in L.GIVING_TO_EACH_VERBS else None
    if recipient is not None:
        return f" per {_noun_phrase(recipient) or recipient.lower_}"    # "gave each family $200"
    if node.head.lemma_.lower() not in L.PER_ONE_VERBS:
        return ""
    verb = node.head
    subject = _nominal_subject(verb)
    if subject is None and verb.dep_ == "acl" and verb.head.lower_ in L.DISTRIBUTIVE_DETERMINERS:
        subject = verb.head                         # "four vans, each holding 900 litres" as 'each' + participle
    if subject is None:
        return ""
    if subject.lower_ in L.DISTRIBUTIVE_DETERMINERS and subject.tag_ == "DT":
        many = _many_each_stands_for(subject, verb)
        return "" if many is None else _per_plural(many)
    if subject.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in L.DISTRIBUTIVE_DETERMINERS for c in child_tokens(subject)):
        return f" per {_noun_phrase(subject) or subject.lower_}"     # "every mining job sustains two other jobs"
    if subject.lower_ in L.ONE_WORDS:                   # 'one in four flats' as 'one' with its 'in' phrase
        whole = next((p for c in child_tokens(subject) if c.dep_ == "prep" and c.lower_ in L.RATIO_PREPOSITIONS
                      for p in child_tokens(c) if p.dep_ == "pobj" and p.tag_ == "NNS"), None)
        if whole is not None and any(c.like_num for c in child_tokens(whole)):
            return f" per {whole.lemma_.lower()}"
    words = {q.lower_ for c in child_tokens(subject) if c.dep_ == "nummod" for q in child_tokens(c) if q.dep_ == "quantmod"}
    if subject.tag_ == "NNS" and words & L.ONE_WORDS and words & L.RATIO_PREPOSITIONS:
        return f" per {subject.lemma_.lower()}"         # 'one in three households' as quantifiers of the noun
    return ""


def _many_each_stands_for(each: Token, verb: Token) -> Token | None:
    """The plural that 'each' as a subject takes one at a time: its own 'of' phrase ('each of the
    pumps', 'each of them'), the plural noun it is set beside ('four vans, each holding'), or,
    where it opens a participle clause on a verb, that verb's object if plural ('bought four
    buses, each costing'; not the verb's subject past a singular object: 'took the cash from
    the men, each holding'); None where no plural is named (a singular one stays unsaid)."""
    of = next((p for c in child_tokens(each) if c.dep_ == "prep" and c.lower_ == "of"
               for p in child_tokens(c) if p.dep_ == "pobj"), None)
    if of is not None:
        return of if _plural_noun_or_pronoun(of) else None
    if each.dep_ == "appos":
        return each.head if each.head.tag_ in L.PLURAL_NOUN_TAGS else None
    if each.dep_ == "nsubj" and verb.dep_ in ("advcl", "acl"):
        if verb.dep_ == "acl":
            return verb.head if verb.head.tag_ in L.PLURAL_NOUN_TAGS else None
        its_object = next((c for c in child_tokens(verb.head) if c.dep_ == "dobj"), None)
        return its_object if its_object is not None and its_object.tag_ in L.PLURAL_NOUN_TAGS else None
    return None


# How many steps up from an amount the verb of its clause is looked for ('granted them bail in the
# sum of N50 million each': the amount, 'of', 'sum', 'in', 'bail', the verb).
_VERB_OF_THE_AMOUNT_REACH = 6


def _plural_noun_or_pronoun(word: Token) -> bool:
    """A plural noun ('pumps') or a personal pronoun ('them', 'us', which names no one by kind)."""
    return word.tag_ in L.PLURAL_NOUN_TAGS or word.pos_ == "PRON"


def _per_plural(many: Token) -> str:
    """' per' the singular of the plural common noun `many` ('ferries': ' per ferry'); ' each'
    where the word gives no such singular: a pronoun, a name ('the Kestrels', capitalised inside
    the sentence), a plural that is its own lemma ('folk', 'staff')."""
    lemma = many.lemma_.lower()
    named = many.text[:1].isupper() and many.i != many.sent.start
    if many.tag_ != "NNS" or many.pos_ != "NOUN" or named or lemma == many.lower_:
        return " each"
    return f" per {lemma}"


def _per_each_after(tokens: list[Token], unit: str) -> str:
    """'$90 each', 'were fined N5,000 each', '$12,000 apiece', 'Rs 2 lakh each to the
    families': money or a measure with 'each'/'apiece' right after it (DISTRIBUTIVE_AFTER_AMOUNT,
    no noun or NOT_DISTRIBUTIVE_AFTER_EACH word after it: not 'each year', 'each of the vans') is
    the amount of one of many. The many are the first word the clause's verb takes in its
    relations, if that is a plural: its object or indirect object where the amount hangs on a
    preposition ('bought 60 looms at $2,500 apiece'), its indirect object or subject where the
    amount is its object (or another object the parser gives the verb), else its subject ('the
    two firms will pay $1.5m each', 'the men were fined N5,000 each'); a singular word there ('fined Ade and Bola N900 each', 'sold rice at N90 each') is
    not passed over for the subject. The plural after 'to'/'for' right after 'each' counts only
    in a clause with no plural of its own ('the state paid Rs 2 lakh each to the families'), as
    one with its own plural may pay them or be paid for them ('the two men lost $900 each to
    the scammers'). A pronoun, a name or no plural gives ' each'."""
    if unit not in _MONEY_OR_MINOR_UNITS and not _measured_or_passing(unit):
        return ""
    node = _object_node(tokens)
    doc, end = node.doc, max(tokens[-1].i, node.i)      # past the counted noun: "20 kilograms each"
    if end + 1 >= node.sent.end:
        return ""
    each = doc[end + 1]
    after = doc[each.i + 1] if each.i + 1 < len(doc) else None
    if each.lower_ not in L.DISTRIBUTIVE_AFTER_AMOUNT or each.dep_ in ("det", "nsubj", "nsubjpass") \
            or after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.lower_ in L.NOT_DISTRIBUTIVE_AFTER_EACH):
        return ""                                   # "each year", "each of the vans", "each other"
    verb = _verb_above(node, _VERB_OF_THE_AMOUNT_REACH)
    verb = verb if verb.pos_ in ("VERB", "AUX") else None
    own_object = verb is not None and node.dep_ in ("dobj", "dative") and node.head.i == verb.i
    order = ("dative", "dobj", "nsubj", "nsubjpass") if own_object else ("dobj", "dative", "nsubj", "nsubjpass")
    taken = None if verb is None else _first_taken_by(verb, order, {node.i, each.i})
    if after is not None and after.lower_ in L.DISTRIBUTED_TO_PREPOSITIONS:
        given = next((c for c in child_tokens(after) if c.dep_ == "pobj"), None)
        if given is not None and given.tag_ in L.PLURAL_NOUN_TAGS:
            if verb is not None and any(_plural_noun_or_pronoun(c) for c in _taken_by(verb, order, {node.i, each.i})):
                return " each"                      # "the two men lost $900 each to the scammers"
            return _per_plural(given)               # "the state paid Rs 2 lakh each to the families"
    return _per_plural(taken) if taken is not None and _plural_noun_or_pronoun(taken) else " each"


def _taken_by(verb: Token, order: tuple[str, ...], apart: set[int]) -> list[Token]:
    """The words the verb takes in the relations of `order`, in that order, those at `apart`
    (the amount's own word and its 'each') aside; a verb joined to another ('were suspended and fined') takes its subject from that
    one, and a relative pronoun ('the tickets, which cost $40 each') stands for the noun its
    clause hangs on."""
    heads = [verb, verb.head] if verb.dep_ == "conj" and _nominal_subject(verb) is None else [verb]
    taken = []
    for dep in order:
        for head in heads:
            for c in child_tokens(head):
                if c.dep_ != dep or c.i in apart:
                    continue
                taken.append(verb.head if c.tag_ in _RELATIVE_PRONOUN_TAGS and verb.dep_ == "relcl" else c)
    return taken


def _first_taken_by(verb: Token, order: tuple[str, ...], apart: set[int]) -> Token | None:
    """The first word `_taken_by` finds, plural or not: a singular one there is not passed over."""
    return next(iter(_taken_by(verb, order, apart)), None)


_RELATIVE_PRONOUN_TAGS = ("WDT", "WP")


def _round(x):
    """Fractions to four places; amounts to fifteen significant digits, which drops the binary
    float's residue of a scaled decimal ('N8.3 billion': 8.3 * 1e9 = 8300000000.000001)."""
    if x is None or isinstance(x, int):
        return x
    return round(x, 4) if abs(x) < 1 else float(f"{x:.15g}")


def _tokens_at(sent: Span, start: int, end: int) -> list[Token]:
    span = sent.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
    return list(span) if span is not None else []


def _is_qualifier(sent: Span, match: re.Match, tokens: list[Token]) -> bool:
    """'over 1,000 people' but not 'presided over three meetings'; 'as many as 40' but not
    'three times as many as 40'."""
    qual = match.group("qual").lower()
    doc = tokens[0].doc
    first = doc[tokens[0].i - len(qual.split())] if tokens[0].i >= len(qual.split()) else None
    prev = doc[first.i - 1] if first is not None and first.i > 0 else None
    if qual in L.NEARNESS_QUALIFIERS and _compared_with_than(tokens[-1]):
        return False    # "closer to 8% than 5%": a comparison of two amounts, no approximation
    if qual in L.COMPASS_QUALIFIERS and not _kind(match.group("a")):
        after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
        return after is not None and after.tag_ == "NNS" and after.pos_ == "NOUN" and after.lower_ not in _MEASURES \
            and after.lemma_.lower() not in L.MEASURE_UNIT_LEMMAS   # "north of 900 jobs"; not "south of 15 degrees latitude"
    if prev is None:
        return True
    if qual in L.PREPOSITION_QUALIFIERS and prev.pos_ in ("VERB", "AUX") and prev.lemma_.lower() in L.CHANGE_VERBS \
            and (match.group("pct") or _kind(match.group("a"))):
        return True     # "attendance fell below 10 percent": the level it moved past bounds it
    if qual in L.PREPOSITION_QUALIFIERS and prev.pos_ in ("VERB", "AUX") and prev.lemma_.lower() in L.PREPOSITIONAL_VERBS:
        return False
    if qual in L.PREPOSITION_QUALIFIERS and prev.dep_ == "prt" and prev.lower_ not in L.AMOUNT_OPENING_PREPOSITIONS:
        return False    # "savings piled up over 15 years": the preposition of a phrasal verb
    if _preposition_of_a_noun(first, tokens, match):
        return False    # "a preservation order over two properties": covering them, not more than two
    if _preposition_of_a_verb(first, tokens, match) or _period_read_as_a_second_object(first, tokens):
        return False    # "debated the motion over four sittings": across them
    if qual == "up to" and first.dep_ in ("prep", "prt") and first.head.pos_ in ("VERB", "AUX") \
            and first.head.i < first.i and prev.pos_ != "ADP" and _moves_to(first.head, first):
        return False    # "we have raised it to 18 weeks"; "bringing gusts of up to 90kph" bounds the gusts
    if qual.startswith("as ") and prev.lower_ in L.COMPARISON_WORDS or prev.lower_.endswith("fold"):
        return False
    return True


# How many steps up the parse `_comparison_denied` climbs from a compared amount to the verb
# whose negation turns the comparison round.
_DENIED_VERB_REACH = 6


def _comparison_denied(tokens: list[Token], qual: str) -> bool:
    """'cannot stay open any longer than 6 months', 'did not wait more than 4 hours', 'no patient
    waited longer than 4 hours': a comparison (`COMPARATIVE_READINGS`) after a word
    said only under a negation (`NEGATIVE_POLARITY_DEGREE_WORDS`), or in the predicate of a
    denied verb, is turned round by the negation: no bound is asserted. Not the amount as the
    subject ('more than 40 staff did not vote': a floor that is asserted)."""
    if L.FIGURE_QUALIFIERS.get(qual) not in L.COMPARATIVE_READINGS:
        return False
    doc = tokens[0].doc
    first = tokens[0].i - len(qual.split())
    if first > 0 and doc[first - 1].lower_ in L.NEGATIVE_POLARITY_DEGREE_WORDS:
        return True
    node = tokens[0]
    for _ in range(_DENIED_VERB_REACH):
        if node.dep_ in ("nsubj", "nsubjpass") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return _denied(node)
    return False


def _names_a_band(after: str) -> bool:
    """'the 65-plus age group', 'the 18-plus bracket': the word after a number written with a
    hyphened qualifier names a band of values (`BAND_NOUNS`, `AGE_WORDS`): which band, no count."""
    word = re.match(r"\s+([a-z]+)", after.lower())
    return word is not None and word.group(1) in _BAND_OR_AGE_WORDS


def _preposition_of_a_noun(word: Token, tokens: list[Token], match: re.Match) -> bool:
    """'an order over two properties', 'control over three mines', 'a dispute over two seats':
    'over' that the parser hangs as a preposition on a noun before it, with the counted noun as
    its object, says what the noun covers or concerns; as 'more than' the parser makes it a
    modifier of the number ('over 200 homes'). Counts only, not money or shares."""
    if word.lower_ not in L.NOUN_PREPOSITION_QUALIFIERS or word.dep_ != "prep" or word.head.pos_ != "NOUN" \
            or word.head.i > word.i or match.group("pct") or _kind(match.group("a")):
        return False
    counted = tokens[-1].head if tokens[-1].dep_ == "nummod" else tokens[-1]
    return counted.dep_ == "pobj" and counted.head.i == word.i


def _compared_with_than(last: Token) -> bool:
    """'closer to 8% than 5%': 'than' right after the amount (and its percentage words)."""
    k = _after_percent_words(last)
    return k < len(last.doc) and last.doc[k].lower_ == "than"


def _preposition_of_a_verb(word: Token, tokens: list[Token], match: re.Match) -> bool:
    """'debated the motion over four sittings', 'spread over four phases': 'over' that the parser
    hangs as a preposition on a verb before it, with the counted noun as its object, says across
    what the act runs (as 'more than' it is a modifier of the number). Not periods of time
    ('waited over six months' is read either way), money or shares; a period only after a verb
    with an object before the preposition ('pay the fine over 18 months', 'cut 400 jobs over two
    years': the object spread across the period, as no 'more than' can read)."""
    if word.lower_ not in L.VERB_SPAN_PREPOSITIONS or word.dep_ != "prep" or word.head.pos_ not in ("VERB", "AUX") \
            or word.head.i > word.i or match.group("pct") or _kind(match.group("a")):
        return False
    counted = tokens[-1].head if tokens[-1].dep_ == "nummod" else tokens[-1]
    return counted.dep_ == "pobj" and counted.head.i == word.i \
        and (counted.lower_ not in L.TIME_UNITS or bool(_objects_before(word.head, word)))


def _period_read_as_a_second_object(word: Token, tokens: list[Token]) -> bool:
    """'ordered it to pay the fine over 18 months': 'over' before a period that the parser makes a
    second object of the verb, after the verb's own object, is the preposition of
    `_preposition_of_a_verb` (the object spread across the period), misread as the number's
    qualifier; no 'more than'."""
    if word.lower_ not in L.VERB_SPAN_PREPOSITIONS or word.dep_ != "quantmod":
        return False
    counted = tokens[-1].head if tokens[-1].dep_ == "nummod" else tokens[-1]
    verb = counted.head
    return counted.dep_ == "dobj" and counted.lower_ in L.TIME_UNITS and verb.pos_ == "VERB" \
        and bool(_objects_before(verb, word))


def _moves_to(verb: Token, up: Token) -> bool:
    """'raised it up to 18 weeks', 'prices went up to $5': 'up to' is the verb's own particle
    where the verb moves an object before it or is a verb of change; 'was prepared to guarantee
    up to 27 per cent' bounds the amount guaranteed."""
    moved = any(c.dep_ in ("dobj", "dative") and c.i < up.i for c in child_tokens(verb))
    if verb.lemma_.lower() in L.AMOUNT_OBJECT_VERBS and not moved:
        return False    # "would raise up to Dh3.5 billion": the amount raised is the object, 'up to' bounds it
    return verb.lemma_.lower() in _CHANGE_OR_MOVING_VERBS or moved


def _not_a_quantity(sent: Span, text: str, a: str, b: str | None, pct: bool, tokens: list[Token], qual: str | None) -> bool:
    low = a.lower().strip()
    first, last = tokens[0], tokens[-1]
    doc = sent.doc
    prev = doc[first.i - 1] if first.i > sent.start else None
    nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
    after = text[last.idx + len(last.text) - sent.start_char:][:12].lower()
    plain = re.fullmatch(r"\d+", a) is not None
    money = _kind(a) != "" or (nxt is not None and nxt.lower_ in L.CURRENCY_WORDS)
    if _first_group_stands_apart(a, prev):
        return True     # "on May 5 300 people marched", "Section 12 500 firms": two numbers, not 5,300
    if not b and _year_of_an_owned_thing(a, first, last, prev):
        return True     # "the trust's 2021 accounts": which year's, no count
    if not b and re.fullmatch(r"[1-9]\d{0,2} \d{3}", a.strip()) and re.match(r",?\s+(?:and|or)\s+\d{1,3}(?![\d,.]\d| \d{3})|,\s*\d{1,3}(?![\d,.]\d| \d{3})", after):
        return True     # "the 100 200 and 400 metres": a list of numbers, not 100,200
    if (low in L.INDEFINITE_ARTICLES or low == L.NUMBER_ONES[0]) and not b and not pct and not _in_a_list_of_counts(first):
        return True     # "one of them", "one official"
    if low == L.NUMBER_ONES[0] and not pct and prev is not None and prev.lower_ in L.NOT_WORDS:
        return True     # "200 members and not one of them was asked": none, said for emphasis
    if low == "zero" and not pct:
        return True     # "zero skills": emphasis
    if _in_a_ratio(first, last, prev):
        return True     # "one in five adults", "eight of 10 voters": no count alone (`_ratios` reads "one in five" as a rate)
    if _counts_its_own_kind(last) or _round_count_of_a_figure_of_speech(first, last):
        return True     # "the song that started 1,000 songs", "sounded like a thousand bees": a figure of speech
    if not money and not pct and _basis_of_a_price(last):
        return True     # "the price of 1,000 bricks rose to Rs 17,000": what the price is quoted for
    if pct and _is_intensifier(a, last):
        return True     # "100 percent wrong", "I agree 100%", "the 100% clean-air pledge"
    if pct and _labels_a_noun(nxt, prev):
        return True     # "the 2 percent rule", "the 99% movement"
    if pct and _counts_pieces(last):
        return True     # "a 12pc cookware set": twelve pieces, no per cent
    if pct and _names_a_statistic(last):
        return True     # "the 95% confidence interval": which interval, no claim
    if pct and _names_a_group(nxt):
        return True     # "tax cuts for the 1 percent": the people of that share, no figure
    if prev is not None and prev.text == "(" and _restates_a_criterion(sent, text, prev):
        return True     # "Cars priced up to €40,000 ($43,000) are exempt": the criterion restated
    if _is_a_criterion(last, qual):
        return True     # "groups that raised $1m or more": which things are meant, no amount
    if _an_example_case(tokens):
        return True     # "For a cottage rated at £140,000, the levy would cost ...": the case worked out, no claim
    if money and _unit_of_exchange(last, nxt, _amount(a)):
        return True     # "($1 = 83.2 rupees)", "$1 bought 83.2 rupees": a rate's unit, no claim
    if _denied_in_a_correction(first):
        return True     # "It was €131m, not €113m.": the figure set right is no claim
    if _scale_as_adjective(a, last):
        return True     # "a billion-dollar platform": a size of speech, no amount
    if qual == "between" and not b:
        return True     # "the gap between two levels of government": the parties, no range
    if _defines_a_unit(last):
        return True     # "(one sverdrup equals one million cubic metres per second)": a definition
    if pct or money:
        return False
    if not qual and not b and _labels_the_noun_before(first, last):
        return True     # "promoted into step four", "moved to phase 2": which one, no count
    if not qual and not b and (_labels_one_of_its_own_noun(first, last) or _next_label_of_a_series(first)):
        return True     # "Ward 7 councillor X", "some Grade 6 and 7 classes": which ones, no count
    if not qual and _done_in_parts(last):
        return True     # "1,200 workers in two shifts", "paid in three instalments": how, no count
    if _keeps_a_schedule(last):
        return True     # "relied on overtime six days a week": how often, no count
    glued = _GLUED_AMOUNT.fullmatch((b or a).strip())
    if glued and nxt is not None and nxt.pos_ in ("NOUN", "PROPN") \
            and nxt.lower_ not in L.MEASURED_EXTENT_NOUNS:
        return True     # "a 9mm pistol", "the 5km race": a measure that describes a thing; not "a 7km stretch"
    if nxt is not None and nxt.lower_ == L.DISTRIBUTIVE and _shared_out(last) is None:
        return True     # "two each came": a count per something the sentence does not name
    if not b and _counts_ones_children(last):
        return True     # "Ann Lowe, a mother of four, ...": who she is, no count the article asserts
    if not qual and not b and _counts_the_names(last, _amount(a)):
        return True     # "Two Democrats, Ann Lowe and Tom Reed, ...": the count of the names beside it
    if plain and len(a) > 1 and a.startswith("0") and len(a) != 4:
        return True     # a code: "020 7946"
    if plain and _in_a_digit_sequence(text, first.idx - sent.start_char, last.idx + len(last.text) - sent.start_char):
        return True     # a phone number: "+44 20 7946 0000"
    if _FRACTION_WORD.search(low) and not re.search(_BIG, low) and not _fraction_of_something(prev, nxt):
        return True     # "the first half", "half-mast", "half an hour"
    if any(t.ent_type_ in L.NAME_LABELS and not (glued and t is last and t.text == glued.group(2)) for t in tokens):
        return True     # part of a name: "Radio 4", "10 Downing Street"; not a glued unit the tagger took for one ("130km/h")
    if _in_a_name(first, last, prev):
        return True
    if plain and prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.i > first.sent.start \
            and prev.lower_.rstrip(".") not in L.MONTHS and prev.ent_type_ not in ("GPE", "NORP", "DATE"):
        return True     # "the FTSE 100 index", "Fortune 500 companies", "the Boeing 737"
    if plain and _model_number(prev, nxt):
        return True     # "the ATR 72-600", "an MD 80": letters and a number naming a model
    if plain and _names_one_by_number(first, last, prev):
        return True     # "the 712 night service", "the 14 bus": which one, by its number
    if plain and _joined_to_a_labelled_number(first):
        return True     # "classes in Year 3 and 4": the second label of a name's number
    if plain and prev is not None and prev.i == first.sent.start and prev.pos_ == "PROPN" \
            and prev.dep_ in ("nmod", "compound") and prev.head.i == last.head.i != last.i and last.dep_ == "nummod":
        return True     # "Fortune 500 companies pay ...": a name opening the sentence
    if plain and last.dep_ == "dobj" and last.head.lemma_.lower() in L.DIALLING_VERBS:
        return True     # "Call 911": a number to ring
    if plain and _second_label_of_a_pair(first, prev, nxt):
        return True     # "the 14 and 27 routes": two routes named by number, not 27 of them
    if plain and prev is not None and prev.pos_ == "VERB" and prev.lemma_.lower() in L.DIALLING_VERBS \
            and nxt is not None and nxt.like_num:
        return True     # "dialled 112 five times": the number rung, the count after it (parsed as one)
    if plain and len(a) == 4 and (a.startswith("0") or 1000 <= int(a) <= 2100) \
            and not (nxt is not None and (nxt.lower_ in L.MEASURE_UNITS or
                                          (nxt.tag_ == "NNS" and first.ent_type_ not in ("DATE", "TIME")))):
        return True     # a year or a clock time ("1639 UTC")
    if plain and int(a) <= 31 and ((prev is not None and prev.lower_.rstrip(".") in L.MONTHS) or
                                   (nxt is not None and nxt.lower_.rstrip(".") in L.MONTHS)):
        return True     # a day of the month
    if _fronted_clock_time(first, last, a) or _hour_of_a_day_part(first, last, a):
        return True     # "By nine the water was at the door", "around four, five in the morning"
    if re.match(r"\s?(:\d|[ap]\.?m\b|o['’]clock|hrs\b|h\b)", after) or \
            (nxt is not None and nxt.lower_ in L.TIME_ZONES and (nxt.lower_ not in L.TIME_UNITS or _is_clock_time(a))):
        return True     # a clock time ("0600 hours"; "40 hours" is a duration)
    if re.match(r"(st|nd|rd|th)\b", after):
        return True     # an ordinal
    if re.match(r"-to-\w", after):
        return True     # "a 2-to-1 vote"
    if _is_age(sent, first, last, prev, nxt, after):
        return True
    if re.match(r"-(way|fold|star|point|time|all)\b", after):
        return True     # "a three-way contest": a kind, not a count
    if _locates_in_time(first, last, prev, nxt) or _spans_a_period(prev, tokens, qual) or _time_served(last):
        return True
    if _lasts_for(last) or _runs_of_periods(last) or _time_taken(last):
        return True     # "ran the inn for 31 years", "three consecutive weeks of clear tests"
    if _time_allowed(last):
        return True     # "must give 14 days' notice", "gave them seven days to reply"
    if _period_of_a_supposed_event(last):
        return True     # "refunds if the strike lasts more than five days", "a strike lasting two weeks would"
    if _describes_by_a_count(first, last, a):
        return True     # "a 62-page ruling", "a four-alarm fire"
    if _reporting_period(last, prev):
        return True     # "profit for the six months to June 30": which period
    if _owned_periods(first, last, qual):
        return True     # "the study's three seasons", "the war's four years": its span, no count
    if _counts_periods(last) or _measures_in_time(last) or _stretch_of_time(last):
        return True     # "in two of the last three months", "three months of allowances", "two decades of surveys"
    if _measure_of_a_kind(first, last):
        return True     # "blades for 6-megawatt turbines": what kind of turbines, no quantity
    if _is_known_set(first, a, qual):
        return True
    if _names_a_membership(first, last, qual):
        return True     # "about 18 of the 27 member states": the membership named by its size
    if _counts_occasions(a, last) or _counts_the_sources(last) or _points_back_to_a_set(first, last, a, qual):
        return True     # "met four times last month", "two people familiar with", "All three were freed"
    if _ranks_an_owned_set(first, last):
        return True     # "the world's five richest states": which states, not how many
    if _is_threshold(first, last, prev, qual, nxt):
        return True
    if _waiting_threshold(last, qual):
        return True     # "61,000 patients waited over 12 hours", "patients waiting more than 65 weeks"
    if _in_a_definition(last):
        return True     # "storms where three or more homes are lost": what counts as one
    if _in_a_counterfactual(last):
        return True     # "if I had 20 cows I would sell them": a supposed amount, no claim
    if _in_an_activity_in_general(last):
        return True     # "Merging two payroll systems typically takes a year": which task, no count
    if prev is not None and prev.lower_ in L.HYPERBOLE_ADVERBS:
        return True     # "seemingly 40 different versions": a manner of speaking
    return False


_BARE_DIGITS = re.compile(r"\d+")


def _second_label_of_a_pair(first: Token, prev: Token | None, nxt: Token | None) -> bool:
    """'the 14 and 27 routes', 'the 5 and 10 rupee coins', 'the 61, 63 and 68 services': plain
    numbers listed with 'and'/'or' (and commas) right after 'the', all before one plural noun of
    things named by number (NUMBERED_LABEL_NOUNS), name one thing each (the 14 route and the 27
    route), as 'the 36 route' does alone; not counted things ('the 40 and 55 cases in the two
    districts', 'the 300 and 400 workers at the two plants'), nor things counted in a period ('the
    4 and 6 trains an hour', 'the 8, 10 and 12 flights per week', 'runs the 2 and 5 buses to the
    island each day'), nor 'between 30 and 40 routes' (a
    range)."""
    if prev is None or nxt is None or not _BARE_DIGITS.fullmatch(first.text):
        return False
    doc, start = first.doc, sentence_start(first)
    left, right = first.i - 1, first.i + 1
    while left > start and (doc[left].text == "," or doc[left].lower_ in L.COORDINATORS
                            or _BARE_DIGITS.fullmatch(doc[left].text)):
        left -= 1
    while right < len(doc) - 1 and (doc[right].text == "," or doc[right].lower_ in L.COORDINATORS
                                    or _BARE_DIGITS.fullmatch(doc[right].text)):
        right += 1
    run = doc[left + 1:right]
    if doc[left].lower_ != "the" or not any(w.lower_ in L.COORDINATORS for w in run) \
            or not _BARE_DIGITS.fullmatch(run[-1].text) \
            or any(_BARE_DIGITS.fullmatch(a.text) and _BARE_DIGITS.fullmatch(b.text) for a, b in zip(run, run[1:])):
        return False    # "the 5 300 firms": no list of labels
    noun = doc[right]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head                          # "the 5 and 10 rupee coins"
    rest = doc.text[noun.idx + len(noun.text):]
    return noun.tag_ == "NNS" and noun.lemma_.lower() in L.NUMBERED_LABEL_NOUNS \
        and not (_RATE.match(rest) or _EVERY.match(rest) or _clause_rate([noun]))   # "the 2 and 3 services an hour",
                                                                                # "run the 4 and 6 trains every day": counts


def _year_of_an_owned_thing(a: str, first: Token, last: Token, prev: Token | None) -> bool:
    """"the trust's 2021 accounts", "its 2024 budget", "the club's 2019 squad": a number that
    reads as a recent year (four digits, no group comma) right after a possessive, before the
    noun it modifies, says which year's thing is meant; an owner's count of a noun is written
    with its comma ('the council's 2,023 accounts'). The year itself is no quantity."""
    if prev is None or first.i != last.i or not _is_year(a.strip()) or int(a) < L.EARLIEST_YEAR_AS_MODIFIER:
        return False
    owned = prev.tag_ == "POS" or prev.tag_ == "PRP$"
    return owned and last.dep_ in ("nummod", "compound", "amod") and last.head.i > last.i and last.head.pos_ == "NOUN"


def _first_group_stands_apart(a: str, prev: Token | None) -> bool:
    """Thousands written with a space ('5 300') where the word before may take the first group
    as its own number: a month ('May 5'), a label ('Section 12', 'Route 9'), a name ('Boeing 7')
    or a number other than a year ('3 5 300'; '2024 40 000' is a year and 40,000)."""
    if prev is None or not _SPACED_THOUSANDS.match(a.strip()) \
            or _CURRENCY_MARK.match(a.strip()):
        return False
    word = prev.lower_.rstrip(".")
    if prev.like_num or prev.tag_ == "CD":
        return not _is_year(prev.text)
    return word in L.MONTHS or word in L.ID_WORDS or prev.pos_ == "PROPN" and prev.ent_type_ not in ("GPE", "NORP")


def _labels_the_noun_before(first: Token, last: Token) -> bool:
    """'promoted into step four of the pyramid', 'the region moved to phase 2': a number the
    parser hangs on the singular common noun right before it names which one of a series; a
    number counts the nouns after it, not the one before."""
    head = last.head
    return last.dep_ == "nummod" and head.i == first.i - 1 and head.pos_ == "NOUN" and head.tag_ == "NN"


def _labels_one_of_its_own_noun(first: Token, last: Token) -> bool:
    """'Ward 7 councillor Ann Roe', 'the Zone 3 manager': a number between a capitalised
    singular noun and the singular noun it is hung on names which division or zone (a label
    with the noun before), no count — a count of more than one would make the noun plural."""
    doc, head = last.doc, last.head
    if first.i == 0 or last.dep_ != "nummod" or head.i != last.i + 1 or head.tag_ != "NN" or head.pos_ != "NOUN":
        return False
    label = doc[first.i - 1]
    return label.is_title and label.pos_ in ("NOUN", "PROPN") and label.tag_ in ("NN", "NNP") \
        and label.head.i == head.i and label.dep_ in ("nmod", "compound") and _amount(first.text) not in (None, 1)


def _next_label_of_a_series(first: Token) -> bool:
    """'some Grade 6 and 7 classes', 'Phase 1 and 2 works': a whole number joined by 'and'/'or'
    to a number that labels the singular noun right before it ('Grade 6', as
    `_labels_the_noun_before` reads it) is the next label of the same series — only where it
    counts up from that one by exactly one and stands right before its noun, or alone; not a
    count after it ('Ward 4 and 300 homes', 'Route 9 and 12 schools') nor one with words of its
    own before its noun ('Phase 1 and 2 more sites', 'Unit 1 and 2 other wards')."""
    doc, i = first.doc, first.i
    if i < 3 or doc[i - 1].lower_ not in L.COORDINATORS:
        return False
    before, label = doc[i - 2], doc[i - 3]
    if not (before.like_num and before.dep_ == "nummod" and before.head.i == label.i
            and label.pos_ in ("NOUN", "PROPN") and label.tag_ in ("NN", "NNP")):
        return False
    if not (first.head.i == i + 1 and first.head.pos_ == "NOUN" or first.dep_ == "conj" and first.head.i == before.i):
        return False    # "Phase 1 and 2 more sites": words between the number and its noun
    low, high = _amount(before.text), _amount(first.text)
    return low is not None and high is not None and low == int(low) and high - low == 1


def _defines_a_unit(last: Token) -> bool:
    """'one sverdrup equals one million cubic metres per second', 'a mile is equivalent to 1.6
    kilometres': the amount a unit is defined as, after a verb or adjective of equality whose
    subject is one of that unit, defines the unit; the article asserts nothing by it."""
    node = _object_node([last])
    governor = node.head
    if node.dep_ == "pobj" and governor.lower_ == "to":
        governor = governor.head                  # "is equal to", "is equivalent to"
    elif node.dep_ not in ("dobj", "attr"):
        return False
    if governor.lemma_.lower() not in L.UNIT_DEFINING_WORDS:
        return False
    verb = governor.head if governor.dep_ == "acomp" else governor
    subject = _nominal_subject(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return False
    return any(c.dep_ in ("nummod", "det") and (c.lower_ in L.INDEFINITE_ARTICLES or c.lower_ in ("one", "1"))
               for c in child_tokens(subject))


def _basis_of_a_price(last: Token) -> bool:
    """'the price of 1,000 bricks', 'the price of 100 litres of diesel': a count with no
    determiner after 'of' on a price noun (`PRICE_NOUNS`) is the lot the price is quoted
    for, no quantity the article asserts; 'the price of the 40 buses' (a known lot) and 'the
    cost of 40 buses' (a total) stay."""
    counted = last.head if last.dep_ == "nummod" else last
    of = counted.head
    if counted.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in L.PRICE_NOUNS \
            or of.head.tag_ != "NN":
        return False    # "the prices of 30 medicines": a price each, the count is of the goods
    return all(c.dep_ == "nummod" or c.dep_ == "prep" and c.lower_ == "of" for c in child_tokens(counted))


def _done_in_parts(last: Token) -> bool:
    """'more than 1,200 workers in two shifts', 'paid in three instalments', 'cut into four pieces':
    a count of the parts a whole is done or paid in, after 'in' or 'into', tells how; it is no
    quantity the article asserts."""
    noun = last.head
    return last.dep_ == "nummod" and noun.i > last.i and noun.tag_ == "NNS" \
        and noun.lemma_.lower() in L.PARTITION_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in L.PARTITION_PREPOSITIONS \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in child_tokens(noun))


def _keeps_a_schedule(last: Token) -> bool:
    """'relied on overtime six days a week', 'the plant runs 24 hours a day': a count of periods
    in each longer period, set on the verb without a preposition, is how often something happens
    (its schedule), no quantity; 'for three days a week' and 'three times a year' stay."""
    noun = last.head
    if last.dep_ != "nummod" or noun.i != last.i + 1 or noun.dep_ != "npadvmod" \
            or noun.lower_ not in L.TIME_UNITS or noun.i + 2 >= len(noun.doc):
        return False
    rate, period = noun.doc[noun.i + 1], noun.doc[noun.i + 2]
    return rate.lower_ in L.RATE_WORDS and period.lower_ in L.TIME_UNITS and period.head.i == noun.i


def _counts_ones_children(last: Token) -> bool:
    """'a mother of four', 'a father of three young children': a bare count (or one of children)
    after 'of' on a parent noun with an indefinite article describes a person."""
    counted = last.head if last.dep_ == "nummod" and last.head.lemma_.lower() in L.OFFSPRING_NOUNS else last
    of = counted.head
    if counted.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in L.PARENT_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in L.INDEFINITE_ARTICLES for c in child_tokens(of.head))


def _verb_above(token: Token, steps: int) -> Token:
    """The nearest verb at or above the token, climbing at most `steps` heads (the last word
    reached where none is that near)."""
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token


def _in_a_counterfactual(last: Token) -> bool:
    """'If I had 20 cows, I would sell them', 'if we were paid $50 we could ...': an amount in an
    'if' clause in the past tense beside a main clause with 'would', 'could' or 'might' is one
    supposed against the facts ('If prices rise 5%, we will cut jobs' foretells one)."""
    verb = _verb_above(last, 4)
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" \
            or not any(c.dep_ == "mark" and c.lower_ == "if" for c in child_tokens(verb)):
        return False
    return any(t.dep_ == "aux" and t.tag_ == "MD" and t.lower_ in L.COUNTERFACTUAL_MODALS
               for t in last.doc[verb.i + 1:verb.sent.end])      # the main clause, also where it is misparsed


def _verb_of_the_count(last: Token) -> Token | None:
    """The verb whose subject or object a count is (its noun, or the amount itself: 'fields 70
    calls', 'earn Tsh 8,000', 'to axe nine weekly services'), or whose preposition's object it is,
    on the verb or on a predicate adjective ('is responsible for 15 patients'); None for a count
    that is a copula's complement or subject ('the record is 80 arrests'), or in any other place."""
    node = last.head if last.dep_ in ("nummod", "quantmod") else last
    if node.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = node.head
    elif node.dep_ == "pobj" and node.head.dep_ == "prep":
        verb = node.head.head
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
            return verb.head                      # 'is responsible for 15 patients': the count is no complement
    else:
        return None
    return None if verb.lemma_.lower() == "be" or verb.pos_ in ("NOUN", "PROPN", "ADJ") else verb


def _says_what_does_or_would_happen(verb: Token | None) -> bool:
    """A clause in the present tense, with a modal or of a verb to come ('sees 90 patients', 'would
    add', 'to axe'), as of a case that holds in general or would hold; not a past one ('ran', 'did
    not run', 'has run')."""
    if verb is None:
        return False
    auxes = [c for c in child_tokens(verb) if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("MD", "TO") for c in auxes) \
        or verb.tag_ == "VB" and not any(c.tag_ in ("VBD", "VBN") for c in auxes)


def _an_example_case(tokens: list[Token]) -> bool:
    """'For a cottage rated at £140,000, the levy would cost £70 more a year': an amount that a
    participle puts on one thing taken as an example (a noun with an indefinite article, the object
    of 'for', EXAMPLE_CASE_PREPOSITIONS) put before the subject of a clause (or its verb, where no
    subject is parsed) with a modal and a figure of its own (`_works_out_a_figure`) picks the case
    that figure is worked out for; it asserts nothing. A thing of the past ('paid $900 for a car
    valued at $30,000'), a definite one ('for the home valued at'), one the clause's verb does not
    take ('bought a home valued at'), one after the verb ('pays $700 for a van valued at $25,000':
    a real van), and one the clause describes with no figure worked out or in the present ('For a
    firm valued at $2bn, Tarnco would be a bargain', 'For a club earning £90m a year, Rovers pays
    its porters poorly') is described as it is."""
    node = _object_node(tokens)
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head.head                     # 'rated at £140,000'
    elif node.dep_ == "dobj":
        node = node.head                          # 'earning $40,000'
    else:
        return False
    if node.dep_ != "acl" or node.tag_ not in ("VBN", "VBG"):
        return False
    thing = node.head
    if thing.pos_ != "NOUN" or thing.dep_ != "pobj" or thing.head.lower_ not in L.EXAMPLE_CASE_PREPOSITIONS \
            or not any(c.dep_ == "det" and c.lower_ in L.INDEFINITE_ARTICLES for c in thing.lefts):
        return False
    verb = thing.head.head
    subject = next((c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return thing.head.i < (subject or verb).i and _works_out_a_figure(verb, thing.head)   # before the verb if no subject is parsed


def _works_out_a_figure(verb: Token, case: Token) -> bool:
    """A clause with a modal ('would cost', 'will be worth', 'would have meant') holding a number of
    its own outside the phrase `case` of the example it is worked out for."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in child_tokens(verb)):
        return False
    inside = range(case.left_edge.i, case.right_edge.i + 1)
    return any(t.i not in inside and (t.like_num or any(ch.isdigit() for ch in t.text)) for t in verb.subtree)


def _in_an_activity_in_general(last: Token) -> bool:
    """'Merging two payroll systems usually takes a year', 'Hiring 40 pilots
    would cost $5m': a count in the object of a gerund that is the subject of a clause saying
    what such an activity is like as a rule (a generic adverb) or would be (a modal of conjecture)
    describes the activity; the clause's own amounts ('18 months') stay. 'Hiring 40 pilots
    cost $5m' tells what happened."""
    noun = last if last.dep_ != "nummod" else last.head
    gerund = noun.head
    if noun.dep_ != "dobj" or gerund.tag_ != "VBG" or gerund.dep_ not in ("csubj", "nsubj") or gerund.i > noun.i:
        return False
    verb = gerund.head
    return any(c.dep_ == "advmod" and c.lower_ in L.GENERIC_ADVERBS
               or c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in L.COUNTERFACTUAL_MODALS for c in child_tokens(verb))


def _model_number(prev: Token | None, nxt: Token | None) -> bool:
    """'the ATR 72-600', 'an MD 80 jet': a word of capital letters (no sentence opener, no
    capitals-only headline, no month) right before a bare number, which counts no plural noun
    after it, names a model or a code."""
    if prev is None or prev.i == prev.sent.start or not (prev.is_alpha and prev.is_upper and len(prev) >= 2):
        return False
    if prev.pos_ not in ("NOUN", "PROPN") or prev.ent_type_ in ("GPE", "NORP", "DATE") \
            or prev.lower_ in L.MONTHS:
        return False
    before = prev.doc[prev.i - 1]
    if before.is_alpha and before.is_upper and len(before) >= 2:
        return False    # "SHOPS SHUT AS 300 JOBS GO": a headline in capitals
    return nxt is None or nxt.tag_ not in L.PLURAL_NOUN_TAGS


# The first word of a measure written in the singular before a noun ('a 500 cubic metre tank').
_MEASURE_WORDS_BEFORE_A_NOUN = frozenset(w.split()[0] for w in L.ATTRIBUTIVE_MEASURES) | L.MEASURE_ADJECTIVES


def _names_one_by_number(first: Token, last: Token, prev: Token | None) -> bool:
    """'the loss of the 712 night service', 'took the 14 bus': a bare number right after 'the'
    before a singular noun (through the nouns it modifies) names which one, as a route or a model
    is named. After 'a'/'an', a possessive or adjectives ('a lone 63 route timetable', 'the
    county's 211 help line budget'), only where a noun after the number modifies a further noun and is
    one that a number names (NOUNS_A_NUMBER_NAMES): any other singular noun written before a noun
    may be counted ('a 7 judge bench', 'the firm's 80 van fleet'), and so may a noun whose plural is
    its singular ('her 40 sheep'). Not a unit or a period after it ('the 100
    metre race', 'the 24 hour strike'), a collective noun of people ('the 200 staff'), nor one ('the 1
    candidate'), nor a noun of what a count before a noun counts ('the 250 bed hospital', 'the 300
    seat parliament': ATTRIBUTIVE_COUNT_NOUNS). A number of several words ('two hundred') names one
    thing only right after 'the'."""
    opener = _opener_of_the_phrase(prev, last) if prev is not None else None
    if opener is None or last.dep_ not in ("nummod", "compound") or last.lower_ == "1" \
            or first.i != last.i and prev.lower_ not in L.DEFINITE_ARTICLES:
        return False
    definite = opener is prev and opener.lower_ in L.DEFINITE_ARTICLES
    if not (definite or opener.tag_ in ("PRP$", "POS") or opener.lower_ in L.ARTICLES):
        return False
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ in L.MEASURE_UNITS or nxt.lower_ in _MEASURE_WORDS_BEFORE_A_NOUN \
            or nxt.lemma_.lower() in L.TIME_UNITS or nxt.text in L.HYPHENS:
        return False
    head = last.head
    while head.tag_ == "NN" and head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head                  # 'the city's 12 public primary schools': the phrase's own noun
    if not definite and not any(t.lemma_.lower() in L.NOUNS_A_NUMBER_NAMES
                                or f"{t.lower_} {doc[t.i + 1].lower_}" in L.NOUNS_A_NUMBER_NAMES
                                for t in doc[last.i + 1:head.i]):
        return False
    return head.i > last.i and head.pos_ == "NOUN" and head.tag_ == "NN" and head.lower_ not in L.MARK_NOUNS \
        and head.lower_ not in L.COLLECTIVE_PEOPLE_NOUNS and last.head.tag_ == "NN" \
        and not any(t.lemma_.lower() in L.ATTRIBUTIVE_COUNT_NOUNS for t in doc[last.i + 1:head.i + 1])


def _opener_of_the_phrase(prev: Token, last: Token) -> Token:
    """The word that opens the noun phrase of a number, past the adjectives of its noun ('a lone
    63 route timetable', 'the firm's whole 80 van fleet'): the first word before the number that is no
    adjective of its noun (the callers ask whether it is an article or a possessive)."""
    word, doc = prev, prev.doc
    while word.tag_ == "JJ" and word.dep_ == "amod" and word.head.i > last.i and word.i > word.sent.start:
        word = doc[word.i - 1]
    return word


def _joined_to_a_labelled_number(first: Token) -> bool:
    """'classes in Year 3 and 4', 'Sections 4 and 5': a bare number joined by 'and', 'or' or 'to'
    (LABEL_RUN_JOINS) to a number right after a capitalised label word (no month or date) is a
    label of the same kind — where it counts nothing after it and no clause goes on from it
    ('closed Ward 6 and 45 patients were moved', 'left Pier 3 and 12 stayed': counts)."""
    doc, i = first.doc, first.i
    if i < 3 or doc[i - 1].lower_ not in L.LABEL_RUN_JOINS or not doc[i - 2].like_num or first.head.i > first.i:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ") or nxt.lower_ in L.RELATIVE_PRONOUNS):
        return False
    label = doc[i - 3]
    return label.pos_ == "PROPN" and label.is_alpha and label.text[:1].isupper() and not label.is_sent_start \
        and label.lower_.rstrip(".") not in L.MONTHS and label.ent_type_ != "DATE"


def _fronted_clock_time(first: Token, last: Token, a: str) -> bool:
    """'By nine the water was at the counter', 'At six, the doors opened': a bare small number
    after a preposition of time that opens the sentence is an hour. Within the clause ('rose by
    nine') or with a noun ('By nine votes to four') it is an amount."""
    value = _amount(a)
    if first is not last or first.dep_ != "pobj" or value is None or value != int(value) or not 1 <= value <= 12:
        return False
    prep = first.head
    if prep.lower_ not in L.CLOCK_PREPOSITIONS or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return all(t.is_punct or t.is_quote for t in first.doc[first.sent.start:prep.i])


def _hour_of_a_day_part(first: Token, last: Token, a: str) -> bool:
    """'raided the depots around four, five in the morning', 'worked until four at night': a bare
    small number that a preposition of time takes (CLOCK_PREPOSITIONS), alone or as the first of
    two numbers listed, and that a part of the day follows ('in the morning', 'at night':
    DAY_PART_PHRASES) is an hour. Not a count done then ('arrested five in the morning': no such preposition), nor
    one before a noun ('at two in the morning session')."""
    value = _amount(a)
    if first is not last or value is None or value != int(value) or not 1 <= value <= 12:
        return False
    listed = first.head if first.dep_ in ("appos", "conj") and first.head.like_num and first.head.i < first.i else first
    if listed.dep_ != "pobj" or listed.head.lower_ not in L.CLOCK_PREPOSITIONS or _level_of_a_clause(listed.head):
        return False
    ends = [t.i for t in child_tokens(listed) if t.dep_ in ("appos", "conj") and t.like_num]
    doc, i = first.doc, max([listed.i, *ends]) + 1
    for words, parts in L.DAY_PART_PHRASES.items():
        n = len(words)
        if i + n < len(doc) and tuple(t.lower_ for t in doc[i:i + n]) == words \
                and doc[i + n].lower_ in parts and doc[i + n].dep_ == "pobj":
            return True
    return False


def _level_of_a_clause(prep: Token) -> bool:
    """'the toll stood at eight in the morning': a preposition hung on a verb of level or change
    (LEVEL_VERBS, CHANGE_VERBS, LEVEL_STAYING_VERBS) with no object of its own ('raided the depots
    around four' stays an hour), or in a clause whose subject is a tally
    (TALLY_NOUNS), gives the level a count is at, no hour."""
    verb = prep.head
    while verb.dep_ in ("prep", "pobj", "advmod", "npadvmod") and verb.head.i != verb.i:
        verb = verb.head
    lemma = verb.lemma_.lower()
    return (lemma in _LEVEL_OR_CHANGE_VERBS or lemma in L.LEVEL_STAYING_VERBS) \
        and not any(c.dep_ == "dobj" for c in child_tokens(verb)) \
        or any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in L.TALLY_NOUNS for c in child_tokens(verb))


def _is_clock_time(a: str) -> bool:
    """'0600', '1430': four digits that read as hours and minutes."""
    return re.fullmatch(r"([01]\d|2[0-4])[0-5]\d", a) is not None


def _is_a_criterion(last: Token, qual: str | None) -> bool:
    """'groups that raised $1m or more', 'firms with more than 50 staff were surveyed': an open
    bound in a restrictive clause or 'with' phrase right after a plural noun that names a kind
    says which things are meant; it asserts no amount. The same bound in a main clause ('Nine
    donors gave $3m or more'), after a comma ('Zembia, with over 3 million people,'), on a
    noun with its own count or article, or a 'more than' in a past clause ('men who had more
    than 40 guns') does, and so does a bound restated in brackets in another currency in a past
    clause ('cars worth up to 12 billion euros ($13.1 billion) were hit')."""
    bound = L.FIGURE_QUALIFIERS.get(qual) or L.POSTPOSED_QUALIFIERS.get(qual) if qual else None
    if bound not in L.CRITERION_BOUNDS or _restated_in_brackets(last) and _tells_the_past(last):
        return False    # "... worth up to 12 billion euros ($13.1 billion)": an amount reported
    node = last
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        if node.dep_ == "pobj" and node.head.lower_ in L.CRITERION_PREPOSITIONS and node.head.dep_ == "prep":
            return _names_a_kind(_noun_right_before(node.head))
        node = node.head
    if node.dep_ == "acl" and node.tag_ in ("VBG", "VBN") and node.left_edge.i == node.i \
            and node.lemma_.lower() not in L.RANGE_VERBS:    # "losses ranging from $5 to over $1m": their extent
        return _names_a_kind(_noun_right_before(node))   # "apprenticeships lasting six months or less"
    if node.dep_ != "relcl" or node.doc[node.left_edge.i].lower_ not in L.CRITERION_RELATIVES:
        return False
    tensed = [node] + [c for c in child_tokens(node) if c.dep_ in ("aux", "auxpass")]
    if qual not in L.POSTPOSED_QUALIFIERS and not any(t.tag_ in ("VBP", "VBZ") for t in tensed):
        return False    # "police held men who had more than 40 guns": what those men had
    return _names_a_kind(_noun_right_before(node.left_edge))


def _restates_a_criterion(sent: Span, text: str, paren: Token) -> bool:
    """An amount in brackets right after an amount (and its currency word) that is a criterion
    ('Cars priced up to €40,000 ($43,000) are exempt') restates the criterion."""
    doc = paren.doc
    i = paren.i - 1
    if i > sent.start and doc[i].lower_ in L.CURRENCY_WORDS:
        i -= 1
    if i < sent.start:
        return False
    before = text[:doc[i].idx + len(doc[i].text) - sent.start_char]
    match = next((m for m in FIGURE.finditer(before) if m.end() == len(before)), None)
    if match is None:
        return False
    return _is_a_criterion(doc[i], (match.group("qual") or "").lower() or None)


def _tells_the_past(last: Token) -> bool:
    """The sentence's main verb is in the past ('Ministers were split over whether to answer the
    levies with duties worth up to ...'); a rule in the present or future ('Cars priced up to
    €40,000 ($43,000) are exempt', 'Homes worth more than ... will pay') states criteria."""
    verb = last
    while verb.head.i != verb.i and not (verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ccomp", "conj")):
        verb = verb.head                  # the clause's own verb, not that of a closing '..., the ministry said'
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in child_tokens(verb)) \
        or verb.tag_ in ("VBN", "VBG") and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in child_tokens(verb))


def _restated_in_brackets(last: Token) -> bool:
    """'12 billion euros ($13.1 billion)', '€5m (£4.3m)': an amount the writer restates in
    another currency in brackets right after it (and its currency word)."""
    doc, i = last.doc, last.i + 1
    if i < len(doc) and doc[i].lower_ in L.CURRENCY_WORDS:
        i += 1
    return i + 1 < len(doc) and doc[i].text == "(" and (doc[i + 1].tag_ == "$" or doc[i + 1].like_num
                                                         or _CURRENCY_MARK.match(doc[i + 1].text) is not None)


def _unit_of_exchange(last: Token, nxt: Token | None, value: float | None) -> bool:
    """'($1 = 83.2 rupees)', '$1 bought 83.2 rupees': one unit of a currency that an exchange
    rate is given for."""
    if value != 1:
        return False
    return nxt is not None and nxt.text == "=" or last.dep_ == "nsubj" and last.head.lemma_.lower() in L.EXCHANGE_VERBS


def _counts_periods(last: Token) -> bool:
    """'paid late in two of the last three months': a count of periods out of the last (or
    next) stretch of time says when or how often, it is no quantity the article asserts ('only
    two of those weeks were paid' is one)."""
    doc = last.doc
    if last.i + 1 >= len(doc) or doc[last.i + 1].lower_ != "of":
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in L.TIME_UNITS
               and any(d.lower_ in L.TIME_LOCATORS_BEFORE for d in child_tokens(c))
               for c in child_tokens(doc[last.i + 1]))


def _measures_in_time(last: Token) -> bool:
    """'owed them three months of allowances': a stretch of time that measures an amount of pay
    is no count of months ('40 years of work' is one)."""
    unit = _time_unit_after(last)
    doc = last.doc
    if unit is None or unit.i + 1 >= len(doc) or doc[unit.i + 1].lower_ != "of":
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in L.PAY_NOUNS for c in child_tokens(doc[unit.i + 1]))


def _denied_in_a_correction(first: Token) -> bool:
    """'It was €131m, not €113m', 'spent £2m — not £3m': an amount right after a 'not'
    that a comma or dash sets off is the figure a correction withdraws; it is no claim."""
    doc = doc_tokens(first.doc)     # `doc[i]` and `.sent` build new objects on each call
    opening = sentence_start(first)
    i = first.i - 1
    while i > opening and doc[i].pos_ == "SYM":
        i -= 1          # past a currency sign
    return i > opening and doc[i].lower_ == "not" and doc[i - 1].text in L.CORRECTION_MARKS


_RESTATED_AS_CORRECT = re.compile(r"\s*[,;—–-]+\s*not\s", re.IGNORECASE)


def _restates_a_correction(figure: RawFigure, text: str, earlier: list[RawFigure]) -> bool:
    """'EDITOR'S NOTE: ... It was €131m, not €113m.': the amount a correction puts right repeats
    a figure the article already gave (same value, same unit); it is no second claim."""
    return _RESTATED_AS_CORRECT.match(text, figure.end) is not None and \
        any(f.value == figure.value and f.unit == figure.unit for f in earlier)


def _scale_as_adjective(a: str, last: Token) -> bool:
    """'a billion-dollar platform', 'a million-pound question': a bare scale word after 'a',
    hyphened to a currency word before a noun, says how big, not how much."""
    doc = last.doc
    words = a.lower().split()
    if len(words) != 2 or words[0] not in L.INDEFINITE_ARTICLES or words[1] not in L.SCALE_WORDS:
        return False
    return last.i + 3 < len(doc) and doc[last.i + 1].text == "-" and doc[last.i + 2].lower_ in L.CURRENCY_WORDS \
        and doc[last.i + 3].pos_ in ("NOUN", "PROPN", "ADJ")


def _reporting_period(last: Token, prev: Token | None) -> bool:
    """'the six months to June 30', 'the nine months ended June', 'the 12 months through
    March', 'the three years to 2031': a count of periods up to a date (a year after 'the') names
    a reporting period; not a change of a term by so much ('extended it by three months to June
    30')."""
    unit = _time_unit_after(last)
    doc = last.doc
    if unit is None or unit.i + 2 >= len(doc) or doc[unit.i + 1].lower_ not in L.PERIOD_END_WORDS \
            or prev is not None and prev.lower_ == "by":
        return False
    date = doc[unit.i + 2]
    return date.lower_.rstrip(".") in L.MONTHS or date.ent_type_ == "DATE" and not date.like_num \
        or _is_year(date.text) and prev is not None and prev.lower_ == "the"     # "the three years to 2031"


def _owned_periods(first: Token, last: Token, qual: str | None) -> bool:
    """'the study's three seasons', 'the war's four years': a bare count of periods a possessive
    owner has is how long that thing ran, which the article describes, not a count it asserts."""
    if qual or first.i == 0:
        return False
    unit = _time_unit_after(last)
    owner = first.doc[first.i - 1]
    return unit is not None and unit.tag_ == "NNS" and owner.tag_ == "POS" and owner.head.head.i == unit.i


def _stretch_of_time(last: Token) -> bool:
    """'two decades of field surveys', 'gave three decades of his life', 'ending ten years of
    wrangling': a count of years or longer periods holding what filled them is a stretch of
    history, no quantity the article asserts. A penalty ('sentenced to ten years of hard labour'),
    a loss ('pupils lost 40 years of savings') and an event ('three days of mourning') are."""
    unit = _time_unit_after(last)
    doc = last.doc
    if unit is None or unit.tag_ != "NNS" or unit.lemma_.lower() not in L.HISTORY_UNITS \
            or unit.i + 1 >= len(doc) or doc[unit.i + 1].lower_ != "of":
        return False
    if unit.dep_ == "dobj" and unit.head.lemma_.lower() in L.LOSING_VERBS:
        return False
    if not any(c.dep_ == "pobj" for c in child_tokens(doc[unit.i + 1])):
        return False
    return not (unit.dep_ == "pobj" and unit.head.head.lemma_.lower() in _PENALTY_OR_DETAINING_VERBS)


def _measure_of_a_kind(first: Token, last: Token) -> bool:
    """'blades for 6-megawatt offshore turbines', 'buys 40-tonne trucks': a measure hyphened to a
    bare plural noun (no determiner, no count of its own) sorts things into a kind; it is no
    quantity. 'a 30-foot wall', 'the 40-tonne crane' and '20 8-megawatt turbines' are things
    the article counts or measures."""
    doc = last.doc
    if first.i != last.i or last.i + 2 >= len(doc) or doc[last.i + 1].text != "-":
        return False
    measure = doc[last.i + 2]
    if measure.lower_ not in L.MEASURE_UNITS and measure.lower_ + "s" not in L.MEASURE_UNITS:
        return False
    noun = measure.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.i <= measure.i or noun.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("det", "poss") and c.i < first.i or c.dep_ == "nummod" and c.i != last.i
                   for c in child_tokens(noun))


def _noun_right_before(word: Token) -> Token | None:
    """The noun a restrictive phrase opening on `word` follows with no comma between (the
    parser may hang the phrase on a noun further back: 'a review of charities that ...')."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _names_a_kind(noun: Token | None) -> bool:
    """A plural noun with no article, owner or count of its own ('firms', 'all firms'): a kind."""
    if noun is None or noun.tag_ not in L.PLURAL_NOUN_TAGS:
        return False
    return not any(c.dep_ in ("poss", "nummod") or c.dep_ in ("det", "predet") and c.lower_ not in L.KIND_DETERMINERS
                   for c in child_tokens(noun))


def _ranks_an_owned_set(first: Token, last: Token) -> bool:
    """'the world's five richest states', 'its top three banks', 'one of the two biggest
    parties': a count before a superlative, under an owner or in a partitive, tells which
    things a ranking picks out; it asserts no quantity. Without either ('the 20 biggest
    projects') it gives the size of a selection, and stays."""
    doc = first.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of" and _opens_a_ranking(nxt):
        return True                 # "two of the largest makers": which ones, out of a ranking
    ranked = nxt is not None and _is_superlative(nxt)
    i = first.i - 1
    if i >= 0 and doc[i].lower_ in L.RANKING_WORDS:
        ranked, i = True, i - 1
    if not ranked or i < 0:
        return False
    before = doc[i]
    if before.tag_ in ("POS", "PRP$"):
        return True                 # "the world's five richest", "its three largest"
    if before.lower_ != "the" or i < 1 or doc[i - 1].lower_ not in L.RANKED_PARTITIVES:
        return False
    if doc[i - 1].lower_ != "of":
        return True                 # "among the three largest"
    return i >= 2 and (doc[i - 2].like_num or doc[i - 2].pos_ in ("PRON", "DET"))    # "one of the two biggest"


def _opens_a_ranking(of: Token) -> bool:
    """'of the largest', 'of its biggest', 'of the world's most populous': an 'of' whose phrase
    opens on a superlative, past its determiner and an owner."""
    doc = of.doc
    j = of.i + 1
    if j < len(doc) and (doc[j].pos_ == "DET" or doc[j].tag_ == "PRP$"):
        j += 1
    if j + 1 < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and doc[j + 1].tag_ == "POS":
        j += 2
    return j < len(doc) and _is_superlative(doc[j])


def _is_superlative_before(word: Token) -> bool:
    """'busiest' in 'the busiest two weeks', 'costly' in 'the most costly four years': a
    superlative right before a count, after a determiner or an owner (not 'least' of 'at least')."""
    doc = word.doc
    if word.pos_ == "ADJ" and word.i > 0 and doc[word.i - 1].tag_ == "RBS":
        word = doc[word.i - 1]            # "the most costly": past the adverb
    elif word.tag_ != "JJS":
        return False
    return word.i > 0 and (doc[word.i - 1].pos_ == "DET" or doc[word.i - 1].tag_ in ("PRP$", "POS"))


def _is_superlative(word: Token) -> bool:
    """'richest', 'most populous', 'least'."""
    if word.tag_ == "JJS":
        return True
    doc = word.doc
    return word.tag_ == "RBS" and word.i + 1 < len(doc) and doc[word.i + 1].pos_ == "ADJ"


def _spans_a_period(prev: Token | None, tokens: list[Token], qual: str | None) -> bool:
    """'loans run up over 15 or 20 years', 'loans accumulated over 15 or 20 years': an 'over' after a
    phrasal verb's particle, or before two periods given as alternatives, is no qualifier but
    the preposition of the period a process took; the period is no quantity the article asserts
    (a sentence, 'was jailed for over 20 years', is one)."""
    if prev is None or prev.lower_ not in L.PREPOSITION_QUALIFIERS or (period := _time_unit_after(tokens[-1])) is None:
        return False
    if prev.lower_ in L.SPAN_PREPOSITIONS and _span_of_another_amount(period):
        return True
    if qual in L.PREPOSITION_QUALIFIERS:
        return any(t.lower_ == "or" for t in tokens)
    particle = prev.doc[prev.i - 1] if prev.i > 0 else None
    return particle is not None and particle.dep_ == "prt"


# The relations by which a clause of its own, an apposition or the subject hangs on a word: an amount
# there is not the one the word accrued over a span ('The firm, which employs 300 people, has traded
# over 40 years').
_NOT_THE_HEADS_AMOUNT = {"relcl", "advcl", "ccomp", "xcomp", "conj", "acl", "parataxis", "csubj", "appos",
                         "nsubj", "nsubjpass"}


def _span_of_another_amount(period: Token) -> bool:
    """'a pay deal of 4% a year over two years', 'savings had dropped from $90,000 to $31,000
    over four years': a period after 'over' that hangs on its verb or noun as an adverb (no
    preposition's object: 'a wait of over three years', 'for over 20 years' are lengths) where
    that verb or noun also carries another amount is the span that amount accrued over, not a
    length the article asserts. 'The strike lasted over three years' (no other amount) is one."""
    if period.dep_ != "npadvmod":
        return False
    return any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT")
               for c in child_tokens(period.head) if c.i != period.i and c.dep_ not in _NOT_THE_HEADS_AMOUNT
               for t in _outside_own_clauses(c))


def _outside_own_clauses(word: Token) -> list[Token]:
    """The words of `word`'s phrase, leaving out clauses and appositions of their own inside it
    ('the firm, which employs 300 people, …': the 300 is the clause's)."""
    out, todo = [], [word]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in child_tokens(t) if c.dep_ not in _NOT_THE_HEADS_AMOUNT)
    return out


def _counts_the_names(last: Token, value: float | None) -> bool:
    """'Two Democrats, Ann Lowe and Tom Reed, backed it', 'Peru and Chile, the world's two biggest
    producers': a small count set beside a list of exactly that many names tells only how many
    names the sentence lists; it asserts no quantity."""
    if value is None or value != int(value) or not 2 <= value <= 10 or last.dep_ != "nummod":
        return False
    noun = last.head
    listed = [c for c in child_tokens(noun) if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        listed.append(noun.head)
    doc = noun.doc
    comma = noun.left_edge.i - 1
    if comma > 0 and doc[comma].text == "," and doc[comma - 1].pos_ == "PROPN" and _definite(noun):
        listed.append(doc[comma - 1])       # "Peru and Chile, the two largest ..."
    if _names_between_dashes(noun) == value:
        return True                         # "Two ships - the frigate Diligence and HMS Chatham - arrived"
    if _definite(noun) and _names_after_a_dash(noun) == value:
        return True                         # "the other two men freed in May - Ann Lowe and Tom Reed."
    if len(noun.conjuncts) == value and all(t.pos_ == "PROPN" and t.i > noun.i for t in noun.conjuncts):
        return True                         # "seven countries, the United Kingdom, ..., and Italy"
    for item in listed:
        first = item
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        group = [first, *first.conjuncts]
        if len(group) == value and all(t.pos_ == "PROPN" for t in group):
            return True
    return False


def _definite(noun: Token) -> bool:
    """'the two biggest', 'the world's two biggest': a description of what was named; an
    indefinite count after a comma ('After talks in Peru and Chile, two ministers resigned')
    brings in something new."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in L.DEFINITE_DETERMINERS for c in child_tokens(noun))


def _names_between_dashes(noun: Token) -> int:
    """How many names a list set off by dashes right after the noun gives, each with a proper
    noun ('ships - the Diligence and HMS Chatham -'); 0 where there is no such list."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text not in L.DASHES:
        return 0
    end = next((t.i for t in doc[noun.i + 2:min(len(doc), noun.i + 20)] if t.text in L.DASHES), None)
    if end is None:
        return 0
    items = _list_items(doc[noun.i + 2:end])
    return len(items) if all(any(t.pos_ == "PROPN" for t in i) for i in items) else 0


def _names_after_a_dash(noun: Token) -> int:
    """How many names a dash after the noun's phrase (the noun and what hangs on it) lists up to
    the end of the sentence, each of proper nouns only ('the other two men freed in May - Ann
    Lowe and Tom Reed.'); 0 where there is no such list. Not a list set off between two dashes
    in the middle ('the other two men freed in May - A and B - have ...'), where the count is
    the subject of the sentence's own claim."""
    doc, sent = noun.doc, noun.sent
    dash = next((t.i for t in doc[noun.i + 1:min(sent.end, noun.i + 16)] if t.text in L.DASHES and t.whitespace_
                 and doc[t.i - 1].whitespace_), None)
    if dash is None or any(t.is_punct for t in doc[noun.i + 1:dash]):
        return 0
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    items = _list_items(doc[dash + 1:end])
    return len(items) if items and all(all(t.pos_ == "PROPN" for t in i) for i in items) else 0


def _list_items(words: Span) -> list[list[Token]]:
    """The items of a list, split at its commas and conjunctions (empty items dropped)."""
    items, current = [], []
    for t in words:
        if t.text == "," or t.lower_ in L.LIST_CONJUNCTIONS:
            items.append(current)
            current = []
        else:
            current.append(t)
    return [i for i in items + [current] if i]


def _in_a_definition(last: Token) -> bool:
    """'major floods, storms where three or more homes are lost': a number in a present-
    tense 'where'/'when' clause on a bare plural noun defines a kind of thing; it counts
    nothing that happened ('two attacks where four people were killed' does)."""
    node = last
    while node.dep_ != "relcl" and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    if node.dep_ != "relcl":
        return False
    noun = node.head
    if noun.tag_ not in L.PLURAL_NOUN_TAGS or any(c.dep_ in ("det", "poss", "nummod") for c in child_tokens(noun)):
        return False
    clauses = [node, *node.conjuncts]             # "where four or more are killed or injured"
    if not any(c.dep_ == "advmod" and c.lower_ in L.RELATIVE_ADVERBS for clause in clauses for c in child_tokens(clause)):
        return False
    tensed = [node] + [c for c in child_tokens(node) if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ in ("VBP", "VBZ") for t in tensed) and not any(t.tag_ == "MD" for t in tensed)


def _labels_a_noun(sign: Token | None, prev: Token | None) -> bool:
    """'the 2 percent rule', 'the 99% movement': a definite percentage that modifies the noun
    after it names a kind of thing; only a noun a percentage measures ('the 35 percent tariff')
    makes it an amount."""
    if sign is None or prev is None or prev.lower_ != "the" or sign.lower_ not in L.PERCENT_SIGNS:
        return False
    noun = sign.head
    return (sign.dep_ in ("compound", "amod", "nmod") and noun.i == sign.i + 1
            and noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in L.RATE_NOUNS)


def _counts_pieces(last: Token) -> bool:
    """'a 12pc cookware set', 'its 3pc suite': a number with a glued 'pc' right before (or one
    noun before) the noun of a set sold in pieces counts pieces; 'a 5pc rise' stays a share."""
    doc = last.doc
    return re.fullmatch(r"[\d.]+pc", last.lower_) is not None \
        and any(t.lower_ in L.PIECE_SET_NOUNS for t in doc[last.i + 1:min(last.i + 3, last.sent.end)])


def _names_a_statistic(last: Token) -> bool:
    """'the 95% confidence interval', 'the 5 percent significance level', 'a 90% CI': a
    percentage before the noun of a statistic names it."""
    doc, i = last.doc, _after_percent_words(last)     # past the sign: "95 per cent confidence"
    if i < len(doc) and doc[i].lower_ in L.STATISTIC_ABBREVIATIONS:
        return True                       # "a 90% CI"
    return i + 1 < len(doc) and doc[i].lower_ in L.STATISTIC_KIND_WORDS and doc[i + 1].lower_ in L.STATISTIC_WORDS


def _names_a_group(sign: Token | None) -> bool:
    """'tax cuts for the 1 percent', 'the top 1% grew richer': a definite percentage standing
    alone as a noun names the people in that share; with an 'of' phrase or a description
    ('the top 1% of earners', 'the 2 percent recorded in May') it is an amount."""
    if sign is None or sign.lower_ not in L.PERCENT_SIGNS or sign.dep_ not in ("pobj", "nsubj", "nsubjpass", "dobj"):
        return False
    children = list(child_tokens(sign))
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and all(
        c.dep_ in ("det", "nummod", "amod", "compound") and c.i < sign.i for c in children)


def _counts_its_own_kind(last: Token) -> bool:
    """'the song that started 1,000 songs', 'the face that launched a thousand ships'-style
    phrases: a clause describing a noun that counts more of that same noun is rhetoric."""
    noun = last.head if last.dep_ == "nummod" else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    clause = noun.head
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() == noun.lemma_.lower()


def _round_count_of_a_figure_of_speech(first: Token, last: Token) -> bool:
    """'it sounded like a thousand bees': a round count said with an indefinite article ('a
    thousand', no digits) whose noun is the object of a preposition of likeness on a verb of
    seeming or perceiving (LIKENESS_PREPOSITIONS, SEEMING_VERBS) is a figure of speech, no count;
    'like' for 'about' ('cost like a thousand dollars') counts, and so does a count after 'by'
    ('a strike by a thousand porters': who did it)."""
    if first.lower_ not in L.INDEFINITE_ARTICLES or any(ch.isdigit() for t in (first, last) for ch in t.text):
        return False
    noun = last.head if last.dep_ == "nummod" else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in L.LIKENESS_PREPOSITIONS:
        return False
    head = noun.head.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in L.SEEMING_VERBS


def _is_intensifier(a: str, last: Token) -> bool:
    """'100 percent' as a word of degree, not a share: no 'of' follows, and it is no subject,
    object or complement of a verb (only of a verb of change: 'shares rose 100%')."""
    if _amount(a) != 100 or _of_complement(last, skip_pct=True) is not None:
        return False
    percent = next((t for t in last.doc[last.i:last.i + 3] if t.lower_ in L.PERCENT_WORDS), last)
    if percent.dep_ in ("compound", "amod", "nmod", "nummod"):
        return True                     # "a 100% clean-air pledge": 'complete', 'total'
    if percent.dep_ in ("npadvmod", "advmod", "ROOT"):
        head = percent.head
        return not (head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in L.CHANGE_VERBS)
    return False


def _in_a_digit_sequence(text: str, start: int, end: int) -> bool:
    """Digit groups that only spaces separate are one code, not several amounts."""
    return re.search(r"[\d+]\s$", text[:start]) is not None or re.match(r"\s\d", text[end:]) is not None


_FRACTION_WORD = re.compile(rf"(?:{_FRACTIONS})$")


def _fraction_of_something(prev: Token | None, nxt: Token | None) -> bool:
    """'two-thirds of voters', 'nearly half the population'; not 'the second half', 'half-mast'."""
    if prev is not None and (prev.ent_type_ == "ORDINAL" or prev.lower_ in L.FRACTION_POSITIONS):
        return False
    if nxt is None or not (nxt.lower_ == "of" or nxt.pos_ == "DET" or nxt.tag_ == "PRP$"):
        return False
    noun = _phrase_noun(nxt.doc, nxt.i + 1 if nxt.lower_ == "of" else nxt.i)
    return noun is not None and noun.lemma_.lower() not in L.TIME_UNITS


def _in_a_ratio(first: Token, last: Token, prev: Token | None) -> bool:
    """'one in five adults', 'eight of 10 voters', 'four out of every five': a ratio, whose
    numbers count nothing themselves ('one of four Danes' is a partitive and counts)."""
    doc = first.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.i + 1 < len(doc) and last.like_num and _ratio_base(nxt, doc[nxt.i + 1]):
        return True     # the first number; not a measure with its unit ("96mm in six hours")
    before = doc[prev.i - 1] if prev is not None and prev.i > 0 else None
    return prev is not None and (prev.lower_ == "every" or before is not None and before.like_num
                                 and _ratio_base(prev, first))


def _ratio_base(word: Token, number: Token) -> bool:
    if number.lower_ == "every":
        return word.lower_ in L.RATIO_PREPOSITIONS
    if word.lower_ == "in":             # not "4,100 in 2024": a year says when
        return number.like_num and number.lower_ not in L.INDEFINITE_ARTICLES \
            and not (number.ent_type_ == "DATE" and _is_year(number.text))
    return word.lower_ == "of" and number.lower_ in L.RATIO_BASES


def _in_a_list_of_counts(token: Token) -> bool:
    """'fourteen civilians, five soldiers and one policeman': 'one' counts here."""
    head = token.head
    return any(t.like_num and t.i != token.i and t.dep_ == "nummod" for t in _coordinated(head))


def _coordinated(noun: Token) -> list[Token]:
    group = [noun, *noun.conjuncts]
    return [child for n in group for child in child_tokens(n)]


def _in_a_name(first: Token, last: Token, prev: Token | None) -> bool:
    """'Super Bowl 50', 'Type 45 destroyer', 'BBC Radio Four', '5-Star Movement', 'Article 50', an
    address ('214 East 9th Avenue', 'the 600-block of Pine Crescent')."""
    if prev is not None and prev.lower_.rstrip(".") in L.ID_WORDS:
        return True
    if prev is not None and prev.text == "." and prev.i > 0 and not prev.doc[prev.i - 1].whitespace_ \
            and prev.doc[prev.i - 1].lower_ in L.ID_WORDS:
        return True     # "the Ostrava No. 3 power station": "No" and its stop split apart
    if last.head.i < first.i and last.dep_ in ("nummod", "appos", "compound", "npadvmod") \
            and last.head.pos_ in ("NOUN", "PROPN") and last.head.i == first.i - 1 and first.text[0].isdigit():
        return True     # the number follows the noun it names: "Article 50", "Bowl 50"
    if first.text[0].isupper() and first.i > first.sent.start and not first.text[0].isdigit() \
            and prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN":
        return True     # "Radio Four", "BBC Two"
    doc = first.doc
    if last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and doc[last.i + 2].text[:1].isupper():
        return True     # "5-Star Movement"
    start = last.i + 1
    if start < len(doc) and doc[start].text in L.HYPHENS:
        start += 1
    if start + 1 < len(doc) and doc[start].lower_ in L.STREET_BLOCK_WORDS and doc[start + 1].lower_ == "of":
        start += 2      # "the 600-block of Pine Crescent": which stretch of the street, read past 'block of'
    else:
        start = last.i + 1
    following = doc[start:min(len(doc), start + 4)]
    for t in following:
        if not (t.text[:1].isupper() or t.like_num or re.fullmatch(r"\d+(st|nd|rd|th)", t.text)):
            break
        if t.lower_ in L.STREET_WORDS:
            return True     # "214 East 9th Avenue", "the 600 block of Pine Crescent"
    return False


def _is_age(sent: Span, first: Token, last: Token, prev: Token | None, nxt: Token | None, after: str) -> bool:
    if re.match(rf"[- ](?:{_TIME_UNITS})s?[- ]old\b", after):
        return True     # "26-year-old", "eleven-month-old"
    if prev is not None and prev.lower_ in L.AGE_WORDS or _bounded_after_an_age_word(first):
        return True     # "aged 45", "aged between 24 and 58", "aged over 60"
    if _age_of(first) is not None:
        return not _is_statistic(_age_of(first))  # "at the age of 9", but "an average age of 64"
    if _value_of_an_age(last):
        return True     # "raised the retirement age to 65", "the voting age is 16"
    if first.dep_ == "attr" and first.head.lemma_ == "be" and nxt is not None and nxt.is_punct \
            and any(c.dep_ == "nsubj" and (c.lower_ in L.PRONOUNS_PERSON or c.ent_type_ == "PERSON")
                    for c in child_tokens(first.head)):
        return True     # "He was 95."
    if prev is not None and prev.text == "," and nxt is not None and nxt.text in (",", ")") \
            and first.i >= 2 and first.doc[first.i - 2].pos_ == "PROPN":
        return True     # "John Smith, 45, said ..."
    if _bracketed_after_a_full_name(first, last, prev, nxt):
        return True     # "John Smith (45) said ..."
    return False


def _bracketed_after_a_full_name(first: Token, last: Token, prev: Token | None, nxt: Token | None) -> bool:
    """'Ann Roe (45) of Mill Lane was fined': a bare whole number alone in brackets right after a
    person's full name (a run of at least two proper nouns the recogniser reads as a PERSON, or
    opened by a personal honorific, HONORIFIC_PERSONAL) is her age, as ', 45,' is; no count. A body's or a party's name before the brackets ('Labour (45)'), a
    lone surname ('Roe (11)', a score) or anything more in the brackets ('(45 votes)') is no age."""
    if prev is None or prev.text != "(" or nxt is None or nxt.text != ")" or first.i != last.i \
            or not first.text.isdigit() or not 0 < int(first.text) < 120 or prev.i < 2:
        return False
    doc = first.doc
    i = prev.i - 1
    while i >= first.sent.start and doc[i].pos_ == "PROPN":
        i -= 1
    words = doc[i + 1:prev.i]
    if words and words[0].lower_ in L.HONORIFIC_PERSONAL:
        return len(words) >= 2          # "Mrs Roe (45)", whatever the recogniser's label
    return len(words) >= 2 and words[-1].ent_type_ == "PERSON" and words[0].ent_type_ == "PERSON"


def _bounded_after_an_age_word(first: Token) -> bool:
    """'arrested men aged between 24 and 58', 'residents aged over 60': the number follows the
    participle 'aged' across the words of a qualifier or a range's bound (FIGURE_QUALIFIER_WORDS),
    so it bounds an age, counting nothing."""
    i = first.i - 1
    while i >= first.sent.start and first.i - i <= 3 and first.doc[i].lower_ in L.FIGURE_QUALIFIER_WORDS:
        i -= 1
    return i < first.i - 1 and i >= first.sent.start and first.doc[i].lower_ in L.AGE_WORDS \
        and first.doc[i].pos_ != "NOUN"     # "an average age of 71": the noun's value, a statistic (_age_of)


def _value_of_an_age(last: Token) -> bool:
    """'raised the retirement age to 65', 'the pension age rises from 66 to 67', 'the voting age
    is 16': a bare number that a verb gives an age noun as its value is an age, no count (a
    statistic, 'the average age rose to 64', is a measure). `last` is the number's last token
    (of a range, 'from 10 to 12', the one the preposition takes)."""
    if last.dep_ == "pobj" and last.head.lower_ in L.AGE_VALUE_PREPOSITIONS:
        verb, roles = last.head.head, ("dobj", "nsubj", "nsubjpass")
        while verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head          # "from 66 to 67": 'to' hangs on 'from'
    elif last.dep_ == "attr" and last.head.lemma_ == "be":
        verb, roles = last.head, ("nsubj",)
    else:
        return False
    return any(c.dep_ in roles and c.pos_ == "NOUN" and c.lemma_.lower() in L.AGE_WORDS and not _is_statistic(c)
               for c in child_tokens(verb))


def _age_of(first: Token) -> Token | None:
    """The 'age' of 'an age of 71', if the number follows one."""
    doc = first.doc
    if first.i >= 2 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].lower_ in L.AGE_WORDS:
        return doc[first.i - 2]
    return None


def _is_statistic(noun: Token) -> bool:
    """'the average age', 'a median age': a measure of a population, not a person's age."""
    return any(c.lower_ in L.STATISTIC_ADJECTIVES for c in child_tokens(noun) if c.dep_ == "amod")


def _time_unit_after(last: Token) -> Token | None:
    tokens = doc_tokens(last.doc)
    i = last.i + 1
    if i < len(tokens) and tokens[i].text == "-":
        i += 1
    if i < len(tokens) and tokens[i].lower_ in L.SEASON_NOUNS and tokens[i].dep_ == "compound" \
            and tokens[i].head.i == i + 1 and tokens[i].head.lower_ in L.SEASON_NOUNS:
        return tokens[i].head             # "two winter seasons"
    if i < len(tokens) and (tokens[i].lemma_.lower() in L.TIME_UNITS or tokens[i].lower_ in L.SEASON_NOUNS):
        return tokens[i]
    return None


def _time_unit_described(last: Token) -> Token | None:
    """The unit of time a count counts past what stands between them: one adjective the parser
    hangs on the unit ('two lean years', 'three wet summers') or the 'of' of a vague amount
    ('hundreds of years'); None where there is no such unit."""
    doc = last.doc
    i = last.i + 1
    if i + 1 >= len(doc) or not (doc[i].lower_ == "of" and last.lower_ in L.VAGUE
                                 or doc[i].tag_ == "JJ" and doc[i].dep_ == "amod" and doc[i].head.i == i + 1):
        return None
    unit = doc[i + 1]
    return unit if unit.lemma_.lower() in L.TIME_UNITS or unit.lower_ in L.SEASON_NOUNS else None


def _time_served(last: Token) -> bool:
    """'spent 15 years under house arrest', 'served 12 years as mayor': the span is a stretch
    of a person's life in prison or in office, no quantity the article asserts (a penalty,
    'was sentenced to 15 years', is one)."""
    unit = _time_unit_after(last)
    if unit is None or unit.dep_ not in ("dobj", "npadvmod") or unit.head.lemma_ not in L.TIME_SPENDING_VERBS:
        return False
    preps = [c for c in [*child_tokens(unit), *child_tokens(unit.head)]
             if c.dep_ == "prep" and c.i == unit.i + 1 and c.lower_ in L.CONFINEMENT_PREPOSITIONS]
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in L.CONFINEMENT_NOUNS
                                     or p.lower_ == "as" and g.lemma_.lower() in L.ROLE_NOUNS)
               for p in preps for g in child_tokens(p))


def _locates_in_time(first: Token, last: Token, prev: Token | None, nxt: Token | None) -> bool:
    """'four years ago', 'in the last 24 hours', 'in two days', 'a three-hour meeting': the
    number places an event in time or describes it; it is no quantity the article asserts."""
    unit = _time_unit_after(last)
    if unit is None:
        return _described_time_located(last, prev)
    doc = last.doc
    if unit.i == last.i + 2 and (unit.head.i > unit.i and unit.head.pos_ in ("NOUN", "PROPN")
                                 or unit.i + 1 < len(doc) and doc[unit.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
        return True     # "a three-hour meeting", "a five-year building plan"
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if after is not None and after.lower_ in L.TIME_LOCATORS_AFTER:
        return True     # "four years ago", "six minutes later"
    if _time_ahead(unit, after):
        return True     # "the vote is ten weeks away"
    if after is not None and after.tag_ == "PRP$" and unit.i + 2 < len(doc) \
            and doc[unit.i + 2].lower_ in L.TIME_LOCATORS_AFTER:
        return True     # "three decades her senior"
    words_before = [t.lower_ for t in doc[max(sentence_start(first), first.i - 3):first.i]]
    if any(w in L.TIME_LOCATORS_BEFORE for w in words_before):
        return True     # "the last 24 hours", "the next three years"
    if prev is not None and prev.lower_ in L.TIME_PREPOSITIONS:
        return True     # "in two days", "within three weeks"
    if _lasting_until_now(first):
        return True     # "has been fighting the war for over two decades"
    if prev is not None and (prev.lower_ in L.PERIOD_ORDINALS and prev.pos_ == "ADJ" or _is_superlative_before(prev)):
        return True     # "the first six months of the new board", "the busiest two weeks": a stretch of time
    if prev is not None and prev.lower_ in L.PREPOSITION_QUALIFIERS and prev.dep_ == "prep" and unit.head.i == prev.i:
        return True     # "costs £1.2bn over five years": the period of the amount, parsed as a preposition
    i = first.i - 1
    while i > sentence_start(first) and doc[i].dep_ in ("advmod", "quantmod") and doc[i].pos_ != "ADP" or \
            i > sentence_start(first) and doc[i].lower_ in L.QUALIFIER_PREPOSITIONS and doc[i + 1].dep_ in ("advmod", "quantmod"):
        i -= 1          # back over the figure's qualifier ("at least", "about")
    if i < first.i - 1 and doc[i].pos_ == "ADP" and doc[i].dep_ in ("prep", "prt") \
            and doc[i].lower_ in _TIME_PREPOSITIONS_OR_QUALIFIERS:
        return True     # "in about two days", "over at least five years": a qualified period
    return False


_QUALIFIER_WORDS = {w for q in L.FIGURE_QUALIFIERS for w in q.split()}


def _opens_a_phrase(word: Token) -> bool:
    """'away from home', 'away by road', 'before the gates opened', 'on the repairs': the word takes a
    phrase or a clause of its own — a dependent after it, the clause it marks ('before a doctor came'),
    or a preposition right after it that the parser hangs on the verb instead ('stay five weeks away
    at sea')."""
    doc = word.doc
    return word.dep_ == "mark" and word.head.i > word.i \
        or any(c.i > word.i and c.dep_ in _OWN_PHRASE_DEPENDENTS for c in child_tokens(word)) \
        or word.i + 1 < len(doc) and doc[word.i + 1].dep_ == "prep"


# The dependents by which a word after a count takes a phrase or clause of its own.
_OWN_PHRASE_DEPENDENTS = {"prep", "pobj", "pcomp", "advcl", "ccomp", "xcomp", "dobj", "nsubj", "mark"}


def _time_ahead(unit: Token, after: Token | None) -> bool:
    """'with the referendum under four months away', 'the vote is ten weeks away': a count of long
    periods (`L.TIME_AHEAD_UNITS`) that a bare 'away' (`L.TIME_AHEAD_LOCATORS`) closes says how far ahead
    an event lies. Not where 'away' has a phrase of its own ('nine months away from their families',
    'three weeks away at sea', 'two weeks away by boat': a length of absence or a travel time), nor where
    a verb of spending time takes it ('spent six months away'), nor a count of minutes, hours or days
    ('the clinic is 20 minutes away': a travel time)."""
    return after is not None and after.lower_ in L.TIME_AHEAD_LOCATORS and unit.lower_ in L.TIME_AHEAD_UNITS \
        and unit.head.i == after.i and not _opens_a_phrase(after) \
        and after.head.lemma_.lower() not in L.TIME_SPENDING_VERBS


def _described_time_located(last: Token, prev: Token | None) -> bool:
    """'three wet summers ago', 'after two lean years', 'have grazed these hills for hundreds of
    years': a count of periods described by an adjective or given as a vague amount (`_time_unit_described`)
    places an event in time where a locator closes it, a time preposition opens it or a verb in the
    perfect takes it after 'for' (`_lasting_until_now`). A word after the unit that opens a phrase or
    a clause of its own (`_opens_a_phrase`: 'two full days on the repairs', 'four full hours before
    the gates opened', 'two full days from the capital') closes nothing. A locator inside the phrase ('over the last
    three fiscal years') is left to the amount the period is the span of."""
    unit = _time_unit_described(last)
    if unit is None:
        return False
    doc = last.doc
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    return after is not None and after.lower_ in L.TIME_LOCATORS_AFTER and not _opens_a_phrase(after) \
        or prev is not None and prev.lower_ in L.TIME_PREPOSITIONS or _lasting_until_now(doc[last.i])


def _lasting_until_now(first: Token) -> bool:
    """'has been fighting the war for over two decades', 'have ruled for 70 years': a period
    after 'for' on a verb in the perfect says how long a state has gone on; it is background,
    no quantity the article asserts ('was held for 33 months' is one, and so is a penalty:
    'has been jailed for 12 years')."""
    doc = first.doc
    i = first.i - 1
    while i > sentence_start(first) and doc[i].lower_ in _QUALIFIER_WORDS and doc[i].lower_ != "for":
        i -= 1
    if doc[i].lower_ != "for" or doc[i].dep_ != "prep":
        return False
    verb = doc[i].head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head   # "had complained about the rota for two years": 'for' hung on the noun before it
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in child_tokens(verb)) \
        and verb.lemma_.lower() not in L.PENALTY_VERBS


def _period_after(last: Token) -> Token | None:
    """The period noun a count is of, also past a run adjective: 'five years', 'five
    consecutive years', 'five generations'."""
    doc = last.doc
    i = last.i + 1
    if i < len(doc) and doc[i].lower_ in L.RUN_ADJECTIVES:
        i += 1
    if i < len(doc) and doc[i].dep_ == "pobj" and doc[i].tag_ == "NNS" \
            and doc[i].lemma_.lower() in _TIME_UNIT_OR_GENERATION_WORDS:
        return doc[i]
    return None


def _lasts_for(last: Token) -> bool:
    """'ran an inn for 31 years', 'flagged the accounts for five consecutive years', 'we were
    patient for four years', 'a largest rise in more than two decades': a period after 'for'
    on a verb or adjective says how long something went on, and a period after 'in' how far back
    a comparison reaches; it is background, no quantity the article asserts. How long someone
    was held or punished ('was held for 33 months', 'jailed for 12 years') is one."""
    unit = _period_after(last)
    if unit is None or unit.head.dep_ != "prep" or any(c.lower_ == "of" for c in child_tokens(unit)):
        return False    # "thanked her for 40 years of work": what the period holds is measured
    doc = unit.doc
    if unit.i + 2 < len(doc) and doc[unit.i + 1].lower_ in L.RATE_WORDS and doc[unit.i + 2].lemma_.lower() in L.TIME_UNITS:
        return False    # "open for fewer than three days a week": a rate
    prep = unit.head
    if prep.lower_ in L.TIME_PREPOSITIONS:
        return True
    over = doc[last.i - 1] if last.i > 0 else None
    if over is not None and over.lower_ in L.SPAN_PREPOSITIONS and (
            over.dep_ == "prep" and over.head.pos_ in ("VERB", "AUX") and over.i == prep.i
            or over.i > 0 and (doc[over.i - 1].like_num or doc[over.i - 1].lower_ in L.PERCENT_WORDS
                               or _FRACTION_WORD.search(doc[over.i - 1].lower_))):
        return True     # "rose 40% over two years", "by nearly a third over five years": the period across
    if prep.lower_ == "for" and _role_of_a_named_person(prep.head):
        return True     # "Anna Berg, a bus driver for 22 years": how long she has been one
    if prep.lower_ == "for" and prep.i == last.i - 1 and _object_of_a_lasting_verb(prep.head):
        return True     # "stalled repairs of the bridge for two years"; not "a pillar of the trade for more than 300 years"
    return prep.lower_ == "for" and prep.head.pos_ in ("VERB", "AUX", "ADJ") \
        and prep.head.lemma_.lower() not in _PENALTY_OR_DETAINING_VERBS


def _object_of_a_lasting_verb(noun: Token) -> bool:
    """'held up the grants for four months', 'has been the pride of the village for 60 years': the
    parser hangs the period after 'for' on the verb's object (or on a noun of its 'of' phrase), but
    it says how long the verb's state or act went on, as on the verb itself. Not the term of a thing
    given, awarded, offered or ruled ('awarded the firm a contract for seven years', 'granted an
    extension for 30 days': GIVING_TO_EACH_VERBS, RULING_VERBS), nor a penalty or a hold ('imposed a
    ban for three years', 'kept them in custody for 40 days'), whose length is what the article
    reports; the caller leaves a qualified period ('for more than 300 years'), an amount told as measured."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    verb = noun.head
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() not in _TERM_SETTING_VERBS \
        and noun.lemma_.lower() not in L.PENALTY_NOUNS and noun.lemma_.lower() not in L.CONFINEMENT_NOUNS


def _role_of_a_named_person(noun: Token) -> bool:
    """'Anna Berg, a nurse for ...': a common noun in apposition to a person's name."""
    return noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON"


def _time_allowed(last: Token) -> bool:
    """'must give 14 days' notice', 'gave the firm seven days to reply', 'a transition period of
    12 months': a period allowed before or for doing something — a notice, a deadline, a grace
    period (`L.ALLOWED_TIME_NOUNS`), the object of a verb with what is to be done after it —
    says when, and is no quantity. ('three weeks' pay' is an amount of pay.)"""
    unit = last.head
    between = unit.doc[last.i + 1:unit.i]
    if last.dep_ != "nummod" or unit.i <= last.i or unit.lemma_.lower() not in L.TIME_UNITS \
            or any(w.lower_ not in L.DAY_KIND_ADJECTIVES for w in between) or len(between) > 1:
        return False    # "has 90 working days to reply" as "has 90 days to reply"
    if unit.dep_ == "poss":
        return unit.head.lemma_.lower() in L.ALLOWED_TIME_NOUNS
    if unit.dep_ == "pobj" and unit.head.lower_ == "of":
        return unit.head.head.lemma_.lower() in L.ALLOWED_TIME_NOUNS
    if unit.dep_ != "dobj":
        return False
    return any(c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.i > unit.i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in child_tokens(c))
               for c in (*child_tokens(unit.head), *child_tokens(unit)))


def _period_of_a_supposed_event(last: Token) -> bool:
    """'refunds if the strike lasts more than five days', 'if talks stall for ten days', 'a
    strike lasting two weeks would cost ...': a period in a condition, or the length of an event
    a participle describes, says what would be the case; it asserts no quantity ('the strike
    lasted 13 days' does)."""
    unit = _time_unit_after(last)
    if unit is None:
        return False
    verb = _verb_above(unit, 3)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in L.LASTING_VERBS:
        return True
    return _in_a_condition(verb)


def _time_taken(last: Token) -> bool:
    """'took 120 firefighters nearly six hours to put out', 'repairs would take 24 hours': the
    time a task takes describes it; it is no quantity the article asserts."""
    unit = _time_unit_after(last)
    return unit is not None and unit.dep_ in ("dobj", "npadvmod") and unit.head.lemma_.lower() in L.TIME_TAKING_VERBS


def _runs_of_periods(last: Token) -> bool:
    """'until we have three consecutive weeks of clear tests', 'six straight months of growth':
    a run of periods describes a streak; it counts nothing the article asserts."""
    doc = last.doc
    return last.i + 2 < len(doc) and doc[last.i + 1].lower_ in L.RUN_ADJECTIVES \
        and doc[last.i + 2].lemma_.lower() in L.TIME_UNITS


def _describes_by_a_count(first: Token, last: Token, a: str) -> bool:
    """'a 62-page ruling', 'a four-alarm fire', 'a two-horse race': a whole count joined by a
    hyphen to a singular noun that modifies a common noun describes the thing, it is no quantity
    the article asserts; the size of a body, a result or a measure ('a 12-member panel', 'a
    70-seat majority', 'a 30-foot wall') is one (COUNTED_MODIFIER_NOUNS, units, currencies)."""
    doc = last.doc
    if first.i != last.i or last.i + 3 >= len(doc) or doc[last.i + 1].text != "-" or "." in a:
        return False
    noun = doc[last.i + 2]
    if noun.tag_ != "NN" or noun.dep_ not in ("compound", "amod", "nmod") or noun.head.i <= noun.i \
            or noun.head.pos_ != "NOUN":
        return False
    word = noun.lower_
    return not ({word, noun.lemma_.lower(), word + "s"} &
                _COUNTED_OR_UNIT_WORDS)


def _is_known_set(first: Token, a: str, qual: str | None) -> bool:
    """'the two explosions', 'our two countries', 'the last two cup finals': the number
    counts a set the reader already knows, and so does 'the other two men'; it asserts
    nothing new. 'the remaining 40 hostages', 'the 12 jurors' of '9 of the 12 jurors' and
    hyphenated measures ('the 55-member union') do tell something."""
    if qual or _vague(a):
        return False
    doc = first.doc
    value = _amount(a)
    nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if value is None or value >= 100 or (nxt is not None and (nxt.text == "-" or nxt.tag_ == "JJS"
                                                               or nxt.lower_ in L.MEASURE_UNITS)):
        return False    # "the 1.4 million who signed", "the 55-member union", "the 20 biggest"
    i = first.i - 1
    words = []
    while i >= sentence_start(first) and doc[i].pos_ in ("ADJ", "DET", "PRON") and len(words) < 3:
        words.append(doc[i])
        if doc[i].pos_ in ("DET", "PRON"):
            break
        i -= 1
    if not words or words[-1].lower_ not in L.KNOWN_SET_DETERMINERS:
        return False
    if any(w.lower_ in L.SET_SELECTORS for w in words):
        return False
    if any(w.lower_ in L.REFERRING_SELECTORS for w in words) and _said_who_after(first):
        return False    # "the other two men released in May": the phrase tells who they are
    det = words[-1]
    if det.i > 1 and doc[det.i - 1].lower_ == "of" and doc[det.i - 2].like_num and doc[det.i - 2].lower_ != "one":
        return False    # "9 of the 12 jurors" (but not "one of the two candidates")
    if _time_unit_after(first) is not None:
        return False    # "the first six months"
    return True


def _names_a_membership(first: Token, last: Token, qual: str | None) -> bool:
    """'the 27 member states', 'its 193 member nations': a definite or owned count of a body's
    members named as members, a name for the whole membership; not 'a 12-member panel' (its size),
    nor a qualified count ('some 40 member firms')."""
    doc = first.doc
    if qual or last.i + 2 >= len(doc) or first.i == 0:
        return False
    member, noun = doc[last.i + 1], doc[last.i + 2]
    det = doc[first.i - 1]
    return member.lower_ in L.MEMBERSHIP_WORDS and noun.tag_ == "NNS" and member.head.i == noun.i \
        and (det.lower_ in L.KNOWN_SET_DETERMINERS or det.tag_ == "POS")


def _said_who_after(number: Token) -> bool:
    """'the other two men released in May', 'the other three boats that sank': the counted noun
    has a phrase after it that says which ones they are."""
    noun = number.head if number.dep_ == "nummod" and number.head.i > number.i else number
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return any(c.dep_ in ("acl", "relcl", "appos") and c.i > noun.i for c in child_tokens(noun)) \
        or after is not None and after.tag_ == "VBN"    # the parser may take the participle for the verb


def _counts_occasions(a: str, last: Token) -> bool:
    """'visited twice this year', 'met four times last month': how often something happened,
    no quantity. 'twice as many', 'three times that amount', 'twice the size', 'three times
    last year's level' are multiples and stay; so do vague counts ('scores of times') and
    rates ('three times a year')."""
    doc = last.doc
    if a.lower().strip() in L.MULTIPLIERS:
        word = last
    elif last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "times" and last.like_num and not _vague(a):
        word = doc[last.i + 1]
    else:
        return False
    rest = doc[word.i + 1:min(word.i + 5, word.sent.end)]
    if not len(rest) or rest[0].is_punct:
        return True
    if any(t.tag_ == "POS" for t in rest):
        return False    # "three times last year's level"
    if rest[0].tag_ == "VBG" and rest[0].head.i != word.i:
        return True     # "wrote to them twice asking for funds": a clause of its own after it
    return rest[0].lower_ in L.OCCASION_FOLLOWERS     # not "three times a year": a rate


def _counts_the_sources(last: Token) -> bool:
    """'the two people familiar with the matter', 'three officials close to the talks', 'two
    officials briefed on the plan', 'three people with knowledge of the talks', 'two sources told
    the paper': how many anonymous sources the reporter has, which the article does not claim."""
    noun = last.head if last.dep_ == "nummod" else None
    if noun is None or noun.pos_ != "NOUN" or not _speaks_as_source(noun):
        return False
    if noun.lemma_.lower() in L.ANONYMOUS_SOURCE_NOUNS or keeps_its_name_back(noun) or speaks_unnamed(noun):
        return True
    return any(c.dep_ == "amod" and L.SOURCE_ADJECTIVES.get(c.lower_) is not None
               and any(p.dep_ == "prep" and p.lower_ == L.SOURCE_ADJECTIVES[c.lower_] for p in child_tokens(c))
               or c.dep_ in ("amod", "acl") and c.lower_ in L.ANONYMITY_WORDS - L.SOURCE_ADJECTIVES.keys()
               or c.dep_ == "prep" and c.lower_ == "with"
               and any(o.dep_ == "pobj" and o.lemma_.lower() in L.SOURCE_KNOWLEDGE_NOUNS for o in child_tokens(c))
               for c in child_tokens(noun))


def _speaks_as_source(noun: Token) -> bool:
    """The noun says something: the subject or agent ('was confirmed by two sources') of a verb
    of saying, or after 'according to'."""
    if noun.dep_ == "nsubj":
        return noun.head.lemma_.lower() in L.SPEECH_VERBS
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return noun.head.head.lemma_.lower() in L.SPEECH_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.i > 0 \
        and noun.doc[noun.head.i - 1].lower_ == "according"


def _points_back_to_a_set(first: Token, last: Token, a: str, qual: str | None) -> bool:
    """'All three were released', 'the two met on Friday': a bare number (no noun after it)
    after 'all' or 'the' names a set the article already counted. From 100 on ('All 239 on
    board died') the number is kept: it may be the first word of the toll."""
    if qual or first is not last or last.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    value = _amount(a)
    if value is None or value >= 100 or _vague(a):
        return False
    return any(c.dep_ == "det" and c.lower_ in L.ANAPHORIC_SET_WORDS and c.i < last.i for c in child_tokens(last))


def _is_threshold(first: Token, last: Token, prev: Token | None, qual: str | None, nxt: Token | None) -> bool:
    """'children under five', 'people over 65': an age limit, not a count."""
    if qual not in L.THRESHOLD_QUALIFIERS:
        return False
    doc = first.doc
    q = doc[first.i - 1]
    before = doc[q.i - 1] if q.i > first.sent.start else None
    return (before is not None and before.pos_ in ("NOUN", "PROPN")
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM")))


def _waiting_threshold(last: Token, qual: str | None) -> bool:
    """'More than 61,000 patients waited over 12 hours', 'the number of patients waiting more than
    65 weeks fell': an open lower bound on a period, set on a participle that describes a noun or
    on a verb whose subject is itself counted, says which of them are counted (a threshold); the
    count is the claim, not the period."""
    bound = L.FIGURE_QUALIFIERS.get(qual) if qual else None
    noun = last.head
    if L.QUALIFIER_BOUNDS.get(bound) != "low" or last.dep_ != "nummod" or noun.lower_ not in L.TIME_UNITS \
            or not noun.lower_.endswith("s"):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "npadvmod"):
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        return True
    subject = next((c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if verb.tag_ == "VBG" and subject.lemma_.lower() in L.AMOUNT_NOUNS:
        return True     # "the number of patients waiting ...": the parser took the participle for the verb
    count = next((c for c in child_tokens(subject) if c.dep_ == "nummod" and c.i < subject.i), None)
    return count is not None and any(t.lower_ in _BOUND_WORDS for t in subject.doc[subject.left_edge.i:count.i])


# The words of the qualifiers that bound an amount ("more", "over", "fewer"), without the small words
# they share with others ("than", "as", "to").
_BOUND_WORDS = frozenset(w for q, reading in L.FIGURE_QUALIFIERS.items() if L.QUALIFIER_BOUNDS.get(reading) in ("low", "high")
                         and reading != "almost" for w in q.split() if len(w) > 3 and w not in ("than", "many", "much", "high"))


@functools.lru_cache(maxsize=4096)
def _words_value(text: str) -> float | None:
    """'three-and-a-half million' -> 3500000, 'half a million' -> 500000, 'two-thirds' -> 2/3."""
    if _juxtaposed_numbers(text):
        return None
    out = re.sub(r"\ba(?=\d)", "a ", numerize(text.lower()))    # numerizer: "a quarter of a million" -> "1/4 of a1000000"
    value = 1.0
    parts = out.replace(" of ", " ").split()
    if not parts:
        return None
    for part in parts:
        if re.fullmatch(r"\d+(\.\d+)?", part):
            value *= float(part)
        elif re.fullmatch(r"\d+/\d+", part):
            num, den = part.split("/")
            value *= int(num) / int(den)
        elif part in L.SCALES:
            value *= L.SCALES[part]
        elif part in L.INDEFINITE_ARTICLES:
            continue
        else:
            return None
    return value


_UNIT_WORDS = frozenset(("zero", *L.NUMBER_ONES, *L.NUMBER_TEENS, *L.NUMBER_TENS))


def _juxtaposed_numbers(text: str) -> bool:
    """'fifty-fifty', 'one-one', 'nineteen eighty': two number words side by side with no scale
    between, other than tens and a unit ('twenty-one'), make an idiom or a name, no amount."""
    words = [w for w in re.split(r"[- ]+", text.lower()) if w not in L.NUMBER_NAME_FILLERS]
    return any(w1 in _UNIT_WORDS and w2 in _UNIT_WORDS and not (w1 in L.NUMBER_TENS and w2 in L.NUMBER_ONES)
               for w1, w2 in zip(words, words[1:]))


def _scales(amount: str) -> list[str]:
    """The scale words and abbreviations of an amount ('six million', '£3bn'); none in a measure
    written joined to its number ('70mm')."""
    if _GLUED_AMOUNT.fullmatch(amount.strip()):
        return []
    return _SCALE_FOUND.findall(_OPENING_CURRENCY_MARK.sub("", amount.strip()).lower())


def _scale_factor(scale: str) -> float:
    """What a scale word or abbreviation multiplies by: 'million', ' bn', 'mil', '-b'."""
    return _SCALE_FACTORS[scale.strip(" -").lower()]


@functools.lru_cache(maxsize=4096)
def _amount(text: str) -> float | None:
    glued = _GLUED_AMOUNT.fullmatch(text.strip())
    if glued:
        return float(glued.group(1).replace(",", ""))
    t = _OPENING_CURRENCY_MARK_ANY_CASE.sub("", text.strip()).lower()
    decimal = re.match(_DECIMAL_COMMA, t) if t != text.strip().lower() else None
    m = decimal or _AMOUNT_DIGITS.match(t)
    if m:
        value = float(m.group(0).replace(",", "." if decimal else "").replace(" ", ""))
        for scale in _SCALE_FOUND.findall(t[m.end():]):
            value = round(value * _scale_factor(scale), 6)     # 4.1 lakh is 410000, not 409999.99...
        return value
    if t in L.MULTIPLIERS:
        return float(L.MULTIPLIERS[t])
    fold = re.fullmatch(r"(.+?)[- ]?fold", t)
    if fold:
        return _amount(fold.group(1))
    if t in L.INDEFINITE_ARTICLES:
        return None
    return _words_value(t)


def _vague(text: str) -> tuple[float, float] | None:
    t = text.lower()
    vague = _VAGUE_AMOUNT.fullmatch(t)
    if vague and vague.group(1) in L.VAGUE:
        lo, hi = L.VAGUE[vague.group(1)]
        if vague.group(2):
            scale = L.VAGUE[vague.group(2)][0]
            lo, hi = lo * scale, (hi + 1) * scale - 1
        return float(lo), float(hi)
    few = re.fullmatch(rf"({_FEW}) (dozen|{_BIG})(?: ({_BIG}))?", t)
    if few:
        unit = L.SCALES[few.group(2)] * (L.SCALES[few.group(3)] if few.group(3) else 1)
        return float(2 * unit), float(9 * unit)
    return None


def _bounds(a: str, b: str | None, sep: str | None) -> tuple[float | None, float | None]:
    va = _vague(a)
    if va and not b:
        return va
    if b and (sep or "").strip().lower() in L.OPEN_RANGE_SEPARATORS:
        vb = _vague(b) or ((_amount(b),) * 2)
        lo = va[0] if va else _amount(a)
        if lo is None or vb[1] is None or vb[1] < lo:
            return lo, None
        return lo, vb[1]
    if va:
        return va
    low = _amount(a)
    if low is None or not b:
        return low, None
    high = _amount(b)
    if high is None:
        return low, None
    a_scales, b_scales = _scales(a) + _DOZEN_SCALE.findall(a.lower()), _scales(b) + _DOZEN_SCALE.findall(b.lower())
    if b_scales and not a_scales:       # "six or seven million", "£3-4bn", "two or three dozen"
        scaled = low
        for s in b_scales:
            scaled *= _scale_factor(s)
        if scaled <= high:              # not "between Rp 500,000 and Rp 1 million": the low end written whole
            low = scaled
    return (low, high) if low <= high else (low, None)


def _unit(a: str, b: str | None, pct: bool, value: float, tokens: list[Token], sep: str = "") -> str | None:
    """What is counted: the currency, '%' (of what, where the sentence says), 'times' for a
    multiplier, the share of what for a fraction, else the noun the number quantifies. A range's
    currency written only on its low end counts for both only across a dash ('₹1,800-2,000'); 'up
    by $5 to 45' is a change and a level."""
    amount = (b or a).strip()
    last = tokens[-1]
    doc = last.doc
    if pct:
        of = _of_complement(last, skip_pct=True)
        of = of or _group_put_before(last) or _relative_whole(last) or _partitive_antecedent(last, skip_pct=True) \
            or _whole_of_the_count_set_off(last)
        return f"% of {of}" if of else _percent_above_or_below(last) or _share_of_a_vote(last) or _compared_count(last) or _changed_measure(last, tokens[0]) or _measured_level(last) \
            or _measure_written_after(tokens[0], last) or _change_summed_by_a_verb(last) or _stake_owned(last) \
            or _change_of_the_governing_verb(last, tokens[0]) or _change_of_a_stated_count(last) \
            or _compared_with_its_object(last) or _measure_nominal_premodified(last) or _compared_size(last) or "%"
    glued = _GLUED_AMOUNT.fullmatch(amount)
    if glued:
        return glued.group(2)                     # "70mm to 90mm": millimetres
    speed = _measure_per_period(last)
    if speed:
        return speed                              # "230 km/h", not "km"
    currency = _CURRENCY_MARK_ANY_CASE.match(amount) \
        or sep in ("-", "–") and _CURRENCY_MARK_ANY_CASE.match(a.strip())
    if currency:                                  # "₹1,800-2,000": the currency written once
        return _currency_unit(currency.group(0))
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in L.CURRENCY_WORDS:
        return _plural(nxt, 2)
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if nxt is not None and nxt.text in L.TEMPERATURE_LETTERS and last.whitespace_ \
            and (nxt.i + 1 == len(doc) or doc[nxt.i + 1].pos_ not in ("NOUN", "PROPN")):
        labelled = before is not None and (before.pos_ in ("NOUN", "PROPN") or before.lower_ in L.LABELLED_PLACE_NOUNS) \
            and before.lower_ not in L.TEMPERATURE_WORDS      # "the residents of flat 9 C": no temperature
        return L.TEMPERATURE_LETTERS[nxt.text] if not labelled and any(t.lower_ in L.TEMPERATURE_WORDS for t in last.sent) else None
    low = a.lower()
    if low in L.MULTIPLIERS or low.endswith("fold"):
        return _times_what(last) or L.MULTIPLE_WORD
    if _FRACTION_WORD.search(low) and not re.search(_BIG, low):
        noun = _phrase_noun(doc, nxt.i + 1 if nxt.lower_ == "of" else nxt.i)
        if noun is None:
            return None
        if nxt.lower_ in L.INDEFINITE_ARTICLES:
            return _noun_phrase(noun)             # "half a percentage point"
        return f"share of {_noun_phrase(noun, True)}"
    if _vague(a):
        of = _of_complement(last)
        if of is None and last.head.tag_ == "NN" and last.head.i > last.i:
            # "Thousands march": a verb the parser took for a noun
            return "people" if last.head.lemma_.lower() in L.PEOPLE_VERBS else None
        if of is not None:
            return of
        return _noun_after(last)
    if nxt is not None and nxt.text == "-" and last.i + 2 < len(doc) and doc[last.i + 2].pos_ == "NOUN":
        return _plural(doc[last.i + 2], value)    # "a 12-member panel"
    if nxt is not None and nxt.lower_ == "of":
        return _of_complement(last) or _whole_in_apposition(last)   # "20,000 of the country's mosques"
    if _age_of(tokens[0]) is not None:
        return "years"                            # "an average age of 64"
    return _measure_before_a_noun(tokens[0], last) or _noun_after(last)


def _percent_above_or_below(last: Token) -> str | None:
    """'snowfall 30 percent above the usual average', 'meters reading 150% above a household's
    average', 'attendance 15% below where it stood before 2019': a percentage the
    parser hangs as a measure phrase on 'above'/'below'/'under' (SHARE_BOUND_PREPOSITIONS) is a
    distance from the level that preposition's object names; the unit says so ('% above usual
    average'). A clause of where or what the measure itself was ('where they stood
    before 2019': a pronoun subject, and only a date after it) names its earlier level; not one
    that sets it somewhere else ('what they were at rival plants'). Nothing where the object is no common noun or such a clause ('5%
    below 2019', 'below where it should be'), where its words are more than a short noun phrase, or
    where words after the level noun say whose or which level it is ('above the rate of inflation';
    a date after it only says when: `_dates_a_level`)."""
    sign = _percent_sign_of(last)
    prep = sign.head
    if sign is last or sign.dep_ != "npadvmod" or prep.i != sign.i + 1 or prep.lower_ not in L.SHARE_BOUND_PREPOSITIONS:
        return None
    objects = [c for c in child_tokens(prep) if c.dep_ in ("pobj", "pcomp")]
    if len(objects) != 1:
        return None
    level = objects[0]
    if level.dep_ == "pcomp":
        told = level.lemma_.lower() in L.LEVEL_LINKING_VERBS and level.tag_ == "VBD" \
            and any(c.tag_ in ("WRB", "WP") for c in child_tokens(level) if c.i < level.i) \
            and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in child_tokens(level)) \
            and all(_dates_a_level(c) for c in child_tokens(level) if c.dep_ == "prep")
        return f"% {prep.lower_} earlier level" if told else None
    if _level_named_by_an_adjective(level):
        return f"% {prep.lower_} {level.lower_}"    # "45 per cent above normal"
    if level.pos_ != "NOUN" or level.ent_type_ in ("DATE", "TIME") \
            or any(not _dates_a_level(c) for c in child_tokens(level) if c.i > level.i):
        return None     # words after the level say whose or which ('the average of its peers'): not read
    words = [t for t in level.doc[level.left_edge.i:level.i + 1] if t.dep_ != "det"]
    if len(words) > 4 or any(t.dep_ not in ("amod", "compound", "poss", "case", "punct", "nmod") for t in words[:-1]) \
            or any(t.pos_ in ("PRON", "PROPN", "NUM") or t.tag_ in ("WP", "WDT")
                   for t in level.subtree if t.i <= level.i or not _dates_a_level(t.head if t.dep_ == "pobj" else t)):
        return None
    return f"% {prep.lower_} {level.doc[words[0].i:level.i + 1].text}"


def _level_named_by_an_adjective(level: Token) -> bool:
    """'river flows some 45 per cent above normal', 'prices 8% below average': a plain adjective
    standing alone as the object of 'above'/'below' is the usual level it names (a noun by use);
    not a comparative or superlative ('above higher', 'below lowest'), nor one with any word of
    its own ('above normal for May'), nor a name or a date; only one that is also a noun (the
    model's word list: 'normal', 'average'; not 'usual', 'expected'), and not one that places in
    time ('below last', 'above previous': TIME_LOCATORS_BEFORE, a noun left out)."""
    return level.dep_ == "pobj" and level.pos_ == "ADJ" and level.tag_ == "JJ" and level.is_lower \
        and level.ent_type_ == "" and not any(True for _ in level.children) \
        and level.lower_ not in L.TIME_LOCATORS_BEFORE and is_noun_word(level.lower_)


def _dates_a_level(word: Token) -> bool:
    """'(the usual average) since December': a phrase after a level that only says since or
    until when, a preposition other than 'of' (GROUP_PREPOSITIONS) whose object is a date."""
    objects = [c for c in child_tokens(word) if c.dep_ == "pobj"]
    return word.dep_ == "prep" and word.lower_ not in L.GROUP_PREPOSITIONS and len(objects) == 1 \
        and objects[0].ent_type_ in ("DATE", "TIME")


def _share_of_a_vote(last: Token) -> str | None:
    """'library staff voted 83 per cent in favour of industrial action', 'nurses voted 60% against the
    offer': a percentage that is the object or measure of 'vote' (VOTING_VERBS) right before the
    side it was cast for (VOTE_SIDES) is a share of the votes cast that way; the unit names the
    side and its short noun phrase. Only where the verb has a subject of voters, and nothing where
    a clause on the verb says what rate the vote raised or set (RATE_NOUNS: the percentage is then
    that size; 'raising the prospect of closures' is no such rate), or
    where the side's object is longer or a pronoun."""
    sign = _percent_sign_of(last)
    verb = sign.head
    if sign is last or sign.dep_ not in ("dobj", "npadvmod") or verb.lemma_.lower() not in L.VOTING_VERBS \
            or not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in child_tokens(verb)) \
            or any(o.dep_ == "dobj" and o.lower_ in L.RATE_NOUNS for c in child_tokens(verb)
                   if c.dep_ in ("advcl", "xcomp", "ccomp", "conj") for o in child_tokens(c)):
        return None     # voters must cast it; 'voted 4.99 per cent ..., raising the levy': the size of what was voted
    doc = sign.doc
    for words in L.VOTE_SIDES:
        n = len(words.split())
        if " ".join(t.lower_ for t in doc[sign.i + 1:sign.i + 1 + n]) != words:
            continue
        link = doc[sign.i + n]
        what = next((c for c in child_tokens(link) if c.dep_ == "pobj"), None)
        if what is None or what.pos_ != "NOUN" or what.right_edge.i - sign.i - n > 4 \
                or any(t.pos_ == "PRON" for t in what.subtree):
            return None
        return f"% of votes {words} {doc[sign.i + n + 1:what.right_edge.i + 1].text}"
    return None


def _measure_before_a_noun(first: Token, last: Token) -> str | None:
    """'a 40,000 square metre warehouse', 'a 12-kilometre road': a unit of measure written in the
    singular between an article's number and a singular noun is what the number counts ('square
    metres'), the noun what is measured (ATTRIBUTIVE_MEASURES); not '900 foot passengers', '40
    meter readers' (no article, a plural noun: 'foot', 'meter' are part of the noun counted)."""
    doc = last.doc
    if first.i == 0 or doc[first.i - 1].lower_ not in L.ARTICLES:
        return None
    i = last.i + 1
    if i < len(doc) and doc[i].text in L.HYPHENS:
        i += 1                                   # "a 12-kilometre road"
    for size in (3, 2, 1):                       # "square-metre": three tokens with the hyphen
        end = i + size
        if end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN") or doc[end].tag_ != "NN":
            continue
        words = " ".join(t.lower_ for t in doc[i:end] if t.text not in L.HYPHENS)
        if words in L.ATTRIBUTIVE_MEASURES and all(t.text in L.HYPHENS or t.is_alpha for t in doc[i:end]):
            return L.ATTRIBUTIVE_MEASURES[words]
    return None


def _times_what(word: Token) -> str | None:
    """'twice as many consultant hours', 'three times as much revenue', 'nearly twice its average
    rainfall': a multiple (`word` is 'twice' or 'times') counts the noun it compares, and the unit
    names it ('times consultant hours'); None where it compares no noun ('twice as high', 'twice
    as many as last year'), the parse does not hang it on the noun, or 'the' opens the noun ('at
    twice the pace', 'twice the rate': a measure of comparison more than a thing counted) —
    unless a comparative after it names the measure it is a multiple of ('twice as high as the
    national average': `_compared_after_a_multiple`)."""
    noun = _multiplied_noun(word)
    phrase = _noun_phrase(noun, classifying=True) if noun is not None else None
    if noun is None and (compared := _compared_after_a_multiple(word)) is not None:
        phrase = _noun_phrase(compared, adjectives=True)
    if noun is None and phrase is None and word.dep_ in ("nummod", "predet") and _names_a_benchmark(word.head):
        phrase = _determined_phrase(word.head)    # "nearly twice the first estimate"
    return f"{L.MULTIPLE_WORD} {phrase}" if phrase else None


def _names_a_benchmark(noun: Token) -> bool:
    """A noun of an amount or a benchmark ('the usual level', 'the first estimate', 'the
    national average') that a multiple may be of; not a pace or a thing ('twice the pace')."""
    return noun.pos_ == "NOUN" and (_names_an_amount(noun) or noun.lemma_.lower() in L.BENCHMARK_NOUNS)


def _determined_phrase(noun: Token) -> str | None:
    """'the usual level', 'the first estimate', 'the county average': a noun with 'the' and an
    adjective or a noun of its own that says which (only its adjectives and compounds between), as
    written: a multiple of it names which one ('three times the usual level'), not the kind
    ('times level'); not 'the rate' (which rate
    unsaid) nor a noun with an 'of' phrase ('the usual number of cases')."""
    if noun.dep_ == "poss" or any(c.dep_ == "case" for c in child_tokens(noun)):
        return None                               # "twice the last season's tally": of the tally, not of a season
    det = next((c for c in noun.lefts if c.dep_ == "det" and c.lower_ in L.DEFINITE_ARTICLES), None)
    between = noun.doc[det.i + 1:noun.i] if det is not None else []
    if det is None or not any(t.dep_ in ("amod", "compound") for t in between) \
            or not all(t.head.i == noun.i and t.dep_ in ("amod", "compound") for t in between) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in child_tokens(noun)):
        return None                               # "twice the rate", "its usual number of cases": which one unsaid
    return noun.doc[det.i:noun.i + 1].text


def _compared_after_a_multiple(word: Token) -> Token | None:
    """'as much as nine times higher than the legal limits', 'nearly twice as high as the national
    average': a multiple before a comparative and its 'than' (or 'as … as') phrase is a multiple
    of the measure that phrase names (an amount, a rate, a limit, a benchmark); not of a time
    ('than last year'), a name, a pronoun, or a place or thing that has the amount ('three times
    as many crashes as a comparable road', 'four times higher than other towns'), nor people
    ('twice as high as the general population': the risk they run), nor a bare
    noun with no determiner ('twice as high as supply': a quantity in general); not a speed
    ('twice as fast as wages': an adverb)."""
    doc, i = word.doc, word.i + 1
    if i + 2 < len(doc) and doc[i].lower_ == "as" and doc[i + 1].pos_ == "ADJ" and doc[i + 2].lower_ == "as" \
            and doc[i + 1].lower_ not in L.AS_MANY_WORDS:
        link = doc[i + 2]
    elif i + 1 < len(doc) and doc[i].tag_ == "JJR" and doc[i + 1].lower_ == "than":
        link = doc[i + 1]
    elif i < len(doc) and doc[i].lower_ in L.MULTIPLE_ABOVE_PREPOSITIONS and doc[i].i == word.head.i:
        link = doc[i]                             # "nine times above the legal limit"; not "below" (a fraction of it)
    else:
        return None
    noun = next((c for c in child_tokens(link) if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME") or _names_people(noun) \
            or not (_names_an_amount(noun) or noun.lemma_.lower() in L.BENCHMARK_NOUNS) \
            or not any(c.dep_ in ("det", "poss") for c in child_tokens(noun)) \
            or not all(t.dep_ in ("det", "poss", "amod", "compound") for t in doc[link.i + 1:noun.i]):
        return None
    return noun


def _multiplied_noun(word: Token) -> Token | None:
    doc, i = word.doc, word.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "as" and doc[i + 1].lower_ in L.AS_MANY_WORDS:
        quantity = doc[i + 1]
        noun = quantity.head
        words_between = doc[quantity.i + 1:noun.i]
    elif i < len(doc) and doc[i].dep_ == "poss" and doc[i].tag_ == "PRP$":
        noun = doc[i].head                        # "twice its average rainfall": the multiple on the noun itself
        number = word.head if word.head.i == word.i - 1 else word     # "three times": the number holds 'times'
        if number.head.i != noun.i:
            return None
        quantity, words_between = doc[i], doc[i + 1:noun.i]
    else:
        return None
    if quantity.dep_ not in ("amod", "det", "poss") or noun.pos_ != "NOUN" or noun.i <= quantity.i \
            or noun.lower_ == L.MULTIPLE_WORD \
            or any(t.pos_ not in ("ADJ", "NOUN") for t in words_between) \
            or noun.lower_ in L.COUNT_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in child_tokens(noun)) \
            or _compared_with_another_noun(noun):
        return None
    return noun


def _compared_with_another_noun(noun: Token) -> bool:
    """'twice as many women as men', 'three times as much rice as wheat': the 'as' term after the
    noun names another bare noun, the one the multiple is of; the unit would name the wrong one
    ('as the state average', 'as its rivals', 'as last year' name no other thing counted)."""
    sent = noun.sent
    second = next((t for t in noun.doc[noun.i + 1:sent.end] if t.lower_ == "as"), None)
    if second is None:
        return False
    if second.dep_ == "mark":
        other = next((c for c in child_tokens(second.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        other = next((c for c in child_tokens(second) if c.dep_ == "pobj"), None)
    return other is not None and other.pos_ == "NOUN" and other.ent_type_ not in ("DATE", "TIME") \
        and other.lemma_.lower() != noun.lemma_.lower() \
        and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in child_tokens(other))


def _group_put_before(last: Token) -> str | None:
    """'Among older voters in the suburbs, 38 percent back X': a bare share that is
    the subject of a verb with a fronted 'among' phrase of people is a share of them (not 'Among
    other things, 46 percent went to roads')."""
    sign = _percent_sign_of(last)
    if sign.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = sign.head
    among = next((c for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ == "among" and c.i < sign.i), None)
    group = next((c for c in child_tokens(among) if c.dep_ == "pobj"), None) if among is not None else None
    if group is None or not (group.tag_ == "NNPS" or group.tag_ == "NNS" and _names_people(group)):
        return None
    return _noun_phrase(group, adjectives=True)


def _whole_of_the_count_set_off(last: Token) -> str | None:
    """'44 of the clinics inspected, representing 29 percent, had ...': a bare percentage that is
    the object of a participle of stating a share (SHARE_STATING_VERBS) set off by a comma right
    after a part named by a number and the partitive 'of' is the share of the whole that 'of'
    names (with the participle after it: the clinics inspected, not all clinics). Only in that
    form: not after a count of its own ('the 500 jobs cut, representing 3 percent': 3% of all
    jobs, not of the jobs cut), nor a unit of measure ('3 million tonnes'), nor a part inside
    another phrase ('$3 million from 40 of the donors': the money is the share)."""
    sign = _percent_sign_of(last)
    verb = sign.head
    doc = sign.doc
    if sign.dep_ != "dobj" or verb.tag_ != "VBG" or verb.lemma_.lower() not in L.SHARE_STATING_VERBS \
            or verb.i < 3 or doc[verb.i - 1].text != L.LIST_COMMA:
        return None
    whole, participle = doc[verb.i - 2], ""
    if whole.tag_ in ("VBN", "VBD") and doc[verb.i - 3].tag_ == "NNS":
        # "the clinics inspected,": the noun its participle follows (or a past tense the parser read)
        whole, participle = doc[verb.i - 3], " " + whole.lower_
    part = whole.head.head
    if not (whole.dep_ == "pobj" and whole.head.lower_ == L.PARTITIVE_WORD and part.like_num
            and part.dep_ != "pobj" and whole.pos_ == "NOUN" and whole.tag_ == "NNS" and whole.lower_ not in _MEASURES):
        return None
    phrase = _noun_phrase(whole, adjectives=True)
    return phrase + participle if phrase else None


def _relative_whole(last: Token) -> str | None:
    """'4,300 people, of whom 41 percent are nationals', 'its 900 members, 60% of whom voted': a
    share that a comma and 'of whom/which' put right after a common noun is a share of that noun
    ('% of people'); read from the words, as the parser often makes the clause a conjunct."""
    doc = last.doc
    first = last                                  # back over the amount's words ('about', '1.5 million')
    while first.i > 0 and last.i - first.i < 4 and (doc[first.i - 1].like_num or doc[first.i - 1].is_alpha
                                                    and doc[first.i - 1].dep_ in ("advmod", "quantmod")):
        first = doc[first.i - 1]
    i = _after_percent_words(last)
    if first.i >= 3 and doc[first.i - 1].lower_ in L.RELATIVE_OF_PRONOUNS and doc[first.i - 2].lower_ == "of" \
            and doc[first.i - 3].text == ",":
        whole = doc[first.i - 4] if first.i >= 4 else None
    elif i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ in L.RELATIVE_OF_PRONOUNS \
            and first.i >= 2 and doc[first.i - 1].text == ",":
        whole = doc[first.i - 2]
    else:
        return None
    if whole is None or whole.pos_ != "NOUN" or whole.lower_ in L.ANAPHORIC_NOUNS:
        return None
    return _noun_phrase(whole, adjectives=True)


def _compared_count(last: Token) -> str | None:
    """'85% more wildfires', '30 percent less water': a share that a comparative before a noun
    takes as its measure is a change in that noun ('% more wildfires'); not one of an adjective
    ('10% more efficient engines'; 'fewer' grades none: '31% fewer foreign students') nor a bare
    comparative ('85% more than last year')."""
    doc, i = last.doc, _after_percent_words(last)
    if i + 1 >= len(doc) or doc[i].lower_ not in L.COMPARED_QUANTITIES or doc[i].dep_ != "amod" \
            or doc[i + 1].pos_ == "ADJ" and doc[i].lower_ not in L.COUNTING_COMPARATIVES:
        return None                       # "20% more modern houses": 'more' may grade the adjective
    noun = doc[i].head
    if noun.pos_ != "NOUN" or noun.i <= i or any(t.pos_ not in ("ADJ", "NOUN") for t in doc[i + 1:noun.i]):
        return None
    phrase = _noun_phrase(noun)
    return f"% {doc[i].lower_} {phrase}" if phrase else None


def _compared_with_its_object(last: Token) -> str | None:
    """'will pay almost 5% more in council tax', '10% more for their water', 'spend 20% more on
    training': a share graded by a comparative of quantity right after it (COMPARED_QUANTITIES)
    that a verb of paying (PAYING_VERBS) takes, with an 'in'/'for'/'on' phrase right after it
    (COMPARED_OBJECT_PREPOSITIONS), measures what that phrase names ('% more in council tax').
    Not where the phrase says where, when or how (`_names_what_is_paid`)."""
    doc, i = last.doc, _after_percent_words(last)
    if i + 2 >= len(doc) or doc[i].lower_ not in L.COMPARED_QUANTITIES or doc[i + 1].lower_ not in L.COMPARED_OBJECT_PREPOSITIONS:
        return None
    comparative, prep = doc[i], doc[i + 1]
    verb = next((t for t in (prep.head, comparative.head, comparative.head.head) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in L.PAYING_VERBS or prep.head.i not in (verb.i, comparative.i) \
            or not any(a.i == verb.i for a in _percent_place(last).ancestors):
        return None
    noun = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    if noun is None or not _names_what_is_paid(noun):
        return None
    phrase = _named_measure(noun)
    return f"% {comparative.lower_} {prep.lower_} {phrase}" if phrase else None


def _names_what_is_paid(noun: Token) -> bool:
    """'in council tax', 'for water', 'for their water': a common noun with no determiner, no
    possessive but a pronoun of the payers (PAYERS_POSSESSIVES) and no name before it, which is
    no date, place or name nor a noun of manner ('in real terms': COMPARISON_MANNER_NOUNS); not
    'in the north', 'on the Holt estate', 'for the privilege'."""
    return noun.pos_ == "NOUN" and noun.ent_type_ not in (*NAME_ENTITY_TYPES, "DATE", "TIME", "LOC") \
        and noun.lemma_.lower() not in L.COMPARISON_MANNER_NOUNS \
        and not any(c.dep_ == "det" or c.dep_ == "poss" and c.lower_ not in L.PAYERS_POSSESSIVES
                    or c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in child_tokens(noun))


def _changed_measure(last: Token, first: Token) -> str | None:
    """'FFB production fell 6.5%', 'stocks dropped by 9 per cent', 'cut fares by 10%', 'a 38 per
    cent rise in net profit': a percentage that measures a change names what changed ('% fall in
    FFB production', '% cut in fares', '% rise in net profit'): the common noun that is the
    subject of a verb of change the percentage hangs on (or its object for a verb that changes
    something, by the percentage), or the 'in' phrase of a noun of change it modifies. Not a
    pronoun or a name ('It rose 5%', 'Acme rose 5%': its shares), nor points. `first` is the
    figure's first number (`last` itself for one number): a range's own 'to' ('grew by 4 to 5%')
    is no level reached."""
    sign = _percent_place(last)
    if _in_points(last):
        return None
    head = sign.head
    if sign.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "by" and head.i < sign.i:
        sign, head = head, head.head                # "fell by a wide margin, 11%": the amount of the 'by' phrase
    summed = sign.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj" \
        and (head.head.lemma_.lower() in L.PERCENT_SUMMING_NOUNS and head.head.head.lower_ == "by"
             or _paced_change(head.head))
    if summed:
        sign, head = head.head, head.head.head      # "by an average of 8%", "grew at a pace of 2%": by the percentage
    by = head if sign.dep_ == "pobj" and (head.lower_ == "by" or summed) else None
    if by is not None:
        head = by.head
    adverb = _change_adverb_before(sign)
    if adverb is not None:
        head = adverb
    told = L.PERCENT_CHANGE_ADVERBS.get(head.lower_) if sign.dep_ == "npadvmod" or adverb is not None else None
    of_change = sign.dep_ == "pobj" and head.lower_ == "of" and not summed and head.head.pos_ == "NOUN" \
        and head.head.i < head.i and head.head.lemma_.lower() in L.PERCENT_CHANGE_NOUNS
    if of_change:                                   # "a rise of 4% in rents", "fares saw a rise of 9%"
        head = head.head
    in_phrase = None
    if of_change or sign.dep_ in ("compound", "amod", "nmod", "nummod") and head.pos_ == "NOUN" and head.i > sign.i \
            and head.lemma_.lower() in L.PERCENT_CHANGE_NOUNS:
        in_phrase = next((c for c in child_tokens(head) if c.dep_ == "prep" and c.lower_ == "in"), None)
        noun = next((c for c in child_tokens(in_phrase) if c.dep_ == "pobj"), None) if in_phrase is not None else None
        change = head.lemma_.lower()
        if (noun is None or noun.ent_type_ in ("DATE", "TIME")) and of_change:
            own = _in_object(sign)
            if own is not None:                     # "an increase of 9% in admissions": what changed, or
                return _change_in_a_phrase_of_the_percentage(own, change) \
                    or _change_named_alone(head)     # none ('% rise': 'in real terms'), never the clause's subject
            noun = _undergoer_of_change(head) or _change_set_off(head)
            if noun is None:
                start = min((c.left_edge.i for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")), default=head.i)
                return _named_change(head, start) or _change_noun_of_a_stated_count(head) \
                    or _change_named_alone(head)   # "an average rates increase of 11.8%"
        elif noun is None or noun.ent_type_ in ("DATE", "TIME"):
            named = _named_change(head, sign.i + 1)  # "a 5% fare hike (in June)": no 'in' phrase of what changed
            if named is not None or head.i != sign.i + 1:
                return named
            noun = _change_set_off(head)             # "a profit of $58m, a 41% increase": what the clause measures
            if noun is None:
                return _change_noun_of_a_stated_count(head)
    elif told is not None and _verb_of_the_level(head.head).pos_ in ("VERB", "AUX", "NOUN") \
            and head.dep_ in ("advmod", "acomp", "oprd", "prt") \
            and not any(t.lower_ == "than" for t in head.subtree):     # "14% higher than planned": no change
        noun, change = _told_changed(head), told    # "closed 3% higher", "revenue of $4m, up 14%"
        head = noun.head if noun is not None else head.head
    elif head.pos_ in ("VERB", "AUX") and (by is not None or sign.dep_ in ("npadvmod", "dobj", "advmod", "attr")):
        objects = [c for c in child_tokens(head) if c.dep_ == "dobj" and c.i != sign.i]
        # "pushed costs down by 9%", "marked prices down": a cut the subject makes; "found stocks down
        # by 9%": a state the object is told in, its own fall
        directions = L.PERCENT_CHANGE_ADVERBS if head.lemma_.lower() in L.STATE_FINDING_VERBS else L.PERCENT_CHANGE_PARTICLES
        particle = next((directions[c.lower_] for c in child_tokens(head)
                         if c.dep_ == "prt" and c.lower_ in L.PERCENT_CHANGE_PARTICLES), None)
        changing = L.PERCENT_CHANGING_VERBS.get(head.lemma_.lower()) or particle \
            or (L.PERCENT_CHANGE_VERBS.get(head.lemma_.lower()) if objects and by is not None else None)
        # a verb of change used with an object and 'by' ("expand its capacity by 40%") changes that object
        if objects and changing and (by is not None or sign.dep_ == "npadvmod"):
            noun, change = objects[0], changing     # "cut fares by 10%", "raised fares 9%", "pushed costs up by 17%"
            if any(t.dep_ in ("cc", "conj") for t in sign.doc[noun.right_edge.i + 1:min(sign.left_edge.i, last.left_edge.i)]):
                return None                         # "cut jobs 10% and prices 5%": the 5% is not the jobs'
        elif not objects and head.lemma_.lower() in L.PERCENT_CHANGE_VERBS:
            if _through_a_with_phrase(sign, head):
                return None                         # "Fares rose, with tolls up by 9%"
            owner = head.head if head.dep_ == "xcomp" else head     # "output is expected to rise 4%"
            subjects = [c for c in child_tokens(owner) if c.dep_ in ("nsubj", "nsubjpass")]
            noun = _what_changed(subjects)
            change = L.PERCENT_CHANGE_VERBS[head.lemma_.lower()]
        elif not objects and changing and (by is not None or sign.dep_ == "npadvmod"):
            # "budgets were cut by 7%": the passive subject; "costs went up by 30%": the subject
            # of a verb whose particle names the change
            passive = [c for c in child_tokens(head) if c.dep_ == "nsubjpass"]
            told = next((L.PERCENT_CHANGE_ADVERBS[c.lower_] for c in child_tokens(head)
                         if c.dep_ == "prt" and c.lower_ in L.PERCENT_CHANGE_ADVERBS), None)
            if passive:
                subjects, change = passive, changing
            elif told is not None and head.lemma_.lower() in L.PERCENT_MOTION_VERBS:   # not "signed off … up by 6%"
                subjects, change = [c for c in child_tokens(head) if c.dep_ == "nsubj"], told
            else:
                return None
            noun = _what_changed(subjects)
        else:
            return None
    else:
        return None
    if noun is None:
        return None
    capitalised = _written_as_common_noun(noun)     # "Turnout fell 3%"
    index = _names_a_market_index(noun)             # "the QX Index closed 1% higher"
    if _names_no_changing_thing(noun, capitalised, index):
        return None
    doc = last.doc
    if noun.i < head.i and not of_change and any(t.tag_ in ("VBP", "VBZ", "VBD", "MD") and t.dep_ not in ("aux", "auxpass")
                               for t in doc[noun.i + 1:head.i]):
        return None                       # "Figures from X show prices rose 3%": another verb between
    if _after_a_level_preposition(first, last) and not summed and not of_change:
        return None                       # "rose by 2% to 5%": the 5% is the level reached
    if in_phrase is not None and noun.head.i == in_phrase.i:
        if _names_where_or_how(noun):
            return _change_named_alone(head)         # "a 9% rise in the district": '% rise'
        return _change_in_whole(noun, change, index, capitalised, long_words_cut=True)   # "a 9% rise in tenants from abroad"
    return _change_in_named(noun, change, index, capitalised)


def _change_in_a_phrase_of_the_percentage(noun: Token, change: str) -> str | None:
    """'recorded an increase of about 7% in bookings': where the parser hangs the 'in' phrase of
    what changed on the percentage, not on the noun of change, its object (`noun`) names what
    changed, as it would on the noun, whole with the words that restrict it (`_change_in_whole`),
    where it is a bare common noun (`_a_bare_common_noun`); not a place, a set or a kind of body
    ('in the city', 'in two regions', 'in companies'), nor a noun that names no changing thing
    alone ('in total', 'in value': `_change_in_named` gives none). None then: the change names
    nothing, and the clause's subject is not read in its place."""
    if not _a_bare_common_noun(noun) or _names_no_changing_thing(noun, False, False) or _names_a_body(noun):
        return None                                # "a rise of 6% in companies": where, not what
    return _change_in_whole(noun, change, False, False)


def _in_object(word: Token) -> Token | None:
    """The object of the word's own 'in' phrase, unless a date or a time ('in March')."""
    return next((o for c in child_tokens(word) if c.dep_ == "prep" and c.lower_ == "in"
                 for o in child_tokens(c) if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")), None)


# The most words that restrict what changed after its noun ('from abroad', 'with a garden').
_RESTRICTING_WORDS_REACH = 6


def _change_in_whole(noun: Token, change: str, index: bool, capitalised: bool,
                     long_words_cut: bool = False) -> str | None:
    """'% rise in tenants from abroad', '% fall in homes with a garden', '% rise in adults out of
    work': the object of a change's 'in' phrase names what changed whole, with the phrases and
    clauses after it that restrict it (a preposition other than 'of', which `_change_in_named`
    reads, and other than one of time or of a base, CHANGE_TIME_OR_BASE_PREPOSITIONS, or with a date's
    object, an amount ('to $4m': the level reached) or a word of where or how ('by value'); a
    relative or participle clause, but not one that says how the change was measured,
    CHANGE_MEASURING_VERBS: 'recorded by the police'), for the group they leave is what changed; none where
    it says where or how the change was measured (CHANGE_IN_WHERE_OR_HOW_NOUNS: 'in parts of the
    valley', 'in real terms'), or where the restricting words run long or over a comma: then, with
    `long_words_cut` (a change noun's own 'in' phrase, '8% rise in costs the agency faces from
    wages, rent and …'), the object's own words alone, as that phrase was always read; without it
    (a phrase the parser hung elsewhere, first read here) none."""
    if _names_where_or_how(noun):
        return None
    doc = noun.doc
    after = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    if after is not None and after.head.pos_ in ("VERB", "AUX"):
        after = None                               # "rejected a drop of 6% in rents as too low": the verb's
    restricting = [c for c in (*child_tokens(noun), after) if c is not None and c.i > noun.i and (
        c.dep_ in ("relcl", "acl") and c.head.i == noun.i and c.lemma_.lower() not in L.CHANGE_MEASURING_VERBS
        or c.dep_ == "prep" and c.lower_ != "of" and c.lower_ not in L.CHANGE_TIME_OR_BASE_PREPOSITIONS
        and not any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in L.TIME_UNITS
                    or o.lemma_.lower() in L.CHANGE_IN_WHERE_OR_HOW_NOUNS for o in child_tokens(c) if o.dep_ == "pobj")
        and not any(t.like_num or t.is_currency or any(ch.isdigit() for ch in t.text) for t in c.subtree))]
    # a phrase right after the object is one of its words however the parser hangs it ('out of work')
    named = _change_in_named(noun, change, index, capitalised)
    if not restricting or named is None:
        return named
    words = doc[min(c.left_edge.i for c in restricting):max(c.right_edge.i for c in restricting) + 1]
    if len(words) > _RESTRICTING_WORDS_REACH or any(t.is_punct for t in words):
        return named if long_words_cut else None
    return f"{named} {words.text}"


def _names_where_or_how(noun: Token) -> bool:
    """'in parts of the valley', 'in the district', 'in real terms': the object of a change's 'in'
    phrase says where or how the change was measured (CHANGE_IN_WHERE_OR_HOW_NOUNS), not what changed."""
    return noun.lemma_.lower() in L.CHANGE_IN_WHERE_OR_HOW_NOUNS or noun.lower_ in L.CHANGE_IN_WHERE_OR_HOW_NOUNS


def _a_bare_common_noun(noun: Token) -> bool:
    """'admissions', 'cargo volumes', 'rainfall': a common noun with no determiner, possessive or
    number of its own and no name's entity, which after 'a rise of 9% in' names what rose; not a
    place or a set ('in the city', 'in Germany', 'in two regions': where the change was seen)."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in child_tokens(noun))


def _after_a_level_preposition(first: Token, last: Token) -> bool:
    """'rose by 2% to 5%', 'from 3%': a level preposition (PERCENT_LEVEL_PREPOSITIONS) right before
    the amount and the words of its qualifier. `first` is the figure's first number (`last`
    itself for one number): a range's own 'to' ('grew by 4 to 5%') is none."""
    doc = last.doc
    opening = first if first.i < last.i else last
    while opening.i > 0 and (doc[opening.i - 1].like_num or doc[opening.i - 1].dep_ in ("advmod", "quantmod")
                             and doc[opening.i - 1].is_alpha and doc[opening.i - 1].lower_ not in L.PERCENT_LEVEL_PREPOSITIONS):
        opening = doc[opening.i - 1]
    return opening.i > 0 and doc[opening.i - 1].lower_ in L.PERCENT_LEVEL_PREPOSITIONS \
        and not _closes_a_qualifier(doc[opening.i - 1])


def _closes_a_qualifier(word: Token) -> bool:
    """'rose by up to 4%', 'cut by close to 3 to 4%': a level preposition that ends a qualifier
    of the amount (FIGURE_QUALIFIERS: 'up to', 'close to'), which itself follows the 'by' of a
    change's amount (an adverb aside: 'by just up to 4%'), closes that qualifier and is no level the
    change reaches; not 'rose by 2% to 5%' nor 'from 8 to 12%' (no qualifier), nor 'rose up to
    40%' with no 'by' (the level reached, maybe)."""
    doc = word.doc
    for start in range(word.i - 1, max(word.i - 4, 0), -1):
        if " ".join(t.lower_ for t in doc[start:word.i + 1]) not in L.FIGURE_QUALIFIERS:
            continue
        before = start - 1
        while before > 0 and doc[before].dep_ == "advmod" and doc[before].is_alpha and doc[before].head.i >= start:
            before -= 1
        if before >= 0 and doc[before].lower_ == "by":
            return True
    return False


def _change_in_named(noun: Token, change: str, index: bool, capitalised: bool) -> str | None:
    """'% fall in national grain stocks': the unit of a change by a percentage in `noun`, named
    by its words (`_named_measure`). A lone noun names what changed with its 'of' phrase ('the
    number of patients', 'shares of the developer', 'the price of kerosene': a common word the
    tagger took for a name's, `parse.common_word_read_as_a_name`); a measure noun (MEASURE_HEAD_NOUNS) names
    nothing without it, unless a plural names what is measured ('prices', 'shares'); a market
    index's bare head noun names nothing ('the benchmark Tessel 40 index ended down 1.2%')."""
    phrase = _named_measure(noun)
    if index and (phrase is None or phrase.lower() in L.INDEX_NOUNS):
        return None
    if phrase and _gerund_as_subject(noun):
        return f"% {change} in {phrase}{_activity_object(noun)}"     # "% rise in spending on school transport"
    lone = phrase is not None and " " not in phrase
    if phrase and (lone or not any(c.dep_ in ("compound", "nmod") for c in noun.lefts)):
        # a noun no other noun names ('registered owners of electric bikes') says of what by its 'of' phrase
        of = next((c for c in child_tokens(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((c for c in child_tokens(of) if c.dep_ == "pobj"
                      and (c.pos_ == "NOUN" or common_word_read_as_a_name(c))), None) if of is not None else None
        amount = of is not None and any(_an_amount_word(o) for o in child_tokens(of) if o.dep_ == "pobj")   # "revenue of Rs 845 crore"
        whole_phrase = _named_measure(whole) if whole is not None and not amount else None
        if whole_phrase is not None:
            phrase += f" of {whole_phrase[:1].lower() + whole_phrase[1:] if whole.pos_ == 'PROPN' else whole_phrase}"
        elif lone and noun.lemma_.lower() in L.MEASURE_HEAD_NOUNS and noun.tag_ != "NNS":
            return None
    if phrase and capitalised:
        phrase = phrase[:1].lower() + phrase[1:]
    return f"% {change} in {phrase}" if phrase else None


def _activity_object(gerund: Token) -> str:
    """' on school transport': the first phrase after a gerund of an activity, where its words are a
    plain noun phrase (nouns and adjectives, a hyphened compound: 'home-to-school'); else ''."""
    prep = next((c for c in child_tokens(gerund) if c.dep_ == "prep" and c.i == gerund.i + 1), None)
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return ""
    words = gerund.doc[prep.i + 1:obj.i + 1]
    if not all(t.pos_ in ("NOUN", "PROPN", "ADJ") or t.text == "-" or t.i > 0 and t.doc[t.i - 1].text == "-"
               for t in words):
        return ""
    return f" {prep.lower_} {words.text}"


def _in_points(last: Token) -> bool:
    """Whether the percentage words after `last` name points ('up 3 percentage points'): a
    difference of shares, no change by a percentage."""
    return any(t.lower_ in L.POINT_UNITS for t in last.doc[last.i + 1:_after_percent_words(last)])


def _written_as_common_noun(noun: Token) -> bool:
    """A common noun the tagger took for a name's: a measure opening its sentence ('Turnout fell
    3%', `_common_noun_opening`) or a common word taken for a proper noun (`parse.common_word_read_as_a_name`)."""
    return _common_noun_opening(noun) or common_word_read_as_a_name(noun)


def _change_of_the_governing_verb(last: Token, first: Token) -> str | None:
    """'the price of kerosene goes up by 4.7%', 'found shrimp stocks down by 38%', 'reduced its use
    of fertiliser by 45%', 'lamb exports held up, dipping by 4.2%', 'costs are expected to go down by
    8%': a percentage of difference (a 'by'
    phrase, or one that 'up' or 'down' tells) measures the change of the clause of the verb that
    governs it, wherever the parser hung the phrase (on the verb, its particle or its object):
    read after the narrower readings of `_changed_measure` find nothing. The change is named by
    the verb's class (PERCENT_CHANGE_VERBS, PERCENT_CHANGING_VERBS) or by 'up'/'down'
    (PERCENT_CHANGE_ADVERBS: 'shot up', 'edged down', 'stocks down by'); what changed is the
    verb's object before the percentage where the verb changes it or 'up'/'down' tells the
    object's state ('found stocks down'), else its subject (a participle's: the clause's it is
    set off from). Abstains where no change is named, on points, names, pronouns and counts."""
    sign = _percent_place(last)
    doc = sign.doc
    if _in_points(last):
        return None
    by = sign.head if sign.dep_ == "pobj" and sign.head.lower_ == "by" else None
    told = _direction_word_of(sign, by)
    if told is not None and (doc[told.i + 1].lower_ == "to" or told.i > 0 and doc[told.i - 1].text == ","):
        return None          # "rose up to 40%": a bound or a level; "cut jobs, down 5%": set off, whose change is open
    if _after_a_level_preposition(first, last):
        return None          # "rose by 2% to 5%", "rose 5% to 25%": the level reached
    verb = _verb_governing(by or told or sign)
    if verb is None or _through_a_with_phrase(sign, verb):
        return None          # "Exports fell, with imports down by 4%": the with-phrase's own change
    lemma = verb.lemma_.lower()
    if by is None and told is None and not (_hung_on_the_verb(sign, verb) and lemma in L.PERCENT_CHANGE_VERBS):
        return None                                 # "climbing as much as 50%": the verb's own amount
    direction = L.PERCENT_CHANGE_ADVERBS.get(told.lower_) if told is not None else None
    objects = [c for c in child_tokens(verb) if c.dep_ == "dobj" and c.i < sign.i]
    if objects:
        if lemma in L.PERCENT_CHANGING_VERBS:
            change = L.PERCENT_CHANGING_VERBS[lemma]
        elif told is not None and lemma in L.STATE_FINDING_VERBS:
            change = direction                      # "found stocks down by 38%": the stocks fell
        elif told is not None:
            change = L.PERCENT_CHANGE_PARTICLES[told.lower_]    # "marked prices down by 30%": a cut
        else:
            return None
        noun = objects[0]
        if any(t.dep_ in ("cc", "conj") for t in doc[noun.right_edge.i + 1:sign.left_edge.i]):
            return None                             # "cut jobs by 10% and prices by 5%": the 5% is not the jobs'
    else:
        change = L.PERCENT_CHANGE_VERBS.get(lemma) or (direction if lemma in L.PERCENT_MOTION_VERBS else None)
        if change is None:
            return None                             # "signed off on a budget up by 4%": no change of the signers
        subjects = [c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            subjects = [c for c in child_tokens(verb.head) if c.dep_ in ("nsubj", "nsubjpass")]
        elif not subjects and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
            subjects = [verb.head]                  # "Sales of cars picked up by 4%" read as a noun's participle
        if len(subjects) == 1 and subjects[0].lower_ in L.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            antecedent = verb.head
            if antecedent.dep_ == "pobj" and antecedent.head.lower_ in L.GROUP_PREPOSITIONS \
                    and antecedent.head.head.pos_ in ("NOUN", "PROPN"):
                return None                         # "Support among young voters, which had gone down by 8%"
            subjects = [antecedent]                 # "rents, which went up by 12%"
        noun = _what_changed(subjects or _subject_of_a_misread_participle(verb))
    if noun is None or noun.i > sign.i:
        return None
    capitalised = _written_as_common_noun(noun)
    index = _names_a_market_index(noun)
    if _names_no_changing_thing(noun, capitalised, index, people=True):
        return None
    return _change_in_named(noun, change, index, capitalised)


def _change_of_a_stated_count(last: Token) -> str | None:
    """'The ferry carried 81,000 cars in May, up 9% from April', 'some 7,400 scooters were reported
    stolen, up 21% on the year before': a percentage an 'up'/'down' set off by a comma tells,
    after a clause whose verb names no change, is the change of the one count that clause
    states ('% rise in cars'; a passive subject adds its verb: '% rise in scooters reported
    stolen'), or of the object a verb puts at the count ('put the run at 4,200 coho': '% fall in
    run'). The clause's count is read by `_stated_count`; None where the change is graded by an
    'in'/'by' phrase or compared with something that is no earlier time or level
    (`_change_against_another`)."""
    sign = _percent_place(last)
    told = sign.head
    compared = _compared_set_off(sign, told) and not _in_points(last)
    if not compared and (sign.dep_ not in ("npadvmod", "pobj", "dobj") or told.lower_ not in L.COMPARING_ADVERBS
                         or told.dep_ != "advmod" or told.i > sign.i or told.i == 0 or sign.doc[told.i - 1].text != ","
                         or _in_points(last) or _change_against_another(told, sign)):
        return None
    verb = told.head.head if compared and told.dep_ == "amod" else told.head     # "9,400 containers, 6% lower": on the noun
    noun = _stated_count(verb, sign.doc[sign.left_edge.i - 1] if compared else told)   # the clause before the comma
    if noun is None:
        return None
    change = L.SET_OFF_COMPARATIVE_CHANGES[told.lower_] if compared else L.PERCENT_CHANGE_ADVERBS[told.lower_]
    return _count_named_with_its_act(noun, verb, _change_in_named(noun, change, False, _written_as_common_noun(noun)))


def _compared_set_off(sign: Token, told: Token) -> bool:
    """'the depot counted 640 faults, 9 percent more than the 587 logged a year earlier', 'sold
    3,100 permits, 5% fewer than in the same quarter last year': a percentage set off by a
    comma as the measure of a comparative (SET_OFF_COMPARATIVE_CHANGES) on the clause's verb,
    whose 'than' phrase names an earlier time (a date, a period) or a number, count or level its
    own words place earlier (`_an_earlier_count`), is the change of the count the clause states;
    not one compared with a place, another thing or a benchmark ('40% higher than in Spain',
    'than the national average')."""
    doc = sign.doc
    if told.lower_ not in L.SET_OFF_COMPARATIVE_CHANGES or told.tag_ not in ("JJR", "RBR") \
            or told.dep_ not in ("advmod", "advcl") and not (told.dep_ == "amod" and told.head.i < sign.i) \
            or sign.dep_ != "npadvmod" or told.i != sign.i + 1 or sign.left_edge.i == 0 \
            or doc[sign.left_edge.i - 1].text != ",":
        return False
    than = next((c for c in child_tokens(told) if c.dep_ == "prep" and c.lower_ == "than"), None)
    if than is None:
        return False
    objects = [c for c in child_tokens(than) if c.dep_ == "pobj"] \
        or [o for p in child_tokens(than) if p.dep_ in ("prep", "pcomp") for o in child_tokens(p)
            if o.dep_ == "pobj" or o.dep_ == "npadvmod" and p.dep_ == "pcomp"]     # "than a year earlier"
    return len(objects) == 1 and (_names_a_time(objects[0])
                                  or (objects[0].like_num or objects[0].lemma_.lower() in L.EARLIER_LEVEL_NOUNS
                                      or any(c.dep_ == "nummod" for c in child_tokens(objects[0])))
                                  and _an_earlier_count(objects[0]))


def _names_a_time(word: Token) -> bool:
    """A date or time, or a noun of a period (TIME_UNITS, EARLIER_PERIOD_NOUNS: 'the same period');
    not a level that may be a benchmark ('the national average')."""
    return word.ent_type_ in ("DATE", "TIME") or word.lemma_.lower() in L.TIME_UNITS \
        or word.lemma_.lower() in L.EARLIER_PERIOD_NOUNS


def _an_earlier_level(word: Token) -> bool:
    """What a change may be measured against: a time (`_names_a_time`), a number or amount, or a
    level (EARLIER_LEVEL_NOUNS)."""
    return word.like_num or word.ent_type_ in ("MONEY", "CARDINAL") or _names_a_time(word) \
        or word.lemma_.lower() in L.EARLIER_LEVEL_NOUNS


def _an_earlier_count(count: Token) -> bool:
    """'the 587 faults logged a year earlier': a count compared with that its own
    words place in an earlier time; not one another body gave ('the 502 leaks a rival utility
    reported': a clause with a subject of its own, or 'recorded by a rival count': an agent), nor one of a place ('the 416 recorded in
    Lagos over the same period': a name), nor one with no time ('the 30 of the rival'). A bare
    number ('than the 1,880 a rival clinic logged') is held to the same checks, also where the
    parser hangs it on the noun of the clause after it (a determiner between them)."""
    words = list(count.subtree)
    return any(_names_a_time(t) or t.lower_ in L.PRECEDING_WORDS for t in words if t.i != count.i) and not any(t.dep_ in ("nsubj", "agent") for t in words) \
        and not any(t.ent_type_ in L.NAME_LABELS for t in words) \
        and not any(t.dep_ == "det" and n.i < t.i < count.i for n in child_tokens(count) if n.dep_ == "nummod" for t in words)


def _change_against_another(told: Token, sign: Token) -> bool:
    """'down 2% in price', 'up 30% by weight': a change graded by an 'in'/'by' phrase; 'down 12%
    on its target', 'up 20% on the Carlow shop': one compared with something other than an
    earlier time or level (a time noun, a date, a number or amount: EARLIER_LEVEL_NOUNS), or with
    a level a name owns ('on Orwin General's figure')."""
    for prep in (c for t in (told, sign) for c in child_tokens(t) if c.dep_ == "prep" and c.i > told.i):
        if prep.lower_ in L.GRADING_PREPOSITIONS:
            return True
        against = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
        if prep.lower_ in L.CHANGE_BASE_PREPOSITIONS and against is not None \
                and (not _an_earlier_level(against) or any(c.dep_ == "poss" and c.pos_ == "PROPN"
                                                           for c in child_tokens(against))):
            return True                           # "on its target", "on Orwin General's figure": another's
    return False


def _stated_count(verb: Token, told: Token) -> Token | None:
    """The one noun the clause of `verb` (before the 'up'/'down' `told`) states a count of: its
    object, its passive subject or what 'there were' names, with a number of its own; or the
    object a verb of level puts at a count ('put the run at 4,200 coho': the run). None where
    the verb names a change (read by `_changed_measure`, `_change_of_the_governing_verb`), where
    doers are counted ('2,300 members signed'), where the clause holds no count or several, where
    the count is of a body or a name, a unit of measure or money, or where an active verb whose
    object is no count of itself takes it ('closed 45 cafes': the act counts them)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or verb.i > told.i or lemma in L.PERCENT_CHANGE_VERBS \
            or lemma in L.PERCENT_CHANGING_VERBS \
            or any(c.dep_ == "nsubj" and _counted_by_a_number(c) for c in child_tokens(verb)):
        return None
    stated = [c for c in child_tokens(verb) if c.dep_ in ("nsubjpass", "dobj", "attr") and c.i < told.i]
    levels = [o for o in _objects_of_its_at(verb) if o.head.i < told.i]
    levels += [o for s in stated if s.dep_ == "dobj" for o in _objects_of_its_at(s)]   # or 'at' hung on the object
    counted = [n for n in stated + levels if _counted_by_a_number(n)]
    if len(counted) != 1:
        return None
    noun = counted[0]
    if noun in levels:
        objects = [s for s in stated if s.dep_ == "dobj"]
        return objects[0] if lemma in L.LEVEL_SETTING_VERBS and len(objects) == 1 else None
    if _another_number_or_noun(verb, told, noun) or noun.ent_type_ in NAME_ENTITY_TYPES or _names_a_body(noun) \
            or noun.pos_ != "NOUN" or noun.lower_ in _MONEY_UNITS_LOWER or noun.lower_ in _SCALE_FACTORS \
            or noun.dep_ == "dobj" and (noun.lemma_.lower() in L.PLAIN_PEOPLE_NOUNS
                                        or lemma not in L.COUNT_STATING_VERBS and _act_participle(verb) is None):
        return None
    return _measured_by_the_unit(noun) if _unit_of_measure(noun) else noun


def _measured_by_the_unit(unit: Token) -> Token | None:
    """'sold 3.9 million tonnes of cement': the common noun of the 'of' phrase of a unit of
    measure is what the amount measures; None where there is none ('38 megalitres a day') or it
    is a name's."""
    whole = next((o for c in child_tokens(unit) if c.dep_ == "prep" and c.lower_ == "of"
                  for o in child_tokens(c) if o.dep_ == "pobj"), None)
    return whole if whole is not None and whole.pos_ == "NOUN" and whole.ent_type_ not in NAME_ENTITY_TYPES else None


def _act_participle(verb: Token) -> str | None:
    """'referred', 'treated': the past participle of an active verb whose object is counted, which
    names the act that counts are of ('4,216 patients referred'), where its written form is one
    (a past participle, or a regular past tense in '-ed'); None for other forms."""
    if verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lower_.endswith("ed"):
        return verb.lower_
    return None


def _count_named_with_its_act(noun: Token, verb: Token, unit: str | None) -> str | None:
    """The unit of a change of the count `_stated_count` read, with the act the count is of: a
    passive subject adds its verb ('% rise in scooters reported stolen'), the object of an active
    verb that is no verb of holding or stating a count (COUNT_STATING_VERBS) adds the verb's
    participle ('% rise in patients referred'), as does a thing measured by a unit ('tonnes of
    cement' sold). None for the object of a verb that gives its subject's level or reach
    (`_measures_its_subject`: 'output totalled 4,000 cars'), of a verb of the market or of change
    (PERCENT_CHANGING_VERBS; MARKET_CLOSE_VERBS where no party is the subject: 'shares shed 40
    points', not 'wardens closed 38 footpaths'), or one in points (POINT_UNITS): the count is then
    a level or the size of a move, no act's; nor an 'object' of a passive verb ('were shut 1,100
    times': how often, no thing the act counts)."""
    if unit is None:
        return None
    lemma = verb.lemma_.lower()
    doers = [c for c in child_tokens(verb) if c.dep_ == "nsubj"]
    if noun.dep_ in ("dobj", "pobj") and (_measures_its_subject(verb) or lemma in L.PERCENT_CHANGING_VERBS
                                         or any(c.dep_ == "auxpass" for c in child_tokens(verb))
                                         or lemma in L.MARKET_CLOSE_VERBS and not any(_names_a_party(d) for d in doers)
                                         or noun.lower_ in L.POINT_UNITS or noun.lemma_.lower() in L.POINT_UNITS):
        return None
    if noun.dep_ == "nsubjpass":
        said = [verb, *(c for c in child_tokens(verb) if c.dep_ in ("xcomp", "oprd") and c.tag_ == "VBN")]
        return unit + " " + " ".join(t.lower_ for t in sorted(said, key=lambda t: t.i))   # "scooters reported stolen"
    if lemma not in L.COUNT_STATING_VERBS and lemma not in L.LEVEL_SETTING_VERBS \
            and (noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.head.head == verb):
        act = _act_participle(verb)
        return unit + " " + act if act is not None else None
    return unit


def _objects_of_its_at(word: Token) -> list[Token]:
    """The objects of the 'at' phrases hung on `word` ('put the run at 4,200 coho': coho)."""
    return [o for c in child_tokens(word) if c.dep_ == "prep" and c.lower_ == "at" for o in child_tokens(c) if o.dep_ == "pobj"]


def _another_number_or_noun(verb: Token, told: Token, noun: Token) -> bool:
    """A number in the clause other than `noun`'s own (dates and times aside), or a noun joined
    to it: which count changed is open."""
    own = {t.i for c in child_tokens(noun) if c.dep_ == "nummod" for t in c.subtree}
    return any(t.like_num and t.i not in own and t.ent_type_ not in ("DATE", "TIME")
               for t in verb.doc[verb.left_edge.i:told.i]) or any(c.dep_ == "conj" for c in child_tokens(noun))


def _unit_of_measure(noun: Token) -> bool:
    """'tonnes', '2,000 ounces of gold', 'megalitres': a noun that is a unit of measure (by its
    written form or its lemma: MEASURE_UNIT_LEMMAS), counting no things of its own."""
    return noun.lower_ in _MEASURES or noun.lemma_.lower() in L.MEASURE_UNIT_LEMMAS


def _counted_by_a_number(noun: Token) -> bool:
    """'81,000 passengers', 'about 4,200 coho': a common noun with a number of its own (no date,
    time, share or money) that counts it."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "nummod" and c.like_num and c.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY")
        for c in child_tokens(noun))


def _through_a_with_phrase(sign: Token, verb: Token) -> bool:
    """'Exports fell in March, with imports down by 4%': a percentage in a 'with' phrase on the
    verb, hung under it or (as the parser may flatten it) after its opening, measures the change
    of the with-phrase's noun, not of the verb's subject."""
    word = sign
    while word.head.i != word.i and word.head.i != verb.i:
        word = word.head
        if word.lower_ == "with" and word.dep_ == "prep":
            return True
    return any(t.lower_ == "with" and t.dep_ == "prep" and t.head.i == verb.i for t in sign.doc[verb.i + 1:sign.i])


def _names_no_changing_thing(noun: Token, capitalised: bool, index: bool, people: bool = False) -> bool:
    """The one test of what a percentage of change or of size is said of: no thing that changes
    by a percentage where `noun` is no common noun (unless a common word written as a name's,
    `capitalised`, a market index, `index`, or a plural the tagger took for a verb), a name's or
    a date's entity, an anaphoric noun ('the figure'), a counted or coordinated noun ('exports and
    imports fell 3%'), or a body or a firm ('the party was 10% lower'); with `people`, not a noun
    of people either ('Ministers signed off on a budget up by 4%'), where the clause's change is
    no count of them (an amount's noun aside, and an act's: 'rents', 'disbursements' are no agents' '-ent')."""
    return noun.pos_ != "NOUN" and not capitalised and not index and not _plural_subject_tagged_a_verb(noun) \
        and not _gerund_as_subject(noun) \
        or noun.ent_type_ in (*NAME_ENTITY_TYPES, "DATE", "TIME") and not capitalised and not index \
        or noun.lower_ in L.ANAPHORIC_NOUNS or _points_back_to_a_measure(noun) \
        or any(c.dep_ in ("nummod", "conj") for c in child_tokens(noun)) \
        or _names_a_body(noun) and not index or people and _names_people(noun) and not _names_an_amount(noun) \
        and not noun.lemma_.lower().endswith(L.NON_AGENT_SUFFIXES)


def _gerund_as_subject(noun: Token) -> bool:
    """'Spending on transport is forecast to reach £2m': a gerund that is a clause's subject, with
    no subject, object or clause of its own, names an activity as a noun does (the parser tags it
    a verb)."""
    return noun.tag_ == "VBG" and noun.dep_ in ("nsubj", "nsubjpass") \
        and not any(c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp", "attr", "aux") for c in child_tokens(noun))


def _points_back_to_a_measure(noun: Token) -> bool:
    """'The figure is 37% higher', 'That number rose 5%': a measure noun with only 'the'/'this'
    before it points back to what an earlier sentence counted, and names no unit of its own ('the
    number of visitors rose 5%' does)."""
    children = child_tokens(noun)
    return noun.lemma_.lower() in L.POINTING_BACK_MEASURE_NOUNS and len(children) == 1 \
        and children[0].dep_ == "det" and children[0].lower_ in L.POINTING_BACK_DETERMINERS


def _direction_word_of(sign: Token, by: Token | None) -> Token | None:
    """The 'up' or 'down' that tells the direction of a change by a percentage: the word the
    percentage hangs on ('stocks down 38%'), the word right before the amount or its 'by' ('shot
    up by 9%', 'edged up 0.3%'), or the particle of the verb the 'by' phrase hangs on."""
    doc = sign.doc
    if sign.head.lower_ in L.PERCENT_CHANGE_PARTICLES and sign.head.i < sign.i:
        return sign.head
    start = by.i if by is not None else sign.left_edge.i
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in L.PERCENT_CHANGE_PARTICLES and before.dep_ in ("prt", "advmod", "prep"):
        return before
    if by is not None:
        return next((c for c in child_tokens(by.head) if c.dep_ == "prt" and c.lower_ in L.PERCENT_CHANGE_PARTICLES), None)
    return None


def _hung_on_the_verb(sign: Token, verb: Token) -> bool:
    """A percentage that is the verb's own amount: hung on it ('grew 22%'), or through the words
    of its qualifier ('rose as much as 6.4%': on 'as', on 'much', on the verb)."""
    word = sign
    for _ in range(3):
        if word.head.i == verb.i:
            return word.dep_ in ("npadvmod", "advmod", "dobj")
        if not (word.dep_ in ("pobj", "prep", "advmod", "npadvmod") and word.head.lower_ in _QUALIFIER_WORDS):
            return False
        word = word.head
    return False


def _subject_of_a_misread_participle(verb: Token) -> list[Token]:
    """'Parcel volumes routed through the depot grew 17%', 'cargo handled at the port
    grew by 9%': a verb with no subject right after a past participle the parser made the verb
    of the noun before it (with that noun as subject, no object, nothing but its own phrases
    between them and no comma): the noun is the subject of the verb that follows."""
    doc = verb.doc
    before = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None:
        return []
    participle = next((t for t in (before, *before.ancestors) if t.pos_ == "VERB" and t.tag_ in ("VBN", "VBD")), None)
    if participle is None or participle.i >= verb.i \
            or not all(participle in t.ancestors for t in doc[participle.i + 1:verb.left_edge.i]) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in child_tokens(participle)) \
            or any(t.is_punct for t in doc[participle.i:verb.i]):
        return []
    subjects = [c for c in child_tokens(participle) if c.dep_ == "nsubj" and c.i == participle.i - 1]
    return subjects if len(subjects) == 1 and subjects[0].pos_ == "NOUN" else []


def _verb_governing(word: Token) -> Token | None:
    """The verb a change's phrase belongs to, up through the nouns and prepositions the parser
    may have hung it on ('reduced its use of fertiliser by 45%': 'by' hung on 'use'), at most
    three heads up from `word`; None across a clause."""
    for _ in range(4):
        if word.pos_ == "VERB":
            return word
        if word.dep_ not in ("prep", "agent", "pobj", "dobj", "npadvmod", "advmod", "prt") or word.head.i == word.i:
            return None
        word = word.head
    return None


def _compared_size(last: Token) -> str | None:
    """'Rents are 20% higher than in 2019', 'sold at prices 30% higher than similar models',
    'costs were expected to reach £50bn - 14% higher than planned': a percentage that grades a
    comparative of size (SIZE_COMPARATIVES) measures the difference of what the comparative is
    said of: the noun it follows, the subject of the linking verb it completes, or of a verb of
    level it hangs on ('% higher rents', '% higher prices', '% higher total cost'). Not 'more' or
    'less' grading an adjective ('37% more likely'), a person, a body or a name ('the party was
    10% higher in the polls'), nor a comparative of a verb that does something ('will pay 18%
    more': more of what is left unsaid)."""
    sign = _percent_place(last)
    comparative = sign.head
    if sign.dep_ != "npadvmod" or comparative.tag_ not in ("JJR", "RBR") or comparative.lower_ not in L.SIZE_COMPARATIVES:
        return None
    head = comparative.head
    if comparative.dep_ == "amod" and head.pos_ == "NOUN" and head.i < sign.i:
        noun = head                                     # "prices about 30% higher than"
    elif comparative.dep_ in ("acomp", "advmod") and head.pos_ in ("VERB", "AUX") \
            and (head.lemma_.lower() in L.LEVEL_LINKING_VERBS or _measures_its_subject(head)):
        owner = head.head if head.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                              for c in child_tokens(head)) else head
        noun = _what_changed([c for c in child_tokens(owner) if c.dep_ in ("nsubj", "nsubjpass")])
    else:
        return None
    if noun is None or noun.i > sign.i or not _names_an_amount(noun):
        return None                                     # "while the south was 5% less": no amount named
    capitalised = _written_as_common_noun(noun)         # "Turnout was 8% higher"
    if _names_no_changing_thing(noun, capitalised, index=False, people=True):
        return None
    phrase = _named_measure(noun)
    if phrase and capitalised:
        phrase = phrase[:1].lower() + phrase[1:]
    return f"% {comparative.lower_} {phrase}" if phrase else None


def _measure_nominal_premodified(last: Token) -> str | None:
    """'a 40 percent abatement on water charges', 'a 20% commission': a percentage written before
    an abstract noun of a quantity (`_measure_nominal`) measures that noun, with the 'to' or 'on'
    phrase that says of what (`_recipient_of_a_nominal`); read after the readings of rates,
    levels and changes find nothing."""
    sign = _percent_place(last)
    head = sign.head
    if sign.dep_ not in ("compound", "amod", "nmod", "nummod") or head.pos_ != "NOUN" or head.i <= sign.i \
            or not _measure_nominal(head):
        return None
    words = sign.doc[sign.i + 1:head.i + 1]
    if any(t.pos_ not in ("ADJ", "NOUN") and t.text != "-" or t.ent_type_ in ("DATE", "TIME") for t in words):
        return None
    return f"% {words.text}{_recipient_of_a_nominal(head)}"


def _an_amount_word(word: Token) -> bool:
    """'Rs', 'crore', '684mn', '$40m': a word of an amount of money or of a measure (its currency
    mark, scale or digits), no noun that names a thing."""
    return word.ent_type_ in ("MONEY", "QUANTITY") or any(ch.isdigit() for ch in word.text) \
        or word.lower_ in _SCALE_FACTORS or bool(_CURRENCY_MARK_ANY_CASE.match(doc_text(word.doc), word.idx))


def _change_adverb_before(sign: Token) -> Token | None:
    """'The stock is down 47 per cent from its high', 'shares were up roughly 8%': 'up' or 'down'
    right before a percentage tells the change it measures, as it does hung on the percentage
    ('closed 3% higher'), where the parser takes the adverb for a preposition with the
    percentage as its object, or hangs both on the verb."""
    doc, head = sign.doc, sign.head
    if sign.dep_ == "pobj" and head.i < sign.i and head.lower_ in L.PERCENT_CHANGE_ADVERBS \
            and head.dep_ in ("advmod", "prep", "prt"):
        return head
    before = doc[sign.left_edge.i - 1] if sign.left_edge.i > 0 else None
    if before is not None and before.lower_ in L.PERCENT_CHANGE_PARTICLES and before.dep_ == "advmod" and before.head.i == head.i \
            and sign.dep_ in ("attr", "dobj", "npadvmod"):
        return before
    return None


def _plural_subject_tagged_a_verb(noun: Token) -> bool:
    """'arrivals from the two ports had dropped by 30%': a plural noun the tagger took for a verb
    ('arrivals' as VBZ) that the parse still makes a subject, with nothing of a verb's own (no
    subject, object or auxiliary: a 'that' right before it is the clause's opening word, which the
    parser then takes for the verb's subject), is the noun."""
    return noun.tag_ == "VBZ" and noun.dep_ in ("nsubj", "nsubjpass") and noun.lower_.endswith("s") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp")
                    and not (c.lower_ == "that" and c.i == noun.i - 1) for c in child_tokens(noun))


def _what_changed(subjects: list[Token]) -> Token | None:
    """The one subject of a verb of change, unless it is a source telling of the change
    (`_a_source_as_subject`); none of several."""
    return subjects[0] if len(subjects) == 1 and not _a_source_as_subject(subjects[0]) else None


def _a_source_as_subject(noun: Token) -> bool:
    """'Figures rose', 'the data fell 3%': a source noun (SOURCE_NOUNS) as the subject of a change
    tells of the change, is not what changed; a named market index is what changed ('the QX index
    rose 2%'), as is a document that names the amount it sets ('the appraisal fell 8%': `ASSESSING_NOUNS`)."""
    return noun.lower_ in L.SOURCE_NOUNS and noun.lower_ not in L.ASSESSING_NOUNS and not _names_a_market_index(noun)


def _names_a_market_index(noun: Token) -> bool:
    """'the benchmark QX Index ended up 0.4%', 'the DFM general index closed 1% higher': a
    market index (INDEX_NOUNS) is a measure that changes, though its name reads to the
    recogniser as a firm's or a person's; the name before the noun is the index's. Not an index
    of an 'of' phrase ('the World Bank index of food prices': a body's index of a measure)."""
    return noun.lower_ in L.INDEX_NOUNS and noun.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ in ("compound", "amod", "nmod") for c in noun.lefts) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights)


def _undergoer_of_change(change: Token) -> Token | None:
    """'Bus fares will see a rise of 9%', 'revenue recorded an increase of 6%': the subject of a
    verb of undergoing (CHANGE_UNDERGOING_VERBS) whose object is the change is what changed,
    where it names an amount (_names_an_amount); not people, a body or things counted ('tenants
    saw a rise of 6%', 'the brewery recorded a rise of 8%', 'villages saw a fall of 7%': in
    what)."""
    verb = change.head
    if change.dep_ != "dobj" or verb.lemma_.lower() not in L.CHANGE_UNDERGOING_VERBS:
        return None
    subjects = [c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    noun = subjects[0]
    if _names_a_party(noun):
        return None
    return noun if _names_an_amount(noun) else None


def _change_set_off(change: Token) -> Token | None:
    """'had risen to 52,000 last year, an increase of 3.1%', 'would reach about $400,000, an
    increase of 20%', 'attracted deposits of $5bn, a rise of 14%': a noun of change set off by a
    comma after a clause that gives an amount is the change in what that clause measures, read
    as a change told by 'up' after it is (_told_changed); the verb is the one the noun hangs on,
    or the one whose object or 'to'/'at' phrase is the amount the noun is in apposition to."""
    doc = change.doc
    direction = L.PERCENT_CHANGE_VERBS.get(change.lemma_.lower())
    if direction is None or change.left_edge.i == 0 or doc[change.left_edge.i - 1].text not in L.CUE_SETTING_PUNCT:
        return None
    head = change.head
    if change.dep_ == "appos" and (head.like_num or head.pos_ == "NUM"):
        if head.dep_ == "pobj" and head.head.lower_ in L.VALUE_PREPOSITIONS:
            verb = head.head.head
        elif head.dep_ in ("dobj", "attr"):
            verb = head.head
        else:
            return None
    elif change.dep_ == "appos" and head.pos_ == "NOUN" and _an_amount_of_its_own(head):
        verb = head                                 # "revenue of $412m, a rise of 14%": the noun an amount is of
    elif change.dep_ == "appos" and head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass") \
            and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head                            # put beside the subject
    elif change.dep_ == "appos":
        verb = _verb_above(head, _SET_OFF_CLAUSE_STEPS)   # "rose from $2m to $3m, an increase of 50%"
        if verb.pos_ not in ("VERB", "AUX"):
            return None
    elif change.dep_ in ("npadvmod", "dobj") and head.pos_ == "VERB" and head.i < change.i:
        verb = head
    else:
        return None
    if not any(t.like_num for t in doc[verb.i + 1:change.left_edge.i]):
        return None                               # no amount given before the change
    noun = _told_changed(change, direction, verb)
    if noun is None or _names_a_party(noun) or noun.pos_ == "PRON":
        return None                               # "donors gave $1.2m, an increase of 11%", "It rose …": in what
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i and not _measures_its_subject(verb):
        return None                               # "the council charged residents $900, a rise of 4%"
    return noun


# How many heads above a noun a change set off after its clause hangs on ('rose from $2m to $3m, an
# increase of 50%': on the amount reached) its clause's verb is looked for (`_verb_above`).
_SET_OFF_CLAUSE_STEPS = 5


def _count_stating_verb_above(word: Token) -> Token | None:
    """The verb of the clause `word` is a phrase of (`_verb_above`) where it states a count
    (COUNT_STATING_VERBS: 'logged 640 thefts since May 3') or counts its passive subject ('640
    thefts were logged in May'); not an act whose change may be of something else ('hired 300
    spinners in May, an increase of 5%': the staff, or the hiring)."""
    verb = word.head if word.dep_ == "nsubjpass" else _verb_above(word, _SET_OFF_CLAUSE_STEPS)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in L.COUNT_STATING_VERBS \
            and not any(c.dep_ == "nsubjpass" for c in child_tokens(verb)):
        return None
    return verb


def _an_amount_of_its_own(noun: Token) -> bool:
    """'revenue of $412m', 'deposits of $5bn': a noun whose 'of' phrase gives an amount in digits."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(ch.isdigit() for t in c.subtree for ch in t.text)
               for c in child_tokens(noun))


def _change_noun_of_a_stated_count(change: Token) -> str | None:
    """'recorded 2.1 million visits last year, an increase of 9%': a noun of change set off by a
    comma after a clause that states one count is the change of that count (`_stated_count`),
    named with the act it is of (`_count_named_with_its_act`), as 'up 9%' set off is; 'a 9%
    increase' set beside the count is read from the count's verb. None where the change is graded
    or compared with something that is no earlier time or level ('an increase of 7% on its target',
    'over a rival': `_change_against_another`, the guard of 'up 9%')."""
    doc = change.doc
    direction = L.PERCENT_CHANGE_VERBS.get(change.lemma_.lower())
    verb = change.head
    sign = next((o for p in child_tokens(change) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in child_tokens(p) if o.dep_ == "pobj"), change)
    if change.dep_ == "appos" and verb.dep_ in ("dobj", "nsubjpass") and _counted_by_a_number(verb) \
            and (sign is change or _count_stating_verb_above(verb) is not None):
        verb = verb.head                          # "recorded 41,000 admissions, a 7% increase"; "an increase of 7%"
    elif change.dep_ == "appos" and verb.pos_ not in ("VERB", "AUX"):
        verb = _count_stating_verb_above(verb) or verb  # "logged 640 thefts since May 3, an increase of 12%"
    if direction is None or change.left_edge.i == 0 or doc[change.left_edge.i - 1].text not in L.CUE_SETTING_PUNCT \
            or change.dep_ not in ("appos", "dobj", "npadvmod") or verb.pos_ != "VERB" or verb.i > change.i \
            or _change_against_another(change, sign):
        return None
    noun = _stated_count(verb, doc[change.left_edge.i - 1])      # the clause before the comma
    if noun is None:
        return None
    return _count_named_with_its_act(noun, verb, _change_in_named(noun, direction, False, _written_as_common_noun(noun)))


def _measures_its_subject(verb: Token) -> bool:
    """'costs would reach $400,000', 'the total had risen to 52,000', 'losses averaged $2m': a
    verb whose amount is its own subject's (a verb of change, of level, or SELF_MEASURING_VERBS),
    not what its subject charges, fines or gives."""
    lemma = verb.lemma_.lower()
    return lemma in L.PERCENT_CHANGE_VERBS or lemma in L.LEVEL_LINKING_VERBS or lemma in L.LEVEL_OBJECT_VERBS \
        or lemma in L.SELF_MEASURING_VERBS


def _names_a_body(noun: Token) -> bool:
    """'the party was 10% lower in the polls', 'the company closed 3% higher': a body or a firm
    (ORG_HEADS, FIRM_KIND_NOUNS) changes by no percentage of its own; its shares, its poll rating
    or its sales do, which the sentence leaves unsaid."""
    lemma = noun.lemma_.lower()
    return lemma in L.ORG_HEADS or lemma in L.FIRM_KIND_NOUNS


def _names_a_party(noun: Token) -> bool:
    """A noun that names people, a body, a firm or a source ('donors', 'the council', 'the
    court'), which does things with amounts rather than being one."""
    lemma = noun.lemma_.lower()
    if _names_an_amount(noun):
        return False                      # 'the number', 'the total': an '-er' that is no agent
    return _names_people(noun) or _names_a_body(noun) or lemma in L.SOURCE_NOUNS \
        or noun.ent_type_ in NAME_ENTITY_TYPES


def _level_measure_noun(noun: Token) -> bool:
    """'fee collection', 'its growth forecast', 'his approval rating': a noun of a measure
    (LEVEL_MEASURE_NOUNS) or an estimate (ESTIMATE_NOUNS) that falls or is brought to a
    percentage as its level, though it names no rate."""
    lemma = noun.lemma_.lower()
    return lemma in L.LEVEL_MEASURE_NOUNS or lemma in L.ESTIMATE_NOUNS


def _measured_antecedent(noun: Token) -> Token:
    """The noun a relative clause that gives a level stands for: the one the parser hung it on, or,
    where that is a name or a noun no percentage measures inside the phrase of one that is ('the
    farm sector's contribution to output, which stands at 4.1%', 'inflation in Peru, which stands at
    60%'), that measured noun; a place or a name stands at no level."""
    if _rate_noun(noun) or _measure_nominal(noun) or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    measured = noun.head.head
    return measured if measured.pos_ == "NOUN" and (_rate_noun(measured) or _measure_nominal(measured)) else noun


def _recipient_of_a_nominal(noun: Token) -> str:
    """' to output', ' on shipments': the 'to' or 'on' phrase that says what a measured abstract noun is of
    ('contribution to output', 'an incentive of 12% on shipments'), where it is a plain noun phrase
    (words that name, no clause, no comma); else ''."""
    amounts = [o for c in child_tokens(noun) if c.dep_ == "prep" and c.lower_ == "of"
               for o in child_tokens(c) if o.dep_ == "pobj"]      # the parser may hang it on the amount
    prep = next((c for n in (noun, *amounts) for c in child_tokens(n) if c.dep_ == "prep"
                 and c.lower_ in L.NOMINAL_RECIPIENT_PREPOSITIONS and c.i > noun.i), None)
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return ""
    words = noun.doc[prep.i + 1:obj.i + 1]
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in words):
        return ""
    return f" {prep.lower_} {words.text}"


def _measure_nominal(noun: Token) -> bool:
    """'contribution', 'allowance', 'efficiency', 'incentive': a common noun written in lower case
    with an ending of an abstract noun made from a verb or adjective (MEASURE_NOMINAL_SUFFIXES),
    the class of nouns naming a quantity; one that stands at a percentage or has one as its 'of'
    phrase is measured by it. Not a noun of a body, a people or a place (NON_MEASURE_NOMINALS,
    ORGANISATION_NOUNS, PEOPLE_COLLECTIVES, PERSON_NOUNS), nor a change (read by `_changed_measure`)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and noun.text.islower() and lemma.endswith(L.MEASURE_NOMINAL_SUFFIXES) \
        and lemma not in L.NON_MEASURE_NOMINALS and lemma not in L.ORGANISATION_NOUNS and lemma not in L.PEOPLE_COLLECTIVES \
        and lemma not in L.PERSON_NOUNS and lemma not in L.PERCENT_CHANGE_NOUNS


def _rate_noun(noun: Token) -> bool:
    """A noun that names a rate a percentage measures ('turnout', 'rates'; RATE_NOUNS)."""
    return noun.lower_ in L.RATE_NOUNS or noun.lemma_.lower() in L.RATE_NOUNS


def _rate_or_measure_noun(noun: Token) -> bool:
    """A noun that names a rate ('turnout', 'rates') or a measure of something ('level', 'cost')."""
    return _rate_noun(noun) or noun.lemma_.lower() in L.MEASURE_HEAD_NOUNS


def _names_an_amount(noun: Token) -> bool:
    """A noun whose value is an amount or a measure ('fares', 'output', 'the rate'), not a count
    of things or people ('villages', 'farms')."""
    return _rate_or_measure_noun(noun) or noun.lemma_.lower() in L.MEASURED_NOUNS or noun.lower_ in L.MEASURED_NOUNS


def _paced_change(pace: Token) -> bool:
    """'exports grew at a pace of 2%', 'prices rose at an annual rate of 4%': a pace noun (not a
    compound one: 'at an interest rate of 4.5%') after 'at' on a verb of change with no object of
    its own ('increased its lending at a rate of 4%': the rate is no change in the lending)."""
    at, verb = pace.head, pace.head.head
    return pace.lemma_.lower() in L.PERCENT_PACE_NOUNS and at.lower_ == "at" \
        and verb.lemma_.lower() in L.PERCENT_CHANGE_VERBS \
        and not any(c.dep_ in ("compound", "nmod") for c in child_tokens(pace)) \
        and not any(c.dep_ in ("dobj", "obj") for c in child_tokens(verb))


def _percent_place(last: Token) -> Token:
    """The token that holds a percentage's place in the sentence: the sign the number hangs on
    ('%', 'cent'); where the parser hung the number elsewhere ('a 7 per cent pay rise': on 'rise';
    '15-20%', 'between 40 and 70 percent': on the low end), the last percentage word, when the
    parser hangs it outside the amount, else the number ('Turnout was 81 per cent': 'per cent'
    hung on '81'); a sign the parser made a compound of a period after it ('by 12 per cent
    year-on-year') by that period word."""
    sign = _percent_sign_of(last)
    end = _after_percent_words(last) - 1
    while end > last.i and last.doc[end].lower_ not in L.PERCENT_END_WORDS:
        end -= 1                                  # "7 per cent per Bloomberg data": not the second 'per'
    if sign is last and end > last.i and not (last.left_edge.i <= last.doc[end].head.i <= end):
        sign = last.doc[end]
    if sign.dep_ in ("compound", "nummod") and sign.head.i == end + 1 and sign.head.lower_ in L.PERIOD_AFTER_PERCENT_NOUNS:
        sign = sign.head
    return _low_end_of_a_range(sign)


def _low_end_of_a_range(sign: Token) -> Token:
    """'climbed by between 6 and 9 per cent', 'rose between 8 and 12%': where the parser makes
    a range's high end (or the sign after it) a conjunct of the low end, the range holds the low
    end's place in the sentence (the object of 'by', of 'between', of the verb); only across the
    range's own words (numbers, percentage words, 'and', 'to', a dash), not another amount joined
    by 'and' after words of its own ('5% in May and 7% in June')."""
    doc = sign.doc
    while sign.dep_ == "conj" and sign.head.i < sign.i and (sign.head.like_num or sign.head.pos_ == "NUM") \
            and all(t.like_num or t.lower_ in L.PERCENT_WORDS or t.dep_ == "cc" or t.text in L.HYPHEN_OR_EN_DASH
                    for t in doc[sign.head.i + 1:sign.i]):
        sign = sign.head
    return sign


def _told_changed(word: Token, direction: str | None = None, verb: Token | None = None) -> Token | None:
    """What changed by a percentage told by 'up', 'down', 'higher' or 'lower' after a verb
    (`word`): the verb's subject ('Shares of the bank closed 3% higher', 'Exports totalled $3bn,
    up 9%', 'The stock closed at 41 cents, down 19%'), or, where the verb reports an amount of
    a noun ('reported revenue of $412m, up 14%'), that noun. A verb with no subject of its own
    that is joined to another or follows 'before'/'after' ('rose 6% before closing 4% higher')
    takes that one's subject. None for a verb with another object ('cut jobs, down 5%'). A noun
    of change set off the same way passes its `direction` and the `verb` it restates
    (_change_set_off)."""
    told = direction or L.PERCENT_CHANGE_ADVERBS[word.lower_]
    opening = word.left_edge if direction else word
    verb = verb if verb is not None else _verb_of_the_level(word.head)
    if verb.pos_ == "NOUN":                       # "sales of £90mn, up 4%": 'up' hung on the noun
        objects = [verb] if word.i > verb.i else []
        verb = verb.head
    else:
        if L.PERCENT_CHANGE_VERBS.get(verb.lemma_.lower(), told) != told \
                or verb.dep_ in ("advcl", "relcl") and opening.i > 0 and word.doc[opening.i - 1].text == ",":
            return None                           # "prices jumped after output fell, up 6%": the other clause's change
        objects = [c for c in child_tokens(verb) if c.dep_ in ("dobj", "attr") and c.i < word.i
                   and not _trading_period_closed(verb, c)]
    if objects:
        obj = objects[0]
        of = next((c for c in child_tokens(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if obj.pos_ == "NOUN" and of is not None and any(c.isdigit() for t in of.subtree for c in t.text):
            return obj                        # "revenue of $412 million, up 14%"
        if not (obj.like_num or obj.pos_ == "NUM" or _CURRENCY_MARK_ANY_CASE.match(obj.left_edge.text)
                or obj.lower_ in _SCALE_FACTORS and any(c.dep_ == "nummod" for c in child_tokens(obj))
                or obj.lower_ in _MEASURES and any(c.dep_ == "nummod" for c in child_tokens(obj))):
            return None                       # another object: not what the percentage changed
            # ("reached 415,000 tonnes, an increase of 7%": an amount in a unit of measure is one)
    if not (_measures_its_subject(verb) or verb.lemma_.lower() in L.MARKET_CLOSE_VERBS):
        return None                           # "officers answered 94 calls, up 23%", "set aside $3m, up 4%": not the doer's
    owner = verb
    for _ in range(2):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in child_tokens(owner)):
            break
        if owner.dep_ in ("conj", "xcomp") or owner.dep_ == "pcomp" and owner.head.lower_ in L.TIME_ORDER_PREPOSITIONS:
            owner = owner.head if owner.dep_ in ("conj", "xcomp") else owner.head.head   # "is forecast to reach £2m"
    subjects = [c for c in child_tokens(owner) if c.dep_ in ("nsubj", "nsubjpass")]
    return _what_changed(subjects)


def _verb_of_the_level(word: Token) -> Token:
    """'the budget stands at $19bn, up 31%': where the parser hangs the 'up' on the amount a verb
    of level reaches ('at'/'to' $19bn), the verb; 'spending is expected to reach £4m, up 9%': where
    it hangs it on a verb that only frames a verb measuring its subject (its 'to' clause), that
    one; else `word` itself."""
    if (word.like_num or word.pos_ == "NUM") and word.dep_ == "pobj" and word.head.lower_ in L.VALUE_PREPOSITIONS \
            and word.head.head.pos_ in ("VERB", "AUX"):
        return word.head.head
    if word.pos_ == "VERB" and not _measures_its_subject(word) \
            and not any(c.dep_ in ("dobj", "attr") for c in child_tokens(word)):
        framed = [c for c in child_tokens(word) if c.dep_ == "xcomp" and _measures_its_subject(c)]
        if len(framed) == 1:
            return framed[0]
    return word


def _trading_period_closed(verb: Token, obj: Token) -> bool:
    """'the index ended the session up 0.4%', 'shares closed the week 3% lower': the period a
    market verb (MARKET_CLOSE_VERBS) closes is when, not what changed."""
    return verb.lemma_.lower() in L.MARKET_CLOSE_VERBS and obj.lemma_.lower() in L.TRADING_PERIOD_NOUNS


# Bounds a level is reached past ('above', 'below'), which right on a noun bound what it measures
# ('a protein content above 11%'): united once, not per call.
_NOUN_BOUND_PREPOSITIONS = frozenset(L.LEVEL_BOUND_PREPOSITIONS & L.REACHED_LEVEL_PREPOSITIONS)


def _measured_level(last: Token) -> str | None:
    """'an operating margin of 9.4 per cent', 'a premium of 31% to the close', 'the occupancy rate
    was 58%': a percentage that is the 'of' phrase of a noun, or the complement of 'be' after a
    noun, is the level of what the noun names ('% operating margin'), where the noun is one a
    percentage measures (RATE_NOUNS: not 'the favourite was 30%', 'our view is 5%'). Not a change
    ('a rise of 5%': what rose is not named), a bare measure or estimate word ('a rate of 5%', 'the
    share was 5%', 'its target of 5%'), a noun itself in a phrase ('the share of pupils of 30%':
    of pupils, not '% pupils'), a pronoun or a name. Also the level a percentage before such a noun
    gives it ('a 9.4% stake', 'an 18pc sales tax': '% sales tax'), the level 'at' which a verb
    puts its object ('the bureau put inflation at 4.4%', 'inflation, which Stats SA put at
    4.4%': of the noun 'which' stands for), the level reached 'to' by the subject of a verb of
    change ('inflation fell to 4.2%'; also a measure, an estimate or a rating that is no rate:
    'fee collection slipped to 41%', `_level_measure_noun`; not a thing that holds the share:
    'the reservoir dropped to 38%'), the level a verb takes its object 'to' ('pushing the group's loss
    to 22%': `_brings_to_a_level`) and a bound after 'be' ('coverage is below 60%')."""
    sign = _percent_place(last)
    head = sign.head
    doc = sign.doc
    named, reached = None, False
    moved = _level_move(head) if sign.dep_ == "pobj" and head.lower_ in L.LEVEL_MOVING_PREPOSITIONS else None
    if sign.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep" and head.head.i < head.i:
        noun = head.head
        if noun.dep_ == "pobj" and noun.lemma_.lower() in L.BENCHMARK_NOUNS and not _rate_noun(noun):
            return None                             # "above the regional average of 88%": set against another (_benchmark_compared)
        if noun.dep_ == "pobj" and not _rate_in_an_adverbial(noun):
            noun, named = _rate_on_a_base(noun)
            if noun is None:
                return None
        reached = _measure_nominal(noun)            # "a contribution of 4.1%", "an export incentive of 12%"
    elif sign.dep_ == "attr" and head.lemma_ == "be" \
            or sign.dep_ == "dobj" and head.lemma_.lower() in L.LEVEL_OBJECT_VERBS \
            or sign.dep_ == "pobj" and head.lower_ in L.LEVEL_BOUND_PREPOSITIONS \
            and head.head.lemma_.lower() in L.LEVEL_LINKING_VERBS:
        # "turnout was 41%", "losses averaged 2.4%", "water losses stand at 31%"
        verb = head if sign.dep_ in ("attr", "dobj") else head.head
        noun = _nominal_subject(verb)
        if noun is not None and noun.lower_ in L.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            noun = _measured_antecedent(verb.head)  # "the farm sector's contribution to output, which stands at 4.1%"
        if noun is None or noun.i > sign.i:
            return None
        reached = verb.lemma_ in L.MEASURE_NOMINAL_LEVEL_VERBS and _measure_nominal(noun)   # "the contribution stands at 4.1%"
    elif sign.dep_ in ("compound", "amod", "nmod", "nummod") and head.pos_ == "NOUN" and head.i > sign.i:
        noun = head                                 # "a 9.4% stake", "an 18pc sales tax"
        words = doc[sign.i + 1:noun.i + 1]
        if any(t.pos_ not in ("ADJ", "NOUN", "PROPN") and t.text != "-" or t.ent_type_ in ("DATE", "TIME")
               for t in words):
            return None
        named = words.text
    elif sign.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_.lower() in L.LEVEL_SETTING_VERBS \
            or sign.dep_ == "npadvmod" and head.lemma_.lower() in L.LEVEL_SETTING_VERBS \
            and any(c.lower_ == "at" and c.i < sign.i and not child_tokens(c) for c in child_tokens(head)):
        # "put inflation at 4.4%", "which Stats SA put at 4.4%" (or with 'at' left empty, the
        # amount hung on the verb)
        verb = head.head if sign.dep_ == "pobj" else head
        if sum(c.lower_ == "at" for c in child_tokens(verb)) > 1 or any(c.dep_ == "conj" for c in child_tokens(verb)):
            return None                             # "put inflation at 4% and unemployment at 7%": whose level is whose
        noun = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None)
        if noun is not None and noun.lower_ in L.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            noun = verb.head
        if noun is None or noun.i > sign.i:
            return None
    elif sign.dep_ == "pobj" and head.lower_ in _NOUN_BOUND_PREPOSITIONS \
            and head.head.pos_ == "NOUN" and head.head.i == head.i - 1:
        # "barley with a protein content above 11%", "with approval above 55% in a survey": a
        # bound right on a noun bounds the level of what the noun measures (the test below: a
        # measure); not one after the noun's own phrase ('shares of firms above 5%')
        noun = head.head
        reached = _level_measure_noun(noun)
    elif moved is not None and (objects := _objects_before(*moved)):
        # "raised its stake to 30% from 25%": both levels of the stake
        if len(objects) != 1:
            return None
        noun = objects[0]
        reached = _level_measure_noun(noun)
    elif sign.dep_ == "pobj" and head.lower_ in L.REACHED_LEVEL_PREPOSITIONS \
            and head.head.lemma_.lower() in L.PERCENT_CHANGE_VERBS or moved is not None:
        verb = moved[0] if moved is not None else head.head
        subjects = [c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return None
        noun = subjects[0]                          # "inflation fell to 4.2%": the level of inflation
        reached = _level_measure_noun(noun)         # "fee collection slipped to 41%", not "the reservoir"
    elif sign.dep_ == "pobj" and head.lower_ == "to" and _brings_to_a_level(head.head):
        objects = _objects_before(head.head, head)
        if len(objects) != 1:
            return None
        noun = objects[0]                           # "pushing the group's loss to 22%": the level of the loss
        reached = _level_measure_noun(noun)
    else:
        return None
    capitalised = _common_noun_opening(noun)
    if noun.pos_ != "NOUN" and not capitalised or noun.lemma_.lower() in L.PERCENT_CHANGE_NOUNS \
            or not (_rate_noun(noun) or reached or _measure_named_by_a_noun(noun)) \
            or noun.ent_type_ in ("PERSON", "ORG", "GPE", "DATE", "TIME") and not capitalised \
            or any(c.dep_ in ("nummod", "conj") and not (c.i == last.i and sign.i > last.i) for c in child_tokens(noun)):
        return None                       # "the favourite was 30%", "our view is 5%": no rate; the number itself
                                          # may hang on the noun ('a 30 per cent tariff': 30 on 'tariff')
    if noun.lemma_.lower() in L.PERCENT_OF_WHOLE_NOUNS and named is None \
            and any(c.dep_ == "prep" and c.lower_ == "of" and c.i != head.i for c in child_tokens(noun)):
        # the share's own 'of' phrase of the percentage ('an export share of 40%') names no whole
        whole = _of_complement(noun)      # "coal's share of the energy mix fell to 17%": '% of energy mix'
        return f"% of {whole}" if whole and not _whole_named_apart(noun) else None
    phrase = named or _named_measure(noun)
    if phrase is not None and named is None and not _rate_noun(noun) and _measure_nominal(noun):
        phrase += _recipient_of_a_nominal(noun)     # "% contribution to output"
    if phrase is None or " " not in phrase and (noun.lemma_.lower() in L.MEASURE_HEAD_NOUNS
                                                or noun.lower_ in L.ESTIMATE_NOUNS or noun.lower_ in L.OFFER_NOUNS):
        return None                       # "a rate of 5%", "the bank's target of 5%": rate or target of what
    return f"% {phrase[:1].lower() + phrase[1:] if capitalised else phrase}"


def _measure_named_by_a_noun(noun: Token) -> bool:
    """'dissolved oxygen levels of less than 10%', 'the poverty level is 12%', 'a protein content
    above 11%': a level noun (NAMED_LEVEL_NOUNS; not 'figure', 'number', 'total', 'average') that
    names nothing alone ('a level of 10%') names what a percentage measures with a compound before
    it that says of what; not one that describes the level ('record levels', 'crisis levels',
    LEVEL_DESCRIBING_NOUNS) or names who gives it (a name, 'police levels'). An adjective names no
    measure ('high levels', 'the previous average', 'the grand total')."""
    if noun.lemma_.lower() not in L.NAMED_LEVEL_NOUNS:
        return False
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    return bool(compounds) and all(_says_of_what_a_level_is(c) for c in compounds)


def _says_of_what_a_level_is(compound: Token) -> bool:
    """A compound before a level noun that says of what it is ('poverty level', 'protein content';
    a common noun, or a noun of substance the tagger calls an adjective): not a time, a name, or a
    noun of who gives or describes the level ('police levels', 'record levels')."""
    return compound.ent_type_ not in ("DATE", "TIME", "ORG", "PERSON", "GPE", "NORP") \
        and compound.pos_ in ("NOUN", "ADJ") and compound.lower_ not in L.LEVEL_DESCRIBING_NOUNS \
        and compound.lemma_.lower() not in L.LEVEL_DESCRIBING_NOUNS


def _moves_between_levels(verb: Token) -> bool:
    """'margin improved to 31% from 26%', 'inflation eased to 3.1% from 4.4%', 'lifts the duty from
    8% to 12%': a verb with both a 'from' and a 'to' phrase of a percentage moves something from one
    level to the other, whatever the verb; both percentages are levels of it: of the verb's object
    where it has one ('raised its stake to 30% from 25%', 'cut the cap to 8% from 10%'), else of its
    subject. In the from-to order the parser may hang 'to' on 'from' (as `_level_verb` knows)."""
    ends = {end for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ in L.LEVEL_MOVING_PREPOSITIONS
            for end in _level_ends(c)}
    return ends == L.LEVEL_MOVING_PREPOSITIONS


def _level_ends(prep: Token) -> set[str]:
    """The ends of a move between levels a 'from' or 'to' phrase of a percentage gives: its own,
    and for 'from' the 'to' the parser hangs on it ('from 8% to 12%') or reads into its number as
    one amount ('from 8 to 12 percent': '8 to' made modifiers of '12'); none for another object."""
    percent = next((o for o in child_tokens(prep) if o.dep_ == "pobj"
                    and (o.lower_ in L.PERCENT_WORDS or o.ent_type_ == "PERCENT")), None)
    if percent is None:
        return set()
    ends = {prep.lower_}
    if prep.lower_ == "from" and (
            any(c.dep_ == "prep" and c.lower_ == "to" and _level_ends(c) for c in child_tokens(prep))
            or any(q.dep_ == "quantmod" and q.lower_ == "to" for n in child_tokens(percent) for q in child_tokens(n))):
        ends.add("to")
    return ends


def _level_move(prep: Token) -> tuple[Token, Token] | None:
    """The verb that moves something between the levels the 'from' or 'to' phrase `prep` is one
    end of, with the phrase hung on the verb's side: the verb itself ('raised it to 12% from 8%'),
    the 'from' a 'to' hangs on ('from 8% to 12%'), or a 'from' the parser hung on the verb's object
    or a noun inside it ('lifts the duty on imported cars from 8 to 12 percent': the duty moves);
    else None."""
    if prep.lower_ == "to" and prep.head.dep_ == "prep" and prep.head.lower_ == "from":
        prep = prep.head
    anchor = prep.head
    if anchor.pos_ in ("VERB", "AUX"):
        return (anchor, prep) if _moves_between_levels(anchor) else None
    if prep.lower_ != "from" or _level_ends(prep) != L.LEVEL_MOVING_PREPOSITIONS:
        return None
    for _ in range(5):                    # up from the noun to the verb whose object phrase it is in
        if anchor.dep_ not in ("dobj", "pobj", "prep") or anchor.head.i == anchor.i:
            return None
        anchor = anchor.head
        if anchor.pos_ == "VERB":
            moving = any(c.dep_ == "prep" and c.lower_ in L.LEVEL_MOVING_PREPOSITIONS for c in child_tokens(anchor))
            return (anchor, prep) if not moving and _objects_before(anchor, prep) else None
    return None


def _objects_before(verb: Token, prep: Token) -> list[Token]:
    """The direct objects of the verb before its preposition ('raised [its stake] to 30%')."""
    return [c for c in child_tokens(verb) if c.dep_ == "dobj" and c.i < prep.i]


# Nouns that name a measure, an aim or a range without naming what it is of ('a 2% target').
_BARE_MEASURE_NOUNS = frozenset(L.MEASURE_HEAD_NOUNS | L.ESTIMATE_NOUNS | L.OFFER_NOUNS | L.RANGE_NOUNS)


def _measure_written_after(first: Token, last: Token) -> str | None:
    """'a further 20 per cent cut in phosphate runoff', 'the 10 per cent upper band', 'two per
    cent yearly increases in core grants': a percentage written right before a noun phrase
    measures what that phrase names ('% upper band'), read from the words, as the parser often
    hangs 'per cent' apart from the noun (or tags a change noun after it as a verb where an
    article or an adjective shows it is none: 'a 20 per cent cut', '2.5 per cent yearly raises').
    A change noun names what changed by its 'in' phrase ('% cut in phosphate runoff', a period
    adjective kept: '% yearly increase in core grants') or by the words before it
    (`_named_change`); a bare one names nothing ('a 12% increase'), nor does a bare measure, aim
    or range noun ('a 2% target', 'a 6% to 7.5% band'). Not a percentage that is its clause's
    subject ('40% back the plan'), a noun whose verb follows it ('the 95% experts say is
    needed', 'the 4 per cent economists had expected'), points, nor a comparative that a 'than'
    follows or no determiner opens ('20% higher prices than'); nor, as the share of a whole
    written with no 'of' (`_share_written_without_of`), plural things, people or a part ('25 per
    cent people', '40 per cent votes', 'cut 10 per cent staff', 'a 12 per cent chunk of it')."""
    doc, end = last.doc, _after_percent_words(last)
    words = doc[last.i + 1:end]
    if not words or words[-1].lower_ not in L.PERCENT_END_WORDS or _percent_place(last).dep_ in ("nsubj", "nsubjpass"):
        return None                                   # "9% per annum", "2 percentage points"
    determined = any(t.lower_ in L.ARTICLES for t in doc[max(0, first.i - 2):first.i])
    head = _noun_after_percent_words(doc, end, determined)
    if head is None or _hung_apart(head, first, last, end) or _subject_of_the_next_word(head) \
            or _heads_a_clause(head) or _comparative_left_open(head, last, end, determined):
        return None
    if head.lemma_.lower() not in L.PERCENT_CHANGE_NOUNS:
        if head.i == end and head.lemma_.lower() in _BARE_MEASURE_NOUNS:
            return None                               # "a 2% target", "our 6% to 7.5% band": of what
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i or _share_written_without_of(head):
            return None                               # "the 4 per cent economists had expected", "40 per cent votes"
        return f"% {doc[end:head.i + 1].text}"
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    noun = _phrase_noun(doc, head.i + 2) if after is not None and after.lower_ == "in" else None
    if noun is None or noun.ent_type_ in ("DATE", "TIME") or noun.pos_ != "NOUN":
        return _named_change(head, end) or _change_named_alone(head)
    if _subject_of_a_later_verb(noun, head):
        return None                                   # "the 10% cut in rations officials say is needed"
    phrase = _noun_phrase(noun, adjectives=True)
    if phrase and _gerund_of_a_noun(noun):
        phrase += f" {doc[noun.i + 1].text}"          # "a 20 per cent cut in soil testing"
    before = "".join(f"{t.lower_} " for t in doc[end:head.i])
    return f"% {before}{head.lemma_.lower()} in {phrase}" if phrase else None


def _noun_after_percent_words(doc: Doc, end: int, determined: bool) -> Token | None:
    """The head noun of the phrase from `end` (right after a percentage's words) on, up to five
    words: the first change noun (PERCENT_CHANGE_NOUNS; one tagged as a verb where an article
    before the number, `determined`, or an adjective shows it is none), else the last of the
    nouns, past adjectives, joining hyphens and rate adjectives; None where no noun follows."""
    head, i = None, end
    while i < len(doc) and i - end < 5:
        t = doc[i]
        if t.lemma_.lower() in L.PERCENT_CHANGE_NOUNS and (t.pos_ == "NOUN" or t.tag_ in ("VBN", "VBD", "VB", "VBZ") and (
                determined or any(w.pos_ == "ADJ" for w in doc[end:i]))):
            return t                                  # "a further 20 per cent cut", "1.5 per cent yearly raises": taken for verbs
        if t.text in L.HYPHENS and not t.whitespace_ or t.pos_ == "ADJ" and t.ent_type_ not in ("DATE", "TIME") \
                or t.lower_ in L.RATE_ADJECTIVES:
            i += 1
            continue
        if t.pos_ != "NOUN" or t.ent_type_ in ("DATE", "TIME") or t.like_num:
            break
        head = t
        i += 1
    return head


def _hung_apart(head: Token, first: Token, last: Token, end: int) -> bool:
    """A noun the parser hangs neither over the percentage (`first`..`last`) nor on its words
    (up to `end`): no phrase the percentage opens."""
    return head.pos_ == "NOUN" and not (head.left_edge.i <= last.i or first.i <= head.head.i < end)


def _subject_of_the_next_word(head: Token) -> bool:
    """'the 95% experts say': the noun is the subject of the verb right after it."""
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.i == head.i + 1


def _heads_a_clause(head: Token) -> bool:
    """The noun has an object, a subject, a clause or an auxiliary of its own: a verb's, no noun phrase's."""
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "aux") for c in child_tokens(head))


def _comparative_left_open(head: Token, last: Token, end: int, determined: bool) -> bool:
    """'20% higher prices than': a comparative before the noun that a 'than' follows in the
    sentence, or that no determiner before the number (`determined`) opens."""
    doc = head.doc
    return any(t.tag_ in ("JJR", "RBR") for t in doc[end:head.i]) \
        and (not determined or any(t.lower_ == "than" for t in doc[head.i + 1:last.sent.end]))


def _subject_of_a_later_verb(noun: Token, change: Token) -> bool:
    """'the 10 per cent cut in water rations officials say is needed': the last noun of a change's
    'in' phrase that a verb right after it takes as its subject (in the parse, or as the parser
    runs the subject into the phrase) opens a clause of its own, no part of what changed; not
    where that verb is the change noun's own ('a 6% increase in bus fares angered riders')."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i \
        or nxt is not None and nxt.tag_ in ("VBP", "VBZ", "VBD", "MD") and nxt.i != change.head.i


def _share_written_without_of(noun: Token) -> bool:
    """'Some 25 per cent people', 'won 40 per cent votes', 'cut 10 per cent staff', 'a 12 per cent
    chunk of the airline': a noun of things counted (a plural), of people, or of a part of a
    whole (PART_OF_WHOLE_NOUNS) right after a percentage is the whole it is a share of, the 'of'
    left out; it names no measure."""
    return noun.tag_ in L.PLURAL_NOUN_TAGS or _names_people(noun) or noun.lemma_.lower() in L.PART_OF_WHOLE_NOUNS


def _gerund_of_a_noun(noun: Token) -> bool:
    """'soil testing', 'water pumping': a gerund right after a singular noun, with no object or
    clause of its own, names an activity with that noun (the parser takes it for a verb)."""
    doc = noun.doc
    gerund = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return noun.tag_ == "NN" and gerund is not None and gerund.tag_ == "VBG" \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubj", "attr") for c in child_tokens(gerund))


def _brings_to_a_level(verb: Token) -> bool:
    """'raised its stake to 30%', 'pushing the group's loss to 22%': a verb that
    changes its object, or takes or brings it, to the level of a 'to' phrase."""
    lemma = verb.lemma_.lower()
    return lemma in L.PERCENT_CHANGING_VERBS or lemma in L.LEVEL_BRINGING_VERBS


def _rate_in_an_adverbial(noun: Token) -> bool:
    """'backed strikes on a turnout of 81%', 'the bonds sold with a coupon of 6%', 'just above
    the regional average of 88%', 'a town with a vaccination rate of 58%': a noun with its own 'of'
    phrase of a percentage, in a phrase on a verb, or on another noun by a preposition that names
    no whole the noun is part of ('with', 'above'), is itself what the percentage measures (where
    `_measured_level` finds it a measure); not a noun in an 'of' or whole-naming phrase on another
    noun ('the share of pupils of 30%', 'a cut in taxes of 5%': the share's, the cut's), nor in a
    phrase on a noun of change or of measure, whose percentage it may be."""
    prep = noun.head
    if prep.dep_ != "prep":
        return False
    owner = prep.head
    if owner.pos_ in ("VERB", "AUX"):
        return True
    return owner.pos_ in ("NOUN", "PROPN") and prep.lower_ != "of" and prep.lower_ not in L.SHARE_WHOLE_PREPOSITIONS \
        and owner.lemma_.lower() not in L.PERCENT_CHANGE_NOUNS and not _rate_or_measure_noun(owner)


def _whole_named_apart(share: Token) -> bool:
    """'the share of women in parliament', 'the share of graduates among recruits': an 'in',
    'among' or 'on' phrase on the share or its 'of' noun names the whole, and what the 'of' phrase
    names is the part."""
    of = next(c for c in child_tokens(share) if c.dep_ == "prep" and c.lower_ == "of")
    part = [share] + [c for c in child_tokens(of) if c.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ in L.SHARE_WHOLE_PREPOSITIONS for t in part for c in child_tokens(t))


def _rate_on_a_base(base: Token) -> tuple[Token | None, str | None]:
    """'a return on equity of 10.5%', 'tariffs on steel of 25%': the 'of' phrase hangs on the
    base the rate noun takes 'on'; the rate noun and its base name the measure ('% return on
    equity'). (None, None) for any other noun in a phrase ('the share of pupils of 30%')."""
    on = base.head
    rate = on.head
    if on.lower_ != "on" or on.dep_ != "prep" or rate.pos_ != "NOUN" or rate.i > on.i \
            or not _rate_noun(rate):
        return None, None
    measure, whole = _named_measure(rate), _noun_phrase(base, adjectives=True)
    return (rate, f"{measure} on {whole}") if measure and whole else (None, None)


def _common_noun_opening(noun: Token) -> bool:
    """'Turnout was 41%': a lone word that opens its sentence, whose capital the tagger and the
    entity recogniser may take for a person's name, where the lexicon lists it as a measure named
    by that word alone (OPENING_RATE_NOUNS); not one the recogniser takes for a firm's or a
    place's ('Target fell 5%')."""
    return noun.is_sent_start and noun.tag_ in ("NN", "NNS", "NNP") and not noun.is_upper \
        and noun.lower_ in L.OPENING_RATE_NOUNS and noun.ent_type_ not in ("ORG", "GPE") \
        and not any(c.dep_ == "compound" for c in child_tokens(noun))


def _named_change(change: Token, start: int) -> str | None:
    """'a 3.5% real wage increase', 'a 9% fare hike', 'a rates increase of 11.8%': a change noun
    with no 'in' phrase names what changed only by the words before it (from `start`: after the
    percentage, or its first modifier), or is a recurring change by the period adjective before it
    ('a 5.5% annual increase': a yearly raise, not a one-off; RATE_ADJECTIVES); without them ('a
    12% increase', 'a 9% second-half decline'), nothing is named."""
    words = change.doc[start:change.i]
    if not words or any(t.pos_ not in ("ADJ", "NOUN") and t.text != "-"
                        or t.ent_type_ in ("DATE", "TIME") and t.lower_ not in L.RATE_ADJECTIVES for t in words) \
            or not any(t.pos_ == "NOUN" or t.lower_ in L.RATE_ADJECTIVES for t in words):
        return None
    return f"% {change.doc[start:change.i + 1].text}"


def _change_named_alone(change: Token) -> str | None:
    """'raises of about 4 percent', 'a 12% increase', 'a rise of 27 per cent': a change noun the
    percentage measures, with no words that name what changed, is still what the sentence says
    the percentage is ('% raise', '% increase'): the writer's noun, not a bare '%'."""
    return f"% {change.lemma_.lower()}" if change.lemma_.lower() in L.PERCENT_CHANGE_NOUNS else None


def _stake_owned(last: Token) -> str | None:
    """'The mine is 70% owned by X', 'X Ltd, which is 65 per cent owned by a trader and 35 per cent
    by the State': a percentage by which a passive verb of owning (OWNING_VERBS) holds its subject
    is a stake in that subject ('% stake in X Ltd'), also one joined to the first owner with a 'by'
    of its own. The parser hangs the percentage on the participle, or the participle on it."""
    sign = _percent_place(last)
    owned = sign.head if sign.dep_ == "npadvmod" else \
        next((c for c in child_tokens(sign) if c.dep_ == "acl"), None) if sign.dep_ == "attr" else None
    if owned is None and sign.dep_ == "conj" and any(c.dep_ == "prep" and c.lower_ == "by" for c in child_tokens(sign)):
        first = sign.head                       # "... and 35 per cent by the State": as the first percentage,
        if first.lower_ not in L.PERCENT_WORDS:  # joined to it or to its owner
            owner_of = first.head.head if first.dep_ == "pobj" and first.head.dep_ == "agent" else None
            first = None if owner_of is None else owner_of.head if owner_of.dep_ == "acl" else \
                next((c for c in child_tokens(owner_of) if c.dep_ == "npadvmod"), None)
        return _stake_owned(first) if first is not None and first.lower_ in L.PERCENT_WORDS else None
    if owned is None or owned.tag_ != "VBN" or owned.lemma_.lower() not in L.OWNING_VERBS \
            or not any(c.dep_ == "agent" for c in child_tokens(owned)):
        return None
    clause = owned.head if owned.dep_ in ("acomp", "xcomp") else sign.head if sign.dep_ == "attr" else owned
    auxiliaries = [c for c in child_tokens(clause) if c.dep_ == "auxpass" and c.lemma_ == "be"]
    if clause.lemma_ != "be" and not auxiliaries:
        return None                                # "is 55% owned", with 'is' the verb or its auxiliary
    subject = next((c for t in (clause, *auxiliaries) for c in child_tokens(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (subject is None or subject.lower_ in L.RELATIVE_PRONOUNS) and clause.dep_ == "relcl":
        subject = clause.head                      # "X Ltd, which is 80% owned by ..."
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.conjuncts or subject.ent_type_ in ("GPE", "LOC", "NORP"):
        return None
    start = min((c.left_edge.i for c in subject.lefts if c.dep_ in ("compound", "amod", "nmod")), default=subject.i)
    whole = subject.doc[start:subject.i + 1].text if subject.pos_ == "PROPN" else _named_measure(subject)
    return f"% stake in {whole}" if whole else None


def _change_summed_by_a_verb(last: Token) -> str | None:
    """'pay rises totalling 6 percent', 'pay cuts amounting to 8%': a percentage that a verb of
    summing up (SELF_MEASURING_VERBS) hung on a change noun takes, as its object or after 'to',
    measures that change ('% raise', '% pay cut', '% cut in fares')."""
    sign = _percent_place(last)
    after_to = sign.dep_ == "pobj" and sign.head.lower_ == "to"
    verb = sign.head.head if after_to else sign.head
    if not (after_to or sign.dep_ == "dobj") or verb.dep_ != "acl" or verb.lemma_.lower() not in L.SELF_MEASURING_VERBS:
        return None
    change = verb.head
    if change.pos_ != "NOUN" or change.lemma_.lower() not in L.PERCENT_CHANGE_NOUNS:
        return None
    in_phrase = next((c for c in child_tokens(change) if c.dep_ == "prep" and c.lower_ == "in"), None)
    noun = next((c for c in child_tokens(in_phrase) if c.dep_ == "pobj"), None) if in_phrase is not None else None
    if noun is not None and noun.pos_ == "NOUN" and noun.ent_type_ not in ("DATE", "TIME"):
        phrase = _noun_phrase(noun, adjectives=True)
        return f"% {change.lemma_.lower()} in {phrase}" if phrase else None
    start = min((c.left_edge.i for c in change.lefts if c.dep_ in ("compound", "amod", "nmod")), default=change.i)
    return _named_change(change, start) or _change_named_alone(change)


def _named_measure(noun: Token) -> str | None:
    """The noun with the words before it that name it ('national palm oil stocks', 'fresh fruit
    bunch (FFB) production': modifiers and a bracketed short name the parser hangs on it), the
    sentence's capital taken off a common word ('Revenue' -> 'revenue')."""
    doc = noun.doc
    start = min((c.left_edge.i for c in noun.lefts if c.dep_ in ("nmod", "compound", "amod")), default=noun.i)
    end = _hyphenated_end(noun)           # "sensitive sub-catchments" split by the tokenizer: the whole word
    words = doc[start:end.i + 1]
    if all(t.pos_ in ("ADJ", "NOUN", "PROPN") or t.text in ("(", ")", "-") or _participle_as_adjective(t, noun)
           for t in words) and sum(t.text == "(" for t in words) == sum(t.text == ")" for t in words):
        phrase = words.text
    else:
        phrase = _noun_phrase(end, adjectives=True)
        if phrase is None:
            return None
        begin = end.idx + len(end.text) - len(phrase)
        start = next((t.i for t in doc[max(0, noun.i - 12):noun.i + 1] if t.idx == begin), noun.i)
    if any((t.lemma_.lower() in L.SOURCE_NOUNS or t.lower_ in L.SOURCE_NOUNS) and not _participle_as_adjective(t, noun)
           for t in doc[start:noun.i]):
        return None                       # "the office's data show exports": a source, no measure
    first = doc[start]
    opening = first.is_sent_start or first.i > 0 and doc[first.i - 1].is_sent_start and doc[first.i - 1].is_quote
    if opening and first.pos_ != "PROPN" and not first.is_upper:     # '"Rents have gone up"'
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase


def _participle_as_adjective(word: Token, noun: Token) -> bool:
    """'recorded thefts', 'registered owners', 'approved applications': a past participle the
    parser hangs on the noun as its modifier, with no words of its own, is a word of the noun's
    name like an adjective (not 'firms hit by the storm': a participle with its own phrase)."""
    return word.tag_ == "VBN" and word.dep_ == "amod" and word.head.i == noun.i and not list(word.children)


def _measure_per_period(last: Token) -> str | None:
    """'230 km/h', '40 m/s': a measure unit and, after a slash written tight, the period it is
    per; the whole is the unit."""
    doc = last.doc
    if last.i + 3 >= len(doc) or last.dep_ == "ROOT":
        return None
    unit, slash, period = doc[last.i + 1], doc[last.i + 2], doc[last.i + 3]
    if unit.lower_ not in L.MEASURE_UNITS or slash.text != "/" or unit.whitespace_ or slash.whitespace_ \
            or not period.is_alpha or len(period) > 3 or period.is_stop:
        return None     # "ran 10 km/and then": a slash typed for a space
    return f"{unit.text}/{period.text}"


def _noun_after(last: Token) -> str | None:
    """The noun the number quantifies: its head, with compounds ('asylum seekers')."""
    doc = last.doc
    head = last.head
    if last.dep_ == "conj" and head.pos_ == "NUM" and head.i < last.i and head.dep_ == "nummod" and head.head.i > last.i \
            and head.i > 0 and doc[head.i - 1].lower_ == "between":
        return _noun_after(head)          # "between 180 and 220 motor pumps": the noun the range's low end counts
    while head.dep_ in ("nummod", "compound") and head.pos_ == "NUM" and head.i > last.i:
        head = head.head
    if head.pos_ == "PROPN" and head.dep_ in ("nmod", "compound") and head.head.tag_ == "NNS" and head.head.i > head.i \
            and last.dep_ == "nummod" and head.i > last.i and all(t.pos_ in ("PROPN", "PUNCT") for t in doc[last.i + 1:head.head.i]):
        # "more than 200 State Emergency Service (SES) volunteers": the body's volunteers, not the body
        phrase = _noun_phrase(head.head)
        name = doc[last.i + 1:head.i + 1].text
        if phrase and phrase.startswith(name):
            return phrase                         # "three Ridgeway State University chemists": the name once
        return f"{name} {phrase}" if phrase else None
    if head.tag_ == "NN" and head.dep_ in ("compound", "nmod") and head.head.tag_ == "NNS" and head.head.i > head.i \
            and (last.dep_ == "nummod" or last.dep_ == "compound" and last.lower_ in L.SCALE_WORDS):
        if any(c.dep_ == "conj" for c in child_tokens(head)) and head.head.pos_ == "NOUN":
            return head.head.lower_               # "9 800 government and council schools": coordinated premodifiers' head
        if head.dep_ == "compound" or _common_noun_modifying_a_plural(head):
            head = head.head                      # "1.5 million oral vaccine doses", "19 government dental colleges"
    times = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if times is not None and times.lower_ == L.MULTIPLE_WORD and _times_what(times):
        return _times_what(times)                 # "three times as many overtime hours"
    if times is not None and times.lower_ == L.MULTIPLE_WORD and times.dep_ == "quantmod" \
            and head.i > times.i and head.pos_ == "NOUN" and last.dep_ == "nummod":
        phrase = (_determined_phrase(head) if _names_a_benchmark(head) else None) \
            or _noun_phrase(head, classifying=True)       # "4.3 times earnings", "three times the usual level"
        return f"{L.MULTIPLE_WORD} {phrase}" if phrase else L.MULTIPLE_WORD
    if last.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN") and head.i > last.i:
        if head.lower_ in L.MARK_NOUNS:
            return None                           # "the 10,000 mark" counts no marks
        if _placed_as(last).i == head.i:
            return None                           # "compared with 210 last year": when, outside the number's phrase
        head = _noun_after_a_hyphened_modifier(head, _hyphenated_end(head))    # "seven sub-counties": not "sub"
        if head.text[:1].isdigit():
            return _model_name(head)              # "six Airbus A350-1000s": not "1000s"
        if head.lemma_.lower() in L.CLASSIFIER_NOUNS:
            return _classified(head)              # "40,000 head of livestock"
        if head.lemma_.lower() in L.GROUPING_NOUNS and not _counted_in_its_of_phrase(head) \
                and (grouped := _classified(head)):
            return grouped                        # "30 pairs of hiking socks": not bare 'pairs'
        phrase = _noun_phrase(head, classifying=True)
        body = _named_body_of(head)
        return _with_conjuncts(head, f"{body} {phrase}" if body and phrase else phrase)
    if last.lower_ in L.SOUTH_ASIAN_SCALES:
        return _noun_after_unknown_scale(last)
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in L.ADDED_COUNT_WORDS \
            and nxt.i + 1 < len(doc) and doc[nxt.i + 1].tag_ in L.PLURAL_NOUN_TAGS:
        nxt = doc[nxt.i + 1]                      # "12 million more homes"
    if nxt is not None and nxt.tag_ in L.PLURAL_NOUN_TAGS and not nxt.like_num and nxt.dep_ != "npadvmod":
        return _noun_phrase(nxt)                  # a plural noun the parser did not attach
    return None


def _common_noun_modifying_a_plural(noun: Token) -> bool:
    """'19 government dental colleges', '12 council primary schools': a singular common noun in lower
    case that the parser hangs on the plural noun after it as a modifier (nmod), with nothing but
    that noun's own adjectives and compounds between, sorts the counted thing; the plural is what
    is counted. Not a name ('three Kenya Airways jets' is read as a body's)."""
    plural = noun.head
    return noun.dep_ == "nmod" and noun.pos_ == "NOUN" and noun.text.islower() \
        and all(t.head.i == plural.i and t.dep_ in ("amod", "compound") for t in noun.doc[noun.i + 1:plural.i])


def _noun_after_a_hyphened_modifier(first: Token, end: Token) -> Token:
    """'11 hours-of-service violations', '5 end-of-year bonuses': a phrase written with hyphens
    that modifies the noun right after it (the parser hangs its first word on that noun) is
    no counted noun; the noun it modifies is. Else the hyphened word's end ('sub-counties')."""
    if end.i == first.i or end.i + 1 >= len(end.doc) or end.tag_ in L.PLURAL_NOUN_TAGS:
        return end                      # "seven sub-counties elections": a plural counts itself
    after = end.doc[end.i + 1]
    if after.pos_ == "NOUN" and after.tag_ == "NNS" and first.head.i == after.i \
            and first.dep_ in ("nmod", "compound", "amod", "npadvmod"):
        return after
    return end


def _model_name(noun: Token) -> str | None:
    """'six new Airbus A350-1000s', 'four Boeing 777-300ERs': a counted noun that opens on a digit
    is the end of a model's name split at its hyphen; what is counted is the whole name, with its
    maker (none where no word of letters names it)."""
    doc, i = noun.doc, noun.i
    while i - 1 >= 0 and doc[i - 1].head.i == noun.i and (doc[i - 1].dep_ in ("compound", "nmod")
                                                           and doc[i - 1].pos_ in ("PROPN", "NUM")
                                                           or doc[i - 1].text in L.HYPHENS and not doc[i - 1].whitespace_):
        i -= 1
    words = doc[i:noun.i + 1]
    return words.text if len(words) > 1 and words[0].is_alpha else None


def _counted_in_its_of_phrase(noun: Token) -> bool:
    """'6 sets of 200 metres', 'three pairs of 10 reps': the object of the noun's 'of' phrase has a
    number of its own, so the groups are of that amount (its own figure), not of the thing."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "nummod" or g.like_num
                                                              for o in child_tokens(c) if o.dep_ == "pobj"
                                                              for g in (o, *child_tokens(o)))
               for c in child_tokens(noun))


def _classified(noun: Token) -> str | None:
    """'40,000 head of livestock': a noun that counts only with its 'of' phrase counts what that
    phrase names ('head of livestock'); alone it names nothing. A noun of groups
    (GROUPING_NOUNS: '30 pairs of hiking socks') is read the same way where the phrase follows."""
    of = next((c for c in child_tokens(noun) if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    thing = next((c for c in child_tokens(of) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
    phrase = _noun_phrase(thing, classifying=True) if thing is not None else None
    return f"{noun.text} of {phrase}" if phrase else None


def _noun_after_unknown_scale(scale: Token) -> str | None:
    """'2.6 lakh young people': the parser does not know 'lakh' or 'crore' and hangs them
    anywhere; what they count is the plural noun right after them, past its adjectives."""
    doc = scale.doc
    i = scale.i + 1
    while i < len(doc) and doc[i].tag_ == "JJ":
        i += 1
    if i < len(doc) and doc[i].tag_ == "NNS" and i - scale.i <= 3:
        return _noun_phrase(doc[i], classifying=True)
    return None


def _whole_in_apposition(last: Token) -> str | None:
    """'Residents who packed the chamber, about 200 of them at the peak, booed': a count of
    'them' set beside a plural noun counts that noun."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 2].lower_ != "them" or last.dep_ != "appos":
        return None
    whole = last.head
    if whole.tag_ != "NNS" or whole.i > last.i:
        return None
    phrase = _noun_phrase(whole)
    return phrase.lower() if phrase and whole.is_sent_start else phrase


def _named_body_of(noun: Token) -> str | None:
    """'one member of the Coast Guard', 'two employees of Harbour Bank': the named body a noun of
    membership has after 'of' or 'from' is part of what is counted ('Coast Guard member') — a name
    the recogniser marks as a body, a people or a country, never a date ('employees from March')."""
    if noun.lemma_.lower() not in L.COUNTED_MEMBER_NOUNS or noun.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.i + 1]
    if after.dep_ != "prep" or after.head.i != noun.i or after.lower_ not in L.COUNTED_MEMBER_PREPOSITIONS:
        return None
    body = next((o for o in child_tokens(after) if o.dep_ == "pobj"), None)
    if body is None or body.pos_ != "PROPN" or body.tag_ == "NNPS" or any(c.dep_ in ("prep", "conj") for c in child_tokens(body)):
        return None                               # a body that is one name, nothing after it
    if body.ent_type_ not in L.MEMBERS_BODY_LABELS:
        return None                               # "four employees from March": when, not whose
    return _noun_phrase(body)


def _with_conjuncts(noun: Token, phrase: str | None) -> str | None:
    """'40,000 nurses and care workers': the number counts the whole coordination,
    unless the nouns joined have counts or determiners of their own ('five soldiers and one
    policeman', 'ten boats and the crew')."""
    joined = [c for c in noun.conjuncts if c.i > noun.i and c.pos_ == "NOUN" and not c.like_num
              and c.lower_ not in L.VAGUE and c.lower_ not in L.SCALES]
    own = next((k for k, j in enumerate(joined) if _counted_or_determined(j)), None)
    if own is not None and own > 0 and _joined_by_its_own_conjunction(noun, joined[own]):
        joined = joined[:own]             # "600 porters and cleaners and about 40 surgeons": up to the next count
    if phrase is None or not joined or any(_counted_or_determined(j) for j in joined) \
            or any(_counts_within(j) for j in joined):
        return phrase
    if _later_item_of_a_list(noun) or noun.tag_ == "NNS" and any(
            j.tag_ != "NNS" and j.lemma_.lower() not in L.COLLECTIVE_SINGULAR_NOUNS for j in joined):
        return phrase                     # "cash, three cars and land deeds"; "40 SIM cards and cash"
    if any(t.dep_ != "cc" and t.pos_ not in ("NOUN", "ADJ", "PUNCT") and not (t.pos_ == "PROPN" and t.dep_ == "compound")
           for t in noun.doc[noun.i + 1:joined[-1].i]):
        return phrase                     # ("rural clinics and ZBX outposts": a name's word in a compound)
    return phrase + noun.doc[noun.i:joined[-1].i + 1].text[len(noun.text):]


def _counted_or_determined(noun: Token) -> bool:
    """A noun with a count, determiner, quantifier or owner of its own ('one policeman', 'the crew',
    'its staff', 'several technicians': OWN_AMOUNT_QUANTIFIERS)."""
    return any(c.dep_ in ("nummod", "det", "poss") or c.like_num or c.dep_ == "amod" and c.lower_ in L.OWN_AMOUNT_QUANTIFIERS
               for c in child_tokens(noun))


def _joined_by_its_own_conjunction(noun: Token, counted: Token) -> bool:
    """'600 porters and cleaners and about 40 surgeons': a joined noun with a count of its own that
    its own 'and'/'or' opens, no comma of a list before it, ends what the first number counts: the
    nouns joined before it are counted with the first noun. Not after a comma ('12 soldiers,
    policemen and three civilians': whose count the list's items share is unsaid)."""
    doc = noun.doc
    start = counted.left_edge.i
    return start > noun.i + 1 and doc[start - 1].pos_ == "CCONJ" and doc[start - 1].lower_ in L.COORDINATORS \
        and not any(t.text == "," for t in doc[noun.i:start])


def _counts_within(noun: Token) -> bool:
    """'60 new buses and upgrades to 45 stops': a joined noun whose own object phrase counts
    something ('45 stops'; OWN_OBJECT_PREPOSITIONS, read from the words, as the parser may hang
    it on the verb) is told with that count, not with the number before the first noun; not a
    phrase of place both share ('nurses and care workers in 12 hospitals')."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return after is not None and after.dep_ == "prep" and after.lower_ in L.OWN_OBJECT_PREPOSITIONS \
        and any(t.dep_ == "nummod" and t.ent_type_ not in ("DATE", "TIME") for t in after.subtree)


def _later_item_of_a_list(noun: Token) -> bool:
    """'cash, three luxury cars and land deeds': a counted noun joined to an item before it by a
    comma is one item of a list, and the noun after its 'and' is the next item, not more of
    what the number counts (unlike '28 leagues and 60,000 players and umpires')."""
    start = noun.left_edge.i
    return noun.dep_ == "conj" and start > 0 and noun.doc[start - 1].text == ","


def _hyphenated_end(word: Token) -> Token:
    """The last word of a hyphenated noun the tokenizer split, from its first part ('sub' of
    'sub-counties' -> 'counties')."""
    doc, i = word.doc, word.i
    while i + 2 < len(doc) and doc[i + 1].text in L.HYPHENS and not doc[i].whitespace_ \
            and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha:
        i += 2
    return doc[i]


def _noun_phrase(noun: Token, adjectives: bool = False, classifying: bool = False) -> str | None:
    """The noun with the compounds before it ('asylum seekers', 'cubic meters'), and with its
    adjectives and year where asked ('gross domestic product', 'their 1960 levels'), or only
    its classifying adjectives ('electoral votes', not 'additional votes'). Words that only
    point back to a noun ('others', 'more') name nothing."""
    if noun.lower_ in L.ANAPHORIC_NOUNS:
        return None
    doc = noun.doc
    i = _hyphenated_start(noun)
    while i - 1 >= 0 and doc[i - 1].lower_ not in L.SCALES and not _GLUED_SCALE_AMOUNT.fullmatch(doc[i - 1].text) \
            and not _after_a_counted_hyphen(doc, i - 1) \
            and (doc[i - 1].head.i in range(i, noun.i + 1)
                          and (doc[i - 1].dep_ == "compound" and doc[i - 1].pos_ in ("NOUN", "PROPN")
                               or adjectives and doc[i - 1].dep_ == "amod" and doc[i - 1].pos_ in ("ADJ", "VERB")
                               or classifying and doc[i - 1].dep_ == "amod" and _classifies(doc[i - 1])
                               or adjectives and doc[i - 1].dep_ == "nummod" and _is_year(doc[i - 1].text)
                               or doc[i - 1].dep_ == "amod" and doc[i - 1].head.i != noun.i
                               and doc[i - 1].head.dep_ == "compound")     # "private sector jobs"
                          or doc[i - 1].lower_ in L.MEASURE_ADJECTIVES):
        i -= 1
    if classifying:
        i = _establishing_modifier_before(noun, i)
    i = _hyphenated_start(doc[i])                 # "high-speed trains"
    return doc[i:noun.i + 1].text


def _establishing_modifier_before(noun: Token, i: int) -> int:
    """'nine suspected armed poachers', 'four alleged drug couriers': a word that says how far the
    things are established (ESTABLISHING_MODIFIERS) before the counted noun's other adjectives
    qualifies the whole phrase; the phrase opens with it (`i` where it opened without)."""
    doc, j = noun.doc, i
    while j - 1 >= 0 and doc[j - 1].head.i == noun.i and doc[j - 1].dep_ == "amod" and i - j < 3:
        j -= 1
        if doc[j].lower_ in L.ESTABLISHING_MODIFIERS:
            return j
    return i


def _after_a_counted_hyphen(doc, i: int) -> bool:
    """'the 12-person crew', 'a 40-member board': the word after a number and a hyphen describes
    the noun by a count; it is no part of the counted noun."""
    return i >= 2 and doc[i - 1].text in L.HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and any(c.isdigit() for c in doc[i - 2].text)


def _hyphenated_start(noun: Token) -> int:
    """Where a noun written with a hyphen the tokenizer split ('break-ins', 'lay-offs') opens."""
    return noun.i - len(hyphened_parts_before(noun, L.HYPHENS))


def _classifies(adjective: Token) -> bool:
    """'electoral', 'nuclear', 'American': an adjective that sorts the counted thing into a
    kind (a nationality, a relational adjective), not one that grades or sizes it; also one that
    says how far the things are established ('four suspected poisonings': ESTABLISHING_MODIFIERS)
    and the kind of day counted ('three working days': DAY_KIND_ADJECTIVES), as the parser tags
    them (a participle, a noun)."""
    if adjective.lower_ in L.ESTABLISHING_MODIFIERS \
            or adjective.lower_ in L.DAY_KIND_ADJECTIVES and adjective.head.lemma_.lower() in L.TIME_UNITS:
        return not any(c.dep_ == "advmod" for c in child_tokens(adjective))
    if adjective.pos_ != "ADJ" or adjective.tag_ != "JJ" or any(c.dep_ == "advmod" for c in child_tokens(adjective)):
        return False
    if adjective.ent_type_ == "NORP":
        return True
    word = adjective.lower_
    return word.endswith(L.CLASSIFYING_SUFFIXES) and word not in L.GRADING_ADJECTIVES


def _of_complement(last: Token, skip_pct: bool = False) -> str | None:
    """'millions of refugees', '62% of voters', '20,000 of the country's 70,000 mosques': the
    noun phrase after 'of', by its head noun."""
    doc = last.doc
    i = _after_percent_words(last) if skip_pct else last.i + 1
    while i < len(doc) and doc[i].is_quote:
        i += 1                                     # '"tens of millions" of euros'
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    objects = [c for c in child_tokens(doc[i]) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
               and c.lower_ not in L.VAGUE and c.lower_ not in L.SCALES and not c.like_num]
    glossed = objects and objects[0].i + 1 < len(doc) and doc[objects[0].i + 1].text == "("
    noun = objects[0] if objects and not glossed else _phrase_noun(doc, i + 1)   # "of ISIS (...) fighters"
    if noun is not None and noun.tag_ == "NN" and noun.i > 0 and doc[noun.i - 1].tag_ == "NNS" \
            and doc[noun.i - 1].dep_ == "compound" \
            and (not skip_pct or any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in child_tokens(noun))):
        # "hundreds of city workers idle"; "40% of nurses plan to leave": a verb taken for a
        # noun, as its object or clause shows
        noun = doc[noun.i - 1]
    return _noun_phrase(noun, adjectives=True) if noun is not None else None


def _phrase_noun(doc, start: int) -> Token | None:
    """The head of the noun phrase that starts at `start`: its last noun before anything that
    is no part of it (a verb, a preposition, a second phrase after 'and the' or after a determiner
    of its own: 'half their water this summer', 'half the money the council gave'); an amount of money
    before the noun is part of it ('the trust's $40-million budget')."""
    noun = None
    j = start
    while j < len(doc) and j - start < 10:
        t = doc[j]
        if t.text == "(":                          # "dozens of FLA (Free Liberation Army) members"
            close = next((k for k in range(j, min(len(doc), j + 12)) if doc[k].text == ")"), None)
            if close is None:
                break
            j = close + 1
            continue
        if j > start and _after_a_counted_hyphen(doc, j + 1):
            j += 1                                 # "half of its R2.4-billion budget": a hyphenated modifier
            continue
        if t.pos_ == "CCONJ" and (noun is not None and not _modifies_a_later_head(noun, j)
                                  or j + 1 < len(doc) and doc[j + 1].pos_ in ("DET", "PRON", "NUM", "VERB", "AUX")):
            break                                  # "eight of 10 pears and half of all plums"
        if not (t.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PART", "CCONJ") or t.tag_ in ("POS", "PRP$", "$")
                or t.is_quote or t.dep_ == "amod"):
            break
        if noun is not None and (t.pos_ == "DET" or t.tag_ == "PRP$") and t.head.i != noun.i:
            break                                  # "half their water this summer", "half the money the council
            #                                        gave": a determiner after the head opens another phrase
        if t.pos_ in ("NOUN", "PROPN") and not t.like_num and not any(c.isdigit() for c in t.text):
            noun = t
        j += 1
    if noun is not None and _modifies_a_later_head(noun, j - 1) and noun.head.i - start < 12:
        noun = noun.head                           # "food and drink exports": the tagger took 'drink' for a verb
    if noun is None or noun.lower_ in L.VAGUE or noun.lower_ in L.SCALES:
        return None
    return noun


def _modifies_a_later_head(noun: Token, i: int) -> bool:
    """'three-quarters of Scotland's food and drink exports': a noun before the conjunction at `i`
    that the parser hangs as a modifier on a noun after it is not the phrase's head."""
    return noun.dep_ in ("compound", "nmod", "amod") and noun.head.i > i and noun.head.pos_ == "NOUN"


def _plural(noun: Token, value: float) -> str:
    word = noun.lower_ if not noun.text[0].isupper() or noun.is_sent_start and noun.pos_ != "PROPN" else noun.text
    if value == 1 or value != int(value) or word.endswith("s"):
        return word
    if word in L.CURRENCY_WORDS and word + "s" not in L.CURRENCY_WORDS:
        return word     # "410 billion yen", "5 million rand": the same in the plural
    if word in L.IRREGULAR_PLURALS:
        return L.IRREGULAR_PLURALS[word]     # "one child in three": children
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(ch|sh|x)$", word):
        return word + "es"
    return word + "s"


def _borrow_elided_units(found: list[tuple[RawFigure, list[Token]]], earlier_currencies: set[str] = frozenset(),
                         earlier_voters: str | None = None) -> None:
    """A number whose noun is left out counts what a figure beside it in the sentence counts
    ('two million refugees, down from over three million'; '41 Britons died, 158 others are
    missing'); a bare count of the dead, the hurt or the missing counts people ('killed
    twelve', '39 were confirmed dead', '150,000 dead'); a bare amount spent is in the one
    currency of its sentence, else of the article so far; a count shared out ('two each from X
    and Y') counts what the count before it counts, per group, and is dropped without one."""
    for n, (figure, tokens) in enumerate(found):
        bare = figure.unit == "%"
        if bare or (figure.unit or "").startswith("% ") and _benchmark_premodified(_percent_place(tokens[-1])) is not None:
            # "absenteeism is 30%, compared to 8% for ..."; "41% of flats, above the 10% limit": % of flats
            measure = bare and (_compared_share(found, n) or _share_as_bound(found, n)) or _benchmark_compared(found, n) \
                or bare and (_share_denied_after(found, n, named=True) or _share_listed_after(found, n)) or None
            if measure is not None:
                figure.unit = measure
        if figure.unit is not None:
            continue
        last = tokens[-1]
        if (start := _unit_of_the_starting_level(last, found, n)) is not None:
            figure.unit = start                                # "fell from 90 days to 30": days
            continue
        nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
        counts = [f for m, (f, _) in enumerate(found) if m != n and f.unit and f.unit not in ("%", "times")
                  and not f.unit.startswith(("% ", "share ")) and f.unit not in _MONEY_UNITS]
        similar = [f for f in counts if figure.value and 0.1 <= f.value / figure.value <= 10]
        if (groups := _shared_out(last)) is not None:
            before = [f for f, _ in found[:n] if f.unit]
            if before:                                         # "..., and two each from the police and the army"
                if (end := _end_of_groups(groups)) is not None:
                    figure.unit = f"{before[-1].unit} each {last.doc[groups.i:end + 1].text}"
        elif _spent_amount(figure, tokens) and _restated_per_period(found, n) is None \
                and len(currencies := _currencies(found) or set(earlier_currencies)) == 1:
            figure.unit = currencies.pop()                     # "of the £50m, six million was spent"
        elif counts and nxt is not None and nxt.lower_ in L.ANAPHORIC_NOUNS:
            figure.unit = _nearest(counts, n, found)          # "158 others", "thousands more"
        elif nxt is not None and (nxt.lower_ in L.PEOPLE_STATES or nxt.lower_ == "who"):
            figure.unit = "people"                             # "9,000 dead", "1.4 million who signed"
        elif last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lemma_.lower() in L.PEOPLE_COLLECTIVES \
                or _place_gloss(last) is not None and last.head.lower_ != "with":
            figure.unit = "people"                             # "a crowd of 3,000", "Marlow, a town of 2,000"
        elif (whole := _fronted_partitive(last)) is not None:
            figure.unit = whole                                # "Of the 12 jurors, five were chosen"
        elif _vague(figure.text) and last.dep_ == "pobj" and last.head.lower_ == "by":
            figure.unit = "people"                             # "attended by thousands"
        elif (counted := _counted_by_tally(last, figure.text)) is not None:
            figure.unit = counted                              # "fleet size - around 2,400"
        elif (voters := _voters_of_a_bare_count(last, found, earlier_voters)) is not None:
            figure.unit = voters                               # "31 councillors voted for and 22 against. Two abstained."
        elif (whole := _partitive_antecedent(last)) is not None:
            figure.unit = whole                                # "the protesters ... 40 of them"
        elif _counts_deaths(last):
            figure.unit = "deaths"                             # "the death toll rose to 22"
        elif _about_people(last) or _about_people_as_well(last):
            figure.unit = "people"                             # "killed twelve", "as were seventeen"
        elif (share := _share_denied_after(found, n)) is not None:
            figure.unit = share                                # "a drop of about 30 per cent, not 50"
        elif (compared := _compared_figure(found, n)) is not None:
            figure.unit = compared                             # "5,300 break-ins, up from 4,100 in 2024"
        elif (per_period := _restated_per_period(found, n)) is not None:
            figure.unit = per_period                           # "$40 million, about 4 million a year"
        elif _level_of_a_counted_thing(last):
            continue                                           # "Forty lorries reached 90": a measure of them
        elif similar and (last.dep_ in ("pobj", "conj", "appos", "dobj", "nsubj", "nsubjpass")):
            figure.unit = _nearest(similar, n, found)
    found[:] = [(f, t) for f, t in found if f.unit is not None or _shared_out(t[-1]) is None]


# How many heads a percentage joined to a list climbs to the list's first member ('from 60% at the
# end of summer and 71%': the parser hangs the second on the nearest noun before it).
_LIST_REACH = 5


def _share_listed_after(found: list[tuple[RawFigure, list[Token]]], n: int) -> str | None:
    """'holding 33% of their volume, down from 45% at the end of summer and 60% last
    spring': a bare percentage joined by 'and'/'or' (a conjunct, no verb of its own) to the list a
    percentage opens as the object of a preposition is a further member of that list, a share of
    what the first is of. The parser may hang it on a noun of the first member's own phrases, so
    it climbs heads through phrases ('pobj'/'prep') to the first; not a percentage of a clause of
    its own ('5% of voters backed it, and 3% ...' are read by `_share_coordinated_bases`), nor one
    with a scope of its own (`_a_scope_of_its_own`, the guard of `_earlier_level_of_a_change`:
    'and 20% among the young', 'and 40% in Norway')."""
    sign = _percent_sign(found[n][1])
    if sign.dep_ != "conj" or any(c.dep_ == "det" for c in child_tokens(sign)) \
            or not any(c.dep_ == "cc" and c.lower_ in L.COORDINATORS for c in child_tokens(sign.head)):
        return None                           # "3% rather than the 6% the union wanted": another share
    if _a_scope_of_its_own([c for c in child_tokens(sign) if c.i > sign.i]):
        return None                           # "and 20% among the young": a share of a group of its own
    firsts: dict[int, str] = {}
    for figure, tokens in found[:n]:
        first = _percent_sign(tokens)
        if (figure.unit or "").startswith("% ") and first.dep_ == "pobj":
            firsts[first.i] = firsts[first.head.i] = figure.unit     # on the share, or in its preposition's phrase
            if first.head.head.pos_ not in ("VERB", "AUX"):
                firsts.setdefault(first.head.head.i, figure.unit)   # "down from 60% in May and 71%": on 'down'
    node = sign.head
    for _ in range(_LIST_REACH):
        if node.i in firsts:
            return firsts[node.i]
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _percent_sign(tokens: list[Token]) -> Token:
    """The sign or word of a percentage ('%', 'percent') the parser hangs the number on."""
    return _percent_sign_of(_head(tokens))


def _percent_sign_of(number: Token) -> Token:
    """The sign or word after `number` it modifies ('%', 'percent'), else the number itself."""
    return number.head if number.head.lower_ in L.PERCENT_WORDS and number.head.i > number.i else number


def _after_percent_words(last: Token) -> int:
    """The index of the first token after `last` and the percentage's words after it ('95 per cent')."""
    doc, i = last.doc, last.i + 1
    while i < len(doc) and doc[i].lower_ in L.PERCENT_WORDS:
        i += 1
    return i


def _share_coordinated_bases(found: list[tuple[RawFigure, list[Token]]]) -> None:
    """'About 53% of voters chose to merge and 47% to split': a bare share that is the subject
    of a clause whose verb is left out (the parser hangs it on the first share's verb as a
    conjunct) is of what the first share, that verb's subject, is of; where that share's
    qualifier is one of approximation ('about', 'roughly') and opens the clause, it covers the
    second as well. Also '52% of voters backed it and 48% opposed it', the second the subject
    of a verb joined to the first's by 'and' or 'but' (not 'while 48% opposed it', nor one of
    its own: '48% of the budget')."""
    shares = [(f, _percent_sign(t)) for f, t in found if (f.unit or "").startswith("%")]
    for figure, sign in shares:
        if figure.unit != "%":
            continue
        gapped = sign.dep_ == "conj" and sign.head.pos_ in ("VERB", "AUX")
        joined = sign.dep_ in ("nsubj", "nsubjpass") and sign.head.dep_ == "conj" \
            and any(c.dep_ == "cc" and c.lower_ in L.CLAUSE_COORDINATORS for c in child_tokens(sign.head.head))
        verb = sign.head if gapped else sign.head.head if joined else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        if joined and _defined_as_a_named_thing(sign.head):
            continue        # "53% of voters backed it, and 4% is the margin of error": no share of voters
        first, first_sign = next(((f, s) for f, s in shares if s.i < sign.i and s.head == verb
                                  and s.dep_ in ("nsubj", "nsubjpass") and f.unit.startswith("% of ")), (None, None))
        if first is None:
            continue
        figure.unit = first.unit
        opens = verb.left_edge.i == first_sign.left_edge.i
        if gapped and figure.qualifier is None and first.qualifier in L.SHARED_QUALIFIERS and opens \
                and first.low is None and first.high is None:
            figure.qualifier = first.qualifier


def _defined_as_a_named_thing(verb: Token) -> bool:
    """'4% is the margin of error', '5% was the interest rate': a share a copula equates with a
    definite or owned noun phrase is what that thing measures, no part of another share's base
    ('20% is farmland' is)."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in L.DEFINITE_DETERMINERS
                                 for d in child_tokens(c)) for c in child_tokens(verb))


def _borrow_compared_rates(found: list[tuple[RawFigure, list[Token]]]) -> None:
    """'fell to ₹1,150 per quintal, down from about ₹2,600', 'burns 600 tonnes a day, down from 850
    tonnes': an amount of any unit set against a rate of that unit takes its piece or period
    (`_parallel_rate`); an amount of money a phrase of
    comparison sets against a rate in the same currency before it (`_compared_figure`) is
    that rate too — where the two amounts are of a like size (a price up from '$40 million spent on
    subsidies' is no price), and the compared amount is bare like the rate's, with no phrase of its
    own that calls it a whole (`_a_phrase_of_its_own`: '$140 a player, compared with $120 for the
    whole squad')."""
    for n, (figure, tokens) in enumerate(found):
        if figure.unit is not None and _a_phrase_of_its_own(tokens):
            continue                                  # "compared with $250 for the whole team": a sum of its own
        if figure.unit is not None and (parallel := _parallel_rate(found, n)) is not None:
            figure.unit = parallel                    # "..., or 88 cents per share, up from $40m, or 67 cents"
            continue
        if figure.unit in _MONEY_UNITS:
            compared = _compared_figure(found, n)
            per = _PER_WORD.match(compared, len(figure.unit)) if compared is not None else None
            if per is not None and compared.startswith(figure.unit + " ") \
                    and _of_a_like_size(figure, next(f for f, _ in reversed(found[:n]) if f.unit is not None)):
                own = _paid_for_one(tokens[-1])
                if own is None:
                    figure.unit = compared
                else:                                 # "$112 per room per night, against $68 for a bed"
                    period = _PER_WORD.match(compared, per.end())
                    periods = [m.group(2).lower() for m in (per, period) if m and m.group(2).lower() in L.TIME_UNITS]
                    figure.unit = f"{figure.unit} per {own}" + "".join(f" per {p}" for p in periods)


# How many sentences back a bare proposed percentage looks for the proposal it answers.
_PROPOSAL_REACH = 3


def _borrow_proposed_change(found: list[tuple[RawFigure, list[Token]]], proposals: list[tuple[int, str | None, bool]],
                            n: int) -> None:
    """'Nurses want a 12% pay rise. The board has offered 4%.': a bare percentage a verb of offering
    or demanding takes (`_proposed_bare`) is the same kind of change as the nearest percentage
    before it, in this sentence or the last few, that is itself proposed: a change noun that a verb
    of proposing or demanding or an offer takes ('want a 12% pay rise', 'an offer of 2% raises',
    `_proposed`) or a bare percentage that borrowed so. Never past another named change
    ('Workers want a 5% raise. Sales rose 20%. The firm has offered 2%.': the 2% is left bare), nor
    from a change 'in' or 'of' something. Records each percentage in `proposals`: its sentence, its
    kind if proposed, whether it names a change (`_names_a_change`)."""
    for figure, tokens in found:
        if figure.unit is None or not figure.unit.startswith("%"):
            continue
        last = tokens[-1]
        bare = figure.unit == "%" and _proposed_bare(last)
        if bare:
            source = next((p for p in reversed(proposals) if n - p[0] <= _PROPOSAL_REACH and (p[1] is not None or p[2])),
                          None)
            if source is not None and source[1] is not None:
                figure.unit = source[1]
        change = _change_noun_measured(last)
        proposed = (bare or change is not None and _proposed(change) or _in_an_offer(last, figure.unit)) \
            and _names_nothing_changed(figure.unit)
        proposals.append((n, figure.unit if proposed else None, change is not None or _names_a_change(figure.unit)))


def _proposed_bare(last: Token) -> bool:
    """'has offered 1.5 percent', 'is asking for seven per cent': the percentage is the object of a
    verb of proposing an amount (PROPOSED_AMOUNT_VERBS), or of its 'for'; not a share of things
    already there ('wanted barriers on all buses, not just the 60 per cent that have them')."""
    sign = _percent_place(last)
    verb = sign.head.head if sign.dep_ == "pobj" and sign.head.lower_ == "for" else sign.head
    return (sign.dep_ == "dobj" or sign.dep_ == "pobj" and verb.i != sign.head.i) \
        and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in L.PROPOSED_AMOUNT_VERBS \
        and not _definite(sign) and not any(c.dep_ == "relcl" for c in child_tokens(sign))   # "not just the 60% that have them"


def _change_noun_measured(last: Token) -> Token | None:
    """'a 12% pay rise', 'a raise of 6%', 'increases totalling 8%': the change noun
    (PERCENT_CHANGE_NOUNS, by its lemma) the percentage measures, before it, with it in an 'of'
    phrase or through a verb of summing up (SELF_MEASURING_VERBS)."""
    sign = _percent_place(last)
    head = sign.head
    verb = head.head if sign.dep_ == "pobj" and head.lower_ == "to" else head
    if sign.dep_ in ("compound", "amod", "nmod", "nummod") and head.i > sign.i:
        change = head                                   # "a 12% pay rise"
    elif sign.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        change = head.head                              # "a raise of 6%"
    elif (sign.dep_ == "dobj" or verb is not head) and verb.dep_ == "acl" and verb.lemma_.lower() in L.SELF_MEASURING_VERBS:
        change = verb.head                              # "pay rises totalling 6%", "increases amounting to 8%"
    else:
        return None
    return change if change.pos_ == "NOUN" and change.lemma_.lower() in L.PERCENT_CHANGE_NOUNS else None


def _proposed(change: Token) -> bool:
    """'want a 12% pay rise', 'asking for a raise of 6%', 'an offer of 2% raises': a change noun a
    verb of proposing or demanding (PROPOSED_AMOUNT_VERBS) takes as its object or after 'for', or
    that an offer (OFFER_NOUNS) is 'of'."""
    taker = change.head.head if change.dep_ == "pobj" and change.head.lower_ in L.AMOUNT_TAKING_PREPOSITIONS else change.head
    if change.dep_ == "pobj" and change.head.lower_ == "of":
        return taker.lemma_.lower() in L.OFFER_NOUNS and taker.pos_ == "NOUN"
    return (change.dep_ == "dobj" or change.dep_ == "pobj" and taker is not change.head) \
        and taker.pos_ in ("VERB", "AUX") and taker.lemma_.lower() in L.PROPOSED_AMOUNT_VERBS


def _in_an_offer(last: Token, unit: str | None) -> bool:
    """'an offer of 1.5 per cent annual raises' (with 'raises' parsed a verb): a percentage an offer
    (OFFER_NOUNS) is 'of', whose unit names what is offered, not the offer itself ('% pay offer')."""
    sign = _percent_place(last)
    return sign.dep_ == "pobj" and sign.head.lower_ == "of" and sign.head.head.lemma_.lower() in L.OFFER_NOUNS \
        and unit is not None and unit.split()[-1] not in L.OFFER_NOUNS


# The kinds of change a verb of change names in a percentage's unit ('% rise in prices', '% cut in fares').
_VERB_CHANGE_KINDS = frozenset(L.PERCENT_CHANGE_VERBS.values()) | frozenset(L.PERCENT_CHANGING_VERBS.values())
_CHANGE_KINDS = _VERB_CHANGE_KINDS | L.PERCENT_CHANGE_NOUNS      # and those a noun of change names: united once, not per call


def _names_a_change(unit: str | None) -> bool:
    """'% rise in prices', '% cut in fares': a unit a verb of change gave a percentage."""
    words = (unit or "").split()
    return len(words) > 2 and words[0] == "%" and words[1] in _VERB_CHANGE_KINDS and words[2] == "in"


def _names_a_change_or_kind(unit: str) -> bool:
    """'% fall in turnout', '% increase in fares', '% pay rise': a percentage unit of a change (a
    kind of change, of a verb or a noun of change, first, or a noun of change last), not a level
    ('% turnout', '% growth rate')."""
    words = unit.split()
    return len(words) > 1 and (words[1] in _CHANGE_KINDS and (len(words) == 2 or words[2] in L.CHANGED_THING_PREPOSITIONS)
                               or words[-1] in _CHANGE_KINDS)


def _names_nothing_changed(unit: str | None) -> bool:
    """'% raise', '% pay rise': a percentage unit with a kind of change and no 'in'/'of' phrase of
    what changed."""
    return unit is not None and unit.startswith("% ") and " in " not in unit and " of " not in unit


def _unit_of_the_starting_level(last: Token, found: list[tuple[RawFigure, list[Token]]], n: int) -> str | None:
    """'delays fell from 90 days to 30', 'went from 12 stations to 40': a bare number
    'to' which a verb moves from an amount of a noun (its 'from' phrase, on the verb or with the
    'to' hung on it) counts that noun."""
    if last.dep_ != "pobj" or last.head.lower_ != "to":
        return None
    to = last.head
    start = to.head if to.head.lower_ == "from" else \
        next((c for c in child_tokens(to.head) if c.dep_ == "prep" and c.lower_ == "from" and c.i < to.i), None)
    noun = next((c for c in child_tokens(start) if c.dep_ == "pobj"), None) if start is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.lower_ in _SCALE_FACTORS \
            or not any(c.dep_ == "nummod" and c.like_num for c in child_tokens(noun)):
        return None                               # "from 4.1 lakh to 2 lakh": a scale, no noun counted
    return next((f.unit for f, t in found[:n] if f.unit and t[-1].head.i == noun.i), None) or _plural(noun, 2)


# The dependents after an amount by which it may be called a whole: 'for the whole squad', 'in total', 'the whole week'.
_A_WHOLES_DEPENDENTS = {"prep", "npadvmod"}


def _a_phrase_of_its_own(tokens: list[Token]) -> bool:
    """'$120 for the whole squad', '$150 in total': a preposition hung on an amount after it whose
    phrase calls the sum a whole (`L.WHOLE_SUM_WORDS`) says the sum is no price per a piece, though
    set against one; a phrase that says only what it is for ('$30 for water drawn from the dams')
    leaves it a bare restatement of the other's price. Of a measure or a count the phrase hangs on the
    noun counted ('850 tonnes in total')."""
    head, last = _head(tokens), tokens[-1]
    counted = head.head if head.dep_ == "nummod" and head.head.i > head.i else head
    return any(c.dep_ in _A_WHOLES_DEPENDENTS and c.i > last.i and any(t.lower_ in L.WHOLE_SUM_WORDS for t in c.subtree)
               for c in (*child_tokens(head), *(child_tokens(counted) if counted is not head else ())))



def _parallel_rate(found: list[tuple[RawFigure, list[Token]]], n: int) -> str | None:
    """'$52 million, or 88 cents per share, up from $40 million, or 67 cents'; 'outlook to
    $2.10 to $2.30 per share, from $2.50 to $2.70 previously'; 'hauls 640 tonnes a week, down
    from 510 tonnes'; 'sells 2,300 loaves a day, compared with a target of 2,000
    loaves': an amount of money, a measure or a count left without its piece or period, inside
    the phrase that sets an earlier or other level against the clause's own (a phrase of comparison,
    `_comparison_anchor`, a bound set off after the clause, `_set_off_bound`: 'well above the $300'
    (money only), or the 'from' of a verb that also has a 'to': 'cut to X, from Y'; the level of a
    benchmark noun there stands where that noun stands, `_benchmark_of`, unless it names a whole, a period
    or a piece of its own) — reached from the
    amount, from the low end of its range, or through the 'or' by which it restates another amount
    there — stands where the nearest amount before it with a unit stands, outside that phrase and
    under the word it hangs on; where that one is of the same unit paid or counted per a piece or a
    period and the two are of a like size, it is per the same, unless the compared amount says what it
    is by a phrase of its own (`_compared_level_of_its_own`). Read from the unit's words, not
    from a list of currencies: any unit the two amounts share."""
    figure, tokens = found[n]
    if _paid_for_one(tokens[-1]) is not None:
        return None                       # "$68 for a bed": a piece of its own
    place = next((t for t in tokens if t.like_num), tokens[-1])
    while place.dep_ in ("nummod", "compound", "quantmod") and place.head.i > place.i:
        place = place.head                # "67 cents", "$40 million", "6.5 million barrels": the word counted
    while place.dep_ == "conj":
        place = place.head                # "$40 million, or 67 cents": where the restated amount stands
    if place.dep_ != "pobj":
        return None
    level = place
    if (benchmark := _benchmark_of(place)) is not None:
        if _benchmark_scoped(benchmark, place, tokens[-1]) or _benchmark_of_its_own_basis(benchmark):
            return None                   # "against a weekly limit of 50 tonnes", "the household average of"
        place = benchmark                 # "compared with a target of 2,000 loaves": where the target stands
    prep = place.head
    if prep.lower_ in L.LEVEL_REACHED_PREPOSITIONS and prep.head.dep_ == "prep" \
            and prep.head.lower_ in L.LEVEL_LEFT_PREPOSITIONS:
        prep = prep.head                  # "from $2.50 to $2.70": the parser's 'to' hung on 'from'
        place = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), place)
    anchor = _comparison_anchor(place)
    if anchor is None and figure.unit in _MONEY_OR_MINOR_UNITS:     # "$410 a night, well above the $300"
        anchor = _set_off_bound(place, own=level.head if level is not place else None)
    if anchor is None and prep.lower_ in L.LEVEL_MOVING_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "prep" and c.lower_ in L.LEVEL_MOVING_PREPOSITIONS and c.lower_ != prep.lower_
                    for c in child_tokens(prep.head)):
        anchor = prep.head                # "trimmed its guidance to X, from Y"
    if anchor is None:
        return None
    for other, others in reversed(found[:n]):
        head = _head(others)
        if other.unit is None or prep in head.ancestors:
            continue                      # inside the same phrase: the amount it restates
        if not other.unit.startswith(figure.unit + " "):
            return None
        basis = other.unit[len(figure.unit):]
        tied = head.i == anchor.i or anchor in head.ancestors
        paid_per = _RATE_SUFFIX.fullmatch(basis) or basis.startswith(" per ")
        periodic = any(w in L.TIME_UNITS or w in L.SEASON_NOUNS or w in L.RATE_CYCLE_PERIODS for w in basis.split())
        return other.unit if tied and paid_per and _of_a_like_size(figure, other) \
            and not _compared_level_of_its_own(tokens, level, prep, periodic, _periods_of(basis)) else None
    return None


def _compared_level_of_its_own(tokens: list[Token], level: Token, prep: Token, periodic: bool,
                               periods: frozenset[str]) -> bool:
    """Whether the compared amount says what it is itself, by a phrase or clause hung after it, on the
    word it counts, on its preposition of comparison or on the word that preposition hangs on — and so
    is no bare restatement of the rate's level: a clause ('the 9,000 litres the tank holds',
    `_contact_clause_after`, 'the 950,000
    tonnes left in the pit', '1,900 passengers who travelled ...'), a phrase that names no date or place
    ('240,000 barrels in storage', 'tonnes of reserves'; not 'in 2019', 'at Nadi'), a basis of its own
    ('4,300 riel a sack', 'per sack'), or, against a rate per a period, a time noun of its own naming
    the span it may be a total of ('9,000 tonnes last season', 'in its final season'). A clause that only
    dates the amount by a span of the rate's own period is no basis of its own: '£2m a year, up from the
    £1.5m it spent last year' (`_only_dated_by_its_period`)."""
    last = tokens[-1]
    number = _head(tokens)
    end = max(last.i, level.i)
    after = [c for t in {level, number, prep, prep.head} for c in child_tokens(t) if c.i > end and c.i != prep.i]
    for c in after:
        if c.dep_ in ("relcl", "acl"):
            return not _only_dated_by_its_period(c, periods)
        if c.dep_ == "pobj" and c.head.i == prep.i or c.dep_ == "npadvmod" and any(
                d.dep_ == "det" and d.lower_ in L.RATE_DETERMINERS for d in child_tokens(c)):
            return True                   # "4,300 riel a sack": a piece of its own
        if c.dep_ == "prep" and c.lower_ in L.RATE_WORDS:
            return True                   # "per sack"
        time_noun = c if c.dep_ == "npadvmod" else next((g for g in child_tokens(c) if g.dep_ == "pobj"), None) \
            if c.dep_ == "prep" else None
        if periodic and time_noun is not None and (time_noun.lemma_.lower() in _PERIOD_NOUNS
                                                   or time_noun.lower_ in L.SEASON_NOUNS):
            return True                   # "9,000 tonnes last season": a total of that span, maybe
        if c.dep_ == "prep" and (c.lower_ == "of" or not any(
                t.ent_type_ in ("DATE", "TIME") or t.pos_ == "PROPN" or _YEAR.fullmatch(t.text) for t in c.subtree)):
            return True                   # "in storage", "of reserves"
    verb = _contact_clause_after(level.doc, end + 1)
    return verb is not None and not _only_dated_by_its_period(verb, periods)


def _contact_clause_after(doc, i: int) -> Token | None:
    """'the 200 litres its tank holds': the verb of a clause with no relative word that opens right after
    an amount — its subject starts there and its verb follows — which the parser may hang elsewhere."""
    if i >= len(doc):
        return None
    subject = doc[i]
    while subject.dep_ in ("det", "poss", "amod", "compound", "nummod") and subject.head.i > subject.i:
        subject = subject.head
    verb = subject.head
    return verb if subject.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and verb.i > subject.i \
        else None


def _periods_of(basis: str) -> frozenset[str]:
    """' a year' -> {'year'}; ' per tonne' -> none: the spans of time a rate is counted per."""
    words = {w[:-1] if w.endswith("s") and w[:-1] in L.TIME_UNITS else w for w in basis.split()}
    return frozenset(w for w in words if w in L.TIME_UNITS)


def _only_dated_by_its_period(verb: Token, periods: frozenset[str]) -> bool:
    """'the £1.5m it spent last year', '... it spent in 2022' against a rate 'a year': the clause says
    nothing of the amount but when it fell, in a span of the rate's own period, so the amount is the
    rate's earlier level; 'the 9,000 litres the tank holds' (no time), '510 tonnes it hauled last month'
    against 'a week' (a total of another span) say what the amount is themselves. Only what follows the
    clause's subject is its own: the parser may hang the phrase of comparison itself on its verb."""
    subject = next((c for c in child_tokens(verb) if c.dep_ in L.CLAUSE_SUBJECT_DEPS), verb)
    said = [c for c in child_tokens(verb) if c.i > subject.i and c.dep_ not in ("aux", "auxpass", "neg", "punct")]
    return bool(periods) and bool(said) and all(_a_span_of(c, periods) for c in said)


def _a_span_of(word: Token, periods: frozenset[str]) -> bool:
    """'last year', 'in 2022' for the period 'year'; 'last month' for 'month'."""
    noun = next((g for g in child_tokens(word) if g.dep_ == "pobj"), None) if word.dep_ == "prep" else word
    if noun is None or noun.dep_ not in ("npadvmod", "tmod", "pobj"):
        return False
    return noun.lemma_.lower() in periods or "year" in periods and bool(_YEAR.fullmatch(noun.text))


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_PERIOD_NOUNS = L.TIME_UNITS | set(L.RATE_ADJECTIVES.values())      # 'last month', 'the previous quarter'


def _benchmark_of_its_own_basis(benchmark: Token) -> bool:
    """'a weekly limit of 50 tonnes', 'the household average of 600 litres': a benchmark noun with a
    period of its own (RATE_ADJECTIVES) or the piece it is counted per (RATE_DENOMINATORS) hung before it."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < benchmark.i
               and (c.lower_ in L.RATE_ADJECTIVES or c.lemma_.lower() in L.RATE_DENOMINATORS)
               for c in child_tokens(benchmark))


def _paid_for_one(last: Token) -> str | None:
    """'$68 for a bed in a shelter', '$40 for each bunk': the one piece an amount of money is
    paid for, named right after it ('for' and a noun with a determiner of one)."""
    doc = last.doc
    if last.i + 1 >= len(doc) or doc[last.i + 1].lower_ != "for":
        return None
    noun = next((c for c in child_tokens(doc[last.i + 1]) if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ in L.ONE_PIECE_DETERMINERS for c in child_tokens(noun)):
        return None
    return noun.lower_


def _of_a_like_size(a: RawFigure, b: RawFigure) -> bool:
    """Two amounts within a factor of ten of each other: a price and the price it is set against."""
    return a.value is not None and b.value is not None and a.value > 0 and b.value > 0 \
        and max(a.value, b.value) <= 10 * min(a.value, b.value)


def _share_denied_after(found: list[tuple[RawFigure, list[Token]]], n: int, named: bool = False) -> str | None:
    """'about 30 per cent, not 50', 'a fare rise of 3.5% instead of the 6%', 'a rise of 3%
    rather than 5%': a number set against the share right before it as the one not taken
    (ALTERNATIVE_SETTERS, a comma before and 'the' after them aside) is a share of the same
    thing; with `named` only where that share names what it measures ('% fare rise', not '%') and
    the number has no phrase or clause of its own after it ('rather than 5% in parking fees',
    'instead of the 5% the union wanted for wages', 'the 10% feared')."""
    unit = found[n - 1][0].unit if n else None
    if not (unit or "").startswith("% " if named else "%"):
        return None
    before, tokens = found[n - 1][1][-1], found[n][1]
    if named and any(c.dep_ in L.OWN_PHRASE_DEPS for c in child_tokens(_percent_place(tokens[-1]))):
        return None     # "3% rather than 5% in parking fees", "instead of the 2% the board allowed
                        # on sewer charges": the other has a phrase or a clause of its own
    words = [t.lower_ for t in before.doc[before.i + 1:tokens[0].i] if t.lower_ not in L.PERCENT_WORDS]
    words = words[1:] if words[:1] == [L.LIST_COMMA] else words
    words = words[:-1] if words[-1:] and words[-1] in L.DEFINITE_ARTICLES else words
    return unit if tuple(words) in L.ALTERNATIVE_SETTERS else None


def _voters_of_a_bare_count(last: Token, found: list[tuple[RawFigure, list[Token]]],
                            earlier_voters: str | None) -> str | None:
    """'Two abstained', '212 voted for the motion': a bare count that is the subject of a verb
    of voting counts the voters the sentence, or else the one before (not where it names a body
    or place of its own), counts ('31 councillors voting in favour'); with none, a count of who voted for or against is of votes."""
    verb = last.head
    if last.dep_ != "nsubj" or verb.lemma_.lower() not in L.VOTER_COUNT_VERBS:
        return None
    voters = _voters_counted(found) or (earlier_voters if not _names_a_body_or_place(last.sent) else None)
    if voters is None and verb.lemma_.lower() in L.VOTING_VERBS:
        return "votes"
    return voters


def _names_a_body_or_place(sent) -> bool:
    """'In the Senate, 40 voted against': a sentence that names a body or place of its own may
    count other voters than the sentence before."""
    return any(t.pos_ == "PROPN" for t in sent)


def _voters_counted(found: list[tuple[RawFigure, list[Token]]]) -> str | None:
    """The unit of a count of voters among the figures: a noun counted that a verb of voting
    has as its subject or is said of ('31 councillors voted', '31 councillors voting in favour')."""
    for figure, tokens in found:
        noun = tokens[-1].head
        if figure.unit is None or figure.unit == "votes" or noun.pos_ != "NOUN" or tokens[-1].dep_ != "nummod":
            continue
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in L.VOTER_COUNT_VERBS \
                or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in L.VOTER_COUNT_VERBS for c in child_tokens(noun)):
            return figure.unit
    return None


def _compared_figure(found: list[tuple[RawFigure, list[Token]]], n: int) -> str | None:
    """'5,300 break-ins this year, up from 4,100', '340 refugees, compared with 210 last year',
    'turnout of 62%, against 58 last time': a bare number a phrase of comparison sets against a
    figure before it in the clause that phrase belongs to has that figure's unit."""
    place = _placed_as(found[n][1][-1])
    anchor = _comparison_anchor(place)
    if anchor is None:
        return None
    adverb = _change_adverb_of_from(place)
    if adverb is None or not any(_percent_place(tokens[-1]).head.i == adverb.i for figure, tokens in found[:n]
                                 if figure.unit is not None and figure.unit.startswith("%")):
        return _unit_compared_with(found, n, anchor, _head, lambda unit: True)
    # "carried 300,000 riders, up 6% from 280,000": the level before the change is of the count,
    # never the change's '%'
    return _unit_compared_with(found, n, anchor, _head, lambda unit: True, passed=lambda unit: unit.startswith("%"))


def _unit_compared_with(found: list[tuple[RawFigure, list[Token]]], n: int, anchor: Token,
                        head_of: Callable[[list[Token]], Token], fits: Callable[[str], bool],
                        passed: Callable[[str], bool] = lambda unit: False) -> str | None:
    """The unit of the nearest figure with one (not one `passed`) before `found[n]`, where its head
    (`head_of` its tokens) is the comparison's `anchor` or under it and the unit `fits`; None otherwise."""
    for figure, tokens in reversed(found[:n]):
        if figure.unit is not None and not passed(figure.unit):
            head = head_of(tokens)
            tied = head.i == anchor.i or any(a.i == anchor.i for a in head.ancestors)
            return figure.unit if fits(figure.unit) and tied else None
    return None


def _compared_share(found: list[tuple[RawFigure, list[Token]]], n: int) -> str | None:
    """'absenteeism is close to 30%, compared to about 8% for ...', 'inflation fell to 4%, down from 6%': a
    bare percentage a phrase of comparison sets against a percentage before it in the clause that phrase
    belongs to is of the measure that one names ('% absenteeism'); not a share 'of' a group (the compared one
    may be of another group) unless 'up'/'down from' makes it the same share at an earlier time ('61% of
    tenants had smoke alarms, up from 44%': '% of tenants', `_earlier_level_of_a_change`), not one a clause
    describes ('8% who quit') or one 'for' another measure ('8% for wage growth'), nor one naming nothing."""
    place = _percent_place(found[n][1][-1])
    anchor = _comparison_anchor(place)
    if anchor is None or any(c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _RATE_OR_MEASURE_HEAD_NOUNS
                                  or g.lower_ in L.RATE_NOUNS) for g in child_tokens(c)) for c in child_tokens(place)):
        return None     # "compared to 8% for the dropout rate", "against 8% who quit": another measure, a share of people
    for figure, tokens in reversed(found[:n]):
        if figure.unit is not None:
            head = _percent_place(tokens[-1]) if figure.unit.startswith("%") else _head(tokens)
            named = figure.unit.startswith("% ") and (not figure.unit.startswith("% of ") or _earlier_level_of_a_change(place))
            tied = head.i == anchor.i or any(a.i == anchor.i for a in head.ancestors)
            return figure.unit if named and tied else None
    return None


def _earlier_level_of_a_change(place: Token) -> bool:
    """'up from 39%', 'down from 80% in 2019': a percentage in the 'from' phrase of a change adverb
    is the level the same share had before, where it has no group or scope of its own ('down
    from 70% among the over-70s', 'up from 30% nationally': SHARE_SCOPE_PREPOSITIONS, an adverb
    but EARLIER_ADVERBS; a time phrase aside)."""
    adverb = _change_adverb_of_from(place)
    if adverb is None:
        return False
    return not _a_scope_of_its_own([c for t in (place, place.head, adverb) for c in child_tokens(t) if c.i > place.i])


def _a_scope_of_its_own(after: list[Token]) -> bool:
    """Whether words hung after a percentage give it a group or scope of its own ('70% among the
    over-70s', '40% in Norway', '30% nationally': SHARE_SCOPE_PREPOSITIONS, an adverb but
    EARLIER_ADVERBS, a clause), a time phrase aside ('in May', 'a year ago')."""
    return any(c.dep_ in ("acl", "relcl") or not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) and (
        c.dep_ == "prep" and c.lower_ in L.SHARE_SCOPE_PREPOSITIONS or c.dep_ == "advmod" and c.lower_ not in L.EARLIER_ADVERBS)
        for c in after)


def _change_adverb_of_from(place: Token) -> Token | None:
    """The 'up'/'down' (COMPARING_ADVERBS) whose 'from' phrase holds `place` ('up from 4,100',
    'down 6% from 280,000'), or None."""
    prep = place.head
    if place.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lower_ in L.COMPARING_ADVERBS:
        return prep.head
    return None


def _share_as_bound(found: list[tuple[RawFigure, list[Token]]], n: int) -> str | None:
    """'64% of toddlers had both doses, well below the 90% doctors say is needed', 'will reserve
    25% of the flats, above the 10% the rules require': a definite bare percentage that a bound
    set off after a share's clause compares with it is a share of the same whole ('% of
    toddlers'); the bound hangs on the verb of the share's clause."""
    anchor = _set_off_bound(_percent_place(found[n][1][-1]))
    if anchor is None:
        return None                       # "below the 30% the lender charges in interest": another whole
    for figure, tokens in reversed(found[:n]):
        if figure.unit is not None:
            share = _percent_place(tokens[-1])
            tied = any(a.i == anchor.i for a in share.ancestors)
            return figure.unit if figure.unit.startswith("% of ") and tied else None
    return None


def _set_off_bound(word: Token, own: Token | None = None) -> Token | None:
    """'..., well below the 90% doctors say is needed', '..., just above the county average of
    51%': where `word` is the definite object of a bound (SHARE_BOUND_PREPOSITIONS) set off by a
    comma after a clause, with no phrase of its own after it (but `own`, a benchmark's 'of' phrase
    of its percentage), the word the bound hangs on, whose clause it is set against; None otherwise
    ('below the 30% the lender charges in interest', 'above the average of 5% in the north': a
    whole of its own)."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in L.SHARE_BOUND_PREPOSITIONS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in child_tokens(word)) \
            or prep.left_edge.i == 0 or word.doc[prep.left_edge.i - 1].text != "," \
            or any(t.dep_ == "prep" and (own is None or t.i != own.i) for t in word.subtree if t.i > word.i):
        return None
    return prep.head


def _benchmark_compared(found: list[tuple[RawFigure, list[Token]]], n: int) -> str | None:
    """'62% of callers were answered, against a target of 90%', 'occupancy was 58%, compared with
    a national average of 70%': a bare percentage that is the level of a benchmark noun
    (BENCHMARK_NOUNS) which a phrase of comparison sets against a percentage before it in the
    clause that phrase belongs to measures what that one does ('% of callers'); not where that
    one names nothing, nor where the benchmark names a whole of its own ('against a goal of 70%
    for the whole city': BENCHMARK_SCOPE_PREPOSITIONS)."""
    last = found[n][1][-1]
    place = _percent_place(last)
    of = place.head
    benchmark = _benchmark_premodified(place)
    if benchmark is not None:
        of = None                       # "far over the 10 percent limit": the benchmark's own level
    elif (benchmark := _benchmark_of(place)) is None:
        return None
    if _benchmark_scoped(benchmark, place, last):
        return None
    anchor = _comparison_anchor(benchmark)
    # "Attendance was 91%, just above the regional average of 88%": a bound set off after a
    # level compares a level ('% attendance'); after a change ('Turnout fell 5%, below the national
    # average of 70%') the benchmark is no such change, and stays '%'
    set_off = anchor is None
    if set_off:
        anchor = _set_off_bound(benchmark, own=of)
    if anchor is None:
        return None
    return _unit_compared_with(found, n, anchor, lambda tokens: _percent_place(tokens[-1]),
                               lambda unit: unit.startswith("% ") and not (set_off and _names_a_change_or_kind(unit)))


def _benchmark_of(place: Token) -> Token | None:
    """'a target of 90%', 'a regional average of $6,100': the benchmark noun (BENCHMARK_NOUNS) whose
    'of' holds `place` as its level; None otherwise."""
    of = place.head
    if place.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in L.BENCHMARK_NOUNS:
        return None
    return of.head


def _benchmark_scoped(benchmark: Token, place: Token, last: Token) -> bool:
    """'against a goal of 70% for the whole city', 'a national average of 75% among adults': a benchmark
    that names a whole of its own (BENCHMARK_SCOPE_PREPOSITIONS), no level of the same whole."""
    return any(c.dep_ == "prep" and c.lower_ in L.BENCHMARK_SCOPE_PREPOSITIONS
               for t in {benchmark, place, last} for c in child_tokens(t))


def _benchmark_premodified(place: Token) -> Token | None:
    """'the 10 percent limit', 'the 12.5% goal': the benchmark noun (BENCHMARK_NOUNS) a
    percentage is written before, with only adjectives and nouns between; None otherwise."""
    head = place.head
    if place.dep_ not in ("compound", "amod", "nmod", "nummod") or head.pos_ != "NOUN" or head.i <= place.i \
            or head.lemma_.lower() not in L.BENCHMARK_NOUNS \
            or any(t.pos_ not in ("ADJ", "NOUN") for t in place.doc[place.i + 1:head.i]):
        return None
    return head


def _placed_as(last: Token) -> Token:
    """Where a bare number stands in its clause: 'compared with 210 last year', 'totalled 84,000
    last year' — the parser may make it count the time noun after it, which the date's own
    phrase holds and the number is no part of; the time noun stands in its place."""
    head = last.head
    if last.dep_ == "nummod" and head.i < last.i and head.text in L.CURRENCY_MARKS:
        return head                       # 'up from Rs 2,500': the mark the number counts
    if last.dep_ == "nummod" and head.i > last.i and head.lemma_.lower() in L.TIME_UNITS and head.ent_type_ == "DATE" \
            and last.ent_type_ not in ("DATE", "TIME"):
        return head
    return last


def _comparison_anchor(last: Token) -> Token | None:
    """The word a phrase of comparison holding the bare number hangs on ('recorded' in 'recorded
    5,300 break-ins, up from 4,100'), or None where the number is in none."""
    if last.dep_ != "pobj":
        return None
    prep = last.head
    if _change_adverb_of_from(last) is not None:
        return prep.head.head
    if prep.lower_ in L.COMPARING_VERBS.get(prep.head.lemma_.lower(), ()):
        return prep.head.head
    return prep.head if prep.lower_ in L.CONTRASTING_PREPOSITIONS else None


_RESTATING_GAP = re.compile(r"\s*[,(]\s*(?:or\s+)?")


def _restated_per_period(found: list[tuple[RawFigure, list[Token]]], n: int) -> str | None:
    """'The plan costs £30m, or 3m a year', 'cost $40 million, about 4 million a year': a bare
    amount with a period after it, set off by a comma or a bracket right after a figure without
    one, and no more than it nor far less, is that figure's amount per period."""
    if n == 0:
        return None
    before, figure = found[n - 1][0], found[n][0]
    if before.unit is None or _RATE_SUFFIX.search(before.unit) or not _RESTATING_GAP.fullmatch(
            figure.sentence[before.end:figure.start]):
        return None
    if not before.value or not figure.value or not before.value / 10_000 <= figure.value <= before.value:
        return None             # "£30m, or 3 a year": no share of that amount per period
    period = _rate(figure.sentence[figure.end:], before.unit)
    return before.unit + period if period else None


_RATE_SUFFIX = re.compile(r" (?:an? \w+|every .+)$")


def _partitive_antecedent(last: Token, skip_pct: bool = False) -> str | None:
    """'The council wrote to the landlords; 120 of them have not replied': 'N of them' counts
    the plural noun 'them' stands for, where the sentence names one plural noun before it (or,
    naming none, the sentence before does) — with two ('the teachers met the parents, and 40 of
    them ...') it is unsaid which, as it is beside a singular noun of many ('sent letters to every
    household; 300 of them replied')."""
    doc = last.doc
    at = _after_percent_words(last) - 1 if skip_pct else last.i      # "40 per cent of them": past the sign
    if at + 2 >= len(doc) or doc[at + 1].lower_ != "of" or doc[at + 2].lower_ not in L.PLURAL_PARTITIVE_PRONOUNS \
            or doc[at + 2].head.i != at + 1:
        return None
    sent = last.sent
    candidates = _plural_nouns(doc[sent.start:last.i])
    if not candidates and sent.start > 0:
        candidates = _plural_nouns(doc[sent.start - 1].sent)
    if len({c.lemma_.lower() for c in candidates}) != 1 or _each_of_many(doc[candidates[0].sent.start:last.i]):
        return None
    whole, part = candidates[-1], None if skip_pct else _amount(last.text)
    if any(c.dep_ == "nummod" and (count := _amount(c.text)) is not None and part is not None and count < part
           for c in child_tokens(whole)):
        return None                       # "visited two schools, and 300 of them ...": not a part of those
    return _counted_noun(whole)


def _each_of_many(span) -> bool:
    """'letters to every household', 'a form for each tenant': a singular noun that stands for many,
    which 'them' may take up as well as a plural noun."""
    return any(t.lower_ in L.DISTRIBUTIVE_DETERMINERS and t.dep_ == "det" and t.head.tag_ == "NN" for t in span)


def _plural_nouns(span) -> list[Token]:
    """The plural nouns of a stretch that can be counted: no measure, no time, no name of a date or a sum."""
    return [t for t in span if t.tag_ in L.PLURAL_NOUN_TAGS and t.dep_ != "compound"
            and t.lemma_.lower() not in L.MEASURED_NOUNS and t.lower_ not in L.MEASURED_NOUNS
            and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")]


def _shared_out(last: Token) -> Token | None:
    """'two each from the police and the army': the phrase naming the groups a count is given
    for, one by one (the count is per group: no total, and nothing without what it counts)."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != L.DISTRIBUTIVE:
        return None
    groups = doc[last.i + 2]
    return groups if groups.lower_ in L.COUNTED_MEMBER_PREPOSITIONS and groups.head.i == last.i else None


def _end_of_groups(groups: Token) -> int | None:
    """The last token of the groups a count is shared out among ('from the navy and the air force'),
    also where the parser hung the noun after 'and' elsewhere ('... the air force died'); None where
    the phrase goes on after an 'and' or 'or' with no noun phrase it can be closed at."""
    doc, end = groups.doc, groups.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].lower_ not in L.COORDINATORS:
        return end
    start = end + 2
    return next((t.right_edge.i for t in doc[start:start + 6]
                 if t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == start and t.right_edge.i >= t.i), None)


_CONVERSION_GAP = re.compile(r"\s*(?:[^\W\d]+\s*){0,2}?(?:\(|,)\s*$")


def _qualify_conversions(found: list[tuple[RawFigure, list[Token]]], text: str) -> None:
    """'about $3bn (£1.58bn)', 'roughly five miles (eight kilometres)', 'up to 130 billion euros,
    about $148 billion': an amount restated in another currency or measure right after the first
    is as approximate, or as bounded, as the first; its own bare number loses the qualifier."""
    ordered = sorted(found, key=lambda pair: pair[0].start)
    for (first, _), (second, _) in zip(ordered, ordered[1:]):
        if not first.qualifier or not _restates(first, second, text):
            continue
        bound = L.QUALIFIER_BOUNDS.get(first.qualifier)
        if second.qualifier and not (bound and second.qualifier == "about"):
            continue                      # its own bound stands; 'up to X, about Y' is bounded by 'up to'
        second.qualifier = first.qualifier
        if second.low is None or second.high is None:
            second.low, second.high = ((second.value, None) if bound == "low" else
                                       (None, second.value) if bound == "high" else (None, None))


def _restates(first: RawFigure, second: RawFigure, text: str) -> bool:
    """Is `second` the amount of `first` in another currency or measure, in brackets after it
    or set off by commas?"""
    units = {first.unit, second.unit}
    if len(units) != 2 or not (units <= _MONEY_UNITS_OR_CURRENCY_WORDS
                               or units <= L.CONVERTIBLE_UNITS):
        return False
    gap = text[first.end:second.start]
    if not _CONVERSION_GAP.match(gap):
        return False
    after = text[second.end:].lstrip()
    if gap.rstrip().endswith("("):
        after = re.sub(r"^[^\W\d]+(?:\s+[^\W\d]+)?\s*(?=\))", "", after)   # '(eight kilometres)'
        return after.startswith(")")
    return after[:1] in (",", ")", ";", ".", "") or after.startswith(("-", "–", "—"))


def _fronted_partitive(last: Token) -> str | None:
    """'Of the 12 jurors who will sit on the trial, five were chosen': a bare count that is
    the subject or object of a verb whose opening 'of' phrase names the whole counts its noun."""
    if last.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = last.head
    of = next((c for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ == "of" and c.i < last.i), None)
    whole = next((o for o in child_tokens(of) if o.dep_ == "pobj" and o.tag_ in L.PLURAL_NOUN_TAGS), None) if of is not None else None
    return _noun_phrase(whole) if whole is not None else None


def _counted_by_tally(last: Token, text: str) -> str | None:
    """'The survey sample is 612', 'fleet size - around 2,400': a bare number that is the
    value of a tally noun counts what the tally's compound or 'of' phrase names; so does the
    level a tally or a plural count reaches (`_counted_at_a_level`)."""
    if last.dep_ == "appos":
        tally = last.head
    elif last.dep_ == "attr" and last.head.lemma_ == "be":
        tally = _nominal_subject(last.head)
    elif (verb := _level_verb(last)) is not None:
        return _counted_at_a_level(verb, last, text)
    else:
        return None
    if tally is None or tally.lemma_.lower() not in L.COUNT_NOUNS:
        return None
    of = _of_complement(tally)
    if of is not None:
        return of
    return _compound_counted(tally)


def _compound_counted(noun: Token) -> str | None:
    """'the asylum claims total': the plural of the noun compounded before a tally or level noun."""
    counted = next((c for c in child_tokens(noun) if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    return _plural(counted, 2) if counted is not None else None


def _level_verb(last: Token) -> Token | None:
    """The verb of which a bare number is the level reached or kept, the level left or the
    change ('rose to 260', 'stood at 8,150', 'totalled 4,300', 'rose from 140 to 260', 'fell by
    300', 'put the number of X at 700')."""
    placed = _placed_as(last)
    if placed.dep_ == "dobj" or placed.i != last.i and placed.dep_ == "npadvmod":
        return placed.head if placed.head.lemma_.lower() in L.LEVEL_VERBS else None   # "totalled 84,000 last year"
    last = placed
    if last.dep_ == "quantmod" and last.head.like_num and last.head.dep_ == "pobj" and last.i + 1 < last.head.i:
        last = last.head                  # "fell from 45 to 20": the parser makes the pair one number
    prep = last.head
    if last.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in L.LEVEL_PREPOSITIONS:
        return None
    if prep.lower_ == "to" and prep.head.dep_ == "prep" and prep.head.lower_ == "from":
        prep = prep.head                  # 'from 140 to 260': the parser hangs 'to' on 'from'
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    valued = valued_at(verb)
    return verb if verb.lemma_.lower() in _LEVEL_OR_CHANGE_VERBS or valued is not None and valued.i == prep.i else None


def _counted_at_a_level(verb: Token, last: Token, text: str) -> str | None:
    """'The number of asylum claims rose to 12,400', 'the number of beds was cut from 400 to 310',
    'X put the number of lost boats at 700', 'the arrest total hit 212': the level of a tally
    of plural things (`COUNTING_TALLY_NOUNS`) counts them; 'Complaints reached 950', 'cholera
    cases pass 1,100': the whole number a plural count noun reaches counts that noun (not a
    measure or money: `MEASURED_NOUNS`; not a decimal, which measures)."""
    whole = _what_reaches_a_level(verb, last)
    if whole is None or whole.pos_ != "NOUN" or _ranked_in(verb):
        return None
    if verb.lemma_.lower() in L.PASSING_VERBS and _opens_a_tally(last):
        return None                       # "the resolutions passed 30 to nil": votes, no resolutions
    counted = _counted_by_its_level(whole, text)
    return counted + _period_of_the_levels(verb, counted) if counted else None


def _ranked_in(verb: Token) -> bool:
    """'Hospitals reached 95 in the rankings': a level in a measure or a ranking is a place or a
    score, no count of what reaches it."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and o.dep_ == "pobj" and o.lemma_.lower() in L.MEASURED_NOUNS
               and o.lemma_.lower() not in L.TIME_UNITS and not o.ent_type_ for c in child_tokens(verb) for o in child_tokens(c))


def _counted_by_its_level(whole: Token, text: str) -> str | None:
    if whole.lemma_.lower() in L.COUNTING_TALLY_NOUNS:
        of = next((o for c in child_tokens(whole) if c.dep_ == "prep" and c.lower_ == "of"
                   for o in child_tokens(c) if o.dep_ == "pobj"), None)
        if of is not None:
            return _counted_noun(of) if of.tag_ in L.PLURAL_NOUN_TAGS and of.pos_ == "NOUN" else None
        return _compound_counted(whole)
    if whole.tag_ != "NNS" or whole.lemma_.lower() in L.MEASURED_NOUNS or whole.lower_ in L.MEASURED_NOUNS \
            or re.search(r"\d\.\d", text) or whole.ent_type_ or any(c.dep_ == "nummod" for c in child_tokens(whole)):
        return None                       # "the 40 lorries reached 90": a count of its own, the number is another measure
    if whole.head.lemma_.lower() in L.ARRIVING_VERBS and _names_people(whole):
        return None                       # "our players reached 12 in the rankings"
    return _counted_noun(whole, adjectives=False)     # "Total arrests rose to 212": arrests


def _names_people(noun: Token) -> bool:
    """A noun of people: a person noun, or an agent noun ('players', 'visitors', 'migrants')."""
    lemma = noun.lemma_.lower()
    return lemma in L.PERSON_NOUNS or lemma in L.PEOPLE_COLLECTIVES or lemma.endswith(L.AGENT_SUFFIXES)


def _counted_noun(noun: Token, adjectives: bool = True) -> str | None:
    """A plural noun as the unit of a count: with its adjectives where asked ('homeless
    families'), unless they are coordinated ('confirmed and suspected cases': only those that
    classify it are kept, lest the unit name one part of a sum); lower case where only the
    sentence opens with it."""
    coordinated = any(c.dep_ == "amod" and (c.conjuncts or any(d.dep_ == "cc" for d in child_tokens(c)))
                      for c in child_tokens(noun))
    phrase = _noun_phrase(noun, adjectives=adjectives and not coordinated, classifying=True)
    opener = noun.sent[0]
    if phrase and doc_text(noun.doc).startswith(phrase, opener.idx) and opener.pos_ != "PROPN" and not opener.text.isupper():
        return phrase[0].lower() + phrase[1:]
    return phrase


def _level_of_a_counted_thing(last: Token) -> bool:
    """'Forty lorries reached 90', 'the 12 schools rose to 15th': the level reached by what a
    number of its own counts is some measure of those things, not more of them."""
    verb = _level_verb(last)
    whole = _what_reaches_a_level(verb, last) if verb is not None else None
    return whole is not None and whole.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "nummod" for c in child_tokens(whole))


def _period_of_the_levels(verb: Token, unit: str) -> str:
    """'dropped from an average of 60 a week to 25', 'from 45 to 20 a day': a period after a
    number of the levels left and reached makes every one of them a rate."""
    doc = verb.doc
    for prep in child_tokens(verb):
        if prep.dep_ == "prep" and prep.lower_ in L.LEVEL_PREPOSITIONS:
            for t in prep.subtree:
                period = _rate(doc_text(doc)[t.idx + len(t.text):t.sent.end_char], unit) if t.like_num else ""
                if period:
                    return period
    return ""


def _what_reaches_a_level(verb: Token, last: Token) -> Token | None:
    """What the level of `_level_verb` is the level of: the object of a verb that moves or
    values it ('cut the number of beds to 400'), else the subject (also of the verb a second
    verb is joined to: 'rose to 400 and fell back to 300')."""
    if last.dep_ == "pobj":
        moved = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None)
        if moved is not None:
            return moved
    for _ in range(3):
        subjects = [c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj":
            return subjects[0] if len(subjects) == 1 else None    # two: "X storm: death toll climbs to 12"
        verb = verb.head
    return None


def _spent_amount(figure: RawFigure, tokens: list[Token]) -> bool:
    """A bare amount with a scale ('six million', 'billions') that a verb of paying or
    spending takes as its subject or object."""
    words = re.findall(r"[a-z]+", figure.text.lower())
    if not any(w in L.SCALES or w in L.VAGUE for w in words if w != "dozen"):
        return False
    head = _head(tokens)
    if any(c.dep_ == "acl" and c.lemma_.lower() in L.MONEY_FLOW_VERBS for c in child_tokens(head)):
        return True     # "millions flowing into campaigns"
    return head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.lemma_.lower() in _MONEY_OR_MONEY_FLOW_VERBS


def _currencies(found: list[tuple[RawFigure, list[Token]]]) -> set[str]:
    """The currencies the sentence's figures are in."""
    return {f.unit for f, _ in found if f.unit in _MONEY_UNITS or f.unit in L.CURRENCY_WORDS}


def _nearest(candidates: list[RawFigure], n: int, found) -> str:
    order = {id(f): m for m, (f, _) in enumerate(found)}
    return min(candidates, key=lambda f: (order[id(f)] > n, abs(order[id(f)] - n))).unit


def _counts_deaths(last: Token) -> bool:
    """'death tolls exceeded 100', 'raising the death toll to 31'."""
    verb = last.head.head if last.dep_ == "pobj" else last.head
    if last.dep_ not in ("dobj", "pobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.lemma_.lower() == L.TOLL_NOUN and c.dep_ in ("nsubj", "nsubjpass", "dobj")
               and any(m.lower_ == L.DEATH_WORD for m in child_tokens(c)) for c in child_tokens(verb))


def _about_people(last: Token) -> bool:
    """'killed twelve', 'three died', 'a total of 14 are now missing'."""
    token = last
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in L.TALLY_NOUNS:
        token = token.head.head
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = token.head
    if verb.lemma_.lower() in L.PEOPLE_VERBS:
        return True
    return any(c.lower_ in L.PEOPLE_STATES for c in child_tokens(verb) if c.dep_ in ("acomp", "oprd", "attr"))


def _about_people_as_well(last: Token) -> bool:
    """'40 workers were hurt, as were nine guards' without its noun: a count that
    shares the predicate of a verb of harm to people."""
    be = last.head
    if last.dep_ not in ("nsubj", "acomp", "attr") or be.lemma_ != "be" or be.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in child_tokens(be)):
        return False
    verb = be.head
    return verb.lemma_.lower() in L.PEOPLE_VERBS or verb.lower_ in L.PEOPLE_STATES


def _speaker_of_quotation(parsed: ParsedArticle, figure: RawFigure, n: int, quotes: list[Quote],
                          spans: dict[int, list[MentionSpan]], countries: set[str], kinds: Mapping[str, str],
                          names: Mapping[str, str], positions: list[RawPosition]) -> str | None:
    """'"The port is shut. There are 400 crates on the quay," Ann Lowe continued' (or 'Ann Lowe
    continued, "The port is shut. There are 400 ..."'): a figure inside a quotation that runs
    over several sentences is the speaker's of the cue in the sentence where it ends (or
    opens), when that sentence's main verb is a cue outside the marks, whose quoted clause is
    all the quotation has in that sentence and whose subject, outside the marks, was
    resolved to an actor."""
    quote = next((q for q in quotes if q.start <= figure.start and figure.end <= q.end), None)
    if quote is None:
        return None
    bounds = [(parsed.start_char(s), parsed.end_char(s)) for s in parsed.sentences]
    last = next((k for k in range(n + 1, len(bounds)) if bounds[k][0] < quote.end <= bounds[k][1]), None)
    first = next((k for k in range(n - 1, -1, -1) if bounds[k][0] <= quote.start < bounds[k][1]), None)
    for m, at_end in ((last, True), (first, False)):
        if m is None:
            continue
        subject = _subject_of_quoting_cue(parsed, parsed.sentences[m], quote, at_end)
        if subject is not None:
            speakers = {p.speaker: p.actor for p in positions if p.sentence_index == m and p.actor}
            return _mention_finder(parsed, m, spans.get(m, []), speakers, countries, _NO_REFERENTS, kinds,
                                   names)(subject) or None
    return None


def _subject_of_quoting_cue(parsed: ParsedArticle, sent: Span, quote: Quote, at_end: bool) -> Token | None:
    """The subject of the main verb of `sent`, where that verb is a cue outside the quotation's
    marks (after them where the quotation ends in `sent`, else before them) and the quoted
    words of `sent` are the one clause it reports."""
    base = parsed.offset(sent.doc)            # article offset of the token offsets

    def inside(t: Token) -> bool:
        return base + t.idx < quote.end if at_end else base + t.idx >= quote.start

    quoted = [t for t in sent if inside(t) and not t.is_punct]
    cue = sent.root
    if not quoted or inside(cue) or not _is_attributing(cue) and cue.lemma_.lower() not in L.CLAUSE_REPORTING_VERBS:
        return None
    tops = {t for t in quoted if not (inside(t.head) and t.head.i != t.i)}
    if tops != {next((c for c in child_tokens(cue) if c.dep_ in ("ccomp", "parataxis") and c in tops), None)}:
        return None
    subject = _nominal_subject(cue)
    return subject if subject is not None and not inside(subject) else None


def _a_law_by_its_name(words: list[str]) -> bool:
    """A speaker phrase that is a law: a definite determiner, optionally the law's capitalised name words, and a
    law's head word (LAW_HEADS) as the phrase's last and head word ('The Bill', 'this Act', 'the Harbour Dues
    Bill'). Not a phrase the head word only ends ('The firm's head of transport law', 'the dean of the school of
    law': an 'of' or a possessive makes another noun the head), nor a capitalised plural head right after the
    determiner, a family's name ('The Laws, who farm near X')."""
    if len(words) < 2 or words[0].lower() not in L.DEFINITE_DETERMINERS or words[-1].lower() not in L.LAW_HEADS:
        return False
    if not all(w.isalpha() and w[:1].isupper() for w in words[1:-1]):
        return False
    return not (len(words) == 2 and words[-1][:1].isupper() and words[-1].lower().endswith("s"))


def _unnamed_source(statement: RawPosition | None, number: Token | None = None) -> str | None:
    """The words that name the source of a statement holding the figure where no actor stands
    for it ('a senior official who asked not to be named', 'two officials briefed on the talks',
    'the indictment'): a reader is told who claims the number even where that is nobody named.
    Not a pronoun left unresolved ('he said', 'his office said'), nor a bare data noun ('figures
    show'), nor a speaker whose words run past a comma into something else ('the department, brick
    kilns'), save a relative clause about the source ('A health worker, who asked not to be named').
    A data noun the statement's speaker was cut to ('figures' of 'according to figures tabled at
    the spring conference') is given with the words that tell those figures apart, read from the
    parse (`_described_statistics_according_to`), where it has them. Not a law named by its head word
    ('The Bill says four seats ...', `_a_law_by_its_name`): what a law sets out is its content, no one's claim."""
    if statement is None or statement.actor:
        return None
    speaker = statement.speaker.strip()
    first = speaker.split()[0].lower() if speaker else ""
    if speaker.lower() in L.UNRESOLVED_SOURCE_PRONOUNS or first in L.POSSESSIVE_PRONOUNS:
        return None             # 'he', or 'his office', 'its annual reports': whose, the reader is not told
    if _a_law_by_its_name(speaker.split()):
        return None             # 'The Bill', 'this Act': a law's content, whose figures no one claims
    if speaker.lower() in L.SOURCE_NOUNS:
        described = _described_statistics_according_to(number, speaker.lower()) if number is not None else None
        phrase = None if described is None else _source_phrase(described)
        return None if phrase is None or _bare_statistics(phrase, described) else phrase   # bare 'figures': no one's words
    before, comma, after = speaker.partition(",")
    if comma and after.split()[:1] not in (["who"], ["which"]):
        return None
    return speaker


def _described_statistics_according_to(number: Token, noun: str) -> Token | None:
    """The data noun `noun` named after 'according to' in the figure's sentence where words of its
    own tell it apart (`_statistics_described`: 'according to figures released by the harbour board',
    'according to figures the union circulated'), else None; not a figure inside that phrase, nor
    in a sentence with a second 'according to' (which of the two the figure's is, the parse of the
    sentence alone does not tell: 'A rose, according to figures released by X, but B fell, according
    to other figures')."""
    if sum(t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"
           for t in number.sent) > 1:
        return None
    for token in number.sent:
        if token.lower_ == noun and named_after_according_to(token) and _statistics_described(token) \
                and not token.left_edge.i <= number.i <= token.right_edge.i:
            return token
    return None


def _statement(figure: RawFigure, positions: list[RawPosition]) -> RawPosition | None:
    """The statement whose content span holds the figure, if any (a figure outside every
    statement is claimed by nobody, whatever words it shares with one)."""
    return next((p for p in positions if p.start <= figure.start and figure.end <= p.end), None)


def _sentence_according_to(figure: RawFigure, number: Token, positions: list[RawPosition]) -> RawPosition | None:
    """'The town pays $4m a year to the depot, according to the audit memo, about a fifth of
    the depot's $20m budget': 'according to X' is said of the whole sentence, so where the
    sentence's one statement is such a one, it holds a figure its content span left out; not one
    inside the 'according to' phrase (`number` under it: in the words naming the source, or in the
    writer's comment on the source, 'according to the bank, a small number for a port of 2m tonnes')."""
    statements = [p for p in positions if p.sentence_index == figure.sentence_index]
    if len(statements) != 1 or statements[0].cue.lower() != L.ACCORDING_CUE:
        return None
    if any(a.lower_ == "according" for a in number.ancestors) \
            and not _restated_amount(_apposition_on_the_source(number)):
        return None
    return statements[0]


def _apposition_on_the_source(number: Token) -> Token | None:
    """'according to the audit memo, about a fifth of ...': the apposition the parser hangs
    on the source named after 'according to' that `number` is in (at or above it), if it is."""
    for node in (number, *number.ancestors):
        source = node.head
        if node.dep_ == "appos" and named_after_according_to(source):
            return node
    return None


def _restated_amount(noun: Token | None) -> bool:
    """'..., according to the audit memo, about a fifth of the depot's budget': the parser
    may hang a quantity that restates the sentence's amount on the source's name as its
    apposition; a quantity (a number, a fraction, an amount) it is, no comment on the source ('a
    small number for a port of 2m tonnes') nor words of its name."""
    return noun is not None \
        and (noun.like_num or noun.lower_ in L.FRACTION_WORDS or noun.ent_type_ in _AMOUNT_OR_CARDINAL_ENTITIES)


# ---- the source a sentence attributes a figure to ----------------------------------------

def _mention_finder(parsed: ParsedArticle, n: int, spans: list[MentionSpan], speakers: dict[str, str] | None = None,
                    countries: set[str] = frozenset(), antecedents: Mapping[str, str] = _NO_REFERENTS,
                    kinds: Mapping[str, str] = _NO_REFERENTS, names: Mapping[str, str] = _NO_REFERENTS,
                    statements: list[tuple[int, int, str | None]] = (),
                    offices: Mapping[str, tuple[str, str, str | None]] = _NO_REFERENTS,
                    bodies: Mapping[str, str] = _NO_REFERENTS):
    """A function giving the actor whose mention span covers a token of sentence n, if any;
    else the actor of a statement of the sentence whose speaker is written as the token's
    phrase ('Lowe claimed ..., and three each from ...': the speaker the statement resolved);
    else, for a capital that owns something ('Berlin's pledge'), its country's government,
    where the article names that country among its actors; else the actor a proper name of
    two words or more is written for elsewhere in the article ('a USA TODAY analysis' where the
    recogniser marked 'USA TODAY' only in another sentence); else, for 'it', 'its', 'his' or
    'her' outside quotation marks with no actor of its kind before it in the sentence, the
    antecedent the sentence before gives (`_antecedents`) — but not inside the reported words of
    another speaker of the sentence (`statements`: article offsets of each statement's content,
    with its actor) nor after a person no actor was resolved to ('The minister said his ...':
    the nearer candidate, resolved or not); else, for 'the governor' or 'X's governor', the one
    holder of that office the article names (`_office_holder`); else, for 'the council' or
    'council figures', the one body the article names with that head word (`_sole_bodies`)."""
    speakers = speakers or {}

    def mention_of(token: Token) -> str | None:
        start, end = parsed.sentence_offsets(n, token.doc[token.i:token.i + 1])
        covering = next(((s, e, key) for _, s, e, key in spans if s <= start and end <= e), None)
        key = covering[2] if covering is not None else None
        if key in countries and _country_inside_a_name(token, token.idx - start + covering[0],
                                                        token.idx - start + covering[1]):
            return _NOBODY_NAMED          # "Statistics Norway figures": the body's, not the country's
        if key is None and token.pos_ in ("PROPN", "NOUN"):
            phrase = token.doc[token.left_edge.i:token.i + 1].text
            key = speakers.get(phrase) or speakers.get(token.text)
            if key is not None and _body_of_a_nation(token, key, countries):
                key = _NOBODY_NAMED       # "German police reported 906 attacks": the police's, not Germany's
        if key is None and token.dep_ == "poss" and token.pos_ == "PROPN" and capital_of(token.text) in countries:
            key = capital_of(token.text)
        if key is None and token.pos_ in ("PROPN", "NOUN") and token.left_edge.i < token.i:
            key = names.get(token.doc[token.left_edge.i:token.i + 1].text)
        form = L.ANTECEDENT_PRONOUNS.get(token.lower_) if token.pos_ == "PRON" else None
        if form is not None and form != "it" and token.dep_ != "poss":
            form = None                   # "told her": only the owner of what follows
        if key is None and form in antecedents and not any(t.is_quote for t in token.doc[token.sent.start:token.i]) \
                and not any(s < start and _of_kind(kinds.get(k), form) for _, s, _e, k in spans) \
                and not _reported_by_another(token, antecedents[form], statements, parsed, kinds) \
                and (form == "it" and not _body_subject_before(token) or form != "it"
                     and not _unresolved_person_before(token, spans, parsed, n)):
            key = antecedents[form]
        if key is None and token.tag_ == "NN" and token.lower_ in offices:
            key = _office_holder(token, offices[token.lower_], mention_of)
        if key is None and form is not None and token.dep_ == "poss":
            key = _owner_is_the_subject(token, form, mention_of, kinds)
        if key is None and token.tag_ == "NN" and token.lower_ in bodies and _bare_body_noun(token):
            key = bodies[token.lower_]
        return key
    mention_of.type_of = lambda word: kinds.get(mention_of(word) or "")   # the actor's type (`name_set_off_after`)
    return mention_of


def _body_subject_before(pronoun: Token) -> bool:
    """'Velmora Water paid £2bn in dividends, according to its annual reports': the subject of
    the pronoun's clause, before it, is a name or a body's noun ('the firm'), which 'its' may
    stand for; the body the sentence before put forward is then no sure antecedent."""
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
        if subject is not None:
            return subject.pos_ == "PROPN" or subject.lemma_.lower() in L.ORG_OR_COMPANY_NOUNS
    return False


def _country_inside_a_name(token: Token, begin: int, end: int) -> bool:
    """'Statistics Norway figures showed', 'according to the Malta Dental and Nursing Council': a
    country's name (document offsets begin-end) that a capitalised proper noun before or after it
    extends, by the compounds of one name, is part of a body's name, and not the country speaking."""
    doc, sent = token.doc, token.sent
    first = last = token
    while first.i - 1 >= sent.start and doc[first.i - 1].idx >= begin:
        first = doc[first.i - 1]
    while last.i + 1 < sent.end and doc[last.i + 1].idx + len(doc[last.i + 1]) <= end:
        last = doc[last.i + 1]
    prev = doc[first.i - 1] if first.i > sent.start else None
    nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
    if prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.text[:1].isupper() \
            and prev.head.i >= first.i and not prev.ent_type_ and prev.whitespace_:
        return True
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and last.dep_ == "compound" \
        and last.head.i >= nxt.i and nxt.ent_type_ not in ("DATE", "TIME", "PERSON", "GPE", "NORP")


def _owner_is_the_subject(pronoun: Token, form: str, mention_of, kinds: Mapping[str, str]) -> str | None:
    """'The bank kept its forecast at 2%', 'Ann Lowe raised her estimate to 40': a possessive
    pronoun on an estimate or report that a verb of issuing, revising or keeping one's own takes
    as object stands for that verb's subject (a relative pronoun's noun), where the subject is an
    actor of the pronoun's kind (and, for 'his'/'her', gender); not 'Tom Reed cut its forecast',
    'the bank questioned its forecast' (maybe another's), nor a subject of two."""
    noun = pronoun.head
    if noun.dep_ != "dobj" or noun.lower_ not in L.SOURCE_NOUNS and not _names_an_estimate(noun) \
            or noun.head.pos_ != "VERB" or noun.head.lemma_.lower() not in L.OWN_ESTIMATE_VERBS:
        return None
    verb = noun.head
    subject = _own_subject_or_shared(verb)
    if subject is None or subject.conjuncts or subject.pos_ == "PRON" and subject.lower_ == pronoun.lower_:
        return None
    if subject.lower_ in L.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head               # "the bank, which kept its forecast at 2%"
    key = mention_of(subject)
    if key is None or not _of_kind(kinds.get(key), form):
        return None
    if form != "it" and gender_of_given_name(key.split()[0]) != L.ANTECEDENT_PRONOUNS_GENDER[form]:
        return None                       # "Tom Reed cut her forecast": someone else's
    return key


def _names_an_estimate(noun: Token) -> bool:
    """'her forecast', 'his price target', and 'her target price': an estimate noun, or a noun
    an estimate noun classifies as its compound (what the estimate is of)."""
    return noun.lower_ in L.ESTIMATE_NOUNS or any(
        c.dep_ == "compound" and c.i == noun.i - 1 and c.lower_ in L.ESTIMATE_NOUNS for c in child_tokens(noun))


def _own_subject_or_shared(verb: Token) -> Token | None:
    """The verb's own subject, else, for a verb joined by 'and' to one before it that has no
    subject of its own ('X said ... and cut his forecast'), the subject of that verb."""
    own = _nominal_subject(verb)
    if own is not None or verb.dep_ != "conj" or any(c.dep_ == "nsubjpass" for c in child_tokens(verb)):
        return own
    return _nominal_subject(verb.head)


def _body_of_a_nation(token: Token, key: str, countries: set[str]) -> bool:
    """'German police reported 906 attacks', 'French prosecutors said': a body a nationality
    adjective describes, which the speakers stage took for the country, puts forward its own
    figures, not the state's; only its government or officials speak for the state
    ('the German government reported')."""
    return (key in countries and token.pos_ == "NOUN" and token.lemma_.lower() not in L.STATE_FIGURE_VOICES
            and token.lower_ not in L.STATE_FIGURE_VOICES
            and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in child_tokens(token)))


def _inverted_cue_source(sent: Span, mention_of, actor_keys: set[str]) -> str | None:
    """'..., with the count climbing to 14 by Friday, reported officials, with 30 hurt': a cue
    verb put before its subject between commas (or a comma and the full stop) outside
    quotation marks, which the parser may take for an adjective, attributes the whole
    sentence; its subject is the one resolved to an actor, or a group the article made an
    actor of ('officials')."""
    if any(t.is_quote for t in sent):
        return None
    tokens = list(sent)
    for k in range(1, len(tokens) - 2):
        cue, subject, after = tokens[k], tokens[k + 1], tokens[k + 2]
        if tokens[k - 1].text == "," and cue.tag_ == "VBD" and cue.lower_ in L.INVERTED_CUE_WORDS \
                and subject.tag_ in ("NNS", "NNP", "NNPS") and after.text in (",", "."):
            key = mention_of(subject)
            if key is None and subject.tag_ == "NNS" and subject.lower_ in actor_keys:
                key = subject.lower_          # the article's group of that name
            return key
    return None


def _closing_cue_source(sent: Span, mention_of, kinds: Mapping[str, str]) -> str | None:
    """'The province has set aside R2bn ..., the Minister for Health, Dr Ann Lowe, said
    yesterday.': a cue that closes the sentence after a comma, with no subject of its own (the
    parser hung the speaker's noun phrase on a noun of the clause before as an apposition), and
    nothing after it but words of time, place or its addressee, attributes the whole sentence
    to the actor named in the phrase set off by commas right before it (or, where that phrase
    names none, the phrase before that: 'Dr Ann Lowe, the minister, said'); one actor only,
    outside quotation marks."""
    tokens = [t for t in sent if not t.is_space]
    if len(tokens) < 8 or any(t.is_quote for t in tokens):
        return None
    end = len(tokens) - 1 if tokens[-1].is_punct else len(tokens)
    k = next((i for i in range(end - 1, 2, -1)     # the tagger may read the cue as a participle ("announced on Friday")
              if tokens[i].tag_ in ("VBD", "VBN") and tokens[i].lower_ in L.INVERTED_CUE_WORDS), None)
    if k is None or tokens[k - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "agent", "auxpass") for c in child_tokens(tokens[k])) \
            or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in tokens[k + 1:end]):
        return None                       # "..., she said", "..., said X, who ...": other shapes
    commas = [i for i in range(k - 1) if tokens[i].text == ","]
    if not commas:
        return None
    segments = [tokens[commas[-1] + 1:k - 1]] + ([tokens[commas[-2] + 1:commas[-1]]] if len(commas) > 1 else [])
    if any(t.lower_ in L.CLAUSE_OPENING_SUBORDINATORS for words in segments for t in words):
        return None                       # "..., two years before the founder, Tom Reed, announced on Friday"
    for words in segments:
        inside = {t.i for t in words}
        heads = [t for t in words if t.head.i not in inside or t.head.i == t.i]
        if len(heads) != 1 or any(t.pos_ in ("VERB", "AUX") or t.dep_ == "cc" for t in words):
            return None                   # ", and 40 were hurt, officials said": a clause, or two names
        key = mention_of(heads[0])        # the phrase's own head: not "the mayor of Varnley"'s place
        if key not in (None, _NOBODY_NAMED):
            return key if kinds.get(key) in ("person", "organization") else None
    return None


def _sole_holders(roles: Mapping[str, str],
                  seats: Mapping[str, str] = _NO_REFERENTS) -> dict[str, tuple[str, str, str | None]]:
    """Each office (the head word of a role: 'governor') that one actor of the article holds,
    with that actor, role and affiliation; a rank ('Deputy Governor') makes another office."""
    holders: dict[str, list[tuple[str, str, str | None]]] = {}
    for key, role in roles.items():
        words = role.lower().split()
        words = words[:next((i for i, w in enumerate(words) if w in _BODY_LINKS_OR_TO), len(words))]
        if words and not any(w in L.RANK_WORDS or w in L.FORMER_OR_EX_WORDS for w in words) \
                and words[-1] not in L.OFFICE_SCOPE_WORDS:      # "Secretary of State": a secretary
            holders.setdefault(words[-1], []).append((key, role, seats.get(key)))
    return {office: found[0] for office, found in holders.items() if len(found) == 1}


def _sole_bodies(names: Mapping[str, str], kinds: Mapping[str, str]) -> dict[str, str]:
    """Each head word of a body's name (`name_head`: 'council' of 'Dunmore Shire Council',
    'ministry' of 'Ministry of Health') that one organisation of the article has, with that
    organisation."""
    heads: dict[str, set[str]] = {}
    for name, key in names.items():
        head = name_head(name)
        if kinds.get(key) == "organization" and head.isalpha() and head not in L.LEGAL_FORMS:
            heads.setdefault(head, set()).add(key)
    organisations = {key for key in names.values() if kinds.get(key) == "organization"}
    return {head: keys.pop() for head, keys in heads.items() if len(keys) == 1
            and not (head.lower() in L.BODY_ORGAN_NOUNS and len(organisations) > 1)}   # 'the board': any body's own


def _kinds_of_unnamed_bodies(parsed: ParsedArticle, heads: Mapping[str, str], names: Mapping[str, str]) -> set[str]:
    """The head words of `heads` the article also writes for another, unnamed body of that kind
    ('met the Kenyan ministry', 'the health ministry', 'a ministry'): then 'the ministry' may
    be either, and is no named body's. A word of the body's own name before it ('the Barrungal
    council' for 'Barrungal Shire Council') is that body."""
    if not heads:
        return set()
    own = {head: {w.lower() for name, k in names.items() if k == key for w in name.split()} for head, key in heads.items()}
    found = set()
    for sent in parsed.sentences:
        for token in span_tokens(sent):
            if token.lower_ in heads and token.tag_ == "NN" and token.is_lower and any(
                    c.dep_ in ("compound", "amod", "poss", "nmod") and c.lower_ not in own[token.lower_]
                    or c.dep_ == "det" and c.lower_ in L.INDEFINITE_DETERMINERS for c in child_tokens(token)):
                found.add(token.lower_)
    return found


def _bare_body_noun(noun: Token) -> bool:
    """'the council', 'council figures': a lower-case body noun with nothing that narrows it
    ('the city council', 'the council of Europe', 'a council', 'councils')."""
    if not noun.is_lower or any(c.dep_ in ("compound", "amod", "nummod", "poss", "prep", "appos") for c in child_tokens(noun)):
        return False
    dets = [c for c in child_tokens(noun) if c.dep_ == "det"]
    if dets:
        return len(dets) == 1 and dets[0].lower_ == "the"
    return noun.dep_ == "compound" and noun.head.i == noun.i + 1


def _office_holder(noun: Token, holder: tuple[str, str, str | None], mention_of) -> str | None:
    """'The governor has promised ...', 'Eastshire's governor ...' in an article that names one
    governor ('Regional governor Tom Reed'): that holder. Only for a definite singular office
    with no other word before it and no 'of' place after it ('the governor of Westshire'), and
    with an owner's name only where the holder's role names that owner or only the office's
    reach ('Regional governor'), not another body ('Ohio Governor') nor nothing else
    ('governor', maybe of another place), and where an owner that is an actor is the holder's
    affiliation ('Regional governor Tom Reed of Eastshire' is not 'Westshire's governor'; a
    region no actor may be the one whose holder has the state as affiliation); never for a
    common noun's office ('the company's president')."""
    key, role, seat = holder
    if noun.doc[noun.i + 1:noun.i + 2].text == "-" or any(c.dep_ in ("compound", "amod", "nummod") for c in child_tokens(noun)):
        return None
    if any(c.dep_ == "prep" and c.lower_ in L.BODY_LINKS for c in child_tokens(noun)):
        return None
    owner = next((c for c in child_tokens(noun) if c.dep_ == "poss"), None)
    if owner is None:
        return key if any(c.dep_ == "det" and c.lower_ == "the" for c in child_tokens(noun)) else None
    if owner.pos_ != "PROPN" or owner.i != noun.i - 2 and noun.doc[owner.i + 1].dep_ != "case":
        return None
    words = role.lower().split()
    others = [w for w in words if w not in (owner.lower_, noun.lower_)]
    if owner.lower_ not in words and not others:
        return None                       # a bare 'governor' may be another place's
    place = mention_of(owner)
    if place is not None and place != seat:
        return None                       # the owner is another actor than the holder's own place
    return key if all(w in L.OFFICE_SCOPE_WORDS for w in others) else None


def _reported_by_another(token: Token, antecedent: str, statements: list[tuple[int, int, str | None]],
                         parsed: ParsedArticle, kinds: Mapping[str, str]) -> bool:
    """Does the token lie in the reported words of a statement whose speaker is another person
    or one no actor was resolved to ('The finance minister said his own estimates ...': the
    speaker is nearer)? A body or a group as speaker ('Officials said his ...') is no rival."""
    at = parsed.char(token)
    return any(start <= at < end and actor != antecedent and (actor is None or kinds.get(actor) == "person")
               for start, end, actor in statements)


def _unresolved_person_before(token: Token, spans: list[MentionSpan], parsed: ParsedArticle, n: int) -> bool:
    """Is a subject before the token in its sentence one person no actor was resolved to ('The
    finance minister published his ...', 'She said her ...')?"""
    for t in token.doc[token.sent.start:token.i]:
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not (t.lower_ in L.PRONOUNS_PERSON or t.tag_ == "NN" and t.lemma_.lower() in L.SINGLE_PERSON_NOUNS):
            continue
        start, end = parsed.sentence_offsets(n, t.doc[t.i:t.i + 1])
        if not any(s <= start and end <= e for _, s, e, _k in spans):
            return True
    return False


def _names_written(parsed: ParsedArticle, mentions: list[MentionSpan]) -> dict[str, str]:
    """The actor each written name of the article stands for, where it stands for one only; a
    description resolved in one sentence ('the company said') is no name: in another it may be
    what someone else's words speak of ('Ishida said the company expected ...')."""
    found: dict[str, set[str]] = {}
    texts: dict[int, str] = {}
    for n, start, end, key in mentions:
        if n not in texts:
            texts[n] = span_text(parsed.sentences[n]).strip()
        found.setdefault(texts[n][start:end], set()).add(key)
    return {name: keys.pop() for name, keys in found.items()
            if len(keys) == 1 and " " in name and _is_proper_name(name)}


def _is_proper_name(name: str) -> bool:
    """'USA TODAY', 'the Harbour Union': a word after the first is capitalised; not 'the company'."""
    return any(word[:1].isupper() for word in name.split()[1:])


def _of_kind(kind: str | None, form: str) -> bool:
    """Can an actor of this type be what the pronoun form ('it', 'his', 'her') stands for?"""
    return kind in (L.BODY_TYPES if form == "it" else ("person",))


def _has_antecedent_pronoun(sent: Span) -> bool:
    """The sentence has an 'it', 'its', 'his' or 'her': the only words `_mention_finder` reads
    through the sentence before (`_antecedents`, not worked out for sentences without one)."""
    return any(t.lower_ in L.ANTECEDENT_PRONOUNS for t in span_tokens(sent))


def _antecedents(parsed: ParsedArticle, k: int, spans: list[MentionSpan], positions: list[RawPosition],
                 kinds: Mapping[str, str]) -> dict[str, str]:
    """What 'it'/'its' and 'his'/'her' in the sentence after sentence k stand for: the one actor
    of the kind that sentence k puts forward — its speakers, else the subjects of its main
    clause (as the speakers stage ranks them: 'The IMF had warned that growth in Britain
    would slow. It raised its forecast', not Britain) — for 'his'/'her' only a person of that
    gender whom sentence k names alone among people. Nothing where two are put forward,
    where the subjects are joined ('X and Y met'), where a subject no actor was resolved
    to may be meant ('The plan was shelved. It ...'), or, for 'it', where sentence k names a
    document or a body no actor was resolved to ('X dismissed the report. It said ...')."""
    if k < 0 or not kinds or k == 0 and parsed.headline:
        return {}
    sent = parsed.sentences[k]
    words = span_tokens(sent)
    if sum(t.is_quote for t in words) % 2:
        return {}                         # a quotation opens or closes in it: who is put forward is unclear
    mention_of = _mention_finder(parsed, k, spans)
    subjects = [t for t in words if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if any(t.conjuncts for t in subjects):
        return {}
    spoken = [p.actor for p in positions if p.sentence_index == k and p.actor]
    found = {}
    for form in L.ANTECEDENT_FORMS:
        if form == "it" and any(t.tag_ == "NN" and t.lower_ in L.IT_RIVAL_NOUNS and mention_of(t) is None for t in words):
            continue                      # "The IMF dismissed the report. It said ...": the report may be meant
        ranked = [key for key in spoken if _of_kind(kinds.get(key), form)]
        if not ranked:
            keys = [mention_of(t) for t in subjects]
            if any(key is None and (t.pos_ == "PRON" or t.tag_ == "NN") for key, t in zip(keys, subjects)):
                continue                  # "The plan was shelved. It ...", "It rained. It ..."
            ranked = [key for key in keys if _of_kind(kinds.get(key), form)]
        ranked = list(dict.fromkeys(ranked))
        if len(ranked) != 1:
            continue
        key = ranked[0]
        if form != "it":
            people = {k2 for _, _s, _e, k2 in spans if kinds.get(k2) == "person"}
            words = key.split()
            if people - {key} or len(words) < 2 or gender_of_given_name(words[0]) != L.ANTECEDENT_PRONOUNS_GENDER[form]:
                continue
        found[form] = key
    return found



def _head(tokens: list[Token]) -> Token:
    """The token of the figure's words that the rest of the sentence attaches to."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


_DOCUMENT_NOUNS = frozenset(L.SOURCE_NOUNS | L.PRESENTATION_NOUNS)


def _document_mentions(parsed: ParsedArticle, n: int, spans: list[MentionSpan],
                       before: Mapping[str, str] = _NO_REFERENTS) -> list[tuple[str, str | None, Token]]:
    """Each document noun of sentence n ("report", "poll" for any poll noun) with its owner: an
    actor key, `_NOBODY_NAMED` for an owner the extraction did not name, None where the
    sentence gives none."""
    if _DOCUMENT_NOUNS.isdisjoint(word_forms(parsed.sentences[n])):
        return []           # no document noun among the words: no need to walk them
    mention_of = _mention_finder(parsed, n, spans)
    found = []
    for token in span_tokens(parsed.sentences[n]):
        if token.lower_ in _DOCUMENT_NOUNS and token.pos_ == "NOUN":
            owner = _source(token, mention_of, before, set_off=False)     # "Another slide shows ...": owned as the one before
            found.append((_document_key(token), owner, token))
    return found


# The key under which `_Discourse` remembers the owners of every set of statistics named so far, whatever its
# word (STATISTICS_NOUNS: data, figures, statistics, numbers); no word, so no document noun's key.
_ANY_STATISTICS = "(statistics)"


def _document_key(noun: Token) -> str:
    """The kind of document a noun names, as the discourse remembers and takes it up: "poll" for any poll
    noun, else its lemma."""
    lemma = noun.lemma_.lower()
    return "poll" if lemma in L.POLL_NOUNS else lemma


def _taken_up_owner(noun: Token, earlier: Mapping[str, str]) -> str | None:
    """The owner 'the survey', 'the data' takes up: the one of its own word (`_document_key`); for a word of
    statistics with none (STATISTICS_NOUNS: 'Data published by X show ... . The figures also showed ...'), the
    one owner of every set of statistics named so far under any of the words (`_ANY_STATISTICS`, which
    `_Discourse.known_documents` gives only where exactly one owner and no ownerless new set came), and
    only for 'the' alone before the noun (`parse.only_a_definite_determiner_before`)."""
    owner = earlier.get(_document_key(noun))
    if owner is None and noun.lower_ in L.STATISTICS_NOUNS and only_a_definite_determiner_before(noun):
        owner = earlier.get(_ANY_STATISTICS)
    return owner


def _documents(named: list[tuple[str, str | None, Token]]) -> dict[str, str]:
    """The documents a sentence names with their owner ("The audit office's report said ...", "according to
    an Ipsum poll"), by noun ("report", "poll"), and "it" for one that is a subject — what "the
    report", "the survey" or "it" in the next sentence can refer back to. Only where the
    sentence names one owner: with two, the reference is ambiguous."""
    found: dict[str, set[str]] = {}
    for noun, owner, token in named:
        if owner:
            found.setdefault(noun, set()).add(owner)
            if token.dep_ in ("nsubj", "nsubjpass"):
                found.setdefault("it", set()).add(owner)
            elif _issued_by_its_subject(token):
                found.setdefault(_IT_OF_AN_ISSUER, set()).add(owner)
    owners = set().union(*found.values()) if found else set()
    return {noun: owner for noun in found for owner in owners} if len(owners) == 1 else {}


def _issued_by_its_subject(document: Token) -> bool:
    """'Oxfam released a study of rents. It found ...': a document that is the object of a verb
    of issuing, with no other author beside it ('a study by X', 'X's study'), is its subject's;
    'it' in the next sentence, whether it stands for the document or for the one who issued
    it, then gives that one owner."""
    verb = document.head
    return document.dep_ == "dobj" and verb.lemma_.lower() in L.DOCUMENT_ISSUING_VERBS \
        and any(c.dep_ == "nsubj" for c in child_tokens(verb)) \
        and not any(c.dep_ == "prep" and c.lower_ in L.SOURCE_AUTHOR_PREPOSITIONS
                    or c.dep_ == "poss" and c.lower_ not in L.NEUTER_POSSESSIVES for c in child_tokens(document)) \
        and not any(c.dep_ == "prep" and c.lower_ in L.CO_ISSUER_PREPOSITIONS
                    for c in (*child_tokens(verb), *child_tokens(document)))   # "released a study with X": two issuers


# The key under which the issuer of a document ('Oxfam released a study.') is what 'it' in the
# next sentence stands for, where that 'it' opens the sentence's own clause (`_opens_its_sentence`).
_IT_OF_AN_ISSUER = "it, the issuer"


def _opens_its_sentence(it: Token) -> bool:
    """'It found that ...', 'It found ... and it showed ...': 'it' as the subject of the main
    clause (or of a clause joined to it), not inside a clause another reports ('Shelter said it
    found ...': Shelter)."""
    verb = it.head
    while verb.dep_ == "conj":
        verb = verb.head
    return it.dep_ == "nsubj" and verb.dep_ == "ROOT"


def _introduces_a_document(token: Token) -> bool:
    """'a report', 'new figures', 'their study': a document not yet named, not 'the report'."""
    return not a_definite_determiner_on(token)


def _breaks_down_a_poll(sent: Span, figure: RawFigure, tokens: list[Token], going_on: bool,
                        after_poll: bool = False) -> bool:
    """'Among young voters, 38 percent would pick X', 'And when asked ..., 59 percent said':
    a share of respondents in a sentence that opens by naming the group or the question; or a
    share that does or thinks something ('11 percent were not sure', 'chosen by 4 percent') or
    of the vote, in a sentence right after such a breakdown: the poll's results go on. Right
    after a sentence naming the poll ('The poll found ...'), a share that says or thinks
    something ('63 percent said ...') or a result the sentence points back to ('that lead was
    7 points') is the poll's too, and so, there or while the results go on, every share of a
    sentence whose subject is a share of the respondents giving an opinion ('A majority expect
    Reed to win — 48 percent to 31 percent')."""
    if (going_on or after_poll) and (_is_share(figure) or _is_margin(figure)) and _restates_a_result(tokens):
        return True
    if not _is_share(figure):
        return False
    if after_poll and _responds(tokens) or (after_poll or going_on) and _a_share_of_respondents_answers(sent):
        return True
    if _opens_a_breakdown(sent):
        return True
    if not going_on:
        return False                      # results go on only from an explicit breakdown
    if (figure.unit or "").split(" of ")[-1] in L.POLL_SHARE_NOUNS:
        return True                       # "winning 21 percent of the vote"
    head = _percent_sign(tokens)          # the sign the number modifies
    while head.dep_ == "appos":
        head = head.head                  # "most of them – 62 percent – chose Peru"
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else head.head
    return (head.dep_ in ("nsubj", "pobj") and (head.dep_ == "nsubj" or head.head.dep_ == "agent")
            and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in L.CHANGE_VERBS)


def _opens_a_breakdown(sent: Span) -> bool:
    """'Among likely voters, ...', 'And when asked ..., ...': a sentence that opens by naming a
    group of the respondents or the question put to them."""
    opener = re.sub(rf"^(?:{_alternatives(L.CONJUNCTION_OPENERS)})\s+", "", sent.text.lstrip(" \"'“‘").lower())
    return any(re.match(rf"{w}\b", opener) for w in L.POLL_BREAKDOWN_OPENERS)


def _responds(tokens: list[Token]) -> bool:
    """'63 percent said ...', 'only 52 percent of voters agreed': a share that is the subject of
    a verb of answering or judging."""
    head = _percent_sign(tokens)
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in L.RESPONDENT_VERBS


def _a_share_of_respondents_answers(sent: Span) -> bool:
    """'A majority expect Reed to win — 48 percent to 31 percent' (right after the sentence
    naming the poll): the sentence's main verb is one of opinion whose subject is a share of
    the respondents ('a majority', 'a majority of voters'; not 'a majority of lawmakers'),
    and the sentence names no document and quotes nobody, so no other source is in sight."""
    root = sent.root
    subject = _nominal_subject(root)
    if root.lemma_.lower() not in L.POLL_OPINION_VERBS or subject is None or subject.lower_ not in L.SHARE_NOUNS:
        return False
    if any(t.is_quote or t.lower_ in _DOCUMENT_NOUNS for t in sent):
        return False
    return all(c.dep_ in ("det", "amod") or c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lower_ in L.POLL_SHARE_NOUNS for o in child_tokens(c)) for c in child_tokens(subject))


def _restates_a_result(tokens: list[Token]) -> bool:
    """'In August, that lead was 7 points': the value of a subject a demonstrative points back with."""
    head = _percent_sign(tokens)
    if head.dep_ != "attr" or head.head.lemma_ != "be":
        return False
    subject = _nominal_subject(head.head)
    return subject is not None and any(c.dep_ == "det" and c.lower_ in L.DEMONSTRATIVES for c in child_tokens(subject))


def _is_margin(figure: RawFigure) -> bool:
    """A lead or a change in points ('7 points', '5 percentage points')."""
    return (figure.unit or "") in L.POINT_UNITS


def _is_share(figure: RawFigure) -> bool:
    return (figure.unit or "").startswith(("%", "share of"))


_STATEMENT_OR_CLAIM_NOUNS = L.STATEMENT_NOUNS | L.CLAIM_NOUNS     # united once, not per step of the walk
_DOCUMENT_STATEMENT_OR_CLAIM_NOUNS = _DOCUMENT_NOUNS | L.STATEMENT_NOUNS | L.CLAIM_NOUNS      # united once, not per call


def _attributed_to(token: Token, mention_of, earlier: Mapping[str, str] = _NO_REFERENTS,
                   kinds: Mapping[str, str] = _NO_REFERENTS) -> str | None:
    """Walk up from the figure: the first attributing verb that holds it in its clause or
    object ("X estimates 40 died"), source noun that holds it ("an Ipsum poll with 30%"),
    "according to X", or cue before a colon ("X modelled it: ... would cost $5bn") names the
    source; that source's actor, if extraction named one."""
    estimator = _estimated_by(token)
    if estimator is not None:
        source = _source(estimator, mention_of, earlier) or _poll_owner(estimator, mention_of)
        if source is not None or estimator.pos_ in ("NOUN", "PROPN"):
            return source or _NOBODY_NAMED    # "ahead of the $2.86bn forecast by analysts polled by Lexa"
    child, node = token, token.head
    passed: list[Token] = []              # what the walk came up through
    while True:
        if node.i != child.i:
            if child.lower_ == "according":
                return None               # "according to a 12-page lawsuit": it describes the source
            if _writers_comment(node, child, passed):
                return _NOBODY_NAMED      # '"...," she wrote, a post that has drawn 150,000 likes'
            if _values_at(node, child) or _values_with_a_qualifier(node, child) \
                    or _values_in_a_relative_clause(node, child):
                subject = _subject_of(node)
                source = _source(subject, mention_of, earlier) \
                    or _pronoun_of_the_main_clause(node, subject, mention_of, kinds)
                if source is not None or subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                    return source or _NOBODY_NAMED   # "..., while SNCF put the figure at 27 percent"
            if _questions_how(node, child) or _rules_an_amount(node, child):
                if not _is_impersonal(node):
                    source = _source(_subject_of(node), mention_of, earlier)
                    if source is not None:
                        return source     # "X questioned how the budget grew to $19m", "Judge X allowed bail of $500"
            elif _doubted(node, child) and not _alternative_put_forward(token):
                return _NOBODY_NAMED      # "X doubts that 28% ...", "I am less sure that it is 28%"
            reporter = _reported_of_its_subject(node, child)
            if reporter is not None:      # "a shortfall she said came to 2 percent"
                subject = _subject_of(reporter)
                main = node.head if node.head.i != node.i else None
                return _source(subject, mention_of, earlier) or (main is not None and _pronoun_of_the_main_clause(
                    reporter, subject, mention_of, kinds, start=main)) or _NOBODY_NAMED
            if _is_attributing(node) and _is_content(child, node) or _reports_clause(node, child):
                if _withheld(node, child):
                    return _NOBODY_NAMED  # "X declined to say how many of its 400 drivers ...": the writer's
                if not _is_impersonal(node):
                    subject = _subject_of(node) or _subject_hung_before(node)
                    if subject is not None and _finding_document(subject, node) and _in_an_owned_noun(token, child):
                        return _NOBODY_NAMED  # "the audit found its 12 depots were ...": a description, not found
                    source = _source(subject, mention_of, earlier)
                    if source is None:        # "..., which she said had reached $40m": the main clause's subject
                        source = _pronoun_of_the_main_clause(node, subject, mention_of, kinds)
                    if source is None and (_embedded_report(node) or _unnamed_within(node, subject)):
                        return _NOBODY_NAMED      # "backed a levy which the council says would raise £2m"
                    if source is not None or node.dep_ != "conj" \
                            or any(c.dep_ in ("nsubj", "nsubjpass") for c in child_tokens(node)):
                        return source
                    # "X said her team had examined 64 contracts, and plans to review 30
                    # more": a verb joined with no subject of its own goes on in the clause
                    # it is joined to, whose reporter claims it
            elif node.lower_ in L.SOURCE_NOUNS and child.dep_ == "prep" and child.lower_ in L.SOURCE_CONTENT_PREPOSITIONS:
                source = _source(node, mention_of, earlier)
                if source is None and node.dep_ == "dobj" and _doubted(node.head, node):
                    return _NOBODY_NAMED  # "X disputed the ministry's count of 400 deaths": not X's
                return source
            elif node.lemma_.lower() in _STATEMENT_OR_CLAIM_NOUNS and child.dep_ in ("acl", "ccomp") \
                    and any(c.dep_ in ("mark", "aux") and c.lower_ in L.CLAIM_CLAUSE_OPENERS for c in child_tokens(child)):
                source = _source(node, mention_of, earlier)   # "Tom Reed's insistence that only 2 percent ...", "X's pledge to add"
                if source is None and node.dep_ == "dobj" and _doubted(node.head, node):
                    return _NOBODY_NAMED  # "X rejected claims that 400 died": not X's
                return source
            estimate = _estimate_valued(node, child)
            if estimate is not None:
                return _owner_of_estimate(estimate, mention_of, earlier, kinds)
            if _cites_a_fact(node, child):
                return _source(_subject_of(node), mention_of, earlier)   # "X ended talks, citing a gap of $3bn"
            if _points_to_a_fact(node, child, token):
                citer = _source(_subject_of(node), mention_of, earlier)
                if citer:
                    return citer          # "The mayor pointed to €5m in grants"; else a cue above may tell
        according = _according_to(node) or _in_a_document(node)
        if according is not None:
            return _source(_owner_named_after(node, according) or according, mention_of, earlier)
        document = _in_a_document(node, after=True)
        owner = _source(document, mention_of, earlier) if document is not None else None
        if owner:
            return owner                  # "it has dropped from 61 percent in the previous poll": the poll named before
        before_colon = _cue_before_colon(node, token)
        if before_colon is not None:
            return _source(_subject_of(before_colon), mention_of, earlier)
        if node.head.i == node.i:
            shown_by = _document_before_misread_verb(node, token) or _name_before_misread_verb(node, token)
            if shown_by is not None:
                return _source(shown_by, mention_of, earlier)
            aside = _cue_set_off_in_commas(node, token)
            if aside is not None:
                return _source(_subject_of(aside), mention_of, earlier)
            announcer = _agent_of_a_fronted_announcement(node)
            if announcer is not None:
                return _source(announcer, mention_of, earlier)
            governing = _cue_over_subordinate_root(node)
            return _source(_subject_of(governing), mention_of, earlier) if governing is not None else None
        passed.append(child)
        child, node = node, node.head


def _acted_by(figure: Token, mention_of, kinds: Mapping[str, str]) -> str | None:
    """'The agency recorded 312 landslides', 'the council presented a budget of Rs 5,400 crore',
    'the board allocated $12m to repairs': where no one is credited with the figure, a body that
    records the count as the object of a verb of recording, or a body or official that sets the
    amount in a spending plan it puts forward or adopts (`BUDGETING_VERBS`), is its source, as is
    the organisation that owns the plan ('the board's budget of $40m was approved'). A mere act
    ('police arrested 17 people', 'the army killed 12') credits no one; nor do joined subjects or owners."""
    child, node = figure, figure.head
    measure = figure if figure.dep_ == "npadvmod" else node if figure.dep_ == "nummod" and node.dep_ == "npadvmod" else None
    if measure is None:
        measure = _compared_in_a_than_phrase(figure)
    if measure is not None and measure.head.lower_ in L.PERCENT_CHANGE_ADVERBS and measure.head.dep_ == "advmod":
        # "the agency recorded 312 landslides, down 4 per cent on the year before", "..., 36 percent
        # higher than the 3,095 cases logged a year before": the change of the count recorded
        node = measure.head
        if _compared_count_told_by_another(node):
            return None                   # "..., higher than the 3,095 cases Kell Health logged": another's count
        verb = node.head
        child = next((c for c in child_tokens(verb) if c.dep_ == "dobj" and c.i < node.i
                      and any(g.dep_ == "nummod" and g.like_num for g in child_tokens(c))), None)
        if child is None or verb.pos_ != "VERB":
            return None
        node = verb
    while node.pos_ not in ("VERB", "AUX"):
        if node.i == child.i or child.dep_ not in ("nummod", "compound", "quantmod", "pobj", "prep") \
                or child.dep_ == "prep" and child.lower_ != "of":
            return None
        if node.lemma_.lower() in L.SPENDING_PLAN_NOUNS and child.dep_ != "pobj":
            owner = next((c for c in node.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None and (owner.conjuncts or owner.left_edge.i > 0
                                      and owner.doc[owner.left_edge.i - 1].dep_ == "cc"):
                return None               # "X and Y's budget": whose is unclear
            key = mention_of(owner) if owner is not None else None
            if key and kinds.get(key) == "organization":
                return key                # "the board's budget of $40m", "the council's Rs 5,400 crore budget"
        child, node = node, node.head
    lemma = node.lemma_.lower()
    if _not_asserted(node) or any(c.dep_ == "prt" for c in node.children):
        return None
    if lemma in L.RECORDING_VERBS:
        if child.dep_ != "dobj" or child.lemma_.lower() in L.RECORDED_WORK_NOUNS or child is figure and figure.like_num:
            return None                   # "recorded 58": a bare number, a score; "recorded 184mm": a measure
        bodies_only = True
    elif lemma in L.BUDGETING_VERBS:
        plan = child if child.dep_ in ("dobj", "nsubjpass") else None
        if child.dep_ == "npadvmod":      # 'a budget of Rs 5,400 crore': the parser may hang the amount on the verb
            plan = next((c for c in node.children if c.dep_ == "dobj" and c.right_edge.i + 1 == child.left_edge.i
                         and c.right_edge.dep_ == "pobj"), None)
        if plan is None or not (plan.lemma_.lower() in L.SPENDING_PLAN_NOUNS
                                or lemma in L.AMOUNT_SETTING_VERBS and plan is child and child.dep_ == "dobj"):
            return None
        bodies_only = False
    else:
        return None
    subject = _subject_of(node)
    if subject is None or subject.conjuncts:
        return None                       # "X and Y approved ...": whose figure is unclear
    key = _source(subject, mention_of)
    if not key or bodies_only and kinds.get(key) != "organization":
        return None
    return key


def _compared_in_a_than_phrase(figure: Token) -> Token | None:
    """'..., 36 percent higher than the 3,095 cases logged in 2025': the 'than' that a count
    compared with is in (standing for the change's measure in `_acted_by`), else None."""
    noun = figure.head if figure.dep_ == "nummod" else figure
    than = noun.head
    return than if noun.dep_ == "pobj" and than.lower_ == "than" and than.dep_ == "prep" else None


def _compared_count_told_by_another(adverb: Token) -> bool:
    """'36 percent higher than the 3,095 cases Kell Health logged': a count after the adverb's
    'than' with a clause of its own subject is that subject's record, not the recording body's;
    neither it nor the change compared with it is credited to the body of the main clause."""
    than = next((c for c in child_tokens(adverb) if c.dep_ == "prep" and c.lower_ == "than"), None)
    compared = [c for c in child_tokens(than) if c.dep_ == "pobj"] if than is not None else []
    return any(clause.dep_ in ("relcl", "acl") and any(s.dep_ in ("nsubj", "nsubjpass") for s in child_tokens(clause))
               for noun in compared for clause in child_tokens(noun))


_ASKING_FOR_AN_AMOUNT = frozenset(L.DEMANDING_VERBS | L.OFFERING_VERBS | L.REQUESTING_FOR_VERBS)
_DEMANDING_OR_OFFERING_VERBS = frozenset(L.DEMANDING_VERBS | L.OFFERING_VERBS)     # united once, not per clause
# What a relative clause of an amount may claim it by: asking or offering, estimating or predicting.
_CLAIMING_AN_AMOUNT = frozenset(_ASKING_FOR_AN_AMOUNT | L.ESTIMATED_AMOUNT_VERBS)
_AMOUNT_AS_OBJECT_VERBS = frozenset(_DEMANDING_OR_OFFERING_VERBS | L.ESTIMATED_AMOUNT_VERBS)


def _demanded_by(figure: Token, mention_of) -> str | None:
    """'The union wants the basic wage raised to R17,500', 'X is seeking a 6% raise and a bonus of
    18 million pesos', 'the union wants the ministry to fine hospitals $9,300', 'the company is
    asking for a return of 9.8%', 'the firm has offered 2.5%': an amount in what a verb of
    demanding, asking or offering asks for or puts forward (`_asks_or_offers_through`) is the demand of its
    subject (or of the clause a participle continues: 'walked out, demanding a 7% rise'), where
    that names one actor. Not through a relative or adverbial clause, a clause
    opened by 'that', 'whether' or 'if', or a verb of saying or knowing ('wants to know whether the
    5% target holds'); not the level a change starts from ('raised from R15,200'); not a demand
    denied ('does not want a 3% rise'); not a count or amount already there, named with a
    definite or possessive determiner ('wants its 12,000 members paid on time', 'wants X to repay
    the $40,000 he was paid'): what is asked is done to it, it is not the amount asked."""
    noun = _amount_noun(figure)
    if _definite(figure) or _definite(noun):
        return None
    child, node = figure, figure.head
    for _ in range(8):
        if node.i == child.i or child.dep_ in ("relcl", "advcl", "nsubj", "nsubjpass", "csubj", "appos") \
                or node.dep_ == "prep" and node.lower_ == "from":
            return None
        if node.pos_ in ("VERB", "AUX"):
            if node.lemma_.lower() in _ASKING_FOR_AN_AMOUNT:
                if not _asks_or_offers_through(node, child) or _not_asserted(node) or _heard_from_another(node) \
                        or any(c.dep_ == "neg" for c in child_tokens(node)):
                    return None
                subject = _subject_of(node)
                if subject is None or subject.conjuncts:
                    return None
                key = _source(subject, mention_of)
                return key if key not in (None, _NOBODY_NAMED) else None
            if _is_attributing(node) or any(c.dep_ == "mark" for c in child_tokens(node)) \
                    or node.dep_ not in ("ccomp", "xcomp", "acl", "conj"):
                return None
        child, node = node, node.head
    return None


def _amount_noun(figure: Token) -> Token:
    """The noun a figure's number is part of ('a 6% raise': 'raise'; '$40 million': 'million')."""
    noun = figure
    while noun.dep_ in ("nummod", "nmod", "compound", "quantmod", "amod") and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _claimed_in_its_relative(figure: Token, mention_of, earlier: Mapping[str, str] = _NO_REFERENTS) -> str | None:
    """'The council rejected the $40m which the union wants': where no named speaker's statement holds
    the figure, the subject of its amount's own relative clause of asking or offering
    (`_asker_in_its_relative`) claims it, where that names an actor; else None (never
    _NOBODY_NAMED: 'the 7% it had sought' inside X's statement stays X's)."""
    asker = _asker_in_its_relative(_amount_noun(figure))
    key = _source(asker, mention_of, earlier) if asker is not None else None
    return key if key not in (None, _NOBODY_NAMED) else None


def _asker_in_its_relative(noun: Token) -> Token | None:
    """'the 11 percent the firm had sought', 'the $40m which the union wants', 'the 3% it
    offered', 'the 8% the union asked for', 'the 540 crossings it had predicted': an amount whose own
    relative clause has a verb of demanding or offering, or of estimating or predicting
    (`ESTIMATED_AMOUNT_VERBS`), with the amount as its object (the clause has no object of its own,
    only the relative pronoun), or a verb of asking with its 'for' left bare, is its subject's
    demand or offer; that subject (one, not joined), else None. Not one denied ('the 3% it did
    not seek')."""
    for clause in child_tokens(noun):
        if clause.dep_ != "relcl" or clause.i < noun.i or clause.lemma_.lower() not in _CLAIMING_AN_AMOUNT:
            continue
        kids = child_tokens(clause)
        subject = next((c for c in kids if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
        stranded = any(c.dep_ == "prep" and c.lower_ == "for" and not child_tokens(c) for c in kids)
        if subject is None or subject.conjuncts or _not_asserted(clause) or _heard_from_another(clause) \
                or clause.lemma_.lower() not in _AMOUNT_AS_OBJECT_VERBS and not stranded \
                or any(c.dep_ in ("neg", "ccomp", "xcomp") or c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")
                       for c in kids):
            return None
        return subject
    return None


def _heard_from_another(verb: Token) -> bool:
    """'X offered $4bn for Y, a person familiar with the matter said', 'X reportedly offered $4bn',
    'X is said to have asked for 9%': an offer or request the sentence tells on another's word
    (a verb that reports: HEARSAY_CUE_VERBS; a hearsay adverb; 'according to') is that source's
    report, not a figure the offerer or asker puts forward; not the offerer's own words inside its
    clause ('asked for three years, telling the court ...'). Verbs of demanding are read as before."""
    if verb.lemma_.lower() in L.DEMANDING_VERBS:
        return False
    own = {t.i for t in verb.subtree}     # 'had asked for three years, telling the court ...': the asker's own words
    return any(t.lower_ in L.HEARSAY_ADVERBS or t.lower_ == "according"
               or t.i not in own and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in L.HEARSAY_CUE_VERBS
               for t in verb.sent)


def _asks_or_offers_through(verb: Token, child: Token) -> bool:
    """The walk from a figure came up to `verb` through `child`, the part of the verb that names
    what is asked or put forward: the object or wished-for clause of a verb of demanding ('wants a
    6% raise', 'wants the wage raised to R17,500'), the object of a verb of offering ('has offered
    2.5 percent'), or the 'for' phrase of a verb of asking ('is asking for a return of 9.8%', 'had
    asked for a sentence of four years'). Not a bare period after 'for' ('pressed for three years'
    says how long), nor papers asked for ('asked for copies of 300 contracts' asks about them).
    Unlike `_asked_for`, which tells a request from a question under an 'ask' cue, this finds the slot
    of what is asked for or offered, whose amount the subject claims."""
    lemma = verb.lemma_.lower()
    if lemma in L.DEMANDING_VERBS:
        return child.dep_ in ("dobj", "ccomp", "xcomp")
    if lemma in L.OFFERING_VERBS:
        return child.dep_ == "dobj" and child.i > verb.i
    if lemma not in L.REQUESTING_FOR_VERBS or child.dep_ != "prep" or child.lower_ != "for" or child.i < verb.i \
            or child.nbor().lower_ in L.LEVEL_MOVING_PREPOSITIONS:
        return False                      # 'the 8% it asked for to 5%': the parser's 'for' ran into a move
    asked = next((c for c in child_tokens(child) if c.dep_ == "pobj"), None)
    return asked is not None and asked.lower_ not in L.TIME_UNITS and asked.lemma_.lower() not in L.REQUESTED_RECORD_NOUNS


def _owner_named_after(verb: Token, document: Token) -> Token | None:
    """'In its annual report, the bank put growth at 5.5%': a document set before the clause
    with a possessive pronoun for its owner is the clause's subject's, named after it (not a
    body the sentence before names); that subject."""
    if document.i > verb.i or not any(c.dep_ == "poss" and c.lower_ in L.NEUTER_POSSESSIVES for c in document.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i > document.i and c.pos_ in ("NOUN", "PROPN")), None)


def _values_at(verb: Token, child: Token) -> bool:
    """The figure came up through the 'at' phrase in which the verb states a value (`valued_at`)."""
    at = valued_at(verb) if child.dep_ == "prep" and child.lower_ == "at" else None
    return at is not None and at.i == child.i


_AMOUNT_ENTITIES = L.AMOUNT_ENTITY_TYPES
_AMOUNT_OR_CARDINAL_ENTITIES = _AMOUNT_ENTITIES | {"CARDINAL"}      # united once, not per call


def _at_with_a_qualifier(verb: Token, child: Token) -> bool:
    """'put the arrears at over $2 million': the parser makes 'at' the verb's particle and the
    qualifier 'over' the preposition of the amount; the phrase is still the verb's 'at' phrase."""
    doc = child.doc
    return child.dep_ == "prep" and child.head.i == verb.i and child.i > 0 and child.lower_ in L.PREPOSITION_QUALIFIERS \
        and doc[child.i - 1].lower_ == "at" and doc[child.i - 1].dep_ == "prt" and doc[child.i - 1].head.i == verb.i


def _values_with_a_qualifier(verb: Token, child: Token) -> bool:
    """'SNCF put the figure at over 27 percent' as `_values_at` reads it without the qualifier."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in L.VALUING_VERBS or not _at_with_a_qualifier(verb, child):
        return False
    obj = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None)
    return obj is not None and obj.i < child.i and obj.lemma_.lower() in L.ESTIMATED_NOUNS


def _at_cut_from_its_amount(verb: Token, child: Token) -> bool:
    """'which the bureau put at over 30 percent': the parser may leave 'at' an empty preposition of
    the verb and make the amount right after it the verb's object; it is still the 'at' phrase."""
    if child.dep_ not in ("dobj", "npadvmod") or child.head.i != verb.i or child.left_edge.i < 1:
        return False
    at = child.doc[child.left_edge.i - 1]
    return at.lower_ == "at" and at.dep_ == "prep" and at.head.i == verb.i and not list(at.children)


def _values_in_a_relative_clause(verb: Token, child: Token) -> bool:
    """'a shortfall, which it estimated at 12,000 tonnes', 'inflation, which the bureau put at
    over 30 percent': the figure came up through the 'at' phrase of a verb of valuing in a relative
    clause whose object is the relative pronoun; the clause's subject values the noun it hangs on.
    'put' and 'place' value only an amount noun there, or money, a share or a measure
    ('the boxes, which he put at 3 locations': a placing)."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.lemma_.lower() not in L.VALUING_VERBS \
            or not (child.dep_ == "prep" and child.lower_ == "at" or _at_with_a_qualifier(verb, child)
                    or _at_cut_from_its_amount(verb, child)):
        return False
    if not any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in child_tokens(verb)) \
            or any(c.dep_ == "neg" for c in child_tokens(verb)):
        return False                    # "which it did not value at $5 million": no value it gives
    value = child if child.dep_ != "prep" else next((c for c in child_tokens(child) if c.dep_ == "pobj"), None)
    if value is None or value.ent_type_ in ("TIME", "DATE"):
        return False
    if verb.lemma_.lower() in L.PLACING_VALUING_VERBS:
        return verb.head.lemma_.lower() in L.ESTIMATED_NOUNS or value.ent_type_ in _AMOUNT_ENTITIES
    return True


def _reported_of_its_subject(verb: Token, child: Token) -> Token | None:
    """'a shortfall she said came to 2 percent', 'costs the firm insists were below $2m':
    a relative clause without 'that' on the subject of the figure's clause, made of a subject and a
    verb that reports only clauses (CONTACT_REPORTING_VERBS), with nothing after it before the
    figure's verb (its auxiliaries aside), reports that clause; the parser hangs the reporting verb
    on the noun and the clause beside it. The reporting verb, else None; not where the walk came up
    through the subject itself, nor a relative clause with an object or a clause of its own
    ('the levy, which she said would raise $12m' is parsed right and read as a report), nor a
    figure before the verb ('approved $90m, a total she said came to 4%': the $90m is not hers)."""
    if verb.pos_ not in ("VERB", "AUX") or child.i < verb.i \
            or child.dep_ in ("xcomp", "ccomp", "conj", "advcl", "parataxis", "relcl", "acl"):
        return None                       # the figure is not in what the verb says of the noun ('the fund
                                          # X argued was mismanaged lost $80m': 'lost' hung on 'mismanaged')
    noun = next((c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for clause in child_tokens(noun):
        if clause.dep_ != "relcl" or not noun.i < clause.i < verb.i or clause.lemma_.lower() not in L.CONTACT_REPORTING_VERBS:
            continue
        kids = child_tokens(clause)
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "parataxis", "prep", "mark") or c.tag_ in ("WDT", "WP") for c in kids) \
                or not any(c.dep_ == "nsubj" and c.i < clause.i for c in kids):
            return None
        between = clause.doc[clause.right_edge.i + 1:verb.i]
        if all(t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in between):
            return clause
    return None


def _described_as_a_person(noun: Token) -> bool:
    """'Ada Obi, who leads X': a relative clause opened by 'who' marks a person, whatever the
    recogniser made of the name."""
    return any(c.dep_ == "relcl" and any(w.lower_ in L.WHO_PRONOUNS for w in child_tokens(c)) for c in child_tokens(noun))


def _pronoun_of_the_main_clause(verb: Token, subject: Token | None, mention_of,
                                kinds: Mapping[str, str] = _NO_REFERENTS, start: Token | None = None) -> str | None:
    """'The X Association warned of a shortfall, which it estimated at 12,000 tonnes', 'Ann Lowe
    pointed to the fund's reserves, which she said had reached $40m': 'it', 'he' or 'she' as the
    subject of a relative clause stands for the nearest subject of a clause above it that names
    an actor of its kind — a body for 'it' (no person, whom 'it' cannot stand for; not a thing no
    actor stands for, which values nothing), a person for 'he'/'she' (one a title or given name
    says is of that gender, and no other person named between them: not 'a report by Tom Reed,
    which he said ...')."""
    if subject is None or verb.dep_ != "relcl":
        return None
    gender = L.PERSON_PRONOUN_GENDERS.get(subject.lower_) if subject.dep_ == "nsubj" else None
    if subject.lower_ != "it" and gender is None:
        return None
    node = verb.head if start is None else start     # `start`: the clause above, where the parser misplaced it
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX"):
            named = _nominal_subject(node)
            if named is not None and named.conjuncts:
                return None             # "X and Y agreed a deal, which it valued at ...": not both, nor one of them
            if gender is None and named is not None and named.pos_ in ("PROPN", "NOUN") \
                    and named.ent_type_ != "PERSON" and not _described_as_a_person(named):
                key = mention_of(named)
                if key not in (None, _NOBODY_NAMED) and kinds.get(key) != "person":
                    return key          # a person the recogniser took for a body ("Ada Obi, who leads X") is none
            if gender is not None and named is not None and named.pos_ in ("PROPN", "NOUN"):
                return _person_the_pronoun_may_be(named, subject, gender, mention_of, kinds)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _person_the_pronoun_may_be(named: Token, pronoun: Token, gender: str, mention_of,
                               kinds: Mapping[str, str]) -> str | None:
    """The person actor the subject `named` stands for, if 'he'/'she' (`gender`) after it can
    only mean them: of that gender by the title on this mention ('Ms Marr'), else by the given
    name; no other person named in between. A name that tells no gender ('Robin Tate') abstains."""
    key = mention_of(named)
    if key in (None, _NOBODY_NAMED) or kinds.get(key) != "person" \
            or (title_gender(named) or gender_of_given_name(key.split()[0])) != gender:
        return None
    between = (mention_of(t) for t in named.doc[named.i + 1:pronoun.i] if t.pos_ in ("PROPN", "NOUN", "PRON"))
    if any(k not in (None, _NOBODY_NAMED, key) and kinds.get(k) == "person" for k in between):
        return None
    return key


def _writers_comment(verb: Token, child: Token, passed: list[Token]) -> bool:
    """'"I never cheated," he wrote, a post that has since drawn 150,000 likes', 'X ran 300 tests,
    according to Y, a small number for a country of 200 million': a noun phrase set off by a
    comma after a verb that already has its object or clause (or one the parser hangs on a noun
    further back, past words of other phrases) is the writer's comment on the sentence, not
    what the verb's subject says; a figure in a clause on that noun, or in its
    'for' phrase, is nobody's ('a drop of 40 percent' is the figure's own noun and stays)."""
    if child.dep_ not in ("dobj", "npadvmod", "appos") or child.pos_ != "NOUN" or child.i < verb.i:
        return False
    doc = child.doc
    comma = child.left_edge.i - 1
    if comma < 0 or doc[comma].text != ",":
        return False
    if child.dep_ == "appos":       # hung on a noun further back, past words that are not its phrase
        if not any(verb not in t.ancestors for t in doc[verb.i + 1:comma]):
            return False
    elif not any(c.dep_ in ("dobj", "ccomp", "attr") and c.i < comma for c in child_tokens(verb)):
        return False
    clause = verb
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ROOT":
        return False                # 'she said the firm hired 40 staff, a record for ...': hers, maybe
    return any(t.dep_ in ("relcl", "acl") or t.dep_ == "prep" and t.lower_ in L.COMMENT_PREPOSITIONS
               for t in passed if t.head.i != verb.i)


def _embedded_report(verb: Token) -> bool:
    """'X backed a levy which the council says would raise £2m', 'X quits after an audit finds
    €1.7m missing': a tensed attributing verb in a relative or adverbial clause reports what
    its own subject says or found, not what the speaker of the sentence does; when that
    subject is no actor the figure has no claimant (a relative pronoun stands for the noun
    before it, which _source reads; one that stands for a document no actor was found to
    issue, 'X criticised a report that showed 12 ...', gives the document's unnamed author)."""
    if verb.dep_ not in ("relcl", "advcl") or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return False
    subject = _subject_of(verb)
    if subject is not None and subject.lower_ in L.RELATIVE_PRONOUNS:
        return verb.dep_ == "relcl" and verb.head.lower_ in _DOCUMENT_NOUNS
    return subject is None or subject.pos_ in ("NOUN", "PROPN")


def _relays_a_document(token: Token, statement: RawPosition, offset: int) -> bool:
    """'X was charged after an audit found $90,000 missing, police say': a document no actor was
    found to issue that reports the figure in a clause of its own (`_embedded_report`), inside a
    statement's words, is relayed by the statement's speaker, as 'police say an audit found
    $90,000 missing' is. Not a person or body as the clause's subject ('after the council
    estimated 300'), whose unnamed claim stays no one's, nor a document another owns ('after the
    union's audit found', 'a union audit', 'an audit by the union'): its figure is not the speaker's;
    nor statistics that name themselves as the source ('X said she was dismayed after new data
    showed 80 ...': `_statistics_described`)."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if _is_attributing(node) and _embedded_report(node):
            subject = _subject_of(node)
            return subject is not None and subject.lower_ in _DOCUMENT_NOUNS and not _statistics_described(subject) \
                and not any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep" and c.lower_ == "by"
                            for c in child_tokens(subject)) \
                and statement.start <= node.idx + offset < statement.end
    return False


def _unnamed_within(verb: Token, subject: Token | None) -> bool:
    """'Reuters reported ..., with officials reporting 150 killed': a participle whose subject is
    an unnamed source ('officials', 'sources') no actor stands for: the figure is theirs, so no
    actor of the article claims it (not the outlet whose statement relays them)."""
    return (verb.tag_ == "VBG" and subject is not None and subject.lower_ in L.UNNAMED_SOURCE_NOUNS
            and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in child_tokens(subject)))


def _estimated_by(figure: Token) -> Token | None:
    """'the $2.86bn forecast by analysts', 'the 40,000 jobs promised by the firm': a past participle
    of an attributing verb on the figure (or on the noun it counts) with its agent names who
    estimated or stated the amount; that agent."""
    for noun in (figure, figure.head) if figure.dep_ == "nummod" else (figure,):
        for c in child_tokens(noun):
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and _is_attributing(c):
                return _agent_of(c)
    return None


def _agent_of(verb: Token) -> Token | None:
    """The noun of a passive verb's 'by' phrase ('forecast by analysts': analysts), if any; the
    'by' phrase may stand after other phrases of the verb, on whose last noun the parser then
    hangs it ('a study drawn up for the board by X': `_by_phrase_down_the_phrases`)."""
    agent = next((a for a in child_tokens(verb) if a.dep_ == "agent"), None)
    if agent is None:
        agent = _by_phrase_down_the_phrases(verb)
    return next((o for o in child_tokens(agent) if o.dep_ == "pobj"), None) if agent is not None else None


def _by_phrase_down_the_phrases(verb: Token) -> Token | None:
    """'drawn up for the board by X', 'commissioned in March for the board by X': a 'by' phrase
    on the object of a phrase of purpose, time or place of a past participle (`PHRASES_BEFORE_AN_AGENT`,
    hung on the participle itself) whose object is no time ('by 2030', 'by the end of May'): the
    parser hangs the agent on the noun before it, but such a noun has no agent of its own where it
    is a body or person (`_body_or_person`). Not an eventive noun, which may ('released during a
    visit by X', 'prepared for a bid by X'), nor a phrase of occasion or cause ('published after a
    request by X'), nor deeper ('released in spite of protests by X'). Only for a participle ('VBN')."""
    if verb.tag_ != "VBN":
        return None
    for prep in child_tokens(verb):
        if prep.dep_ != "prep" or prep.lower_ not in L.PHRASES_BEFORE_AN_AGENT:
            continue
        for noun in (c for c in child_tokens(prep) if c.dep_ == "pobj"):
            by = next((c for c in child_tokens(noun) if c.dep_ == "prep" and c.lower_ == "by"), None)
            agent = next((o for o in child_tokens(by) if o.dep_ == "pobj"), None) if by is not None else None
            if agent is not None and agent.ent_type_ not in ("DATE", "TIME") \
                    and agent.lemma_.lower() not in L.TIME_UNITS and _body_or_person(noun):
                return by
    return None


def _body_or_person(noun: Token) -> bool:
    """A noun naming a body or person: a proper name of an organisation or person, or a noun of
    `RECIPIENT_BEFORE_AN_AGENT_NOUNS` ('the council', 'ministers'); no eventive noun ('a visit')."""
    return noun.pos_ == "PROPN" and noun.ent_type_ in ("ORG", "PERSON") \
        or noun.lemma_.lower() in L.RECIPIENT_BEFORE_AN_AGENT_NOUNS


def _poll_owner(panel: Token, mention_of) -> str | None:
    """'analysts polled by Lexa', 'economists surveyed by the bank': the panel speaks in the poll of
    the agent who asked it, where that is one actor."""
    for c in child_tokens(panel):
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in L.POLLING_VERBS:
            owner = _agent_of(c)
            if owner is not None and not owner.conjuncts:
                return mention_of(owner)
    return None


def _subject_hung_before(verb: Token) -> Token | None:
    """'The army moved into nine districts of Kessa, an ISPR statement said.': the parser may hang
    the subject of a cue that ends the sentence after a comma on the noun before the comma, as
    its apposition, and leave the cue with no subject; the noun phrase between the comma and
    the cue is that subject (only where the cue is the root, has no subject, and ends the
    sentence but for its closing mark)."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child_tokens(verb)):
        return None
    if verb.i + 1 < verb.sent.end and not doc[verb.i + 1].is_punct:
        return None
    noun = doc[verb.i - 1]
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i < 1 \
            or doc[noun.left_edge.i - 1].text != ",":
        return None
    return noun


def _alternative_put_forward(figure: Token) -> bool:
    """'less sure that it is 28% rather than 15%': the amount set against the doubted one with
    'rather than' is the doubter's own alternative, not what is doubted."""
    return any(t.lower_ == "than" and any(c.lower_ == "rather" for c in child_tokens(t)) for t in figure.subtree)


def _cites_a_fact(verb: Token, child: Token) -> bool:
    """'The fund ended its review, citing a budget gap of about $3.4bn': a participle of citing
    on the clause's verb gives its object, a fact and no document or another's words, as the
    reason of that verb's subject, who claims it."""
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_.lower() == "cite" and child.dep_ == "dobj"
            and child.lemma_.lower() not in _DOCUMENT_STATEMENT_OR_CLAIM_NOUNS
            and child.lower_ not in _DOCUMENT_NOUNS and child.pos_ == "NOUN")


def _points_to_a_fact(verb: Token, child: Token, figure: Token) -> bool:
    """'The mayor pointed to €5m in flood grants', 'X pointed to 40% of the fees': a verb of
    citing with its preposition (`CITING_PREPOSITION_VERBS`) whose object is the amount itself
    (money, a share, a measure; `figure`, the amount's head word) gives it as its subject's
    evidence; the subject claims it. Only a bare amount: not one with an article or a noun it
    describes ('pointed to the $5m cheque'), nor one a participle or a clause other than one of
    saying describes ('$5m lying on the table': maybe only showing it), nor a count of things
    ('pointed to 40 empty shops')."""
    if verb.pos_ != "VERB" or L.CITING_PREPOSITION_VERBS.get(verb.lemma_.lower()) != child.lower_ \
            or child.dep_ != "prep" or child.head.i != verb.i or _not_asserted(verb):
        return False
    cited = next((c for c in child_tokens(child) if c.dep_ == "pobj"), None)
    if cited is None or not (cited.i == figure.i or figure.head.i == cited.i and cited.lower_ in L.PERCENT_WORDS):
        return False                      # the amount is no bare object: 'the $5m cheque', '40 empty shops'
    described = any(c.dep_ in ("det", "acl") or c.dep_ == "relcl" and not _is_attributing(c) for c in child_tokens(cited))
    return not described and any(t.ent_type_ in _AMOUNT_ENTITIES for t in cited.subtree if t.like_num or t.is_currency)


def _questions_how(verb: Token, child: Token) -> bool:
    """'X questioned how the budget ballooned from $6.8m to $19.5m': 'question' with a clause that
    opens with 'how' or 'why' takes the clause's facts as given, so they are its subject's
    ('questioned whether ...' doubts them: `_doubted`)."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() == "question" and child.dep_ == "ccomp" and child.i > verb.i
            and any(c.lower_ in L.PRESUPPOSING_WH_WORDS and c.dep_ == "advmod" and c.i < child.i
                    for c in child_tokens(child))
            and not any(c.dep_ == "aux" and c.lower_ in L.MODAL_AUXILIARIES for c in child_tokens(child)))
    # "questioned how the ministry could hire 300 nurses": a possibility asked about is doubted


def _rules_an_amount(verb: Token, child: Token) -> bool:
    """'Judge X allowed bail of $500 with two sureties', 'the court imposed a fine of $4,000':
    an amount a court, prosecutor or authority decides or proposes as the verb's object is its
    subject's (not 'posted bail of $500', nor 'was granted bail': no subject decides)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in L.RULING_VERBS \
            or any(c.dep_ in ("neg", "prt") or c.lower_ in L.ANNULLING_PARTICLES for c in child_tokens(verb)) \
            or verb.dep_ in ("xcomp", "ccomp") and (verb.head.lemma_.lower() in _NEGATIVE_OR_DOUBTING_VERBS
                                                     or any(c.dep_ == "neg" for c in child_tokens(verb.head))):
        return False    # "did not allow bail of $500", "refused to allow", "set aside the fine": no amount it decides
    if child.dep_ in ("xcomp", "ccomp") and child.i > verb.i and verb.lemma_.lower() in L.COURT_ORDER_VERBS:
        subject = _nominal_subject(verb)
        return subject is not None and any(w.lemma_.lower() in L.JUDICIAL_NOUNS for w in (subject, *child_tokens(subject))
                                           if w is subject or w.dep_ == "compound")
    if child.dep_ == "prep" and child.lower_ == "with":     # "allowed bail of RM500,000 with two sureties"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in L.RULED_AMOUNT_NOUNS for c in child_tokens(verb))
    return child.dep_ == "dobj" and child.lemma_.lower() in L.RULED_AMOUNT_NOUNS


def _doubted(verb: Token, child: Token) -> bool:
    """'X doubts that the river lost 28%', 'X denied that 40 died', 'X questioned whether 40 ...',
    '"I am less sure that it is 28%"', 'X is sceptical that ...': the clause or object of a verb or
    adjective of doubt or rejection is no claim of its subject."""
    if child.dep_ not in ("ccomp", "dobj", "xcomp") or child.i < verb.i:
        return False
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB":
        # "does not doubt that ...": no doubt; "rejected a 4% pay rise": a proposal refused, not doubted
        return lemma in L.DOUBTING_VERBS and not any(c.dep_ == "neg" for c in child_tokens(verb)) \
            and not _refuses_a_proposed_amount(verb, child)
    if verb.pos_ != "ADJ" or child.dep_ != "ccomp":
        return False
    if lemma in L.DOUBTING_ADJECTIVES:
        return True
    return lemma in L.CERTAINTY_ADJECTIVES and (
        any(c.dep_ in ("neg", "advmod") and c.lower_ in L.DOUBT_MARKS for c in child_tokens(verb))
        or verb.dep_ == "acomp" and any(c.dep_ == "neg" for c in child_tokens(verb.head)))


def _refuses_a_proposed_amount(verb: Token, child: Token) -> bool:
    """'the staff had rejected a 4.1% pay rise', 'rejected an offer of £2,000': a verb that
    refuses a claim or a proposal (PROPOSAL_REFUSING_VERBS) whose object is a change or an
    offer put forward (`_put_forward`) refuses the proposal, it does not doubt its amount: the figure is as
    true for the refuser as for the one who offered it, and whoever reports the refusal tells
    it ('X said the staff had rejected a 4.1% rise': X's). Only inside what a verb above reports
    (the refuser alone, 'Cleaners rejected a 3% rise', does not put the amount forward); not
    'rejected claims that 40 died', 'rejected the figure of 400' (a claim or a count doubted)."""
    return child.dep_ == "dobj" and verb.lemma_.lower() in L.PROPOSAL_REFUSING_VERBS \
        and child.lemma_.lower() in L.PROPOSED_CHANGE_NOUNS and _put_forward(child) \
        and any(_is_attributing(a) for a in verb.ancestors)


_PROPOSAL_MODIFIERS = L.PROPOSAL_COMPOUND_NOUNS | L.PROPOSAL_MARKING_WORDS     # united once, not per change


def _put_forward(change: Token) -> bool:
    """'an offer of £2,000', 'a 4.1% pay rise', 'the proposed 3% increase': a change noun that is
    a proposal: an offer, a change of pay or a price (PROPOSAL_COMPOUND_NOUNS before it) or one
    marked as put forward (PROPOSAL_MARKING_WORDS); not a change reported in something ('a 40%
    rise in burglaries', 'a fall of 4% in profits'), which is a count disputed, not an offer."""
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in child_tokens(change)) \
            or any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "prep" and g.lower_ == "in" for g in c.subtree)
                   for c in child_tokens(change)):
        return False
    if change.lemma_.lower() in L.OFFER_NOUNS:
        return True
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _PROPOSAL_MODIFIERS
               or c.dep_ == "acl" and c.lower_ in L.PROPOSAL_MARKING_WORDS for c in child_tokens(change))


def _reports_clause(verb: Token, child: Token) -> bool:
    """'"We lost 40 boats," Tom Reed continued', 'X told reporters that 40 boats were lost',
    'The Ledger understands the bank will cut 900 jobs': a verb that reports only a clause;
    not one denied ('did not tell them that ...') nor a question it holds ('understands why
    the firm spent $4m', 'told them whether ...')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in L.CLAUSE_REPORTING_VERBS or _not_asserted(verb):
        return False
    if child.dep_ not in ("ccomp", "parataxis"):
        child = _clause_before_an_appended_phrase(verb, child)
        if child is None:
            return False
    opener = child.left_edge
    return not (opener.tag_ in ("WRB", "WP", "WDT", "WP$") or opener.lower_ in L.QUESTION_MARKERS)


def _clause_before_an_appended_phrase(verb: Token, phrase: Token) -> Token | None:
    """'X told analysts that the plant would close, a loss of 400 jobs': a noun phrase set off
    by a comma right after the reported clause, which the parser hangs on the reporting verb
    as a second object, sizes what the clause says and is reported with it; that clause."""
    if phrase.dep_ not in ("dobj", "npadvmod", "appos") or phrase.i < verb.i:
        return None
    comma = phrase.left_edge.i - 1
    if comma < 0 or phrase.doc[comma].text != ",":
        return None
    return next((c for c in child_tokens(verb) if c.dep_ == "ccomp" and verb.i < c.i and c.right_edge.i + 1 == comma),
                None)


def _is_impersonal(verb: Token) -> bool:
    """'the bill was forecast to hit €20bn': a passive without an agent names no source of
    its own; the source is whoever reports the clause it stands in."""
    return any(c.dep_ == "nsubjpass" for c in child_tokens(verb)) and not any(c.dep_ == "agent" for c in child_tokens(verb))


def _estimate_valued(verb: Token, child: Token) -> Token | None:
    """'keep the bank's outlook flat at 2.4 percent', 'the bank's forecast is 2%': the figure
    gives the value of an estimate that is the verb's subject or object."""
    if verb.pos_ not in ("VERB", "AUX") or child.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return None
    return next((c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                 and _names_an_estimate(c) and c.i != child.i and not _target_set_by_another(c, verb)), None)


def _owner_of_estimate(estimate: Token, mention_of, earlier: Mapping[str, str], kinds: Mapping[str, str]) -> str | None:
    """Who owns the estimate a figure gives the value of: the source of the estimate noun, or,
    for a noun an estimate noun classifies ('her target price'), the actor its possessor names.
    Out of an own-estimate verb's object, a body's or a name's ('Vantor Mining's target price is
    $5', 'its target price was raised'), may be the thing priced, not who set it: only a
    person's ('his target price is $5', 'Tom Reed's target price') is theirs."""
    if estimate.lower_ in L.ESTIMATE_NOUNS:
        return _source(estimate, mention_of, earlier)
    owner = next((c for c in child_tokens(estimate) if c.dep_ == "poss"), None)
    key = mention_of(owner) if owner is not None else None
    return key if estimate.dep_ == "dobj" or kinds.get(key) == "person" else None


def _target_set_by_another(estimate: Token, verb: Token) -> bool:
    """'The minister cut Vantor Mining's production target to 30,000 tonnes', 'the target was
    set by the regulator at 12%': a target or guidance (`IMPOSABLE_ESTIMATE_NOUNS`) may be set
    for its owner by someone else; where the verb's subject or agent is another than the owner
    named on it, the owner does not claim the value ('X cut its target', 'X's target is 3%' stay)."""
    if estimate.lower_ not in L.IMPOSABLE_ESTIMATE_NOUNS \
            and not any(c.dep_ == "compound" and c.lower_ in L.IMPOSABLE_ESTIMATE_NOUNS for c in child_tokens(estimate)):
        return False                      # "cut Vantor Mining's target price": also one set for another
    if estimate.dep_ == "dobj":
        return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in child_tokens(estimate))
    return estimate.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in child_tokens(verb))


def _is_attributing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") and not _predicate_tagged_noun(verb) or lemma not in L.ATTRIBUTING_VERBS:
        return False
    particle = L.ATTRIBUTING_PARTICLES.get(lemma)
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in child_tokens(verb))


def _document_before_misread_verb(root: Token, figure: Token) -> Token | None:
    """'Figures from the agency show prices rose 3%', 'Data by X show exports fell to $4bn': the
    parser may read the verb 'show' after a name as a noun of the next word ('show prices') and
    make the figure's clause the root; the name between the document subject of that root
    ('figures from', 'data by') and the misread verb, where it is one name (not 'X and Y'), is
    the source of a figure after the verb."""
    subject = next((c for c in child_tokens(root) if c.dep_ == "nsubj" and c.lower_ in L.SOURCE_NOUNS), None)
    if subject is not None and _issued_by_an_agent(subject) \
            and any(t.dep_ == "compound" and t.is_lower and t.lemma_.lower() in L.FIGURE_SHOWING_VERBS
                    for t in root.doc[subject.i + 2:min(root.i, figure.i)]):
        return subject                    # "Figures released by X on Tuesday show nurses worked 3,100 shifts": X's
    if subject is None or subject.i + 1 == len(root.doc) or root.doc[subject.i + 1].lower_ not in L.SOURCE_AUTHOR_PREPOSITIONS:
        return _owner_before_misread_verb(root, figure)
    verb = next((t for t in root.doc[subject.i + 2:min(root.i, figure.i)]
                 if t.dep_ == "compound" and t.is_lower and t.lemma_.lower() in L.FIGURE_SHOWING_VERBS), None)
    if verb is None or root.doc[verb.i - 1].pos_ != "PROPN":
        return None
    if any(t.dep_ in ("cc", "conj") or t.text in (",", ";") for t in root.doc[subject.i + 2:verb.i]):
        return None                       # "figures from X and Y show ...": two sources
    return root.doc[verb.i - 1]


def _agent_of_a_fronted_announcement(root: Token) -> Token | None:
    """'Under rules announced by X, permits will rise from $40 to $55', 'In a budget presented by
    X, spending rises to $4bn': a phrase set before the clause whose noun a participle of making
    known or issuing (MAKING_KNOWN_VERBS, DOCUMENT_ISSUING_VERBS) credits to a 'by' agent frames
    the whole clause as that agent's; one agent only (not 'X and Y')."""
    for prep in root.lefts:
        if prep.dep_ != "prep" or prep.lower_ not in L.FRAMING_PREPOSITIONS:
            continue                        # "After data released by X, police arrested 40": no claim of X's
        for noun in (o for o in child_tokens(prep) if o.dep_ == "pobj"):
            for verb in child_tokens(noun):
                lemma = verb.lemma_.lower()
                if verb.dep_ == "acl" and verb.tag_ == "VBN" \
                        and (lemma in L.MAKING_KNOWN_VERBS or lemma in L.DOCUMENT_ISSUING_VERBS):
                    agent = _agent_of(verb)
                    if agent is not None and not agent.conjuncts:
                        return agent
    return None


def _issued_by_an_agent(document: Token) -> bool:
    """'figures published by the agency', 'data compiled by X', 'a survey carried out by X': the
    document has a participle of issuing or authoring (DOCUMENT_ISSUING_VERBS, AUTHORING_VERBS) with a
    'by' agent, who `_source` reads as its author."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and _issuing_or_authoring(c)
               and _agent_of(c) is not None for c in child_tokens(document))


def _owner_before_misread_verb(root: Token, figure: Token) -> Token | None:
    """'The statistics office's data show exports fell 8%': the parser may read the owner's
    document and the verb 'show' as compounds of the next noun, the figure's clause the root;
    the one name that owns the document ('X's data show', before any verb) is the source."""
    doc = root.doc
    for verb in doc[root.sent.start + 3:min(root.i, figure.i)]:
        if verb.dep_ == "compound" and verb.is_lower and verb.lemma_.lower() in L.FIGURE_SHOWING_VERBS \
                and doc[verb.i - 1].lower_ in L.SOURCE_NOUNS and doc[verb.i - 2].tag_ == "POS":
            owner = doc[verb.i - 2].head
            if owner.pos_ != "PROPN" or owner.conjuncts \
                    or any(t.pos_ in ("VERB", "AUX") or t.dep_ == "cc" or t.text in (",", ";")
                           for t in doc[root.sent.start:verb.i]):
                return None               # "X and Y's data show ...": whose is unclear
            return owner
    return None


def _name_before_misread_verb(root: Token, figure: Token) -> Token | None:
    """'The IMF forecasts growth of 2.1%', 'Oxfam estimates losses of $2bn': the parser may
    read a whole sentence as one noun phrase, the attributing verb after a name as a noun
    compounding the next word; in a sentence with no verb, a lower-case compound of an
    attributing verb's lemma right after a name, before the figure, makes the name its source."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    cue = next((c for c in child_tokens(root) if c.dep_ == "compound" and c.i < figure.i and c.is_lower
                and c.lemma_.lower() in L.ATTRIBUTING_VERBS), None)
    if cue is None or cue.i == root.sent.start or root.doc[cue.i - 1].pos_ != "PROPN" \
            or any(t.pos_ in ("VERB", "AUX") and t.i != cue.i for t in root.sent):
        return None
    return root.doc[cue.i - 1]


def _predicate_tagged_noun(word: Token) -> bool:
    """'Figures from the agency show unemployment rose to 7%': the tagger may take a present-tense
    verb after a plural noun phrase for a noun; as the root with a subject and a clause of its
    own it is the sentence's verb."""
    return (word.pos_ == "NOUN" and word.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in child_tokens(word))
            and any(c.dep_ == "ccomp" for c in child_tokens(word)))


def _is_content(child: Token, verb: Token) -> bool:
    """Does `child` hold what `verb` attributes: its clause, object or content phrase ("warned
    of X"), a second that-clause ('said X, but that Y'), 'announced plans ... to give $5m', the
    change of its object set after it ('reported a profit of $8m, up 14% from $7m', '..., down from
    $9m a year earlier': `positions.change_of_the_object`, as the statement's span reads it); not
    its subject or a phrase of time or place."""
    dep = child.dep_
    if dep in ("ccomp", "xcomp", "dobj", "attr", "oprd", "parataxis"):
        return not before_semicolon(child, verb)     # 'The council closed 12 libraries; officials say ...'
    if dep == "advmod":
        return change_of_the_object(verb, child)
    if dep == "prep":
        return child.lower_ in L.SOURCE_CONTENT_PREPOSITIONS
    if dep == "conj":
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in child_tokens(child)) or _parenthetical(verb, child) \
            or child.pos_ == "NUM" \
            or _bare_infinitive_of_request(child, verb)   # "he urged them to write off debt and provide $50bn"
    if dep == "advcl":
        if _parenthetical(verb, child):
            return True     # 'These drivers, X said, were "poorly paid", earning $20,000'
        if child.i > verb.i and any(c.dep_ == "mark" and c.lower_ in L.REASON_MARKERS for c in child_tokens(child)) \
                and any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in child_tokens(verb)):
            return True     # '... is good news, she said, because farmers earn more'
        return (any(c.dep_ == "aux" and c.lower_ == "to" for c in child_tokens(child))
                and not any(c.dep_ == "mark" for c in child_tokens(child)))
    return False


def _bare_infinitive_of_request(child: Token, verb: Token) -> bool:
    """'urged the chiefs to write off debt and provide $50bn': the parser joins the second
    infinitive to the tensed cue; a bare infinitive without a subject cannot be its conjunct."""
    return (child.tag_ == "VB" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.lemma_.lower() in L.XCOMP_CONTENT_CUES
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in child_tokens(child)))


def _parenthetical(verb: Token, clause: Token) -> bool:
    """'These employees, Tom Reed explained, were paid $30,000': the parser makes the cue set
    off by commas the head of the clause it interrupts."""
    doc = verb.doc
    subject = _subject_of(verb)
    if subject is None or subject.i > verb.i or clause.i < verb.i:
        return False
    before = doc[subject.left_edge.i - 1] if subject.left_edge.i > verb.sent.start else None
    i = clause.left_edge.i - 1
    while i > verb.i and doc[i].is_quote:
        i -= 1
    cut = doc[i] if i > verb.i else None
    return (before is not None and before.text == "," and cut is not None and cut.text == ","
            and not any(c.dep_ == "cc" and verb.i < c.i < clause.i for c in child_tokens(verb)))


def _subject_of(verb: Token) -> Token | None:
    """Who the attributing verb's statement is by: its subject, the agent of a passive ('is
    estimated by X'; a passive without one has no source), the subject of the verb it
    continues ('tried ..., explaining that'), or the noun a participle describes ('a poll
    showing 30%')."""
    current = verb
    for _ in range(3):
        subjects = [c for c in child_tokens(current) if c.dep_ == "nsubj"] \
            or [c for a in child_tokens(current) if a.dep_ == "aux" for c in child_tokens(a) if c.dep_ == "nsubj"]
        if subjects:                    # the parser may hang it on the auxiliary: "X had in its outlook warned"
            return min(subjects, key=lambda c: abs(c.i - current.i))   # the nearest: "X, Y said, ..."
        for c in child_tokens(current):
            if c.dep_ == "nsubjpass":
                return None if _continues_what_was_received(verb, current) else _agent_of(current)
        if current.dep_ == "acl":
            return current.head
        if current.dep_ not in ("xcomp", "advcl", "conj") or _tensed_subordinate(current):
            return None     # "X quits after audit finds ...": a tensed clause with a mark has its own subject
        current = current.head
    return None


def _continues_what_was_received(verb: Token, passive: Token) -> bool:
    """'The audit, a copy of which was seen by the Ledger, found that ...', 'The memo was obtained by X and
    shows ...': a verb read as continuing a passive of coming by a document (DOCUMENT_GETTING_VERBS) whose
    subject is a document or data takes up that document; the passive's agent only got hold of it and is no
    source of what the later verb finds. Not a thing tested or a statement read out ('The samples were
    examined by X, finding ...', 'The statement was read by X and said ...'): their agent makes the finding."""
    if passive.i == verb.i or passive.lemma_.lower() not in L.DOCUMENT_GETTING_VERBS:
        return False
    return any(_is_document_or_data(_thing_got(c, passive)) for c in child_tokens(passive) if c.dep_ == "nsubjpass")


def _thing_got(subject: Token, passive: Token) -> Token | None:
    """The document a passive's subject names: itself, or what its 'of' phrase names ('a copy of the
    report'; 'a copy of which': the noun the relative pronoun stands for)."""
    if _is_document_or_data(subject):
        return subject
    for prep in child_tokens(subject):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in child_tokens(prep):
            if obj.dep_ != "pobj":
                continue
            if obj.tag_ != "WDT":
                return obj
            if passive.dep_ == "relcl":
                return passive.head
            # the small model hangs the document before a comma-set relative on the passive ('dep')
            return next((c for c in child_tokens(passive) if c.dep_ == "dep" and c.i < subject.i), None)
    return None


# A document or data one may come by (the lexicon's document and statistics nouns).
_DOCUMENT_OR_DATA_NOUNS = frozenset(L.ISSUED_DOCUMENT_NOUNS | L.AUTHORED_DOCUMENT_NOUNS | L.STATISTICS_NOUNS | L.KEPT_RECORD_NOUNS)


def _is_document_or_data(noun: Token | None) -> bool:
    return noun is not None and bool({noun.lower_, noun.lemma_.lower()} & _DOCUMENT_OR_DATA_NOUNS)


def _tensed_subordinate(verb: Token) -> bool:
    return verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBD", "VBP") and any(c.dep_ == "mark" for c in child_tokens(verb))


# People whose words or findings are their body's ("economists at X", "investigators from X").
_MEMBERS = frozenset(L.MEMBER_NOUNS | L.INQUIRY_MEMBER_NOUNS)

def _no_longer_serving(member: Token) -> bool:
    """'former investigators', 'retired inspectors', 'Ex-investigators' (the parser leaves 'Ex'
    and its hyphen out of the noun's phrase)."""
    doc = member.doc
    start = member.left_edge.i
    if start >= 2 and doc[start - 1].text == "-":
        start -= 2
    return any(t.lower_ in L.NO_LONGER_SERVING_WORDS for t in doc[start:member.i])


# The claim, pledge or report is someone's the extraction did not name: nobody above claims it.
_NOBODY_NAMED = ""


_OWNED_CLAIM_NOUNS = frozenset(L.SOURCE_NOUNS | L.STATEMENT_NOUNS | L.CLAIM_NOUNS | L.PRESENTATION_NOUNS | L.ESTIMATE_NOUNS
                               | L.KEPT_RECORD_NOUNS)


def _source(subject: Token | None, mention_of, earlier: Mapping[str, str] = _NO_REFERENTS, set_off: bool = True) -> str | None:
    """The actor a source phrase names: the actor its head was resolved to (a name, a resolved
    pronoun; the noun a relative pronoun stands for), else the owner or author of a poll or
    report ("the IMF's report", "a BVA poll", "a study by X"; a study one body commissioned and another
    made is its maker's, never the commissioner's: `maker_beside_commissioner`), or the body of a
    spokesman or an expert ("economists at X"). Nothing extraction did not name. `set_off`: whether a name set off
    after a 'by' author's common noun counts (for the figure of its own sentence, not one the
    discourse remembers for 'the report' later)."""
    if subject is None:
        return None
    if subject.lower_ in L.RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    elif subject.lower_ in L.RELATIVE_PRONOUNS and subject.i > 0 and subject.doc[subject.i - 1].pos_ in ("NOUN", "PROPN"):
        subject = subject.doc[subject.i - 1]     # "the Fire Service which reported ...", parsed as advcl
    key = _person_in_apposition(subject, mention_of) or mention_of(subject)
    if key is None and subject.lower_ == "it":          # "The audit report said ... . It also found ..."
        return earlier.get("it") or (earlier.get(_IT_OF_AN_ISSUER) if _opens_its_sentence(subject) else None) \
            or _owner_of_joined_document(subject, mention_of, earlier)
    if key is not None or subject.pos_ == "PRON":
        return key
    if subject.lower_ in L.STATISTICS_NOUNS:
        key = _agent_of_a_participle(subject, mention_of)
        if key is not None:
            return key                     # "The numbers, obtained by X, show ...": X's
    documents = _OWNED_CLAIM_NOUNS
    noun = subject.lower_ if subject.lower_ in documents | _MEMBERS else subject.lemma_.lower()   # "threats"
    if noun not in documents and noun not in _MEMBERS:
        return None
    if noun in _MEMBERS and _no_longer_serving(subject):
        return None                        # "former investigators from X": no longer its voice
    by = L.SOURCE_AUTHOR_PREPOSITIONS if noun in documents else \
        L.INQUIRY_BODY_PREPOSITIONS if noun in L.INQUIRY_MEMBER_NOUNS else L.MEMBER_BODY_PREPOSITIONS
    authored = False                       # "the report by the union": its own author, named or not
    maker = maker_beside_commissioner(subject, mention_of) if noun in L.AUTHORED_DOCUMENT_NOUNS else None
    if maker is not None:
        return maker[0] or _NOBODY_NAMED   # 'the audit, commissioned by A and conducted by B': B's, never A's
    for c in child_tokens(subject):
        if c.dep_ in ("poss", "compound", "nmod") and c.i < subject.i:
            if noun in L.ASSESSING_NOUNS:
                continue                   # "the firm's valuation": what was valued, not who valued it
            owner = mention_of(c) or (earlier.get("it") if c.lower_ == "its" else None)   # "It edged up its forecast"
        elif c.dep_ == "prep" and c.lower_ in by:
            authored = True
            if any(o.dep_ == "pobj" and o.conjuncts for o in child_tokens(c)):
                return None                # "a survey by X and Y": two authors, no one claimant
            owner = next((_owner_of_object(o, mention_of, documents, set_off) for o in child_tokens(c) if o.dep_ == "pobj"), None)
        elif c.dep_ == "relcl" and noun in documents:
            owner = _maker_of(c, mention_of)
        elif c.dep_ == "acl" and noun in documents:
            owner = _author_of_its_participle(c, mention_of, documents, set_off)
        else:
            continue
        if owner is not None:
            return owner
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return _NOBODY_NAMED           # "Berlin's pledge": its owner's, not a later speaker's
    if noun in _DOCUMENT_NOUNS:
        author = _author_by_verb(subject, mention_of)
        if author is not None:
            return author                  # "X released a report showing ...", "X said in a statement"
    first = _first_coordinated_claim(subject)
    if first is not None:
        return _source(first, mention_of, earlier)    # "X's pledge to ..., and an earlier announcement to ..."
    if noun in _DOCUMENT_NOUNS and not authored and any(
            c.dep_ == "det" and c.lower_ in L.DEFINITE_DETERMINERS or _one_more_part(c, noun) for c in child_tokens(subject)):
        return _taken_up_owner(subject, earlier)    # "the survey also found", "another slide shows": one named just before
    return None


def _maker_named_later(parsed: ParsedArticle, number: Token, n: int, spans: Mapping[int, list[MentionSpan]],
                       claimant: str, mention_of) -> str | None:
    """'A review commissioned by A found that 30 per cent ... . The review, carried out by B, ...': a figure of a
    commissioned study's own finding (`maker_beside_commissioner`'s case, with the maker named in the next
    mention: `maker_named_at_a_later_mention`) is the maker's, never the commissioner's; `_NOBODY_NAMED` where
    that maker is no actor; None where no later mention names one, or where the figure's claimant found so far
    is not the commissioner (as `mention_of`, the sentence's own finder, reads the 'commissioned by' phrase), or
    the figure is not in the finding's own clause: the clause of the main verb whose subject the study is, and
    no clause joined to it with a subject of its own on the way ('found that ..., but
    the minister said the rise was 12 per cent', '..., and the board put the cost at £4m': theirs)."""
    document, node = None, number
    while node.head.i != node.i and document is None:
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child_tokens(node)):
            return None     # a clause joined to the finding, with a subject of its own
        node = node.head
        document = next((c for c in child_tokens(node) if c.dep_ == "nsubj" and c.i < node.i
                         and c.lemma_.lower() in L.AUTHORED_DOCUMENT_NOUNS), None)
    if document is None or node.dep_ != "ROOT" and not (node.dep_ == "conj" and node.head.dep_ == "ROOT"):
        return None         # (a study in a speaker's reported words, 'X said a review commissioned by A had found')
    commissioners = {mention_of(o) for c in child_tokens(document) if c.dep_ == "acl"
                     and c.lemma_.lower() in L.COMMISSIONING_VERBS for a in child_tokens(c) if a.dep_ == "agent"
                     for o in child_tokens(a) if o.dep_ == "pobj"}
    if commissioners != {claimant}:
        return None         # the figure's claimant is not the commissioner: not the commissioned study's finding
    maker = maker_named_at_a_later_mention(parsed, document, n, lambda k, t: _mention_finder(parsed, k, spans.get(k, []))(t))
    return None if maker is None else maker[0] or _NOBODY_NAMED


def _agent_of_a_participle(noun: Token, mention_of) -> str | None:
    """'The numbers, obtained by the Green Party, show ...', 'figures provided by X', 'the data,
    obtained through a records request by X, ...': statistics a participle that hands them on
    describes (an 'acl' past participle, FIGURE_HANDING_PARTICIPLES) come from the agent of that
    participle, or from the one whose request or search ('through a request by X': a
    FIGURE_REQUEST_NOUNS noun after FIGURE_REQUEST_PREPOSITIONS) the participle names; that
    agent's actor, where the sentence names one alone (not 'by X and Y'). Not who judges them
    ('disputed by X', 'welcomed by X'), nor an occasion ('released after a complaint by X')."""
    for clause in child_tokens(noun):
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in L.FIGURE_HANDING_PARTICIPLES:
            continue
        ways = [clause] + [o for p in child_tokens(clause) if p.dep_ == "prep" and p.lower_ in L.FIGURE_REQUEST_PREPOSITIONS
                           for o in child_tokens(p) if o.dep_ == "pobj" and o.lemma_.lower() in L.FIGURE_REQUEST_NOUNS]
        for way in ways:
            for by in child_tokens(way):
                if by.dep_ in ("agent", "prep") and by.lower_ == "by":
                    agents = [o for o in child_tokens(by) if o.dep_ == "pobj"]
                    if len(agents) == 1 and not agents[0].conjuncts:
                        return mention_of(agents[0])
    return None


def _person_in_apposition(subject: Token, mention_of, depth: int = 2) -> str | None:
    """'The bank's president, Ada Okoro, said ...' and 'X Bank president Ada Okoro said ...' where
    the parser makes the bank the subject with her in apposition (also through the office,
    'the bank – its president Ada Okoro – said'): the person named beside a body is who speaks,
    where she was resolved to an actor."""
    if subject.ent_type_ == "PERSON" or depth == 0:
        return None
    for c in child_tokens(subject):
        if c.dep_ == "appos" and c.i > subject.i:
            key = mention_of(c) if c.ent_type_ == "PERSON" else _person_in_apposition(c, mention_of, depth - 1)
            if key:
                return key
    return _spokesperson_named_after(subject, mention_of) if subject.lower_ in L.SPOKESPERSON_NOUNS else None


def _spokesperson_named_after(spokesperson: Token, mention_of) -> str | None:
    """'A spokesperson for Minister Ada Vance, Jules Tremont, said ...', 'a spokesman for the Orvan
    Fund, Jo Hale, said': the parser hangs the person's name set off after the principal's name on
    that name, but a principal already named is not named again beside it; the name, an actor
    other than the principal, is the spokesperson's."""
    for prep in child_tokens(spokesperson):
        if prep.dep_ != "prep" or prep.lower_ not in L.DESCRIBED_BODY_PREPOSITIONS:
            continue
        for principal in child_tokens(prep):
            if principal.dep_ != "pobj" or principal.pos_ != "PROPN":
                continue
            name = next((c for c in child_tokens(principal) if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                         and c.doc[c.left_edge.i - 1].text == ","), None)
            key = mention_of(name) if name is not None else None
            if key and key != mention_of(principal):
                return key
    return None


def _owner_of_joined_document(it: Token, mention_of, earlier: Mapping[str, str]) -> str | None:
    """'The paper notes ..., it lists ... and it says ...': 'it' as the subject of a verb joined
    to one whose subject is a document stands for that document (the parser may also hang the
    first clause, before a comma, on the verb it is joined to)."""
    verb = it.head
    for _ in range(4):
        subject = _nominal_subject(verb)
        if subject is None:
            return None
        if subject.lower_ in _DOCUMENT_NOUNS:
            return _source(subject, mention_of, earlier)
        if subject.lower_ != "it":
            return None
        spliced = next((c for c in child_tokens(verb) if c.dep_ == "ccomp" and c.i < subject.i and _is_attributing(c)), None)
        if spliced is not None:
            first = _nominal_subject(spliced)
            return _source(first, mention_of, earlier) if first is not None and first.lower_ in _DOCUMENT_NOUNS \
                else None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _author_by_verb(document: Token, mention_of) -> str | None:
    """The actor who issues a document by the verb it depends on: the subject of an active
    verb of issuing ('X released a report'), of one that sets out or states something in it
    ('X set out the plan in a white paper', 'X said in a statement'), or the agent of a
    passive one ('a report was released by X', 'a report released by X', 'a survey carried out by
    X': a verb of authoring, AUTHORING_VERBS, makes its agent the author as one of issuing does).
    An agent that is a common noun with the author's name set off after it ('by a civil society
    group, X') is that name's (`name_set_off_after`)."""
    verb, by_subject = document.head, False
    if document.dep_ == "dobj":
        by_subject = verb.lemma_.lower() in L.DOCUMENT_ISSUING_VERBS
    elif document.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
        verb = verb.head
        lemma = verb.lemma_.lower()
        by_subject = (_is_attributing(verb) or lemma in L.DOCUMENT_ISSUING_VERBS
                      or any(c.dep_ == "prt" and c.lower_ == L.DOCUMENT_LAYING_OUT_VERBS.get(lemma) for c in child_tokens(verb)))
    elif document.dep_ == "nsubjpass":
        by_subject = False
    else:
        verb = next((c for c in child_tokens(document) if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if verb is None:
            return None
    if by_subject:
        if any(c.dep_ in ("nsubjpass", "auxpass") or c.dep_ == "prep" and c.lower_ in L.SOURCE_AUTHOR_PREPOSITIONS
               for c in child_tokens(verb)):
            return None                   # "X released a paper from the bank": the parser may hang 'from' on the verb
        author = _nominal_subject(verb)
    elif _issuing_or_authoring(verb):
        author = _agent_of(verb)
        if author is not None and not author.conjuncts and mention_of(author) is None:
            author = name_set_off_after(author) or author
    else:
        return None
    if author is None or author.conjuncts:
        return None                       # "X and Y published a report": whose figures is unclear
    return mention_of(author)


def _one_more_part(determiner: Token, noun: str) -> bool:
    """'another slide', 'one chart': one more part of the presentation just named, with its
    owner; 'another poll', 'one study' is a different document, maybe by someone else."""
    return (noun in L.PRESENTATION_NOUNS and determiner.dep_ in ("det", "nummod")
            and determiner.lower_ in L.SAME_SET_DETERMINERS)


def _first_coordinated_claim(noun: Token) -> Token | None:
    """'Berlin's pledge to add ..., and a promise to spend ...': a claim noun with no word that
    may name a holder of its own, joined by 'and' to a claim noun before it, is that one's
    holder's."""
    claims = _STATEMENT_OR_CLAIM_NOUNS
    if noun.lemma_.lower() not in claims or not _bare_claim(noun):
        return None
    if noun.dep_ == "conj":
        first = noun.head
    else:                                       # the parser may make both subjects of the verb
        first = next((c for c in child_tokens(noun.head) if c.dep_ == noun.dep_ and c.i < noun.i
                      and any(d.dep_ == "cc" and d.lower_ == "and" for d in child_tokens(c))), None)
    return first if first is not None and first.i < noun.i and first.lemma_.lower() in claims else None


def _bare_claim(noun: Token) -> bool:
    """'a promise to build 40 schools', 'an earlier promise to ...': only an article, a word of
    sequence and what is claimed; any other word may name another holder ('a rival promise', 'a Labour promise', 'a promise by the union', 'a
    promise the union made')."""
    return all(c.dep_ == "det" and c.lower_ in _ARTICLES
               or c.dep_ == "amod" and c.lower_ in L.SEQUENCE_ADJECTIVES      # "an earlier announcement to ..."
               or c.dep_ in ("acl", "ccomp", "cc", "conj", "punct")
               or c.dep_ == "prep" and c.lower_ not in L.SOURCE_AUTHOR_PREPOSITIONS for c in child_tokens(noun))


def _author_of_its_participle(participle: Token, mention_of, documents: set[str], set_off: bool = True) -> str | None:
    """'The report, compiled by the firm Orlen Audit,', 'a survey carried out by a group, X,': a
    document's own past participle of making it (AUTHORING_VERBS: who compiled, conducted, prepared
    it; not who only commissioned, obtained or released it) names its author by its 'by' agent, one
    alone (not 'by X and Y'; an 'and' inside the one name the recogniser marked, 'Orlen & Partners', joins
    no second author)."""
    if participle.tag_ != "VBN" or not is_authoring_verb(participle):
        return None
    agent = _agent_of(participle)
    if agent is None or any(entity_at(c) is None or entity_at(c) is not entity_at(agent) for c in agent.conjuncts):
        return None
    return _owner_of_object(agent, mention_of, documents, set_off)


def _owner_of_object(obj: Token, mention_of, documents: set[str], set_off: bool = True) -> str | None:
    """The actor of 'by X' / 'from X'; where X is itself a document ('a slide from a
    presentation that X carries'), the owner of that document; where X is a common noun with
    a name set off after it ('a report by the board's treasurer, Ann Lowe,', 'a survey by a
    residents' group, the Orwin Forum,'), that name's actor, as for a participle's agent
    (`_author_by_verb`, `name_set_off_after`)."""
    key = mention_of(obj)
    if key is None and set_off and not obj.conjuncts and not _another_document_after(obj):
        name = name_set_off_after(obj, getattr(mention_of, "type_of", None))
        key = mention_of(name) if name is not None else None
    if key is None and obj.lower_ in documents:
        key = next((_maker_of(c, mention_of) for c in child_tokens(obj) if c.dep_ == "relcl"), None)
    return key


def _another_document_after(obj: Token) -> bool:
    """'A report by the treasurer, Ann Lowe, found debt rose by £3m. A second report, by the auditor,
    found ...' read as one sentence: a document noun after the author in the sentence the parser
    made may be another document, whose figures the set-off name does not claim."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _DOCUMENT_NOUNS for t in obj.doc[obj.i + 1:obj.sent.end])


def _maker_of(clause: Token, mention_of) -> str | None:
    """'a presentation that X carries', 'the report X published': the subject of a relative
    clause of making or issuing owns the document (not one of judging it: 'a report X
    criticised')."""
    if clause.lemma_.lower() not in L.DOCUMENT_MAKING_VERBS:
        return None
    subject = _nominal_subject(clause)
    return mention_of(subject) if subject is not None else None


def _according_to(node: Token) -> Token | None:
    """The X of an "according to X" attached to `node`."""
    for c in child_tokens(node):
        if c.lower_ == "according":
            to = next((t for t in child_tokens(c) if t.lower_ == "to"), None)
            if to is not None:
                return next((o for o in child_tokens(to) if o.dep_ == "pobj"), None)
    return None


def _in_a_document(node: Token, after: bool = False) -> Token | None:
    """'In the previous X poll, Clinton led by 5 points', 'in its report, ...': a poll, survey or
    report whose findings the clause gives, set before it (or, with `after`, after the verb:
    'support fell to 40 percent in the poll'). A sentence's root counts whatever its tag: the
    parser reads the verb of '44 percent back Reed' as an adverb."""
    if node.pos_ not in ("VERB", "AUX") and node.dep_ != "ROOT":
        return None
    for c in child_tokens(node):
        if c.dep_ == "prep" and c.lower_ == "in" and (c.i > node.i if after else c.i < node.i):
            document = next((o for o in child_tokens(c) if o.dep_ == "pobj" and o.lower_ in L.SOURCE_NOUNS), None)
            if document is not None and document.lemma_.lower() in _POLL_OR_REPORT_NOUNS:
                return document
    return None


def _cue_over_subordinate_root(root: Token) -> Token | None:
    """'X pointed out that one fire may burn two homes, so hundreds of homes do not
    mean hundreds of fires': a root with a subordinator of its own is no main clause;
    the parser hangs the cue that governs it before it as its clausal complement."""
    if not any(c.dep_ == "mark" and c.i < root.i for c in child_tokens(root)):
        return None
    return next((c for c in child_tokens(root) if c.dep_ == "ccomp" and c.i < root.i and _is_attributing(c)
                 and _subject_of(c) is not None), None)


def _cue_set_off_in_commas(root: Token, figure: Token, hung_anywhere: bool = False) -> Token | None:
    """'Instead, the regulator found, two-thirds of the money went to 14 firms', 'The fund, its
    auditors said, lost $2m': a verb of saying or finding set off by commas (or opening the
    sentence before one) with a subject of its own and no clause or object of its own after it,
    which the parser hangs on the main clause as parataxis, attributes that clause, where the figure
    is; that verb. With `hung_anywhere` (a figure nothing else claims), the one such verb of a
    sentence with no quotation marks, however the parser hangs it and the words around it ('The
    choir has 85 singers, said Ivo Petrov, up from 60 in 2019'); then not a figure after the aside past a
    'by' phrase ('more than the 550 funded by the ministry') or a clause with a subject of its own
    other than the one the aside interrupts ('fewer than in 2011, when 900 inmates slept there'):
    another party's figure, or the writer's."""
    sent = root.sent
    if hung_anywhere:
        cues = [t for t in sent if _is_attributing(t)]
        if len(cues) != 1 or any(t.is_quote for t in sent):
            return None
    else:
        cues = [c for c in child_tokens(root) if c.dep_ == "parataxis" and _is_attributing(c)]
    for cue in cues:
        aside = _aside_set_off(cue, hung_anywhere)
        if aside is None or aside[0] <= figure.i <= aside[1]:
            continue
        if _withheld(cue) or not any(c.dep_ == "nsubj" for c in child_tokens(cue)) \
                or any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis", "prep") and c.right_edge.i >= aside[0]
                       and not (hung_anywhere and c.dep_ == "prep" and c.left_edge.i <= figure.i <= c.right_edge.i)
                       for c in child_tokens(cue)):
            continue                      # its own clause or object after it: no aside ('..., she said,
            # including four in ...' hung on the cue goes on the clause the aside interrupts)
        if hung_anywhere and figure.i > aside[1] and _another_claim_after_an_aside(root, cue, aside[1]):
            continue
        return cue
    return None


def _aside_set_off(cue: Token, hung_anywhere: bool) -> tuple[int, int] | None:
    """The first and last index of the words of a cue set off by commas: its own subtree, with a
    comma on each side or opening the sentence; with `hung_anywhere`, the cue and its subject alone
    ('..., Ivo Petrov said, up from 60'; '..., said Ivo Petrov, ...'), the commas included."""
    doc, sent = cue.doc, cue.sent
    if not hung_anywhere:
        first, last = cue.left_edge, cue.right_edge     # the parser may give the aside its commas
        opened = first.text == "," or first.i == sent.start or doc[first.i - 1].text == ","
        closed = last.text == "," or last.i + 1 < sent.end and doc[last.i + 1].text == ","
        return (first.i, last.i) if opened and closed else None
    subject = next((c for c in child_tokens(cue) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    first, last = (subject.left_edge.i, cue.i) if subject.i < cue.i else (cue.i, subject.right_edge.i)
    if first - 1 <= sent.start or last + 1 >= sent.end - 1 or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    return first - 1, last + 1


def _another_claim_after_an_aside(root: Token, cue: Token, end: int) -> bool:
    """After a cue set off in commas (`end`, its last index), a 'by' phrase ('the 550 funded by the
    ministry') or a clause with a subject of its own ('when 900 inmates slept there', 'but critics put
    it at 50'), other than the clause the aside interrupts or the cue's own clause before it."""
    claimed = {root.i, cue.i} | {c.i for c in child_tokens(cue) if c.dep_ == "ccomp" and c.i < cue.i}
    return any(t.dep_ == "agent" or t.i not in claimed and t.pos_ in ("VERB", "AUX")
               and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child_tokens(t))
               for t in root.doc[end + 1:root.sent.end])


def _withheld(cue: Token, content: Token | None = None) -> bool:
    """'X declined to say how many of the 400 drivers ...', 'X would not say whether the $2m ...':
    a verb of saying that is the complement of a verb of refusing or failing
    (NEGATIVE_IMPLICATIVE_VERBS), or is denied with a question for its content (`content`, the
    word of the clause the figure is in), asserts nothing; a figure in its clause is the writer's.
    Not a denied finding whose clause the parser joined to another ('could not find staff, and
    that patients waited up to 36 hours'), which has no question."""
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in L.NEGATIVE_IMPLICATIVE_VERBS:
        return True
    opening = content.left_edge if content is not None else None
    return any(c.dep_ == "neg" for c in child_tokens(cue)) and opening is not None \
        and (opening.tag_ in ("WRB", "WDT", "WP") or opening.lower_ in L.QUESTION_MARKERS)


def _cue_before_colon(node: Token, figure: Token) -> Token | None:
    """'Analysts worked out what would follow: the strike would cost $2bn' — the parser
    makes the cue before the colon a clause of the sentence after it."""
    doc = node.doc
    for c in child_tokens(node):
        if c.dep_ in ("ccomp", "parataxis") and c.i < figure.i and _is_attributing(c):
            after = c.right_edge.i + 1
            if after < figure.i and doc[after].text == ":":
                return c
    return None
