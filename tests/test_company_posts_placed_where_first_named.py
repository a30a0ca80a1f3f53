"""A company's bare post ('Chief executive X', 'Managing director X') is placed where a reader places it: at
the holder's first mention (session 46, postbody). A body taking part beside a LATER mention of the holder
(a regulator that acts, an exchange) no longer blocks the company a story opens on; and a story that opens on
the company as the subject of its lede after a headline and a byline opens on it as one whose first sentence
names it does (roles._one_body_of_the_posts_kind). Every other guard stands: another company named before
the holder, another body beside the first mention, a story opening on another body, the company named with
another as one subject (the negatives). Every sentence here is written for the tests; whole records of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ROWS = [
    # a body that acts beside a later mention of the holder: the post was placed at the first
    ("Dorrow Aggregates Plc will close two sites and cut 140 jobs. Managing director Ines Varga said the firm had "
     "no choice. The Kessa Mining Authority said it would inspect the sites. Varga said the company would comply.",
     [("Dorrow Aggregates Plc", "organization", None, None),
      ("Ines Varga", "person", "Managing director", "Dorrow Aggregates Plc"),
      ("Kessa Mining Authority", "organization", None, None)]),
    ("Lodestar Airways Ltd carried 2 million passengers last year. Chief operating officer Sam Reid said the "
     "airline's fleet was ageing. The Civil Aviation Board said it had grounded two jets. Reid said the company "
     "would lease new ones.",
     [("Civil Aviation Board", "organization", None, None),
      ("Lodestar Airways Ltd", "organization", None, None),
      ("Sam Reid", "person", "Chief operating officer", "Lodestar Airways Ltd")]),
    ("Brenna Textiles Ltd exported goods worth $3 million in May. Chief executive Hana Lee said the company was "
     "hiring. Exports to the Kessa Free Zone Authority's estate rose. Lee said the firm would add a shift.",
     [("Brenna Textiles Ltd", "organization", None, None),
      ("Hana Lee", "person", "Chief executive", "Brenna Textiles Ltd"),
      ("Kessa Free Zone Authority", "organization", None, None)]),
    ("Harlow Mills Ltd cut its dividend on Tuesday. Shares fell 6%. Chief executive Jo Penn said the company had "
     "acted prudently. The Kessa Competition Commission later opened an inquiry, and Penn said the firm would "
     "cooperate.",
     [("Harlow Mills Ltd", "organization", None, None),
      ("Jo Penn", "person", "Chief executive", "Harlow Mills Ltd"),
      ("Kessa Competition Commission", "organization", None, None)]),
    # the story opens on the company as its lede's subject, after a headline and a byline
    ("Food maker's profit jumps\n\nBy Lena Marsh\n\nHarwick Foods Ltd has reported a profit of $12 million for "
     "the year. Sales rose 8% to $90 million. Chief financial officer Tom Ebbs said the company had cut costs.",
     [("Harwick Foods Ltd", "organization", None, None),
      ("Tom Ebbs", "person", "Chief financial officer", "Harwick Foods Ltd")]),
    ("Bank opens branches\n\nBy Ann Fey\n\nCorvel Savings Bank Ltd opened four branches in the north on "
     "Thursday. Its deposits grew. Managing director Amit Rao said the bank would hire 60 staff.",
     [("Amit Rao", "person", "Managing director", "Corvel Savings Bank Ltd"),
      ("Corvel Savings Bank Ltd", "organization", None, None)]),
    ("Miner expands\n\nWritten by Joe Kamau\n\nPellam Gold Corp opened a second shaft on Monday. Output will "
     "double by 2027. At a briefing beside the shaft, chief executive Rose Mbe said the company spent $80 million.",
     [("Pellam Gold Corp", "organization", None, None),
      ("Rose Mbe", "person", "chief executive", "Pellam Gold Corp")]),
    ("Brewer lifts prices\n\nBy Sam Odu\n\nKessa Breweries Plc raised beer prices by 5% on Friday. Sales fell "
     "last year. Chief executive Obi Nnaji said the brewer had no choice, and said the firm would review prices.",
     [("Kessa Breweries Plc", "organization", None, None),
      ("Obi Nnaji", "person", "Chief executive", "Kessa Breweries Plc")]),
    ("Steel cuts\n\nBy Lena Marsh\n\nLarchmont Steel Ltd will cut 400 jobs. Prices fell. Chief executive Pia "
     "Lund said the firm would survive.",
     [("Larchmont Steel Ltd", "organization", None, None),
      ("Pia Lund", "person", "Chief executive", "Larchmont Steel Ltd")]),
    # NEGATIVE: another business spoken of unnamed between the lede and the holder
    ("Steel cuts\n\nBy Lena Marsh\n\nLarchmont Steel Ltd will cut 400 jobs. Another steelmaker is also cutting "
     "staff. Chief executive Pia Lund said the firm would survive.",
     [("Larchmont Steel Ltd", "organization", None, None),
      ("Pia Lund", "person", "Chief executive", None)]),
    # NEGATIVE: another company named before the holder, beside his first mention
    ("Talvane Bank Ltd posted a profit of $40 million. Analysts at Corran Securities Ltd praised the result. "
     "Chief executive Mira Sollen said the bank had grown its loans.",
     [("Corran Securities Ltd", "organization", None, None),
      ("Mira Sollen", "person", "Chief executive", None),
      ("Talvane Bank Ltd", "organization", None, None)]),
    # NEGATIVE: after a headline and a byline the lede's subject is no company (the company is an object)
    ("Shares slide at lender\n\nBy Lena Marsh\n\nInvestors sold shares in Talvane Bank Ltd on Monday. Prices "
     "fell 4%. Rivals gained. Chief executive Mira Sollen said the bank was sound.",
     [("Mira Sollen", "person", "Chief executive", None),
      ("Talvane Bank Ltd", "organization", None, None)]),
    ("Food maker's profit jumps\n\nBy Lena Marsh\n\nRegulators fined Harwick Foods Ltd $1 million. Sales rose "
     "8%. Finance director Tom Ebbs said the company had cut costs.",
     [("Harwick Foods Ltd", "organization", None, None),
      ("Tom Ebbs", "person", "Finance director", None)]),
    ("Port strike widens\n\nBy Pat Olu\n\nThe Kessa Dockers Union called a strike at Orwin Ports Ltd on Monday. "
     "Talks failed. Chief executive Ines Varga said the company would not give in.",
     [("Ines Varga", "person", "Chief executive", None),
      ("Kessa Dockers Union", "organization", None, None),
      ("Orwin Ports Ltd", "organization", None, None)]),
    # NEGATIVE: the lede's subject is people of a body ('Analysts at …', 'Staff at …'), not the body itself
    ("Float near\n\nBy Lena Marsh\n\nAnalysts at Orwin Capital expect a high value. Rain fell on Monday. "
     "Speaking at the company's headquarters, CEO Tom Hale said the float was near.",
     [("Tom Hale", "person", "CEO", None)]),
    ("Float near\n\nBy Lena Marsh\n\nStaff at Orwin Foods Ltd walked out on Monday. Rain fell. Speaking at "
     "the company's headquarters, chief executive Tom Hale said the strike would end.",
     [("Orwin Foods Ltd", "organization", None, None),
      ("Tom Hale", "person", "chief executive", None)]),
    # NEGATIVE: another body beside the FIRST mention; a bare later mention does not undo it
    ("Talvane Bank Ltd posted a profit of $40 million. The Kessa Bankers Association welcomed it, and chief "
     "executive Mira Sollen said the bank had grown. Sollen said the bank would cut rates.",
     [("Kessa Bankers Association", "organization", None, None),
      ("Mira Sollen", "person", "chief executive", None),
      ("Talvane Bank Ltd", "organization", None, None)]),
    # NEGATIVE: two companies open the story together
    ("Talvane Bank Ltd and Corran Bank Ltd agreed to merge on Friday. Chief executive Mira Sollen said the bank "
     "would keep its branches.",
     [("Corran Bank Ltd", "organization", None, None),
      ("Mira Sollen", "person", "Chief executive", None),
      ("Talvane Bank Ltd", "organization", None, None)]),
    # NEGATIVE: the company not spoken of beside the holder, nobody of it there
    ("Talvane Bank Ltd posted a profit of $40 million. Deposits rose. Loans rose. Chief executive Mira Sollen "
     "declined to comment.",
     [("Mira Sollen", "person", "Chief executive", None),
      ("Talvane Bank Ltd", "organization", None, None)]),
    # NEGATIVE: the story opens on a regulator that fined the company
    ("The Energy Regulatory Commission fined Talvane Power Ltd $2 million on Monday. Output fell. Bills rose. "
     "Chief executive Mira Sollen said the regulator had acted fairly.",
     [("Energy Regulatory Commission", "organization", None, None),
      ("Mira Sollen", "person", "Chief executive", None),
      ("Talvane Power Ltd", "organization", None, None)]),
    # NEGATIVE (review F1): a later mention makes the holder another body's ('which X leads', 'led by X')
    ("Pendle Gas Ltd raised its prices by 7% on Tuesday. The firm blamed higher costs. Chief executive Grace "
     "Wanjiru said the increase broke the rules. The Gas Regulatory Authority, which Wanjiru leads, will examine "
     "the increase.",
     [("Gas Regulatory Authority", "organization", None, None),
      ("Grace Wanjiru", "person", "Chief executive", None),
      ("Pendle Gas Ltd", "organization", None, None)]),
    ("Pendle Gas Ltd raised its prices by 7% on Tuesday. The firm blamed higher costs. Chief executive Grace "
     "Wanjiru said the increase broke the rules. The Gas Regulatory Authority, led by Wanjiru, will examine it.",
     [("Gas Regulatory Authority", "organization", None, None),
      ("Grace Wanjiru", "person", "Chief executive", None),
      ("Pendle Gas Ltd", "organization", None, None)]),
    # NEGATIVE (review F2): a later mention names the holder's own, other company
    ("Quenby Bricks Plc will shut its kiln in June. Managing director Rafe Olsen said the choice was hard. "
     "Olsen's own company, Tarrow Clay Ltd, will buy the kiln.",
     [("Quenby Bricks Plc", "organization", None, None),
      ("Rafe Olsen", "person", "Managing director", None),
      ("Tarrow Clay Ltd", "organization", "own company", None)]),
    # NEGATIVE (review F3): a passive lede whose agent is another body acting on the company
    ("Dairy firm penalised\n\nBy Nell Price\n\nAskew Dairies Ltd was fined $3 million by the Milk Standards "
     "Agency on Tuesday. The penalty is a record. Chief executive Femi Ade said the company had ignored warnings.",
     [("Askew Dairies Ltd", "organization", None, None),
      ("Femi Ade", "person", "Chief executive", None),
      ("Milk Standards Agency", "organization", None, None)]),
    # NEGATIVE (review F4): a body that is no company named as the other party, not as a subject
    ("Clinic dispute\n\nBy Nell Price\n\nTorrin Scans Ltd lost its imaging contract with the Ashby Health Trust "
     "on Tuesday. Patients were left waiting. Chief executive Lucy Obi said the company had let patients down.",
     [("Ashby Health Trust", "organization", None, None),
      ("Lucy Obi", "person", "Chief executive", None),
      ("Torrin Scans Ltd", "organization", None, None)]),
    # NEGATIVE (review F5): a body that is no company spoken of by its noun between the lede and the holder
    ("Landlord criticised\n\nBy Nell Price\n\nFenwick Lettings Ltd evicted 30 families in May. A housing "
     "charity criticised the evictions. Families had days to leave. Chief executive Carl Dunn said the company "
     "had broken its word.",
     [("Carl Dunn", "person", "Chief executive", None),
      ("Fenwick Lettings Ltd", "organization", None, None)]),
    ("Bakery penalised\n\nBy Nell Price\n\nAskew Bakeries Ltd was fined $1 million on Tuesday. The watchdog "
     "said the firm had broken hygiene rules three times. Shares dropped 2%. Chief executive Femi Ade said the "
     "company had been warned.",
     [("Askew Bakeries Ltd", "organization", None, None),
      ("Femi Ade", "person", "Chief executive", None)]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_company_posts_placed_where_first_named(text, expected):
    assert records_of(text) == expected
