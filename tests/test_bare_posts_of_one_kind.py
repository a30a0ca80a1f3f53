"""A bare post that serves one kind of body is, as a guess, at the one body of that kind the story names
(session 36, barepost: POSTS_OF_ONE_KIND_OF_BODY read by `roles.guess_the_body_of_one_kind_posts`): 'Speaker
X' and 'MP X' at the one assembly or house (LEGISLATURE_NAME_ENDINGS; not a bare or European 'Parliament'),
'Trustee X' at the one school board, board of education or board of trustees (TRUSTEE_BODY_NAME_ENDINGS),
'Chief finance officer X' as a 'chief financial officer'. And a post 'of' a field at the one office named for
the post with that field (`roles._office_of_the_posts_field`: 'Director of Mines' and the 'Directorate of Mines
and Geology'). Speaker/MP only where the chamber is named beside the holder, outside what is said, owned by no
place, with no other chamber spoken of there (`roles._the_chamber_beside_its_member`). Negatives: two
chambers, a European Parliament, another country's chamber, a chamber named only in what is said, a school
board beside a trust, a funder trust or foundation, another body in the trustee's sentence, a keynote
speaker, another field, a field the office's name goes on with, a regional director, two directorates, a
place phrase after the director's name or another place in his sentence. Every sentence here is written for the tests; whole records
of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ROWS = [
    ("Velmora Seed Holdings Plc reported higher annual revenue. Chief finance officer Adaeze Kum said borrowing had "
     "fallen.",
     [('Adaeze Kum', 'person', 'Chief finance officer', 'Velmora Seed Holdings Plc'),
      ('Velmora Seed Holdings Plc', 'organization', None, None)]),
    ("The National Assembly met on Wednesday to vote on a fuel subsidy. MP Nasser Dabbagh said the subsidy had to "
     "stay.",
     [('Nasser Dabbagh', 'person', 'MP', 'National Assembly'),
      ('National Assembly', 'organization', None, None)]),
    ("The Pellham House of Assembly adjourned on Friday. Speaker Colin Treadwell said members would return in May.",
     [('Colin Treadwell', 'person', 'Speaker', 'Pellham House of Assembly'),
      ('Pellham House of Assembly', 'organization', None, None)]),
    ("The Orwin Catholic District School Board approved a new budget on Wednesday. Trustee Lucia Ferrante said the "
     "board had cut too deeply.",
     [('Lucia Ferrante', 'person', 'Trustee', 'Orwin Catholic District School Board'),
      ('Orwin Catholic District School Board', 'organization', None, None)]),
    ("The Directorate of Mines and Geology said output fell by a tenth last year. Director of Mines Dr. S. Aruna "
     "Pillai blamed the monsoon.",
     [('Directorate of Mines and Geology', 'organization', None, None),
      ('S. Aruna Pillai', 'person', 'Director of Mines', 'Directorate of Mines and Geology')]),
    ("Figures from the Directorate of Fisheries showed smaller catches. Deputy Director of Fisheries Dr Meena Rao "
     "said the boats stayed in port.",
     [('Directorate of Fisheries', 'organization', None, None),
      ('Meena Rao', 'person', 'Deputy Director of Fisheries', 'Directorate of Fisheries')]),
    ("The Inspectorate of Mines closed the pit. Inspector of Mines Tom Reed said the shaft was unsafe.",
     [('Inspectorate of Mines', 'organization', None, None),
      ('Tom Reed', 'person', 'Inspector of Mines', 'Inspectorate of Mines')]),
    # NEGATIVE: two chambers; a European Parliament; a keynote speaker
    ("The National Assembly and the Pellham House of Assembly debated the bill. Speaker Colin Treadwell said the vote "
     "would be close.",
     [('Colin Treadwell', 'person', 'Speaker', None),
      ('National Assembly', 'organization', None, None),
      ('Pellham House of Assembly', 'organization', None, None)]),
    ("The European Parliament met on Wednesday to vote on a fuel subsidy. MP Nasser Dabbagh said the subsidy had to "
     "stay.",
     [('European Parliament', 'organization', None, None),
      ('Nasser Dabbagh', 'person', 'MP', None)]),
    ("The conference opened on Monday at the Dunmore Valley District School Board offices. Keynote speaker Tom Reed "
     "said schools must change.",
     [('Dunmore Valley District School Board', 'organization', None, None),
      ('Tom Reed', 'person', 'Keynote speaker', None)]),
    # NEGATIVE: a trust beside the school board: either's trustee
    ("The Orwin Catholic District School Board approved a new budget on Wednesday. The Kessa Heritage Trust "
     "objected. Trustee Lucia Ferrante said the trust would appeal.",
     [('Kessa Heritage Trust', 'organization', None, None),
      ('Lucia Ferrante', 'person', 'Trustee', None),
      ('Orwin Catholic District School Board', 'organization', None, None)]),
    # NEGATIVE: a field the office's name goes on with; a regional director; two directorates
    ("Figures from the Directorate of Fisheries Services showed smaller catches. Director of Fisheries Dr Meena Rao "
     "said the boats stayed in port.",
     [('Directorate of Fisheries Services', 'organization', None, None),
      ('Meena Rao', 'person', 'Director of Fisheries', None)]),
    ("Figures from the Directorate of Fisheries showed smaller catches. Regional Director of Fisheries Dr Meena Rao "
     "said the boats stayed in port.",
     [('Directorate of Fisheries', 'organization', None, None),
      ('Meena Rao', 'person', 'Regional Director of Fisheries', None)]),
    ("The Directorate of Fisheries and the Directorate of Fisheries and Aquaculture published data. Director of "
     "Fisheries Dr Meena Rao said catches fell.",
     [('Directorate of Fisheries', 'organization', None, None),
      ('Directorate of Fisheries and Aquaculture', 'organization', None, None),
      ('Meena Rao', 'person', 'Director of Fisheries', None)]),
    # the chamber taken up by its one word beside the holder
    ("The National Assembly met on Wednesday to vote on a fuel subsidy. The minister spoke first. Lawmakers argued "
     "for hours. MP Sara Qadri, the only woman in the current Assembly, backed the subsidy.",
     [('National Assembly', 'organization', None, None),
      ('Sara Qadri', 'person', 'MP', 'National Assembly')]),
    # NEGATIVE: the chamber named three sentences before the holder only
    ("The National Assembly met on Wednesday to vote on a fuel subsidy. The minister spoke first. Lawmakers argued "
     "for hours. MP Sara Qadri backed the subsidy.",
     [('National Assembly', 'organization', None, None),
      ('Sara Qadri', 'person', 'MP', None)]),
    # NEGATIVE: a chamber another country owns, another chamber spoken of beside the holder (review F4, F5)
    ("France's National Assembly voted on the pension bill. Speaker Joan Harte said the Commons would debate a "
     "similar bill next month.",
     [('Commons', 'organization', None, None),
      ('France', 'country', None, None),
      ('Joan Harte', 'person', 'Speaker', None),
      ('National Assembly', 'organization', None, 'France')]),
    ("British lawmakers met members of Kenya's National Assembly on Monday. MP Tom Haskell, who chairs the Commons "
     "foreign affairs committee, said the talks were useful.",
     [('Kenya', 'country', None, None),
      ('National Assembly', 'organization', None, 'Kenya'),
      ('Tom Haskell', 'person', 'MP', None),
      ('United Kingdom', 'country', None, None)]),
    ("A delegation from Kenya's National Assembly visited London on Monday. MP Tom Haskell said the talks had been "
     "useful.",
     [('Kenya', 'country', None, None),
      ('National Assembly', 'organization', None, 'Kenya'),
      ('Tom Haskell', 'person', 'MP', None)]),
    ("The House of Representatives passed the bill. Speaker Femi Adeyo said the Ogun State assembly would debate it "
     "next week.",
     [('Femi Adeyo', 'person', 'Speaker', None),
      ('House of Representatives', 'organization', None, None),
      ('Ogun', 'organization', None, None),
      ('Ogun State', 'organization', None, 'Ogun')]),
    # NEGATIVE: a chamber named only in what a conference speaker says (review F6)
    ("The conference on energy drew 400 people. Speaker Joan Harte said the House of Commons should act, while "
     "Speaker Lars Ober said industry would lead.",
     [('House of Commons', 'organization', None, None),
      ('Joan Harte', 'person', 'Speaker', None),
      ('Lars Ober', 'person', 'Speaker', None)]),
    # NEGATIVE: a funder trust or foundation, an NHS trust; the holder's own sentence names her body (review F7)
    ("The Wellcome Trust funded the study of 3,000 patients. Trustee Ann Holm, who chairs the village hall "
     "committee, said the hall would reopen.",
     [('Ann Holm', 'person', 'Trustee', None),
      ('Wellcome Trust', 'organization', None, None)]),
    ("The Orlen Foundation gave the school 2 million dollars. Trustee Ann Holm, who sits on the district school "
     "board, said pupils would benefit.",
     [('Ann Holm', 'person', 'Trustee', None),
      ('Orlen Foundation', 'organization', None, None)]),
    ("The Harwick NHS Trust said it had cut waiting lists. Trustee Ann Holm said the parish charity would pay for a "
     "new minibus.",
     [('Ann Holm', 'person', 'Trustee', None),
      ('Harwick NHS Trust', 'organization', None, None)]),
    ("The Kessa Valley District School Board voted to shut two libraries. Trustee Ann Holm, who chairs the village "
     "hall committee, said the hall would take the books.",
     [('Ann Holm', 'person', 'Trustee', None),
      ('Kessa Valley District School Board', 'organization', None, None)]),
    # NEGATIVE: a place phrase after the name says the post is another state's office (review F8)
    ("The Directorate of Public Health in Kerala reported 200 cases. Director of Public Health Dr R Kannan of "
     "Telangana said his state had 400.",
     [('Directorate of Public Health', 'organization', None, None),
      ('R Kannan', 'person', 'Director of Public Health', None)]),
    ("The Directorate of Public Health in Kerala reported 200 cases. In Telangana, Director of Public Health Dr R "
     "Kannan said his state had 400.",
     [('Directorate of Public Health', 'organization', None, None),
      ('R Kannan', 'person', 'Director of Public Health', None)]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_bare_posts_of_one_kind(text, expected):
    assert [r for r in records_of(text) if r[1] != "group"] == expected
