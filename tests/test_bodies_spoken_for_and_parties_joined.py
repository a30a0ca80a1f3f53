"""Affiliations the structure of the sentence states: a bare 'for' phrase set off by commas after the
subject's name ('X, for the company, said') or a court side's participle ('X, prosecuting for the Y Trust,':
prosecutor) names the body the person speaks for; 'its' in a post takes up the subject of the sentence
before past a relative clause that describes that subject ('X, which runs the Y clinic, said … Its finance
director'), and the body whose local unit is the subject ('The county branch of the Y Party, … its secretary'); a party the
clause says the person belongs to or was elected on ('A and B belong to the Y Party', 'was elected on
the platform of the Z Party'); a numbered body's whole name before a post that runs it ('Y Local 3120
president X'); a country's name inside a title of a state office ('Assistant U.S. Attorney X'); a company's post where the story's subject goes on as 'the company'. Negatives: a 'for' phrase naming no body, or not set after the name;
'its' where the sentence before names another owner as its object; a post with a word of its own
('film director'), and bare 'director'; a kind word opening a post where the article names two bodies
of the kind; a membership no longer held or held in the past; a club that is no party.
Whole records; all sentences invented."""
from __future__ import annotations

import pytest

from conftest import actor_records


SPOKEN_FOR = [
    ("Owen Pritchard, prosecuting for the Canal Trust, said the leak ran for two days.",
     [('Canal Trust', 'organization', None, None), ('Owen Pritchard', 'person', 'prosecutor', 'Canal Trust')]),
    ("Pellory Tiles Ltd was fined at Ardwick Magistrates Court last week. Rosa Venn, for the company, "
     "told magistrates that managers regretted the spill.",
     [('Pellory Tiles Ltd', 'organization', None, None),
      ('Rosa Venn', 'person', None, 'Pellory Tiles Ltd')]),
    ("Lawyer Ines Tovar, for the Office of the Harbour Safety Regulator, told the court the firm had ignored warnings.",
     [('Ines Tovar', 'person', 'Lawyer', 'Office of the Harbour Safety Regulator'),
      ('Office of the Harbour Safety Regulator', 'organization', None, None)]),
    # NEGATIVE: a 'for' phrase naming no body; a body inside a longer aside; 'for' not after the name
    ("Nadia Foss, for her part, said the plan was fair.",
     [('Nadia Foss', 'person', None, None)]),
    ("Nadia Foss, for years a critic of the Canal Trust, said the plan was fair.",
     [('Canal Trust', 'organization', None, None), ('Nadia Foss', 'person', 'for years critic of the Canal Trust', None)]),
    # NEGATIVE: two firms written, 'the company' may be either; a one-word side's body named nowhere else
    ("Corvane Mills Ltd and Dessop Haulage Inc agreed a merger. Tobin Reyes, for the company, said it was welcome.",
     [('Corvane Mills Ltd', 'organization', None, None), ('Dessop Haulage Inc', 'organization', None, None),
      ('Tobin Reyes', 'person', None, None)]),
    # (the side's participle set off after the name is read whatever clause the parser hung it on: the side
    # is her role, the one-word body no affiliation)
    ("Edda Marr, prosecuting for the Crown, said the case was weak.",
     [('Edda Marr', 'person', 'prosecutor', None)]),
]

ITS_POST = [
    ("Fairview Care Network, which runs the Ashby clinic, said in a statement that the ward would close. Its finance "
     "director, Carl Weston, told reporters the network needed more staff.",
     [('Carl Weston', 'person', 'finance director', 'Fairview Care Network'),
      ('Fairview Care Network', 'organization', None, None)]),
    # a body's local unit as the subject: 'its' is the body's
    ("The county branch of the Velmar Unity Party, in a letter signed by its General Secretary, Mrs. Oni "
     "Adebayo, rejected the ruling.",
     [('Oni Adebayo', 'person', 'General Secretary', 'Velmar Unity Party'),
      ('Velmar Unity Party', 'organization', None, None)]),
    # NEGATIVE: another body is the subject of what the unit says
    ("The state chapter of the Harbour People's Party said the Kessa Forum had lied. Its secretary, Ann Lowe, said "
     "talks had failed.",
     [('Ann Lowe', 'person', 'secretary', None), ("Harbour People's Party", 'organization', None, None),
      ('Kessa Forum', 'organization', None, None)]),
    # NEGATIVE: the other owner is what the main clause speaks of
    ("Fairview Care Network said it had bought the Ashby clinic. Its finance director, Carl Weston, told reporters the "
     "network needed more staff.",
     [('Carl Weston', 'person', 'finance director', None), ('Fairview Care Network', 'organization', None, None)]),
]

COMPANY_DIRECTOR = [
    # NEGATIVE (bare 'director' no longer read as the one company's: a film's or a play's too)
    ("Harrow Frames Pty Ltd pleaded guilty in Dunmore Magistrates Court on Monday to a safety offence over the death of "
     "a labourer. Defence lawyer Nadia Foss said the company was sorry and had since spent money on new rails. Ms Foss "
     "said director Piet Harrow had attended the funeral.",
     [('Harrow Frames Pty Ltd', 'organization', None, None), ('Nadia Foss', 'person', 'Defence lawyer', None),
      ('Piet Harrow', 'person', 'director', None)]),
    ("Dorrel Capital Ltd is backing the film. Director Anya Kell said filming begins in June.",
     [('Anya Kell', 'person', 'Director', None), ('Dorrel Capital Ltd', 'organization', None, None)]),
    ("Dorrel Capital Ltd opened a theatre in Ardwick. Director Anya Kell, whose new play opens there, welcomed it.",
     [('Anya Kell', 'person', 'Director', None), ('Dorrel Capital Ltd', 'organization', None, None)]),
    ("Harrow Frames Pty Ltd pleaded guilty on Monday. Ms Foss said film director Piet Harrow had attended the funeral.",
     [('Foss', 'person', None, None), ('Harrow Frames Pty Ltd', 'organization', None, None),
      ('Piet Harrow', 'person', 'film director', None)]),
]

BODY_BEFORE_THE_POST = [
    # a numbered body's whole name right before a post that runs a body
    ("United Papermakers Local 3120 president Tony Vale said the union had been given two days' notice.",
     [('Tony Vale', 'person', 'president', 'United Papermakers Local 3120'),
      ('United Papermakers Local 3120', 'organization', None, None)]),
    # NEGATIVE: a country's president is the country's (as before); a place's words naming no body
    ("France president Amel Durand said the talks would go on.",
     [('Amel Durand', 'person', 'president', 'France'), ('France', 'country', None, None)]),
    ("Kessa Valley president Amel Durand said the talks would go on.",
     [('Amel Durand', 'person', 'Kessa Valley president', None)]),
]

TAKEN_UP_AS_A_COMPANY = [
    # the subject goes on as 'the company': its chief executive is its
    ("Dunmore Steel will idle its rod mill next month, laying off 200 workers. The company confirmed the layoffs on "
     "Tuesday. \"We regret it,\" chief executive Paul Vance said in a statement.",
     [('Dunmore Steel', 'organization', None, None), ('Paul Vance', 'person', 'chief executive', 'Dunmore Steel')]),
    # NEGATIVE: taken up as a union; another body named beside the subject
    ("Dunmore Steel will idle its rod mill next month, laying off 200 workers. The union confirmed the layoffs on "
     "Tuesday. \"We regret it,\" chief executive Paul Vance said in a statement.",
     [('Dunmore Steel', 'organization', None, None), ('Paul Vance', 'person', 'chief executive', None)]),
    ("Dunmore Steel will idle its rod mill next month, the Harbour Union said. The company confirmed the layoffs on "
     "Tuesday. \"We regret it,\" chief executive Paul Vance said in a statement.",
     [('Dunmore Steel', 'organization', None, None), ('Harbour Union', 'organization', None, None),
      ('Paul Vance', 'person', 'chief executive', None)]),
]

KIND_WORD_OF_THE_SUBJECT_JUST_BEFORE = [
    # NEGATIVE (the rule that took up the subject just before was removed: a rival named anywhere leaves it open)
    ("The Harbour Front and the Kessa League traded blame on Monday. The vote is due in May. Harbour Front leaders "
     "rejected the claims. Party spokesperson Ian Lowe said the Kessa League was lying.",
     [('Harbour Front', 'organization', None, None), ('Ian Lowe', 'person', 'Party spokesperson', None),
      ('Kessa League', 'organization', None, None)]),
    # NEGATIVE: the other party named beside the subject or just before it, or right after the holder
    ("The Harbour Front and the Kessa League traded blame on Monday. Harbour Front leaders rejected the claims of the "
     "Kessa League. Party spokesperson Ian Lowe said the vote was fair.",
     [('Harbour Front', 'organization', None, None), ('Ian Lowe', 'person', 'Party spokesperson', None),
      ('Kessa League', 'organization', None, None)]),
    ("The Harbour Front and the Kessa League traded blame on Monday. Harbour Front leaders rejected the claims. Party "
     "spokesperson Ian Lowe said the vote was fair. The Kessa League disagreed.",
     [('Harbour Front', 'organization', None, None), ('Ian Lowe', 'person', 'Party spokesperson', None),
      ('Kessa League', 'organization', None, None)]),
    ("Orlen Pharmaceuticals, which is based in Kelby, has denied wrongdoing. In a statement, a company spokeswoman, "
     "Dana Pell, said the firm was reviewing its options.",
     [('Dana Pell', 'person', 'company spokeswoman', None),
      ('Orlen Pharmaceuticals', 'organization', None, None)]),
    ("Harwell Alloys Corp shut its Dunmore plant on Friday. The plant had made losses. Workers protested. Trident "
     "Metals Inc, a competitor, condemned the move. Company spokesman Ivo Brandt said the plant had no buyers.",
     [('Harwell Alloys Corp', 'organization', None, None), ('Ivo Brandt', 'person', 'Company spokesman', None),
      ('Trident Metals Inc', 'organization', None, None)]),
    ("The Kessa Liberal Party won the count. Its chairman thanked members. The count ended late. The Dorsk Green Party "
     "boycotted the result. Party spokeswoman Lina Voss called the boycott petty.",
     [('Dorsk Green Party', 'organization', None, None), ('Kessa Liberal Party', 'organization', None, None),
      ('Lina Voss', 'person', 'Party spokeswoman', None)]),
]

COUNTRY_INSIDE_THE_TITLE = [
    ("Assistant U.S. Attorney Dana Pell said the scheme ran for years.",
     [('Dana Pell', 'person', 'Assistant U.S. Attorney', 'United States'), ('United States', 'country', None, None)]),
    # NEGATIVE: a firm's region inside the title (no state office; a noun and a country's name that qualify a
    # word after them, 'Head', name no body serving a field there, session 34's review)
    ("Kenya's exports rose. Acme India Head Dana Pell said sales fell.",
     [('Dana Pell', 'person', 'Acme India Head', None), ('Kenya', 'country', None, None)]),
    # NEGATIVE: a paper's or a bank's desk, no state office
    ("Senior Canada Editor Rhea Solt said the paper would expand.",
     [('Canada', 'country', None, None), ('Rhea Solt', 'person', 'Senior Canada Editor', None)]),
    ("Senior Japan Analyst Rhea Solt said growth would slow.", [('Rhea Solt', 'person', 'Senior Japan Analyst', None)]),
]

PARTIES_JOINED = [
    ("Three of the suspended aldermen, Kofi Mensah and Yaw Boateng, belong to the Corran Democratic Party.",
     [('Corran Democratic Party', 'organization', None, None), ('Kofi Mensah', 'person', None, 'Corran Democratic Party'),
      ('Yaw Boateng', 'person', None, 'Corran Democratic Party')]),
    ("Efua Addo was elected on the platform of the Corran Democratic Party in 2019.",
     [('Corran Democratic Party', 'organization', None, None), ('Efua Addo', 'person', None, 'Corran Democratic Party')]),
    ("Councillor Jide Obiora, who belongs to the Harbour People's Party, said the vote was rigged.",
     [("Harbour People's Party", 'organization', None, None),
      ('Jide Obiora', 'person', 'Councillor', "Harbour People's Party")]),
    # NEGATIVE: no longer, in the past; a club is no party
    ("Councillor Jide Obiora, who no longer belongs to the Harbour People's Party, said the vote was rigged.",
     [("Harbour People's Party", 'organization', None, None), ('Jide Obiora', 'person', 'Councillor', None)]),
    ("Councillor Jide Obiora, who belonged to the Harbour People's Party until 2019, said the vote was rigged.",
     [("Harbour People's Party", 'organization', None, None), ('Jide Obiora', 'person', 'Councillor', None)]),
    ("Jide Obiora belongs to the Harbour Rowing Club, his brother said.",
     [('Harbour Rowing Club', 'organization', None, None), ('Jide Obiora', 'person', None, None)]),
    # NEGATIVE: a relative clause about someone else ('whose'); a party left; another party beside it
    ("Kwame Asante, whose sister belongs to the Corran Democratic Party, took the seat.",
     [('Corran Democratic Party', 'organization', None, None), ('Kwame Asante', 'person', None, None)]),
    ("Kwame Asante, whose opponent was elected on the platform of the Corran Democratic Party, gave up.",
     [('Corran Democratic Party', 'organization', None, None), ('Kwame Asante', 'person', None, None)]),
    ("Kwame Asante, whose ward belongs to the Corran Democratic Party, lost the ballot.",
     [('Corran Democratic Party', 'organization', None, None), ('Kwame Asante', 'person', None, None)]),
    ("Kwame Asante was elected on the platform of the Corran Democratic Party but crossed over in May to the Velmar "
     "Unity Party.",
     [('Corran Democratic Party', 'organization', None, None), ('Kwame Asante', 'person', None, None),
      ('Velmar Unity Party', 'organization', None, None)]),
    ("Two of the aldermen, Kofi Mensah and Yaw Boateng, belong to the Corran Democratic Party, while Efua Addo was "
     "elected on the ticket of the Velmar Unity Party.",
     [('Corran Democratic Party', 'organization', None, None), ('Efua Addo', 'person', None, None),
      ('Kofi Mensah', 'person', None, None), ('Velmar Unity Party', 'organization', None, None),
      ('Yaw Boateng', 'person', None, None)]),
]


@pytest.mark.parametrize("text, expected", SPOKEN_FOR + ITS_POST + COMPANY_DIRECTOR + BODY_BEFORE_THE_POST
                         + TAKEN_UP_AS_A_COMPANY + KIND_WORD_OF_THE_SUBJECT_JUST_BEFORE + COUNTRY_INSIDE_THE_TITLE
                         + PARTIES_JOINED)
def test_affiliations_the_structure_states(text, expected):
    assert actor_records(text) == expected
