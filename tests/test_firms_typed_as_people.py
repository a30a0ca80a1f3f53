"""A firm named without a legal form that the recogniser reads as a person: its name ends on a trade's
word ('Corran Metals', 'Khanyisa Pipeworks'), or on a common noun and the article calls it a maker or
a firm ('Harwell Precision, the UK maker of engine parts,'); its first word alone is then its short form.
Every sentence here is written for the tests; the negatives are people whose surnames are nouns, or whose
description a person may bear ('a grower', 'a teacher'), who must stay people."""
from __future__ import annotations

import pytest

from conftest import extract


def record(text: str, name: str) -> tuple | None:
    """(type, role, affiliation's name, aliases) of the actor `name`; None where there is none."""
    result = extract(text)
    names = {m.key: m.name for m in result.mentions}
    found = [m for m in result.mentions if m.name == name]
    if not found:
        return None
    m = found[0]
    return (m.type, m.role, names.get(m.affiliation), sorted(m.aliases))


FIRMS_AND_PEOPLE = [
    # a trade word ends the name ('Metals', 'Pipeworks'), even after a given name, where a firm's noun is set by it
    ("Corran Metals, a maker of car parts, said on Monday it would cut 120 jobs at its plant.",
     "Corran Metals", ("organization", "maker of car parts", None, [])),
    ("Khanyisa Pipeworks, a supplier of water pipes, was paid R48 million for a pipeline. Its director, "
     "Sipho Dube, denied the charges.",
     "Khanyisa Pipeworks", ("organization", "supplier of water pipes", None, [])),
    # a common noun ends it, and the article calls it a maker
    ("Harwell Precision, the UK maker of aerospace engine components, rejected a takeover approach on Monday. "
     "\"We have a clear plan,\" said Imogen Castellane, Harwell's chair.",
     "Harwell Precision", ("organization", "UK maker of aerospace engine components", None, ["Harwell"])),
    ("Harwell Precision, the UK maker of aerospace engine components, rejected a takeover approach on Monday. "
     "\"We have a clear plan,\" said Imogen Castellane, Harwell's chair.",
     "Imogen Castellane", ("person", "chair", "Harwell Precision", [])),
    ("Ostrava Textiles, a maker of car seat covers, said on Monday it would cut 120 jobs at its plant.",
     "Ostrava Textiles", ("organization", "maker of car seat covers", None, [])),
    ("Brinmoor Packaging, an exporter of cardboard boxes, said sales fell 8 percent last year.",
     "Brinmoor Packaging", ("organization", "exporter of cardboard boxes", None, [])),
    ("Dunlow Fabrication, a maker of steel frames, closed its Leeds works on Friday.",
     "Dunlow Fabrication", ("organization", "maker of steel frames", None, [])),
    # a business's trade noun ('developer') describes a firm whose name ends on a plural trade word
    ("The solar field would be built by Al Noor Renewables, an Emirati developer, which has estimated its cost "
     "at $2.1 billion.",
     "Al Noor Renewables", ("organization", "Emirati developer", None, [])),
    ("Al Noor Holdings, a property developer, said it would build 400 homes.",
     "Al Noor Holdings", ("organization", "property developer", None, [])),
    # NEGATIVE: a given name, a trade word of a name of two words, a developer and 'she': a person
    ("Rose Mining, a developer in Leeds, said she would build 40 homes.",
     "Rose Mining", ("person", "developer", None, [])),
    # NEGATIVE: a given name and a surname that is a noun, with a firm's noun: a person
    ("Tom Baker, a maker of car parts, said on Monday he would cut 120 jobs at his plant.",
     "Tom Baker", ("person", "maker of car parts", None, [])),
    ("Anna Fields, a maker of hats, said her shop would close in May.",
     "Anna Fields", ("person", "maker of hats", None, [])),
    # NEGATIVE: a given name, a trade word, and 'she': a person
    ("Rose Mining, a maker of pottery, said she would open a shop in the town.",
     "Rose Mining", ("person", "maker of pottery", None, [])),
    # NEGATIVE: a given name the lexicon lacks and a surname that is a thing's or a craft's noun, called a
    # maker or an exporter: a person (only a noun of an activity or quality, or a trade's, ends a firm's name)
    ("Oluwaseun Baker, a maker of handmade furniture, said demand had doubled since the pandemic.",
     "Oluwaseun Baker", ("person", "maker of handmade furniture", None, [])),
    ("Bongani Fisher, an exporter of macadamia nuts, said the new tariff would hurt small farmers.",
     "Bongani Fisher", ("person", "exporter of macadamia nuts", None, [])),
    ("Kwabena Wood, a maker of drums in Kumasi, told reporters the order had been cancelled.",
     "Kwabena Wood", ("person", "maker of drums in Kumasi", None, [])),
    ("Nkosana Hill, a shipper of citrus, said the port delays were costly.",
     "Nkosana Hill", ("person", "shipper of citrus", None, [])),
    # NEGATIVE: the firm's first word alone, described as a person, is no short form of the firm
    ("Harwell Precision cut 200 jobs on Monday. Harwell, the company's chief executive, said the cuts were painful.",
     "Harwell", ("person", "chief executive", "Harwell Precision", [])),
    # NEGATIVE: a noun a person may bear ('a grower') does not make a firm of a name ending on a noun
    ("Ostrava Cooper, a grower in Kent, said the apples were late this year.",
     "Ostrava Cooper", ("person", "grower", None, [])),
    # a 'which' clause on the name makes it a thing; a pronoun that speaks of the name (the subject of the
    # verb that reports the words it is written in, quoted or not) is not the name (session 29)
    ("Villages will be cut off under plans announced by operator Brackmoor Connect.\n\nBrackmoor Connect, which "
     "runs services across the dales, said passenger numbers had fallen by a third.\n\nTransport officer Imran Hale "
     "said the county would help. He said the money would not cover everything Brackmoor Connect planned to "
     "withdraw.\n\nBrackmoor Connect said a full list would be published next week.",
     "Brackmoor Connect", ("organization", "operator", None, [])),
    ("Brackmoor Connect, which runs buses across the dales, will cut 14 routes. \"Nobody at Brackmoor Connect "
     "wanted this,\" she said. The managing director, Ruth Kendal, said fares would rise.",
     "Brackmoor Connect", ("organization", None, None, [])),
    # NEGATIVE: a person the pronoun speaks of stays a person
    ("Transport officer Imran Hale said the county would help. He said Rosa Brackmoor planned to resign.",
     "Rosa Brackmoor", ("person", None, None, [])),
]


@pytest.mark.parametrize("text, name, expected", FIRMS_AND_PEOPLE)
def test_firm_or_person(text, name, expected):
    assert record(text, name) == expected
