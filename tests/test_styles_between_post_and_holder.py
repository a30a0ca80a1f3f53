"""A post written before its holder's name and a style, honorific, honour or nickname between them (session
54): the style is a word of the name's span, never a name or a page of its own, and never stops the post from
reaching its holder ('the Minister of X, Cde Y,', 'Leader of the Opposition, Hon. Y (Z), who …,', 'Opposition
whip Hon. Y', 'Mr. A "B" C'); a word of stance before a post or a party ('Fellow', 'Opposition') is no
part of a body's name; a post set off after a councillor's style is the function the story gives. Whole
records; every sentence is written for the tests; rows marked NEGATIVE are near-misses where nothing may change."""
from __future__ import annotations

import pytest

from conftest import actor_records_and_speakers

ROWS = [
    # a bare post opening its sentence, the holder's style and bracketed party before the closing comma
    ("Leader of the Opposition, Hon. Petra Solvang (KLP), who boycotted the sitting, told reporters the budget was unlawful.",
     [("KLP", "organization", None, None), ("Petra Solvang", "person", "Leader of the Opposition", "KLP")],
     [("Hon. Petra Solvang", "Petra Solvang")]),
    # an honour the parser hung inside the name ('Cde')
    ("The Minister of Tourism and Culture, Cde Nyasha Marufu, said the festival would return.",
     [("Nyasha Marufu", "person", "Minister of Tourism and Culture", None)],
     [("The Minister of Tourism and Culture", "Nyasha Marufu")]),
    # a legislator's bracketed party is the affiliation, not the chamber of the post
    ("The Member of Parliament for the harbour district, Hon. Jonas Pell (KLP), opened the clinic on Monday.",
     [("Jonas Pell", "person", "Member of Parliament", "KLP"), ("KLP", "organization", None, None),
      ("Parliament", "organization", None, None)],
     []),
    # a nickname in quotation marks inside the name
    ("The Chairman of the Kelvale Growers' Union, Mr. Samuel \"Sonny\" Ardley, said prices were falling.",
     [("Kelvale Growers' Union", "organization", None, None),
      ("Samuel Ardley", "person", "Chairman", "Kelvale Growers' Union")],
     [("The Chairman of the Kelvale Growers' Union", "Samuel Ardley")]),
    # a nickname after a given name that is also a town's name
    ("The President of the Kelby Growers' Cooperative, Mr. Clifton \"Doc\" Banfield, said sales fell.",
     [("Clifton Banfield", "person", "President", "Kelby Growers' Cooperative"),
      ("Kelby Growers' Cooperative", "organization", None, None)],
     [("The President of the Kelby Growers' Cooperative", "Clifton Banfield")]),
    # a style after a lower-case post noun ends no sentence and is no person
    ("Opposition whip Hon. Desiree Clarke said the budget was late.",
     [("Desiree Clarke", "person", "Opposition whip", None)],
     [("Opposition whip Hon. Desiree Clarke", "Desiree Clarke")]),
    # 'Fellow' and a standing are no body's name
    ("Fellow Opposition legislator Hon. Petra Solvang (KLP) told reporters the count was flawed.",
     [("KLP", "organization", None, None), ("Petra Solvang", "person", "Opposition legislator", "KLP")],
     [("Fellow Opposition legislator Hon. Petra Solvang", "Petra Solvang")]),
    ("A spokesman said the Opposition Civic Renewal Movement would contest every seat.",
     [("Civic Renewal Movement", "organization", None, None)],
     [("A spokesman", None)]),
    # the function set off after a councillor's style, at a named party's group
    ("Councillor Ewan Brisk, secretary of the opposition Ratepayers group, told the meeting the plan was dead.",
     [("Ewan Brisk", "person", "secretary", "Ratepayers"), ("Ratepayers", "organization", None, None)],
     [("Councillor Ewan Brisk", "Ewan Brisk")]),
    # a post inside another phrase ('the appeal of the Managing Director of X, Engr. Y,')
    ("The court heard the appeal of the Managing Director of Harbour Pumps Limited, Engr. Tom Reed, on Friday.",
     [("Harbour Pumps Limited", "organization", None, None),
      ("Tom Reed", "person", "Managing Director", "Harbour Pumps Limited")],
     []),
    # NEGATIVE: the last of a list of styled people has its own post, not the first one's
    ("The panel questioned a cashier, Mrs Ann Cole, and a surveyor, Mr Tom Reed, over the missing funds.",
     [("Ann Cole", "person", "cashier", None), ("Tom Reed", "person", "surveyor", None)],
     [("The panel", None)]),
    # NEGATIVE: the chamber's head keeps the chamber, not the bracketed party
    ("The Deputy Speaker of the Kelby Assembly, Hon. Grace Tully (KLP), suspended the sitting on Friday.",
     [("Grace Tully", "person", "Deputy Speaker", "Kelby Assembly"), ("KLP", "organization", None, None),
      ("Kelby Assembly", "organization", None, None)],
     []),
    # NEGATIVE: a standing and a party's head alone is the party's name
    ("The Opposition Alliance said it would boycott the session.",
     [("Opposition Alliance", "organization", None, None)],
     [("The Opposition Alliance", "Opposition Alliance")]),
    # NEGATIVE: a capitalised 'Fellow' opening a body's own name, no post nor name after it, stays
    ("Fellow Products said its kettles sold out.",
     [("Fellow Products", "organization", None, None)],
     [("Fellow Products", "Fellow Products")]),
    # NEGATIVE: a capitalised 'Fellow' before no party's side opens a firm's name, also with a post and a name after
    ("Fellow Dynamics founder Ivo Brandt said orders had doubled.",
     [("Fellow Dynamics", "organization", None, None), ("Ivo Brandt", "person", "founder", "Fellow Dynamics")],
     [("Fellow Dynamics founder Ivo Brandt", "Ivo Brandt")]),
    ("Fellow Advisers LLP chairman Ivo Brandt said the merger was off.",
     [("Ivo Brandt", "person", "Fellow Advisers LLP chairman", None)],
     [("Fellow Advisers LLP chairman Ivo Brandt", "Ivo Brandt")]),
    # NEGATIVE: a fronted phrase headed by a noun of no office: the post inside it is another's
    ("Enemy of the Governor, Hon. Bea Tarrant (KLP), said the count was false.",
     [("Bea Tarrant", "person", None, "KLP"), ("KLP", "organization", None, None)],
     [("Enemy of the Governor, Hon. Bea Tarrant", "Bea Tarrant")]),
    # NEGATIVE: a fronted participle's or preposition's object is no post of the clause's subject
    ("Sitting next to the Mayor, Chief Ade Bello Okafor, said fares were too high.",
     [("Ade Bello Okafor", "person", "Chief", None)],
     [("Ade Bello Okafor", "Ade Bello Okafor")]),
    ("After meeting the Prime Minister, Mr. Ivo Brandt, who leads the dockers, said the strike was over.",
     [("Ivo Brandt", "person", None, None)],
     [("Mr. Ivo Brandt", "Ivo Brandt")]),
    # NEGATIVE: a fronted 'as' names the subject's own office
    ("As head of the water board, Dr. Bea Tarrant, said the audit was clean.",
     [("Bea Tarrant", "person", "head", None)],
     [("Dr. Bea Tarrant", "Bea Tarrant")]),
    ("In his capacity as chairman of the board, Mr. Ivo Brandt, who took over in May, said the bank was sound.",
     [("Ivo Brandt", "person", "chairman", None)],
     [("Mr. Ivo Brandt", "Ivo Brandt")]),
    # a fronted preposition whose clause has another subject: the name is the post's holder
    ("According to the port director, Ivo Brandt, customs officers seized the cargo.",
     [("Ivo Brandt", "person", "port director", None)],
     [("the port director", "Ivo Brandt")]),
    # NEGATIVE: a fronted participle set off by its own comma before the post's phrase leaves the post whole
    ("Presenting the plan, the Minister of Works, Hon. Tom Reed, told the House that roads would be fixed.",
     [("House", "organization", None, None), ("Tom Reed", "person", "Minister of Works", None)],
     [("Tom Reed", "Tom Reed")]),
    ("Replying, the Eastern Regional Director of the Kelby Water Authority (KWA), Mr Tom Reed, said bills would fall.",
     [("Kelby Water Authority", "organization", None, None),
      ("Tom Reed", "person", "Eastern Regional Director", "Kelby Water Authority")],
     [("Mr Tom Reed", "Tom Reed")]),
    # NEGATIVE: a lower-case 'fellow' inside the phrase stays in the role
    ("His fellow senator Tom Reed said the bill would fail.",
     [("Tom Reed", "person", "fellow senator", None)],
     [("His fellow senator Tom Reed", "Tom Reed")]),
    # NEGATIVE: a predecessor's post is a former one, read as before
    ("Her predecessor as Fisheries Commissioner, Dame Ruth Odell, said the plan would fail.",
     [("Ruth Odell", "person", "former Fisheries Commissioner", None)],
     [("Her predecessor", None)]),
    # NEGATIVE: a fronted place or time before the styled name is no post
    ("In Kelby, Mr. Tom Reed said the road was closed.",
     [("Tom Reed", "person", None, None)],
     [("Mr. Tom Reed", "Tom Reed")]),
    ("After the meeting, Mrs. Ann Lowe said the road was closed.",
     [("Ann Lowe", "person", None, None)],
     [("Mrs. Ann Lowe", "Ann Lowe")]),
    # NEGATIVE: a nickname with no post before it changes nothing
    ("Tom \"Tiny\" Reed was charged on Monday.",
     [("Tom Reed", "person", "suspect", None)],
     []),
]


@pytest.mark.parametrize("text,actors,speakers", ROWS)
def test_a_style_between_a_post_and_its_holder(text, actors, speakers):
    got_actors, got_speakers = actor_records_and_speakers(text)
    assert (got_actors, got_speakers) == (sorted(actors), speakers)
