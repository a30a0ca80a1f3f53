"""The article's list of who is who (generator/extract/whoiswho.py): a definite description that no
other rule settles ('the senior cop', "the President's Counsel", 'an official of the Commission')
takes up the one actor of the article whose nouns hold its noun (or what a colloquial noun stands
for) and whose words hold every word before it, or whose letters it spells out; none where two
fit, a word is not theirs, or someone else holds such a post (session 29, discourse29).
Each sentence is written for these tests; each row is every position the text must yield, whole:
(speaker, actor, cue, text, direct). An actor of None means no holder is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


ROWS = [
    # a colloquial post noun: 'cop' stands for a police post, 'senior' is written with the name
    ("Dwayne Okafor, a senior superintendent of police, said 12 men were held on Sunday. The senior cop said "
     "three guns were found.",
     [("Dwayne Okafor", "Dwayne Okafor", "said", "12 men were held on Sunday", False),
      ("The senior cop", "Dwayne Okafor", "said", "three guns were found", False)]),
    # NEGATIVE: 'senior' is no word of his
    ("Dwayne Okafor, a superintendent of police, said 12 men were held on Sunday. The senior cop said three "
     "guns were found.",
     [("Dwayne Okafor", "Dwayne Okafor", "said", "12 men were held on Sunday", False),
      ("The senior cop", None, "said", "three guns were found", False)]),
    # NEGATIVE: another officer spoke since: either may be meant
    ("Dwayne Okafor, a senior superintendent of police, said 12 men were held on Sunday. A police officer said "
     "the raids would go on. The senior cop said three guns were found.",
     [("Dwayne Okafor", "Dwayne Okafor", "said", "12 men were held on Sunday", False),
      ("A police officer", None, "said", "the raids would go on", False),
      ("The senior cop", None, "said", "three guns were found", False)]),
    # NEGATIVE: two people bear the title, one of them no actor: no tie is broken
    ("Senior Superintendent Marlon Ebanks-Reid said 12 men were held on Sunday. Senior Superintendent Carla "
     "Winthrop-Dean said the raids would go on. The senior cop said three guns were found.",
     [("Senior Superintendent Marlon Ebanks-Reid", None, "said", "12 men were held on Sunday", False),
      ("Senior Superintendent Carla Winthrop-Dean", "Carla Winthrop-Dean", "said", "the raids would go on", False),
      ("The senior cop", None, "said", "three guns were found", False)]),
    # the description spells out the letters written with the name
    ('Appearing for the tenants, Ravindra Silvapulle PC argued that the eviction order was void. "The order '
     'ignores the statute," the President\'s Counsel told the court.',
     [("Ravindra Silvapulle PC", "Ravindra Silvapulle", "argued", "the eviction order was void", False),
      ("the President's Counsel", "Ravindra Silvapulle", "told", "The order ignores the statute", True)]),
    # NEGATIVE: no letters written with the name
    ('Appearing for the tenants, Ravindra Silvapulle argued that the eviction order was void. "The order '
     'ignores the statute," the President\'s Counsel told the court.',
     [("Ravindra Silvapulle", "Ravindra Silvapulle", "argued", "the eviction order was void", False),
      ("the President's Counsel", None, "told", "The order ignores the statute", True)]),
    # an unnamed voice of a body the capitalised kind noun names short
    ("The Vellmark Harbour Tariff Commission wrote to the finance committee last week. A senior official of "
     "the Commission told reporters that its staff had not been consulted.",
     [("A senior official of the Commission", "Vellmark Harbour Tariff Commission", "told",
       "its staff had not been consulted", False)]),
    # NEGATIVE: an indefinite body: no one named
    ("The Vellmark Harbour Tariff Commission wrote to the finance committee last week. A senior official of "
     "a regulator told reporters that its staff had not been consulted.",
     [("A senior official of a regulator", None, "told", "its staff had not been consulted", False)]),
]


# A spokesperson's remit in an 'on' phrase, then the name: the spokesperson's own name, not a principal
REMITS = [
    ("Opposition spokesman on national security Marcia Pryce-Edwards, however, said the Government had failed.",
     [("Opposition spokesman on national security Marcia Pryce-Edwards", "Marcia Pryce-Edwards", "said",
       "the Government had failed", False)]),
    ("Opposition spokesman on housing Tom Reed said the plan was late.",
     [("Opposition spokesman on housing Tom Reed", "Tom Reed", "said", "the plan was late", False)]),
    # NEGATIVE: 'for' names the principal: the spokesman is no one named
    ("A spokesman for Tom Reed said the plan was late.",
     [("A spokesman for Tom Reed", None, "said", "the plan was late", False)]),
]


@pytest.mark.parametrize("text,expected", REMITS)
def test_a_spokespersons_name_after_the_remit(text, expected):
    assert positions_of(text) == expected


# A bare voice noun as the subject of a clause joined to one whose subject is a named body: its voice
JOINED_VOICES = [
    ("The Kelby Chamber of Commerce did not take a formal position, but a representative said some owners "
     "had raised concerns.",
     [("a representative", "Kelby Chamber of Commerce", "said", "some owners had raised concerns", False)]),
    # NEGATIVE: the joined clause's subject is a person: whose voice is not known
    ("Tom Reed did not take a position, but a representative said some owners had raised concerns.",
     [("a representative", None, "said", "some owners had raised concerns", False)]),
]


@pytest.mark.parametrize("text,expected", JOINED_VOICES)
def test_a_voice_in_a_clause_joined_to_its_body(text, expected):
    assert positions_of(text) == expected


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_description_takes_up_the_one_actor_so_described(text, expected):
    assert positions_of(text) == expected
