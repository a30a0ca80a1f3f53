"""A name's type from its head word, and a speaker named after a long post (session 36, headtype).
A name of two words or more the recogniser took for a person's that ends on a capitalised noun of a
settled place's kind no family name is ('Township', 'Borough', 'Municipality') names the place or its
government, never a person; a style that an article opens ('the Princess <Name> Terminal') names no
person but a thing named after one, where the last word is a common noun; one capitalised word of a
post right after a possessive ("the hospital's Superintendent") is the post, no body; 'Samithi' and
'Samiti' head a body's name; a law's word that is also a given name or heads other names ('Bill',
'Code') closes a law's name after a capitalised common noun. A capitalised body's word that the parser took for the cue's subject and
that opens a long post (its field, its place, its body) closed by a person's name right before the
cue ('City of <Place> director of parks <Name> said', '<Party> (<Initials>) MLA from <Place>, Ch.
<Name>, alleged') gives the person as the speaker. Every sentence is written for the tests; each row
is every named actor, whole, and every position; near-misses where nothing changes."""
from __future__ import annotations

import pytest

from conftest import extract, named_actor_records, positions_of


HEAD_TYPES = [
    ("Kessa Township said the road would close on Monday.",
     [],
     [("Kessa Township", None, "said", "the road would close on Monday", False)]),
    ("Orwin Borough council voted to close the pool, Ann Lowe said.",
     [("Ann Lowe", "person", None, None), ("Orwin Borough", "organization", None, None)],
     [("Ann Lowe", "Ann Lowe", "said", "Orwin Borough council voted to close the pool", False)]),
    ("Ferries were held at the Queen Edda Bridge until noon.",
     [],
     []),
    ("Minibuses will leave from the Princess Mara Terminal instead, the authority said.",
     [],
     [("the authority", None, "said", "Minibuses will leave from the Princess Mara Terminal instead", False)]),
    ("The hospital's Superintendent, Dr. Ana Kovi, said the wards were full.",
     [("Ana Kovi", "person", "Superintendent", None)],
     [("The hospital's Superintendent", "Ana Kovi", "said", "the wards were full", False)]),
    ("The council's Director, Ann Lowe, said the plan was sound.",
     [("Ann Lowe", "person", "Director", None)],
     [("The council's Director", "Ann Lowe", "said", "the plan was sound", False)]),
    ("Kessa Rashtra Samithi said it would join the protest.",
     [("Kessa Rashtra Samithi", "organization", None, None)],
     [("Kessa Rashtra Samithi", "Kessa Rashtra Samithi", "said", "it would join the protest", False)]),
    ("The Ports Authority Bill was approved by the upper house on Tuesday.",
     [],
     []),
    ("The Harbour Safety Code will take effect in May, the ministry said.",
     [],
     [("the ministry", None, "said", "The Harbour Safety Code will take effect in May", False)]),
    # NEGATIVE: a law's word after a given name; a settlement's noun that is also a family name; a style with no article before it; a
    # style opening a person's name; a body's head after a possessive; an indefinite article or a surname that is
    # a common noun but no facility's word after a style (session 36 review, F4)
    ("Ann Bill said the plan was sound.",
     [("Ann Bill", "person", None, None)],
     [("Ann Bill", "Ann Bill", "said", "the plan was sound", False)]),
    ("Ann Town said the harvest was late.",
     [("Ann Town", "person", None, None)],
     [("Ann Town", "Ann Town", "said", "the harvest was late", False)]),
    ("Tom Hamlet, a farmer, said the rain came late.",
     [("Tom Hamlet", "person", "farmer", None)],
     [("Tom Hamlet", "Tom Hamlet", "said", "the rain came late", False)]),
    ("Superintendent Ann Lowe said the school would close.",
     [("Ann Lowe", "person", "Superintendent", None)],
     [("Superintendent Ann Lowe", "Ann Lowe", "said", "the school would close", False)]),
    ("The city's Council said the plan was sound.",
     [("Council", "organization", None, None)],
     [("The city's Council", "Council", "said", "the plan was sound", False)]),
    ("A Mr Tom Baker, 45, was charged with theft. Baker said he was innocent.",
     [("Tom Baker", "person", "suspect", None)],
     [("Baker", "Tom Baker", "said", "he was innocent", False)]),
    ("The court heard a Mr Tom Fisher, of Orwin, had paid 300 dollars. Fisher later said he was sorry.",
     [("Tom Fisher", "person", None, None)],
     [("Fisher", "Tom Fisher", "said", "he was sorry", False)]),
    ("Tom Baker, a plumber, lost his van. The court heard a Mr Tom Baker had been robbed twice.",
     [("Tom Baker", "person", "plumber", None)],
     []),
    ("The court heard that a Mrs Ann Cook had lent him 300 dollars.",
     [("Ann Cook", "person", None, None)],
     []),
    ("The Prince Tom Carpenter said nothing.",
     [("Tom Carpenter", "person", "Prince", None)],
     []),
]

LONG_POSTS_BEFORE_THE_NAME = [
    ("Town of Orwin director of parks Tom Reed said the pool would close.",
     [("Tom Reed", "person", "Town of Orwin director of parks", None)],
     [("Town of Orwin director of parks Tom Reed", "Tom Reed", "said", "the pool would close", False)]),
    ("Kessa Rashtra Samithi (KRS) MLA from Tovar, Ch. Ravi Goud, alleged that the grants were diverted. "
     "He claimed that 11 schools had closed.",
     [("Kessa Rashtra Samithi", "organization", None, None), ("Ravi Goud", "person", None, None)],
     [("Kessa Rashtra Samithi", "Ravi Goud", "alleged", "the grants were diverted", False),
      ("He", "Ravi Goud", "claimed", "11 schools had closed", False)]),
    ("Green Party MP from Kessa North, Ann Lowe, alleged that the grants were diverted.",
     [("Ann Lowe", "person", None, None), ("Green Party", "organization", None, None)],
     [("Green Party MP from Kessa North, Ann Lowe", "Ann Lowe", "alleged", "the grants were diverted", False)]),
    # NEGATIVE: a participle between the body and the name; a plural subject; no post's word; the name set
    # off as a parenthesis of its own; two subjects joined
    ("Acme, a firm run by Ann Lowe, said it would appeal.",
     [("Ann Lowe", "person", None, None)],
     [("Acme", None, "said", "it would appeal", False)]),
    ("The Kessa Party, led by Tom Reed, said it would appeal.",
     [("Kessa Party", "organization", None, None), ("Tom Reed", "person", None, None)],
     [("The Kessa Party", "Kessa Party", "said", "it would appeal", False)]),
    ("Kessa Council, Ann Lowe said, would appeal.",
     [("Ann Lowe", "person", None, None), ("Kessa Council", "organization", None, None)],
     [("Ann Lowe", "Ann Lowe", "said", "would appeal", False)]),
    ("Harbour Board member Tom Reed and Ann Lowe said the dock would close.",
     [("Ann Lowe", "person", None, None), ("Harbour Board", "organization", None, None),
      ("Tom Reed", "person", "member", "Harbour Board")],
     [("Harbour Board member Tom Reed", "Tom Reed", "said", "the dock would close", False),
      ("Ann Lowe", "Ann Lowe", "said", "the dock would close", False)]),
]


def _records(text: str) -> tuple[list, list]:
    """Every named actor, whole, and every position with its actor's name."""
    names = {m.key: m.name for m in extract(text).mentions}
    return named_actor_records(text), [(speaker, names.get(actor, actor), cue, content, direct)
                                       for speaker, actor, cue, content, direct in positions_of(text)]


@pytest.mark.parametrize("text, actors, positions", HEAD_TYPES + LONG_POSTS_BEFORE_THE_NAME)
def test_types_by_the_head_and_long_posts(text, actors, positions):
    assert _records(text) == (actors, positions)
