"""A body called by a short form within one article (session 35): 'Police said', 'according to police',
'Winnipeg police said' speak for the one police force the article names, wherever it names it. Every sentence here is written for the tests;
each row asserts every position the text yields, or every actor, whole. Rows marked NEGATIVE abstain."""
from __future__ import annotations

import pytest

from conftest import positions_of


BARE_POLICE_SPEAKERS = [
    # the bare noun before the force is named, after it, with 'the', with a word of the force's name
    ("Police said two men were arrested on Monday. The Larchmont Police Service charged them with theft.",
     [("Police", "Larchmont Police Service", "said", "two men were arrested on Monday", False),
      ("The Larchmont Police Service", "Larchmont Police Service", "charged", "them with theft", False)]),
    ("The Orwin Provincial Police closed the highway. According to police, three trucks collided.",
     [("police", "Orwin Provincial Police", "according to", "three trucks collided", False)]),
    ("The Kessa State Police Command confirmed the arrests. The police said 12 suspects were held.",
     [("The Kessa State Police Command", "Kessa State Police Command", "confirmed", "the arrests", False),
      ("The police", "Kessa State Police Command", "said", "12 suspects were held", False)]),
    ("The Dunmore Constabulary said it had found the car. Cops say the driver fled on foot.",
     [("The Dunmore Constabulary", "Dunmore Constabulary", "said", "it had found the car", False),
      ("Cops", "Dunmore Constabulary", "say", "the driver fled on foot", False)]),
    ("Officers from the Winnipeg Police Service arrested two men on Monday. Police said the men stole copper "
     "wire. Winnipeg police said more arrests were likely.",
     [("Police", "Winnipeg Police Service", "said", "the men stole copper wire", False),
      ("Winnipeg police", "Winnipeg Police Service", "said", "more arrests were likely", False)]),
    ("Residents blamed the Larchmont Police Service for the delay. Police said they had been short of officers.",
     [("Residents", "residents", "blamed", "the Larchmont Police Service for the delay", False),
      ("Police", "Larchmont Police Service", "said", "they had been short of officers", False)]),
    # NEGATIVE: two forces named; a body that oversees the police; a guard, no police force
    ("The Larchmont Police Service and the Kessa State Police arrested four men. Police said the men were armed.",
     [("Police", "police", "said", "the men were armed", False)]),
    ("The National Police Commission opened an inquiry. Police said the officers had followed the rules.",
     [("Police", "police", "said", "the officers had followed the rules", False)]),
    ("The Larchmont Coast Guard found the boat. Police said the crew was safe.",
     [("Police", "police", "said", "the crew was safe", False)]),
    # NEGATIVE: a police name the article made no actor of; another place's police; police qualified otherwise
    ("The Larchmont Police Service arrested a man. Officers at Dunmore Police Station said he was released. "
     "Police said he would be charged.",
     [("Officers at Dunmore Police Station", None, "said", "he was released", False),
      ("Police", "police", "said", "he would be charged", False)]),
    ("The Larchmont Police Service said the road was closed. Toronto police said a second crash happened there.",
     [("The Larchmont Police Service", "Larchmont Police Service", "said", "the road was closed", False),
      ("Toronto police", "Toronto police", "said", "a second crash happened there", False)]),
    ("The Larchmont Police Service arrested a man. Police in Dunmore said a second man was held.",
     [("Police", "police", "said", "a second man was held", False)]),
    ("The Larchmont Police Service arrested a man. Local police said the man was 40.",
     [("Local police", "local police", "said", "the man was 40", False)]),
]


@pytest.mark.parametrize("text, expected", BARE_POLICE_SPEAKERS)
def test_bare_police_speak_for_the_one_force_named(text, expected):
    assert positions_of(text) == expected

