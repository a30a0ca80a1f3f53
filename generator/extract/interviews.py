"""Interviews in question-and-answer form: every answer is the interviewee's own statement.

A Q&A page carries no speaker or cue on its answers; the layout does the attributing. The
layout is read from the paragraphs: at least two question paragraphs (ending in "?", or
opened by "Q:") each followed by a paragraph that is not a question. The interviewee is the
one person the intro presents as interviewed ("an interview with X", "X spoke to us", "we
talked with X", "X, interviewed by ...") or the one person named in the answers' "Name:"
prefixes; with none, or more than one, nothing is attributed. Each answer paragraph then
becomes one direct position of the interviewee (cue "answered"); figures inside it follow
from the position (figures.py credits a figure to the statement that covers it). Sentences of
an answer that already carry someone else's statement ("Investors say ...") are left out,
and the answer is cut there.
"""
from __future__ import annotations

import re
from spacy.tokens import Token

from ..lexicon import (ANSWER_PREFIXES, INTERVIEW_NOUNS, INTERVIEW_TALK_PREPOSITIONS, INTERVIEW_TALK_VERBS,
                       INTERVIEWER_PRONOUNS, QUESTION_PREFIXES)
from ..model import RawPosition
from .actors import ActorIndex
from .parse import ParsedArticle, child_tokens, span_text

ANSWER_CUE = "answered"
MIN_EXCHANGES = 2
QUESTION_SHARE = 3            # from the first question to the last answer, one paragraph in 3 at least asks
QUOTE_OPENINGS = "\"“‘'«„"
# "Q:", "A.", "Question:", "Marta Ruiz:" at a paragraph's start (markup already reduced).
_PREFIX = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\s*[:：]\s+")
_LETTER_PREFIX = re.compile(r"([QA])\.\s+")          # "Q. ...", "A. ..."
_MAY_BE_QA = re.compile(r"\?[\s\"'”’*_)]*(?:\n|$)|^\W*(?:Q|Question)\s*[:.]\s", re.M)
_END_PUNCT = " \t\"'”’*_)]"


def with_interview_answers(parsed: ParsedArticle, actors: ActorIndex,
                           positions: list[RawPosition]) -> list[RawPosition]:
    """`positions` plus the answers of a Q&A interview as the interviewee's positions."""
    if len(_MAY_BE_QA.findall(parsed.article.text)) < MIN_EXCHANGES:
        return positions                      # cheap test first: most articles ask no questions
    paragraphs = _paragraphs(parsed)
    answers = _answer_paragraphs(parsed, actors, paragraphs)
    if not answers:
        return positions
    first_question = min(n for n, _ in answers) - 1
    asking = {_prefix(_paragraph_text(parsed, paragraphs[n - 1])) for n, _ in answers}
    interviewee = _interviewee(parsed, actors, paragraphs[:first_question], [p for _, p in answers], asking)
    if interviewee is None:
        return positions
    mention = actors.mentions[interviewee]
    answers = [(n, (sentences, prefix)) for n, (sentences, prefix) in answers
               if not (prefix and prefix.lower() not in ANSWER_PREFIXES and _person(actors, prefix) != interviewee)
               and not _names(parsed, actors, sentences, interviewee, prefix)]
    # not the paragraphs of "Jane Doe:", the interviewer, nor those that name the interviewee
    # ("Lund was 34 then.": the writer telling of him)
    kept = list(positions)
    for _, (sentences, prefix) in answers:
        for run in _runs_without_other_statements(parsed, sentences, positions):
            kept.append(_answer(parsed, run, prefix, mention.name, interviewee))
    return kept


def _person(actors: ActorIndex, name: str) -> str | None:
    """The person actor a name is, by any of its forms or as the surname of one person alone
    ("Lund", "LUND" after "Victor Lund")."""
    key = actors.find(name)
    if key is not None:
        return key if actors.mentions[key].type == "person" else None
    last = name.lower()
    people = [k for k, m in actors.mentions.items() if m.type == "person" and m.name.lower().split()[-1:] == [last]]
    return people[0] if len(people) == 1 else None


def _paragraphs(parsed: ParsedArticle) -> list[list[int]]:
    """Sentence numbers of each body paragraph, in order (the headline is paragraph 0 if any)."""
    paragraphs: dict[int, list[int]] = {}
    for n, sent in enumerate(parsed.sentences):
        paragraphs.setdefault(parsed.paragraph_no(sent), []).append(n)
    return list(paragraphs.values())


def _paragraph_text(parsed: ParsedArticle, sentences: list[int]) -> str:
    return parsed.article.text[parsed.start_char(parsed.sentences[sentences[0]]):
                               parsed.end_char(parsed.sentences[sentences[-1]])].strip()


def _prefix(text: str) -> str | None:
    """The speaker prefix a transcript paragraph opens with ("Q", "A", "Jane Doe"), if any."""
    m = _PREFIX.match(text) or _LETTER_PREFIX.match(text)
    return m.group(1) if m else None


def _quoted(text: str) -> bool:
    """A paragraph that opens with a quotation: a news story's quoted words, no transcript's."""
    return text[:1] in QUOTE_OPENINGS


def _is_question(text: str) -> bool:
    if _quoted(text):
        return False              # '"Who pays for it?" the crowd was asked.'
    prefix = _prefix(text) or ""
    if prefix.lower() in ANSWER_PREFIXES:
        return False
    return prefix.lower() in QUESTION_PREFIXES or text.rstrip(_END_PUNCT).endswith("?")


def _answer_paragraphs(parsed: ParsedArticle, actors: ActorIndex,
                       paragraphs: list[list[int]]) -> list[tuple[int, tuple[list[int], str | None]]]:
    """(paragraph number, (sentences, prefix)) of each answer: the paragraph right after a
    question paragraph that is no question itself; none unless there are enough exchanges.
    Only the first paragraph after a question counts: what follows the last answer may be the
    writer's again."""
    body = range(1 if parsed.headline else 0, len(paragraphs))
    texts = {n: _paragraph_text(parsed, paragraphs[n]) for n in body}
    questions = {n for n in body if _is_question(texts[n])}
    answers = [(n + 1, paragraphs[n + 1]) for n in sorted(questions)
               if n + 1 in texts and n + 1 not in questions and not _quoted(texts[n + 1])]
    if len(answers) < MIN_EXCHANGES or len(questions) * QUESTION_SHARE < answers[-1][0] - min(questions) + 1:
        return []                 # a news story's stray questions, not a transcript's exchanges
    return [(n, (sentences, _speaker_prefix(actors, _paragraph_text(parsed, sentences)))) for n, sentences in answers]


def _speaker_prefix(actors: ActorIndex, text: str) -> str | None:
    """An answer's prefix: "A:" or a person's name ("Jane Doe:"); not "Yes:" or "Look:"."""
    prefix = _prefix(text)
    if prefix is None or prefix.lower() in ANSWER_PREFIXES | QUESTION_PREFIXES:
        return prefix
    return prefix if _person(actors, prefix) else None


def _interviewee(parsed: ParsedArticle, actors: ActorIndex, intro: list[list[int]],
                 answers: list[tuple[list[int], str | None]], asking: set[str]) -> str | None:
    """The one person presented as interviewed: by the answers' name prefixes where they carry
    any (other than the `asking` ones, which open questions), else by the intro; None when
    there is no such person or more than one."""
    prefixes = {prefix for _, prefix in answers
                if prefix and prefix.lower() not in ANSWER_PREFIXES | QUESTION_PREFIXES} - asking
    if prefixes:
        people = {_person(actors, prefix) for prefix in prefixes} - {None}
        return next(iter(people)) if len(people) == 1 and len(prefixes) == 1 else None
    people: set[str] = set()
    for sentences in intro:
        for n in sentences:
            for token in parsed.sentences[n]:
                for named in _presented_as_interviewed(parsed, actors, token):
                    people |= _people_named(parsed, actors, named)
    return next(iter(people)) if len(people) == 1 else None


def _presented_as_interviewed(parsed: ParsedArticle, actors: ActorIndex, token: Token) -> list[Token]:
    """Heads of the noun phrases this word presents as the interviewee (see the module doc)."""
    lemma = token.lemma_.lower()
    if lemma in INTERVIEW_NOUNS and token.pos_ in ("NOUN", "PROPN"):
        partners = [pobj for prep in child_tokens(token) if prep.lower_ == "with"
                    for pobj in child_tokens(prep) if pobj.dep_ == "pobj"]
        if partners and not any(_people_named(parsed, actors, p) for p in partners) and _reports_a_statement(token):
            return []                 # "X said in an interview with Reuters that ...": news of another's interview
        return partners + _subjects_of_clause(token) if partners else []
    if token.pos_ != "VERB":
        return []
    if lemma == "interview":      # "we interviewed X", "X was interviewed", "X, interviewed by us"
        found = [c for c in child_tokens(token) if c.dep_ in ("dobj", "nsubjpass")]
        return found + ([token.head] if token.dep_ == "acl" else [])
    if lemma in INTERVIEW_TALK_VERBS or lemma == "sit" and any(c.lower_ == "down" for c in child_tokens(token)):
        partners = [pobj for prep in child_tokens(token)
                    if prep.dep_ == "prep" and prep.lower_ in INTERVIEW_TALK_PREPOSITIONS
                    for pobj in child_tokens(prep) if pobj.dep_ == "pobj"]
        subjects = [c for c in child_tokens(token) if c.dep_ == "nsubj"]
        if any(s.lower_ in INTERVIEWER_PRONOUNS for s in subjects):
            return partners           # "we spoke to X"
        if any(p.lower_ in INTERVIEWER_PRONOUNS or _organization(parsed, actors, p) for p in partners):
            return subjects           # "X spoke to us", "X talked to the Daily Ledger"
        if any(_people_named(parsed, actors, p) for p in partners):
            return subjects + partners    # "X talked with Jane Doe": which one was interviewed?
    return []                         # "X spoke to reporters", "X spoke at the rally": a press event


def _reports_a_statement(noun: Token) -> bool:
    """The verb an "interview with" phrase belongs to reports what was said there ("said in an
    interview with Reuters that the rules would change"): a news story's sentence, no Q&A's intro."""
    verb = _clause_verb(noun)
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in child_tokens(verb))


def _subjects_of_clause(noun: Token) -> list[Token]:
    """The subjects of the verb an "interview with X" phrase belongs to: in "During an interview
    with Jane Doe, John Roe said ..." John Roe may be the one interviewed, so both are candidates."""
    verb = _clause_verb(noun)
    return [c for c in child_tokens(verb) if c.dep_ in ("nsubj", "nsubjpass")] if verb.pos_ in ("VERB", "AUX") else []


def _clause_verb(noun: Token) -> Token:
    """The verb the phrase around an "interview (with X)" noun hangs on."""
    verb = noun
    while verb.dep_ in ("pobj", "prep", "compound", "amod", "nmod") and verb.head != verb:
        verb = verb.head
    return verb.head if verb.dep_ != "ROOT" and verb.pos_ != "VERB" else verb


def _organization(parsed: ParsedArticle, actors: ActorIndex, word: Token) -> bool:
    key = actors.key_for(parsed, word)
    return key is not None and actors.mentions[key].type == "organization"


def _people_named(parsed: ParsedArticle, actors: ActorIndex, head: Token) -> set[str]:
    """The person actors a noun phrase names: its head, or a name in apposition ("Its chief
    executive, Marcos Teixeira, ..."); first-person words name the interviewer, nobody here."""
    if head.lower_ in INTERVIEWER_PRONOUNS:
        return set()
    people = set()
    for word in [head, *(c for c in child_tokens(head) if c.dep_ in ("appos", "conj"))]:
        key = actors.key_for(parsed, word)
        if key is not None and actors.mentions[key].type == "person":
            people.add(key)
    return people


def _names(parsed: ParsedArticle, actors: ActorIndex, sentences: list[int], key: str, prefix: str | None) -> bool:
    """Does the paragraph name this actor (beyond its "Name:" prefix)? No one answers of himself by name."""
    words = [t for n in sentences for t in parsed.sentences[n]]
    if prefix and prefix.lower() not in ANSWER_PREFIXES:
        words = words[len(prefix.split()):]
    return any(actors.key_for(parsed, t) == key or t.text[:1].isupper() and _person(actors, t.text) == key
               for t in words)


def _runs_without_other_statements(parsed: ParsedArticle, sentences: list[int],
                                   positions: list[RawPosition]) -> list[list[int]]:
    """The answer's sentences in runs, cut at every sentence that holds a statement already found
    (someone else's words, or the interviewee's own cue)."""
    stated = {p.sentence_index for p in positions}
    runs, run = [], []
    for n in sentences:
        if n in stated:
            runs, run = runs + ([run] if run else []), []
        else:
            run.append(n)
    return runs + ([run] if run else [])


def _answer(parsed: ParsedArticle, run: list[int], prefix: str | None, name: str, key: str) -> RawPosition:
    start = parsed.start_char(parsed.sentences[run[0]])
    end = parsed.end_char(parsed.sentences[run[-1]])
    text = parsed.article.text[start:end]
    if prefix and text.startswith(prefix):
        cut = _PREFIX.match(text) or _LETTER_PREFIX.match(text)
        start, text = start + cut.end(), text[cut.end():]
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    text = stripped.rstrip()
    sentence = " ".join(span_text(parsed.sentences[n]).strip() for n in run)
    return RawPosition(speaker=name, cue=ANSWER_CUE, text=text, direct=True, sentence=sentence,
                       sentence_index=run[0], start=start, end=start + len(text), actor=key)
