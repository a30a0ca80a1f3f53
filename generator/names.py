"""Name normalisation and slugs, shared by extraction, resolution and rendering."""
from __future__ import annotations

import functools
import re
import unicodedata

from .lexicon import ARTICLES, COUNTRIES, NAME_LINK_WORDS, ORGANISATION_ALIASES, STATE_VOICES, TITLE_WORDS

_LEADING_ARTICLE = re.compile(rf"^({'|'.join(sorted(ARTICLES))}) ", re.I)
_STATE_VOICE = re.compile(rf"(.+?) ({'|'.join(sorted(STATE_VOICES))})")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@functools.lru_cache(maxsize=65536)
def clean_surface(text: str) -> str:
    """A name as written, tidied: no possessive 's, no leading article, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:\"'()[]-")
    text = re.sub(r"'s?$", "", text).strip()
    text = _LEADING_ARTICLE.sub("", text)
    return text


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Comparison form of a name: lower case, no accents, no dots in acronyms, hyphens as
    spaces ('Erdoğan' = 'Erdogan', 'U.S.' = 'US', 'al-Qaeda' = 'al Qaeda')."""
    text = unicodedata.normalize("NFKD", clean_surface(text).lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?<=\b[a-z])\.", "", text)       # U.S. -> us, V. Putin -> v putin
    text = text.replace("-", " ").replace(".", "")
    return re.sub(r"\s+", " ", text).strip()


def strip_titles(text: str) -> tuple[str, list[str]]:
    """'Defence Secretary Donald Rumsfeld' is not split here; only leading honorifics and
    single-word titles: 'Mr. Putin' -> ('Putin', ['Mr.']), 'President Obama' -> ('Obama', ['President'])."""
    words = text.split()
    stripped = []
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        stripped.append(words.pop(0))
    return " ".join(words), stripped


def initials(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in NAME_LINK_WORDS]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def _canonical_table() -> dict[str, tuple[str, str]]:
    table = {}
    for name, aliases in COUNTRIES.items():
        for alias in [name, *aliases]:
            table[norm(alias)] = (name, "country")
    for name, aliases in ORGANISATION_ALIASES.items():
        for alias in [name, *aliases]:
            table[norm(alias)] = (name, "organization")
    return table


CANONICAL = _canonical_table()


@functools.lru_cache(maxsize=65536)
def canonical(text: str) -> tuple[str, str] | None:
    """(canonical name, type) of a country or well-known body, from any of its forms."""
    key = norm(text)
    if key in CANONICAL:
        return CANONICAL[key]
    # "Afghan government", "the US administration", "British government" speak for the state
    m = _STATE_VOICE.fullmatch(key)
    if m and m.group(1) in CANONICAL and CANONICAL[m.group(1)][1] == "country":
        return CANONICAL[m.group(1)]
    return None


class NameLookup:
    """Which key a name refers to, by any form registered for it (compared as `norm` forms);
    the first key to register a form keeps it. This is the project's one name -> actor
    lookup: extraction finds an article's actors with it, resolution the previous run's IDs.
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
