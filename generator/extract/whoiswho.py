"""Who is who in one article: each actor with the words a reader may call it by, and the one
resolution of a definite description ('the company', 'the veteran sheriff', "the Crown's Surveyor")
to the actor it takes up.

The list is built once per article (`entries`, kept in the actor index's `who_is_who` field,
with the tokens its tests look up: each mention's head and each word's places). Each actor has
- nouns: what it may be called ('company' for a business, `bodies.kinds_of`; the words of a
  person's role and of the titles and appositions written with their name: 'superintendent',
  'doctor' of 'Dr.' where no other post is written with them, DEGREE_TITLE_ABBREVIATIONS);
- words: every word written with it or in its name (a modifier of a description must be one:
  'the veteran sheriff' needs 'veteran' with the name, 'the logistics group' 'logistics' in it);
- initials: abbreviations written with a person's name ('CS', 'MLA'), which a description may
  spell out ("the Crown's Surveyor").

`described` resolves 'the [modifiers] N' to the UNIQUE actor named before it whose nouns hold N
(or what the colloquial N stands for: EPITHET_NOUNS) and whose words hold every modifier, or whose
letters the description spells out. Two people it fits: no one. Two bodies: the one that spoke in
the sentence just before, if it alone of them is named there as a participant ('Tolland' of
'Tolland shareholders' is none). Then the tests that keep the description from another: an actor
named since that may be so called too (unless the one found is the discourse's centre and that
one is no subject); for a person, the post written of someone else ('Superintendent Ann Lowe'
whom the article made no actor of, 'a police officer' since); for a body, the tests bodies.py puts
to a kind noun (a rival within RIVAL_WINDOW sentences, a proper name of no actor, an unnamed body
of the kind, people between for 'the group'), a capitalised short name ('the Tribunal') aside.
Else None: an empty actor is better than a wrong one.

Asked by speakers.py after every other step for a description (`_who_is_described`) and for the
body of an unnamed voice ('an official of the Tribunal': `_voice_of_described_body`); its list
also gives speakers the words written with each person's name (`_words_with_names`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..lexicon import (ARTICLES, DEGREE_TITLE_ABBREVIATIONS, EPITHET_NOUNS, FORMER_WORDS, OFFICE_ABBREVIATIONS, PAST_ADVERBS, PERSON_NOUNS, RANK_WORDS,
                       ROLE_NOUNS, TITLE_NOUN_ABBREVIATIONS)
from ..names import without_possessive
from .actors import ActorIndex
from .bodies import (BUSINESS_KINDS, RIVAL_WINDOW, head_word, kinds_of, may_be_of_kind, name_words, people_between, unkept_name_between,
                     unnamed_of_kind, a_part_or_a_backer_may_be_meant)
from .parse import ParsedArticle, child_tokens, span_tokens

FORMER_OR_RANK_WORDS = FORMER_WORDS | PAST_ADVERBS | RANK_WORDS      # a role with one is another post than the bare office
NAME_WORD_EDGES = ",;:()'’"     # stripped from a name's words (bodies.name_words' marks and apostrophes)
MAX_INITIALS = 4        # letters of an abbreviation written with a name that a description may spell out ('MLA')


@dataclass
class Entry:
    """One actor of the article as a reader keeps it."""
    key: str
    type: str
    nouns: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    initials: set[str] = field(default_factory=set)
    written: list[tuple[int, list[Token]]] = field(default_factory=list)   # (sentence, tokens written with the name)


@dataclass
class WhoIsWho:
    """The list of who is who of one article and the tokens its tests look up, found once."""
    entries: dict[str, Entry]
    heads: dict[tuple[int, int], Token]         # (sentence, char) of each mention in the index's order -> its head
    places: dict[str, list[tuple[tuple[int, int], Token]]]  # a word's lower form and lemma -> its (sentence, char), token


def entries(parsed: ParsedArticle, index: ActorIndex) -> dict[str, Entry]:
    """The article's list of who is who, built once per article."""
    return _who_is_who_of(parsed, index).entries


def _who_is_who_of(parsed: ParsedArticle, index: ActorIndex) -> WhoIsWho:
    """The article's list and look-ups, built on the first ask and kept in the index's field."""
    if index.who_is_who is None:
        index.who_is_who = _build(parsed, index)
    return index.who_is_who


def _build(parsed: ParsedArticle, index: ActorIndex) -> WhoIsWho:
    """Each actor's entry: its name's words, a body's kinds, a person's role words, and at each
    mention of a person the words written with the name (titles spelled out: 'Dr' -> 'doctor', a
    degree's title only where no other post is written with them); and, in one pass over the
    article's words, the head of each mention and the places of each word."""
    heads, places = _tokens_looked_up(parsed, index)
    entries: dict[str, Entry] = {}
    for key, mention in index.mentions.items():
        entry = entries[key] = Entry(key, mention.type)
        entry.words |= name_words(" ".join([mention.name, *mention.aliases]), NAME_WORD_EDGES)
        if mention.type == "organization":
            entry.nouns |= kinds_of(index, key)
            entry.words |= entry.nouns
        elif mention.type == "person":
            entry.nouns |= words_of_role(mention.role, parts=True)
            entry.words |= entry.nouns
    degrees: dict[str, set[str]] = {}
    for sent_no, pos, key in index.order:
        entry = entries.get(key)
        head = heads.get((sent_no, pos))
        if entry is None or entry.type != "person" or head is None:
            continue
        written = words_written_with(head)
        entry.written.append((sent_no, written))
        for w in written:
            low = w.lower_.rstrip(".")
            if w.is_upper and w.is_alpha and 1 < len(w.text) <= MAX_INITIALS:
                entry.initials.add(w.text)
            if w.pos_ in ("NOUN", "PROPN", "ADJ") and low not in ARTICLES:
                word = TITLE_NOUN_ABBREVIATIONS.get(low, OFFICE_ABBREVIATIONS.get(low, low))
                if low in DEGREE_TITLE_ABBREVIATIONS:
                    degrees.setdefault(key, set()).add(word)
                    continue
                entry.words.add(word)
                if w.pos_ == "NOUN" or word != low:
                    entry.nouns.add(word)
    for key, nouns in degrees.items():
        if not {n for n in entries[key].nouns if n.rstrip(".") not in DEGREE_TITLE_ABBREVIATIONS}:
            entries[key].nouns |= nouns         # ('Dr. Ann Lowe said'; not 'Dr. Ann Lowe, a historian,')
            entries[key].words |= nouns
    return WhoIsWho(entries, heads, places)


def _tokens_looked_up(parsed: ParsedArticle, index: ActorIndex) -> tuple[dict, dict]:
    """The head token at each (sentence, char) of the index's order, and each word's places (lower
    form and lemma) in text order: one pass over the article's words."""
    wanted = {(no, pos) for no, pos, _ in index.order}
    heads: dict[tuple[int, int], Token] = {}
    places: dict[str, list[tuple[tuple[int, int], Token]]] = {}
    for k, sentence in enumerate(parsed.sentences):
        for t in span_tokens(sentence):
            place = (k, parsed.char(t))
            if place in wanted:
                heads.setdefault(place, t)
            for word in {t.lower_, t.lemma_.lower()}:
                places.setdefault(word, []).append((place, t))
    return heads, places


def words_written_with(head: Token) -> list[Token]:
    """The tokens written with a person's name at one mention: the title before it ('Kelby transport
    exco Ann Lowe': 'exco'), an apposition beside it ('Ann Lowe, the Kelby MLA'), and the letters of a
    title the parse hangs the name on ('Ann Lowe PC': the name a compound of 'PC')."""
    words = [w for w in head.subtree if w.i < head.i] + [w for c in child_tokens(head) if c.dep_ == "appos" for w in c.subtree]
    if head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.is_upper:
        words.append(head.head)
    return words


def words_of_role(role: str | None, parts: bool = False) -> set[str]:
    """The words of a person's role, abbreviations spelled out ('Gov.' -> 'governor'); with `parts`, a
    hyphened word's parts instead ('Vice-President': 'vice', 'president'), for tests that look at each
    (the list's nouns, which `other_rank_or_time` guards); the rules that match a role's whole words
    ('vice-president' is no 'president') take them whole."""
    role = (role or "").lower()
    return {OFFICE_ABBREVIATIONS.get(w, w) for w in (role.replace("-", " ") if parts else role).split()}


def other_rank_or_time(said: set[str], role: str | None) -> bool:
    """The person's role has a rank or former word the description lacks: 'the president' is not
    Vice-President X, 'the minister' not Deputy Minister X or former minister X."""
    return bool((words_of_role(role, parts=True) - said) & FORMER_OR_RANK_WORDS)


def definite_description(noun: Token) -> bool:
    """'the company', 'the veteran sheriff', "the Crown's Surveyor", "the county's chief vet": a singular
    noun that 'the' or a definite owner makes definite, with nothing after it that narrows it to
    another ('the minister for X', 'the official who …'; a clause set off by commas only describes)."""
    if noun.tag_ not in ("NN", "NNP"):
        return False
    children = list(child_tokens(noun))
    if any(c.dep_ in ("prep", "appos", "nummod", "conj") or c.dep_ in ("acl", "relcl") and not _set_off(c)
           for c in children):
        return False
    if any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return True
    owners = [c for c in children if c.dep_ == "poss"]
    return len(owners) == 1 and owners[0].pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in child_tokens(owners[0]))


def _set_off(clause: Token) -> bool:
    """A clause set off by a comma ('The company, which employs 900, said'): it describes, it does not
    narrow the noun to another."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


def modifiers(noun: Token) -> list[Token]:
    """The words set before the noun that narrow it ('veteran' of 'the veteran sheriff', 'county' of
    "the county's chief vet")."""
    return [c for c in child_tokens(noun) if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod", "poss")]


def _spelled_initials(noun: Token) -> str:
    """The capital letters of a capitalised description ("the Crown's Surveyor": 'CS')."""
    words = [*modifiers(noun), noun]
    return "".join(w.text[0] for w in words) if all(w.text[:1].isupper() for w in words) and len(words) > 1 else ""


def fits(entry: Entry, noun: Token) -> bool:
    """The actor may be called by the description: its noun (or what a colloquial noun stands for)
    is among the actor's nouns and every modifier among its words, or the description spells out
    letters written with a person's name."""
    lemma = noun.lemma_.lower()
    if entry.type == "person":
        if lemma not in ROLE_NOUNS | PERSON_NOUNS | EPITHET_NOUNS.keys():
            return False
    elif entry.type != "organization":
        return False
    initials = _spelled_initials(noun)
    if initials and initials in entry.initials:
        return True
    if lemma not in entry.nouns and not EPITHET_NOUNS.get(lemma, set()) & entry.nouns:
        return False
    return all(_modifier_word(m) in entry.words for m in modifiers(noun))


def _modifier_word(token: Token) -> str:
    """A modifier's word as the list keeps it: an owner without its "'s" ("the county's chief vet": 'county')."""
    return without_possessive(token.lower_)


def described(parsed: ParsedArticle, index: ActorIndex, order: list[tuple[int, int, str]], noun: Token, n: int,
              spoken: dict[int, list[str]], resolved: dict) -> str | None:
    """The one actor named before the description `noun` of sentence n that it may mean (module doc).
    One of two entry points for a definite description: this one resolves a description with its
    modifiers, a person's post or spelled-out letters; a body's bare kind noun ('the union said') is
    resolved by `bodies.body_described`, whose tests this one puts to a body too."""
    if not definite_description(noun):
        return None
    listed = entries(parsed, index)
    at = (n, parsed.char(noun))
    before = [(no, pos, key) for no, pos, key in order if (no, pos) < at and key in listed]
    fitting = {key for _, _, key in before if _fits_key(index, listed[key], noun)}
    topics = _with_their_bodies(index, _topics(parsed, index, order, n, at, spoken, main=True))
    several = len(fitting) > 1
    if several and any(listed[k].type == "person" for k in fitting):
        return None         # (two people the post fits: no tie is broken)
    if several:
        fitting = _speaker_named_alone(parsed, index, order, n, at, spoken, fitting)
    if len(fitting) != 1:
        return None
    key = next(iter(fitting))
    last = max((no, pos) for no, pos, k in before if k == key)
    rivals = {k for no, pos, k in before if (no, pos) > last and k != key and _may_also_be_meant(index, listed[k], noun)}
    if rivals and (key not in topics or rivals & _topics(parsed, index, order, n, at, spoken, main=False)):
        return None         # ('X said its affiliate Y will invest … the company said': either may be meant)
    if listed[key].type == "organization":
        return None if _another_body_may_be_meant(parsed, index, order, noun, at, key, last, resolved, several) else key
    if unnamed_of_kind(parsed, index, noun.lemma_.lower(), last, at, key, resolved, after=last) \
            or _post_written_of_another(parsed, index, noun, last, at, key):
        return None         # ('another officer', 'Superintendent Ann Lowe' the article made no actor of, spoken of since)
    return key


def _post_written_of_another(parsed: ParsedArticle, index: ActorIndex, noun: Token, last: tuple[int, int],
                             at: tuple[int, int], key: str) -> bool:
    """The description's noun or a post it stands for (EPITHET_NOUNS) is written of someone else: as a
    title before another name anywhere before, one the article made no actor of included
    ('Superintendent Ann Lowe said …'), or as a common noun since the person's last mention ('a
    police officer')."""
    lemma = noun.lemma_.lower()
    article = _who_is_who_of(parsed, index)
    own = {parsed.token_key(w) for _, written in article.entries[key].written for w in written}
    for word in {lemma} | EPITHET_NOUNS.get(lemma, set()):
        for place, t in article.places.get(word, ()):
            if not place < at:
                break
            if parsed.token_key(t) in own:
                continue
            holder = t
            while holder.dep_ in ("compound", "amod") and holder.head.i > holder.i:
                holder = holder.head
            other = index.key_for(parsed, holder)
            if other == key or other and index.mentions[other].type != "person":
                continue        # (the person's own title; a body's name: 'the Central Police Division')
            if holder.pos_ == "PROPN" and holder is not t or last < place:
                return True     # (a title before another name anywhere; a common noun since)
    return False


def _another_body_may_be_meant(parsed: ParsedArticle, index: ActorIndex, order: list[tuple[int, int, str]], noun: Token,
                               at: tuple[int, int], key: str, last: tuple[int, int], resolved: dict, spoke: bool) -> bool:
    """The tests the article's model of bodies puts to a kind noun (bodies.py): another body that may be
    of the kind named within RIVAL_WINDOW sentences (where the body found is the one that spoke just
    before, `spoke`, one named there as a participant, not one that only qualifies a noun: 'Tolland
    shareholders'), a proper name the article made no actor of since its mention ('… merged with
    Tosca'), an unnamed body of the kind spoken of ('a rival union'), people between for 'the group'."""
    kind = noun.lemma_.lower()
    if _short_name(noun, index, key):
        return False        # ('the Tribunal' for the Coastal Waters Tribunal: a name, not a kind)
    if any(other != key and no >= at[0] - RIVAL_WINDOW and (no, pos) < at and may_be_of_kind(index, other, kind)
           and not (spoke and _only_qualifies(_who_is_who_of(parsed, index).heads.get((no, pos))))
           for no, pos, other in order if other in index.mentions):
        return True
    return unkept_name_between(parsed, index, last[0], at, kind, key) \
        or unnamed_of_kind(parsed, index, kind, last, at, key, resolved) \
        or kind == "group" and people_between(parsed, last, at) \
        or a_part_or_a_backer_may_be_meant(parsed, index, order, key, kind, at)


def _with_their_bodies(index: ActorIndex, keys: set[str]) -> set[str]:
    """The actors and the bodies of the people among them ('Acme's chief executive said … The company
    said': Acme is spoken of too)."""
    return keys | {index.mentions[k].affiliation for k in keys
                   if k in index.mentions and index.mentions[k].type == "person" and index.mentions[k].affiliation}


def _speaker_named_alone(parsed: ParsedArticle, index: ActorIndex, order: list[tuple[int, int, str]], n: int,
                         at: tuple[int, int], spoken: dict[int, list[str]], fitting: set[str]) -> set[str]:
    """Of several actors a description fits, the one that spoke in the sentence before (or earlier
    in its own), where it is the only one of them that sentence names as a participant: 'Dunmere said
    it expects a vote by Tolland shareholders. The company said …' is Dunmere (Tolland only qualifies
    'shareholders'); not 'Orlen said it bought two tankers from Askel Marine. The company said …'
    (either), nor where the one named spoke not ('X Commission fined the mill. The commission said')."""
    heads = _who_is_who_of(parsed, index).heads
    named = {key for no, pos, key in order
             if key in fitting and no in (n - 1, n) and (no, pos) < at and not _only_qualifies(heads.get((no, pos)))}
    speakers = _with_their_bodies(index, set(spoken.get(n - 1, [])) | set(spoken.get(n, [])))
    return named if len(named) == 1 and named <= speakers else set()


def _short_name(noun: Token, index: ActorIndex, key: str) -> bool:
    """'an official of the Tribunal': a kind noun written with a capital inside a sentence
    after 'the' is the short name of the one body named before whose name's head it is."""
    return noun.i != noun.sent.start and noun.text[:1].isupper() and noun.text[1:].islower() \
        and head_word(index.mentions[key].name) == noun.lower_


def _only_qualifies(head: Token | None) -> bool:
    """The name whose head this is only qualifies a noun ('a vote by Tolland shareholders', "Tolland's
    price"): no participant a description may take up."""
    return head is not None and head.dep_ in ("compound", "poss")


def _may_also_be_meant(index: ActorIndex, entry: Entry, noun: Token) -> bool:
    """An actor named since the one found that the description may mean too: a body it fits, or for
    a business's kind noun one of no known kind (`bodies.may_be_of_kind`: 'Orwin Power' may be a
    company), a person it fits or of no known post."""
    if entry.type == "organization":
        kind = noun.lemma_.lower()
        return fits(entry, noun) or kind in BUSINESS_KINDS and may_be_of_kind(index, entry.key, kind)
    if entry.type == "person":
        return fits(entry, noun) or not index.mentions[entry.key].role and not entry.written
    return False


def _fits_key(index: ActorIndex, entry: Entry, noun: Token) -> bool:
    """The actor may be called by the description (`fits`), and for a person, the description leaves
    out no rank or former word of their role ('the superintendent' is not Deputy Superintendent X)."""
    role = index.mentions[entry.key].role if entry.type == "person" else None
    if role is not None and other_rank_or_time({w.lower_ for w in modifiers(noun)} | {noun.lower_}, role):
        return False
    return fits(entry, noun)


def _topics(parsed: ParsedArticle, index: ActorIndex, order: list[tuple[int, int, str]], n: int, at: tuple[int, int],
            spoken: dict[int, list[str]], main: bool) -> set[str]:
    """The actors that spoke or were a subject in the sentence before n, or earlier in n: those a
    description takes up first (the discourse's centre); with `main`, only a main clause's subject."""
    keys = set(spoken.get(n - 1, [])) | set(spoken.get(n, []))
    heads = _who_is_who_of(parsed, index).heads
    for no, pos, key in order:
        if no in (n - 1, n) and (no, pos) < at:
            token = heads.get((no, pos))
            while token is not None and token.dep_ == "appos":
                token = token.head      # ('its affiliate X will invest': X is the subject)
            if token is not None and token.dep_ in ("nsubj", "nsubjpass") and (token.head.dep_ == "ROOT" or not main):
                keys.add(key)
    return keys
