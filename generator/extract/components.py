"""Faster stand-ins for two of the model's rule-based components, with the same output.

The model's attribute ruler runs a Matcher of ~180 patterns over every token, and its
lemmatizer works out every token's lemma in Python; together they cost about a fifth of
the parse. Both are functions of a few token attributes, so the stand-ins work each
combination out once (with the original component's own code) and reuse it:

* `CachedAttributeRuler`: the one-token patterns (tag map, word exceptions) are answered per
  (lower-case form if a pattern names it, tag, dependency, is-space); only the few
  two-token patterns ("gon na", "there is") still go through a Matcher.
* `CachedLemmatizer`: a lemma per (word, part of speech, morphology), and the lists of known
  words the lemmatizer searches made sets.

`tests/test_parse_components.py` checks that a document comes out exactly as the stock
model makes it.
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs


class CachedAttributeRuler:
    """What `AttributeRuler` does to a document, with the one-token patterns' answer kept per
    combination of the attributes they test."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.single, self.multi = Matcher(self.vocab), Matcher(self.vocab)
        self.named_lowers: set[str] = set()     # LOWER values one-token patterns test
        self.lower_regexes: list[re.Pattern] = []
        self.openings: list[dict] | None = []     # first tokens of multi-token patterns (None: unknown)
        for attr_id in range(len(self.attrs)):
            key = self.vocab.strings[str(attr_id)]
            _, patterns = ruler.matcher.get(key)
            for pattern in patterns:
                if len(pattern) != 1:
                    self.multi.add(key, [pattern])
                    self._note_opening(pattern[0])
                    continue
                if set(pattern[0]) - {"TAG", "LOWER", "DEP", "IS_SPACE"}:
                    raise ValueError(f"attribute ruler pattern not supported: {pattern}")
                self.single.add(key, [pattern])
                self._note_lower_condition(pattern[0].get("LOWER"))
        self.cache: dict[tuple[int, int, int, int], tuple[list[int], dict]] = {}
        self.tested: dict[int, bool] = {}       # per LOWER: does some one-token pattern test it?
        self.opens: dict[tuple[int, int], bool] = {}    # per (LOWER, DEP): may a multi-token match start here?

    def _note_opening(self, first: dict) -> None:
        """Keep the first token of a multi-token pattern, so that documents none of whose words
        could open one skip the (slow) Matcher; a pattern whose first token tests anything but
        LOWER, DEP or TAG (or none of LOWER and DEP) keeps the Matcher always on."""
        if self.openings is None or set(first) - {"LOWER", "DEP", "TAG"} or not {"LOWER", "DEP"} & set(first):
            self.openings = None
        else:
            self.openings.append(first)

    def _note_lower_condition(self, condition) -> None:
        """Remember the words (and patterns) a one-token LOWER condition can tell apart; every
        other word fares the same under it."""
        if condition is None:
            return
        if isinstance(condition, str):
            condition = {"IN": [condition]}
        if not isinstance(condition, dict) or set(condition) - {"IN", "NOT_IN", "REGEX"}:
            raise ValueError(f"attribute ruler condition not supported: LOWER {condition}")
        self.named_lowers |= {*condition.get("IN", []), *condition.get("NOT_IN", [])}
        if "REGEX" in condition:
            self.lower_regexes.append(re.compile(condition["REGEX"]))

    def _is_tested(self, lower: int) -> bool:
        tested = self.tested.get(lower)
        if tested is None:
            text = self.vocab.strings[lower]
            tested = self.tested[lower] = text in self.named_lowers or any(r.search(text) for r in self.lower_regexes)
        return tested

    def _may_open(self, lower: int, dep: int) -> bool:
        """Could a token of this lower-case form and dependency open a multi-token pattern
        (its TAG condition, if any, taken as met)?"""
        found = self.opens.get((lower, dep))
        if found is None:
            text, label = self.vocab.strings[lower], self.vocab.strings[dep]
            found = self.opens[lower, dep] = any(_meets(first.get("LOWER"), text) and _meets(first.get("DEP"), label)
                                                 for first in self.openings)
        return found

    def __call__(self, doc: Doc) -> Doc:
        by_token: dict[int, list[int]] = {}
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        if self.openings is None or any(self._may_open(lower, dep) for lower, dep in {(r[0], r[2]) for r in rows}):
            for match_id, start, end in self.multi(doc, allow_missing=True):
                attr_id = int(self.vocab.strings[match_id])
                index = self.indices[attr_id]
                by_token.setdefault(start + index if index >= 0 else end + index, []).append(attr_id)
        for i, (lower, tag, dep, space) in enumerate(rows):
            key = (lower if self._is_tested(lower) else 0, tag, dep, space)
            found = self.cache.get(key)
            if found is None:
                found = self.cache[key] = self._single_matches(doc[i].text, tag, dep)
            attr_ids, merged = found
            if i in by_token:
                merged = self._merged(sorted(attr_ids + by_token[i]))
            if merged:
                set_token_attrs(doc[i], merged)
        return doc

    def _single_matches(self, text: str, tag: int, dep: int) -> tuple[list[int], dict]:
        """The one-token patterns a token matches, found on a one-token document like it (the
        patterns only test its lower-case form, whether it is space, its tag and dependency)."""
        probe = Doc(self.vocab, words=[text])
        probe[0].tag, probe[0].dep = tag, dep
        attr_ids = sorted(int(self.vocab.strings[m]) for m, _, _ in self.single(probe, allow_missing=True))
        return attr_ids, self._merged(attr_ids)

    def _merged(self, attr_ids: list[int]) -> dict:
        """The attributes the patterns set, later patterns over earlier ones (as the ruler does)."""
        merged: dict = {}
        for attr_id in attr_ids:
            merged.update(self.attrs[attr_id])
        return merged


def _meets(condition, value: str) -> bool:
    """Does `value` meet a Matcher condition on a string attribute? Conditions not understood
    count as met (the Matcher then decides)."""
    if condition is None:
        return True
    if isinstance(condition, str):
        return value == condition
    if not isinstance(condition, dict):
        return True
    return ("IN" not in condition or value in condition["IN"]) \
        and ("NOT_IN" not in condition or value not in condition["NOT_IN"]) \
        and ("REGEX" not in condition or re.search(condition["REGEX"], value) is not None)


_VERB = POS_IDS["VERB"]
_SINGLE_CLOSING = re.compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]$")     # 'hop', 'fin', 'rat'; not 'visit' (its 'e' is no verb)


class CachedLemmatizer:
    """What the rule `Lemmatizer` does to a document, with each lemma worked out once per
    (word, part of speech, morphology), the attributes the rules read."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            raise ValueError(f"lemmatizer mode {lemmatizer.mode!r} not supported")
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        index = lemmatizer.lookups.get_table("lemma_index")
        for pos, words in list(index.items()):
            index[pos] = frozenset(words)      # the rules only ask "is the form a known word?"
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmas = doc.to_array([LEMMA, ORTH, POS, MORPH])
        changed = False
        for i, (lemma, orth, pos, morph) in enumerate(lemmas.tolist()):
            if lemma:
                continue                                   # set by the attribute ruler
            key = (orth, pos, morph)
            value = self.cache.get(key)
            if value is None:
                value = self.cache[key] = self.strings.add(self._silent_e(doc[i].lower_, self.lemmatizer.lemmatize(doc[i])[0], pos))
            lemmas[i, 0] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas[:, 0])
        return doc

    def _silent_e(self, form: str, lemma: str, pos: int) -> str:
        """'hoped', 'hoping', 'fined', 'rated': the rules strip '-ed' or '-ing' and stop at the first
        verb they know ('hop', 'fin', 'rat'), though a verb of one vowel and one closing consonant
        doubles it before the ending ('hopped', 'finned'); where the form keeps it single and the
        lemma with an 'e' is a verb too, that is the lemma ('hope', 'fine', 'rate')."""
        if pos != _VERB or not _SINGLE_CLOSING.search(lemma) or form not in (lemma + "ed", lemma + "ing"):
            return lemma
        return lemma + "e" if lemma + "e" in self.lemmatizer.lookups.get_table("lemma_index")["verb"] else lemma
