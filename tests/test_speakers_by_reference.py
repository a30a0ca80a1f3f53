"""Whom a speaker given by a description or a document stands for (session 23): a document taken
up far below the sentence that issued it, a person named beside a description whose title the
parser read as a verb, and a person named beside a body's name the parser cut in two. Every
sentence here is written for the tests; rows with an actor of None are the negatives, where the
words may mean another or no actor."""
from __future__ import annotations

import pytest

from conftest import positions_of

# sentences between a document's issue and 'the <document> said', more than a few
FILLER = ("The shares rose 4 per cent in early trade. Analysts had expected a smaller gain. Trading volume was "
          "twice the daily average. The wider market was flat. Freight rates have eased since March. "
          "Fuel costs rose sharply in the spring. ")

# 'the filing said' far below 'X said in a filing': the one filing the story introduced, X's
DOCUMENT_FAR_BACK = [
    ("Net profit rose to $40 million, Orvale Holdings said in a filing to the exchange on Tuesday. " + FILLER
     + "The board will meet in November to consider a dividend, the filing said.",
     [("Orvale Holdings", "Orvale Holdings", "said", "Net profit rose to $40 million", False),
      ("the filing", "Orvale Holdings", "said", "The board will meet in November to consider a dividend", False)]),
    ("The Marsh Valley Trust said in a statement that it would close the ward. " + FILLER
     + "\"We regret the closure and will help every patient find a new clinic,\" the statement said.",
     [("The Marsh Valley Trust", "Marsh Valley Trust", "said", "it would close the ward", False),
      ("the statement", "Marsh Valley Trust", "said",
       "We regret the closure and will help every patient find a new clinic", True)]),
    # two filings of two issuers: either may be meant
    ("Net profit rose to $40 million, Orvale Holdings said in a filing to the exchange on Tuesday. " + FILLER
     + "Vela Foods said in a filing that it would buy a rival. "
     "The board will meet in November to consider a dividend, the filing said.",
     [("Orvale Holdings", "Orvale Holdings", "said", "Net profit rose to $40 million", False),
      ("Vela Foods", "Vela Foods", "said", "it would buy a rival", False),
      ("the filing", None, "said", "The board will meet in November to consider a dividend", False)]),
    # a later filing of no known issuer: another document, no actor
    ("Net profit rose to $40 million, Orvale Holdings said on Tuesday. " + FILLER
     + "A filing showed the chairman sold shares. The board will meet in November to consider a dividend, "
     "the filing said.",
     [("Orvale Holdings", "Orvale Holdings", "said", "Net profit rose to $40 million", False),
      ("the filing", None, "said", "The board will meet in November to consider a dividend", False)]),
    # a report of an unnamed panel between: another document, no actor (review)
    ("The World Bank released a report on Ghana's debt in February. Ghana's cedi fell 5 per cent in May. "
     "Cocoa output has slumped for three seasons. Smuggling to neighbouring countries has grown. The central "
     "bank raised rates twice. Officials in Accra declined to comment. An independent panel investigating the "
     "cocoa board has finished its work. The panel's report, seen by this newspaper, was submitted on Friday. "
     "The report said the board had lost $200 million.",
     [("The report", None, "said", "the board had lost $200 million", False)]),
    # 'the police report' is not the bank's annual report (review)
    ("Harbour Bank published its annual report in March. The bank's profit fell 12 per cent. Its chief "
     "executive left in June. Shares have since recovered. Regulators fined the bank for weak controls. "
     "Customers complained about branch closures. A man was found dead at a branch in Leeds on Sunday. "
     "The police report said he had been stabbed.",
     [("Customers", None, "complained", "branch closures", False),
      ("The police report", None, "said", "he had been stabbed", False)]),
]

# 'Counsel for X, advocate Ana Lopez, told': 'advocate' read as a verb, its object the name
TITLE_READ_AS_VERB = [
    ("The court heard the case on Monday. Counsel for the petitioners, advocate Ana Lopez, told the bench that "
     "300 homes were razed. She argued that the council had ignored the law.",
     [("Counsel for the petitioners", "Ana Lopez", "told", "300 homes were razed", False),
      ("She", "Ana Lopez", "argued", "the council had ignored the law", False)]),
    ("The court heard the case on Monday. Lawyer for the families, advocate Ana Lopez, said 300 homes were razed.",
     [("Lawyer for the families", "Ana Lopez", "said", "300 homes were razed", False)]),
    # the plain apposition, as before
    ("The court heard the case on Monday. The lawyer for the families, Ana Lopez, said 300 homes were razed.",
     [("The lawyer for the families", "Ana Lopez", "said", "300 homes were razed", False)]),
    # a true verb between the commas: the name is whom the lawyer represents, not the lawyer
    ("The court heard the case on Monday. The lawyer for the families, representing Ana Lopez, said 300 homes "
     "were razed.",
     [("The lawyer for the families", None, "said", "300 homes were razed", False)]),
    # a word between the commas that is no title: no one (review)
    ("The hearing resumed in Mombasa. The lawyer for the union, visit Joseph Kamau, said the strike was legal.",
     [("The lawyer for the union", None, "said", "the strike was legal", False)]),
    # lawyers, plural: not the one person named (review)
    ("Lawyers for the families, represent Ana Lopez, said 300 homes were razed.",
     [("Lawyers for the families", "lawyers", "said", "300 homes were razed", False)]),
]


# 'The Commander of the Ondo State Amotekun Corps, Mr Femi Adeyemi, said': the parser cut the body's
# name after 'State', hung 'Corps' on the description and the person on 'Corps'; the person speaks
# (the speaker's words end where the parser cut the name: a phrase fault outside this rule)
PERSON_BESIDE_A_SPLIT_NAME = [
    ("The Commander of the Ondo State Amotekun Corps, Mr Femi Adeyemi, said his men had mapped 30 forest camps. "
     "\"We will not rest,\" he said.",
     [("The Commander of the Ondo State", "Femi Adeyemi", "said", "his men had mapped 30 forest camps", False),
      ("he", "Femi Adeyemi", "said", "We will not rest", True)]),
    ("The Commander of the Osun State Amotekun Corps, Mrs Hauwa Bello, said 40 camps were cleared.",
     [("The Commander of the Osun State", "Hauwa Bello", "said", "40 camps were cleared", False)]),
    # the name not split: the plain apposition, as before
    ("The chairman of the Kwara State Road Transport Union, Mr Tunde Bello, said fares would rise.",
     [("The chairman of the Kwara State Road Transport Union", "Tunde Bello", "said", "fares would rise", False)]),
]


@pytest.mark.parametrize("text, expected", DOCUMENT_FAR_BACK + TITLE_READ_AS_VERB + PERSON_BESIDE_A_SPLIT_NAME)
def test_speakers_by_reference(text: str, expected: list[tuple]) -> None:
    assert positions_of(text) == expected
