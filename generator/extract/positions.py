"""Positions of one article: who said, claimed, demanded or denied what.

Three sources of attributions, combined sentence by sentence:
  * speech cues on the parse: a verb such as *say*, *warn* or *deny* with a subject (the
    speaker) and a clause or object (the content), "according to X", and parentheticals
    ("The Taliban, he said, would ...");
  * direct quotations found in the text (see quotes.py), credited to the cue of their
    sentence, to a cue ending the sentence before with a colon, or to the speaker of the
    quotation they continue;
  * pronoun and description speakers ("he", "the minister") resolved to the actor the
    article last named in that part.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..lexicon import (AMBIGUOUS_ROLE_NOUNS, CLAUSE_ONLY_CUES, CONTENT_PREPOSITIONS, CUE_PREPOSITIONS,
                       DEFINITE_DETERMINERS, DOCUMENT_NOUNS, INDEFINITE_ARTICLES, OBJECT_CUES, PREPOSITION_CUES,
                       PRONOUNS_IT, PRONOUNS_SPEAKER_PERSON,
                       PRONOUNS_SPEAKER_PLURAL, QUANTIFIERS, RELATIVE_PRONOUNS, ROLE_NOUNS, SOURCE_PREPOSITIONS,
                       SPEECH_VERBS, UNNAMED_SOURCE_NOUNS, VENUE_PREPOSITIONS, XCOMP_CONTENT_CUES)
from ..model import Mention, MentionSpan, RawPosition
from ..names import NameLookup
from .actors import ActorIndex
from .parse import ParsedArticle
from .quotes import Quote, find_quotes

MIN_QUOTE_WORDS = 4          # shorter quotations are scare quotes or fragments of reported speech
EDGE_PUNCT = " ,;:-–—\"'“”‘’`"


@dataclass
class Speaker:
    text: str
    actor: str | None
    person_like: bool


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


@dataclass
class PositionsFound:
    """What the positions stage learnt, as new records; the actor index it read is unchanged."""
    positions: list[RawPosition]
    groups: list[Mention]                 # unnamed collective sources that became actors ("officials")
    references: list[MentionSpan]         # pronouns, descriptions and group phrases it resolved
    lede_roles: dict[str, tuple[str, str]]   # person key -> (role, affiliation) from a lede's description


def find_positions(parsed: ParsedArticle, actors: ActorIndex) -> PositionsFound:
    all_quotes = find_quotes(parsed.article.text)
    resolver = SpeakerResolver(parsed, actors, all_quotes)
    quotes = [q for q in all_quotes if _is_statement(q)]
    cues: dict[int, list[Attribution]] = {}

    def cues_of(n: int) -> list[Attribution]:
        """The cue attributions of sentence n, found once (a quotation may need them early)."""
        if n not in cues:
            sent = parsed.sentences[n]
            cues[n] = [] if parsed.is_headline(sent) else _sentence_attributions(parsed, resolver, sent, n, quotes)
        return cues[n]

    attributions: list[Attribution] = []
    pending_colon: Attribution | None = None
    for n, sent in enumerate(parsed.sentences):
        if parsed.is_headline(sent):
            continue
        found = cues_of(n)
        for att in found:
            resolver.spoke(att.speaker, n)
        attributions.extend(a for a in found if a.text)
        _credit_quotes(parsed, sent, n, quotes, cues_of, pending_colon, resolver, attributions)
        colon = next((a for a in found if not a.text), None)
        pending_colon = colon if colon and sent.text.rstrip(" \"“‘'`").endswith(":") else None
    lede_roles = _resolve_lede_descriptor(parsed, resolver, attributions)
    return PositionsFound(positions=[_to_position(parsed, a) for a in _dedupe(attributions)],
                          groups=list(resolver.groups.values()), references=resolver.references,
                          lede_roles=lede_roles)


def _is_statement(q: Quote) -> bool:
    return q.words >= MIN_QUOTE_WORDS or any(c in q.text for c in ".!?")


# ---- cues on the parse ------------------------------------------------------------------

def _sentence_attributions(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span,
                           n: int, quotes: list[Quote]) -> list[Attribution]:
    base = parsed.offset(sent.doc)
    out = []
    for token in sent:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            att = _according_to(parsed, resolver, sent, token, n)
        elif token.lemma_ in SPEECH_VERBS and token.pos_ in ("VERB", "AUX") and not _inside_quote(base + token.idx, quotes):
            att = _speech_cue(parsed, resolver, sent, token, n)
        else:
            continue
        if att:
            out.append(att)
    return out


def _inside_quote(char: int, quotes: list[Quote]) -> bool:
    return any(q.start <= char < q.end for q in quotes)


def _speech_cue(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span, verb: Token,
                n: int) -> Attribution | None:
    subject = _subject(verb)
    if subject is None:
        return None
    content = _content_tokens(verb)
    if content is None and verb.lemma_ in CLAUSE_ONLY_CUES:
        return None
    if verb.lemma_ == "call" and not any(c.lower_ in CUE_PREPOSITIONS for c in verb.children):
        return None
    speaker = resolver.resolve(subject, n)
    cue = _cue_text(verb)
    base = parsed.offset(sent.doc)
    if content is None:     # "He said:" — the content is the quotation that follows
        return Attribution(speaker, cue, base + verb.idx, 0, 0, "", n)
    start, end = content
    text = sent.doc[start:end].text.strip(EDGE_PUNCT)
    if text.lower().startswith("that "):
        text = text[5:]
    if len(text.split()) < 2:
        return None
    return Attribution(speaker, cue, base + verb.idx, base + sent.doc[start].idx,
                       base + sent.doc[end - 1].idx + len(sent.doc[end - 1].text), text, n)


def _cue_text(verb: Token) -> str:
    words = [verb.text]
    particle = next((c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in CUE_PREPOSITIONS)), None)
    if particle is not None and particle.i == verb.i + 1:
        words.append(particle.text)
    return " ".join(words)


def _subject(verb: Token) -> Token | None:
    """The subject of a cue, looking through 'was quoted as saying', 'went on to say',
    conjoined verbs ('attacked ... and accused') and relative clauses ('who said').
    A passive cue's subject is what is reported, not who reports it ('are reported to')."""
    current = verb
    for _ in range(4):
        subj = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.dep_ == "nsubjpass" and current.lemma_ != "quote":
                return None
            if subj.tag_ in ("WP", "WDT") or subj.lower_ in RELATIVE_PRONOUNS:
                # "the department, which reported ...": the speaker is what the clause describes
                clause = next((t for t in [current, *current.ancestors] if t.dep_ == "relcl"), None)
                return clause.head if clause is not None else None
            return subj
        if verb.lemma_ == "ask" or current.dep_ not in ("xcomp", "conj", "pcomp", "prep", "advcl"):
            return None     # "Asked why ..., X said": the question is put to X, not by X
        current = current.head
    return None


def _content_tokens(verb: Token) -> tuple[int, int] | None:
    """Token span (start, end) of what the cue attributes."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        clause = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None) \
            if verb.lemma_ in XCOMP_CONTENT_CUES else None
    if clause is not None:
        return _span_of(clause, verb)
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        tokens = [t for t in head.subtree if t not in set(verb.subtree)]
        return (tokens[0].i, tokens[-1].i + 1) if tokens else None
    rights = [c for c in verb.rights if c.dep_ not in ("punct", "cc", "conj", "advmod", "npadvmod", "advcl")]
    has_object = any(c.dep_ == "dobj" for c in rights)
    predicate = any(c.dep_ in ("oprd", "xcomp", "acomp") for c in rights)
    if rights and (verb.lemma_ in OBJECT_CUES and has_object or has_object and predicate):
        # "criticised the plan", "called the strike defensive", "described X as Y"
        return min(r.left_edge.i for r in rights), max(r.right_edge.i for r in rights) + 1
    if verb.lemma_ in PREPOSITION_CUES | OBJECT_CUES:
        preps = CONTENT_PREPOSITIONS - VENUE_PREPOSITIONS if verb.lemma_ == "speak" else CONTENT_PREPOSITIONS
        prep = next((c for c in rights if c.dep_ == "prep" and c.lower_ in preps), None)
        if prep is not None and len(list(prep.subtree)) > 2:
            return prep.i + 1, prep.right_edge.i + 1      # "complained about X", "warned of X"
    return None


def _span_of(clause: Token, verb: Token) -> tuple[int, int]:
    tokens = [t for t in clause.subtree if t.i != verb.i]
    return tokens[0].i, tokens[-1].i + 1


def _according_to(parsed: ParsedArticle, resolver: "SpeakerResolver", sent: Span, token: Token,
                  n: int) -> Attribution | None:
    to = next(c for c in token.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = set(token.subtree)
    rest = [t for t in sent if t not in phrase and not t.is_space]
    while rest and rest[0].is_punct:
        rest.pop(0)
    while rest and rest[-1].is_punct:
        rest.pop()
    if len(rest) < 3:
        return None
    base = parsed.offset(sent.doc)
    text = sent.doc[rest[0].i:rest[-1].i + 1].text.strip(EDGE_PUNCT)
    return Attribution(resolver.resolve(source, n), "according to", base + token.idx,
                       base + rest[0].idx, base + rest[-1].idx + len(rest[-1].text), text, n)


# ---- quotations ---------------------------------------------------------------------------

def _credit_quotes(parsed: ParsedArticle, sent: Span, n: int, quotes: list[Quote],
                   cues_of, pending_colon: Attribution | None,
                   resolver: "SpeakerResolver", attributions: list[Attribution]) -> None:
    """Give each quotation that starts in this sentence its speaker and make it direct."""
    s_start, s_end = parsed.start_char(sent), parsed.end_char(sent)
    for q in quotes:
        if not s_start <= q.start < s_end:
            continue
        last_n = _last_sentence(parsed, q, n)
        cues = [a for k in range(n, last_n + 1) for a in cues_of(k)
                if not q.start <= a.cue_char < q.end]
        covering = [a for a in cues if a.text and _overlap(a, q)]
        if any(a.text and a.start <= q.start and q.end <= a.end for a in cues):
            continue        # a quoted fragment of reported speech: part of that position
        if covering:
            for a in covering:
                _make_direct(a, q, n, last_n)
            continue
        colon = next((a for a in cues if not a.text), None) or pending_colon
        source = colon.speaker if colon else resolver.recent_speaker(n)
        cue = colon.cue if colon else "said"
        if source is None:
            continue
        att = Attribution(source, cue, colon.cue_char if colon else q.start, q.start, q.end, q.text, n)
        _make_direct(att, q, n, last_n)
        attributions.append(att)
        resolver.spoke(source, last_n)


def _last_sentence(parsed: ParsedArticle, q: Quote, n: int) -> int:
    last = n
    while last + 1 < len(parsed.sentences) and parsed.start_char(parsed.sentences[last + 1]) < q.end:
        last += 1
    return last


def _overlap(a: Attribution, q: Quote) -> bool:
    inside = max(0, min(a.end, q.end) - max(a.start, q.start))
    return inside >= 0.5 * (a.end - a.start)


def _make_direct(a: Attribution, q: Quote, first: int, last: int) -> None:
    a.text, a.start, a.end, a.direct = q.text, q.start, q.end, True
    a.sentence_no = min(a.sentence_no, first)
    a.last_sentence_no = max(a.last_sentence_no, last)


# ---- speakers -----------------------------------------------------------------------------

class SpeakerResolver:
    """Turns the subject of a cue into a speaker: a named actor, a resolved pronoun or
    description, or an unnamed source ("aid groups", "a spokesman") kept as written.

    It reads the actor index and never changes it: the group actors it makes and the
    tokens it resolves are kept here (`groups`, `references`) for extraction to merge."""

    def __init__(self, parsed: ParsedArticle, actors: ActorIndex, quotes: list[Quote]) -> None:
        self.parsed = parsed
        self.actors = actors
        self.quotes = quotes          # names inside quotation marks are never the antecedent
        self.last: tuple[int, Speaker] | None = None
        self.groups: dict[str, Mention] = {}
        self.group_names = NameLookup()
        self.references: list[MentionSpan] = []
        self.order = list(actors.order)   # (sentence, char, key) of every actor named so far, groups included

    def mention(self, key: str) -> Mention:
        return self.groups.get(key) or self.actors.mentions[key]

    def spoke(self, speaker: Speaker, n: int) -> None:
        self.last = (n, speaker)

    def recent_speaker(self, n: int, window: int = 2) -> Speaker | None:
        if self.last and n - self.last[0] <= window:
            return self.last[1]
        return None

    def resolve(self, subject: Token, n: int) -> Speaker:
        text = self._phrase(subject)
        key = self._named(subject)
        if key:
            return Speaker(text, key, self.mention(key).type == "person")
        low = subject.lower_
        if low in PRONOUNS_SPEAKER_PERSON | PRONOUNS_SPEAKER_PLURAL | PRONOUNS_IT:
            return self._pronoun(subject, text, n)
        if subject.dep_ != "compound" and subject.lemma_.lower() in ROLE_NOUNS and any(
                c.lower_ in DEFINITE_DETERMINERS for c in subject.children):
            antecedent = self._by_role(subject, n)
            recent = self.recent_speaker(n, window=3)
            if antecedent is None and recent and recent.person_like and recent.actor:
                antecedent = recent.actor
            if antecedent:
                return self._counted(subject.doc[subject.left_edge.i:subject.i + 1], n, text, antecedent, True)
        inner = self._inner_actor(subject)
        if inner:
            return Speaker(text, inner, subject.lemma_.lower() in ROLE_NOUNS)
        if subject.tag_ in ("NNS", "NNPS") and (subject.lemma_.lower() in UNNAMED_SOURCE_NOUNS or
                                                 subject.lower_ in UNNAMED_SOURCE_NOUNS):
            return Speaker(text, self._group(subject, n), False)     # "aid groups", "officials"
        return Speaker(text, None, subject.tag_ in ("NN", "NNP") and subject.lemma_.lower() in ROLE_NOUNS)

    def _phrase(self, subject: Token) -> str:
        """The source as written: the noun phrase up to its head, with a following 'for'/'of'
        phrase ("a spokesman for the Harbour Authority") but no apposition or clause."""
        doc = subject.doc
        end = subject.i + 1
        for child in subject.rights:
            if child.dep_ == "prep" and child.lower_ in SOURCE_PREPOSITIONS and child.i == end:
                end = child.right_edge.i + 1
        return doc[subject.left_edge.i:end].text.strip(EDGE_PUNCT)

    def _named(self, subject: Token) -> str | None:
        key = self.actors.key_for(self.parsed, subject)
        if key:
            return key
        # "Mr Putin", "President Obama": the name's head may be the next token
        for child in subject.children:
            if child.dep_ in ("compound", "flat") and self.actors.key_for(self.parsed, child) \
                    and self.actors.mentions[self.actors.key_for(self.parsed, child)].type == "person":
                return self.actors.key_for(self.parsed, child)
        return None

    def _inner_actor(self, subject: Token) -> str | None:
        """'A Northern Alliance spokesman' speaks for the Northern Alliance; 'Lord Butler's
        report' for Lord Butler."""
        for t in subject.subtree:
            if t is subject or t.head.dep_ in ("relcl", "appos") or t.dep_ in ("relcl", "appos"):
                continue
            key = self.actors.key_for(self.parsed, t)
            if not key:
                continue
            kind = self.actors.mentions[key].type
            if kind != "person" or subject.lemma_.lower() in DOCUMENT_NOUNS:
                return key
        return None

    def _group(self, subject: Token, n: int) -> str:
        """An unnamed collective source as an actor of type group: 'aid groups' (or the
        article's actor of that name)."""
        phrase = subject.doc[subject.left_edge.i:subject.i + 1]
        words = [t for t in phrase if t.dep_ not in ("det", "predet") and t.lower_ not in QUANTIFIERS]
        name = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words) or subject.lower_
        key = self.actors.names.find(name) or self.group_names.find(name)
        if key is None:
            key = name
            self.groups[key] = Mention(key=key, name=name, type="group")
            self.group_names.add(key, name)
        self._refer(phrase, n, key)
        bisect.insort(self.order, (n, self.parsed.offset(phrase.doc) + phrase.start_char, key))
        return key

    def _pronoun(self, pronoun: Token, text: str, n: int) -> Speaker:
        low = pronoun.lower_
        char = self.parsed.offset(pronoun.doc) + pronoun.idx
        words = pronoun.doc[pronoun.i:pronoun.i + 1]
        if low in PRONOUNS_SPEAKER_PERSON:
            same = self._nearest(n, char, {"person"}, same_sentence=True)
            if same:
                return self._counted(words, n, text, same, True)
            recent = self.recent_speaker(n, window=3)
            if recent and recent.person_like:
                return self._counted(words, n, recent.text if recent.actor is None else text, recent.actor, True)
            key = self._nearest(n, char, {"person"})
            return self._counted(words, n, text, key, True)
        if low in PRONOUNS_SPEAKER_PLURAL:
            recent = self.recent_speaker(n, window=2)
            if recent and recent.actor and self.mention(recent.actor).type != "person":
                return self._counted(words, n, text, recent.actor, False)
            key = self._nearest(n, char, {"group", "organization", "country"})
            return self._counted(words, n, text, key, False)
        key = self._nearest(n, char, {"organization", "country"})
        return self._counted(words, n, text, key, False)

    def _counted(self, words: Span, n: int, text: str, key: str | None, person_like: bool) -> Speaker:
        """A speaker resolved from `words` (a pronoun or description of sentence n)."""
        if key:
            self._refer(words, n, key)
        return Speaker(text, key, person_like)

    def _refer(self, words: Span, n: int, key: str) -> None:
        """Note that `words` of sentence n refer to actor `key`."""
        start, end = self.parsed.sentence_offsets(n, words)
        self.references.append((n, start, end, key))

    def _nearest(self, n: int, char: int, kinds: set[str], same_sentence: bool = False) -> str | None:
        best = None
        for sent_no, pos, key in self.order:
            if pos >= char or sent_no < n - 4:
                continue
            if same_sentence and sent_no != n or _inside_quote(pos, self.quotes):
                continue
            if self.mention(key).type in kinds:
                best = key
        return best

    def _by_role(self, subject: Token, n: int) -> str | None:
        """'the minister', 'the former cabinet secretary': the person last named with that role."""
        noun = subject.lemma_.lower()
        best = None
        for sent_no, _, key in self.actors.order:
            if sent_no > n:
                break
            m = self.actors.mentions.get(key)
            if m and m.type == "person" and m.role and noun in m.role.lower():
                best = key
        return best


# ---- clean-up -----------------------------------------------------------------------------

def _resolve_lede_descriptor(parsed: ParsedArticle, resolver: SpeakerResolver,
                             attributions: list[Attribution]) -> dict[str, tuple[str, str]]:
    """News ledes describe before they name: "A key X commander says ... . General Y said ..."
    The described speaker of the first sentences is the person named as speaker right after;
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
        if not words or words[0].lower() not in INDEFINITE_ARTICLES or words[-1].lower() not in ROLE_NOUNS:
            continue
        named = next((b for b in attributions if a.sentence_no < b.sentence_no <= a.sentence_no + 2
                      and is_person(b.speaker.actor)), None)
        if named is None:
            continue
        person = resolver.mention(named.speaker.actor)
        if person.affiliation is None and named.speaker.actor not in roles and a.speaker.actor:
            role = person.role
            if role is None or role.split()[-1].lower() not in ROLE_NOUNS - AMBIGUOUS_ROLE_NOUNS:
                role = words[-1].lower()
            roles[named.speaker.actor] = (role, a.speaker.actor)
        a.speaker = Speaker(a.speaker.text, named.speaker.actor, True)
    return roles


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
    sentence = " ".join(s.text.strip() for s in parsed.sentences[a.sentence_no:last + 1])
    return RawPosition(speaker=a.speaker.text, cue=a.cue, text=a.text, direct=a.direct,
                       sentence=sentence, sentence_index=a.sentence_no, start=a.start, end=a.end,
                       actor=a.speaker.actor)
