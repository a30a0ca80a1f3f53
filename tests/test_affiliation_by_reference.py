"""Affiliations a sentence states through a description rather than the body's name (session 23,
affil23): 'X, the company's chief financial officer,' takes up the one business named before, also
where the words between speak of amounts ('revenue of Dh784 million', which the parser may read as a
proper noun and which names no body that could be meant). Every sentence here is written for the
tests; whole records of every actor, negatives where nothing may be affiliated."""
from __future__ import annotations

import pytest

from conftest import extract


def records_of(text: str) -> list[tuple]:
    mentions = extract(text).mentions
    names = {m.key: m.name for m in mentions}
    return sorted((m.name, m.type, m.role, names.get(m.affiliation)) for m in mentions)


COMPANY_POSTS_AFTER_AMOUNTS = [
    ("Tarvane Freight Logistics said on Monday it would list its shares in Dubai. Its revenue rose to Dh540 "
     "million last year. Ann Roe, the company's chief financial officer, said the listing would fund new depots.",
     [("Ann Roe", "person", "chief financial officer", "Tarvane Freight Logistics"),
      ("Tarvane Freight Logistics", "organization", None, None)]),
    # NEGATIVE: another body named after the company may be the one meant
    ("Velstra Holdings agreed to buy Orlen Dairy for Dh40 million. Orlen Dairy makes cheese. Tom Reed, the "
     "company's chief financial officer, said margins would improve.",
     [("Orlen Dairy", "person", None, None),
      ("Tom Reed", "person", "chief financial officer", None),
      ("Velstra Holdings", "organization", None, None)]),
    # NEGATIVE: a name with a digit ('Kanoo2') is no amount; it may be a body the recogniser missed
    ("Velstra Holdings said on Monday it would list its shares in Dubai. The plan was backed by Kanoo2 and "
     "Alpha9. Tom Reed, the company's chief executive, said the listing would fund new depots.",
     [("Tom Reed", "person", "chief executive", None),
      ("Velstra Holdings", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", COMPANY_POSTS_AFTER_AMOUNTS)
def test_company_posts_after_amounts(text, expected):
    assert records_of(text) == expected


# a bare 'Mayor X' far from the one council's name, whose own sentence speaks of 'the council' or
# 'this council', is that council's mayor, though the story names other places elsewhere
MAYORS_WHO_SPEAK_OF_THE_COUNCIL = [
    ("The Marlow District Council voted on Tuesday to raise rates. Residents packed the hall in Marlow. Traders "
     "from Dover said they were worried. Mayor Alan Reed said the council had no choice.",
     [("Alan Reed", "person", "Mayor", "Marlow District Council"),
      ("Marlow District Council", "organization", None, None)]),
    ("The Marlow District Council voted on Tuesday to raise rates. Traders said they were worried. Parking will "
     "cost more. Mayor Alan Reed said this council had waited too long.",
     [("Alan Reed", "person", "Mayor", "Marlow District Council"),
      ("Marlow District Council", "organization", None, None),
      ("traders", "group", None, None)]),
    ("The Kelby City Council approved a new bus lane. Shops were consulted. Buses will run every ten minutes. "
     "Mayor Tim Eze said the council had listened to traders.",
     [("Kelby City Council", "organization", None, None),
      ("Tim Eze", "person", "Mayor", "Kelby City Council")]),
    # NEGATIVE: another council in the sentence ('the regional council'), a place after the name or in the
    # mayor's sentence, a former mayor, a second council in the story, no 'the council' in the sentence
    ("The Marlow District Council voted on Tuesday to raise rates. Traders said they were worried. Parking will "
     "cost more. Mayor Alan Reed said the regional council had waited too long.",
     [("Alan Reed", "person", "Mayor", None),
      ("Marlow District Council", "organization", None, None),
      ("traders", "group", None, None)]),
    ("The Marlow District Council voted on Tuesday to raise rates. Traders said they were worried. Parking will "
     "cost more. Mayor Alan Reed of Eastbury said the council had waited too long.",
     [("Alan Reed", "person", "Mayor", None),
      ("Marlow District Council", "organization", None, None),
      ("traders", "group", None, None)]),
    ("The Marlow District Council voted on Tuesday to raise rates. Traders said they were worried. Parking will "
     "cost more. Mayor Alan Reed said Dover and the council had waited too long.",
     [("Alan Reed", "person", "Mayor", None),
      ("Marlow District Council", "organization", None, None),
      ("traders", "group", None, None)]),
    ("The Marlow District Council voted on Tuesday to raise rates. Traders said they were worried. Former mayor "
     "Alan Reed said the council had waited too long.",
     [("Alan Reed", "person", "Former mayor", None),
      ("Marlow District Council", "organization", None, None),
      ("traders", "group", None, None)]),
    ("The Camden Borough Council and the Harbour Arts Council met. Fares will be frozen. Mayor Dana Holt said "
     "the council would pay.",
     [("Camden Borough Council", "organization", None, None),
      ("Dana Holt", "person", "Mayor", None),
      ("Harbour Arts Council", "organization", None, None)]),
    ("The Camden Borough Council approved a new cycle lane on Tuesday. Separately, fares on the Underground "
     "will be frozen. Mayor Sadiq Khan said the freeze would help families.",
     [("Camden Borough Council", "organization", None, None),
      ("Sadiq Khan", "person", "Mayor", None)]),
    # NEGATIVE: the story speaks of other towns' mayors, or of a town's own mayor
    ("The Marlow District Council voted on Tuesday to close two depots. Mayors from three neighbouring towns met "
     "officials afterwards. Mayor Jane Cole said the council had not listened to them.",
     [("Jane Cole", "person", "Mayor", None),
      ("Marlow District Council", "organization", None, None)]),
    ("The Kelby City Council approved a rail link on Monday. The neighbouring village has its own mayor. Mayor "
     "Ruth Pike said the council had ignored the village.",
     [("Kelby City Council", "organization", None, None),
      ("Ruth Pike", "person", "Mayor", None)]),
]


@pytest.mark.parametrize("text, expected", MAYORS_WHO_SPEAK_OF_THE_COUNCIL)
def test_mayors_who_speak_of_the_council(text, expected):
    assert records_of(text) == expected


# "the <noun>'s <post>" with a noun no list knows as a body's kind: the one body just named, headed by it
UNLISTED_KIND_OWNERS = [
    ("The Lagos State Police Command says it has arrested 11 suspects. The command's spokesperson, Funmi Ade, "
     "said the raid was lawful.",
     [("Funmi Ade", "person", "spokesperson", "Lagos State Police Command"),
      ("Lagos State Police Command", "organization", None, None)]),
    # NEGATIVE: two bodies so headed, a noun that heads no body named, another body just named
    ("The Harbour Naval Command and the Kessa Air Command arrested 11 suspects. The command's spokesperson, "
     "Funmi Ade, said the raid was lawful.",
     [("Funmi Ade", "person", "spokesperson", None),
      ("Harbour Naval Command", "organization", None, None),
      ("Kessa Air Command", "organization", None, None)]),
    ("The Harbour Naval Command arrested 11 suspects. The regiment's spokesperson, Funmi Ade, said the raid "
     "was lawful.",
     [("Funmi Ade", "person", "spokesperson", None),
      ("Harbour Naval Command", "organization", None, None)]),
    ("The Harbour Naval Command arrested 11 suspects with Kessa Air Force. The command's spokesperson, Funmi "
     "Ade, said the raid was lawful.",
     [("Funmi Ade", "person", "spokesperson", None),
      ("Harbour Naval Command", "organization", None, None),
      ("Kessa Air Force", "organization", None, None)]),
    # NEGATIVE: the command just named is not the story's only one (the story's subject may be meant)
    ("The Ogun State Police Command arrested 11 suspects on Monday. The men had escaped from a cell run by the "
     "Lagos State Police Command last year. The command's spokesperson, Omolola Odutola, said they would be charged.",
     [("Lagos State Police Command", "organization", None, None),
      ("Ogun State Police Command", "organization", None, None),
      ("Omolola Odutola", "person", "spokesperson", None)]),
]


@pytest.mark.parametrize("text, expected", UNLISTED_KIND_OWNERS)
def test_unlisted_kind_owners(text, expected):
    assert records_of(text) == expected


# a bare 'Councillor X' is placed the same way, only where the sentence speaks of 'the council'
COUNCILLORS_WHO_SPEAK_OF_THE_COUNCIL = [
    ("The Kelby City Council approved a new bus lane. Shops were consulted. Councillor Tim Eze said the council "
     "had listened to traders.",
     [("Kelby City Council", "organization", None, None),
      ("Tim Eze", "person", "Councillor", "Kelby City Council")]),
    # NEGATIVE: no 'the council' in the sentence, a place after the name, a former councillor
    ("The Kelby City Council approved a new bus lane. Shops were consulted. Councillor Tim Eze said traders had "
     "been ignored.",
     [("Kelby City Council", "organization", None, None),
      ("Tim Eze", "person", "Councillor", None)]),
    ("The Kelby City Council approved a new bus lane. Shops were consulted. Councillor Tim Eze of Dover said the "
     "council had listened.",
     [("Kelby City Council", "organization", None, None),
      ("Tim Eze", "person", "Councillor", None)]),
    ("The Kelby City Council approved a new bus lane. Shops were consulted. Former councillor Tim Eze said the "
     "council had listened.",
     [("Kelby City Council", "organization", None, None),
      ("Tim Eze", "person", "Former councillor", None)]),
    # NEGATIVE: the councillor's sentence speaks of another council ('the parish council', 'a parish councillor')
    ("The Marlow District Council approved the housing plan on Tuesday. Parish councillors objected. Councillor "
     "Jo Bell, who chairs the parish council, said the council had ignored villagers.",
     [("Jo Bell", "person", "Councillor", None),
      ("Marlow District Council", "organization", None, None)]),
    ("The Marlow District Council approved the housing plan on Tuesday. Village leaders objected. Councillor Jo "
     "Bell, a parish councillor, said the council had ignored villagers.",
     [("Jo Bell", "person", "Councillor", None),
      ("Marlow District Council", "organization", None, None),
      ("village leaders", "group", None, None)]),
]


@pytest.mark.parametrize("text, expected", COUNCILLORS_WHO_SPEAK_OF_THE_COUNCIL)
def test_councillors_who_speak_of_the_council(text, expected):
    assert records_of(text) == expected
