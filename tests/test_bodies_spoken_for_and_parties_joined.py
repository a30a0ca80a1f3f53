"""Affiliations the structure of the sentence states: a bare 'for' phrase set off by commas after the
subject's name ('X, for the company, said') or a court side's participle ('X, prosecuting for the Y Trust,':
prosecutor) names the body the person speaks for; 'its' in a post takes up the subject of the sentence
before past a relative clause that describes that subject ('X, which runs the Y clinic, said … Its finance
director'), and the body whose local unit is the subject ('The state chapter of the Y Party, … its secretary'); a bare company post ('director X') goes to the one company the story is about; a party the
clause says the person belongs to or was elected on ('A and B belong to the Y Party', 'was elected on
the platform of the Z Party'); a numbered body's whole name before a post that runs it ('Y Local 3120
president X'); a country's name inside a title of title words ('Assistant U.S. Attorney X'); a kind word opening a post ('Party spokesperson X') taking up the body of the kind that
the sentence before makes its subject; a company's post where the story's subject goes on as 'the company'. Negatives: a 'for' phrase naming no body, or not set after the name;
'its' where the sentence before names another owner as its object; a post with a word of its own
('film director'); a membership no longer held or held in the past; a club that is no party.
Whole records; all sentences invented."""
from __future__ import annotations

import pytest

from conftest import actor_records


SPOKEN_FOR = [
    ("Owen Pritchard, prosecuting for the Canal Trust, said the leak ran for two days.",
     [('Canal Trust', 'organization', None, None), ('Owen Pritchard', 'person', 'prosecutor', 'Canal Trust')]),
    ("Marlow Crust Bakeries Ltd admitted one offence at Carlisle Crown Court on Monday. Nadia Foss, for the company, "
     "said the firm had since spent money on new drains.",
     [('Marlow Crust Bakeries Ltd', 'organization', None, None),
      ('Nadia Foss', 'person', None, 'Marlow Crust Bakeries Ltd')]),
    ("Lawyer Ines Tovar, for the Office of the Harbour Safety Regulator, told the court the firm had ignored warnings.",
     [('Ines Tovar', 'person', 'Lawyer', 'Office of the Harbour Safety Regulator'),
      ('Office of the Harbour Safety Regulator', 'organization', None, None)]),
    # NEGATIVE: a 'for' phrase naming no body; a body inside a longer aside; 'for' not after the name
    ("Nadia Foss, for her part, said the plan was fair.",
     [('Nadia Foss', 'person', None, None)]),
    ("Nadia Foss, for years a critic of the Canal Trust, said the plan was fair.",
     [('Canal Trust', 'organization', None, None), ('Nadia Foss', 'person', 'for years critic of the Canal Trust', None)]),
]

ITS_POST = [
    ("Fairview Care Network, which runs the Ashby clinic, said in a statement that the ward would close. Its finance "
     "director, Carl Weston, told reporters the network needed more staff.",
     [('Carl Weston', 'person', 'finance director', 'Fairview Care Network'),
      ('Fairview Care Network', 'organization', None, None)]),
    # a body's local unit as the subject: 'its' is the body's
    ("The state chapter of the Harbour People's Party, in a statement signed by its Publicity Secretary, Mr. Jide "
     "Obiora, condemned the suspension.",
     [("Harbour People's Party", 'organization', None, None),
      ('Jide Obiora', 'person', 'Publicity Secretary', "Harbour People's Party")]),
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
    ("Harrow Frames Pty Ltd pleaded guilty in Dunmore Magistrates Court on Monday to a safety offence over the death of "
     "a labourer. Defence lawyer Nadia Foss said the company was sorry and had since spent money on new rails. Ms Foss "
     "said director Piet Harrow had attended the funeral.",
     [('Harrow Frames Pty Ltd', 'organization', None, None), ('Nadia Foss', 'person', 'Defence lawyer', None),
      ('Piet Harrow', 'person', 'director', 'Harrow Frames Pty Ltd')]),
    # NEGATIVE: a director of another trade
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
    # of two parties, the one the sentence before makes its subject ('Harbour Front leaders')
    ("The Harbour Front and the Kessa Party traded blame on Monday. The vote is due in May. Harbour Front leaders "
     "rejected the claims. Party "
     "spokesperson Ian Lowe said the vote was fair.",
     [('Harbour Front', 'organization', None, None), ('Ian Lowe', 'person', 'Party spokesperson', 'Harbour Front'),
      ('Kessa Party', 'organization', None, None)]),
    ("The Harbour Front and the Kessa League traded blame on Monday. The vote is due in May. Harbour Front leaders "
     "rejected the claims. Party spokesperson Ian Lowe said the Kessa League was lying.",
     [('Harbour Front', 'organization', None, None), ('Ian Lowe', 'person', 'Party spokesperson', 'Harbour Front'),
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
     [('Dana Pell', 'person', 'company spokeswoman', 'Orlen Pharmaceuticals'),
      ('Orlen Pharmaceuticals', 'organization', None, None)]),
]

COUNTRY_INSIDE_THE_TITLE = [
    ("Assistant U.S. Attorney Dana Pell said the scheme ran for years.",
     [('Dana Pell', 'person', 'Assistant U.S. Attorney', 'United States'), ('United States', 'country', None, None)]),
    # NEGATIVE: a firm's region inside the title
    ("Kenya's exports rose. Acme India Head Dana Pell said sales fell.",
     [('Dana Pell', 'person', 'Acme India Head', None), ('Kenya', 'country', None, None)]),
]

PARTIES_JOINED = [
    ("Two of the detained councillors, Jide Obiora and Musa Tanko, belong to the Harbour People's Party, while "
     "Tunde Adeyemi was elected on the platform of the Kessan Labour Party.",
     [("Harbour People's Party", 'organization', None, None), ('Jide Obiora', 'person', None, "Harbour People's Party"),
      ('Kessan Labour Party', 'organization', None, None), ('Musa Tanko', 'person', None, "Harbour People's Party")]),
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
]


@pytest.mark.parametrize("text, expected", SPOKEN_FOR + ITS_POST + COMPANY_DIRECTOR + BODY_BEFORE_THE_POST
                         + TAKEN_UP_AS_A_COMPANY + KIND_WORD_OF_THE_SUBJECT_JUST_BEFORE + COUNTRY_INSIDE_THE_TITLE
                         + PARTIES_JOINED)
def test_affiliations_the_structure_states(text, expected):
    assert actor_records(text) == expected
