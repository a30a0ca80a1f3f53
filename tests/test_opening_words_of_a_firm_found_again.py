"""A firm's opening words written later are mentions of it (session 37, `actor_names.
_with_firms_opening_words_found_again`): once names are keyed, the article is read again with one
matcher over the opening words of its own firms' names; where those words act (a subject, an owner,
a source, a holding's owner) and the recogniser named nothing there or took them for a place, they
are that firm. Every sentence here is written for the tests; each row asserts the article's whole
actors (name, type, aliases, mentions) and the actor each position goes to. Rows marked NEGATIVE
must keep the words apart: a place's body, two names opening on the words, a hyphenated place, a
word run on into another name, a firm named as another's owner."""
from __future__ import annotations

import pytest

from conftest import extract


def actors_and_speakers(text: str) -> tuple[list[tuple], list[tuple]]:
    result = extract(text)
    return (sorted((m.name, m.type, tuple(m.aliases), m.count) for m in result.mentions),
            [(p.speaker, p.actor) for p in result.positions])


OPENING_WORDS = [
    # the opening word before a holding noun, unlabelled, and as an owner
    ("Corbell Analytics reported a loss of $3 million. Analysts at Westgate Partners had expected a profit. "
     "Corbell shares fell 12 per cent, and Corbell's chief executive resigned.",
     [("Corbell Analytics", "organization", ("Corbell",), 3), ("Westgate Partners", "organization", (), 1)],
     [("Corbell Analytics", "Corbell Analytics")]),
    # two opening words of a name with a legal form, as the subject
    ("Dunmarra Timber Products Ltd posted a loss. Dunmarra Timber employs 800 people in three mills, its chairman said.",
     [("Dunmarra Timber Products Ltd", "organization", ("Dunmarra Timber",), 2)],
     [("its chairman", None)]),
    # a passive subject opening a sentence, and an owner
    ("Pellworth Aerospace announced 200 job cuts on Friday. Pellworth was founded in 1988 by two engineers, "
     "and Pellworth's order book is full.",
     [("Pellworth Aerospace", "organization", ("Pellworth",), 3)],
     [("Pellworth Aerospace", "Pellworth Aerospace")]),
    # 'stock' after the word, another firm named between
    ("Fennimore Instruments raised its forecast. Brokers at Ashby Lane Securities said the shares were cheap. "
     "Fennimore stock rose 4 per cent on Thursday.",
     [("Fennimore Instruments", "organization", ("Fennimore",), 2)],
     [("Brokers at Ashby Lane Securities", None)]),
    # the opening word before a post in the firm, unlabelled
    ("Coralbay Coal Holdings pleaded guilty in the Mackay Magistrates Court on Thursday to three counts of breaching "
     "its licence. In a statement, a Coralbay spokesperson said the company \"accepts the court's decision\" and "
     "apologised to residents.",
     [("Coralbay Coal Holdings", "organization", ("Coralbay",), 2)],
     [("a Coralbay spokesperson", "Coralbay Coal Holdings")]),
    # NEGATIVE: the article runs the word on into a second firm's name the recogniser missed
    ("Harrowgate Mills Ltd and Harrowgate Textiles Ltd signed a deal. Harrowgate said the deal would close in May.",
     [("Harrowgate Mills Ltd", "organization", (), 1)],
     [("Harrowgate", None)]),
    # NEGATIVE: two bodies open on the word
    ("Brenholt Logistics said it would hire 50 drivers. Brenholt Council said it welcomed the jobs.",
     [("Brenholt Council", "organization", (), 1), ("Brenholt Logistics", "organization", (), 1)],
     [("Brenholt Logistics", "Brenholt Logistics"), ("Brenholt Council", "Brenholt Council")]),
    # NEGATIVE: a hyphenated place ('-based')
    ("Caddon Robotics said it would hire. Caddon-based suppliers said they were pleased.",
     [("Caddon Robotics", "organization", (), 1), ("Caddon-based suppliers", "group", (), 1)],
     [("Caddon Robotics", "Caddon Robotics"), ("Caddon-based suppliers", "Caddon-based suppliers")]),
    # NEGATIVE: a place's body (its name's rest is a kind of body): the word is the place
    ("The Tullan Nursing Alliance said wards were full. Tullan's hospitals have 300 beds, the mayor said.",
     [("Tullan", "person", (), 1), ("Tullan Nursing Alliance", "organization", (), 1)],
     [("The Tullan Nursing Alliance", "Tullan Nursing Alliance"), ("the mayor", None)]),
    # NEGATIVE: the word run on into another capitalised word (a street)
    ("Marwick Robotics said on Tuesday it would close its plant. Marwick Street was closed on Friday, a spokesman said.",
     [("Marwick Robotics", "organization", (), 1)],
     [("Marwick Robotics", "Marwick Robotics"), ("a spokesman", "Marwick Robotics")]),
    # NEGATIVE: a firm named as another's owner: the bare word is the app, not the owner
    ("Oakhurst Software said profit rose. The app is owned by Oakhurst Software, which was fined too. "
     "Oakhurst said it would appeal.",
     [("Oakhurst", "organization", (), 1), ("Oakhurst Software", "organization", (), 2)],
     [("Oakhurst Software", "Oakhurst Software"), ("Oakhurst", "Oakhurst")]),
    # NEGATIVE: a dictionary word opening a sentence, never written alone within one, is that word
    ("Harvest Robotics posted a loss of $8 million on Monday. Harvest was poor this year, farmers said.",
     [("Harvest Robotics", "organization", (), 1), ("farmers", "group", (), 1)],
     [("farmers", "farmers")]),
    # NEGATIVE: a plural noun opening a quoted sentence, also where the article writes it in lower case
    ("Sector body Hospices Tayside said funding would fall. \"Hospices are struggling,\" the minister said.",
     [("Hospices Tayside", "organization", (), 1)],
     [("Sector body Hospices Tayside", "Hospices Tayside"), ("the minister", None)]),
    ("Sector body Hospices Tayside said funding would fall. Several hospices plan cuts. "
     "\"Hospices are struggling,\" the minister said.",
     [("Hospices Tayside", "organization", (), 1)],
     [("Sector body Hospices Tayside", "Hospices Tayside"), ("the minister", None)]),
    # NEGATIVE: a headline is no mention
    ("Kelbrook shares slump\n\nKelbrook Robotics said on Monday it would cut 40 jobs.",
     [("Kelbrook Robotics", "organization", (), 1)], [("Kelbrook Robotics", "Kelbrook Robotics")]),
]


@pytest.mark.parametrize("text, actors, speakers", OPENING_WORDS)
def test_a_firms_opening_words_found_again(text, actors, speakers):
    assert actors_and_speakers(text) == (actors, speakers)
