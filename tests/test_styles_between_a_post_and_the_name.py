"""A style, honour or profession title written between a fronted post and the name ('Managing director,
Engineer X,', 'Counsel to the lenders, Barrister X,') neither ends the post nor replaces it: a profession
written out as a style (PROFESSION_STYLES) yields, as a rank does, only to a post held now set off beside the
name (roles._a_profession_style_alone), never to a former post, a description or a membership. A style's dot the parser read as punctuation ('"...," Hon. X said') is a word
of the name's phrase (parse.styles_hung_on_their_names), so the quotation's clause ends at its mark, also
before one surname where the style stands in a speaker's place ('"...," Hon. Tau said': parse._a_name_opens_at
keeps the style's dot and the sentence; not 'holds a B. Arch. Tau said'). A
capitalised ordinal before a title word is the title's ('Second Deputy Speaker X': titles._title_words).
Tables of invented sentences, whole records."""
from __future__ import annotations

import pytest

from conftest import named_actor_records as records, positions_of
from generator.extract.parse import parse_text

P = "person"

PROFESSION_STYLE_BESIDE_A_POST = [
    # a post held now, set off beside the name: fronted bare, fronted with a body's possessive, or after the name
    ("Managing director of the mill, Engineer Kelechi Amadi, said output would double.",
     [("Kelechi Amadi", P, "Managing director of the mill", None)]),
    ("Counsel to the lenders, Barrister Ifeoma Duru, said the loan was void.",
     [("Ifeoma Duru", P, "Counsel", None)]),
    ("Solicitor to the estate, Barrister Ifeoma Duru, said the will was valid.",
     [("Ifeoma Duru", P, "Solicitor", None)]),
    ("The authority's chief executive, Engineer Musa Danjuma, said the turbines had stopped.",
     [("Musa Danjuma", P, "chief executive", None)]),
    ("Architect Femi Akande, president of the Ondo Design Institute, said the plan was sound.",
     [("Ondo Design Institute", "organization", None, None), ("Femi Akande", P, "president", "Ondo Design Institute")]),
    # NEGATIVE: the style alone, or beside no post (an age, a relative clause): the style stays
    ("Barrister Ifeoma Duru said the loan was void.", [("Ifeoma Duru", P, "Barrister", None)]),
    ("Barrister Ifeoma Duru, 52, said the loan was void.", [("Ifeoma Duru", P, "Barrister", None)]),
    ("Barrister Ifeoma Duru, who acts for the lenders, said the loan was void.",
     [("Ifeoma Duru", P, "Barrister", None)]),
    # NEGATIVE: a post held no more, a past status, a description, a membership, a kin noun: the style stays
    ("Engineer Yaw Mensima, a former head of the dam authority, said the valves were rusted.",
     [("Yaw Mensima", P, "Engineer", None)]),
    ("Engineer Musa Danjuma, a retired civil servant, said the valves were rusted.",
     [("Musa Danjuma", P, "Engineer", None)]),
    ("Barrister Ifeoma Duru, a campaigner for prisoners' rights, said the warders lied.",
     [("Ifeoma Duru", P, "Barrister", None)]),
    ("Engineer Musa Danjuma, a member of the governing party, said the bridge was poor.",
     [("Musa Danjuma", P, "Engineer", None)]),
    ("Former managing director of the mill, Engineer Kelechi Amadi, said output would double.",
     [("Kelechi Amadi", P, "Engineer", None)]),
    ("Member of the governing party, Engineer Kelechi Amadi, said output would double.",
     [("Kelechi Amadi", P, "Engineer", None)]),
    ("A past works manager at the water board, Engineer Sola Ajayi, testified that he was away.",
     [("Sola Ajayi", P, "Engineer", None)]),
    ("The patient's husband, Engineer Tobi Adeleke, said the ward was dirty.",
     [("Tobi Adeleke", P, "Engineer", None)]),
    ("Father of three, Engineer Musa Lami, said the road was unsafe.",      # (merged-code review 47)
     [("Musa Lami", P, "Engineer", None)]),
    ("Mother of the groom, Barrister Ngozi Eze, said the feast was paid for.",
     [("Ngozi Eze", P, "Barrister", None)]),
    # NEGATIVE: the profession inside a longer title is that title's word
    ("Chief Engineer Ama Tetteh said the dam was safe.", [("Ama Tetteh", P, "Chief Engineer", None)]),
]


@pytest.mark.parametrize("text,expected", PROFESSION_STYLE_BESIDE_A_POST)
def test_a_profession_style_yields_to_the_post(text, expected):
    assert records(text) == sorted(expected)


STYLE_AFTER_A_QUOTATION = [
    ('"We will not yield," Hon. Ama Mensah said.',
     [("Hon. Ama Mensah", "Ama Mensah", "said", "We will not yield", True)]),
    ('"We will not yield," Hon. Ama Mensah told the assembly.',
     [("Hon. Ama Mensah", "Ama Mensah", "told", "We will not yield", True)]),
    ('"We will not yield," Engr. Ama Mensah said.',
     [("Engr. Ama Mensah", "Ama Mensah", "said", "We will not yield", True)]),
    ('"The road is finished," Barr. Ama Mensah told the court.',
     [("Barr. Ama Mensah", "Ama Mensah", "told", "The road is finished", True)]),
    # a style that is also a surname, before one surname the sentence goes on from (parse._a_name_opens_at)
    # where the style stands in a speaker's place: after the quotation's closing mark, a comma, or opening a sentence
    ('"The levy will be scrapped this week," Hon. Tembeko said.',
     [("Hon. Tembeko", "Tembeko", "said", "The levy will be scrapped this week", True)]),
    ('"The fight goes on," Hon. Ossavi told the crowd.', [("Hon. Ossavi", "Ossavi", "told", "The fight goes on", True)]),
    ('"The pumps are fixed," Engr. Ombati said.', [("Engr. Ombati", "Ombati", "said", "The pumps are fixed", True)]),
    ("After the walkout, Hon. Ossavi described the ruling as unfair.",
     [("Hon. Ossavi", "Ossavi", "described", "the ruling as unfair", False)]),
    ("The vote failed in June. Hon. Ossavi said the party would appeal.",
     [("Hon. Ossavi", "Ossavi", "said", "the party would appeal", False)]),
    # NEGATIVE: no style, or a style the parser already read with the name: unchanged
    ('"We will not yield," Mensah said.', [("Mensah", "Mensah", "said", "We will not yield", True)]),
    ('"We will not yield," Dr. Ama Mensah said.',
     [("Dr. Ama Mensah", "Ama Mensah", "said", "We will not yield", True)]),
    ("Hon. Ama Mensah said the road was finished.",
     [("Hon. Ama Mensah", "Ama Mensah", "said", "the road was finished", False)]),
    # NEGATIVE: a style after an initial, '&' or another style ends its sentence: the surname speaks alone
    ("He holds a B. Arch. Ossavi said 12 of the 40 buildings were unsafe.",
     [("Ossavi", "Ossavi", "said", "12 of the 40 buildings were unsafe", False)]),
    ("The design contract went to Vell & Assoc. Ombati said the bid was the lowest.",
     [("Ombati", "Ombati", "said", "the bid was the lowest", False)]),
    ("She was promoted to Det. Supt. Quarrie said she had earned it.",
     [("Quarrie", "Quarrie", "said", "she had earned it", False)]),
]


# NEGATIVE: a style that is also a surname after a lower-case word ends its sentence ('went to Eng.'), and a
# one-word name is no name where an ordinary word follows the style
STYLE_ENDING_A_SENTENCE = [
    ("The money went to Eng. Paris said the report was wrong.", ["The money went to Eng.", "Paris said the report was wrong."]),
    ("He worked at the Marble Arch. Tau said so.", ["He worked at the Marble Arch.", "Tau said so."]),
    # NEGATIVE: a style after an initial, '&' or another style ends its sentence before one surname
    ("He holds a B. Arch. Ossavi said 12 of the 40 buildings were unsafe.",
     ["He holds a B. Arch.", "Ossavi said 12 of the 40 buildings were unsafe."]),
    ("The design contract went to Vell & Assoc. Ombati said the bid was the lowest.",
     ["The design contract went to Vell & Assoc.", "Ombati said the bid was the lowest."]),
    ("She was promoted to Det. Supt. Quarrie said she had earned it.",
     ["She was promoted to Det. Supt.", "Quarrie said she had earned it."]),
]


@pytest.mark.parametrize("text,expected", STYLE_ENDING_A_SENTENCE)
def test_a_style_after_a_lower_case_word_ends_its_sentence(text, expected):
    assert [s.text for d in parse_text(text).docs for s in d.sents] == expected


@pytest.mark.parametrize("text,expected", STYLE_AFTER_A_QUOTATION)
def test_a_style_after_a_quotation_opens_the_speakers_name(text, expected):
    assert positions_of(text) == expected


ORDINAL_OF_A_TITLE = [
    ("Second Deputy Speaker Ama Mensah said the house would sit.", [("Ama Mensah", P, "Second Deputy Speaker", None)]),
    ("Second Deputy Speaker Hon. Ama Mensah said the house would sit.",
     [("Ama Mensah", P, "Second Deputy Speaker", None)]),
    ("Third Vice-President Ama Mensah said the house would sit.", [("Ama Mensah", P, "Third Vice-President", None)]),
    ("First Deputy Speaker Ama Mensah said the house would sit.", [("Ama Mensah", P, "First Deputy Speaker", None)]),
    # NEGATIVE: an ordinal of a time, set off, or of a place's name
    ("For the second time, Deputy Speaker Ama Mensah said the house would sit.",
     [("Ama Mensah", P, "Deputy Speaker", None)]),
    ("Second, Deputy Speaker Ama Mensah said the house would sit.", [("Ama Mensah", P, "Deputy Speaker", None)]),
    ("On the second day Speaker Ama Mensah said the house would sit.", [("Ama Mensah", P, "Speaker", None)]),
    ("In Second Street, Deputy Speaker Ama Mensah said the house would sit.",
     [("Ama Mensah", P, "Deputy Speaker", None)]),
]


@pytest.mark.parametrize("text,expected", ORDINAL_OF_A_TITLE)
def test_a_capitalised_ordinal_is_a_word_of_the_title(text, expected):
    assert records(text) == sorted(expected)
