"""A relative clause without 'that' right after its noun ('a plan county officials say is needed', 'a sum
Treasurer Ann Lowe admitted was large'): the noun the clause modifies is no word of the clause's subject,
neither of a group's name nor of a person's title (session 32). Every sentence is written for the tests;
each row asserts the whole positions (speaker, actor, cue, text) and actors (name, type, role,
affiliation). Rows marked NEGATIVE change nothing: a relative pronoun, a singular head, no clause."""
from __future__ import annotations

import pytest

from conftest import extract


def read(text: str) -> tuple[list[tuple], list[tuple]]:
    result = extract(text)
    return ([(p.speaker, p.actor, p.cue, p.text) for p in result.positions],
            sorted((m.name, m.type, m.role, m.affiliation) for m in result.mentions))


COUNTY_OFFICIALS = ("county officials", "group", None, None)

CONTACT_RELATIVES = [
    # a plural subject after 'a' + a singular noun: the noun is the clause's antecedent
    ("Commissioners approved the rise, pressing ahead with a plan county officials say is needed for repairs.",
     ([("county officials", "county officials", "say", "is needed for repairs")],
      [("commissioners", "group", None, None), COUNTY_OFFICIALS])),
    ("Every proposal council members say is urgent went to a vote on Monday.",
     ([("council members", None, "say", "is urgent went to a vote on Monday")], [])),
    # a title's words begin after the noun the clause on the name modifies
    ("Harish Goud alleged graft, a claim Congress spokesperson Feroz Ali rejected as baseless.",
     ([], [("Congress", "organization", None, None), ("Feroz Ali", "person", "spokesperson", "Congress"),
           ("Harish Goud", "person", None, None)])),
    ("The fund lost $2 million, a sum Treasurer Ann Lowe admitted was large.",
     ([], [("Ann Lowe", "person", "Treasurer", None)])),
    ("Residents cited delays, a problem Transport Minister Ravi Nair conceded had grown worse.",
     ([], [("Ravi Nair", "person", "Transport Minister", None)])),
    ("It was an amount Crown prosecutor Alan Birch acknowledged few would ever see.",
     ([], [("Alan Birch", "person", "prosecutor", "Crown"), ("Crown", "organization", None, None)])),
    # NEGATIVE: with 'that' the phrase was already cut there
    ("The board backed a scheme that county officials say is needed for repairs.",
     ([("The board", None, "backed", "a scheme that county officials say is needed for repairs"),
       ("county officials", "county officials", "say", "a scheme is needed for repairs")], [COUNTY_OFFICIALS])),
    # NEGATIVE: a singular head ('a team of …', 'a panel of …') or a number word before the plural
    ("A team of county officials said the pipes were old.",
     ([("A team of county officials", None, "said", "the pipes were old")], [])),
    ("A panel of experts say the plan is sound.", ([("A panel of experts", None, "say", "the plan is sound")], [])),
    ("A dozen county officials said the pipes were old.",
     ([("A dozen county officials", "a dozen county officials", "said", "the pipes were old")],
      [("a dozen county officials", "group", None, None)])),
    # NEGATIVE (review of session 32): a quantity word after 'a' opens one plural phrase; the verb has its own
    # subject after it, so no clause on a noun
    ("A few ministry officials said the talks were near an end.",
     ([("A few ministry officials", "a few ministry officials", "said", "the talks were near an end")],
      [("a few ministry officials", "group", None, None)])),
    ("A few district officials said the roads were unsafe.",
     ([("A few district officials", "a few district officials", "said", "the roads were unsafe")],
      [("a few district officials", "group", None, None)])),
    ("A good many guild members say the pay offer is too small.",
     ([("A good many guild members", None, "say", "the pay offer is too small")], [])),
    # NEGATIVE: no clause on the name; the title's own words stay
    ("Crown prosecutor Alan Birch acknowledged few would ever see the money.",
     ([("Crown prosecutor Alan Birch", "Alan Birch", "acknowledged", "few would ever see the money")],
      [("Alan Birch", "person", "Crown prosecutor", None)])),
    ("The county prosecutor Alan Birch said few would ever see the money.",
     ([("The county prosecutor Alan Birch", "Alan Birch", "said", "few would ever see the money")],
      [("Alan Birch", "person", "county prosecutor", None)])),
]


@pytest.mark.parametrize("text, expected", CONTACT_RELATIVES)
def test_contact_relatives(text: str, expected: tuple) -> None:
    assert read(text) == expected
