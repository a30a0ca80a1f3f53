"""'The company', 'the firm' take up the story's one body of the kind though other words stand
between that a parser tags as names: only a noun phrase that could name a body is a rival
(bodies.unkept_name_between). A place set off by commas after a name as its address ('the
Federal High Court, Agbara, Lagos') is where that body sits, a currency's mark before an amount
('EGP 400m') is money, a word hung on a kept name's head is part of that name ('the Tax and
Customs Crimes Commission'), and a body named inside the firm's own description ('the Kessel Exchange-
listed producer') is told apart by it (bodies.body_described). 'The broadcasting corporation' is
no kind phrase for Kessel Broadcasting (a corporation of a field is often a state's). 'The board' takes up the story's one organisation so far where it is a
known company and no other body is named or spoken of (speakers._only_body_a_company). Every sentence here is written for the tests; rows with an
actor of None are the negatives: a place joined to a name by 'and' is a party to the clause,
another body is named, the word is another trade or the noun another kind."""
from __future__ import annotations

import pytest

from conftest import positions_of


ONE_BODY = [
    # a court's address after its name is no rival company
    ("Justice Mara Tolu of the Federal High Court, Agbara, on Monday ordered the remand of the Managing Director "
     "of Kolade Petroleum Limited, Tunde Bello. The defendants pleaded not guilty. Their lawyer asked for bail. "
     "In a statement, the company said it would appeal.",
     [("the company", "Kolade Petroleum Limited", "said", "it would appeal", False)]),
    ("Justice Mara Tolu of the Federal High Court, Agbara, on Monday ordered the remand of the Managing Director "
     "of Kolade Petroleum Limited, Tunde Bello. The defendants pleaded not guilty. Their lawyer asked for bail. "
     "In a statement, the firm said it would appeal.",
     [("the firm", "Kolade Petroleum Limited", "said", "it would appeal", False)]),
    ("The chief executive of Zanora Cables Ltd appeared before the Magistrates Court, Agbara, on Tuesday. "
     "Prosecutors said he had misled investors. The company said the charges were false.",
     [("Prosecutors", "prosecutors", "said", "he had misled investors", False),
      ("The company", "Zanora Cables Ltd", "said", "the charges were false", False)]),
    # a place joined by 'and' is a party: another body may be the company
    ("Ardent Flour Mills Limited and Agbara signed a supply deal on Monday. The talks took months. Their lawyer "
     "asked for leniency. The company said the deal was fair.",
     [("The company", None, "said", "the deal was fair", False)]),
    ("Zanora Cables Ltd and Oniru, Agbara and Tosca agreed a merger on Friday. Investors cheered the deal. The "
     "company said the price was fair.",
     [("The company", None, "said", "the price was fair", False)]),
    ("Justice Mara Tolu of the Federal High Court, Agbara, ordered Kolade Petroleum Limited and Tosca to pay $3 "
     "million. The defendants pleaded not guilty. The company said it would appeal.",
     [("The company", None, "said", "it would appeal", False)]),
    # a kind phrase with 'corporation' takes up no body: a corporation of the field is often a state's own,
    # and one set in apposition to 'its rival' is another body
    ("Kessel Broadcasting said it would cut 200 jobs. Its rival, the state broadcasting corporation, said "
     "advertising had fallen.\n\nThe broadcasting corporation said it would not cut jobs.",
     [("Kessel Broadcasting", "Kessel Broadcasting", "said", "it would cut 200 jobs", False),
      ("Its rival", None, "said", "advertising had fallen", False),
      ("The broadcasting corporation", None, "said", "it would not cut jobs", False)]),
    # a currency's mark before an amount, and the exchange a firm's description names, are no rival firms
    ("Halden Dairies' net profit jumps 20% in 2024\n\nHalden Dairies, the Kessel Exchange (KSE)-listed milk and cheese producer, reported a 20% increase in "
     "net profit for 2024, reaching EGP 400m, according to statements filed with the bourse.\n\nRevenues rose 12% "
     "to EGP 3bn, driven by higher prices, the company said in a disclosure.",
     [("Halden Dairies", "Halden Dairies", "reported", "a 20% increase in net profit for 2024", False),
      ("the company", "Halden Dairies", "said", "Revenues rose 12% to EGP 3bn, driven by higher prices", False)]),
    ("Halden Dairies' net profit jumps 20% in 2024\n\nHalden Dairies, the Kessel Exchange (KSE)-listed milk producer, reported a 20% increase in net profit for "
     "2024, reaching NGN 400m.\n\nRevenues rose 12% to NGN 3bn, driven by higher prices, the company said in a "
     "disclosure.",
     [("Halden Dairies", "Halden Dairies", "reported", "a 20% increase in net profit for 2024", False),
      ("the company", "Halden Dairies", "said", "Revenues rose 12% to NGN 3bn, driven by higher prices", False)]),
    # a mark with no amount after it, a business named outside the description, a rival: none
    ("Halden Dairies' net profit jumps 20% in 2024\n\nHalden Dairies reported a 20% increase in net profit for 2024, after a deal with EGP, according to "
     "statements filed with the bourse.\n\nRevenues rose 12% to $3bn, driven by higher prices, the company said in "
     "a disclosure.",
     [("Halden Dairies", "Halden Dairies", "reported", "a 20% increase in net profit for 2024, after a deal with EGP", False),
      ("the company", None, "said", "Revenues rose 12% to $3bn, driven by higher prices", False)]),
    ("Halden Dairies' net profit jumps 20% in 2024\n\nHalden Dairies, the Kessel Exchange (KSE)-listed milk producer, reported a 20% increase in net profit for "
     "2024. Tosca Securities raised its target for the stock.\n\nRevenues rose 12% to $3bn, driven by higher "
     "prices, the company said in a disclosure.",
     [("Halden Dairies", "Halden Dairies", "reported", "a 20% increase in net profit for 2024", False),
      ("the company", None, "said", "Revenues rose 12% to $3bn, driven by higher prices", False)]),
    ("Halden Dairies' net profit jumps 20% in 2024\n\nHalden Dairies reported a 20% increase in net profit for 2024, reaching EGP 400m, according to statements "
     "filed with the bourse. Its rival Tosca reported a loss.\n\nRevenues rose 12% to EGP 3bn, driven by higher "
     "prices, the company said in a disclosure.",
     [("Halden Dairies", "Halden Dairies", "reported", "a 20% increase in net profit for 2024, reaching EGP 400m", False),
      ("Its rival", None, "reported", "a loss", False),
      ("the company", None, "said", "Revenues rose 12% to EGP 3bn, driven by higher prices", False)]),
    # a word of a kept name, hung on its head ('Tax' of 'the Tax and Customs Crimes Commission')
    ("Kolade Petroleum Limited posted a loss in May. The chairman was questioned by the Fiscal and Economic "
     "Crimes Commission (FECC) on Monday. Investors said they lost their savings. The company said it would "
     "cooperate.",
     [("Investors", "investors", "said", "they lost their savings", False),
      ("The company", "Kolade Petroleum Limited", "said", "it would cooperate", False)]),
    ("Kolade Petroleum Limited posted a loss in May. The chairman was questioned by the Tax and Customs "
     "Crimes Commission on Monday. Investors said they lost their savings. The company said it would cooperate.",
     [("Investors", "investors", "said", "they lost their savings", False),
      ("The company", "Kolade Petroleum Limited", "said", "it would cooperate", False)]),
    # a conjunct of a name is a party of its own: none
    ("Kolade Petroleum Limited and Tosca Energy agreed a merger in May. Investors said they lost their savings. "
     "The company said it would cooperate.",
     [("Investors", "investors", "said", "they lost their savings", False),
      ("The company", None, "said", "it would cooperate", False)]),
    ("Kolade Petroleum Limited signed a deal with Vela and Tosca Foods in May. Investors said they lost their "
     "savings. The company said it would cooperate.",
     [("Investors", "investors", "said", "they lost their savings", False),
      ("The company", None, "said", "it would cooperate", False)]),
    # 'the board' paragraphs after the story's one organisation, a known company (beside the exchange it is listed on)
    ("Halvard Foods Ltd has posted a 27 percent rise in net profit for the year. Revenue rose 19 percent to Sh11.6 "
     "billion. Chief executive Mary Otieno said prices had improved. The board recommended a final dividend of "
     "Sh1.80 per share.",
     [("Chief executive Mary Otieno", "Mary Otieno", "said", "prices had improved", False),
      ("The board", "Halvard Foods Ltd", "recommended", "a final dividend of Sh1.80 per share", False)]),
    ("Kessel Exchange-listed Halvard Foods Ltd has posted a 27 percent rise in net profit for the year. Revenue rose "
     "19 percent. The board recommended a final dividend of Sh1.80 per share.",
     [("The board", "Halvard Foods Ltd", "recommended", "a final dividend of Sh1.80 per share", False)]),
    ("Halvard Foods Ltd has posted a 27 percent rise in net profit for the year. The firm, which makes biscuits, "
     "sold more abroad. The board recommended a final dividend of Sh1.80 per share.",
     [("The board", "Halvard Foods Ltd", "recommended", "a final dividend of Sh1.80 per share", False)]),
    # a second body named or spoken of (it may have a board of its own), or no known company: none
    ("Halvard Foods Ltd has posted a 27 percent rise in net profit for the year. The Kessel Bakers Union said "
     "members were underpaid. The board recommended a final dividend of Sh1.80 per share.",
     [("The Kessel Bakers Union", "Kessel Bakers Union", "said", "members were underpaid", False),
      ("The board", None, "recommended", "a final dividend of Sh1.80 per share", False)]),
    ("Halvard Foods Ltd will sponsor a new school in Mbale. Chief executive Mary Otieno said the company had set "
     "aside Sh40 million. Parents welcomed the plan. The board said classes would start in January.",
     [("Chief executive Mary Otieno", "Mary Otieno", "said", "the company had set aside Sh40 million", False),
      ("The board", None, "said", "classes would start in January", False)]),
    ("Halvard Foods Ltd will buy a rival firm in Mbale. Revenue rose 19 percent. The board recommended a final "
     "dividend of Sh1.80 per share.",
     [("The board", None, "recommended", "a final dividend of Sh1.80 per share", False)]),
    ("Halvard Foods said its biscuit sales rose in May. Revenue rose 19 percent. The board recommended a final "
     "dividend of Sh1.80 per share.",
     [("Halvard Foods", "Halvard Foods", "said", "its biscuit sales rose in May", False),
      ("The board", None, "recommended", "a final dividend of Sh1.80 per share", False)]),
    ("Millbrook Public School will close in June. Parents said the decision was rushed. The board said enrolment "
     "had fallen by half.",
     [("Parents", "parents", "said", "the decision was rushed", False),
      ("The board", None, "said", "enrolment had fallen by half", False)]),
]


@pytest.mark.parametrize("text,expected", ONE_BODY)
def test_the_one_body_of_the_story(text, expected):
    assert positions_of(text) == expected
