"""Who a description or a pronoun speaker is, read from the discourse of the article (session 31):
- a participle opening the sentence that the parser took for the cue's subject ('Reacting, the
  party's secretary, X, said') is no speaker: the phrase after its comma is;
- a 'he' or 'she' right after two sentences in which one person alone speaks takes that person up,
  whatever sex a list of given names guesses (a title or an earlier pronoun still decides);
- a kind noun written right after a body's bare name ('the Velmar union') says what the body is, so
  'the union' (and a deck's bare 'union says') takes it up; not 'the X government' (another body).
Each sentence is written for these tests; each row is every position the text must yield, whole:
(speaker, actor, cue, text, direct). An actor of None means no antecedent is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


FRONTED_PARTICIPLES = [
    ("The Ondo House of Assembly suspended two members on Monday. Reacting, the party's state Publicity "
     "Secretary, Mr. Tunde Obaro, said the party had no hand in the matter.",
     [("the party's state Publicity Secretary", "Tunde Obaro", "said", "the party had no hand in the matter", False)]),
    ("The Ondo House of Assembly suspended two members on Monday. Responding, the PDP state Publicity "
     "Secretary, Mr. Bola Adeyemi, said the suspension was illegal.",
     [("the PDP state Publicity Secretary", "Bola Adeyemi", "said", "the suspension was illegal", False)]),
    # NEGATIVE: a participle with words of its own parses right and stays as it was
    ("The Ondo House of Assembly suspended two members on Monday. Speaking after the vote, Ms Ada Okoye "
     "said the suspension was illegal.",
     [("Ms Ada Okoye", "Ada Okoye", "said", "the suspension was illegal", False)]),
    # NEGATIVE: a surname ending in 'ing' with a description naming no one stays the speaker
    ("The Ondo House of Assembly suspended two members on Monday. Harding, the party's chairman, said the "
     "suspension was illegal.",
     [("Harding", "Harding", "said", "the suspension was illegal", False)]),
]


@pytest.mark.parametrize("text,expected", FRONTED_PARTICIPLES)
def test_a_fronted_participle_is_no_speaker(text, expected):
    assert positions_of(text) == expected


CENTRES = [
    # two sentences of one speaker: the writer's 'he' is that speaker, whatever the list guesses
    ("Fisheries Minister Samantha Perera told Parliament that the ban would stay. The Minister said catches "
     'had fallen by half. "We cannot fish the lagoon empty," he said.',
     [("Fisheries Minister Samantha Perera", "Samantha Perera", "told", "the ban would stay", False),
      ("The Minister", "Samantha Perera", "said", "catches had fallen by half", False),
      ("he", "Samantha Perera", "said", "We cannot fish the lagoon empty", True)]),
    # NEGATIVE: one sentence of hers only: no one is safe
    ('Tom Reed said the lagoon was safe. Samantha Perera told reporters the ban would stay. '
     '"We cannot fish the lagoon empty," he said.',
     [("Tom Reed", "Tom Reed", "said", "the lagoon was safe", False),
      ("Samantha Perera", "Samantha Perera", "told", "the ban would stay", False),
      ("he", None, "said", "We cannot fish the lagoon empty", True)]),
    # NEGATIVE: another person named in the run: no one is safe
    ("Fisheries Minister Samantha Perera told Parliament that the ban would stay. The Minister said Ann Lowe "
     'had asked for a review. "We cannot fish the lagoon empty," he said.',
     [("Fisheries Minister Samantha Perera", "Samantha Perera", "told", "the ban would stay", False),
      ("The Minister", "Samantha Perera", "said", "Ann Lowe had asked for a review", False),
      ("he", None, "said", "We cannot fish the lagoon empty", True)]),
    # NEGATIVE: a title shows her sex: 'he' is not her
    ("Mrs Ann Lowe told Parliament that the ban would stay. Mrs Lowe said catches had fallen by half. "
     '"We cannot fish the lagoon empty," he said.',
     [("Mrs Ann Lowe", "Ann Lowe", "told", "the ban would stay", False),
      ("Mrs Lowe", "Ann Lowe", "said", "catches had fallen by half", False),
      ("he", None, "said", "We cannot fish the lagoon empty", True)]),
]


@pytest.mark.parametrize("text,expected", CENTRES)
def test_pronoun_after_a_run_of_one_speaker(text, expected):
    assert positions_of(text) == expected


KIND_AFTER_NAME = [
    ("Ferry crews to strike\n\nPassengers face delays as union says talks have failed\n\n"
     "About 300 crew employed by Marrow Sea Lines Ltd will walk out from Friday, the Velmar union confirmed last "
     "night. The union said members had backed strike action.",
     [("union", "Velmar", "says", "talks have failed", False),
      ("the Velmar union", "Velmar", "confirmed", "About 300 crew employed by Marrow Sea Lines Ltd will walk out from Friday", False),
      ("The union", "Velmar", "said", "members had backed strike action", False)]),
    # NEGATIVE: a name before 'government' makes no government of it: 'the government' stays open
    ("The Orvane government raised fuel duty on Monday, the Velmar party said. The government said prices "
     "would ease by spring.",
     [("the Velmar party", "Velmar", "said", "The Orvane government raised fuel duty on Monday", False),
      ("The government", None, "said", "prices would ease by spring", False)]),
    ("Velmar leaders met on Monday. The Velmar government raised fuel duty, Tom Reed said. The government said "
     "prices would ease by spring.",
     [("Tom Reed", "Tom Reed", "said", "The Velmar government raised fuel duty", False),
      ("The government", None, "said", "prices would ease by spring", False)]),
]


@pytest.mark.parametrize("text,expected", KIND_AFTER_NAME)
def test_a_kind_noun_after_a_bare_name(text, expected):
    assert positions_of(text) == expected
