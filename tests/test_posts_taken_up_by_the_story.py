"""A post whose body the sentence leaves unsaid, taken up by what the story said before it (session 28,
affil28): a company's bare post ('Chief executive X') beside 'the company' / 'the firm' that takes up
the one business named before, also where the story does not open on it (a lede that speaks of 'a
furniture company' before it names it is no other company); a title opened by a body's kind word
('Federation President X') is the one body of that kind named before the holder, not one the story
names only later. "The commission's Head of Media, X": a possessive on a capitalised title owns the post
(the 'of' phrase is its field), and 'the commission' is not a body just before whose name says it is of
another kind ('the Kessan Prisons Service'). 'chief executive of the charity Brightpath Carers': the kind
noun before a body's name is no part of the post, the name its body. Every sentence here is written for
the tests; whole records of every named actor."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records_of


_STRIKE_LEDE = ("Nearly 300 workers at Larchmont plants could strike this month, the Joiners Union said. Talks "
                "broke down late on Wednesday. Members at Harwood Joinery Ltd. will vote on Sunday")
_STRIKE_ACTORS = [("Harwood Joinery Ltd", "organization", None, None), ("Joiners Union", "organization", None, None)]

POSTS_TAKEN_UP = [
    # the story keeps taking the business up as 'the company'; its lede speaks of 'a furniture company'
    # before it names the business (the same one)
    ("Nearly 300 workers at a Larchmont furniture company could strike this month, the Joiners Union said. "
     "Talks broke down late on Wednesday. Members at Harwood Joinery Ltd. will vote on Sunday after the company "
     "tabled a low offer. The company, which was founded in 1961, said it had bargained in good faith. Chief "
     "executive Martin Ode said tariffs had cut the firm's orders by a third.",
     [*_STRIKE_ACTORS, ("Martin Ode", "person", "Chief executive", "Harwood Joinery Ltd")]),
    # NEGATIVE: another firm spoken of after the business is named: 'the company' may be that one
    (_STRIKE_LEDE + ". Another firm has settled. The company said it had bargained in good faith. Chief "
     "executive Martin Ode said tariffs had cut the firm's orders by a third.",
     [*_STRIKE_ACTORS, ("Martin Ode", "person", "Chief executive", None)]),
    # NEGATIVE: the business taken up once only, far from the post
    (_STRIKE_LEDE + ". Rain fell on Monday. The vote may be close. Speaking at the company's headquarters, "
     "Chief executive Martin Ode said tariffs had cut orders by a third.",
     [*_STRIKE_ACTORS, ("Martin Ode", "person", "Chief executive", None)]),
    # NEGATIVE: a business the story names only after the holder
    ("Nearly 300 workers at Larchmont plants could strike this month, the Joiners Union said. Talks broke down "
     "late on Wednesday. The vote may be close. Chief executive Martin Ode said tariffs had cut the firm's orders "
     "by a third. Analysts at Orwin Capital Ltd. said the company could be worth $2 billion. The company did "
     "not reply.",
     [("Joiners Union", "organization", None, None), ("Martin Ode", "person", "Chief executive", None),
      ("Orwin Capital Ltd", "organization", None, None)]),
    # the federation named before the holder, not the one named after
    ("The Harlow Rowing Federation said on Friday it would host the 2031 championships. Federation President "
     "Kemal Arslan said the event would bring 900 rowers to the city. The Dorsk Rowing Federation criticised "
     "the vote.",
     [("Dorsk Rowing Federation", "organization", None, None),
      ("Harlow Rowing Federation", "organization", None, None),
      ("Kemal Arslan", "person", "Federation President", "Harlow Rowing Federation")]),
    # NEGATIVE: two federations named before the holder: either may be his
    ("The Harlow Rowing Federation and the Dorsk Rowing Federation both bid for the 2031 championships. "
     "Federation President Kemal Arslan said the event would bring 900 rowers to the city.",
     [("Dorsk Rowing Federation", "organization", None, None),
      ("Harlow Rowing Federation", "organization", None, None),
      ("Kemal Arslan", "person", "Federation President", None)]),
]


OWNED_AND_NAMED_BODIES = [
    ("The Kessan Anti-Fraud Commission filed the charges on Monday. The judge ordered that the defendants be "
     "kept in the custody of the Kessan Prisons Service. The commission's Head of Media, Tobi Adeyemi, said the "
     "agency had recovered $2 million.",
     [("Kessan Anti-Fraud Commission", "organization", None, None),
      ("Kessan Prisons Service", "organization", None, None),
      ("Tobi Adeyemi", "person", "Head of Media", "Kessan Anti-Fraud Commission")]),
    # NEGATIVE: two commissions named together; 'the group' may be any body named just before
    ("The Kessan Anti-Fraud Commission and the Kessan Electoral Commission met on Monday. The talks were short. "
     "The commission's Head of Media, Tobi Adeyemi, said the case was strong.",
     [("Kessan Anti-Fraud Commission", "organization", None, None),
      ("Kessan Electoral Commission", "organization", None, None),
      ("Tobi Adeyemi", "person", "Head of Media", None)]),
    ("The Kessan Anti-Fraud Commission filed the charges on Monday. The Harbour Union said it would help the "
     "inquiry. The group's Head of Media, Tobi Adeyemi, said the case was strong.",
     [("Harbour Union", "organization", None, None),
      ("Kessan Anti-Fraud Commission", "organization", None, None),
      ("Tobi Adeyemi", "person", "Head of Media", None)]),
    ("Families are waiting longer for help, a charity said on Monday. Orla Devine, chief executive of the "
     "charity Brightpath Carers, said it had taken calls from 900 parents. Brightpath Carers said the figures "
     "were alarming.",
     [("Brightpath Carers", "organization", None, None),
      ("Orla Devine", "person", "chief executive", "Brightpath Carers")]),
    # the name no actor here: still no part of the post
    ("Orla Devine, chief executive of the charity Brightpath Carers, said it had taken calls from 900 parents.",
     [("Orla Devine", "person", "chief executive", None)]),
    # 'who manages X's unit' as 'who heads' it: the unit's manager, at its body (present tense only)
    ("Lena Dorn, who manages the Kessan Water Agency's river quality programme, said the metals were toxic.",
     [("Kessan Water Agency", "organization", None, None),
      ("Lena Dorn", "person", "manager of the river quality programme", "Kessan Water Agency")]),
    ("Lena Dorn, who managed the Kessan Water Agency's river quality programme until May, said the metals were "
     "toxic.",
     [("Kessan Water Agency", "organization", None, None), ("Lena Dorn", "person", None, None)]),
    ("Lena Dorn manages her family's budget.", [("Lena Dorn", "person", None, None)]),
    # NEGATIVE: a kind noun with no name after it stays the post's
    ("Orla Devine, a director of the school, said pupils were safe.",
     [("Orla Devine", "person", "director of the school", None)]),
]


HONOURS_AFTER_AN_OFFICE = [
    # an honour and its initials between the office and the name are how the holder is addressed
    ("Commenting on the results, Chairman H E Sheikh Khalid bin Saad Al Mari said the performance was strong.",
     [("Khalid bin Saad Al Mari", "person", "Chairman", None)]),
    ("Chairman Sheikh Omar Rahal said the plan was bad.", [("Omar Rahal", "person", "Chairman", None)]),
    # NEGATIVE: the honour alone keeps the role; an office after a body's name is left as it was (the honour
    # stays the role there, a known miss: stripping it would let the body's name be cut wrong)
    ("Sheikh Omar Rahal said the plan was bad.", [("Omar Rahal", "person", "Sheikh", None)]),
    ("Representing industry, Harlow Chamber of Commerce president Sheikh Omar Rahal said repeated adjustments "
     "had hurt exporters.",
     [("Omar Rahal", "person", "Sheikh", None)]),
]


@pytest.mark.parametrize("text,expected", HONOURS_AFTER_AN_OFFICE)
def test_honours_after_an_office(text, expected):
    assert records_of(text) == expected


@pytest.mark.parametrize("text,expected", OWNED_AND_NAMED_BODIES)
def test_owned_and_named_bodies(text, expected):
    assert records_of(text) == expected


@pytest.mark.parametrize("text,expected", POSTS_TAKEN_UP)
def test_posts_taken_up_by_the_story(text, expected):
    assert records_of(text) == expected
