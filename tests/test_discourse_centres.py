"""Who a description or a pronoun speaker is, read from the discourse of the article (session 31):
- a participle opening the sentence that the parser took for the cue's subject ('Reacting, the
  party's secretary, X, said') is no speaker: the phrase after its comma is; a body and a post
  written before a name with no comma ('Corliss University transport economist X said') are X's title;
- a kind noun written right after a body's bare name ('the Velmar union') says what the body is, so
  'the union' takes it up; not 'the X government' (another body);
- a hyphened surname written after a given name or a title ends a name; two places joined do not.
The negative rows keep out rules the review found unsound and removed: a 'he'/'she' that disagrees with
a listed given name taken for the lone speaker anyway; 'its application' hung on the clause's subject;
'the ministry' kept for the Ministry of X past a department; a deck's bare 'union says X' given to the
union whose claim the story restates.
Each sentence is written for these tests; each row is every position the text must yield, whole:
(speaker, actor, cue, text, direct). An actor of None means no antecedent is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


FRONTED_PARTICIPLES = [
    ("The Ondo House of Assembly passed the budget on Monday. Reacting, the party's state Organising "
     "Secretary, Mr. Tunde Obaro, said the party had no hand in the matter.",
     [("the party's state Organising Secretary", "Tunde Obaro", "said", "the party had no hand in the matter", False)]),
    ("The Ondo House of Assembly passed the budget on Monday. Responding, the PDP state Organising "
     "Secretary, Mr. Bola Adeyemi, said the suspension was illegal.",
     [("the PDP state Organising Secretary", "Bola Adeyemi", "said", "the suspension was illegal", False)]),
    # NEGATIVE: a participle with words of its own parses right and stays as it was
    ("The Ondo House of Assembly passed the budget on Monday. Speaking after the vote, Ms Ada Okoye "
     "said the suspension was illegal.",
     [("Ms Ada Okoye", "Ada Okoye", "said", "the suspension was illegal", False)]),
    # NEGATIVE: a surname ending in 'ing' with a description naming no one stays the speaker
    ("The Ondo House of Assembly passed the budget on Monday. Harding, the party's chairman, said the "
     "suspension was illegal.",
     [("Harding", "Harding", "said", "the suspension was illegal", False)]),
]


BODY_AND_POST_BEFORE_A_NAME = [
    # the parser takes the body for the subject and hangs post and name on it: the person speaks
    ("Steel maker to idle mill\n\nDorrow Steel will idle its rod mill next month, laying off 200 workers.\n\n"
     "Corliss University labour economist Sheila Hart said the closures would not be the final ones in the "
     "valley this decade.",
     [("Sheila Hart", "Sheila Hart", "said", "the closures would not be the final ones in the valley this decade", False)]),
    # NEGATIVE: an apposition set off by commas is the body's own: the body speaks
    ("Dorrow Steel will idle its rod mill next month. Corliss Partners, a consultancy, said the closures "
     "would not be the final ones.",
     [("Corliss Partners", "Corliss Partners", "said", "the closures would not be the final ones", False)]),
]


@pytest.mark.parametrize("text,expected", BODY_AND_POST_BEFORE_A_NAME)
def test_a_body_and_post_before_a_name(text, expected):
    assert positions_of(text) == expected


@pytest.mark.parametrize("text,expected", FRONTED_PARTICIPLES)
def test_a_fronted_participle_is_no_speaker(text, expected):
    assert positions_of(text) == expected


CENTRES = [
    # NEGATIVE: two sentences of one speaker whose given name the list gives to women: 'he' is not safe
    ("Fisheries Minister Michelle Perera told Parliament that the ban would stay. The Minister said catches "
     'had fallen by half. "We cannot fish the lagoon empty," he said.',
     [("Fisheries Minister Michelle Perera", "Michelle Perera", "told", "the ban would stay", False),
      ("The Minister", "Michelle Perera", "said", "catches had fallen by half", False),
      ("he", None, "said", "We cannot fish the lagoon empty", True)]),
    # NEGATIVE: a woman named just before the man's run: 'she' is not the man
    ('Grace Oduya said the vote was rigged. Peter Lanning said the vote was fair. Lanning said he would '
     'accept the outcome. "We will appeal," she said.',
     [("Grace Oduya", "Grace Oduya", "said", "the vote was rigged", False),
      ("Peter Lanning", "Peter Lanning", "said", "the vote was fair", False),
      ("Lanning", "Peter Lanning", "said", "he would accept the outcome", False),
      ("she", None, "said", "We will appeal", True)]),
    # NEGATIVE: a woman named (speaking of nothing) before a coach's run: 'she' is not the coach
    ('Helen Marsh chaired the meeting. Coach Robert Keane said the squad was fit. Keane said three players '
     'were suspended. "We must beat them," she said.',
     [("Coach Robert Keane", "Robert Keane", "said", "the squad was fit", False),
      ("Keane", "Robert Keane", "said", "three players were suspended", False),
      ("she", None, "said", "We must beat them", True)]),
    # NEGATIVE: a man's name the list is sure of: 'she' after his run is no one safe
    ('Mayor Frank Tolley said the tunnel would open in June. Tolley said repairs had cost $3 million. '
     '"It has been an ordeal for everyone," she said.',
     [("Mayor Frank Tolley", "Frank Tolley", "said", "the tunnel would open in June", False),
      ("Tolley", "Frank Tolley", "said", "repairs had cost $3 million", False),
      ("she", None, "said", "It has been an ordeal for everyone", True)]),
    # NEGATIVE: one sentence of hers only: no one is safe
    ('Tom Reed said the lagoon was safe. Michelle Perera told reporters the ban would stay. '
     '"We cannot fish the lagoon empty," he said.',
     [("Tom Reed", "Tom Reed", "said", "the lagoon was safe", False),
      ("Michelle Perera", "Michelle Perera", "told", "the ban would stay", False),
      ("he", None, "said", "We cannot fish the lagoon empty", True)]),
    # NEGATIVE: another person named in the run: no one is safe
    ("Fisheries Minister Michelle Perera told Parliament that the ban would stay. The Minister said Ann Lowe "
     'had asked for a review. "We cannot fish the lagoon empty," he said.',
     [("Fisheries Minister Michelle Perera", "Michelle Perera", "told", "the ban would stay", False),
      ("The Minister", "Michelle Perera", "said", "Ann Lowe had asked for a review", False),
      ("he", None, "said", "We cannot fish the lagoon empty", True)]),
    # NEGATIVE: a title shows her sex: 'he' is not her
    ("Mrs Ann Lowe told Parliament that the ban would stay. Mrs Lowe said catches had fallen by half. "
     '"We cannot fish the lagoon empty," he said.',
     [("Mrs Ann Lowe", "Ann Lowe", "told", "the ban would stay", False),
      ("Mrs Lowe", "Ann Lowe", "said", "catches had fallen by half", False),
      ("he", None, "said", "We cannot fish the lagoon empty", True)]),
]


@pytest.mark.parametrize("text,expected", CENTRES)
def test_pronoun_after_a_run_of_one_speaker(text, expected):
    assert positions_of(text) == expected


KIND_AFTER_NAME = [
    ("Ferry crews to strike\n\nPassengers face delays as union says talks have failed\n\n"
     "About 300 crew employed by Marrow Sea Lines Ltd will walk out from Friday, the Velmar union confirmed last "
     "night. The union said members had backed strike action.",
     [("union", "Velmar", "says", "talks have failed", False),
      ("the Velmar union", "Velmar", "confirmed", "About 300 crew employed by Marrow Sea Lines Ltd will walk out from Friday", False),
      ("The union", "Velmar", "said", "members had backed strike action", False)]),
    # NEGATIVE: a name before 'government' makes no government of it: 'the government' stays open
    ("The Orvane government raised fuel duty on Monday, the Velmar party said. The government said prices "
     "would ease by spring.",
     [("the Velmar party", "Velmar", "said", "The Orvane government raised fuel duty on Monday", False),
      ("The government", None, "said", "prices would ease by spring", False)]),
    ("Velmar leaders met on Monday. The Velmar government raised fuel duty, Tom Reed said. The government said "
     "prices would ease by spring.",
     [("Tom Reed", "Tom Reed", "said", "The Velmar government raised fuel duty", False),
      ("The government", None, "said", "prices would ease by spring", False)]),
]


@pytest.mark.parametrize("text,expected", KIND_AFTER_NAME)
def test_a_kind_noun_after_a_bare_name(text, expected):
    assert positions_of(text) == expected


DOCUMENTS_AND_ESTABLISHED_DESCRIPTIONS = [
    # NEGATIVE: 'its application' after the clause of 'The company, which …': the operator is not safely its owner
    ("Lindqvist Coaches will raise fares by 4 percent from July after the regulator approved the request. "
     "Transport Minister Petra Holm said the rise was modest. The company, which runs 60 routes across the "
     "region, recorded a loss of $9 million in 2023, according to its application to the Roads Authority.",
     [("Transport Minister Petra Holm", "Petra Holm", "said", "the rise was modest", False),
      ("its application", None, "according to",
       "The company, which runs 60 routes across the region, recorded a loss of $9 million in 2023", False)]),
    # NEGATIVE: the body that approved the product is no owner of the maker's application
    ("Selwyn Biotech makes the asthma inhaler Breathra. The Medicines Council cleared it on Tuesday. The "
     "inhaler cut hospital visits by a third in trials, according to its application.",
     [("its application", None, "according to", "The inhaler cut hospital visits by a third in trials", False)]),
    # NEGATIVE: two firms merging: 'The company' may be either
    ("Halden Rail and Brisk Freight Ltd agreed to combine in March. The company, which runs 30 trains, lost "
     "$8 million last year, according to its application to the Rail Board.",
     [("its application", None, "according to", "The company, which runs 30 trains, lost $8 million last year", False)]),
    # NEGATIVE: the council that was asked is not the applicant
    ("Zippa Bikes asked Morven Council to license 300 e-bikes. The council, which owns the pavements, "
     "approved the scheme, according to its application.",
     [("Zippa Bikes", "Zippa Bikes", "asked", "Morven Council to license 300 e-bikes", False),
      ("its application", None, "according to", "The council, which owns the pavements, approved the scheme", False)]),
    # NEGATIVE: a body named before 'its' in the sentence before may own the document: no one
    ("Corvane Ltd sued Brennick Holdings in May. Brennick Holdings owes $4 million, according to its lawsuit.",
     [("its lawsuit", None, "according to", "Brennick Holdings owes $4 million", False)]),
    # NEGATIVE: a department named after 'the ministry' was kept for the Ministry of X: a ministry's rival
    ("The Ministry of Power and Water said it would ration supply to industrial estates. In a statement, the ministry said "
     "demand had reached a record. The Coastal Weather Department said temperatures would reach 50 C this week. "
     "The ministry said it had signed contracts to expand the Sabiya plant.",
     [("The Ministry of Power and Water", "Ministry of Power and Water", "said", "it would ration supply to industrial estates", False),
      ("the ministry", "Ministry of Power and Water", "said", "demand had reached a record", False),
      ("The Coastal Weather Department", "Coastal Weather Department", "said", "temperatures would reach 50 C this week", False),
      ("The ministry", None, "said", "it had signed contracts to expand the Sabiya plant", False)]),
    ("The Ministry of Trade said exports would grow. The ministry said tariffs had fallen. The Revenue Department "
     "said it would issue $3 billion in notes. The ministry said the notes would mature in 2032.",
     [("The Ministry of Trade", "Ministry of Trade", "said", "exports would grow", False),
      ("The ministry", "Ministry of Trade", "said", "tariffs had fallen", False),
      ("The Revenue Department", "Revenue Department", "said", "it would issue $3 billion in notes", False),
      ("The ministry", None, "said", "the notes would mature in 2032", False)]),
    ("The Ministry of Trade said exports would grow. The ministry said tariffs had fallen. The Department of "
     "Fisheries said it would issue $3 billion in notes. The ministry said the notes would mature in 2032.",
     [("The Ministry of Trade", "Ministry of Trade", "said", "exports would grow", False),
      ("The ministry", "Ministry of Trade", "said", "tariffs had fallen", False),
      ("The Department of Fisheries", "Department of Fisheries", "said", "it would issue $3 billion in notes", False),
      ("The ministry", None, "said", "the notes would mature in 2032", False)]),
    # NEGATIVE: not yet called 'the ministry' before the department: either may be meant
    ("The Ministry of Power and Water said it would ration supply to industrial estates. The Coastal Weather Department said "
     "temperatures would reach 50 C this week. The ministry said it had signed contracts to expand the Sabiya plant.",
     [("The Ministry of Power and Water", "Ministry of Power and Water", "said", "it would ration supply to industrial estates", False),
      ("The Coastal Weather Department", "Coastal Weather Department", "said", "temperatures would reach 50 C this week", False),
      ("The ministry", None, "said", "it had signed contracts to expand the Sabiya plant", False)]),
]


@pytest.mark.parametrize("text,expected", DOCUMENTS_AND_ESTABLISHED_DESCRIPTIONS)
def test_documents_and_established_descriptions(text, expected):
    assert positions_of(text) == expected


_STRIKE = ("Bin workers to strike\n\nResidents face missed collections as union says the offer \"falls far short\"\n\n"
           "About 200 loaders employed by Marrow Waste Ltd will walk out on Monday. ")
_MILL = ("Brenmoor Steel to idle rod mill\n\nCompany blames weak demand; union says it learned of the closure by "
         "email\n\nBrenmoor Steel will idle its rod mill next month, laying off about 200 workers. ")

DECKS_RESTATED = [
    # NEGATIVE: one union's organiser restates the deck's claim: the deck's bare 'union' is still not safe
    (_STRIKE + 'Jo Kerr, an organiser for the Velmar Workers Union, said the offer "falls far short" of inflation. '
     "The Coastal Drivers Union said its members would not cross picket lines.",
     [("union", None, "says", 'the offer "falls far short"', False),
      ("Jo Kerr", "Jo Kerr", "said", 'the offer "falls far short" of inflation', False),
      ("The Coastal Drivers Union", "Coastal Drivers Union", "said", "its members would not cross picket lines", False)]),
    # NEGATIVE: the story's union says the opposite ('not'): it is not the deck's
    ("Porters to strike\n\nTravellers face delays as union says the deal is good for staff\n\n"
     "About 150 porters employed by Larkin Stations Ltd will walk out on Friday. Dev Anand, a steward for the "
     "Orrin Transport Union, said the deal is not good for staff. The Harbour Staff Union said its members "
     "would join the action.",
     [("union", None, "says", "the deal is good for staff", False),
      ("Dev Anand", "Dev Anand", "said", "the deal is not good for staff", False),
      ("The Harbour Staff Union", "Harbour Staff Union", "said", "its members would join the action", False)]),
    # NEGATIVE: the union's man only reports the company's claim; an unnamed steward made it
    ('Porters to strike\n\nTravellers face delays as union says the deal "leaves staff worse off"\n\n'
     'The deal "leaves staff worse off" in real terms, a union rep said. Dev Anand, a steward for the Orrin '
     "Transport Union, said the company claims the deal leaves staff worse off but it was fair.",
     [("union", None, "says", 'the deal "leaves staff worse off"', False),
      ("a union rep", None, "said", 'The deal "leaves staff worse off" in real terms', False),
      ("Dev Anand", "Dev Anand", "said", "the company claims the deal leaves staff worse off but it was fair", False)]),
    # NEGATIVE: two unions' people restate it: either may be the deck's
    (_STRIKE + 'Jo Kerr, an organiser for the Velmar Workers Union, said the offer "falls far short" of inflation. '
     'Sam Reid of the Coastal Drivers Union said the offer "falls far short" of inflation too.',
     [("union", None, "says", 'the offer "falls far short"', False),
      ("Jo Kerr", "Jo Kerr", "said", 'the offer "falls far short" of inflation', False),
      ("Sam Reid of the Coastal Drivers Union", "Sam Reid", "said", 'the offer "falls far short" of inflation too', False)]),
    # NEGATIVE: the company restates it: a body of no known kind is no union
    (_MILL + "A spokesman for Brenmoor Steel said staff learned of the closure by email on Friday.",
     [("union", None, "says", "it learned of the closure by email", False),
      ("A spokesman for Brenmoor Steel", "Brenmoor Steel", "said",
       "staff learned of the closure by email on Friday", False)]),
]


@pytest.mark.parametrize("text,expected", DECKS_RESTATED)
def test_a_deck_restating_the_storys_claim_is_not_its_speaker(text, expected):
    assert positions_of(text) == expected


@pytest.mark.parametrize("text,word,expected", [
    ("Rolando Quesada-Ruiz pleaded guilty on Monday.", "Ruiz", True),
    ("Ann Lowe-Hart said the plan was sound.", "Hart", True),
    # NEGATIVE: no name opens it, or a space round the hyphen
    ("The Anglo-Dutch deal collapsed on Monday.", "Dutch", False),
    ("Tom Reed - Hart said the plan was sound.", "Hart", False),
    # NEGATIVE: two places joined after a place's first word
    ("Governor Ann Lowe backed the New Haven-Hartford line on Monday.", "Hartford", False),
])
def test_a_hyphened_surname_ends_a_name(text, word, expected):
    """'Quesada-Ruiz, wearing a tan uniform, addressed the court. He said …': a surname the index did not
    link, written alone after the full name, ends that name (`_name_endings`), so a later 'he' cannot
    reach back past it to a man named before."""
    from generator.extract.parse import parse_text
    from generator.extract.speakers import _ends_hyphened_surname
    doc = parse_text(text, "t").docs[0]
    assert _ends_hyphened_surname(next(t for t in doc if t.text == word)) is expected


HYPHENED_PLACES = [
    # NEGATIVE: 'York-Boston' of two joined places ends no name: 'he' reaches back to the senator
    ("Senator Paul Wrenn spoke about the New Haven-Hartford rail link on Tuesday. Hartford has waited decades "
     'for it. "We will finish it," he said.',
     [("he", "Paul Wrenn", "said", "We will finish it", True)]),
]


@pytest.mark.parametrize("text,expected", HYPHENED_PLACES)
def test_places_joined_by_a_hyphen_end_no_name(text, expected):
    assert positions_of(text) == expected
