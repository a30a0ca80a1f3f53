"""Two readings of what the sentence says a person is. A post a body's possessive owns, set off by a comma
before a description written in lower case ('Its chairman, retired nurse X,') is the role, and the
description (a trade, a past) is not (roles._owned_post_set_off_before_the_title). A relative clause on the
name whose present verb owns a business of a trade ('X, who owns a bicycle shop,'; not 'who runs a sandwich shop')
gives the keeper's post (roles._business_kept). A document as the subject ('A survey by the X Trust found …')
stands for its author for a later 'Its chairman' (roles._author_of_a_document). Tables of invented sentences, whole records."""
from __future__ import annotations

import pytest

from conftest import actor_records


POST_BEFORE_A_DESCRIPTION = [
    ("The Pellow Allotment Society said the rent rise was unfair. Its chairman, retired nurse Hamid Qureshi, "
     "said the plots would be lost.",
     [("Hamid Qureshi", "person", "chairman", "Pellow Allotment Society"),
      ("Pellow Allotment Society", "organization", None, None)]),
    ("The Corley Park Trust said the trees must stay. Its founder, retired nurse Janet Pell, said the council "
     "had not listened.",
     [("Corley Park Trust", "organization", None, None), ("Janet Pell", "person", "founder", "Corley Park Trust")]),
    ("The Corley Park Trust said the trees must stay. The trust's secretary, former banker Janet Pell, said the "
     "council had not listened.",
     [("Corley Park Trust", "organization", None, None), ("Janet Pell", "person", "secretary", "Corley Park Trust")]),
    ("The Harbour Residents Association said the noise was unbearable. Its treasurer, local accountant Ravi "
     "Mehta, said members would pay for a survey.",
     [("Harbour Residents Association", "organization", None, None),
      ("Ravi Mehta", "person", "treasurer", "Harbour Residents Association")]),
    ("Kessa Foods said profits fell. The company's chief executive, former banker Olu Adeyemi, said the year "
     "was hard.",
     [("Kessa Foods", "organization", None, None), ("Olu Adeyemi", "person", "chief executive", "Kessa Foods")]),
    # NEGATIVE: no body's possessive, a post held no more, no post at the body, a capitalised office
    ("Dana Pruitt said the year was hard. Her lawyer, retired judge Hamid Qureshi, said the case was weak.",
     [("Dana Pruitt", "person", None, None), ("Hamid Qureshi", "person", "retired judge", "Dana Pruitt")]),
    ("The victim's husband, retired nurse Hamid Qureshi, said the case was weak.",
     [("Hamid Qureshi", "person", "retired nurse", None)]),
    ("Chairman, retired nurse Hamid Qureshi, said the case was weak.",
     [("Hamid Qureshi", "person", "retired nurse", None)]),
    ("The Pellow Allotment Society said the rent rise was unfair. Its former chairman, retired nurse Hamid "
     "Qureshi, said the plots would be lost.",
     [("Hamid Qureshi", "person", "retired nurse", None), ("Pellow Allotment Society", "organization", None, None)]),
    ("The Pellow Allotment Society said the rent rise was unfair. Its critic, retired nurse Hamid Qureshi, said "
     "the timetable was a disgrace.",
     [("Hamid Qureshi", "person", "retired nurse", None), ("Pellow Allotment Society", "organization", None, None)]),
    ("The Pellow Allotment Society said the rent rise was unfair. One member, retired nurse Hamid Qureshi, said "
     "the timetable was a disgrace.",
     [("Hamid Qureshi", "person", "retired nurse", None), ("Pellow Allotment Society", "organization", None, None)]),
    # NEGATIVE: a possessive that takes up no body of the article (a crowd of people, a body the sentence before
    # is not about, a building, a kind noun naming no actor): the description stays the role
    ("Tenants of Marlow Court gathered on Monday. Its chairman, retired nurse Ewan Clegg, said the lifts were broken.",
     [("Ewan Clegg", "person", "retired nurse", None), ("Marlow Court", "organization", None, None)]),
    ("Police said the Larch Street Boxing Club had been warned. Its chairman, retired nurse Ewan Clegg, said the club "
     "had done nothing wrong.",
     [("Ewan Clegg", "person", "retired nurse", None), ("Larch Street Boxing Club", "organization", None, None),
      ("police", "group", None, None)]),
    ("The Quayside Inn was flooded in the storm. Its owner, local businessman Ewan Clegg, said repairs would take weeks.",
     [("Ewan Clegg", "person", "local businessman", None)]),
    ("The Larch Trust said the pier was unsafe. The council's chairman, retired nurse Ewan Clegg, said it would close.",
     [("Ewan Clegg", "person", "retired nurse", None), ("Larch Trust", "organization", None, None)]),
]


BUSINESS_KEPT = [
    ("Idris Penhale, who owns a bicycle shop on Mill Lane, said thieves had struck three times.",
     [("Idris Penhale", "person", "bicycle shop owner", None)]),
    ("Dina Marsh, who owns a hardware store on Broad Street, said sales had fallen.",
     [("Dina Marsh", "person", "hardware store owner", None)]),
    ("Idris Penhale, who owns a small olive farm outside the town, said the lane flooded.",
     [("Idris Penhale", "person", "olive farm owner", None)]),
    ("Idris Penhale, 61, who owns a garage on the ring road, said the lane flooded.",
     [("Idris Penhale", "person", "garage owner", None)]),
    # NEGATIVE: 'runs' says no owner (a hired manager runs a hotel, a factory, a shop as often)
    ("Idris Penhale, who runs a sandwich shop beside the bus depot, said trade was slow.",
     [("Idris Penhale", "person", None, None)]),
    ("Idris Penhale, who runs a hotel on the sea front, said bookings were down.",
     [("Idris Penhale", "person", None, None)]),
    ("Idris Penhale, who runs a car factory outside the town, said orders were down.",
     [("Idris Penhale", "person", None, None)]),
    # NEGATIVE: no trade, a past or denied keeping, someone else's, two businesses or several, a definite
    # one, a share, a wish
    ("Dina Marsh, who owns two dogs, said the park was dirty.", [("Dina Marsh", "person", None, None)]),
    ("Dina Marsh, who runs a marathon every year, said the park was dirty.", [("Dina Marsh", "person", None, None)]),
    ("Dina Marsh, who owned a shop on the corner until 2019, said the park was dirty.",
     [("Dina Marsh", "person", None, None)]),
    ("Dina Marsh, who no longer owns a shop on the corner, said the park was dirty.",
     [("Dina Marsh", "person", None, None)]),
    ("Dina Marsh, whose husband owns a shop on the corner, said the park was dirty.",
     [("Dina Marsh", "person", None, None)]),
    ("Dina Marsh, who owns a house on the corner, said the park was dirty.", [("Dina Marsh", "person", None, None)]),
    ("Dina Marsh, who owns three shops, said the park was dirty.", [("Dina Marsh", "person", None, None)]),
    ("Idris Penhale, who owns a bakery and a cafe, said the lane flooded.", [("Idris Penhale", "person", None, None)]),
    ("Dina Marsh, who owns a stake in a shop, said the park was dirty.", [("Dina Marsh", "person", None, None)]),
    ("Dina Marsh, who runs a restaurant for the Harbour Group, said the park was dirty.",
     [("Dina Marsh", "person", None, None), ("Harbour Group", "organization", None, None)]),
    ("Dina Marsh, who runs a cafe on behalf of the Harbour Trust, said the park was dirty.",
     [("Dina Marsh", "person", None, None), ("Harbour Trust", "organization", None, None)]),
    ("Dina Marsh, who runs a software company in the city, said the park was dirty.",
     [("Dina Marsh", "person", None, None)]),
    ("Dina Marsh, who wants to open a shop, said the park was dirty.", [("Dina Marsh", "person", None, None)]),
    ("Dina Marsh, who runs a drop-in program at a community centre, said the park was dirty.",
     [("Dina Marsh", "person", None, None)]),
    # NEGATIVE: a named firm's branch (review F1)
    ("Femi Adebayo, who runs a Larchfield Dairies bakery in Jos, said the blackouts were costing him.",
     [("Femi Adebayo", "person", None, None)]),
    ("Gwen Ottley, who runs a Corvane store in Hull, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
    # NEGATIVE: another owner named (F2)
    ("Gwen Ottley, who runs a cafe owned by the parish, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
    ("Gwen Ottley, who runs a bakery owned by Larchfield Dairies, said trade was slow.",
     [("Gwen Ottley", "person", None, None), ("Larchfield Dairies", "organization", None, None)]),
    ("Gwen Ottley, who runs a sheep farm owned by her uncle, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
    # NEGATIVE: kept in another capacity (F3)
    ("Gwen Ottley, who runs a pub as landlady, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
    ("Gwen Ottley, who runs a hotel as its deputy manager, said bookings were down.",
     [("Gwen Ottley", "person", None, None)]),
    # NEGATIVE: a class or a figure, no premises (F4)
    ("Gwen Ottley, who runs a monthly workshop on pottery, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
    ("Gwen Ottley, who runs a pottery workshop at the museum, said the museum must stay open.",
     [("Gwen Ottley", "person", None, None)]),
    ("Gwen Ottley, who runs a gossip mill on Instagram, said she had done nothing wrong.",
     [("Gwen Ottley", "person", None, None)]),
    # NEGATIVE: a noun of a person or trader (F5)
    ("Gwen Ottley, who runs a grocer in Rye, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
    ("Gwen Ottley, who owns a butcher on the high street, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
    ("Gwen Ottley, who runs a florist near the station, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
    ("Gwen Ottley, who runs a retailer, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
    # NEGATIVE: premises inside an institution (F6)
    ("Gwen Ottley, who runs a pharmacy at Tamale Teaching Hospital, said drugs were short.",
     [("Gwen Ottley", "person", None, None)]),
    ("Gwen Ottley, who runs a pharmacy in the hospital, said drugs were short.",
     [("Gwen Ottley", "person", None, None)]),
    ("Gwen Ottley, who runs a cafe at the university, said trade was slow.",
     [("Gwen Ottley", "person", None, None)]),
]


AUTHOR_OF_A_DOCUMENT_SUBJECT = [
    ("A study by action group Pellow Allotment Society found that most plots had lain empty. Its chairman, "
     "retired nurse Hamid Qureshi, said the findings were grim.",
     [("Hamid Qureshi", "person", "chairman", "Pellow Allotment Society"),
      ("Pellow Allotment Society", "organization", "action group", None)]),
    ("A survey by the Pellow Allotment Society found that most plots had lain empty. Its chairman, Hamid "
     "Qureshi, said the findings were grim.",
     [("Hamid Qureshi", "person", "chairman", "Pellow Allotment Society"),
      ("Pellow Allotment Society", "organization", None, None)]),
    ("A study by the Fenwick Institute found that rents rose sharply. Its director, Maya Orrin, said the figures "
     "were stark.",
     [("Fenwick Institute", "organization", None, None), ("Maya Orrin", "person", "director", "Fenwick Institute")]),
    ("A review by the Kessa Water Trust found the pipes were old. Its chief executive, Maya Orrin, said repairs "
     "would start soon.",
     [("Kessa Water Trust", "organization", None, None),
      ("Maya Orrin", "person", "chief executive", "Kessa Water Trust")]),
    # NEGATIVE: the document's own author, two authors, a person's survey, another body in what it found, an
    # unnamed author, one who commissioned it
    ("A survey by the Pellow Allotment Society found that most plots had lain empty. Its author, Hamid "
     "Qureshi, said the findings were grim.",
     [("Hamid Qureshi", "person", "author", None), ("Pellow Allotment Society", "organization", None, None)]),
    ("A survey by the Pellow Allotment Society and the Kessa Trust found that most plots had lain empty. "
     "Its chairman, Hamid Qureshi, said the findings were grim.",
     [("Hamid Qureshi", "person", "chairman", None), ("Kessa Trust", "organization", None, None),
      ("Pellow Allotment Society", "organization", None, None)]),
    ("A survey by Hamid Qureshi found that most plots had lain empty. Its chairman, Ann Roe, said the "
     "findings were grim.",
     [("Ann Roe", "person", "chairman", None), ("Hamid Qureshi", "person", None, None)]),
    ("A survey by the Pellow Allotment Society found that the Kessa Trust had failed. Its chairman, Hamid "
     "Qureshi, said the findings were grim.",
     [("Hamid Qureshi", "person", "chairman", None), ("Kessa Trust", "organization", None, None),
      ("Pellow Allotment Society", "organization", None, None)]),
    ("The survey found that most plots had lain empty. Its chairman, Maya Orrin, said the findings were "
     "alarming.",
     [("Maya Orrin", "person", "chairman", None)]),
    ("A report commissioned by the Harbour Trust found the pier was unsafe. Its chairman, Maya Orrin, said it "
     "would close.",
     [("Harbour Trust", "organization", None, None), ("Maya Orrin", "person", "chairman", None)]),
]


@pytest.mark.parametrize("text,expected", AUTHOR_OF_A_DOCUMENT_SUBJECT)
def test_author_of_a_document_subject(text, expected):
    assert actor_records(text) == expected


@pytest.mark.parametrize("text,expected", POST_BEFORE_A_DESCRIPTION)
def test_post_before_a_description(text, expected):
    assert actor_records(text) == expected


@pytest.mark.parametrize("text,expected", BUSINESS_KEPT)
def test_business_kept(text, expected):
    assert actor_records(text) == expected
