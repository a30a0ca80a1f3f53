"""A local government named by its kind of place before 'of' ('the City of X', 'the Town of X', 'the Borough of X',
'the Municipality of X', 'the County of X') is one name whatever the recogniser cut or typed
(`actor_names._local_governments_named_by_their_kind`), and the body, with a page, where the article makes it act
or employ (`actors._its_government_acts`: the subject of a verb of speech, deciding or its government's acts,
LOCAL_GOVERNMENT_ACT_VERBS; `actors._a_municipality_acts`: a passive's agent, the owner of a post, the object of
'of'/'for'/'at' after an office of a local government); its bare place name stays the place's.
Its mayor (a city's, town's, borough's, municipality's: not a county's) and its councillor are its by the one-council
reading of `roles._the_one_councils_post`, where 'the city' or 'the council' in the holder's sentence takes it up
or the story opens on what it did. Negatives: a place where something happens or where people live, a place that
undergoes something or lies somewhere, two local governments named, a seat ('MP for the City of X'), a longer
body's name holding it, a council named in full, a county's mayor, the bare place name before a member's title;
and the review's faults: a title, a person's name, a weekday or a month after the place's name; a verb of no
government's act; a candidacy or a post of no local government before 'for'/'of'/'at'; a mayor whose own sentence
names his own place; a longer body's short form.
Every sentence here is written for the tests; whole records of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records, actor_records_and_speakers

O, P = "organization", "person"

ROWS = [
    ("The City of Tarnwell approved a new water levy on Monday. Mayor Irene Kollar said the city could not wait.",
     [("City of Tarnwell", O, None, None), ("Irene Kollar", P, "Mayor", "City of Tarnwell")]),
    ("The Town of Brackley will close the pool for repairs, Mayor Dean Hollis said on Tuesday, adding that the town "
     "had no choice.",
     [("Dean Hollis", P, "Mayor", "Town of Brackley"), ("Town of Brackley", O, None, None)]),
    ("The Municipality of Varga has awarded the cleaning contract. Councillor Petra Lindgren said the council had voted "
     "for it.",
     [("Municipality of Varga", O, None, None), ("Petra Lindgren", P, "Councillor", "Municipality of Varga")]),
    ("The City of Moravel's chief engineer, Owen Tarrant, said the pipes were old.",
     [("City of Moravel", O, None, None), ("Owen Tarrant", P, "chief engineer", "City of Moravel")]),
    ("The City of Denbury approved higher parking fees. Coun. Ruth Aldine said the council should have waited.",
     [("City of Denbury", O, None, None), ("Ruth Aldine", P, "Councillor", "City of Denbury")]),
    ("The Borough of Quenton fined the landlord $5,000. Mayor Alan Fisk said the borough would act again.",
     [("Alan Fisk", P, "Mayor", "Borough of Quenton"), ("Borough of Quenton", O, None, None)]),
    ("The County of Ashfell approved the budget. Councillor Nia Brandt said the council was right to do so.",
     [("County of Ashfell", O, None, None), ("Nia Brandt", P, "Councillor", "County of Ashfell")]),
    ("The figures came from Omar Quist, treasurer of the Town of Sallow, who warned of a shortfall.",
     [("Omar Quist", P, "treasurer", "Town of Sallow"), ("Town of Sallow", O, None, None)]),
    ("The Town of Ellery approved a cycle lane along the quay. Mayor Grete Fanshawe said the town would review it in "
     "spring. Cr Basil Ondaatje said the council had moved too quickly. Nadia Quell, the town's head of planning, "
     "said work would start in May.",
     [("Basil Ondaatje", P, "Councillor", "Town of Ellery"), ("Grete Fanshawe", P, "Mayor", "Town of Ellery"),
      ("Nadia Quell", P, "head of planning", "Town of Ellery"), ("Town of Ellery", O, None, None)]),
    ("The City of Harlen spent $3 million on new drains.", [("City of Harlen", O, None, None)]),
    ("The Town of Wick has sued the contractor over the failed roof.", [("Town of Wick", O, None, None)]),
    ("Under the deal the Borough of Tilney would contribute $2 million to the new library.",
     [("Borough of Tilney", O, None, None)]),
    ("A spokeswoman for the City of Rendlow said the road would reopen on Friday.",
     [("City of Rendlow", O, None, None)]),
    ("The report, commissioned by the City of Hallsby, found 30 bridges needed repair.",
     [("City of Hallsby", O, None, None)]),
    # councillors owned by the council's own place are no other council's ('the City of X's councillors')
    ("The Township of Marle will pay $1 million towards the bridge, a sum that split the Township of Marle's "
     "councillors. Councillor Ivo Brandauer said he opposed it because the council's engineers had warned against it.",
     [("Ivo Brandauer", P, "Councillor", "Township of Marle"), ("Township of Marle", O, None, None)]),
    # NEGATIVE: councillors of another owner: the councillor may be theirs
    ("The Township of Marle will pay $1 million towards the bridge, a sum that split the region's councillors. "
     "Councillor Ivo Brandauer said he opposed it because the council's engineers had warned against it.",
     [("Ivo Brandauer", P, "Councillor", None), ("Township of Marle", O, None, None)]),
    # NEGATIVE: only a place where people live or something happens, or a place that undergoes or lies
    ("Residents of the City of Tarnwell woke to snow on Monday, Ann Lowe said.", [("Ann Lowe", P, None, None)]),
    ("Heavy rain fell across the City of Ostmere overnight, forecaster Tom Reed said.",
     [("Tom Reed", P, "forecaster", None)]),
    ("The City of Moravel saw record rainfall in June, Mayor Ruth Calder said.", [("Ruth Calder", P, "Mayor", None)]),
    ("The City of Tarnwell received 40 mm of rain, forecaster Tom Reed said.", [("Tom Reed", P, "forecaster", None)]),
    ("The City of Tarnwell lost 200 residents last year, Ann Lowe said.", [("Ann Lowe", P, None, None)]),
    ("The City of Denbury lies on the east bank of the river. Mayor Ruth Calder said the floods were worse than "
     "ever.",
     [("Ruth Calder", P, "Mayor", None)]),
    ("He grew up in the City of Hallsby and moved to Leeds, Mayor Ruth Calder said.",
     [("Ruth Calder", P, "Mayor", None)]),
    # NEGATIVE: two local governments named, the mayor is either's
    ("The City of Denbury approved the budget. The Town of Orwin approved its own. Mayor Ruth Calder said the vote "
     "was close.",
     [("City of Denbury", O, None, None), ("Ruth Calder", P, "Mayor", None), ("Town of Orwin", O, None, None)]),
    # NEGATIVE: a second local government named only as a place (a verb of no act): the mayor may be either's
    ("The City of Mardle and the Town of Ivo signed a water deal. Mayor Rita Kahn said the city would pay more.",
     [("Rita Kahn", P, "Mayor", None)]),
    # NEGATIVE: a seat, a longer body's name, a council named in full (read as before), a county has no mayor
    ("Jo Penn, MP for the City of Durnham, said the bill was flawed.", [("Jo Penn", P, "MP", None)]),
    ("The University of the City of Harlow said fees would rise.",
     [("University of the City of Harlow", O, None, None)]),
    ("The City of York Council approved the budget. Councillor Ann Reed said the council had no choice.",
     [("Ann Reed", P, "Councillor", "City of York Council"), ("City of York Council", O, None, None)]),
    ("The County of Ashfell approved the budget. Mayor Tom Brandt said the council was right to do so.",
     [("County of Ashfell", O, None, None), ("Tom Brandt", P, "Mayor", None)]),
    # NEGATIVE: the name before a post and its holder is read with the holder's title, and the holder keeps the
    # statement (the parser may make 'City' the subject)
    ("Town of Pellow parks manager Edna Wirth told reporters the council would replant 200 trees.",
     [("Edna Wirth", P, "Town of Pellow parks manager", None)]),
    ("City of Tarnwell MP Jo Penn said the bill was flawed.", [("Jo Penn", P, "City of Tarnwell MP", None)]),
    # NEGATIVE: the bare place name is the place's, no short form of the body, and keeps a member's title whole
    ("Snow closed schools in Brimley on Friday. The Town of Brimley has fined two contractors. Brimley East MP Ola "
     "Sand said crews were slow.",
     [("Ola Sand", P, "Brimley East MP", None), ("Town of Brimley", O, None, None)]),
    # NEGATIVE (review F1): the place's name ends before a title, a style or a person's name that follows it; the
    # holder stays a person with the words as his title (as before the rule), never a body named after him
    ("City of Ambrose Mayor Lida Frenz said the budget would balance.",
     [("Lida Frenz", P, "City of Ambrose Mayor", None)]),
    ("City of Lanford Deputy Mayor Omar Petit and Cr Vera Lusk voted against the plan.",
     [("Omar Petit", P, "City of Lanford Deputy Mayor", None), ("Vera Lusk", P, "Councillor", None)]),
    ("City of Gorran Lord Mayor Ines Waldo opened the fair.", [("Ines Waldo", P, "City of Gorran Lord Mayor", None)]),
    ("Fees will rise 4 per cent, said Town of Quarry Hill Councillor Rob Essex.", []),
    # NEGATIVE (review F2): a weekday or a month after the place's name is no word of it
    ("The Town of Wedmore Friday approved a new parking bylaw.", [("Town of Wedmore", O, None, None)]),
    ("The City of Sorrel in March sued the rail operator.", [("City of Sorrel", O, None, None)]),
    # NEGATIVE (review F3): the place, not its government, as the subject of a verb of no government's act
    ("The City of Brennock hosted the national rowing finals, organiser Pia Lund said.",
     [("Pia Lund", P, "organiser", None)]),
    ("The Town of Yarrowby welcomed 80,000 tourists last summer, guide Hal Greer said.",
     [("Hal Greer", P, None, None)]),
    ("The County of Mossvale voted Democratic in four straight elections, pollster Ivy Cole said.",
     [("Democratic Party", O, None, None)]),
    ("The City of Quenby ranked first on a list of greenest towns, the survey found.", []),
    ("The Town of Ferrin badly needs a new school, parent Lou Tran said.", [("Lou Tran", P, None, None)]),
    ("The City of Pelloe marked its centenary with fireworks, Mayor Abe Rudd said.", [("Abe Rudd", P, "Mayor", None)]),
    # NEGATIVE (second review N1): a verb of a government's acts whose object is no money and no instrument of a
    # government ('earned the nickname', 'set a heat record', 'passed the … mark', 'paid a heavy price', 'lent its
    # name', 'spent the night', 'presents a challenge', 'allowed itself'): the place
    ("The City of Varrin earned the nickname 'the Rose City' long ago, historian Ida Moe said.",
     [("Ida Moe", P, "historian", None)]),
    ("The City of Tolby set a heat record on Monday, forecaster Bo Hale said.", [("Bo Hale", P, "forecaster", None)]),
    ("The City of Ulvar passed the half a million mark in population, the census office said.", []),
    ("The City of Garnock paid a heavy price in the flood, survivor Ona Pike said.", [("Ona Pike", P, None, None)]),
    ("The City of Hesket lent its name to a new ferry launched on Friday.", []),
    ("The City of Wendle spent the night celebrating the title, fan Ravi Kohli said.", [("Ravi Kohli", P, None, None)]),
    ("The City of Pardoe presents a real challenge for any visiting team, coach Ned Ivers said.",
     [("Ned Ivers", P, "coach", None)]),
    ("The City of Mellin allowed itself a night of celebration after the cup final, fans said.",
     [("fans", "group", None, None)]),
    # NEGATIVE (second review N3): the run after the place goes on into a longer proper name ('… Chamber of
    # Commerce'): no local government's name, no page, no affiliation
    ("Femi Adeyemi, president of the City of Lagosia Chamber of Commerce, said traders were struggling.",
     [("Femi Adeyemi", P, "president", None)]),
    ("Ama Owusu, a spokeswoman for the City of Keta Chamber of Commerce and Industry, said imports fell.",
     [("Ama Owusu", P, "spokeswoman", None)]),
    ("The City of Lagosia Chamber of Commerce said shops were closing.", []),
    # NEGATIVE (review F4, F5): a candidacy for a seat, a post that is no office of a local government
    ("Ada Moss, the Green candidate for the City of Helm, said the bill was rushed.",
     [("Ada Moss", P, "candidate for the City of Helm", "Green"), ("Green", O, None, None)]),
    ("Noor Elahi, a historian of the City of Penhale, said the charter had been lost.",
     [("Noor Elahi", P, "historian of the City of Penhale", None)]),
    ("Dr Kofi Mensah, a lecturer at the Municipality of Abrem, said the survey was sound.",
     [("Kofi Mensah", P, "lecturer", None)]),
    ("Tess Ruane, a nurse of the City of Olwen, said wards were full.",
     [("Tess Ruane", P, "nurse of the City of Olwen", None)]),
    # NEGATIVE (review F6): a mayor whose own sentence gives him another place is not the City's
    ("The City of Castlegate approved a $2 million plan. Mayor Hugo Brill, whose village of Trent End lies across the "
     "river, said the council had rushed it.",
     [("City of Castlegate", O, None, None), ("Hugo Brill", P, "Mayor", None)]),
    ("The City of Castlegate approved the plan. Mayor Hugo Brill, whose town of Dunlow sits downstream, said the "
     "council had ignored the risk.",
     [("City of Castlegate", O, None, None), ("Hugo Brill", P, "Mayor", None)]),
    # NEGATIVE (review F7): a longer body's name that goes on past its place keeps its short form ('the Symphony')
    ("The City of Wellam Symphony announced its season. The Symphony said ticket prices would rise.",
     [("City of Wellam Symphony", O, None, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_local_government_named_by_its_kind(text, expected):
    assert actor_records(text) == sorted(expected)


@pytest.mark.xfail(reason="known miss: a post's 'for'/'at' phrase naming the local government is not read as the "
                          "holder's body ('of' is), so the page is made but the director is left without it")
def test_a_post_for_the_local_government():
    assert actor_records("Grace Penhallow, director of parks for the City of Ostmere, said the trees would be "
                         "replaced.") == sorted([("City of Ostmere", O, None, None),
                                                 ("Grace Penhallow", P, "director of parks", "City of Ostmere")])


# NEGATIVE (review F1, F7): the holder keeps his statement; a longer body's short form ('the Trust', 'the Symphony')
# is still that body's, so its statements go to one page
@pytest.mark.parametrize("text,actors,speakers", [
    ("City of Ambrose Mayor Lida Frenz said the budget would balance.",
     [("Lida Frenz", P, "City of Ambrose Mayor", None)], [("City of Ambrose Mayor Lida Frenz", "Lida Frenz")]),
    ("The County of Fennick Heritage Trust bought the old mill. The Trust said it would reopen next year.",
     [("County of Fennick Heritage Trust", O, None, None)], [("The Trust", "County of Fennick Heritage Trust")]),
    ("The City of Wellam Symphony announced its season. The Symphony said ticket prices would rise.",
     [("City of Wellam Symphony", O, None, None)],
     [("The City of Wellam Symphony", "City of Wellam Symphony"), ("The Symphony", "City of Wellam Symphony")]),
])
def test_a_holders_statement_and_a_longer_bodys_short_form(text, actors, speakers):
    assert actor_records_and_speakers(text) == (sorted(actors), speakers)


# NEGATIVE (second review N2): a local government's kind noun ('the City', 'the County') is a body's noun for a
# description only where it is the body's own head: not where the name goes on past its place to another head
# ('City of X Symphony', 'County of X Heritage Trust'); where a bare 'City of X' also acts, 'the City' is that one.
# POSITIVE: 'the City' after a bare 'City of X' that acted is it.
@pytest.mark.parametrize("text,actors,speakers", [
    ("The City of Marrowby Symphony announced its season. The City said it would cut the orchestra's grant.",
     [("City of Marrowby Symphony", O, None, None)],
     [("The City of Marrowby Symphony", "City of Marrowby Symphony"), ("The City", None)]),
    ("The City of Tessering Orchestra announced its season. The City said it would fund a new hall.",
     [("City of Tessering Orchestra", O, None, None)],
     [("The City of Tessering Orchestra", "City of Tessering Orchestra"), ("The City", None)]),
    ("The County of Baldry Heritage Trust announced a sale. The County said it would review the case.",
     [("County of Baldry Heritage Trust", O, None, None)],
     [("The County of Baldry Heritage Trust", "County of Baldry Heritage Trust"), ("The County", None)]),
    ("The City of Penlow sued the City of Penlow Heritage Trust. The City said the lease was void.",
     [("City of Penlow", O, None, None), ("City of Penlow Heritage Trust", O, None, None)],
     [("The City", "City of Penlow")]),
    ("The City of Penlow approved a budget on Tuesday. The City said rates would rise 3 per cent.",
     [("City of Penlow", O, None, None)], [("The City", "City of Penlow")]),
])
def test_the_kind_noun_of_a_local_government_only(text, actors, speakers):
    assert actor_records_and_speakers(text) == (sorted(actors), speakers)
