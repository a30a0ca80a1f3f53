"""Roles read from the structure around a name (issue 12 point 4) where a style of address, a
judge's style, seat letters or a plural stand in the way: 'Minister of State for X Eng. Y', 'The
Speaker, Rt. Hon. Y,', 'Commission chairperson Justice Y', 'Y MS said', 'Mr Speaker, honourable
colleagues, …'. Every sentence here is written for the tests; rows with a role of None are the
negatives (nothing may be read)."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.resolve import resolve


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    actors = resolve([extract(text, "art-0")], dates={"art-0": None}).actors
    names = {a.id: a.name for a in actors}
    return sorted((a.name, a.role, names.get(a.affiliation)) for a in actors if a.type == "person")


# a style of address ('Hon.', 'Rt. Hon.', 'Eng.') between the post and the name: the post is the role
ADDRESS_STYLES = [
    ("Minister of State for Water Affairs Eng. Omar Al-Haddad said the authority would build more homes.",
     [("Omar Al-Haddad", "Minister of State for Water Affairs", None)]),
    ("The motion was carried after the Deputy Speaker, Rt. Hon. Kemi Adeyinka, called a second vote.",
     [("Kemi Adeyinka", "Deputy Speaker", None)]),
    ("The road was a scandal, the member for Ikot West, Hon. Effiong Udo, told the House.",
     [("Effiong Udo", "member for Ikot West", None)]),   # the seat after "for" is no body (session 48)
    ("The bill was tabled by the chairman of the roads committee, Hon. Adaeze Nwoye, who told members "
     "that work had stalled.",
     [("Adaeze Nwoye", "chairman", None)]),
    # unchanged: no style between, the apposition the parser makes
    ("The Speaker, Obinna Eze, said the House would sit on Monday.", [("Obinna Eze", "Speaker", None)]),
    # NEGATIVE: a style alone is no role
    ("Hon. Bala Yusuf told the chamber the contract was never published.", [("Bala Yusuf", None, None)]),
    # NEGATIVE: a clause the parse runs into the post's phrase ('Speaking on the motion, the lawmaker …')
    ("Speaking on the motion, the lawmaker representing Kaura North, Hon. Bala Yusuf, urged the ministry "
     "to publish the contract.", [("Bala Yusuf", None, None)]),
]


@pytest.mark.parametrize("text,expected", ADDRESS_STYLES)
def test_a_style_of_address_between_post_and_name_is_skipped(text, expected):
    assert people(text) == expected


# a judge's style written after another office: the office is the role; the judge's own office stays whole
JUDGES_STYLES = [
    ("Commission chairperson Justice Ruth Banda said the inquiry would report in March.",
     [("Ruth Banda", "Commission chairperson", None)]),
    ("Inquiry chair Justice Ruth Banda said hearings would resume in March.",
     [("Ruth Banda", "Inquiry chair", None)]),
    # NEGATIVE: 'Justice' is the office itself
    ("Chief Justice Ruth Banda said the court would sit in March.", [("Ruth Banda", "Chief Justice", None)]),
    ("Associate Justice Tom Okafor said the ruling stood.", [("Tom Okafor", "Associate Justice", None)]),
    ("Justice Ruth Banda said the inquiry would report in March.", [("Ruth Banda", "Justice", None)]),
]


@pytest.mark.parametrize("text,expected", JUDGES_STYLES)
def test_a_judges_style_after_an_office_is_no_part_of_the_role(text, expected):
    assert people(text) == expected


# a councillor's abbreviated style written after a post: the post is the role
COUNCILLORS_STYLES = [
    ("Council leader Cllr Graham Ashby said the authority faced a gap next year.",
     [("Graham Ashby", "Council leader", None)]),
    ("Cabinet member for housing Cllr Dana Fell said most of the money was already earmarked.",
     [("Dana Fell", "Cabinet member for housing", None)]),
    ("Deputy mayor Cr Lena Moss said the levy would rise.", [("Lena Moss", "Deputy mayor", None)]),
    # NEGATIVE: no office before the style: the words stay the role; a style alone is the councillor's
    ("Harwick Town Cllr Lena Moss said the levy would rise.", [("Lena Moss", "Harwick Town Councillor", None)]),
    ("Cllr Lena Moss said the levy would rise.", [("Lena Moss", "Councillor", None)]),
]


@pytest.mark.parametrize("text,expected", COUNCILLORS_STYLES)
def test_a_councillors_style_after_a_post_is_no_part_of_the_role(text, expected):
    assert people(text) == expected


# seat letters written after the name, with no comma: the member's role
SEAT_LETTERS = [
    ("Plaid Cymru's Elin Rhys-Morgan MS said the scheme could not work without more money.",
     [("Elin Rhys-Morgan", "MS", None)]),
    ("Labour's Tom Reedy MSP said the problem could not be fixed.", [("Tom Reedy", "MSP", "Labour")]),
    # a function the text states outranks the letters
    ("Tom Ward MP, the committee's chairman, said it would act.", [("Tom Ward", "chairman", None)]),
    ("Declan Moran SC said the case was weak.", [("Declan Moran", "SC", None)]),
    # NEGATIVE: letters that open or qualify a phrase of their own after the name are no seat
    ("Kieran Doyle TD motion was defeated in the chamber.", [("Kieran Doyle", None, None)]),
    ("The singer said Marta Lind MS treatment had worked.", [("Marta Lind", None, None)]),
    ("Cerys Powell MS nurse at the hospital said beds were short.", [("Cerys Powell", None, None)]),
    ("Ward sister Cerys Powell MS lead for the region said beds were short.", [("Cerys Powell", None, None)]),
    ("Barrister Ravi Menon SC appeal was dismissed on Friday.", [("Ravi Menon", None, None)]),
    # NEGATIVE: capitals before the name are a headline's 'Ms'; the illness is no seat
    ("MS Ann Lowe said the case was weak.", [("Ann Lowe", None, None)]),
    ("The clinic treats patients with MS, Ann Lowe said.", [("Ann Lowe", None, None)]),
]


@pytest.mark.parametrize("text,expected", SEAT_LETTERS)
def test_seat_letters_after_the_name_are_the_role(text, expected):
    assert people(text) == expected


# a plural beside one name: whom else the speaker addresses, not what the one named is
PLURALS_BESIDE_ONE_NAME = [
    ('"Mr Speaker, honourable colleagues, the road is not finished," Tom Eze said.',
     [("Tom Eze", None, None)]),
    # a plural field read as an apposition before its noun: the whole phrase is the role
    ("Dr. Mira Kowal, an infectious diseases specialist at Lakeview Hospital, said measles spread fast.",
     [("Mira Kowal", "infectious diseases specialist", "Lakeview Hospital")]),
    # unchanged: a singular apposition; a plural before a list
    ("Ann Lowe, a retired teacher, said the school was closing.", [("Ann Lowe", "retired teacher", None)]),
    ("The guests, Ann Lowe, Tom Reed and Kim Park, arrived late.",
     [("Ann Lowe", "guest", None), ("Tom Reed", "guest", None)]),
]


@pytest.mark.parametrize("text,expected", PLURALS_BESIDE_ONE_NAME)
def test_a_plural_beside_one_name_is_no_role(text, expected):
    assert people(text) == expected


# a lower-case agent noun the parse hangs on the name as a compound: a function no list knows
UNLISTED_FUNCTIONS = [
    ("Asked about the strike, district organiser Nell Brandt told reporters the union would ballot again.",
     [("Nell Brandt", "district organiser", None)]),
    ("Three goats died this week, said cattle herder Omar Dalil, who keeps a farm near the river.",
     [("Omar Dalil", "cattle herder", None)]),
    ("Ferry pilot Sam Hale said the sea was rough.", [("Sam Hale", "Ferry pilot", None)]),
    # NEGATIVE: a stage of life; a noun the name does not hang on; half of a hyphened word
    ("Toddler Amy Reed was unhurt, police said.", [("Amy Reed", None, None)]),
    ("The letter Ann Lowe wrote was read out in court.", [("Ann Lowe", None, None)]),
    ("Democratic front-runner Mia Cole said the race was close.", [("Mia Cole", None, None)]),
]


@pytest.mark.parametrize("text,expected", UNLISTED_FUNCTIONS)
def test_an_agent_noun_before_the_name_is_a_function(text, expected):
    assert people(text) == expected


# an academic title written as an honorific: the role only where the text states no other
ACADEMIC_TITLES = [
    ("Professor Winnie Tsang Mei-ling said the water was warm.", [("Winnie Tsang Mei-ling", "Professor", None)]),
    ("Prof Tom Reed of Lakeview University said the report was late.",
     [("Tom Reed", "Professor", "Lakeview University")]),
    # NEGATIVE: a stated office outranks it; 'Dr' is no post
    ("Professor Ann Lowe, the vice-chancellor, said the cuts were painful.", [("Ann Lowe", "vice-chancellor", None)]),
    ("Dr Ann Lowe said the clinic was full.", [("Ann Lowe", None, None)]),
    # NEGATIVE: a post written before the abbreviated title in the same phrase is no 'Professor'
    ("Head of Surgery Prof. Ama Owusu said the unit would grow.", [("Ama Owusu", "Head of Surgery", None)]),
]


@pytest.mark.parametrize("text,expected", ACADEMIC_TITLES)
def test_an_academic_title_is_the_role_of_last_resort(text, expected):
    assert people(text) == expected


# a given name's two syllables joined by a hyphen, the second in lower case: one name, whose apposition
# before it is its role
HYPHENED_GIVEN_NAMES = [
    ("The dispute has drawn attention to the group's chairman, Yoon Sang-cheol, who has not commented on the strike.",
     [("Yoon Sang-cheol", "chairman", None)]),
    ("The farmers' spokeswoman, Lam Mei-ling, said sales had halved.", [("Lam Mei-ling", "spokeswoman", None)]),
]


@pytest.mark.parametrize("text,expected", HYPHENED_GIVEN_NAMES)
def test_a_hyphened_given_name_keeps_its_apposition(text, expected):
    assert people(text) == expected


# the same with a word the lists lack; a capitalised word opening the sentence is never read so (an
# adjective looks the same there), nor a part played in an event
MORE_UNLISTED_FUNCTIONS = [
    ("A panel found that midfielder Kofi Ansah-Bright, who joined the side on loan in August, had not been registered.",
     [("Kofi Ansah-Bright", "midfielder", None)]),
    # NEGATIVE: an adjective or a noun capitalised because it opens the sentence
    ("Sober Nils Ekberg said the club had let him down.", [("Nils Ekberg", None, None)]),
    ("Clever Rosa Lind said nothing more.", [("Rosa Lind", None, None)]),
    ("Bystander Nia Hart said she heard two shots.", [("Nia Hart", None, None)]),
    # NEGATIVE: a part played in an event, or a doer an event or a court made
    ("Police said pedestrian Lin Baptiste was hurt in the crash.", [("Lin Baptiste", None, None)]),
    ("Witnesses said dog walker Irma Keel found the bag.", [("Irma Keel", None, None)]),
    ("The court heard that convicted fraudster Dale Ames had fled.", [("Dale Ames", None, None)]),
    ("Magistrates banned drink driver Colm Reilly for two years.", [("Colm Reilly", None, None)]),
    # NEGATIVE: a state lived through is no function
    ("Former smoker Ann Roe said the ban worked.", [("Ann Roe", None, None)]),
]


@pytest.mark.parametrize("text,expected", MORE_UNLISTED_FUNCTIONS)
def test_an_unlisted_agent_noun_before_the_name_is_a_function(text, expected):
    assert people(text) == expected


# an academic rank abbreviated before 'Prof': written out, the whole post is the role
ACADEMIC_RANKS = [
    ("Assoc Prof Mira Kasem, who led the survey team, said the water was warm.",
     [("Mira Kasem", "Associate Professor", None)]),
    ("Asst Prof Dana Ruiz said the data were clear.", [("Dana Ruiz", "Assistant Professor", None)]),
    ("Associate Professor Lan Hoang said the fine was small.", [("Lan Hoang", "Associate Professor", None)]),
]


@pytest.mark.parametrize("text,expected", ACADEMIC_RANKS)
def test_an_abbreviated_academic_rank_is_written_out(text, expected):
    assert people(text) == expected
