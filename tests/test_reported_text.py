"""What a position's text is: the reported clause whole, its coordinated and trailing parts kept,
nothing of the cue's own (its hearer, its setting) or the writer's before it. Every sentence here is
written for the tests; rows with no position, or a shorter text, are the negatives."""
from __future__ import annotations

import pytest

from conftest import positions_of


# A verb of hoping or griping in its past or its participle ('hoped', 'hoping', 'griped'): the
# lemmatizer stops at the shorter verb it knows ('hop', 'grip'), which is no cue.
SILENT_E_CUES = [
    ("Keiko Mori said the verdict could not undo the harm but hoped it would change the industry.",
     [("Keiko Mori", "Keiko Mori", "said", "the verdict could not undo the harm", False),
      ("Keiko Mori", "Keiko Mori", "hoped", "it would change the industry", False)]),
    ("The Harbour Union hoped the talks would resume on Monday.",
     [("The Harbour Union", "Harbour Union", "hoped", "the talks would resume on Monday", False)]),
    ("Residents griped that the buses never ran on time.",
     [("Residents", "residents", "griped", "the buses never ran on time", False)]),
    # NEGATIVE: the shorter verb itself, doubled before its ending, is no cue
    ("The children hopped across the yard while their teacher watched.", []),
    ("The climbers gripped the rope as the wind rose.", []),
]


@pytest.mark.parametrize("text, expected", SILENT_E_CUES)
def test_silent_e_cues(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


# The reported clause goes on after a comma in a clause shifted back under the cue, as reported
# speech shifts it: a relative or 'while' clause in the pluperfect, a 'but' clause in the pluperfect
# whose subject is a thing or an indefinite pronoun, a 'but only if' condition; a base form joined
# in what is asked for. The writer's own past after it ('which led to', 'while photos showed',
# 'but it remained closed') and the speaker's next act stay out.
COORDINATED_REPORT = [
    ("Dr Ruth Okafor said the arrears had forced the secretariat to freeze its grants programme, which had "
     "attracted more than 1,100 applications.",
     [("Dr Ruth Okafor", "Ruth Okafor", "said", "the arrears had forced the secretariat to freeze its grants "
       "programme, which had attracted more than 1,100 applications", False)]),
    ("Tan Li said revenue rose on stronger refining, which had seen thinner margins in the past year.",
     [("Tan Li", "Tan Li", "said", "revenue rose on stronger refining, which had seen thinner margins in the past year",
       False)]),
    ("Amina Sheikh said the agency had imposed fines worth $2 million on factories, while 140 cases had been "
     "registered against violators since March.",
     [("Amina Sheikh", "Amina Sheikh", "said", "the agency had imposed fines worth $2 million on factories, while "
       "140 cases had been registered against violators since March", False)]),
    ("The coach said the team had trained hard, while rivals had rested their players.",
     [("The coach", None, "said", "the team had trained hard, while rivals had rested their players", False)]),
    ("Residents told reporters they had asked the city to repair the wall, but nothing had come of their requests.",
     [("Residents", "residents", "told",
       "they had asked the city to repair the wall, but nothing had come of their requests", False)]),
    ("The minister, Ali Haddad, said the country might raise its offer, but only if the neighbours agreed to a "
     "longer contract.",
     [("The minister", "Ali Haddad", "said",
       "the country might raise its offer, but only if the neighbours agreed to a longer contract", False)]),
    ("Union leader Rosa Vidal said members would return to work, but only if the company restored their bonuses.",
     [("Union leader Rosa Vidal", "Rosa Vidal", "said",
       "members would return to work, but only if the company restored their bonuses", False)]),
    ("Ana Diaz said she would sign, but not unless the board approved the terms.",
     [("Ana Diaz", "Ana Diaz", "said", "she would sign, but not unless the board approved the terms", False)]),
    ("The workers are demanding that owners pay the minimum wage, issue appointment letters and register them "
     "with the pension fund.",
     [("The workers", "workers", "demanding", "owners pay the minimum wage, issue appointment letters and register "
       "them with the pension fund", False)]),
    ("The tenants asked that landlords fix the roofs and refund them for the damage.",
     [("The tenants", "tenants", "asked", "landlords fix the roofs and refund them for the damage", False)]),
    # NEGATIVE: the writer's own past after the reported clause, the speaker's next act
    ("Tom Reed said the ferry had been late in the storm, which led to complaints from passengers.",
     [("Tom Reed", "Tom Reed", "said", "the ferry had been late in the storm", False)]),
    ("Ann Lowe said the wall had cracked, while photos from the site showed only a scratch.",
     [("Ann Lowe", "Ann Lowe", "said", "the wall had cracked", False)]),
    ("Police said the road would reopen on Monday, but it remained closed on Tuesday.",
     [("Police", "police", "said", "the road would reopen on Monday", False)]),
    ("Rosa Vidal said the talks had failed, but she later returned to the table.",
     [("Rosa Vidal", "Rosa Vidal", "said", "the talks had failed", False)]),
    ("The landlord claimed that the tenants were squatters and then evicted them from the flats.",
     [("The landlord", None, "claimed", "the tenants were squatters", False)]),
    # NEGATIVE (review): a pluperfect clause with a cue of its own is another party's stance set beside it
    ("The minister said the scheme would be extended to all regions, while opposition parties had called for it "
     "to be scrapped.",
     [("The minister", None, "said", "the scheme would be extended to all regions", False),
      ("opposition parties", None, "called for", "it to be scrapped", False)]),
    ("The mayor said the bridge was safe, while engineers had said in March that it needed urgent repairs.",
     [("The mayor", None, "said", "the bridge was safe", False),
      ("engineers", "engineers", "said", "it needed urgent repairs", False)]),
]


@pytest.mark.parametrize("text, expected", COORDINATED_REPORT)
def test_coordinated_report(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


# The subject of the reported clause that the parser took for the cue's object, its number left
# as the clause's subject ('said victims over 60 accounted ...'); a hearer stays out.
SPLIT_SUBJECT = [
    ("Police said victims over 60 accounted for 57 percent of the losses.",
     [("Police", "police", "said", "victims over 60 accounted for 57 percent of the losses", False)]),
    ("Officials said residents above 70 would be moved first.",
     [("Officials", "officials", "said", "residents above 70 would be moved first", False)]),
    # NEGATIVE: the hearer of 'told'
    ("Ann Lowe told reporters 60 people had been hurt.",
     [("Ann Lowe", "Ann Lowe", "told", "60 people had been hurt", False)]),
]


@pytest.mark.parametrize("text, expected", SPLIT_SUBJECT)
def test_split_subject(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


# The cue's own words before the reported clause are no part of it: a sitting hearer the parser
# made a modifier of the clause's named subject ('told the court Brigalow had ...'), a hearer's
# name before a 'that' hung on the clause's auxiliary.
CUE_WORDS_BEFORE = [
    ("Barrister Michael Hollis told the court Brigalow had since spent about $4 million on new water carts.",
     [("Barrister Michael Hollis", "Michael Hollis", "told", "Brigalow had since spent about $4 million on new water carts",
       False)]),
    ("Ann Lowe told the jury Kessel Mining had ignored the warnings.",
     [("Ann Lowe", "Ann Lowe", "told", "Kessel Mining had ignored the warnings", False)]),
    ("Ana Diaz told committee chair Tom Reed that the funds were gone.",
     [("Ana Diaz", "Ana Diaz", "told", "the funds were gone", False)]),
    ("Sunita Rahman said outside court that families had been made to fight for every answer.",
     [("Sunita Rahman", "Sunita Rahman", "said", "families had been made to fight for every answer", False)]),
    # NEGATIVE: no hearer: the clause's subject keeps its words
    ("Ann Lowe said the court official Tom Reed had lied.",
     [("Ann Lowe", "Ann Lowe", "said", "the court official Tom Reed had lied", False)]),
]


@pytest.mark.parametrize("text, expected", CUE_WORDS_BEFORE)
def test_cue_words_before(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


# 'according to' closing a sentence whose last clause the writer hangs on the narrative (a 'where'
# relative, the 'as' of 'comes as'), an event in the past or perfect: the source backs that clause.
ACCORDING_TO_LAST_CLAUSE = [
    ("The storm weakened as it moved north into the hills, where authorities had evacuated about 40,000 people, "
     "according to state officials.",
     [("state officials", "state officials", "according to", "authorities had evacuated about 40,000 people", False)]),
    ("The convoy reached the border town, where aid had run out, according to the Red Crescent.",
     [("the Red Crescent", "Red Crescent", "according to", "aid had run out", False)]),
    ("The plan, presented at a press conference in Haifa, comes as waiting times for a first appointment have "
     "stretched to eight months, according to ministry data.",
     [("ministry data", None, "according to",
       "waiting times for a first appointment have stretched to eight months", False)]),
    # NEGATIVE: a standing fact in the relative, a plain 'as' clause, 'amid' a noun: the whole sentence
    ("Floods hit the town, where 3,000 people live, according to the council.",
     [("the council", None, "according to", "Floods hit the town, where 3,000 people live", False)]),
    ("Prices rose 4 percent as demand grew, according to the ministry.",
     [("the ministry", None, "according to", "Prices rose 4 percent as demand grew", False)]),
    ("The strike came amid reports that 200 miners were trapped, according to the union.",
     [("the union", None, "according to", "The strike came amid reports that 200 miners were trapped", False)]),
]


@pytest.mark.parametrize("text, expected", ACCORDING_TO_LAST_CLAUSE)
def test_according_to_last_clause(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


# No statement: 'admit' that lets someone in ('admitted the defendant to bail'), an infinitive whose
# subject 'for' gives (what a thing is for) or one still to come ('is expected to announce').
NO_STATEMENT = [
    ("Justice Halima Abdulkadir admitted the defendant to bail in the sum of N100 million.", []),
    ("The judge admitted the suspects to bail on strict conditions.", []),
    ("The university admitted 300 students to its medical school.", []),
    ("The county opened a toll-free line for residents to report suspicious movements.", []),
    ("The agency set up a hotline for parents to report missing children.", []),
    ("Kestrel Maritime is expected to announce a decision by the end of the year.", []),
    ("The minister is due to announce the budget on Friday.", []),
    # NEGATIVE: a confession, with or without its hearer; a statement made
    ("Tom Reed admitted his role to investigators.",
     [("Tom Reed", "Tom Reed", "admitted", "his role", False)]),
    ("The minister admitted to the committee that the figures were wrong.",
     [("The minister", None, "admitted", "the figures were wrong", False)]),
    ("Kestrel Maritime announced a decision on Monday.",
     [("Kestrel Maritime", "Kestrel Maritime", "announced", "a decision", False)]),
]


@pytest.mark.parametrize("text, expected", NO_STATEMENT)
def test_no_statement(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


# A clause of contrast ('while', 'whereas') of its own subject set off after the reported clause is
# the writer's in any tense but a modal, semi-modal ('stood to lose') or pluperfect, dated or not,
# unless it is a plain past set against a plain past the cue reports (the speaker's own contrast).
# One of time or reason ('as', 'when') is the speaker's only in a tense the frame of the report
# allows: a plain past beside words not shifted back ('it will reopen') is the writer's; so is, in
# any tense, what a thing of evidence shows or another party's stance. A past beside a past or a
# 'would', an 'as' beside a pluperfect (the speaker's reason, loosely told), a past dated by its own
# time and a present stay the speaker's.
FRAME_OF_REPORT = [
    ("The Port Authority said Tuesday it will reopen the northern berth, as a dockworkers' walkout entered its "
     "second month.",
     [("The Port Authority", "Port Authority", "said", "it will reopen the northern berth", False)]),
    ("Brenna Foods has told regulators its new plant would bring 300 jobs to the valley, as farmers gathered "
     "outside to oppose it.",
     [("Brenna Foods", "Brenna Foods", "told", "its new plant would bring 300 jobs to the valley", False)]),
    ("A farmer waited nine hours for a fire crew after a blaze in his barn, his neighbours have said, as official "
     "data reveal the scale of cuts to rural stations.",
     [("his neighbours", None, "said", "A farmer waited nine hours for a fire crew after a blaze in his barn", False)]),
    ("Marta Quell said the levy raised £4m last year, while receipts from the ministry showed half that sum.",
     [("Marta Quell", "Marta Quell", "said", "the levy raised £4m last year", False)]),
    # NEGATIVE (probes): a 'while' contrast beside a present report, whatever its tense or date, is cut
    ("The director said the hospital is solvent, while its arrears rose to $3 billion in April.",
     [("The director", None, "said", "the hospital is solvent", False)]),
    ("The secretary said burglary is declining, while insurers' data recorded a 12 percent rise last year.",
     [("The secretary", None, "said", "burglary is declining", False)]),
    ("Mayor Idrissa Kone said the city has enough grain, while silos are nearly empty.",
     [("Mayor Idrissa Kone", "Idrissa Kone", "said", "the city has enough grain", False)]),
    ("Mayor Idrissa Kone said the city has enough grain, while silos were nearly empty in August.",
     [("Mayor Idrissa Kone", "Idrissa Kone", "said", "the city has enough grain", False)]),
    # NEGATIVE: the speaker's own frame: the clause stays
    ("Counsel Idris Bello told the court that N2 billion was moved through shell firms, while another N300 million "
     "was paid in cash.",
     [("Counsel Idris Bello", "Idris Bello", "told",
       "N2 billion was moved through shell firms, while another N300 million was paid in cash", False)]),
    ("The mill's owner said output fell in March, as the river ran low.",
     [("The mill's owner", None, "said", "output fell in March, as the river ran low", False)]),
    ("Judge Amara Osei noted that the bank's losses could be recovered in damages, while the tenants stood to lose "
     "their homes.",
     [("Judge Amara Osei", "Amara Osei", "noted",
       "the bank's losses could be recovered in damages, while the tenants stood to lose their homes", False)]),
    ("Leila Haddad said prices are rising in the capital, as demand grows.",
     [("Leila Haddad", "Leila Haddad", "said", "prices are rising in the capital, as demand grows", False)]),
    ("Leila Haddad said sales fell in May, as demand is weak.",
     [("Leila Haddad", "Leila Haddad", "said", "sales fell in May, as demand is weak", False)]),
    ("The swimming club has said the pool closed in 2019, as repairs are too costly.",
     [("The swimming club", None, "said", "the pool closed in 2019, as repairs are too costly", False)]),
    ("The county council has said the library would close, as funding was cut.",
     [("The county council", None, "said", "the library would close, as funding was cut", False)]),
    ("Harlow Dairies said profits had doubled, as sales climbed in Asia.",
     [("Harlow Dairies", "Harlow Dairies", "said", "profits had doubled, as sales climbed in Asia", False)]),
    ("Corvane Textiles said it will shut the Ayr mill, as orders fell 40 percent last year.",
     [("Corvane Textiles", "Corvane Textiles", "said", "it will shut the Ayr mill, as orders fell 40 percent last year",
       False)]),
]


@pytest.mark.parametrize("text, expected", FRAME_OF_REPORT)
def test_frame_of_report(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


# A verb in the present joined to a clause a past cue reports is no next act of the speaker's (the
# writer tells those in the past), nor is a verb of support with a bare count (no stance): both go on
# with what was said. The speaker's own cue right after a relative adverb ('where she said ...') is
# the writer's frame, like one after 'which'.
PRESENT_AND_RELATIVE_IN_REPORT = [
    ("Nadia Fenn said the commission had received 52 submissions, and expects to hear from 40 witnesses by June.",
     [("Nadia Fenn", "Nadia Fenn", "said",
       "the commission had received 52 submissions, and expects to hear from 40 witnesses by June", False)]),
    ("A spokeswoman for Ms Vell said the wool trade was worth $40 million a year to the island and supported 900 "
     "jobs.",
     [("A spokeswoman for Ms Vell", None, "said",
       "the wool trade was worth $40 million a year to the island and supported 900 jobs", False)]),
    # NEGATIVE: a present verb with an object or clause of its own is a statement of its own
    ("Tom Reed said the council had cut the grant and urges residents to write to their MP.",
     [("Tom Reed", "Tom Reed", "said", "the council had cut the grant", False),
      ("Tom Reed", "Tom Reed", "urges", "residents to write to their MP", False)]),
    # NEGATIVE: a stance on things named, not counted: the speaker's next statement
    ("Ana Diaz said the plan was flawed and supported the three proposals of the union.",
     [("Ana Diaz", "Ana Diaz", "said", "the plan was flawed", False)]),
    ("Mayor Lena Holt said the festival would return to the harbour, where she said a crowd of 20,000 gathered "
     "last summer.",
     [("Mayor Lena Holt", "Lena Holt", "said",
       "the festival would return to the harbour, where a crowd of 20,000 gathered last summer", False)]),
    # NEGATIVE (probes): a present verb of statement, or one after a clause whose subject cannot act
    # ('the panel ... and expects to ...' is not joined either), is the speaker's next statement
    ("Nadia Fenn said the lake had shrunk by half, and expects to see it dry by June.",
     [("Nadia Fenn", "Nadia Fenn", "said", "the lake had shrunk by half", False)]),
    ("Activist Noor Haidari said the lake was poisoned and argues for a ban on fertiliser.",
     [("Activist Noor Haidari", "Noor Haidari", "said", "the lake was poisoned", False),
      ("Activist Noor Haidari", "Noor Haidari", "argues for", "a ban on fertiliser", False)]),
    # NEGATIVE (probes): 'where' with another's cue (the pronoun not the speaker's) or 'when' naming an
    # earlier occasion of saying: the cue stays
    ("Ms Odile Ferrand said the clinic would reopen beside the depot, where he said his daughter was hurt.",
     [("Ms Odile Ferrand", "Odile Ferrand", "said",
       "the clinic would reopen beside the depot, where he said his daughter was hurt", False),
      ("he", None, "said", "his daughter was hurt", False)]),
    ("Mr Anselm Roke said the bus would run to the village, where she said her parents had farmed for decades.",
     [("Mr Anselm Roke", "Anselm Roke", "said",
       "the bus would run to the village, where she said her parents had farmed for decades", False),
      ("she", None, "said", "her parents had farmed for decades", False)]),
    ("Alderman Petra Lund said she stood by her words in June, when she said the sheriff was unfit to serve.",
     [("Alderman Petra Lund", "Petra Lund", "said",
       "she stood by her words in June, when she said the sheriff was unfit to serve", False)]),
    ("The treasurer said the levy was first proposed in 2018, when he said it would raise £3m a year.",
     [("The treasurer", None, "said", "the levy was first proposed in 2018, when he said it would raise £3m a year",
       False),
      ("he", None, "said", "it would raise £3m a year", False)]),
    # NEGATIVE (probes): another party's refusal to speak, reported, is no writer's note
    ("The team said the keeper had been offered a new deal but declined to discuss wages with the owners.",
     [("The team", None, "said", "the keeper had been offered a new deal but declined to discuss wages with the owners",
       False)]),
    ("Detectives said the driver had been interviewed but declined to name his passengers.",
     [("Detectives", None, "said", "the driver had been interviewed but declined to name his passengers",
       False)]),
    # NEGATIVE: a past act joined after the report; 'where' telling where something was said
    ("Nadia Fenn said the inquiry had received 52 submissions and asked for more time.",
     [("Nadia Fenn", "Nadia Fenn", "said", "the inquiry had received 52 submissions", False)]),
    ("Tom Reed said the shelter would open in Dunmore, where he said a prayer for the victims.",
     [("Tom Reed", "Tom Reed", "said", "the shelter would open in Dunmore, where he said a prayer for the victims",
       False)]),
]


@pytest.mark.parametrize("text, expected", PRESENT_AND_RELATIVE_IN_REPORT)
def test_present_and_relative_in_report(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)


# Parses given word by word (the parser tears such sentences apart only in some wordings): a noun
# the parser joined to the cue right after the reported clause's last noun and a comma is the next
# item of the clause's list; a phrase joined by 'and' that repeats a preposition of the clause is
# that phrase's second member. The cue's own next act, or a phrase of another preposition, is not.
_POS = {"PRP": "PRON", "VBD": "VERB", "VBN": "VERB", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "DT": "DET",
        "IN": "ADP", "CC": "CCONJ", ",": "PUNCT", ".": "PUNCT"}
TORN_OFF_PARTS = [
    ("she said the grant covered rent , fees for traders and the removal of kiosks .".split(),
     [1, 1, 3, 4, 1, 4, 7, 1, 7, 8, 7, 12, 7, 12, 13, 1],
     ["nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj", "punct", "conj", "prep", "pobj", "cc", "det", "conj", "prep",
      "pobj", "punct"],
     ["PRP", "VBD", "DT", "NN", "VBD", "NN", ",", "NNS", "IN", "NNS", "CC", "DT", "NN", "IN", "NNS", "."],
     "the grant covered rent , fees for traders and the removal of kiosks"),
    ("he said the road had been slowed by rain near Kelso , and by the cost of steel .".split(),
     [1, 1, 3, 6, 6, 6, 1, 6, 7, 8, 9, 6, 6, 1, 15, 13, 15, 16, 1],
     ["nsubj", "ROOT", "det", "nsubjpass", "aux", "auxpass", "ccomp", "agent", "pobj", "prep", "pobj", "punct", "cc",
      "prep", "det", "pobj", "prep", "pobj", "punct"],
     ["PRP", "VBD", "DT", "NN", "VBD", "VBN", "VBN", "IN", "NN", "IN", "NNP", ",", "CC", "IN", "DT", "NN", "IN", "NN",
      "."],
     "the road had been slowed by rain near Kelso , and by the cost of steel"),
    # NEGATIVE: a verb joined to the cue (the speaker's next act); a phrase of a preposition the clause has not
    ("she said the grant covered rent , and left .".split(),
     [1, 1, 3, 4, 1, 4, 1, 1, 1, 1],
     ["nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj", "punct", "cc", "conj", "punct"],
     ["PRP", "VBD", "DT", "NN", "VBD", "NN", ",", "CC", "VBD", "."],
     "the grant covered rent"),
    ("he said the road had been slowed by rain near Kelso , and at a briefing .".split(),
     [1, 1, 3, 6, 6, 6, 1, 6, 7, 8, 9, 6, 6, 1, 15, 13, 1],
     ["nsubj", "ROOT", "det", "nsubjpass", "aux", "auxpass", "ccomp", "agent", "pobj", "prep", "pobj", "punct", "cc",
      "prep", "det", "pobj", "punct"],
     ["PRP", "VBD", "DT", "NN", "VBD", "VBN", "VBN", "IN", "NN", "IN", "NNP", ",", "CC", "IN", "DT", "NN", "."],
     "the road had been slowed by rain near Kelso"),
]


@pytest.mark.parametrize("words, heads, deps, tags, expected", TORN_OFF_PARTS)
def test_torn_off_parts(words, heads, deps, tags, expected):
    from spacy.tokens import Doc
    from generator.extract.parse import load_nlp
    from generator.extract.positions import _content_tokens
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=[_POS[t] for t in tags],
              lemmas=["say" if w == "said" else w.lower() for w in words])
    start, end = _content_tokens(doc[1])
    assert doc[start:end].text == expected
