"""Only actors become actors (session 40, issue 12 §2; generator/extract/actors.py). The writer's outlet
is read from the reporting frame it stands in, whatever the wording: the one told things ('told X', also
where the parser reads the one told as an adverb), the one that interviews ('commuters interviewed by X'),
the one handed the figures ('figures provided to X'), the one that finds out
or understands ('X has learnt that', 'X understands that'); a country's name before ordinary words names
no paper by itself ('spoken to by X' is said of any body); it stays where it acts ('X said it
would publish'). A scheme, a system, a fund or a set of arrangements (by its head noun) named only as a
thing (used, under, through, an extension of, 'X money', 'X exams') is no actor; it stays where it acts,
has staff, makes a decision or report ('the X Fund decision'), qualifies a noun that acts ('X Programme
trucks delivered'), or where a person, a part of a body or any
noun that acts governs it with 'for'/'of' ('the board of the X Fund approved'). A seat named only as a member's
('the lawmaker representing X State Constituency', '(KDP-Harbury)') is no actor; an electoral unit's
office or a body named after one stays, and so does a party's name before a member's title ('the KDP
MP'). A building of a body (a centre, a hospital, a headquarters) stays an actor where it is only named
as where something happens: its people act, work or write there in too many wordings (only a seat's
building, 'X House', is read as a venue). Names and sentences are invented for the tests; each row is
the text's every actor as (name, type, role, affiliation). Rows marked NEGATIVE keep the actor."""
from __future__ import annotations

import pytest

from conftest import actor_records

P = "person"
O = "organization"
G = "group"
C = "country"

OUTLETS = [
    ("Ministry figures provided to Harbour Post News show 19 closures in August, health officials said.",
     [("health officials", G, None, None)]),
    ("By Ann Lowe, Harbour Times\n\nThe council will cut 40 jobs, Mayor Tom Reed told Harbour Times. "
     "Harbour Times has learnt that the budget is short. Harbour Times understands that two directors will leave.",
     [("Tom Reed", P, "Mayor", None)]),
    ("Mayor Tom Reed told the Kessa Herald that the road would reopen. "
     "Drivers interviewed by the Kessa Herald said the delays cost them work.",
     [("Tom Reed", P, "Mayor", None)]),
    # NEGATIVE: a country's name before ordinary words is no paper's title by itself
    ("Farmers interviewed by Malawi Seed Partners last year reported poor yields. "
     "Ann Lowe told Malawi Seed Partners the trial would continue.",
     [("Ann Lowe", P, None, None), ("Malawi Seed Partners", O, None, None)]),
    ("Tom Reed spoke to Kenya Power about the bills. Customers spoken to by Kenya Power were angry.",
     [("Kenya", C, None, None), ("Kenya Power", O, None, "Kenya"), ("Tom Reed", P, None, None)]),
    # NEGATIVE: the paper acts
    ("Tom Reed told the Ghana Mirror that the plan was dead. The Ghana Mirror said it would publish the letters.",
     [("Ghana", C, None, None), ("Ghana Mirror", O, None, "Ghana"), ("Tom Reed", P, None, None)]),
    # NEGATIVE: a firm told things that acts too; the police interviewing people
    ("Mayor Tom Reed told Kessa Airways that the runway would close. Kessa Airways said it would move its flights.",
     [("Kessa Airways", O, None, None), ("Tom Reed", P, "Mayor", None)]),
    ("Residents interviewed by the Kessa Police said they heard shots, Inspector Ann Lowe said.",
     [("Ann Lowe", P, "Inspector", None), ("Kessa Police", O, None, None), ("residents", G, None, None)]),
    # NEGATIVE: figures handed to a body that is no paper
    ("Figures provided to the Kessa Health Board show 19 closures in August, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa Health Board", O, None, None)]),
    ("Tom Reed told the Kessa Workers Union that the plant would close.",
     [("Kessa Workers Union", O, None, None), ("Tom Reed", P, None, None)]),
    # NEGATIVE: a firm that understands
    ("Kessa Mining understands that the licence will be renewed, chief executive Ann Lowe said.",
     [("Ann Lowe", P, "chief executive", "Kessa Mining"), ("Kessa Mining", O, None, None)]),
    ("Tom Reed told Kessa Power that the bills were wrong. Kessa Power said it would check the meters.",
     [("Kessa Power", O, None, None), ("Tom Reed", P, None, None)]),
]

THINGS = [
    ("The commission used the Automated Voter Matching System (AVMS) to find 3,000 double registrations, "
     "chairman Tom Reed said.",
     [("Tom Reed", P, "chairman", None)]),
    ("Only 19% of pupils passed last spring's Kessa State Testing Program exams, superintendent Ann Lowe said.",
     [("Ann Lowe", P, "superintendent", None)]),
    ("A contractor was paid K3 million for boreholes under the Ward Development Fund (WDF). "
     "Auditors found that K2 million of WDF money was missing, Tom Reed said.",
     [("Tom Reed", P, None, None)]),
    ("Kessa Youth Fund money was used to buy cars, Ann Lowe said.",
     [("Ann Lowe", P, None, None)]),
    ("Farmers paid for the seed using the Kessa Input Voucher System, Ann Lowe said.",
     [("Ann Lowe", P, None, None)]),
    # NEGATIVE: it acts, has staff or officers, decides
    ("The Kessa Pension Fund said it would sell its shares in the mine, chairman Tom Reed said.",
     [("Kessa Pension Fund", O, None, None), ("Tom Reed", P, "chairman", None)]),
    ("Kessa Pension Fund trustees voted to sell the shares, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa Pension Fund", O, None, None)]),
    ("Officials of the Kessa Rural Support Programme said 300 farmers had been paid.",
     [("Kessa Rural Support Programme", O, None, None)]),
    ("The Kessa Health System said it would close two clinics, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa Health System", O, None, None)]),
    ("The Kessa Input Voucher System crashed on Monday, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa Input Voucher System", O, None, None)]),
    ("Ann Lowe, director of the Kessa Water System, said supplies would be cut.",
     [("Ann Lowe", P, "director", "Kessa Water System"), ("Kessa Water System", O, None, None)]),
    ("Investors welcomed the Kessa Pension Fund decision, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa Pension Fund", O, None, None)]),
    # NEGATIVE: a body before a noun of its vehicles, buildings or units that act
    ("Harbury Food Programme trucks delivered maize to 3,000 families, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Harbury Food Programme", O, None, None)]),
    ("Kessa Health System hospitals treated 4,000 patients, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa Health System", O, None, None)]),
    ("Kessa Rapid Transit System trains will run every ten minutes from May, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa Rapid Transit System", O, None, None)]),
    # NEGATIVE: a fund whose people or parts act, named after 'for'/'of'
    ("A lawyer for the Kessa Pension Fund said the claim had no merit.",
     [("Kessa Pension Fund", O, None, None)]),
    ("The board of the Kessa Sovereign Fund approved the sale, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa Sovereign Fund", O, None, None)]),
    ("Auditors of the Kessa Pension Fund found $3m missing, Tom Reed said.",
     [("Kessa Pension Fund", O, None, None), ("Tom Reed", P, None, None)]),
]

SEATS = [
    ("The lawmaker representing Harbury North State Constituency, Tom Reed, said the road was unsafe.",
     [("Tom Reed", P, None, None)]),
    # NEGATIVE: a body named after a ward or a constituency, a member of a union, a party alone in brackets
    ("The Harbury Ward Committee said the water had been off for five days.",
     [("Harbury Ward Committee", O, None, None)]),
    ("Members of the Harbury Constituency Association said the MP had ignored them.",
     [("Harbury Constituency Association", O, None, None)]),
    ("Tom Reed, a member of the Kessa Farmers Union, said prices were too low.",
     [("Kessa Farmers Union", O, None, None), ("Tom Reed", P, "member of Kessa Farmers Union", "Kessa Farmers Union")]),
    ("Ann Lowe, a spokeswoman for Kessa Mining, said the mine would close.",
     [("Ann Lowe", P, "spokeswoman", "Kessa Mining"), ("Kessa Mining", O, None, None)]),
    ("Kessa Central said it would appeal the ruling, its chairman Tom Reed said.",
     [("Kessa Central", O, None, None), ("Tom Reed", P, "chairman", None)]),
    # NEGATIVE: a party's name before a member's title is no seat
    ("\"We have the data,\" the KDP MP said. Tom Reed, a KDP member, said the register was wrong.",
     [("KDP", O, None, None), ("Tom Reed", P, "member", "KDP")]),
]

VENUES = [
    # NEGATIVE: it acts, is someone's workplace, its people act, it authors a writing, is described; a campus
    ("Volunteers at the Harbury Food Centre handed out 500 parcels, Tom Reed said.",
     [("Harbury Food Centre", O, None, None), ("Tom Reed", P, None, None)]),
    ("Tom Reed has spent 20 years at the Kessa Cancer Centre. He said funding had dried up.",
     [("Kessa Cancer Centre", O, None, None), ("Tom Reed", P, None, None)]),
    ("Research at the Harbury Policy Centre found that rents doubled, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Harbury Policy Centre", O, None, None)]),
    ("The deal was signed at Kessa University on Monday, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa University", O, None, None)]),
    ("Ann Lowe, who works at the Harbury Community Centre, said the roof leaked.",
     [("Ann Lowe", P, None, "Harbury Community Centre"), ("Harbury Community Centre", O, None, None)]),
    ("Three wardens at the Kessa Youth Centre said the doors were locked.",
     [("Kessa Youth Centre", O, None, None)]),
    ("The Kessa General Hospital said it would close two wards.",
     [("Kessa General Hospital", O, None, None)]),
    ("Ann Lowe, a professor at Kessa University, said the data were wrong.",
     [("Ann Lowe", P, "professor", "Kessa University"), ("Kessa University", O, None, None)]),
    ("A study at Kessa University found that rents rose, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa University", O, None, None)]),
    ("The Harbury Police Headquarters said 14 suspects were held.",
     [("Harbury Police Headquarters", O, None, None)]),
    ("Ann Lowe, director of the Kessa Research Centre, said the study was flawed.",
     [("Ann Lowe", P, "director", "Kessa Research Centre"), ("Kessa Research Centre", O, None, None)]),
    ("The Kessa Research Centre, which tests the water, said the lead levels were safe.",
     [("Kessa Research Centre", O, None, None)]),
    # session 42: a centre, a plant, a hospital, a prison named only as where an event or a thing is (the
    # subject of the verb the 'at' hangs on is a thing or an event, or the phrase hangs on a gathering's noun)
    ("The hearings continue today at the Merrow Civic Centre, with mine officials expected to testify.", []),
    ("The campaign, launched on Sunday at Dunmore Health Centre, will run in 210 clinics.", []),
    ("A press conference at the Orvel Recycling Plant was cancelled on Monday.", []),
    ("The ballots were counted overnight at the Kessa Sports Stadium.", []),
    ("The vigil at Dornal Community Centre drew hundreds.", []),
    ("Ann Lowe said 412 people had registered at the two evacuation centres at the Orvel Memorial Centre.",
     [("Ann Lowe", P, None, None)]),
    ("Rhea Salk, who met the families at the Dornal General Hospital, said the council must act.",
     [("Rhea Salk", P, None, None)]),
    ("The minister spoke at the Kessa Civic Centre on Friday and promised aid.", []),
    # NEGATIVE: people there, work done there, written more often than found, a campus, or it acts
    ("Ann Lowe, who has taught at the Dunmore Community Centre for years, said the roof leaked.",
     [("Ann Lowe", P, None, None), ("Dunmore Community Centre", O, None, None)]),
    ("Tom Reed played at the Kessa Sports Club for three seasons before he retired.",
     [("Kessa Sports Club", O, None, None), ("Tom Reed", P, None, None)]),
    ("The vote was held at the Dornal Technical Institute on Monday, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Dornal Technical Institute", O, None, None)]),
    ("Ann Lowe has worked at the Dunmore Health Centre for years.",
     [("Ann Lowe", P, None, None), ("Dunmore Health Centre", O, None, None)]),
    ("The vote was held at Kessa College on Monday, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Kessa College", O, None, None)]),
    ("The Dunmore Civic Centre said it would reopen in May. A vigil at the Dunmore Civic Centre drew hundreds.",
     [("Dunmore Civic Centre", O, None, None)]),
    ("Nurses at the Merrow Civic Centre clinic treated 40 people, Ann Lowe said.",
     [("Ann Lowe", P, None, None), ("Merrow Civic Centre", O, None, None)]),
]


# Session 43: an event's or a rule set's name by its head word ('Meeting', 'Day', 'Directions'), also
# where a word read as a title ('General') opens it ('the Annual General Meeting').
EVENTS_AND_RULE_SETS = [
    ("The club elected Janet Fraser as president at Saturday's Annual General Meeting (AGM). "
     "Fraser said the AGM was well attended.",
     [("Janet Fraser", P, "president", None)]),
    ("Members backed the merger at an Extraordinary General Meeting on Monday, chairman Ravi Menon said.",
     [("Ravi Menon", P, "chairman", None)]),
    ("Most of the new voters became eligible after the last General Election, the commission said.", []),
    ("Lenders must comply with the Payment Services Act Directions, the Kessa Central Bank said.",
     [("Kessa Central Bank", O, None, None)]),
    ("The kidney charity will hold a walk on World Kidney Day, its secretary Ann Lowe said.",
     [("Ann Lowe", P, "secretary", None)]),
    # NEGATIVE: a rank before a surname that is a common noun, a surname that is an event's word after
    # a given name, people listed with people, a person beside a place's name in another phrase
    ("Maj. Gen. Stone said the troops had withdrawn from the border.",
     [("Stone", P, "Major General", None)]),
    ("Brig. Paul Summit said the army was ready.",
     [("Paul Summit", P, "Brigadier", None)]),
    ("Funding was handed to Maria Lopez and Tom Okafor, the council said.",
     [("Maria Lopez", P, None, None), ("Tom Okafor", P, None, None)]),
    ("Talks between Ann Lowe and Tom Reed ended on Friday, officials said.",
     [("Ann Lowe", P, None, None), ("Tom Reed", P, None, None), ("officials", G, None, None)]),
    ("The prize was shared between Ann Lowe and Paris, officials said.",
     [("Ann Lowe", P, None, None), ("officials", G, None, None)]),
    ("Ann Lowe and Tom Reed of Ohio said they would appeal.",
     [("Ann Lowe", P, None, None), ("Tom Reed", P, None, None)]),
    # NEGATIVE (a review's probes, session 43): a firm named '… Devices' that speaks or acts; people listed
    # with a country or a city, whatever their names' form; a titled person whose surname is an event's
    # word and who acts or speaks
    ("Quellon Devices said on Tuesday that sales rose 12% in the quarter.",
     [("Quellon Devices", O, None, None)]),
    ("Tarvin Devices announced a recall of 30,000 kettles on Monday.",
     [("Tarvin Devices", O, None, None)]),
    ("Bramwell Medical Devices, a Derby company, will hire 150 staff, its chief executive said.",
     [("Bramwell Medical Devices", O, "Derby company", None)]),
    ("He thanked Viliami Fonua and Tonga for their support.",
     [("Viliami Fonua", P, None, None)]),
    ("Medals went to Kofi Boateng and Ghana in the relay.",
     [("Kofi Boateng", P, None, None)]),
    ("The prize went to Tran Thi Mai and Vietnam.",
     [("Tran Thi Mai", P, None, None)]),
    ("The award was shared between Mary Jo Kessel and Paris.",
     [("Mary Jo Kessel", P, None, None)]),
    ("Gen. Summit told reporters the troops would stay.",
     [("Summit", P, "General", None)]),
    ("Maj. Gen. Summit, the garrison commander, said the base would close.",
     [("Summit", P, "Major General", None)]),
    ("Judge Forum threw out the claim on Monday.",
     [("Forum", P, "Judge", None)]),
    ("Senator Conference voted against the bill.",
     [("Conference", P, "Senator", None)]),
]


@pytest.mark.parametrize("text,expected", OUTLETS + THINGS + SEATS + VENUES + EVENTS_AND_RULE_SETS)
def test_only_actors_become_actors(text, expected):
    assert actor_records(text) == sorted(expected)
