"""A bare post whose sentences name no body, far from the one body of its kind the story opens on (session 48,
posts: `roles._one_body_of_the_posts_kind`). A 'Mayor' / 'Deputy mayor' is the one local council's where the
story opens on what the council did, the holder's sentence and the one before name no other proper noun and no
town of the mayor's own ('her town', 'the nearby town'), and the story speaks of no other council anywhere; a
'Councillor' / 'Cr' is also a regional or county council's (COUNCILLORS_BODY_NAME_ENDINGS) where the story
speaks of no other council nor a borough or parish of its own; a 'Mayor' not (a town's within it may speak).
A company's post far from the company stays unplaced: another body or the holder's own firm may come between or
after (session 48 fixes). Every sentence here is written for the tests; whole records of every person."""
from __future__ import annotations

import pytest

from conftest import person_records

_LOSS = "Brannock Tin Ltd reported a 9 per cent fall in profit on Thursday.\n\n"
_BONUS = "Staff will share a bonus pool of 2 million.\n\nManaging director Maud Keel said orders had picked up."
_FEES = "The Fenwick District Council voted on Wednesday to raise parking fees by 10 per cent.\n\n"
_STORMS = "The change follows storm damage in Orrin and Tarrow last spring.\n\nShopkeepers were unhappy with the increase.\n\n"
_BURNING = "Corran Regional Council said on Tuesday it would ban burning in the open.\n\n"
_FINES = "Fines of up to $500 apply.\n\n"

ROWS = [
    (_FEES + _STORMS + "Mayor Cora Lind said the increase was modest.",
     [('Cora Lind', 'Mayor', 'Fenwick District Council')]),
    ("Fenwick District Council has agreed to spend $3 million on new footpaths.\n\nThe work will start next month.\n\n"
     "Two contractors have been hired.\n\nDeputy mayor Alf Tobin said the footpaths were overdue.",
     [('Alf Tobin', 'Deputy mayor', 'Fenwick District Council')]),
    (_BURNING + "The ban runs until the end of April.\n\n" + _FINES + "Councillor Edie Marsh said the ban was overdue.",
     [('Edie Marsh', 'Councillor', 'Corran Regional Council')]),
    (_BURNING + "The ban runs until the end of April.\n\n" + _FINES
     + "Cr Edie Marsh, who opposed the ban, said it went too far.",
     [('Edie Marsh', 'Councillor', 'Corran Regional Council')]),
    ("Kessa County Council approved a new budget on Wednesday.\n\nLibraries will open for fewer hours.\n\n"
     "Bus passes will cost more.\n\nCouncillor Ned Hale said the cuts were painful.",
     [('Ned Hale', 'Councillor', 'Kessa County Council')]),
    # NEGATIVE: a company's bare post far from the company: a body or a business between, or the holder's own
    # firm after
    (_LOSS + "Tin prices held steady.\n\n" + _BONUS,
     [('Maud Keel', 'Managing director', None)]),
    (_LOSS + "The Orrin Mining Authority fined it last year.\n\n" + _BONUS,
     [('Maud Keel', 'Managing director', None)]),
    (_LOSS + "A rival smelter cut 150 jobs.\n\n" + _BONUS,
     [('Maud Keel', 'Managing director', None)]),
    (_LOSS + "Separately, the Orrin Valley Hospital said it would close a ward.\n\nThe closure takes effect in July.\n\n"
     "Chief executive Maud Keel said the closure was unavoidable.",
     [('Maud Keel', 'Chief executive', None)]),
    ("Brannock Tin Ltd will fund a new clinic.\n\nThe clinic will be built at Fenwick General Hospital.\n\n"
     "Building starts in April.\n\nChief executive Maud Keel said the hospital had asked for it for a decade.",
     [('Maud Keel', 'Chief executive', None)]),
    ("Brannock Tin Ltd reported higher profit.\n\nIt will fund a lectureship at Tarrow University.\n\n"
     "The university has run a deficit for years.\n\nChief financial officer Piet Arlen said the deficit had shrunk.",
     [('Piet Arlen', 'Chief financial officer', None)]),
    ("Brannock Tin Ltd reported higher profit.\n\nIt sponsors the Fenwick Art Museum, which reopens in April after "
     "repairs.\n\nVisitor numbers had fallen by half.\n\nChief executive Maud Keel said the repairs would win "
     "visitors back.",
     [('Maud Keel', 'Chief executive', None)]),
    ("Brannock Tin Ltd announced 200 job cuts on Thursday.\n\nThe cuts hit the town of Orrin hardest.\n\n"
     "Riverkeep, a conservation group, called for the smelter to close.\n\nChief executive Nia Garrow said the "
     "smelter had fouled the river.",
     [('Nia Garrow', 'Chief executive', None)]),
    ("Pellam Dairies Plc posted a loss for the year.\n\nSales fell by 6 per cent.\n\nIn other news, shares in "
     "Corvane rose after a buyout offer.\n\nChief executive Idris Pole said he welcomed the offer.",
     [('Idris Pole', 'Chief executive', None)]),
    ("Varrow Glass Inc said on Thursday it would shut a kiln.\n\nAbout 150 jobs will go.\n\nChief executive Hana "
     "Brill said the shutdown would hurt suppliers.\n\nBrill runs Tolley Freight Ltd, which carries the glass.",
     [('Hana Brill', 'Chief executive', None)]),
    (_LOSS + "Prices slipped in the second half.\n\nChief executive Maud Keel said demand was weak across the "
     "industry.\n\nKeel chairs the Orrin Chamber of Mining, which speaks for 30 producers.",
     [('Maud Keel', 'Chief executive', None)]),
    # NEGATIVE: another place in the mayor's sentence; a second council named or spoken of anywhere; a town of
    # the mayor's own near the mayor; a regional council's bare 'Mayor'
    (_FEES + _STORMS + "In Orrin, Mayor Cora Lind said the increase was unfair.",
     [('Cora Lind', 'Mayor', None)]),
    (_FEES + "The Tarrow Town Council froze its fees.\n\nShopkeepers were unhappy with the increase.\n\n"
     "Mayor Cora Lind said the increase was modest.",
     [('Cora Lind', 'Mayor', None)]),
    ("Fenwick District Council approved a new reservoir on Wednesday.\n\nThe reservoir will serve Orrin, 30km to the "
     "north.\n\nWater will reach homes from 2029.\n\nMayor Cora Lind said her town had been patient.",
     [('Cora Lind', 'Mayor', None)]),
    ("Fenwick District Council voted on Wednesday to end its grant to the Orrin fair.\n\nThe fair draws 15,000 "
     "visitors.\n\nThe nearby town stands to lose its biggest weekend.\n\nMayor Cora Lind said the town would appeal.",
     [('Cora Lind', 'Mayor', None)]),
    ("Fenwick District Council voted on Wednesday to shut the pool in Tarrow.\n\nTarrow, a town of 2,500 people, has "
     "its own town council.\n\nSwimmers were dismayed.\n\nMayor Cora Lind said the decision was short-sighted.",
     [('Cora Lind', 'Mayor', None)]),
    (_BURNING + "The ban runs until the end of April.\n\n" + _FINES + "Mayor Abe Kray said the ban was overdue.",
     [('Abe Kray', 'Mayor', None)]),
    # NEGATIVE: a regional or county council's councillor where the story speaks of another council (named, or
    # lower case), or of a borough
    (_BURNING + "The Corran District Council backed the ban.\n\n" + _FINES
     + "Councillor Edie Marsh said the ban was overdue.",
     [('Edie Marsh', 'Councillor', None)]),
    (_BURNING + "The district council has its own bylaw for the town.\n\n" + _FINES
     + "Cr Edie Marsh said the ban was premature.",
     [('Edie Marsh', 'Councillor', None)]),
    ("Orwell County Council approved a new landfill on Thursday.\n\nThe site lies in Brisk borough, whose residents "
     "object.\n\nThe borough has opposed the plan for years.\n\nCouncillor Ivo Renn said the county had not listened.",
     [('Ivo Renn', 'Councillor', None)]),
    ("Orwell County Council has approved 300 homes at Pennick.\n\nThe parish council opposed the plan.\n\n"
     "Councillor Ivo Renn said the village would be overwhelmed.",
     [('Ivo Renn', 'Councillor', None)]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_bare_posts_of_the_storys_body(text, expected):
    assert person_records(text) == expected
