"""Titles before a name, read word by word: shared by the name repair (a title marks a
person) and the roles (the title is the role).

The word lists of the lexicon and nameparser's list of titles say which words are titles;
the words before a name are read while they may belong to one title phrase ('Assistant
Attorney General', 'First Minister of Wales', 'trade and industry commissioner').
"""
from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from ..names import canonical, is_acronym, is_given_name, opens_an_honour_pair
from ..lexicon import ACADEMIC_ABBREVIATIONS, ADDRESS_STYLES_ALSO_SURNAMES, ARTICLES, ADDRESS_STYLE_WORDS, DOER_NOUN_ENDINGS, DOTTED_TITLE_ABBREVIATIONS, FEMALE_TITLES, HONORIFIC_WORDS, HONOUR_TITLE_WORDS, MALE_TITLES, NAME_PREFIXES, NAME_PREPOSITIONS, OFFICES_TO_A_POST, ORG_HEADS, PLACE_OPENING_TITLE_WORDS, PORTFOLIOS, PORTFOLIO_FIELD_NOUNS, PORTFOLIO_HOLDER_TITLES, POSTPOSITIVE_TITLE_WORDS, RANK_WORDS, ROLE_NOUNS, SENIORITY_ABBREVIATIONS, SPOKESPERSON_NOUNS, SPOUSE_TITLES, STYLE_ABBREVIATIONS_ALSO_WORDS, TITLES, TITLE_ABBREVIATIONS, TITLE_FIELD_JOINS, TITLE_LETTERS_BEFORE_A_NAME, title_vocabulary
from ..lexicon import HYPHEN_OR_EN_DASH, TITLE_FIELD_LINK_WORDS, WORDS_BEFORE_A_FIELD   # session 35 debt
from ..lexicon import CLOSING_QUOTES, OPENING_QUOTES, SIDE_PARTY_WORDS, SIDE_SHARING_WORDS
from ..lexicon import BODY_KIND_HEADS
from ..lexicon import COUNCILLOR_ABBREVIATIONS, PARTY_STANDING_WORDS, PROFESSION_STYLES, TITLE_FIELD_PREPOSITIONS
from .parse import article_text, child_tokens, doc_tokens, is_common_word

# Every word that may name an office or function (for finding and ranking roles).
TITLE_VOCABULARY = title_vocabulary()
# Titles that only a person holds: before a name they make it a person's.
PERSON_ROLE_WORDS = {w.rstrip(".") for w in ROLE_NOUNS | TITLES} - {"general", "chief", "former", "vice", "prime",
                                                                  "deputy", "member", "head", "official"}


# A councillor's style written out ('Councillor', from its abbreviations) and the professions written as
# styles ('Engineer', 'Barrister'): before a name each is a style of address, but also a post's own last
# word ('City Councillor', 'Chief Engineer'): the callers read which from the words before it.
STYLES_ALSO_WORDS_OF_A_POST = frozenset({TITLE_ABBREVIATIONS.get(a.capitalize(), a).lower() for a in COUNCILLOR_ABBREVIATIONS}
                                        | PROFESSION_STYLES)


def a_style_of_address_word(t: Token) -> bool:
    """'Ms', 'Dr.', 'Hon.', 'Cllr', 'Councillor', 'Engineer': a capitalised honorific or style of address
    (HONORIFIC_WORDS, ADDRESS_STYLE_WORDS, COUNCILLOR_ABBREVIATIONS, STYLES_ALSO_WORDS_OF_A_POST), with or
    without its dot; one that is also a family name (ADDRESS_STYLES_ALSO_SURNAMES: 'Eng', 'Hon') only with its
    dot, kept or split off ('Eng.', 'Hon .'), as actor_names._a_style_ending_at reads it bare only after a title."""
    word = t.text.rstrip(".").lower()
    if word in ADDRESS_STYLES_ALSO_SURNAMES and not t.text.endswith(".") \
            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "." and not t.whitespace_):
        return False
    return t.is_title and (word in HONORIFIC_WORDS or word in ADDRESS_STYLE_WORDS or word in COUNCILLOR_ABBREVIATIONS
                           or word in STYLES_ALSO_WORDS_OF_A_POST)


def title_gender(name: Token) -> str | None:
    """The gender a title before a name says ('Mrs Clinton', 'Lord Hale'): 'm', 'f' or None."""
    for t in name.lefts:
        word = t.lower_.rstrip(".")
        if word in MALE_TITLES:
            return "m"
        if word in FEMALE_TITLES:
            return "f"
    return None


def singular(word: str) -> str:
    """'ministers' -> 'minister', 'sens' -> 'sen' (a plural title before a list of names); never a word in
    '-ss', which no plural in '-s' ends in ('press' is no plural of the abbreviation 'pres')."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and word[:-1] in TITLE_VOCABULARY else word


def first_conjunct(token: Token) -> Token:
    """The first name of a list of names ('A, B and C': A)."""
    while token.dep_ == "conj" and token.head.pos_ == "PROPN":
        token = token.head
    return token


# Every word the lexicon gives as a style, an honour, an abbreviated title or rank written before a
# person's name, lower case and without its dot; nameparser's titles are added where they are no
# ordinary word (is_common_word: its list has 'army', 'law', 'rock').
# (Not DOTTED_TITLE_ABBREVIATIONS: 'Del.' is Delaware after a town and a comma, 'Dover, Del. X said'.)
# The styles and honours of the lexicon that are written without a dot too ('Cde', 'Engr', 'Alhaji'); an
# abbreviated title or rank without its dot is left to the rules of ranks ('Lt Col X': one rank of two words).
_STYLES_WITHOUT_A_DOT = frozenset({w.rstrip(".") for w in ADDRESS_STYLE_WORDS | HONORIFIC_WORDS | NAME_PREFIXES | HONOUR_TITLE_WORDS})
_LISTED_STYLES = _STYLES_WITHOUT_A_DOT | {w.lower() for w in (*TITLE_ABBREVIATIONS, *ACADEMIC_ABBREVIATIONS)}
# The styles the project's own lexicon lists (not nameparser's, whose titles hold 'Met', 'Dir', 'Misses'):
# the only ones whose dot does not end a sentence before a name (a_style_joining_sentences).
_LEXICON_STYLES = _LISTED_STYLES | STYLE_ABBREVIATIONS_ALSO_WORDS | ADDRESS_STYLE_WORDS
_HONOURS = frozenset(HONORIFIC_WORDS | HONOUR_TITLE_WORDS)
# A dotted abbreviation of two or more parts of two letters or more, joined by dots or a hyphen ('Det.-Sgt',
# 'Lt.-Col', 'Sr.Insp'); not initials ('K.P.', 'U.S.', 'B.C.').
_DOTTED_COMPOUND = re.compile(r"[A-Z][a-z]{1,6}\.(?:-?[A-Z][a-z]{1,6}\.?)+")
# A short capitalised word that may be an abbreviation ('Supt', 'Comr', 'Pst'): 2 to 6 letters.
_SHORT_CAPITALISED = re.compile(r"[A-Z][a-z]{1,5}")


@functools.lru_cache(maxsize=8192)
def style_of_address_evidence(word: str) -> str | None:
    """What says a capitalised word written before a name may be a style of address, a title's or a
    rank's abbreviation, or an honour ('Engr.', 'Supt', 'Det.-Sgt.', 'Cde', 'Hon.'), whatever its
    word: 'listed' (the lexicon's styles, honours, title and rank abbreviations; nameparser's titles
    that are no ordinary word), 'word' (an honour that is also an ordinary word: 'Comrade', 'Chief',
    'Lady', which may end a sentence), 'compound' (a dotted abbreviation of several parts) or 'shape' (a
    short capitalised word that is no ordinary word, no given name and no place: a style only where
    the words around it say so, see the callers); else None. An ordinary word is a style only where
    the lexicon lists it as one (STYLE_ABBREVIATIONS_ALSO_WORDS, the styles of address)."""
    bare = word.rstrip(".")
    if bare.lower() in PLACE_OPENING_TITLE_WORDS:
        return None                     # 'St. Helena', 'Mt. Kenya'
    if _DOTTED_COMPOUND.fullmatch(word) or _DOTTED_COMPOUND.fullmatch(bare + "."):
        return "compound" if ("." in bare or "-" in bare) and all(
            part.lower() in _LISTED_STYLES for part in _compound_parts(word)) else None   # not 'Mon.-Fri.', 'Jan.-Mar.'
    if not bare[:1].isupper() or not bare.isalpha():
        return None
    low = bare.lower()
    if not word.endswith(".") and (is_given_name(bare) or low in ADDRESS_STYLES_ALSO_SURNAMES):
        return None                     # 'Maj Velander', 'Gen Nakano', 'Hon Wai-ming': without its dot, a name
    common = is_common_word(bare)
    if low in STYLE_ABBREVIATIONS_ALSO_WORDS or low in ADDRESS_STYLE_WORDS or low in _LISTED_STYLES and not common:
        return "listed"
    if low in _nameparser_titles() and not common and low not in STOP_WORDS:
        return "listed"                 # (not 'her', 'his', 'me': nameparser lists them)
    if low in _HONOURS and common:
        return "word"
    if _SHORT_CAPITALISED.fullmatch(bare) and not common and not is_given_name(bare) and not a_place_word(bare):
        return "shape"
    return None


def _compound_parts(word: str) -> list[str]:
    """'Det.-Sgt.' -> ['Det', 'Sgt']."""
    return [p for p in re.split(r"[.\-]+", word) if p]


def a_style_joining_sentences(word: str) -> bool:
    """A style, honour or abbreviated title or rank whose dot does not end a sentence before a name
    (parse.keep_styles_with_their_dot, keep_names_together): only one the project's lexicon lists, or a
    dotted compound of such ('Det.-Sgt.', 'Lt.-Col.'); nameparser's titles ('Met', 'Dir', 'Misses') may
    classify a word inside a name but never join two sentences."""
    evidence = style_of_address_evidence(word)
    return evidence == "compound" or evidence == "listed" and word.rstrip(".").lower() in _LEXICON_STYLES


def opens_a_name_as_its_style(word: str) -> bool:
    """A word right before a name that opens it as its title: a word of NAME_PREFIXES ('Lord', 'Gen.',
    'Cllr') or any style of address or abbreviated rank (a_style_before_a_name: 'Det.-Sgt.', 'Engr.')."""
    return word.rstrip(".").lower() in NAME_PREFIXES or a_style_before_a_name(word)


@functools.cache
def _nameparser_titles() -> frozenset[str]:
    from nameparser.config import CONSTANTS
    return frozenset(t for t in CONSTANTS.titles if t.isalpha())


def a_place_word(word: str) -> bool:
    """A known place or country ('Dover', 'Oslo')."""
    from .evidence import is_known_place
    return is_known_place(word) or bool(canonical(word))


_NAME_STARTS = "briefing.name_starts"


def first_name_word(head: Token) -> int:
    """Doc index of the first word of the name whose last word is `head`; a double-barrelled
    name's hyphen, written with no space, is inside it ('Ann Lowe-Barker'). Kept per document
    by the head's position: the rules ask for it several times per name."""
    found = head.doc.user_data.setdefault(_NAME_STARTS, {})
    start = found.get(head.i)
    if start is None:
        start = found[head.i] = _first_name_word(head.doc, head.i)
    return start


def _first_name_word(doc: Doc, start: int) -> int:
    tokens = doc_tokens(doc)
    while start > 0:
        if _joins_a_double_barrelled_name(doc, start - 1):
            start -= 2
        elif (given := _given_name_before_a_nickname_ending_at(doc, start - 1)) is not None:
            start = given
            # ('X "Y" Z': the nickname is a word of the name's span)
        elif tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].dep_ == "compound" \
                and singular(tokens[start - 1].lower_.rstrip(".")) not in TITLE_VOCABULARY:
            start -= 1
        else:
            break
    return start


def _given_name_before_a_nickname_ending_at(doc: Doc, i: int) -> int | None:
    """'Ann "Tash" Lowe': where doc index `i` closes a quoted nickname between a given name and the surname
    after it, the doc index of the name's first word (actor_names' nickname reader, `name_around_a_nickname`,
    with its guards: a given name, no place, no festival); else None."""
    from .actor_names import name_around_a_nickname       # (actor_names reads titles: imported when called)
    if i < 2 or i + 1 >= len(doc) or doc[i].text not in CLOSING_QUOTES:
        return None
    opening = next((j for j in range(i - 1, max(i - 5, 0), -1) if doc[j].text in OPENING_QUOTES), None)
    name = name_around_a_nickname(doc[opening - 1]) if opening is not None and opening > 0 else None
    return name.start if name is not None and name.end > i + 1 else None


def _joins_a_double_barrelled_name(doc: Doc, i: int) -> bool:
    """A hyphen with no space either side between two capitalised proper nouns of one name, or
    between a given name's two syllables ('Min-jun', 'Hye-jin': the second written in lower case,
    inside the person's name the recogniser found)."""
    tokens = doc_tokens(doc)
    return tokens[i].text == "-" and i > 0 and not tokens[i - 1].whitespace_ and not tokens[i].whitespace_ \
        and tokens[i - 1].pos_ == "PROPN" and tokens[i - 1].is_title and tokens[i - 1].dep_ == "compound" \
        and (tokens[i + 1].is_title or _second_syllable_of_a_given_name(tokens[i + 1]))


def _second_syllable_of_a_given_name(t: Token) -> bool:
    """'jun' in 'Min-jun', 'jin' in 'Hye-jin': a lower-case alphabetic word the recogniser put
    inside a person's name (not its first word), so a hyphen before it joins two parts of one name."""
    return t.is_lower and t.is_alpha and t.ent_type_ == "PERSON" and t.ent_iob_ == "I"


_TITLE_WORDS = "briefing.title_words"


def title_words(doc: Doc, start: int) -> list[Token]:
    """The run of words right before a name that may make up its title (read once per name
    start and document: the roles ask for it several times per person)."""
    found = doc.user_data.setdefault(_TITLE_WORDS, {})
    if start not in found:
        found[start] = _title_words(doc, start)
    return list(found[start])       # a copy: callers cut it


def _title_words(doc: Doc, start: int) -> list[Token]:
    words: list[Token] = []
    i = start
    while i > 0:
        t = doc[i - 1]
        if _modified_by_a_clause_on_the_name(t, start):
            break                               # 'a claim [party spokesperson] X rejected'
        if t.text == "." and i > 1 and doc[i - 2].text in TITLE_ABBREVIATIONS:
            words.insert(0, doc[i - 2])         # 'Sens. A and B': the tokenizer split the dot off
            i -= 2
            continue
        style = address_style_ending_at(doc, i - 1) if not words else 0
        if style:
            i -= style                          # 'Minister of State Eng. X', 'Speaker Rt. Hon. X': how the
            continue                            # holder is addressed, no word of the title
        if not words and letters_stand_for_a_title(t):
            words.insert(0, t)                  # 'DCP Amina Yusuf': a title's capital letters right before the name
            i -= 1
            continue
        if not words and t.text in TITLE_LETTERS_BEFORE_A_NAME:
            break                               # 'SP Ann Lowe' with no evidence the letters are a title: no title word
        if _an_abbreviated_rank(t):
            if _after_an_abbreviation_of_senior(doc, i - 1):
                return []                       # 'Sr. Comr. X', 'Sr.Insp. X': a senior rank, not the bare one
            words.insert(0, t)                  # 'Const. X', 'Lt.-Col. X': whatever part of speech the tagger gave it
            i -= 1
            continue
        if not words and t.lower_.rstrip(".") in HONORIFIC_WORDS and t.is_title and not is_spouse_title(doc, i - 1) \
                and not (i > 1 and written_out_word(doc[i - 2].text).lower() in RANK_WORDS):
            i -= 1                              # 'Home Office Minister Lord Hale'; not the post a rank
            continue                            # qualifies ('Associate Professor X', 'Assistant Professor X')
        if not words and i > 1 and doc[i - 2].is_title and opens_an_honour_pair(doc[i - 2].text, t.text):
            i -= 2                              # 'CCID director Datuk Seri X': a two-word honour
            continue
        if (t.lower_ == "first" or _a_capitalised_ordinal(t)) and words \
                and (words[0].lower_ in TITLE_VOCABULARY or is_spouse_title(doc, words[0].i)):
            words.insert(0, t)                  # 'former first lady X', 'First Deputy Premier X', 'Second Deputy Speaker X'
            i -= 1
            continue
        if t.text in HYPHEN_OR_EN_DASH and i > 1 and not doc[i - 2].whitespace_ and not t.whitespace_ and words:
            words[:0] = [doc[i - 2], t]         # 'Under-Secretary', 'ex-Prime Minister'
            i -= 2
            continue
        if t.text == ")" and words and i > 2 and doc[i - 3].text == "(" \
                and (is_acronym(doc[i - 2].text) or _short_form_after_a_name(doc, i - 2)):
            i -= 3                              # 'Organisation of Islamic Cooperation (OIC) head X', '… Union (Zepu) …'
            continue
        if t.text == ")" and words == []:
            opening = next((j for j in range(i - 2, max(i - 12, 0) - 1, -1) if doc[j].text == "("), None)
            if opening is None:
                break
            i = opening                         # 'Labour MP (Member of Parliament) Tom Watson'
            continue
        connector = words and i > 1 and (
            t.lower_ in TITLE_FIELD_LINK_WORDS and (doc[i - 2].is_title or doc[i - 2].lower_.rstrip(".") in TITLE_VOCABULARY)
            or t.lower_ == "to" and doc[i - 2].is_title and doc[i - 2].lower_ in OFFICES_TO_A_POST   # 'Envoy to Syria X'
            or t.lower_ == "on" and doc[i - 2].lower_ in SPOKESPERSON_NOUNS     # 'Opposition spokesman on health X'
            or t.lower_ in TITLE_FIELD_JOINS and joins_portfolios(doc[i - 2], words[0])
            or t.text == "," and bool(words) and comma_in_a_list_of_fields(t)
            or t.lower_ == "the" and i > 2 and words[0].is_title and (
                doc[i - 2].lower_ in NAME_PREPOSITIONS and doc[i - 3].lower_.rstrip(".") in TITLE_VOCABULARY
                or doc[i - 2].lower_ == "to" and doc[i - 3].is_title and doc[i - 3].lower_ in OFFICES_TO_A_POST))
        # 'Speaker of the House X', 'Ambassador to the United Nations X'
        if t.lower_ == "the" and connector and words[0].ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            break
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB", "PART") and not connector \
                or t.pos_ == "VERB" and t.dep_ != "amod" and not _office_participle(t, words) and not _field_word_read_as_a_verb(t, words) \
                or t.is_punct and t.text != "-" and not (t.tag_ == "POS" and words) and not (t.text == "," and connector) \
                or t.like_num and t.lower_ not in TITLE_VOCABULARY \
                or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON") \
                and singular(t.lower_.rstrip(".")) not in TITLE_VOCABULARY and not _opens_the_names_entity(doc, i - 1, start) \
                and not _a_function_opening_a_persons_entity(doc, i - 1) \
                and not _common_word_opening_the_sentence_read_as_a_person(doc, i - 1, words) \
                and not closes_a_title(doc, i - 1) \
                and not inside_a_bodys_name_typed_a_person(doc, i - 1) \
                and not (t.ent_type_ == "PERSON" and words and is_acronym(t.text)):   # 'NDC spokesperson X': no one's name
            if t.ent_type_ == "PERSON" and words and words[0].ent_iob_ == "I":
                return []                       # 'Deputy [Fire Marshal] Ruth Keller': no cut 'Marshal'
            break
        words.insert(0, t)
        i -= 1
    while words and words[0].lower_ in WORDS_BEFORE_A_FIELD:
        words.pop(0)
    if len(words) > 1 and words[0].is_title and words[0].lower_ in SIDE_SHARING_WORDS \
            and words[1].lower_ in SIDE_PARTY_WORDS:
        words.pop(0)        # 'Fellow Opposition whip X': a relation to someone named before, no word of the post
                            # (written in lower case inside the phrase it is kept: 'his fellow senator X'; before
                            # no party's side it opens a firm's name: 'Fellow Partners LLP chairman X')
    return words


def _a_capitalised_ordinal(t: Token) -> bool:
    """'Second', 'Third' written with a capital before a title word ('Second Deputy Speaker X', 'Third
    Vice-President X'): the ordinal tells one post from its siblings, a word of the title (the recogniser's
    ORDINAL label, a word of letters, not '2nd' nor a date's)."""
    return t.ent_type_ == "ORDINAL" and t.is_alpha and t.is_title


def inside_a_bodys_name_typed_a_person(doc: Doc, i: int) -> bool:
    """'[Harwick Chamber] of Commerce president X': a word of a person's entity of two words or more
    that ends on a body's capitalised head word with its 'of' remit after it, and opens on no given name
    ('Margaret Court of …'), is a word of a body's name (a person's name does not run on to 'of
    <Remit>'), which the title before the holder may hold."""
    if doc[i].ent_type_ != "PERSON":
        return False
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    last = doc[end - 1]
    return end - start >= 2 and end < len(doc) and doc[end].lower_ == "of" and last.is_title \
        and last.lower_ in BODY_KIND_HEADS and not is_given_name(doc[start].text) \
        or a_posts_field_before_a_styled_name(doc, start, end)


def a_side_of_the_chamber_after_a_title(words) -> bool:
    """'Leader of the [Opposition]', 'Chief Whip of the [Opposition]': words that are a party's standing in a
    chamber (PARTY_STANDING_WORDS) alone, articles aside, right after a title's noun (TITLE_VOCABULARY) and its
    'of'/'for' (an article between), are that title's field, a side of the chamber and no body ('Opposition
    MP', 'the Opposition said' are read as before). `words`: the tokens, or a Span."""
    words = list(words)
    rest = [t for t in words if t.lower_ not in ARTICLES]
    if len(rest) != 1 or rest[0].lower_ not in PARTY_STANDING_WORDS:
        return False
    doc, i = words[0].doc, words[0].i - 1
    if i >= 0 and doc[i].lower_ in ARTICLES and words[0].lower_ not in ARTICLES:
        i -= 1
    return i >= 1 and doc[i].lower_ in TITLE_FIELD_PREPOSITIONS \
        and singular(doc[i - 1].lower_.rstrip(".")) in TITLE_VOCABULARY


def a_posts_field_before_a_styled_name(doc: Doc, start: int, end: int) -> bool:
    """'Director of [Kessa Water] Hon. Tom Reed': the words doc[start:end], set between a capitalised title's
    noun (TITLE_VOCABULARY) with its field's preposition ('of', 'for') and a style of address
    (address_style_ending_at; one that is also a surname, ADDRESS_STYLES_ALSO_SURNAMES, only with its dot)
    that opens the next capitalised name, are the post's field, a body's name, whatever the recogniser
    typed them: a person's own name takes its style before it, not after."""
    if start < 2 or doc[start - 1].lower_ not in TITLE_FIELD_PREPOSITIONS or not doc[start - 2].is_title \
            or singular(doc[start - 2].lower_.rstrip(".")) not in TITLE_VOCABULARY:
        return False
    style = next((i for i in (end, end + 1) if i < len(doc) and address_style_ending_at(doc, i)), None)
    if style is None or doc[end].lower_ in ADDRESS_STYLES_ALSO_SURNAMES and style == end:
        return False            # ('Eng' with no dot: a surname)
    return style + 1 < len(doc) and doc[style + 1].is_title and doc[style + 1].pos_ == "PROPN"


def comma_in_a_list_of_fields(comma: Token) -> bool:
    """'Commissioner for Trade, Industry and Tourism X': a comma between two capitalised field
    words (a_fields_word) of a list that goes on, over field words and commas, to its 'and' or '&'."""
    doc, i = comma.doc, comma.i
    if comma.text != "," or not (0 < i < len(doc) - 1 and a_fields_word(doc[i - 1]) and a_fields_word(doc[i + 1])):
        return False
    j = i + 1
    while j < len(doc) and j < i + 8 and (a_fields_word(doc[j]) or doc[j].text == ","):
        j += 1
    return j < len(doc) and doc[j].lower_ in TITLE_FIELD_JOINS


def _a_function_opening_a_persons_entity(doc: Doc, i: int) -> bool:
    """'[Entomologist Dr] Ravi Menon': a capitalised doer's noun (a_doers_noun) that opens a person's
    entity the recogniser ran on over the next word (a style, the name) is a word of the title, no one's
    name; not the last word of a name before the title ('[Harbour Water] district manager X')."""
    t = doc[i]
    return t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" \
        and a_doers_noun(t)


def _common_word_opening_the_sentence_read_as_a_person(doc: Doc, i: int, words: list[Token]) -> bool:
    """'[Cafe] owner X said': a common word (no given name) capitalised only because it opens the
    sentence, that the recogniser took for a one-word person of its own, right before lower-case
    title words, is a word of the title (what the owner owns), no one's name."""
    t = doc[i]
    return t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.i == t.sent.start and i + 1 < len(doc) \
        and doc[i + 1].ent_iob_ != "I" and is_common_word(t.lower_) and not is_given_name(t.text) \
        and bool(words) and all(w.is_lower and w.is_alpha for w in words)


def a_doers_noun(word: Token) -> bool:
    """'Midfielder', 'Farmer': a capitalised common noun of a doer (DOER_NOUN_ENDINGS: its own
    word or, for '-er', its stem a common word: 'midfield') that is no given name."""
    lower = word.lower_
    return word.is_title and lower.endswith(DOER_NOUN_ENDINGS) \
        and (is_common_word(lower) or lower.endswith("er") and is_common_word(lower[:-2])) \
        and not is_given_name(word.text)


def _modified_by_a_clause_on_the_name(t: Token, start: int) -> bool:
    """'a sum harbour inspector X admitted few would pay', 'a claim party spokesperson Y rejected':
    a noun that a relative clause without 'that' modifies, the clause whose subject is the name at
    `start`, is no word of the name's title; the title begins after it."""
    return t.pos_ == "NOUN" and any(c.dep_ == "relcl" and c.i > start and c.left_edge.i > t.i
                                    and c.left_edge.i <= start for c in t.rights)


def a_style_before_a_name(word: str) -> bool:
    """A word written before a name that is a style of address, an honour or an abbreviated title or
    rank, no word of the name (style_of_address_evidence): one the lexicon or nameparser lists (an
    abbreviated title or rank with its dot), or a dotted abbreviation of several parts. Not a word classed
    by its shape alone: a firm's legal form or a place ends a sentence before a name too ('at Orwin Foods
    Ltd. Tom Reed said')."""
    evidence = style_of_address_evidence(word)
    return evidence == "compound" or evidence == "listed" and (word.endswith(".") or word.lower() in _STYLES_WITHOUT_A_DOT)


def _after_an_abbreviation_of_senior(doc: Doc, i: int) -> bool:
    """'Sr. Comr. X', 'Sr.Insp. X': the rank at doc[i] follows an abbreviation of 'Senior'
    (SENIORITY_ABBREVIATIONS), whether or not the tokenizer split its dot off."""
    before = doc[i - 2].text if i > 1 and doc[i - 1].text == "." else doc[i - 1].text if i > 0 else ""
    return before.rstrip(".").lower() in SENIORITY_ABBREVIATIONS


def _an_abbreviated_rank(t: Token) -> bool:
    """An abbreviated title or rank with its dot, one word ('Const.', 'Supt.', 'Lt.-Col.'), that is written
    out to a title ('Constable', 'Lieutenant Colonel'): a word of the title before a name."""
    return t.text.endswith(".") and t.is_title and a_style_before_a_name(t.text) and written_out_word(t.text) != t.text


def letters_stand_for_a_title(t: Token) -> bool:
    """'CP Ann Lowe', 'DCP Tom Reed': capital letters of TITLE_LETTERS_BEFORE_A_NAME before a name stand for
    the title only with evidence in the article: it writes the title out somewhere ('Commissioner of
    Police'), it defines no body by them ('Communist Party (CP)'), a name follows them, not a post noun
    ('SP leader', 'SP MP', 'SP chief': a body's letters), and no role is set in apposition after the name
    ('CP Singh, the batsman,', 'SP Ann Lowe, a former minister,': the role the article states is kept, the
    letters may be the person's initials)."""
    if t.text not in TITLE_LETTERS_BEFORE_A_NAME or t.i + 1 >= len(t.doc):
        return False
    after = t.doc[t.i + 1]
    if not (after.is_title and after.pos_ == "PROPN") or after.lower_.rstrip(".") in TITLE_VOCABULARY:
        return False
    end = t.i + 1
    while end < len(t.doc) and t.doc[end].is_title and t.doc[end].pos_ == "PROPN":
        end += 1
    if end + 1 < len(t.doc) and t.doc[end].text == "," and t.doc[end + 1].lower_ in ARTICLES:
        return False
    return t.text in letters_the_article_writes_out(t.doc)


def letters_the_article_writes_out(doc: Doc) -> frozenset[str]:
    """The letters of TITLE_LETTERS_BEFORE_A_NAME whose title the article writes out in words and that it
    defines as no body's short form ('(CP)' after any words but the title's own)."""
    return _letters_written_out_in(article_text(doc))


@functools.lru_cache(maxsize=64)
def _letters_written_out_in(text: str) -> frozenset[str]:
    """letters_the_article_writes_out, read once per article text (every doc of the article asks)."""
    return frozenset(letters for letters, title in TITLE_LETTERS_BEFORE_A_NAME.items()
                     if _TITLE_PATTERNS[letters].search(_without_longer_titles(letters, text))
                     and not any(not _TITLE_PATTERNS[letters].search(text[max(0, m.start() - len(title) - 2):m.start()])
                                 for m in re.finditer(r"\(\s*" + letters + r"\s*\)", text)))


def lettered_title(letters: str) -> str | None:
    """'CP' -> 'commissioner of police': the title (lower case, hyphens as spaces) that capital letters
    written as a title before a name stand for (TITLE_LETTERS_BEFORE_A_NAME), else None."""
    title = TITLE_LETTERS_BEFORE_A_NAME.get(letters)
    return title.lower().replace("-", " ") if title else None


def holds_the_lettered_title(role: str | None, letters: str) -> bool:
    """The role is the very title the letters stand for, not a longer one (an 'Assistant Commissioner
    of Police' holds no 'CP')."""
    title = lettered_title(letters)
    return bool(title and role) and role.lower().replace("-", " ") == title


def _without_longer_titles(letters: str, text: str) -> str:
    """The text without the longer titles of TITLE_LETTERS_BEFORE_A_NAME that hold the letters' title
    ('Assistant Commissioner of Police' writes no 'Commissioner of Police' out)."""
    title = TITLE_LETTERS_BEFORE_A_NAME[letters].lower()
    for other, longer in TITLE_LETTERS_BEFORE_A_NAME.items():
        if other != letters and title in longer.lower():
            text = _TITLE_PATTERNS[other].sub(" ", text)
    return text


_TITLE_PATTERNS = {letters: re.compile(r"\b" + r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", title))) + r"\b", re.IGNORECASE)
                   for letters, title in TITLE_LETTERS_BEFORE_A_NAME.items()}


def written_out_word(word: str) -> str:
    """'Gov.' -> 'Governor', 'Sen.' -> 'Senator', 'Del.' -> 'Delegate', 'Assoc' -> 'Associate': an abbreviated title word
    written out, else the word; a dotted compound of them part by part ('Det.-Sgt.' -> 'Detective Sergeant')."""
    if "." in word.rstrip(".") and style_of_address_evidence(word) == "compound":
        parts = _compound_parts(word)
        written = [written_out_word(p + ".") for p in parts]
        if all(w != p + "." for w, p in zip(written, parts)):
            return " ".join(written)
    bare = word.rstrip(".")
    if word.endswith(".") and bare in DOTTED_TITLE_ABBREVIATIONS:
        return DOTTED_TITLE_ABBREVIATIONS[bare]
    return TITLE_ABBREVIATIONS.get(bare) or TITLE_LETTERS_BEFORE_A_NAME.get(word) or ACADEMIC_ABBREVIATIONS.get(bare, word)


def title_word_key(word: str) -> str:
    """'Sen.' -> 'senator', 'Deputy' -> 'deputy', 'Cllr.' -> 'councillor': a title's word as the title lists
    read it, written out (`written_out_word`), in lower case and with no closing full stop."""
    return written_out_word(word).lower().rstrip(".")


_STYLES_OR_HONORIFICS = ADDRESS_STYLE_WORDS | HONORIFIC_WORDS      # united once, not per call


def address_style_ending_at(doc: Doc, i: int, styles: set[str] | frozenset[str] | None = None) -> int:
    """How many words of a style of address end at doc index `i` ('Hon.', 'Rt.', 'Eng.', 'Dr.' with the
    dot the tokenizer split off: 2; 'Hon', 'Engr.': 1; else 0). Only the styles of ADDRESS_STYLE_WORDS
    written with a capital, and an honorific (HONORIFIC_WORDS) only where its split dot follows it:
    a bare honorific is read by the callers' own rules ('Associate Professor X'). Given `styles`, any
    capitalised word of them, with or without its dot (a caller reading every style, honorific or honour
    as a word of a name's span: 'Mr', 'Cde', 'Alhaji', 'Dr.')."""
    if i < 0:
        return 0
    tokens = doc_tokens(doc)
    t = tokens[i]
    dotted = styles if styles is not None else _STYLES_OR_HONORIFICS
    if t.text == "." and i > 0:
        word = tokens[i - 1]
        return 2 if not word.whitespace_ and word.is_title and word.lower_ in dotted else 0
    return 1 if t.is_title and t.lower_.rstrip(".") in (styles if styles is not None else ADDRESS_STYLE_WORDS) else 0


_LINKS_INSIDE_A_NAME = NAME_PREPOSITIONS | {"and"}      # 'Commission for Land and Water': united once


def _short_form_after_a_name(doc: Doc, i: int) -> bool:
    """"… Mineworkers' Union (Gemusa) …", 'Commission on Elections (Comelec) chief X': one capitalised
    word in brackets right after a name that is no person's is the name's short form only where it is one
    of the name's closing words by the project's short-form test (actor_names' `is_acronym_of`: their
    capitals, initials or opening syllables); not any capitalised word ('(Now)', a place's name)."""
    from .actor_names import is_acronym_of       # (actor_names reads titles: imported when called)
    word = doc[i]
    if i < 2 or not word.is_alpha or not word.text[:1].isupper() or not 2 <= len(word.text) <= 10:
        return False
    words: list[Token] = []
    j = i - 2
    while j >= 0 and len(words) < 8 and (doc[j].is_alpha and doc[j].text[:1].isupper()
                                         or words and doc[j].lower_ in _LINKS_INSIDE_A_NAME):
        words.insert(0, doc[j])
        j -= 1
    if len(words) < 2 or words[-1].ent_type_ == "PERSON" or words[0].lower_ in _LINKS_INSIDE_A_NAME:
        return False
    return any(is_acronym_of(word.text, " ".join(t.text for t in words[k:])) for k in range(len(words) - 1)
               if words[k].text[:1].isupper())


def _field_word_read_as_a_verb(t: Token, words: list[Token]) -> bool:
    """'University of Kelby fisheries biologist X': a lower-case word the parser hangs on the title noun
    right after it as a compound, or a '-s' form right before the title noun that takes no object, is the
    post's field ('fisheries', 'housing'), a noun whatever tag the tagger gave it (a plural read as a
    verb's '-s' form)."""
    if not words or not t.is_lower or not t.is_alpha or not words[0].is_lower or words[0].pos_ != "NOUN":
        return False
    if t.dep_ == "compound" and t.head.i == words[0].i:
        return True
    return t.tag_ == "VBZ" and t.i + 1 == words[0].i and singular(words[0].lower_) in TITLE_VOCABULARY \
        and not any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "prep", "dative", "acomp") for c in t.children)
    # ('fisheries' read as a verb with the body as its subject: a plural noun no object follows)


def _office_participle(t: Token, words: list[Token]) -> bool:
    """'managing director', 'presiding judge', 'Ranking Member X': a participle the parser joined as a
    compound to the title noun right after it, or to a word further on in the title or the name (it hangs
    a sentence's first 'Ranking' on the surname), is a word of the title."""
    return t.tag_ == "VBG" and t.dep_ == "compound" and bool(words) and t.head.i >= words[0].i \
        and singular(words[0].lower_.rstrip(".")) in TITLE_VOCABULARY


# every word of POSTPOSITIVE_TITLE_WORDS: a word that is none of them closes no title (tested first)
_POSTPOSITIVE_WORDS = frozenset(w for phrase in POSTPOSITIVE_TITLE_WORDS for w in phrase.split())


def closes_a_title(doc: Doc, i: int) -> bool:
    """A word of 'Pro Tempore', 'pro tem' (POSTPOSITIVE_TITLE_WORDS) right after a title's
    noun ('Senate President Pro Tempore X'): part of the title, whatever entity the recogniser
    ran over it."""
    if not 0 < i < len(doc) or doc_tokens(doc)[i].lower_ not in _POSTPOSITIVE_WORDS:
        return False
    for phrase in POSTPOSITIVE_TITLE_WORDS:
        words = phrase.split()
        for k in range(len(words)):
            first = i - k
            if first > 0 and first + len(words) <= len(doc) \
                    and [t.lower_ for t in doc[first:first + len(words)]] == words \
                    and _a_titles_noun(doc[first - 1]):
                return True
    return False


def _a_titles_noun(t: Token) -> bool:
    """A capitalised title word ('President') or one of the role lists' own ('professor'); not
    every word of nameparser's broad list ('met')."""
    low = t.lower_.rstrip(".")
    return t.is_title and low in TITLE_VOCABULARY or low in _ROLE_OR_TITLE or low in HONORIFIC_WORDS and t.is_title


def _opens_the_names_entity(doc: Doc, i: int, start: int) -> bool:
    """'[Fire Marshal Dennis Okafor]': a word of the person entity that runs on to the name is
    a word of the title the recogniser ran into it, not another person."""
    return doc[i].ent_type_ == "PERSON" and doc[start].ent_type_ == "PERSON" \
        and all(doc[j].ent_iob_ == "I" for j in range(i + 1, start + 1))


def is_spouse_title(doc: Doc, i: int) -> bool:
    """'first lady', 'First Gentleman': the title of a head of state's spouse, not the honorific 'Lady'."""
    return i > 0 and doc[i].lower_ in SPOUSE_TITLES and doc[i - 1].lower_ == "first"


def joins_portfolios(left: Token, right: Token) -> bool:
    """'Trade and Industry Secretary', 'trade and industry commissioner', 'Police and Crime
    Commissioner': 'and' inside one title joins two fields, never two titles or two names
    ('Cardinal X and Archbishop Y', 'Minister Lord X and Downing Street adviser Y')."""
    if _two_fields_of_a_portfolio(left, right) or _two_fields_after_a_titles_preposition(left, right):
        return True
    return all(t.pos_ in ("NOUN", "PROPN") and (t.is_lower or t.lower_ in PORTFOLIOS or _capitalised_field_word(t, left, right))
               for t in (left, right)) \
        and right.lower_.rstrip(".") not in TITLE_VOCABULARY \
        and left.lower_.rstrip(".") not in (TITLE_VOCABULARY if left.is_lower or left.lower_ in PORTFOLIOS else _ROLE_OR_TITLE)


def _a_common_words_plural(t: Token) -> bool:
    """'Communities', 'Industries': a plural the dictionary holds only in the singular."""
    word = t.lower_
    return word.endswith("ies") and is_common_word(word[:-3] + "y") \
        or word.endswith("s") and not word.endswith("ss") and is_common_word(word[:-1]) and not is_given_name(t.text[:-1])


def _capitalised_field_word(t: Token, left: Token, right: Token) -> bool:
    """A capitalised common word (or its plural: 'Communities') outside any name the recogniser found, as a
    field of the title ('Police', 'Crime'): the right one right before the title's noun, the left one after no
    title or honorific (whose name it would be: 'Lord Falconer and …'). nameparser's broad list
    counts 'police' as a title word; only the role lists' own words are titles here."""
    if not (t.is_title and t.is_alpha and not t.ent_type_ and (is_common_word(t.text) or _a_common_words_plural(t))):
        return False
    doc = t.doc
    if t is right:
        return t.i + 1 < len(doc) and doc[t.i + 1].lower_.rstrip(".") in TITLE_VOCABULARY
    before = doc[t.i - 1] if t.i > 0 else None
    return before is None or not (before.lower_.rstrip(".") in _TITLE_OR_HONORIFIC_WORD or before.ent_type_ == "PERSON")


def _two_fields_of_a_portfolio(left: Token, right: Token) -> bool:
    """'Fisheries and Coastal Development Minister X', 'Lands and Natural Resources Secretary X',
    'Mining and Petroleum Minister X': capitalised common words on both sides of the 'and', up to
    a portfolio holder's title (a minister's, secretary's, commissioner's), one side ending on a
    field of work (PORTFOLIO_FIELD_NOUNS), are the two fields of one title, whatever entity the
    recogniser ran over them; not a name, place or body's head word ('Oxfam and Water Minister',
    'the Kessa Council and Water Minister'), nor a word after a title or a person's name ('Lord
    Falconer and …'). A word before the 'and' that the recogniser put in a body's name is a field
    only where it is one ('Harbour Rail and Transport Minister': a body and a title)."""
    doc = left.doc
    if not a_fields_word(left) or left.i > 0 and (doc[left.i - 1].lower_.rstrip(".") in _TITLE_OR_HONORIFIC_WORD
                                                   and doc[left.i - 1].is_title or doc[left.i - 1].ent_type_ == "PERSON"):
        return False
    if left.ent_type_ and canonical(left.text):
        return False        # 'Labour and Housing Minister X': a known body, then a title
    if left.i > 0 and left.ent_iob_ == "I" and left.ent_type_ == "ORG" and doc[left.i - 1].lower_ not in PORTFOLIO_FIELD_NOUNS:
        return False        # 'Southern Water and Environment Secretary X': a body's last word, then a title
    i = right.i
    while i < len(doc) and i < right.i + 4 and a_fields_word(doc[i]):
        i += 1
    return right.i < i < len(doc) and doc[i].is_title and doc[i].lower_ in PORTFOLIO_HOLDER_TITLES \
        and (left.lower_ in PORTFOLIO_FIELD_NOUNS or doc[i - 1].lower_ in PORTFOLIO_FIELD_NOUNS and not left.ent_type_)


def _two_fields_after_a_titles_preposition(left: Token, right: Token) -> bool:
    """'Secretary for Housing and Planning X', 'Commissioner of Trade and Industry X': capitalised
    common words on both sides of the 'and' (a_fields_word), the left ones (a list set off by
    commas too) right after a portfolio holder's 'for'/'of', are the two fields of one title; not where the right ones run on to a
    body's head word ('Minister for Finance and Labour Party leader X': the party's name)."""
    doc = left.doc
    if not (a_fields_word(left) and a_fields_word(right)):
        return False
    j = right.i + 1
    while j < len(doc) and a_fields_word(doc[j]):
        j += 1
    if j < len(doc) and doc[j].is_title and doc[j].lower_ in ORG_HEADS \
            and not (j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].lower_ not in TITLE_VOCABULARY
                     and (doc[j + 1].ent_type_ == "PERSON" or is_given_name(doc[j + 1].text))):
        return False                            # (a head word right before the holder's name: 'and Local Government X')
    i = left.i
    while i > 0 and i > left.i - 5 and (a_fields_word(doc[i - 1])
                                        or doc[i - 1].text == "," and i > 1 and a_fields_word(doc[i - 2])):
        i -= 1                                  # 'Commissioner for Trade, Industry and Tourism'
    return i > 1 and doc[i - 1].lower_ in NAME_PREPOSITIONS and doc[i - 2].is_title \
        and doc[i - 2].lower_ in PORTFOLIO_HOLDER_TITLES


_ROLE_OR_TITLE = frozenset(ROLE_NOUNS | TITLES)
_TITLE_OR_HONORIFIC_WORD = frozenset(TITLE_VOCABULARY | HONORIFIC_WORDS)


def a_fields_word(t: Token, lower_case: bool = False) -> bool:
    """A capitalised common word that may name a field of a title ('Coastal', 'Fisheries'): no
    title, body's head word, or word the recogniser typed a place or people; typed a person only
    where it is no given name, a field's word the recogniser ran into the holder's name
    ('Commissioner for Roads and [Drainage Orwin Madaki]'). With `lower_case`, a lower-case common
    noun (or the plural of one: 'communities') or adjective too ('parks', 'community services', 'coastal'),
    typed no name, place or people
    ('mother of two and grandmother', 'mayor of Leeds and Bradford' are no fields)."""
    if lower_case and t.is_lower:
        return t.is_alpha and t.pos_ in ("NOUN", "ADJ") and (is_common_word(t.text) or is_common_word(t.lemma_)) \
            and t.lower_ not in _ROLE_OR_TITLE \
            and t.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")
    return t.is_title and t.is_alpha and (is_common_word(t.text) or t.lower_ in PORTFOLIO_FIELD_NOUNS) \
        and t.lower_ not in ORG_HEADS and t.lower_ not in PORTFOLIO_HOLDER_TITLES and t.lower_ not in _ROLE_OR_TITLE \
        and t.ent_type_ not in ("GPE", "LOC", "NORP") and not (t.ent_type_ == "PERSON" and is_given_name(t.text))


def joins_title_fields(t: Token) -> bool:
    """'Minister of Budget and National Planning': the 'and' list (its 'and' or its second
    conjunct) inside the object of a title's 'of'/'for' joins capitalised common words, the
    fields of one post: not two bodies or places ('mayor of Leeds and Bradford', 'head of
    Orvale and Pixo'), nor a list of people or of posts (the role lists' own words: nameparser's
    broad list has 'national', 'marketing')."""
    conj = t if t.dep_ == "conj" else next((c for c in child_tokens(t.head) if c.dep_ == "conj"), None) \
        if t.dep_ == "cc" and t.lower_ in TITLE_FIELD_JOINS else None
    obj = None if conj is None else _object_the_conjunct_is_in(conj.head)
    if obj is None or obj.head.lower_ not in NAME_PREPOSITIONS or obj.head.head.lower_ not in TITLE_VOCABULARY:
        return False
    words = conj.doc[conj.head.left_edge.i:conj.i + 1]
    return all(w.dep_ == "cc" and w.lower_ in TITLE_FIELD_JOINS or a_fields_word(w, lower_case=True) for w in words)


def _object_the_conjunct_is_in(first: Token) -> Token | None:
    """The preposition's object an 'and' list of a title's fields belongs to: the first conjunct
    itself ('director of [parks] and community services') or the noun it premodifies ('vice-president
    of [coastal] and island operations': the fields share the head noun)."""
    if first.dep_ == "pobj":
        return first
    if first.dep_ in ("amod", "compound", "nmod") and first.head.dep_ == "pobj" and first.head.i > first.i:
        return first.head
    return None

