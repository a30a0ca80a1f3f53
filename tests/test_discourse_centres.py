"""Who a description or a pronoun speaker is, read from the discourse of the article (session 31):
- a participle opening the sentence that the parser took for the cue's subject ('Reacting, the
  party's secretary, X, said') is no speaker: the phrase after its comma is; a body and a post
  written before a name with no comma ('Corliss University transport economist X said') are X's title;
- a 'he' or 'she' right after two sentences in which one person alone speaks takes that person up,
  whatever sex a list of given names guesses (a title or an earlier pronoun still decides);
- a kind noun written right after a body's bare name ('the Velmar union') says what the body is, so
  'the union' (and a deck's bare 'union says') takes it up; not 'the X government' (another body);
- 'its application' hangs on a clause whose subject ('The company, which runs …,') takes up the body;
  a body named after the possessive (the document's addressee) is no rival;
- 'the ministry' the story already keeps for the Ministry of X: a body of a kindred head is no rival;
- a deck's bare 'union says X' is the union whose claim X the story restates.
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
    # two sentences of one speaker: the writer's 'he' is that speaker, whatever the list guesses
    ("Fisheries Minister Michelle Perera told Parliament that the ban would stay. The Minister said catches "
     'had fallen by half. "We cannot fish the lagoon empty," he said.',
     [("Fisheries Minister Michelle Perera", "Michelle Perera", "told", "the ban would stay", False),
      ("The Minister", "Michelle Perera", "said", "catches had fallen by half", False),
      ("he", "Michelle Perera", "said", "We cannot fish the lagoon empty", True)]),
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
    # 'its application' hangs on a clause whose subject, 'The company' (a clause set off by commas only
    # describes it), takes up the one company: the document is that company's; its addressee is no rival
    ("Tarrow Ferries will raise fares by 5 percent from June after regulators approved the request. Harbour "
     "Minister Ellen Voss said the increase was fair. The company, which operates 40 vessels, lost $12 million "
     "last year, according to its application to the Maritime Board.",
     [("Harbour Minister Ellen Voss", "Ellen Voss", "said", "the increase was fair", False),
      ("its application", "Tarrow Ferries", "according to",
       "The company, which operates 40 vessels, lost $12 million last year", False)]),
    # NEGATIVE: a body named before 'its' in the sentence before may own the document: no one
    ("Corvane Ltd sued Brennick Holdings in May. Brennick Holdings owes $4 million, according to its lawsuit.",
     [("its lawsuit", None, "according to", "Brennick Holdings owes $4 million", False)]),
    # 'the ministry' the story already keeps for the Ministry of X: a department named since is no rival
    ("The Ministry of Power and Water said it would ration supply to industrial estates. In a statement, the ministry said "
     "demand had reached a record. The Coastal Weather Department said temperatures would reach 50 C this week. "
     "The ministry said it had signed contracts to expand the Sabiya plant.",
     [("The Ministry of Power and Water", "Ministry of Power and Water", "said", "it would ration supply to industrial estates", False),
      ("the ministry", "Ministry of Power and Water", "said", "demand had reached a record", False),
      ("The Coastal Weather Department", "Coastal Weather Department", "said", "temperatures would reach 50 C this week", False),
      ("The ministry", "Ministry of Power and Water", "said", "it had signed contracts to expand the Sabiya plant", False)]),
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
    # the deck restates the claim of one union's organiser: two unions named, the deck's is hers
    (_STRIKE + 'Jo Kerr, an organiser for the Velmar Workers Union, said the offer "falls far short" of inflation. '
     "The Coastal Drivers Union said its members would not cross picket lines.",
     [("union", "Velmar Workers Union", "says", 'the offer "falls far short"', False),
      ("Jo Kerr", "Jo Kerr", "said", 'the offer "falls far short" of inflation', False),
      ("The Coastal Drivers Union", "Coastal Drivers Union", "said", "its members would not cross picket lines", False)]),
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
def test_a_deck_restating_the_storys_claim(text, expected):
    assert positions_of(text) == expected


@pytest.mark.parametrize("text,word,expected", [
    ("Rolando Quesada-Ruiz pleaded guilty on Monday.", "Ruiz", True),
    ("Ann Lowe-Hart said the plan was sound.", "Hart", True),
    # NEGATIVE: no name opens it, or a space round the hyphen
    ("The Anglo-Dutch deal collapsed on Monday.", "Dutch", False),
    ("Tom Reed - Hart said the plan was sound.", "Hart", False),
])
def test_a_hyphened_surname_ends_a_name(text, word, expected):
    """'Quesada-Ruiz, wearing a tan uniform, addressed the court. He said …': a surname the index did not
    link, written alone after the full name, ends that name (`_name_endings`), so a later 'he' cannot
    reach back past it to a man named before."""
    from generator.extract.parse import parse_text
    from generator.extract.speakers import _ends_hyphened_surname
    doc = parse_text(text, "t").docs[0]
    assert _ends_hyphened_surname(next(t for t in doc if t.text == word)) is expected
