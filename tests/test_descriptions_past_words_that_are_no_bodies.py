"""Which named body a bare description takes up ("the company said", 'according to the agency') past words the
rules used to read as rival bodies: the places, exchanges, titles and common words of the sentences between
(`bodies.body_described`, `bodies.unkept_name_between`); a body of no known kind named between, however long
before and however seldom, stays a rival. Every sentence is written for the tests; rows whose description
has no actor are the negatives, where another body may be meant."""
from __future__ import annotations

import pytest

from conftest import extract


def positions_of(text: str) -> list[tuple]:
    """Every position of the text, whole: (speaker, actor's name, cue, text)."""
    result = extract(text)
    names = {m.key: m.name for m in result.mentions}
    return [(p.speaker, names.get(p.actor), p.cue, p.text) for p in result.positions]


DESCRIPTIONS_PAST_NO_BODIES = [
    # the towns its gins stand at (places the gazetteer knows, listed together) and the exchange its stock ended on
    # are no bodies
    ('Merriwa Cotton Ltd. grew crop sales by a fifth on Thursday but trimmed its yearly outlook. Its gins at '
     'Dubbo and Tamworth employ some 600 staff. Turnover reached $212 million. Its shares dropped 2 per cent '
     'to close at $4.10 on the Kestrel Stock Exchange. Water costs climbed over the season. Sales to China '
     'eased. The company said no gin would close.',
     [('The company', 'Merriwa Cotton Ltd', 'said', 'no gin would close')]),
    # 'the Perth Bourse-listed miner', where nothing else is named, is the company itself; 'Board chairwoman' and
    # 'Overall' open their sentences as common words; 'ore to Suva' is a place
    ('Tarrant Minerals Ltd lifted half-year profit by 18 per cent. The Perth Bourse-listed miner, which '
     'also runs a rail line, raised output to four million tonnes. Board chairwoman Ruth Tan said nickel '
     'sold well. Overall, copper lagged. Ms Tan said its barges now carry ore to Suva. Diesel prices '
     'climbed. The company said it would buy three new trucks.',
     [('Board chairwoman Ruth Tan', 'Ruth Tan', 'said', 'nickel sold well'),
      ('Ms Tan', 'Ruth Tan', 'said', 'its barges now carry ore to Suva'),
      ('The company', 'Tarrant Minerals Ltd', 'said', 'it would buy three new trucks')]),
    # the story's opening 'A hospital trust in Cumbria' is the '... Hospitals NHS Trust' named next (a plural word
    # of the name); a campaign said to be one is no trust
    ('Weekend surgery to end\n\nPatients face long waits as trust says surgeons are "hard to find"\n\nA '
     'hospital trust in Cumbria plans to end weekend surgery from July. Fellside Hospitals NHS Trust '
     'confirmed on Friday that it could not staff the theatres. Its medical director, Dr Owen Pike, called '
     'the step a last resort. Keep Fellside Open, a campaign, has held two rallies. Surgeons have left. '
     'Waiting lists have grown. The trust said locum fees had cost it £1.2m this year.',
     [('trust', None, 'says', 'surgeons are "hard to find"'),
      ('Fellside Hospitals NHS Trust', 'Fellside Hospitals NHS Trust', 'confirmed', 'it could not staff the theatres'),
      ('Its medical director', 'Owen Pike', 'called', 'the step a last resort'),
      ('The trust', 'Fellside Hospitals NHS Trust', 'said', 'locum fees had cost it £1.2m this year')]),
    # a deck ending on a quoted phrase opens no story: the story's opening 'manufacturer' is the firm named next
    ('Drug firm to shut factory\n\nVessa Pharma Inc. says the site is too costly; union calls it "a '
     'betrayal"\n\nA Kessa-based drug manufacturer will shut its oldest factory next year, cutting 260 '
     'jobs. Vessa Pharma Inc. confirmed the closure on Tuesday and blamed the cost of meeting new Health '
     'Orwin rules. Workers were stunned. The province said it would study an aid request. Jobs are scarce '
     'in the area. The company said its laboratory would stay open.',
     [('Vessa Pharma Inc.', 'Vessa Pharma Inc', 'says', 'the site is too costly'),
      ('union', None, 'calls', 'it "a betrayal"'),
      ('Vessa Pharma Inc.', 'Vessa Pharma Inc', 'confirmed', 'the closure'),
      ('Vessa Pharma Inc.', 'Vessa Pharma Inc', 'blamed', 'the cost of meeting new Health Orwin rules'),
      ('The province', None, 'said', 'it would study an aid request'),
      ('The company', 'Vessa Pharma Inc', 'said', 'its laboratory would stay open')]),
    # 'X shares traded lower on the PSX': the exchange they trade on, whatever its name
    ("Pellam Cables Ltd said it would fight the regulator's ruling. The ruling suspends its finance chief. "
     'Pellam Cables shares traded 6 per cent lower on the PSX on Monday. Brokers were wary. Trading was '
     'light. In a statement, the company said it would contest the ruling.',
     [('Pellam Cables Ltd', 'Pellam Cables Ltd', 'said', "it would fight the regulator's ruling"),
      ('the company', 'Pellam Cables Ltd', 'said', 'it would contest the ruling')]),
    # a person's title ('Prof.', 'Magistrate') written with a name makes it a person's
    ('Prosecutors on Thursday charged Brayford Logistics Plc and its finance chief with bribery. The firm '
     'rejected the allegations. Prof. Lina Hart, an expert witness, said the ledgers were sound. '
     'Magistrate Okonjo set bail at $50,000. Customers stayed loyal. Shares were flat. In March the '
     'company said it had broken no law.',
     [('Prosecutors', 'prosecutors', 'charged', 'Brayford Logistics Plc and its finance chief with bribery'),
      ('Prof. Lina Hart', 'Lina Hart', 'said', 'the ledgers were sound'),
      ('the company', 'Brayford Logistics Plc', 'said', 'it had broken no law')]),
    # NEGATIVE: a buyer of no known kind, named once and sentences before, is a rival however often the seller is
    # named: the description may mean either
    ('Corliss Paper Inc. sold its Maine plant in April. Corliss Paper Inc. said the deal would fund new machines. '
     'Penobscot Fibre bought the plant for $60 million. Shipments have since risen. Demand is firm. Margins '
     'improved. The company said it would hire 150 workers at the Maine plant.',
     [('Corliss Paper Inc.', 'Corliss Paper Inc', 'said', 'the deal would fund new machines'),
      ('The company', None, 'said', 'it would hire 150 workers at the Maine plant')]),
    # NEGATIVE: 'the Nasdaq-listed company' after a bid that names two companies may be either: no self-description
    ('Brenmoor Capital Ltd launched a $1.5 billion bid for Talvik Systems on Thursday. Brenmoor Capital Ltd called '
     "the price generous. The Nasdaq-listed company's directors turned the bid down. Brokers expect a sweetened "
     'offer. The company said the bid failed to value its software.',
     [('The company', None, 'said', 'the bid failed to value its software')]),
    # NEGATIVE: a company listed with a country after 'talks with' is a party, no place
    ('Corvane Mills Ltd. raised output by a fifth on Tuesday but lowered its outlook. It is negotiating with '
     'Kenya and Halvard Power over a supply deal. Sales climbed to $214 million. Cocoa costs jumped in the '
     'period. Shipments to Europe eased. The company said the talks would end on Friday.',
     [('The company', None, 'said', 'the talks would end on Friday')]),
    # NEGATIVE: a one-word firm named by a common word opens its sentence as the subject of a verb: a rival
    ('Kestwick Foods Limited posted a profit rise. Kestwick Foods Limited said exports were strong. Compass '
     'bought its dairy in June. Prices rose. Costs rose. Sales slowed. The group said it had paid $25 million '
     'for the dairy.',
     [('Kestwick Foods Limited', 'Kestwick Foods Limited', 'said', 'exports were strong'),
      ('The group', None, 'said', 'it had paid $25 million for the dairy')]),
    # NEGATIVE: a name after 'its stock climbed in' that holds no exchange's word and takes a stake is a party
    ('Corvane Mills Ltd. raised output on Tuesday. Corvane Mills Ltd. said demand was firm. Its stock climbed '
     'in Delmar Markets, which took a stake. Cocoa costs jumped. Shipments eased. Margins slipped. The company '
     'said it had paid $40 million for the stake.',
     [('Corvane Mills Ltd.', 'Corvane Mills Ltd', 'said', 'demand was firm'),
      ('The company', None, 'said', 'it had paid $40 million for the stake')]),
    # a state department's figures ('Treasury data show') are no rival for 'the group': a body of a known other kind
    ('Kestwick Foods Limited posted a profit rise. Kestwick Foods Limited said exports were strong. Treasury data '
     'show food prices climbed. Prices rose. Costs rose. Sales slowed. The group said it would open two shops.',
     [('Kestwick Foods Limited', 'Kestwick Foods Limited', 'said', 'exports were strong'),
      ('The group', 'Kestwick Foods Limited', 'said', 'it would open two shops')]),
    # NEGATIVE: data of a body of no known kind ('Delmar Power data show') just before: it may be the group meant
    ('Kestwick Foods Limited posted a profit rise. Kestwick Foods Limited said exports were strong. Delmar Power '
     'data show energy costs climbed. Prices rose. Costs rose. Sales slowed. The group said it would open two '
     'shops.',
     [('Kestwick Foods Limited', 'Kestwick Foods Limited', 'said', 'exports were strong'),
      ('The group', None, 'said', 'it would open two shops')]),
    # NEGATIVE: 'A rival firm' spoken of before
    ('Tarrant Minerals Ltd lifted half-year profit by 18 per cent. A rival firm posted a loss. Board '
     'chairman Lio Tan said nickel sold well. Diesel prices climbed. The company said it would buy three '
     'new trucks.',
     [('Board chairman Lio Tan', 'Lio Tan', 'said', 'nickel sold well'),
      ('The company', None, 'said', 'it would buy three new trucks')]),
    # NEGATIVE: the opening 'community health trust' has words the named trust's name lacks
    ('Weekend surgery to end\n\nPatients face long waits as trust says surgeons are "hard to find"\n\nA '
     'community health trust in Cumbria plans to end weekend surgery from July. Fellside Hospitals NHS '
     'Trust confirmed on Friday that it could not staff the theatres. Its medical director, Dr Owen Pike, '
     'called the step a last resort. Keep Fellside Open, a campaign, has held two rallies. Surgeons have '
     'left. Waiting lists have grown. The trust said locum fees had cost it £1.2m this year.',
     [('trust', None, 'says', 'surgeons are "hard to find"'),
      ('Fellside Hospitals NHS Trust', 'Fellside Hospitals NHS Trust', 'confirmed', 'it could not staff the theatres'),
      ('Its medical director', 'Owen Pike', 'called', 'the step a last resort'),
      ('The trust', None, 'said', 'locum fees had cost it £1.2m this year')]),
    # NEGATIVE: a name as the object of a verb ('Its mills supply Halden Markets'): a party, no place
    ('Torvald Grain Ltd. lifted sales on Wednesday. Revenue rose 12 per cent. Torvald Grain shares rose 3 '
     'per cent. Wheat costs rose sharply. Exports slowed. Its mills supply Halden Markets. The company '
     'said it would keep all its staff.',
     [('The company', None, 'said', 'it would keep all its staff')]),
    # NEGATIVE: another body whose name marks a business ('Renwick Petroleum') named between
    ('Prosecutors on Thursday charged Brayford Logistics Plc and its finance chief with bribery. The firm '
     'rejected the allegations. Magistrate Okonjo set bail at $50,000. Renwick Petroleum also faces '
     'charges. Customers stayed loyal. Shares were flat. In March the company said it had broken no law.',
     [('Prosecutors', 'prosecutors', 'charged', 'Brayford Logistics Plc and its finance chief with bribery'),
      ('the company', None, 'said', 'it had broken no law')]),
    # NEGATIVE: 'The Kessa-owned company': another company, not the one named
    ('Tarrant Minerals Ltd lifted half-year profit by 18 per cent. Board chairman Lio Tan said nickel sold '
     'well. The Kessa-owned company, which runs a smelter, posted a loss. Diesel prices climbed. The '
     'company said it would buy three new trucks.',
     [('Board chairman Lio Tan', 'Lio Tan', 'said', 'nickel sold well'),
      ('The company', None, 'said', 'it would buy three new trucks')]),
    # NEGATIVE: 'Lakes Care, a trust that runs hospices': another body of the kind
    ('Weekend surgery to end\n\nPatients face long waits as trust says surgeons are "hard to find"\n\nA '
     'hospital trust in Cumbria plans to end weekend surgery from July. Fellside Hospitals NHS Trust '
     'confirmed on Friday that it could not staff the theatres. Its medical director, Dr Owen Pike, called '
     'the step a last resort. Lakes Care, a trust that runs hospices, has lent two surgeons. Surgeons have '
     'left. Waiting lists have grown. The trust said locum fees had cost it £1.2m this year.',
     [('trust', None, 'says', 'surgeons are "hard to find"'),
      ('Fellside Hospitals NHS Trust', 'Fellside Hospitals NHS Trust', 'confirmed', 'it could not staff the theatres'),
      ('Its medical director', 'Owen Pike', 'called', 'the step a last resort'),
      ('The trust', None, 'said', 'locum fees had cost it £1.2m this year')]),
    # NEGATIVE: a body of no known kind named as the owner of data ('Lakeland Water data show') just before: it
    # may be the agency meant
    ('Dunlow shire has banned hosing driveways until spring. Residents may water gardens twice a week. The '
     'Halby Met Office expects little rain. Lakeland Water data show the reservoir is a third full. '
     'Farmers have cut herds. Autumn rain was the lowest since 2009, according to the agency.',
     [('the agency', None, 'according to', 'Autumn rain was the lowest since 2009')]),
]


def affiliations_of(text: str) -> list[tuple]:
    """Every person of the text with the post and the body their page gives them."""
    result = extract(text)
    names = {m.key: m.name for m in result.mentions}
    return [(m.name, m.role, names.get(m.affiliation)) for m in result.mentions if m.type == "person"]


def test_an_officer_of_the_group_belongs_to_no_body_where_a_buyer_was_named_between():
    # NEGATIVE: "the group's chief executive" after a buyer of no known kind: either body's officer
    assert affiliations_of(
        'Kestwick Foods Limited posted a profit rise. Kestwick Foods Limited said exports were strong. '
        'Tasman-based Orwin Tours bought its resort. Prices rose. Costs rose. Sales slowed. The group\'s chief '
        'executive, Lusia Tonga, said it had paid $30 million for the resort.') == [('Lusia Tonga', 'chief executive', None)]


@pytest.mark.parametrize("text,expected", DESCRIPTIONS_PAST_NO_BODIES)
def test_a_description_takes_up_the_body_past_words_that_are_no_bodies(text, expected):
    assert positions_of(text) == expected
