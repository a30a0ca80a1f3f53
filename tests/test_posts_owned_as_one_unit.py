"""A post and its owner read as one unit (session 37, appos): a hyphened post the tokenizer split
('vice', '-', 'president') is one word, whatever head the parser gave each part, so the possessive
on its first part owns the whole post ("the federation's vice-president, X"), and the rank before
the first part stays in the role ('first vice-president'). Every sentence is written for the tests;
whole records of the people, and near-misses where no body may be read."""
from __future__ import annotations

import pytest

from conftest import person_records as people_of



HYPHENED_POSTS_AND_THEIR_OWNER = [
    ("Members of the Harrow Curling Federation voted to sell the rink. The federation's vice-president, "
     "Antonio Delvane, told them the roof leaked.",
     [("Antonio Delvane", "vice-president", "Harrow Curling Federation")]),
    ("The Kessler Rowing Association cancelled its regatta on Sunday. Its first vice-president, Mara Quill, "
     "said the river was too high.",
     [("Mara Quill", "first vice-president", "Kessler Rowing Association")]),
    ("The Velbridge Chess League banned two players. Lisa Harne, the league's second vice-chairman, said the "
     "ban was fair.",
     [("Lisa Harne", "second vice-chairman", "Velbridge Chess League")]),
    ("Orvane Cycling Club lost its home track last year. Its vice-captain, Tom Ebbs, said members would train "
     "on roads.",
     [("Tom Ebbs", "vice-captain", "Orvane Cycling Club")]),
    ("The Harrow Curling Federation sold its rink. The Kessler Rowing Association's "
     "vice-president, Mara Quill, said the river was too high.",
     [("Mara Quill", "vice-president", "Kessler Rowing Association")]),
    ("The Wexley Choral Society cancelled its tour. Its long-time vice-president, Ann Poole, said singers were ill.",
     [("Ann Poole", "long-time vice-president", "Wexley Choral Society")]),
    ("Teller Hockey Club moved its ground. The club's vice-chairman, Ian Bole, said fans would follow.",
     [("Ian Bole", "vice-chairman", "Teller Hockey Club")]),
    # NEGATIVE: a post held no more, before the hyphen or as its first part; a rival body 'its' may mean
    ("The Marden Sailing Club sold its boats. The club's ex-president, Ray Mott, said the sale was rushed.",
     [("Ray Mott", "ex-president", None)]),
    ("The Marden Sailing Club sold its boats. The club's former vice-president, Ray Mott, said the sale was rushed.",
     [("Ray Mott", "former vice-president", None)]),
    ("The Marden Sailing Club sold its boats to the Harbour Rowing Club. Its vice-president, Ray Mott, said the "
     "sale was rushed.",
     [("Ray Mott", "vice-president", None)]),
    ("The Marden Sailing Club sold its boats. A vice-president, Ray Mott, said the sale was rushed.",
     [("Ray Mott", "vice-president", None)]),
    # NEGATIVE: no owner written, or an owner that is no body the article names: the post, no body
    ("Members of the Harrow Curling Federation voted to sell the rink. Antonio Delvane, a former "
     "vice-president, told them the roof leaked.",
     [("Antonio Delvane", "former vice-president", None)]),
    ("Members of the Harrow Curling Federation voted to sell the rink. The minister's vice-president, Antonio "
     "Delvane, told them the roof leaked.",
     [("Antonio Delvane", "vice-president", None)]),
]


@pytest.mark.parametrize("text,expected", HYPHENED_POSTS_AND_THEIR_OWNER)
def test_a_hyphened_post_and_its_owner(text, expected):
    assert people_of(text) == expected


APPOSITION_OF_THE_SUBJECT_BY_ITS_PLACE = [
    # the phrase set off by a comma right after the body's name describes it, however the parser hung it
    # (a name whose last word is no noun: the parser hangs the phrase on that word)
    ("Older Renters First, a charity that lobbies for tenants, said rents would rise. Its policy "
     "director, Ann Lowe, blamed the new tax.",
     [("Ann Lowe", "policy director", "Older Renters First")]),
    ("Older Workers First, a charity that campaigns on pensions, said savings were too low. Its director, "
     "Sam Kettle, said workers were worried.",
     [("Sam Kettle", "director", "Older Workers First")]),
    # NEGATIVE: a thing with a head of its own named inside the description, or in a phrase set off after
    # another word: 'its' may mean that
    ("Older Workers First, a charity that runs a hospital, said food banks were empty. Its policy director, "
     "Ann Lowe, said demand had doubled.",
     [("Ann Lowe", "policy director", None)]),
    ("Older Workers First said on Monday, a day after a museum opened, that food banks were empty. Its "
     "director, Sam Kettle, said demand had doubled.",
     [("Sam Kettle", "director", None)]),
    # NEGATIVE: the phrase set off after another body's name describes that one, a rival still
    ("Older Workers First said it would fund Kessa Lodge, a hospital in Larch. Its director, Sam Kettle, said "
     "the beds would open in May.",
     [("Sam Kettle", "director", None)]),
]


@pytest.mark.parametrize("text,expected", APPOSITION_OF_THE_SUBJECT_BY_ITS_PLACE)
def test_the_subjects_apposition_is_no_rival_owner(text, expected):
    assert people_of(text) == expected


OWNED_POST_BEFORE_A_TITLED_NAME = [
    # a post a body's possessive owns, set off before the name's own title: the post is the role, the title a style
    ("The Larch County Board of Supervisors will vote on road tolls. Its chairman, Supervisor Dale Wren, wants them "
     "scrapped.",
     [("Dale Wren", "chairman", "Larch County Board of Supervisors")]),
    ("The Harbour Residents Federation opposed the parking fees. Its president, Col Ravi Mehta, called them a "
     "tax on the old.",
     [("Ravi Mehta", "president", "Harbour Residents Federation")]),
    ("The Kessel Police Command arrested six men. The command's spokesperson, Superintendent Ann Lowe, said "
     "the men had confessed.",
     [("Ann Lowe", "spokesperson", "Kessel Police Command")]),
    ("The Larch Hunters Association met on Friday. Their leader, Chief Ade Bola, said the patrols would resume.",
     [("Ade Bola", "leader", None)]),
    # a member's seat written alone is addressed as a style is (roles._a_seat_title_alone): the post its own 'of'
    # phrase or a possessive ties to the body is the role
    ("The Senate Committee on Water met on Tuesday. The chairman of the committee, Senator Musa Bello, said the "
     "audit was late.",
     [("Musa Bello", "chairman", "Senate Committee on Water")]),
    ("The Senate Committee on Water met on Tuesday. The committee's chairman, Senator Musa Bello, said the audit "
     "was late.",
     [("Musa Bello", "chairman", "Senate Committee on Water")]),
    # NEGATIVE: a post held no more (the rank held now stays); a membership its own 'of' phrase ties to the body
    # (the seat stays)
    ("The Harbour Residents Federation opposed the parking fees. Its former president, Col Ravi Mehta, called "
     "them a tax on the old.",
     [("Ravi Mehta", "Colonel", None)]),
    ("The Senate Committee on Water met on Tuesday. A member of the committee, Senator Musa Bello, said the audit "
     "was late.",
     [("Musa Bello", "Senator", "Senate Committee on Water")]),
    # NEGATIVE: a title with its own body before it stays with that body; the body never goes to the post
    ("The interview was conducted by the magazine's editor, Conservative MP Tom Reed.",
     [("Tom Reed", "MP", "Conservative Party")]),
    ("The firm's founder, Republican Senator Dale Wren, said the plant would stay open.",
     [("Dale Wren", "Senator", "Republican Party")]),
    ("The Council of Mayors met on Friday. Its finance committee chairman, Larch Mayor Tom Reed, said the towns "
     "were owed money.",
     [("Tom Reed", "Mayor", "Larch")]),
    # NEGATIVE: a title that is an office with its own holder, not a style or rank, stays; so does a title its own
    # 'of' phrase after the name ties to a body
    ("The Marsh Coast bloc met in Accra. The bloc's chairman, President Kofi Mensah, said sanctions would stay.",
     [("Kofi Mensah", "President", None)]),
    ("The government's spokesman, Information Minister Tom Reed, said the curfew would end.",
     [("Tom Reed", "Information Minister", None)]),
    ("The Larch Wildlife Trust opened a new reserve. Its chairman, Governor Dale Wren of Larch State, said the "
     "land was saved.",
     [("Dale Wren", "Governor", "Larch State")]),
    # NEGATIVE: an outsider's or a candidacy noun is no post at the body: the rank or seat stays
    ("The Brannock Dock Union held a rally. Its critic, Cllr Musa Bello, said the strike was illegal.",
     [("Musa Bello", "Councillor", None)]),
    ("The Brannock Party chose its man on Sunday. Its candidate, Col Musa Bello, said he would win.",
     [("Musa Bello", "Colonel", "Brannock Party")]),
    # NEGATIVE: a post with a scope phrase inside the body is a sub-post, no head of the body: the title stays
    ("The Brannock Party lost the vote. Its leader in the council, Cllr Musa Bello, said the party would regroup.",
     [("Musa Bello", "Councillor", "Brannock Party")]),
    ("Weeks later, Norway's leader, President Tom Reed, signed the deal.",
     [("Tom Reed", "President", "Norway")]),
    ("The Senate met on Tuesday. A lawmaker, Senator Musa Bello, said the audit was late.",
     [("Musa Bello", "Senator", "Senate")]),
]

THE_POST_BEFORE_A_TITLED_NAME = [
    # a post written with 'the' and no owner, set off before the name's style or rank: the one post of that
    # name where the story is, the role (as 'its' post would be)
    ("The spokesman, Sgt. Dale Wren, said the union would appeal.", [("Dale Wren", "spokesman", None)]),
    ("The Police Public Relations Officer, Sgt. Mary Quint, said nine victims were freed.",
     [("Mary Quint", "Police Public Relations Officer", None)]),
    ("The chairman, Cllr Tom Reed, said the budget was tight.", [("Tom Reed", "chairman", None)]),
    ("The station commander, Supt. Mara Quint, said the road was closed.", [("Mara Quint", "station commander", None)]),
    # NEGATIVE: an indefinite post, a post held no more, a candidacy noun, an office as the title, a title's own 'of'
    ("A spokesman, Sgt. Dale Wren, said the union would appeal.", [("Dale Wren", "Sergeant", None)]),
    ("The former president, Col. Ann Lowe, said the club would sell its grounds.", [("Ann Lowe", "Colonel", None)]),
    ("The candidate, Col. Ann Lowe, said she would win.", [("Ann Lowe", "Colonel", None)]),
    ("The chairman, President Kofi Mensah, said sanctions would stay.", [("Kofi Mensah", "President", None)]),
    ("The chairman, Governor Dale Wren of Larch State, said the land was saved.",
     [("Dale Wren", "Governor", "Larch State")]),
]


@pytest.mark.parametrize("text,expected", THE_POST_BEFORE_A_TITLED_NAME)
def test_the_post_before_a_titled_name(text, expected):
    assert people_of(text) == expected


@pytest.mark.parametrize("text,expected", OWNED_POST_BEFORE_A_TITLED_NAME)
def test_an_owned_post_before_a_titled_name(text, expected):
    assert people_of(text) == expected
