"""The bodies of one article as a reader keeps them: which kind nouns each organisation may be
called by, and where it is mentioned; and the one resolution of a description to a body.

A body may be called by
- its name's head noun ('the union' for the Harbour Dockers Union, 'the ministry' for the Ministry
  of Health), and the kinds bodies so named are (KIND_NAME_HEADS: 'the agency' for a '... Authority',
  'the regulator' for a '... Commission');
- the kinds a company's legal form or a court's name says it is (BODY_KINDS_OF_NAME_HEADS: 'the
  group' for 'X Bhd', 'the bench' for 'the X High Court');
- a kind the article writes with it ('X, a Stockholm-based consortium,', 'campaign group X':
  `ActorIndex.kinds_written_with`);
- a business's plain kinds ('the company', 'the firm') where the article shows it a
  business though its name says no kind: its shares, profit or listing written as its own, or a
  business's noun written with it ('Kgotla's shares', 'JSE-listed X', 'X, a battery maker':
  `note_businesses`). `known_company` is the one test that a body is a company, for speakers.py's
  'the company' resolvers as for `body_described`.

`body_described` resolves a kind noun ('the union' in the text, a deck's bare 'Union') to the
organisation of that kind named last before it, where that sentence names no other of the kind,
no other of the kind is named within RIVAL_WINDOW sentences (nor as often as it, unless the body is
named in the sentence before), no people stand between for 'the group', and nothing since may be another of
the kind: an organisation of the kind or of no known kind (any, for a business's kind), a proper
name the article made no actor of ('Tosca'), or an unnamed or other body of the kind ('a rival
union', 'the new company', 'Vela Capital, a bank,'); the story's opening 'A hospital trust in X
will …' is the body it names next. A headline or deck may name the one body of the kind the story
names later. Else None: an empty actor is better than a wrong one.

Used by speakers.py for a bare definite body (`_body_described_by`, which also serves owners and
authors of documents: "the company's figures", 'figures released by the agency'), a deck's bare
kind noun and a speaker's own body ('Her association': `own_body_of`).
"""
from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from ..lexicon import LOCAL_GOVERNMENT_HEADS_BEFORE_OF, BODY_HEADS_AFTER_A_PLACE, ARTICLES, BODY_KINDS_OF_NAME_HEADS, KIND_HYPERNYMS, KIND_NAME_HEADS, ORG_HEADS, INSTITUTION_NAME_HEADS, COMPANY_NOUNS, FIRM_KIND_NOUNS, COMPANY_MARKING_NAME_ENDINGS, OTHER_BODY_WORDS, \
    ROLE_NOUNS, INDEFINITE_ARTICLES, BUSINESS_AND_OUTLET_NAME_HEADS, WHERE_PREPOSITIONS, LEGAL_FORMS, \
    BUSINESS_OWNED_NOUNS, BUSINESS_EARNED_NOUNS, BUSINESS_AGENT_NOUNS, BUSINESS_DESCRIPTION_KINDS, COMPANY_NAME_HEADS, \
    PLACE_ONLY_PREPOSITIONS, KINDS_NAMED_BY_THEIR_HEAD, CURRENCY_MARKS, PUBLICATION_HEADS, STAFF_BODY_PREPOSITIONS, \
    SHARE_OWNER_PREPOSITIONS, SHARE_HOLDING_NOUNS, LISTING_VERBS, NAME_HEAD_LINKS, OPENING_SUBJECT_PREPOSITIONS, NUMBERED_BRANCH_KINDS, \
    TRADING_VENUE_HEADS, TRADING_VENUE_PREPOSITIONS, TRADING_VENUE_VERBS, TRADING_VENUE_NOUNS, CHANGE_VERBS, FACILITY_WORDS, TITLE_WORDS, SOURCE_NOUNS, BODY_VOICE_NOUNS, \
    ISSUED_DOCUMENT_NOUNS, PORTFOLIOS, ANY_BODY_KIND_NOUN, STATE_FIELDS_BEFORE_A_COUNTRY, FIELDS_BEFORE_A_COUNTRY_KINDS, \
    AGENCY_FIELDS_BEFORE_A_COUNTRY, AGENCY_FIELDS_BEFORE_A_COUNTRY_KINDS, ADJECTIVE_SUFFIXES, \
    MEMBER_BODY_NAME_HEADS, MEMBER_BODY_NOUNS, UNION_MEMBER_OCCUPATIONS, NO_UNION_MEMBER_BODY_HEADS, BACKING_VERBS, OWNING_EMPLOYING_USING_OR_PAYING_MEMBERS, \
    FIELD_JOINING_WORDS, UNITS_OF_A_BODY
from ..model import Mention
from ..names import is_acronym, is_given_name, name_head, norm, numbered_branch_word, union_branch_word
from .actors import ActorIndex, reads_as_a_place
from .actor_names import _singulars_of_a_plural
from .evidence import is_country_name, is_known_place
from .parse import ParsedArticle, child_tokens, common_word_read_as_a_name, entity_at, is_common_word, inside_quotation_marks, span_tokens, token_texts
from .roles import names_a_person_or_a_trader

# Unions of lexicon sets tested inside functions, made once here rather than on every call:
# a name's word that says it is a company's (its head or its legal form: 'X Holdings', 'X Bhd')
_COMPANY_NAME_WORDS = COMPANY_NAME_HEADS | LEGAL_FORMS
# nouns of what a body issues or who speaks for it ('X figures', 'an X spokeswoman', "X's report")
_SOURCE_VOICE_OR_DOCUMENT_NOUNS = SOURCE_NOUNS | BODY_VOICE_NOUNS | ISSUED_DOCUMENT_NOUNS
# a determiner or adjective that makes a kind noun another body of the kind ('a union', 'a rival union')
_OTHER_BODY_MARKERS = INDEFINITE_ARTICLES | OTHER_BODY_WORDS

BUSINESS_KINDS = COMPANY_NOUNS | FIRM_KIND_NOUNS | {"group"}
# Name heads that say what a body is, and that it is no business ('... Commission', '... Hospital')
KNOWN_BODY_HEADS = (ORG_HEADS | INSTITUTION_NAME_HEADS) - COMPANY_MARKING_NAME_ENDINGS - BUSINESS_KINDS \
    - BUSINESS_AND_OUTLET_NAME_HEADS
# Nouns written with a name that say it is a business: not 'group' ('campaign group X'), nor 'bank' (a central bank)
_BUSINESS_WORDS = (FIRM_KIND_NOUNS - {"group", "bank"}) | BUSINESS_AGENT_NOUNS
# The wider kinds of KIND_HYPERNYMS ('institution'): many kinds of body besides those the table gives may be called so
WIDER_KINDS = {wider for kinds in KIND_HYPERNYMS.values() for wider in kinds}
RIVAL_WINDOW = 3        # sentences back in which another body of the kind makes the description unsafe
OPENING_WINDOW = 2      # sentences after the story's opening 'The ports department will …' in which its name may come


def kinds_of(index: ActorIndex, key: str) -> set[str]:
    """Every kind noun the organisation `key` may be called by in its article: those its name or the
    article's words with it say, and a business's plain kinds where the article shows it one."""
    if key in index.businesses:
        return _kinds_named(index, key) | BUSINESS_DESCRIPTION_KINDS
    return _kinds_named(index, key)


def _kinds_named(index: ActorIndex, key: str) -> set[str]:
    """The kind nouns the organisation's name or a kind written with it say, the doer's nouns of what
    a clause on it says it does ('X, which runs the trams': 'operator', `_activity_kinds`), and the
    wider kinds English calls any of them by ('the institution' for a university: KIND_HYPERNYMS)
    (memoised per index)."""
    cache = index.body_kinds
    if key not in cache:
        mention = index.mentions[key]
        kinds: set[str] = set()
        if mention.type == "organization" and " at " not in f" {mention.name} ":     # (a unit at another body: none)
            head = head_word(mention.name)
            stated = {w for token, written in index.kinds_written_with.items() if index.by_token.get(token) == key
                      for w in written if w.isalpha() and w not in ARTICLES}
            if len(mention.name.split()) > 1 and not _a_kind_of_place_before_another_head(mention.name, head):
                kinds.add(head)
                if not stated:      # ('X Foundation, a property firm': no charity)
                    kinds |= {noun for noun, heads in KIND_NAME_HEADS.items() if head in heads}
                if not form_may_be_a_country(mention.name):
                    kinds |= BODY_KINDS_OF_NAME_HEADS.get(head, set())
            if numbered_branch_word(mention.name) and union_branch_word(mention.name, tuple(
                    form for other in index.mentions.values() if other.type == "organization" and other.key != key
                    for form in (other.name, *other.aliases))):
                kinds |= NUMBERED_BRANCH_KINDS      # (a branch of workers' numbered: the union)
            kinds |= stated | _activity_kinds(index, key)
            if not stated and key not in index.businesses:
                kinds |= state_kinds_of_fields_before_a_country(mention.name)
                if a_body_of_workers(mention.name):
                    kinds |= MEMBER_BODY_NOUNS      # ('X Welders and Fitters Federation': the union)
        cache[key] = kinds | {wider for kind in kinds for wider in KIND_HYPERNYMS.get(kind, ())}
    return cache[key]


def named_members(name: str) -> list[str]:
    """The plural words before a member body's head (MEMBER_BODY_NAME_HEADS) that say who its members are, an
    apostrophe's possessive read as the plural ("Coastal Teachers' Association": 'teachers'); none where the name
    has no such head or no plural before it ('World Health Organization', 'Harbour Dockers Ltd')."""
    words = norm(name).split()
    head = name_head(name)
    if head not in MEMBER_BODY_NAME_HEADS or head not in words:
        return []
    before = [w.rstrip("'’") for w in words[:words.index(head)]]
    return [w for w in before if _a_members_plural(w)]


def _a_members_plural(word: str) -> bool:
    """'teachers', 'nurses' (an apostrophe already stripped): a word of a member body's name that may be the
    plural of its members; not 'class', 'Ross' nor a short word ('bus')."""
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3


def members_own_employ_use_or_pay(name: str) -> bool:
    """'Kessa Mine Owners Association', 'Orwin Employers Federation', 'Kessa Ratepayers Alliance': a member body
    whose members own, employ, use or pay (OWNING_EMPLOYING_USING_OR_PAYING_MEMBERS): no union, nor a rival of one."""
    return any(one.endswith(OWNING_EMPLOYING_USING_OR_PAYING_MEMBERS)
               for plural in named_members(name) for one in _singulars_of_a_plural(plural))


def a_body_of_workers(name: str) -> bool:
    """"Kessa Welders and Fitters Federation", "Orwin Teachers' Association": a member body whose members are
    all named by an occupation (UNION_MEMBER_OCCUPATIONS, through the singulariser): the plural right before its
    head and every plural joined to it by 'and', '&' or a comma (`_members_joined_before_the_head`): what 'the
    union' takes up. Not 'Kessa Pensioners Association' (no occupation), 'Kessa Parents and Teachers League' or
    "Orwin Workers' Rights Alliance" (members not all workers, or a plural that is no members'), a society or
    institute (NO_UNION_MEMBER_BODY_HEADS: a learned or professional body), nor 'Kessa Miners Federation' (a
    firm's noun as often: a rival only, `may_be_a_union_by_its_members`)."""
    words = norm(name).split()
    head = name_head(name)
    if head not in MEMBER_BODY_NAME_HEADS or head in NO_UNION_MEMBER_BODY_HEADS or head not in words:
        return False
    members = _members_joined_before_the_head([w.rstrip("'’") for w in words[:words.index(head)]])
    return bool(members) and all(
        _a_members_plural(plural) and any(one in UNION_MEMBER_OCCUPATIONS for one in _singulars_of_a_plural(plural))
        for plural in members) and not members_own_employ_use_or_pay(name)


def _members_joined_before_the_head(before: list[str]) -> list[str]:
    """The word right before a member body's head and every word joined to it by 'and', '&' (FIELD_JOINING_WORDS)
    or a comma ('nurses, midwives and porters'), commas stripped; a word set before them unjoined ('Mine' of
    'Mine Workers', a place's) is none."""
    if not before:
        return []
    i = len(before) - 1
    members = [before[i].strip(",")]
    while i > 0:
        if before[i - 1] in FIELD_JOINING_WORDS and i > 1:
            i -= 2
        elif before[i - 1].endswith(","):
            i -= 1
        else:
            break
        members.append(before[i].strip(","))
    return members


def may_be_a_union_by_its_members(name: str) -> bool:
    """A member body named by any plural of its members, whatever its ending ('Kessa Pilots League', 'Orwin
    Builders Federation', 'Kessa Cyclists Association'), but not by those who own, employ, use or pay: not what
    'the union' takes up unless `a_body_of_workers`, but a rival for it where another is named beside it."""
    return bool(named_members(name)) and not members_own_employ_use_or_pay(name)


def state_kinds_of_fields_before_a_country(name: str) -> frozenset[str]:
    """'Forestry and Waters Kessa', 'Health Kessa', 'Census Kessa': a name made of a state's fields of work
    (its first word one: STATE_FIELDS_BEFORE_A_COUNTRY; the others ordinary words joined by 'and' or commas) and
    then a country's own name is that state's department, or its agency where every field is an agency's
    (AGENCY_FIELDS_BEFORE_A_COUNTRY): 'the department' may take it up, and it is no rival for 'the union' or
    'the company'. Not a name with a body's head ('Kessa Forestry Council'), a place's name for the country's
    ('Health Orwin'), a field written as an adjective ('Electoral Reform Kessa' may be a watchdog of citizens), nor a
    word the model knows for no noun or adjective ('Zellor Kessa')."""
    words = [w.strip(",") for w in norm(name).split()]
    for size in (3, 2, 1):
        if len(words) > size and is_country_name(" ".join(name.split()[-size:])):
            fields = [w for w in words[:-size] if w not in FIELD_JOINING_WORDS]
            break
    else:
        return frozenset()
    if not fields or fields[0] not in STATE_FIELDS_BEFORE_A_COUNTRY or fields[0].endswith(ADJECTIVE_SUFFIXES) \
            or not all((w in STATE_FIELDS_BEFORE_A_COUNTRY or is_common_word(w)) and w not in ORG_HEADS for w in fields):
        return frozenset()
    agency = all(w in AGENCY_FIELDS_BEFORE_A_COUNTRY for w in fields)
    return AGENCY_FIELDS_BEFORE_A_COUNTRY_KINDS if agency else FIELDS_BEFORE_A_COUNTRY_KINDS


def a_unit_of_another_body_near(parsed: ParsedArticle, index: ActorIndex, key: str, kind: str, first: int,
                                at: tuple[int, int]) -> bool:
    """The body `key` is of the kind only by its name's '<Fields> <Country>' shape, and a lower-case part of
    a body is written as some body's own or by its work (UNITS_OF_A_BODY with a possessive or a noun before it:
    'its casualty department', 'the council's planning unit', 'the Orwin fraud unit'; not an apposition or a
    copula's noun, which say what a named body is) in any sentence from the one that first names it (sentence
    `first`), or from RIVAL_WINDOW sentences before the description where that is earlier, up to the
    description: 'the department' may be that part, so none is taken."""
    if kind not in state_kinds_of_fields_before_a_country(index.mentions[key].name) or kind in stated_kinds(index, key):
        return False
    for k in range(min(first, max(at[0] - RIVAL_WINDOW, 0)), at[0] + 1):
        for t in parsed.sentences[k]:
            if (k, parsed.char(t)) >= at:
                break
            if t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() in UNITS_OF_A_BODY \
                    and t.dep_ not in ("appos", "attr") and any(c.dep_ in ("poss", "compound") for c in t.children):
                return True
    return False


def a_part_or_a_backer_may_be_meant(parsed: ParsedArticle, index: ActorIndex, order: list[tuple[int, int, str]],
                                    key: str, kind: str, at: tuple[int, int]) -> bool:
    """The two readings that leave a kind noun's body `key` (named before `at`) in doubt beside the rivals
    `body_described` and `whoiswho` both test: a lower-case part of another body written near
    (`a_unit_of_another_body_near`), or a workers' body named only as another's backer (`named_only_as_a_backer`)."""
    places = [(no, offset) for no, offset, k in order if k == key and (no, offset) < at]
    return a_unit_of_another_body_near(parsed, index, key, kind, min(no for no, _ in places), at) \
        or kind in MEMBER_BODY_NOUNS and a_body_of_workers(index.mentions[key].name) and named_only_as_a_backer(parsed, places)


def named_only_as_a_backer(parsed: ParsedArticle, places: list[tuple[int, int]]) -> bool:
    """Every mention of a body (sentence, offset) is the agent of a verb of backing (BACKING_VERBS: 'backed by
    the X Guild', 'joined by the X League'): a body that supports another's action, not the one that acts."""
    heads = []
    for no, offset in places:
        t = parsed.token_at(no, offset)
        if t is None:
            return False
        while t.dep_ in ("compound", "flat", "poss", "amod", "nmod", "det", "case") and t.head.i != t.i:
            t = t.head
        heads.append(t)
    return bool(heads) and all(t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.lemma_.lower() in BACKING_VERBS
                               for t in heads)


def _a_kind_of_place_before_another_head(name: str, head: str) -> bool:
    """'city' of 'City of Dorrance Symphony', 'City of Kessa Orchestra': a local government's kind before 'of'
    (LOCAL_GOVERNMENT_HEADS_BEFORE_OF) whose name goes on past its place to another body's head
    (BODY_HEADS_AFTER_A_PLACE) is no noun of that body ('the City said' is not the orchestra); 'City of Kessa',
    'City of Kessa Council' keep it."""
    words = norm(name).split()
    return head in LOCAL_GOVERNMENT_HEADS_BEFORE_OF and len(words) > 3 and words[1] == "of" \
        and words[-1] in BODY_HEADS_AFTER_A_PLACE


def _activity_kinds(index: ActorIndex, key: str) -> set[str]:
    """The doer's nouns of what clauses on the body's name say it does ('operator'), none of which
    says what kind of body it is: a body of no known kind stays one for `may_be_of_kind`."""
    return {w for token, kinds in index.kinds_of_activity.items() if index.by_token.get(token) == key for w in kinds}


def stated_kinds(index: ActorIndex, key: str) -> set[str]:
    """The kind nouns the article writes with the body's name ('X, a water corporation,', 'X is a charity',
    'campaign group X'), not those of its name's words."""
    return {w for token, kinds in index.kinds_written_with.items() if index.by_token.get(token) == key for w in kinds}


def _known_kinds(index: ActorIndex, key: str) -> set[str]:
    """The body's kinds but those only what it does gives it ('X, which runs the trams': no kind of
    body, where no 'operator' is written with its name): so it may still be a business, or of any kind."""
    return kinds_of(index, key) - (_activity_kinds(index, key) - stated_kinds(index, key))


def forget_body_kinds(index: ActorIndex) -> None:
    """Drop the kinds `_kinds_named` memoised: a rule that resolves a description while the index is
    still being built (types and kinds written with names may change before the speakers read it)."""
    index.body_kinds.clear()


def note_businesses(parsed: ParsedArticle, index: ActorIndex) -> None:
    """The organisations the article shows to be businesses though their names say no kind ('Kgotla
    Platinum', 'Halvorsen Resources'): what only a business has, written as theirs ("Kgotla's shares",
    'Halvorsen Resources shares', 'shares in X', 'a stake in X', 'JSE-listed X', 'X is listed in Oslo'), or a business's
    noun written with the name ('X, a battery maker,', 'X is the country's largest miner'); then
    'the company', 'the firm' may take them up (`kinds_of`). Never a body whose name's
    head tells another kind ('the Harbour Union', 'the Ministry of Mines'), nor a unit of another."""
    found = set()
    for sentence in parsed.sentences:
        texts = token_texts(sentence.doc)
        for t in span_tokens(sentence):         # (the document's tokens made once, not a new Token per word)
            key = index.key_for(parsed, t) \
                or (_name_of_a_body_written_as_owner(index, t) if texts[t.i][:1].isupper() else None)
            if key and index.mentions[key].type == "organization" and _business_evidence(t):
                found.add(key)
    for token, written in index.kinds_written_with.items():
        key = index.by_token.get(token)
        if key and index.mentions[key].type == "organization" \
                and any(w in _BUSINESS_WORDS or w.endswith("maker") for w in written):
            found.add(key)
    index.businesses = {key for key in found if " at " not in f" {index.mentions[key].name} "
                                     and head_word(index.mentions[key].name) not in KNOWN_BODY_HEADS}


def _name_of_a_body_written_as_owner(index: ActorIndex, t: Token) -> str | None:
    """'Yilgarn shares fell', "Kgotla's stock", 'Al Noor reported revenue': a proper name the index kept
    no mention of here, written as the owner of a noun or a subject, that is a form of a body's name."""
    if not t.text[:1].isupper() or not (t.dep_ in ("poss", "compound") and t.head.pos_ == "NOUN" or t.dep_ == "nsubj"):
        return None
    words = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return index.find(" ".join(w.text for w in [*words, t]))


def _business_evidence(t: Token) -> bool:
    """The word of a body's name is the owner of what only a business has ("Kgotla's shares", 'X shares
    fell', 'shares in X', 'a stake in X'), reports what a business earns ('X posted a profit'), or is
    said to be listed on an exchange ('JSE-listed X')."""
    if t.dep_ in ("poss", "compound") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in BUSINESS_OWNED_NOUNS - {"stake"}:
        return True
    if t.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_.lower() in BUSINESS_EARNED_NOUNS for c in t.head.children):
        return True     # ('X reported revenue of $9m', 'X posted a record profit')
    if t.dep_ == "pobj" and t.head.lower_ in SHARE_OWNER_PREPOSITIONS and t.head.head.lemma_.lower() in SHARE_HOLDING_NOUNS:
        return True
    if t.dep_ == "nsubjpass" and t.head.lemma_.lower() in LISTING_VERBS and any(c.dep_ == "prep" for c in t.head.children):
        return True     # ('X is listed in Oslo', 'X is traded on the JSE')
    return any(c.dep_ in ("amod", "compound") and says_listed(c) for c in t.children)


def says_listed(word: Token) -> bool:
    """'listed', 'ASX-listed': the word that makes a name hung on it the exchange a firm is listed on,
    and the firm it describes a business."""
    return word.lower_ == "listed" or word.lower_.endswith("-listed")


_TRADING_OR_CHANGE_VERBS = TRADING_VENUE_VERBS | CHANGE_VERBS


_EXCHANGE_INITIAL_LETTERS = frozenset(w[0] for w in TRADING_VENUE_HEADS)


def _exchange_initials(root: Token) -> bool:
    """'the KSE', 'the NYSE': one word of initials whose last stands for an exchange's word
    (TRADING_VENUE_HEADS: '... Stock Exchange'); not a body's name of words ('Orwa Capital')."""
    return is_acronym(root.text) and root.text.rstrip(".")[-1:].lower() in _EXCHANGE_INITIAL_LETTERS


def names_a_trading_venue(root: Token) -> bool:
    """'Shares fell on the Kestrel Stock Exchange', 'listed in the Lima bourse': the head of an exchange's
    name, named as where shares trade (the object of 'on'/'in' after a verb of trading or of a price's
    change, or after 'shares'), not a body that acts or speaks there, nor one a firm deals with ('bought a
    stake in Delta Exchange', 'invested in Kestrel Exchange'); or, after a verb whose subject is the shares, a
    name holding an exchange's word, any name they are traded or listed on ('X shares traded lower on the KSE'),
    or initials in an exchange's form after another verb of trading (`_exchange_initials`: 'the stock finished
    the week flat on the OSE'); not 'its shares rose in Delmar Markets, which took a stake', nor the bidder of
    'the stock ended higher on Orwa Capital, which offered $3 a share': no party of the story, so neither
    another company beside the one 'the company' takes up (speakers.py) nor a rival for a body's kind noun
    (`unkept_name_between`)."""
    if not (root.dep_ == "pobj" and root.head.lower_ in TRADING_VENUE_PREPOSITIONS):
        return False
    where = root.head.head
    if where.pos_ in ("ADV", "ADJ") and where.head.i != where.i:
        where = where.head              # 'closed 3 per cent lower on the ... Exchange'
    if where.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c.lower_ in TRADING_VENUE_NOUNS for c in child_tokens(where)) \
            and (where.lemma_.lower() in LISTING_VERBS or any(w.lower_ in TRADING_VENUE_HEADS for w in root.doc[root.left_edge.i:root.i + 1])
                 or where.lemma_.lower() in TRADING_VENUE_VERBS and _exchange_initials(root)):
        return True                     # ('X shares traded lower on the KSE', 'X shares rose on the Kessa Stock Exchange
                                        # Main Board', 'the stock finished flat on the OSE': traded or listed there, a name
                                        # holding an exchange's word, or an exchange's initials after 'close', 'end' ...)
    return root.lower_ in TRADING_VENUE_HEADS and (
        where.pos_ in ("VERB", "AUX") and where.lemma_.lower() in _TRADING_OR_CHANGE_VERBS
        or where.pos_ == "NOUN" and where.lower_ in TRADING_VENUE_NOUNS)


def names_a_listing(words) -> bool:
    """A word of the name is hung on 'listed' ('the ASX-listed miner', 'Kessel Stock Exchange-listed X'):
    the exchange a firm is listed on, no body that takes part in the story."""
    return any(says_listed(w.head) for w in words)


def known_company(index: ActorIndex, key: str, noun: str) -> bool:
    """The organisation `key` is known for a company that `noun` ('company', 'firm', 'carmaker') may
    take up: its name (or a form of it) ends in a company's legal form or head ('Acme Motors Ltd',
    'Acme Group'; not 'Stats SA', `form_may_be_a_country`), or the article shows it a business and
    the noun is a business's plain kind ("Acme's shares fell … the company said": `note_businesses`)."""
    body = index.mentions[key]
    if body.type != "organization":
        return False
    heads = name_heads(body)
    if form_may_be_a_country(body.name):
        heads -= LEGAL_FORMS        # 'Stats SA'
    return bool(heads & _COMPANY_NAME_WORDS) \
        or noun in BUSINESS_DESCRIPTION_KINDS and key in index.businesses


def name_heads(body: Mention) -> set[str]:
    """The last word of each form of a body's name, normalised ('ltd' of 'Acme Motors Ltd', 'union'
    of 'Harbour Union'): what its names say it is; shared by `known_company` here and speakers.py's
    test that a name tells no kind other than a company's, so both read a name the same way."""
    return {norm(form).split()[-1] for form in [body.name, *body.aliases] if norm(form).split()}


def form_may_be_a_country(name: str) -> bool:
    """'Stats SA': a two-word name whose last word is a legal form and a country's code (pycountry)
    says no kind of company ('SA' may be South Africa); 'Vela Foods AG' does."""
    words = name.split()
    return len(words) < 3 and words[-1].lower() in LEGAL_FORMS and is_country_name(words[-1])


def head_word(name: str) -> str:
    """'union' of 'Union of Public Psychologists', 'commission' of 'Commission on Land Rights'; 'local' of a
    union's numbered branch ('Kessel Carpenters Local 44': the number is no head, the branch word says its kind)."""
    words = name.split()
    for i, w in enumerate(words[1:], 1):
        if w in NAME_HEAD_LINKS and words[i - 1][:1].isupper():
            return words[i - 1].lower()
    return union_branch_word(name) or name_head(name).lower()


def bodies_of_kind(index: ActorIndex, kind: str) -> list[str]:
    return [key for key, m in index.mentions.items() if m.type == "organization" and kind in kinds_of(index, key)]


def unnamed_of_kind(parsed: ParsedArticle, index: ActorIndex, kind: str, since: tuple[int, int],
                    at: tuple[int, int], key: str, resolved: dict, after: tuple[int, int] = (0, -1)) -> bool:
    """Another body of the kind spoken of before the description: 'a rival union', 'another trust',
    'a travel agency', 'the new company', or one said of another name ('Vela Capital, a bank,');
    for a business's kind, of any business's kind ('a smaller firm' before 'the company'). Not one
    describing the body itself ('X, a union of weavers,'), nor the story's opening subject the body
    named next makes known ('A hospital trust in Kessel will close a ward. Marrow NHS Trust said …').
    Only what stands `after` a place counts, where given (whoiswho.py: since the body's last mention)."""
    kinds = BUSINESS_KINDS if kind in BUSINESS_KINDS else {kind}
    for k in range(after[0], at[0] + 1):
        for t in parsed.sentences[k]:
            place = (k, parsed.char(t))
            if place >= at:
                return False
            if place <= after:
                continue
            if t.pos_ != "NOUN" or t.lemma_.lower() not in kinds or index.key_for(parsed, t):
                continue
            if t.dep_ in ("appos", "attr"):
                described = t.head if t.dep_ == "appos" else next((c for c in child_tokens(t.head) if c.dep_ == "nsubj"), None)
                other = index.key_for(parsed, described) if described is not None else None
                if described is not None and other != key and (other or described.pos_ == "PROPN"):
                    return True     # ('Vela Capital, a bank in Quito,': another bank)
                continue
            if _no_referent_of_its_own(parsed, t, k):
                continue
            taken = resolved.get(parsed.token_key(t))
            if taken == key:
                continue            # (the body itself, described: 'The Lima-based company')
            words = {c.lower_ for c in child_tokens(t) if c.dep_ in ("det", "amod")}
            narrowed = any(c.dep_ == "amod" and not c.lower_.endswith("based")
                           and not (says_listed(c) and not _second_body_named_by(parsed, index, k, key))
                           for c in child_tokens(t))   # ('Lima-based', split or not; 'the JSE-listed company': itself
                                                       # where the story so far names no other body)
            if not (words & _OTHER_BODY_MARKERS or narrowed or taken or _opening_subject_of_its_own(parsed, t, k)):
                continue
            if place < since and _opening_subject_named_next(parsed, index, t, k) == key:
                continue
            return True
    return False


def _second_body_named_by(parsed: ParsedArticle, index: ActorIndex, k: int, key: str) -> bool:
    """The article, up to and with sentence k, names a body besides `key`: an organisation's actor, or a name the
    recogniser reads as an organisation's that is no short form of `key`'s nor a listing's exchange ('Brenmoor Ltd bid for Talvik
    Systems. … The JSE-listed company's directors rejected it': either may be the listed one)."""
    own = name_words(index.mentions[key].name)
    for sent in parsed.sentences[:k + 1]:
        for t in sent:
            other = index.key_for(parsed, t)
            if other and other != key and index.mentions[other].type == "organization":
                return True
            if not other and t.ent_type_ == "ORG" and t.pos_ == "PROPN" and t.lower_ not in own \
                    and not names_a_listing(entity_at(t) or [t]):
                return True     # (not the exchange of 'the Tarrant Bourse-listed miner')
    return False


def _no_referent_of_its_own(parsed: ParsedArticle, noun: Token, k: int) -> bool:
    """A kind noun that brings no body of its own into the story, so no rival to the one named: a
    noun modifying another ('conglomerate X', 'council tax', 'club chairman X'), a singular with no
    determiner or owner ('a vote due at full council': the institution, no one body), a headline's
    or deck's (what the story tells of its own bodies), or a quoted speaker's words ('"nobody is
    starving an independent commission"'), which the writer's own 'the commission' does not
    take up, as it takes up no name inside quotation marks. Not a noun modifying another or a bare
    singular with a word of its own that marks another body ('rival group chief X', 'at another council':
    _OTHER_BODY_MARKERS)."""
    if headline_grammar(parsed, k) or inside_quotation_marks(noun):
        return True
    if any(c.dep_ in ("det", "amod") and c.lower_ in _OTHER_BODY_MARKERS for c in child_tokens(noun)):
        return False
    return noun.dep_ == "compound" \
        or noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in child_tokens(noun))


def _first_story_sentence(parsed: ParsedArticle) -> int | None:
    """The number of the story's first sentence: no headline, closed by a stop. Worked out once per
    article (asked for each kind noun)."""
    if not hasattr(parsed, "_first_story_sentence"):
        parsed._first_story_sentence = next((j for j in range(len(parsed.sentences))
                                             if not parsed.is_headline(parsed.sentences[j])
                                             and _ends_with_a_stop(parsed.sentences[j])), None)
    return parsed._first_story_sentence


def _opening_subject_of_its_own(parsed: ParsedArticle, noun: Token, k: int) -> bool:
    """'The district council will scrap parking charges': a definite kind noun with a word of its own
    (a compound) as the opening subject of the story's first sentence k speaks of a body the story may
    name next (`_opening_subject_named_next`), or of another than the one a later description takes up."""
    return any(c.dep_ == "compound" for c in child_tokens(noun)) and _opening_subject(noun) \
        and k == _first_story_sentence(parsed)


def _opening_subject_named_next(parsed: ParsedArticle, index: ActorIndex, noun: Token, k: int) -> str | None:
    """The body a story's opening subject ('A network of research stations will shut …', 'The state
    ports department will cut …', 'Workers at a glass maker will strike': `_opening_subject`) turns out to be: the first organisation of its kind named in the
    OPENING_WINDOW sentences after it whose name holds the words before its noun ('Department of Ports
    and Harbours'; bodies of other kinds may come between), else the first organisation named after
    it, in its sentence or the next; none where the first body of its kind lacks those words ('The
    county council will …' before 'Harrow City Council welcomed the plan': another council)."""
    if k != _first_story_sentence(parsed) or not _opening_subject(noun) \
            or any(c.dep_ in ("acl", "relcl", "appos") or c.dep_ == "prep" and c.lower_ not in OPENING_SUBJECT_PREPOSITIONS
                   for c in noun.rights):
        return None         # (set apart: 'a union representing pilots', 'a trust that runs care homes')
    kind = noun.lemma_.lower()
    earliest = None         # the first organisation named in the opening's sentence or the next
    for j in range(k, min(k + 1 + OPENING_WINDOW, len(parsed.sentences))):
        for t in parsed.sentences[j]:
            if j == k and t.i <= noun.i:
                continue
            key = index.key_for(parsed, t)
            if key and index.mentions[key].type == "organization":
                if kind in kinds_of(index, key):
                    return key if _names_its_words(index, key, noun) else None   # (another body of its kind)
                if j <= k + 1 and earliest is None and (kind not in BUSINESS_KINDS or may_be_of_kind(index, key, kind)):
                    earliest = key      # (for a business's kind, no union or ministry first: `may_be_of_kind`)
            elif t.pos_ == "PROPN" and t.ent_type_ not in _NOT_BODY_ENTS and not is_known_place(t.text) \
                    and t.dep_ not in ("compound", "flat") and not key \
                    and (kind not in KINDS_NAMED_BY_THEIR_HEAD or t.lower_ in KIND_NAME_HEADS.get(kind, {kind})):
                return earliest     # ('… called a strike at Velmor Airways': another name first)
    return earliest


def _opening_subject(noun: Token) -> bool:
    """The noun is the main subject of its sentence ('A hospital trust in X will close a ward'), or
    the body the main subject's people are at or of ('Nearly 400 workers at a window maker could
    strike', 'Staff of a care charity walked out')."""
    if noun.dep_ == "pobj" and noun.head.lower_ in STAFF_BODY_PREPOSITIONS and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"


def body_described(parsed: ParsedArticle, index: ActorIndex, order: list[tuple[int, int, str]], noun: Token,
                   n: int, forward: bool = False, resolved: dict | None = None) -> str | None:
    """The body the kind noun `noun` of sentence n takes up ('The union said', 'according to the
    agency', a headline's 'Union warns'): the one organisation of the article that may be called so,
    named before it (or anywhere, where `forward`: a headline speaks of what the story names);
    else the one of the kind named last before it, where that sentence names no other of the kind;
    none where an unnamed body of the kind is written after it."""
    kind = noun.lemma_.lower()
    resolved = resolved or {}       # token -> the actor a description before was taken for
    bodies = set(bodies_of_kind(index, kind))
    if not bodies:
        return None
    at = (n, parsed.char(noun))
    before = [(no, key) for no, offset, key in order if key in bodies and (no, offset) < at]
    if not before:
        key = bodies.pop() if forward and len(bodies) == 1 else None
        return key if key and _names_its_words(index, key, noun) else None
    last = max(no for no, _ in before)
    keys = {key for no, key in before if no == last}
    if len(keys) != 1:
        return None
    key = keys.pop()
    if any(other != key and no >= n - RIVAL_WINDOW for no, other in before):
        return None         # another of the kind named just before: either may be meant
    if kind not in _kinds_named(index, key) and any(
            other != key and no >= n - RIVAL_WINDOW and (no, offset) < at and _may_be_a_business(index, other)
            and not named_in_its_description(parsed, index, no, offset, key)
            for no, offset, other in order if other in index.mentions):
        return None         # a business only by what the article shows of it ('Kessel Gold shares fell') beside a
                            # body of no known kind named just before ('Harrow Lithium said'): either may be meant;
                            # not one named in the words that describe it ('X, a Kessel Bourse-listed spinner,')
    named = Counter(other for _, other in before)
    if last < n - 1 and any(other != key and times >= named[key] for other, times in named.items()):
        return None         # another named as often, the body not in the sentence before ('The union' five
                            # sentences after the one union, ten after the other); the story's own body may be
    last_at = max((no, offset) for no, offset, k in order if k == key and (no, offset) < at)
    if kind == "group" and people_between(parsed, last_at, at):
        return None         # ('X Bhd posted a loss. Forty farmers marched. The group said': the farmers)
    if any(other != key and last <= no and (no, offset) < at and may_be_of_kind(index, other, kind)
           and not named_in_its_description(parsed, index, no, offset, key)
           for no, offset, other in order if other in index.mentions):
        return None         # another body named since, which may be called so too
    if kind not in _known_kinds(index, key) and any(
            other != key and (no, offset) < at and (_may_be_a_business(index, other) or may_be_of_kind(index, other, kind))
            and not named_in_its_description(parsed, index, no, offset, key)
            for no, offset, other in order if other in index.mentions):
        return None         # a kind only what a clause says the body does gives it ('Y, which runs the school
                            # services'), beside another business named before ('X Buses cut routes'): it may run some too
    if unkept_name_between(parsed, index, last, at, kind, key):
        return None         # ('Marvel Ltd and Tosca agreed a merger': Tosca may be a company too)
    if a_part_or_a_backer_may_be_meant(parsed, index, order, key, kind, at):
        return None         # ('X Hospital said its casualty department was full. Health Kessa said …': either;
                            # 'nurses walked out, backed by the Kessa Porters Guild. The union said': the strikers')
    if unnamed_of_kind(parsed, index, kind, last_at, at, key, resolved) or not _names_its_words(index, key, noun):
        return None
    return key


def named_in_its_description(parsed: ParsedArticle, index: ActorIndex, no: int, offset: int, key: str) -> bool:
    """The name at (sentence no, offset) stands inside the phrase that describes a mention of the
    body `key` (its apposition or a clause on it: 'X, the firm that runs the trams on behalf of Y',
    'X, which supplies Y'): Y is what X acts on or for, told apart from X by the very words that say
    what X is, so no rival for the kind noun they give X."""
    token = parsed.token_at(no, offset)
    return token is not None and _inside_its_description(parsed, index, token, key)


def _inside_its_description(parsed: ParsedArticle, index: ActorIndex, token: Token, key: str) -> bool:
    """The token stands in an apposition or a clause hung on a mention of the body `key`."""
    while token.head.i != token.i:
        if token.dep_ in ("appos", "relcl", "acl") and index.key_for(parsed, token.head) == key:
            return True
        token = token.head
    return False


def people_between(parsed: ParsedArticle, since: tuple[int, int], at: tuple[int, int]) -> bool:
    """People spoken of as a plural subject between a body's mention and 'the group' ('Forty farmers
    marched', 'Protesters gathered'): the group may be they."""
    for k in range(since[0], at[0] + 1):
        for t in parsed.sentences[k]:
            if not since < (k, parsed.char(t)) < at or t.tag_ != "NNS" or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if names_a_person_or_a_trader(t.lemma_.lower()):
                return True
    return False


_STATE_KINDS_OF_FIELDS = FIELDS_BEFORE_A_COUNTRY_KINDS | AGENCY_FIELDS_BEFORE_A_COUNTRY_KINDS
_BODY_NAME_ENDINGS = ORG_HEADS | COMPANY_MARKING_NAME_ENDINGS | COMPANY_NAME_HEADS | LEGAL_FORMS   # a name's last word that tells a body
_NOT_BODY_ENTS = {"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def unkept_name_between(parsed: ParsedArticle, index: ActorIndex, first: int, at: tuple[int, int], kind: str,
                         key: str) -> bool:
    """A proper name the article made no actor of, taking part in sentences first..the description
    ('… agreed a merger with Tosca'), or anywhere before it where its head says it is of the kind
    ('the Lagos High Court' before 'the bench'), that may be a body: no person, date or known place, and no
    one's document ('its Annual Flood Outlook')."""
    kinds = BUSINESS_KINDS if kind in BUSINESS_KINDS else {kind}
    own = name_words(index.mentions[key].name)
    for k in range(at[0] + 1):
        for t in parsed.sentences[k]:
            if (k, parsed.char(t)) >= at:
                return False
            by_its_members = _a_union_by_its_members(t, kind)
            of_kind = t.lower_ in kinds or kind in BODY_KINDS_OF_NAME_HEADS.get(t.lower_, ()) \
                or t.lower_ in KIND_NAME_HEADS.get(kind, ()) or kind in KIND_HYPERNYMS.get(t.lower_, ()) or by_its_members
            if k < first and not of_kind:
                continue        # (before the body's last mention, only a name headed by the kind: 'the Lagos High Court')
            if _source_of_its_own(t) and (of_kind or not _of_a_known_kind(t)) and not index.key_for(parsed, t) \
                    and not name_words(t.text) <= own and not inside_quotation_marks(t):
                return True     # ('Delmar Power data show …': a body of no known kind that speaks, whatever the
                                # recogniser made of it; not 'Treasury figures show' or a police spokesman's)
            if kind in _STATE_KINDS_OF_FIELDS and t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") \
                    and index.key_for(parsed, t) != key and kind in state_kinds_of_fields_before_a_country(_proper_words_up_to(t)):
                return True     # ('Roads Kessa said', kept as the place Kessa or not at all: a state body of the kind too)
            if t.pos_ != "PROPN" or t.dep_ in ("compound", "flat") or index.key_for(parsed, t) \
                    or t.ent_type_ in _NOT_BODY_ENTS or any(c.dep_ == "poss" for c in child_tokens(t)) and not by_its_members \
                    or any(ch.isdigit() for ch in t.text) or not t.text[:1].isupper():
                continue
            if t.dep_ == "appos" and (index.key_for(parsed, t.head) or t.text.isupper()):
                continue        # ('the Kessel Water Agency, KWA,', 'crude palm oil (CPO)': initials of the phrase beside)
            if names_a_listing(entity_at(t) or [t]):
                continue        # ('the ASX-listed miner', 'the Tarrant Bourse-listed miner': the exchange it is
                                # listed on, whatever word of the recogniser's span the parser hung on 'listed')
            if _said_to_be_of_another_kind(t, kinds):
                continue        # ('Keep Halby Open, a campaign,' beside 'the board': a body of another kind)
            if t.text in CURRENCY_MARKS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num:
                continue        # ('costs fell to EGP 900m', 'KES 4bn': a currency's mark before an amount, no name)
            if _word_inside_a_kept_name(parsed, index, t):
                continue        # ('the Coastal and Marine Crimes Commission': a word of the name the index kept)
            if _address_after_a_name(t):
                continue        # ('the State High Court, Agbara, Ogun': where the court sits, no rival)
            if _inside_its_description(parsed, index, t, key):
                continue        # ('X, the firm that runs the trams for Y,': what X acts for, no rival)
            if t.dep_ == "dobj" and t.head.lemma_ == "tell":
                continue        # ('she told the Independent': the hearer)
            if t.dep_ == "pobj" and (t.head.head.pos_ == "PROPN" or t.head.lower_ in WHERE_PREPOSITIONS and (
                    t.ent_type_ in ("GPE", "LOC", "FAC") or any(c.dep_ == "amod" for c in child_tokens(t))
                    or t.head.lower_ in PLACE_ONLY_PREPOSITIONS and t.lower_ not in _BODY_NAME_ENDINGS)):
                continue        # (a name's own 'for Innovation'; 'in Lokoja', 'from the western Negev', 'near Southern Cross': a
                                # place; not 'near Kessel Holdings')
            if _a_persons_title_or_titled_name(t) or t.ent_type_ == "FAC" and t.lower_ in FACILITY_WORDS:
                continue        # ('Prof. Lina Hart', 'Bishop Okafor wrote': a person's; 'Lake Tarn Weir
                                # overflowed': a facility)
            if _named_as_a_place(t):
                continue        # ('ferries to Matuku', 'gins at Dubbo and Tamworth', 'a Kessa-based broker': a place)
            if common_word_read_as_a_name(t):
                continue        # ('Dairy slipped' where the article writes 'dairy' too: a common word)
            if t.lower_ in PUBLICATION_HEADS and not of_kind:
                continue        # ('seen by The Northern Telegraph', a paper the article made no actor of: no body of the kind)
            if _head_of_its_name(t).lower_ in KNOWN_BODY_HEADS and not of_kind and kind != ANY_BODY_KIND_NOUN:
                continue        # ('Penrith Community Hospital' beside 'the trust', "the Dockers' Committee" or a
                                # State Assembly beside 'the company': a body of another kind)
            if names_a_trading_venue(t):
                continue        # ('closed lower on the Kessel Stock Exchange': where shares trade, no party)
            if _capitalised_by_the_sentence(t):
                continue        # ('Overall, sales held', 'Board chairman X said': a common word, no name)
            if not of_kind and (kind in KINDS_NAMED_BY_THEIR_HEAD or t.lower_ in ROLE_NOUNS - ORG_HEADS):
                continue        # ('Tosca Ltd' or 'the Tablelands Tigers' beside 'the department' or 'Council', whose
                                # names say 'Department', 'Council'; 'the Ports Minister': a post)
            words = t.doc[t.left_edge.i:t.i + 1]
            name = " ".join(w.text for w in words if w.pos_ == "PROPN")
            if k < first and " " not in name:
                continue        # (a deck's bare 'Ministry': a kind noun, no name)
            if name and name_words(name) <= own:
                continue        # ('staff at Kessel' for Kessel University: a short form of the body's own name, or
                                # the name itself where the index kept no mention of it there)
            if name and not is_known_place(name) and not is_country_name(name) \
                    and (by_its_members or not is_known_place(t.text)):
                return True     # (not 'Kessa Drivers' Alliance' for a town's name 'Alliance': a body by its members)
    return False


def _proper_words_up_to(t: Token) -> str:
    """The proper nouns (with the words joining them) of the phrase that ends in `t`: 'Roads and Rail Kessa' of
    'the Roads and Rail Kessa' (for `state_kinds_of_fields_before_a_country`)."""
    return " ".join(w.text for w in t.doc[t.left_edge.i:t.i + 1] if w.pos_ in ("PROPN", "CCONJ"))


def _a_union_by_its_members(t: Token, kind: str) -> bool:
    """"the Harbour Pilots' League", 'the Orwin Nurses Alliance' beside 'the union': the head of a name the index
    kept no actor of, of a member body's head (MEMBER_BODY_NAME_HEADS), whose words name its members
    (`may_be_a_union_by_its_members`): a possible union, whatever other kind its head says, and its members' plural
    written with an apostrophe ("Pilots'", the parser's possessive) is no owner of it."""
    if kind not in MEMBER_BODY_NOUNS or t.lower_ not in MEMBER_BODY_NAME_HEADS or t.pos_ != "PROPN":
        return False
    return may_be_a_union_by_its_members(" ".join(w.text for w in t.doc[t.left_edge.i:t.i + 1] if w.pos_ == "PROPN"))


def _head_of_its_name(t: Token) -> Token:
    """The word that heads the name `t` is part of: `t`, or the noun its possessive form hangs on inside one
    capitalised name ("the Dockers' Committee": 'Committee')."""
    return t.head if t.dep_ == "poss" and t.head.text[:1].isupper() and t.head.pos_ in ("PROPN", "NOUN") else t


def _named_as_a_place(t: Token) -> bool:
    """'ferries to Matuku', 'gins at Dubbo and Tamworth': the object of a preposition, or a word listed
    with one, whose own name reads as a place (`actors.reads_as_a_place`: the gazetteer's, a place head word's, or
    one the recogniser types whole a place), whose last word tells no body ('near Kessel Holdings' may be one); a
    body listed with a place ('talks with Ghana and Delmar Energy') is none. Or the word before '-based' ('a
    Kessa-based broker')."""
    first = t
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if t.head.lower_.endswith("based") and t.dep_ in ("npadvmod", "compound", "nmod"):
        return True         # ('a Kessa-based broker': where a body is based)
    return first.dep_ == "pobj" and reads_as_a_place(t) and t.lower_ not in _BODY_NAME_ENDINGS


def _a_persons_title_or_titled_name(t: Token) -> bool:
    """'Prof. Lina Hart', 'Bishop Okafor': a word hung on a person's name before it (the recogniser's
    PERSON) as its modifier, a title; or a name written after a title of people (TITLE_WORDS): a person's."""
    return t.dep_ == "nmod" and t.head.ent_type_ == "PERSON" and t.head.i > t.i \
        or any(c.dep_ == "compound" and c.lower_.rstrip(".") in TITLE_WORDS for c in t.lefts)


def _said_to_be_of_another_kind(t: Token, kinds: set[str]) -> bool:
    """'Keep Halby Open, a campaign, has …': a name the words set beside it (its apposition) say is a body of
    a kind (ORG_HEADS, or a kind of `kinds`' sort) other than those the description may mean."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ORG_HEADS | _COMPANY_NAME_WORDS
               and c.lemma_.lower() not in kinds for c in child_tokens(t))


def _source_of_its_own(t: Token) -> bool:
    """'Delmar Power data show …', 'a Delmar Power spokesman said', "Tosca's report": a proper name (the last
    word of its name) written as the owner of a source, a voice or a document (SOURCE_NOUNS, BODY_VOICE_NOUNS,
    ISSUED_DOCUMENT_NOUNS): a body that speaks in the story, though only a modifier of a common noun."""
    return t.pos_ == "PROPN" and t.dep_ in ("compound", "poss") and t.head.pos_ == "NOUN" \
        and t.head.lower_ in _SOURCE_VOICE_OR_DOCUMENT_NOUNS


def _of_a_known_kind(t: Token) -> bool:
    """The name whose last word is `t` says what kind of body it is: its head is a known body's (KNOWN_BODY_HEADS:
    '… Police', '… Ministry') or a publication's, or it is made only of a state's portfolio words ('Treasury',
    'Home Affairs': a government's department)."""
    words = [w for w in t.doc[t.left_edge.i:t.i + 1] if w.pos_ == "PROPN"]
    return t.lower_ in KNOWN_BODY_HEADS or t.lower_ in PUBLICATION_HEADS \
        or bool(words) and all(w.lower_ in PORTFOLIOS for w in words)


def _capitalised_by_the_sentence(t: Token) -> bool:
    """'Overall, bookings held', 'Board chairman Lio Tan said': the sentence's first word, alone (no
    name word of its own), a common word of the model's word list (`is_common_word`) the recogniser reads as no
    name and the parse makes neither subject nor object of a verb, or a kind noun of bodies (ORG_HEADS) that
    modifies the common noun after it (a title's word): written with a capital only because it opens the
    sentence, no body's name. A one-word firm that acts ('Lantern bought its hotel') is a name."""
    if t.i != t.sent.start or any(c.pos_ == "PROPN" for c in child_tokens(t)):
        return False
    return not t.ent_type_ and is_common_word(t.text) and not _argument_of_a_verb(t) \
        or t.lower_ in ORG_HEADS and t.dep_ in ("nmod", "compound", "amod") and t.head.pos_ == "NOUN"


def _argument_of_a_verb(t: Token) -> bool:
    """`t` is the subject or the object of a verb (a party acting or acted on, as a firm may be)."""
    return t.dep_ in ("nsubj", "nsubjpass", "dobj", "iobj") and t.head.pos_ in ("VERB", "AUX")


_NAME_MODIFIER_LINKS = ("nmod", "compound", "amod")      # a word before a name's head that is part of the name


def _word_inside_a_kept_name(parsed: ParsedArticle, index: ActorIndex, t: Token) -> bool:
    """'the Coastal and Marine Crimes Commission': a word inside one name the recogniser found,
    hung (itself or the list it opens) on that name's head as its modifier, where the index kept the
    head as an actor: a word of that name, no other body; not a conjunct of the head ('Marvel Ltd
    and Tosca', one span: Tosca is a party of its own)."""
    doc = t.doc
    if t.ent_iob_ not in ("B", "I"):
        return False
    start, end = t.i, t.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    root = doc[start:end + 1].root
    if root.i == t.i or index.key_for(parsed, root) is None:
        return False
    word = t
    while word.head.i != root.i and word.dep_ == "conj" and start <= word.head.i <= end:
        word = word.head        # ('Marine' of 'Coastal and Marine': the list's first word)
    return word.head.i == root.i and word.dep_ in _NAME_MODIFIER_LINKS


_ADDRESS_LINKS = ("conj", "appos", "npadvmod")     # how the parser hangs 'Agbara, Ogun' on the name before it


def _address_after_a_name(t: Token) -> bool:
    """'the State High Court, Agbara, Ogun': a name the recogniser takes for a place, set off by
    commas after a proper name as its conjunct, apposition or bare noun modifier with no 'and'/'or'
    in the list, is where the named body sits, an address, not another party ('X Ltd and Agbara',
    'X, Vela and Tosca': a list joined by a conjunction names parties)."""
    if t.ent_type_ not in ("GPE", "LOC") or t.dep_ not in _ADDRESS_LINKS:
        return False
    first = t
    while first.dep_ in _ADDRESS_LINKS and first.head.i != first.i:
        first = first.head
    if first.pos_ != "PROPN":
        return False
    listed = [first, *(w for w in first.subtree if w.dep_ in _ADDRESS_LINKS and w.i > first.i)]
    return not any(c.dep_ in ("cc", "preconj") for w in listed for c in child_tokens(w))


def _may_be_a_business(index: ActorIndex, key: str) -> bool:
    """An organisation that may be a business: one of a business's kinds, or of no known kind whose
    name's head tells no other ('Harrow Lithium'; not 'the Kessel Harbour Union')."""
    if index.mentions[key].type != "organization":
        return False
    kinds = _known_kinds(index, key)
    return bool(kinds & BUSINESS_KINDS) or head_word(index.mentions[key].name) not in KNOWN_BODY_HEADS \
        and not kinds - {head_word(index.mentions[key].name)}


def may_be_of_kind(index: ActorIndex, key: str, kind: str) -> bool:
    """An organisation that may be what the kind noun means: one that may be called so, any where
    the kind is a business's ('the company' beside 'Tosca' or a stock exchange) but one whose name's
    head tells another kind of body ('the Glassworkers Union', 'the Harbour Authority': KNOWN_BODY_HEADS)
    and the article shows no business, or one of no known kind ('Orwin Power' beside 'the regulator');
    not a newspaper beside a kind of named body ('an email seen by the Harbour Herald' before 'the
    university', 'the trust': PUBLICATION_HEADS)."""
    mention = index.mentions[key]
    if mention.type != "organization":
        return False
    head = head_word(mention.name)
    if kind in kinds_of(index, key):
        return True
    if kind in MEMBER_BODY_NOUNS and may_be_a_union_by_its_members(mention.name):
        return True         # ("the Kessa Pilots' League" beside 'the union')
    if kind in BUSINESS_KINDS:
        return head not in KNOWN_BODY_HEADS
    if kind in WIDER_KINDS:
        return True         # ('the institution': a bank, a hospital or a court may be one as well as a university)
    if kind in KNOWN_BODY_HEADS and head in PUBLICATION_HEADS:
        return False
    return head not in KNOWN_BODY_HEADS and not _known_kinds(index, key) - {head}


def _names_its_words(index: ActorIndex, key: str, noun: Token) -> bool:
    """Every word narrowing the kind noun is a word of the body's name ('the logistics group' for X
    Logistics Group, 'the ports department' for the Department of Ports, Roads and Harbours); not 'the
    transit agency' for the Kessel Transport Authority, nor 'the Leeds institution' for a university
    whose name holds no Leeds (the place may be another body's, or one the article never names)."""
    words = name_words(index.mentions[key].name)
    words |= {w[:-1] for w in words if w.endswith("s")}        # ('the clinic board' for the Arlo Clinics Board)
    return all(c.lower_ in words or c.lemma_.lower() in words for c in child_tokens(noun) if c.dep_ == "compound")


def name_words(name: str, punctuation: str = ",;:()") -> set[str]:
    """A name's words, normalised and without the punctuation at their edges ('Agriculture,' of
    'Ministry of Agriculture, Food and Fisheries' is 'agriculture')."""
    return {w.strip(punctuation) for w in norm(name).split()} - {""}


def kind_of_the_description(noun: Token) -> bool:
    """'the union', 'The bench', a headline's bare 'Union', 'the logistics group': a singular common
    noun with 'the' or no determiner, no word before it but compounds (the body's own name's words:
    `_names_its_words`), and nothing after it that narrows it to another body ('the union of
    drivers', 'the regional agency', "the state's union")."""
    if noun.tag_ not in ("NN", "NNP") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.pos_ == "PROPN" and noun.i != noun.sent.start:
        return False        # ('Union' inside a name)
    return all(c.dep_ == "det" and c.lower_ == "the" or c.dep_ in ("punct", "case", "compound", "relcl", "acl", "appos")
               for c in child_tokens(noun))


def kind_written_as_a_name(noun: Token) -> bool:
    """'Council has pledged $6m', 'Ministry says …' in the story's text: a capitalised kind noun with
    no determiner and no word of its own, of a kind whose bodies carry it as their name's head
    (KINDS_NAMED_BY_THEIR_HEAD), is the writer's short name for the one body of the kind the story
    names, as 'the council' would be, at the sentence's start or inside it ('said Council had done its part');
    a lower-case bare noun, a plural, a word of a longer name ('the Security Council', 'Council of Europe':
    a word before it, or a phrase after it) or a compound ('Council tax') is none."""
    return noun.text[:1].isupper() and noun.lemma_.lower() in KINDS_NAMED_BY_THEIR_HEAD and noun.tag_ in ("NN", "NNP") \
        and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ not in ("compound", "flat", "nmod", "amod") \
        and all(c.dep_ in ("punct", "case", "relcl", "acl", "appos") for c in child_tokens(noun))


def own_body_of(index: ActorIndex, person, kind: str) -> str | None:
    """'Her association': the organisation of kind `kind` the person is affiliated with."""
    body = person.affiliation
    if body and body in index.mentions and index.mentions[body].type == "organization" and kind in kinds_of(index, body):
        return body
    return None


_STOPS = (".", "!", "?")
_CLOSING_QUOTES = ('"', "\u201d", "'")


def _last_word(sent) -> Token | None:
    return next((t for t in reversed(sent) if not t.is_space), None)


def _ends_with_a_stop(sent) -> bool:
    """The line closes as a sentence does: on a stop, or on a quotation mark right after one ('… he said.',
    '"We will fight on."'); a deck that ends on a quoted phrase ('union calls it "a betrayal"')
    does not, so it opens no story (`_first_story_sentence`). (`headline_grammar` still reads such a deck's
    words as the story's: its bare kind noun is no headline's.)"""
    last = _last_word(sent)
    if last is None or last.text not in _STOPS + _CLOSING_QUOTES:
        return False
    if last.text in _STOPS:
        return True
    before = next((t for t in reversed(sent) if not t.is_space and t.i < last.i), None)
    return before is not None and before.text[-1:] in _STOPS


def headline_grammar(parsed: ParsedArticle, n: int) -> bool:
    """Sentence n is a headline or a deck under it ('Ministry promises 12 clinics; union warns pay is
    too low'): the headline block, or a line with no closing stop before the story's first sentence."""
    sent = parsed.sentences[n]
    if parsed.is_headline(sent):
        return True
    last = _last_word(sent)
    return last is not None and last.text not in (*_STOPS, *_CLOSING_QUOTES, ")") and parsed.block_no(sent) <= 1


# ---- "the one body of its kind": one test for a titled holder (roles.py) and an unnamed voice (speakers.py) ----

def name_holding(parsed: ParsedArticle, index: ActorIndex, word: Token) -> str | None:
    """The actor whose name the word is part of: its own, or that of the word its compound chain
    ends on ('Police' of 'the Orwin Police Service')."""
    while True:
        key = index.key_for(parsed, word)
        if key is not None or word.dep_ != "compound" or word.head is word:
            return key
        word = word.head


def capitalised_runs(sent: Span) -> list[list[Token]]:
    """The runs of two or more capitalised words, one of them a proper noun, in the sentence ('Orwin Media',
    whose 'Media' the tagger may take for a common noun; 'Kessa Town Council'); a capitalised common word opening
    the sentence is none ('Council officers said')."""
    runs, run = [], []
    for t in [*sent, None]:
        if t is not None and t.text[:1].isupper() and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.i > sent.start):
            run.append(t)
            continue
        if len(run) > 1 and any(w.pos_ == "PROPN" for w in run):
            runs.append(run)
        run = []
    return runs


def fused_names(name: str) -> bool:
    """The name joins two bodies' names with 'and' ('Kessa Town Council and Orwin Regional Council', 'University
    of Kessa and Kessa College of Technology'): the words before the 'and' end on a body's head (ORG_HEADS,
    KNOWN_BODY_HEADS), or both the words before it and those after it up to their own 'of' hold one, so no one
    body's name runs on over it (not 'Department of Health and Human Services', 'Kessa Farmers and Growers',
    'University of Science and Technology')."""
    words = name.split()
    heads = ORG_HEADS | KNOWN_BODY_HEADS
    for i, w in enumerate(words):
        if w != "and" or not 0 < i < len(words) - 1 or not words[i + 1][:1].isupper():
            continue
        before = words[:i]
        after = list(itertools.takewhile(lambda x: x not in ("of", "and"), words[i + 1:]))
        if before[-1].lower() in heads \
                or any(x.lower() in heads for x in before) and any(x.lower() in heads for x in after):
            return True
    return False


def name_of_kind_without_actor(parsed: ParsedArticle, index: ActorIndex, key: str, sentences: Iterable[int],
                               of_the_kind: Callable[[str], bool], quoted: Callable[[Token], bool],
                               by_surface: Callable[[Token], str | None] | None = None) -> bool:
    """In the sentences, outside quotation marks (`quoted`), a proper name of two or more capitalised words
    (`capitalised_runs`) whose last word is of the kind (`of_the_kind`, given its lemma) and that is no part of
    the body `key`'s name nor a place's may be another body of that kind the article made no actor of ('the
    Tilden Water District', 'Orwin Police Service' read only as part of a raid, 'Kessa Mining' the recogniser
    took for a person's name): the one body named is then no safe holder. The body's own name, written before a
    noun the parse hangs it on ('the Valle Grande Public Schools board'), is none."""
    for k in sentences:
        for run in capitalised_runs(parsed.sentences[k]):
            if not of_the_kind(run[-1].lemma_.lower()) or quoted(run[0]) \
                    or is_known_place(" ".join(t.text for t in run)):
                continue
            holder = name_holding(parsed, index, run[-1]) or (by_surface(run[-1]) if by_surface else None)
            mention = index.mentions.get(holder) if holder else None
            if holder == key or norm(" ".join(t.text for t in run)) == norm(index.mentions[key].name) \
                    or any(index.key_for(parsed, t) == key for t in run) or mention is not None and mention.type == "person" and is_given_name(run[0].text) \
                    or mention is not None and mention.type not in ("person", "organization"):
                continue
            if mention is None or mention.type == "person":
                return True
    return False
