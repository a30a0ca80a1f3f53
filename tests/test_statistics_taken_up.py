"""Statistics taken up under another of their words, and a closing '..., the data show.' read as the cue it is (session 50).

A writer varies the word for one set of statistics ('Data compiled by X show ... . The figures also showed ...'):
'the figures' or 'the data' takes up the owner of earlier sets of its own word first, and where there is none,
the one owner of every set named so far under any of the words (STATISTICS_NOUNS; figures.py, `_taken_up_owner`),
only for 'the' alone before the noun; no one where two owners gave sets of other words, or another's or an
ownerless new set came between. The small model reads '..., the data show.' (a verb of showing closing a sentence
after a comma and a source noun) as a noun 'show' with 'data' as its compound; the same words with 'figures' parse
as the cue, and parse.py (`closing_showing_cues_as_verbs`) gives the sentence that tree, so every rule reads the
cue's source (the earlier data's owner) as it does for 'the figures show'. A 'show' that is a noun ('the car show',
'the data show on television', 'Market Hour, a weekly data show') or has no agreeing subject ('the review show')
is left as parsed.
Whole figures as (text, value, low, high, unit, qualifier, claimant, sentence, unnamed source's words); trees as
(word, tag, dependency, head word) of the last sentence. Sentences written for the tests.
"""
from __future__ import annotations

import pytest

from conftest import extract
from generator.extract.parse import parse_text


def figure_rows(text: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.unit, f.qualifier, f.actor, f.sentence_index, f.source)
            for f in extract(text).figures]


def tree(text: str) -> list[tuple]:
    sentence = parse_text(text).sentences[-1]
    return [(t.text, t.tag_, t.dep_, t.head.text) for t in sentence if not t.is_punct]


TAKEN_UP = [
    ('According to Orlen Statistics Office data, exports rose 12 percent last year. Imports fell 3 percent, the data show.',
     [('12 percent', 12.0, None, None, '% rise in exports', None, 'Orlen Statistics Office', 0, None), ('3 percent', 3.0, None, None, '% fall in imports', None, 'Orlen Statistics Office', 1, None)]),
    ('Timber exports rose 9 percent last year, according to figures from the Orlen Trade Office. Norway bought about 41 percent of the logs sold abroad, the data show.',
     [('9 percent', 9.0, None, None, '% rise in timber exports', None, 'Orlen Trade Office', 0, None), ('about 41 percent', 41.0, None, None, '% of logs', 'about', 'Orlen Trade Office', 1, None)]),
    ('Data compiled by the Orlen Labour Bureau show that wages rose 5 percent in May. The figures also showed that 238 shops shut.',
     [('5 percent', 5.0, None, None, '% rise in wages', None, 'Orlen Labour Bureau', 0, None), ('238', 238.0, None, None, 'shops', None, 'Orlen Labour Bureau', 1, None)]),
    ('Figures released by the Tarn Health Board show that 900 children waited more than a year. Parents were angry. The data also showed that 140 children were never seen.',
     [('900', 900.0, None, None, 'children', None, 'Tarn Health Board', 0, None), ('140', 140.0, None, None, 'children', None, 'Tarn Health Board', 2, None)]),
    ('Statistics compiled by the Tarn Labour Office show that 4,000 jobs were lost. Only two in five graduates found jobs, the figures show.',
     [('4,000', 4000.0, None, None, 'jobs', None, 'Tarn Labour Office', 0, None), ('two in five', 0.4, None, None, 'share of graduates', None, 'Tarn Labour Office', 1, None)]),
    ('Data compiled by the Orlen Labour Bureau show that wages rose 5 percent in May. Ann Lowe said the figure was too low. The figures also showed that 238 shops shut.',
     [('5 percent', 5.0, None, None, '% rise in wages', None, 'Orlen Labour Bureau', 0, None), ('238', 238.0, None, None, 'shops', None, 'Orlen Labour Bureau', 2, None)]),
    ('Exports rose 12 percent last year, according to statistics from the Orlen Statistics Office. Imports fell 3 percent, the data shows.',
     [('12 percent', 12.0, None, None, '% rise in exports', None, 'Orlen Statistics Office', 0, None), ('3 percent', 3.0, None, None, '% fall in imports', None, 'Orlen Statistics Office', 1, None)]),
    # the same word first: 'the data' takes up the earlier data's owner, whatever other word's set came between
    ('Data compiled by the Orlen Labour Bureau show that wages rose 5 percent in May. Figures from the Tarn Trade Council show rents fell. The data also showed that 238 shops shut.',
     [('5 percent', 5.0, None, None, '% rise in wages', None, 'Orlen Labour Bureau', 0, None), ('238', 238.0, None, None, 'shops', None, 'Orlen Labour Bureau', 2, None)]),
    ("Data from the Orlen Bureau of Statistics show prices rose 3 per cent. The Opposition's own figures put the rise at 7 per cent. The data also show 2,500 shops closed.",
     [('3 per cent', 3.0, None, None, '% rise in prices', None, 'Orlen Bureau of Statistics', 0, None), ('7 per cent', 7.0, None, None, '%', None, None, 1, None), ('2,500', 2500.0, None, None, 'shops', None, 'Orlen Bureau of Statistics', 2, None)]),
    # NEGATIVE: two owners among the sets of other words, another's set ('the union's own figures'), an ownerless new
    # set, a report (another kind), an unowned 'official data', no earlier set, a noun 'show' (a programme, 'the review
    # show'): no claimant
    ('Data compiled by the Orlen Labour Bureau show that wages rose 5 percent in May. Statistics from the Tarn Trade Council show rents fell. The figures also showed that 238 shops shut.',
     [('5 percent', 5.0, None, None, '% rise in wages', None, 'Orlen Labour Bureau', 0, None), ('238', 238.0, None, None, 'shops', None, None, 2, None)]),
    ("Data from the Orlen Bureau of Statistics show prices rose 3 per cent. The union's own figures were higher. The figures also show 2,500 shops closed.",
     [('3 per cent', 3.0, None, None, '% rise in prices', None, 'Orlen Bureau of Statistics', 0, None), ('2,500', 2500.0, None, None, 'shops', None, None, 2, None)]),
    ('Data compiled by the Orlen Labour Bureau show that wages rose 5 percent in May. New figures were leaked on Monday. The figures also showed that 238 shops shut.',
     [('5 percent', 5.0, None, None, '% rise in wages', None, 'Orlen Labour Bureau', 0, None), ('238', 238.0, None, None, 'shops', None, None, 2, None)]),
    ('Data compiled by the Orlen Labour Bureau show that wages rose 5 percent in May. The report also showed that 238 shops shut.',
     [('5 percent', 5.0, None, None, '% rise in wages', None, 'Orlen Labour Bureau', 0, None), ('238', 238.0, None, None, 'shops', None, None, 1, 'The report')]),
    ('Exports rose 12 percent last year, according to figures from the Orlen Statistics Office. Imports fell 3 percent, official data show.',
     [('12 percent', 12.0, None, None, '% rise in exports', None, 'Orlen Statistics Office', 0, None), ('3 percent', 3.0, None, None, '% fall in imports', None, None, 1, 'official data')]),
    ('Imports fell 3 percent, the data show.',
     [('3 percent', 3.0, None, None, '% fall in imports', None, None, 0, None)]),
    ('Exports rose 12 percent last year, according to figures from the Orlen Statistics Office. More than 300 people came to the show.',
     [('12 percent', 12.0, None, None, '% rise in exports', None, 'Orlen Statistics Office', 0, None), ('More than 300', 300.0, 300.0, None, 'people', 'more than', None, 1, None)]),
    ('Figures from the Orlen Trade Board show 120 firms opened. The $4,000 award went to Market Hour, a weekly data show.',
     [('120', 120.0, None, None, 'firms', None, 'Orlen Trade Board', 0, None), ('$4,000', 4000.0, None, None, 'dollars', None, 'Orlen Trade Board', 1, None)]),
    ('Figures from the Orlen Trade Board show 120 firms opened. Most of the 250 visitors came by bus, the review show.',
     [('120', 120.0, None, None, 'firms', None, 'Orlen Trade Board', 0, None), ('250', 250.0, None, None, 'visitors', None, None, 1, None)]),
]


@pytest.mark.parametrize("text, figures", TAKEN_UP, ids=[row[0][:60] for row in TAKEN_UP])
def test_statistics_are_taken_up_under_any_of_their_words(text, figures):
    assert figure_rows(text) == figures


CLOSING_CUES = [
    ('Imports fell 3 percent, the data show.',
     [('Imports', 'NNS', 'nsubj', 'fell'), ('fell', 'VBD', 'ccomp', 'show'), ('3', 'CD', 'nummod', 'percent'), ('percent', 'NN', 'npadvmod', 'fell'), ('the', 'DT', 'det', 'data'), ('data', 'NN', 'nsubj', 'show'), ('show', 'VBP', 'ROOT', 'show')]),
    ('The pass rate stands at roughly 63 per cent, the data show.',
     [('The', 'DT', 'det', 'rate'), ('pass', 'NN', 'compound', 'rate'), ('rate', 'NN', 'nsubj', 'stands'), ('stands', 'VBZ', 'ccomp', 'show'), ('at', 'IN', 'prep', 'stands'), ('roughly', 'RB', 'advmod', '63'), ('63', 'CD', 'nummod', 'cent'), ('per', 'IN', 'compound', 'cent'), ('cent', 'NN', 'pobj', 'at'), ('the', 'DT', 'det', 'data'), ('data', 'NN', 'nsubj', 'show'), ('show', 'VBP', 'ROOT', 'show')]),
    ('Imports fell 3 percent, ministry data show.',
     [('Imports', 'NNS', 'nsubj', 'fell'), ('fell', 'VBD', 'ccomp', 'show'), ('3', 'CD', 'nummod', 'percent'), ('percent', 'NN', 'npadvmod', 'fell'), ('ministry', 'NN', 'compound', 'data'), ('data', 'NNS', 'nsubj', 'show'), ('show', 'VBP', 'ROOT', 'show')]),
    ('Imports fell 3 percent, the figures show.',
     [('Imports', 'NNS', 'nsubj', 'fell'), ('fell', 'VBD', 'ccomp', 'show'), ('3', 'CD', 'nummod', 'percent'), ('percent', 'NN', 'npadvmod', 'fell'), ('the', 'DT', 'det', 'figures'), ('figures', 'NNS', 'nsubj', 'show'), ('show', 'VBP', 'ROOT', 'show')]),
    # the verb read as the main verb, its source its compound ('the data shows', 'the statistics show'); a source's
    # opening 'The data shows that ...' is parsed right: as parsed
    ('Imports fell 3 percent, the data shows.',
     [('Imports', 'NNS', 'nsubj', 'fell'), ('fell', 'VBD', 'ccomp', 'shows'), ('3', 'CD', 'nummod', 'percent'), ('percent', 'NN', 'npadvmod', 'fell'), ('the', 'DT', 'det', 'data'), ('data', 'NN', 'nsubj', 'shows'), ('shows', 'VBZ', 'ROOT', 'shows')]),
    ('Exports rose 3 percent, the statistics show.',
     [('Exports', 'NNS', 'nsubj', 'rose'), ('rose', 'VBD', 'ccomp', 'show'), ('3', 'CD', 'nummod', 'percent'), ('percent', 'NN', 'npadvmod', 'rose'), ('the', 'DT', 'det', 'statistics'), ('statistics', 'NNS', 'nsubj', 'show'), ('show', 'VBP', 'ROOT', 'show')]),
    ('Imports fell 3 percent, official ministry data show.',
     [('Imports', 'NNS', 'nsubj', 'fell'), ('fell', 'VBD', 'ccomp', 'show'), ('3', 'CD', 'nummod', 'percent'), ('percent', 'NN', 'npadvmod', 'fell'), ('official', 'JJ', 'amod', 'data'), ('ministry', 'NN', 'compound', 'data'), ('data', 'NNS', 'nsubj', 'show'), ('show', 'VBP', 'ROOT', 'show')]),
    ('The data shows that exports rose 3 percent.',
     [('The', 'DT', 'det', 'data'), ('data', 'NN', 'nsubj', 'shows'), ('shows', 'VBZ', 'ROOT', 'shows'), ('that', 'IN', 'mark', 'rose'), ('exports', 'NNS', 'nsubj', 'rose'), ('rose', 'VBD', 'ccomp', 'shows'), ('3', 'CD', 'nummod', 'percent'), ('percent', 'NN', 'npadvmod', 'rose')]),
    # NEGATIVE: 'show' a noun, not closing a sentence after a comma, in apposition to a name ('Market Hour, a weekly data
    # show'), or no verb agreeing with its subject ('the review show'): as parsed
    ('They went to the show.',
     [('They', 'PRP', 'nsubj', 'went'), ('went', 'VBD', 'ROOT', 'went'), ('to', 'IN', 'prep', 'went'), ('the', 'DT', 'det', 'show'), ('show', 'NN', 'pobj', 'to')]),
    ('He bought tickets for the car show.',
     [('He', 'PRP', 'nsubj', 'bought'), ('bought', 'VBD', 'ROOT', 'bought'), ('tickets', 'NNS', 'dobj', 'bought'), ('for', 'IN', 'prep', 'tickets'), ('the', 'DT', 'det', 'show'), ('car', 'NN', 'compound', 'show'), ('show', 'NN', 'pobj', 'for')]),
    ('Tickets for the car show sold out, the promoter said.',
     [('Tickets', 'NNS', 'dep', 'said'), ('for', 'IN', 'prep', 'Tickets'), ('the', 'DT', 'det', 'show'), ('car', 'NN', 'compound', 'show'), ('show', 'NN', 'pobj', 'for'), ('sold', 'VBN', 'acl', 'show'), ('out', 'RP', 'prt', 'sold'), ('the', 'DT', 'det', 'promoter'), ('promoter', 'NN', 'nsubj', 'said'), ('said', 'VBD', 'ROOT', 'said')]),
    ('He watched the data show on television.',
     [('He', 'PRP', 'nsubj', 'watched'), ('watched', 'VBD', 'ROOT', 'watched'), ('the', 'DT', 'det', 'show'), ('data', 'NNS', 'compound', 'show'), ('show', 'NN', 'dobj', 'watched'), ('on', 'IN', 'prep', 'show'), ('television', 'NN', 'pobj', 'on')]),
    ('The $4,000 award went to Market Hour, a weekly data show.',
     [('The', 'DT', 'det', 'award'), ('$', '$', 'nmod', '4,000'), ('4,000', 'CD', 'nummod', 'award'), ('award', 'NN', 'nsubj', 'went'), ('went', 'VBD', 'ROOT', 'went'), ('to', 'IN', 'prep', 'went'), ('Market', 'NNP', 'compound', 'Hour'), ('Hour', 'NNP', 'pobj', 'to'), ('a', 'DT', 'det', 'show'), ('weekly', 'JJ', 'amod', 'show'), ('data', 'NNS', 'compound', 'show'), ('show', 'NN', 'appos', 'Hour')]),
    ('Ama Owusu, 42, presents Tally Night, a weekly data show.',
     [('Ama', 'NNP', 'compound', 'Owusu'), ('Owusu', 'NNP', 'nsubj', 'presents'), ('42', 'CD', 'appos', 'Owusu'), ('presents', 'VBZ', 'ROOT', 'presents'), ('Tally', 'NNP', 'compound', 'Night'), ('Night', 'NNP', 'nsubj', 'presents'), ('a', 'DT', 'det', 'show'), ('weekly', 'JJ', 'amod', 'show'), ('data', 'NNS', 'compound', 'show'), ('show', 'NN', 'appos', 'Night')]),
    ('Most of the 250 visitors came by bus, the review show.',
     [('Most', 'JJS', 'nsubj', 'came'), ('of', 'IN', 'prep', 'Most'), ('the', 'DT', 'det', 'visitors'), ('250', 'CD', 'nummod', 'visitors'), ('visitors', 'NNS', 'pobj', 'of'), ('came', 'VBD', 'ccomp', 'show'), ('by', 'IN', 'prep', 'came'), ('bus', 'NN', 'pobj', 'by'), ('the', 'DT', 'det', 'show'), ('review', 'NN', 'compound', 'show'), ('show', 'NN', 'ROOT', 'show')]),
]


@pytest.mark.parametrize("text, expected", CLOSING_CUES, ids=[row[0] for row in CLOSING_CUES])
def test_a_closing_showing_cue_is_read_as_a_verb(text, expected):
    assert tree(text) == expected
