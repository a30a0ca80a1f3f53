"""'He' and 'she' after a speaker who does not agree on weak evidence only (session 25): a gender
guessed from given names of both sexes ('Nusrat Jahan ...'), or a person's name the index took for
a body's. That speaker is the likeliest meant: the pronoun is theirs where their surname is a
person's named in full ('DPP Ong' after 'Kenneth Ong'), else no one's, never one named before.
Each sentence is written for these tests; each row is every position the text must yield, whole:
(speaker, actor, cue, text, direct). An actor of None means no antecedent is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


ROWS = [
    # given names of both sexes in one name tell no gender: 'she' is the speaker just before
    ('Nusrat Jahan Rahman, a hydrologist in Sylhet, said the river had risen by two metres. '
     '"The banks will not hold," she said.',
     [("Nusrat Jahan Rahman", "Nusrat Jahan Rahman", "said", "the river had risen by two metres", False),
      ("she", "Nusrat Jahan Rahman", "said", "The banks will not hold", True)]),
    ('Jean Marie Koffi, who runs the clinic, said the drugs had run out. '
     '"We turn people away every day," she told reporters.',
     [("Jean Marie Koffi", "Jean Marie Koffi", "said", "the drugs had run out", False),
      ("she", "Jean Marie Koffi", "told", "We turn people away every day", True)]),
    # a speaker whose given name a list gives to the other sex: the pronoun skips to no one before
    ("Tom Reed said the bridge was safe. Nana Adwoa Boateng II, the chief of the town, said the river was dirty. "
     "He urged the firm to stop dumping waste.",
     [("Tom Reed", "Tom Reed", "said", "the bridge was safe", False),
      ("Nana Adwoa Boateng II", "Nana Adwoa Boateng II", "said", "the river was dirty", False),
      ("He", None, "urged", "the firm to stop dumping waste", False)]),
    # a person's name the index took for a body's: no one before it is safe
    ("Minister Arief Santoso said the sites would be blocked. Rahmat Hidayat, a member of the finance committee, "
     "said the scheme had ruined families. He urged the police to pursue the officials behind it.",
     [("Minister Arief Santoso", "Arief Santoso", "said", "the sites would be blocked", False),
      ("Rahmat Hidayat", "Rahmat Hidayat", "said", "the scheme had ruined families", False),
      ("He", None, "urged", "the police to pursue the officials behind it", False)]),
    # ... and where it ends on the surname of a person named in full, it is that person
    ("The accused stole the money, Deputy Public Prosecutor Kenneth Ong told the court. Seeking a long jail term, "
     "DPP Ong said Lee had abused the trust of his employer. "
     '"This was not a lapse. The accused planned every step," he said.',
     [("Deputy Public Prosecutor Kenneth Ong", "Kenneth Ong", "told", "The accused stole the money", False),
      ("DPP Ong", "DPP Ong", "said", "Lee had abused the trust of his employer", False),
      ("he", "Kenneth Ong", "said", "This was not a lapse. The accused planned every step", True)]),
    # NEGATIVE: a title shows the speaker's gender: 'he' is the man who spoke before her
    ('Tom Reed said the bridge was safe. Mrs Ann Lowe said it was not. "It will fall within a year," he said.',
     [("Tom Reed", "Tom Reed", "said", "the bridge was safe", False),
      ("Mrs Ann Lowe", "Ann Lowe", "said", "it was not", False),
      ("he", "Tom Reed", "said", "It will fall within a year", True)]),
    # NEGATIVE: one of the sentence agrees where its subject does not: he is that one
    ('Ann Lowe met Carl Dunn in Lima. "The port will close," he told Lowe.',
     [("he", "Carl Dunn", "told", "The port will close", True)]),
    # NEGATIVE: a firm named beside a person's description is no person the pronoun may mean
    ('Tom Hale won the race. His sponsor, Vela Foods, said the team was tired. "We need rest," he said.',
     [("His sponsor", "Vela Foods", "said", "the team was tired", False),
      ("he", "Tom Hale", "said", "We need rest", True)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_pronoun_after_unagreeing_speaker(text, expected):
    assert positions_of(text) == expected
