"""Name normalisation and slugs, shared by extraction, resolution and rendering."""
from __future__ import annotations

import functools
import re
import unicodedata

from .lexicon import INITIALS_LEFT_OUT_WORDS
from .lexicon import COMPANY_NAME_HEADS, FIRM_KIND_NOUNS, GROUP_KIND_NOUNS, SECTION_HEADS, SETTLEMENT_NOUNS, NUMBERED_BRANCH_WORDS, BRANCH_UNION_WORDS, WORKER_NOUN_ENDINGS, ORG_HEADS, SUBDIVISION_NAME_HEADS, ARTICLES, BUSINESS_NAME_HEADS, LONG_STEM_TRADE_WORDS, LONG_STEM_PLACE_ENDINGS, CONTINENT_ADJECTIVES, COUNTRIES, NAME_PREPOSITIONS, HYPOCORISTICS, LEGAL_FORMS, NAME_LINK_WORDS, ORGANISATION_ALIASES, STATE_VOICES, TITLE_WORDS, HONOUR_PAIRS, FAMILY_NAME_FIRST_COUNTRIES

_LEADING_ARTICLE = re.compile(rf"^({'|'.join(sorted(ARTICLES - {'a'}))}|a(?= (?!(?-i:[A-Z]) ))) ", re.I)    # not '[A] K Singh': an initial
_STATE_VOICE = re.compile(rf"(.+?) ({'|'.join(sorted(STATE_VOICES))})")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


_SPACES = re.compile(r"\s+")
_BRACKET = re.compile(r"\s*[\[\]]\s*")
_POSSESSIVE_END = re.compile(r"'s?$")
_POSSESSIVE_S = re.compile(r"['’]s$")
_INITIAL_DOT = re.compile(r"(?<=\b[a-z])\.")


def without_possessive(text: str) -> str:
    """A word or name without its possessive 's, straight or curly ("Kelby's" -> 'Kelby'); as written otherwise."""
    return _POSSESSIVE_S.sub("", text)


@functools.lru_cache(maxsize=65536)
def clean_surface(text: str) -> str:
    """A name as written, tidied: no possessive 's, no leading article, single spaces."""
    if not text.isascii():      # ASCII is its own NFKC form and has none of the quotes to translate
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _SPACES.sub(" ", text).strip(" ,.;:\"'()[]-")
    if "[" in text or "]" in text:
        text = _BRACKET.sub(" ", text).strip()      # an editor's brackets: '[Bashir al] Assad'
    text = _POSSESSIVE_END.sub("", text).strip()
    text = _LEADING_ARTICLE.sub("", text)
    return text


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Comparison form of a name: lower case, no accents, no dots in acronyms, hyphens as
    spaces, as are slashes ('Erdoğan' = 'Erdogan', 'U.S.' = 'US', 'al-Qaeda' = 'al Qaeda')."""
    text = clean_surface(text).lower()
    if not text.isascii():      # ASCII is its own NFKD form, without combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    if "." in text:
        text = _INITIAL_DOT.sub("", text)       # U.S. -> us, V. Petrov -> v petrov
    text = text.replace("-", " ").replace("/", " ").replace(".", "")
    return _SPACES.sub(" ", text).strip()


def strip_titles(text: str) -> tuple[str, list[str]]:
    """'Defence Secretary Donald Rumsfeld' is not split here; only leading honorifics,
    single-word titles and styles of address: 'Mr. Reed' -> ('Reed', ['Mr.']), 'President Lowe' ->
    ('Lowe', ['President']), 'Det.-Sgt. Tom Reed' -> ('Tom Reed', ['Det.-Sgt.'])."""
    # Imported here: titles reads this module (is_given_name, canonical), and the classifier of styles
    # needs the extractor's word facts (parse.is_common_word, the known places), which no lexicon-level
    # module has; names.py keeps no import of extract/ at module level.
    from .extract.titles import a_style_before_a_name
    words = text.split()
    stripped = []
    while len(words) > 1 and (words[0].lower().rstrip(".") in TITLE_WORDS or a_style_before_a_name(words[0])
                              or words[0].lower().rstrip(".").removesuffix("s") in TITLE_WORDS and len(words) > 2
                              or len(words) > 2 and opens_an_honour_pair(words[0], words[1])):
        if len(words) > 2 and opens_an_honour_pair(words[0], words[1]):
            stripped.append(words.pop(0))       # 'Tan Sri Musa Hashim': both words are the honour
        stripped.append(words.pop(0))           # also a plural title: "Senators Ann Lowe and ..."
    return " ".join(words), stripped


def opens_an_honour_pair(first: str, second: str) -> bool:
    """'Tan Sri', 'Datuk Seri', "Dato' Sri": a two-word Malaysian honour (HONOUR_PAIRS)."""
    return (first.lower().rstrip(".'’"), second.lower().rstrip(".'’")) in HONOUR_PAIRS


def initials(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in NAME_LINK_WORDS]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


@functools.lru_cache(maxsize=8192)
def all_initials(text: str) -> frozenset[str]:
    """The initials a name's acronym may take: without its link words ('IMF'), with 'of',
    'for' and 'de' ('VOA' for 'Voice of America'), or with 'and' alone ('FASANOC' for 'Fiji
    Association of Sports and National Olympic Committee'). Kept per name: a short form is tried
    against every longer name of its article."""
    words = [w for w in re.split(r"[\s,-]+", text) if w and w.lower() not in INITIALS_LEFT_OUT_WORDS]
    with_links = "".join(w[0] for w in words).lower() if len(words) > 1 else ""
    with_and = [w for w in re.split(r"[\s,-]+", text) if w and (w.lower() == "and" or w.lower() not in NAME_LINK_WORDS)]
    with_and = "".join(w[0] for w in with_and).lower() if "and" in text.lower().split() and len(with_and) > 2 else ""
    return frozenset(i for i in (initials(text), with_links, with_and) if i)


def _is_latin_script(form: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in form)


def _package_country_forms() -> dict[str, list[str]]:
    """Each listed country's people's adjective and other written-out names from the
    countryinfo package ('Ivorian', 'New Zealander', "Republic of Côte d'Ivoire"), by the
    country's name in COUNTRIES. Precision first, so left out: ISO codes ('IN', 'CAN'),
    one-word alternative spellings (native names, some of them English words or given
    names: 'Island' for Iceland, 'Mann', 'Lao'), forms in another script, a demonym that is
    a given name or ends in a continent's ('Central African'), a form the package gives two
    listed countries ('Dominican') or the list gives another, and the country's own name.
    Also the country's English short and official names of ISO 3166 (pycountry, by the package's
    ISO code: 'Türkiye', 'Czechia', 'Republic of North Macedonia'), not an inverted one ('Korea,
    Republic of'), nor where ISO's name is another listed country's (Wales is coded GB)."""
    import pycountry
    from countryinfo import all_countries
    iso_countries = {c.alpha_2: c for c in pycountry.countries}
    found: dict[str, set[str]] = {}
    countries_of: dict[str, set[str]] = {}
    for country in all_countries():
        info = country.info()
        demonyms = [d for d in re.split(r"[,/]", info.get("demonym") or "")
                    if not (" " in d.strip() and d.split()[-1].lower() in CONTINENT_ADJECTIVES)]
        spellings = [s for s in info.get("altSpellings") or [] if " " in s.strip()]
        forms = {f.strip() for f in [*demonyms, *spellings] if f.strip()}
        forms = {f for f in forms if _is_latin_script(f) and not f.isupper()
                 and not (" " not in f and is_given_name(f))}
        names = [info.get("name") or "", *(info.get("altSpellings") or [])]
        known = next((CANONICAL_HAND[norm(n)][0] for n in names
                      if CANONICAL_HAND.get(norm(n), ("", ""))[1] == "country"), None)
        iso = iso_countries.get((info.get("ISO") or {}).get("alpha2", ""))
        if known and iso is not None and CANONICAL_HAND.get(norm(iso.name), (known,))[0] == known:
            forms |= {f for f in (getattr(iso, a, None) for a in ("name", "official_name", "common_name"))
                      if f and "," not in f and "(" not in f and _is_latin_script(f)}
        if known:       # (a territory the list has not, 'Martinique', shares 'French' with no country)
            found.setdefault(known, set()).update(forms)
            for form in forms:
                countries_of.setdefault(norm(form), set()).add(known)
    return {name: sorted(f for f in forms if len(countries_of[norm(f)]) == 1 and norm(f) != norm(name)
                         and CANONICAL_HAND.get(norm(f), (name,))[0] == name)      # not the list's for another
            for name, forms in found.items()}


def _canonical_table(countries: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    table = {}
    for name, aliases in countries.items():
        for alias in [name, *aliases]:
            table[norm(alias)] = (name, "country")
    for name, aliases in ORGANISATION_ALIASES.items():
        for alias in [name, *aliases]:
            table[norm(alias)] = (name, "organization")
    return table


@functools.lru_cache(maxsize=65536)
def canonical(text: str) -> tuple[str, str] | None:
    """(canonical name, type) of a country or well-known body, from any of its forms."""
    key = norm(text)
    if key in CANONICAL:
        return CANONICAL[key]
    # "Afghan government", "the US administration", "British government" speak for the state
    m = _STATE_VOICE.fullmatch(key)
    if m and m.group(1) in CANONICAL and CANONICAL[m.group(1)][1] == "country" and not (m.group(2) == "state" and is_a_subdivisions_name(text)
                 and norm(CANONICAL[m.group(1)][0]) == m.group(1)):    # ('the Zimbabwean State': the country's)
        return CANONICAL[m.group(1)]
    return None


def is_a_subdivisions_name(text: str) -> bool:
    """'Niger State', 'Kessa Province', 'Orwin County': a name closed by a capitalised word of a
    country's subdivision (SUBDIVISION_NAME_HEADS) names a state, province or county within a country
    (Nigeria's Niger State), whose government is no country's even where its first word is a
    country's name; 'the Niger state' in lower case is the country's state."""
    return subdivision_kind(text) is not None


def subdivision_kind(text: str) -> str | None:
    """The kind of region a subdivision's name (`is_a_subdivisions_name`) closes with, in lower case
    ('county' for 'Orwin County', 'state' for 'Kessa State'); none for any other name."""
    words = text.split()
    if len(words) > 1 and words[-1].istitle() and words[-1].lower() in SUBDIVISION_NAME_HEADS:
        return words[-1].lower()
    return None


def written_inside_a_longer_name(known: str, name: str) -> bool:
    """A run of up to three words of the longer name `name` is a form of the country or well-known
    body `known` ('U.S.' of 'U.S. Forest Service', 'Kessan' of 'Kessan Navy Eastern Fleet')."""
    words = name.replace("-", " ").split()
    return len(words) > 1 and any((canonical(" ".join(words[a:b])) or ("", ""))[0] == known
                                  for a in range(len(words)) for b in range(a + 1, min(a + 4, len(words) + 1)))


class NameLookup:
    """Which key a name refers to, by any form registered for it (compared as `norm` forms);
    the first key to register a form keeps it. This is the project's one name -> actor
    lookup: extraction finds an article's actors with it.
    With `known_names`, a country's or well-known body's other names find it too
    ('America' finds the key registered as 'United States')."""

    def __init__(self, known_names: bool = False) -> None:
        self.known_names = known_names
        self._keys: dict[str, str] = {}

    def add(self, key: str, *forms: str) -> None:
        for form in forms:
            self._keys.setdefault(norm(form), key)

    def remove(self, key: str) -> None:
        self._keys = {form: k for form, k in self._keys.items() if k != key}

    def find(self, text: str) -> str | None:
        key = self._keys.get(norm(text))
        known = canonical(text) if key is None and self.known_names else None
        return self._keys.get(norm(known[0])) if known else key

    def keys(self) -> set[str]:
        return set(self._keys.values())


def slugify(text: str) -> str:
    """Lower-case ASCII slug: letters, digits and single hyphens; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].strip("-") or "x"


# ---- keys that identify an actor across articles ------------------------------------------

_PARENTHESES = re.compile(r"\s*\([^)]*\)\s*")


_A_YEAR = re.compile(r"(19|20)\d\d")


def is_year(text: str) -> bool:
    """'2011', '1989': a year of the last or this century written alone."""
    return _A_YEAR.fullmatch(text) is not None


@functools.lru_cache(maxsize=4096)
def surname(name: str) -> str:
    """'di Lorenzo' of 'Bill di Lorenzo', 'van der Berg' of 'Anna van der Berg', 'Roe-Baxter' of
    'Ann Roe-Baxter' (nameparser)."""
    from nameparser import HumanName
    return HumanName(name).last or name.split()[-1]


@functools.lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """A person's full name for comparison across articles: no titles, bracketed parts,
    middle initials, generational suffixes, accents or pet forms of a given name ('Ivan V. Petrov' =
    'Ivan Petrov', 'Bob Hollis' = 'Robert J. Hollis',
    'President Donald J. Grant' = 'Donald Grant', 'Tom Reed III' = 'Tom Reed')."""
    from nameparser import HumanName
    text = _PARENTHESES.sub(" ", clean_surface(name)).replace("[", "").replace("]", "")
    text, _ = strip_titles(text)
    parsed = HumanName(text)
    middle = [w for w in parsed.middle.split() if len(norm(w)) > 1]      # no initials
    first = HYPOCORISTICS.get(norm(parsed.first), parsed.first) if middle or parsed.last else parsed.first
    words = [first, *middle, parsed.last] if parsed.last else [text]
    return norm(" ".join(w for w in words if w))


@functools.lru_cache(maxsize=1)
def _given_names():
    """gender-guesser's dictionary of given names (Jörg Michael's list of about 40,000
    first names of many countries, shipped inside the package), loaded once per process."""
    import gender_guesser.detector

    class Detector(gender_guesser.detector.Detector):
        def _parse(self, filename: str) -> None:
            """The package's own reading, line for line, but from the whole file read at
            once (its codecs reader takes three times as long)."""
            self.names = {}
            with open(filename, encoding="utf-8") as f:
                lines = f.read().splitlines()
            for line in lines:
                self._eat_name_line(line.strip())

    return Detector(case_sensitive=False)


@functools.lru_cache(maxsize=8192)
def gender_of_given_name(name: str) -> str | None:
    """'m', 'f', or None where the name is unknown or given to both, even unequally."""
    answer = _given_names().get_gender(name)
    return {"male": "m", "female": "f"}.get(answer)    # "mostly_male", "andy": not safe


@functools.lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """A first name in gender-guesser's list, of either or both genders (unlike
    gender_of_given_name, which answers only where the gender is clear)."""
    return _given_names().get_gender(word) != "unknown"


@functools.lru_cache(maxsize=8192)
def a_name_only_where_family_names_come_first(word: str) -> bool:
    """'Wei', 'Sheng', 'Lim': a word gender-guesser's list gives as a name only in countries that
    write the family name first (FAMILY_NAME_FIRST_COUNTRIES), in none other ('Kim', 'Lee': also
    British, American; 'Austin': none of them)."""
    detector = _given_names()
    entry = detector.names.get(word.lower())
    columns = {detector.COUNTRIES.index(c) for c in FAMILY_NAME_FIRST_COUNTRIES}
    return bool(entry) and all(k in columns for values in entry.values()
                               for k, c in enumerate(values) if c != " ")


CANONICAL_HAND = _canonical_table(COUNTRIES)


def _with_package_forms(countries: dict[str, list[str]]) -> dict[str, list[str]]:
    package = _package_country_forms()
    return {name: list(dict.fromkeys([*aliases, *package.get(name, [])])) for name, aliases in countries.items()}


# COUNTRIES with the package's forms added: each country's names, demonyms and adjectives.
COUNTRY_FORMS = _with_package_forms(COUNTRIES)
CANONICAL = _canonical_table(COUNTRY_FORMS)


@functools.lru_cache(maxsize=65536)
def is_acronym(text: str) -> bool:
    """'PKK', 'U.N.', 'AfCFTA': one word, two or more capitals, no lower-case run of a word."""
    letters = clean_surface(text).replace(".", "")
    capitals = sum(c.isupper() or c.isdigit() for c in letters)
    return (" " not in letters and letters.isalnum() and letters[0].isupper() and capitals >= 2
            and capitals * 2 >= len(letters))


@functools.lru_cache(maxsize=65536)
def expand_known_prefix(name: str) -> str:
    """A body's name with a country's or well-known body's short form written out:
    'UN Security Council' -> 'United Nations Security Council', 'U.S. Supreme Court' ->
    'United States Supreme Court' (so both spellings compare equal)."""
    words = clean_surface(name).split()
    for size in (3, 2, 1):
        if len(words) > size:
            known = CANONICAL.get(norm(" ".join(words[:size])))
            if known:
                return " ".join([known[0], *words[size:]])
    return clean_surface(name)


def without_legal_form(name: str) -> str:
    """A company's name without the legal forms that end it: 'Kaveri Motors Ltd.' -> 'Kaveri
    Motors', 'Tessaro Holdings, Inc.' -> 'Tessaro Holdings', 'Orvel Joinery Pty Ltd' ->
    'Orvel Joinery' (a name of one word and its form stays)."""
    words = name.split()
    while len(words) > 2 and norm(words[-1]) in LEGAL_FORMS:
        words = " ".join(words[:-1]).rstrip(",").split()
    return " ".join(words) if len(words) < len(name.split()) else name


def firm_stem(name: str) -> str | None:
    """'Western Gale' of 'Western Gale Energy Ltd', 'Brekkestad' of 'Brekkestad Logistics':
    a firm's name without its legal form and the trade word it then ends on (BUSINESS_NAME_HEADS),
    the short form news writes it by; None for a name without such a word."""
    words = without_legal_form(name).split()
    if len(words) > 2 and words[-1].lower() in LONG_STEM_TRADE_WORDS:
        if words[-2].lower() in LONG_STEM_PLACE_ENDINGS:
            return None                     # 'Velmo State Contractors': 'Velmo State' is the state
        return " ".join(words[:-1])         # 'Mabuhay Triumph' of 'Mabuhay Triumph Construction Inc.'
    if len(words) < 2 or words[-1].lower() not in BUSINESS_NAME_HEADS:
        return None
    return " ".join(words[:-1])


_PLACE_KIND_HEADS = frozenset(SETTLEMENT_NOUNS | SUBDIVISION_NAME_HEADS)


# words English writes after a body's head word in its name, which say no kind ('Limited', 'International')
_WORDS_AFTER_A_HEAD = LEGAL_FORMS | SECTION_HEADS
# head words of a business's kind ('bank', 'company', 'group'), the only ones read before those words: a legal
# form makes the body a company, so 'union' or 'council' before it is part of a trading name, not its kind
_COMPANY_KIND_HEADS = frozenset(ORG_HEADS & (COMPANY_NAME_HEADS | FIRM_KIND_NOUNS))


def _head_before_a_trailing_word(words: list[str]) -> str | None:
    """The head of a name that ends in a legal form or 'International' (`_WORDS_AFTER_A_HEAD`): the word
    before, where it is a business's kind (`_COMPANY_KIND_HEADS`: 'Orwin Milling Company Limited', 'Kessa
    Savings Bank International'); before a word that is no legal form, not one that is also a kind of group
    of people ('group', GROUP_KIND_NOUNS: 'the Delmont Group International site' may stand beside a group
    of residents). None for 'Harbour Union Ltd', an insurer's trading name."""
    if len(words) <= 2 or words[-1] not in _WORDS_AFTER_A_HEAD or words[-2] not in _COMPANY_KIND_HEADS:
        return None
    if words[-1] not in LEGAL_FORMS and words[-2] in GROUP_KIND_NOUNS:
        return None
    return words[-2]


def name_head(name: str) -> str:
    """The head word of a body's name, the kind of body it names: its last word before a linking
    'of'/'for' ('National Union of Port Workers': union; 'Ministry of Health': ministry), else its
    last word ('Harbour Relief Fund': fund), as where the word before the link names a place's kind
    and the last is a body's head word ('City of Kessa Council': council), and as where a legal form or
    'International' follows a business's head word ('Kessa Savings Bank International', 'Orwin Milling Company
    Limited': bank, company; `_head_before_a_trailing_word`). The one test of what 'the union', 'the fund'
    may take up."""
    words = norm(name).split()
    link = next((k for k, w in enumerate(words) if w in NAME_PREPOSITIONS and k), len(words))
    if 0 < link < len(words) and words[link - 1] in _PLACE_KIND_HEADS and words[-1] in ORG_HEADS:
        return words[-1]
    if link == len(words) and (head := _head_before_a_trailing_word(words)):
        return head
    return words[link - 1] if link else ""


def head_before_branch(name: str) -> str | None:
    """The head of a body's name that ends in a numbered branch ('Harbour Workers Union Local 12':
    union; NUMBERED_BRANCH_WORDS), with or without its number; where that word is a body's head (ORG_HEADS)."""
    words = norm(name).split()
    if words and words[-1].isdigit():
        words = words[:-1]
    if len(words) < 3 or words[-1] not in NUMBERED_BRANCH_WORDS:
        return None
    return words[-2] if words[-2] in ORG_HEADS else None


def head_before_remit(name: str) -> str | None:
    """The head of a body's name that gives its remit with 'on' ('Senate Standing Committee on
    Transport': committee; 'Council on Foreign Trade': council): the word before the first 'on',
    where it is a word bodies' names end in (ORG_HEADS), not a place's ('Stratford on Avon Council')."""
    words = norm(name).split()
    link = next((k for k, w in enumerate(words) if w == "on" and k), None)
    return words[link - 1] if link is not None and words[link - 1] in ORG_HEADS else None


def numbered_branch_word(name: str) -> str | None:
    """The word of a numbered branch that ends a body's name ('local' of 'Harbour Dockers Union Local 212',
    of 'United Carvers Local 9'; NUMBERED_BRANCH_WORDS), with its number: 'the local' takes that body up.
    None without the number ('Kessa Local' may be a pub's name)."""
    words = norm(name).split()
    return words[-2] if len(words) > 2 and words[-1].isdigit() and words[-2] in NUMBERED_BRANCH_WORDS else None


def union_branch_word(name: str, expansions: tuple[str, ...] = ()) -> str | None:
    """The numbered branch's word (`numbered_branch_word`) of a name whose words before the branch say the
    body is of workers: a union's word ('Harbour Workers Union Local 12'; BRANCH_UNION_WORDS), a plural noun
    of a trade's doers ('Teamsters Local 120', 'United Carvers Local 212'; WORKER_NOUN_ENDINGS), or initials
    one of `expansions` (the article's other names) spells out so ('UAW Local 600' beside 'United Auto
    Workers'). None for a station's call letters or brand ('WKSL Local 7', 'Fox Local 9')."""
    branch = numbered_branch_word(name)
    if branch is None:
        return None
    before = name.split()[:-2]
    if _of_workers(before):
        return branch
    if len(before) == 1 and is_acronym(before[0]):
        initials = norm(before[0])
        if any(initials in all_initials(other) and _of_workers(other.split()) for other in expansions):
            return branch
    return None


def _of_workers(words: list[str]) -> bool:
    """A word of a union's or a plural noun of a trade's doers among a name's words."""
    return any(w in BRANCH_UNION_WORDS or len(w) > 4 and w.endswith("s") and w[:-1].endswith(WORKER_NOUN_ENDINGS)
               for w in (norm(word) for word in words))
