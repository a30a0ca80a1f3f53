"""A body taken up by its kind word alone: 'Council has pledged $5m', 'Ministry says …' (a capitalised kind
noun with no determiner, the writer's short name for the one body of a kind whose names carry it:
bodies.py `kind_written_as_a_name`), and 'the department', 'the council' beside a proper name the article
made no actor of whose head is no such kind ('the Tablelands Tigers' is no council: bodies.py
`unkept_name_between`, KINDS_NAMED_BY_THEIR_HEAD). Session 33, bodies33. Every sentence here is written for
the tests; whole position records; rows with an actor of None are the negatives (two bodies of the kind,
the body named only after, a plural, a compound)."""
from __future__ import annotations

import pytest

from conftest import actor_records, extract, positions_of


ROWS = [
    # a capitalised bare kind noun as the subject, after the one body of the kind (beside a team the
    # recogniser made no actor of)
    ("The Tablelands Tigers and Atherton Regional Council have put forward a $20m plan for an aquatic centre. Council has "
     "pledged $5m to the build.",
     [("Council", "Atherton Regional Council", "pledged", "$5m to the build", False)]),
    ("Wandoo Shire Council has drawn up a $12m plan to rebuild the seawall. Council said the work would start in May.",
     [("Council", "Wandoo Shire Council", "said", "the work would start in May", False)]),
    # inside the sentence, after the content or 'according to'
    ("Wandoo Shire Council has drawn up a $12m plan to rebuild the seawall. The work would start in May, Council said.",
     [("Council", "Wandoo Shire Council", "said", "The work would start in May", False)]),
    ("Wandoo Shire Council has drawn up a $12m plan to rebuild the seawall. The work would start in May, according to "
     "Council.",
     [("Council", "Wandoo Shire Council", "according to", "The work would start in May", False)]),
    ("Marrick Valley Council approved the budget on Monday with the Lindale Hawks. Council says rates will rise by 3 "
     "per cent.",
     [("Council", "Marrick Valley Council", "says", "rates will rise by 3 per cent", False)]),
    ("The Ministry of Rural Health has published new figures on waiting times. Ministry says it will open 12 new "
     "clinics by 2028.",
     [("Ministry", "Ministry of Rural Health", "says", "it will open 12 new clinics by 2028", False)]),
    # a body of another kind named between is no rival: a council is no ministry
    ("Kelby Town Council met the Ministry of Ports on Monday. Ministry says it will fund the new dock.",
     [("Ministry", "Ministry of Ports", "says", "it will fund the new dock", False)]),
    # 'the <kind>' with 'the', as subject or after 'according to'
    ("The Department of Coastal Affairs set up a panel with the Rangers Trust. The department said the panel would "
     "report in June.",
     [("The department", "Department of Coastal Affairs", "said", "the panel would report in June", False)]),
    ("The Department of Coastal Affairs met the Kestrel Pirates on Tuesday. According to the department, 40 jobs "
     "will go.",
     [("the department", "Department of Coastal Affairs", "according to", "40 jobs will go", False)]),
    ("Harwick District Council rejected the plan on Tuesday after the Otter Bay Dolphins objected. The council said it "
     "would look again in spring.",
     [("The council", "Harwick District Council", "said", "it would look again in spring", False)]),
    # a sports club named '... FC' is a club (KIND_NAME_HEADS)
    ("Harrowfield Rangers FC sacked its manager on Monday. The club said a new manager would be named in June.",
     [("The club", "Harrowfield Rangers FC", "said", "a new manager would be named in June", False)]),
    # NEGATIVE: two clubs
    ("Harrowfield Rangers FC and Lydgate Town FC agreed a groundshare on Monday. The club said it would pay £6,000.",
     [("The club", None, "said", "it would pay £6,000", False)]),
    # NEGATIVE: a compound ('Council tax') and a plural are no body's short name
    ("Wandoo Shire Council voted on Monday to raise rates. Council tax will go up by 4 per cent, and councils across "
     "the state said they faced the same pressure.",
     [("councils", None, "said", "they faced the same pressure", False)]),
    ("The Ministry of Rural Health published new figures. Councils says the figures are wrong.",
     [("Councils", None, "says", "the figures are wrong", False)]),
    # NEGATIVE: two bodies of the kind named
    ("The Department of Coastal Affairs met the Department of Fisheries on Tuesday. The department said 40 jobs would "
     "go.",
     [("The department", None, "said", "40 jobs would go", False)]),
    ("Wandoo Shire Council and Coral Bay Regional Council met the Kestrel Pirates on Monday. The council said it would "
     "pay $3m.",
     [("The council", None, "said", "it would pay $3m.", False)]),
    # NEGATIVE: a word of a longer name ('the Council of Europe')
    ("The Security Council met on Monday. The sanctions would stay, the Council of Europe said.",
     [("the Council of Europe", "Council of Europe", "said", "The sanctions would stay", False)]),
    # NEGATIVE: the story opens on a council of words of its own, which the council named next lacks: 'the
    # council' may be the opening's (bodies.py `_opening_subject_of_its_own`), with no other name between
    ("The district council will scrap parking charges. Tarnby Borough Council backed the plan. Shoppers said the town "
     "centre was still empty. The council said the change would cost 2 million pounds.",
     [("Shoppers", None, "said", "the town centre was still empty", False),
      ("The council", None, "said", "the change would cost 2 million pounds", False)]),
    # NEGATIVE: the body named only after the kind word
    ("The department said 40 jobs would go. The Department of Coastal Affairs met the Kestrel Pirates on Tuesday.",
     [("The department", None, "said", "40 jobs would go", False)]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_bodies_named_by_their_kind_word(text, expected):
    assert positions_of(text) == expected


def test_figure_of_a_council_named_by_its_kind_word_is_the_councils():
    result = extract("The Tablelands Tigers and Atherton Regional Council have put forward a $20m plan for an "
                     "aquatic centre. Council has pledged $5m to the build.")
    names = {m.key: m.name for m in result.mentions}
    assert sorted((f.text, names.get(f.actor)) for f in result.figures) == \
        [("$20m", None), ("$5m", "Atherton Regional Council")]


MAYORS_BESIDE_COUNCIL = [
    # NEGATIVE (session 33 review): a regional council is no local council whose head a bare 'Mayor X' is
    # (LOCAL_COUNCIL_NAME_ENDINGS), and 'Council' written as a name in the holder's sentence ties no post to it:
    # the mayor may be a nearby town's or shire's
    ("Atherton Regional Council has put forward a $20m plan for an aquatic centre. The centre would hold a 50-metre pool. Work "
     "could start in Mareeba next year. Mayor Rita Bowman said Council had done its part.",
     [("Atherton Regional Council", "organization", None, None), ("Rita Bowman", "person", "Mayor", None)]),
    ("The Tablelands Tigers and Atherton Regional Council have put forward a $20m plan for an aquatic centre. Council has "
     "pledged $5m of the cost, with Mayor Rita Bowman adding that the rest must come from the state.",
     [("Atherton Regional Council", "organization", None, None), ("Rita Bowman", "person", "Mayor", None)]),
    # (session 48: a regional council's bare 'Councillor X' is its member where the story opens on it and the
    # holder's sentences name no other place, council or council post: COUNCILLORS_BODY_NAME_ENDINGS)
    ("Atherton Regional Council has put forward a $20m plan for an aquatic centre. Councillor Rita Bowman said Council had "
     "done its part.",
     [("Atherton Regional Council", "organization", None, None),
      ("Rita Bowman", "person", "Councillor", "Atherton Regional Council")]),
    ("Kelton Regional Council has pledged $3m. In nearby Brora, Mayor Nina Hale said Council had forgotten the town.",
     [("Kelton Regional Council", "organization", None, None), ("Nina Hale", "person", "Mayor", None)]),
    ("Kelton Regional Council has pledged $3m. In nearby Brora, Mayor Nina Hale said the council had forgotten the "
     "town.",
     [("Kelton Regional Council", "organization", None, None), ("Nina Hale", "person", "Mayor", None)]),
    ("Kelton Regional Council has pledged $3m to the project. Mayor Nina Hale, who leads the neighbouring shire, said "
     "Council had ignored her town.",
     [("Kelton Regional Council", "organization", None, None), ("Nina Hale", "person", "Mayor", None)]),
    ("Marlow Regional Council voted to raise rates by 8 per cent. Mayor Gail Penn said the council had ignored "
     "ratepayers.",
     [("Gail Penn", "person", "Mayor", None), ("Marlow Regional Council", "organization", None, None)]),
    # NEGATIVE: far from the council and another place named, no word of the council in the holder's sentence
    ("Atherton Regional Council has put forward a $20m plan for an aquatic centre. The centre would hold a 50-metre pool. Work "
     "could start in Mareeba next year. Mayor Rita Bowman said the state had to act.",
     [("Atherton Regional Council", "organization", None, None), ("Rita Bowman", "person", "Mayor", None)]),
    # NEGATIVE: two councils; the post placed in another town
    ("Atherton Regional Council and Cooktown Shire Council have put forward a $20m plan. Mayor Rita Bowman said "
     "Council had done its part.",
     [("Atherton Regional Council", "organization", None, None), ("Cooktown Shire Council", "organization", None, None),
      ("Rita Bowman", "person", "Mayor", None)]),
    ("Atherton Regional Council has put forward a $20m plan. Mayor Rita Bowman of Mareeba said Council had done its "
     "part.",
     [("Atherton Regional Council", "organization", None, None), ("Rita Bowman", "person", "Mayor", None)]),
]


@pytest.mark.parametrize("text, expected", MAYORS_BESIDE_COUNCIL)
def test_mayors_beside_a_council_named_by_its_kind_word(text, expected):
    assert actor_records(text) == expected
