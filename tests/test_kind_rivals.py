"""A kind noun ('the council', 'the group', 'the water corporation') takes up the one body of its kind the
article named before it; only what may be ANOTHER body of the kind stands in the way. A kind noun that
brings no body of its own into the story is no rival: one modifying another noun ('conglomerate X',
'council tax'), a singular with no determiner ('to full council'), a headline's, or a quoted speaker's; but
one with a word that marks another body is ('rival group chief X'). A body whose name says no kind ('Harlan
Power' beside 'the water corporation') is a rival only where it is named as recently as the body the phrase
fits; one whose name or stated kind says the kind is one wherever named. A numbered branch of workers
('United Carvers Local 212') is a union; a station's 'WKSL Local 7' is none. 'The corporation's' alone is no
firm's. Every sentence here is written for the tests; rows whose description has an actor of None are the
negatives."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from conftest import actor_records, positions_of
from generator.extract.parse import load_nlp
from generator.extract.roles import _split_from_the_name
from generator.names import union_branch_word


KIND_RIVALS = [
    # a bare 'full council' is the council sitting, no second council
    ("Harrow Borough Council plans to raise its tax by 4 per cent, and the rise goes to full council for approval in "
     "March. The council said care services needed the money.",
     [("The council", "Harrow Borough Council", "said", "care services needed the money", False)]),
    ("Kessel District Council approved a new bus lane on Monday. The plan will go before full council next month. "
     "The council said 12,000 people use the route every day.",
     [("The council", "Kessel District Council", "said", "12,000 people use the route every day", False)]),
    # the kind noun written before the name describes that body
    ("Family-owned conglomerate Brennick Industries Ltd cut its dividend on Friday. The group said profit fell by a "
     "third.",
     [("The group", "Brennick Industries Ltd", "said", "profit fell by a third", False)]),
    # a quoted speaker's 'an independent commission' is the writer's commission, no rival
    ("The state assembly voted $2 million more for the Kessel Electoral Review Commission (KERC) on Tuesday. The "
     "money will pay for new voting machines. \"Nobody is starving an independent commission of funds,\" Senator "
     "Ana Ruiz said. The commission said 40,000 voters had signed up.",
     [("Senator Ana Ruiz", "Ana Ruiz", "said", "Nobody is starving an independent commission of funds", True),
      ("The commission", "Kessel Electoral Review Commission", "said", "40,000 voters had signed up", False)]),
    # a headline's kind noun is the story's own body
    ("Struggling council warns of cuts\n\nBrenmoor City Council will cut 200 jobs over two years. The council said "
     "the cuts would save £9m a year.",
     [("The council", "Brenmoor City Council", "said", "the cuts would save £9m a year", False)]),
    # NEGATIVE: a kind noun modifying another with a word that marks another body of the kind: a rival
    ("Orwell Holdings Ltd posted a loss for the year. Smaller rival group chief Ann Lowe said the market was weak. "
     "The group said revenue fell 9 per cent.",
     [("Smaller rival group chief Ann Lowe", "Ann Lowe", "said", "the market was weak", False),
      ("The group", None, "said", "revenue fell 9 per cent", False)]),
    # NEGATIVE: another body of the kind, unnamed, in the writer's own words
    ("Harbour Dockers Union called a strike for Monday. A rival union said it would not join the action. The union "
     "said pay had fallen 5 per cent.",
     [("A rival union", None, "said", "it would not join the action", False),
      ("The union", None, "said", "pay had fallen 5 per cent", False)]),
    ("Kessel City Council approved the budget. The old county council had run a deficit for years. The council "
     "said the deficit was now gone.",
     [("The council", None, "said", "the deficit was now gone", False)]),
    ("Kessel City Council approved the budget on Monday. Another council, in Orwin, rejected a similar plan. The "
     "council said taxes would rise 3 per cent.",
     [("Another council", None, "rejected", "a similar plan", False),
      ("The council", None, "said", "taxes would rise 3 per cent", False)]),
    # NEGATIVE: the same words outside quotation marks: the writer's, another commission
    ("The state assembly voted $2 million more for the Kessel Electoral Review Commission (KERC) on Tuesday. The "
     "money will pay for new voting machines. Senator Ana Ruiz wants an independent commission to audit it. The "
     "commission said 40,000 voters had signed up.",
     [("The commission", None, "said", "40,000 voters had signed up", False)]),
    ("Orwell Holdings Ltd posted a loss. A separate group of investors bought two of its mills. The group said "
     "revenue fell 9 per cent.",
     [("The group", None, "said", "revenue fell 9 per cent", False)]),
]

KIND_PHRASE_RIVALS = [
    # 'the <word> corporation': a company's name head is its kind noun too
    ("Tarrow Water said its sewer network had overflowed. "
     "The water corporation told households to boil tap water until Friday.",
     [("Tarrow Water", "Tarrow Water", "said", "its sewer network had overflowed", False),
      ("The water corporation", "Tarrow Water", "told", "households to boil tap water until Friday", False)]),
    # a body of no stated kind named paragraphs before the one just named is no rival
    ("Harlan Power said 6,000 homes lost power on Sunday. Firefighters pumped out 40 basements. Tarrow Water said "
     "its sewers had overflowed. The water corporation told households to boil tap water until Friday.",
     [("Harlan Power", "Harlan Power", "said", "6,000 homes lost power on Sunday", False),
      ("Tarrow Water", "Tarrow Water", "said", "its sewers had overflowed", False),
      ("The water corporation", "Tarrow Water", "told", "households to boil tap water until Friday", False)]),
    # NEGATIVE: named since the body the phrase fits, or beside it: either may be meant
    ("Tarrow Water said its sewer network had overflowed. Harlan Power said 6,000 homes lost power. The water "
     "corporation told households to boil tap water until Friday.",
     [("Tarrow Water", "Tarrow Water", "said", "its sewer network had overflowed", False),
      ("Harlan Power", "Harlan Power", "said", "6,000 homes lost power", False),
      ("The water corporation", None, "told", "households to boil tap water until Friday", False)]),
    ("Tarrow Water and Harlan Power said their networks were damaged. "
     "The water corporation told households to boil tap water until Friday.",
     [("Tarrow Water", "Tarrow Water", "said", "their networks were damaged", False),
      ("Harlan Power", "Harlan Power", "said", "their networks were damaged", False),
      ("The water corporation", None, "told", "households to boil tap water until Friday", False)]),
    # what a name is said to be is that body's, whatever its words
    ("Tarrow Water, the regional water corporation, said its sewers had overflowed. "
     "The water corporation told households to boil tap water until Friday.",
     [("Tarrow Water", "Tarrow Water", "said", "its sewers had overflowed", False),
      ("The water corporation", "Tarrow Water", "told", "households to boil tap water until Friday", False)]),
    # NEGATIVE: another body the article says is of the kind, whatever its name's words, named before
    ("Orwin Ltd, a water corporation that serves the northern suburbs, said it would cut supply to 9,000 homes on "
     "Friday. Tarrow Water said its sewers had overflowed in the south. The water corporation said supply to the "
     "northern suburbs would be cut for 48 hours.",
     [("Orwin Ltd", "Orwin Ltd", "said", "it would cut supply to 9,000 homes on Friday", False),
      ("Tarrow Water", "Tarrow Water", "said", "its sewers had overflowed in the south", False),
      ("The water corporation", None, "said", "supply to the northern suburbs would be cut for 48 hours", False)]),
    ("Orwin Ltd, a water corporation in the north, said its pipes were intact. Tarrow Water said its sewers had "
     "overflowed. The water corporation told households to boil tap water until Friday.",
     [("Orwin Ltd", "Orwin Ltd", "said", "its pipes were intact", False),
      ("Tarrow Water", "Tarrow Water", "said", "its sewers had overflowed", False),
      ("The water corporation", None, "told", "households to boil tap water until Friday", False)]),
    ("Water corporation Orwin Ltd said its pipes were intact. Tarrow Water said its sewers had overflowed. The "
     "water corporation told households to boil tap water until Friday.",
     [("Water corporation Orwin Ltd", "Orwin Ltd", "said", "its pipes were intact", False),
      ("Tarrow Water", "Tarrow Water", "said", "its sewers had overflowed", False),
      ("The water corporation", None, "told", "households to boil tap water until Friday", False)]),
    # NEGATIVE: the same phrase with a word of its own said of another ('its rival'): another corporation
    ("Tarrow Water said its sewers had overflowed. Its rival, the state water corporation, said its pipes were "
     "intact. The water corporation told households to boil tap water until Friday.",
     [("Tarrow Water", "Tarrow Water", "said", "its sewers had overflowed", False),
      ("Its rival", None, "said", "its pipes were intact", False),
      ("The water corporation", None, "told", "households to boil tap water until Friday", False)]),
    # NEGATIVE: a word of its own besides the name's ('regional'): another corporation
    ("Tarrow Water said its sewers had overflowed. "
     "The regional water corporation told households to boil tap water until Friday.",
     [("Tarrow Water", "Tarrow Water", "said", "its sewers had overflowed", False),
      ("The regional water corporation", None, "told", "households to boil tap water until Friday", False)]),
]


UNION_LOCALS = [
    # a numbered branch ('... Local 212') is a union's, whatever words stand before it
    ("Kessel Mill will close its plant in May. Tom Reed, president of United Carvers Local 212, said 300 members "
     "would lose their jobs. The union said it would fight the closure.",
     [("Tom Reed", "Tom Reed", "said", "300 members would lose their jobs", False),
      ("The union", "United Carvers Local 212", "said", "it would fight the closure", False)]),
    ("United Carvers Local 212 called a strike at Kessel Mill on Monday. The union said pay had fallen 4 per cent.",
     [("The union", "United Carvers Local 212", "said", "pay had fallen 4 per cent", False)]),
    # NEGATIVE: another union spoken of since
    ("United Carvers Local 212 called a strike. A rival union said it would not join. The union said pay had "
     "fallen 4 per cent.",
     [("A rival union", None, "said", "it would not join", False),
      ("The union", None, "said", "pay had fallen 4 per cent", False)]),
    # NEGATIVE: a station's call letters or brand before 'Local <number>' say no union: the one reporting
    ("WKSL Local 7 reported on Monday that the Kessel Mill plant would close. The union said 300 members would "
     "lose their jobs.",
     [("WKSL Local 7", "WKSL Local 7", "reported", "the Kessel Mill plant would close", False),
      ("The union", None, "said", "300 members would lose their jobs", False)]),
    ("Kessel Mill will close its plant, Fox Local 9 reported. Tom Reed said 300 jobs would go. The union said it "
     "would fight the closure.",
     [("Fox Local 9", "Fox Local 9", "reported", "Kessel Mill will close its plant", False),
      ("Tom Reed", "Tom Reed", "said", "300 jobs would go", False),
      ("The union", None, "said", "it would fight the closure", False)]),
    ("Kessel Mill will close its plant in May, Channel Local 12 reported. The union said it would fight the closure.",
     [("Channel Local 12", "Channel Local 12", "reported", "Kessel Mill will close its plant in May", False),
      ("The union", None, "said", "it would fight the closure", False)]),
    # NEGATIVE: 'Local' with no number is no branch ('the Kessel Local', a pub)
    ("The Kessel Local pub will close in May. The union said 12 staff would lose their jobs.",
     [("The union", None, "said", "12 staff would lose their jobs", False)]),
]


UNION_BRANCH_NAMES = [
    ("Harbour Workers Union Local 12", (), "local"),
    ("Teamsters Local 120", (), "local"),
    ("Orwin Machinists Local 9", (), "local"),
    ("Kessel Electricians Local 31", (), "local"),
    # initials the article spells out as a name of workers
    ("UAW Local 600", ("United Auto Workers",), "local"),
    # NEGATIVE: call letters, a brand, initials spelt out as no workers' name, no number
    ("WKSL Local 7", (), None),
    ("Fox Local 9", (), None),
    ("Channel Local 12", (), None),
    ("KTV Local 4", ("Kessel Television Ventures",), None),
    ("Harbour Workers Union Local", (), None),
]


@pytest.mark.parametrize("name, others, word", UNION_BRANCH_NAMES)
def test_a_numbered_branch_of_workers(name, others, word):
    assert union_branch_word(name, others) == word


LIST_APPOSITIONS = [
    # NEGATIVE: two bodies in a list, each with its own kind noun: either may be meant
    pytest.param(
        "Brannock Motors, a carmaker, and Orwin Yards, a freight company, signed a supply deal. The company said it "
        "would hire 300 staff.",
        [("The company", None, "said", "it would hire 300 staff", False)],
        marks=pytest.mark.xfail(strict=True, reason="known miss: where the parser hangs the second name on the first "
                                "name's apposition, the list drops both bodies' kind nouns (roles._heads_a_list), so "
                                "'a freight company' reads as the second body's alone and 'a carmaker' as no rival")),
]


@pytest.mark.parametrize("text, expected", KIND_RIVALS + KIND_PHRASE_RIVALS + UNION_LOCALS + LIST_APPOSITIONS)
def test_a_kind_noun_takes_up_the_one_body_of_its_kind(text, expected):
    assert positions_of(text) == expected


BODY_KIND_ROLES = [
    # a place's name inside the kind phrase keeps its capital at the sentence's start
    ("Oslo-based insurer Fjellvik Assurance posted a 12 per cent rise in premiums, the company said on Thursday.",
     [("Fjellvik Assurance", "organization", "Oslo-based insurer", None)]),
    ("Nairobi-based lender Tamu Pesa Bank cut 200 jobs, the bank said on Monday.",
     [("Tamu Pesa Bank", "organization", "Nairobi-based lender", None)]),
    ("Family-owned conglomerate Brennick Industries Ltd cut its dividend.",
     [("Brennick Industries Ltd", "organization", "family-owned conglomerate", None)]),
    # NEGATIVE: a common word the recogniser draws into the name keeps no capital: no place's or people's word
    ("Budget airline Orwin Air said fares would rise 9 per cent.",
     [("Orwin Air", "organization", "budget airline", None)]),
    ("Independent developer Orwin Homes said prices would rise.",
     [("Orwin Homes", "organization", "independent developer", None)]),
    # NEGATIVE: an adjective of English the gazetteer also holds as a region's name
    ("Federal regulator Kessa Energy Board fined the company $4 million on Monday.",
     [("Kessa Energy Board", "organization", "federal regulator", None)]),
    ("Western lender Orwin Bank said it would quit the market.",
     [("Orwin Bank", "organization", "western lender", None)]),
]


CORPORATION_OWNERS = [
    # NEGATIVE: 'the corporation's <post>' alone may be a city's (a municipal corporation): no firm named before
    ("Orwin Steel Ltd will build a plant in Kessel. Ann Lowe, the corporation's commissioner, said the city would "
     "supply water to the site.",
     [("Ann Lowe", "person", "commissioner", None), ("Orwin Steel Ltd", "organization", None, None)]),
    ("Orwin Steel Ltd will build a plant in Kessel, the city's municipal corporation said. Ann Lowe, the "
     "corporation's commissioner, said water would be piped to the site.",
     [("Ann Lowe", "person", "commissioner", None), ("Orwin Steel Ltd", "organization", None, None)]),
    ("Dunmore Steel Ltd opened a mill in Kessel on Monday. Municipal officials welcomed it. Ann Lowe, the "
     "corporation's chief engineer, said roads would be widened.",
     [("Ann Lowe", "person", "chief engineer", None), ("Dunmore Steel Ltd", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", CORPORATION_OWNERS)
def test_the_corporations_post_is_no_firms_on_its_own(text, expected):
    assert actor_records(text) == expected


@pytest.mark.parametrize("text, expected", BODY_KIND_ROLES)
def test_the_kind_written_before_a_body_is_its_role(text, expected):
    assert actor_records(text) == expected


def _parsed(words, heads, deps, tags):
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps)
    for token, tag in zip(doc, tags):
        token.tag_ = tag
    return doc


SPLIT_PARSES = [
    # 'developer' and the name both subjects of 'reported': one phrase the parser split
    (["developer", "Kessa", "Reef", "reported", "gains"], [3, 2, 3, 3, 3],
     ["nsubj", "compound", "nsubj", "ROOT", "dobj"], ["NN", "NNP", "NNP", "VBD", "NNS"], True),
    # NEGATIVE: the noun is the verb's object, the name its subject ('told the regulator X would …')
    (["told", "regulator", "Kessa", "Reef", "would", "close"], [0, 0, 3, 5, 5, 0],
     ["ROOT", "dobj", "compound", "nsubj", "aux", "ccomp"], ["VBD", "NN", "NNP", "NNP", "MD", "VB"], False),
    # NEGATIVE: a plural noun before the name ('shareholders Kessa Reef'): no kind of one body
    (["shareholders", "Kessa", "Reef", "backed", "it"], [3, 2, 3, 3, 3],
     ["nsubj", "compound", "nsubj", "ROOT", "dobj"], ["NNS", "NNP", "NNP", "VBD", "PRP"], False),
]


@pytest.mark.parametrize("words, heads, deps, tags, split", SPLIT_PARSES)
def test_a_noun_split_from_the_name_by_the_parser(words, heads, deps, tags, split):
    doc = _parsed(words, heads, deps, tags)
    name_head = next(t for t in doc if t.tag_ == "NNP" and t.dep_ != "compound")
    noun = doc[name_head.left_edge.i - 1]       # the word right before the name
    assert _split_from_the_name(noun, name_head) is split


# 'The company said' right after a sentence naming the company and a body whose name tells another kind (a letter
# to a city council, a port authority, a union): that body is no company the noun may mean, as for the one company
# named so far (speakers.py `_company_just_named`, `_one_company_so_far`); the capitalised places of the opening
# line keep the article-wide reading from deciding. Rows whose actor is None are the negatives: a body of no told
# kind ('Velmar Marine Group') or a second company joined to the council may be meant, and a city's or region's
# 'Corporation' is a council, no company, so a utility that wrote to it leaves 'the company' to no one.
_FERRY_STORY = ("Ferry sailings to end\n\nISLANDERS on Brent and Orsay face fewer crossings this winter.\n\nIn a "
                "letter to {}, Harbour Line Ferries said two sailings a day would stop in November.\n\nThe company "
                "said fuel had cost it \u00a32m more than planned.")
_FERRY_CLAIM = "fuel had cost it \u00a32m more than planned"
_DRAIN_STORY = ("Homes flooded\n\nDOZENS of homes in Tansley and Ockworth were flooded.\n\nThe Kessa Water Authority "
                "has written to the Dunmere {} Corporation about a new drain.\n\nThe company said work would begin "
                "in May.")
_DRAIN_CLAIM = "work would begin in May"

COMPANY_BESIDE_A_BODY_OF_ANOTHER_KIND = [
    (_FERRY_STORY.format("Dunmere City Council"), "Harbour Line Ferries", _FERRY_CLAIM),
    (_FERRY_STORY.format("the Kessa Port Authority"), "Harbour Line Ferries", _FERRY_CLAIM),
    (_FERRY_STORY.format("the Brent Seafarers Union"), "Harbour Line Ferries", _FERRY_CLAIM),
    # NEGATIVE: a body whose name tells no other kind may be the company
    (_FERRY_STORY.format("Velmar Marine Group"), None, _FERRY_CLAIM),
    # NEGATIVE: a second company joined to the council
    (_FERRY_STORY.format("Dunmere City Council and Orlen Shipping"), None, _FERRY_CLAIM),
    # NEGATIVE: a municipal or regional corporation is a council, no company
    (_DRAIN_STORY.format("Municipal"), None, _DRAIN_CLAIM),
    (_DRAIN_STORY.format("Regional"), None, _DRAIN_CLAIM),
]


@pytest.mark.parametrize("text, actor, claim", COMPANY_BESIDE_A_BODY_OF_ANOTHER_KIND)
def test_the_company_beside_a_body_of_another_kind(text, actor, claim):
    assert [p for p in positions_of(text) if p[0] == "The company"] == [("The company", actor, "said", claim, False)]
