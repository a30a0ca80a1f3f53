"""Actors: names, titles, roles and affiliations. Sentences written for the tests."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import extract
from generator.model import Mention

def actor(name: str, kind: str, aliases=(), role=None, affiliation=None, count: int = 1, acronyms=(),
          guessed: bool = False) -> Mention:
    return Mention(key=name, name=name, type=kind, aliases=list(aliases), role=role, affiliation=affiliation,
                   count=count, acronyms=list(acronyms), affiliation_fallback=guessed)


# Each row: a text and every actor record extraction makes of it, in order.
CASES = [
    # a country's adjective before a noun of its people taken as one body ('the British public')
    # names that collective, no mention of the state (affil23); NEGATIVE: before the government,
    # or inside a name, it stays
    ("The British public has given £30m in aid. Britain sent two ships.",
     [actor("United Kingdom", "country", ["Britain"])]),
    ("The Norwegian government thanked the British people, and Britain said it would send more.",
     [actor("Norway", "country", ["Norwegian"]), actor("United Kingdom", "country", ["Britain"])]),
    ("The British public's gift was large, and Britain sent two ships.",
     [actor("United Kingdom", "country", ["Britain"])]),
    ("Canadian voters backed the plan, Canada said.", [actor("Canada", "country")]),
    ("The British government said it would help. Britain sent two ships.",
     [actor("United Kingdom", "country", ["British", "Britain"], count=2)]),
    ("Britain's people are generous, Britain said.", [actor("United Kingdom", "country", ["Britain"])]),
    ("The US public backed the plan, and the US government said it would pay.",
     [actor("United States", "country", ["US"])]),
    ("Britain's public finances are weak, Britain said.", [actor("United Kingdom", "country", ["Britain"], count=2)]),
    ("The Spanish public prosecutor said Spain would appeal.", [actor("Spain", "country", ["Spanish"], count=2)]),
    ("The British People's Party said it would help.",
     [actor("British People's Party", "organization", affiliation="United Kingdom"),
      actor("United Kingdom", "country", count=0)]),
    # 'federal' written before a body's name makes it the central state's, the article's main
    # country (affil23); NEGATIVE: a party, a union, a firm, 'federal' on another noun, no main country
    ("Canada will vote in May, Canadian officials said. The federal Harbour Safety Board said the plan was wrong.",
     [actor("Canada", "country", ["Canadian"], count=2), actor("Harbour Safety Board", "organization", affiliation="Canada", guessed=True)]),
    ("Canada will vote in May, Canadian officials said. The federal Harbour Party said the plan was wrong.",
     [actor("Canada", "country", ["Canadian"], count=2), actor("Harbour Party", "organization")]),
    ("Canada will vote in May, Canadian officials said. The federal Harbour Workers Union said the plan was wrong.",
     [actor("Canada", "country", ["Canadian"], count=2), actor("Harbour Workers Union", "organization")]),
    ("Canada will vote in May, Canadian officials said. The federal Coast Shipping Company said the plan was wrong.",
     [actor("Canada", "country", ["Canadian"], count=2), actor("Coast Shipping Company", "organization")]),
    ("Canada will vote in May, Canadian officials said. A federal judge told the Harbour Safety Board the plan was wrong.",
     [actor("Canada", "country", ["Canadian"], count=2), actor("Harbour Safety Board", "organization")]),
    # NEGATIVE (review 23): a name whose head is no state body's or agency's (a council, guild,
    # cooperative), or that holds a place
    ("Canada will vote in May, Canadian officials said. The federal Bar Council said the plan was wrong.",
     [actor("Canada", "country", ["Canadian"], count=2), actor("Bar Council", "organization")]),
    ("Canada will vote in May, Canadian officials said. The federal Nurses Guild said the plan was wrong.",
     [actor("Canada", "country", ["Canadian"], count=2), actor("Nurses Guild", "organization")]),
    ("Canada will vote in May, Canadian officials said. The federal Farmers Cooperative said the plan was wrong.",
     [actor("Canada", "country", ["Canadian"], count=2), actor("Farmers Cooperative", "organization")]),
    ("Canada and Mexico signed the deal. The federal Harbour Safety Board said the plan was wrong.",
     [actor("Canada", "country"), actor("Mexico", "country"), actor("Harbour Safety Board", "organization")]),
    # a title of a post named with 'to' before a name: the post is where the holder is sent, not
    # whom the holder serves; a given name read as a second body right after the post's body is
    # the holder (round 23)
    ("Former Canadian Envoy to the United Nations Nora Bush wrote in a letter that the pullout was a grave mistake.",
     [actor("Canada", "country", ["Canadian"]), actor("United Nations", "organization"),
      actor("Nora Bush", "person", role="Former Envoy", affiliation="Canada")]),
    ("Envoy to Syria Tom Reed said the pullout was a mistake.", [actor("Tom Reed", "person", role="Envoy")]),
    ("US Ambassador to France Ann Lowe said the pullout was wise.",
     [actor("United States", "country", ["US"]), actor("Ann Lowe", "person", role="Ambassador", affiliation="United States")]),
    # NEGATIVE: three words after a body's name, a fund's, stay one body
    ("A grant from the United Nations Maria Fund paid for the school.",
     [actor("United Nations Maria Fund", "organization")]),
    # one capitalised word that is a body's common noun names no body unless its state is known
    ("Council approves budget after long night. The Riverbend City Council passed the plan on Thursday.",
     [actor("Riverbend City Council", "organization")]),
    ("Tom Reed said the Government's new regulator would be tough.", [actor("Tom Reed", "person")]),
    ("The harbour plan was approved. Tom Reed said the Ministry would pay for it.", [actor("Tom Reed", "person")]),
    # a state's legislature is written as a name: it stays, beside any other body's name
    ("The House passed the bill, and the White House said it was glad.",
     [actor("House", "organization"), actor("White House", "organization", affiliation="United States"),
      actor("United States", "country", count=0)]),
    ("Ann Lowe said the Senate would pass the bill.", [actor("Ann Lowe", "person"), actor("Senate", "organization")]),
    ("Ann Lowe said the bill would go to Congress next year.",
     [actor("Ann Lowe", "person"), actor("Congress", "organization")]),
    # (a senator 'of Ohio' sits for the region's country: affil23)
    ("Ann Lowe said the deal was fair. Congress passed the bill, Senator Tom Reed of Ohio said.",
     [actor("Ann Lowe", "person"), actor("Congress", "organization"),
      actor("Tom Reed", "person", ["Senator Tom Reed"], role="Senator", affiliation="United States"),
      actor("United States", "country", count=0)]),
    # a name before a body's local unit of that body says where the unit is: no actor
    ("A spokesperson for the Harbury branch of the Municipal Porters' Union said staff had been assured that no posts "
     "would go.", [actor("Municipal Porters' Union", "organization")]),
    ("A spokesperson for the Harbury Council said the bins would be emptied.", [actor("Harbury Council", "organization")]),
    # a firm's name of common words before its unit is the unit's own name, no place
    ("The Brenmark Capital division of Ostlund Bank said profits rose.",
     [actor("Brenmark Capital", "organization"), actor("Ostlund Bank", "organization")]),
    # a body's remit listed after its 'of' runs on to its 'and'; a list that no 'and' closes
    # was the sentence's, and the name ends before its comma
    ("The Ministry of Health, Finance Minister Tom Reed and the Treasury agreed.",
     [actor("Ministry of Health", "organization"), actor("Tom Reed", "person", role="Finance Minister")]),
    ("The figures, published by the Department of Housing, Energy and the Environment on Monday, show a rise.",
     [actor("Department of Housing, Energy and the Environment", "organization")]),
    ("The Ministry of Health, Welfare and Sport said rents rose.",
     [actor("Ministry of Health, Welfare and Sport", "organization")]),
    # a known place after the comma is the body's campus, no list
    ("Ann Lowe, a professor at the University of California, Berkeley, said the data were clear.",
     [actor("Ann Lowe", "person", role="professor", affiliation="University of California, Berkeley"),
      actor("University of California, Berkeley", "organization")]),
    # a body's first word joins it where it qualifies the firm ('Corran shares'), not where it is
    # written as a place: after 'in', or as the town after a street's name
    ("Tom Reed of the Corran Finance Group said profits rose. Corran said it would cut jobs.",
     [actor("Tom Reed", "person", affiliation="Corran Finance Group"),
      actor("Corran Finance Group", "organization", ["Corran"], count=2)]),
    ("Caption: Refuse sacks piled on Moor Lane, Kessfield. Photo: Gazette\n\nTom Reed of the Kessfield "
     "Residents' Association said the change was unfair.",
     [actor("Tom Reed", "person", affiliation="Kessfield Residents' Association"),
      actor("Kessfield Residents' Association", "organization")]),
    ("Tom Reed of the Kessfield Residents' Association said the change was unfair. Rents in Kessfield have doubled.",
     [actor("Tom Reed", "person", affiliation="Kessfield Residents' Association"),
      actor("Kessfield Residents' Association", "organization")]),
    # the outlet on the article's 'Source:' line is its writer, no actor, where it is told or asks;
    # it stays where the story makes it the subject of a verb, and another outlet stays
    ("Ferry fares to rise\nDate: 2026-03-04\nSource: Harbour Radio News (web)\n\nTom Reed, the ferry operator's "
     "chief, told Harbour Radio News that fares would rise by 5%.", [actor("Tom Reed", "person", role="chief")]),
    ("Ferry fares to rise\nDate: 2026-03-04\nSource: Kestrel Broadcasting Corporation - Business\n\nCommuters "
     "spoken to by Kestrel Broadcasting Corporation were split. Ann Lowe said fares were too high.",
     [actor("Ann Lowe", "person")]),
    ("Ferry fares to rise\nDate: 2026-03-04\nOutlet: Kestrel Broadcasting Corporation\n\nThe Harbour Board said "
     "fares would rise. \"It is a scandal,\" Ann Lowe told the Kestrel Broadcasting Corporation.",
     [actor("Harbour Board", "organization"), actor("Ann Lowe", "person")]),
    ("Ferry fares to rise\nDate: 2026-03-04\nSource: Harbour Radio News\n\nHarbour Radio News said on Monday it "
     "would cut 40 jobs in its newsroom, Ann Lowe said.",
     [actor("Harbour Radio News", "organization"), actor("Ann Lowe", "person")]),
    ("Ferry fares to rise\nDate: 2026-03-04\nSource: Harbour Gazette\n\nHarbour Council said fares would rise. "
     "Tom Reed told the Kestrel Broadcasting Corporation the rise was unfair.",
     [actor("Harbour Council", "organization"), actor("Tom Reed", "person"),
      actor("Kestrel Broadcasting Corporation", "organization")]),
    # without a source line, a paper only told is the writer's own outlet (test_named_bodies.py)
    ("Ferry fares to rise\n\nTom Reed told Harbour Radio News that fares would rise by 5%.",
     [actor("Tom Reed", "person")]),
    # the outlet stays as the second subject of a pair, as a passive's subject, and where the
    # source line names a body's press office whose spokesperson speaks for it
    ("Ferry fares to rise\nDate: 2026-03-04\nSource: Harbour Radio News\n\nTom Reed and Harbour Radio News sued "
     "the council over the ban.",
     [actor("Tom Reed", "person"), actor("Harbour Radio News", "organization")]),
    ("Ferry fares to rise\nDate: 2026-03-04\nSource: Harbour Radio News\n\nHarbour Radio News was fined by the "
     "regulator on Monday, Ann Lowe said.",
     [actor("Harbour Radio News", "organization"), actor("Ann Lowe", "person")]),
    ("Ferry fares to rise\nDate: 2026-03-04\nSource: Harbury Council press office\n\nA spokesperson for Harbury "
     "Council said the ferry would run from May.", [actor("Harbury Council", "organization")]),
    # the article's main country, written only as a company's nationality and where things happen,
    # is no actor where no actor is its and no 'government' or 'country' may stand for it
    ("Irish builder Kessa Homes AG will cut 200 jobs, the company said. Tom Reed blamed delays to contracts "
     "in Ireland.", [actor("Kessa Homes AG", "organization", role="Irish builder", count=2), actor("Tom Reed", "person")]),
    ("Austrian chipmaker Velto GmbH said its profit fell. Demand in Austria was weak, chief executive Ann Lowe said.",
     [actor("Velto GmbH", "organization", role="Austrian chipmaker"),
      actor("Ann Lowe", "person", role="chief executive", affiliation="Velto GmbH")]),   # (the one company, named just before: affil28)
    ("Irish builder Kessa Homes AG will cut 200 jobs. Ireland said it would help. Tom Reed blamed delays in Ireland.",
     [actor("Ireland", "country", ["Irish"], count=3), actor("Kessa Homes AG", "organization", role="Irish builder"),
      actor("Tom Reed", "person")]),
    ("Irish builder Kessa Homes AG will cut 200 jobs. The government said it would help workers in Ireland.",
     [actor("Ireland", "country", ["Irish"], count=3), actor("Kessa Homes AG", "organization", role="Irish builder")]),
    ("Canadian miner Kessa Ore AG will cut 200 jobs in Canada. Ottawa promised to help the miners.",
     [actor("Canada", "country", ["Canadian", "Ottawa"], count=3),
      actor("Kessa Ore AG", "organization", role="Canadian miner")]),
    ("Irish builder Kessa Homes AG will cut 200 jobs, Ireland's finance minister Ann Lowe said. Sales in Ireland fell.",
     [actor("Ireland", "country", ["Irish"], count=3), actor("Kessa Homes AG", "organization", role="Irish builder"),
      actor("Ann Lowe", "person", role="finance minister", affiliation="Ireland")]),
    # a country that owns only a description of another name or a ranking in it does not act
    ("Marlo Motors Ltd, Kenya's third-largest carmaker, said on Friday its profit rose.",
     [actor("Marlo Motors Ltd", "organization", role="third-largest carmaker")]),
    ("Marlo Motors is Kenya's biggest bank, Tom Reed said.", [actor("Tom Reed", "person")]),
    ("Kenya's largest trading partner, Uganda, closed the border.", [actor("Uganda", "country")]),
    # its state body or voice, or its own decision, is the country acting
    ("Marlo Bank, Kenya's central bank, said rates would rise.",
     [actor("Marlo Bank", "organization", role="central bank"), actor("Kenya", "country")]),
    ("Tom Reed, Kenya's top diplomat, said the talks failed.",
     [actor("Tom Reed", "person", role="top diplomat", affiliation="Kenya"), actor("Kenya", "country")]),
    ("Kenya's decision to close the border angered traders, Tom Reed said.",
     [actor("Kenya", "country"), actor("Tom Reed", "person")]),
    # one camel-case word the recogniser missed is a body only where it reports a share or is cited
    ("Tom Reed gave RealClearPolls 40 dollars.", [actor("Tom Reed", "person")]),
    ("RealClearPolls showed Tom Reed the way to 40 towns.", [actor("Tom Reed", "person")]),
    ("Ann Lowe is ahead by 3 points, according to RealClearPolls.",
     [actor("Ann Lowe", "person"), actor("RealClearPolls", "organization")]),
    # an honorific that ends a longer title is no part of the name
    ("Vice President Tom Reed met the envoy.", [actor("Tom Reed", "person", role="Vice President")]),
    # a two-letter short form of the one body the article names with those initials
    ("The White House said the talks were over. Tom Reed said the WH statement was wrong.",
     [actor("White House", "organization", ["WH"], affiliation="United States", count=2), actor("Tom Reed", "person"),
      actor("United States", "country", count=0)]),
    # titles: honorifics are no role, offices are
    ("Mr Tom Reed opened the meeting.", [actor("Tom Reed", "person", ["Mr Tom Reed"])]),
    ("Dr Ann Lowe published the study on Tuesday.", [actor("Ann Lowe", "person", ["Dr Ann Lowe"])]),
    ("Prime Minister Anna Berg met the delegation in Oslo.", [actor("Anna Berg", "person", role="Prime Minister")]),
    ("Chancellor Max Vogel presented the budget to parliament.", [actor("Max Vogel", "person", role="Chancellor")]),
    ("Sen. Bill Hart voted against the bill.", [actor("Bill Hart", "person", ["Sen. Bill Hart"], role="Senator")]),
    ("President Lena Ortiz signed the decree.",
     [actor("Lena Ortiz", "person", ["President Lena Ortiz"], role="President")]),
    ("Senator Bill Hart spoke first. Later Mr Hart left the chamber.",
     [actor("Bill Hart", "person", ["Senator Bill Hart", "Mr Hart", "Hart"], role="Senator", count=2)]),
    # roles and the bodies they serve
    ("Defence Secretary Ruth Kane says Britain will send two ships.",
     [actor("Ruth Kane", "person", role="Defence Secretary", affiliation="United Kingdom"),
      actor("United Kingdom", "country", ["Britain"])]),
    ("Green Party leader Sam Hollis said the tax was unfair.",
     [actor("Green Party", "organization"), actor("Sam Hollis", "person", role="leader", affiliation="Green Party")]),
    ("Omar Said, National Front military attaché in Cairo, said there was no fighting.",
     [actor("Omar Said", "person", role="military attaché", affiliation="National Front"),
      actor("National Front", "organization")]),
    ("Ivan Petrov, the Alliance's Foreign Minister, said the talks would resume.",
     [actor("Ivan Petrov", "person", role="Foreign Minister")]),
    pytest.param(
        "Presidents Amara Okonkwo of Zembia and Luis Ferreira of Portugal signed the treaty on Sunday.",
        [actor("Luis Ferreira", "person", affiliation="Portugal"), actor("Portugal", "country"),
         actor("Amara Okonkwo", "person", ["President Amara Okonkwo"], role="President")],
        marks=pytest.mark.xfail(strict=True, reason="known: a president of an unknown country is given the "
                                                      "article's main country (Portugal)")),
    # a lone surname one vowel apart from a spokesman's, speaking right after a quotation that
    # follows his full name, is his
    ('Navy spokesman Omar Rashed said the drones hit the plant. "We will strike again," Rashid said.',
     [actor("Navy", "organization"),
      actor("Omar Rashed", "person", ["Rashid"], role="spokesman", affiliation="Navy", count=2)]),
    ('Navy spokesman Omar Rashed said the drones hit the plant. "We will strike again", said Rashid.',
     [actor("Navy", "organization"),
      actor("Omar Rashed", "person", ["Rashid"], role="spokesman", affiliation="Navy", count=2)]),
    # ... not a word with its own description, nor one without the quotation, nor '-sen'/'-son'
    ("Tom Karen said the deal was done. Koren, a rival bidder, said the price was too high.",
     [actor("Tom Karen", "person"), actor("Koren", "person", role="rival bidder")]),
    ("Ann Lowe met Peter Hanson. Hansen said the talks went well.",
     [actor("Ann Lowe", "person"), actor("Peter Hanson", "person"), actor("Hansen", "person")]),
    ("Maria Jensen chairs the board. Jenson told reporters the deal was dead.",
     [actor("Maria Jensen", "person"), actor("Jenson", "person")]),
    ('Peter Hanson said the deal was done. "It is over," Hansen said.',
     [actor("Peter Hanson", "person"), actor("Hansen", "person")]),
    ('Navy spokesman Omar Rashed said the drones hit the plant. Rashid said they would strike again.',
     [actor("Navy", "organization"), actor("Omar Rashed", "person", role="spokesman", affiliation="Navy"),
      actor("Rashid", "person")]),
    # not a consonant apart, not where the word is also used before the person is named
    ('Navy spokesman Omar Hadid said the talks had failed. "We are ready," Hadim said.',
     [actor("Navy", "organization"), actor("Omar Hadid", "person", role="spokesman", affiliation="Navy"),
      actor("Hadim", "organization")]),
    ("Corran chief Tom Corrin said the firm would pay. Later Corran said it would appeal.",
     [actor("Tom Corrin", "person", role="chief", affiliation="Corran"), actor("Corran", "organization")]),
    # a plural title before a list of names is no form of the first name
    ("Critics of the plan, like Senators Ann Lowe, Republican of Ohio, and Tom Reed, Democrat of Maine, say it is "
     "open to abuse.",
     [actor("Ann Lowe", "person", role="Senator", affiliation="Republican Party"),
      actor("Republican Party", "organization", ["Republican"]),
      actor("Tom Reed", "person", role="Senator", affiliation="Democratic Party"),
      actor("Democratic Party", "organization", ["Democrat"]), actor("critics of the plan", "group")]),
    # two bodies joined by 'and' are two where one is named apart; a firm's 'A and B' name stays one
    ("Tom Reed, the chief executive of Ora Group, said the series can also be watched on Hulu and Ora's site. "
     "Hulu declined to comment.",
     [actor("Tom Reed", "person", role="chief executive", affiliation="Ora Group"),
      actor("Ora Group", "organization", ["Ora"], count=2), actor("Hulu", "organization")]),
    ("Shares in Procter and Gamble rose after Procter and Gamble said sales grew.",
     [actor("Procter and Gamble", "organization", count=2)]),
    # ... not where a part is only the first word of another body's name
    ("Ernst and Young said the audit was sound. Young Enterprise said it would appeal.",
     [actor("Ernst and Young", "organization"), actor("Young Enterprise", "organization")]),
    # a writer's bracketed gloss stays in a body's name and in a gloss that gives the person's title
    ('"The [Zembian] Army will not stop," Tom Reed said.',
     [actor("Zembian Army", "organization"), actor("Tom Reed", "person")]),
    ('"I spoke to [Prime Minister Tom] Reed on Monday," Ann Lowe said.',
     [actor("Tom Reed", "person", role="Prime Minister"), actor("Ann Lowe", "person")]),
    # a country owning its census is the source of the count, no mere setting
    ("Chile's census counted 18 million people.", [actor("Chile", "country")]),
    # a broadcaster's channels named only where a programme is shown are no actors; one that speaks is
    ("The concert will be aired on XYZ One and XYZ News 24 between 0940 and 1055 GMT on Friday.", []),
    ("The film was shown on XYZ Two, and XYZ Two said it was proud.", [actor("XYZ Two", "organization", count=2)]),
    # initials that no country, place or US state is written as name a body, whatever the recogniser
    # took them for
    ("RT covered the annexation as a rightful move. Ann Lowe, the RT editor in chief, said so.",
     [actor("Ann Lowe", "person", role="editor in chief", affiliation="RT"), actor("RT", "organization")]),
    # one actor for all forms of a name
    ("The World Trade Organization met in Geneva. The WTO said tariffs would fall. Later the W.T.O. said more.",
     [actor("World Trade Organization", "organization", ["WTO", "W.T.O"], count=3)]),
    ("The Northern Alliance took the town. The Alliance said it would hold talks.",
     [actor("Northern Alliance", "organization", ["Alliance"], count=2)]),
    ("The Kurdistan Workers' Party (PKK) said it would fight. Later the PKK said more.",
     [actor("Kurdistan Workers' Party", "organization", ["PKK"], count=3, acronyms=["PKK"])]),
    ("Ministers signed the Pacific Maritime Trade Zone (PaMTZ) accord on Monday. The PaMTZ said it will open in May.",
     [actor("Pacific Maritime Trade Zone", "organization", ["PaMTZ"], count=3, acronyms=["PaMTZ"])]),   # mixed-case acronym
    # a given name right before a month's name (no day or year after it) is a person's full name
    ("The Harbour Minister, Sarah August, warned that ports would close.",
     [actor("Sarah August", "person", role="Harbour Minister")]),
    ("The Harbour Minister, Sarah August, warned that ports would close. Ms August said more.",
     [actor("Sarah August", "person", ["Ms August", "August"], role="Harbour Minister", count=2)]),
    ("Tom Reed met Mr March on Friday.", [actor("Tom Reed", "person"), actor("March", "person", ["Mr March"])]),
    ("Dr May 5 was busy, Tom Reed said.", [actor("Tom Reed", "person")]),
    ("Ms Lowe said the talks would end. Ms Lowe left in May.", [actor("Lowe", "person", ["Ms Lowe"], count=2)]),
    ("Mary Ann May, the harbour chief, said the port was shut.", [actor("Mary Ann May", "person", role="harbour chief")]),
    ("Tom Reed said the talks would resume in May.", [actor("Tom Reed", "person")]),
    ("Ann left in May, Tom Reed said.", [actor("Ann", "person"), actor("Tom Reed", "person")]),
    ("The vote, held on Friday May 3, was close, Tom Reed said.", [actor("Tom Reed", "person")]),
    ("Theresa, May I ask you a question? Tom Reed said.", [actor("Tom Reed", "person")]),
    ("Tom Reed thanked Ann, May and June.", [actor("Tom Reed", "person"), actor("Ann", "person")]),
    ("Protests in Georgia March on, Tom Reed said.", [actor("Tom Reed", "person")]),
    ("The Chelsea May Day rally drew crowds, Tom Reed said.", [actor("Tom Reed", "person")]),
    ("Tom Reed met Grace in May.", [actor("Tom Reed", "person"), actor("Grace", "person")]),
    # an agreement or a trade area, and the acronym its name defines, is an actor only where it speaks or decides
    ("Ministers signed the Pacific Maritime Trade Zone (PaMTZ) accord on Monday. The PaMTZ will open in May.", []),
    ("Ministers signed the Corran Trade Agreement (CTA) in March. Tom Reed said the CTA would cut tariffs.",
     [actor("Tom Reed", "person")]),
    ("The Kessa Pact (KP) came into force in May. Officials said the KP had failed.", [actor("officials", "group")]),
    ("The Corran Free Trade Zone grew fast, Tom Reed said.", [actor("Tom Reed", "person")]),
    ("The Zembian Free Trade Area (ZFTA) warned on Monday that tariffs would rise.",
     [actor("Zembian Free Trade Area", "organization", acronyms=["ZFTA"])]),
    ("Ann Lowe said the Zembian Free Trade Area (ZFTA) was failing. The ZFTA secretariat said it disagreed.",
     [actor("Ann Lowe", "person"), actor("Zembian Free Trade Area", "organization", ["ZFTA"], count=2, acronyms=["ZFTA"])]),
    ("Under the Corran Trade Agreement (CTA), tariffs fall. The CTA ruled on Friday that the ban was unlawful.",
     [actor("CTA", "organization")]),
    ("According to the Zembian Free Trade Area (ZFTA), exports rose.",
     [actor("Zembian Free Trade Area", "organization", acronyms=["ZFTA"])]),
    # so is the one word its initials make where the article names it in full too, capitals or not
    ("Mexico signed the Corran Trade Agreement in 1994.\n\nTom Reed said the firm broke the rules of Cota.",
     [actor("Mexico", "country"), actor("Tom Reed", "person")]),
    ("Mexico signed the Corran Trade Agreement in 1994.\n\nCota said the rules were broken.",
     [actor("Mexico", "country"), actor("Cota", "organization")]),
    # bodies whose names merely hold such a word
    ("Ann Lowe joined the Corran Treaty Organization (CTO) in May. The CTO met.",
     [actor("Ann Lowe", "person"), actor("Corran Treaty Organization", "organization", ["CTO"], count=3, acronyms=["CTO"])]),
    ("Tom Reed praised the Corran Trade Zone Authority (CTZA). The Organization of the Petroleum Exporting Countries met.",
     [actor("Tom Reed", "person"), actor("Corran Trade Zone Authority", "organization", ["CTZA"], count=2, acronyms=["CTZA"]),
      actor("Organization of the Petroleum Exporting Countries", "organization")]),
    ("Tom Reed praised the North Atlantic Treaty Organization.",
     [actor("Tom Reed", "person"), actor("NATO", "organization", ["North Atlantic Treaty Organization"])]),
    ("Britain's defence chiefs met on Monday to discuss the plan.", [actor("United Kingdom", "country", ["Britain"])]),
    ("Benin, Togo and Burkina Faso signed the accord.",
     [actor("Benin", "country"), actor("Togo", "country"), actor("Burkina Faso", "country")]),
    # no actor: a place where something happens, an adjective
    ("Fighting continued in Kunduz, the officials said.", [actor("officials", "group")]),
    # a body's name the parser hung on the cue as an adverb before a participle set off by commas speaks
    ("Radio Nordvik, citing officials, reported that the harvest had failed.", [actor("Radio Nordvik", "organization")]),
    ("A key aim of the pact is to lift intra-Africa trade.", []),
    # a firm named after its partners keeps its name, whoever else of that name the article has
    ("Lowe & Lowe said its vaccine was safe. Ann Lowe welcomed the news.",
     [actor("Lowe & Lowe", "organization"), actor("Ann Lowe", "person")]),
    # 'for the' joins a court's name and its district's, not any two bodies
    ("Tom Reed campaigned for the Harbour Party for the European Parliament.",
     [actor("Tom Reed", "person"), actor("Harbour Party", "organization"), actor("European Parliament", "organization")]),
    ("The Court of Appeals for the Tenth Circuit ruled against the law.",
     [actor("Court of Appeals for the Tenth Circuit", "organization")]),
    # one '-care' word is a scheme, unless it speaks
    ("BrightHealthcare said premiums would rise.", [actor("BrightHealthcare", "organization")]),
    ("Reedcare is pushing fees up, Tom Reed said.", [actor("Tom Reed", "person")]),
    # a year before a name: an edition or model, but a body whose name qualifies a noun is the body
    ("The 2024 Harbour Party manifesto was published, Tom Reed said.",
     [actor("Harbour Party", "organization"), actor("Tom Reed", "person")]),
    # a university 'of' a place 'at' another place is that campus
    ("Ann Lowe, a professor at the University of Vermont at Burlington, said the test was flawed.",
     [actor("Ann Lowe", "person", role="professor", affiliation="University of Vermont at Burlington"),
      actor("University of Vermont at Burlington", "organization")]),
    # a given name written again bare, in another paragraph, with one letter swapped as spellings of one name do, is one person's
    ("Viktor Reed, 50, said he was betrayed.\n\nMr Reed joined the army in 1970.\n\nThe agency took what Victor Reed had, Ann Lowe said.",
     [actor("Viktor Reed", "person", ["Mr Reed", "Reed", "Victor Reed"], count=3), actor("Ann Lowe", "person")]),
    ("Mark Reed and Mary Reed said no.", [actor("Mark Reed", "person"), actor("Mary Reed", "person")]),
    # post-nominal letters are no part of a person's name; they are the member's role
    ("Tom Reed MP said no.", [actor("Tom Reed", "person", ["Tom Reed MP"], role="MP")]),
    # a given name and two surnames: the first surname alone is that person, where exactly one
    # full name of the article has it there and no one's name ends on it
    ("Pedro Quintero Vargas owns the mill. Quintero said sales fell.",
     [actor("Pedro Quintero Vargas", "person", ["Quintero"], count=2)]),
    ("Former judge Marta Solís Echeverri said the count was fair. Ms Solís added that she would appeal.",
     [actor("Marta Solís Echeverri", "person", ["Ms Solís", "Solís"], role="Former judge", count=2)]),
    ("Julián Cortés Arenas, the mayor, said the bridge was safe. Mr Cortés said repairs would start in May.",
     [actor("Julián Cortés Arenas", "person", ["Mr Cortés", "Cortés"], role="mayor", count=2)]),
    ("Ann Marie Lowe said no. Marie laughed.", [actor("Ann Marie Lowe", "person"), actor("Marie", "person")]),
    ("Rafael Duarte Ibarra and Lucía Duarte Mora spoke. Mr Duarte said the vote was close.",
     [actor("Rafael Duarte Ibarra", "person"), actor("Lucía Duarte Mora", "person"), actor("Duarte", "person", ["Mr Duarte"])]),
    ("Rafael Duarte Ibarra met Tom Duarte. Duarte said the vote was close.",
     [actor("Rafael Duarte Ibarra", "person"), actor("Tom Duarte", "person", ["Duarte"], count=2)]),
    ("Beatriz Lozano Prieto resigned. Mr Lozano said he was sorry.",
     [actor("Beatriz Lozano Prieto", "person"), actor("Lozano", "person", ["Mr Lozano"])]),
    ("Rafael Duarte Ibarra founded Duarte Holdings. Duarte Holdings said profits rose.",
     [actor("Rafael Duarte Ibarra", "person", role="founder", affiliation="Duarte Holdings"), actor("Duarte Holdings", "organization", count=2)]),
    # a capitalised noun of a doer before a given name is the person's job, not a name word;
    # a given name or a surname-first name keeps its first word
    ("Midfielder Omar Haddad said the team was tired.", [actor("Omar Haddad", "person")]),
    ("Plumber Ann Lowe said prices rose.", [actor("Ann Lowe", "person")]),
    ("Carpenter Joe Reed said the timber was wet.", [actor("Joe Reed", "person")]),
    ("Librarian Ruth Okafor said the shelves were empty.", [actor("Ruth Okafor", "person", role="Librarian")]),
    ("Tan Wei Ming said the port was busy.", [actor("Tan Wei Ming", "person")]),
    ("Hunter Ann Lowe said no.", [actor("Hunter Ann Lowe", "person")]),
    ("Porter Tom Reed said no.", [actor("Porter Tom Reed", "person")]),
    # a capitalised noun that says who the person is (a parent, a pensioner) is no name word either;
    # NEGATIVE: a cleric's style, a noun opening a post's words, a body's name (session 35)
    ("Parent Tamsin Oduya said the school was closed.", [actor("Tamsin Oduya", "person")]),
    ("Pensioner Ravi Nandan said the bus fares were too high.", [actor("Ravi Nandan", "person")]),
    ("Student Ann Lowe said the fees were unfair.", [actor("Ann Lowe", "person")]),
    ("Father Michael Kelly said the parish would help.", [actor("Michael Kelly", "person")]),
    ("Patient Safety Officer Ann Lowe said the ward was safe.", [actor("Ann Lowe", "person", role="Patient Safety Officer")]),
    # a party's standing in the chamber before its name describes it (session 35); NEGATIVE: the word and
    # a head only is a name ('the Opposition Alliance'), 'the Opposition' alone names no party
    ("The Opposition Marlo Party said the plan was a scandal.", [actor("Marlo Party", "organization")]),
    ("The Ruling Kessa Party said the vote was fair.", [actor("Kessa Party", "organization")]),
    ("The Opposition Alliance said the plan was a scandal.", [actor("Opposition Alliance", "organization")]),
    ("The Opposition said the plan was a scandal.", []),
    ("Parent Council chairman Tom Reed said the school was full.",
     [actor("Parent Council", "organization"), actor("Tom Reed", "person", role="chairman", affiliation="Parent Council")]),
    # a name in apposition to a noun of a kind of body is a firm's; a doer's noun ('builder')
    # only where the name ends on a common plural or something owns or lists it
    ("Varto Homes, a Dutch builder, said sales fell.", [actor("Varto Homes", "organization", role="Dutch builder")]),
    ("Rivet Homes, a local builder, said costs rose.", [actor("Rivet Homes", "organization", role="local builder")]),
    ("TerraLink, the state-owned grid operator, said the line was full.",
     [actor("TerraLink", "organization", role="state-owned grid operator")]),
    ("Marlo Dunn, a Dutch builder, said sales fell.",
     [actor("Marlo Dunn", "person", role="builder", affiliation="Netherlands"), actor("Netherlands", "country", ["Dutch"])]),
    ("Tom Reed, a developer, said the farm would open.", [actor("Tom Reed", "person", role="developer")]),
    # a name read as a person's whose words are a body's (a trade collective's plural as its head, a field's
    # noun before a known place) and which the parse treats as a body (a post or voice right after it, its
    # own 'its') is a body's (session 56); NEGATIVE: a given name and a surname, a title, an age, a 'he' near,
    # no treatment as a body, an 'its' another noun owns
    ("Chief executive Tom Barker said Riverland Citrus Growers would cut its prices next year.",
     [actor("Tom Barker", "person", role="Chief executive"), actor("Riverland Citrus Growers", "organization")]),
    ("Marlo Bay Seafoods has cut its prices.", [actor("Marlo Bay Seafoods", "organization")]),
    ("Marlo Bay Seafoods said the council had cut its grant.", [actor("Marlo Bay Seafoods", "person")]),
    ("Schools invited Hockey Tasmania to the fair. A Hockey Tasmania spokesperson said the body would come.",
     [actor("Hockey Tasmania", "organization", count=2)]),
    ("The league met Rowing Victoria on Monday. A Rowing Victoria spokeswoman said the matter was closed.",
     [actor("Rowing Victoria", "organization", count=2)]),
    ("Schools invited Hockey Tasmania to the fair.", [actor("Hockey Tasmania", "person")]),
    ("Schools invited Hockey Tasmania to the fair. Hockey Tasmania said he was away.",
     [actor("Hockey Tasmania", "person", count=2)]),
    # NEGATIVE (session 56 review): a person whose given name no list holds and whose surname is a common
    # plural stays a person with the role and affiliation the article gives: an 'its' in a reported clause,
    # a surname alone as a speaker and a description, an apposition, a copula with a post or a person's noun,
    # a post on another person after 'and' or a verb, 'said official …', a person's own spokesman, a
    # person's descriptor or an indirect object before the name
    ("Keron Chambers said the ministry had broken its promise to farmers in Couva.",
     [actor("Keron Chambers", "person")]),
    ("Keron Chambers says the club spent its money badly. Chambers, a former captain, said the board must go.",
     [actor("Keron Chambers", "person")]),
    ("Siosaia Gates, the Tongan prop, said the union had let its players down.",
     [actor("Siosaia Gates", "person", role="prop", affiliation="Tonga"), actor("Tonga", "country", ["Tongan"])]),
    ("Blessing Chinhoyi said the clinic would reopen its maternity ward. Chinhoyi is a nurse at the clinic.",
     [actor("Blessing Chinhoyi", "person", ["Chinhoyi"], role="nurse", count=2)]),
    ("Rangi Waters is chairwoman of the Ngati Kessa trust board.",
     [actor("Rangi Waters", "person", role="chairwoman", affiliation="Ngati Kessa trust board"),
      actor("Ngati Kessa trust board", "organization", count=0)]),
    ("Jhonelle Powers became director of the Kessa Arts Centre last year.",
     [actor("Jhonelle Powers", "person", role="director", affiliation="Kessa Arts Centre"),
      actor("Kessa Arts Centre", "organization")]),
    ("Hemi Woods and chairman Tom Reed opened the new wharf on Friday.",
     [actor("Hemi Woods", "person"), actor("Tom Reed", "person", role="chairman")]),
    ("Siosaia Gates thanked chairman Lui Tapa for the invitation.",
     [actor("Siosaia Gates", "person"), actor("Lui Tapa", "person", role="chairman")]),
    ("Shevon Sparks said official figures showed crime had risen in San Fernando.",
     [actor("Shevon Sparks", "person")]),
    ("Nomvula Burns's spokesman said the minister would not comment.", [actor("Nomvula Burns", "person")]),
    ("Event organiser Thandeka Waters said tickets had sold out.",
     [actor("Thandeka Waters", "person", role="Event organiser")]),
    ("Officers told the committee Keron Chambers had broken the rules.",
     [actor("Keron Chambers", "person"), actor("officers", "group")]),
    ("Tom Growers said he would run again.", [actor("Tom Growers", "person")]),
    ("Dr Harbour Farmers said the clinic was closed.", [actor("Harbour Farmers", "person", ["Dr Harbour Farmers"])]),
    ("Ann Marie Fields said the price was too high.", [actor("Ann Marie Fields", "person")]),
    ("Lincoln Brooks said he would stand again.", [actor("Lincoln Brooks", "person")]),
    ("Sydney Rivers runs its own shop, he said.", [actor("Sydney Rivers", "person", count=2)]),
    ("Kent Fisher said his team had won.", [actor("Kent Fisher", "person")]),
    ("Harbour Fields, 54, said she had sold its shares, the Kessa Growers spokesperson said.",
     [actor("Harbour Fields", "person")]),
    # its officers attach where the post's body is read by its final type, not the recogniser's label: a
    # known place beside a common word named whole as a body of the article before a post; "X's head of"
    # a field as a body's usage; its voice, where that occurrence is no entity, keeps the body's page
    # (session 56); NEGATIVE: a place's name alone before the post, 'head of state', no body's usage, a
    # voice noun that is no subject, a pronoun near
    ("Schools invited Sport Cornwall to the fair. Sport Cornwall chairman Ian Hale said the body would come.",
     [actor("Sport Cornwall", "organization"), actor("Ian Hale", "person", role="chairman", affiliation="Sport Cornwall")]),
    ("Schools invited Netball Otago to the fair. Netball Otago chief executive Ruth Dane said the body would come.",
     [actor("Netball Otago", "organization"),
      actor("Ruth Dane", "person", role="chief executive", affiliation="Netball Otago")]),
    ("The league met Rowing Manitoba in May. Rowing Manitoba's head of coaching, Clara Voss, announced the new "
     "season.",
     [actor("Rowing Manitoba", "organization", count=2),
      actor("Clara Voss", "person", role="head of coaching", affiliation="Rowing Manitoba")]),
    ("The Tarrow Rowing Club asked Rowing Manitoba for help last year. A Rowing Manitoba spokeswoman said the body "
     "would review the accounts.",
     [actor("Tarrow Rowing Club", "organization"), actor("Rowing Manitoba", "organization", count=2)]),
    ("Otago chief executive Ruth Dane said the review was fair.",
     [actor("Ruth Dane", "person", role="Otago chief executive")]),
    ("The league met Rowing Manitoba in May. Rowing Manitoba said the cuts were needed.",
     [actor("Rowing Manitoba", "person", count=2)]),
    ("Reporters asked Orchard Valley Growers about the plan. They told an Orchard Valley Growers spokesperson the "
     "plan was late.", []),
    ("The council wrote to Tarrow Fields last week. Tarrow Fields's head of state, Ann Pike, said he was away.",
     [actor("Ann Pike", "person", role="head of state")]),
    ("Ships visited Rowing Manitoba in May. A Rowing Manitoba spokesman and his wife said the visit was short.",
     [actor("Rowing Manitoba", "person", count=2)]),
    # a body of which there is one per region runs on over 'for' and the region; not a party, nor a
    # place that owns what follows
    ("The talks were watched by the UN Office for East Africa, aides said.",
     [actor("UN Office for East Africa", "organization"), actor("aides", "group")]),
    ("The Harbour Commission for Wales said fares would rise.", [actor("Harbour Commission for Wales", "organization")]),
    ("The Corran Agency for Kenya said the roads were closed.", [actor("Corran Agency for Kenya", "organization")]),
    ("Ann Lowe thanked the Harbour Office for Ohio support, the mayor said.",
     [actor("Ann Lowe", "person"), actor("Harbour Office", "organization")]),
    # NEGATIVE: a purpose after 'for' that ends on no place is no word of the body's name (names31 review)
    ("The Corran Agency for Safe Roads said the roads were closed.", [actor("Corran Agency", "organization")]),
    # a list of places is the body's remit, not its first place (review21e)
    ("The Corran Agency for Kenya and Uganda said the roads were closed.", [actor("Corran Agency", "organization")]),
    # a one-word name visited or gone to is a place, no first surname written alone (review21e)
    ("Pedro Quintero Vargas flew to Quintero on Monday. Quintero has 4,000 people.",
     [actor("Pedro Quintero Vargas", "person"), actor("Quintero", "person", count=2)]),   # its kind: the recogniser's
    ("Pedro Quintero Vargas owns the mill. Quintero, a city councillor, said sales fell.",
     [actor("Pedro Quintero Vargas", "person", ["Quintero"], role="city councillor", count=2)]),
    # a person named only by a peerage title and one word is known by both
    ("Baroness Hale said the schools would open. Hale said more later.",
     [actor("Baroness Hale", "person", ["Hale"])]),
    # a peer's title and surname is no other full name's unless that name has the title too
    ("Robin Hale said no. Lord Hale later said yes.",
     [actor("Robin Hale", "person"), actor("Lord Hale", "person", ["Hale"])]),
    ("Lord Reed said the bill was flawed. Tom Reed, an MP, said it was fine.",
     [actor("Lord Reed", "person", ["Reed"]), actor("Tom Reed", "person", role="MP")]),
    ("Lord Tom Reed said the bill was flawed. Later Lord Reed said it was fine.",
     [actor("Tom Reed", "person", ["Lord Tom Reed", "Lord Reed", "Reed"], count=2)]),
    ("Pope Leo met the envoy. Leo said peace was near.", [actor("Pope Leo", "person", ["Leo"], role="Pope", count=2)]),
    ("King Harald Olsen opened the bridge.", [actor("Harald Olsen", "person", ["King Harald Olsen"], role="King")]),
    ("Lord Hale and Lady Hale said no. Hale laughed.", [actor("Hale", "person", ["Lord Hale", "Lady Hale"], count=2)]),
    ("Ann Lowe, who teaches at Corran College in Kent, said the test was flawed.",
     [actor("Ann Lowe", "person"), actor("Corran College", "organization")]),
    # a department written both ways round, or with its country before it, is one body; not across
    # countries, department words or subjects, and a bare name joins no country's department
    ("The Russian Defence Ministry said the drill was over. The US Defense Department disagreed.",
     [actor("Russian Defence Ministry", "organization", affiliation="Russia"),
      actor("US Defense Department", "organization", affiliation="United States"),
      actor("Russia", "country", count=0), actor("United States", "country", count=0)]),
    ("The Defence Ministry said the drill was over. The Defence Department disagreed.",
     [actor("Defence Ministry", "organization"), actor("Defence Department", "organization")]),
    ("The Health Department said the drug was safe. The Department of Health and Human Services agreed.",
     [actor("Health Department", "organization"), actor("Department of Health and Human Services", "organization")]),
    ("The British Treasury said the bonds were safe. The US Treasury Department disagreed.",
     [actor("British Treasury", "organization"), actor("US Treasury Department", "organization", affiliation="United States"),
      actor("United States", "country", count=0)]),
    ("The Justice Department said the case was open. The Department of Justice later closed it.",
     [actor("Department of Justice", "organization", ["Justice Department"], count=2)]),
    ("The US Treasury said the bonds were safe. Later the Treasury Department said it would sell them. "
     "The Department of the Treasury declined to comment.",
     [actor("Department of the Treasury", "organization", ["US Treasury", "Treasury Department"], count=3)]),
    # a body named only as where something is shown or watched ('streamed on X') is no actor;
    # one that acts, is described or employs someone anywhere in the article stays
    ("The debate was shown on Kestrel Network, which paid Ann Lowe 40 dollars.",
     [actor("Kestrel Network", "organization"), actor("Ann Lowe", "person")]),
    ("The debate was shown on Kestrel Network, a broadcaster owned by Tom Reed.",
     [actor("Kestrel Network", "organization", role="broadcaster"), actor("Tom Reed", "person")]),
    ("Kestrel Network said the debate was streamed on Kestrel Network.",
     [actor("Kestrel Network", "organization", count=2)]),
    ("Tom Reed posted the video on Kestrel Network. Kestrel Network removed it on Monday.",
     [actor("Tom Reed", "person"), actor("Kestrel Network", "organization", count=2)]),
    ("Ann Lowe, a presenter at Kestrel Network, said the debate would be streamed on Kestrel Network.",
     [actor("Ann Lowe", "person", role="presenter", affiliation="Kestrel Network"),
      actor("Kestrel Network", "organization", count=2)]),
    ("The debate aired on Kestrel Network, owned by Tom Reed.",
     [actor("Kestrel Network", "organization"), actor("Tom Reed", "person")]),
    ("Tom Reed appeared on Kestrel Network on Monday.", [actor("Tom Reed", "person"), actor("Kestrel Network", "organization")]),
    ("Tom Reed relied on Kestrel Bank and Ann Lowe counted on Corran Trust.",
     [actor("Tom Reed", "person"), actor("Kestrel Bank", "organization"), actor("Ann Lowe", "person"),
      actor("Corran Trust", "organization")]),
    ("You can watch it on Kestrel Network, and Tom Reed said the show was popular.", [actor("Tom Reed", "person")]),
    ("Tom Reed said he had watched the match on Kestrel Network.", [actor("Tom Reed", "person")]),
    # a name written after 'a'/'an' as its phrase's head, or in the plural, is a kind of thing or a
    # proposal; not where it qualifies a noun, has a clause of its own, or is a well-known name
    ("Tom Reed, a Kestrel Bank director, said Kestrel Bank would cut rates.",
     [actor("Tom Reed", "person", role="director", affiliation="Kestrel Bank"), actor("Kestrel Bank", "organization", count=2)]),
    ("Ann Lowe cited a Corran Institute study and said the Corran Institute was right.",
     [actor("Ann Lowe", "person"), actor("Corran Institute", "organization", count=2)]),
    ("Tom Reed joined a Kestrel Party that had moved to the right. The Kestrel Party won 40 seats.",
     [actor("Tom Reed", "person"), actor("Kestrel Party", "organization")]),
    ("Ann Lowe said a Kestrel Party divided by the vote would lose, and the Kestrel Party lost.",
     [actor("Ann Lowe", "person"), actor("Kestrel Party", "organization")]),
    ("Tom Reed, a Conservative, said the tax was unfair.",
     [actor("Tom Reed", "person"), actor("Conservative Party", "organization", ["Conservative"], count=0)]),
    ("Apple said its apples were safe, and Tom Reed bought an Apple phone.",
     [actor("Apple", "organization", count=2), actor("Tom Reed", "person")]),
    ("Tom Reed backed plans for a GFF. The GFF would lend to farmers, Ann Lowe said.",
     [actor("Tom Reed", "person"), actor("Ann Lowe", "person")]),
    ("Super PAC donations doubled, and two super PACs spent 40 million dollars, Tom Reed said.",
     [actor("Tom Reed", "person")]),
    # review 14: a body that speaks in the article stays, whatever kind it is likened to
    ("Kestrel Bank said it would cut jobs. Unlike a Kestrel Bank, Corran Savings has few branches.",
     [actor("Kestrel Bank", "organization"), actor("Corran Savings", "organization")]),
    ("The firm has become a Kestrel Bank of the north. Kestrel Bank said it would cut jobs.",
     [actor("Kestrel Bank", "organization")]),
    # a firm's or club's last word makes a body of a name read as a person's, never of a given
    # name's holder described as a person, nor of a name written before 'party' whose surname speaks
    ("Ann Rail, a teacher, said she would vote for the plan.", [actor("Ann Rail", "person", role="teacher")]),
    ("Local farmer Tom Athletic said he lost 40 sheep in the fire.", [actor("Tom Athletic", "person", role="Local farmer")]),
    ("The Ann Lowe party, as critics call it, met on Monday. Lowe said the vote was rigged.",
     [actor("Ann Lowe", "person", ["Lowe"], count=2)]),
    ("Rival Pellmore Engineering reports its results on Tuesday, and Pellmore Engineering shares rose.",
     [actor("Pellmore Engineering", "organization")]),
    ("Fans were angry after the takeover of Dunmore Rovers collapsed. Rovers owe £3m to creditors, "
     "and Rovers said the club would survive.",
     [actor("Dunmore Rovers", "organization", ["Rovers"], count=2)]),
    ("The opposition Lok Jagran party, whose leader Anil Desai spoke on Monday, rejected the data.",
     [actor("Lok Jagran", "organization"), actor("Anil Desai", "person", role="leader")]),
    # a given name and a word the article also writes after 'Mrs' is a person's name, whatever the
    # recogniser took it for; a firm's longer name with that word stays a body
    ("Victoria Holt Partners said fees rose. Mrs Holt, a partner, agreed.",
     [actor("Victoria Holt Partners", "organization"), actor("Holt", "person", ["Mrs Holt"], role="partner")]),
    ('Local farmer Bev Holt lost her house. "We had nothing left," Mrs Holt said.',
     [actor("Bev Holt", "person", ["Mrs Holt", "Holt"], role="Local farmer", count=2)]),
    # a company's legal form may be left out; another body of the same first words stays apart
    ("Corlan Motors AG said sales rose, and Corlan Motors Group said its own sales fell.",
     [actor("Corlan Motors AG", "organization"), actor("Corlan Motors Group", "organization")]),
    ("Tessaro Motors Ltd said profit rose. Tessaro Motors said it would cut 200 jobs.",
     [actor("Tessaro Motors Ltd", "organization", ["Tessaro Motors"], count=2)]),
    # a body's first word written alone is that body, also where it qualifies a noun ('X shares'),
    # but a word that only qualifies a common noun and is never written alone joins no body
    ("The Baltic Fleet said the drills were over. Ann Lowe said the Baltic coastline was calm.",
     [actor("Baltic Fleet", "organization"), actor("Ann Lowe", "person")]),
    ("A jury ordered Halvek Pharmaceuticals to pay $310 million. Halvek said it would appeal. "
     "Halvek shares fell 8 percent in late trading.",
     [actor("Halvek Pharmaceuticals", "organization", ["Halvek"], count=3)]),
    # a title joined by a hyphen to the word before it is no title of its own: no 'General X' alias
    ("General Tom Reed said the troops would stay.",
     [actor("Tom Reed", "person", ["General Tom Reed"], role="General")]),
    ("Secretary-General Ana Ruiz said the talks would resume.", [actor("Ana Ruiz", "person", role="Secretary-General")]),
    ("Lieutenant-General Tom Reed said the troops would stay.", [actor("Tom Reed", "person", role="Lieutenant-General")]),
    # a council's or assembly's member's title is no part of the name (and is the role)
    ("The councilman said the plan was dead, and Ann Webb, a councillor, agreed.",
     [actor("Ann Webb", "person", role="councillor")]),
    ("Councilwoman Lia Moss said the plan was dead.", [actor("Lia Moss", "person", role="Councilwoman")]),
    ("Cllr Ann Webb said the bins would be collected weekly.",
     [actor("Ann Webb", "person", ["Cllr Ann Webb"], role="Councillor")]),
    # a title a capitalised word of its service opens ('Fire Marshal'), or a 'for'/'of' field
    # ('Minister for Housing'), is the person's role, never a word of the name; no person is
    # made of a title alone or of a name with no given name after the title
    ("Mary King Lowe said the vote was rigged.", [actor("Mary King Lowe", "person")]),
    ("The parade was led by a marshal, Tom Reed said.", [actor("Tom Reed", "person")]),
    ("Ann Lowe, the chief marshal of the parade, said it went well.",
     [actor("Ann Lowe", "person", role="chief marshal of the parade")]),
    ("The Minister for Health said the wards would reopen.", []),
    ("Tom Reed, Minister for Health, said the wards would reopen.",
     [actor("Tom Reed", "person", role="Minister for Health")]),
    ("Chairman Mao was quoted.", [actor("Mao", "person", role="Chairman")]),
    ("Police Commissioner Harold Deane said the arrests were lawful.",
     [actor("Harold Deane", "person", role="Police Commissioner")]),
    ("Fire Marshal Rosa Quintero told the inquiry the blaze began in a kitchen.",
     [actor("Rosa Quintero", "person", role="Fire Marshal")]),
    # a title's field word is no body, and a title the recogniser cut is no role
    ("The city's Fire Marshal, Gregory Hanlon, said the cause was unknown.",
     [actor("Gregory Hanlon", "person", role="Fire Marshal")]),
    ("The State Fire Marshal said the building had passed inspection.", []),
    ("Marlo Group Executive said profit rose.", [actor("Marlo Group", "organization")]),
    ("The Air Marshal said the jets were grounded.", []),
    ("The Provost Marshal said two soldiers were held.", []),
    ("Minister for Foreign Trade Michael O'Flaherty said the tariff was unfair.",
     [actor("Michael O'Flaherty", "person", role="Minister for Foreign Trade")]),
    ("Deputy Fire Marshal Ruth Keller said two firefighters were hurt.", [actor("Ruth Keller", "person")]),
    ("Harbour Master Lena Brandt said the port would reopen on Monday.",
     [actor("Lena Brandt", "person", role="Harbour Master")]),
    ("County Sheriff Ray Dunn said two men were held.", [actor("Ray Dunn", "person", role="County Sheriff")]),
    ("Thabo Nkosi, the group's convenor, said the march would go ahead.", [actor("Thabo Nkosi", "person", role="convenor")]),
    ("The group's convener, Ines Moreau, said the talks had failed.",
     [actor("Ines Moreau", "person", role="convener")]),
    ("Secretary for Transport Ann Lowe said the line would close.",
     [actor("Ann Lowe", "person", role="Secretary for Transport")]),
    ("Minister of Education Maria Lopes said the schools would reopen.",
     [actor("Maria Lopes", "person", role="Minister of Education")]),
    ('"The grid is safe," Minister for Energy Declan Walsh told reporters on Friday.',
     [actor("Declan Walsh", "person", role="Minister for Energy")]),
    ("Minister for Justice Ann Lowe said the court would sit.",
     [actor("Ann Lowe", "person", role="Minister for Justice")]),
    ("The Minister for Foreign Affairs Tom Reed told the chamber the treaty was signed.",
     [actor("Tom Reed", "person", role="Minister for Foreign Affairs")]),
    # letters nameparser knows as post-nominal make a person of a 'body' with no body's word,
    # never of a company with its legal form or of a body's name
    ("Renault SA said its sales rose.", [actor("Renault SA", "organization")]),
    ("Marlo Holdings SA said its profit fell.", [actor("Marlo Holdings SA", "organization")]),
    ("Harbour Trust MP said the plan was sound.", [actor("Harbour Trust", "organization")]),
    ("Blue Water Bay RN said the ship had docked.", [actor("Blue Water Bay RN", "organization")]),
    ("Lee Ag said the harvest was poor.", [actor("Lee Ag", "person")]),
    ("Ann Lowe QC said the ruling would be appealed.", [actor("Ann Lowe", "person", ["Ann Lowe QC"], role="QC")]),
    ("Labour's transport spokeswoman, Niamh Ní Bhriain TD, said the plan was \"a fraud\".",
     [actor("Labour", "organization"), actor("Niamh Ní Bhriain", "person", ["Niamh Ní Bhriain TD"],
                                             role="transport spokeswoman", affiliation="Labour")]),
    # a body's name the recogniser split at 'and' is one body; two bodies joined by 'and' stay two
    ("Marlo Bank and the Tessa Fund said the loan was agreed.",
     [actor("Marlo Bank", "organization"), actor("Tessa Fund", "organization")]),
    ("The Harbour Board and the City Council met on Monday.",
     [actor("Harbour Board", "organization"), actor("City Council", "organization")]),
    ("Ann Lowe and Tom Reed signed the letter.", [actor("Ann Lowe", "person"), actor("Tom Reed", "person")]),
    ("The Amalgamated Bakers and Confectioners Union said its members would strike.",
     [actor("Amalgamated Bakers and Confectioners Union", "organization")]),
    # a saint's name in the possessive opens a body's or a place's name; it is no person
    ("St Anne's Road was closed after the crash.", []),
    ("The St John's Ambulance team treated six people.", []),
    ("St Anne's University Hospital said on Monday that its wards were full.",
     [actor("St Anne's University Hospital", "organization")]),
    ("Saint Brigid's College said its fees would rise.", [actor("Saint Brigid's College", "organization")]),
    # 'Cllr' before a surname marks the person, even where the recogniser reads a work's title
    ('She starred in "Dr Zhivago" last year.', []),
    ('Ruth Ames opened the debate. "The budget is balanced," Cllr Ames said at the end.',
     [actor("Ruth Ames", "person", ["Cllr Ames", "Ames"], role="Councillor", count=2)]),
    # 'Executive' after a body's head word is the body's name; before a person's name it is a post
    ("The Marlo Bank Chief Executive Tom Reed said profits rose.",
     [actor("Marlo Bank", "organization"), actor("Tom Reed", "person", role="Chief Executive", affiliation="Marlo Bank")]),
    ("The Coast Guard Commandant said the search would go on.", [actor("Coast Guard", "organization")]),
    ("The Water Service Executive said the pipes were old.", [actor("Water Service Executive", "organization")]),
    ("The board of the Water Service Executive met on Tuesday and said the pipes were old.",
     [actor("Water Service Executive", "organization")]),
    # people of a body opening a sentence are not the body's name; 'Friends of' a place is
    ("Heads of Arctic Council member states met in Tromso.", [actor("Arctic Council", "organization")]),
    ("Friends of Marlow Museum have raised money for a new roof, the group said.",
     [actor("Friends of Marlow Museum", "organization")]),
    # a 'person' ending on a company's legal form is the company; an office whose name is left
    # as a portfolio once its title is cut names no body
    ("The firm, Marlo Pumpen AG, said orders fell.", [actor("Marlo Pumpen AG", "organization", role="firm")]),
    ("Tom Reed Ltd said its sales fell.", [actor("Tom Reed Ltd", "organization")]),
    ("A press officer at the U.S. Trade Representative declined to comment.", []),
    # a wire service's dateline the recogniser ran into a company's name is no part of it
    ("Germany--(Trade Newswire)--Brenner Pumpen AG said on Monday that orders had fallen.",
     [actor("Brenner Pumpen AG", "organization")]),
    ("Tom Reed said the Harbour Board would meet.", [actor("Tom Reed", "person"), actor("Harbour Board", "organization")]),
    # title words between an honorific and a recognised person's name are that person's titles, no name
    ("Dr Lowe said Ann Reed was right.", [actor("Lowe", "person", ["Dr Lowe"]), actor("Ann Reed", "person")]),
    ("Mr Governor Tom Reed said the firm had failed.",
     [actor("Tom Reed", "person", ["Mr Governor Tom Reed"], role="Governor")]),
    ("Mrs Justice Harriet Colby found that the firm had failed.", [actor("Harriet Colby", "person", role="Justice")]),
    ("Lord Justice Ann Lowe said the appeal failed.", [actor("Ann Lowe", "person", role="Justice")]),
    ("Mr Justice Tom Reed ruled that the ban was lawful.", [actor("Tom Reed", "person", role="Justice")]),
    # a 'place' that speaks and ends in a country's name after no given name is a body, not a person
    ("Lina Israel said the talks failed.", [actor("Lina Israel", "person")]),
    ("Ivan Georgia said the talks failed.", [actor("Ivan Georgia", "person")]),
    ("Mark Ireland said the ban stood.", [actor("Mark Ireland", "person")]),
    ("Insurance Ireland said it was too early to estimate claims.", [actor("Insurance Ireland", "organization")]),
    ("Tourism Ireland said visitor numbers rose.", [actor("Tourism Ireland", "organization")]),
    ("Sport Ireland said the ban stood.", [actor("Sport Ireland", "organization")]),
    # a country's acronym the parser joins to a body's name as the subject of a speech verb is its section
    ("Tom Reed of Airbus UK said the plant would close.",
     [actor("Tom Reed", "person", affiliation="Airbus"), actor("Airbus", "organization")]),
    ("Airbus told UK buyers that prices would rise.", [actor("Airbus", "organization")]),
    ("Germany UK said the match was off.",
     [actor("Germany", "country"), actor("United Kingdom", "country", ["UK"])]),
    ("Airbus UK jobs are at risk, Tom Reed said.", [actor("Tom Reed", "person")]),
    ("Airbus UK said the wing plant would close.", [actor("Airbus UK", "organization")]),
    ("Kessler Foods UK warned that prices would rise.", [actor("Kessler Foods UK", "organization")]),
    ("Siemens US said the plant would close.", [actor("Siemens US", "organization")]),
    ("Marlo Bank UK said rates would rise.", [actor("Marlo Bank UK", "organization")]),
    # a natural feature's name is a place, and so is its other word alone; a body named after one stays
    ("The Kessa River Authority said the water was clean.", [actor("Kessa River Authority", "organization")]),
    ("The Mount Kessa Hospital said it would close the ward.", [actor("Mount Kessa Hospital", "organization")]),
    ("Boats were stuck in Kessa Bay. The Kessa Bay Trust said it would help.",
     [actor("Kessa Bay Trust", "organization")]),
    ("Farms flooded after the River Nore burst its banks. Ann Lowe said the Nore catchment was full.",
     [actor("Ann Lowe", "person")]),
    ("The River Slaney rose overnight. Tom Reed said the Slaney Valley was under water.", [actor("Tom Reed", "person")]),
    ("Lough Derg rose by a metre. The Derg Angling Club said the Derg catchment was full.",
     [actor("Derg Angling Club", "organization")]),
    ("Lake Kessa rose by two metres, Ann Lowe said.", [actor("Ann Lowe", "person")]),
    ("Ann Lowe met Peninsula Holdings executives. Peninsula said the deal was off.",
     [actor("Ann Lowe", "person"), actor("Peninsula Holdings", "organization", ["Peninsula"], count=2)]),
    ("The Dunmore Glacier shrank again, Tom Reed said.", [actor("Tom Reed", "person")]),
    # a name that qualifies a disease's noun names the disease, no actor
    ("The Kessa Virus Institute said the outbreak had spread.", [actor("Kessa Virus Institute", "organization")]),
    ("Ann Lowe said the Pfizer vaccine was safe. Pfizer said it would ship more.",
     [actor("Ann Lowe", "person"), actor("Pfizer", "person", count=2)]),
    ("Ann Lowe said the Lowe strain was found in two towns.", [actor("Ann Lowe", "person", ["Lowe"], count=2)]),
    ("Dr Marlo said the virus had spread.", [actor("Marlo", "person", ["Dr Marlo"])]),
    ("The minister confirmed a Hendra virus case in a man. The clinic suspected Hendra on Monday.", []),
    ("Officials confirmed a Tarvix virus infection in a girl. Tarvix has no cure, according to the Harbour Institute.",
     [actor("Harbour Institute", "organization"), actor("officials", "group")]),
    ("Tom Reed said the Marlo fever had spread to six towns. Marlo has no cure.", [actor("Tom Reed", "person")]),
    ("Roche said its sales fell. Roche flu drug sales fell sharply.", [actor("Roche", "organization", count=2)]),
    ("Gilead said the Gilead virus drug worked.", [actor("Gilead", "organization", count=2)]),
    ("Doctors found the Delta variant in two towns, Ann Lowe said.", [actor("Ann Lowe", "person")]),
    # a firm's first word before a post in it is the firm the article names in full, where only one opens so
    ("Kessa Bank cut rates. Kessa Telecom said the Kessa chief executive had quit.",
     [actor("Kessa Bank", "organization"), actor("Kessa Telecom", "organization"), actor("Kessa", "person")]),
    ("Ann Lowe said the Baltic coastline was flooded. Baltic Shipping said it would help.",
     [actor("Ann Lowe", "person"), actor("Baltic Shipping", "organization")]),
    ("Velmor Group cut jobs. Velmor residents said the town would suffer.",
     [actor("Velmor Group", "organization"), actor("Velmor residents", "group")]),
    ("We spoke with Brightline chief executive Andrea Collins about the price. Brightline Foods said Monday it will "
     "buy Harvest Pantry Inc.",
     [actor("Brightline Foods", "organization", ["Brightline"], count=2),
      actor("Andrea Collins", "person", role="chief executive", affiliation="Brightline Foods"),
      actor("Harvest Pantry Inc", "organization")]),
    ("Tom Reed, the Brightline founder, sold Brightline Foods in May.",
     [actor("Tom Reed", "person", role="founder", affiliation="Brightline Foods"),
      actor("Brightline Foods", "organization", ["Brightline"], count=2)]),
    # a body's name runs on over a preposition and capitalised words where its bracketed acronym covers them
    ("The Harbour Trust in Kessa (HT) said the pier was safe.", [actor("Harbour Trust", "organization")]),
    ("The Harbour Board in Kessa (HB) said the pier was safe.", [actor("Harbour Board", "organization")]),
    ("Monitors from the Organisation for Security and Co-operation in Europe (OSCE) said the count was fair.",
     [actor("Organisation for Security and Co-operation in Europe", "organization", ["OSCE"], count=2,
            acronyms=["OSCE"])]),
    ("The Council for Trade and Development in Kessa (CTDK) said exports fell.",
     [actor("Council for Trade and Development in Kessa", "organization", ["CTDK"], count=2, acronyms=["CTDK"])]),
    ("Tom Reed of the Harbour Board in Kessa (HBK) said the pier was safe.",
     [actor("Tom Reed", "person", affiliation="Harbour Board in Kessa"),
      actor("Harbour Board in Kessa", "organization", ["HBK"], acronyms=["HBK"])]),
    # a body's name the recogniser opened on a person's surname is the person's and the body's
    ("The Bank of England said rates would rise.", [actor("Bank of England", "organization")]),
    ("Friends of Marlow Museum said the hall would close.", [actor("Friends of Marlow Museum", "organization")]),
    ("The Victoria Bank of Kessa Union said rates would rise.", [actor("Victoria Bank of Kessa Union", "organization")]),
    ("The Marlo Group of Companies said profits fell.", [actor("Marlo Group of Companies", "organization")]),
    ("Ann Lowe said the Duchy of Cornwall Trust had paid.",
     [actor("Ann Lowe", "person"), actor("Duchy of Cornwall Trust", "organization")]),
    ("Flood expert Dr Aoife Brennan of University College Limerick said the river was high.",
     [actor("Aoife Brennan", "person", ["Dr Aoife Brennan"], role="Flood expert", affiliation="University College Limerick"),
      actor("University College Limerick", "organization")]),
    ("Soil scientist Dr Aoife Nolan of Harbour Agricultural College warned that yields would fall.",
     [actor("Aoife Nolan", "person", ["Dr Aoife Nolan"], role="Soil scientist",
            affiliation="Harbour Agricultural College"), actor("Harbour Agricultural College", "organization")]),
    ("Economist Tom Reed of Kessa Bank said rates would rise.",
     [actor("Tom Reed", "person", role="Economist", affiliation="Kessa Bank"), actor("Kessa Bank", "organization")]),
    # a body named after a titled person is a body, title and all
    ("Dr Ann Church said the ward was full.", [actor("Ann Church", "person", ["Dr Ann Church"])]),
    ("Mr Tom Reed Jr said the deal was fair.", [actor("Tom Reed Jr", "person", ["Mr Tom Reed Jr"])]),
    ("Senator Tom Reed said the Tom Reed Foundation would fund the school.",
     [actor("Tom Reed", "person", ["Senator Tom Reed"], role="Senator"), actor("Tom Reed Foundation", "organization")]),
    ("The Senator Tom Reed Foundation said it would fund the school.",
     [actor("Senator Tom Reed Foundation", "organization")]),
    ("The Dr Ann Lowe Memorial Trust gave 5,000 dollars to the school.",
     [actor("Dr Ann Lowe Memorial Trust", "organization")]),
    ("The Governor Ann Lowe Institute said the study was done.", [actor("Governor Ann Lowe Institute", "organization")]),
    ("Mayor Tom Reed said the Mayor Ann Lowe Trust would pay.",
     [actor("Tom Reed", "person", ["Mayor Tom Reed"], role="Mayor"), actor("Mayor Ann Lowe Trust", "organization")]),
    # a capitalised body's word alone is the one body of the article named by it before 'of'
    ("The House voted on Tuesday. The House of Lords will debate the bill next week.",
     [actor("House", "organization"), actor("House of Lords", "organization")]),
    ("The House of Commons and the House of Lords met. The House voted, Tom Reed said.",
     [actor("House of Commons", "organization"), actor("House of Lords", "organization"),
      actor("House", "organization"), actor("Tom Reed", "person")]),
    ("The Ministry of Defence said the ships would sail. The Ministry of Health said the wards were full. "
     "The Ministry added nothing.",
     [actor("Ministry of Defence", "organization"), actor("Ministry of Health", "organization")]),
    ("The House of Representatives passed the bill. The House voted 220 to 210, Ann Lowe said.",
     [actor("House of Representatives", "organization", ["House"], count=2), actor("Ann Lowe", "person")]),
    ("The Court of Appeal said the ban was lawful. The Court added that costs were due.",
     [actor("Court of Appeal", "organization", ["Court"], count=2)]),
    # ... whatever place or tier opens the name before its head ('the Pellar State House of Assembly')
    ("Residents met on Monday. The Pellar State House of Assembly passed the budget. The House said the money "
     "would pay for roads.",
     [actor("Pellar State House of Assembly", "organization", ["House"], count=2)]),
    ("Residents met on Monday. The Nordvik Regional Court of Appeal rejected the claim. The Court said the law was clear.",
     [actor("Nordvik Regional Court of Appeal", "organization", ["Court"], count=2)]),
    ("Residents met on Monday. The Talmer District Department of Roads closed the bridge. The Department said "
     "repairs would take a month.",
     [actor("Talmer District Department of Roads", "organization", ["Department"], count=2)]),
    # ... never two such bodies, a bare word before the full name, nor a head with no link ('White House')
    ("Residents met on Monday. The Assembly voted on the bill. Later the Pellar State House of Assembly passed the budget.",
     [actor("Assembly", "organization"), actor("Pellar State House of Assembly", "organization")]),
    # NEGATIVE: nor the head of a trade's association ('Chamber of Commerce'): the bare 'Chamber' is the legislature's
    ("The Kessa Chamber of Commerce welcomed the tax bill. The bill passed the Chamber on Tuesday by 210 votes to "
     "140, the speaker said.",
     [actor("Kessa Chamber of Commerce", "organization"), actor("Chamber", "organization")]),
    # NEGATIVE: a bare body word that only ends one named body's name is not that body; the news uses it for
    # another one (the national party, legislature, army or government)
    ("The Trinamool Congress swept the municipal polls in Kolkata on Sunday. Congress leaders in Delhi said the "
     "result showed the need for a united opposition.",
     [actor("Trinamool Congress", "organization"), actor("Congress", "organization")]),
    ("The World Uyghur Congress urged lawmakers to act. Congress is expected to vote on the sanctions bill next "
     "week, aides said.",
     [actor("World Uyghur Congress", "organization"), actor("Congress", "organization"), actor("aides", "group")]),
    ("The Salvation Army opened 12 shelters. The Army also sent troops to guard the border, the defence ministry said.",
     [actor("Salvation Army", "organization"), actor("Defence Ministry", "organization")]),
    ("The Kaduna State Government shut schools on Monday. The Government has deployed troops, the defence minister "
     "said in Abuja.",
     [actor("Kaduna State Government", "organization")]),
    ("The Food and Drug Administration approved the drug on Friday. Critics said the Administration had rushed the "
     "review to please donors.",
     [actor("Food and Drug Administration", "organization"), actor("critics", "group")]),
    ("Residents met on Monday. The Pellar State House of Assembly and the Kessa State House of Assembly passed "
     "budgets. The House said it would meet in May.",
     [actor("Pellar State House of Assembly", "organization"), actor("Kessa State House of Assembly", "organization"),
      actor("House", "organization")]),
    ("Residents met on Monday. The House voted on the bill. Later the Pellar State House of Assembly passed the budget.",
     [actor("House", "organization"), actor("Pellar State House of Assembly", "organization")]),
    ("The Bank of Kessa raised rates. The Bank said inflation was high.",
     [actor("Bank of Kessa", "organization", ["Bank"], count=2)]),
    ("Ann Lowe of the Council of Europe said the vote was fair. The Council would meet again.",
     [actor("Ann Lowe", "person", affiliation="Council of Europe"),
      actor("Council of Europe", "organization", ["Council"], count=2)]),
    # a 'person' right after a noun of a kind of firm, in apposition, with no given name first, is that firm
    ("The broadcaster Ann Lowe said the show would end.", [actor("Ann Lowe", "person", role="broadcaster")]),
    ("The retailer Tom Reed founded said sales fell.", [actor("Tom Reed", "person")]),
    ("The lender Bruno Keller said rates would rise. He said the bank was safe.",
     [actor("Bruno Keller", "person", count=2)]),
    ("Ann Lowe joined the firm Harlan Voss in May.", [actor("Ann Lowe", "person"), actor("Harlan Voss", "person")]),
    ("The company Chukwuma Eze founded in 2001 said sales fell.", [actor("Chukwuma Eze", "person")]),
    ("The supermarket Raghunathan Iyer opened in 1990 closed on Friday.", [actor("Raghunathan Iyer", "person")]),
    ("The carmaker Velmora Zantis said sales fell.", [actor("Velmora Zantis", "organization", role="carmaker")]),
    ("The bank Banco Ferreira said rates would rise.", [actor("Banco Ferreira", "organization", role="bank")]),
    ("Shares in the insurer Korvath Brel fell 5 percent, and Korvath Brel said it would appeal.",
     [actor("Korvath Brel", "organization", count=2, role="insurer")]),
    # a name ending in a trade word (Energy, Partners, Capital …) is a firm's, even where described
    # as a body ('a supplier', 'the investment group'); a description as a person keeps a person
    ("Tarnby Energy, a supplier based in Hull, announced in a statement on Friday a freeze on prices.",
     [actor("Tarnby Energy", "organization", role="supplier")]),
    ("Ferrylink is owned by the investment group Dunholm Partners, Ann Lowe said.",
     [actor("Dunholm Partners", "organization", role="investment group"), actor("Ann Lowe", "person")]),
    ("Dunmore Logistics, the Leeds-based haulage group, said on Monday it would cut 200 jobs.",
     [actor("Dunmore Logistics", "organization", role="Leeds-based haulage group")]),
    ("Ann Rail, a teacher at the school, said the plan was unfair.", [actor("Ann Rail", "person", role="teacher")]),
    # the firm's name without its trade word is the firm; not a founder's name, nor a country's,
    # nor a first word two firms share
    ("Western Gale Energy paused the project. Tom Reed said Western Gale was right to wait.",
     [actor("Western Gale Energy", "organization", ["Western Gale"], count=2), actor("Tom Reed", "person")]),
    ("Brekkestad Logistics reported a loss. Brekkestad said its shares fell.",
     [actor("Brekkestad Logistics", "organization", ["Brekkestad"], count=2)]),
    ("Tom Reed Associates won the contract, Tom Reed said.",
     [actor("Tom Reed Associates", "organization"), actor("Tom Reed", "person")]),
    ("Norway Capital said it would invest more. Norway said it welcomed the money.",
     [actor("Norway Capital", "organization", affiliation="Norway"), actor("Norway", "country")]),
    ("Kessa Bank cut rates. Kessa Telecom said Kessa would grow.",
     [actor("Kessa Bank", "organization"), actor("Kessa Telecom", "organization"), actor("Kessa", "person")]),
    # time zones, and indicators' and rates' abbreviations, name no actor
    ("EST and PST viewers could watch the debate online.", []),
    ("The meeting began at 18:30 BST and ended at 9 p.m. GMT, Ann Lowe said.", [actor("Ann Lowe", "person")]),
    ("The OCR has risen five times since March, Ann Lowe said.", [actor("Ann Lowe", "person")]),
    ("The CPI rose 3% in May, Ann Lowe said.", [actor("Ann Lowe", "person")]),
    ("The EST Group said it would hire 30 people.", [actor("EST Group", "organization")]),
    # a body's name the recogniser cut at a plural's apostrophe or before the second field of its
    # remit runs on; a name or a titled person after 'and' is no part of it
    ("The Orlo Cane Producers' Collective said prices were too low.",
     [actor("Orlo Cane Producers' Collective", "organization")]),
    ("The Kessa Growers' Federation said the harvest was poor.", [actor("Kessa Growers' Federation", "organization")]),
    ("The Nurses' Mary Lowe said so.", [actor("Mary Lowe", "person")]),
    ("The Kessa Chamber of Industry and Mines said costs would rise.",
     [actor("Kessa Chamber of Industry and Mines", "organization")]),
    ("The Harbour Trust for Arts and Heritage said visitor numbers fell.",
     [actor("Harbour Trust for Arts and Heritage", "organization")]),
    ("The Bank of England and Barclays agreed on the plan.",
     [actor("Bank of England", "organization"), actor("Barclays", "organization")]),
    ("The Department of Health and Mr Reed disagreed.", [actor("Department of Health", "organization")]),
    # an elected member's or counsel's letters before or after a name make it a person's, no part of it
    ("Green MEP Ana Sousa said the fine was too small.", [actor("Ana Sousa", "person", role="Green MEP")]),
    ("Cr Dean Harkin said the rates rise was unfair. Cr Harkin voted against.",
     [actor("Dean Harkin", "person", ["Harkin"], role="Councillor", count=2)]),
    ("Declan Moran SC, for the residents, said the board had erred.",
     [actor("Declan Moran", "person", ["Declan Moran SC"], role="SC")]),
    ("TD Bank said its profits rose.", [actor("TD Bank", "organization")]),
    # 'Cr' before a surname alone is a councillor's title, even where the recogniser reads a body;
    # a body's capitals ('CR') or a body's word after it are no councillor
    ('Nina Castellano chairs the planning committee. "The rates must rise," Cr Castellano said.',
     [actor("Nina Castellano", "person", ["Castellano"], role="Councillor", count=2)]),
    ('"The levee will hold," Cr Okafor told the meeting.', [actor("Okafor", "person", role="Councillor")]),
    ("Cr Holloway said the pool would close for winter.", [actor("Holloway", "person", role="Councillor")]),
    ("CR Logistics said its trucks were late.", [actor("CR Logistics", "organization")]),
    ("Cr Group said its profits rose.", [actor("Cr Group", "organization")]),
    # a firm's first word is that firm, unless the text names the firm as its owner ('owned by',
    # 'its parent'): then the word is the firm it owns
    ("Vetta said it would appeal the ruling. The app, controlled by Vetta Group, has 60 days to reply. "
     "Vetta said the fine was unfair.",
     [actor("Vetta", "organization", count=2), actor("Vetta Group", "organization")]),
    ("Vetta said it would appeal the ruling. The app, controlled by Vetta Group AG, has 60 days to reply. "
     "Vetta said the fine was unfair.",
     [actor("Vetta", "organization", count=2), actor("Vetta Group AG", "organization")]),
    ("Brio said it would appeal. Its parent, Brio Holdings, declined to comment.",
     [actor("Brio", "organization"), actor("Brio Holdings", "organization")]),
    ("Kelp said it would appeal. The app is owned by Kelp Holdings, which was fined too.",
     [actor("Kelp Holdings", "organization")]),
    ("Kelp said it would appeal. Kelp Holdings, the parent company, was fined too.",
     [actor("Kelp Holdings", "organization", role="parent company")]),
    ("Corran Finance Group said profit rose. Corran said it would hire.",
     [actor("Corran Finance Group", "organization", ["Corran"], count=2)]),
    ("Kessa Steel said profit rose. Kessa shares fell 3%.", [actor("Kessa Steel", "organization", ["Kessa"], count=2)]),
    # a body's word before a post ('Senate spokesman') is that body, not its committee named after it
    ("The Senate on Monday rejected the bill. The minister had briefed the Senate Finance Committee on Friday. "
     "Senate spokesman Dan Opara said the bill would return.",
     [actor("Senate", "organization", count=2),
      actor("Senate Finance Committee", "organization", affiliation="Senate"),
      actor("Dan Opara", "person", role="spokesman", affiliation="Senate")]),
    ("The Assembly passed the budget. Members of the Assembly Finance Committee met on Friday. "
     "Assembly Speaker Joan Obi said the vote was fair.",
     [actor("Assembly", "organization", count=2),
      actor("Assembly Finance Committee", "organization", affiliation="Assembly"),
      actor("Joan Obi", "person", role="Speaker", affiliation="Assembly")]),
    # a name the recogniser finds between a title's 'for' and the person's name is the title's
    # portfolio, no body; a body after 'of', a body's head word or a proper name stays a body
    ("Executive Vice-President for Consumer Affairs Maria Kovacs said the plan was fair.",
     [actor("Maria Kovacs", "person", role="Executive Vice-President for Consumer Affairs")]),
    ("Deputy Minister for Digital Affairs Maria Kovacs said the plan was fair.",
     [actor("Maria Kovacs", "person", role="Deputy Minister for Digital Affairs")]),
    ('"We act now," Vice-President for Consumer Affairs Maria Kovacs told reporters.',
     [actor("Maria Kovacs", "person", role="Vice-President for Consumer Affairs")]),
    ("Mayor of Kessa Harbour Council Ann Lowe said the plan was fair.",
     [actor("Kessa Harbour Council", "organization"),
      actor("Ann Lowe", "person", role="Mayor", affiliation="Kessa Harbour Council")]),
    ("Envoy for the Harbour Council Ann Lowe said so.",
     [actor("Harbour Council", "organization"), actor("Ann Lowe", "person", role="Envoy", affiliation="Harbour Council")]),
    ("Envoy for Oxfam Ann Lowe said so.", [actor("Ann Lowe", "person", role="Envoy for Oxfam")]),
    ("Executive Vice-President for Consumer Affairs Petra Nyman said the plan was fair.",
     [actor("Petra Nyman", "person", role="Executive Vice-President for Consumer Affairs")]),
    ("Executive Vice-President for Consumer Affairs Karin Holm said the fine was fair. Holm said the firm had 90 days.",
     [actor("Karin Holm", "person", ["Holm"], role="Executive Vice-President for Consumer Affairs", count=2)]),
    # an acronym defined in brackets after a law's name is that law: no actor unless it acts;
    # a body whose name ends in a law's word after 'for' or 'of' is a body
    ("The regulator fined Pixo for breaching the Digital Media Act (DMA). The DMA has teeth, Ann Lowe said.",
     [actor("Ann Lowe", "person")]),
    ("Farms must meet the Clean Rivers Directive (CRD) by 2030, and the CRD sets strict limits, Tom Reed said.",
     [actor("Tom Reed", "person")]),
    ("MPs passed the Harbour Safety Bill (HSB) on Monday. The HSB requires more pilots, Ann Lowe said.",
     [actor("Ann Lowe", "person")]),
    ("The Office for Water Regulation (OWR) said bills would rise.",
     [actor("Office for Water Regulation", "organization", ["OWR"], count=2, acronyms=["OWR"])]),
    ("The Law Society of Kessa (LSK) said the bill was flawed.",
     [actor("Law Society of Kessa", "organization", ["LSK"], acronyms=["LSK"])]),
    ("German MEP Lukas Brenner (S&D) said the rules had teeth.",
     [actor("Lukas Brenner", "person", role="MEP"), actor("S&D", "organization")]),
    ("The MEP said the rules had teeth, Ann Lowe said.", [actor("Ann Lowe", "person")]),
    # a headline (a short first line before the story) names only what the story names too
    ("Council approves new bus plan\n\nThe city council approved a new bus plan on Wednesday. Councillor Jane "
     "Whitlow said it would cut traffic.", [actor("Jane Whitlow", "person", role="Councillor")]),
    ("Kessa Group to cut 300 jobs\n\nKessa Group said on Monday it would cut 300 jobs.",
     [actor("Kessa Group", "organization", count=2)]),
    ("Harbour Board raises fees:\nDate: 2026-03-04\n\nThe harbour board said on Monday fees would rise, Ann Lowe "
     "said.", [actor("Ann Lowe", "person")]),
    # a police rank or a coroner's office before a name is the person's role, no part of the name
    ("Deputy Chief Constable Mark Reyes said the force was stretched.",
     [actor("Mark Reyes", "person", role="Deputy Chief Constable")]),
    ("Assistant Chief Constable Jo Marsh said so too.",
     [actor("Jo Marsh", "person", role="Assistant Chief Constable")]),
    ("Coroner Tom Reed said the death was an accident.", [actor("Tom Reed", "person", role="Coroner")]),
    ("The Chief Constable said the force was stretched, Ann Lowe said.", [actor("Ann Lowe", "person")]),
    # a given name and a surname in apposition with a noun of no body is a person's
    ("His solicitor, Marta Velde, told reporters the charges would be fought.",
     [actor("Marta Velde", "person", role="solicitor")]),
    # a name with a firm's legal form is a firm's, no place, even named only after 'in'; its one
    # word without the form is that firm
    ("Kelvane cuts outlook. Shares in Swiss pump maker Kelvane AG fell 3%. Kelvane blamed the weather.",
     [actor("Kelvane AG", "organization", aliases=["Kelvane"], role="Swiss pump maker", count=2)]),
    ("Ostrel warns on sales. Shares in Belgian valve maker Ostrel NV slid on Monday. Ostrel said orders had dried up.",
     [actor("Ostrel NV", "organization", aliases=["Ostrel"], role="Belgian valve maker", count=3)]),
    ("Dravik to hire. Stock in the British lock maker Dravik Ltd rose after Dravik said it would hire.",
     [actor("Dravik Ltd", "organization", aliases=["Dravik"], role="British lock maker", count=3)]),
    # a body with staff ('analysts at X') is no place
    ("Analysts at Corwin Research estimated the cost at 2 million euros.", [actor("Corwin Research", "organization")]),
    ("Economists at Tarrow Research expected the rate to hold.", [actor("Tarrow Research", "organization")]),
    # a body's noun with no article before the name calls it a body, whatever its first word
    # (the residents it backs are a group of their own, not the campaign group: content24)
    ("Residents, backed by campaign group Save Tilden Fields, argued the plan was wrong. Save Tilden Fields said it "
     "would appeal.", [actor("Save Tilden Fields", "organization", aliases=["Tilden Fields"], role="campaign group",
                             count=2), actor("residents", "group")]),
    ("Campaign group Save Ashby Woods said the road would ruin the valley.",
     [actor("Save Ashby Woods", "organization", role="campaign group")]),
    ("The road is opposed by protest group Save Marley Common, which said it would fight on.",
     [actor("Save Marley Common", "organization", role="protest group")]),
    ("The plant is run by Norte Lit SpA, a joint venture between two miners.",
     [actor("Norte Lit SpA", "organization", role="joint venture")]),
    # not a place after 'in' or 'at', a person described by a firm's noun, or a 'maker' of peace
    ("Shares in London fell as traders in Frankfurt sold.", []),
    ("Officials at Kessa said the road was shut.", []),
    ("Peacemaker Tom Arlo said the truce held.", [actor("Tom Arlo", "person")]),
    ("Ann Lowe, a company director, said the plan failed.", [actor("Ann Lowe", "person", role="company director")]),
    ("Union leader Ann Lowe said pay would rise.", [actor("Ann Lowe", "person", role="Union leader")]),
    ("The company Mary Ann Lowe said was failing cut jobs.", [actor("Mary Ann Lowe", "person")]),
    # NEGATIVE: the firm's one word set beside a person's noun is that person, not the firm
    ("Dorran Ltd said sales fell. Dorran, the striker, said he was fit.",
     [actor("Dorran Ltd", "organization"), actor("Dorran", "person", role="striker")]),
    # Malaysian honours and a rank's abbreviation before a name are no words of the name; a
    # two-word honour ('Tan Sri', 'Datuk Seri') is one honour
    ("Comm Datuk Azlan Hamid Yusri said 12 suspects were held. Comm Azlan said more raids would follow.",
     [actor("Azlan Hamid Yusri", "person", ["Datuk Azlan Hamid Yusri", "Comm Azlan", "Azlan"], role="Commissioner",
            count=2)]),
    ("Datuk Seri Kamal Ariffin Yusof said the gang had fled.",
     [actor("Kamal Ariffin Yusof", "person", ["Datuk Seri Kamal Ariffin Yusof"])]),
    ("Tan Sri Musa Hashim said the deal was good.", [actor("Musa Hashim", "person", ["Tan Sri Musa Hashim"])]),
    # NEGATIVE: a road named for an honoured person is no person; a surname like a street word stays
    ("Tun Osman Karim Road was closed, police said.", [actor("police", "group")]),
    ("Datuk Keramat Avenue was shut, police said.", [actor("police", "group")]),
    ("Datuk Seri Lim Wei Lane said the deal was good.", [actor("Lim Wei Lane", "person", ["Datuk Seri Lim Wei Lane"])]),
    ("Puan Sri Aminah Yusof said the gala raised money.",
     [actor("Aminah Yusof", "person", ["Puan Sri Aminah Yusof"])]),
    # NEGATIVE: 'Tan' is a surname and 'Sri' a name's word where no honour pairs them; 'Comm' opens a body's name
    ("Tan Wei Ming said the deal was good.", [actor("Tan Wei Ming", "person")]),
    ("Sri Mulyani Indrawati said the budget was sound.", [actor("Sri Mulyani Indrawati", "person")]),
    ("Seri Begawan Holdings said profits rose.", [actor("Seri Begawan Holdings", "organization")]),
    ("The Comm Group said profits rose.", [actor("Comm Group", "organization")]),
    # a Kenyan ward member's letters before a given name are the seat, no name's or body's words
    ("Gatundu MCA Joseph Kariuki Njoroge said the budget was late.", [actor("Joseph Kariuki Njoroge", "person")]),
    ("The panel, chaired by Kibera MCA Peter Otieno Wambua, said the budget was late.",
     [actor("Peter Otieno Wambua", "person")]),
    # NEGATIVE: the same letters of a party, before no given name, stay a body's
    ("MCA Welfare Bureau chief Datuk Lim Kok Seng said the bureau had 50 complaints.",
     [actor("MCA Welfare Bureau", "organization"),
      actor("Lim Kok Seng", "person", ["Datuk Lim Kok Seng"], role="chief", affiliation="MCA Welfare Bureau")]),
    ("The MCA said it would contest the seat.", [actor("MCA", "organization")]),
    # a counsel's title and a senior counsel's letters around capitalised words make them an advocate's name
    ("Advocate Thabo Ndlovu SC, for the second accused, told the court the delay was unfair.",
     [actor("Thabo Ndlovu", "person", ["Advocate Thabo Ndlovu SC"], role="Advocate")]),
    # NEGATIVE: a body's word before the letters, or no counsel's title, leaves the body
    ("Advocate Group SC said it would appeal.", [actor("Advocate Group SC", "organization")]),
    ("Harbour Rovers SC said the match was off.", [actor("Harbour Rovers SC", "organization")]),
    # a department's second rank is a title; the field after 'Leader of the' is the title's, not a body
    ("Undersecretary Benito Lacson said relief was coming.",
     [actor("Benito Lacson", "person", role="Undersecretary")]),
    ("Leader of the Opposition P. Ramesh Naidu said the plan had failed.",
     [actor("P. Ramesh Naidu", "person", role="Leader of the Opposition")]),
    # NEGATIVE: a body's name after the title stays a body
    ("Leader of the Harbour Party Tom Reed said the plan had failed.",
     [actor("Harbour Party", "organization"), actor("Tom Reed", "person", role="Leader", affiliation="Harbour Party")]),
    # a people's plural with its 'for' and a chapter's hyphen is a body's name, not the country
    ("Americans for Fair Taxes-Nevada said the override was a victory.",
     [actor("Americans for Fair Taxes-Nevada", "organization")]),
    # NEGATIVE: 'for' with a common word after it names no body
    ("Americans for years have paid more, Tom Reed said.", [actor("Tom Reed", "person")]),
    ("Many Americans for Christmas travel by car, the survey found.", []),
    # a pot of money or a register that money or a name only goes to or from is no actor
    ("The minister said the state had sought $9m from the National Flood Relief Fund (NFRF).", []),
    ("The council allocated $2m to the Ward Bursary Fund.", []),
    ("The firm had been on the Investor Alert List since May, Tom Reed said.", [actor("Tom Reed", "person")]),
    # NEGATIVE: a fund that speaks, is met, is described by a clause or holds a body stays; 'List' as a surname
    ("The Harbour Relief Fund said it would pay farmers.", [actor("Harbour Relief Fund", "organization")]),
    ("Talks with the Harbour Pension Fund went on, Ann Lowe said.",
     [actor("Harbour Pension Fund", "organization"), actor("Ann Lowe", "person")]),
    ("He appealed to the Harbour Development Fund, which said it would help.",
     [actor("Harbour Development Fund", "organization")]),
    ("Officials from the Kessa Relief Fund said the money was gone.", [actor("Kessa Relief Fund", "organization")]),
    ("Ann Lowe was on the Board of the Kessa Arts Fund.",
     [actor("Ann Lowe", "person"), actor("Board of the Kessa Arts Fund", "organization")]),
    ("Friedrich List said trade mattered.", [actor("Friedrich List", "person")]),
    # a firm's initials with its legal form are the firm the article names in full
    ("The Kessan National Oil Company Limited said supply was stable. KNOC Ltd added that the depot was full.",
     [actor("Kessan National Oil Company Limited", "organization", ["KNOC Ltd"], count=2)]),
    # NEGATIVE: initials of another name ('Corporation' is no legal form's abbreviation here)
    ("KNP Ltd said it would bid. The Kessan National Power Corporation said it would not.",
     [actor("KNP Ltd", "organization"), actor("Kessan National Power Corporation", "organization")]),
    # NEGATIVE: initials the article describes as a firm of their own, or that come before the full name
    ("Redwater Mining Corporation reported a loss. RMC Ltd, a separate firm based in Perth, said it had no ties to it.",
     [actor("Redwater Mining Corporation", "organization"), actor("RMC Ltd", "organization", role="separate firm")]),
    ("KNOC Ltd said the depot was full. The Kessan National Oil Company Limited said supply was stable.",
     [actor("KNOC Ltd", "organization"), actor("Kessan National Oil Company Limited", "organization")]),
    # three words or more that end on a plural trade word are a firm's, whatever the first word
    ("Al Barka Properties reported a rise in profit.", [actor("Al Barka Properties", "organization")]),
    # NEGATIVE: a given name and one such word may be a person's
    ("Ann Rail said the school was shut.", [actor("Ann Rail", "person")]),
    # a live blog's time and zone before a dash open the heading, no words of its group or body
    ("Talks live\n\n13:15 GMT - Aid agencies warn the funding gap is deepening\n\nThe gap has grown, they said.",
     [actor("aid agencies", "group", count=2)]),
    ("Talks live\n\n08:10 GMT - Local officials say roads are shut\n\nMore roads may close.",
     [actor("local officials", "group")]),
    # NEGATIVE: a body's noun that speaks after the stamp stays
    ("Talks live\n\n12:00 GMT - Government side says roads must open\n\nMore roads may close.",
     [actor("Government", "organization")]),
    # a capitalised field of work after a portfolio title's 'of'/'for' (also after 'X and'), or before a
    # unit head's title, is the title's remit, no body (names24); NEGATIVE: a chairman's or director's
    # 'of' is a body; before a title that holds no portfolio the words stay
    ('The Minister of Coastal Services, Ann Lowe, said the plan would go ahead.',
     [actor('Ann Lowe', 'person', role='Minister of Coastal Services')]),
    ('The Minister of Health and Social Services said wards would reopen.',
     []),
    ('Asked about the crash, the Harbour Public Relations Officer, Tom Reed, said two died.',
     [actor('Tom Reed', 'person', role='Harbour Public Relations Officer')]),
    ('The Chairman of Harbour Energy said output rose.',
     [actor('Harbour Energy', 'organization')]),
    ('The Royal Mail Services Director said deliveries were late.',
     [actor('Royal Mail Services', 'organization')]),
    # lower-case words ending on a body's kind noun that open a body's entity describe it, no part of its
    # name (names24); NEGATIVE: 'the ministry of Health' keeps its link word
    ('Inflation slowed to 3.1 percent, the national statistics institute KESTAT said on Monday.',
     [actor('KESTAT', 'organization')]),
    ('The ministry of Health said wards would reopen.',
     [actor('ministry of Health', 'organization')]),
    # a body's name cut before 'and' its last field runs on where the acronym in brackets spells the
    # longer name (names24); NEGATIVE: two bodies whose initials the acronym is not
    ('Officials of the Department of Roads and Bridges (DRB) said repairs began.',
     [actor('Department of Roads and Bridges', 'organization', ['DRB'], count=2, acronyms=['DRB'])]),
    ('The Bank of Kessa and Marlo Bank (BKM) agreed a merger.',
     [actor('Bank of Kessa', 'organization'), actor('Marlo Bank', 'organization', ['BKM'], acronyms=['BKM'])]),
    # 'the X and [Y Z Court]': a common capitalised field between 'the' and 'and' opens the body's name
    # (names24); NEGATIVE: a proper name there is no field
    ('The Mining and Land Claims Court rejected the appeal on Friday.',
     [actor('Mining and Land Claims Court', 'organization')]),
    ('The Kessa and Harbour Council met on Monday.',
     [actor('Harbour Council', 'organization')]),
    # NEGATIVE (review24a): a title's word before 'and' is an office's holder beside the body, no field
    ('The Mayor and City Council agreed on Monday to raise rates by 5%.',
     [actor('City Council', 'organization')]),
    ('The Governor and Executive Council approved the budget on Tuesday.',
     [actor('Executive Council', 'organization')]),
    # a name qualifying a lower-case noun of a place or structure is that place's (names24); NEGATIVE: a
    # factory is no such noun
    ('Every year the Kessa subway goes under water, residents said.',
     [actor('residents', 'group')]),
    ('The Velmora factory was shut, Velmora said.',
     [actor('Velmora', 'organization', count=2)]),
    # a known place the recogniser read as a place keeps its title word as part of its name (names24);
    # NEGATIVE: a titled person
    ('Most evacuees are in Prince George, the Harbour Relief Council said.',
     [actor('Harbour Relief Council', 'organization')]),
    ('Prince Tomas said the charity would grow.',
     [actor('Prince Tomas', 'person', ['Tomas'], role='Prince')]),
    # ... also after a preposition of place only; NEGATIVE: after 'to' the titled name stays a person
    ('He spoke at a news conference in Prince George on Monday.', []),
    ('The letter was sent to Prince George, who thanked the council.',
     [actor('Prince George', 'person', ['George'], role='Prince')]),
    # a person's name that the capitalised word before it makes a known place's is that place (names24);
    # NEGATIVE: a title before it
    ('Camps were set up in Larkana, Dera Ismail Khan and Tank districts, the council said.',
     []),
    ('General Tom Reed said the tents were full.',
     [actor('Tom Reed', 'person', ['General Tom Reed'], role='General')]),
    # merge24: one actor per real actor inside an article: a name the recogniser cut is one name
    # (a surname opened by particles, a double-barrelled surname, the rest of a name after honours
    # and a given name); NEGATIVE: particles after a comma, a lower-case word after the hyphen
    ("Housing Secretary Marco dela Cruz said the flats were safe. Dela Cruz added that repairs would start in May.",
     [actor("Marco dela Cruz", "person", ["Dela Cruz"], role="Housing Secretary", count=2)]),
    ("Ursula van der Berg, the mayor, opened the bridge. Tom Reed, de Wit said, was late.",
     [actor("Ursula van der Berg", "person", role="mayor"), actor("Tom Reed", "person")]),
    ("Board Chairperson Amara Tembo-Kasse said the fund was empty. Tembo-Kasse urged members to pay.",
     [actor("Amara Tembo-Kasse", "person", ["Tembo-Kasse"], role="Board Chairperson", count=2)]),
    ("Board Secretary Amara Tembo-led talks collapsed on Friday.", [actor("Amara Tembo", "person")]),
    ("Counsel Datuk Suresh Kumar Pillai said the bail was too high. Pillai asked for a lower sum.",
     [actor("Suresh Kumar Pillai", "person", ["Pillai"], role="Counsel", count=2)]),     # aliases28: no 'Datuk Suresh' fragment
    # merge24: initials written as a capitalised word in brackets are the body's acronym, and a
    # word read as a title opens the body's name where the bracketed capitals cover it;
    # NEGATIVE: a bracketed word that is not the initials
    ("The Northern Cape Farmers Union (Ncfu) said the levy was unfair.",
     [actor("Northern Cape Farmers Union", "organization", acronyms=["Ncfu"])]),
    ("The Northern Cape Farmers Union (Nafu) said the levy was unfair.",
     [actor("Northern Cape Farmers Union", "organization")]),
    ("The General Harbour Safety Authority (GHSA) said the port was safe. The GHSA said it would inspect ships.",
     [actor("General Harbour Safety Authority", "organization", ["GHSA"], count=3, acronyms=["GHSA"])]),
    # merge24: an honorific between a title and a tagged name is the person's title, no name; an
    # office addressed ('Mr. Chair', 'Madam Speaker', 'Mr Mayor') is no one's name; NEGATIVE: one
    # described as a person ('Mr Speaker, a farmer')
    ("Harbour Nurses Union Secretary General Dr Amos Kiprono said the strike would go on. Dr Kiprono said talks had failed.",
     [actor("Harbour Nurses Union", "organization"),
      actor("Amos Kiprono", "person", ["Dr Kiprono", "Kiprono"], role="Secretary General", affiliation="Harbour Nurses Union", count=2)]),
    ('"We acted in good faith, Mr. Chair," Reyes said. "Thank you, Madam Speaker," said Tom Reed.',
     [actor("Reyes", "organization"), actor("Tom Reed", "person")]),
    ("Mr Mayor said the road would reopen on Monday.", []),
    ("Mr Speaker, a farmer from Lusaka, said the road was shut.",
     [actor("Speaker", "person", ["Mr Speaker"], role="farmer")]),
    # merge24: 'the CS' written for the one person whose title ends in 'Cabinet Secretary' is that
    # person; NEGATIVE: two titles with those initials, a body with them, capitals not after 'the'
    ("Water Cabinet Secretary Joyce Wambui said the dam was full. Speaking in Kitui, the CS urged farmers to plant.",
     [actor("Joyce Wambui", "person", role="Water Cabinet Secretary", count=2)]),
    ("Cabinet Secretary Joyce Wambui said the dam was full. Chief Secretary Tom Reed agreed. The CS urged farmers to plant.",
     [actor("Joyce Wambui", "person", role="Cabinet Secretary"), actor("Tom Reed", "person", role="Chief Secretary"),
      actor("CS", "organization")]),
    ("Cabinet Secretary Joyce Wambui said the bank had lent money to Coast Savings. The CS said it welcomed the loan.",
     [actor("Joyce Wambui", "person", role="Cabinet Secretary"), actor("CS", "organization")]),
    ("Cabinet Secretary Joyce Wambui said the dam was full. CS officials urged farmers to plant.",
     [actor("Joyce Wambui", "person", role="Cabinet Secretary"), actor("CS", "organization")]),
    # NEGATIVE (review24a): capitals qualifying a noun after them ('the AG office') name no titled person
    ("Attorney General Ana Cruz said the law was void. The AG office said it would appeal.",
     [actor("Ana Cruz", "person", role="Attorney General"), actor("AG", "organization")]),
    # merge24: a body's name the recogniser ended before 'and' runs on where the bracketed
    # acronym is the longer name's initials, and its first field after 'of' is its short form; a
    # firm's name without its legal form and trade word ('Construction') is that firm; a given name
    # no dictionary has after a title's field opens the name; NEGATIVE: an acronym of the shorter
    # name's initials only, a field of one word after 'for'
    ("Senators questioned officials of the Department of Port Works and Channels (DPWC) over 12 projects. "
     "DPWC officials said the work was done.",
     [actor("Department of Port Works and Channels", "organization", ["DPWC"], count=2, acronyms=["DPWC"])]),
    ("Senators questioned the Department of Port Works and Channels (DPC) over 12 projects.",
     [actor("Department of Port Works", "organization")]),
    # review24a: a secretary whose title is a field alone serves the one department whose name after
    # 'of' is that field or opens on it before 'and'; NEGATIVE: a later field, two departments opening
    # on it, a rank word in the title
    ("The Department of Port Works and Channels said the work was done. Port Works Secretary Ana Cruz agreed.",
     [actor("Department of Port Works and Channels", "organization"),
      actor("Ana Cruz", "person", role="Port Works Secretary", affiliation="Department of Port Works and Channels")]),
    ("The Department of Port Works and Channels said the work was done. Channels Secretary Ana Cruz agreed.",
     [actor("Department of Port Works and Channels", "organization"),
      actor("Ana Cruz", "person", role="Channels Secretary")]),
    ("The Department of Health and the Department of Health Services said 40 clinics opened. Health Secretary Ana Cruz agreed.",
     [actor("Department of Health", "organization"), actor("Department of Health Services", "organization"),
      actor("Ana Cruz", "person", role="Health Secretary")]),
    ("The Department of Port Works and Channels said the work was done. Port Works Deputy Secretary Ana Cruz agreed.",
     [actor("Department of Port Works and Channels", "organization"),
      actor("Ana Cruz", "person", role="Port Works Deputy Secretary")]),
    ("The builder, Harbour Crest Construction Inc., won 14 contracts. Harbour Crest president Tom Reed did not attend.",
     [actor("Harbour Crest Construction Inc", "organization", ["Harbour Crest"], role="builder", count=2),
      actor("Tom Reed", "person", role="president", affiliation="Harbour Crest Construction Inc")]),
    # (affil31: the firm's short form right before a post that runs a body names the body whose post it is)
    # NEGATIVE (review24a): the short form read as a place or qualifying a plural noun ('Port Harbour
    # residents') is no short form of a firm ending on 'Construction'
    ("Port Harbour Construction Ltd won the contract on Monday. Port Harbour residents complained about the noise.",
     [actor("Port Harbour Construction Ltd", "organization"), actor("Port Harbour residents", "group")]),
    ("Ford and General Motors (GM) said sales fell. GM said it would cut 400 jobs.",
     [actor("Ford", "organization"), actor("General Motors", "organization", ["GM"], count=3, acronyms=["GM"])]),
    ("Federal Minister for Climate Change Nusrat Bano Sherazi told the assembly that the country was paying.",
     [actor("Nusrat Bano Sherazi", "person", role="Federal Minister for Climate Change")]),
    ("The Commissioner for Roma Ann Lowe said the camps were full.",
     [actor("Ann Lowe", "person", role="Commissioner for Roma")]),
    # names24b: a name set off by a comma after a person's office is a person (also four words
    # opened by an honorific); NEGATIVE: a body's head word in the name keeps it a body
    ("The Commissioner for Water Resources, Alhaji Yakub Danladi Kwari, said the work would start soon.",
     [actor("Yakub Danladi Kwari", "person", ["Alhaji Yakub Danladi Kwari"], role="Commissioner for Water Resources")]),
    ("In a separate court, the managing director of the building company, Tan Boon Loong, 47, pleaded guilty.",
     [actor("Tan Boon Loong", "person", role="managing director")]),
    ("The chairman of the board, Kessa Rail Holdings, said the deal was off.",
     [actor("Kessa Rail Holdings", "organization")]),
    # NEGATIVE (review24d): right after 'of the NOUN,' a name with no given name may be that thing's
    ("The owner of the site, Velmo Estates, said it would build homes.", []),
    ("The president of the club, Velmo United, said fans were welcome.", []),
    # names24b: a name ending in a building's word that may stand for a body ('House', 'Hall')
    # written only as where something happens is no actor; NEGATIVE: one that speaks, one with
    # staff, a chamber 'House of ...'
    ("The governor spoke yesterday at Sir Ladi Kwari House after a meeting. He said the state would buy 30 vans.",
     []),
    ("Talks were held at Brenton Hall on Monday.", []),
    ("The minister spoke at Corran House on Monday. Corran House said later that it had not invited him.",
     [actor("Corran House", "organization", count=2)]),
    ("Tom Reed, a fellow at Marlow House, said the talks had failed.",
     [actor("Tom Reed", "person", role="fellow", affiliation="Marlow House"),
      actor("Marlow House", "organization", count=0)]),
    # names24b: letters joined by '&' that name a service or a field are no body; NEGATIVE: a
    # firm's ('S&P')
    ("Waits in A&E departments rose. R&D spending fell, S&P said.", [actor("S&P", "organization")]),
    # names24b: an auxiliary opening a question line is no part of the name it asks about, where
    # the article writes the rest again; NEGATIVE: no other use of the rest, running text
    ("Kessair said profits rose.\n\nWill Kessair go public?\n\nKessair said it had no plans.",
     [actor("Kessair", "organization", count=3)]),
    ("Will Smith go to the gala?", [actor("Will Smith", "person")]),
    # names24b: a chamber's name before a lower-case committee noun names the committee, no
    # actor where it is nobody's affiliation (a party label took its place); NEGATIVE: the
    # member's body where no party is given, the chamber acting elsewhere
    ("Dame Mary Reed (Lab), the chairwoman of the Commons health and social care committee, was more measured. "
     "Labour MPs met.",
     [actor("Mary Reed", "person", ["Dame Mary Reed"], role="chairwoman", affiliation="Labour Party"),
      actor("Labour Party", "organization", ["Lab"], count=0)]),     # (the label its alias: roles._bracketed_party_label)
    ("Ann Lowe, the ranking member of the Senate aviation subcommittee, said the report was weak.",
     [actor("Ann Lowe", "person", role="ranking member of the Senate aviation subcommittee", affiliation="Senate"),
      actor("Senate", "organization")]),
    ("The Senate voted to pass the bill. Ann Lowe, a member of the Senate aviation subcommittee, said the vote was a victory.",
     [actor("Senate", "organization", count=2),
      actor("Ann Lowe", "person", role="member of the Senate aviation subcommittee", affiliation="Senate")]),
    # the one-word 'House' so too, also where the parse hangs it and the committee noun side by side on a
    # noun after them ('House panel probe'; session 35); NEGATIVE: the House acting, or another body's 'House'
    ("The opposition demanded a House panel probe into the deal.", []),
    ("The party wants a probe by a House committee into the corridor.", []),
    ("The House voted 220-210. A House panel probe will follow.", [actor("House", "organization", count=2)]),
    ("The House said the bill would pass.", [actor("House", "organization")]),
    ("Compass House panel members said the building would close.", [actor("Compass House", "organization")]),
    # a person's name the recogniser cut at lower-case surname particles, or read as a body, is
    # one person's name opened by a given name (names17); NEGATIVE: a body's word ends it
    ("Councillor Luisa dos Reis said the bridge must close.",
     [actor("Luisa dos Reis", "person", role="Councillor")]),
    # (the opening plural takes no position here: no group; groups30 review)
    ("Reporters spoke to Felipe del Toro, who said the dam leaked.", [actor("Felipe del Toro", "person")]),
    ("Amira bint Khalid said the school had reopened.", [actor("Amira bint Khalid", "person")]),
    ('Ana da Silva said she was relieved. "We were lucky," da Silva said.',
     [actor("Ana da Silva", "person", ["Silva"], count=2)]),
    ("Felipe del Toro Hospital said the ward was full.", [actor("Felipe del Toro Hospital", "organization")]),
    # two peoples' words side by side name one community, no mention of either country (names17);
    # NEGATIVE: the two joined by 'and' are both countries, and the country named on its own stays
    ("Greek Cypriot leaders said talks should resume.", [actor("greek cypriot leaders", "group")]),
    ("Turkish Cypriot officials said the drilling must stop, and Cyprus rejected the demand.",
     [actor("Cyprus", "country"), actor("turkish cypriot officials", "group")]),
    ("Mexican Americans said they feared the cuts.", []),
    ("The Greek and Turkish governments said talks would resume.",
     [actor("Greece", "country", ["Greek"]), actor("Turkey", "country", ["Turkish"])]),
    # a hospital or clinic named only where a patient was taken, treated or died is a place
    # (names17); NEGATIVE: one that speaks anywhere in the article stays
    ("The minister was taken to the Northgate University Hospital after the crash. She is recovering.", []),
    ("Two fishermen were treated at Harrow Vale Infirmary on Sunday.", []),
    ("A woman died at Kessa General Hospital. Kessa General Hospital said she had arrived too late.",
     [actor("Kessa General Hospital", "organization", count=2)]),
    # one a patient was referred to, also where the recogniser read the name as a person's (session 35);
    # NEGATIVE: one that refers patients itself, or a doctor a patient was referred to
    ("Her mother was referred to Amir Khan Hospital last month, Ann Lowe said.", [actor("Ann Lowe", "person")]),
    ("The boy was referred to Larch Valley Hospital by his school.", []),
    ("Amir Khan Hospital said it had referred 40 patients to the city.", [actor("Amir Khan Hospital", "person")]),
    ("The boy was referred to Dr Amir Khan by his school.", [actor("Amir Khan", "person", ["Dr Amir Khan"])]),
    # a photo caption (a short paragraph ending on a credit) counts no mention, and a credit split
    # off after its colon names no one (names17); NEGATIVE: a body sentence after a credit word
    ("Harbour Press said the bridge was shut.\nThe shut bridge at Kessa. Photo: Harbour Press",
     [actor("Harbour Press", "organization")]),
    ("Ann Lowe, a driver, said she was stuck.\nAnn Lowe waits at the bridge. Photograph: Tom Reed/Harbour Press",
     [actor("Ann Lowe", "person", role="driver")]),
    ("Ann Lowe, a driver, said she was stuck.\nImage: the council said the bridge would reopen in May, and Ann Lowe agreed.",
     [actor("Ann Lowe", "person", role="driver", count=2)]),
    # a body's name with a comma list of its fields before its head word is one body
    ("The Coastal Fishers, Boatmen and Net Makers Union said the quota was unfair.",
     [actor("Coastal Fishers, Boatmen and Net Makers Union", "organization")]),
    # organisations that speak become actors (orgs26): a one-word body the recogniser names as the
    # employer of experts ('economists at X'); NEGATIVE: 'officials at' a one-word name may be a town's
    ("Tolvern Energy will sell its Norwood plant. Economists at Brackwell said the sale would cut its debt.",
     [actor("Tolvern Energy", "organization"), actor("Brackwell", "organization")]),
    ("Officials at Dorran said the town would object.", []),
    # a body that is the subject of 'be' and of a speech verb joined to it speaks
    ('The NLM, which shares power in the Dorran province, was cautious but said it would "stand with tenants" '
     'and asked for talks.',
     [actor("NLM", "organization")]),
    # a body named only as where something happens speaks where the next sentence takes it up by
    # its head word as a speaker or as the owner of its management; NEGATIVE: another head word
    ("At Mirembe Teaching Hospital, which serves most of the valley, a cleaner said wards were closing. "
     "The hospital's management said on Friday that no ward would close.",
     [actor("Mirembe Teaching Hospital", "organization", count=2)]),
    ("Cleaners walked out at Mirembe Teaching Hospital on Monday. The clinic said no ward would close.", []),
    # a party named by the plural of its members after 'the'; NEGATIVE: a people, a modifier
    ("The Liberals, who sit in the ruling bloc, demanded that the tax be scrapped.",
     [actor("Liberals", "organization")]),
    ("Officials from the ruling Liberals said the tax would stay.", [actor("Liberals", "organization")]),
    ("The Kurds said they would march. Green voters were angry.", []),
    # capitalised words after 'the' that the writer defines by initials in brackets, ending on a
    # body's head word, where the recogniser named no body; NEGATIVE: a law, a region, things
    ("The Norvian Tenants' Federation (NTF) cautioned that rents would climb steeply. The NTF said 40,000 "
     "households were at risk.",
     [actor("Norvian Tenants' Federation", "organization", ["NTF"], count=2, acronyms=["NTF"])]),
    ("The Pellar Renters' League (PRL) cautioned that rents would climb steeply.",
     [actor("Pellar Renters' League", "organization", ["PRL"], acronyms=["PRL"])]),
    ("The levy was passed under the Kessa Water Act (KWA) last year.", []),
    ("The Consumer Price Index (CPI) rose 3 per cent in May.", []),
    ("The Goods and Services Tax (GST) was cut to 5 per cent.", []),
    ("Drivers in the Kessa North Region (KNR) said the roads were closed.", []),
    # ... or with no 'the' before them, where their capitals spell the initials exactly and their head
    # (last word, or the word before 'of') is a body's; NEGATIVE: an index's, an act's or a region's head
    ("Marlow Valley Farmers Association (MVFA) members voted to strike on Monday.",
     [actor("Marlow Valley Farmers Association", "organization", ["MVFA"], acronyms=["MVFA"])]),
    ("The strike was called by Maraval Association of Resident Doctors (MARD) on Friday.",
     [actor("Maraval Association of Resident Doctors", "organization", ["MARD"], acronyms=["MARD"])]),
    ("Northern Region Football Association (NRFA) chairman Peter Mwale said the games would go ahead.",
     [actor("Northern Region Football Association", "organization", ["NRFA"], acronyms=["NRFA"]),
      actor("Peter Mwale", "person", role="chairman", affiliation="Northern Region Football Association")]),
    ("Voters met on Monday. Many Aldbury Growers Council (AGC) members voted against the plan.",
     [actor("Aldbury Growers Council", "organization", ["AGC"], acronyms=["AGC"])]),
    ("Voters met on Monday. Two new Lowmoor Tenants Union (LTU) offices opened in the town.",
     [actor("Lowmoor Tenants Union", "organization", ["LTU"], acronyms=["LTU"])]),
    ("Consumer Price Index (CPI) figures showed a rise of 3 per cent in May.", []),
    ("Kessa Water Act (KWA) rules were tightened last year.", []),
    ("Drivers said Kessa North Region (KNR) roads were closed.", [actor("drivers", "group")]),
    # names26: capitalised common words before a portfolio holder's title and a name are the title's
    # field, no body; a body's name, a title and a given name and surname read as one body are an
    # officer's title and name; a firm's own possessive after its name stays ("Moody's"); a chamber's
    # word before a party's plural, or cut before its committee's lower-case noun, is no actor; a
    # prison named only as where someone is held is a place; a pilgrim's honour is no part of the
    # name. NEGATIVE: a proper name before the title or a director's title keeps the body; a possessive
    # before a noun is an owner; a chamber written alone, a prison that speaks stay actors
    ("The Kessa Freedom Party rejected the budget. The party's National Publicity Secretary, Mr Tunde Bakare, said the plan was unfair.",
     [actor('Kessa Freedom Party', 'organization'), actor('Tunde Bakare', 'person', ['Mr Tunde Bakare'], role='National Publicity Secretary', affiliation='Kessa Freedom Party')]),
    ('Palace Press Officer Lina Marquez told reporters that the President had ordered a review.',
     [actor('Lina Marquez', 'person', role='Palace Press Officer')]),
    ('Federal Disaster Management Minister Dan Fairley said the state would pay $500 to each adult.',
     [actor('Dan Fairley', 'person', role='Federal Disaster Management Minister')]),
    ('Kessa Water Management spokesman Tom Reed said the plan was wrong.',
     [actor('Kessa Water Management', 'organization'), actor('Tom Reed', 'person', role='spokesman', affiliation='Kessa Water Management')]),
    ('Harbour Asset Management Director Tom Reed said the plan was wrong.',
     [actor('Harbour Asset Management', 'organization'), actor('Tom Reed', 'person', role='Director', affiliation='Harbour Asset Management')]),
    ('FEMA Administrator Curtis Abiodunde said in a statement that the agency had run out of money.',
     [actor('Curtis Abiodunde', 'person', role='FEMA Administrator')]),
    ("Moody's cut Harlow Water's rating by one notch in June.",
     [actor("Moody's", 'organization')]),
    ("Harbour Energy's chief executive said the plan was wrong.",
     [actor('Harbour Energy', 'organization')]),
    ('House Republicans said the bill was too costly. The House Appropriations subcommittee will meet on Friday. Senate Democrats said they would block it.',
     [actor('Republican Party', 'organization', ['Republicans']), actor('Democratic Party', 'organization', ['Democrats']),
      actor('House Republicans', 'group', count=0), actor('Senate Democrats', 'group', count=0)]),
    ('The House voted 220 to 210 to pass the bill. House Republicans said it was too costly.',
     [actor('House', 'organization', count=2), actor('Republican Party', 'organization', ['Republicans']),
      actor('House Republicans', 'group', count=0)]),
    ('A court ordered that a former minister, Tom Reed, be remanded in the Harbury Correctional Centre pending his bail hearing.',
     [actor('Tom Reed', 'person', role='former minister')]),
    ('The Harbury Correctional Centre said the cells were full. Tom Reed was held at the Harbury Correctional Centre.',
     [actor('Harbury Correctional Centre', 'organization', count=2), actor('Tom Reed', 'person')]),
    ('Alhaja Kemi Ade said the market would reopen.',
     [actor('Kemi Ade', 'person', ['Alhaja Kemi Ade'])]),
    # names26: a nickname in quotation marks is no part of the name, and the surname after it is the
    # person's; a body's name cut at the commas of the trades it lists is one name; a hyphenated
    # given name cut at its hyphen is whole, and the family name before it alone is that person.
    # NEGATIVE: a list of bodies (a proper name after a comma) stays apart; a hyphenated given name
    # before a surname keeps the surname as the short form
    ('Senator Marco "Bongbong" Dizon said the hearing would resume. Dizon said the contractors had lied.',
     [actor('Marco Dizon', 'person', ['Senator Marco Dizon', 'Dizon'], role='Senator', count=2)]),
    ('Sen. Ramon “Tatang” Villaflor, who chairs the committee, said the findings showed plunder. Villaflor said charges would follow.',
     [actor('Ramon Villaflor', 'person', ['Sen. Ramon Villaflor', 'Villaflor'], role='Senator', count=2)]),
    ('The Kessa Nurses, Midwives and Carers Union said the offer was too low. The union called a strike.',
     [actor('Kessa Nurses, Midwives and Carers Union', 'organization')]),
    ('The deal was announced after a meeting chaired by Finance Minister Yoon Tae-gyu. "We cannot wait," Yoon said at the start of the meeting.',
     [actor('Yoon Tae-gyu', 'person', ['Yoon'], role='Finance Minister', count=2)]),
    # (an owned post set off before a member's seat written alone is the role: roles._a_seat_title_alone)
    ("The ruling party's floor leader, Rep. Baek Ha-neul, rejected the criticism. Baek said the opposition had blocked the act.",
     [actor('Baek Ha-neul', 'person', ['Rep. Baek Ha-neul', 'Baek'], role='floor leader', count=2)]),
    ('The minister, Ann-Marie Lowe, said the vote would be held on Friday. Lowe said it would pass.',
     [actor('Ann-Marie Lowe', 'person', ['Lowe'], role='minister', count=2)]),
    ('The Harbour Growers Union, Kessa Bank and the Rio Dockers Union signed the deal.',
     [actor('Harbour Growers Union', 'organization'), actor('Kessa Bank', 'organization'), actor('Rio Dockers Union', 'organization')]),
    # aliases27: a name written family name first (its given names known only where family names
    # come first) is that person by its first word alone, also where the recogniser takes that
    # word for a body; so is the family name between a given name and a hyphenated Chinese given
    # name. NEGATIVE: a given name of other countries written alone stays what it is; two people
    # of one family name leave it alone
    ('Deputy Minister Datuk Chua Jian Hao said the plant would open in May. Chua said 2,000 jobs would follow.',
     [actor('Chua Jian Hao', 'person', ['Datuk Chua Jian Hao', 'Chua'], role='Deputy Minister', count=2)]),
    ('"The water is clean," said Dr Grace Fung Yan-ting, who led the survey. Fung said the beaches would reopen.',
     [actor('Grace Fung Yan-ting', 'person', ['Dr Grace Fung Yan-ting', 'Fung'], count=2)]),
    ('Chelsea Marsh, a fan, said the club was wrong. Chelsea said it would appeal the fine.',
     [actor('Chelsea Marsh', 'person', role='fan'), actor('Chelsea', 'organization')]),
    # NEGATIVE: a paper the recogniser typed as a body, written after an article, stays that body
    # although a person's family name written first is the same word
    ('Sun Jie, a columnist, told the Sun that the club was broke. The Sun said it stood by the story.',
     [actor('Sun Jie', 'person', role='columnist'), actor('Sun', 'organization', count=2)]),
    ('Sun Jie, a trader, said the market was closed. Sun said the rent was too high.',
     [actor('Sun Jie', 'person', ['Sun'], role='trader', count=2)]),
    # aliases27: initials defined in brackets and written again where the recogniser named nothing
    # are the body, also before a title; NEGATIVE: before a noun of another body of its people
    ('The Kessa Fisheries Office (KFO) fined two trawlers on Monday. KFO, which ran the inquiry, said the nets were illegal.',
     [actor('Kessa Fisheries Office', 'organization', ['KFO'], count=3, acronyms=['KFO'])]),
    ('The Orwin Tenants Forum (OTF) called a rent strike. OTF chair Ann Lowe said 400 homes would join.',
     [actor('Orwin Tenants Forum', 'organization', ['OTF'], count=3, acronyms=['OTF']),
      actor('Ann Lowe', 'person', role='chair', affiliation='Orwin Tenants Forum')]),
    # NEGATIVE (aliases27): initials that are a post's, a seat's, a time's or an everyday
    # abbreviation, or stand beside another capitalised word, are not the body written again
    ('The Movement for Progress (MP) won six seats. Local MP John Kerr said the count was fair.',
     # 'MP' is a post's letters: defined here, looked up by (acronyms), but never shown as the party's alias
     [actor('Movement for Progress', 'organization', acronyms=['MP']),
      actor('John Kerr', 'person', role='Local MP')]),
    ('The Kessa Food Council (CEO) met on Monday. Harbour Foods CEO Ann Lowe said prices would rise.',
     [actor('Kessa Food Council', 'organization', acronyms=['CEO']), actor('Harbour Foods', 'organization'),
      actor('Ann Lowe', 'person', role='CEO', affiliation='Harbour Foods')]),
    ('The Orwin Kiosk Union (OK) struck on Friday. "It\'s OK," said Tom Reed, a driver.',
     [actor('Orwin Kiosk Union', 'organization', acronyms=['OK']), actor('Tom Reed', 'person', role='driver')]),
    ('The Party of Moderates (PM) joined the coalition. The PM said the cabinet would meet on Monday.',
     [actor('Party of Moderates', 'organization', acronyms=['PM'])]),
    # aliases27: a hyphenated word and a possessive inside a name its bracketed initials define
    ('The Regional Anti-Fraud Auditor\'s Office (RAFAO) said it would appeal.',
     [actor("Regional Anti-Fraud Auditor's Office", 'organization', ['RAFAO'], count=2, acronyms=['RAFAO'])]),
    # names26: a country's acronym closing a name set after a body's lower-case noun is the body's
    # own ('the pressure group River Watch UK': no natural feature, no country); a name the
    # recogniser cut inside its field's words runs on where its bracketed acronym spells the whole.
    # NEGATIVE: a river named as a river stays no actor
    ('Ruth Mabel, head of the pressure group River Watch UK, said owners should pay.',
     [actor('Ruth Mabel', 'person', role='head', affiliation='River Watch UK'), actor('River Watch UK', 'organization', role='pressure group')]),
    ('According to data from the National Centre for Vector Borne Fevers Control (NCVBFC), the outbreak has spread.',
     [actor('National Centre for Vector Borne Fevers Control', 'organization', ['NCVBFC'], count=2, acronyms=['NCVBFC'])]),
    ('The River Suir burst its banks on Monday. The Suir catchment flooded.',
     []),
    # review text25: the body a document is sent to is no place ('a filing to X'); NEGATIVE: a place gone to
    ('Net profit rose 9 per cent, Harlow Homes said in a filing to the Ostmark Financial Market (OFM) on Monday.',
     [actor('Harlow Homes', 'organization'), actor('Ostmark Financial Market', 'organization', ['OFM'], count=2, acronyms=['OFM'])]),
    ('The convoy travelled from Lagos to the Kessa Free Zone, where trucks were unloaded.',
     []),
    # names26: a title's word before capitalised words ending on a body's head word (no given name)
    # opens the body's name ('the General Workers Confederation'); NEGATIVE: a given name after
    # the title keeps a person, whatever the surname
    ('The General Workers Confederation (GWC) called a national strike for Thursday.',
     [actor('General Workers Confederation', 'organization', ['GWC'], count=2, acronyms=['GWC'])]),
    ('The General Harbour Confederation said the strike would go ahead.',
     [actor('General Harbour Confederation', 'organization')]),
    ('General Ann Church said the troops would stay.',
     [actor('Ann Church', 'person', ['General Ann Church'], role='General')]),
    # names26: also where the recogniser tagged nothing (a translation in brackets)
    ('The Confederacion Nacional del Trabajo (General Harbour Confederation) said the strike would go ahead.',
     [actor('General Harbour Confederation', 'organization')]),
    # orgref27: a name the writer gives a body's noun ('known as', 'called') is the body's, and acts as it
    ("The agency, known as KORNA, said shipments totalled 2.1 million tonnes.",
     [actor("KORNA", "organization")]),
    ("The regulator, also known as Velmar, warned that prices would rise.",
     [actor("Velmar", "organization")]),
    # NEGATIVE: a person's nickname; a phrase of no name
    ("The man, known as Tommo, said the boats had gone.", []),
    ("The agency, known for its strict rules, said shipments fell.", []),
    # orgref27: words read as a person's right after 'the' and a body's noun name the body
    ("The association Escuela Abierta, which has brought dozens of cases, said it had received 300 complaints.",
     [actor("Escuela Abierta", "organization", role="association")]),
    ("The foundation Casa Rivero said it would double its grants.",
     [actor("Casa Rivero", "organization", role="foundation")]),
    # NEGATIVE: a person's noun between: the person
    ("The union leader Ana Ruiz said the vote was fair.",
     [actor("Ana Ruiz", "person", role="union leader")]),
    # names27: ranks cut from the name by a bracket ('(retd)') name no one, nor does the bracket's
    # mark; the name after them is the person's
    ('Transport Adviser Maj Gen (retd) Rafiq Alam Chowdhury said the bridge would reopen.',
     [actor('Rafiq Alam Chowdhury', 'person', role='Transport Adviser')]),
    ('Lt Col (retd) Dana Whitcombe told the inquiry the orders were clear.',
     [actor('Dana Whitcombe', 'person', role='Lieutenant Colonel')]),
    ('Ports Adviser Brig Gen (Retd.) Kamrul Hasan Bhuiyan, touring the docks, said repairs would start.',
     [actor('Kamrul Hasan Bhuiyan', 'person', role='Ports Adviser')]),
    # names27: a surname with an apostrophe inside it is no place to cut the name
    ('"Lorries are stuck for days," union chief Benedict Omondi\'o told reporters.',
     [actor("Benedict Omondi'o", 'person', role='union chief')]),
    ("Farmers' leader Grace Wanjiku'a said the prices were too low.",
     [actor("Grace Wanjiku'a", 'person', role='leader')]),
    ("Mr Tomasz Kiptoo'e said the road was closed.",
     [actor("Tomasz Kiptoo'e", 'person', ["Mr Tomasz Kiptoo'e"])]),
    # names27: 'Co' and a capitalised word is an Irish county, a place; NEGATIVE: a firm's '& Co'
    ('Two men were hurt near Naas, Co Kildare, on Sunday, the fire service said.', []),
    ('Gardaí in Co Wexford said the road would stay closed.', []),
    ('Smith & Co said its profits rose.', [actor('Smith & Co', 'organization')]),
    # names27: capitalised words in brackets between a body's name and a role noun are the body's
    # qualifier (a faction), the body's whole name, never a person of their own; NEGATIVE: the
    # body's initials stay its acronym
    ('The opposition slammed the plan. Maratha Sena (UBT) leader and former corporator Sunil Bhonde said '
     'the board was wasting money.',
     [actor('Maratha Sena (UBT)', 'organization'), actor('Sunil Bhonde', 'person', role='leader')]),
    ('Lok Morcha (Ram Vilas) chief Ajit Pawde said the alliance would hold.',
     [actor('Lok Morcha (Ram Vilas)', 'organization'), actor('Ajit Pawde', 'person', role='chief')]),
    # mend27 NEGATIVE: a person's name opening on a given name keeps a bracketed constituency out
    # (the whole pipeline, as the probe runs it, gives this; the actor stage alone still reads '(Kano North)' as a
    # person the senator serves)
    pytest.param('Senator Ann Lowe (Kano North) chairman of the Senate committee on finance, said the budget would rise by 12%.',
                 [actor('Ann Lowe', 'person', ['Senator Ann Lowe'], role='Senator')],
                 marks=pytest.mark.xfail(strict=True, reason="known: the actor stage alone reads a bracketed "
                                         "constituency after a person as a person she serves")),
    ('The Coast Traders Union (CTU) chief executive Ann Lowe said the port must reopen.',
     [actor('Coast Traders Union', 'organization', ['CTU'], acronyms=['CTU']),
      actor('Ann Lowe', 'person', role='chief executive', affiliation='Coast Traders Union')]),
    # names27: a place run into a body's name before its local unit's noun is where the unit is
    ('Congress Nagpur unit chief Meena Rathod alleged that the charge was a hidden tax.',
     [actor('Congress', 'organization'), actor('Meena Rathod', 'person', role='unit chief', affiliation='Congress')]),
    ('The Harbour Workers Union Leeds branch said it would strike.', [actor('Harbour Workers Union', 'organization')]),
    # mend27 NEGATIVE: a firm named after a place keeps it ('Air' or 'Wells' is no body's head word)
    ('Air India unit chief Ann Lowe said the airline would add 30 flights.',
     [actor('Air India', 'organization'), actor('Ann Lowe', 'person', role='unit chief', affiliation='Air India')]),
    ('A Wells Fargo branch manager in Ohio said the bank had closed 12 accounts.',
     [actor('Wells Fargo', 'organization')]),
    # names27: a title written as one hyphenated word ends a body's name as its officer's title
    ('Harbour Police Station Officer-in-Charge (OC) Md Rakibul Islam said two guards had been held.',
     [actor('Md Rakibul Islam', 'person')]),
    # names27: a person's first name alone, untagged by the recogniser, is the one person of the
    # article whose full name opens on it; NEGATIVE: two such people, no one
    ('Governor Haryo Prasetyo said the rate would stay. "We see room for easing," Haryo told reporters. '
     'Haryo said inflation was contained.',
     [actor('Haryo Prasetyo', 'person', ['Governor Haryo Prasetyo', 'Haryo'], role='Governor', count=3)]),
    ('Minister Wiryo Santoso said the plan was ready. Wiryo said the ministry would act.',
     [actor('Wiryo Santoso', 'person', ['Wiryo'], role='Minister', count=2)]),
    ('Haryo Prasetyo and Haryo Wibowo met on Monday. Haryo said the talks went well.',
     [actor('Haryo Prasetyo', 'person'), actor('Haryo Wibowo', 'person')]),
    # mend27 NEGATIVE: a one-word body the recogniser typed keeps its kind, whoever else's given name it is
    ('Nike Adeyemi, a trader in Lagos, said prices had doubled. Nike said its sales in Nigeria rose 8% in the quarter.',
     [actor('Nike Adeyemi', 'person', role='trader'), actor('Nike', 'organization')]),
    ('Chase Okafor, a customer in Atlanta, said his card had been blocked for a week. Chase said it had fixed the '
     'fault affecting 40,000 cards.',
     [actor('Chase Okafor', 'person', role='customer'), actor('Chase', 'organization')]),
    # names27: a Spanish or Portuguese body's name runs on through its lower-case preposition and
    # article ('por la', 'para el', 'pela'); NEGATIVE: a person's surname particles are no body's
    ('The Frente para el Cambio said it would not join the talks.', [actor('Frente para el Cambio', 'organization')]),
    ('The Movimento pela Vida said the law was unjust.', [actor('Movimento pela Vida', 'organization')]),
    ('Ana Souza, of the Partido por la Democracia, said the vote was rigged.',
     [actor('Ana Souza', 'person', role='member of the Partido por la Democracia', affiliation='Partido por la Democracia'),
      actor('Partido por la Democracia', 'organization')]),
    ('Luisa dos Reis said the vote was rigged.', [actor('Luisa dos Reis', 'person')]),
    # names27: a Catalan 'i' joining two surnames is inside the name
    ('The regional government reacted with anger. Its spokeswoman, Núria Casals i Roig, said the council would '
     'appeal. "We will not accept this," she said.',
     [actor('Núria Casals i Roig', 'person', role='spokeswoman', count=2)]),
    ('Spokeswoman Montserrat Puig i Ferrer said the schools would open.',
     [actor('Montserrat Puig i Ferrer', 'person', role='Spokeswoman')]),
    # grid27: one unnamed word before a board post names the firm, set as a compound as well as owner
    ('Pelmor chairman Aldo Finch said the merger was off.',
     [actor('Aldo Finch', 'person', role='chairman', affiliation='Pelmor'), actor('Pelmor', 'organization', count=0)]),
    ('Drennix chief executive Gwen Tallis said profits had doubled.',
     [actor('Gwen Tallis', 'person', role='chief executive', affiliation='Drennix'), actor('Drennix', 'organization', count=0)]),
    # ... and a run ending in a firm's name word ('Industries', 'Freight') before any post
    ('Corvane Industries founder Lars Ebbing said the firm would list.',
     [actor('Corvane Industries', 'organization'),
      actor('Lars Ebbing', 'person', role='founder', affiliation='Corvane Industries')]),
    # the firm's own possessive is no part of its name before a participle of the post ('managing')
    ("Hollin Freight's managing director, Anja Roos, said the trucks were idle.",
     [actor('Hollin Freight', 'organization'),
      actor('Anja Roos', 'person', role='managing director', affiliation='Hollin Freight')]),
    # 'its' takes up the unnamed subject of the sentence before, for a post held in a body
    ('Ottaby announced a new mine on Friday. Its chairman, Piet Graaf, said digging would start in June.',
     [actor('Piet Graaf', 'person', role='chairman', affiliation='Ottaby'), actor('Ottaby', 'organization', count=0)]),
    # ... and a subject the recogniser typed a person, with nothing of a person's, is the body 'its' means
    ('Ottaby said the mine would open in June. Its chairman Piet Graaf added that costs had risen.',
     [actor('Ottaby', 'organization'), actor('Piet Graaf', 'person', role='chairman', affiliation='Ottaby')]),
    ('Dravel Logistics won the contract. Its managing director Ines Falk said the depot would open.',
     [actor('Dravel Logistics', 'organization'), actor('Ines Falk', 'person', role='managing director', affiliation='Dravel Logistics')]),
    # ... not where a kind of body is written there: 'its' may mean that
    ('Tom Brack said the firm would close. Its chairman, Rowan Tully, said the terms were fair.',
     [actor('Tom Brack', 'person'), actor('Rowan Tully', 'person', role='chairman')]),
    ('Pelmor and Ottaby signed a pact. Its chairman, Aldo Finch, said the terms were fair.',
     [actor('Pelmor', 'person'), actor('Ottaby', 'person'), actor('Aldo Finch', 'person', role='chairman')]),
    # an unnamed word after 'at'/'of' on a firm's post is the firm
    ('Gwen Tallis, spokeswoman at Pelmor, said the merger was off.',
     [actor('Gwen Tallis', 'person', role='spokeswoman', affiliation='Pelmor'), actor('Pelmor', 'organization', count=0)]),
    # the field of a head's post is part of the post where the body hangs on it
    ('Lars Ebbing, the head of research of Corvane Industries, said the drug worked.',
     [actor('Lars Ebbing', 'person', role='head of research', affiliation='Corvane Industries'),
      actor('Corvane Industries', 'organization')]),
    ('Anja Roos, director of engineering at the Hollin Trust, said the bridge was safe.',
     [actor('Anja Roos', 'person', role='director of engineering', affiliation='Hollin Trust'),
      actor('Hollin Trust', 'organization')]),
    ('The Marrow Group said the plant would close. Its head of research Ines Falk added that jobs would go.',
     [actor('Marrow Group', 'organization'),
      actor('Ines Falk', 'person', role='head of research', affiliation='Marrow Group')]),
    # a known place before a local post is where it is held, no employer
    ('Leeds area manager Piet Graaf said the depot would close.', [actor('Piet Graaf', 'person', role='area manager')]),
    ('Bristol branch manager Ines Falk said the queue was long.', [actor('Ines Falk', 'person', role='branch manager')]),
    # a post that serves one kind of body, with no body stated, is at the one body of that kind the
    # article names (a court, the European Parliament, a prosecuting body; a company named in the
    # holder's sentence or the one before) (affil28)
    ('The Harwick Crown Court heard the case on Monday. Judge Elspeth Marlow said the fraud had been planned for years.',
     [actor('Harwick Crown Court', 'organization'),
      actor('Elspeth Marlow', 'person', ['Judge Elspeth Marlow'], role='Judge', affiliation='Harwick Crown Court')]),
    ('Presiding judge Mara Volk adjourned the hearing at the Federal High Court in Tessaly until June.',
     [actor('Mara Volk', 'person', role='Presiding judge', affiliation='Federal High Court'),
      actor('Federal High Court', 'organization')]),
    ('"The evidence is thin," said Justice Pieter Daan, reading the ruling of the Constitutional Court of Veland.',
     [actor('Pieter Daan', 'person', role='Justice', affiliation='Constitutional Court'),
      actor('Constitutional Court', 'organization')]),
    ('MEP Sabine Korr said the vote in the European Parliament would be close.',
     [actor('Sabine Korr', 'person', role='MEP', affiliation='European Parliament'),
      actor('European Parliament', 'organization')]),
    ('Prosecution counsel Ina Vale told the jury the money was moved in 2019. The Serious Crimes Commission charged Tom Brack last year.',
     [actor('Ina Vale', 'person', role='Prosecution counsel', affiliation='Serious Crimes Commission'),
      actor('Serious Crimes Commission', 'organization'), actor('Tom Brack', 'person')]),
    ('Chief Executive Officer Dara Quill told analysts that Velmor Mining Ltd would cut costs.',
     [actor('Dara Quill', 'person', role='Chief Executive Officer', affiliation='Velmor Mining Ltd'),
      actor('Velmor Mining Ltd', 'organization')]),
    ('Velmor Mining Ltd posted a loss on Friday. Costs would fall next year, said chairwoman Tessa Lund.',
     [actor('Velmor Mining Ltd', 'organization'),
      actor('Tessa Lund', 'person', role='chairwoman', affiliation='Velmor Mining Ltd')]),
    # NEGATIVE: two bodies of the kind; a word before the post that the one body's name lacks; a
    # former post; a company named only later; another company beside it; a lawyer for someone
    ('The appeal went from the Harwick Crown Court to the Court of Appeal. Judge Elspeth Marlow said the first ruling was sound.',
     [actor('Harwick Crown Court', 'organization'), actor('Court of Appeal', 'organization'),
      actor('Elspeth Marlow', 'person', ['Judge Elspeth Marlow'], role='Judge')]),
    ('Two courts, the Harwick Crown Court and the Dunmore County Court, heard the claims. Judge Elspeth Marlow said both were late.',
     [actor('Harwick Crown Court', 'organization'), actor('Dunmore County Court', 'organization'),
      actor('Elspeth Marlow', 'person', ['Judge Elspeth Marlow'], role='Judge')]),
    ('Federal judge Ansel Brook blocked the law on Monday. The Supreme Court will hear the appeal in May.',
     [actor('Ansel Brook', 'person', role='Federal judge'), actor('Supreme Court', 'organization')]),
    ('Former judge Ansel Brook said the Harwick Crown Court had erred.',
     [actor('Ansel Brook', 'person', role='Former judge'), actor('Harwick Crown Court', 'organization')]),
    ('Chairman Rolf Adder said the council would meet again. Velmor Mining Ltd has asked for a permit.',
     [actor('Rolf Adder', 'person', role='Chairman'), actor('Velmor Mining Ltd', 'organization')]),
    ('Velmor Mining Ltd said profits rose. Chief executive Dara Quill said Orsen Holdings had been a tough rival.',
     [actor('Velmor Mining Ltd', 'organization'), actor('Dara Quill', 'person', role='Chief executive')]),
    ('Ina Vale, a lawyer for Tom Brack, said the Serious Crimes Commission had no case.',
     [actor('Ina Vale', 'person', role='lawyer', affiliation='Tom Brack'), actor('Tom Brack', 'person'),
      actor('Serious Crimes Commission', 'organization')]),
    # (mend_affil28) a court in the judge's sentence or the one before, doing or being something, or
    # the place of the judge's own sentence; NEGATIVE: a court named only as the place of an earlier
    # sentence or where an appeal goes; a company beside a common-noun body that is no company
    # ('the energy regulator', 'Union leaders'); no 'chairman' (a union's, a party's, an honorific)
    ('Judge Nadia Orsk said at the Welbury Crown Court on Friday that the jury had been misled.',
     [actor('Nadia Orsk', 'person', ['Judge Nadia Orsk'], role='Judge', affiliation='Welbury Crown Court'),
      actor('Welbury Crown Court', 'organization')]),
    ('The Welbury Crown Court jailed Ted Amis for four years. Judge Nadia Orsk said he had shown no remorse.',
     [actor('Welbury Crown Court', 'organization'), actor('Ted Amis', 'person'),
      actor('Nadia Orsk', 'person', ['Judge Nadia Orsk'], role='Judge', affiliation='Welbury Crown Court')]),
    ('The Ostmark Supreme Court struck down a ban on street markets on Tuesday. The ban had been passed in 2021. '
     'Traders had said it cost them half their income. "The rule went too far," Justice Lien Hartl said.',
     [actor('Ostmark Supreme Court', 'organization'),
      actor('Lien Hartl', 'person', role='Justice', affiliation='Ostmark Supreme Court'), actor('traders', 'group')]),
    ('Varda Pumps Ltd cut its forecast on Tuesday. Chief executive Ada Frey said demand had slowed.',
     [actor('Varda Pumps Ltd', 'organization'),
      actor('Ada Frey', 'person', role='Chief executive', affiliation='Varda Pumps Ltd')]),
    ('The appeal was heard at the High Court in London on Wednesday. The original verdict was delivered in 2019 by '
     'Judge Colin Marsh at Leeds, who has since retired. Lawyers for the claimant said the ruling had ignored key evidence.',
     [actor('Colin Marsh', 'person', ['Judge Colin Marsh'], role='Judge'), actor('lawyers', 'group')]),
    ('The inquiry opened at the Marlby Crown Court on Monday. Judge Ross Tane, who heard the first trial in Dunmore, has retired.',
     [actor('Ross Tane', 'person', ['Judge Ross Tane'], role='Judge')]),
    ('Lawyers for the former mayor said on Tuesday they would carry the appeal to the Supreme Court. Judge Ana Ruiz '
     'sentenced him last month to six years in prison for taking bribes. "We believe the trial was unfair," said his '
     'lawyer, Tomas Vidal.',
     [actor('Supreme Court', 'organization'), actor('Ana Ruiz', 'person', ['Judge Ana Ruiz'], role='Judge'),
      actor('Tomas Vidal', 'person', role='lawyer'), actor('lawyers', 'group')]),
    ('Lawyers for the teacher said they would appeal to the Court of Session. Judge Orla Fenn had dismissed the claim in March.',
     [actor('Orla Fenn', 'person', ['Judge Orla Fenn'], role='Judge'), actor('lawyers', 'group')]),
    ('The energy regulator fined Northwind Energy Ltd £12 million on Monday for overcharging customers. Chief '
     'executive Jane Doe said the penalty would be returned to households. "Customers were let down," she said.',
     [actor('Northwind Energy Ltd', 'organization'), actor('Jane Doe', 'person', role='Chief executive', count=2)]),
    ('The rail watchdog criticised Ostby Rail Ltd on Tuesday. Chief executive Ivo Brandt said lessons had been learned.',
     [actor('Ostby Rail Ltd', 'organization'), actor('Ivo Brandt', 'person', role='Chief executive')]),
    ('Union leaders rejected the pay offer from Castlebay Group on Friday. Chairman Peter Mills said members would vote '
     'on strike action next week. "This offer is an insult," he told reporters.',
     [actor('Castlebay Group', 'organization'), actor('Peter Mills', 'person', role='Chairman', count=2),
      actor('union leaders', 'group')]),
    ("Chairman Mao's portrait was removed from the hall, a spokesman for Sino Textiles Corporation said. The company "
     "said it would open a museum next year.",
     [actor('Mao', 'person', role='Chairman'), actor('Sino Textiles Corporation', 'organization', count=2)]),
    # a country's name opening a court's name the recogniser left unjoined is no actor and no one's body
    # (affil28); NEGATIVE: the country acting elsewhere stays, a state agency joined to it keeps it
    ('The ruling was issued on Friday by Judge Carla Menden of the United States District Court for the Western '
     'District of Ohlen. She said the rule was void.',
     [actor('Carla Menden', 'person', ['Judge Carla Menden'], role='Judge', count=2)]),
    ('Judge Ilse Marr, who sits on the Dunmore County Court, said the claim failed. The United States said it would comply.',
     [actor('Ilse Marr', 'person', ['Judge Ilse Marr'], role='Judge', affiliation='Dunmore County Court'),
      actor('Dunmore County Court', 'organization'), actor('United States', 'country')]),
    ('Canada Revenue Agency spokesman Tom Reed said taxes were due.',
     [actor('Canada Revenue Agency', 'organization', affiliation='Canada'),
      actor('Tom Reed', 'person', role='spokesman', affiliation='Canada Revenue Agency'),
      actor('Canada', 'country', count=0)]),
    # a rank abbreviated before a name is the rank, and the surname after it the person named in full
    # (names28); NEGATIVE: before a body's or a place's word the abbreviation is part of that name
    ('Superintendent Moana Reti said two men were held. Supt Reti said more arrests were likely.',
     [actor('Moana Reti', 'person', ['Supt Reti', 'Reti'], role='Superintendent', count=2)]),
    ('Brigadier Hamdan Al Qasimi said roads were closed. Brig Al Qasimi said drivers should stay home.',
     [actor('Hamdan Al Qasimi', 'person', ['Brig Al Qasimi', 'Al Qasimi'], role='Brigadier', count=2)]),
    ('"We tested every boat," Cmdr Ilse Brandvold told reporters.',
     [actor('Ilse Brandvold', 'person', ['Cmdr Ilse Brandvold'], role='Commander')]),
    ('Insp Wiremu Tane of the Eastbay district said the driver fled.',
     [actor('Wiremu Tane', 'person', ['Insp Wiremu Tane'], role='Inspector')]),
    ('The Maj Logistics depot was closed on Sunday.', []),
    ('The Brig Hotel said bookings fell.', [actor('Brig Hotel', 'organization')]),
    # a surname joined by a hyphen after an honorific is one name (names28)
    ('The prosecutor, Chidi Okafor-Lane, told the court the money was traced. "He approved it," Mr Okafor-Lane said.',
     [actor('Chidi Okafor-Lane', 'person', ['Mr Okafor-Lane', 'Okafor-Lane'], role='prosecutor', count=2)]),
    ('Ms Delacroix-Ambe told the hearing she had not been consulted.',
     [actor('Delacroix-Ambe', 'person', ['Ms Delacroix-Ambe'])]),
    # capitalised words set in apposition with a person's noun are a person's name (names28);
    # NEGATIVE: a place described as a town is none
    ('Carmen Delgado-Whitt, a lawyer for the tenants, said the ruling was fair.',
     [actor('Carmen Delgado-Whitt', 'person', role='lawyer for the tenants')]),
    ('Dayo Olumide-Faseyi, a lawyer for the tenants, said the eviction was unlawful.',
     [actor('Dayo Olumide-Faseyi', 'person', role='lawyer for the tenants')]),
    ('The ruling was welcomed by Aurelio Basquez-Lind, the attorney who filed the suit.',
     [actor('Aurelio Basquez-Lind', 'person', role='attorney')]),
    ('But counsel to the accused, Kunle Adeyemi, a senior lawyer, called the charge baseless. Mr Adeyemi said his client had cooperated.',
     [actor('Kunle Adeyemi', 'person', ['Mr Adeyemi', 'Adeyemi'], role='senior lawyer', count=2)]),
    ('Port Haldane, a town of 4,000 people, was cut off.', []),
    # a bare post that names its body or field ('professor at X', 'director of X') sets off a person's
    # name as a determiner's noun does (pages28); NEGATIVE: a bare noun of no post, a place's gloss
    ('The survey was rushed, Omar Haddad, lecturer at Harbury College, wrote in a letter on Monday.',
     [actor('Omar Haddad', 'person', role='lecturer', affiliation='Harbury College'),
      actor('Harbury College', 'organization')]),
    ('Harbury Bay, home of the fleet, was quiet on Sunday.', []),
    # capitalised words the recogniser left untagged before a senior counsel's letters in brackets are a
    # person's name, after a title (pages28); the letters are never a body, nor the initials of a name
    # they are not the initials of (review); NEGATIVE: a body's name before them stays the body's
    ('Leading the defence team, Chief Femi Adebayo (SAN) asked the tribunal for an adjournment.',
     [actor('Femi Adebayo', 'person', role='Chief')]),
    ('Richard Hames (QC) and Bola Ade (SAN) represented the bank.',
     [actor('Richard Hames', 'person', role='QC'), actor('Bola Ade', 'person')]),
    ('Kevin Murphy (SC) told the court the lease was void.', [actor('Kevin Murphy', 'person', role='SC')]),
    ('The Kessa Trust (SC) said it would appeal.', [actor('Kessa Trust', 'organization')]),
    ('The Supreme Court (SC) will hear the appeal in May, the registrar said.',
     [actor('Supreme Court', 'organization', aliases=['SC'], acronyms=['SC'])]),
    # places named only as where (pages28): a port's name (a facility's last word), a home's place between
    # its owner and the noun, a care body owning the wards where patients lie, a prison's name the parser
    # hangs on the act of detention; NEGATIVE: each that speaks or has staff stays, and a prison service's
    # or department's name, a body, stays whatever noun the parser hangs it on (review)
    ('Cargo bound for Amira Port was held for checks, customs officials said.',
     [actor('customs officials', 'group')]),
    ('Kessa Port said it would close for a week.', [actor('Kessa Port', 'organization')]),
    ('Investigators searched his Warren Ashby bungalow on Friday, police said.', [actor('police', 'group')]),
    ('Patients on trolleys filled the wards of the Orlen Medical Centre, a nurse said.', []),
    ('The Orlen Medical Centre said its wards were full.', [actor('Orlen Medical Centre', 'organization')]),
    ('A magistrate ordered the remand of Sam Obi at the Halvard Correctional Centre until May.',
     [actor('Sam Obi', 'person')]),
    ('Three guards at the Halvard Correctional Centre said the cells were full.',
     [actor('Halvard Correctional Centre', 'organization')]),
    ('Funding cuts at the Kessa Correctional Services Department led to staff shortages, said union leader Tom Reed.',
     [actor('Kessa Correctional Services Department', 'organization'), actor('Tom Reed', 'person', role='union leader')]),
    ('An inquiry into the Kessa Prison Service found that staff were overworked, said Ana Lowe.',
     [actor('Kessa Prison Service', 'organization'), actor('Ana Lowe', 'person')]),
    # NEGATIVE: a firm described by a role a firm may fill stays a firm; 'Maj' is a given name too
    ('Exxon Mobil, the defendant, said it would appeal the ruling.', [actor('Exxon Mobil', 'organization')]),
    ('Hewlett Packard, the plaintiff, argued that the patent was void.', [actor('Hewlett Packard', 'organization')]),
    ('Crime writer Maj Velander, who wrote ten novels, has died, her publisher said.',
     [actor('Maj Velander', 'person', role='Crime writer')]),
    # a 'person' named only after 'in', 'at' or 'near', also later in a list of places, is a place
    # (names28); NEGATIVE: people listed after 'to' or met stay people
    ('Smoke readings reached 190 in Mae Lao Son on Tuesday. Volunteers patrolled forests in Chiang Khong, '
     'Phu Ruea and Mae Lao Son.', []),
    ('Floods hit homes in Ban Khok Wang overnight. Rescue teams worked in Nakhon Thai and Ban Khok Wang '
     'through the weekend.', []),
    ('Their housing spokeswoman in the Harbour Assembly, Ilka Brandt, said the verdict was right.',
     [actor('Harbour Assembly', 'organization'), actor('Ilka Brandt', 'person', role='housing spokeswoman')]),
    ('The award went to teachers in Harlow and to Ana Cruz, a nurse in Vell, and Tom Reed.',
     [actor('Ana Cruz', 'person', role='nurse'), actor('Tom Reed', 'person')]),
    # a road's code read as a person's name names no one (names28); NEGATIVE: a body's code stays
    ('Coastal Roads Agency said SH12 was closed between Tolaga and Ruatane.',
     [actor('Coastal Roads Agency', 'organization')]),
    ('The G20 said growth would slow.', [actor('Group of Twenty', 'organization', ['G20'])]),
    # a body's name run on into the person's name after it is the body's and the person's (names28);
    # NEGATIVE: a place after a body's name stays in it
    ('The opposition leader in the National Assembly Omar Farooq Qureshi said the budget was a fraud.',
     [actor('National Assembly', 'organization'), actor('Omar Farooq Qureshi', 'person')]),
    ('A member of the Harbour Council Grace Mwangi said the vote was close.',
     [actor('Harbour Council', 'organization'), actor('Grace Mwangi', 'person', role='member', affiliation='Harbour Council')]),
    ('Speaking to reporters, the deputy speaker of the Provincial Assembly Syed Imran Bukhari called the bill rushed.',
     [actor('Provincial Assembly', 'organization'),
      actor('Syed Imran Bukhari', 'person', role='deputy speaker', affiliation='Provincial Assembly')]),
    ('Staff at the Marlow District Council Amber Lane office said the site was safe.',
     [actor('Marlow District Council', 'organization')]),
    # a name ending on a utility's trade is a body's, however the recogniser read it (names28);
    # NEGATIVE: the trade's word inside a person's hyphenated surname leaves her a person
    ('Brackwater Grid pleaded guilty to twelve charges on Monday. Brackwater Grid said it regretted the spill.',
     [actor('Brackwater Grid', 'organization')]),
    ('Ann Rivers-Water told the court she had been misled.', [actor('Ann Rivers-Water', 'person')]),
    # a body's name opened by its head and 'of' runs on over 'of' and its state (names28);
    # NEGATIVE: not over a place that owns what follows
    ('The plaintiffs, led by the League of Tenant Voters of Kansas, argued the law was unfair. '
     'The League of Tenant Voters of Kansas said it would appeal.',
     [actor('League of Tenant Voters of Kansas', 'organization', count=2)]),
    ("A survey by the Institute of Directors of Ohio's largest firms found gloom.",
     [actor('Institute of Directors', 'organization')]),
    # capitalised words of a trade between 'the' and a company's noun that speaks name the company
    # (names28); NEGATIVE: a place there is where the company is
    ('The Marwan Water and Power company said supply had been restored to most homes.',
     [actor('Marwan Water and Power', 'organization')]),
    ('The New York company said it would hire 300 people.', []),
    ('The Silicon Valley company said it would hire 300 people.', []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_actors(text, expected):
    assert extract(text).mentions == expected


# Each row: a text and (speaker, actor) of every statement: a short form joins only the body it stands for.
CLAIMANTS = [
    # a body's voice where its name is no entity: the body named as one elsewhere in the article (session 56);
    # NEGATIVE: a person's name with 'he' near, no body's usage
    ("The Tarrow Rowing Club asked Rowing Manitoba for help last year. A Rowing Manitoba spokeswoman said the body "
     "would review the accounts.", [("A Rowing Manitoba spokeswoman", "Rowing Manitoba")]),
    ("Tom Growers said he would sell the farm. A Tom Growers spokesperson said the sale was final.",
     [("Tom Growers", "Tom Growers"), ("A Tom Growers spokesperson", None)]),
    ("Ships visited Rowing Manitoba in May. A Rowing Manitoba spokesman and his wife said the visit was short.",
     [("A Rowing Manitoba spokesman", None)]),
    # two capitals that are a common abbreviation are no body's initials
    ("Aster Institute said the AI systems were biased. AI firms said the claim was false.",
     [("Aster Institute", "Aster Institute"), ("AI firms", None)]),
    ("The Harbour Council said the IT budget was cut. IT staff said the claim was false.",
     [("The Harbour Council", "Harbour Council"), ("IT staff", None)]),
    # the second partner's name in a firm's name is no person of the article
    ("Lowe & Lowe said its vaccine was safe. Ann Lowe said the news was welcome.",
     [("Lowe & Lowe", "Lowe & Lowe"), ("Ann Lowe", "Ann Lowe")]),
    # a lone surname with a description of its own is someone else, not the person one vowel apart
    ("Peter Larsen praised the squad. Larson, the goalkeeper, said the defence had been poor.",
     [("Peter Larsen", "Peter Larsen"), ("Larson", "Larson")]),
    ("Tom Karen said the deal was done. Koren, a rival bidder, said the price was too high.",
     [("Tom Karen", "Tom Karen"), ("Koren", "Koren")]),
    # a firm's 'A and B' name keeps its statement; the body whose name starts with B gets none of it
    ("Ernst and Young said the audit was sound. Young Enterprise said it would appeal.",
     [("Ernst and Young", "Ernst and Young"), ("Young Enterprise", "Young Enterprise")]),
    # an honorific of one sex before a shared surname is not the person whose given name is of the other
    ("Ann Lowe, the mayor, opened the harbour. Mr Lowe, her husband, said the cost was too high.",
     [("Mr Lowe", "Lowe")]),
    ("Tom Reed, the mayor, opened the harbour. Mrs Reed said the cost was too high.", [("Mrs Reed", "Reed")]),
    ("Ann Lowe, the mayor, opened the harbour. Ms Lowe said the cost was too high.", [("Ms Lowe", "Ann Lowe")]),
    ("Tom Reed, the mayor, opened the harbour. Mr Reed said the cost was too high.", [("Mr Reed", "Tom Reed")]),
    # a title's 'for' field before a name: the named person speaks; the title alone names nobody
    ("The Minister for Health said the wards would reopen.", [("The Minister for Health", None)]),
    ("Tom Reed, Minister for Health, said the wards would reopen.", [("Tom Reed", "Tom Reed")]),
    ("Minister for Energy Declan Walsh said the grid would be upgraded.",
     [("Minister for Energy Declan Walsh", "Declan Walsh")]),
    ("Secretary for Transport Ann Lowe said the line would close.",
     [("Secretary for Transport Ann Lowe", "Ann Lowe")]),
    ("Minister for Justice Ann Lowe said the court would sit.", [("Minister for Justice Ann Lowe", "Ann Lowe")]),
    ("The group's convener, Ines Moreau, said the talks had failed.", [("The group's convener", "Ines Moreau")]),
    ('Ruth Ames opened the debate. "The budget is balanced," Cllr Ames said at the end.', [("Cllr Ames", "Ruth Ames")]),
    ("The Amalgamated Bakers and Confectioners Union said its members would strike.",
     [("The Amalgamated Bakers and Confectioners Union", "Amalgamated Bakers and Confectioners Union")]),
    # ... and where the given name tells no sex, the surname joins the one full name as before
    ("Kim Lowe, the mayor, opened the harbour. Mr Lowe said the cost was too high.", [("Mr Lowe", "Kim Lowe")]),
    # a firm's one word joins the firm with a legal form only where no other body's name opens on it,
    # and not where a person's noun describes it
    ("Shares in Veltora NV fell. Veltora said orders dried up.", [("Veltora", "Veltora NV")]),
    ("Miller Ltd and Miller Group both fell. Miller said orders fell.", [("Miller", "Miller")]),
    ("Bolt Ltd said sales fell. Bolt, the sprinter, said he would race.", [("Bolt Ltd", "Bolt Ltd"), ("Bolt", "Bolt")]),
    # merge24: 'the CS' speaks as the one Cabinet Secretary; a bracketed word of initials joins its body
    ("Water Cabinet Secretary Joyce Wambui said the dam was full. Speaking in Kitui, the CS urged farmers to plant.",
     [("Water Cabinet Secretary Joyce Wambui", "Joyce Wambui"), ("the CS", "Joyce Wambui")]),
    ("Cabinet Secretary Joyce Wambui said the dam was full. Chief Secretary Tom Reed agreed. The CS urged farmers to plant.",
     [("Cabinet Secretary Joyce Wambui", "Joyce Wambui"), ("The CS", "CS")]),
    ("The Northern Cape Farmers Union (Ncfu) said the levy was unfair. The Ncfu said it would march on Friday.",
     [("The Northern Cape Farmers Union", "Northern Cape Farmers Union"), ("The Ncfu", "Northern Cape Farmers Union")]),
]


@pytest.mark.parametrize("text, expected", CLAIMANTS)
def test_claimants_of_short_forms(text, expected):
    assert [(p.speaker, p.actor) for p in extract(text).positions] == expected


def test_a_family_name_two_people_share_joins_neither():
    """aliases27 NEGATIVE: 'Ong' written alone after two people of that family name is neither."""
    text = 'Ong Jia Hui and Ong Wei Ling, two sisters, said the shop had closed. Ong said the rent was too high.'
    people = {m.name: m for m in extract(text).mentions if m.type == 'person'}
    assert {n: (m.aliases, m.count) for n, m in people.items() if n != 'Ong'} == \
        {'Ong Jia Hui': ([], 1), 'Ong Wei Ling': ([], 1)}


@pytest.mark.parametrize("forms", [
    ("the United States", "the US", "America", "the U.S."),
    ("Britain", "the UK", "the British government"),
    ("Turkey", "Türkiye", "Turkiye"),           # aliases27: ISO 3166's English short names (pycountry)
    ("the Czech Republic", "Czechia"),
])
def test_country_names_are_one_actor(forms):
    text = " ".join(f"{f[0].upper() + f[1:]} said the plan would fail." for f in forms)
    countries = [m for m in extract(text).mentions if m.type == "country"]
    assert len(countries) == 1 and countries[0].count == len(forms)


def test_dateline_and_opening_words_are_not_part_of_the_name():
    text = ("Monday, March 3, 2025\n\nHeads of Arctic Council (AC) member states gathered in Tromso for talks "
            "on shipping.")
    assert [m for m in extract(text).mentions if m.type == "organization"] == [
        actor("Arctic Council", "organization", ["AC"], count=2, acronyms=["AC"])]


def test_names_that_differ_only_in_accents_are_one_person():
    from generator.resolve import resolve
    actors = resolve([extract("Prime Minister José Álvarez said the talks were over.", "a"),
                      extract("Prime Minister Jose Alvarez said the border was closed.", "b")]).actors
    assert len([a for a in actors if a.type == "person"]) == 1


@pytest.mark.slow      # runs spaCy in two new processes
def test_actor_types_do_not_depend_on_the_hash_seed(shared):
    """A name read as a person once and as an organisation once must get the same type in
    every run (ties were once broken by set order, which Python randomises per process)."""
    script = ("import sys; sys.path.insert(0, 'tests'); from pathlib import Path; from conftest import extract; "
              "r = extract(Path(sys.argv[1]).read_text()); print(sorted((m.name, m.type) for m in r.mentions))")
    article = shared / "corpus" / "dev" / "polnear-huff-post-001.txt"
    outputs = {subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, text=True, check=True,
                              cwd=Path(__file__).parent.parent, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "3")}
    assert len(outputs) == 1


@pytest.mark.parametrize("before, particle", [
    ("said Lotte in 't ", "Lotte in 't "), ("Van 't ", "Van 't "), ("said Joost op 't ", "Joost op 't "),
    ("the minister's ", None),
])
def test_a_dutch_apostrophe_particle_opens_the_surname(before, particle):
    """'Lotte in 't [Hoff]': the given name and the particle before the recognised surname."""
    from generator.extract.actor_names import APOSTROPHE_PARTICLE
    match = APOSTROPHE_PARTICLE.search(before)
    assert (match.group(0) if match else None) == particle


@pytest.mark.parametrize("name, expected", [("RT", True), ("ZNN", True), ("NY", False), ("TV", False),
                                            ("Paris", False), ("RT America", False)])
def test_initials_of_no_place_name_a_body(name, expected):
    from generator.extract.actor_names import _acronym_of_no_place
    assert _acronym_of_no_place(name) is expected


@pytest.mark.parametrize("text, word, expected", [
    # one word the recogniser took for a place or a body, right after a given name no entity
    # holds, is a surname; a known place, a body's word or a word after a non-name is not
    ("The loan was signed by Ana Vornescu last week.", "Vornescu", ("Ana Vornescu", "person")),
    ("The loan was signed by Ana Vornescu last week.", "Ana", ("Ana", "place")),
    ("Tom Reed flew to Grace Church last week.", "Church", ("Church", "place")),
    ("Tom Reed flew to Victoria Berlin last week.", "Berlin", ("Berlin", "place")),
    ("Tom Reed met Ruth Haddad Bank last week.", "Bank", ("Bank", "org")),
    ("The loan was signed in Marlo Vornescu last week.", "Vornescu", ("Vornescu", "place")),
])
def test_a_surname_read_as_a_place_joins_the_given_name_before_it(text, word, expected):
    from spacy.tokens import Span
    from conftest import parse_text
    from generator.extract.actor_names import name_span
    doc = parse_text(text, "t").docs[0]
    i = next(t.i for t in doc if t.text == word)
    found = name_span(Span(doc, i, i + 1, label="GPE"), 0)
    assert ((found.name, found.kind) if found else None) == expected


@pytest.mark.parametrize("text, start, end, expected", [
    # a body's name the recogniser made of a title's portfolio and the person's name after it
    # holds that person's name from the given name on; a body's word or no title before 'for' keeps it
    ("Vice-President for Consumer Affairs Petra Nyman spoke.", 4, 8, "Petra Nyman"),
    ("Commissioner for Fair Trade Helga Marsh spoke.", 2, 6, "Helga Marsh"),
    ("Minister for Rural Roads Ana Petrova spoke.", 2, 6, "Ana Petrova"),
    ("Envoy for Harbour Council Ana Petrova spoke.", 2, 6, None),
    ("Funding for Digital Affairs Petra Nyman rose.", 2, 6, None),
    ("Vice-President for Consumer Affairs Nyman spoke.", 4, 7, None),
])
def test_a_persons_name_after_a_titles_portfolio_is_the_persons(text, start, end, expected):
    from spacy.tokens import Span
    from conftest import parse_text
    from generator.extract.actor_names import person_after_a_titles_portfolio
    doc = parse_text(text, "t").docs[0]
    at = person_after_a_titles_portfolio(Span(doc, start, end, label="ORG"))
    assert (doc[at:end].text if at is not None else None) == expected


@pytest.mark.parametrize("text, cuts, expected", [
    # a person's name the recogniser cut in two right before its last word is one name; names
    # with a comma or 'and' between, or a second name of two words, stay apart
    ("Deputy Minister Datuk Idris Rahman spoke.", [(2, 4), (4, 5)], ["Datuk Idris Rahman"]),
    ("Senator Haji Musa Karim spoke.", [(1, 3), (3, 4)], ["Haji Musa Karim"]),
    ("Ana Vornescu Petrova spoke.", [(0, 2), (2, 3)], ["Ana Vornescu Petrova"]),
    ("Ana Vornescu, Petrova spoke.", [(0, 2), (3, 4)], ["Ana Vornescu", "Petrova"]),
    ("Ana Vornescu and Petrova spoke.", [(0, 2), (3, 4)], ["Ana Vornescu", "Petrova"]),
    ("Ana Vornescu Tom Reed spoke.", [(0, 2), (2, 4)], ["Ana Vornescu", "Tom Reed"]),
])
def test_a_persons_name_cut_before_its_last_word_is_one_name(text, cuts, expected):
    from spacy.tokens import Span
    from conftest import parse_text
    from generator.extract.actor_names import _person_names_run_together
    doc = parse_text(text, "t").docs[0]
    ents = [Span(doc, start, end, label="PERSON") for start, end in cuts]
    assert [e.text for e in _person_names_run_together(ents)] == expected


@pytest.mark.parametrize("text, first, last, expected", [
    # a body's name the recogniser ran on over 'on'/'in' and a weekday or month ends before them;
    # a name's own 'on' or 'for' and a month's word inside a name stay
    ("MPs in the Commons on Monday backed the bill.", "Commons", "Monday", "Commons"),
    ("The Senate in March passed the bill.", "Senate", "March", "Senate"),
    ("The Harbour Board on Friday cut the fees.", "Harbour", "Friday", "Harbour Board"),
    ("The Council on Foreign Relations said so.", "Council", "Relations", "Council on Foreign Relations"),
    ("The Office for May Day Events said so.", "Office", "Events", "Office for May Day Events"),
])
def test_a_body_name_ends_before_a_date_run_into_it(text, first, last, expected):
    from spacy.tokens import Span
    from conftest import parse_text
    from generator.extract.actor_names import name_span
    doc = parse_text(text, "t").docs[0]
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last) + 1
    assert name_span(Span(doc, start, end, label="ORG"), 0).name == expected


def test_an_acronym_kept_from_an_older_name_is_the_well_known_body():
    """'CDC' beside the US disease agency's full name (ORGANISATION_ALIASES): one body."""
    from generator.names import canonical
    assert canonical("CDC") == canonical("Centers for Disease Control") is not None


# review24a: a firm's name less a trade word that may follow a town's name is its short form only
# where that short form does not end on a place's kind word ('Kessa State', 'Marlo County')
@pytest.mark.parametrize("name, stem", [
    ("Mabuhay Triumph Construction Inc.", "Mabuhay Triumph"),
    ("Kessa State Contractors", None),
    ("Marlo County Builders Ltd", None),
    ("Velmo City Construction", None),
])
def test_a_firms_long_stem_is_no_places_name(name, stem):
    from generator.names import firm_stem
    assert firm_stem(name) == stem


def test_an_honorific_after_a_title_opens_the_name():
    """names26: 'Secretary-General Dr Ann Lowe' the recogniser left untagged: the name after the
    honorific, not 'Dr Ann Lowe' after the title's last word."""
    from generator.extract.actor_names import _titled_names
    from generator.extract.parse import parse_text
    parsed = parse_text("The union's Secretary-General Dr Ann Lowe told reporters the strike would go on.")
    parsed.docs[0].ents = []
    assert [(s.name, s.titles) for s in _titled_names(parsed.sentences[0], 0)] == [("Ann Lowe", ["Dr"])]


# Each row: a name the recogniser read as a person's and whether its words hold a state's name or its
# well-known body's, which keeps it from being read as a body's by its words and usage (session 56): read as
# one it would give the state a page the article may never name.
@pytest.mark.parametrize("name, expected", [
    ("Tarrow RCMP", True), ("Rowing Norway", True), ("Harbour Fields Norway", True), ("Kessa NHS Growers", True),
    ("Rowing Manitoba", False), ("Sport Cornwall", False), ("Orchard Valley Growers", False), ("Marlo Bay Seafoods", False),
])
def test_a_name_holding_a_states_name_is_left_to_the_recogniser(name, expected):
    from generator.extract.actor_names import _names_a_state_within
    assert _names_a_state_within(name) is expected
