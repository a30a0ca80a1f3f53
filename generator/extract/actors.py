"""Actors of one article: named people, organisations and countries, merged within the
article, with the role and affiliation that titles, appositions and possessives give them.

The names come from actor_names.py (the recogniser's names, repaired), roles and
affiliations from roles.py; this module makes them one index of actors and keeps places
only when they act.
"""
from __future__ import annotations

import functools
import re

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..lexicon import OFFICE_OR_STATE_ROLE_NOUNS
from ..lexicon import NATURAL_FEATURE_WORDS, EVENT_NAME_HEADS, ORG_KIND_NOUNS, PLURAL_SUBJECT_PRONOUNS, POST_NOUNS
from ..lexicon import CANDIDACY_NOUNS, TITLE_LETTERS_BEFORE_A_NAME
from ..lexicon import PORTFOLIO_FIELD_NOUNS, TITLE_FIELD_PREPOSITIONS, OWNED_SITE_NOUNS, PREMISES_NAME_HEADS, CAMPUS_HEADS, WORKPLACE_VERBS, MEMBERS_INSTITUTION_HEADS
from ..lexicon import ORG_OR_GENERIC_BODY_WORDS, BODY_KINDS_OFTEN_WITHIN_ANOTHER, SUBDIVISION_NAME_HEADS
from ..lexicon import LOCAL_GOVERNMENT_ACT_VERBS_OF_NO_OBJECT, LOCAL_GOVERNMENT_INSTRUMENT_NOUNS, CURRENCY_MARKS
from ..lexicon import LOCAL_GOVERNMENT_HEADS_BEFORE_OF, LOCAL_GOVERNMENT_ACT_VERBS, LOCAL_GOVERNMENT_POST_NOUNS, POST_BODY_PREPOSITIONS, DESCRIPTION_ONLY_ROLES
from ..lexicon import DESCRIBED_BODY_PREPOSITIONS, MEMBER_SEAT_PREPOSITIONS, SEAT_TITLES_BEFORE_FOR, SEAT_TITLES_OF_ANY_SEAT_NAME, PLACE_QUALIFIED_PERSON_NOUNS, PLACE_QUALIFIED_RESIDENT_NOUNS, ORG_OR_COMPANY_NOUNS, OFFICE_PARTICIPLES, NOUNS_A_PERSONS_NAME_QUALIFIES, BODY_OR_TRADE_NOUNS
from ..lexicon import (BROUGHT_BEFORE_PREPOSITIONS, THING_PRONOUNS, UNIT_BODY_PREPOSITIONS, MONTHS, WEEKDAY_NAMES, HYPHENS, DASHES, ECONOMY_QUALIFIED_NOUNS, PLACE_REPORTING_VERBS, REGION_OFFICER_NOUNS, REGION_KIND_GOVERNMENT_HEADS, POST_QUALIFIERS_OF_NO_BODY, ADDRESSED_MESSAGE_NOUNS, PART_OWNER_PREPOSITIONS, BUILDING_PART_NOUNS, BUILDING_PART_PREPOSITIONS, BODY_SEAT_BUILDING_HEADS, PRESS_AUDIENCE_NOUNS, CUSTODY_PLACE_NAME_ENDINGS, CUSTODY_ACT_NOUNS, HOSPITAL_PART_NOUNS, CARE_BODY_NAME_ENDINGS, MEMBER_TITLE_ABBREVIATIONS, DOCUMENT_CARRYING_VERBS, SCOOP_VERBS, SCOOP_ADVERBS, PRESENT_NEWS_VERBS, VOICE_BODY_PREPOSITIONS, OFFICE_SCOPE_WORDS, PARTY_REPRESENTATIVE_NOUNS, REACHING_OUT_VERBS, GENERIC_REGION_WORDS, POST_NOMINAL_LETTERS, CARE_BODY_WORDS, DEFINING_PARTICIPLES, BODY_DESCRIPTION_NOUNS, CARE_RECEIVING_VERBS, PATIENT_MOVING_VERBS, PATIENT_PLACE_PREPOSITIONS, UPPER_AND_LOWER_HOUSE_NAMES, ARTICLES, LONG_STEM_TRADE_WORDS, HOLDING_HEADS, HOLDING_PREPOSITIONS, LEGAL_FORMS, CHAMBER_PART_NOUNS, MANY_STATES_QUALIFIERS, RULEBOOK_NOUNS, ELECTORAL_UNIT_NOUNS, SCHEME_NAME_HEADS, SCHEME_TALKED_OF_PREPOSITIONS, BYLINE_WORD, BYLINE_SEPARATORS, BYLINE_NAME_LINKS, CHANGE_VERBS, INDEX_NOUNS, MARKET_CLOSE_VERBS, AUDIENCE_VERBS, BROUGHT_TO_NOUNS_AND_VERBS, CHAMBER_AND_COURT_HEADS, BRACKETED_PARTY_LABELS, CORPORATE_MODIFIED_NOUNS, CORPORATE_POST_NOUNS, BROADCAST_ON_PREPOSITIONS, GATHERING_PLACE_HEADS, DECIDING_VERBS, DEMONYM_ENDINGS, FRAMENET_JUDGMENT, OBJECT_CUES, GATHERING_NOUNS, LAW_PART_NOUNS, LOCAL_UNIT_NOUNS, GENERIC_BODY_WORDS, INDEFINITE_ARTICLES, ISSUED_DOCUMENT_NOUNS, MEMBER_BODY_PREPOSITIONS, EXPERT_MEMBER_NOUNS, PARTY_MEMBER_PLURALS, BODY_ORGAN_NOUNS, BODY_VOICE_NOUNS, ONE_WORD_CHAMBERS, CHAMBER_GROUP_NOUNS, CUSTODY_PLACE_WORDS, CUSTODY_PREPOSITIONS, CUSTODY_VERBS, UNIT_HEAD_TITLES, IMPERSONAL_IT_VERBS, BODY_OF_ITS_OWN_ENDINGS, COMMON_TWO_LETTER_ABBREVIATIONS, TITLE_WORDS, WRITER_NOUNS,
                       MEMBER_NOUNS, MEMBERSHIP_NOUNS, NATIONAL_PUBLIC_NOUNS, NATIONAL_TRADE_NOUNS, NATIONAL_ECONOMY_NOUNS, NATIONAL_ECONOMY_VOICE_NOUNS, NATIONAL_VOICE_NOUNS, ORG_HEADS, ORGAN_HEADS, PATHOGEN_NOUNS, PLACE_ONLY_PREPS, PLATFORM_VERBS, SOURCE_AUTHOR_PREPOSITIONS, SOURCE_NOUNS,
                       REGIONAL_WORDS, SETTING_NOUNS, SEATED_STATE_VOICES, SEVERAL_PER_STATE, SPEECH_VERBS, STATE_BODIES, BROADCAST_TO_PREPOSITIONS, INTERVIEW_PREPOSITIONS, NEWS_GATHERING_VERBS, PERFECT_NEWS_GATHERING_VERBS, FIRM_KIND_NOUNS, ROLE_NOUNS, PUBLICATION_HEADS, LEADER_NAMED_STATE_BODIES, STATE_BODY_NOUNS, STATE_BODY_QUALIFIERS, STATE_SEATS,
                       SIGN_NOUNS, STATE_FUNDED_OUTLET_NOUNS, REFERENCE_NOUNS, FIGURE_HANDING_PARTICIPLES, TELLING_VERBS, INTERVIEWING_VERBS, SEAT_BUILDING_HEADS, PORTFOLIO_OFFICES, PORTFOLIO_PARTY_NAMES, STORM_MODIFIERS, STORM_NOUNS, THING_HEADS, VENUE_HEADS, WORK_NOUNS)
from ..model import Mention, MentionSpan
from ..names import written_inside_a_longer_name, is_a_subdivisions_name, subdivision_kind, NameLookup, all_initials, canonical, firm_stem, initials, name_head, is_acronym, is_given_name, norm, without_legal_form
from .actor_names import (a_place_one_lives_in, after_a_party_label_in_brackets, names_the_seat_before_its_title, reads_as_a_place, qualifies_a_post_before_its_holder, region_head_before_of, a_field_serving_a_place, spoken_to_or_on, NameSpan, qualifies_a_noun_after, in_apposition_to_a_common_noun, find_name_spans, named_as_an_owner, in_broadcast_title, is_broadcast_venue, is_destination, is_location,
                          is_source, its_own_initials, modifies_a_work, near_a_persons_pronoun)
from .datelines import BODY_WORDS as DATELINE_BODY_WORDS
from .evidence import capital_of, is_country_name, is_known_place, is_sovereign_state, names_an_address, state_of_region
from .parse import ParsedArticle, joined_to_a_base, child_tokens, doc_ents, doc_text, doc_tokens, entity_at, inside_quotation_marks, is_common_word, sentences_around
from .titles import PERSON_ROLE_WORDS, TITLE_VOCABULARY, address_style_ending_at, holds_the_lettered_title, letters_the_article_writes_out, lettered_title, singular
from .roles import main_country, main_country_named_only_by_its_trade, add_role, add_body_role, note_kinds_written_with, drop_guesses_for_a_qualified_country, guess_the_state_of_bare_offices, guess_the_region_of_bare_regional_offices, guess_the_body_of_one_kind_posts, state_of_body

if TYPE_CHECKING:
    from .whoiswho import WhoIsWho      # (whoiswho.py reads this module: for the annotation only)


# Unions of lexicon sets that functions below test against, united once at import rather than per call.
_TITLE_OR_MEMBER_ABBREVIATIONS = TITLE_WORDS | MEMBER_TITLE_ABBREVIATIONS
_SPEECH_OR_OBJECT_CUE_VERBS = SPEECH_VERBS | OBJECT_CUES
_MEMBER_WORDS = MEMBER_NOUNS | MEMBERSHIP_NOUNS
_BROADCAST_OR_INTERVIEW_PREPOSITIONS = BROADCAST_TO_PREPOSITIONS | INTERVIEW_PREPOSITIONS
_STATE_BODY_WORDS = STATE_BODIES | STATE_BODY_NOUNS
_PLACE_PREPS_OR_OF = PLACE_ONLY_PREPS | {"of"}
_BODY_ORGAN_OR_VOICE_NOUNS = BODY_ORGAN_NOUNS | BODY_VOICE_NOUNS
_CARE_OR_PATIENT_MOVING_VERBS = CARE_RECEIVING_VERBS | PATIENT_MOVING_VERBS
_CHAMBER_COURT_OR_HOUSE_HEADS = CHAMBER_AND_COURT_HEADS | UPPER_AND_LOWER_HOUSE_NAMES
# The last words of the name of a building, a site or premises, which a body may run or stand for but
# which is named as a place where something happens: seats, venues, halls, plants, hospitals, prisons.
_BUILDING_OR_SITE_HEADS = (SEAT_BUILDING_HEADS | VENUE_HEADS | GATHERING_PLACE_HEADS | OWNED_SITE_NOUNS
                           | PREMISES_NAME_HEADS | CARE_BODY_WORDS | CUSTODY_PLACE_WORDS | BODY_SEAT_BUILDING_HEADS) \
    - CAMPUS_HEADS - MEMBERS_INSTITUTION_HEADS
_FEATURE_OR_EVENT_NAME_HEADS = (NATURAL_FEATURE_WORDS | EVENT_NAME_HEADS) - ORG_KIND_NOUNS - _BUILDING_OR_SITE_HEADS
_THING_OR_GROUP_PRONOUNS = THING_PRONOUNS | PLURAL_SUBJECT_PRONOUNS
_POST_OR_WORK_WORDS = POST_NOUNS | WORKPLACE_VERBS
_BUILDING_PLACE_OR_EVENT_HEADS = _BUILDING_OR_SITE_HEADS | _FEATURE_OR_EVENT_NAME_HEADS
_CHAMBER_PART_OR_MEMBER_WORDS = CHAMBER_PART_NOUNS | MEMBER_NOUNS | MEMBERSHIP_NOUNS
_SPEECH_OBJECT_CUE_OR_DECIDING_VERBS = SPEECH_VERBS | OBJECT_CUES | DECIDING_VERBS
_NATIONAL_VOICE_OR_MEMBER_WORDS = NATIONAL_VOICE_NOUNS | MEMBER_NOUNS | MEMBERSHIP_NOUNS
_HYPHENS_OR_DASHES = HYPHENS | DASHES
_NATIONAL_VOICE_OR_STATE_QUALIFIER_WORDS = NATIONAL_VOICE_NOUNS | STATE_BODY_QUALIFIERS
_SOURCE_OR_DOCUMENT_NOUNS = SOURCE_NOUNS | ISSUED_DOCUMENT_NOUNS
_WORK_OR_THING_NOUNS = WORK_NOUNS | THING_HEADS
_CHANGE_OR_MARKET_CLOSE_VERBS = CHANGE_VERBS | MARKET_CLOSE_VERBS



@dataclass
class ActorIndex:
    """The article's actors, and which token of the text names which of them."""
    mentions: dict[str, Mention] = field(default_factory=dict)
    by_token: dict[tuple[int, int], str] = field(default_factory=dict)
    order: list[tuple[int, int, str]] = field(default_factory=list)  # (sentence, char offset, key), in text order
    spans: list[MentionSpan] = field(default_factory=list)           # the words that name each actor
    names: NameLookup = field(default_factory=lambda: NameLookup(known_names=True))
    kinds_written_with: dict[tuple[int, int], set[str]] = field(default_factory=dict)  # a body's kind nouns, by its head
    kinds_of_activity: dict[tuple[int, int], set[str]] = field(default_factory=dict)   # the doer's nouns of what a
    #                                           clause on a body says it does ('X, which runs the trams': operator), by its head
    headline_roles: set[str] = field(default_factory=set)   # people whose role so far is the headline's words
    guessed_states: set[str] = field(default_factory=set)   # countries only a guess of a bare body's state made
    writers: set[str] = field(default_factory=set)          # the writer's outlet's names (norm): it holds no position
    who_is_who: WhoIsWho | None = field(default=None, repr=False, compare=False)   # the article's list of who is who,
    #                                                        built by whoiswho.py on its first ask (once per article)
    trade_countries: list[str] = field(default_factory=list)  # 'Kessan makers': the country whose trade, once a use
    first_mentions: tuple[tuple[int, int], dict[str, tuple[int, int]]] | None = field(default=None, repr=False, compare=False)
    #                                           each actor's first (sentence, char), memoised with the order list's (id, length)
    before_a_company_subject: list[int] | None = field(default=None, repr=False, compare=False)
    #                                           the sentences the next of which has a bare 'the company' as its main
    #                                           subject (roles.py's `_taken_up_as_a_company`; the parse's alone, made once)
    businesses: set[str] = field(default_factory=set, repr=False, compare=False)
    #                                           the organisations the article shows to be businesses though their names
    #                                           say no kind (bodies.py's `note_businesses`, read by `kinds_of`)
    body_kinds: dict[str, set[str]] = field(default_factory=dict, repr=False, compare=False)
    #                                           by organisation, the kind nouns it may be called by (bodies.py's
    #                                           `_kinds_named`, memoised; emptied by `forget_body_kinds`)

    def is_the_writer(self, speaker: str) -> bool:
        """'The Kessa Daily' (reports that …) where the Kessa Daily is the outlet that writes the story."""
        return norm(_without_leading_article(speaker)) in self.writers

    def key_for(self, parsed: ParsedArticle, token: Token) -> str | None:
        return self.by_token.get(parsed.token_key(token))

    def find(self, text: str) -> str | None:
        """The key of the actor a name refers to, by any of its forms."""
        return self.names.find(text)

    def bodies_headed_by(self, word: str) -> list[str]:
        """The organisations whose name's head is `word` ('ministry': 'Ministry of Health')."""
        return [key for key, m in self.mentions.items() if m.type == "organization" and name_head(m.name) == word]

    def add(self, name: str, kind: str, surface: str | None = None) -> str:
        """The actor named `name`, made if new; `surface` (as written) becomes an alias once
        tidied: 'The Zembian' of 'The Zembian president' is the form 'Zembian'."""
        key = self.find(name) or name
        mention = self.mentions.setdefault(key, Mention(key=key, name=name, type=kind))
        self._add_forms(mention, [name, _without_leading_article(surface) if surface else name])
        return key

    def _add_forms(self, mention: Mention, forms: list[str]) -> None:
        self.names.add(mention.key, mention.name)
        for form in forms:
            if form != mention.name and form not in mention.aliases:
                mention.aliases.append(form)
            self.names.add(mention.key, form)


def _initials_in_capitals(acronym: str) -> bool:
    """'KFA', 'DOR-4': initials written in capitals (not a bracketed word, 'Sias', nor a qualifier),
    no title's, member's post's or common abbreviation ('CEO', 'MP': a post, 'OK') that other names would be read as."""
    letters = acronym.split("-")[0].replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper() \
        and letters.lower() not in _TITLE_OR_MEMBER_ABBREVIATIONS and letters.lower() not in COMMON_TWO_LETTER_ABBREVIATIONS


def _without_leading_article(surface: str) -> str:
    first, _, rest = surface.partition(" ")
    return rest if rest and first.lower() in ARTICLES else surface


def find_actors(parsed: ParsedArticle) -> ActorIndex:
    found = find_name_spans(parsed)
    trade = [_a_countrys_trade(s) for s in found]
    spans = [s for s, of_trade in zip(found, trade) if not _a_countrys_public(s) and not of_trade]
    _bodies_the_text_calls_it(spans)
    _join_firms_named_without_their_legal_form(spans, parsed)
    _short_forms_of_firms_the_text_calls_it(spans)
    _join_firms_named_by_their_first_word(spans)
    spans = _acronyms_of_names_cut_short(spans)
    spans = _bodies_named_with_a_country_last(spans)
    _units_named_by_a_bodys_initials(spans)
    governing = _regions_whose_government_acts(parsed, spans)
    index = ActorIndex()
    index.trade_countries = [s.key for s, of_trade in zip(found, trade) if of_trade]
    for span in spans:
        if span.kind == "place":
            continue
        kind = "organization" if span.kind == "org" else span.kind
        m = index.mentions.setdefault(span.key, Mention(key=span.key, name=span.key, type=kind))
        index._add_forms(m, [span.surface, span.name])
        if span.acronym and span.acronym not in m.acronyms:
            m.acronyms.append(span.acronym)
        if span.acronym and span.kind == "org" and _initials_in_capitals(span.acronym) and not span.agreement \
                and span.acronym not in m.aliases:
            m.aliases.append(span.acronym)      # '… Organization (FAO)': a form written, shown (not looked up by)
        index.by_token[parsed.token_key(span.head)] = span.key
        for t in span.words:        # a name that took in the recogniser's neighbouring entity
            if t.ent_type_ and not _same_entity(t, span.head) \
                    or t.dep_ == "conj" and t.head.i in range(span.words.start, span.words.end):
                index.by_token.setdefault(parsed.token_key(t), span.key)    # ('United Nations Educational, …',
                #                                              the parser's second subject in 'Lowe & Lowe said')
        index.order.append((span.sentence, parsed.char(span.head), span.key))
    index.order.sort()
    _add_the_country_only_its_trade_names(parsed, index)
    _drop_locations(parsed, index, spans, governing)
    _drop_constituencies_in_brackets(index, spans)
    _drop_idle_agreements(index, spans)
    _drop_letters_of_a_rank(index, spans)
    _drop_participles_of_a_post(index, spans)
    _drop_countries_inside_names(index, spans)
    _drop_countries_opening_a_bodys_name(parsed, index, spans)
    _drop_kinds_of_things(parsed, index, spans)
    _drop_adjectives_of_a_states_body(index, spans)
    _drop_diseases(index, spans)
    _drop_venues_listed_with_facilities(index, spans)
    _drop_shorthand_in_quotations(index, spans)
    _drop_names_on_signs(index, spans)
    _drop_named_storms(index)
    _drop_the_writers_outlet(parsed, index, spans)
    _drop_writers_named_in_the_byline(parsed, index, spans)
    _a_persons_initials_in_brackets(index, spans)
    index.spans = [(s.sentence, *parsed.sentence_offsets(s.sentence, s.words), s.key)
                   for s in spans if s.kind != "place" and s.key in index.mentions]
    for span in spans:
        note_kinds_written_with(parsed, index, span)
    for span in spans:
        if span.kind == "person" and span.key in index.mentions:
            add_role(parsed, index, span)
    _bracketed_labels_as_their_parties(index, spans)
    _officers_of_the_region_named_with_them(index, spans)
    _offices_written_by_their_initials(index, spans)
    _drop_offices_written_as_letters(parsed, index, spans)
    guess_the_body_of_one_kind_posts(parsed, index, spans)     # (before courts named only as venues go)
    _drop_chambers_and_courts_named_as_venues(parsed, index, spans)
    _drop_buildings_named_only_as_venues(parsed, index, spans)     # (after roles: one's affiliation stays)
    _drop_chambers_named_for_their_committees(parsed, index, spans)
    _drop_chambers_named_for_their_party_members(parsed, index, spans)
    _drop_regions_named_only_by_their_officers(parsed, index, spans)
    _drop_idle_names(parsed, index, spans)
    _drop_schemes_named_by_their_head(index, spans)
    _drop_pots_and_registers(index, spans)
    guess_the_state_of_bare_offices(parsed, index, spans)
    for mention in list(index.mentions.values()):
        if mention.type == "organization" and not mention.affiliation:
            mention.affiliation, mention.affiliation_fallback = state_of_body(parsed, index, mention)
    guess_the_region_of_bare_regional_offices(parsed, index, spans)     # (after the regions its bodies name)
    _drop_bare_body_nouns(index, spans)
    _drop_common_nouns_taken_for_bodies(index)
    _drop_portfolios_read_as_parties(parsed, index)
    drop_guesses_for_a_qualified_country(parsed, index)
    _drop_idle_main_country(parsed, index, spans)
    _drop_states_only_a_withdrawn_guess_made(index, spans)
    _drop_countries_written_only_as_qualifiers(parsed, index, spans)
    for span in spans:
        add_body_role(parsed, index, span)      # last: a body's role is no evidence that it is an actor
    return index


def _units_named_by_a_bodys_initials(spans: list[NameSpan]) -> None:
    """'the Ministry of Harbour Trade (KPH) … Kessa KPH director X said': a name read as a person's
    that holds, as a word of its own, the initials the article defines for a body ('(KPH)' after its
    name) or writes alone as a body's name, every other word a known place's or a region's or body's
    word ('Kessa', 'North', 'Council'), is that body's unit, a body. Initials that open a name before
    any other word are a person's ('KC Venugopal', 'JP Nadda', though '(KC)' names a party)."""
    initials = {s.acronym for s in spans if s.kind == "org" and s.acronym} \
        | {s.name for s in spans if s.kind == "org" and is_acronym(s.name)}
    if not initials:
        return
    for span in spans:
        words = span.name.split()
        others = [w for w in words if w not in initials]
        if span.kind == "person" and len(words) > 1 and words[0] not in initials and len(others) < len(words) \
                and all(is_known_place(w) or w.lower() in GENERIC_REGION_WORDS or w.lower() in ORG_OR_GENERIC_BODY_WORDS for w in others):
            span.kind = "org"


def _regions_whose_government_acts(parsed: ParsedArticle, spans: list[NameSpan]) -> set[str]:
    """'Orwin County commissioners approved the budget', 'Kessa State officials said', "Orwin County's
    health department said": a region named by a name closed by its kind's capitalised word ('Orwin
    County', 'Kessa State': `names.is_a_subdivisions_name`) whose officers or organs
    (REGION_OFFICER_NOUNS) act, or that itself speaks or decides (`_its_government_acts`), is a body of government, so every use of its name
    is the body's ('Farmers in Orwin County sued' too); so is the one region of its kind the article
    names where it speaks of that kind's government or officers in lower case ('the state government',
    'the state Commissioner for Works', 'the county's budget office': `_kinds_whose_government_is_spoken_of`).
    Named only as where something is, it stays a place, also where the recogniser read it as a person
    ('Orwa State and Kessa State were hit'). Returns the regions so made bodies, which stay
    bodies where every use of the name is a place's ('Teachers in Kessa State marched')."""
    regions = [s for s in spans if _a_regions_name(s.key)]
    uses_of = _spans_by_key([s for s in regions if s.kind in ("place", "person")])
    of_kind = Counter(_region_kind(key) for key in {s.key for s in regions})   # (any kind of span)
    spoken = _kinds_whose_government_is_spoken_of(parsed) if uses_of else set()
    governing = set()
    for key, uses in uses_of.items():
        kind = _region_kind(key)
        local = region_head_before_of(key) in LOCAL_GOVERNMENT_HEADS_BEFORE_OF
        if any(_its_government_acts(s.head, LOCAL_GOVERNMENT_ACT_VERBS if local else frozenset())
               or region_head_before_of(key) and is_source(s.head) and not _its_people_not_its_government(s.head)
               or local and _a_municipality_acts(s.head)
               for s in uses) \
                or (kind in spoken and of_kind[kind] == 1):
            governing.add(key)
            for s in uses:
                s.kind = "place" if _a_short_form_of_a_municipalitys_name(key, s) else "org"
        else:
            for s in uses:
                s.kind = "place"        # ('Kessa State and Orwa State were hit by floods': read as a person, a place)
    return governing


def _a_short_form_of_a_municipalitys_name(key: str, span: NameSpan) -> bool:
    """'Kessa' keyed to 'City of Kessa': a local government named by its kind before 'of' is that whole name; its
    place's bare name ('rain fell in Kessa', 'Kessa North MLA X') stays the place's, never the body's."""
    return region_head_before_of(key) in LOCAL_GOVERNMENT_HEADS_BEFORE_OF and region_head_before_of(span.name) is None


def _kinds_whose_government_is_spoken_of(parsed: ParsedArticle) -> set[str]:
    """The kinds of region (REGION_KIND_GOVERNMENT_HEADS' heads: 'state', 'province', 'county') whose
    government or officers a lower-case kind word qualifies somewhere in the article ('the state
    government', 'the provincial premier', 'the state Commissioner for Works'; not 'the state Commissioner
    of Police', another body's officer). Not 'the county' alone ('A spokesman for X County said the county
    would pay': the spokesman may speak for any of the county's bodies)."""
    kinds = set()
    for token in (t for doc in parsed.docs for t in doc_tokens(doc)):
        word = token.lower_
        if not token.is_lower or word not in REGION_KIND_GOVERNMENT_HEADS:
            continue
        if token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in REGION_OFFICER_NOUNS \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in child_tokens(token.head)):
            kinds.add(REGION_KIND_GOVERNMENT_HEADS[word])
    return kinds


def _a_regions_name(key: str) -> bool:
    """'Orwin County', 'Kessa State' (`names.is_a_subdivisions_name`), not a title read as one ('Principal
    State Attorney': 'Principal State'): no word before the kind's word is a title's; or a name headed by
    a settlement's or subdivision's noun before 'of' ('City of Kessa', 'County of Orwin')."""
    words = key.split()[:-1]
    return is_a_subdivisions_name(key) and not any(w.lower() in TITLE_VOCABULARY for w in words) \
        or region_head_before_of(key) is not None


def _region_kind(key: str) -> str | None:
    """The kind of region a region's name (`_a_regions_name`) is headed by: 'county' of 'Orwin County',
    'city' of 'City of Kessa'."""
    return subdivision_kind(key) or region_head_before_of(key)


def _its_government_acts(token: Token, acts: frozenset[str] = frozenset()) -> bool:
    """The region's name is the subject of a verb by a noun of its officers or organs it qualifies or
    owns (REGION_OFFICER_NOUNS), or itself the subject of a verb of speech or decision (SPEECH_VERBS,
    OBJECT_CUES, DECIDING_VERBS: 'Orwin County said', 'Kessa State approved'); not of 'be', 'have', 'lie'
    or a passive ('Orwin County is home to', 'Kessa State was hit by floods'), nor of 'report' with no
    clause (PLACE_REPORTING_VERBS: 'Orwin County reported flooding'); not by its people ('Orwin County
    farmers marched'), nor as a word of a description ('Lee, a retired Orwin County officer,') or a
    place ('Areas of Kessa State'); `acts`: further verbs of the government's own acts for a local government named
    by its kind before 'of' (LOCAL_GOVERNMENT_ACT_VERBS: 'The City of Kessa has sued the developer'). Not a verb of
    speech whose object is a count ('welcomed 2 million visitors'), nor a verb of deciding whose complement is a
    party's or a people's name ('voted Republican'): the place's people, not its government."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ in ("compound", "amod", "nmod", "poss") and token.head.i > token.i:
        token = token.head
        if token.lemma_.lower() not in REGION_OFFICER_NOUNS:
            return False
        return token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX")
    verb = token.head
    lemma = verb.lemma_.lower()
    if _its_people_not_its_government(token):
        return False
    return token.dep_ == "nsubj" and verb.pos_ == "VERB" and (lemma in DECIDING_VERBS
            or lemma in acts and (lemma in LOCAL_GOVERNMENT_ACT_VERBS_OF_NO_OBJECT or _an_instrument_or_money_object(verb))
            or (lemma in _SPEECH_OR_OBJECT_CUE_VERBS and lemma not in PLACE_REPORTING_VERBS)
            or (lemma in PLACE_REPORTING_VERBS and any(c.dep_ == "ccomp" for c in verb.children)))


def _an_instrument_or_money_object(verb: Token) -> bool:
    """The verb's object, or the object of a preposition on it, is a money amount (a MONEY entity, a currency's mark)
    or a noun of a government's instruments (LOCAL_GOVERNMENT_INSTRUMENT_NOUNS): 'spent $2 million on repairs',
    'approved the budget', 'invested in the project'; not 'spent the night', 'set a heat record', 'lent its name'."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.ent_type_ == "MONEY" or o.lemma_.lower() in LOCAL_GOVERNMENT_INSTRUMENT_NOUNS
               or any(w.text in CURRENCY_MARKS for w in o.subtree) for o in objects)


def _its_people_not_its_government(token: Token) -> bool:
    """The place's name is the subject of a verb of speech whose object is a count ('welcomed 2 million visitors')
    or of a verb of deciding whose complement is a party's or a people's name ('voted Republican'), with no clause:
    its people, not its government."""
    verb = token.head
    lemma = verb.lemma_.lower()
    return token.dep_ == "nsubj" and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
        and any(c.dep_ in ("dobj", "oprd", "attr", "acomp")
                and (c.ent_type_ == "NORP" and lemma in DECIDING_VERBS
                     or lemma in _SPEECH_OR_OBJECT_CUE_VERBS and any(n.dep_ == "nummod" for n in c.children))
                for c in verb.children)


def _a_municipality_acts(token: Token) -> bool:
    """"The Town of Orwin's director of finance", 'director of finance of the City of Dorn', 'a spokeswoman for the
    Town of Orwin', 'a review commissioned by the City of Kessa': a local government's name headed by its kind before
    'of' (actor_names._local_governments_named_by_their_kind) that the article makes employ or act besides as a
    verb's subject (which `_its_government_acts` reads, with LOCAL_GOVERNMENT_ACT_VERBS) is the body: a passive's
    agent, the owner of a post or an officer (TITLE_VOCABULARY, REGION_OFFICER_NOUNS), or the object of
    'of'/'for'/'at' (POST_BODY_PREPOSITIONS) after an office of a local government (LOCAL_GOVERNMENT_POST_NOUNS; not
    'historian of', 'lecturer at', 'candidate for'), also past a post's own 'of' phrase ('director of finance of …').
    'Residents of the City of Kessa', 'in the City of Kessa' stay a place's."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ == "poss":
        return _a_post_or_officer(token.head)
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    if token.dep_ == "pobj" and token.head.lower_ in POST_BODY_PREPOSITIONS:
        owner = token.head.head
        if owner.lower_ == "of" or owner.pos_ != "NOUN" \
                or token.head.lower_ == "for" and (singular(owner.lower_) in SEAT_TITLES_BEFORE_FOR
                                                   or singular(owner.lower_) in CANDIDACY_NOUNS):
            return False        # (not 'the MP for the City of Kessa', 'the candidate for …': a seat)
        if _a_local_governments_post(owner):
            return True
        return owner.dep_ == "pobj" and owner.head.lower_ == "of" and _a_local_governments_post(owner.head.head)
    return False


def _a_local_governments_post(noun: Token) -> bool:
    """A common noun of an office of a local government or of its officers (LOCAL_GOVERNMENT_POST_NOUNS: 'director',
    'clerk', 'manager', 'spokeswoman', 'officials'), not of what one studies or where one works ('historian',
    'lecturer', 'nurse')."""
    return noun.pos_ == "NOUN" and singular(noun.lower_) in LOCAL_GOVERNMENT_POST_NOUNS


def _a_post_or_officer(noun: Token) -> bool:
    """A common noun of a post or of a body's officer ('director', 'clerk', 'spokeswoman', 'officials'); no word of
    a description only or of a place's people ('residents', 'farmers of the County of Orwin')."""
    word = singular(noun.lower_)
    return noun.pos_ == "NOUN" and (word in TITLE_VOCABULARY or word in REGION_OFFICER_NOUNS) \
        and word not in DESCRIPTION_ONLY_ROLES and word not in PLACE_QUALIFIED_PERSON_NOUNS


def _officers_of_the_region_named_with_them(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Orwin County commissioners approved the budget. … Commissioner Dana Ruiz said': a person whose
    title is only the officer noun (REGION_OFFICER_NOUNS, besides words of no body and of the region's
    name) that the article writes qualified by the name of one region whose government acts
    (`_regions_whose_government_acts`) holds that office in it; none where the noun is written with two
    regions, or the person already has a body."""
    regions: dict[str, set[str]] = {}
    for s in spans:
        if s.kind == "org" and _a_regions_name(s.key) and s.key in index.mentions \
                and s.head.dep_ in ("compound", "poss") and s.head.head.i > s.head.i:
            officer = s.head.head.lemma_.lower()
            if officer in REGION_OFFICER_NOUNS:
                regions.setdefault(officer, set()).add(s.key)
    for mention in index.mentions.values():
        if mention.type != "person" or not mention.role or mention.affiliation:
            continue
        words = norm(mention.role).split()
        officer = singular(words[-1]) if words else ""
        found = regions.get(officer, set())
        if len(found) == 1:
            region = next(iter(found))
            if all(w in POST_QUALIFIERS_OF_NO_BODY or w in norm(region).split() for w in words[:-1]):
                mention.affiliation = region


def _add_the_country_only_its_trade_names(parsed: ParsedArticle, index: ActorIndex) -> None:
    """'Kessan makers … Kessan exporters … the ministry said': the country the story is clearly about
    though only its trade's adjective names it gets its page here, once, so that the bodies and offices
    guessed to be its have one; `_drop_idle_main_country` drops it again where nothing turns out its."""
    main = main_country_named_only_by_its_trade(parsed, index)
    if main:
        index.add(main, "country")


def _bodies_named_with_a_country_last(spans: list[NameSpan]) -> list[NameSpan]:
    """'The charity Safer Births UK said', 'Keep Rivers Clean UK said': a one-word country's name that
    two capitalised words or more qualify as their head ('Safer Births' + 'UK') ends a body's name, which
    the recogniser cut to the country; the whole is the body, and what it says is not the country's.
    One capitalised word before the country may be an adjective's capital ('Neighbouring Uruguay',
    'Eastern Ukraine'): those stay for _drop_countries_inside_names."""
    out, made = [], []
    for span in spans:
        words = _capitals_qualifying_a_country(span) if span.kind == "country" else None
        if words is not None and (_in_title_case(span.words.sent) or any(
                s.words.doc is span.words.doc and s.words.start < words[0].i < s.words.end for s in spans)):
            words = None        # a headline's capitals, or a name the run would cut through
        if words is None:
            out.append(span)
            continue
        doc = span.words.doc
        name = doc[words[0].i:span.words.end].text
        made.append(replace(span, surface=name, name=name, kind="org", key=name, titles=[],
                            words=doc[words[0].i:span.words.end], start=words[0].i))
        out.append(made[-1])
    inside = {(id(s.words.doc), i) for s in made for i in range(s.words.start, s.words.end)}
    return [s for s in out if any(s is m for m in made) or not all((id(t.doc), t.i) in inside for t in s.words)]


def _in_title_case(sent) -> bool:
    """'Acme Corp Exits Russia': every word of four letters or more capitalised, so a capital tells no name."""
    return all(t.is_title or t.is_upper for t in sent if t.is_alpha and len(t) >= 4)


def _capitals_qualifying_a_country(span: NameSpan) -> list[Token] | None:
    """The two or more capitalised words right before a country's name that modify it as compounds
    (each one's head among them or the country's words), none a title, a country's, a region's
    direction ('North'), a nationality or a place; None if fewer."""
    doc, start, end = span.words.doc, span.words.start, span.words.end
    if end - start != 1 or span.titles:
        return None
    i = start
    while i > 0:
        t = doc[i - 1]
        if not (t.is_title and t.is_alpha and t.pos_ in ("PROPN", "NOUN") and t.dep_ == "compound" and i - 1 < t.head.i < end) \
                or t.ent_type_ in ("GPE", "NORP", "LOC") or t.lower_ in TITLE_VOCABULARY or t.lower_ in GENERIC_REGION_WORDS \
                or t.lower_ in ARTICLES or canonical(t.text) or is_known_place(t.text):
            break
        i -= 1
    if start - i == 1 and (doc[i].ent_type_ or not a_field_serving_a_place(doc[i])):    # ('[Airbus] UK': a firm's section)
        return None
    return [doc[k] for k in range(i, start)] if start - i >= 1 else None


_RUN_LINKS = ("of", "for", "and", "&")     # words inside a capitalised body's name ('Commission of Pakistan')


def _acronyms_of_names_cut_short(spans: list[NameSpan]) -> list[NameSpan]:
    """'The Human Rights Commission of Pakistan welcomed the order. ... HRCP said', 'the Irish Nursing
    and Midwifery Federation ... The INMF's general secretary', 'The Securities Investors Association
    (Singapore), or Sias, said': the recogniser cut the body's name short, so no name of the article
    spells the acronym; the capitalised words written around one body's name (joined by 'of', 'for',
    'and', or in brackets) that spell it exactly are that body's full name, and the acronym is it.
    Only an acronym of three capitals or more that no name spells already (else the usual join
    holds), that no country's is, and where one body only is so written; a word in title case
    ('Sias') only where written right after the name (', or Sias', '(Sias)'). The words of the
    full name become the body's name; a name the cut left inside them goes."""
    bodies = [s for s in spans if s.kind == "org" and " " in s.name]
    for acronym in {s.key for s in spans if _may_be_an_acronym(s)}:
        uses = [s for s in spans if s.key == acronym]
        letters = acronym.lower()
        if any(letters in all_initials(s.name) or (s.acronym or "").lower() == letters for s in spans if s.key != acronym):
            continue
        runs = {run: b.key for b in bodies for run in _runs_spelling(b, letters, uses)}
        if len({_run_text(run) for run in runs}) != 1:
            continue
        run = next(iter(runs))
        if _ends_on_a_post(run):
            continue            # 'the Provincial Assembly Member (PAM)': the initials of a post, no body's name
        key = _key_of_the_runs_head(run, spans) or runs[run]
        full = _run_text(run)
        if any(_written_otherwise(b, full) for b in bodies if b.key == key):
            continue
        inside = {(id(t.doc), t.i) for t in run}
        spans = [s for s in spans if s.key in (key, acronym) or not all((id(t.doc), t.i) in inside for t in s.words)]
        for s in spans:
            if s.key in (key, acronym):
                s.key = full
    return spans


def _ends_on_a_post(run: tuple[Token, ...]) -> bool:
    """'Provincial Assembly Member', 'Harbour Board Chief Executive': capitalised words whose head (the
    one word whose head is outside them) is their last, a title's word (TITLE_VOCABULARY) that is no
    body's head word, name the post held at the body before it, not a longer name of that body ('the
    Association of Chief Police Officers': its head is 'Association')."""
    last = run[-1]
    heads = [t for t in run if not run[0].i <= t.head.i <= run[-1].i or t.head is t]
    return heads == [last] and singular(last.lower_) in TITLE_VOCABULARY and last.lower_ not in ORG_HEADS


def _run_text(run: tuple[Token, ...]) -> str:
    return run[0].doc[run[0].i:run[-1].i + 1].text


def _key_of_the_runs_head(run: tuple[Token, ...], spans: list[NameSpan]) -> str | None:
    """The key of the name that holds the run's head word (its one word whose head is outside it):
    'Federation' of 'Irish Nursing and Midwifery Federation', not 'Irish Nursing'."""
    heads = [t for t in run if not run[0].i <= t.head.i <= run[-1].i or t.head is t]
    if len(heads) != 1:
        return None
    return next((s.key for s in spans if s.kind == "org" and s.words.doc is heads[0].doc
                 and s.words.start <= heads[0].i < s.words.end), None)


def _may_be_an_acronym(span: NameSpan) -> bool:
    name = span.name
    return span.kind == "org" and name.isalpha() and len(name) >= 3 and span.key == name and not canonical(name) \
        and (name.isupper() or name.istitle() and len(name) <= 5)


def _runs_spelling(body: NameSpan, letters: str, uses: list[NameSpan]) -> list[tuple[Token, ...]]:
    """The runs of capitalised words around the body's name, the whole name inside each, whose
    initials (with or without 'of' and 'for') are `letters`; for a word in title case, only a run
    the word follows at once (', or Sias', '(Sias)')."""
    doc = body.words.doc
    lefts, rights = _run_bounds(body)
    runs = []
    for a in lefts:
        for b in rights:
            run = [doc[k] for k in range(a, b)]
            if letters in all_initials(" ".join(t.text for t in run if t.text not in "()")) and run[-1].text != "(" \
                    and all(u.name.isupper() or _written_right_after(u, b) for u in uses):
                runs.append(tuple(run))
    return runs


def _run_bounds(body: NameSpan) -> tuple[list[int], list[int]]:
    """Where runs of capitalised words around the body's name may start and end."""
    doc, start, end = body.words.doc, body.words.start, body.words.end
    if doc[start].lower_ in ARTICLES:
        start += 1
    lefts, rights = [start], [end]
    i = start
    while i > 0 and (doc[i - 1].is_title or doc[i - 1].lower_ in _RUN_LINKS and i > 1 and doc[i - 2].is_title) \
            and doc[i - 1].lower_ not in ARTICLES and not doc[i - 1].is_sent_start:
        i -= 2 if doc[i - 1].lower_ in _RUN_LINKS else 1
        lefts.append(i)
    j = end
    while j < len(doc):
        if doc[j].is_title:
            j += 1
        elif doc[j].lower_ in _RUN_LINKS and j + 1 < len(doc) and doc[j + 1].is_title:
            j += 2
        elif doc[j].text == "(" and j + 2 < len(doc) and doc[j + 1].is_title and doc[j + 2].text == ")":
            j += 3
        else:
            break
        rights.append(j)
    return lefts, rights


def _written_otherwise(body: NameSpan, full: str) -> bool:
    """The body's name is written here with other capitalised words around it than the full name's
    ('the Human Rights Commission of India' beside 'Human Rights Commission of Pakistan'), or its name
    is itself no part of the full name ('Port Health Authority of Uganda' beside '... of Kenya')."""
    lefts, rights = _run_bounds(body)
    doc = body.words.doc
    widest = doc[min(lefts):max(rights)].text
    own = doc[lefts[0]:rights[0]].text
    return own not in full or widest != own and full not in widest


def _written_right_after(use: NameSpan, end: int) -> bool:
    """The word follows the run at once, or after ', or' or '(' ('the Association, or Sias,')."""
    doc = use.words.doc
    between = [t.text for t in doc[end:use.words.start]] if use.words.doc is doc and use.words.start >= end else None
    return between is not None and between in ([], ["("], [",", "or"], ["or"])


def _bodies_the_text_calls_it(spans: list[NameSpan]) -> None:
    """'Kestrel Lithium said it would cut 200 jobs', 'Harbour Peak, which runs two mines,',
    'X will close its mine', 'X, a charity that ...': a name of two words or more, its first
    capitalised, read as a person's is a body's where the text refers to it as a thing ('it' as
    the subject of a verb it says or does in the same sentence, 'its' on a noun of its own
    clause or the object of its verb, 'which' opening a clause on it; not where a person's noun
    describes it) or a body's noun describes it, and nothing marks a person: no title, no given
    name first (gender-guesser), no surname of a person of the article, no 'he'/'she'/'his'/'her'
    in its sentence or the next. Not 'it' of an impersonal clause ('said it was too early',
    'said it would take years')."""
    surnames = {norm(s.name.split()[-1]) for s in spans if s.kind == "person" and len(s.name.split()) > 1}
    uses: dict[str, list[NameSpan]] = {}
    for s in spans:
        uses.setdefault(norm(s.name), []).append(s)
    for name, found in uses.items():
        words = found[0].name.split()
        if len(words) < 2 or not all(s.kind == "person" for s in found) or name in surnames \
                or is_given_name(words[0]) or not words[0][:1].isupper() \
                or any(s.titles for s in found):
            continue
        if (any(_a_body_noun_in_apposition(s) for s in found)
                or not any(in_apposition_to_a_common_noun(s.head) for s in found)
                and any(_referred_to_as_a_thing(s.head, only_it_can_mean=True) for s in found)) \
                and not any(near_a_persons_pronoun(s.head) for s in found):     # (last: it reads two sentences)
            for s in found:
                s.kind = "org"


def _a_body_noun_in_apposition(span: NameSpan) -> bool:
    """'X, a charity that campaigns on ...', 'X, the broadcaster,': a lower-case noun of a kind of
    body (BODY_DESCRIPTION_NOUNS) in apposition to the name (to any of its words: the parser
    may hang it on the first)."""
    nouns = [c for t in span.words for c in t.children if c.dep_ == "appos" and c.i >= span.words.end]
    return any(n.pos_ == "NOUN" and n.is_lower and n.lemma_.lower() in BODY_DESCRIPTION_NOUNS for n in nouns)


def _referred_to_as_a_thing(head: Token, only_it_can_mean: bool = False) -> bool:
    """The name's own clause goes on with 'it' or 'its' for it, or a 'which' clause hangs on it.
    With `only_it_can_mean`, 'it'/'its' counts only where no thing named before may be what it
    stands for (`_a_thing_named_before`)."""
    if any(c.dep_ == "relcl" and any(w.lower_ == "which" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
           for c in head.children):
        return True
    if head.dep_ not in ("nsubj", "nsubjpass") or only_it_can_mean and _a_thing_named_before(head) \
            or any(c.dep_ == "conj" for c in head.children):       # 'X and Y said it ...': 'it' is not them
        return False
    verb = head.head
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX") and c.i > head.i]
    return any(_its_own_clause(clause) for clause in clauses) or _its_own_object(verb)


def _a_thing_named_before(head: Token) -> bool:
    """'The council raised rates. X said it had ignored families', 'X, whose company owns the mine,
    said it would reopen', 'Fonterra cut its forecast. X said it would close a plant': a singular
    noun, common or proper, as a subject or object in the sentence before the name's or in the
    name's own sentence before its verb's 'it'/'its' is what 'it' may stand for, so 'it' tells
    nothing of the name."""
    window = sentences_around(head, before=1)
    sent = window[-1]
    first_it = next((t.i for t in sent if t.i > head.i and t.lower_ in THING_PRONOUNS), sent.end)
    before = list(window[0]) if len(window) == 2 else []
    here = [t for t in sent if t.i < first_it]
    return any(t.tag_ in ("NN", "NNP") and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.i != head.i
               for t in before + here)


def _its_own_object(verb: Token) -> bool:
    """'X will close its mine', 'X raised its prices': 'its' on the object of the name's own verb."""
    return any(c.dep_ == "dobj" and any(w.lower_ == "its" and w.dep_ == "poss" for w in c.children)
               for c in verb.children)


def _its_own_clause(verb: Token) -> bool:
    """'(said) it would cut', '(said) its sales fell': 'it' the subject of a verb that does
    something (not 'be' nor a verb of impersonal clauses), or 'its' on the clause's subject or object."""
    for c in verb.children:
        if c.lower_ == "it" and c.dep_ == "nsubj":
            return verb.pos_ == "VERB" and verb.lemma_.lower() not in IMPERSONAL_IT_VERBS
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(w.lower_ == "its" and w.dep_ == "poss" for w in c.children):
            return True
    return False


def _a_countrys_public(span: NameSpan) -> bool:
    """'The Kessan public has pledged £5m', 'the Kessan people', "Kessa's voters": a country's
    adjective or name that qualifies a lower-case noun of its people taken as one body
    (NATIONAL_PUBLIC_NOUNS) names that collective, not the state; the words are no mention of the
    country, also as an owner ('the Kessan public's gift'); not 'the Kessan People's Party', a name, nor
    'the Kessan government'."""
    token = span.head
    noun = token.head
    return span.kind == "country" and token.dep_ in ("amod", "compound", "nmod", "poss") and noun.i > token.i \
        and noun.lower_ in NATIONAL_PUBLIC_NOUNS and noun.text.islower()


def _a_countrys_trade(span: NameSpan) -> bool:
    """'the largest Kessan makers of valves', 'Kessan companies are ready to invest', 'firms with Kessan
    capital', 'Kessan industry representatives said': a country's adjective or name before lower-case
    words whose head, the noun it qualifies, is a plural of private trade (NATIONAL_TRADE_NOUNS) or a noun
    of an economy (NATIONAL_ECONOMY_NOUNS), or the voice of one right before it, says whose economy, as
    'the Kessan public' says whose people (`_a_countrys_public`): no mention of the state, no voice of it
    ('Kessan officials', 'Kessan government advisers', 'the Kessan industry ministry', 'Kessan market
    regulators', 'the Kessan Exporters Assembly', a name, are). Not a possessive ("Kessa's banks" may be
    the state's own), nor a nationality that describes a name ('Kessan builder X', 'X, a Kessan builder,',
    'Kessan makers X and Y': the firm's, see roles), nor words of a state's before the head ('Kessan state
    firms', 'Kessan government contractors')."""
    token = span.head
    noun = token.head
    if span.kind != "country" or token.dep_ not in ("amod", "compound", "nmod") or noun.i <= token.i \
            or noun.dep_ in ("appos", "compound") and noun.head.pos_ == "PROPN" \
            or any(c.dep_ == "appos" for c in child_tokens(noun)):
        return False
    words = token.doc[span.words.end:noun.i + 1]
    if not all(w.pos_ in ("NOUN", "ADJ", "VERB", "PUNCT") and w.text.islower() or w.text == "-" for w in words) \
            or any(w.lower_ in STATE_BODY_QUALIFIERS or w.lemma_.lower() in NATIONAL_VOICE_NOUNS for w in words[:-1]):
        return False
    before = noun.doc[noun.i - 1] if noun.i - 1 >= span.words.end else None
    return _a_noun_of_trade(noun) or noun.lemma_.lower() in NATIONAL_ECONOMY_VOICE_NOUNS \
        and before is not None and before.lemma_.lower() in NATIONAL_ECONOMY_NOUNS


def _a_noun_of_trade(noun: Token) -> bool:
    """'makers', 'companies' (plurals of private trade), 'industry', 'capital' (an economy's noun)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (noun.tag_ == "NNS" and lemma in NATIONAL_TRADE_NOUNS or lemma in NATIONAL_ECONOMY_NOUNS)


def _drop_the_writers_outlet(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Source: Harbour Radio News' over the story, then 'she told Harbour Radio', 'parents spoken
    to by Harbour Radio': the outlet that publishes the article is its writer, who asks and is
    told, no actor of the story; it stays only where the story is about it, as a body of its own
    (_a_body_of_the_story), not where it only tried to reach someone (_reaches_out). The outlet is
    also told by the dateline's agency ('OSLO, May 2 (Harbour Wire) -') or a byline line ('Ann Lowe ·
    Harbour Radio', 'By ANN LOWE' over 'The Harbour Herald'): `_outlets_over_the_story`.
    Without one, the outlet that finds out what the story reports ('Harbour Herald gathered that …')
    and is otherwise only told or spoken to is the writer; and so is a paper's name (a publication's
    head word: 'Times', 'News') that is only ever told or spoken to ('she told the Harbour Times'),
    which hears and says nothing in the story (where a source line or dateline names the outlet, such a
    paper is another's, cited, and stays), or, where no byline names an outlet (a writer's name alone
    does not: 'By Ann Lowe') and no other paper is a
    source of the story (`_another_outlet_reports`), only reaches out or interviews ('when contacted by
    the Harbour Express', 'commuters interviewed by the Harbour Courier') or carries the report ('the
    audit, seen by the Harbour Advertiser', 'figures provided to Harbour News'). A paper the byline names stays where it acts, not where it only finds out
    or understands ('Harbour Times has learnt that', 'Harbour Times understands that'). So is any name that is told things and, besides, only
    reports in the present tense, as the writer does ('Kessa Trust reports that …' and 'she told
    Kessa Trust'). Whatever names the outlet, a body that only carries the report
    (`_carries_the_report`: 'an email seen by X', 'a review first reported by X'), besides being
    told or finding out, is an outlet, the writer or another paper, and no actor."""
    filed_by, bylines = _outlets_over_the_story(parsed)
    firm_referred_to = functools.cache(lambda: _a_firm_referred_to(parsed))     # a walk of the article: once
    uses_of = _spans_by_key(spans)
    for key in {s.key for s in spans if s.kind == "org" or any(_names_the_outlet(s.key, o) for o in filed_by)
                or s.kind == "person" and (_paper_by_name(s.key) or _titled_with_the(s) or _a_word_in_capitals(s))}:     # ('seen by the Velmar Herald' read as a person)
        uses = [s for s in uses_of[key] if s.kind != "place"]    # ('Canberra-based' of 'Canberra Times')
        if key not in index.mentions:
            continue
        staffed = any(_has_staff(s.head) for s in uses)     # (an outlet with staff of its own stays)
        by_name = any(_names_the_outlet(key, outlet) for outlet in filed_by + bylines)
        by_initials = not by_name and not any(is_source(s.head) for s in uses) \
            and any(_names_the_outlet(a, outlet) for a in index.mentions[key].acronyms for outlet in filed_by + bylines)
        if (by_name or by_initials) and not any(_a_body_of_the_story(s.head) and not _reaches_out(s.head)
                                                and not _finds_out(s.head) and not _reports_now(s.head) for s in uses):
            _remove_the_writer(index, key)
        elif not _has_a_body_word(key, PUBLICATION_HEADS) and not is_acronym(key) \
                and not index.mentions[key].acronyms and not staffed \
                and not firm_referred_to() and any(_finds_out(s.head) for s in uses) \
                and all(_finds_out(s.head) or _asked(s.head) for s in uses):
            _remove_the_writer(index, key)
        elif not filed_by and not _has_a_body_word(key, PUBLICATION_HEADS) \
                and (_paper_by_name(key) or all(_titled_with_the(s) or _a_word_in_capitals(s) for s in uses)) \
                and not staffed and (all(_asked(s.head) for s in uses)
                                     or not any(set(norm(b).split()) & _OUTLET_WORDS for b in bylines)
                                     and not _another_outlet_reports(key, spans)
                                     and all(_asked(s.head) or _reached_by(s.head) or _carries_the_report(s.head)
                                             for s in uses)):
            _remove_the_writer(index, key)
        elif not filed_by and not staffed and _an_outlets_name(key, bylines) \
                and any(_asked(s.head) for s in uses) and any(_reports_now(s.head) for s in uses) \
                and all(_asked(s.head) or _reports_now(s.head) for s in uses):
            _remove_the_writer(index, key)
        elif not staffed and _an_outlets_name(key, filed_by + bylines) and any(_carries_the_report(s.head) for s in uses) \
                and all(_carries_the_report(s.head) or _asked(s.head) or _finds_out(s.head) for s in uses):
            _remove_the_writer(index, key)


def _drop_writers_named_in_the_byline(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'By Ann Lowe | Harbour Times', 'by local democracy reporter Ann Lowe', 'Ann Lowe' alone on a line
    next to her outlet's line: a person named in a byline (`_a_writers_byline_mention`) is the writer,
    no actor of the story, where the story names her nowhere else than in the byline and its closing
    line (`_in_a_closing_line`)."""
    last_block = max((parsed.block_no(sent) for sent in parsed.sentences), default=0)
    for key, own in _spans_by_key(spans).items():
        if key not in index.mentions or not any(s.kind == "person" for s in own):
            continue
        in_byline = [_a_writers_byline_mention(parsed, s) for s in own]
        if any(in_byline) and all(b or _in_a_closing_line(parsed, s, last_block) for s, b in zip(own, in_byline)):
            _remove(index, key)


def _in_a_closing_line(parsed: ParsedArticle, span: NameSpan, last_block: int) -> bool:
    """A mention in the article's last block, after a body block of its own (the byline, its outlet's line
    and a body block come before it), where the mention reports no words: the writer's contact or footer
    line ('Reach Ann Lowe at …', 'Ann Lowe covers energy for …')."""
    block = parsed.block_no(parsed.sentences[span.sentence])
    return block == last_block and block > 2 and not is_source(span.head)


def _a_writers_byline_mention(parsed: ParsedArticle, span: NameSpan) -> bool:
    """A person's name, with no title, on a short line with no verb in one of the blocks right under the
    headline (HEAD_LINES), that (a) opens on the separate word 'By' (BYLINE_WORD) followed by the name,
    other writers' names before it ('By Ann Lowe and Tom Reed') or a lower-case writer's title ('by local
    democracy reporter Ann Lowe'), and nothing after it but a mark of BYLINE_SEPARATORS ('| Harbour
    Times', ', Staff Writer') or another writer; or (b) holds only the name and stands next to a line of
    the writer's outlet or post (`_an_outlet_or_post_line`)."""
    sent = parsed.sentences[span.sentence]
    block = parsed.block_no(sent)
    if span.titles or not 0 < block <= HEAD_LINES + 1 or sent.start != 0:
        return False
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > BYLINE_WORDS + 4 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    start, end = span.words.start, span.words.end
    if words[0].text.lower() == BYLINE_WORD and words[0].i < start:
        return _a_by_line_naming(words, start, end)
    if [t.i for t in words if not t.is_punct] != list(range(start, end)):
        return False
    return any(_an_outlet_or_post_line(other) for other in parsed.sentences
               if abs(parsed.block_no(other) - block) == 1 and parsed.block_no(other) > 0)


def _a_by_line_naming(words: list[Token], start: int, end: int) -> bool:
    """The line `words`, opening on 'By', names a writer from `start` to `end`: only other writers' names or
    a lower-case writer's title come between ('By Ann Lowe and Tom Reed', 'by local democracy reporter Ann
    Lowe'), and after it nothing, a mark of BYLINE_SEPARATORS ('| Harbour Times') or another writer."""
    between = [t for t in words if words[0].i < t.i < start]
    names = [t for t in between if t.is_title or t.lower_ in BYLINE_NAME_LINKS]
    titled = between and all(t.is_lower and t.is_alpha for t in between) and singular(between[-1].lower_) in WRITER_NOUNS
    after = [t for t in words if t.i >= end]
    return (not between or titled or len(names) == len(between) and between[-1].lower_ in BYLINE_NAME_LINKS) \
        and (not after or after[0].text in BYLINE_SEPARATORS or after[0].lower_ in BYLINE_NAME_LINKS)


def _an_outlet_or_post_line(sent: Span) -> bool:
    """'The Kessa Courier', 'Staff reporter', 'Harbour Times · Energy correspondent': a short line with
    no verb that holds an outlet's word or a writer's noun, or a line of two or three capitalised proper
    nouns that names no person ('Nashville Tennessean': a paper's name with no paper's word)."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    if not 0 < len(words) <= BYLINE_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return any(t.lower_ in _OUTLET_WORDS or singular(t.lower_) in WRITER_NOUNS for t in words) \
        or 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ != "PERSON" for t in words)


def _spans_by_key(spans: list[NameSpan]) -> dict[str, list[NameSpan]]:
    """Each name's spans, grouped once (not gathered again for every name)."""
    grouped: dict[str, list[NameSpan]] = {}
    for span in spans:
        grouped.setdefault(span.key, []).append(span)
    return grouped


def _has_staff(token: Token) -> bool:
    """'a spokeswoman for X', "X's chief": a body with members or staff of its own."""
    return _member_body(token) or token.dep_ == "poss" and token.head.lemma_.lower() in _MEMBER_WORDS


def _an_outlets_name(key: str, outlets: list[str]) -> bool:
    """'Harbour Times', 'Kestrel Radio', or the name of the source line or byline: a name that may be
    an outlet's; not one with a body's head word besides ('Kessa Police', 'Kessa Audit Office',
    'Velmar Cabinet'), a body that may report, see or obtain things itself."""
    if _paper_by_name(key):
        return True
    return (bool(set(norm(key).split()) & _OUTLET_WORDS) or any(_names_the_outlet(key, o) for o in outlets)) \
        and not _has_a_body_word(key, _OUTLET_WORDS)


def _remove_the_writer(index: ActorIndex, key: str) -> None:
    """The writer's outlet is no actor, and what it reports is no one's position."""
    index.writers.update(norm(form) for form in [key, *index.mentions[key].aliases])
    _remove(index, key)


_BRACKETED = re.compile(r"\(([^()\n]{2,40})\)|/([^/\n]{2,40})/")
# A wire's credit closing the story, after its last sentence: '... once symptoms appear. (PNA)', '-- KESSAPRESS'.
_CLOSING_CREDIT = re.compile(r"(?:[.!?\"”’]|^)\s*(?:\(([^()\n]{2,40})\)|-- ?([A-Z][A-Za-z ]{1,40}))\s*\Z", re.MULTILINE)
_BYLINE_OPENERS = (f"{BYLINE_WORD.capitalize()} ", f"{BYLINE_WORD.upper()} ")     # 'By Ann Lowe', 'BY ANN LOWE'
_BYLINE_PIECES = re.compile(r"\s*[·|•]\s*|\s+[-–—]\s+|,\s*")


def _outlets_over_the_story(parsed: ParsedArticle) -> tuple[list[str], list[str]]:
    """The names of the outlet that files the story: the source line, the agency in the
    dateline's brackets ('SANTIAGO, Oct 14 (Harbour Wire) -') or in the credit that closes the story
    ('... appear. (HWN)', '-- HARBOUR WIRE'), whatever the recogniser took the
    name for; and the pieces of the short lines between the headline and the body's first
    paragraph ('Ann Lowe · Harbour Radio', 'By ANN LOWE', 'The Harbour Herald'), as a byline sets
    them (pieces of five words at most, 'By' left off, with a paper's or broadcaster's word,
    `_OUTLET_WORDS`, or on or under a 'By' line), which name an outlet only where the name is a body's."""
    filed_by = [parsed.article.source] if parsed.article.source else []
    filed_by += [a or b for a, b in _BRACKETED.findall(parsed.dateline) if not _a_date(a or b)]
    filed_by += [a or b for a, b in _CLOSING_CREDIT.findall(parsed.article.text)]
    outlets: list[str] = []
    lines = [line.strip() for line in parsed.article.text.strip().split("\n") if line.strip()]
    signed = False          # under a 'By' line every short piece is the byline's
    first = 0 if lines and lines[0].startswith(_BYLINE_OPENERS) else 1     # (a byline with no headline over it)
    for line in lines[first:1 + HEAD_LINES]:
        if len(line.split()) > DATELINE_BODY_WORDS:
            break           # the body begins
        if len(line.split()) > BYLINE_WORDS:
            continue        # a standfirst
        signed = signed or line.startswith(_BYLINE_OPENERS)
        for piece in _BYLINE_PIECES.split(line):
            piece = piece.removeprefix("By ").removeprefix("BY ").strip()
            if piece and len(piece.split()) <= 5 and (signed or set(norm(piece).split()) & _OUTLET_WORDS):
                outlets.append(piece)
            if signed and (outlet := _without_a_writers_title(piece)):
                outlets.append(outlet)
    return filed_by, outlets


def _a_date(piece: str) -> bool:
    """'Jan 16', '16 January 2024', 'Monday': a dateline's bracket that holds only the day ('KESSA CITY
    (Jan 16):'), no agency; every word of it is the date's ('(Sunday Courier)', '(March Wire)' are agencies)."""
    words = piece.replace(",", " ").replace(".", " ").lower().split()
    if len(words) == 1:
        return words[0] in WEEKDAY_NAMES
    months = [w for w in words if w in MONTHS]
    days = [w for w in words if w.isdigit() and 1 <= int(w) <= 31]
    return len(months) == 1 and len(days) == 1 and len(words) <= 4 \
        and all(w in MONTHS or w in WEEKDAY_NAMES or w.isdigit() for w in words)


def _a_word_in_capitals(span: NameSpan) -> bool:
    """'told HARBOURLIGHT', 'told LEADERSHIP': one ordinary English word written all in capitals
    mid-sentence, as a paper sets its own title, no one's initials and no person's name."""
    return len(span.words) == 1 and span.surface.isupper() and span.surface.isalpha() and len(span.surface) > 4 \
        and is_common_word(span.surface.lower()) and not span.words[0].is_sent_start


def _without_a_writers_title(piece: str) -> str:
    """'Harbour Times staff writer' under a 'By' line: the capitalised words before the writer's
    lower-case title (ending on a WRITER_NOUNS noun) name the outlet that staffs the writer; '' where
    the piece ends on no such title ('Ann Lowe', 'Weather Editor')."""
    words = piece.split()
    title = len(words)
    while title > 0 and words[title - 1].islower():
        title -= 1
    if title == len(words) or singular(words[-1]) not in WRITER_NOUNS or title == 0:
        return ""
    return " ".join(words[:title]) if all(w[:1].isupper() for w in words[:title]) else ""


# A byline's piece names an outlet only with a paper's or a broadcaster's word ('Harbour Radio News',
# 'The Kessa Herald'), not a short line over the story that names one of its bodies ('Harbour Dockers
# Union, Kessa'); 'agency' is as often a state's body's.
_OUTLET_WORDS = PUBLICATION_HEADS | STATE_FUNDED_OUTLET_NOUNS - {"agency"}
HEAD_LINES = 4          # a standfirst and a byline of two lines at most come between the headline and the body
BYLINE_WORDS = 8        # a longer line is a standfirst or the body


def _paper_by_name(key: str) -> bool:
    """'Harbour Times', 'Times of Kessa', 'Gulf News': a name with a publication's head word."""
    return any(w in PUBLICATION_HEADS for w in norm(key).split())


_TITLE_CASE_THE = "The"     # the article as a publication's title writes it inside a sentence


def _titled_with_the(span: NameSpan) -> bool:
    """'told The Harbour Clarion', 'spoke to The Clarion': a name written after a capitalised 'The'
    inside a sentence is set as a publication's title is; a body takes a lower-case 'the' ('told the
    Kessa Chamber'). Not a name with a title or opening on a given name ('told The Rev. Amos Kiplagat':
    a person)."""
    if span.titles or is_given_name(span.name.split()[0]):
        return False
    doc, start = span.words.doc, span.words.start
    the = doc[start] if doc[start].text == _TITLE_CASE_THE else doc[start - 1] if start > 0 else None
    return the is not None and the.text == _TITLE_CASE_THE and not the.is_sent_start


def _reaches_out(token: Token) -> bool:
    """'Harbour Radio attempted to reach him', 'Harbour Radio contacted the club': the writer's
    outlet asking for comment, no act of a body of the story."""
    verb = token.head
    if token.dep_ != "nsubj":
        return False
    verbs = [verb, *(c for c in child_tokens(verb) if c.dep_ == "xcomp")]
    return any(v.lemma_.lower() in REACHING_OUT_VERBS for v in verbs)


def _another_outlet_reports(key: str, spans: list[NameSpan]) -> bool:
    """'…, the Velmar Post reported', 'according to the Velmar Post': another paper by its name is a
    source of the story, so the story relays that paper's report, and a paper that only reached out or
    carried the report in it is no more the writer than it."""
    return any(s.key != key and _paper_by_name(s.key) and is_source(s.head) for s in spans)


def _reached_by(token: Token) -> bool:
    """'the director, when contacted by the Harbour Express, declined to comment', 'reached by the
    Harbour Times', 'commuters interviewed by the Harbour Courier': the agent of a passive of reaching
    out or of interviewing (INTERVIEWING_VERBS) is the writer's outlet asking for comment."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.tag_ == "VBN" \
        and token.head.head.lemma_.lower() in REACHING_OUT_VERBS | INTERVIEWING_VERBS


def _finds_out(token: Token) -> bool:
    """'the Daily Sentinel gathered that …', 'Harbour Herald has learnt that …': without a source
    line, the name that finds out what the story reports is the writer's outlet."""
    verb = token.head
    return token.dep_ == "nsubj" and verb.lemma_.lower() in NEWS_GATHERING_VERBS \
        and any(c.dep_ == "ccomp" for c in child_tokens(verb)) \
        and (verb.lemma_.lower() not in PERFECT_NEWS_GATHERING_VERBS      # not 'Chevron learned that …'
             or any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in child_tokens(verb)))


def _reports_now(token: Token) -> bool:
    """'the Harbour Times reports that …': a paper telling, in the present tense, what it found."""
    verb = token.head
    return token.dep_ == "nsubj" and verb.lemma_.lower() in PRESENT_NEWS_VERBS and verb.tag_ == "VBZ" \
        and any(c.dep_ == "ccomp" for c in child_tokens(verb))


def _carries_the_report(token: Token) -> bool:
    """'an email seen by the Harbour Times', 'files obtained by Velmar Radio', 'a review, first
    reported by Harbour Wire,', 'the letter, which was reviewed by the Harbour Journal': the agent of
    a participle that describes a document or a finding (no clause of its own: not 'the smoke was
    seen by residents', 'the leak was first reported by the coast guard') is the outlet that carries
    the report."""
    if _handed_the_report(token):
        return True
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    verb = clause = token.head.head
    while clause.dep_ == "conj" and clause.head.tag_ == "VBN":
        clause = clause.head                    # 'the audit, commissioned by the board and seen by X,'
    if verb.tag_ != "VBN" or clause.dep_ not in ("acl", "advcl", "relcl") \
            or any(c.dep_ in ("nsubjpass", "auxpass", "nsubj") for c in child_tokens(verb)) and not _describes_its_noun(verb):
        return False
    lemma = verb.lemma_.lower()
    return lemma in DOCUMENT_CARRYING_VERBS or lemma in SCOOP_VERBS \
        and any(c.dep_ == "advmod" and c.lower_ in SCOOP_ADVERBS for c in child_tokens(verb))


def _handed_the_report(token: Token) -> bool:
    """'figures provided to the Harbour Post', 'data released to Velmar Radio show …': the one a
    participle of handing figures on (FIGURE_HANDING_PARTICIPLES) that describes its noun gives them
    to is the outlet that carries the report, as the agent of 'seen by X' is (_carries_the_report)."""
    verb = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ in BROADCAST_TO_PREPOSITIONS and verb.tag_ == "VBN" \
        and verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in FIGURE_HANDING_PARTICIPLES


def _describes_its_noun(verb: Token) -> bool:
    """'the letter, which was reviewed by X': a passive relative clause whose subject is the relative
    pronoun describes the noun it hangs on, as the bare participle does ('the letter seen by X')."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in child_tokens(verb))


def _a_firm_referred_to(parsed: ParsedArticle) -> bool:
    """'the company's chief, Jane Obi': a firm written of as 'the company' may be the name that
    found out ('Apex Mining gathered that …'), an actor of the story; no writer's outlet then."""
    return any(t.lower_ in FIRM_KIND_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in child_tokens(t))
               and (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "poss" and any(
                   c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in child_tokens(t.head)))   # not 'the company's headquarters'
               for doc in parsed.docs for t in doc_tokens(doc))


def _asked(token: Token) -> bool:
    """'owners told the Harbour Herald', 'speaking with Harbour Herald': the one a speaker tells
    or speaks to (not one told to do something: 'told Kessa Rail to cut fares' is an order; nor
    'an interview with X', how a story cites another outlet). An outlet that also finds out
    (_finds_out) is the writer's; one only told may be another's, and stays an actor. So is the
    one a speaker's message goes to ('said in a reply to the Harbour Post')."""
    if _sent_a_message(token) or token.dep_ == "npadvmod" and token.head.lemma_.lower() in TELLING_VERBS:
        return True             # ('told Harbour Today the ruling was …', the one told read as an adverb)
    if not spoken_to_or_on(token, _BROADCAST_OR_INTERVIEW_PREPOSITIONS):
        return False
    if token.dep_ == "pobj" and token.head.head.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ == "xcomp" for c in child_tokens(token.head))


def _sent_a_message(token: Token) -> bool:
    """'said in a reply to the Harbour Post', 'in a statement to Harbour Radio': the one addressed
    by a message the sentence's speaker says something in."""
    message = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ in BROADCAST_TO_PREPOSITIONS \
        and message.lemma_.lower() in ADDRESSED_MESSAGE_NOUNS and message.dep_ == "pobj" and message.head.lower_ == "in"


def _a_body_of_the_story(token: Token) -> bool:
    """'Harbour Radio said it would cut 40 jobs', 'the Gazette and Harbour Radio sued the council',
    'Harbour Radio was fined', 'a spokesperson for Harbury Council' (an outlet line that names a
    press office): the subject of a verb, also of a passive or as the second of a pair, or a body
    with staff of its own, is a body the story is about, not the writer who asks and is told."""
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") or _member_body(token)


def _names_the_outlet(key: str, outlet: str) -> bool:
    """'Harbour Radio' names the outlet 'Harbour Radio News (web)': the outlet's name or its
    first two words or more; one word alone may be a place ('Harbour' of 'Harbour Gazette')."""
    name, words = norm(key).split(), norm(outlet).split()
    return name == words or len(name) >= 2 and words[:len(name)] == name


def _join_firms_named_without_their_legal_form(spans: list[NameSpan], parsed: ParsedArticle | None = None) -> None:
    """'Harlan Mills AG cut its forecast' under the headline 'Harlan Mills cuts outlook',
    'Western Gale Energy … Western Gale said', 'Brekkestad Logistics … Brekkestad's shares':
    a name that is a firm's name of the article without its legal form, or without the trade
    word it ends on (names.firm_stem), is that firm, whatever the recogniser took it for; not a
    country or known place ('Norway' beside 'Norway Capital'), nor a titled person, one whose
    name opens on a given name ('Tom Reed' beside 'Tom Reed Associates': its founder) or the
    surname of a person of the article ('Jane Harlow … Harlow said' beside 'Harlow Foods'), nor
    where two bodies' names open on it ('Kessa Bank', 'Kessa Telecom'), nor a firm the text names
    as another's owner ('Vetta … controlled by Vetta Group AG'); one word may be the first word of
    the one firm whose name ends on a legal form ('Veltora' of 'Veltora NV')."""
    firms = {norm(without_legal_form(o.name)): o for o in spans
             if o.kind == "org" and norm(without_legal_form(o.name)) != norm(o.name)}
    owners = {o.key for o in spans if o.kind == "org" and named_as_an_owner(o.head)}
    stems = {norm(stem): o for o in spans if o.kind == "org" and o.key not in owners for stem in [firm_stem(o.name)] if stem
             and len({b.key for b in spans if b.kind == "org" and norm(b.name).startswith(norm(stem) + " ")}) == 1}
    surnames = {norm(s.name.split()[-1]) for s in spans if s.kind == "person" and len(s.name.split()) > 1}
    voiced = _written_before_a_voice(parsed, {s.name for s in spans}) if parsed is not None else set()
    trade_stems = _stems_of_firms_ending_on_a_common_noun(spans, owners)
    places = {norm(o.name) for o in spans if o.kind == "place"}
    for s in spans:
        firm = firms.get(norm(s.name))
        if firm is not None and s.kind in ("org", "person") and len(s.name.split()) > 1:
            s.key, s.kind = firm.key, "org"
            continue
        firm = stems.get(norm(s.name)) or (trade_stems.get(norm(s.name)) if s.kind == "person" else None)
        if firm is not None and _named_with_a_long_stem(firm.name) and (s.kind == "place" or _qualifies_plural_noun(s.head)):
            firm = None                         # 'Port Harbour residents' beside 'Port Harbour Construction Ltd'
        firm = firm or _firm_of_its_opening_words(s, spans, owners, not is_common_word(s.name) and (
            a_voice_of_the_word(s.head) or s.name in voiced)
            and not _names_a_place_or_its_people(s.name, spans, parsed))
        if firm is not None and s.kind in ("org", "person", "place") and not s.titles and not canonical(s.name) \
                and norm(s.name) not in surnames and not _short_form_of_a_place(s, places) \
                and not is_known_place(s.name) and not (s.kind == "person" and is_given_name(s.name.split()[0])):
            s.key, s.kind = firm.key, "org"


def _short_form_of_a_place(span: NameSpan, places: set[str]) -> bool:
    """'in the Tavey' after 'the River Tavey': a place's word that the names' keys already join to a
    longer place's name (`places`: the article's places' names) is that place (a river, a valley), no
    short form of a firm named after it ('Tavey Valley Foods Ltd')."""
    return span.kind == "place" and norm(span.key) != norm(span.name) and norm(span.key) in places


def _short_forms_of_firms_the_text_calls_it(spans: list[NameSpan]) -> None:
    """'Al Noor Cold Chain Logistics said … Al Noor planned to pay a dividend for its first year':
    a name read as a person's that opens the name of one body of the article, longer by a word
    or more and no unit of it ('X Council' of 'X Council Finance Committee', ORGAN_HEADS), is
    that body where the text refers to it as a thing ('its' on something its own verb governs,
    'it' doing what it says, a 'which' clause on it), even where its first word is also a given
    name ('Al'); not where a title, a person's noun or 'he'/'she' marks a person ('Tom Reed said
    he founded Tom Reed Associates'), nor where two bodies open on it. A name read as a body's
    is no short form of a longer name ending on a body's word (BODY_OF_ITS_OWN_ENDINGS): 'Kessa
    Rail' is not its parent 'Kessa Rail Holdings', 'University of Otago' not its students'
    association."""
    for s in spans:
        if s.kind not in ("person", "org") or len(s.name.split()) < 2 or norm(s.key) != norm(s.name):
            continue
        opening = norm(s.name) + " "
        longer = {o.key: o for o in spans if o.kind == "org" and norm(o.name).startswith(opening)}
        uses = [o for o in spans if norm(o.name) == norm(s.name)]
        if len(longer) != 1 or norm(next(iter(longer))).split()[-1] in ORGAN_HEADS \
                or s.kind == "org" and norm(next(iter(longer))).split()[-1] in BODY_OF_ITS_OWN_ENDINGS \
                or any(o.kind != s.kind or o.titles or in_apposition_to_a_common_noun(o.head) for o in uses):
            continue
        if any(_referred_to_as_a_thing(o.head) or _its_in_its_own_clause(o.head) for o in uses) \
                and not any(near_a_persons_pronoun(o.head) for o in uses):
            firm = next(iter(longer.values()))
            for o in uses:
                o.key, o.kind = firm.key, "org"


def _its_in_its_own_clause(head: Token) -> bool:
    """'X planned to pay a dividend for its first year': 'its' anywhere under the verb the name is
    the subject of, with no other subject on the way up to that verb."""
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    for t in verb.subtree:
        if t.lower_ != "its" or t.dep_ != "poss" or t in head.subtree:
            continue
        up = t.head
        while up != verb and not any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
            up = up.head
        if up == verb:
            return True
    return False


def _named_with_a_long_stem(name: str) -> bool:
    """'Port Harbour Construction Ltd': a firm whose name ends, its legal form left out, on a trade
    word that may follow a town's name (LONG_STEM_TRADE_WORDS); its short form read as a place
    ('Port Harbour residents', 'Velmo Harbour residents') is that place, no short form of the firm (review24a)."""
    words = without_legal_form(name).split()
    return bool(words) and words[-1].lower() in LONG_STEM_TRADE_WORDS


def _qualifies_plural_noun(head: Token) -> bool:
    """'[Velmo Harbour] residents': a name qualifying a lower-case plural noun right after it."""
    noun = head.head
    return head.dep_ == "compound" and noun.i == head.i + 1 and noun.is_lower and noun.tag_ == "NNS"


def _stems_of_firms_ending_on_a_common_noun(spans: list[NameSpan], owners: set[str]) -> dict[str, NameSpan]:
    """'Harwell' of 'Harwell Precision', 'Ostrava' of 'Ostrava Textiles': a firm of two words whose
    last is a common noun that names no kind of body ('Dunmore Council' is the town's) and whose first
    is none, the one body whose name opens on that word; its first word read alone as a person's
    name is its short form (the caller keeps titled people, surnames and given names apart); not
    where a use of that word alone is described as a person ('Harwell, the company's chief
    executive,')."""
    stems: dict[str, list[NameSpan]] = {}
    for o in spans:
        words = o.name.split()
        if o.kind == "org" and o.key not in owners and len(words) == 2 and all(w.isalpha() for w in words) \
                and words[-1].lower() not in ORG_OR_GENERIC_BODY_WORDS and is_common_word(words[-1]) and not is_common_word(words[0]):
            stems.setdefault(norm(words[0]), []).append(o)
    personal = {norm(p.name) for p in spans if p.kind == "person" and in_apposition_to_a_common_noun(p.head)}
    return {stem: found[0] for stem, found in stems.items() if len({o.key for o in found}) == 1
            and stem not in personal
            and not any(o.kind == "org" and o.key != found[0].key
                        and norm(o.name).startswith(stem + " ") for o in spans)}


def _firm_of_its_opening_words(span: NameSpan, spans: list[NameSpan], owners: set[str], voice: bool = False) -> NameSpan | None:
    """'Veltora' beside 'Veltora NV' ('Shares in Veltora NV … Veltora said'), 'Tarrant Freight' beside
    'Tarrant Freight Lines Pty Ltd': the opening words of the name of one body only, a firm whose
    name ends on a legal form (or, for two words or more, on a firm's trade word: 'Mensah Agro' of
    'Mensah Agro Exports Holdings'), are that firm (the checks of the caller keep a titled person, a
    surname or a place apart); not where another body's name opens on them too ('Miller Ltd',
    'Miller Group'), where the word is set beside a person's noun ('Bolt, the sprinter,'), nor
    where the text names that firm as another's owner ('controlled by Vetta Group AG'). Where the
    words qualify a voice of a body ('a Harwick spokesman', `a_voice_of_the_word`), the one body
    whose name they open is meant, whatever its name ends on ('Harwick Mining Corporation')."""
    words = norm(span.name).split()
    if not words or not all(w.isalpha() for w in span.name.split()) or in_apposition_to_a_common_noun(span.head):
        return None
    bodies = {o.key for o in spans if o.kind == "org" and len(o.name.split()) > len(words)
              and norm(o.name).split()[:len(words)] == words}
    firm = next((o for o in spans if o.key in bodies), None) if len(bodies) == 1 else None
    if firm is None or firm.key in owners or len(words) > 1 and span.kind == "place" and not voice:
        return None     # (two words read as a place's, 'Kessa City', may be the town a firm is named for)
    return firm if voice or _has_legal_form(firm.key) or len(words) > 1 and firm_stem(firm.name) else None


def _names_a_place_or_its_people(name: str, spans: list[NameSpan], parsed: ParsedArticle | None) -> bool:
    """Words the article also writes, other than before a voice of a body, as a place's name or
    its people's ('near Kilbride Ridge', 'Harwick residents', 'Harwick, a town of 3,000'): no short
    form of one body there, whatever a voice says."""
    uses = [o.head for o in spans if norm(o.name) == norm(name)]
    last = name.split()[-1]
    uses += [t for doc in (parsed.docs if parsed is not None else ()) for t in doc_tokens(doc) if t.text == last]
    people = {o.head for o in spans if o.kind == "person"}
    return any(not a_voice_of_the_word(t) and (_qualifies_plural_noun(t) or in_apposition_to_a_common_noun(t))
               for t in uses) or any(o.kind == "place" and not a_voice_of_the_word(o.head)
                                     and not _a_party_someone_acts_for(o.head, people)
                                     for o in spans if norm(o.name) == norm(name))


def _a_party_someone_acts_for(word: Token, people: set[Token]) -> bool:
    """'Ann Lowe SC, for Glenmore Heights, told the court', 'counsel for Glenmore Heights': the
    object of 'for' on a person's name (`people`: the heads of the article's person names) or on a
    noun of someone who appears for a party (PARTY_REPRESENTATIVE_NOUNS) is that party, whatever
    the recogniser took it for: no use of the words as a place's ('a bus for Glenmore Heights' is one,
    and so is an office's reach: 'the district attorney for X', 'the county solicitor for X',
    OFFICE_SCOPE_WORDS). `people` holds tokens, not indices: an article is parsed paragraph by paragraph."""
    if word.dep_ != "pobj" or word.head.lower_ != "for":
        return False
    holder = word.head.head
    if holder.pos_ == "PROPN":      # set off by commas: 'Mary Walsh TD for Glenmore Heights' is her constituency
        return holder in people and word.head.i > 0 and word.doc[word.head.i - 1].text == ","
    return holder.is_lower and holder.lemma_.lower() in PARTY_REPRESENTATIVE_NOUNS \
        and not any(c.dep_ in ("compound", "amod") and c.lower_ in OFFICE_SCOPE_WORDS for c in holder.children)


def a_voice_of_the_word(word: Token) -> bool:
    """'a Brigalow spokesperson', 'a spokesman for Brigalow', 'an official of Harwick': the word
    qualifies one unnamed voice of a body (BODY_VOICE_NOUNS), or is the object of its 'for'/'of'/
    'at' (VOICE_BODY_PREPOSITIONS): the body it names is the one whose name the word opens, whatever
    words of trade follow there ('Brigalow Coal Holdings')."""
    if word.dep_ == "compound" or word.dep_ in ("amod", "nmod") and word.pos_ == "PROPN":
        voice = word.head           # (the tagger may read an unknown name before the noun as its adjective)
    elif word.dep_ == "pobj" and word.head.lower_ in VOICE_BODY_PREPOSITIONS:
        voice = word.head.head
    else:
        return False
    return voice.tag_ == "NN" and voice.is_lower and voice.lemma_.lower() in BODY_VOICE_NOUNS and voice.i != word.i


def _written_before_a_voice(parsed: ParsedArticle, names: set[str]) -> set[str]:
    """The names of one word that somewhere in the article qualify a voice of a body ('a Brigalow
    spokesperson', `a_voice_of_the_word`): each is a body's name there, and so wherever it names
    the one body whose name it opens ('the court heard Brigalow had spent $4 million'). Read in
    one pass over the article for all the names (not one pass per name)."""
    words = {name for name in names if " " not in name}
    return {t.text for doc in parsed.docs for t in doc_tokens(doc) if t.text in words and a_voice_of_the_word(t)}


def _has_legal_form(name: str) -> bool:
    """'Veltora NV', 'Harlan Mills AG': a name that ends on a firm's legal form is a firm's."""
    words = norm(name).split()
    return len(words) > 1 and words[-1] in LEGAL_FORMS


def _join_firms_named_by_their_first_word(spans: list[NameSpan]) -> None:
    """'Shinwa Electronics said … Shinwa shares fell', 'Shinwa chief executive Ann Lowe': a body's
    one word that only qualifies a firm's shares, stake or unit, or a post in it, is the one
    longer body of the article whose name opens with it ('the Baltic coastline' stays apart: no
    firm's noun). A longer name that ends in an organ's head ('Senate Finance Committee',
    ORGAN_HEADS) is a unit of the body the word names ('Senate spokesman' is the Senate's), never it."""
    for s in spans:
        head = s.head
        if s.kind != "org" or " " in s.name or not s.name.isalpha() or is_acronym(s.name) or norm(s.key) != norm(s.name) \
                or not (head.dep_ in ("compound", "poss") and head.head.lower_ in CORPORATE_MODIFIED_NOUNS
                        or _a_post_in_it(head)):
            continue
        longer = {o.key for o in spans if o.kind == "org" and len(o.name.split()) > 1
                  and norm(o.name).split()[0] == norm(s.name) and norm(o.key) != norm(s.name)
                  and norm(o.name).split()[-1] not in ORGAN_HEADS}
        if len(longer) == 1:
            s.key = longer.pop()


def _a_post_in_it(name: Token) -> bool:
    """'Shinwa chief executive', 'a Shinwa spokeswoman': the name qualifies a lower-case noun of a
    post in a firm (CORPORATE_POST_NOUNS), not as an owner ('Shinwa's spokeswoman' is the
    recogniser's own body already)."""
    post = name.head
    return name.dep_ in ("compound", "nmod") and post.is_lower and post.lower_ in CORPORATE_POST_NOUNS


def _offices_written_by_their_initials(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Health Cabinet Secretary Grace Nyambura said … the CS accused the unions': capitals written
    after 'the' every time, that the article defines for no body and that are the initials of
    the last words of one person's capitalised title ('Cabinet Secretary'), two words or more, are
    that person's office, no body; where another person's title or a body of the article has
    those initials ('the CS' beside a 'Chief Secretary' or the 'Civil Service'), nobody's."""
    uses_of = _spans_by_key(spans)
    for key in {s.key for s in spans if s.kind == "org"}:
        mention = index.mentions.get(key)
        uses = uses_of[key]
        letters = _office_letters(mention.name) if mention is not None else None
        if mention is None or letters is None or not 2 <= len(letters) <= 4 \
                or canonical(mention.name) or mention.acronyms or mention.role or not all(map(_after_the, uses)) \
                or any(map(_qualifies_a_noun_after_it, uses)):
            continue
        if _letters_read_as_a_body(mention.name, uses):
            continue        # 'The DCI for Kessa County said', 'The SP's manifesto': one body reading keeps a body
        holders = {k for k, m in index.mentions.items() if m.type == "person" and m.role
                   and _title_ends_in(_post_written_out(m, index), letters)}
        if not holders:
            holders = _holders_of_the_lettered_title(mention.name, index)   # 'The Commissioner of Police, X … the CP'
        if len(holders) == 1 and not _a_bodys_initials(letters, key, spans) and not any(map(_written_as_a_body, uses)):
            holder = holders.pop()
            _fold_into(index, key, holder)
            for s in uses:
                s.key, s.kind = holder, "person"


def _drop_offices_written_as_letters(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """"the city's MMC for housing, Lerato Dube, said", 'the MEC had met both parties', 'the Water
    CECM': capitals (alone, or after a portfolio's field words) the article defines for no body,
    written every time as an office (after 'the' or a body's possessive, qualifying no noun), set
    in apposition to a person's name at least once (either way round: 'Ann Lowe, the MCA for
    Kessa Ward,'), a member's title of its own (MEMBER_TITLE_ABBREVIATIONS), or the initials of a
    post the article writes out ('deputy commissioner of police' ... 'the DCP'), are a person's
    office, no body; where _offices_written_by_their_initials found no one holder to give them
    to, they are nobody's. Two letters spell too many phrases to be a post on their spelling alone."""
    people = {(id(s.words.doc), s.head.i) for s in spans if s.kind == "person"}
    affiliations = {m.affiliation for m in index.mentions.values()}
    uses_of = _spans_by_key(spans)
    spelt_out: tuple[set[str], set[str]] | None = None
    for key in {s.key for s in spans if s.kind == "org"}:
        mention = index.mentions.get(key)
        uses = uses_of[key]
        letters = _office_letters(mention.name) if mention is not None else None
        holders = _people_it_is_apposed_to(uses, spans)
        if mention is None or letters is None or not 2 <= len(letters) <= 4 \
                or canonical(mention.name) or mention.acronyms or mention.role \
                or key in affiliations and not _only_affiliation_of(key, holders, index) \
                or not all(_after_the(s) or _after_a_possessive(s) or _defined_after_a_post(s) for s in uses) \
                or any(map(_qualifies_a_noun_after_it, uses)):
            continue
        if letters in MEMBER_TITLE_ABBREVIATIONS or any(map(_defined_after_a_post, uses)) \
                or any((id(s.words.doc), c.i) in people for s in uses for c in child_tokens(s.head) if c.dep_ == "appos") \
                or holders:
            for holder in holders:          # 'Ann Lowe, the MCA for Kessa Ward,': her office, no body she is of
                if index.mentions[holder].affiliation == key:
                    index.mentions[holder] = replace(index.mentions[holder], affiliation=None)
            _remove_body(index, key)
            continue
        if spelt_out is None:
            spelt_out = _initials_of_posts_written_out(parsed)
        if _letters_read_as_a_body(mention.name, uses):
            continue        # 'The SP's manifesto', 'members of the SP': a body everywhere in the article
        if (len(letters) >= _LETTERS_SPELT_WITHOUT_A_REMIT and letters in spelt_out[0]
                or len(letters) >= _LETTERS_SPELT_ALONE and letters in spelt_out[1]
                or _a_lettered_title_the_article_writes_out(mention.name, parsed, index)) \
                and not _a_bodys_initials(letters, key, spans) and not any(map(_written_as_a_body, uses)):
            _remove_body(index, key)


def _holders_of_the_lettered_title(name: str, index: ActorIndex) -> set[str]:
    """'The Commissioner of Police, Tom Reed, … The CP said': the people of the article whose role is
    the very title the capitals stand for (holds_the_lettered_title); none where the capitals are no
    title's."""
    return {k for k, m in index.mentions.items() if m.type == "person" and holds_the_lettered_title(m.role, name)}


def _a_lettered_title_the_article_writes_out(name: str, parsed: ParsedArticle, index: ActorIndex) -> bool:
    """The capitals stand for a title (TITLE_LETTERS_BEFORE_A_NAME) that the article also writes out in
    words or gives a person as their role ('Commissioner of Police', 'CP Ann Lowe'): 'the CP' is then
    that title, a description of its holder, no body, also where two people hold it (then nobody's).
    Letters the article never writes out stay as the recogniser read them ('The DCI said': a
    directorate as often as a detective's rank)."""
    if not lettered_title(name):
        return False
    return bool(_holders_of_the_lettered_title(name, index)) \
        or bool(parsed.docs) and name in letters_the_article_writes_out(parsed.docs[0])


def _letters_read_as_a_body(name: str, uses: list[NameSpan]) -> bool:
    """Capitals a title may be written by (TITLE_LETTERS_BEFORE_A_NAME) of which one use reads as a
    body's ('The SP's manifesto', 'The DCI for Kessa County'): a body everywhere in the article."""
    return name in TITLE_LETTERS_BEFORE_A_NAME and any(map(_a_lettered_title_read_as_a_body, uses))


def _a_lettered_title_read_as_a_body(span: NameSpan) -> bool:
    """The parse reads the capitals as a body's, not as a title's holder: they carry an 'of'/'for'
    phrase of their own ('The DCI for Kessa County': a directorate's remit; a title's letters already
    hold theirs), or their verb takes seats, a majority or candidates as its object ('the SP won 37
    seats', 'the SP fielded candidates': what a party does, CHAMBER_PART_NOUNS, CANDIDACY_NOUNS), or they
    are what a noun of members or seats is 'of' ('members of the SP')."""
    head = span.head
    if any(c.dep_ == "prep" and c.lower_ in TITLE_FIELD_PREPOSITIONS for c in head.children):
        return True
    if head.dep_ == "poss" and head.head.pos_ == "NOUN" and singular(head.head.lower_) not in TITLE_VOCABULARY:
        return True         # 'The SP's manifesto', 'the DCI's report': a thing the body owns, not a holder's post
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _CHAMBER_PART_OR_MEMBER_WORDS:
        return True         # 'members of the SP', 'a majority of the SP': a body's members or share, not a holder's
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = [head.head] + [c for c in head.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _SEAT_OR_CANDIDATE_NOUNS
               for v in verbs for o in v.children)


_SEAT_OR_CANDIDATE_NOUNS = CHAMBER_PART_NOUNS | CANDIDACY_NOUNS


def _written_as_a_body(span: NameSpan) -> bool:
    """'The SP and the BJP blamed each other', 'the SP, which won 37 seats,', 'The GM said it would
    recall 40 cars', 'the CDO, a property firm,': the letters coordinated with another name, taken
    up by 'it'/'which', or described by a body's noun in apposition are a body's, not a post's
    ('the Water CECM and the Chief Officer': a post beside a post is no body)."""
    head = span.head
    conjuncts = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    return any(c.ent_type_ == "ORG" and c.lower_ not in TITLE_VOCABULARY for c in conjuncts) \
        or _referred_to_as_a_thing(head) or _a_body_noun_in_apposition(span)


def _a_bodys_initials(letters: str, key: str, spans: list[NameSpan]) -> bool:
    """Another body of the article (also one no longer an actor) has these initials ('the CS'
    beside 'Coast Savings' or a defined '(CS)')."""
    return any(o.key != key and o.kind != "person" and (initials(o.name) == letters
               or o.acronym and o.acronym.lower() == letters) for o in spans)


def _people_it_is_apposed_to(uses: list[NameSpan], spans: list[NameSpan]) -> set[str]:
    """The people whose names the capitals are set in apposition to: 'Ann Lowe, the MCA for Kessa
    Ward,' (the capitals' word hangs on her name as an apposition) and 'the MCA for Kessa Ward,
    Ann Lowe,' (her name hangs on the capitals' word itself, or on the object of its own 'of'/'for'
    phrase); not a name set beside a noun of a clause on them ('the EACC, whose chairman, Tom Reed,
    resigned', 'The PSC, led by its chairman, Ann Lowe,': the chairman's name, the body's)."""
    remits = [p for s in uses for c in s.head.children if c.dep_ == "prep" and c.lower_ in TITLE_FIELD_PREPOSITIONS
              for p in c.children if p.dep_ == "pobj"]
    apposed = {(id(s.words.doc), s.head.head.i) for s in uses if s.head.dep_ == "appos"} \
        | {(id(s.words.doc), t.i) for s in uses for t in s.head.children if t.dep_ == "appos" and t.i > s.head.i} \
        | {(id(p.doc), t.i) for p in remits for t in p.children if t.dep_ == "appos"}
    return {p.key for p in spans if p.kind == "person" and (id(p.words.doc), p.head.i) in apposed} if apposed else set()


def _only_affiliation_of(key: str, holders: set[str], index: ActorIndex) -> bool:
    """The body `key` is the affiliation of no one but `holders` (people it is apposed to, whom
    it was given as the body of a post it names)."""
    return bool(holders) and all(k in holders for k, m in index.mentions.items() if m.affiliation == key)


def _office_letters(name: str) -> str | None:
    """'CS', 'Water CECM': the capitals (lower-cased) of a name that is capital letters alone or
    after a portfolio's field words ('Health', 'Water'); None for any other name."""
    words = name.split()
    if not words or not is_acronym(words[-1]) or not words[-1].isalpha() \
            or not all(w.lower() in PORTFOLIO_FIELD_NOUNS for w in words[:-1]):
        return None
    return words[-1].lower()


def _post_written_out(mention: Mention, index: ActorIndex) -> str:
    """A person's role as the article may have written the whole post: after the capitalised name
    of the body it is held at ('County Executive Committee' + 'Member for Health')."""
    body = index.mentions.get(mention.affiliation) if mention.affiliation else None
    if body is None or not body.name[:1].isupper() or mention.role[:1].islower():
        return mention.role
    return f"{body.name} {mention.role}"


_POST_WINDOW = 5        # words of a post before its title's noun; words of its 'of'/'for' phrase after it
_LETTERS_SPELT_ALONE = 3    # two letters spell too many phrases ('party president': 'PP') to be a post on that alone
_LETTERS_SPELT_WITHOUT_A_REMIT = 4     # three letters spell a post with no 'of'/'for' remit as often as a party's name ('NDC')


def _initials_of_posts_written_out(parsed: ParsedArticle) -> tuple[set[str], set[str]]:
    """The initials (lower case) of every post the article writes out: up to five words ending on
    a title's noun (no body's head word), alone or running on over its 'of'/'for' phrase with no
    article ('deputy commissioner of police': 'dcp'; 'County Executive Committee Member': 'cecm';
    not 'secretary of the union', a body's post); and apart, those of the posts run on over their
    remit (three letters spell a post only so: 'national deputy chairman' may be a party's 'NDC')."""
    found: set[str] = set()
    with_remit: set[str] = set()
    for sent in parsed.sentences:
        doc = sent.doc
        for t in sent:
            if not t.is_alpha or singular(t.lower_) not in TITLE_VOCABULARY or t.lower_ in ORG_HEADS:
                continue
            ends = [t.i + 1]
            if t.i + 2 < sent.end and doc[t.i + 1].lower_ in TITLE_FIELD_PREPOSITIONS and doc[t.i + 2].lower_ not in ARTICLES:
                ends += [e for e in range(t.i + 3, min(t.i + 2 + _POST_WINDOW, sent.end) + 1) if doc[e - 1].is_alpha]
            for start in range(max(sent.start, t.i - _POST_WINDOW + 1), t.i + 1):
                if all(w.is_alpha for w in doc[start:t.i]):
                    for end in ends:
                        spelt = all_initials(doc[start:end].text)
                        found |= spelt
                        if end > t.i + 1:
                            with_remit |= spelt
    return found, with_remit


def _defined_after_a_post(span: NameSpan) -> bool:
    """'the Provincial Assembly Member (PAM)': initials in brackets right after the capitalised words
    they spell, which end on a title's word (_ends_on_a_post): a post's letters, defined for no body."""
    doc, start, letters = span.head.doc, span.words.start, span.name.lower()
    if start < len(letters) + 1 or doc[start - 1].text != "(":
        return False
    words = tuple(doc[start - 1 - len(letters):start - 1])
    return all(w.is_title for w in words) and "".join(w.lower_[0] for w in words) == letters and _ends_on_a_post(words)


def _after_a_possessive(span: NameSpan) -> bool:
    """"the city's MMC": the name right after a possessive's 's."""
    doc, start = span.head.doc, span.words.start
    return start > 0 and doc[start - 1].tag_ == "POS"


def _title_ends_in(role: str, letters: str) -> bool:
    """'Health Cabinet Secretary' ends in words whose initials are 'cs' (two words or more, all
    capitalised); so does a post with its remit after 'of' or 'for' (no article: 'secretary of the
    union' is a body's post): 'Deputy Commissioner of Police' in 'dcp' ('of' left out or kept, as
    all_initials reads a name's), 'County Executive Committee Member for Health' in 'cecm' (the post
    before its 'for' phrase)."""
    words = role.split()
    if len(letters) < 2:
        return False
    if len(words) >= len(letters) and all(w[:1].isupper() for w in words[-len(letters):]) \
            and "".join(w[0].lower() for w in words[-len(letters):]) == letters:
        return True
    if len(letters) < _LETTERS_SPELT_ALONE:
        return False        # 'Superintendent of Police' spells 'sp', a party's letters as often
    cut = next((i for i, w in enumerate(words) if i and w.lower() in TITLE_FIELD_PREPOSITIONS), None)
    if cut is None or cut + 1 >= len(words) or words[cut + 1].lower() in ARTICLES:
        return False        # 'party president' ('PP' a party's), 'secretary of the union': no post's remit
    return any(letters in all_initials(" ".join(words[start:end]))
               for end in {cut, len(words)} for start in range(end - 1)
               if words[start].lower() not in TITLE_FIELD_PREPOSITIONS)


def _fold_into(index: ActorIndex, key: str, holder: str) -> None:
    """The words that named `key` name `holder`: its tokens point to the holder, its mention goes
    (no alias is kept: the short form is this article's evidence only)."""
    tokens = [t for t, k in index.by_token.items() if k == key]
    order = [(n, at, holder) for n, at, k in index.order if k == key]
    spans = [(*s[:-1], holder) for s in index.spans if s[-1] == key]
    _remove_body(index, key)
    for t in tokens:
        index.by_token[t] = holder
    index.order = sorted(index.order + order)
    index.spans += spans


def _drop_bare_body_nouns(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Council approves budget' (a headline), 'the Government's new regulator': one capitalised
    word that is a body's common noun names no particular body unless the article says whose it
    is. It goes where another body of the article is named with it as its head word ('Riverbend
    City Council'), whose short form it may be (a state guessed for it would be wrong there), and
    where, a state's body ('the Government', 'the Ministry') written after 'the' every time, no
    state is known for it (no affiliation, and no one's affiliation). A state's legislature or
    court ('Congress', 'the Senate', 'Parliament') is written as a name and stays; so does a word
    that only qualifies a body's name ('House' beside 'White House')."""
    affiliations = {m.affiliation for m in index.mentions.values()}
    for key, mention in list(index.mentions.items()):
        word = mention.name
        if mention.type != "organization" or " " in word or not word[:1].isupper() or word.isupper() \
                or word.lower() not in ORG_HEADS or word.lower() in STATE_BODIES - STATE_BODY_NOUNS \
                or canonical(word) or mention.acronyms or mention.role:
            continue
        uses = [s for s in spans if s.key == key]
        if word.lower() not in _STATE_BODY_WORDS and all(map(_scopes_a_title, uses)):
            for holder in index.mentions.values():
                if holder.affiliation == key and holder.role and not holder.role.startswith(word):
                    holder.role = f"{word} {holder.role}"     # the post is 'Group Chief Executive'
            _remove_body(index, key)        # 'Group Chief Executive X': the title's scope, no body ('Army Major X' keeps its army)
            continue
        if key in affiliations:
            continue
        headed = any(k != key for k in index.bodies_headed_by(word.lower()))
        unowned = word.lower() in STATE_BODY_NOUNS and not mention.affiliation and uses \
            and all(_after_the(s) for s in uses)
        if headed or unowned:
            _remove(index, key)


def _drop_named_storms(index: ActorIndex) -> None:
    """'Typhoon Mirela', 'Tropical Storm Berta', 'Hurricane Sandy': a kind of storm written
    before a given name, or a word no dictionary has, names a weather event, not one who acts
    (its short form 'Mirela' goes with it). A body named after storms has a body's head word or
    a common noun after it ('the Storm Prediction Center', 'Tempest Capital')."""
    for key, mention in list(index.mentions.items()):
        words = mention.name.split()
        while len(words) > 2 and words[0].lower() in STORM_MODIFIERS:
            words = words[1:]
        if len(words) > 1 and words[0].lower() in STORM_NOUNS and words[1][:1].isupper() \
                and (is_given_name(words[1]) or not is_common_word(words[1])) \
                and not any(w.lower() in ORG_OR_GENERIC_BODY_WORDS for w in words):
            _remove(index, key)


def _drop_common_nouns_taken_for_bodies(index: ActorIndex) -> None:
    """'the prosecutor's office', 'the council disputes', 'spokeswoman for emergency services':
    a body's common noun in lower case names no particular body, so it is no actor and no one's
    affiliation (the article's named body, if any, is a page of its own). A body a state has
    one of ('the police', 'the army') is that state's."""
    for key, mention in list(index.mentions.items()):
        words = mention.name.split()
        if mention.type == "organization" and words and mention.name.islower() \
                and words[-1] in ORG_OR_GENERIC_BODY_WORDS and words[-1] not in STATE_BODIES - SEVERAL_PER_STATE:
            _remove_body(index, key)


def _drop_portfolios_read_as_parties(parsed: ParsedArticle, index: ActorIndex) -> None:
    """'Federal Labour Minister Ann Lowe': a party's name that is also a portfolio, written
    only right before a minister's or secretary's capitalised title, is the portfolio; the
    party ('a Labour minister', 'Labour said') is no actor there, nor her affiliation. So where the
    article also writes the word in lower case ('the labour department') and its other capitals
    open a sentence on a lower-case noun ('Labour rights researcher X'): the field of work."""
    for key, mention in list(index.mentions.items()):
        if mention.type != "organization" or norm(mention.name) not in PORTFOLIO_PARTY_NAMES:
            continue
        uses = [t for doc in parsed.docs for t in doc if t.lower_ == norm(mention.name)]
        capitals = [t for t in uses if not t.is_lower]
        if uses and all(_before_a_portfolio_office(t) for t in uses) \
                or len(capitals) < len(uses) and all(_before_a_portfolio_office(t) or _opens_a_sentence_on_a_field(t)
                                                     for t in capitals):
            _remove_body(index, key)


def _before_a_portfolio_office(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.nbor().lower_ in PORTFOLIO_OFFICES and token.nbor().text[:1].isupper()


def _opens_a_sentence_on_a_field(token: Token) -> bool:
    """'Labour rights researcher X' opening a sentence: the capital is the sentence's, the word
    qualifies a lower-case noun after it (the article writes it in lower case elsewhere)."""
    return token.is_sent_start and token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i \
        and token.head.is_lower and token.head.lower_ not in ROLE_NOUNS      # not 'Labour leader Keir Starmer': the party's


def _bracketed_labels_as_their_parties(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Cllr Ann Lowe (Con)': a party's label written in brackets is no body of its own. It is
    the party where the article names it (its members' affiliation), else nothing (the label
    alone could be another country's party of that name)."""
    uses_of = _spans_by_key(spans)
    for key in {s.key for s in spans if s.kind == "org"}:
        mention = index.mentions.get(key)
        uses = uses_of[key]
        if mention is None or mention.name not in BRACKETED_PARTY_LABELS or not all(_in_brackets(s) for s in uses):
            continue
        party = next((k for k in map(index.find, BRACKETED_PARTY_LABELS[mention.name]) if k and k != key
                      and index.mentions[k].type == "organization"), None)
        _remove_body(index, key, members_to=party)


def _a_persons_initials_in_brackets(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Wanjiru Atieno Kamau (WAK) said …': capitals in brackets right after a person's name that are
    the initials of its words (three or more) are her own short form, as many in East and West Africa
    are known: one page, the initials its alias, no body she belongs to."""
    for span in spans:
        if span.kind != "org" or span.key not in index.mentions or not _in_brackets(span):
            continue
        person = next((s.key for s in spans if s.kind == "person" and s.words.doc is span.words.doc
                       and s.words.end == span.words.start - 1 and s.key in index.mentions), None)
        if person and index.mentions[person].type == "person" and its_own_initials(span.key, index.mentions[person].name):
            _fold_into(index, span.key, person)
            index._add_forms(index.mentions[person], [span.key])


def _in_brackets(span: NameSpan) -> bool:
    doc, start, end = span.words.doc, span.words.start, span.words.end
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def _drop_countries_inside_names(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Reform UK's Paul Denton', 'Airbus UK said': a country's name that ends a longer
    capitalised name (a word joined to it as its modifier, not a title or a nationality) is
    part of a party's or company's name; where it is never written otherwise, the country is
    no actor of the article."""
    uses_of = _spans_by_key(spans)
    for key in {s.key for s in spans if s.kind == "country"}:
        uses = uses_of[key]
        firsts = [_first_word_of_a_longer_name(s) for s in uses]
        inside = {w.text for w in firsts if w is not None and not w.is_sent_start}
        if key in index.mentions and uses and all(w is not None and w.text in inside for w in firsts):
            _remove(index, key)


def _drop_countries_opening_a_bodys_name(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Judge X of the United States District Court for …', 'a ruling by the Veland Federal Court':
    a country's name that qualifies capitalised words ending in a body's head noun (ORG_HEADS) is
    the first part of that body's name, which the recogniser left unjoined; where every use of it is
    so, the country is no actor of the article (nor anyone's body). Not where the words after it are
    an actor of their own ('the US Commerce Department' joined: the country may own it)."""
    uses_of = _spans_by_key(spans)
    for key in {s.key for s in spans if s.kind == "country"}:
        uses = uses_of[key]
        if key in index.mentions and uses and all(_opens_an_unnamed_bodys_name(parsed, index, s) for s in uses):
            _remove(index, key)


def _opens_an_unnamed_bodys_name(parsed: ParsedArticle, index: ActorIndex, span: NameSpan) -> bool:
    """The country's words modify a run of capitalised proper nouns right after them whose last word
    heads a body's name ('United States' + 'District Court'), a run no actor's name covers."""
    doc = span.words.doc
    last = span.words.end - 1
    token = doc[last]           # (the name's own last word: its head may be read as the 'the' before it)
    if token.dep_ != "compound" or token.head.i <= last:
        return False
    body = token.head
    while body.dep_ == "compound" and body.head.i > body.i and body.head.pos_ == "PROPN":
        body = body.head
    words = [doc[i] for i in range(last + 1, body.i + 1)]
    return bool(words) and all(t.pos_ == "PROPN" and t.is_title for t in words) \
        and body.lower_ in ORG_HEADS and not any(index.key_for(parsed, t) for t in words)


def _first_word_of_a_longer_name(span: NameSpan) -> Token | None:
    """The capitalised word joined to the country's name as its modifier ('Reform' of 'Reform
    UK'), if any; at a sentence's start it counts only where the article writes it so elsewhere
    too ('Neighbouring Uruguay offered help' is an adjective's capital)."""
    doc, start = span.words.doc, span.words.start
    if start == 0:
        return None
    before = doc[start - 1]
    if before.is_title and before.pos_ in ("PROPN", "NOUN") and before.dep_ == "compound" \
            and before.head.i in range(start, span.words.end) and not before.ent_type_ \
            and before.lower_ not in TITLE_VOCABULARY and not canonical(before.text):
        return before
    return None


def _scopes_a_title(span: NameSpan) -> bool:
    """'Group Chief Executive X', 'Group Finance Director Y', 'Agency spokeswoman Z', 'Council member
    Z': a body's common noun that opens a capitalised title, or that the parse joins to a post its
    holder is named after (actor_names.qualifies_a_post_before_its_holder), with no word before it
    that could make it a name ('the', 'Harbour')."""
    doc, start, end = span.head.doc, span.words.start, span.words.end
    before = doc[start - 1] if start > 0 else None
    return end < len(doc) and (doc[end].is_title and singular(doc[end].lower_) in TITLE_VOCABULARY
                               or qualifies_a_post_before_its_holder(doc[end - 1])) \
        and (before is None or not (before.is_title or before.lower_ == "the"))


def _qualifies_a_noun_after_it(span: NameSpan) -> bool:
    """'the AG office', 'the CS gas': capitals qualifying a noun after them name what that noun
    is of (an office, a thing), not the titled person (review24a)."""
    head = span.head
    return head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i


def _after_the(span: NameSpan) -> bool:
    doc, start = span.head.doc, span.words.start
    return start > 0 and doc[start - 1].lower_ == "the"


def _same_entity(a: Token, b: Token) -> bool:
    ent = entity_at(a)
    return ent is not None and ent.start <= b.i < ent.end


def _drop_locations(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan], governing: set[str]) -> None:
    """Organisations and countries named only as where something happens ("in Kessa",
    "fighting in Syria", "entered Kabul") or where someone lives ('Ann Lowe, 71, of Copper Hill,', 'Kessa
    Point resident Ann Lowe': PLACE_QUALIFIED_RESIDENT_NOUNS, of which no body has any; not 'a Clarion Housing
    tenant', a landlord's) are places, save the article's main country (its bodies' state); so is
    a "person" without a title named only after 'in', 'at' or 'near' (people are written to,
    met with and heard from, not found in)."""
    main = main_country(parsed, index)
    uses_of = _spans_by_key(spans)
    name_at = {(id(s.words.doc), s.words.start): s.key for s in spans}
    for key in {s.key for s in spans if s.kind in ("org", "country")}:
        uses = uses_of[key]
        if all((is_location(s.head) or is_destination(s.head) or names_an_address(s.head)
                or _qualifies_a_persons_noun(s.head, PLACE_QUALIFIED_RESIDENT_NOUNS) or a_place_one_lives_in(s.words)
                or _qualifies_a_common_noun_before_its_holder(s, index, name_at)) and not _author_of_a_source(s.head)
               and not _addressee_of_a_document(s.head) for s in uses) \
                and key in index.mentions and key != main and key not in governing and not _described_as_a_body(key, uses) \
                and not _speaks_by_its_head_word(parsed, key, uses, spans):
            if not any(w in ORG_HEADS for w in norm(key).split()) or norm(key) in STATE_SEATS \
                    or all(_gathering_place_as_venue(key, s.head) for s in uses) \
                    and not _written_more_often_than_recognised(parsed.article.text, uses):   # 'received in the Oval Office'
                _remove(index, key)
    affiliations = {m.affiliation for m in index.mentions.values()}
    for key in {s.key for s in spans if s.kind in ("org", "person") and (set(norm(s.key).split()) & CARE_BODY_WORDS
                                                              or norm(s.key).endswith(CARE_BODY_NAME_ENDINGS))}:
        if _of_no_standing(index, key, affiliations) and all(_where_a_patient_went(s.head) for s in uses_of[key]):
            _remove(index, key)                 # 'was taken to the Northgate Hospital': where, not who (also
            #                                     one the recogniser read as a person: 'referred to Amir Khan Hospital')
    _drop_places_of_custody(index, uses_of, affiliations)
    for key in {s.key for s in spans if s.kind == "org"}:
        uses = uses_of[key]
        if key in index.mentions and (all(modifies_a_work(s.head) for s in uses) or _names_a_scheme(key, uses)):
            _remove(index, key)                 # 'the BBC's Morning Desk programme': a programme
        elif key in index.mentions and any(_part_of_a_law(s.head) for s in uses) and not any(is_source(s.head) for s in uses) \
                and not _has_a_body_word(key) and not is_acronym(key):
            _remove(index, key)                 # "Velcor's provisions": an agreement
        elif key in index.mentions and _names_a_channel(key) and all(is_broadcast_venue(s.head) for s in uses):
            _remove(index, key)                 # 'told X Radio's Today programme': where the words went out
        elif key in index.mentions and all(_platform(s.head) for s in uses) and not index.mentions[key].acronyms:
            _remove(index, key)                 # 'streamed on Vidflix': where something is seen
    for key in {s.key for s in spans if s.kind == "person"}:
        uses = uses_of[key]
        if key in index.mentions and not any(s.titles for s in uses) and not any(_after_a_bodys_name(s) for s in uses) \
                and all(is_location(s.head) and _first_of_a_list(s.head).head.lower_ in _PLACE_PREPS_OR_OF
                        or is_destination(s.head, ("enter",)) or _names_an_electoral_unit(s.head) or names_an_address(s.head)
                        or _qualifies_a_persons_noun(s.head, PLACE_QUALIFIED_PERSON_NOUNS) and not is_given_name(s.name.split()[0])
                        or _qualifies_a_common_noun_before_its_holder(s, index, name_at, through_a_body=True)
                        for s in uses):
            _remove(index, key)                 # 'in Kessa Shahr', 'north of Kessa Shahr', 'entered Tell X' read
            #                                     as a person: a town (people are visited, not entered); 'One
            #                                     Kessa dairy farmer': where the farmer farms
        elif key in index.mentions and all(in_broadcast_title(s.head) for s in uses):
            _remove(index, key)                 # 'told X Radio's Drive with Sam Hollis': a programme's title


def _qualifies_a_persons_noun(token: Token, nouns: frozenset, holder_named_after=None) -> bool:
    """'One [Waimara] dairy farmer', '[Harbury Peninsula] resident and fisher X', 'a [Kelby View]-area
    farmer': a name the parse joins as a compound, straight or through lower-case common nouns of no body
    ('-area'), to a singular lower-case noun of one described by where they live or work (`nouns`) is where
    that person lives or works, a place (a person's name does not qualify a farmer or a resident; a body's
    name does so only through a body's noun, 'a Kessa club member', which stops the walk).
    With `holder_named_after` (a test of the common noun, whether the name of its holder follows it right
    after), the same walk reads instead the qualifier of lower-case common nouns of any kind, a body's nouns
    included, the last of them written right before the name of the one it describes: 'the [Orwin] haulage
    firm Tarrant & Voss', '[Corvale] alderman Cr Ann Lowe'; nouns a person's name qualifies as often stop it
    ('a Jackson aide Tom Reed': NOUNS_A_PERSONS_NAME_QUALIFIES)."""
    t = token
    while t.dep_ in ("compound", "nmod") and t.head.i > t.i:
        if holder_named_after is not None and t is not token and t.head.pos_ == "PROPN":
            break                       # 'haulage firm [Tarrant & Voss]' parsed as the name's compound
        t = t.head
        if holder_named_after is not None:
            if not (t.pos_ == "NOUN" and t.is_lower and t.tag_ in ("NN", "NNS")) \
                    or t.lemma_.lower() in NOUNS_A_PERSONS_NAME_QUALIFIES or t.lower_ in NOUNS_A_PERSONS_NAME_QUALIFIES:
                return False
            continue
        if not (t.pos_ == "NOUN" and t.is_lower and t.lower_ not in ORG_OR_COMPANY_NOUNS):
            return False
        if t.tag_ == "NN" and t.lemma_.lower() in nouns and t.dep_ not in ("compound", "nmod"):
            return not any(c.dep_ == "conj" for c in child_tokens(t))
            #                     (not 'a Kessa resident engineer', where the noun qualifies another; not
            #                     'Kessa Point resident and fisher Tom Reed', one person the speaker rules
            #                     read as two, whom the name's page keeps apart)
    return holder_named_after is not None and t is not token and holder_named_after(t)


def _qualifies_a_common_noun_before_its_holder(span: NameSpan, index: ActorIndex, name_at: dict,
                                               through_a_body: bool = False) -> bool:
    """'the [Orwin] haulage firm Tarrant & Voss', '[Corvale] alderman Cr Ann Lowe': a name the gazetteer
    knows as a town, province or state (no country), the qualifier of lower-case common nouns written right
    before the name of their holder, a person or a body the rules made an actor (`name_at`: the key of the
    name whose words, titles included, begin at a token), is where that holder is, a place, no actor.
    With `through_a_body` (a name the recogniser typed as a person's) only where a body's or a trade's noun
    stands among those nouns (BODY_OR_TRADE_NOUNS: 'the [Madison] freight company X'): a person's name
    qualifies as well one who studies, serves or follows that person ('a Lincoln scholar X', 'a Garland
    impersonator X'), no place."""
    if not is_known_place(span.name) or is_country_name(span.name):
        return False

    def holder_named_after(noun: Token) -> bool:
        key = name_at.get((id(noun.doc), noun.i + 1))
        return key is not None and key != span.key and key in index.mentions \
            and index.mentions[key].type in ("person", "organization") \
            and (not through_a_body or any(t.lemma_.lower() in BODY_OR_TRADE_NOUNS or t.lower_ in BODY_OR_TRADE_NOUNS
                                           for t in noun.doc[span.head.i + 1:noun.i + 1]))
    return _qualifies_a_persons_noun(span.head, frozenset(), holder_named_after)


def _after_a_bodys_name(span: NameSpan) -> bool:
    """'the leader in the National Assembly [Omar Qureshi]': a name written right after a body's
    capitalised head word is the person of that body the parse hung on 'in', not where it is."""
    start = span.words.start
    return start > 0 and span.words.doc[start - 1].is_title and span.words.doc[start - 1].lower_ in ORG_HEADS


def _first_of_a_list(token: Token) -> Token:
    """'in Kessa, Tell Marun and [Ban Wang]': the first name of the list a name ends ('in' governs it);
    not over an apposition ('in the Bundestag, [Ann Lowe], said': a person set beside a body)."""
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == "PROPN" \
            and token.head.ent_type_ not in ("DATE", "TIME"):
        token = token.head                      # not over a date: 'in December and [Tony Lowe] is …'
    return token


def _speaks_by_its_head_word(parsed: ParsedArticle, key: str, uses: list[NameSpan], spans: list[NameSpan]) -> bool:
    """'At St Aldric Hospital, ... . The hospital's management said ...': a body named only as
    where something happens that the next sentences take up by its head word with 'the', as the
    subject of a speech verb or as the owner of that subject's board or voice ('the hospital
    said', 'the hospital's spokeswoman said'), speaks; the one body of the article with that head."""
    head = name_head(key)
    if not head or not is_common_word(head) or len({s.key for s in spans if s.kind == "org" and name_head(s.key) == head}) != 1:
        return False
    first = min(s.sentence for s in uses)
    for sentence in parsed.sentences[first + 1:first + 4]:
        for token in sentence:
            if token.lower_ != head or not any(c.dep_ == "det" and c.lower_ == "the" for c in child_tokens(token)):
                continue
            subject = token.head if token.dep_ == "poss" and token.head.lemma_.lower() in _BODY_ORGAN_OR_VOICE_NOUNS else token
            if subject.dep_ == "nsubj" and subject.head.lemma_ in SPEECH_VERBS:
                return True
    return False


def _its_voice_speaks_by_its_name(parsed: ParsedArticle, name: str) -> bool:
    """'A Kessa Growers spokesperson said …' where the recogniser tagged nothing there (or another kind),
    and the body is named as an actor only elsewhere: the body's name, written as the article writes it
    there, right before a voice noun of a body in the singular (BODY_VOICE_NOUNS) that is the subject of a
    speech verb (SPEECH_VERBS) gives the body a voice, so it acts; not 'Kessa Growers officials' (several)
    nor a voice noun that is no verb's subject ('told a Kessa Growers spokesperson')."""
    words = name.split()
    for sentence in parsed.sentences:
        for token in sentence:
            if token.tag_ != "NN" or not token.is_lower or token.lemma_.lower() not in BODY_VOICE_NOUNS \
                    or token.dep_ != "nsubj" or token.head.lemma_ not in SPEECH_VERBS or token.i < len(words):
                continue
            if [t.text for t in token.doc[token.i - len(words):token.i]] == words:
                return True
    return False


def _where_a_patient_went(token: Token) -> bool:
    """'was taken to X Hospital', 'referred to X Hospital', 'treated at X Clinic', 'discharged from X Infirmary', 'died in
    X Hospital': a care body as the place a verb of carrying or treating a patient puts someone
    (also the second of a pair, 'X and Y hospitals'); nothing described or owned by it, no staff;
    also 'beds in the wards of X Hospital and Y Medical Center': the owner of a part of the
    building where patients lie (HOSPITAL_PART_NOUNS)."""
    return _where_someone_is_put(token, PATIENT_PLACE_PREPOSITIONS, _CARE_OR_PATIENT_MOVING_VERBS) \
        or _where_someone_is_put(token, PART_OWNER_PREPOSITIONS, nouns=HOSPITAL_PART_NOUNS)


def _where_someone_is_put(token: Token, prepositions, verbs=frozenset(), nouns=frozenset(), part_at=frozenset()) -> bool:
    """The name as the object of one of `prepositions` on one of `verbs` or `nouns` (the first of a
    pair or an apposition standing for it), with nothing that describes or owns it and no staff of it.
    With `part_at`, `nouns` are parts of a building that must themselves be where something happens (the
    object of one of `part_at`: 'on the steps of X'), and the name may also own its part ('on the X Centre's
    top floor') or qualify it ('by the X Hall entrance')."""
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    if is_source(token) or _member_body(token) or any(c.dep_ in ("relcl", "acl", "poss") for c in child_tokens(token)):
        return False
    if part_at and token.dep_ in ("poss", "compound"):
        part = token.head
        return part.lemma_.lower() in nouns and part.dep_ == "pobj" and part.head.lower_ in part_at
    if token.dep_ != "pobj":
        return False
    prep, on = token.head, token.head.head
    return prep.lower_ in prepositions and (on.pos_ == "VERB" and on.lemma_.lower() in verbs
                                            or on.pos_ == "NOUN" and on.lemma_.lower() in nouns) \
        and (not part_at or on.dep_ == "pobj" and on.head.lower_ in part_at)


def _at_a_part_of_the_building(token: Token) -> bool:
    """'on the steps of X Hall', 'outside the gates of X House', 'in the lobby of X Centre', 'on the X
    Centre's top floor', 'by the X Hall entrance': the owner of a part of a building where people stand or
    gather (BUILDING_PART_NOUNS), that part itself where something happens (BUILDING_PART_PREPOSITIONS), is
    that building, a place."""
    return _where_someone_is_put(token, PART_OWNER_PREPOSITIONS, nouns=BUILDING_PART_NOUNS, part_at=BUILDING_PART_PREPOSITIONS)


def _drop_places_of_custody(index: ActorIndex, uses_of: dict[str, list[NameSpan]], affiliations: set) -> None:
    """'was remanded in the Kessa Correctional Centre', 'held at Harbury Prison': a prison named
    only as where someone is put, kept or let go is a place, no actor (not one that speaks, has
    staff or a role, 'Harbury Prison said', 'the governor of Harbury Prison')."""
    for key, uses in uses_of.items():
        if not any(s.kind == "org" for s in uses) or not set(norm(key).split()) & CUSTODY_PLACE_WORDS:
            continue
        a_prisons_name = norm(key).endswith(CUSTODY_PLACE_NAME_ENDINGS)
        if _of_no_standing(index, key, affiliations) and all(_where_someone_is_held(s.head, a_prisons_name) for s in uses):
            _remove(index, key)


def _of_no_standing(index: ActorIndex, key: str, affiliations: set) -> bool:
    """A name still kept that no one is affiliated to and that has no role or initials of its own:
    nothing but its uses tells that it is an actor."""
    mention = index.mentions.get(key)
    return mention is not None and key not in affiliations and not mention.role and not mention.acronyms


def _where_someone_is_held(token: Token, a_prisons_name: bool) -> bool:
    """'remanded in X Prison', 'held at X Correctional Centre', 'transferred to X Jail': the
    custody place a verb of holding or moving a detainee puts someone (nothing it owns or describes);
    also, for a name that ends as a prison's (`a_prisons_name`, CUSTODY_PLACE_NAME_ENDINGS), where the
    parser hangs it on the noun of the act ('ordered the remand of A and two others at X Correctional
    Centre', CUSTODY_ACT_NOUNS); not a prison service's or department's name, which is a body."""
    return _where_someone_is_put(token, CUSTODY_PREPOSITIONS, CUSTODY_VERBS, CUSTODY_ACT_NOUNS if a_prisons_name else frozenset())


def _described_as_a_body(key: str, uses: list[NameSpan]) -> bool:
    """'shares in Veltora NV', 'at the charity Harbourwatch', 'analysts at Orlin Research': a name
    with a firm's legal form, one the text calls a body ('the activist group X', 'X, a charity,')
    or that has staff, is no place even where it follows 'in' or 'at' (a place of one word or a
    known one stays one: 'officials at Kessa'; but 'economists at Brackwell', a name of one word the
    recogniser took for a body's, no known place, works for the experts a firm or institute employs)."""
    return _has_legal_form(key) or any(_called_a_body(s.head) for s in uses) or norm(key).split()[-1] in PARTY_MEMBER_PLURALS \
        or not is_known_place(key) and any(s.kind == "org" and _member_body(s.head)
                                           and (" " in key or _expert_staff_of(s.head)) for s in uses) \
        or not is_known_place(key) and any(s.kind == "org" and _post_over_a_field_at(s.head) for s in uses)


def _expert_staff_of(token: Token) -> bool:
    """'analysts at X', 'researchers from X': the recogniser's body named as the employer of
    experts (EXPERT_MEMBER_NOUNS)."""
    return token.ent_type_ == "ORG" and token.head.head.lower_ in EXPERT_MEMBER_NOUNS


def _post_over_a_field_at(token: Token) -> bool:
    """'head of equity research at X', 'director of logistics for X': the recogniser's body after
    'at'/'for' on a unit head's post ('head', 'director', 'manager' …) with its field, or on that
    field, is where the post is held, the employer, not a place."""
    prep = token.head
    post = prep.head.head.head if prep.head.dep_ == "pobj" and prep.head.head.lower_ == "of" else prep.head
    return token.dep_ == "pobj" and token.ent_type_ == "ORG" and prep.lower_ in UNIT_BODY_PREPOSITIONS \
        and post.pos_ == "NOUN" and post.lower_ in UNIT_HEAD_TITLES \
        and any(c.dep_ == "prep" and c.lower_ == "of" and c.i < prep.i for c in post.children)


def _only_a_members_seat_or_a_location(uses: list[NameSpan]) -> bool:
    """Every use of the name is a member's seat (`a_members_seat`) or, where at least one is, a location or a
    use the name rules read as a place ('a mother of four from Kessa West … Kessa West councillor Tom Reed',
    'in Orwin and Kessa districts … Kessa North legislator Tom Reed'): a place. A name the recogniser read
    as a person's is a seat only where it opens right after 'for' or stands before the seat's title, on no
    given name ('Cabinet member for housing Cllr [Dana Fell]' is a person), and never a location."""
    seats = [a_members_seat(s.head) for s in uses]
    return any(seats) and all(
        (s.kind != "person" or (_opens_right_after_for(s) or names_the_seat_before_its_title(s.head))
         and not is_given_name(s.name.split()[0])) if seat else s.kind == "place" or s.kind != "person" and is_location(s.head)
        for s, seat in zip(uses, seats))


def _names_an_electoral_unit(token: Token) -> bool:
    """'who represents Harbury ward', 'the Kessa North constituency': the name of the place a
    member is elected for."""
    return token.dep_ in ("compound", "nmod") and token.head.i > token.i \
        and token.head.lemma_.lower() in ELECTORAL_UNIT_NOUNS


def _drop_constituencies_in_brackets(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Senator Tom Reed (KDP, Kessa North) said', 'Cllr Ann Lowe (Green, Harbury)', 'Ann Lowe
    (KDP-Harbury)': the name after the party's label in the brackets after a member's name is the
    place the member is elected for, no actor (whatever the recogniser typed it), unless it is
    written otherwise elsewhere; so is a name only ever written as a member's seat (`a_members_seat`:
    'the Member for Kessa North', 'the Harbury ward councillor'). A name whose
    head noun is an electoral unit's (ELECTORAL_UNIT_NOUNS: 'Kessa North Constituency') is such a
    seat wherever it does nothing (neither acts nor speaks)."""
    for key in {s.key for s in spans if s.kind != "place"}:
        uses = [s for s in spans if s.key == key]
        if key not in index.mentions:
            continue
        unit = name_head(key) in ELECTORAL_UNIT_NOUNS and not canonical(key)
        if all(after_a_party_label_in_brackets(s, any_first_item=True) for s in uses) \
                or not _has_a_body_word(key, but=GENERIC_REGION_WORDS | SUBDIVISION_NAME_HEADS) and _only_a_members_seat_or_a_location(uses) \
                or unit and not any(_does_something(s, index.mentions[key].type) or is_source(s.head) for s in uses):
            _remove_body(index, key)


def a_members_seat(token: Token) -> bool:
    """'the Kessa North constituency', 'the MP for Harbury', 'Member for Kessa North', 'the MCA for Orwin
    Central', 'Member of Parliament (MP) for Harbury': the name of the place a member is elected for, as the
    modifier of an electoral unit's noun or after 'for' on a member's title (SEAT_TITLES_BEFORE_FOR: the
    title the parser hangs 'for' on, or the word right before it, past a title's letters in brackets, where
    the parser hangs 'for' elsewhere); not as the modifier of the title, where a party's name stands as
    often ('the KDP MP', 'a KDP member'), nor after an indefinite title ('a councillor for Reform UK', 'a
    staff member for X'); after a title of a seat named only as a place (not SEAT_TITLES_OF_ANY_SEAT_NAME:
    'councillor', 'senator', 'MCA') only a name that reads as a place. The caller takes no body's name for
    a seat ('the Member for the Kessa Trust', 'Kessa Hospital wards' are written with a body's word), nor a
    person's that opens on a given name."""
    if _names_an_electoral_unit(token) or names_the_seat_before_its_title(token):
        return True
    if token.dep_ == "compound" and token.head.i > token.i and address_style_ending_at(token.doc, token.head.i):
        token = token.head      # 'MP for [Ketu Lagoon] Hon. X': the parser took the name's style for the seat's head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in MEMBER_SEAT_PREPOSITIONS:
        return False
    title = prep.head if prep.head.lower_ in SEAT_TITLES_BEFORE_FOR else _seat_title_right_before(prep)
    if title is None or _an_indefinite_title(title):
        return False        # 'a councillor for Reform UK', 'a staff member for X': one of many, no seat's one member
    return title.lower_ in SEAT_TITLES_OF_ANY_SEAT_NAME or reads_as_a_place(token)


def _an_indefinite_title(title: Token) -> bool:
    """'a councillor for …', 'an MP for …', 'a Member of Parliament (MP) for …': the title (or the title its
    letters in brackets stand in apposition to) carries an indefinite article."""
    bracketed = title.i > 0 and title.doc[title.i - 1].text == "("
    heads = [title, title.head] if bracketed else [title]
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for t in heads for c in child_tokens(t))


def _opens_right_after_for(span: NameSpan) -> bool:
    """'the member for [Ikot West],': a name the recogniser read as a person's is a seat only where it
    opens right after 'for' (the parser's head of the name); not 'Cabinet member for housing Cllr [Dana
    Fell]', a person named after the post's field and style, whom the parser hangs on 'for' too."""
    start = span.words.start
    return start > 0 and span.words.doc[start - 1].i == span.head.head.i


def _seat_title_right_before(prep: Token) -> Token | None:
    """'… MP for', '… Member of Parliament (MP) for': the word right before 'for', or the letters in the
    brackets right before it, where it is a member's title."""
    doc, i = prep.doc, prep.i - 1
    if i > 1 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 1
    return doc[i] if i >= 0 and doc[i].lower_ in SEAT_TITLES_BEFORE_FOR else None


def _drop_kinds_of_things(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'plans for a GFF', 'Super PAC donations … two super PACs': a capitalised name the article
    writes after 'a'/'an' as the head of its phrase, or in the plural, names a kind of thing or
    one that is only proposed, no particular body ('a Kestrel Bank spokesman' is the bank's
    spokesman: there the name only qualifies a noun). Well-known names stay (many a 'Republican')."""
    text = parsed.article.text
    openings = [found.start() for found in _INDEFINITE_ARTICLE.finditer(text)]
    for key in {s.key for s in spans if s.kind == "org"}:
        mention = index.mentions.get(key)
        if mention is None or mention.type != "organization" or canonical(key) or mention.role:
            continue
        uses = [s for s in spans if s.key == key]
        if any(_bare_subject(s) for s in uses):
            continue                    # 'Harbour Bank said …' beside 'unlike a Harbour Bank': that body acts
        if _written_after_an_indefinite_article(parsed, uses, openings) or _written_in_the_plural(text, uses):
            _remove(index, key)


def _drop_diseases(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'a Nipah virus infection … Nipah has a fatality rate of 40 percent', 'the Kessa fever':
    a body's name with no body's head word, or one untitled word taken for a person's, that the
    article writes as the qualifier of a disease's noun (PATHOGEN_NOUNS) names that disease
    everywhere, no actor ('the Kessa Virus Institute' has a head word; 'the Pfizer vaccine'
    names no disease; Ann Lowe stays whatever 'the Lowe strain' is), unless it speaks anywhere
    ('Sanofi said … the Sanofi flu shot': a firm the parser hung on 'flu')."""
    uses_of: dict[str, list[NameSpan]] = {}
    for s in spans:
        uses_of.setdefault(s.key, []).append(s)
    for key in {s.key for s in spans if s.kind in ("org", "person")}:
        mention = index.mentions.get(key)
        uses = uses_of[key]
        if mention is None or canonical(key) or mention.acronyms or mention.role \
                or any(w in ORG_OR_GENERIC_BODY_WORDS for w in norm(key).split()) \
                or mention.type == "person" and (" " in key or any(s.titles for s in uses)):
            continue
        if any(s.head.dep_ in ("compound", "nmod", "amod") and s.head.head.lemma_.lower() in PATHOGEN_NOUNS
               and s.head.head.is_lower for s in uses) and not any(is_source(s.head) for s in uses):
            _remove(index, key)


def _bare_subject(s: NameSpan) -> bool:
    """'Harbour Bank said …', 'The Harbour Bank said …': the name, with no 'a'/'an' before it,
    is the subject of a speech verb that no modal makes a supposition ('the GFF would lend' is
    still a proposal), so a particular body speaks in the article."""
    before = s.words.doc[s.words.start - 1].lower_ if s.words.start > 0 else ""
    verb = s.head.head
    return s.head.dep_ == "nsubj" and before not in INDEFINITE_ARTICLES and verb.lemma_.lower() in SPEECH_VERBS \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in child_tokens(verb))


# 'a'/'an' and a space, where a phrase the article opens with an indefinite article starts
_INDEFINITE_ARTICLE = re.compile(rf"\b(?:{'|'.join(INDEFINITE_ARTICLES)}) ", re.I)


@functools.lru_cache(maxsize=4096)
def _after_an_indefinite_article(form: str) -> re.Pattern:
    """A pattern of 'a'/'an' and the name's form, compiled once per form."""
    return re.compile(rf"{_INDEFINITE_ARTICLE.pattern}({re.escape(form)})(?![\w'’-])", re.I)


def _written_after_an_indefinite_article(parsed: ParsedArticle, uses: list[NameSpan], openings: list[int]) -> bool:
    """Somewhere in the article (also where the recogniser missed the name) 'a'/'an' opens a
    phrase the name heads: the name's head word is no modifier of a noun after it ('a United
    States Department of State notice'). `openings`: where `_INDEFINITE_ARTICLE` matches in the
    article's text, the only places such a phrase can start (tried there, not searched for
    through the whole text once per name)."""
    text = parsed.article.text
    ends = [(at, _INDEFINITE_ARTICLE.match(text, at).end()) for at in openings]
    patterns = [_after_an_indefinite_article(form) for form in {s.words.text for s in uses}   # cheap test before
                if any(_written_at(text, at, end, form) for at, end in ends)]                    # the docs' texts
    for doc in parsed.docs if patterns else ():
        for pattern in patterns:
            for found in pattern.finditer(doc_text(doc)):
                name = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
                head = name.root if name is not None else None
                if head is not None and head.dep_ not in ("compound", "nmod", "amod", "poss") \
                        and not qualifies_a_noun_after(doc, name.end - 1) \
                        and not (head.i + 1 < len(doc) and head.nbor().dep_ == "case") \
                        and not any(c.dep_ in ("relcl", "acl") for c in child_tokens(head)):   # 'a Kestrel Party that had moved'
                    return True
    return False


def _written_at(text: str, at: int, end: int, form: str) -> bool:
    """Does `_after_an_indefinite_article(form)` match at `at` (where 'a'/'an' and a space end at
    `end`)? Read without compiling the form's pattern (compiling a case-blind pattern per name
    took a millisecond each): where the form and the text there are ASCII, a case-blind
    comparison and the character after it; else the pattern itself."""
    written = text[end:end + len(form)]
    if not (form.isascii() and written.isascii()):
        return _after_an_indefinite_article(form).match(text, at) is not None
    after = text[end + len(form):end + len(form) + 1]
    return written.lower() == form.lower() and not (after.isalnum() or after in ("_", "'", "’", "-"))


def _written_in_the_plural(text: str, uses: list[NameSpan]) -> bool:
    """The name as written, with a plural 's' after it ('super PACs' beside 'Super PAC'); only
    names with a capital after their first letter, so that no common noun is taken for one."""
    forms = {s.words.text for s in uses if s.words.text[-1:].isalpha() and not s.words.text.endswith("s")
             and any(c.isupper() for c in s.words.text[1:])}     # not 'Apple' / 'apples'
    return any(f"{form[1:]}s" in text       # a cheap test before the pattern
               and re.search(rf"(?<![\w-])[{form[0].upper()}{form[0].lower()}]{re.escape(form[1:])}s(?![\w'’-])", text)
               for form in forms)


def _drop_venues_listed_with_facilities(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Some museums, the City Aquarium and the courts have shut': a venue's name (a zoo, a museum,
    a stadium) in a list with common nouns of places names one of the places that closed or
    opened, no actor; it stays where it speaks anywhere in the article ('the City Aquarium said')."""
    for key in {s.key for s in spans if s.kind == "org" and norm(s.key).split()[-1:] and norm(s.key).split()[-1] in VENUE_HEADS}:
        uses = [s for s in spans if s.key == key]
        if key in index.mentions and any(_listed_with_places(s) for s in uses) \
                and all(_listed_with_places(s) or is_location(s.head) for s in uses) \
                and not any(_speaks_or_decides(s.head) or _member_body(s.head) or _does_something_to_something(s.head)
                            for s in uses):
            _remove(index, key)


def _drop_buildings_named_only_as_venues(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'The governor spoke at Ladi Kwari House, Zaria, after the meeting', 'a briefing at the Kessa Civic
    Centre', 'the two were remanded at Orvel Correctional Centre', 'a press conference at the Harlan Plant':
    a name that ends in the word of a building, site or premises (_BUILDING_OR_SITE_HEADS: a seat, a venue,
    a hall, a plant, a hospital, a prison) is that place, no actor, where every use is the object of
    'at'/'in' (...) on a verb or a noun of no people, and the article never has it act nor be anyone's
    workplace ('the White House said', 'a fellow at Chatham House', 'X House, which ...', 'X House
    officials', 'a nurse at X Hospital' stay; and, but for a seat, one the article writes more often than
    the recogniser found it, 'X Centre scientists said')."""
    affiliations = {m.affiliation for m in index.mentions.values()}
    for key in {s.key for s in spans if s.kind in ("org", "person", "place") and norm(s.key).split()[-1:] == [name_head(s.key)]
                and name_head(s.key) in _BUILDING_PLACE_OR_EVENT_HEADS}:      # not 'House of Commons'

        mention = index.mentions.get(key)
        if mention is None or key in affiliations or mention.role or mention.acronyms or canonical(key):
            continue
        uses = [s for s in spans if s.key == key]
        seat = name_head(key) in SEAT_BUILDING_HEADS
        if not seat and _written_more_often_than_recognised(parsed.article.text, uses):
            continue            # ('X Centre scientists presented …': a use the recogniser missed may be its people's)
        institution = bool(set(norm(key).split()) & CARE_BODY_WORDS)     # a hospital has officers of its own
        building = name_head(key) in _BUILDING_OR_SITE_HEADS
        if (building and all(_only_where_it_happens(s.head) and (seat or _where_an_event_or_a_thing_is(s.head)
                                                                 or not institution and _where_a_thing_is(s.head))
                             or not institution and _at_a_part_of_the_building(s.head) for s in uses)
                or not building and _a_features_or_events_name_that_never_acts(parsed, key, uses, spans)) \
                and not (name_head(key) in BODY_SEAT_BUILDING_HEADS and _the_building_acts(parsed, name_head(key))):
            _remove(index, key)


def _a_features_or_events_name_that_never_acts(parsed: ParsedArticle, key: str, uses: list[NameSpan],
                                               spans: list[NameSpan]) -> bool:
    """'crews cleared the Hollin River', 'the motion went to the Annual Ratepayers Meeting': a name the
    recogniser took for a body's whose head noun is a natural feature's or an event's
    (_FEATURE_OR_EVENT_NAME_HEADS; a building's or a site's name is read only by the venue rule, where every
    use must be a place's) and that no use shows as a body (`_idle_as_a_place`: no subject of a verb, no
    owner, source, speaker, staff or employer, nothing said of it in a clause of its own) is the feature or
    the event talked about, no actor; the caller keeps one that is anyone's affiliation, has a role or
    initials, is well known or is written more often than the recogniser found it ('the Kessa Summit's
    organisers' stay)."""
    return " " in key and name_head(key) in _FEATURE_OR_EVENT_NAME_HEADS and all(s.kind == "org" for s in uses) \
        and all(_idle_as_a_place(s) for s in uses) and not _speaks_by_its_head_word(parsed, key, uses, spans) \
        and not _a_pronoun_speaks_after(parsed, uses)


def _a_pronoun_speaks_after(parsed: ParsedArticle, uses: list[NameSpan]) -> bool:
    """'Funding for the X Festival was cut. "We will fight this," it said': a pronoun of a thing or of a
    group (THING_PRONOUNS, PLURAL_SUBJECT_PRONOUNS) as the subject of a speech verb in the name's sentence
    or the next three, which the speaker rules (run after this drop) may take up as the name: the name
    stays, so no statement is left without its actor."""
    first = min(s.sentence for s in uses)
    return any(t.lower_ in _THING_OR_GROUP_PRONOUNS and t.dep_ == "nsubj" and t.head.lemma_ in SPEECH_VERBS
               for sentence in parsed.sentences[first:first + 4] for t in sentence)


def _idle_as_a_place(span: NameSpan) -> bool:
    """One use of a name that does nothing a body does: it neither acts (`_does_something`) nor has
    staff or a source's voice, and no clause or apposition says anything of it."""
    return not _does_something(span, "organization") and all(
        not _has_staff(head) and not is_source(head) and not _its_people_or_work_act(head)
        and not any(c.dep_ in ("relcl", "acl", "appos") for c in child_tokens(head))
        for head in {span.head, span.words.root})      # (the recogniser's head may be 'the' of 'the X Festival stage')


def _its_people_or_work_act(token: Token) -> bool:
    """'Three guards at the X Centre said', 'Volunteers at X handed out', 'Research at X found', 'a study by
    students and staff of the X Centre', 'who has worked at X': the name (or the noun it qualifies: 'nurses
    at the X Centre clinic') after a preposition on a noun of people (_PEOPLE_NOUNS, or one joined to such a
    noun), on the subject of a verb, on a source's authors or on a verb of a workplace (WORKPLACE_VERBS) is
    where those who act work, their body."""
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    if token.dep_ in ("compound", "nmod") and token.head.i > token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    on = token.head.head
    if on.pos_ in ("VERB", "AUX"):
        return on.lemma_.lower() in WORKPLACE_VERBS
    return on.pos_ in ("NOUN", "PROPN") and (
        any(t.lemma_.lower() in _PEOPLE_NOUNS for t in (on, *on.conjuncts))
        or on.dep_ == "nsubj" and on.head.pos_ in ("VERB", "AUX") and on.head.lemma_ != "be"
        or _author_of_a_source(on))


def _the_building_acts(parsed: ParsedArticle, head: str) -> bool:
    """'The headquarters later released their names': the building's head word with a determiner as the subject
    of a verb anywhere in the article, the body run from it acting."""
    return any(t.lower_ == head and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
               and any(c.dep_ in ("det", "poss") for c in child_tokens(t)) for doc in parsed.docs for t in doc_tokens(doc))


def _where_an_event_or_a_thing_is(token: Token) -> bool:
    """'the hearings continue at X Centre', 'the campaign, launched at X Health Centre', 'a press
    conference at X Plant', 'two evacuation centres at X Centre', 'who met the families at X Hospital': a
    building or site that is no seat of a body (a centre, a plant, a hospital) is only where something
    happens where the 'at'/'in' phrase hangs on a gathering's noun or a place's own noun, or on a verb
    of no standing tie (WORKPLACE_VERBS); not on people ('volunteers at X'), not where one works, serves
    or studies ('Ann Lowe has spent 20 years at X', 'who works at X'), nor on the work done there
    ('research at X')."""
    owner = token.head.head
    if owner.pos_ == "NOUN":
        return owner.lemma_.lower() in GATHERING_NOUNS or owner.lower_ in GATHERING_NOUNS \
            or owner.lemma_.lower() in _BUILDING_OR_SITE_HEADS or _an_audience_addressed(owner)
    return owner.pos_ in ("VERB", "AUX") and owner.lemma_.lower() not in WORKPLACE_VERBS


def _where_a_thing_is(token: Token) -> bool:
    """'$2 million for repairs at X Centre', 'two drop-in clinics at X Centre', 'one at X Centre' (a number
    standing for a thing): the 'at'/'in' phrase on a noun of no person, post or work done there
    (_POST_OR_WORK_WORDS; `_only_where_it_happens` has left out people and writings) that is no subject of
    a verb, active or passive (not 'Research at X found', 'Two cases at X were dropped', whose things may be
    the body's work): the building is where that thing is, a place."""
    owner = token.head.head
    return owner.pos_ in ("NOUN", "NUM") and owner.lemma_.lower() not in _POST_OR_WORK_WORDS \
        and owner.dep_ not in ("nsubj", "nsubjpass") and not _its_people_or_work_act(token)


def _only_where_it_happens(token: Token) -> bool:
    """The object of a preposition of place on a verb or a noun that is no person's or member's
    ('spoke at X', 'a meeting at X'; not 'a fellow at X', 'officials in X') nor a writing's ('a study
    at X University', 'a report at X House': its authors' body, ISSUED_DOCUMENT_NOUNS), with nothing that
    describes it but the place it stands in ('at X, Zaria')."""
    if _member_body(token) or is_source(token) or any(
            c.dep_ in ("relcl", "acl") or c.dep_ == "appos" and not (c.ent_type_ in ("GPE", "LOC", "FAC") or is_known_place(c.text))
            for c in child_tokens(token)):
        return False
    prep = token.head
    owner = prep.head
    return token.dep_ == "pobj" and prep.lower_ in PLACE_ONLY_PREPS \
        and (owner.lemma_.lower() not in _PEOPLE_NOUNS or _an_audience_addressed(owner)) \
        and owner.ent_type_ not in ("PERSON", "ORG", "NORP") \
        and owner.pos_ not in ("PROPN", "PRON") and owner.lemma_.lower() not in ISSUED_DOCUMENT_NOUNS


def _an_audience_addressed(noun: Token) -> bool:
    """'Briefing newsmen at X Hall', 'speaking to reporters at X Centre': the press (PRESS_AUDIENCE_NOUNS)
    as the object of a verb or of its 'to' are the ones told, no staff of the place after them ('journalists at
    the Kessa Herald', the subject or a bare phrase, may be)."""
    return noun.lower_ in PRESS_AUDIENCE_NOUNS and (noun.dep_ == "dobj" and noun.head.pos_ == "VERB"
                                                    or noun.dep_ == "pobj" and noun.head.lower_ in BROADCAST_TO_PREPOSITIONS
                                                    and noun.head.head.pos_ == "VERB")


def _drop_chambers_and_courts_named_as_venues(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Speaking in Parliament, Tom Reed said', 'In the Kessan Assembly, Ann Lowe said', 'told the
    Senate', 'said it would appeal to the High Court': a legislature or a court named only as where
    something is said or brought does nothing in the article, no actor. It stays where it acts
    anywhere ('Parliament voted', 'the court ruled', 'the High Court, which threw out the case'),
    and where it is someone's affiliation or has staff ('a clerk at the High Court')."""
    text = parsed.article.text
    affiliations = {m.affiliation for m in index.mentions.values()}
    for key in {s.key for s in spans if s.kind == "org" and name_head(s.key) in CHAMBER_AND_COURT_HEADS}:
        mention = index.mentions.get(key)
        uses = [s for s in spans if s.key == key]
        if mention is None or key in affiliations or mention.role or _written_more_often_than_recognised(text, uses):
            continue
        if all(where_something_is_said_or_brought(s.head) or _at_a_part_of_the_building(s.head) for s in uses):
            _remove(index, key)         # (the part of a building here only: roles.py gives judges courts by the first)


def _drop_chambers_named_for_their_committees(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'the ranking member of the Senate aviation subcommittee', 'the Commons health and social
    care committee': a chamber's name before lower-case words that end in a noun of its working
    groups (CHAMBER_GROUP_NOUNS) names that committee, not the chamber; where the article only
    writes it so and it is nobody's affiliation (a member's party code takes its place: 'X
    (R-Ohio), a member of the Senate rail panel'), the chamber is no actor. It stays where it
    acts or is written so elsewhere ('the Senate voted', 'the Senate Ethics Committee'), and as
    the body of a member with no party ('X, a member of the Senate rail panel')."""
    text = parsed.article.text
    affiliations = {m.affiliation for m in index.mentions.values()}
    for key in {s.key for s in spans if s.kind == "org" and (name_head(s.key) in _CHAMBER_COURT_OR_HOUSE_HEADS
                                                              or norm(s.key) in ONE_WORD_CHAMBERS)}:    # ('the House')
        mention = index.mentions.get(key)
        uses = [s for s in spans if s.key == key]
        if mention is None or mention.role or key in affiliations or _written_more_often_than_recognised(text, uses):
            continue
        if all(_qualifies_a_working_group(s) for s in uses):
            _remove(index, key)


def _drop_chambers_named_for_their_party_members(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'House Republicans said', 'Senate Democrats vowed': a chamber's one word before a party's
    plural names those members, not the chamber; where the article writes the chamber only so (or
    for its committees, 'the Senate Budget Committee', whose body it then is not) and it acts
    nowhere else and is no person's affiliation, it is no actor. So is a chamber's name cut
    before the lower-case noun of its working group ('the [House Ways] subcommittee'): a committee
    the name does not hold whole."""
    text = parsed.article.text
    people = {m.affiliation for m in index.mentions.values() if m.type != "organization"}
    for key in {s.key for s in spans if s.kind == "org" and norm(s.key) in ONE_WORD_CHAMBERS}:
        mention = index.mentions.get(key)
        uses = [s for s in spans if s.key == key]
        if mention is None or mention.role or key in people or _written_alone(text, uses):
            continue
        if all(_qualifies_a_party_plural(s) or _qualifies_a_working_group(s) for s in uses) \
                and any(_qualifies_a_party_plural(s) for s in uses) \
                and all(m.type == "organization" and norm(m.name).startswith(norm(key) + " ")
                        for m in index.mentions.values() if m.affiliation == key):
            _remove_body(index, key)
    for key in {s.key for s in spans if s.kind == "org" and len(norm(s.key).split()) == 2
                and norm(s.key).split()[0] in ONE_WORD_CHAMBERS}:
        mention = index.mentions.get(key)
        uses = [s for s in spans if s.key == key]
        if mention is not None and not mention.role and key not in people and not mention.acronyms \
                and all(_cut_before_its_working_group(s) for s in uses):
            _remove_body(index, key)


def _written_alone(text: str, uses: list[NameSpan]) -> bool:
    """The article writes the word (as any of its uses is written) somewhere with no capitalised
    word after it ('the House voted'): a use the recogniser may have missed, which may act."""
    forms = {s.words.text for s in uses}
    return any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])(?!\s+[A-Z])", text) for form in forms)


def _qualifies_a_party_plural(span: NameSpan) -> bool:
    """'[House] Republicans', '[Senate] Democrats': the chamber's word right before a capitalised
    plural of a party's members (the recogniser's group word)."""
    doc = span.head.doc
    end = span.words.end
    return end < len(doc) and doc[end].ent_type_ == "NORP" and doc[end].is_title \
        and doc[end].tag_ in ("NNPS", "NNS") and doc[end].lower_.endswith("s")


def _cut_before_its_working_group(span: NameSpan) -> bool:
    """'the [House Appropriations] subcommittee': a chamber's word and one capitalised field word
    right before a lower-case committee noun."""
    doc = span.head.doc
    end = span.words.end
    return end < len(doc) and doc[end].is_lower and doc[end].lemma_.lower() in CHAMBER_GROUP_NOUNS


def _qualifies_a_working_group(span: NameSpan) -> bool:
    """The name is the modifier of a lower-case committee noun it stands before, with only
    lower-case words (and 'and', hyphens) between: 'Senate aviation subcommittee'; also where the
    parse hangs name and committee noun side by side on a noun after them ('House panel probe':
    a probe by the House panel)."""
    doc = span.head.doc
    token = doc[span.words.end - 1]         # the name's last word ('the Commons': not its article)
    group = token.head
    if token.dep_ not in ("compound", "nmod", "amod") or group.i <= token.i or group.i - span.words.end > 6 \
            or not group.is_lower:
        return False
    between = doc[span.words.end:group.i]
    if group.lemma_.lower() not in CHAMBER_GROUP_NOUNS and not any(
            t.dep_ == "compound" and t.head.i == group.i and t.is_lower and t.lemma_.lower() in CHAMBER_GROUP_NOUNS
            for t in between):
        return False
    return all(t.is_lower or t.text in ("-", "–") for t in between)


def _written_more_often_than_recognised(text: str, uses: list[NameSpan]) -> bool:
    """The article writes the name (as any of its uses is written) more often than the recogniser
    found it: a use it missed ('The Corran High Court later ruled') may be the one that acts."""
    forms = {s.words.text for s in uses}
    return sum(len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)) for form in forms) > len(uses)


def where_something_is_said_or_brought(token: Token) -> bool:
    """The name is the place of a sentence ('in X', 'at X'), where an appeal or a case goes ('appeal
    to X', 'a challenge before X') or the audience of a speech ('told X'), and nothing in the
    sentence describes it as doing anything ('X, which ruled ...')."""
    if any(c.dep_ in ("relcl", "appos", "acl") for c in child_tokens(token)) or _member_body(token) \
            or _author_of_a_source(token):
        return False
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    holder = token.head
    if token.dep_ == "dobj":
        return holder.lemma_.lower() in AUDIENCE_VERBS
    if token.dep_ != "pobj":
        return False
    owner = holder.head
    if owner.lemma_.lower() in _CHAMBER_PART_OR_MEMBER_WORDS or owner.ent_type_ in ("NORP", "ORG"):
        return False            # 'holds 31 seats in the Assembly', 'Republicans in Congress': its make-up
    return holder.lower_ in PLACE_ONLY_PREPS \
        or holder.lower_ in BROUGHT_BEFORE_PREPOSITIONS and holder.head.lemma_.lower() in BROUGHT_TO_NOUNS_AND_VERBS


def _does_something_to_something(token: Token) -> bool:
    """'Museums, the X Museum and libraries signed the letter / joined the strike': the list is the
    subject of a verb with an object, an act of its own, not a place that shut or opened."""
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in child_tokens(token.head))


def _listed_with_places(span: NameSpan) -> bool:
    """The name stands in a list beside a plural common noun ('museums, the X Zoo, and courts')."""
    doc = span.head.doc
    start = span.words.start - (1 if span.words.start > 0 and doc[span.words.start - 1].lower_ in ARTICLES else 0)
    before = doc[start - 2] if start >= 2 and doc[start - 1].text == "," else None
    return any(_plural_common_noun(t) for t in [*span.head.conjuncts, *([before] if before is not None else [])])


def _plural_common_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.tag_ == "NNS" and token.is_lower


def _drop_shorthand_in_quotations(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'"The WH statement tonight shows ...," he wrote': two capitals that no known body or country
    is written as, that the article never defines nor writes out as a name of those initials, and
    that occur only inside quotation marks (a post, a remark) are the speaker's shorthand, no actor
    of their own."""
    for key in {s.key for s in spans if s.kind == "org" and is_acronym(s.key) and len(s.key) == 2}:
        mention = index.mentions.get(key)
        uses = [s for s in spans if s.key == key]
        if mention is None or mention.acronyms or canonical(key) or any(
                initials(m.name) == norm(key) for k, m in index.mentions.items() if k != key):
            continue
        if all(inside_quotation_marks(s.head) for s in uses):
            _remove(index, key)


def _drop_names_on_signs(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'"Tom Reed for PM" sign', 'a banner reading "Ann Lowe out"': a name only in the words of a
    sign, a banner or a placard (a slogan a photo shows) is no actor of the story."""
    for key in {s.key for s in spans}:
        uses = [s for s in spans if s.key == key]
        if key in index.mentions and all(_on_a_sign(s.head) for s in uses):
            _remove(index, key)


_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SIGN_BEFORE = re.compile(rf"\b(?:{'|'.join(SIGN_NOUNS)})\b(?:\s+(?:that|which))?(?:\s+(?:reading|read|reads|saying|said|says))?[\s:]*$", re.I)
_SIGN_AFTER = re.compile(rf"^\s*(?:{'|'.join(SIGN_NOUNS)})\b", re.I)


def _on_a_sign(token: Token) -> bool:
    """The word is inside a quotation that a sign noun names: right after it ('a placard
    reading "…"', 'a banner saying "…"') or right before it ('"…" sign')."""
    text = doc_text(token.doc)
    for quote in _QUOTATION.finditer(text):
        if quote.start() < token.idx < quote.end():
            return bool(_SIGN_BEFORE.search(text[max(0, quote.start() - 40):quote.start()])
                        or _SIGN_AFTER.match(text[quote.end():quote.end() + 20]))
    return False


def _drop_idle_agreements(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'the Zembian Free Trade Area (ZFTA) … the ZFTA would cut tariffs': an agreement or a
    trade area, named in full or by the acronym its name defines, is no actor unless it acts
    somewhere in the article ('the ZFTA warned'); name and acronym share a key and go together."""
    for key in {s.key for s in spans if s.agreement}:
        uses = [s for s in spans if s.key == key]
        if key in index.mentions and not any(_speaks_or_decides(s.head) for s in uses):
            _remove(index, key)


def _drop_letters_of_a_rank(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Ann Lowe, KC, for the defence': a rank's letters written after a person's name, set off by
    commas as its apposition (POST_NOMINAL_LETTERS), are the person's role, no body; the letters are
    no actor where every use of them is so."""
    people_end = {(id(s.words.doc), s.words.end) for s in spans if s.kind == "person"}
    uses_of = _spans_by_key(spans)
    for key in {s.key for s in spans if s.kind == "org"}:
        mention = index.mentions.get(key)
        uses = uses_of[key]
        if mention is not None and mention.name.isupper() and mention.name.lower() in POST_NOMINAL_LETTERS \
                and all(_set_off_after_a_person(s, people_end) for s in uses):
            _remove_body(index, key)


def _drop_participles_of_a_post(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'the Ranking Member on the Finance Committee', 'Presiding Member X', 'the Acting Registrar': a word
    of an office's participle (OFFICE_PARTICIPLES) the recogniser took alone for a body's name, written right
    before a title's word (TITLE_VOCABULARY), is part of the post, no body; no actor where every use is so."""
    uses_of = _spans_by_key(spans)
    for key in {s.key for s in spans if s.kind == "org"}:
        mention = index.mentions.get(key)
        if mention is not None and " " not in mention.name and mention.name.lower() in OFFICE_PARTICIPLES \
                and all(_right_before_a_titles_word(s) for s in uses_of[key]):
            _remove_body(index, key)


def _right_before_a_titles_word(span: NameSpan) -> bool:
    doc, end = span.words.doc, span.words.end
    return end < len(doc) and doc[end].is_title and singular(doc[end].lower_) in TITLE_VOCABULARY


def _set_off_after_a_person(span: NameSpan, people_end: set[tuple[int, int]]) -> bool:
    """', KC,' right after a person's name: one word between commas, the first closing the name."""
    doc, start, end = span.words.doc, span.words.start, span.words.end
    return end - start == 1 and start > 0 and doc[start - 1].text == "," and (id(doc), start - 1) in people_end \
        and end < len(doc) and doc[end].text in (",", ".")


def _speaks_or_decides(token: Token) -> bool:
    """The name (or a noun it modifies: 'the ZFTA secretariat') is a source ('according to'),
    or the subject of a speech cue or of a verb of deciding ('the ZFTA warned', 'ruled')."""
    if _before_subjectless_cue(token):
        return True
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    if token.dep_ in ("compound", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    verb = token.head
    return is_source(token) or token.dep_ == "nsubj" and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in _SPEECH_OBJECT_CUE_OR_DECIDING_VERBS


def _part_of_a_law(token: Token) -> bool:
    """'X's provisions', 'X's clauses': X is a law or an agreement ('X's breach of the contract'
    is X's act, and X an actor)."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in LAW_PART_NOUNS


def _platform(token: Token) -> bool:
    """'streamed on Vidflix', 'you can watch it on X Network': the object of 'on' after a verb
    of showing or watching names where something is seen, which does nothing itself (a body that
    acts elsewhere in the article stays: every use must be such)."""
    if any(c.dep_ in ("relcl", "appos", "acl") for c in child_tokens(token)):
        return False                    # 'on X, which paid her', 'on X, a broadcaster', 'on X, owned by Y': X is described or acts
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in BROADCAST_ON_PREPOSITIONS \
        and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in PLATFORM_VERBS


def _has_a_body_word(key: str, but: frozenset | set = frozenset()) -> bool:
    """A body's head word in the name, or in the well-known name it stands for ('WTO'); `but`
    words do not count ('Times', 'News' of a paper's name)."""
    known = canonical(key)
    words = norm(known[0] if known else key).split()
    return bool(known and known[1] == "country") or any(w in ORG_OR_GENERIC_BODY_WORDS and w not in but for w in words)


def _names_a_channel(key: str) -> bool:
    """'X Radio 4', 'X Two', 'XYZ News': a name of two or more words that opens with a known
    body's name or an acronym (no country's: 'USA Today'). Alone this is true of any such name
    ('XYZ Holdings'); only with is_broadcast_venue (the name is where a speaker's words went
    out) does it name a broadcaster's channel (the broadcaster itself, 'told the X's Nightline
    programme', is the one its words were given to)."""
    words = key.split()
    known = canonical(words[0])
    return len(words) > 1 and (is_acronym(words[0]) or known is not None) and not (known and known[1] == "country")


def _gathering_place_as_venue(key: str, token: Token) -> bool:
    """'the debate at Corran University', 'the forum was held at Corran College', 'a briefing at
    the Kessa Flood Centre': a university or a centre named only where a gathering is held is a
    place ('a professor at X', 'she teaches at X' is its member)."""
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    holder = token.head.head
    if holder.pos_ in ("VERB", "AUX"):      # 'the forum was held at X' ('she teaches at X' is a member's)
        holder = next((c for c in child_tokens(holder) if c.dep_ in ("nsubj", "nsubjpass")), holder)
    return any(w in GATHERING_PLACE_HEADS for w in norm(key).split()) and token.dep_ == "pobj" \
        and token.head.lower_ in PLACE_ONLY_PREPS and (holder.lemma_.lower() in GATHERING_NOUNS
                                                       or _gathering_before(token.head))


def _gathering_before(prep: Token) -> bool:
    """'Monday's debate, the first of the campaign, at X University': the parser may hang the
    'at' on a word in between; a gathering noun before it in its sentence, with no verb and no
    person or person's noun between ('a professor at X', 'Ann Lowe at X', 'she teaches at X'), is
    what is held there."""
    for t in reversed(prep.doc[prep.sent.start:prep.i]):
        if t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" or t.lemma_.lower() in _PEOPLE_NOUNS:
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in GATHERING_NOUNS:
            return True
    return False


_PEOPLE_NOUNS = PERSON_ROLE_WORDS | MEMBER_NOUNS | MEMBERSHIP_NOUNS


def _names_a_scheme(key: str, uses: list[NameSpan]) -> bool:
    """'the QX-7 program ... The scheme, known as QX-7, ...': a name without a body's head word
    that names a programme somewhere and never acts is that programme, no actor; a code of
    letters and digits that names one ('QX-7', 'H-1B') is one even where it 'requires' something."""
    coded = any(c.isdigit() for c in key) and any(c.isalpha() for c in key)
    return any(modifies_a_work(s.head) for s in uses) and (coded or not any(acts(s.head) for s in uses)) \
        and not canonical(key) and not any(w in ORG_OR_GENERIC_BODY_WORDS for w in norm(key).split())


def _drop_idle_names(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """A country, a place, or a body's name with no head word ('Medicare', 'Citizens United',
    'Cuba') that never acts in the article (no subject of a verb, owner, source or agent) and
    is nobody's affiliation names a scheme, a law, a product or a place talked about, no actor;
    so is any body or state named only as the owner of a body of rules ('under the EU's
    rulebook': the rules are talked about, their maker does nothing in the story).
    The article's main country stays (its bodies' state)."""
    main = main_country(parsed, index)
    affiliations = {m.affiliation for m in index.mentions.values()}
    for key in {s.key for s in spans if s.kind in ("org", "country")}:
        mention = index.mentions.get(key)
        if mention is None or key == main or key in affiliations or mention.acronyms or mention.role:
            continue
        uses = [s for s in spans if s.key == key]
        if _thin_name(mention.type, key) and not any(_does_something(s, mention.type) for s in uses) \
                and not (mention.type == "organization" and (_speaks_by_its_head_word(parsed, key, uses, spans)
                                                             or _its_voice_speaks_by_its_name(parsed, mention.name))) \
                or all(_owner_of_a_rulebook(s.head) for s in uses):
            _remove(index, key)


def _drop_schemes_named_by_their_head(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'sought funds under the Flood Management and Border Areas Programme (FMBAP)', 'The plan follows
    Kessa Vision 2030': a body's name whose head noun is a scheme's, a programme's or a policy's
    (SCHEME_NAME_HEADS; a number after it aside) names a thing talked about, no actor, where every
    mention of it hangs on a preposition of SCHEME_TALKED_OF_PREPOSITIONS or is a verb's object
    (`_a_scheme_talked_of`); it stays where any mention acts (the subject of a verb, 'by X'), owns
    something, speaks, has staff or is a named person's employer ('The World Food Programme delivered aid')."""
    affiliations = {m.affiliation for m in index.mentions.values()}
    for key, own in _spans_by_key(spans).items():
        if key not in index.mentions or key in affiliations or index.mentions[key].role \
                or not any(s.kind == "org" for s in own) or not _a_schemes_name(key):
            continue
        if all(_a_scheme_talked_of(s.head) and not is_source(s.head) and not _has_staff(s.head) for s in own):
            _remove(index, key)


def _a_scheme_talked_of(head: Token, as_object: bool = True) -> bool:
    """A mention that is a verb's object (with `as_object`) or hangs on a preposition of
    SCHEME_TALKED_OF_PREPOSITIONS ('under X', 'funds from X'), also as a second conjunct or a bracketed
    short form of one; or one that only qualifies a common noun of a thing after it (`_qualifies_a_thing`:
    'X money', 'X exams'); never one whose people or parts are named by it (`_named_for_its_people`)."""
    head = _first_conjunct(head)
    return (as_object and head.dep_ == "dobj"
            or head.dep_ == "pobj" and head.head.lower_ in SCHEME_TALKED_OF_PREPOSITIONS or _qualifies_a_thing(head)) \
        and not _named_for_its_people(head)


def _first_conjunct(head: Token) -> Token:
    """The first of the conjuncts or appositions a mention closes ('X and the Y Fund', 'the Y Fund (YF)')."""
    while head.dep_ in ("conj", "appos") and head.head.i < head.i:
        head = head.head
    return head


def _named_for_its_people(head: Token) -> bool:
    """'A lawyer for the X Fund said', 'The board of the X Fund approved', 'Auditors of the X Fund found':
    a name after 'for'/'of' on a noun of a person (PERSON_ROLE_WORDS, _MEMBER_WORDS), of a body's part
    (BODY_ORGAN_NOUNS, BODY_KINDS_OFTEN_WITHIN_ANOTHER) or on any noun that acts (the subject of a verb)
    is the body those people or parts belong to, an actor, not a thing talked of."""
    noun = head.head.head
    if head.dep_ != "pobj" or head.head.lower_ not in DESCRIBED_BODY_PREPOSITIONS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return _a_role_noun(noun) or noun.lemma_.lower() in _MEMBER_WORDS | BODY_ORGAN_NOUNS | BODY_KINDS_OFTEN_WITHIN_ANOTHER \
        or noun.dep_ == "nsubj"


def _a_role_noun(noun: Token) -> bool:
    """A noun of a person's role (PERSON_ROLE_WORDS), by its lemma or its singular ('lawyers', 'trustees')."""
    return noun.lemma_.lower() in PERSON_ROLE_WORDS or singular(noun.lower_) in PERSON_ROLE_WORDS


def _qualifies_a_thing(head: Token) -> bool:
    """'KRF money', 'the Kessa Testing Program exams', 'an NHIS card': a name that is only the modifier
    of a common noun after it that names no people (no member, staff or role noun: not 'Fund
    trustees', 'Programme officials', 'Scheme manager') and no act or writing of the name's own (not
    'the Fund decision', 'the Scheme report', 'the Fund's claim': REFERENCE_NOUNS, ISSUED_DOCUMENT_NOUNS)
    says which thing is meant, as a thing's name does; the name itself does nothing there. Not where
    the qualified noun acts (the subject of a verb, or the agent of a passive): 'X Programme trucks
    delivered maize', 'X Health System hospitals treated 4,000 patients' are the body's own vehicles,
    buildings or units at work."""
    noun = head.head
    return head.dep_ in ("compound", "nmod") and noun.i > head.i and noun.pos_ == "NOUN" \
        and noun.dep_ not in ("nsubj", "csubj") and not (noun.dep_ == "pobj" and noun.head.dep_ == "agent") \
        and noun.lemma_.lower() not in _MEMBER_WORDS | _ACT_OR_WRITING_NOUNS and not _a_role_noun(noun)


_ACT_OR_WRITING_NOUNS = REFERENCE_NOUNS | ISSUED_DOCUMENT_NOUNS


def _a_schemes_name(key: str) -> bool:
    """A name of two words or more whose head noun (a number after it aside: 'Kessa Vision 2040') is a
    scheme's ('the Strategy for Coastal Renewal'; not 'the Academy for Freight Strategy')."""
    words = norm(key).split()
    head = name_head(" ".join(words[:-1])) if words[-1].isdigit() and len(words) > 2 else name_head(key)
    return len(words) > 1 and head in SCHEME_NAME_HEADS and not canonical(key)


def _drop_pots_and_registers(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'sought ₹40 crore from the Kessa Relief Fund (KRF)', 'had been on the Investor Alert List':
    a name whose last word heads a pot of money's or a register's name (HOLDING_HEADS) after a
    common word that is no given name, no well-known body's, that never acts in the article and is
    nobody's affiliation (a title word read into it, '[Investor] Alert List', is no role), and
    that the article only names as where money or a name goes or is kept, names the money or the
    list talked about, no actor ('Friedrich List' has no common word before the head; 'the Kessa
    Relief Fund said' acts; 'talks with the Kessa Fund', 'bodies including the Kessa Fund' stay)."""
    affiliations = {m.affiliation for m in index.mentions.values()}
    for key in {s.key for s in spans if s.kind in ("org", "person")}:
        mention = index.mentions.get(key)
        words = key.split()
        if mention is None or len(words) < 2 or words[-1].lower() not in HOLDING_HEADS or not words[-1][0].isupper() \
                or name_head(key) != words[-1].lower() \
                or not is_common_word(words[-2]) or is_given_name(words[-2]) or canonical(key) or key in affiliations:
            continue
        uses = [s for s in spans if s.key == key]
        if all(_where_money_or_a_name_is(s.head) or _a_pot_talked_of(s.head) for s in uses) \
                and not any(_does_something(s, mention.type) or _speaks_or_decides(s.head) for s in uses):
            _remove(index, key)


def _a_pot_talked_of(token: Token) -> bool:
    """'boreholes sunk under the Kessa Relief Fund', 'KRF money': a fund talked of as a scheme is
    (`_a_scheme_talked_of`), by no one of its staff and as no source; not a verb's object ('met the
    Kessa Fund' is met as a body is)."""
    head = _first_conjunct(token)
    return _a_scheme_talked_of(head, as_object=False) and not _has_staff(head) and not is_source(head)


def _where_money_or_a_name_is(token: Token) -> bool:
    """'from the Kessa Relief Fund', 'on its Investor Alert List': the object of a preposition of
    where money or a name goes or is kept (HOLDING_PREPOSITIONS), hanging on no noun of people
    ('officials from the Fund' are its staff)."""
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in HOLDING_PREPOSITIONS and not _member_body(token) \
        and not any(c.dep_ in ("relcl", "acl") or c.dep_ == "appos" and not is_acronym(c.text)
                    for c in child_tokens(token))     # ', which said'; not its initials in brackets


def _owner_of_a_rulebook(token: Token) -> bool:
    """'the EU's online rulebook', 'breaches Kessan law', 'under EU rules': the name only says whose
    rules they are; not where the noun is the act of ruling something ('the Authority's regulation
    of lenders was criticised': the Authority regulates)."""
    rules = token.head
    return token.dep_ in ("poss", "compound", "nmod", "amod") and rules.i > token.i \
        and rules.lemma_.lower() in RULEBOOK_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in child_tokens(rules))


def _does_something(span: NameSpan, kind: str) -> bool:
    """The name acts in its sentence as the name of an actor (not as an event's setting, a
    people's nationality or where a described thing is), or is called a body there."""
    head = span.head
    return acts(head) and not _setting_of_an_event(head, kind) and not _nationality_of_people(span) \
        and not _owner_of_a_description(head, kind) and not _adjective_of_a_kind(span) or _called_a_body(head)


def _drop_adjectives_of_a_states_body(index: ActorIndex, spans: list[NameSpan]) -> None:
    """'The Kessan embassy said', 'the Kessan army': one capitalised word that ends like a people's
    adjective, no country's name nor a known one, before a state body's lower-case noun is the
    state's adjective, no name of anyone; where the article only ever writes it so, it is no actor
    (the body speaks, as 'the embassy' would). Not before a body a leader's name may head ('the
    Morgan government'), and a known demonym ('the Kenyan embassy') stands for its country."""
    for key in {s.key for s in spans if s.kind in ("person", "org")}:
        uses = [s for s in spans if s.key == key]
        if key in index.mentions and not canonical(key) and all(_adjective_of_a_states_body(s) for s in uses):
            _remove(index, key)


def _adjective_of_a_states_body(span: NameSpan) -> bool:
    token, body = span.head, span.head.head
    return len(span.words) == 1 and _demonym(span.surface) and token.dep_ in ("compound", "amod", "nmod") \
        and body.i > token.i and body.is_lower and body.lemma_.lower() in STATE_BODIES - LEADER_NAMED_STATE_BODIES


def _adjective_of_a_kind(span: NameSpan) -> bool:
    """'some Alpine rivers carry less water', 'Andean farmers say': one capitalised word that ends
    like a people's or a region's adjective (no country's, no well-known body's) before a plural
    common noun qualifies a kind of things or people, no body ('Alpine said' is a body; so is the
    voice in 'Umbrian officials said')."""
    token = span.head
    owned = token.head
    return span.kind == "org" and _demonym(span.surface) and not canonical(span.surface) \
        and token.dep_ in ("compound", "amod", "nmod") and owned.i > token.i \
        and owned.tag_ == "NNS" and owned.is_lower \
        and owned.lemma_.lower() not in _NATIONAL_VOICE_OR_MEMBER_WORDS


# a state voice's word, and the word before it (a qualifier that makes it no one state's voice)
_STATE_VOICE_WORD = re.compile(r"(?:\b(\w+)\s+)?\b(?:%s)\b" % "|".join(sorted(SEATED_STATE_VOICES | {"country"})))


def _writes_a_state_voice(text: str) -> bool:
    """'the government', 'the authorities', 'the country' (a voice the main country would be
    taken for); not 'national authorities', 'other governments', which name many states' voices."""
    return any((found.group(1) or "").lower() not in MANY_STATES_QUALIFIERS for found in _STATE_VOICE_WORD.finditer(text))


def _drop_idle_main_country(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'German gearbox maker X will cut jobs ... delays to tenders in Germany': the article's main
    country stays for its bodies' sake (_drop_idle_names), but where no actor turned out to be
    its (no affiliation), it never acts (only a nationality before a company's description or a
    member of a body of many states ('French MEP'), the owner of the office a named body holds
    ('France's digital regulator, Arcom,'), or where things happen) and the article writes no
    state voice that would be taken for it ('the government', 'the authorities', 'the country';
    'national authorities' are many states') nor its seat ('Ottawa', 'the
    Kremlin': a capital speaks for its state), it is no actor either."""
    main = main_country(parsed, index)
    mention = index.mentions.get(main) if main else None
    if mention is None or mention.type != "country" or mention.role or mention.acronyms \
            or any(m.affiliation == main for m in index.mentions.values()) \
            or _writes_a_state_voice(parsed.article.text) or _names_the_seat_of(parsed, main):
        return
    uses = [s for s in spans if s.key == main]
    if (uses or main in index.trade_countries) and not any(_does_something(s, mention.type) for s in uses):
        _remove(index, main)        # (a country only its trade's adjective names: no use of its own)


def _drop_states_only_a_withdrawn_guess_made(index: ActorIndex, spans: list[NameSpan]) -> None:
    """A country the article never writes by a name of its own (only inside bodies' names: 'the
    Kessan Garment Workers Forum'), made as a guess of a bare body's state ('the Fire Service') that
    a later rule withdrew (the guesses of drop_guesses_*, a body dropped), with no role and nobody
    affiliated to it, is a page of nothing: no actor."""
    written = {s.key for s in spans} | set(index.by_token.values())
    for key in index.guessed_states & set(index.mentions):
        mention = index.mentions[key]
        if key not in written and not mention.role and not mention.acronyms \
                and not any(m.affiliation == key for m in index.mentions.values()):
            _remove(index, key)


def _drop_countries_written_only_as_qualifiers(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'the U.S. Environmental Protection Agency fined …', 'the Kessa Labour Congress said', 'a
    Kessa-based analyst', 'the Kessa market', 'talks in Kessa': a country whose name the article
    writes only inside another body's name, as a qualifier of a noun after it (never a voice, body or
    measure of its state: 'Kessan officials', 'the Kessa embassy', 'Kessa's tariffs'; never a title's
    owner) or as where something is, never acts. Where the only actors affiliated to it are bodies
    that carry its name or its people's word in their own name (the affiliation says nothing the
    name does not), it is no actor, and those bodies lose the affiliation with its page. Not where a
    person or a body named otherwise is its (a minister or a ministry guessed to be the state's),
    nor where its seat acts ('Ottawa said') or the article writes a state voice that may be taken for
    it ('the government said'). A country with no name of its own in the article (only inside
    bodies' names) is left to the briefing's merge, which drops it where no article writes it
    (resolve.py, `_without_owners_named_only_in_their_bodies`)."""
    uses_of = _spans_by_key(spans)
    for key, mention in list(index.mentions.items()):
        uses = [s for s in uses_of.get(key, ()) if s.kind != "place"]
        if mention.type != "country" or mention.role or mention.acronyms or not uses:
            continue
        owned = [m for m in index.mentions.values() if m.affiliation == key]
        if not all(m.type == "organization" and written_inside_a_longer_name(key, m.name) for m in owned) \
                or not all(_qualifies_a_noun_or_a_name(s) or is_location(s.head) or is_destination(s.head) for s in uses) \
                or _names_the_seat_of(parsed, key, acting=True) \
                or key == main_country(parsed, index) and _writes_a_state_voice(parsed.article.text):
            continue
        for m in owned:
            m.affiliation, m.affiliation_fallback = None, False
        _remove(index, key)


def _qualifies_a_noun_or_a_name(span: NameSpan) -> bool:
    """The country's name qualifies a noun of its trade or economy right after it ('the U.S. market', 'US
    stocks', 'Kessan exporters': ECONOMY_QUALIFIED_NOUNS, a closed list) or makes a place compound
    ('Kessa-based'); any other noun after it may be its state's ('the U.S. proposal', 'Kessan missiles',
    'new U.S. duties', 'Kessa-backed militias'), so it is no mere qualifier."""
    doc, end = span.words.doc, span.words.end
    if end + 1 < len(doc) and doc[end].text in _HYPHENS_OR_DASHES and not doc[end - 1].whitespace_:
        return joined_to_a_base(doc[end + 1])          # 'Kessa-based', not 'Kessa-backed'
    owned = doc[end - 1].head
    if doc[end - 1].dep_ not in ("compound", "amod", "nmod") or owned.i < end or owned.pos_ != "NOUN" or not owned.is_lower:
        return False                    # (not a name or a title after it: 'Germany UK', 'Senior Canada Editor')
    return owned.lemma_.lower() in ECONOMY_QUALIFIED_NOUNS or owned.lower_ in ECONOMY_QUALIFIED_NOUNS


def _names_the_seat_of(parsed: ParsedArticle, country: str, acting: bool = False) -> bool:
    """The article names the country's capital or its seat of government ('Ottawa', 'the Kremlin'); with
    `acting`, only as the subject of a verb or an owner ('Ottawa said', "the Kremlin's answer") or as where
    its state's voices are ('officials in Washington said'): a capital written as a dateline or where
    something happens does not speak for its state."""
    return any((capital_of(ent.text) == country or STATE_SEATS.get(norm(ent.text.removeprefix("the "))) == country)
               and (not acting or _the_seat_acting(ent.root))
               for doc in parsed.docs for ent in doc_ents(doc))


def _the_seat_acting(seat: Token) -> bool:
    """'Ottawa said', "the Kremlin's answer", 'officials in Washington said'."""
    if seat.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    place = seat.head
    return seat.dep_ == "pobj" and place.lower_ == "in" and place.head.pos_ == "NOUN" \
        and place.head.lemma_.lower() in NATIONAL_VOICE_NOUNS


def _nationality_of_people(span: NameSpan) -> bool:
    """'Polish and Ukrainian Americans make up 5%', 'a Turkish journalist said', 'the Danes
    voted': a nationality word (the recogniser's NORP, not the country's own name) stands for
    the country only through a state's body or voice it qualifies ('the Turkish government',
    'Turkish officials', 'the Turkish foreign minister'); alone or before other people it
    names people of that nationality, and the country does nothing there."""
    token = span.head
    if span.kind != "country" or not _demonym(span.surface):
        return False
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    if token.dep_ not in ("compound", "amod", "nmod") or token.head.pos_ not in ("NOUN", "PROPN"):
        return True
    return token.head.lemma_.lower() not in NATIONAL_VOICE_NOUNS and token.head.lower_ not in NATIONAL_VOICE_NOUNS


def _demonym(surface: str) -> bool:
    """'Ukrainian', 'Danes', 'Polish': one word that is no country's own name and ends like a
    people's adjective ('US', 'Britain', 'Ukraine' are names)."""
    word = surface.strip(".").lower()
    return " " not in word and not surface.isupper() and not is_country_name(surface) \
        and (word.endswith(DEMONYM_ENDINGS) or word.endswith("s") and word[:-1].endswith(DEMONYM_ENDINGS))


def _drop_regions_named_only_by_their_officers(parsed: ParsedArticle, index: ActorIndex, spans: list[NameSpan]) -> None:
    """'Eastshire's governor said', 'Eastshire regional deputy governor Tom Reed', 'First Minister
    of Eastshire Ann Lowe': a region (no sovereign state) named only to say whose office a title is
    does nothing itself: no actor. Its officers belong to the state the region is part of (the
    gazetteer's, else the article's main country), so the region goes only where that state is an
    actor of the article and every officer's title says the office is one of the state's regional
    administration ('regional deputy governor'; not 'First Minister of X', who heads the region's
    own government), never leaving an officer without the affiliation the title gave."""
    holders = {}
    for mention in index.mentions.values():
        if mention.affiliation:
            holders.setdefault(mention.affiliation, []).append(mention)
    for key in list(index.mentions):
        mention = index.mentions.get(key)
        uses = [s for s in spans if s.key == key]      # none: named only inside its officer's title
        if mention is None or mention.type not in ("organization", "country") or mention.role or mention.acronyms \
                or not _region_name(key, uses) or not all(_names_an_officers_region(s.head) for s in uses):
            continue
        state = state_of_region(key) or main_country(parsed, index)
        state_key = index.find(state) if state else None
        if state_key == key or key in holders and (state_key is None or state_key not in index.mentions
                                                   or not all(_a_regions_office(h.role) for h in holders[key])):
            continue
        for holder in holders.get(key, []):
            holder.affiliation = state_key
        _remove(index, key)


def _a_regions_office(role: str | None) -> bool:
    """'regional Deputy Governor', 'provincial governor': a title that says it is an office of the
    state's regional administration. A region's own head of government ('First Minister',
    'Governor of Texas') speaks for the region, not the state, so that region stays his."""
    words = norm(role or "").split()
    return any(w in REGIONAL_WORDS for w in words)


def _region_name(key: str, uses: list[NameSpan]) -> bool:
    """A place that is no sovereign state: a known province or city, a constituent country
    ('Scotland'), or a name the recogniser only ever gave as a place."""
    if is_sovereign_state(key) or any(w in ORG_OR_GENERIC_BODY_WORDS for w in norm(key).split()):
        return False
    known = canonical(key)
    return bool(known and known[1] == "country") or is_known_place(key) or state_of_region(key) is not None \
        or bool(uses) and all(s.kind == "place" for s in uses)


def _names_an_officers_region(token: Token) -> bool:
    """The name only says whose office a title is: a word of a title before its office noun
    ("X regional deputy governor Tom Reed"), the owner of an office noun ("X's governor"), or its
    'of' phrase ("First Minister of X")."""
    offices = OFFICE_OR_STATE_ROLE_NOUNS
    name = token
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i and token.head.pos_ != "VERB":
        token = token.head
        if token.lemma_.lower() in offices:
            return True
    if token is not name and token.ent_type_ == "PERSON":     # the parser may hang the title's words on the name
        return any(t.lemma_.lower() in offices and t.ent_type_ != "PERSON" for t in token.doc[name.i + 1:token.i])
    if token.dep_ == "poss":
        return token.head.lemma_.lower() in offices
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in offices


def _setting_of_an_event(token: Token, kind: str) -> bool:
    """"Austria's presidential election", "Peru's economy": a country owns an event or a state
    of affairs held in it only as its setting; it does nothing there."""
    return kind == "country" and token.dep_ == "poss" and token.head.lemma_.lower() in SETTING_NOUNS


def _owner_of_a_description(token: Token, kind: str) -> bool:
    """"Marlo Motors, Kenya's third-largest carmaker, said", "X is Kenya's biggest bank": a
    country owns a description of another name (in apposition or after 'be') or a ranking
    ('Kenya's largest bank said') only as where that thing is; the thing acts, not the country.
    A state's own body or voice ('Kenya's central bank', 'Kenya's foreign minister') is the
    country acting."""
    if kind != "country" or token.dep_ != "poss":
        return False
    owned = token.head
    if any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in child_tokens(owned)):
        return True         # 'France's digital regulator, Arcom, said': the body named acts, not France
    if owned.lemma_.lower() in NATIONAL_VOICE_NOUNS or owned.lower_ in NATIONAL_VOICE_NOUNS \
            or any(c.lemma_.lower() in _NATIONAL_VOICE_OR_STATE_QUALIFIER_WORDS
                   for c in child_tokens(owned) if c.dep_ in ("compound", "amod")):     # 'Kenya's central bank'
        return False
    return owned.dep_ in ("appos", "attr") or any(c.dep_ == "amod" and c.tag_ == "JJS" for c in child_tokens(owned))


def _called_a_body(head: Token) -> bool:
    """'the activist group Harbourwatch', 'Harbourwatch, a charity,': a common noun of a body
    before the name or in apposition to it says the name is a body's."""
    if defined_noun(head) is not None:
        return True         # 'the agency, known as KORNA,'
    return any(c.dep_ in ("compound", "appos") and c.is_lower and c.pos_ == "NOUN"
               and c.lemma_.lower() in ORG_HEADS - GENERIC_BODY_WORDS for c in child_tokens(head))


def _thin_name(kind: str, key: str) -> bool:
    """A country, a known place, or a body's name without a body's head word, a firm's legal
    form ('Kelvane AG'), a party's name by its members ('the Greens') or a well-known body's."""
    known = canonical(key)
    if kind == "country" or known and known[1] == "country" or is_known_place(key):
        return True
    return not known and not any(w in ORG_OR_GENERIC_BODY_WORDS for w in norm(key).split()) and not _has_legal_form(key) \
        and norm(key).split()[-1] not in PARTY_MEMBER_PLURALS       # 'the Liberals': a party's name


def acts(token: Token) -> bool:
    """The name does something in its sentence, or what it owns or issues does: the subject of
    a verb other than 'be' ('Crimea voted'), an owner ('Cuba's government'), a source ('according
    to X'), a passive's agent, one judged ('blamed Iran'); also as the second of a pair or an
    apposition, or as the modifier of a noun that acts ('the US government denied') or of a
    report or poll ('a YouGov poll'), never of a scheme or a law ('the QX-7 program has grown')."""
    if _before_subjectless_cue(token):
        return True
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    if token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
        head = token.head.lemma_.lower()
        if head in INDEX_NOUNS and _moves_in_the_market(token.head):
            return False
        if head in _SOURCE_OR_DOCUMENT_NOUNS:
            return True
        if head in _WORK_OR_THING_NOUNS or names_where_a_unit_is(token):
            return False
        return _acts_itself(token.head)
    return _acts_itself(token)


def _moves_in_the_market(index_noun: Token) -> bool:
    """'the KSX index ended 1.1% lower', 'the Kessa All-Share index fell 2%': an index that rises,
    falls or closes is a market's price, and the name before it the index's ('a Kessa Bank index
    of house prices shows' is the bank's figure)."""
    verb = index_noun.head
    return index_noun.dep_ == "nsubj" and verb.lemma_.lower() in _CHANGE_OR_MARKET_CLOSE_VERBS


def names_where_a_unit_is(token: Token) -> bool:
    """'the Harbury branch of the Porters' Union', 'the Ohio chapter of the Kessa League': a name
    before a body's local unit whose 'of' phrase names the body it belongs to says where the unit
    is; the unit and its people are that body's, not the place's."""
    unit = token.head
    return token.dep_ in ("compound", "amod", "nmod") and unit.i > token.i and unit.lemma_.lower() in LOCAL_UNIT_NOUNS \
        and _written_as_a_place(token) \
        and any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in child_tokens(c))
                for c in child_tokens(unit))


def _written_as_a_place(token: Token) -> bool:
    """'Harbury', 'Salt Lake City': a name of no common word, or a known place, may say where a unit
    is; 'the Velto Chips unit of X', 'the Brenmark Capital division of X' name a firm of their own."""
    name = " ".join(t.text for t in token.lefts if t.dep_ == "compound") + " " + token.text
    return not is_common_word(token.text) or is_known_place(name.strip())


def defined_noun(name: Token) -> Token | None:
    """The common noun a name defines by a participle of naming set on it ('The agency, known as
    KORNA, said', 'the regulator, called Ofreg,', 'a watchdog known as the Kessa Audit Office'):
    the name stands for what the noun does; only for a body's singular common noun ('The man,
    known as Tommo,' is a person's nickname)."""
    if name.dep_ == "pobj" and name.head.lower_ == "as":
        verb = name.head.head
    elif name.dep_ in ("oprd", "attr"):
        verb = name.head
    else:
        return None
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in DEFINING_PARTICIPLES \
            or noun.i >= verb.i or noun.tag_ != "NN" or not noun.is_lower \
            or noun.lemma_.lower() not in BODY_DESCRIPTION_NOUNS:
        return None
    return noun


def _acts_itself(token: Token) -> bool:
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    token = defined_noun(token) or token     # 'The agency, known as KORNA, said': KORNA speaks
    if is_source(token) or token.dep_ == "poss" or _member_body(token) or _author_of_a_source(token):
        return True
    verb = token.head
    if token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_ != "be":
        return True
    if token.dep_ == "nsubj" and _joined_cue_without_subject(verb):
        return True         # 'The X Party ... was cautious but said it ...': the subject speaks
    if token.dep_ == "dobj" and verb.lemma_.lower() in FRAMENET_JUDGMENT:
        return True
    return token.dep_ == "pobj" and verb.dep_ == "agent"


def _joined_cue_without_subject(verb: Token) -> bool:
    """'was cautious but said ...': a speech verb joined to the verb (also 'be') that has no
    subject of its own shares the verb's."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_ in SPEECH_VERBS
               and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child_tokens(c)) for c in child_tokens(verb))


def _before_subjectless_cue(token: Token) -> bool:
    """'…, Brazil and Peru said.': names (a pair) right before a speech verb the parser left
    without a subject are its subject."""
    last = max([token, *token.conjuncts], key=lambda t: t.i)
    doc = token.doc
    if last.i + 1 >= len(doc):
        return False
    verb = doc[last.i + 1]
    return verb.pos_ == "VERB" and verb.lemma_ in SPEECH_VERBS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        or cue_of_name_read_as_adverb(token) is not None


def cue_of_name_read_as_adverb(token: Token) -> Token | None:
    """'Radio Nordvik, citing officials, reported that ...' (also after '; '): with a participle
    set off by commas the parser may hang the name before it on the verb as an adverb; a name
    right before that comma is the subject of the finite speech verb after it that has none."""
    doc = token.doc
    if token.dep_ != "npadvmod" or token.pos_ != "PROPN" or token.ent_type_ not in ("ORG", "PERSON", "GPE") \
            or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":     # not 'Last March, ...'
        return None
    for verb in (token.head, *(c for c in token.head.children if c.dep_ == "conj")):
        if verb.i > token.i and verb.pos_ == "VERB" and verb.lemma_ in SPEECH_VERBS and verb.tag_ in ("VBD", "VBZ", "VBP") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return verb
    return None


def _author_of_a_source(token: Token) -> bool:
    """'data from X', 'a study by X': the body whose figures or report the article cites."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in SOURCE_AUTHOR_PREPOSITIONS \
        and prep.head.pos_ == "NOUN" and prep.head.lower_ in SOURCE_NOUNS


def _addressee_of_a_document(token: Token) -> bool:
    """'in a filing to X', 'a letter to X': the body a document is sent to (a place gets none)."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in ISSUED_DOCUMENT_NOUNS


def _member_body(token: Token) -> bool:
    """'a spokesman for Downing Street', 'officials at X': a body that has members or staff."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in MEMBER_BODY_PREPOSITIONS \
        and prep.head.lemma_.lower() in _MEMBER_WORDS


def _remove_body(index: ActorIndex, key: str, members_to: str | None = None) -> None:
    """Remove a body that is no actor; those affiliated to it go to `members_to` (or to none)."""
    _remove(index, key)
    for other in index.mentions.values():
        if other.affiliation == key:
            other.affiliation, other.affiliation_fallback = members_to, False


def _remove(index: ActorIndex, key: str) -> None:
    del index.mentions[key]
    index.names.remove(key)
    index.by_token = {t: k for t, k in index.by_token.items() if k != key}
    index.order = [o for o in index.order if o[2] != key]
    index.spans = [s for s in index.spans if s[-1] != key]
