"""'The company', 'the firm' take up the one organisation the article knows for a company (its legal
form or a company's head, its shares, a company noun said of it), though people, groups and bodies whose
name tells another kind stand between: they are no company ('Kim Sato', 'Rescue crews', 'the Reserve
Bank of Kessa', whose head before 'of' is a bank's) (speakers._one_known_company_named_last). The
exchange the stock ended on, named by its initials, is no other company, a bidder of words is
(bodies.names_a_trading_venue), and a name's head
comes before a legal form or 'International' where it is a business's kind ('Harwood Bank International':
the bank; names.name_head), never a union's or, before 'International', a group's.
Every sentence here is written for the tests; rows with an actor of None are the negatives: another body
that may be a company is named, a name of no actor is quoted, a rival firm is spoken of, the body is
named only after the description or joined by 'and' to another that may be meant."""
from __future__ import annotations

import pytest

from conftest import positions_of


ONE_KNOWN_COMPANY = [
    # a group and a person between the company and 'the company': no company, no rival
    ('Mine news\n\nBrenmoor Mining Corp said it would shut its Tarn mine. Kim Sato said 200 families would suffer. Rescue crews said the shaft was flooded. The company, which employs 900 people, said the mine was exhausted.',
     [('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False), ('Kim Sato', 'Kim Sato', 'said', '200 families would suffer', False), ('Rescue crews', None, 'said', 'the shaft was flooded', False), ('The company', 'Brenmoor Mining Corp', 'said', 'the mine was exhausted', False)]),
    # a body whose name's head before 'of' tells another kind ('the Reserve Bank of Kessa') is no rival company
    ('Mine news\n\nBrenmoor Mining Corp said it would shut its Tarn mine. Kim Sato said 200 families would suffer. The Reserve Bank of Kessa said rates would hold. The company said the mine was exhausted.',
     [('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False), ('Kim Sato', 'Kim Sato', 'said', '200 families would suffer', False), ('The Reserve Bank of Kessa', 'Reserve Bank', 'said', 'rates would hold', False), ('The company', 'Brenmoor Mining Corp', 'said', 'the mine was exhausted', False)]),
    # 'according to the company' past a group and a person
    ('Mine news\n\nBrenmoor Mining Corp said it would shut its Tarn mine. Miners said they were shocked. Kim Sato said the town would fight. According to the company, the mine was exhausted.',
     [('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False), ('Miners', 'miners', 'said', 'they were shocked', False), ('Kim Sato', 'Kim Sato', 'said', 'the town would fight', False), ('the company', 'Brenmoor Mining Corp', 'according to', 'the mine was exhausted', False)]),
    # the exchange whose initials follow 'ended ... on' is no other company ('on the OSE')
    ('Fintech\n\nKessa Payments Ltd stock ended the session down 6 percent on the OSE after the audit. A broker told clients the fall was overdone. In a statement, the company said regulators would get every document.',
     [('A broker', None, 'told', 'the fall was overdone', False), ('the company', 'Kessa Payments Ltd', 'said', 'regulators would get every document', False)]),
    # NEGATIVE: a body of words after 'finished ... on' is no exchange but the bidder, which may be the company meant
    ('Takeover\n\nKessa Payments Ltd stock finished Tuesday 9 percent higher on Orwa Capital, which has offered $3 a share. A broker told clients the price was too low. In a statement, the company said it would lift the offer to $3.20.',
     [('A broker', None, 'told', 'the price was too low', False), ('the company', None, 'said', 'it would lift the offer to $3.20', False)]),
    # a name's head before 'International' or a legal form: 'the bank', 'the company'
    ('Banking\n\nAfter a weak year, Harwood Bank International will close four branches in Orwa. In a letter to customers, the bank said online services would grow.',
     [('the bank', 'Harwood Bank International', 'said', 'online services would grow', False)]),
    ('Mill news\n\nTarn Milling Company Limited posted a profit. Workers cheered. The company said demand had recovered.',
     [('The company', 'Tarn Milling Company Limited', 'said', 'demand had recovered', False)]),
    # NEGATIVE: another body that may be a company, named between or before
    ('Mine news\n\nBrenmoor Mining Corp said it would shut its Tarn mine. Talvane Energy said it would buy the site. Rescue crews said the shaft was flooded. The company said the mine was exhausted.',
     [('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False), ('Talvane Energy', 'Talvane Energy', 'said', 'it would buy the site', False), ('Rescue crews', None, 'said', 'the shaft was flooded', False), ('The company', None, 'said', 'the mine was exhausted', False)]),
    ('Mine news\n\nBrenmoor Mining Corp said it would shut its Tarn mine. Kessa Freight Ltd said it would lose a contract. Rescue crews said the shaft was flooded. The company said the mine was exhausted.',
     [('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False), ('Kessa Freight Ltd', 'Kessa Freight Ltd', 'said', 'it would lose a contract', False), ('Rescue crews', None, 'said', 'the shaft was flooded', False), ('The company', None, 'said', 'the mine was exhausted', False)]),
    # NEGATIVE: a name of no actor inside quotation marks may be the company meant
    ('Mine news\n\nBrenmoor Mining Corp said it would shut its Tarn mine. "Hartwell Logistics is finished," Kim Sato said. Rescue crews said the shaft was flooded. The company said the mine was exhausted.',
     [('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False), ('Kim Sato', 'Kim Sato', 'said', 'Hartwell Logistics is finished', True), ('Rescue crews', None, 'said', 'the shaft was flooded', False), ('The company', None, 'said', 'the mine was exhausted', False)]),
    # NEGATIVE: a quoted name the recogniser reads as no body's (a product's or a work's) may still be the company meant
    ('Mine news\n\nBrenmoor Mining Corp said it would shut its Tarn mine. "The Vela Nine is finished," Kim Sato said. Rescue crews said the shaft was flooded. The company said the mine was exhausted.',
     [('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False), ('Kim Sato', 'Kim Sato', 'said', 'The Vela Nine is finished', True), ('Rescue crews', None, 'said', 'the shaft was flooded', False), ('The company', None, 'said', 'the mine was exhausted', False)]),
    # NEGATIVE: another company spoken of between ('a rival firm')
    ('Mine news\n\nBrenmoor Mining Corp said it would shut its Tarn mine. Rescue crews said a rival firm would buy the mine. Kim Sato said the town would shrink. The company said the mine was exhausted.',
     [('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False), ('Rescue crews', None, 'said', 'a rival firm would buy the mine', False), ('Kim Sato', 'Kim Sato', 'said', 'the town would shrink', False), ('The company', None, 'said', 'the mine was exhausted', False)]),
    # NEGATIVE: 'the company' inside another's report; named only after the description
    ('Mine news\n\nBrenmoor Mining Corp said it would shut its Tarn mine. Rescue crews said the shaft was flooded. Kim Sato said the company had lied.',
     [('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False), ('Rescue crews', None, 'said', 'the shaft was flooded', False), ('Kim Sato', 'Kim Sato', 'said', 'the company had lied', False)]),
    ('Mine news\n\nRescue crews said the shaft was flooded. The company said the mine was exhausted. Brenmoor Mining Corp said it would shut its Tarn mine.',
     [('Rescue crews', None, 'said', 'the shaft was flooded', False), ('The company', None, 'said', 'the mine was exhausted', False), ('Brenmoor Mining Corp', 'Brenmoor Mining Corp', 'said', 'it would shut its Tarn mine', False)]),
    # NEGATIVE: joined by 'and' to a name that may be a company
    ('Mine news\n\nBrenmoor Mining Corp and Tarn Holdings agreed a merger. Rescue crews said the shaft was flooded. The company said the mine was exhausted.',
     [('Rescue crews', None, 'said', 'the shaft was flooded', False), ('The company', None, 'said', 'the mine was exhausted', False)]),
    # NEGATIVE: a head word before a legal form or 'International' is read only where it is a business's kind:
    # 'Meridian Union Ltd' is an insurer, not the cleaners' union; 'Delmont Group International' is not the
    # villagers' group
    ('Dispute\n\nCleaners employed by Meridian Union Ltd, which sells crop insurance in Orwa, stopped work on Wednesday. According to the union, wages have not risen since 2019.',
     [('the union', None, 'according to', 'wages have not risen since 2019', False)]),
    ('Quarry\n\nVillagers near Orwa have petitioned against a quarry planned by Delmont Group International. In a letter to the governor, the group said its wells would dry up.',
     [('the group', None, 'said', 'its wells would dry up', False)]),
    # NEGATIVE: a trade's noun ('the utility', 'the carrier') may be a board or a service whose name tells
    # another kind; only 'the company' / 'the firm' take up the one known company past such bodies
    ('Outage\n\nThe Orwa River Board buys its pumps from Delmont Engineering Ltd. On Tuesday, farmers complained that the canals were empty. The utility said a drought was to blame.',
     [('farmers', 'farmers', 'complained', 'the canals were empty', False), ('The utility', None, 'said', 'a drought was to blame', False)]),
    ('Parcels\n\nFor ten years Orwa Freightways Ltd has trucked parcels on behalf of the Kessa Postal Service. Shop owners say deliveries now take a week. According to the carrier, staff shortages are to blame.',
     [('Shop owners', 'shop owners', 'say', 'deliveries now take a week', False), ('the carrier', None, 'according to', 'staff shortages are to blame', False)]),
]


@pytest.mark.parametrize("text,expected", ONE_KNOWN_COMPANY)
def test_the_one_known_company_named_last(text, expected):
    assert positions_of(text) == expected
