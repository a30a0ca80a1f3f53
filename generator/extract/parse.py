"""Parsing: one spaCy pipeline for the whole run, and the parsed form of an article.

An article is parsed paragraph by paragraph (overlong paragraphs in pieces), so a huge or
unpunctuated file cannot blow up the parser; `ParsedArticle` keeps the pieces in order with
their character offsets in the article, which the quote finder and the site's sentence
anchors rely on.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple

import numpy
import spacy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicon import COMMA_OR_SEMICOLON, INVERTED_CUE_WORDS, TITLE_FIELD_INNER_WORDS, TITLE_FIELD_PREPOSITIONS
from ..lexicon import (AUTHORING_VERB_PARTICLES, AUTHORING_VERBS, ORGANISATION_NOUNS, ROLE_OR_PERSON_NOUNS, ABBREVIATIONS, ADDRESS_STYLES_ALSO_SURNAMES, BUSINESS_NAME_HEADS, DETERMINERS_BEFORE_NO_STYLE, LEGAL_FORMS, ORG_HEADS, HYPHENS,
                       PLACE_COMPOUND_WORDS, STYLE_AFTER_AN_ARTICLE, CLOSING_QUOTES, SENTENCE_END_MARKS, DOCUMENT_SHOWING_VERB_FORMS, INDEFINITE_ARTICLES, SOURCE_NOUNS, STATISTICS_NOUNS, DEFINITE_DETERMINERS,
                       AUTHORED_DOCUMENT_NOUNS, ISSUED_DOCUMENT_NOUNS, DOCUMENT_RECIPIENT_PREPOSITIONS, MAKER_PREPOSITION)
from ..model import Article
from ..names import is_acronym, is_given_name
from ..read import blocks_of, headline_of
from .components import CachedAttributeRuler, CachedLemmatizer
from .datelines import without_dateline
from ..versions import MODEL


class _WordFacts(NamedTuple):
    """What keep_names_together asks of one word (ORTH), cached per word: see _facts."""
    binds: bool             # binds the next word (an initial, a listed abbreviation)
    ends_in_word: bool      # ends in a letter or digit
    is_space: bool          # is white space
    capital: bool           # opens with a capital
    style: bool             # a style with its dot (binds unless the words before say otherwise)
    dotted: bool            # a dotted abbreviation ('a.m.')


# Words of a body's name (its head, a firm's trade or legal form), lower case: no word of a person's name.
_BODY_NAME_WORDS = frozenset({w.lower().rstrip(".") for w in ORG_HEADS | BUSINESS_NAME_HEADS | LEGAL_FORMS})
_WORD_FACTS: dict[int, _WordFacts] = {}   # per word (ORTH), see _facts
_AN_INITIAL = re.compile(r"[A-Z]\.")
# An abbreviation written with dots inside it ('a.m.', 'p.m.', 'U.S.', 'e.g.'): a lower-case word
# after its closing dot goes on the sentence.
_A_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]{1,3}\.){2,}")


@Language.component("keep_names_together")
def keep_names_together(doc: Doc) -> Doc:
    """No sentence starts right after an initial or a title: 'President Vladimir V. Putin',
    'Sen. Bill Hart' (the small model otherwise splits there), nor after the dot of a style of address
    or a rank's abbreviation before a name ('said Supt. Ann Lowe', 'Det.-Sgt. Tom Reed'), nor after a
    dotted abbreviation before a lower-case word ('at 2 a.m. on Monday'); nor right after a word on the
    same line, before a word that does not open with a capital or before a proper noun ('44
    percent would back Trump, while ...', 'in extreme circumstances and I find'); a sentence
    whose full stop is missing may still end before 'But'. Reads the words' arrays, not tokens:
    this runs on every word of every article."""
    rows = doc.to_array([ORTH, TAG]).tolist()
    proper = _proper_noun_tags(doc.vocab.strings)
    facts = [_facts(doc, orth) for orth, _ in rows]
    joined = []
    for i in range(len(rows) - 1):
        word, after = facts[i], facts[i + 1]
        if word.binds or word.style and _style_binds_here(doc, i) \
                or word.ends_in_word and not after.is_space and (not after.capital or rows[i + 1][1] in proper) \
                or not after.capital and not after.is_space and word.dotted:
            joined.append(i + 1)
    if joined:      # set in one go: each token's own setter scans the document first
        starts = doc.to_array(SENT_START)
        starts.view(numpy.int64)[joined] = -1      # is_sent_start = False
        doc.from_array([SENT_START], starts)
    return doc


@Language.component("reduced_relatives_as_participles")
def reduced_relatives_as_participles(doc: Doc) -> Doc:
    """'A survey issued that afternoon by the Forum found that ...', 'Figures presented to the assembly on
    Thursday show that ...': the small model may read the participle of a reduced relative clause as the main
    verb (a past tense or participle at the root) and the real main verb as joined to it. Such a past form
    with no auxiliary, no object and no clause other than the later verb is no main verb where it has its own
    subject before it, the later verb is tensed with no subject, no 'that' and no 'and' before it, and either
    - it has a passive agent ('by ...') and the later verb is joined to it (conj), or is hung on it unlabelled
      or as its clause (dep, ccomp) with a clause of its own, nothing of its own before it and no comma
      before it; or
    - it has no agent but a phrase of its own ('to the committee', 'in Honiara on Monday'), and the later verb
      is hung on it as joined or unlabelled (conj, dep), has a clause of its own ('show that ...'), nothing of
      its own before it and no comma before it (two tensed verbs cannot share one subject without 'and').
    It then becomes a participle on that subject (acl, VBN) and the later verb the main verb of that subject;
    the words before the subject and after the later verb go with the later verb. Every rule then reads the
    document's maker, the finding and its subject as it would without the words between. A clause on a noun
    with a 'by' agent tagged a past tense is tagged the participle it is. Changed only where the sentence
    starts stay as they were (see `_reduced_relative`)."""
    fixes = [fix for token in doc if token.dep_ == "ROOT" and token.tag_ in ("VBD", "VBN") and (fix := _reduced_relative(token))]
    tagged = [t.i for t in doc if t.dep_ == "acl" and t.tag_ == "VBD" and any(c.dep_ == "agent" for c in t.children)]
    if tagged:      # 'a study published the same week by X': read as a clause on the noun, tagged a past tense
        tags = doc.to_array([TAG])
        tags[tagged] = doc.vocab.strings.add("VBN")
        doc.from_array([TAG], tags)
    if not fixes:
        return doc
    heads, deps, tags = [t.head.i for t in doc], [t.dep for t in doc], [t.tag for t in doc]
    root, acl, nsubj, vbn = (doc.vocab.strings.add(name) for name in ("ROOT", "acl", "nsubj", "VBN"))
    for verb, subject, main in fixes:
        for child in verb.children:
            if child.i < subject.i or child.i > main.i:
                heads[child.i] = main.i
        heads[main.i], deps[main.i] = main.i, root
        heads[subject.i], deps[subject.i] = main.i, nsubj
        heads[verb.i], deps[verb.i], tags[verb.i] = subject.i, acl, vbn
    return _with_tree(doc, heads, deps, tags)


@Language.component("closing_showing_cues_as_verbs")
def closing_showing_cues_as_verbs(doc: Doc) -> Doc:
    """'Imports fell 3 percent, the data show.', '..., official data show.': the small model may read a verb of
    showing (DOCUMENT_SHOWING_VERB_FORMS) that closes a sentence after a comma and a noun of a source (SOURCE_NOUNS:
    data, figures, a survey) as a noun with the source as its compound, hung on the clause it reports; with
    the noun written 'figures' the same words parse as the cue they are ('..., the figures show.': the verb the
    root, the source its subject, the clause before it its clause); '..., the data shows.', '..., the statistics
    show.' may be read with the verb the root but the source its compound, no subject. Such a sentence is given that tree: the
    word of showing (a bare noun tagged, the last word before the closing marks, nothing of its own but the
    source's words) becomes the main verb, tagged by its form (show, shows, showed), the source its subject,
    the words of the source's phrase the source's, the old main verb its clause. Changed only where the
    sentence starts stay as they were."""
    fixes = [fix for token in doc if token.tag_ in _SHOWING_CUE_TAGS and (fix := _closing_showing_cue(token))]
    if not fixes:
        return doc
    heads, deps, tags = [t.head.i for t in doc], [t.dep for t in doc], [t.tag for t in doc]
    root, nsubj, ccomp, punct = (doc.vocab.strings.add(name) for name in ("ROOT", "nsubj", "ccomp", "punct"))
    for verb, source, tag, comma in fixes:
        old = verb.sent.root
        for child in verb.children:
            if comma.i < child.i < source.i:
                heads[child.i] = source.i       # 'the' of 'the data', hung on the misread word
        heads[source.i], deps[source.i] = verb.i, nsubj
        if old.i != verb.i:
            heads[old.i], deps[old.i] = verb.i, ccomp
        heads[verb.i], deps[verb.i], tags[verb.i] = verb.i, root, doc.vocab.strings.add(tag)
        for mark in (comma, *doc[verb.i + 1:verb.sent.end]):
            heads[mark.i], deps[mark.i] = verb.i, punct
    return _with_tree(doc, heads, deps, tags)


@Language.component("document_makers_off_their_recipient")
def document_makers_off_their_recipient(doc: Doc) -> Doc:
    """'A briefing to the trustees by the charity's auditor, Ola Berg, warned ...', 'a submission to the inquiry
    by the union', 'a letter to residents by the council': the small model may hang the 'by' phrase that names
    a document's maker on the noun of the phrase right before it that says whom or what the document is for
    ('to', 'for': DOCUMENT_RECIPIENT_PREPOSITIONS); a noun a document is addressed to is no act whose doer
    'by' would name, so the phrase is the document's, and every rule then reads the maker as it reads 'a
    report by X'. Not where the document has a 'by' phrase of its own, the noun is itself a document, the
    'by' phrase names a time ('a report to the board by Friday', 'by the end of May': a deadline) or holds
    no noun, or the phrase is on a topic ('a report on the attack by militants': 'on' is no recipient's).
    Runs last (it reads the recogniser's times); changed only where the sentence starts stay as they were."""
    fixes = [(by, document) for by in doc if by.lower_ == MAKER_PREPOSITION and (document := _document_of_a_recipients_agent(by))]
    if not fixes:
        return doc
    heads, deps, tags = [t.head.i for t in doc], [t.dep for t in doc], [t.tag for t in doc]
    prep = doc.vocab.strings.add("prep")
    for by, document in fixes:
        heads[by.i], deps[by.i] = document.i, prep
    return _with_tree(doc, heads, deps, tags)


_DOCUMENT_NOUN_FORMS = frozenset(AUTHORED_DOCUMENT_NOUNS | ISSUED_DOCUMENT_NOUNS)     # united once


def _document_of_a_recipients_agent(by: Token) -> Token | None:
    """The document whose recipient's noun the parser hung `by` on (see above), else None."""
    if by.dep_ not in ("prep", "agent"):
        return None
    recipient = by.head
    if recipient.dep_ != "pobj" or recipient.pos_ not in ("NOUN", "PROPN") or recipient.i > by.i \
            or recipient.lower_ in _DOCUMENT_NOUN_FORMS:
        return None
    to = recipient.head
    document = to.head
    if to.dep_ != "prep" or to.lower_ not in DOCUMENT_RECIPIENT_PREPOSITIONS or document.pos_ != "NOUN" \
            or document.lower_ not in _DOCUMENT_NOUN_FORMS or document.i > to.i \
            or any(c.dep_ in ("prep", "agent") and c.lower_ == MAKER_PREPOSITION for c in document.children):
        return None
    maker = next((c for c in by.children if c.dep_ == "pobj"), None)
    if maker is None or maker.pos_ not in ("NOUN", "PROPN") \
            or any(t.ent_type_ in ("DATE", "TIME") for t in maker.subtree):
        return None
    return document


def _with_tree(doc: Doc, heads: list[int], deps: list[int], tags: list[int]) -> Doc:
    """The doc given these heads, dependency labels and tags, or as parsed where the new tree would move a
    sentence start (the rules downstream read sentences as the parser cut them)."""
    starts = [t.is_sent_start for t in doc]
    original = doc.to_array([HEAD, DEP, TAG])
    rows = numpy.array([[(h - i) % 2 ** 64, d, g] for i, (h, d, g) in enumerate(zip(heads, deps, tags))], dtype=numpy.uint64)
    doc.from_array([HEAD, DEP, TAG], rows)
    if [t.is_sent_start for t in doc] != starts:
        doc.from_array([HEAD, DEP, TAG], original)
    return doc


_SHOWING_CUE_TAGS = frozenset({"NN", "NNS", "VBP", "VBZ", "VBD"})     # a misread noun, or the verb with a compound for its subject


def _closing_showing_cue(word: Token) -> tuple[Token, Token, str, Token] | None:
    """(the misread verb, its source noun, the verb's tag, the comma before the source) of '..., the data show.'
    (see above), else None: the word is a form of a verb of showing, only closing marks after it in its
    sentence, a source noun right before it as its compound ('the', an adjective or a kind word before that may
    hang on either), a comma right before the source's phrase; a noun then has nothing else of its own but that
    comma and is no apposition to a name ('Counting Ghana, a weekly data show': a programme), and a verb read as the
    main verb no subject of its own and nothing of its own after it. The bare form ('show') only after a
    plural source or a word of statistics ('the data show', not 'the review show') with no 'a' or 'an'
    ('a data show': a noun); the tag of each form is in DOCUMENT_SHOWING_VERB_FORMS."""
    tag = DOCUMENT_SHOWING_VERB_FORMS.get(word.lower_)
    sent = word.sent
    if tag is None or word.dep_ == "appos" and word.head.tag_ in ("NNP", "NNPS") or any(not t.is_punct for t in word.doc[word.i + 1:sent.end]) \
            or word.i == sent.root.i and (word.tag_ in ("NN", "NNS")
                                          or any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)):
        return None     # ('..., the statistics show.', '..., the data shows.': the verb read, its subject a compound)
    doc = word.doc
    source = doc[word.i - 1] if word.i > sent.start else None
    if source is None or source.dep_ != "compound" or source.head.i != word.i or source.lower_ not in SOURCE_NOUNS:
        return None
    start = source.i
    while start - 1 > sent.start and doc[start - 1].dep_ in ("det", "amod", "compound") \
            and doc[start - 1].head.i in (source.i, word.i):
        start -= 1      # 'the', 'official', 'ministry' of the source's phrase, hung on either word
    if tag == "VBP" and (source.tag_ != "NNS" and source.lower_ not in STATISTICS_NOUNS
                         or any(t.lower_ in INDEFINITE_ARTICLES for t in doc[start:source.i])):
        return None     # 'the review show', 'a data show': no verb agreeing with its subject, a noun
    if doc[start - 1].text != "," or any(not (c.is_punct or start <= c.i < word.i) for c in word.children
                                         if word.i != sent.root.i or c.i > word.i):
        return None     # (a noun 'show' with words of its own after it or before the phrase: as parsed)
    return word, source, tag, word.doc[start - 1]


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})      # (run before the attribute ruler: tags, no parts of speech)
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _reduced_relative(verb: Token) -> tuple[Token, Token, Token] | None:
    """(the participle, its noun, the main verb) of a misread reduced relative (see above), else None.
    The later verb is joined to the past form (conj) where that has a 'by' agent; else it is a tensed
    verb of no subject with a clause of its own ('show that ...') hung on the past form as
    joined or unlabelled (dep), or, after a 'by' agent, as its clause (ccomp, no 'that' of its own; not 'said in a
    statement read to the coroner that ...'), no comma before it: 'Figures presented to the
    assembly on Thursday show that ...' has two tensed verbs and no 'and', so the first is a participle
    whatever its tag. The past form has no auxiliary, object or clause other than that verb; one of no
    agent has a phrase of its own ('to the committee') and the later verb nothing of its own before it
    (not 'found 40 percent backed X', where '40 percent' is the later verb's misread subject)."""
    kids = list(verb.children)
    by_agent = any(c.dep_ == "agent" and c.i > verb.i for c in kids)
    if not by_agent and not any(c.dep_ == "prep" and c.i > verb.i for c in kids):
        return None     # ('Another poll found 40 percent backed X': no phrase of its own, a main verb)
    main = next((c for c in kids if c.i > verb.i and c.tag_ in _FINITE_VERB_TAGS
                 and (c.dep_ == "conj" and by_agent or (c.dep_ in ("conj", "dep") or c.dep_ == "ccomp" and by_agent) and _verb_with_a_complement(c)
                      and not any(g.i < c.i and g.dep_ not in ("advmod", "punct", "neg") for g in c.children))
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children)), None)
    if main is None or any(c.dep_ in ("aux", "auxpass", "nsubjpass", "dobj", "ccomp", "xcomp", "prt") and c.i != main.i
                           for c in kids):
        return None
    subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i and c.tag_ in _NOUN_TAGS), None)
    if subject is None or any(c.dep_ == "cc" and verb.i < c.i < main.i for c in kids):
        return None     # 'A report released by X and found ...': two verbs joined, no relative
    return verb, subject, main


def _verb_with_a_complement(verb: Token) -> bool:
    """The verb has a clause of its own ('show that ...') and follows no comma: not a cue set after the
    clause it reports, its subject after it ('The bridge collapsed on Monday, reported witnesses')."""
    return any(c.dep_ == "ccomp" for c in verb.children) and verb.nbor(-1).text != ","


def _facts(doc: Doc, orth: int) -> _WordFacts:
    """Per word, cached: it binds the next word (an initial, a listed abbreviation), it ends in a letter
    or digit, it is white space, it opens with a capital, it is a style with its dot (binds unless the
    words before it say otherwise, _style_binds_here), it is a dotted abbreviation ('a.m.')."""
    facts = _WORD_FACTS.get(orth)
    if facts is None:
        text = doc.vocab.strings[orth]
        binds = bool(_AN_INITIAL.fullmatch(text)) or text.lower() in ABBREVIATIONS
        facts = _WORD_FACTS[orth] = _WordFacts(binds=binds, ends_in_word=text[-1:].isalnum(), is_space=text.isspace(),
                                               capital=text[:1].isupper(), style=not binds and _a_style_with_its_dot(text),
                                               dotted=bool(_A_DOTTED_ABBREVIATION.fullmatch(text)))
    return facts


def _style_binds_here(doc: Doc, i: int) -> bool:
    """The style doc[i] ('Supt.', 'Arch.') keeps the next word in its sentence: not after a determiner
    ('under the Arch. Femi Bello said'; 'the Rev.' excepted) nor after a comma after a place ('Dover,
    Del. Tom Reed said': a state's abbreviation)."""
    if i == 0:
        return True
    before = doc[i - 1]
    if before.lower_ in DETERMINERS_BEFORE_NO_STYLE:
        return doc[i].text.rstrip(".").lower() == STYLE_AFTER_AN_ARTICLE
    if before.text == "," and i > 1 and doc[i - 2].is_title:
        from .titles import a_place_word     # titles reads this module
        return not a_place_word(doc[i - 2].text)
    return True


# The marks that may close a one-word surname after a cue ('"...," said Hon. X, who ...', '... said Hon. X.').
SURNAME_CLOSING_MARKS = COMMA_OR_SEMICOLON | SENTENCE_END_MARKS

@Language.component("styles_hung_on_their_names")
def styles_hung_on_their_names(doc: Doc) -> Doc:
    """A style with its dot right before a name ('Hon.', 'Engr.', _a_style_with_its_dot) that the parser
    read as punctuation ('"...," Hon. X said': hung on the quotation's verb, so the quoted clause ran on
    to the style) is a word of the name's phrase, as 'Dr.' and 'Sen.' are read there: it is hung on the
    name's head as a compound. Reads the words' arrays first: only such a style is looked at."""
    rows = doc.to_array([ORTH, DEP]).tolist()
    punct = doc.vocab.strings["punct"]
    for i, (orth, dep) in enumerate(rows[:-1]):
        if dep != punct or not _facts(doc, orth).style:
            continue
        name = doc[i + 1]
        if name.tag_ not in ("NNP", "NNPS") or name.is_sent_start:     # (tags: the attribute ruler runs later)
            continue
        while name.dep_ in ("compound", "flat") and name.head.i > name.i and name.head.tag_ in ("NNP", "NNPS"):
            name = name.head
        doc[i].head = name
        doc[i].dep_ = "compound"
    return doc


@Language.component("keep_styles_with_their_dot")
def keep_styles_with_their_dot(doc: Doc) -> Doc:
    """A style of address or an abbreviated title or rank whose dot the tokenizer split off ('Supt',
    '.') is one word again ('Supt.') where a capitalised name follows, as the tokenizer keeps 'Mr.'
    and 'Gen.': the parser then reads it as a word of the name's phrase, and the sentence goes on
    (keep_names_together). Runs first, before any component has read the words."""
    dots = [i for i, t in enumerate(doc) if t.text == "." and _ends_a_style_before_a_name(doc, i)]
    if dots:
        with doc.retokenize() as retokenizer:
            for i in dots:
                retokenizer.merge(doc[i - 1:i + 1])
    return doc


def _ends_a_style_before_a_name(doc: Doc, i: int) -> bool:
    """doc[i] is the full stop the tokenizer split off a style of address or an abbreviated title or
    rank written right before a capitalised name, read on the words alone (no component has run):
    'Supt.', 'Insp.', 'Det.-Sgt.', 'Engr.' — only a style the project's lexicon lists or a dotted
    compound of such (titles.a_style_joining_sentences), never one classed by nameparser's titles or its
    shape alone ('the Met.', 'near Kessel.'). Not after a word that closes a name ('the Marble Arch.'): a
    capitalised word before the style must be a title, an acronym or a style itself; not after a
    determiner or a comma after a place (_style_binds_here). What follows must be a name: a given name,
    an initial, another style, or capitalised words none of which is an ordinary word ('Engr. Babatunde
    Akinwale'; not 'Capt. Brell Shipping Ltd', a firm's name). A style that is also a surname
    (ADDRESS_STYLES_ALSO_SURNAMES) is read with the dot that follows it ('Eng.', 'Hon.'), unless a style
    comes before it ('Mr Eng.': the surname)."""
    from .titles import TITLE_VOCABULARY, a_style_joining_sentences, style_of_address_evidence     # titles reads this module
    if i == 0 or i + 1 >= len(doc) or doc[i - 1].whitespace_:
        return False
    also_a_surname = doc[i - 1].lower_ in ADDRESS_STYLES_ALSO_SURNAMES
    style = doc[i - 1].text + "." if also_a_surname else doc[i - 1].text
    if not a_style_joining_sentences(style) or not doc[i + 1].is_title or not _style_binds_here(doc, i - 1):
        return False
    if also_a_surname and not _a_surnames_word_in_a_styles_place(doc, i - 1):
        return False            # 'bail to Eng. Ann Lowe said', 'Mei-ling Eng.', 'Mr Eng.': the surname
    if i > 1 and doc[i - 2].is_title and doc[i - 2].is_alpha and not (
            doc[i - 2].lower_ in TITLE_VOCABULARY or is_acronym(doc[i - 2].text) or style_of_address_evidence(doc[i - 2].text)
            or _closes_a_posts_field(doc, i - 2)):
        return False
    return _a_name_opens_at(doc, i + 1)


def _a_surnames_word_in_a_styles_place(doc: Doc, i: int) -> bool:
    """doc[i] is a style that is also a surname ('Eng', 'Hon', ADDRESS_STYLES_ALSO_SURNAMES) before its
    dot, where the words before it show the style's place: it opens the text, or follows punctuation
    that opens a sentence, a clause or an aside (', Hon. X,', '(Eng. X)'; no hyphen: 'Mei-ling Eng.'),
    or a title's word, capitalised or not, or an acronym ('Managing Director Eng. X', 'CEO Eng. X', 'party
    member Hon. X'); never after another lower-case word ('bail to Eng. Ann Lowe said': the surname ends
    its sentence), after a
    style ('Mr Eng.'), nor where the text names a person by that surname after a given name ('Tom
    Eng, 54, ...')."""
    from .titles import TITLE_VOCABULARY, style_of_address_evidence     # titles reads this module
    word = doc[i].lower_
    if any(t.lower_ == word and t.i != i and t.i > 0 and is_given_name(doc[t.i - 1].text)
           and (t.i + 1 == len(doc) or doc[t.i + 1].text != ".") for t in doc):
        return False
    if i == 0:
        return True
    before = doc[i - 1]
    if before.is_punct:
        return before.text not in HYPHENS
    return is_acronym(before.text) or (before.is_title or before.is_lower) and before.lower_ in TITLE_VOCABULARY \
        and not style_of_address_evidence(before.text) or _closes_a_posts_field(doc, i - 1) \
        or _a_cue_after_a_quotation(doc, i - 1)


def _closes_a_posts_field(doc: Doc, k: int) -> bool:
    """doc[k] is the capitalised last word of a post's field written out after its title's noun ('Leader
    of the Opposition Hon. X', 'Minister of Lands and Survey Hon. X'): going left over capitalised
    words and the field's inner words ('the', 'and', ','), a field's preposition ('of', 'for') follows a
    capitalised noun of a person's title (PERSON_ROLE_WORDS; not 'Minister of State for X', where 'State' is
    no one's title); read on the words alone, a few words back."""
    from .titles import PERSON_ROLE_WORDS     # titles reads this module
    if not doc[k].is_title:
        return False
    j = k
    while j > 0 and k - j < 8 and (doc[j].is_title or doc[j].lower_ in TITLE_FIELD_INNER_WORDS
                                   or doc[j].lower_ in TITLE_FIELD_PREPOSITIONS):
        if doc[j].lower_ in TITLE_FIELD_PREPOSITIONS:
            return doc[j - 1].is_title and doc[j - 1].lower_ in PERSON_ROLE_WORDS
        j -= 1
    return False


def _a_cue_after_a_quotation(doc: Doc, k: int) -> bool:
    """doc[k] is a speech verb right after a quotation's closing mark or its comma ('"...," said Hon. X'):
    the speaker's name follows it, so a style there opens that name."""
    return k > 0 and doc[k].is_lower and doc[k].lower_ in INVERTED_CUE_WORDS \
        and (doc[k - 1].text in CLOSING_QUOTES or doc[k - 1].text == ",")


def _a_name_opens_at(doc: Doc, i: int) -> bool:
    """A person's name (or another style before it) opens at doc[i], read on the words alone: a given
    name, an initial, a style (titles.style_of_address_evidence), or a run of capitalised words of which
    none is an ordinary word (is_common_word) and that ends before a word that is no capitalised one: two
    or more, or one surname the sentence goes on from with a lower-case word ('Hon. Tau said')."""
    from .titles import a_style_joining_sentences     # titles reads this module
    word = doc[i].text
    if is_given_name(word) or len(word.rstrip(".")) == 1 and word[0].isupper() or a_style_joining_sentences(word):
        return True
    j = i
    while j < len(doc) and j < i + 4 and doc[j].is_title and doc[j].is_alpha:
        if is_common_word(doc[j].text) or doc[j].lower_ in _BODY_NAME_WORDS:
            return False                # 'Capt. Brell Shipping Ltd': a firm's name
        j += 1
    return j > i + 1 or j == i + 1 and j < len(doc) and doc[j].is_lower and doc[j].is_alpha \
        and doc[i - 1].text == "." and _a_style_in_a_speakers_place(doc, i - 2) \
        or j == i + 1 and j < len(doc) and doc[j].text in SURNAME_CLOSING_MARKS and doc[i - 1].text == "." \
        and i > 2 and _a_cue_after_a_quotation(doc, i - 3)
    # ('"...," said Hon. Ossa, who ...': one surname closed by a comma or the sentence's end after the cue)
    # ('"...," Hon. Ossa said': one surname, no ordinary word, that a lower-case word goes on from, after
    # a style in a speaker's place; not 'holds a B. Arch. Ossa said', 'to Vell & Assoc. Ossa said')


def _a_style_in_a_speakers_place(doc: Doc, i: int) -> bool:
    """The style doc[i] stands where a speaker's name opens: it opens the text, or follows a closing
    quotation mark, a comma, or a sentence's own full stop ('... in June. Hon. X said'); not after an
    initial, '&', another style or its dot, a number or a lower-case word ('a B. Arch.', 'Vell & Assoc.',
    'to Det. Supt.'), where the style ends the sentence and the name opens the next."""
    from .titles import a_style_joining_sentences     # titles reads this module
    if i == 0:
        return True
    before = doc[i - 1].text
    if before in CLOSING_QUOTES or before == ",":
        return True
    if before not in SENTENCE_END_MARKS or i < 2:
        return False
    word = doc[i - 2].text      # the word the mark ends: no initial, style or abbreviation's dot
    return len(word) > 1 and word[-1].isalnum() and word.lower() not in ABBREVIATIONS \
        and not a_style_joining_sentences(word + ".")


def _a_style_with_its_dot(text: str) -> bool:
    """'Supt.', 'Det.-Sgt.', 'Engr.': a style, title or rank abbreviation the lexicon lists, with its dot,
    one word (as the tokenizer writes 'Mr.', or keep_styles_with_their_dot made it where a name follows)."""
    from .titles import a_style_joining_sentences     # titles reads this module
    return len(text) > 2 and text.endswith(".") and text[-2].isalpha() and a_style_joining_sentences(text)


@functools.cache
def _proper_noun_tags(strings) -> frozenset[int]:
    return frozenset(strings.add(tag) for tag in ("NNP", "NNPS"))


@Language.factory("cached_attribute_ruler")
def _cached_attribute_ruler(nlp: Language, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory("cached_lemmatizer")
def _cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded once per process (it takes about a second), with the
    attribute ruler and lemmatizer swapped for their faster equivalents (components.py)."""
    try:
        nlp = spacy.load(MODEL)
        nlp.add_pipe("keep_styles_with_their_dot", first=True)
        nlp.add_pipe("keep_names_together", before="parser")
        nlp.add_pipe("styles_hung_on_their_names", after="parser")
        nlp.add_pipe("reduced_relatives_as_participles", after="styles_hung_on_their_names")
        nlp.add_pipe("closing_showing_cues_as_verbs", after="reduced_relatives_as_participles")
        nlp.add_pipe("document_makers_off_their_recipient", last=True)
        for stock in ("attribute_ruler", "lemmatizer"):
            nlp.add_pipe(f"cached_{stock}", after=stock)
            nlp.remove_pipe(stock)
        return nlp
    except OSError as problem:  # pragma: no cover - depends on the installation
        from ..model import BriefingError
        raise BriefingError(f"spaCy model {MODEL}: not installed ({problem}); run the set-up command") from None


def _wordnet_words():
    """The model's own word list by part of speech (WordNet's lemma index, which the lemmatizer reads)."""
    return load_nlp().get_pipe("cached_lemmatizer").lemmatizer.lookups.get_table("lemma_index")


@functools.lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """A noun or adjective of the model's own word list (WordNet's, which the lemmatizer reads),
    also in the plural: 'capital', 'holdings', 'sandy' are; 'Kaede', 'Hagibis' are not."""
    index = _wordnet_words()
    lower = word.lower()
    forms = {lower, lower[:-1] if lower.endswith("s") else lower}
    return any(form in index[pos] for form in forms for pos in ("noun", "adj"))


def common_word_read_as_a_name(word: Token) -> bool:
    """'the price of kerosene', 'Kerosene goes up by 4.7%': a lone word the tagger took for a proper
    noun that the lexicon knows as a common word (`is_common_word`), with no name words before it,
    is the common noun where it is written in lower case (here or elsewhere in the article); a
    capitalised word read as a person's name is the person's ('Rose went up by 5%'), and one read
    as nothing or as a firm's or a place's name may be a name ('Premium fell 4%', 'Target fell 5%').
    Shared by figures.py (a measure noun) and bodies.py (no rival body: 'Dairy slipped' where the article writes 'dairy' too)."""
    if word.pos_ != "PROPN" or not word.is_alpha or word.is_upper or word.ent_type_ == "PERSON" \
            or not is_common_word(word.lower_) or any(c.dep_ in ("compound", "flat") for c in child_tokens(word)):
        return False
    return word.text.islower() or word.lower_ in lower_case_words(word.doc)


def lower_case_words(doc) -> frozenset[str]:
    """The words an article writes in lower case, read once per document."""
    words = doc.user_data.get("figures_lower_case_words")
    if words is None:
        words = doc.user_data["figures_lower_case_words"] = frozenset(t.text for t in doc if t.text.islower())
    return words


@functools.lru_cache(maxsize=4096)
def is_noun_only_word(word: str) -> bool:
    """A noun of the model's WordNet list, as written (a plural is refused, not stripped: 'Hosts',
    'Rivals'), that is no adjective there: 'football', 'police', 'tourism' are; 'eastern', 'rural',
    'central' (also an adjective) are not."""
    index = _wordnet_words()
    lower = word.lower()
    return lower in index["noun"] and lower not in index["adj"]


@functools.lru_cache(maxsize=4096)
def is_adjective_word(word: str) -> bool:
    """An adjective of the model's WordNet list as written, whatever else it also is: 'veterinary',
    'public', 'strategic' are; 'harbour', 'services' are not."""
    return word.lower() in _wordnet_words()["adj"]


@functools.lru_cache(maxsize=4096)
def is_a_verbs_participle(word: str) -> bool:
    """An '-ing' form of a verb of the model's WordNet list: 'Managing', 'Operating', 'Acting' are; 'Kessing' is
    not."""
    lower = word.lower()
    if not lower.endswith("ing") or len(lower) < 5:
        return False
    stem, verbs = lower[:-3], _wordnet_words()["verb"]
    return stem in verbs or stem + "e" in verbs or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs


@functools.lru_cache(maxsize=4096)
def is_noun_word(word: str) -> bool:
    """A noun of the model's WordNet list as written, whatever else it also is: 'normal',
    'average' are (also adjectives); 'usual', 'expected' are not."""
    index = _wordnet_words()
    return word.lower() in index["noun"]


def joined_to_a_base(t: Token) -> bool:
    """'Harare-[based]', 'Osaka-[headquartered]': a participle of where a body or a person is based
    (PLACE_COMPOUND_WORDS) joined by a hyphen, with no space either side, to the word before it."""
    doc = t.doc
    return t.lower_ in PLACE_COMPOUND_WORDS and t.i > 1 and doc[t.i - 1].text in HYPHENS \
        and not doc[t.i - 2].whitespace_ and not doc[t.i - 1].whitespace_


_TEXT = "briefing.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document and kept with it (spaCy joins every token anew
    on each call; the rules ask for it per sentence and per name)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, cut from the document's text instead of joined token by token."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def named_after_according_to(token: Token) -> bool:
    """X in 'according to X': the object of the 'to' that 'according' governs (the source a
    sentence's content is credited to)."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def inside_quotation_marks(token: Token) -> bool:
    """An opening mark before the word in its paragraph that no closing one follows ('"' marks
    counted by twos): read from the document's marks, counted once (`_quoted_tokens`)."""
    return _quoted_tokens(token.doc)[token.i]


_QUOTED_TOKENS = "briefing.quoted"


def _quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether an opening quotation mark before it is still open; counted in one
    walk through the text and kept with the document (the rules ask per word of a sentence)."""
    found = doc.user_data.get(_QUOTED_TOKENS)
    if found is None:
        text, found, done = doc_text(doc), [], 0
        opened = closed = straight = 0
        for t in doc:
            piece = text[done:t.idx]
            opened, closed, straight = opened + piece.count("“"), closed + piece.count("”"), straight + piece.count('"')
            done = t.idx
            found.append(opened > closed or straight % 2 == 1)
        doc.user_data[_QUOTED_TOKENS] = found
    return found


_TOKENS = "briefing.tokens"


class _Word(Token):
    """A token whose string attributes (and index, offset and dependents) are read from the
    parse once and kept in slots. spaCy's own Token looks each string up in the vocabulary's
    StringStore and decodes it into a new Python string on every `.text`, `.lower_`, `.dep_`, ...
    (about 50-80 ns each, against 10 ns for a slot), and the rules read these thousands of times
    per article. It has the same `doc`, equality and hash as the Token it stands for; the parse
    is never changed after `parse_articles`, so the kept values stay true
    (`tests/test_parse_words.py` checks them against spaCy's).

    Only `doc_tokens` (and what is made from it: `span_tokens`, `child_tokens`, iterating or
    indexing a `_Text`) gives `_Word`s. Every other way to a token gives a new spaCy Token:
    `.head`, `.children`, `.lefts`, `.rights`, `doc[i]`, a step through `doc` or through a plain
    Span (`.sent`, a slice of a `_Text`). So compare tokens by `.i` (within one document) or by
    `==`, never by `is`."""

    __slots__ = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "i", "idx", "dependents")


# The attributes `_words` reads from the parse in one array: first those that are hashes of
# strings in the vocabulary's StringStore, then the numbers (the part of speech is a number of
# `parts_of_speech.NAMES`, not a string hash). `_words` unpacks them in this order.
_STRING_ATTRS = (ORTH, LOWER, LEMMA, TAG, DEP, ENT_TYPE)
_NUMBER_ATTRS = (POS, IDX)
_WORD_ATTRS = _STRING_ATTRS + _NUMBER_ATTRS
_STRINGS: dict[int, str] = {}       # a string's hash -> the string: the same in every document


def _words(doc: Doc) -> list[Token]:
    """The document's tokens as `_Word`s, their attributes read from one array of the parse:
    the strings as spaCy's Token reads them (`vocab.strings[hash]`; the part of speech from
    `parts_of_speech.NAMES`), each distinct one looked up once per run."""
    vocab, known = doc.vocab, _STRINGS
    columns = list(zip(*doc.to_array(list(_WORD_ATTRS)).tolist())) or [()] * len(_WORD_ATTRS)
    for column in columns[:len(_STRING_ATTRS)]:
        for h in column:
            if h not in known:
                known[h] = vocab.strings[h]
    words = []
    for i, (orth, lower, lemma, tag, dep, ent_type, pos, idx) in enumerate(zip(*columns)):
        w = _Word(vocab, doc, i)
        w.text, w.lower_, w.lemma_, w.tag_, w.dep_, w.ent_type_, w.pos_, w.i, w.idx, w.dependents = \
            known[orth], known[lower], known[lemma], known[tag], known[dep], known[ent_type], POS_NAMES[pos], i, idx, []
        words.append(w)
    for i, head in enumerate(head_indices(doc)):
        if head != i:
            words[head].dependents.append(words[i])
    return words


class _Text(Span):
    """A sentence or an entity that yields the document's kept `_Word`s: spaCy's Span builds a
    new Token at every step of `for t in span` and on every `span[i]`, and the rules walk each
    sentence and entity many times (its list of them is kept once made). Its label's string is
    kept too. It equals, and hashes as, the Span it stands for; a slice of it is spaCy's own Span.
    Made as a Span is (`_Text(doc, start, end, label=..., kb_id=..., span_id=...)`, as
    `_as_text` does): the constructor sets every kept field."""

    __slots__ = ("label_", "forms", "words")

    def __init__(self, *args, **kwargs):        # the arguments went to Span's own constructor
        self.label_ = Span.label_.__get__(self)     # the label's string, as spaCy's Span reads it
        self.forms = None       # the lower-case forms of its words, made once asked for (word_forms)
        self.words = None       # its `_Word`s, cut from `doc_tokens` once asked for

    def __iter__(self):
        return iter(self.words or self._kept_words())

    def __getitem__(self, i):
        if not isinstance(i, slice):
            words = self.words or self._kept_words()
            if -len(words) <= i < len(words):
                return words[i]
        return Span.__getitem__(self, i)        # a slice, or spaCy's own IndexError

    def _kept_words(self) -> list[Token]:
        self.words = span_tokens(self)
        return self.words


def _as_text(span: Span) -> _Text:
    """`span` (with its label, knowledge-base ID and ID) as a `_Text`."""
    return _Text(span.doc, span.start, span.end, label=span.label, kb_id=span.kb_id, span_id=span.id)


def word_forms(span: Span) -> frozenset[str]:
    """The lower-case forms (`lower_`) of the span's words, kept with a `_Text`: a rule can tell
    that a sentence holds none of the words it looks for by one set test, with no regular
    expression over its text and no walk over its tokens."""
    forms = span.forms if type(span) is _Text else None
    if forms is None:
        forms = frozenset(t.lower_ for t in span_tokens(span))
        if type(span) is _Text:
            span.forms = forms
    return forms


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens, made once (spaCy builds a new Token object on every `doc[i]`
    and on every step through a span; the hot loops walk each sentence many times), with their
    string attributes kept (`_Word`)."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = _words(doc)
    return tokens


def span_tokens(span: Span) -> list[Token]:
    """`list(span)`, cut from the document's tokens made once."""
    return doc_tokens(span.doc)[span.start:span.end]


def with_its_closing_bracket(doc: Doc, start: int, end: int) -> int:
    """The end of the words doc[start:end] taken over the closing bracket right after them where they
    open a bracket they do not close ('the Harbour Bureau of Statistics (HBS' with ')' hung on the
    sentence's verb by the parser): a phrase never ends inside its own bracket."""
    words = doc_tokens(doc)[start:end]
    opened = sum(t.text == "(" for t in words) - sum(t.text == ")" for t in words)
    return end + 1 if opened == 1 and end < len(doc) and doc[end].text == ")" else end


_TEXTS = "briefing.texts"


def token_texts(doc: Doc) -> list[str]:
    """Each token's `text`, read once per document: a rule can skip a sentence none of whose
    words could hold what it looks for without asking every Token for its text."""
    texts = doc.user_data.get(_TEXTS)
    if texts is None:
        texts = doc.user_data[_TEXTS] = [t.text for t in doc_tokens(doc)]
    return texts


_HEADS = "briefing.heads"


def head_indices(doc: Doc) -> list[int]:
    """Each token's `head.i`, read once per document (every `.head` builds a new Token): from
    the parse's array of head offsets, with no Token made at all."""
    heads = doc.user_data.get(_HEADS)
    if heads is None:
        offsets = doc.to_array(HEAD).view(numpy.int64).tolist()
        heads = doc.user_data[_HEADS] = [i + offset for i, offset in enumerate(offsets)]
    return heads


# Dependencies the parser gives a proper name set off by a comma after a noun phrase: an apposition,
# or, closing the sentence, an adverbial of the verb ('according to a report by a group, X.').
_SET_OFF_NAME_DEPS = frozenset({"appos", "npadvmod"})


def is_authoring_verb(verb: Token, verbs: frozenset[str] = AUTHORING_VERBS) -> bool:
    """A verb of making a document (`verbs`: AUTHORING_VERBS, or a study's alone, STUDY_MAKING_VERBS) with the
    particle it needs for that sense (AUTHORING_VERB_PARTICLES: 'carried out by X', not 'carried by the Ledger')."""
    lemma = verb.lemma_.lower()
    if lemma not in verbs:
        return False
    particle = AUTHORING_VERB_PARTICLES.get(lemma)
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in child_tokens(verb))


def name_set_off_after(noun: Token, type_of=None) -> Token | None:
    """'by a residents' group, the Tarn Forum, ...', 'by the institute, the Orlen Centre': a
    common noun whose phrase is followed by a comma and a proper name in apposition is described
    by that name (the parser may hang the apposition on the noun or on the phrase the noun's
    own phrase belongs to, read a name closing the sentence as the verb's adverbial, or read it as a second
    subject of the main verb, `_second_subject_set_off`); the name's
    head, or None where no such name follows, it does not end at a punctuation mark ('a group, X
    said'), or it is one of several joined ('a group, X and Y'). With `type_of` (a name's word -> its actor's
    type, 'person' or 'organization', or None), where the recogniser's label of the name is not of the noun's
    kind, the actor's type decides ('by the charity's treasurer, Maud Ellery,' with the name labelled a body):
    the one rule the positions and the figures both read."""
    if noun.pos_ != "NOUN":
        return None
    own = next((c for c in child_tokens(noun) if c.dep_ == "appos" and c.i > noun.i), None)
    if own is None:
        end = noun.right_edge.i
        comma = noun.doc[end + 1] if end + 1 < len(noun.doc) else None
        if comma is None or comma.text != ",":
            return None
        own = next((t for t in noun.doc[end + 2:noun.sent.end]
                    if (t.dep_ in _SET_OFF_NAME_DEPS or _second_subject_set_off(t)) and t.left_edge.i == end + 2), None)
    if own is None or own.pos_ != "PROPN" or own.conjuncts or not (_one_name_of_the_nouns_kind(noun, own) or type_of
            and _one_whole_name(own) and type_of(own) == _kind_of_the_noun(noun)) \
            or any(t.pos_ in ("VERB", "AUX", "ADP") for t in own.doc[own.left_edge.i:own.i]):
        return None     # (', seen by the Ledger,': a participle's agent, no name set off)
    after = _name_end(own) + 1
    return own if after >= own.sent.end or own.doc[after].is_punct else None


# The recogniser's entity type a name set off after a noun of a body or of a person must have.
_SET_OFF_NAME_TYPES = (("ORG", ORGANISATION_NOUNS - ROLE_OR_PERSON_NOUNS), ("PERSON", ROLE_OR_PERSON_NOUNS - ORGANISATION_NOUNS))


def _kind_of_the_noun(noun: Token) -> str:
    """The actor type a name set off after a noun must have: a person for a person's noun (ROLE_OR_PERSON_NOUNS),
    else a body."""
    return "person" if noun.lemma_.lower() in ROLE_OR_PERSON_NOUNS else "organization"


def _one_whole_name(own: Token) -> bool:
    """The set-off phrase is one recognised name, whole, whatever its label (see below)."""
    return bool(own.ent_type_) and all(t.ent_type_ == own.ent_type_ for t in own.doc[own.i + 1:_name_end(own) + 1])


def _name_end(own: Token) -> int:
    """The last word of a set-off name: its phrase's last word that is no mark (the parser may hang the comma
    closing the name on it), or, where the phrase runs on past a comma that closes the recognised name (the
    parser may hang the clause after it on the name: 'by the trust's treasurer, Ivo Marsh, two wards
    ...'), the name's last word."""
    doc = own.doc
    last = own.right_edge.i
    while last > own.i and doc[last].is_punct:
        last -= 1
    name = entity_at(own)
    if name is not None and name.end - 1 < last and doc[name.end].text == ",":
        return name.end - 1
    return last


def _second_subject_set_off(name: Token) -> bool:
    """'According to a review by the port's engineer, Dr Ivo Marsh, nine cranes are idle': the
    parser may read a name set off by commas after a noun phrase as a subject of the main verb, beside the
    verb's own subject after it; a verb has one subject, so the name is set off (an apposition), not the
    subject. So too where the parser hangs that subject on the name as its apposition and the verb is plural
    ('Dr Ivo Marsh, nine cranes are idle': a singular name agrees with no 'are'). Not a name that is
    the verb's only subject ('..., Ann Lowe, 42, died'), nor a phrase opening with other words than the name
    ('..., seen by the Ledger, found': the words before the name are its own)."""
    if name.dep_ != "nsubj" or name.pos_ != "PROPN" or name.tag_ != "NNP" or not name.ent_type_ \
            or any(t.ent_type_ != name.ent_type_ for t in name.doc[name.left_edge.i:name.i] if not t.is_punct):
        return False
    verb = name.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > name.right_edge.i for c in child_tokens(verb)) \
        or verb.tag_ == "VBP" and any(c.dep_ == "appos" and c.i > name.i for c in child_tokens(name))


def _one_name_of_the_nouns_kind(noun: Token, own: Token) -> bool:
    """The set-off phrase is one recognised name, whole ('the commission, Fair Shares for All,': a name
    the recogniser ends before 'for All' is a title, not an author), of the kind the noun gives (a body's
    noun, 'a group', 'a council': an organisation; a person's, 'the treasurer': a person)."""
    if not _one_whole_name(own):
        return False
    lemma = noun.lemma_.lower()
    return all(own.ent_type_ == kind for kind, nouns in _SET_OFF_NAME_TYPES if lemma in nouns)


def hyphened_parts_before(noun: Token, hyphens) -> list[Token]:
    """The parts of one hyphened word that the tokenizer split before its last part, `noun`, nearest
    first ('vice' and '-' of 'vice-president', 'break' and '-' of 'break-ins'): written without spaces
    around the hyphen (one of `hyphens`), they are one word, whatever head the parser gave each part."""
    doc, i, parts = noun.doc, noun.i, []
    while i >= 2 and doc[i - 1].text in hyphens and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        parts += [doc[i - 1], doc[i - 2]]
        i -= 2
    return parts


def child_tokens(token: Token) -> list[Token]:
    """`token.children` (its dependents, in the order of the text), kept with the document's
    `_Word`s: spaCy's `.children` walks the token's left and right edges and builds a new Token
    for each dependent on every call, and the rules ask for a word's dependents many times over."""
    if type(token) is not _Word:
        token = doc_tokens(token.doc)[token.i]
    return token.dependents


def a_definite_determiner_on(noun: Token) -> bool:
    """'the report', 'this study', 'that firm': 'the', 'this' or 'that' (DEFINITE_DETERMINERS) among the noun's
    own determiners, whatever else stands before it."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in child_tokens(noun))


def only_a_definite_determiner_before(noun: Token) -> bool:
    """'The figures', 'the audit': only 'the', 'this' or 'that' before the noun, nothing else of its own before it
    (not "the union's figures", 'the latest data', 'the previous audit', 'official figures': one that may be
    another)."""
    before = [c for c in child_tokens(noun) if c.i < noun.i]
    return bool(before) and all(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in before)


_SENTENCE_STARTS = "briefing.sentence_starts"


def sentence_start(token: Token) -> int:
    """`token.sent.start` (the index of the first word of the token's sentence), from an index
    of the document made once (spaCy walks back through the sentence on every `.sent`)."""
    doc = token.doc
    starts = doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        starts = doc.user_data[_SENTENCE_STARTS] = [0] * len(doc)
        for sent in doc.sents:
            starts[sent.start:sent.end] = [sent.start] * len(sent)
    return starts[token.i]


_SENTENCES = "briefing.sentences"


def sentences_around(token: Token, before: int = 0, after: int = 0) -> tuple[Span, ...]:
    """The token's sentence with up to `before` sentences before it and `after` after it, from
    the document's sentences made once (`doc.sents` builds every sentence anew on each call)."""
    doc = token.doc
    found = doc.user_data.get(_SENTENCES)
    if found is None:
        sents = tuple(_as_text(s) for s in doc.sents)
        numbers = [0] * len(doc)
        for k, sent in enumerate(sents):
            numbers[sent.start:sent.end] = [k] * len(sent)
        found = doc.user_data[_SENTENCES] = (sents, numbers)
    sents, numbers = found
    at = numbers[token.i]
    return sents[max(at - before, 0):at + after + 1]


def article_before(parsed: ParsedArticle, n: int, token: Token) -> Iterator[Token]:
    """Every token of the article before `token`, which stands in sentence n."""
    for k in range(n + 1):
        for t in parsed.sentences[k]:
            if k == n and t.i >= token.i:
                return
            yield t


_ENTS = "briefing.ents"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once per document (spaCy builds every entity's span anew on each call),
    as `_Text`s."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(_as_text(ent) for ent in doc.ents)
    return ents


_ENTITY_AT = "briefing.entity_at"


def entity_at(token: Token) -> Span | None:
    """The entity (of `doc_ents`) a token is in, from an index of the document made once."""
    doc = token.doc
    at = doc.user_data.get(_ENTITY_AT)
    if at is None:
        at = doc.user_data[_ENTITY_AT] = [None] * len(doc)
        for ent in doc_ents(doc):
            at[ent.start:ent.end] = [ent] * (ent.end - ent.start)
    return at[token.i]


def span_ents(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside the span) from the document's entities made once."""
    ents = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                ents.append(ent)
            else:
                break
    return ents


ARTICLE_TEXT = "article_text"     # doc.user_data key: the text of the article the doc is part of


def article_text(doc: Doc) -> str:
    """The whole text of the article the doc is part of (ParsedArticle sets it; the doc's own text
    where it was parsed alone)."""
    return doc.user_data.get(ARTICLE_TEXT, doc.text)


@dataclass
class ParsedArticle:
    article: Article
    docs: list[Doc]
    offsets: list[int]                      # article offset of each doc's first character
    headline: bool                          # the first block is a headline, not a sentence
    dateline: str = ""                      # cut from the first paragraph before parsing (datelines.py)
    sentences: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentences = [_as_text(s) for doc in self.docs for s in doc.sents if span_text(s).strip()]
        self._doc_no = {id(doc): n for n, doc in enumerate(self.docs)}
        text = "\n".join(doc_text(doc) for doc in self.docs)
        for doc in self.docs:           # the whole article's text, for readers of one doc (titles.letters_stand_for_a_title)
            doc.user_data[ARTICLE_TEXT] = text
        self._sentence_of: list[list[int]] | None = None     # per doc, per token: see sentence_no
        self._token_at: dict[tuple[int, int], Token] | None = None   # by (sentence, article offset): see token_at

    def offset(self, doc: Doc) -> int:
        return self.offsets[self._doc_no[id(doc)]]

    def token_key(self, token: Token) -> tuple[int, int]:
        """A key for a token that is unique within the article."""
        return self._doc_no[id(token.doc)], token.i

    def sentence_no(self, token: Token) -> int:
        """The number (in `sentences`) of the sentence a token is in, from an index made once
        per article; -1 for a token of no kept sentence (white space between paragraphs)."""
        if self._sentence_of is None:
            self._sentence_of = [[-1] * len(doc) for doc in self.docs]
            for n, sent in enumerate(self.sentences):
                self._sentence_of[self._doc_no[id(sent.doc)]][sent.start:sent.end] = [n] * len(sent)
        return self._sentence_of[self._doc_no[id(token.doc)]][token.i]

    def token_at(self, no: int, char: int) -> Token | None:
        """The token of sentence `no` that starts at article offset `char` (as `ActorIndex.order` places
        names), from an index made once per article; None where no token starts there."""
        if self._token_at is None:
            self._token_at = {(n, self.char(t)): t for n, sentence in enumerate(self.sentences) for t in span_tokens(sentence)}
        return self._token_at.get((no, char))

    def block_no(self, sent: Span) -> int:
        """The block (parsed paragraph) a sentence stands in: 0 the headline where there is one."""
        return self._doc_no[id(sent.doc)]

    def paragraph_no(self, sent: Span) -> int:
        """Paragraph of a sentence: pieces cut from one overlong paragraph count as one."""
        block = self._doc_no[id(sent.doc)]
        text = self.article.text
        return text.count("\n", 0, self.offsets[block]) if block else 0

    def char(self, token: Token) -> int:
        """Where a token starts in the article's text."""
        return self.offset(token.doc) + token.idx

    def start_char(self, sent: Span) -> int:
        return self.offset(sent.doc) + sent.start_char

    def end_char(self, sent: Span) -> int:
        return self.offset(sent.doc) + sent.end_char

    def sentence_offsets(self, n: int, words: Span) -> tuple[int, int]:
        """Character offsets of `words` in sentence n's stored (stripped) text, end exclusive."""
        begin = self.sentence_begin(n)
        return words.start_char - begin, words.end_char - begin

    def sentence_begin(self, n: int) -> int:
        """The document offset of sentence n's stored (stripped) text: its first word's."""
        first = next((t for t in self.sentences[n] if not t.is_space), None)
        return first.idx if first is not None else self.sentences[n].start_char

    def is_headline(self, sent: Span) -> bool:
        return self.headline and self._doc_no[id(sent.doc)] == 0


def parse_articles(articles: Iterable[Article], batch_size: int = 64) -> Iterator[ParsedArticle]:
    """Parse articles in one `nlp.pipe` stream, in order."""
    nlp = load_nlp()
    articles = list(articles)
    cut = [without_dateline(blocks_of(art.text), headline_of(art.text) is not None) for art in articles]
    datelines = [dateline for _, dateline in cut]
    pieces = [(n, offset, block) for n, (blocks, _) in enumerate(cut) for offset, block in blocks]
    stream = nlp.pipe(((block, (n, offset, block)) for n, offset, block in pieces),
                      as_tuples=True, batch_size=batch_size)
    current, docs, offsets = 0, [], []
    for doc, (n, offset, block) in stream:
        doc.user_data[_TEXT] = block        # doc.text, without joining its tokens (the tokenizer keeps every character)
        while n != current:
            yield _parsed(articles[current], docs, offsets, datelines[current])
            current, docs, offsets = current + 1, [], []
        docs.append(doc)
        offsets.append(offset)
    while current < len(articles):
        yield _parsed(articles[current], docs, offsets, datelines[current])
        current, docs, offsets = current + 1, [], []


def _parsed(article: Article, docs: list[Doc], offsets: list[int], dateline: str) -> ParsedArticle:
    return ParsedArticle(article, docs, offsets, headline=headline_of(article.text) is not None, dateline=dateline)


def parse_text(text: str, article_id: str = "test") -> ParsedArticle:
    """Parse one text read as a .txt article is (for tests and single sentences): header lines
    ('Date: …', 'Source: …') are its metadata, no part of its text."""
    from ..formats.notes import text_piece
    piece = text_piece(text)
    article = Article(id=article_id, title="", path=f"{article_id}.txt", sha256="", words=len(piece.text.split()),
                      text=piece.text, date=piece.date, source=piece.source)
    return next(parse_articles([article]))
