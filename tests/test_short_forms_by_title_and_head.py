"""Short forms joined to the one fuller name of the article (session 40, `actor_names._assign_keys`):
a person's name that opens on a shortened title ('Det Insp Halloway', 'Eng Varga', 'DC Mehra') and ends
on the surname of one person the article names in full is that person, whatever the recogniser typed
it as: each opening word is a word of the title written right before the fuller name, a listed short form
of that very title (SHORTENED_TITLES: 'DC', 'SP') or a listed abbreviated title or rank; opening letters
alone ('Arch', 'Com') or initials no list gives ('CJ') join no one, and a short form with a description
of its own ('his daughter, DC Mehra', 'Retired judge DC Mehra') or a pronoun of the other sex is another
person. A body's last word written after 'the' and read as a person ('according to the Samaj') is the
one body it ends, no person's name takes an article, unless it ends two capitalised names of the article;
a body's opening words before the body's own head noun ('the Halvern Ridge board') name that body,
never a parent of it, unless the noun has a modifier of its own ('the Marden planning commission'). A
name that ends on a numeral with a decimal point, or whose numeral has a scale word after it, is an
amount ('Tk 7.2 crore'), no actor; a version's numeral in a body's name or a generation's ordinal
after a person's is none. A name headed by a settlement's noun before 'of' ('City of Kessa') names a
place, and its government where it acts or is a source, never a person. Names and sentences are
invented for the tests; each row is the text's every actor as (name, type, role, affiliation). Rows
marked NEGATIVE must keep the names apart."""
from __future__ import annotations

import pytest

from conftest import actor_records

P = "person"
O = "organization"

SHORT_FORMS = [
    # a listed abbreviation of each word of the title written before the fuller name
    ("Detective Inspector Ann Halloway said the van was found. Det Insp Halloway added that two men were arrested.",
     [("Ann Halloway", P, "Detective Inspector", None)]),
    ("Engineer Tomas Varga, the county's roads chief, said the bridge was unsafe. Eng Varga said repairs would take a year.",
     [("Tomas Varga", P, "Engineer", None)]),
    ("Commissioner Ruth Nkosi said the tender was cancelled. Comm Nkosi said a new one would follow.",
     [("Ruth Nkosi", P, "Commissioner", None)]),
    ("Detective Sergeant Amos Oduya said the car was stolen. Later, Det Sgt Oduya said two suspects were held.",
     [("Amos Oduya", P, "Detective Sergeant", None)]),
    # the title written out again before the surname alone, the recogniser reading a body
    ("Counsel Beatrice Kaunjika told the court the charge was void. Counsel Kaunjika said her client would appeal.",
     [("Beatrice Kaunjika", P, "Counsel", None)]),
    # a listed short form of the very title written before the fuller name, read as a body's name
    ("Superintendent of Police Farida Okonkwo-Bell said the road was closed. SP Okonkwo-Bell added that no one was hurt.",
     [("Farida Okonkwo-Bell", P, "Superintendent of Police", None)]),
    ("Inspector General Musa Adeyemi said the force would investigate. IG Adeyemi said officers would be disciplined.",
     [("Musa Adeyemi", P, "Inspector General", None)]),
    ("Deputy Commissioner Arjun Mehra ordered the closure. DC Mehra said schools would reopen on Monday.",
     [("Arjun Mehra", P, "Deputy Commissioner", None)]),
    # NEGATIVE: a given name before the surname is another person of the family
    ("Detective Inspector Ann Halloway said the van was found. Mark Halloway said he was relieved.",
     [("Ann Halloway", P, "Detective Inspector", None), ("Mark Halloway", P, None, None)]),
    ("Detective Inspector Ann Halloway said the van was found. Dean Halloway said he was relieved.",
     [("Ann Halloway", P, "Detective Inspector", None), ("Dean Halloway", P, None, None)]),
    # NEGATIVE: a given name that opens the title's word ('Di' of 'Director') shortens nothing
    ("Director Ann Halloway said the van was found. Di Halloway said she was relieved.",
     [("Ann Halloway", P, "Director", None), ("Di Halloway", P, None, None)]),
    # NEGATIVE: the opening word shortens no title written before the fuller name
    ("Mayor Tomas Varga said the bridge was unsafe. Eng Varga said repairs would take a year.",
     [("Eng Varga", P, None, None), ("Tomas Varga", P, "Mayor", None)]),
    # NEGATIVE: two people of that surname with that title: no one of them
    ("Engineer Tomas Varga said the bridge was unsafe. Engineer Peter Varga said the bridge was fine. "
     "Eng Varga said repairs would take a year.",
     [("Eng Varga", P, None, None), ("Peter Varga", P, "Engineer", None), ("Tomas Varga", P, "Engineer", None)]),
    # NEGATIVE: an abbreviated rank written out to another title than the fuller name's
    ("Detective Inspector Ann Reed said the van was found. Det Sgt Reed said two men were held.",
     [("Ann Reed", P, "Detective Inspector", None), ("Det Sgt Reed", P, None, None)]),
    # NEGATIVE: a firm named after the surname is no short form of the person
    ("The Varga Group said it would build the bridge. Engineer Tomas Varga said the bridge was unsafe.",
     [("Tomas Varga", P, "Engineer", None), ("Varga Group", O, None, None)]),
    # NEGATIVE: the short form has a description of its own (a title, a relative clause, an apposition, a
    # kinship) or a pronoun of the other sex: another person of that surname
    ("Deputy Commissioner Arjun Mehra ordered the closure. Retired judge DC Mehra, who chaired the inquiry, said "
     "the order was lawful.",
     [("Arjun Mehra", P, "Deputy Commissioner", None), ("DC Mehra", P, "Retired judge", None)]),
    ("Deputy Commissioner Arjun Mehra ordered the closure. His daughter, DC Mehra of the Metropolitan Police, said "
     "she was proud.",
     [("Arjun Mehra", P, "Deputy Commissioner", None), ("DC Mehra", P, None, "Metropolitan Police"),
      ("Metropolitan Police", O, None, None)]),
    ("Deputy Commissioner Arjun Mehra ordered the closure. DC Mehra said she had opposed it.",
     [("Arjun Mehra", P, "Deputy Commissioner", None), ("DC Mehra", P, None, None)]),
    ("Justice Minister Tom Reed said the law would change. JM Reed, the rapper, said he would protest.",
     [("JM Reed", P, "rapper", None), ("Tom Reed", P, "Justice Minister", None)]),
    # NEGATIVE: initials no list gives for the title, and opening letters of a title's word that no list
    # gives (a given name may be written so): a relative of that surname
    ("Chief Justice Tom Reed retired on Friday. His grandson, CJ Reed, a basketball player, said he was proud.",
     [("CJ Reed", P, "basketball player", None), ("Tom Reed", P, "Chief Justice", None)]),
    ("Presiding Judge Ann Reed jailed the man. PJ Reed, 19, the defendant's cousin, said the sentence was harsh.",
     [("Ann Reed", P, "Judge", None), ("PJ Reed", P, None, None)]),
    ("Archbishop Tom Reed led the service. Arch Reed, his nephew, said the family was grateful.",
     [("Arch Reed", P, None, None), ("Tom Reed", P, "Archbishop", None)]),
    ("Commissioner Tomas Varga said the tender was void. His brother, Com Varga, a farmer, said the family was "
     "shocked.",
     [("Com Varga", P, "farmer", None), ("Tomas Varga", P, "Commissioner", None)]),
]

BODY_SHORT_FORMS = [
    # the body's last word after 'the', read as a person
    ("The Korvadi Teachers' Samaj held a rally on Sunday. According to the Samaj, 5,000 teachers came.",
     [("Korvadi Teachers' Samaj", O, None, None)]),
    ("The Korvadi Teachers' Samaj held a rally on Sunday. The Samaj said 5,000 teachers came.",
     [("Korvadi Teachers' Samaj", O, None, None)]),
    ("The Korvadi Women's Morcha held a rally on Sunday. The Morcha's convener, Meena Tarve, said 5,000 women came.",
     [("Korvadi Women's Morcha", O, None, None), ("Meena Tarve", P, "convener", "Korvadi Women's Morcha")]),
    # NEGATIVE: the word ends two capitalised names of the article (one the recogniser missed): either
    # body may be meant, so no join
    ("The Korvadi Adhyapak Samaj and the Marhavi Adhyapak Samaj met on Monday. The Samaj said talks had failed.",
     [("Korvadi Adhyapak Samaj", O, None, None), ("Samaj", P, None, None)]),
    # the body's opening words before its own head noun: that body, no parent of it
    ("The Halvern Ridge District School Board said it would cut buses. The Halvern Ridge board voted on Tuesday.",
     [("Halvern Ridge District School Board", O, None, None)]),
    ("The Ashby Regional Transit Commission cut routes. The Ashby commission will vote on fares in May.",
     [("Ashby Regional Transit Commission", O, None, None)]),
    ("The Greenmoor Community Land Trust bought the farm. The Greenmoor trust's chair said the price was fair.",
     [("Greenmoor Community Land Trust", O, None, None)]),
    ("The Marden Regional Transit Commission cut bus routes. The Marden transit commission said fares would rise.",
     [("Marden Regional Transit Commission", O, None, None)]),
    # NEGATIVE: the head noun has a modifier of its own that is no word of the body's name: another body
    # of that kind (here the town's own, as the opening word names the town)
    ("The Marden Regional Transit Commission cut bus routes. The Marden planning commission rejected the depot plan.",
     [("Marden", O, None, None), ("Marden Regional Transit Commission", O, None, "Marden")]),
    ("The Marden Regional Transit Commission cut bus routes. The Marden parks commission said the depot plan was "
     "rejected.",
     [("Marden", O, None, None), ("Marden Regional Transit Commission", O, None, "Marden")]),
    # NEGATIVE: no article before the word: a person of that name
    ("The Harbour Samaj said the plan was wrong. Samaj told reporters he would resign.",
     [("Harbour Samaj", O, None, None), ("Samaj", P, None, None)]),
    ("Priya Samaj, a lawyer, filed the case. Samaj said the court would rule soon.",
     [("Priya Samaj", P, "lawyer", None)]),
]


AMOUNTS = [
    # a currency's code and a sum with a decimal point or a scale word: an amount, no actor
    ("Kamal Uddin demanded that the board release Tk 7.2 crore from its reserve to rebuild 140 sheds.",
     [("Kamal Uddin", P, None, None)]),
    ("Finance secretary Ruma Akter, who met the mill owners, said Tk 3.8 crore would be paid from the Relief Fund "
     "within a month.",
     [("Ruma Akter", P, "Finance secretary", None)]),
    # NEGATIVE: a body's number in its name
    ("Channel 4 said it would appeal the ruling.", [("Channel 4", O, None, None)]),
    ("Paul Lowe said 40 people died.", [("Paul Lowe", P, None, None)]),
    # NEGATIVE: a version's numeral inside a body's name, before its head: the body speaks
    ("The Web 2.0 Alliance said it would sue the regulator.", [("Web 2.0 Alliance", O, None, None)]),
    ("The Industry 4.0 Council said 300 firms had joined.", [("Industry 4.0 Council", O, None, None)]),
    # NEGATIVE: a generation's ordinal after a person's name; a band's number read as a person's name
    ("Tom Reed 3rd said the family would sell the farm.", [("Tom Reed 3rd", P, None, None)]),
    ("Sum 41 said the reunion tour would start in May.", [("Sum 41", O, None, None)]),
    # NEGATIVE: a step of a scale with its number, before the noun it qualifies: no actor of any type
    ("Lena Marsh said some Grade 2 and 3 classes already have 29 pupils.", [("Lena Marsh", P, None, None)]),
    ("Lena Marsh, a teacher, said Grade 2 and 3 classes at her school already have 29 pupils.",
     [("Lena Marsh", P, "teacher", None)]),
]


PLACES_HEADED_BEFORE_OF = [
    ("The City of Mbalenhle said the water supply would be restored on Friday.", [("City of Mbalenhle", O, None, None)]),
    ("The County of Halvern said the bridge was unsafe.", [("County of Halvern", O, None, None)]),
    ("The City of Mbalenhle approved the budget on Tuesday.", [("City of Mbalenhle", O, None, None)]),
    ("The City of Mbalenhle's finance committee said the budget was approved.", [("City of Mbalenhle", O, None, None)]),
    # a source ('according to'): the government speaks, and the figure is its claim
    ("According to the City of Tarvenna, 1,200 homes were without power.", [("City of Tarvenna", O, None, None)]),
    ("40 roads were flooded, according to the County of Halvern.", [("County of Halvern", O, None, None)]),
    # NEGATIVE (kept as before): other heads before 'of'
    ("According to the Town of Orwin Falls, 40 roads were closed.", [("Town of Orwin Falls", O, None, None)]),
    ("According to the Region of Halvern, 600 people were moved.", [("Region of Halvern", O, None, None)]),
    # NEGATIVE: only where something happens, a place; a surname after a given name; another body's head
    ("Flooding hit the City of Mbalenhle on Friday, Ann Lowe said.", [("Ann Lowe", P, None, None)]),
    ("The City of Mbalenhle was hit by floods, Ann Lowe said.", [("Ann Lowe", P, None, None)]),
    ("Residents of the County of Halvern marched on Monday, Tom Reed said.", [("Tom Reed", P, None, None)]),
    ("Ann City said the bridge was unsafe.", [("Ann City", P, None, None)]),
    ("The Bank of Kessa said rates would rise.", [("Bank of Kessa", O, None, None)]),
]


@pytest.mark.parametrize("text,expected", SHORT_FORMS + BODY_SHORT_FORMS + AMOUNTS + PLACES_HEADED_BEFORE_OF)
def test_a_short_form_is_the_one_fuller_name(text, expected):
    assert actor_records(text) == sorted(expected)
