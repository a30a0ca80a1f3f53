"""A post whose body the sentence leaves unsaid, taken up by what the story said before it (session 28,
affil28): a company's bare post ('Chief executive X') beside 'the company' / 'the firm' that takes up
the one business named before, also where the story does not open on it (a lede that speaks of 'a
furniture company' before it names it is no other company), not where another organisation or an
unnamed business is written after the last 'the company' and before the holder; a title opened by a
body's kind word ('Federation President X') is the one body of that kind the story names, before the
holder (a second one anywhere, after the holder too, leaves it open). "The commission's Head of Media,
X": a possessive on a capitalised title owns the post (the 'of' phrase is its field), and 'the
commission' is not a body just before whose name says it is of another kind ('the Kessan Prisons
Service'); not for a kind often part of another body ('the board', 'the institute'). 'chief executive of the charity Brightpath Carers': the kind
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
    # the one federation of the story, named before the holder
    ("The Harlow Rowing Federation said on Friday it would host the 2031 championships. Federation President "
     "Kemal Arslan said the event would bring 900 rowers to the city.",
     [("Harlow Rowing Federation", "organization", None, None),
      ("Kemal Arslan", "person", "Federation President", "Harlow Rowing Federation")]),
    # NEGATIVE: a second federation anywhere in the story, after the holder too, may be his
    ("The Harlow Rowing Federation said on Friday it would host the 2031 championships. Federation President "
     "Kemal Arslan said the event would bring 900 rowers to the city. The Dorsk Rowing Federation criticised "
     "the vote.",
     [("Dorsk Rowing Federation", "organization", None, None),
      ("Harlow Rowing Federation", "organization", None, None),
      ("Kemal Arslan", "person", "Federation President", None)]),
    ("The Harlow Rowing Federation won the bid on Monday. Federation President Kemal Arslan, whose Dorsk Rowing "
     "Federation lost the bid, said the vote was rigged.",
     [("Dorsk Rowing Federation", "organization", None, None),
      ("Harlow Rowing Federation", "organization", None, None),
      ("Kemal Arslan", "person", "Federation President", None)]),
    ("The Kessan Employers Federation backed the budget on Monday. Wrestlers in Dorsk protested outside "
     "parliament. Federation President Ali Demir said athletes had not been paid. The Dorsk Wrestling "
     "Federation has 9,000 members.",
     [("Ali Demir", "person", "Federation President", None),
      ("Dorsk Wrestling Federation", "organization", None, None),
      ("Kessan Employers Federation", "organization", None, None)]),
    ("The European Union approved new port rules on Monday. Dockers in Harlow walked out in protest. Union "
     "President Ann Lee said the strike would last a week. The Harlow Dockers Union has 4,000 members.",
     [("Ann Lee", "person", "Union President", None), ("European Union", "organization", None, None),
      ("Harlow Dockers Union", "organization", None, None)]),
    # the business taken up twice, nothing between the last time and the holder
    ("Steel prices fell again on Monday. Buyers in Dorsk held back. Larchmont Steel Ltd. said the company would "
     "cut 400 jobs. The company blamed imports. Chief executive Pia Lund said the firm would survive.",
     [("Larchmont Steel Ltd", "organization", None, None),
      ("Pia Lund", "person", "Chief executive", "Larchmont Steel Ltd")]),
    # NEGATIVE: an unnamed rival business, or another organisation named, after the last 'the company'
    # and before the holder: the post may be that one's
    ("Steel prices fell again on Monday. Buyers in Dorsk held back. Larchmont Steel Ltd. said the company would "
     "cut 400 jobs. The company blamed imports. A rival steelmaker in Dorsk is also cutting staff. Chief "
     "executive Pia Lund said the firm would survive.",
     [("Larchmont Steel Ltd", "organization", None, None), ("Pia Lund", "person", "Chief executive", None)]),
    ("Hospital food costs rose again on Monday. Unions in Kelby said kitchen staff were tired. Harwood Catering "
     "Ltd., which runs hospital kitchens, said the company would cut jobs. The company blamed costs. The Kelby "
     "Hospital Trust said it had not been told. Patients were worried, and the firm said nothing. Chief "
     "executive Pia Lund said patients would still be fed.",
     [("Harwood Catering Ltd", "organization", None, None),
      ("Kelby Hospital Trust", "organization", None, None),
      ("Pia Lund", "person", "Chief executive", None)]),
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
    # NEGATIVE: a board, an institute is often part of another body: the one named just before may be it
    ("The Kessan Tourism Board launched a campaign in May. On Monday the Kessan Water Authority raised prices "
     "by 9 percent. The board's chairman, Piet Smit, said the rise was needed.",
     [("Kessan Tourism Board", "organization", None, None),
      ("Kessan Water Authority", "organization", None, None), ("Piet Smit", "person", "chairman", None)]),
    ("The Harbour Institute published a study in May. On Monday, researchers at Kessa University said rivers "
     "were warming. The institute's director, Ruth Ame, said the data were clear.",
     [("Harbour Institute", "organization", None, None), ("Kessa University", "organization", None, None),
      ("Ruth Ame", "person", "director", None)]),
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
    ("Asked about the harvest, Chairman H E Sheikh Rashid bin Saif Al Tamimi said the dates were sweet.",
     [("Rashid bin Saif Al Tamimi", "person", "Chairman", None)]),
    ("Chairman H.E. Sheikh Rashid Al Tamimi said the dates were sweet.",
     [("Rashid Al Tamimi", "person", "Chairman", None)]),
    ("Chairman Sheikh Omar Rahal said the plan was bad.", [("Omar Rahal", "person", "Chairman", None)]),
    # NEGATIVE: the honour alone keeps the role; a lone initial is the name's
    ("Sheikh Omar Rahal said the plan was bad.", [("Omar Rahal", "person", "Sheikh", None)]),
    ("Chairman John E. Ward said the plan was bad.", [("John E. Ward", "person", "Chairman", None)]),
    # an office after a body's name is left as it was: the honour stays the role there (stripping it
    # would let the body's name be cut wrong)
    pytest.param("Speaking for the traders, Dorsk Chamber of Commerce president Sheikh Omar Rahal said the new "
                 "levies had hurt exporters.",
                 [("Dorsk Chamber of Commerce", "organization", None, None),
                  ("Omar Rahal", "person", "president", "Dorsk Chamber of Commerce")],
                 marks=pytest.mark.xfail(strict=True, reason="known miss: an honour after an office written "
                                         "after a body's name stays the role ('Sheikh'), the post unread")),
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
