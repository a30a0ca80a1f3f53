"""Pages of a country or region named only inside a body's name (session 24). Every sentence here is
written for the tests; each row asserts the briefing's whole actors (name, type, affiliation by name)
after resolving, and the actor each position goes to. Rows marked NEGATIVE keep the owner's page: the
text writes it by itself, a person belongs to it, or only its demonym is in the body's name."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.resolve import resolve


def pages(*texts: str) -> tuple[list[tuple], list[tuple]]:
    briefing = resolve([extract(t, f"a{n}") for n, t in enumerate(texts)])
    names = {a.id: a.name for a in briefing.actors}
    return (sorted((a.name, a.type, names.get(a.affiliation)) for a in briefing.actors),
            [(p.speaker, names.get(p.actor)) for p in briefing.positions])


OWNERS_NAMED_ONLY_IN_THEIR_BODIES = [
    # the country opens the body's name
    (["The Nigeria Hydrological Services Agency said the river would flood."],
     [("Nigeria Hydrological Services Agency", "organization", None)],
     [("The Nigeria Hydrological Services Agency", "Nigeria Hydrological Services Agency")]),
    (["Forecasters at the Pakistan Meteorological Department said heavy rain would fall over Karachi until Sunday."],
     [("Pakistan Meteorological Department", "organization", None)],
     [("Forecasters at the Pakistan Meteorological Department", "Pakistan Meteorological Department")]),
    (["Officials of the Kenya Revenue Authority have seized 300 crates of spirits, KRA said."],
     [("Kenya Revenue Authority", "organization", None)],
     [("KRA", "Kenya Revenue Authority")]),
    # two bodies of one country, neither writing it alone
    (["Workers under the Nigeria Labour Congress marched on Monday. The Nigeria Union of Teachers told its "
      "members to stay home."],
     [("Nigeria Labour Congress", "organization", None), ("Nigeria Union of Teachers", "organization", None)],
     [("The Nigeria Union of Teachers", "Nigeria Union of Teachers")]),
    # a region (a state of a federation), its name read before the body's head
    (["The Tennessee Highway Patrol said the driver had been arrested."],
     [("Tennessee Highway Patrol", "organization", None)],
     [("The Tennessee Highway Patrol", "Tennessee Highway Patrol")]),
    # the country ends the body's name
    (["The Bank of Canada said it would hold its key rate at 4%."],
     [("Bank of Canada", "organization", None)],
     [("The Bank of Canada", "Bank of Canada")]),
    # NEGATIVE: the text writes the country by itself too
    (["The Kenya Wildlife Service said poaching fell. Kenya has 1,200 rangers."],
     [("Kenya", "country", None), ("Kenya Wildlife Service", "organization", "Kenya")],
     [("The Kenya Wildlife Service", "Kenya Wildlife Service")]),
    # NEGATIVE: a person belongs to the country
    (["The Nigeria Labour Congress called a strike. Nigeria's finance minister, Wale Edun, said the government "
      "would talk."],
     [("Nigeria", "country", None), ("Nigeria Labour Congress", "organization", None),
      ("Wale Edun", "person", "Nigeria")],
     [("Nigeria's finance minister", "Wale Edun")]),
    # a demonym or a short form inside the body's name is no more a use of the country than its name
    # (issue 12 §2, which reverses the review of session 32 for these: the page goes, and the body's
    # affiliation with it; the name still says whose the body is)
    (["The Russian Foreign Ministry said talks would resume."],
     [("Russian Foreign Ministry", "organization", None)],
     [("The Russian Foreign Ministry", "Russian Foreign Ministry")]),
    (["The Nigerian Navy Eastern Fleet said the pirates had fled upriver."],
     [("Nigerian Navy Eastern Fleet", "organization", None)],
     [("The Nigerian Navy Eastern Fleet", "Nigerian Navy Eastern Fleet")]),
    (["The U.S. Forest Service said the fires were worse than last year."],
     [("U.S. Forest Service", "organization", None)],
     [("The U.S. Forest Service", "U.S. Forest Service")]),
    (["Farmers, who sued the U.S. Forest Service last year, said the fires were worse."],
     [("U.S. Forest Service", "organization", None)],
     [("Farmers", None)]),
    # NEGATIVE (review of session 32): the state acts by its capital; its envoy or officials are written
    (["The Japanese Coast Guard pulled nine fishermen from the sea. Tokyo sent a note of protest to Seoul."],
     [("Japan", "country", None), ("Japanese Coast Guard", "organization", "Japan")],
     []),
    (["The U.S. Marine Corps said the U.S. consul had been sent home."],
     [("U.S. Marine Corps", "organization", "United States"), ("United States", "country", None)],
     [("The U.S. Marine Corps", "U.S. Marine Corps")]),
    (["The U.S. Coast Guard said US diplomats were withdrawn from the consulate."],
     [("U.S. Coast Guard", "organization", "United States"), ("United States", "country", None)],
     [("The U.S. Coast Guard", "U.S. Coast Guard")]),
    # NEGATIVE (review of session 32): a country's name before a noun that may be its state's (a proposal, a
    # position, missiles, duties, '-backed') or its capital where its officials are keeps its page
    (["The U.S. Treasury Department said the U.S. offer would go to the Senate on Friday."],
     [("Senate", "organization", None), ("U.S. Treasury Department", "organization", "United States"),
      ("United States", "country", None)],
     [("The U.S. Treasury Department", "U.S. Treasury Department")]),
    (["The Chinese Defence Ministry said the Chinese stance was unchanged."],
     [("China", "country", None), ("Chinese Defence Ministry", "organization", "China")],
     [("The Chinese Defence Ministry", "Chinese Defence Ministry")]),
    (["The Iranian Army said Iranian drones were launched in reply."],
     [("Iran", "country", None), ("Iranian Army", "organization", "Iran")],
     [("The Iranian Army", "Iranian Army")]),
    (["The U.S. Commerce Department said new U.S. levies on copper would begin in July."],
     [("U.S. Commerce Department", "organization", "United States"), ("United States", "country", None)],
     [("The U.S. Commerce Department", "U.S. Commerce Department")]),
    (["The U.S. Park Service said the trails were shut. Officials in Washington said more staff would come."],
     [("U.S. Park Service", "organization", "United States"), ("United States", "country", None),
      ("officials", "group", None)],
     [("The U.S. Park Service", "U.S. Park Service"), ("Officials", "officials")]),
    # the body after 'of'; a country also written as where something is
    (["Officials of the Japan Meteorological Agency warned that more rain would fall."],
     [("Japan Meteorological Agency", "organization", None)],
     [("Officials of the Japan Meteorological Agency", "Japan Meteorological Agency")]),
    (["In Chile, the Chilean Ministry of Mining said copper output fell by a tenth."],
     [("Chilean Ministry of Mining", "organization", None)],
     [("the Chilean Ministry of Mining", "Chilean Ministry of Mining")]),
    (["Kestrel Ports shares fell 22 per cent on the Singapore Exchange (SGX). Staff in Singapore would be "
      "largely unaffected, chief executive Lim Wei said."],
     [("Kestrel Ports", "organization", None), ("Lim Wei", "person", None), ("Singapore Exchange", "organization", None)],
     [("chief executive Lim Wei", "Lim Wei")]),
    # NEGATIVE: its seat speaks for it, it acts by its own name, its officials speak for it
    (["The U.S. Forest Service said the fires were worse, and Washington said it would send money."],
     [("U.S. Forest Service", "organization", "United States"), ("United States", "country", None)],
     [("The U.S. Forest Service", "U.S. Forest Service"), ("Washington", "United States")]),
    (["The U.S. Forest Service said the fires were worse. The United States will send aid."],
     [("U.S. Forest Service", "organization", "United States"), ("United States", "country", None)],
     [("The U.S. Forest Service", "U.S. Forest Service")]),
    (["The U.S. Forest Service said the fires were worse, and U.S. officials agreed."],
     [("U.S. Forest Service", "organization", "United States"), ("United States", "country", None)],
     [("The U.S. Forest Service", "U.S. Forest Service")]),
    # NEGATIVE: another article writes the country by itself
    (["The Ghana Cocoa Board raised the farm-gate price on Friday.", "Ghana will hold elections in December."],
     [("Ghana", "country", None), ("Ghana Cocoa Board", "organization", None)],
     []),
]


@pytest.mark.parametrize("texts, actors, speakers", OWNERS_NAMED_ONLY_IN_THEIR_BODIES)
def test_owners_named_only_in_their_bodies(texts, actors, speakers):
    assert pages(*texts) == (actors, speakers)


# A country no article writes by itself whose only members are bodies, whatever tied them to it (its
# people's word in a name, a well-known state body, the guess of the article's main country), makes no
# page; its capital or name only as where something is, a dateline, one of its people or a qualifier of
# its trade is no use of it either (session 35, issue 12 §2). Rows marked NEGATIVE keep the page.
STATES_ONLY_THEIR_BODIES_NAME = [
    (["Tax arrears of $7,300 were paid to the Australian Taxation Office by the bakery in June."],
     [("Australian Taxation Office", "organization", None)],
     []),
    (["Two trawlers were seized off the coast by the Indonesian Maritime Security Agency, Commander Budi Santoso said."],
     [("Budi Santoso", "person", None), ("Indonesian Maritime Security Agency", "organization", None)],
     [("Commander Budi Santoso", "Budi Santoso")]),
    # the capital only as a dateline or where something happened
    (["DOHA – The Qatari Ministry of Labour plans to inspect 900 building sites. Inspections start in Doha next month."],
     [("Qatari Ministry of Labour", "organization", None)],
     []),
    (["Nairobi: The Kenyan Ministry of Roads said the bridge would reopen."],
     [("Kenyan Ministry of Roads", "organization", None)],
     [("The Kenyan Ministry of Roads", "Kenyan Ministry of Roads")]),
    # its people, or a qualifier of its trade, outside the body's name
    (["The Kenyan Ministry of Roads said Kenyans would pay less in tolls."],
     [("Kenyan Ministry of Roads", "organization", None)],
     [("The Kenyan Ministry of Roads", "Kenyan Ministry of Roads")]),
    (["The Kenyan Ministry of Trade said Kenyan exporters would pay less."],
     [("Kenyan Ministry of Trade", "organization", None)],
     [("The Kenyan Ministry of Trade", "Kenyan Ministry of Trade")]),
    # NEGATIVE: its capital acts; its name is the subject; a noun that may be its state's; its officials
    # are in its capital; a person is its
    (["The Kenyan Ministry of Roads said the bridge would reopen. Nairobi would pay for it."],
     [("Kenya", "country", None), ("Kenyan Ministry of Roads", "organization", "Kenya")],
     [("The Kenyan Ministry of Roads", "Kenyan Ministry of Roads")]),
    (["The Kenyan Ministry of Roads said Kenya would pay for the bridge."],
     [("Kenya", "country", None), ("Kenyan Ministry of Roads", "organization", "Kenya")],
     [("The Kenyan Ministry of Roads", "Kenyan Ministry of Roads")]),
    (["The Kenyan Ministry of Roads said the Kenyan offer stood."],
     [("Kenya", "country", None), ("Kenyan Ministry of Roads", "organization", "Kenya")],
     [("The Kenyan Ministry of Roads", "Kenyan Ministry of Roads")]),
    (["The Kenyan Ministry of Roads said the bridge would reopen. Officials in Nairobi said the cost was fair."],
     [("Kenya", "country", None), ("Kenyan Ministry of Roads", "organization", "Kenya"),
      ("officials", "group", None)],
     [("The Kenyan Ministry of Roads", "Kenyan Ministry of Roads"), ("Officials", "officials")]),
    (["The Kenyan Ministry of Roads said the bridge would reopen. Kenya's roads minister, Ruth Wambui, agreed."],
     [("Kenya", "country", None), ("Kenyan Ministry of Roads", "organization", "Kenya"),
      ("Ruth Wambui", "person", "Kenya")],
     [("The Kenyan Ministry of Roads", "Kenyan Ministry of Roads")]),
    # NEGATIVE (review of session 35): the state acts by its capital or its name in the possessive (F1), as
    # a headline's subject (F2), after 'of' behind a noun of its act (F3); a body whose own name does not
    # carry the country (the dateline's country, a state's well-known body) keeps it, and so the page (F4)
    (["The Japanese Coast Guard rescued nine fishermen. Tokyo's protest note reached Seoul on Friday."],
     [("Japan", "country", None), ("Japanese Coast Guard", "organization", "Japan")],
     []),
    (["The Kenyan Ministry of Foreign Affairs summoned the envoy. Nairobi's demand was rejected."],
     [("Kenya", "country", None), ("Kenyan Ministry of Foreign Affairs", "organization", "Kenya")],
     []),
    (["The Russian Foreign Ministry said talks would resume. Moscow's envoy left Kyiv."],
     [("Russia", "country", None), ("Russian Foreign Ministry", "organization", "Russia")],
     [("The Russian Foreign Ministry", "Russian Foreign Ministry")]),
    (["The US Treasury sanctioned three banks. Washington's move angered Beijing."],
     [("US Treasury", "organization", "United States"), ("United States", "country", None)],
     []),
    (["Ghana Rejects IMF Terms\n\nThe Ghanaian Ministry of Finance said the terms were too harsh."],
     [("Ghana", "country", None), ("Ghanaian Ministry of Finance", "organization", "Ghana")],
     [("The Ghanaian Ministry of Finance", "Ghanaian Ministry of Finance")]),
    (["The Kenyan Ministry of Health said the flights were halted at the request of Kenya."],
     [("Kenya", "country", None), ("Kenyan Ministry of Health", "organization", "Kenya")],
     [("The Kenyan Ministry of Health", "Kenyan Ministry of Health")]),
    (["NAIROBI – The Ministry of Health said 300 cholera cases were found in Kisumu."],
     [("Kenya", "country", None), ("Ministry of Health", "organization", "Kenya")],
     [("The Ministry of Health", "Ministry of Health")]),
    (["NAIROBI – The National Assembly passed the finance bill by 195 votes to 106. The Senate will vote next week."],
     [("Kenya", "country", None), ("National Assembly", "organization", "Kenya"), ("Senate", "organization", "Kenya")],
     []),
]


def test_two_bodies_of_one_name_keep_their_country():
    """NEGATIVE (review of session 35, F5): two 'Ministry of Health' pages are told apart by their country."""
    briefing = resolve([extract(t, f"a{n}") for n, t in enumerate([
        "NAIROBI – The Ministry of Health said 300 cholera cases were found.",
        "KAMPALA – The Ministry of Health said 40 cholera cases were found."])])
    names = {a.id: a.name for a in briefing.actors}
    assert sorted((a.name, a.type, str(names.get(a.affiliation))) for a in briefing.actors) == [
        ("Kenya", "country", "None"), ("Ministry of Health", "organization", "Kenya"),
        ("Ministry of Health", "organization", "None")]


@pytest.mark.parametrize("texts, actors, speakers", STATES_ONLY_THEIR_BODIES_NAME)
def test_states_only_their_bodies_name(texts, actors, speakers):
    assert pages(*texts) == (actors, speakers)
