"""'The company', 'the firm' take up the story's one body of the kind though other words stand
between that a parser tags as names: only a noun phrase that could name a body is a rival
(bodies.unkept_name_between). A place set off by commas after a name as its address ('the State
High Court, Agbara') is where that body sits, a currency's mark before an amount ('EGP 900m') is
money, a word hung on a kept name's head is part of that name ('the Tax and Customs Crimes
Commission'), and a body named inside the firm's own description ('a Kessel Bourse-listed cotton
spinner') is told apart by it (bodies.body_described). 'The broadcasting corporation' is no kind
phrase for Kessel Broadcasting (a corporation of a field is often a state's). 'The board' takes up
the story's one company so far where its sentence or the one before speaks of a company's own
business, a dividend or a profit (speakers._board_of_the_one_company); 'the management' does not.
Every sentence here is written for the tests; rows with an actor of None are the negatives: a place
joined to a name by 'and' is a party to the clause, another body is named or spoken of, the board
may be a regulator's, a club's, a target's, or the management a hotel's, a port's, a school's."""
from __future__ import annotations

import pytest

from conftest import positions_of


ONE_BODY = [
    # a court's address after its name is no rival company
    ("Bayo Adeyemi, finance director of Ferran Cement Limited, was remanded in prison on Friday by Justice Ada "
     "Nwosu of the State High Court, Agbara. The accused denied fraud. Their counsel applied for bail. The "
     "company said it would fight the case.",
     [("The company", "Ferran Cement Limited", "said", "it would fight the case", False)]),
    ("Bayo Adeyemi, finance director of Ferran Cement Limited, was remanded in prison on Friday by Justice Ada "
     "Nwosu of the State High Court, Agbara. The accused denied fraud. Their counsel applied for bail. The "
     "firm said it would fight the case.",
     [("The firm", "Ferran Cement Limited", "said", "it would fight the case", False)]),
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
    ("The State High Court, Agbara, fined Ferran Cement Limited and Tosca $3 million on Friday. The accused "
     "denied fraud. The company said it would fight the case.",
     [("The company", None, "said", "it would fight the case", False)]),
    # a kind phrase with 'corporation' takes up no body: a corporation of the field is often a state's own,
    # and one set in apposition to 'its rival' is another body
    ("Kessel Broadcasting said it would cut 200 jobs. Its rival, the state broadcasting corporation, said "
     "advertising had fallen.\n\nThe broadcasting corporation said it would not cut jobs.",
     [("Kessel Broadcasting", "Kessel Broadcasting", "said", "it would cut 200 jobs", False),
      ("Its rival", None, "said", "advertising had fallen", False),
      ("The broadcasting corporation", None, "said", "it would not cut jobs", False)]),
    # a currency's mark before an amount is no rival firm
    ("Orlan Textiles' profit up 18%\n\nOn stronger exports, Orlan Textiles lifted its half-year profit by 18%, "
     "reaching EGP 520m, according to a filing.\n\nCotton costs fell 4% to EGP 900m, the company said.",
     [("a filing", None, "according to", "On stronger exports, Orlan Textiles lifted its half-year profit by 18%, "
       "reaching EGP 520m", False),
      ("the company", "Orlan Textiles", "said", "Cotton costs fell 4% to EGP 900m", False)]),
    # the exchange the firm's own description names is no rival firm
    ("Orlan Textiles posts higher sales\n\nOrlan Textiles, a Kessel Bourse-listed cotton spinner, lifted its "
     "first-half sales by 18 percent.\n\nExports made up a third of sales, the company said in a filing.",
     [("the company", "Orlan Textiles", "said", "Exports made up a third of sales", False)]),
    # a mark with no amount after it, a business named outside the description, a rival: none
    ("Orlan Textiles' profit up 18%\n\nOn stronger exports, Orlan Textiles lifted its half-year profit by 18% "
     "after a deal with EGP, according to a filing.\n\nCotton costs fell 4% to $90m, the company said.",
     [("a filing", None, "according to", "On stronger exports, Orlan Textiles lifted its half-year profit by 18% "
       "after a deal with EGP", False),
      ("the company", None, "said", "Cotton costs fell 4% to $90m", False)]),
    ("Orlan Textiles posts higher sales\n\nOrlan Textiles, a Kessel Bourse-listed cotton spinner, lifted its "
     "first-half sales by 18 percent. Tosca Securities raised its target for the stock.\n\nExports made up a "
     "third of sales, the company said in a filing.",
     [("the company", None, "said", "Exports made up a third of sales", False)]),
    ("Orlan Textiles' profit up 18%\n\nOn stronger exports, Orlan Textiles lifted its half-year profit by 18%, "
     "reaching EGP 520m, according to a filing. Its rival Tosca reported a loss.\n\nCotton costs fell 4% to "
     "EGP 900m, the company said.",
     [("a filing", None, "according to", "On stronger exports, Orlan Textiles lifted its half-year profit by 18%, "
       "reaching EGP 520m", False),
      ("Its rival", None, "reported", "a loss", False),
      ("the company", None, "said", "Cotton costs fell 4% to EGP 900m", False)]),
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
    # 'the board' beside a company's dividend or profit: the story's one company (beside the exchange it is listed on)
    ("Kessel Bourse-listed Marrow Brewing Plc lifted its annual profit by a third, to Sh4.1 billion, on stronger "
     "beer sales.\n\nThe brewer, which also bottles water, sold more in Uganda.\n\nThe board proposed a dividend "
     "of Sh2 a share.",
     [("The board", "Marrow Brewing Plc", "proposed", "a dividend of Sh2 a share", False)]),
    ("Marrow Brewing Plc lifted its annual profit by a third on stronger beer sales.\n\nSales in Uganda doubled."
     "\n\nThe board proposed a dividend of Sh2 a share.",
     [("The board", "Marrow Brewing Plc", "proposed", "a dividend of Sh2 a share", False)]),
    # the writer named in the byline is no other company (a surname in capitals the tagger took for a noun)
    ("Marrow Brewing profit up a third\n\nBy KEVIN OTIENO\n\nMarrow Brewing Plc lifted its annual profit by a third "
     "on stronger beer sales.\n\nSales in Uganda doubled.\n\nThe board proposed a dividend of Sh2 a share.",
     [("The board", "Marrow Brewing Plc", "proposed", "a dividend of Sh2 a share", False)]),
    ("Marrow Brewing profit up a third\n\nBy ANN LOWE\n\nMarrow Brewing Plc lifted its annual profit by a third "
     "on stronger beer sales.\n\nSales in Uganda doubled.\n\nThe board proposed a dividend of Sh2 a share.",
     [("The board", "Marrow Brewing Plc", "proposed", "a dividend of Sh2 a share", False)]),
    # a second body named or spoken of (it may have a board of its own), no known company, no company's business: none
    ("Marrow Brewing Plc lifted its annual profit by a third on stronger beer sales.\n\nThe Kessel Brewers Union "
     "said members were underpaid.\n\nThe board proposed a dividend of Sh2 a share.",
     [("The Kessel Brewers Union", "Kessel Brewers Union", "said", "members were underpaid", False),
      ("The board", None, "proposed", "a dividend of Sh2 a share", False)]),
    ("Marrow Brewing Plc will fund a new school in Mbale. Its chief executive, Mary Otieno, said the brewer had "
     "set aside Sh40 million. Parents welcomed the plan. The board said classes would start in January.",
     [("Its chief executive", "Mary Otieno", "said", "the brewer had set aside Sh40 million", False),
      ("The board", None, "said", "classes would start in January", False)]),
    ("Marrow Brewing Plc will buy a rival firm in Mbale. Its profit rose by a third. The board proposed a "
     "dividend of Sh2 a share.",
     [("The board", None, "proposed", "a dividend of Sh2 a share", False)]),
    ("Marrow Brewing said its beer sales rose in May. Sales in Uganda doubled. The board proposed a dividend of "
     "Sh2 a share.",
     [("Marrow Brewing", "Marrow Brewing", "said", "its beer sales rose in May", False),
      ("The board", None, "proposed", "a dividend of Sh2 a share", False)]),
    ("Larchfield Public School will close in June. Parents said the decision was rushed. The board said enrolment "
     "had fallen by half.",
     [("Parents", "parents", "said", "the decision was rushed", False),
      ("The board", None, "said", "enrolment had fallen by half", False)]),
    ("Marrow Brewing Plc will close its plant in Mbale in June.\n\nWorkers were told on Monday.\n\nThe board said "
     "the plant was too old.",
     [("The board", None, "said", "the plant was too old", False)]),
    # a regulator's, a watchdog's, a takeover target's, a club's, an agency's board (a fine or a deal, no payout)
    ("Halvard Foods Ltd was fined Sh40 million by the regulator for mislabelling its milk. The fine is the largest "
     "this year.\n\nThe board said the penalty should deter other processors.",
     [("The board", None, "said", "the penalty should deter other processors", False)]),
    ("Halvard Foods Ltd was fined Sh40 million by the competition watchdog for fixing milk prices. The fine is the "
     "largest this year.\n\nThe board said the penalty should deter other cartels.",
     [("The board", None, "said", "the penalty should deter other cartels", False)]),
    ("Halvard Foods Ltd has made a Sh2 billion offer for a family-owned bakery in Mbale. Analysts said the price "
     "was generous.\n\nThe board said the offer undervalued the bakery and urged its owners to reject it.",
     [("Halvard Foods Ltd", "Halvard Foods Ltd", "made offer", "a family-owned bakery in Mbale", False),
      ("Analysts", "analysts", "said", "the price was generous", False),
      ("The board", None, "said", "the offer undervalued the bakery", False)]),
    ("Halvard Foods Ltd has signed a three-year shirt deal with Mbale Rovers. The deal is worth Sh90 million.\n\n"
     "The board said the money would pay for a new stadium.",
     [("The board", None, "said", "the money would pay for a new stadium", False)]),
    ("Halvard Foods Ltd has been fined Sh10 million by KEBS for mislabelling its milk. The fine was announced on "
     "Monday.\n\nThe board said other processors had been warned.",
     [("The board", None, "said", "other processors had been warned", False)]),
    # 'the management' takes up no company so: a hotel's, a port's, a mall's, a school's
    ("Halvard Foods Ltd held its annual meeting at the Mbale Grand on Friday. Shareholders complained about the "
     "noise from a wedding next door.\n\nThe management said the wedding had been booked months earlier.",
     [("Shareholders", None, "complained", "the noise from a wedding next door", False),
      ("The management", None, "said", "the wedding had been booked months earlier", False)]),
    ("Halvard Foods Ltd exports most of its tea through the port of Mombasa. Congestion at the port delayed its "
     "shipments by three weeks in May.\n\nThe management said new cranes would clear the backlog by July.",
     [("The management", None, "said", "new cranes would clear the backlog by July", False)]),
    ("Halvard Foods Ltd opened its first bakery shop at Mbale Mall on Saturday. Shoppers queued for hours.\n\n"
     "The management said parking would be free for the first month.",
     [("The management", None, "said", "parking would be free for the first month", False)]),
    ("Halvard Foods Ltd will build four classrooms at Mbale Hill Primary. Parents welcomed the gift.\n\nThe "
     "management said lessons would start in January.",
     [("The management", None, "said", "lessons would start in January", False)]),
]


@pytest.mark.parametrize("text,expected", ONE_BODY)
def test_the_one_body_of_the_story(text, expected):
    assert positions_of(text) == expected
