"""Positions: sentence -> who said what. Every sentence here was written for the tests.

Each row asserts every position record of its text, in order (an empty list: no position)."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract
from generator.model import Mention


def position(text: str, speaker: str, cue: str, content: str, direct: bool, actor: str | None,
             sentence_index: int = 0, sentence: str | None = None, span: str | None = None) -> dict:
    """The full record; `sentence` defaults to the whole text, `span` (the content's words as
    written in the text, found by search) to the content."""
    start = text.index(span or content)
    return {"speaker": speaker, "cue": cue, "text": content, "direct": direct,
            "sentence": sentence or text.replace("\n", " "), "sentence_index": sentence_index,
            "start": start, "end": start + len(span or content), "actor": actor}


FIGHT = "We will not back down from this fight"
CASES = [
    # direct quotations, whatever the quotation marks
    ('"We will not back down from this fight," said Jane Morrow.',
     [("Jane Morrow", "said", FIGHT, True, "Jane Morrow", 0, None, FIGHT + ",")]),
    ("'We will not back down from this fight,' said Jane Morrow.",
     [("Jane Morrow", "said", FIGHT, True, "Jane Morrow", 0, None, FIGHT + ",")]),
    ("“We will not back down from this fight,” said Jane Morrow.",
     [("Jane Morrow", "said", FIGHT, True, "Jane Morrow", 0, None, FIGHT + ",")]),
    ("Jane Morrow runs the union. ''We will not back down from this fight,'' Ms. Morrow said.",
     [("Ms. Morrow", "said", FIGHT, True, "Jane Morrow", 1,
       "We will not back down from this fight,'' Ms. Morrow said.", FIGHT + ",")]),   # the parser gives '' to the sentence before
    ('"The plan is dead. We start again tomorrow with a new team," said Jane Morrow.',
     [("Jane Morrow", "said", "The plan is dead. We start again tomorrow with a new team", True, "Jane Morrow",
       0, None, "The plan is dead. We start again tomorrow with a new team,")]),
    ('Jane Morrow spoke after the vote. "The plan is dead, and everyone in this room knows it.\n'
     '"We start again tomorrow with a new team," she said.',
     [("she", "said", "The plan is dead, and everyone in this room knows it. We start again tomorrow with a new team",
       True, "Jane Morrow", 1, '"The plan is dead, and everyone in this room knows it. '
       '"We start again tomorrow with a new team," she said.',
       'The plan is dead, and everyone in this room knows it.\n"We start again tomorrow with a new team,')]),
    ('Lord Hale spoke to reporters. He told them: "The treaty is finished and nobody will revive it."',
     [("He", "told", "The treaty is finished and nobody will revive it.", True, "Lord Hale", 1,
       'He told them: "The treaty is finished and nobody will revive it."')]),
    ('Maria Lopez spoke on Sunday. "For them to praise Victor Hale after what he did raises serious '
     'questions," she said.',          # a name inside the quotation is not the pronoun's antecedent
     [("she", "said", "For them to praise Victor Hale after what he did raises serious questions", True,
       "Maria Lopez", 1, '"For them to praise Victor Hale after what he did raises serious questions," she said.',
       "For them to praise Victor Hale after what he did raises serious questions,")]),
    ('Senator Lena Ortiz spoke on Channel Five, "This is going to undo every gain we made."',
     [("Senator Lena Ortiz", "spoke on", "This is going to undo every gain we made.", True, "Lena Ortiz")]),
    # reported speech
    # a title, 'for' and a body before a person's name: the person speaks; NEGATIVE: an unnamed
    # spokesperson or a bare title speaks with the body's voice, a body's person is that person
    ("Counsel for the Brenholt Tenants Association Rob Vint said the rent was unlawful.",
     [("Counsel for the Brenholt Tenants Association Rob Vint", "said", "the rent was unlawful", False, "Rob Vint")]),
    ("Adviser for the Ostry Rail Board Lina Sarp said the line would close.",
     [("Adviser for the Ostry Rail Board Lina Sarp", "said", "the line would close", False, "Lina Sarp")]),
    ("Envoy for the Harbour Council Ann Lowe said the ferry would run.",
     [("Envoy for the Harbour Council Ann Lowe", "said", "the ferry would run", False, "Ann Lowe")]),
    ("A spokeswoman for the Tolland Growers Union said the price was too low.",
     [("A spokeswoman for the Tolland Growers Union", "said", "the price was too low", False, "Tolland Growers Union")]),
    ("Spokeswoman for the Tolland Growers Union said the price was too low.",
     [("Spokeswoman for the Tolland Growers Union", "said", "the price was too low", False, "Tolland Growers Union")]),
    ("The Tolland Growers Union's Maya Fenn said the price was too low.",
     [("The Tolland Growers Union's Maya Fenn", "said", "the price was too low", False, "Maya Fenn")]),
    ("Tom Reed, a spokesman for the Harbour Authority, said the port would reopen on Monday.",
     [("Tom Reed", "said", "the port would reopen on Monday", False, "Tom Reed")]),
    ("According to Helen Park, the talks collapsed shortly after midnight.",
     [("Helen Park", "according to", "the talks collapsed shortly after midnight", False, "Helen Park")]),
    ("Paul Green told the BBC that the old bridge was no longer safe.",
     [("Paul Green", "told", "the old bridge was no longer safe", False, "Paul Green")]),
    ("Mayor Ann Lowe was quoted as saying that the city budget was balanced.",
     [("Mayor Ann Lowe", "saying", "the city budget was balanced", False, "Ann Lowe")]),
    ("Bill Hart warned that food prices would rise sharply this winter.",
     [("Bill Hart", "warned", "food prices would rise sharply this winter", False, "Bill Hart")]),
    ("Bill Hart added that the harvest had failed in three regions.",
     [("Bill Hart", "added", "the harvest had failed in three regions", False, "Bill Hart")]),
    ("Bill Hart insisted that the figures were accurate and complete.",
     [("Bill Hart", "insisted", "the figures were accurate and complete", False, "Bill Hart")]),
    ("Bill Hart urged the government to release the emergency grain stocks.",
     [("Bill Hart", "urged", "the government to release the emergency grain stocks", False, "Bill Hart")]),
    ("Bill Hart called for an independent inquiry into the shortages.",
     [("Bill Hart", "called for", "an independent inquiry into the shortages", False, "Bill Hart")]),
    ("Bill Hart denied that he had misled the parliamentary committee.",
     [("Bill Hart", "denied", "he had misled the parliamentary committee", False, "Bill Hart")]),
    ("Maria Lopez said Carl Dunn had told her that the merger was off.",       # nested: one position each
     [("Maria Lopez", "said", "Carl Dunn had told her that the merger was off", False, "Maria Lopez"),
      ("Carl Dunn", "told", "the merger was off", False, "Carl Dunn")]),
    ('Tom Reed said the council had far too much power to "close parks at will" and had forgotten its voters.',
     [("Tom Reed", "said", 'the council had far too much power to "close parks at will" and had forgotten its voters',
       False, "Tom Reed")]),       # a quoted fragment of reported speech is no quotation of its own
    # pronouns and descriptions point back to the person named before
    ("Peter Vance arrived at the hall late in the evening. He said the vote had been rigged by his rivals.",
     [("He", "said", "the vote had been rigged by his rivals", False, "Peter Vance", 1,
       "He said the vote had been rigged by his rivals.")]),
    ("Foreign Minister Rosa Diaz visited the camp on Friday. The minister said more aid was on its way.",
     [("The minister", "said", "more aid was on its way", False, "Rosa Diaz", 1,
       "The minister said more aid was on its way.")]),
    ("President Lena Ortiz toured the flooded towns. The president said the army would build new dams.",
     [("The president", "said", "the army would build new dams", False, "Lena Ortiz", 1,
       "The president said the army would build new dams.")]),
    # sources that are bodies or groups
    ("A spokesman for the Harbour Authority said the port would stay closed until the storm passed.",
     [("A spokesman for the Harbour Authority", "said", "the port would stay closed until the storm passed",
       False, "Harbour Authority")]),
    ("Officials said the coastal road would stay closed for a week.",
     [("Officials", "said", "the coastal road would stay closed for a week", False, "officials")]),
    ("The figures came from the Zembia Fire Service, which reported 1,384 house fires last year.",
     [("the Zembia Fire Service", "reported", "1,384 house fires", False, "Zembia Fire Service")]),
    # stances are positions
    ("Finance ministers of the G7 have backed plans to cancel the debts of the poorest countries.",
     [("Finance ministers of the G7", "backed", "plans to cancel the debts of the poorest countries", False, "Group of Seven")]),
    ("The Harbour Authority opposed the withdrawal of the coast guard.",
     [("The Harbour Authority", "opposed", "the withdrawal of the coast guard", False, "Harbour Authority")]),
    # a parenthetical cue: the words after its closing comma are the clause's, not the cue's
    ("That figure was, the minister conceded, far higher than expected.",
     [("the minister", "conceded", "That figure was far higher than expected", False, None, 0, None,
       "That figure was, the minister conceded, far higher than expected")]),
    ("The budget is, officials admitted, well short of what the clinics need.",
     [("officials", "admitted", "The budget is well short of what the clinics need", False, "officials", 0, None,
       "The budget is, officials admitted, well short of what the clinics need")]),
    ("The cost, she said, was far too high.",
     [("she", "said", "The cost was far too high", False, None, 0, None, "The cost, she said, was far too high")]),
    # a verb joined to a clause inside the content that has its own subject is that subject's
    ("Officials said the road was reopened after the district commissioner Ann Bello visited the site "
     "and promised to repair the bridge.",
     [("Officials", "said", "the road was reopened after the district commissioner Ann Bello visited the site",
       False, "officials"),
      ("the district commissioner Ann Bello", "promised", "to repair the bridge", False, "Ann Bello")]),
    ("Ann Bello said the port would close and added that the ferry would stop.",
     [("Ann Bello", "said", "the port would close", False, "Ann Bello"),
      ("Ann Bello", "added", "the ferry would stop", False, "Ann Bello")]),
    # another source's words inside the content: a relative clause of speech, a gloss on who disagrees
    ('Its leader, Tom Hale, said pupils in the arts programmes, which the school has indicated will be "cut", '
     'had not been told anything.',
     [("Its leader", "said", "pupils in the arts programmes had not been told anything", False, "Tom Hale", 0, None,
       'pupils in the arts programmes, which the school has indicated will be "cut", had not been told anything')]),
    ("Lena Ortiz said the new tax would hurt farmers, a view the treasury rejects.",
     [("Lena Ortiz", "said", "the new tax would hurt farmers", False, "Lena Ortiz")]),
    ("Lena Ortiz said the levy had raised $2m, a figure the auditors dispute.",
     [("Lena Ortiz", "said", "the levy had raised $2m", False, "Lena Ortiz")]),
    ("Lena Ortiz said the town needed a bypass, a road that would cost $9m.",       # the writer's gloss, no stance
     [("Lena Ortiz", "said", "the town needed a bypass, a road that would cost $9m.", False, "Lena Ortiz")]),
    ("Lena Ortiz said the clinics, which the ministry built, were short of nurses.",
     [("Lena Ortiz", "said", "the clinics, which the ministry built, were short of nurses", False, "Lena Ortiz")]),
    # a name closing the sentence after 'according to' names the source
    ("The clinic has closed, according to a letter from its director, Dr. Paul Kim.",
     # the letter's writer is the name set off after its author's noun (session 38)
     [("a letter from its director", "according to", "The clinic has closed", False, "Paul Kim")]),
    ("Two wells have dried up, according to the water board's chief engineer, Maria Gomez.",
     [("the water board's chief engineer", "according to", "Two wells have dried up", False, "Maria Gomez")]),
    ("Nine wells were capped, according to a memo from the agency's Director of Water Supply, Dr. Ana Lima.",
     [("a memo from the agency's Director of Water Supply, Dr. Ana Lima", "according to", "Nine wells were capped",
       False, None)]),
    # NEGATIVE (review20b): after a source that is no person the name may be what is said: not cut
    ("The prize will go to a local author, according to the jury, Ana Lopes.",
     [("the jury", "according to", "The prize will go to a local author Ana Lopes", False, None, 0, None,
       "The prize will go to a local author, according to the jury, Ana Lopes")]),
    # a cue set off before an 'according to' phrase closes its own speaker's words: the source after
    # 'according to' says only the clause it stands in
    ("Fares went up 5%, Mayor Ilse Brandt said, while ridership dropped 3%, according to the Tarsk Transit Board.",
     [("Mayor Ilse Brandt", "said", "Fares went up 5%", False, "Ilse Brandt"),
      ("the Tarsk Transit Board", "according to", "ridership dropped 3%", False, "Tarsk Transit Board")]),
    ("Rents rose 6%, Mayor Ilse Brandt said, and wages fell 1%, according to the Tarsk Chamber of Trade.",
     [("Mayor Ilse Brandt", "said", "Rents rose 6%", False, "Ilse Brandt"),
      ("the Tarsk Chamber of Trade", "according to", "wages fell 1%", False, "Tarsk Chamber of Trade")]),
    ("Prices rose 4%, the Valdorian finance minister Tomas Arvel said, while exports fell 2%, according to the "
     "Central Bank of Valdoria.",
     [("the Valdorian finance minister Tomas Arvel", "said", "Prices rose 4%", False, "Tomas Arvel"),
      ("the Central Bank of Valdoria", "according to", "exports fell 2%", False, "Central Bank of Valdoria")]),
    # a cue closing what is left once the writer's contrast is cut off is no part of the words
    ("Prices rose 4%, the finance minister Tomas Arvel said, while exports fell 2%.",
     [("the finance minister Tomas Arvel", "said", "Prices rose 4%", False, "Tomas Arvel")]),
    ("Rents rose 6%, Mayor Ilse Brandt said, and wages fell 1%.",
     [("Mayor Ilse Brandt", "said", "Rents rose 6% and wages fell 1%", False, "Ilse Brandt", 0, None,
       "Rents rose 6%, Mayor Ilse Brandt said, and wages fell 1%")]),
    # a past-tense verb the parser hung on an apposition is the name's predicate
    ("Vila Forte, a drivers' union representing more than 3,000 licensed taxi drivers, called for a fare review.",
     [("Vila Forte", "called for", "a fare review", False, "Vila Forte")]),
    ("Remo Livre, a rowers' association representing more than 1,200 amateur river rowers, called for an "
     "independent inquiry.",
     [("Remo Livre", "called for", "an independent inquiry", False, "Remo Livre")]),
    # a counted subject of bodies acting is the writer's tally, not a statement (a clause, a person noun stay)
    ("Two hospitals announced that they would close their wards.",
     [("Two hospitals", "announced", "they would close their wards", False, None)]),
    ("Several officials confirmed the figure.",
     [("Several officials", "confirmed", "the figure", False, "officials")]),
    # nothing may be extracted
    ("At least five colleges have announced job cuts since the spring.", []),
    ("Three councils have announced cuts to bus services.", []),
    ("A group called Save Our Parks collected 3,000 signatures.", []),
    ("The board ordered a recount in the ward, where councillor Mark Dole was proclaimed the victor by only 90 votes.",
     []),       # a count after "by" is the margin, not who proclaims
    ("Ana Silva was declared the victor by 1,200 ballots in the runoff.", []),
    ("Foreign fighters are reported to have killed twelve villagers.", []),     # a passive report has no speaker
    ("The ferry left the harbour at dawn with forty passengers.", []),
    # a statement ending on an amount keeps its sign ('16%'); punctuation after it goes
    ("Tom Reed said the loss was 16%.", [("Tom Reed", "said", "the loss was 16%", False, "Tom Reed")]),
    ("Ann Lowe warned that the count of lost posts could come in lower, maybe between 8% and 9%.",
     [("Ann Lowe", "warned", "the count of lost posts could come in lower, maybe between 8% and 9%", False,
       "Ann Lowe")]),
    ("Tom Reed said turnout could be somewhat higher, perhaps 52%, in the north.",
     [("Tom Reed", "said", "turnout could be somewhat higher, perhaps 52%, in the north", False, "Tom Reed")]),
    ("Tom Reed said the loss was 16 per cent.", [("Tom Reed", "said", "the loss was 16 per cent", False, "Tom Reed")]),
    ("Tom Reed said the plan was bad.", [("Tom Reed", "said", "the plan was bad", False, "Tom Reed")]),
    # a plural (or collective) noun of people, no named actor's, is a group actor named as written
    ("Several parents said the crossing was unsafe.",
     [("Several parents", "said", "the crossing was unsafe", False, "parents")]),
    ("District staff told the hearing that the pool would close.",
     [("District staff", "told", "the pool would close", False, "district staff")]),
    ("Planning officers recommended that the barn be listed.",
     [("Planning officers", "recommended", "the barn be listed", False, "planning officers")]),
    ("The local dentists warned that the sugar tax works.",
     [("The local dentists", "warned", "the sugar tax works", False, "local dentists")]),
    # ... not things that read like agent nouns, a share, others, nor someone's people
    ("Numbers show the ferry is late.", []),
    ("Banners said the ferry must stay.", [("Banners", "said", "the ferry must stay", False, None)]),
    ("Others argued the ferry was slow.", [("Others", "argued", "the ferry was slow", False, None)]),
    ("Three parents said the crossing was unsafe.",
     [("Three parents", "said", "the crossing was unsafe", False, None)]),
    ("Its tenants said the rent was too high.", [("Its tenants", "said", "the rent was too high", False, None)]),
    # ... nor people tied to particular others (kin, a case's parties), nor papers
    ("After the hearing, the brothers said they would appeal.",
     [("the brothers", "said", "they would appeal", False, None)]),
    ("At the trial, the defendants denied that they had stolen the van.",
     [("the defendants", "denied", "they had stolen the van", False, None)]),
    ("At the inquest, parents of the victim said the school had failed her.",
     [("parents of the victim", "said", "the school had failed her", False, None)]),
    ("After the vote, newspapers reported that the deal had collapsed.",
     [("newspapers", "reported", "the deal had collapsed", False, None)]),
    ("In March, weekly newsletters reported that the mill would shut.",
     [("weekly newsletters", "reported", "the mill would shut", False, None)]),
    ("At the meeting, several parents said the crossing was unsafe.",
     [("several parents", "said", "the crossing was unsafe", False, "parents")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_positions(text, expected):
    assert [asdict(p) for p in extract(text).positions] == [position(text, *row) for row in expected]


def test_an_unnamed_collective_source_is_an_actor_of_type_group():
    result = extract("Officials said the coastal road would stay closed. They added that the bridge was unsafe.")
    assert result.mentions == [Mention(key="officials", name="officials", type="group", count=2)]
    assert [(p.speaker, p.actor) for p in result.positions] == [("Officials", "officials"), ("They", "officials")]


# A request cue's second bare infinitive, as the parser sometimes hangs it: on the past-tense cue
# itself ('urged X to A and "B"' with B joined to 'urged'); the parse is given, since the
# parser's choice varies with the words (round 23). Rows: words, heads, deps, tags, requested words.
SECOND_INFINITIVES = [
    ('he urged calm residents to help officers and " refuse the raiders any win " .'.split(),
     [1, 1, 3, 1, 5, 1, 5, 1, 9, 1, 11, 9, 13, 9, 9, 1], ["nsubj", "ROOT", "amod", "dobj", "aux", "xcomp",
      "dobj", "cc", "punct", "conj", "det", "dative", "det", "dobj", "punct", "punct"],
     ["PRP", "VBD", "JJ", "NNS", "TO", "VB", "NNS", "CC", "``", "VB", "DT", "NNS", "DT", "NN", "''", "."],
     'calm residents to help officers and " refuse the raiders any win "'),
    # NEGATIVE: a past-tense verb joined to the cue is the speaker's own next act
    ("he urged calm residents to help officers and left the room .".split(),
     [1, 1, 3, 1, 5, 1, 5, 1, 1, 10, 8, 1], ["nsubj", "ROOT", "amod", "dobj", "aux", "xcomp", "dobj", "cc",
                                              "conj", "det", "dobj", "punct"],
     ["PRP", "VBD", "JJ", "NNS", "TO", "VB", "NNS", "CC", "VBD", "DT", "NN", "."],
     "calm residents to help officers"),
    # NEGATIVE: after a present plural cue a bare form may be the subject's own next act ('they urge ... and deny ...')
    ("they urge calm residents to help officers and deny any role .".split(),
     [1, 1, 3, 1, 5, 1, 5, 1, 1, 10, 8, 1], ["nsubj", "ROOT", "amod", "dobj", "aux", "xcomp", "dobj", "cc",
                                              "conj", "det", "dobj", "punct"],
     ["PRP", "VBP", "JJ", "NNS", "TO", "VB", "NNS", "CC", "VBP", "DT", "NN", "."],
     "calm residents to help officers"),
]


@pytest.mark.parametrize("words, heads, deps, tags, expected", SECOND_INFINITIVES)
def test_second_infinitive_of_a_request(words, heads, deps, tags, expected):
    from spacy.tokens import Doc
    from generator.extract.parse import load_nlp
    from generator.extract.positions import _requested_content
    nlp = load_nlp()
    pos = {"PRP": "PRON", "VBD": "VERB", "VBP": "VERB", "VB": "VERB", "JJ": "ADJ", "NNS": "NOUN", "NN": "NOUN",
           "TO": "PART", "CC": "CCONJ", "DT": "DET", "``": "PUNCT", "''": "PUNCT", ".": "PUNCT"}
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags],
              lemmas=[w.lower() for w in words])
    start, end = _requested_content(doc[1])
    assert doc[start:end].text == expected
