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


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_description_takes_up_the_one_actor_so_described(text, expected):
    assert positions_of(text) == expected
