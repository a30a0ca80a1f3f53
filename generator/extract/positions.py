"""Positions of one article: who said, claimed, demanded or denied what.

Attributions, combined sentence by sentence:
  * speech cues on the parse: a communication verb of the lexicon (VerbNet and FrameNet
    classes) with a subject (the speaker) and a clause, object or infinitive (the content);
    "according to X"; a passive agent ("was claimed by X"); a statement noun with its holder
    ("the union's demand for an inquiry"); parentheticals ("The rebels, he said, would ...");
  * direct quotations found in the text (see quotes.py), credited to the cue of their
    sentence, to a cue ending the sentence before with a colon, or to the speaker they
    continue;
  * the speaker of each is resolved by speakers.py (names, pronouns, descriptions, documents).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from .titles import TITLE_VOCABULARY
from ..lexicon import COLLECTIVE_SINGULAR_NOUNS, NON_PERSON_NOUN_ENDINGS, SINGLE_PERSON_NOUNS, NON_PERSON_AGENT_NOUNS, SINGULAR_NOUN_TAGS
from ..lexicon import DASHES, DOCUMENT_MAKING_VERBS, POINTING_BACK_DETERMINERS
from ..lexicon import AUTHORED_DOCUMENT_NOUNS, BARE_VERB_TAGS, PAST_OR_THIRD_PERSON_VERB_TAGS, DEFINITE_ARTICLES, FINITE_VERB_TAGS, PLURAL_NOUN_TAGS
from ..lexicon import AMOUNT_NOUNS, FLOW_NOUNS, PERCENT_WORDS, PERSISTING_ADVERBS, SCALE_WORDS, SPAN_PREPOSITIONS, STANCE_ADJECTIVES
from ..lexicon import ANSWERING_VERBS, CONTRAST_COORDINATORS, PERSON_POSSESSIVE_PRONOUNS, PERSON_SUBJECT_PRONOUNS, REDIRECTING_VERBS, SPEAKERS_ANSWERING_ACTS
from ..lexicon import ARTICLES, CLAUSE_SUBJECT_DEPS, FRAMENET_OPINION, PERSON_POSSESSIVES
from ..lexicon import ASSESSING_NOUNS, PERSON_OR_UNNAMED_SOURCE_NOUNS, STATISTICS_NOUNS, SPEAKING_NOUNS, SPEECH_OR_STANCE_VERBS
from ..lexicon import (BODY_PLACE_PREPOSITIONS, DISTRIBUTIVE_DETERMINERS, DOCUMENT_AUTHOR_PREPOSITIONS, LIVE_BLOG_ENTRY_OPENERS, OCCASION_TIME_NOUNS, PARTITIVE_OF_PRONOUNS, PLURAL_SUBJECT_PRONOUNS, POLL_SHARE_LINKS, POLL_SHARE_PREPOSITIONS, QUESTION_MARKERS, RELATIVE_OF_PRONOUNS, REPORTED_CLAUSE_MARKS, REQUEST_OBJECT_PREPOSITIONS, REQUEST_THING_PREPOSITIONS, RESULT_DEGREE_WORDS, SENTENCE_END_CUE_VERBS, SINGULAR_SUBJECT_PRONOUNS, SOURCE_AUTHOR_PREPOSITIONS, STATEMENT_TOPIC_PREPOSITIONS, TOLD_TOPIC_PREPOSITIONS, TOPIC_CUE_PREPOSITIONS, ACCORDING_CUE, FUTURE_MODALS, QUOTING_BODY_HEADS, COMPARING_ADVERBS, NOW_WORDS, SAYING_EVENTS, OCCASION_PREPOSITIONS, VERDICT_VERBS, FIGURE_QUALIFIERS, JUDGE_TITLES, COURT_PANEL_NOUNS, ROLE_OR_PERSON_NOUNS, FEMALE_TITLES, FUTURE_RAISING_WORDS, MALE_TITLES, THREATENING_THING_NOUNS, CREDITING_VERBS, PEOPLE_GROUP_NOUNS, ADDRESSEE_INFINITIVE_CUES, CIRCUMSTANCE_MARKERS, CONCLUDING_VERBS, REPORTED_BODY_NOUNS, REPORTED_BODY_DOCUMENT_NOUNS, RESPONDENT_SOURCE_NOUNS, SOURCE_FINDING_VERBS, SOURCE_NOUNS, MERE_PERSON_NOUNS, ABSOLUTE_PREPOSITIONS, SPOKESPERSON_NOUNS, ANONYMITY_VERBS, AGENT_SUFFIXES, ORG_HEADS, FRAMENET_STATEMENT, AMBIGUOUS_ROLE_NOUNS, ANAPHORIC_SUBJECTS, BACKSHIFTED_MODALS, PROMPTING_EVENT_MARKERS, PROMPTING_REPORT_VERBS, PRESENT_MODALS, CUE_SETTING_PUNCT, SEMI_MODAL_VERBS, RELATIVE_ADVERBS, PLACE_RELATIVE_ADVERBS, RELATIVE_PRONOUN_OPENERS, COORDINATORS, ON_RECORD_VERBS,
                       ATTEMPT_NOUNS, CLAIMED_OBJECTS, COUNTING_NOUNS, DENIED_OBJECTS, ISSUED_DOCUMENT_NOUNS, CLAUSE_ONLY_CUES, CONJECTURE_MODALS, ABILITY_REPORT_VERBS, EXTRAPOSING_PREDICATES, CLAUSE_COORDINATORS, FREQUENCY_ADVERBS, FRACTION_WORDS, NARRATED_FUTURE_ADVERBS,
                       RECORD_STANCE_VERBS, VOTING_VERBS, VOTE_COUNT_NOUNS, FAMILY_NOUNS, REQUESTED_RECORD_NOUNS, CLAUSE_ONLY_NOUNS, CLOSING_QUOTES, CONCESSIVE_PREPOSITIONS,
                       CONCESSIVE_SUBORDINATORS, CONDITIONAL_MARKS, CONTENT_PREPOSITIONS, CONTRAST_MARKERS,
                       CUE_PREPOSITIONS, DEMONSTRATIVES, EMBEDDING_WORDS, SETTING_OFF_MARKS, RIVAL_SIDE_NOUNS,
                       SPEAKING_BODY_HEADS, PERSON_OBJECT_PRONOUNS,
                       EVIDENCE_CUES,
                       EXPRESSED_NOUNS, EXPRESS_VERBS, HEARER_CUES, IMPLICATIVE_CAUSE_VERBS, INDEFINITE_ARTICLES, NEGATIVE_IMPLICATIVE_VERBS, AVOIDANCE_VERBS,
                       INFINITIVE_NOUNS, JUDICIAL_NOUNS, MODAL_AUXILIARIES, NEGATIONS, NEGATIVE_QUANTIFIERS, OBJECT_CONTROL_VERBS, OBJECT_CUES,
                       PASSIVE_CUES, PERCENT_SIGNS, PERSON_NOUNS, PREDICATIVE_CUES, POLARITY_PREPOSITIONS, POLL_NOUNS,
                       PREPOSITION_CUES, PRONOUNS_SPEAKER_PERSON, PRONOUNS_SPEAKER_PLURAL, QUANTIFIERS,
                       QUANTIFIER_SUBJECTS, QUOTE_PAIRS, RELATIVE_PRONOUNS, REQUEST_CUES, ROLE_NOUNS, SAYING_ADVERBS,
                       SAYING_MEDIA, SAYING_OCCASIONS, SETTING_PREPOSITIONS, MEANS_PREPOSITIONS, MEDIUM_PREPOSITIONS,
                       SELF_REQUEST_CUES, SHARE_NOUNS, PUBLISHING_CUES, HEARER_PRONOUNS, SITTING_HEARER_NOUNS, CONTENT_SUBORDINATORS, MEASURE_GLOSS_WORDS, TIME_OF_EVENT_WORDS, SPEECH_VERBS, HEARING_VERBS, REPORT_FINDING_VERBS, STANCE_VERBS, WRITERS_TIME_ADVERBS, DENIAL_CUES, STATEMENT_NOUNS, SUPPORT_VERBS,
                       SUPPOSING_IMPERATIVES, TOPIC_CUES, UNNAMED_SOURCE_NOUNS, VENUE_PREPOSITIONS, VERBNET_SAY, VERBNET_TELL,
                       VIEW_HOLDING_VERBS, VIEW_NOUNS, WRITER_PRONOUNS, RECOLLECTION_VERBS, QUOTING_VERBS, CONTINUING_VERBS,
                       ADVICE_MODALS, HEARSAY_NOUNS, CONDITION_OPENERS, CONDITION_OPENING_PHRASES, SUBJECT_TO_PHRASE,
                       CONCESSIVE_INTENSIFIERS, DO_SUPPORT_LEMMAS, HANDING_OVER_VERBS, TOLD_INFORMATION_NOUNS, TOLD_QUANTITY_NOUNS, MAKING_KNOWN_VERBS, DUTY_REPORTING_VERBS, TELLING_BY_NAMING_VERBS, OUTLET_PRONOUNS, PRESS_AUDIENCE_NOUNS, FIGURE_PUTTING_VERBS, VOLITION_VERBS, OBJECT_PHRASE_PREPOSITIONS, OBJECT_PRONOUN_NUMBER, TO_CONTENT_NOUNS,
                       REFERENCE_NOUNS, REFERRING_PRONOUNS, NARRATIVE_SUBORDINATORS, INSIDER_NOUNS,
                       INSIDER_PREPOSITIONS, PROPOSING_VERBS, DEFINING_VERBS, OTHER_HOLDER_WORDS, LIMITING_ADVERBS, SAYING_CHAMBERS)
from ..model import Mention, MentionSpan, RawPosition
from ..names import is_given_name, norm
from .actor_names import speaker_after_a_court_participles_object
from .actors import HEAD_LINES, ActorIndex, cue_of_name_read_as_adverb
from .evidence import is_an_amount, is_country_name, is_known_place, name_ending_at, valued_at
from .parse import ParsedArticle, is_authoring_verb, child_tokens, doc_text, doc_tokens, head_indices, is_noun_word, name_set_off_after, sentence_start, span_text, span_tokens, with_its_closing_bracket
from .quotes import Quote, find_quotes, split_quotations
from .speakers import EDGE_PUNCT, Speaker, SpeakerResolver, clause_names_a_maker, issues_document, subject_after_fronted_participle, headline_description_of

# Unions of lexicon sets tested inside functions, made once here rather than on every call
_PERSON_OR_GROUP_NOUNS = ROLE_NOUNS | PERSON_NOUNS | PEOPLE_GROUP_NOUNS      # a person's or a group of people's nouns
_SPEECH_STANCE_OR_CREDITING_VERBS = SPEECH_VERBS | STANCE_VERBS | CREDITING_VERBS
_GROUP_OR_BODY_NOUNS = PEOPLE_GROUP_NOUNS | ORG_HEADS
_DEMONSTRATIVE_OR_WRITER_PRONOUNS = DEMONSTRATIVES | WRITER_PRONOUNS
_SETTING_OR_MEDIUM_PREPOSITIONS = SETTING_PREPOSITIONS | MEDIUM_PREPOSITIONS
_ANAPHORIC_OR_RELATIVE_SUBJECTS = ANAPHORIC_SUBJECTS | RELATIVE_PRONOUNS
_HEARER_WORDS = HEARER_PRONOUNS | SITTING_HEARER_NOUNS
_PREPOSITION_OR_OBJECT_CUES = PREPOSITION_CUES | OBJECT_CUES
_CUE_SETTING_PUNCT_OR_SEMICOLON = CUE_SETTING_PUNCT | {";"}
_SPEAKER_PRONOUNS = PRONOUNS_SPEAKER_PERSON | PRONOUNS_SPEAKER_PLURAL      # a person's or a plural speaker's pronouns
_CIRCUMSTANCE_OR_CONCESSIVE_MARKS = CIRCUMSTANCE_MARKERS | CONCESSIVE_SUBORDINATORS
_OBJECT_OR_STANCE_CUES = OBJECT_CUES | STANCE_VERBS
_CONDITIONAL_OR_CONCESSIVE_MARKS = CONDITIONAL_MARKS | CONCESSIVE_SUBORDINATORS
_RELATIVE_SUBJECT_PRONOUNS = RELATIVE_PRONOUNS | {"which", "who"}
_QUOTING_OR_RECOLLECTION_VERBS = QUOTING_VERBS | RECOLLECTION_VERBS

CUE_VERB_LEMMAS = SPEECH_VERBS | EXPRESS_VERBS | {"make"}     # "make" only in "made clear"
MIN_QUOTE_WORDS = 4          # shorter quotations are scare quotes or fragments of reported speech
EMBEDDED_QUOTE_WORDS = 8     # a quotation after a preposition or article is a phrase unless longer


@dataclass
class Attribution:
    speaker: Speaker
    cue: str
    cue_char: int                 # article offset of the cue (for quote matching)
    start: int                    # article offsets of the content
    end: int
    text: str
    sentence_no: int
    direct: bool = False
    last_sentence_no: int = -1
    cue_noun: bool = False        # a statement noun's holder ("the union's demand for ...")
    points_back: bool = False     # the content only points back ("denied the claims"): a speaker, no position
    reported: bool = False        # in another's reported clause, its source no person ("said the sector had warned")
    inner: bool = False           # in another's reported clause, its source no name ("said some residents had complained")


@dataclass
class PositionsFound:
    """What the positions stage learnt, as new records; the actor index it read is unchanged."""
    positions: list[RawPosition]
    groups: list[Mention]                 # unnamed collective sources that became actors ("officials")
    references: list[MentionSpan]         # pronouns, descriptions and group phrases it resolved
    lede_roles: dict[str, tuple[str, str]]   # person key -> (role, affiliation) from a lede's description
    pointers: list[RawPosition] = field(default_factory=list)   # "X disclosed this": no position, but whose the figures before are


def find_positions(parsed: ParsedArticle, actors: ActorIndex) -> PositionsFound:
    all_quotes = find_quotes(parsed.article.text)
    resolver = SpeakerResolver(parsed, actors, [(q.start, q.end) for q in all_quotes])
    pieces = {all_quotes[i]: all_quotes[j] for i, j in split_quotations(parsed.article.text, all_quotes).items()}
    quotes = [q for q in all_quotes if q in pieces or q in pieces.values() or _is_statement(q, parsed.article.text)]
    cues: dict[int, list[Attribution]] = {}

    def cues_of(n: int) -> list[Attribution]:
        """The cue attributions of sentence n, found once (a quotation may need them early)."""
        if n not in cues:
            sent = parsed.sentences[n]
            cues[n] = [] if parsed.is_headline(sent) else _sentence_attributions(parsed, resolver, sent, n, quotes)
        return cues[n]

    attributions: list[Attribution] = []
    pointers: list[Attribution] = []     # "disclosed this to journalists": a speaker whose words only point back
    unheld: set[str | None] = set()     # groups only another speaker's words named as speaking
    pending_colon: Attribution | None = None
    for n, sent in enumerate(parsed.sentences):
        if parsed.is_headline(sent):
            continue
        found = cues_of(n)
        for att in found:
            if not att.cue_noun and not _reported_within(att, found):
                resolver.spoke(att.speaker, n)  # not "Ms. Lowe's threats to ...": named in passing
        attributions.extend(a for a in found if a.text and not a.points_back and not _unheld_inner_report(a, resolver.groups)
                            and not (a.speaker.actor is None and actors.is_the_writer(a.speaker.text)))
        pointers.extend(a for a in found if a.text and a.points_back)
        unheld.update(a.speaker.actor for a in found if a.text and _unheld_inner_report(a, resolver.groups))
        _credit_quotes(parsed, sent, n, quotes, cues_of, pending_colon, resolver, attributions, pieces)
        colon = next((a for a in found if not a.text), None)
        pending_colon = colon if colon and sent.text.rstrip(" \"“‘'`").endswith(":") else None
    for a in attributions:
        if not a.direct and any(_is_the_quotation(parsed.article.text, a, q) for q in all_quotes):
            a.direct = True     # 'said "We could not win,"': the content is a quotation, however short
    lede_roles = _resolve_lede_descriptor(parsed, resolver, attributions)
    _named_next(resolver, attributions)
    _named_under_same_description(parsed, resolver, attributions)
    attributions = [a for a in attributions if not _passes_on_inner_statement(parsed, a, attributions)
                    and not _relays_inner_cue(a, attributions)]
    held = {key for a in attributions for key in (a.speaker.actor, *a.speaker.others)}
    unheld = {key for key in unheld if key in resolver.groups and key not in held}
    return PositionsFound(positions=[_to_position(parsed, a) for a in _dedupe(_each_actor(attributions))],
                          groups=[g for key, g in resolver.groups.items() if key not in unheld],
                          references=[r for r in resolver.references if r[-1] not in unheld],
                          lede_roles=lede_roles, pointers=[_to_position(parsed, a) for a in pointers])


def _cue_lemma(parsed: ParsedArticle, a: Attribution) -> str:
    sent = parsed.sentences[a.sentence_no]
    offset = parsed.offset(sent.doc)
    return next((t.lemma_ for t in sent if t.idx + offset == a.cue_char), "")


def _passes_on_inner_statement(parsed: ParsedArticle, a: Attribution, attributions: list[Attribution]) -> bool:
    """'The Post reported that Ann Lowe told him his plan was dead': the paper passes on what
    Lowe said; the statement is hers alone, whole from her name to the clause's end (not
    when the inner speaker is the paper's own reporter or is not known)."""
    if a.direct or a.cue_noun or _cue_lemma(parsed, a) not in PUBLISHING_CUES:
        return False
    return any(o is not a and o.sentence_no == a.sentence_no and o.text and not o.cue_noun
               and o.speaker.actor is not None and not o.speaker.reporter
               and a.start <= o.cue_char < a.end and o.end == a.end
               and a.text.startswith(o.speaker.text) for o in attributions)


def _relays_inner_cue(a: Attribution, attributions: list[Attribution]) -> bool:
    """'On timber, Kwame said Accra was ready ..., the ministry said': a cue after its content
    whose content holds another speaker's cue before that speaker's words relays his statement;
    the statement is his, no second one of the relay's with his cue in it."""
    if a.direct or a.cue_noun or a.cue_char < a.end:
        return False
    return any(o is not a and o.sentence_no == a.sentence_no and o.text and not o.cue_noun
               and a.start <= o.cue_char < o.start and o.end <= a.end for o in attributions)


def _reported_within(att: Attribution, found: list[Attribution]) -> bool:
    """The cue lies inside what another speaker of the sentence says ('X said, pointing out that
    the senators had insisted on ...'): the senators do not become the one who goes on speaking."""
    return any(o is not att and o.text and o.start <= att.cue_char < o.end for o in found)


def _unheld_inner_report(att: Attribution, groups: dict) -> bool:
    """'Lowe said roughly half had confirmed they had left', 'X said the sector had warned
    about it', 'said trade rose and that firms had pledged $2bn', 'X said some tenants had
    complained about damp', 'said a foreman told staff to stay': a cue inside another's
    statement whose source is no name and no named actor (no one, or only a group of people the
    sentence names by a noun) is part of what that speaker says, no second position ('said Tom
    Reed had promised ...': Reed's promise, stays)."""
    if att.direct:
        return False
    return att.reported and att.speaker.actor is None \
        or att.inner and (att.speaker.actor is None or att.speaker.actor in groups)


def _reported_of_no_person(verb: Token) -> bool:
    """The cue is in another speech verb's reported clause and its subject names no person or
    source: a share ('roughly two-thirds'), firms, a sector. A cue joined to the reported clause
    is in it only with its own 'that' ('said trade rose and that firms had pledged ...'; in
    'one said prices rose and several said ...' the parser may have joined a second speaker)."""
    subject = _subject(verb)
    if verb.dep_ == "conj" and not any(c.dep_ == "mark" for c in child_tokens(verb)):
        return False
    return _reporting_verb(verb) is not None and subject is not None and subject.pos_ != "PROPN" \
        and not _names_a_person(subject)


def _reported_of_no_name(verb: Token) -> bool:
    """The cue, a finite verb, is in another speech verb's reported clause (as `_reported_of_no_person`
    reads it) and its subject is a common noun, no name ('said some residents had complained', 'said a
    supervisor told staff to stay'); not a source who told the speaker ('said the guard told him ...':
    the guard's words, passed on), nor what a paper reports ('The Gazette reported its reporter said')."""
    subject = _subject(verb)
    if verb.dep_ == "conj" and not any(c.dep_ == "mark" for c in child_tokens(verb)):
        return False
    head = _reporting_verb(verb) or _according_to_before(verb)
    return head is not None and subject is not None and subject.pos_ == "NOUN" and head.i < subject.i \
        and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") and head.lemma_ not in PUBLISHING_CUES \
        and not any(c.dep_ in ("dobj", "dative") and c.lower_ in HEARER_PRONOUNS for c in child_tokens(verb)) \
        and not any(t.text in (";", ":") or t.is_quote for t in verb.doc[head.i:subject.i])


def _according_to_before(verb: Token) -> Token | None:
    """'According to Lee, callers told victims ...': an 'according to' phrase on the cue's clause,
    set before it, reports the cue as its source's account, as a verb of saying would."""
    clause = verb.head if verb.dep_ == "conj" else verb
    phrase = next((c for c in child_tokens(clause) if c.i < verb.i and _is_according_to(c)), None)
    return phrase if phrase is not None and _people_source(phrase) else None


def _people_source(according: Token) -> bool:
    """The source of an 'according to' phrase is a person or people ('Inspector Lee', 'the lawyer',
    'police', 'residents'), who recount what they saw; an outlet or a document ('According to
    Reuters, police said ...') passes on another's statement, as 'X reported' does."""
    to = next(c for c in child_tokens(according) if c.lower_ == "to")
    source = next((c for c in child_tokens(to) if c.dep_ == "pobj"), None)
    return source is not None and (source.ent_type_ == "PERSON" or not source.ent_type_ and source.pos_ == "NOUN" and (
        source.lemma_.lower() in _PERSON_OR_GROUP_NOUNS))


def _is_statement(q: Quote, text: str) -> bool:
    """Quotation marks around a statement, not around a title or a phrase the sentence uses
    ('told "Harbour Hour."', 'for "ages."', 'a list of "fines and warnings"')."""
    if q.words < MIN_QUOTE_WORDS - 1 or q.words < MIN_QUOTE_WORDS and not any(c in q.text for c in ".!?"):
        return False
    if _crosshead(q, text):
        return False
    before = text[:max(0, q.start - 1)].rstrip()
    word = re.search(r"(\w+)\W*$", before[-30:])
    embedded = word is not None and before[-1:].isalpha() and word.group(1).lower() in EMBEDDING_WORDS
    return not embedded or q.words >= EMBEDDED_QUOTE_WORDS


def _crosshead(q: Quote, text: str) -> bool:
    """A quotation that is a line of its own with no end of sentence in or after it ("'It was in
    everything'" between two paragraphs): a subheading the writer took from someone's words, not
    a statement of the last speaker; a quoted paragraph ends on its stop ('"We will not give up."')."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:q.start - 1].strip(), text[q.end:line_end].strip()
    introduced = text[:line_start].rstrip().endswith((":", ","))      # 'Ann Lowe said:' above it: her words
    return not before and not introduced and not any(c in after for c in ".!?:,") and len(after) <= 2 \
        and not q.text.rstrip().endswith((".", "!", "?", ",", ":", ";", "-", "—", "…")) and "\n" not in q.text


# ---- cues on the parse ------------------------------------------------------------------

# every lemma that may open a cue in _sentence_attributions (an 'according to' aside is tested by its word)
_ANY_CUE_LEMMA = CUE_VERB_LEMMAS | CONTINUING_VERBS | {"put"} | SOURCE_FINDING_VERBS | STATEMENT_NOUNS | VERDICT_VERBS


def _sentence_attributions(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span,
                           n: int, quotes: list[Quote]) -> list[Attribution]:
    base = parsed.offset(sent.doc)
    out: list[Attribution] = []
    for token in span_tokens(sent):
        lemma = token.lemma_
        if lemma not in _ANY_CUE_LEMMA and token.lower_ != "according":
            continue        # most words: no test below can hold
        owned, taken_up = None, False
        if lemma in CUE_VERB_LEMMAS and token.pos_ in ("VERB", "AUX"):
            find = _speech_cue
        elif lemma in CONTINUING_VERBS and token.pos_ == "VERB" and _tags_quotation(parsed, token, quotes):
            find = _speech_cue
        elif lemma == "put" and token.pos_ == "VERB" and _puts_a_figure(token):
            find = _speech_cue
        elif lemma in SOURCE_FINDING_VERBS and token.pos_ == "VERB" and (finding := _named_source_finding(token)):
            find = _speech_cue
            owned = _document_owner(token)
            taken_up = finding == _TAKEN_UP
        elif lemma in VERDICT_VERBS and token.pos_ == "VERB" and _verdict_cue(token):
            find = _speech_cue
        elif lemma in STATEMENT_NOUNS and token.pos_ == "NOUN":
            find = _noun_cue
        elif _is_according_to(token):
            find = _according_to
        else:
            continue
        if not _inside_quote(base + token.idx, quotes):
            found = find(parsed, resolver, sent, token, n)
            if owned is not None and any(a.speaker.actor is None or _a_persons_unauthored_data(
                    owned, resolver.mention(a.speaker.actor).type) for a in found):
                continue    # 'the county's estimates show ...' where no actor is the county: whose, unknown;
                #             'Leo Marsh's data showed ...': data about a person, not by them
            if taken_up and any(a.speaker.actor is None for a in found):
                continue    # 'The report also found that ...' of no holder the discourse of documents tells
            if find is _speech_cue and found and _reported_body(token):
                continue    # 'X said the government had proposed a plan': X's statement, not the government's
            if find is _speech_cue and token.dep_ in ("conj", "dep") and not _has_subject(token) \
                    and any(o.text and o.start <= base + token.idx < o.end for o in out):
                continue    # 'said the cabinet had tried ... but concluded they could not': inside X's words
            reported = find is _speech_cue and bool(found) and _reported_of_no_person(token)
            inner = find is _speech_cue and bool(found) and _reported_of_no_name(token)
            for a in found:
                a.reported, a.inner = reported, inner
            out.extend(found)
    return out


def _verdict_cue(verb: Token) -> bool:
    """'Judge X ruled that the notices were invalid', 'the tribunal held that ...': a verb of a
    verdict states what was found only over a finite clause of its own subject ('ruled out', 'ruled
    the region', 'held talks', 'held the firm liable', 'hold banners proclaiming ...' state nothing).
    'hold' is a verdict only with a judicial subject ('Villagers hold that the well is cursed' is a
    belief). A verdict inside a relative clause ('Anyone who holds that ... is wrong') or inside
    another cue's reported clause ('The judge ruled that ..., lawyers said') is part of that
    sentence's or that speaker's words, no position of its own."""
    if any(t.dep_ in ("relcl", "acl") for t in [verb, *verb.ancestors]) \
            or any(a.lemma_ in CUE_VERB_LEMMAS and a.pos_ == "VERB" for a in verb.ancestors):
        return False
    if verb.lemma_ == "hold" and not any(c.dep_ == "nsubj" and _judicial(c) for c in child_tokens(verb)):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and _has_subject(c) and _tense(c) is not None
               and not any(t.is_punct for t in verb.doc[verb.i + 1:c.left_edge.i]) for c in child_tokens(verb)) \
        and not any(c.dep_ == "prt" for c in child_tokens(verb))


def _judicial(subject: Token) -> bool:
    """A court, tribunal, panel or judge ('the tribunal', 'Judge Ann Lowe', 'Mr Justice Hale')."""
    return subject.lemma_.lower() in _JUDICIAL_SUBJECT_NOUNS or subject.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in _JUDICIAL_SUBJECT_NOUNS for c in child_tokens(subject))


_JUDICIAL_SUBJECT_NOUNS = JUDICIAL_NOUNS | JUDGE_TITLES | COURT_PANEL_NOUNS     # united once


_TAKEN_UP = "taken up"      # `_named_source_finding`: the finding of a document taken up by 'the'


def _named_source_finding(verb: Token) -> str:
    """'Data from the Statistics Office showed that ...', 'An analysis by the Budget Office found
    that ...': what a study, report or data set (`SOURCE_NOUNS`) whose author a name gives ('by',
    'from' + a proper name) found or showed, in a 'that' clause, is that author's finding (FrameNet
    Evidence); not 'a study found a leak' (no clause), 'data from the field showed' (no name),
    'data from Zembia' (a place the data is about), 'a poll by X found that' (its respondents' view),
    'did not find that' (negated). A document that names no author at all is the source as written
    (`_finding_of_unauthored_document`). "" where none; `_TAKEN_UP` for a document taken up by 'the'
    (`_finding_of_document_taken_up`); else "named"."""
    if verb.lemma_ not in SOURCE_FINDING_VERBS or verb.pos_ != "VERB" or not (
            verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return ""           # 'X said data from Y showed that ...': X's report, not Y's own statement
    subject = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in SOURCE_NOUNS - RESPONDENT_SOURCE_NOUNS or subject.tag_ not in ("NN", "NNS") \
            or any(c.dep_ == "neg" for c in child_tokens(verb)):
        return ""           # a poll's finding is its respondents' view; 'did not find that X' is no X
    if any(c.dep_ == "parataxis" for c in child_tokens(verb)):
        return ""           # 'Data from X, the mayor said, showed that ...': the mayor's report of it
    owner = _document_owner(verb)
    if owner is not None:
        return "named" if _finding_of_owner(verb, subject, owner) else ""
    authors = [p for p in child_tokens(subject) if p.dep_ == "prep" and p.lower_ in DOCUMENT_AUTHOR_PREPOSITIONS
               and p.i > subject.i]
    if not authors:
        if _finding_of_unauthored_document(verb, subject):
            return "named"
        return _TAKEN_UP if _finding_of_document_taken_up(verb) else ""
    author = [name for p in authors for o in child_tokens(p) if o.dep_ == "pobj" and not o.conjuncts
              and (name := o if o.pos_ == "PROPN" else name_set_off_after(o)) is not None
              and name.ent_type_ not in ("GPE", "LOC") and not is_country_name(name.text) and not is_known_place(name.text)]
    clause = [c for c in child_tokens(verb) if c.dep_ == "ccomp" and c.i > verb.i
              and any(m.dep_ == "mark" and m.lower_ == "that" for m in child_tokens(c))]
    return "named" if len(author) == 1 and len(clause) == 1 else ""


def _finding_of_owner(verb: Token, subject: Token, owner: Token) -> bool:
    """'The water board's figures show that 412 pipes burst', 'the port's own survey showed it loses
    cargo to theft', 'Dr Ferro's study, seen by the Ledger, found that ...': a study, report or data set
    owned by a body or person (a possessive: a name or a definite noun) states what it found or showed
    as its owner's finding, as one whose author 'by' or 'from' names does; the speaker rules must give
    the owner's actor (`_sentence_attributions`). Only over one clause of its own subject and tense
    after the verb; not an owner that is a time ('last year's figures'), a place ('Zembia's data': what
    it is about), another document ('the study's data'), an indefinite noun ('a firm's report') or a
    pronoun ('her report': whose, the speaker rules do not tell); a person only before a document one
    writes (AUTHORED_DOCUMENT_NOUNS: 'Dr Ferro's study', not 'Leo Marsh's data', which may be about
    him: `_sentence_attributions`); nor a document another made for the owner, named after 'by' ('the
    club's inquiry, carried out by a law firm'), though the owner may have put it out itself ('the
    ministry's report, published on Tuesday')."""
    if owner.ent_type_ in ("DATE", "TIME", "GPE", "LOC") or owner.lower_ in SOURCE_NOUNS \
            or is_country_name(owner.text) or is_known_place(owner.text):
        return False
    if any(c.dep_ in ("acl", "relcl") and (c.lemma_.lower() in DOCUMENT_MAKING_VERBS or is_authoring_verb(c))
           and any(a.dep_ == "agent" and not any(o.lower_ == owner.lower_ for o in a.subtree) for a in child_tokens(c))
           for c in child_tokens(subject)):
        return False        # made by another, named after 'by'
    definite = owner.pos_ == "PROPN" or owner.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in child_tokens(owner))
    clause = [c for c in child_tokens(verb) if c.dep_ == "ccomp" and c.i > verb.i and _has_subject(c)
              and _tense(c) is not None]
    return definite and len(clause) == 1


def _a_persons_unauthored_data(owner: Token, actor_type: str) -> bool:
    """'Leo Marsh's data', 'the patient's figures': a person's possessive before a document no one writes
    (not in AUTHORED_DOCUMENT_NOUNS: data, figures, records) may name whom it is about, not its author.
    A person: the actor the owner stands for is one, or the name has a person's shape (a given name
    first, no word of a body's head: 'Leo Marsh', not 'Harbury Police Service')."""
    if owner.head.lower_ in AUTHORED_DOCUMENT_NOUNS:
        return False
    words = [t for t in owner.subtree if t.pos_ == "PROPN"]
    return actor_type == "person" or owner.pos_ == "PROPN" and bool(words) and is_given_name(words[0].text) \
        and not any(w.lower_ in ORG_HEADS for w in words)


def _document_owner(verb: Token) -> Token | None:
    """The owner a possessive names of the document that is the verb's subject ('the board's figures
    show'), where no 'by' or 'from' after it names an author (`_finding_of_owner`); else None. Not before a
    document of assessing ("the clerk's appraisal": whom it assessed, `ASSESSING_NOUNS`)."""
    subject = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ASSESSING_NOUNS or any(p.dep_ == "prep" and p.lower_ in DOCUMENT_AUTHOR_PREPOSITIONS and p.i > subject.i
                              for p in child_tokens(subject)):
        return None
    return next((c for c in child_tokens(subject) if c.dep_ == "poss"), None)


def _finding_of_unauthored_document(verb: Token, subject: Token) -> bool:
    """'A state review found the ferry operator had lost $2m', 'A review found that 14
    complaints were ignored': a document brought in by an indefinite article, of no author and no
    name ('a', adjectives, common nouns only: `_bare_new_document`), states what it found (FrameNet
    Evidence: what is found is so); its words as written are the source, of no actor unless the
    speaker rules find one (`_states_a_finding`). Not 'the report found' (a document taken up:
    `_finding_of_document_taken_up`), nor figures or data alone (`STATISTICS_NOUNS`: whose, the
    sentence does not say)."""
    return subject.lower_ not in STATISTICS_NOUNS and _bare_new_document(subject) and _states_a_finding(verb, subject)


def _states_a_finding(verb: Token, subject: Token) -> bool:
    """The document `subject` states what it found: over one clause with a subject and a tense of
    its own after the verb ('showed the lake had warmed ...'), no modal on the finding ('could show
    that'), the document a subject written before its verb, and not a question (an auxiliary
    before the subject, a question mark: 'Did a review find that ...?' asks)."""
    if subject.i > verb.i or any(c.dep_ == "aux" and (c.lower_ in MODAL_AUXILIARIES or c.i < subject.i)
                                 for c in child_tokens(verb)) \
            or verb.sent.text.rstrip().rstrip(CLOSING_QUOTES).endswith("?"):
        return False
    clause = [c for c in child_tokens(verb) if c.dep_ == "ccomp" and c.i > verb.i and _has_subject(c)
              and _tense(c) is not None]
    return len(clause) == 1


def _finding_of_document_taken_up(verb: Token) -> bool:
    """'The review also found that most wards were short of nurses', 'The audit, conducted by X,
    found that ...': a study, report or audit (AUTHORED_DOCUMENT_NOUNS, not data or a poll) taken up
    by 'the' states what it found as its holder's finding, the holder the speaker rules give it where
    it was introduced ("X's report", 'a report by X', 'X published a report', 'the audit, conducted
    by X'); kept only where they give one (`_sentence_attributions`). The document's own phrase only
    'the', adjectives, common nouns and a participle of making it set off ('the audit, conducted by
    X,'); the finding as `_states_a_finding`, and not negated."""
    subject = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NN" or subject.lower_ not in AUTHORED_DOCUMENT_NOUNS \
            or any(c.dep_ in ("neg", "parataxis") for c in child_tokens(verb)):
        return False
    kids = list(child_tokens(subject))
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in kids) \
            or not all(c.i < subject.i and c.dep_ in ("det", "amod", "compound") or c.i > subject.i
                       and (c.dep_ == "punct" or c.dep_ in ("acl", "relcl") and _leaves_the_maker_as_it_was(c, subject)) for c in kids):
        return False        # ('the report, carried by the Ledger,': printed it, did not make it)
    return _states_a_finding(verb, subject)


def _leaves_the_maker_as_it_was(participle: Token, document: Token) -> bool:
    """A participle set on a document taken up ('the audit, conducted by X,', 'the report, sent to the
    committee last week,', 'the study, published in March,'): one of making it (`issues_document`), or one of
    no agent ('by ...'), which says what befell the document, not who made it; not one whose agent only
    printed, read or received it ('the report, carried by the Ledger,', 'seen by X'), nor one naming a maker of
    its own ('which Ann Lowe wrote', 'co-written with X': `clause_names_a_maker`)."""
    return not clause_names_a_maker(participle) and (issues_document(participle, document)
                                                     or not any(c.dep_ == "agent" for c in child_tokens(participle)))


def _bare_new_document(subject: Token) -> bool:
    """'An independent audit', 'a forensic review', 'a new council report': an indefinite article
    and nothing after the noun; before it only adjectives and common nouns, no name anywhere."""
    kids = list(child_tokens(subject))
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in kids) \
        and all(c.i < subject.i and c.dep_ in ("det", "amod", "compound", "advmod") for c in kids) \
        and not any(t.pos_ == "PROPN" or t.ent_type_ for t in subject.subtree)


def _puts_a_figure(verb: Token) -> bool:
    """'SNCF put the figure at 27 percent', 'officials put the death toll at 40': "put" with an
    estimate noun as its object and an amount after "at" states that estimate (`valued_at`, the
    reading that also makes the subject the figure's claimant)."""
    return valued_at(verb) is not None


def _other_speaker(participle: Token) -> Token | None:
    """The one who speaks in a participle or infinitive of speech hung on a verb of recalling
    ('recalled her father saying', 'quoted the mayor as saying', 'heard Tom say'): its own
    subject, or the verb's object written right before it."""
    if participle.tag_ not in ("VBG", "VB") or participle.lemma_ not in SPEECH_VERBS:
        return None
    own = next((c for c in child_tokens(participle) if c.dep_ == "nsubj"), None)
    if own is not None:
        return own
    head = participle.head.head if participle.dep_ == "pcomp" and participle.head.lower_ == "as" else participle.head
    if head.lemma_ not in RECOLLECTION_VERBS or head == participle:
        return None
    obj = next((c for c in child_tokens(head) if c.dep_ == "dobj" and c.i < participle.i), None)
    if obj is None or any(t.is_punct for t in obj.doc[obj.i:participle.i]):
        return None         # 'recalled the war, saying ...': the subject's own words
    return obj


def _hands_on_speech(verb: Token) -> bool:
    """A verb of recalling whose complement is another's speech ('X recalled her father
    saying "..."'): the words are the other speaker's, not the subject's; and that participle,
    when its speaker is the object ('quoted her father as saying'), is not the subject's either."""
    if verb.lemma_ in RECOLLECTION_VERBS and any(
            _other_speaker(c) is not None for c in child_tokens(verb) if c.dep_ in ("ccomp", "xcomp", "advcl")):
        return True
    own = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    return own is None and _other_speaker(verb) is not None


def _quotes_source(verb: Token) -> bool:
    """'X said, quoting the mayor: "..."', 'X continued, citing the sign: "..."': a participle
    of quoting with its source, then a colon, hands the quotation that follows to that source."""
    for c in child_tokens(verb):
        if c.lemma_ in QUOTING_VERBS and c.tag_ in ("VBG", "VB") and c.i > verb.i and any(
                d.dep_ in ("dobj", "prep") for d in child_tokens(c)):
            after = c.doc[c.right_edge.i + 1:c.right_edge.i + 2]
            if after and after[0].text == ":":
                return True
    return False


def _tags_quotation(parsed: ParsedArticle, verb: Token, quotes: list[Quote]) -> bool:
    """A verb of going on whose only complement is a quotation: '"...," X continued.',
    'X went on: "..."'. Any object, infinitive or phrase of its own ('continued her tour',
    'went on to win') makes it narration."""
    if verb.lemma_ == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in child_tokens(verb)):
        return False
    base = parsed.offset(verb.doc)
    text = parsed.article.text
    if any(c.dep_ not in ("nsubj", "punct", "prt", "advmod", "ccomp") or c.dep_ == "ccomp" and not _inside_quote(
            base + c.idx, quotes) for c in child_tokens(verb) if not _inside_quote(base + c.idx, quotes)):
        return False
    subject = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    tag = [verb, subject.right_edge, *(c for c in child_tokens(verb) if c.dep_ == "prt")]
    last = max(tag, key=lambda t: t.i)
    after = text[base + last.idx + len(last.text):]
    if re.match(r"\s*:\s*[\"“]", after):
        return any(q.start >= base + last.idx for q in quotes)      # 'X went on: "..."'
    start = base + min(subject.left_edge.idx, verb.idx)         # '"...," continued X.'
    return re.match(r"\s*[.,]?\s*($|\n)", after) is not None and any(
        q.end <= start and not text[q.end:start].strip(EDGE_PUNCT) for q in quotes)   # '"...," X continued.'


def _reported_body(verb: Token) -> bool:
    """'The official said the government had proposed a plan', 'Kim said the union had also
    demanded ...': a body named by a description ('the' and a body's noun) whose act or word
    only the speaker reports, inside the reported clause, is what the speaker says; no second
    position of the body's (a name, 'said Acme had promised ...', is a source the speaker cites).
    The noun capitalised alone ('said the Government had promised') or after a possessive ('asked
    why fares rise when its parent company reports profits') is such a description too. So is 'the'
    and a document's noun (REPORTED_BODY_DOCUMENT_NOUNS: 'replied that the study estimated a shortfall')
    whose cue has no reported clause of its own (`_statement_of_its_own`): what the speaker
    reports of it; 'said the report found that ...' stays the document's statement."""
    subject = _subject(verb)
    if verb.dep_ == "conj" and not any(c.dep_ == "mark" for c in child_tokens(verb)):
        return False
    if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in REPORTED_BODY_DOCUMENT_NOUNS:
        outer = _reporting_verb(verb)
        return outer is not None and not _statement_of_its_own(verb) \
            and [c.lower_ for c in child_tokens(subject) if c.i < subject.i] == ["the"] \
            and not before_semicolon(verb.head if verb.dep_ == "conj" else verb, outer)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.lemma_.lower() not in REPORTED_BODY_NOUNS \
            or subject.pos_ == "PROPN" and any(c.dep_ in ("compound", "amod", "flat") for c in child_tokens(subject)) \
            or not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_ == "PRP$"
                       for c in child_tokens(subject)):
        return False
    outer = _reporting_verb(verb)
    if outer is None and not _statement_of_its_own(verb):
        outer = _reporting_verb_above(verb)
    return outer is not None and not before_semicolon(verb.head if verb.dep_ == "conj" else verb, outer)


def _statement_of_its_own(verb: Token) -> bool:
    """'said prices rose because the government said in March it would scrap the subsidy': deeper
    inside another's report, a body that itself states something (its cue with a reported clause of
    its own: 'said it would', 'announced that it would') or whose act has its own time ('announced on
    Monday') is the subject of its own cue, a statement of the body's; only a body that is a mere
    participant of the reported content ('when the company announced its plan') is not."""
    if any(c.dep_ == "ccomp" for c in child_tokens(verb)):
        return True
    return any(c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME")
               or c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in child_tokens(c))
               for c in child_tokens(verb))


# How many clause steps (ccomp or advcl) up from a cue _reporting_verb_above looks for the speech verb
# that reports it: 'said [ccomp] fares rise [advcl] when its company reports' is two; deeper than three
# the parse is seldom the writer's nesting, and a body so far down is no participant of that report.
_REPORT_DEPTH = 3


def _reporting_verb_above(verb: Token) -> Token | None:
    """'questioned why fares should rise when its parent company was reporting profits': the speech
    verb whose reported clause holds the cue deeper down, through the clause's own adverbial clause
    ('when ...') or a clause inside it; None where a step of the way is no such clause."""
    clause = verb
    for _ in range(_REPORT_DEPTH):
        head = clause.head
        if head.i == clause.i or clause.dep_ not in ("ccomp", "advcl"):
            return None
        if clause.dep_ == "ccomp" and head.lemma_ in SPEECH_VERBS and head.pos_ == "VERB":
            return head if clause is not verb else None     # a clause right under the cue: _reporting_verb's
        clause = head
    return None


def _inside_quote(char: int, quotes: list[Quote]) -> bool:
    return any(q.start <= char < q.end for q in quotes)


def _speech_cue(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span, verb: Token,
                n: int) -> list[Attribution]:
    if _no_cue_of_its_own(verb, sent):
        return []
    inverted = _inverted_speaker(verb, sent) or _trailing_plural_source(verb, sent)
    if inverted is not None:
        return _inverted_cue(parsed, resolver, sent, verb, inverted, n)
    if _split_subjects(verb):
        return []           # two subjects of one verb apart: a parse gone wrong ('..., while X and 1 percent support Y')
    agent = _passive_agent(verb)
    subject = agent if agent is not None else _subject(verb)
    swallowed = _swallowed_subject(verb, resolver) if subject is None and agent is None else None
    subject = subject or swallowed or (_name_read_as_adverb(verb) if agent is None else None)
    if subject is None or not _is_source(verb, subject) or _act_not_statement(verb, subject) \
            or _extraposed_it(verb, subject) or _headline_passive(parsed, sent, verb):
        return []
    if any(_glued_apposition(c) or _reduced_relative_gloss(c) for c in child_tokens(subject)) \
            or _reduced_relative_gloss(subject.doc[max(subject.left_edge.i - 2, 0)]) \
            or any(_reduced_relative_gloss(t) for t in sent.doc[subject.right_edge.i + 1:verb.i]):
        return []           # ', a move officials say will save $4m': the parse glued a gloss to its speaker
    content = _content_tokens(verb) if not (agent is not None and verb.lemma_ in VERBNET_TELL) else _told_by(verb)
    if agent is not None and verb.lemma_ in VERBNET_TELL and content is None:
        return []           # 'he was told by X': the hearer is no content
    if (verb.lemma_ in EVIDENCE_CUES or verb.lemma_ == "put") and agent is None and not _can_speak(subject) \
            and not _named_source_finding(verb):
        return []           # 'the storm highlighted the risks', 'estimates put it at': a thing shows, no one states
    if verb.lemma_ == "threaten" and agent is None and _thing_not_voice(subject):
        return []           # 'rising costs threatening to push councils into bankruptcy': a risk, no pledge
    if verb.lemma_ == "put" and subject.lemma_.lower() in ISSUED_DOCUMENT_NOUNS:
        return []           # 'a survey put the cost at ...': whose estimate it is, the sentence does not say
    if content is not None and _is_participle(verb) and not _has_clause(verb) \
            and (verb.lemma_ in _STANCE_OR_PREPOSITION_CUES or _sets_scene(verb)):
        return []       # "Commenting on the case, he said": the participle only sets the scene
    if content is None and agent is not None:
        content = _passive_content(verb)
    if content is None and verb.lemma_ in CLAUSE_ONLY_CUES:
        return []
    if content is not None and not _has_clause(verb) and (_means_of_act(verb) or _record_of_stance(verb)
                                                          or _narrated_support(verb) or _counted_beneficiaries(verb)):
        return []           # "surprised them by announcing the release of X", "has supported gay rights",
                            # "supports 90 families": narration
    if verb.lemma_ == "call" and content is None:
        return []           # "called a meeting", "called him": no statement
    if _negated(verb) and verb.lemma_ not in STANCE_VERBS and not _has_clause(verb):
        return []           # "could not comment on", "firms that won't reveal their donors": no statement
    cue = _cue_text(verb)
    base = parsed.offset(sent.doc)
    if content is None:     # "He said:" — the content is the quotation that follows
        if agent is not None or verb.lemma_ not in VERBNET_TELL and any(
                c.dep_ == "dobj" and not _opens_quotation(c) for c in child_tokens(verb)):
            return []       # "61 percent felt the same about X": no quotation of theirs follows
        return [Attribution(_unless_insider(resolver.resolve(subject, n), subject), cue, base + verb.idx, 0, 0, "", n)]
    return _stated_content(resolver, sent, verb, subject, agent, swallowed, content, cue, base, n)


def _headline_passive(parsed: ParsedArticle, sent: Span, verb: Token) -> bool:
    """'Residents warned of missed collections as union says ...', 'Drivers told to stay home': in a
    line of the article's head written as a headline (no full stop), a verb of telling in its past
    form with no auxiliary and no hearer of its own is a passive with its 'are' dropped, as headlines
    write it (they tell what someone says in the present: 'union says'): its subject is told, no
    speaker."""
    if verb.lemma_ not in HEARER_CUES or verb.tag_ not in ("VBD", "VBN") or parsed.block_no(sent) > HEAD_LINES \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "dative") for c in child_tokens(verb)):
        return False
    return doc_text(sent.doc).rstrip().rstrip("\"'”’").rstrip()[-1:] not in (".", "!", "?")


def _extraposed_it(verb: Token, subject: Token) -> bool:
    """'it was "too early" to say whether ...', 'it is important to stress that ...': 'it' as the
    subject of a copula whose complement before a 'to' infinitive is an extraposing predicate
    (EXTRAPOSING_PREDICATES, a closed list) stands for that infinitive; it says nothing, and the
    infinitive has no speaker. Any other complement ('it was swift to deny', 'it was then quick to
    say') leaves 'it' a speaker; an adverb counts only when it is on the list ('too soon', parsed as
    the copula's advmod), never a bare 'later' or 'then'."""
    copula = subject.head
    if subject.lower_ != "it" or copula.lemma_ != "be" or verb.i < copula.i \
            or not any(c.tag_ == "TO" for c in child_tokens(verb)) \
            or copula not in verb.ancestors:
        return False
    return any(c.dep_ in ("acomp", "attr", "advmod") and copula.i < c.i < verb.i        # 'too soon': an advmod
               and c.lemma_.lower() in EXTRAPOSING_PREDICATES for c in child_tokens(copula))


def _glued_apposition(det: Token) -> bool:
    """', a move officials say will save $4m', ', a promise allies have heard before': "a" cannot
    determine a plural noun; where the parser joined the singular noun after it to a plural one,
    the appositive ('a move') ends at the singular and a reduced relative clause opens with the
    plural noun, its subject: the writer's gloss of the clause before the comma."""
    if det.lower_ not in INDEFINITE_ARTICLES or det.dep_ != "det":
        return False            # most tokens: tested before the head and the document are fetched
    doc, head = det.doc, det.head
    if head.tag_ not in PLURAL_NOUN_TAGS or det.i == 0 or doc[det.i - 1].text != ",":
        return False
    k = det.i + 1
    while k < head.i and doc[k].pos_ == "ADJ":
        k += 1
    return k < head.i and doc[k].tag_ == "NN" and doc[k].dep_ == "compound" and doc[k].lower_ not in COUNTING_NOUNS


def _reduced_relative_gloss(det: Token) -> bool:
    """', a move district staff say would save $3m', ', a step officials said would push up fares': an
    appositive noun after a comma whose words run straight into a second noun phrase and a verb of
    saying whose reported clause has no subject (the cue is followed at once by its modal or
    auxiliary) is the writer's gloss with a relative clause left without 'that': the noun is what
    the clause is said of, the noun phrase before the cue its speaker. However the parser joins the
    words, the phrase before the cue is no speaker, and the cue no statement of the words before
    the comma ('a union steward said the plant would close': the clause has its subject)."""
    if det.lower_ not in INDEFINITE_ARTICLES or det.dep_ != "det" or det.i == 0 or det.doc[det.i - 1].text != ",":
        return False
    doc = det.doc
    k = det.i + 1
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    if k >= len(doc) or doc[k].tag_ != "NN":
        return False            # the appositive's noun: 'a move', 'a decision'
    k += 1
    start = k
    while k < len(doc) and (doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or doc[k].tag_ == "DT" and k == start):
        k += 1
    if k == start or k + 1 >= len(doc) or doc[k].lemma_ not in SPEECH_VERBS or doc[k].pos_ != "VERB":
        return False
    after = doc[k + 1]
    clause = next((c for c in child_tokens(doc[k]) if c.dep_ == "ccomp" and c.i > k), None)
    return (after.tag_ == "MD" or after.dep_ in ("aux", "auxpass")) and clause is not None \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child_tokens(clause))


def _before_glued_apposition(doc: Doc, start: int, end: int) -> int:
    """The content ends before a gloss the parser glued to a plural noun (see _glued_apposition)."""
    return next((t.i - 1 for t in doc_tokens(doc)[start + 2:end] if _glued_apposition(t) or _reduced_relative_gloss(t)),
                end)


def _no_cue_of_its_own(verb: Token, sent: Span) -> bool:
    """The verb states nothing itself: an expression without a stance, a caption's participle,
    or a report of another's words."""
    if verb.lemma_ == "make" and not _makes_clear(verb) or verb.lemma_ in EXPRESS_VERBS and _expressed(verb) is None \
            and not (verb.lemma_ in SPEECH_VERBS and _has_clause(verb)):
        return True         # "voiced concern that ..."; "reiterated that ..." is a cue of its own
    if verb.tag_ == "VBG" and (not _has_finite_clause(sent) or sent.text.lstrip().startswith(("—", "–"))):
        return True         # "—X ordering a pause in the search": a caption, no statement
    if _hands_on_speech(verb) and not _said_by_the_quoted(verb) or _quotes_source(verb):
        return True         # 'recalled her father saying "..."', 'said, quoting the mayor: "..."': another's words
    return False


def _act_not_statement(verb: Token, subject: Token) -> bool:
    """The verb reports an act, a guess or a silence of the subject, not something it stated."""
    if _ruling(verb, subject):
        return True         # "the court rejected a request to ...": an act of the court
    if _conjectured(verb) or _voted(verb) or _prescribed(verb):
        return True         # "many would hope ...": the writer's guess; "voted to insist on": an act
    if _not_done(verb) or _asks_for_anonymity(verb) or _left_open(verb) or _asks_for_records(verb):
        return True         # "failed to disclose the losses", "asked not to be named", "did not say whether": nothing stated
    if _status_declared(verb):
        return True         # "the city, which declared itself bankrupt": an act that gives it a status
    if _in_a_requests_list(verb):
        return True         # 'told staff to lock the doors and report any damage': part of the request
    if _admits_into(verb) or _still_to_come(verb) or _announced_ahead(verb):
        return True         # "admitted the defendant to bail", "a line for residents to report", "is expected to announce",
        # "will confirm their shares"
    return False


def _admits_into(verb: Token) -> bool:
    """'admitted the defendant to bail', 'admitted 40 patients to its ward': 'admit' with a person
    or a counted object and a 'to' phrase of a place or state (no one who hears) lets them in; it
    concedes nothing ('admitted the charges', 'admitted his role to investigators' do)."""
    if verb.lemma_ != "admit" or any(c.dep_ == "ccomp" and not _pied_piped_relative(c) and not _to_infinitive(c) for c in child_tokens(verb)):
        return False
    obj = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None) or _subject_of_infinitive_read_as_clause(verb)
    if obj is None or not (_a_person_or_body(obj) or any(c.dep_ == "nummod" for c in child_tokens(obj))):
        return False        # 'admitted them to bail': a person's pronoun is let in too ('admitted it to ...' concedes)
    to = next((c for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ == "to" and c.i > obj.i), None)
    place = next((c for c in child_tokens(to) if c.dep_ == "pobj"), None) if to is not None \
        else _infinitive_after_object(verb, obj)       # 'to bail' read as an infinitive
    return place is not None and not _can_speak(place) and place.lemma_.lower() not in SITTING_HEARER_NOUNS


def _infinitive_after_object(verb: Token, obj: Token) -> Token | None:
    """'admitted Ade Kolawole to bail', 'admitted the four women to bail': a 'to' right after the
    object's last word before a noun the parser read as a bare verb, whether it hung it on the verb
    or on the object: the 'to' phrase of the thing admitted to. Only a word that can be a noun and
    has no object or complement of its own: 'admitted the two men to be members of a gang' (an
    auxiliary, a complement) concedes what they are."""
    doc = obj.doc
    to = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    if to is None or to.tag_ != "TO" or to.dep_ != "aux":
        return None
    place = to.head
    return place if place.i == to.i + 1 and place.head.i in (verb.i, obj.i) and place.pos_ != "AUX" \
        and is_noun_word(place.text) and not any(g.dep_ in _COMPLEMENTS for g in child_tokens(place)) else None


# a verb's object or complement: what 'to' + a noun read as a verb cannot have (_infinitive_after_object)
_COMPLEMENTS = ("dobj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp", "auxpass")


def _subject_of_infinitive_read_as_clause(verb: Token) -> Token | None:
    """'admitted the three men to bail' read as a clause 'the three men to bail' with its own
    subject: that subject is the verb's object, the 'to' phrase after it its place."""
    clause = next((c for c in child_tokens(verb) if c.dep_ == "ccomp" and _to_infinitive(c)), None)
    return next((c for c in child_tokens(clause) if c.dep_ == "nsubj" and c.i < clause.i), None) if clause is not None else None


def _announced_ahead(verb: Token) -> bool:
    """'the commissioner will confirm their shares', 'the club will announce its new coach on Friday': a cue
    in the future ('will', 'shall') with a thing for its object and no clause of its own names a speech not
    yet made; what it will be about is no statement. Kept: a clause ('will tell MPs that ...', a speech
    briefed ahead), a negation ('will not confirm', a refusal), a future inside another's report (judged
    by _is_source)."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in child_tokens(verb)) \
        and not _has_clause(verb) and not _negated(verb) and _reporting_verb(verb) is None


def _still_to_come(verb: Token) -> bool:
    """'a hotline for residents to report suspicious movements' (an infinitive with its subject
    after 'for': what it is for), 'is expected to announce a decision', 'is due to report', 'expects
    to unveil' (an infinitive still to come): the speech named has not taken place."""
    if not any(c.tag_ == "TO" and c.dep_ == "aux" for c in child_tokens(verb)):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in child_tokens(verb)) \
            and _has_subject(verb):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in FUTURE_RAISING_WORDS


def _status_declared(verb: Token) -> bool:
    """'declared itself bankrupt', 'declared itself independent', 'declared itself a free port':
    a body that declares itself in a state, with nothing more (no clause, infinitive or phrase:
    'declared itself ready to talk', 'declared itself satisfied with ...' stay statements), does a
    legal act, it states no view."""
    doc = verb.doc
    if verb.lemma_ != "declare" or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "itself":
        return False
    state = doc[verb.i + 2]
    while state.tag_ in ("RB", "DT", "JJ") and state.head.i > state.i and state.i < len(doc) - 1:
        state = state.head          # 'effectively bankrupt', 'a free port'
    return state.tag_ in ("JJ", "NN") and not any(
        c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and not _is_time(c) for c in child_tokens(state))


def _stated_content(resolver: "SpeakerResolver", sent: Span, verb: Token, subject: Token, agent: Token | None,
                    swallowed: Token | None, content: tuple[int, int], cue: str, base: int,
                    n: int) -> list[Attribution]:
    """The attributions of a cue with its content in the sentence: the content's words cleaned,
    credited to each speaker of the subject (or to the name the parse swallowed into the verb)."""
    gap = _subject_gap_report(verb, subject)
    if gap is not None:
        att = _subject_gap_attribution(resolver, sent, verb, subject, gap, cue, base, n)
        return [att] if att.speaker.actor is not None or subject.pos_ != "PRON" else []
    if _names_a_topic(verb):     # 'tells us why he came: "..."': only a quotation after it is what was said
        return [Attribution(_unless_insider(resolver.resolve(subject, n), subject), cue, base + verb.idx, 0, 0, "", n)]
    if _relative_cue(verb, subject) or _question(verb) or _describing_stance(verb) or _definition(verb):
        return []
    start, end, dropped = _content_bounds(sent.doc, *content, verb, subject)
    end = _before_closing_cue(sent.doc, start, end, verb)
    end = _past_a_colon(sent.doc, start, end, verb)
    if _subject_left_behind(sent.doc, start, end, verb):
        return []           # "what they said was a mistake": the text has lost its subject
    text = _clean_content(_words_without_cue(sent.doc, start, end, verb, dropped))
    bare = text and _bare_reference(sent.doc, start, end, verb)   # "contested that view": still the one who speaks on
    told = bare and any(_hearer_phrase(c) for c in child_tokens(verb))    # "disclosed this to journalists": a pointer
    if len(text.split()) < 2 and not told and not (agent is not None and text) \
            and not (end - start == 1 and (sent.doc[start].lemma_.lower() in CLAIMED_OBJECTS
                                           or verb.lemma_ == "deny" and sent.doc[start].lower_ in DENIED_OBJECTS)):
        return []
    span = (base + sent.doc[start].idx, base + sent.doc[end - 1].idx + len(sent.doc[end - 1].text))
    if swallowed is not None:
        speaker = resolver.resolve(swallowed, n, span)
        return [Attribution(Speaker(resolver.name_words(swallowed), speaker.actor, True), cue,
                            base + verb.idx, span[0], span[1], text, n, points_back=bare)]
    return [Attribution(_unless_insider(resolver.resolve(s, n, span), s), cue, base + verb.idx, span[0], span[1],
                        text, n, points_back=bare) for s in _each_speaker(subject, resolver)]


def _subject_gap_report(verb: Token, subject: Token) -> tuple[Token, Token] | None:
    """'a new agency that Lowe said would build 9,000 homes', 'the bridge, which engineers say
    will last a century': a cue in a relative clause whose reported clause has no subject but
    the relative pronoun (its finite verb or modal right after the cue) says that of the
    antecedent. Returns (antecedent, clause). Not when the antecedent hangs on another noun
    by a preposition ('the closure of the library, which X says would save ...': which of the
    two saves is the parser's guess), or ends a verb's phrase before a comma ('accused them of
    moving jobs to Lyon, which X said was unlawful': the act or the place) or is the last of joined nouns ('a plant and a field, which
    X said were ...': one or both), nor when the clause has a subject of its own ('the bridge
    that he said they should pay for')."""
    if verb.dep_ != "relcl" or verb.lemma_ not in SPEECH_VERBS or subject.pos_ not in ("NOUN", "PROPN", "PRON") \
            or subject.tag_ in ("WDT", "WP") or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    antecedent, doc = verb.head, verb.doc
    pronoun = doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if pronoun is None or pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.i <= antecedent.i \
            or antecedent.pos_ not in ("NOUN", "PROPN") or antecedent.dep_ == "conj" \
            or antecedent.dep_ == "pobj" and (antecedent.head.head.pos_ in ("NOUN", "PROPN")
                                              or _may_take_up_the_act(antecedent, pronoun)) \
            or any(doc[i].text != "," for i in range(antecedent.i + 1, pronoun.i)) \
            or _second_subject(antecedent, set_off=pronoun.i > antecedent.i + 1):
        return None
    clause = next((c for c in child_tokens(verb) if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is not None and _event_taken_up_after_an_amount(antecedent, pronoun, clause):
        return None
    if clause is None or min((t.i for t in clause.subtree if t.i != pronoun.i), default=-1) != verb.i + 1 \
            or not (doc[verb.i + 1].tag_ == "MD" or doc[verb.i + 1].dep_ in ("aux", "auxpass") or doc[verb.i + 1].i == clause.i
                    and clause.tag_ in _FINITE) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != pronoun.i for c in child_tokens(clause)):
        return None
    return antecedent, clause


def _event_taken_up_after_an_amount(noun: Token, pronoun: Token, clause: Token) -> bool:
    """'Operating margin slipped to 9.3 percent from 11.6 percent, which brokers say shows the brewer
    could not ...': a ', which' after an amount that ends a verb's phrase, whose reported verb
    states a clause of its own (what it shows, means, suggests), takes up the change the clause
    tells, not the amount (an amount shows nothing); the reported clause has no subject in the
    sentence. The clause of its own follows the reported verb at once ('shows the brewer ...', 'suggests
    that ...'). ('rose to 7.8 percent, which analysts say is the highest in a decade' speaks of the
    amount: no clause of its own; nor has 'which she said was "absurd" for a club that ...', a far clause the parser hangs on 'was'.)"""
    return pronoun.lower_ == "which" and pronoun.i > noun.i + 1 and noun.dep_ == "pobj" \
        and noun.head.head.pos_ in ("VERB", "AUX") and _an_amount(noun) \
        and any(c.dep_ == "ccomp" and c.left_edge.i == clause.i + 1 for c in child_tokens(clause))


def _may_take_up_the_act(noun: Token, pronoun: Token) -> bool:
    """'accused them of moving jobs to Lyon, which X said was unlawful', 'a plan to shift trucks
    onto Elm Road, which ...': a ', which' after the object of a gerund's or infinitive's
    preposition may take up the act the phrase names as well as the noun; 'who' takes up only
    people ('spoke of his sons, who he said were ...'), and after a finite verb the place is
    meant ('talks were held in Geneva, which X said was neutral ground')."""
    act = noun.head.head
    return pronoun.lower_ == "which" and pronoun.i > noun.i + 1 and act.pos_ in ("VERB", "AUX") \
        and (act.tag_ == "VBG" or act.tag_ == "VB" and any(c.tag_ == "TO" for c in child_tokens(act)))


def _second_subject(noun: Token, set_off: bool) -> bool:
    """'The scheme that X announced would cost £2m, critics said', 'The rules that X announced
    would apply from May': the noun is a second subject of a verb that has one, or (its clause
    not set off by a comma) has no verb of its own (the parse's root or a loose 'dep'), so the
    clause read as reported is the noun's own predicate ('The scheme ... would cost £2m') and the
    cue took the relative pronoun as its object."""
    return not set_off and noun.dep_ in ("ROOT", "dep") or noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i for c in child_tokens(noun.head))


def _subject_gap_attribution(resolver: "SpeakerResolver", sent: Span, verb: Token, subject: Token,
                             gap: tuple[Token, Token], cue: str, base: int, n: int) -> Attribution:
    """The statement of a subject-gap report: the antecedent's phrase (up to the relative pronoun)
    as the subject of the reported clause ('a new agency would build 9,000 homes'); a clause set
    off by a comma ends at the next one ('the bridge, which X says will last, opened ...')."""
    antecedent, clause = gap
    doc = sent.doc
    pronoun = subject.left_edge.i - 1
    end = clause.right_edge.i + 1
    if doc[pronoun - 1].text == ",":
        end = next((t.i for t in doc_tokens(doc)[verb.i + 1:end] if t.text == ","), end)
    last = _last_word(doc, verb.i + 1, end)
    first = antecedent.left_edge.i
    text = _clean_content(doc[first:antecedent.i + 1].text + " " + doc[verb.i + 1:last + 1].text)
    span = (base + doc[first].idx, base + doc[last].idx + len(doc[last].text))
    return Attribution(resolver.resolve(subject, n, span), cue, base + verb.idx, span[0], span[1], text, n)


def _unless_insider(speaker: Speaker, subject: Token) -> Speaker:
    """'A source within the ministry complained that the ministry hides the figures': an
    unnamed insider speaks without the body's voice; the body holds no position by it."""
    inside = subject.lemma_.lower() in INSIDER_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in INSIDER_PREPOSITIONS for c in child_tokens(subject))
    return replace(speaker, actor=None) if inside and speaker.actor is not None else speaker


_STANCE_OR_PREPOSITION_CUES = STANCE_VERBS | PREPOSITION_CUES       # united once, not per cue


def _content_bounds(doc: Doc, start: int, end: int, verb: Token, subject: Token) -> tuple[int, int, set[int]]:
    """The span of a cue's content cut to what the speaker says, and the words inside it that
    are not theirs (the writer's or another source's, see _writer_material)."""
    start, end = _without_own_cue(doc, start, end, verb, subject)
    start = _after_inner_cue(doc, start, end, verb)
    start = _without_mark(doc, start, end)
    start = _without_time_of_saying(doc, start, end, verb)
    end = _without_trailing_relative(doc, start, end)
    end = _before_missed_sentence(doc, start, end)
    end = _before_glued_apposition(doc, start, end)
    end = _before_outer_reporters_subject(doc, start, end, verb)
    end = _with_split_compound(doc, start, end, verb)
    nonfinite = _nonfinite_content(doc, start, end)
    bare = end
    end = _with_lost_predicate(doc, start, end, verb, nonfinite)
    end = _before_closing_quote(doc, start, end)
    end = _without_gloss_after_quote(doc, start, end)
    if end != bare:
        nonfinite = _nonfinite_content(doc, start, end)
    dropped = _writer_material(doc, start, end, verb, nonfinite) | _other_speakers_relative(doc, start, end)
    end = _without_dropped_tail(doc, start, end, dropped)
    while end - 1 > start and (doc[end - 1].dep_ == "cc" or doc[end - 1].text in ",;"):
        end -= 1            # '... by 2023, and': the joiner of a phrase the content left out
    return start, end, dropped


def _before_outer_reporters_subject(doc: Doc, start: int, end: int, verb: Token) -> int:
    """'... after the firm promised to restore the supply by Friday, neighbours and police said': a
    cue right after the content that reports the clause the content's cue stands in, but has no
    subject of its own, lost it to the content (the parser joined 'neighbours' to 'Friday'); the
    noun phrase after the content's last comma is that outer reporter's, and the content ends before
    the comma."""
    outer = doc[end] if end < len(doc) else None
    if outer is None or outer.lemma_ not in SPEECH_VERBS or outer.pos_ != "VERB" or outer.i <= verb.i \
            or _has_subject(outer) or verb not in outer.subtree:
        return end
    comma = next((k for k in range(end - 1, start, -1) if doc[k].text == ","), None)
    words = doc[comma + 1:end] if comma is not None else []
    if not words or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words) \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return end
    return comma


def _other_speakers_relative(doc: Doc, start: int, end: int) -> set[int]:
    """'the closure of the library, which the council says would save £2m': a relative clause
    set off by a comma inside the content that credits what it says to a source of its own (not
    a pronoun, not the relative pronoun: 'the mayor, who said ...') is that source's statement,
    not the speaker's (a clause without comma picks out the thing: 'schools X promised to fund')."""
    gone: set[int] = set()
    for t in doc_tokens(doc)[start + 1:end]:
        if t.dep_ != "relcl" or t.pos_ != "VERB":
            continue
        aside = _dash_aside(t)
        if t.lemma_ not in SPEECH_VERBS and not aside:
            continue
        source = next((c for c in child_tokens(t) if c.dep_ == "nsubj"), None)
        lo = t.left_edge.i - 1
        if doc[lo].text != "," and not aside or source is None or source.pos_ == "PRON" \
                or source.tag_ in ("WDT", "WP") or source.lower_ in RELATIVE_PRONOUNS or not start < lo or t.right_edge.i >= end:
            continue
        last = t.right_edge.i + 1 if aside else _relative_end(t, end)   # an aside ends at its closing dash
        gone |= set(range(lo, last + 1))
    return gone | _gloss_with_other_stance(doc, start, end)


def _dash_aside(relative: Token) -> bool:
    """'the ferry fares — which islanders call a scandal — will double': a relative clause of speech,
    stance or crediting (`_SPEECH_STANCE_OR_CREDITING_VERBS`) set between two dashes is the writer's
    aside on another source's view, as one set off by commas is. It ends at its closing dash: what
    follows ('will double, the council said') is the content's own."""
    doc = relative.doc
    lo, hi = relative.left_edge.i - 1, relative.right_edge.i + 1
    return relative.lemma_ in _SPEECH_STANCE_OR_CREDITING_VERBS and lo > 0 and hi < len(doc) \
        and doc[lo].text in DASHES and doc[hi].text == doc[lo].text


def _relative_end(cue: Token, end: int) -> int:
    """The last word of a relative clause of speech. 'which the school has said will be cut,':
    the relative pronoun is the subject of what the source says; where the parser hung that
    predicate elsewhere, the clause still runs to its closing comma."""
    last = cue.right_edge.i
    doc = cue.doc
    if any(c.dep_ in ("ccomp", "xcomp") for c in child_tokens(cue)) \
            or not any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in child_tokens(cue)):
        return last
    close = next((k for k in range(last + 1, end) if doc[k].text == ","), None)
    predicate = doc[last + 1:close] if close is not None else None
    if predicate is None or not any(t.pos_ in ("AUX", "VERB") for t in predicate) \
            or any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i < close for t in predicate):
        return last
    return close - 1


def _gloss_with_other_stance(doc: Doc, start: int, end: int) -> set[int]:
    """', an interpretation his opponents reject', ', a claim the union disputes': an appositive
    noun set after the content's last comma, described by another source's stance (a verb of
    speech or stance with a subject of its own before it), is the writer's note on who
    disagrees, not the speaker's words (', a plan that costs $4m' stays). A closing quotation
    mark after the comma stays with the content ('a "military position," a claim X denied')."""
    comma = next((k for k in range(end - 1, start, -1) if doc[k].text == ","), None)
    if comma is None:
        return set()
    first = comma + 1
    while first < end and doc[first].text in CLOSING_QUOTES:
        first += 1
    if not _glossed_by_other_source(doc_tokens(doc)[first:end]):
        return set()
    return set(range(first, end)) if first > comma + 1 else set(range(comma, end))


def _glossed_by_other_source(tail: list[Token]) -> bool:
    """The words are an appositive noun phrase another source's stance describes: 'a claim the
    union disputes', 'an account his lawyers reject', 'progress that officials have credited to
    new patrols' (a noun, then a subject of its own before a verb of speech, stance or
    crediting, the relative 'that' at most between; the verb takes no object of its own: 'a claim
    that the union disputes the figures' is the claim's content; or a passive participle of such a
    verb right after the noun with its holder as agent: 'a figure disputed by ministers'). Not 'a plan that costs $4m',
    not a back-shifted 'a plan the Fund had welcomed' (the speaker still reports it)."""
    words = [t for t in tail if not t.is_punct]
    if len(words) < 3:
        return False
    if words[0].lower_ in INDEFINITE_ARTICLES and words[1].dep_ == "compound" and words[1].head.dep_ == "nsubj":
        noun = words[1]         # 'a figure traders have questioned' read as one subject 'figure traders'
    elif words[0].lower_ in INDEFINITE_ARTICLES:
        noun = words[0].head
    elif words[0].tag_ == "NN" and words[0].is_lower and words[1].lower_ == "that":
        noun = words[0]         # 'progress that officials credited': a bare mass noun
    else:
        return False
    if noun.pos_ != "NOUN" or noun not in words[:3]:
        return False
    stance = next((t for t in words if t.i > noun.i and (t.tag_.startswith("VB") or t is words[-1] and t.tag_ == "NNS")
                   and t.lemma_ in _SPEECH_STANCE_OR_CREDITING_VERBS), None)    # 'the union disputes' read as a noun
    if stance is None or any(c.dep_ == "aux" and c.lower_ == "had" for c in child_tokens(stance)):
        return False        # ', a plan the Fund had "welcomed"': back-shifted, the speaker still reports it
    if stance.i == noun.i + 1 and stance.tag_ == "VBN" and stance.dep_ == "acl" and any(
            o.dep_ == "pobj" and o.pos_ != "PRON" for c in child_tokens(stance) if c.dep_ == "agent" for o in child_tokens(c)):
        return True         # ', a figure disputed by ministers': the stance's holder in a 'by' phrase
    between = stance.doc[noun.i + 1:stance.i]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.tag_ not in ("WDT", "WP") and t.lower_ != "that" for t in between):
        return False
    relative = [t for t in between if t.tag_ in ("WDT", "WP") or t.lower_ == "that"]
    if relative and (relative != [between[0]] or relative[0].tag_ == "WP" or _takes_own_object(stance)
                     or any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"
                            for c in child_tokens(stance))):
        return False        # 'a man whom police charged' (a person, no gloss), 'housing that she supports' (maybe the speaker)
    return True


def _takes_own_object(verb: Token) -> bool:
    """The verb has an object or a clause of its own, not a relative pronoun standing for it (a
    verb of crediting takes no infinitive: 'credited to indoor spraying' read as one is its 'to'
    phrase)."""
    deps = ("dobj", "ccomp", "attr") if verb.lemma_ in CREDITING_VERBS else ("dobj", "ccomp", "xcomp", "attr")
    return any(c.dep_ in deps and c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in child_tokens(verb))


def _without_time_of_saying(doc: Doc, start: int, end: int, verb: Token) -> int:
    """'said earlier he might rename it', 'told reporters on Monday the port would close': a
    time between the cue and the subject of a clause without 'that' says when it was said
    (after 'that' it is the clause's own: 'said that on Monday the port closed')."""
    if start == 0 or doc[start - 1].lower_ == "that" or start <= verb.i:
        return start
    unit = doc[start]
    while unit.head.i < start + 6 and unit.head.i != unit.i and unit.dep_ in ("pobj", "compound", "amod", "det"):
        unit = unit.head
    timely = unit.dep_ == "advmod" and unit.lower_ in SAYING_ADVERBS \
        or unit.dep_ in ("npadvmod", "advmod") and unit.ent_type_ in ("DATE", "TIME") or _is_time(unit)
    if not timely or unit.left_edge.i != start or unit.head.i <= unit.right_edge.i:
        return start
    after = unit.right_edge.i + 1
    while after < end and doc[after].text == ",":
        after += 1
    subject = next((c for c in child_tokens(unit.head) if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return after if subject is not None and subject.left_edge.i == after else start


def _opens_quotation(phrase: Token) -> bool:
    """The phrase starts right after an opening quotation mark ('say, "Poor Mexico, so far
    from God ..."'): the object read by the parser is the quotation the cue introduces."""
    first = phrase.left_edge.i
    return first > 0 and phrase.doc[first - 1].text in ('"', "“", "''", "``", "‘") and phrase.doc[first - 1].tag_ == "``" \
        or first > 0 and phrase.doc[first - 1].text in ("''", "``")


def _sets_scene(participle: Token) -> bool:
    """'Lamenting their luck, Mexicans often say, "..."': a participle opening the sentence
    before a speech verb it hangs on frames what that verb says; the statement is the main one."""
    head = participle.head
    return participle.dep_ == "advcl" and participle.i < head.i and head.lemma_ in SPEECH_VERBS \
        and head.pos_ == "VERB" and participle.left_edge.i == participle.sent.start


def _has_finite_clause(sent: Span) -> bool:
    """A subject with a finite verb: a sentence, not a caption ('Protesters with a banner saying ...');
    a line opened by a dash is the credit line of a pull quote ('—X ordering a pause in ...')."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and (t.head.tag_ in FINITE_VERB_TAGS or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_VERB_TAGS for a in child_tokens(t.head))) for t in sent)


def _inverted_speaker(verb: Token, sent: Span) -> Token | None:
    """'The vote marks "a new start", said Ann Lowe', '"...," posted a reader from
    Lima': the cue after its content and a comma, the speaker after the cue, where the
    parser took the words before for the cue's subject (a second subject, or one inside the
    quotation) or the speaker for its object."""
    doc = verb.doc
    if verb.i < sent.start + 2 or any(c.dep_ == "ccomp" for c in child_tokens(verb)):
        return None
    comma = verb.i - 1
    while comma > sent.start and doc[comma].text in CLOSING_QUOTES:
        comma -= 1
    if doc[comma].text != ",":
        return None
    after = next((c for c in child_tokens(verb) if c.dep_ in ("nsubj", "dobj") and c.i > verb.i
                  and c.pos_ in ("PROPN", "NOUN")), None)
    before = next((c for c in child_tokens(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if after is None or before is None:
        return None
    quoted = doc[comma].text == "," and comma < verb.i - 1      # '...," tweeted': the subject is quoted words
    return after if quoted or after.dep_ == "nsubj" else None


def _trailing_plural_source(verb: Token, sent: Span) -> Token | None:
    """'The toll rose to 22, reported officials.': a cue ending the sentence after a comma,
    without subject or aux of its own, whose only word is a bare plural source noun, which the
    parser took for the cue's object. Only "say" and "report": "told X." names a hearer."""
    doc = verb.doc
    if verb.lemma_ not in SENTENCE_END_CUE_VERBS or verb.tag_ != "VBD" or verb.i < sent.start + 3 \
            or doc[verb.i - 1].text != "," or verb.dep_ not in ("conj", "dep", "ROOT"):
        return None
    words = [c for c in child_tokens(verb) if not c.is_punct]
    if len(words) != 1 or words[0].dep_ != "dobj" or words[0].i != verb.i + 1:
        return None
    source = words[0]
    end = doc[source.i + 1:sent.end]
    if source.tag_ != "NNS" or source.lower_ not in UNNAMED_SOURCE_NOUNS or list(child_tokens(source)) \
            or not end or end[0].text not in (".", "!") or any(not t.is_punct and not t.is_space for t in end):
        return None
    return source


def _inverted_cue(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span, verb: Token,
                  speaker: Token, n: int) -> list[Attribution]:
    """The position of an inverted cue: the words of the sentence before the cue's comma."""
    doc = sent.doc
    words = [t for t in doc_tokens(doc)[sent.start:verb.i] if not t.is_space]
    while words and (words[0].is_punct or words[0].text in CLOSING_QUOTES):
        words.pop(0)
    while words and (_edge_punct(words[-1]) and words[-1].text not in ".!?"):
        words.pop()
    base = parsed.offset(doc)
    if len(words) < 3:      # the quotation before is what it says: credited like "He said:"
        return [Attribution(resolver.resolve(speaker, n), verb.text, base + verb.idx, 0, 0, "", n)]
    start, end = words[0].i, words[-1].i + 1
    span = (base + doc[start].idx, base + doc[end - 1].idx + len(doc[end - 1].text))
    text = _clean_content(doc[start:end].text)
    return [Attribution(resolver.resolve(speaker, n, span), verb.text, base + verb.idx, span[0], span[1], text, n)]


def _split_subjects(verb: Token) -> bool:
    """Two subjects of one verb with words between them that belong to neither (not 'Chile's
    president Ana Ruiz said', one name after its description; nor 'said Ann Lowe, D-4th District,': a
    tag set off after the name, `_tag_set_off_after_a_name`)."""
    subjects = sorted((c for c in child_tokens(verb) if c.dep_ == "nsubj"), key=lambda c: c.i)
    return any(b.left_edge.i > a.right_edge.i + 1 and not _tag_set_off_after_a_name(a, b) for a, b in zip(subjects, subjects[1:]))


def _relative_cue(verb: Token, subject: Token) -> bool:
    """'the order, which the town has sworn to defy', 'the bridge, which he said they should
    pay for': a cue inside a relative clause whose gap lies in what it reports speaks of the
    antecedent, outside the clause. Kept: 'the mayor, who said ...' (the relative pronoun is
    the speaker), 'in May, when she said ...' (a relative adverb or a preposition's object), and
    'a story that ran today in which he said ...' (the clause's own subject is the pronoun)."""
    clause = next((t for t in [verb, *verb.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or subject.i in (clause.head.i, _relative_antecedent(clause.head).i):
        return False
    opener = [t for t in clause.subtree if t.i < verb.i and (t.tag_ in ("WDT", "WP", "WP$", "WRB")
              or t.lower_ in RELATIVE_PRONOUNS and t.dep_ != "mark")]
    if any(t.tag_ == "WRB" or t.head.dep_ == "prep" and t.head.i < verb.i for t in opener):
        return False        # 'when she said ...', 'a meeting at which he said ...': the clause is whole
    if clause.i == verb.i or verb.dep_ == "parataxis" and verb.head.i == clause.i:
        return True         # 'which X has vowed to ignore', 'which, X said, were refused'
    return not any(t.head.i == clause.i and t.dep_ in ("nsubj", "nsubjpass") for t in opener)


def _describing_stance(verb: Token) -> bool:
    """'cities that support the regulations', 'leaders who have backed the union since 1950': a
    stance verb in a relative clause says which ones or what they are like, not what they
    stated ('the mayor, who said ...' does report a statement). Any other cue with only a noun
    phrase for its content describes too where its clause is background (_background_clause):
    'X, who proposed the hike, said', 'the gang used groups that promised returns', 'adverts promising
    extensions' in another's account. A statement of its own carries a clause ('who said that ...',
    'which vowed to ...'), and a relative clause added after the main verb goes on with the news
    ('the figures came from the fire service, which reported 1,384 fires'). A clause opened by a
    relative adverb tells an occasion ('in 2014, when the ministers urged ...'): its cue is kept."""
    if verb.dep_ == "relcl":
        if verb.lemma_ in STANCE_VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ in ("WDT", "WP") or c.lower_ in RELATIVE_PRONOUNS)
                for c in child_tokens(verb)):
            return True
        if any(t.tag_ == "WRB" and t.head.i == verb.i and t.i < verb.i for t in verb.lefts):
            return False    # 'in 2014, when the ministers urged ...', 'a rally where he denounced ...': an occasion told
        if verb.head.pos_ == "PRON" and verb.head.tag_ in ("NN", "DT"):
            return True     # 'anyone who believed they were affected', 'those who say ...': a class picked out, no one
    elif verb.dep_ == "xcomp":
        return _told_to_act(verb)
    elif not (verb.tag_ == "VBG" and (verb.dep_ == "acl" or verb.dep_ == "advcl" and _heard_or_found(verb))):
        return False    # ', blaming ...' after a speaker's clause is the speaker's own act
    return not _carries_a_clause(verb) and _background_clause(verb)


def _heard_or_found(verb: Token) -> bool:
    """The verb lies in what a court heard or a report found ('the court heard he took deposits,
    promising ...'): an account of someone else's acts, not the words of the account's own speaker."""
    return any(t.lemma_ in HEARING_VERBS | REPORT_FINDING_VERBS - SPEECH_VERBS and t.pos_ == "VERB"
               for t in verb.ancestors)


def _told_to_act(verb: Token) -> bool:
    """'ordered the parties to report back on whether ...', 'appealed to hospitals to report anyone':
    an infinitive whose doer is the one a verb of saying addresses tells what they were asked to do;
    nobody has said it yet, and the cue's subject would be the wrong speaker."""
    head = verb.head
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in child_tokens(head)):
        return False    # 'is reported to have expressed concern that ...': the subject's own words, passed on
    return verb.dep_ == "xcomp" and head.lemma_ in ACCOUNT_VERBS and head.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and any(o.dep_ == "pobj" for o in child_tokens(c))
        and c.i < verb.i for c in child_tokens(head))


# how a clause hangs under a cue when it is part of what the cue reports
REPORTED_PART_DEPS = ("ccomp", "xcomp", "dobj")
# verbs that give another's account: saying, a court or panel hearing, a report finding
ACCOUNT_VERBS = SPEECH_VERBS | HEARING_VERBS | REPORT_FINDING_VERBS


def _background_clause(verb: Token) -> bool:
    """A clause whose cue describes rather than reports: it lies inside what another cue reports
    ('police said the gang targeted collectors who demand payments', 'the court heard he ran adverts
    promising extensions', 'told hospitals to report anybody'); or, as a relative clause, it sits on
    the subject before the main verb ('X, who proposed the hike, said'), or restricts a common noun
    ('websites that promised discounts': which ones). A relative clause set off after the main verb,
    or on a name, adds news of its own: 'the figures came from the fire service, which reported
    1,384 fires', 'despite criticism by UNESCO who questioned his authority'."""
    if _inside_an_account(verb):
        return True
    if verb.dep_ != "relcl":
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.sent.start else None
    restrictive = before is None or before.text not in SETTING_OFF_MARKS
    if verb.right_edge.i < verb.sent.root.i:    # on the subject, before the main verb: who the speaker is,
        return restrictive or not _demand_with_object(verb)     # but 'The union, which demanded a raise, said'
    return restrictive and not any(n.pos_ == "PROPN" for n in (verb.head, *verb.head.conjuncts))


def _inside_an_account(verb: Token) -> bool:
    """The verb lies in the clause, infinitive or object another verb of saying reports. An object
    that is a person is whom the verb acts on, not what it reports: 'questioned Tom Reed, who denied
    any wrongdoing' (the denial is Reed's own)."""
    t = verb
    while t.head.i != t.i:
        if t.head.lemma_ in ACCOUNT_VERBS and t.head.pos_ == "VERB" and t.dep_ in REPORTED_PART_DEPS \
                and not (t.dep_ == "dobj" and _a_person(t)):
            return True
        t = t.head
    return False


def _a_person(noun: Token) -> bool:
    """A name of a person, or a noun or pronoun of one ('Tom Reed', 'the minister', 'him')."""
    return noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN" or noun.lemma_.lower() in ROLE_OR_PERSON_NOUNS \
        or noun.lower_ in PERSON_OBJECT_PRONOUNS


def _demand_with_object(verb: Token) -> bool:
    """'The union, which demanded a 10% raise last week, said ...': a demand or request with a thing
    asked for, set off on the subject, is the holder's stance, news of its own ('Teachers who demanded
    higher pay marched': which teachers, restrictive, stays background)."""
    return verb.lemma_ in REQUEST_CUES and any(c.dep_ == "dobj" and not _points_back(c) for c in child_tokens(verb))


def _carries_a_clause(verb: Token) -> bool:
    """The cue's content is a clause or a predication, not only a thing named: a reported clause
    ('that ...', an infinitive), words pointing back to one ('disclosed this'), a verb after a preposition
    ('accused X of failing'), a description ('described it as'), a predicate ('called the plan "unfair"')
    or an amount said of its object ('put the cost at $2m', 'estimated the flock at 640 geese'; not
    'speaks for 300 firms': whom it speaks for)."""
    valued = any(c.dep_ == "dobj" for c in child_tokens(verb))     # an amount is said of an object: 'put X at'
    if any(c.dep_ == "prep" and any(t.tag_ == "VBG" for t in c.subtree)
           for o in child_tokens(verb) if o.dep_ == "dobj" for c in child_tokens(o)):
        return True         # 'accused the ministry of starving schools': the parser hung 'of' on the object
    for c in child_tokens(verb):
        if c.dep_ in ("ccomp", "xcomp", "parataxis", "oprd") or c.dep_ == "dobj" and _points_back(c):
            return True     # 'who disclosed this to reporters', 'which denied the claims': what was said before
        if c.dep_ == "prep" and (c.lower_ == "as" or any(
                o.dep_ == "pcomp" or o.tag_ == "VBG" or valued and o.dep_ == "pobj" and (_an_amount(o) or any(
                    n.dep_ == "nummod" for n in child_tokens(o))) for o in child_tokens(c))):
            return True
    return False


def _question(verb: Token) -> bool:
    """'X asked Y if/whether ...' or 'asked Y how high ...' puts a question; it states no position."""
    return verb.lemma_ == "ask" and _embedded_question(verb)


def _left_open(verb: Token) -> bool:
    """'She did not say if the mill will reopen', 'would not confirm when the plant closes': a
    negated cue over an embedded question reports that nothing was said on it; 'did not say no'
    and 'did not deny that ...' keep their content."""
    return _negated(verb) and _embedded_question(verb)


def _embedded_question(verb: Token) -> bool:
    """A clause of the verb that is an indirect question: 'if/whether ...', 'how high ...'."""
    return any(c.dep_ in ("ccomp", "advcl") and _opens_a_question(c, verb) for c in child_tokens(verb))


def _opens_a_question(clause: Token, verb: Token) -> bool:
    """The verb's clause (or object) is opened by 'if'/'whether' or a wh-word after the verb: an indirect question."""
    return any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKERS for m in child_tokens(clause)) \
        or clause.left_edge.i > verb.i and clause.left_edge.tag_ in ("WRB", "WP", "WDT", "WP$")


def _names_a_topic(verb: Token) -> bool:
    """'tells us why he travelled down', 'explained how the levy would work': a cue whose clause
    is an indirect wh-question (the wh-word the clause's own adverb) names what was spoken about,
    not what was said. Kept: a wh-clause inside the statement ('said when the plant reopens, jobs
    would return'), and a refusal ('did not say how', like 'didn't say whether')."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.tag_ == "WRB" and c.left_edge.head.i == c.i
               and c.left_edge.dep_ == "advmod" and c.left_edge.i > verb.i for c in child_tokens(verb)) \
        and not _negated(verb)


def _without_own_cue(doc: Doc, start: int, end: int, verb: Token, subject: Token) -> tuple[int, int]:
    """Content that opens with its own speaker or cue ('X, on Monday, called on Y to act' read
    as one span) is cut to what follows the cue; content holding a second cue whose speaker is
    outside it ('said that the tenant moved in' where 'that' was the subject of 'said') is no
    clean clause: an empty span is returned."""
    own = {verb.i} | _words_outside(subject, verb)
    inside = [i for i in own if start <= i < end]
    if inside and (min(inside) <= _first_word(doc, start, end) or verb.i in inside and verb.dep_ != "parataxis"
                   and not _cue_words_set_inside(doc, start, end, verb)):
        start = max(inside) + 1     # cut to what follows the cue: 'X on Monday called on Y to act'
        while start < end and (doc[start].is_punct or doc[start].head.i == verb.i
                               and doc[start].dep_ in ("prep", "prt", "mark", "advmod")):
            start += 1
        if start >= end:
            return start, start
    # a parenthetical cue inside ('Her neighbours, she said, should') stays
    for t in doc_tokens(doc)[start:end]:
        if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB":
            subj = next((c for c in child_tokens(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and t.i == start or subj is not None and not start <= subj.i < end:
                return start, start
    return start, end


def _cue_words_set_inside(doc: Doc, start: int, end: int, verb: Token) -> set[int]:
    """'Three men were held, he said, and would appear in court': a cue set between the clause it
    reports and a predicate joined to it (see _predicate_of_reported_subject); its words and
    commas, from the clause's end to the verb, are no part of what was said."""
    if not start < verb.i < end - 1:
        return set()
    clause = next((c for c in child_tokens(verb) if c.dep_ == "ccomp" and start <= c.left_edge.i
                   and c.right_edge.i < verb.i), None)
    if clause is None:
        return set()
    hi = verb.i
    while hi + 1 < end and doc[hi + 1].text in CUE_SETTING_PUNCT:
        hi += 1
    return set(range(clause.right_edge.i + 1, hi + 1))


def _inner_cue(t: Token, start: int, end: int) -> Token | None:
    """A speech cue of its own subject set off by commas inside the span ('..., the minister
    said, ...'), with words of the span on both sides of it: the cue's last word, else None."""
    if t.lemma_ not in SPEECH_VERBS or t.pos_ != "VERB" or t.dep_ not in ("parataxis", "ccomp"):
        return None
    subj = next((c for c in child_tokens(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
    close = next((w.i for w in t.doc[t.i + 1:end] if w.text == ","), end)
    cue = sorted(c.i for c in t.subtree if not c.is_punct and c.i < close)     # not a clause hung on it after
    if subj is None or not start < cue[0] or cue[-1] + 1 >= end or subj.i not in cue \
            or t.doc[cue[0] - 1].text != "," or t.doc[cue[-1] + 1].text != ",":
        return None
    return t.doc[cue[-1]]


def _inner_cue_after(clause: Token, verb: Token) -> Token | None:
    """'Exports fell, the office said, while imports held, economists said': the parenthetical cue
    of its own subject that the parse hung on a trailing cue between the trailing cue's reported
    clause and a second clause of the trailing cue's: the first clause is the inner cue's."""
    if clause.right_edge.i >= verb.i:
        return None
    return next((c for c in child_tokens(verb) if clause.right_edge.i < c.i < verb.i
                 and _inner_cue(c, clause.left_edge.i, verb.i) is not None), None)


def _after_inner_cue(doc: Doc, start: int, end: int, verb: Token) -> int:
    """'Prices will rise, the minister said, and wages will fall, the union said': a trailing cue
    whose content holds another speaker's parenthetical cue before a clause of its own says that
    clause only; what stands before the inner cue is the inner speaker's (see _parenthetical_content)."""
    if verb.i < end:
        return start
    for t in doc_tokens(doc)[start:end]:
        last = _inner_cue(t, start, end)
        if last is None:
            continue
        rest = [w for w in doc_tokens(doc)[last.i + 1:end] if not w.is_punct and w.dep_ != "cc"]
        if not any(w.dep_ in ("nsubj", "nsubjpass") and w.head.i < end and w.head.pos_ in ("VERB", "AUX") for w in rest):
            return start    # no clause of its own after the inner cue ('Prices, she said, will rise, ...')
        return rest[0].i
    return start


def _words_outside(subject: Token, verb: Token) -> set[int]:
    """The indices of the subject's phrase outside the verb's: none where the subject hangs
    under the verb, as it mostly does (a walk up from the subject spares the walk through the
    verb's whole subtree)."""
    if verb.is_ancestor(subject):
        return set()
    inner = {t.i for t in verb.subtree}
    return {t.i for t in subject.subtree if t.i not in inner}


_CUE_WORDS = "briefing.cue_words"


def _cue_indices(verb: Token) -> list[int]:
    """The positions of the cue's own words in order (the verb's subtree, less a clause the
    parser hung on a parenthetical cue): kept per document by the verb's position, as
    _before_closing_cue and _words_without_cue both ask for them for each cue (each walk of a
    subtree builds its Tokens anew). Not to be changed by the caller."""
    found = verb.doc.user_data.setdefault(_CUE_WORDS, {})
    cue = found.get(verb.i)
    if cue is None:
        cue = found[verb.i] = sorted(t.i for t in set(verb.subtree) - _hung_on_parenthesis(verb))
    return cue


def _past_a_colon(doc: Doc, start: int, end: int, verb: Token) -> int:
    """'He said they would not keep pace: the department lost 29 officers and hired 22': the parser
    took the clause after the colon for the sentence's main verb and hung the cue on it. A colon
    right after what the cue reports opens what bears it out, in the same voice: the text runs to the
    sentence's end; so too when the parser hung both clauses on the cue ('said one thing was certain: the
    depot would close'). Not when the clause after it has a cue of its own ('..: the mayor said no')."""
    if end >= len(doc) or doc[end].text != ":" or start >= end or end + 1 < len(doc) and doc[end + 1].is_quote:
        return end      # 'justified it as defensive: "At the direction of ..."': the quotation is its own
    head = verb.head
    second = any(c.dep_ == "ccomp" and c.left_edge.i == end + 1 and c.lemma_ not in CUE_VERB_LEMMAS
                 for c in child_tokens(verb))     # "said X: Y", both clauses hung on the cue
    if not second and (verb.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i <= end
                       or head.lemma_ in CUE_VERB_LEMMAS or head.i >= verb.sent.end):
        return end
    after = [c for c in child_tokens(verb) if c.dep_ == "ccomp" and c.left_edge.i == end + 1] if second else [head]
    if any(_another_voice(s) for v in after for s in child_tokens(v) if s.dep_ in ("nsubj", "nsubjpass", "expl")):
        return end      # 'said the vote was fair: the opposition disagreed', ': figures showed they fell'
    last = verb.sent.end
    while last > end + 1 and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    return last


def _another_voice(subject: Token) -> bool:
    """A subject that could speak or bear witness for itself: a person, a name, a body, a side, a
    document or its figures, a plural noun ('the opposition', 'figures released on Friday', 'he')."""
    lemma = subject.lemma_.lower()
    return subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or subject.lower_ in PERSON_SUBJECT_PRONOUNS or subject.tag_ in PLURAL_NOUN_TAGS \
        or lemma in ROLE_OR_PERSON_NOUNS or lemma in SPEAKING_BODY_HEADS or lemma in RIVAL_SIDE_NOUNS \
        or lemma in SOURCE_NOUNS or subject.lower_ in SOURCE_NOUNS


def _before_closing_cue(doc: Doc, start: int, end: int, verb: Token) -> int:
    """'Prices rose 4%, X said, while exports fell 2%': where the writer's clause after a
    parenthetical cue was cut off, the cue (and its commas) closes what is left: the end before it."""
    cue = _cue_indices(verb)
    if verb.dep_ != "parataxis" or not start < cue[0] < end or cue[-1] < end - 1 or cue[-1] - cue[0] + 1 != len(cue) \
            or not any(not t.is_punct for t in doc[cue[-1] + 1:verb.sent.end]):
        return end          # only a parenthetical cue of its own words with the sentence going on after it
    lo = cue[0]
    while lo - 1 > start and doc[lo - 1].text in ",—–-":
        lo -= 1
    return lo


def _words_without_cue(doc: Doc, start: int, end: int, verb: Token, dropped: set[int] = frozenset()) -> str:
    """The words of the span, without a parenthetical cue inside it ('Each of which, he said,
    would help ...': 'Each of which would help ...'; 'That is why, she argued, the union must
    ...': 'the party should ...') and without the `dropped` words (the writer's, see
    _writer_material)."""
    gone = set(dropped) | _relative_cues(doc, start, end, verb) | _cue_words_set_inside(doc, start, end, verb)
    cue = _cue_indices(verb)
    if start < cue[0] and cue[-1] < end - 1:
        lo, hi = cue[0], cue[-1]
        while lo - 1 >= start and doc[lo - 1].text in ",—–-":
            lo -= 1
        while hi + 1 < end and doc[hi + 1].text in CUE_SETTING_PUNCT:
            hi += 1
        gone |= set(range(lo, hi + 1))
        if lo - 1 == start and doc[start].tag_ == "WRB":
            gone.add(start)
    return _joined(doc, start, end, gone)


def _relative_cues(doc: Doc, start: int, end: int, verb: Token) -> set[int]:
    """'..., which he said would let him turn the ships away', '..., where he said 6,000 homes
    flooded': the speaker's own cue set right after a relative pronoun or 'where' inside the content
    is the writer's frame; the clause reads without it ('which would be its lowest ever')."""
    return {i for t in doc_tokens(doc)[start + 1:end] if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB"
            and not _to_infinitive_after(t)
            for s in child_tokens(t) if s.dep_ == "nsubj" and s.pos_ == "PRON" and s.i == t.i - 1 and t.lemma_ != "call"
            and s.i - 1 > start and _relative_word_before_cue(doc[s.i - 1], t, verb)
            for i in (s.i, t.i)}


def _to_infinitive_after(cue: Token) -> bool:
    """', which it expects to cut losses by 15 per cent': a cue followed by its 'to' infinitive
    carries the clause's verb ('expects to cut'); without it the relative clause has none left
    ('which to cut ...'), so it stays in the content."""
    return any(c.dep_ == "xcomp" and c.i > cue.i and _to_infinitive(c) for c in child_tokens(cue))


def _relative_word_before_cue(word: Token, cue: Token, verb: Token) -> bool:
    """'which'/'who' hung elsewhere or before the cue's own clause (not 'which it accuses of ...':
    the relative pronoun is the cue's object); 'where' before a cue of the reporter's own (a pronoun
    that may be the speaker of `verb`: 'Ms Penn said ..., where he said ...' is another's) that says
    a clause (a 'that' clause, or an object the parser gave the clause's verb: 'where he said homes
    flooded'), not where it tells where something was said ('the rally, where he said a prayer').
    Not 'when': 'in May, when she said ...' names an earlier occasion of saying."""
    clause = any(c.dep_ == "ccomp" for c in child_tokens(cue))
    if word.lower_ in RELATIVE_PRONOUN_OPENERS:
        return word.head.i != cue.i or clause
    said = [c for c in child_tokens(cue) if c.dep_ == "dobj"]
    subject = doc_tokens(cue.doc)[cue.i - 1]
    return word.lower_ in PLACE_RELATIVE_ADVERBS and word.tag_ == "WRB" and _pronoun_may_be_reporter(subject, verb) \
        and (clause or any(u.pos_ in ("VERB", "AUX") and u.i > o.i for o in said for u in o.subtree))


def _joined(doc: Doc, start: int, end: int, gone: set[int]) -> str:
    """The words of the span but the gone ones, the runs left joined by a space; a gap that
    was set off by commas on both sides takes both ('the burglar, described by X as Y, to open
    the gate': 'the burglar to open the gate')."""
    runs: list[list[int]] = []
    for i in range(start, end):
        if i in gone:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    tokens = doc_tokens(doc)
    for a, b in zip(runs, runs[1:]):
        if tokens[a[-1] + 1].text == "," and tokens[b[0]].text == "," and len(b) > 1:
            b.pop(0)
            if a[-1] + 1 not in gone and len(a) > 1:
                a.pop()
        elif tokens[b[0]].text == "," and len(b) > 1:
            b.pop(0)        # 'them [in an article], "anchors"': the comma closed the gap
    return " ".join(span_text(doc[r[0]:r[-1] + 1]) for r in runs if r)


def _writer_material(doc: Doc, start: int, end: int, verb: Token, nonfinite: bool) -> set[int]:
    """Words inside the content that are not the speaker's statement: another source's stance
    set off in it ('found no trace, despite X claiming ...', '..., even though observers doubt
    ...', 'the burglar, described by X as ..., to open the gate'); the writer's gloss of a pledge
    ('promised to build a school, ending years of delay'); the writer's relative clause at
    its end ('said he had been joking in his speech, which drew complaints'), unless a modal makes
    it part of what is reported ('..., which would cut costs')."""
    last = _last_word(doc, start, end)
    gone = _trailing_attribution(doc, start, last) | _trailing_according_to(doc, start, last) \
        | _time_of_verb(verb, start, last) | _setting_of_verb(verb, start, last)
    text = doc_text(doc).lower()
    concessive = any(m in text for m in _CONCESSIVE_WORDS)      # else no word below is one
    tokens = doc_tokens(doc)
    for t in tokens[start:end]:
        if t.i in gone or t.i == verb.i:
            continue
        left = t.left_edge.i        # each `.left_edge` / `.right_edge` builds a new Token: read once
        if not start < left:
            continue
        prep = (t if t.dep_ == "prep" and t.lower_ in CONCESSIVE_PREPOSITIONS else _concessive_preposition(t)) \
            if concessive else None
        unit = prep if prep is not None else t
        if unit is not t:
            left = unit.left_edge.i
        unit_right = unit.right_edge.i
        if not (start < left and unit_right < end):
            continue
        comma = tokens[left - 1].text == ","
        first = left - (1 if comma else 0)
        if concessive and comma and t.right_edge.i == last and _leaves_unsaid(t):
            return gone | set(range(first, end))    # ', though he did not say how': the writer's note
        if (prep is not None or concessive and _concessive_mark(t)) and _holds_stance(unit) \
                and (not _speakers_own(unit) or _speakers_next_statement(unit)):
            if _main_verb_after(unit):
                gone |= set(range(first, unit_right + 1))    # 'the plan, although X claimed ..., would work'
                continue
            return gone | set(range(first, end))    # the writer's contrast runs to the end
        if _cue_clause(t) and comma and _own_source(t) or nonfinite and _gloss(t, comma, last) \
                        or _writer_relative(t, comma, last) or _writers_circumstance(t, verb, comma, last) \
                        or _scene_of_request(t, comma, last) or _sources_unnamed(t, comma, last) \
                        or _prompting_event(t, verb, last) \
                        or _speech_left_undone(t, last):
            gone |= set(range(first, unit_right + 1))
    return gone


_CUE_OR_CLAUSE_ONLY = CUE_VERB_LEMMAS | CLAUSE_ONLY_CUES     # united once, not per word
_CONCESSIVE_WORDS = CONCESSIVE_PREPOSITIONS | CONCESSIVE_SUBORDINATORS


def _holds_stance(unit: Token) -> bool:
    """Someone's stance is in the phrase: a cue verb ('despite X claiming') or a statement
    noun ('despite criticism by X'); 'despite the new policy' holds none. In a clause of its own
    verb, a participle set before a noun as its adjective holds none either ('though two suspected
    cases were being reviewed'): it classes the noun, the clause's verb says what happens to it
    ('despite reported delays', a phrase with no verb, is that stance alone)."""
    clause = unit.pos_ in ("VERB", "AUX")
    return any(u.pos_ == "VERB" and u.lemma_ in _CUE_OR_CLAUSE_ONLY and not (clause and u.dep_ in _ATTRIBUTIVE_DEPS)
               or u.pos_ == "NOUN" and u.lemma_.lower() in STATEMENT_NOUNS for u in unit.subtree)


_ATTRIBUTIVE_DEPS = ("amod", "compound")    # a participle before its noun: 'suspected cases'


def _time_of_verb(verb: Token, start: int, last: int) -> set[int]:
    """'criticised the government Monday for the delays', 'blamed the mayor on Monday for ...': a
    date the parser hung on the cue between its object and a phrase of the cue after it says when
    it was said, not what ('announced the closure on Friday' keeps it: it may be the closure's;
    so does a date joined to more: 'on Monday and again in May')."""
    phrases = [c for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ not in CONCESSIVE_PREPOSITIONS
               and c.right_edge.i <= last]
    return {u.i for c in child_tokens(verb) if (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") or _is_time(c))
            and start < c.left_edge.i and any(p.i > c.right_edge.i for p in phrases)
            and not any(u.dep_ in ("cc", "conj") for u in c.subtree) for u in c.subtree}


def _setting_of_verb(verb: Token, start: int, last: int) -> set[int]:
    """'called the plan in a speech on Monday, "a waste of money"': a phrase of the cue inside
    its content that says where or how it was said is no part of what was said."""
    return {u.i for c in child_tokens(verb) if (_setting(c) or c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
            and start < c.left_edge.i and c.right_edge.i < last for u in c.subtree}


def _speakers_own(unit: Token) -> bool:
    """The stance in a concessive phrase is held by a pronoun ('said she had left the party,
    although she still supported its leader'): the speaker's or the content's own subject,
    so the phrase is part of what is said, not another source's set against it."""
    holders = [h for u in unit.subtree for h in _stance_holders(u)]
    return bool(holders) and all(h.pos_ == "PRON" for h in holders)


def _speakers_next_statement(unit: Token) -> bool:
    """', though she cautioned that one week proves nothing', ', although he added that ...': a concessive
    clause whose verb is a cue in the narration's own tense (a plain past or present, no auxiliary: not
    back-shifted into what is reported) over a clause of its own is the speaker's next statement, set
    after the first by the writer; it is no part of the first ('although she still supported its
    leader', a stance with no clause, and 'though he had warned that ...', back-shifted, may be)."""
    return unit.pos_ == "VERB" and unit.lemma_ in SPEECH_VERBS and unit.tag_ in ("VBD", "VBZ", "VBP") \
        and not _has_auxiliary(unit) and any(c.dep_ == "ccomp" for c in child_tokens(unit))


def _stance_holders(u: Token) -> list[Token]:
    """Who holds the stance of a cue verb (its subject, or the noun a participle hangs on:
    'despite X claiming') or of a statement noun (its owner or 'by' agent)."""
    if u.pos_ == "VERB" and u.lemma_ in _CUE_OR_CLAUSE_ONLY:
        subjects = [c for c in child_tokens(u) if c.dep_ in ("nsubj", "nsubjpass")]
        return subjects or ([u.head] if u.dep_ == "acl" else [])
    if u.pos_ == "NOUN" and u.lemma_.lower() in STATEMENT_NOUNS:
        by = [g for c in child_tokens(u) if c.dep_ == "prep" and c.lower_ == "by" for g in child_tokens(c) if g.dep_ == "pobj"]
        return [c for c in child_tokens(u) if c.dep_ == "poss"] + by
    return []


def _leaves_unsaid(t: Token) -> bool:
    """', though he did not say how', ', although it does not explain why', ', though she declined to
    name them', ', although he refused to give details': a concessive clause whose verb group says a
    speech was not made, in the narration's own tense, notes what the speaker left out; the speaker
    does not say it. The verb group is a cue negated with 'do', or a negative implicative verb in the
    simple past or present ('declined', 'refuses') over the infinitive of a verb of saying, of speaking
    on the record or of naming ('although she had not said so before', 'though he had refused to
    testify', back-shifted, may be hers)."""
    if t.dep_ != "advcl" or t.pos_ != "VERB" or not _concessive_mark(t):
        return False
    if t.lemma_ in SPEECH_VERBS:
        return _negated(t) and _do_support(t) is not None
    return t.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in child_tokens(t)) \
        and any(c.lemma_ in _UNSAID_VERBS and _not_done(c) for c in child_tokens(t))


_UNSAID_VERBS = SPEECH_VERBS | ON_RECORD_VERBS | ANONYMITY_VERBS     # united once, not per clause


def _main_verb_after(unit: Token) -> bool:
    """The concessive phrase hangs on a verb after it ('the party, although it had criticised
    the deal, would now back it'): the statement goes on after the phrase."""
    return unit.head.i > unit.right_edge.i


def _prompting_event(t: Token, verb: Token, last: int) -> bool:
    """'has said he is "dismayed" by the delays after new data showed 80 buses ...', 'has warned
    that jobs are at risk after an operator announced plans ...': after a cue in the present perfect
    (the news of the statement itself), a clause opened by 'after' at the end of a present or future
    reported clause, whose own noun subject published something in the simple past (a report, figures,
    an announcement: PROMPTING_REPORT_VERBS), is the writer's account of the news that prompted the
    statement. Any other earlier event ('prices will rise after the budget passed', 'the roads are
    closed after a landslide hit') may be the speaker's own reason: kept."""
    if not (_in_present_perfect(verb) and t.dep_ == "advcl" and t.tag_ == "VBD" and t.right_edge.i == last):
        return False
    children = child_tokens(t)
    after = any(c.dep_ == "mark" and c.lower_ in PROMPTING_EVENT_MARKERS for c in children)
    published = t.lemma_ in PROMPTING_REPORT_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in children)
    return after and published and _present_or_future(t.head)


def _in_present_perfect(verb: Token) -> bool:
    """'has said', 'have warned'."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in child_tokens(verb))


def _present_or_future(head: Token) -> bool:
    """A clause in the present or with a present modal ('is', 'are at risk', 'will be cut'), with no
    past tense in its verb group ('had closed', 'was hit')."""
    tense = [head, *(c for c in child_tokens(head) if c.dep_ in ("aux", "auxpass"))]
    present = any(w.tag_ in ("VBZ", "VBP") or w.lower_ in PRESENT_MODALS for w in tense)
    past = any(w.tag_ == "VBD" or w.tag_ == "VBN" and w is not head for w in tense)
    return present and not past


def _scene_of_request(t: Token, comma: bool, last: int) -> bool:
    """'urged Y to free the engineer and to lift the ban, as the two sides sought to mend ties':
    a past clause of its own subject set off by a comma at the end of an infinitive asked for
    cannot be part of the act asked for (that is still to come): the writer's scene."""
    return comma and t.dep_ == "advcl" and t.tag_ == "VBD" and t.right_edge.i == last and t.head.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child_tokens(t.head)) \
        and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKERS for c in child_tokens(t)) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in child_tokens(t))


_SPEECH_OR_ON_RECORD = SPEECH_VERBS | ON_RECORD_VERBS      # united once, not per word


def _speech_left_undone(t: Token, last: int) -> bool:
    """'said the port would stay open but declined to say for how long', '... but avoided saying
    whether it would appeal', '... but declined to discuss the offer' (a verb of speaking on the
    record, only where the reporter alone can be its subject: _declined_by_reporter): a verb joined
    by 'but' at the end of the content, of its own past tense, that says a speech was not made is
    the writer's note on what went unsaid; so is one
    joined by 'and' in the simple past ('said the mayor was reviewing it and declined to comment
    further'), not a participle that may share the clause's 'had' ('had met them and declined to'),
    and after a subject that can act only a bare 'to comment' ('said the strikers walked out and
    refused to speak to the press': theirs)."""
    if _speech_withheld(t, last):
        return True
    if t.dep_ != "conj" or t.right_edge.i != last or t.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in child_tokens(t)):
        return False
    speech = next((c for c in child_tokens(t) if c.dep_ == "xcomp" and (c.lemma_ in _SPEECH_OR_ON_RECORD or _tells(c))
                   and _not_done(c)), None)
    if speech is not None and speech.lemma_ not in SPEECH_VERBS and not _hands_over_information(speech, TOLD_QUANTITY_NOUNS) \
            and not _declined_by_reporter(t.head):
        return False
    joined = {c.lower_ for c in child_tokens(t.head) if c.dep_ == "cc"}
    return speech is not None and ("but" in joined or "and" in joined and t.tag_ == "VBD" and not _may_share_perfect(t.head)
                                   and (_subject_cannot_act(t.head) or all(c.dep_ in ("aux", "advmod") for c in child_tokens(speech))))


def _speech_withheld(t: Token, last: int) -> bool:
    """'said the depot would shut but did not say when', '... would be sold, but would not say for how much': a
    verb of making known (_makes_known) negated with a past 'did' or a past modal, joined by 'but' without a
    subject of its own at the end of the content, over an answer withheld (an object, an indirect question,
    nothing; not a clause asserted: 'did not say the pipe was safe' is what was denied), says a speech was not
    made: the writer's note on what went unsaid, as 'but declined to say' is (_speech_left_undone). Only where
    the reported subject cannot be the one silent: a thing or a pronoun that may be the reporter
    (_declined_by_reporter); or, for a person or body, a reported clause in a tense the past of the silence
    cannot share (a modal not habitual, a future, a present) with a question or nothing withheld
    (_only_an_answer_withheld: 'the trust would act but did not say when'; not 'the driver is in custody but
    did not disclose the crash to anyone', the driver's own silence). Not 'could not' over a verb of naming
    ('could not name the birds': an inability, TELLING_BY_NAMING_VERBS), nor 'tell' to a hearer other than the
    press (_told_someone_else), nor after a past of a party's own, nor with 'and', nor with a subject of its own."""
    if t.dep_ != "conj" or t.right_edge.i != last or not _makes_known(t) or not _negated(t) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in child_tokens(t)) \
            or any(c.dep_ == "ccomp" and not _opens_a_question(c, t) for c in child_tokens(t)) or _told_someone_else(t):
        return False
    auxiliaries = [c for c in child_tokens(t) if c.dep_ == "aux"]
    if t.lemma_ in TELLING_BY_NAMING_VERBS and any(a.lower_ == "could" for a in auxiliaries):
        return False
    withheld = any(a.lemma_ in DO_SUPPORT_LEMMAS and a.tag_ == "VBD" or a.tag_ == "MD" and a.lower_ in BACKSHIFTED_MODALS
                   for a in auxiliaries)
    joined = {c.lower_ for c in child_tokens(t.head) if c.dep_ == "cc" and t.head.i < c.i < t.i}
    if not withheld or joined != {"but"}:
        return False
    return _declined_by_reporter(t.head) or _tense(t.head) in ("modal", "future", "present") \
        and not _habitual(t.head) and _only_an_answer_withheld(t)


def _only_an_answer_withheld(verb: Token) -> bool:
    """The verb's complements are an indirect question ('did not say whether', 'would not say how much'), a
    quantity or a time handed over ('did not give a date', as 'did not say when': TOLD_QUANTITY_NOUNS) or
    none ('did not comment further'): no other object, hearer or prepositional phrase that could be the
    subject's own dealing ('did not disclose the risk to its customers', 'did not give a reason')."""
    return all(c.dep_ in ("aux", "neg", "advmod", "punct", "cc") or _opens_a_question(c, verb)
               or c.dep_ == "dobj" and _hands_over_information(verb, TOLD_QUANTITY_NOUNS) for c in child_tokens(verb))


def _told_someone_else(verb: Token) -> bool:
    """'did not tell his parents', 'did not tell anyone': a 'tell' whose hearer is no one of the press
    (PRESS_AUDIENCE_NOUNS) is a silence towards a third party, the subject's own."""
    if verb.lemma_ != "tell":
        return False
    hearers = [c for c in child_tokens(verb) if c.dep_ in ("dobj", "dative", "iobj")] + [
        g for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ == "to" for g in child_tokens(c) if g.dep_ == "pobj"]
    return any(h.lower_ not in PRESS_AUDIENCE_NOUNS and h.lower_ not in OUTLET_PRONOUNS for h in hearers)


def _tells(verb: Token) -> bool:
    """A verb of speech ('say', 'disclose'), or one of handing over information (_hands_over_information)."""
    return verb.lemma_ in SPEECH_VERBS or _hands_over_information(verb)


_MADE_KNOWN_OR_ON_RECORD = (MAKING_KNOWN_VERBS | ON_RECORD_VERBS) - DUTY_REPORTING_VERBS      # united once, not per word


def _makes_known(verb: Token) -> bool:
    """A verb of making known or of speaking on the record ('say', 'disclose', 'comment': not one of
    commitment or stance, 'could not promise funding', 'did not agree', which are what was said), or one of
    handing over information (_hands_over_information)."""
    return verb.lemma_ in _MADE_KNOWN_OR_ON_RECORD or _hands_over_information(verb)


def _hands_over_information(verb: Token, nouns: frozenset = TOLD_INFORMATION_NOUNS) -> bool:
    """'give a date', 'provide figures' (HANDING_OVER_VERBS over TOLD_INFORMATION_NOUNS, or the narrower set
    given: TOLD_QUANTITY_NOUNS, a figure or a time a spokesperson withholds; not 'a reason' or 'details', which
    an actor may refuse to give to police): a telling."""
    return verb.lemma_ in HANDING_OVER_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in child_tokens(verb))


def _declined_by_reporter(clause: Token) -> bool:
    """A verb joined to the reported clause can only be the reporter's: the clause's subject is a
    thing that cannot act ('the deal was signed but declined to discuss terms') or a pronoun that may
    be the reporter ('she had met them but declined to discuss ...'); not 'the striker had been offered
    a contract but declined to discuss terms' (the striker's refusal, reported)."""
    subject = next((c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (_subject_cannot_act(clause) or clause.dep_ == "ccomp"
                                    and _pronoun_may_be_reporter(subject, clause.head))


def _may_share_perfect(clause: Token) -> bool:
    """The clause has a 'had'/'has' or a modal a verb joined to it may share ('the mayor had met them
    and declined to ...': hers), unless its subject is a thing that cannot act ('output had fallen')."""
    return any(a.dep_ == "aux" and (a.lemma_ == "have" or a.tag_ == "MD") for a in child_tokens(clause)) \
        and not _subject_cannot_act(clause)


def _subject_cannot_act(clause: Token) -> bool:
    """The clause's subject is a common noun of a thing ('output', 'the notices'), no person,
    group, body or name: a verb of acting or speaking joined to the clause is not its own."""
    subject = next((c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or _can_speak(subject) or subject.ent_type_:
        return False
    noun = subject.lemma_.lower()
    agent = noun.endswith(AGENT_SUFFIXES) and not noun.endswith("ment")     # 'growers', 'players'; not 'payment'
    return not agent and noun not in _GROUP_OR_BODY_NOUNS and subject.lower_ not in PEOPLE_GROUP_NOUNS


def _sources_unnamed(t: Token, comma: bool, last: int) -> bool:
    """', though neither would be named because ...', ', but none could be identified': a clause
    set off at the end of the content that says the sources stay unnamed (a passive of naming,
    negated or of 'neither'/'none') is the writer's note on them, not what they say."""
    return comma and t.dep_ in ("advcl", "conj") and t.right_edge.i == last and t.lemma_ in ANONYMITY_VERBS \
        and any(c.dep_ == "auxpass" for c in child_tokens(t)) \
        and (_negated(t) or any(c.dep_ == "nsubjpass" and c.lower_ in NEGATIONS for c in child_tokens(t)))


def _writers_circumstance(t: Token, verb: Token, comma: bool, last: int) -> bool:
    """', while photos showed only a scratch', ', as a strike entered its third week' at the end of
    the content: a clause of its own subject opened by a subordinator of circumstance, set off by a
    comma. One of contrast ('while', 'whereas') is the writer's or the speaker's as _writers_contrast
    reads it from its attachment, its subject and the tenses. One of time or reason
    ('as', 'when') is the speaker's only in a tense the frame of the report allows
    (_outside_reported_frame); in another it is the writer's, set beside what was said, unless a
    time of its own dates it: an earlier event, the speaker's reason (', as orders fell 40 percent
    last year'), not the scene. In any tense what a thing of evidence shows (', as new figures show
    ...') and another party's stance (', while critics had called for ...', ', as residents lined up
    to oppose the plan') are the writer's. Where the cue closes the sentence after the clause ('A, while
    B, people at the talks said'), the writer has set nothing between: the clause is reported too."""
    marks = [c.lower_ for c in child_tokens(t) if c.dep_ == "mark"]
    if not (comma and t.dep_ in ("advcl", "conj") and t.right_edge.i == last and _has_subject(t)
            and any(m in CIRCUMSTANCE_MARKERS for m in marks)):
        return False
    if any(c.tag_ == "MD" for c in [t, *child_tokens(t)]):
        return False        # the modal an auxiliary or, as the parser reads 'ought', the clause's head
    if any(u.pos_ == "VERB" and (u.lemma_ in CUE_VERB_LEMMAS or u.lemma_ in FIGURE_PUTTING_VERBS and _puts_a_figure(u)) for u in t.subtree):
        return True         # ', while critics had called for it to be scrapped', '..., while X put the figure at
        # 27 percent': another party's stance
    if t.lemma_ in EVIDENCE_CUES and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in child_tokens(t)):
        return True
    if verb.i > t.right_edge.i:
        return False        # 'A, while B, sources said': a cue after both clauses reports the two
    if any(m in CONTRAST_MARKERS for m in marks):
        return _writers_contrast(t, verb)
    dated = any(c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") or _is_time(c) for c in child_tokens(t))
    return not dated and _outside_reported_frame(_tense(t), _tense(t.head))


_SAY_OR_TELL = VERBNET_SAY | VERBNET_TELL        # united once, not per clause
_COUNT_LABELS = ("CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")     # 'a third', 'four': counted, no party


def _writers_contrast(clause: Token, verb: Token) -> bool:
    """A contrast clause ('..., while B', '..., whereas B') at the end of the content. The writer's where
    the parse hangs it on the cue or sets the cue between it and what is reported ('Prices rose, the
    minister said, while exports fell'). The speaker's in a modal or the pluperfect, the tenses of
    back-shifted speech ('..., while wages would fall'), as a plain past set against a plain past the
    cue reports ('N2 billion was moved ..., while another N300 million was paid in cash'), and as then
    against now (_present_against_reported_past). Else the speaker's only as the other half of a
    measure: the reported clause shifted back (past, perfect, pluperfect or modal), the contrast in a
    past or perfect that fits it (no plain past after a modal), its subject a count or a measure
    (_a_measure_for_subject: 'said rents had doubled, while wages rose 3%'), no act on an object and
    no point in time of its own (_a_point_in_time). The writer's where the subject is a party, a body,
    a pronoun or an event ('..., while rival Ellis Bank opened 12', '..., while the county hired 40
    nurses', '..., while it cut 300 jobs'), where a source follows it ('..., while cotton sales climbed,
    a port official said'), where it or the report is in the present or the future, and where it is
    dated ('..., while profits rose 20 per cent last year')."""
    if clause.head.i == verb.i or clause.head.i < verb.i < clause.i:
        return True
    tense, report = _tense(clause), _tense(clause.head)
    if tense in ("modal", "pluperfect") or tense == "past" and report == "past" \
            or _present_against_reported_past(clause, verb):
        return False
    source_after = any(_is_according_to(t) or t.lemma_ in CUE_VERB_LEMMAS and t.pos_ == "VERB"
                       for t in clause.sent if t.i > clause.i)
    fits = report in ("past", "perfect", "pluperfect", "modal") and tense in ("past", "perfect") \
        and not (tense == "past" and report == "modal")
    acts = _acts_on_an_object(clause) and any(c.dep_ == "dobj" and c.ent_type_ not in _COUNT_LABELS
                                              and c.lower_ not in PERCENT_WORDS
                                              for c in child_tokens(clause))     # 'rose 20 per cent': a change, no act
    return not fits or source_after or not _a_measure_for_subject(clause) or acts or _a_point_in_time(clause)


_MEASURE_NOUNS = AMOUNT_NOUNS | FLOW_NOUNS | set(SCALE_WORDS)      # united once, not per clause


def _a_measure_for_subject(clause: Token) -> bool:
    """The clause's subject is a count or a measure: a number ('a third', 'four of them', 'Rs 9 crore':
    SCALE_WORDS) or a noun of an amount or a flow ('costs', 'supply', 'enrolment': AMOUNT_NOUNS,
    FLOW_NOUNS), or a list ending in one ('rent and fuel costs'); not a pronoun, a party, a body or an
    event ('it', 'the county', 'protests')."""
    subject = next((c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        n.ent_type_ in _COUNT_LABELS and n.pos_ in ("NUM", "NOUN") or n.pos_ == "NOUN" and n.lemma_.lower() in _MEASURE_NOUNS
        for n in [subject, *(c for c in child_tokens(subject) if c.dep_ == "conj")])


def _a_point_in_time(clause: Token) -> bool:
    """A date or a time of the clause's own that is a point, not a span ('last year', 'in June', 'on
    Friday'; not 'over two years', 'over the same period': SPAN_PREPOSITIONS): an event the writer
    dates, not the other half of what was said."""
    for t in clause.subtree:
        if t.ent_type_ not in ("DATE", "TIME"):
            continue
        top = t
        while top.head.i != top.i and top.head.ent_type_ in ("DATE", "TIME"):
            top = top.head
        if not (top.dep_ == "pobj" and top.head.lower_ in SPAN_PREPOSITIONS):
            return True
    return False


def _present_against_reported_past(clause: Token, verb: Token) -> bool:
    """'said fresh mackerel sold for $3 a kilo last summer, while frozen imports now cost $7': a contrast
    clause in the present marked as now ('now', 'currently') set against a dated plain past that a past
    cue reports, with a thing for its subject (no person, who might be the writer's other party),
    compares then with now in the speaker's words: what still holds is reported without back-shift.
    Without the pair of times ('..., while new models sit unsold', '..., while the region is home to
    ...') the juxtaposition may be the writer's, and so it is where a source follows in the sentence
    ('..., while the city now has the lowest rate, according to census figures')."""
    if any(_is_according_to(t) or t.lemma_ in CUE_VERB_LEMMAS and t.pos_ == "VERB" for t in clause.sent if t.i > clause.i):
        return False
    reported = clause.head
    subject = next((c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    now = any(c.dep_ == "advmod" and c.lower_ in NOW_WORDS for c in child_tokens(clause))
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in reported.subtree if t.i < clause.left_edge.i)
    return now and dated and _tense(clause) == "present" and _tense(reported) not in ("present", "perfect", "future") \
        and _tense(verb) == "past" and reported.i > verb.i and subject is not None and _body_or_thing(subject) \
        and not _can_speak(subject)


def _outside_reported_frame(clause: str | None, reported: str | None) -> bool:
    """Whether an 'as' or 'when' clause set beside a reported one, in the tense `clause`, is out of
    the frame in which the reported one (tense `reported`) is told; the tenses are _tense's. Beside
    words not shifted back ('it will reopen', 'prices are rising', 'has cut') the speaker speaks in
    the present: a plain past there is the writer's narrative ('..., as a strike entered its third
    week'). Beside a pluperfect, a plain past or a 'would' the clause may be the speaker's reason,
    told loosely ('profits had doubled, as sales climbed', 'output fell, as rains failed'); so is a
    present, which the writer's narrative of the moment of saying does not use ('the pool closed,
    as repairs are too costly'), and the pluperfect, the tense of back-shifted speech."""
    return clause == "past" and reported in ("present", "perfect", "future")


def _tense(verb: Token) -> str | None:
    """The tense of a verb's group, read from the verb and its auxiliaries: 'modal' (a modal of
    the past form or a semi-modal: 'would cut', 'could cut', 'stood to gain'), 'future' (a modal of
    the present: 'will cut', 'may cut'), 'pluperfect' ('had cut'), 'perfect' ('has cut'), 'past'
    ('cut', 'was cut', 'were cutting'), 'present' ('cuts', 'is cut'); None for a form without
    tense. A verb joined without a subject or auxiliary of its own to another shares its tense
    ('would create jobs and meet the standards')."""
    while verb.dep_ == "conj" and verb.tag_ in ("VB", "VBN") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in child_tokens(verb)):
        verb = verb.head
    auxiliaries = [c for c in child_tokens(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    modal = next((a for a in [*auxiliaries, verb] if a.tag_ == "MD"), None)     # 'ought to' heads its clause
    if modal is not None:
        return "modal" if modal.lower_ in BACKSHIFTED_MODALS else "future"
    if verb.lemma_ in SEMI_MODAL_VERBS and any(c.dep_ == "xcomp" for c in child_tokens(verb)):
        return "modal"
    have = next((a for a in auxiliaries if a.dep_ == "aux" and a.lemma_ == "have"), None)
    if have is not None:
        return "pluperfect" if have.tag_ == "VBD" else "perfect" if have.tag_ in ("VBZ", "VBP") else None
    first = auxiliaries[0] if auxiliaries else verb
    return "past" if first.tag_ == "VBD" else "present" if first.tag_ in ("VBZ", "VBP") else None


def _pluperfect_of_report(clause: Token) -> bool:
    """The clause is in the pluperfect ('which had attracted 1,100 applications', 'while 312
    cases had been registered'): a past shifted back under the cue, as reported speech shifts
    it, so the speaker's, like a clause with a modal ('which drew complaints', 'while photos
    showed ...', in the writer's own past, stay the writer's). Not a clause with a cue of its own
    ('while critics had called for it to be scrapped', 'which had been criticised by unions'):
    another party's stance the writer sets beside it."""
    return _tense(clause) == "pluperfect" \
        and not any(t.lemma_ in CUE_VERB_LEMMAS and t.pos_ == "VERB" for t in clause.subtree)


def _trailing_attribution(doc: Doc, start: int, last: int) -> set[int]:
    """'..., the Harbour Gazette reported' ending the content: another source's cue after its clause,
    with nothing after it (the writer's credit for the whole sentence), is no part of it."""
    cue = doc[last]
    subject = next((c for c in child_tokens(cue) if c.dep_ == "nsubj"), None)
    if cue.lemma_ not in SPEECH_VERBS or cue.pos_ != "VERB" or subject is None or subject.i > cue.i \
            or subject.left_edge.i <= start or doc[subject.left_edge.i - 1].text != "," \
            or not any(c.dep_ in ("ccomp", "parataxis") and c.i < subject.i for c in child_tokens(cue)):
        return set()
    return set(range(subject.left_edge.i - 1, last + 1))


def _trailing_according_to(doc: Doc, start: int, last: int) -> set[int]:
    """'... should respect its courts, according to a summary released by the ministry': an
    'according to' phrase set off by a comma that ends the content is the writer's credit for
    what is reported (or another source's for its last clause), no part of the statement."""
    for t in doc_tokens(doc)[start + 1:last]:
        if _is_according_to(t) and doc[t.i - 1].text == "," and t.right_edge.i == last and t.i - 1 > start:
            return set(range(t.i - 1, last + 1))
    return set()


def _roots(doc: Doc, start: int, end: int) -> list[Token]:
    """The words of the span whose head is outside it (or themselves): its clauses' roots."""
    heads = head_indices(doc)
    return [t for t in doc_tokens(doc)[start:end] if not start <= heads[t.i] < end or heads[t.i] == t.i]


def _last_word(doc: Doc, start: int, end: int) -> int:
    last = end - 1
    while last > start and _edge_punct(doc[last]):
        last -= 1
    return last


def _edge_punct(token: Token) -> bool:
    """Punctuation a statement's words do not end on; not the sign that closes an amount ('16%'),
    which is part of the figure the statement gives."""
    return token.is_punct and not (token.text == "%" and token.i > 0 and token.nbor(-1).like_num)


def _nonfinite_content(doc: Doc, start: int, end: int) -> bool:
    """The content is an infinitive ('to bolster its army') or a noun phrase, not a clause."""
    roots = _roots(doc, start, end)
    return len(roots) == 1 and (roots[0].pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                                or roots[0].tag_ == "VB" and any(c.tag_ == "TO" for c in child_tokens(roots[0])))


def _cue_clause(t: Token) -> bool:
    """A clause of a cue verb set in the content as an adjunct ('despite X claiming ...',
    '..., even though observers doubt ...', 'the burglar, described by X as ...')."""
    return t.pos_ == "VERB" and t.lemma_ in _CUE_OR_CLAUSE_ONLY and t.dep_ in ("advcl", "acl", "pcomp")


def _concessive_mark(t: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE_WORDS for c in child_tokens(t))


def _concessive_preposition(t: Token) -> Token | None:
    """'despite' over 'despite X claiming' (read as its clause or as its noun's participle)."""
    head = t.head
    if t.dep_ == "acl" and head.dep_ == "pobj":
        head = head.head
    elif t.dep_ != "pcomp":
        return None
    return head if head.dep_ == "prep" and head.lower_ in CONCESSIVE_PREPOSITIONS else None


def _own_source(t: Token) -> bool:
    """The clause names who holds it: a subject (not a pronoun) or a 'by' agent."""
    by = [g for c in child_tokens(t) if c.dep_ == "agent" for g in child_tokens(c) if g.dep_ == "pobj"]
    return any(s.pos_ != "PRON" and _can_speak(s) for s in [*by, *(c for c in child_tokens(t) if c.dep_ == "nsubj")])


def _gloss(t: Token, comma: bool, last: int) -> bool:
    """A participle clause without subject set off by a comma at the end of a pledge or a
    noun phrase ('to build a school, ending years of delay'): the writer says what it means."""
    return comma and t.dep_ == "advcl" and t.tag_ == "VBG" and t.right_edge.i == last \
        and t.lemma_ not in SPEECH_VERBS and not any(c.dep_ in ("nsubj", "mark") for c in child_tokens(t))


def _writer_relative(t: Token, comma: bool, last: int) -> bool:
    """', which drew complaints' at the end of a reported clause: the writer's comment on it.
    Kept within what is reported: a clause with a modal ('..., which would cut costs') or in the
    pluperfect ('..., which had drawn 900 bids'), or a
    cue ('..., which she said would be the cheapest'), and the clause of a cleft ('it was these
    projects, which caused the delays')."""
    if not (comma and t.dep_ == "relcl" and t.right_edge.i == last and t.doc[t.left_edge.i].tag_ in ("WDT", "WP", "WP$")):
        return False
    cleft = any(a.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in ANAPHORIC_SUBJECTS
                                         for c in child_tokens(a.head)) for a in [t.head, *t.head.ancestors])
    reported = any(u.tag_ == "MD" for u in t.subtree) or _pluperfect_of_report(t) or any(
        u.lemma_ in SPEECH_VERBS and u.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.tag_ == "PRP"
                                                               for c in child_tokens(u)) for u in [t, *child_tokens(t)])
    return not (cleft or reported)


def _without_dropped_tail(doc: Doc, start: int, end: int, dropped: set[int]) -> int:
    """The span ends before the dropped words at its end."""
    while end - 1 > start and (end - 1 in dropped or _edge_punct(doc[end - 1]) and doc[end - 1].text not in ".!?" + CLOSING_QUOTES
                               and end - 2 in dropped):
        end -= 1
    return end


def _with_lost_predicate(doc: Doc, start: int, end: int, verb: Token, nonfinite: bool) -> int:
    """'announced the new fund, to be named X, would be running itself': a noun phrase
    reported, then a modal predicate with no subject that the parser hung elsewhere; the
    noun phrase is its subject, and the statement is the whole clause."""
    if not nonfinite:
        return end
    k = end
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].tag_ != "MD" or doc[k].dep_ != "aux":
        return end
    predicate = doc[k].head
    if predicate.i < k or predicate.left_edge.i != k or predicate.head.i == verb.i or verb in predicate.subtree \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child_tokens(predicate)):
        return end
    return _last_word(doc, k, predicate.right_edge.i + 1) + 1


def _before_closing_quote(doc: Doc, start: int, end: int) -> int:
    """'said, "We owe them a great deal", while speaking to reporters': a reported clause that
    opens a quotation ends with it where a comma follows; the words after are the writer's,
    the setting of what was said."""
    first = start - 1 if start > 0 and doc[start - 1].text in QUOTE_PAIRS else start
    if doc[first].text not in QUOTE_PAIRS:
        return end
    closing = QUOTE_PAIRS[doc[first].text]
    close = next((t.i for t in doc_tokens(doc)[first + 1:end] if t.text == closing), None)
    if close is None or close + 1 >= end or doc[close + 1].text != "," \
            or _last_word(doc, start, end) <= close + 1:
        return end
    return close + 1


def _without_gloss_after_quote(doc: Doc, start: int, end: int) -> int:
    """'... breaking the RFTA," the short name for the treaty', 'said "We did our best," and
    the town hall is shut': after a quotation set off by a comma, a bare noun phrase glosses
    it, and so does one set off by a dash ('as in the "suburbs of the capital" — a metaphor for
    ...'); a joined clause with its own subject (no 'that') goes on with the story; all are
    the writer's, so the content ends with the quotation."""
    closes = [t.i for t in doc_tokens(doc)[start + 1:end] if t.text in CLOSING_QUOTES and t.tag_ == "''"
              and (doc[t.i - 1].text == "," or t.i + 1 < end and doc[t.i + 1].text in (",", "—", "–", "--"))]
    if not closes:
        return end
    close = closes[-1]
    rest = [t for t in doc_tokens(doc)[close + 1:end] if not t.is_punct]
    if not rest:
        return end
    gloss = rest[0].pos_ == "DET" and not any(t.pos_ in ("VERB", "AUX") for t in rest)
    story = rest[0].dep_ == "cc" and doc[close - 1].text == "," and not any(t.lower_ == "that" for t in rest[:2]) \
        and any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head in rest for t in rest)
    return close + 1 if gloss or story else end


def _with_split_compound(doc: Doc, start: int, end: int, verb: Token) -> int:
    """'described a shop used as a fireworks store before ...' where the parser ended the
    object at 'fireworks' and hung 'store' elsewhere: two nouns side by side are one phrase,
    so the content goes on to the end of the cue's phrase that holds the second."""
    if end >= len(doc) or end - 1 <= start or doc[end].pos_ not in ("NOUN", "PROPN") \
            or doc[end - 1].pos_ not in ("NOUN", "PROPN") or doc[end].whitespace_ == "" and doc[end].is_punct:
        return end
    phrase = next((c for c in child_tokens(verb) if c.left_edge.i == end and c.i >= end), None)
    return phrase.right_edge.i + 1 if phrase is not None else end


def _without_trailing_relative(doc: Doc, start: int, end: int) -> int:
    """A noun phrase reported ('claimed a win in the poll, which was hit by delays') ends
    before a relative clause set off by a comma at its end: that is the writer describing the
    thing, not what the speaker said. A reported clause keeps it (it may be the speaker's)."""
    roots = _roots(doc, start, end)
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return end
    last = _last_word(doc, start, end)
    for t in doc_tokens(doc)[start:end]:
        if t.dep_ == "relcl" and t.right_edge.i == last and t.left_edge.i > start \
                and doc[t.left_edge.i - 1].text == "," and doc[t.left_edge.i].tag_ in ("WDT", "WP", "WP$", "WRB"):
            return t.left_edge.i - 1
    return end


def _before_missed_sentence(doc: Doc, start: int, end: int) -> int:
    """'... oversight of the centers The Coast Guard said it would ...': a capitalised determiner
    or pronoun opening a subject right after a word, with no stop between, starts a sentence
    the copy lost its full stop before; the content ends there. A proper name opened by 'The'
    ('schools The Hague had promised to fund') starts one only as the subject of the parse's
    root or of a speech verb no relative clause holds ('ports The Coast Guard said it would ...')."""
    tokens = doc_tokens(doc)
    for t in tokens[start + 1:end]:
        before = tokens[t.i - 1]
        if t.text[:1].isupper() and t.pos_ in ("DET", "PRON") and t.text != "I" and before.is_alpha \
                and before.text[-1:].islower() and (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ in ("det", "poss")
                                                    and t.head.dep_ in ("nsubj", "nsubjpass")) \
                and not _inside_a_name_in_the_content(t):
            return t.i
    return end


def _inside_a_name_in_the_content(det: Token) -> bool:
    """'The Hague', 'The Beatles' as the subject of a clause inside the content: a capitalised
    determiner that is part of a name whose verb neither heads the sentence nor says."""
    subject = det if det.dep_ in ("nsubj", "nsubjpass") else det.head
    if det.ent_iob_ == "O" and subject.pos_ != "PROPN":
        return False
    verb = subject.head
    return verb.dep_ != "ROOT" and (verb.lemma_ not in SPEECH_VERBS or verb.dep_ in ("relcl", "acl"))


def _first_word(doc: Doc, start: int, end: int) -> int:
    return next((t.i for t in doc_tokens(doc)[start:end] if not t.is_punct), start)


def _clean_content(text: str) -> str:
    """The content without the punctuation around it; a quotation it opens is closed, one it
    closes is opened ('"wild swings" would slow trade')."""
    text = text.strip(EDGE_PUNCT)
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip(EDGE_PUNCT)     # '... anchors'')': the writer's bracket closes after it
    opening = text.rfind("(")
    inside = text[opening + 1:].split()
    if opening > 0 and 0 < len(inside) <= 3 and all(w.isalnum() for w in inside):
        text += ")"         # '... the European Union (EU', '(for now': the parse left the closing bracket off
    last = text.rfind('"')
    if text.count('"') % 2 and (text.count('"') + text.count("“") + text.count("”")) % 2:
        text = text + '"' if last == 0 or text[last - 1].isspace() else '"' + text
    if text.count("''") % 2:
        text = text + "''" if text.rfind("''") == 0 or text[text.rfind("''") - 1].isspace() else "''" + text
    opened, closed = text.count("“"), text.count("”")
    if (text.count('"') + opened + closed) % 2 == 0:
        return text         # '"more hours” before ...': marks of two kinds that pair
    if opened > closed:
        text += "”"
    elif closed > opened:
        text = "“" + text
    return text


def _without_mark(doc: Doc, start: int, end: int) -> int:
    """The content starts after its complementiser ('said that ...'), not after the
    determiner of 'said that claim ...'; a limiting adverb between a verb and 'that' ('said only
    that ...', 'saying merely that ...') limits the cue and goes with it, and the 'that' after it
    opens the clause, whatever the parser read it as ('only that leadership was ...'); not a 'that'
    that is the clause's subject ('said only that could save the economy': a verb right after it)."""
    if start + 2 < end and doc[start].lower_ in LIMITING_ADVERBS and doc[start + 1].lower_ == "that" \
            and start > 0 and doc[start - 1].pos_ in ("VERB", "AUX") and doc[start + 2].pos_ not in ("VERB", "AUX"):
        start += 2
    while start < end - 1 and (_is_complementiser(doc[start]) or doc[start].is_punct):
        start += 1
    return start


def _is_complementiser(token: Token) -> bool:
    """'that' opening a clause (the parser sometimes mislabels it), not the determiner of
    'that claim' or the subject of 'that is meant to'. ('whether' stays: it is the content.)"""
    if token.lower_ != "that" or _determines_subject(token) and not _opens_a_finding(token):
        return False
    return token.dep_ == "mark" or token.tag_ == "IN" or token.dep_ not in ("det", "nsubj", "nsubjpass", "dobj", "attr") \
        and token.head.pos_ in ("VERB", "AUX") and token.head.i > token.i or _opens_clause_of_own_subject(token)


def _opens_a_finding(that: Token) -> bool:
    """'found that daily demand reached ...': the 'that' the parser marks as opening the clause a verb of
    finding states (SOURCE_FINDING_VERBS) is its complementiser, before a noun that may be one of statement."""
    return that.dep_ == "mark" and that.head.dep_ == "ccomp" and that.head.head.lemma_ in SOURCE_FINDING_VERBS


def _opens_clause_of_own_subject(that: Token) -> bool:
    """'told the clerk that she would appeal' read with 'that' as the object of 'appeal': a 'that'
    opening a reported clause whose subject follows it is its complementiser (no object comes
    before the subject of a reported clause; a relative clause hangs on a noun, not on the cue)."""
    clause = that.head
    return that.dep_ in ("dobj", "nsubj") and clause.dep_ == "ccomp" and clause.left_edge.i == that.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in child_tokens(clause))


_STATEMENT_OR_VIEW_NOUNS = STATEMENT_NOUNS | VIEW_NOUNS


def _determines_subject(that: Token) -> bool:
    """'said that claim smacked of hypocrisy': a singular statement noun right after 'that' with
    no determiner of its own, the subject of the clause, cannot stand bare; 'that' is its
    determiner and stays in the text (a mass noun can: 'said that peace is near')."""
    doc = that.doc
    k = that.i + 1
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    noun = doc[k] if k < len(doc) else None
    return noun is not None and noun.tag_ == "NN" and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.lemma_.lower() in _STATEMENT_OR_VIEW_NOUNS \
        and not any(c.dep_ in ("det", "poss") and c.i != that.i for c in child_tokens(noun))


def _each_speaker(subject: Token, resolver: "SpeakerResolver") -> list[Token]:
    """'Tom Reed and Ann Lowe said': one position for each named speaker."""
    arguing = [c for c in child_tokens(subject) if speaker_after_a_court_participles_object(subject, c) and resolver.named(c)]
    if len(arguing) == 1:
        return arguing                      # "Defending Tom Reed, Ann Lowe said": the lawyer speaks, not the client
    conjuncts = [c for c in subject.conjuncts if c.i > subject.i and not _other_name_of(c)]
    if not conjuncts:
        return [subject]
    if all(resolver.named(t) for t in [subject, *conjuncts]):
        return [subject, *conjuncts]
    both = any(c.dep_ == "preconj" or c.lower_ == "both" for c in child_tokens(subject))
    if both and all(t.lemma_.lower() in ROLE_NOUNS or resolver.named(t) for t in [subject, *conjuncts]):
        return [subject, *conjuncts]        # "both the prime minister and the chancellor"
    named = [t for t in conjuncts if resolver.named(t)]
    if len(named) == 1 and not resolver.named(subject) and (subject.lemma_.lower() in ROLE_NOUNS
                                                            or _a_bare_post_joined_to_a_titled_name(subject, named[0])):
        return named                        # "an expert and former official Dana Weiss": one person
    if conjuncts == named and len(named) == 1 and not resolver.named(subject) and _apposition_read_as_a_conjunct(subject, named[0]):
        return named                        # "Director Public Works Nakuru, Dr Tom Reed, said": one person
    return [subject]                        # "the senator and candidate": one person


def _a_bare_post_joined_to_a_titled_name(subject: Token, conjunct: Token) -> bool:
    """'Former councillor and veteran campaigner Dana Weiss said', 'Retired teacher and parish volunteer X
    said': a singular title word (TITLE_VOCABULARY) with no determiner of its own, joined by 'and' to a name
    that carries a title word of its own right before it, is that one person's first post (two people would
    each take an article or a name: 'The teacher and Dana Weiss said', 'Teacher Ann Lowe and Dana Weiss'; a
    collective noun is many: 'Council staff and manager X', 'Police and Inspector X', COLLECTIVE_SINGULAR_NOUNS)."""
    doc = subject.doc
    before = doc[conjunct.left_edge.i - 1] if conjunct.left_edge.i > 0 else None
    return subject.tag_ in SINGULAR_NOUN_TAGS and subject.lower_ in TITLE_VOCABULARY and before is not None \
        and subject.lower_ not in COLLECTIVE_SINGULAR_NOUNS \
        and before.lower_ == "and" and before.i > subject.i \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in child_tokens(subject)) \
        and any(_a_post_word(t) for t in doc[before.i + 1:conjunct.i])


def _a_post_word(t: Token) -> bool:
    """A common noun naming a person's post or function: a title word, or a doer's noun by its ending
    ('volunteer', 'organiser': AGENT_SUFFIXES) that is no thing's (NON_PERSON_AGENT_NOUNS)."""
    lemma = t.lemma_.lower()
    return t.pos_ == "NOUN" and t.tag_ == "NN" and (lemma in TITLE_VOCABULARY
                                                   or lemma.endswith(AGENT_SUFFIXES) and lemma not in NON_PERSON_AGENT_NOUNS)


def _apposition_read_as_a_conjunct(subject: Token, conjunct: Token) -> bool:
    """'Director Public Works Nakuru, Dr Tom Reed, said': a proper name set off by a comma after
    an unnamed subject with no 'and'/'or' anywhere between is the subject's apposition the parser
    hung on it as a conjunct: the named one speaks, once ('Tom Reed and Ann Lowe' has its 'and')."""
    doc = subject.doc
    first = conjunct.left_edge.i
    return conjunct.pos_ == "PROPN" and first > subject.i + 1 and doc[first - 1].text == "," \
        and not any(t.dep_ in ("cc", "preconj") or t.lower_ in COORDINATORS for t in doc[subject.i + 1:first])


def _other_name_of(conjunct: Token) -> bool:
    """'The Securities Investors Association (Singapore), or Sias, said': a name set off by
    ', or' (and closed by a comma or the cue) is another name of the speaker before it (no
    statement is made by one body or another); not 'Tom Reed or Ann Lowe said', nor 'the
    premier, or his deputy,' (no name), nor the 'and the Energy Commission' after 'the Agency,
    or REA,': a second speaker."""
    doc = conjunct.doc
    first = conjunct.left_edge.i
    after = max([conjunct.i, *(c.right_edge.i for c in child_tokens(conjunct)
                               if c.i > conjunct.i and c.dep_ not in ("conj", "cc", "punct"))]) + 1
    return conjunct.pos_ == "PROPN" and first >= 2 and doc[first - 1].lower_ == "or" and doc[first - 1].dep_ == "cc" and doc[first - 2].text == "," \
        and after < len(doc) and (doc[after].text == "," or doc[after].pos_ in ("VERB", "AUX"))


def _is_source(verb: Token, subject: Token) -> bool:
    """Not "neither X nor Y would endorse" (a stance the cue's words cannot carry), nor a
    stance reported inside someone else's statement, nor "several oppose the deal" or
    "both of whom opposed it" (a share of a group)."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in child_tokens(subject)) or _either_of(subject):
        return False
    if subject.pos_ == "PRON" and subject.lower_ in _DEMONSTRATIVE_OR_WRITER_PRONOUNS:
        return False        # "This suggested ...": a fact; "you can call it what you want": no one
    if verb.lemma_ in STANCE_VERBS and any(a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB" for a in verb.ancestors):
        return False        # "sources say she backs the plan": the sources' claim, not her stance
    outer = _reporting_verb(verb)
    if outer is not None and (outer.lemma_ == "ask" or subject.pos_ == "PRON" or _negated(verb)
                              or verb.lemma_ in CLAUSE_ONLY_CUES):
        return False        # "asked why he thought ...", "said they believe ...", "says X never told them"
    if outer is not None and _modal(verb):
        return False        # "she said they would announce ...": a statement not (yet) made
    if subject.lower_ in PERCENT_SIGNS or any(_counted_share(c) for c in subject.conjuncts):
        return False        # "61 percent said ...", "prefer X and 1 percent support Y": a share a poll counted
    if _denied_by_quantifier(subject):
        return False        # "few experts believe that": what they do not say
    if _hypothetical(verb) or _poll_finding(verb) or subject.lemma_.lower() in SHARE_NOUNS or _fraction(subject):
        return False        # "if X said ...", "Say X demanded ...", "a poll found most oppose", "a majority expect"
    if _quantified(subject) and not _can_speak(subject) and not _has_clause(verb):
        return False        # "at least seven colleges have announced job cuts": the writer's count of acts
    written = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    return not (verb.lemma_ in STANCE_VERBS and any(_quantified(s) for s in (subject, written) if s is not None))


def _conjectured(verb: Token) -> bool:
    """'Many farmers would hope the rains come', 'the returns might reveal ties': a modal of
    conjecture on the cue makes the stance the writer's guess, not one taken. Kept: a negated
    cue ('would not endorse': a refusal), the past's future ('would later say'), and a cue
    reported by another (judged by _is_source)."""
    modals = {c.lower_ for c in child_tokens(verb) if c.dep_ == "aux" and c.lower_ in CONJECTURE_MODALS}
    if modals == {"could"} and verb.lemma_ in ABILITY_REPORT_VERBS:
        return False        # 'doctors could confirm that ...': the past of 'can', what was known
    if modals == {"would"} and _habitual(verb):
        return False        # 'every week he would tell voters ...': a statement repeated
    return bool(modals) and not _negated(verb) \
        and not any(c.dep_ == "advmod" and c.lower_ in NARRATED_FUTURE_ADVERBS for c in child_tokens(verb)) \
        and _reporting_verb(verb) is None


def _not_done(verb: Token) -> bool:
    """'failed to disclose the losses', 'refused to confirm the talks', 'avoided saying whether':
    the cue is the infinitive (or, after a verb of avoiding, the gerund) of a negative implicative
    verb, so the speech it names never took place."""
    return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in NEGATIVE_IMPLICATIVE_VERBS
                                     and any(c.tag_ == "TO" for c in child_tokens(verb))
                                     or verb.head.lemma_.lower() in AVOIDANCE_VERBS and verb.tag_ == "VBG")


def _cause_unrealised(cause: Token) -> bool:
    """'did not force the council to announce', 'failed to prompt', 'could lead X to deny', 'wants
    to force X to admit': the cause is negated, a modal's or an infinitive's, so the act it would
    imply is not reported as done."""
    return _negated(cause) or _modal(cause) or cause.dep_ == "xcomp"


def _asks_for_anonymity(verb: Token) -> bool:
    """'an official, who asked not to be named, said ...': a request made about the speaker's
    own name (a negated passive infinitive with nothing of its own: 'not to be named/identified',
    whatever reason or place it gives: 'not to be identified, fearing reprisals') says nothing on
    the story; 'asked the council to act', 'asked not to be charged for the repairs' are requests made."""
    return any(c.dep_ == "xcomp" and any(d.dep_ == "neg" for d in child_tokens(c))
               and any(d.dep_ == "auxpass" for d in child_tokens(c))
               and not any(d.dep_ in ("dobj", "ccomp", "xcomp") or d.dep_ in ("prep", "advcl")
                           and c.lemma_ not in ANONYMITY_VERBS for d in child_tokens(c))
               for c in child_tokens(verb)) and not any(c.dep_ == "dobj" for c in child_tokens(verb))


def _asks_for_records(verb: Token) -> bool:
    """'asked the bank for copies of its statements', 'asked the council for details': asking
    someone for papers or facts is an act of finding out, no stance ('asked the court for a
    retrial', 'asked the minister to resign' are demands)."""
    return verb.lemma_ == "ask" and any(c.dep_ == "dobj" for c in child_tokens(verb)) \
        and not any(c.dep_ == "xcomp" for c in child_tokens(verb)) \
        and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in REQUESTED_RECORD_NOUNS for o in child_tokens(c)) for c in child_tokens(verb))


def _prescribed(verb: Token) -> bool:
    """'Ms Lowe should admit she erred', 'the party would do well to court farmers,
    stressing ...', '..., and the agency must report back each year on how the money is spent': a
    cue under a modal of advice in the sentence's main clause (or one joined to it) is what the
    writer prescribes, no statement made ('should have said' is one not made; 'must have said'
    is a guess at a real one)."""
    v = verb
    while True:
        auxes = {c.lower_ for c in child_tokens(v) if c.dep_ == "aux"}
        advised = auxes & ADVICE_MODALS or "would" in auxes and v.lemma_ == "do" and any(
            c.lower_ == "well" for c in child_tokens(v))
        if advised and not ("have" in auxes and "must" in auxes):
            return v.dep_ == "ROOT" or v.dep_ == "conj" and v.head.dep_ == "ROOT" and _has_subject(v)
            #   '..., and the agency must report back each year on ...': a main clause joined to the root
        if v.dep_ not in ("xcomp", "advcl", "conj") or v.head.i == v.i or v is not verb and v.lemma_ in CUE_VERB_LEMMAS:
            return False
        v = v.head


def _habitual(verb: Token) -> bool:
    """'often', 'every week', 'each time' on the verb: 'would' is the past habitual."""
    return any(c.lower_ in FREQUENCY_ADVERBS or c.dep_ in ("npadvmod", "advmod", "prep", "obl")
               and any(d.dep_ == "det" and d.lower_ in DISTRIBUTIVE_DETERMINERS for d in c.subtree)
               for c in child_tokens(verb))


def _voted(verb: Token) -> bool:
    """'98 senators voted to insist on a review', 'the panel backed the tower by nine votes to
    two': what a vote decided is an act of the voters, not a statement of theirs."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ in VOTING_VERBS and verb.i > verb.head.i \
        and any(c.tag_ == "TO" for c in child_tokens(verb)) \
        or any(c.dep_ == "prep" and c.lower_ == "by" and any(o.dep_ == "pobj" and o.lemma_.lower() in VOTE_COUNT_NOUNS
                                                            for o in child_tokens(c)) for c in child_tokens(verb))


def _means_of_act(verb: Token) -> bool:
    """'as she did last spring by ordering the closure of X': a participle after 'by'
    says how an act was done; with a noun phrase it narrates the act, it states nothing."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "by"


def _record_of_stance(verb: Token) -> bool:
    """'has supported gay rights and ...', 'supported education and farming': a verb of a held
    stance in the past or perfect whose object is a general noun (no determiner, owner, number or
    complement) describes the subject's record; 'backed the plan', 'backed plans to write off debt' are stances taken."""
    if verb.lemma_ not in RECORD_STANCE_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False        # 'the unions oppose tariffs': a stance held now
    obj = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None)
    return obj is not None and obj.tag_ in ("NN", "NNS") and not any(
        c.dep_ in ("det", "poss", "nummod", "prep", "acl", "relcl") for c in child_tokens(obj))


def _counted_beneficiaries(verb: Token) -> bool:
    """'The charity supports about 90 families', 'the trust backs 300 carers': a verb of support
    whose object is a bare count of people (a number, no determiner) says whom the subject helps,
    no stance; 'backs the three proposals', 'supports both bills', 'backs two new schools' are stances."""
    obj = _counted_object(verb)
    return obj is not None and (_names_a_person(obj) or obj.lemma_.lower() in FAMILY_NOUNS)


def _counted_object(verb: Token) -> Token | None:
    """The object of a verb of support that is a bare count ('supports about 90 families', 'supported
    5000 jobs': a number, no determiner): what the subject sustains, no stance; else None."""
    if verb.lemma_ not in RECORD_STANCE_VERBS:
        return None
    obj = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NNS" or not any(c.dep_ == "nummod" and c.tag_ == "CD" for c in child_tokens(obj)) \
            or any(c.dep_ in ("det", "poss") for c in child_tokens(obj)):
        return None
    return obj


def _narrated_support(verb: Token) -> bool:
    """'Fighting goes on as Arland and Belvia back the rebels': a verb of siding with someone in
    the writer's 'as'/'because' clause narrates who sides with whom; it reports no statement."""
    return verb.lemma_ in RECORD_STANCE_VERBS and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in NARRATIVE_SUBORDINATORS for c in child_tokens(verb))


def _bare_reference(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """'contested that view', 'announced this change on Monday', 'denied the claims': an object
    that only points back at something said before, with at most when, where or how it was
    done beside it, is no content ('denied the claims of fraud', 'a ban on imports' are)."""
    if _has_clause(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and start <= c.i < end), None)
    if obj is None or not (_points_back(obj) or _bare_stance_object(obj, verb)):
        return False
    covered = {t.i for t in obj.subtree}
    for c in child_tokens(verb):
        if c.i != obj.i and (c.dep_ in ("punct", "advmod", "npadvmod") or _is_time(c) or c.dep_ == "prep"
                             and c.lower_ in _SETTING_OR_MEDIUM_PREPOSITIONS and not _names_an_author(c)
                             and not any(g.dep_ == "pcomp" for g in c.children)   # 'by saying it would ...': content
                             or _hearer_phrase(c)):
            covered |= {t.i for t in c.subtree}
    return all(i in covered or doc[i].is_punct for i in range(start, end))


def _hearer_phrase(phrase: Token) -> bool:
    """'to journalists in Kano', 'to the court', 'to him': who was told, no part of what was told
    ('attributed this to the drought' names a thing: that may be the content)."""
    if phrase.dep_ != "prep" or phrase.lower_ != "to":
        return False
    hearer = next((c for c in child_tokens(phrase) if c.dep_ == "pobj"), None)
    if hearer is not None and _an_amount(hearer):
        return False        # 'reported a jump in profit to Dh1.18 billion': the level reached, no one told
    return hearer is not None and (hearer.lower_ in SITTING_HEARER_NOUNS or hearer.lemma_.lower() in SITTING_HEARER_NOUNS
                                   or hearer.pos_ != "PRON" and _can_speak(hearer) or hearer.lower_ in HEARER_PRONOUNS)


def change_of_the_object(verb: Token, change: Token) -> bool:
    """'reported revenue of £512mn, up 9 per cent', 'reported a profit of $8m, up from $7m': the
    change of the amount the cue's object gives, hung on the cue after that object, is part of what
    was reported (`_change_of_the_object`, `_change_next_to_object`); read so for the statement's
    span and for the figure's claimant alike. Not an adverb with a subject of its own ('..., its shares
    up 5 per cent', '..., the rand down 2 per cent'): a fact of another thing, no change of the object."""
    return _change_of_the_object(change) and _change_next_to_object(verb, change) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child_tokens(change))


def _change_of_the_object(phrase: Token) -> bool:
    """'reported revenue of £512mn, up 9 per cent', '..., up from £33.9m the year before': an
    adverb of change ('up', 'down') hung on the cue with an amount in its phrase measures the change of
    the figure the object gives; it is part of what was reported, not how or when it was said."""
    return phrase.dep_ == "advmod" and phrase.lower_ in COMPARING_ADVERBS \
        and any(_an_amount(t) for t in phrase.subtree if t.i != phrase.i)


def _change_next_to_object(verb: Token, change: Token) -> bool:
    """The object holds a sum or a percentage, and the change follows it with nothing between but
    punctuation or a phrase of the object's own the parser hung on the cue ('profits of £41.2m in its
    latest accounts, up from £33.9m'). One told or a time ('reported the figures to parliament on
    Tuesday, down 3 per cent'), which the span could not skip, keeps the change out: the object alone
    is read."""
    obj = next((c for c in child_tokens(verb) if c.dep_ == "dobj" and c.i < change.i), None)
    if obj is None or not any(t.ent_type_ in ("MONEY", "PERCENT") for t in obj.subtree):
        return False    # 'reported the leak to three councillors, up from two': no figure of the object's changed
    own = {t.i for r in child_tokens(verb) if r.dep_ == "prep" and obj.i < r.i < change.i
           and not _hearer_phrase(r) and not _is_time(r) for t in r.subtree}
    return all(verb.doc[i].is_punct or i in own for i in range(obj.right_edge.i + 1, change.left_edge.i))


def _an_amount(noun: Token) -> bool:
    """'Dh1.18 billion', '£4m', '12 per cent', 'to 300': evidence's amount narrowed to a sum of money, a
    percentage or a bare number (a word that is one, or holds its digits: 'Dh1.18'), which no one can be
    told. A counted noun ('300 staff', 'two ministers', '40 mayors') is no amount: they are people, and
    can be the ones told."""
    return is_an_amount(noun) and (noun.like_num or noun.ent_type_ in ("MONEY", "PERCENT")
                                    or any(ch.isdigit() for ch in noun.text)
                                    or any(c.tag_ == "$" for c in child_tokens(noun)))


def _bare_stance_object(obj: Token, verb: Token) -> bool:
    """'backed the deal', 'opposed the plan', 'proposed a freeze': a stance or proposal whose
    object is a common noun with only an article says nothing alone (which deal, what freeze);
    kept where the object carries content of its own: a name ('the Velmark deal'), an owner
    ('Orlesk's bid'), a phrase or clause ('a freeze on rents', 'the plan to close X'), a number."""
    if verb.lemma_ not in _STANCE_OR_PROPOSING or obj.pos_ != "NOUN":
        return False
    own = [c for c in obj.children if not c.is_punct and not _is_time(c) and not _place_of_saying(c)]     # 'a freeze on Monday': when
    return len(own) == 1 and own[0].dep_ == "det" and own[0].lower_ in ARTICLES


_STANCE_OR_PROPOSING = STANCE_VERBS | PROPOSING_VERBS     # united once, not per object
_PLACES_OF_SAYING = SAYING_OCCASIONS | SAYING_CHAMBERS


def _place_of_saying(phrase: Token) -> bool:
    """'defended the proposal in the state parliament', 'condemned the plan at a meeting of the
    board': a phrase hung on the object whose noun is a body or gathering where things are said
    (SAYING_OCCASIONS, or a chamber: SAYING_CHAMBERS) says where the cue was spoken, not which
    proposal. Not a court ('welcomed the ruling in the Supreme Court': the court's ruling) nor
    people ('welcomed the rise in residents')."""
    return phrase.dep_ == "prep" and phrase.lower_ in SETTING_PREPOSITIONS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _PLACES_OF_SAYING
        for o in child_tokens(phrase))


def _bare_occasion_of_saying(phrase: Token) -> bool:
    """'at the briefing', 'at a news conference', 'in an interview': a phrase 'at'/'in' whose noun is
    an occasion of saying (SAYING_EVENTS: no chamber, body or person, which may be what is
    criticised: 'lashed out at the state assembly') with nothing after the noun ('at the conference
    of ...' is left as it was) is no content."""
    obj = next((o for o in child_tokens(phrase) if o.dep_ == "pobj"), None)
    return phrase.lower_ in OCCASION_PREPOSITIONS and obj is not None and obj.lemma_.lower() in SAYING_EVENTS \
        and obj.right_edge.i == obj.i and phrase.right_edge.i == obj.i


def _definition(verb: Token) -> bool:
    """'The agency characterizes events where four people die as mass shootings', 'the bureau
    classes storms above 119 km/h as hurricanes': a verb of sorting in the present whose object is
    a generic plural (no determiner) with an 'as' phrase states a definition, not a claim;
    'characterized the talks as productive' is one."""
    if verb.lemma_ not in DEFINING_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children) \
        and any(t.dep_ == "prep" and t.lower_ == "as" for t in verb.subtree if t.i > obj.i)


def _names_an_author(prep: Token) -> bool:
    """'rejected the report by the auditors': a medium's preposition whose object is a plural
    noun says whose the object is, not how it was done ('by letter', 'via Twitter')."""
    return prep.lower_ in MEDIUM_PREPOSITIONS - SETTING_PREPOSITIONS and any(
        o.tag_ == "NNS" for o in child_tokens(prep) if o.dep_ == "pobj")


def _points_back(obj: Token) -> bool:
    """'it', 'that view', 'this change', 'the claims': a noun phrase with nothing of its own; when or where it
    was said is nothing of its own ('announced the move on Thursday', 'the decision in parliament')."""
    own = [c for c in child_tokens(obj) if not c.is_punct and not _is_time(c) and not _place_of_saying(c)]
    if obj.lower_ in REFERRING_PRONOUNS:
        return not own
    if len(own) != 1 or own[0].dep_ != "det" or obj.pos_ != "NOUN":
        return False
    return own[0].lower_ in DEMONSTRATIVES or own[0].lower_ == "the" and obj.lemma_.lower() in REFERENCE_NOUNS


def _subject_left_behind(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """'creating what the farmers said was political fraud': the content clause's
    subject stands before the cue, and the text ('was political fraud') has lost it."""
    heads = _roots(doc, start, end)
    return any(h.pos_ in ("VERB", "AUX") and h.tag_ in FINITE_VERB_TAGS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < min(start, verb.i) for c in child_tokens(h)) for h in heads)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUXILIARIES for c in child_tokens(verb))


def _clause_head(verb: Token) -> Token:
    """The verb whose clause holds the cue ('if X were to say': 'were')."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _hypothetical(verb: Token) -> bool:
    """'If X said the plan was dead ...', 'Say the council demanded ...', 'Suppose the minister
    announced ...': a statement supposed, not made."""
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in child_tokens(_clause_head(verb))):
        return True
    first = doc_tokens(verb.doc)[sentence_start(verb)]
    return first.i != verb.i and first.lower_ in SUPPOSING_IMPERATIVES \
        and first.dep_ not in ("nsubj", "nsubjpass", "compound", "poss") \
        and not _has_subject(first) \
        and (first.head.i == verb.i and not _own_complement(first) or first in verb.ancestors)


def _own_complement(verb: Token) -> bool:
    """'Say what you want, X said ...': the imperative has its own object or clause, so
    the clause after it is stated, not supposed ('Say X demanded ...' has none)."""
    return any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in child_tokens(verb))


def _opening_imperative(verb: Token) -> bool:
    """A bare verb opening the sentence with no subject ('Say what you want, X said ...'):
    the writer addresses the reader; it takes no speaker from the clause it leans on."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.i == verb.sent.start \
        and not any(c.dep_ in ("aux", "mark") for c in child_tokens(verb))


def _either_of(subject: Token) -> bool:
    """'Either Reed or Lowe will win': the sentence does not say which one speaks."""
    return any(c.lower_ == "either" and c.dep_ in ("preconj", "det") for c in child_tokens(subject)) \
        and any(c.dep_ == "conj" for c in child_tokens(subject))


def _counted_share(token: Token) -> bool:
    """'1 percent', 'a third', 'a majority', 'three in four': a bare share as a poll counts it.
    Conjoined to a name ('prefer X and 1 percent support Y' parsed as one subject) it shows the
    parse has joined a poll's object to the next share: no one of the phrase speaks."""
    return token.lower_ in PERCENT_SIGNS or token.lemma_.lower() in SHARE_NOUNS or token.lower_ in FRACTION_WORDS \
        or _fraction(token)


def _fraction(subject: Token) -> bool:
    """'Almost seven of 10 parents', 'three in four voters', 'two out of three': a share of a
    group, as a poll counts it, not a source."""
    return any(c.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ in POLL_SHARE_LINKS for q in child_tokens(c))
               for c in child_tokens(subject)) \
        or subject.tag_ == "CD" and any(c.dep_ == "prep" and c.lower_ in POLL_SHARE_PREPOSITIONS
                                        and any(g.tag_ == "CD" for g in c.subtree) for c in child_tokens(subject)) \
        or subject.tag_ == "CD" and any(c.dep_ == "prep" and c.lower_ == "of"
                                        and any(g.dep_ == "pobj" and g.tag_ == "CD" for g in child_tokens(c)) for c in child_tokens(subject))


def _poll_finding(verb: Token) -> bool:
    """'A poll found that most voters oppose the plan': what a count of opinions found is no
    one's statement."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in POLL_NOUNS
               for a in verb.ancestors for c in child_tokens(a))


def _ruling(verb: Token, subject: Token) -> bool:
    """A court's or judge's stance on a request, case or law ('rejected', 'dismissed',
    'backed', 'denied the appeal') is its ruling, not a statement ('the judge said that ...',
    'denied that ...' are)."""
    if subject.lemma_.lower() not in JUDICIAL_NOUNS:
        return False
    return verb.lemma_ in STANCE_VERBS or verb.lemma_ == "deny" and not _has_clause(verb)


def _reporting_verb(verb: Token) -> Token | None:
    """The speech verb whose reported clause holds this cue ('X said they believe ...',
    'Asked why he thought ...'): that statement, or that question, is the position; the
    cue inside it is none of its own. A verb coordinated with the cue ('said ... and added')
    does not report it, nor one the parser joined to a passive clause it cannot share
    ('said they were ignored and urged ...', see _active_joined_to_passive)."""
    if verb.dep_ == "conj" and _active_joined_to_passive(verb):
        return None
    if verb.dep_ == "conj" and _next_statement_of_reporter(verb):
        return _reporting_verb(verb.head.head)  # the reporter's own, reported where the reporter is ('X said Y told him ... and suggested')
    clause = verb.head if verb.dep_ == "conj" else verb
    head = clause.head
    if head.i != clause.i and head.lemma_ in SPEECH_VERBS and head.pos_ == "VERB" and (
            clause.dep_ == "ccomp" or head.lemma_ == "ask" and clause.dep_ in ("advcl", "xcomp")):
        return head
    return None


def _denied_by_quantifier(subject: Token) -> bool:
    """'few experts believe', 'no official said': the sentence says the claim is NOT made
    ('a few experts' do make it)."""
    return any(c.dep_ in ("amod", "det") and c.lower_ in NEGATIVE_QUANTIFIERS
               and not any(g.lower_ == "a" for g in child_tokens(c)) for c in child_tokens(subject)) \
        and not any(c.lower_ == "a" for c in child_tokens(subject))


def _quantified(subject: Token) -> bool:
    """'both of whom', 'several', 'not everyone', '59 percent': a share of a group, not a source."""
    return subject.lower_ in QUANTIFIER_SUBJECTS or subject.tag_ == "CD" or subject.lower_ in PERCENT_SIGNS \
        or any(c.dep_ in ("amod", "det") and c.lower_ in QUANTIFIERS - {"other"} for c in child_tokens(subject)) \
        or any(c.dep_ == "nummod" for c in child_tokens(subject)) \
        or any(c.dep_ == "prep" and c.lower_ == "of"
               and any(g.lower_ in PARTITIVE_OF_PRONOUNS for g in child_tokens(c)) for c in child_tokens(subject))


def _is_participle(verb: Token) -> bool:
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp", "pcomp", "conj", "relcl")


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "parataxis") for c in child_tokens(verb)) or verb.lemma_ in REQUEST_CUES and any(
        c.dep_ == "xcomp" for c in child_tokens(verb))


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in child_tokens(verb))


def _expressed(verb: Token) -> tuple[Token, Token] | None:
    """'expressed doubt that ...', 'voiced concern that ...': the noun and its clause."""
    noun = next((c for c in child_tokens(verb) if c.dep_ == "dobj" and c.lemma_.lower() in EXPRESSED_NOUNS), None)
    if noun is None:
        return None
    clause = next((t for t in verb.subtree if t.i > noun.i and t.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in child_tokens(t))), None)
    return (noun, clause) if clause is not None else None


def _makes_clear(verb: Token) -> bool:
    """'made clear that ...', 'made it clear that ...'."""
    return any(c.lower_ == "clear" for c in child_tokens(verb))


_PASSIVE_OR_TELLING_CUES = PASSIVE_CUES | VERBNET_TELL     # united once, not per cue


def _passive_agent(verb: Token) -> Token | None:
    """'The raid was claimed by the Front': the Front claims (not a count of things: 'was
    proclaimed the winner by just 90 votes' is the margin; 'by 300 delegates' speak)."""
    if verb.lemma_ not in _PASSIVE_OR_TELLING_CUES or not any(c.dep_ in ("nsubjpass", "auxpass") for c in child_tokens(verb)):
        return None
    agent = next((c for c in child_tokens(verb) if c.dep_ == "agent"), None)
    obj = next((c for c in child_tokens(agent) if c.dep_ == "pobj"), None) if agent is not None else None
    if obj is not None and any(c.dep_ == "nummod" for c in child_tokens(obj)) and not _can_speak(obj):
        return None
    return obj


def _told_by(verb: Token) -> tuple[int, int] | None:
    """'He was told by the minister that ... / of ...': the clause or the 'of'/'about' phrase,
    never the subject (the one told)."""
    clause = next((c for c in child_tokens(verb) if c.dep_ == "ccomp"), None)
    if clause is not None:
        return _span_of(clause, verb)
    prep = next((c for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ in TOLD_TOPIC_PREPOSITIONS and c.i > verb.i), None)
    return (prep.i + 1, prep.right_edge.i + 1) if prep is not None and len(list(prep.subtree)) > 2 else None


def _passive_content(verb: Token) -> tuple[int, int] | None:
    """What a passive cue reports: its subject ('The attack was claimed by X'); none where an
    infinitive says what of it ('X was reported by Y to have left': not one span of words)."""
    subj = next((c for c in child_tokens(verb) if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in _ANAPHORIC_OR_RELATIVE_SUBJECTS or subj.pos_ == "PRON":
        return None
    if any(c.dep_ == "xcomp" for c in child_tokens(verb)):
        return None         # "X was reported by Y to have left": the words are not one span
    return subj.left_edge.i, subj.right_edge.i + 1


_PREPOSITION_CUES_OR_CALL = PREPOSITION_CUES | {"call"}      # united once, not per call


def _cue_text(verb: Token) -> str:
    words = [verb.text]
    negation = [t for t in verb.lefts if t.dep_ in ("aux", "neg") and t.i > verb.i - 4] if _negated(verb) else []
    if negation:                # "would not endorse", "didn't say": the negation is part of the stance
        words = [verb.doc[negation[0].i:verb.i + 1].text]
    particle = next((c for c in child_tokens(verb) if c.dep_ == "prt" or (
        c.dep_ == "prep" and c.lower_ in CUE_PREPOSITIONS and verb.lemma_ in _PREPOSITION_CUES_OR_CALL)), None)
    if verb.lemma_ == "make":
        words.append("clear")                           # "made clear"
    elif verb.lemma_ in EXPRESS_VERBS and _expressed(verb):
        words.append(_expressed(verb)[0].text)          # "expressed doubt"
    elif particle is not None and particle.i == verb.i + 1:
        words.append(particle.text)
    elif verb.lemma_ in SELF_REQUEST_CUES and verb.i + 1 < len(verb.doc) \
            and verb.doc[verb.i + 1].lower_ in CUE_PREPOSITIONS:
        words.append(verb.doc[verb.i + 1].text)        # "called for the minister to resign"
    return " ".join(words)


def _quoted_as_saying(current: Token, verb: Token) -> Token | None:
    """'the statement quoted the chairman, Dr X, as saying ...', 'Tern Wire quoted an official as saying':
    a verb of quoting (active) over an 'as' phrase that holds the cue names the one quoted as its object;
    he is the speaker, the one quoting (a paper, a statement, a body: its head is in QUOTING_BODY_HEADS) only
    passes his words on. A person who quotes another ('Ann Lowe quoted her father as saying'), or a name with
    no such head whatever the recogniser types it, speaks herself: not read here."""
    if current.i == verb.i or current.lemma_ not in QUOTING_VERBS:
        return None
    quoter = next((c for c in child_tokens(current) if c.dep_ == "nsubj"), None)
    if quoter is None or quoter.pos_ == "PRON" or quoter.ent_type_ == "PERSON" \
            or quoter.lemma_.lower() in ROLE_OR_PERSON_NOUNS \
            or not (quoter.lower_ in QUOTING_BODY_HEADS or quoter.lemma_.lower() in QUOTING_BODY_HEADS):
        return None     # a proper name with no such head ('Nadia Ferrow', typed a body or not) speaks herself
    if not any(c.dep_ == "prep" and c.lower_ == "as" and c.is_ancestor(verb) for c in child_tokens(current)):
        return None
    return next((c for c in child_tokens(current) if c.dep_ == "dobj"), None)


def _reporter_of_relative(clause: Token, current: Token) -> bool:
    """'a builder, which she said had promised to finish the work': the relative clause is a verb of speech
    with a subject of its own over the clause that holds the cue; what the relative pronoun did is what that
    subject says of it, no statement of the antecedent's own."""
    return clause.i != current.i and clause.lemma_ in SPEECH_VERBS \
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in child_tokens(clause))


def _said_by_the_quoted(verb: Token) -> bool:
    """'quoted a police spokesman as saying two men had been held': the participle of speech in the 'as'
    phrase of a verb of quoting is the cue of the one quoted (see _quoted_as_saying)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "as" and _quoted_as_saying(verb.head.head, verb) is not None


def _subject(verb: Token) -> Token | None:
    """The subject of a cue, looking through 'was quoted as saying', 'went on to say',
    conjoined verbs ('attacked ... and accused') and relative clauses ('who said').
    A passive cue's subject is what is reported, not who reports it ('are reported to')."""
    current = below = verb
    reporter = _speaks_on(verb)
    if reporter is not None:
        current = below = reporter      # 'X said the port would close, saying ...': X says it
    for _ in range(4):
        quoted = _quoted_as_saying(current, verb)
        if quoted is not None:
            return quoted       # 'the statement quoted the chairman as saying': the chairman says it
        subjects = [c for c in child_tokens(current) if c.dep_ in ("nsubj", "nsubjpass")]
        if current.i != verb.i and len(subjects) > 1 and any(c.i < below.i for c in subjects):
            subjects = [c for c in subjects if c.i < below.i]   # 'X, despite admitting ..., the victims need': X's
        subj = max(subjects, key=lambda c: c.i, default=None)    # the nearest: 'Chile's president [Ana Ruiz] said
        if subj is not None:
            subj = _name_before_its_set_off_tag(subjects) or subj
        if subj is not None and current.i == verb.i:
            subj = _name_read_as_modifier_before(verb, subj) or subj
        if subj is not None and _object_of_a_fronted_preposition(subj):
            subj = _subject_set_off_before(current, subj)
            if subj is None:
                return None     # 'In X, where ..., [no speaker the commas set off] said': nobody, not the place
        if subj is not None:
            if subj.dep_ == "nsubjpass" and current.lemma_ != "quote" and not _raised_subject(verb, current, below):
                return None
            if subj.tag_ in ("WP", "WDT") or subj.lower_ in RELATIVE_PRONOUNS or _of_whom(subj):
                # "the department, which reported ...": the speaker is what the clause describes
                clause = next((t for t in [current, *current.ancestors] if t.dep_ == "relcl"), None)
                if clause is not None and _reporter_of_relative(clause, current):
                    return None     # 'a developer, which she said had promised ...': her claim, not its promise
                return _relative_antecedent(clause.head) if clause is not None else None
            if current.i != verb.i and not _can_speak(subj) \
                    and not (_joined_finite(below, current) and subj.lemma_.lower() in ORG_HEADS) \
                    and subject_after_fronted_participle(subj) is subj:
                return None     # "the incident ..., remarking": a participle's speaker is an agent
            #                     (not 'Reacting, the chairman, Hon. X, welcomed … and urged …': X, read by the resolver)
            return subj
        if current.dep_ == "conj" and (_active_joined_to_passive(current) or _next_statement_of_reporter(current)):
            below, current = current, current.head.head     # 'were ignored and urged X to ...': the reporter's
            continue
        if current.i == verb.i and _predicate_read_as_modifier(verb):
            return verb.sent.root
        if current.i == verb.i:
            missed = _subject_read_as_modifier(verb)
            if missed is not None:
                return missed
        if verb.lemma_ == "ask" or current.dep_ not in ("xcomp", "conj", "pcomp", "prep", "advcl"):
            return None     # "Asked why ..., X said": the question is put to X, not by X
        if _opening_imperative(current):
            return None     # "Say what you want, X said ...": not X's "say"
        if current.dep_ == "conj" and _bare_after_past(current):
            return None     # "X welcomed the pledge that Y would hold talks, and condemn ...": Y's, misjoined
        if current.dep_ == "conj" and _content_clause(current.head):
            partner = _conjoined_above(current)
            if partner is None:
                return None     # a clause's subject is not a verb's joined to the clause's owner
            below, current = current, partner
            continue
        if current.dep_ == "advcl" and current.tag_ == "VBG" and _after_concessive_object(current):
            return None
        obj = next((c for c in child_tokens(current.head) if c.dep_ == "dobj" and c.i < current.i), None)
        if obj is not None and current.head.lemma_ in IMPLICATIVE_CAUSE_VERBS:
            if current.dep_ in ("xcomp", "advcl") and _cause_unrealised(current.head):
                return None     # "did not force the council to announce", "could prompt X to deny": no act
            if current.dep_ == "xcomp" or current.dep_ == "advcl" and current.tag_ == "VB":
                # "forced X to admit", "prompted its union to announce" (an infinitive the parser may
                # hang as an adverbial): X admits, never the subject; a body given by its kind too
                return obj if _can_speak(obj) or obj.lemma_.lower() in ORG_HEADS else None
        if current.dep_ == "xcomp" and obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ or
                                                            obj.lemma_.lower() in ROLE_OR_PERSON_NOUNS):
            return None     # "asked X to admit": the asker does not admit, and X only may
        if current.dep_ in ("xcomp", "advcl") and current.tag_ == "VB" and obj is not None \
                and current.head.lemma_ in OBJECT_CONTROL_VERBS:
            return None     # "lobbied countries to back X": the countries would back it, not the lobbyist
        below, current = current, current.head
    return None


_FINITE = ("VBD", "VBZ", "VBP")


def _relative_antecedent(head: Token) -> Token:
    """'the prosecutor's office in Hamburg, which confirmed ...': a city or region the parser
    took for the antecedent, where it only places a body, is not who speaks: the body is (a
    country may speak for itself: 'the embassy in Chad, which said' stays Chad's)."""
    prep = head.head
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in BODY_PLACE_PREPOSITIONS \
            and prep.head.pos_ in ("NOUN", "PROPN") and head.pos_ == "PROPN" and _city_or_region(head):
        return prep.head
    return head


def _city_or_region(token: Token) -> bool:
    name = name_ending_at(token)
    return (is_known_place(name) or token.ent_type_ == "GPE") and not is_country_name(name)


def _content_clause(verb: Token) -> bool:
    """A 'that'-clause that is the object of a verb or the content of a noun ('his forecast
    that the country would recover'), with a subject of its own."""
    return verb.dep_ in ("ccomp", "acl") and _has_subject(verb) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in child_tokens(verb))


def _joined_finite(conj: Token, verb: Token) -> bool:
    """'The council denies this and says ...': a finite verb joined to another finite verb
    shares its subject as if it were its own (a body speaks on; a participle's subject, by
    contrast, may be an agent that speaks not: 'the storm ..., warning')."""
    return conj.dep_ == "conj" and conj.head.i == verb.i and conj.tag_ in _FINITE and verb.tag_ in _FINITE


def _bare_after_past(conj: Token) -> bool:
    """A bare verb ('condemn') joined to a finite past or third-person verb with no auxiliary
    of its own: no English coordination; the parser has misjoined it, its subject is unknown."""
    return conj.tag_ == "VB" and conj.head.tag_ in ("VBD", "VBZ") and not _has_auxiliary(conj)


def _conjoined_above(conj: Token) -> Token | None:
    """The verb a subjectless finite verb the parser joined to a 'that'-clause is really joined
    to: 'X dropped his forecast that Y would recover, and blamed ...' is X's 'blamed', not Y's.
    Read so where a comma sets it off or the clause's modal cannot be shared ('would recover
    and blamed'), then the verb governing the clause, if of the same tense; None where the
    reading is open (the clause's own subject would be a wrong speaker)."""
    clause = conj.head
    comma = conj.doc[conj.i - 2].text == "," if conj.i >= 2 and conj.doc[conj.i - 1].dep_ == "cc" else False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in child_tokens(clause)) and clause.tag_ == "VB"
    if conj.tag_ not in _FINITE or not (comma or modal):
        return clause if conj.tag_ == clause.tag_ and (modal or not comma) else None   # "would cut ..., and condemn"
    governor = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return governor if governor is not None and governor.tag_ == conj.tag_ else None


_SPEECH_OR_REQUEST_CUES = SPEECH_VERBS | REQUEST_CUES      # united once, not per call


def _active_joined_to_passive(conj: Token) -> bool:
    """'X said its members were ignored and urged the minister to ...': an active verb of speech
    or request, without an auxiliary of its own, that the parser joined to a passive clause
    reported by a past verb cannot share that clause's 'were' ('were urged the minister to' is
    no English): it is joined to the reporting verb, whose subject speaks. Read so for a past
    form ('demanded an inquiry'), and for a verb of telling or a form that may be a participle
    only where a hearer and what is told both follow ('told the press they would sue', 'called
    on the council to delay'): 'were gathered and told the news', 'was arrested and charged'
    stay passive; a clause's 'had'/'would' may be shared ('had not been paid and asked the
    board' is open)."""
    clause = conj.head
    if conj.lemma_ not in _SPEECH_OR_REQUEST_CUES or clause.tag_ != "VBN" or clause.dep_ != "ccomp" \
            or clause.head.tag_ != "VBD" or clause.head.pos_ != "VERB" or clause.head.lemma_ not in SPEECH_VERBS \
            or not _passive_subject_cannot_speak(clause) \
            or not any(c.dep_ == "auxpass" for c in child_tokens(clause)) \
            or any(c.dep_ == "aux" for c in child_tokens(clause)) \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in child_tokens(conj)):
        return False
    told = _hearer_and_message(conj)
    return conj.tag_ == "VBD" and (told or conj.lemma_ not in HEARER_CUES) or conj.tag_ == "VBN" and told


def _passive_subject_cannot_speak(clause: Token) -> bool:
    """The passive clause's subject is a thing ('the shop was looted', 'the mine was flooded'), no
    pronoun ('it was hacked' may be the speaker's own body): a person or a group ('the suspect was arrested and
    told police he was innocent', 'the workers were laid off and told the press ...') may well be
    the one who spoke next, so the second verb is not read as the reporter's."""
    subject = next((c for c in child_tokens(clause) if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    return subject.pos_ == "NOUN" and subject.tag_ == "NN" and not subject.ent_type_ and not _can_speak(subject) \
        and not _names_a_person(subject) and subject.lemma_.lower() not in PEOPLE_GROUP_NOUNS


def _hearer_and_message(verb: Token) -> bool:
    """The verb has a hearer ('the minister', 'on the council') and what is told or asked (a
    clause or an infinitive) after it: an active use, no passive can keep both."""
    children = child_tokens(verb)
    hearer = any(c.dep_ == "dobj" or c.dep_ == "prep" and any(o.dep_ == "pobj" for o in child_tokens(c))
                 for c in children)
    return hearer and any(c.dep_ in ("ccomp", "xcomp") for c in children)


def _speaks_on(verb: Token) -> Token | None:
    """A participle of speech set off by a comma at the end of a reported clause ('X said
    the port would close, saying the money had run out'), or a speech verb without a subject
    coordinated inside it ('... and added that ...', '... and accused Y of ...'), is the
    reporting speaker's, not the reported clause's subject's: the reporting cue is returned."""
    if verb.dep_ not in ("advcl", "conj", "xcomp") or _has_subject(verb):
        return None
    reporter = next((a for a in verb.ancestors if a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB"
                     and any(c.dep_ == "ccomp" and verb in c.subtree for c in child_tokens(a))), None)
    if reporter is None:
        return None
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # 'X said the port would close and added that ...'; not a verb joined to a subordinate
        # clause with its own subject ('X said the road reopened after Y met them and promised
        # ...': Y promised)
        return None if _subordinate_with_subject(verb.head) else reporter
    before = verb.left_edge.i - 1
    while before > 0 and verb.doc[before].text in CLOSING_QUOTES:
        before -= 1
    return reporter if verb.tag_ == "VBG" and verb.doc[before].text == "," else None


def _predicate_read_as_modifier(verb: Token) -> bool:
    """'Vila Forte, a drivers' union representing 3,000 drivers, called for a review': a past-tense
    verb after the comma that closes an apposition, hung on the apposition's last noun in a
    sentence whose root is the name before it and that has no finite verb before it, is that
    name's predicate ('a group called X' is a participle, tagged VBN)."""
    root = verb.sent.root
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.doc[verb.i - 1].text == "," \
        and root.pos_ in ("PROPN", "NOUN") and root.i < verb.i \
        and not any(t.tag_ in _FINITE or t.tag_ == "MD" for t in verb.doc[verb.sent.start:verb.i])


def _subordinate_with_subject(clause: Token) -> bool:
    return clause.dep_ in ("advcl", "relcl") and _has_subject(clause)


def _raised_subject(verb: Token, head: Token, below: Token) -> bool:
    """'X is reported to have claimed ...', 'X was met with applause upon announcing ...',
    'X was arrested after saying ...': the passive subject of a verb above the cue is the
    cue's own subject; not where the cue is itself a passive participle ('was criticised and
    accused of ...': the accused is not the accuser)."""
    passive = verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in child_tokens(verb))
    if head.i == verb.i or passive:
        return False
    if below.dep_ == "xcomp":       # 'is reported to have claimed', not 'will be run to check'
        return head.lemma_ in SPEECH_VERBS
    return verb.tag_ == "VBG" or below.dep_ == "conj"


def _swallowed_subject(verb: Token, resolver: "SpeakerResolver") -> Token | None:
    """'In a meeting with the board Carl Dunn said ...': without a comma the parser takes the
    name into the phrase before; a person's name right before a main verb is its subject."""
    if verb.dep_ != "ROOT" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child_tokens(verb)):
        return None
    before = verb.doc[verb.i - 1]
    if before.text == "," and verb.i > 1 and verb.doc[verb.i - 2].dep_ in ("appos", "npadvmod"):
        before = verb.doc[verb.i - 2]       # 'In a letter to the Gazette, her aide, Tom Reed, said'; the name
    #                                         read as an adverbial noun ('Speaking to X, the Chairman of Y, Hon. Z, said')
    key = resolver.named(before) if before.pos_ == "PROPN" and before.dep_ in ("pobj", "compound", "dobj", "appos", "npadvmod") \
        else None
    return before if key and resolver.mention(key).type == "person" else None


def _name_read_as_adverb(verb: Token) -> Token | None:
    """'Radio Nordvik, citing officials, reported that ...': the name the parser hung on the verb
    (or on the clause before a semicolon) as an adverb is the cue's subject (`cue_of_name_read_as_adverb`)."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return next((c for h in heads for c in h.children if c.dep_ == "npadvmod" and c.i < verb.i
                 and getattr(cue_of_name_read_as_adverb(c), "i", None) == verb.i), None)


def _of_whom(subject: Token) -> bool:
    """'local farmers, most of whom say ...': the clause describes the noun before it."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in RELATIVE_OF_PRONOUNS for g in child_tokens(c))
               for c in child_tokens(subject))


def _thing_not_voice(subject: Token) -> bool:
    """A common noun of a thing, no person, source or body ('costs', 'hundreds of lorries', 'the
    row'), also the noun a number or quantity counts: what it 'threatens to' do is a risk the
    writer sees, no one's threat ('the union threatened to strike' stays). A singular noun is a thing
    only when known as one (THREATENING_THING_NOUNS): 'the regime threatened to expel' stays."""
    if subject.ent_type_ in ("CARDINAL", "QUANTITY") or subject.lower_ in QUANTIFIER_SUBJECTS:
        counted = next((g for c in child_tokens(subject) if c.dep_ == "prep" and c.lower_ == "of"
                        for g in child_tokens(c) if g.dep_ == "pobj"), None)
        subject = counted if counted is not None else subject
    if subject.pos_ == "NOUN" and subject.tag_ == "NN" and subject.lemma_.lower() not in THREATENING_THING_NOUNS:
        return False        # 'the regime', 'the junta', 'the cartel threatened to ...': a body's noun may be any
    return subject.pos_ == "NOUN" and not subject.ent_type_ and not _can_speak(subject) \
        and not _names_a_person(subject) and subject.lemma_.lower() not in ORG_HEADS


def _name_before_its_set_off_tag(subjects: list[Token]) -> Token | None:
    """'..., said Alderman Ann Lowe, D-9th Ward, who sits on ...': the parser may take a tag set off
    by a comma right after a person's name (a district, a ward, a seat, a party's letters) for a second
    subject of the cue; the name is the subject and the tag its apposition (`_tag_set_off_after_a_name`)."""
    if len(subjects) != 2:
        return None
    name, tag = sorted(subjects, key=lambda c: c.i)
    return name if _tag_set_off_after_a_name(name, tag) else None


def _tag_set_off_after_a_name(name: Token, tag: Token) -> bool:
    """`tag`, no person's word, is a short tag set off by a comma right after the person's name `name` the
    recogniser tagged: capitalised words or numerals only from the comma up to the tag's head, wherever the
    parser hung them, and a comma or the sentence's end after it ('Ann Lowe, D-4th District,', 'Tom Reed, Ward
    12,'); not a description ('Ann Lowe, the mayor'), nor a second name ('Tom Reed, Ann Lowe'), nor a name right
    before the cue ('Questioned by a lawyer, Advocate Ann Lowe SC, Reed admitted': Reed speaks)."""
    doc = name.doc
    comma = name.i + 1      # (the name's head is its last word; the parser may hang the comma on it)
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or tag.ent_type_ == "PERSON" or tag.pos_ != "PROPN" \
            or comma >= tag.i or doc[comma].text != "," or tag.i - comma > 3 \
            or tag.i + 1 < len(doc) and doc[tag.i + 1].text not in (",", ".", ";"):
        return False        # ('…, Advocate Ann Lowe SC, Tom Reed admitted': the second name, right before the cue, speaks)
    return all(t.pos_ in ("PROPN", "NUM") and (t.text[:1].isupper() or t.text[:1].isdigit()) for t in doc[comma + 1:tag.i + 1])


def _name_read_as_modifier_before(verb: Token, subject: Token) -> Token | None:
    """'Jonas Reinhardt, health spokesman for the Greens, said': the parser may read the name that
    opens the sentence as the verb's adverb and take the description set off after it for the
    subject; the name is the subject, the description its apposition."""
    doc = verb.doc
    start = subject.left_edge.i
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in ROLE_OR_PERSON_NOUNS or start < 2 \
            or doc[start - 1].text != ",":
        return None
    return next((c for c in child_tokens(verb) if _person_name_hung_as_adverb(c, verb)
                 and c.right_edge.i == start - 2 and c.left_edge.i == verb.sent.start), None)


def _object_of_a_fronted_preposition(subject: Token) -> bool:
    """'At Selby, where the river rose overnight, the fire chief, Y, said ...' read with
    'Selby' as the subject and 'At' left without an object: a subject right after a preposition of
    its own verb that has no object is that preposition's object, a fronted adverbial (where, when),
    never who speaks; the place is set off by a comma ('On local radio Ann Reed said': the parser's
    subject holds the name, right)."""
    doc = subject.doc
    before = subject.left_edge.i - 1
    if before < 0 or doc[before].dep_ != "prep" or doc[before].head.i != subject.head.i \
            or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return False
    return not any(c.dep_ in ("pobj", "pcomp") for c in child_tokens(doc[before]))


def _subject_set_off_before(verb: Token, fronted: Token) -> Token | None:
    """The subject after a fronted adverbial: the last phrase set off by commas right before the verb
    ('..., the district officer, Dr X, said': X), where it is a name or a noun that may speak and lies
    wholly between the two commas, or the name set off just before it that this phrase is in apposition
    to ('..., Ms X, a spokeswoman for ..., said': X) or that a relative clause set off by the commas
    describes ('..., Mr X, who chairs the party, said': X); None where the verb has no such phrase before it."""
    doc = verb.doc
    comma = verb.i - 1
    while comma > fronted.i and doc[comma].dep_ in ("advmod", "aux", "neg"):
        comma -= 1      # '..., Dr X, also said'
    if comma <= fronted.i or doc[comma].text != ",":
        return None
    opening = next((k for k in range(comma - 1, fronted.i, -1) if doc[k].text == ","), None)
    if opening is None:
        return None
    words = doc[opening + 1:comma]
    heads = [t for t in words if not opening < t.head.i < comma or t.head.i == t.i]
    if len(heads) != 1:
        return None
    name = heads[0].head
    if heads[0].dep_ == "relcl" and name.pos_ == "PROPN" and fronted.i < name.i == opening - 1 \
            and doc[name.left_edge.i - 1].text == "," and _can_speak(name):
        return name     # '..., Mr X, who chairs the party, said': the name the relative clause describes
    if not _can_speak(heads[0]) or heads[0].pos_ not in ("PROPN", "NOUN"):
        return None
    if heads[0].dep_ == "appos" and heads[0].pos_ == "NOUN" and name.pos_ == "PROPN" and fronted.i < name.i < opening \
            and name.i == opening - 1 and doc[name.left_edge.i - 1].text == ",":
        return name     # '..., Ms X, a spokeswoman for ..., said': the name the role is set beside
    return heads[0]


def _person_name_hung_as_adverb(t: Token, verb: Token) -> bool:
    """A person's name (title case, the recogniser's PERSON) that the parser hung on the cue as its
    adverb ('Priya Ramaswamy said', read as 'Ramaswamy' modifying 'said'): the one test that
    `_name_read_as_modifier_before` and `_subject_read_as_modifier` share, so both repair the
    same misreading."""
    return t.head.i == verb.i and t.dep_ in ("advmod", "npadvmod", "dep") and t.ent_type_ == "PERSON" and t.is_title


def _subject_read_as_modifier(verb: Token) -> Token | None:
    """A cue with no subject whose noun phrase, right before it, the parser hung elsewhere: a
    person's name read as the verb's adverb ('Priya Ramaswamy at broker Lydgate said'), a voice read
    as in apposition to the end of an opening phrase ('In a response to RNZ, a spokesperson for the
    minister said'). The phrase's head, if it can speak and opens the sentence or follows a comma."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].is_punct or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child_tokens(verb)):
        return None
    t = doc[verb.i - 1]
    for _ in range(8):
        if _person_name_hung_as_adverb(t, verb):
            break       # the name read as the verb's adverb
        if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.i < t.i and t.head.dep_ == "pobj" \
                and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and any(
                    c.dep_ == "prep" and c.left_edge.i == verb.sent.start and c.i <= t.head.i < t.i <= c.right_edge.i
                    for c in child_tokens(verb)):
            break       # the voice read as in apposition to the end of the phrase that opens the sentence
        if t.head.i == t.i or t.head.i >= verb.i or t.head.i > t.i and t.dep_ not in ("compound", "flat") \
                or t.dep_ not in ("compound", "flat", "pobj", "prep", "appos", "amod", "det", "poss", "case"):
            return None
        t = t.head
    else:
        return None
    opening = t.left_edge.i == verb.sent.start or doc[t.left_edge.i - 1].text == ","
    return t if opening and _can_speak(t) else None


def _can_speak(subject: Token) -> bool:
    noun = subject.lemma_.lower()
    return subject.pos_ in ("PROPN", "PRON") or bool(subject.ent_type_) or noun in SPEAKING_NOUNS or subject.lower_ in UNNAMED_SOURCE_NOUNS


def _that_clause_read_as_adverbial(verb: Token) -> Token | None:
    """'conveyed to Tom Reed that his plan was not acceptable': the parser may hang the
    'that' clause after a hearer phrase as an adverbial; it is the statement when it opens
    with 'that' and only the hearer ('to X', an object) stands between it and the cue."""
    clause = next((c for c in child_tokens(verb) if c.dep_ == "advcl" and c.i > verb.i
                   and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
    if clause is None or verb.lemma_ not in SPEECH_VERBS:
        return None
    between = [c for c in child_tokens(verb) if verb.i < c.i < clause.left_edge.i]
    hearers = [c for c in between if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "PRON", "NOUN")
               or c.dep_ == "prep" and c.lower_ == "to"]
    if len(between) != len(hearers) or any(t.lower_ in RESULT_DEGREE_WORDS or t.is_punct
                                          for t in verb.doc[verb.i + 1:clause.left_edge.i]):
        return None
    return clause


def _clause_read_as_hearers_relative(verb: Token) -> Token | None:
    """'told the court he had been struggling with debts' read as 'the court [that] he had been
    struggling with debts': a verb of telling whose hearer (a pronoun, a name, someone who can
    speak, a sitting body or audience: SITTING_HEARER_NOUNS) has right after it a finite relative
    clause opened by its own subject, without a relative word, is telling that clause. Only where
    the clause leaves no gap the hearer could fill (an object or a complement; after a sitting body
    or a pronoun also a filled preposition: 'struggling with debts'; no preposition left bare):
    'told the man she had met at the station' and 'told the court he had visited' are relative
    clauses, not what was told."""
    if verb.lemma_ not in VERBNET_TELL or any(c.dep_ == "ccomp" for c in child_tokens(verb)):
        return None
    obj = next((c for c in child_tokens(verb) if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if obj is None or not (obj.lower_ in _HEARER_WORDS or obj.lemma_.lower() in SITTING_HEARER_NOUNS
                           or obj.pos_ != "PRON" and _can_speak(obj)):
        return None
    clause = next((c for c in child_tokens(obj) if c.dep_ == "relcl" and c.i > obj.i), None)
    if clause is None or clause.left_edge.i != _end_before_relative(obj, clause) + 1:
        return None
    subject = _own_subject(clause)
    if subject is None or subject.left_edge.i != clause.left_edge.i:
        return None
    sitting = obj.lower_ in _HEARER_WORDS or obj.lemma_.lower() in SITTING_HEARER_NOUNS
    return clause if _leaves_no_gap(clause, subject, passive_fills=True, thing_fills=sitting) else None


def _own_subject(clause: Token) -> Token | None:
    """The subject a relative clause has before its verb, not a relative word ('which', 'that')."""
    subject = next((c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    return None if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that" else subject


def _leaves_no_gap(clause: Token, subject: Token, passive_fills: bool, thing_fills: bool) -> bool:
    """A clause the parser read as a relative clause leaves no gap its noun could fill, so it is a
    clause of its own (_clause_read_as_hearers_relative, _that_clause_read_as_settings_relative):
    it is finite, its object or complement is filled ('oprd' alone is not: 'the report critics have
    called biased' lacks its object), no preposition is left bare; a passive subject fills it only
    where passive_fills ('told police he was robbed'; 'the site that the firm was granted' keeps a
    gap), a filled preposition only where thing_fills ('told the court he had been struggling with
    debts')."""
    children = [c for c in child_tokens(clause) if c.i >= subject.left_edge.i]    # not the relative word 'that'
    finite = clause.tag_ in FINITE_VERB_TAGS or any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_VERB_TAGS for a in children)
    filled = passive_fills and subject.dep_ == "nsubjpass" or any(
        c.dep_ in ("dobj", "ccomp", "attr", "acomp") or c.dep_ == "xcomp" and not _to_infinitive(c)
        or thing_fills and c.dep_ == "prep" and c.i > clause.i and _fills_with_a_thing(c) for c in children)
    bare_preposition = any(t.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") for o in child_tokens(t))
                           for t in clause.subtree)
    return finite and filled and not bare_preposition


def _pied_piped_relative(clause: Token) -> bool:
    """', one of whom must own land', ', most of which were repaid': a clause whose
    subject is a part 'of whom' / 'of which' is a relative clause on a noun before it (the
    relative word carried along inside its phrase); the parser may hang it on the verb as its
    complement, but it is nothing the verb's subject states ('which of them would bid' is a
    question, its 'which' no object of 'of')."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ in ("WP", "WDT") for o in child_tokens(p))
        for p in child_tokens(c)) for c in child_tokens(clause))


def _that_clause_read_as_settings_relative(verb: Token) -> Token | None:
    """'told journalists in front of the stadium that the club had earned $5m', 'said at a rally in
    the town that ...': after a setting phrase of a verb of saying the parser may read the 'that'
    clause as a relative clause on the phrase's noun. It is what was said where the clause leaves
    no gap 'that' could fill (_leaves_no_gap: its own subject, its object or complement filled, not
    by a passive subject alone, no preposition left bare): 'the stadium that he had rebuilt', 'the
    depot that the firm was granted', 'the report that critics have called biased', 'the hall that
    was packed' are relative clauses, and so is any clause on a time ('at the time that the firm
    collapsed' leaves no gap)."""
    if verb.lemma_ not in SPEECH_VERBS or any(c.dep_ == "ccomp" for c in child_tokens(verb)):
        return None
    found = next(((noun, c) for s in child_tokens(verb) if s.dep_ == "prep" and s.i > verb.i and not _is_time(s)
                  for noun in child_tokens(s) if noun.dep_ == "pobj"
                  for c in child_tokens(noun) if c.dep_ == "relcl" and c.i > noun.i and c.left_edge.lower_ == "that"),
                 None)      # not 'at the time that ...', 'on the day that ...': a time's relative clause needs no gap
    if found is None or found[1].left_edge.i != _end_before_relative(*found) + 1:
        return None
    clause = found[1]
    subject = _own_subject(clause)
    return clause if subject is not None and _leaves_no_gap(clause, subject, passive_fills=False, thing_fills=False) else None


def _to_infinitive(verb: Token) -> bool:
    """'to stay calm': it may be what the hearer was told to do ('told the officers he had trained
    to stay calm'), so it fills no gap of a relative clause."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in child_tokens(verb))


def _fills_with_a_thing(preposition: Token) -> bool:
    """'with debts', 'in the town' fill a clause; a time ('at night', 'on Friday') fits beside a
    gap ('told the court he had visited at night': the court he had visited?), so it does not."""
    objects = [o for o in child_tokens(preposition) if o.dep_ in ("pobj", "pcomp")]
    return any(o.ent_type_ not in ("DATE", "TIME") for o in objects)


def _end_before_relative(noun: Token, clause: Token) -> int:
    """The last word of the noun's phrase before its relative clause."""
    return max([noun.i] + [t.i for c in child_tokens(noun) if c.i < clause.i and c.i > noun.i for t in c.subtree])


def _with_subordinate_hung_on_cue(verb: Token, clause: Token, end: int) -> int:
    """'The bus was travelling at 90 km/h when the brakes failed, police told reporters': a
    subordinate clause with a subject of its own ('when', 'after', 'because' ...:
    CONTENT_SUBORDINATORS) that the parser hung on a cue after the content, standing between the
    content and the cue's comma, is part of what is reported (it is no time of saying: that
    would follow the cue). Not a clause of speech or stance ('as the bank had predicted')."""
    if clause.i > verb.i or verb.i < end:
        return end
    doc = verb.doc
    for c in sorted(child_tokens(verb), key=lambda c: c.i):
        if c.dep_ != "advcl" or c.left_edge.i < end or c.right_edge.i >= verb.i:
            continue
        if not all(doc[k].text == "," for k in range(end, c.left_edge.i)):
            break
        opener = doc[c.left_edge.i]
        subject = any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in child_tokens(c))
        if opener.lower_ not in CONTENT_SUBORDINATORS or opener.head.i != c.i or not subject \
                or c.lemma_ in SPEECH_OR_STANCE_VERBS:
            break
        after = [doc[k] for k in range(c.right_edge.i + 1, verb.i)]
        if not after or after[0].text != ",":
            break
        end = c.right_edge.i + 1
    return end


def _with_measure_hung_outside(verb: Token, start: int, end: int) -> int:
    """'told analysts on a call that output fell after prices stayed below $50 for a year, less
    than half of their 2014 peak' read with the closing measure as the cue's object (or hung on
    'call'): a verbless noun phrase after the content's last comma that runs to the sentence's end,
    holds a number or a fraction (MEASURE_GLOSS_WORDS), is headed by a noun, a number or a
    comparative ('less than a fifth' read as an adjective on 'call') and hangs outside the content on the cue
    or the words between cue and content, measures the content's figure; it is part of what was
    told. Not a phrase with a verb ('a decision welcomed by 300 residents'), nor a time ('two weeks
    before the vote')."""
    doc = verb.doc
    if verb.i > start or end >= verb.sent.end or doc[end].text != ",":
        return end
    last = verb.sent.end - 1
    while last > end and doc[last].is_punct:
        last -= 1
    phrase = doc[end + 1:last + 1]
    roots = [t for t in phrase if not end < t.head.i <= last]
    if len(phrase) < 2 or len(roots) != 1 or not verb.i <= roots[0].head.i < start \
            or any(t.pos_ in ("VERB", "AUX") for t in phrase) or roots[0].pos_ not in ("NOUN", "NUM") and roots[0].tag_ != "JJR" \
            or roots[0].ent_type_ in ("DATE", "TIME") or any(t.lower_ in TIME_OF_EVENT_WORDS for t in phrase):
        return end      # ', two weeks before the vote': when it was told
    measured = any(t.ent_type_ not in ("DATE", "TIME", "ORDINAL") and (t.like_num or t.ent_type_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY"))
                   or t.lower_ in MEASURE_GLOSS_WORDS for t in phrase)      # not 'the first rise in 12 years'
    # (nor an ordinal: a rank measures nothing; a year inside a measure is carried by its fraction)
    return last + 1 if measured else end


def _content_tokens(verb: Token) -> tuple[int, int] | None:
    """Token span (start, end) of what the cue attributes."""
    if verb.lemma_ == "put":        # 'put the figure at 27 percent' (see _puts_a_figure)
        obj = next(c for c in child_tokens(verb) if c.dep_ == "dobj")
        at = valued_at(verb)
        doc = verb.doc      # to the clause's end: 'at between £19m and £23m' (the parser may cut the range)
        end = next((t.i for t in doc_tokens(doc)[at.i + 1:verb.sent.end] if t.is_punct and t.text in ",;:.!?()"
                    or _before_joined_finite_verb(t, verb)), verb.sent.end)   # not 'and said ...': its next act
        return obj.left_edge.i, end
    if verb.lemma_ in EXPRESS_VERBS and _expressed(verb):
        return _span_of(_expressed(verb)[1], verb)
    if verb.lemma_ == "make":
        clear = next(c for c in child_tokens(verb) if c.lower_ == "clear")
        clause = next((c for c in [*child_tokens(clear), *child_tokens(verb)]
                       if c.dep_ in ("ccomp", "advcl") and c.i != clear.i), None)
        return _span_of(clause, verb) if clause is not None else None
    clauses = [c for c in child_tokens(verb) if c.dep_ == "ccomp" and not before_semicolon(c, verb)
               and not _participle_read_as_clause(c, verb) and not _pied_piped_relative(c)] \
        or [c for c in [_that_clause_read_as_adverbial(verb) or _clause_read_as_hearers_relative(verb)
                        or _that_clause_read_as_settings_relative(verb)] if c is not None]
    clause = next((c for c in clauses if len(clauses) == 1 or not _earlier_statement(c, verb)), None)
    clause = _past_hearer(verb, clause) if clause is not None else _clause_on_occasion(verb)
    clause = _clause_under_setting_participle(verb, clause) if clause is not None else None
    condition = None
    in_phrase = _that_clause_in_cue_phrase(verb, clause)
    if in_phrase is not None:
        condition, clause = clause, in_phrase
    inner = _inner_cue_after(clause, verb) if clause is not None else None
    if inner is not None:       # 'A fell, the office said, while B held, economists said': A is the office's
        after = [c for c in child_tokens(verb) if inner.i < c.i < verb.i and c.dep_ in ("conj", "advcl", "ccomp")
                 and any(w.dep_ in ("nsubj", "nsubjpass") for w in child_tokens(c))]
        if len(after) != 1:
            return None
        words = [w for w in after[0].subtree if not (w.dep_ in ("mark", "cc", "punct") and w.head.i == after[0].i
                                                      and w.i < after[0].i)]
        return words[0].i, after[0].right_edge.i + 1    # not its 'while'
    if clause is not None:
        start, end = _with_conclusion(verb, *_with_second_clause(verb, *_span_of(clause, verb)))
        bare = _bare_verb_hung_on_cue(verb, clause)
        if bare is not None:        # 'told the court X would knock on doors, claim ...': the content's next act
            end = max(end, _span_of(bare, verb)[1])
        end = _with_subordinate_hung_on_cue(verb, clause, end)
        end = _with_measure_hung_outside(verb, start, end)
        end = _before_writers_so(verb.doc, start, end)
        start = _with_first_clause(verb, clause, start)
        if clause.dep_ == "relcl" and start == clause.left_edge.i and clause.left_edge.lower_ == "that":
            start += 1      # 'told reporters outside the building that ...' (_that_clause_read_as_settings_relative)
        if condition is not None:       # 'that it did not object, provided conditions were imposed'
            end = max(end, _last_word(verb.doc, condition.i, condition.right_edge.i + 1) + 1)
        end = _with_absolute_hung_on_cue(verb, _with_condition_hung_on_cue(verb, start, end))
        return _with_misread_subject(verb, clause, start), end
    if verb.lemma_ in REQUEST_CUES:
        requested = _requested_content(verb)
        if requested is not None:
            return requested
    named = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None) if verb.lemma_ == "call" else None
    if named is not None and _gives_a_name(verb):
        return None         # 'Ghana, which calls them Ama': a naming, no statement
    if named is not None and any(c.pos_ == "ADJ" and c.i > named.i and c.dep_ in ("acl", "amod") for c in child_tokens(named)):
        return named.left_edge.i, named.right_edge.i + 1     # 'called its actions defensive', 'called the plan "a mess"'
    claimed = next((c for c in child_tokens(verb) if c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_OBJECTS), None)
    if verb.lemma_ == "claim" and claimed is not None:
        return claimed.left_edge.i, claimed.right_edge.i + 1     # "claimed responsibility for the attack"
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and not _own_statement(verb.head):
        return _parenthetical_content(verb)
    before = next((c for c in child_tokens(verb.head) if c.dep_ == "ccomp" and c.right_edge.i < verb.i), None) \
        if verb.dep_ in ("parataxis", "ccomp") and verb.head.i > verb.i else None
    if before is not None and _inner_cue_after(before, verb.head) is verb:
        return before.left_edge.i, before.right_edge.i + 1  # 'A fell, the office said, while B held, X said'
    rights = [c for c in verb.rights if (c.dep_ not in ("punct", "cc", "conj", "advmod", "npadvmod", "advcl")
                                         or change_of_the_object(verb, c))
              and not _is_time(c) and not _absolute_clause(c)]
    while len(rights) > 1 and _setting(rights[-1]):
        rights.pop()        # 'called it "null and void" in a speech': where and how it was said
    misread = next((c for c in rights if c.dep_ == "dobj" and c.pos_ in ("ADJ", "DET", "NUM")
                    and any(t.tag_ in FINITE_VERB_TAGS for t in c.subtree)), None)
    if misread is not None and verb.lemma_ in VERBNET_SAY:
        return misread.left_edge.i, max(r.right_edge.i for r in rights) + 1   # "said many of them failed"
    has_object = any(c.dep_ == "dobj" for c in rights)
    predicate = any(c.dep_ in ("oprd", "xcomp", "acomp") for c in rights)
    if verb.lemma_ in PREDICATIVE_CUES and not predicate and not any(
            t.lower_ == "as" and t.dep_ == "prep" or t.pos_ in ("VERB", "AUX") for c in rights for t in c.subtree):
        return None     # 'when he first described the wall': how he described it is not said
    if rights and (verb.lemma_ in OBJECT_CUES - {"call"} and has_object or has_object and predicate):
        # "criticised the plan", "called the strike defensive", "described X as Y"
        start = min(r.left_edge.i for r in rights)
        end = _before_trailing_setting(verb, start, max(r.right_edge.i for r in rights) + 1)
        return start, _with_noun_joined_to_cue(verb, _with_second_request(verb, _with_attempted(verb, end)))
    if verb.lemma_ in _PREPOSITION_OR_OBJECT_CUES:
        return _prepositional_content(verb, rights)
    return None


def _gives_a_name(verb: Token) -> bool:
    """'calls the islands Ama', 'called him Lenny': the predicate after the object of 'call' is
    a bare proper name (not quoted, not 'a liar'): the name it uses, no judgement said."""
    doc = verb.doc
    obj = next(c for c in child_tokens(verb) if c.dep_ == "dobj")
    return any(c.dep_ in ("oprd", "xcomp") and c.pos_ == "PROPN" and c.i > obj.right_edge.i
               and not doc[c.left_edge.i - 1].is_quote
               and not (c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].is_quote)
               for c in child_tokens(verb))


def _participle_read_as_clause(clause: Token, verb: Token) -> bool:
    """'In its Rates Report released this morning, the committee said ...': a past participle
    (or past form) before the cue with no subject, auxiliary or quotation marks, that the parser hung on the cue
    as its clause, is a phrase on a noun of the setting; no statement."""
    return clause.tag_ in ("VBN", "VBD") and clause.i < verb.i and clause.right_edge.i < verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in child_tokens(clause)) \
        and not any(t.is_quote for t in verb.doc[max(clause.left_edge.i - 1, 0):clause.right_edge.i + 2])


def _requested_content(verb: Token) -> tuple[int, int] | None:
    """Token span of what a request cue asks for: 'urged the council to publish the report',
    'called for the minister to resign'."""
    wanted = next((c for c in child_tokens(verb) if c.dep_ == "xcomp" and c.i > verb.i), None) \
        or _infinitive_read_as_adverbial(verb)
    if wanted is None and verb.lemma_ in SELF_REQUEST_CUES:   # "called for the minister to resign"
        wanted = next((c for c in child_tokens(verb) if c.dep_ == "advcl" and c.i > verb.i
                       and any(m.lower_ == "for" and m.dep_ == "mark" for m in child_tokens(c))), None)
        if wanted is not None:
            tokens = [t for t in wanted.subtree
                      if not (t.dep_ == "mark" and t.lower_ == "for" and t.head.i == wanted.i)]
            return tokens[0].i, tokens[-1].i + 1
    obj = next((c for c in child_tokens(verb) if c.dep_ == "dobj" and wanted is not None and c.i < wanted.i), None) \
        or next((g for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ in REQUEST_OBJECT_PREPOSITIONS
                 and wanted is not None and c.i < wanted.i for g in child_tokens(c) if g.dep_ == "pobj"
                 and (c.lower_ in REQUEST_THING_PREPOSITIONS or _a_person_or_body(g))),
                None)   # "called on X to act", "called for joint action to stop ...", "appealed to X to act"
    if obj is None and verb.lemma_ not in SELF_REQUEST_CUES:
        wanted = None           # "they dare to vote": only "dared the minister to act" reports
    if wanted is not None:      # "urged the council to publish the report"
        first = obj.left_edge.i if obj is not None else _span_of(wanted, verb)[0]
        second = _second_infinitive_read_as_cues(verb, wanted)
        return first, _span_of(second if second is not None else wanted, verb)[1]
    return None


def _a_person_or_body(noun: Token) -> bool:
    """A person, a body or a pronoun of people ('them'): one who can be asked ('appealed to the
    agency to deploy boats', 'pleaded with them to stay': part of the request as the object of
    'urged' is; 'appealed to reason to ...' names no one) or let in ('admitted them to bail')."""
    return noun.lower_ in HEARER_PRONOUNS or noun.pos_ != "PRON" and _can_speak(noun)


def _infinitive_read_as_adverbial(verb: Token) -> Token | None:
    """'urged the cabinet and employers to "cool things down"' with the infinitive hung on the cue
    as an adverbial: an infinitive right after the cue's object is what the object is urged to do."""
    obj = next((c for c in child_tokens(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or verb.lemma_ not in ADDRESSEE_INFINITIVE_CUES:
        return None         # 'pledged $40 million to rebuild the port': the aim, not an act asked of the object
    return next((c for c in child_tokens(verb) if c.dep_ == "advcl" and c.tag_ == "VB" and c.left_edge.i == obj.right_edge.i + 1
                 and any(a.dep_ == "aux" and a.tag_ == "TO" for a in child_tokens(c))), None)


def _second_infinitive_read_as_cues(verb: Token, wanted: Token) -> Token | None:
    """The last bare verb that continues the list of what a request asks for. 'urged locals to help
    the police and "deny the raiders any win"' read with 'deny' joined to 'urged', or 'told staff to
    lock the doors, switch off the lights and report any damage' with 'switch' and 'report' hung
    elsewhere: a bare verb cannot be the past or third-person verb's own next act (that would be
    'denied', 'denies'), so it is one more thing asked for, part of the request, no cue of its own.
    Not a verb that states a clause of its own: 'urged residents to stay indoors, and say the fires
    are spreading' is the subject's own statement in the present ('they say ...'), whatever tag the
    parser gives 'say'."""
    if verb.tag_ not in PAST_OR_THIRD_PERSON_VERB_TAGS:
        return None
    members = [c for c in child_tokens(verb) if c.dep_ == "conj" and c.i > wanted.i and c.tag_ == "VB"
               and not _has_subject(c) and not _has_auxiliary(c) and not _states_a_clause(c)
               and any(a.dep_ == "cc" and a.lower_ == "and" and wanted.i < a.i < c.i for a in child_tokens(verb))] \
        + [t for t in doc_tokens(verb.doc)[wanted.right_edge.i + 1:wanted.sent.end] if t.tag_ in BARE_VERB_TAGS
           and getattr(_infinitive_continued(t), "i", None) == wanted.i]
    return max(members, key=lambda m: m.right_edge.i, default=None)


def _in_a_requests_list(verb: Token) -> bool:
    """'told staff to lock the doors and report any damage': 'report' continues the request's list
    (_second_infinitive_read_as_cues), no act or statement of its own."""
    infinitive = _infinitive_continued(verb)
    return infinitive is not None and _second_infinitive_read_as_cues(infinitive.head, infinitive) is not None


def _states_a_clause(verb: Token) -> bool:
    """'say the fires are spreading', 'insist that ...': a verb with a clause of its own."""
    return any(c.dep_ == "ccomp" for c in child_tokens(verb))


def _infinitive_continued(verb: Token) -> Token | None:
    """The 'to' infinitive a bare verb continues where the parser hung it elsewhere: a bare verb
    without subject or auxiliary, joined as a conjunct, whose list (walked back over its joined bare
    verbs) opens after a comma or 'and' that closes the phrase of a 'to' infinitive. None where a
    member of the list states a clause of its own (_states_a_clause)."""
    if verb.tag_ not in BARE_VERB_TAGS or verb.dep_ != "conj" or _has_subject(verb) or _has_auxiliary(verb) \
            or _states_a_clause(verb):
        return None
    first = verb
    while first.head.i < first.i and first.dep_ == "conj" and first.head.tag_ in BARE_VERB_TAGS \
            and not _has_subject(first.head) and not _has_auxiliary(first.head) and not _to_infinitive(first.head):
        first = first.head
        if _states_a_clause(first):
            return None
    doc = verb.doc
    joint = first.left_edge.i - 1
    if joint < 1 or not (doc[joint].text == "," or doc[joint].dep_ == "cc" and doc[joint].lower_ in COORDINATORS):
        return None
    if doc[joint].dep_ == "cc" and doc[joint - 1].text == ",":
        joint -= 1      # ', and report ...'
    last = doc[joint - 1]
    return next((a for a in (last, *last.ancestors) if last.i <= a.right_edge.i < first.i and a.tag_ == "VB"
                 and _to_infinitive(a)), None)


def _parenthetical_content(verb: Token) -> tuple[int, int] | None:
    """Token span of the clause a parenthetical cue ('But, he noted, "..."') sits in, less the cue."""
    head = verb.head
    if _predicate_without_subject(head, verb):
        return None
    cue = set(verb.subtree) - _hung_on_parenthesis(verb)
    tokens = [t for t in head.subtree if t not in cue]
    others = [c for c in head.children if c.i > verb.i and c.dep_ in ("conj", "advcl") and _has_according_to(c)]
    outer = head.head if head.dep_ == "ccomp" else None
    if not others and outer is not None and outer.i > verb.right_edge.i and _own_statement(outer):
        others = [c for c in child_tokens(head) if c.i > verb.right_edge.i and c.dep_ in ("conj", "advcl")
                  and any(w.dep_ in ("nsubj", "nsubjpass") for w in child_tokens(c))]
        #                 'A will rise, X said, and B will fall, Y said': B's fall is Y's
    according = next((c for c in child_tokens(head) if c.i > verb.right_edge.i and _is_according_to(c)), None) \
        if not others else None
    if according is not None:   # 'A will rise, X said, while B will fall, according to Y': hung on A's verb
        others = [c for c in child_tokens(head) if verb.right_edge.i < c.i < according.i and c.dep_ in ("conj", "advcl")
                  and any(w.dep_ in ("nsubj", "nsubjpass") for w in child_tokens(c))]
    if others:                  # 'A rose 6%, X said, and B fell 1%, according to Y': B's fall is Y's
        tokens = [t for t in tokens if t.i < others[0].left_edge.i]
        while tokens and tokens[-1].i > verb.i and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
            tokens.pop()
    while tokens and tokens[0].i < verb.i and tokens[0].dep_ in ("cc", "punct") and tokens[0].head.i == head.i:
        tokens.pop(0)           # 'But, he noted, "…"': the cue's "But" is no part of what it says
    if tokens and tokens[0].i > verb.i or _quotation_after_cue(verb, head):
        tokens = [t for t in tokens if t.i > verb.right_edge.i]
    while tokens and tokens[-1].is_punct and tokens[-1].text in ".;":
        tokens.pop()
    return (tokens[0].i, tokens[-1].i + 1) if tokens else None


def _has_according_to(clause: Token) -> bool:
    """The clause carries an 'according to' phrase of its own: its words are that source's."""
    return any(map(_is_according_to, child_tokens(clause)))


def _is_according_to(token: Token) -> bool:
    return token.lower_ == "according" and any(c.lower_ == "to" for c in child_tokens(token))


def _hung_on_parenthesis(verb: Token) -> set[Token]:
    """'That figure was, the minister conceded, far higher than expected': the words after the
    comma that closes a parenthetical cue are the clause's, whatever the parser hung on the cue
    (not a quotation opening there: 'he said, "..."' is read by _quotation_after_cue)."""
    doc = verb.doc
    close = verb.i + 1
    if verb.dep_ != "parataxis" or close >= len(doc) - 1 or doc[close].text != "," or verb.right_edge.i <= close \
            or doc[verb.left_edge.i - 1].text != "," or doc[close + 1].is_quote:
        return set()
    return {t for t in verb.subtree if t.i > close}


def _before_joined_finite_verb(token: Token, verb: Token) -> bool:
    """'put the toll at 30 and said ...': a coordinator of `verb` right before a finite verb joined
    to it (a cue or a predicate of its own) ends what `verb` put; not 'and the injured at 40',
    'and rising' (the figure's own words)."""
    nxt = next((t for t in token.doc[token.i + 1:token.sent.end] if t.pos_ != "ADV"), None)    # 'and later said'
    return token.dep_ == "cc" and token.head.i == verb.i and nxt is not None and nxt.pos_ in ("VERB", "AUX") \
        and nxt.tag_ in FINITE_VERB_TAGS and nxt.dep_ == "conj" and nxt.head.i == verb.i


def _prepositional_content(verb: Token, rights: list[Token]) -> tuple[int, int] | None:
    """Token span of what a cue states through a preposition: 'warned of X', 'argued against Y'."""
    preps = CONTENT_PREPOSITIONS - VENUE_PREPOSITIONS if verb.lemma_ == "speak" else CONTENT_PREPOSITIONS
    if verb.lemma_ == "call":
        preps = CUE_PREPOSITIONS    # "called for talks"; "called a meeting for Friday" is no statement
    prep = next((c for c in rights if c.dep_ == "prep" and c.lower_ in preps and not _bare_occasion_of_saying(c)
                 and (verb.lemma_ != "call" or c.i == verb.i + 1)), None)   # not 'spoke at the briefing': where
    if prep is not None and verb.lemma_ in TOPIC_CUES and prep.lower_ in TOPIC_CUE_PREPOSITIONS:
        return None             # 'spoke out about the war', 'commented on the deal': a topic, no stance
    phrase = _continued(verb, prep.i + 1, prep.right_edge.i + 1) if prep is not None else (0, 0)
    if phrase[1] - phrase[0] > 1:
        phrase = phrase[0], _with_claim_clause(verb.doc, phrase[1])
    hearer = next((c for c in rights if c.dep_ == "dobj" and prep is not None and verb.i < c.i < prep.i), None)
    if phrase[1] - phrase[0] > 1 and hearer is not None:
        return hearer.left_edge.i, phrase[1]    # 'warned Moscow against provocations': whom it warns
    if phrase[1] - phrase[0] > 1 and prep.lower_ in POLARITY_PREPOSITIONS:
        return prep.i, phrase[1]    # 'argued against intervention': the text keeps 'against'
    if phrase[1] - phrase[0] > 1:
        return phrase           # "complained about X", "warned of X", "lashed out at X for Y"
    return None


def _with_noun_joined_to_cue(verb: Token, end: int) -> int:
    """'described the ban as unlawful and an attempt to gag members' read with 'attempt' joined to
    the cue: a verb is not coordinated with a noun, so a noun the parser joined to the cue right
    after its object phrase ('and'/'or', a comma between at most) is the phrase's next member; what
    was said runs to its end."""
    doc = verb.doc
    for c in child_tokens(verb):
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > end and c.left_edge.i > end \
                and any(t.dep_ == "cc" and t.lower_ in COORDINATORS for t in doc[end:c.left_edge.i]) \
                and all(t.dep_ == "cc" or t.text == "," for t in doc[end:c.left_edge.i]):
            return _last_word(doc, end, c.right_edge.i + 1) + 1
    return end


def _with_attempted(verb: Token, end: int) -> int:
    """'praised the efforts of X to find a political solution': an infinitive the parser hung
    on the cue right after an object that names an attempt is the object's complement, and
    the point of the praise."""
    obj = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in ATTEMPT_NOUNS or obj.right_edge.i + 1 != end:
        return end
    wanted = next((c for c in child_tokens(verb) if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == end
                   and c.left_edge.tag_ == "TO" and not any(a.dep_ in ("nsubj", "mark") for a in child_tokens(c))), None)
    return _last_word(verb.doc, end, wanted.right_edge.i + 1) + 1 if wanted is not None else end


def _with_second_request(verb: Token, end: int) -> int:
    """'urged the chiefs to write-off debt and provide more aid' read with 'provide' joined to
    the cue: a bare infinitive cannot be a second act of a finite cue, so it is the second
    thing urged, and the content goes on to its end."""
    doc = verb.doc
    if verb.lemma_ not in REQUEST_CUES or verb.tag_ not in ("VBD", "VBZ", "VBP") or end + 1 >= len(doc) \
            or doc[end].dep_ != "cc" or doc[end].lower_ != "and":
        return end
    second = next((c for c in child_tokens(verb) if c.dep_ == "conj" and c.i == end + 1 and c.tag_ == "VB"
                   and not any(a.dep_ in ("nsubj", "aux") for a in child_tokens(c))), None)
    return _last_word(doc, end, second.right_edge.i + 1) + 1 if second is not None else end


def _quotation_after_cue(verb: Token, head: Token) -> bool:
    """'When he first described the wall, he said, "We are going to ..."': a quotation that
    opens right after a parenthetical cue and holds its clause's subject is what was said; the
    words before the cue set the scene (the writer's, outside the quotation marks)."""
    doc = verb.doc
    k = verb.right_edge.i
    while k + 1 < len(doc) and (doc[k].text == "," or k == verb.i):
        k += 1
    mark = doc[k]
    return mark.text in ('"', "“", "''", "``") and mark.i > verb.i \
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > mark.i for c in child_tokens(head))


def _before_trailing_setting(verb: Token, start: int, end: int) -> int:
    """'called it "null and void" in a speech' with the phrase hung on the predicate: an
    occasion of saying that ends the cue's predicate is where it was said, and so is a means
    ('by phone') anywhere; another hung on the object ('a tax on phones', 'cuts in the
    programme', 'a budget on radio') is the object's own complement."""
    doc = verb.doc
    last = _last_word(doc, start, end)
    predicates = [c for c in child_tokens(verb) if c.i > verb.i and (
        c.dep_ in ("oprd", "xcomp", "acomp", "attr") or c.dep_ == "prep" and c.lower_ == "as")]
    phrase = next((t for t in doc_tokens(doc)[start + 1:end] if _setting(t) and t.right_edge.i == last and (
        t.lower_ in MEANS_PREPOSITIONS or any(t.head == p or p.is_ancestor(t.head) for p in predicates))), None)
    if phrase is None and verb.lemma_ in SPEECH_VERBS:
        phrase = _trailing_hearer(verb, start, last)
    return _last_word(doc, start, phrase.left_edge.i) + 1 if phrase is not None else end


def _trailing_hearer(verb: Token, start: int, last: int) -> Token | None:
    """'disclosed the figures to journalists in Kano on Monday': a hearer phrase of the cue after
    its object, with nothing after it but other phrases of the cue (where, when), is who was
    told: the content ends before it ('described the attack to police as brutal': 'as' is content)."""
    children = child_tokens(verb)
    if not any(o.dep_ == "dobj" and start <= o.i for o in children):
        return None
    hearer = next((c for c in children if start < c.i and _hearer_phrase(c)
                   and any(o.dep_ == "dobj" and start <= o.i < c.i for o in children)), None)
    if hearer is None:
        return None
    after = [c for c in children if c.i > hearer.i and c.left_edge.i <= last]
    if any(c.dep_ not in ("prep", "npadvmod", "punct") or c.dep_ == "prep" and c.lower_ == "as" for c in after) \
            or max([hearer.right_edge.i, *(c.right_edge.i for c in after)]) != last:
        return None
    return hearer


def _setting(phrase: Token) -> bool:
    """A phrase of the cue that says where, how or through what it was said ('in a speech',
    'in an article last week', 'by live television', 'at a rally', 'during the debate'): an
    occasion of saying, or a medium with a preposition of means or time ('on television' may
    be what a ban is on). 'in the article' may be where the object is ('denied errors in the
    article'): only an occasion not taken up as known is where it was said."""
    if phrase.dep_ != "prep":
        return False
    nouns = [c for c in child_tokens(phrase) if c.dep_ == "pobj"]
    if phrase.lower_ in MEDIUM_PREPOSITIONS:
        return any(c.lemma_.lower() in _OCCASIONS_OR_MEDIA_OF_SAYING for c in nouns)
    return phrase.lower_ in SETTING_PREPOSITIONS and any(
        c.lemma_.lower() in SAYING_OCCASIONS and not any(
            d.dep_ == "det" and d.lower_ in POINTING_BACK_DETERMINERS for d in child_tokens(c))
        for c in nouns)


def _absolute_clause(phrase: Token) -> bool:
    """'backed the plan, with Y now saying ...': a 'with' phrase holding a clause with its own
    subject is another statement, no part of what the cue's object says."""
    return phrase.dep_ == "prep" and phrase.lower_ in ABSOLUTE_PREPOSITIONS and any(
        t.pos_ in ("VERB", "AUX") and _has_subject(t)
        for t in phrase.subtree)


def _after_concessive_object(participle: Token) -> bool:
    """'X feel sure despite some backers of the plan, now saying ...': a participle
    right after a 'despite' phrase whose object can speak may be that object's; not safe."""
    head = participle.head
    for prep in child_tokens(head):
        if prep.dep_ != "prep" or prep.lower_ not in CONCESSIVE_PREPOSITIONS or prep.i > participle.i:
            continue
        between = participle.doc[prep.right_edge.i + 1:participle.i]
        obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
        if obj is not None and _can_speak(obj) and all(t.is_punct or t.dep_ == "advmod" for t in between):
            return True
    return False


def _predicate_without_subject(head: Token, verb: Token) -> bool:
    """'X, who works for Y and, Z said, has seemed tired': a cue set inside the second half
    of a joined predicate; what it reports has its subject in another clause, so the parse
    around it cannot say what was said."""
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return before is not None and before.dep_ == "cc" and head.i > verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in child_tokens(head))


_SAYING_OR_TELLING_CUES = VERBNET_SAY | FRAMENET_STATEMENT | HEARER_CUES     # united once, not per cue
_OCCASIONS_OR_MEDIA_OF_SAYING = SAYING_OCCASIONS | SAYING_MEDIA
_CONDITION_OR_CONCESSION_OPENERS = CONDITION_OPENERS | CONCESSIVE_SUBORDINATORS


def _clause_on_occasion(verb: Token) -> Token | None:
    """'said in a statement that the port is ...', 'told investors on a call that ...' read with
    the clause hung on 'statement' or 'call': the 'that' clause of the occasion of a speech
    verb (or of a verb of telling a hearer) is what the verb reports."""
    if verb.lemma_ not in _SAYING_OR_TELLING_CUES:
        return None
    return next((g for c in child_tokens(verb) if c.dep_ == "prep" and c.i > verb.i for p in child_tokens(c)
                 if p.dep_ == "pobj" and p.lemma_.lower() in _OCCASIONS_OR_MEDIA_OF_SAYING for g in child_tokens(p)
                 if g.dep_ in ("acl", "ccomp", "relcl") and g.i > p.i
                 and (any(m.dep_ == "mark" and m.lower_ == "that" for m in child_tokens(g))
                      or _complementizer_read_as_relative(g))), None)


def _that_clause_in_cue_phrase(verb: Token, clause: Token | None) -> Token | None:
    """'said in its response to the application that it did not object, provided strict conditions
    were imposed' read with the 'that' clause hung on 'application' (and the condition as the cue's
    clause, or no clause at all): a clause opened by the complementiser 'that', with a subject of its
    own, that the parser hung on a noun inside a phrase of the cue's own (at any depth: 'in its letter
    to the board', 'in a submission on the plan'), is what the cue reports where the cue has no clause
    before it and none, or only one set off after it by a comma (a condition, a contrast: it goes on
    with the 'that' clause). Not a claim's own clause ('in reply to claims that it had lied':
    HEARSAY_NOUNS), nor a relative clause ('the report that was published'), nor one on a time ('at the
    time that her manager wrote ...': when it was said), nor under a cue that is no verb of saying or
    telling."""
    if verb.lemma_ not in _SAYING_OR_TELLING_CUES \
            or clause is not None and (clause.i < verb.i or clause.left_edge.i < 2):
        return None
    doc = verb.doc
    for p in child_tokens(verb):
        if p.dep_ != "prep" or p.i < verb.i:
            continue
        for first in p.subtree:
            that = first.left_edge
            if first.dep_ not in ("acl", "relcl", "ccomp") or that.lower_ != "that" or that.dep_ != "mark" \
                    or that.head.i != first.i or first.head.dep_ != "pobj" or first.head.pos_ not in ("NOUN", "PROPN") \
                    or first.head.lemma_.lower() in HEARSAY_NOUNS or _is_time(first.head.head) \
                    or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child_tokens(first)) \
                    or any(t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in child_tokens(t))
                           for t in first.subtree):
                continue        # 'the attacks that X took part in': a preposition left bare, a relative's gap
            if clause is None or first.right_edge.i + 2 == clause.left_edge.i and doc[clause.left_edge.i - 1].text == ",":
                return first
    return None


def _set_off_after_content(verb: Token, end: int) -> bool:
    """The opening guard of a part hung on the cue after what it reports (a condition, an absolute
    clause): a comma at `end`, the end of the content, after the cue, with two words or more after it."""
    doc = verb.doc
    return 1 <= end < len(doc) - 2 and doc[end].text == "," and verb.i <= end


def _with_condition_hung_on_cue(verb: Token, start: int, end: int) -> int:
    """'said it did not object, provided strict conditions were imposed', '... as long as the pipes were
    upgraded', '..., unless fares rose', '..., although the design had improved', '..., subject to approval
    at the annual meeting' read with the condition or concession hung on the cue (or on a noun of its own
    phrase: 'in a statement'): a subordinate clause (opened by CONDITION_OPENERS, CONDITION_OPENING_PHRASES or a
    concessive subordinator, with a finite verb of its own) or a 'subject to' phrase, set off by a comma right after
    the reported clause and running to the sentence's end, whose words hang on nothing before it but the
    cue and its phrases, qualifies what is reported (a saying has no condition), unless its subject may
    be the reporter in the cue's own tense ('..., if he was asked' is the writer's)."""
    doc = verb.doc
    if not _set_off_after_content(verb, end):
        return end
    opener = doc[end + 1]
    phrase = next((len(p.split()) for p in CONDITION_OPENING_PHRASES if _phrase_at(doc, end + 1, p)), 0)
    if phrase:
        opener = doc[end + phrase]      # the phrase's last word ('as' of 'as long as')
    elif opener.lower_ in CONCESSIVE_INTENSIFIERS and doc[end + 2].lower_ in CONCESSIVE_SUBORDINATORS:
        opener = doc[end + 2]
    subject_to = _phrase_at(doc, end + 1, SUBJECT_TO_PHRASE)
    if not phrase and opener.lower_ not in _CONDITION_OR_CONCESSION_OPENERS and not subject_to:
        return end
    last = _last_word(doc, end, verb.sent.end)
    words = doc_tokens(doc)[end + 1:last + 1]
    if any(not (end < t.head.i <= last or t.head.i == verb.i or verb.i < t.head.i < start) for t in words):
        return end
    if subject_to:
        return last + 1
    finite = next((t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and t is not opener
                   and _tense(t) is not None), None)     # 'provided the hedgerows were replanted': the
    if finite is None:                                  # subject may be read as the opener's object
        return end
    subject = next((c for c in child_tokens(finite) if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is not None and _pronoun_may_be_reporter(subject, verb) and _tense(finite) == _tense(verb):
        return end
    return last + 1


def _phrase_at(doc: Doc, i: int, phrase: str) -> bool:
    """The words of the phrase ('as long as') written from token i on."""
    words = phrase.split()
    return i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words))


def _with_absolute_hung_on_cue(verb: Token, end: int) -> int:
    """'told staff that the workshop would close, with the work to be moved to its Leeds depot',
    'put the loss at $2.7m, with Kessa fishers worst hit' read with the 'with' phrase hung on
    the cue: an absolute clause ('with'/'without', a noun and its own predicate: a participle or an
    infinitive) set off by a comma right after what the cue reports and running to the sentence's end,
    whose words hang on nothing before it but the cue, goes on with what is reported (the parser hangs
    it inside the content or on the cue at random). Not a bare phrase ('..., with a smile': how it was
    said), nor one that holds a cue ('..., with critics saying ...': another party's stance), nor one
    whose noun is a party that acts ('..., with rivals taking shots at the mayor': the writer's scene)."""
    doc = verb.doc
    if not _set_off_after_content(verb, end) \
            or doc[end + 1].lower_ not in ABSOLUTE_PREPOSITIONS or doc[end + 1].dep_ not in ("prep", "mark"):
        return end
    last = _last_word(doc, end, verb.sent.end)
    words = doc_tokens(doc)[end + 1:last + 1]
    if any(not (end < t.head.i <= last or t.head.i == verb.i) for t in words) \
            or any(t.pos_ == "VERB" and t.lemma_ in _ANY_CUE_LEMMA for t in words):
        return end
    predicate = next((t for t in words[2:] if t.tag_ in ("VBN", "VBG")
                      or t.tag_ == "VB" and any(a.tag_ == "TO" for a in child_tokens(t))), None)
    if predicate is None:
        return end
    # the absolute's noun: one before the predicate hung on 'with' itself or on the predicate (or a word
    # after it), never on the reported clause (heads before 'with') nor on a word between 'with' and
    # the predicate (there it modifies another noun: 'plant' of 'with the work of the plant to be moved')
    subject = next((t for t in words[1:predicate.i - end - 1]
                    if end + 1 <= t.head.i and t.head.i not in range(end + 2, predicate.i) and t.pos_ in ("NOUN", "PROPN", "PRON")),
                   None)
    return end if subject is None or _can_speak(subject) else last + 1


def _complementizer_read_as_relative(clause: Token) -> bool:
    """'told analysts on a call that the firm did not expect to breach any terms' read with 'that'
    as a relative pronoun, the object of 'breach': where the verb it would be the object (or
    subject) of already has one, 'that' is no relative pronoun, it opens a reported clause of
    its own subject."""
    that = clause.left_edge
    return that.lower_ == "that" and that.tag_ == "WDT" and that.dep_ in ("dobj", "nsubj") \
        and any(c.dep_ == "nsubj" and c.i != that.i for c in child_tokens(clause)) \
        and any(c.dep_ == that.dep_ and c.i != that.i for c in child_tokens(that.head))


def _past_hearer(verb: Token, clause: Token) -> Token | None:
    """'told Harbour Radio's Morning Show the port had raised ...' read with the hearer as the
    head of the clause: a noun that heads the reported clause of a cue with a hearer is the
    hearer, and the clause under it is what was told (None where no clause is under it)."""
    if verb.lemma_ not in HEARER_CUES or clause.pos_ not in ("NOUN", "PROPN") or clause.i < verb.i:
        return clause
    inner = next((c for c in child_tokens(clause) if c.dep_ == "ccomp" and c.i > clause.i), None)
    return inner if inner is not None else clause


def _clause_under_setting_participle(verb: Token, clause: Token) -> Token:
    """'said in a witness statement read to the court that officers had ...': a past form
    right after a noun of the cue's own phrase ('in a statement'), without a subject, auxiliary
    or complementiser of its own, is a participle on that noun that the parser took for the
    reported clause; what is said is the 'that' clause under it."""
    doc = verb.doc
    before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if clause.i < verb.i or clause.tag_ not in ("VBD", "VBN") or clause.left_edge.i != clause.i or before is None \
            or before.pos_ != "NOUN" or before.dep_ != "pobj" or before.head.head.i != verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in child_tokens(clause)):
        return clause
    inner = [c for c in child_tokens(clause) if c.dep_ == "ccomp" and c.i > clause.i and _opened_by_that(c)]
    return inner[0] if len(inner) == 1 else clause


def _opened_by_that(clause: Token) -> bool:
    """The clause's first word is its complementiser 'that' (a mark, or 'that' read as a relative)."""
    first = clause.left_edge
    return first.lower_ == "that" and first.head.i == clause.i and first.dep_ in ("mark", "dobj", "nsubj") \
        and first.tag_ in ("IN", "WDT")


def _with_misread_subject(verb: Token, clause: Token, start: int) -> int:
    """'told the Gazette mistakes were being fixed', 'announced the new fund, to be named X,
    would run itself': a reported clause without a subject whose subject the parser took
    for the cue's object (the last object before the clause). Not where the clause opens with
    its complementiser ('told the bench that between 2,500 and 3,000 ...', 'said outside court
    that families ...'): what stands before 'that' is the cue's, however the clause was parsed."""
    if clause.i < verb.i or _opens_with_mark(verb, clause, start):
        return start
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in child_tokens(clause)):
        start = _with_count_before_bare_subject(verb, clause, start)
        split = _with_split_subject(verb, start)
        split = _with_count_read_as_phrase(verb, split) if split != start else split   # 'said around 35 [per cent] of'
        return _without_hearer_in_subject(verb, split)
    relative = _that_clause_read_as_relative(verb, start)
    if relative is not None:
        return relative
    set_off = _subject_before_set_off_phrase(verb, start)
    if set_off is not None:
        return set_off
    obj = max((c for c in child_tokens(verb) if c.dep_ == "dobj" and c.i < start), key=lambda c: c.i, default=None)
    if obj is None:
        return _with_count_read_as_phrase(verb, start)
    if obj.i < verb.i:
        return start
    if verb.lemma_ in VERBNET_TELL and any(c.dep_ == "relcl" and c.left_edge.i == obj.i + 1
                                           and c.left_edge.tag_ in ("WP", "WDT") for c in child_tokens(obj)):
        return obj.i + 1    # 'told the Open Line programme [what the town lacked] was ...': a free relative
    hearer = [c.i for c in child_tokens(obj) if c.dep_ == "compound" and c.pos_ == "PROPN"]
    hearer = hearer or [c.i for c in child_tokens(obj) if c.dep_ == "compound"]
    if verb.lemma_ in VERBNET_TELL and hearer:
        return max(hearer) + 1      # 'told [the Gazette] [mistakes] were ...': the name is who was told
    return _with_count_read_as_phrase(verb, obj.left_edge.i)     # 'said around 35 [per cent of X] was ...'


def _subject_before_set_off_phrase(verb: Token, start: int) -> int | None:
    """'said Friday the fault, in a mill run by Orwin Foods Ltd., was found in May': a
    reported clause without a subject right after a phrase set off by commas (no finite verb in it),
    which itself follows a noun phrase right after the cue (and its time or 'that'): that noun phrase
    with its set-off phrase is the clause's subject, whatever the parser hung it on. The first word
    of the noun phrase, or None."""
    doc = verb.doc
    if start < verb.i + 4 or doc[start - 1].text != ",":
        return None
    k = start - 2
    while k > verb.i and doc[k].text not in ",;:" and not doc[k].is_quote and not (
            doc[k].tag_ in FINITE_VERB_TAGS and _has_subject(doc[k])):
        k -= 1      # ('closed since March' read as a past: no subject, a participle)
    if doc[k].text != "," or k == start - 2:
        return None
    j = verb.i + 1
    while j < k:
        if doc[j].ent_type_ in ("DATE", "TIME") and doc[j].dep_ != "nsubj" or doc[j].lower_ == "that":
            j += 1
        elif doc[j].head.i == verb.i and _is_time(doc[j]):
            j += 1      # 'said on Friday the bridge, ...': the preposition, then its date
        else:
            break
    phrase = doc[j:k]
    if len(phrase) == 0 or phrase[0].pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM") \
            or any(t.pos_ in ("VERB", "AUX", "ADP") or t.is_punct for t in phrase) \
            or phrase[-1].pos_ not in ("NOUN", "PROPN", "PRON") or phrase[-1].lower_ in HEARER_PRONOUNS \
            or sum(not j <= t.head.i < k for t in phrase) != 1:
        return None     # 'told reporters the strike, ...': a hearer and a subject, two phrases
    return j


def _that_clause_read_as_relative(verb: Token, start: int) -> int | None:
    """'said in a notice that pooled tariffs would lift ...': a reported clause without a
    subject right after a 'that' clause the parser hung on a noun of the cue's own phrase as a
    relative ('a notice that pooled tariffs'): the 'that' is the complementiser and the words
    after it are the clause's subject. The first of them, or None where the words do not so stand."""
    doc = verb.doc
    relative = doc[start - 1].head if start > 0 else None
    while relative is not None and relative.dep_ != "relcl" and relative.head.i != relative.i and relative.i < start:
        relative = relative.head
    if relative is None or relative.dep_ != "relcl" or relative.right_edge.i != start - 1 or relative.i >= start:
        return None
    that = relative.left_edge
    noun = relative.head
    if that.lower_ != "that" or that.dep_ != "nsubj" or that.i != noun.i + 1 or verb not in noun.ancestors \
            or not verb.i < that.i or noun.dep_ != "pobj":
        return None
    return that.i + 1


def _without_hearer_in_subject(verb: Token, start: int) -> int:
    """'told the court Brigalow had spent ...', 'told the jury Kessel Ltd had ...': the hearer of a
    cue of telling right after it (a sitting body or audience, with its article) that the parser
    made a modifier of the reported clause's named subject; the clause starts at the name."""
    doc = verb.doc
    if verb.lemma_ not in HEARER_CUES or start != verb.i + 1 or any(c.dep_ in ("dobj", "dative") for c in child_tokens(verb)):
        return start
    k = start + (doc[start].dep_ == "det")
    if k + 1 >= len(doc) or doc[k].dep_ != "compound" or doc[k].lemma_.lower() not in SITTING_HEARER_NOUNS \
            or doc[k + 1].pos_ != "PROPN" or doc[k].head.pos_ != "PROPN" or doc[k].head.dep_ not in ("nsubj", "nsubjpass"):
        return start
    return k + 1


def _opens_with_mark(verb: Token, clause: Token, start: int) -> bool:
    """The reported clause's words start with its own 'that', 'whether' or 'if', and the words
    between the cue and it hold no verb and end in no 'and' ('said a truck jackknifed and that
    ...': the first of two reported clauses, read as the cue's object)."""
    doc = clause.doc
    first = doc[start]
    governor = first.head if first.head.dep_ not in ("aux", "auxpass") else first.head.head   # 'that ... were gone' hung on 'were'
    if not (first.dep_ == "mark" and governor.i == clause.i and first.lower_ in REPORTED_CLAUSE_MARKS):
        return False
    between = doc[verb.i + 1:start]
    return not any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.dep_ == "cc" for t in between)


def _with_count_read_as_phrase(verb: Token, start: int) -> int:
    """'said around one in three members had skipped ...', 'said roughly 80 per cent of homes were
    "well protected"': the parser read the subject's approximator as a preposition of the cue
    ('around', 'about', 'over' a number or a counted noun; a figure's qualifier only, not 'through
    two spokesmen'), leaving the reported clause without its subject; the clause starts with that
    phrase right before it."""
    approx = _count_phrase_before(verb, start)
    return approx.i if approx is not None else start


def _with_count_before_bare_subject(verb: Token, clause: Token, start: int) -> int:
    """'said around 35 per cent of the claims were ...' read as 'around 35' on the cue and 'per cent of
    the claims' the clause's subject: a subject that opens the clause bare (no article, no possessive)
    right after an approximated count the parser hung on the cue (a figure's qualifier only:
    _count_phrase_before) is what that count counts; the clause starts with the qualifier."""
    subject = next((c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != start or subject.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("det", "poss") for c in child_tokens(subject)):
        return start
    return _with_count_read_as_phrase(verb, start)


def _count_phrase_before(verb: Token, start: int) -> Token | None:
    """The approximator the parser read as a preposition of the cue right before the reported
    clause, with a count for its object ('around 96', 'about 40 per cent', 'between 40 and 50
    workers'; a figure's qualifier, `FIGURE_QUALIFIERS`), not a date or time. Another preposition
    is the cue's own ('said through two spokesmen', 'said after two inspections'): no subject."""
    return next((c for c in child_tokens(verb) if c.dep_ == "prep" and c.i > verb.i and c.right_edge.i + 1 == start
                 and _approximator(c) and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                 and any(o.dep_ == "pobj" and (_a_count(o) or _counted_between(c, o)) for o in child_tokens(c))), None)


def _approximator(prep: Token) -> bool:
    """Whether the words from `prep` to its phrase's first number are a figure's qualifier ('around',
    'more than', 'in excess of'; not 'within', a span of time or place)."""
    number = next((t for t in prep.subtree if t.i > prep.i and (t.tag_ == "CD" or t.lower_ in FRACTION_WORDS)), None)
    words = prep.doc[prep.i:number.i].text.lower() if number is not None else prep.lower_
    return prep.lower_ != "within" and (words in FIGURE_QUALIFIERS or prep.lower_ in FIGURE_QUALIFIERS)


def _a_count(noun: Token) -> bool:
    """A number, a fraction ('half of the wards') or a noun counted by a number ('96 per cent', '300 households')."""
    return noun.tag_ == "CD" or noun.lower_ in FRACTION_WORDS \
        or any(n.dep_ == "nummod" and n.tag_ == "CD" for n in child_tokens(noun))


def _counted_between(prep: Token, obj: Token) -> bool:
    """'said between 40 and 50 workers had lost ...': the parser read the range's 'between' as a
    preposition of the cue with the counted noun as its object; a plural noun counted by a
    number joined to another ('40 and 50') is the subject of the reported clause."""
    return prep.lower_ == "between" and obj.tag_ in PLURAL_NOUN_TAGS and any(
        n.dep_ == "nummod" and n.tag_ == "CD" and any(j.dep_ == "conj" and j.tag_ == "CD" for j in child_tokens(n))
        for n in child_tokens(obj))


def _with_split_subject(verb: Token, start: int) -> int:
    """'said dozens of FLA (Free Liberation Army) members fled', 'said victims over 60 accounted
    for ...': the parser took the head of the subject for the cue's object and left the clause a
    bare noun ('fighters') or number ('over 60'); a cue that
    takes no hearer has no object right before its clause, so the clause starts with that
    object (not 'announced plans it would ...': the clause has a subject of its own)."""
    if verb.lemma_ in HEARER_CUES:
        return start
    obj = max((c for c in child_tokens(verb) if c.dep_ == "dobj" and verb.i < c.i < start), key=lambda c: c.i, default=None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "NUM") or obj.left_edge.i <= verb.i:
        return start
    subject = next((c for c in obj.doc[start].sent if c.dep_ in ("nsubj", "nsubjpass") and c.head.i >= start
                    and c.i >= start and c.head.dep_ == "ccomp" and c.head.head.i == verb.i), None)
    bare = subject is not None and subject.pos_ in ("NOUN", "PROPN", "NUM") \
        and not any(c.dep_ in ("det", "poss") for c in child_tokens(subject))
    between = obj.doc[obj.right_edge.i + 1:start]
    return obj.left_edge.i if bare and all(t.is_punct and t.text not in ",;:" for t in between) else start


def _continued(verb: Token, start: int, end: int) -> tuple[int, int]:
    """A phrase reported goes on where the parser hung its end on the cue: 'called for joint
    action to repair ...', 'warned against the old feuds flaring up again',
    'hit out at Peru for having closed ...' (right after it, without a comma)."""
    for c in sorted((c for c in child_tokens(verb) if c.i >= end), key=lambda c: c.i):
        if c.left_edge.i != end or _is_time(c):
            break
        verbal = c.dep_ == "advcl" and (c.tag_ == "VBG" or any(a.tag_ == "TO" for a in child_tokens(c))) \
            and not any(a.dep_ in ("nsubj", "mark") for a in child_tokens(c))
        reason = c.dep_ == "prep" and c.lower_ == "for"
        if not (verbal or reason or _object_phrase(verb, c)):
            break
        end = c.right_edge.i + 1
    return start, end


def _object_phrase(verb: Token, phrase: Token) -> bool:
    """'called for a probe into claims ...' read with 'into' hung on the cue: right after what
    is called for, such a phrase says what the probe, ban or talks are about."""
    return verb.lemma_ == "call" and phrase.dep_ == "prep" and phrase.lower_ in OBJECT_PHRASE_PREPOSITIONS \
        and not _setting(phrase) and len(list(phrase.subtree)) > 1


def _with_claim_clause(doc: Doc, end: int) -> int:
    """'backed demands for an inquiry into claims the letter was written in Zembia': a clause right after
    a content ending in a noun of claim, with or without 'that', is the claim's content, wherever
    the parser hung it."""
    if end >= len(doc) or end == 0 or doc[end - 1].lemma_.lower() not in HEARSAY_NOUNS or doc[end - 1].tag_ not in ("NN", "NNS"):
        return end
    first = doc[end]
    if first.lower_ == "that" and first.dep_ == "mark":
        verb = first.head
    else:
        subject = next((t for t in doc_tokens(doc)[end:end + 12] if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == end), None)
        verb = subject.head if subject is not None else None
    if verb is None or verb.i < end or verb.sent != first.sent or not any(
            t.tag_ in FINITE_VERB_TAGS for t in [verb, *child_tokens(verb)] if t.dep_ in ("aux", "auxpass") or t is verb):
        return end
    return _last_word(doc, end, verb.right_edge.i + 1) + 1


def _with_second_clause(verb: Token, start: int, end: int) -> tuple[int, int]:
    """The reported clause goes on in a second clause of the same cue: 'said nurses were
    entitled to 9 months leave' read as two clauses ('... months' + 'leave'), 'said
    X, but that Y' (a second 'that' clause of the one cue), and 'X, but Y, he noted' (a cue
    after both clauses reports the two)."""
    for c in sorted(child_tokens(verb), key=lambda c: c.i):
        if c.i < end or start < verb.i < end or c.dep_ in ("punct", "cc") \
                or c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i:
            continue        # '..., he said, and would ...': the subject of a cue set after the content
        adjacent = c.dep_ == "ccomp" and c.left_edge.i >= end and all(
            t.text == "," or c.i < verb.i and t.dep_ == "cc" and t.lower_ in CLAUSE_COORDINATORS for t in c.doc[end:c.left_edge.i])
        second = c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (any(
            m.dep_ == "mark" and m.lower_ == "that" for m in child_tokens(c)) or c.left_edge.lower_ == "that")
        if not (adjacent or second or _backshifted_but(c) or _quoted_continuation(c, verb)
                or _present_and_clause(c, verb, start, end) or _predicate_of_reported_subject(c, verb)
                or _list_torn_off(c, verb, end) or _parallel_phrase_torn_off(c, verb, start, end)
                or c.i > end and _joined_in_reported_tense(c, verb, end) or _inside_the_last_word(c, end)
                or _predicate_after_closing_quote(c, verb, end)
                or _opinion_without_its_clause(c, verb, end)):
            break
        end = c.right_edge.i + 1
        while end > c.i + 1 and c.doc[end - 1].text in ".;":
            end -= 1
    return start, end


def _acts_on_an_object(clause: Token) -> bool:
    """'the city borrowed $30 million', 'the board approved it': a verb of action (no 'be' or 'have') over
    a direct object, its subject the doer: an act of a party, whatever the noun."""
    return clause.pos_ == "VERB" and clause.lemma_ != "have" and any(c.dep_ == "dobj" for c in child_tokens(clause))


def _predicate_after_closing_quote(c: Token, verb: Token, end: int) -> bool:
    """'said the company was "open to talks" but stood by its numbers', 'told journalists the
    government had "nothing to hide" and would appear before the committee': a reported clause that
    ends in a closing quotation mark makes the parser hang a predicate joined after it (no subject of
    its own) on the cue instead of on the reported verb, where it hangs it in the same words without
    the marks and the statement goes on. It goes on here too; not a verb of saying (the speaker's next
    statement: '... "a disaster" and called for a review'), nor a bare form without an auxiliary. The
    closing mark may itself hang on the cue, outside the clause ('that it was "deeply troubled" and
    would ...')."""
    doc = verb.doc
    while end < c.i and doc[end].is_quote and doc[end].head.i == verb.i and doc[end].tag_ == "''":
        end += 1        # the closing mark the parser hung on the cue
    if c.dep_ != "conj" or c.head.i != verb.i or c.i <= end or c.pos_ not in ("VERB", "AUX") \
            or end < 1 or not doc[end - 1].is_quote or doc[end - 1].text in QUOTE_PAIRS and doc[end - 1].text != '"':
        return False
    if any(t.text != "," and t.dep_ != "cc" for t in doc[end:c.left_edge.i]) or c.left_edge.i == end:
        return False        # only the joiner ('and', 'but', a comma) between the quotation and the predicate
    return (c.lemma_ not in CUE_VERB_LEMMAS or _act_of_speech_in_reported_tense(c)) and not _has_subject(c) \
        and not (c.tag_ == "VB" and not _has_auxiliary(c)) and not _past_beside_reported_modal(c, verb, end)


def _past_beside_reported_modal(c: Token, verb: Token, end: int) -> bool:
    """'said the board would sit on Monday to weigh "its choices", but held back from naming a buyer': a
    predicate in the plain past, with no auxiliary of its own, cannot share the modal of the reported
    clause before it ('would meet', 'will meet'): it is the speaker's own act, told by the writer in the
    narrative's past (as _tensed_after_infinitive reads a tensed verb after a bare infinitive); the
    reported clause ends at the quotation. Not after a passive ('would be "detained" and told ...'): the
    joined form may be a participle sharing its 'be', misread as tensed."""
    content = next((k for k in child_tokens(verb) if k.dep_ == "ccomp" and k.i < end), None)
    return content is not None and c.tag_ == "VBD" and not _has_auxiliary(c) \
        and _tense(content) in ("modal", "future") and not any(a.dep_ == "auxpass" for a in child_tokens(content))


def _act_of_speech_in_reported_tense(verb: Token) -> bool:
    """'... "deeply troubled" and would write to the minister', '... and had asked both sides to meet': a
    verb of speech in the tense of back-shifted speech (_tense: a past modal, the pluperfect) is told in
    the frame of what was said (the writer tells the speaker's next act in the plain past: 'and wrote to
    the minister'); not negated ('and could not say when ...': a refusal, the writer's to tell, as in
    _reported_act_of_speech and _joined_in_reported_tense), nor one the writer dates ahead ('and would
    later write')."""
    return _tense(verb) in ("modal", "pluperfect") and not _negated(verb) \
        and not any(c.dep_ == "advmod" and c.lower_ in NARRATED_FUTURE_ADVERBS for c in child_tokens(verb))


def _inside_the_last_word(c: Token, end: int) -> bool:
    """'said the firm had co-operated fully' read as 'co' + '-' + 'operated': a word the tokeniser split
    at a hyphen is one word; a part the parser hung on the cue right after the content, written without
    a space, goes on with it."""
    return c.left_edge.i == end and end > 0 and not c.doc[end - 1].whitespace_ and not c.doc[end - 1].is_quote


def _joined_in_reported_tense(clause: Token, verb: Token, end: int | None = None) -> bool:
    """'said the crane had been checked and both crews had agreed to return', 'said the fine was
    "a start" but owners should face jail': a clause of its own subject joined by a bare 'and' or
    'but' (no comma: the writer sets off a next event of the narrative) to what a past cue reports,
    in the tense of back-shifted speech (the pluperfect or a past modal: 'had agreed', 'should
    face'), is told in the speaker's frame: it goes on with what was said, wherever the parser hung
    it (on the cue or on the reported clause); so does a pluperfect without a subject after a reported
    pluperfect ('said the firm had complied and had since spent £2m': the firm's). With a comma, only
    the other half of a contrast ('but'/'yet') right after the content, in the speaker's own tense
    (_other_half_of_a_contrast). Not a clause with a time of its own, a narrated future ('and the
    council would later ...'), a 'now' or a 'still' ('..., but there was still no water': the writer's
    contradiction), nor a verb of speech but in the pluperfect ('and both sides had agreed to attend';
    'but the council would not comment' is the writer's), nor one with a cue or an 'according to' inside
    ('but critics say ...': another voice)."""
    doc = verb.doc
    joiner = clause.left_edge.i - 1
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("conj", "ccomp") or joiner < 1 \
            or doc[joiner].dep_ != "cc":
        return False
    tense = _tense(clause)
    if doc[joiner - 1].text in _CUE_SETTING_PUNCT_OR_SEMICOLON:
        if not _other_half_of_a_contrast(clause, verb, end):
            return False
    elif doc[joiner].lower_ not in CLAUSE_COORDINATORS or _tense(verb) != "past" or tense not in ("pluperfect", "modal"):
        return False
    elif not _has_subject(clause) and not (tense == "pluperfect" and any(
            c.dep_ == "ccomp" and c.i < clause.i and _tense(c) == "pluperfect" for c in child_tokens(verb))):
        return False        # 'said the firm had complied and had since spent ...': the reported subject's
    if clause.lemma_ in SPEECH_VERBS and (tense != "pluperfect" or _negated(clause)):
        return False        # '... but the council would not comment': whether it spoke is the writer's to tell
    if any(t.tag_ in _FINITE for t in clause.doc[joiner + 1:clause.i] if t.head.i != clause.i or t.dep_ not in ("aux", "auxpass")):
        return False        # '... but insisted services would continue': a verb read into the subject, the speaker's next act
    return not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in NARRATED_FUTURE_ADVERBS | NOW_WORDS | PERSISTING_ADVERBS
                   or t.i != clause.i and t.pos_ == "VERB" and t.lemma_ in _ANY_CUE_LEMMA or _is_according_to(t)
                   for t in clause.subtree)


def _other_half_of_a_contrast(conj: Token, verb: Token, end: int | None) -> bool:
    """'said the depot had diesel for a week, but it had no spare pump', 'said the squad was fit, but
    two players would miss the match': a clause of its own subject that the parser joined to a verb of
    saying or telling by 'but' or 'yet' (CONTRAST_COORDINATORS), only a comma between it and what the cue
    reports, in the speaker's own tense: a state ('was', 'had', 'there was') in the past or a clause shifted
    back (pluperfect, modal) under a past cue, a present under a present one. Not a plain-past event ('...,
    but the spillway collapsed', '..., but the crossing remained closed', '..., but the contract was
    cancelled': what happened next, the writer's), nor a state or a present that does not fit the tense
    reported ('said it would reopen, but it was closed'; 'said they would back it, but there is growing
    anger'), nor one whose subject is a name or a party ('but the union disagreed', 'but residents were
    unconvinced'; lifted in back-shifted tenses), or a pronoun or a bare count acting ('but it folded',
    'but 2,000 turned out'), nor an act on an object outside those tenses (_acts_on_an_object); nor after
    a cue that is no verb of saying or telling ('recommended that X be spent, but only Y was budgeted')."""
    doc = verb.doc
    if end is None or conj.dep_ != "conj" or conj.head.i != verb.i or conj.i <= end or verb.lemma_ not in _SAY_OR_TELL:
        return False
    between = doc[end:conj.left_edge.i]
    if not any(t.dep_ == "cc" and t.lower_ in CONTRAST_COORDINATORS for t in between) \
            or not all(t.text == "," or t.dep_ == "cc" for t in between):
        return False
    subject = next((c for c in child_tokens(conj) if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)
    if subject is None:
        return False
    tense, cue = _tense(conj), _tense(verb)
    state = subject.dep_ == "expl" or conj.lemma_ in ("be", "have") and conj.tag_ != "VBN"
    backshifted = cue == "past" and tense in ("modal", "pluperfect")
    own = backshifted or cue == "past" and state and tense == "past" or cue in ("present", "perfect") and tense == "present"
    reported = [_tense(r) for r in _roots(doc, verb.i + 1, end) if r.pos_ in ("VERB", "AUX")]
    if not own or tense == "past" and any(r in ("modal", "future") for r in reported) \
            or tense == "present" and any(r in ("past", "pluperfect", "modal") for r in reported):
        return False
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return True
    if subject.lower_ in PERSON_SUBJECT_PRONOUNS or subject.pos_ == "PROPN" \
            or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    party = subject.pos_ == "NOUN" and subject.ent_type_ not in _COUNT_LABELS and not _subject_cannot_act(conj)
    if not backshifted and (party or subject.lemma_.lower() in SPEAKING_NOUNS or _acts_on_an_object(conj)):
        return False
    return state or not (subject.pos_ == "PRON" or subject.pos_ == "NUM")


def _list_torn_off(conj: Token, verb: Token, end: int) -> bool:
    """'said ... part of the grant paid for surveys, fencing for the site and the
    removal of debris' read with 'fencing' joined to the cue: a verb is not coordinated
    with a noun, so a noun the parser joined to the cue right after the reported clause's last
    noun and a comma is the next item of a list in that clause; the clause goes on to its end."""
    doc = verb.doc
    if not (conj.dep_ == "conj" and conj.pos_ in ("NOUN", "PROPN") and verb.pos_ == "VERB" and 0 < end < conj.i
            and doc[end - 1].pos_ in ("NOUN", "PROPN")):
        return False
    first = next(t.i for t in conj.subtree if not t.is_punct)
    return first > end and all(t.text == "," for t in doc[end:first])


def _parallel_phrase_torn_off(phrase: Token, verb: Token, start: int, end: int) -> bool:
    """'said the works had been held up by flooding ..., and by the rising cost of
    steel' read with the second 'by' hung on the cue: a phrase joined by 'and'/'or' right after
    the reported clause that repeats a preposition of a phrase in it (or of its passive agent) is
    that phrase's second member, part of what was said (the cue's own phrases are not joined to
    its content)."""
    doc = verb.doc
    between = doc[end:phrase.i]
    if phrase.dep_ != "prep" or phrase.i <= end or not any(t.dep_ == "cc" and t.lower_ in COORDINATORS for t in between) \
            or not all(t.is_punct or t.dep_ == "cc" for t in between):
        return False
    return any(t.dep_ in ("prep", "agent") and t.lower_ == phrase.lower_ and t.head.i != verb.i for t in doc[start:end])


def _predicate_of_reported_subject(conj: Token, verb: Token) -> bool:
    """'argued that the clauses were void, and would therefore require a referendum', '..., he said, and
    would appear in court on Friday', '..., he said, and was expected to rise again': a verb
    without a subject that the parser joined to the cue, itself no verb of speech, which cannot be
    the writer's next event of the speaker - it carries the back-shifted modal of reported speech,
    states ('be'), stands in the present or the pluperfect under a past cue, or is a verb of will
    over an infinitive or a clause (VOLITION_VERBS, _wills_an_act: what the speaker wants is known
    only from what was said; not 'and wanted a new contract') - shares the
    reported clause's subject: it goes on with what was said; so does a present perfect set by 'but'
    against a reported present (`_perfect_against_present_report`). A speaker's next act ('and cut his
    target', 'but declined to say') or a narrated future ('and would later resign') is none; a cue is
    none but in the pluperfect ('and had asked both sides to meet': back-shifted, what was said)."""
    pluperfect = verb.tag_ == "VBD" and _pluperfect(conj)       # 'and had asked both sides to meet': back-shifted
    if conj.dep_ != "conj" or conj.head.i != verb.i or conj.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in child_tokens(conj)) \
            or conj.lemma_ in _ANY_CUE_LEMMA and not pluperfect \
            or conj.tag_ not in FINITE_VERB_TAGS + ("VB", "VBN") \
            or any(t.is_quote for t in conj.doc[verb.i:conj.i]) \
            or _cue_goes_on(conj, verb) or _has_according_to(conj):
        return False        # '..., officials said, and were likely to rise, according to analysts': another source's
    children = child_tokens(conj)
    if any(c.dep_ == "advmod" and c.lower_ in NARRATED_FUTURE_ADVERBS for c in children) \
            or any(t.lemma_ in CUE_VERB_LEMMAS and t.pos_ == "VERB" and not (pluperfect and t is conj) for t in conj.subtree):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in BACKSHIFTED_MODALS for c in children)
    state = conj.lemma_ == "be" and conj.tag_ in FINITE_VERB_TAGS
    present = verb.tag_ == "VBD" and conj.tag_ == "VBZ"     # not 'cut', 'set': their present is their past
    will = conj.lemma_ in VOLITION_VERBS and not _negated(conj) and _wills_an_act(conj)
    return modal or state or present or will or pluperfect or _perfect_against_present_report(conj, verb)


def _perfect_against_present_report(conj: Token, verb: Token) -> bool:
    """'told the board the clinic needs 40 more nurses, but has hired only 12': a present perfect joined
    by 'but' to a cue in the past, whose reported clause is in the present, sets what has been done
    against what is said to be needed, in the speaker's present frame. Not after 'and' ('and has quit the
    board': as likely the speaker's next act), nor with a time of its own ('but has since resigned', 'but
    has already spent ...': the writer's update)."""
    return verb.tag_ == "VBD" and _tense(conj) == "perfect" \
        and any(c.dep_ == "cc" and c.lower_ == "but" and verb.i < c.i < conj.i
                for c in [*child_tokens(verb), *child_tokens(conj)]) \
        and any(c.dep_ == "ccomp" and c.i < conj.i and _tense(c) == "present" for c in child_tokens(verb)) \
        and not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in WRITERS_TIME_ADVERBS for t in conj.subtree)


def _wills_an_act(will: Token) -> bool:
    """'and wanted the state to step in', 'and planned to appeal', 'and intended that the fund be
    wound up': a verb of will whose complement is an infinitive or a clause (what is wanted, known only
    from what was said). A plain object ('and planned layoffs', 'and wanted a new contract') is none:
    it may be the writer's account of the speaker's acts or wishes."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
               and (c.dep_ == "ccomp" or any(a.tag_ == "TO" for a in child_tokens(c)))
               for c in child_tokens(will))


def _cue_goes_on(conj: Token, verb: Token) -> bool:
    """'A, he said on Monday, and would B': after a cue set behind the clause it reports, words of
    its own (not commas or 'and') stand between it and the joined verb."""
    return any(c.dep_ == "ccomp" and c.i < verb.i for c in child_tokens(verb)) \
        and not all(t.is_punct or t.dep_ == "cc" for t in conj.doc[verb.i + 1:conj.left_edge.i])


def _present_and_clause(clause: Token, verb: Token, start: int, end: int) -> bool:
    """'underlined that the deal is only a framework, and building is in the hands of investors':
    a present-tense 'be' clause joined by ', and' right after a reported 'be' clause in the
    present, which the parser hangs on a past-tense cue, goes on with what was said: two states
    described side by side (the writer's narrative after a past cue would be in the past: '...,
    and the talks ended'); not an event or a plan ('..., and the council meets on Friday'), an
    update of the writer's ('..., and traffic is flowing again', '..., and the city is now ...'),
    a bare 'and it is', a clause whose subject is a person's pronoun, nor after a denial ('denied
    that A, and B': B is no part of what was denied)."""
    doc = verb.doc
    if clause.dep_ != "conj" or verb.tag_ != "VBD" or verb.lemma_ in DENIAL_CUES \
            or [t.lower_ for t in doc[end:clause.left_edge.i]] != [",", "and"] or not _present_state(clause):
        return False
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in WRITERS_TIME_ADVERBS for c in child_tokens(clause)):
        return False        # '..., and traffic is flowing again': the writer's update
    subjects = [c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    reported = [r for r in _roots(doc, start, end) if r.pos_ in ("VERB", "AUX")]
    return bool(subjects) and not any(t.lower_ in PRONOUNS_SPEAKER_PERSON for t in subjects) \
        and bool(reported) and all(_present_state(r) for r in reported)


def _present_state(clause: Token) -> bool:
    """A clause of present-tense 'be' with its complement: 'the deal is only a framework', 'the
    road is open', 'building is in the hands of investors'."""
    return clause.lemma_ == "be" and clause.tag_ in ("VBZ", "VBP") \
        and any(c.dep_ in ("attr", "acomp", "prep") and c.i > clause.i for c in child_tokens(clause))


def _with_first_clause(verb: Token, clause: Token, start: int) -> int:
    """'The cost is $3bn, but demand is weak, he noted' read with the cue joined to the first
    clause and only the second as its own: a cue after both clauses of the sentence reports
    the two (not when the first is a statement of its own source: 'X denies it, but ...')."""
    head = verb.head
    if verb.dep_ != "conj" or clause.i > verb.i or head.i >= start or _own_statement(head) \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child_tokens(head)):
        return start
    subject = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < clause.right_edge.i or head.left_edge.i != verb.sent.start:
        return start
    doc = verb.doc
    own = {t.i for t in head.subtree} - {t.i for t in verb.subtree}
    if not all(k in own for k in range(head.left_edge.i, start)) or not any(
            doc[k].dep_ == "cc" and doc[k].lower_ in CLAUSE_COORDINATORS for k in range(head.i, start)):
        return start
    return head.left_edge.i


def _with_conclusion(verb: Token, start: int, end: int) -> tuple[int, int]:
    """'pointed out that one family may own two boats, so counting families does not count
    boats': a present-tense 'so' clause right after the reported clause is the conclusion the
    speaker draws from it (the parser hangs it on the cue, or the cue on it) when the reported
    clause is in the present too; a past-tense one ('..., so the boats left'), or one after a
    back-shifted report ('said the road was shut, so schools are closed'), is the writer's narrative."""
    doc = verb.doc
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "so":
        return start, end
    clause = doc[end + 1].head
    hung = clause.head.i == verb.i and clause.dep_ in ("advcl", "conj") or verb.dep_ == "ccomp" and verb.head.i == clause.i
    reported = _roots(doc, start, end)
    if not (hung and _present(clause) and clause.i > end and any(_present(r) for r in reported)):
        return start, end       # 'said the border was closed, so trucks are queuing': the writer's present
    return start, _last_word(doc, clause.i, clause.right_edge.i + 1) + 1


def _before_writers_so(doc: Doc, start: int, end: int) -> int:
    """'said the border was closed, so trucks are queuing at the port' read as one clause:
    a present-tense ', so' clause after a back-shifted report is the writer's narrative of
    what follows from it, not the speaker's conclusion; the content ends before it."""
    tokens = doc_tokens(doc)
    for k in range(start + 1, end - 1):
        if tokens[k].lower_ != "so" or tokens[k - 1].text != "," or tokens[k + 1].lower_ == "that":
            continue
        after = tokens[k].head
        before = [t for t in tokens[start:k - 1] if not start <= t.head.i < k - 1 or t.head.i == t.i]
        if after.i > k and _present(after) and before and not any(_present(t) for t in before):
            return k - 1
    return end


def _present(verb: Token) -> bool:
    """A verb in the present: present-tense itself or with a present auxiliary or a modal
    that is not back-shifted ('may carry', not 'would carry')."""
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBZ", "VBP") or c.tag_ == "MD" and c.lower_ not in BACKSHIFTED_MODALS)
        for c in child_tokens(verb))


def _backshifted_but(clause: Token) -> bool:
    """'said the port would stay open, but this would not last long', '..., but the council would
    bring in a charge', '..., but nothing had come of it': a 'but' clause the parser joined to the
    cue whose subject points back ('this', 'it'), is a common noun of no person or an indefinite
    pronoun ('nothing'), and whose modal ('would', 'could') or pluperfect 'had' is the reported
    speech's, not the narrator's ('would later', a cue of its own: the writer's); or a condition
    set on what was said (_condition_of_report)."""
    return clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in child_tokens(clause.head) if c.i < clause.i) \
        and (_condition_of_report(clause) or any(c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in ANAPHORIC_SUBJECTS or _body_or_thing(c) or c.pos_ == "PRON" and c.tag_ == "NN")
            for c in child_tokens(clause))
            and any(c.dep_ == "aux" and (c.lower_ in BACKSHIFTED_MODALS or c.lower_ == "had") for c in child_tokens(clause))
            and not any(c.dep_ == "advmod" and c.lower_ in NARRATED_FUTURE_ADVERBS for c in child_tokens(clause))
            and not any(t.lemma_ in CUE_VERB_LEMMAS and t.pos_ == "VERB" for t in clause.subtree))


def _has_subject(verb: Token) -> bool:
    """The word has a subject of its own (active or passive) among its dependents: a clause that
    stands on its own, not one that shares its subject with the word it hangs on; one test for the
    many rules of this module that ask it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in child_tokens(verb))


def _has_auxiliary(verb: Token) -> bool:
    """The word has an auxiliary of its own (active or passive) among its dependents."""
    return any(c.dep_ in ("aux", "auxpass") for c in child_tokens(verb))


def _in_bare_form(verb: Token) -> bool:
    """'claim', 'say': the word as written is its lemma and it has no auxiliary of its own."""
    return verb.lower_ == verb.lemma_ and not _has_auxiliary(verb)


def _condition_of_report(clause: Token) -> bool:
    """', but only if the neighbours agreed to ...', ', but not unless X paid': a 'but' clause of
    its own subject opened by 'if' or 'unless' cannot stand alone as the writer's; it is the
    condition the speaker set on what was said (whatever its verb: 'if the board agreed')."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in child_tokens(clause)) \
        and _has_subject(clause)


def _body_or_thing(subject: Token) -> bool:
    """'..., but the city council would bring in a charge': a common noun's subject, no person
    named or pointed to; with the modal back-shifted after a past cue, the clause is reported too."""
    return subject.pos_ == "NOUN" and not _names_a_person(subject)


def _quoted_continuation(clause: Token, verb: Token) -> bool:
    """'said it was too soon to judge, and there was "no sign" so far that ...': a back-shifted
    clause the parser joined to a past cue, without a source of its own (no subject that can
    speak, no cue), that quotes words is the speaker's too, for the quoted words are theirs; so
    is one joined without a comma and without a time of its own ('said the rules were too loose
    and it relied on advisers'): the writer's next event is set off or dated."""
    if not (clause.dep_ == "conj" and clause.head.i == verb.i and verb.tag_ == "VBD" and clause.pos_ in ("VERB", "AUX")
            and (clause.tag_ == "VBD" or _pluperfect(clause)
                 or any(c.dep_ == "aux" and c.lower_ in BACKSHIFTED_MODALS for c in child_tokens(clause)))
            and any(c.dep_ == "cc" and c.lower_ in CLAUSE_COORDINATORS for c in child_tokens(verb) if c.i < clause.i)):
        return False
    subject = next((c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    words = list(clause.subtree)
    if subject is None and _pluperfect(clause) and sum(t.is_quote for t in words) >= 2 \
            and not any(t.lemma_ in CUE_VERB_LEMMAS and t.pos_ == "VERB" for t in words):
        return True     # 'said the town had asked for aid, but had received "not a cent"': the quote is theirs
    if subject is None or subject.dep_ != "expl" and subject.lower_ not in ANAPHORIC_SUBJECTS and _can_speak(subject):
        return False
    if any(t.lemma_ in CUE_VERB_LEMMAS and t.pos_ == "VERB" for t in words):
        return False
    if sum(t.is_quote for t in words) >= 2:
        return True
    doc = clause.doc        # 'said the rules were too loose and it relied on advisers': no comma, no new time
    joiner = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return joiner is not None and joiner.dep_ == "cc" and joiner.i > 0 and doc[joiner.i - 1].text != "," \
        and not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in NARRATED_FUTURE_ADVERBS for t in words)


def _pluperfect(verb: Token) -> bool:
    """'had received': a past participle with the auxiliary 'had', the tense of back-shifted speech."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in child_tokens(verb))


def before_semicolon(clause: Token, verb: Token) -> bool:
    """'X denies it; reports describe ...': a clause ended by a semicolon before the cue is a
    sentence of its own, not what the cue reports."""
    return clause.i < verb.i and any(t.text == ";" for t in verb.doc[clause.right_edge.i:verb.i])


def _earlier_statement(clause: Token, verb: Token) -> bool:
    """'"A," X said, and "B," Y added' read with both before 'added' as its clauses: the
    first is a cue with its own subject, X's statement, not what Y adds."""
    return clause.i < verb.i and _own_statement(clause)


def _own_statement(head: Token) -> bool:
    """'The agency denies it; reports describe ...': a clause that is itself a cue with a
    subject is another source's statement, not the words a parenthetical cue reports."""
    return head.lemma_ in CUE_VERB_LEMMAS and any(c.dep_ == "nsubj" for c in child_tokens(head))


def _is_time(phrase: Token) -> bool:
    """'on Monday', 'last week', 'for the first time': when it was said, not what."""
    return phrase.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") or c.lemma_ in OCCASION_TIME_NOUNS
                                         for c in child_tokens(phrase))


def _span_of(clause: Token, verb: Token) -> tuple[int, int]:
    """The clause's words, without a second statement coordinated to it that has a source
    of its own ("the plan will work, but critics say it will fail")."""
    cut = set()
    for conj in child_tokens(clause):
        if conj.dep_ == "conj" and conj.i > clause.i and any(
                c.dep_ == "nsubj" for c in child_tokens(conj)) and conj.lemma_ in SPEECH_VERBS \
                and not _opened_by_that(conj) and not _reported_act_of_speech(conj) \
                and not _joined_in_reported_tense(conj, verb):   # '..., and that the board expected ...': the cue's second clause
            cc = [c for c in child_tokens(clause) if c.dep_ in ("cc", "punct") and clause.i < c.i < conj.i]
            cut |= {t.i for t in conj.subtree} | {c.i for c in cc}
    doc = clause.doc
    subtree = list(clause.subtree)      # walked three times below
    for t in subtree:    # '... misses the goal and asked whether ...': the speaker's next statement
        if _next_statement(clause, t) or _act_of_speaker(clause, t) or _tensed_after_infinitive(t, verb) \
                or t.head.i == clause.i and _active_joined_to_passive(t):
            cc = [c.i for c in t.head.children if c.dep_ in ("cc", "punct") and t.head.i < c.i < t.i]
            cut |= {u.i for u in t.subtree} | set(cc)
    for t in subtree:    # '..., further saying, "..."': the speaker's next statement
        if not (t.i > clause.i and t.tag_ == "VBG" and t.lemma_ in SPEECH_VERBS and t.dep_ in ("advcl", "conj", "xcomp")):
            continue        # the cheap test first: the comma is looked for only before such a verb
        before = t.left_edge.i - 1
        while before > 0 and doc[before].text in CLOSING_QUOTES:
            before -= 1
        if doc[before].text == ",":
            cut |= {u.i for u in t.subtree} | {before}
    tokens = sorted((t for t in subtree if t.i != verb.i and t.i not in cut), key=lambda t: t.i)   # a parse that
    # crosses its own arcs ('offer $4m ... to help pay for fencing, planting and ...', 'planting' hung on '$4m')
    # walks a subtree out of order: the clause runs from its first word to its last
    while len(tokens) > 1 and tokens[0].lower_ == "that" and tokens[0].i < clause.i < tokens[0].head.i:
        tokens.pop(0)       # '... that the works were planned but had not been funded': the complementiser
        # read as the object of a verb across the clause's head
    while len(tokens) > 1 and (_edge_punct(tokens[-1]) and tokens[-1].text not in ".!?" + CLOSING_QUOTES or tokens[-1].dep_ == "cc"):
        tokens.pop()        # '... much worse — and [she added ...]'

    return tokens[0].i, tokens[-1].i + 1


def _opinion_without_its_clause(conj: Token, verb: Token, end: int) -> bool:
    """'said the society had kept full records and believed nearly all the unpaid invoices dated from
    before the merger': a verb of opinion (FRAMENET_OPINION) joined by a bare 'and'/'but' right after what a cue of
    saying reports, with no subject and no clause of its own (the parser read its clause as an object) is
    no act the writer narrates: a belief is known only as said; it goes on with the reported clause. With
    a clause of its own ('and believed that ...') it is a statement of its own; with a comma or a subject,
    the writer's."""
    doc = verb.doc
    return conj.dep_ == "conj" and conj.head.i == verb.i and conj.lemma_ in FRAMENET_OPINION \
        and verb.lemma_ in _SAY_OR_TELL and end < conj.i and not _has_subject(conj) \
        and not any(c.dep_ in ("ccomp", "xcomp", "mark") for c in child_tokens(conj)) \
        and conj.left_edge.i == conj.i and conj.i - end == 1 and doc[end].dep_ == "cc" \
        and doc[end].lower_ in CLAUSE_COORDINATORS


def _reported_act_of_speech(conj: Token) -> bool:
    """'said owners could ask for a new inspection and the agency would respond within a day': a verb
    of speech under a modal ('would', 'will'), not negated, that says nothing (no clause or quotation
    of its own, no object it judges: 'the new berth would add ten more') is an act the speaker
    foretells, part of what was said, not a second source's statement ('but critics say it will fail' has its own clause; 'but the
    council would not comment' is the writer's)."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in child_tokens(conj)) and not _negated(conj) \
        and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") or c.dep_ == "dobj" and conj.lemma_ in OBJECT_CUES
                    for c in child_tokens(conj)) \
        and not any(t.is_quote for t in conj.subtree)


def _next_statement(clause: Token, t: Token) -> bool:
    """'said the plan would fail and asked whether ...', 'said she backed the plan but feared the
    costs would rise': a tensed verb of speech or stance joined without a subject to the reported
    clause (or a verb in it) is the speaker's next statement, not part of the first; a verb of support
    with a bare count ('and supported 5000 jobs') holds no stance: it goes on with the clause."""
    return t.dep_ == "conj" and t.lemma_ in SPEECH_VERBS and t.tag_ in ("VBD", "VBZ", "VBP") and t.i > clause.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
        and not _shares_passive(t) and not _reported_speakers_next(clause, t) and not _shares_pluperfect(clause, t) \
        and not _present_beside_past_report(clause, t) and _counted_object(t) is None and not _shares_modal(t) \
        and not (_contrast_to_denied(t) and not any(c.dep_ in ("ccomp", "xcomp") for c in child_tokens(t))) \
        and not _in_a_requests_list(t)     # '... to lock the doors and report any damage': still the list


def _do_support(verb: Token) -> Token | None:
    """The auxiliary 'do' of 'did not comment', 'does not plan': a bare form whose tense it carries is no
    infinitive; a tensed verb joined to it can share its subject. None where the verb has none."""
    return next((c for c in child_tokens(verb) if c.dep_ == "aux" and c.lemma_ in DO_SUPPORT_LEMMAS), None)


def _contrast_to_denied(conj: Token) -> bool:
    """'said the hospital did not track waiting times but published monthly admissions', 'told the inquiry
    the tests did not rule out a leak but showed wear in the pipes': a verb joined by 'but', without a
    subject, to a reported clause negated with 'do', in the tense the 'do' carries, is the other half of
    one contrast ('not A but B'), which shares that clause's subject; it goes on with what was said, no
    next act of the speaker's (a verb of speech with a clause of its own, '... but warned that ...', is
    the speaker's next statement all the same: `_next_statement`). Not a tense of its own ('does not
    comment on cases but referred questions to ...'); not an act of answering the one who asks
    (SPEAKERS_ANSWERING_ACTS, REDIRECTING_VERBS over an object: 'but declined further comment', 'but
    pointed reporters to a statement': the writer's narration of the reply); not a verb of speech, stance
    or thanks after a subject of persons ('admitted his team did not train hard but praised the fans': the
    speaker's own evaluation, a subject who, like the speaker, could have spoken)."""
    head = conj.head
    do = _do_support(head)
    if conj.dep_ != "conj" or do is None or not _negated(head) or _has_subject(conj) \
            or not any(c.dep_ == "cc" and c.lower_ == "but" and head.i < c.i < conj.i for c in child_tokens(head)):
        return False
    if (do.tag_ == "VBD") != (conj.tag_ == "VBD") or conj.tag_ not in ("VBD", "VBZ", "VBP"):
        return False        # 'does not comment but referred ...': the writer's past beside the speaker's present
    if conj.lemma_ in SPEAKERS_ANSWERING_ACTS \
            or conj.lemma_ in REDIRECTING_VERBS and any(c.dep_ == "dobj" for c in child_tokens(conj)):
        return False
    subject = next((c for c in child_tokens(head) if c.dep_ == "nsubj"), None)
    persons = subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in PERSON_SUBJECT_PRONOUNS
                                       or any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVE_PRONOUNS
                                              for c in child_tokens(subject)))
    return not (persons and (conj.lemma_ in _SPEECH_STANCE_OR_CREDITING_VERBS or conj.lemma_ in ANSWERING_VERBS))


def _bare_verb_hung_on_cue(verb: Token, clause: Token) -> Token | None:
    """'She told the court X would knock on doors, claim he had spotted loose tiles and then press ...' with
    'claim' hung on the cue: a verb in its bare form (the word is its lemma, no subject or auxiliary) set
    after the reported clause, whose verb is under a modal, cannot be the next act of a subject the cue
    gives in the past; it shares the clause's modal and subject (see _shares_modal). The verb, else None."""
    if verb.tag_ != "VBD" or not any(c.dep_ == "aux" and c.lower_ in MODAL_AUXILIARIES for c in child_tokens(clause)):
        return None
    return next((c for c in child_tokens(verb) if c.dep_ in ("dep", "conj") and clause.right_edge.i < c.i <= clause.right_edge.i + 2
                 and verb.doc[c.i - 1].text == "," and c.pos_ == "VERB" and _in_bare_form(c) and not _has_subject(c)), None)


def _shares_modal(conj: Token) -> bool:
    """'said he would knock on doors, claim he had spotted loose tiles and then press them to pay',
    'told the court the men would ring, say they were from the council and ask to come in': a verb of
    speech in its bare form (the word is its lemma, no auxiliary or subject of its own) joined to a verb
    under a modal or 'to' shares that modal and that verb's subject: it is one more act in what is said,
    no next statement of the speaker's, who would have written it in the cue's tense ('and insisted',
    'and claims')."""
    return _in_bare_form(conj) \
        and any(c.dep_ == "aux" and (c.lower_ in MODAL_AUXILIARIES or c.tag_ == "TO") for c in child_tokens(conj.head))


def _present_beside_past_report(clause: Token, conj: Token) -> bool:
    """'said the panel had received 52 letters, and expects to hear from 25 residents': a
    verb in the present before a 'to' infinitive, joined without a subject to a clause that a cue in
    the past reports, is in the speaker's frame, not the writer's (whose narrative of the speaker's
    next act would be in the past, like the cue): it goes on with what was said, where the clause's
    subject can be its subject too (not 'the river was polluted and vows to ...'). Not a verb of
    statement ('and argues for a ban', 'and argues to ...'): the speaker's stance, a statement of its own."""
    return conj.tag_ in ("VBZ", "VBP") and clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" \
        and _tense(clause.head) == "past" and conj.lemma_ not in FRAMENET_STATEMENT \
        and not _subject_cannot_act(clause) and not any(c.dep_ in ("ccomp", "dobj") for c in child_tokens(conj)) \
        and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child_tokens(c))
                for c in child_tokens(conj))


def _next_statement_of_reporter(conj: Token) -> bool:
    """The conjunct is the next statement of the verb that reports the clause it is joined to
    ('X said she backed the plan but feared ...': X's 'feared'), so that verb's subject holds it."""
    clause = conj.head
    return conj.dep_ == "conj" and clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" \
        and clause.head.lemma_ in SPEECH_VERBS and _next_statement(clause, conj) and _not_the_clause_subjects(clause)


def _not_the_clause_subjects(clause: Token) -> bool:
    """The reported clause's subject cannot hold a verb joined to it without one: a thing ('the
    costs'), a pronoun that may be the reporter ('said she backed the plan but feared ...'), or a
    clause whose modal a past verb cannot share ('would challenge ... and warned'). A person or
    body of the same tense may ('said the contractor left the site and claimed ...': his claim)."""
    subject = next((c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or _pronoun_may_be_reporter(subject, clause.head) \
        or _subject_cannot_act(clause) or any(a.dep_ == "aux" and a.tag_ == "MD" for a in child_tokens(clause))


def _pronoun_may_be_reporter(pronoun: Token, reporting: Token) -> bool:
    """'Ms Lowe said she ...', 'Residents said they ...': a personal pronoun of the reporter's number
    and, where a title tells it, sex ('Ms Lowe said he lied': another)."""
    reporter = next((c for c in child_tokens(reporting) if c.dep_ == "nsubj"), None)
    if reporter is None or pronoun.lower_ not in _SPEAKER_PRONOUNS:
        return False
    words = {t.lower_.rstrip(".") for t in reporter.subtree}
    plural = reporter.tag_ in PLURAL_NOUN_TAGS or reporter.lower_ in PRONOUNS_SPEAKER_PLURAL
    if (pronoun.lower_ in PRONOUNS_SPEAKER_PLURAL) != plural:
        return False
    return not (pronoun.lower_ == "he" and words & FEMALE_TITLES or pronoun.lower_ == "she" and words & MALE_TITLES)


def _tensed_after_infinitive(conj: Token, verb: Token) -> bool:
    """'urged both sides to show restraint and offered to host talks', 'said the firm would cut
    jobs and apologised': a tensed verb ('offered', 'apologises', not 'cut' or 'set', whose past is
    their base) joined without a subject or auxiliary of its own to a bare infinitive cannot share
    its 'to' or modal: it is the speaker's next act, no part of what is said or asked for
    ('to cut fees and spend more' stays whole). Only after 'and', 'but' or 'or' ('for the chance a
    crisis forces her out': a clause the parser joined to the infinitive, no second act). Not where
    the infinitive hangs on a verb of the reported clause with a subject of its own ('said the rebels
    had agreed to lay down arms and returned home'): the tensed verb can share that subject, the
    reported subject's next act. Nor the other half of a contrast to a bare form whose tense 'do' carries
    ('did not track A but published B'): no infinitive (_contrast_to_denied)."""
    return conj.dep_ == "conj" and conj.head.tag_ == "VB" and conj.tag_ in ("VBD", "VBZ", "VBN") \
        and not (conj.lemma_ in VOLITION_VERBS and _wills_an_act(conj)) and not _state_or_backshifted(conj) \
        and not _infinitive_of_reported_subject(conj.head, verb) and not _contrast_to_denied(conj) \
        and conj.lower_ != conj.lemma_.lower() and conj.i > conj.head.i \
        and any(c.dep_ == "cc" and conj.head.i < c.i < conj.i for c in child_tokens(conj.head)) \
        and not any(c.dep_ in _SUBJECT_OR_AUXILIARY_DEPS for c in child_tokens(conj))


_SUBJECT_OR_AUXILIARY_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "aux", "auxpass", "compound")


def _state_or_backshifted(conj: Token) -> bool:
    """'told members the panel would hear the case and was ready to rule within a week', 'said the
    trust would shut the ward and had found beds elsewhere': a copula (the parser's AUX) with an adjective of stance
    (STANCE_ADJECTIVES: 'likely to', 'confident of', 'ready to') is the reported subject's own stance,
    and a 'had' before a past participle (a pluperfect the parser split into 'had' and an adjective)
    a past shifted back as reported speech shifts it: no next act, it goes on with what was said. Not
    another copula ('and was the largest carrier', 'and was in administration': the writer's word on
    the body), not after a person for subject (a name or a pronoun: 'said Dr Ruse would resign and was
    in hospital': the writer's word on the person), nor with a point in time of its own
    (_a_point_in_time)."""
    subject = next((c for c in child_tokens(conj.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in PERSON_SUBJECT_PRONOUNS or subject.ent_type_ == "PERSON" \
            or subject.pos_ == "PROPN" and not subject.ent_type_ or _a_point_in_time(conj):
        return False
    if conj.pos_ == "AUX":
        return any(c.dep_ == "acomp" and c.lemma_.lower() in STANCE_ADJECTIVES for c in child_tokens(conj))
    after = conj.nbor(1) if conj.i + 1 < len(conj.doc) else None
    return conj.lemma_ == "have" and after is not None and after.tag_ == "VBN"


def _infinitive_of_reported_subject(infinitive: Token, verb: Token) -> bool:
    """'the rebels had agreed to lay down arms', 'the crew had skipped lunch "to finish the job"': an
    infinitive complement or clause of purpose of a verb, other than the cue, that has a subject of
    its own."""
    governor = infinitive.head
    return infinitive.dep_ in ("xcomp", "advcl") and governor.i != verb.i \
        and _has_subject(governor)


def _reported_speakers_next(clause: Token, conj: Token) -> bool:
    """'X said a clerk told her the budget was short and suggested that ...': a verb of saying joined
    to a reported clause that is itself another subject's act of saying, in the same tense, is that
    subject's next statement, part of what X reported ('... misses the goal and asked whether': X's own)."""
    return conj.head.i == clause.i and clause.lemma_ in SPEECH_VERBS and clause.tag_ == conj.tag_ \
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in clause.children)


def _shares_pluperfect(clause: Token, conj: Token) -> bool:
    """'said the board had weighed a smaller cut but agreed that ...', 'said the cabinet had tried
    to ... but concluded they could not ...': a verb of reaching a view in the participle's form,
    joined without a subject or auxiliary of its own to a reported clause in the pluperfect,
    shares its 'had' and its subject; it is the clause's, part of what is said ('... and added
    that' stays the speaker's next statement)."""
    return conj.lemma_ in CONCLUDING_VERBS and conj.tag_ in ("VBD", "VBN") \
        and not _has_auxiliary(conj) and _tense(clause) == "pluperfect"


def _shares_passive(conj: Token) -> bool:
    """'would be freed, only to be detained and told he must remain': a verb of telling
    joined to a passive shares its 'be' ('told' read as a past; 'was told he would ...'), no
    next statement of the speaker's ('had been found and suggested he ...' cannot be passive).
    A thing's passive ('no decision had been taken', 'the samples were tested') shares it with
    no verb of telling that has a hearer and a message or a clause of its own ('... but warned
    that ...', '... and cautioned that ...'): a thing is not told that anything is so, nor does it
    tell; the verb is the speaker's next statement ('were tested and shown to contain' shares it)."""
    return conj.lemma_ in HEARER_CUES and any(c.dep_ == "auxpass" for c in child_tokens(conj.head)) \
        and not (conj.tag_ == "VBD" and (any(c.dep_ == "dobj" for c in child_tokens(conj)) and _hearer_and_message(conj)
                                         or any(c.dep_ == "ccomp" for c in child_tokens(conj)))
                 and _subject_cannot_act(conj.head))


def _act_of_speaker(clause: Token, conj: Token) -> bool:
    """'claimed that the tenants were squatters and then evicted them from the flats': a verb joined
    to the reported clause without a subject, whose object pronoun agrees with the clause's
    subject, cannot share that subject (it would be 'themselves'); it is the cue's subject's
    next act, no part of what was said. ('to be detained and told ...' shares its form.)"""
    if conj.dep_ != "conj" or conj.head.i != clause.i or conj.pos_ != "VERB" or conj.tag_ in ("VB", "VBP") \
            or _has_subject(conj) or _has_auxiliary(conj):
        return False        # 'demanded that owners pay the wage and register them': a base form is what is asked
    subject = next((c for c in child_tokens(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in child_tokens(conj) if c.dep_ == "dobj"), None)
    if subject is None or obj is None or obj.lower_ not in OBJECT_PRONOUN_NUMBER:
        return False
    plural = subject.tag_ in PLURAL_NOUN_TAGS or subject.lower_ in PLURAL_SUBJECT_PRONOUNS \
        or any(c.dep_ == "conj" for c in child_tokens(subject))
    singular = subject.tag_ in ("NN", "NNP") and not plural or subject.lower_ in SINGULAR_SUBJECT_PRONOUNS
    number = OBJECT_PRONOUN_NUMBER[obj.lower_]
    return number == "plural" and plural or number == "singular" and singular


def _according_to(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span, token: Token,
                  n: int) -> list[Attribution]:
    """'According to X, ...'; 'according to police and medics' is one statement of each."""
    to = next(c for c in child_tokens(token) if c.lower_ == "to")
    source = next((c for c in child_tokens(to) if c.dep_ == "pobj"), None)
    if source is None:
        return []
    slip = {t for c in child_tokens(source) if c.dep_ == "appos" and c.pos_ in ("ADJ", "VERB") for t in c.subtree}
    subject, owner = _subject_read_into_source(token, to)
    if subject:     # 'According to the department, brick kilns account for ...': 'brick kilns' is the clause's
        slip |= set(subject)
        source = owner
    apposed = _name_apposed_to_source(resolver, sent, to, source)
    phrase = ({token, *to.subtree} - slip) | _trailing_name_of_source(sent, to) | _contact_relative_on_source(token, source)
    if apposed:         # 'According to the trust's chief executive, Ann Lowe, …': her name is no part of what is said
        phrase |= set(apposed)
    phrase |= _participle_on_source(sent.doc, max(t.i for t in phrase))
    last = max(t.i for t in phrase)
    if with_its_closing_bracket(sent.doc, min(t.i for t in phrase), last + 1) > last + 1:
        phrase.add(doc_tokens(sent.doc)[last + 1])      # '(HBS)' with ')' hung on the verb: the source's own
    rest = [t for t in _clause_around(sent, token) if t not in phrase and not t.is_space]
    while rest and rest[0].is_punct:
        rest.pop(0)
    while rest and _edge_punct(rest[-1]):
        rest.pop()
    if len(rest) < 3 or _reports_a_cue([t for t in rest if t.i < token.i]) or _own_records_of_speaker(source, rest):
        return []
    cue = _cue_set_off_before(rest, token)
    if cue is not None:
        if cue in token.head.subtree:
            return []       # the other speaker's words and the source's cannot be told apart
        own = {t.i for t in token.head.subtree}
        rest = [t for t in rest if t.i in own]      # 'A rose 4%, X said, while B fell 2%, according to Y': Y's is B's fall
        while rest and (rest[0].is_punct or rest[0].dep_ in ("mark", "cc") and rest[0].head.i == token.head.i):
            rest.pop(0)
        if len(rest) < 3:
            return []
    rest = _beside_an_act(rest, token)
    if len(rest) < 3:
        return []
    base = parsed.offset(sent.doc)
    sources = [source, *(c for c in source.conjuncts if c.i > source.i and c not in slip)]
    span = (base + rest[0].idx, base + rest[-1].idx + len(rest[-1].text))
    speakers = [resolver.resolve(s, n, span, joint=len(sources) == 1) for s in sources]
    if apposed and speakers[0].actor != resolver.named(apposed[-2]):
        speakers = [resolver.resolve(apposed[-2], n, span)]     # she is the source, not the post in words
    name = rest[0]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.pos_ == "PROPN" and resolver.named(name) in {sp.actor for sp in speakers if sp.actor}:
        while rest and (rest[0].pos_ == "PROPN" or rest[0].is_punct):
            rest.pop(0)     # 'According to the mayor, Ann Lowe, ...': her name is no part of what she says
        if len(rest) < 3:
            return []
    lo, hi = min(t.i for t in phrase), max(t.i for t in phrase)
    relative: list[Attribution] = []
    if _relative_on_source(sent.doc, hi):
        relative = _relative_report(parsed, resolver, sent, hi, sources, n)
        if relative and not any(t.i < lo for t in rest):
            closed = next(t for t in sent.doc[hi + 1:] if not t.is_punct).head.right_edge.i
            rest = [t for t in rest if t.i > closed]    # 'According to police, who said ..., 400 marched'
            while rest and rest[0].is_punct:
                rest.pop(0)
        else:
            rest = [t for t in rest if t.i < lo]    # '..., according to police, who said ...': the clause is theirs
        if len(rest) < 3:
            return relative
    joiner = lo - 2 if lo > 1 and sent.doc[lo - 1].text == "," else lo - 1
    if joiner >= 0 and sent.doc[joiner].dep_ == "cc" and sent.doc[joiner].lower_ in CLAUSE_COORDINATORS:
        rest = [t for t in rest if t.i > hi]    # 'X happened and according to Y Z happened': Y says Z
        shared = [] if _has_own_subject(rest) else _shared_subject(rest, lo) or _copula_subject(rest, token)
        if len(rest) < 3 or not _has_own_subject(rest) and not shared:
            return []
        rest = shared + rest        # 'X had A and, according to Y, was called B': Y says 'X was called B'
    framed = _framed_last_clause(rest, lo)
    if framed:
        rest = framed       # 'The storm moved north, where authorities had evacuated 40,000, according to X'
    relayed = _relayed_finding(token, rest, hi)
    if relayed:
        rest = relayed      # 'According to the report, biologists found that ...': what they found
    words = [t for t in rest if not (t.text == "," and t.i in (lo - 1, hi + 1))]
    parts = [[t for t in words if t.i < lo], [t for t in words if t.i > hi]]    # the phrase left out
    if parts[0] and (_time_of_cue(parts[1], hi) or _writers_scene_after(parts[0], parts[1], hi)
                     or _other_voice_after(parts[0], parts[1], hi)):
        rest = [t for t in rest if t.i < lo]    # 'X has died, according to Y on Friday': when Y said it
        parts[1] = []
    text = _clean_content(" ".join(sent.doc[p[0].i:p[-1].i + 1].text for p in parts if p))
    span = (base + rest[0].idx, base + rest[-1].idx + len(rest[-1].text))
    return [Attribution(sp, ACCORDING_CUE, base + token.idx, span[0], span[1], text, n) for sp in speakers] + relative


def _participle_on_source(doc: Doc, last: int) -> set[Token]:
    """'According to the review, prepared by the directorate and submitted last month, 312 posts ...': a
    past participle set off by commas right after the source, with no subject of its own, tells how the
    source came about (the parser hangs it on the main verb); it is no part of what the source says."""
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return set()
    verb = doc[last + 2]
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl") or verb.left_edge.i != verb.i \
            or _has_subject(verb):
        return set()
    end = verb.right_edge.i
    if end + 1 >= len(doc) or doc[end + 1].text != "," or verb.head.i <= end:
        return set()
    return {doc[last + 1], *verb.subtree}


def _contact_relative_on_source(according: Token, source: Token) -> set[Token]:
    """'..., according to figures the board's owners cited at the hearing': a clause whose subject
    stands right after the source's noun, with no 'that', and whose verb has no object of its own
    (the source is that object) is a relative clause on the source, which the parser made the verb
    'according' hangs on. Its words are the source's phrase, not what the source says."""
    verb, doc = according.head, according.doc
    subject = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or verb.i < according.i or subject is None or according.i == 0 \
            or doc[according.i - 1].text != "," or doc[source.right_edge.i].is_punct \
            or subject.left_edge.i != source.right_edge.i + 1 or source.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in child_tokens(verb)):
        return set()
    inside = {u.i for u in according.subtree}
    return {t for t in verb.subtree if t.i > source.i and t.i not in inside}


def _relayed_finding(according: Token, rest: list[Token], hi: int) -> list[Token]:
    """'According to a report, marine biologists found that the corals had turned white', 'Biologists
    found that ..., according to a report submitted on Monday': an 'according to' around a clause in
    which another subject found or showed (a factive verb: what is found is so) that something is so
    relays the finding; what the source gives is that clause, without the finder and the verb. Not a
    cue ('According to Lee, callers told victims that ...', 'prosecutors alleged that ...': the source's
    account is that it was said, not that it is so)."""
    verb = next((a for a in [according.head, *according.head.ancestors] if a.pos_ == "VERB"
                 and a.lemma_ in SOURCE_FINDING_VERBS and _has_subject(a)), None)
    if verb is None or _negated(verb) or verb.dep_ not in ("ROOT", "ccomp"):
        return []
    subject = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    clause = next((c for c in child_tokens(verb) if c.dep_ == "ccomp" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in child_tokens(c))), None)
    kept = {t.i for t in rest}
    if subject is None or clause is None or subject.i > verb.i or subject.left_edge.i not in kept \
            or not (hi < subject.left_edge.i or according.i > clause.left_edge.i):
        return []       # the source's phrase lies before the finder or inside the clause, nowhere else
    if any(t.i > clause.right_edge.i and not t.is_punct for t in rest):
        return []       # '..., found that X and warned ...': more than the clause; left as it is
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _has_subject(c) for c in child_tokens(clause)):
        return []       # '... found that the flats were damp and recommended repairs': whose the second is, unclear
    words = [t for t in rest if clause.left_edge.i < t.i <= clause.right_edge.i]
    return words if len(words) >= 3 else []


def _framed_last_clause(rest: list[Token], lo: int) -> list[Token]:
    """'The storm weakened as it moved north, where authorities had evacuated 40,000 people,
    according to officials', 'The plan comes as waiting times have stretched to eight months,
    according to ministry data': an 'according to' phrase closing the sentence after a clause
    of its own subject that the writer hangs on the narrative (a 'where' or 'when' relative set
    off by a comma, or the 'as' of 'comes as'), an event in the past or perfect,
    backs that clause only: what was counted or measured, not the writer's frame around it ('...,
    where 3,000 people live': a standing fact, the whole sentence's). [] where the sentence has no
    such last clause."""
    if not rest or rest[-1].i >= lo or rest[-1].i + 2 != lo:
        return []
    words = [t for t in rest if t.i < lo]
    for k, t in enumerate(words[1:-2], start=1):
        opener = t.lower_ in RELATIVE_ADVERBS and words[k - 1].text == "," and t.head.dep_ == "relcl" \
            or t.lower_ == "as" and words[k - 1].lemma_ == "come" and words[k - 1].pos_ == "VERB"
        if not opener:
            continue
        clause = words[k + 1:]
        if any(u.tag_ in ("VBD", "VBN") and any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in child_tokens(u)) for u in clause) \
                and len(clause) >= 3 and not any(u.text in ",;" and u.head.i < t.i for u in clause):
            return [u for u in clause if not (u.is_punct and u.i == clause[-1].i)] or clause
    return []


def _subject_read_into_source(according: Token, to: Token) -> tuple[list[Token], Token | None]:
    """'According to the department, brick kilns account for ...', 'According to the officer, Dr
    Ann Lowe, about two-thirds of patients are children': the parser hung the opening clause's
    subject on the source's phrase (as its head, in apposition, or after the phrase's one comma as a
    modifier of its noun: 'According to city data, south and west Dunmore account for ...'; no
    modifier of a noun follows it after a comma), leaving the clause's verb,
    right after the phrase, without a subject. The words after the phrase's last comma are that
    subject; the source is the one word heading the words before that comma. ([], None) where
    the verb has a subject, or the words cannot be parted so, or those words are not the head or
    an apposition but the last of a list ('According to data from the World Bank, India, China
    and Brazil are growing': where the source's list ends is not known)."""
    verb, doc = according.head, according.doc
    last = to.right_edge.i
    if verb.i <= last or verb.pos_ not in ("VERB", "AUX") or according.i > to.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in child_tokens(verb)) \
            or not all(_modifies_verb(t, verb) for t in doc[last + 1:verb.i]):
        return [], None
    commas = [t.i for t in doc[to.i + 1:last + 1] if t.text == ","]
    if not commas:
        return [], None
    before = [t for t in doc[to.i + 1:commas[-1]] if not t.is_punct]
    subject = list(doc[commas[-1] + 1:last + 1])
    tops = [t for t in before if not to.i < t.head.i < commas[-1] and t.dep_ != "det"]    # 'the' of 'the department'
    heads = [t for t in subject if not commas[-1] < t.head.i <= last]
    if len(tops) != 1 or not subject or subject[0].is_punct or len(heads) != 1 \
            or not (heads[0].dep_ == "appos" or heads[0].head.i == to.i
                    or len(commas) == 1 and heads[0].head.i == tops[0].i) \
            or not any(t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for t in subject):
        return _list_read_into_source(to, commas[0], last)
    return subject, tops[0]


def _list_read_into_source(to: Token, comma: int, last: int) -> tuple[list[Token], Token | None]:
    """'According to the mayor, tenants, shops and agencies owe ...', 'According to data from
    the bank, India, China and Brazil are growing': the clause's verb has no subject, and the
    parser joined the list of nouns that is its subject to the source's phrase (as conjuncts, or
    its first noun in apposition). The
    comma that closes the opening phrase is its first: the list after it (two nouns or more,
    joined by 'and'/'or') is the subject, the one word heading the words before it the source."""
    doc = to.doc
    subject = list(doc[comma + 1:last + 1])
    heads = [t for t in subject if not comma < t.head.i <= last]
    tops = [t for t in doc[to.i + 1:comma] if not to.i < t.head.i < comma and t.dep_ != "det" and not t.is_punct]
    if not subject or len(heads) != 1 or heads[0].dep_ not in ("conj", "appos") or len(tops) != 1 or heads[0].head.i != tops[0].i \
            or heads[0].pos_ not in ("NOUN", "PROPN") \
            or not any(t.dep_ == "cc" and t.lower_ in COORDINATORS for t in subject):
        return [], None
    return subject, tops[0]


def _modifies_verb(token: Token, verb: Token) -> bool:
    """The token is an auxiliary, 'not' or an adverb of the verb, or a word inside such an
    adverb ('so far are', 'have not been')."""
    while token.head.i != verb.i and token.head.i != token.i and token.i < token.head.i < verb.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ in ("aux", "auxpass", "neg", "advmod")


def _trailing_name_of_source(sent: Span, to: Token) -> set[Token]:
    """'..., according to a letter from its director, Dr. Paul Kim.': a name set off by a comma
    that closes the sentence right after a source phrase with a person's noun names that person
    (the parser may hang it elsewhere); it is no part of what is said."""
    doc, last = sent.doc, to.right_edge
    if last.i + 2 >= sent.end or doc[last.i + 1].text != "," or not any(_names_a_person(t) for t in to.subtree):
        return set()            # 'according to the jury, Ana Lopes': the name may be what is said
    name = [t for t in doc[last.i + 2:sent.end] if not (t.is_punct and t.i == sent.end - 1)]
    if not name or not all(t.pos_ == "PROPN" or t.text == "." for t in name) or name[0].pos_ != "PROPN":
        return set()
    return {doc[last.i + 1], *name}


def _name_apposed_to_source(resolver: "SpeakerResolver", sent: Span, to: Token, source: Token) -> list[Token]:
    """'According to the board's head of estates, Ann Lowe, the boiler …': a person's name set off by a
    pair of commas right after a source phrase headed by a person's noun stands in apposition to it,
    however the parser hung it (it often reads the name as the clause's subject); the name, not the post
    in words, is the source, and what is said starts after the second comma. Returns the first comma, the
    name's words, the name's head and the closing comma; none where the name is one of a list ('the
    mayor, A, B and C'), has an aside of its own ('A, a teacher, was …': the clause's subject), is not a
    person the article names, or the source is no single person's noun."""
    doc, last = sent.doc, to.right_edge
    if last.i + 3 >= sent.end or doc[last.i + 1].text != "," \
            or not (_names_a_person(source) or source.lemma_.lower() in TITLE_VOCABULARY) or source.tag_ in PLURAL_NOUN_TAGS or any(c.dep_ in ("conj", "appos") for c in child_tokens(source)) \
            or _a_person_named_inside_the_source(source, last):
        return []
    end = last.i + 2
    while end < sent.end and (doc[end].pos_ == "PROPN" or doc[end].text == "." and end > last.i + 2):
        end += 1
    name = doc_tokens(doc)[last.i + 2:end]
    if not name or name[0].pos_ != "PROPN" or end + 1 >= sent.end or doc[end].text != ",":
        return []
    after = doc[end + 1]
    if after.pos_ == "PROPN" or after.lower_ in COORDINATORS or after.is_punct:
        return []               # 'According to the mayor, A, B and C …': a list, not one name
    head = next((t for t in reversed(name) if t.pos_ == "PROPN"), None)
    key = resolver.named(head) if head is not None else None
    if key is None or resolver.actors.mentions[key].type != "person" \
            or any(_an_aside_set_off(c) for c in child_tokens(head) if c.i > end) \
            or not _clause_with_its_own_subject(doc, end + 1, sent.end, head):
        return []
    return [doc[last.i + 1], *name, head, doc[end]]


def _a_person_named_inside_the_source(source: Token, last: Token) -> bool:
    """'a source close to the minister, A,', 'the agent of the striker, A,': the source phrase ends on another
    person's noun, and a name set off right after it stands next to that person, so it may name them rather
    than the source: no apposition of the source can be read."""
    lemma = last.lemma_.lower()
    return last != source and last.pos_ == "NOUN" and (lemma in SINGLE_PERSON_NOUNS
                                                      or lemma.endswith(AGENT_SUFFIXES) and not lemma.endswith(NON_PERSON_NOUN_ENDINGS)
                                                      and lemma not in NON_PERSON_AGENT_NOUNS)


def _clause_with_its_own_subject(doc: Doc, start: int, stop: int, name: Token) -> bool:
    """Whether the words from `start` open a clause of their own: a subject (a noun, pronoun or clause) stands
    before its first finite verb, whether the parser made it the verb's subject or hung it on the name as its
    apposition or conjunct ('A, the new hall will …'), or a gerund's phrase running up to the verb with no comma
    ('A, closing the unit would …'); not a predicate the name is the subject of, after an aside
    of the name's ('A, of <street>, was …', 'A, from <town>, was …', 'A, 24, will …')."""
    verb = next((t.i for t in doc[start:stop] if t.pos_ == "AUX" or t.pos_ == "VERB" and t.tag_ in FINITE_VERB_TAGS), stop)
    if doc[start].tag_ == "VBG" and verb < stop and not any(t.text == "," for t in doc[start:verb]):
        return not _a_passive_verb(doc, verb)   # 'A, merging the units would …': a gerund's phrase up to the
        # verb, however hung; not before a passive ('A, running off was seen …': what was done to A)
    return any(t.tag_ not in ("WP", "WDT") and (t.dep_ in CLAUSE_SUBJECT_DEPS or t.dep_ in ("appos", "conj")
               and t.head == name and t.pos_ in ("NOUN", "PRON", "PROPN")) for t in doc[start:verb])


def _a_passive_verb(doc: Doc, i: int) -> bool:
    """'was seen', 'had been stopped': a form of 'be' before a past participle, or the parser's passive auxiliary."""
    return doc[i].dep_ == "auxpass" or doc[i].lemma_ == "be" and i + 1 < len(doc) and doc[i + 1].tag_ == "VBN"


def _an_aside_set_off(child: Token) -> bool:
    """An apposition or relative clause on a name closed by a comma ('A, a teacher, was …', 'A, who …,'):
    the name's own aside, so the name is the clause's subject; not the clause's subject the parser hung
    on the name as its apposition ('A, enrolment has fallen': no comma closes it)."""
    end = child.right_edge.i + 1
    return child.dep_ in ("appos", "relcl") and end < len(child.doc) and child.doc[end].text == ","


def _names_a_person(noun: Token) -> bool:
    """A noun of a person: a role ('Director'), a person noun, an unnamed source or a common agent
    noun ('engineer')."""
    lemma = noun.lemma_.lower()
    return noun.pos_ in ("NOUN", "PROPN") and lemma in PERSON_OR_UNNAMED_SOURCE_NOUNS \
        or noun.pos_ == "NOUN" and lemma.endswith(AGENT_SUFFIXES)


def _relative_report(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span, hi: int,
                     sources: list[Token], n: int) -> list[Attribution]:
    """'..., according to the coastguard, who said crews reached ...': the relative clause on the
    source is a statement of the source's own (the parser may hang it anywhere)."""
    doc = sent.doc
    pronoun = next(t for t in doc_tokens(doc)[hi + 1:] if not t.is_punct)
    verb = pronoun.head
    clause = next((c for c in child_tokens(verb) if c.dep_ == "ccomp" and c.i > verb.i), None)
    if pronoun.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB" or clause is None \
            or pronoun.i != verb.i - 1:
        return []
    start, end = _span_of(clause, verb)
    start = _without_mark(doc, start, end)
    base = parsed.offset(doc)
    span = (base + doc[start].idx, base + doc[end - 1].idx + len(doc[end - 1].text))
    text = _clean_content(doc[start:end].text)
    if len(text.split()) < 2:
        return []
    return [Attribution(resolver.resolve(s, n, span), verb.text, base + verb.idx, span[0], span[1], text, n)
            for s in sources]


def _copula_subject(words: list[Token], according: Token) -> list[Token]:
    """'YPG is the main force, largely Kurdish and, according to Y, supportive of X': an
    adjective after the phrase (read as the source's apposition) is a second complement of the
    copula the phrase hangs on; Y says 'YPG is supportive of X'."""
    copula = according.head
    if not words or words[0].pos_ != "ADJ" or words[0].dep_ != "appos" or copula.lemma_ != "be" or copula.i > according.i:
        return []
    subject = next((c for c in child_tokens(copula) if c.dep_ == "nsubj" and c.i < copula.i), None)
    if subject is None or subject.right_edge.i + 1 != copula.i:
        return []
    return [*subject.doc[subject.left_edge.i:subject.right_edge.i + 1], copula]


def _relative_on_source(doc: Doc, hi: int) -> bool:
    """'according to police, who said ...': a relative clause right after the source is about the source."""
    k = hi + 1
    while k < len(doc) and doc[k].text == ",":
        k += 1
    return k > hi + 1 and k < len(doc) and doc[k].tag_ in ("WP", "WDT")


def _shared_subject(words: list[Token], before: int) -> list[Token]:
    """The words of the subject a joined predicate shares with the clause before it ('Ruritania
    had ... and, according to Y, was called ...': 'Ruritania'), where they stand whole before
    `before`; none where the words are not one joined verb phrase, or another clause's subject
    stands between (the parser may have joined the predicate to the wrong clause)."""
    ids = {t.i for t in words}
    heads = [t for t in words if t.head.i not in ids and not t.is_punct]
    if len(heads) != 1 or heads[0].dep_ != "conj" or heads[0].pos_ not in ("VERB", "AUX"):
        return []
    subject = next((c for c in child_tokens(heads[0].head) if c.dep_ in ("nsubj", "nsubjpass") and c.i < heads[0].head.i), None)
    if subject is None or subject.right_edge.i >= before or subject.pos_ == "PRON" and subject.lower_ in RELATIVE_PRONOUNS:
        return []
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i != subject.head.i
           for t in subject.doc[subject.right_edge.i + 1:before]):
        return []           # 'He backed X, and the country had Y and, according to Z, was called ...': which subject?
    return [t for t in subject.doc[subject.left_edge.i:subject.right_edge.i + 1]]


def _has_own_subject(words: list[Token]) -> bool:
    """A subject among the words whose verb is among them too: a clause, not a bare predicate."""
    ids = {t.i for t in words}
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and t.head.i in ids for t in words)


def _supports(verb: Token, noun: Token) -> bool:
    """'issued a warning', 'maintains the position that': the verb's subject holds the noun."""
    return verb.lemma_ in SUPPORT_VERBS or verb.lemma_ in VIEW_HOLDING_VERBS and noun.lemma_.lower() in VIEW_NOUNS


def _writers_scene_after(before: list[Token], words: list[Token], after: int) -> bool:
    """'Rents fell 12%, according to the board, as the slump deepens' ('while vacancies
    climbed', 'even as costs rose', 'though ...'): a clause of its own subject that a
    subordinator of circumstance, contrast or concession opens right after an 'according to'
    phrase set off by commas, after the source's own clause, is the writer's setting, not what
    the source says (a modal keeps it the source's: '..., while wages would fall')."""
    if len(before) < 3 or len(words) < 3 or words[0].i != after + 2 or words[0].doc[after + 1].text != ",":
        return False
    mark = words[1] if words[0].lower_ == "even" else words[0]
    verb = mark.head
    return mark.dep_ == "mark" and mark.lower_ in _CIRCUMSTANCE_OR_CONCESSIVE_MARKS \
        and verb.i > mark.i and verb.right_edge.i >= words[-1].i - 1 \
        and _has_subject(verb) \
        and not any(c.tag_ == "MD" for c in child_tokens(verb))


def _other_voice_after(before: list[Token], words: list[Token], after: int) -> bool:
    """'Rents rose 12%, according to the board, and tenant groups argue that ...' (', a figure
    traders have questioned', ', progress officials credit to ...'): what follows an 'according
    to' phrase set off by commas, after the source's own clause, is another source's voice where
    it is a clause joined by 'and'/'but' whose verb of speech or stance has a subject of its own
    (a noun: 'and it said' may be the source again), or an appositive noun another source's
    stance describes; the source's words end at the phrase ('..., and the shares rose' stays)."""
    if len(before) < 3 or len(words) < 3 or words[0].i != after + 2 or words[0].doc[after + 1].text != ",":
        return False
    if words[0].dep_ != "cc" or words[0].lower_ not in CLAUSE_COORDINATORS:
        return _glossed_by_other_source(words)
    ids = {t.i for t in words}
    verb = next((t for t in words[1:] if t.head.i not in ids and t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ not in SPEECH_OR_STANCE_VERBS:
        return False
    subject = next((c for c in child_tokens(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject is not None and subject.i in ids and subject.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "ccomp" for c in child_tokens(verb))    # 'and the board agreed a plan': an act, not a voice


def _time_of_cue(words: list[Token], after: int) -> bool:
    """Words right after an 'according to' phrase that end the clause and only say when
    ('on Friday', 'last week'): the time of the report, not part of what is reported."""
    if not words or words[0].i != after + 1:
        return False
    body = words[1:] if words[0].pos_ == "ADP" else words
    return bool(body) and all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in body)


def _holder_by_subject(noun: Token, possessive: Token | None, resolver: "SpeakerResolver") -> Token | None:
    """The holder of 'his prediction', 'its position' or of a statement noun taken up by a
    support verb ('joined calls for', 'issued a warning that') is the subject of the verb it
    hangs on ('Lowe retreated from her forecast that ...', 'Peru pressed for backing for
    its position that ...'), when that subject is named and agrees with the pronoun; not where
    the verb judges the statement ('rejected his claim': someone else's)."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ in _OBJECT_OR_STANCE_CUES:
        return None
    supported = noun.dep_ == "dobj" and noun.head.i == verb.i and _supports(verb, noun)
    in_phrase = noun.dep_ == "pobj" and verb.lemma_ not in SPEECH_VERBS     # 'retreated from her forecast'
    if not (supported or possessive is not None and in_phrase):
        return None         # 'met his demand', 'ignored his warning': someone else's
    subject = next((c for c in child_tokens(verb) if c.dep_ == "nsubj"), None)
    key = resolver.named(subject) if subject is not None and subject.pos_ == "PROPN" else None
    if key is None:
        return None
    kind = resolver.mention(key).type
    pronoun = possessive.lower_ if possessive is not None else None
    agrees = pronoun is None or (kind == "person") == (pronoun in PERSON_POSSESSIVES) and pronoun != "my"
    return subject if agrees else None


def _own_records_of_speaker(source: Token, rest: list[Token]) -> bool:
    """'The union urged the cabinet to act, saying plants ran at 61 percent, according to its own
    figures': a source owned by a pronoun ('its', 'their') in a sentence whose clause has a cue of
    its own subject is that speaker's evidence for what it says, no second statement of nobody's."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child_tokens(source)):
        return False
    inside = {t.i for t in rest}
    return any(t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.i in inside for c in child_tokens(t))
               for t in rest)


def _beside_an_act(rest: list[Token], according: Token) -> list[Token]:
    """'She declined to name the buyer, but the bidder has operations in Brazil, according to
    filings', 'The Fund has pressed for a reset, while debts stood at $3bn, according to X data':
    an 'according to' phrase ending the sentence after a clause set against an act the writer
    tells of someone who may speak (a person's pronoun or a source's name as its subject) credits
    that last clause only; the act before is the writer's."""
    if not rest or rest[-1].i > according.i:
        return rest
    root = rest[0].sent.root
    inside = {t.i for t in rest}
    subject = next((c for c in child_tokens(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.i not in inside or subject is None or not (
            subject.lower_ in _SPEAKER_PRONOUNS if subject.pos_ == "PRON" else _can_speak(subject)):
        return rest
    doc = root.doc
    for c in child_tokens(root):
        if c.dep_ not in ("conj", "advcl") or c.i < root.i or c.right_edge.i < rest[-1].i \
                or not any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON" for g in child_tokens(c)):
            continue
        first = c.left_edge.i
        mark = doc[first] if doc[first].dep_ == "mark" and doc[first].lower_ in CONTRAST_MARKERS else None
        but = doc[first - 1] if doc[first - 1].dep_ == "cc" and doc[first - 1].lower_ == "but" else None
        joiner = mark.i if mark is not None else but.i if but is not None and c.dep_ == "conj" else None
        if joiner is None or doc[joiner - 1].text != ",":
            continue
        return [t for t in rest if t.i >= first and (mark is None or t.i != mark.i)]
    return rest


def _clause_around(sent: Span, token: Token) -> list[Token]:
    """The words of the sentence between the semicolons around `token` ('X is banned; Y is,
    according to Z, ...': Z speaks of Y only)."""
    before = [t.i for t in sent if t.text == ";" and t.i < token.i]
    after = [t.i for t in sent if t.text == ";" and t.i > token.i]
    first = before[-1] + 1 if before else sent.start
    last = after[0] if after else sent.end
    return list(sent.doc[first:last])


def _reports_a_cue(words: list[Token]) -> bool:
    """'According to the rules, she told the Gazette ...': what is left is someone else's
    statement (a cue with its own subject heads it), not the source's."""
    inside = {t.i for t in words}
    return any(t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" and (t.head.i == t.i or t.head.i not in inside)
               and any(c.dep_ == "nsubj" and c.i in inside for c in child_tokens(t))
               and any(c.dep_ == "ccomp" for c in child_tokens(t)) for t in words)


def _cue_set_off_before(rest: list[Token], according: Token) -> Token | None:
    """'Prices rose 4%, the minister said, while exports fell 2%, according to the bank': a
    speech verb with a subject of its own set off by a comma after the clause it reports, before
    the 'according to' phrase and not above it (or hung as a parataxis on the clause before,
    whatever the parser gave it to govern after), closes another speaker's statement; that verb."""
    inside = {t.i for t in rest}
    for t in rest:
        if t.i >= according.i:
            break
        if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" and t.dep_ in ("parataxis", "ccomp", "ROOT") \
                and any(c.dep_ == "nsubj" and c.i in inside for c in t.children) and _set_off(t) \
                and (t not in according.ancestors and t.right_edge.i < according.i or t.dep_ == "parataxis"):
            return t
    return None


def _set_off(cue: Token) -> bool:
    """'Fares went up 5%, X said, while ...': a cue after the clause it reports, its subject set off
    by a comma from that clause (the parser hangs it as a parataxis on the clause, or makes it the
    root with the clause before as its complement; whatever it was given to govern after)."""
    doc = cue.doc
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > cue.i or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return False
    if cue.dep_ == "parataxis":
        return cue.head.i < subject.i
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < subject.i for c in cue.children)


def _labelled_statement(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span, noun: Token,
                        n: int) -> list[Attribution] | None:
    """'Statement from the Harbour Union: the strike will go ahead' (a live blog's entry): a
    verbless label opening its line with a statement noun and its source ('from X') before a
    colon; the clause after the colon, to the sentence's end, is the source's statement (a
    known actor only). None where the noun opens no such label."""
    doc, base, text = sent.doc, parsed.offset(sent.doc), parsed.article.text
    line = text.rfind("\n", 0, base + noun.idx) + 1
    if text[line:base + noun.idx].strip().lower() not in LIVE_BLOG_ENTRY_OPENERS:
        return None
    colon = next((t for t in sent if t.i > noun.i and t.text == ":"), None)
    if colon is None or "\n" in doc[noun.i:colon.i].text or any(t.pos_ in ("VERB", "AUX") for t in doc_tokens(doc)[noun.i:colon.i]):
        return None
    holder = next((c for t in doc_tokens(doc)[noun.i:colon.i] if t.lower_ == "from" for c in child_tokens(t) if c.dep_ == "pobj"), None)
    words = [t for t in doc_tokens(doc)[colon.i + 1:sent.end] if not t.is_space]
    while words and words[-1].is_punct and words[-1].text not in CLOSING_QUOTES:
        words.pop()
    if holder is None or not words or words[0].is_quote or "\n" in doc[colon.i:words[-1].i].text \
            or not any(t.tag_ in FINITE_VERB_TAGS for t in words):
        return []       # no source, a quotation (credited as one) or no clause: nothing stated here
    span = (base + words[0].idx, base + words[-1].idx + len(words[-1].text))
    speaker = resolver.resolve(holder, n, span)
    if speaker.actor is None:
        return []
    return [Attribution(speaker, noun.text, base + noun.idx, span[0], span[1],
                        _clean_content(doc[words[0].i:words[-1].i + 1].text), n, cue_noun=True)]


def _noun_cue(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span, noun: Token,
              n: int) -> list[Attribution]:
    """A statement noun with a holder: "the union's demand for an inquiry", "the charity's
    warning that ...", "a call by the union for ..."."""
    labelled = _labelled_statement(parsed, resolver, sent, noun, n)
    if labelled is not None:
        return labelled
    holder = next((c for c in child_tokens(noun) if c.dep_ == "poss"), None)
    if holder is None:
        by = next((c for c in child_tokens(noun) if c.dep_ == "prep" and c.lower_ in SOURCE_AUTHOR_PREPOSITIONS), None)
        holder = next((c for c in child_tokens(by) if c.dep_ == "pobj"), None) if by is not None else None
    if holder is None or holder.pos_ == "PRON":
        holder = _holder_by_subject(noun, holder, resolver)
    if holder is None:
        return []
    clause = next((c for c in child_tokens(noun) if c.dep_ in ("acl", "ccomp") and any(
        m.lower_ == "that" and m.dep_ == "mark" for m in child_tokens(c))), None)
    if clause is None and noun.dep_ == "dobj" and _supports(noun.head, noun):
        clause = next((c for c in child_tokens(noun.head) if c.dep_ == "ccomp" and c.i > noun.i and any(
            m.lower_ == "that" and m.dep_ == "mark" for m in child_tokens(c))), None)   # 'issued a warning that ...'
    wanted = next((c for c in child_tokens(noun) if c.dep_ == "acl" and c.i > noun.i
                   and any(a.tag_ == "TO" for a in child_tokens(c))), None)
    if clause is not None:
        start, end = _span_of(clause, noun)
    elif wanted is not None and noun.lemma_ in INFINITIVE_NOUNS:     # "Lima's pledge to hire 500 nurses"
        start, end = wanted.left_edge.i, wanted.right_edge.i + 1
    elif noun.lemma_ in CLAUSE_ONLY_NOUNS:
        return []
    else:
        prep = next((c for c in child_tokens(noun) if c.dep_ == "prep" and c.i > noun.i
                     and c.lower_ in STATEMENT_TOPIC_PREPOSITIONS), None)
        if prep is None or len(list(prep.subtree)) < 3 or prep.lower_ == "to" and noun.lemma_ not in TO_CONTENT_NOUNS:
            return []       # 'the threat to Europe', 'a warning to Moscow': a target or a hearer
        start, end = prep.i + 1, _with_claim_clause(sent.doc, prep.right_edge.i + 1)
    start = _without_mark(sent.doc, start, end)
    base = parsed.offset(sent.doc)
    text = _clean_content(sent.doc[start:end].text)
    if len(text.split()) < 2:
        return []
    span = (base + sent.doc[start].idx, base + sent.doc[end - 1].idx + len(sent.doc[end - 1].text))
    speaker = resolver.resolve(holder, n, span)
    if speaker.actor is None:
        return []
    cue = noun.text
    if noun.dep_ == "dobj" and _supports(noun.head, noun) and holder.head.i == noun.head.i:
        cue = f"{noun.head.text} {noun.text}"       # "joined calls", "issued a warning"
    return [Attribution(speaker, cue, base + noun.idx, span[0], span[1], text, n, cue_noun=True)]


# ---- quotations ---------------------------------------------------------------------------

def _credit_quotes(parsed: ParsedArticle, sent: Span, n: int, quotes: list[Quote],
                   cues_of, pending_colon: Attribution | None,
                   resolver: "SpeakerResolver", attributions: list[Attribution],
                   pieces: dict[Quote, Quote]) -> None:
    """Give each quotation that starts in this sentence its speaker and make it direct."""
    s_start, s_end = parsed.start_char(sent), parsed.end_char(sent)
    for q in quotes:
        if not s_start <= q.start < s_end or q in pieces.values():
            continue        # the second piece of a quotation broken by its speaker: credited with the first
        last_n = _last_sentence(parsed, q, n)
        if q in pieces:
            if _credit_split(parsed, q, pieces[q], n, cues_of, resolver, attributions):
                continue
            del pieces[q]       # the writer's words go on with the first: two quotations
            if not _is_statement(q, parsed.article.text):
                continue
        cues = [a for k in range(n, last_n + 1) for a in cues_of(k)
                if not q.start <= a.cue_char < q.end]
        if _within_cue_content(parsed, q, cues, n, last_n):
            continue
        colon = next((a for a in cues if not a.text), None)
        if colon is not None and _speech_between(parsed, sent, colon.cue_char, q.start):
            continue        # 'X reported that the editor told Y her remarks were "..."': another's words
        colon = colon or pending_colon
        tail = _phrase_after_mark(parsed, q, last_n) if colon is None else None
        if colon is None and _no_speakers_words(parsed, sent, q, n, last_n, tail, cues, resolver, attributions):
            continue
        signed = _signed_by(parsed, resolver, q, n) if colon is None else None
        label = _colon_label(parsed, n, q) if colon is None and signed is None else None
        if signed is not None:      # '"..." — Interior Minister Ana Lind, at a rally'
            source = signed
        elif colon is None and _unsigned_name_after_dash(parsed, q, n):
            continue                # '"..." — Lloyd's List': maybe the name's words, not the last speaker's
        elif label is not None:     # 'Finnish Foreign Minister Pekka Aalto: "..."', 'Background: "..."'
            source = _labelled_speaker(resolver, *label)
        else:
            source = colon.speaker if colon else resolver.continued_speaker(n, q.start)
        cue = colon.cue if colon else "said"
        if source is None:
            continue
        attributions.append(_quotation_attribution(parsed, sent, q, source, cue, colon, tail, n, last_n))
        resolver.spoke(source, last_n)


def _within_cue_content(parsed: ParsedArticle, q: Quote, cues: list[Attribution], n: int, last_n: int) -> bool:
    """The quotation lies in or runs on from the content of a cue of its sentences, which takes
    it in (made direct or extended to its end); True when so handled."""
    covering = [a for a in cues if a.text and _overlap(a, q)]
    whole = [a for a in cues if a.text and a.start <= q.start and q.end <= a.end]
    if whole and all(_quoted_wholly(parsed.article.text, a, q) for a in whole):
        for a in whole:     # 'He said, "We will win."': the content is the quotation
            _make_direct(a, q, n, last_n)
        return True
    if whole:
        return True         # a quoted fragment of reported speech: part of that position
    running = [a for a in cues if a.text and a.start < q.start < a.end < q.end
               and len(parsed.article.text[a.start:q.start].split()) >= 2
               and ":" not in parsed.article.text[a.start:q.start]]   # 'told the Gazette: "..."' is the quotation
    if running:
        for a in running:       # 'said X have blocked 400 sites "with the aim ..."'
            _extend_to(parsed.article.text, a, q, last_n)
        return True
    if covering:
        for a in covering:
            _make_direct(a, q, n, last_n)
        return True
    return False


def _no_speakers_words(parsed: ParsedArticle, sent: Span, q: Quote, n: int, last_n: int, tail: int | None,
                       cues: list[Attribution], resolver: "SpeakerResolver", attributions: list[Attribution]) -> bool:
    """A quotation with no cue or colon before it that is not the last speaker's words going on:
    a phrase of the writer's sentence, of a question, of another cue, or a question itself."""
    if tail is None and _writer_goes_on(parsed, q, last_n):
        return True         # '"We will win" was his message': a phrase of the writer's sentence
    if _in_question(parsed, sent, q):
        return True         # 'X asked Y if he would go "all the way."': words of the question
    if _under_other_cue(parsed, sent, q, {a.cue_char for a in cues}):
        return True         # 'the author imagines a "silent takeover"': not the last speaker's words
    if not _opens_sentence(parsed, sent, q) and not (resolver.last and resolver.last[0] == n) \
            and not _refers_back(parsed, sent, q) and not _after_colon(parsed, q):
        return True         # 'found the cash came from "fraud, theft or ..."': a phrase
    if _hands_on_words(parsed, sent, q):
        return True         # 'X continued, citing the sign: "..."': the sign's words, not the last speaker's
    if q.text.rstrip(EDGE_PUNCT).endswith("?") and not _states_before_its_question(parsed, q, n, resolver, attributions):
        return True         # 'Y interjected: "So they will leave?"': a question states nothing
    return False


def _states_before_its_question(parsed: ParsedArticle, q: Quote, n: int, resolver: "SpeakerResolver",
                                attributions: list[Attribution]) -> bool:
    """'"We never agreed," she said. "Fees rose by half. Who will pay?"': a quotation that ends its
    paragraph with a question after a parsed sentence of its own that states something (ended by a full
    stop or an exclamation mark) goes on with the last speaker's quoted words, only its last sentence asks;
    where that speaker's tag is in the sentence just before or this one (no sentence of the writer's
    between: 'X said ... Others were not convinced. "...?"' is another's challenge), that tag's sentence
    holds a direct quotation credited to the speaker (their quoted words going on; after an indirect
    statement, 'X told the court he had never seen it. "You signed for it. Is that not your hand?"', the
    question is as likely put to them), and an actor stands for the speaker. A question alone, or questions
    alone ('"Why now? Who pays?"'), states nothing; a quotation with a tag of its own after it ('..." the
    judge observed') is that tag's."""
    if not resolver.last or n - resolver.last[0] > 1:
        return False
    tag_n, speaker = resolver.last
    if speaker.actor is None or not any(
            a.direct and a.speaker.actor == speaker.actor and a.end <= q.start
            and a.sentence_no <= tag_n <= max(a.sentence_no, a.last_sentence_no) for a in attributions):
        return False
    text = parsed.article.text
    line_end = text.find("\n", q.end)
    if text[q.end:len(text) if line_end < 0 else line_end].strip(EDGE_PUNCT + " "):
        return False
    inside = []
    for k in range(n, len(parsed.sentences)):
        if parsed.sentence_begin(k) >= q.end:
            break       # the sentences of the quotation only, not the rest of the article
        inside.append(k)
    if not any(span_text(parsed.sentences[k]).rstrip(EDGE_PUNCT).endswith((".", "!")) for k in inside[:-1]):
        return False
    source = resolver.continued_speaker(n, q.start)
    return source is not None and source.actor is not None


def _quotation_attribution(parsed: ParsedArticle, sent: Span, q: Quote, source: Speaker, cue: str,
                           colon: Attribution | None, tail: int | None, n: int, last_n: int) -> Attribution:
    """The direct attribution of a quotation to its source, widened to a phrase the quotation
    opens or to the subject of a clause it ends (then reported, not direct)."""
    att = Attribution(source, cue, colon.cue_char if colon else q.start, q.start, q.end, q.text, n)
    _make_direct(att, q, n, last_n)
    if tail is not None:        # '"... insult hundreds of part-time" nurses.': the phrase, whole
        att.end, att.direct = tail, False
        att.text = _clean_content(parsed.article.text[q.start:tail])
    subject = _subject_before_fragment(parsed, sent, q) if colon is None else None
    if subject is not None:     # 'the farmers "really must get a fair hearing soon"': the clause, reported
        att.start, att.direct = subject, False
        att.text = _clean_content(parsed.article.text[subject:q.end])
    return att


def _credit_split(parsed: ParsedArticle, first: Quote, second: Quote, n: int, cues_of,
                  resolver: "SpeakerResolver", attributions: list[Attribution]) -> bool:
    """'"We stand ready," Ann Lowe said, "to help."': the cue between the pieces (or one whose
    content lies in them or spans both) speaks the whole quotation, joined; no cue, no position. False (and
    nothing credited) when the words after the first piece go on with its clause ('"We will
    win" in the north, X said, "and ..."'): the pieces are then two quotations."""
    comma = "," if parsed.article.text[:first.end].rstrip().endswith(",") else ""
    whole = Quote(first.start, second.end, f"{first.text.rstrip(' ,')}{comma} {second.text}")
    last_n = _last_sentence(parsed, whole, n)
    inside = lambda c: first.start <= c < first.end or second.start <= c < second.end     # noqa: E731
    cues = [a for k in range(n, last_n + 1) for a in cues_of(k) if not inside(a.cue_char)]
    tags = {a.cue_char for a in cues if first.end <= a.cue_char < second.start}
    if _continues_first_piece(parsed, first, second, tags, range(n, last_n + 1)):
        return False
    spoken = [a for a in cues if a.text and (_overlap(a, first) or _overlap(a, second)
                                             or a.start < first.end and second.start < a.end)]
    if not spoken:
        spoken = [a for a in cues if not a.text and first.end <= a.cue_char < second.start]
        spoken = [replace(a, start=whole.start, end=whole.end) for a in spoken[:1]]
        attributions.extend(spoken)
    for a in spoken:
        _make_direct(a, whole, n, last_n)
        resolver.spoke(a.speaker, last_n)
    return True


def _continues_first_piece(parsed: ParsedArticle, first: Quote, second: Quote, tags: set[int],
                           sentences: range) -> bool:
    """The first word between the pieces is not part of the speech tag (the cue, its speaker,
    its hearer): climbing its heads leaves the words between before reaching the cue, so the
    writer goes on with a quoted clause ('"We will win" in the north, X said, "and ..."') and
    the pieces are no one quotation. Without a cue between them, nothing to tell."""
    if not tags:
        return False
    for k in sentences:
        sent = parsed.sentences[k]
        base = parsed.offset(sent.doc)
        between = lambda t: first.end <= base + t.idx < second.start    # noqa: E731
        word = next((t for t in sent if between(t) and not t.is_punct), None)
        if word is None:
            continue
        while between(word) and base + word.idx not in tags and word.head.i != word.i:
            word = word.head
        return base + word.idx not in tags
    return False


def _quoted_wholly(text: str, a: Attribution, q: Quote) -> bool:
    """The content lies wholly within the quotation, but for punctuation at its edges."""
    return not text[a.start:q.start].strip(EDGE_PUNCT) and not text[q.end:a.end].strip(EDGE_PUNCT)


def _is_the_quotation(text: str, a: Attribution, q: Quote) -> bool:
    """The content and the quotation are the same words, whichever of the two takes in the
    punctuation at the edges ('"We will win," he said': the quotation ends after the comma)."""
    return max(a.start, q.start) < min(a.end, q.end) \
        and not text[min(a.start, q.start):max(a.start, q.start)].strip(EDGE_PUNCT) \
        and not text[min(a.end, q.end):max(a.end, q.end)].strip(EDGE_PUNCT)


def _opens_sentence(parsed: ParsedArticle, sent: Span, q: Quote) -> bool:
    """A quotation with no cue goes on with the last speaker only where it stands as a
    sentence of its own; inside a sentence of the writer's it is a phrase of that sentence."""
    before = parsed.article.text[parsed.start_char(sent):q.start]
    return not before.strip(EDGE_PUNCT + "([")


def _subject_before_fragment(parsed: ParsedArticle, sent: Span, q: Quote) -> int | None:
    """'..., the farmers "really must get a fair hearing soon" and ...': a quotation going on
    with the last speaker that opens in lower case right after its clause's subject quotes only
    the predicate; the statement starts at that subject (its character offset)."""
    if not q.text[:1].islower():
        return None
    base = parsed.offset(sent.doc)
    first = next((t for t in sent if base + t.idx >= q.start and not t.is_punct), None)
    if first is None:
        return None
    verb = first if first.pos_ in ("VERB", "AUX") and first.dep_ not in ("aux", "auxpass") else first.head
    subject = max((c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass") and base + c.idx < q.start),
                  key=lambda c: c.i, default=None)
    if subject is None or verb.i < first.i or subject.pos_ == "PRON" and subject.lower_ in ANAPHORIC_SUBJECTS:
        return None
    between = parsed.article.text[base + subject.right_edge.idx + len(subject.right_edge.text):q.start]
    if between.strip(" \"“‘'`"):
        return None
    return base + subject.left_edge.idx


_SIGNING_DASH = re.compile(r"[\"”’']?[ \t]*[—–][ \t]*(?=\S)")     # after the closing mark


def _signed_by(parsed: ParsedArticle, resolver: "SpeakerResolver", q: Quote, n: int) -> Speaker | None:
    """'"We cut crime by half." — Interior Minister Ana Lind, at a rally': a quotation signed
    after a dash by a name (a pull quote, a fact check's claim) is that person's or body's. The
    name must stand alone up to a comma or the line's end, the subject of no verb ('"..." —
    Lind disagreed' is the writer's sentence); only a known actor or a person the recogniser
    names."""
    after_dash = _words_after_dash(parsed, q, n)
    if after_dash is None:
        return None
    words, k = after_dash
    run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" or t.dep_ in ("compound", "amod") and t.pos_ != "PUNCT",
                                   words))
    after = words[len(run)] if len(run) < len(words) else None
    if not run or run[-1].pos_ != "PROPN" or after is not None and after.text not in ",." and "\n" not in after.text \
            or run[-1].dep_ in ("nsubj", "nsubjpass"):
        return None     # '"..." — Ana Lind, the mayor, coined it': the name is a clause's subject
    speaker = resolver.resolve(run[-1], k)
    if speaker.actor is None:
        return speaker if run[-1].ent_type_ == "PERSON" else None
    return speaker if resolver.mention(speaker.actor).type in ("person", "organization") else None


def _words_after_dash(parsed: ParsedArticle, q: Quote, n: int) -> tuple[list[Token], int] | None:
    """The words of the sentence after a dash right after the quotation's closing mark, and that
    sentence's number; None where no dash follows it."""
    dash = _SIGNING_DASH.match(parsed.article.text, q.end)
    if dash is None:
        return None
    for k in range(n, min(n + 3, len(parsed.sentences))):
        sent = parsed.sentences[k]
        if parsed.start_char(sent) <= dash.end() < parsed.end_char(sent):
            base = parsed.offset(sent.doc)
            return [t for t in sent if base + t.idx >= dash.end()], k
    return None


def _unsigned_name_after_dash(parsed: ParsedArticle, q: Quote, n: int) -> bool:
    """'"..." — Lloyd's List', '"..." — Harbour Board spokesman', '"..." — Ana Lind, the mayor, coined
    it': a capitalised word after the dash, where `_signed_by` finds no signature, may begin the
    quotation's source: the last speaker is then no safe one. Not a date or a place ('"..." — London, 3 May')."""
    after_dash = _words_after_dash(parsed, q, n)
    first = after_dash[0][0] if after_dash and after_dash[0] else None
    return first is not None and first.text[:1].isupper() and first.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")


def _colon_label(parsed: ParsedArticle, n: int, q: Quote) -> tuple[list[Token], int] | None:
    """The words from the start of their line to a colon right before the quotation when
    they hold no verb: a label, not a clause ('Finnish Foreign Minister Pekka Aalto: "..."'
    in a live blog, 'Background: "..."'). The quotation is then not the last speaker's; None
    when there is no such colon or the words before it form a clause ('Y replied: "..."');
    else the words and their sentence."""
    text = parsed.article.text
    head = text[:q.start].rstrip(" \"“‘'`")
    if not head.endswith(":") or "\n" in text[len(head):q.start]:
        return None
    colon, line = len(head) - 1, head.rfind("\n") + 1
    for k in range(n, max(n - 2, -1), -1):
        sent = parsed.sentences[k]
        if parsed.start_char(sent) > colon:
            continue
        base = parsed.offset(sent.doc)
        words = [t for t in sent if line <= base + t.idx < colon and not t.is_space]
        if not words or text[line:parsed.start_char(sent)].strip():
            return None     # the line began with a sentence before: no label of its own
        return None if any(t.pos_ in ("VERB", "AUX") for t in words) else (words, k)
    return None


def _labelled_speaker(resolver: "SpeakerResolver", label: list[Token], k: int) -> Speaker | None:
    """The speaker a label names: its head the name of a person or a known body ('Prime
    Minister Ana Lind:', 'Lind Holdings:'), or the known source of its statement noun
    ('Statement from the Harbour Union:'); None for a heading of the writer's ('Background:', 'The
    reaction from the ministry:'), whose quotation then has no speaker."""
    heads = [t for t in label if not label[0].i <= t.head.i <= label[-1].i or t.head.i == t.i]
    source = next((c for t in label if t.lower_ == "from" for c in child_tokens(t) if c.dep_ == "pobj"), None)
    if len(heads) == 1 and heads[0].lemma_.lower() in STATEMENT_NOUNS and source is not None:
        speaker = resolver.resolve(source, k)       # 'Statement from the Harbour Union: "..."'
        return speaker if speaker.actor is not None else None
    if len(heads) != 1 or heads[0].pos_ != "PROPN" or any(t.text in ",;()" for t in label):
        return None
    speaker = resolver.resolve(heads[0], k)
    if speaker.actor is None:       # a person the index does not hold: kept as written, no actor
        return speaker if heads[0].ent_type_ == "PERSON" else None
    return speaker if resolver.mention(speaker.actor).type in ("person", "organization") else None


def _after_colon(parsed: ParsedArticle, q: Quote) -> bool:
    """'Y interjected: "..."': a colon hands the quotation to its clause's subject."""
    return parsed.article.text[:q.start].rstrip(" \n\"“‘'`").endswith(":")


def _refers_back(parsed: ParsedArticle, sent: Span, q: Quote) -> bool:
    """'The main risk she sees is "..."': a pronoun subject before the quotation takes up
    the last speaker, whose words the quotation goes on with."""
    base = parsed.offset(sent.doc)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _SPEAKER_PRONOUNS
               and base + t.idx < q.start and not _supposed(t) for t in sent)


def _supposed(pronoun: Token) -> bool:
    """The pronoun is the subject of a condition or concession ('rules let members vote by
    proxy if they can't appear, but not when voting "..."'): a generic case, no one who speaks."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_OR_CONCESSIVE_MARKS
               for a in [pronoun.head, *pronoun.head.ancestors] for c in child_tokens(a))


def _under_other_cue(parsed: ParsedArticle, sent: Span, q: Quote, found: set[int]) -> bool:
    """The quotation hangs on a cue verb with a subject of its own outside it (one that gave
    no position: 'the writer supposes "..."', '52 percent agreed that ... "..."'): it is not
    the words of the speaker of the sentences before."""
    base = parsed.offset(sent.doc)
    first = next((t for t in sent if base + t.idx >= q.start), None)
    if first is None or base + first.idx >= q.end:
        return False
    return any(a.lemma_ in CUE_VERB_LEMMAS and a.pos_ == "VERB" and base + a.idx not in found and any(
        c.dep_ in ("nsubj", "nsubjpass") and not q.start <= base + c.idx < q.end for c in child_tokens(a))
        for a in first.ancestors)


def _speech_between(parsed: ParsedArticle, sent: Span, cue_char: int, quote_start: int) -> bool:
    """A speech verb with a subject of its own between a cue without content and the quotation
    ('The Post reported at the time that its manager warned him "..."', the parse having lost
    the reported clause): the quotation is the inner speaker's words, not the cue's ('said in
    a speech, which he wrote himself: "..."' is the cue's)."""
    base = parsed.offset(sent.doc)
    return any(cue_char < base + t.idx < quote_start and t.tag_ in FINITE_VERB_TAGS and t.lemma_ in CUE_VERB_LEMMAS
               and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_SUBJECT_PRONOUNS
                       for c in child_tokens(t)) for t in sent)


def _writer_goes_on(parsed: ParsedArticle, q: Quote, last_n: int) -> bool:
    """The word after the closing mark belongs to a phrase of the quotation ('"... insult
    hundreds of part-time" nurses.'): the quotation is cut off from the rest of its clause,
    a phrase of the writer's sentence, not a statement of its own ('"..." and he left' is)."""
    sent = parsed.sentences[last_n]
    base = parsed.offset(sent.doc)
    after = next((t for t in sent if base + t.idx >= q.end and not t.is_punct), None)
    if after is None or after.dep_ in ("cc", "conj", "punct") or after.pos_ in ("CCONJ", "SCONJ"):
        return False
    inside = lambda t: q.start <= base + t.idx < q.end      # noqa: E731
    return inside(after.head) and after.head.i < after.i or any(inside(c) for c in child_tokens(after))


def _phrase_after_mark(parsed: ParsedArticle, q: Quote, last_n: int) -> int | None:
    """'"... insult hundreds of part-time" nurses.': the word after the closing mark ends a
    phrase begun inside the quotation (its head is there); the statement runs on to the end of
    that phrase (its character offset), else None."""
    sent = parsed.sentences[last_n]
    base = parsed.offset(sent.doc)
    after = next((t for t in sent if base + t.idx >= q.end and not t.is_punct), None)
    if after is None or after.dep_ in ("cc", "conj") or not q.start <= base + after.head.idx < q.end:
        return None
    last = after.right_edge
    return base + last.idx + len(last.text)


def _hands_on_words(parsed: ParsedArticle, sent: Span, q: Quote) -> bool:
    """A verb of quoting or recalling before the quotation in its sentence ('citing the sign:',
    'quoted her father as saying:'): the words are another source's."""
    base = parsed.offset(sent.doc)
    return any(t.pos_ == "VERB" and t.lemma_ in _QUOTING_OR_RECOLLECTION_VERBS
               and base + t.idx < q.start for t in sent)


def _in_question(parsed: ParsedArticle, sent: Span, q: Quote) -> bool:
    base = parsed.offset(sent.doc)
    first = next((t for t in sent if base + t.idx >= q.start), None)
    return first is not None and base + first.idx < q.end and any(_question(a) for a in first.ancestors)


def _last_sentence(parsed: ParsedArticle, q: Quote, n: int) -> int:
    last = n
    while last + 1 < len(parsed.sentences) and parsed.start_char(parsed.sentences[last + 1]) < q.end:
        last += 1
    return last


def _overlap(a: Attribution, q: Quote) -> bool:
    inside = max(0, min(a.end, q.end) - max(a.start, q.start))
    return inside >= 0.5 * (a.end - a.start)


def _extend_to(text: str, a: Attribution, q: Quote, last: int) -> None:
    """Reported words that run into a quotation keep their own words and take the quotation
    to its end: the statement is the whole clause, partly quoted, so not direct."""
    raw = text[a.start:a.end]
    core = raw.rstrip(EDGE_PUNCT)
    words = a.text.rstrip(EDGE_PUNCT).split()
    if words and core.endswith(words[-1]):      # the words kept so far, without a cue or gap they left out
        a.text = _clean_content(a.text.rstrip(EDGE_PUNCT) + raw[len(core):] + text[a.end:max(a.end, q.end)])
    else:
        a.text = _clean_content(text[a.start:max(a.end, q.end)])
    a.end = max(a.end, q.end)
    a.last_sentence_no = max(a.last_sentence_no, last)


def _make_direct(a: Attribution, q: Quote, first: int, last: int) -> None:
    a.text, a.start, a.end, a.direct = q.text, q.start, q.end, True
    a.sentence_no = min(a.sentence_no, first)
    a.last_sentence_no = max(a.last_sentence_no, last)


# ---- clean-up -----------------------------------------------------------------------------

def _resolve_lede_descriptor(parsed: ParsedArticle, resolver: SpeakerResolver,
                             attributions: list[Attribution]) -> dict[str, tuple[str, str]]:
    """News ledes describe before they name: "A key X commander says ... . General Y said ..."
    The described speaker of the first sentences is the person named as speaker right after
    (not a spokesperson: a body's unnamed voice stays unnamed, 'spokesman Tom Reed' names one);
    that person takes the description's role and body when the text gives them none (returned
    as person key -> (role, affiliation), the role being the one to keep)."""
    first = next((n for n, s in enumerate(parsed.sentences) if not parsed.is_headline(s)), 0)
    roles: dict[str, tuple[str, str]] = {}

    def is_person(key: str | None) -> bool:
        return bool(key) and resolver.mention(key).type == "person"

    for a in attributions:
        if a.sentence_no > first + 1 or is_person(a.speaker.actor):
            continue
        words = a.speaker.text.split()
        if not words or words[0].lower() not in INDEFINITE_ARTICLES or words[-1].lower() not in ROLE_NOUNS \
                or words[-1].lower() in SPOKESPERSON_NOUNS or a.speaker.voice:
            continue        # 'A spokesman said ... Ann Lowe said': a body's unnamed voice, not the next one named
        named = next((b for b in attributions if a.sentence_no < b.sentence_no <= a.sentence_no + 2
                      and is_person(b.speaker.actor) and _names(b.speaker, resolver)), None)
        if named is None:
            continue
        person = resolver.mention(named.speaker.actor)
        if person.affiliation is None and named.speaker.actor not in roles and a.speaker.actor:
            role = person.role
            if role is None or role.split()[-1].lower() not in ROLE_NOUNS - AMBIGUOUS_ROLE_NOUNS:
                role = words[-1].lower()
            roles[named.speaker.actor] = (role, a.speaker.actor)
        a.speaker = Speaker(a.speaker.text, named.speaker.actor, True)
    restated: list[Attribution] = []
    for a in attributions:      # "Former X chairman calls for ..." over "A former X chairman says ...": the same person
        lede = None if a.sentence_no != first or is_person(a.speaker.actor) else next(
            (b for b in attributions if first < b.sentence_no <= first + 2 and is_person(b.speaker.actor)
             and headline_description_of(a.speaker.text, b.speaker.text)), None)
        if lede is not None:
            a.speaker = Speaker(a.speaker.text, lede.speaker.actor, True)
            if lede.cue == a.cue:       # an undetected headline restating the lede: one statement, not two
                restated.append(a)
    attributions[:] = [a for a in attributions if not any(a is r for r in restated)]
    return roles


def _named_next(resolver: SpeakerResolver, attributions: list[Attribution]) -> None:
    """'"...," one woman shouted. The woman, Ann Lowe, later said ...': an unnamed person brought
    in by an indefinite description ('one woman', 'a driver', 'one of the protesters') is the
    person the next sentence names as its speaker under the definite description of that noun
    ('The woman', 'The driver'; after 'one of the protesters' also 'The woman'/'The man'), where
    the name is first given there and no one else speaks in between; not 'One woman ... . The
    woman Tom Reed met' (the name is not the speaker's), nor 'a man ... The woman, Ann Lowe,'."""
    for i, a in enumerate(attributions):
        words = a.speaker.text.lower().split()
        if a.speaker.actor is not None or len(words) not in (2, 4) or words[0] not in {"one", *INDEFINITE_ARTICLES}:
            continue
        if len(words) == 2 and words[1] in ROLE_OR_PERSON_NOUNS:
            nouns = {words[1]}
        elif words[:3] == ["one", "of", "the"] and words[3].endswith("s") and words[3][:-1] in ROLE_OR_PERSON_NOUNS:
            nouns = {words[3][:-1]} | MERE_PERSON_NOUNS
        else:
            continue
        last = max(a.sentence_no, a.last_sentence_no)
        later = [b for b in attributions[i + 1:] if b.sentence_no > a.sentence_no or b.cue_char > a.cue_char]
        b = min(later, key=lambda b: (b.sentence_no, b.cue_char), default=None)
        if b is None or b.sentence_no != last + 1 or not b.speaker.actor or resolver.mention(b.speaker.actor).type != "person":
            continue
        said = b.speaker.text.lower().split()
        first = min((no for no, _, k in resolver.order if k == b.speaker.actor), default=None)
        if len(said) == 2 and said[0] == "the" and said[1] in nouns and first == b.sentence_no:
            a.speaker = Speaker(a.speaker.text, b.speaker.actor, True)


def _named_under_same_description(parsed: ParsedArticle, resolver: SpeakerResolver,
                                  attributions: list[Attribution]) -> None:
    """'The families' lawyer said ... . The families' lawyer, Mara Velden, added ...': a definite
    description of a person with an owner ("the families' lawyer", "Orlesk's mayor") that the
    article elsewhere sets beside a person's name by commas is that person, where every name so
    set beside those very words is the one person; else it stays no one's."""
    pending = [a for a in attributions if a.speaker.actor is None and _owned_person_description(a.speaker.text)]
    if not pending:
        return
    named: dict[str, set[str]] = {}
    for doc in parsed.docs:
        for t in doc:
            if t.pos_ != "NOUN" or t.left_edge.i >= t.i:
                continue
            name = next((c for c in t.children if c.dep_ == "appos" and c.tag_ == "NNP"), None)
            if name is not None:        # a name of no actor counts too: it is another holder
                key = resolver.actors.key_for(parsed, name) or name.text.lower()
                named.setdefault(" ".join(doc[t.left_edge.i:t.i + 1].text.lower().split()), set()).add(key)
    for a in pending:
        keys = named.get(" ".join(a.speaker.text.lower().split()), set())
        key = next(iter(keys)) if len(keys) == 1 else None
        if key not in resolver.actors.mentions or resolver.mention(key).type != "person":
            continue
        noun = a.speaker.text.lower().split()[-1]
        if any(k != key and m.type == "person" and noun in (m.role or "").lower().split()
               for k, m in resolver.actors.mentions.items()):
            continue        # another of the article's people holds that office: either may be meant
        a.speaker = Speaker(a.speaker.text, key, True)


def _owned_person_description(text: str) -> bool:
    """'the families' lawyer', "Orlesk's mayor": an owner's possessive and a person's noun, no
    rank or time word that makes it another holder ('former', 'deputy', 'new')."""
    words = text.lower().replace("'s ", " 's ").replace("' ", " ' ").split()
    return len(words) >= 3 and words[-2] in ("'s", "'") and words[-1] in ROLE_OR_PERSON_NOUNS \
        and words[0] not in INDEFINITE_ARTICLES and not set(words) & OTHER_HOLDER_WORDS


def _names(speaker: Speaker, resolver: SpeakerResolver) -> bool:
    """The speaker's words name its person ('General Ann Lowe', 'Lowe'), not a pronoun or a
    description that was resolved to them ('our correspondent')."""
    surname = norm(resolver.mention(speaker.actor).name).split()[-1:]
    return bool(surname) and surname[0] in norm(speaker.text).split()


def _each_actor(attributions: list[Attribution]) -> list[Attribution]:
    """One position for each actor of a speaker ("they" after "X and Y said": X's and Y's)."""
    return [a if not key else replace(a, speaker=Speaker(a.speaker.text, key, a.speaker.person_like))
            for a in attributions for key in (None, *a.speaker.others)]


def _dedupe(attributions: list[Attribution]) -> list[Attribution]:
    """One position per statement: content that lies inside another statement of the same
    speaker ("said he thought ...", "criticised ..., accusing ...") is part of it."""
    def who(a: Attribution) -> str:
        return a.speaker.actor or a.speaker.text.lower()

    kept = []
    for a in sorted(attributions, key=lambda a: (a.sentence_no, a.start, -(a.end - a.start))):
        if any(who(k) == who(a) and k.start <= a.start and a.end <= k.end for k in kept):
            continue
        kept.append(a)
    return kept


def _to_position(parsed: ParsedArticle, a: Attribution) -> RawPosition:
    last = max(a.sentence_no, a.last_sentence_no)
    sentence = " ".join(span_text(s).strip() for s in parsed.sentences[a.sentence_no:last + 1])
    return RawPosition(speaker=a.speaker.text, cue=a.cue, text=a.text, direct=a.direct,
                       sentence=sentence, sentence_index=a.sentence_no, start=a.start, end=a.end,
                       actor=a.speaker.actor)
