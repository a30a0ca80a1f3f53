"""One clause walk for statements (session 33, clauses33): the reported content is the cue's clause with what
the parser hung outside it (a count before its subject, a contrast of then and now), less another cue's act or
reporter; verbs of a verdict over a clause are cues; a fronted participle is never the speaker. Every sentence
is written for these tests, with every position it yields, whole: (speaker, actor, cue, text, direct); rows marked
NEGATIVE are where nothing may change."""
from __future__ import annotations

import pytest

from conftest import positions_of

# 'ruled that ...', 'held that ...': a verb of a verdict (FrameNet Verdict) over a finite clause of its own
# subject is a cue; a trailing 'according to' is the writer's credit, not the source. NEGATIVE rows: no clause
# of its own, a particle, a small clause, a quotation after a colon.
VERDICTS = [
    ('Judge Anita Morrow, who sits on the appeals bench, ruled that the eviction notices were invalid.',
     [('Judge Anita Morrow', 'Anita Morrow', 'ruled', 'the eviction notices were invalid', False)]),
    ('Judge Anita Morrow ruled on Tuesday that the eviction notices were invalid, according to a copy of the '
     'judgment.',
     [('Judge Anita Morrow', 'Anita Morrow', 'ruled', 'the eviction notices were invalid', False)]),
    ('The tribunal held that the dismissal of the nurse had been unfair.',
     [('The tribunal', None, 'held', 'the dismissal of the nurse had been unfair', False)]),
    ('The high court ruled the contract had lapsed.',
     [('The high court', None, 'ruled', 'the contract had lapsed', False)]),
    # NEGATIVE
    ('The general ruled the province for a decade.',
     []),
    ('The court ruled out any delay to the hearing.',
     []),
    ('The two unions held talks on Monday.',
     []),
    ("Hiroko Sato said the case counted because the judges had held two board members liable for the "
     "debts.",
     [
         ('Hiroko Sato', 'Hiroko Sato', 'said',
          "the case counted because the judges had held two board members liable for the "
          "debts", False),
     ]),
    ('In a nod to the old slogan, the marchers will hold placards proclaiming: "We can - stop the tolls!"',
     []),
    # NEGATIVE (review of session 33): 'hold' without a judicial subject; a verdict in a relative clause or in
    # another cue's reported clause is no position and leaves the outer speaker's
    ('Judge Maren Holt held that the search was lawful.',
     [('Judge Maren Holt', 'Maren Holt', 'held', 'the search was lawful', False)]),
    ('Anybody who holds that the moon landing was faked is mistaken, Dr Colm Varga said.',
     [('Dr Colm Varga', 'Colm Varga', 'said', 'Anybody who holds that the moon landing was faked is mistaken', False)]),
    ('The magistrate ruled that the confession was inadmissible, defence lawyers said.',
     [('defence lawyers', 'defence lawyers', 'said', 'The magistrate ruled that the confession was inadmissible',
       False)]),
    ('Fishermen hold that the bay is haunted.',
     []),
    ('Several historians hold that the treaty was forged.',
     []),
    ('Tenants who held that the lease was void lost the appeal.',
     []),
]

# 'said around 35 per cent of X were ...': the count the parser hung on the cue opens the reported clause's
# subject, whatever quote marks stand later in it. NEGATIVE rows: a date, a hearer counted.
COUNTS_READ_ONTO_THE_CUE = [
    ('A spokesman for the water board, who asked not to be named, said roughly 80 per cent of households '
     'were "well protected" against the flooding.',
     [
         ('A spokesman for the water board, who asked not to be named', None, 'said',
          'roughly 80 per cent of households were "well protected" against the flooding', False),
     ]),
    ('Union officials said around 35 per cent of the complaints from the depot were about late pay.',
     [
         ('Union officials', 'union officials', 'said',
          'around 35 per cent of the complaints from the depot were about late pay', False),
     ]),
    ('Nurses said around half of the wards were understaffed.',
     [('Nurses', 'nurses', 'said', 'around half of the wards were understaffed', False)]),
    # NEGATIVE
    ('Olu Badmus said on 12 March the clinic had closed.',
     [('Olu Badmus', 'Olu Badmus', 'said', 'the clinic had closed', False)]),
    ('Olu Badmus told 40 volunteers the clinic had closed.',
     [('Olu Badmus', 'Olu Badmus', 'told', 'the clinic had closed', False)]),
    # NEGATIVE (review of session 33): a preposition of no figure's qualifier opens no subject
    ('The league said through two lawyers the owners were sorry.',
     [('The league', None, 'said', 'the owners were sorry', False)]),
    ('The union said after three visits nurses were exhausted.',
     []),
]

# 'put the cost at N and said/warned ...': the joined cue is a second statement, not the figure's content.
NEXT_ACT_AFTER_PUTTING = [
    ('The Mayor put the repair bill at about $2.3 million and said it could be paid from the roads budget.',
     [
         ('The Mayor', None, 'put', 'the repair bill at about $2.3 million', False),
         ('The Mayor', None, 'said', 'it could be paid from the roads budget', False),
     ]),
    ('Hal Brisco put the shortfall at $4m, and said rates would rise.',
     [
         ('Hal Brisco', 'Hal Brisco', 'put', 'the shortfall at $4m', False),
         ('Hal Brisco', 'Hal Brisco', 'said', 'rates would rise', False),
     ]),
    ('Hal Brisco put the shortfall at $4m and warned that rates would rise.',
     [
         ('Hal Brisco', 'Hal Brisco', 'put', 'the shortfall at $4m', False),
         ('Hal Brisco', 'Hal Brisco', 'warned', 'rates would rise', False),
     ]),
    # NEGATIVE (review of session 33): 'and' before no finite verb is the figure's own
    ('Pia Lorne put the number of missing at 9 and the rescued at 55.',
     [('Pia Lorne', None, 'put', 'the number of missing at 9 and the rescued at 55', False)]),
    ('Pia Lorne put the deficit at $5m and the surplus at $1m.',
     [('Pia Lorne', None, 'put', 'the deficit at $5m and the surplus at $1m.', False)]),
    ('Pia Lorne put the death toll at 14 and rising.',
     [('Pia Lorne', None, 'put', 'the death toll at 14 and rising', False)]),
]

# '..., residents and police said': the outer reporter the parser read into the inner cue's content is no
# part of it. NEGATIVE row: a reporter with its subject in place.
OUTER_REPORTER = [
    ('The drivers blocked the ring road and left at noon after the transport ministry promised to pay part of '
     'the fines from a reserve fund, residents and police said.',
     [
         ('the transport ministry', 'Transport Ministry', 'promised',
          'to pay part of the fines from a reserve fund', False),
     ]),
    # NEGATIVE
    ('The crowd dispersed after the mayor promised to review the fares, witnesses said.',
     [('the mayor', None, 'promised', 'to review the fares', False)]),
]

# 'said A sold for N last summer, while B now costs M': a contrast in the present marked 'now' against the dated
# past that is reported compares then with now in the speaker's words. NEGATIVE rows: no 'now', a person's
# stance, a background fact, persons for subject.
THEN_AND_NOW = [
    ('Fishermen said fresh mackerel sold for about $3 a kilo last summer, while frozen imports now cost '
     'nearly $7 a kilo.',
     [
         ('Fishermen', 'fishermen', 'said',
          'fresh mackerel sold for about $3 a kilo last summer, while frozen imports now cost nearly $7 a '
          'kilo', False),
     ]),
    ('Growers said a crate of apples fetched $12 in 2019, whereas a crate now sells for $30.',
     [
         ('Growers', 'growers', 'said',
          'a crate of apples fetched $12 in 2019, whereas a crate now sells for $30', False),
     ]),
    # NEGATIVE
    ('Dealers said used tractors sold quickly in the spring, while new models sit unsold in the yards.',
     [('Dealers', 'dealers', 'said', 'used tractors sold quickly in the spring', False)]),
    ('Growers said a crate of apples fetched $12 in 2019, while critics of the scheme are unconvinced.',
     [('Growers', 'growers', 'said', 'a crate of apples fetched $12 in 2019', False)]),
    ('Growers said a crate of apples fetched $12 in 2019, while the region is home to 3,000 orchards.',
     [('Growers', 'growers', 'said', 'a crate of apples fetched $12 in 2019', False)]),
    ('Growers said a crate of apples fetched $12 in 2019, while their neighbours now sell for $30.',
     [('Growers', 'growers', 'said', 'a crate of apples fetched $12 in 2019', False)]),
    # NEGATIVE (review of session 33): a source after the contrast makes it the writer's
    ('The bureau said joblessness reached 11% in 2018, while the town now has the lowest rate in the county, '
     'according to payroll data.',
     [('The bureau', None, 'said', 'joblessness reached 11% in 2018', False)]),
]

# 'Reacting, the regional Commissioner for X, <Name>, said': the set-off phrase after the participle is the
# subject, whether or not the recogniser knew the name. NEGATIVE row: a name in -ing.
FRONTED_PARTICIPLE = [
    ('The Kessa Regional Government was handed the list of demands. Reacting, the regional Commissioner for Works, '
     'Alhaja Rukayat Folami-Adeoye, said the government was ready to pay.',
     [
         ('the regional Commissioner for Works', 'Rukayat Folami-Adeoye', 'said',
          'the government was ready to pay', False),
     ]),
    ("Responding, the council's Chief Engineer, Mr Tunde Bakare, said the bridge would reopen in May.",
     [("the council's Chief Engineer", 'Tunde Bakare', 'said', 'the bridge would reopen in May', False)]),
    # NEGATIVE
    ("Browning, the party's chairman, said the vote would go ahead.",
     [('Browning', 'Browning', 'said', 'the vote would go ahead', False)]),
]


# 'who spoke at the briefing', 'complained at the meeting about ...': a gathering or occasion of saying after a
# cue's preposition is where it was said, never what. NEGATIVE rows: a body or a topic after the preposition.
PLACES_OF_SAYING = [
    ('The secretary of the Dockers Guild in the port, Comrade Ebere Nwosu, who had spoken at the briefing, said '
     'the guild would back the strike.',
     [('The secretary of the Dockers Guild', 'Ebere Nwosu', 'said', 'the guild would back the strike', False)]),
    ('Ebere Nwosu, who spoke at a rally on Monday, said the guild would strike.',
     [('Ebere Nwosu', 'Nwosu', 'said', 'the guild would strike', False)]),
    # (narrowed in review: a phrase the parser hung on the occasion's noun leaves the content as parsed)
    ('Ebere Nwosu complained at the meeting about the noise from the port.',
     [('Ebere Nwosu', 'Nwosu', 'complained', 'the meeting about the noise from the port', False)]),
    # NEGATIVE
    ('Ebere Nwosu lashed out at the harbour board for the delays.',
     [('Ebere Nwosu', 'Nwosu', 'lashed out', 'the harbour board for the delays', False)]),
    ('Ebere Nwosu warned of job losses at the port.',
     [('Ebere Nwosu', 'Nwosu', 'warned', 'job losses', False)]),
    # NEGATIVE (review of session 33): a chamber or body may be the target; a phrase after the occasion's noun
    # leaves the cue's content as it was parsed
    ('Mayor Ode Fashola lashed out at the city council over the water shortage.',
     [('Mayor Ode Fashola', 'Ode Fashola', 'lashed out', 'the city council over the water shortage', False)]),
    ('The premier railed at Parliament for stalling the reform.',
     [('The premier', None, 'railed', 'Parliament for stalling the reform', False)]),
    ('Ines Korda warned at the summit of falling crop yields.',
     [('Ines Korda', 'Ines Korda', 'warned', 'the summit of falling crop yields', False)]),
    ('Ines Korda argued at the meeting for reopening the quarry.',
     [('Ines Korda', None, 'argued', 'the meeting for reopening the quarry', False)]),
    ('Ines Korda spoke at the hearing against the new runway.',
     [('Ines Korda', 'Ines Korda', 'spoke', 'the hearing against the new runway', False)]),
]

ROWS = PLACES_OF_SAYING + VERDICTS + COUNTS_READ_ONTO_THE_CUE + NEXT_ACT_AFTER_PUTTING + OUTER_REPORTER + THEN_AND_NOW + FRONTED_PARTICIPLE


@pytest.mark.parametrize("text, expected", ROWS)
def test_clause_walk(text, expected):
    assert positions_of(text) == expected


# A parse that reads the reported subject's head as the cue's object ('said around 35 [per cent of the claims]
# this year was tied ...'): the count hung on the cue before it opens the content. NEGATIVE: a phrase of no count.
COUNT_BEFORE_A_SUBJECT_READ_AS_OBJECT = [
    ("stewards said around 35 per cent of the claims this year was tied to theft .".split(),
     [1, 1, 1, 2, 5, 1, 5, 8, 6, 10, 12, 12, 1, 12, 13, 1],
     ["nsubj", "ROOT", "prep", "pobj", "compound", "dobj", "prep", "det", "pobj", "det", "npadvmod", "auxpass",
      "ccomp", "prep", "pobj", "punct"],
     ["NNS", "VBD", "IN", "CD", "NN", "NN", "IN", "DT", "NNS", "DT", "NN", "VBD", "VBN", "IN", "NN", "."],
     "around 35 per cent of the claims this year was tied to theft"),
    # NEGATIVE
    ("stewards said in public most of the claims this year was tied to theft .".split(),
     [1, 1, 1, 2, 1, 4, 7, 5, 9, 11, 11, 1, 11, 12, 1],
     ["nsubj", "ROOT", "prep", "pobj", "dobj", "prep", "det", "pobj", "det", "npadvmod", "auxpass", "ccomp",
      "prep", "pobj", "punct"],
     ["NNS", "VBD", "IN", "NN", "JJS", "IN", "DT", "NNS", "DT", "NN", "VBD", "VBN", "IN", "NN", "."],
     "most of the claims this year was tied to theft"),
]


@pytest.mark.parametrize("words, heads, deps, tags, expected", COUNT_BEFORE_A_SUBJECT_READ_AS_OBJECT)
def test_count_before_a_subject_read_as_object(words, heads, deps, tags, expected):
    from spacy.tokens import Doc
    from generator.extract.parse import load_nlp
    from generator.extract.positions import _content_tokens
    pos = {"NNS": "NOUN", "NN": "NOUN", "VBD": "VERB", "VBN": "VERB", "IN": "ADP", "CD": "NUM", "DT": "DET",
           "JJS": "ADJ", ".": "PUNCT"}
    lemmas = {"said": "say", "was": "be", "tied": "tie"}
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags],
              lemmas=[lemmas.get(w, w) for w in words])
    start, end = _content_tokens(doc[1])
    assert doc[start:end].text == expected
