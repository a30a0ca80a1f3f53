"""A name's type from its head word, and a speaker named after a long post (session 36, headtype).
A name of two words or more the recogniser took for a person's that ends on a capitalised noun of a
settled place's kind no family name is ('Township', 'Borough', 'Municipality') names the place or its
government, never a person; a style after 'the' ('the Princess <Name> Terminal') names no person but a
facility named after one, where the last word is a facility's head word (not 'a Mr <Name>', 'The Prince
<Given> <Carpenter>'); one capitalised word of a
post right after a possessive ("the hospital's Superintendent") is the post, no body; 'Samithi' and
'Samiti' head a body's name; a law's word that is also a given name or heads other names ('Bill',
'Code') closes a law's name after a capitalised common noun. A capitalised body's word that the parser took for the cue's subject and
that opens a long post (its field, its place, its body) closed by a person's name right before the
cue ('Town of <Place> director of parks <Name> said', '<Party> (<Initials>) MP from <Place>, <Name>,
alleged') gives the person as the speaker where no actor was read for the subject; not a relative's noun
('Wife of …'), a body and a post's holder joined, nor a body joined to the post by 'of'/'with'. Every sentence is written for the tests; each row
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
    ("Orwin Kisan Samithi said it would join the protest.",
     [("Orwin Kisan Samithi", "organization", None, None)],
     [("Orwin Kisan Samithi", "Orwin Kisan Samithi", "said", "it would join the protest", False)]),
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
    ("Kessa Vikas Samiti (KVS) MP from Orwin, Ann Lowe, alleged that the grants were diverted. "
     "She claimed that 11 schools had closed.",
     [("Ann Lowe", "person", None, None), ("Kessa Vikas Samiti", "organization", None, None)],
     [("Kessa Vikas Samiti", "Ann Lowe", "alleged", "the grants were diverted", False),
      ("She", "Ann Lowe", "claimed", "11 schools had closed", False)]),
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
    # NEGATIVE (session 36 review, F1-F3): a relative's noun heads the subject (the relative speaks); a body and
    # a post's holder joined (both speak); a body joined to the post by 'of' or 'with', the name not set off
    # (the body speaks; the roles 'of former …' are start36's own miss, not this rule's)
    ("Wife of former president Tom Reed said he was in hospital.",
     [("Tom Reed", "person", None, None)],
     [("Wife of former president Tom Reed", None, "said", "he was in hospital", False)]),
    ("Son of former president Tom Reed said the family would sue.",
     [("Tom Reed", "person", None, None)],
     [("Son of former president Tom Reed", None, "said", "the family would sue", False)]),
    ("Daughter of late mayor Ann Lowe said the statue would stay.",
     [("Ann Lowe", "person", None, None)],
     [("Daughter of late mayor Ann Lowe", None, "said", "the statue would stay", False)]),
    ("Kessa Council and mayor Ann Lowe said the roads would be repaired.",
     [("Ann Lowe", "person", "mayor", None), ("Kessa Council", "organization", None, None)],
     [("Kessa Council", "Kessa Council", "said", "the roads would be repaired", False),
      ("mayor Ann Lowe", "Ann Lowe", "said", "the roads would be repaired", False)]),
    ("Acme Ltd and chief executive Ann Lowe said they would appeal.",
     [("Acme Ltd", "organization", None, None), ("Ann Lowe", "person", "chief executive", "Acme Ltd")],
     [("Acme Ltd", "Acme Ltd", "said", "they would appeal", False),
      ("chief executive Ann Lowe", "Ann Lowe", "said", "they would appeal", False)]),
    ("Kessa Party and leader Tom Reed said they would boycott the vote.",
     [("Kessa Party", "organization", None, None), ("Tom Reed", "person", "leader", None)],
     [("Kessa Party", "Kessa Party", "said", "they would boycott the vote", False),
      ("leader Tom Reed", "Tom Reed", "said", "they would boycott the vote", False)]),
    # (the chair beside the one board is its chair: the bare-post reader of session 36)
    ("Kessa Board and chair Tom Reed said the dock would close. The board said 40 jobs would go.",
     [("Kessa Board", "organization", None, None), ("Tom Reed", "person", "chair", "Kessa Board")],
     [("Kessa Board", "Kessa Board", "said", "the dock would close", False),
      ("chair Tom Reed", "Tom Reed", "said", "the dock would close", False),
      ("The board", "Kessa Board", "said", "40 jobs would go", False)]),
    ("Kessa Town Council and mayor Ann Lowe said 12 roads would be repaired.",
     [("Ann Lowe", "person", "mayor", "Kessa Town Council"), ("Kessa Town Council", "organization", None, None)],
     [("Kessa Town Council", "Kessa Town Council", "said", "12 roads would be repaired", False),
      ("mayor Ann Lowe", "Ann Lowe", "said", "12 roads would be repaired", False)]),
    ("Kessa Party of former president Tom Reed said it would boycott the vote.",
     [("Kessa Party", "organization", None, None), ("Tom Reed", "person", "of former president", "Kessa Party")],
     [("Kessa Party of former president Tom Reed", "Kessa Party", "said", "it would boycott the vote", False)]),
    ("Forward Party of former minister Ann Lowe said it would contest 40 seats.",
     [("Ann Lowe", "person", "of former minister", "Forward Party"), ("Forward Party", "organization", None, None)],
     [("Forward Party of former minister Ann Lowe", "Forward Party", "said", "it would contest 40 seats", False)]),
    ("Kessa Union of general secretary Tom Reed said 300 workers had struck.",
     [("Kessa Union", "organization", None, None), ("Tom Reed", "person", "general secretary", None)],
     [("Kessa Union of general secretary Tom Reed", "Kessa Union", "said", "300 workers had struck", False)]),
    ("Kessa Council with mayor Ann Lowe said the roads would be repaired.",
     [("Ann Lowe", "person", "mayor", None), ("Kessa Council", "organization", None, None)],
     [("Kessa Council with mayor Ann Lowe", "Kessa Council", "said", "the roads would be repaired", False)]),
]


def _records(text: str) -> tuple[list, list]:
    """Every named actor, whole, and every position with its actor's name."""
    names = {m.key: m.name for m in extract(text).mentions}
    return named_actor_records(text), [(speaker, names.get(actor, actor), cue, content, direct)
                                       for speaker, actor, cue, content, direct in positions_of(text)]


@pytest.mark.parametrize("text, actors, positions", HEAD_TYPES + LONG_POSTS_BEFORE_THE_NAME)
def test_types_by_the_head_and_long_posts(text, actors, positions):
    assert _records(text) == (actors, positions)
