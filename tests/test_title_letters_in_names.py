"""Where a person's name starts: letters of a title written before a full name are no part of
it (invented sentences, whole records)."""
from __future__ import annotations

import pytest

from conftest import actors_and_speakers, named_actor_records as records


TITLE_LETTERS_BEFORE_A_FULL_NAME = [
    ("DPP Lim Wei Chen said the charges would stand.", [("Lim Wei Chen", "person", None, None)]),
    ("MK Yael Barzani said the vote was a mistake.", [("Yael Barzani", "person", None, None)]),
    # (the article never writes 'Inspector-General of Police' out: the letters are cut, no role is made of them)
    ("IGP Musa Bello Danjuma said officers had been deployed.", [("Musa Bello Danjuma", "person", None, None)]),
    ("AG Karen Whitlow said the appeal would proceed.", [("Karen Whitlow", "person", None, None)]),
    ("CJ Grace Mutua Wanjiru said the court would sit on Monday.", [("Grace Mutua Wanjiru", "person", None, None)]),
    # NEGATIVE: two capitals before two names may be a person's initials
    ("Meanwhile, KT Rama Rao said the state would cope.", [("KT Rama Rao", "person", None, None)]),
    # NEGATIVE: a given name or a word in capitals is a name written in capitals (surname first)
    ("KIM Jong Un said the missile test was a success.", [("KIM Jong Un", "person", None, None)]),
    ("LEE Hsien Loong said the island would stay open.", [("LEE Hsien Loong", "person", None, None)]),
    ("MARY Ann Lowe said the shop would close.", [("MARY Ann Lowe", "person", None, None)]),
    # NEGATIVE: a body's letters before a body's name
    ("NASA Goddard Space Flight Center said the launch was delayed.",
     [("Goddard Space Flight Center", "organization", None, None), ("NASA", "organization", None, "United States"),
      ("United States", "country", None, None)]),
]


@pytest.mark.parametrize("text, expected", TITLE_LETTERS_BEFORE_A_FULL_NAME)
def test_title_letters_are_cut_from_a_full_name(text, expected):
    assert records(text) == expected

NAMES_AFTER_A_TITLES_OF_THE = [
    # 'TITLE of the BODY Given Surname': the body's capitalised common words are no words of the
    # holder's name, however the recogniser ran them together
    ("Leader of the Opposition Harjit Singh Toor said the plan would fail.",
     [("Harjit Singh Toor", "person", "Leader of the Opposition", None)]),
    ("President of the Senate Godswill Obot Akpabio said the bill would pass.",
     [("Godswill Obot Akpabio", "person", "President of the Senate", None)]),
    ("Commander of the Defence Force Angus Campbell said troops were ready.",
     [("Angus Campbell", "person", "Commander of the Defence Force", None)]),
    ("Speaker of the National Assembly Thandeka Mokoena said the sitting was adjourned.",
     [("Thandeka Mokoena", "person", "Speaker of the National Assembly", None)]),
    ("Secretary of the Rural Workers Union Sipho Dlamini said members would strike.",
     [("Rural Workers Union", "organization", None, None), ("Sipho Dlamini", "person", "Secretary", "Rural Workers Union")]),
    # NEGATIVE: no name after the body
    ("Chairman of the Federal Reserve Board said rates would hold.",
     [("Federal Reserve Board", "organization", None, None)]),
    ("Head of the Paris Commune Museum said it would close.", []),
]


@pytest.mark.parametrize("text, expected", NAMES_AFTER_A_TITLES_OF_THE)
def test_a_name_after_a_titles_body_starts_at_the_given_name(text, expected):
    assert records(text) == expected


PORTFOLIO_TITLES_WITH_FOR = [
    # 'the Minister/Commissioner/Secretary for FIELD, Given Surname,': the title, no body
    ("In a statement, the Commissioner for Finance, Bola Adeyemi-Bello, said the wage bill had risen.",
     [("Bola Adeyemi-Bello", "person", "Commissioner for Finance", None)]),
    ("The Minister for Housing, Aoife Brennan, said rents would fall.",
     [("Aoife Brennan", "person", "Minister for Housing", None)]),
    ("The Secretary for Education, Alice Wong, said schools would reopen.",
     [("Alice Wong", "person", "Secretary for Education", None)]),
    ("The Commissioner for Health, Ngozi Okafor, said clinics would open.",
     [("Ngozi Okafor", "person", "Commissioner for Health", None)]),
    ("The Minister for Works, Kunle Ade-Oyelaran, said roads were fixed.",
     [("Kunle Ade-Oyelaran", "person", "Minister for Works", None)]),
    # NEGATIVE: a body's name with 'for'
    ("The Commission for Human Rights said the law was unjust.",
     [("Commission for Human Rights", "organization", None, None)]),
    ("The Alliance for Progress said it would campaign.",
     [("Alliance for Progress", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", PORTFOLIO_TITLES_WITH_FOR)
def test_a_portfolio_title_with_for_is_no_body(text, expected):
    assert records(text) == expected


BODY_NAMES_CUT_BEFORE_THEIR_HEAD = [
    # '[Name Words] Head chief X': the recogniser ended the body's name one word early; the
    # capitalised common word its last word hangs on is the name's head
    ("The Red River Regional Transit said buses would run. Red River Regional Transit chief Tom Reed said fares would rise.",
     [("Red River Regional Transit", "organization", None, None), ("Tom Reed", "person", "chief", "Red River Regional Transit")]),
    ("Blue Harbour Regional Transit chief Ann Lowe said fares would rise.",
     [("Ann Lowe", "person", "chief", "Blue Harbour Regional Transit"), ("Blue Harbour Regional Transit", "organization", None, None)]),
    # NEGATIVE: a title after the body, a place, a product's name
    ("Kessa Council Chairman Ann Lowe said rates would rise.",
     [("Ann Lowe", "person", "Chairman", "Kessa Council"), ("Kessa Council", "organization", None, None)]),
    ("Toyota Camry sales fell, said Mark Dunne, an analyst.",
     [("Mark Dunne", "person", "analyst", None)]),
]


@pytest.mark.parametrize("text, expected", BODY_NAMES_CUT_BEFORE_THEIR_HEAD)
def test_a_bodys_name_runs_on_over_its_untagged_head(text, expected):
    assert records(text) == expected


MEMBER_LETTERS_BEFORE_A_NAME = [
    # 'PROVINCE PORTFOLIO MEC Given Surname': a member's letters before a name, however the
    # recogniser tagged the words (one body, or a body and the letters apart)
    ("Gauteng Community Safety MEC Sipho Ndlovu said patrols would rise.",
     [("Sipho Ndlovu", "person", "Gauteng Community Safety MEC", None)]),
    ("Labour MP Tom Reed said the bill was flawed.",
     [("Labour", "organization", None, None), ("Tom Reed", "person", "MP", "Labour")]),
    ("Cr Aroha Te Whata, who voted against the plan, said ratepayers could not pay.",
     [("Aroha Te Whata", "person", "Councillor", None)]),
    ("TD Fergal Byrne said the vote was lost.",
     [("Fergal Byrne", "person", "TD", None)]),
    # NEGATIVE: letters inside a body's name with no person after them
    ("The MP Holdings Group said profits rose.",
     [("MP Holdings Group", "organization", None, None)]),
    ("The Kessa MP Holdings said profits rose.",
     [("Kessa MP Holdings", "organization", None, None)]),
    # NEGATIVE: seat letters alone that name a company stay a body
    ("MEC said sales of tents fell by 10 per cent last year.", [("MEC", "organization", None, None)]),
    ("Outdoor retailer MEC said it would close two stores in Toronto.",
     [("MEC", "organization", "outdoor retailer", None)]),
]


@pytest.mark.parametrize("text, expected", MEMBER_LETTERS_BEFORE_A_NAME)
def test_member_letters_before_a_name_open_no_body(text, expected):
    assert records(text) == expected


TITLES_WRITTEN_AS_LETTERS = [
    # capital letters whose title the lexicon writes out (TITLE_LETTERS_BEFORE_A_NAME) before a full name:
    # the title is the role, the letters no word of the name, whether or not the recogniser found the name
    ("Each zone has an Assistant Commissioner of Police. ACP Halima Garba Bello told reporters that six rifles were recovered.",
     [("Halima Garba Bello", "person", "Assistant Commissioner of Police", None)]),
    ("Each district has a Superintendent of Police. SP Obinna Kalu Eze said the suspects were held on Monday.",
     [("Obinna Kalu Eze", "person", "Superintendent of Police", None)]),
    ("Each station has a Deputy Superintendent. Speaking in Kano, DSP Ibrahim Sani Lawal said the road had reopened.",
     [("Ibrahim Sani Lawal", "person", "Deputy Superintendent", None)]),
    ("The Commissioner of Police, CP Tunde Bakare Oyelaran, said 14 suspects were held.",
     [("Tunde Bakare Oyelaran", "person", "Commissioner of Police", None)]),
    ("Each area has a Deputy Commissioner of Police. DCP Adaeze Nwosu said patrols would double.",
     [("Adaeze Nwosu", "person", "Deputy Commissioner of Police", None)]),
    # a rank's letters yield to the post set off before them ('The command's PPRO, SP X')
    ("The Police Public Relations Officer (PPRO), SP Chidi Okonkwo Eze, said nine victims were freed.",
     [("Chidi Okonkwo Eze", "person", "Police Public Relations Officer", None)]),
    # NEGATIVE: other two capitals before two names may be initials; letters opening a firm's or a
    # party's name; letters before a surname alone
    ("PS Ravi Menon said the file had been sent.", [("PS Ravi Menon", "organization", None, None)]),
    ("Shares in CP Group rose after CP Foods said profits grew.",
     [("CP Foods", "organization", None, None), ("CP Group", "organization", None, None)]),
    ("The ACP party said it would field candidates.", [("ACP", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", TITLES_WRITTEN_AS_LETTERS)
def test_a_titles_letters_before_a_name_are_the_role(text, expected):
    assert records(text) == expected



HOLDERS_OF_TITLES_WRITTEN_AS_LETTERS = [
    # 'the CP', 'the DSP' where the article wrote the letters before a person's name: that title's one
    # holder, no body called so
    ("The Commissioner of Police, CP Tunde Bakare Oyelaran, said 14 suspects were held. The CP said the "
     "suspects would be charged.",
     [("Tunde Bakare Oyelaran", "person")],
     [("The Commissioner of Police", "Tunde Bakare Oyelaran"), ("The CP", "Tunde Bakare Oyelaran")]),
    ("Each station has a Deputy Superintendent. DSP Ibrahim Sani Lawal said the road had reopened. According to the DSP, "
     "no one was hurt.",
     [("Ibrahim Sani Lawal", "person")],
     [("DSP Ibrahim Sani Lawal", "Ibrahim Sani Lawal"), ("the DSP", "Ibrahim Sani Lawal")]),
    # NEGATIVE: no holder named; the holder of another title written with its letters
    ("The CP said the suspects would be charged.", [("CP", "organization")], [("The CP", "CP")]),
    ("Each zone has an Assistant Commissioner of Police. ACP Halima Garba Bello said six rifles were recovered. "
     "The CP said the suspects would be charged.",
     [("CP", "organization"), ("Halima Garba Bello", "person")],
     [("ACP Halima Garba Bello", "Halima Garba Bello"), ("The CP", "CP")]),
]


@pytest.mark.parametrize("text, actors, speakers", HOLDERS_OF_TITLES_WRITTEN_AS_LETTERS)
def test_the_letters_of_a_title_find_its_holder(text, actors, speakers):
    assert actors_and_speakers(text) == (actors, speakers)


THE_LETTERS_OF_A_TITLE_WRITTEN_OUT = [
    # 'the CP', 'the SP', 'the DPP' where the article writes out the title the letters stand for (in words,
    # or as a person's role): the title, a description of its one holder, no body
    ("Commissioner of Police Tom Reed said the roads were closed. In a statement, the CP said 14 suspects were held.",
     [("Tom Reed", "person")], [("Commissioner of Police Tom Reed", "Tom Reed"), ("the CP", "Tom Reed")]),
    ('Commissioner of Police Tom Reed said the roads were closed. "We are on top of it," the CP told reporters.',
     [("Tom Reed", "person")], [("Commissioner of Police Tom Reed", "Tom Reed"), ("the CP", "Tom Reed")]),
    ("Tom Reed, the Superintendent of Police in Kessa, said 12 guns were found. The SP told reporters the gang had fled.",
     [("Tom Reed", "person")], [("Tom Reed", "Tom Reed"), ("The SP", "Tom Reed")]),
    ("Director of Public Prosecutions Ann Lowe said the case was strong. The DPP said the trial would start in May.",
     [("Ann Lowe", "person")],
     [("Director of Public Prosecutions Ann Lowe", "Ann Lowe"), ("The DPP", "Ann Lowe")]),
    # the title written out with no holder named, or held by two: no body, and no one certain speaks
    ("The commissioner of police has ordered a curfew. The CP said the gang leaders had fled.", [], [("The CP", None)]),
    ("Commissioner of Police Tom Reed and Commissioner of Police Ann Lowe met on Monday. The CP said the talks went well.",
     [("Ann Lowe", "person"), ("Tom Reed", "person")], [("The CP", None)]),
    # NEGATIVE: the letters read as a body's: joined to a body by 'and', a 'for' phrase of their own, taken
    # up by 'it' or 'which', a party's verb and object, a noun of members 'of' them, the article's short form
    # of a body's name
    ("Commissioner of Police Tom Reed said the roads were closed. The CP and the Kessa Rifles Club said the range would shut.",
     [("CP", "organization"), ("Kessa Rifles Club", "organization"), ("Tom Reed", "person")],
     [("Commissioner of Police Tom Reed", "Tom Reed"), ("The CP", "CP"), ("the Kessa Rifles Club", "Kessa Rifles Club")]),
    ("Detective Chief Inspector Ann Lowe said the body was found. The DCI said it had opened an inquiry into the deaths.",
     [("Ann Lowe", "person"), ("DCI", "organization")],
     [("Detective Chief Inspector Ann Lowe", "Ann Lowe"), ("The DCI", "DCI")]),
    ("Director of Public Prosecutions Ann Lowe said the case was strong. The DPP, which has 300 lawyers, said it would appeal.",
     [("Ann Lowe", "person"), ("DPP", "organization")],
     [("Director of Public Prosecutions Ann Lowe", "Ann Lowe"), ("The DPP", "DPP")]),
    ("Superintendent of Police Ann Lowe said 9 arrests were made. The SP won 37 seats in the assembly.",
     [("Ann Lowe", "person"), ("SP", "organization")], [("Superintendent of Police Ann Lowe", "Ann Lowe")]),
    ("Commissioner of Police Tom Reed said the roads were closed. Members of the CP for Larch County met on Monday.",
     [("CP", "organization"), ("Tom Reed", "person")], [("Commissioner of Police Tom Reed", "Tom Reed")]),
    ("The Socialist Party (SP) said it would boycott the poll. Superintendent of Police Ann Lowe said 9 arrests were "
     "made. The SP said the count was rigged.",
     [("Ann Lowe", "person"), ("Socialist Party", "organization")],
     [("The Socialist Party", "Socialist Party"), ("Superintendent of Police Ann Lowe", "Ann Lowe"),
      ("The SP", "Socialist Party")]),
]


@pytest.mark.parametrize("text, actors, speakers", THE_LETTERS_OF_A_TITLE_WRITTEN_OUT)
def test_the_letters_of_a_title_written_out_are_its_holder(text, actors, speakers):
    assert actors_and_speakers(text) == (actors, speakers)


LETTERS_WITHOUT_EVIDENCE_OF_A_TITLE = [
    # NEGATIVE (review of 'ranks2'): letters before a name are a title only with evidence in the article
    # that they stand for it. Letters that qualify a post noun after them are a body's ('SP leader', 'SP MP',
    # 'SP chief'), also where the article writes some police title out
    ("SP leader Ravi Shankar Mehta said the alliance would hold.",
     [("Ravi Shankar Mehta", "person", "SP leader", None)]),
    ("SP MP Kavita Rao said the bill was unfair.",
     [("Kavita Rao", "person", "MP", "SP"), ("SP", "organization", None, None)]),
    ("SP chief Anil Kumar Rao said the party would contest every seat.",
     [("Anil Kumar Rao", "person", "SP chief", None)]),
    ("The SP said it would contest all 80 seats. SP leader Mohan Lal Pal called the poll a farce.",
     [("Mohan Lal Pal", "person", "leader", "SP"), ("SP", "organization", None, None)]),
    ("Superintendent of Police Ann Lowe said polling was calm. SP MP Kavita Rao said the bill was unfair.",
     [("Ann Lowe", "person", "Superintendent of Police", None), ("Kavita Rao", "person", "MP", "SP"),
      ("SP", "organization", None, None)]),
    # a role the article sets in apposition after the name is kept over the letters (they may be initials)
    ("SP Kanagaraj, a former minister, said the alliance would win.",
     [("Kanagaraj", "person", "former minister", None)]),
    ("CP Verma, the batsman, scored 84 runs.", [("CP Verma", "person", "batsman", None)]),
    ("Commissioner of Police Tom Reed said the roads were closed. CP Raghunathan, the governor, said the bill would "
     "be signed.",
     [("Raghunathan", "person", "governor", None), ("Tom Reed", "person", "Commissioner of Police", None)]),
    # the article never writes the title out: initials before one name or two
    ("SP Muthuraman sang at the event.", [("Muthuraman", "person", None, None)]),
    ("SP Ravi Kumaran sang three songs at the concert, the organisers said.",
     [("Ravi Kumaran", "person", None, None)]),
    # the article defines the letters as a body's short form, even where it writes the title out
    ("The Communist Party (CP) won four seats. CP Ann Lowe said the result was historic. The CP said it would "
     "join the coalition.",
     [("Ann Lowe", "person", None, None), ("Communist Party", "organization", None, None)]),
    ("The Communist Party (CP) won four seats. Commissioner of Police Tom Reed said the roads were closed. CP Ann "
     "Lowe said the result was historic.",
     [("Ann Lowe", "person", None, None), ("Communist Party", "organization", None, None),
      ("Tom Reed", "person", "Commissioner of Police", None)]),
]


@pytest.mark.parametrize("text, expected", LETTERS_WITHOUT_EVIDENCE_OF_A_TITLE)
def test_letters_without_evidence_of_a_title_make_no_role(text, expected):
    assert records(text) == expected


THE_LETTERS_READ_AS_A_BODY_SOMEWHERE = [
    # NEGATIVE (review of 'ranks2'): one use of the letters that reads as a body's ('for' phrase of their own,
    # a possessive of a thing) keeps them a body everywhere in the article; no holder takes them up
    ("DCI Grace Wanjiku led the raid. The DCI for Larch County said the suspects were armed.",
     [("DCI", "organization"), ("Grace Wanjiku", "person")], [("The DCI for Larch County", "DCI")]),
    ("Detective Chief Inspector Grace Wanjiku led the raid. The DCI for Larch County said the suspects were armed.",
     [("DCI", "organization"), ("Grace Wanjiku", "person")], [("The DCI for Larch County", "DCI")]),
    ("Superintendent of Police Arjun Menon said polling was peaceful in Kessa. The SP said the poll was rigged and "
     "demanded a recount. The SP's manifesto promised free laptops.",
     [("Arjun Menon", "person"), ("SP", "organization")],
     [("Superintendent of Police Arjun Menon", "Arjun Menon"), ("The SP", "SP"), ("The SP's manifesto", "SP")]),
    ("Superintendent of Police Arjun Menon said polling was peaceful in Kessa. The SP's manifesto promised free "
     "laptops.",
     [("Arjun Menon", "person"), ("SP", "organization")],
     [("Superintendent of Police Arjun Menon", "Arjun Menon"), ("The SP's manifesto", "SP")]),
]


@pytest.mark.parametrize("text, actors, speakers", THE_LETTERS_READ_AS_A_BODY_SOMEWHERE)
def test_the_letters_read_as_a_body_somewhere_stay_a_body(text, actors, speakers):
    assert actors_and_speakers(text) == (actors, speakers)
