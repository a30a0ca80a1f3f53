"""Which mentions are one actor: an acronym beside a body's name the recogniser cut short (session 23).
Every sentence here is written for the tests; each row asserts the article's whole actors (name,
type, aliases) and the actor each position goes to. Rows marked NEGATIVE must keep the
mentions apart (two bodies spell the acronym; a title-case word not written right after the name)."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers


def _as_listed(m) -> tuple:
    """An actor as these tables list it."""
    return (m.name, m.type, tuple(sorted(m.aliases)))


ACRONYMS_OF_NAMES_CUT_SHORT = [
    # 'of <Place>' closes the name: its initial is the acronym's last letter
    ("The Harbour Safety Board of Kessa warned ships on Monday. HSBK said the port was closed.",
     [("Harbour Safety Board of Kessa", "organization", ("HSBK", "Harbour Safety Board"))],
     [("HSBK", "Harbour Safety Board of Kessa")]),
    ("The Human Rights Commission of Pakistan welcomed the order. In a statement, HRCP said forced evictions "
     "had affected thousands of families.",
     [("Human Rights Commission of Pakistan", "organization", ("HRCP",))],
     [("HRCP", "Human Rights Commission of Pakistan")]),
    # the place in brackets, and the short form after ', or'
    ("The Securities Investors Association (Singapore), or Sias, said it would seek clarification from the board.",
     [("Securities Investors Association (Singapore)", "organization", ("Securities Investors Association", "Sias"))],
     [("The Securities Investors Association", "Securities Investors Association (Singapore)")]),
    # the name written whole needs no repair
    ("The Irish Nursing and Midwifery Federation said the figures were the worst on record. The INMF will "
     "ballot its members.",
     [("Irish Nursing and Midwifery Federation", "organization", ())],
     [("The Irish Nursing and Midwifery Federation", "Irish Nursing and Midwifery Federation")]),
    # NEGATIVE: two bodies are so written; which one 'KRBT' is, the initials do not tell
    ("The Kessan Rail Board of Tarvo and the Kessan Road Board of Tarvo met on Monday. KRBT said fares would rise.",
     [("KRBT", "organization", ()), ("Kessan Rail Board", "organization", ()),
      ("Kessan Road Board", "organization", ())],
     [("KRBT", "KRBT")]),
    # two bodies of one name written with two places: each named in full, never one page; the acronym
    # is the one whose full name spells it (HRCP, not HRCI)
    ("The Human Rights Commission of Pakistan criticised the raid. The Human Rights Commission of India said it had "
     "not been consulted. HRCP said the police had overstepped.",
     [("Human Rights Commission of India", "organization", ()),
      ("Human Rights Commission of Pakistan", "organization", ("HRCP",))],
     [("The Human Rights Commission of Pakistan", "Human Rights Commission of Pakistan"),
      ("The Human Rights Commission of India", "Human Rights Commission of India"),
      ("HRCP", "Human Rights Commission of Pakistan")]),
    # NEGATIVE: a word in title case away from the name is no short form of it
    ("The Securities Investors Association said it would seek clarification. Sias members will vote in May.",
     [("Securities Investors Association", "organization", ())],
     [("The Securities Investors Association", "Securities Investors Association")]),
]


@pytest.mark.parametrize("text, actors, speakers", ACRONYMS_OF_NAMES_CUT_SHORT)
def test_acronyms_of_names_cut_short(text, actors, speakers):
    assert actors_and_speakers(text, _as_listed) == (actors, speakers)


def test_an_acronym_joins_only_the_body_whose_full_name_spells_it():
    """'Port Health Authority of Uganda' is another body than PHAK, and never its alias."""
    actors, _ = actors_and_speakers("Officials from the Port Health Authority of Kenya said PHAK inspectors had been "
                                    "sent. The Port Health Authority of Uganda declined to comment.", _as_listed)
    assert actors == [("Port Health Authority of Kenya", "organization", ("PHAK",)),
                      ("Port Health Authority of Uganda", "organization", ())]


COUNTRY_ENDING_A_BODYS_NAME = [
    # two capitalised words or more qualifying the country: the body speaks, not the country
    ("The charity Safer Births UK said two-thirds of maternity units were rated as requiring improvement.",
     [("Safer Births UK", "organization", ())],
     [("Safer Births UK", "Safer Births UK")]),
    ("Campaigners say the problem is wider. The charity Safer Births UK said hundreds of families were waiting. "
     "In the UK, the charity Sands can be contacted by phone.",
     [("Safer Births UK", "organization", ()), ("campaigners", "group", ())],
     [("Campaigners", "campaigners"), ("Safer Births UK", "Safer Births UK")]),
    # NEGATIVE: one capital before the country is an adjective's ('Eastern', 'Neighbouring'): no body is made
    ("Eastern Ukraine was shelled overnight, Ukraine said.",
     [("Ukraine", "country", ())],
     [("Ukraine", "Ukraine")]),
    ("Neighbouring Uruguay offered help on Monday, its foreign ministry said.",
     [],
     [("its foreign ministry", None)]),
    # NEGATIVE: a headline in title case: its capitals tell no name
    ("Acme Corp Exits Russia\n\nAcme Corp said it would sell its stake to a local partner.",
     [("Acme Corp", "organization", ())],
     [("Acme Corp", "Acme Corp")]),
    # NEGATIVE: the capitals before the country end another name, which the run would cut through
    ("Fans of Manchester United Football Club Spain gathered in Madrid, the club said.",
     [("Manchester United Football Club", "organization", ())],
     [("the club", "Manchester United Football Club")]),
]


@pytest.mark.parametrize("text, actors, speakers", COUNTRY_ENDING_A_BODYS_NAME)
def test_country_ending_a_bodys_name(text, actors, speakers):
    assert actors_and_speakers(text, _as_listed) == (actors, speakers)
