"""What a big briefing says in brief: the lede of the home page, an actor's statements grouped
by what they are about, and statements of different actors that take opposite stances.

All of it is computed at render time from the data files alone, with word counts over the
statements and sentences (no parse), so it stays cheap at thousands of articles:

- Terms: the content words of a text, lower-cased, without stop words (spaCy's English list,
  which ships with spaCy and loads no model) and without the words of speech cues.
- Statements grouped by subject: the term or two-word phrase shared by the most of an actor's
  statements, weighted by how rare its words are among all statements (a word every
  statement uses groups nothing), takes its statements; then the next, until none joins two
  statements. A subject of one word is a name (written with a capital inside the statements)
  or a noun of WordNet's list, which the English model's lemmatizer ships ("debt", "troops";
  not "paid", "elected", "away": a verb, adjective or adverb names no subject; nor "million"). The group's label is the subject as the statements write it, or for a term the
  two-word phrase round it that most of them share ("border wall").
- The lede: the central sentences of the articles' opening paragraphs, scored by cosine
  similarity of their term vector (tf-idf) to the centroid of all of them, one per article
  (more only when there are fewer articles than sentences wanted), none repeating one chosen
  before.
- Opposite stances: a statement's polarity comes from its cue verb (backs, supports against
  opposes, rejects, and so when negated: "did not back"; a claim against a denial); two
  statements of different actors with opposite polarity that share a phrase of two rare words
  are shown side by side. Where the evidence is weaker, nothing is shown.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import Lookups
from spacy.util import get_package_path

from .. import lexicon
from ..versions import MODEL

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
POSSESSIVE = re.compile(r"['’]s$")
DF_SAMPLE = 20_000        # statements the word frequencies are counted on (evenly spread)
GROUP_MIN = 2             # statements that share a term before it makes a group
GROUPS_MAX = 8            # groups on an actor page; the rest are "Other statements"
LEDE_SENTENCES = 4
LEDE_CANDIDATES = 3       # opening sentences of each article that may lead the briefing
LEDE_WORDS = (8, 60)      # a lede sentence has between these many words
LEDE_OVERLAP = 0.3        # cosine above which a sentence repeats one already chosen
STANCE_SHARED = 2         # rare terms two opposing statements must share
STANCE_COMMON = 0.05      # a term in more than this share of statements is not a subject
STANCE_PAIRS = 20
STANCE_TERM_PAGES = 50    # a term in more opposing statements than this is too common to be a subject


def _cue_forms(lemmas: set[str]) -> set[str]:
    """A cue verb's inflected forms: back → back, backs, backed, backing."""
    forms = set()
    for verb in lemmas:
        stem = verb[:-1] if verb.endswith("e") else verb
        past = verb + "d" if verb.endswith("e") else (verb[:-1] + "ied" if verb.endswith("y") else verb + "ed")
        third = verb[:-1] + "ies" if verb.endswith("y") else verb + ("es" if verb.endswith(("s", "sh", "ch")) else "s")
        forms |= {verb, third, past, stem + "ing"}
    return forms


SUPPORT = _cue_forms(lexicon.SUPPORT_CUES)
OPPOSE = _cue_forms(lexicon.OPPOSE_CUES)
DENY = _cue_forms(lexicon.DENIAL_CUES)
CLAIM = _cue_forms(lexicon.CLAIM_CUES)
CUE_WORDS = _cue_forms(lexicon.SPEECH_VERBS) | SUPPORT | OPPOSE | DENY | CLAIM
NEGATIONS = lexicon.NEGATIONS
NUMBER_NOUNS = set(lexicon.SCALE_WORDS) | lexicon.COUNTING_NOUNS     # "million" says how many, not what about
NEGATION = re.compile(r"\b(?:%s)\b|n['’]t\b" % "|".join(sorted(NEGATIONS)), re.IGNORECASE)


def words(text: str) -> list[str]:
    """The words of a text as written, possessive endings cut ("Trump’s" → "Trump")."""
    return [_bare(w) for w in WORD.findall(text or "")]


@functools.lru_cache(maxsize=None)
def _bare(word: str) -> str:
    return POSSESSIVE.sub("", word)


@functools.lru_cache(maxsize=None)
def _term_key(word: str) -> str | None:
    """The key of a word as the pattern finds it, or None when it is no term (words repeat:
    cached, which makes counting the terms of thousands of statements cheap)."""
    bare = _bare(word)
    return key(bare) if is_term(bare) else None


@functools.lru_cache(maxsize=None)
def key(word: str) -> str:
    """The form words are compared by: lower case, a plural's -s cut ("walls" → "wall")."""
    w = word.lower().replace("’", "'")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def is_term(word: str) -> bool:
    w = word.lower()
    return len(w) > 2 and w not in STOP_WORDS and w not in CUE_WORDS and w not in NEGATIONS \
        and w not in lexicon.GENERIC_WORDS


@functools.lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """WordNet's nouns from the English model's lemmatizer tables (read from disk in a tenth of
    a second; no pipeline is loaded). Empty where the model is missing: then no one-word
    subject but a name."""
    try:
        tables = next(get_package_path(MODEL).glob("*/lemmatizer/lookups"))
    except (OSError, StopIteration):  # pragma: no cover - depends on the installation
        return frozenset()
    return frozenset(Lookups().from_disk(tables).get_table("lemma_index").get("noun", []))


def phrases(text: str) -> dict[str, str]:
    """Two-word phrases of terms that stand side by side ("border wall"), by key, as written."""
    found = WORD.findall(text or "")
    keys = list(map(_term_key, found))
    return {f"{a} {b}": f"{_bare(x)} {_bare(y)}" for a, b, x, y in zip(keys, keys[1:], found, found[1:]) if a and b}


def terms(text: str) -> set[str]:
    found = set(map(_term_key, WORD.findall(text or "")))
    found.discard(None)
    return found


def document_frequency(texts: list[str]) -> tuple[Counter, int]:
    """In how many texts each term occurs, counted on at most DF_SAMPLE of them (evenly
    spread: the rates, which is what the weights use, stay the same); and how many counted."""
    step = max(1, -(-len(texts) // DF_SAMPLE))
    df: Counter = Counter()
    for text in texts[::step]:
        df.update(terms(text))
    return df, len(texts[::step])


def _idf(df: Counter, n: int, term: str) -> float:
    return math.log((n + 1) / (df.get(term, 0) + 1)) + 1.0


# ---- an actor's statements by subject ---------------------------------------------------

@dataclass
class StatementGroup:
    label: str | None                  # None: the statements that share no subject
    positions: list[dict] = field(default_factory=list)


def newest_first(positions: list[dict], date_of) -> list[dict]:
    """Newest article first (undated last), in an article the order of its sentences."""
    ordered = sorted(positions, key=lambda p: (p["article"], p.get("sentence_index") or 0))
    return sorted(ordered, key=lambda p: date_of(p["article"]) or "", reverse=True)


def group_statements(positions: list[dict], own_names: list[str], df: Counter, n: int,
                     date_of) -> list[StatementGroup]:
    """The statements grouped by the subject terms they share, largest group first; within a
    group newest first. The actor's own names are no subject of theirs."""
    own = {key(w) for name in own_names for w in words(name)}
    tokens = []           # per statement: the words as found, and their keys (None: no term)
    subjects = []         # per statement: its terms and two-word phrases, by key
    names = set()         # keys written with a capital after a statement's first word
    for p in positions:
        found = WORD.findall(p["text"] or "")
        keys = [None if k in own else k for k in map(_term_key, found)]
        tokens.append((found, keys))
        names.update(k for w, k in zip(found[1:], keys[1:]) if k and w[:1].isupper())
    for found, keys in tokens:
        subjects.append({k for k in keys if k and (k in names or k in _nouns() and k not in NUMBER_NOUNS)}
                        | {f"{a} {b}" for a, b in zip(keys, keys[1:]) if a and b})
    left = set(range(len(positions)))
    groups: list[StatementGroup] = []
    while len(groups) < GROUPS_MAX:
        counts: Counter = Counter(t for i in left for t in subjects[i])
        best = max((t for t, c in counts.items() if c >= GROUP_MIN),
                   key=lambda t: (counts[t] * _subject_weight(df, n, t), t), default=None)
        if best is None:
            break
        members = sorted(i for i in left if best in subjects[i])
        left -= set(members)
        label = _label(best, [tokens[i] for i in members])
        groups.append(StatementGroup(label, newest_first([positions[i] for i in members], date_of)))
    groups.sort(key=lambda g: -len(g.positions))
    if left:
        groups.append(StatementGroup(None, newest_first([positions[i] for i in sorted(left)], date_of)))
    return groups


def _subject_weight(df: Counter, n: int, subject: str) -> float:
    """How telling a subject is: a term's idf; a phrase, the sum of its words' (two words a
    statement shares say more than one)."""
    return sum(_idf(df, n, t) for t in subject.split())


def _label(subject: str, tokens: list[tuple[list[str], list[str | None]]]) -> str:
    """The subject as the statements write it: a phrase as written most often; a term as
    written most often, or the two-word phrase round it that most of them share."""
    written: Counter = Counter()
    shared: Counter = Counter()
    for found, keys in tokens:
        pairs = {f"{a} {b}": f"{_bare(x)} {_bare(y)}" for a, b, x, y in zip(keys, keys[1:], found, found[1:]) if a and b}
        if " " in subject:
            if subject in pairs:
                written[pairs[subject]] += 1
            continue
        written.update(_bare(w) for w, k in zip(found, keys) if k == subject)
        shared.update({text for pair, text in pairs.items() if subject in pair.split()})
    label = written.most_common(1)[0][0] if written else subject
    phrase, count = shared.most_common(1)[0] if shared else ("", 0)
    if count >= max(GROUP_MIN, (len(tokens) + 1) // 2):
        label = phrase
    return label[:1].upper() + label[1:]


def current_role(actor: dict) -> str | None:
    """The role the latest dated article gives (`roles`, oldest first), else `role`."""
    roles = [r for r in actor.get("roles") or [] if r.get("role")]
    return roles[-1]["role"] if roles else actor.get("role")


def role_changes(actor: dict) -> list[dict]:
    """The roles over time where they changed: the first entry of each new role, oldest
    first; [] when the articles give one role or none."""
    out: list[dict] = []
    for r in actor.get("roles") or []:
        if r.get("role") and (not out or out[-1]["role"].lower() != r["role"].lower()):
            out.append(r)
    return out if len(out) > 1 else []


# ---- the lede ---------------------------------------------------------------------------

@dataclass(frozen=True)
class LedeSentence:
    article: str
    index: int
    text: str


def lede(sentences: dict[str, dict], titles: dict[str, str], limit: int = LEDE_SENTENCES) -> list[LedeSentence]:
    """The most central opening sentences of the articles (centroid of tf-idf vectors), one
    per article while there are articles enough, none repeating another; articles in the order
    of their best sentence's score, an article's sentences in its order."""
    candidates = []
    for article, record in sentences.items():
        title = (titles.get(article) or "").strip().rstrip("…")
        taken = 0
        for index, text in enumerate(record.get("sentences") or []):
            if taken >= LEDE_CANDIDATES:
                break
            if title and text.strip().startswith(title):
                continue            # the headline, repeated as the first line
            if LEDE_WORDS[0] <= len(text.split()) <= LEDE_WORDS[1]:
                counts = Counter(map(_term_key, WORD.findall(text)))
                counts.pop(None, None)
                candidates.append((LedeSentence(article, index, text), counts))
                taken += 1
    if not candidates:
        return []
    df: Counter = Counter()
    for _, counts in candidates:
        df.update(counts.keys())
    n = len(candidates)
    vectors = [_unit({t: c * _idf(df, n, t) for t, c in counts.items()}) for _, counts in candidates]
    centroid: Counter = Counter()
    for v in vectors:
        centroid.update(v)
    centroid_unit = _unit(centroid)
    ranked = sorted(range(n), key=lambda i: (-_dot(vectors[i], centroid_unit), candidates[i][0].article, candidates[i][0].index))
    chosen: list[int] = []
    articles: dict[str, int] = {}           # article -> the order it was first chosen in
    for one_per_article in (True, False):   # a second sentence of an article only when too few have one
        for i in ranked:
            sentence = candidates[i][0]
            if len(chosen) >= limit:
                break
            if i in chosen or (one_per_article and sentence.article in articles) \
                    or any(_dot(vectors[i], vectors[j]) > LEDE_OVERLAP for j in chosen):
                continue
            chosen.append(i)
            articles.setdefault(sentence.article, len(articles))
    lead = [candidates[i][0] for i in chosen]
    return sorted(lead, key=lambda s: (articles[s.article], s.index))


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
    return {t: x / norm for t, x in vector.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


# ---- opposite stances -------------------------------------------------------------------

SUPPORTS, OPPOSES, CLAIMS, DENIES = "supports", "opposes", "claims", "denies"


def stance(position: dict) -> str | None:
    """What a statement does to its subject, from its cue verb: supports, opposes (flipped
    by a negation just before the verb: "did not back"), claims, denies; None where the cue
    says nothing of it ("asked", "added") or a claim is negated (no clear denial of
    another's claim)."""
    verb = stance_verb(position)
    if verb in SUPPORT or verb in OPPOSE:
        supports = (verb in SUPPORT) != _negated_verb(position.get("sentence") or "", verb)
        return SUPPORTS if supports else OPPOSES
    if verb in DENY:
        return DENIES
    if verb in CLAIM and not negated(position.get("text") or ""):
        return CLAIMS
    return None


def _negated_verb(sentence: str, verb: str) -> bool:
    """A negation among the three words before the verb."""
    ws = [w.lower() for w in WORD.findall(sentence)]
    return any(w == verb and negated(" ".join(ws[max(0, i - 3):i])) for i, w in enumerate(ws))


def stance_verb(position: dict) -> str:
    cue = (position.get("cue") or "").lower().split()
    return cue[0] if cue else ""


def negated(text: str) -> bool:
    return NEGATION.search(text) is not None


def _shared_phrase(text: str, other: str, shared: set[str]) -> str | None:
    """The longest run of shared words in `text` that holds a two-word phrase both texts
    have ("river dam plan"); None when they have no such phrase."""
    both = {k for k in phrases(text).keys() & phrases(other).keys() if set(k.split()) <= shared}
    if not both:
        return None
    runs: list[list[str]] = [[]]
    for w in words(text):
        if key(w) in shared and is_term(w):
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    holding = [run for run in runs if any(f"{key(a)} {key(b)}" in both for a, b in zip(run, run[1:]))]
    return " ".join(max(holding, key=len)) if holding else None


@dataclass
class StanceClash:
    subject: str                      # the shared terms, as the first statement writes them
    one: dict                         # supports / claims
    other: dict                       # opposes / denies


def opposite_stances(positions: list[dict], df: Counter, n: int, limit: int = STANCE_PAIRS) -> list[StanceClash]:
    """Pairs of statements by different actors with opposite stances that share at least
    STANCE_SHARED rare terms (each in at most STANCE_COMMON of all statements), two of them
    side by side in both (a phrase: the subject), most shared first. Supports meet opposes,
    claims meet denials: the statements of one side are looked up in an index of the other
    side's rare terms (denials and opposition are few), so the cost follows the statements
    once, not their square."""
    common = max(5, int(STANCE_COMMON * n))
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for p in positions:
        kind = stance(p)
        if kind and p.get("actor"):
            by_kind[kind].append(p)
    found = []
    for side, other_side in ((SUPPORTS, OPPOSES), (CLAIMS, DENIES)):
        found += _clashes(by_kind[side], by_kind[other_side], lambda t: df.get(t, 0) <= common)
    found.sort(key=lambda c: (-c[0], c[1]))
    seen: set[str] = set()
    out = []
    for _, _, clash in found:
        if clash.one["id"] in seen or clash.other["id"] in seen:
            continue                    # each statement in one pair only
        seen |= {clash.one["id"], clash.other["id"]}
        out.append(clash)
        if len(out) >= limit:
            break
    return out


def _clashes(ones: list[dict], others: list[dict], rare) -> list[tuple[int, str, StanceClash]]:
    """(shared terms, id, clash) for each statement of `ones` and of `others` by another actor
    that share STANCE_SHARED rare terms and a phrase of them."""
    index: dict[str, list[int]] = defaultdict(list)
    other_terms = []
    for j, q in enumerate(others):
        found = {t for t in terms(q["text"]) if rare(t)}
        other_terms.append(found)
        for t in found:
            index[t].append(j)
    out = []
    for p in ones if index else ():
        mine = {t for t in terms(p["text"]) if t in index and len(index[t]) <= STANCE_TERM_PAGES}
        if len(mine) < STANCE_SHARED:
            continue
        shared = Counter(j for t in mine for j in index[t])
        for j, count in shared.items():
            q = others[j]
            if count < STANCE_SHARED or q["actor"] == p["actor"]:
                continue
            subject = _shared_phrase(p["text"], q["text"], mine & other_terms[j])
            if subject:                 # two words in common, but not one phrase: no clear subject
                out.append((count, p["id"], StanceClash(subject, p, q)))
    return out
