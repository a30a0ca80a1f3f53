"""A service's bare rank or post is, as a guess, at the one body of the kinds that rank serves that the story
names (session 49, kinds: lexicon.SERVICE_POSTS_BY_KIND added to POSTS_OF_ONE_KIND_OF_BODY, read by
`roles.guess_the_body_of_one_kind_posts`): 'Inspector X', 'Det. Insp. X', 'Chief Superintendent X' at the one
police force, 'Superintendent X' and 'School board President X' at the one school district, 'Associate Professor
X' and 'Lecturer X' at the one university or polytechnic, 'Senior meteorologist X' and 'Forecaster X' at the one
weather service, 'Fire Chief X' at the one fire service; the kind by the head word or the last words of the
body's name (`roles._named_as_of_the_kind`: a one-word ending only as the head, so the 'Fraternal Order of Police'
is no police force). Negatives: two forces; a rank an army shares with the police beside an army; a
superintendent beside a school district and a hospital; two universities; a former rank; a word of another body
before the post ('Health inspector', 'Economic forecaster', 'Fire Service Superintendent'); a place before the
title the body's name lacks ('Dunmore fire chief X' beside the Marren Fire Department); the post in apposition
with a phrase of its own ('X, a professor at another school,'; 'X, an inspector with the roads agency,'); a post
with 'of' ('Chief inspector of schools'); a capitalised word of the kind's names in the holder's sentence that
names no actor ('At Larch Valley Public School, principal X', '… assigned to the Dorn City Police Station');
a faculty's name ('School of Education', 'College of Medicine': FACULTY_HEADS_BEFORE_A_FIELD). Session 49 fixes
(negatives): no bare 'Sergeant'; a bare 'Superintendent' only a school district's and none where a police force or
a hospital is named; nothing written on the holder may give another body or function (an apposition, a relative
clause, a phrase of the name's, another body's hearers, his own body of the kind by a word the found name lacks);
no one-word 'College' for a professor; no uniformed service's academy for a principal; a 'Forecaster' only of
the weather; no weather service named inside what its meteorologist says; a bare 'Inspector' or 'Constable' only
with the police spoken of in the holder's sentence or the one before, and no constable at a police department.
Merged review F1 (negatives): none where the article, up to the holder's sentence, names another body of the kind
it made no actor of, or the body's page fuses two names (bodies.py, the test an unnamed voice of the kind takes).
Every sentence here is written for the tests; whole records of every actor."""
from __future__ import annotations

import pytest

from conftest import actor_records as records_of


ROWS = [
    ("The Kelby Police Service closed the bridge on Monday. Inspector Dana Morrow said the road would reopen on "
     "Friday.",
     [('Dana Morrow', 'person', 'Inspector', 'Kelby Police Service'),
      ('Kelby Police Service', 'organization', None, None)]),
    ("Det. Insp. Carla Ruiz said the Dunmore Police had charged two men.",
     [('Carla Ruiz', 'person', 'Detective Inspector', 'Dunmore Police'),
      ('Dunmore Police', 'organization', None, None)]),
    ("Chief Superintendent Ana Brook said the Kessa Police Service would add patrols.",
     [('Ana Brook', 'person', 'Chief Superintendent', 'Kessa Police Service'),
      ('Kessa Police Service', 'organization', None, None)]),
    ("A man was arrested, the Orlan Police Department said. Detective Sergeant Kim Ode said he would appear in "
     "court.",
     [('Kim Ode', 'person', 'Detective Sergeant', 'Orlan Police Department'),
      ('Orlan Police Department', 'organization', None, None)]),
    ("Kelby police superintendent Joan Pike said the Kelby Police Service had made three arrests.",
     [('Joan Pike', 'person', 'Kelby police superintendent', 'Kelby Police Service'),
      ('Kelby Police Service', 'organization', None, None)]),
    ("The Dorn Valley Central School District will cut bus routes. Superintendent Maria Lenz said fuel costs had "
     "doubled.",
     [('Dorn Valley Central School District', 'organization', None, None),
      ('Maria Lenz', 'person', 'Superintendent', 'Dorn Valley Central School District')]),
    ("Tessler Unified School District approved its budget. School board President Ron Aske said the vote was close.",
     [('Ron Aske', 'person', 'School board President', 'Tessler Unified School District'),
      ('Tessler Unified School District', 'organization', None, None)]),
    ("The University of Kessa opened a new lab. Associate Professor Lin Hao said the work would take years.",
     [('Lin Hao', 'person', 'Associate Professor', 'University of Kessa'),
      ('University of Kessa', 'organization', None, None)]),
    ("Lecturer Amos Kiptoo said the strike would go on. The Rift Valley Polytechnic has closed its gates.",
     [('Amos Kiptoo', 'person', 'Lecturer', 'Rift Valley Polytechnic'),
      ('Rift Valley Polytechnic', 'organization', None, None)]),
    ("Storms are expected, the Bureau of Meteorology warned. Senior meteorologist Gail Pryor said winds could reach "
     "90km/h.",
     [('Bureau of Meteorology', 'organization', None, None),
      ('Gail Pryor', 'person', 'Senior meteorologist', 'Bureau of Meteorology')]),
    ("The Vessa Meteorological Department issued a warning. Forecaster Ali Noor said rain would ease by Sunday.",
     [('Ali Noor', 'person', 'Forecaster', 'Vessa Meteorological Department'),
      ('Vessa Meteorological Department', 'organization', None, None)]),
    ("The Marren Fire Department fought the blaze for hours. Fire Chief Tom Eckert said two homes were lost.",
     [('Marren Fire Department', 'organization', None, None),
      ('Tom Eckert', 'person', 'Fire Chief', 'Marren Fire Department')]),
    ("Police Inspector Dana Morrow said the Kelby Police Service had charged two men.",
     [('Dana Morrow', 'person', 'Police Inspector', 'Kelby Police Service'),
      ('Kelby Police Service', 'organization', None, None)]),
    # NEGATIVE: a body of the kind in the holder's sentence left unread or read as a venue; a faculty is no school
    ("At Larch Valley Public School, principal Craig Denton said classes had merged. Professor Amy Lo, head of Orlen "
     "University's School of Education, said more teachers were coming.",
     [('Amy Lo', 'person', 'head', 'School of Education'),
      ('Craig Denton', 'person', 'principal', None),
      ('School of Education', 'organization', None, None)]),
    ("Charged were Police Staff Sergeant Ben Ocampo and two others, all assigned to the Dorn City Police Station. The "
     "Kessa National Police said they were suspended.",
     [('Ben Ocampo', 'person', 'Police Staff Sergeant', None),
      ('Kessa National Police', 'organization', None, None)]),
    ("The Kessa College of Medicine opened a clinic. Professor Lin Hao said it would serve the town.",
     [('Kessa College of Medicine', 'organization', None, None),
      ('Lin Hao', 'person', 'Professor', None)]),
    # NEGATIVE: two forces; the Fraternal Order of Police; an army beside the police; a school district and a hospital
    ("The Kelby Police Service and the Dunmore Police Service met on Monday. Inspector Dana Morrow said the talks went "
     "well.",
     [('Dana Morrow', 'person', 'Inspector', None),
      ('Dunmore Police Service', 'organization', None, None),
      ('Kelby Police Service', 'organization', None, None)]),
    ("The Fraternal Order of Police criticised the plan. Sergeant Ed Vance said officers were tired.",
     [('Ed Vance', 'person', 'Sergeant', None),
      ('Fraternal Order of Police', 'organization', None, None)]),
    ("The Kessa Army and the Kelby Police Service patrolled the border. Sergeant Ed Vance said it was calm.",
     [('Ed Vance', 'person', 'Sergeant', None),
      ('Kelby Police Service', 'organization', None, None),
      ('Kessa Army', 'organization', None, None)]),
    ("The Kelby General Hospital and the Dorn School District signed a deal. Superintendent Maria Lenz praised it.",
     [('Dorn School District', 'organization', None, None),
      ('Kelby General Hospital', 'organization', None, None),
      ('Maria Lenz', 'person', 'Superintendent', None)]),
    ("The Dorn Valley School District and the Kelby Police Service met. Superintendent Maria Lenz said the plan was "
     "sound.",
     [('Dorn Valley School District', 'organization', None, None),
      ('Kelby Police Service', 'organization', None, None),
      ('Maria Lenz', 'person', 'Superintendent', None)]),
    # NEGATIVE: former; another body's word before the post; a place before the title; a phrase of the post's own
    ("The Kelby Police Service closed the road. Former Inspector Dana Morrow said the closure was overdue.",
     [('Dana Morrow', 'person', 'Former Inspector', None),
      ('Kelby Police Service', 'organization', None, None)]),
    ("The Kelby Police Service closed the road. Health inspector Dana Morrow said the restaurant was clean.",
     [('Dana Morrow', 'person', 'Health inspector', None),
      ('Kelby Police Service', 'organization', None, None)]),
    ("The Bureau of Meteorology issued a warning. Economic forecaster Sam Hill said growth would slow.",
     [('Bureau of Meteorology', 'organization', None, None),
      ('Sam Hill', 'person', 'Economic forecaster', None)]),
    ("The Marren Fire Department attended. Dunmore fire chief Tom Eckert said crews came from two towns.",
     [('Marren Fire Department', 'organization', None, None),
      ('Tom Eckert', 'person', 'fire chief', None)]),
    ("The University of Kessa published the study. Tom Reed, a professor at another school, said it was flawed.",
     [('Tom Reed', 'person', 'professor', None),
      ('University of Kessa', 'organization', None, None)]),
    ("The Kelby Police Service closed the road. Tom Reed, an inspector with the roads agency, said it was unsafe.",
     [('Kelby Police Service', 'organization', None, None),
      ('Tom Reed', 'person', 'inspector', None)]),
    ("The Kelby Police Service made an arrest. Chief inspector of schools Dana Morrow said the pupils were safe.",
     [('Dana Morrow', 'person', 'Chief inspector of schools', None),
      ('Kelby Police Service', 'organization', None, None)]),
    # NEGATIVE: no bare 'Sergeant' (an army, a police force and a fire brigade all have them; the army often unnamed)
    ('Sergeant Ed Vance said the men were armed. The Kelby Police Service said three were held.',
     [('Ed Vance', 'person', 'Sergeant', None),
      ('Kelby Police Service', 'organization', None, None)]),
    ("The Kelby Police Service closed the highway. Sergeant Ed Vance, who serves with the army's engineers, said the"
     ' bridge was unsafe.',
     [('Ed Vance', 'person', 'Sergeant', None),
      ('Kelby Police Service', 'organization', None, None)]),
    ('Troops were sent to the flood zone, the army said. Sergeant Ed Vance said roads were cut. The Kelby Police '
     'Service closed two bridges.',
     [('Ed Vance', 'person', 'Sergeant', None),
      ('Kelby Police Service', 'organization', None, None)]),
    ('The Dorn Defence Force and the Dorn Constabulary Force mounted a joint operation. Sergeant Ray Cole said three'
     ' guns were seized.',
     [('Dorn Constabulary Force', 'organization', None, None),
      ('Dorn Defence Force', 'organization', None, None),
      ('Ray Cole', 'person', 'Sergeant', None)]),
    ('Constable Lee Barr of the Dorn Constabulary Force was injured, police said. Sergeant Ray Cole said the gunmen '
     'fled. The Dorn Defence Force sent soldiers.',
     [('Dorn Constabulary Force', 'organization', None, None),
      ('Dorn Defence Force', 'organization', None, None),
      ('Lee Barr', 'person', 'Constable', 'Dorn Constabulary Force'),
      ('Ray Cole', 'person', 'Sergeant', None)]),
    ('The Orlan Police Force and the Orlan Military Forces patrolled the capital. Sergeant Tim Lowe said the streets'
     ' were calm.',
     [('Orlan Military Forces', 'organization', None, None),
      ('Orlan Police Force', 'organization', None, None),
      ('Tim Lowe', 'person', 'Sergeant', None)]),
    ('The Kessa Fire Brigade put out the blaze. Sergeant Ed Vance said no one was hurt.',
     [('Ed Vance', 'person', 'Sergeant', None),
      ('Kessa Fire Brigade', 'organization', None, None)]),
    ('The Kelby Police Force said it had arrested two suspects. Sergeant Tim Lowe, a soldier, was among those '
     'killed.',
     [('Kelby Police Force', 'organization', None, None),
      ('Tim Lowe', 'person', 'Sergeant', None)]),
    ('The Royal Marines landed in Kessa. Sergeant Tom Hale said the Kessa Police had cleared the beach.',
     [('Kessa Police', 'organization', None, None),
      ('Tom Hale', 'person', 'Sergeant', None)]),
    # NEGATIVE: a bare 'Superintendent' is a school district's only where no police force nor hospital is named
    ('Kelby General Hospital treated three students. Superintendent Maria Lenz said the district would offer '
     'counselling.',
     [('Kelby General Hospital', 'organization', None, None),
      ('Maria Lenz', 'person', 'Superintendent', None)]),
    ('Two students were hurt in a shooting, the Kelby Police Department said. Superintendent Maria Lenz said classes'
     ' in the district would resume on Thursday.',
     [('Kelby Police Department', 'organization', None, None),
      ('Maria Lenz', 'person', 'Superintendent', None)]),
    ("The patient was taken to Kessa NHS Foundation Trust's main hospital. Superintendent Dana Morrow of the city "
     'police said inquiries were continuing.',
     [('Dana Morrow', 'person', 'Superintendent', 'city police'),
      ('Kessa NHS Foundation Trust', 'organization', None, None),
      ('city police', 'organization', None, None)]),
    ('Park rangers closed the trail. Superintendent Cal Shaw said the Gardiner Police Department had helped with the'
     ' rescue.',
     [('Cal Shaw', 'person', 'Superintendent', None),
      ('Gardiner Police Department', 'organization', None, None)]),
    ('The Kessa Police Service said roads were closed. Mark Dwyer, superintendent, city schools, said buses would '
     'not run.',
     [('Kessa Police Service', 'organization', None, None),
      ('Mark Dwyer', 'person', 'superintendent', None)]),
    # NEGATIVE: something written on the holder gives another body or function (apposition, relative clause, a phrase of the name's, another body's hearers, his own body of the kind)
    ('A study by Orlen University found that lead levels had risen. Professor Mark Dwyer, who was not involved in '
     'the research, said the findings were worrying.',
     [('Mark Dwyer', 'person', 'Professor', None),
      ('Orlen University', 'organization', None, None)]),
    ('The University of Dorn closed hostels. Senior Lecturer Kofi Asare, who teaches at another college, said fees '
     'were too high.',
     [('Kofi Asare', 'person', 'Senior Lecturer', None),
      ('University of Dorn', 'organization', None, None)]),
    ('The Kessa Meteorological Service issued a yellow warning. Forecaster Priya Nair, who works for a private firm,'
     ' said the storm would weaken.',
     [('Kessa Meteorological Service', 'organization', None, None),
      ('Priya Nair', 'person', 'Forecaster', None)]),
    ('The National Weather Service issued a tornado watch. Meteorologist Jon Porter told WKRG viewers that storms '
     'would intensify.',
     [('Jon Porter', 'person', 'Meteorologist', None),
      ('National Weather Service', 'organization', None, None)]),
    ('The Kessa Unified School District board met on Monday. Trustee Ann Wills, a village trustee, said the levy was'
     ' too high.',
     [('Ann Wills', 'person', 'Trustee', None),
      ('Kessa Unified School District', 'organization', None, None)]),
    ('The Kessa Fire Authority sent four engines. Fire Chief Bob Hale said his volunteer brigade arrived first.',
     [('Bob Hale', 'person', 'Fire Chief', None),
      ('Kessa Fire Authority', 'organization', None, None)]),
    ("Head of the Dorn Central Police Division, Senior Superintendent Ray Cole, said ten men were held. The Dorn "
     "Constabulary Force sent more officers.",
     [('Dorn Central Police Division', 'organization', None, None),
      ('Dorn Constabulary Force', 'organization', None, None),
      ('Ray Cole', 'person', 'Senior Superintendent', 'Dorn Central Police Division')]),
    # POSITIVE: a relative clause or an apposition of the post's own function gives no other body
    ("The Kessa Police Service charged a man with fraud. Detective Inspector Rob Hale, who led the investigation, "
     "said the case was complex.",
     [('Kessa Police Service', 'organization', None, None),
      ('Rob Hale', 'person', 'Detective Inspector', 'Kessa Police Service')]),
    ("The University of Dorn will cut 300 jobs. Professor Ann Cole, the vice-chancellor, said the cuts were painful.",
     [('Ann Cole', 'person', 'vice-chancellor', 'University of Dorn'),
      ('University of Dorn', 'organization', None, None)]),
    ("The Dorn District School Board passed its budget. Trustee Gus Moll, who voted against the budget, said staff "
     "were stretched.",
     [('Dorn District School Board', 'organization', None, None),
      ('Gus Moll', 'person', 'Trustee', 'Dorn District School Board')]),
    ("The Kessa County School District will close two schools, interim Superintendent Ann Cole told the board's "
     "Strategic Planning Committee.",
     [('Ann Cole', 'person', 'interim Superintendent', 'Kessa County School District'),
      ('Kessa County School District', 'organization', None, None),
      ('Strategic Planning Committee', 'organization', None, None)]),
    # NEGATIVE: a one-word 'College' is no university; a uniformed service's academy is no school
    ('Voters do not choose the president directly; the Electoral College does. Professor Jane Whitfield said the '
     'system was unlikely to change.',
     [('Electoral College', 'organization', None, None),
      ('Jane Whitfield', 'person', 'Professor', None)]),
    ('The Kessa Military Academy held a parade. Principal Grace Obi said her pupils had watched.',
     [('Grace Obi', 'person', 'Principal', None),
      ('Kessa Military Academy', 'organization', None, None)]),
    # NEGATIVE: a forecaster of no weather; a weather service named inside what the holder says
    ('The Kessa Meteorological Department warned of heavy rain. Senior forecaster Priya Nair said inflation would '
     'ease next year.',
     [('Kessa Meteorological Department', 'organization', None, None),
      ('Priya Nair', 'person', 'Senior forecaster', None)]),
    ('The Kessa Meteorological Society held its meeting. Meteorologist Tom Hale said the Kessa Weather Service '
     'forecast was wrong.',
     [('Kessa Meteorological Society', 'organization', None, None),
      ('Kessa Weather Service', 'organization', None, None),
      ('Tom Hale', 'person', 'Meteorologist', None)]),
    # NEGATIVE: a bare 'Inspector' or 'Constable' with no police spoken of near; a US police department has no constables; a county's constable
    ('The Kelby Police Service was not involved. Inspector Dana Morrow said the restaurant had failed two hygiene '
     'checks.',
     [('Dana Morrow', 'person', 'Inspector', None),
      ('Kelby Police Service', 'organization', None, None)]),
    ('The revenue office fined the firm. Inspector Lisa Hart said Kessa Police had been informed.',
     [('Kessa Police', 'organization', None, None),
      ('Lisa Hart', 'person', 'Inspector', None)]),
    ('The Kelby Police Department arrested the man. Constable Roy Diaz said his deputies served the eviction notice.',
     [('Kelby Police Department', 'organization', None, None),
      ('Roy Diaz', 'person', 'Constable', None)]),
    ('Harris County Constable Roy Diaz said the Kelby Police Department had helped.',
     [('Kelby Police Department', 'organization', None, None),
      ('Roy Diaz', 'person', 'Harris County Constable', None)]),
    # POSITIVE: a senior superintendent's police; a forecaster of the winds; an inspector beside the police; a constabulary's constable
    ('The Kessa Police Service said two men were held. Senior Superintendent Lee Min said the case was closed.',
     [('Kessa Police Service', 'organization', None, None),
      ('Lee Min', 'person', 'Senior Superintendent', 'Kessa Police Service')]),
    ('The Kuwa Meteorological Department issued a warning. Forecaster Ali Noor said strong winds would last until '
     'Friday.',
     [('Ali Noor', 'person', 'Forecaster', 'Kuwa Meteorological Department'),
      ('Kuwa Meteorological Department', 'organization', None, None)]),
    ('The Kelby Police Service closed the road. Speaking to reporters, Inspector Dana Morrow said it would reopen.',
     [('Dana Morrow', 'person', 'Inspector', 'Kelby Police Service'),
      ('Kelby Police Service', 'organization', None, None)]),
    ('The Kessa Constabulary made two arrests. Constable Joe Finn said the men were local.',
     [('Joe Finn', 'person', 'Constable', 'Kessa Constabulary'),
      ('Kessa Constabulary', 'organization', None, None)]),

    # NEGATIVE (merged review F1): a second body of the kind named before the holder but made no actor, or a page
    # fusing two bodies' names: the same test of the one body of its kind as for an unnamed voice (bodies.py)
    ("The Kelby Police Service and Orwin Police Service ran a joint raid. Inspector Dana Morrow said six men were held.",
     [('Dana Morrow', 'person', 'Inspector', None),
      ('Kelby Police Service', 'organization', None, None)]),
    ("The Kelby Unified School District and Orwin Unified School District will share buses. Superintendent Maria "
     "Lenz said costs would fall.",
     [('Kelby Unified School District', 'organization', None, None),
      ('Maria Lenz', 'person', 'Superintendent', None)]),
    # the body's own name hung on a noun ('the … Public Schools board') is no other body of the kind
    ("The Valle Grande Public Schools board will vote next month on a plan to close two schools. Superintendent "
     "Marisol Trujillo told board members the gap is driven by falling enrollment.",
     [('Marisol Trujillo', 'person', 'Superintendent', 'Valle Grande Public Schools'),
      ('Valle Grande Public Schools', 'organization', None, None)]),
    ("The University of Kessa and Orlen Polytechnic signed a pact. Lecturer Amos Kiptoo said it was overdue.",
     [('Amos Kiptoo', 'person', 'Lecturer', None),
      ('University of Kessa', 'organization', None, None)]),
    ("The University of Kessa and Kessa College of Technology signed a pact. Professor Amy Lo said it was overdue.",
     [('Amy Lo', 'person', 'Professor', None),
      ('University of Kessa and Kessa College of Technology', 'organization', None, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_service_posts_of_one_kind(text, expected):
    assert records_of(text) == expected
