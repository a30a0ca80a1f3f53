"""Figures: numeric claims, and what only looks like one. Sentences written for the tests;
the larger table, by kind of amount, is test_figure_claims.py.

Each row asserts the whole list of figure records of its text."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure


CASES = [
    ("More than 1,000 civilians were killed in the raids.", [("More than 1,000", 1000, 1000, None, "civilians", "more than")]),
    ("The fund will cost £5.5bn in total.", [("£5.5bn", 5.5e9, None, None, "pounds", None)]),
    ("The company lost $137M last quarter.", [("$137M", 137e6, None, None, "dollars", None)]),
    ("The bank lent 3 million euros to the farmers.", [("3 million", 3e6, None, None, "euros", None)]),
    ("Turnout fell to 41.5% in the capital.", [("41.5%", 41.5, None, None, "% turnout", None)]),
    ("Turnout fell by 12 per cent in the capital.", [("12 per cent", 12, None, None, "% fall in turnout", None)]),
    ("Between 20 and 30 boats left the harbour.", [("Between 20 and 30", 20, 20, 30, "boats", "between")]),
    ("Fifty-three soldiers were wounded.", [("Fifty-three", 53, None, None, "soldiers", None)]),
    ("Dozens of protesters gathered outside.", [("Dozens", 24, 24, 99, "protesters", None)]),
    ("Hundreds of families fled the floods.", [("Hundreds", 100, 100, 999, "families", None)]),
    ("Several thousand troops crossed the border.", [("Several thousand", 2000, 2000, 9000, "troops", None)]),
    # what only looks like a quantity
    ("The vote takes place on 12 March in the capital.", []),             # day of the month
    ("She finished 3rd in the race and was the first to speak.", []),     # ordinals
    ("John Smith, 45, told the court he was innocent.", []),              # age as identifier
]


@pytest.mark.parametrize("text, expected", CASES)
def test_figures(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


# A figure belongs to the statement whose content holds it, never to a speaker whose words it merely shares.
CLAIMS = [
    ("Anna Berg said the network would often fail. The flood destroyed ten houses.",
     [("ten", 10, None, None, "houses", None, None, 1)]),
    ("Anna Berg said 40 people had been arrested.",
     [("40", 40, None, None, "people", None, "Anna Berg")]),
    ("A police spokesman said 40 people had been arrested.",
     [("40", 40, None, None, "people", None, None, 0, "A police spokesman")]),
    # claims26: what a verb of asking requests is no question
    ("Tom Reed asked the regulator to approve a 33 per cent rise in bills.",
     [("33 per cent", 33, None, None, "% rise in bills", None, "Tom Reed")]),
    ("The union asked for a 12 percent pay rise.", [("12 percent", 12, None, None, "% pay rise", None, None)]),
    ("Tom Reed asked the minister whether 40 people had died.", []),
    ("Tom Reed asked the minister to explain whether 3,000 jobs would be cut.", []),
    ("Tom Reed asked the minister to say how 3,000 jobs would be saved.", []),
    ('Tom Reed said: "We lost 40 boats in the storm and nobody helped."',
     [("40", 40, None, None, "boats", None, "Tom Reed")]),
]


@pytest.mark.parametrize("text, expected", CLAIMS)
def test_figure_claimant(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


# Numbers as the world writes them: South Asian scales and digit grouping, currency marks that
# are no single sign, scale abbreviations after a space, verbs of passing; and what only looks
# like such an amount. Negative rows first.
CONVENTIONS = [
    # no figure, or no more than the plain reading
    ("The droid R2-D2 appeared on the poster.", []),
    ("The council adopted the 5R plan last week.", []),
    ("The shop called £ Stretcher sold out.", []),
    ("One diplomat said the chances of a deal were fifty-fifty at best.", []),       # an idiom, not 2,500
    ("($1 = 83.2 rupees)", [("83.2", 83.2, None, None, "rupees", None)]),          # the 1 is the unit of exchange
    ("USD 1 = INR 83.2 at the close.", [("INR 83.2", 83.2, None, None, "rupees", None)]),
    ("Staff were paid late in two of the last three months.", []),                  # when, not how many
    ("The state owed them three months of allowances.", []),                        # a span measuring something
    ("About a third were apprenticeships lasting six months or less.", []),         # which ones, no amount
    ("Villagers with 2 lakh rupees or more were excluded.", []),
    ("The Senate passed 12 bills on Monday.", [("12", 12, None, None, "bills", None)]),
    ("She topped three polls in the spring.", [("three", 3, None, None, "polls", None)]),
    ("The bill passed 52 votes to 48 in the Senate.",
     [("52", 52, None, None, "votes", None), ("48", 48, None, None, "votes", None)]),
    ("Prices never topped $5 that year.", [("$5", 5, None, None, "dollars", None)]),
    ("He sold 5 m of cable.", [("5", 5, None, None, "m", None)]),
    ("The 5 tn lorry crashed on the bypass.", []),
    ("Thirty five people were hurt in the crash.", [("Thirty five", 35, None, None, "people", None)]),
    ("Ten years of war have killed 300,000 people.",          # a stretch of time holding something: a duration
     [("300,000", 300000, None, None, "people", None)]),
    ("Only two of those weeks were paid.", [("two", 2, None, None, "weeks", None)]),
    ("Two of the last three buses were late.",
     [("Two", 2, None, None, "buses", None), ("three", 3, None, None, "buses", None)]),
    ("The firm owed them three months of work.", [("three", 3, None, None, "months", None)]),
    ("Sales rose 30 per cent and 50 more stores opened.",
     [("30 per cent", 30, None, None, "% rise in sales", None), ("50", 50, None, None, "stores", None)]),
    ("The plan costs $30 million, not 50.", [("$30 million", 3e7, None, None, "dollars", None)]),
    ("The firm sold 20 million dollar bonds.", [("20 million", 2e7, None, None, "dollars", None)]),
    ("The state will fund up to 40 schools.", [("up to 40", 40, None, 40, "schools", "up to")]),
    ("The price is 20 times higher than in 2010.", [("20", 20, None, None, "times", None)]),
    ("Fares rose three times a year.", [("three", 3, None, None, "times a year", None)]),
    # read
    ("Residents who packed the chamber, about 200 of them at the peak, booed.",
     [("about 200", 200, None, None, "residents", "about")]),
    ("Your debt is now about 4.3 times earnings.", [("about 4.3", 4.3, None, None, "times earnings", "about")]),
    ("Germany, he said, was prepared to guarantee up to 27 per cent of the facility.",
     [("up to 27 per cent", 27, None, 27, "% of facility", "up to")]),
    ("That is a drop of about 30 per cent, not 50.",          # the figure set right is no claim
     [("about 30 per cent", 30, None, None, "% drop", "about")]),
    ("Officials counted 300 police officers at the scene.",       # unnamed finders: their words the source
     [("300", 300, None, None, "police officers", None, None, 0, "Officials")]),
    ("A request for 1.5 million oral vaccine doses had been sent.",
     [("1.5 million", 1.5e6, None, None, "oral vaccine doses", None)]),
    ("His office said 2.6 lakh young people had found jobs.", [("2.6 lakh", 260000, None, None, "people", None)]),
    ("The number fell from roughly 4.1 lakh to 2 lakh.", []),     # a number of nothing named
    ("Claims fell from roughly 4.1 lakh to 2 lakh claims.",
     [("roughly 4.1 lakh", 410000, None, None, "claims", "about"), ("2 lakh", 200000, None, None, "claims", None)]),
    ("Profit rose to Rs 2,410 crore.", [("Rs 2,410 crore", 2.41e10, None, None, "rupees", None)]),
    ("The firm will invest ₹8,000 crore in a new plant.", [("₹8,000 crore", 8e10, None, None, "rupees", None)]),
    ("The dashboard lists 1,84,000 placements since its launch.",
     [("1,84,000", 184000, None, None, "placements", None)]),
    ("Shares hit a record high of Rs. 1,486 on Friday.", [("Rs. 1,486", 1486, None, None, "rupees", None)]),
    ("A tax would cost us perhaps R$800 million a year.",
     [("perhaps R$800 million", 8e8, None, None, "reais a year", "perhaps")]),
    ("The fund holds CHF 4.5 billion in bonds.", [("CHF 4.5 billion", 4.5e9, None, None, "francs", None)]),
    ("The firm paid KSh 2 billion in taxes.", [("KSh 2 billion", 2e9, None, None, "Kenyan shillings", None)]),
    # East Africa's shillings: "Sh" as Kenyan and Ugandan papers write it, only before an amount
    # written as money (a scale, thousands grouped); CLDR's "TSh", "USh"
    ("The Kaloma county set aside Sh2.1 billion for roads.", [("Sh2.1 billion", 2.1e9, None, None, "shillings", None)]),
    ("Traders lost Shs450 million in the fire.", [("Shs450 million", 4.5e8, None, None, "shillings", None)]),
    ("The clerk paid Sh12,500 to each farmer.", [("Sh12,500", 12500, None, None, "shillings per farmer", None)]),
    ("A permit costs TSh 3,000 in Tembo.", [("TSh 3,000", 3000, None, None, "Tanzanian shillings", None)]),
    ("A bus ticket costs USh 12,000 in Kaloma.", [("USh 12,000", 12000, None, None, "Ugandan shillings", None)]),
    ("The Sh1 road was closed after the storm.", []),            # NEGATIVE: a road, no money
    ("The band played Sh2 and Sh3 from its first album.", []),
    ("Traders at the Sh4 market sold bananas.", []),
    ("The tanker docked at berth Sh 14 on Monday.", []),
    ("Revenue climbed to GH¢2.4bn over the year.", [("GH¢2.4bn", 2.4e9, None, None, "cedis", None)]),
    ("The lender advanced GHS 40 million to cocoa farmers.", [("GHS 40 million", 4e7, None, None, "cedis", None)]),
    ("The GH¢ sign was printed in gold on the new note.", []),
    ("The port cost $5 bn to build.", [("$5 bn", 5e9, None, None, "dollars", None)]),
    ("Overtime costs had topped $40 million last year.",
     [("$40 million", 4e7, 4e7, None, "dollars", "more than")]),
    ("The national total had passed 9,000 suspected cases.",
     [("9,000", 9000, 9000, None, "suspected cases", "more than")]),
    # a stretch of time holding what filled it is a duration, no figure (a penalty, a loss are)
    ("The archive holds two decades of rainfall records.", []),
    ("The coach gave forty years of her youth to the club.", []),
    ("The treaty ends more than ten years of quarrels over fishing rights.", []),
    ("The nurses had complained about the rota for more than two years.", []),
    ("The tenants have written about the damp for four years.", []),
    ("He was sentenced to ten years of hard labour.", [("ten", 10, None, None, "years", None)]),
    ("Pupils missed three years of school during the war.", [("three", 3, None, None, "years", None)]),
    ("The king ordered three days of national mourning.", [("three", 3, None, None, "days", None)]),
    ("Two weeks of strikes closed the port.", [("Two", 2, None, None, "weeks", None)]),
    ("The mill paid 300 workers for two decades.", [("300", 300, None, None, "workers", None)]),
    # a measure hyphened to a bare plural sorts things into a kind; a scale word as an adjective
    ("The yard builds blades for 8-megawatt wind turbines.", []),
    ("The quarry buys 40-tonne trucks from Sweden.", []),
    ("Engineers tested 12-metre masts on the hill.", []),
    ("The port bought a 40-tonne crane.", [("40", 40, None, None, "tonnes", None)]),
    ("The firm sold a 30-foot boat.", [("30", 30, None, None, "feet", None)]),
    ("A 12-man crew was rescued.", [("12", 12, None, None, "men", None)]),
    ("The yard builds 20 turbines of 8 megawatts each.",
     [("20", 20, None, None, "turbines", None), ("8", 8, None, None, "megawatts per turbine", None)]),
    ("Investors balked at a billion-dollar bridge over the bay.", []),
    ("Nobody wanted a million-pound stadium in the village.", []),
    ("The firm is a billion-dollar business now.", []),
    ("It was a $2 billion project.", [("$2 billion", 2e9, None, None, "dollars", None)]),
    ("The council found a billion dollars for roads.", [("a billion", 1e9, None, None, "dollars", None)]),
    # a correction: the figure withdrawn, and the figure put right where it repeats one given before
    ("Revenue reached €40m in the quarter. It was €40m, not €14m.", [("€40m", 4e7, None, None, "euros", None)]),
    ("The charity spent £2m, not £3m as reported.", [("£2m", 2e6, None, None, "pounds", None)]),
    ("Gate receipts came to $8m this year, not $6m.", [("$8m", 8e6, None, None, "dollars", None)]),
    # ranges: two percentages before their noun, a currency written once; a change stays two figures
    ("The bank kept its 3% to 4% target for inflation.", [("3% to 4%", 3, 3, 4, "%", None)]),
    ("Analysts expect a 2% to 3% increase in wages.", [("2% to 3%", 2, 2, 3, "% increase in wages", None)]),
    ("Profit should sit near the top of our 6% to 7.5% band.", [("6% to 7.5%", 6, 6, 7.5, "%", None)]),
    ("Prices rose 5% to 25% last year.", [("5%", 5, None, None, "% rise in prices", None), ("25%", 25, None, None, "%", None)]),
    ("The union raised its 5% to 7% this week.", [("5%", 5, None, None, "%", None), ("7%", 7, None, None, "%", None)]),
    ("Traders put the price at $1,200-1,500 a tonne.", [("$1,200-1,500", 1200, 1200, 1500, "dollars a tonne", None)]),
    ("Farmers were offered ₹2,100-2,400 per quintal for wheat.",
     [("₹2,100-2,400", 2100, 2100, 2400, "rupees per quintal", None)]),
    ("The score was 3-1 to the visitors.", []),
    # the unit with what it is per
    ("The auction cleared at £95 per megawatt hour last year.", [("£95", 95, None, None, "pounds per megawatt hour", None)]),
    ("Households pay 30 cents per kilowatt hour.", [("30", 30, None, None, "cents per kilowatt hour", None)]),
    ("The court fined the bank €20,000 for each day of delay.",
     [("€20,000", 20000, None, None, "euros per day of delay", None)]),
    ("The city charges $40 for every tonne of waste.", [("$40", 40, None, None, "dollars per tonne of waste", None)]),
    ("The firm paid $500 for each of the workers.", [("$500", 500, None, None, "dollars", None)]),
    ("Gusts reached 140 km/h along the coast.", [("140", 140, None, None, "km/h", None)]),
    ("The train runs at 300 km/h between the cities.", [("300", 300, None, None, "km/h", None)]),
    ("The cyclists rode 40 km / 25 miles.", [("40", 40, None, None, "km", None), ("25", 25, None, None, "miles", None)]),
    # a count that passed a bare number went over it; people passing things do not
    ("Confirmed infections passed 2,500 on Monday.", [("2,500", 2500, 2500, None, "confirmed infections", "more than")]),
    ("Reported thefts topped 900 in March.", [("900", 900, 900, None, "reported thefts", "more than")]),
    ("The senators passed 12 bills in June.", [("12", 12, None, None, "bills", None)]),
    ("The runners passed 20 checkpoints.", [("20", 20, None, None, "checkpoints", None)]),
    # near-misses of the rules above: a year as the base, thousands written once, a change of a
    # stake, a vote's tally, 'for each' before no unit, a slash typed for a space
    ("One vote in 2016 changed the country.", []),
    ("One man in 2020 was arrested.", []),
    ("The rent ranges from £20-25,000 a year.", []),
    ("Salaries of $40-60,000 are common.", []),
    ("The firm raised its 20% to 30% stake in the mill.",
     [("20%", 20, None, None, "%", None), ("30%", 30, None, None, "% stake", None)]),
    ("The party lifted its 30% to 35% share of the vote.",
     [("30%", 30, None, None, "%", None), ("35%", 35, None, None, "%", None)]),
    ("The resolutions passed 30 to nil.", []),
    ("The motions passed 12-0.", []),
    ("Complaints passed 900 to set a record.", [("900", 900, 900, None, "complaints", "more than")]),
    ("The state pays $500 for each and every veteran.", [("$500", 500, None, None, "dollars", None)]),
    ("The club charges £10 for each extra bag.", [("£10", 10, None, None, "pounds", None)]),
    ("The airline refunds $200 for each cancelled flight.", [("$200", 200, None, None, "dollars", None)]),
    ("The charity raised $5m for every school in the county.", [("$5m", 5e6, None, None, "dollars", None)]),
    ("He ran 10 km/and then rested.", [("10", 10, None, None, "km", None)]),
    ("Ticket prices went up by $5 to 45.", []),      # a change and a level, no range of dollars
]


@pytest.mark.parametrize("text, expected", CONVENTIONS)
def test_number_conventions(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


# Money written with the marks CLDR gives a currency (generator/currency_marks.py) or a house
# style of the press, and decimal commas after a currency; and the codes and names that only look
# like such an amount. Negative rows first.
MONEY_MARKS = [
    ("The Rp7 phone sold out in Tarvale.", []),                                       # a model, no scale
    ("Engineers fitted the P6 engine to the Korlan ferry.", []),
    ("The K9 unit searched the Osk warehouse.", []),
    ("Tk 12 was the name of the robot, said Lina Varo.", []),
    ("The Le 12 race drew fans to Vemmen.", []),
    ("ALL 1,200 staff of the Brix mill were sent home.", [("1,200", 1200, None, None, "staff", None)]),   # a word, no lek
    ("Seats 3,4 were empty at the Dalro fair.", []),                                     # no decimal comma without a currency
    ("The ministry set aside Rp 4.5 trillion for the Sawe dam.", [("Rp 4.5 trillion", 4.5e12, None, None, "rupiah", None)]),
    ("Farmers in Bentar earn Rp4,500 a day.", [("Rp4,500", 4500, None, None, "rupiah a day", None)]),
    ("The bank lent IDR 2 trillion to the Kolu works.", [("IDR 2 trillion", 2e12, None, None, "rupiah", None)]),
    ("The council approved Tk 300 crore for Morrel roads.", [("Tk 300 crore", 3e9, None, None, "taka", None)]),
    ("Rice in Pelgram rose to ৳45 a kilo.", [("৳45", 45, None, None, "taka a kilo", None)]),
    ("Exports of the Dovan mills reached BDT 1,200 crore.", [("BDT 1,200 crore", 1.2e10, None, None, "taka", None)]),
    ("Prices at the Hewa market rose to ZiG26,8 million.", [("ZiG26,8 million", 26.8e6, None, None, "ZiG", None)]),
    ("Diesel in Rondo costs US$6,10 a litre.", [("US$6,10", 6.1, None, None, "dollars a litre", None)]),
    ("The Vell firm paid MX$40 million for the plant.", [("MX$40 million", 40e6, None, None, "pesos", None)]),
    ("The Ostra fund won NIS 5 million.", [("NIS 5 million", 5e6, None, None, "shekels", None)]),
    ("The Kamber mill lost ₺80 million.", [("₺80 million", 80e6, None, None, "lira", None)]),
    ("The state gave Rs 1,20,000 to each Tarna family.", [("Rs 1,20,000", 120000, None, None, "rupees per family", None)]),
    ("The Lusaka council spent K2.5 billion on Zambian roads.", [("K2.5 billion", 2.5e9, None, None, "kwacha", None)]),
    ("The Morvane council spent K2.5 billion on roads.", []),                          # kwacha, kina or kyats: no country says
    # dollars and shillings of many countries: the mark names the country, and so does the unit
    ("Quillon Estates earned HK$3.6 billion last year.", [("HK$3.6 billion", 3.6e9, None, None, "Hong Kong dollars", None)]),
    ("The Tamsui plant will cost NT$42 billion.", [("NT$42 billion", 42e9, None, None, "New Taiwan dollars", None)]),
    ("Orvelle Shipping lost S$18.5 million, or US$13.7 million.",
     [("S$18.5 million", 18.5e6, None, None, "Singapore dollars", None),
      ("US$13.7 million", 13.7e6, None, None, "dollars", None)]),
    ("The Darrow mine was sold for 640 million Australian dollars.",
     [("640 million", 640e6, None, None, "Australian dollars", None)]),
    ("Hauliers pay CAD 95 a day at the Pellow depot.", [("CAD 95", 95, None, None, "Canadian dollars a day", None)]),
    ("The Mbeya road will cost Tsh380 billion, while Kisumu spent Ksh2.4 billion on its bypass.",
     [("Tsh380 billion", 380e9, None, None, "Tanzanian shillings", None),
      ("Ksh2.4 billion", 2.4e9, None, None, "Kenyan shillings", None)]),
    ("The Tsh2 bus left the Kilosa depot.", []),                                         # a code, no amount of money
]


@pytest.mark.parametrize("text, expected", MONEY_MARKS)
def test_money_marks(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


def test_currency_marks_are_cldrs():
    """generator/currency_marks.py is what generator/currency_table.py builds from babel's CLDR
    (another babel release may hold other CLDR data: then the table is to be built anew)."""
    import babel
    from generator import currency_marks, currency_table
    if babel.__version__ != currency_marks.BABEL_VERSION:
        pytest.skip(f"built from babel {currency_marks.BABEL_VERSION}, this is {babel.__version__}: "
                    "run python -m generator.currency_table")
    marks, letters = currency_table.build()
    assert (currency_marks.CLDR_CURRENCY_MARKS, currency_marks.CLDR_LETTER_MARKS) == (marks, letters)


# How often something happened, how many anonymous sources the reporter has, and a bare number
# pointing back to a set already counted are no figures; multiples, tolls and claims are.
# Negative rows first.
OCCASIONS_AND_SOURCES = [
    ("The minister has visited the region twice this year.", []),
    ("Officials met four times last month.", []),
    ("Police questioned the driver three times before releasing him.", []),
    ("Both sides lost the vote three times in a row.", []),
    ("The two people familiar with the matter said the deal was close.", []),
    # sources who keep their names back; a parent described by the count of her children; how long
    # a named person has held a role; a deadline counted in working days; an amount supposed in a
    # counterfactual 'if' clause
    ("Three former officials, who requested anonymity, described the cuts.", []),
    ("Two nurses, who asked not to be identified, said wards were full.", []),
    ("Two former managers and a porter, who would not be identified, described the delays.", []),
    ("Two former managers said the plan was flawed.", [("Two", 2, None, None, "managers", None)]),
    ("Two officials who were named in the report resigned.", [("Two", 2, None, None, "officials", None)]),
    ("Ten workers, who were not paid, walked out.", [("Ten", 10, None, None, "workers", None)]),
    # people not (yet) named who do not speak are counted, no anonymous sources
    ("Five soldiers, who could not be identified, were killed in the blast.", [("Five", 5, None, None, "soldiers", None)]),
    ("Two bodies, which have not been identified, were found.", [("Two", 2, None, None, "bodies", None)]),
    ("Four suspects, who cannot be named for legal reasons, were charged.", [("Four", 4, None, None, "suspects", None)]),
    ("Three officials who were not identified by police were arrested.", [("Three", 3, None, None, "officials", None)]),
    ("Twelve victims, who were not named, died in the crash.", [("Twelve", 12, None, None, "victims", None)]),
    ("Two men and three women, who have not been named, were hurt.",
     [("Two", 2, None, None, "men", None), ("three", 3, None, None, "women", None)]),
    ("Grace Otieno, a mother of four who runs a kiosk, spoke.", []),
    ("Peter Lang, a father of three young children, lost his job.", []),
    ("The widow, a grandmother of six, spoke at the hearing.", []),
    ("The mother of four victims addressed the court.", [("four", 4, None, None, "victims", None)]),
    ("He is the father of two of the suspects.", [("two", 2, None, None, "suspects", None)]),
    ("The report surveyed 300 mothers of young children.", [("300", 300, None, None, "mothers", None)]),
    ("Anna Berg, a bus driver for 22 years, said the route was cut.", []),
    ("Tom Reed, a teacher for nine years, joined the strike.", []),
    ("Ann Lowe, a nurse for 30 years, retired.", []),
    ("The firm employed 22 drivers for 11 years.", [("22", 22, None, None, "drivers", None)]),
    ("The court jailed Tom Reed, a driver, for 12 years.", [("12", 12, None, None, "years", None)]),
    ("The agency has 60 working days to respond.", []),
    ("The council has 20 calendar days to publish its plan.", []),
    ("The strike lasted 12 working days.", [("12", 12, None, None, "working days", None)]),
    ("Staff lost 30 working days to illness.", [("30", 30, None, None, "working days", None)]),
    ('"If I had 20 cows I would sell them," she said.', []),
    ("If the firm hired 300 workers, the town would recover.", []),
    ("If a farmer owned 10 acres, he could feed his family, the minister said.", []),
    ("If prices rise 5%, we will cut 200 jobs.",
     [("5%", 5, None, None, "% rise in prices", None), ("200", 200, None, None, "jobs", None)]),
    ("When the firm hired 300 workers, the town recovered.", [("300", 300, None, None, "workers", None)]),
    ("The firm would hire 300 workers if it won the contract.", [("300", 300, None, None, "workers", None)]),
    ("Three sources familiar with the negotiations said the deal was close.", []),
    ("According to two people familiar with the plan, the deal is close.", []),
    ("Two officials close to the president told reporters the deal was close.", []),
    ("All three were released without charge on Friday.", []),
    ("The three were charged with fraud on Monday.", []),
    ("Lawyers for the other three women declined to comment.", []),
    ("The other two suspects were released on bail.", []),
    ("Her other four brothers live abroad.", []),
    ("Nobody knows whether the other two women freed from the jail in May have written to him.",
     [("two", 2, None, None, "women", None)]),
    ("The other three boats that sank were never found.", [("three", 3, None, None, "boats", None)]),
    # what stays
    ("The new plant produces twice as many cars as the old one.", [("twice", 2, None, None, "times cars", None)]),
    ("The fund now holds three times that amount.", [("three", 3, None, None, "times", None)]),
    ("The debt is four times last year's level.", [("four", 4, None, None, "times", None)]),
    ("Officials said 40 people familiar with the area had fled.", [("40", 40, None, None, "people", None, "officials")]),
    ("Two people close to the fire were injured.", [("Two", 2, None, None, "people", None)]),
    ("All 239 on board were killed.", [("239", 239, None, None, "people", None)]),
    ("The remaining 40 hostages were freed on Sunday.", [("40", 40, None, None, "hostages", None)]),
    ("Three pilots familiar with the aircraft had raised concerns about it.", [("Three", 3, None, None, "pilots", None)]),
    ("Only three were found alive.", [("three", 3, None, None, "people", None)]),
]


@pytest.mark.parametrize("text, expected", OCCASIONS_AND_SOURCES)
def test_occasions_and_sources(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


# A bare number whose unit the structure of its clause gives: the level a tally or a plural count
# reaches, the figure it is compared with, the plural noun 'them' stands for, the figure it restates
# per period, the voters a vote counts. Where the structure gives no unit, or two, nothing.
UNITS_FROM_CONTEXT = [
    # claims26: what a named body's members are counted as; a fraction of a noun after an amount
    # written with a hyphen; a count before a hyphen no part of the noun
    ("She said more than 200 State Emergency Service (SES) volunteers had been sent to the coast.",
     [("more than 200", 200, 200, None, "State Emergency Service volunteers", "more than")]),
    ("The airline flew 40 Airbus jets last year.", [("40", 40, None, None, "Airbus jets", None)]),
    ("The agency had spent less than half of its R2.4-billion capital budget in the last year.",
     [("less than half", 0.5, None, 0.5, "share of capital budget", "less than"),
      ("R2.4-billion", 2.4e9, None, None, "rand", None)]),
    ("About half of the 40-member board voted against.",
     [("About half", 0.5, None, None, "share of board", "about"), ("40", 40, None, None, "members", None)]),
    # a hyphenated noun the tokenizer split is counted whole
    ("The program covers nine sub-counties in the region.", [("nine", 9, None, None, "sub-counties", None)]),
    ("Officials visited four sub-districts on Monday.", [("four", 4, None, None, "sub-districts", None)]),
    ("They bought two high-speed trains.", [("two", 2, None, None, "high-speed trains", None)]),
    # the level of a tally or of a plural count noun
    ("The number of asylum claims rose to 12,400 last year.", [("12,400", 12400, None, None, "asylum claims", None)]),
    ("The number of registered voters reached 2.3 million in March.",
     [("2.3 million", 2.3e6, None, None, "registered voters", None)]),
    ("The number of homeless families stood at 8,150 in June.", [("8,150", 8150, None, None, "homeless families", None)]),
    ("The number of hospital beds was cut from 400 to 310.",
     [("400", 400, None, None, "hospital beds", None), ("310", 310, None, None, "hospital beds", None)]),
    ("By Friday the number of probable and proven mumps cases had climbed to 1,208.",
     [("1,208", 1208, None, None, "mumps cases", None)]),
    ("Applications for the grant totalled 4,300 this spring.", [("4,300", 4300, None, None, "applications", None)]),
    ("Complaints reached 950 in the first quarter.", [("950", 950, None, None, "complaints", None)]),
    ("Visitors to the museum totalled 84,000 last year.", [("84,000", 84000, None, None, "visitors", None)]),
    ("Total arrests rose to 212 by Sunday evening.", [("212", 212, None, None, "arrests", None)]),
    ("Admissions fell from 45 to 20 a day.",
     [("45", 45, None, None, "admissions a day", None), ("20", 20, None, None, "admissions a day", None)]),
    ("Coastal storms: death toll climbs to 18", [("18", 18, None, None, "deaths", None)]),
    # a measure, money, a decimal, a tally of nothing named, a noun counted already: no unit
    ("The temperature reached 41 on Tuesday.", []),
    ("Interest rates stood at 5 in June.", []),
    ("Winds reached 120 overnight.", []),
    ("Exports reached 950 in May.", []),
    ("Arrivals reached 2.5 in the first quarter.", []),
    ("The number rose to 40 after the merger.", []),
    ("The typical flock size grew to 340 over the decade.", []),
    ("Forty lorries reached 90 on the motorway.", [("Forty", 40, None, None, "lorries", None)]),
    ("Our younger players reached 12 in the national rankings.", []),
    ("Registrations topped 10,000 within a week.", [("10,000", 10000, 10000, None, "registrations", "more than")]),
    # compared with a figure of the same clause
    ("The agency recorded 5,300 break-ins this year, up from 4,100 in 2024.",
     [("5,300", 5300, None, None, "break-ins", None), ("4,100", 4100, None, None, "break-ins", None)]),
    ("The shelter now houses 340 refugees, compared with 210 last year.",
     [("340", 340, None, None, "refugees", None), ("210", 210, None, None, "refugees", None)]),
    ("Prices rose 4% in June, up from 3.1 in May.", [("4%", 4, None, None, "% rise in prices", None), ("3.1", 3.1, None, None, "% rise in prices", None)]),
    ("Turnout was 62%, against 58 at the last election.",
     [("62%", 62, None, None, "% turnout", None), ("58", 58, None, None, "% turnout", None)]),
    ("She was 40 when she moved, compared with 25 for her sister.", []),
    ("The bus leaves at 9, up from 8 last year.", []),
    ("The agency recorded 5,300 break-ins this year, up from last year.", [("5,300", 5300, None, None, "break-ins", None)]),
    # 'N of them': the one plural noun named before
    ("The council wrote to the landlords; 120 of them have not replied.", [("120", 120, None, None, "landlords", None)]),
    ("The firm hired temporary workers last summer, but only 30 of those were kept on.",
     [("30", 30, None, None, "temporary workers", None)]),
    ("The mayor thanked the volunteers, and about 200 of them came back.",
     [("about 200", 200, None, None, "volunteers", "about")]),
    ("The teachers met the parents, and 40 of them signed the letter.", []),
    ("Police questioned the protesters, and 40 of them were later charged.", []),
    ("He bought the land, and 30 of it is now flooded.", []),
    ("The minister toured two clinics, and 300 of them need repairs.", [("two", 2, None, None, "clinics", None)]),
    ("The board met the 12 unions; eight of them agreed.", [("eight", 8, None, None, "unions", None)]),
    # the amount of a figure just before, per period
    ("The plan costs £30m, or 3m a year.", [("£30m", 3e7, None, None, "pounds", None), ("3m", 3e6, None, None, "pounds a year", None)]),
    ("The scheme will cost $40 million, about 4 million a year.",
     [("$40 million", 4e7, None, None, "dollars", None), ("about 4 million", 4e6, None, None, "dollars a year", "about")]),
    ("The plan costs £30m and 3m came from donors.", [("£30m", 3e7, None, None, "pounds", None)]),
    # who voted
    ("The budget passed after 27 aldermen voted for it and 19 voted no. Four abstained.",
     [("27", 27, None, None, "aldermen", None), ("19", 19, None, None, "aldermen", None),
      ("Four", 4, None, None, "aldermen", None, None, 1)]),
    ("Some 212 voted for the motion and 87 against.",
     [("Some 212", 212, None, None, "votes", "about"), ("87", 87, None, None, "votes", None)]),
    ("In all, 140 delegates voted for the plan, and 12 abstained.",
     [("140", 140, None, None, "delegates", None), ("12", 12, None, None, "delegates", None)]),
    ("Two abstained from alcohol during the trial.", []),
    ("Ten voters were turned away. Three abstained.", [("Ten", 10, None, None, "voters", None)]),
    # NEGATIVE (review20b): another chamber's voters; 'them' perhaps the homes that reply; fines
    # and penalties are money
    ("In the lower chamber, 180 deputies voted for the bill. In the Senate, 40 voted against it.",
     [("180", 180, None, None, "deputies", None), ("40", 40, None, None, "votes", None, None, 1)]),
    ("The council posted forms to every home in the parish, and about 300 of them have replied.", []),
    ("Fines totalled 40,000 last year.", []),
    ("Penalties reached 12,000 in May.", []),
    ("The bridge cost $40 million, about 4 million a year.",
     [("$40 million", 4e7, None, None, "dollars", None), ("about 4 million", 4e6, None, None, "dollars a year", "about")]),
    ("The mayor wrote to the ministers in January, and two of them replied.", [("two", 2, None, None, "ministers", None)]),
    # NEGATIVE (review20b): a place in a ranking; a bare number far below the amount it would restate
    ("Hospitals reached 95 in the national rankings.", []),
    ("The plan costs £30m, or 3 a year.", [("£30m", 3e7, None, None, "pounds", None)]),
    ("Cases rose to 300 in the first week.", [("300", 300, None, None, "cases", None)]),
    # a share whose clause leaves its verb out is of what the first share is of; a qualifier of
    # approximation opening the clause covers both (figs23)
    ("About 53% of registered voters chose to merge and 47% to split.",
     [("About 53%", 53, None, None, "% of registered voters", "about"),
      ("47%", 47, None, None, "% of registered voters", "about")]),
    ("About 52% of the budget went to roads and 48% to schools.",
     [("About 52%", 52, None, None, "% of budget", "about"), ("48%", 48, None, None, "% of budget", "about")]),
    ("About 52% of registered voters backed the levy and 48% opposed it.",
     [("About 52%", 52, None, None, "% of registered voters", "about"),
      ("48%", 48, None, None, "% of registered voters", None)]),
    # NEGATIVE: a bound is its own number's; a share of its own; a clause of its own after 'while'; no verb shared
    ("More than 53% of registered voters chose to merge and 47% to split.",
     [("More than 53%", 53, 53, None, "% of registered voters", "more than"),
      ("47%", 47, None, None, "% of registered voters", None)]),
    ("About 52% of registered voters chose Kell and 48% of the ballots were spoiled.",
     [("About 52%", 52, None, None, "% of registered voters", "about"), ("48%", 48, None, None, "% of ballots", None)]),
    ("About 52% of registered voters chose Kell, while 48% stayed home.",
     [("About 52%", 52, None, None, "% of registered voters", "about"), ("48%", 48, None, None, "%", None)]),
    ("About 52% of registered voters chose Kell and turnout rose 48% in Tembo.",
     [("About 52%", 52, None, None, "% of registered voters", "about"), ("48%", 48, None, None, "% rise in turnout", None)]),
    ("Prices rose 52% of the time and fell 48%.",
     [("52%", 52, None, None, "% of time", None), ("48%", 48, None, None, "%", None)]),
    # NEGATIVE (reviewC): a share a copula equates with a definite or owned thing measures that thing
    ("Some 61% of Tembo voters backed the levy, and 3% is the margin of error.",
     [("Some 61%", 61, None, None, "% of Tembo voters", "about"), ("3%", 3, None, None, "%", None)]),
    ("About 38% of Veloria homes run on gas and 7% was the bank's lending rate.",
     [("About 38%", 38, None, None, "% of Veloria homes", "about"), ("7%", 7, None, None, "%", None)]),
    ("About 70% of the valley is pasture and 30% is forest.",
     [("About 70%", 70, None, None, "% of valley", "about"), ("30%", 30, None, None, "% of valley", None)]),
    # a share a comparative before a noun takes as its measure is a change in that noun
    ("Farmers in Veloria reported 85% more floods in 2021 than in 2020.",
     [("85%", 85, None, None, "% more floods", None, None, 0, "Farmers")]),
    ("The plant used 30 percent less water and 20% fewer workers.",
     [("30 percent", 30, None, None, "% less water", None), ("20%", 20, None, None, "% fewer workers", None)]),
    # NEGATIVE: a comparative of an adjective, or with no noun
    ("The new engine is 10% more efficient than the old one.", [("10%", 10, None, None, "%", None)]),
    ("A 10% more efficient engine was shown in Tembo.", [("10%", 10, None, None, "%", None)]),
    ("Sales in Tembo were 85% more than last year.", [("85%", 85, None, None, "% more sales", None)]),   # units33: the comparative's subject
    ("Voters in Tembo were 15% more likely to back Kell.", [("15%", 15, None, None, "%", None)]),
    ("Buyers in Tembo paid for 20% more modern flats.", [("20%", 20, None, None, "%", None)]),   # reviewC
    # a share put after a fronted 'among' phrase of people is of them
    ("Among likely voters in the Tembo contest, 38 percent would pick Kell.",
     [("38 percent", 38, None, None, "% of likely voters", None)]),
    ("Among the workers, 46 percent are paid by the hour.", [("46 percent", 46, None, None, "% of workers", None)]),
    # NEGATIVE: not people; a share of its own; the share no subject
    ("Among other things, 46 percent went to roads.", [("46 percent", 46, None, None, "%", None)]),
    ("Among the cuts, 46 percent hit schools.", [("46 percent", 46, None, None, "%", None)]),
    ("Among registered voters, 46 percent of men backed Kell.", [("46 percent", 46, None, None, "% of men", None)]),
    ("Among young voters, turnout rose 12 percent.", [("12 percent", 12, None, None, "% rise in turnout", None)]),
]


@pytest.mark.parametrize("text, expected", UNITS_FROM_CONTEXT)
def test_unit_read_from_context(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


# What a number is and how it is bounded (figshape24): a count of the parts a whole is done in, of
# the parties "between" names, of periods in a schedule, a unit's definition, a count of anonymous
# speakers or of the names a dash lists is no figure; "not less than", "a maximum ... of" bound it;
# a model's name and "head of" are what is counted. Near misses that stay are kept beside them.
SHAPES = [
    ("The mill employs 300 people in three shifts.", [("300", 300, None, None, "people", None)]),
    ("The levy will be paid in four instalments.", []),
    ("The cake was cut into eight pieces.", []),
    ("Police arrested 12 people in two raids on Monday.",                 # raids are no parts of a whole
     [("12", 12, None, None, "people", None), ("two", 2, None, None, "raids", None)]),
    ("The ministry sold 40 pieces of land.", [("40", 40, None, None, "pieces", None)]),
    ("Fighting between two clans killed 40 people.", [("40", 40, None, None, "people", None)]),
    ("Prices ranged between $5 and $10 a kilo.", [("between $5 and $10", 5, 5, 10, "dollars a kilo", "between")]),
    ("Most depots relied on unpaid overtime six days a week.", []),
    ("The plant runs 24 hours a day.", []),
    ("The clinic opens for three days a week.", [("three", 3, None, None, "days a week", None)]),
    ("Patients need dialysis three times a week.", [("three", 3, None, None, "times a week", None)]),
    ("She was paid $300 a week.", [("$300", 300, None, None, "dollars a week", None)]),
    ("One barrel equals 159 litres, the agency said.", []),
    ("A tonne is equivalent to 1,000 kilograms.", []),
    ("The deal is equivalent to 40 percent of the budget.", [("40 percent", 40, None, None, "% of budget", None)]),
    ("Three envoys, speaking on condition of anonymity, told reporters the draft was weak.", []),
    # claims26: sources not authorised to speak; a number in a name after "No."; a glued scale or
    # a scale word is no part of the counted noun; "of up to" bounds what a verb brings; "tens of
    # trillions" is one amount
    ("Three senior defence officials, who were not authorised to speak publicly, said the review had stalled.", []),
    ("Two aides, who were not permitted to discuss the talks, said the plan was dead.", []),
    ("Five soldiers, who were not allowed to leave the base, died in the blast.",
     [("Five", 5, None, None, "soldiers", None)]),
    ("Repairs at the Ostrava No. 3 power station will take until spring.", []),
    ("The water firm, which supplies 2.7mn households across the north, raised its bills.",
     [("2.7mn", 2.7e6, None, None, "households", None)]),
    ("Inspectors found nearly 1.9 lakh breeding spots in the city since June.",
     [("nearly 1.9 lakh", 190000, None, 190000, "breeding spots", "almost")]),
    ("The storm is expected to reach the coast on Sunday, bringing wind gusts of up to 230kph, a storm surge and heavy rain.",
     [("up to 230kph", 230, None, 230, "kph", "up to")]),
    ("The rival states are pouring tens of trillions of won into their shipyards.",
     [("tens of trillions", 1e13, 1e13, 99_999_999_999_999, "won", None)]),
    ("Three officials said on condition of anonymity that the talks had failed.", []),
    ("Two soldiers, speaking to reporters, said the base had been hit.", [("Two", 2, None, None, "soldiers", None)]),
    ("She met the other two women freed in June - Ana Ruiz and Eva Kohl.", []),
    ("Police arrested three men on Monday - Tom Bell and Sam Ford.",      # no count of the names beside it
     [("three", 3, None, None, "men", None)]),
    ("The other two men freed in May - Tom Bell and Sam Ford - spoke to reporters.",   # between dashes: kept
     [("two", 2, None, None, "men", None)]),
    ("The other two boats lost in May - one in Leeds - sank.", [("two", 2, None, None, "boats", None)]),
    ("The airline ordered 12 Boeing 737-800s last year.", [("12", 12, None, None, "Boeing 737-800s", None)]),
    ("The airline ordered 12 Airbus A321neos last year.", [("12", 12, None, None, "Airbus A321neos", None)]),
    ("The farmers lost 2,000 head of cattle in the drought.", [("2,000", 2000, None, None, "head of cattle", None)]),
    ("Officers seized not more than 40 kilos of cocaine.", [("not more than 40", 40, None, 40, "kilos", "up to")]),
    ("The law sets a penalty of not less than three times the bribe.",
     [("not less than three", 3, 3, None, "times bribe", "at least")]),
    ("The law sets a maximum prison term of 12 years.", [("12", 12, None, 12, "years", "up to")]),
    ("The law sets a minimum sentence of five years.", [("five", 5, 5, None, "years", "at least")]),
    # review24b: a measure 'minimum'/'maximum' names is no bound
    ("Workers on a minimum wage of $500 a month cannot pay rent.", [("$500", 500, None, None, "dollars a month", None)]),
    ("A maximum temperature of 41 degrees was recorded on Monday.", [("41", 41, None, None, "degrees", None)]),
]


@pytest.mark.parametrize("text, expected", SHAPES)
def test_what_a_number_is_and_how_it_is_bounded(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]


# A rate read past the words that describe what is counted and past "a year from" a time that is no
# "now"; a temperature's scale letter; rising numbers listed with commas as one range; a duration in
# two parts as one; an open bound on a wait that says which of a counted whole are meant (figshape24).
RATES_RANGES_AND_THRESHOLDS = [
    ("The clinics cannot discharge about 9,000 medically fit patients a day.",
     [("about 9,000", 9000, None, None, "patients a day", "about")]),
    ("The group hopes to save about $40m a year from the start of next year.",
     [("about $40m", 4e7, None, None, "dollars a year", "about")]),
    ("The firm will pay $5m a year from now on the loan.", [("$5m", 5e6, None, None, "dollars", None)]),
    ("The council warned that penalties of up to Rs 5 lakh per work order would follow.",
     [("up to Rs 5 lakh", 500000, None, 500000, "rupees per work order", "up to", None, 0, "The council")]),
    ("The levy is $2 per tonne, the minister said.", [("$2", 2, None, None, "dollars per tonne", None, None, 0, "the minister")]),
    ("Forecasters expect temperatures above 35 C and strong winds on the coast.",
     [("above 35", 35, 35, None, "degrees Celsius", "more than")]),
    ("Form 30 C must be filed by farmers.", []),
    ('"Drivers sit in queues for three, four, five hours," she said.',
     [("three, four, five", 3, 3, 5, "hours", None)]),
    ("Police arrested 10, 20 and 30 men.",
     [("10", 10, None, None, "men", None), ("20", 20, None, None, "men", None), ("30", 30, None, None, "men", None)]),
    ("They sold 3, 2, 1 boats.",
     [("3", 3, None, None, "boats", None), ("2", 2, None, None, "boats", None), ("1", 1, None, None, "boats", None)]),
    ("The response improved to an average of 7 minutes 40 seconds.",
     [("an average of 7 minutes 40", 460, None, None, "seconds", "average")]),
    ("The flight lasted 3 hours and 15 minutes.", [("3 hours and 15", 195, None, None, "minutes", None)]),
    # review24b: 'respectively' pairs the parts with two things; a number a place noun labels is no temperature
    ("The two trains were late by 2 hours and 40 minutes respectively.",
     [("2", 2, None, None, "hours", None), ("40", 40, None, None, "minutes", None)]),
    ("During the heatwave, the residents of flat 9 C were moved to a hotel.", []),
    ("More than 5,000 tenants waited over 18 months in temporary flats last year.",
     [("More than 5,000", 5000, 5000, None, "tenants", "more than")]),
    ("The number of tenants waiting more than 40 weeks fell to about 2,300.",
     [("about 2,300", 2300, None, None, "tenants", "about")]),
    ("Two climbers waited more than 12 hours for rescue.",
     [("Two", 2, None, None, "climbers", None), ("more than 12", 12, 12, None, "hours", "more than")]),
    ("The talks lasted more than 12 hours.", [("more than 12", 12, 12, None, "hours", "more than")]),
]


@pytest.mark.parametrize("text, expected", RATES_RANGES_AND_THRESHOLDS)
def test_rates_ranges_and_thresholds(text, expected):
    assert [asdict(f) for f in extract(text).figures] == [figure(text, *row) for row in expected]
