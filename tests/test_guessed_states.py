"""A bare body's state guessed from the country the article's names speak of ('Bursa Malaysia',
'the Malaysian Palm Oil Board') or its dateline ('KUALA LUMPUR:') makes the country's page only where
the guess is used: a guess asked only as a bar, or refused, leaves no country behind, and a country
only a guess made goes again when the guess is withdrawn. Every sentence here is written for the
tests; the negatives are articles where the guess holds, or the country is written and acts, and
its page stays."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.extract.actors import ActorIndex
from generator.extract.parse import parse_text
from generator.extract.roles import _country_filed_from, _one_country_the_names_speak_of


GUESS_TEXTS = [
    "KUALA LUMPUR: Harbour Palm Bhd said profit rose 42%, in a filing with Bursa Malaysia. According to the "
    "Malaysian Palm Oil Board, stocks fell 9%.",
    "Rina Begum, president of the Bangladesh Garment Workers Forum, said pay should rise. A vice-president of "
    "the Bangladesh Garment Makers Association, Karim Uddin, said the association would help.",
    "NAIROBI: Harbour Tea Ltd said sales rose 12%. According to the Kenya Tea Board, prices fell 4%. Kenyan "
    "growers said the rain came late.",
    "LIMA: Harbour Copper SA said output rose 5%. According to the Peruvian Mining Society, prices fell 2%. "
    "Peruvian miners struck twice.",
    "ACCRA: Harbour Cocoa Ltd said output rose 8%, the Ghana Stock Exchange said. According to the Ghana "
    "Cocoa Board, prices fell 3%.",
    "Grace Phiri, head of the Malawi Tobacco Growers Union, said prices were too low. An official of the "
    "Malawi Tobacco Exporters Association, John Banda, said buyers would pay more.",
]


@pytest.mark.parametrize("text", GUESS_TEXTS)
def test_a_guess_asked_makes_no_page(text):
    """Asking which country the names speak of, or a story is filed from, adds no actor."""
    parsed = parse_text(text)
    index = ActorIndex()
    _one_country_the_names_speak_of(parsed, index)
    _one_country_the_names_speak_of(parsed, index, ("ORG", "NORP", "GPE"))
    _country_filed_from(parsed, index)
    assert index.mentions == {}


GUESSED_STATES = [
    # the names speak of a country that is no actor, and no bare state body is there to take the guess
    ("KUALA LUMPUR: Harbour Palm Bhd said profit rose 42%, in a filing with Bursa Malaysia. According to the "
     "Malaysian Palm Oil Board, stocks fell 9%.",
     [("Harbour Palm Bhd", "organization", None), ("Malaysian Palm Oil Board", "organization", None)]),
    ("Grace Phiri, head of the Malawi Tobacco Growers Union, said prices were too low. An official of the "
     "Malawi Tobacco Exporters Association, John Banda, said buyers would pay more. According to the "
     "Department of Labour Inspection (DLI), 40 farms were checked.",
     [("Grace Phiri", "person", "Malawi Tobacco Growers Union"), ("Malawi Tobacco Growers Union", "organization", None),
      ("Malawi Tobacco Exporters Association", "organization", None),
      ("John Banda", "person", "Malawi Tobacco Exporters Association"),
      ("Department of Labour Inspection", "organization", None)]),
    ("DHAKA: Harbour Knit Ltd said orders fell 10%. According to the Bangladesh Garment Manufacturers "
     "Association, exports fell 6%. The firm is in talks with the Labour Ministry on wages.",
     [("Harbour Knit Ltd", "organization", None),
      ("Bangladesh Garment Manufacturers Association", "organization", None),
      ("Labour Ministry", "organization", None)]),
    # NEGATIVE: the guess is used, and the country's page stays as the body's state
    ("KUALA LUMPUR: The Finance Ministry said the budget would be tabled next month.",
     [("Finance Ministry", "organization", "Malaysia"), ("Malaysia", "country", None)]),
    ("KUALA LUMPUR: Harbour Palm Bhd said profit rose 42%, in a filing with Bursa Malaysia. According to the "
     "Malaysian Palm Oil Board, stocks fell 9%. The group is in talks with the Home Ministry.",
     [("Harbour Palm Bhd", "organization", None), ("Malaysian Palm Oil Board", "organization", None),
      ("Home Ministry", "organization", "Malaysia"), ("Malaysia", "country", None)]),
    # NEGATIVE: the country is written and acts, or a person is its minister
    ("KUALA LUMPUR: Malaysia will raise its palm oil levy. Harbour Palm Bhd said profit rose 42%, in a filing "
     "with Bursa Malaysia.",
     [("Malaysia", "country", None), ("Harbour Palm Bhd", "organization", None)]),
    ("KUALA LUMPUR: Harbour Palm Bhd said profit rose 42%. Malaysian Plantation Minister Aziz Rahman said "
     "stocks fell 9%.",
     [("Harbour Palm Bhd", "organization", None), ("Malaysia", "country", None),
      ("Aziz Rahman", "person", "Malaysia")]),
]


@pytest.mark.parametrize("text, actors", GUESSED_STATES)
def test_guessed_states(text, actors):
    assert [(m.name, m.type, m.affiliation) for m in extract(text).mentions] == actors
