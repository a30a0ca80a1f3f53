"""Speakers that name someone's office, voice or body rather than the person or body itself
(issue 13, round 14): "his spokesman said", "the governor's spokeswoman said", "its spokesman said";
a unit a person heads ("his office", "her campaign", "Prof Lowe's team") is no voice of the person (round 22).
Each sentence is written for these tests; each row is every position the text must yield,
whole: (speaker, actor, cue, text, direct). An actor of None means no holder is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


PRONOUN_HOLDERS = [
    # NEGATIVE: two men before, either may be 'his'
    ("Tom Reed and Paul Hart met on Monday. His office said the deal was done.",
     [("His office", None, "said", "the deal was done", False)]),
    # NEGATIVE: a man named only inside the quotation is not 'his'
    ('"Tom Reed will lose the vote," said Ann Lowe. His office said the vote would be close.',
     [("Ann Lowe", "Ann Lowe", "said", "Tom Reed will lose the vote", True),
      ("His office", None, "said", "the vote would be close", False)]),
    # NEGATIVE: an unnamed someone as the subject before: the general is not safe
    ("A defector criticised General Paul Hart on Monday. His office said the defector was lying.",
     [("A defector", None, "criticised", "General Paul Hart", False),
      ("His office", None, "said", "the defector was lying", False)]),
    # NEGATIVE: a former voice does not speak for him
    ("Tom Reed resigned in May. His former spokesman said the party had treated him badly.",
     [("His former spokesman", None, "said", "the party had treated him badly", False)]),
    # (session 20) a person's unnamed spokesman is not the person: the words are the spokesman's,
    # who has no name here; no actor, whoever 'her' is
    ("Ann Lowe met Tom Reed in Lima. Her spokeswoman said the talks were useful.",
     [("Her spokeswoman", None, "said", "the talks were useful", False)]),
    ("Mayor Ann Lowe visited the flooded streets on Monday. Her spokesman said the city would pay for repairs.",
     [("Her spokesman", None, "said", "the city would pay for repairs", False)]),
    # (the subject of the sentence before comes before a name in its object: no actor all the same)
    ("Tom Reed criticised General Paul Hart on Monday. His spokesman said the army had lied.",
     [("Tom Reed", "Tom Reed", "criticised", "General Paul Hart", False),
      ("His spokesman", None, "said", "the army had lied", False)]),
    # a person's office speaks for the person: 'Her office said' for the one holder of a post the pronoun may
    # mean (session 33), not the subject before (speakers `_one_post_holder_agreeing`)
    ("Ruth Okafor met Dana Pell, the trade minister. Her office said the talks were useful.",
     [("Her office", "Dana Pell", "said", "the talks were useful", False)]),
    ("Finance Minister Tom Reed flew to Lima. His office said the loan had been approved.",
     [("His office", "Tom Reed", "said", "the loan had been approved", False)]),
    # NEGATIVE: no one of the pronoun's gender holds a post: whose office is not told
    ("Ann Lowe met Tom Reed in Lima. Her office said the talks were useful.",
     [("Her office", None, "said", "the talks were useful", False)]),
    ("Irene Vos met Marta Quill in Quito. Her office said the talks were useful.",
     [("Her office", None, "said", "the talks were useful", False)]),
    # NEGATIVE: two holders of a post the pronoun may mean
    ("Senator Irene Vos met Governor Marta Quill. Her office said the talks were useful.",
     [("Her office", None, "said", "the talks were useful", False)]),
    # NEGATIVE: a unit a person heads (campaign, team, camp) is an actor of its own, not the person
    ("Senator Dale Voss lost the recount. His campaign alleged that some ballots had been lost.",
     [("His campaign", None, "alleged", "some ballots had been lost", False)]),
    ("Prof Ann Lowe leads the study. Prof Lowe's team estimates that the lake will shrink by half.",
     [("Prof Lowe's team", None, "estimates", "the lake will shrink by half", False)]),
    ("Tom Reed ran for mayor. Reed's camp dismissed the complaint as a stunt.",
     [("Reed's camp", None, "dismissed", "the complaint as a stunt", False)]),
    # NEGATIVE: the spokesman's own name, in apposition or before it, is the speaker
    ("Governor Tom Reed toured the dam. Governor Reed's spokeswoman, Ana Petrova, said the dam was old.",
     [("Governor Reed's spokeswoman", "Ana Petrova", "said", "the dam was old", False)]),
    ("Governor Tom Reed toured the dam. Reed spokesman Tomas Hale said the dam was new.",
     [("Reed spokesman Tomas Hale", "Tomas Hale", "said", "the dam was new", False)]),
    # a body's unit stays the body's; a person's aides speak for the person
    ("The Harbour Union called a strike. Its office said the strike would last a week.",
     [("Its office", "Harbour Union", "said", "the strike would last a week", False)]),
    ("Tom Reed's aides said he would not resign.",
     [("Tom Reed's aides", "Tom Reed", "said", "he would not resign", False)]),
    # 'its' takes up a body
    ("The Harbour Union called a strike on Monday. Its spokesman said the strike would last a week.",
     [("Its spokesman", "Harbour Union", "said", "the strike would last a week", False)]),
]

OFFICE_HOLDERS = [
    # NEGATIVE: two governors
    ("Governor Ann Lowe met Governor Tom Reed of the next state. The governor's office said the bridge "
     "would be rebuilt.",
     [("The governor's office", None, "said", "the bridge would be rebuilt", False)]),
    # NEGATIVE: no one of the article is known to be governor
    ("Ann Lowe, the finance director, spoke on Monday. The governor's office said the budget was balanced.",
     [("The governor's office", None, "said", "the budget was balanced", False)]),
    # NEGATIVE: a former holder's office is not the holder's now
    ("Governor Ann Lowe lost the election. The former governor's office said the vote was unfair.",
     [("The former governor's office", None, "said", "the vote was unfair", False)]),
    # NEGATIVE: a deputy does not hold the office
    ("Deputy Governor Ann Lowe toured the dam. The governor's office said the repairs would cost more.",
     [("The governor's office", None, "said", "the repairs would cost more", False)]),
    # NEGATIVE: two ministers
    ("Foreign Minister Ann Lowe met Finance Minister Tom Reed. The minister's office said the talks were useful.",
     [("The minister's office", None, "said", "the talks were useful", False)]),
    # NEGATIVE: another country's president
    ("President Ann Lowe of Peru met reporters. The Chilean president's office said the border was open.",
     [("The Chilean president's office", None, "said", "the border was open", False)]),
    # the one holder of the office: his office speaks for him (session 33); his unnamed spokesman (session 20) no actor
    ("Governor Tom Reed toured the dam on Friday. The governor's spokeswoman said the repairs would cost more.",
     [("The governor's spokeswoman", None, "said", "the repairs would cost more", False)]),
    ("Chief Minister Ravi Nair opened the road. The chief minister's spokesman said the work had been finished "
     "early.",
     [("The chief minister's spokesman", None, "said", "the work had been finished early", False)]),
    ("Governor Tom Reed toured the dam on Friday. The governor's office said the repairs would cost more.",
     [("The governor's office", "Tom Reed", "said", "the repairs would cost more", False)]),
    ("Finance Minister Tom Reed flew to Lima. The minister's office said the loan had been approved.",
     [("The minister's office", "Tom Reed", "said", "the loan had been approved", False)]),
    ("Finance Minister Tom Reed flew to Lima. Reed's office said on Friday that the loan had been approved.",
     [("Reed's office", "Tom Reed", "said", "the loan had been approved", False)]),
]

SOMEONE_BROUGHT_IN = [
    # NEGATIVE: an unnamed person brought in before 'he' in its sentence: no one named is safe
    ("President Omar Salim won the vote. When I asked a party official about the ballots, he shrugged and "
     "said the count was fair.",
     [("he", None, "said", "the count was fair", False)]),
    ("After a reporter questioned Tom Reed about the loan, he said the money had been repaid.",
     [("a reporter", None, "questioned", "Tom Reed about the loan", False),
      ("he", None, "said", "the money had been repaid", False)]),
    # a description said of the person, or in apposition, brings no one in
    ("Ann Lowe, a teacher from Lima, was arrested on Monday, and she said the charges were false.",
     [("she", "Ann Lowe", "said", "the charges were false", False)]),
    ("Tom Reed won the seat in May. As a senator, he said, he would fight for farmers.",
     [("he", "Tom Reed", "said", "As a senator he would fight for farmers", False)]),
    # someone brought in in the sentence before does not block the subject before
    ("Tom Reed met a farmer on Monday. He said the drought would get worse.",
     [("He", "Tom Reed", "said", "the drought would get worse", False)]),
    # NEGATIVE: someone in another clause before is not brought in for 'he' ('he' is who was told)
    ("Tom Reed met a defence official in May. In an interview with a reporter, he said the plan would fail.",
     [("he", None, "said", "the plan would fail", False)]),
]

COMPANY_JUST_NAMED = [
    # NEGATIVE: two firms joined, the other's name of no company word or of no actor: either may be meant
    ("Marvel Ltd and Tosca said on Monday they would merge. A company spokesman said 40 jobs would go.",
     [("Marvel Ltd", "Marvel Ltd", "said", "they would merge", False),
      ("A company spokesman", None, "said", "40 jobs would go", False)]),
    ("Marvel Ltd and Tosca agreed a merger on Monday. The company said 40 jobs would go.",
     [("The company", None, "said", "40 jobs would go", False)]),
    ("Marvel Ltd and Vela Foods agreed a merger on Monday. The company said 40 jobs would go.",
     [("The company", None, "said", "40 jobs would go", False)]),
    # the one firm that spoke: its company spokesman and 'the company'
    ("Marvel Ltd said on Monday it would shut a plant. A company spokesman said 40 jobs would go.",
     [("Marvel Ltd", "Marvel Ltd", "said", "it would shut a plant", False),
      ("A company spokesman", "Marvel Ltd", "said", "40 jobs would go", False)]),
    # NEGATIVE: a name the article has no actor for may be the company meant
    ("Orwin Motors Ltd said on Friday it would buy Delta Foods. The company said the deal would close in May.",
     [("Orwin Motors Ltd", "Orwin Motors Ltd", "said", "it would buy Delta Foods", False),
      ("The company", None, "said", "the deal would close in May", False)]),
    # NEGATIVE: a union is no company
    ("The Harbour Union said on Friday the strike would go on. The company said the offer was final.",
     [("The Harbour Union", "Harbour Union", "said", "the strike would go on", False),
      ("The company", None, "said", "the offer was final", False)]),
    # the company is not the sentence before's, but the one body named so far that may be a company (round 16)
    ("Orwin Motors Ltd said on Friday its profit rose. Chief executive Ann Lowe said sales were strong. "
     "The company said more jobs would follow.",
     [("Orwin Motors Ltd", "Orwin Motors Ltd", "said", "its profit rose", False),
      ("Chief executive Ann Lowe", "Ann Lowe", "said", "sales were strong", False),
      ("The company", "Orwin Motors Ltd", "said", "more jobs would follow", False)]),
    # NEGATIVE: a company named only inside a quotation in between
    ('Orwin Motors said its profit rose. "Delta Foods is finished," said Ann Lowe. The company said more jobs '
     'would follow.',
     [("Orwin Motors", "Orwin Motors", "said", "its profit rose", False),
      ("Ann Lowe", "Ann Lowe", "said", "Delta Foods is finished", True),
      ("The company", None, "said", "more jobs would follow", False)]),
    # NEGATIVE: a noun of no business is not taken up
    ("Orwin Motors Ltd said on Friday its profit rose. The government said the company would pay more tax.",
     [("Orwin Motors Ltd", "Orwin Motors Ltd", "said", "its profit rose", False),
      ("The government", None, "said", "the company would pay more tax", False)]),
    # NEGATIVE: a body named before may be the company meant, not the one the sentence before names
    ("Orwin Build Ltd won the contract in May. Oxfam published a report on the deal on Friday. The company said "
     "the report was wrong.",
     [("The company", None, "said", "the report was wrong", False)]),
    # the one company the sentence before names; a modifier that only says where it is
    ("Orwin Motors Ltd said on Friday its profit rose 34 per cent. Revenue rose 19 per cent, the Lima-based "
     "company said in a filing.",
     [("Orwin Motors Ltd", "Orwin Motors Ltd", "said", "its profit rose 34 per cent", False),
      ("the Lima-based company", "Orwin Motors Ltd", "said", "Revenue rose 19 per cent", False)]),
    # an exchange where the shares trade is no other company 'the company' may be
    ("Orwell Textiles Plc posted a loss on Monday. Its shares dropped 9 per cent on the Nairobi Securities "
     "Exchange. The company said cotton costs had doubled.",
     [("The company", "Orwell Textiles Plc", "said", "cotton costs had doubled", False)]),
    ("Pemberly Foods Ltd, which is listed on the Lusaka Stock Exchange, cut its dividend. Finance chief Ruth "
     "Banda said sales were flat. The company said it would close a plant.",
     [("Finance chief Ruth Banda", "Ruth Banda", "said", "sales were flat", False),
      ("The company", "Pemberly Foods Ltd", "said", "it would close a plant", False)]),
    # NEGATIVE: the exchange acts; another firm is named at the exchange
    ("Orwell Textiles Plc posted a loss on Monday. The Nairobi Securities Exchange suspended its shares. "
     "The company said cotton costs had doubled.",
     [("The company", None, "said", "cotton costs had doubled", False)]),
    ("Orwell Textiles Plc posted a loss on Monday. Its shares dropped 9 per cent on the Nairobi Securities "
     "Exchange, where Delta Holdings also fell. The company said cotton costs had doubled.",
     [("The company", None, "said", "cotton costs had doubled", False)]),
    # NEGATIVE: an exchange a firm deals with (a stake in it, money put in it) may be the company
    ("Orwell Textiles Plc agreed to buy a stake in Delta Exchange, a crypto trading platform. "
     "The company said the deal would close in May.",
     [("The company", None, "said", "the deal would close in May", False)]),
    ("Orwell Textiles Plc said on Monday it had invested $10 million in Kestrel Exchange, a currency "
     "dealer. The company said profits rose 8 per cent.",
     [("Orwell Textiles Plc", "Orwell Textiles Plc", "said", "it had invested $10 million in Kestrel Exchange, a currency dealer", False),
      ("The company", None, "said", "profits rose 8 per cent", False)]),
    # the outlet on a metadata line under the headline is no company 'the company' may be (round 21)
    ("Orwin trims bakery jobs\nDate: 2026-05-04\nSource: Kestrel Trade Weekly\n\nOrwin Foods Ltd will close a "
     "bakery in Lima after sales slumped, the company said on Monday.",
     [("the company", "Orwin Foods Ltd", "said", "Orwin Foods Ltd will close a bakery in Lima after sales slumped",
       False)]),
    ("Pellow cuts dividend\nSource: Harbour Business Journal\n\nPellow Dairies plc cut its dividend on Friday. "
     "Revenue fell for a third year, the company said.",
     [("the company", "Pellow Dairies plc", "said", "Revenue fell for a third year", False)]),
    ("Tallow Media to shed staff\nDate: 2026-02-11\nSource: Coastal Media Review\n\nTallow Media Group will "
     "shed 40 staff, the firm said, after advertising income fell.",
     [("the firm", "Tallow Media Group", "said", "Tallow Media Group will shed 40 staff after advertising income fell",
       False)]),
    # NEGATIVE: a second company in the story itself; the outlet named in the story as a body that acts
    ("Orwin trims bakery jobs\nDate: 2026-05-04\n\nOrwin Foods Ltd will buy Delta Bakeries Ltd, the company said "
     "on Monday.",
     [("the company", None, "said", "Orwin Foods Ltd will buy Delta Bakeries Ltd", False)]),
    ("Orwin trims bakery jobs\nSource: Kestrel Trade Weekly\n\nKestrel Trade Weekly reported that Orwin Foods Ltd "
     "would close a bakery. The company said sales had slumped.",
     [("Kestrel Trade Weekly", "Kestrel Trade Weekly", "reported", "Orwin Foods Ltd would close a bakery", False),
      ("The company", None, "said", "sales had slumped", False)]),
    # shares traded or priced on the exchange: still only the market
    ("Orwell Textiles Plc shares closed 3 per cent lower on the Kestrel Stock Exchange. The company said "
     "demand had slowed.",
     [("The company", "Orwell Textiles Plc", "said", "demand had slowed", False)]),
]


# Speakers that are noun phrases standing for one body the article names (round 19): plural voices
# of a kind word ('union leaders'), voices at a body taken up by a definite noun ('officials at the
# ministry'), a body's organs ('the board', 'its board'), a party's members in a place, and 'it' after a
# body's name the index has no actor for.
BODIES_BY_KIND = [
    ("The Coastal Drivers Union voted to strike on Monday. Union leaders said wages had lagged for years.",
     [("Union leaders", "Coastal Drivers Union", "said", "wages had lagged for years", False)]),
    ("The Ministry of Fisheries opened a review. Ministry officials said quotas would be cut.",
     [("Ministry officials", "Ministry of Fisheries", "said", "quotas would be cut", False)]),
    ("The Coastal Drivers Union met bus operators on Friday. The union officials said no deal was near.",
     [("The union officials", "Coastal Drivers Union", "said", "no deal was near", False)]),
    # NEGATIVE: two unions named: union leaders may be either's
    ("The Coastal Drivers Union and the Port Staff Union voted to strike. Union leaders said wages had lagged.",
     [("Union leaders", "union leaders", "said", "wages had lagged", False)]),
    # NEGATIVE: a rival union's, a former one's, the members (not its voice)
    ("The Coastal Drivers Union voted to strike. Rival union leaders said the vote was rushed.",
     [("Rival union leaders", "rival union leaders", "said", "the vote was rushed", False)]),
    ("The Coastal Drivers Union voted to strike. Former union leaders said the vote was rushed.",
     [("Former union leaders", "former union leaders", "said", "the vote was rushed", False)]),
    ("The Coastal Drivers Union voted to strike. Union members said the vote was rushed.",
     [("Union members", None, "said", "the vote was rushed", False)]),
    # a company's voice by its kind word: the company 'the company' would take up (round 21)
    ("Orwin Foods Ltd said on Monday it would close a bakery. A company spokesperson said 80 jobs would go.",
     [("Orwin Foods Ltd", "Orwin Foods Ltd", "said", "it would close a bakery", False),
      ("A company spokesperson", "Orwin Foods Ltd", "said", "80 jobs would go", False)]),
    ("Orwin Foods Ltd will close a bakery, the firm said. Ann Lowe, its finance chief, said sales fell. A company "
     "spokeswoman said 80 jobs would go.",
     [("the firm", "Orwin Foods Ltd", "said", "Orwin Foods Ltd will close a bakery", False),
      ("Ann Lowe", "Ann Lowe", "said", "sales fell", False),
      ("A company spokeswoman", "Orwin Foods Ltd", "said", "80 jobs would go", False)]),
    ("The Harbour Union called a strike at Orwin Foods Ltd. Tom Reed said the pay offer was fair. A company "
     "spokesman said talks would resume.",
     [("Tom Reed", "Tom Reed", "said", "the pay offer was fair", False),
      ("A company spokesman", "Orwin Foods Ltd", "said", "talks would resume", False)]),
    # NEGATIVE: two companies; a rival's voice; a rival firm spoken of; no company named
    ("Orwin Foods Ltd and Delta Bakeries Ltd agreed to merge on Monday. A company spokesperson said 80 jobs would go.",
     [("A company spokesperson", None, "said", "80 jobs would go", False)]),
    ("Orwin Foods Ltd said on Monday it would close a bakery. A rival company spokesperson said 80 jobs would go.",
     [("Orwin Foods Ltd", "Orwin Foods Ltd", "said", "it would close a bakery", False),
      ("A rival company spokesperson", None, "said", "80 jobs would go", False)]),
    ("Orwin Foods Ltd said on Monday it would close a bakery. Tom Reed said a rival firm would hire. A company "
     "spokesperson said 80 jobs would go.",
     [("Orwin Foods Ltd", "Orwin Foods Ltd", "said", "it would close a bakery", False),
      ("Tom Reed", "Tom Reed", "said", "a rival firm would hire", False),
      ("A company spokesperson", None, "said", "80 jobs would go", False)]),
    ("The Kestrel Hospital Trust said on Monday it would close a ward. A company spokesperson said 80 jobs would go.",
     [("The Kestrel Hospital Trust", "Kestrel Hospital Trust", "said", "it would close a ward", False),
      ("A company spokesperson", None, "said", "80 jobs would go", False)]),
    # 'the agency' for the one body named with an agency's head: Office, Authority, Bureau (round 21)
    ("The Office of Coastal Defence said on Monday that 40 homes were lost. The agency said roads were closed.",
     [("The Office of Coastal Defence", "Office of Coastal Defence", "said", "40 homes were lost", False),
      ("The agency", "Office of Coastal Defence", "said", "roads were closed", False)]),
    ("The Kestrel Water Authority raised prices on Monday. Homes used 9% less water, according to the agency's "
     "annual report.",
     [("the agency's annual report", "Kestrel Water Authority", "according to", "Homes used 9% less water", False)]),
    ("The Office of Coastal Defence said 40 homes were lost. Officials at the agency said roads were closed.",
     [("The Office of Coastal Defence", "Office of Coastal Defence", "said", "40 homes were lost", False),
      ("Officials at the agency", "Office of Coastal Defence", "said", "roads were closed", False)]),
    # NEGATIVE: two bodies of an agency's head; an aid agency; an indefinite or plural one; a news agency named
    ("The Office of Coastal Defence met the Kestrel Water Authority on Monday. The agency said roads were closed.",
     [("The agency", None, "said", "roads were closed", False)]),
    # (describe28) a '... Department' is no agency 'the agency' takes up: another body named since is
    # as likely, and one whose name ends in Agency is meant where named
    ("The Kessa Department of Roads said the bridge would close. The Federal Bridges Administration approved the plan. "
     "The agency said repairs would take a year.",
     [("The Kessa Department of Roads", "Kessa Department of Roads", "said", "the bridge would close", False),
      ("The agency", None, "said", "repairs would take a year", False)]),
    ("The Department of Forestry sued the Coastal Protection Agency on Monday. The agency said the rule was unlawful.",
     [("The agency", "Coastal Protection Agency", "said", "the rule was unlawful", False)]),
    ("The Office of Coastal Defence said 40 homes were lost. The aid agency said roads were closed.",
     [("The Office of Coastal Defence", "Office of Coastal Defence", "said", "40 homes were lost", False),
      ("The aid agency", None, "said", "roads were closed", False)]),
    ("The Office of Coastal Defence said 40 homes were lost. An aid agency said roads were closed.",
     [("The Office of Coastal Defence", "Office of Coastal Defence", "said", "40 homes were lost", False),
      ("An aid agency", None, "said", "roads were closed", False)]),
    ("The Office of Coastal Defence said 40 homes were lost. The agencies said roads were closed.",
     [("The Office of Coastal Defence", "Office of Coastal Defence", "said", "40 homes were lost", False),
      ("The agencies", "agencies", "said", "roads were closed", False)]),
    ("Reuters reported that the Office of Coastal Defence had closed roads. The agency said 40 homes were lost.",
     [("Reuters", "Reuters", "reported", "the Office of Coastal Defence had closed roads", False),
      ("The agency", None, "said", "40 homes were lost", False)]),
    # NEGATIVE: one body described as an agency, another named with an agency's head: either
    ("The Office of Coastal Defence said 40 homes were lost. Orwin Logistics, a shipping agency, said roads were "
     "closed. The agency said 9 trucks were stuck.",
     [("The Office of Coastal Defence", "Office of Coastal Defence", "said", "40 homes were lost", False),
      ("Orwin Logistics", "Orwin Logistics", "said", "roads were closed", False),
      ("The agency", None, "said", "9 trucks were stuck", False)]),
    # figures and documents of a body given by its kind word alone (round 21)
    ("The Dunmore Shire Council raised rates on Monday. The average home will pay $90 more a year, according to "
     "council figures.",
     [("council figures", "Dunmore Shire Council", "according to", "The average home will pay $90 more a year", False)]),
    ("The Dunmore Shire Council raised rates on Monday. A council report said 40 roads were closed.",
     [("A council report", "Dunmore Shire Council", "said", "40 roads were closed", False)]),
    ("Pellow Dairies plc cut its dividend. Sales fell 4 per cent, according to company figures.",
     [("company figures", "Pellow Dairies plc", "according to", "Sales fell 4 per cent", False)]),
    # NEGATIVE: two councils; councils in the plural; another kind; a state; a former body's report
    ("The Dunmore Shire Council met the Kestrel Shire Council on Monday. The average home will pay $90 more annually, "
     "according to council figures.",
     [("council figures", None, "according to", "The average home will pay $90 more annually", False)]),
    ("The Dunmore Shire Council raised rates on Monday. Several councils raised rates. The average home will pay "
     "$90 more annually, according to council figures.",
     [("council figures", None, "according to", "The average home will pay $90 more annually", False)]),
    ("The Dunmore Shire Council raised rates on Monday. The average home will pay $90 more annually, according to "
     "industry figures.",
     [("industry figures", None, "according to", "The average home will pay $90 more annually", False)]),
    ("The Dunmore Shire Council raised rates on Monday. The average home will pay $90 more a year, according to "
     "government figures.",
     [("government figures", None, "according to", "The average home will pay $90 more a year", False)]),
    ("The Ministry of Fisheries cut quotas. Catches fell 12% last year, according to a former ministry report.",
     [("a former ministry report", None, "according to", "Catches fell 12% last year", False)]),
    # a kind noun whose bodies bear other heads: 'the ministry' of a Department, 'the regulator' of an
    # Authority (round 21)
    ("The Department of Fisheries cut quotas on Monday. The ministry said catches had fallen.",
     [("The ministry", "Department of Fisheries", "said", "catches had fallen", False)]),
    ("The Kestrel Energy Authority fined the supplier on Monday. The regulator said bills were wrong.",
     [("The regulator", "Kestrel Energy Authority", "said", "bills were wrong", False)]),
    ("Harbour Public Radio dropped the show on Friday. The broadcaster said ratings had fallen.",
     [("The broadcaster", "Harbour Public Radio", "said", "ratings had fallen", False)]),
    ("The Lowe Family Foundation gave $2m to the school. The charity said more would follow.",
     [("The charity", "Lowe Family Foundation", "said", "more would follow", False)]),
    ("The Coastal Competition Commission opened an inquiry. The watchdog said prices had risen.",
     [("The watchdog", "Coastal Competition Commission", "said", "prices had risen", False)]),
    # NEGATIVE: two bodies of the kind's heads; a company beside the regulator; a rival's; a narrowed or
    # plural kind noun
    ("The Department of Fisheries met the Ministry of Health on Monday. The ministry said catches had fallen.",
     [("The ministry", None, "said", "catches had fallen", False)]),
    ("The Kestrel Energy Authority fined Orwin Power on Monday. The regulator said bills were wrong.",
     [("The regulator", None, "said", "bills were wrong", False)]),
    ("Harbour Public Radio dropped the show on Friday. A rival broadcaster said ratings had fallen.",
     [("A rival broadcaster", None, "said", "ratings had fallen", False)]),
    ("The Lowe Family Foundation gave $2m to the Kestrel Hospital Trust. The charity said more would follow.",
     [("The charity", None, "said", "more would follow", False)]),
    ("The Department of Fisheries cut quotas on Monday. The health ministry said catches had fallen.",
     [("The health ministry", "Health Ministry", "said", "catches had fallen", False)]),
    ("The Department of Fisheries cut quotas on Monday. The ministries said catches had fallen.",
     [("The ministries", "ministries", "said", "catches had fallen", False)]),
    # NEGATIVE (review21a): a unit of another body under a ministry's head; the kind noun used of
    # another body before; the body named called a body of another kind
    ("Tom Reed, who heads the Department of Geology at Kestrel University, said the quarry was safe. The ministry "
     "said it would close.",
     [("Tom Reed", "Tom Reed", "said", "the quarry was safe", False),
      ("The ministry", None, "said", "it would close", False)]),
    ("The Pellow Trust gave a grant to a homeless charity on Monday. The charity said 60 beds would open.",
     [("The charity", None, "said", "60 beds would open", False)]),
    ("The Kestrel Tax Office fined a travel agency on Monday. The agency said it would appeal.",
     [("The agency", None, "said", "it would appeal", False)]),
    ("The Dunmore Foundation, a property firm, bought the old school. The charity said it would object.",
     [("The charity", None, "said", "it would object", False)]),
    # voices at a body a definite noun takes up
    ("Pellow Dairies said on Monday it would shut a depot. Executives at the company said sales had slumped.",
     [("Pellow Dairies", "Pellow Dairies", "said", "it would shut a depot", False),
      ("Executives at the company", "Pellow Dairies", "said", "sales had slumped", False)]),
    ("The Ministry of Fisheries opened a review. Officials at the ministry said quotas would be cut.",
     [("Officials at the ministry", "Ministry of Fisheries", "said", "quotas would be cut", False)]),
    ("The Coastal Drivers Union voted to strike. Officials of the union said wages had lagged.",
     [("Officials of the union", "Coastal Drivers Union", "said", "wages had lagged", False)]),
    # the company spoken of last, past a sentence naming another kind of body
    ("The Kestrel Planning Board gave Orwin Data Ltd permission in May. The Kestrel Residents Group challenged "
     "the permit. Orwin Data said it would study the ruling. A spokesman for the company added that the site "
     "would bring 300 jobs.",
     [("Orwin Data", "Orwin Data Ltd", "said", "it would study the ruling", False),
      ("A spokesman for the company", "Orwin Data Ltd", "added", "the site would bring 300 jobs", False)]),
    # NEGATIVE: the voices are what another says
    ("Orwin Data Ltd lost the case. Tom Reed said on Monday that officials at the company had lied.",
     [("Tom Reed", "Tom Reed", "said", "officials at the company had lied", False)]),
    # NEGATIVE: former voices, another company, two companies
    ("Pellow Dairies said on Monday it would shut a depot. Former executives at the company said sales had slumped.",
     [("Pellow Dairies", "Pellow Dairies", "said", "it would shut a depot", False),
      ("Former executives at the company", None, "said", "sales had slumped", False)]),
    ("Pellow Dairies said on Monday it would shut a depot. Executives at a rival company said sales had slumped.",
     [("Pellow Dairies", "Pellow Dairies", "said", "it would shut a depot", False),
      ("Executives at a rival company", "executives at a rival company", "said", "sales had slumped", False)]),
    ("Pellow Dairies and Marsh Creameries said they would merge. Executives at the company said sales had slumped.",
     [("Pellow Dairies", "Pellow Dairies", "said", "they would merge", False),
      ("Marsh Creameries", "Marsh Creameries", "said", "they would merge", False),
      ("Executives at the company", None, "said", "sales had slumped", False)]),
    # a company's organs speak for it
    ("Pellow Dairies posted a loss on Thursday. The board said the chairman would stay on.",
     [("The board", "Pellow Dairies", "said", "the chairman would stay on", False)]),
    ("Pellow Dairies posted a loss on Thursday. Its board said the chairman would stay on.",
     [("Its board", "Pellow Dairies", "said", "the chairman would stay on", False)]),
    ("Pellow Dairies posted a loss on Thursday. The company's board said the chairman would stay on.",
     [("The company's board", "Pellow Dairies", "said", "the chairman would stay on", False)]),
    # a board the article names is itself
    ("The Kestrel Port Board met Pellow Dairies on Thursday. The board said the quay would close.",
     [("The board", "Kestrel Port Board", "said", "the quay would close", False)]),
    # NEGATIVE: another board, two companies, a person's board, a body of no company's name
    ("Pellow Dairies posted a loss on Thursday. The school board said fees would rise.",
     [("The school board", None, "said", "fees would rise", False)]),
    ("Pellow Dairies and Marsh Creameries posted losses on Thursday. The board said the chairman would stay on.",
     [("The board", None, "said", "the chairman would stay on", False)]),
    ("Tom Reed posted a loss on Thursday. His board said the chairman would stay on.",
     [("His board", None, "said", "the chairman would stay on", False)]),
    ("The Kestrel Heritage Trust posted a loss on Thursday. The board said the chairman would stay on.",
     [("The board", None, "said", "the chairman would stay on", False)]),
    # NEGATIVE (review20b): a company named two sentences before, the board perhaps a school's;
    # a panel of retired judges set up by someone, a contest's judging panel; 'party leaders'
    # where the text speaks of other parties
    ("Northway Coaches Ltd has run the school routes since 2019. Parents were angry all winter. The board said "
     "it would seek new bids.",
     [("The board", None, "said", "it would seek new bids", False)]),
    ("Northway Coaches Ltd has run the school routes since 2019. Parents were angry all winter. Officials at the "
     "board said the choice was final.",
     [("Officials at the board", "officials at the board", "said", "the choice was final", False)]),
    ("The Northern Appeals Court heard the case on Monday. A panel of retired judges appointed by the minister "
     "said the court was too slow.",
     [("A panel of retired judges appointed by the minister", None, "said", "the court was too slow", False)]),
    ("The Northern Appeals Court heard the case on Monday. At the village show, the judging panel said the jam "
     "was the best.",
     [("the judging panel", None, "said", "the jam was the best", False)]),
    ("The Green Party rejoined talks with the other parties on Thursday. Party leaders said a deal was close.",
     [("Party leaders", "party leaders", "said", "a deal was close", False)]),
    # ... where a three-judge panel and union leaders still speak for the one court, the one union
    ("The Northern Appeals Court heard the case on Monday. A three-judge panel said the law was clear.",
     [("A three-judge panel", "Northern Appeals Court", "said", "the law was clear", False)]),
    ("The Lakeside Nurses Union called a strike on Thursday. Union leaders said the ward would close.",
     [("Union leaders", "Lakeside Nurses Union", "said", "the ward would close", False)]),
    # 'the union' takes up a body of members whose name is written with a possessive
    ("The Coastal Teachers' Association said on Monday that most members backed a strike. The union said talks "
     "had failed.",
     [("The Coastal Teachers' Association", "Coastal Teachers' Association", "said",
       "most members backed a strike", False),
      ("The union", "Coastal Teachers' Association", "said", "talks had failed", False)]),
    ("The Harbour Nurses' Federation (HNF) said pay had fallen. Support for a strike was strong, according to the "
     "union.",
     [("The Harbour Nurses' Federation", "Harbour Nurses' Federation", "said", "pay had fallen", False),
      ("the union", "Harbour Nurses' Federation", "according to", "Support for a strike was strong", False)]),
    # NEGATIVE: a name the recogniser left unmarked may be the union meant
    ("The Coastal Teachers' Association met the Harbour Dockers' Federation on Monday. The union said talks had "
     "failed.",
     [("The union", None, "said", "talks had failed", False)]),
    # NEGATIVE: a possessive word of no plural is no body of members
    ("The Coastal Boss' Association said on Monday that members backed a strike. The union said talks had failed.",
     [("The Coastal Boss' Association", "Coastal Boss' Association", "said", "members backed a strike", False),
      ("The union", None, "said", "talks had failed", False)]),
    # a panel of judges speaks for the one court named
    ("The Western Appeals Court took the case in June. A three-judge panel said the levy was lawful.",
     [("A three-judge panel", "Western Appeals Court", "said", "the levy was lawful", False)]),
    ("The Western Appeals Court took the case in June. A panel of three judges said the levy was lawful.",
     [("A panel of three judges", "Western Appeals Court", "said", "the levy was lawful", False)]),
    ("The Western Appeals Court took the case in June. In its ruling, a five-judge bench said the levy was lawful.",
     [("a five-judge bench", "Western Appeals Court", "said", "the levy was lawful", False)]),
    # NEGATIVE: a panel of no judges, two courts, no court named
    ("The Western Appeals Court took the case in June. An expert panel said the levy was lawful.",
     [("An expert panel", None, "said", "the levy was lawful", False)]),
    ("The Western Appeals Court and the Eastern District Court took the case. A three-judge panel said the levy "
     "was lawful.",
     [("A three-judge panel", None, "said", "the levy was lawful", False)]),
    ("The Kestrel Port Authority imposed the levy in June. A three-judge panel said the levy was lawful.",
     [("A three-judge panel", None, "said", "the levy was lawful", False)]),
    # a party's members in a place: that place's party, not the national one
    ("The Iowa Democratic Party said the count was flawed. Democrats in Iowa said the result was unfair.",
     [("The Iowa Democratic Party", "Iowa Democratic Party", "said", "the count was flawed", False),
      ("Democrats", "Iowa Democratic Party", "said", "the result was unfair", False)]),
    ("The Democratic Party said the count was flawed. Democrats in Iowa said the result was unfair.",
     [("The Democratic Party", "Democratic Party", "said", "the count was flawed", False),
      ("Democrats", None, "said", "the result was unfair", False)]),
    ("The Green Party said the plan was flawed. Greens in Saxony said the plan would fail.",
     [("The Green Party", "Green Party", "said", "the plan was flawed", False),
      ("Greens", None, "said", "the plan would fail", False)]),
    # NEGATIVE (of the rule): members with no place stay the party's
    ("The Democratic Party said the count was flawed. Democrats said the result was unfair.",
     [("The Democratic Party", "Democratic Party", "said", "the count was flawed", False),
      ("Democrats", "Democratic Party", "said", "the result was unfair", False)]),
    # NEGATIVE: 'it' after a body's name of no actor that the agent of a passive is not
    ("Pellow Dairies was fined by the Food Safety Agency on Monday. It said it would appeal.",
     [("It", None, "said", "it would appeal", False)]),
    # 'it' after a main subject that is a bare body noun: the body that noun takes up
    ("Orwin Dairies Ltd said on Monday it would cut 200 jobs. The company employs 1,500 people in Hull. It said "
     "fuel costs had doubled.",
     [("Orwin Dairies Ltd", "Orwin Dairies Ltd", "said", "it would cut 200 jobs", False),
      ("It", "Orwin Dairies Ltd", "said", "fuel costs had doubled", False)]),
    ("The Ministry of Fisheries published its plan on Friday. The ministry has faced protests for weeks. It said "
     "quotas would fall.",
     [("It", "Ministry of Fisheries", "said", "quotas would fall", False)]),
    # NEGATIVE: two companies, two ministries, a union the article does not name
    ("Orwin Dairies Ltd and Marsh Creameries Ltd agreed to merge. The company employs 1,500 people in Hull. It said "
     "fuel costs had doubled.",
     [("It", None, "said", "fuel costs had doubled", False)]),
    ("The Ministry of Fisheries and the Ministry of Finance met on Friday. The ministry has faced protests for "
     "weeks. It said quotas would fall.",
     [("It", None, "said", "quotas would fall", False)]),
    ("Orwin Dairies Ltd cut 200 jobs on Monday. The union called a strike. It said fuel costs had doubled.",
     [("It", None, "said", "fuel costs had doubled", False)]),
    # the agent itself where it is the subject
    ("The Food Safety Agency fined Pellow Dairies on Monday. It said the dairy had ignored warnings.",
     [("It", "Food Safety Agency", "said", "the dairy had ignored warnings", False)]),
    # 'the lender' takes up the one body named a bank or a fund so far
    ("The International Monetary Fund approved a loan for Peru on Friday. The board backed the deal unanimously, "
     "the Washington-based lender said late on Friday.",
     [("the Washington-based lender", "International Monetary Fund", "said", "The board backed the deal unanimously",
       False)]),
    ("The World Bank cut its growth forecast for Kenya. The lender said drought had hurt farm output.",
     [("The lender", "World Bank", "said", "drought had hurt farm output", False)]),
    ("The Caribbean Development Fund pledged $40 million to rebuild the port. The lender said work would start in May.",
     [("The Caribbean Development Fund", "Caribbean Development Fund", "pledged", "$40 million", False),
      ("The lender", "Caribbean Development Fund", "said", "work would start in May", False)]),
    # the tagger's lower-case 'proper noun' is no other body
    ("The World Bank praised the finance ministry on Friday. The lender said reforms were on track.",
     [("The World Bank", "World Bank", "praised", "the finance ministry", False),
      ("The lender", "World Bank", "said", "reforms were on track", False)]),
    # NEGATIVE: two lenders, a name that may be another lender, another lender spoken of, a lender of a place
    ("The World Bank and the International Monetary Fund met in Lima. The lender said growth was slowing.",
     [("The lender", None, "said", "growth was slowing", False)]),
    ("The World Bank met Kestrel Holdings in Lima. The lender said growth was slowing.",
     [("The lender", None, "said", "growth was slowing", False)]),
    ("The World Bank cut its forecast. A rival lender in Tokyo disagreed. The lender said growth was slowing.",
     [("The lender", None, "said", "growth was slowing", False)]),
    ("The World Bank cut its forecast. The Tokyo lender said growth was slowing.",
     [("The Tokyo lender", None, "said", "growth was slowing", False)]),
]

LEDE = "Waiting lists have grown again, the head of the region's largest hospital trust has said. "
SPEAKER = "the head of the region's largest hospital trust"
HEADS_NAMED_NEXT = [
    # NEGATIVE: a role that is no lead of the body
    (LEDE + "Ann Lowe, chief economist of the Harbour Valley Trust, told a meeting that staff were leaving.",
     [(SPEAKER, None, "said", "Waiting lists have grown again", False)]),
    # NEGATIVE: someone else named in the next sentence
    (LEDE + "Ann Lowe, chief executive of the Harbour Valley Trust, told Tom Reed that staff were leaving.",
     [(SPEAKER, None, "said", "Waiting lists have grown again", False),
      ("Ann Lowe", "Ann Lowe", "told", "staff were leaving", False)]),
    # NEGATIVE: a body of another kind
    ("Waiting lists have grown again, the head of the region's largest bank has said. "
     "Ann Lowe, chief executive of the Harbour Valley Trust, told a meeting that staff were leaving.",
     [("the head of the region's largest bank", None, "said", "Waiting lists have grown again", False)]),
    # NEGATIVE: a former head
    ("Waiting lists have grown again, the former head of the region's largest hospital trust has said. "
     "Ann Lowe, chief executive of the Harbour Valley Trust, told a meeting that staff were leaving.",
     [("the former head of the region's largest hospital trust", None, "said", "Waiting lists have grown again",
       False)]),
    # NEGATIVE: two leads of the body: either may be its head
    (LEDE + "Ann Lowe, chief executive of the Harbour Valley Trust, told a meeting that staff were leaving. "
     "Tom Reed, chair of the Harbour Valley Trust, agreed.",
     [(SPEAKER, None, "said", "Waiting lists have grown again", False)]),
    # the one lead of a body of that kind, named next as its main subject
    (LEDE + "Ann Lowe, chief executive of the Harbour Valley Trust, told a meeting that staff were leaving.",
     [(SPEAKER, "Ann Lowe", "said", "Waiting lists have grown again", False)]),
]

NAME_HEADS = [
    # NEGATIVE: two ministries named
    ("The Ministry of Health met the Ministry of Finance on Monday. The ministry said more clinics would follow.",
     [("The ministry", None, "said", "more clinics would follow", False)]),
    ("The Ministry of Health opened two clinics. The Harbour Ministry closed one. The ministry said more would follow.",
     [("The ministry", None, "said", "more would follow", False)]),
    # NEGATIVE: a body of another kind
    ("The Bank of England raised rates on Thursday. The ministry said prices would fall.",
     [("The ministry", None, "said", "prices would fall", False)]),
    # the head of 'N of X' is N
    ("The Ministry of Health opened two clinics on Monday. The ministry said more would follow.",
     [("The ministry", "Ministry of Health", "said", "more would follow", False)]),
]

OTHER_HOLDERS = [
    # NEGATIVE: an acting, next, incoming, new, vice or first president is not the president now
    *[(f"President Ana Ruiz of Peru opened the new port on Monday. Peru's {word} president said the port "
       "would create jobs.",
       [(f"Peru's {word} president", None, "said", "the port would create jobs", False)])
      for word in ("acting", "next", "incoming", "new", "vice", "first", "outgoing")],
    # NEGATIVE: the president-elect is a person, neither the holder nor the country
    ("President Ana Ruiz of Peru opened the new port on Monday. Peru's president-elect said the port "
     "would create jobs.",
     [("Peru's president-elect", None, "said", "the port would create jobs", False)]),
    ("Peru's president-elect said the port would create jobs.",
     [("Peru's president-elect", None, "said", "the port would create jobs", False)]),
    # NEGATIVE: a description set beside a name is that name's, never the holder named elsewhere
    ("Harbour Bank's chairman, Ana Ruiz, said profits rose. Harbour Bank's chairman, Tom Reed, said costs fell.",
     [("Harbour Bank's chairman", None, "said", "profits rose", False),
      ("Harbour Bank's chairman", "Tom Reed", "said", "costs fell", False)]),
    # NEGATIVE: two holders of one office in the article: the bare office is neither
    ("President Ana Ruiz of Peru opened the new port on Monday. Peru's president said the port would create "
     "jobs. Peru's president, Tom Reed, said the port was late.",
     [("Peru's president", None, "said", "the port would create jobs", False),
      ("Peru's president", "Tom Reed", "said", "the port was late", False)]),
    # the holder's own modifier ('acting president Ana Ruiz') names her again
    ("Acting President Ana Ruiz of Peru opened the new port on Monday. Peru's acting president said the port "
     "would create jobs.",
     [("Peru's acting president", "Ana Ruiz", "said", "the port would create jobs", False)]),
    # the one known holder of the bare office
    ("President Ana Ruiz of Peru opened the new port on Monday. Peru's president said the port would create jobs.",
     [("Peru's president", "Ana Ruiz", "said", "the port would create jobs", False)]),
    ("Tom Reed, Peru's president, opened the port. Peru's president said it would create jobs.",
     [("Peru's president", "Tom Reed", "said", "it would create jobs", False)]),
]

SURNAMES_AS_WRITTEN = [
    # a hyphenated or particled surname alone is its one bearer, however the recogniser labels it
    ('Senator Maria Lopez-Vidal opened the session on Monday. "We will vote today," Lopez-Vidal told the chamber.',
     [("Lopez-Vidal", "Maria Lopez-Vidal", "told", "We will vote today", True)]),
    ('The mayor, Anna van der Berg, opened the bridge on Friday. "It took ten years," Van der Berg said at the ceremony.',
     [("Van der Berg", "Anna van der Berg", "said", "It took ten years", True)]),
    ('Council leader Tomasz Wren-Kowalczyk visited the depot. "The buses are old," Wren-Kowalczyk told staff. '
     "He said new ones were ordered.",
     [("Wren-Kowalczyk", "Tomasz Wren-Kowalczyk", "told", "The buses are old", True),
      ("He", "Tomasz Wren-Kowalczyk", "said", "new ones were ordered", False)]),
    # NEGATIVE: two bearers of the surname
    ('Owen Roe-Baxter and Grace Roe-Baxter met voters. "We need roads," Roe-Baxter told the crowd.',
     [("Roe-Baxter", None, "told", "We need roads", True)]),
    # NEGATIVE: a company that bears the surname in its name is not the person
    ("Owen Roe-Baxter met voters on Monday. Roe-Baxter Holdings said profits fell.",
     [("Roe-Baxter Holdings", "Roe-Baxter Holdings", "said", "profits fell", False)]),
]

APPOSED_AFTER_ACRONYM = [
    # the person in apposition after a body's bracketed acronym holds the office, whatever label the
    # recogniser gives the acronym; the acronym alone names the body
    ("Farmers reacted with anger. The Director-General of the Delta Chamber of Industry and Farmers (DCIF), "
     "Dr. Efe Ogun-Bright, said diesel prices had doubled.",
     [("The Director-General of the Delta Chamber of Industry and Farmers (DCIF)", "Efe Ogun-Bright", "said",
       "diesel prices had doubled", False)]),
    ("The head of the Kestrel Ports Authority (KPA), Mr Felix Adeyemi, said the docks would reopen.",
     [("The head of the Kestrel Ports Authority (KPA)", "Felix Adeyemi", "said", "the docks would reopen", False)]),
    # NEGATIVE: no one in apposition: the body
    ("The chair of the Coastal Traders Union (CTU) said wages had lagged.",
     [("The chair of the Coastal Traders Union (CTU)", "Coastal Traders Union", "said", "wages had lagged", False)]),
    # aliases27: the acronym written again where the recogniser named nothing is the body; NEGATIVE:
    # a union of the body's staff is a body of its own, not the one it is named after
    ("The Kessa Fisheries Office (KFO) fined two trawlers. KFO, which ran the inquiry, said the nets were illegal.",
     [("KFO", "Kessa Fisheries Office", "said", "the nets were illegal", False)]),
    ("The Kessa Fisheries Office (KFO) fined two trawlers. Meanwhile, the KFO staff union demanded that wages be paid first.",
     [("the KFO staff union", None, "demanded", "wages be paid first", False)]),
    ("The Kessa Fisheries Office (KFO) fined two trawlers. A KFO official said the fines would stand.",
     [("A KFO official", "Kessa Fisheries Office", "said", "the fines would stand", False)]),
    # NEGATIVE: initials that are a post's or a time's, or stand before a law's name, are no body
    ("The Party of Moderates (PM) joined the coalition. The PM said the cabinet would meet on Monday.",
     [("The PM", None, "said", "the cabinet would meet on Monday", False)]),
    ("The Dune Workers Front (AM) held a rally. Polls close at 9 AM on Friday, the front said.",
     [("the front", "Dune Workers Front", "said", "Polls close at 9 AM on Friday", False)]),
    ("The Marsa Port Authority (MPA) raised fees. Under the MPA Act, the fees must be published.", []),
    # NEGATIVE: a paper written after an article is the paper, not a person of its family name
    ("Sun Jie, a columnist, told the Sun that the club was broke. The Sun said it stood by the story.",
     [("Sun Jie", "Sun Jie", "told", "the club was broke", False), ("The Sun", "Sun", "said", "it stood by the story", False)]),
]


# The unnamed voice of a body (round 22): 'An Orvale spokesman', 'a company spokesperson' speaks for
# the body, and 'he'/'she' or 'the spokesperson' just after is that same voice.
BODY_VOICES = [
    # NEGATIVE: a spokesman in the lede is a body's unnamed voice, not the person named next
    ("A union spokesman said the walkout would go on. Ann Lowe said the talks had failed.",
     [("A union spokesman", None, "said", "the walkout would go on", False),
      ("Ann Lowe", "Ann Lowe", "said", "the talks had failed", False)]),
    ("Dock staff at the Kessa Union walked out. A union spokesman said the walkout would go on. "
     "Ann Lowe said the talks had failed.",
     [("A union spokesman", "Kessa Union", "said", "the walkout would go on", False),
      ("Ann Lowe", "Ann Lowe", "said", "the talks had failed", False)]),
    # NEGATIVE: 'the spokesman' after two bodies' spokesmen may be either
    ("A Dunmore Bank spokesman said rates would rise. A Kessa Union spokesman said members would resist. "
     "The spokesman said a deal was close.",
     [("A Dunmore Bank spokesman", "Dunmore Bank", "said", "rates would rise", False),
      ("A Kessa Union spokesman", "Kessa Union", "said", "members would resist", False),
      ("The spokesman", None, "said", "a deal was close", False)]),
    # a described commander in the lede is still the general named next
    ("A senior army commander says the rebels have fled. General Tom Reed said the town was safe.",
     [("A senior army commander", "Tom Reed", "says", "the rebels have fled", False),
      ("General Tom Reed", "Tom Reed", "said", "the town was safe", False)]),
    ("Tom Reed, the harbour master, fined Orvale Ltd on Monday. An Orvale spokesman said the fine was unjust. "
     "He said the firm had met every deadline.",
     [("An Orvale spokesman", "Orvale Ltd", "said", "the fine was unjust", False),
      ("An Orvale spokesman", "Orvale Ltd", "said", "the firm had met every deadline", False)]),
    ("The Kestrel Water Board raised prices in May. A spokeswoman for the Kestrel Water Board said supplies "
     "were safe. She said the pipes would be replaced.",
     [("A spokeswoman for the Kestrel Water Board", "Kestrel Water Board", "said", "supplies were safe", False),
      ("A spokeswoman for the Kestrel Water Board", "Kestrel Water Board", "said", "the pipes would be replaced", False)]),
    ("Dock workers walked out on Friday. A Harbour Union spokesperson said the strike would go on. He said talks had failed.",
     [("A Harbour Union spokesperson", "Harbour Union", "said", "the strike would go on", False),
      ("A Harbour Union spokesperson", "Harbour Union", "said", "talks had failed", False)]),
    ("The Coastal Drivers Union voted to strike on Monday. A union spokesman said wages had lagged for years. "
     "He said pickets would start at dawn.",
     [("A union spokesman", "Coastal Drivers Union", "said", "wages had lagged for years", False),
      ("A union spokesman", "Coastal Drivers Union", "said", "pickets would start at dawn", False)]),
    # a company's voice where the sentence before names a body of another kind beside the company
    ("Regulators fined the app maker Tindra Media on Monday. Tindra Media said it will appeal to the Supreme "
     "Court. A company spokesperson said the ruling was unfair. The spokesperson said the firm had hired more moderators.",
     [("Tindra Media", "Tindra Media", "said", "it will appeal to the Supreme Court", False),
      ("A company spokesperson", "Tindra Media", "said", "the ruling was unfair", False),
      ("The spokesperson", "Tindra Media", "said", "the firm had hired more moderators", False)]),
    ("Auditors criticised Brantley Logistics on Tuesday. Brantley Logistics said it would answer the Transport "
     "Ministry within a week. A company spokeswoman said the audit was flawed.",
     [("Auditors", None, "criticised", "Brantley Logistics", False),
      ("Brantley Logistics", "Brantley Logistics", "said", "it would answer the Transport Ministry within a week", False),
      ("A company spokeswoman", "Brantley Logistics", "said", "the audit was flawed", False)]),
    # NEGATIVE: 'she' is not the spokesman
    ("Tom Reed, the harbour master, fined Orvale Ltd on Monday. An Orvale spokesman said the fine was unjust. "
     "She said the firm had met every deadline.",
     [("An Orvale spokesman", "Orvale Ltd", "said", "the fine was unjust", False),
      ("She", None, "said", "the firm had met every deadline", False)]),
    # NEGATIVE: a former spokesman speaks for no one, nor does 'he' after him
    ("Tom Reed, the harbour master, fined Orvale Ltd on Monday. A former Orvale spokesman said the fine was unjust. "
     "He said the firm had met every deadline.",
     [("A former Orvale spokesman", None, "said", "the fine was unjust", False),
      ("A former Orvale spokesman", None, "said", "the firm had met every deadline", False)]),
    # NEGATIVE: a man named since is 'he'
    ("Orvale Ltd was fined on Monday. An Orvale spokesman said the fine was unjust. Tom Reed, the harbour master, "
     "disagreed. He said the firm had missed every deadline.",
     [("An Orvale spokesman", "Orvale Ltd", "said", "the fine was unjust", False),
      ("He", "Tom Reed", "said", "the firm had missed every deadline", False)]),
    # NEGATIVE: 'the spokesman' is not the one of no known role who spoke last
    ("Orvale Ltd was fined on Monday. The fine was the largest this year. An Orvale spokesman said the fine was "
     "unjust. Tom Reed said the firm had missed every deadline. The spokesman said the firm had met every deadline.",
     [("An Orvale spokesman", "Orvale Ltd", "said", "the fine was unjust", False),
      ("Tom Reed", "Tom Reed", "said", "the firm had missed every deadline", False),
      ("The spokesman", None, "said", "the firm had met every deadline", False)]),
    ("Orvale Ltd was fined on Monday. The fine was the largest this year. Tom Reed said the firm had missed "
     "every deadline. The spokesman said the firm had met every deadline.",
     [("Tom Reed", "Tom Reed", "said", "the firm had missed every deadline", False),
      ("The spokesman", None, "said", "the firm had met every deadline", False)]),
    # ... but is the spokesman the text has named
    ("Orvale Ltd was fined on Monday. The fine was the largest this year. Tom Reed, a spokesman for Orvale Ltd, "
     "said the fine was unjust. The spokesman said the firm had met every deadline.",
     [("Tom Reed", "Tom Reed", "said", "the fine was unjust", False),
      ("The spokesman", "Tom Reed", "said", "the firm had met every deadline", False)]),
    # NEGATIVE: the one body that spoke before is no company
    ("The Harbour Authority said it will appeal to the High Court. A company spokesman said the ruling was fair.",
     [("The Harbour Authority", "Harbour Authority", "said", "it will appeal to the High Court", False),
      ("A company spokesman", None, "said", "the ruling was fair", False)]),
    # NEGATIVE: a rival's spokesperson, a union's spokesperson
    ("Tindra Media said it will appeal to the Supreme Court. A rival company spokesperson said the ruling was fair.",
     [("Tindra Media", "Tindra Media", "said", "it will appeal to the Supreme Court", False),
      ("A rival company spokesperson", None, "said", "the ruling was fair", False)]),
    ("Tindra Media said it will appeal to the Supreme Court. A union spokesperson said the ruling was fair.",
     [("Tindra Media", "Tindra Media", "said", "it will appeal to the Supreme Court", False),
      ("A union spokesperson", None, "said", "the ruling was fair", False)]),
]


# A live report's line 'Premier says "..."' (round 22): a capitalised title alone as the subject is
# the holder of that one-person office the next sentence names with the title, as 'the premier' would be.
BARE_TITLES = [
    ("Flood live: river peaks\n\n3.10pm: Mayor says \"stay off the roads\"\n\nMayor Ann Lowe has just finished "
     "a briefing at the town hall. She said 40 homes were flooded.",
     [("Mayor", "Ann Lowe", "says", "stay off the roads", True),
      ("She", "Ann Lowe", "said", "40 homes were flooded", False)]),
    ("Strike live: ports shut\n\n9.15am: Chancellor says \"talks resume at noon\"\n\nChancellor Tom Reed has just "
     "arrived at the finance ministry. He said the ports would reopen.",
     [("Chancellor", "Tom Reed", "says", "talks resume at noon", True),
      ("He", "Tom Reed", "said", "the ports would reopen", False)]),
    ("Storm live: ferries halted\n\n6.30pm: Premier says \"the ferries stay in port tonight\"\n\nIsland Premier Ann "
     "Lowe has just left the emergency centre. She said 40 roads were closed.",
     [("Premier", "Ann Lowe", "says", "the ferries stay in port tonight", True),
      ("She", "Ann Lowe", "said", "40 roads were closed", False)]),
    # NEGATIVE: two premiers named next
    ("Bushfire live: towns told to leave\n\n4.55pm: Premier says \"leave now if you can\"\n\nNorthern Premier Ann "
     "Lowe and Southern Premier Tom Reed met in Kessa. They said 40 homes had been lost.",
     [("Premier", None, "says", "leave now if you can", True),
      ("They", "Ann Lowe", "said", "40 homes had been lost", False),
      ("They", "Tom Reed", "said", "40 homes had been lost", False)]),
    # NEGATIVE: the person named next holds no such office, or held it before
    ("Flood live: river peaks\n\n3.10pm: Mayor says \"stay off the roads\"\n\nAnn Lowe, a farmer, has just "
     "finished a briefing at the town hall. She said 40 homes were flooded.",
     [("Mayor", None, "says", "stay off the roads", True),
      ("She", "Ann Lowe", "said", "40 homes were flooded", False)]),
    ("Flood live: river peaks\n\n3.10pm: Premier says \"stay off the roads\"\n\nFormer Premier Ann Lowe has just "
     "finished a briefing at the town hall. She said 40 homes were flooded.",
     [("Premier", None, "says", "stay off the roads", True),
      ("She", "Ann Lowe", "said", "40 homes were flooded", False)]),
]

# 'It' takes up a one-word body the recogniser read as a person ('Morvik accused ...'), when that
# word spoke alone in the sentence before and nothing else there may be 'it' (round 23)
IT_BODIES = [
    ("The Tamsin news came a day after Kestrov accused Pelnor Gas of rigging the tender. It has said it wants "
     "compensation of $4bn.",
     [("Kestrov", "Kestrov", "accused", "Pelnor Gas of rigging the tender", False),
      ("It", "Kestrov", "said", "it wants compensation of $4bn", False)]),
    # NEGATIVE: two joined subjects: either may be 'it'
    ("Brelsko and Morvik accused Pelnor Gas of rigging the tender. It has said it wants compensation of $4bn.",
     [("Brelsko", "Brelsko", "accused", "Pelnor Gas of rigging the tender", False),
      ("Morvik", "Morvik", "accused", "Pelnor Gas of rigging the tender", False),
      ("It", None, "said", "it wants compensation of $4bn", False)]),
    # NEGATIVE: a law named in the sentence before may be 'it'
    ("The Tamsin news came a day after Morvik criticised the new law. It says that farmers must pay a levy.",
     [("Morvik", "Morvik", "criticised", "the new law", False),
      ("It", None, "says", "farmers must pay a levy", False)]),
    # NEGATIVE: the word did not speak, it only won: a person, most likely
    ("Kestrov won the race in Rome after Brelsko crashed. It has said the prize will go to charity.",
     [("It", None, "said", "the prize will go to charity", False)]),
    # NEGATIVE: the surname of a person named in full, or a title: a person
    ("Anna Morvik runs a bakery in Lisbon. The Tamsin news came a day after Morvik accused Pelnor Gas "
     "of rigging the tender. It has said it wants compensation of $4bn.",
     [("Morvik", "Anna Morvik", "accused", "Pelnor Gas of rigging the tender", False),
      ("It", None, "said", "it wants compensation of $4bn", False)]),
    ("Mr Morvik accused Pelnor Gas of rigging the tender. It has said it wants compensation of $4bn.",
     [("Mr Morvik", "Morvik", "accused", "Pelnor Gas of rigging the tender", False),
      ("It", None, "said", "it wants compensation of $4bn", False)]),
]

# A bare spokesperson saying a body named as the subject gives no comment speaks for that body (round 23)
NO_COMMENT_VOICES = [
    ("A spokesman said the Harbour Board had no comment to make.",
     [("A spokesman", "Harbour Board", "said", "the Harbour Board had no comment to make", False)]),
    ("A spokeswoman said the Harbour Board declined to comment.",
     [("A spokeswoman", "Harbour Board", "said", "the Harbour Board declined to comment", False)]),
    ("A spokesman said the Harbour Board would not comment on the case.",
     [("A spokesman", "Harbour Board", "said", "the Harbour Board would not comment on the case", False)]),
    # NEGATIVE: any other statement about the body, two bodies, a person, a spokesman of another kind or body
    ("A spokesman said the Harbour Board had approved the plan.",
     [("A spokesman", None, "said", "the Harbour Board had approved the plan", False)]),
    ("A spokesman said the Harbour Board and the Port Authority had no comment.",
     [("A spokesman", None, "said", "the Harbour Board and the Port Authority had no comment", False)]),
    ("A spokesman said Tom Reed had no comment to make.",
     [("A spokesman", None, "said", "Tom Reed had no comment to make", False)]),
    ("A company spokesman said the Harbour Board had no comment to make.",
     [("A company spokesman", None, "said", "the Harbour Board had no comment to make", False)]),
    ("A spokesman for the union said the Harbour Board had no comment to make.",
     [("A spokesman for the union", None, "said", "the Harbour Board had no comment to make", False)]),
]

# A body's short name: its name less the words a firm drops ('Software', 'Motors Ltd') or less a
# scope word before ('National'), where no other actor has the word (round 24)
SHORT_NAMES = [
    ("Veltrian Software will cut 900 jobs. Veltrian reported revenue of $2bn for the quarter.",
     [("Veltrian", "Veltrian Software", "reported", "revenue of $2bn", False)]),
    ("Dravonian Motors Ltd recalled 9,000 cars. Dravonian said the fault was minor.",
     [("Dravonian", "Dravonian Motors Ltd", "said", "the fault was minor", False)]),
    ("The National Treasury released funds to the provinces. According to Treasury figures, only 40 provinces applied.",
     [("Treasury figures", "National Treasury", "according to", "only 40 provinces applied", False)]),
    # NEGATIVE: a person has the word; two bodies may be 'Treasury'; a nationality; a scope word alone
    ("Ana Veltrian founded Veltrian Software. Veltrian said the firm would grow.",
     [("Veltrian", "Ana Veltrian", "said", "the firm would grow", False)]),
    ("The National Treasury and the Treasury Department met. Treasury said funds would be released.",
     [("Treasury", None, "said", "funds would be released", False)]),
    ("Chinese Petroleum will cut jobs. The Chinese said the plan was fair.",
     [("The Chinese", None, "said", "the plan was fair", False)]),
    # an apposition that names no firm says what the word is (review24b); one that does keeps it
    ("Brightwater Energy won the tender. Brightwater, a former minister, said the deal was fair.",
     [("Brightwater", None, "said", "the deal was fair", False)]),
    ("Veltrian Software will cut 900 jobs. Veltrian, the software firm, said demand had fallen.",
     [("Veltrian", "Veltrian Software", "said", "demand had fallen", False)]),
]

# A description of a body by its trade ('the power utility', 'the Abu Dhabi carrier', 'the state
# utility') takes up the one company the article speaks of, as 'the company' does; a word of another
# kind ('aircraft', 'mail', 'rival'), a place named nowhere else, two such bodies or a body of another
# kind leave it no one's (issue 13, round 24b).
TRADE_DESCRIPTIONS = [
    ("Harbour Airways carried 9 million passengers last year. The Lima carrier said demand was strong. Its planes fly from Lima.",
     [("The Lima carrier", "Harbour Airways", "said", "demand was strong", False)]),
    ("Kestrel Power has told the regulator it will cut supply to 12 towns. The power utility says arrears have climbed sharply.",
     [("Kestrel Power", "Kestrel Power", "told", "it will cut supply to 12 towns", False),
      ("The power utility", "Kestrel Power", "says", "arrears have climbed sharply", False)]),
    ("Varnel has told the regulator it will cut supply to 12 towns. The state utility says arrears have climbed sharply.",
     [("Varnel", "Varnel", "told", "it will cut supply to 12 towns", False),
      ("The state utility", "Varnel", "says", "arrears have climbed sharply", False)]),
    # NEGATIVE: a place named nowhere else, two airlines, a word of another kind, a rival, a ministry or a council
    ("Harbour Airways carried 9 million passengers last year. The Quito carrier said demand was strong.",
     [("The Quito carrier", None, "said", "demand was strong", False)]),
    ("Harbour Airways and Delta Air carried 9 million passengers last year. The carrier said demand was strong.",
     [("The carrier", None, "said", "demand was strong", False)]),
    ("Harbour Airways carried 9 million passengers last year. The aircraft carrier said demand was strong.",
     [("The aircraft carrier", None, "said", "demand was strong", False)]),
    ("Harbour Airways carried 9 million passengers last year. A rival carrier said demand was strong.",
     [("A rival carrier", None, "said", "demand was strong", False)]),
    ("Harbour Airways carried 9 million passengers last year. The mail carrier said demand was strong.",
     [("The mail carrier", None, "said", "demand was strong", False)]),
    ("The Energy Ministry has told towns it will cut supply. The state utility says arrears have climbed sharply.",
     [("The Energy Ministry", "Energy Ministry", "told", "it will cut supply", False),
      ("The state utility", None, "says", "arrears have climbed sharply", False)]),
    ("Kestrel City Council has told towns it will cut supply. The power utility says arrears have climbed sharply.",
     [("Kestrel City Council", "Kestrel City Council", "told", "it will cut supply", False),
      ("The power utility", None, "says", "arrears have climbed sharply", False)]),
    ("Orvale Bank lent money to Harbour Airways. The national carrier said demand was strong.",
     [("The national carrier", None, "said", "demand was strong", False)]),
    ("Harbour Airways carried 9 million passengers. The cargo carrier said demand was strong.",
     [("The cargo carrier", None, "said", "demand was strong", False)]),
    ("Harbour Airways carried 9 million passengers. The state carrier of Chile said demand was strong.",
     [("The state carrier of Chile", None, "said", "demand was strong", False)]),
    ("The Pilots Union called a strike. The state carrier said flights would run.",
     [("The state carrier", None, "said", "flights would run", False)]),
    ("Kestrel Power and Varnel Energy raised prices. The power utility said costs rose.",
     [("The power utility", None, "said", "costs rose", False)]),
]

# 'The civic body', 'the municipal authority', 'a civic statement': the one local government the
# article names ('... Municipal Corporation', '... City Council'); none where two are named, for a
# civic group, a civic chief (a person), a statement from others, or a body of another kind.
LOCAL_GOVERNMENTS = [
    ("The Kestrel Municipal Corporation has cleaned most drains. The civic body said 40 buildings were unsafe.",
     [("The civic body", "Kestrel Municipal Corporation", "said", "40 buildings were unsafe", False)]),
    ("The Kestrel Municipal Corporation has cleaned most drains. Twelve roads were closed, according to a civic statement issued on Tuesday.",
     [("a civic statement", "Kestrel Municipal Corporation", "according to", "Twelve roads were closed", False)]),
    ("The Kestrel Municipal Corporation has cleaned most drains. The municipal authority said 40 buildings were unsafe.",
     [("The municipal authority", "Kestrel Municipal Corporation", "said", "40 buildings were unsafe", False)]),
    # NEGATIVE
    ("The Kestrel Municipal Corporation and the Varnel City Council have cleaned drains. The civic body said 40 buildings were unsafe.",
     [("The civic body", None, "said", "40 buildings were unsafe", False)]),
    ("The Kestrel Municipal Corporation has cleaned drains. The civic group said 40 buildings were unsafe.",
     [("The civic group", None, "said", "40 buildings were unsafe", False)]),
    ("The Kestrel Municipal Corporation has cleaned drains. A civic statement from residents said 12 homes flooded.",
     [("A civic statement from residents", None, "said", "12 homes flooded", False)]),
    ("Manchester City beat Kestrel Town Football Club. The civic body said 40 fans were hurt.",
     [("The civic body", None, "said", "40 fans were hurt", False)]),
    ("The Kestrel Water Board has cleaned drains. The civic body said 40 buildings were unsafe.",
     [("The civic body", None, "said", "40 buildings were unsafe", False)]),
    ("The Kestrel Municipal Corporation has cleaned drains. The civic chief said 40 buildings were unsafe.",
     [("The civic chief", None, "said", "40 buildings were unsafe", False)]),
    ("The Kestrel County Republican Committee met. The civic body said 12 roads were shut.",
     [("The civic body", None, "said", "12 roads were shut", False)]),
    ("City Hall Partners bought the site. The civic body said 12 roads were shut.",
     [("The civic body", None, "said", "12 roads were shut", False)]),
    ("The Kestrel Municipal Corporation cleaned drains. The civic body of Varnel said 12 roads were shut.",
     [("The civic body of Varnel", None, "said", "12 roads were shut", False)]),
]

# 'she' after a sentence that names the one woman by a surname the index did not link (a surname
# that is also a title, 'Cardinal'); not a man, nor one of two women.
UNLINKED_SURNAMES = [
    ('Lorraine Cardinal, 44, fled on Saturday. The agency said the fire grew. For evacuees like Cardinal, the waiting is hard. '
     '"My kids keep asking," she said.',
     [("The agency", None, "said", "the fire grew", False), ("she", "Lorraine Cardinal", "said", "My kids keep asking", True)]),
    # NEGATIVE
    ('Tomas Cardinal, 44, fled on Saturday. The agency said the fire grew. For evacuees like Cardinal, the waiting is hard. '
     '"My kids keep asking," she said.',
     [("The agency", None, "said", "the fire grew", False), ("she", None, "said", "My kids keep asking", True)]),
    ('Lorraine Cardinal and Ana Ostrowski fled on Saturday. The agency said the fire grew. For evacuees like Cardinal and '
     'Ostrowski, the waiting is hard. "My kids keep asking," she said.',
     [("The agency", None, "said", "the fire grew", False), ("she", None, "said", "My kids keep asking", True)]),
]

# A statement's last bracket, which the parse leaves off a short bracketed phrase, is closed; a longer
# one (with punctuation of its own) is left as found.
CLOSED_BRACKETS = [
    ("Tom Reed said Peru should remain within the Andean Pact (AP).",
     [("Tom Reed", "Tom Reed", "said", "Peru should remain within the Andean Pact (AP)", False)]),
    ("Tom Reed said Peru should remain within the pact (for now).",
     [("Tom Reed", "Tom Reed", "said", "Peru should remain within the pact (for now)", False)]),
    # NEGATIVE: not a short phrase
    ("Tom Reed said Peru should stay (as voters want, in 2019, by a wide margin).",
     [("Tom Reed", "Tom Reed", "said", "Peru should stay (as voters want, in 2019, by a wide margin", False)]),
]


# The nearest, most specific stated speaker (orgs26): the body a word of whose name names another
# actor ('Norwegian', "Norway's"), a person named beside a description but hung by the parser on
# its place, a named body's management taken up by its head word; NEGATIVE: 'a hospital's', or
# two bodies of that head
SPECIFIC_SPEAKERS = [
    ("Norway's parliament passed the levy in May. Researchers at the Norwegian Institute for Coastal Studies (NICS) "
     "have estimated that the levy saved fishers roughly €1.2 billion a year.",
     [("Researchers at the Norwegian Institute for Coastal Studies (NICS)", "Norwegian Institute for Coastal Studies",
       "estimated", "the levy saved fishers roughly €1.2 billion a year", False)]),
    ("Norway's parliament passed the levy in May. Researchers at Norway's Institute for Coastal Studies said the "
     "levy saved fishers €1.2 billion a year.",
     [("Researchers at Norway's Institute for Coastal Studies", "Institute for Coastal Studies", "said",
       "the levy saved fishers €1.2 billion a year", False)]),
    ("The opposition Liberals (LP) welcomed the decision. Their transport spokeswoman in parliament, Greta Solheim, "
     "said the ruling proved her colleagues right.",
     [("Their transport spokeswoman", "Greta Solheim", "said", "the ruling proved her colleagues right", False)]),
    ("At Mirembe Teaching Hospital, which serves most of the valley, a cleaner said wards were closing. "
     "The hospital's management said on Friday that no ward would close.",
     [("The hospital's management", "Mirembe Teaching Hospital", "said", "no ward would close", False)]),
    ("Cleaners walked out at Mirembe Teaching Hospital on Monday. A hospital's management said on Friday that "
     "no ward would close.",
     [("A hospital's management", None, "said", "no ward would close", False)]),
    ("Cleaners walked out at Mirembe Teaching Hospital and Kivu Hospital on Monday. The hospital's management "
     "said on Friday that no ward would close.",
     [("The hospital's management", None, "said", "no ward would close", False)]),
    ("Tolvern Energy will sell its Norwood plant. Economists at Brackwell said the sale would cut its debt.",
     [("Economists at Brackwell", "Brackwell", "said", "the sale would cut its debt", False)]),
    # 'the company' right after the one body that spoke in the sentence before, of its paragraph, is
    # that company though another was named earlier; NEGATIVE: that sentence names the other one,
    # or it is another paragraph's
    ("Grey Fen Nickel Corp. agreed a sale to Corvo Tern Holdings Ltd. in March. Regulators blocked the sale on "
     "Monday.\n\nCorvo Tern called the ruling \"a grave error\". The company said an appeal was likely.",
     [("Corvo Tern", "Corvo Tern Holdings Ltd", "called", 'the ruling "a grave error"', False),
      ("The company", "Corvo Tern Holdings Ltd", "said", "an appeal was likely", False)]),
    ("Grey Fen Nickel Corp. agreed a sale to Corvo Tern Holdings Ltd. in March. Regulators blocked the sale on "
     "Monday.\n\nCorvo Tern called the ruling \"a grave error\" by Grey Fen. The company said an appeal was likely.",
     [("Corvo Tern", "Corvo Tern Holdings Ltd", "called", 'the ruling "a grave error" by Grey Fen', False),
      ("The company", None, "said", "an appeal was likely", False)]),
    ("Grey Fen Nickel Corp. agreed a sale to Corvo Tern Holdings Ltd. in March. Regulators blocked the sale on "
     "Monday.\n\nCorvo Tern called the ruling \"a grave error\".\n\nThe company said an appeal was likely.",
     [("Corvo Tern", "Corvo Tern Holdings Ltd", "called", 'the ruling "a grave error"', False),
      ("The company", None, "said", "an appeal was likely", False)]),
    # a party's plural after a chamber's name is a group of its own, not the party; NEGATIVE: bare
    ("The governor asked Congress for $4 billion. House Republicans said the sum had to be matched by savings.",
     [("House Republicans", "House Republicans", "said", "the sum had to be matched by savings", False)]),
    ("The governor asked Congress for $4 billion. Republicans said the sum had to be matched by savings.",
     [("Republicans", "Republican Party", "said", "the sum had to be matched by savings", False)]),
]


# A person's office ('the mayor', 'the minister', 'the governor', 'the spokeswoman') never takes up a
# body whose unnamed voice spoke just before ('A senior official of the Port Authority said'): the one
# person of the article holding that office, else no one (round 26). The same noun again ('the
# official' after 'a senior official of X') is still that body's voice.
OFFICES_NOT_BODIES = [
    ("A senior official of the Harbour Authority of Velmora said the dock would close. The mayor said the closure "
     "was temporary.",
     [("A senior official of the Harbour Authority of Velmora", "Harbour Authority of Velmora", "said",
       "the dock would close", False),
      ("The mayor", None, "said", "the closure was temporary", False)]),
    ("An official at the Reserve Bank of Tarsia said rates would rise. The minister said inflation was falling.",
     [("An official at the Reserve Bank of Tarsia", "Reserve Bank", "said", "rates would rise", False),
      ("The minister", None, "said", "inflation was falling", False)]),
    ("Economists at the Bank of Tarsia said rates would rise. The governor said inflation was falling.",
     [("Economists at the Bank of Tarsia", "Bank of Tarsia", "said", "rates would rise", False),
      ("The governor", None, "said", "inflation was falling", False)]),
    ("Officials at the Tarsia Finance Ministry said taxes would rise. The spokeswoman said the deficit was falling.",
     [("Officials at the Tarsia Finance Ministry", "Tarsia Finance Ministry", "said", "taxes would rise", False),
      ("The spokeswoman", None, "said", "the deficit was falling", False)]),
    ("Staff at Corvel Mining said the pit would close. The chief executive said the decision was final.",
     [("Staff at Corvel Mining", "Corvel Mining", "said", "the pit would close", False),
      ("The chief executive", None, "said", "the decision was final", False)]),
    # the person of the article who holds the office, though a body's voice spoke between
    ("Governor Mira Delkan of the Bank of Tarsia spoke on Monday. Economists at the Bank of Tarsia said rates would "
     "rise. The governor said inflation was falling.",
     [("Economists at the Bank of Tarsia", "Bank of Tarsia", "said", "rates would rise", False),
      ("The governor", "Mira Delkan", "said", "inflation was falling", False)]),
    ("Mayor Oren Castell opened the bridge. A senior official of the Harbour Authority of Velmora said the dock "
     "would close. The mayor said the closure was temporary.",
     [("A senior official of the Harbour Authority of Velmora", "Harbour Authority of Velmora", "said",
       "the dock would close", False),
      ("The mayor", "Oren Castell", "said", "the closure was temporary", False)]),
    ("A senior official of the Harbour Authority of Velmora said the dock would close. The mayor, Oren Castell, said "
     "the closure was temporary.",
     [("A senior official of the Harbour Authority of Velmora", "Harbour Authority of Velmora", "said",
       "the dock would close", False),
      ("The mayor", "Oren Castell", "said", "the closure was temporary", False)]),
    # the body's voice again under its own noun stays the body's
    ("A senior official of the Harbour Authority of Velmora said the dock would close. The official said the "
     "closure was temporary.",
     [("A senior official of the Harbour Authority of Velmora", "Harbour Authority of Velmora", "said",
       "the dock would close", False),
      ("The official", "Harbour Authority of Velmora", "said", "the closure was temporary", False)]),
]


@pytest.mark.parametrize("text, expected", TRADE_DESCRIPTIONS + LOCAL_GOVERNMENTS + UNLINKED_SURNAMES + CLOSED_BRACKETS
                         + SPECIFIC_SPEAKERS)
def test_speaker_of_body_described_round_24b(text, expected):
    assert positions_of(text) == expected


@pytest.mark.parametrize("text, expected", PRONOUN_HOLDERS + OFFICE_HOLDERS + SOMEONE_BROUGHT_IN
                         + COMPANY_JUST_NAMED + HEADS_NAMED_NEXT
                         + NAME_HEADS + OTHER_HOLDERS + BODIES_BY_KIND
                         + SURNAMES_AS_WRITTEN + APPOSED_AFTER_ACRONYM + BODY_VOICES + BARE_TITLES
                         + IT_BODIES + NO_COMMENT_VOICES + SHORT_NAMES + OFFICES_NOT_BODIES)
def test_speaker_of_described_voice(text, expected):
    assert positions_of(text) == expected


# The parser may take the name set off after a fronted phrase's person noun for the subject and the
# subject for its apposition ('In a statement signed by its spokesman, Mr. X, the union demanded'):
# the description right before the verb is the subject (round 24). Parses are built by hand, since the
# misreading depends on the article around the sentence.
_FRONTED = "In a statement signed by its spokesman , Mr. Tom Okafor , the union demanded an inquiry ."


def _fronted_doc(words: str, comma_after_appos: bool = False):
    """The misread parse of `_FRONTED` (or of the same shape with other words)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    w = words.split()
    heads = [14, 2, 0, 2, 3, 6, 4, 14, 10, 10, 14, 10, 13, 10, 14, 16, 14, 14]
    deps = ["prep", "det", "pobj", "acl", "agent", "poss", "pobj", "punct", "compound", "compound",
            "nsubj", "punct", "det", "appos", "ROOT", "det", "dobj", "punct"]
    pos = ["ADP", "DET", "NOUN", "VERB", "ADP", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN",
           "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["IN", "DT", "NN", "VBN", "IN", "PRP$", "NN", ",", "NNP", "NNP", "NNP", ",", "DT", "NN", "VBD",
            "DT", "NN", "."]
    if comma_after_appos:       # '..., the union, demanded'
        w.insert(14, ","); heads = [h + (h >= 14) for h in heads]; heads.insert(14, 13)
        deps.insert(14, "punct"); pos.insert(14, "PUNCT"); tags.insert(14, ",")
    return Doc(Vocab(), words=w, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=[x.lower() for x in w])


@pytest.mark.parametrize("words, comma, expected", [
    (_FRONTED, False, "union"),
    ("In a letter signed by its chairman , Mr. Ian Dube , the council demanded an inquiry .", False, "council"),
    # NEGATIVE: the fronted phrase ends on no person; a comma closes the apposition; no 'the'
    ("In a statement issued by its office , Mr. Tom Okafor , the union demanded an inquiry .", False, "Okafor"),
    ("In a statement signed by its spokesman , Mr. Tom Okafor , the union demanded an inquiry .", True, "Okafor"),
    ("In a statement signed by its spokesman , Mr. Tom Okafor , a union demanded an inquiry .", False, "Okafor"),
])
def test_subject_after_fronted_apposition(words, comma, expected):
    from generator.extract.speakers import _subject_after_fronted_apposition
    doc = _fronted_doc(words, comma_after_appos=comma)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert _subject_after_fronted_apposition(subject).text == expected


# review24b: where the description found after a fronted apposition resolves to the very name it was
# told apart from, which of the two that person is stays open: the speaker keeps no actor
FRONTED_WHOLE = [
    ("At a rally organised by the mayor, Ana Lopez, the governor said taxes would fall.",
     [("the governor", None, "said", "taxes would fall", False)]),
    ("In a letter signed by its chairman, Ian Dube, the council demanded an inquiry.",
     [("the council", None, "demanded", "an inquiry", False)]),
]


@pytest.mark.parametrize("text, expected", FRONTED_WHOLE)
def test_speaker_after_fronted_apposition(text, expected):
    assert positions_of(text) == expected


# figclaim24: a document by an office that examines a body from outside its line of command ('the
# department's inspector general', 'the auditor general of X', 'its ombudsman') is that office
# holder's, not the body's; the body's own voices and staff still speak for it (negative rows).
OVERSIGHT_OFFICES = [
    ("The Kessa Department opened 12 depots. A report released by the Kessa Department's inspector general "
     "said the depots were unsafe.", [("A report", None, "said", "the depots were unsafe", False)]),
    ("The Kessa Department opened 12 depots. A report by the auditor general of the Kessa Department said "
     "the depots were unsafe.", [("A report", None, "said", "the depots were unsafe", False)]),
    ("The Kessa Department opened 12 depots. A report by the Kessa Department's ombudsman said the depots "
     "were unsafe.", [("A report", None, "said", "the depots were unsafe", False)]),
    ("The Kessa Department opened 12 depots. A statement released by the Kessa Department's spokesman said "
     "the depots had shut.", [("A statement", "Kessa Department", "said", "the depots had shut", False)]),
    ("The Kessa Department opened 12 depots. A report by the Kessa Department's chief economist said the "
     "depots were unsafe.", [("A report", "Kessa Department", "said", "the depots were unsafe", False)]),
    ("The Kessa Department opened 12 depots. A report by the Kessa Department's general counsel said the "
     "depots were unsafe.", [("A report", "Kessa Department", "said", "the depots were unsafe", False)]),
]


@pytest.mark.parametrize("text, expected", OVERSIGHT_OFFICES)
def test_a_report_by_an_oversight_office_is_not_its_bodys(text, expected):
    assert positions_of(text) == expected


# 'NAME of [KIND] ORG said': the parser may take the body for the subject and hang the person's name
# on it; the person whose name opens the subject phrase before 'of' speaks (lead24). NEGATIVE: a body
# whose name holds 'of' and no person's name; a person of a body parsed right stays the person.
PERSON_OF_A_BODY = [
    ("Raymond Chu of consultancy Orient Delta Partners said fees were too high.",
     [("Raymond Chu of consultancy Orient Delta Partners", "Raymond Chu", "said", "fees were too high", False)]),
    ("The Bank of England said rates would stay on hold.",
     [("The Bank of England", "Bank of England", "said", "rates would stay on hold", False)]),
    ("Ann Lowe of brokerage Marlo Capital said the deal was fair.",
     [("Ann Lowe of brokerage Marlo Capital", "Ann Lowe", "said", "the deal was fair", False)]),
]


# 'a N named/called X said': the description speaks as the person the participle names (lead24);
# NEGATIVE: 'named in the report' gives no name.
PERSON_NAMED_AFTER = [
    ("A dock worker named Joseph Mwale said pay was too low.",
     [("A dock worker", "Joseph Mwale", "said", "pay was too low", False)]),
    ("A farmer called Ann Lowe said the rains failed.",
     [("A farmer", "Ann Lowe", "said", "the rains failed", False)]),
    ("A man named in the report said he was innocent.",
     [("A man", None, "said", "he was innocent", False)]),
    # NEGATIVE (review24d): a present participle of naming: the document names someone it speaks of
    ("A lawsuit naming Tomas Reyna as defendant said the firm owed 2 million dollars.",
     [("A lawsuit", None, "said", "the firm owed 2 million dollars", False)]),
]


@pytest.mark.parametrize("text, expected", PERSON_OF_A_BODY + PERSON_NAMED_AFTER)
def test_the_person_a_subject_phrase_names_speaks(text, expected):
    assert positions_of(text) == expected


# orgref27: a body the writer defines by a name ('The agency, known as KORNA,') speaks by that
# name, also as the description just before and 'it' after; a country that only says where the
# speakers are is not their voice; a body reached through a person's name is the person's; 'the
# department' a ministry; a described body's figures are its own.
BODIES_DEFINED_OR_PLACED = [
    ("Wheat exports fell 9% in March, the national grain agency said on Monday. The agency, known as KORNA, "
     "said shipments totalled 2.1 million tonnes. Most of the fall came from the north, it said.",
     [("the national grain agency", "KORNA", "said", "Wheat exports fell 9% in March", False),
      ("The agency", "KORNA", "said", "shipments totalled 2.1 million tonnes", False),
      ("it", "KORNA", "said", "Most of the fall came from the north", False)]),
    ("The regulator, also known as Velmar, warned that prices would rise.",
     [("The regulator", "Velmar", "warned", "prices would rise", False)]),
    ("Ferry fares will rise by a tenth, the regional transport authority said. The authority, called "
     "Dorvik Transit, said the rise was the first in six years.",
     [("the regional transport authority", "Dorvik Transit", "said", "Ferry fares will rise by a tenth", False),
      ("The authority", "Dorvik Transit", "said", "the rise was the first in six years", False)]),
    # NEGATIVE: another agency named before: the national one may be either
    ("The Dorvan Grain Agency opened a new depot. Prices fell, the national grain agency said. The agency, "
     "known as KORNA, said shipments fell.",
     [("the national grain agency", None, "said", "Prices fell", False),
      ("The agency", "KORNA", "said", "shipments fell", False)]),
    # NEGATIVE: a person's nickname, a phrase of no name
    ("The man, known as Tommo, said the boats had gone.",
     [("The man", None, "said", "the boats had gone", False)]),
    ("The agency, known for its strict rules, said shipments fell.",
     [("The agency", None, "said", "shipments fell", False)]),
    # the place of speakers of no state's voice is not their voice; officials there are the state's
    ("Both sides agreed to a ceasefire, mediators in the Egyptian city of Aswan have announced. Egypt said "
     "it would host more talks.",
     [("mediators", None, "announced", "Both sides agreed to a ceasefire", False),
      ("Egypt", "Egypt", "said", "it would host more talks", False)]),
    ("Doctors in Peru say the outbreak has peaked. Peru said it would buy more vaccines.",
     [("Doctors", "doctors", "say", "the outbreak has peaked", False),
      ("Peru", "Peru", "said", "it would buy more vaccines", False)]),
    ("Analysts at Norway's largest port expect exports to fall. Norway said it would cut fees.",
     [("Analysts at Norway's largest port", "analysts", "expect", "exports to fall", False),
      ("Norway", "Norway", "said", "it would cut fees", False)]),
    ("Officials in Peru said the border would reopen. Peru said it would send more troops.",
     [("Officials", "Peru", "said", "the border would reopen", False),
      ("Peru", "Peru", "said", "it would send more troops", False)]),
    # NEGATIVE: the parser hangs the hospital on the doctor's name: it is hers, not the speaker
    ("Infectious diseases specialist Dr Tomas Vell Kan Hee of Harlow Novena Hospital said admissions had doubled.",
     [("Infectious diseases specialist", None, "said", "admissions had doubled", False)]),
    # 'the department' is the one ministry; its figures are the ministry's, as the authority's statistics
    ('The Ministry of Fisheries and Coastal Affairs said catches fell by a fifth. The department insisted '
     'that it had "listened carefully" to fishermen.',
     [("The Ministry of Fisheries and Coastal Affairs", "Ministry of Fisheries and Coastal Affairs", "said",
       "catches fell by a fifth", False),
      ("The department", "Ministry of Fisheries and Coastal Affairs", "insisted",
       'it had "listened carefully" to fishermen', False)]),
    ("The Ministry of Water said on Monday that reservoirs were low. According to the department's figures, "
     "40% of wells are dry.",
     [("The Ministry of Water", "Ministry of Water", "said", "reservoirs were low", False),
      ("the department's figures", "Ministry of Water", "according to", "40% of wells are dry", False)]),
    ("The Harbour Authority said berths were full. According to the authority's statistics, 300 ships waited in May.",
     [("The Harbour Authority", "Harbour Authority", "said", "berths were full", False),
      ("the authority's statistics", "Harbour Authority", "according to", "300 ships waited in May", False)]),
    # a sentence-opening common word ('Local', 'Rural') and a plural of initials ('MPs') name no other body
    ("Rural councils face a £2bn gap, a committee of MPs has warned. A spokesperson for the Ministry of Rural "
     "Affairs said funding had risen. The department insisted that it had listened to councils.",
     [("a committee of MPs", None, "warned", "Rural councils face a £2bn gap", False),
      ("A spokesperson for the Ministry of Rural Affairs", "Ministry of Rural Affairs", "said", "funding had risen", False),
      ("The department", "Ministry of Rural Affairs", "insisted", "it had listened to councils", False)]),
    ("Local schools in Velmora lost 300 teachers this year. The Ministry of Learning said it would hire more. "
     "The department said the posts would be filled by May.",
     [("The Ministry of Learning", "Ministry of Learning", "said", "it would hire more", False),
      ("The department", "Ministry of Learning", "said", "the posts would be filled by May", False)]),
    ("Several MEPs criticised the plan on Monday. The Ministry of Ports said it would go ahead. The department "
     "said the first berths would open in May.",
     [("Several MEPs", "MEPs", "criticised", "the plan", False),
      ("The Ministry of Ports", "Ministry of Ports", "said", "it would go ahead", False),
      ("The department", "Ministry of Ports", "said", "the first berths would open in May", False)]),
    # 'the agency' right after the one body headed 'Agency', another of its kind (an 'Office') named only well before
    ("The Office of Budget Planning sent the request to parliament on Monday. Lawmakers debated it for hours. "
     "Harbour Relief Agency director Ana Lind said in a statement that the agency had paused 300 projects. "
     "Roughly 1,800 homes are still empty, the agency said.",
     [("Harbour Relief Agency director Ana Lind", "Ana Lind", "said", "the agency had paused 300 projects", False),
      ("the agency", "Harbour Relief Agency", "said", "Roughly 1,800 homes are still empty", False)]),
    ("The Velt Budget Office published its forecast in May. The Velt Water Agency said on Monday that reservoirs "
     "were low. The agency said rationing would start in June.",
     [("The Velt Water Agency", "Velt Water Agency", "said", "reservoirs were low", False),
      ("The agency", "Velt Water Agency", "said", "rationing would start in June", False)]),
    # NEGATIVE: the other of its kind named in the sentence just before too
    ("The Velt Water Agency said on Monday that reservoirs were low, and the Velt Budget Office agreed. The agency "
     "said rationing would start in June.",
     [("The Velt Water Agency", "Velt Water Agency", "said", "reservoirs were low", False),
      ("The agency", None, "said", "rationing would start in June", False)]),
    # NEGATIVE: a ministry and a department: 'the department' may be either
    ("The Ministry of Water and the Department of Roads met on Monday. The department said the talks had gone well.",
     [("The department", None, "said", "the talks had gone well", False)]),
]


@pytest.mark.parametrize("text, expected", BODIES_DEFINED_OR_PLACED)
def test_speaker_of_body_defined_or_placed(text, expected):
    assert positions_of(text) == expected


# names27: 'the sheriff', a noun no role list has, is the one person named before whose known role
# ends on it; NEGATIVE: no one named so, no one. 'The OC' is the one person whose name the article
# set right after those initials in brackets; NEGATIVE: initials set after no name, or before two.
HOLDERS_OF_ROLES_AND_INITIALS = [
    ("Marlow County Sheriff Darrel Whitby said the suspect had fled. The sheriff said deputies were searching the woods.",
     [("Marlow County Sheriff Darrel Whitby", "Darrel Whitby", "said", "the suspect had fled", False),
      ("The sheriff", "Darrel Whitby", "said", "deputies were searching the woods", False)]),
    ("Sheriff Ann Korbel said the road was closed. Deputy Sheriff Tom Vance said the bridge had failed. "
     "The sheriff said crews would work overnight.",
     [("Sheriff Ann Korbel", "Ann Korbel", "said", "the road was closed", False),
      ("Deputy Sheriff Tom Vance", "Tom Vance", "said", "the bridge had failed", False),
      ("The sheriff", "Ann Korbel", "said", "crews would work overnight", False)]),
    ("Tom Vance, the county sheriff, said two men were held. The sheriff added that a third was sought.",
     [("Tom Vance", "Tom Vance", "said", "two men were held", False),
      ("The sheriff", "Tom Vance", "added", "a third was sought", False)]),
    ("The sheriff said deputies were searching the woods.",
     [("The sheriff", None, "said", "deputies were searching the woods", False)]),
    # a councillor's style written between a post and the name: 'the councillor' is its holder;
    # NEGATIVE: the post alone, no style: no councillor named
    ("Council leader Cllr Ann Lowe opposed the plan on Tuesday. The councillor said costs had doubled.",
     [("The councillor", "Ann Lowe", "said", "costs had doubled", False)]),
    ("Council leader Ann Lowe opposed the plan on Tuesday. The councillor said costs had doubled.",
     [("The councillor", None, "said", "costs had doubled", False)]),
    ('Harbour Police Station Officer-in-Charge (OC) Md Rakibul Islam said two guards had been held. '
     '"The exit was locked," the OC said.',
     [("Md Rakibul Islam", "Md Rakibul Islam", "said", "two guards had been held", False),
      ("the OC", "Md Rakibul Islam", "said", "The exit was locked", True)]),
    ("Chief Executive Officer (CEO) Ann Lowe said sales rose. The CEO said the outlook was strong.",
     [("Chief Executive Officer (CEO) Ann Lowe", "Ann Lowe", "said", "sales rose", False),
      ("The CEO", "Ann Lowe", "said", "the outlook was strong", False)]),
    ("The Chief Executive Officer (CEO) said sales rose. Ann Lowe, the chairwoman, said the board agreed. "
     "The CEO said the outlook was strong.",
     [("The Chief Executive Officer", None, "said", "sales rose", False),
      ("Ann Lowe", "Ann Lowe", "said", "the board agreed", False),
      ("The CEO", None, "said", "the outlook was strong", False)]),
    ("Station Officer (SO) Tom Reed and Station Officer (SO) Ann Lowe arrived. The SO said the fire was out.",
     [("The SO", None, "said", "the fire was out", False)]),
]


@pytest.mark.parametrize("text, expected", HOLDERS_OF_ROLES_AND_INITIALS)
def test_a_description_by_a_known_roles_noun_or_bracketed_initials(text, expected):
    assert positions_of(text) == expected


# describe28: 'the exco member', 'the Ardmore MLA', 'the official' that no known role names is the
# writer's epithet for the person who spoke just before, where the post may be theirs and no one
# else was named since. NEGATIVE: another person named since; a known other role ('a farmer');
# 'the official' for one of no known post; a noun of the other sex; a voice's noun; a former holder;
# a word before the noun not written with the person (a place, a portfolio, a level); someone brought
# in since by a post or person noun; 'the official' after a profession.
POSTS_OF_THE_LAST_SPEAKER = [
    ("Kedah transport exco Rahim Osman said the bridge was safe. The exco member denied that the tender had been rigged.",
     [("Kedah transport exco Rahim Osman", "Rahim Osman", "said", "the bridge was safe", False),
      ("The exco member", "Rahim Osman", "denied", "the tender had been rigged", False)]),
    ('Alliance health spokesman Ciaran Boyd, the Ardmore MLA, said the cuts were "reckless". "Nobody voted for this," the Ardmore MLA said.',
     [("Alliance health spokesman Ciaran Boyd", "Ciaran Boyd", "said", 'the cuts were "reckless"', False),
      ("the Ardmore MLA", "Ciaran Boyd", "said", "Nobody voted for this", True)]),
    ("Regional Commissioner Delia Fonseca ordered the wells closed. She said the office had sent water to the villages. "
     "The official, however, said there was no cause for alarm.",
     [("She", "Delia Fonseca", "said", "the office had sent water to the villages", False),
      ("The official", "Delia Fonseca", "said", "there was no cause for alarm", False)]),
    # (another known holder of the post: that one, by `_definite_role`)
    ("Sinn Féin MLA Roisin Tully asked the question. Alliance health spokesman Ciaran Boyd said the cuts were "
     "reckless. The MLA said nobody voted for this.",
     [("Alliance health spokesman Ciaran Boyd", "Ciaran Boyd", "said", "the cuts were reckless", False),
      ("The MLA", "Roisin Tully", "said", "nobody voted for this", False)]),
    ("Rahim Osman said the bridge was safe, and Tan Ah Kow agreed with him. The exco member denied that the tender had been rigged.",
     [("Rahim Osman", "Rahim Osman", "said", "the bridge was safe", False),
      ("The exco member", None, "denied", "the tender had been rigged", False)]),
    ("Orla Keane said the river rose fast. The exco member said the dam was safe.",
     [("Orla Keane", "Orla Keane", "said", "the river rose fast", False),
      ("The exco member", None, "said", "the dam was safe", False)]),
    ("Orla Keane, a farmer, said the river rose fast. The official said the dam was safe.",
     [("Orla Keane", "Orla Keane", "said", "the river rose fast", False),
      ("The official", None, "said", "the dam was safe", False)]),
    ("Orla Keane said the river rose fast. The congressman said the dam was safe.",
     [("Orla Keane", "Orla Keane", "said", "the river rose fast", False),
      ("The congressman", None, "said", "the dam was safe", False)]),
    ("Mayor Orla Keane said the river rose fast. The spokeswoman said the dam was safe.",
     [("Mayor Orla Keane", "Orla Keane", "said", "the river rose fast", False),
      ("The spokeswoman", None, "said", "the dam was safe", False)]),
    ("Mayor Orla Keane said the river rose fast. The former official said the dam was safe.",
     [("Mayor Orla Keane", "Orla Keane", "said", "the river rose fast", False),
      ("The former official", None, "said", "the dam was safe", False)]),
    # (a portfolio, seat or level before the noun that is not the person's)
    ("Kedah transport exco Rahim Osman said the bridge was safe. Kedah health exco Noor Aini Rahman said the clinic "
     "would open. The transport exco member said the tender was clean.",
     [("Kedah transport exco Rahim Osman", "Rahim Osman", "said", "the bridge was safe", False),
      ("Kedah health exco Noor Aini Rahman", "Noor Aini Rahman", "said", "the clinic would open", False),
      ("The transport exco member", None, "said", "the tender was clean", False)]),
    ("Councillor Brendan Hale, the Ardmore MLA, said the road was dangerous. The Strangford MLA said the plan was unfunded.",
     [("Councillor Brendan Hale", "Brendan Hale", "said", "the road was dangerous", False),
      ("The Strangford MLA", None, "said", "the plan was unfunded", False)]),
    ("Mayor Orla Keane said the river rose fast. The federal official said the dam was safe.",
     [("Mayor Orla Keane", "Orla Keane", "said", "the river rose fast", False),
      ("The federal official", None, "said", "the dam was safe", False)]),
    # (someone brought in since, in the speaker's own words or after)
    ("Mayor Orla Keane said a city official had leaked the report. The official said he had acted in the public interest.",
     [("Mayor Orla Keane", "Orla Keane", "said", "a city official had leaked the report", False),
      ("The official", None, "said", "he had acted in the public interest", False)]),
    ("Mayor Orla Keane said she had asked a state official to inspect the dam. The official said it was safe.",
     [("Mayor Orla Keane", "Orla Keane", "said", "she had asked a state official to inspect the dam", False),
      ("The official", None, "said", "it was safe", False)]),
    ("Mayor Orla Keane said the river rose fast. She added that the state had sent an engineer. The official said the dam was safe.",
     [("Mayor Orla Keane", "Orla Keane", "said", "the river rose fast", False),
      ("She", "Orla Keane", "added", "the state had sent an engineer", False),
      ("The official", None, "said", "the dam was safe", False)]),
    # (a profession is no post 'the official' takes up)
    ("Economist Kai Brandt said growth would slow. The official said the figures were provisional.",
     [("Economist Kai Brandt", "Kai Brandt", "said", "growth would slow", False),
      ("The official", None, "said", "the figures were provisional", False)]),
    ("Mayor Orla Keane said the river rose fast. The official said the dam was safe.",
     [("Mayor Orla Keane", "Orla Keane", "said", "the river rose fast", False),
      ("The official", "Orla Keane", "said", "the dam was safe", False)]),
]


@pytest.mark.parametrize("text, expected", POSTS_OF_THE_LAST_SPEAKER)
def test_a_post_no_known_role_names_is_the_last_speakers_epithet(text, expected):
    assert positions_of(text) == expected



# Bodies named again by a description of their kind (orgref28, session 20)
BODIES_NAMED_AGAIN = [
    # a body named again by its kind ('the agency', 'the force', 'the trust'), also with a word of what it works
    # against ('the anti-graft agency'): the one body whose name's head bodies of that kind bear (KIND_NAME_HEADS)
    ('The Kessa Financial Crimes Commission (KFCC) charged a former mayor on Monday. The anti-graft '
     'agency alleged that he took bribes worth 40 million shillings.',
     [('The Kessa Financial Crimes Commission', 'Kessa Financial Crimes Commission', 'charged', 'a former mayor', False),
      ('The anti-graft agency', 'Kessa Financial Crimes Commission', 'alleged', 'he took bribes worth 40 million shillings', False)]),
    ('Fraud charges were filed by the Orwin Ethics Commission (OEC). The anti-corruption agency said the '
     'former minister had hidden assets abroad. The agency said 12 accounts were frozen.',
     [('The anti-corruption agency', 'Orwin Ethics Commission', 'said', 'the former minister had hidden assets abroad', False),
      ('The agency', 'Orwin Ethics Commission', 'said', '12 accounts were frozen', False)]),
    ('The Dorvan Security Bureau (DSB) raided three flats on Tuesday. The counter-terrorism agency said two '
     'suspects had fled.',
     [('The counter-terrorism agency', 'Dorvan Security Bureau', 'said', 'two suspects had fled', False)]),
    ('Two men were arrested in raids by the Larch Valley Constabulary on Sunday. The force said both '
     'had been released on bail.',
     [('The force', 'Larch Valley Constabulary', 'said', 'both had been released on bail', False)]),
    ('Kessa Valley Police said a third man was held. The force said he would appear in court on '
     'Monday.',
     [('Kessa Valley Police', 'Kessa Valley Police', 'said', 'a third man was held', False),
      ('The force', 'Kessa Valley Police', 'said', 'he would appear in court on Monday', False)]),
    # the story's first sentence speaks of the body by its kind with 'a' ('A hospital trust in X has ...') and the
    # next names it as its subject: no other trust, so 'the trust' takes up the one named
    ('A hospital trust in Orwin has declared a critical incident. The Larch Valley Health Trust said '
     'its wards were full. The trust said 93 patients were waiting for beds.',
     [('The Larch Valley Health Trust', 'Larch Valley Health Trust', 'said', 'its wards were full', False),
      ('The trust', 'Larch Valley Health Trust', 'said', '93 patients were waiting for beds', False)]),
    ('A health trust has cancelled all routine operations this week. Kessa Community NHS Trust blamed '
     'staff shortages. The trust added that the cancellations would last until Friday.',
     [('Kessa Community NHS Trust', 'Kessa Community NHS Trust', 'blamed', 'staff shortages', False),
      ('The trust', 'Kessa Community NHS Trust', 'added', 'the cancellations would last until Friday', False)]),
    # NEGATIVE (mend_orgref28): 'anti-X' before a business's or campaign's kind works against the body named ('the
    # anti-smoking group' after a tobacco group); before an enforcement kind it takes up only a body named with its
    # bracketed initials (a name's field words may make it another body of the field: 'Athletics', 'Ethics')
    ('Kessa Tobacco Group reported record profits on Tuesday. The anti-smoking group said the figures were a scandal.',
     [('Kessa Tobacco Group', 'Kessa Tobacco Group', 'reported', 'record profits', False),
      ('The anti-smoking group', None, 'said', 'the figures were a scandal', False)]),
    ('Orwin Brewing Company raised its prices. The anti-alcohol group said the rise was too small.',
     [('The anti-alcohol group', None, 'said', 'the rise was too small', False)]),
    ('The Kessa Athletics Commission banned the runner for two years. The anti-doping agency said the sample '
     'had been tested twice.',
     [('The anti-doping agency', None, 'said', 'the sample had been tested twice', False)]),
    ('Fraud charges were filed by the Orwin Ethics Commission. The anti-corruption agency said the former '
     'minister had hidden assets abroad.',
     [('The anti-corruption agency', None, 'said', 'the former minister had hidden assets abroad', False)]),
    # NEGATIVE (mend_orgref28): the lede's 'a <kind>' set apart by its own clause ('representing pilots'), or the
    # next sentence's body set apart by a relative clause: two bodies of the kind, 'the union' may be either
    ('A union representing pilots has called a strike at Velmor Airways. The Kessa Transport Union, which '
     'represents cabin crew, said it would not join. The union said 900 pilots would walk out on Friday.',
     [('The Kessa Transport Union', 'Kessa Transport Union', 'said', 'it would not join', False),
      ('The union', None, 'said', '900 pilots would walk out on Friday', False)]),
    ('A trust that runs four care homes has closed one of them. The Orwin Care Trust said 30 residents '
     'would move. The trust said staff would be redeployed.',
     [('The Orwin Care Trust', 'Orwin Care Trust', 'said', '30 residents would move', False),
      ('The trust', None, 'said', 'staff would be redeployed', False)]),
    # NEGATIVE: two bodies of the kind, another word before the kind ('the foreign agency'), two forces, a lede
    # body of the kind the next sentence does not name as its subject (another trust may be meant)
    ('The Kessa Financial Crimes Commission and the Orwin Audit Bureau raided the office. The '
     'anti-graft agency said 12 files were seized.',
     [('The anti-graft agency', None, 'said', '12 files were seized', False)]),
    ('The Kessa Financial Crimes Commission charged a former mayor. The foreign agency said the mayor '
     'had fled.',
     [('The Kessa Financial Crimes Commission', 'Kessa Financial Crimes Commission', 'charged', 'a former mayor', False),
      ('The foreign agency', None, 'said', 'the mayor had fled', False)]),
    ('The Larch Valley Constabulary and Orwin County Police searched the woods. The force said the '
     'search would resume.',
     [('The force', None, 'said', 'the search would resume', False)]),
    ('A hospital trust in Orwin has declared a critical incident. The Kessa Health Board said it '
     'would send staff. The Larch Valley Health Trust opened a ward. The trust said 93 patients were '
     'waiting.',
     [('The Kessa Health Board', 'Kessa Health Board', 'said', 'it would send staff', False),
      ('The trust', None, 'said', '93 patients were waiting', False)]),
    ('Patients waited 30 hours at a hospital trust in Orwin. The Larch Valley Health Trust said its '
     'wards were full. The trust said 93 patients were waiting for beds.',
     [('The Larch Valley Health Trust', 'Larch Valley Health Trust', 'said', 'its wards were full', False),
      ('The trust', None, 'said', '93 patients were waiting for beds', False)]),
]


@pytest.mark.parametrize("text, expected", BODIES_NAMED_AGAIN)
def test_a_body_named_again_by_its_kind(text, expected):
    assert positions_of(text) == expected
