"""The names in one article, as the entity recogniser found them but repaired.

spaCy's small model finds the names but often mislabels or mis-cuts them ("Northern
Alliance" as a location, "Lord Hale" as an organisation, "Heads of Arctic Council");
the rules here cut each name to its words, correct its kind from the words around it,
add people only a title marks, and give every occurrence the key of its actor.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..lexicon import PLACE_QUALIFIED_RESIDENT_NOUNS, RESIDENCE_PLACE_NAME_HEADS, MEMBER_BODY_OFFICER_TITLES, UNION_BRANCH_OFFICER_POSTS
from ..lexicon import (CHAMBER_WORDS_ALSO_HEADING_PARTIES, CHAMBER_HEADS_ONLY_WITH_A_LINK, SECOND_CHAMBER_NAMES, SECOND_CHAMBER_TEXT_WORDS, SECOND_CHAMBER_MEMBER_NOUNS, LEGISLATURE_QUALIFIERS, LEGISLATURE_NAMES_ALSO_OF_TWO_CHAMBERS, SHORT_FORMS_OF_ONE_CHAMBER, LEGISLATURE_SHORT_FORM_QUALIFIED_NOUNS, LEGISLATURE_SHORT_FORM_DETERMINERS, LEGISLATURE_SHORT_FORMS, LEGISLATURE_SECOND_CHAMBER_WORDS, ONE_WORD_CHAMBERS, CHAMBER_GROUP_NOUNS, BODY_OR_PORTFOLIO_WORDS, PARTY_STANDING_WORDS, SIDE_SHARING_WORDS, SIDE_PARTY_WORDS, OFFICE_SCOPE_WORDS, TRADE_PREMISES_NOUNS, WRITING_NAME_HEADS, PEOPLE_NAME_HEADS, INHABITANT_ENDINGS, ASSOCIATION_HEADS, ABSTRACT_NOUN_ENDINGS, PREMISES_NAME_HEADS, GROUP_KIND_NOUNS, POST_BODY_PREPOSITIONS, DWELLING_NOUNS, DESK_SEPARATORS, SURNAME_CUES, THING_OR_BODY_HEADS, POSTS_THAT_RUN_A_BODY, BUSINESS_AGENT_NOUNS, FIRM_ONLY_AGENT_NOUNS, COMPANY_MARKING_NAME_ENDINGS, BODY_VOICE_NOUNS, DOCUMENT_HEADS, VOICE_BODY_PREPOSITIONS, PLACE_STRIKING_VERBS, DECIDING_VERBS, SPEAKING_BODY_HEADS, LOWER_CASE_BODY_HEADS, LOWER_CASE_MINISTRY_HEADS, BOARD_POST_NOUNS, COMPOUND_RANKS, LOCAL_POST_WORDS, TRADING_PLACE_NOUNS, PLACE_PREPOSITIONS_OF_A_MARKET, TITLE_FIELD_JOINS, GENERIC_REGION_WORDS, OPENING_QUOTES, CLOSING_QUOTES, HYPHENS, ADDRESSED_OFFICES, PARTY_MEMBER_PLURALS, MEMBER_NOUNS, MEMBER_BODY_PREPOSITIONS, COUNSEL_TITLES, DASHES, SILK_LETTERS, HONORIFIC_WORDS, MEMBER_LETTERS_BEFORE_A_GIVEN_NAME, SEAT_LETTERS_ONLY_BEFORE_A_NAME, TWO_LETTER_TITLES, MEASURED_NOUNS, SOURCE_NOUNS, ADJECTIVE_PREFIXES, ADJECTIVE_SUFFIXES, ARTICLES, BECOMING_VERBS, BROADCAST_ON_PREPOSITIONS, SPOKESPERSON_NOUNS, STATE_BODY_QUALIFIERS, COMPANY_NOUNS, ROLES_A_BODY_MAY_FILL, PERSON_NOUNS, PRIVATE_PROFESSION_NOUNS, KINSHIP_NOUNS, PUBLICATION_HEADS, THING_PRONOUNS, AREA_AROUND_A_PLACE_WORDS, PLACE_OBJECT_PREPOSITIONS, POSSESSIVE_MARKS, SEAT_HOLDER_NOUNS, SEAT_TITLES_OF_ANY_SEAT_NAME, ROLE_OR_PERSON_NOUNS,
                       BROADCAST_SHOWING_VERBS,
                       BROADCAST_SPEECH_WORDS, BROADCAST_TO_PREPOSITIONS, BUILDING_NOUNS, INDEFINITE_ARTICLES, TELLING_VERBS,
                       CAMPUS_HEADS, CONTACT_VERBS, CONTACT_PREPOSITIONS,
                       CARE_SCHEME_ENDING,
                       BODY_KIND_NOUNS, BUSINESS_NAME_HEADS, HONORIFIC_PERSONAL, CORPORATE_MODIFIED_NOUNS, CORPORATE_OWNED_NOUNS, CORPORATE_POST_NOUNS, PLACE_OWNED_NOUNS, PLACE_COPULA_NOUNS, FIRM_HOLDING_NOUNS, HOLDING_IN_PREPOSITIONS, ONE_PERSON_PRONOUNS, FEMALE_TITLES, MALE_TITLES, COMMON_TWO_LETTER_ABBREVIATIONS, COMMON_AMPERSAND_ABBREVIATIONS, QUESTION_AUXILIARIES, DEPARTMENT_HEADS, DESCRIPTIVE_ROLES,
                       DISTRICT_SERVING_HEADS, DISTRICT_WORDS, FACILITY_WORDS, ROAD_NAME_HEADS, GENERIC_BODY_WORDS, LOCATIVE_PREPS,
                       ADDRESS_STYLES_ALSO_SURNAMES, HONOUR_INITIALS, BODY_ACT_VERBS, HEADS_ALSO_OF_THINGS, NAME_LINK_WORDS, NAME_PREFIXES, NAME_PREPOSITIONS, ORG_HEADS, PARTY_BODY_HEADS, PARTY_HEADS, ONE_NAME_TITLES, PEERAGE_TITLES,
                       PERSON_TITLES,
                       NATURAL_FEATURE_WORDS, NATURAL_FEATURE_OPENERS, FIRM_KIND_NOUNS, FIRM_OBJECT_VERBS, PLACE_AFTER_NAME_PREPS, PLACE_OBJECT_VERBS, PLACE_ONLY_PREPS, SETTLEMENT_NOUNS, SETTLEMENT_NOUNS_ALSO_SURNAMES, STYLE_AFTER_AN_ARTICLE, DEFINITE_ARTICLES, FACILITIES_NAMED_AFTER_A_PERSON, PLACE_PART_NOUNS, PORTFOLIOS, PORTFOLIO_FIELD_NOUNS, PORTFOLIO_HOLDER_TITLES, UNIT_FUNCTION_WORDS, UNIT_HEAD_TITLES, UNIT_REMIT_ENDINGS, FIRM_HEAD_POSTS, OFFICE_HEADS_BEFORE_OF, TITLES_WHEN_CAPITALISED, BODY_WORDS_NO_SEAT_HAS, BODY_DESCRIPTION_NOUNS, PLACE_NOUNS_AFTER_A_NAME, OWNED_SITE_NOUNS,
                       SEVERAL_PER_STATE, REGIONAL_BODY_HEADS, COUNTRY_ORGAN_HEADS, SUPRANATIONAL_WORDS, DOER_NOUN_ENDINGS, FIRM_HOLDING_PARTICIPLES, FIRM_STATE_ADJECTIVES, ORG_KIND_NOUNS, TRANSLITERATION_SWAPS, VOWEL_LETTERS, FIGURE_SHOWING_VERBS, SURNAME_PREFIXES, PERCENT_WORDS,
                       SPEECH_VERBS, STATE_SEATS, THING_HEADS, TIME_ZONES, WEEKDAY_NAMES, MEMBER_TITLE_ABBREVIATIONS, COUNCILLOR_ABBREVIATIONS, OWNER_NOUNS, OWNING_PARTICIPLES, RANK_ABBREVIATIONS, TITLE_QUALIFIERS, TITLE_ABBREVIATIONS, MILITARY_RANKS, RANK_OPENERS, COUNTY_ABBREVIATIONS, BRACKETED_PARTY_LABELS, PARTY_CODES, LOCAL_UNIT_NOUNS, RETIRED_MARKS, SURNAME_JOINERS, ROMANCE_NAME_PREPOSITIONS, ROMANCE_NAME_ARTICLES, POST_NOMINAL_LETTERS, INDICATOR_ABBREVIATIONS, MONTH_NAMES, HONORIFICS, TITLE_WORDS, TRADE_AREA_HEADS, AGREEMENT_HEADS, LAW_HEADS, LAW_NAME_LINKS, WORK_NOUNS, WRITER_NOUNS, ROLE_NAME_PREPOSITIONS,
                       WRITING_VERBS, COMPANY_NAME_HEADS, STATE_BODIES, SAINT_WORDS, BODY_NAMING_ROLE_WORDS, ROLE_NOUNS, LEGAL_FORMS,
                       KIND_NOUNS_BEFORE_A_BODYS_NAME, TITLE_FIELD_PREPOSITIONS, LOCAL_UNIT_WORDS,
                       # session 35 debt
                       ORG_OR_GENERIC_BODY_WORDS, ORG_OR_ARTS_HEADS, ORG_OR_ASSOCIATION_HEADS, ORG_OR_SECTION_HEADS, PORTFOLIO_FIELD_OR_ORG_HEADS,
                       NAME_PREPOSITIONS_OR_ON, NAME_PREPOSITIONS_JOINS_OR_ARTICLES, TITLE_FIELD_LINKS, PORTFOLIO_HOLDER_TITLES_NOT_SPOKESPERSONS,
                       PORTFOLIO_HOLDER_OR_UNIT_HEAD_TITLES, NAME_LINKS_AND_MARKS_BUT_THE, HONORIFIC_OR_PEERAGE_WORDS, OFFICE_OR_STATE_ROLE_NOUNS,
                       NAME_OR_PLACE_PREPOSITIONS_OR_JOINS, PERSON_OR_LIFE_STAGE_NOUNS, TITLE_OR_RANK_ABBREVIATIONS, INITIALS_SKIPPED_WORDS,
                       PLACE_ONLY_PREPS_BUT_AT, STREET_OR_FACILITY_WORDS,
                       POSSESSIVE_ENDINGS, POSSESSIVE_ENDINGS_OR_APOSTROPHE, APOSTROPHES, HYPHEN_OR_EN_DASH, HYPHEN_MINUS_OR_HYPHEN,
                       COMMA_OR_FULL_STOP, CLAUSE_END_MARKS, NAME_TRAILING_MARKS, MARKS_BEFORE_AN_ADDRESS, MARKS_AFTER_AN_ADDRESS, AND_OR_THE,
                       SLASH_OR_AMPERSAND)
from ..lexicon import MARKS_BEFORE_A_SENTENCES_FIRST_WORD, COMMA_OR_SEMICOLON, MARKS_INSIDE_A_PERSONS_NAME, STYLE_OR_RANK_TITLES, POST_PLACE_PREPOSITIONS, OFFICE_PARTICIPLES, GATHERING_NOUNS, SETTING_NOUNS, SHORTENED_TITLES, PERSON_PRONOUN_GENDERS, PLACE_NAME_LINKS, SUBDIVISION_NAME_HEADS, SCALE_WORDS, ORDINAL_NUMERAL_SUFFIXES, PLURAL_VERB_TAGS, PLURAL_PAST_FORMS, AGE_WORDS, AGE_SET_OFF_OPENINGS, AGE_SET_OFF_CLOSES, WHO_PRONOUNS, ENACTED_INSTRUMENT_HEADS, LAW_MAKING_VERBS, POST_OR_PERSON_NOUNS, TERM_HEAD_NOUNS, BODY_DESCRIBING_NOUNS, ORG_KIND_ENDINGS, PERSON_DESCRIBING_NOUNS, IRREGULAR_PLURALS, OUTSIDER_NOUNS, ENGLISH_PREPOSITIONS, POST_HELD_IN_PREPOSITIONS, DEFINITE_DETERMINERS, MEMBERSHIP_NOUNS, INSTITUTION_NAME_HEADS, EVENT_NAME_HEADS, CAUSE_LINK_WORDS, NATIONAL_STATE_BODIES, FINITE_VERB_TAGS, PLURAL_NOUN_TAGS, TWO_PARTY_WORDS, RECIPROCAL_PRONOUNS, RECIPROCAL_VERBS, BODY_KIND_HEADS
from ..lexicon import COORDINATORS, COURT_SIDE_OPENERS, OPENING_CONNECTIVE_POS, NAME_SET_OFF_AFTER_A_NAME_DEPS, COORDINATING_DEPS, BODY_POST_OR_VOICE_NOUNS, BODY_NAME_COLLECTIVE_HEADS, FIELD_WORDS_OPENING_A_BODYS_NAME, PERSONAL_AIDE_NOUNS, ANSWERING_VERBS, LOCAL_GOVERNMENT_HEADS_BEFORE_OF, PLACE_NAME_HEAD_WORDS, SEAT_TITLES_BEFORE_FOR, ELECTORAL_UNIT_NOUNS, ADDRESS_STYLE_WORDS, STYLES_ALSO_OPENING_A_BODYS_NAME
from ..names import (COUNTRY_FORMS, a_name_only_where_family_names_come_first, without_legal_form, surname as _surname, all_initials, canonical, clean_surface, gender_of_given_name, is_acronym, is_given_name, is_year, norm,
                     opens_an_honour_pair, strip_titles)
from .evidence import (after_place_comma, capital_of, state_of_region, in_credit, is_caption_line, is_country_name, inline_subheading_end, is_contribution_credit,
                       is_known_place, is_title_case_line, name_ending_at)
from .parse import ParsedArticle, article_text, child_tokens, doc_ents, entity_at, doc_text, doc_tokens, inside_quotation_marks, is_adjective_word, is_common_word, named_after_according_to, sentences_around, span_ents, span_text, span_tokens, token_texts, word_forms, is_noun_only_word, joined_to_a_base
from .titles import PERSON_ROLE_WORDS, TITLE_VOCABULARY, a_posts_field_before_a_styled_name, a_side_of_the_chamber_after_a_title, a_style_of_address_word, inside_a_bodys_name_typed_a_person, a_doers_noun, a_fields_word, address_style_ending_at, closes_a_title, comma_in_a_list_of_fields, first_conjunct, first_name_word, letters_stand_for_a_title, opens_a_name_as_its_style, singular, title_word_key, title_words, written_out_word

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
DEMONYMS = {norm(a) for aliases in COUNTRY_FORMS.values() for a in aliases}
ADJECTIVE_PREFIX = re.compile(rf"({'|'.join(ADJECTIVE_PREFIXES)})-")   # "intra-Africa", not "Anti-Defamation League"
_CLOCK_TIME = re.compile(r"\d{3,4}|\d{1,2}:\d{2}|\d{1,2}(?:[:.]\d{2})?[ap]\.?m\.?", re.I)   # '1415', '17:00', '9.30am'
_AM_PM = re.compile(r"[ap]\.?m\.?", re.I)
_ZONE_LETTERS = re.compile(r"[A-Z]{3,5}")
_AGENCY_DASHES = re.compile(r"\)?--")
_A_LETTER = re.compile(r"[A-Za-z]")
_HONORIFICS_AND_TITLES = HONORIFIC_WORDS | MALE_TITLES | FEMALE_TITLES     # words of address before a name
_PARTS_OF_A_LAND = GENERIC_REGION_WORDS | PLACE_PART_NOUNS | NATURAL_FEATURE_WORDS | SETTLEMENT_NOUNS
_SETTLEMENT_NOUNS_NO_SURNAME_IS = SETTLEMENT_NOUNS - SETTLEMENT_NOUNS_ALSO_SURNAMES
_EVENT_NOUNS = GATHERING_NOUNS | SETTING_NOUNS
_LAW_HEADS_NOT_THINGS = LAW_HEADS - THING_HEADS       # 'bill', 'code': also a given name, or heading other names
_TITLES_BEFORE_A_FIELD = PERSON_ROLE_WORDS | OFFICE_HEADS_BEFORE_OF     # 'Minister', 'Head' (of …)


def _initials_after_a_style(toks: list[Token], start: int) -> int:
    """Where initials written without their dot ('K', 'M S') open the name starting at `start`:
    single capital letters right before it, after a style of address (_a_style_opening_a_name: 'Dr K
    Venkata Ramana', 'Prof M S Rao'), which marks them as a person's; `start` where there are none."""
    j = start
    while j > 1 and len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper():
        j -= 1
    return j if j < start and _a_style_opening_a_name(toks[j - 1]) else start


def _a_style_opening_a_name(t: Token) -> bool:
    """A capitalised word right before a name that opens it as its title (titles.opens_a_name_as_its_style:
    'Lord', 'Gen.', 'Det.-Sgt.', 'Engr.', 'Supt.')."""
    return t.is_title and opens_a_name_as_its_style(t.text)


def _numerals_of(s: "NameSpan") -> list[Token]:
    """The words of a name written in digits ('41', '2.0', '3rd')."""
    return [t for t in s.words if t.like_num and any(c.isdigit() for c in t.text)]


def _an_amount_read_as_a_name(s: "NameSpan") -> bool:
    """A currency's code before a sum taken for a name: a name that ends on a numeral with a decimal
    point, or whose numeral has a scale word right after it ('crore', 'million'), is an amount, no
    actor. A numeral inside a body's name, before its head ('the Web 2.0 Alliance', 'Industry 4.0
    Council'), or a name's own number ('Channel 4', 'Group 9', 'Local 1199') is none."""
    numerals = _numerals_of(s)
    if not numerals:
        return False
    last = numerals[-1]
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return after is not None and after.lower_ in SCALE_WORDS \
        or last.i == s.words.end - 1 and "." in last.text.strip(".")


def _a_number_in_a_persons_name(s: "NameSpan") -> bool:
    """A name the recogniser took for a person's that holds a numeral other than a generation's
    ordinal after the name ('Tom Reed 3rd'): no one's name is a number ('Sum 41', a band)."""
    return s.kind == "person" and any(not t.lower_.endswith(ORDINAL_NUMERAL_SUFFIXES) for t in _numerals_of(s))


def _a_numbered_name_qualifying_a_noun(s: "NameSpan") -> bool:
    """'some Grade 2 and 3 classes': a name with its number, and any further numbers joined to it,
    right before a lower-case noun it qualifies (`qualifies_a_noun_after`) is a step of a scale, no
    actor, whatever the parser made its head."""
    doc, last = s.words.doc, s.words.end - 1
    while last + 1 < len(doc) and (doc[last + 1].dep_ == "cc" or doc[last + 1].like_num):
        last += 1
    return qualifies_a_noun_after(doc, last)


@dataclass
class NameSpan:
    """One occurrence of a name in the text."""
    surface: str            # as written, cleaned ("Lord Hale", "US")
    name: str               # without honorifics ("Butler")
    kind: str               # person | organization | country | place
    head: Token
    sentence: int
    titles: list[str]
    words: Span                     # the name as written, titles included, possessive excluded
    key: str = ""
    acronym: str | None = None      # "(PKK)" written right after the name
    start: int = -1                 # doc index of the name's first word (after any title)
    agreement: bool = False         # names an agreement, a law or a trade area, or its defined acronym


def find_name_spans(parsed: ParsedArticle) -> list[NameSpan]:
    """Every occurrence of a name, with its kind and the key of the actor it names."""
    spans = [s for s in _name_spans(parsed) if not _an_amount_read_as_a_name(s)
             and not (_a_number_in_a_persons_name(s) and _a_numbered_name_qualifying_a_noun(s))]
    _bodies_opened_as_written_elsewhere(spans)
    spans = _local_units_with_their_numbers(spans)
    spans = _people_split_from_bodies(spans)
    spans = _pairs_of_bodies_split(spans)
    spans = _local_governments_named_by_their_kind(parsed, spans)
    _fix_kinds(spans, _honoured_surnames(parsed), _words_given_as_surnames(parsed), parsed.docs)
    sports_bodies = {norm(s.name) for s in spans if s.kind == "person" and _a_field_and_a_country(s)} \
        - {norm(s.name) for s in spans if s.kind == "person" and a_mention_of_a_person(s)}
    numbered = {norm(s.name) for s in spans if _a_number_in_a_persons_name(s) and _acts(s.head)}
    for s in spans:
        if s.kind == "person" and norm(s.name) in numbered:
            s.kind = "org"          # 'Sum 41 said': a name holding a number acts as a body, no person
        if _written_as_a_base(s):
            s.kind = "place"        # 'Harare-based economist': where he works, no body of its own
        elif s.kind == "person" and norm(s.name) in sports_bodies:
            s.kind = "org"          # 'Rowing Ireland said': the sport's body, no one's name, wherever written
    _assign_keys(spans)
    return _with_firms_opening_words_found_again(parsed, spans)


def _local_governments_named_by_their_kind(parsed: ParsedArticle, spans: list[NameSpan]) -> list[NameSpan]:
    """'The City of Kessa is spending …', "the Town of Orwin's clerk", 'director of finance of the City of Dorn':
    a capitalised noun of a local government's kind of place (LOCAL_GOVERNMENT_HEADS_BEFORE_OF), 'of' and a run of
    capitalised proper nouns is one name, however the recogniser cut or typed it ('City' and 'Kessa' apart, a GPE,
    an ORG on the last word alone): the names read inside it give way to the whole, read as a place here, which the
    rules on places (actors._regions_whose_government_acts) make a body where the article makes it act or employ.
    Not where a longer name holds it ('City of Kessa Council', 'University of the City of Dorn', a name read over
    it), where a body's or a facility's word follows in the run ('City of Kessa Police', '… Hall'), where a post's
    word follows it ('City of Kessa chief executive X', read as the holder's title), nor where the recogniser's own
    span is already the whole."""
    out = list(spans)
    for n, sent in enumerate(parsed.sentences):
        doc = sent.doc
        for t in sent:
            if not (t.is_title and t.lower_ in LOCAL_GOVERNMENT_HEADS_BEFORE_OF and t.i + 2 < sent.end
                    and doc[t.i + 1].lower_ in PLACE_NAME_LINKS):
                continue
            end = _end_of_a_proper_run(doc, t.i + 2, sent.end)
            if end is not None and _a_longer_name_goes_on(doc, end, sent.end):
                out = [s for s in out if not (s.words.doc is doc and s.words.start <= t.i < s.words.end <= end + 1)]
                continue        # ('City of Kessa Chamber of Commerce': a longer body's name; the recogniser's cut
                #                  'The City of' makes no page either)
            if end is None or _inside_a_longer_bodys_name(doc, t.i, end, sent.start):
                continue
            inside = [s for s in out if s.words.doc is doc and s.words.start < end and s.words.end > t.i]
            if any(s.words.start < t.i or s.words.end > end for s in inside) \
                    or any(s.words.start == t.i and s.words.end == end for s in inside):
                continue        # (a longer name read over it, or the recogniser's span already the whole)
            if end < sent.end and (_a_titles_word(doc[end]) or doc[end].ent_type_ == "PERSON"):
                continue        # ('City of Kessa chief executive X said': a post's words, read with the holder's;
                #                  nor where a person's name read by the recogniser cuts the run)
            if any(s.kind == "person" and s.words.start > t.i + 2 for s in inside):
                continue        # (a person's name is never read into the place's)
            words = doc[t.i:end]
            out = [s for s in out if s not in inside]
            out.append(NameSpan(surface=words.text, name=words.text, kind="place", head=words.root, sentence=n,
                                titles=[], words=words, start=t.i))
    return sorted(out, key=lambda s: (s.sentence, s.words.start)) if out != spans else out


def _end_of_a_proper_run(doc: Doc, start: int, stop: int) -> int | None:
    """Where a run of capitalised proper nouns from `start` ends ('Kessa', 'Greater Dorn', 'Port Orwin-Vale'): before
    a post's or a style's word, a person's name, a weekday or a month ('City of Kessa Mayor X', 'City of Kessa
    Tuesday approved'); None where there is none, or where a body's or a facility's word is among them ('Kessa
    Council', 'Kessa Hall')."""
    j = start
    while j < stop and (doc[j].is_title and doc[j].pos_ == "PROPN"
                        or doc[j].text in HYPHENS and j + 1 < stop and doc[j + 1].is_title and j > start) \
            and not (j > start and (_a_titles_word(doc[j]) or doc[j].ent_type_ == "PERSON"
                                    or doc[j].lower_ in WEEKDAY_NAMES or doc[j].lower_ in MONTH_NAMES)):
        j += 1
    run = [w.lower_ for w in doc[start:j]]
    if j == start or any(w in ORG_HEADS or w in FACILITY_WORDS for w in run):
        return None
    return j


def _a_longer_name_goes_on(doc: Doc, end: int, stop: int) -> bool:
    """The run of proper nouns after a local government's kind and 'of' ends at a lower-case 'of' followed by a
    capitalised word ('City of Kessa Chamber of Commerce', '… School of Music'): a longer body's name goes on there,
    so the run names no local government."""
    return end + 1 < stop and doc[end].lower_ in PLACE_NAME_LINKS and doc[end].is_lower and doc[end + 1].is_title


def _written_with_the(s: NameSpan) -> bool:
    """'the Trust', 'the Symphony': a short form written after a definite article is a body's ('the County of Orwin
    Heritage Trust', whose name goes on past its place); a place's bare name ('Kessa', 'Kessa North MLA') is not."""
    i = s.words.start - 1
    return i >= 0 and s.words.doc[i].lower_ in DEFINITE_DETERMINERS


def _a_titles_word(word: Token) -> bool:
    """A word of a post or a style ('Mayor', 'Councillor', 'Deputy', 'Manager', 'Cr', 'Lord'): where it follows a
    local government's place name, the name ends before it and the words are the holder's."""
    w = word.lower_.rstrip(".")
    return singular(w) in TITLE_VOCABULARY or w in STYLE_OR_RANK_TITLES or w in SHORTENED_TITLES


def _inside_a_longer_bodys_name(doc: Doc, head: int, end: int, first: int) -> bool:
    """The kind's noun is preceded, past an article, by a capitalised word that is no sentence's first word
    ('Greater City of …'), or by 'of' after a body's head ('University of the City of Dorn'); or a capitalised word
    of a body's head follows the run ('City of Kessa Council' written over a line break)."""
    i = head - 1
    if i >= first and doc[i].lower_ in ARTICLES:
        i -= 1
    if i >= first and doc[i].lower_ in PLACE_NAME_LINKS:
        return i - 1 >= first and doc[i - 1].lower_ in ORG_HEADS
    return i > first and doc[i].is_title and doc[i].pos_ == "PROPN" \
        or end < len(doc) and doc[end].is_title and doc[end].lower_ in ORG_HEADS


def _with_firms_opening_words_found_again(parsed: ParsedArticle, spans: list[NameSpan]) -> list[NameSpan]:
    """'Kessimer Robotics said … 12% of Kessimer's staff … Kessimer shares fell': once the names are
    keyed, the article is read again for the opening words a firm's kept name is written by later
    (`_firms_opening_words`), one matcher over the article's own forms, not a rule per sentence.
    Where the recogniser took such words for a place ('Kessimer's' as GPE) or named nothing there,
    and they own something, are a source, or qualify a holding in the firm or a post in it
    ('Kessimer shares', 'a Kessimer spokesperson'), they are a mention of that firm, whatever the
    recogniser's label; not in a headline, a credit, nor where they run on into another capitalised
    word, nor where the article writes them anywhere as a town (`_opening_words_written_as_a_town`).
    A bare verb's subject is not enough: a town, a founder, a product or a river may carry the
    firm's first word ('Kessimer has lost 2,000 jobs', 'Kessimer was knighted').
    It runs after `_assign_keys`, not with the `…_the_recogniser_missed` steps before it: it needs
    each firm's kept key (which name a form belongs to, and that one name alone opens on it), and it
    turns the recogniser's place spans already keyed to the firm into the firm's mentions."""
    forms = _firms_opening_words(spans)
    if not forms:
        return spans
    by_words: dict[tuple[int, int, int], NameSpan] = {(id(s.words.doc), s.words.start, s.words.end): s for s in spans}
    covered = _covered(spans)
    matcher = PhraseMatcher(parsed.docs[0].vocab)
    for words, key in forms.items():
        matcher.add(key, [Doc(parsed.docs[0].vocab, words=list(words))])
    matches = {id(doc): [(start, end) for _, start, end in matcher(doc)] for doc in parsed.docs}
    matched = [doc[start:end] for doc in parsed.docs for start, end in matches[id(doc)]]
    forms = _opening_no_other_name(forms, matched, _article_words(parsed))
    alone = _written_alone_within_a_sentence(forms, matched)
    found: list[NameSpan] = []
    for n, sent in enumerate(parsed.sentences):
        if parsed.is_headline(sent):
            continue
        for start, end in matches[id(sent.doc)]:
            words = sent.doc[start:end]
            key = forms.get(tuple(w.text for w in words))
            if key is None or not sent.start <= start < sent.end or not _a_firms_opening_words_acting(words, sent) \
                    or _opens_its_sentence(words, sent) and len(words) == 1 and is_common_word(words.text) and words.text not in alone:
                continue
            span = by_words.get((id(words.doc), words.start, words.end))
            if span is not None and span.kind == "place" and span.key == key:
                span.kind = "org"                   # keyed to the firm already, kept apart as a place
            elif span is None and not any((id(words.doc), w.i) in covered for w in words) and not in_credit(sent, words[0]):
                found.append(NameSpan(surface=words.text, name=words.text, kind="org", head=words[-1], sentence=n,
                                      titles=[], words=words, key=key, start=words.start))
    return sorted(spans + found, key=lambda s: (s.sentence, s.head.i)) if found else spans


def _firms_opening_words(spans: list[NameSpan]) -> dict[tuple[str, ...], str]:
    """The opening words a firm may be written by, each with the firm's key: the leading words of a
    kept body's name of two words or more (its legal form left out), every one capitalised, where
    the words after them name no kind of body ('Tullan Nursing Alliance', 'Tullan Water
    Department': a place's body, its first word the place) and join no second name ('Marsh &
    Crane'), of no firm the text names as another's owner ('the app, owned by Kelp Holdings': 'Kelp'
    is the app); only words one body's name opens on and no other name of the article holds, that are
    no known name or place, title, given name or body's word."""
    candidates: dict[tuple[str, ...], set[str]] = {}
    owners = {s.key for s in spans if named_as_an_owner(s.head)}
    for s in spans:
        if s.kind != "org" or norm(s.key) != norm(s.name) or s.key in owners:
            continue
        words = without_legal_form(s.name).split()
        if len(words) < 2 or any(norm(w) in NAME_LINK_WORDS or norm(w) in NAME_PREPOSITIONS or not w[:1].isalpha() for w in words):
            continue
        for k in range(1, len(words)):
            if any(norm(w) in ORG_OR_GENERIC_BODY_WORDS for w in words[k:]):
                break
            candidates.setdefault(tuple(words[:k]), set()).add(s.key)
    names = {(norm(s.key), tuple(norm(s.name).split())) for s in spans}
    forms = {}
    for words, keys in candidates.items():
        form = " ".join(words)
        lowered = [norm(w) for w in words]
        if len(keys) != 1 or not all(w.istitle() for w in words) or canonical(form) or is_known_place(form) \
                or is_given_name(words[0]) or any(w in TITLE_WORDS or w in ORG_OR_GENERIC_BODY_WORDS for w in lowered):
            continue
        key = next(iter(keys))
        if any(_holds(name, lowered) for owner, name in names if owner != norm(key) and name != tuple(lowered)):
            continue        # another name of the article holds these words too
        forms[words] = key
    return forms


def _opening_no_other_name(forms: dict[tuple[str, ...], str], matched: list[Span],
                           written: set[str]) -> dict[tuple[str, ...], str]:
    """The forms the article (its matches `matched`, its lower-case words `written`) never runs on into
    a capitalised word other than the firm's own next word: 'Harrowgate Textiles' beside 'Harrowgate
    Mills Ltd' (the recogniser named only one) shows that 'Harrowgate' opens two names, and which one
    a bare 'Harrowgate' is, the words do not tell; nor writes in lower case ('several libraries'
    beside 'Libraries Fenmoor': a noun)."""
    others = {words for words in forms if len(words) == 1 and words[0].lower() in written}
    for span in matched:
        doc, end, words = span.doc, span.end, tuple(t.text for t in span)
        if words in forms and _opening_words_written_as_a_town(span):
            others.add(words)
        if words not in forms or end >= len(doc):
            continue
        after, own = doc[end], without_legal_form(forms[words]).split()
        if after.is_alpha and after.text[:1].isupper() and (len(own) <= len(words) or after.text != own[len(words)]):
            others.add(words)
    return {words: key for words, key in forms.items() if words not in others}


def _opening_words_written_as_a_town(words: Span) -> bool:
    """Opening words of a firm written here as a town, in any paragraph of the article: after a place
    preposition ('in Kessa', not 'a stake in Kessa'), before a hyphen ('Kessa-based'), owning or
    qualifying a town's office, body or people ('Kessa's mayor', 'Kessa's council leader', 'Kessa
    residents': PLACE_OWNED_NOUNS), or said by a copula to be a place ('Kessa is a town of 8,000
    people', PLACE_COPULA_NOUNS). A firm named after its town is written so too, and which one a bare
    'Kessa' is, the words do not tell: the whole article abstains."""
    doc, head = words.doc, words[-1]
    after = doc[words.end] if words.end < len(doc) else None
    if after is not None and after.is_title:
        return False                                    # another name ('Kessa Street')
    if words.start > 0 and doc[words.start - 1].lower_ in PLACE_ONLY_PREPS and not _a_holding_in(head) \
            or after is not None and after.text in HYPHENS:
        return True
    owned = head.head
    if head.dep_ in ("poss", "compound") and owned.i > head.i and (owned.lower_ in PLACE_OWNED_NOUNS or any(
            c.dep_ == "compound" and c.lower_ in PLACE_OWNED_NOUNS for c in owned.children)):
        return True
    return head.dep_ == "nsubj" and owned.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in PLACE_COPULA_NOUNS for c in owned.children)


def _written_alone_within_a_sentence(forms: dict[tuple[str, ...], str], matched: list[Span]) -> set[str]:
    """The one-word forms the article (its matches `matched`) writes alone after a sentence's first
    word, not run on into the firm's next word, and acting there as the firm ('12% of Anchor's
    staff'): a dictionary word opening a sentence ('Anchor's crew', 'Libraries need') is the firm only
    where the article so writes it; a bare use that is no mention ('Analysts said Anchor had erred')
    licenses nothing."""
    alone = set()
    for span in matched:
        doc, end, words = span.doc, span.end, tuple(t.text for t in span)
        if len(words) != 1 or words not in forms or _opens_its_sentence(span, doc[span.start].sent):
            continue
        own = without_legal_form(forms[words]).split()
        if (end >= len(doc) or len(own) < 2 or doc[end].text != own[1]) \
                and _a_firms_opening_words_acting(span, doc[span.start].sent):
            alone.add(words[0])
    return alone


def _opens_its_sentence(words: Span, sent: Span) -> bool:
    """No word before `words` in their sentence, only marks ('"Libraries need readers"'): their
    capital may be the sentence's, not a name's."""
    return not any(t.is_alpha for t in sent.doc[sent.start:words.start])


def _a_firms_opening_words_acting(words: Span, sent: Span) -> bool:
    """The opening words of a firm, written alone here, acting as only the firm acts: an owner or a
    source ('Kessimer's staff', 'said Kessimer'), the owner of its shares ('Kessimer shares',
    FIRM_HOLDING_NOUNS) or of a post in it ('a Kessimer spokesperson', CORPORATE_POST_NOUNS); not a
    bare verb's subject (a town or a founder is one as readily); run on into no other capitalised
    word nor a hyphen ('Kessimer-based'), no place ('in Kessimer'), and with no 'he' or 'she' after
    it in its clause (`_person_pronoun_after`: a person of that name)."""
    doc, head = words.doc, words[-1]
    after = doc[words.end] if words.end < len(doc) else None
    if after is not None and (after.text in HYPHENS or after.is_alpha and after.text[:1].isupper() and after.i < sent.end):
        return False
    if words.start > sent.start and doc[words.start - 1].is_alpha and doc[words.start - 1].text[:1].isupper():
        return False
    acting = head.dep_ == "poss" or is_source(head) or head.dep_ == "compound" and head.head.lower_ in FIRM_HOLDING_NOUNS \
        or head.dep_ in ("compound", "nmod") and head.head.is_lower and head.head.lower_ in CORPORATE_POST_NOUNS
    return acting and not (is_location(head) or _names_a_place_there(head) or _person_pronoun_after(head))


def _bodies_opened_as_written_elsewhere(spans: list[NameSpan]) -> None:
    """'Marsa Horizon Properties said … [Marsa] Horizon said': a body's name the recogniser opened one
    or two words late (the word before it a known place's, a surname's, which the recogniser leaves
    out) opens on those words where they are capitalised proper nouns in no entity that the parse
    joins to the name as compounds and the article writes the longer form as the opening of a body's
    name of its own: the text's own spelling of the name decides, not a list. A one-word 'person' or
    'place' so opened, the subject of a verb, is the body ('[Marsa] Horizon said'), where the word
    before it is no given name."""
    openings = {tuple(norm(s.name).split()) for s in spans if s.kind == "org" and len(s.name.split()) > 1}
    longer = {o[:n] for o in openings for n in range(2, len(o) + 1)}
    if not longer:
        return
    for s in spans:
        if _may_open_earlier_as_a_body(s):
            _opened_on_left_out_words(s, longer)


def _may_open_earlier_as_a_body(s: NameSpan) -> bool:
    """A body's name with no title, or a one-word 'person' or 'place' that is a verb's subject."""
    return not s.titles and (s.kind == "org" or s.kind in ("person", "place") and len(s.name.split()) < 2
                             and s.head.dep_ == "nsubj")


def _opened_on_left_out_words(s: NameSpan, longer: set[tuple[str, ...]]) -> None:
    """`s` opened on the one or two left-out words before it (_a_left_out_opening_word) where the name
    so opened is one of the `longer` openings of bodies' names the article writes."""
    doc, start, end = s.words.doc, s.words.start, s.words.end
    for size in (1, 2):
        words = doc[start - size:start] if start - size >= 0 else None
        if words is None or not all(_a_left_out_opening_word(w, start, end) for w in words) \
                or s.kind != "org" and is_given_name(words[0].text):
            return
        name = f"{words.text} {s.name}"
        if tuple(norm(name).split()) in longer:
            s.surface, s.name, s.words, s.start = f"{words.text} {s.surface}", name, doc[start - size:end], start - size
            s.kind = "org"          # '[Marsa] Horizon said', its last word read as a surname or a place
            return


def _local_units_with_their_numbers(spans: list[NameSpan]) -> list[NameSpan]:
    """'United Auto Workers Local 1147', 'Kessa Housing Unit 17': a body's name the recogniser ended on
    the capitalised word of a numbered unit ('Local', 'Unit': LOCAL_UNIT_WORDS), or right before it, runs on
    over it and the number right after it, written in digits, which tells one unit from the others ('Local
    1147' is not 'Local 88'); not a number that counts a noun after it ('Local 88 members', '88 per cent').
    The unit's initials then take the number too where the article writes them with it ('in KSU 17', after
    'Kessa School Unit 17'), and a body's name the recogniser opened after those initials and the number
    ('the [KSU 17] Support Staff Union', `_opening_of_a_numbered_units_body`) opens on them."""
    for s in spans:
        doc, end = s.words.doc, s.words.end
        unit = _local_units_word_at_the_end(doc, end)
        if s.kind != "org" or unit is None or unit + 1 >= len(doc) or not _a_units_number(doc[unit + 1]) \
                or not doc[unit].whitespace_:
            continue
        _run_over(s, s.words.start, unit + 2)
    numbered = {(s.name.split()[-1], initials) for s in spans if s.kind == "org" and _without_a_units_number(s.name) != s.name
                for initials in all_initials(_without_a_units_number(s.name))}
    for s in spans:
        doc, end = s.words.doc, s.words.end
        if s.kind == "org" and is_acronym(s.name) and end < len(doc) and _a_units_number(doc[end]) \
                and s.words[-1].whitespace_ and (doc[end].text, norm(s.name)) in numbered:
            _run_over(s, s.words.start, end + 1)
    opened: set[int] = set()
    for s in spans:
        opening = _opening_of_a_numbered_units_body(s) if s.kind == "org" else None
        if opening is not None:
            _run_over(s, opening, s.words.end)
            opened.add(id(s))
    return [s for s in spans if not any(id(o) in opened and o.words.doc is s.words.doc and o is not s
                                        and o.words.start <= s.words.start and s.words.end <= o.words.end
                                        for o in spans)] if opened else spans


def _run_over(s: NameSpan, start: int, end: int) -> None:
    """The name runs over doc[start:end], the words it had and those added before or after them, its surface
    and name taking the added words' text."""
    doc = s.words.doc
    before, after = doc[start:s.words.start].text, doc[s.words.end:end].text
    s.surface = " ".join(part for part in (before, s.surface, after) if part)
    s.name = " ".join(part for part in (before, s.name, after) if part)
    if start < s.words.start:
        s.start = start
    s.words = doc[start:end]


def _a_units_number(number: Token) -> bool:
    """A unit's number: digits, no count of a noun after it (`_counts_a_noun_after_it`), no year ('the Harbour
    Housing Unit 2024 annual report': the report's year, no unit's number)."""
    return number.is_digit and not is_year(number.text) and not _counts_a_noun_after_it(number)


def _opening_of_a_numbered_units_body(s: NameSpan) -> int | None:
    """Where a body's name opens that the recogniser started after its unit's initials and number ('the
    [KSU 12] Support Staff Union', 'the MSD 4 Teachers Association'): initials in capitals (untagged, or a
    body's one-word name of their own), a number in digits right after them that the parse hangs on a word of
    the name or on the initials that hang on it (no count of a noun outside it, no year), and a name that ends on a
    body's head word ('Union', 'Association'); no capitalised word before the initials, which the name would leave
    out. None otherwise
    ('in 2019 the Support Staff Union', 'KSU 12 members of the Union', 'the FY 2024 Budget Committee': a year)."""
    doc, start, end = s.words.doc, s.words.start, s.words.end
    if start < 2 or s.titles or not _a_bodys_head_word(doc[end - 1]):
        return None
    number, initials = doc[start - 1], doc[start - 2]
    on_the_name = number.head.i in range(start, end) or number.head.i == initials.i and initials.head.i in range(start, end)
    if not (number.is_digit and not is_year(number.text) and number.whitespace_ and initials.whitespace_ and on_the_name
            and initials.is_alpha and initials.is_upper and is_acronym(initials.text)
            and number.ent_type_ in ("", "CARDINAL")
            and (not initials.ent_type_ or initials.ent_type_ == "ORG" and initials.ent_iob_ == "B"
                 and doc[start - 1].ent_iob_ != "I")):
        return None
    if start >= 3 and (doc[start - 3].is_title or doc[start - 3].is_upper) and not doc[start - 3].is_sent_start:
        return None             # (a capitalised word before the initials: a longer name, left as the recogniser read it)
    return start - 2


def _local_units_word_at_the_end(doc: Doc, end: int) -> int | None:
    """Where a unit's word ('Local', 'Unit') stands as a span's last word (before `end`) or right after it; else None."""
    return next((i for i in (end - 1, end) if i < len(doc) and _a_local_units_word(doc[i])), None)


def _a_local_units_word(t: Token) -> bool:
    """'Local', 'Unit', 'Lodge': the capitalised word of a numbered unit (LOCAL_UNIT_WORDS)."""
    return t.is_title and t.lower_ in LOCAL_UNIT_WORDS


def _counts_a_noun_after_it(number: Token) -> bool:
    """'88 per cent', '12 miles', '88 members': a number followed by a word it counts (a noun, a share's
    word or another number) or that the parse hangs on a word after it."""
    doc, after = number.doc, number.i + 1
    if after < len(doc) and (doc[after].pos_ in ("NOUN", "PROPN", "NUM") or doc[after].like_num
                              or doc[after].lower_ in PERCENT_WORDS):
        return True
    return number.dep_ == "nummod" and number.head.i > number.i


def _a_left_out_opening_word(word: Token, start: int, end: int) -> bool:
    """A capitalised proper noun of letters in no entity, no title's word nor a name prefix, that
    hangs as a compound on a word of the name from `start` to `end`."""
    return word.pos_ == "PROPN" and word.is_title and word.is_alpha and not word.ent_type_ and word.dep_ == "compound" \
        and start <= word.head.i < end and word.lower_ not in TITLE_VOCABULARY and word.lower_ not in NAME_PREFIXES


def a_field_serving_a_place(word: Token) -> bool:
    """'Football Australia', 'Tourism Kenya': one capitalised noun of a field or a service, singular as
    written (a noun the dictionary has as no adjective: `is_noun_only_word`), before a country's name
    names the body that serves the field there; an adjective's capital ('Neighbouring Uruguay', 'Eastern
    Ukraine', 'Rural Kenya'), a plural ('Hosts Qatar', 'Rivals Ghana'), a given name or a word of a part of
    a land or of a settlement ('Mainland China', 'Coast Province') does not, nor a pair that qualifies a
    noun after it ('Trade Kenya officials') or that an apposition or a copula gives a person's role
    ('Mercer Chad, a farmer, said'); a post of the body and its holder's name after the pair do not stop
    it ('Football Kenya chief executive Ann Lowe': `_a_post_before_its_holder`)."""
    doc = word.doc
    if not is_noun_only_word(word.text) or word.lower_ in _PARTS_OF_A_LAND or is_given_name(word.text) or word.i + 1 >= len(doc):
        return False
    country = doc[word.i + 1]
    if _a_post_before_its_holder(country):
        return True
    if country.dep_ in ("compound", "amod", "nmod") and country.head.i > country.i:
        return False
    return not _given_a_persons_role_or_age(country)


def _given_a_persons_role_or_age(last: Token) -> bool:
    """'Mercer Chad, a farmer,', 'Mercer Chad is a farmer', 'Fisher Kenya, 34,': a name's last word that an
    apposition or a copula gives a person's role (ROLE_OR_PERSON_NOUNS), or an apposition an age."""
    roles = [c for c in last.children if c.dep_ == "appos"]
    if last.dep_ == "nsubj" and last.head.lemma_ == "be":
        roles += [c for c in last.head.children if c.dep_ == "attr"]
    return any(c.lemma_.lower() in ROLE_OR_PERSON_NOUNS or c.lower_ in ROLE_OR_PERSON_NOUNS
               or c.dep_ == "appos" and c.like_num for c in roles)


def a_mention_of_a_person(span: NameSpan) -> bool:
    """A mention that shows its name a person's, whatever another mention of it suggests: a style or a title
    before it ('Dr Cooper Kenya'), a person's role or an age given it (`_given_a_persons_role_or_age`; not
    the post of the body before its holder's name, 'Netball Kessa chief executive Ann Lowe', that the parser
    may hang on the pair as an apposition)."""
    last = span.words[-1]
    return bool(span.titles) or not _a_post_before_its_holder(last) and _given_a_persons_role_or_age(last)


def _a_post_before_its_holder(place: Token) -> bool:
    """'[Kessa] chief executive Ann Lowe', '[Kessa] president Tom Reed': the place's name qualifies a
    singular post (PERSON_ROLE_WORDS, lower case, written right after it, a lower-case modifier
    before it allowed) that a person's name follows (one the recogniser found, or one opening on a given
    name whatever the recogniser took it for): the post of the body the words
    before the name name; not 'Trade Kenya officials' (a plural, no name), 'Kessa sales chief Ann Lowe'
    (no post written right after the place)."""
    doc = place.doc
    words = list(doc[place.i + 1:min(place.i + 4, len(doc))])
    post = next((n for n, t in enumerate(words) if not (t.is_lower and t.is_alpha)), len(words))
    return 0 < post < len(words) and words[post - 1].lower_ in PERSON_ROLE_WORDS and words[post - 1].tag_ == "NN" \
        and words[post].pos_ == "PROPN" and (words[post].ent_type_ == "PERSON" and words[post].ent_iob_ == "B"
                                             or is_given_name(words[post].text))


def _a_field_and_a_country(span: NameSpan) -> bool:
    """'Rowing Ireland' read as a person's name: two words, a field's noun (`a_field_serving_a_place`) and
    a country's name, name a body, the sport's or the service's there; so do a field's noun and a state's or
    a province's name (evidence.state_of_region) only before a post of the body and its holder's name
    ('Netball Kessa chief executive Ann Lowe': `_a_post_before_its_holder`), a state's name being more
    often a surname's partner ('Mercer Tasmania scored'); not a city's name."""
    words = span.words
    if len(words) != 2 or span.titles:
        return False
    known = canonical(words[1].text)
    if known is not None and known[1] == "country":
        return a_field_serving_a_place(words[0])
    return known is None and state_of_region(words[1].text) is not None and _a_post_before_its_holder(words[1]) \
        and a_field_serving_a_place(words[0])


def _written_as_a_base(span: NameSpan) -> bool:
    """'Harare-based economist', 'the Osaka-headquartered firm': a name joined to a participle of where
    a body or a person is based (`joined_to_a_base`) is written there as a place, whatever the
    recogniser took it for."""
    doc, end = span.words.doc, span.words.end
    return end + 1 < len(doc) and joined_to_a_base(doc[end + 1])


def _name_spans(parsed: ParsedArticle) -> list[NameSpan]:
    """Names in the text; credits name no actor, and the headline (read.headline_of), a
    title-case or capitals line (subheading) or a subheading run into its paragraph before a
    colon only names what the body names too ('Council approves plan' over a story of 'the
    city council' names no 'Council')."""
    spans: list[NameSpan] = []
    unsure: list[NameSpan] = []
    doc, headline = None, False
    foot = {id(d) for d in parsed.docs[-2:]}
    lower_case_ministries: list[NameSpan] = []
    for n, sent in enumerate(parsed.sentences):
        if sent.doc is not doc:     # Doc.text joins every token anew: once per paragraph
            doc = sent.doc
            headline = parsed.is_headline(sent) or is_title_case_line(doc_text(doc)) \
                or id(doc) in foot and is_author_note(doc)
            caption = not parsed.is_headline(sent) and is_caption_line(doc_text(doc))
        if is_contribution_credit(sent) or is_byline(sent) or caption:
            continue
        found = [name_span(_without_question_auxiliary(ent, parsed.article.text), n) for ent in _bodies_over_romance_links(_people_after_bodies_split(_people_of_bodies_split(_with_saints_name(_seats_split_from_a_members_name(_field_lists_before_a_lower_case_body(_places_coordinated_into_a_body(_names_split_at_and(_remits_run_on_to_a_voice(
            _names_joined_at_plural_possessive(_bodies_opened_as_a_person(_person_names_run_together(_names_over_surname_particles(_peoples_words_run_together(
            _first_field_of_a_bodys_name(_trades_listed_in_one_name(_names_around_nicknames(_hyphenated_given_names_whole(_with_names_around_nicknames(sent, _with_names_of_bare_initials(sent, _without_compound_ranks(sent, _bodies_after_their_kind_cut_at_a_place(_without_qualifiers_of_a_title(_names_after_a_style_of_address(_bodies_running_on_to_a_post(_bodies_opened_by_a_post(_bodies_kept_whole_across_links(_names_stopped_at_a_clause_word(span_ents(sent)))))))))))))))))))))))))))))
                 if ent.label_ in NAME_LABELS and not in_credit(sent, ent[0])]
        found += _titled_names(sent, n)
        found += [name_span(name, n) for name in _people_described_in_apposition(sent)]
        found += [name_span(name, n) for name in _companies_named_before_their_noun(sent)]
        found += [name_span(name, n) for name in _bodies_described_in_apposition(sent)]
        found += [name_span(name, n) for name in _bodies_named_after_their_kind(sent)]
        found += [name_span(name, n) for name in _acting_bodies_the_recogniser_missed(sent)]
        found += _names_after_an_office(sent, n)
        found += _names_after_an_office_taken_for_a_body(sent, n)
        found += _speakers_the_recogniser_missed(sent, n)
        found += _speakers_named_after_a_titles_field(sent, n)
        found += _camel_case_sources(sent, n)
        found += _parties_the_recogniser_missed(sent, n)
        found += _bodies_defined_by_initials(sent, n)
        found += _initials_that_speak(sent, n)
        ministries = _ministries_written_in_lower_case(sent, n)
        found += [m for m in ministries if _ministry_acts(m.head)]
        lower_case_ministries += ministries
        found += [name_span(name, n) for name in _month_surnamed_people(sent)]
        found += [name_span(name, n) for name in _counsel_before_their_silk_letters(sent)]
        found = _without_nested(list(filter(None, found)))
        subheading_end = inline_subheading_end(sent)
        for s in filter(None, found):
            (unsure if headline or s.words.end_char <= subheading_end else spans).append(s)
    spans = _without_ministries_of_two_states(spans, lower_case_ministries)
    spans += _given_names_the_recogniser_missed(parsed, spans)
    spans += _full_names_of_titled_surnames(parsed, spans)
    spans += _defined_initials_the_recogniser_missed(parsed, spans)
    spans += _last_words_of_bodies_the_recogniser_missed(parsed, spans)
    spans += _firms_written_without_their_legal_form(parsed, spans)
    known = {norm(s.name) for s in spans}
    for s in unsure:
        if _cut_to_known(s, known):
            spans.append(s)
    spans = _without_indicators(spans)
    _movements_named_in_other_paragraphs(parsed, spans)
    agreements = {a for sent in parsed.sentences for a in _agreement_acronyms(sent)}
    initials_of_agreements = _initials_of_agreements_named(spans, parsed)
    for s in spans:
        s.agreement = s.agreement or norm(s.name) in agreements \
            or norm(s.name) in initials_of_agreements and len(s.name.split()) == 1 and not canonical(s.name)
    return sorted(spans, key=lambda s: (s.sentence, s.head.i))


def _given_names_the_recogniser_missed(parsed: ParsedArticle, spans: list[NameSpan]) -> list[NameSpan]:
    """'Governor Haryo Prasetyo said ... "...," Haryo told reporters', the second 'Haryo' left
    untagged: a capitalised proper noun outside any entity that is the first word of the full name
    of one person of the article (`_given_names_used_alone`) and no word of a longer name is that
    person's name; so too the last word of one person's full name ('Fiona Marsh … Marsh said',
    `_surnames_used_alone`), also hyphenated ('Lowry-Banks', tokenised in three)."""
    firsts = _given_names_used_alone(spans)
    surnames = _surnames_used_alone(spans)
    if not firsts and not surnames:
        return []
    found = []
    covered, all_written = _covered(spans), _article_words(parsed)
    written = _words_written_as(all_written, firsts)
    by_first_part = {w.split("-")[0]: w for w in surnames}
    surnames_written = {w: by_first_part[w] for w in all_written & set(by_first_part)}
    for n, sent in enumerate(parsed.sentences):
        tokens, texts = doc_tokens(sent.doc), token_texts(sent.doc)
        for t in (tokens[i] for i in range(sent.start, sent.end) if texts[i] in written or texts[i] in surnames_written):
            words = _a_name_word_written_alone(t, surnames_written.get(t.text, t.text), sent, covered)
            if words is not None and not in_credit(sent, t) and (t.text not in surnames_written or _a_surname_that_acts(t, sent)):
                found.append(name_span(Span(t.doc, words.start, words.end, label="PERSON"), n))
    return [s for s in found if s is not None and s.kind == "person"]


def _covered(spans: list[NameSpan]) -> set[tuple[int, int]]:
    """The tokens inside a name found, as (doc id, index)."""
    return {(id(s.words.doc), i) for s in spans for i in range(s.words.start, s.words.end)}


def _article_words(parsed: ParsedArticle) -> set[str]:
    """Every token text of the article, each once."""
    return {w for doc in parsed.docs for w in token_texts(doc)}


def _a_surname_that_acts(t: Token, sent: Span) -> bool:
    """A surname written alone is the person only where nothing tells of another of that name:
    no lower-case role noun or determiner before it ('the lawyer Reed'), no relative in the
    sentence ('Her husband … Reed'), and at a sentence's start no dictionary word
    ('Stone from the quarry', 'English is taught'), which must act (`_a_word_that_acts`)."""
    before = t.doc[t.i - 1] if t.i > sent.start else None
    if before is not None and before.is_lower and before.pos_ in ("DET", "NOUN", "PRON"):
        return False
    if any(w.lower_ in KINSHIP_NOUNS for w in sent):
        return False
    return _a_word_that_acts(t, sent)


def _a_word_that_acts(t: Token, sent: Span) -> bool:
    """A one-word short form at a sentence's start ('Hope remains that …', 'Progress has been
    slow') is read as a name only where it is no dictionary word, language or nationality, and
    it acts (`_acts`) as a bare name, no noun phrase's head ('Stone from the quarry')."""
    if t.i > sent.start:
        return True
    return not is_common_word(t.text) and t.ent_type_ not in ("NORP", "LANGUAGE") and _acts(t) \
        and not any(c.dep_ in ("amod", "compound", "prep", "det", "nummod", "acl", "relcl") for c in t.children)


def _surnames_used_alone(spans: list[NameSpan]) -> set[str]:
    """'Councillor Ann Redway said … Redway said', the second left untagged or mislabelled: the
    last word of one person's full name as written (also hyphenated, 'Lowry-Banks'), where no
    other name of the article has those words and it is no known name, place or title."""
    people = {s.name.split()[-1]: norm(s.name) for s in spans if s.kind == "person" and len(s.name.split()) > 1
              and _surname(s.name) == s.name.split()[-1]}      # not 'Merwe' of 'Pieter van der Merwe'
    names = {norm(s.name) for s in spans}
    found = set()
    for last, full in people.items():
        words = norm(last).split()
        if words and last.replace("-", "").isalpha() and norm(last) not in TITLE_WORDS and not canonical(last) \
                and not is_known_place(last) and all(not _holds(n.split(), words) for n in names - {full, norm(last)}):
            found.add(last)
    return found


def _a_name_word_written_alone(t: Token, word: str, sent: Span, covered: set) -> Span | None:
    """The tokens at `t` that write `word` (a given name or a surname: 'Redway', 'Lowry - Banks')
    as a name of its own, whatever label the recogniser gave them: capitalised, outside any name
    found, not run on from or into another capitalised word, no compound's part, and a proper
    noun, or a noun or a verb's subject no dictionary has ('Tarek' read as a noun, 'Lacombe' as
    an adverb; not 'Banks')."""
    doc = t.doc
    words = doc.char_span(t.idx, t.idx + len(word))
    if words is None or words.text != word or any((id(doc), w.i) in covered for w in words):
        return None
    last = words[-1]
    if not t.is_title or _capitalised_word_beside(words, sent):
        return None
    if last.dep_ in ("compound", "flat") or last.pos_ not in ("PROPN", "NOUN") and not _subject_of_a_verb(last) \
            or last.pos_ != "PROPN" and is_common_word(words.text):
        return None
    return words


def _subject_of_a_verb(word: Token) -> bool:
    """'Lacombe, 61, told reporters': the parse makes the word a verb's subject though the tagger,
    at a sentence's start, read it as an adverb; what a word does in its clause outweighs its tag."""
    return word.dep_ in ("nsubj", "nsubjpass") and word.head.pos_ in ("VERB", "AUX")


def _full_names_of_titled_surnames(parsed: ParsedArticle, spans: list[NameSpan]) -> list[NameSpan]:
    """'Local GP Priya Raman said … "…," Dr Raman said': a person the recogniser missed where the
    article writes the full name, but found where a title marks the surname alone, or where the
    word alone speaks ('"…," Raman said', whatever the recogniser took it for): a given name
    (gender-guesser's) right before that surname, both capitalised proper nouns outside any name,
    is the person's full name."""
    titled = {norm(s.name) for s in spans if " " not in s.name and (s.kind == "person" and s.titles or _a_word_that_speaks(s))}
    if not titled:
        return []
    found = []
    covered = _covered(spans)
    written = _words_written_as(_article_words(parsed), titled)
    for n, sent in enumerate(parsed.sentences):
        tokens, texts = doc_tokens(sent.doc), token_texts(sent.doc)
        for t in (tokens[i] for i in range(sent.start + 1, sent.end) if texts[i] in written):
            given = tokens[t.i - 1]
            if t.pos_ == "PROPN" and given.pos_ == "PROPN" and t.is_title and given.is_title \
                    and not t.ent_type_ and not given.ent_type_ and is_given_name(given.text) \
                    and not {(id(t.doc), t.i), (id(t.doc), given.i)} & covered and not in_credit(sent, t):
                found.append(name_span(Span(t.doc, given.i, t.i + 1, label="PERSON"), n))
    return [s for s in found if s is not None and s.kind == "person"]


def _words_written_as(words: set[str], names: set[str]) -> set[str]:
    """The article's words (`_article_words`), as written, whose `norm` is one of `names`: each
    distinct word normalised once, so that a walk over the article's tokens tests only those."""
    return {word for word in words if norm(word) in names}


def _defined_initials_the_recogniser_missed(parsed: ParsedArticle, spans: list[NameSpan]) -> list[NameSpan]:
    """'The Kessa Fisheries Office (KFO) said … KFO, which ran the inquiry, said', 'KFO director
    Ann Lowe': initials the article defines in brackets after a body's name, written again as a
    word where the recogniser named nothing, are that body (`_assign_keys` joins them to it);
    not in the headline, nor the brackets that define them, nor before a body's noun ('the KFO
    staff union': another body, `_names_another_body`)."""
    defined = {s.acronym for s in spans if s.acronym and s.kind == "org" and not s.agreement}
    if not defined:
        return []
    found = []
    covered = _covered(spans)
    for n, sent in enumerate(parsed.sentences):
        if parsed.is_headline(sent):
            continue
        tokens = doc_tokens(sent.doc)
        for t in tokens[sent.start:sent.end]:
            if t.text in defined and (id(t.doc), t.i) not in covered and not (t.i > 0 and tokens[t.i - 1].text == "(") \
                    and t.lower_ not in _INITIALS_OF_A_POST_OR_WORD and not _next_to_a_name_word(t, sent) \
                    and not _names_another_body(t) and not in_credit(sent, t):
                found.append(NameSpan(surface=t.text, name=t.text, kind="org", head=t, sentence=n, titles=[],
                                      words=sent.doc[t.i:t.i + 1], start=t.i))
    return found


def _last_words_of_bodies_the_recogniser_missed(parsed: ParsedArticle, spans: list[NameSpan]) -> list[NameSpan]:
    """'Dunmore Rovers were fined … Rovers won four games': the last word of
    one body's name of two words or more, written alone and capitalised where the recogniser named
    nothing, as a verb's subject or an owner, is that body (`_org_key`
    joins it): only a word no other name of the article has, that the article never writes in
    lower case, after no link word ('Council of Governors … Governors said': people), and no
    body's head or generic word, known name, place or title."""
    bodies = {s.name.split()[-1]: norm(s.name).split() for s in spans if s.kind == "org" and len(s.name.split()) > 1}
    lasts = Counter(name.split()[-1] for name in {s.name for s in spans if s.kind == "org" and " " in s.name})
    names = {norm(s.name) for s in spans}
    words = {w for w, full in bodies.items() if lasts[w] == 1 and w.isalpha() and w.istitle()
             and not any(_holds(n.split(), [norm(w)]) and not _holds(n.split(), full) for n in names)
             and not set(full) & NAME_PREPOSITIONS          # 'Governors' of 'Council of Governors': people
             and norm(w) not in ORG_OR_GENERIC_BODY_WORDS and norm(w) not in TITLE_WORDS
             and not canonical(w) and not is_known_place(w)}
    covered, written = _covered(spans), _article_words(parsed)
    words = {w for w in words & written if w.lower() not in written}
    if not words:
        return []
    found = []
    for n, sent, i in _words_written_outside_headlines(parsed, words):
        t = doc_tokens(sent.doc)[i]
        acts = _acts(t) and _a_word_that_acts(t, sent)    # not before a noun: 'Sports editor', 'Forum member'
        if acts and (id(t.doc), t.i) not in covered and not in_credit(sent, t) \
                and not _capitalised_word_beside(sent.doc[t.i:t.i + 1], sent):
            found.append(NameSpan(surface=t.text, name=t.text, kind="org", head=t, sentence=n, titles=[],
                                  words=sent.doc[t.i:t.i + 1], start=t.i))
    return found


def _words_written_outside_headlines(parsed: ParsedArticle, words: set[str]) -> Iterator[tuple[int, Span, int]]:
    """(sentence number, sentence, doc index) of each word of the article's text outside its
    headlines written as one of `words`, in text order."""
    for n, sent in enumerate(parsed.sentences):
        if parsed.is_headline(sent):
            continue
        texts = token_texts(sent.doc)
        for i in range(sent.start, sent.end):
            if texts[i] in words:
                yield n, sent, i


def _firms_written_without_their_legal_form(parsed: ParsedArticle, spans: list[NameSpan]) -> list[NameSpan]:
    """'Orvel Joinery Pty Ltd pleaded guilty … Orvel Joinery declined to comment', the
    second found by no rule: a firm's name of two words or more without its legal forms, every word
    capitalised, written where no name was found (not where the recogniser read a people's name: other
    rules see to those), as a verb's subject or an owner and run on from or into no other capitalised
    word, is that firm (`_org_key` joins it)."""
    stems = {tuple(stem.split()) for s in spans if s.kind == "org" for stem in [without_legal_form(s.name)]
             if stem != s.name and len(stem.split()) > 1 and all(w[:1].isupper() for w in stem.split())}
    if not stems:
        return []
    firsts = {stem[0] for stem in stems}
    covered, found = _covered(spans), []
    for n, sent, i in _words_written_outside_headlines(parsed, firsts):
        tokens, texts = doc_tokens(sent.doc), token_texts(sent.doc)
        stem = next((st for st in stems if tuple(texts[i:i + len(st)]) == st and i + len(st) <= sent.end), None)
        if stem is None:
            continue
        words, last = sent.doc[i:i + len(stem)], tokens[i + len(stem) - 1]
        if _acts(last) and not any((id(sent.doc), w.i) in covered for w in words) and not in_credit(sent, tokens[i]) \
                and not _capitalised_word_beside(words, sent):
            name = " ".join(stem)
            found.append(NameSpan(surface=name, name=name, kind="org", head=last, sentence=n, titles=[],
                                  words=words, start=i))
    return found


def _next_to_a_name_word(t: Token, sent: Span) -> bool:
    """'the MPA Act', 'Local MP John Kerr', 'Harbour Foods CEO': initials beside another
    capitalised word (not the sentence's first) are part of another name; abstain."""
    return _capitalised_word_beside(t.doc[t.i:t.i + 1], sent, opening_counts=False)


def _capitalised_word_beside(words: Span, sent: Span, opening_counts: bool = True) -> bool:
    """A capitalised word of letters right before or after `words` within the sentence: they run
    on from or into another name. The sentence's first word counts before them only where
    `opening_counts` (its capital may be the sentence's, not a name's)."""
    doc = words.doc
    before = doc[words.start - 1] if words.start - 1 >= sent.start + (0 if opening_counts else 1) else None
    after = doc[words.end] if words.end < sent.end else None
    return any(w is not None and w.is_alpha and w.text[:1].isupper() for w in (before, after))


def _names_another_body(word: Token) -> bool:
    """'the KFO staff union', 'KFO workers' association': a word that qualifies, alone or with
    other words, a lower-case noun of a body's kind (BODY_DESCRIPTION_NOUNS) opens another body's name."""
    while word.dep_ in ("compound", "nmod", "amod") and word.head is not word:
        word = word.head
    return word.is_lower and word.lemma_.lower() in BODY_DESCRIPTION_NOUNS


def _a_word_that_speaks(s: NameSpan) -> bool:
    """A one-word name, no known one, no acronym and no body's head word, that says something
    ('Halvorsen said'): it may be a surname written alone."""
    return is_source(s.head) and s.name.isalpha() and s.name.istitle() and not canonical(s.name) \
        and s.name.lower() not in ORG_HEADS


def _without_indicators(spans: list[NameSpan]) -> list[NameSpan]:
    """'the CPI rose', 'held the OCR at 4%': an indicator's, rate's or unit's abbreviation
    (INDICATOR_ABBREVIATIONS) names no actor, unless the article writes it as a body's initials
    in brackets after the body's name ('the Communist Party of India (CPI) said')."""
    defined = {norm(s.acronym) for s in spans if s.acronym}
    return [s for s in spans if norm(s.name) not in INDICATOR_ABBREVIATIONS or norm(s.name) in defined]


def _bodies_over_romance_links(ents: list[Span]) -> list[Span]:
    """'the Peronist [Unión] por la [Patria] bloc', '[Frente] para [el Cambio]': a Spanish or
    Portuguese body's name the recogniser cut at its lower-case preposition (ROMANCE_NAME_PREPOSITIONS,
    words English never writes) and article is one body's name, through the capitalised words after them."""
    out: list[Span] = []
    end_of_last = -1
    for ent in ents:
        if ent.start < end_of_last:
            continue                            # taken into the body before
        doc, k = ent.doc, ent.end
        if ent.label_ not in NAME_LABELS or k >= len(doc) or doc[k].lower_ not in ROMANCE_NAME_PREPOSITIONS \
                or not doc[k].is_lower:
            out.append(ent)
            continue
        k += 1
        while k < len(doc) and k - ent.end <= 2 and doc[k].is_lower and doc[k].lower_ in ROMANCE_NAME_ARTICLES:
            k += 1
        end = k
        while end < len(doc) and end - k < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == k:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, end, label="ORG"))
        end_of_last = end
    return out


def _names_over_surname_particles(ents: list[Span]) -> list[Span]:
    """'[Luisa] dos [Reis]', '[Amira] bint [Khalid]', '[Felipe del Toro]' read as a body: a person's name cut at, or
    mistyped over, lower-case surname particles (nameparser's prefixes: 'dos', 'del', 'van der')
    is one person's name, where a given name (gender-guesser's) opens it and one capitalised
    word after the particles, or a person's name of a surname's words ('Nadia bint [Hamad al Harthy]',
    _a_surname_run), ends it (not a body's or title's word: 'Ana de la Cruz Hospital')."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and (ent.label_ in ("PERSON", "ORG", "GPE") and len(ent) == 1 or _a_surname_run(ent)) \
                and (last.label_ == "PERSON" or len(last) == 1 and last.label_ in ("ORG", "GPE") and ent.label_ == "PERSON"
                     and not canonical(last.text) and not is_known_place(last.text)) \
                and 0 < ent.start - last.end <= 3 and _particles(list(ent.doc[last.end:ent.start])) \
                and _a_surname_word(ent[0]) and is_given_name(last[-1].text):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        elif ent.label_ == "PERSON" and (len(ent) == 1 and _a_surname_word(ent[0]) or _a_surname_run(ent)) \
                and (given := _given_name_before_particles(ent, last.end if last is not None else 0)) is not None:
            out.append(Span(ent.doc, given, ent.end, label="PERSON"))     # 'Ana da [Silva]': the recogniser left the given name out
        elif ent.label_ in ("ORG", "GPE") and 3 <= len(ent) <= 5 and is_given_name(ent[0].text) and ent[0].is_title \
                and _particles(list(ent[1:-1])) and _a_surname_word(ent[-1]) and not canonical(ent.text):
            out.append(Span(ent.doc, ent.start, ent.end, label="PERSON"))
        else:
            out.append(ent)
    return out


def _a_surname_run(ent: Span) -> bool:
    """'[Hamad al Harthy]' after 'Nadia bint': a person's name the recogniser tagged whole after the
    particles, of a surname's word first, then capitalised words or particles only (the rest of a
    patronymic chain: 'bin X al Y'), no body's or title's word."""
    return ent.label_ == "PERSON" and len(ent) > 1 and _a_surname_word(ent[0]) \
        and all(_particles([w]) or w.is_title and w.is_alpha and w.lower_ not in _ORG_HEAD_OR_TITLE for w in ent[1:])


def _given_name_before_particles(ent: Span, floor: int) -> int | None:
    """The index of the given name (gender-guesser's, capitalised, in no other entity) before the
    one to three lower-case surname particles that open `ent`'s surname, else None."""
    doc = ent.doc
    for size in (1, 2, 3):
        first = ent.start - size - 1
        if first < floor:
            return None
        given = doc[first]
        if _particles(list(doc[first + 1:ent.start])) and given.is_title and given.is_alpha \
                and given.whitespace_ == " " and given.ent_type_ in ("", "PERSON") and is_given_name(given.text):
            return first
    return None


def _particles(words: list[Token]) -> bool:
    from nameparser.config import CONSTANTS
    return bool(words) and all(w.is_lower and w.is_alpha and w.lower_ in CONSTANTS.prefixes for w in words) \
        and all(w.whitespace_ == " " for w in words)


def _a_surname_word(word: Token) -> bool:
    return word.is_title and word.is_alpha and word.lower_ not in _ORG_HEAD_OR_TITLE and not canonical(word.text) \
        and not is_known_place(word.text) and word.i > 0 and word.doc[word.i - 1].whitespace_ == " "


def _peoples_words_run_together(ents: list[Span]) -> list[Span]:
    """'[Greek] [Cypriot] leaders', '[Mexican] [Americans]': two peoples' adjectives of different
    countries written side by side (a space, no hyphen or 'and') name one community, as the
    recogniser reads '[Turkish Cypriot]'; neither word is a mention of its country there."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == "NORP" and ent.label_ in ("NORP", "GPE") and last.end == ent.start \
                and len(last) == 1 and len(ent) == 1 and last[0].whitespace_ == " " \
                and _a_peoples_word(last[0].text) and _a_peoples_word(ent[0].text) \
                and canonical(last[0].text)[0] != canonical(ent[0].text)[0]:
            out[-1] = Span(ent.doc, last.start, ent.end, label="NORP")
        else:
            out.append(ent)
    return out


def _a_peoples_word(word: str) -> bool:
    """'Greek', 'Cypriots': a capitalised people's word of one country, no country's own name."""
    known = canonical(word)
    return word.istitle() and word.isalpha() and known is not None and known[1] == "country" \
        and not is_country_name(word)


def _person_names_run_together(ents: list[Span]) -> list[Span]:
    """'[Datuk Rosli] [Hamdan]', '[Haji Musa] [Aman]': a person's name the recogniser cut in two
    right before its last word (one capitalised word, no punctuation between) is one name; two
    people are never written side by side without a comma or 'and'."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == "PERSON" and last.end == ent.start and last[-1].is_alpha \
                and (ent.label_ == "PERSON" and (len(ent) == 1 and ent[0].is_title and ent[0].is_alpha
                                                 or _honours_and_a_given_name(last) or _a_surname_opened_by_particles(ent))
                     or ent.label_ in ("PERSON", "ORG") and _one_hyphenated_word(ent)):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return [_with_joined_second_surname(_with_surname_of_an_inner_apostrophe(_with_untagged_rest_of_the_name(e))) for e in out]


def _with_joined_second_surname(ent: Span) -> Span:
    """'[Núria Casals] i Roig', '[José Ortega] y Gasset': a person's name (or one the recogniser read as
    a body that opens on a given name) followed by a Catalan or Spanish 'i'/'y' (SURNAME_JOINERS, words
    English never writes in lower case) and one capitalised word, no name's word after it, is one name."""
    doc = ent.doc
    if len(ent) < 2 or ent.end + 2 > len(doc) or doc[ent.end].text not in SURNAME_JOINERS \
            or not (ent.label_ == "PERSON" or ent.label_ == "ORG" and is_given_name(ent[0].text)):
        return ent
    second = doc[ent.end + 1]
    after = doc[ent.end + 2] if ent.end + 2 < len(doc) else None
    if not second.is_title or not second.is_alpha or second.ent_type_ not in ("", "PERSON") \
            or after is not None and after.is_title and after.is_alpha:
        return ent
    return Span(doc, ent.start, ent.end + 2, label="PERSON")


_INNER_APOSTROPHE_WORD = re.compile(r"[A-Z][a-z]+['’][a-z]+")


def _with_surname_of_an_inner_apostrophe(ent: Span) -> Span:
    """"[Mr Benedict] Omondi'o told ...": a capitalised word with an apostrophe inside it (no
    possessive 's) right after a person's name, the word the name's last word hangs on, is the
    surname the recogniser left out."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc) or not ent[-1].whitespace_:
        return ent
    word = doc[ent.end]
    if word.ent_type_ or word.pos_ != "PROPN" or not _INNER_APOSTROPHE_WORD.fullmatch(word.text) \
            or word.text[-2:] in POSSESSIVE_ENDINGS or ent[-1].head.i != word.i:
        return ent
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _with_untagged_rest_of_the_name(ent: Span) -> Span:
    """'[Datuk Ravi] Chandran Naidu': honours and one given name the recogniser tagged, then
    capitalised words it left untagged or tagged apart that the parser joins to them in one name (the tagged
    words hang on the last of them), are one name; a title, a body's head word or a known name
    after them is no part of it ('Datuk Ravi Counsel', 'Datuk Ravi Kessa')."""
    if ent.label_ != "PERSON" or not _honours_and_a_given_name(ent):
        return ent
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha \
            and doc[end].ent_type_ in ("", "PERSON", "ORG") and doc[end - 1].text[-1:].isalpha() and doc[end - 1].whitespace_ \
            and doc[end].lower_ not in _ORG_HEAD_OR_TITLE and not canonical(doc[end].text) and not is_acronym(doc[end].text):
        end += 1
    last = doc[end - 1]
    if end == ent.end or ent[-1].head.i != last.i and ent[-1].head.i not in range(ent.end, end) \
            or last.dep_ == "compound" and last.head.i >= end:
        return ent
    return Span(doc, ent.start, end, label="PERSON")


def _one_hyphenated_word(ent: Span) -> bool:
    """'[Chairperson Amara] [Tembo-Kasse]': capitalised words joined by hyphens with no space
    either side are one word of a name, a double-barrelled surname, however the recogniser
    tagged it (not a known name, 'Rolls-Royce', nor one with a body's or title's word)."""
    words = list(ent)
    return len(words) >= 3 and len(words) % 2 == 1 and not canonical(ent.text) \
        and not any(w.lower_ in _ORG_HEAD_OR_TITLE for w in words) \
        and all(w.is_title and w.is_alpha for w in words[::2]) and all(w.text == "-" for w in words[1::2]) \
        and not any(w.whitespace_ for w in words[:-1])


def _a_surname_opened_by_particles(ent: Span) -> bool:
    """'[Arnel] [dela Rosa]', '[Ursula] [von der Leyen]': a person's name the recogniser opens on
    lower-case surname particles (nameparser's prefixes) and ends on one capitalised word is the
    surname of the name right before it, not a second person (a name never opens lower-case)."""
    from nameparser.config import CONSTANTS
    words = list(ent)
    return len(words) > 1 and all(w.is_lower and w.lower_ in CONSTANTS.prefixes for w in words[:-1]) \
        and words[-1].is_title and words[-1].is_alpha


def _honours_and_a_given_name(ent: Span) -> bool:
    """'[Datuk Seri Kamal] [Ariffin Othman]': honours or titles and one word after them, the
    given name the recogniser cut from the rest of the name."""
    words = list(ent)
    return len(words) > 1 and _only_honours(words[:-1]) and words[-1].is_title and words[-1].pos_ == "PROPN"


def _names_joined_at_plural_possessive(ents: list[Span]) -> list[Span]:
    """"[The Kessa Growers'] [Federation]", "[Cane Producers'] [Collective]": a body's name the
    recogniser ended on a plural's apostrophe runs on through the name that follows it at once,
    unless that is a person's name of two words or more or one opening on a given name."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == "ORG" and last.end == ent.start and last[-1].text in APOSTROPHES \
                and ent.label_ in NAME_LABELS and all(t.is_title for t in ent) \
                and not (ent.label_ == "PERSON" and (len(ent) > 1 or is_given_name(ent[0].text))):
            out[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
        else:
            out.append(_with_untagged_head_after_plural_possessive(ent))
    return out


def _with_untagged_head_after_plural_possessive(ent: Span) -> Span:
    """"[the Kessa Growers'] Assembly (KGA)", "[Cane Producers'] Collective chair": a body's name
    the recogniser ended on a plural noun's apostrophe runs on through the capitalised words it
    left untagged up to the last that is a body's head word. A person's possessive ('[Ann
    Lowe'] Foundation') is read as a body only where the word before the apostrophe is a
    common plural ('Producers'), never a name; none where more capitalised words follow the
    head ('[the Cane Growers'] Assembly Hall' is a building)."""
    if len(ent) < 2 or ent[-1].text not in APOSTROPHES or ent.label_ not in ("ORG", "PERSON") \
            or not _a_common_plural(ent[-2].text):
        return ent
    toks = doc_tokens(ent.doc)
    end = None
    for t in toks[ent.end:ent.end + 4]:
        if not _an_untagged_capital(t):
            break
        if t.lower_ in ORG_HEADS:
            end = t.i + 1
    if end is None or end < len(ent.doc) and _an_untagged_capital(ent.doc[end]):
        return ent          # "the Cane Growers' Assembly Hall": the name runs on to a place's
    return Span(ent.doc, ent.start, end, label="ORG")


def _an_untagged_capital(t: Token) -> bool:
    return t.is_title and t.is_alpha and not t.ent_type_


def _a_common_plural(word: str) -> bool:
    """'Growers', 'Producers', 'Supplies': the plural of a common noun, no name ('Roberts', 'Williams')."""
    return (word.endswith("s") and is_common_word(word[:-1]) and not is_given_name(word[:-1])) \
        or (word.endswith("ies") and is_common_word(word[:-3] + "y"))


def _without_compound_ranks(sent: Span, ents: list[Span]) -> list[Span]:
    """'[Private First] [Class Mark Dela Rosa]', 'Police [Staff Sergeant Ann Lowe]': a rank of
    more than one word (COMPOUND_RANKS, capitalised) is no part of a name nor a body: a person's
    name the recogniser opened inside it starts after it, any other entity wholly inside it goes."""
    if _COMPOUND_RANK_OPENERS.isdisjoint(word_forms(sent)):
        return ents     # (most sentences: none of their word forms, kept with the sentence, opens a rank)
    ranks = _compound_ranks_in(span_tokens(sent))
    if not ranks:
        return ents
    out = []
    for ent in ents:
        rank = next(((a, b) for a, b in ranks if a < ent.end and ent.start < b), None)
        if rank is None:
            out.append(ent)
        elif ent.label_ == "PERSON" and rank[1] < ent.end:
            out.append(Span(ent.doc, max(ent.start, rank[1]), ent.end, label="PERSON"))
        elif not (rank[0] <= ent.start and ent.end <= rank[1]):
            out.append(ent)
    return out


_COMPOUND_RANK_OPENERS = {rank.split()[0] for rank in COMPOUND_RANKS}   # 'staff', 'petty': a rank can open here
_COMPOUND_RANK_CLOSERS = {rank.split()[-1] for rank in COMPOUND_RANKS}   # 'sergeant', 'class': a rank can end here


def ends_a_compound_rank(toks: list[Token], i: int) -> bool:
    """Token i is the last word of a capitalised rank of more than one word ('Private First [Class]')."""
    return toks[i].lower_ in _COMPOUND_RANK_CLOSERS and any(i - size + 1 >= 0 and all(t.is_title for t in toks[i - size + 1:i + 1])
               and " ".join(t.lower_ for t in toks[i - size + 1:i + 1]) in COMPOUND_RANKS for size in (2, 3, 4))


def inside_a_compound_rank(ent: Span) -> bool:
    """Every word of the entity is a word of one capitalised rank of more than one word ('[Private First] Class')."""
    return any(a <= ent.start and ent.end <= b for a, b in _compound_ranks_in(list(ent.doc[max(ent.start - 3, 0):ent.end + 3])))


def _compound_ranks_in(tokens: list[Token]) -> list[tuple[int, int]]:
    """(start, end) of each capitalised rank of more than one word among the tokens."""
    found, n = [], 0
    while n < len(tokens):
        size = next((size for size in (4, 3, 2) if n + size <= len(tokens)
                     and all(t.is_title for t in tokens[n:n + size])
                     and " ".join(t.lower_ for t in tokens[n:n + size]) in COMPOUND_RANKS), 0) \
            if tokens[n].lower_ in _COMPOUND_RANK_OPENERS else 0      # (most words open no rank: no slices to test)
        if size:
            found.append((tokens[n].i, tokens[n].i + size))
        n += max(size, 1)
    return found


def _with_names_of_bare_initials(sent: Span, ents: list[Span]) -> list[Span]:
    """'Chief Fire Officer S Lokesh said', 'A K Singh, the chief engineer': a name written as
    initials without stops before a surname (South Asian usage) is one person's name; the
    recogniser misses it or runs the title into it ('[District Collector R K Sharma]' as a body).
    Such a name replaces every entity it overlaps, so the title before it stays a title."""
    return _replacing_what_they_overlap(ents, _names_of_bare_initials(sent, ents))


def _replacing_what_they_overlap(ents: list[Span], names: list[Span]) -> list[Span]:
    """The entities with `names` in place of every one a name overlaps, in order."""
    if not names:
        return ents
    kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in names)]
    return sorted(kept + names, key=lambda e: e.start)


def _names_of_bare_initials(sent: Span, ents: list[Span]) -> list[Span]:
    """Runs of capital letters standing alone (NNP, 'A' also as a determiner when another
    letter follows) before a capitalised surname that ends the run of capitalised words. The
    evidence that the letters are initials: a title word right before them ('Inspector M Kumar'),
    or two letters or more with no other capitalised word before them ('R K Sharma said'); a
    surname that is a common word ('Plan B Holdings', 'Grade A Beef') needs the title word. Letters
    inside a person's name the recogniser opened on a capitalised word before them ('[Milind S
    Deshpande]', '[Ciarán Ó Dálaigh]') are a middle initial or a particle of that name: it stays whole."""
    tokens = span_tokens(sent)
    if not any(len(word) == 1 for word in token_texts(sent.doc)[sent.start:sent.end]):
        return []           # (most sentences: no word of one letter, so no initial; no token tested)
    persons = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    opened_before = {i for e in ents if e.label_ == "PERSON" for i in range(e.start + 1, e.end)}
    out, i = [], 0
    while i < len(tokens):
        letters = 0
        while i + letters < len(tokens) and _a_bare_initial(tokens[i + letters], tokens, letters):
            letters += 1
        if not letters or i + letters >= len(tokens) or letters == 1 and tokens[i].text == "A":
            i += max(letters, 1)        # 'Minister A Rahman': a lone 'A' may be the article
            continue
        surname = tokens[i + letters]
        after = tokens[i + letters + 1] if i + letters + 1 < len(tokens) else None
        before = tokens[i - 1] if i > 0 else None
        titled = before is not None and before.is_title and before.text.rstrip(".").lower() in TITLE_VOCABULARY \
            and not (i > 1 and tokens[i - 2].lower_ in ARTICLES)      # 'the Model S Tesla': a thing's model
        if tokens[i].i in opened_before and not titled and before.is_title and before.is_alpha:
            i += letters + 1            # '[Milind S Deshpande]', '[Ciarán Ó Dálaigh]': a person's name the
            continue                    # recogniser opened on a given name before the letters: theirs
        if _a_surname_after_initials(surname, after) and not _a_things_name_of_its_own(surname, tokens[i], ents) and (titled or surname.i in persons and not is_common_word(surname.text)
                                                          or letters > 1 and not is_common_word(surname.text)
                                                          and (before is None or not before.is_title or before.is_punct)):
            out.append(Span(sent.doc, tokens[i].i, surname.i + 1, label="PERSON"))
        i += letters + 1
    return out


def _a_bare_initial(t: Token, tokens: list[Token], seen: int) -> bool:
    """One capital letter, no stop: 'R', 'K' (not the pronoun 'I'); 'A' as a determiner only
    as the first of two letters ('A K Singh', not 'A Ford spokesman')."""
    if len(t.text) != 1 or not t.is_upper or not t.is_alpha or t.tag_ == "PRP":
        return False
    if t.tag_ == "NNP":
        return True
    nxt = t.i + 1 - tokens[0].i
    return t.text == "A" and seen == 0 and nxt < len(tokens) and len(tokens[nxt].text) == 1 and tokens[nxt].is_upper \
        and tokens[nxt].tag_ == "NNP"


def _a_things_name_of_its_own(surname: Token, first: Token, ents: list[Span]) -> bool:
    """'the Model S [Tesla]': the word after the letters is an entity of its own that is no
    person's (not a title run into the name, '[District Collector R K Sharma]')."""
    ent = next((e for e in ents if e.start <= surname.i < e.end), None)
    return ent is not None and ent.label_ != "PERSON" and ent.start >= first.i


def _initials_open(tokens: list[Token]) -> bool:
    """'[A K] Singh': the letter 'A' before another bare initial is one, no article."""
    return len(tokens) > 2 and tokens[0].text == "A" and len(tokens[1].text) == 1 and tokens[1].is_upper \
        and tokens[1].is_alpha


def _a_surname_after_initials(surname: Token, after: Token | None) -> bool:
    """The word after the initials is a capitalised proper noun of two letters or more that is no
    title word nor a known place or body, and no capitalised word runs on after it
    ('R K Sharma Foundation' names a body)."""
    return surname.pos_ == "PROPN" and surname.is_title and surname.is_alpha and len(surname.text) > 1 \
        and surname.lower_ not in TITLE_VOCABULARY and not canonical(surname.text) \
        and (after is None or not (after.is_title and after.is_alpha and after.pos_ == "PROPN"))


def _hyphenated_given_names_whole(ents: list[Span]) -> list[Span]:
    """'Rep. [Kang Min]-seok': a person's name the recogniser ended inside a hyphenated given
    name (Korean usage: a capitalised syllable, a hyphen and a lower-case one, written without
    spaces) runs on through the hyphen and the syllable after it; so does one it ended inside a
    double surname ('Director [Ana Dumaran]-Reyes': a capitalised word after the hyphen that no
    other name's entity opens, and no capitalised word after it)."""
    out = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if ent.label_ == "PERSON" and len(ent) > 1 and end + 1 < len(doc) and not ent[-1].whitespace_ \
                and ent[-1].is_title and ent[-1].is_alpha and doc[end].text in HYPHENS and not doc[end].whitespace_ \
                and doc[end + 1].is_alpha and (doc[end + 1].is_lower and not doc[end + 1].ent_type_
                                               or _second_surname(doc[end + 1])):
            ent = Span(doc, ent.start, end + 2, label="PERSON")
        elif ent.label_ == "PERSON" and len(ent) > 1 and end + 2 < len(doc) and ent[-1].whitespace_ \
                and _untagged_hyphenated_surname(doc[end:end + 3]):
            ent = Span(doc, ent.start, end + 3, label="PERSON")     # 'Mayor [Romeo Balagtas] Kiw-an'
        out.append(ent)
    return out


def _untagged_hyphenated_surname(words: Span) -> bool:
    """'Kiw-an', 'Lopez-Tan' right after a person's name the recogniser ended before it: a
    capitalised word of two letters or more, a hyphen and a word (no verb: 'X-rayed'), written
    without spaces, in no entity, that opens on no prefix ('Anti-', 'Pro-') and is no title; then
    no capitalised word."""
    first, hyphen, second = words
    return first.is_title and first.is_alpha and len(first) > 1 and not first.ent_type_ and not first.whitespace_ \
        and hyphen.text in HYPHENS and not hyphen.whitespace_ and second.is_alpha and not second.ent_type_ \
        and (second.is_lower and second.pos_ not in ("VERB", "AUX") or _second_surname(second)) and not ADJECTIVE_PREFIX.fullmatch(f"{first.lower_}-") \
        and first.lower_ not in TITLE_VOCABULARY and f"{first.lower_}-{second.lower_}" not in TITLE_VOCABULARY \
        and (second.is_title or second.i + 1 == len(words.doc) or not words.doc[second.i + 1].is_title)


def _second_surname(word: Token) -> bool:
    """'Santos' of '[Ana Dumaran]-Santos said': a capitalised word, in no entity (or the person's
    own, cut), no title's word nor a country's name, with no capitalised word after it (a town's
    name may be a surname: joined to a person's by a hyphen, it is one)."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return word.is_title and word.ent_iob_ != "B" and word.ent_type_ in ("", "PERSON") \
        and word.lower_ not in TITLE_VOCABULARY and not is_country_name(word.text) \
        and (after is None or not (after.is_title and after.is_alpha))


def _trades_listed_in_one_name(ents: list[Span]) -> list[Span]:
    """'[The Kessa Nurses], [Midwives] and [Carers Union] said': a body's name the recogniser cut
    at the commas of the trades it lists is one name, where a body's name that ends on a
    capitalised plural is followed by capitalised plurals alone set off by commas, 'and', and a
    body's name that opens on a capitalised plural and ends on a body's head word ('[Kessa
    Metals], Harbour Bank and [Rio Union]' are three: no plural after the first)."""
    out: list[Span] = []
    skip_to = -1
    for n, ent in enumerate(ents):
        if ent.start < skip_to:
            continue
        end = _end_of_a_list_of_trades(ent, ents[n + 1:]) if ent.label_ == "ORG" else None
        if end is None:
            out.append(ent)
        else:
            out.append(Span(ent.doc, ent.start, end, label="ORG"))
            skip_to = end
    return out


def _first_field_of_a_bodys_name(ents: list[Span]) -> list[Span]:
    """'The [Marine] and [Coastal Resources Department] said', 'the [Parks] and [Wildlife Service]':
    a body's name the recogniser opened after the 'and' of the two fields it names opens on the
    capitalised common word before that 'and' (alone, or an entity of that word only), after 'the';
    not a body's or title's word ('the Navy and Coast Guard' are two), a place's or known name, nor
    before a party's name ('the Greens and Labour Party')."""
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in ORG_HEADS and ent[-1].lower_ not in PARTY_BODY_HEADS \
                and ent[0].lower_ not in ARTICLES and start >= 3 and doc[start - 1].lower_ in TITLE_FIELD_JOINS \
                and doc[start - 3].lower_ == "the" and _a_field_of_a_remit(doc[start - 2]) \
                and (not out or out[-1].end <= start - 2 or (out[-1].start, out[-1].end) == (start - 2, start - 1)):
            if out and out[-1].end > start - 2:
                out.pop()
            ent = Span(doc, start - 2, ent.end, label="ORG")
        out.append(ent)
    return out


def _a_field_of_a_remit(word: Token) -> bool:
    return word.is_title and word.is_alpha and _a_common_noun_or_plural(word.text) \
        and word.lower_ not in _BODY_OR_TITLE_WORD and not canonical(word.text) and not is_known_place(word.text)


def _a_trades_plural(t: Token) -> bool:
    return t.is_title and t.is_alpha and t.tag_ in ("NNPS", "NNS", "NNP") and t.lower_.endswith("s") \
        and not t.lower_.endswith("ss") and t.lower_ not in ORG_HEADS and t.lower_ not in BUSINESS_NAME_HEADS


def _end_of_a_list_of_trades(ent: Span, later: list[Span]) -> int | None:
    doc = ent.doc
    stop = ent.end - (ent[-1].text == ",")     # '[The Kessa Nurses,]'
    if stop - ent.start < 2 or not _a_trades_plural(doc[stop - 1]):
        return None
    i = stop
    while i + 1 < len(doc) and doc[i].text == "," and _a_trades_plural(doc[i + 1]) and doc[i + 1].ent_type_ in ("", "NORP", "ORG"):
        i += 2
    if i == stop or i >= len(doc) or doc[i].lower_ != "and":
        return None                             # at least one listed after a comma, then 'and'
    last = next((e for e in later if e.start == i + 1), None)
    if last is None or last.label_ != "ORG" or not _a_trades_plural(last[0]) or last[-1].lower_ not in ORG_HEADS:
        return None
    return last.end


def _with_names_around_nicknames(sent: Span, ents: list[Span]) -> list[Span]:
    """'Juan "El Toro" Martinez', "Daniel 'Danny Boy' Reyes": a given name, a nickname of one to
    three capitalised words in quotation marks and a capitalised surname are one person's name,
    however the recogniser cut them (it makes bodies and works of the pieces); it replaces every
    entity it overlaps (the nickname is left out of the name, name_span)."""
    return _replacing_what_they_overlap(ents, [name for name in map(name_around_a_nickname, span_tokens(sent))
                                               if name is not None])


def name_around_a_nickname(t: Token) -> Span | None:
    """The name whose given name `t` is, where a quoted nickname and a surname follow it."""
    doc = t.doc
    if not (t.is_title and t.is_alpha and is_given_name(t.text)) or not t.whitespace_ \
            or t.i + 3 >= len(doc) or doc[t.i + 1].text not in OPENING_QUOTES or doc[t.i + 1].whitespace_:
        return None
    close = next((i for i in range(t.i + 2, min(t.i + 6, len(doc))) if doc[i].text in CLOSING_QUOTES), None)
    if close is None or close == t.i + 2 or not all(u.is_title and u.is_alpha for u in doc[t.i + 2:close]) \
            or close + 1 >= len(doc) or not doc[close].whitespace_:
        return None
    end = close + 1
    while end < len(doc) and end - close <= 2 and doc[end].is_title and doc[end].is_alpha \
            and doc[end].ent_type_ not in _NOT_A_SURNAMES_ENTITY and doc[end].lower_ not in TITLE_VOCABULARY \
            and (doc[end].ent_type_ == "PERSON" or not is_common_word(doc[end].text)
                 or doc[end].ent_type_ == "ORG" and doc[end].lower_ not in ORG_OR_ARTS_HEADS):
        end += 1            # not 'the Rose "Bloom" Festival'
    if (is_known_place(t.text) or canonical(t.text)) and t.ent_type_ != "PERSON":
        return None         # 'the Paris "Fashion Week" Show': a place's name, no given name (a given name that is also
                            # a town's, read as a person's by the recogniser, stays one)
    if end == close + 1:
        return None
    start = t.i - 1 if t.i > 0 and doc[t.i - 1].is_title and is_given_name(doc[t.i - 1].text) \
        and doc[t.i - 1].lower_ not in TITLE_VOCABULARY else t.i       # 'Juan Carlos "El Toro" Martinez'
    return Span(doc, start, end, label="PERSON")


_NOT_A_SURNAMES_ENTITY = ("DATE", "TIME", "GPE", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


def _names_around_nicknames(ents: list[Span]) -> list[Span]:
    """'Sen. [Ramon “Monching”] [Villareal]': a person's name the recogniser ended on a nickname in
    quotation marks runs on through the capitalised surname right after it (the nickname is then
    left out of the name, name_span)."""
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue                            # the surname the name before has taken in
        end = _end_of_a_name_after_a_nickname(ent)
        if end is not None:
            ent = Span(ent.doc, ent.start, end, label="PERSON")
        out.append(ent)
    return out


def _end_of_a_name_after_a_nickname(ent: Span) -> int | None:
    """Where the name of '[Ramon “Monching”] Villareal' or '[Marco] "Bongbong" [Dizon]' ends: the
    surname's capitalised words after the nickname (None where no nickname or surname follows)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or not is_given_name(ent[0].text):
        return None
    i = ent.end
    if not _ends_on_a_nickname(ent):
        if len(ent) != 1 or i + 3 >= len(doc) or doc[i].text not in OPENING_QUOTES or not doc[i + 1].is_title \
                or doc[i + 2].text not in CLOSING_QUOTES or doc[i].whitespace_ or not doc[i + 1].whitespace_ == "":
            return None
        i += 3
    end = i
    while end < len(doc) and end - i < 2 and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN" \
            and doc[end].ent_type_ in ("", "PERSON", "ORG"):
        end += 1
    return end if end > i else None


def _ends_on_a_nickname(ent: Span) -> bool:
    """'[Ramon “Monching”]': a given name and one capitalised word in quotation marks."""
    return ent.label_ == "PERSON" and len(ent) == 4 and is_given_name(ent[0].text) \
        and ent[1].text in OPENING_QUOTES and ent[2].is_title and ent[3].text in CLOSING_QUOTES


_NICKNAME = re.compile(r"\s+[\"“'‘][A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}[\"”'’](?=\s+[A-Z])")


def _acting_bodies_the_recogniser_missed(sent: Span) -> list[Span]:
    """'The Kessa State House of Assembly has suspended …' with no entity over it: the subject, in
    the active voice, of a verb of what a body does or says (BODY_ACT_VERBS), written as 'the' and
    capitalised words linked only by NAME_LINK_WORDS, a body's head word last or at its head (no
    head word that also names a post or a thing: HEADS_ALSO_OF_THINGS), none of them in an entity,
    is a body's name (the structure of such names; a thing's name acts rarely); so is one headed by a
    plural common noun written as a name, a team's (`_named_by_its_members`). 'The Post of Deputy
    Mayor was abolished', 'The Guard of Honour was mounted by …' name no body. Where no such name
    stands, a run of capitalised words closed by a body's head word is read as one
    (`_untagged_run_closed_by_a_bodys_head`): the same subject of a body's act, or the body a named
    person holds a post in."""
    out = []
    for t in sent:
        if out and t.i < out[-1].end:
            continue
        span = _the_acting_body_headed_by(t) or _untagged_run_closed_by_a_bodys_head(t)
        if span is not None and not (out and span.start < out[-1].end):
            out.append(span)
    return out


def _the_acting_body_headed_by(t: Token) -> Span | None:
    """The name 'the' and capitalised words headed by `t` that act as a body (see
    `_acting_bodies_the_recogniser_missed`), or None."""
    subject = first_conjunct(t)         # '… and the Marlow Bay Stingers said': the second subject too
    if subject.dep_ != "nsubj" or t.pos_ != "PROPN" or not t.is_title or t.ent_type_ or not _a_bodys_act(subject.head):
        return None
    first, last = t.left_edge, t.right_edge
    if t.tag_ == "NNPS":
        last = t        # 'The Marlow Bay Stingers, who play at …, said', '… Stingers and the …': ends on its head
    words = t.doc[first.i + 1:last.i + 1]
    if first.lower_ != "the" or first.dep_ != "det" or len(words) < 2 or not words[0].is_title or not words[-1].is_title \
            or any(w.ent_type_ for w in words) or not (_an_acting_bodys_head(words[-1]) or _an_acting_bodys_head(t)
                                                       or _named_by_its_members(t, words)):
        return None
    if all((w.is_title and w.is_alpha and w.pos_ == "PROPN") or w.lower_ in NAME_LINK_WORDS for w in words):
        return Span(t.doc, words.start, words.end, label="ORG")
    return None


def _untagged_run_closed_by_a_bodys_head(head: Token) -> Span | None:
    """"Kessa Traders' Association president X", 'a member of the Orwin Valley Growers Forum', 'The
    Kessa Harbour Pilots Authority board voted': a run of capitalised words the recogniser left in no
    entity (a place's piece may open it), closed by a body's head word that names no thing as well
    (not 'Office', 'Service', 'Centre'), is a body's name where it stands as one in its clause
    (`_a_bodys_place_in_its_clause`): its words as `_start_of_a_bodys_run` and `_end_of_a_bodys_run`
    read them, two name words at least; none where a capitalised word follows the head ('the Kessa
    Club House': a building)."""
    doc = head.doc
    if not head.is_title or head.ent_type_ or head.lower_ not in BODY_KIND_HEADS or head.lower_ in HEADS_ALSO_OF_THINGS \
            or head.i + 1 < len(doc) and doc[head.i + 1].is_title and doc[head.i + 1].lower_ not in NAME_LINK_WORDS:
        return None
    if _written_as_a_legal_form(head.text) or not _ends_a_name_here(doc, head.i + 1) or not _a_bodys_place_in_its_clause(head):
        return None
    start = _start_of_a_bodys_run(doc, head.i)
    words = [t for t in doc[start:head.i] if t.lower_ not in ARTICLES and t.text not in POSSESSIVE_MARKS]
    if not words or any(t.ent_type_ not in ("", "GPE", "LOC", "NORP") for t in words):
        return None
    return Span(doc, start, _end_of_a_bodys_run(doc, start, head.i + 1), label="ORG")


def _a_bodys_place_in_its_clause(head: Token) -> bool:
    """Where a name the recogniser missed stands as a body by the parse: the subject, in the active
    voice, of a verb of what a body does or says (`_a_bodys_act`: 'The Kessa Growers Forum said'),
    also through its board ('… Authority board voted'), as the names `_acting_bodies_the_recogniser_missed`
    reads (a conference that ended or a network that opened is no body); or the body a named person
    holds a post in, before the post ('Kessa Traders' Association president Ann Lowe') or after its
    'of'/'at' (POST_HELD_IN_PREPOSITIONS: 'Ann Lowe, chief executive of the Kessa Growers Forum,'); no
    outsider's noun ('Kessa Bank critic Ann Lowe', 'Critic of the Kessa Authority, X,') nor a post with
    no one named in it ('a Kessa Union spokesman said')."""
    subject = first_conjunct(head)
    if subject.dep_ == "nsubj" and _a_bodys_act(subject.head):
        return True
    noun = head.head
    if head.dep_ in ("compound", "nmod") and noun.pos_ in ("NOUN", "PROPN") and noun.i > head.i:
        if noun.lower_ in BODY_KIND_HEADS and first_conjunct(noun).dep_ == "nsubj" and _a_bodys_act(first_conjunct(noun).head):
            return True                 # '… Authority board voted'
        return _a_post_of_a_named_person(noun)
    if head.dep_ == "pobj" and noun.lower_ in POST_HELD_IN_PREPOSITIONS and noun.head.pos_ in ("NOUN", "PROPN"):
        return _a_post_of_a_named_person(noun.head)
    return False


def _a_post_of_a_named_person(noun: Token) -> bool:
    """'president' of '… president Ann Lowe', 'chief executive' of 'Ann Lowe, chief executive of …': a
    post's noun (TITLE_VOCABULARY, no outsider's: OUTSIDER_NOUNS) joined to a person's name by the parse."""
    if singular(noun.lower_) not in TITLE_VOCABULARY or noun.lemma_.lower() in OUTSIDER_NOUNS:
        return False
    joined = [noun.head] if noun.dep_ in ("compound", "appos") else []
    joined += [c for c in child_tokens(noun) if c.dep_ in ("appos", "compound") and c.i > noun.i]
    return any(t.ent_type_ == "PERSON" for t in joined)


def _a_bodys_act(verb: Token) -> bool:
    """A verb of BODY_ACT_VERBS in the active voice."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in BODY_ACT_VERBS and not any(c.dep_ == "auxpass" for c in child_tokens(verb))


def _named_by_its_members(head: Token, words: Span) -> bool:
    """'The Orwin Coast Gulls say …', 'the Kessel Valley Hornets said': a plural proper noun whose
    singular is a dictionary noun ('gull', 'hornet') heads a team's or a club's name written by
    its members, as a body's head word heads a body's, where the name is the subject of a verb of
    speech; not a country's or a known place's plural name ('the United States', 'the Solomon
    Islands') nor a family's ('the Pawars': no dictionary word), nor writings' ('the Pandora Papers',
    'the Kessel Guidelines': WRITING_NAME_HEADS) nor a people's ('the Marsh Arabs', 'the Torres
    Strait Islanders': PEOPLE_NAME_HEADS, DEMONYMS, a region's word and an inhabitant's ending)."""
    plural = head.lower_
    one = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]      # 'gulls', 'ferries' (nouns: not titles.singular)
    return head.tag_ == "NNPS" and head.lower_.endswith("s") and is_common_word(one) \
        and first_conjunct(head).head.lemma_.lower() in SPEECH_VERBS \
        and one not in WRITING_NAME_HEADS and not _names_a_people(one) \
        and not canonical(words.text) and not is_known_place(words.text)


def _names_a_people(one: str) -> bool:
    """'arab', 'islander' ('island' + 'er'), 'highlander': a singular that names a people or the
    inhabitants of a region."""
    if one in PEOPLE_NAME_HEADS or one in DEMONYMS:
        return True
    stem = next((one[:-len(e)] for e in INHABITANT_ENDINGS if one.endswith(e)), None)
    return bool(stem) and (stem in GENERIC_REGION_WORDS or stem + "s" in GENERIC_REGION_WORDS or is_known_place(stem.title()))


def _an_acting_bodys_head(t: Token) -> bool:
    """A body's head word that names no post or thing as well ('Assembly', 'Council'; not 'Post',
    'Guard', 'Office')."""
    return t.lower_ in ORG_HEADS and t.lower_ not in HEADS_ALSO_OF_THINGS


def _names_stopped_at_a_clause_word(ents: list[Span]) -> list[Span]:
    """'a filing with [the Kessa Department of Health that St. Anne] had lost …': a body's name the
    recogniser ran on past a lower-case word that opens a clause or is a verb or pronoun (a
    subordinator, 'that', 'which', 'was') ends before that word; the words after it, the next
    clause's, name nothing of this span (a body's name links its capitalised words by lower-case
    prepositions, articles and conjunctions only: 'Friends of the Earth', 'Campaign to Save Kessa')."""
    out = []
    for ent in ents:
        stop = next((t.i for t in ent[1:] if _opens_a_clause_inside_a_name(t)), None)
        if ent.label_ in ("ORG", "FAC") and stop is not None:
            start = ent.start + (ent[0].lower_ in ARTICLES)
            if any(t.is_title for t in ent.doc[start:stop]):
                out.append(Span(ent.doc, ent.start, stop, label=ent.label_))
            continue
        out.append(ent)
    return out


def _opens_a_clause_inside_a_name(t: Token) -> bool:
    """A lower-case word no name is linked by: a subordinating conjunction or clause marker, a
    relative or personal pronoun, a verb or auxiliary."""
    return t.is_lower and t.is_alpha and (t.dep_ == "mark" or t.pos_ in ("SCONJ", "PRON", "AUX", "VERB")
                                          or t.tag_ in ("WDT", "WP", "WP$"))


def _names_after_a_style_of_address(ents: list[Span]) -> list[Span]:
    """'[Eng Omar Al-Haddad]', 'Rt. Hon. [Kemi Adebo]' read as a body: a style of address
    (ADDRESS_STYLE_WORDS) is written before a person's name only, and is no word of it. A name
    the recogniser opened on the style starts after it where a given name follows ('Eng
    Kah-wei' written family name first keeps its 'Eng': a surname); a name of two or three
    capitalised words, no body's head word among them, right after a style is a person's."""
    out = []
    for ent in ents:
        end = _before_a_style_set_off_at_the_end(ent)
        if end < ent.end:
            ent = Span(ent.doc, ent.start, end, label=ent.label_)    # 'Minister for [Reform, Hon]. Ann Lowe': the post's field
        doc, start = ent.doc, _after_a_comma_before_a_style(ent)     # '[Devolution, Cde Ann Lowe]': from the style
        while start + 2 < ent.end and _a_style_before_a_given_name(doc, start):
            start += 1
        if start > ent.start:
            if ent.label_ == "ORG" and _a_bodys_name_before_the_comma(doc[ent.start:start - 1]):
                out.append(Span(doc, ent.start, start - 1, label="ORG"))    # '[Bank of Kessa], Shri Ravi Menon': the body is named too
            ent = Span(doc, start, ent.end, label="PERSON")
        elif ent.label_ == "ORG" and _a_style_ending_at(doc, ent.start - 1) and 2 <= len(ent) <= 3 \
                and all(t.is_title and t.pos_ == "PROPN" for t in ent) and not any(t.lower_ in ORG_HEADS for t in ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        elif ent.label_ == "ORG" and (named := _name_after_a_style_inside(ent)) is not None:
            ent = Span(doc, named, ent.end, label="PERSON")     # '[Public Prosecutor Mrs Ann Lowe]': her post, style, name
        elif ent.label_ == "ORG" and _a_given_name_after_a_style_or_title(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")     # 'Harbour board chair Deputy [Ann Lowe]'
        elif ent.label_ == "PERSON" and a_posts_field_before_a_styled_name(doc, ent.start, ent.end):
            ent = Span(doc, ent.start, ent.end, label="ORG")        # 'Director of [Kessa Water] Hon. Tom Reed'
        elif ent.label_ == "PERSON" and (field := _an_untyped_posts_field_before(ent)) is not None \
                and not any(o.start < ent.start and o.end > field for o in out):
            out.append(Span(doc, field, ent.start - 1 - (doc[ent.start - 1].text == "."), label="ORG"))
            #                                                      'the Director of Kessa Water Hon. [Tom Reed]': the field the recogniser left untyped
        out.append(ent)
    return out


def _an_untyped_posts_field_before(ent: Span) -> int | None:
    """'Director of Kessa Water Hon. [Tom Reed]' where the recogniser typed only the name: the capitalised
    words it left untyped between a title's 'of'/'for' and the style of address opening the name are the post's
    field, a body's name (titles.a_posts_field_before_a_styled_name), where one of them is no common word (a name's
    own word: 'Kessa'); where they start."""
    doc = ent.doc
    style = ent.start - 1 - (ent.start > 1 and doc[ent.start - 1].text == ".")
    if style < 3 or not address_style_ending_at(doc, ent.start - 1):
        return None
    start = style
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1
    if start == style or all(is_common_word(t.text) for t in doc[start:style]):
        return None     # 'Leader of Government Business Hon. X', 'Deputy Minister for Administration Hon. X': the post's subject, no body's name
    return start if a_posts_field_before_a_styled_name(doc, start, style) else None


def _name_after_a_style_inside(ent: Span) -> int | None:
    """'[Public Prosecutor Mrs Ilse Lowe]', '[Roads chair Councillor Ann Lowe]' read as one body: a style of
    address (a_style_of_address_word) after the entity's first word, then a person's name words with no body's word
    among them (_a_styled_persons_name), is that person's name set after her post: where the name starts.
    A style opening the entity is read above; one before a body's word names a body after a styled person
    ('[Kessa Dr Ama Lowe Foundation]')."""
    doc = ent.doc
    return next((i + 1 for i in range(ent.start + 1, ent.end - 1)
                 if a_style_of_address_word(doc[i]) and _a_styled_persons_name(doc[i + 1:ent.end])), None)


def _a_given_name_after_a_style_or_title(ent: Span) -> bool:
    """'Harbour board chair Deputy [Ivo Lowe]', 'Public Prosecutor Mrs [Ilse Lowe]': a body's label on a given
    name and a surname (_a_styled_persons_name) right after a capitalised style of address or title's word
    is a person's name so styled."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.is_title \
        and (a_style_of_address_word(before) or singular(before.lower_.rstrip(".")) in TITLE_VOCABULARY) \
        and is_given_name(ent[0].text) and _a_styled_persons_name(ent)


def _before_a_style_set_off_at_the_end(ent: Span) -> int:
    """'Minister for [Governance and Reform, Hon]. Ann Lowe': an entity the recogniser ran over a comma onto
    the style of address (a_style_of_address_word) that opens the capitalised name after it ends at the comma,
    and one it ran onto an address style (ADDRESS_STYLE_WORDS, never a body's word) before the name ends
    before the style: the style is the name's; where the entity ends, else its own end."""
    doc = ent.doc
    after = ent.end + (ent.end < len(doc) and doc[ent.end].text == ".")
    if after >= len(doc) or not doc[after].is_title or doc[after].pos_ != "PROPN":
        return ent.end
    if len(ent) > 2 and ent[-2].text == "," and a_style_of_address_word(ent[-1]):
        return ent.end - 2
    if len(ent) > 1 and ent.label_ != "PERSON" and ent[-1].is_title and ent[-1].text.rstrip(".").lower() in ADDRESS_STYLE_WORDS \
            and not is_given_name(ent[-2].text):
        return ent.end - 1      # '… Minister of State for [Rural Roads Eng]. Ivo Lowe blamed': no body's word, the name's
        #                         (not '[Alan Eng]. Tom Reed said': a person's surname)
    return ent.end


def _a_bodys_name_before_the_comma(words: Span) -> bool:
    """'[Bank of Kessa], Shri Ravi Menon' typed one body: the words before the comma are a body's own name where
    they end on a body's head word (ORG_HEADS) or have one before their first link ('Bank' of 'Bank of Kessa'),
    no post's field ('Devolution')."""
    name = words.text
    return len(words) > 1 and all(t.is_title or t.lower_ in NAME_PREPOSITIONS for t in words) \
        and (name.split()[-1].lower() in ORG_HEADS or _head_word_before_link(name) in ORG_HEADS)


def _after_a_comma_before_a_style(ent: Span) -> int:
    """'… Provincial Affairs and [Devolution, Cde Ann Lowe]': an entity the recogniser ran over a comma
    into a style of address and a name after it (two capitalised proper nouns or more) is the name set
    off after a post; where it starts (the style), else the entity's own start."""
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 3):
        if doc[i].text == "," and _a_style_opening_a_name(doc[i + 1]) \
                and all(t.is_title and t.pos_ == "PROPN" or t.text == "." for t in doc[i + 2:ent.end]):
            return i + 1
    return ent.start


def _without_qualifiers_of_a_title(ents: list[Span]) -> list[Span]:
    """'[Kessford] Mayor [Ann Lowe]', '[Lowland Regional] Commissioner Mr [Tom Reed]' read as people:
    a name the recogniser took for a person's, written right before a capitalised title's words
    and then the holder's name (an honorific or a person's entity), is the place or body the title
    is of, no one's name; the title reader takes it from there."""
    out = []
    for n, ent in enumerate(ents):
        doc, i = ent.doc, ent.end
        while i < len(doc) and _a_capitalised_titles_word(doc[i]) and doc[i].ent_type_ not in ("PERSON", "ORG"):
            i += 1
        holder = n + 1 < len(ents) and ents[n + 1].label_ == "PERSON" and ents[n + 1].start == i
        honorific = i < len(doc) and doc[i].is_title and doc[i].lower_.rstrip(".") in HONORIFIC_WORDS
        if ent.label_ == "PERSON" and i > ent.end and (holder or honorific) \
                and not canonical(span_text(ent)) and norm(span_text(ent)) not in DEMONYMS:   # 'Kyrgyz Deputy Minister X': the country's
            continue
        out.append(ent)
    return out


def _a_style_before_a_given_name(doc: Doc, i: int) -> bool:
    """doc[i] a one-word style of address ('Engr', 'Hon') with a given name right after it ('Engr
    Musa Bello')."""
    return i + 1 < len(doc) and address_style_ending_at(doc, i) == 1 and _a_style_ending_at(doc, i) \
        and _opens_a_persons_name(doc[i + 1])


def _a_style_ending_at(doc: Doc, i: int) -> bool:
    """A style of address ends at doc[i] (address_style_ending_at); one that is also a family name
    (ADDRESS_STYLES_ALSO_SURNAMES) only with its dot or after a title, an honorific or another style
    (a comma between a title and it too: 'Eng. Ali Saleh', 'Director Eng Ali Saleh', 'HE Eng Ali
    Saleh', 'the ministry's spokesperson, Eng Ali Saleh', 'Rt Hon Tom Reed'; 'Eng Mei Ling': her
    family name)."""
    n = address_style_ending_at(doc, i)
    if n != 1 or doc[i].text.endswith(".") or doc[i].lower_ not in ADDRESS_STYLES_ALSO_SURNAMES:
        return n > 0
    j = i - 1 - (i > 1 and doc[i - 1].text == ",")
    return j >= 0 and _a_title_honour_or_style(doc, j)


def _a_capitalised_titles_word(t: Token) -> bool:
    """'Mayor', 'Commissioner', 'Gen.': a capitalised word of a title (TITLE_VOCABULARY, singular, no dot)."""
    return t.is_title and singular(t.lower_.rstrip(".")) in TITLE_VOCABULARY


def _a_title_honour_or_style(doc: Doc, j: int) -> bool:
    """doc[j] a title's word, an honorific, an honour's initials ('HE') or a style of address."""
    t = doc[j]
    word = t.lower_.rstrip(".")
    return t.text.rstrip(".") in HONOUR_INITIALS or address_style_ending_at(doc, j) > 0 \
        or _a_capitalised_titles_word(t) or (t.is_title and word in HONORIFIC_WORDS) \
        or (t.is_lower and singular(word) in TITLE_VOCABULARY and doc[j + 1].text == ",")


def _opens_a_persons_name(t: Token) -> bool:
    """A capitalised given name that is no family name written first."""
    return t.is_title and is_given_name(t.text) and not a_name_only_where_family_names_come_first(t.text)


def _bodies_kept_whole_across_links(ents: list[Span]) -> list[Span]:
    """A body's name of capitalised words linked by 'and', 'for (the)' or a plural's apostrophe
    that the recogniser cut in two is one name (the structure of such names: every word
    capitalised but the links, a body's head word or its place last):
    '[Workplace Health and] [Safety Kessaland]', 'Kessa Water and [Sewer Department]' (fields
    joined by 'and' before a body's head word or its place, the words before 'and' no name of
    their own), '[Civic Alliance] for [the Renewal and Progress of Kessa]' (a body's head
    word, then its remit: capitalised common words, no head word of their own, a 'for' remit only
    where it ends on 'of' and the place served), 'Kessa Growers'
    [Congress]' (a common plural's apostrophe inside the name). '[Ford and] [General Motors]',
    '[the Harbour Board] and [City Council]', 'the [Ministry of Health] for [Kessa Council]',
    "Britain's [Labour Party]", 'the [Kessa Foundation] for [Malaria Research]' (a purpose, no
    place) stay apart."""
    out: list[Span] = []
    remits: set[int] = set()        # where a name joined to its remit ends
    for k, ent in enumerate(ents):
        last = out[-1] if out else None
        after = ents[k + 1] if k + 1 < len(ents) else None
        if last is not None and (_a_body_cut_at_a_link(last, ent, after) or (last.end in remits and _the_remits_place(last, ent))
                                 or _a_remits_list_cut_at_a_comma(last, ent)):
            if ent.start == last.end + 1 and ent.doc[last.end].lower_ in NAME_PREPOSITIONS:
                remits.add(ent.end)
            out[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
            continue
        start = _start_of_fields_before_and(ent) if ent.label_ == "ORG" else None
        if start is None and ent.label_ == "ORG":
            start = _start_of_a_name_before_a_plurals_apostrophe(ent)
        if start is not None:
            while out and out[-1].end > start:
                out.pop()           # a place opening the name ('Kessa' of 'Kessa Water and …')
            ent = Span(ent.doc, start, ent.end, label="ORG")
        out.append(ent)
    return _bodies_read_whole_over_their_run(out)


def _bodies_read_whole_over_their_run(ents: list[Span]) -> list[Span]:
    """'Orwin Valley [Chamber of Trade] chief executive', 'Kessa Growers' [Forum]', '[The City of]
    [Kessa Council]', '[Kessa Union] of [Ostrava] president', '[the Harbour Users Association]
    Kessa said': the recogniser's span of a body's name is only a piece of a run of capitalised words
    that the body's head word closes (`_whole_body_name_around`); the whole run is the body's name, in
    place of the pieces it covers."""
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue                    # a piece taken into the name before
        whole = _whole_body_name_around(ent)
        if whole is None:
            out.extend(_owner_and_body_owned(ent))
            continue
        start = whole[0]
        while out and out[-1].end > start:
            start = min(start, out.pop().start)     # a piece the run reaches into is taken whole ('[the Roads,
            #                                         Harbours Affairs] and [Coastal Planning Ministry]')
        out.append(Span(ent.doc, start, whole[1], label="ORG"))
    return out


def _owner_and_body_owned(ent: Span) -> list[Span]:
    """"[Kessa City Council's Finance Committee]": a body's name, a singular possessive, and a second
    body's name, each closed by a body's head word, are two bodies, the owner and the body it owns (the
    owner is its affiliation), the owner's name two words or more ("the University's Ethics Committee":
    no name of its own); a plural's possessive ("Growers' Union") or an owner of no body's head
    word ("Lowe's Trade Facility", "Britain's Labour Party") is left as it is, as is one qualifying a noun
    after it."""
    if ent.label_ != "ORG":
        return [ent]
    marks = [t.i for t in ent if t.text in POSSESSIVE_ENDINGS]
    if len(marks) != 1 or marks[0] + 1 >= ent.end:
        return [ent]
    k = marks[0]
    owner, owned = ent.doc[ent.start:k], ent.doc[k + 1:ent.end]
    if not _a_bodys_head_word(owner[-1]) or not _a_bodys_head_word(owned[-1]) or len(owned) < 2 \
            or len([t for t in owner if t.lower_ not in ARTICLES]) < 2 \
            or not all(t.is_title for t in owned) or owned[-1].dep_ in ("compound", "nmod"):
        return [ent]        # ("Kessa Council's Finance Committee chairman X": the post's owner read by the role)
    return [Span(ent.doc, ent.start, k, label="ORG"), Span(ent.doc, k + 1, ent.end, label="ORG")]


def _whole_body_name_around(ent: Span) -> tuple[int, int] | None:
    """The start and end of the body's name `ent` is a piece of, where it reaches beyond `ent`; None
    where `ent` is whole or names no body. The name is the run of capitalised words around `ent`
    (`_start_of_a_bodys_run`, `_end_of_a_bodys_run`) whose last word, or the last before its remit
    ('of Trade') or its place ('Orwin'), is a body's head word: capitalised words, common
    plurals' apostrophes ('Growers''), 'and' between two fields ('Harbour Pilots and
    Boatmen') and a city's 'of' ('City of Kessa Council') inside it; a title, a person's name, a
    singular owner's possessive ('Kessa Council's Finance Committee': its owner) or a date end it."""
    if ent.label_ not in _BODY_RUN_LABELS or ent[0].lower_ in ARTICLES and len(ent) == 1:
        return None
    doc = ent.doc
    words = [t for t in ent if t.text not in POSSESSIVE_MARKS]
    if not words:
        return None
    heads = [t.i for t in words if _a_bodys_head_word(t)]
    if ent.label_ != "ORG" and not heads:
        return None
    start = ent.start if ent[0].lower_ in ARTICLES else _start_of_a_bodys_run(doc, ent.start)
    last_head = heads[-1] if heads else None
    closing = last_head is not None and (all(t.i <= last_head or not t.is_title for t in words)
                                         or doc[last_head + 1].lower_ in NAME_PREPOSITIONS) \
        and ent[-1].text not in POSSESSIVE_MARKS \
        and (ent.label_ != "PERSON" or inside_a_bodys_name_typed_a_person(ent.doc, ent.end - 1))
    end = _end_of_a_bodys_run(doc, ent.start, ent.end) if closing else ent.end
    if last_head is None and not (start < ent.start and ent[-1].i == ent.end - 1 and _a_bodys_head_word(ent[-1])):
        return None
    if (start, end) == (ent.start, ent.end):
        return None
    if any(doc[i].ent_type_ == "PERSON" and not ent.start <= i < ent.end for i in range(start, end)) \
            and not all(_a_place_or_country(doc[i]) for i in range(start, end) if doc[i].ent_type_ == "PERSON" and not ent.start <= i < ent.end):
        return None
    return start, end


def _a_bodys_head_word(t: Token) -> bool:
    """'Council', 'Forum', 'Chamber': a capitalised head word of a body's name."""
    return t.is_title and t.lower_ in BODY_KIND_HEADS


def _a_name_runs_word(t: Token) -> bool:
    """A word a body's name may be written with: capitalised ('Kessa', "Orwin'a") or in capitals
    ('ACME'), no date's or number's, no title's or style's ('Deputy', 'Dr'), no person's name."""
    return t.text[:1].isupper() and any(c.isalpha() for c in t.text) and not t.like_num \
        and t.ent_type_ not in _NO_NAME_ENTITY_TYPES and t.ent_type_ != "PERSON" \
        and singular(t.lower_) not in _PERSONS_TITLE_WORDS and t.lower_.rstrip(".") not in HONORIFIC_WORDS


def _start_of_a_bodys_run(doc: Doc, start: int) -> int:
    """How far back from `start` the body's name runs (see `_whole_body_name_around`): over
    capitalised words (an entity's piece, or untagged words that hang on a word after them), a common
    plural's apostrophe ('Traders''), an 'and' between two field words and 'of' after a settlement's
    noun ('City of'), each link only with a name's word before it; the article or a lower-case word
    before stops it, as does a sentence's first word that is no noun or name. An article that opened
    a piece taken in opens the name."""
    i, after_and = start, None
    while i > 0:
        t = doc[i - 1]
        link = 0
        if t.text in POSSESSIVE_MARKS and i >= 2 and _a_plurals_possessive(doc[i - 2]):
            link = 1
        elif t.lower_ in TITLE_FIELD_JOINS and i >= 2 and _a_field_of_no_place(doc[i]) and _a_field_of_no_place(doc[i - 2]) \
                and not _a_bodys_head_word(doc[i - 2]) and doc[i].lower_ not in BODY_KIND_HEADS \
                and _an_entitys_piece_or_none(doc[i]) and _an_entitys_piece_or_none(doc[i - 2]):
            link, after_and = 1, i
        elif t.lower_ == "of" and i >= 2 and doc[i - 2].is_title and doc[i - 2].lower_ in _REGION_HEADS and doc[i].is_title:
            link = 1
        if i - link < 1 or not _a_left_word_of_a_bodys_run(doc[i - link - 1]):
            break
        i -= link + 1
    if after_and is not None and i > 0 and doc[i - 1].pos_ == "ADP":
        i = after_and                   # 'the Office for [Ports] and Harbour Board': the first field is the remit's
    if i > 0 and doc[i - 1].lower_ in ARTICLES and doc[i - 1].ent_type_ and doc[i - 1].ent_iob_ == "B":
        i -= 1                          # '[The City of] [Kessa Council]': the piece's article
    return i


def _a_left_word_of_a_bodys_run(t: Token) -> bool:
    """A word the body's name may open on or run back over: a name's word (`_a_name_runs_word`)
    inside an entity, or untagged and hanging on a word after it; a sentence's first word only
    where it is a proper noun ('Meanwhile' is none) and no preposition by its word class
    (ENGLISH_PREPOSITIONS: 'Within Kessa, …', which the parser may tag a proper noun); never a
    determiner, pronoun, preposition or verb."""
    if not _a_name_runs_word(t) or t.is_sent_start and (t.pos_ != "PROPN" or t.lower_ in ENGLISH_PREPOSITIONS) \
            or t.pos_ in _NO_NAMES_PARTS_OF_SPEECH:
        return False                    # ('"That Cabinet never listened …': a determiner, capitalised as it opens the quote)
    if t.ent_iob_ == "B" and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I") \
            and (is_acronym(t.text) or canonical(t.text)):
        return False                    # '[KSA] [Orwin Harbour Research Centre]': a name of its own before it
    return bool(t.ent_type_) or t.head.i > t.i


def _a_plurals_possessive(t: Token) -> bool:
    """'Traders'', 'Fishermen's', 'People's': a capitalised plural before its apostrophe, a word of a
    body's name ('[Kessa Council]'s' is an owner, and so is a country's plural name, tested over the
    whole run of capitalised words that ends on the plural: "the Orwin Islands' …", "the United
    Kessan Emirates' …")."""
    if not (t.is_title and (_a_common_plural(t.text) or t.lower_ in _IRREGULAR_PLURAL_FORMS
                            or t.lower_.endswith("men") and is_common_word(t.text))):
        return False
    k = t.i
    while k > 0 and t.doc[k - 1].is_title and t.doc[k - 1].is_alpha:
        k -= 1
    runs = (t.doc[j:t.i + 1].text for j in range(k, t.i + 1))
    return not any(canonical(run) or is_country_name(run) for run in runs)


def _end_of_a_bodys_run(doc: Doc, start: int, end: int) -> int:
    """How far on from `end` (a body's head word's) the name runs: its remit after 'of' (capitalised
    words, fields joined by 'and', a place; no other body: 'the Chairman of the Kessa Trust'), a place
    after 'for' ('Office of the Auditor for Kessa'), the place it serves written right after it
    ('Harbour Users Association Kessa said'), or, after a remit's field, more fields joined by 'and' with
    no head word of their own ('Ministry of [Fisheries] and Coastal Affairs'; after the head word itself
    the 'and' may join two bodies: 'the Harbour Commission and Larch Foods')."""
    if end >= len(doc):
        return end
    link = doc[end]
    if link.lower_ in NAME_PREPOSITIONS and start <= link.head.i < end:
        k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
        stop = _end_of_capitalised_fields(doc, k)
        if stop == k or _a_bodys_head_word(doc[stop - 1]) and doc[stop - 1].tag_ != "NNPS" \
                or not _a_remit_or_place_served(doc[k:stop], link.lower_ == "for") or not _ends_a_name_here(doc, stop):
            return end
        return stop
    if link.lower_ in TITLE_FIELD_JOINS and link.head.i in range(start, end):
        stop = _end_of_capitalised_fields(doc, end + 1)
        fields = doc[end + 1:stop]
        before = doc[end - 1]
        if len(fields) and not _a_bodys_head_word(before) and _a_field_of_no_place(before) \
                and all(_a_field_of_no_place(t) and t.ent_type_ in ("", "ORG") and t.lower_ not in BODY_KIND_HEADS
                        for t in fields) \
                and (stop >= len(doc) or not doc[stop].is_title and doc[stop].lower_ not in NAME_LINK_WORDS
                     and doc[stop].text not in POSSESSIVE_MARKS):
            return stop     # ('the Bank of England and Treasury', 'the Sierra Club and Friends of the Earth': two)
        return end
    if (_a_place_word(link) and link.ent_type_ != "PERSON" or link.ent_type_ in ("GPE", "LOC") and link.ent_iob_ == "B") \
            and not is_country_name(link.text) and _a_bodys_head_word(doc[end - 1]):
        stop = end + 1
        while stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].ent_type_ in ("GPE", "LOC"):
            stop += 1
        place = doc[stop - 1]
        if _ends_a_name_here(doc, stop) and not (stop < len(doc) and doc[stop].is_title) and place.head.i < stop \
                and (doc[end - 1].head.i in range(end, stop) or link.head.i in range(start, end)):
            return stop     # 'the Harbour Users Association Kessa said' ('told Orwin Radio Kessa law …': the law's place)
    return end


def _a_remit_or_place_served(words: Span, place_only: bool) -> bool:
    """'Trade', 'Inland and Coastal Fisheries', 'Harbour Pilots': a body's remit after its 'of',
    capitalised common words of fields (no place among them), or one place it serves (a place in no
    list, which the recogniser typed no place: a place it typed is left to the place's own rules, e.g.
    `_with_capitalised_of_phrase`);
    after 'for' ('place_only') the place alone."""
    names = [t for t in words if t.lower_ not in NAME_LINK_WORDS]
    if not names:
        return False
    if all(_a_place_or_country(t) for t in names):
        return len(names) == len(words) and not any(t.ent_type_ in ("GPE", "LOC") for t in names)
    return not place_only and all(_a_field_of_no_place(t) for t in names)


def _ends_a_name_here(doc: Doc, stop: int) -> bool:
    """No possessive ('… of Kessa's largest firms') or plural noun of members ('… of Kessa workers') after
    the words that would close a body's name: they own or qualify what follows."""
    if stop >= len(doc):
        return True
    after = doc[stop]
    return after.text not in POSSESSIVE_MARKS and not (after.is_lower and after.tag_ == "NNS")


def _a_field_of_no_place(t: Token) -> bool:
    """'Boatmen', 'Fisheries': a capitalised common word of a field (`_a_common_field_word`), no
    place's name ('England' is a dictionary word too)."""
    return _a_common_field_word(t) and not is_known_place(t.text) and not is_country_name(t.text)


def _a_place_or_country(t: Token) -> bool:
    """'Kessa', 'Lesotho': a place's or a country's one-word name, whatever the recogniser typed it."""
    return t.is_title and (_a_place_word(t) or is_country_name(t.text))


def _an_entitys_piece_or_none(t: Token) -> bool:
    """A word in no entity, or in a body's ('[Namibia Seafood] and …'), not in a place's or a facility's."""
    return t.ent_type_ in ("", "ORG")


def _end_of_capitalised_fields(doc: Doc, k: int) -> int:
    """The end of the capitalised words from `k`, across 'and'/'&' and 'of' between them."""
    i = k
    while i < len(doc):
        t = doc[i]
        if _a_name_runs_word(t) or t.ent_type_ == "PERSON" and _a_place_or_country(t):
            i += 1
        elif (t.lower_ in TITLE_FIELD_JOINS or t.lower_ == "of") and i > k and i + 1 < len(doc) and _a_name_runs_word(doc[i + 1]):
            i += 1
        else:
            break
    while i > k and not _a_name_runs_word(doc[i - 1]) and not doc[i - 1].ent_type_ == "PERSON":
        i -= 1
    return i


def _bodies_opened_by_a_post(ents: list[Span]) -> list[Span]:
    """'[the National Coordinator of the Kessa Users' Forum]', '[Chief Executive of the Harbour Trust]'
    read as one body: a body's name the recogniser opened on a capitalised post (its last word a title,
    TITLE_VOCABULARY, no body's kind word) and its 'of'/'for' starts after the link; the post is the
    holder's title, which the role reader takes from the words before the body."""
    return [ent if (cut := body_after_an_opening_post(ent)) is None else Span(ent.doc, cut, ent.end, label="ORG")
            for ent in ents]


def body_after_an_opening_post(ent: Span) -> int | None:
    """Where the body's own name starts in an ORG span that opens on a post and its 'of'/'for' (see
    _bodies_opened_by_a_post): after the link and its 'the', where two capitalised words or more follow
    and the last is a body's kind word (ORG_HEADS, SPEAKING_BODY_HEADS, ASSOCIATION_HEADS: 'Forum', 'Trust');
    None for a post and its field ('Minister of Finance', 'Secretary of State': no body named), a bare kind
    ('Chairman of the Board') or a name the names list knows whole."""
    if ent.label_ != "ORG":
        return None
    words = list(ent)
    k = 1 if words[0].lower_ == "the" else 0
    link = next((j for j in range(k + 1, len(words)) if words[j].lower_ in NAME_PREPOSITIONS), None)
    if link is None or words[link].lower_ not in TITLE_FIELD_PREPOSITIONS:
        return None
    post = words[k:link]
    if not all(t.is_title and t.is_alpha and t.lower_ not in BODY_KIND_HEADS for t in post) \
            or singular(post[-1].lower_) not in TITLE_VOCABULARY:
        return None
    body = link + 1 + (link + 1 < len(words) and words[link + 1].lower_ == "the")
    rest = words[body:]
    if len(rest) < 2 or rest[-1].lower_ not in BODY_KIND_HEADS or not rest[0].is_title \
            or canonical(span_text(ent)):
        return None
    return rest[0].i


def _bodies_running_on_to_a_post(ents: list[Span]) -> list[Span]:
    """'[Harbour Growers Association] of Kessa chairperson Tamsin Oduya': a body's name the recogniser
    closed on its head word before 'of'/'for' runs on over the capitalised words after the link
    (its place or remit) where they stand right before a post and its holder's name: a lower-case
    post (the last noun before the name is the post, by position) and a person's name after it
    (_end_of_a_bodys_name_before_a_post). The entities inside the words taken in ('Kessa') are
    dropped."""
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue                                # taken into the body's name before
        end = _end_of_a_bodys_name_before_a_post(ent) if ent.label_ == "ORG" else None
        out.append(ent if end is None else Span(ent.doc, ent.start, end, label="ORG"))
    return out


def _end_of_a_bodys_name_before_a_post(ent: Span) -> int | None:
    """Where the body's name goes on to after its head word's 'of'/'for' (see
    _bodies_running_on_to_a_post): capitalised words, none typed a person, then one to three
    lower-case words ending on a post (TITLE_VOCABULARY) and a person's name (typed a person, or a
    given name and a capitalised word); None where the shape is not there ('the Harbour Union of
    Kessa said', 'the Union of Kessa farmers' have no post and name)."""
    doc = ent.doc
    if ent[-1].lower_ not in ORG_OR_ASSOCIATION_HEADS or ent.end + 2 >= len(doc) \
            or doc[ent.end].lower_ not in NAME_PREPOSITIONS:
        return None
    i = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
    start = i
    while i < len(doc) and doc[i].is_title and doc[i].is_alpha and doc[i].ent_type_ != "PERSON":
        i += 1
    end = i
    while i < len(doc) and i < end + 3 and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "ADJ"):
        i += 1
    if end == start or i == end or i >= len(doc) or singular(doc[i - 1].lower_) not in TITLE_VOCABULARY \
            or doc[i - 1].pos_ != "NOUN" or not _a_name_at(doc, i):
        return None
    return end


def _a_body_cut_at_a_link(last: Span, ent: Span, after: Span | None) -> bool:
    """Two entities that are one body's name cut at 'and' or at 'for (the)'/'of (the)' (see
    _bodies_kept_whole_across_links); `after` the entity after `ent`, the place a 'for' remit ends
    on ('[Civic Alliance] for [the Renewal] of [Kessa]')."""
    doc = ent.doc
    if last.label_ != "ORG" or ent.label_ not in ("ORG", "GPE"):
        return False
    link = [t.lower_ for t in doc[last.end:ent.start]]
    if _cut_after_its_and(last, ent) or _joined_at_an_untagged_and(last, ent):
        before = [t for t in last if t.lower_ not in ARTICLES and t.lower_ not in TITLE_FIELD_JOINS]
        return _fields_of_a_body(before) and _fields_ending_on_a_head_or_place(list(ent))
    if len(link) == 1 and link[0] in NAME_PREPOSITIONS and last[-1].lower_ in ORG_HEADS and ent.label_ == "ORG":
        remit = [t for t in ent if t.lower_ not in ARTICLES]
        return bool(remit) and remit[0].is_title and _a_common_noun_or_plural(remit[0].text) \
            and not any(t.lower_ in ORG_HEADS for t in remit) \
            and all(t.is_title or t.lower_ in NAME_LINK_WORDS or t.text in HYPHENS for t in remit) \
            and (link == ["of"] or _a_remit_ending_on_its_place(ent, after))
    return False


def _a_remit_ending_on_its_place(remit: Span, after: Span | None) -> bool:
    """'the Renewal and Progress of Kessa', '[the Renewal] of [Kessa]': a body's remit after 'for'
    that ends on 'of' and the place it serves, in the remit's entity or the next ('for Malaria
    Research': a purpose, no word of the name)."""
    if after is not None and after.start == remit.end + 1 and _the_remits_place(remit, after):
        return True
    links = [t.i for t in remit if t.lower_ == "of"]
    place = remit.doc[links[-1] + 1:remit.end] if links else None
    return place is not None and len(place) > 0 and all(t.is_title for t in place) \
        and (is_known_place(place.text) or is_country_name(place.text))


def _the_remits_place(last: Span, ent: Span) -> bool:
    """'[Civic Alliance for the Renewal] of [Kowloon]': the place a body's remit names, right after
    its 'of', ends the name."""
    return ent.label_ in ("GPE", "LOC") and [t.lower_ for t in ent.doc[last.end:ent.start]] == ["of"] \
        and all(t.is_title for t in ent if t.lower_ not in ARTICLES)


def _fields_of_a_body(words: list[Token]) -> bool:
    """'Workplace Health', 'Water': capitalised common words (fields a body serves), none a
    place's or a body's head word, nor a title's ('the Mayor and City Council': an office's holder
    beside the body)."""
    return bool(words) and all(_a_common_field_word(t) and t.lower_ not in ORG_HEADS and singular(t.lower_) not in TITLE_VOCABULARY
                               for t in words)


def _fields_ending_on_a_head_or_place(words: list[Token]) -> bool:
    """'Sewer Department', 'Safety Kessaland': capitalised common words then a body's head word,
    or then the place the body serves."""
    if len(words) < 2 or not _fields_of_a_body(words[:-1]) or not words[-1].is_title:
        return False
    return words[-1].lower_ in ORG_HEADS or is_country_name(words[-1].text) or is_known_place(words[-1].text)


def _start_of_fields_before_and(ent: Span) -> int | None:
    """'Kessa Water and [Sewer Department]': where the body's name starts when capitalised common
    words the recogniser left untagged, joined by 'and' to the body's fields and head word, open it
    (and a place right before them, hyphenated or not, written without a comma); not a title's field
    after its 'for'/'of' ('Minister for Trade and [Green Party] leader')."""
    doc = ent.doc
    i = ent.start - 1
    if not _after_an_and(ent) or not _fields_ending_on_a_head_or_place(list(ent)) or ent[-1].lower_ not in ORG_HEADS:
        return None
    start = i
    while start > 0 and not doc[start - 1].ent_type_ and doc[start - 1].pos_ == "PROPN" \
            and _fields_of_a_body([doc[start - 1]]):
        start -= 1
    if start == i or start == doc[start].sent.start:
        return None         # no field, or a sentence's opening word, which may be any word
    if start > 1 and doc[start - 1].lower_ in NAME_PREPOSITIONS and _a_capitalised_titles_word(doc[start - 2]):
        return None         # 'Minister for Trade and [Green Party] leader X': the title's field, then the party
    place = _place_ending_at(doc, start - 1)
    return place if place is not None else start


def _closing_fields_of_a_list(words: list[Token]) -> bool:
    """'Sport and Social Welfare', 'Libraries and Public Safety': the close of a serial list of a
    body's fields, capitalised common words (_fields_of_a_body) with one 'and' ('&') before the last
    field ('Health and Safety Kessaland' ends on no field; 'Health' has no 'and')."""
    joins = [k for k, t in enumerate(words) if t.lower_ in TITLE_FIELD_JOINS]
    return len(joins) == 1 and 0 < joins[0] < len(words) - 1 \
        and _fields_of_a_body([t for t in words if t.lower_ not in TITLE_FIELD_JOINS])


def _a_remits_list_cut_at_a_comma(last: Span, ent: Span) -> bool:
    """'[the Select Committee on Health], [Sport and Social Welfare]': a body's name whose remit
    after its head word's 'on'/'of'/'for' is a serial list of fields, which the recogniser cut at the
    list's comma: the first entity ends on its head word, the link and field words only, the second,
    right after the comma, is the list's close (_closing_fields_of_a_list) with no capitalised word
    after it ('[the Committee on Education], [Health and Safety] Minister ...' goes on into a title's
    words; '[the Ministry of Health], [the Fire and Rescue Service]' ends on a body's head: two bodies)."""
    doc = ent.doc
    if last.label_ != "ORG" or ent.label_ != "ORG" or ent.start != last.end + 1 or doc[last.end].text != ",":
        return False
    link = next((k for k, t in enumerate(last) if t.lower_ in NAME_PREPOSITIONS_OR_ON), None)
    if link is None or link == 0 or last[link - 1].lower_ not in ORG_HEADS \
            or not _fields_of_a_body(list(last[link + 1:])):
        return False
    return _closing_fields_of_a_list(list(ent)) and (ent.end >= len(doc) or not doc[ent.end].is_title)


def _start_of_fields_listed_before_commas(ent: Span) -> int | None:
    """"the council's Parks, [Libraries and Public Safety Committee]": where a body's name starts
    when its serial list of fields before the head word was cut after its first item(s): capitalised
    common words in no entity, each before a comma, right before an entity that closes the list
    (_closing_fields_of_a_list) and ends on a body's head word; the list must open after a word that
    is not capitalised (a determiner, possessive or preposition), never on a sentence's first word
    (which may be any word) nor inside a longer capitalised run ('Mr Green, Audit and Risk Committee
    chair': a name before the comma)."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ not in ARTICLES]
    if len(words) < 4 or words[-1].lower_ not in ORG_HEADS or not _closing_fields_of_a_list(words[:-1]) \
            or words[0].i != ent.start:
        return None
    start = ent.start
    while start >= 2 and doc[start - 1].text == "," and _an_untagged_field_word(doc[start - 2]):
        k = start - 2
        while k > 0 and _an_untagged_field_word(doc[k - 1]):
            k -= 1
        start = k
    if start == ent.start or start == doc[start].sent.start or doc[start - 1].is_title or doc[start - 1].is_punct:
        return None
    return start


def _an_untagged_field_word(t: Token) -> bool:
    """'Finance': a capitalised common field word (_fields_of_a_body) no entity took."""
    return not t.ent_type_ and _fields_of_a_body([t])


def _place_ending_at(doc: Doc, end: int) -> int | None:
    """The start of a place's entity ending on token `end`."""
    if end < 0 or doc[end].ent_type_ not in ("GPE", "LOC"):
        return None
    start = end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _start_of_a_name_before_a_plurals_apostrophe(ent: Span) -> int | None:
    """"Kessa Growers' [Congress]": where the body's name starts when the recogniser left its
    opening untagged: capitalised proper nouns in no entity (or a one-word place) ending on a
    common plural and its apostrophe right before the entity ("Britain's [Labour Party]": no
    plural; "the [Smiths'] …": no common word)."""
    doc = ent.doc
    i = ent.start - 1
    if i < 2 or doc[i].text not in APOSTROPHES or not ent[0].is_title \
            or doc[i - 1].ent_type_ or not doc[i - 1].is_title or not _a_common_plural(doc[i - 1].text):
        return None
    start = i - 1
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha \
            and doc[start - 1].ent_type_ in ("", "GPE", "NORP") and doc[start - 1].ent_iob_ != "I" \
            and (start - 1 > doc[start - 1].sent.start or not is_common_word(doc[start - 1].text)):
        start -= 1          # a sentence's opening word only where no common word ('Yesterday Growers' …')
    return start


def _names_split_at_and(ents: list[Span]) -> list[Span]:
    """'[The International Longshore and] [Warehouse Union Canada]': a body's name the
    recogniser ended on 'and' runs on through the body's name that follows it at once, where
    the words before 'and' (two or more) end on no body's head word ('[Ford and] [General
    Motors]', '[Harbour Board and] [City Council]' are two bodies) and a body's head word
    ends the second."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == "ORG" and ent.label_ == "ORG" and _cut_after_its_and(last, ent) \
                and ent[0].is_title \
                and _opens_a_body_before_and(last[:-1]) and any(t.lower_ in ORG_HEADS for t in ent):
            out[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
        elif last is not None and (_fields_joined_by_an_untagged_and(last, ent) or _a_states_department_of_fields(last, ent)):
            out[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
        else:
            out.append(_with_untagged_fields_before_and(ent))
    return out


def _seats_split_from_a_members_name(ents: list[Span]) -> list[Span]:
    """'Greens member for [Kessock Nora Briggs] said': the object of a seat holder's 'for' ('member for',
    'candidate for') is the seat, a place; a given name (gender-guesser's) after its first word, then
    one or two capitalised words to the entity's end, opens the member's own name: the person's name
    is cut out of the entity and the seat's words dropped, as is a seat tagged on its own
    (a_seat_after_its_holder: a seat is no actor, nor the member's affiliation)."""
    out: list[Span] = []
    for ent in ents:
        cut = _start_of_a_name_after_a_seat(ent)
        if cut is not None:
            out.append(Span(ent.doc, cut, ent.end, label="PERSON"))
        elif not (a_seat_after_its_holder(ent) and ent.end < len(ent.doc)
                  and (ent.doc[ent.end].ent_type_ == "PERSON" or ent.doc[ent.end].text == ",")):
            out.append(ent)             # ('Greens member for [Kessock] [Petra Knoll]': the seat before its member dropped;
            #                             'The MP for [Glenmore Heights] said' kept for a later 'for Glenmore Heights')
    return out


def a_seat_after_its_holder(ent: Span) -> bool:
    """'member for [Kessock]', 'candidate for [Orwin Vale]', '<Party> MLA for [Kessa]': a place's or body's
    entity right after a seat holder's 'for' with no body's head word in it is the seat, a place that is no
    actor and no affiliation of its member ('a candidate for Harbour Bank Council' names a body); after a
    member's letters (SEAT_TITLES_OF_ANY_SEAT_NAME: 'MLA', 'TD') only where the parser hangs the 'for' on
    them (the title's own seat, not a phrase of the sentence's)."""
    doc = ent.doc
    if not (ent.label_ in ("ORG", "GPE", "LOC") and ent.start >= 2 and doc[ent.start - 1].lower_ == "for"
            and not any(t.lower_ in ORG_HEADS for t in ent) and not canonical(ent.text)):
        return False
    title = doc[ent.start - 2]
    return title.lower_ in SEAT_HOLDER_NOUNS \
        or title.lower_ in SEAT_TITLES_OF_ANY_SEAT_NAME and doc[ent.start - 1].head.i == title.i


def _start_of_a_name_after_a_seat(ent: Span) -> int | None:
    """The index of the member's given name inside an entity (tagged a body, place or person, all
    capitalised words, three or more) that is the object of a seat holder's 'for' ('member for
    [Kessock Nora Briggs]'); None where the entity is not such an object, holds no given name or
    more than one (no sure cut: the seat's words may hold one too), opens on it, or leaves other
    than one or two words of a surname after it."""
    doc = ent.doc
    prep = doc[ent.start - 1] if ent.start >= 2 else None
    if ent.label_ not in ("ORG", "GPE", "PERSON") or len(ent) < 3 or prep is None or prep.lower_ != "for" \
            or doc[ent.start - 2].lower_ not in SEAT_HOLDER_NOUNS or prep.head.i != ent.start - 2 \
            or not all(t.is_title and t.is_alpha for t in ent):
        return None
    given = [t.i for t in ent if is_given_name(t.text)]
    if len(given) != 1 or given[0] == ent.start or not 2 <= ent.end - given[0] <= 3:
        return None
    return given[0]


def _field_lists_before_a_lower_case_body(ents: list[Span]) -> list[Span]:
    """'[Public Works], [Transport and] [Housing ministry] permanent secretary X': a list of capitalised
    fields, its commas and its closing 'and', before a lower-case ministry or department, is one body's
    name, whatever pieces the recogniser cut it into (`_start_of_a_field_list_before_its_body`)."""
    return _bodies_reopened_earlier(ents, _start_of_a_field_list_before_its_body)


def _start_of_a_field_list_before_its_body(ent: Span) -> int | None:
    """Where the list of fields before `ent`'s lower-case head (LOWER_CASE_BODY_HEADS) starts: capitalised
    field words (a_fields_word) with at least one comma between them and one 'and'/'&' closing the list
    right before the last field, reaching back beyond the recogniser's span; else None. Not a plural head
    ('Finance, Health and Education ministries' are three), nor a list that has no 'and' or no comma.
    Before a capitalised head ('Committee') the entity holds the list's close and the fields before its
    commas are read back (_start_of_fields_listed_before_commas)."""
    doc = ent.doc
    head = ent[-1]
    if ent.label_ == "ORG" and head.is_title:
        return _start_of_fields_listed_before_commas(ent)     # 'the council's Finance, [Housing and Planning Committee]'
    if ent.label_ != "ORG" or not head.is_lower or head.lower_ not in LOWER_CASE_BODY_HEADS or head.i == 0:
        return None
    j = head.i - 1
    while j >= 0 and (_a_listed_field_word(doc[j]) or doc[j].text == "," or doc[j].lower_ in TITLE_FIELD_JOINS):
        j -= 1
    start = j + 1
    while start < head.i and not _a_listed_field_word(doc[start]):
        start += 1                      # (a comma or 'and' opening the run joins no two fields)
    marks = [t for t in doc[start:head.i] if not _a_listed_field_word(t)]
    joins = [t for t in marks if t.text != ","]
    if start >= ent.start or len(joins) != 1 or len(marks) < 2 or marks[-1].i != joins[0].i \
            or not _a_listed_field_word(doc[head.i - 1]) or any(b.i == a.i + 1 for a, b in zip(marks, marks[1:])):
        return None
    return start


def _a_listed_field_word(t: Token) -> bool:
    """A word of a list of fields before a ministry: a field's word (a_fields_word), or a capitalised body's
    kind word that names a field there ('Public Service, Labour and Social Welfare ministry')."""
    return a_fields_word(t) or t.is_title and t.is_alpha and t.lower_ in ORG_HEADS and t.ent_type_ not in ("PERSON", "GPE", "LOC")


def _places_coordinated_into_a_body(ents: list[Span]) -> list[Span]:
    """'Dorset and [Somerset Police]', '[Frome] and [District Netball League]', '[Ports] and [Harbour
    Works Department]': two alike words joined by 'and' (two places, or a town and the area around
    it, or two capitalised common words of fields) before a body's head word, which the parser links
    (a conjunct, the 'and' or the first word hung on the other side), share that head: the whole run
    is one body's name. Not where the first opens a sentence untagged, follows a comma's list or ends
    on a body's head word, nor for a country, a known body or a person ('Kessa Metals and Rio Bank',
    'The Harbour Board and City Council' are two), nor after a place's preposition or a body's word
    ('Police in Leeds and Bradford Council estates') or before a plural noun ('Kent and Essex Police
    forces': two bodies of one kind)."""
    return _bodies_reopened_earlier(ents, _start_of_a_conjunct_sharing_the_head)


def _bodies_reopened_earlier(ents: list[Span], start_of: Callable[[Span], int | None]) -> list[Span]:
    """Each entity for which `start_of` finds an earlier start becomes a body's name (ORG) from there,
    in place of the entities before it that the longer name covers (pieces the recogniser cut off)."""
    out: list[Span] = []
    for ent in ents:
        start = start_of(ent)
        if start is None:
            out.append(ent)
            continue
        while out and out[-1].end > start:
            out.pop()
        out.append(Span(ent.doc, start, ent.end, label="ORG"))
    return out


def _start_of_a_conjunct_sharing_the_head(ent: Span) -> int | None:
    """Where the first side of '<A> and [<B> <head>]' starts when the two share `ent`'s head word
    (`_places_coordinated_into_a_body`), else None."""
    doc = ent.doc
    words = [t for t in ent if t.text not in POSSESSIVE_MARKS]
    if ent.label_ not in ("ORG", "GPE") or not words or words[-1].lower_ not in _SHARED_BODY_HEADS or not _after_an_and(ent):
        return None
    end = ent.start - 2                 # the first conjunct's last word, before the 'and'
    start = end
    while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].ent_type_ != "PERSON" and end - start < 3:
        start -= 1                      # ('Welsh Dairy and …')
    first = doc[start:end + 1]
    opening = _opening_of_the_tagged_first_side(doc, start)
    if opening is None:
        return None                     # '[BBC Norfolk] and …': the place a word of another name
    if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.ent_type_ != "PERSON" or _a_place_word(t) for t in first) \
            or canonical(first.text) or doc[end].lower_ in _BODY_OR_TRADE_WORD:
        return None                     # (a country or known body: 'between Wales and [Velmor Holdings]')
    if ent[0].lower_ in AREA_AROUND_A_PLACE_WORDS:
        if len(first) > 1 or start == doc[start].sent.start and not doc[start].ent_type_:
            return None                 # 'Frome and District …': any town's name before the area around it
    elif not (_a_place_word(doc[end]) and _a_place_or_its_own_name_word(ent[0]) and all(_a_place_word(t) for t in first)
              and _ends_on_a_places_own_word(first)
              or _fields_sharing_a_head(first, ent[0])):
        return None                     # '<place> and <place> <head>', '<field> and <field> <head>' only
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.text == "," or before.is_title and before.pos_ == "PROPN" and start > before.sent.start
                               or before.lower_ in NAME_PREPOSITIONS and not _a_place_word(doc[end])
                               or before.lower_ in PLACE_OBJECT_PREPOSITIONS or before.lower_ in ORG_HEADS):
        return None                     # (a title's or body's field after its 'for': 'Office for Ports and Harbour Board';
        #                                 a place after 'in': 'Police in Leeds and Bradford Council estates')
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and "Plur" in after.morph.get("Number"):
        return None                     # two bodies' members: 'Kent and Essex Police forces', '… Council officials'
    and_ = doc[end + 1]
    if not any(t.dep_ == "conj" and start <= t.head.i <= end for t in ent) \
            and not any(ent.start <= t.head.i < ent.end for t in first) and not start <= and_.head.i <= end:
        return None                     # the parser does not join them, nor hang the first or its 'and' on them
    own_name = ent[0].lower_ not in AREA_AROUND_A_PLACE_WORDS and not _a_place_word(ent[0])
    if (own_name or words[-1].lower_ not in ORG_HEADS) and _two_parties_in_the_sentence(doc, opening, ent):
        return None                     # 'Kano and Wudil General Hospital signed a joint statement': two parties
    if own_name and not _named_again_as_one(doc, opening, ent):
        return None                     # 'Suffolk and Brentmoor Foundation': nothing names the two as one body
    if _across_a_clause_boundary(doc, opening, ent):
        return None                     # 'He left Brisbane and [Toowoomba Grammar School] enrolled his son'
    return opening


def _two_parties_in_the_sentence(doc: Doc, opening: int, ent: Span) -> bool:
    """'Suffolk and Brentmoor Foundation jointly funded …', 'Kano and Wudil Hospital signed a joint
    statement', 'Accra and Tema Hospital were cited': a word of the sentence that points to two parties
    (TWO_PARTY_WORDS, a reciprocal pronoun), or the first verb after the name plural (PLURAL_VERB_TAGS,
    PLURAL_PAST_FORMS) or reciprocal (RECIPROCAL_VERBS: 'agreed', 'signed'): the sides joined by 'and' are two."""
    sent = doc[opening].sent
    words = [t.lower_ for t in sent]
    if any(w in TWO_PARTY_WORDS for w in words) or any(pair in RECIPROCAL_PRONOUNS for pair in zip(words, words[1:])):
        return True
    verb = next((t for t in doc[ent.end:sent.end] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and (verb.tag_ in PLURAL_VERB_TAGS or verb.lower_ in PLURAL_PAST_FORMS
                                 or verb.lemma_.lower() in RECIPROCAL_VERBS)


def _named_again_as_one(doc: Doc, opening: int, ent: Span) -> bool:
    """'NHS Devon and Torvale Integrated Care Board (ICB)', the whole name again, or 'the board' after it:
    the text uses the name whose second side opens on a word no list knows as one body's again (its
    letters in brackets right after it, its whole again, or its head word taken up by 'the')."""
    if ent.end + 1 < len(doc) and doc[ent.end].text == "(" and is_acronym(doc[ent.end + 1].text):
        return True
    text = article_text(doc)
    name = doc[opening:ent.end].text
    first = text.find(name)
    if first < 0:
        return False
    later = text[first + len(name):]
    return name in later or re.search(rf"\bthe {re.escape(ent[-1].lower_)}\b", later, re.IGNORECASE) is not None


def _across_a_clause_boundary(doc: Doc, opening: int, ent: Span) -> bool:
    """'He left Brisbane and [Toowoomba Grammar School] enrolled his son': the first side the object
    of a verb right before it and the name followed by a finite verb (FINITE_VERB_TAGS) that is no
    clause the first verb takes ('said [Norfolk and Norwich Hospital] had …' is one): the second side
    opens the next clause."""
    if opening == 0 or ent.end >= len(doc):
        return False
    verb, after = doc[opening - 1], doc[ent.end]
    return verb.pos_ == "VERB" and after.pos_ in ("VERB", "AUX") and after.tag_ in FINITE_VERB_TAGS \
        and not (after.dep_ in CLAUSE_DEPS and after.head.i == verb.i)


def _opening_of_the_tagged_first_side(doc: Doc, start: int) -> int | None:
    """'[NHS Devon] and Torvale Integrated Care Board': where the recogniser's entity (whatever it typed
    it) runs into the first side's place from words in capitals before it that are a state body's own
    letters the lexicon knows as such (NATIONAL_STATE_BODIES: 'NHS'), the shared name opens on them too;
    where it runs in from other letters in capitals ('[BBC Norfolk] and Kessingham Hospital': an outlet's call
    sign, a party of its own), the first place is a word of another name and shares no head (None)."""
    if doc[start].ent_iob_ != "I":
        return start
    k = start
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    letters = doc[k:start]
    if not all(u.is_alpha and u.is_upper and len(u) > 1 for u in letters):
        return start                    # ('[Irish Nursing] and Midwifery Federation': no letters)
    return k if letters.text.lower() in NATIONAL_STATE_BODIES else None


def _a_place_or_its_own_name_word(t: Token) -> bool:
    """'Cornwall', 'Torvale' of '[Devon] and [Torvale Integrated Care Board]': the second side's first
    word, after a place, a place (`_a_place_word`) or a capitalised proper noun of no dictionary (a name of
    its own, as a place's is; 'Harbour', 'District' are dictionary words and take the rules of fields
    and areas)."""
    return _a_place_word(t) or t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.ent_type_ != "PERSON" \
        and not is_common_word(t.text) and not canonical(t.text) and not is_given_name(t.text)


def _fields_sharing_a_head(first: Span, second: Token) -> bool:
    """'[Welsh Dairy] and [Tillage] Federation', '[Forestry] and [Wildlife] Service': capitalised
    common words of fields on both sides of the 'and' (a_fields_word: no title, body's head word,
    place or person; the second whatever the recogniser typed the body's name it opens), a people's
    adjective before the first ('Welsh'); not a name ('Kessa Metals')."""
    return a_fields_word(first[-1]) and _a_common_field_word(second) and not is_known_place(second.text) \
        and second.lower_ not in ORG_HEADS and second.lower_ not in TITLE_VOCABULARY \
        and all(a_fields_word(t) or _a_peoples_word(t.text) for t in first)


def _ends_on_a_places_own_word(first: Span) -> bool:
    """'[Devon] and Cornwall Police', '[North Kessland] and …': the first side ends on a word of a
    place's own name (the gazetteer's, or no dictionary word); not a body's common head word the
    recogniser put inside a place's tag ('[West Kessland Trading Standards] and West Kessland
    Police' are two bodies, each whole)."""
    last = first[-1]
    return is_known_place(first.text) or is_known_place(last.text) or not is_common_word(last.text)


def _a_place_word(t: Token) -> bool:
    """A town's, county's or region's name (no country's), by the gazetteer or the recogniser."""
    return t.is_title and (t.ent_type_ in ("GPE", "LOC") or is_known_place(t.text)) and not canonical(t.text)


def _with_untagged_fields_before_and(ent: Span) -> Span:
    """'Fisheries and [Rivers Kessaland]': a state's department named by its fields and its
    country (_a_states_department_of_fields) whose first field the recogniser left untagged."""
    doc = ent.doc
    start = ent.start - 1
    if ent.label_ != "ORG" or not _after_an_and(ent):
        return ent
    while start > 0 and _a_field_word_no_entity_took(doc[start - 1]):
        start -= 1
    if start == ent.start - 1:
        return ent
    before = Span(doc, start, ent.start - 1, label="ORG")
    return Span(doc, start, ent.end, label="ORG") if _a_states_department_of_fields(before, ent) else ent


def _a_field_word_no_entity_took(t: Token) -> bool:
    """'Fisheries' of 'Fisheries and [Rivers Kessaland]': a capitalised word of letters only that
    the recogniser put in no entity, which may name a department's first field."""
    return t.is_title and t.is_alpha and not t.ent_type_


def _a_states_department_of_fields(last: Span, ent: Span) -> bool:
    """'[Fisheries] and [Harbours Canada]', '[Trade] and [Industry Kessaland]': a state's department
    named by the fields it serves and its country, which the recogniser split at the 'and' it left
    out: capitalised common words (plurals too) before and after the 'and', and the country's own
    name last, are one body's name ('[Kessa Metals] and [Rio Canada]' are two: no fields)."""
    fields = [*last, *ent[:-1]]
    return last.label_ == "ORG" and ent.label_ == "ORG" and _joined_at_an_untagged_and(last, ent) and len(ent) > 1 \
        and is_country_name(ent[-1].text) and all(_a_common_field_word(t) for t in fields)


def _joined_at_an_untagged_and(last: Span, ent: Span) -> bool:
    """'[Fisheries] and [Harbours Canada]': `ent` right after `last` but for one 'and' ('&', TITLE_FIELD_JOINS)
    that neither entity took."""
    return last.end + 1 == ent.start and ent.doc[last.end].lower_ in TITLE_FIELD_JOINS


def _cut_after_its_and(last: Span, ent: Span) -> bool:
    """'[The International Longshore and] [Warehouse Union Canada]': `ent` right after `last`, which the
    recogniser ended on the 'and' ('&', TITLE_FIELD_JOINS) between them."""
    return last.end == ent.start and last[-1].lower_ in TITLE_FIELD_JOINS


def _after_an_and(ent: Span) -> bool:
    """'Kessa Water and [Sewer Department]': an 'and' ('&', TITLE_FIELD_JOINS) right before the entity,
    with a word before it (no document opens on the 'and')."""
    i = ent.start - 1
    return i >= 1 and ent.doc[i].lower_ in TITLE_FIELD_JOINS


def _a_common_field_word(t: Token) -> bool:
    """'Fisheries', 'Health': a capitalised common word of letters (a plural too), no place's or
    person's name, which may name a field a body serves."""
    return t.is_title and t.is_alpha and _a_common_noun_or_plural(t.text) and not canonical(t.text)


def _remits_run_on_to_a_voice(ents: list[Span]) -> list[Span]:
    """'A [Department of Transport] and Main Roads spokesman', 'a [Ministry of Fisheries] and [Ocean
    Resources] spokesperson', 'a [Department of Culture], [Media] and [Sport] spokesman': a body's
    name of a head word and its 'of'/'for' remit that the recogniser ended at the remit's first
    field runs on through the fields joined to it (capitalised common words after ',' or 'and',
    untagged or tagged as names of their own) where they end right before a voice noun in lower
    case (BODY_VOICE_NOUNS): the whole name qualifies the voice ('the Ministry of Health and
    Greenpeace officials': no common word, two bodies)."""
    out: list[Span] = []
    until = -1
    for ent in ents:
        if ent.start < until:
            continue                    # a field taken into the name before it
        end = _end_of_remit_before_a_voice(ent)
        if end is not None:
            ent, until = Span(ent.doc, ent.start, end, label="ORG"), end
        out.append(ent)
    return out


def _end_of_remit_before_a_voice(ent: Span) -> int | None:
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or ent[0].lower_ not in ORG_HEADS or ent[1].lower_ not in NAME_PREPOSITIONS:
        return None
    i, joined = ent.end, False
    while i < len(doc) and doc[i].text in TITLE_FIELD_LINKS:
        joined = joined or doc[i].text != ","
        i += 1
        start = i
        while i < len(doc) and doc[i].is_title and doc[i].is_alpha and doc[i].ent_type_ in ("", "ORG") \
                and _a_common_noun_or_plural(doc[i].text):
            i += 1
        if i == start:
            return None
    voice = doc[i] if i < len(doc) else None
    if not joined or voice is None or not voice.is_lower or voice.tag_ != "NN" or voice.lemma_.lower() not in BODY_VOICE_NOUNS:
        return None
    return i


def _opens_a_body_before_and(words: Span) -> bool:
    """Two words or more that end on no body's head word ('[The Harbour Board] and' ends a body)."""
    return len([t for t in words if t.lower_ not in ARTICLES]) >= 2 \
        and words[-1].lower_ not in ORG_HEADS and words[-1].lower_ not in BUSINESS_NAME_HEADS


def _fields_joined_by_an_untagged_and(last: Span, ent: Span) -> bool:
    """'[The Senate Health] and [Family Committee]': two bodies' parts the recogniser split at an
    'and' it left out are one body's name where the first ends on a field's common word and the
    second opens on one and ends on a body's head word ('[Kessa Metals] and [Rio Bank]' are two);
    not where the first is a whole name already, linked by 'of'/'for'/'on' ('[the Ministry of
    Education] and [Sports Council]' are two)."""
    return last.label_ == "ORG" and ent.label_ == "ORG" and _joined_at_an_untagged_and(last, ent) \
        and ent[0].is_title and _opens_a_body_before_and(last) \
        and ent[-1].lower_ in ORG_HEADS and len(ent) > 1 \
        and _a_common_noun_or_plural(last[-1].text) and _a_common_noun_or_plural(ent[0].text) \
        and not any(t.lower_ in NAME_PREPOSITIONS_OR_ON for t in last)


def _a_common_noun_or_plural(word: str) -> bool:
    """'Education', 'Affairs', 'Fisheries': a common word, also in a plural of '-ies'."""
    return is_common_word(word) or word.lower().endswith("ies") and is_common_word(word[:-3] + "y")


def _people_of_bodies_split(ents: list[Span]) -> list[Span]:
    """'Dr Aoife [Brennan of University College Cork]', '[Ann Lowe of Harbour University]': a
    body's name the recogniser opened on a person's name is that person's and the body's. The
    words before 'of' are a given name (gender-guesser's; written just before the entity, no
    name of its own, or opening it) and one capitalised word that is no body's or title's word;
    the words after 'of' are capitalised and have a body's head word."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ != "ORG":
            out.append(ent)
            continue
        doc = ent.doc
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        if of is None or of + 2 > ent.end:
            out.append(ent)
            continue
        start = ent.start + (ent[0].lower_ in ARTICLES)
        before, body = doc[start:of], doc[of + 1:ent.end]
        if len(before) == 1 and start > 0 and not doc[start - 1].ent_type_:
            before = doc[start - 1:of]
        if len(before) == 2 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha
                                    and t.lower_ not in _ORG_HEAD_OR_TITLE for t in before) \
                and is_given_name(before[0].text) and not canonical(before.text) \
                and all(t.is_title or t.lower_ in ARTICLES or t.lower_ in NAME_LINK_WORDS for t in body) \
                and any(t.lower_ in ORG_HEADS for t in body):
            out.append(Span(doc, before.start, before.end, label="PERSON"))
            out.append(Span(doc, of + 1, ent.end, label="ORG"))
        else:
            out.append(ent)
    return out


def _bodies_opened_as_a_person(ents: list[Span]) -> list[Span]:
    """'[Brannoch Co-operative] [Society]': a body's name (its last word a body's head, ORG_HEADS)
    whose opening words the recogniser took for a person right before it is one body's name,
    where every word of that 'person' hangs on the body's name (a compound or a modifier), none is
    a title's word ('Treasurer') and it is no given name and surname standing on their own
    ('Premier [Daniel Kessler] [Labor Party]')."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == "PERSON" and ent.label_ == "ORG" and last.end == ent.start \
                and ent[-1].lower_ in ORG_HEADS \
                and all(t.head.i in range(last.start, ent.end) and t.dep_ in ("compound", "amod", "punct")
                        and t.lower_ not in TITLE_VOCABULARY for t in last) \
                and not (last.start > 0 and last.doc[last.start - 1].lower_ in TITLE_VOCABULARY) \
                and not (len(last) > 1 and is_given_name(last[0].text)):
            out[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def _people_after_bodies_split(ents: list[Span]) -> list[Span]:
    """'the leader in the [National Assembly Omar Farooq Qureshi]': a body's name the recogniser ran
    on into a person's name after it is the body's and the person's. The body's part ends on a
    body's head word (ORG_HEADS) after another capitalised word; the person's part is two to four
    capitalised words (the untagged ones after the entity too) opening on a given name
    (gender-guesser's), with no body's, title's, place's or common word after it."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ != "ORG" or len(ent) < 4 or portfolio_field_before_a_name(ent):
            out.append(ent)         # ('Secretary for [Local Government Ann Lowe]': a title's field, no body)
            continue
        doc = ent.doc
        head = next((t.i for t in reversed(ent[1:-2]) if t.lower_ in ORG_HEADS and t.is_title), None)
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and doc[end].is_alpha and not doc[end].ent_type_:
            end += 1
        person = doc[head + 1:end] if head is not None else None
        if person is not None and 1 < len(person) < 5 and is_given_name(person[0].text) \
                and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in person) \
                and not any(t.lower_ in _ORG_HEAD_OR_TITLE or canonical(t.text) or n and (is_common_word(t.text)
                                                                                       or is_known_place(t.text))
                            for n, t in enumerate(person)) \
                and not is_known_place(person.text):
            out.append(Span(doc, ent.start, head + 1, label="ORG"))
            out.append(Span(doc, person.start, person.end, label="PERSON"))
        else:
            out.append(ent)
    return out


def _a_saints_possessive(doc: Doc, i: int) -> bool:
    """The "'s" at `i` ends a saint's name: 'St Anne's'."""
    return i >= 2 and doc[i - 1].is_title and doc[i - 2].is_title and doc[i - 2].text.rstrip(".").lower() in SAINT_WORDS


def _with_saints_name(ents: list[Span]) -> list[Span]:
    """"[St Anne's] [University Hospital]": a saint's name in the possessive right before a
    body's name opens that name (St Mary's College, Saint Luke's Hospital)."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        start = ent.start
        if ent.label_ == "ORG" and start >= 3 and doc[start - 1].text in POSSESSIVE_ENDINGS \
                and doc[start - 2].is_alpha and _a_saints_possessive(doc, start - 1):
            if out and out[-1].end > start - 3:
                out.pop()                       # the saint read as a person
            ent = Span(doc, start - 3, ent.end, label="ORG")
        out.append(ent)
    return out


def _counsel_before_their_silk_letters(sent: Span) -> list[Span]:
    """'counsel to the first defendant, Chief Ada Obi (SAN), opposed': two or three capitalised
    proper nouns the recogniser left untagged, right before a senior counsel's letters in brackets
    (SILK_LETTERS), after any words of address or titles ('Chief'), are a person's name; none may be
    a body's, a title's or a trade's word, nor may all be common words."""
    out = []
    doc = sent.doc
    for t in span_tokens(sent):
        if t.text != "(" or t.i < sent.start + 2 or t.i + 2 >= sent.end or not _silk_letters_in_brackets(doc, t.i + 1):
            continue
        start = t.i
        while start - 1 >= sent.start and t.i - start < 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and not doc[start - 1].ent_type_:
            start -= 1
        while start < t.i and (doc[start].lower_ in _HONORIFICS_AND_TITLES or doc[start].lower_ in TITLE_VOCABULARY):
            start += 1                          # 'Chief', 'Dr': words of address, not the name
        if _a_counsels_name(doc[start:t.i]):
            out.append(Span(doc, start, t.i, label="PERSON"))
    return out


def _bracketed_silk_letters(ent: Span) -> bool:
    """'(SAN)', '(SC)': a senior counsel's letters alone in brackets (SILK_LETTERS) are a rank after a
    name, or the initials a body's name before them defines (its `acronym`), never a body of their own."""
    return len(ent) == 1 and _silk_letters_in_brackets(ent.doc, ent.start)


def _silk_letters_in_brackets(doc: Doc, i: int) -> bool:
    """Token i is a senior counsel's letters (SILK_LETTERS) alone in brackets: '(SAN)', '(QC)'."""
    return 0 < i < len(doc) - 1 and doc[i].lower_ in SILK_LETTERS and doc[i - 1].text == "(" and doc[i + 1].text == ")"


def _a_counsels_name(words: Span) -> bool:
    """Two or three words, none a body's, a title's or a trade's word, not all common words: a name
    before a senior counsel's letters in brackets that is a person's ('Bola Ade (SAN)')."""
    return 2 <= len(words) <= 3 and not any(w.lower_ in _BODY_OR_TITLE_WORD or w.lower_ in _BODY_OR_TRADE_WORD for w in words) \
        and not all(is_common_word(w.text) and not is_given_name(w.text) for w in words)


def _before_silk_letters(ent: Span) -> bool:
    """'[Bola Ade] (SAN) represented the bank' read as a body: right before a senior counsel's
    letters in brackets (SILK_LETTERS) that are no initials of it, a counsel's name (`_a_counsels_name`)."""
    doc = ent.doc
    return _silk_letters_in_brackets(doc, ent.end + 1) and doc[ent.end + 1].lower_ not in all_initials(ent.text) \
        and all(t.is_title and t.is_alpha for t in ent) and _a_counsels_name(ent)


def _month_surnamed_people(sent: Span) -> list[Span]:
    """'Ann May said', 'the minister, Sarah August, warned': a given name (gender-guesser's)
    right before a capitalised month's name inside the sentence, with no day or year after it
    ('Ann May 5', 'in May 2019' are dates), is a person's full name the recogniser reads as a
    date or cuts to the given name ('Theresa, May I ask' has a comma between); so is the month's
    name after an honorific ('Ms August said')."""
    found = []
    doc = sent.doc
    for month in span_tokens(sent)[1:]:
        if not month.is_title or month.lower_ not in MONTH_NAMES or month.i + 1 >= sent.end:   # cheap test first
            continue
        given, after = doc[month.i - 1], doc[month.i + 1]
        if given.lower_ in HONORIFICS and given.is_title and not (after.like_num or is_year(after.text)) \
                and month.ent_type_ in ("", "DATE"):
            found.append(Span(doc, month.i, month.i + 1, label="PERSON"))     # 'Ms August said'
            continue
        if not (given.is_title and given.pos_ == "PROPN" and given.lower_ not in MONTH_NAMES and is_given_name(given.text)) \
                or after.like_num or is_year(after.text) or after.is_title and after.pos_ == "PROPN":
            continue
        start = given.i
        if given.ent_type_ == "PERSON":
            ent = next(e for e in doc_ents(doc) if e.start <= given.i < e.end)
            if ent.end != given.i + 1:
                continue            # the recogniser's name goes on past the month's word
            start = ent.start       # 'Mary Ann May'
        elif given.ent_type_ not in ("", "DATE") or month.ent_type_ not in ("", "DATE", "PERSON"):
            continue
        found.append(Span(doc, start, month.i + 1, label="PERSON"))
    return found


def _agreement_acronyms(sent: Span) -> list[str]:
    """'the Corran Trade Agreement (CTA)', 'the Zembian Free Trade Area (ZFTA)', 'the Digital Media
    Act (DMA)': the acronym an agreement's, a trade area's or a law's name defines names that
    agreement or law, whatever the recogniser takes it for later ('the CTA would cut tariffs')."""
    if "(" not in doc_text(sent.doc):
        return []           # no bracket in the paragraph: no acronym is defined in it
    found = []
    for ent in span_ents(sent):
        tokens = [t for t in span_tokens(ent) if t.lower_ not in ARTICLES]
        if "(" in [t.text for t in tokens]:
            tokens = tokens[:[t.text for t in tokens].index("(")]
        if not tokens or ent.label_ == "PERSON":
            continue
        name = span_text(ent.doc[tokens[0].i:tokens[-1].i + 1])
        after = ent.doc[tokens[-1].i + 1:tokens[-1].i + 4]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and is_acronym_of(after[1].text, name) \
                and (names_an_agreement(name) or names_a_trade_area(name)):
            found.append(norm(after[1].text))
    return found + _acronyms_of_unrecognised_agreements(sent)


def _acronyms_of_unrecognised_agreements(sent: Span) -> list[str]:
    """'breaching the Kessan Online Safety Act (KOSA)': the recogniser may take no entity for a
    law's written-out name and only the acronym for a body's; the capitalised words right
    before the bracket (with 'of', 'and', 'on', 'for' between them) are that name."""
    found = []
    tokens = span_tokens(sent)
    for n, bracket in enumerate(tokens[1:-2], 1):
        acronym, closing = tokens[n + 1], tokens[n + 2]
        if bracket.text != "(" or closing.text != ")":
            continue
        start = n
        while start > 0 and tokens[start - 1].lower_ not in ARTICLES \
                and (tokens[start - 1].is_title or tokens[start - 1].lower_ in LAW_NAME_LINKS and start > 1
                     and tokens[start - 2].is_title):
            start -= 1
        name = " ".join(t.text for t in tokens[start:n])
        if start < n and names_an_agreement(name) and is_acronym_of(acronym.text, name):
            found.append(norm(acronym.text))
    return found



def _inside_a_titles_portfolio(ent: Span) -> bool:
    """'Vice-President for [Digital] Affairs Ann Lowe', 'Commissioner for [Fair Trade] Tom Reed': a
    name the recogniser found in the capitalised words between a title's 'for' and the person's
    name right after them is the title's portfolio, ending in a common noun, no body ('Mayor of
    Kessa Council Ann Lowe' is one: 'of'; so are a body's head word, 'Envoy for the Harbour Council
    Ann Lowe', and a proper name, 'Envoy for Oxfam Ann Lowe')."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end < len(doc) and doc[end].is_title and doc[end].ent_type_ != "PERSON" and doc[end].pos_ == "PROPN":
        end += 1
    if start < 2 or doc[start - 1].lower_ != "for" or doc[start - 2].lower_ not in PERSON_ROLE_WORDS \
            or end >= len(doc) or doc[end].ent_type_ != "PERSON" or not doc[end].is_title:
        return False
    words = {t.lower_ for t in doc[start:end]}
    return is_common_word(doc[end - 1].text) and not canonical(span_text(doc[start:end])) and not words & ORG_HEADS


def _holds_a_portfolio(title: str, field: str) -> bool:
    """A minister's, secretary's or commissioner's field; a unit head's function ('Director of
    Public Affairs'); not a chairman's or president's ('Chairman of Harbour Energy': a body)."""
    return title in PORTFOLIO_HOLDER_TITLES or title in UNIT_HEAD_TITLES and field in UNIT_FUNCTION_WORDS


def _first_field_left_out(ent: Span) -> bool:
    """'the Mining and [Land Claims Court]': a body's name the recogniser opened after
    'and' opens on the capitalised common word between 'the' and 'and' where the entity opens on
    a common word too and ends on a body's head word ('the Police and [Fire Service]': 'Police'
    is a body's word; 'the Kessa and [Labour Court]' has a proper name; 'the Mayor and [City
    Council]', 'the Speaker and [Budget Committee]': a title's word is an office's holder beside the body)."""
    doc, i = ent.doc, ent.start
    if i < 3 or doc[i - 1].lower_ not in TITLE_FIELD_JOINS or doc[i - 3].lower_ not in ARTICLES or len(ent) < 2:
        return False
    first, field = ent[0], doc[i - 2]
    return ent[-1].lower_ in ORG_HEADS and first.is_title and _a_common_noun_or_plural(first.text) \
        and field.is_title and field.is_alpha and not field.ent_type_ and _a_common_noun_or_plural(field.text) \
        and field.lower_ not in _ORG_HEAD_OR_TITLE and not canonical(field.text) and not is_known_place(field.text)




def a_post_taken_for_a_name(ent: Span) -> bool:
    """The recogniser's entity is a post or a word of one, no name: a word that says which post
    ('the [Branch] Chairman', '[Joint] Secretary Ann Lowe', `_a_titles_qualifier`) or a post set off before its holder's name
    ('[The Town Clerk], Mr. Tom Reed,', `_a_post_set_off_beside_its_holder`) or the place or field a
    post's 'for'/'of'/'in' gives before it ('The Senator for [Kessa], Tom Reed,',
    `_a_posts_seat_before_its_holder`). Read by the name finder
    and by the role reader (roles._entity_key), so neither makes a body of it."""
    return ent.label_ != "PERSON" and _a_titles_qualifier(ent) \
        or ent.label_ in ("ORG", "PERSON") and _a_post_set_off_beside_its_holder(ent) \
        or ent.label_ == "PERSON" and _a_posts_seat_before_its_holder(ent)


def _a_titles_qualifier(ent: Span) -> bool:
    """'the [Branch] Chairman', '[Division] Commander Tom Reed': one capitalised word of a post
    held in one place (LOCAL_POST_WORDS; not a firm's name that is a common word, 'Shell Chairman
    X', 'Oracle Chairman X'), no body's word (ORG_HEADS, GENERIC_BODY_WORDS: 'Police Commissioner',
    'Treasury Secretary' keep their body) nor a portfolio nor a known name, joined to the person's
    title right after it; and an adjective of the general lexicon that says which post a named holder
    holds (`_a_common_word_qualifying_a_holders_post`: '[Joint] Secretary Ann Lowe', 'the [Ranking]
    Member …, Dr. Tom Reed')."""
    words = [t for t in ent if t.lower_ not in ARTICLES]
    if len(words) != 1 or ent.end >= len(ent.doc):
        return False
    word, title = words[0], ent.doc[ent.end]
    if not (word.is_title and word.is_alpha and is_common_word(word.text) and not is_given_name(word.text)
            and not canonical(word.text) and not is_known_place(word.text)):
        return False
    return word.lower_ in LOCAL_POST_WORDS and word.lower_ not in BODY_OR_PORTFOLIO_WORDS \
        and title.is_title and title.lower_ in PERSON_ROLE_WORDS \
        and word.dep_ == "compound" and word.head.i == title.i \
        or _a_common_word_qualifying_a_holders_post(word)


def _a_common_word_qualifying_a_holders_post(word: Token) -> bool:
    """'[Ranking] Member Ann Lowe', '[Joint] Secretary Tom Reed', 'the [Ranking] Member for the Harbour
    Committee, Dr. Ann Lowe': a capitalised adjective of the general lexicon (checked by the caller)
    that says which post a holder named after it holds (`qualifies_a_post_before_its_holder`) names no
    body, unless the article writes it elsewhere as a name of its own or a word of a longer name
    ('Orrin said', 'United Airlines …', `_written_as_a_name_elsewhere`). A body's kind word in that place
    ('Agency spokeswoman X') is read by actors._drop_bare_body_nouns."""
    return is_adjective_word(word.text) and qualifies_a_post_before_its_holder(word) \
        and not _written_as_a_name_elsewhere(word)


def qualifies_a_post_before_its_holder(word: Token) -> bool:
    """'[Ranking] Member Ann Lowe', '[Agency] spokeswoman Tom Reed', '[Harbour] committee member Tom Reed':
    the parse joins the word as a compound or modifier to a post noun written after it
    (`_post_word_the_chain_reaches`), no rank ('United captain X': the side's name and his rank), whose
    holder the text names right after the post or after its phrase and a comma
    (`_where_the_holder_is_named`)."""
    if word.dep_ not in ("compound", "amod") or word.head.i <= word.i:
        return False
    post = _post_word_the_chain_reaches(word)
    return post is not None and post.lower_ not in STYLE_OR_RANK_TITLES and _where_the_holder_is_named(post) is not None


def _post_word_the_chain_reaches(word: Token) -> Token | None:
    """The post noun `word` qualifies ('Ward committee [member] X', 'Council [Auditor] X'): the last word
    of a person's title (TITLE_VOCABULARY or a capitalised doer's noun, 'Auditor'; no body's head word)
    among the words written right after it, up to the first word of a name, where the parse hangs `word` on one of them or on that name (it
    hangs 'Council' of 'Council Auditor Ann Lowe' on 'Lowe'); None where there is none."""
    doc = word.doc
    post = None
    for t in doc[word.i + 1:min(word.i + 5, len(doc))]:
        if t.ent_type_ == "PERSON" or not t.is_alpha or _a_name_at(doc, t.i):
            break
        if (singular(t.lower_) in TITLE_VOCABULARY or a_doers_noun(t)) and t.lower_ not in ORG_HEADS:
            post = t
    if post is None or word.head.i < post.i and not word.head.is_ancestor(post) and word.head.i != post.i:
        return None
    return post


def _where_the_holder_is_named(post: Token) -> int | None:
    """Where the name of the post's holder opens, or None: right after the post ('member [Ann Lowe]'),
    or after the phrase that goes on from it and a comma, styles of address allowed ('Member for the
    Harbour Committee, Dr. [Ann Lowe]')."""
    doc = post.doc
    after = post.i + 1
    if after < len(doc) and _a_name_at(doc, after):
        return after
    comma = next((t.i for t in doc[post.i + 1:min(post.i + 9, len(doc))] if t.text in COMMA_OR_SEMICOLON or t.pos_ in ("VERB", "AUX")), None)
    if comma is None or doc[comma].text != ",":
        return None
    after = comma + 1
    while after < len(doc) and (_a_style_opening_a_name(doc[after]) or doc[after].text == "." and after > comma + 1
                                or doc[after].text.rstrip(".").lower() in NAME_PREFIXES and doc[after].is_title):
        after += 1
    return after if after < len(doc) and _a_name_at(doc, after) else None


def speaker_after_a_court_participles_object(subject: Token, name: Token) -> bool:
    """'Defending Tom Reed, Ann Lowe said': the parser read the person's name that is the object of a court
    function's participle (COURT_SIDE_OPENERS) opening the sentence as the clause's subject, and the name set off
    after the comma (no 'and'/'or' between) as its conjunct or apposition; that name is the one who argues the
    side and speaks, the participle's object whom the side is argued for."""
    doc = subject.doc
    opener = doc[subject.sent.start]
    first = name.left_edge.i
    return opener.lower_ in COURT_SIDE_OPENERS and opener.tag_ == "VBG" \
        and subject.left_edge.i in (opener.i, opener.i + 1) and subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON" \
        and name.dep_ in NAME_SET_OFF_AFTER_A_NAME_DEPS and name.head.i == subject.i and name.pos_ == "PROPN" \
        and first > subject.i + 1 and doc[first - 1].text == "," \
        and not any(t.dep_ in COORDINATING_DEPS or t.lower_ in COORDINATORS for t in doc[subject.i + 1:first])


def first_or_after_a_connective(t: Token) -> bool:
    """'Green Party MLA for X, Y, said', 'However, Green Party MLA for X, Y, said': the word is the sentence's
    first, or follows no more than a connective (OPENING_CONNECTIVE_POS: an adverb or a conjunction) set off by
    its comma (unlike `_opens_its_sentence`, which lets only marks stand before the words)."""
    start = t.sent.start
    return t.i == start or t.i == start + 2 and t.doc[start].pos_ in OPENING_CONNECTIVE_POS and t.doc[start + 1].text == ","


def _a_post_set_off_beside_its_holder(ent: Span) -> bool:
    """'[The Harbour Master], Mr. Tom Reed, said', "[The Fishers' Delegate to Kessa], Ms Lowe,", 'the
    [Registrar] of the Guild, Ms Ann Lowe,', 'Ann Lowe, Chief [Surveyor of Roads] at the Kessa Works,':
    a phrase whose head is a person's post (a capitalised title word or doer's noun, no body's head word,
    singular), the words before it capitalised common words (after an owner's possessive, if any:
    "Fishers'"), is the post of the person it is set off beside, no name, whatever the recogniser typed
    it: opened by an article or opening its sentence, set off by a comma before a person's name itself closed by a comma
    (`_set_off_before_a_holder`), or set off by a comma right after a person's name, in more words than
    the post noun (a qualifier before it or its 'in'/'of'/'for' after it: 'Tom Reed, Baker, said' may
    be a list of names). Not a body ('the Harbour Council, Ann Lowe,': a body's head word; 'The Harbour
    Guardian, Tom Reed,': a paper's), not a name ('Ann Baker, Tom Reed,': a given name or a known name
    among the words)."""
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].lower_ not in ARTICLES \
            and not doc[start - 1].ent_type_ and start > ent.start - 3:
        start -= 1                              # 'The Deputy [Registrar]': the post's words the recogniser left out
    words = [t for t in doc[start:ent.end] if t.lower_ not in ARTICLES]
    opened = doc[start].lower_ in ARTICLES or start > 0 and doc[start - 1].lower_ in ARTICLES
    first = start - (doc[start].lower_ not in ARTICLES and opened)      # the article, or the post's first word
    after_a_name = first > 1 and doc[first - 1].text == "," and doc[first - 2].ent_type_ == "PERSON"
    if not words or not (opened or after_a_name or first_or_after_a_connective(doc[start])):
        return False
    if doc[start].lower_ not in ARTICLES and start > 1 and doc[start - 2].tag_ == "POS":
        return False                            # "the union's [Harbour] Chairman": an owner outside the entity
    head = []
    for t in words:
        if t.lower_ in POST_PLACE_PREPOSITIONS or not (t.is_title or t.tag_ == "POS"):
            break
        head.append(t)
    owner = max((n for n, t in enumerate(head) if t.tag_ == "POS"), default=-1)
    owned = head[owner + 1:]                    # (an owner's words are any: "Kessa's Representative" is a post too)
    if not owned:
        return False
    post = owned[-1]
    if not (post.tag_ in ("NN", "NNP") and (singular(post.lower_) in TITLE_VOCABULARY or a_doers_noun(post))
            and post.lower_ not in ORG_HEADS and post.lower_ not in GENERIC_BODY_WORDS
            and post.lower_ not in PUBLICATION_HEADS):
        return False                            # ('The Harbour Guardian, Tom Reed,': a paper's name)
    if any(not (is_common_word(t.text) or t.tag_ == "VBG" or t.lower_ in OFFICE_PARTICIPLES) or is_given_name(t.text) or canonical(t.text)
           or is_known_place(t.text) for t in owned[:-1]):
        return False                            # ('Managing Partner', 'Acting Registrar': a participle too)
    goes_on = post.i + 1 < len(doc) and doc[post.i + 1].lower_ in POST_PLACE_PREPOSITIONS
    opened = opened or first_or_after_a_connective(doc[start]) and (goes_on or post.i + 1 < len(doc) and doc[post.i + 1].text == ",")
    # ("Fishers' Delegate for Kessa, Ms Lowe,": it opens its sentence, the post running to the comma; not
    # "Kessa's owner, Ms Lowe,": there the name is the owner's, whose post follows)
    if after_a_name and (len(owned) > 1 or goes_on) and not is_given_name(owned[0].text) \
            and not _opens_a_list_item(doc, ent.end + 1):
        return True
    return opened and _set_off_before_a_holder(post)


def _set_off_before_a_holder(post: Token) -> bool:
    """A comma after the post (and its 'of'/'for' phrase) sets off a person's name, itself closed by a
    comma that opens no list item ('The Harbour Master, Mr. Tom Reed, said')."""
    doc = post.doc
    named = _where_the_holder_is_named(post)
    if named is None or named == post.i + 1:
        return False
    close = next((t for t in doc[named + 1:min(named + 7, len(doc))] if not (t.is_title or t.text in MARKS_INSIDE_A_PERSONS_NAME)), None)
    return close is not None and close.text == "," and not _opens_a_list_item(doc, close.i + 1)


def _opens_a_list_item(doc: Doc, i: int) -> bool:
    """'… , Tom Reed, [and] Ann Lowe': the words after the comma go on a list the name is an item of."""
    return i < len(doc) and doc[i].pos_ == "CCONJ"


def _a_posts_seat_before_its_holder(ent: Span) -> bool:
    """'The Senator for [Kessa], Tom Reed, said', 'Chief Surveyor of [Roads], Ann Lowe,': one word
    the recogniser typed a person, the object of the 'for', 'of', 'in', 'to' or 'on' of a capitalised post (a title
    word or a doer's noun) and set off by a comma before the holder's name, is the post's seat, place or
    field, no one (also where it may be a given name: 'The Member for [Harlow], Tom Reed,'). Not a word
    the article writes as part of a person's longer name
    ('the Lawyer for Reed, Ann Lowe,' after 'Tom Reed': the client), nor after a lower-case post ('a
    spokesman for Reed, Ann Lowe,': whose spokesman)."""
    doc = ent.doc
    if len(ent) != 1 or ent.start < 2 or doc[ent.start - 1].lower_ not in POST_PLACE_PREPOSITIONS:
        return False
    post = doc[ent.start - 2]
    if not (post.is_title and post.tag_ in ("NN", "NNP") and (singular(post.lower_) in TITLE_VOCABULARY or a_doers_noun(post))
            and post.lower_ not in ORG_HEADS):
        return False
    named = _where_the_holder_is_named(post)
    if named is None or named <= ent.start or doc[ent.end].text != ",":
        return False
    text = article_text(doc)
    return re.search(rf"[A-Z][\w'-]*\s+{re.escape(ent.text)}\b", text) is None


def _written_as_a_name_elsewhere(word: Token) -> bool:
    """The article writes the word capitalised elsewhere, not before a post word, as a name of its
    own or a word of a longer one: beside another capitalised word that is no post word ('Virgin
    Atlantic', 'Harbour United'; also at a sentence's or a line's start: a headline's 'Arrow Airlines
    cuts …'), or anywhere but at a sentence's or a line's start ('Shell said', 'at Shell')."""
    text = article_text(word.doc)
    for m in re.finditer(rf"\b{re.escape(word.text)}\b", text):
        before = text[max(0, m.start() - 40):m.start()]
        prev = before.split()[-1] if before.split() else ""
        rest = text[m.end():m.end() + 40].split()
        nxt = rest[0].strip(".,;:") if rest else ""
        if nxt and (singular(nxt.lower()) in TITLE_VOCABULARY or nxt == word.nbor().text):
            continue                            # before a post: the post's word again ('Council Auditor')
        opening = not prev or prev[-1] in MARKS_BEFORE_A_SENTENCES_FIRST_WORD or "\n" in before[len(before.rstrip()):]
        if not opening and prev[:1].isupper() and prev.lower() not in ARTICLES and singular(prev.lower()) not in TITLE_VOCABULARY:
            return True                         # the last word of a longer name
        if nxt[:1].isupper() and nxt.isalpha():
            return True                         # the first word of a longer name
        if not opening:
            return True                         # a name of its own
    return False


def _a_titles_field(ent: Span) -> bool:
    """'the Minister of [Coastal Services]', 'Commissioner for [Water Security and Rural
    Affairs]', 'the [Harbour Public Relations] Officer': capitalised common words ending on a field
    of work, right after a capitalised title and its 'of'/'for' or right before a capitalised title,
    where that title holds a portfolio (_holds_a_portfolio), are the title's remit, no body ('Minister of [Kessa Affairs]' has a proper name, 'Minister of
    the [Harbour Council]' a body's head word; 'the [Relations Board] Officer' ends on a body)."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ not in ARTICLES]
    if not words or not words[-1].is_title or words[-1].lower_ not in PORTFOLIO_FIELD_NOUNS \
            or canonical(span_text(doc[words[0].i:words[-1].i + 1])):
        return False
    if not all(t.lower_ in TITLE_FIELD_LINKS or t.is_title and t.is_alpha and _a_common_noun_or_plural(t.text)
               for t in words):
        return False
    start = ent.start - (ent.start > 0 and doc[ent.start - 1].lower_ in ARTICLES)
    while start >= 3 and doc[start - 1].lower_ in TITLE_FIELD_LINKS and doc[start - 2].is_title \
            and doc[start - 2].is_alpha and _a_common_noun_or_plural(doc[start - 2].text):
        start -= 2                              # 'Minister of Health and [Social Services]'
    title_before = start >= 2 and doc[start - 1].lower_ in TITLE_FIELD_PREPOSITIONS and doc[start - 2].is_title \
        and (_holds_a_portfolio(doc[start - 2].lower_, words[-1].lower_)
             or doc[start - 2].lower_ in UNIT_HEAD_TITLES and _a_remit_of_fields(words)
             and not _after_a_firms_post(doc, start - 2) and not _named_as_a_body_elsewhere(ent))
    title_after = ent.end < len(doc) and doc[ent.end].is_title and _holds_a_portfolio(doc[ent.end].lower_, words[-1].lower_)
    if title_before:
        return not any(t.lower_ in ORG_HEADS for t in words)
    return title_after


def _a_remit_of_fields(words: list[Token]) -> bool:
    """'Provincial Director of [Health Services]', 'Head of [Veterinary Services]': after a unit
    head's title and its 'of'/'for', words that are each a field of work (a portfolio's word or a
    field noun) or an adjective ('Medical', 'Veterinary': by its form or the model's word list),
    joined by 'and', and ending on a unit's word (UNIT_REMIT_ENDINGS: 'Services', 'Affairs'), are
    the post's remit, no body. 'Director of [Harbour Energy]' has a word that is neither (a firm's
    own word), 'Director of [Global Energy]' ends on a bare field word, a firm's shape: a body."""
    return words[-1].lower_ in UNIT_REMIT_ENDINGS and all(t.lower_ in TITLE_FIELD_LINKS or t.lower_ in PORTFOLIO_FIELD_NOUNS or t.lower_ in PORTFOLIOS
               or _an_adjective_by_form(t) or t.is_title and is_adjective_word(t.text) and not canonical(t.text)
               for t in words)


def _after_a_firms_post(doc, title: int) -> bool:
    """The unit head's title at `title` closes a firm's own post ('Managing Director', 'Chief
    Operating Officer', 'CEO'): the 'of' after it names the firm."""
    return any(span_text(doc[start:title + 1]).lower() in FIRM_HEAD_POSTS for start in range(max(0, title - 2), title + 1))


def _named_as_a_body_elsewhere(ent: Span) -> bool:
    """The article writes the remit's words elsewhere as a name standing on its own, not after a
    title's 'of'/'for' ('Universal Health Services said it would ...'): a body, wherever it stands."""
    text = span_text(ent).lower()
    return any(e.start != ent.start and span_text(e).lower() == text
               and not (e.start > 0 and e.doc[e.start - 1].lower_ in TITLE_FIELD_PREPOSITIONS
                        or e.start > 1 and e.doc[e.start - 1].lower_ in ARTICLES and e.doc[e.start - 2].lower_ in TITLE_FIELD_PREPOSITIONS)
               for e in ent.doc.ents)


def _a_state_titles_field_before_a_name(ent: Span) -> bool:
    """'[National Publicity] Secretary, Mr Tom Reed', '[Federal Disaster Management] Minister Ann
    Lowe', '[Palace Press] Officer Ann Lowe': capitalised common words (no body's head word, no
    known name, no place save a state's word, 'Federal') right before a portfolio holder's title (a minister's, secretary's or
    commissioner's; an officer's only for a unit's function, 'press', 'publicity') that a
    person's name follows are that title's field, no body; 'Harbour Asset Management Director
    Tom Reed' (a director), '[Kessa Water] Minister' (a proper name) keep theirs."""
    doc = ent.doc
    words = [t for t in span_tokens(ent) if t.lower_ not in ARTICLES]
    if not words or ent.end + 1 >= len(doc):
        return False
    end = _end_of_a_fields_list(doc, ent.end)
    # The fields run on past the entity ('[Fisheries and] Coastal Development Minister X'): the
    # entity's own words then end on the join, which is no field word; drop it (only a trailing one).
    while end > ent.end and len(words) > 1 and words[-1].lower_ in TITLE_FIELD_JOINS:
        words.pop()
    title = doc_tokens(doc)[end]            # the one-word test first: few names stand before a title
    if not title.is_title or not (title.lower_ in PORTFOLIO_HOLDER_TITLES_NOT_SPOKESPERSONS
                                  or title.lower_ in UNIT_HEAD_TITLES and words[-1].lower_ in UNIT_FUNCTION_WORDS):
        return False
    if canonical(span_text(doc[words[0].i:words[-1].i + 1])):
        return False
    if not _state_fields(words):
        return False
    if end + 1 >= len(doc):
        return False
    after = _after_the_title(doc, end)
    return _a_name_at(doc, after) \
        or doc[after].text.rstrip(".").lower() in NAME_PREFIXES and doc[after].is_title \
        or _apposed_to_a_name(doc, words[0].i, end)


def _a_titles_field_written_without_of(ent: Span) -> bool:
    """'Director [Public Works] Nakuru, Dr Tom Reed, said', 'Secretary [School Education] Accra, Ann Lowe,':
    a post written as South Asian and African papers write it, the title's field and the place it
    serves run on after a capitalised title word with no 'of', the whole set off by a comma before
    the holder's name. The entity is the field (capitalised common words ending on a field of work,
    no body's head word, no known name: _state_fields), right after the title word; then the one
    place the post serves (_a_place_a_post_serves, inside the entity or after it) before the comma, and
    the holder's name after it (a style of address, a person's entity or a given name: _a_name_at).
    'Director [Harbour Energy], Tom Reed' (no place: a firm may be so named) and 'Director [Health
    Services] Kessa said' (no name set off after it) keep their body. The recogniser's label is no evidence here: it types such
    a field a person as often as a body ('Director [Agriculture Kessa]')."""
    doc = ent.doc
    words = span_tokens(ent)
    place_inside = len(words) > 1 and not _a_field_noun(words[-1]) and _a_place_a_post_serves(words[-1], inside=True)
    if place_inside:
        words = words[:-1]                      # 'Director [Agriculture Kessa], Dr Tom Reed'
    if ent.start < 1 or not words or not _a_field_noun(words[-1]) or not _state_fields(words) \
            or canonical(span_text(ent)):
        return False
    title = doc[ent.start - 1]
    if not (title.is_title and singular(title.lower_) in TITLE_VOCABULARY and title.lower_ not in ORG_HEADS):
        return False
    comma = ent.end + (not place_inside and ent.end < len(doc) and _a_place_a_post_serves(doc[ent.end]))
    if comma == ent.end and not place_inside or comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    after = comma + 1
    while after < len(doc) and (_a_style_opening_a_name(doc[after]) or doc[after].text == "." and after > comma + 1):
        after += 1
    return after < len(doc) and (_a_name_at(doc, after) or after > comma + 1 and doc[after].is_title and doc[after].pos_ == "PROPN")


def _a_place_a_post_serves(t: Token, inside: bool = False) -> bool:
    """'Director Public Works [Nakuru]': one capitalised proper noun after a post's field word, before
    the comma that sets the post off, closes the post where the gazetteer knows it as a place (a city,
    a province, a country: is_known_place, canonical); a word it lacks may be a firm's name ('Director
    Marketing [Orwacom], Ms Ann Lowe': the employer) or the field's own last word, and is left alone.
    Not a word the recogniser typed a person or a body outside the field's entity (inside it the
    recogniser's type says nothing of the word), a title's or a body's word."""
    return t.is_title and t.is_alpha and t.pos_ == "PROPN" and (inside or t.ent_type_ not in ("PERSON", "ORG")) \
        and t.lower_ not in ORG_HEADS and singular(t.lower_) not in TITLE_VOCABULARY \
        and (is_known_place(t.text) or canonical(t.text) is not None)


def _apposed_to_a_name(doc, first: int, title: int) -> bool:
    """'Ann Lowe, the [Energy and Water] Commissioner, said': a title after 'the', set off by commas
    right after a person's name, is that person's."""
    return first >= 3 and doc[first - 1].lower_ == "the" and doc[first - 2].text == "," \
        and doc[first - 3].ent_type_ == "PERSON" and doc[first - 3].pos_ == "PROPN" \
        and title + 1 < len(doc) and doc[title + 1].text in COMMA_OR_FULL_STOP


def _state_fields(words: list[Token]) -> bool:
    """Capitalised common words of a state title's fields, each 'and' (or '&') between two words
    and right after a field of work ('Energy and Water', 'Housing and Urban Renewal'). The code
    does not count the joins; _end_of_a_fields_list reads at most one past an entity."""
    return all(_a_state_fields_word(t) or 0 < n < len(words) - 1 and t.lower_ in TITLE_FIELD_JOINS and _a_field_noun(words[n - 1])
               for n, t in enumerate(words))


def _fields_of_a_state_title(tokens: list[Token]) -> bool:
    """'[Energy and Water Commissioner] Ann Lowe': an entity the recogniser ran over a state title's
    two fields joined by 'and' and its title (a minister's, secretary's, commissioner's), a
    person's name right after it; the words before the title are the fields, no body."""
    doc = tokens[0].doc
    title = tokens[-1].i + 1
    words = [t for t in tokens if t.lower_ not in ARTICLES]
    return title + 1 < len(doc) and doc[title].is_title and doc[title].lower_ in PORTFOLIO_HOLDER_TITLES_NOT_SPOKESPERSONS \
        and any(t.lower_ in TITLE_FIELD_JOINS for t in words) and _a_field_noun(words[-1]) and _state_fields(words) \
        and not canonical(span_text(doc[words[0].i:words[-1].i + 1])) \
        and (_a_name_at(doc, _after_the_title(doc, title)) or _apposed_to_a_name(doc, words[0].i, title))


def _after_the_title(doc, title: int) -> int:
    """Where the holder's name would open after the title at `title` (which has a word after it):
    the next word, or the one after a comma ('Minister, Ann Lowe')."""
    return title + 1 + (doc[title + 1].text == "," and title + 2 < len(doc))


def _a_name_at(doc, i: int) -> bool:
    """A person's name opens at `i`: one the recogniser typed a person, or a given name and a
    capitalised word after it ('Minister, [Nadia Feltham]' typed a body)."""
    return doc[i].is_title and (doc[i].ent_type_ == "PERSON" or is_given_name(doc[i].text) and i + 1 < len(doc)
                                and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN")


def _a_state_fields_word(t: Token) -> bool:
    """A capitalised common word of a state title's field: no body's head word, no known name, no
    place save a state's word ('Federal')."""
    return t.is_title and t.is_alpha and (_a_common_noun_or_plural(t.text) or t.lower_ in PORTFOLIO_FIELD_NOUNS) and t.lower_ not in ORG_HEADS \
        and not canonical(t.text) and (not is_known_place(t.text) or t.lower_ in STATE_BODY_QUALIFIERS)


def _end_of_a_fields_list(doc, end: int) -> int:
    """'[Rural Affairs] and Forestry Minister X', '[Coastal] Development Minister X': where the
    title after the entity's words stands, once the rest of the field is read past (capitalised
    field words, with one 'and' or '&' joining two fields, each ending on a field of work:
    PORTFOLIO_FIELD_NOUNS); `end` itself where no such field follows."""
    i, joined = end, False
    while i < len(doc) and i < end + 5:
        t = doc[i]
        if t.lower_ in TITLE_FIELD_JOINS and not joined and _a_field_noun(doc[i - 1]):
            joined = True
        elif not (_a_state_fields_word(t) and t.lower_ not in PORTFOLIO_HOLDER_OR_UNIT_HEAD_TITLES
                  and t.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")):
            break
        i += 1
    if i == end or i >= len(doc) or not _a_field_noun(doc[i - 1]):
        return end
    return i


def _a_field_noun(t: Token) -> bool:
    """'Affairs', 'Fisheries', 'Development': a capitalised field of work a portfolio ends on."""
    return t.is_title and t.lower_ in PORTFOLIO_FIELD_NOUNS


def person_after_a_titles_portfolio(ent: Span) -> int | None:
    """'Vice-President for [Digital Affairs Ann Lowe]': a body's name the recogniser made of a
    title's portfolio (after the title's 'for', ending in a common noun) and the given name and
    surname after it; where the person's name starts (None where no given name follows the
    portfolio, or the words name a body: 'for [Harbour Council Ann Lowe]' keeps its body)."""
    doc = ent.doc
    first = ent.start + (doc[ent.start].lower_ == "the")
    unit_head = _person_after_a_units_function(ent)
    if unit_head is not None:
        return unit_head
    if ent.start < 2 or doc[ent.start - 1].lower_ != "for" or doc[ent.start - 2].lower_ not in PERSON_ROLE_WORDS:
        return _person_after_a_titles_of_field(ent, first)
    for i in range(ent.start + 1, ent.end - 1):
        if is_given_name(doc[i].text) and is_common_word(doc[i - 1].text) \
                and all(t.is_title and t.pos_ == "PROPN" or _inside_a_hyphenated_name_word(t) for t in doc[i:ent.end]) \
                and not {t.lower_ for t in doc[ent.start:i]} & ORG_HEADS:
            return i
    return None


def person_after_a_titles_field(ent: Span) -> int | None:
    """'Minister of [Agriculture Tamsin Oduya]', 'Commissioner for Roads and [Drainage Orwin Madaki]':
    an entity of any type that opens inside the field after a person's title and its 'of'/'for'
    (_start_of_a_titles_field) and ends on a person's name: where that name starts, read by
    position: the first word after the field's last dictionary word from which on two to four
    capitalised proper nouns run to the entity's end, the first a given name or a word no
    dictionary has, no body's word among them (_a_persons_name_after_a_field). None where no
    such name closes the entity ('Minister of [Foreign Affairs]', 'Chairman of [Harbour Grace
    Foods]': a body's words).
    Kept apart from person_after_a_titles_portfolio (an ORG right after 'for', a known given name):
    merged, either would read names the other leaves, so the output would change."""
    doc = ent.doc
    field, _ = _start_of_a_titles_field(doc, ent.start) or (None, None)
    if field is None or ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].pos_ == "PROPN":
        return None
    for i in range(max(ent.start, field + 1), ent.end - 1):
        if _a_fields_last_word(doc[i - 1]) and _a_persons_name_after_a_field(doc[i:ent.end]):
            return i if _closes_a_field(doc[i - 1]) else None
    return None


def _closes_a_field(t: Token) -> bool:
    """The word right before a name read by position may close a title's field: a field's noun
    (PORTFOLIO_FIELD_NOUNS) or a body's head word ('Local Government'), or a field of one word right
    after the title's preposition or a join ('Roads and Drainage'); not a further capitalised word
    that may open the name ('Minister of Youth Hope Orwin Dube': no cut)."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    return t.lower_ in PORTFOLIO_FIELD_OR_ORG_HEADS \
        or before is not None and before.lower_ in NAME_PREPOSITIONS_JOINS_OR_ARTICLES


def _start_of_a_titles_field(doc: Doc, i: int) -> tuple[int, Token] | None:
    """Where the field of a title runs that the word at `i` is in: read leftwards over
    capitalised words, a join between two of them ('Roads and Drainage'; a comma only in a list
    that closes with 'and', 'Trade, Industry and Tourism', not one setting off the name), a
    possessive ("People's") and, right after the title's preposition, 'the' and lower-case
    adjectives ('of the provincial …'), up to 'of'/'for' right after a person's title
    (PERSON_ROLE_WORDS, or a title word written with a capital: 'Member', 'Chairman'): the
    field's first word and the title; None where no such title stands before.
    Not shared with titles._two_fields_after_a_titles_preposition's walk: that one stops after four
    words, takes no join, possessive or adjective, and checks a portfolio holder, not any title."""
    j = i
    while j > 0 and (_a_walked_fields_word(doc[j - 1]) or doc[j - 1].text in POSSESSIVE_ENDINGS
                     or doc[j - 1].lower_ in TITLE_FIELD_JOINS and j > 1 and _a_walked_fields_word(doc[j - 2]) and doc[j].is_title
                     or comma_in_a_list_of_fields(doc[j - 1])):
        j -= 1
    k = j
    while k > 0 and doc[k - 1].is_lower and doc[k - 1].pos_ == "ADJ":
        k -= 1
    if k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    elif k != j:
        return None
    if k < 2 or doc[k - 1].lower_ not in NAME_PREPOSITIONS:
        return None
    title = doc[k - 2]
    low = title_word_key(title.text)
    if _in_apposition_to_a_name_before(title):
        return None
    return (j, title) if low in PERSON_ROLE_WORDS or title.is_title and singular(low) in TITLE_VOCABULARY and low not in ORG_HEADS \
        else None


def _in_apposition_to_a_name_before(title: Token) -> bool:
    """'Orwin Dube, (the) convener of the Kessa Bank Depositors Samiti, said': a title set off by a comma
    after a proper name describes that name's holder, so no holder's name can follow its field."""
    doc, i = title.doc, title.i - 1
    while i >= 0 and (doc[i].head == title and doc[i].dep_ in ("compound", "amod", "det") or doc[i].lower_ in ARTICLES):
        i -= 1
    return i > 0 and doc[i].text == "," and doc[i - 1].pos_ == "PROPN"


def _a_walked_fields_word(t: Token) -> bool:
    """A word the leftward walk of _start_of_a_titles_field goes over: a field's word
    (titles.a_fields_word), none typed a person or a given name ('Minister of Trade Ann Lowe and
    [National Express] Chairman Tom Hale': the walk stops at 'Lowe', the firm is no field)."""
    return a_fields_word(t) and t.ent_type_ != "PERSON" and not is_given_name(t.text)


def _inside_a_titles_field_before_a_name(ent: Span) -> bool:
    """'Secretary for [Harbours] and Shipping Orwin Ka-lei': a name the recogniser found among the
    capitalised dictionary words of the field of a title that holds a portfolio (a minister's,
    secretary's, commissioner's: _start_of_a_titles_field), the field running on past it to a
    person's name, is a word of the title, no body; not a body's head word or a known name
    ('Minister for the [Harbour Council] and Shipping …'), nor the object of another title's 'of'
    ('CEO of [Velmar] Orwin Hale': a firm)."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ not in ARTICLES]
    if not words or not _a_portfolio_holders_field(doc, ent.start) or canonical(span_text(ent)) \
            or not all(_a_fields_last_word(t) and t.lower_ not in ORG_HEADS or t.lower_ in TITLE_FIELD_JOINS for t in words):
        return False
    end = ent.end
    while end < len(doc) and end < ent.end + 6 and doc[end].ent_iob_ != "B" \
            and (_a_fields_last_word(doc[end]) or doc[end].lower_ in TITLE_FIELD_LINKS):
        if _a_capitalised_titles_word(doc[end]):
            return False        # '… and [Harbour Chartered] Chief Executive X': a body's name before its post
        end += 1
    after = entity_at(doc[end]) if end < len(doc) and doc[end].ent_iob_ == "B" else None
    return after is not None and (after.label_ == "PERSON" or person_after_a_titles_field(after) is not None)


def _a_portfolio_holders_field(doc: Doc, i: int) -> bool:
    """The word at `i` is in the field of a title that holds a portfolio (a minister's, secretary's,
    commissioner's: PORTFOLIO_HOLDER_TITLES), read by _start_of_a_titles_field."""
    field = _start_of_a_titles_field(doc, i)
    return field is not None and title_word_key(field[1].text) in PORTFOLIO_HOLDER_TITLES


def portfolio_field_before_a_name(ent: Span) -> bool:
    """'Secretary for Finance and [Local Government Tamsin Oduya]': an entity that opens in the
    field of a portfolio holder's title and ends on the holder's name (person_after_a_titles_field):
    its words before the name are the title's, no body ('CEO of [Velmar Orwin Hale]': Velmar is one)."""
    return _a_portfolio_holders_field(ent.doc, ent.start) and person_after_a_titles_field(ent) is not None


def _a_fields_last_word(t: Token) -> bool:
    """The last word of a title's field before the holder's name: a capitalised dictionary word
    that is no given name ('Agriculture', 'Parliament', 'Drainage'), or a body's head word.
    Not titles.a_fields_word: that one refuses a body's head word and title words, this one takes them."""
    return t.is_title and t.is_alpha and (is_common_word(t.text) and not is_given_name(t.text) or t.lower_ in ORG_HEADS)


def _a_persons_name_after_a_field(words: Span) -> bool:
    """Two to four capitalised proper nouns (a hyphenated given name's parts too: 'Orwin Ka-lei')
    that make a person's name: the first a given name or a word no dictionary has, none a body's
    head word, no known name; a common word after the first only as the closing surname after a
    given name ('Grace Mills'), and no body's or thing's head (_a_bodys_word_after_the_opening)."""
    name = [t for t in words if not _inside_a_hyphenated_name_word(t) or t.is_title]
    if not 2 <= len(name) <= 4 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in name):
        return False
    first = name[0]
    if is_common_word(first.text) and not is_given_name(first.text) or any(t.lower_ in ORG_HEADS for t in name):
        return False
    if not is_given_name(first.text) and any(is_common_word(t.text) for t in name[1:]):
        return False        # 'the Garment [Orwa Sangha Forum]': a body's name in another tongue
    if any(t.lower_ in _BODY_OR_TRADE_WORD or _a_common_plural(t.text) for t in name[1:]):
        return False        # 'Chairman of Harbour [Grace Foods]', '[Grace Mills]': a firm's name may end so
    return not canonical(span_text(words)) and not _a_bodys_word_after_the_opening(words[1:])


def _inside_a_hyphenated_name_word(t: Token) -> bool:
    """The hyphen of 'Ka-ho' and its lower-case syllable: a hyphen written without spaces after
    a capitalised word, and the word of letters right after such a hyphen (a name written with a
    hyphenated given name stays one name)."""
    doc = t.doc
    if t.text in HYPHENS:
        return not t.whitespace_ and t.i > 0 and not doc[t.i - 1].whitespace_ and doc[t.i - 1].is_title \
            and t.i + 1 < len(doc) and doc[t.i + 1].is_alpha
    return t.is_alpha and t.i > 1 and doc[t.i - 1].text in HYPHENS and _inside_a_hyphenated_name_word(doc[t.i - 1])


def _person_after_a_units_function(ent: Span) -> int | None:
    """'Head of [Corporate Communications Ama Owusu]', 'Director of [Public Affairs Tom Reed]': a
    body's name the recogniser made of a unit head's function (_holds_a_portfolio: its last word
    a unit's function, 'communications', 'affairs') and the two or three capitalised words
    after it, none a common word or a body's: where the person's name starts."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of" or doc[ent.start - 2].lower_ not in UNIT_HEAD_TITLES:
        return None
    for i in range(ent.start + 1, ent.end - 1):
        if _holds_a_portfolio(doc[ent.start - 2].lower_, doc[i - 1].lower_) and doc[i - 1].lower_ in UNIT_FUNCTION_WORDS \
                and 2 <= ent.end - i <= 3 and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and not is_common_word(t.text)
                                                  for t in doc[i:ent.end]) \
                and not {t.lower_ for t in doc[ent.start:i]} & ORG_HEADS:
            return i
    return None


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _person_after_a_titles_of_field(ent: Span, first: int) -> int | None:
    """'Leader of [the Opposition R. Ann Lowe]', 'Leader of [the House Tom Reed]': a body's name the
    recogniser made of the one capitalised common word after a title's 'of the' (the field the
    title leads, no body's head word) and the name after it: the name starts after that word,
    where an initial or a given name opens it and only capitalised proper nouns follow."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of" or not _a_title_before_its_body(doc[ent.start - 2]):
        return None
    if first != ent.start + 1:
        return _person_after_a_body_named_by_its_head(ent, first)
    if ent.end - first < 3:
        return None
    field, opening = doc[first], doc[first + 1]
    if not (field.is_title and is_common_word(field.text) and field.lower_ not in ORG_HEADS and not canonical(field.text)):
        return _person_after_a_bodys_name_after_of(ent, first)
    if not (_INITIALS.fullmatch(opening.text) or is_given_name(opening.text)) \
            or not all(t.is_title and t.pos_ == "PROPN" for t in doc[first + 1:ent.end]) \
            or _a_bodys_word_after_the_opening(doc[first + 2:ent.end]):
        return _person_after_a_bodys_name_after_of(ent, first)
    return first + 1


def _a_title_before_its_body(word: Token) -> bool:
    """'President [of the Senate]', 'Member [of Parliament]': a title only a person holds, or a
    capitalised word that is a seat's title only so written (TITLES_WHEN_CAPITALISED: 'a member
    of the club' is anyone's), before the 'of' of the body it serves."""
    return word.lower_ in PERSON_ROLE_WORDS or word.is_title and word.lower_ in TITLES_WHEN_CAPITALISED


def _a_bodys_word_after_the_opening(words: Span) -> bool:
    """'the Central [London Retail Partnership]': after a word that may open a person's name (a
    given name: 'London'), a body's head word or a common word that is no given name ('Retail',
    'Partnership') says the words go on a body's name, not a person's ('the House Tom Reed':
    'Reed' is a given name too). A common word that ends the words is a body's only where it is a
    body's head word ('the Opposition Grace Mills': 'Mills' is a surname)."""
    return any(t.lower_ in ORG_HEADS or is_common_word(t.text) and not is_given_name(t.text)
               and (t.i < words.end - 1 or t.lower_ in THING_OR_BODY_HEADS) for t in words)


def _person_after_a_bodys_name_after_of(ent: Span, first: int) -> int | None:
    """'Chief of [the Defence Force Angus Campbell]', 'President of [the Senate Godswill Obot
    Akpabio]': the recogniser ran the body a title heads into the holder's name written after
    it. The body's words are capitalised common words, none a given name, no known name; the
    name after them opens on a given name (gender-guesser's) or a word no dictionary has, and
    two or more capitalised proper nouns that are no common words but a given name make it up
    ('the Paris Commune', 'the Federal Reserve Board' stay bodies)."""
    doc = ent.doc
    n = first
    while n < ent.end and doc[n].is_title and doc[n].is_alpha and is_common_word(doc[n].text) \
            and not is_given_name(doc[n].text) and not canonical(doc[n].text):
        n += 1
    name = [t for t in doc[n:ent.end] if not _hyphen_inside_a_word(t)]     # 'Ann Al-Kandari' too
    if n == first or len(name) < 2 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in name):
        return None
    if not is_given_name(name[0].text) and is_common_word(name[0].text):
        return None
    if _a_bodys_word_after_the_opening(doc[name[1].i:ent.end]):
        return None
    return n


def _person_after_a_body_named_by_its_head(ent: Span, first: int) -> int | None:
    """'Member of [Parliament Ann Lowe]', 'Speaker of [National Assembly Tom Reed]': with no
    'the' after the title's 'of', the body's words run into the holder's name only where they
    end on a body's head word (ORG_HEADS); 'director of [Brennock Marine Supplies]' is a firm."""
    start = _person_after_a_bodys_name_after_of(ent, first)
    return start if start is not None and ent.doc[start - 1].lower_ in ORG_HEADS else None


def _end_of_a_body_named_for_a_cause(ent: Span) -> int | None:
    """'Americans for Fair Taxes-Nevada', 'Europeans for Open Borders': a people's plural the
    recogniser tagged alone, with a 'for' that the parse hangs on it and capitalised proper nouns
    after it (a state's or city's chapter joined by a hyphen with no space), is a body's name and
    no country; where the name ends (None where no such name follows: 'Americans for decades')."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].tag_ not in PLURAL_NOUN_TAGS or not ent[0].is_title or ent.end + 1 >= len(doc) \
            or doc[ent.end].lower_ != "for" or doc[ent.end].head.i != ent[0].i:
        return None
    end = ent.end + 1
    while end < len(doc) and (doc[end].is_title and doc[end].pos_ == "PROPN"
                              or doc[end].text in HYPHEN_OR_EN_DASH and not doc[end].whitespace_ and not doc[end - 1].whitespace_
                              and end + 1 < len(doc) and doc[end + 1].is_title):
        end += 1
    return end if end > ent.end + 1 and doc[end - 1].is_title else None


def _councillor_by_surname(ent: Span) -> bool:
    """'Cr Bellamy', 'Cllr Okafor': a councillor's abbreviated title, written with a capital and a
    small letter (never a body's capitals: 'CR Holdings'), before one capitalised word that is no
    body's word, is a councillor named by surname."""
    return len(ent) == 2 and ent[0].is_title and ent[0].lower_ in COUNCILLOR_ABBREVIATIONS \
        and ent[1].is_title and ent[1].pos_ == "PROPN" and ent[1].lower_ not in _BODY_OR_TITLE_WORD


def _initials_of_agreements_named(spans: list[NameSpan], parsed: ParsedArticle) -> set[str]:
    """The initials of each agreement, trade area or thing (`names_a_thing`: 'the Air Quality Index'
    … 'the AQI') the article names in full, where it also
    writes them as one word ('the Corran Trade Agreement' … 'Cota'/'COTA', no brackets between):
    that word is the agreement's acronym, mixed case or capitals, like a defined one."""
    words = {norm(s.name) for s in spans if len(s.name.split()) == 1 and len(s.name) >= 3}
    if not words:
        return set()
    found = set()
    for sent in parsed.sentences:
        for ent in span_ents(sent):
            if ent.label_ == "PERSON":
                continue
            text = span_text(ent)       # `ent.text` joins the entity's words anew on every call
            if names_an_agreement(text) or names_a_trade_area(text) or names_a_thing(text):
                found |= all_initials(clean_surface(text)) & words
        found |= _initials_of_a_common_term(sent, words)
    return found


_TERM_DEFINITION = re.compile(r"\b((?:[a-z][a-z-]* ){0,5}[a-z][a-z-]*) \(([A-Z][A-Za-z]{1,6})\)")


def _initials_of_a_common_term(sent: Span, words: set[str]) -> set[str]:
    """'refined sugar (RS)', 'the water hardness index (WHI)', 'a joint funding framework (JFF)': initials the
    article defines by words it writes in lower case name a term, as an agreement's do, where the defining
    words' head (the last word, or the word before 'of', 'for' or 'on') is a term's noun: a commodity, a product, a measure,
    an index, a loan or a rate (TERM_HEAD_NOUNS, by the word or its singular) or a document's (DOCUMENT_HEADS).
    Any other head may be a body's ('the special investigating unit (SIU)', 'the district health team
    (DHT)', 'the directorate of criminal investigations (DCI)'): those keep their page. Only initials that
    spell the words run right before the bracket (`all_initials`), and not where they modify a body's noun
    (`_initials_name_a_body_after`: 'the road levy (RL) board')."""
    found = set()
    for m in _TERM_DEFINITION.finditer(span_text(sent)):
        short = norm(m.group(2))
        if short not in words:
            continue
        phrase = m.group(1).split()
        term = next((phrase[k:] for k in range(len(phrase)) if short in all_initials(" ".join(phrase[k:]))), None)
        if not term:
            continue
        link = next((k for k, w in enumerate(term) if k and w in NAME_PREPOSITIONS_OR_ON), None)
        head = (term[link - 1] if link else term[-1]).split("-")[-1]
        if _initials_name_a_body_after(sent.doc, m.group(2), short, span_text(sent)[m.end():]):
            continue            # 'the road levy (RL) board', 'the RL board met': the initials name the board
        if head in TERM_HEAD_NOUNS or head in DOCUMENT_HEADS \
                or any(one in TERM_HEAD_NOUNS or one in DOCUMENT_HEADS for one in _singulars_of_a_plural(head)):
            found.add(short)
    return found


def _initials_name_a_body_after(doc: Doc, initials: str, short: str, rest: str) -> bool:
    """'the road levy (RL) board met', 'The RL board cut ...': a term's initials that modify a body's noun
    (ORG_OR_GENERIC_BODY_WORDS) right after the bracket, or anywhere the article uses them as a noun's
    modifier of a body, name that body, not the term."""
    after = rest.split(None, 1)
    if after and after[0].lower().strip(".,;:") in ORG_OR_GENERIC_BODY_WORDS:
        return True
    return any(t.text == initials and t.dep_ in ("compound", "nmod", "amod") and t.head.i > t.i
               and t.head.lower_ in ORG_OR_GENERIC_BODY_WORDS for t in doc)


_AGREEMENT_OR_LAW_HEADS = AGREEMENT_HEADS | LAW_HEADS      # united once, not per call


def names_an_agreement(name: str) -> bool:
    """'Corran Trade Agreement', 'Treaty of Kessa', 'Kessan Online Safety Act': the name of an
    agreement or a law (its head word, the last or the one before 'of'); not 'North Atlantic
    Treaty Organization'."""
    words = norm(name).split()
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1] if words else ""
    return not canonical(name) and head in _AGREEMENT_OR_LAW_HEADS


def names_a_trade_area(name: str) -> bool:
    """'Zembian Free Trade Area', 'Corran Trade Zone': a trade area is made by an agreement; its
    name ends in 'Trade Area' or 'Trade Zone' ('Trade Zone Authority' heads with a body's word)."""
    return not canonical(name) and " ".join(norm(name).split()[-2:]) in TRADE_AREA_HEADS


_CONTACT = re.compile(rf"\b[\w.+-]+@[\w-]+\.[\w.]+\b|(?:^|\s)@\w{{3,}}\b"
                      rf"|\b(?:{'|'.join(CONTACT_VERBS)}) (?:him|her|them|me|us) (?:{'|'.join(CONTACT_PREPOSITIONS)})\b", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
CLAUSE_DEPS = ("ccomp", "advcl", "xcomp", "parataxis")


def is_author_note(doc: Doc) -> bool:
    """'A B is a columnist for X. Follow him on Twitter: @ab. Reach him at ab@x.com.': a short
    paragraph at the foot of an article that opens on the writer ('A B is a columnist', 'A B
    writes for X') or on the contact itself, gives an e-mail address, a handle or 'follow him
    on', outside quotation marks, and reports nobody's words, is the author's note; its names
    count only as far as the story names them too. A tip line or a speaker's handle in a
    story's last paragraph is no note."""
    text = doc_text(doc).strip()
    sentences = list(doc.sents)
    if len(sentences) > 3 or not _CONTACT.search(_QUOTED.sub(" ", text)) or _reports_words(doc):
        return False
    return bool(_CONTACT.match(text)) or _opens_on_a_contact_verb(text) or _about_the_writer(sentences[0]) \
        or _a_name_and_its_contact(doc)


def _opens_on_a_contact_verb(text: str) -> bool:
    """'Message the Wellmouth Courier's court reporter, Ann Lowe, via …', 'Reach reporter Tom Reed on @…', 'Email
    the Orwin Gazette at …': a paragraph that opens on a contact verb (CONTACT_VERBS, as the imperative the parser
    often takes for a name's first word), with a writer's noun (WRITER_NOUNS) or an outlet's head word
    (PUBLICATION_HEADS) between it and the contact after a contact preposition (CONTACT_PREPOSITIONS), tells
    readers how to reach the writer: the writer's note (its names count only as far as the story names them
    too). Without such a word the line points to someone the story is about ('Contact the Kessa Food Bank at
    … to donate', 'Email Ann Lowe, the harbourmaster, at …'), no note."""
    contact = _CONTACT.search(text)
    before = text[:contact.start()].split() if contact else []
    if not (len(before) > 2 and before[0].lower() in CONTACT_VERBS and before[0][:1].isupper()
            and before[-1].lower() in CONTACT_PREPOSITIONS):
        return False
    words = [re.sub(r"['’]s$", "", w.strip(".,;:'’")) for w in before[1:-1]]     # 'the Courier's' → 'Courier'
    return any(w.lower() in WRITER_NOUNS or singular(w.lower()) in WRITER_NOUNS
               or w[:1].isupper() and w.lower() in PUBLICATION_HEADS for w in words)


def _a_name_and_its_contact(doc: Doc) -> bool:
    """'Ann Lowe: alowe@harbourtimes.com', 'Ann Lowe | @annlowe': a paragraph of nothing but a proper name
    and the contact after it signs the story, as a writer's note does."""
    text = doc_text(doc)
    contact = _CONTACT.search(text)
    words = [t for t in doc if not t.is_space and t.idx < contact.start()] if contact else []
    names = [t for t in words if t.is_alpha]
    return contact is not None and not text[contact.end():].strip(" .\n") and 2 <= len(names) <= 4 \
        and all(t.pos_ == "PROPN" and t.is_title for t in names) and all(t.is_alpha or not t.text.isalnum() for t in words)


def _reports_words(doc: Doc) -> bool:
    """A verb of saying with a clause of its own ('wrote that …', '…, Tom Reed said'): somebody's words."""
    return any(t.lemma_.lower() in SPEECH_VERBS and (t.dep_ == "parataxis" or any(c.dep_ in CLAUSE_DEPS for c in child_tokens(t)))
               for t in doc)


def _about_the_writer(sent: Span) -> bool:
    """'A B is a columnist for X', 'A B writes for X': a named person described as a writer;
    'A B can be reached at ab@x.com': the writer's contact (not 'A B, the scheme's coordinator,
    can be reached at …': a subject set beside a role other than a writer's is the story's contact)."""
    root = sent.root
    if root.lemma_.lower() in CONTACT_VERBS:
        return any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" and _no_role_but_a_writers(c) for c in child_tokens(root))
    if not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in child_tokens(root)):
        return False
    if root.lemma_.lower() in WRITING_VERBS:
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in child_tokens(root))
    described = [c for c in child_tokens(root) if c.dep_ == "attr"]
    described += [c for d in described for c in d.conjuncts]
    return root.lemma_ == "be" and any(d.lemma_.lower() in WRITER_NOUNS for d in described)


def _no_role_but_a_writers(name: Token) -> bool:
    """'Ann Lowe', 'Ann Lowe, a reporter for X,': a name beside no role, or only a writer's."""
    return all(a.lemma_.lower() in WRITER_NOUNS for a in child_tokens(name) if a.dep_ == "appos")


def is_byline(sent: Span) -> bool:
    """'By Ann Lowe and Tom Reed', 'By ANN LOWE, Associated Press': a paragraph of nothing but
    'By' and names credits the writers, who are no actors of the story (a word in capitals is a
    name's though the tagger took it for a noun: 'By ANN LOWE'); so does an opening paragraph of a
    writer and desk, or of a desk and where it files ('Staff Correspondent, Gazipur')."""
    if sent.start == 0 and (_a_writer_and_desk(sent) or _a_desk_and_where_it_files(sent)):
        return True
    if sent.start != 0 or next((t.lower_ for t in sent if not t.is_space), None) != "by":
        return False        # (asked first: the cheap tests that settle nearly every sentence)
    words = [t for t in sent if not t.is_space]
    if len(words) < 2 or len(words) > 12:
        return False
    rest = _without_writers_desk(words[1:])
    return rest[0].pos_ == "PROPN" and all(t.pos_ in ("PROPN", "CCONJ", "PUNCT") or t.is_upper and t.is_alpha for t in rest) \
        and _ends_its_paragraph(sent)


def _ends_its_paragraph(sent: Span) -> bool:
    """Nothing but white space follows the sentence in its paragraph (its document); asked word by
    word from the sentence's end, so that the first word after it settles most sentences."""
    return all(t.is_space for t in doc_tokens(sent.doc)[sent.end:])


def _words_of_a_short_paragraph(sent: Span) -> list[Token] | None:
    """The words of a sentence that ends its paragraph and has 3 to 8 of them (a byline's or a desk's
    line), else None."""
    if not _ends_its_paragraph(sent):
        return None         # (asked first: it settles nearly every sentence without a walk over its words)
    words = [t for t in sent if not t.is_space]
    if not 3 <= len(words) <= 8:
        return None
    return words


def _a_writer_and_desk(sent: Span) -> bool:
    """'Ann Lowe Health correspondent', 'Tom Reed, political editor': a paragraph of nothing but a
    name of two or more capitalised words and a desk that ends on a lower-case writer's noun, with
    no verb, is a byline without its 'By' (the desk's first word is no part of the name)."""
    words = _words_of_a_short_paragraph(sent)
    if words is None:
        return False
    last = words[-1]
    return last.is_lower and last.lemma_.lower() in WRITER_NOUNS and words[0].pos_ == "PROPN" and words[1].pos_ == "PROPN" \
        and words[0].is_title and words[1].is_title \
        and all(t.pos_ in ("PROPN", "NOUN", "ADJ") or t.text == "," for t in words)


def _a_desk_and_where_it_files(sent: Span) -> bool:
    """'Staff Correspondent, Gazipur', 'Sports Reporter | Harbour Times': a paragraph of nothing but a
    writer's post (words ending on a writer's noun, WRITER_NOUNS) and, after a desk's separator, where
    or for whom the writer files, with no verb, is a byline without the writer's name; the place or
    outlet after it is no actor of the story."""
    words = _words_of_a_short_paragraph(sent)
    if words is None:
        return False
    mark = next((n for n, t in enumerate(words) if t.text in DESK_SEPARATORS), None)
    return mark is not None and 0 < mark < len(words) - 1 and words[mark - 1].lemma_.lower() in WRITER_NOUNS \
        and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT") and (t.is_punct or t.is_title or t.is_upper) for t in words)


def _without_writers_desk(words: list[Token]) -> list[Token]:
    """'By Ann Lowe, Science correspondent', 'By Tom Reed, chief political editor', 'By Ann Lowe /
    Staff reporter': the byline's names without the desk that follows their last comma or slash
    (words that end on a writer's noun); the desk names the writer's job, no body of the story."""
    comma = max((n for n, t in enumerate(words) if t.text in DESK_SEPARATORS), default=None)
    if comma is None or comma == len(words) - 1:
        return words
    desk = words[comma + 1:]
    if desk[-1].lemma_.lower() in WRITER_NOUNS and all(t.pos_ in ("PROPN", "NOUN", "ADJ") for t in desk):
        return words[:comma]
    return words


def _without_nested(found: list[NameSpan]) -> list[NameSpan]:
    """A name that lies inside a longer one of the sentence is part of it ('United Nations
    Educational' inside 'United Nations Educational, Scientific and Cultural Organization'), also
    where only a title before it runs out of the longer one ('Deputy [Mayor Kemal] Ali Durmaz': the
    title's last word read with the given name)."""
    return [s for s in found if not any(o is not s and s.words.end <= o.words.end and (
        o.words.start <= s.words.start and len(o.words) > len(s.words)
        or o.words.start <= _name_start(s) and len(o.name.split()) > len(s.name.split())) for o in found)]


def _name_start(s: NameSpan) -> int:
    """Where the name's own words open, after any title written before it."""
    return s.start if s.start >= 0 else s.words.start


def _cut_to_known(span: NameSpan, known: set[str]) -> bool:
    """Keep a name from a headline line only as far as the body names it: 'Reed Holds
    Firm' is Reed where the article names Reed."""
    words = span.name.split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        if norm(name) in known or canonical(name):
            if size < len(words):
                span.name = span.surface = name
                span.words = span.words[:next((n for n, t in enumerate(span.words, 1)
                                               if t.idx + len(t.text) - span.words.start_char >= len(name)),
                                              len(span.words))]
            return True
    return False


_NO_NAME_ENTITY = ("", "WORK_OF_ART")        # "Cllr Oakes said" read as a work's title


def _titled_names(sent: Span, n: int) -> list[NameSpan]:
    """People the entity recogniser missed but a title marks: 'Lord Hale', 'Dr Ruiz'."""
    out = []
    tokens = span_tokens(sent)
    for i, t in enumerate(tokens[:-1]):
        letters = letters_stand_for_a_title(t)      # 'CP Tunde Bakare': a title's capital letters
        if not t.is_title and not letters:
            continue
        word = t.text.rstrip(".").lower()
        plural = word.endswith("s") and word[:-1] in PERSON_TITLES      # "Presidents A B of X and C D of Y"
        if not (letters or _a_style_opening_a_name(t) or t.is_title and plural):
            continue        # (any style of address or abbreviated rank: 'Hon. X', 'Det.-Sgt. X')
        run = []
        for u in tokens[i + 1:]:
            if u.pos_ != "PROPN" or not u.is_title or u.ent_type_ not in _NO_NAME_ENTITY or u.lower_ in PEERAGE_TITLES:
                break       # 'Attorney General Lord Reed': 'Lord' names nobody, it opens the name after it
            run.append(u)
        if letters and not _letters_of_a_title_before_a_full_name([t, *run]):
            continue        # ('CP Foods', 'ACP Ltd': the letters open a body's name, not a given name and a surname)
        if run and run[0].text.rstrip(".").lower() in HONORIFIC_WORDS and len(run) > 1:
            continue        # 'Secretary-General Dr Ann Lowe': the honorific after the title opens the name
        if run and run[0].i + 1 < sent.end and _a_style_before_a_given_name(sent.doc, run[0].i):
            continue        # 'Director Eng Sami Otaibi': a style of address opens the name (the entity's)
        if run and _initials_before_a_persons_entity(sent, run):
            continue        # 'Dr K [Venkata Ramana]': the initials open the person's name the recogniser found
        if len(run) > 1 and _a_body_named_with_a_titles_word([t.text], " ".join(u.text for u in run)):
            continue        # '(General Labour Confederation)': a body's name, no titled person
        if run and (any(u.lower_ in _BODY_TRADE_OR_PREMISES_WORD for u in run) or run[-1].dep_ == "compound"
                    and run[-1].head.i > run[-1].i and run[-1].head.pos_ == "NOUN" and run[-1].head.is_lower):
            continue        # 'the Maj Logistics depot', 'Sgt Pepper Bar', 'Fr Agnel Ashram': a place's, a firm's or an institution's name
        if word in STYLES_ALSO_OPENING_A_BODYS_NAME:
            continue        # 'Smt Radha Textiles' the recogniser missed: the style may open a firm's name, no person read from it
        if run and _an_event_named_after_a_title([t.text], " ".join(u.text for u in run), run[-1]):
            continue        # 'the Annual General Meeting': an event's name, no titled person
        if run and word != STYLE_AFTER_AN_ARTICLE and _a_facility_after_the(sent.doc, t.i, [u.text for u in run]):
            continue        # 'the Queen Edda Bridge': a facility named after a styled person
        if run and t.ent_type_ in _NO_NAME_ENTITY and not in_quoted_title(sent.doc, t.i, run[-1].i) \
                and not _titles_of_a_named_person(run) and run[-1].text.rstrip(".").lower() not in ROAD_NAME_HEADS:
            name = " ".join(u.text for u in run)
            if _an_office_addressed(sent.doc, t.i, run[-1].i, name, [t.text]):
                continue    # '"Mr Speaker, colleagues, …"': the office's holder addressed, no one's name
            last = _end_of_a_double_barrelled_surname(run[-1], sent.end)
            if last.i > run[-1].i and last.i + 1 < sent.end and _a_surname_after_a_hyphenated_name(sent.doc[last.i + 1]):
                last = _end_of_a_double_barrelled_surname(sent.doc[last.i + 1], sent.end)   # 'Mayor [Jean-Luc] Brossard'
            if last.i > run[-1].i:
                name = sent.doc[run[0].i:last.i + 1].text       # 'Mr [Okafor-Lane]': a surname cut at its hyphen
                run = list(sent.doc[run[0].i:last.i + 1])
            title = t.text[:-1] if plural else t.text
            out.append(NameSpan(surface=name if _ends_a_hyphenated_title(sent.doc, t.i) else f"{title} {name}",
                                name=name, kind="person",
                                head=run[-1], sentence=n, titles=[title], words=sent.doc[t.i:run[-1].i + 1],
                                start=run[0].i))
    return out


def _names_after_an_office(sent: Span, n: int) -> list[NameSpan]:
    """People the recogniser missed after an office ('Fire Marshal Dennis Okafor', 'Minister
    for Health Conor Walsh', 'agency spokesperson Mara Tovi-Len'): capitalised words right after a
    capitalised title or a spokesperson's noun, or after a title's 'for'/'of' field, that end on a
    given name (gender-guesser's) and one more word are a person's name; with a field, only those
    last two words are ('Minister for Justice Ann Lowe'). Without a field, words that no list
    knows as a given name are one where they speak (`_speaks_as_named`)."""
    out = []
    doc = sent.doc
    for t in span_tokens(sent):
        if not _no_name_entity_on(t) or t.i + 1 >= sent.end or not (t.is_title and t.lower_ in PERSON_ROLE_WORDS
                                                     or t.is_lower and t.lower_ in SPOKESPERSON_NOUNS
                                                     or _a_title_opening_a_works_title(t)):
            continue
        i = t.i + 1
        field = doc[i].lower_ in TITLE_FIELD_PREPOSITIONS
        run = _capitalised_run(doc, i + field, sent.end)
        if not field and len(run) > 2 and a_style_of_address_word(run[0]):
            run = run[1:]       # 'Corporator Smt Ana Rao': the style after the office opens the name, no word of it
        last = _end_of_a_double_barrelled_surname(run[-1], sent.end) if run else None
        if len(run) < 2 or last.i + 1 < sent.end and doc[last.i + 1].ent_type_:
            continue
        name = run[-2:] if field or len(run) > 3 else run
        if field and len(run) < 3 or not (is_given_name(name[0].text) or not field and _speaks_as_named(last)) \
                or _a_body_title_or_field_word(name):
            continue
        if not field and _a_facility_after_the(doc, t.i, [u.text for u in run]):
            continue        # 'the Queen Edda Bridge': a facility named after a titled person
        out.append(_holders_name(name[0], last, n))
    return out


def _names_after_an_office_taken_for_a_body(sent: Span, n: int) -> list[NameSpan]:
    """"Kessa's Minister of Fisheries and Coastal Affairs Ana Lowe": the recogniser takes a title with its
    'of'/'for' field for a body's name and leaves the holder's name after it untagged; two or three
    capitalised words right after such a title, opening on a given name (gender-guesser's) and with no
    body's, title's, field's or country's word, are the holder's name (`_names_after_an_office` reads the
    title's field where the recogniser tagged none)."""
    out = []
    doc = sent.doc
    for ent in span_ents(sent):
        if ent.label_ != "ORG" or len(ent) < 3 or not (ent[0].is_title and ent[0].lower_ in PERSON_ROLE_WORDS) \
                or ent[1].lower_ not in ROLE_NAME_PREPOSITIONS:
            continue
        run = _capitalised_run(doc, ent.end, sent.end)
        if not run:         # the name run into the entity's end ('… Coastal Affairs Ana Lowe' tagged whole)
            run = next((list(ent[k:]) for k in (len(ent) - 3, len(ent) - 2) if k > 2 and is_given_name(ent[k].text)
                        and all(u.pos_ == "PROPN" and u.is_title and u.is_alpha for u in ent[k:])), [])
        if not 2 <= len(run) <= 3 or not is_given_name(run[0].text) \
                or _a_body_title_or_field_word(run):
            continue
        out.append(_holders_name(run[0], _end_of_a_double_barrelled_surname(run[-1], sent.end), n))
    return out


def _speakers_the_recogniser_missed(sent: Span, n: int) -> list[NameSpan]:
    """'Kiran Deshmane said …', 'Local KNP MLA Kiran Deshmane, who sits for the ward, said …', '…,"
    said Rhea Moodley': the subject of a verb of speech whose head is a capitalised proper noun in no
    entity is a person where the parse joins it, by its compound proper nouns, into two or three
    capitalised words that open on a given name (gender-guesser's) and hold no body's, title's,
    field's, country's or known place's word (`_speakers_name_run`). A capitalised phrase alone, or
    one that only does something else, is no evidence."""
    out = []
    for head in span_tokens(sent):
        subject = first_conjunct(head)      # 'Kiran Deshmane and [Sunita Rao] said'
        if subject.dep_ != "nsubj" or head.pos_ != "PROPN" or subject.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        run = _speakers_name_run(head, sent.start)
        if run and not _after_a_kind_of_body(run[0]):
            out.append(_holders_name(run[0], run[-1], n))
    return out


def _initials_before_a_persons_entity(sent: Span, run: list[Token]) -> bool:
    """'Dr K [Venkata Ramana]': `run`, after a style, is only the initials (_initials_after_a_style) that
    open a person's entity the recogniser begins right after it."""
    after = run[-1].i + 1
    toks = doc_tokens(sent.doc)
    return after < sent.end and toks[after].ent_iob_ == "B" and toks[after].ent_type_ == "PERSON" \
        and _initials_after_a_style(toks, after) == run[0].i


def _speakers_named_after_a_titles_field(sent: Span, n: int) -> list[NameSpan]:
    """'Minister of National Security Everald Brissett, who toured …, said': a title, 'of' or 'for'
    and a run of capitalised proper nouns in no entity, the subject of a verb of speech (the run's last
    word, or the title whose 'of' phrase the run is): the run's dictionary words open it as the title's
    field ('National Security') and the words left, two or three of them and none a dictionary word (a
    given name aside), a known place's or a known name's, are the holder's name. A given name is no
    evidence here: the field's end is ('Everald' is in no list of given names)."""
    out = []
    for last in span_tokens(sent):
        name = _holders_name_after_a_titles_field(last, sent.start) if _a_speakers_last_word(last) else None
        if name:
            out.append(_holders_name(name[0], name[-1], n))
    return out


def _a_speakers_last_word(last: Token) -> bool:
    """A capitalised proper noun in no entity that is the subject of a verb of speech, or the object of
    the 'of'/'for' of a title that is ('Minister of National Security Everald Brissett … said')."""
    if last.pos_ != "PROPN" or not last.is_title or not last.is_alpha or last.ent_type_ or last.dep_ not in ("nsubj", "pobj"):
        return False
    speaker = last if last.dep_ == "nsubj" else last.head.head if last.head.lower_ in TITLE_FIELD_PREPOSITIONS else None
    return speaker is not None and speaker.dep_ == "nsubj" and speaker.head.lemma_.lower() in SPEECH_VERBS


def _holders_name_after_a_titles_field(last: Token, start: int) -> list[Token] | None:
    """The two or three words of the run ending on `last` that follow a title, 'of'/'for' and the title's
    field (see _speakers_named_after_a_titles_field); None where the run is no such name."""
    run = _capitalised_compounds_ending_at(last, start)
    opening = 0
    while opening < len(run) and _a_fields_capitalised_word(run[opening]):
        opening += 1                # the field's words the parse joined to the name ('National Security')
    name = run[opening:]
    doc, field = last.doc, name[0].i if name else last.i
    while field > start and _a_fields_capitalised_word(doc[field - 1]):
        field -= 1
    if not 2 <= len(name) <= 3 or field == name[0].i or field < 2 or doc[field - 1].lower_ not in TITLE_FIELD_PREPOSITIONS \
            or doc[field - 2].lower_ not in _TITLES_BEFORE_A_FIELD:
        return None
    if any(is_common_word(t.text) and not is_given_name(t.text) or canonical(t.text) or is_known_place(t.text) for t in name):
        return None
    return name


def _a_fields_capitalised_word(t: Token) -> bool:
    """'National', 'Security': a capitalised dictionary word that is no given name, a word a title's
    field is written in."""
    return t.is_title and t.is_alpha and is_common_word(t.text) and not is_given_name(t.text)


def _capitalised_compounds_ending_at(last: Token, start: int) -> list[Token]:
    """The capitalised proper nouns of letters in no entity that the parse joins to `last` as
    compounds, read from the right, and `last`."""
    doc, i = last.doc, last.i
    while i - 1 >= start and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i in range(i, last.i + 1) \
            and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title and doc[i - 1].is_alpha and not doc[i - 1].ent_type_:
        i -= 1
    return list(doc[i:last.i + 1])


def _after_a_kind_of_body(first: Token) -> bool:
    """'Local bakery [Hope Tindall] said', 'Fashion house …', 'Hospital [Dolly Varden] said': a
    lower-case (or sentence-opening) noun for a kind of firm, body or premises right before the name
    makes it the firm's or the body's, no speaker's."""
    if first.i == 0:
        return False
    kind = first.doc[first.i - 1]
    return (kind.is_lower or kind.is_sent_start and kind.is_title) and kind.lower_ not in TITLE_VOCABULARY \
        and kind.lower_ in _KINDS_OF_BODY_BEFORE_A_NAME and not _a_bodys_doer_after_its_name(kind)


# the body kinds of a doer's form that are also an officer's post in a body of members ('organiser'); not
# 'contractor', 'supplier': a body's contractor is as often a firm named like a person
_A_BODYS_OFFICER_DOERS = frozenset(w for w in MEMBER_BODY_OFFICER_TITLES | UNION_BRANCH_OFFICER_POSTS if w.endswith(DOER_NOUN_ENDINGS))


def _a_bodys_doer_after_its_name(kind: Token) -> bool:
    """"Kelby Workers' Union organiser [Tom Reed] said", 'Union organiser [Tom Reed]': a kind noun that English
    forms as a doer and the lexicon knows as an officer's post in a body of members (_A_BODYS_OFFICER_DOERS:
    'organiser'), written right after a body's name (or its head word), is a post held at that body, so the
    name after it is its holder's, not a second body's ('the festival organiser Kelby Events' has no body's
    name before the kind; 'Kelby Council contractor X' is no officer's post)."""
    before = kind.doc[kind.i - 1] if kind.i > 0 else None
    return kind.is_lower and kind.tag_ == "NN" and kind.lower_ in _A_BODYS_OFFICER_DOERS and before is not None \
        and (before.ent_type_ == "ORG" and before.is_title or before.lower_ in ORG_HEADS and before.dep_ == "compound")


def _a_holders_name_after_a_bodys_doer(ent: Span) -> bool:
    """"Harbour Nurses Union organiser [Tom Reed]", 'Union organiser [Tom Reed]' read as a body: a given
    name and a surname (no body's word, no dictionary word: not 'Kelby Events') right after a body's doer noun that is a post held at the body
    named before it (`_a_bodys_doer_after_its_name`) are the holder's name."""
    if ent.start == 0 or not 2 <= len(ent) <= 3:
        return False
    kind = ent.doc[ent.start - 1]
    return _a_bodys_doer_after_its_name(kind) and is_given_name(ent[0].text) and _a_styled_persons_name(ent) \
        and not any(is_common_word(t.text) and not is_given_name(t.text) for t in ent)


def _speakers_name_run(head: Token, start: int) -> list[Token] | None:
    """The name the subject `head` ends: the capitalised proper nouns of letters in no entity the
    parse joins to it as compounds, read from the right. The name opens on the first given name (no
    family name written first: 'Te', 'Wei') that leaves two or three words, none a dictionary word
    that is no given name ('… Pawar Road'); what stands before it must be a title's or a body's word
    or initials ('KNP MLA'), not an unknown capitalised word that may open the name itself, nor a
    style of address ('Madam Chua Pei Ling': `_titled_names` reads it)."""
    doc = head.doc
    if not (head.is_title and head.is_alpha and not head.ent_type_):
        return None
    i = _capitalised_compounds_ending_at(head, start)[0].i
    if i > start and doc[i - 1].text.rstrip(".").lower() in _HONORIFICS_AND_TITLES:
        return None
    for first in range(max(i, head.i - 2), head.i):
        name = list(doc[first:head.i + 1])
        if _opens_a_persons_name(doc[first]) \
                and all(t.lower_ in _ORG_HEAD_OR_TITLE and t.lower_ not in _HONORIFICS_AND_TITLES for t in doc[i:first]) \
                and not _a_body_title_or_field_word(name) \
                and not any(t.lower_ in _BODY_OR_TRADE_WORD or is_common_word(t.text) and not is_given_name(t.text)
                            for t in name) \
                and not is_known_place(" ".join(t.text for t in name)):
            return name
    return None


def _capitalised_run(doc: Doc, start: int, end: int) -> list[Token]:
    """The capitalised proper nouns of letters only, untagged by the recogniser, from `start`
    on (up to `end`): the words an office's holder may be named by."""
    run = []
    for u in doc_tokens(doc)[start:end]:
        if u.pos_ != "PROPN" or not _written_as_a_name_word(u) or not u.is_alpha or not _no_name_entity_on(u):
            break
        run.append(u)
    return run


def _written_as_a_name_word(t: Token) -> bool:
    """'Reyes', 'DeAndre', 'McAllister': a capital first and a lower-case letter after it (a name's
    inner capital is no sign against it); not a word of capitals ('KMWB'), nor a lower-case word."""
    return t.text[:1].isupper() and any(c.islower() for c in t.text[1:])


def _a_title_opening_a_works_title(t: Token) -> bool:
    """'Superintendent Dana Reyes told reporters', tagged whole as a work's title: a capitalised title word
    (TITLE_VOCABULARY) opening that span is the post of the person named after it."""
    return t.is_title and t.ent_type_ == "WORK_OF_ART" and t.ent_iob_ == "B" and t.lower_ in TITLE_VOCABULARY


def _no_name_entity_on(t: Token) -> bool:
    """The recogniser gave the word no name: no entity, or a work's title outside quotation marks
    ('Superintendent Dana Reyes told reporters' read as one WORK_OF_ART: the post and its holder); not a work's
    title whose last word only qualifies a common noun after it ('Queen Charlotte Bridgerton star X said': a show's)."""
    return not t.ent_type_ or t.ent_type_ == "WORK_OF_ART" and not in_quoted_title(t.doc, t.i, t.i) \
        and not modifies_a_common_noun(entity_at(t)[-1])


def _a_body_title_or_field_word(words: list[Token]) -> bool:
    """A word of a body's or a title's (`_ORG_HEAD_OR_TITLE`), a field's (PORTFOLIOS) or a known
    name's among the words: no holder's name after an office."""
    return any(w.lower_ in _ORG_HEAD_OR_TITLE or w.lower_ in PORTFOLIOS or canonical(w.text) for w in words)


def _holders_name(first: Token, last: Token, n: int) -> NameSpan:
    """The person's name of the words from `first` to `last` after an office (sentence `n`)."""
    words = first.doc[first.i:last.i + 1]
    return NameSpan(surface=words.text, name=words.text, kind="person", head=last, sentence=n,
                    titles=[], words=words, start=first.i)


def _speaks_as_named(last: Token) -> bool:
    """'Chief District Officer Tek Bahadur Khadka told the Post': capitalised words right after a
    title whose last word is the subject of a verb of speech name the one who speaks, a person,
    though no list knows the given name."""
    return last.dep_ == "nsubj" and last.head.lemma_.lower() in SPEECH_VERBS


def _end_of_a_double_barrelled_surname(last: Token, end: int) -> Token:
    """'Chairperson Amina Diallo-Koné': the parser cuts a surname at its hyphen; the capitalised
    word joined to the name's last word by a hyphen with no space either side ends the name
    (not a dash set off by spaces, 'Ann Lowe - Harbury', nor a lower-case word, 'Ann Lowe-led')."""
    doc = last.doc
    while last.i + 2 < end and not last.whitespace_ and doc[last.i + 1].text == "-" and not doc[last.i + 1].whitespace_ \
            and doc[last.i + 2].is_title and doc[last.i + 2].is_alpha and not doc[last.i + 2].ent_type_:
        last = doc[last.i + 2]
    return last


def _a_surname_after_a_hyphenated_name(word: Token) -> bool:
    """'Mayor Jean-Luc [Brossard]': after a hyphenated given name the parser cut at its hyphen, a
    capitalised proper noun in no entity that is no body's, firm's or title's word is the surname."""
    return word.pos_ == "PROPN" and word.is_title and word.is_alpha and word.ent_type_ in _NO_NAME_ENTITY \
        and word.lower_ not in _BODY_OR_TRADE_WORD and word.lower_ not in TITLE_VOCABULARY


def _titles_of_a_named_person(run: list[Token]) -> bool:
    """'Mrs Justice [Harriet Colby]', 'Lord Justice [Ann Lowe]', 'Secretary General Dr [Ann Lowe]':
    title words or honorifics after an honorific, right before a name the recogniser gives as a
    person's, are that person's titles, no name; so is an office's word alone (ADDRESSED_OFFICES)."""
    after = run[-1].i + 1
    doc = run[-1].doc
    words = [u.text.rstrip(".").lower() for u in run]
    if len(words) == 1 and words[0] in ADDRESSED_OFFICES and (after >= len(doc) or not doc[after].is_title) \
            and not any(c.dep_ == "appos" for c in child_tokens(run[-1])):
        return True     # 'Mr. Chair', 'Mr Mayor': an office addressed or styled by its holder's title, no name
    return (after < len(doc) and doc[after].ent_type_ == "PERSON" and doc[after].is_title
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in child_tokens(run[-1]))
            or run[-1].dep_ == "appos" and run[-1].head.ent_type_ == "PERSON") \
        and all(w in TITLE_VOCABULARY or w in NAME_PREFIXES for w in words)     # 'General [Secretary], Kofi Mensah,'


_CAMEL_CASE = re.compile(r"(?P<first>[A-Z][a-z]+)(?:[A-Z][a-z]+)+")


def _camel_case_sources(sent: Span, n: int) -> list[NameSpan]:
    """Bodies the recogniser missed but a figure's attribution marks: one camel-case word
    ('PollCentral', not 'McDonald') as the subject of a verb that reports a measure with a
    share or margin in its clause ('PollCentral showing her ahead 3 points'), or after 'according to'."""
    out = []
    if not _CAMEL_CASE.search(span_text(sent)):
        return out                  # no word of the sentence can be one
    for t in span_tokens(sent):
        match = _CAMEL_CASE.fullmatch(t.text)
        if match is None or t.ent_type_ in NAME_LABELS or match["first"].lower() in SURNAME_PREFIXES \
                or is_given_name(match["first"]):
            continue
        verb = t.head
        shows = t.dep_ == "nsubj" and verb.lemma_.lower() in FIGURE_SHOWING_VERBS \
            and any(w.like_num and w.i + 1 < len(w.doc) and w.doc[w.i + 1].lower_ in PERCENT_WORDS
                    for w in verb.subtree if w.i > verb.i)
        cited = named_after_according_to(t)
        if shows or cited:
            out.append(NameSpan(surface=t.text, name=t.text, kind="organization", head=t, sentence=n, titles=[],
                                words=sent.doc[t.i:t.i + 1], start=t.i))
    return out


def _parties_the_recogniser_missed(sent: Span, n: int) -> list[NameSpan]:
    """'The Liberals, who sit in the ruling bloc, demanded ...' where the recogniser
    named nothing: one capitalised plural of a party family's member, as `_party_named_by_its_members`."""
    out = []
    for t in span_tokens(sent):
        if t.lower_ in PARTY_MEMBER_PLURALS and not t.ent_type_ and t.tag_ == "NNPS" and t.text[:1].isupper() \
                and not canonical(t.text) and _party_named_by_its_members(sent.doc, t.i, [t]):
            out.append(NameSpan(surface=t.text, name=t.text, kind="org", head=t, sentence=n, titles=[],
                                words=sent.doc[t.i:t.i + 1], start=t.i))
    return out


def _bodies_defined_by_initials(sent: Span, n: int) -> list[NameSpan]:
    """'The Norvian Tenants' Federation (NTF) warned', 'officials of the Kessa Metropolitan Water
    Board (KMWB)', 'The Coast and Lands Authority recommended', 'a spokesperson for the Marsa
    Residents' Forum' where the recogniser named no body there (or took it for a work's title):
    the capitalised words after 'the' (an 'of', 'and', '&', a possessive or a hyphen inside a word
    may join them: 'the Anti-Fraud Auditor's Office (AFAO)') are a
    body's name where they are two words or more and either the writer defines initials for them
    in brackets right after (ending on a body's head word, ORG_HEADS, or giving the initials'
    letters), or they end on a body's head word (SPEAKING_BODY_HEADS: also 'Forum') that speaks,
    decides or has staff (`_speaks_or_has_staff`); a name with a word the recogniser took for a person's or a body's is
    left to the recogniser's own span."""
    out = []
    doc = sent.doc
    for t in span_tokens(sent):
        defined = t.text == "(" and t.i + 2 < sent.end and doc[t.i + 2].text == ")" \
            and doc[t.i + 1].is_upper and doc[t.i + 1].is_alpha and 2 <= len(doc[t.i + 1].text) <= 6
        acting = not defined and t.lower_ in SPEAKING_BODY_HEADS and t.is_title and t.ent_type_ in _UNNAMED_LABELS \
            and (t.i + 1 == sent.end or not doc[t.i + 1].text[:1].isupper()) and _speaks_or_has_staff(t)
        if not (defined or acting):
            continue
        end = t.i if defined else t.i + 1
        start = end - 1 if acting else end
        while start > sent.start and doc[start - 1].lower_ != "the" and (
                doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                or doc[start - 1].lower_ in NAME_LINKS_AND_MARKS_BUT_THE
                or _hyphen_inside_a_word(doc[start - 1])):
            start -= 1
        while start < end and not doc[start].text[:1].isupper():
            start += 1          # never open on a link word
        spelt = _start_of_a_body_its_initials_spell(doc, start, end) if defined else None
        of_a_post = spelt is not None and _a_posts_body_defined_by_its_initials(doc, spelt, end)
        if spelt is not None and (start == 0 or doc[start - 1].lower_ != "the" or of_a_post):
            start = spelt       # 'the new Lowmoor Tenants Union (LTU) office', a sentence's opening name; 'the
            #                     Chair of Clean Rivers Trust (CRT)': the body of her post
        words = doc[start:end]
        if len(words) < 2 or spelt is None and (start == 0 or doc[start - 1].lower_ != "the") \
                or any(w.ent_type_ in ("PERSON", "ORG") for w in words) \
                or acting and any(w.ent_type_ not in _UNNAMED_LABELS for w in words):
            continue
        capitals = [w.text[0].lower() for w in words if w.text[:1].isupper()]
        spelt_exactly = "".join(capitals) == doc[t.i + 1].lower_
        if words[-1].lower_ not in (SPEAKING_BODY_HEADS if acting else ORG_HEADS) and not of_a_post \
                and not (spelt_exactly and (_speaks_or_has_staff(words.root) or _a_defined_unit_acting(words))):
            continue        # 'the Consumer Price Index (CPI)': a thing's initials
        found = name_span(Span(doc, start, end, label="ORG"), n)
        if found is not None and found.kind == "org":
            out.append(found)
    return out


def _start_of_a_body_its_initials_spell(doc: Doc, start: int, end: int) -> int | None:
    """Where, in the capitalised run doc[start:end] before '(LTU)', a body's name opens whose capitals spell
    those initials exactly and whose head (its last word, or the word before its first link: 'Union'
    of 'Union of Lowmoor Dockers') is a body's (ORG_HEADS): the writer's own definition bounds the name
    where no 'the' opens it. None where no opening spells them, or the head is no body's ('Consumer Price
    Index (CPI)')."""
    letters = doc[end + 1].lower_
    for first in range(start, end - 1):
        words = doc[first:end]
        if not words[0].text[:1].isupper() or words[0].lower_ in NAME_LINKS_AND_MARKS_BUT_THE:
            continue
        if _initials_of_words(list(words)) == letters:
            head = _head_word_before_link(words.text) or words[-1].lower_
            return first if head in ORG_HEADS or _a_posts_body_defined_by_its_initials(doc, first, end) else None
    return None


def _a_posts_body_defined_by_its_initials(doc: Doc, first: int, end: int) -> bool:
    """'Ann Lowe, the Chair of [Clean Rivers Trust] (CRT), wrote': capitalised words after a
    post's 'of' (a title's word before it, TITLE_VOCABULARY), whose capitals spell the bracketed initials after
    them that the recogniser read as a body's, name the body of the post, whatever their head; not a field of
    the post ('Head of Public Relations (PR)': a plural or a portfolio's word closes it)."""
    last, initials = doc[end - 1], doc[end + 1]
    return first >= 2 and doc[first - 1].lower_ == "of" and singular(doc[first - 2].lower_) in TITLE_VOCABULARY \
        and doc[first - 2].is_title and initials.ent_type_ == "ORG" and last.tag_ == "NNP" \
        and last.lower_ not in PORTFOLIOS and not _a_common_plural(last.text)


def _a_defined_unit_acting(words: Span) -> bool:
    """'In March the Land Fraud Wing (LFW) seized two cars', 'they want the Land Fraud Wing (LFW) of Kessa Police to
    act': a name ending on a word of a body's unit (LOCAL_UNIT_NOUNS: 'Wing', 'Unit') whose capitals spell the
    bracketed initials after it, which the recogniser read as a body's, is a body where it is the subject of a
    verb with an object ('seized two cars'; 'the East Wing (EW) did not open': a building's) or a unit of
    a body named right after the bracket."""
    doc, end = words.doc, words.end
    if words[-1].lower_ not in LOCAL_UNIT_NOUNS:
        return False
    after = end + 3
    of_a_body = after + 1 < len(doc) and doc[after].lower_ == "of" and doc[after + 1 + (doc[after + 1].lower_ == "the")].ent_type_ == "ORG"
    root, initials = words.root, doc[end + 1]
    subject = root if root.dep_ == "nsubj" else initials if root.head.i == initials.i and initials.dep_ == "nsubj" else None
    #         (the parse may hang the name on its bracketed initials and make them the subject)
    acts_on = subject is not None and any(c.dep_ == "dobj" for c in subject.head.children)
    return initials.ent_type_ == "ORG" and (of_a_body or acts_on)


def _hyphen_inside_a_word(t: Token) -> bool:
    """The hyphen of 'Anti-Fraud', written without spaces between two capitalised words."""
    return t.text in HYPHENS and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_ \
        and t.doc[t.i - 1].text[:1].isupper() and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper()


_UNNAMED_LABELS = ("", "WORK_OF_ART")     # no name the recogniser gave, or a work's title it misread


def _initials_that_speak(sent: Span, n: int) -> list[NameSpan]:
    """'The KVFL said in a statement', 'a spokesperson for the KWSB' where the recogniser named
    nothing: one word of three to six capitals after 'the' that speaks, decides or has staff
    (`_speaks_or_has_staff`) is a body's initials; not a post's ('the CEO said', 'the COO'), a
    common abbreviation's or a dictionary word's ('the GPS told him'), a country's or a place's."""
    out = []
    doc = sent.doc
    for t in span_tokens(sent):
        if not (t.is_upper and t.is_alpha and 3 <= len(t.text) <= 6) or t.ent_type_ or t.i == sent.start \
                or doc[t.i - 1].lower_ != "the" or not _speaks_or_has_staff(t):
            continue
        if t.lower_ in _POST_OR_ABBREVIATION or canonical(t.text) or is_known_place(t.text) \
                or is_common_word(t.text):
            continue        # 'the GPS told him to turn left', 'the SUV': a thing's initials in the dictionary
        out.append(NameSpan(surface=t.text, name=t.text, kind="org", head=t, sentence=n, titles=[],
                            words=doc[t.i:t.i + 1], start=t.i))
    return out


def _ministries_written_in_lower_case(sent: Span, n: int) -> list[NameSpan]:
    """'The transport ministry said', 'according to the health ministry', 'a spokesperson for
    Kessa's planning ministry', 'the department of mineral resources & energy said': a ministry
    written in lower case (the recogniser's lower-case names are no names) with its field before
    it, or a ministry or department with its fields after 'of' (nouns, adjectives and 'and'/'&',
    all lower case), that speaks, decides, has staff, is cited or
    names its official ('a transport ministry official') is that body, named in title case ('Transport Ministry',
    'Department of Mineral Resources & Energy'); 'the ministry' without a field names none.
    Every such ministry, whatever it does: a page only where it acts (`_ministry_acts`), all of
    them for `_without_ministries_of_two_states`."""
    out = []
    doc = sent.doc
    for t in span_tokens(sent):
        if t.lower_ not in LOWER_CASE_BODY_HEADS or not t.is_lower or t.ent_type_ not in ("", "ORG"):
            continue
        children = child_tokens(t)
        of = next((c for c in children if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1), None)
        if of is not None:
            fields = [w for w in of.subtree if w.i > of.i]
            if not fields or not all((w.is_lower and w.is_alpha or w.text == "&") and (
                    w.pos_ in ("NOUN", "PROPN", "ADJ") or w.lower_ in TITLE_FIELD_JOINS) for w in fields) \
                    or fields[-1].i != fields[0].i + len(fields) - 1 or fields[-1].pos_ not in ("NOUN", "PROPN"):
                continue
            words = doc[t.i:fields[-1].i + 1]
            name = " ".join(w.text if w.lower_ in TITLE_FIELD_JOINS else w.text.title() for w in words).replace(" Of ", " of ", 1)
        else:
            if t.lower_ not in LOWER_CASE_MINISTRY_HEADS:
                continue
            start = t.i
            while start - 1 >= sent.start and doc[start - 1].head.i == t.i and doc[start - 1].is_lower and doc[start - 1].is_alpha \
                    and (doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ in ("NOUN", "PROPN")
                         or doc[start - 1].dep_ == "amod" and doc[start - 1].lower_ in PORTFOLIOS):
                start -= 1
            if start == t.i or start - 1 < sent.start or not (
                    doc[start - 1].lower_ in ARTICLES or doc[start - 1].dep_ == "case" and start - 2 >= sent.start
                    and is_country_name(doc[start - 2].text)):
                continue
            words = doc[start:t.i + 1]
            name = " ".join(w.text.title() for w in words)
        out.append(NameSpan(surface=name, name=name, kind="org", head=t, sentence=n, titles=[],
                            words=words, start=words.start))
    return out


def _ministry_acts(head: Token) -> bool:
    """The ministry speaks, decides, has staff, is cited or names its official."""
    return _speaks_or_has_staff(head) or is_source(head) or _a_member_noun_after(head)


def _without_ministries_of_two_states(spans: list[NameSpan], ministries: list[NameSpan]) -> list[NameSpan]:
    """"Japan's transport ministry said … China's transport ministry said", 'The health ministry
    said … In neighbouring Chad, the health ministry said': one field's ministry in lower case
    names one body only where every mention belongs to one state: its possessive country, or else
    the one country its sentence names (`_ministrys_state`). Where two states own mentions, or a
    mention of no state comes before the first that names one (the writer's own state's, then
    another's), no mention of that field is a page: abstain. `ministries` holds every mention,
    also those that only act ('Zimbabwe's health ministry raised the toll')."""
    by_name: dict[str, list[NameSpan]] = {}
    for s in ministries:
        by_name.setdefault(s.name, []).append(s)
    dropped: set[str] = set()
    for name, mentions in by_name.items():
        states = [_ministrys_state(s) for s in sorted(mentions, key=lambda s: (s.sentence, s.start))]
        owned = [state for state in states if state]
        if len(set(owned)) > 1 or owned and states[0] is None:
            dropped.add(name)
    return [s for s in spans if not (s.name in dropped and s.words.text.islower())]     # this rule's, not 'Health Ministry' as written


def _ministrys_state(span: NameSpan) -> str | None:
    """'Japan' for "Japan's transport ministry" or 'In Chad, the health ministry said'; None where
    the sentence names no country or several."""
    doc, start = span.words.doc, span.words.start
    if start >= 2 and doc[start - 1].dep_ == "case" and is_country_name(doc[start - 2].text):
        return norm(doc[start - 2].text)
    sent = span.head.sent
    countries = {norm(e.text) for e in span_ents(sent) if e.label_ == "GPE" and is_country_name(e.text)}
    return countries.pop() if len(countries) == 1 else None


def _a_member_noun_after(head: Token) -> bool:
    """'a transport ministry official said', 'health ministry spokesman Tom Reed': the body of
    the official or spokesperson written after it."""
    return head.dep_ == "compound" and head.head.i > head.i and head.head.lower_ in MEMBER_NOUNS


def _speaks_or_has_staff(head: Token) -> bool:
    """'The Kessa Mahal Palike (KMP) said', 'officials of the Kessa Mahal Palike (KMP)': the name's
    head is the subject of a speech or deciding verb (or of one joined to it: 'had not objected but
    recommended') or the body of its officials or staff."""
    verb = head.head
    return head.dep_ == "nsubj" and any(v.lemma_ in SPEECH_VERBS or v.lemma_ in DECIDING_VERBS for v in (verb, *verb.conjuncts)) \
        or head.dep_ == "pobj" and verb.lower_ in MEMBER_BODY_PREPOSITIONS and verb.head.lemma_.lower() in MEMBER_NOUNS


# word sets united once, not per name or word
_ROLE_OR_DESCRIPTIVE = PERSON_ROLE_WORDS | DESCRIPTIVE_ROLES
_TITLE_OR_PREFIX = TITLE_VOCABULARY | NAME_PREFIXES
_ORG_HEAD_OR_TITLE = ORG_HEADS | TITLE_VOCABULARY
_BODY_OR_TITLE_WORD = ORG_HEADS | GENERIC_BODY_WORDS | TITLE_VOCABULARY | NAME_PREFIXES
_PORTFOLIO_OR_LINK = PORTFOLIOS | NAME_LINK_WORDS
_BODY_OR_TRADE_WORD = ORG_HEADS | BUSINESS_NAME_HEADS
_BODY_OR_PREMISES_HEADS = ORG_HEADS | PREMISES_NAME_HEADS   # 'College', 'Hospital', 'school': a body's or an institution's head
_BODY_TRADE_OR_PREMISES_WORD = _BODY_OR_TRADE_WORD | PREMISES_NAME_HEADS
_SHARED_BODY_HEADS = ORG_HEADS | INSTITUTION_NAME_HEADS   # 'Council', 'Hospital': a head two places' names may share
_BODY_TRADE_OR_TITLE_WORD = _BODY_OR_TRADE_WORD | _BODY_OR_TITLE_WORD
_BODY_TITLE_PORTFOLIO_OR_ROLE_WORD = _BODY_OR_TITLE_WORD | PORTFOLIOS | PERSON_ROLE_WORDS
_PERSON_ROLE_WORD_OR_ROLE_NOUN = PERSON_ROLE_WORDS | ROLE_NOUNS
_KINDS_OF_BODY_BEFORE_A_NAME = (ORG_HEADS | ORG_KIND_NOUNS | FIRM_KIND_NOUNS | COMPANY_NOUNS | PREMISES_NAME_HEADS
                                | TRADING_PLACE_NOUNS | TRADE_PREMISES_NOUNS) - PERSON_NOUNS
_BODY_TRADE_OR_LEGAL_WORD = _BODY_OR_TRADE_WORD | set(LEGAL_FORMS)
_POST_OR_ABBREVIATION = TITLE_VOCABULARY | PERSON_ROLE_WORDS | BOARD_POST_NOUNS | COMMON_TWO_LETTER_ABBREVIATIONS
# initials that are also a post's, a member's seat's, a time's or an everyday abbreviation ('the PM
# said', 'Local MP John Kerr', '9 AM', 'Harbour Foods CEO', "It's OK"): no body's, written alone
_INITIALS_OF_A_POST_OR_WORD = _POST_OR_ABBREVIATION | MEMBER_TITLE_ABBREVIATIONS | TIME_ZONES | {"am", "pm"}


def _a_person_by_apposition(ent: Span) -> bool:
    """'[Kunle Ade], a Senior Advocate, said', 'counsel to the accused, [Dayo Ekpe]': two or three
    capitalised words read as a body's name, the first a given name, with none a body's, a trade's or a
    title's word, a place or a common word (a given name may be one), set in apposition with a singular noun of a person
    (a profession, a title, 'woman') that no body may fill (ROLES_A_BODY_MAY_FILL), name a person."""
    words = list(ent)
    if not 1 < len(words) < 4 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in words) \
            or not is_given_name(words[0].text):        # "Exxon Mobil, the defendant": a firm
        return False
    if any(t.lower_ in _BODY_OR_TITLE_WORD or t.lower_ in _BODY_OR_TRADE_WORD or canonical(t.text) or is_known_place(t.text)
           or is_common_word(t.text) and not (n == 0 and is_given_name(t.text)) for n, t in enumerate(words)):
        return False
    root = ent.root
    described = [c for c in child_tokens(root) if c.dep_ == "appos" and c.i >= ent.end]
    if root.dep_ == "appos" and root.head.i < ent.start:
        described.append(root.head)
    return any(d.tag_ in ("NN", "NNP") and not d.ent_type_ and _a_persons_noun(d.lower_) for d in described)


def _people_described_in_apposition(sent: Span) -> list[Span]:
    """'[Carmen Delgado-Whitt], a lawyer for the tenants, said', '[Dayo Olu-Faseyi], the engineer
    who …', '[Lina Oruç], director of the Kessa Fund, said': capitalised words (a surname's hyphen
    may join two) that the recogniser left out or tagged only in part, set in apposition with a
    person's noun after a determiner or naming a post at a body (`_a_post_in_apposition`;
    `_a_persons_noun`), are a person's name where the first is a given name (gender-guesser's) or
    the recogniser tagged some of them, and none is a body's, a title's, a place's or a common word."""
    out = []
    doc = sent.doc
    for noun in span_tokens(sent):
        if noun.dep_ != "appos" or noun.tag_ != "NN" or not _a_persons_noun(noun.lower_) \
                or not (any(c.dep_ == "det" and c.lower_ in ARTICLES for c in child_tokens(noun))
                        or _a_post_in_apposition(noun)):
            continue
        head = noun.head
        if not (sent.start <= head.i < noun.i and head.pos_ == "PROPN" and head.is_title and head.is_alpha):
            continue
        start = head.i
        while start - 1 >= sent.start and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
                                           and doc[start - 1].is_alpha and doc[start - 1].head.i <= head.i
                                           and doc[start - 1].head.i > start - 1
                                           or doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                                           and start - 2 >= sent.start and not doc[start - 2].whitespace_
                                           and doc[start - 2].is_title and doc[start - 2].is_alpha):
            start -= 1
        words = [t for t in doc[start:head.i + 1] if t.text != "-"]
        if not 1 < len(words) < 5 or any(t.ent_type_ not in ("", "ORG", "PERSON") for t in words):
            continue
        if any(e.start == start and e.end == head.i + 1 for e in span_ents(sent)):
            continue                            # the recogniser's own name: read as it is
        if not (is_given_name(words[0].text) or any(t.ent_type_ for t in words)):
            continue
        if is_known_place(doc[start:head.i + 1].text) or not is_given_name(words[0].text) and is_known_place(words[-1].text) \
                or any(t.lower_ in _BODY_OR_TITLE_WORD or t.lower_ in _BODY_OR_TRADE_WORD or canonical(t.text)
                       or is_common_word(t.text) and not (n == 0 and is_given_name(t.text)) for n, t in enumerate(words)):
            continue                            # 'Port Haldane, a town': a place (a surname may be a place's)
        out.append(Span(doc, start, head.i + 1, label="PERSON"))
    return out


def _a_post_in_apposition(noun: Token) -> bool:
    """'X, director of the Kessa Fund,', 'X, professor at Harbury College,': a person's noun with no
    determiner, set off by commas, that names the post's body or field ('of'/'at'/'for' on it) is
    a post held, as a determiner's would be; a bare noun alone ('X, director,') tells too little."""
    doc = noun.doc
    return noun.i > 0 and doc[noun.i - 1].text == "," and not any(c.dep_ == "det" for c in child_tokens(noun)) \
        and any(c.dep_ == "prep" and c.lower_ in POST_BODY_PREPOSITIONS for c in child_tokens(noun))


def _bodies_described_in_apposition(sent: Span) -> list[Span]:
    """'[Environment Kessa], the regional council, said', '[Te Ara Hou], a housing agency, warned':
    capitalised words the recogniser left wholly untagged, set in apposition with a body's noun
    (ORG_HEADS, lower case, after a determiner), name that body where they speak, decide or have
    staff (`_speaks_or_has_staff`; not 'told the Kessa Dialogue, a security forum', an event); one
    word alone only where it is no place and no common word."""
    out = []
    doc = sent.doc
    for noun in span_tokens(sent):
        if noun.dep_ != "appos" or noun.lower_ not in ORG_HEADS or not noun.is_lower \
                or not any(c.dep_ == "det" and c.lower_ in ARTICLES for c in child_tokens(noun)):
            continue
        head = noun.head
        if not (sent.start <= head.i < noun.i and head.pos_ == "PROPN" and head.is_title and head.is_alpha) \
                or head.i + 1 >= len(doc) or doc[head.i + 1].text != "," or not _speaks_or_has_staff(head):
            continue
        start = head.i
        while start - 1 >= sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and head.i - start < 3:
            start -= 1
        words = doc[start:head.i + 1]
        if any(t.ent_type_ for t in words) or start > sent.start and doc[start - 1].pos_ == "PROPN":
            continue
        if len(words) == 1 and (is_known_place(head.text) or is_common_word(head.text) or canonical(head.text)):
            continue
        out.append(Span(doc, start, head.i + 1, label="ORG"))
    return out


def _bodies_named_after_their_kind(sent: Span) -> list[Span]:
    """'policy director at the advocacy group [Open Line Coalition]', 'chief economist at the lender
    [Harrowgate Mutual Bank]': two or more capitalised words right after a lower-case noun of a body's kind
    (KIND_NOUNS_BEFORE_A_BODYS_NAME, with no possessive: not "the group's Harbour Centre"), in apposition
    to it or headed by it, that the recogniser left untagged or took for a product, name that body where
    their last word is a body's or a business's head word ('... Coalition', '... Capital', '... Ltd') and
    the first is no given name nor a place."""
    out = []
    doc = sent.doc
    for noun in span_tokens(sent):
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.lemma_.lower() not in KIND_NOUNS_BEFORE_A_BODYS_NAME \
                or any(c.dep_ == "case" for c in child_tokens(noun)) or noun.i + 2 >= sent.end:
            continue
        head = next((c for c in child_tokens(noun) if c.dep_ == "appos" and c.i > noun.i), None)
        if head is None and noun.dep_ == "compound" and noun.head.i > noun.i:
            head = noun.head
        if head is None or head.pos_ != "PROPN":
            continue
        words = doc[noun.i + 1:head.i + 1]
        if len(words) < 2 or any(not (t.is_title and t.is_alpha and t.pos_ == "PROPN") or t.ent_type_ not in ("", "PRODUCT")
                                 for t in words) \
                or head.i + 1 < sent.end and doc[head.i + 1].pos_ == "PROPN":
            continue
        if words[-1].lower_ not in _BODY_TRADE_OR_LEGAL_WORD \
                or is_given_name(words[0].text) or is_known_place(words[0].text) or canonical(words[0].text):
            continue
        out.append(Span(doc, words.start, words.end, label="ORG"))
    return out


def _companies_named_before_their_noun(sent: Span) -> list[Span]:
    """'The [Marwan Water and Power] company said', 'the [Kessa Gas and Light] company reported':
    two or more capitalised words (an 'and' may join two of them) the recogniser left out, between
    'the' and a company's noun (COMPANY_NOUNS) that is the subject of a speech verb, name that
    company where they are no place and hold a trade's word (BUSINESS_NAME_HEADS) or an 'and'."""
    out = []
    doc = sent.doc
    for noun in span_tokens(sent):
        if noun.lemma_.lower() not in COMPANY_NOUNS or not noun.is_lower or noun.dep_ != "nsubj" \
                or noun.head.lemma_.lower() not in SPEECH_VERBS or noun.i - 3 < sent.start:
            continue
        start = noun.i
        while start - 1 > sent.start and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].is_alpha
                                          or doc[start - 1].lower_ == "and" and doc[start - 2].pos_ == "PROPN"
                                          and doc[start - 2].is_title):
            start -= 1
        words = doc[start:noun.i]
        if len([t for t in words if t.lower_ != "and"]) < 2 or doc[start - 1].lower_ != "the" \
                or any(t.ent_type_ for t in words) \
                or not any(t.lower_ == "and" or t.lower_ in BUSINESS_NAME_HEADS for t in words) \
                or is_known_place(words.text) or canonical(words.text):
            continue
        out.append(Span(doc, start, noun.i, label="ORG"))
    return out


def _a_persons_noun(word: str) -> bool:
    return word not in ROLES_A_BODY_MAY_FILL \
        and (word in PERSON_NOUNS or word in PRIVATE_PROFESSION_NOUNS or word in PERSON_ROLE_WORDS or word in TITLE_VOCABULARY)


def _person_after_a_body(ent: Span) -> bool:
    """'Ambassador to the United Nations [Mara Tolland] wrote': two capitalised words read as a body
    right after another name (the portfolio's body or place ends just before): a given name (no
    common word) and a word of no body, trade or title is the office holder's name, not a second body."""
    if len(ent) != 2 or ent.start == 0 or not is_given_name(ent[0].text) or is_common_word(ent[0].text):
        return False
    before = ent.doc[ent.start - 1]
    return bool(before.ent_type_) and before.ent_iob_ != "O" and before.pos_ == "PROPN" \
        and all(t.is_title and t.pos_ == "PROPN" for t in ent) \
        and not any(t.lower_ in _BODY_TRADE_OR_TITLE_WORD for t in ent)


def _a_body_named_after_its_kind(ent: Span) -> bool:
    """'The association [Escuela Abierta] said', 'the charity [Manos Libres]': two words or more
    read as a person's, right after an article's lower-case noun of a body's kind, are the body's
    name (`_named_after_its_kind`; 'the group's founder Ann Lowe', 'union leader Tom Reed' have a
    person's noun between; in 'the company Ann Lowe founded' she is the subject of a clause)."""
    if len(ent) < 2 or not _named_after_its_kind(ent):
        return False
    noun, root = ent.doc[ent.start - 1], ent.root
    return noun.dep_ == "compound" and noun.head.i == root.i or root.dep_ == "appos" and root.head.i == noun.i


def _named_after_its_kind(ent: Span, opening: Token | None = None) -> bool:
    """'the charity Manos Libres said', 'the Basra-based environmental group Dijla Stones,': a name
    right after an article's lower-case noun of a body's kind, opening (at `opening`, else its first
    word) with no given name, set off or speaking, is the body's name. With modifiers between the
    article and the noun, only after a noun of a group's kind (GROUP_KIND_NOUNS: 'the 12-member
    board A B, the chairman,' is the board's member); never a name with a person's noun in apposition."""
    doc = ent.doc
    if ent.start < 2 or not _after_a_bodys_noun(doc, ent.start) or is_given_name((opening or ent[0]).text):
        return False
    noun = doc[ent.start - 1]
    if not _with_an_article(noun) or doc[noun.i - 1].lower_ not in ARTICLES and noun.lower_ not in GROUP_KIND_NOUNS:
        return False
    return _set_off_or_speaking(ent) \
        and not any(c.dep_ == "appos" and _a_persons_noun(c.lower_) for t in ent for c in child_tokens(t) if c.i >= ent.end)


def _with_an_article(noun: Token) -> bool:
    """'the charity', 'the Basra-based environmental group', 'a watchdog group': the noun's own
    determiner is an article, whatever modifiers stand between (or, where the parser made the noun
    a compound of the name after it, the name's: 'the heritage group [Dijla] Stones')."""
    holders = [noun, noun.head] if noun.dep_ == "compound" and noun.head.i > noun.i else [noun]
    return any(c.dep_ == "det" and c.lower_ in ARTICLES and c.i < noun.i
               for holder in holders for c in child_tokens(holder))


def _set_off_or_speaking(ent: Span) -> bool:
    """The name is followed by a comma or a verb of speech ('the company Ann Lowe founded': her
    clause on the noun, not the body's name)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and (after.text == "," or after.pos_ == "VERB" and after.lemma_.lower() in SPEECH_VERBS)


def _bodies_after_their_kind_cut_at_a_place(ents: list[Span]) -> list[Span]:
    """'the cycling group [Boston] [Open Streets], said': a place's name and capitalised words
    right after it, after an article's lower-case noun of a body's kind, are one body's name the
    recogniser cut at the place (the place qualifies the rest, which opens with no given name and
    is set off or speaks: `_a_body_named_after_its_kind`)."""
    out: list[Span] = []
    for ent in ents:
        place = out[-1] if out else None
        if place is not None and place.end == ent.start and place.label_ in ("GPE", "LOC") \
                and ent.label_ in ("PERSON", "ORG") and place.start > 0 \
                and all(t.is_title for t in ent) and _named_after_its_kind(Span(ent.doc, place.start, ent.end), ent[0]) \
                and ent.doc[place.end - 1].head.i in range(ent.start, ent.end):
            out[-1] = Span(ent.doc, place.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _headed_by_a_bodys_word(tokens: list[Token]) -> bool:
    """'[Kessa Traders Forum] of Lesotho', 'Kessa Shareholders Forum of Orwin': a name whose last
    word, or its last before its first 'of'/'for', is a body's capitalised head word names a body, no
    member of the body named after it ('Ann Lowe of the Harbour Union')."""
    link = _first_link([t.lower_ for t in tokens]) or len(tokens)
    return _a_bodys_head_word(tokens[link - 1])


def _a_body_named_with_a_titles_word(titles: list[str], name: str) -> bool:
    """'the [General] Labour Confederation', '[President] Harbour Union', "the [General] Harbour Workers'
    Union of Kessa": one title's word before capitalised words ending on a body's head word (or ending so
    before the name's first 'of'/'for', a plural's apostrophe among them), with no given name opening
    them, opens the body's name ('General Ann Church': a given name; 'Dr Tom Bank': a person's)."""
    words = name.split()
    link = _first_link([w.lower() for w in words])
    opening = words[:link] if link else words
    return len(titles) == 1 and len(words) > 1 and opening[-1].lower() in ORG_HEADS \
        and titles[0].rstrip(".").lower() not in HONORIFIC_WORDS and not is_given_name(words[0]) \
        and all(w[:1].isupper() and w.rstrip(_APOSTROPHE_MARKS).isalpha() for w in opening) \
        and all(w[:1].isupper() or w.lower() in NAME_LINK_WORDS for w in words[len(opening):])


def _possessive_ending_a_firms_name(tokens: list[Token]) -> bool:
    """"[Moody's] cut the rating", "analysts at [Lowther's] said": a body's name ending in its own
    possessive, with no noun after it that the possessive could own (a verb, a conjunction, a
    preposition or the sentence's end follows), keeps it ('Harbour Energy's shares': an owner; nor
    a participle modifying the noun owned, 'its managing director')."""
    if len(tokens) < 2 or tokens[-1].text not in POSSESSIVE_ENDINGS or not tokens[-2].is_title \
            or tokens[-1].head.dep_ == "poss":
        return False                    # ("Lakeside Grid's proposed plan": the parse makes the name an owner)
    doc = tokens[-1].doc
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if after is not None and after.tag_ == "VBG" and after.dep_ in ("compound", "amod") and after.head.i > after.i:
        return False                    # "Kelda Fibre's managing director": a participle of the noun owned
    return after is None or after.pos_ in ("VERB", "AUX", "CCONJ", "ADP") or after.text in CLAUSE_END_MARKS


def _person_after_a_bodys_title(ent: Span) -> int | None:
    """'[FEMA Administrator Curtis Lowe] said': a body's name, a capitalised person's title and a
    given name with a surname, read as one body, are an officer's title and name; where the
    person's name starts (None where the words after the title are no given name and surname,
    or hold a body's word: 'Harbour Director Services Ltd')."""
    for i in range(ent.start + 1, ent.end - 2):
        title, given = ent.doc[i], ent.doc[i + 1]
        if title.is_title and title.lower_ in PERSON_ROLE_WORDS and title.lower_ not in ORG_HEADS \
                and is_given_name(given.text) \
                and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.lower_ not in _BODY_TRADE_OR_TITLE_WORD
                        for t in ent.doc[i + 1:ent.end]) \
                and not any(t.lower_ in PERSON_ROLE_WORDS for t in ent.doc[ent.start:i]):
            return i + 1
    return None


def _a_styled_persons_name(words: Span) -> bool:
    """A person's name words (_a_persons_name_words) with no body's word after the first
    (_a_bodys_word_after_the_opening): 'Ilse Lowe', not 'Ann Lowe Foundation'."""
    return _a_persons_name_words(list(words)) and not _a_bodys_word_after_the_opening(words[1:]) \
        and not any(t.lower_ in ORG_HEADS for t in words)


_ROAD_CODE = re.compile(r"[A-Z]{2,3}\d{2,4}")     # 'SH35', 'NH44' (not 'MI6', 'G8': bodies' short names)


def _posts_scope_word_after_initials(ent: Span) -> int | None:
    """'[IMA State] president X', '[KTU National] secretary X', '[TUC Regional] organiser X': a word of an
    office's reach (OFFICE_SCOPE_WORDS) that the recogniser ran onto a body's initials, right before a
    lower-case title noun and the name, is the post's ('State president'), not the body's: where the body's
    name ends (the index of the scope word), else None. Not a name the scope word goes on ('Kessa State
    Council') nor a place's ('Ondo State' before no post)."""
    if len(ent) != 2 or not is_acronym(ent[0].text) or not ent[0].text.isupper() or not ent[1].is_title \
            or ent[1].lower_ not in OFFICE_SCOPE_WORDS or ent.end + 1 >= len(ent.doc):
        return None
    post = ent.doc[ent.end]
    if not post.is_lower or post.pos_ != "NOUN" or singular(post.lower_) not in TITLE_VOCABULARY:
        return None
    return ent.end - 1


def name_span(ent: Span, sentence: int) -> NameSpan | None:
    if span_text(ent).lower().replace(" ", "") in COMMON_AMPERSAND_ABBREVIATIONS:
        return None                             # 'waits in A&E', 'R&D spending': a service or a field
    if ent.label_ == "PERSON" and _only_honours(list(ent)):
        end = ent.end
        while end < len(ent.doc) and end - ent.end < 4 and ent.doc[end].pos_ == "PROPN" and ent.doc[end].is_title \
                and ent.doc[end].is_alpha and ent.doc[end].ent_type_ in ("", "PERSON"):
            end += 1
        if end > ent.end:
            ent = Span(ent.doc, ent.start, end, label="PERSON")    # '[Comm Datuk] Azlan Yusri', '[Datuk Seri] Kamal
            #                                                          [Othman]': the name after them, however tagged
    if _bracketed_silk_letters(ent):
        return None                             # 'Bola Ade (SAN)', 'Kevin Murphy (SC)': a counsel's rank, no body
    if _a_shouted_lead_word(ent):
        return None                             # 'TENANTS along the canal face …': a lede's first word in capitals
    if _opens_a_laws_name_before_its_bracket(ent):
        return None                             # 'the [Harbour Levies] (Amendment) Bill 2025': the law's name, no body
    if ent.label_ == "PERSON" and len(ent) == 1 and _ROAD_CODE.fullmatch(ent[0].text):
        return None                             # '[SH12] was closed', 'on [R61]': a road's or a thing's code, no one
    if ent.start > 1 and ent.doc[ent.start - 1].text == "(" and _bracketed_qualifier_after(ent.doc, ent.start - 2) == ent.end:
        return None                             # 'Lok Dal ([Ram Vilas]) leader': the body's qualifier, no one
    if all(t.text.rstrip(".").lower() in RETIRED_MARKS for t in ent):
        return None                             # 'Brig Gen ([Retd.]) Ann Lowe': her rank's mark, no one
    if ent.label_ == "PERSON" and _only_ranks(list(ent)):
        return None                             # '[Maj Gen] (retd) Ann Lowe': ranks cut from the name by a bracket
    if ent.label_ != "PERSON" and _inside_a_titles_portfolio(ent):
        return None                             # 'Vice-President for [Digital] Affairs Ann Lowe': her portfolio
    if ent.label_ != "PERSON" and _inside_a_titles_field_before_a_name(ent):
        return None                             # 'Secretary for [Harbours] and Shipping Orwin Ka-lei': her title's field
    if a_post_taken_for_a_name(ent):
        return None                             # 'the [Branch] Chairman of the union': which chairman, no body;
        #                                         '[The Harbour Master], Mr. Tom Reed, said': his post, no one's name
    if ent.label_ != "PERSON" and _a_titles_field(ent):
        return None                             # 'the Minister of [Coastal Services]', 'the [Public Relations] Officer'
    if ent.label_ != "PERSON" and a_side_of_the_chamber_after_a_title(ent):
        return None                             # 'Leader of the [Opposition] Hon. X': his title's field
    if ent.label_ != "PERSON" and _a_state_titles_field_before_a_name(ent):
        return None                             # '[National Publicity] Secretary, Mr Tom Reed': his title's words
    if _a_titles_field_written_without_of(ent):
        return None                             # 'Director [Public Works] Nakuru, Dr Tom Reed,': his title's words
    if ent.label_ == "ORG" and (scope := _posts_scope_word_after_initials(ent)) is not None:
        ent = Span(ent.doc, ent.start, scope, label="ORG")       # '[IMA] State president X': the post's reach
    if ent.label_ == "ORG" and _first_field_left_out(ent):
        ent = Span(ent.doc, ent.start - 2, ent.end, label="ORG")  # 'the [Mining and Land Claims Court]'
    cause_end = _end_of_a_body_named_for_a_cause(ent) if ent.label_ == "NORP" else None
    if cause_end is not None:
        ent = Span(ent.doc, ent.start, cause_end, label="ORG")     # '[Americans] for Fair Taxes-Nevada': a body
    person_at = person_after_a_titles_portfolio(ent) if ent.label_ == "ORG" else None
    if person_at is None and ent.label_ in NAME_LABELS:
        person_at = person_after_a_titles_field(ent)
    if person_at is not None:
        ent = Span(ent.doc, person_at, ent.end, label="PERSON")    # 'for [Digital Affairs Ann Lowe]': her name
    if ent.label_ == "PERSON" and len(ent) > 1 and _written_as_a_legal_form(ent[-1].text):
        ent = Span(ent.doc, ent.start, ent.end, label="ORG")   # 'Marlo Antriebe AG' read as a person: a company
    elif ent.label_ == "ORG" and len(ent) > 2 and (ent[0].lower_ in MEMBER_TITLE_ABBREVIATIONS
                                                       or _two_letter_title(ent[0])
                                                       or ent[0].is_title and ent[0].lower_.rstrip(".") in MILITARY_RANKS
                                                       or _an_abbreviated_title(ent[0])) \
            and _a_persons_name_words(list(ent[1:])):
        ent = Span(ent.doc, ent.start, ent.end, label="PERSON")    # '[TD Fergal Byrne]', '[Sergeant Ana Reti]'
        #                                                            read as a body: a member, an officer
    elif ent.label_ == "ORG" and _a_holders_name_after_a_bodys_doer(ent):
        ent = Span(ent.doc, ent.start, ent.end, label="PERSON")    # 'Union organiser [Ana Reti]' read as a body
    elif ent.label_ == "ORG" and _a_title_or_job_opening_a_persons_name(ent):
        ent = Span(ent.doc, ent.start, ent.end, label="PERSON")    # '[Farmer Ana Reti]' read as a body: a person
    elif ent.label_ == "ORG" and (member := _person_after_member_letters(ent)) is not None:
        ent = Span(ent.doc, member, ent.end, label="PERSON")   # '[Gauteng Health MEC Ann Lowe]': the member
    elif ent.label_ == "ORG" and (officer := _person_after_a_bodys_title(ent)) is not None:
        ent = Span(ent.doc, officer, ent.end, label="PERSON")  # 'FEMA Administrator [Ann Lowe]'
    elif ent.label_ == "PERSON" and _a_body_named_after_its_kind(ent):
        ent = Span(ent.doc, ent.start, ent.end, label="ORG")   # 'the association [Escuela Abierta]': a body
    elif ent.label_ == "ORG" and _before_silk_letters(ent):
        ent = Span(ent.doc, ent.start, ent.end, label="PERSON")    # '[Bola Ade] (SAN)': a counsel
    elif ent.label_ == "ORG" and _a_person_by_apposition(ent):
        ent = Span(ent.doc, ent.start, ent.end, label="PERSON")    # '[Kunle Ade], a Senior Advocate,': a person
    elif ent.label_ == "ORG" and _person_after_a_body(ent):
        ent = Span(ent.doc, ent.start, ent.end, label="PERSON")    # 'to the United Nations [Mara Tolland]': a person
    elif ent.label_ == "ORG" and _councillor_by_surname(ent):
        ent = Span(ent.doc, ent.start, ent.end, label="PERSON")    # '[Cr Bellamy]' read as a body: a councillor
    elif ent.label_ == "ORG" and len(ent) > 1 and (ent[0].text in RANK_ABBREVIATIONS or letters_stand_for_a_title(ent[0])) \
            and all(t.is_title and t.pos_ == "PROPN" for t in ent[1:]) \
            and (is_given_name(ent[1].text) or not any(is_common_word(t.text) or t.lower_ in _BODY_OR_TRADE_WORD
                                                       for t in ent[1:])):
        ent = Span(ent.doc, ent.start, ent.end, label="PERSON")    # '[SSP Reid]' read as a body: an officer
    elif len(ent) == 1 and (ent[0].text in RANK_ABBREVIATIONS or letters_stand_for_a_title(ent[0]) or _two_letter_title(ent[0])) \
            and ent.end < len(ent.doc) and ent.doc[ent.end].ent_type_ == "PERSON":
        return None                             # '[DCI] Ann Lowe', '[AG] Ann Lowe': a rank or title before a name
    elif ent.label_ in ("ORG", "PERSON") and len(ent) > 1 and ent[-1].is_upper \
            and ent[-1].lower_ in MEMBER_LETTERS_BEFORE_A_GIVEN_NAME \
            and ent.end + 1 < len(ent.doc) and is_given_name(ent.doc[ent.end].text) and ent.doc[ent.end + 1].is_title:
        return None                             # '[Kibera MCA] Peter Wambua': a ward's member before the name
    elif _a_seat_before_its_members_letters(ent):
        return None                             # '[Perth North] MSP Ann Lowe': the seat she holds, no body
    elif ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_upper and ent[-1].lower_ in MEMBER_TITLE_ABBREVIATIONS \
            and ent.end < len(ent.doc) and (ent.doc[ent.end].ent_type_ == "PERSON"
                                            or ent.doc[ent.end].is_title and is_given_name(ent.doc[ent.end].text)):
        return None                             # '[Green Party TD] Ciaran Mulcahy': a party's seat before a name, no one
    elif len(ent) == 1 and ent[0].lower_ in MEMBER_TITLE_ABBREVIATIONS \
            and not (ent[0].lower_ in SEAT_LETTERS_ONLY_BEFORE_A_NAME and (ent.end == len(ent.doc) or not ent.doc[ent.end].is_title)
                     and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ in ARTICLES)):
        #                                         ('the MEC said': a seat, no company, with an article before it)
        end = _end_of_untagged_name(ent.doc, ent.end)
        if end is None:
            return None                         # 'the MEP said': a seat's letters, no name
        ent = Span(ent.doc, ent.start, end, label="PERSON")        # '[MEP] Jonas Brenner': the name after them
    tokens = span_tokens(ent)
    possessive = [t.i for t in tokens if t.text in POSSESSIVE_ENDINGS]
    owned = None
    if possessive and ent.label_ != "PERSON" and possessive[0] > tokens[0].i and tokens[-1].i - possessive[0] >= 2 \
            and not _a_saints_possessive(ent.doc, possessive[0]) and not _a_plurals_possessive(ent.doc[possessive[0] - 1]):
        tokens = [t for t in tokens if t.i > possessive[0]]     # "Lowe's Trade Facility", not "People's Party"
        owned = tokens
    if ent.label_ == "PERSON" and possessive and _a_saints_possessive(ent.doc, possessive[0]) \
            and all(t.lower_ in ARTICLES for t in tokens if t.i < possessive[0] - 2):
        return None                             # "St Anne's [Road]": a saint's name opens a place's or a body's
    own_possessive = ent.label_ == "ORG" and _possessive_ending_a_firms_name(tokens)
    tokens = [t for t in tokens if t.dep_ != "case" and t.text not in POSSESSIVE_ENDINGS_OR_APOSTROPHE or own_possessive and t.i == tokens[-1].i]
    breaks = [n for n, t in enumerate(tokens) if "\n" in t.text or t.text == ":"]
    if breaks:
        tokens = tokens[breaks[-1] + 1:]        # "…2019\n\nHeads of …", "Topics: The Council"
    stamped = _without_dash_parts(tokens)
    if len(stamped) == 1 and stamped[0].i > tokens[0].i and doc_tokens(ent.doc)[stamped[0].i - 1].text in DASHES \
            and stamped[0].is_title and is_common_word(stamped[0].text) and not canonical(stamped[0].text) \
            and stamped[0].dep_ in ("amod", "compound") and stamped[0].head.i == stamped[0].i + 1 \
            and stamped[0].head.tag_ == "NNS" and stamped[0].head.is_lower:
        return None                             # '08:10 GMT - [Local] officials say': a heading's first word
    tokens = _without_writers_insertion(stamped, ent.label_)
    tokens = _with_surname_after_particle(tokens)
    if ent.label_ == "PERSON" and tokens and _a_title_before_a_name(tokens):
        return None                             # 'Deputy [Fire Marshal] Ruth Keller': a title, no person
    if ent.label_ == "PERSON" and tokens:
        tokens = _without_a_titles_field(_person_without_leading_title(tokens))
    if ent.label_ == "PERSON" and tokens:
        tokens = _without_a_titles_closing_words(tokens)
        if not tokens:
            return None                         # 'President [Pro Tempore] X': the title's words, no name
    while tokens and tokens[0].lower_ in ARTICLES and not _initials_open(tokens):
        tokens = tokens[1:]
    while ent.label_ != "PERSON" and len(tokens) > 1 and tokens[0].is_lower and tokens[0].pos_ == "ADJ" \
            and tokens[1].text not in HYPHEN_OR_EN_DASH:
        tokens = tokens[1:]                     # 'the federal Securities and Exchange Commission'
    if ent.label_ != "PERSON":
        tokens = _without_leading_description(_without_a_partys_standing(tokens))
    if tokens and not any(c.isupper() for t in tokens for c in t.text):
        return None                             # 'three liberals': a common noun, no name
    if ent.label_ != "PERSON" and len(tokens) > 1 and tokens[-1].tag_ == "NNS" and tokens[-1].is_lower:
        return None                             # 'U.N. members': members of a body, no name
    if len(tokens) > 2 and tokens[0].tag_ in ("NN", "NNS") and tokens[1].lower_ == "of" and _opens_sentence(tokens[0]) \
            and _names_people_of_a_body(tokens[0]):
        tokens = tokens[2:]                     # "Heads of Arctic Council" opening a sentence
    tokens = _without_leading_country(tokens)
    if ent.label_ != "PERSON":
        tokens = _without_demonym_before_party_of(tokens)
    if "(" in [t.text for t in tokens]:
        tokens = tokens[:[t.text for t in tokens].index("(")]      # "Group of Eight (G8"
    if ent.label_ != "PERSON":
        link = next((n for n, t in enumerate(tokens[1:-1], 1) if t.lower_ in NAME_PREPOSITIONS
                     and tokens[n + 1].is_lower and tokens[n + 1].lower_ not in ARTICLES), None)
        tokens = tokens[:link] if link else tokens      # "the Harbour Press [of car thefts]"
        tokens = _without_place_of_its_unit(_with_campus(_without_trailing_place(tokens)))
        tokens = _with_untagged_head_word(_with_known_continuation(_without_person_after_and(tokens)))
        tokens = _with_second_field_of_its_remit(tokens)
        tokens = _remit_list_closed(tokens)
        tokens = _with_body_it_serves(tokens)
        tokens = _with_word_before_a_role(tokens)
    if ent.label_ != "PERSON" and is_title_phrase(" ".join(t.text for t in tokens)):
        return None                             # "the Archbishop of Kessa": a title, no body
    if ent.label_ != "PERSON":
        tokens = _without_closing_hyphenated_title(tokens)
    while ent.label_ != "PERSON" and len(tokens) > 1 and tokens[-1].lower_ in _ROLE_OR_DESCRIPTIVE \
            and tokens[-1].lower_ not in ORG_HEADS and tokens[-2].lower_ not in NAME_PREPOSITIONS \
            and not _executive_of_a_body(tokens) and not _object_of_its_remit(tokens):
        tokens = tokens[:-1]                    # "Coast Guard Commandant": the body is the Coast Guard (not "Court of Justice")
        if tokens[-1].lower_ in PORTFOLIOS and tokens[-1].is_title or _only_a_service(tokens):
            return None                         # "the U.S. Trade Representative", "Fire Marshal": an office, no body's name before it
        if _fields_of_a_state_title(tokens):
            return None                         # '[Energy and Water Commissioner] X': the title's two fields, no body
    if ent.label_ != "PERSON" and _qualifiers_of_a_title(tokens):
        return None                             # 'the [Rukwa Regional Medical] Officer': which officer, no body
    of_body = _name_of_body(tokens)
    if of_body:
        tokens = tokens[:of_body]               # "Ann Lowe of the HDF": a name and its body
    following = doc_tokens(ent.doc)[tokens[0].i:min(tokens[-1].i + 5, len(ent.doc))] if tokens else []
    named_with_body = bool(of_body) or bool(tokens) and _name_of_body(list(following)) == len(tokens)
    while tokens and (tokens[-1].pos_ in ("ADP", "DET", "CCONJ") or tokens[-1].text in NAME_TRAILING_MARKS):
        tokens = tokens[:-1]                    # "Ann Lowe of"
    if not tokens:
        return None
    if len(tokens) == 1 and _a_time_zone(tokens[0]):
        return None     # "(1415 UTC)", "at 9am EST", "PST viewers": a time zone
    if ent.label_ != "PERSON" and len(tokens) == 1 and _a_post_after_its_owner(tokens[0]):
        return None     # "the hospital's Superintendent": a post, capitalised, no body
    if len(tokens) == 1 and tokens[0].pos_ not in ("PROPN", "NOUN") and ent.label_ != "PERSON" \
            and not canonical(tokens[0].text):
        return None     # a capitalised adjective or verb the recogniser took for a name
    if ent.label_ != "PERSON" and (len(tokens) == 1 or tokens[-1].lower_.endswith(ADJECTIVE_SUFFIXES)) \
            and _coordinated_with_common_words(tokens[-1]):
        return None     # 'Cross-border, interclan and tribal feuds', 'Radical Unionist or separatist speech'
    if len(tokens) == 1 and tokens[0].tag_ in ("NN", "NNS") and _opens_sentence(tokens[0]) \
            and not canonical(tokens[0].text) and not is_acronym(tokens[0].text):
        return None     # 'Bank executives said': a common noun, capitalised as the sentence opens
    doc = ent.doc
    toks = doc_tokens(doc)      # doc[i] builds a new Token on every call
    start = tokens[0].i
    # a first name the recogniser left out: "Zbigniew [Marek Wójcik]"
    while start > 0 and start == tokens[0].i and tokens[0].i <= ent.start \
            and _left_out_name_word(toks[start - 1], tokens[-1]) and not ends_a_compound_rank(toks, start - 1) \
            and (not _ends_a_titles_field(doc, start - 1) or _a_given_name_after_a_field(toks[start - 1])) \
            and not _a_job_before_a_given_name([toks[start - 1], tokens[0]]) and (
            ent.label_ == "PERSON" or start > 1 and toks[start - 2].lower_ in PERSON_ROLE_WORDS and toks[start - 2].is_title):
        start -= 1          # "Cardinal Liam [Fitz-O'Neill]": a title before it marks a person's name
        tokens.insert(0, toks[start])
    if ent.label_ == "PERSON" and start == tokens[0].i:
        start = _initials_after_a_style(toks, start)     # 'Dr [K] Venkata Ramana'
        tokens[:0] = toks[start:tokens[0].i]
    given_name_before = ent.label_ != "PERSON" and _surname_after_a_given_name(tokens)
    if given_name_before:
        start -= 1                              # 'Ana [Petrescu]' read as a place or a body
        tokens.insert(0, toks[start])
    if ent.label_ == "PERSON":
        start = _start_over_apostrophe_particle(doc, start)     # "Lotte in 't [Hoff]"
    # honorifics just before the name belong to it: "Lord Hale", "Mr. Reed", "Gen. Smith"
    named_at = start
    while start > 0 and _a_style_opening_a_name(toks[start - 1]) \
            or start > 1 and opens_an_honour_pair(toks[start - 2].text, toks[start - 1].text) and toks[start - 2].is_title:
        start -= 1 if _a_style_opening_a_name(toks[start - 1]) else 2   # 'Tan Sri X': both words
        if toks[start].lower_ in PEERAGE_TITLES:
            break       # 'Attorney General Lord Reed': the peer's title opens the name
    if _inside_longer_title(doc, start):
        start = named_at        # 'Vice President Reed': not 'President Reed'; the title is the role
    # "Liberal Democrat": a capitalised word before the entity that completes a known name
    if start > 0 and toks[start - 1].is_title and canonical(span_text(doc[start - 1:tokens[-1].i + 1])):
        start -= 1
    if ent.label_ != "PERSON":
        if ent.label_ == "ORG":
            start = _start_over_untagged_words_of_its_name(doc, start, tokens[-1].i)
            start = _start_at_a_region_of_its_place(doc, start, tokens[-1])
        start = _start_of_defined_name(doc, start, tokens[-1].i)
        tokens = _with_country_section(tokens)
        tokens = _with_capitalised_of_phrase(tokens)
        tokens = _with_its_country_after_a_second_of(tokens)
        tokens = _with_words_its_acronym_covers(tokens)
        tokens = _with_the_people_it_serves(tokens)
        tokens = _with_its_region(tokens)
        tokens = _with_the_movement_it_names(tokens)
        if start == tokens[0].i and _country_word_before_party(tokens):
            start -= 1                          # 'UK Independence Party': not Iceland's or any other
    surface = clean_surface(span_text(doc[start:tokens[-1].i + 1]))
    if own_possessive and tokens[-1].text in POSSESSIVE_ENDINGS and surface:
        surface += "'s"                         # "Moody's": the firm's own name
    if ent.label_ == "PERSON":
        surface = _NICKNAME.sub("", surface)    # 'Ramon "Monching" Villareal': no nickname in the name
    if ent.label_ != "PERSON" and _AGENCY_DASHES.search(surface):
        surface = _AGENCY_DASHES.split(surface)[-1]      # "Wire)--Kessel Werke AG": a dateline's agency run into the name
    if all(w.lower() in _PORTFOLIO_OR_LINK for w in surface.split()):
        return None   # "Defence" in "Defence Secretary"
    name, titles = strip_titles(surface)
    if titles and ent.label_ != "PERSON" and all(t.rstrip(".") in TITLE_ABBREVIATIONS for t in titles) \
            and is_common_word(name.split()[-1]):
        name, titles = surface, []              # 'the [Brig Hotel]', 'Col Logistics': a body's name, no rank
    if titles and ent.label_ == "ORG" and all(is_common_word(w) and not is_given_name(w) for w in name.split()) \
            and not any(t.rstrip(".").lower() in HONORIFIC_OR_PEERAGE_WORDS for t in titles):
        name, titles = surface, []              # '[General Motors]', '[General Electric]': a firm's name, no rank
    if titles and _a_facility_named_with_a_style(ent, start, name):
        name, titles = surface, []              # 'the Queen Edda Bridge': the style opens the facility's name
    styled_body = bool(titles) and opens_a_name_as_its_style(titles[0]) and _before_a_bodys_head_word(tokens[-1])
    if styled_body:
        name, titles = surface, []              # 'Fr Muller hospital': the style opens the body's name, no person's
    if titles and ent.label_ != "PERSON" and titles[0].rstrip(".").lower() in STYLES_ALSO_OPENING_A_BODYS_NAME:
        name, titles = surface, []              # '[Shri Ram Finance]', '[Smt Sushila Textiles]' typed a body: a firm's name, no person's
    if _an_office_addressed(doc, start, tokens[-1].i, name, titles):
        return None                             # '…, Mr. Chair.': the chair addressed, no one's name
    if titles and name.split()[-1].rstrip(".").lower() in ROAD_NAME_HEADS and name.split()[-1][:1].isupper() \
            and any(t.rstrip(".").lower() in HONORIFIC_WORDS or opens_an_honour_pair(t, u)
                    for t, u in zip(titles, [*titles[1:], ""])):
        return None                             # 'Tun Abdul Razak Road': a road named for an honoured person
    if ent.label_ == "PERSON" and _an_event_named_after_a_title(titles, name, ent.root):
        return None                             # 'the Annual General Meeting', 'the last General Election'
    if _given_name_after_an_office(doc, start, titles, name):
        name, titles = f"{titles[0]} {name}", []     # 'Defence Minister Gen Nakano': a given name, no rank
    if titles and titles[0].rstrip(".").lower() not in TITLE_WORDS and not (
            len(titles) > 1 and opens_an_honour_pair(titles[0], titles[1])):
        surface = surface.split(" ", 1)[1]      # 'Senators Ann Lowe … and Tom Reed': a list's title, no form of a name
    counsel = ent.label_ != "PERSON" and _counsel_by_silk(doc, start, name)
    if counsel and name.split()[0].lower() in COUNSEL_TITLES:
        titles, name = [name.split()[0]], name.split(" ", 1)[1]    # '[Advocate Thabo Ndlovu SC]'
    post_nominal = ent.label_ != "PERSON" and (_person_by_post_nominal(name) or counsel)
    if ent.label_ == "PERSON" or post_nominal:
        name = _without_post_nominals(name)     # 'Ann Lowe QC', 'Tom Reed MP'
    if titles and _ends_a_hyphenated_title(doc, start):
        surface = name                          # 'Secretary-General Ann Lowe' is never 'General Ann Lowe'
    if titles and all(w in GENERIC_BODY_WORDS for w in norm(name).split()):
        name, titles = surface, []              # 'Justice Department': 'Justice' is no title here
    if titles and name.split()[0].lower() in TITLE_FIELD_JOINS:
        name, titles = surface, []              # 'the Justice and Home Rights Committee': a field joined to the next, no title
    if _a_body_named_with_a_titles_word(titles, name):
        name, titles = surface, []              # 'General Labour Confederation': 'General' opens the body's name
    if titles and ent.label_ != "PERSON" and all(t.rstrip(".") in TITLE_ABBREVIATIONS for t in titles) \
            and name.split()[-1].lower() in _BODY_OR_TRADE_WORD:
        name, titles = surface, []              # 'the Comm Group': an abbreviation's letters open a body's name
    if titles and ent.label_ != "PERSON" and name.split()[-1].lower() in _BODY_OR_TRADE_WORD \
            and _bracketed_initials_cover_the_title(doc, tokens[-1].i, surface, name):
        name, titles = surface, []              # 'the General Civil Aviation Authority (GCAA)': its first word
    if not _A_LETTER.search(name) or name.lower() in TITLE_WORDS or ADJECTIVE_PREFIX.match(name) \
            or _a_dotted_title_abbreviation(doc, tokens):
        return None
    if ent.label_ != "PERSON" and _a_numbered_road(tokens):
        return None                             # 'left [State Highway 2]', '[Route] 9': a road, no actor
    if ent.label_ != "PERSON" and (names_a_thing(name) and not _a_post_of_it(doc[start:tokens[-1].i + 1].root)
                                   or _after_a_year(doc, start, tokens[-1])
                                   or _names_a_care_scheme(name, ent.root)):
        return None                             # 'the Fifth Amendment', 'the G7 Summit', 'the 2011 Nissan Vireo': no actor
    if ent.label_ == "PERSON" and (_a_common_noun_with_a_determiner(tokens) or _a_things_name_typed_a_person(ent, name)):
        return None                             # 'Moving the Bill, the Minister said', 'Grain Levy Amendment Bill': a law, no one's name
    if _a_count_of_a_people(ent, tokens, name):
        return None                             # 'a ferry carrying 60 Orwin Islanders': a count, no group's name
    if ent.label_ != "PERSON" and _a_kind_of_body(doc[tokens[0].i:tokens[-1].i + 1].root) \
            and not qualifies_a_noun_after(doc, tokens[-1].i):
        return None                             # 'a Zembian-listed Outlawed Armed Organization': a class
    if in_quoted_title(doc, start, tokens[-1].i):
        return None                             # 'an interview with "Bread and Circus"': a programme's title
    if ent.label_ in ("GPE", "NORP") and _inside_longer_name(tokens[-1]):
        return None                             # 'a USA TODAY review', 'Democratic People's Republic': a longer name's word
    head = ent.root if tokens[-1].i < ent.end or tokens[0].i <= ent.root.i < ent.end and tokens[-1].i >= ent.end + 2 \
        else doc[tokens[0].i:tokens[-1].i + 1].root   # 'von der [Leyen]'; not 'Court of Appeals [for the X Circuit]'
    known = canonical(name)
    if named_with_body and ent.label_ != "PERSON" and not _headed_by_a_bodys_word(tokens) or post_nominal or given_name_before \
            or owned and _is_given_and_surname(name) and not qualifies_a_place_noun(tokens[-1]):
        kind = "person"                         # 'A B of the MDC', "the Green Party's Ann Lowe": a member
        #                                         (not 'his [Kessa Heights] bungalow': where his home is)
    elif known:
        kind = "country" if known[1] == "country" else "org"
    elif styled_body:
        kind = "org"                            # 'Smt Leela hospital', whatever the recogniser typed 'Leela'
    elif qualifies_a_place_noun(tokens[-1]) or _part_of_a_known_place(doc, start, tokens[-1], ent, titles) \
            or _a_county_by_abbreviation(toks, start, tokens[-1].i) or _a_known_place_before_a_members_title(ent, titles, tokens):
        name, titles, kind = surface, [], "place"   # 'the [Kessa] subway', 'in [Prince George]', 'the [Kessa] MP'
    elif titles and _named_after_a_person(name, styled=ent.label_ != "PERSON"):
        name, titles, kind = surface, [], "org"  # 'the Senator Tom Reed Foundation': a body, title and all
    elif titles and opens_a_name_as_its_style(titles[0]):
        kind = "person"                         # 'Det.-Sgt. Tom Reed', 'Cde Ann Lowe'
    elif name.split()[-1].lower() in ORG_HEADS or _head_word_before_link(name) in ORG_HEADS:
        kind = "org"                            # 'Corran League for the Blind'

    elif after_place_comma(tokens[-1]) or ent.label_ != "PERSON" and is_known_place(name) \
            or len(name.split()) > 1 and name.split()[-1].lower() in FACILITY_WORDS and norm(name) not in STATE_SEATS \
            or ent.label_ == "PERSON" and not titles and headed_by_a_settlement_noun(name):
        kind = "place"          # 'Cedar Falls, Vermont', 'Ivan Petrov Avenue'; a town taken for a body; 'Kessa Township'
    elif ent.label_ == "PERSON" and not is_given_name(name.split()[0]) and _described_as_a_firm(head, name):
        kind = "org"                            # 'Varto Homes, a Dutch builder,' read as a person
    elif ent.label_ == "PERSON" or _is_given_and_surname(name) and (
            in_apposition_to_a_common_noun(head) or _a_persons_adjective_before(doc, start, head)):
        kind = "person"                         # 'Her barrister, Marta Velde,', 'the long-serving Vera Holm' read as a body
    elif ent.label_ == "ORG":
        kind = "org"
    elif ent.label_ == "NORP" and _party_named_by_its_members(doc, start, tokens):
        kind = "org"                            # 'The Greens said', 'the opposition Liberals': a party
    elif ent.label_ == "NORP":
        return None   # a nationality or group adjective that names no country or body
    elif _acronym_of_no_place(name):
        kind = "org"            # 'RT said' read as a place: initials no known country, place or US state has
    else:
        kind = "place"
    qualifier_end = _bracketed_qualifier_after(doc, tokens[-1].i)
    qualifier_words = doc[tokens[-1].i + 2:qualifier_end].text if qualifier_end is not None else ""
    if qualifier_end is not None and kind in ("org", "person") and not canonical(name) \
            and norm(qualifier_words).replace(" ", "") not in all_initials(name) \
            and (kind == "org" and not is_acronym_of(qualifier_words, name)
                 or kind == "person" and (qualifier_words.isupper() or not is_given_name(name.split()[0]))):
        # 'Harbour Sena (UBT) leader X' read as a person: a person's name has no initials in brackets
        # (a name opening on a given name keeps out a bracket of words: 'Senator Ann Lowe (Kano North) chairman')
        qualifier = f" ({qualifier_words})"
        name, surface, kind = name + qualifier, surface + qualifier, "org"  # 'Lok Dal (Ram Vilas) leader X': a faction's name
        return NameSpan(surface=surface, name=name, kind=kind, head=head, sentence=sentence, titles=titles,
                        words=doc[start:qualifier_end + 1], acronym=None, start=start + len(titles))
    after = doc[tokens[-1].i + 1:tokens[-1].i + 4]
    acronym = after[1].text if len(after) == 3 and after[0].text == "(" and after[2].text == ")" \
        and is_acronym_of(after[1].text, name) \
        and not (_silk_letters_in_brackets(doc, after[1].i) and after[1].lower_ not in all_initials(name)) \
        else _bracketed_initials_with_a_code(doc, tokens[-1].i)   # 'Ada Obi (SAN)': her rank, no initials of her name
    if kind == "person" and not titles and its_own_initials(acronym, name) and _no_sign_of_a_person(name, head) \
            and _a_bodys_sign_around(doc, start, after[2].i):   # letters only: '(KVP)', whose ')' is after[2]
        kind = "org"            # 'Kessa Vikas Peramuna (KVP) MP X' read as a person: people are not given acronyms
    return NameSpan(surface=surface, name=name, kind=kind, head=head, sentence=sentence, titles=titles,
                    words=doc[start:tokens[-1].i + 1], acronym=acronym, start=start + len(titles),
                    agreement=kind == "org" and names_a_trade_area(name))


def _an_event_named_after_a_title(titles: list[str], name: str, head: Token) -> bool:
    """'the Annual General Meeting', 'since the last General Election': one word of an event held
    (GATHERING_NOUNS, SETTING_NOUNS) after a word read as a title ('General') is the last word of the
    event's name, no person's name (no one is called 'Meeting'); not after a person's style or honorific
    ('Mr', 'Dr', 'Lord'), which only a person's name follows, and not where the name acts or speaks
    (`_acts_as_a_person`: 'Gen. Rally told reporters', 'Col. Forum, the garrison commander, said')."""
    words = name.split()
    return bool(titles) and len(words) == 1 and words[0].lower() in _EVENT_NOUNS and not is_given_name(words[0]) \
        and not any(t.rstrip(".").lower() in HONORIFIC_OR_PEERAGE_WORDS for t in titles) and not _acts_as_a_person(head)


def _acts_as_a_person(head: Token) -> bool:
    """The name's head is a verb's subject or agent, or has a common noun in apposition (a post:
    'Col. Forum, the garrison commander'), or stands in apposition to one."""
    return head.dep_ in ("nsubj", "nsubjpass", "agent", "appos") \
        or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in head.children)


def _a_post_after_its_owner(word: Token) -> bool:
    """"the hospital's Superintendent", "the council's Director": one capitalised word of a post
    (TITLE_VOCABULARY, no body's head word: not "the city's Council") right after a possessive's ending
    is the owner's post, written with a capital as posts often are, no body's name (the recogniser may
    take it for one)."""
    doc = word.doc
    return word.lower_ in TITLE_VOCABULARY and word.lower_ not in ORG_HEADS and word.i > 0 \
        and doc[word.i - 1].text in POSSESSIVE_ENDINGS


def _a_facility_named_with_a_style(ent: Span, start: int, name: str) -> bool:
    """'the Queen Edda Bridge', 'the Duke Amal Clinic': a style that the definite article opens (a person's
    style takes none, 'the Rev.' aside), on a name whose last word is a facility's head word
    (FACILITIES_NAMED_AFTER_A_PERSON), is the opening of the facility's name, no person's style; not 'a Mr
    Tom Baker' (an indefinite article before a person met once) nor 'The Prince Tom Carpenter' (a surname
    that is a common noun but no facility's word)."""
    doc = ent.doc
    return doc[start].text.rstrip(".").lower() != STYLE_AFTER_AN_ARTICLE and _a_facility_after_the(doc, start, name.split())


def _a_facility_after_the(doc: Doc, start: int, words: list[str]) -> bool:
    """'the Edda Bridge', 'the Mara Hospital': the words at doc[start], after the definite article
    (DEFINITE_ARTICLES), are two or more, the last a capitalised facility's head word
    (FACILITIES_NAMED_AFTER_A_PERSON)."""
    if start <= 0 or doc[start - 1].lower_ not in DEFINITE_ARTICLES:
        return False
    last = words[-1]
    return len(words) > 1 and last[:1].isupper() and last.lower() in FACILITIES_NAMED_AFTER_A_PERSON


def headed_by_a_settlement_noun(name: str) -> bool:
    """'Kessa Township', 'Orwin Borough', 'Tarvin Municipality': a name of two words or more that ends on a
    capitalised noun of a settled place's kind a family name is not (SETTLEMENT_NOUNS less those that are:
    SETTLEMENT_NOUNS_ALSO_SURNAMES) names the place, or its government, never a person, whatever
    the recogniser took it for; so does one headed by such a noun before 'of' (`region_head_before_of`)."""
    words = name.split()
    if region_head_before_of(name) is not None:
        return True
    return len(words) > 1 and words[-1].istitle() and words[-1].lower() in _SETTLEMENT_NOUNS_NO_SURNAME_IS


_REGION_HEADS = SETTLEMENT_NOUNS | SUBDIVISION_NAME_HEADS
_BODY_RUN_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})
_NO_NAME_ENTITY_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_IRREGULAR_PLURAL_FORMS = frozenset(IRREGULAR_PLURALS.values())
_NO_NAMES_PARTS_OF_SPEECH = frozenset({"DET", "PRON", "ADP", "ADV", "SCONJ", "CCONJ", "AUX", "VERB"})
_PERSONS_TITLE_WORDS = frozenset(PERSON_ROLE_WORDS) | frozenset(TITLE_WORDS)    # 'President', 'Convener': a person's title, no body's word


def region_head_before_of(name: str) -> str | None:
    """'city' of 'City of Kessa', 'county' of 'County of Orwin', 'state' of 'State of Kessa': the
    capitalised word before a place name's link ('of': PLACE_NAME_LINKS, `_head_word_before_link`), where
    it is a noun of a settlement's or subdivision's kind, the head of the name; no family name is followed
    by 'of' a place."""
    words = name.split()
    link = _first_link([w.lower() for w in words])
    if not link or link == len(words) - 1 or words[link].lower() not in PLACE_NAME_LINKS or not words[link - 1].istitle():
        return None
    head = _head_word_before_link(name)
    return head if head in _REGION_HEADS else None


def its_own_initials(acronym: str | None, name: str) -> bool:
    """'(KVP)' after 'Kessa Vikas Peramuna': three or more capitals that are the initials of the name's
    words, as a body's name defines its acronym (a person's may be so shortened too: `_no_sign_of_a_person`,
    and actors' `_a_persons_initials_in_brackets`)."""
    return bool(acronym) and len(acronym) >= 3 and acronym.isalpha() and acronym.isupper() \
        and acronym.lower() in all_initials(name)


def _no_sign_of_a_person(name: str, head: Token) -> bool:
    """Bracketed initials make a body of a name read as a person's only where nothing marks a person:
    not 'Brenda Atieno Mwangi (BAM) said she …' (a given name first, a 'she' that refers back, or
    'X (BAM), a nurse,'), as people in much of East and West Africa are known by their initials."""
    return not is_given_name(name.split()[0]) and not in_apposition_to_a_common_noun(head) \
        and not near_a_persons_pronoun(head)


def _a_bodys_sign_around(doc: Doc, start: int, close: int) -> bool:
    """'Kessa Vikas Peramuna (KVP) MP Ann Lowe', '(KVP) leader X': a member's or a post's title right
    after the bracket (`close`) hangs on a body; 'the rights group Kessa Vikas Kendra (KVK)': a
    lower-case body noun right before the name (`start`) describes it."""
    after = doc[close + 1] if close + 1 < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    return after is not None and (after.lower_ in MEMBER_TITLE_ABBREVIATIONS or after.lower_ in PERSON_ROLE_WORDS) \
        or before is not None and _noun_of_a_body(before)


def _qualifiers_of_a_title(tokens: list[Token]) -> bool:
    """'the [Rukwa Regional Medical] Officer', 'the [Kessa Provincial Education] Director':
    capitalised words right before a title's word that end on an adjective by its form
    ('Medical', 'Regional'), or on a field after one ('Provincial Education'), say which officer
    or director it is; they name no body, whose name ends on a noun ('the Regional Council',
    'Coast Guard Commandant')."""
    if len(tokens) < 2 or len(tokens) > 2 and tokens[0].lower_ in ORG_HEADS and tokens[1].lower_ in NAME_PREPOSITIONS:
        return False        # 'the [Department for Rural Affairs] spokesman': a body's head opens the name
    doc, last = tokens[0].doc, tokens[-1]
    if last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in _ROLE_OR_DESCRIPTIVE:
        return False
    return _an_adjective_by_form(last) or last.lower_ in PORTFOLIOS and _an_adjective_by_form(tokens[-2])


def _an_adjective_by_form(t: Token) -> bool:
    """'Medical', 'Regional', 'Provincial': a capitalised word with an adjective's ending, no
    body's head word, no title's own word ('General', 'Financial': 'Secretary General'), no
    country's or people's name ('Indian', 'Pakistani')."""
    return t.is_title and t.lower_.endswith(ADJECTIVE_SUFFIXES) and t.lower_ not in _ORG_HEAD_OR_TITLE \
        and not canonical(t.text) and norm(t.text) not in DEMONYMS


def _without_closing_hyphenated_title(tokens: list[Token]) -> list[Token]:
    """'[Harbour Police Station Officer-in-Charge] (OC) Ann Lowe', 'the Navy Commander-in-Chief': a
    title written as one hyphenated word, a role noun, 'in' and another word ('Officer-in-Charge',
    'Editor-in-Chief'), ends a body's name as its officer's title: the body's name ends before it."""
    if len(tokens) < 6 or [t.text for t in tokens[-4:-1:2]] != ["-", "-"] or tokens[-3].lower_ != "in" \
            or tokens[-5].lower_ not in _ROLE_OR_DESCRIPTIVE or any(t.whitespace_ for t in tokens[-5:-1]):
        return tokens
    return tokens[:-5]


def _bracketed_qualifier_after(doc: Doc, last: int) -> int | None:
    """'the Lok Dal (Ram Vilas) leader Ann Lowe', 'Harbour Sena (UBT) chief': capitalised words in
    brackets right after a name, with a lower-case role noun after the bracket, qualify the body
    the person leads (a faction's name); not a place ('(Ghana)', a constituency '(Kano North)'), a
    party label ('(Con)', '(R-Ohio)') nor a word of time. The index of the closing bracket, else None."""
    if last < 0 or last + 3 >= len(doc) or doc[last + 1].text != "(" or not doc[last].is_alpha:
        return None
    close = next((i for i in range(last + 3, min(last + 6, len(doc))) if doc[i].text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return None
    inner = doc[last + 2:close]
    after = doc[close + 1]
    letters = norm(inner.text).replace(" ", "")
    if any(letters in all_initials(doc[j:last + 1].text) for j in range(max(0, last - 6), last)):
        return None                             # 'Heads of Arctic Council (AC) member states': its initials
    if not all(t.is_alpha and (t.is_title or t.is_upper) for t in inner) or inner.text in BRACKETED_PARTY_LABELS \
            or any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME") for t in inner) or is_known_place(inner.text) \
            or canonical(inner.text) or inner[-1].lower_ in GENERIC_REGION_WORDS or after.pos_ != "NOUN" or not after.is_lower \
            or after.lemma_.lower() not in _PERSON_ROLE_WORD_OR_ROLE_NOUN:
        return None
    return close


def _a_county_by_abbreviation(toks: list[Token], start: int, last: int) -> bool:
    """'near Naas, [Co Kildare],', 'Gardaí in [Co Wexford]': 'Co' and one capitalised word is a
    county (COUNTY_ABBREVIATIONS), not a person's or a body's name; not a firm's 'Smith & Co' or
    'Co Ltd'."""
    return last == start + 1 and toks[start].text in COUNTY_ABBREVIATIONS and toks[last].is_title \
        and toks[last].is_alpha and not _written_as_a_legal_form(toks[last].text) \
        and (start == 0 or not toks[start - 1].is_alpha or toks[start - 1].is_lower)


def _party_named_by_its_members(doc, start: int, tokens: list[Token]) -> bool:
    """'The Greens', 'the opposition Liberals', 'the Social Democrats': capitalised words whose
    last is the plural of a party family's member (PARTY_MEMBER_PLURALS), after 'the' (with at
    most one lower-case word between), heading their phrase (not 'Green voters'), and without
    initials in brackets after them that the article may name as another actor."""
    last = tokens[-1]
    if last.lower_ not in PARTY_MEMBER_PLURALS or not all(t.text[:1].isupper() for t in doc[start:last.i + 1]):
        return False
    if last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i \
            or last.i + 1 < len(doc) and doc[last.i + 1].text == "(":
        return False
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return before[-1:] == ["the"] or len(before) == 2 and before[0] == "the" and doc[start - 1].is_lower \
        and doc[start - 1].pos_ in ("NOUN", "ADJ", "VERB")


def _without_question_auxiliary(ent: Span, text: str) -> Span:
    """'[Will] Etihad go public?': the name without the auxiliary that opens a question line, where
    the article writes the rest of it more than once ('Will Smith go?' with no other 'Smith'
    stays whole)."""
    if not _opens_a_yes_no_question(ent):
        return ent
    rest = span_text(ent[1:])
    if len(re.findall(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text)) < 2:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_ if is_given_name(ent[1].text) else "ORG")


def _opens_a_yes_no_question(ent: Span) -> bool:
    """'Will Etihad go public?', 'Can Harbour Rail recover?' as a line of its own (a Q&A's or a
    live blog's heading): a name that opens a question with an auxiliary (QUESTION_AUXILIARIES)
    and is followed by the bare verb it asks about has taken the auxiliary in; the name is the
    rest (not in running text: 'Will Smith go?' said a fan)."""
    if ent.start != 0 or len(ent) < 2:
        return False        # (before `.sent`, which spaCy finds by walking the words)
    doc = ent.doc
    sent = ent[0].sent
    return sent.start == 0 and sent.end == len(doc) \
        and ent[0].lower_ in QUESTION_AUXILIARIES and ent[0].pos_ == "AUX" \
        and ent.end < len(doc) and doc[ent.end].tag_ == "VB" and doc[-1].text == "?"


def _without_a_partys_standing(tokens: list[Token]) -> list[Token]:
    """'the [Opposition KDP]', 'the [Opposition Marlo Party]', 'the [Opposition Civic Renewal Movement]':
    a word of a party's standing in the chamber (PARTY_STANDING_WORDS) written with a capital before a party's
    name (its capitals, or two or more capitalised words ending on a party's head, PARTY_BODY_HEADS) describes
    the party, no word of its name; 'the Opposition Alliance' (the word and a head only) keeps it. So does a
    word of a shared side before it ('[Fellow Green] councillor X', SIDE_SHARING_WORDS) where a party's standing or
    family word follows it (SIDE_PARTY_WORDS) and a post's noun and a name follow the entity (not a body's own
    name: '[Fellow Products] said', '[Fellow Robotics] founder X said'); a standing left alone
    before a post's noun ('[Fellow Opposition] whip X') is the side the whip sits on, no body: nothing."""
    if len(tokens) > 1 and tokens[0].is_title and tokens[0].lower_ in SIDE_SHARING_WORDS \
            and tokens[1].lower_ in SIDE_PARTY_WORDS and _a_posts_noun_before_a_name_after(tokens[-1]):
        tokens = tokens[1:]
        if len(tokens) == 1 and tokens[0].lower_ in PARTY_STANDING_WORDS:
            return []
    if len(tokens) < 2 or not tokens[0].is_title or tokens[0].lower_ not in PARTY_STANDING_WORDS:
        return tokens
    rest = tokens[1:]
    acronym = len(rest) == 1 and rest[0].is_upper and rest[0].is_alpha and len(rest[0].text) >= 2
    party = len(rest) > 1 and rest[-1].lower_ in PARTY_BODY_HEADS \
        and all(t.is_title or t.tag_ == "POS" for t in rest) and rest[0].is_title
    return rest if acronym or party else tokens


def _a_posts_noun_before_a_name_after(word: Token) -> bool:
    """'Labour [member] Hon. X', 'Opposition [whip] X': the word right after is a lower-case title noun, and
    a capitalised word (a style or the holder's name) follows that noun."""
    doc = word.doc
    if word.i + 2 >= len(doc):
        return False
    post, name = doc[word.i + 1], doc[word.i + 2]
    return post.is_lower and singular(post.lower_) in TITLE_VOCABULARY and name.is_title


def _without_leading_description(tokens: list[Token]) -> list[Token]:
    """'the [national statistics institute KESTAT]', 'the [state oil company Petrolia]': lower-case
    common words ending on a noun of a body's kind that open a body's entity describe the capitalised name after them,
    no part of it (every word after them capitalised: not 'the [ministry of Health]')."""
    n = 0
    while n < len(tokens) and tokens[n].is_lower and tokens[n].is_alpha and is_common_word(tokens[n].text):
        n += 1
    if n == 0 or n == len(tokens) or tokens[n - 1].lower_ not in BODY_DESCRIPTION_NOUNS \
            or not all(t.text[:1].isupper() for t in tokens[n:]):
        return tokens
    return tokens[n:]


def qualifies_a_place_noun(last: Token) -> bool:
    """'the [Kessa] subway', 'the [Marlo] bridge': a name that qualifies a lower-case noun of a
    place or a structure right after it names that place (not 'the [Kessa] city council': the
    noun qualifies another; not 'the [Tesla] factory', no such noun); so does one between an owner
    and a noun of a firm's site ('its [Tan Uyen] warehouse', 'the group's [Phu My] plant': the
    owner written, the name says where; 'his [Kessa Heights] bungalow', the same of a home)."""
    doc = last.doc
    if last.i + 1 >= len(doc) or last.dep_ != "compound":
        return False
    noun = doc[last.i + 1]
    market = noun.lower_ in TRADING_PLACE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPOSITIONS_OF_A_MARKET
    owned = (noun.lower_ in OWNED_SITE_NOUNS or noun.lower_ in DWELLING_NOUNS) and any(c.dep_ == "poss" and c.i < last.i for c in noun.children) \
        and last.ent_type_ != "ORG"         # not 'the group's [Jaguar Land Rover] plant': a firm's own name
    return last.head.i == noun.i and noun.is_lower and noun.dep_ != "compound" \
        and ((noun.lower_ in PLACE_NOUNS_AFTER_A_NAME or market) and noun.tag_ == "NN"    # 'a trader at [Oja] market'
             or owned)          # (a lower-case noun the tagger took for a name's word: 'his [X] bungalow')


def _a_known_place_before_a_members_title(ent: Span, titles: list[str], tokens: list[Token]) -> bool:
    """'an amendment tabled by the [Kessa] MP', 'its [Harbury] MLA': one untitled word the recogniser read as a
    person's name, a gazetteer's place, that qualifies a member's title (MEMBER_TITLE_ABBREVIATIONS,
    MEMBERSHIP_NOUNS) with a determiner or a possessive before the place, names the seat the member is elected
    for. Bare, or as the one who speaks, it is a person's surname ('Jackson MP said', 'the Kessa MP said')."""
    word = tokens[-1]
    if not (ent.label_ == "PERSON" and not titles and len(tokens) == 1 and word.dep_ == "compound"
            and word.head.i == word.i + 1 and word.head.lower_ in MEMBER_TITLE_ABBREVIATIONS | MEMBERSHIP_NOUNS
            and is_known_place(word.text)):
        return False
    title = word.head
    if not any(c.dep_ in ("det", "poss") and c.i < word.i for c in child_tokens(title)):
        return False            # 'Jackson MP said': a surname
    return not (title.dep_ in ("nsubj", "nsubjpass") and title.head.lemma_.lower() in SPEECH_VERBS)


def _part_of_a_known_place(doc, start: int, last: Token, ent: Span, titles: list[str]) -> bool:
    """'[Prince George]' the recogniser read as a place or written after 'in', 'at', 'near', a
    title before a known place's name, or
    'Dera [Ismail Khan]', a person's name that a capitalised word before it (no title, no other
    name's word; or one the name took in, left out by the recogniser) makes the name of a known
    place: the place, no person."""
    whole, label = span_text(doc[start:last.i + 1]), ent.label_
    if titles and (label == "GPE" or start > 0 and doc[start - 1].lower_ in PLACE_ONLY_PREPS) and is_known_place(whole):
        return True                     # ('a hotel in [Prince George]': after a preposition of place only)
    if label == "PERSON" and not titles and start < ent.start and is_known_place(whole):
        return True
    if start == 0 or label not in ("PERSON", "ORG"):
        return False
    before = doc[start - 1]
    return before.is_title and before.is_alpha and before.lower_ not in _TITLE_OR_PREFIX \
        and not before.ent_type_ and not _opens_sentence(before) \
        and is_known_place(span_text(doc[start - 1:last.i + 1]))


_HONORIFICS_OF_ADDRESS = HONORIFIC_WORDS | {"madam", "madame"}      # united once, not per call


def _an_office_addressed(doc: Doc, start: int, last: int, name: str, titles: list[str]) -> bool:
    """'It was not our project, Mr. Chair.', '"Thank you, Madam Speaker," she said': an honorific
    and an office's word (ADDRESSED_OFFICES) set off by a comma before and punctuation after is
    the office's holder addressed, no name ('Mr Speaker said' may be a surname: not set off)."""
    words = [t.rstrip(".").lower() for t in titles] + name.lower().split()     # 'Madam' is no title stripped
    if len(words) != 2 or words[0] not in _HONORIFICS_OF_ADDRESS or words[1] not in ADDRESSED_OFFICES:
        return False
    before = doc[start - 1].text if start > 0 else ""
    after = doc[last + 1].text if last + 1 < len(doc) else ""
    return before in MARKS_BEFORE_AN_ADDRESS and after in MARKS_AFTER_AN_ADDRESS


def _bracketed_initials_cover_the_title(doc: Doc, last: int, surface: str, name: str) -> bool:
    """'The General Civil Aviation Authority (GCAA)': the capitals in brackets right after a
    body's name are the initials of the whole name, the word that reads as a title included,
    and not of the name without it: that word opens the body's name."""
    after = doc[last + 1:last + 4]
    if len(after) < 3 or after[0].text != "(" or after[2].text != ")" or not after[1].text.isupper():
        return False
    letters = after[1].text.lower()
    return _initials_of_name(surface) == letters != _initials_of_name(name)


def _initials_of_name(name: str) -> str:
    return "".join(w[0].lower() for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


def _object_of_its_remit(tokens: list[Token]) -> bool:
    """'the Institute of Criminal Justice', 'the Centre for Social Justice': a role word that is
    the object of the name's own 'of' or 'for', with no name after it, is the field the body
    works in, no post in it ('the Department of Health Secretary Ann Lowe' is one)."""
    last, doc = tokens[-1], tokens[-1].doc
    inside = {t.i for t in tokens}
    return last.dep_ == "pobj" and last.head.i in inside and last.head.lower_ in NAME_PREPOSITIONS \
        and not (last.i + 1 < len(doc) and doc[last.i + 1].is_title and doc[last.i + 1].pos_ == "PROPN")


def _a_seat_before_its_members_letters(ent: Span) -> bool:
    """'[Perth North] MSP Ann Lowe', '[Kessa West] MP Tom Reed': a place's name (its first word a
    known place, no known body or party) right before a member's letters in capitals and the
    member's name is the seat the member holds, a constituency, no actor; not where a word of
    the name is a body's (ORG_HEADS, BODY_WORDS_NO_SEAT_HAS: '[Kessa City Council] MP Tom Reed')."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE") or ent.end + 2 >= len(doc):
        return False
    letters, given = doc[ent.end], doc[ent.end + 1]
    return letters.is_upper and letters.lower_ in MEMBER_TITLE_ABBREVIATIONS \
        and (given.ent_type_ == "PERSON" or given.is_title and is_given_name(given.text)) \
        and is_known_place(ent[0].text) and not canonical(span_text(ent)) \
        and not any(t.lower_ in ORG_HEADS or t.lower_ in BODY_WORDS_NO_SEAT_HAS for t in ent)


def _a_persons_name_words(words: list[Token]) -> bool:
    """Two to four capitalised proper nouns (a hyphen between two of them) that open on a given
    name (gender-guesser's) or are all given names or words no dictionary has ('Aroha Te Whata',
    'Sipho Ndlovu'): a person's name, as written after a member's letters."""
    names = [t for t in words if t.text != "-"]
    return 2 <= len(names) <= 4 and all(t.is_title and t.pos_ == "PROPN" for t in names) \
        and (is_given_name(names[0].text) or all(is_given_name(t.text) or not is_common_word(t.text) for t in names))


def _person_after_member_letters(ent: Span) -> int | None:
    """'[Gauteng Community Safety MEC Sipho Ndlovu]', '[Green MEP Ana Sousa]' read as one body:
    a member's letters (MEMBER_TITLE_ABBREVIATIONS, in capitals) inside the entity, after its
    first word, with two to four capitalised proper nouns after them that open on a given name
    or are all words no dictionary has: the person's name starts after the letters."""
    for n in range(ent.start + 1, ent.end - 2):
        letters = ent.doc[n]
        if letters.is_upper and letters.lower_ in MEMBER_TITLE_ABBREVIATIONS:
            return n + 1 if _a_persons_name_words(list(ent.doc[n + 1:ent.end])) else None
    return None


def _end_of_untagged_name(doc: Doc, start: int) -> int | None:
    """The end of a person's name the recogniser left untagged at `start`: capitalised proper
    nouns in no entity, the first a given name (gender-guesser's) or all of them words no
    dictionary has ('MEC Thandi Mokoena'); None where there is none."""
    toks = doc_tokens(doc)
    end = start
    while end < len(toks) and end - start < 4 and toks[end].pos_ == "PROPN" and toks[end].is_title \
            and not toks[end].ent_type_:
        end += 1
    if end - start < 2:
        return None
    return end if is_given_name(toks[start].text) or not any(is_common_word(t.text) for t in toks[start:end]) else None


def _named_after_a_person(name: str, styled: bool = False) -> bool:
    """'Tom Reed Foundation', 'Ann Lowe Memorial Trust': a given name (gender-guesser's), a
    surname and words that end on a body's head word name a body after a person; a person's own
    name ends on no such word after a full name ('Ann Church' is hers). After a style of address
    (`styled`: 'the Fr Muller Medical College', 'the Dr Okafor Memorial Trust') the style says a person's
    name opens the run, a surname alone as well as a given name, and counts as the name's first word: a style,
    one name word and a body's or an institution's head (_BODY_OR_PREMISES_HEADS), in either case ('the Fr
    Agnel school'), name a body."""
    words = name.split()
    if styled:      # the style is the name's first word ('Shri Ram College', 'Fr Agnel Ashram': a body)
        return len(words) >= 2 and words[-1].lower() in _BODY_OR_PREMISES_HEADS and all(w[:1].isupper() for w in words[:-1])
    return len(words) >= 3 and words[-1].lower() in ORG_HEADS and is_given_name(words[0]) \
        and all(w[:1].isupper() for w in words)


def _before_a_bodys_head_word(last: Token) -> bool:
    """'Fr Muller [hospital]', 'the Fr Agnel [school]': the word right after a styled name, in either case, is a
    body's or an institution's head word (_BODY_OR_PREMISES_HEADS) the name hangs on as its compound: the style
    opens the body's name, no person's."""
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return nxt is not None and nxt.is_alpha and nxt.lower_ in _BODY_OR_PREMISES_HEADS and last.head.i == nxt.i


def _ends_a_hyphenated_title(doc, start: int) -> bool:
    """'Secretary-General', 'Lieutenant-General': the title word at `start` closes a title joined
    to the word before it by a hyphen, so it is no title of its own before the name."""
    return start > 1 and doc[start - 1].text in HYPHEN_MINUS_OR_HYPHEN and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha


def _given_name_after_an_office(doc, start: int, titles: list[str], name: str) -> bool:
    """'Defence Minister Gen Nakano', 'Trade Secretary Sen Park': a title's abbreviation written
    without its full stop that is also a given name (gender-guesser's), right after an office's
    title and before a lone surname, is the person's given name: an office's title is not
    followed by a second one ('Gen. Nakano', 'Army chief Gen Nakano', 'Gen Ann Lowe' keep the rank)."""
    if len(titles) != 1 or "." in titles[0] or len(name.split()) != 1 or start == 0 or not is_given_name(titles[0]):
        return False
    office = doc[start - 1]
    return office.is_title and office.lower_ in OFFICE_OR_STATE_ROLE_NOUNS


def _a_time_zone(word: Token) -> bool:
    """'(1415 UTC)', 'at 9am ET', '9.30 p.m. GMT', '17:00 Moscow': a word right after a clock
    time (not 'I am Ann'); 'viewers on PST': a time zone's abbreviation of three letters or more
    (TIME_ZONES) in capitals."""
    if _ZONE_LETTERS.fullmatch(word.text) and word.lower_ in TIME_ZONES:
        return True
    toks = doc_tokens(word.doc)
    before = toks[word.i - 1].text if word.i > 0 else ""
    return bool(_CLOCK_TIME.fullmatch(before)) \
        or bool(_AM_PM.fullmatch(before)) and word.i > 1 and toks[word.i - 2].text[-1:].isdigit()


def _acronym_of_no_place(name: str) -> bool:
    """'RT', 'ZNN': one word of initials that no known country, place or US state is written as,
    nor a common two-letter abbreviation, names a body, whatever the recogniser took it for (a
    body named only as where something happens, or never acting, is dropped later)."""
    return " " not in name and is_acronym(name) and not is_known_place(name) \
        and norm(name) not in two_letter_abbreviations()


def qualifies_a_noun_after(doc: Doc, last: int) -> bool:
    """'A [Department of Health and Social Care] spokesperson said': a name followed at once by a
    common noun in lower case qualifies that noun, the one the article determines (the parser may
    hang the noun on the name as its apposition or conjunct, and the article on the name)."""
    after = doc[last + 1] if last + 1 < len(doc) else None
    return after is not None and after.pos_ == "NOUN" and after.tag_ in ("NN", "NNS") and after.is_lower \
        and after.is_alpha and bool(doc[last].whitespace_)


def _a_kind_of_body(head: Token) -> bool:
    """'a Zembian-listed Outlawed Armed Organization', 'an Independent Agency': a body's name
    that heads a phrase opened by 'a' or 'an' names a class of bodies, not one ('an Exxon
    spokesman', where the name qualifies a noun, still names one)."""
    return head.dep_ not in ("compound", "nmod", "amod", "poss") \
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in child_tokens(head))


@functools.lru_cache(maxsize=4096)
def _without_post_nominals(name: str) -> str:
    """'Ann Lowe QC' -> 'Ann Lowe': letters after a person's full name in capitals that
    nameparser knows as post-nominal (QC, MP, OBE …) are no part of it."""
    from nameparser.config import CONSTANTS
    words = name.split()
    while len(words) > 2 and words[-1].isupper() and (words[-1].lower().replace(".", "") in CONSTANTS.suffix_acronyms
                                                      or words[-1].lower() in POST_NOMINAL_LETTERS):
        words = words[:-1]
    return " ".join(words)


def _written_as_a_legal_form(word: str) -> bool:
    """'AG', 'SA', 'Ltd.', 'Inc': a company's legal form as companies write it; 'Ag', 'Sa'
    may be a surname."""
    bare = word.rstrip(".")
    return bare.lower() in LEGAL_FORMS and bare[:1].isupper() and (bare.isupper() or len(bare) > 2)


def _surname_after_a_given_name(tokens: list[Token]) -> bool:
    """'said Ana Petrescu': one capitalised word the recogniser took for a place or a body, no
    known place, country or body's word, right after a given name (gender-guesser's) that no
    entity holds, is that person's surname."""
    if len(tokens) != 1 or tokens[0].i == 0:
        return False
    word, before = tokens[0], tokens[0].doc[tokens[0].i - 1]
    return word.pos_ == "PROPN" and word.is_title and word.is_alpha and before.is_title and before.is_alpha \
        and not before.ent_type_ and before.pos_ == "PROPN" and is_given_name(before.text) \
        and word.lower_ not in ORG_HEADS and word.lower_ not in BUSINESS_NAME_HEADS and word.lower_ not in FACILITY_WORDS \
        and not canonical(word.text) and not is_known_place(word.text) and not canonical(before.text) \
        and before.lower_ not in TITLE_VOCABULARY


def _only_a_service(tokens: list[Token]) -> bool:
    """'Fire' of 'Fire Marshal', 'Air' of 'Air Marshal': common words with no body's head word
    left before a title name the title's field, no body."""
    return all(t.lower_ not in ARTICLES and is_common_word(t.text) and t.lower_ not in ORG_HEADS
               and t.lower_ not in STATE_BODIES for t in tokens)


def _names_people_of_a_body(word: Token) -> bool:
    """'Heads', 'Members', 'Ministers' of a body are people in it; 'Friends of Marlow Museum'
    is a body's own name."""
    lower = word.lower_
    return any(w in TITLE_VOCABULARY or w in ROLE_NOUNS for w in (lower, lower[:-1] if lower.endswith("s") else lower))


def _executive_of_a_body(tokens: list[Token]) -> bool:
    """'the Health Service Executive said', 'the Scottish Executive': 'Executive' after a
    body's head word or a place, with no name after it, is the body's name, not a post in it
    ('Marlo Bank Chief Executive Tom Reed'); not after a company's word ('Marlo Group
    Executive' is the Marlo Group's executive)."""
    last, doc = tokens[-1], tokens[-1].doc
    return last.lower_ in BODY_NAMING_ROLE_WORDS and last.is_title \
        and (tokens[-2].lower_ in ORG_HEADS and tokens[-2].lower_ not in COMPANY_NAME_HEADS or tokens[-2].ent_type_ in ("GPE", "NORP") and len(tokens) == 2) \
        and not (last.i + 1 < len(doc) and doc[last.i + 1].is_title and doc[last.i + 1].pos_ == "PROPN")


def _counsel_by_silk(doc, start: int, name: str) -> bool:
    """'Advocate [Thabo Ndlovu SC]', '[Advocate Thabo Ndlovu SC]': two or three capitalised words
    that name no body, after a counsel's title and before a senior counsel's letters (SILK_LETTERS),
    are an advocate's name, whatever the recogniser took them for ('Al Ahly SC', no title, stays)."""
    words = name.split()
    titled = words[0].lower() in COUNSEL_TITLES
    if titled:
        words = words[1:]
    elif start == 0 or doc[start - 1].lower_ not in COUNSEL_TITLES or not doc[start - 1].is_title:
        return False
    return 3 <= len(words) <= 4 and words[-1].isupper() and words[-1].lower() in SILK_LETTERS \
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[:-1]) \
        and not canonical(" ".join(words[:-1])) \
        and not any(w.lower() in ORG_HEADS or w.lower() in BUSINESS_NAME_HEADS for w in words[:-1])


def _person_by_post_nominal(name: str) -> bool:
    """'Niamh Ní Bhriain TD' read as a body: a given name and one or two capitalised words that
    name no body or country, then letters nameparser knows as post-nominal (TD, MP, QC) that are no
    company's legal form, are a person's name."""
    words = name.split()
    return 3 <= len(words) <= 4 and _without_post_nominals(name) != name and without_legal_form(name) == name \
        and is_given_name(words[0]) \
        and all(w[:1].isupper() and w.isalpha() for w in words[:-1]) and not canonical(" ".join(words[:-1])) \
        and not any(w.lower() in ORG_HEADS or w.lower() in BUSINESS_NAME_HEADS or w.lower() in TITLE_WORDS
                    for w in words[:-1])


def _inside_longer_title(doc, start: int) -> bool:
    """'Vice President Reed', 'Secretary General Ann Lowe': an honorific that ends a
    longer title (a title word before it) is part of that title, not of the name. A peer's title
    ends none ('Attorney General Lord Reed'), save a first lady's ('First Lady Ann Lowe')."""
    if doc[start].lower_ in PEERAGE_TITLES and start > 0 and doc[start - 1].lower_ != "first":
        return False
    return start > 0 and doc[start - 1].is_title and doc[start - 1].lower_.rstrip(".") in TITLE_VOCABULARY


APOSTROPHE_PARTICLE = re.compile(r"(?:\b[A-Z][\w-]+ )?(?:(?:[Ii]n|[Vv]an|[Oo]p) )?['’]t $")


def _start_over_apostrophe_particle(doc, start: int) -> int:
    """'Lotte in 't [Hoff]', "In 't Hoff": the Dutch surname particle with an apostrophe and
    the words before it (a given name, 'in', 'van', 'op') open the person's name."""
    at = doc[start].idx
    match = APOSTROPHE_PARTICLE.search(doc_text(doc)[max(0, at - 30):at])
    if not match:
        return start
    first = at - len(match.group(0))
    while start > 0 and doc[start - 1].idx >= first:
        start -= 1
    return start


def _with_country_section(tokens: list[Token]) -> list[Token]:
    """'Harbour Relief International UK also asked': a country's acronym right after a body's
    name, before a verb, an adverb or a stop, is that body's national section ('told BBC News
    US law …' is no section)."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end >= len(doc) or not tokens[-1].whitespace_:
        return tokens
    word = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    known = canonical(word.text)
    if not (known and known[1] == "country" and is_acronym(word.text)):
        return tokens
    if tokens[-1].lower_ in ORG_OR_SECTION_HEADS and (after is None or after.pos_ in ("VERB", "AUX", "ADV", "PUNCT")) \
            or _speaks_as_one_name(tokens[-1], word) or _named_after_a_bodys_noun(tokens, after):
        return tokens + [word]
    return tokens


def _named_after_a_bodys_noun(tokens: list[Token], after: Token | None) -> bool:
    """'the pressure group [River Watch] UK,': a name of two words or more set after a lower-case
    noun of a body's kind, with the country's acronym closing the phrase (a stop, a comma or a
    verb after it), is the body's whole name ('the group Harbour Aid UK said')."""
    return len(tokens) > 1 and _after_a_bodys_noun(tokens[0].doc, tokens[0].i) \
        and (after is None or after.pos_ in ("VERB", "AUX", "PUNCT"))


def _speaks_as_one_name(last: Token, country: Token) -> bool:
    """'Airbus UK said', 'Kessler Foods UK warned': a body's name, then a country's acronym the
    parser joins to it as one subject of a speech verb: the body's national company speaks, not
    the country ('Airbus told UK buyers' is no such pair); not a place's name ('Germany UK said':
    two countries)."""
    verb = country.head
    return country.dep_ == "nsubj" and last.dep_ == "compound" and last.head.i == country.i \
        and verb.lemma_.lower() in SPEECH_VERBS and verb.i > country.i and last.ent_type_ not in ("GPE", "LOC", "NORP")


def _with_words_its_acronym_covers(tokens: list[Token]) -> list[Token]:
    """'[the Organization for Security and Co-operation] in [Europe] (OSCE)': a body's name the
    recogniser ended before a preposition and capitalised words runs on over them where the
    acronym in brackets right after is the initials of the longer name, not of the shorter; so
    does one ended before its last field ('[the Department of Roads] and Bridges (DRB)'), and one
    with a preposition ended inside its field's words ('[the National Centre for Vector] Borne
    Diseases Control (NCVBDC)')."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end >= len(doc):
        return tokens
    if doc[end].lower_ in NAME_OR_PLACE_PREPOSITIONS_OR_JOINS:
        opening = end + 1
    elif doc[end].is_title and doc[end].is_alpha and any(t.lower_ in NAME_PREPOSITIONS for t in tokens[1:]):
        opening = end                           # '[the National Centre for Vector] Borne Diseases Control (NCVBDC)'
    else:
        return tokens
    close = opening
    while close < min(end + 5, len(doc)) and (doc[close].is_title or doc[close].lower_ in AND_OR_THE):
        close += 1
    if close == opening or close + 2 >= len(doc) or doc[close].text != "(" or doc[close + 2].text != ")":
        return tokens
    acronym = doc[close + 1].text
    if not acronym.isupper() or not acronym.isalpha():
        return tokens
    longer = tokens + list(doc[end:close])
    if _initials_of_words(longer) == acronym.lower() and _initials_of_words(tokens) != acronym.lower():
        return longer
    return tokens


def _initials_of_words(tokens: list[Token]) -> str:
    """'Organization for Security and Co-operation in Europe' -> 'osce': the first letters of
    the capitalised words, a hyphenated word giving one."""
    words = [t for t in tokens if t.text not in HYPHEN_OR_EN_DASH]
    joined = {t.i + 1 for t in words if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in HYPHEN_OR_EN_DASH
              and not t.whitespace_ and not t.doc[t.i + 1].whitespace_}       # the word after a hyphen
    return "".join(t.text[0].lower() for t in words if t.text[:1].isupper() and t.i - 1 not in joined)


def _with_capitalised_of_phrase(tokens: list[Token]) -> list[Token]:
    """'[Democratic Front] of Rural Workers': a body's name the recogniser ended on its head
    word runs on over 'of' and capitalised words that are no name of their own."""
    if not tokens or tokens[-1].lower_ not in ORG_HEADS:
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return tokens
    words = []
    for t in doc[end + 1:end + 5]:
        if not (t.is_title and t.is_alpha and t.pos_ in ("PROPN", "NOUN")) or t.ent_type_ \
                or t.lower_ in _TITLE_OR_PREFIX or canonical(t.text) or is_known_place(t.text):
            break
        words.append(t)
    nxt = doc[end + 1 + len(words)] if end + 1 + len(words) < len(doc) else None
    if len(words) < 2 or nxt is not None and nxt.is_title and nxt.is_alpha:
        return tokens
    return tokens + [doc[end]] + words


def _with_its_country_after_a_second_of(tokens: list[Token]) -> list[Token]:
    """'[Chamber of Quarries] of Kessaland chief executive', '[Law Society of Kessa] of Ghana said': a
    body's name with an 'of' of its own that the recogniser ended before a second 'of' and a
    country's name runs on to the country: the country says which nation's body it is (an 'of'
    the parse hangs on the name's last word; not the country's possessive: 'of Kessaland's mines')."""
    if len(tokens) < 3 or not any(t.lower_ == "of" for t in tokens[1:-1]):
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != tokens[-1].i:
        return tokens
    country = doc[end + 1]
    after = doc[end + 2] if end + 2 < len(doc) else None
    if not (country.is_title and is_country_name(country.text)) or after is not None and after.text in POSSESSIVE_ENDINGS_OR_APOSTROPHE:
        return tokens
    return tokens + [doc[end], country]


def _head_word_before_link(name: str) -> str:
    """'league' of 'Corran League for the Blind': the word before the first link word ('for', 'of')."""
    words = name.lower().split()
    link = _first_link(words)
    return words[link - 1] if link else ""


def _first_link(words: list[str]) -> int | None:
    """Where the first link word ('for', 'of': NAME_PREPOSITIONS) after the first of a name's lower-cased words is."""
    return next((n for n, w in enumerate(words) if n and w in NAME_PREPOSITIONS), None)


def _an_association_of_a_trade(name: str) -> bool:
    """'Kessa Chamber of Commerce', 'Federation of Mines': a members' association (ASSOCIATION_HEADS) whose link
    word takes a field of work (PORTFOLIO_FIELD_NOUNS), a trade's own body; the bare head ('the Chamber') is the
    legislature's word, never its short form."""
    words = name.lower().split()
    link = _first_link(words)
    return bool(link) and link + 1 < len(words) and words[link - 1] in ASSOCIATION_HEADS \
        and words[link + 1] in PORTFOLIO_FIELD_NOUNS


def _for_the_follows(tokens: list[Token]) -> bool:
    """The name is followed by 'for the' and at least one more word."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    return end + 2 < len(doc) and doc[end].lower_ == "for" and doc[end + 1].lower_ == "the"


def _with_the_people_it_serves(tokens: list[Token]) -> list[Token]:
    """'[Corran League] for the Blind': a body's name the recogniser ended on its head
    word runs on over 'for the' and one capitalised word that names people by a quality ('the
    Blind', 'the Elderly'), no name of its own ('Oxfam for the European Union' stays two)."""
    if not tokens or tokens[-1].lower_ not in ORG_HEADS:
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if not _for_the_follows(tokens):
        return tokens
    word = doc[end + 2]
    after = doc[end + 3] if end + 3 < len(doc) else None
    alone = word.ent_iob_ != "I" and (after is None or after.ent_iob_ != "I")     # no longer name of its own
    if not (word.is_title and word.is_alpha and alone) or canonical(word.text) \
            or is_known_place(word.text) or after is not None and (after.is_title or after.pos_ in ("NOUN", "PROPN")):
        return tokens
    return tokens + list(doc[end:end + 3])


def _with_its_region(tokens: list[Token]) -> list[Token]:
    """'the [Harbour Workers Union] of Ohio filed': a body's name of two or more words the
    recogniser ended on its head word, before 'of' and a state or province (the gazetteer's)
    that qualifies nothing after it, is that body's branch in the region; so is 'for' and a place
    after a body of which a state or an international body has one per region
    (REGIONAL_BODY_HEADS: 'the [UN Office] for West Africa', 'the Commission for Wales')."""
    opened = len(tokens) > 2 and tokens[0].lower_ in ORG_HEADS and tokens[1].lower_ == "of" and tokens[-1].is_title
    if len(tokens) < 2 or tokens[-1].lower_ not in ORG_HEADS and not opened:
        return tokens                           # also '[League of Tenant Voters] of Kansas': opened by its head
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end + 1 >= len(doc) or not (doc[end].lower_ == "of" or doc[end].lower_ == "for"
                                   and tokens[-1].lower_ in REGIONAL_BODY_HEADS and doc[end].head.i == tokens[-1].i):
        return tokens
    last = end + 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I" and doc[last + 1].is_title:
        last += 1
    place = doc[end + 1:last + 1]
    after = doc[last + 1] if last + 1 < len(doc) else None
    if not all(t.is_title for t in place) or after is not None and (after.is_title or after.pos_ in ("NOUN", "PROPN")
                                                                     or after.tag_ == "POS"):
        return tokens                           # 'the Institute of Directors of [Kessa's] firms': no region's
    if doc[end].lower_ == "of" and not (is_known_place(place.text) or _a_country_it_belongs_to(tokens, place, after)) \
            or doc[end].lower_ == "for" and (
            after is not None and after.tag_ == "POS" or not _a_region_or_country(place)
            or _one_of_several_places(place, after)):
        return tokens
    return tokens + list(doc[end:last + 1])


def _a_country_it_belongs_to(tokens: list[Token], place: Span, after: Token | None) -> bool:
    """'the [Human Rights Commission] of Pakistan', 'the [Public Health Agency] of Canada': a
    country after 'of' and a body's name of two or more words ending on its head word is the end
    of that name, unless the head is one of a country's own organs ('the Interior Ministry of
    Pakistan': whose ministry it is, COUNTRY_ORGAN_HEADS)."""
    known = canonical(place.text)
    if _one_of_several_places(place, after) or any(t.lower_ in SUPRANATIONAL_WORDS for t in tokens):
        return False                            # 'of Kenya and Tanzania'; 'the UN Refugee Agency of Pakistan': where it works
    return bool(known) and known[1] == "country" and tokens[-1].lower_ in ORG_HEADS \
        and tokens[-1].lower_ not in COUNTRY_ORGAN_HEADS and tokens[-1].is_title


def _one_of_several_places(place: Span, after: Token | None) -> bool:
    """'the Agency for Kenya and Uganda', 'for Kenya, Uganda and Chad': the body's remit is the
    list, not its first place."""
    return after is not None and (after.pos_ == "CCONJ" or after.text in SLASH_OR_AMPERSAND) \
        or any(c.dep_ in ("conj", "cc") for t in place for c in child_tokens(t))


def _a_region_or_country(place: Span) -> bool:
    """'Ohio', 'Kenya', 'West Africa': a place of the gazetteer, a country, or a place or region the
    recogniser reads as one whole (GPE, LOC)."""
    known = canonical(place.text)
    return is_known_place(place.text) or bool(known) and known[1] == "country" \
        or all(t.ent_type_ in ("GPE", "LOC") for t in place) and place[0].ent_iob_ == "B"


def _with_the_movement_it_names(tokens: list[Token]) -> list[Token]:
    """'the [Houthi] movement': a one-word body's name the recogniser took without the lowercase
    'movement' it qualifies is an adjective, no name, where the article also names the people
    by its plural ('the Houthis'); the name is the fullest one, 'Houthi movement' ('the Hamas
    movement' stays 'Hamas': nobody is a 'Hamass')."""
    movement = _movement_it_qualifies(tokens)
    if movement is None:
        return tokens
    plural = tokens[0].text + "s"
    return tokens + [movement] if any(t.text == plural for t in tokens[0].doc) else tokens


def _movement_it_qualifies(tokens: list[Token] | Span) -> Token | None:
    """'movement' right after a one-word capitalised name that qualifies it ('[Houthi] movement')."""
    if len(tokens) != 1 or not tokens[0].is_title:
        return None
    doc, end = tokens[0].doc, tokens[0].i + 1
    return doc[end] if end < len(doc) and doc[end].text == "movement" and tokens[0].head == doc[end] else None


def _movements_named_in_other_paragraphs(parsed: ParsedArticle, spans: list[NameSpan]) -> None:
    """`_with_the_movement_it_names` across the article: 'the Houthi movement' in one paragraph,
    'the Houthis' in another. The article's words are looked at only when such a name occurs."""
    bare = [s for s in spans if s.name == s.surface and s.kind == "org" and _movement_it_qualifies(s.words)]
    if not bare:
        return
    words = {t.text for doc in parsed.docs for t in doc}
    for s in bare:
        if s.name + "s" in words:
            s.head = s.words.doc[s.words.end]
            s.words = s.words.doc[s.words.start:s.words.end + 1]
            s.name = s.surface = f"{s.name} movement"


def _country_word_before_party(tokens: list[Token]) -> bool:
    """'UK Independence Party leader': a country's name or acronym written right before a
    party's name is part of it (a demonym, 'British Labour Party', is not)."""
    if len(tokens) < 2 or tokens[-1].lower_ not in PARTY_HEADS or tokens[0].i == 0:
        return False
    word = tokens[0].doc[tokens[0].i - 1]
    known = canonical(word.text)
    return bool(word.whitespace_) and known is not None and known[1] == "country" \
        and (is_acronym(word.text) or norm(word.text) == norm(known[0]))


def _inside_longer_name(last: Token) -> bool:
    """'a USA TODAY review', 'the [Democratic People's Republic of Korea]': a country's or a
    group's name the recogniser ended before a capitalised word that no name, title, body word or place of its own is, is a
    word of that longer name and no mention of the shorter one ('U.S. Senate', 'U.S. Defense
    Secretary' keep the country)."""
    doc = last.doc
    if last.i + 1 >= len(doc) or last.whitespace_ == "":
        return False
    nxt = doc[last.i + 1]
    word = nxt.lower_.rstrip(".")
    capitalised = nxt.is_title or nxt.is_upper and len(nxt.text) > 2
    return capitalised and nxt.is_alpha and nxt.pos_ == "PROPN" and nxt.ent_iob_ != "B" \
        and (nxt.is_upper == last.is_upper or not last.is_upper) \
        and word not in _BODY_TITLE_PORTFOLIO_OR_ROLE_WORD \
        and not canonical(nxt.text) and not is_known_place(nxt.text) and not _opens_sentence(nxt)


def _without_trailing_place(tokens: list[Token]) -> list[Token]:
    """'Corran College in Kent': a body's name ends before 'in', 'on', 'at' or 'near' and a known
    place (the gazetteer's) that ends the recogniser's entity ('Council on Foreign Relations'
    keeps its 'on'; a place before 'at' names a campus, 'University of Vermont at Burlington');
    so it does before such a word and a weekday or month ('the Commons on Monday', 'the
    Senate in March')."""
    at = next((n for n, t in enumerate(tokens[1:-1], 1) if t.lower_ in PLACE_AFTER_NAME_PREPS), None)
    if at is None or tokens[at].lower_ == "at" and _names_a_place(tokens[at - 1].text):
        return tokens                           # 'University of Vermont at Burlington': a campus is a body
    if tokens[at + 1].lower_ in WEEKDAY_NAMES or tokens[at + 1].lower_ in MONTH_NAMES and tokens[at + 1].is_title:
        return tokens[:at]
    rest = " ".join(t.text for t in tokens[at + 1:] if t.lower_ != "the")
    return tokens[:at] if _names_a_place(rest) else tokens


_UNIT_OWNER_HEADS = frozenset(ORG_HEADS | PARTY_BODY_HEADS)


def _without_place_of_its_unit(tokens: list[Token]) -> list[Token]:
    """'[Congress Nagpur] unit chief', 'the [Harbour Union Leeds] branch': a place the recogniser ran
    into a body's name before a lower-case word of a local unit (LOCAL_UNIT_NOUNS) is where the unit
    is; the body's name ends before it, when what is left ends on a body's head word (ORG_HEADS,
    PARTY_BODY_HEADS): 'Air India unit chief' and 'a Wells Fargo branch manager' keep the firm's name."""
    if len(tokens) < 2:
        return tokens
    doc, last = tokens[0].doc, tokens[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None or not after.is_lower or after.lower_ not in LOCAL_UNIT_NOUNS:
        return tokens
    cut = len(tokens)
    while cut > 1 and tokens[cut - 1].is_title and _names_a_place(" ".join(t.text for t in tokens[cut - 1:])):
        cut -= 1
    if cut == len(tokens) or not any(c.isupper() for c in tokens[cut - 1].text) \
            or tokens[cut - 1].lower_ not in _UNIT_OWNER_HEADS:
        return tokens
    return tokens[:cut]


def _with_campus(tokens: list[Token]) -> list[Token]:
    """'[University of Vermont] at [Burlington]': a university named after a place, before 'at'
    and another place the recogniser found, is that campus (a body of its own)."""
    if len(tokens) < 3 or not any(t.lower_ in CAMPUS_HEADS for t in tokens) or tokens[-2].lower_ != "of" \
            or not _names_a_place(tokens[-1].text):
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end + 1 >= len(doc) or doc[end].lower_ != "at" or doc[end + 1].ent_iob_ != "B" or doc[end + 1].ent_type_ != "GPE":
        return tokens
    last = end + 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return tokens + list(doc[end:last + 1]) if _names_a_place(doc[end + 1:last + 1].text) else tokens


def _names_a_place(text: str) -> bool:
    known = canonical(text)
    return is_known_place(text) or known is not None and known[1] == "country"


_MEASURE_SOURCE_OR_THING = MEASURED_NOUNS | SOURCE_NOUNS | THING_HEADS


def _with_untagged_head_word(tokens: list[Token]) -> list[Token]:
    """'[Red River Regional] Transit chief Ann Lowe', '[Kessa Valley] Water said': a body's name
    the recogniser ended one word early runs on over the capitalised word its last word hangs on
    as a compound, where that word is untagged, a common word (a body's head: 'Transit', 'Water',
    'Guild'), no title ('[Kessa Council] Chairman'), no given name, place ('[Harbour Workers
    Union] Leeds branch'), known name, name prefix, nor a measure's, source's or thing's noun
    ('[Air Quality] Index', '[Kessa] Report'); a word no dictionary has ('[Toyota] Camry') is a
    product's or a person's, left out."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end >= len(doc) or tokens[-1].dep_ != "compound" or tokens[-1].head.i != end:
        return tokens
    word = doc[end]
    if word.ent_type_ or word.pos_ != "PROPN" or not word.is_title or not word.is_alpha \
            or not is_common_word(word.text) or is_given_name(word.text) or canonical(word.text) \
            or is_known_place(word.text) or singular(word.lower_) in TITLE_VOCABULARY or word.lower_ in NAME_PREFIXES \
            or word.lower_ in _MEASURE_SOURCE_OR_THING:
        return tokens                           # '[Air Quality] Index', '[Kessa] Report': a measure or a thing
    return tokens + [word]


def _with_known_continuation(tokens: list[Token]) -> list[Token]:
    """'[Harbour Union of Zembia] and Ports' (were that one of the lexicon's aliases): a name the
    recogniser ended before 'and' runs on over it where the longer name is a well-known body's."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return tokens
    for size in (3, 2, 1):
        words = doc[end + 1:end + 1 + size]
        if len(words) == size and words[-1].is_title and canonical(doc[tokens[0].i:end + 1 + size].text):
            return tokens + list(doc[end:end + 1 + size])
    return tokens


def _without_person_after_and(tokens: list[Token]) -> list[Token]:
    """'[The Department of Health and Mr Reed] disagreed': a body's name ends before an 'and'
    that a title and a name follow ('Ann Lowe and Associates', 'Office of the President and
    Cabinet' keep theirs)."""
    at = next((n for n, t in enumerate(tokens[1:-2], 1) if t.lower_ in TITLE_FIELD_JOINS
               and tokens[n + 1].text.rstrip(".").lower() in TITLE_WORDS and tokens[n + 2].is_title), None)
    return tokens[:at] if at else tokens


def _with_second_field_of_its_remit(tokens: list[Token]) -> list[Token]:
    """'[Lagos Chamber of Industry] and Manufacturers', '[Ministry of Health] and Social Care': a
    body's name the recogniser ended on the capitalised word after its 'of' or 'for' runs on over
    'and' or '&' and up to three capitalised common words (WordNet's; the recogniser may call them
    a body of their own) that are no title, place or body's word, before a word that is not
    capitalised; not '[Bank of England] and Barclays', '[University of Leeds] and Durham',
    '[Ministry of Health] and Treasury officials'. So over a list of such fields set off by commas
    that 'and' (and an optional 'the') closes: '[Department of Energy], Mines and Resources',
    '[Ministry of Culture], Sport and the Arts'."""
    whole = tokens
    if len(tokens) > 3 and tokens[-1].text == ",":
        tokens = tokens[:-1]                    # the recogniser's name took in the list's first comma
    if len(tokens) < 3 or tokens[-2].lower_ not in NAME_PREPOSITIONS or not tokens[-1].is_title \
            or not tokens[-3].is_title:
        return whole
    doc = tokens[0].doc
    at = tokens[-1].i + 1
    listed: list[Token] = []
    while at + 1 < len(doc) and doc[at].text == ",":
        words = _fields_words(doc, at + 1, _LISTED_FIELD_ENTITIES)
        if not words:
            return tokens
        listed += [doc[at], *words]
        at += 1 + len(words)
    if at + 2 >= len(doc) or doc[at].lower_ not in TITLE_FIELD_JOINS:
        return whole
    start = at + 2 if listed and doc[at + 1].lower_ == "the" else at + 1
    words = _fields_words(doc, start, _LISTED_FIELD_ENTITIES if listed else ("", "ORG"))
    nxt = doc[start + len(words)] if start + len(words) < len(doc) else None
    if not words or nxt is not None and (nxt.is_title or nxt.pos_ in ("NOUN", "PROPN")):
        return whole
    return tokens + listed + list(doc[at:start]) + words


# What the recogniser may call the fields of a remit listed after a body's name ('Science and
# Innovation' a work of art): anything but a person's, a place's or a people's name.
_LISTED_FIELD_ENTITIES = ("", "ORG", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT")


def _fields_words(doc: Doc, start: int, entities: tuple[str, ...] | None) -> list[Token]:
    """Up to three capitalised common words from `start` that are no title, place or body's word
    (the recogniser may call them a body of their own, `entities`; any, where None, and then a
    portfolio's word is a field too: 'and the Environment'): one field of a body's remit."""
    words = []
    for t in doc[start:start + 3]:
        if not (t.is_title and t.is_alpha) or entities is not None and t.ent_type_ not in entities \
                or t.lower_ in _BODY_OR_TITLE_WORD and (entities is not None or t.lower_ not in PORTFOLIOS) \
                or not is_common_word(t.text) or canonical(t.text) or is_known_place(t.text):
            break
        words.append(t)
    return words


def _remit_list_closed(tokens: list[Token]) -> list[Token]:
    """'[Department of Water, Land] and the Environment', '[Ministry of Health, Finance] Minister
    Tom Reed': a body's name the recogniser ended inside the list of its remit (a comma after its
    'of' and no 'and' yet; the list's next comma or its 'and' it may take in) runs on over any
    further fields set off by commas, then 'and' (or '&'), an optional 'the' and up to three
    capitalised common words before a word that is not capitalised; where no such close follows,
    the list was the sentence's, and the name ends before its comma, unless a known place follows
    that comma (a campus's town)."""
    whole = tokens
    if len(tokens) > 3 and tokens[-1].lower_ in TITLE_FIELD_LINKS:
        tokens = tokens[:-1]                    # '[Ministry of Trade, Industry and] Tourism'
    link = next((k for k, t in enumerate(tokens[1:], 1) if t.lower_ in NAME_PREPOSITIONS), None)
    if link is None or "," not in [t.text for t in tokens[link:]] \
            or any(t.lower_ in TITLE_FIELD_JOINS for t in tokens[link:]) or not tokens[-1].is_title:
        return whole
    doc = tokens[0].doc
    at = tokens[-1].i + 1
    while at + 1 < len(doc) and doc[at].text == ",":
        words = _fields_words(doc, at + 1, None)
        if not words:
            break
        at += 1 + len(words)
    if at + 1 < len(doc) and doc[at].lower_ in TITLE_FIELD_JOINS:
        start = at + 2 if doc[at + 1].lower_ == "the" else at + 1
        words = _fields_words(doc, start, None)
        nxt = doc[start + len(words)] if start + len(words) < len(doc) else None
        if words and (nxt is None or not nxt.is_title and nxt.pos_ != "PROPN"):
            return tokens + list(doc[tokens[-1].i + 1:start + len(words)])
    comma = next(k for k, t in enumerate(tokens[link:], link) if t.text == ",")
    if is_known_place(" ".join(t.text for t in tokens[comma + 1:])):
        return tokens       # the body's place, no list: 'the University of California, Berkeley'
    return tokens[:comma]


def _with_body_it_serves(tokens: list[Token]) -> list[Token]:
    """'[Court of Appeals] for [the Tenth Circuit]': a court's or a commission's name and a
    district's joined by 'for the' are one body's name (the court of that circuit, not any
    appeals court); other names 'for the' joins stay two ('Oxfam for the European Union')."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if not _for_the_follows(tokens):
        return tokens
    nxt = doc[end + 2]
    if nxt.ent_iob_ != "B" and not (nxt.ent_iob_ == "I" and doc[end + 1].ent_iob_ == "B"):
        return tokens
    if nxt.ent_type_ not in ("ORG", "GPE", "FAC", "LOC") or not any(t.lower_ in DISTRICT_SERVING_HEADS for t in tokens):
        return tokens
    last = nxt.i
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return tokens + list(doc[end:last + 1]) if doc[last].is_title and doc[last].lower_ in DISTRICT_WORDS else tokens


def _with_word_before_a_role(tokens: list[Token]) -> list[Token]:
    """'[Safe Harbours] Abroad director A B': a capitalised word the recogniser left out between
    a body's name and a person's role word belongs to the body's name."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end + 1 >= len(doc):
        return tokens
    word, role = doc[end], doc[end + 1]
    if word.is_title and word.is_alpha and word.pos_ == "PROPN" and not word.ent_type_ \
            and word.lower_ not in _TITLE_OR_PREFIX and not canonical(word.text) \
            and not is_known_place(word.text) and role.is_lower and role.lower_ in PERSON_ROLE_WORDS:
        return tokens + [word]
    return tokens


def _coordinated_with_common_words(token: Token) -> bool:
    """A word coordinated only with lower-case adjectives or nouns is one of them, capitalised
    as the sentence opens ('Cross-border, interclan and tribal feuds')."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].pos_ == "CCONJ" and doc[token.i + 2].is_lower \
            and doc[token.i + 2].pos_ == "ADJ":
        return True         # 'Radical Unionist or separatist speech', however the parser hangs the pair
    pair = [t for t in token.conjuncts if t.i != token.i]
    return token.is_alpha and token.is_title and bool(pair) and all(t.is_lower and t.pos_ in ("ADJ", "NOUN") for t in pair)


def _is_given_and_surname(name: str) -> bool:
    """'Ann Lowe': two capitalised words, the first a given name (gender-guesser's list)."""
    words = name.split()
    return len(words) == 2 and all(w[:1].isupper() for w in words) and words[-1].lower() not in ORG_HEADS \
        and gender_of_given_name(words[0]) is not None


def _start_of_defined_name(doc, start: int, end: int) -> int:
    """'United Nations Educational, Scientific and Cultural Organization (UNESCO)': where an
    acronym in brackets follows a name it does not abbreviate, the name starts at the earlier
    capitalised word (over commas and link words) from which it does; else where it did."""
    if end + 3 >= len(doc) or doc[end + 1].text != "(" or doc[end + 3].text != ")":
        return start
    letters = norm(doc[end + 2].text).replace(" ", "").replace("&", "")     # 'M&TC': the '&' stands for an 'and'
    if not doc[end + 2].is_upper or letters in all_initials(doc[start:end + 1].text):
        return start
    at = start
    while at > 0 and start - at < 8:
        at -= 1
        t = doc[at]
        if not (t.is_title or t.text == "," or t.lower_ in NAME_LINK_WORDS):
            break
        if t.is_title and letters in all_initials(doc[at:end + 1].text):
            return at
        if t.is_sent_start:
            break
    return start


def _name_of_body(tokens: list[Token]) -> int | None:
    """'A B of the MDC', 'A B of Benin' read as one entity: where the words before 'of' are
    capitalised name words without a body's head word and the words after name a country
    or an acronym, the index of 'of' (the name ends there)."""
    at = next((n for n, t in enumerate(tokens) if t.lower_ == "of"), None)
    if at is None or not 2 <= at <= 3:
        return None
    before, after = tokens[:at], []
    for t in tokens[at + 1:]:
        if t.lower_ == "the" and not after:
            continue
        if t.pos_ != "PROPN" or not (t.is_title or t.is_upper):
            break
        after.append(t)
    if not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in _ORG_HEAD_OR_TITLE for t in before):
        return None
    text = " ".join(t.text for t in after)
    known = canonical(text)
    return at if after and (known and known[1] == "country" or is_acronym(text)) else None


QUOTES = {'"', "“", "”", "''", "``", "‘", "’"}


def in_quoted_title(doc, start: int, end: int) -> bool:
    """'"Bread and Circus,"', 'known as the "Green House"': a name inside quotation marks that
    hold only a few capitalised words is a title or a nickname, not an actor's name."""
    tokens = doc_tokens(doc)
    left = next((i for i in range(start, max(start - 5, -1), -1) if tokens[i].text in QUOTES), None)   # '"Green House' too
    right = next((i for i in range(end + 1, min(end + 5, len(doc))) if tokens[i].text in QUOTES), None)
    if left is None or right is None:
        return False
    inside = [t for t in doc[left + 1:right] if not t.is_punct]
    return 0 < len(inside) <= 6 and all(t.is_title or t.lower_ in NAME_LINK_WORDS for t in inside) \
        and not any("\n" in t.text for t in doc[left:right])


def _after_a_year(doc, start: int, last: Token) -> bool:
    """'the 2011 Vireo Sport', 'a 2016 Olympic Games': a name after 'the'/'a' and a year is a
    model or an edition of something, not a body; but a body's name that qualifies a noun
    ('the 2019 European Parliament elections', 'the 2024 Harbour Party manifesto') is the body."""
    if not (start > 1 and is_year(doc[start - 1].text) and doc[start - 2].lower_ in ARTICLES):
        return False
    name = doc[start:last.i + 1].text
    return not (modifies_a_common_noun(last) and (canonical(name) or last.lower_ in ORG_HEADS))


def _names_a_care_scheme(name: str, head: Token) -> bool:
    """'Medicare', 'Lowecare': one word ending '-care' (CARE_SCHEME_ENDING) names a health-care
    scheme or law, unless it speaks: 'UnitedHealthcare said' is a company."""
    return len(name.split()) == 1 and len(name) > 6 and norm(name).endswith(CARE_SCHEME_ENDING) and not is_source(head)


def _a_numbered_road(tokens: list[Token]) -> bool:
    """A road's word (ROAD_NAME_HEADS) before its number, inside the name or right after it."""
    if not tokens:
        return False
    last, doc = tokens[-1], tokens[-1].doc
    return len(tokens) > 1 and last.like_num and tokens[-2].lower_ in ROAD_NAME_HEADS \
        or last.lower_ in ROAD_NAME_HEADS and last.i + 1 < len(doc) and doc[last.i + 1].like_num


@functools.lru_cache(maxsize=4096)
def names_a_thing(name: str) -> bool:
    """'Fifth Amendment', 'Kessan Civil War', 'Economy of Norway': a name whose head word (the
    last, or the one before its first 'of', 'on' or 'for') is a law's, an event's or a plan's
    names no actor ('Ministry of Economy', 'Commission on Elections' do); nor does one headed so by
    a document's or a measure's word ('Kessa Freight Strategy', 'Air Quality Index', 'National
    Policy Statement for Kessa Waterways'; not 'Academy for Freight Strategy', nor 'Statement of Intent
    Group', whose last word is a body's)."""
    words = norm(name).split()
    if not words:
        return False
    link = next((n for n, w in enumerate(words[1:], 1) if w in NAME_PREPOSITIONS_OR_ON), None)
    before_of = words[link - 1] if link else None
    if link and words[link] in CAUSE_LINK_WORDS and _a_plural_of_people(before_of) \
            and words[-1] not in EVENT_NAME_HEADS:
        return False                            # 'Citizens for Open Elections': people banded for a cause
    #                                             (not 'Farmers for Climate Summit': an event so named)
    return not canonical(name) and (before_of in THING_HEADS or words[-1] in THING_HEADS
                                    and before_of not in ORG_OR_GENERIC_BODY_WORDS
                                    or link is None and _a_laws_name_by_its_last_word(name)
                                    or words[-1] in DOCUMENT_HEADS and link is None
                                    or before_of in DOCUMENT_HEADS and words[-1] not in ORG_OR_GENERIC_BODY_WORDS)


def _a_common_noun_with_a_determiner(tokens: list[Token]) -> bool:
    """'Moving the Bill, the Minister said', 'this Bill costs too much': one capitalised word the recogniser read
    as a person's name, a law's head word (LAW_HEADS: 'Bill', 'Code', also given names) with 'the', 'this' or
    'that' as its own determiner right before it, names that law, where nothing marks a person: no other word
    before it ('the late Bill', 'the elder Bill', a title), no apposition, relative clause or age after it
    ('the Bill, a docker,'), not the one who speaks ('the Bill said'), and no person in the article whose
    longer name opens with the word ('That Bill is a liar,' beside 'Bill Asante'). A common noun that names a
    paper or a body ('the Gazette') is no law's word."""
    if len(tokens) != 1:
        return False
    word = tokens[0]
    if not word.is_title or word.dep_ in ("compound", "poss") or word.lower_ not in LAW_HEADS or word.i == 0:
        return False
    det = word.doc[word.i - 1]
    if det.dep_ != "det" or det.head.i != word.i or det.lower_ not in DEFINITE_DETERMINERS:
        return False
    if _the_article_names_a_law_so_headed(word):
        return not _marked_as_a_person(word) and not _a_longer_persons_name_opening_with(word)
        # 'the Bill, backed by X, would cap ...': the law named before
    if any(c.i != det.i and (c.i < word.i or c.dep_ in ("relcl", "acl", "nummod", "amod")
                             or c.dep_ == "appos" and not _describes_the_person_named_next(c)) for c in child_tokens(word)):
        return False            # 'the late Bill', 'the Bill, 46,', 'the Bill, a docker,', 'the Bill who fished here'
    if word.dep_ in ("nsubj", "nsubjpass") and word.head.lemma_.lower() in SPEECH_VERBS:
        return False            # 'the Bill said': one who speaks
    return not _heads_a_longer_persons_name(word)


def _a_count_of_a_people(ent: Span, tokens: list[Token], name: str) -> bool:
    """'a ferry carrying 60 Orwin Islanders': a number before a plural name of people counts them, as it counts
    'residents' or 'voters'; the people so counted are no actor with a page. Only a plural proper noun
    (NNPS) read as a person's name or naming a people or a region's inhabitants (`_names_a_people`), with its
    own number before the name, and no known body's name ('Two Democrats, X and Y,': the party's word)."""
    head = tokens[-1]
    if head.tag_ != "NNPS" or not head.lower_.endswith("s") or canonical(name):
        return False
    return (ent.label_ == "PERSON" or any(_names_a_people(one) for one in _singulars_of_a_plural(head.lower_))) \
        and any(c.dep_ == "nummod" and c.like_num and c.i < tokens[0].i for c in child_tokens(head))


def _a_things_name_typed_a_person(ent: Span, name: str) -> bool:
    """'Grain Levy Amendment Bill clears committee', 'the Port Safety Code' read as a person's name: what a name
    is follows from its head word, not the recogniser's label, so a name of common words, none before the head a
    given name, whose head names an instrument enacted or proposed (ENACTED_INSTRUMENT_HEADS: 'Bill', 'Act',
    'Code', 'Amendment'; not 'Law', 'Day', 'Bridge', 'Plan', which are surnames too) is the instrument's name
    ('Jude Law', 'Ann Bill' stay people's names), where the article uses it as a law's name
    (`_the_article_uses_it_as_a_law`: after a determiner, or as what is passed or tabled) and does not mark the
    bearer as a person (`_the_article_marks_a_person`: a title, a style or nickname before it, an age, any
    apposition, a verb of saying, the surname used alone). 'Tall Bill played for three hours' is a person's."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in ENACTED_INSTRUMENT_HEADS \
        and all(w.isalpha() and is_common_word(w) for w in words) \
        and not any(is_given_name(w) for w in words[:-1]) and names_a_thing(name) \
        and _the_article_uses_it_as_a_law(ent, name) and not _the_article_marks_a_person(ent)


def _the_article_uses_it_as_a_law(ent: Span, name: str) -> bool:
    """Positive evidence that a name is a law's: somewhere in the article it follows a determiner, with only
    capitalised words of the name between ('the Timber Levy Bill', 'this Supplementary Rates Bill'), or here it
    is the subject or object of a verb done to or by a law in the making (LAW_MAKING_VERBS: 'X Bill passes
    second vote', 'MPs tabled X Bill')."""
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.lemma_.lower() in LAW_MAKING_VERBS:
        return True
    return any(m.group(1).lower() in DEFINITE_DETERMINERS
               for m in re.finditer(r"\b(\w+) (?:[A-Z][A-Za-z-]* )*" + re.escape(name) + r"\b", article_text(ent.doc)))


def _the_article_marks_a_person(ent: Span) -> bool:
    """Evidence that a name is a person's, whatever its words: a title or honorific right before it ('Nurse',
    'Dr'), an age or a job set off after it ('X, 19,', 'X, a market trader,'), a relative clause of a person
    ('who', 'whose'), the name as the subject of a verb of saying, or its last word standing alone elsewhere in
    the article as a person's name ('... Bill said'; not 'the Bill', which points back to the instrument)."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_.rstrip(".") in TITLE_WORDS or before.lower_ in POST_OR_PERSON_NOUNS
                               or before.text[:1].isupper() and before.is_alpha and not _opens_a_laws_name(before)):
        return True             # 'Nurse', 'street vendor', a style or nickname ('Pastor', 'Big') before it
    if _marked_as_a_person(root) or any(c.dep_ == "appos" for c in child_tokens(root)):
        return True             # 'X, a widow,', 'X, the singer,': any apposition
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS:
        return True
    return any(e.label_ == "PERSON" and len(e) == 1 and e.text == ent[-1].text and e.start != ent.end - 1
               and not (e.start > 0 and doc[e.start - 1].lower_ in DEFINITE_DETERMINERS) for e in doc_ents(doc))


def _opens_a_laws_name(word: Token) -> bool:
    """A capitalised word before a name that is part of a law's longer name: the run of capitalised words it
    belongs to follows a determiner ('The Supplementary Rates Bill'), or it is a common noun the parser sets
    inside the name ('Timber' of 'Timber Levy Amendment Bill passes') that is no style, title or person's noun;
    not a style or nickname ('Pastor X Bill', 'Big Bill', a given name)."""
    if word.dep_ == "compound" and word.head.i > word.i and word.tag_ in ("NN", "NNS", "NNP", "NNPS") \
            and is_common_word(word.text) and not is_given_name(word.text) \
            and not any(word.lower_ in kind for kind in (TITLE_WORDS, STYLE_OR_RANK_TITLES, POST_OR_PERSON_NOUNS,
                                                          PERSON_DESCRIBING_NOUNS)):
        return True
    k = word.i
    while k > 0 and word.doc[k - 1].text[:1].isupper() and word.doc[k - 1].is_alpha \
            and word.doc[k - 1].lower_ not in DEFINITE_DETERMINERS:
        k -= 1
    return k > 0 and word.doc[k - 1].lower_ in DEFINITE_DETERMINERS


def _marked_as_a_person(word: Token) -> bool:
    """'the Bill, who turned 60,', 'the Bill, whom few knew,', 'the Bill, 46,': a relative clause opened by a
    person's relative pronoun (WHO_PRONOUNS, only the word that opens the clause and hangs on its verb: not
    'whose', said of things too, nor a 'who' inside it, 'which would fine anyone who ...') or an age set off
    after the word marks a person, whatever else the article names."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ in WHO_PRONOUNS and c.left_edge.head.i == c.i
               or c.dep_ in ("appos", "nummod", "amod") and c.like_num for c in child_tokens(word))


def _the_article_names_a_law_so_headed(word: Token) -> bool:
    """'the Harbour Dues (Amendment) Bill ... The Bill, backed by X, would cap': where the article names a law
    whose name closes with the word ('Bill', 'Code': `_a_laws_name_by_its_last_word`, also after a bracketed
    '(Amendment)'), 'the Bill' points back to that law whatever hangs on it (a participle, an apposition, a
    verb of saying: what a law 'says' or 'proposes' is its text), not to a man called Bill; a word before it
    that opens a sentence or is a function word ('The Bill', 'this Bill') names no law."""
    for m in re.finditer(r"(\S+) " + re.escape(word.text) + r"\b", article_text(word.doc)):
        before = m.group(1)
        bare = before[1:-1] if before.startswith("(") and before.endswith(")") else before
        if bare.isalpha() and bare[:1].isupper() and not word.vocab[bare.lower()].is_stop \
                and _a_laws_name_by_its_last_word(f"{bare} {word.text}"):
            return True
    return False


def _describes_the_person_named_next(appos: Token) -> bool:
    """'Moving the Bill, the Minister for Fisheries, Hon. Ann Lowe, said': an apposition set off by a comma and
    followed within a title's reach by a person's name describes that person, not the word it hangs on."""
    doc = appos.doc
    end = appos.right_edge.i
    return any(doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B" and any(doc[j].text == "," for j in range(end, k))
               for k in range(end + 1, min(end + 4, len(doc))))


def _heads_a_longer_persons_name(word: Token) -> bool:
    """A person's name of more than one word elsewhere in the doc that opens with the word ('Bill Asante'), or the
    word before a capitalised word of no body anywhere in the article's text."""
    if _a_longer_persons_name_opening_with(word):
        return True
    return any(m.group(1).lower() not in ORG_OR_GENERIC_BODY_WORDS and m.group(1).lower() not in LAW_HEADS
               for m in re.finditer(r"\b" + re.escape(word.text) + r" ([A-Z][a-z]+)\b", article_text(word.doc)))


def _a_longer_persons_name_opening_with(word: Token) -> bool:
    """A person's name of more than one word elsewhere in the doc that opens with the word ('Bill Asante')."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[0].text == word.text and e.start != word.i
               for e in doc_ents(word.doc))


_SINGULARS_OF_IRREGULAR_PLURALS: dict[str, set[str]] = {}
for _one, _plural in IRREGULAR_PLURALS.items():
    _SINGULARS_OF_IRREGULAR_PLURALS.setdefault(_plural, set()).add(_one)   # built once, not per call
_APOSTROPHE_MARKS = "".join(APOSTROPHES)


def _a_plural_of_people(word: str) -> bool:
    """'citizens', 'nurses', 'voters': the plural of a noun for people (PERSON_NOUNS,
    PRIVATE_PROFESSION_NOUNS), which heads the name of people banded together ('Citizens for …')."""
    ones = set(_SINGULARS_OF_IRREGULAR_PLURALS.get(word, ()))
    if word.endswith("s") and not word.endswith("ss"):
        ones.add(word[:-1])
    return any(one in PERSON_NOUNS or one in PRIVATE_PROFESSION_NOUNS for one in ones)


def _a_laws_name_by_its_last_word(name: str) -> bool:
    """'Ports Authority Bill', 'Harbour Safety Code': a law's head word that is also a given name or
    heads other names ('Bill', 'Code': LAW_HEADS, not THING_HEADS) names a law where it closes the name after
    a capitalised common noun, also in the plural ('Coastal Fisheries Bill'), that is no given name ('Ann Bill'
    may be a person's name), with no 'of' or 'for' before it ('Office for Water Regulation' is a body's name,
    read by its head before 'for')."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _LAW_HEADS_NOT_THINGS and words[-1].istitle() \
        and (is_common_word(words[-2]) or any(is_common_word(one) for one in _singulars_of_a_plural(words[-2].lower()))) \
        and not is_given_name(words[-2])


def _a_post_of_it(head: Token) -> bool:
    """'chief executive of the Harbour Retail Partnership': a name headed by a word of a thing or a
    body (THING_OR_BODY_HEADS) names a body where a post that runs a body (POSTS_THAT_RUN_A_BODY) is
    'of' it; not 'chief negotiator of the Trans-Pacific Partnership', an agreement."""
    return head.lower_ in THING_OR_BODY_HEADS and head.dep_ == "pobj" and head.head.lower_ == "of" \
        and head.head.head.lower_ in POSTS_THAT_RUN_A_BODY


def _a_dotted_title_abbreviation(doc, tokens: list[Token]) -> bool:
    """'Atty. Ann Lowe', 'Supt. Tom Reed': a title's abbreviation the recogniser took for a name
    of its own, the tokenizer having split its dot off; it is the title of the name after it."""
    last = tokens[-1]
    return len(tokens) == 1 and last.text in TITLE_ABBREVIATIONS and last.i + 2 < len(doc) \
        and doc[last.i + 1].text == "." and doc[last.i + 2].is_title and doc[last.i + 2].ent_type_ == "PERSON"


def is_title_phrase(name: str) -> bool:
    """'Archbishop of Kessa', 'Secretary of State': a person's title, not a body; so is a
    portfolio holder's title with 'for' ('Commissioner for Finance', 'Minister for Health':
    PORTFOLIO_HOLDER_TITLES; not 'Commission for Human Rights')."""
    words = name.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return len(words) > 2 and (words[1].lower() == "of" and (singular(words[0].lower()) in PERSON_ROLE_WORDS
                                                           or words[0].lower() in OFFICE_HEADS_BEFORE_OF)    # not 'Heads of Government Meeting'
                               or words[1].lower() == "for" and words[0][:1].isupper()
                               and singular(words[0].lower()) in PORTFOLIO_HOLDER_TITLES)


def _start_at_a_region_of_its_place(doc: Doc, start: int, last: Token) -> int:
    """'the South of [Kessa Combined Authority]', 'the North of [Tyne Transport Board]': a body's
    name the recogniser opened on the place after 'of' starts at the capitalised compass word
    (GENERIC_REGION_WORDS) before the 'of', right after 'the', where the name ends on a body's head
    word; the body is the region's, not the place's."""
    if start < 3 or last.lower_ not in ORG_HEADS or doc[start - 1].lower_ != "of":
        return start
    region = doc[start - 2]
    if region.is_title and region.lower_ in GENERIC_REGION_WORDS and not region.ent_type_ \
            and doc[start - 3].lower_ == "the":
        return start - 2
    return start


def _start_over_untagged_words_of_its_name(doc: Doc, start: int, last: int) -> int:
    """'Duhallow Co-operative [Society] said', 'Kessa Valley [Growers Association]': a body's name
    the recogniser started late runs back over the words before it that hang on a word of the name
    (a compound or a modifier) and are capitalised proper nouns in no entity, or a hyphenated word
    opening on one ('Co-operative'), where the name ends on a dictionary word (a body's head, not
    a surname: 'Dr Josephat [Mwakilema]') and no name prefix comes before those words; not over
    a title's word or a name prefix ('Mayor'), a known name or place, a given name standing alone,
    or a dictionary word opening the sentence ('Local')."""
    toks = doc_tokens(doc)
    if not is_common_word(toks[last].text):
        return start                            # 'Dr Josephat [Mwakilema]': a person's surname, no body's head
    at, words = start, 0
    while at > 0 and words < 3:
        word = [toks[at - 1]]
        if at > 2 and toks[at - 2].text in HYPHENS and not toks[at - 2].whitespace_ and not toks[at - 3].whitespace_:
            word = toks[at - 3:at]              # 'Co-operative': one word of three tokens
        first = word[0]
        if not (first.is_title and first.is_alpha and first.pos_ == "PROPN" and not first.ent_type_
                and all(t.head.i in range(word[0].i, last + 1) and t.dep_ in ("compound", "amod", "nmod", "punct")
                        for t in word)
                and first.lower_ not in TITLE_VOCABULARY and first.lower_ not in NAME_PREFIXES
                and not canonical(first.text) and not is_known_place(first.text)
                and (len(word) > 1 or not is_given_name(first.text))
                and not (_opens_sentence(first) and is_common_word(first.text))):
            break
        at, words = first.i, words + 1
    if at < start and at > 0 and toks[at - 1].text.rstrip(".").lower() in NAME_PREFIXES:
        return start                            # 'Dr Ama Kessa [Trust]': a person's name before a word
    return at


def _left_out_name_word(t: Token, last: Token) -> bool:
    """A capitalised word before a name the recogniser left out of it ("Zbigniew [Marek Wójcik]");
    no style of address before a given name ('Eng [Sami Otaibi]'). The tagger may read a given name
    no dictionary has as an adjective or a common noun as it opens a sentence ('[Sourav] Kanti Das'
    tagged JJ): its part of speech says nothing then."""
    return ((t.pos_ == "PROPN" or is_given_name(t.text) and not is_common_word(t.text))
            and t.dep_ == "compound" and t.head.i <= last.i and t.is_title and t.is_alpha
            and t.ent_type_ in ("", "GPE", "NORP") and t.lower_ not in TITLE_VOCABULARY and t.lower_ not in NAME_PREFIXES
            and not _a_titles_plural(t)
            and not canonical(t.text) and not is_known_place(t.text)
            and not _a_style_before_a_given_name(t.doc, t.i))


def _a_titles_plural(t: Token) -> bool:
    """'Members', 'Councillors': the plural of a title's word (TITLE_VOCABULARY) before a list of the
    people who hold it ('Council Members [Ann Lowe] and Tom Reed'), no word of a name: right after it
    a person's whole name opens (_a_whole_persons_name_at). Not before one word the recogniser took
    for a name ('Judges [Lane] resident Ann Lowe': a street's name)."""
    return t.lower_.endswith("s") and t.lower_ != singular(t.lower_) and singular(t.lower_) in TITLE_VOCABULARY \
        and _a_whole_persons_name_at(t.doc, t.i + 1)


def _a_whole_persons_name_at(doc: Doc, i: int) -> bool:
    """A person's whole name opens at doc[i]: the recogniser's PERSON of two words or more starting
    there, or a given name (is_given_name) before another capitalised word."""
    t = doc[i] if i < len(doc) else None
    if t is None:
        return False
    if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
        return next(e for e in doc.ents if e.start == i).end - i >= 2
    return is_given_name(t.text) and i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha


def _ends_a_titles_field(doc, i: int) -> bool:
    """'Minister for [Housing] Aoife Brennan', 'Commissioner for Human [Rights] Ann Lowe': a
    capitalised word of a run right after 'for' or 'of' names the field of the title before
    it, not a word of the name after it; so does one after 'of the' ('Leader of the [Opposition]
    Ann Lowe': a person's name takes no article)."""
    while i > 0 and (doc[i - 1].is_title or _joins_two_fields(doc, i - 1)):
        i -= 1
    return i > 0 and (doc[i - 1].lower_ in TITLE_FIELD_PREPOSITIONS
                      or i > 1 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in TITLE_FIELD_PREPOSITIONS)


def _without_a_titles_field(tokens: list[Token]) -> list[Token]:
    """'Head of [Mission Lars Berg]', 'Minister of [State Ann Lowe]': a person's name the
    recogniser opened on the field right after a title's 'of'/'for' starts after the field's
    capitalised common words (none a given name), where two words or more are left."""
    doc = tokens[0].doc
    start = tokens[0].i
    if start < 2 or doc[start - 1].lower_ not in TITLE_FIELD_PREPOSITIONS or not doc[start - 2].is_title \
            or doc[start - 2].lower_ not in _TITLES_BEFORE_A_FIELD:
        return tokens
    n = 0
    while n < len(tokens) - 2 and _a_fields_capitalised_word(tokens[n]):
        n += 1
    return tokens[n:]


def _a_given_name_after_a_field(t: Token) -> bool:
    """'Minister for Climate Change [Nusrat] Bano Sherazi': a given name (gender-guesser's) that
    no dictionary has, after a field of a title that keeps a capitalised word before it, opens
    the name, not the field ('Minister for Roma' keeps its field)."""
    doc = t.doc
    return is_given_name(t.text) and not is_common_word(t.text) and t.i > 1 and doc[t.i - 1].is_title \
        and doc[t.i - 1].lower_ not in TITLE_FIELD_PREPOSITIONS and not is_given_name(doc[t.i - 1].text)


def _joins_two_fields(doc, i: int) -> bool:
    """'Minister for Trade and [Industry] Ann Lowe': 'and' between two capitalised words of a
    title's field."""
    return doc[i].lower_ in TITLE_FIELD_JOINS and i > 0 and doc[i - 1].is_title and doc[i + 1].is_title


def _without_a_titles_closing_words(tokens: list[Token]) -> list[Token]:
    """'Senate President [Pro Tempore] [Ann Lowe]', 'Speaker [Pro Tem Tom Reed]': words that
    close the title before the name are no words of the name (none left: no name at all)."""
    while tokens and closes_a_title(tokens[0].doc, tokens[0].i):
        tokens = tokens[1:]
    return tokens


def _person_without_leading_title(tokens: list[Token]) -> list[Token]:
    """'Chief [Inspector Marco] Valdes': a person's name the recogniser opened on a
    title and ended before the surname it modifies runs on to that surname, without the title;
    never on to a title's word ('[Kessford] Mayor Ann Lowe': the place whose mayor she is)."""
    while tokens[-1].dep_ == "compound" and tokens[-1].head.i == tokens[-1].i + 1 and tokens[-1].head.pos_ == "PROPN" \
            and tokens[-1].head.is_title and not tokens[-1].head.ent_type_ and tokens[-1].head.lower_ not in TITLE_VOCABULARY:
        tokens = tokens + [tokens[-1].head]
    while len(tokens) > 2 and tokens[0].is_title and tokens[0].lower_ in TITLE_VOCABULARY:
        tokens = tokens[1:]
    if len(tokens) > 2 and tokens[0].lower_ in COURT_SIDE_OPENERS and tokens[0].tag_ == "VBG":
        tokens = tokens[1:]                     # '[Defending] Tom Reed, Ann Lowe said': whom the lawyer acts for
    tokens = tokens[_title_run_opening_a_name(tokens):]
    if len(tokens) > 2 and _a_job_before_a_given_name(tokens):
        tokens = tokens[1:]                     # '[Midfielder] Tomas Vell'
    for size in (2, 1):
        if len(tokens) > size + 1 and " ".join(t.lower_ for t in tokens[:size]) in TITLE_QUALIFIERS:
            tokens = tokens[size:]              # 'Professor [Emeritus Ann Lowe]'
    member = next((n for n, t in enumerate(tokens[:-1]) if t.lower_ in MEMBER_TITLE_ABBREVIATIONS
                   and (n == 0 or is_given_name(tokens[n + 1].text)) or n == 0 and (t.text in RANK_ABBREVIATIONS or letters_stand_for_a_title(t))
                   or t.is_upper and t.lower_ in MEMBER_LETTERS_BEFORE_A_GIVEN_NAME and n + 2 < len(tokens)
                   and is_given_name(tokens[n + 1].text)), None)
    if member is not None:
        tokens = tokens[member + 1:]            # '[MEP Ana Sousa]', '[Green MEP Ana Sousa]', '[Cr Reed]' 
    elif _letters_of_a_title_before_a_full_name(tokens):
        tokens = tokens[1:]                     # '[DPP Ann Lowe]', '[IGP Tom Reed Okafor]'
    return _without_title_of_a_service(tokens)


def _title_run_opening_a_name(tokens: list[Token]) -> int:
    """'[Town Clerk] Ann Lowe', '[Harbour Master] Tom Reed': capitalised dictionary words that end on a
    title word (TITLE_VOCABULARY) right before a given name and a surname are the post, however the words
    before the title word qualify it (its place, its branch); the name opens at the given name. None of
    the words may be a given name ('Maria Chancellor Ann Lowe' is left alone). Returns how many words the
    title takes (0 for none)."""
    for n in range(1, len(tokens) - 2):
        word = tokens[n]
        if word.is_title and word.lower_ in TITLE_VOCABULARY and is_given_name(tokens[n + 1].text) \
                and all(t.is_title and is_common_word(t.text) and not is_given_name(t.text) for t in tokens[:n + 1]):
            return n + 1
    return 0


def _two_letter_title(t: Token) -> bool:
    """'MK', 'AG' in capitals: two letters of a title written before a name (TWO_LETTER_TITLES)."""
    return t.is_upper and t.lower_ in TWO_LETTER_TITLES


def _letters_of_a_title_before_a_full_name(tokens: list[Token]) -> bool:
    """'DPP Ann Lowe', 'IGP Musa Bello', 'MK Yael Barzani': capital letters (three or more, or
    two that TWO_LETTER_TITLES lists) opening a person's name and followed by a given name and a
    surname stand for a title or a body, never for the person's own name: a person's initials
    come before the surname alone ('JK Rowling', 'MS Dhoni') or are dotted ('J.R.R. Tolkien').
    Two capitals before two names may be initials ('KT Rama Rao'), hence the short lists (TWO_LETTER_TITLES,
    the two-letter titles of TITLE_LETTERS_BEFORE_A_NAME: 'CP Ann Lowe')."""
    if len(tokens) < 3:
        return False
    letters, given = tokens[0], tokens[1]
    return letters.is_upper and letters.is_alpha \
        and (len(letters) >= 3 or letters.lower_ in TWO_LETTER_TITLES or letters_stand_for_a_title(letters)) \
        and all(t.is_title and t.pos_ == "PROPN" for t in tokens[1:]) \
        and (len(letters) >= 3 and not _a_name_or_word_in_capitals(letters.text)
             or len(letters) == 2 and is_given_name(given.text)
             or letters_stand_for_a_title(letters)
             and not any(is_common_word(t.text) or t.lower_ in _BODY_OR_TRADE_WORD for t in tokens[1:]))


def _a_name_or_word_in_capitals(letters: str) -> bool:
    """'KIM Jong Un', 'LEE Hsien Loong', 'MARY Ann Lowe', 'PARK Chung Hee': capitals that spell a
    given name or a dictionary word are a name written in capitals (a surname put first), no
    title's letters ('DPP', 'IGP')."""
    return is_given_name(letters.title()) or is_common_word(letters)


def _a_job_before_a_given_name(tokens: list[Token]) -> bool:
    """'Midfielder Tomas Vell', 'Plumber Ann Lowe': a capitalised common noun of a doer
    (DOER_NOUN_ENDINGS: its own word or, for '-er', its stem a common word: 'midfield') that is
    no given name, before a given name, says what the person does and is no part of the name.
    A surname-first name ('Tan Wei Ming') has no such noun; a given name first ('Hunter Ann
    Lowe', 'Walker …') is left alone."""
    job, given = tokens[0], tokens[1]
    return given.is_title and (a_doers_noun(job) or _a_persons_describing_noun(job)) \
        and (is_given_name(given.text) or _opens_a_full_name_no_dictionary_has(tokens[1:]))


def _a_persons_describing_noun(word: Token) -> bool:
    """'Parent Ann Lowe', 'Resident Tom Reed', 'Pensioner Ama Owusu': a capitalised noun that says who
    a person is (PERSON_NOUNS, LIFE_STAGE_NOUNS) with no doer's ending is a description, no word of the
    name; never a title or a style of address ('Father Tom Reed', 'Sister Ann Lowe': a cleric's style,
    TITLE_VOCABULARY) nor a given name."""
    low = word.lower_
    return word.is_title and low in PERSON_OR_LIFE_STAGE_NOUNS and low not in TITLE_VOCABULARY \
        and not is_given_name(word.text)


def _opens_a_full_name_no_dictionary_has(words: list[Token]) -> bool:
    """'Tejpaul Ramkissoon', 'Bhavani Tejpaul': a word neither list knows (no given name of
    gender-guesser's, no dictionary word) opening two capitalised proper nouns or more is the
    given name of a full name the list lacks (one word alone may be a surname: 'Farmer Ramkissoon')."""
    return len(words) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in words) \
        and not is_common_word(words[0].text) and not is_given_name(words[0].text)


def _a_title_or_job_opening_a_persons_name(ent: Span) -> bool:
    """'[Superintendent Ann Lowe]', '[Farmer Tejpaul Ramkissoon]' read as one body: a person's
    title (TITLE_VOCABULARY) or a doer's noun opening a person's name words, with no body's word
    after the given name, is a person so described; not where a post's preposition puts it as
    the body served ('director of [Brennock Marine Supplies]')."""
    opening, doc = ent[0], ent.doc
    return len(ent) > 2 and opening.is_title \
        and (opening.lower_.rstrip(".") in TITLE_VOCABULARY or _an_abbreviated_title(opening) or a_doers_noun(opening)) \
        and _a_persons_name_words(list(ent[1:])) and not _a_bodys_word_after_the_opening(ent[2:]) \
        and not _a_common_plural(ent[-1].text) and not (ent.start > 0 and doc[ent.start - 1].lower_ in POST_BODY_PREPOSITIONS)


def _an_abbreviated_title(word: Token) -> bool:
    """'Gen.', 'Capt', 'Supt.': a title's abbreviation (TITLE_ABBREVIATIONS), its full stop
    kept on the word or not, written with its capital."""
    return word.is_title and word.text.rstrip(".") in TITLE_ABBREVIATIONS


def _a_title_before_a_name(tokens: list[Token]) -> bool:
    """A 'person' whose last word is a person's title, or who is only an abbreviated title
    ('[Atty.] Ana Cruz', '[DCI] Tom Reed'), and a capitalised name follows is that name's
    title; so are a title's own trailing words ('Senate President [Pro Tempore] Ana Cruz')."""
    doc = tokens[0].doc
    after = tokens[-1].i + 1
    if after < len(doc) and doc[after].text == "." and len(tokens) == 1:
        after += 1                              # 'Atty. Ana Cruz', where the dot stands apart
    titled = len(tokens) > 1 and tokens[-1].lower_ in PERSON_ROLE_WORDS \
        or len(tokens) == 1 and tokens[0].text.rstrip(".") in TITLE_OR_RANK_ABBREVIATIONS \
        or _qualifies_a_title_before_it(tokens) or _only_honours(tokens)
    return titled and after < len(doc) and doc[after].is_title and doc[after].pos_ == "PROPN"


def _only_honours(tokens: list[Token]) -> bool:
    """'[Datuk Seri] Kamal Othman', '[Comm Datuk] Azman Harun', '[Entomologist Dr] Ravi Menon': words that are
    all honorifics, titles, capitalised doers' nouns (a function no list knows: a_doers_noun) or a two-word
    honour (HONOUR_PAIRS), with at least one honorific or honour among them, are the titles of the name
    after them."""
    words = [t.text.rstrip(".").lower() for t in tokens]
    paired = {n + k for n in range(len(tokens) - 1) if opens_an_honour_pair(tokens[n].text, tokens[n + 1].text)
              for k in (0, 1)}
    return all(t.is_title for t in tokens) \
        and all(n in paired or w in TITLE_WORDS or a_doers_noun(tokens[n]) for n, w in enumerate(words)) \
        and any(n in paired or w in HONORIFIC_WORDS for n, w in enumerate(words))


_TITLE_OR_RANK_WORD = TITLE_WORDS | MILITARY_RANKS | RANK_OPENERS      # united once, not per call


def _only_ranks(tokens: list[Token]) -> bool:
    """'[Maj Gen] (retd) Ann Lowe', '[Brig Gen]': two or more capitalised words that are all
    titles or ranks (written out: 'Brig' is 'Brigadier') name no one; one such word may be a
    surname ('Major said')."""
    return len(tokens) > 1 and all(t.is_title for t in tokens) \
        and all(TITLE_ABBREVIATIONS.get(t.text.rstrip("."), t.text).rstrip(".").lower() in _TITLE_OR_RANK_WORD
                for t in tokens)


def _qualifies_a_title_before_it(tokens: list[Token]) -> bool:
    """'President [Pro Tempore]', 'Professor [Emeritus]': words that belong to the title
    before them (TITLE_QUALIFIERS)."""
    before = tokens[0].i - 1
    return " ".join(t.lower_ for t in tokens) in TITLE_QUALIFIERS and before >= 0 \
        and tokens[0].doc[before].lower_ in TITLE_VOCABULARY


def _without_title_of_a_service(tokens: list[Token]) -> list[Token]:
    """'[Fire Marshal] Dennis Okafor', '[Police Commissioner] Ann Lowe': a person's name the
    recogniser opened on a title that a capitalised word of its service precedes starts after
    that title, where at least a given name and a surname follow and the first word is no
    given name ('Mary King Lowe' keeps 'King')."""
    title = next((n for n, t in enumerate(tokens[1:-2], 1) if t.is_title and t.lower_ in PERSON_ROLE_WORDS), None)
    if title is None or is_given_name(tokens[0].text) \
            or not all(t.is_title and t.is_alpha and t.lower_ not in ARTICLES for t in tokens[:title + 1]):
        return tokens
    return tokens[title + 1:]


def _with_surname_after_particle(tokens: list[Token]) -> list[Token]:
    """'Ursula von der [Leyen]': a name the recogniser ended on a lower-case surname particle
    (nameparser's prefixes: von, der, de, van, al …) goes on to the capitalised word after it."""
    from nameparser.config import CONSTANTS
    if len(tokens) < 2 or not tokens[-1].is_lower or tokens[-1].lower_ not in CONSTANTS.prefixes:
        return tokens
    doc = tokens[0].doc
    nxt = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    return tokens + [nxt] if nxt is not None and nxt.is_title and nxt.is_alpha else tokens


def _without_leading_country(tokens: list[Token]) -> list[Token]:
    """'First Minister of Scotland Moira Dunn': the recogniser ran the country of the
    title into the name that follows it."""
    if not tokens or tokens[0].i == 0 or tokens[0].doc[tokens[0].i - 1].lower_ != "of":
        return tokens
    for size in (1, 2, 3):
        known = canonical(" ".join(t.text for t in tokens[:size]))
        if known and known[1] == "country" and len(tokens) - size >= 2 and tokens[size].is_title:
            return tokens[size:]
    return tokens


def _without_demonym_before_party_of(tokens: list[Token]) -> list[Token]:
    """'the right-wing [Dutch] Party for Freedom': a people's adjective before a party named
    'Party for/of …' describes the party; its name opens on 'Party' ('Dutch Labour Party' keeps it)."""
    if len(tokens) < 4 or tokens[1].lower_ != "party" or tokens[2].lower_ not in NAME_PREPOSITIONS or not tokens[3].is_title:
        return tokens
    known = canonical(tokens[0].text)
    demonym = known is not None and known[1] == "country" and norm(tokens[0].text) != norm(known[0]) \
        and not is_acronym(tokens[0].text)
    return tokens[1:] if demonym else tokens




def _without_dash_parts(tokens: list[Token]) -> list[Token]:
    """'OSLO - Tom Reed' (a dateline in capitals) and 'Ann Lowe-backed' (a lower-case
    word joined by a dash) are cut at the dash."""
    dashes = [n for n, t in enumerate(tokens) if t.text in DASHES]
    if dashes and all(t.is_upper or not t.is_alpha for t in tokens[:dashes[0]]):
        tokens = tokens[dashes[0] + 1:]
        dashes = [n for n, t in enumerate(tokens) if t.text in DASHES]
    if dashes and all(t.is_lower or not t.is_alpha for t in tokens[dashes[-1] + 1:]) \
            and (tokens[dashes[-1]].whitespace_ or tokens[-1].pos_ in ("VERB", "AUX")):
        tokens = tokens[:dashes[-1]]
    return tokens


def _without_writers_insertion(tokens: list[Token], label: str) -> list[Token]:
    """'align with [Tom al] Reed': in a quotation the bracketed words are the writer's gloss, the
    words outside them what was said; the person mentioned is those ('Reed'). A name wholly in
    brackets stays as it is; so do a body's name ('the [Zembian] Army': the gloss is part of
    the name) and a gloss giving a title ('[Prime Minister Tom] Reed': the writer names the
    person in full)."""
    if not tokens or label != "PERSON" or "]" not in [t.text for t in tokens]:
        return tokens
    doc = tokens[0].doc
    opening = next((t.i for t in reversed(doc[max(tokens[0].i - 6, 0):tokens[0].i]) if t.text in "[]"), None)
    if opening is not None and doc[opening].text == "]":
        opening = None
    depth, outside, inside = int(opening is not None), [], []   # the recogniser often leaves the '[' out
    for t in tokens:
        depth += t.text == "["
        (outside if depth == 0 and t.text != "]" else inside).append(t)
        depth -= t.text == "]" and depth > 0
    glossed = [*(doc[opening + 1:tokens[0].i] if opening is not None else []), *inside]
    if any(t.lower_ in TITLE_VOCABULARY for t in glossed):
        return tokens
    return outside if any(t.is_title or t.is_upper for t in outside) else tokens


def _opens_sentence(token: Token) -> bool:
    """First word of a sentence or paragraph: capitalised whatever it is."""
    return token.is_sent_start or (token.i > 0 and "\n" in token.doc[token.i - 1].text)


_INITIALS_WITH_A_CODE = re.compile(r"[A-Z]{2,}-[A-Z0-9]{1,2}")     # 'KPF-G', 'DOR-4'


def _bracketed_initials_with_a_code(doc: Doc, last: int) -> str | None:
    """'Department of Roads in Northern Kessa (DOR-4)', '… Fund-Guarantee (KPF-G)': capitals
    and a one- or two-character suffix or region code after a hyphen, in brackets right after the
    name, define them as its initials (the tokeniser splits them at the hyphen)."""
    after = doc_tokens(doc)[last + 1:last + 6]
    close = next((n for n, t in enumerate(after) if t.text == ")"), None)
    if close not in (2, 4) or after[0].text != "(":
        return None
    written = doc_text(doc)[after[1].idx:after[close].idx]
    return written if _INITIALS_WITH_A_CODE.fullmatch(written) and _opens_the_initials(written.split("-")[0], doc[:last + 1]) else None


def _opens_the_initials(letters: str, before: Span) -> bool:
    """'DOR' of 'Department of Roads in Northern Kessa': the letters are the initials of the
    name's words just before the brackets, from a capitalised one, each word (hyphened parts too)
    giving one ('TX' is no 'Tarn Aviation Corporation')."""
    words = []
    for t in reversed(before):
        if not t.is_alpha and t.text not in HYPHENS:
            break
        words.insert(0, t.text)
        initials = "".join(w[0] for w in words if w not in HYPHENS).upper()
        if len(words) > 12:
            break
        if initials.startswith(letters) and words[0][:1].isupper():
            return True
    return False


def is_acronym_of(word: str, name: str) -> bool:
    """'PKK', 'U.N.' (capitals), or 'AfCFTA' for 'African Continental Free Trade Area' (its
    capitals are the name's initials); an '&' between capitals stands for the name's 'and' ('M&TC' for 'Mayor
    and Town Council')."""
    letters = word.replace(".", "")
    if "&" in letters[1:-1] and letters.replace("&", "").isupper():
        return letters.replace("&", "").lower() in all_initials(name)   # (not 'R&D' after 'the Town Council')
    if not letters.isalnum() or len(letters) < 2:
        return False
    capitals = "".join(c for c in letters if c.isupper()).lower()
    return letters.isupper() or (len(capitals) >= 2 and letters[0].isupper() and capitals in all_initials(name)) \
        or _syllable_acronym_of(letters, name) or _initials_written_as_a_word(letters, name)


def _initials_written_as_a_word(word: str, name: str) -> bool:
    """'Salga' for 'South African Local Government Association', 'Nafdac': initials of four or
    more of the name's words (its link words left out) written as a capitalised word (a house
    style for acronyms spoken as words); all of the name's words give one letter, in order."""
    words = [w for w in re.split(r"[\s,-]+", name) if w and w.lower() not in INITIALS_SKIPPED_WORDS]
    return len(word) >= 4 and word[:1].isupper() and word[1:].islower() and word.isalpha() \
        and word.lower() == "".join(w[0].lower() for w in words)


def _syllable_acronym_of(word: str, name: str) -> bool:
    """'Comelec' for 'Commission on Elections', 'Mercosur' for 'Mercado Comun del Sur': a
    capitalised short form made of the opening letters of each of the name's words but its
    link words, in order, every such word giving two letters or more."""
    words = [w.lower() for w in re.split(r"[\s,-]+", name) if w and w.lower() not in INITIALS_SKIPPED_WORDS]
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) >= 4 and len(words) >= 2):
        return False
    return _spelt_by_openings(word.lower(), words)


def _spelt_by_openings(letters: str, words: list[str]) -> bool:
    if not words:
        return not letters
    return any(words[0].startswith(letters[:n]) and _spelt_by_openings(letters[n:], words[1:])
               for n in range(2, min(len(letters), len(words[0])) + 1))


# Which kind a name takes when its occurrences are split evenly (a titled person's surname
# misread once as an organisation stays a person; "place" is the weakest reading).
KIND_ON_A_TIE = {"person": 3, "org": 2, "country": 1}


def _fix_kinds(spans: list[NameSpan], honoured: set[str] = frozenset(), surnamed: set[str] = frozenset(),
               docs: Sequence[Doc] = ()) -> None:
    """A one-word 'organisation' or 'place' that is a person's surname (or that the article gives
    as a surname: `surnamed`) is that person (not a town before ', STATE');
    'Afghan Taliban' is the Taliban when the article also names them without the adjective;
    a name takes the kind most of its occurrences have."""
    told = _kinds_told_by_the_phrase(spans)
    for s in spans:
        s.kind = told.get(norm(s.name), s.kind)
    surnames = {norm(w) for s in spans if s.kind == "person" and len(s.name.split()) > 1
                for w in (s.name.split()[-1], _surname(s.name))}
    first_surnames = set(_first_surnames(spans)) - surnames
    bare_orgs = {s.name for s in spans if s.kind == "org"}
    surnames |= _speaking_ends_of_full_names(spans)
    misspelt = {norm(s.name) for s in spans if s.kind == "org" and is_source(s.head) and _misspelt_surname_of(s, spans)}
    for s in spans:
        if s.kind in ("org", "place") and (norm(s.name) in surnames or norm(s.name) in misspelt
                                           or norm(s.name) in first_surnames and _bare_speaking_name(s)) \
                and not _town_before_its_state(s):
            s.kind = "person"
        if s.kind == "place" and is_source(s.head) and capital_of(s.name):
            s.name, s.kind = capital_of(s.name), "country"      # "Beijing said": China's government
        elif s.kind == "place" and is_source(s.head) and not headed_by_a_settlement_noun(s.name):
            # a "place" that speaks is a misread name: "According to Ann Lowe, ..."; a building
            # that speaks is the body in it: "Downing Street said" (a township is left to the
            # places' rules: its government may act, actors.py)
            s.kind = "person" if len(s.name.split()) > 1 and s.name.split()[-1].lower() not in FACILITY_WORDS \
                and not any(is_location(o.head) for o in spans if o.name == s.name) \
                and not _national_section_of_a_body(s.name) else "org"
        elif s.kind == "place" and _a_place_a_spokesperson_speaks_for(s.head) and not _place_written_as_where_things_are(s, spans):
            s.kind = "org"                      # 'a spokeswoman for Kessington County': its government speaks
        first, _, rest = s.name.partition(" ")
        if s.kind == "org" and norm(first) in DEMONYMS and rest in bare_orgs:
            s.name = rest
    titled = {norm(s.name) for s in spans if s.kind != "country" and (_has_person_title(s) or _person_read_as_body(s, honoured)
                                                                     or norm(s.name) in surnamed and not canonical(s.name))}
    votes: dict[str, list[str]] = {}
    for s in spans:
        votes.setdefault(norm(s.name), []).append(s.kind)
    for s in spans:
        if _town_before_its_state(s) and norm(s.name) not in titled \
                and not {"org", "country"} & set(votes[norm(s.name)]):     # 'to Harbour Oil, Norway is able'
            continue                            # 'Allen, Texas': a town, whoever else is named Allen
        kinds = votes[norm(s.name)]
        s.kind = "person" if norm(s.name) in titled else told.get(norm(s.name)) or \
            max(kinds, key=lambda k: (kinds.count(k), KIND_ON_A_TIE.get(k, 0)))
    _natural_features_as_places(spans, titled)
    buildings = {norm(s.name) for s in spans if s.kind == "person" and _described_as_a_building(s.head)}
    for s in spans:
        if norm(s.name) in buildings - titled:
            s.kind = "place"                    # 'Saint Mara, formerly a chapel, …': a building
    firms = _firms_read_as_people(spans, titled | surnames, docs)
    for s in spans:
        if s.kind == "person" and norm(s.name) in firms:
            s.kind = "org"
    _short_forms_of_firms(spans, firms)


def _kinds_told_by_the_phrase(spans: list[NameSpan]) -> dict[str, str]:
    """A name's type from the phrase around it, not from the recogniser's label: an age set off after it
    ('X, 54,'), a noun of a post or a body right before it ('State advocate X', 'the charity X') or set
    off as its apposition ('X, a Kessa-based homebuilder,', 'X, a retired teacher,'). Every
    occurrence of the name is read; where all that tell anything tell one type, that type is the
    name's, at every occurrence (one name, one type across the article); where they disagree, or
    say nothing, the recogniser's label stands. A name the gazetteer knows keeps its kind."""
    told: dict[str, set[str]] = {}
    for s in spans:
        if s.kind != "country" and not canonical(s.name):
            kinds = _kinds_the_phrase_tells(s)
            if kinds:
                told.setdefault(norm(s.name), set()).update(kinds)
    for s in spans:
        if _the_reported_clause_calls_it_it(s.head):
            told.get(norm(s.name), set()).discard("person")     # 'Halvern said it was proud': no one's name
    return {name: next(iter(kinds)) for name, kinds in told.items() if len(kinds) == 1}


def _the_reported_clause_calls_it_it(head: Token) -> bool:
    """'X, a supporter of the scheme, said it would fund ten places': the name is the subject of a verb whose
    clausal complement has 'it' or 'its' (THING_PRONOUNS) for its subject; a body's way of speaking of itself."""
    return head.dep_ == "nsubj" and any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in THING_PRONOUNS
                                                                  for g in child_tokens(c))
                                        for c in child_tokens(head.head))


def _kinds_the_phrase_tells(span: NameSpan) -> set[str]:
    """The types ('person', 'org') that one occurrence's phrase tells (`_kinds_told_by_the_phrase`),
    none that the name's own words deny: no person's type for a name with a body's, a trade's or
    a legal form's word, a known place's name, a plural last word or an article before it ('The Marlow
    Bay Stingers, who play …': a team); no body's for a name written with a title, opening on a
    given name (without a trade's last word) or near a person's pronoun ('he', 'her')."""
    kinds = {kind for noun in _nouns_describing_the_name(span) if (kind := _kind_a_noun_says(noun, span.name))}
    if span.kind != "place" and (_an_age_set_off_after(span) or _a_clause_on_it_opened_by_who(span)):
        kinds.add("person")         # (a place's name before a number set off is a count's: 'in Kessa, 12,')
    words = span.name.split()
    doc, start = span.words.doc, span.words.start
    if "person" in kinds and (any(w.lower() in _BODY_OR_TRADE_WORD or w.lower().rstrip(".") in LEGAL_FORMS for w in words)
                              or is_known_place(span.name) or span.words[-1].tag_ == "NNPS"
                              or start > 0 and doc[start - 1].lower_ in ARTICLES):
        kinds.discard("person")
    if "org" in kinds and (span.titles or len(words) > 1 and is_given_name(words[0]) and not _trade_ending(span.name)
                           or near_a_persons_pronoun(span.head)):
        kinds.discard("org")        # 'the lender Bruno Keller said … He said': a person
    return kinds


def _a_clause_on_it_opened_by_who(span: NameSpan) -> bool:
    """'X, who ran the bakery for years, said', 'X, 54, who ran …': a relative clause set off by a comma right
    after the name (or after an age set off after it), opened by 'who' or 'whom' (WHO_PRONOUNS), speaks of a
    person ('which' of a thing or a body); not a name that is the object of a preposition ('a guard at the
    Depot, who asked not to be named, …', 'parents from the Orwin Valley, who marched …'), where the clause may
    be the noun's before it, nor a clause whose verb agrees in the plural ('Halbury, who sit top of the table',
    'X, who have won twice': a club or a band)."""
    doc, end = span.words.doc, span.words.end
    age = _a_number_set_off_after(doc, end)
    if age is not None and doc[age.i + 1].text == ",":
        end = age.i + 1                 # 'X, 54, who …'
    return span.head.dep_ != "pobj" and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in WHO_PRONOUNS \
        and any(c.dep_ == "relcl" and c.left_edge.i == end + 1 and not _agrees_in_the_plural(c)
                for c in (*child_tokens(span.head), *(child_tokens(age) if age is not None else ())))


def _agrees_in_the_plural(verb: Token) -> bool:
    """'who sit', 'who are', 'who have won', 'who were': the verb, or an auxiliary of it, in a form of the plural
    (present tense not of the third person singular, PLURAL_VERB_TAGS, or PLURAL_PAST_FORMS)."""
    return any(t.tag_ in PLURAL_VERB_TAGS or t.lower_ in PLURAL_PAST_FORMS
               for t in (verb, *(c for c in child_tokens(verb) if c.dep_ in ("aux", "auxpass"))))


def _an_age_set_off_after(span: NameSpan) -> bool:
    """'X, 54,', 'X (54)', 'X, aged 54,': a whole number of a lifetime's size, set off by commas or
    brackets right after a name of a person's shape (a given name first, or a title), is the age of a
    person; not where another name of the sentence of no person's shape has a number set off after it the
    same way (a list or a score of counts: 'A, 3, beat B, 1,', 'Ann Lowe (45) and Dellmont (30) filed'; a list
    of people's ages, 'Tom Reed, 34, Ann Lowe, 29, and …', stands)."""
    name = span.name.split()
    if not (span.titles or len(name) > 1 and is_given_name(name[0])):
        return False
    doc = span.words.doc
    number = _a_number_set_off_after(doc, span.words.end)
    return number is not None and not any(t.i != span.words.end and t.i > 0 and doc[t.i - 1].pos_ == "PROPN"
                                          and _a_number_set_off_after(doc, t.i) is not None
                                          and not _of_a_persons_shape_before(doc, t.i)
                                          for t in span.words.sent if t.text in AGE_SET_OFF_OPENINGS)


def _of_a_persons_shape_before(doc: Doc, at: int) -> bool:
    """The run of proper nouns ending right before `at` is two words or more opening on a given name."""
    first = at - 1
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return at - first > 1 and is_given_name(doc[first].text)


def _a_number_set_off_after(doc: Doc, at: int) -> Token | None:
    """The whole number below 120 set off by commas or brackets (AGE_SET_OFF_OPENINGS, AGE_SET_OFF_CLOSES)
    at `at` ('X, 54,', 'X (54)', 'X, aged 54,'), or None."""
    if at + 1 >= len(doc) or doc[at].text not in AGE_SET_OFF_OPENINGS:
        return None
    at += 1 + (doc[at + 1].lower_ in AGE_WORDS)
    if at + 1 >= len(doc) or not doc[at].is_digit or not 0 < int(doc[at].text) < 120 or doc[at + 1].text not in AGE_SET_OFF_CLOSES:
        return None
    return doc[at]


def _nouns_describing_the_name(span: NameSpan) -> list[Token]:
    """The singular lower-case common nouns the parse joins to the name as its post or kind right before
    it ('State advocate X', 'the charity X': a compound of it or the noun it is apposed to) or as an
    apposition set off by a comma after it ('X, a retired teacher,': the apposition's head, its phrase
    opening right after the comma). Not a noun that is a verb's object before a clause whose subject
    is the name ('told the court X had …': no kind of X)."""
    doc, head, start, end = span.words.doc, span.head, span.words.start, span.words.end
    found = []
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.dep_ == "compound" and start <= before.head.i < end
                               or head.dep_ == "appos" and head.head.i == before.i
                               or _a_second_subject_of_its_verb(before, head)) \
            and not _an_object_run_into_a_clauses_subject(before, head) and not _opens_a_clause_on_the_noun(doc, end):
        found.append(before)
    if end < len(doc) and doc[end].text == ",":
        found += [c for c in child_tokens(head) if c.dep_ == "appos" and c.i > end and c.left_edge.i == end + 1
                  and not _the_subject_its_verb_lacks(c, head)]
    return [t for t in found if t.pos_ == "NOUN" and t.tag_ == "NN" and t.is_lower]


def _opens_a_clause_on_the_noun(doc: Doc, end: int) -> bool:
    """'the retailer [Tom Reed] founded said', 'the charity [Ann Lowe] runs': a verb right after the name
    that takes nothing after it (or one of what a founder or owner does with a body, FIRM_OBJECT_VERBS,
    however tagged) makes the name the subject of a relative clause on the noun before it, no
    apposition of it."""
    verb = doc[end] if end < len(doc) else None
    return verb is not None and (verb.lemma_.lower() in FIRM_OBJECT_VERBS and verb.tag_ in ("VBD", "VBZ", "VBP", "NNS")
                                 or verb.pos_ == "VERB" and not any(c.dep_ != "punct" for c in verb.rights))


def _a_second_subject_of_its_verb(noun: Token, name: Token) -> bool:
    """'The charity [Lakeline] said', parsed as two subjects of 'said' side by side: a noun with a
    determiner right before the name, both hung on one verb by one relation, is the name's apposition."""
    return noun.dep_ == name.dep_ and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == name.head.i \
        and any(c.dep_ == "det" for c in child_tokens(noun))


def _an_object_run_into_a_clauses_subject(noun: Token, name: Token) -> bool:
    """'She told the court [Lowe] had …': a noun right after a verb (its determiner between) that the
    parser hung on the subject of that verb's clausal complement is the verb's object, no kind of
    the name (or a noun the parser left as the verb's object before the clause's subject, or one it made the
    name the apposition of while the verb's clausal complement, with no subject, opens right after the name)."""
    if noun.dep_ in ("dobj", "dative", "pobj") and name.dep_ in ("nsubj", "nsubjpass"):
        return True
    if noun.dep_ in ("dobj", "dative") and name.dep_ == "appos" and name.head.i == noun.i \
            and any(c.dep_ == "ccomp" and c.left_edge.i == name.right_edge.i + 1
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in child_tokens(c)) for c in child_tokens(noun.head)):
        return True                     # 'told the council [Lowe] had hidden …', the name parsed as the object's apposition
    verb = name.head
    opening = noun.left_edge.i
    return name.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and opening > 0 \
        and noun.doc[opening - 1].i == verb.head.i


def _the_subject_its_verb_lacks(apposed: Token, name: Token) -> bool:
    """'In a letter to [Orwin Mutual], a spokesperson for the regulator said …', 'Writing to [Kessa Post], the
    head of the board, X, said …': an apposition after the name, before a verb the name's phrase
    hangs on (up to the sentence's main verb) that has no subject, is that verb's subject the parser
    mistook, no description of the name."""
    verbs, token = [], name
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            verbs.append(token)         # the verbs the name's phrase hangs on, up to the sentence's own
    return any(verb.i > apposed.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in child_tokens(verb))
               for verb in verbs)


def _kind_a_noun_says(noun: Token, name: str) -> str | None:
    """'person' for a noun of a post, a calling or a person (PERSON_DESCRIBING_NOUNS), 'org' for one
    of a body's kind (BODY_DESCRIPTION_NOUNS); a business's agent noun a person may also be called by
    ('builder', 'developer', 'homebuilder') says 'org' only of a name that is no person's by its
    shape (`_no_persons_name_by_its_shape`); else None."""
    word = noun.lower_
    if word in PERSON_DESCRIBING_NOUNS:
        return "person"
    if word in BODY_DESCRIBING_NOUNS:
        return "org"
    if (word in BUSINESS_AGENT_NOUNS or word.endswith(ORG_KIND_ENDINGS)) and _no_persons_name_by_its_shape(name):
        return "org"
    return None


def _no_persons_name_by_its_shape(name: str) -> bool:
    """'Lowmoor Valley Homes', 'Kessa Ridge Communities': two capitalised words or more, the first no
    given name and the last a common noun in the plural (`_a_common_plural`), is no one's name written in full."""
    words = name.split()
    return len(words) > 1 and not is_given_name(words[0]) and _a_common_plural(words[-1]) \
        and all(w[:1].isupper() for w in words)


def _a_place_a_spokesperson_speaks_for(word: Token) -> bool:
    """'a spokeswoman for Kessington County said', 'a Harlow spokesman': a place's name that one of a
    body's spokespeople speaks for (SPOKESPERSON_NOUNS, by 'for' or as its modifier right before it)
    names the place's government, a body that acts; not other voices ('officials in X', 'a source at
    X' may only say where they are), nor a place before another body's noun ('X police spokesperson'),
    nor one before the noun of a spokesperson whose body is written ('a Tokyo spokeswoman for Sony', 'the
    firm's Berlin spokeswoman': the place is where the spokesperson works)."""
    if word.dep_ == "pobj" and word.head.lower_ == "for":
        voice = word.head.head
    elif word.dep_ in ("compound", "nmod") and word.head.i == word.i + 1:
        voice = word.head           # (not 'North West police spokesperson': the police's)
        if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in VOICE_BODY_PREPOSITIONS for c in child_tokens(voice)):
            return False            # 'a Tokyo spokeswoman for Sony', 'the firm's Berlin spokeswoman': where she is
    else:
        return False
    return voice.is_lower and voice.lemma_.lower() in SPOKESPERSON_NOUNS


def _place_written_as_where_things_are(span: NameSpan, spans: list[NameSpan]) -> bool:
    """'near Kilbride Ridge', 'Harwick residents': the name's last word written anywhere in the paragraphs
    that hold names as where something is, or before a lower-case plural noun of those who live or work
    there (found or not as a name), names the place itself; a spokesperson 'for' it elsewhere may speak for
    a body named after it, which one the text does not tell. So too where another name opens on the
    place's ('Harwick Mining Corporation'): whether its voice is meant is for the firms' short forms to say
    (actors.py, `_join_firms_named_without_their_legal_form`)."""
    opening = norm(span.name) + " "
    if any(o.kind != "place" and norm(o.name).startswith(opening) for o in spans):
        return True         # 'Glenmore Heights Developments Ltd': which one a voice is for, the firms' rules say
    last = span.words[-1].text
    return any(_where_people_or_things_are(t) for doc in _docs_of(spans) for t in doc_tokens(doc) if t.text == last)


def _docs_of(spans: list[NameSpan]) -> list[Doc]:
    """The parsed paragraphs the spans stand in, each once: the article's paragraphs that name anything."""
    return list({id(o.words.doc): o.words.doc for o in spans}.values())


def _where_people_or_things_are(word: Token) -> bool:
    """'near Harwick', 'Harwick residents', 'Harwick sheriff's spokesman', 'a tornado hit Harwick': the word
    as where something is, before a lower-case noun other than a spokesperson's (those who live or work
    there, or another body of the place), or as the object of a verb of what strikes a place (PLACE_STRIKING_VERBS)."""
    noun = word.head
    return is_location(word) or word.dep_ == "compound" and noun.i == word.i + 1 and noun.is_lower \
        and noun.lemma_.lower() not in SPOKESPERSON_NOUNS \
        or word.dep_ == "dobj" and noun.lemma_.lower() in PLACE_STRIKING_VERBS


def _speaking_ends_of_full_names(spans: list[NameSpan]) -> set[str]:
    """'Datuk Lim Wei Sheng said … Lim said', the second read as a body: the last word of a
    person's full name, or the first where a title or an honour marks the full name as a
    person's (a surname-first name; not 'Chase Okafor, a customer, … Chase said it'), that the
    article writes alone as one who speaks (`_a_word_that_speaks`) is that person, where no
    body's name of the article has the word."""
    speaking = {norm(s.name) for s in spans if s.kind == "org" and _a_word_that_speaks(s) and not is_acronym(s.name)}
    if not speaking:
        return set()
    ends = {norm(w) for s in spans if s.kind == "person" and len(s.name.split()) > 1
            for w in (s.name.split()[-1], *s.name.split()[:bool(s.titles)])}
    in_bodies = {norm(w) for s in spans if s.kind != "person" and len(s.name.split()) > 1 for w in s.name.split()}
    return speaking & ends - in_bodies


def _given_names_used_alone(spans: list[NameSpan]) -> set[str]:
    """'Governor Haryo Prasetyo said ... [Haryo] told reporters', read as a body: the first word of
    a person's full name, written alone, is that person where it is no known name, acronym or
    title and only one person of the article opens on it."""
    people = {norm(s.name): s.name.split()[0] for s in spans if s.kind == "person" and len(s.name.split()) > 1}
    firsts = Counter(norm(first) for first in people.values() if first.istitle() and first.isalpha())
    return {first for first, count in firsts.items() if count == 1 and first not in TITLE_WORDS
            and not canonical(first) and not is_known_place(first)}


def _natural_features_as_places(spans: list[NameSpan], titled: set[str]) -> None:
    """'the River Suir burst its banks … the Suir catchment', 'Lake Kessa', 'Kessa Bay': a name
    of two words or more that opens on a word written before a feature's name (NATURAL_FEATURE_OPENERS:
    not 'Peninsula Holdings') or ends on a natural feature's word (NATURAL_FEATURE_WORDS),
    with no body's head word, is a place, and so is its other word written alone; not where the
    name speaks anywhere ('River Island said': a firm), a title marks a person or a body's
    lower-case noun introduces it ('the pressure group River Watch UK')."""
    features = {}
    for s in spans:
        words = norm(s.name).split()
        if len(words) > 1 and (words[0] in NATURAL_FEATURE_OPENERS or words[-1] in NATURAL_FEATURE_WORDS) \
                and not any(w in ORG_HEADS for w in words) and not canonical(s.name):
            rest = [w for w in words if w not in NATURAL_FEATURE_WORDS and w not in ARTICLES]
            features[norm(s.name)] = " ".join(rest)
    if not features:
        return
    asked = set(features) | set(features.values())      # is_source only where the answer is used
    speaking = {norm(s.name) for s in spans if norm(s.name) in asked and (is_source(s.head) or _called_a_body_before(s))} | titled
    features = {name: rest for name, rest in features.items() if name not in speaking and rest not in speaking}
    short = set(features.values())
    for s in spans:
        if s.kind != "country" and (norm(s.name) in features or norm(s.name) in short):
            s.kind = "place"


def _called_a_body_before(span: NameSpan) -> bool:
    """'the pressure group [River Watch UK]', 'the charity [Lake Aid]': a lower-case noun of a
    body's kind right before the name."""
    return _after_a_bodys_noun(span.words.doc, span.words.start)


def _after_a_bodys_noun(doc: Doc, start: int) -> bool:
    """A lower-case noun of a body's kind ('group', 'charity') right before the word at `start`."""
    return start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in BODY_DESCRIPTION_NOUNS


def _national_section_of_a_body(name: str) -> bool:
    """'Insurance Ireland said', 'River Island said': a name the recogniser took for a place that
    ends in a country's name, or has a natural feature's word, after capitalised words that open
    with no given name (gender-guesser's) is a body's (a national body or section, a firm), no
    person's ('Tom Jordan said', 'Ann Lake said')."""
    *first, last = name.split()
    known = canonical(last)
    named_so = bool(known) and known[1] == "country" and not canonical(" ".join(first)) \
        or any(w.lower() in NATURAL_FEATURE_WORDS for w in name.split())
    return bool(first) and named_so and not is_given_name(first[0]) and all(w[:1].isupper() for w in first)


_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _an_inner_given_name_speaking(s: NameSpan, spans: list[NameSpan]) -> str | None:
    """'"…," Tariq said' after 'Omar Tariq Haddad': a given name inside one person's full name, written
    alone as a bare speaker (`_bare_speaking_name`) with no title or description of its own, is that
    person (many customs call a person by such a name), read with `_first_surnames`' guards; doing
    anything else ('Marie laughed' after 'Ann Marie Lowe'), or described ('Her sister, Marie, said'),
    it may be another person of the family and stays apart. Not where the article writes the word before
    anywhere but in the full name ('Her sons, Tariq and Sami,', 'Tariq, 9,': `_written_apart_before`), nor
    where the statement stands beyond the paragraph after the full name's (`_in_the_paragraph_or_the_next`), nor
    where the full name is written with a title ('Prime Minister Omar Tariq Haddad': an office holder is called
    by title and surname; a given name alone is more likely another's)."""
    if s.titles or _described_on_its_own(s) or not _bare_speaking_name(s):
        return None
    full = _first_surnames(spans, inner_given_names=True).get(norm(s.name))
    bearers = [o for o in spans if o.name == full and o.key and (o.sentence, o.head.i) < (s.sentence, s.head.i)]
    if not bearers or any(o.titles or o.words.start > 0 and _a_capitalised_titles_word(o.words.doc[o.words.start - 1]) for o in bearers) \
            or _a_pronoun_of_the_other_sex(s, bearers[0]) \
            or _written_apart_before(s, full, spans) or not _in_the_paragraph_or_the_next(bearers[-1], s):
        return None
    return bearers[0].key


def _written_apart_before(s: NameSpan, full: str, spans: list[NameSpan]) -> bool:
    """The one-word name `s` is written before it in the article's paragraphs that name anything, other than
    inside a span of the full name `full` (an apposition, a list, an age may bring in another bearer)."""
    inside = {(id(o.words.doc), i) for o in spans if o.name == full for i in range(o.words.start, o.words.end)}
    for doc in _docs_of([o for o in spans if o.sentence <= s.sentence]):
        for t in doc_tokens(doc):
            if doc is s.words.doc and t.i >= s.words.start:
                break
            if t.text == s.head.text and (id(doc), t.i) not in inside:
                return True
    return False


def _block_sentences(s: NameSpan) -> tuple[int, int]:
    """The article's numbers of the first and the last sentence of the parsed paragraph `s` stands in."""
    sents = [x for x in s.words.doc.sents if x.text.strip()]
    at = next((n for n, x in enumerate(sents) if x.start <= s.head.i < x.end), 0)
    return s.sentence - at, s.sentence + len(sents) - 1 - at


def _in_the_paragraph_or_the_next(first: NameSpan, then: NameSpan) -> bool:
    """`then` stands in `first`'s parsed paragraph or in the one right after it."""
    return then.words.doc is first.words.doc or _block_sentences(then)[0] == _block_sentences(first)[1] + 1


def _first_surnames(spans: list[NameSpan], inner_given_names: bool = False) -> dict[str, str]:
    """'Ana Ruiz Prado … Ruiz said': a name of a given name and two surnames (Spanish and
    Portuguese usage) is written later by its first surname alone. The comparison form of that
    surname -> the full name, where exactly one full name of the article has it there: its
    first word a given name, then two or more capitalised words of which the one before the
    last is no given name ('Ann Marie Lowe' has no such surname), and no person of the article
    has the word as the last word of a name. Also 'Choi Sang-hyun … Choi said', 'Lim Wei Sheng …
    Lim said': the first word of a name written family name first (`_family_name_written_first`),
    and 'Alice Fung Wai-man … Fung said': the family name between a given name and a
    hyphenated Chinese given name (Hong Kong usage). With `inner_given_names`, also every inner
    word of a given name's full name of three words or more ('Tariq' of 'Omar Tariq Haddad')."""
    last_words = {norm(s.name.split()[-1]) for s in spans if s.kind == "person" and len(s.name.split()) > 1}
    found: dict[str, set[str]] = {}
    for s in spans:
        words = s.name.split()
        if s.kind == "person" and len(words) >= 3 and is_given_name(words[0]) \
                and all(w[:1].isupper() and w.isalpha() for w in words[1:]) and not is_given_name(words[-2]):
            found.setdefault(norm(words[-2]), set()).add(s.name)
        elif inner_given_names and s.kind == "person" and len(words) >= 3 and is_given_name(words[0]) \
                and all(w[:1].isupper() and w.isalpha() for w in words[1:]):
            for w in words[1:-1]:       # ('Tariq' of 'Omar Tariq Haddad', for `_an_inner_given_name_speaking` only)
                found.setdefault(norm(w), set()).add(s.name)
        elif s.kind == "person" and _family_name_written_first(words):
            found.setdefault(norm(words[0]), set()).add(s.name)
        elif s.kind == "person" and len(words) in (2, 3) and all(w.isalpha() and w[:1].isupper() for w in words[:-1]) \
                and _HYPHENATED_GIVEN_NAME.fullmatch(words[-1]):
            found.setdefault(norm(words[-2]), set()).add(s.name)
    places = {norm(s.name) for s in spans if len(s.name.split()) == 1 and _written_as_a_place(s.head)}
    return {word: names.pop() for word, names in found.items()
            if len({norm(n) for n in names}) == 1 and word not in last_words and word not in places}


def _bare_speaking_name(s: NameSpan) -> bool:
    """'Sun said', not 'told the Sun', 'The Sun said': a family name written first is a body's
    name the recogniser typed as one unless it speaks alone, without an article before it."""
    before = s.words.doc[s.words.start - 1] if s.words.start > 0 else None
    return is_source(s.head) and not (before is not None and before.lower_ in ARTICLES)


def _family_name_written_first(words: list[str]) -> bool:
    """'Choi Sang-hyun' (a hyphenated given name whose second part is in lower case, Korean and
    Hong Kong usage), 'Lim Wei Sheng', 'Wang Hao' (every word after the first a name that
    gender-guesser knows only where family names come first, the first word no other
    country's given name): a full name of two or three words written family name first."""
    family, *given = words
    if not (family.isalpha() and family[:1].isupper() and 1 <= len(given) <= 2):
        return False
    if len(given) == 1 and _HYPHENATED_GIVEN_NAME.fullmatch(given[0]):
        return True
    return all(w.isalpha() and w[:1].isupper() and a_name_only_where_family_names_come_first(w) for w in given) \
        and (not is_given_name(family) or a_name_only_where_family_names_come_first(family))


_PREPOSITIONS_OF_A_PLACE_GONE_TO = PLACE_ONLY_PREPS | {"to", "from"}      # united once, not per call


def _written_as_a_place(head: Token) -> bool:
    """'visited Quintero', 'flew to Quintero', 'in Quintero', 'Quintero, a town': a one-word name
    gone to, visited, or in apposition to a kind of settled place (SETTLEMENT_NOUNS) is no
    surname written alone; 'Zapata, a city councillor,' still is."""
    return head.dep_ == "pobj" and head.head.lower_ in _PREPOSITIONS_OF_A_PLACE_GONE_TO \
        or head.dep_ == "dobj" and head.head.lemma_.lower() in PLACE_OBJECT_VERBS \
        or any(c.dep_ == "appos" and c.lower_ in SETTLEMENT_NOUNS for c in child_tokens(head))


def _short_forms_of_firms(spans: list[NameSpan], firms: set[str]) -> None:
    """'Dunmore Rovers … Rovers owe …', 'Save Harlow Meadows … Harlow Meadows said': the last word
    or words of a firm read as a person, written alone, are that firm,
    where no person of the article has that surname and it has no title."""
    last_words = {norm(" ".join(f.split()[k:])) for f in firms for k in range(1, len(f.split()))}
    people = {norm(w) for s in spans if s.kind == "person" and len(s.name.split()) > 1
              for w in (s.name.split()[-1], _surname(s.name))}
    for s in spans:
        if s.kind == "person" and norm(s.name) in last_words - people and not s.titles:
            s.kind = "org"


def _person_read_as_body(span: NameSpan, honoured: set[str]) -> bool:
    """'Bev Holt … Mrs Holt said': a name of two words, a given name and a capitalised word that
    is no body's or firm's word, which the article also writes after 'Mr', 'Mrs', 'Ms' or 'Miss'
    by its last word, is a person's, whatever the recogniser took it for."""
    words = span.name.split()
    if span.kind != "org" or len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words) \
            or not is_given_name(words[0]) or canonical(span.name) \
            or any(w.lower() in ORG_HEADS or w.lower() in BUSINESS_NAME_HEADS for w in words):
        return False
    return words[-1] in honoured


def _honoured_surnames(parsed: ParsedArticle) -> set[str]:
    """Capitalised words the article writes right after a personal honorific ('Mrs Holt')."""
    return {sent.doc[t.i + 1].text for sent in parsed.sentences for t in span_tokens(sent)
            if t.lower_.rstrip(".") in HONORIFIC_PERSONAL and t.i + 1 < len(sent.doc) and sent.doc[t.i + 1].is_title}


def _words_given_as_surnames(parsed: ParsedArticle) -> set[str]:
    """Capitalised words the article gives as someone's surname, right after a cue (SURNAME_CUES:
    'a man surnamed Baek'), normalised."""
    found = set()
    for sent in parsed.sentences:
        toks = span_tokens(sent)
        for n, t in enumerate(toks[:-1]):
            if t.lower_ in SURNAME_CUES:
                after = toks[n + 1]
                if after.is_title and after.is_alpha:
                    found.add(norm(after.text))
    return found


def _firms_read_as_people(spans: list[NameSpan], personal: set[str], docs: Sequence[Doc] = ()) -> set[str]:
    """Names the recogniser called people that the article uses as a firm's: 'the Norland unit',
    'Norland shares', "Norland's subsidiary", 'Norland filed for bankruptcy'; never a name with
    a title, a given name, a description of its own or a surname of a person of the article,
    nor one with a personal pronoun ('he', 'his') in a sentence that names it or the next. `docs`: the article's
    parsed paragraphs (else those its names are written in)."""
    docs = list(docs) or list({id(s.head.doc): s.head.doc for s in spans}.values())
    uses: dict[str, list[NameSpan]] = {}
    for s in spans:
        uses.setdefault(norm(s.name), []).append(s)
    return {name for name, found in uses.items()
            if all(s.kind == "person" for s in found) and name not in personal
            and not any(s.titles for s in found)
            and (_named_as_a_body(found, spans)
                 or not is_given_name(found[0].name.split()[0])
                 and any(_corporate_use(s.head) for s in found)
                 and not any(_described(s.head) or near_a_persons_pronoun(s.head) for s in found)
                 or ((not is_given_name(found[0].name.split()[0]) or _trade_ending(found[0].name))
                     and any(_called_a_firm(s) for s in found)
                     or any(_after_a_bare_body_noun(s) for s in found))
                 and not any(near_a_persons_pronoun(s.head) for s in found)
                 or _a_bodys_name_treated_as_one(found, docs))}


def _a_bodys_name_treated_as_one(found: list[NameSpan], docs: list[Doc]) -> bool:
    """'Kessa Valley Growers', 'Hockey Tasmania' read as a person's name: the recogniser's label is one input,
    weighed with the name's own words and how the parse treats it. A body's only where both speak for one
    (`_a_bodys_name_by_its_words`, `_the_article_treats_it_as_a_body`) and nothing marks a person
    (`_person_evidence`), read over the article's parsed paragraphs (`docs`); a given name missing from the lists
    is no evidence of a body, nor is a plural surname."""
    name = found[0].name
    return _a_bodys_name_by_its_words(name) and not _names_a_state_within(name) \
        and _the_article_treats_it_as_a_body(found, docs) and not _person_evidence(found, docs)


def _names_a_state_within(name: str) -> bool:
    """A name with a country's name or a state's well-known body's in its words ('Kessa Norway', '<Town> RCMP':
    NATIONAL_STATE_BODIES): read as a body's, it would tie the body to that state and give the state a page
    the article may never name; the recogniser's person stays, whatever the rest of the words say."""
    words = name.split()
    runs = (" ".join(words[i:i + size]) for size in (3, 2, 1) for i in range(len(words) - size + 1))
    return any(norm(run) in NATIONAL_STATE_BODIES or (canonical(run) or ("", ""))[1] == "country" for run in runs)


def _a_bodys_name_by_its_words(name: str) -> bool:
    """Words of a body's name: a head that names a trade's collective (BODY_NAME_COLLECTIVE_HEADS: 'Kessa Valley
    Growers'), or two words, a field's or a sport's noun and a known place ('Hockey Kessa', 'Sport Kessa':
    FIELD_WORDS_OPENING_A_BODYS_NAME). A given name may open it only where three words or more follow with no
    surname among them; 'Tom Growers', 'Ann Marie Fields', 'Rua Banks' (a plural surname) are a person's."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if is_given_name(words[0]) and (len(words) < 3 or not all(is_common_word(w) for w in words[1:])):
        return False
    if any(is_given_name(w) and not is_common_word(w) for w in words[1:-1]):
        return False
    return words[-1].lower() in BODY_NAME_COLLECTIVE_HEADS \
        or len(words) == 2 and words[0].lower() in FIELD_WORDS_OPENING_A_BODYS_NAME and is_known_place(words[1])


def _the_article_treats_it_as_a_body(found: list[NameSpan], docs: list[Doc]) -> bool:
    """How the parse treats a name as a body's: a body's post on the name at any place the article writes its
    words, an entity or not (`_a_bodys_post_on_the_name`), or 'its' its own at a named occurrence (`_its_own_its`)."""
    words = found[0].name.split()
    lasts = [doc[i + len(words) - 1] for doc in docs for i in range(len(doc) - len(words) + 1)
             if doc[i].text == words[0] and [t.text for t in doc[i:i + len(words)]] == words]
    return any(_a_bodys_post_on_the_name(last, last.i + 1) for last in lasts) or any(_its_own_its(s) for s in found)


def _a_bodys_post_on_the_name(head: Token, end: int) -> bool:
    """The word right after the name (past a possessive mark, or a lower-case word of a two-word post such as
    'chief executive') is a post or a voice of a body (BODY_POST_OR_VOICE_NOUNS) the name's last word hangs on
    as its compound or owner ('A Kessa Growers spokesperson', "Hockey Kessa's chairman"; owned, an office's head
    before 'of': "X's head of coaching"). A person has a spokesman or a representative of her own, so an owned
    voice is no body's ("X's spokesman": PERSONAL_AIDE_NOUNS); a post after a verb ('is chairwoman of') or
    after another word ('and chairman Y', 'said official figures') is none."""
    doc = head.doc
    owned = end < len(doc) and doc[end].tag_ == "POS"
    if end + owned >= len(doc):
        return False
    post = doc[end + owned]
    if post.pos_ != "NOUN" or post.lemma_.lower() not in BODY_POST_OR_VOICE_NOUNS | OFFICE_HEADS_BEFORE_OF:
        if not post.is_lower or post.head.i != end + owned + 1:
            return False
        post = post.head          # ('chief executive': the post written whole, or its head noun)
    if head.dep_ not in ("compound", "poss", "nmod") or post.pos_ != "NOUN" or not post.is_lower \
            or head.head.i not in (post.i, post.head.i) or head.head.i == post.head.i and post.dep_ != "compound":
        return False
    lemma = post.lemma_.lower() if post.i == end + owned else f"{doc[end + owned].lower_} {post.lemma_.lower()}"
    if lemma not in BODY_POST_OR_VOICE_NOUNS and lemma.split()[-1] in BODY_POST_OR_VOICE_NOUNS:
        lemma = lemma.split()[-1]
    if owned:
        return lemma in BODY_POST_OR_VOICE_NOUNS and lemma not in PERSONAL_AIDE_NOUNS \
            or lemma in OFFICE_HEADS_BEFORE_OF and post.i + 1 < len(doc) and doc[post.i + 1].lower_ == "of"
    return lemma in BODY_POST_OR_VOICE_NOUNS


_OTHER_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"})


def _its_own_its(span: NameSpan) -> bool:
    """'Kessa Growers has cut its prices': the name is the subject of a verb, and an 'its' owns a noun that hangs
    on that very verb (its object, or a preposition's), not inside a clause of its own (a reported clause, a
    clause after 'that'), with no other singular noun of that clause before it that could own it ('X said the
    board lost its way', 'X criticised the council for its handling' are not the name's)."""
    head = span.head
    if head.dep_ != "nsubj":
        return False
    verb = head.head

    def in_clause(token: Token) -> bool:
        while token.i != verb.i:
            if token.dep_ in _OTHER_CLAUSE_DEPS or token.head.i == token.i:
                return False
            token = token.head
        return True
    owners = [t for t in verb.subtree if t.tag_ in ("NN", "NNP") and t.i > head.i and t.i not in range(span.words.start, head.i + 1)
              and t.dep_ not in ("compound", "poss") and in_clause(t)]
    return any(t.lower_ == "its" and t.dep_ == "poss" and in_clause(t.head)
               and not any(o.i < t.i for o in owners) for t in verb.subtree)


def _person_evidence(found: list[NameSpan], docs: list[Doc]) -> bool:
    """Marks of a person at any occurrence: 'he' or 'she' near (`near_a_persons_pronoun`), an age or 'who'
    (`_marked_as_a_person`), a description that names no body ('X, a former captain,': `_described_as_no_body`),
    a copula with a noun that names no body ('X is a nurse', 'X became director of …'), the name joined to a
    person's ('X and chairman Y'), the object of a verb of answering or thanking (ANSWERING_VERBS), a title
    before the name; or its first or last word alone as a speaker or so described elsewhere ('Banks said')."""
    heads = [s.head for s in found]
    return any(near_a_persons_pronoun(h) or _marked_as_a_person(h) or _described_as_no_body(h)
               or _a_copula_names_a_person(h) or _joined_to_a_person(h)
               or h.dep_ == "dobj" and h.head.lemma_.lower() in ANSWERING_VERBS for h in heads) \
        or any(_a_title_before_the_name(doc, found[0].name) or _a_part_alone_as_a_person(doc, found) for doc in docs)


def _a_copula_names_a_person(head: Token) -> bool:
    """'X is a nurse', 'X became director of the trust': the name the subject of a copula (BECOMING_VERBS)
    whose complement is a noun that names no body."""
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in BECOMING_VERBS and any(
        c.dep_ in ("attr", "oprd") and c.pos_ == "NOUN" and not _noun_of_a_body(c) for c in child_tokens(head.head))


def _joined_to_a_person(head: Token) -> bool:
    """'X and chairman Y opened the wharf': a conjunct of the name the recogniser reads as a person's."""
    others = [c for c in child_tokens(head) if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    return any(o.ent_type_ == "PERSON" for o in others)


def _a_part_alone_as_a_person(doc: Doc, found: list[NameSpan]) -> bool:
    """The name's first or last word written alone elsewhere as the subject of a speech verb (SPEECH_VERBS) or
    of a copula with a noun that names no body, or with a description that names none ('Banks said', 'Banks,
    a former captain,', 'Banks is a nurse')."""
    words = found[0].name.split()
    inside = {(id(s.head.doc), i) for s in found for i in range(s.words.start, s.words.end)}
    return any(t.text in (words[0], words[-1]) and (id(doc), t.i) not in inside
               and (t.i + 1 >= len(doc) or doc[t.i + 1].text not in words) and (t.i == 0 or doc[t.i - 1].text not in words)
               and (t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS or _a_copula_names_a_person(t)
                    or _described_as_no_body(t)) for t in doc)


def _a_title_before_the_name(doc: Doc, name: str) -> bool:
    """A title or honorific right before the name or its last word alone ('Dr Kessa Growers', 'Mr Growers':
    TITLE_WORDS) marks a person's."""
    words = name.split()
    return any(t.lower_.rstrip(".") in TITLE_WORDS and t.i + 1 < len(doc) and doc[t.i + 1].text in (words[0], words[-1])
               for t in doc)


def _after_a_bare_body_noun(span: NameSpan) -> bool:
    """'campaign group Save Harlow Meadows', 'digital rights organisation Clear Line': a noun of a
    body with no article right before the name, the parser's modifier of it, calls it a body,
    even where its first word is also a given name; not 'the company Ann Lowe said …' (an
    article opens a relative clause), nor 'union leader Ann Lowe' (no body's noun)."""
    start, head = span.words.start, span.head
    nouns = [c for c in child_tokens(head) if c.dep_ == "compound"] + ([head.head] if head.dep_ == "appos" else [])
    return any(c.i == start - 1 and c.pos_ == "NOUN" and _noun_of_a_body(c)
               and not any(d.dep_ == "det" for d in (*child_tokens(c), *child_tokens(head))) for c in nouns)


_FIRM_KIND_OR_AGENT_NOUNS = FIRM_KIND_NOUNS | FIRM_ONLY_AGENT_NOUNS      # united once, not per call


def _called_a_firm(span: NameSpan) -> bool:
    """'the meatpacker X', 'shares in the insurer X': a lower-case noun of a kind of firm
    (FIRM_KIND_NOUNS) right before the name, which the parser makes its apposition; not the subject
    of a relative clause without 'that' ('the bank X founded', 'the firm X runs': a person).
    Where the name's last word is a common noun of an activity or quality ('Harwell Precision',
    'Dunlow Fabrication': ABSTRACT_NOUN_ENDINGS) or a trade's ('Corran Metals'), so is a business's
    agent noun after it ('X, the UK maker of engine parts,': FIRM_ONLY_AGENT_NOUNS); not where it is
    a surname that is a thing's or a craft's noun ('Bongani Fisher, an exporter of nuts,': a person
    whose given name is unknown)."""
    noun = span.head.head
    start, end = span.words.start, span.words.end
    after = span.head.doc[end] if end < len(span.head.doc) else None
    if after is not None and after.pos_ == "VERB" and after.lemma_.lower() in FIRM_OBJECT_VERBS:
        return False
    words = span.name.split()
    after_kinds = _FIRM_KIND_OR_AGENT_NOUNS \
        if len(words) > 1 and words[-1].isalpha() and is_common_word(words[-1]) \
        and (words[-1].lower().endswith(ABSTRACT_NOUN_ENDINGS) or _trade_ending(span.name)) else FIRM_KIND_NOUNS
    return span.head.dep_ == "appos" and noun.i == start - 1 and noun.is_lower and noun.pos_ == "NOUN" \
        and noun.lemma_.lower() in FIRM_KIND_NOUNS \
        or any(c.dep_ == "appos" and c.i > span.head.i and c.lemma_.lower() in after_kinds and c.is_lower
               for c in child_tokens(span.head))     # 'X, the insurer,'; 'X, a firm based in ...'


_TRADE_NAME_ENDINGS = BUSINESS_NAME_HEADS | COMPANY_MARKING_NAME_ENDINGS   # 'Dunmore Rovers', 'Corran Metals'


def _trade_ending(name: str) -> bool:
    """A name of two words or more whose last is a trade's ('Corran Metals'): called a firm
    ('X, a maker of …'), it is one even where its first word is also a given name."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _TRADE_NAME_ENDINGS


def _named_as_a_body(found: list[NameSpan], spans: list[NameSpan]) -> bool:
    """A name of two words or more that ends in a firm's or club's word no person's name ends in
    ('Corlan Freight', 'Dunmore Rovers') is a body's where its first word is no given name (or it
    has three words or more and ends on a plural trade word: 'Al Noor Properties') and
    nothing describes it as a person ('Ann Rail, a teacher,'); so is one the article writes before a noun of a kind of body ('the Lok Jagran party'), where
    its last word is never written alone and no 'he'/'his' is near (not 'the Ann Lowe party …
    Lowe said')."""
    words = found[0].name.split()
    if len(words) < 2:
        return False
    if _trade_ending(found[0].name):
        plural_trade = len(words) > 2 and words[-1].lower().endswith("s") and words[-1][:1].isupper()
        return (not is_given_name(words[0]) or plural_trade) and not any(_described_as_no_body(s.head) for s in found)
    return any(s.head.dep_ == "compound" and s.head.head.lower_ in BODY_KIND_NOUNS and s.head.head.i > s.head.i
               for s in found) \
        and not any(norm(o.name) == norm(words[-1]) for o in spans) \
        and not any(near_a_persons_pronoun(s.head) for s in found)


def _corporate_use(head: Token) -> bool:
    owned = head.head.lower_
    return head.dep_ == "compound" and owned in CORPORATE_MODIFIED_NOUNS and head.head.i > head.i \
        or head.dep_ == "poss" and owned in CORPORATE_OWNED_NOUNS \
        or head.dep_ == "nsubj" and head.head.lemma_ == "file" and any(
            p.lower_ == "for" and any(o.lower_ == "bankruptcy" for o in child_tokens(p)) for p in child_tokens(head.head))


def near_a_persons_pronoun(head: Token) -> bool:
    """'he', 'her', ... in the name's sentence or the next; not one that speaks of the name
    (`_speaks_of`)."""
    return any(t.lower_ in ONE_PERSON_PRONOUNS and not _speaks_of(t, head)
               for sent in sentences_around(head, after=1) for t in sent)


def _speaks_of(pronoun: Token, head: Token) -> bool:
    """'"Nobody at Dunmore Link wanted this," she said', 'he warned Dunmore Link planned cuts': the subject
    of the verb that reports the words the name is written in (quoted, or its reported clause), or the
    name again, speaks of the name; it is not the name."""
    if pronoun.dep_ != "nsubj":
        return False
    verbs = [pronoun.head, *(c for c in child_tokens(pronoun.head) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in child_tokens(c)))]   # 'he said …, but warned …'
    reported = [t for v in verbs for c in child_tokens(v) if c.dep_ == "ccomp" for t in c.subtree]
    sent = pronoun.sent
    if any(mark in span_text(sent) for mark in '"“”') and not inside_quotation_marks(pronoun):
        reported += [t for t in sent if inside_quotation_marks(t)]
    return any(t.i == head.i and t.doc is head.doc or t.text == head.text for t in reported)


def _misspelt_surname_of(s: NameSpan, spans: list[NameSpan]) -> str | None:
    """'military spokesman Omar Rashed said … "…", Rashid said': a lone word of five letters or
    more that is no surname, known name or acronym of the article, and differs in one vowel
    (or 'y') from the surname of exactly one person the article names in full, may be that
    surname spelt another way, as names written from another script often are. Taken as the
    person only where every use of the word follows the person's full name, speaks right after
    a quotation (the person's words going on), has no title or description of its own
    ('Larson, the goalkeeper,' introduces someone) and qualifies no noun, and never for
    '-sen'/'-son' ('Hansen', 'Hanson': two ordinary surnames); the key of that person."""
    word = norm(s.name)
    if " " in word or len(word) < 5 or canonical(s.name) or is_acronym(s.name):
        return None
    people = {o.key or o.name for o in spans if o.kind == "person" and len(o.name.split()) > 1}
    surnames = {key: norm(key.split()[-1]) for key in people}
    if word in surnames.values():
        return None
    found = {key for key, surname in surnames.items() if _one_vowel_apart(word, surname)}
    if len(found) != 1:
        return None
    key = found.pop()
    uses = [o for o in spans if norm(o.name) == word]
    full = [o for o in spans if (o.key or o.name) == key and len(o.name.split()) > 1]
    introduced = min((o.sentence, o.head.i) for o in full)
    if any((o.sentence, o.head.i) < introduced or o.head.dep_ == "compound" for o in uses):
        return None         # named before the person, or naming a body's staff
    if _surname_ending_variant(word, surnames[key]) \
            or not all(_speaks_after_a_quotation(o) and not o.titles and not _described(o.head) for o in uses):
        return None
    heads = {(id(o.head.doc), o.head.i) for o in uses}
    paragraphs = {id(o.head.doc): o.head.doc for o in [*uses, *full]}
    if any(norm(t.text) == word and (id(doc), t.i) not in heads for doc in paragraphs.values() for t in doc):
        return None         # 'Corran chief Tom Corrin': the word is used where the recogniser saw no name
    return key


def _surname_ending_variant(a: str, b: str) -> bool:
    """'hansen'/'hanson', 'larsen'/'larson': '-sen' and '-son' (e and o before a final 'n')
    end two different common surnames, not one name spelt two ways."""
    return a[:-2] == b[:-2] and a[-1] == b[-1] == "n" and {a[-2], b[-2]} == {"e", "o"}


def _speaks_after_a_quotation(span: NameSpan) -> bool:
    """'"…," Rashid said', '"…", said Rashid': the name is the subject of the verb right after a
    closing quotation and a comma."""
    head, doc = span.head, span.head.doc
    start = span.words.start - (span.words.start > 0 and doc[span.words.start - 1] == head.head)    # 'said Rashid'
    before = [t for t in doc[max(start - 2, 0):start] if not t.is_space]
    return head.dep_ == "nsubj" and len(before) == 2 and before[0].is_punct and before[1].is_punct \
        and any(t.is_quote for t in before)         # ',"' or '",'


def _described(head: Token) -> bool:
    """'Larson, the goalkeeper,': an apposition or a compound noun before the name describes it."""
    return any(c.dep_ == "appos" or (c.dep_ == "compound" and c.is_lower) for c in child_tokens(head))


def in_apposition_to_a_common_noun(head: Token) -> bool:
    """'her barrister, Ann Lowe,', 'Ann Lowe, a teacher,': the name and a lower-case noun that
    names no body or firm are one another's apposition."""
    nouns = [c for c in child_tokens(head) if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    return any(noun.pos_ == "NOUN" and noun.is_lower and not _noun_of_a_body(noun) for noun in nouns)


def _a_persons_adjective_before(doc, start: int, head: Token) -> bool:
    """'The long-serving Vera Holm', 'the outspoken Colm Rady': 'the' and a lower-case adjective
    on the name just before it describe the bearer of a given name and a surname as a person; not an
    adjective of a firm's trade or ownership ('the loss-making …', 'the state-owned …'), nor where
    the first word is also a common word."""
    adjective = doc_tokens(doc)[start - 1] if start > 1 else None
    if is_common_word(doc_tokens(doc)[start].text):
        return False                            # 'the rarely used Royal Prerogative': a word, no given name
    if adjective is None or adjective.dep_ != "amod" or adjective.head.i != head.i or not adjective.is_lower \
            or adjective.tag_ not in ("JJ", "VBG", "VBN"):
        return False
    words = doc[adjective.left_edge.i:adjective.i + 1]
    opener = doc_tokens(doc)[words.start - 1] if words.start > 0 else None
    return opener is not None and opener.lower_ == "the" and opener.head.i == head.i \
        and words.text.replace(" ", "").lower() not in FIRM_STATE_ADJECTIVES \
        and not adjective.lower_.endswith(FIRM_HOLDING_PARTICIPLES)


def _described_as_a_firm(head: Token, name: str) -> bool:
    """'Brevik Group, a Dutch company,', 'Brevik, the state-owned grid operator,', 'Varto Homes, a
    Dutch builder,': the name and a lower-case noun of a kind of body (ORG_KIND_NOUNS) are one
    another's apposition. A noun that also names someone by what they do ('builder', 'operator':
    DOER_NOUN_ENDINGS) describes a firm only where something owns or lists it ('state-owned',
    'Oslo-listed') or the name ends on a common noun's plural ('Homes'): 'Velko, a miner,' is a person.
    Only a description after the name and its comma: 'the company Ann Lowe founded' names her."""
    nouns = [c for c in child_tokens(head) if c.dep_ == "appos" and c.i > head.i + 1 and head.nbor(1).text == ","]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if not noun.is_lower or lemma not in ORG_KIND_NOUNS:
            continue
        if not lemma.endswith(DOER_NOUN_ENDINGS) or _a_common_plural(name.split()[-1]) \
                or any(c.lower_.endswith(FIRM_HOLDING_PARTICIPLES) for c in child_tokens(noun) if c.i < noun.i):
            return True
    return False


def _described_as_no_body(head: Token) -> bool:
    """'Ann Rail, a teacher,': a description of the name that is no noun of a body or firm
    ('Corlan Freight, the Oslo-listed shipping group,' describes a firm), nor of a business's trade
    ('Al Noor Renewables, an Emirati developer,': BUSINESS_AGENT_NOUNS)."""
    return any((c.dep_ == "appos" or c.dep_ == "compound" and c.is_lower) and not _noun_of_a_body(c)
               and not (c.is_lower and c.lemma_.lower() in BUSINESS_AGENT_NOUNS) for c in child_tokens(head))


def _noun_of_a_body(noun: Token) -> bool:
    """'group', 'firm', 'insurer', 'company', 'union': a lower-case noun for a body or a firm."""
    lemma = noun.lemma_.lower()
    return noun.is_lower and (lemma in FIRM_KIND_NOUNS or lemma in BODY_KIND_NOUNS or lemma in ORG_HEADS)


def _one_vowel_apart(a: str, b: str) -> bool:
    """'saree'/'sarea', 'soleymani'/'soleimani': one letter differs, a vowel or 'y' in both, not the first."""
    if len(a) != len(b) or a[0] != b[0]:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and all(c in VOWEL_LETTERS for c in diff[0])


def _described_as_a_building(head: Token) -> bool:
    """'X, formerly a Greek chapel,' 'X would become a museum': an apposition, or a copula's
    complement of the name as subject, is a building noun."""
    if any(c.dep_ == "appos" and c.lemma_.lower() in BUILDING_NOUNS for c in child_tokens(head)):
        return True
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_ in BECOMING_VERBS \
        and any(c.dep_ == "attr" and c.lemma_.lower() in BUILDING_NOUNS for c in child_tokens(verb))


def _town_before_its_state(span: NameSpan) -> bool:
    """'Allen, Texas': a name the recogniser took for no person, before a comma and a state or
    country, is a town ('Avi Reed, Greek prime minister …' stays a person)."""
    return span.kind == "place" and span.head.ent_type_ != "PERSON" and after_place_comma(span.words[-1])


def _people_split_from_bodies(spans: list[NameSpan]) -> list[NameSpan]:
    """'the editors of the Harbour Post Reed said': a body's name of three or more
    words that the recogniser ran on into the surname of a person the article names in full,
    where a verb follows that surname, is the body's name and the person's."""
    surnames = {s.name.split()[-1] for s in spans if s.kind == "person" and len(s.name.split()) > 1}
    out = []
    for s in spans:
        last = s.words[-1]
        if s.kind in ("org", "place") and len(s.words) >= 3 and last.text in surnames and last.ent_type_ != "PERSON" \
                and last.lower_ not in BUSINESS_NAME_HEADS and last.lower_ not in ORG_HEADS \
                and _verb_follows(last) and s.name.endswith(" " + last.text) and not s.acronym \
                and not _partners_name(s.words):
            body = s.words[:-1]
            s.words, s.head = body, body.root
            s.name = s.name[:-len(last.text)].strip()
            s.surface = clean_surface(body.text)
            out.append(s)
            out.append(NameSpan(surface=last.text, name=last.text, kind="person", head=last, sentence=s.sentence,
                                titles=[], words=last.doc[last.i:last.i + 1], start=last.i))
        else:
            out.append(s)
    return out


def _pairs_of_bodies_split(spans: list[NameSpan]) -> list[NameSpan]:
    """'streamed on Hulu and Ora's site' read as one body: a body's name that is two names
    joined by 'and', with no body's head word or link word, is two bodies where one of them,
    whole, is a body the article names on its own, or where the pair owns something and one is
    the first word of another body's name (the 'Ora' of 'Ora Media'). 'Marks and Spencer',
    where neither is named apart, stays one; so does 'Ernst and Young said' beside 'Young
    Enterprise', where a part is only the first word of another body's name."""
    others = [s for s in spans if s.kind == "org" and not _two_names_joined(s)]
    names, first_words = {norm(s.name) for s in others}, {norm(s.name.split()[0]) for s in others}
    out = []
    for s in spans:
        parts = _two_names_joined(s)
        if parts and any(norm(span_text(p)) in names or norm(span_text(p)) in first_words and _owns(parts[1])
                         for p in parts):
            for part in parts:
                text = clean_surface(span_text(part))
                kind = "country" if (canonical(text) or ("", ""))[1] == "country" else "org"
                out.append(NameSpan(surface=text, name=text, kind=kind, head=part.root, sentence=s.sentence,
                                    titles=[], words=part, start=part.start))
        else:
            out.append(s)
    return out


def _owns(last: Span) -> bool:
    """'Hulu and Ora's site': a possessive right after the pair's last name."""
    doc = last.doc
    return last.end < len(doc) and doc[last.end].text in POSSESSIVE_MARKS


def _two_names_joined(s: NameSpan) -> tuple[Span, Span] | None:
    """The two names of a body's name 'A and B', each of capitalised words only."""
    words = s.words
    joins = [t for t in words if t.lower_ == "and"]
    if s.kind != "org" or len(joins) != 1 or s.titles or s.acronym \
            or any(t.lower_ in ORG_HEADS or t.lower_ in NAME_PREPOSITIONS for t in words):
        return None
    left, right = words[:joins[0].i - words.start], words[joins[0].i - words.start + 1:]
    if not len(left) or not len(right) or not all(t.is_title and t.pos_ == "PROPN" for t in [*left, *right]):
        return None
    return left, right


def _partners_name(words: Span) -> bool:
    """'Marks & Spencer', 'Ward and Lowe', 'Lowe & Lowe': a firm named after its partners (a
    '&' or 'and' in the name, or the last word already in it) ends on a partner's name, not
    before a person's surname."""
    return any(t.text == "&" or t.lower_ == "and" for t in words) or words[-1].text in {t.text for t in words[:-1]}


def _verb_follows(token: Token) -> bool:
    doc = token.doc
    return token.dep_ == "nsubj" or token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("VERB", "AUX")


def _has_person_title(span: NameSpan) -> bool:
    """A name of two or three capitalised words, no body's head word among them, that a
    person's title describes is a person, whatever the recogniser took it for: 'First
    Minister of Scotland Moira Dunn', 'Presidents A of X and B of Y', 'the Archbishop of
    Kessa, A B,', 'A B, the editor of …'; not a name right after an article's noun of a body's kind
    (`_named_after_its_kind`: 'director of the charity Dijla Stones,': the charity's name)."""
    words = span.name.split()
    honoured = len(words) == 4 and words[0].lower().rstrip(".") in _HONORIFICS_AND_TITLES   # 'Alhaji A B C'
    if not (2 <= len(words) <= 3 or honoured) or any(w.lower() in ORG_HEADS for w in words) or canonical(span.name) \
            or not all(w[:1].isupper() for w in words):
        return False
    doc = span.head.doc
    head = span.head
    if _set_off_after_a_persons_title(span):
        return True
    start = span.start if span.start >= 0 else head.i
    if head.dep_ == "conj" and head.head.pos_ == "PROPN":     # the second of 'Presidents A of X and B of Y'
        start = first_name_word(first_conjunct(head))
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].pos_ in ("NOUN", "PROPN"):
        start -= 1                                             # 'the Archbishop of Kessa, A B,'
    if _named_after_its_kind(doc[start:head.i + 1]):
        return False        # 'director of the environmental group Dijla Stones,': the group's name
    title = title_words(doc, start)
    link = min((n for n, t in enumerate(title) if t.lower_ in NAME_PREPOSITIONS), default=len(title))
    if title and inside_a_bodys_name_typed_a_person(doc, title[0].i):
        link = len(title)   # '[Ghana Chamber] of Mines chief executive X': the post after the body's name is the holder's
    if link < len(title) and _after_a_bodys_noun(doc, start) and not is_given_name(doc[start].text):
        return False        # 'convener of concern group Kessa Riders' Voice': the title's body, by its kind
    described = [c for c in head.rights if c.dep_ == "appos"]
    return bool(title[:link]) and singular(title[:link][-1].lower_.rstrip(".")) in PERSON_ROLE_WORDS \
        or any(c.lemma_.lower() in PERSON_ROLE_WORDS for c in described)


def _set_off_after_a_persons_title(span: NameSpan) -> bool:
    """'the managing director of the firm, Tan Wei Loong, 47,', 'The Commissioner for Roads,
    Alhaji Musa Kwari, said': a name set off by a comma in apposition to a lower-case or
    capitalised noun of a person's office before it (PERSON_ROLE_WORDS) is that person's; not a
    name with a firm's word ('the chairman of the board, Kessa Rail Holdings,'), nor, right after
    'of the NOUN,', one that opens on no given name ('the president of the club, Velmo United,':
    the club's name, review24d)."""
    head, doc = span.head, span.head.doc
    title = head.head
    start = span.words.start
    if any(w.lower() in BUSINESS_NAME_HEADS for w in span.name.split()):
        return False                            # 'the chairman, Kessa Rail Holdings,': a firm
    if start > 1 and doc[start - 2].dep_ == "pobj" and doc[start - 2].head.lower_ == "of" \
            and doc[start - 2].pos_ == "NOUN" and not _opens_on_a_given_name(span.name):
        return False                            # 'the president of the club, Velmo United,': the club's name (review24d)
    return head.dep_ == "appos" and title.i < start and start > 0 and doc[start - 1].text == "," \
        and title.tag_ in ("NN", "NNP") and singular(title.lower_.rstrip(".")) in PERSON_ROLE_WORDS


def _opens_on_a_given_name(name: str) -> bool:
    """The name's first word, past an honorific or title, is a given name ('Tan Boon Loong',
    'Alhaji Musa Kwari'; not 'Velmo United', 'Ocean Star')."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in _HONORIFICS_AND_TITLES]
    return bool(words) and is_given_name(words[0])


def _assign_keys(spans: list[NameSpan]) -> None:
    """Give every span the key of its actor: fullest name of a person, canonical name of a
    country or body; surnames, acronyms and short forms join the full name they abbreviate."""
    _one_spelling_of_given_names(spans)
    fullest: dict[str, str] = {}          # norm(name) -> key, for multi-word names
    owners = {canonical(s.name)[0] for s in spans if canonical(s.name)}
    # read once, when a surname alone first asks (the loop sets keys only, never names or kinds)
    first_surnames = functools.cache(lambda: _first_surnames(spans))
    for s in sorted(spans, key=lambda s: -len(s.name.split())):
        known = canonical(s.name) or _known_with_owner(s, owners)
        if known:
            s.key = known[0]
            continue
        if s.kind == "person":
            s.key = _person_key(s, spans, first_surnames) or s.name
        else:
            s.key = _org_key(s, spans) or s.name
        fullest.setdefault(norm(s.name), s.key)
    # "Kurdistan Workers' Party (PKK)": the acronym names the same body
    by_acronym = {norm(s.acronym): s for s in spans if s.acronym and s.kind != "person"}
    for s in spans:
        full = by_acronym.get(norm(s.name))
        if full:        # whatever the recogniser took the acronym for
            s.key, s.kind = full.key, full.kind
    _bracketed_short_forms(spans)
    # "the Houthis" after "the Houthi movement": the movement's people by its adjective's plural
    movements = {norm(s.name).split()[0] + "s": s for s in spans
                 if s.kind == "org" and len(s.name.split()) == 2 and s.name.endswith(" movement")}
    for s in spans:
        body = movements.get(norm(s.name))
        if body is not None and " " not in s.name:
            s.key, s.kind = body.key, body.kind
    _names_opened_by_a_shortened_title(spans)
    _one_key_per_short_form(spans)
    _short_forms_of_one_actor(spans)
    # one spelling per key: the same name written differently ("al-Qaeda", "al Qaeda")
    first_of: dict[str, str] = {}
    for s in spans:
        s.key = first_of.setdefault(norm(s.key), s.key)
    _name_peers_by_title(spans)


def _bracketed_short_forms(spans: list[NameSpan]) -> None:
    """'the Kessa Internal Audit Committee (117 Committee) … the 117 Committee said': words written alone in
    brackets right after a body's name, ending on the same head word, are that body's short form whatever their
    letters (initials join by `is_acronym_of`), so every span of the article that writes them is that body. Only
    where every capitalised word of the bracket but its head is a word of the name (numbers may be any:
    '(Audit Committee)', '(117 Committee)'; not '(Public Accounts Committee)' after 'the Finance Committee', which
    may be another body), and the bracket's words name no body of their own before it. Not a bracket that holds
    more than another name ('(formerly X Board)' is a name of its own only with the word), nor one ending on
    another word ('Vela Capital (NYSE)': the exchange it trades on), nor a person's or a place's name."""
    named = {norm(s.name) for s in spans if s.kind == "org" and len(s.name.split()) > 1}
    joined: dict[str, NameSpan] = {}
    for full in spans:
        doc, end = full.words.doc, full.words.end
        if full.kind != "org" or not full.key or end + 2 >= len(doc) or doc[end].text != "(":
            continue
        close = next((i for i in range(end + 1, min(end + 8, len(doc))) if doc[i].text == ")"), None)
        words = norm(doc[end + 1:close].text) if close else ""
        head = _head_word_before_link(full.name) or norm(full.name).split()[-1]
        if not words or words not in named or words == norm(full.key) or words.split()[-1] != head:
            continue
        own = set(norm(full.name).split())
        if any(t.text[:1].isupper() and norm(t.text) not in own for t in doc[end + 1:close - 1]):
            continue
        if any(norm(o.name) == words and (o.sentence, o.head.i) < (full.sentence, full.head.i) for o in spans):
            continue
        joined.setdefault(words, full)
    for s in spans:
        full = joined.get(norm(s.name))
        if full is not None and s.kind == "org":
            s.key = full.key


def _one_key_per_short_form(spans: list[NameSpan]) -> None:
    """'Corran said it would appeal … Corran shares fell': a body's one word that the article
    writes alone for one longer body is that body also where it only qualifies a noun."""
    joined: dict[str, set[str]] = {}
    for s in spans:
        if s.kind == "org" and " " not in s.name and norm(s.key) != norm(s.name):
            joined.setdefault(norm(s.name), set()).add(s.key)
    for s in spans:
        longer = joined.get(norm(s.name), set())
        if s.kind == "org" and len(longer) == 1 and norm(s.key) == norm(s.name):
            s.key = next(iter(longer))


def _short_forms_of_one_actor(spans: list[NameSpan]) -> None:
    """'Tarn Valve Co … Tarn said', 'Aziz Rahmat … Aziz said', 'Lee Kum Wah … Lee said': a name
    the article writes after a longer one, whose words are the longer name's leading words or
    its last word, is that one actor, and has its kind, whatever the recogniser typed it as
    (its label on a short form is weak evidence). Only where exactly one actor's name has those
    words and no other name of the article has them anywhere (a name that holds the longer name
    whole, 'Tarn Valve Co Pension Fund', is no other); not a known name, a place, a name written
    where something happens, a titled person for a body, nor 'the X' for a person."""
    by_key: dict[str, list[NameSpan]] = {}
    for s in spans:
        if s.key:
            by_key.setdefault(s.key, []).append(s)
    longest = {key: max((norm(s.name).split() for s in group), key=len) for key, group in by_key.items()}
    for key, group in by_key.items():
        words = longest[key]
        if not words or any(s.kind == "country" or canonical(s.name) for s in group):
            continue
        full = _the_one_longer_name(words, key, longest)
        if full is None or not all(_short_form_fits(s, by_key[full]) for s in group) \
                or not any(_acts(s.head) or _before_the_bodys_own_head_noun(s, full) and _acts(s.head.head) for s in group) \
                or not _a_body_if_read_as_a_person(group, by_key[full]):
            continue
        first_full = min((s.sentence, s.head.i) for s in by_key[full])
        if all((s.sentence, s.head.i) < first_full for s in group):
            continue                            # never written after the full name
        kind = next(s.kind for s in by_key[full] if norm(s.name).split() == longest[full])
        for s in group:
            s.key, s.kind = full, kind


def _the_one_longer_name(words: list[str], key: str, longest: dict[str, list[str]]) -> str | None:
    """The key of the one actor whose name opens on `words` or ends on them (one word only),
    where no other actor's name holds them anywhere, but for names that hold that one whole."""
    n = len(words)
    fits = [k for k, full in longest.items() if k != key and len(full) > n
            and (full[:n] == words or n == 1 and full[-1] == words[0])]
    if len(fits) != 1:
        return None
    found = longest[fits[0]]
    for k, other in longest.items():
        if k in (key, fits[0]) or _holds(other, found):
            continue
        if _holds(other, words):
            return None
    return fits[0]


def _holds(name: list[str], part: list[str]) -> bool:
    """`part` is a run of `name`'s words."""
    n = len(part)
    return any(name[i:i + n] == part for i in range(len(name) - n + 1))


def _short_form_fits(s: NameSpan, full: list[NameSpan]) -> bool:
    """A short form of the longer name's actor as written here: no known name, place or
    acronym (initials join by `_org_key`), no word a state has several bodies of ('Senate' of
    'Senate Committee on Energy'), not written where something happens; for a body no
    person's title before it, nor 'the' before its leading words ('the Amazon rainforest' is
    no 'Amazon Research Institute'); for a person not 'the' before it."""
    if full[0].kind not in ("person", "org") or s.kind == "place" and not is_source(s.head) \
            or is_acronym(s.name) or is_known_place(s.name) or norm(s.name) in GENERIC_BODY_WORDS \
            or (is_location(s.head) or _names_a_place_there(s.head)) and not (_at_the_institution(s, full) or _a_holding_in(s.head)):
        return False
    before = s.words.doc[s.words.start - 1] if s.words.start > 0 else None
    after_the = before is not None and before.lower_ in ARTICLES
    if full[0].kind == "org":
        words = norm(s.name).split()
        leading = norm(full[0].key).split()[:len(words)] == words
        if _person_pronoun_after(s.head) or s.kind == "person" and (
                s.titles or any(c.dep_ == "appos" for c in child_tokens(s.head))):
            return False        # 'Vance said he …', 'Bolt, the sprinter,': a person of that name
        if leading and (norm(full[0].key).split()[-1] in PUBLICATION_HEADS or _written_elsewhere_as_a_place(s.head)):
            return False        # 'Nordhaven' of 'The Nordhaven Times'; 'in Kessa' of 'Kessa Mills': a place
        after_the = after_the and not _before_the_bodys_own_head_noun(s, full[0].key)
        return not (leading and after_the) and not (len(words) == 1 and is_common_word(s.name)) \
            and not any(named_as_an_owner(o.head) for o in full)    # 'Harbour'; 'X, owned by X Group'
    return s.kind != "person" and not after_the and not _it_after(s.head)   # a person's short form: `_person_key`'s


def _before_the_bodys_own_head_noun(s: NameSpan, full: str) -> bool:
    """'the Halvern Ridge board' after 'the Halvern Ridge District School Board': the short form qualifies a
    common noun that is the longer name's own head word (its last), so 'the' is that body's and the
    phrase names it, not a place it is in nor a parent of it ('the Amazon rainforest': no such head).
    Every other word before that noun, but an article or a possessive, is a word of the longer name too:
    a noun with a modifier of its own names another body of that kind ('the Ashby planning commission'
    is no 'Ashby Regional Transit Commission')."""
    noun = s.head.head
    if not (s.head.dep_ == "compound" and noun.i >= s.words.end and noun.is_lower
            and singular(noun.lower_) == singular(norm(full).split()[-1])):
        return False
    own = {w.lower() for w in full.split()}
    return all(t.lower_ in own for t in noun.doc[noun.left_edge.i:noun.i]
               if not s.words.start <= t.i < s.words.end and t.dep_ not in ("det", "poss", "case", "punct"))


def _at_the_institution(s: NameSpan, full: list[NameSpan]) -> bool:
    """'nurses at St. Kessa' after 'St. Kessa Riverside Medical Center': 'at' before the opening words
    of the name of an institution that works on its own premises (PREMISES_NAME_HEADS) is at that
    institution, where the article writes those words after no other place preposition ('in St.
    Kessa', 'near St. Kessa': a place of that name, maybe)."""
    words, name = norm(s.name).split(), norm(full[0].key).split()
    if s.head.dep_ != "pobj" or s.head.head.lower_ != "at" or name[-1] not in PREMISES_NAME_HEADS \
            or name[:len(words)] != words:
        return False
    doc, first = s.words.doc, s.words[0].text
    return not any(t.text == first and t.i > 0 and doc[t.i - 1].lower_ in PLACE_ONLY_PREPS_BUT_AT for t in doc)


def _a_body_if_read_as_a_person(group: list[NameSpan], full: list[NameSpan]) -> bool:
    """A short form the recogniser read as a person joins a body only on the body's own evidence:
    'it' or 'its' after it once at least ('Harwick Plating, which employs 60 people at its plant'),
    or an article before it wherever written, as the head of its own phrase ('according to the Samaj',
    'the Morcha said'): no person's name takes one."""
    return full[0].kind != "org" or all(s.kind != "person" for s in group) or any(_it_after(s.head) for s in group) \
        or all(_a_name_after_an_article(s) for s in group) and not _heads_two_names(group[0])


def _a_name_after_an_article(s: NameSpan) -> bool:
    """'the Samaj': the name written right after an article, no title between, and no noun after it
    that it only qualifies ('the Obama administration')."""
    start = s.words.start
    return start > 0 and s.words.doc[start - 1].lower_ in ARTICLES and not s.titles and s.head.dep_ != "compound"


def _heads_two_names(s: NameSpan) -> bool:
    """'the Korvadi Adhyapak Samaj and the Marhavi Adhyapak Samaj … the Samaj said': the short form's
    last word ends two capitalised runs of the article that are not one the other's end, so two names
    (whether or not the recogniser found both), and 'the Samaj' may be either."""
    doc, word = s.words.doc, s.words[-1].text
    runs = set()
    for t in doc:
        if t.text != word:
            continue
        i = t.i
        while i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ not in ARTICLES:
            i -= 1
        if i < t.i:
            runs.add(tuple(x.lower_ for x in doc[i:t.i]))
    return any(a[len(a) - len(b):] != b and b[len(b) - len(a):] != a for a in runs for b in runs)


def _it_after(head: Token) -> bool:
    """'Chase said it had fixed the fault', 'Nike said its sales rose': 'it' or 'its' later in the
    name's sentence may stand for it, a thing's name, no person's."""
    return any(t.lower_ in THING_PRONOUNS and t.i > head.i for t in head.sent)


def _person_pronoun_after(head: Token) -> bool:
    """'Vance said he was proud': 'he', 'she', 'his' or 'her' after the name in its own clause
    (the verb it is the subject of, and what that verb governs): a person. Not a reporter's
    'she said' the name's clause hangs from ('Harwick installed it in 2023, she said')."""
    verb = head.head
    return any(t.lower_ in ONE_PERSON_PRONOUNS and t.i > head.i for t in verb.subtree)


def _written_elsewhere_as_a_place(head: Token) -> bool:
    """The name's word is written somewhere in its article after a place preposition and
    before no other capitalised word ('in Kessa'): an unknown place, maybe, not the body's short form."""
    doc, word = head.doc, head.text
    return any(t.text == word and t.i > 0 and doc[t.i - 1].lower_ in PLACE_ONLY_PREPS
               and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title) and not _a_holding_in(t) for t in doc)


def _a_holding_in(word: Token) -> bool:
    """'Shares in Dx fell', 'a stake in Dx': the object of 'in' on a noun of what is held in a firm
    (FIRM_HOLDING_NOUNS) names the firm, not a place ('its headquarters in Dx' is where)."""
    return word.dep_ == "pobj" and word.head.lower_ in HOLDING_IN_PREPOSITIONS and word.head.head.lower_ in FIRM_HOLDING_NOUNS


def _acts(head: Token) -> bool:
    """The name does something or owns something: a verb's subject, a possessor, or a source."""
    return head.dep_ in ("nsubj", "nsubjpass", "poss") or is_source(head)


def _name_peers_by_title(spans: list[NameSpan]) -> None:
    """'Baroness Hale said …  Hale added': a person the article names only by one word, once at
    least after a peerage, royal or papal title, is known by title and word ('Baroness Hale',
    'Prince Harald'); not where two titles are given ('Lord Hale', 'Lady Hale')."""
    for key in {s.key for s in spans if s.kind == "person" and len(s.key.split()) == 1}:
        titled = {f"{s.titles[-1]} {s.name}" for s in spans if s.key == key and s.titles
                  and s.titles[-1].lower() in ONE_NAME_TITLES and s.name == key}
        if len(titled) == 1:
            name = titled.pop()
            for s in spans:
                if s.key == key:
                    s.key = name


def _one_spelling_of_given_names(spans: list[NameSpan]) -> None:
    """'Viktor Reed, 50, said … (another paragraph) … what Victor Reed had': a full name written
    again, only in other paragraphs and only bare, with one given-name letter swapped
    (TRANSLITERATION_SWAPS) is the first-written person's. Relatives' names differ so too
    ('Mark Reed … his brother Marc Reed'): never where both spellings meet in one paragraph or
    the later one is described (a kin word, a role, a title, an apposition)."""
    by_name: dict[str, list[NameSpan]] = {}
    for s in spans:
        if s.kind == "person" and len(s.name.split()) > 1:
            by_name.setdefault(s.name, []).append(s)
    names = list(by_name)
    for n, later in enumerate(names):
        paragraphs = {id(s.head.doc) for s in by_name[later]}
        first = next((f for f in names[:n] if _transliterated(f, later)
                      and not paragraphs & {id(s.head.doc) for s in by_name[f]}), None)
        if first and all(_bare(s) for s in by_name[later]):
            for s in by_name[later]:
                s.name = first


def _transliterated(a: str, b: str) -> bool:
    """Two full names with one surname whose given names differ in one letter pair of TRANSLITERATION_SWAPS."""
    (given_a, *rest_a), (given_b, *rest_b) = a.split(), b.split()
    if rest_a != rest_b or len(given_a) != len(given_b) or given_a[0] != given_b[0]:
        return False
    swaps = [frozenset((x.lower(), y.lower())) for x, y in zip(given_a, given_b) if x != y]
    return len(swaps) == 1 and swaps[0] in TRANSLITERATION_SWAPS


def _bare(s: NameSpan) -> bool:
    """A name written with nothing that describes it: no title, apposition, possessive, modifier
    or noun before it ('his brother Marc Reed', 'Marc Reed, her son,')."""
    head, start = s.head, s.words.start
    before = head.doc[start - 1] if start > 0 else None
    return not s.titles and head.dep_ != "appos" and (before is None or before.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")) \
        and not any(c.dep_ in ("appos", "poss", "amod", "nummod", "det", "relcl") or c.dep_ == "compound" and c.i < start
                    for c in child_tokens(head))


def _known_with_owner(span: NameSpan, owners: set[str]) -> tuple[str, str] | None:
    """'the Security Council' where the article names the United Nations: a body's name of
    two or more words that, after the name of a well-known body the article names, is a
    well-known body's name is that body (of one owner only)."""
    if span.kind != "org" or len(span.name.split()) < 2:
        return None
    found = {canonical(f"{owner} {span.name}") for owner in owners} - {None}
    found = {k for k in found if k[1] == "organization"}
    return found.pop() if len(found) == 1 else None


def _person_key(s: NameSpan, spans: list[NameSpan], first_surnames: Callable[[], dict[str, str]]) -> str | None:
    """The key of the fuller name of the article's person that a shorter one is written for
    (`first_surnames`: the article's `_first_surnames`, made once per article)."""
    words = s.name.split()
    candidates = [o for o in spans if o.kind == "person" and o.key and o is not s
                  and len(o.name.split()) > len(words)
                  and norm(o.name.split()[-1]) == norm(words[-1])
                  and set(w.rstrip(".").lower() for w in words) <= set(w.rstrip(".").lower() for w in o.name.split())
                  and not _of_the_other_sex(s, o)]
    if _peer(s) and len(words) == 1:
        # 'Lord Reed … Tom Reed, an MP': a peer's title is no other full name's unless that name has it too
        candidates = [c for c in candidates if any(o.key == c.key and _peer(o) for o in spans)]
        if not candidates:
            return None
    if not candidates and len(words) == 1:
        full = first_surnames().get(norm(words[0]))
        bearer = next((o for o in spans if o.name == full and o.key), None)
        if bearer is not None and not _of_the_other_sex(s, bearer):
            return bearer.key
        # a first name alone ('Paweł') is the one person of the article with that first name
        firsts = {o.key for o in spans if o.kind == "person" and o.key and len(o.name.split()) > 1
                  and o.name.split()[0] == words[0]}
        if len(firsts) == 1:
            return firsts.pop()
        inner = _an_inner_given_name_speaking(s, spans)
        return inner or (_misspelt_surname_of(s, spans) if not s.titles else None)
    if not candidates:
        return None
    keys = {c.key for c in candidates}
    if len(keys) == 1:
        return keys.pop()
    # two people share the surname: the bare surname is the article's main one of them, as
    # newswriting names the lesser one in full ('Mary Holm'); when neither is, keep apart
    named = Counter(c.key for c in candidates)
    first, second = named.most_common(2)
    return first[0] if first[1] >= 2 * second[1] else None


def _names_opened_by_a_shortened_title(spans: list[NameSpan]) -> None:
    """'Det Insp Reed' after 'Detective Inspector Ann Reed': a person's name that opens on words of a
    title (`_opened_by_the_fuller_names_title`) and ends on the surname of one fuller name of the
    article is that person's, never a person or a body of its own, whatever the recogniser typed it as
    ('DC Mehra' read as a body); with two such people it stays apart. So does a short form the article
    gives an identity of its own (`_described_on_its_own`: 'his daughter, DC Mehra', 'Retired judge DC
    Mehra', 'DC Mehra, who …'), or a pronoun of the other sex than the fuller name's given name."""
    for s in spans:
        if s.kind not in ("person", "org") or norm(s.key) != norm(s.name) or len(s.name.split()) < 2:
            continue
        words = s.name.split()
        namesakes = [o for o in spans if o.kind == "person" and o.key and norm(o.key) != norm(s.key)
                     and len(o.name.split()) > 1 and norm(o.name.split()[-1]) == norm(words[-1])]
        keys = {o.key for o in namesakes if not _described_on_its_own(s) and not _of_the_other_sex(s, o)
                and not _a_pronoun_of_the_other_sex(s, o) and _opened_by_the_fuller_names_title(words, o, spans)}
        if len(keys) == 1:
            s.key, s.kind = keys.pop(), "person"
        elif s.kind == "org" and namesakes and len(words) == 2 and is_acronym(words[0]) \
                and (_person_pronoun_after(s.head) or _described_on_its_own(s)):
            s.kind = "person"   # 'CJ Reed, a basketball player, said he …': someone's initials and the family name


def _described_on_its_own(s: NameSpan) -> bool:
    """'His daughter, DC Mehra,', 'DC Mehra, the rapper,', 'Retired judge DC Mehra', 'DC Mehra, who
    chaired the inquiry,': an apposition, a relative clause, a lower-case noun or an adjective on the
    name (`_described`), or a title of its own, describe its bearer as someone the article sets apart."""
    head = s.head
    return _described(head) or head.dep_ == "appos" or bool(s.titles) \
        or any(c.dep_ in ("relcl", "acl") or c.dep_ == "amod" and c.i < s.words.start for c in child_tokens(head))


def _a_pronoun_of_the_other_sex(short: NameSpan, full: NameSpan) -> bool:
    """'DC Mehra said she had opposed it' after 'Arjun Mehra': the subject pronouns of the short form's
    clause (`_person_pronoun_after`'s reach) are of one sex, not that of the fuller name's given name
    (gender-guesser's, where it is clear)."""
    head = short.head
    sexes = {PERSON_PRONOUN_GENDERS[t.lower_] for t in head.head.subtree
             if t.i > head.i and t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in PERSON_PRONOUN_GENDERS}
    given = gender_of_given_name(full.name.split()[0]) if len(sexes) == 1 else None
    return given is not None and given not in sexes


def _opened_by_the_fuller_names_title(words: list[str], full: NameSpan, spans: list[NameSpan]) -> bool:
    """'Det Insp Reed' after 'Detective Inspector Ann Reed', 'DC Mehra' after 'Deputy Commissioner Arjun
    Mehra', 'Counsel Lowe' after 'Counsel Ann Lowe': the words a shorter name opens on that the fuller one
    has not are its holder's title, not a name of its own, where each is a word of the title the article
    writes right before the fuller name that is no given name ('Mark Reed and Mary Reed'), or a listed
    short form of that very title (SHORTENED_TITLES: 'DC', 'SP', 'Eng'), or an abbreviated title or
    rank the lexicon lists, not written out to another
    title than that one (`_another_rank_written_out`). Only the lexicon makes a word a title's short form:
    opening letters alone may be a given name's ('Arch', 'Com'), initials a person's own ('CJ Reed').
    The rest of the shorter name is the fuller name's words, its surname last."""
    own = {w.rstrip(".").lower() for w in full.name.split()}
    low = [w.rstrip(".").lower() for w in words]
    cut = next((k for k, w in enumerate(low) if w in own), 0)
    if cut == 0 or not all(w in own for w in low[cut:]):
        return False
    written = set(_title_words_written_before(full, spans))
    if any(_another_rank_written_out(w, written) for w in low[:cut]):
        return False            # 'Det Sgt Reed' is no 'Detective Inspector Ann Reed'
    return all(len(w) >= 2 and (w in written and not is_given_name(w.title()) or w in SHORTENED_TITLES
                                or w in _LISTED_TITLE_ABBREVIATIONS)
               for w in low[:cut])


def _another_rank_written_out(word: str, written: set[str]) -> bool:
    """An abbreviated title or rank the lexicon writes out ('Sgt' -> 'Sergeant'; 'DC' -> 'Detective
    Constable' or 'Deputy Commissioner': SHORTENED_TITLES) to no title whose words are all among those
    written before the fuller name: another rank, so maybe another person. A listed short form is
    that only where its title is written; an abbreviation before a fuller name written with no title
    ('Sgt Reed' after 'Ann Reed') is not checked."""
    if word in written:
        return False
    if word in SHORTENED_TITLES:
        return not any({w for w in title.split() if w not in INITIALS_SKIPPED_WORDS} <= written
                       for title in SHORTENED_TITLES[word])
    out = written_out_word(word.title()).lower()
    return bool(written) and out != word and not set(out.split()) <= written


_LISTED_TITLE_ABBREVIATIONS = frozenset(w.lower() for w in TITLE_OR_RANK_ABBREVIATIONS) | NAME_PREFIXES


def _title_words_written_before(full: NameSpan, spans: list[NameSpan]) -> list[str]:
    """The capitalised words (and the links of a title, 'of') written right before any occurrence of
    the fuller name's actor, lower case: its title as the article writes it ('Detective Inspector')."""
    out: list[str] = []
    for o in spans:
        if o.key != full.key or o.kind != "person":
            continue
        doc, i = o.words.doc, o.words.start - 1
        while i >= 0 and (doc[i].is_title or doc[i].is_upper and doc[i].is_alpha
                          or doc[i].lower_ in INITIALS_SKIPPED_WORDS and i > 0 and doc[i - 1].is_title):
            out.append(doc[i].text.rstrip(".").lower())
            i -= 1
        out.extend(t.rstrip(".").lower() for t in o.titles)
    return out


def _of_the_other_sex(short: NameSpan, full: NameSpan) -> bool:
    """'Ann Lowe … Mr Lowe, her husband': an honorific of one sex before the surname and a
    given name of the other (gender-guesser's, where it is clear) are two people."""
    sexes = {"m" for t in short.titles if t.lower().rstrip(".") in MALE_TITLES} \
        | {"f" for t in short.titles if t.lower().rstrip(".") in FEMALE_TITLES}
    given = gender_of_given_name(full.name.split()[0]) if len(sexes) == 1 else None
    return given is not None and given not in sexes


def _peer(s: NameSpan) -> bool:
    return bool(s.titles) and s.titles[-1].lower() in PEERAGE_TITLES


def _initials_of_another_body(short: NameSpan, full: NameSpan) -> bool:
    """'Regional Water Board (RWB)' after 'Tarn Valley Regional Water Board (TVRWB)': a name the
    article defines with bracketed initials that spell the name itself, and not the longer name's
    (as defined or as its words' capitals: 'Armed Forces (KAF)' of 'Kessan Armed Forces'), is a
    body introduced in full, not a short form of that one."""
    acronym = norm(short.acronym or "")
    return bool(acronym) and acronym in all_initials(short.name) and acronym != norm(full.acronym or "") \
        and acronym not in all_initials(full.name)


def _org_key(s: NameSpan, spans: list[NameSpan]) -> str | None:
    """A body's short form, when the same article names it in full: its last or first word
    ('the Alliance', 'Corran'; a word a state has several bodies of, 'the Council', is the last
    such body named before it), or an acronym of two or more letters (no known one) that is the initials
    of exactly one body the article names ('the WTO'). Such initials stay this article's
    evidence: only an acronym an article defines ('… Party (PKK)') joins other articles. A member's seat
    before its title ('[Harbury] Central MP Ann Lowe', `names_the_seat_before_its_title`) is a place, no short
    form of a body whose name opens with its words ('the Harbury Central Traders Association')."""
    if names_the_seat_before_its_title(s.head):
        return None
    n = norm(s.name)
    bodies = [o for o in spans if o is not s and o.kind in ("org", "place") and o.key
              and len(o.name.split()) > len(s.name.split())]
    if n in SEVERAL_PER_STATE and s.name[:1].isupper():
        before = [o for o in bodies if o.kind == "org" and norm(o.name).split()[-1] == n
                  and (o.sentence, o.head.i) < (s.sentence, s.head.i)]
        if before:
            return before[-1].key                 # 'the Security Council … the Council': the last one named
    for o in bodies:
        words = o.name.split()
        if n == norm(without_legal_form(o.name)) and o.kind == "org":
            return o.key                          # 'Corran Motors' after 'Corran Motors Ltd'
        if n == norm(words[-1]) and words[-1][0].isupper() and n not in GENERIC_BODY_WORDS \
                and not (region_head_before_of(o.name) in LOCAL_GOVERNMENT_HEADS_BEFORE_OF
                         and not _written_with_the(s)):
            return o.key                          # 'the Alliance' after 'the Harbour Alliance' (not 'House'; not
            #                                       'Kessa' after 'the City of Kessa': the place, no short form; but
            #                                       'the Trust' after 'the County of Orwin Heritage Trust')
        if len(s.name.split()) == 1 and n == norm(words[0]) and o.kind == "org" and _one_word_of_letters(s.name) \
                and not is_acronym(s.name) and n not in GENERIC_BODY_WORDS and not modifies_a_common_noun(s.head) \
                and not _names_a_place_there(s.head) and not any(named_as_an_owner(b.head) for b in bodies if b.key == o.key) \
                and not (len(words) > 1 and words[1].lower() in TITLE_FIELD_JOINS):
            return o.key                          # 'Corran' after 'Corran Finance Group' (not 'QX-7', 'PKK', 'House';
            #                                       not where it is named as another's owner: 'X, owned by X Group';
            #                                       not one of two joined parts: 'Tarrock' of 'Tarrock and District …')
        if norm(o.name) == n + " movement" and o.kind == "org":
            return o.key                          # 'Houthi spokesman' after 'the Houthi movement'
    if len(n.split()) > 1:
        longer = {o.key for o in bodies if o.kind == "org" and _short_form_of(n, norm(o.name))
                  and not _initials_of_another_body(s, o)}
        if len(longer) == 1:
            return longer.pop()                   # 'the Harwell Institute', 'the Intelligence Committee'
    elif n in GENERIC_BODY_WORDS and s.name[:1].isupper():
        linked = {o.key for o in bodies if o.kind == "org" and _head_word_before_link(o.name) == n
                  and not _an_association_of_a_trade(o.name)}
        if len(linked) == 1 and any(o.key in linked and (o.sentence, o.head.i) < (s.sentence, s.head.i) for o in bodies):
            return linked.pop()                   # 'the House' after 'the House of Representatives' or 'the Kessa State
                                                  # House of Assembly': the head before the link, whatever place or
                                                  # tier opens the name (not 'White House': no link; not before it:
                                                  # 'MPs in the House … the House of Lords'; not two such bodies;
                                                  # not a trade's association: 'the Chamber' of a chamber of commerce)
        if not linked:
            return _the_one_legislature(s, spans)     # 'the House' after 'the Kessa Legislative Assembly'
    words = s.name.split()
    numbered = _the_numbered_unit_of_its_initials(words, bodies)
    if numbered is not None:
        return numbered                           # 'KSU 17' after 'Kessa School Unit 17'
    bare = words[0] if len(words) == 2 and norm(words[1]) in LEGAL_FORMS else s.name
    if bare != s.name and is_acronym(bare) and len(bare) >= 3 and not canonical(bare) \
            and not any(c.dep_ == "appos" for c in child_tokens(s.head)):     # 'RMC Ltd, a separate firm,': its own
        expanded = {o.key for o in bodies if o.kind == "org" and norm(bare) in all_initials(without_legal_form(o.name))
                    and (o.sentence, o.head.i) < (s.sentence, s.head.i)}      # the full name first
        if len(expanded) == 1:
            return expanded.pop()                 # 'KNOC Ltd' after 'Kessan National Oil Company Limited'
    joined = _initials_joined_by_an_ampersand(s.name)
    if joined and not canonical(s.name):
        expanded = {o.key for o in bodies if o.kind == "org" and joined in all_initials(o.name)
                    and (_named_by_its_fields(o) or _defined_by_bracketed(o, s.name))}
        if len(expanded) == 1:
            return expanded.pop()                 # 'F&P' after 'Finance & Planning', 'M&TC' after 'Mayor and Town Council
            #                                       (M&TC)'; not 'M&S' after 'Mason & Sons', a firm they happen to spell
    if is_acronym(s.name) and _may_be_initials(s) and not canonical(s.name):      # 'the WTO', 'the WH statement'
        expanded = {o.key for o in bodies if n in all_initials(o.name) or n in all_initials(_without_a_units_number(o.name))}
        if len(expanded) == 1:
            return expanded.pop()               # ('ASU' after 'Ardmore School Unit 14' too)
    same = {o.key for o in spans if o is not s and o.kind == "org" and o.key and _one_department(s.name, o.name)}
    return same.pop() if len(same) == 1 else None      # 'the Treasury Department' after 'the Department of the Treasury'


def _without_a_units_number(name: str) -> str:
    """'Ardmore School Unit' of 'Ardmore School Unit 14': a name without the number that closes it right after a
    unit's word (LOCAL_UNIT_WORDS); not a count or a year that closes another name ('Kessa Premier League 2')."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1].isdigit() and words[-2].istitle() \
        and words[-2].lower() in LOCAL_UNIT_WORDS else name


def _the_numbered_unit_of_its_initials(words: list[str], bodies: list[NameSpan]) -> str | None:
    """The key of the one body whose name ends on the number after the initials `words` ('KSU 17') and
    whose other words those initials abbreviate ('Kessa School Unit 17'); None otherwise."""
    if len(words) != 2 or not words[1].isdigit() or not is_acronym(words[0]):
        return None
    found = {o.key for o in bodies if o.kind == "org" and o.name.split()[-1] == words[1]
             and norm(words[0]) in all_initials(_without_a_units_number(o.name))}
    return found.pop() if len(found) == 1 else None


def _the_one_legislature(s: NameSpan, spans: list[NameSpan]) -> str | None:
    """'the House' or 'the Assembly' after 'the Ontario Legislative Assembly', 'the House' after 'Parliament': the
    generic short form a legislature is called by (LEGISLATURE_SHORT_FORMS), written as a noun phrase of its own
    (`_a_short_form_of_its_own`), stands for the one body of the article a chamber's word heads
    (`_names_a_chamber`), named before it, where that body is a legislature by its words (`_names_a_legislature`:
    its place and a legislature's qualifiers only), has a single chamber and its words hold the short form's kind.
    Abstains where the article names a second such body or tells of a second chamber anywhere ('senators',
    'Senate', 'Lok Sabha', 'Legislative Council': `_a_second_chamber_told_of`; there 'the House' may be the other
    chamber), for 'the House' after a name also borne by a legislature of two chambers ('National Assembly'), and
    where the short form's sentence opens on another place ('In Washington, the House …':
    `_opened_on_another_place`)."""
    kinds = LEGISLATURE_SHORT_FORMS.get(norm(s.name))
    if not kinds or not _a_short_form_of_its_own(s):
        return None
    own = {norm(s.name)} | set(LEGISLATURE_SHORT_FORMS)
    named = {o.key or o.name: o for o in spans if o is not s and o.kind == "org" and norm(o.name) not in own
             and _names_a_chamber(o.name)}
    if len(named) != 1 or _a_second_chamber_told_of(spans):
        return None
    key, body = next(iter(named.items()))
    words = norm(body.name).split()
    if set(words) & LEGISLATURE_SECOND_CHAMBER_WORDS or not set(words) & kinds or not _names_a_legislature(body.name):
        return None
    if norm(s.name) in SHORT_FORMS_OF_ONE_CHAMBER and any(n in " ".join(words) for n in LEGISLATURE_NAMES_ALSO_OF_TWO_CHAMBERS):
        return None
    if _opened_on_another_place(s, body):
        return None
    before = any((o.key or o.name) == key and (o.sentence, o.head.i) < (s.sentence, s.head.i)
                 for o in spans if o.kind == "org")
    return key if before else None


def _a_short_form_of_its_own(s: NameSpan) -> bool:
    """'the House', 'this House': a generic short form after its determiner (LEGISLATURE_SHORT_FORM_DETERMINERS),
    qualifying no noun after it ('House Speaker', 'the House Democrats', 'the Assembly polls':
    LEGISLATURE_SHORT_FORM_QUALIFIED_NOUNS) nor written without one ('the drama series House')."""
    doc = s.words.doc
    first = s.words[0]
    before = doc[s.words.start - 1] if s.words.start > 0 else None
    determined = first.lower_ in LEGISLATURE_SHORT_FORM_DETERMINERS and len(s.words) > 1 \
        or before is not None and before.lower_ in LEGISLATURE_SHORT_FORM_DETERMINERS
    after = doc[s.words.end] if s.words.end < len(doc) else None
    qualifies = s.head.dep_ == "compound" or after is not None \
        and (after.pos_ in ("NOUN", "PROPN") or after.lower_ in LEGISLATURE_SHORT_FORM_QUALIFIED_NOUNS)
    return determined and not qualifies


def _a_second_chamber_told_of(spans: list[NameSpan]) -> bool:
    """'senators', 'the Senate', 'the Lok Sabha', 'the Kessa Legislative Council' anywhere in the article's
    paragraphs that name anything (SECOND_CHAMBER_TEXT_WORDS capitalised, SECOND_CHAMBER_MEMBER_NOUNS,
    SECOND_CHAMBER_NAMES): the legislature may have two chambers, or the article speaks of another one."""
    for doc in _docs_of(spans):
        for t in doc_tokens(doc):
            if t.lower_ in SECOND_CHAMBER_MEMBER_NOUNS or t.is_title and t.lower_ in SECOND_CHAMBER_TEXT_WORDS:
                return True
            if t.i > 0 and t.is_title and (doc[t.i - 1].lower_, t.lower_) in SECOND_CHAMBER_NAMES and doc[t.i - 1].is_title:
                return True
    return False


def _opened_on_another_place(s: NameSpan, body: NameSpan) -> bool:
    """'In Washington, the House …', 'At Kessa High School, the Assembly …': the short form's sentence opens on a
    place phrase (PLACE_ONLY_PREPS, capitalised words, a comma before the short form) whose capitalised words are
    not all the legislature's own ('In Ontario, the House' after 'the Ontario Legislative Assembly' is its own)."""
    sent = s.head.sent
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ not in PLACE_ONLY_PREPS:
        return False
    comma = next((t.i for t in sent if t.text == "," and first.i < t.i < s.words.start), None)
    if comma is None:
        return False
    own = set(norm(body.name).split())
    named = [t for t in sent.doc[first.i + 1:comma] if t.is_alpha and t.text[:1].isupper()]
    return any(norm(t.text) not in own for t in named)


def _names_a_chamber(name: str) -> bool:
    """'Kessa Legislative Assembly', 'Parliament', 'Orlen State House of Assembly', 'Kessa Senate', 'Congress', 'Lok
    Sabha', 'Kessa Legislative Council' (SECOND_CHAMBER_NAMES): a name whose head word is a chamber's
    (CHAMBER_HEADS_ONLY_WITH_A_LINK only with a link after it: not 'Parliament House', 'White House'), not that of a
    chamber's working group ('Assembly Committee on Health'), nor a party's or federation's name headed by a word
    that also heads those ('All Progressives Congress': CHAMBER_WORDS_ALSO_HEADING_PARTIES)."""
    words = norm(name).split()
    if tuple(words[-2:]) in SECOND_CHAMBER_NAMES:
        return True
    linked = _head_word_before_link(name)
    head = linked or (words[-1] if words else "")
    if head not in (ONE_WORD_CHAMBERS | LEGISLATURE_SECOND_CHAMBER_WORDS) - CHAMBER_GROUP_NOUNS:
        return False
    if head in CHAMBER_HEADS_ONLY_WITH_A_LINK and not linked:
        return False
    return head not in CHAMBER_WORDS_ALSO_HEADING_PARTIES or words[0] == head


def _names_a_legislature(name: str) -> bool:
    """'Parliament', 'Ontario Legislative Assembly', 'Kaduna State House of Assembly', 'Maltese Parliament': a
    chamber's name (`_names_a_chamber`) whose other words are a legislature's qualifiers (LEGISLATURE_QUALIFIERS)
    and at most one place's or country's name (the gazetteer's, or a country's adjective). Not a party's, a
    forum's, a church's, a meeting's or an international body's ('National Democratic Assembly', 'World Health
    Assembly', 'Kessa Youth Parliament', 'European Parliament'), nor a local council's ('Metropolitan Assembly')."""
    if not _names_a_chamber(name):
        return False
    rest = [w for w in name.split() if norm(w) not in LEGISLATURE_QUALIFIERS | ONE_WORD_CHAMBERS]
    if not rest:
        return True
    place = " ".join(rest)
    known = canonical(place)
    return is_known_place(place) or known is not None and known[1] == "country"


def named_as_an_owner(head: Token) -> bool:
    """'the app, owned by Pixo Holdings', 'its parent company, Pixo Group', 'Pixo Holdings, the
    app's owner': the firm is named as another's owner (OWNING_PARTICIPLES, OWNER_NOUNS)."""
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lower_ in OWNING_PARTICIPLES:
        return True
    if head.dep_ == "appos" and _an_owner_noun(head.head):
        return True
    return any(c.dep_ in ("appos", "compound", "nmod") and _an_owner_noun(c) for c in child_tokens(head))


def _an_owner_noun(token: Token) -> bool:
    """'owner', 'parent', or a noun they qualify ('parent company', 'parent group')."""
    return token.lemma_.lower() in OWNER_NOUNS or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in OWNER_NOUNS
                                                      for c in child_tokens(token))


def _one_word_of_letters(word: str) -> bool:
    """'Corran', 'Al-Mansoura', 'Kessa-Vale': letters only, a hyphen joining two runs of them one word."""
    return all(part.isalpha() for part in word.split("-"))


def _names_a_place_there(head: Token) -> bool:
    """'in Kessington', 'on Mill Road, Kessington': a word written as where something is, or as
    the town after a street's name, names the place, not the body whose name opens with it
    ('the Kessington Tenants' Association')."""
    street = head.head
    return is_location(head) or head.dep_ == "appos" and street.i < head.i \
        and street.lower_ in STREET_OR_FACILITY_WORDS and street.is_title


@functools.lru_cache(maxsize=4096)
def _department_form(name: str) -> tuple[tuple[str, ...], str | None, str | None]:
    """(subject words, department word, country) of a body's name: 'US Treasury' is
    (treasury, None, United States), 'the Department of the Treasury' and 'Treasury Department'
    are (treasury, department, None)."""
    words = norm(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    known = canonical(words[0]) if len(words) > 1 else None
    country = known[0] if known and known[1] == "country" else None
    if country:
        words = words[1:]
    head = None
    if len(words) > 2 and words[0] in DEPARTMENT_HEADS and words[1] == "of":
        head, words = words[0], words[2:]
        if words[:1] == ["the"]:
            words = words[1:]
    elif len(words) > 1 and words[-1] in DEPARTMENT_HEADS:
        head, words = words[-1], words[:-1]
    return tuple(words), head, country


def _one_department(a: str, b: str) -> bool:
    """'Justice Department' and 'Department of Justice', 'US Treasury' and 'Treasury Department':
    one subject, one department word at least (the same if both have one), and no two countries.
    A bare name ('the Treasury') joins no country's department: in a British story it is
    Britain's, not the 'US Treasury Department'."""
    (core_a, head_a, country_a), (core_b, head_b, country_b) = _department_form(a), _department_form(b)
    if not core_a or core_a != core_b or not (head_a or head_b) or head_a and head_b and head_a != head_b:
        return False
    if country_a and country_b:
        return country_a == country_b
    bare = (head_a, country_a) == (None, None) and country_b or (head_b, country_b) == (None, None) and country_a
    return not bare


def _named_by_its_fields(s: NameSpan) -> bool:
    """'Finance & Planning', 'Policy and Resources': a name made of capitalised common field words joined by
    '&' or 'and', a portfolio's among them (PORTFOLIO_FIELD_NOUNS); no firm of surnames ('Mason & Sons')."""
    words = [t for t in s.words if t.text != "&" and t.lower_ != "and"]
    return bool(words) and all(_a_field_of_no_place(t) and t.ent_type_ != "PERSON" for t in words) \
        and any(singular(t.lower_) in PORTFOLIO_FIELD_NOUNS or t.lower_ in PORTFOLIO_FIELD_NOUNS for t in words)


def _defined_by_bracketed(s: NameSpan, initials: str) -> bool:
    """'the Mayor and Town Council (M&TC)': the initials written in brackets right after the body's name."""
    doc, end = s.words.doc, s.words.end
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].text == initials and doc[end + 2].text == ")"


def _initials_joined_by_an_ampersand(name: str) -> str | None:
    """'F&P', 'M&TC': capitals joined by an '&' (the name's 'and'), as the name's initials ('fp', 'mtc');
    None for any other name."""
    if " " in name or "&" not in name[1:-1]:
        return None
    letters = name.replace("&", "")
    return letters.lower() if letters.isalpha() and letters.isupper() and len(letters) >= 2 else None


def _may_be_initials(s: NameSpan) -> bool:
    """Three capitals or more may be a body's initials; two only where they qualify a noun
    ('the WH statement') and are no common abbreviation or US state code ('AI firms', 'TV
    news', 'TX voters'), which would tie any capitalised pair to them."""
    letters = norm(s.name).replace(" ", "")
    if len(letters) >= 3:
        return True
    return len(letters) == 2 and modifies_a_common_noun(s.head) and letters not in two_letter_abbreviations()


@functools.lru_cache(maxsize=1)
def two_letter_abbreviations() -> frozenset[str]:
    """COMMON_TWO_LETTER_ABBREVIATIONS and the US states' postal codes (pycountry)."""
    import pycountry
    states = {sub.code.split("-")[1].lower() for sub in pycountry.subdivisions.get(country_code="US")}
    return frozenset(COMMON_TWO_LETTER_ABBREVIATIONS | states)


def _short_form_of(short: str, full: str) -> bool:
    """'intelligence committee' ends 'house intelligence committee'; 'harwell institute' is
    'harwell institute for international trade' before its 'for' or 'of'; 'public works' is the
    first of the fields after it, 'department of public works and highways' (as it ends
    'department of public works')."""
    words = full.split()
    link = next((n for n, w in enumerate(words) if w in NAME_PREPOSITIONS), None)
    return full.endswith(" " + short) or link is not None and (
        " ".join(words[:link]) == short or " ".join(words[link + 1:]).startswith(short + " and "))


def modifies_a_common_noun(token: Token) -> bool:
    """'the Baltic coastline', 'Baltic issues': the word only qualifies a lower-case noun, so
    it is no short form of a body whose name opens with it."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.is_lower and token.head.pos_ == "NOUN"


def is_source(token: Token) -> bool:
    """The subject of a speech verb, or X in 'according to X'."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ in SPEECH_VERBS:
        return True
    return named_after_according_to(token)


def modifies_a_work(token: Token) -> bool:
    """'the BBC's Morning Desk programme', 'the QX-7 program': the name's head only modifies
    a noun of a work or a scheme."""
    return token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ == "NOUN" \
        and token.head.lemma_.lower() in WORK_NOUNS


def is_broadcast_venue(token: Token) -> bool:
    """'told X Two's Nightline', 'told X Radio's Today programme', 'speaking on X Radio': a channel
    named as the owner of the programme a speaker talks to, or as where a speaker speaks, is
    where the words went out (a programme or a person it owns, 'X's Ann Lowe', is no venue)."""
    if token.dep_ == "poss":
        owned = token.head
        if owned.ent_type_ == "PERSON" or owned.pos_ != "PROPN" and owned.lemma_.lower() not in WORK_NOUNS:
            return False
        return spoken_to_or_on(owned)
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head                      # 'shown on X One and X News 24'
    return spoken_to_or_on(token, BROADCAST_ON_PREPOSITIONS)


def spoken_to_or_on(noun: Token, preps=BROADCAST_ON_PREPOSITIONS | BROADCAST_TO_PREPOSITIONS) -> bool:
    """The object of 'told', or of 'on'/'to' after a verb or noun of speaking, or of 'on' after
    a verb of showing ('shown on X News 24')."""
    head = noun.head
    if noun.dep_ in ("dobj", "dative") and head.lemma_.lower() in TELLING_VERBS:
        return True
    return noun.dep_ == "pobj" and head.lower_ in preps and head.head.lemma_.lower() in BROADCAST_SPEECH_WORDS \
        | (BROADCAST_SHOWING_VERBS if head.lower_ in BROADCAST_ON_PREPOSITIONS else set())


def in_broadcast_title(token: Token) -> bool:
    """'told X Radio's Drive with Sam Hollis': a name after 'with' in the title of a programme
    a speaker talks to is part of that title."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ == "PROPN" \
        and any(c.dep_ == "poss" and is_broadcast_venue(c) for c in child_tokens(prep.head))


def a_place_one_lives_in(name: Sequence[Token]) -> bool:
    """'Ashcombe Road resident Pat Dunn', 'Brenmoor Estate resident X', 'Kelby resident X' (Kelby typed GPE):
    a name right before a lone lower-case noun of one who lives somewhere (PLACE_QUALIFIED_RESIDENT_NOUNS)
    that is a place by the recogniser's type (GPE, LOC, FAC) or by its head word (RESIDENCE_PLACE_NAME_HEADS)
    and holds no body's word is where that person lives. Not where a title follows the noun ('X resident
    Dr Ann Lowe': a junior doctor's post, the name a hospital's or a university's), nor 'a Kelby resident
    engineer' (the noun qualifies another). The one test of this reading, for the role (roles) and the page
    (actors._drop_locations)."""
    last = name[-1]
    doc = last.doc
    if last.i + 2 >= len(doc):
        return False
    noun, after = doc[last.i + 1], doc[last.i + 2]
    return noun.is_lower and noun.tag_ == "NN" and noun.lemma_.lower() in PLACE_QUALIFIED_RESIDENT_NOUNS \
        and not (after.pos_ == "NOUN" and after.is_lower) and after.lower_.rstrip(".") not in TITLE_WORDS \
        and not any(t.lower_ in ORG_OR_GENERIC_BODY_WORDS for t in name) \
        and (last.ent_type_ in ("GPE", "LOC", "FAC") or last.lower_ in RESIDENCE_PLACE_NAME_HEADS)


def is_location(token: Token) -> bool:
    """The object of 'in', 'at', 'near' …, also as the second of a pair ('in Damietta and Idku')
    or after its town ('in Bratislava, Slovakia'); or of 'of' after a part of a place ('the
    Darfur region of Sudan', 'off the coast of Somalia')."""
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    if token.dep_ != "pobj" or is_source(token):
        return False
    prep = token.head
    return prep.lower_ in LOCATIVE_PREPS or prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_PART_NOUNS


def is_destination(token: Token, verbs=PLACE_OBJECT_VERBS) -> bool:
    """The object of a verb of going somewhere: 'the militia entered X and Y', 'touring the Oval Office'."""
    while token.dep_ in ("conj", "appos") and token.head.i < token.i or token.head.i == token.i - 1 \
            and token.head.is_title and token.dep_ != "compound":
        token = token.head              # also over a two-word name parsed as a verb and its object ('Tell Marun')
    return token.dep_ == "dobj" and token.head.lemma_.lower() in verbs


def after_a_party_label_in_brackets(span: NameSpan, any_first_item: bool = False) -> bool:
    """The name closes a bracket after a person's name, after a comma or a hyphen that follows the
    bracket's first item: '(KDP, Kessa North)', '(KDP-Kessa North)'; also a seat of two places the
    gazetteer knows joined by 'and' ('(KDP, Bingley and Shipley)': the first of them), and a name the
    recogniser read over the whole bracket, a party's label the lexicon knows and the seat in one
    ('(Lab-Corvale)', '(Con, Corvale)'). Where the recogniser cut the seat from the bracket's first item, that
    item is a party's label the lexicon knows too, unless `any_first_item` ('(MD-Nexora)': a post's letters
    and the firm, which the reading of a body's name after a person keeps)."""
    doc, start, end = span.words.doc, span.words.start, span.words.end
    if start < 2:
        return False
    whole = doc[start - 1].text == "("
    if whole:
        start = _after_a_party_label(doc, start, end)
        if start is None:
            return False
    elif start < 4 or doc[start - 1].text != "," and doc[start - 1].text not in HYPHENS:
        return False
    elif not any_first_item and not any(doc[i].text == "(" and _is_a_known_party_label(doc[i + 1:start - 1].text)
                                        for i in range(max(0, start - 4), start - 2)):
        return False
    end = _past_a_joined_place_in_brackets(doc, start, end)
    if end >= len(doc) or doc[end].text != ")":
        return False
    if whole and (any(t.lower_ in ORG_HEADS for t in doc[start:end]) or is_country_name(doc[start:end].text)):
        return False        # '(Lab, Kessa Trust)', '(R-India)' read whole: a body, a country
    opening = next((t for t in reversed(doc[max(0, start - 6):start - 1]) if t.text in "(,"), None)
    return opening is not None and opening.text == "(" and opening.i > 0 and doc[opening.i - 1].ent_type_ == "PERSON"


def _past_a_joined_place_in_brackets(doc: Doc, start: int, end: int) -> int:
    """'(KDP, Bingley [and Shipley])': the index of the bracket's close where 'and' and capitalised
    words alone stand between the name's end and it, and both the name and those words are places the
    gazetteer knows, with no body's head word; else `end` itself ('(CEO, Orwin Motors and Kessa Foods)':
    two firms)."""
    if end + 2 < len(doc) and doc[end].lower_ in TITLE_FIELD_JOINS:
        i = end + 1
        while i < len(doc) and i <= end + 4 and doc[i].is_title:
            i += 1
        if i > end + 1 and i < len(doc) and doc[i].text == ")" \
                and all(is_known_place(part.text) and not any(t.lower_ in ORG_HEADS for t in part)
                        for part in (doc[start:end], doc[end + 1:i])):
            return i
    return end


def _after_a_party_label(doc: Doc, start: int, end: int) -> int | None:
    """'(Lab-Corvale)', '(Con, Corvale)', '(R-Ohio)' read as one name: where the name opens with a party's
    label the lexicon knows (BRACKETED_PARTY_LABELS, PARTY_CODES) and a comma or a hyphen follows it, the
    index of the seat's first word after them; else None ('(MD-Nexora)': a post's letters and the firm;
    '(UN-Habitat)': the body's own name)."""
    joint = next((j for j in range(start + 1, min(start + 3, end)) if doc[j].text == "," or doc[j].text in HYPHENS), None)
    if joint is None or not _is_a_known_party_label(doc[start:joint].text):
        return None
    if joint + 1 >= end or not doc[joint + 1].is_title:
        return None
    return joint + 1


def _is_a_known_party_label(text: str) -> bool:
    """'Con', 'Lib Dem', 'R': a party's short label the lexicon knows as one (BRACKETED_PARTY_LABELS, PARTY_CODES)."""
    return text in BRACKETED_PARTY_LABELS or text in PARTY_CODES


def reads_as_a_place(token: Token) -> bool:
    """The name ending at `token` reads as a place's: its head word is a region's or a seat's
    (PLACE_NAME_HEAD_WORDS: 'Kessa Central', 'Kelby ward'), the gazetteer knows it, or the recogniser typed it
    whole a place (GPE, LOC)."""
    name = name_ending_at(token)
    first = entity_at(token.doc[token.i - len(name.split()) + 1])
    return token.lower_ in PLACE_NAME_HEAD_WORDS or is_known_place(name) \
        or first is not None and first is entity_at(token) and first.label_ in ("GPE", "LOC")
    #        (the whole name, not its last word: 'Reform UK' is no place for its 'UK')


def names_the_seat_before_its_title(token: Token) -> bool:
    """'Kessa North legislator Tom Reed', 'the Orwin County lawmaker', 'Harbury constituency councillor X',
    'the Kessa Central MP': a name the parse joins as the compound of a seat holder's title
    (SEAT_TITLES_BEFORE_FOR), straight or past the lower-case noun of an electoral unit, is the seat the member is
    elected for where it reads as a place (`reads_as_a_place`, or a subdivision's head word: 'Orwin County'; the
    electoral unit's noun says so of any name) and names no country. A party's name stands there as often ('the KDP MP', 'Labour councillor X', 'Likud
    lawmaker X') and reads as no place; a body's name is written with its own noun between ('Kessa Trust board
    member X', 'Orwin Assembly member X'), which stops the reading. Read by
    actors.a_members_seat and by roles._entity_key, which makes no body of the seat."""
    title = token.head
    while token.i + 1 < title.i and token.doc[token.i + 1].head.i == title.i and token.doc[token.i + 1].dep_ == "compound" \
            and not token.doc[token.i + 1].is_lower:
        token = token.doc[token.i + 1]      # 'Kessa [North]': from the name's first word to its last
    if title.lemma_ in ELECTORAL_UNIT_NOUNS and title.dep_ == "compound" and title.head.i > title.i:
        title = title.head                  # 'Harbury constituency councillor' parsed as a chain
    if token.dep_ not in ("compound", "nmod") or title.i <= token.i or title.lower_ not in SEAT_TITLES_BEFORE_FOR:
        return False
    between = token.doc[token.i + 1:title.i]
    if any(not (t.is_lower and t.lemma_ in ELECTORAL_UNIT_NOUNS) for t in between):
        return False
    name = name_ending_at(token)
    return bool(name) and not is_country_name(name) and (len(between) > 0 or reads_as_a_place(token)
                                                          or token.lower_ in SUBDIVISION_NAME_HEADS and len(name.split()) > 1)


def _opens_a_laws_name_before_its_bracket(ent: Span) -> bool:
    """'the [Harbour Levies] (Amendment) Bill', '[Public Roads] (Tolls and Fees) Act 2024', '[The Levies
    (Amendment] Bill': the recogniser stops a law's name at or inside the bracket of its amendment or subject,
    so what it reads before the bracket is the opening of that law's name, no actor, and the law's head word
    after the bracket ('[Bill] 2025', read as a person's name) is no one. The law's name is read across the
    bracket by the law-name reader (`names_a_thing`, with its given-name guards: 'Ann Bill' may be a person's
    name) and the head word must open no person's name ('(left) Bill Okafor', '(Civic Party) Law Chi-kwong':
    `_heads_a_longer_persons_name`). A name typed as a person's before the bracket ('Ann Lowe (34)') and a
    head word with a surname after it ('Bill Okafor') are never refused."""
    doc = ent.doc
    opening = next((t.i for t in doc[ent.start:min(ent.end + 1, len(doc))] if t.text == "("), None)
    if opening is not None and opening > ent.start:
        head = _a_laws_head_after_its_bracket(doc, opening)
        return ent.label_ != "PERSON" and head is not None and doc[opening - 1].lower_ not in ORG_HEADS \
            and names_a_thing(f"{span_text(doc[ent.start:opening])} {head.text}")
        #        (a law named after a body keeps the body's name, closed by its head word: '[Kessa Ports
        #        Authority] (Amendment) Bill')
    if ent[0].lower_ in LAW_HEADS and all(t.like_num for t in ent[1:]) and ent.start > 2 and doc[ent.start - 1].text == ")":
        opening = next((i for i in range(ent.start - 2, max(ent.start - 8, 0), -1) if doc[i].text == "("), None)
        head = _a_laws_head_after_its_bracket(doc, opening) if opening else None
        if head is None or head.i != ent.start:
            return False
        first = opening
        while first > 0 and doc[first - 1].is_title and doc[first - 1].is_alpha:
            first -= 1                  # 'the [Harbour Levies] (…) Bill': the law's words before the bracket
        return first < opening and names_a_thing(f"{span_text(doc[first:opening])} {ent[0].text}")
    return False


def _a_laws_head_after_its_bracket(doc: Doc, opening: int) -> Token | None:
    """The law's head word (LAW_HEADS) right after the bracket opening at `opening`, where the bracket holds a few
    words and no letters of a name ('(Amendment)', '(Tolls and Fees)', '(No. 2)'; not '[Kessa Water Board] (KWB)
    Act', whose letters stand for the body) and the head word opens no person's name ('(left) Bill Okafor')."""
    close = next((i for i in range(opening + 1, min(opening + 7, len(doc))) if doc[i].text == ")"), None)
    if close is None or close == opening + 1 or close + 1 >= len(doc):
        return None
    after = doc[close + 1]
    if any(t.is_upper and len(t.text) > 1 and t.is_alpha for t in doc[opening + 1:close]) \
            or not (after.is_title and after.lower_ in LAW_HEADS) or _heads_a_longer_persons_name(after):
        return None
    return after


def _a_shouted_lead_word(ent: Span) -> bool:
    """'TENANTS along the canal face …', 'COMMUTERS on the coast line lost …': the first word of a
    paragraph set in capitals (a lede's typographic style) before lower-case words is a common noun in the plural,
    no name: one word of five letters or more, ending in a plural's 's', whose singular (the word without its
    plural's ending, `_singulars_of_a_plural`) is a noun of the model's word list or of one named by what they
    do (DOER_NOUN_ENDINGS: 'vendors'); a firm's or a team's name in capitals is no plural of a common noun
    ('SIEMENS', 'AIRBUS', 'WILLIAMS' stay actors); an acronym is seldom so long, plural and a word ('UNAIDS',
    'FASANOC' are none). Only where a preposition follows the word right after (its phrase goes on in lower
    case) and it is no speaker's subject ('NABUS said', 'NABUS in Kessa said')."""
    word, doc = ent[0], ent.doc
    if len(ent) != 1 or not (word.is_upper and word.is_alpha and len(word.text) >= 5 and word.text.endswith("S")):
        return False
    if ent.end >= len(doc) or not (doc[ent.end].is_lower and doc[ent.end].pos_ == "ADP") or any(t.is_alpha for t in doc[:ent.start]):
        return False            # 'TENANTS along …', 'COMMUTERS on …': the plural's phrase goes on
    if word.head.lemma_.lower() in SPEECH_VERBS:
        return False            # 'NABUS in Kessa said …': a body that speaks
    return any(is_common_word(one) or one.endswith(DOER_NOUN_ENDINGS) for one in _singulars_of_a_plural(word.lower_))


def _singulars_of_a_plural(word: str) -> set[str]:
    """'tenants' → 'tenant', 'communities' → 'community', 'taxes' → 'tax': the singulars a lower-case word
    in '-s' may be the plural of; none for a word whose '-s' is no plural's ('siemens', 'airbus', 'williams',
    whose cut forms 'siemen', 'airbu', 'william' are no common nouns: the caller tests them)."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return set()
    ones = {word[:-1]} | set(_SINGULARS_OF_IRREGULAR_PLURALS.get(word, ()))
    if word.endswith("ies"):
        ones.add(word[:-3] + "y")
    if word.endswith("es"):
        ones.add(word[:-2])
    return ones
