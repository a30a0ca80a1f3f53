"""A bare post that serves one kind of body is, as a guess, at the one body of that kind the story names
(session 36, barepost: POSTS_OF_ONE_KIND_OF_BODY read by `roles.guess_the_body_of_one_kind_posts`): 'Speaker
X' and 'MP X' at the one assembly or house (LEGISLATURE_NAME_ENDINGS; not a bare or European 'Parliament'),
'Trustee X' at the one school board, board of trustees, trust, foundation or charity
(TRUSTEE_BODY_NAME_ENDINGS), 'Chief finance officer X' as a 'chief financial officer'. And a post 'of' a field
at the one office named for the post with that field (`roles._office_named_for_the_post`: 'Director of Public
Health' and the 'Directorate of Public Health and Family Welfare'). Negatives: two chambers, a European
Parliament, a school board beside a trust, a keynote speaker, another field, a field the office's name goes
on with, a regional director, two directorates. Every sentence here is written for the tests; whole records
of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ROWS = [
    ("Harlow Agro-Processors Plc posted a 27 percent rise in net profit. Chief finance officer Peter Njoro said the "
     "firm had cut its debt.",
     [('Harlow Agro-Processors Plc', 'organization', None, None),
      ('Peter Njoro', 'person', 'Chief finance officer', 'Harlow Agro-Processors Plc')]),
    ("The National Assembly on Tuesday debated a bill on housing loans. MP Faisal Al-Kessa said the government had "
     "failed.",
     [('Faisal Al-Kessa', 'person', 'MP', 'National Assembly'),
      ('National Assembly', 'organization', None, None)]),
    ("The Dunmore House of Assembly passed the bill last night. Speaker Marcia Estall said the debate had been fair.",
     [('Dunmore House of Assembly', 'organization', None, None),
      ('Marcia Estall', 'person', 'Speaker', 'Dunmore House of Assembly')]),
    ("Trustees with the Dunmore Valley District School Board voted to close Millbrook School. Trustee Gordon "
     "Ashfield said the board had not looked at alternatives.",
     [('Dunmore Valley District School Board', 'organization', None, None),
      ('Gordon Ashfield', 'person', 'Trustee', 'Dunmore Valley District School Board')]),
    ("According to the Directorate of Public Health and Family Welfare, the state has recorded 1,870 dengue cases. "
     "Director of Public Health Dr. B. Ramesh Kalvar said the spike was linked to rains.",
     [('B. Ramesh Kalvar', 'person', 'Director of Public Health', 'Directorate of Public Health and Family Welfare'),
      ('Directorate of Public Health and Family Welfare', 'organization', None, None)]),
    ("Data released by the Directorate of Public Health showed a rise. Deputy Director of Public Health Dr K Venkat "
     "Rao attributed the rise to rains.",
     [('Directorate of Public Health', 'organization', None, None),
      ('K Venkat Rao', 'person', 'Deputy Director of Public Health', 'Directorate of Public Health')]),
    ("The Inspectorate of Mines closed the pit. Inspector of Mines Tom Reed said the shaft was unsafe.",
     [('Inspectorate of Mines', 'organization', None, None),
      ('Tom Reed', 'person', 'Inspector of Mines', 'Inspectorate of Mines')]),
    # NEGATIVE: two chambers; a European Parliament; a keynote speaker
    ("The National Assembly and the Dunmore House of Assembly debated the bill. Speaker Marcia Estall said the vote "
     "would be close.",
     [('Dunmore House of Assembly', 'organization', None, None),
      ('Marcia Estall', 'person', 'Speaker', None),
      ('National Assembly', 'organization', None, None)]),
    ("The European Parliament debated the bill. MP Faisal Al-Kessa said the government had failed.",
     [('European Parliament', 'organization', None, None),
      ('Faisal Al-Kessa', 'person', 'MP', None)]),
    ("The conference opened on Monday at the Dunmore Valley District School Board offices. Keynote speaker Tom Reed "
     "said schools must change.",
     [('Dunmore Valley District School Board', 'organization', None, None),
      ('Tom Reed', 'person', 'Keynote speaker', None)]),
    # NEGATIVE: a trust beside the school board: either's trustee
    ("Trustees with the Dunmore Valley District School Board voted to close Millbrook School. The Kessa Heritage "
     "Trust objected. Trustee Gordon Ashfield said the trust would appeal.",
     [('Dunmore Valley District School Board', 'organization', None, None),
      ('Gordon Ashfield', 'person', 'Trustee', None),
      ('Kessa Heritage Trust', 'organization', None, None)]),
    # NEGATIVE: a field the office's name goes on with; a regional director; two directorates
    ("Data released by the Directorate of Public Health Services showed a rise. Director of Public Health Dr K "
     "Venkat Rao attributed the rise to rains.",
     [('Directorate of Public Health Services', 'organization', None, None),
      ('K Venkat Rao', 'person', 'Director of Public Health', None)]),
    ("Data released by the Directorate of Public Health showed a rise. Regional Director of Public Health Dr K "
     "Venkat Rao attributed the rise to rains.",
     [('Directorate of Public Health', 'organization', None, None),
      ('K Venkat Rao', 'person', 'Regional Director of Public Health', None)]),
    ("The Directorate of Public Health and the Directorate of Public Health and Sanitation published data. Director "
     "of Public Health Dr K Venkat Rao said cases rose.",
     [('Directorate of Public Health', 'organization', None, None),
      ('Directorate of Public Health and Sanitation', 'organization', None, None),
      ('K Venkat Rao', 'person', 'Director of Public Health', None)]),
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
