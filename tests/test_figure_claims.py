"""Figures a reader can quote: whole records for sentences written for these tests.

Each row is a sentence and every figure it must give, in order, as
(text, value, low, high, unit, qualifier, claimant's name), compared as whole records
(`conftest.figure` adds the sentence and the offsets); [] where the sentence has numbers
but asserts no quantity (dates, ages, clock times, names, model numbers, ...).
"""
from __future__ import annotations

import re
from dataclasses import asdict

import pytest

from conftest import extract, figure, figure_records
from generator.extract.figures import _sole_bodies, find_figures
from generator.extract.parse import parse_text


def first_values(rows) -> list[str]:
    """The sentence of each row (a plain tuple or a pytest.param), as its test id."""
    return [row.values[0] if hasattr(row, "marks") else row[0] for row in rows]


AMOUNTS = [
    # NEGATIVE (the ages): a number after an age word across a qualifier or a range's bound bounds an
    # age, no count, though a counted noun follows
    ("Those held, aged between 23 and 61, comprise five traders and two drivers.",
     [("five", 5, None, None, "traders", None, None), ("two", 2, None, None, "drivers", None, None)]),
    ("The league fields 12 sides for girls aged between seven and 15.", [("12", 12, None, None, "sides", None, None)]),
    ("Patients aged over 65 get 2 doses.", [("2", 2, None, None, "doses", None, None)]),
    # ... but the noun 'age' with its value is a statistic that stays
    ("Residents of Orwin now live longer, to an average age of 74.", [("74", 74, None, None, "years", None, None)]),
    # claims28: a glued measure is a quantity though the tagger names its unit ('km/h' as an
    # organisation), before 'in' and a period ('96mm in six hours': no ratio), and before a noun
    # of an extent it measures ('a 7km stretch'); not before a noun of a kind ('a 9mm pistol')
    ("Wind speeds reached 130km/h on the coast.", [("130km/h", 130, None, None, "km/h", None, None)]),
    ("Gusts of up to 110km/h hit Orsby overnight.", [("up to 110km/h", 110, None, 110, "km/h", "up to", None)]),
    ("The gauge at Pell Bay filled with 96mm in six hours.", [("96mm", 96, None, None, "mm", None, None)]),
    ("A 7km stretch of the river was polluted.", [("7km", 7, None, None, "km", None, None)]),
    ("Traffic queued in a 12km tailback near Orsby.", [("12km", 12, None, None, "km", None, None)]),
    ("Police found a 9mm pistol in the car.", []),
    ("She won the 5km race in Orsby.", []),
    # claims27: sources that are no speakers stay counted; '-odd' joined to an amount is about it;
    # two numbers listed with a comma alone are one range
    ("The Vorra plant has two sources of power.", [("two", 2, None, None, "sources", None, None)]),
    ("Three doctors with years of experience said the ward was unsafe.",
     [("Three", 3, None, None, "doctors", None, None)]),
    ("The island's 200-odd soldiers need new radios.", [("200-odd", 200, None, None, "soldiers", "about", None)]),
    ("The 30-odd villages of the Morro valley lost power.", [("30-odd", 30, None, None, "villages", "about", None)]),
    ("The Pell fund has 60 odd members.", [("60", 60, None, None, "members", None, None)]),
    ("Drivers waited four, five days at the Kerro gate.", [("four, five", 4, 4, 5, "days", None, None)]),
    # mend27 NEGATIVE: a figure with a unit of its own before ', N <period>' is no list's head
    ("Shares in the company fell 3%, 18 months after its listing, analysts at Harbour Capital said.",
     [("3%", 3, None, None, "% fall in shares", None, "Harbour Capital")]),
    # a range whose two ends both carry the unit is one figure; a change or two amounts are two
    ("Levies ranging from 3 percent to 18 percent would hurt farmers.",
     [("3 percent to 18 percent", 3, 3, 18, "%", None, None)]),
    ("Sales rose 5% to 25% of the market.",
     [("5%", 5, None, None, "% rise in sales", None, None), ("25%", 25, None, None, "% of market", None, None)]),
    ("Sales fell 5% to $25bn.",
     [("5%", 5, None, None, "% fall in sales", None, None), ("$25bn", 2.5e10, None, None, "dollars", None, None)]),
    # digits, qualifiers normalised to a small vocabulary, bounds from the qualifier
    ("More than 1,200 residents were evacuated from the valley.",
     [("More than 1,200", 1200, 1200, None, "residents", "more than", None)]),
    ("Over 3,000 workers walked out on Monday.", [("Over 3,000", 3000, 3000, None, "workers", "more than", None)]),
    ("The storm destroyed about 450 homes.", [("about 450", 450, None, None, "homes", "about", None)]),
    ("Nearly 9,000 people signed the petition.", [("Nearly 9,000", 9000, None, 9000, "people", "almost", None)]),
    ("Some 23 nations could gain from the scheme.", [("Some 23", 23, None, None, "nations", "about", None)]),
    ("Up to 50 homes were damaged.", [("Up to 50", 50, None, 50, "homes", "up to", None)]),
    ("At least 35 bodies were recovered from the river.", [("At least 35", 35, 35, None, "bodies", "at least", None)]),
    ("The death toll exceeded 100 by Friday.", [("exceeded 100", 100, 100, None, "deaths", "more than", None)]),
    # money and measures: the unit is the currency or the measure
    ("The council will spend £4.2bn on roads.", [("£4.2bn", 4.2e9, None, None, "pounds", None, None)]),
    ("The region's economies are worth US$2.1 trillion.", [("US$2.1 trillion", 2.1e12, None, None, "dollars", None, None)]),
    ("The bank lent 7 million euros to local farmers.", [("7 million", 7e6, None, None, "euros", None, None)]),
    ("Output fell by 5.7  million barrels a day.", [("5.7  million", 5.7e6, None, None, "barrels a day", None, None)]),
    ("The scheme pays £102.80 a week to new mothers.", [("£102.80", 102.8, None, None, "pounds a week", None, None)]),
    ("The pipeline will be 2000 km long.", [("2000", 2000, None, None, "km", None, None)]),
    ("The firm will ship eight billion cubic meters of water a year.",
     [("eight billion", 8e9, None, None, "cubic meters a year", None, None)]),
    # a period that the clause gives makes a rate; a period that places in time does not
    ("About 3,000 licences are issued yearly to farmers.",
     [("About 3,000", 3000, None, None, "licences a year", "about", None)]),
    ("Every year, 40 people drown in the lake.", [("40", 40, None, None, "people a year", None, None)]),
    ("Billions of euros of goods a year cross the border.",
     [("Billions", 1e9, 1e9, 9999999999, "euros a year", None, None)]),
    ("Grants were $300 to $1,500 every two months.",
     [("$300 to $1,500", 300, 300, 1500, "dollars every two months", None, None)]),
    ("Billions of euros of goods a year crosses the border, which is long and empty.",
     [("Billions", 1e9, 1e9, 9999999999, "euros a year", None, None)]),
    ("Ann Lowe explained the layoffs came to 2 percent of the firm's workforce each year.",
     [("2 percent", 2, None, None, "% of workforce a year", None, "Ann Lowe")]),
    ("The council paid $5m a year ago.", [("$5m", 5e6, None, None, "dollars", None, None)]),
    # hedges of an amount; a period that is no time allowed; multiples
    ("We were losing something like 40 hectares a year.", [("something like 40", 40, None, None, "hectares a year", "about", None)]),
    ("Repairs will cost in the region of $5 million.",
     [("in the region of $5 million", 5e6, None, None, "dollars", "about", None)]),
    ("It looked something like 1990s television.", []),
    ("Staff were given three weeks' pay.", [("three", 3, None, None, "weeks", None, None)]),
    ("The charity needs 300 volunteers to run the camp.", [("300", 300, None, None, "volunteers", None, None)]),
    ("Prices rose twice as fast as wages.", [("twice", 2, None, None, "times", None, None)]),
    # claims29: 'not one' is none, said for emphasis (the parser may join it to a count before);
    # NEGATIVE: 'one' in a list of counts stays
    ('"We have 1,100 members and not one of them received a letter," he said.',
     [("1,100", 1100, None, None, "members", None, None)]),
    ("The town has 12 buses and not one of them works.", [("12", 12, None, None, "buses", None, None)]),
    ("Fourteen civilians, five soldiers and one policeman were hurt.",
     [("Fourteen", 14, None, None, "civilians", None, None), ("five", 5, None, None, "soldiers", None, None),
      ("one", 1, None, None, "policeman", None, None)]),
    # claims29: 'over' as the preposition of a noun ('an order over two properties') is no
    # qualifier; NEGATIVE: 'over' as a modifier of the number stays 'more than'
    ("The court granted a preservation order over two properties.",
     [("two", 2, None, None, "properties", None, None)]),
    ("The firm has control over three mines in the north.", [("three", 3, None, None, "mines", None, None)]),
    ("Police have jurisdiction over 12 towns.", [("12", 12, None, None, "towns", None, None)]),
    ("The dispute over two seats continues.", [("two", 2, None, None, "seats", None, None)]),
    ("The company cut over 200 jobs.", [("over 200", 200, 200, None, "jobs", "more than", None)]),
    ("Homes in over 30 villages were flooded.", [("over 30", 30, 30, None, "villages", "more than", None)]),
    ("A fine of over $3m was imposed.", [("over $3m", 3e6, 3e6, None, "dollars", "more than", None)]),
    # claims29: the price of a lot ('the price of 100 litres of diesel') is the amount; the lot is
    # no quantity; NEGATIVE: a cost is a total, and a lot with a determiner is a known set
    ("The price of 100 litres of diesel rose to 180 euros.", [("180", 180, None, None, "euros", None, None)]),
    ("The price of 1,000 bricks has risen to Rs 17,000.", [("Rs 17,000", 17000, None, None, "rupees", None, None)]),
    ("The cost of 40 new buses was $20m.",
     [("40", 40, None, None, "buses", None, None), ("$20m", 2e7, None, None, "dollars", None, None)]),
    ("The price of oil fell 5% to $70 a barrel.",
     [("5%", 5, None, None, "% fall in price of oil", None, None), ("$70", 70, None, None, "dollars a barrel", None, None)]),
    # claims29 review NEGATIVE: prices (one each) of a count of goods, and a lot described (an
    # adjective, a noun before it, a phrase after it) is a set of things, no lot a price is quoted for
    ("The government capped the prices of 30 essential medicines on Monday.",
     [("30", 30, None, None, "medicines", None, None)]),
    ("The price of two new hospitals has doubled to $800m.",
     [("two", 2, None, None, "hospitals", None, None), ("$800m", 8e8, None, None, "dollars", None, None)]),
    ("The ministry raised the price of 40 state services by 10%.",
     [("40", 40, None, None, "state services", None, None), ("10%", 10, None, None, "% rise in price of state services", None, None)]),
    ("The price of 12 flats in the block was cut by a third.", [("12", 12, None, None, "flats", None, None)]),
    # what an amount is for, after 'per' (any noun) or after 'a' (what money buys by the piece);
    # an amount compared with such a rate in its currency is one too
    ("Growers were paid Rs 2,400 per quintal last week.", [("Rs 2,400", 2400, None, None, "rupees per quintal", None, None)]),
    ("Diesel now costs $3 a litre in the north.", [("$3", 3, None, None, "dollars a litre", None, None)]),
    ("Households pay ₦150 per kilowatt-hour under the new tariff.",
     [("₦150", 150, None, None, "naira per kilowatt-hour", None, None)]),
    ("Good fields yield 20 tonnes per hectare.", [("20", 20, None, None, "tonnes per hectare", None, None)]),
    ("Wheat fetched Rs 900 a quintal, compared with Rs 700 in March.",
     [("Rs 900", 900, None, None, "rupees a quintal", None, None), ("Rs 700", 700, None, None, "rupees a quintal", None, None)]),
    ("Petrol costs $4 a gallon, up from £3 last year.",
     [("$4", 4, None, None, "dollars a gallon", None, None), ("£3", 3, None, None, "pounds", None, None)]),
    # NEGATIVE: an amount set against a rate that is of another size is no rate
    ("Rice sells for $3 a kilo, up from $50 million spent on imports in May.",
     [("$3", 3, None, None, "dollars a kilo", None, None), ("$50 million", 5e7, None, None, "dollars", None, None)]),
    ("The order raises the fee charged to drivers from $5 to $8 a day.",
     [("$5", 5, None, None, "dollars a day", None, None), ("$8", 8, None, None, "dollars a day", None, None)]),
    ("The rise lifts the price paid by small firms — those on the busiest lines — from ₦100 to ₦150 per kilowatt-hour.",
     [("₦100", 100, None, None, "naira per kilowatt-hour", None, None),
      ("₦150", 150, None, None, "naira per kilowatt-hour", None, None)]),
    ("The agency expanded the list of drugs priced from $5 to $8.", [("$5 to $8", 5, 5, 8, "dollars", None, None)]),
    ("Officials lowered the fees, which range from $5 to $8.", [("$5 to $8", 5, 5, 8, "dollars", None, None)]),
    ("Tickets cost from $5 to $8 per seat.", [("$5 to $8", 5, 5, 8, "dollars per seat", None, None)]),
    ("The deal was worth $2bn, per the filing.", [("$2bn", 2e9, None, None, "dollars", None, None)]),
    # NEGATIVE: 'per' for 'according to' names a source, not what the amount is for
    ("The insurer paid $6 million per court filings seen on Friday.",
     [("$6 million", 6e6, None, None, "dollars", None, None)]),
    ("The merger is worth $3bn per company figures.", [("$3bn", 3e9, None, None, "dollars", None, None)]),
    ("Its sales rose 7 per cent per Bloomberg data.", [("7 per cent", 7, None, None, "% rise in sales", None, None)]),
    ("Rooms cost $90 per night during the fair.", [("$90", 90, None, None, "dollars a night", None, None)]),
    ("The winners earned $400 a head start.", [("$400", 400, None, None, "dollars", None, None)]),
    ("She paid £20 a unit of power.", [("£20", 20, None, None, "pounds", None, None)]),
    ("Fuel cost Rs 90 per litre, and the state paid Rs 500 to each driver.",
     [("Rs 90", 90, None, None, "rupees per litre", None, None), ("Rs 500", 500, None, None, "rupees per driver", None, None)]),
    ("Last year 40 people drowned in the lake.", [("40", 40, None, None, "people", None, None)]),
    ("He was held in the camp for 33 months.", [("33", 33, None, None, "months", None, None)]),
    # percentages: what they are a share of, where the sentence says it
    ("Unemployment fell to 4.5% in May.", [("4.5%", 4.5, None, None, "% unemployment", None, None)]),
    ("Some 62 percent of voters backed the measure.", [("Some 62 percent", 62, None, None, "% of voters", "about", None)]),
    ("Prices rose about 16–17 percent.", [("about 16–17 percent", 16, 16, 17, "%", "about", None)]),
    ("Costs reached £50bn - 14% higher than planned.",
     [("£50bn", 5e10, None, None, "pounds", None, None), ("14%", 14, None, None, "% higher costs", None, None)]),
    # number words, fractions, multipliers
    ("Seventy-two soldiers were wounded.", [("Seventy-two", 72, None, None, "soldiers", None, None)]),
    ("Over two-and-a-half million tourists visited Zembia.",
     [("Over two-and-a-half million", 2.5e6, 2.5e6, None, "tourists", "more than", None)]),
    ("Half a million people lost power.", [("Half a million", 5e5, None, None, "people", None, None)]),
    ("Two-thirds of voters backed the plan.", [("Two-thirds", 0.6667, None, None, "share of voters", None, None)]),
    ("Less than a third of members took part.",
     [("Less than a third", 0.3333, None, 0.3333, "share of members", "less than", None)]),
    ("Attacks on shelters rose fourfold last year.", [("fourfold", 4, None, None, "times", None, None)]),
    ("Three times as many refugees arrived as in 2015.", [("Three", 3, None, None, "times refugees", None, None)]),
    ("Twice as many people voted as at the previous election.", [("Twice", 2, None, None, "times people", None, None)]),
    # ranges and vague amounts
    ("Between 40 and 60 boats were lost.", [("Between 40 and 60", 40, 40, 60, "boats", "between", None)]),
    ("Between $5 billion and $7 billion is lost every year.",
     [("Between $5 billion and $7 billion", 5e9, 5e9, 7e9, "dollars a year", "between", None)]),
    ("The fence will be 12 to 15 feet tall.", [("12 to 15", 12, 12, 15, "feet", None, None)]),
    ("Six or seven million children need vaccines.", [("Six or seven million", 6e6, 6e6, 7e6, "children", None, None)]),
    ("Tens of thousands of people marched.", [("Tens of thousands", 1e4, 1e4, 99999, "people", None, None)]),
    ("Trillions of dollars in trade pass through the strait.",
     [("Trillions", 1e12, 1e12, 9999999999999, "dollars", None, None)]),
    ("The flood drowned hundreds if not thousands of sheep.",
     [("hundreds if not thousands", 100, 100, 9999, "sheep", None, None)]),
    ("Several hundred pupils were sent home.", [("Several hundred", 200, 200, 900, "pupils", None, None)]),
    # a change is two figures, not a range
    # a count that shares a verb of harm ('as were'); a count shared out ('three each from X and Y') is
    # per group, as its unit says (no total); without the groups or what is counted, no figure
    ("Tom Reed said 40 workers were hurt, as were nine from the police, and three each from the port and the "
     "railway.", [("40", 40, None, None, "workers", None, "Tom Reed"),
                  ("nine", 9, None, None, "people", None, "Tom Reed"),
                  ("three", 3, None, None, "people each from the port and the railway", None, "Tom Reed")]),
    ("Five ships were lost, two each from the navy and the coast guard.",
     [("Five", 5, None, None, "ships", None, None),
      ("two", 2, None, None, "ships each from the navy and the coast guard", None, None)]),
    ("The army lost 40 soldiers in May, and two each from the navy and the air force died in June.",
     [("40", 40, None, None, "soldiers", None, None),
      ("two", 2, None, None, "soldiers each from the navy and the air force", None, None)]),
    ("Two each came from the port and the railway.", []),
    ("Two each from the port and the railway were hurt.", []),
    ("The court fined the two men $5,000 each.", [("$5,000", 5000, None, None, "dollars per man", None, None)]),
    # a noun of membership counts members of the named body after it
    ("The dead were fourteen civilians and one member of the Harbour Guard.",
     [("fourteen", 14, None, None, "civilians", None, None), ("one", 1, None, None, "Harbour Guard member", None, None)]),
    ("Three employees of Zembia Rail were hurt.", [("Three", 3, None, None, "Zembia Rail employees", None, None)]),
    ("Two members of parliament were hurt.", [("Two", 2, None, None, "members", None, None)]),
    ("Twelve members of the crew and the guard were hurt.", [("Twelve", 12, None, None, "members", None, None)]),
    # ... a body, not a month, a day or a place named alone ('from March' is when, not who)
    ("Four employees from March were rehired.", [("Four", 4, None, None, "employees", None, None)]),
    ("Two workers from Monday's shift were hurt.", [("Two", 2, None, None, "workers", None, None)]),
    ("The chain grew from 14 to 31 stores.",
     [("14", 14, None, None, "stores", None, None), ("31", 31, None, None, "stores", None, None)]),
    # what is counted when the noun is left out
    ("The gunmen killed twelve in the attack.", [("twelve", 12, None, None, "people", None, None)]),
    ("Officials said 39 were confirmed dead.", [("39", 39, None, None, "people", None, "officials")]),
    ("Turkey hosts two million refugees, down from over three million.",
     [("two million", 2e6, None, None, "refugees", None, None),
      ("over three million", 3e6, 3e6, None, "refugees", "more than", None)]),
    # a preposition of the verb is no qualifier
    ("She presided over three meetings last week.", [("three", 3, None, None, "meetings", None, None)]),
    # partitives count the noun of the whole
    ("Police monitor 20,000 of the country's 70,000 mosques.",
     [("20,000", 20000, None, None, "mosques", None, None),
      ("70,000", 70000, None, None, "mosques", None, None)]),
    ("She was one of three Danes freed in March.", [("three", 3, None, None, "Danes", None, None)]),
    ("Northern clubs spent $21.3million to $17.6million for southern ones.",
     [("$21.3million", 21.3e6, None, None, "dollars", None, None),
      ("$17.6million", 17.6e6, None, None, "dollars", None, None)]),
    ("Waste must drop by 2035 to 40 percent under the current level.", [("40 percent", 40, None, None, "%", None, None)]),
    ("Output was over half a percentage point lower.",
     [("over half", 0.5, 0.5, None, "percentage point", "more than", None)]),
    ("The strikes killed hundreds of soldiers and wounded thousands more.",
     [("hundreds", 100, 100, 999, "soldiers", None, None), ("thousands", 1000, 1000, 9999, "soldiers", None, None)]),
    ("Forty Britons died and 158 others are missing.",
     [("Forty", 40, None, None, "Britons", None, None), ("158", 158, None, None, "Britons", None, None)]),
    ("Cashiers earn $12 an hour.", [("$12", 12, None, None, "dollars an hour", None, None)]),
    ("Of the 1.4 million who took part, 62% rejected the plan.",
     [("1.4 million", 1.4e6, None, None, "people", None, None), ("62%", 62, None, None, "%", None, None)]),
    ("A 12-member panel will review the case.", [("12", 12, None, None, "members", None, None)]),
    # a coordination of bare nouns is counted whole; nouns with counts of their own are not
    ("About 30,000 nurses and care workers now serve in Zembia.",
     [("About 30,000", 3e4, None, None, "nurses and care workers", "about", None)]),
    ("Some 2,000 men, women and children fled.", [("Some 2,000", 2000, None, None, "men, women and children", "about", None)]),
    ("About 40 boats and their crews were lost.", [("About 40", 40, None, None, "boats", "about", None)]),
    # session 28: a joined noun whose own object phrase is counted; a place both share
    ("The scheme buys 80 new trams and repairs to 35 depots.",
     [("80", 80, None, None, "trams", None, None), ("35", 35, None, None, "depots", None, None)]),
    ("About 9,000 porters and cleaners in 14 stations walked out.",
     [("About 9,000", 9000, None, None, "porters and cleaners", "about", None),
      ("14", 14, None, None, "stations", None, None)]),
    # session 28: a unit of measure before the noun it measures is what the number counts
    ("Varo Freight opened a 65,000 square metre depot in Tallis.",
     [("65,000", 65000, None, None, "square metres", None, None)]),
    ("The council resurfaced a 14-kilometre stretch of the coast road.",
     [("14", 14, None, None, "kilometres", None, None)]),
    # negatives (review of session 28): a measure word that is part of the counted noun; a noun
    # joined under an 'of' phrase shared with the first
    ("Nearly 700 foot passengers waited at Corran pier.",
     [("Nearly 700", 700, None, 700, "foot passengers", "almost", None)]),
    ("The water company laid off 35 meter readers.", [("35", 35, None, None, "meter readers", None, None)]),
    ("Some 800 pupils and teachers of 6 academies marched.",
     [("Some 800", 800, None, None, "pupils and teachers", "about", None), ("6", 6, None, None, "academies", None, None)]),
    ("Hundreds of NLF (National Liberation Front) rebels escaped from a prison.",
     [("Hundreds", 100, 100, 999, "rebels", None, None)]),
    ("Medics counted 61 civilians and hundreds of soldiers among the dead.",
     [("61", 61, None, None, "civilians", None, None), ("hundreds", 100, 100, 999, "soldiers", None, None)]),
    # a bare amount spent or paid is in the one currency the sentence names
    ('Of the $80m raised by the charity to date, only "four or five million" was spent.',
     [("$80m", 8e7, None, None, "dollars", None, None),
      ("four or five million", 4e6, 4e6, 5e6, "dollars", None, None)]),
    ("Billions have been spent on the war, and £40bn more is planned.",
     [("Billions", 1e9, 1e9, 9999999999, "pounds", None, None), ("£40bn", 4e10, None, None, "pounds", None, None)]),
    ("The council spent six million on roads.", []),         # in no currency the article gives: unreadable
    ("The £5bn fund will reach 3 million by 2030.",
     [("£5bn", 5e9, None, None, "pounds", None, None)]),
    ("Of the $40m raised, the campaign spent 12 million, and the party 20 million euros.",
     [("$40m", 4e7, None, None, "dollars", None, None), ("20 million", 2e7, None, None, "euros", None, None)]),
    # qualifiers: a preposition of a phrasal verb is none, a bound may follow the amount
    ("The losses, spread out over 12 towns, were high.", [("12", 12, None, None, "towns", None, None)]),
    ("The plan costs £1.2bn over five years.", [("£1.2bn", 1.2e9, None, None, "pounds", None, None)]),
    ("He was sentenced to over 20 years in prison.", [("over 20", 20, 20, None, "years", "more than", None)]),
    # a stretch of a life in prison or in office is no quantity; a penalty or other time spent is one
    ("Ann Lowe spent 11 years under house arrest in Zembia.", []),
    ("She has spent more than 15 years in prison.", []),
    ("Ann Lowe served 12 years as mayor.", []),
    ("Ann Lowe was freed after 15 years in prison.", []),
    ("He spent over 20 years in the mines.", [("over 20", 20, 20, None, "years", "more than", None)]),
    ("Ann Lowe spent 15 years building the company.", [("15", 15, None, None, "years", None, None)]),
    ("Ann Lowe served 15 years in the army.", [("15", 15, None, None, "years", None, None)]),
    ("Ann Lowe was jailed for 15 years.", [("15", 15, None, None, "years", None, None)]),
    pytest.param("We have now pushed it up to 20 weeks.", [("20", 20, None, None, "weeks", None, None)],
                 marks=pytest.mark.xfail(reason="'up' is read as the verb's particle only for one parse; "
                                                "invented wordings parse 'up to 20' as a qualifier")),
    ("The shares rose up to 40% on Monday.", [("up to 40%", 40, None, 40, "%", "up to", None)]),
    ("The losses add up to more than a threefold rise.",
     [("more than a threefold", 3, 3, None, "times", "more than", None)]),
    ("At the sites, four or more people were hurt.",
     [("four or more", 4, 4, None, "people", "at least", None)]),
    # a clause that tells what happened counts; one that defines a kind does not (NOT_FIGURES)
    ("The county had two crashes where three or more cars were wrecked.",
     [("two", 2, None, None, "crashes", None, None), ("three or more", 3, 3, None, "cars", "at least", None)]),
    ("Nine donors gave $3m or more apiece.",
     [("Nine", 9, None, None, "donors", None, None), ("$3m or more", 3e6, 3e6, None, "dollars", "at least", None)]),
    ("Clubs with forty members or so may apply.", [("forty", 40, None, None, "members", "about", None)]),
    # units: a difference of percentages, a rate after a conversion or in a compound
    ("The lead grew by 5 percentage points.", [("5 percentage points", 5, None, None, "percentage points", None, None)]),
    ("The fund would pay $10bn (£5.4bn) a year.",
     [("$10bn", 1e10, None, None, "dollars a year", None, None), ("£5.4bn", 5.4e9, None, None, "pounds a year", None, None)]),
    ("Thousands of $9-an-hour cleaners were blamed.",
     [("Thousands", 1000, 1000, 9999, "cleaners", None, None), ("$9", 9, None, None, "dollars an hour", None, None)]),
    ("The ban could cost nearly 2.3 million public sector jobs.",
     [("nearly 2.3 million", 2.3e6, None, 2.3e6, "public sector jobs", "almost", None)]),
    ("The strike kept hundreds of thousands of postal workers hostage.",
     [("hundreds of thousands", 1e5, 1e5, 999999, "postal workers", None, None)]),
    ("The bishop spoke to a congregation of 2,000 on Sunday.", [("2,000", 2000, None, None, "people", None, None)]),
    ("Of the 10 judges on the court, six were appointed by Democrats.",
     [("six", 6, None, None, "judges", None, None)]),
    ("Thousands march in protest", [("Thousands", 1000, 1000, 9999, "people", None, None)]),
    ("Vigils were attended by thousands.", [("thousands", 1000, 1000, 9999, "people", None, None)]),
    ("The likely voter sample was 612.", [("612", 612, None, None, "voters", None, None)]),
    ("Troop strength - roughly 52,000 last March - trails the goal.",
     [("roughly 52,000", 52000, None, None, "troops", "about", None)]),
    ("The ship carried 1.5m barrels.", [("1.5m", 1.5e6, None, None, "barrels", None, None)]),
    ("Only 2 percent of the firm's sales force took part.", [("2 percent", 2, None, None, "% of sales force", None, None)]),
    # 100 percent is a figure where it is a share or a change; an answer is no question
    ("Shares rose 100 percent.", [("100 percent", 100, None, None, "% rise in shares", None, None)]),
    ("When asked who was the closest ally, the majority – 55 percent – named Canada.",
     [("55 percent", 55, None, None, "%", None, None)]),
    # a hedge is kept; "within" a distance is an upper bound (a period after it is no figure)
    ("The row concerns perhaps tens of thousands of lost ballots.",
     [("perhaps tens of thousands", 10000, 10000, 99999, "lost ballots", "perhaps", None)]),
    ("Maybe 300 fishermen joined the protest.", [("Maybe 300", 300, None, None, "fishermen", "perhaps", None)]),
    ("The two shops stood on the same street, within five metres of each other.",
     [("within five", 5, None, 5, "metres", "up to", None)]),
    # a classifying adjective belongs to what is counted; a grading one does not
    ("The state has 18 electoral votes.", [("18", 18, None, None, "electoral votes", None, None)]),
    ("The raid killed 40 civilian workers and 12 innocent children.",
     [("40", 40, None, None, "civilian workers", None, None), ("12", 12, None, None, "children", None, None)]),
    ("The navy keeps 20 additional nuclear submarines.", [("20", 20, None, None, "nuclear submarines", None, None)]),
    ("The base hosts 500 American troops.", [("500", 500, None, None, "American troops", None, None)]),
    # an amount restated in another currency or measure is as approximate, or bounded, as the first
    ("The repairs cost about $4bn (£2.1bn) in all.",
     [("about $4bn", 4e9, None, None, "dollars", "about", None), ("£2.1bn", 2.1e9, None, None, "pounds", "about", None)]),
    ("The reservoir is roughly four miles (six kilometers) long.",
     [("roughly four", 4, None, None, "miles", "about", None), ("six", 6, None, None, "kilometers", "about", None)]),
    ("The ministry may spend up to 90 billion euros, about $97 billion, on rail links.",
     [("up to 90 billion", 9e10, None, 9e10, "euros", "up to", None),
      ("about $97 billion", 9.7e10, None, 9.7e10, "dollars", "up to", None)]),
    ("About 40 workers, 12 children and the crew died.",
     [("About 40", 40, None, None, "workers", "about", None), ("12", 12, None, None, "children", None, None)]),
    ("The bill was about $3bn, £2bn of it for roads.",
     [("about $3bn", 3e9, None, None, "dollars", "about", None), ("£2bn", 2e9, None, None, "pounds", None, None)]),
    # past a round mark is more than it (not where the passing is denied, tried, or downward);
    # the value of an estimate is approximate (not the value of something rough)
    ("Ticket sales have raced past the $2billion mark this season.",
     [("$2billion", 2e9, 2e9, None, "dollars", "more than", None)]),
    ("Sales topped the 10,000 mark in May.", []),            # a count of nothing the sentence names
    ("Sales topped the 10,000 units mark in May.", [("10,000", 10000, 10000, None, "units", "more than", None)]),
    ("Sales hit the 10,000 units mark in May.", [("10,000", 10000, None, None, "units", None, None)]),
    ("Sales never topped the 10,000 units mark.", [("10,000", 10000, None, None, "units", None, None)]),
    ("Sales did not top the 10,000 units mark.", [("10,000", 10000, None, None, "units", None, None)]),
    ("No charity has passed the $1bn mark.", [("$1bn", 1e9, None, None, "dollars", None, None)]),
    ("Shares failed to break the $10 mark on Friday.", [("$10", 10, None, None, "dollars", None, None)]),
    ("Sales fell past the $10m mark this year.", [("$10m", 1e7, None, None, "dollars", None, None)]),
    ("The rough draft is 40 pages.", [("40", 40, None, None, "pages", None, None)]),
    ("With the other groups the share approaches 9%.", [("approaches 9%", 9, None, 9, "%", "almost", None)]),
    ("She was approaching 40 voters.", [("40", 40, None, None, "voters", None, None)]),
    ("Three trawlers - the Sea Lark and the Nordic Star - docked.", [("Three", 3, None, None, "trawlers", None, None)]),
    ("The estimated bill is four billion euros.", [("four billion", 4e9, None, None, "euros", "about", None)]),
    ("The bill is four billion euros.", [("four billion", 4e9, None, None, "euros", None, None)]),
    # a range whose top end is open runs from its low end; a change is two figures
    ("Buyers earn a permit by paying $300,000 to more than $2 million for a flat.",
     [("$300,000 to more than $2 million", 3e5, 3e5, None, "dollars", None, None)]),
    ("Sales grew $5m to more than $40m.",
     [("$5m", 5e6, None, None, "dollars", None, None), ("more than $40m", 4e7, 4e7, None, "dollars", "more than", None)]),
    ("The crowd grew by 500 to more than 3,000.", []),       # what is counted is not said
    ("The crowd grew by 500 people to more than 3,000.",
     [("500", 500, None, None, "people", None, None), ("more than 3,000", 3000, 3000, None, "people", "more than", None)]),
    # a count after a fronted phrase that ends in names is no count of those names; a penalty's
    # period is a figure, not how long a state has lasted so far
    ("After talks in Peru and Chile, two ministers resigned.", [("two", 2, None, None, "ministers", None, None)]),
    ("Tom Reed has been jailed for 12 years.", [("12", 12, None, None, "years", None, None)]),
    ("The player has been banned for three years.", [("three", 3, None, None, "years", None, None)]),
    ("The court has jailed Tom Reed for 12 years.", [("12", 12, None, None, "years", None, None)]),
    # a count before a superlative is a figure without an owner or a partitive, and so is any
    # other figure beside one; an open bound in a main clause, after a comma, on a singular or a
    # counted noun, or in a past clause is a claim, not a criterion; so is one period after a verb
    ("Seven people died in the fire.", [("Seven", 7, None, None, "people", None, None)]),
    ("The region's three largest towns lost $2bn.", [("$2bn", 2e9, None, None, "dollars", None, None)]),
    ("The 20 biggest projects ran over budget.", [("20", 20, None, None, "projects", None, None)]),
    ("His three most recent books sold 2 million copies.", [("2 million", 2e6, None, None, "copies", None, None)]),
    ("The group raised $1 million or more.",
     [("$1 million or more", 1e6, 1e6, None, "dollars", "at least", None)]),
    ("The charity, which raised $1m or more, closed.", [("$1m or more", 1e6, 1e6, None, "dollars", "at least", None)]),
    ("Zembia, with more than 3 million people, voted no.",
     [("more than 3 million", 3e6, 3e6, None, "people", "more than", None)]),
    ("A town with more than 5,000 people voted no.", [("more than 5,000", 5000, 5000, None, "people", "more than", None)]),
    ("The two firms that lost more than $1bn collapsed.",
     [("more than $1bn", 1e9, 1e9, None, "dollars", "more than", None)]),
    ("Police arrested men who had more than 40 guns.", [("more than 40", 40, 40, None, "guns", "more than", None)]),
    ("Donors who gave $3m were named.", [("$3m", 3e6, None, None, "dollars", None, None)]),
    ("Loans accumulated over 15 years.", [("over 15", 15, 15, None, "years", "more than", None)]),
    # how long someone was held or punished is a figure; so is a delay, a run that is not a streak,
    # and the size of a body, a result or a measure given in a modifier
    ("He was held without charge for 33 months.", [("33", 33, None, None, "months", None, None)]),
    ("The court jailed him for 12 years.", [("12", 12, None, None, "years", None, None)]),
    ("Rebels kept the hostages for 40 days.", [("40", 40, None, None, "days", None, None)]),
    ("Passengers faced delays of up to 40 hours.", [("up to 40", 40, None, 40, "hours", "up to", None)]),
    ("The strike lasted 13 days.", [("13", 13, None, None, "days", None, None)]),
    ("Water was available for fewer than three days a week.",
     [("fewer than three", 3, None, 3, "days a week", "less than", None)]),
    ("The clinic opens for four hours a day.", [("four", 4, None, None, "hours a day", None, None)]),
    ("Pupils lost at least 40 hours of teaching.", [("at least 40", 40, 40, None, "hours", "at least", None)]),
    ("The job took 300 workers.", [("300", 300, None, None, "workers", None, None)]),
    # a one-letter currency symbol before an amount with a scale
    ("The municipality lost at least R14 million.", [("at least R14 million", 14e6, 14e6, None, "rand", "at least", None)]),
    ("Irregular spending reached R1.2 billion.", [("R1.2 billion", 1.2e9, None, None, "rand", None, None)]),
    ("The board approved R610m for repairs.", [("R610m", 610e6, None, None, "rand", None, None)]),
    ("South Africa will spend R5 billion on roads.", [("R5 billion", 5e9, None, None, "rand", None, None)]),
    # the naira's "N" as the press writes it; a letter mark before thousands grouped by commas or a
    # sum paid per period; a scale joined by a hyphen ("¥15-billion"); no road, mask or army size
    ("The cabinet approved a N2.7 trillion spending plan.", [("N2.7 trillion", 2.7e12, None, None, "naira", None, None)]),
    ("Lawmakers queried N350bn set aside for road repairs.", [("N350bn", 350e9, None, None, "naira", None, None)]),
    ("Farmers owe about N12 billion to the state bank.",
     [("about N12 billion", 12e9, None, None, "naira", "about", None)]),
    ("She earns R9,200 a month as a cleaner.", [("R9,200", 9200, None, None, "rand a month", None, None)]),
    ("The union asked for R650 a month more for housing.", [("R650", 650, None, None, "rand a month", None, None)]),
    ("He paid R120 per day for the room.", [("R120", 120, None, None, "rand a day", None, None)]),
    ("The lender signed a ¥15-billion credit line with the city.",
     [("¥15-billion", 15e9, None, None, "yen", None, None)]),
    ("The club spent £2.5-million on a striker.", [("£2.5-million", 2.5e6, None, None, "pounds", None, None)]),
    ("The deficit hit £1.2trn last year.", [("£1.2trn", 1.2e12, None, None, "pounds", None, None)]),
    ("Traffic was diverted onto the N2 motorway near the town.", []),
    ("The N7 highway between the towns reopened.", []),
    ("Nurses wore N95 masks throughout the shift.", []),
    ("Drivers on the R61 a week ago saw the crash.", []),
    ("A 5-million-strong army marched.", []),
    # a fraction of a scale is one amount, the scale no second figure; a fraction of a noun is a share
    ("The fraudster took nearly a quarter of a million dollars.",
     [("nearly a quarter of a million", 250000, None, 250000, "dollars", "almost", None)]),
    ("Donors gave three-quarters of a million euros to the appeal.",
     [("three-quarters of a million", 750000, None, None, "euros", None, None)]),
    ("Half of a billion people lack clean water.", [("Half of a billion", 5e8, None, None, "people", None, None)]),
    ("About a quarter of the million residents left.",
     [("About a quarter", 0.25, None, None, "share of residents", "about", None)]),
    ("Half the billion-dollar fund was spent.", []),
    # two percentages joined by "to" as a noun's complement are one range; a change moves one to the other
    ("The firm expects growth of 5% to 9% this year.", [("5% to 9%", 5, 5, 9, "% growth", None, None)]),
    ("Analysts see a margin of 12% to 15% for the unit.", [("12% to 15%", 12, 12, 15, "% margin", None, None)]),
    ("Earlier guidance was for growth of 3% to 6%.", [("3% to 6%", 3, 3, 6, "% growth", None, None)]),
    ("The bank cut its forecast of 5% to 3% on Monday.",
     [("5%", 5, None, None, "%", None, None), ("3%", 3, None, None, "%", None, None)]),
    ("Inflation rose by 2% to 5% in May.",
     [("2%", 2, None, None, "%", None, None), ("5%", 5, None, None, "%", None, None)]),
    ("The board raised its stake of 20% to 30% last week.",
     [("20%", 20, None, None, "%", None, None), ("30%", 30, None, None, "% stake", None, None)]),
    ("Prices rose from a level of 4% to 6% in May.",
     [("4%", 4, None, None, "%", None, None), ("6%", 6, None, None, "%", None, None)]),
    ("They increased the rate of duty of 10% to 15%.",
     [("10%", 10, None, None, "%", None, None), ("15%", 15, None, None, "%", None, None)]),
    ("The plan lifted the share of pupils of 30% to 40% by June.",
     [("30%", 30, None, None, "%", None, None), ("40%", 40, None, None, "%", None, None)]),
    # what a measure CAN come to is its ceiling; what it could or did reach is no bound
    ("Fines under the law can reach 4%.", [("4%", 4, None, 4, "%", "up to", None)]),
    ("Damages can amount to $2 million.", [("$2 million", 2e6, None, 2e6, "dollars", "up to", None)]),
    ("The levy can hit 9% for large firms.", [("9%", 9, None, 9, "% levy", "up to", None)]),
    ("Sales could reach $5 million this year.", [("$5 million", 5e6, None, None, "dollars", None, None)]),
    ("Turnout may hit 60% on Sunday.", [("60%", 60, None, None, "%", None, None)]),
    ("Fines cannot reach 4% under the new rules.", [("4%", 4, None, None, "%", None, None)]),
    ("If shares can reach $50, the fund will sell.", [("$50", 50, None, None, "dollars", None, None)]),
    ("Unless costs can run to $40,000, the scheme will not pay.", [("$40,000", 40000, None, None, "dollars", None, None)]),
    ("The firm kept its forecast of 410 billion yen.", [("410 billion", 410e9, None, None, "yen", None, None)]),
    ("The levy raised 8 million yuan and 5 million euros.",
     [("8 million", 8e6, None, None, "yuan", None, None), ("5 million", 5e6, None, None, "euros", None, None)]),
    ("The R101 motorway carries 40,000 cars a day.", [("40,000", 40000, None, None, "cars a day", None, None)]),
    ("Each family gets $200 for three months.", [("$200", 200, None, None, "dollars per family", None, None)]),   # each one of many (session 45)
    ("A nine-member panel will review the case.", [("nine", 9, None, None, "members", None, None)]),
    ("The 55-member African Union met.", [("55", 55, None, None, "members", None, None)]),
    ("Labour won with a 70-seat majority.", [("70", 70, None, None, "seats", None, None)]),
    ("The motion passed by a two-vote margin.", [("two", 2, None, None, "votes", None, None)]),
    ("A 5.1-magnitude earthquake hit the coast.", [("5.1", 5.1, None, None, "magnitude", None, None)]),
    ("The 500-bed hospital opened in May.", [("500", 500, None, None, "beds", None, None)]),
    # a share or an amount a change verb moves past is bounded by it; other things a verb passes are not
    ("The rider fell over two barriers.", [("two", 2, None, None, "barriers", None, None)]),
    ("The ruling fell under two laws.", [("two", 2, None, None, "laws", None, None)]),
    ("Attendance in staff rooms fell below 10 percent on Monday.",
     [("below 10 percent", 10, None, 10, "% attendance", "less than", None)]),
    ("The shares fell under $2 on Friday.", [("under $2", 2, None, 2, "dollars", "less than", None)]),
    ("The rate climbed above 8 percent.", [("above 8 percent", 8, 8, None, "%", "more than", None)]),
    # what only looks like a supposed period, a clock time, an age, a model or a ranking: still amounts
    ("A strike that lasted two weeks cost the port $10 million.",
     [("two", 2, None, None, "weeks", None, None), ("$10 million", 1e7, None, None, "dollars", None, None)]),
    ("If the strike lasts, 3,000 jobs will go.", [("3,000", 3000, None, None, "jobs", None, None)]),
    ("If approved, the plan would cost $4 billion.", [("$4 billion", 4e9, None, None, "dollars", None, None)]),
    ("Staff waited 40 days for pay.", [("40", 40, None, None, "days", None, None)]),
    ("The siege, which lasted 33 days, left 400 people dead.",
     [("33", 33, None, None, "days", None, None), ("400", 400, None, None, "people", None, None)]),
    ("By nine votes to four, the council approved the plan.",
     [("nine", 9, None, None, "votes", None, None), ("four", 4, None, None, "votes", None, None)]),
    ("By noon, 12 boats had sunk.", [("12", 12, None, None, "boats", None, None)]),
    ("At three sites, police found drugs.", [("three", 3, None, None, "sites", None, None)]),
    ("By 2,000 votes, she won the seat.", [("2,000", 2000, None, None, "votes", None, None)]),
    ("Raising the age cut 40,000 claims.", [("40,000", 40000, None, None, "claims", None, None)]),
    ("The council raised the fee to 65 pounds.", [("65", 65, None, None, "pounds", None, None)]),
    ("The NHS hired 300 nurses.", [("300", 300, None, None, "nurses", None, None)]),
    ("The NHS needs 200-300 more nurses.", [("200-300", 200, 200, 300, "nurses", None, None)]),
    ("Two of the largest makers cut 3,000 jobs.", [("3,000", 3000, None, None, "jobs", None, None)]),
    ("Two of the five largest banks failed.", [("Two", 2, None, None, "largest banks", None, None)]),
    # a unit symbol joined to the number, at one or both ends of a range
    ("The storm dumped 70mm of rain.", [("70mm", 70, None, None, "mm", None, None)]),
    ("Forecasters said 70mm to 90mm of rain fell.", [("70mm to 90mm", 70, 70, 90, "mm", None, "forecasters", 0, None)]),
    ("The queue stretched 5km-8km.", [("5km-8km", 5, 5, 8, "km", None, None)]),
    ("Up to 120mm fell overnight.", [("Up to 120mm", 120, None, 120, "mm", "up to", None)]),
    ("Between 5km and 8km of road was shut.", [("Between 5km and 8km", 5, 5, 8, "km", "between", None)]),
    ("The plant makes 3GW of power.", [("3GW", 3, None, None, "GW", None, None)]),
    ("The rail link is 140km long.", [("140km", 140, None, None, "km", None, None)]),
    ("Police seized 2kg of cocaine.", [("2kg", 2, None, None, "kg", None, None)]),
    ("The firm made £40m.", [("£40m", 4e7, None, None, "pounds", None, None)]),
    # a rate: the share of the group the noun after it names; not a count and where it was made ("in" on the verb)
    ("Tom Reed has scored 12 in 20 games this season.", []),
    ("The bowler took 5 in 30 overs.", []),
    ("One in five adults smoke.", [("One in five", 0.2, None, None, "share of adults", None, None)]),
    ("Only one in three high-speed trains ran on Thursday.",
     [("one in three", 0.3333, None, None, "share of high-speed trains", None, None)]),
    ("Three out of every ten homes lack heating.", [("Three out of every ten", 0.3, None, None, "share of homes", None, None)]),
    ("Fewer than 1 in 10 voters turned out.", [("Fewer than 1 in 10", 0.1, None, 0.1, "share of voters", "less than", None)]),
    ("Ann Lowe said about one in four nursing posts is vacant.",
     [("about one in four", 0.25, None, None, "share of nursing posts", "about", "Ann Lowe")]),
    ("One in four of the 200 staff quit.",
     [("One in four", 0.25, None, None, "share of staff", None, None), ("200", 200, None, None, "staff", None, None)]),
    # the group named between the numbers ('one child in three'); a noun after the second is no rate
    ("Fewer than one child in four owns a bicycle.",
     [("Fewer than one child in four", 0.25, None, 0.25, "share of children", "less than", None)]),
    ("Only one firm in ten pays the levy.", [("one firm in ten", 0.1, None, None, "share of firms", None, None)]),
    ("More than one voter in five backed him.",
     [("More than one voter in five", 0.2, 0.2, None, "share of voters", "more than", None)]),
    ("The team scored one goal in three games.", [("three", 3, None, None, "games", None, None)]),
    ("One man in three cars was stopped.", [("three", 3, None, None, "cars", None, None)]),
    ("She saw one patient in two hours.", []),
    # a word written with a hyphen is what is counted whole
    ("Police are investigating two similar break-ins in Leeds.",
     [("two", 2, None, None, "break-ins", None, None)]),
    ("The group staged three sit-ins last month.", [("three", 3, None, None, "sit-ins", None, None)]),
    ("The firm announced 200 lay-offs.", [("200", 200, None, None, "lay-offs", None, None, 0, "The firm")]),
    # a scaled decimal is the amount written, without the float's residue (8.3 * 1e9 = 8300000000.000001)
    ("The state spent N8.3 billion on salaries.", [("N8.3 billion", 8_300_000_000, None, None, "naira", None, None)]),
    ("Debts reached $4.1 million.", [("$4.1 million", 4_100_000, None, None, "dollars", None, None)]),
    # a number in a label: between a capitalised noun and the singular noun it is hung on, or the
    # next of a series after a labelled one ("Grade 7 and 8"): which ones, no count
    ("Division 3 councillor Rae Tolland said the loan was secure.", []),
    ("The Zone 3 manager resigned.", []),
    ("Several Grade 7 and 8 classes now have 31 pupils.", [("31", 31, None, None, "pupils", None, None)]),
    ("Phase 1 and 2 works will start in May.", []),
    # NEGATIVE: a count after a label, far from its number; a count of a plural noun; no label before
    ("Ward 4 and 300 homes were flooded.", [("300", 300, None, None, "homes", None, None)]),
    ("Team 2 and 40 fans travelled.", [("40", 40, None, None, "fans", None, None)]),
    ("About 4 councillor posts are vacant.", [("About 4", 4, None, None, "councillor posts", "about", None)]),
    ("Four councillors and 3 officers resigned.",
     [("Four", 4, None, None, "councillors", None, None), ("3", 3, None, None, "officers", None, None)]),
    # NEGATIVE (review F5, F6): a count with words of its own before its noun after a label; a
    # count that does not follow the label by one
    ("Phase 1 and 2 more sites will open in the spring.", [("2", 2, None, None, "sites", None, None)]),
    ("Crews cleared Block 2 and 3 more towers on Tuesday.", [("3", 3, None, None, "towers", None, None)]),
    ("Inspectors visited Unit 1 and 2 other wards at the Halden hospital.",
     [("2", 2, None, None, "wards", None, None)]),
    ("Stage 1 and 4 new stations will be built by 2027.", [("4", 4, None, None, "stations", None, None)]),
    ("Officials closed Route 9 and 12 schools on Monday after the storm.",
     [("12", 12, None, None, "schools", None, None)]),
    ("The storm hit Sector 5 and 8 farms east of Morley.", [("8", 8, None, None, "farms", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS, ids=first_values(AMOUNTS))
def test_amount(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


CLAIMS = [
    # claims29: a phrase set off by a comma after the clause a verb of telling reports, which the
    # parser hangs on the verb, is reported with the clause; NEGATIVE: a question, a denial
    ("Tom Reed told reporters that the plant would close in May, a loss of 400 jobs.",
     [("400", 400, None, None, "jobs", None, "Tom Reed")]),
    ("Tom Reed would not tell reporters whether the plant would close, a loss of 400 jobs.",
     [("400", 400, None, None, "jobs", None, None)]),
    # claims29: the owner of a target or guidance whose value the figure gives claims it, as for a
    # forecast; NEGATIVE: a target doubted, one of another ('his' for a woman), one no actor owns
    ("Tom Reed, an analyst at Orvan Capital, cut his price target on the stock to $1.30.",
     [("$1.30", 1.3, None, None, "dollars", None, "Tom Reed")]),
    ("Orvan Capital raised its price target for Vantor Mining to $4.50.",
     [("$4.50", 4.5, None, None, "dollars", None, "Orvan Capital")]),
    ("Vantor Mining kept its production target at 40,000 tonnes.",
     [("40,000", 40000, None, None, "tonnes", None, "Vantor Mining")]),
    ("Vantor Mining lowered its sales guidance to $2bn.", [("$2bn", 2e9, None, None, "dollars", None, "Vantor Mining")]),
    ("The Norland Treasury's growth target is 3%.", [("3%", 3, None, None, "% growth target", None, "Norland Treasury")]),
    ("Tom Reed questioned the bank's target of 5%.", [("5%", 5, None, None, "%", None, None)]),
    ("Ann Lowe cut his price target to $1.30.", [("$1.30", 1.3, None, None, "dollars", None, None)]),
    ("The team missed the target of 40,000 tonnes.", [("40,000", 40000, None, None, "tonnes", None, None)]),
    # claims29 review NEGATIVE: a target someone else sets or cuts for its owner is not the owner's claim
    ("The minister cut Vantor Mining's production target to 30,000 tonnes.",
     [("30,000", 30000, None, None, "tonnes", None, None)]),
    ("Vantor Mining's target for 2027 was set by the regulator at 50,000 tonnes.",
     [("50,000", 50000, None, None, "tonnes", None, None)]),
    # the speaker of the statement that contains the figure
    ("Mayor Lena Ortiz said repairs would cost 2 million dollars.",
     [("2 million", 2e6, None, None, "dollars", None, "Lena Ortiz")]),
    ("Repairs will cost 2 million dollars, Mayor Lena Ortiz said.",
     [("2 million", 2e6, None, None, "dollars", None, "Lena Ortiz")]),
    # the source the sentence gives
    ("According to the Red Cross, at least 35 people died.",
     [("at least 35", 35, 35, None, "people", "at least", "Red Cross")]),
    # a figure in the description of the speaker is not part of the statement
    ("Anna Berg, who chairs the 12-member board, said the plan was sound.", [("12", 12, None, None, "members", None, None)]),
    # a report inside a relative or adverbial clause is its own subject's, not the sentence speaker's
    ("Mayor Lena Ortiz backed a levy which the council says would raise £240,000 a year.",
     [("£240,000", 240000, None, None, "pounds a year", None, None)]),
    ("Mayor Lena Ortiz backed a levy that auditors say will raise $3 million.",
     [("$3 million", 3e6, None, None, "dollars", None, "auditors")]),
    ("Tom Reed left the board after regulators found $2 million missing.",
     [("$2 million", 2e6, None, None, "dollars", None, None)]),
    ("Lena Ortiz quits after audit finds €1.7 million missing.", [("€1.7 million", 1.7e6, None, None, "euros", None, None)]),
    ("Anna Berg said the scheme, which officials say costs $4 million, would continue.",
     [("$4 million", 4e6, None, None, "dollars", None, "officials")]),
    ("Anna Berg praised the plan, which the Zembia Mining Company says will create 400 jobs.",
     [("400", 400, None, None, "jobs", None, "Zembia Mining Company")]),
    ("Anna Berg resigned after she admitted taking $5,000.", [("$5,000", 5000, None, None, "dollars", None, "Anna Berg")]),
    # a document no actor was found to issue, in a relative clause, shows its figures for nobody named (the
    # document in words)
    ("Ann Lowe criticised a report that showed 12 unsafe bridges.", [("12", 12, None, None, "bridges", None, None, 0, "a report")]),
    ("Ann Lowe criticised a report which flagged 12 unsafe bridges.", [("12", 12, None, None, "bridges", None, None, 0, "a report")]),
    ("Ann Lowe said a survey that found 12 unsafe bridges was wrong.", [("12", 12, None, None, "bridges", None, None)]),
    # but its named author's, and what a relative clause on no document says stays the speaker's
    ("Ann Lowe cited a report by the Harbour Trust that showed 12 unsafe bridges.",
     [("12", 12, None, None, "bridges", None, "Harbour Trust")]),
    ("Ann Lowe criticised a plan that would cut 300 jobs.", [("300", 300, None, None, "jobs", None, "Ann Lowe")]),
    # what a report or a body flags or highlights is its finding
    ("The Zembia Audit Office's latest report flagged irregular spending of $4m.",
     [("$4m", 4e6, None, None, "dollars", None, "Zembia Audit Office")]),
    ("The Harbour Trust highlighted a 40% rise in thefts.", [("40%", 40, None, None, "% rise in thefts", None, "Harbour Trust")]),
    ("A report by the Harbour Trust flagged 12 unsafe bridges.", [("12", 12, None, None, "bridges", None, "Harbour Trust")]),
    ("The Zembia Audit Office flagged down 3 taxis on Monday.", [("3", 3, None, None, "taxis", None, None)]),
    ("Tom Reed said the report, which he wrote, shows 300 jobs will go.", [("300", 300, None, None, "jobs", None, "Tom Reed")]),
    ("The Zembia Health Trust rejected the plan, saying it would cost 40 million dollars.",
     [("40 million", 40e6, None, None, "dollars", None, "Zembia Health Trust")]),
    # nobody claims it
    ("About 200 fighters surrendered on Sunday.", [("About 200", 200, None, None, "fighters", "about", None)]),
]


@pytest.mark.parametrize("sentence, expected", CLAIMS, ids=[s for s, _ in CLAIMS])
def test_claimant(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


# Where no statement with a named speaker holds the figure, the sentence's own attribution:
# the subject of an attributing verb whose clause or object holds it, the owner or author of
# a poll or report it belongs to, "according to X", a cue before a colon. Only a source
# extraction named (a name, a resolved pronoun) claims; anything else stays unclaimed.
ATTRIBUTED = [
    # claims28: a cue closing the sentence after the speaker's phrase set off by commas, which the
    # parser hung on a noun before as an apposition (the cue left without a subject), is that
    # phrase's named actor's; a place inside a role phrase claims nothing
    ("The province has set aside R2.1 billion to fight a measles outbreak that has so far killed 14 children, "
     "the Minister for Health, Dr Sipho Ndlovane, said yesterday.",
     [("R2.1 billion", 2.1e9, None, None, "rand", None, "Sipho Ndlovane"),
      ("14", 14, None, None, "children", None, "Sipho Ndlovane")]),
    ("The agency has spent $12m on a cholera campaign that reached 300 villages, the Secretary for Water, "
     "Ms Grace Otieno, said on Tuesday.",
     [("$12m", 12e6, None, None, "dollars", None, "Grace Otieno"),
      ("300", 300, None, None, "villages", None, "Grace Otieno")]),
    ("The ministry has vaccinated 45,000 children in districts that have recorded 80 cases, the head of the "
     "Pell Institute, Prof Ilse Marten, told reporters.",
     [("45,000", 45000, None, None, "children", None, "Ilse Marten"),
      ("80", 80, None, None, "cases", None, "Ilse Marten")]),
    ("The board has approved 240 new homes on land that was cleared in May, the leader of the council, "
     "Cllr Hana Bergstrom, announced on Friday.",
     [("240", 240, None, None, "homes", None, "Hana Bergstrom")]),
    ("The fund paid $3m to 40 families, its chairman, Pieter Vos, confirmed.",
     [("$3m", 3e6, None, None, "dollars", None, "Pieter Vos"), ("40", 40, None, None, "families", None, "Pieter Vos")]),
    ("Rents rose 12% in the year to May across Varnley, the mayor of Varnley, said.",
     [("12%", 12, None, None, "% rise in rents", None, None)]),
    ("The city will build 300 homes under a new plan, the Varnley Accord, announced in May.",
     [("300", 300, None, None, "homes", None, None)]),
    # NEGATIVE: the phrase before the cue is the subject of a clause of time, not the sentence's source
    ("The ministry bought 400 ambulances in 2020, months before the health minister, Ann Lowe, reported on Friday.",
     [("400", 400, None, None, "ambulances", None, None)]),
    ("The bank lent £4m to Kessa Ltd in 2019, two years before the firm's founder, Tom Reed, announced on Friday.",
     [("£4m", 4e6, None, None, "pounds", None, None)]),
    ("The fund paid $3m to 40 families in March, weeks after its chairman, Pieter Vos, resigned and confirmed.",
     [("$3m", 3e6, None, None, "dollars", None, None), ("40", 40, None, None, "families", None, None)]),
    # claims28: verbs that report only a clause ('told X that ...', counsel 'submitted that ...',
    # 'Reuters understands that ...') give it to their subject, a second 'and that' clause too;
    # not their objects, a denied verb nor a question ('does not understand why ...')
    ("Deputy director Lam Quoc Bao told reporters that the company had lost about VND12 trillion over two years, "
     "and that the new tariff would add about VND3.1 trillion to its revenue.",
     [("about VND12 trillion", 12e12, None, None, "dong", "about", "Lam Quoc Bao"),
      ("about VND3.1 trillion", 3.1e12, None, None, "dong", "about", "Lam Quoc Bao")]),
    ("Mayor Lidia Ostrova told councillors the city had spent $4m on repairs, and that 60 homes remained empty.",
     [("$4m", 4e6, None, None, "dollars", None, "Lidia Ostrova"), ("60", 60, None, None, "homes", None, "Lidia Ostrova")]),
    ("Pim Janssen told the inquiry that staff had logged 300 faults, and that engineers had fixed 120 of them.",
     [("300", 300, None, None, "faults", None, "Pim Janssen"), ("120", 120, None, None, "faults", None, "Pim Janssen")]),
    ("Counsel for the family, Tomas Evrard, submitted that the company had ignored 19 warnings.",
     [("19", 19, None, None, "warnings", None, "Tomas Evrard")]),
    ("The Harbour Union submitted 300 objections to the plan.", [("300", 300, None, None, "objections", None, None)]),
    ("Reuters understands that Halvorsen Bank will cut 900 jobs.", [("900", 900, None, None, "jobs", None, "Reuters")]),
    ("Bloomberg understands the Tarrow fund has sold 4% of its stake.",
     [("4%", 4, None, None, "% of stake", None, "Bloomberg")]),
    ("Reuters does not understand why Halvorsen Bank spent $40m on consultants.",
     [("$40m", 40e6, None, None, "dollars", None, None)]),
    ("Halvorsen Bank could not understand how 200 accounts were opened.",
     [("200", 200, None, None, "accounts", None, None)]),
    # claims28: a clause joined by 'but'/'and' to a past cue goes on with what it reports where its
    # tense is back-shifted to the past perfect (through 'had been able to'); not a simple past or present
    ("Fire chief Hemi Walker said no one had been hurt, but crews had not yet been able to reach "
     "at least two settlements north of Orsby.",
     [("at least two", 2, 2, None, "settlements", "at least", "Hemi Walker")]),
    ("Fire chief Hemi Walker said the river had peaked, and crews had rescued 14 people overnight.",
     [("14", 14, None, None, "people", None, "Hemi Walker")]),
    ("Lena Moss said the talks had failed, but the union had already lost 300 members.",
     [("300", 300, None, None, "members", None, "Lena Moss")]),
    # a passive event with 'still' joined by 'but' is no state of the speaker's own tense: it may be the
    # writer's update (session 52 review), so no claimant rather than a false one
    ("Fire chief Hemi Walker said the river had peaked, but 40 homes were still cut off.",
     [("40", 40, None, None, "homes", None, None)]),
    ("Fire chief Hemi Walker said the river had peaked, but 40 homes remain cut off.",
     [("40", 40, None, None, "homes", None, None)]),
    ("Lena Moss says the talks have failed, but 300 members had left the union earlier.",
     [("300", 300, None, None, "members", None, None)]),
    # claims28: a name set off after the principal of 'a spokesperson for X' is the spokesperson's,
    # who claims the figure (a figure follows whoever the statement found speaks, not the title)
    ("A spokesperson for Immigration Minister Priya Vance, Jules Tremont, said Ottawa had already given Kesby "
     "more than $250 million.",
     [("more than $250 million", 250e6, 250e6, None, "dollars", "more than", "Jules Tremont")]),
    ("A spokeswoman for Senator Ruth Adair, Mona Keel, said the bill would cost $12bn.",
     [("$12bn", 12e9, None, None, "dollars", None, "Mona Keel")]),
    ("A spokeswoman for Mr Adair, Mona Keel, dismissed the criticism as \"noise\" and said the office had spent "
     "roughly $1.3 million on outreach.",
     [("roughly $1.3 million", 1.3e6, None, None, "dollars", "about", "Mona Keel")]),
    ("A spokesman for the Orvan Fund, Jo Hale, said the loan would be cut by $2bn.",
     [("$2bn", 2e9, None, None, "dollars", None, "Jo Hale")]),
    ("A spokesman for Mayor Tom Reyes said the Orvan Fund estimates the cost at $40m.",
     [("$40m", 40e6, None, None, "dollars", None, "Orvan Fund")]),
    # claims28: a body records a measure with its unit ('recorded 184mm'); a bare number recorded
    # is a score, and a record denied is none
    ("The Tarrow Weather Bureau recorded 184mm of rain at Orsby on Tuesday.",
     [("184mm", 184, None, None, "mm", None, "Tarrow Weather Bureau")]),
    ("Schools closed after the Kessel Meteorological Service recorded 96mm in six hours at Pell Bay.",
     [("96mm", 96, None, None, "mm", None, "Kessel Meteorological Service")]),
    ("The Kessel Meteorological Service registered 41mm at Orsby airport.",
     [("41mm", 41, None, None, "mm", None, "Kessel Meteorological Service")]),
    ("Tomas Evrard recorded 58 in the first round.", []),
    ("The Kessel Meteorological Service did not record 200mm at any station.",
     [("200mm", 200, None, None, "mm", None, None)]),
    # claims26: a participle of citing gives its fact to the clause's subject (not a document's
    # figure); a change set after a recorded count is the recorder's; 'its' after a name or a
    # body noun as the clause's subject is no body of the sentence before
    ("The World Bank on Friday ended its review without a deal, citing a budget gap of about $3.4 billion in the first half.",
     [("about $3.4 billion", 3.4e9, None, None, "dollars", "about", "World Bank")]),
    ("The Harbour Union called off the talks on Monday, citing losses of $12 million.",
     [("$12 million", 12e6, None, None, "dollars", None, "Harbour Union")]),
    ("The Harbour Union called off the talks, citing a report that showed 40 jobs would go.",
     [("40", 40, None, None, "jobs", None, None, 0, "a report")]),
    ("The Coastal Water Authority recorded 41,000 sewage overflow events across the region last year, up 9 per cent on the year before.",
     [("41,000", 41000, None, None, "sewage overflow events", None, "Coastal Water Authority"),
      ("9 per cent", 9, None, None, "% rise in sewage overflow events", None, "Coastal Water Authority")]),
    ("Police arrested 40 people on Friday, up 10 percent on last week.",
     [("40", 40, None, None, "people", None, None), ("10 percent", 10, None, None, "%", None, None)]),
    ("The Coastal Water Authority warned of shortages. Velmora Water paid £2.2bn in dividends between 2016 and 2023, according to its annual reports.",
     [("£2.2bn", 2.2e9, None, None, "pounds", None, None, 1)]),
    ("The Coastal Water Authority warned of shortages. Prices rose 4 percent last year, according to its report.",
     [("4 percent", 4, None, None, "% rise in prices", None, "Coastal Water Authority", 1)]),
    # a verb of valuing gives its subject's value of an amount noun; nothing else it places
    ("Ann Lowe placed troops at 12 checkpoints.", [("12", 12, None, None, "checkpoints", None, None)]),
    ("Ann Lowe said insurers put the cost at $4m.", [("$4m", 4e6, None, None, "dollars", None, None)]),
    ("Tom Reed put 40 chairs at the door.", [("40", 40, None, None, "chairs", None, None)]),
    ("Ann Lowe put the number at the top of a list of 12 priorities.", [("12", 12, None, None, "priorities", None, None)]),
    ("Ann Lowe said the firm put its staff at risk by cutting 300 jobs.",
     [("300", 300, None, None, "jobs", None, "Ann Lowe")]),
    ("Tom Reed set the price at $40.", [("$40", 40, None, None, "dollars", None, None)]),
    ("The union said 38 percent of staff struck, while Ann Lowe put the figure at 27 percent.",
     [("38 percent", 38, None, None, "% of staff", None, None, 0, "The union"), ("27 percent", 27, None, None, "%", None, "Ann Lowe")]),
    ("Tom Reed put the cost at $4 billion.", [("$4 billion", 4e9, None, None, "dollars", None, "Tom Reed")]),
    ("The Central Bank pegged the total at 12,000 jobs.", [("12,000", 12000, None, None, "jobs", None, "Central Bank")]),
    ("Ann Lowe placed the death toll at 31.", [("31", 31, None, None, "deaths", None, "Ann Lowe")]),
    ("The Central Bank has valued the losses at $3 billion.",
     [("$3 billion", 3e9, None, None, "dollars", None, "Central Bank")]),
    ("The Harbour Trust put the number of lost boats at 700.", [("700", 700, None, None, "lost boats", None, "Harbour Trust")]),
    # a sentence the parser reads as one noun phrase: the attributing verb after a name, taken for a compound
    ("The Harbour Trust forecasts growth of 2.1% next year.", [("2.1%", 2.1, None, None, "% growth", None, "Harbour Trust")]),
    ("The World Bank projects growth of 3% in 2027.", [("3%", 3, None, None, "% growth", None, "World Bank")]),
    ("Kestrel Bank branches in 40 towns.", [("40", 40, None, None, "towns", None, None)]),
    # a comment the writer sets after the clause is nobody's; one inside a reported clause stays the speaker's
    ("Ann Lowe said the firm hired 40 staff last year, a record for a firm with 900 workers.",
     [("40", 40, None, None, "staff", None, "Ann Lowe"), ("900", 900, None, None, "workers", None, "Ann Lowe")]),
    ("Ann Lowe said profit fell to $2m, a drop of 40 percent.",
     [("$2m", 2e6, None, None, "dollars", None, "Ann Lowe"), ("40 percent", 40, None, None, "% drop in profit", None, "Ann Lowe")]),
    ("Ann Lowe said 40 people died, 12 of them children.",
     [("40", 40, None, None, "people", None, "Ann Lowe"), ("12", 12, None, None, "people", None, "Ann Lowe")]),
    ("Tom Reed said the plan would save $4m a year, enough for 120 nurses.",
     [("$4m", 4e6, None, None, "dollars a year", None, "Tom Reed"), ("120", 120, None, None, "nurses", None, "Tom Reed")]),
    ("Tom Reed announced 300 new jobs on Monday, a boost for a town of 9,000 people.",
     [("300", 300, None, None, "jobs", None, "Tom Reed"), ("9,000", 9000, None, None, "people", None, None)]),
    ("“I never cheated,” Tom Reed wrote online, a post that has since drawn more than 150,000 likes.",
     [("more than 150,000", 150000, 150000, None, "likes", "more than", None)]),
    ("The Harbour Authority ran fewer than 300 checks last year, according to the Central Bank, "
     "a small number for a port of 2 million tonnes.",
     [("fewer than 300", 300, None, 300, "checks", "less than", "Central Bank"),
      ("2 million", 2e6, None, None, "tonnes", None, None)]),
    ("The Harbour Authority ran 300 checks last year, according to the Central Bank, "
     "a low number for a port that handles 2 million tonnes.",
     [("300", 300, None, None, "checks", None, "Central Bank"), ("2 million", 2e6, None, None, "tonnes", None, None)]),
    ("“We will rebuild,” Ann Lowe told reporters, a pledge that 40 families have heard before.",
     [("40", 40, None, None, "families", None, None)]),
    ("The Central Bank calculated on Monday that 40,000 jobs were lost.",
     [("40,000", 40000, None, None, "jobs", None, "Central Bank")]),
    ("Tom Reed found 14 cracks in the deck.", [("14", 14, None, None, "cracks", None, "Tom Reed")]),
    # the owner of a report, the author of a survey or study
    ("The Central Bank's report counted 40 schools.", [("40", 40, None, None, "schools", None, "Central Bank")]),
    ("A Harbour Authority survey showed 30% of boats were unsafe.",
     [("30%", 30, None, None, "% of boats", None, "Harbour Authority")]),
    ("A study by the Central Bank found 40% of households were in debt.",
     [("40%", 40, None, None, "% of households", None, "Central Bank")]),
    ("Tom Reed topped the Daily Herald's poll with 30% of the vote.",
     [("30%", 30, None, None, "% of vote", None, "Daily Herald")]),
    ("According to data from the Harbour Safety Archive, at least five people died.",
     [("at least five", 5, 5, None, "people", "at least", "Harbour Safety Archive")]),
    ("Growth will reach 2%, according to a Central Bank forecast.",
     [("2%", 2, None, None, "%", None, "Central Bank")]),
    # the author of a document by the verb of issuing it (not one who merely sends, is named in
    # or shares it), a claim after "and an earlier ..." (not "a rival ...")
    ("Tom Reed and Anna Berg published a report showing 40 schools had closed.",
     [("40", 40, None, None, "schools", None, None)]),
    ("Anna Berg was named in a report showing 40 schools had closed.", [("40", 40, None, None, "schools", None, None)]),
    ("The Central Bank sent a report showing 40 schools had closed.", [("40", 40, None, None, "schools", None, None)]),
    ("Tom Reed's pledge to hire 500 nurses, and a rival promise to hire 300 doctors, were welcomed.",
     [("500", 500, None, None, "nurses", None, "Tom Reed"), ("300", 300, None, None, "doctors", None, None)]),
    ("Tom Reed's pledge to hire 500 nurses, and an earlier promise by Anna Berg to hire 300 doctors, were welcomed.",
     [("500", 500, None, None, "nurses", None, "Tom Reed"), ("300", 300, None, None, "doctors", None, "Anna Berg")]),
    ("The Central Bank released a report showing 40,000 jobs were lost.",
     [("40,000", 40000, None, None, "jobs", None, "Central Bank")]),
    ("A report showing 40,000 lost jobs was published by the Central Bank.",
     [("40,000", 40000, None, None, "jobs", None, "Central Bank")]),
    ("Tom Reed's pledge to hire 500 nurses, and an earlier promise to hire 300 doctors, were welcomed.",
     [("500", 500, None, None, "nurses", None, "Tom Reed"), ("300", 300, None, None, "doctors", None, "Tom Reed")]),
    # a promise is its maker's claim
    ("Tom Reed has promised 2 billion roubles to the victims.",
     [("2 billion", 2e9, None, None, "roubles", None, "Tom Reed")]),
    # the body of the experts who made the estimate
    ("Economists at the Central Bank estimated that 40,000 jobs were lost.",
     [("40,000", 40000, None, None, "jobs", None, "Central Bank")]),
    # a second that-clause of the same cue
    ("Ann Lowe said new fathers were now entitled to 8 weeks off, but that few men could use it as only "
     "two of those weeks were paid.",
     [("8", 8, None, None, "weeks", None, "Ann Lowe"), ("two", 2, None, None, "weeks", None, "Ann Lowe")]),
    ("Governor Ann Lowe announced plans on Tuesday to put a further $20 million into the scheme.",
     [("$20 million", 20e6, None, None, "dollars", None, "Ann Lowe")]),
    # the cue before a colon, by the agent of a passive
    ("Analysts at the Harbour Authority modelled what would happen if the port closed: by 2030 the "
     "region would lose 4,000 jobs.", [("4,000", 4000, None, None, "jobs", None, "Harbour Authority")]),
    ("The figures were calculated by the Central Bank: 40,000 jobs were lost.",
     [("40,000", 40000, None, None, "jobs", None, "Central Bank")]),
    # a relative pronoun stands for the noun it describes
    ("Lena Ortiz, who had predicted 40 deaths, resigned on Friday.",
     [("40", 40, None, None, "deaths", None, "Lena Ortiz")]),
    ("They turned to the Central Bank which reported 2,521 closures in the city.",
     [("2,521", 2521, None, None, "closures", None, "Central Bank")]),
    ("“We lost 40 boats last year,” Tom Reed continued.", [("40", 40, None, None, "boats", None, "Tom Reed")]),
    ("The Central Bank continued to cut 500 jobs.", [("500", 500, None, None, "jobs", None, None)]),
    ("The Central Bank added 500 jobs.", [("500", 500, None, None, "jobs", None, None)]),
    # a reason the speaker gives after a cue set off by commas; an average age is a statistic
    ("This is welcome, Ann Lowe said, because workers now retire at an average age of 64.",
     [("64", 64, None, None, "years", None, "Ann Lowe")]),
    # a poll or report the clause opens with; a threat by its owner
    ("In the previous Daily Herald poll, Tom Reed led by 5 percentage points.",
     [("5 percentage points", 5, None, None, "percentage points", None, "Daily Herald")]),
    ("Tom Reed's threats to impose a 35 percent tariff angered Anna Berg.",
     [("35 percent", 35, None, None, "% tariff", None, "Tom Reed")]),
    # one camel-case word the recogniser missed is a body where it reports a share or margin or
    # is cited; not as a hearer or object, not without a share, not a surname with a prefix
    ("Tom Reed gave RealClearPolls 40 dollars.", [("40", 40, None, None, "dollars", None, None)]),
    ("RealClearPolls showed Ann Lowe the way to 40 towns.", [("40", 40, None, None, "towns", None, None)]),
    ("Ann Lowe thanked RealClearPolls for 40 years of work.", []),     # a duration, no figure
    ("Polls give Ann Lowe a lead, with RealClearPolls showing her ahead 3 points.",
     [("3", 3, None, None, "points", None, "RealClearPolls")]),
    ("Ann Lowe is ahead by 3 points, according to RealClearPolls.",
     [("3", 3, None, None, "points", None, "RealClearPolls")]),
    ("RealClearPolls found 40 percent back Ann Lowe.", [("40 percent", 40, None, None, "%", None, "RealClearPolls")]),
    ("In the latest Evening Post poll, 44 percent back Tom Reed.",
     [("44 percent", 44, None, None, "%", None, "Evening Post")]),
    ("In the latest Evening Post poll, Tom Reed went back to 44 percent.",
     [("44 percent", 44, None, None, "%", None, "Evening Post")]),
    ("In the latest poll, 44 percent back Tom Reed.", [("44 percent", 44, None, None, "%", None, None)]),
    ("In the poll booth, 44 percent back Tom Reed.", [("44 percent", 44, None, None, "%", None, None)]),
    ("In May, 40 people died.", [("40", 40, None, None, "people", None, None)]),
    ("Mayor Lena Ortiz says it is pointless to answer Tom Reed's threats to shut the port and impose a 20 percent "
     "levy on imports.", [("20 percent", 20, None, None, "% levy", None, "Tom Reed")]),
    # nobody: a source nobody named, the subject itself, a phrase of time, a pronoun not resolved,
    # a passive without an agent, a verb that attributes nothing, a person's relative
    ("The report, which critics dismissed, counted 40 schools.", [("40", 40, None, None, "schools", None, None, 0, "The report")]),
    ("About 40 protesters said they were beaten.", [("About 40", 40, None, None, "protesters", "about", None)]),
    ("Lena Ortiz resigned after 40 people died.", [("40", 40, None, None, "people", None, None)]),
    ("They estimated that 40 people died.", [("40", 40, None, None, "people", None, None)]),
    ("It is estimated that 40,000 people fled.", [("40,000", 40000, None, None, "people", None, None)]),
    ("Mayor Lena Ortiz met 40 students on Friday.", [("40", 40, None, None, "students", None, None)]),
    ("Anna Berg's husband estimated that 40,000 jobs were lost.",
     [("40,000", 40000, None, None, "jobs", None, None, 0, "Anna Berg's husband")]),
    ("Tom Reed crossed the bridge: 40 people had died there.", [("40", 40, None, None, "people", None, None)]),
    # verbs of events, the hearer of 'tell', 'point' without 'out'
    ("Tom Reed recorded 12 songs in May.", [("12", 12, None, None, "songs", None, None)]),
    # the second infinitive of a request, which the parser joins to the cue
    ("At a summit, Ann Lowe backed the scheme when she urged the banks to cancel loans and provide an extra "
     "$20bn a year in grants.", [("$20bn", 2e10, None, None, "dollars a year", None, "Ann Lowe")]),
    ("Tom Reed urged the chiefs to act and gave $50bn in aid.", [("$50bn", 5e10, None, None, "dollars", None, None)]),
    # unnamed officials in a participle clause: their figure, so no actor's (not the outlet's that relays them)
    ("The Evening Post reported the fire the worst since 1990, with officials reporting at the weekend "
     "150 homes burned.", [("150", 150, None, None, "homes", None, None)]),
    ("Officials reporting 150 soldiers killed met on Monday.", [("150", 150, None, None, "soldiers", None, None)]),
    # figclaim24: a clause or object doubted or rejected is no claim of its subject
    ("Karl Osten doubts that the river lost 28 percent of its flow.",
     [("28 percent", 28, None, None, "% of flow", None, None)]),
    ('"I am less sure that it is 28 percent," said Karl Osten.', [("28 percent", 28, None, None, "%", None, None)]),
    #   the alternative he sets against the doubted amount is his
    ('"I am less sure that it is 28 percent rather than 15 percent," said Karl Osten.',
     [("28 percent", 28, None, None, "%", None, None), ("15 percent", 15, None, None, "%", None, "Karl Osten")]),
    ("Karl Osten is not sure that the river lost 28 percent of its flow.",
     [("28 percent", 28, None, None, "% of flow", None, None)]),
    ("Karl Osten is sceptical that the scheme will save 2 million euros.",
     [("2 million", 2e6, None, None, "euros", None, None)]),
    ("Karl Osten denied that 40 people had died.", [("40", 40, None, None, "people", None, None)]),
    ("Karl Osten rejected claims that 400 people had died.", [("400", 400, None, None, "people", None, None)]),
    ("Karl Osten disputed the ministry's count of 400 deaths.", [("400", 400, None, None, "deaths", None, None)]),
    ("Senator Rita Valdor questioned whether the harbour budget had really grown to $19.5 million.",
     [("$19.5 million", 19.5e6, None, None, "dollars", None, None)]),
    #   near misses: doubt denied, certainty, a rejecter who says his own figure, a named owner
    ("Karl Osten does not doubt that 40 people died.", [("40", 40, None, None, "people", None, "Karl Osten")]),
    ("Karl Osten said he was confident the firm would hire 200 staff.",
     [("200", 200, None, None, "staff", None, "Karl Osten")]),
    ("Karl Osten dismissed the report as wrong and said 40 people had died.",
     [("40", 40, None, None, "people", None, "Karl Osten")]),
    ("The Harbour Union disputed a report by the Port Board that showed 12 unsafe cranes.",
     [("12", 12, None, None, "cranes", None, "Port Board")]),
    # figclaim24: a report by a body's inspector general is the office holder's, not the body's
    ("The Kessa Agency missed 300 faults, according to a report released by the Interior Department's inspector general.",
     [("300", 300, None, None, "faults", None, None, 0, "a report")]),
    ("The Kessa Agency missed 300 faults, according to a report released by the Interior Department.",
     [("300", 300, None, None, "faults", None, "Interior Department")]),
    # figclaim24: a cue ending the sentence whose subject the parser hung on the noun before the comma
    ("The army moved into nine districts of Kessa, a Harbour Bank statement said.",
     [("nine", 9, None, None, "districts", None, "Harbour Bank")]),
    ("The floods hit 40 villages near Lomar, a town the Harbour Bank said was safe.",
     [("40", 40, None, None, "villages", None, None)]),
    ("The rains hit 20 villages in Lomar, a district the Harbour Bank visited.",
     [("20", 20, None, None, "villages", None, None)]),
    # figclaim24: an amount a participle of an attributing verb gives with its agent is the agent's
    ("Orvane Foods beat the $1.2bn expected by the Harbour Bank.",
     [("$1.2bn", 1.2e9, None, None, "dollars", None, "Harbour Bank")]),
    ("Orvane Foods reported revenue of $2.9bn, ahead of the $2.86bn forecast by analysts polled by Lexa Data.",
     [("$2.9bn", 2.9e9, None, None, "dollars", None, "Orvane Foods"),
      ("$2.86bn", 2.86e9, None, None, "dollars", None, "Lexa Data")]),
    ("Tom Reed said the $4m estimated by auditors was too low.", [("$4m", 4e6, None, None, "dollars", None, None)]),
    ("The $5m raised by the Harbour Bank went to schools.", [("$5m", 5e6, None, None, "dollars", None, None)]),
    ("The 300 homes destroyed by the Kessa Army were rebuilt.", [("300", 300, None, None, "homes", None, None)]),
    # figclaim24: 'questioned how/why' takes its clause's facts as given: the asker's
    ("Senator Rita Valdor questioned how the harbour budget ballooned from $6.8 million in 2021 to $19.5 million in 2023.",
     [("$6.8 million", 6.8e6, None, None, "dollars", None, "Rita Valdor"),
      ("$19.5 million", 19.5e6, None, None, "dollars", None, "Rita Valdor")]),
    ("Rita Valdor questioned why 300 nurses had been laid off.", [("300", 300, None, None, "nurses", None, "Rita Valdor")]),
    ("Rita Valdor questioned 12 witnesses on Monday.", [("12", 12, None, None, "witnesses", None, None)]),
    # figclaim24: an amount a court or prosecutor decides or proposes is its subject's
    ("Judge Ana Mbeki allowed bail of 50,000 euros with two sureties.",
     [("50,000", 50000, None, None, "euros", None, "Ana Mbeki"), ("two", 2, None, None, "sureties", None, "Ana Mbeki")]),
    ("Judge Ana Mbeki allowed bail of RM500,000 with two sureties and ordered the man to stay home.",
     [("RM500,000", 500000, None, None, "ringgit", None, "Ana Mbeki"), ("two", 2, None, None, "sureties", None, "Ana Mbeki")]),
    #   near misses: paying, posting or being granted one; other objects of the same verbs
    ("Judge Ana Mbeki allowed the visit with two guards.", [("two", 2, None, None, "guards", None, None)]),
    ("Tom Ansel paid bail of 50,000 euros.", [("50,000", 50000, None, None, "euros", None, None)]),
    ("Tom Ansel was granted bail of 50,000 euros.", [("50,000", 50000, None, None, "euros", None, None)]),
    ("Tom Ansel posted bail of 9,000 euros.", [("9,000", 9000, None, None, "euros", None, None)]),
    ("Judge Ana Mbeki allowed 14 witnesses to testify.", [("14", 14, None, None, "witnesses", None, None)]),
    ("Judge Ana Mbeki ordered 40 copies of the file.", [("40", 40, None, None, "copies", None, None)]),
    #   review24b: an amount refused, not allowed or set aside is no decision of the subject's
    ("Judge Ana Mbeki refused to allow bail of 20,000 euros.", [("20,000", 20000, None, None, "euros", None, None)]),
    ("Judge Ana Mbeki did not allow bail of 20,000 euros.", [("20,000", 20000, None, None, "euros", None, None)]),
    ("Judge Ana Mbeki set aside the fine of 9,000 euros imposed by a lower court.",
     [("9,000", 9000, None, None, "euros", None, None)]),
    #   review24b: 'questioned how' a thing could be done doubts its figure
    ("Rita Valdor questioned how the ministry could hire 300 nurses in a year.",
     [("300", 300, None, None, "nurses", None, None)]),
    # a legal act is narrated: its agent claims nothing
    ("Prosecutors in May charged Ann Lowe with cheating at least 60 pension funds.",
     [("at least 60", 60, 60, None, "pension funds", "at least", None)]),
    ("Tom Reed charged that the firm had cheated 40,000 customers.",
     [("40,000", 40000, None, None, "customers", None, "Tom Reed")]),
    ("Tom Reed told 40 students that the school would close.", [("40", 40, None, None, "students", None, None)]),
    ("Tom Reed pointed to 40 empty shops.", [("40", 40, None, None, "shops", None, None)]),
    ("Tom Reed pointed out that 40 shops were empty.", [("40", 40, None, None, "shops", None, "Tom Reed")]),
    # a cue set off by commas, a claim noun with its holder, the value of an owned estimate
    ("These clerks, Tom Reed explained in the hearing, were paid $30,000 a year.",
     [("$30,000", 30000, None, None, "dollars a year", None, "Tom Reed")]),
    ("These clerks, Tom Reed explained, were “well-paid,” making $30,000 a year.",
     [("$30,000", 30000, None, None, "dollars a year", None, "Tom Reed")]),
    ("Tom Reed explained the delay, making $30,000 a year.", [("$30,000", 30000, None, None, "dollars a year", None, None)]),
    ("Ann Lowe's constant insistence that only 3 percent of the funds had been lost annoyed the board.",
     [("3 percent", 3, None, None, "% of funds", None, "Ann Lowe")]),
    ("The cut held the Harbour Trust's estimate of inflation steady at 2.4 percent.",
     [("2.4 percent", 2.4, None, None, "%", None, "Harbour Trust")]),
    ("Ann Lowe described seeing 22 wounded men in one clinic.", [("22", 22, None, None, "men", None, "Ann Lowe")]),
    # an impersonal passive inside a report leaves the report's owner the source
    ("The Harbour Trust's report showed the final bill was expected to top £30bn.",
     [("£30bn", 3e10, None, None, "pounds", None, "Harbour Trust")]),
    # a figure that describes the source itself is no part of what it says
    ("According to a 17-count lawsuit filed by the Harbour Trust, the builders kept $3m.",
     [("17", 17, None, None, "counts", None, None), ("$3m", 3e6, None, None, "dollars", None, "Harbour Trust")]),
    # the innermost source claims: a report or pledge inside someone's statement
    ("Lena Ortiz said the Central Bank's report counted 40 schools.",
     [("40", 40, None, None, "schools", None, "Central Bank")]),
    # ... and a pledge or report of a name extraction did not resolve is nobody's, not the speaker's
    ("Mayor Ann Lowe said Rome's pledge to send nearly 3,000 medics was good news.",
     [("nearly 3,000", 3000, None, 3000, "medics", "almost", None)]),
    # a capital that owns a pledge is its country's government, where the article names the country;
    # a claim joined to an owned one by 'and' is that owner's (a document is not)
    ("Zembia's navy is tiny, yet Port Vella's promise to buy nearly 40 boats drew praise.",
     [("nearly 40", 40, None, 40, "boats", "almost", None)]),
    ("Tom Reed's pledge to hire nurses and a promise to build 40 schools angered Lowe.",
     [("40", 40, None, None, "schools", None, "Tom Reed")]),
    ("Tom Reed's pledge to hire nurses and a rival promise to build 40 schools divided voters.",
     [("40", 40, None, None, "schools", None, None)]),
    ("Tom Reed's pledge to hire nurses and a report showing 40 schools were closed angered Lowe.",
     [("40", 40, None, None, "schools", None, None)]),
    # a display or document owned through a relative clause of making or carrying, not of judging
    ("A chart from a presentation that Ann Lowe carries shows what the bridge would cost: $41,870.",
     [("$41,870", 41870, None, None, "dollars", None, "Ann Lowe")]),
    ("The presentation that Tom Reed gave showed 40 schools.", [("40", 40, None, None, "schools", None, "Tom Reed")]),
    ("A report that Tom Reed criticised counted 40 schools.",
     [("40", 40, None, None, "schools", None, None, 0, "A report that Tom Reed criticised")]),
    # a person in apposition to a body that is the subject speaks for it (also through her office); not a
    # description of the body, a relative clause, a person joined by 'and', or a person's relative
    ("The Central Bank, Zembia's biggest lender, said exports rose 12%.",
     [("12%", 12, None, None, "% rise in exports", None, "Central Bank")]),
    ("The Central Bank, which Ada Okoro runs, said exports rose 12%.",
     [("12%", 12, None, None, "% rise in exports", None, "Central Bank")]),
    ("The Central Bank, Ada Okoro's former employer, said exports rose 12%.",
     [("12%", 12, None, None, "% rise in exports", None, "Central Bank")]),
    ("The Central Bank and its president Ada Okoro said exports rose 12%.",
     [("12%", 12, None, None, "% rise in exports", None, "Central Bank")]),
    ("Tom Reed, Ada Okoro's husband, said exports rose 12%.", [("12%", 12, None, None, "% rise in exports", None, "Tom Reed")]),
    ("The Harbour Union told Ada Okoro, its founder, that 400 members quit.",
     [("400", 400, None, None, "members", None, "Harbour Union")]),
    ("The Central Bank, president Ada Okoro, said exports rose 12%.",
     [("12%", 12, None, None, "% rise in exports", None, "Ada Okoro")]),
    ("The Central Bank – its president Ada Okoro – said exports rose 12%.",
     [("12%", 12, None, None, "% rise in exports", None, "Ada Okoro")]),
    ("The Central Bank's president, Ada Okoro, said exports rose 12%.",
     [("12%", 12, None, None, "% rise in exports", None, "Ada Okoro")]),
    # 'its'/'his'/'her' on an estimate a verb of issuing, revising or keeping takes as object is the
    # subject's, where the subject is an actor of the pronoun's kind and gender; nothing for a person's
    # 'its', another gender, two subjects, 'their', a passive, or an object that is no estimate
    ("Tom Reed raised its forecast to 2.5 percent.", [("2.5 percent", 2.5, None, None, "%", None, None)]),
    ("Tom Reed raised her forecast to 2.5 percent.", [("2.5 percent", 2.5, None, None, "%", None, None)]),
    ("Anna Berg raised his forecast to $40 million.", [("$40 million", 4e7, None, None, "dollars", None, None)]),
    ("The Harbour Trust, which Anna Berg leads, cut her forecast to $4 million.",
     [("$4 million", 4e6, None, None, "dollars", None, None)]),
    ("Anna Berg, who heads the Central Bank, raised its forecast to 2 percent.",
     [("2 percent", 2, None, None, "%", None, None)]),
    ("The Central Bank's governor raised its forecast to 2 percent.", [("2 percent", 2, None, None, "%", None, None)]),
    ("The Central Bank and the Harbour Trust kept their forecasts at 2 percent.",
     [("2 percent", 2, None, None, "%", None, None)]),
    ("The Central Bank and the Harbour Trust each raised its forecast to 2 percent.",
     [("2 percent", 2, None, None, "%", None, None)]),
    ("Anna Berg and Tom Reed kept their forecast at 2 percent.", [("2 percent", 2, None, None, "%", None, None)]),
    ("The Central Bank kept their forecast at 2 percent.", [("2 percent", 2, None, None, "%", None, None)]),
    ("Its forecast of 2 percent was kept by the Central Bank.", [("2 percent", 2, None, None, "%", None, None)]),
    ("The Central Bank cut its grant to the Harbour Trust to $2 million.",
     [("$2 million", 2e6, None, None, "dollars", None, None)]),
    ("The Central Bank raised its stake in the Harbour Trust to 40 percent.",
     [("40 percent", 40, None, None, "% stake", None, None)]),
    ("The Central Bank lifted its spending on roads to $2 million.",
     [("$2 million", 2e6, None, None, "dollars", None, None)]),
    ("Ann Lowe cut her rent to $400 a month.", [("$400", 400, None, None, "dollars a month", None, None)]),
    ("The Central Bank kept its forecast of 410 billion yen.", [("410 billion", 4.1e11, None, None, "yen", None, "Central Bank")]),
    ("The Central Bank raised its growth forecast to 2.5 percent.",
     [("2.5 percent", 2.5, None, None, "% growth forecast", None, "Central Bank")]),
    ("The Central Bank cut its estimate of the damage to $3 billion.",
     [("$3 billion", 3e9, None, None, "dollars", None, "Central Bank")]),
    ("Anna Berg raised her estimate of the cost to $40 million.",
     [("$40 million", 4e7, None, None, "dollars", None, "Anna Berg")]),
    ("Tom Reed lowered his forecast for the deficit to $3 billion.",
     [("$3 billion", 3e9, None, None, "dollars", None, "Tom Reed")]),
    ("Anna Berg praised the Central Bank, which kept its forecast at 2 percent.",
     [("2 percent", 2, None, None, "%", None, "Central Bank")]),
    ("The Harbour Trust on Monday trimmed its 2026 revenue forecast to $4.1 billion from $4.5 billion.",
     [("$4.1 billion", 4.1e9, None, None, "dollars", None, "Harbour Trust"),
      ("$4.5 billion", 4.5e9, None, None, "dollars", None, "Harbour Trust")]),
    ("The Harbour Trust has revised its projections, which now show a deficit of £12m.",
     [("£12m", 1.2e7, None, None, "pounds", None, "Harbour Trust")]),
    ("The Central Bank said the Harbour Trust had cut its forecast to 2 percent.",
     [("2 percent", 2, None, None, "%", None, "Harbour Trust")]),
    # 'figures from X show ...' where the parser reads 'show' as a noun: X, where it is one named body;
    # nothing for two bodies, a non-document subject, or no name
    ("Figures from the Zembia Statistics Office and the World Bank show prices rose 3.1 percent.",
     [("3.1 percent", 3.1, None, None, "%", None, None)]),
    ("Figures from the Zembia Statistics Office, the World Bank and the IMF show prices rose 3.1 percent.",
     [("3.1 percent", 3.1, None, None, "%", None, None)]),
    ("Tickets from the Zembia Statistics Office show prices rose 3.1 percent.",
     [("3.1 percent", 3.1, None, None, "%", None, None)]),
    ("Figures from the show prices rose 3.1 percent.", [("3.1 percent", 3.1, None, None, "%", None, None)]),
    ("Fans from the Zembia Football Club show support for 40 players.", [("40", 40, None, None, "players", None, None)]),
    ("Figures show unemployment rose to 7.2 percent.", [("7.2 percent", 7.2, None, None, "% unemployment", None, None)]),
    ("Figures from the ministry show unemployment rose to 7.2 percent.", [("7.2 percent", 7.2, None, None, "%", None, None)]),
    ("The show drew 40,000 visitors.", [("40,000", 40000, None, None, "visitors", None, None)]),
    ("Tom Reed's cows show signs that 40 percent are sick.", [("40 percent", 40, None, None, "%", None, None)]),
    ("Data from the Paris Air Show show floor suggest 40,000 visitors came.",
     [("40,000", 40000, None, None, "visitors", None, None)]),
    ("Figures from the Zembia Statistics Office show unemployment rose to 7.2 percent.",
     [("7.2 percent", 7.2, None, None, "% unemployment", None, "Zembia Statistics Office")]),
    ("Figures from the Zembia Statistics Office show prices rose 3.1 percent in March.",
     [("3.1 percent", 3.1, None, None, "%", None, "Zembia Statistics Office")]),
    ("Data from the World Bank show exports fell 12 percent in 2024.",
     [("12 percent", 12, None, None, "%", None, "World Bank")]),
    ("Statistics from the Zembia Statistics Office show wages fell 2 percent.",
     [("2 percent", 2, None, None, "%", None, "Zembia Statistics Office")]),
    ("Figures from the International Energy Agency show demand grew by 3 percent.",
     [("3 percent", 3, None, None, "%", None, "International Energy Agency")]),
    ("Figures by the Zembia Statistics Office show the deficit widened to $4 billion.",
     [("$4 billion", 4e9, None, None, "dollars", None, "Zembia Statistics Office")]),
    # statistics a participle describes come from its agent, or from whoever's request obtained
    # them (session 31); not from two agents
    ("The figures, obtained by the Zembia Green Party, show the clinic was shut on 41 days.",
     [("41", 41, None, None, "days", None, "Zembia Green Party")]),
    ("The numbers, obtained through a records request by the Zembia Green Party, show the clinic was shut on 41 days.",
     [("41", 41, None, None, "days", None, "Zembia Green Party")]),
    ("The figures, obtained by the Zembia Green Party and the Harbour Union, show the clinic was shut on 41 days.",
     [("41", 41, None, None, "days", None, None)]),
    ("The figures, supplied by the Harbour Union to the council, show 300 tenants were evicted.",
     [("300", 300, None, None, "tenants", None, "Harbour Union")]),
    # NEGATIVE (review): a participle that judges the figures names a critic, not a source; a 'by'
    # phrase inside an occasion ('after a request by X', 'in spite of protests by X') is no agent
    ("The figures, questioned by Councillor Bea Lomax, show 300 tenants were evicted.",
     [("300", 300, None, None, "tenants", None, None)]),
    ("The data, praised by the Harbour Union, show 300 tenants were evicted.",
     [("300", 300, None, None, "tenants", None, None)]),
    ("The figures, published after a request by the Harbour Union, show 300 tenants were evicted.",
     [("300", 300, None, None, "tenants", None, None)]),
    ("The statistics, released in spite of protests by the Harbour Union, show 300 tenants were evicted.",
     [("300", 300, None, None, "tenants", None, None)]),
    ("The figures, drawn up for an audit by the Harbour Union, show 300 tenants were evicted.",
     [("300", 300, None, None, "tenants", None, None)]),
    # a document by two bodies has no one claimant (the speaker who cites it keeps hers)
    ("Data from the Zembia Statistics Office and the World Bank showed prices rose 3.1 percent.",
     [("3.1 percent", 3.1, None, None, "% rise in prices", None, None)]),
    ("A survey by the Harbour Union and the Central Bank found 30 percent of members were unpaid.",
     [("30 percent", 30, None, None, "% of members", None, None, 0,
       "A survey by the Harbour Union and the Central Bank")]),
    ("A study by the Central Bank and the World Bank found 40 percent of households were in debt.",
     [("40 percent", 40, None, None, "% of households", None, None, 0, "A study by the Central Bank and the World Bank")]),
    ("Anna Berg said a survey by the Harbour Union and the Central Bank found 30 percent of members were unpaid.",
     [("30 percent", 30, None, None, "% of members", None, "Anna Berg")]),
    ("A report by the Central Bank, Zembia's biggest lender, found 40 percent of households were in debt.",
     [("40 percent", 40, None, None, "% of households", None, "Central Bank")]),
    # people who examine for a body ('investigators from X', 'X auditors') find what the body finds
    ("Investigators from the Zembia Fraud Office found that 40 invoices had been forged.",
     [("40", 40, None, None, "invoices", None, "Zembia Fraud Office")]),
    ("Zembia Fraud Office investigators later found that 40 invoices had been forged.",
     [("40", 40, None, None, "invoices", None, "Zembia Fraud Office")]),
    ("Inspectors from the Orla Food Agency found 12 kitchens with rats.",
     [("12", 12, None, None, "kitchens", None, "Orla Food Agency")]),
    ("Auditors at the Harbour Trust found that 40 invoices had been forged.",
     [("40", 40, None, None, "invoices", None, "Harbour Trust")]),
    # not investigators of no body, former ones, two bodies' or someone's hired ones: no actor, the
    # finders in words (session 27)
    ("Investigators found that 40 invoices had been forged.",
     [("40", 40, None, None, "invoices", None, None, 0, "Investigators")]),
    ("Former investigators from the Zembia Fraud Office said 40 invoices had been forged.",
     [("40", 40, None, None, "invoices", None, None, 0, "Former investigators from the Zembia Fraud Office")]),
    ("Investigators from the Zembia Fraud Office and the police found that 40 invoices had been forged.",
     [("40", 40, None, None, "invoices", None, None, 0,
       "Investigators from the Zembia Fraud Office and the police")]),
    ("Investigators hired by Tom Reed found that 40 invoices had been forged.",
     [("40", 40, None, None, "invoices", None, None, 0, "Investigators hired by Tom Reed")]),
    # people who say it, unnamed, are the source in words (session 31); not people who find or
    # show nothing said, nor 'no' people
    ("Ferry crews said 12 sailings had been cancelled since the quota came in.",
     [("12", 12, None, None, "sailings", None, None, 0, "Ferry crews")]),
    ("Ferry crews told the inquiry that 12 sailings had been cancelled.",
     [("12", 12, None, None, "sailings", None, None, 0, "Ferry crews")]),
    # NEGATIVE (review): a plural subject that shows or suggests is no people speaking, even
    # where it ends as an agent noun does ('gauges', 'trials', 'counts')
    ("Rain gauges indicate that rainfall fell 30 per cent in June.",
     [("30 per cent", 30, None, None, "% fall in rainfall", None, None)]),
    ("Trials suggest the vaccine cuts infections by 40 per cent.",
     [("40 per cent", 40, None, None, "% cut in infections", None, None)]),
    ("Counts suggest that 200 wells were dry.", [("200", 200, None, None, "wells", None, None)]),
    ("Dock workers told reporters that 40 containers had fallen.",
     [("40", 40, None, None, "containers", None, None, 0, "Dock workers")]),
    ("No farmers said the limits would cost $5m.", [("$5m", 5e6, None, None, "dollars", None, None)]),
    ("Farmers found 40 dead sheep near the river.", [("40", 40, None, None, "sheep", None, None)]),
    # nor ex- or retired ones, nor auditors hired 'for' someone (review21e)
    ("Ex-investigators from the Zembia Fraud Office said 40 invoices had been forged.",
     [("40", 40, None, None, "invoices", None, None)]),
    ("Retired inspectors from the Orla Food Agency found 12 kitchens with rats.",
     [("12", 12, None, None, "kitchens", None, None)]),
    ("Auditors for Tom Reed found that 40 invoices had been forged.",
     [("40", 40, None, None, "invoices", None, None, 0, "Auditors for Tom Reed")]),
    # review 23 (pos23b): the speaker named after a place, or a range's subject the parser split off
    ("A bus driver in Carthage, Mr Tom Reed, said 40 buses had stopped running.",
     [("40", 40, None, None, "buses", None, "Tom Reed")]),
    ("A bus driver in Carthage, Ohio, said 40 buses had stopped running.", [("40", 40, None, None, "buses", None, None, 0, "A bus driver")]),
    ('Ann Lowe called the offer "an insult" and said between 40 and 50 workers had lost their jobs.',
     [("between 40 and 50", 40, 40, 50, "workers", "between", "Ann Lowe")]),
    # a clause opened by 'so' that the parser made the root: the cue before it governs it
    ("The Daily Herald later pointed out that a single fire can burn several homes, so thousands of lost homes "
     "do not always mean hundreds of fires.",
     [("thousands", 1000, 1000, 9999, "lost homes", None, "Daily Herald"),
      ("hundreds", 100, 100, 999, "fires", None, "Daily Herald")]),
    # a body that records a count as its object keeps that record: the count is its own
    ("The Valdoria Disaster Agency recorded 312 landslides this year.",
     [("312", 312, None, None, "landslides", None, "Valdoria Disaster Agency")]),
    ("The Corvan Health Ministry has registered 4,100 new cases since Monday.",
     [("4,100", 4100, None, None, "cases", None, "Corvan Health Ministry")]),
    ("The Corvan Health Ministry logged 230 new infections on Sunday.",
     [("230", 230, None, None, "infections", None, "Corvan Health Ministry")]),
    ("Harlan Steel recorded a net loss of $31 million in the quarter.",
     [("$31 million", 31e6, None, None, "dollars", None, "Harlan Steel")]),
    ("The Corvan Health Ministry recorded a rise of 12% in cases.",
     [("12%", 12, None, None, "% rise in cases", None, "Corvan Health Ministry")]),
    # session 28: the change 'higher than' a count it compares with belongs to the record too
    ("The Corvan Health Ministry has recorded 4,210 measles cases this year, 36 percent higher than the "
     "3,095 cases logged a year earlier.",
     [("4,210", 4210, None, None, "measles cases", None, "Corvan Health Ministry"),
      ("36 percent", 36, None, None, "% rise in measles cases", None, "Corvan Health Ministry"),
      ("3,095", 3095, None, None, "cases", None, "Corvan Health Ministry")]),
    # ... not a count compared with that a clause of its own credits to another, nor the change
    # compared with it (review of session 28)
    ("The Tolland Water Board counted 612 leaks this year, 22 percent higher than the 502 leaks Brenn "
     "Utilities reported.",
     [("612", 612, None, None, "leaks", None, "Tolland Water Board"), ("22 percent", 22, None, None, "%", None, None),
      ("502", 502, None, None, "leaks", None, None)]),
    # ... not what a mere act is compared with
    ("Police in Marlow arrested 40 people, more than the 30 held last year.",
     [("40", 40, None, None, "people", None, None)]),
    # ... but not a work or a score it makes, a denied record, a record of two bodies, nor a person's
    ("The Marlow Film Orchestra recorded 12 songs for the film.", [("12", 12, None, None, "songs", None, None)]),
    ("The Tarsk Rovers registered 3 wins in April.", [("3", 3, None, None, "wins", None, None)]),
    ("The Valdoria Disaster Agency did not record 312 landslides this year.",
     [("312", 312, None, None, "landslides", None, None)]),
    ("The Valdoria Disaster Agency and the Red Crescent of Valdoria recorded 312 landslides.",
     [("312", 312, None, None, "landslides", None, None)]),
    ("Tomas Arvel recorded 12 cases of fraud in his ledger.", [("12", 12, None, None, "cases", None, None)]),
    # an amount a body or official sets in a spending plan it puts forward or adopts is theirs
    ("The Corvan Municipal Corporation presented a budget of Rs 5,400 crore on Tuesday.",
     [("Rs 5,400 crore", 54e9, None, None, "rupees", None, "Corvan Municipal Corporation")]),
    ("The Harrowgate Water Board approved spending of $40 million on new pipes.",
     [("$40 million", 40e6, None, None, "dollars", None, "Harrowgate Water Board")]),
    ("The Harrowgate Water Board allocated $12 million to repairs.",
     [("$12 million", 12e6, None, None, "dollars", None, "Harrowgate Water Board")]),
    ("Spending of $40 million was approved by the Harrowgate Water Board on Friday.",
     [("$40 million", 40e6, None, None, "dollars", None, "Harrowgate Water Board")]),
    ("Finance Minister Tomas Arvel presented a budget of 4.2 billion dinars on Monday.",
     [("4.2 billion", 4.2e9, None, None, "dinars", None, "Tomas Arvel")]),
    ("The Harrowgate Water Board's budget of $40 million was approved on Friday.",
     [("$40 million", 40e6, None, None, "dollars", None, "Harrowgate Water Board")]),
    ("The Harrowgate Water Board and the Tarsk Council's budget of $40 million was approved.",
     [("$40 million", 40e6, None, None, "dollars", None, None)]),
    ("Valdoria's budget of 4.2 billion dinars was approved.", [("4.2 billion", 4.2e9, None, None, "dinars", None, None)]),
    ("The Corvan Health Ministry has documented 212 cases of cholera.",
     [("212", 212, None, None, "cases", None, "Corvan Health Ministry")]),
    # ... the speaker who reports the act claims it; a mere act, or a plan only hoped for, credits no one
    ("Mayor Ilse Brandt said the Harrowgate Water Board approved spending of $40 million.",
     [("$40 million", 40e6, None, None, "dollars", None, "Ilse Brandt")]),
    ("The Harrowgate Water Board hopes to approve spending of $40 million.",
     [("$40 million", 40e6, None, None, "dollars", None, None)]),
    ("Harlan Steel approved 12 new projects worth $4 million.",
     [("12", 12, None, None, "projects", None, None), ("$4 million", 4e6, None, None, "dollars", None, None)]),
    ("Police in Marlow arrested 17 people after the protest.", [("17", 17, None, None, "people", None, None)]),
    ("The Corvan Coast Guard rescued 140 migrants off Tarsk.", [("140", 140, None, None, "migrants", None, None)]),
    # the owner of data the parser misreads with 'show' as one noun phrase: one owner only
    ("The Valdoria Statistics Office's data show exports fell 8% in May.",
     [("8%", 8, None, None, "%", None, "Valdoria Statistics Office")]),
    ("The Corvan Health Ministry's figures show 58 people died.",
     [("58", 58, None, None, "people", None, "Corvan Health Ministry")]),
    ("The Valdoria Statistics Office and the Corvan Central Bank's data show exports fell 8% in May.",
     [("8%", 8, None, None, "%", None, None)]),
    # a cue set off before another source's 'according to': each figure its own source
    ("Prices rose 4%, the Valdorian finance minister Tomas Arvel said, while exports fell 2%, according to "
     "the Central Bank of Valdoria.",
     [("4%", 4, None, None, "% rise in prices", None, "Tomas Arvel"), ("2%", 2, None, None, "% fall in exports", None, "Central Bank of Valdoria")]),
    ("Rents rose 6%, Mayor Ilse Brandt said, and wages fell 1%, according to the Tarsk Chamber of Trade.",
     [("6%", 6, None, None, "% rise in rents", None, "Ilse Brandt"),
      ("1%", 1, None, None, "% fall in wages", None, "Tarsk Chamber of Trade")]),
    # claims27: a count in a description set after a place's name is the writer's gloss, not the
    # speaker's (a bare count there counts people)
    ("Sheriff Ray Dolan said crews were still searching Pembrook, a town of about 6,000 people south of Avondale.",
     [("about 6,000", 6000, None, None, "people", "about", None)]),
    ("Mayor Ines Carvalho said the flood reached Ribamar, a village of 900 residents, on Sunday.",
     [("900", 900, None, None, "residents", None, None)]),
    ("Governor Paul Teague said power was cut in Lowell County, home to 45,000 people.",
     [("45,000", 45000, None, None, "people", None, None)]),
    ("Anna Brett said the suspect fled to Cressing, a city of 80,000, after the attack.",
     [("80,000", 80000, None, None, "people", None, None)]),
    ("Sheriff Amos Kell said rescuers went door to door in the flooded streets of Brantly, a town of about 3,000 people "
     "north of Kellow.", [("about 3,000", 3000, None, None, "people", "about", None)]),    # a name the tagger reads as an adverb
    # a clause joined to a past cue with a back-shifted modal goes on with the report: the speaker's;
    # not with a present or past verb of its own (the writer's), nor with a cue of its own
    ("Mayor Hemant Kolte said there would be no rise in water rates this year, but the corporation would "
     "levy a parking fee of Rs 50 a day.",
     [("Rs 50", 50, None, None, "rupees a day", None, "Hemant Kolte")]),
    ("Finance chief Lena Marsh said revenue was flat, but the city would borrow $30 million for the bridge.",
     [("$30 million", 30e6, None, None, "dollars", None, "Lena Marsh")]),
    ("Lena Marsh said revenue was flat, and the Harlow Council would hire 120 engineers.",
     [("120", 120, None, None, "engineers", None, "Lena Marsh")]),
    ("Lena Marsh said revenue was flat, but the city borrowed $30 million for the bridge.",
     [("$30 million", 30e6, None, None, "dollars", None, None)]),
    ("Lena Marsh said revenue was flat, but the city will borrow $30 million for the bridge.",
     [("$30 million", 30e6, None, None, "dollars", None, None)]),
    ("Lena Marsh said revenue was flat, but auditors said the city would borrow $30 million.",
     [("$30 million", 30e6, None, None, "dollars", None, "auditors")]),
    # a body the speaker holds an office in, named only in the speaker's title or the words said,
    # claims nothing over the speaker; a body that speaks beside its officer, or another body, does
    ("Central Bank of Valdoria Governor Mira Osk said the bank kept its growth forecast at 3.1 percent.",
     [("3.1 percent", 3.1, None, None, "%", None, "Mira Osk")]),
    ("Harbour Union general secretary Tom Reed said the union had counted 4,000 members on strike.",
     [("4,000", 4000, None, None, "members", None, "Tom Reed")]),
    ("The Central Bank's governor, Ada Okoro, said the bank expects growth of 2%.",
     [("2%", 2, None, None, "% growth", None, "Ada Okoro")]),
    ("Finance Minister Ana Lusk said the Kessel Institute's survey found 40% of firms were hiring.",
     [("40%", 40, None, None, "% of firms", None, "Kessel Institute")]),
    # what a court orders another to do is the court's; not what another body orders
    ("Valdoria's Constitutional Court has ordered the Morland regional government to ensure that at least 30% of "
     "hospital posts are filled by local staff.",
     [("at least 30%", 30, 30, None, "% of hospital posts", "at least", "Constitutional Court")]),
    ("The High Court ordered the Tarvo council to repay 40% of the levy.",
     [("40%", 40, None, None, "% of levy", None, "High Court")]),
    ("Judge Anna Rell ordered the Kessin firm to pay $2 million to the workers.",
     [("$2 million", 2e6, None, None, "dollars", None, "Anna Rell")]),
    ("The Harbour Union ordered its members to refuse 20% of shifts.",
     [("20%", 20, None, None, "% of shifts", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", ATTRIBUTED, ids=[s for s, _ in ATTRIBUTED])
def test_claimant_from_the_sentence(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


def test_a_bare_amount_spent_is_in_the_one_currency_of_the_article_so_far():
    text = "Tom Reed raised £40m for roads. Critics said billions had been spent already."
    assert [(f.text, f.unit) for f in extract(text).figures] == [("£40m", "pounds"), ("billions", "pounds")]
    text = "The fund paid $5m and £3m. The council spent six million on roads."
    assert [(f.text, f.unit) for f in extract(text).figures] == [("$5m", "dollars"), ("£3m", "pounds")]


def test_a_resolved_pronoun_claims_in_a_later_sentence():
    text = "Tom Reed arrived late. He estimated the damage at $40m."
    assert figure_records(text) == [figure(text, "$40m", 40e6, None, None, "dollars", None, "Tom Reed", sentence=1)]


@pytest.mark.parametrize("spans, claimant", [
    ([(0, 0, 12, "Zembia Today")], "Zembia Today"),                          # marked only in the sentence before
    ([(0, 0, 12, "Zembia Today"), (0, 0, 12, "Zembia Today Group")], None),  # the name stands for two actors
    ([], None),                                                              # marked nowhere
])
def test_a_name_the_recogniser_marked_elsewhere_in_the_article_owns_a_report(spans, claimant):
    text = ("Zembia Today published its count on Monday. Gifts to the campaigns reached $1.1 billion by the close "
            "of March, a Zembia Today analysis of freshly lodged reports shows.")
    parsed = parse_text(text, "test")
    found = [asdict(f) for f in find_figures(parsed, [], spans)]
    in_words = None if claimant else "a Zembia Today analysis of freshly lodged reports"   # session 35: the document
    assert found == [figure(text, "$1.1 billion", 1.1e9, None, None, "dollars", None, claimant, sentence=1,
                            source=in_words)]


@pytest.mark.parametrize("text, amount, value, claimant", [
    # 'the company' resolved where it speaks is no name written for it in another's report
    ("Harbour Motors cut its forecast on Tuesday. Sales fell in Europe, the company said. "
     "Chief executive Ken Ito said the company expected a profit of $35 billion.", "$35 billion", 35e9, "Ken Ito"),
    ("Delta Foods said on Monday it had cut costs. Costs had risen, the firm said. "
     "Maria Santos, the finance director, said the firm expected to save $40 million.", "$40 million", 40e6,
     "Maria Santos"),
])
def test_a_description_resolved_elsewhere_does_not_take_the_claim_from_the_speaker(text, amount, value, claimant):
    assert figure_records(text) == [figure(text, amount, value, None, None, "dollars", None, claimant, sentence=2)]


def test_a_statement_in_an_earlier_sentence_does_not_claim_a_later_figure():
    text = ("Mayor Lena Ortiz said the bridge would reopen soon. "
            "Engineers found 14 cracks in the deck.")
    assert figure_records(text) == [figure(text, "14", 14, None, None, "cracks", None, None, sentence=1)]


# A sentence that continues a document named just before: "the survey", "it" as the subject of a
# cue, a poll's breakdown by group or question. Only one owner before; nothing that merely follows.
LABELS_AND_FLOWS = [
    # a definite percentage before a noun it measures stays a figure
    ("The mayor fought the 35 percent tariff on imports.", [("35 percent", 35, None, None, "% tariff", None, None)]),
    ("He spoke for the top 1% of earners.", [("1%", 1, None, None, "% of earners", None, None)]),
    ("Inflation stayed near the 2 percent recorded in May.", [("2 percent", 2, None, None, "% inflation", None, None)]),
    ("Farm subsidies are half their 1990 levels, the Harbour Trust says.",
     [("half", 0.5, None, None, "share of 1990 levels", None, "Harbour Trust")]),
    ("Only 500 companies pay the tax.", [("500", 500, None, None, "companies", None, None)]),
    ("Mayor Tom Reed called 40 residents.", [("40", 40, None, None, "residents", None, None)]),
    # a bare scale of money moving is in the article's one currency
    ("Donors gave $5m last year. Now tens of millions are flowing into local races.",
     [("$5m", 5e6, None, None, "dollars", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", LABELS_AND_FLOWS, ids=[s for s, _ in LABELS_AND_FLOWS])
def test_labels_and_money_flows(sentence, expected):
    assert figure_records(sentence)[:1] == [figure(sentence, *row) for row in expected]


def test_money_flowing_is_in_the_currency_of_the_article():
    text = "Donors gave $5m last year. Now tens of millions are flowing into local races."
    assert [(f.text, f.unit) for f in extract(text).figures] == [("$5m", "dollars"), ("tens of millions", "dollars")]


CONTINUED = [
    # claims29: 'it' after a sentence whose subject issues a document (the object of a verb of
    # issuing, no other author beside it) is that subject's, whichever of the two it stands for
    ("Oxfam released a study of rents in the capital. It found that 40% of tenants had fallen behind.",
     [("40%", 40, None, None, "% of tenants", None, "Oxfam", 1)]),
    ("The Vantor Institute published a report on the river on Monday. It showed that 40 species have disappeared.",
     [("40", 40, None, None, "species", None, "Vantor Institute", 1)]),
    ("The Corvan Labour Ministry issued its quarterly survey on Friday. It shows that 9,200 workers left.",
     [("9,200", 9200, None, None, "workers", None, "Corvan Labour Ministry", 1)]),
    # claims29 NEGATIVE: another author named beside the document, a document the subject did not
    # issue, two issuers: 'it' is no one's
    ("Oxfam released a study by the World Bank on rents. It found that 40% of tenants had fallen behind.",
     [("40%", 40, None, None, "% of tenants", None, None, 1)]),
    ("The mayor criticised a study of rents in the capital. It found that 40% of tenants had fallen behind.",
     [("40%", 40, None, None, "% of tenants", None, None, 1)]),
    ("Oxfam and Shelter released a study of rents. It found that 40% of tenants had fallen behind.",
     [("40%", 40, None, None, "% of tenants", None, None, 1)]),
    # claims29 review NEGATIVE: a second issuer after 'with'; 'it' inside a clause another reports
    ("Oxfam released a study with the Vantor Institute on Monday. It found that 40% of tenants had fallen behind.",
     [("40%", 40, None, None, "% of tenants", None, None, 1)]),
    ("Oxfam released a new study of rents. Another charity, Shelter, said it found that 40% of tenants had fallen behind.",
     [("40%", 40, None, None, "% of tenants", None, "Shelter", 1)]),
    # 'its' on a document set before the clause stands for the clause's subject, not the body before
    ("The Corvan Labour Ministry's latest data showed that 9,200 workers left. "
     "In its annual report, the Corvan Central Bank put lending growth at 5.5%.",
     [("9,200", 9200, None, None, "workers", None, "Corvan Labour Ministry", 0),
      ("5.5%", 5.5, None, None, "%", None, "Corvan Central Bank", 1)]),
    ("The Corvan Labour Ministry published figures on Monday. In its report, 9,200 workers were said to have left.",
     [("9,200", 9200, None, None, "workers", None, "Corvan Labour Ministry", 1)]),
    ("The Central Bank report said costs rose. It also found that 20 projects were late.",
     [("20", 20, None, None, "projects", None, "Central Bank", 1)]),
    ("A new Central Bank survey found that prices rose. The survey also found 55 percent of households were in debt.",
     [("55 percent", 55, None, None, "% of households", None, "Central Bank", 1)]),
    ("Tom Reed and Anna Berg are tied, according to a new Daily Herald poll. "
     "Among likely voters, 46 percent would choose Reed. Among men, 40 percent back Reed.",
     [("46 percent", 46, None, None, "% of likely voters", None, "Daily Herald", 1),
      ("40 percent", 40, None, None, "%", None, "Daily Herald", 2)]),
    ("A Daily Herald poll of voters revealed that the mayor is unpopular. "
     "When asked whether the bridge should close, 59 percent said it should not.",
     [("59 percent", 59, None, None, "%", None, "Daily Herald", 1)]),
    ("Voters are leaving, according to a recent Daily Herald survey. The study found that voters "
     "were removed at about twice the rate.", [("about twice", 2, None, None, "times", "about", "Daily Herald", 1)]),
    # the results go on after a breakdown: shares that answer, are unsure, or win the vote
    ("A Daily Herald poll of voters revealed that the mayor is unpopular. "
     "When asked whether the bridge should close, 59 percent said it should not. "
     "About 30 percent sided with the mayor, while 9 percent were undecided. "
     "Berg came second, gaining just 17 percent of votes cast, while Cole came third with 12 percent. "
     "Unemployment rose to 5 percent.",
     [("59 percent", 59, None, None, "%", None, "Daily Herald", 1),
      ("About 30 percent", 30, None, None, "%", "about", "Daily Herald", 2),
      ("9 percent", 9, None, None, "%", None, "Daily Herald", 2),
      ("17 percent", 17, None, None, "% of votes", None, "Daily Herald", 3),
      ("12 percent", 12, None, None, "%", None, "Daily Herald", 3),
      ("5 percent", 5, None, None, "% unemployment", None, None, 4)]),
    ("A Daily Herald poll predicted a tie. In the end, 52 percent voted for Reed.",
     [("52 percent", 52, None, None, "%", None, None, 1)]),
    # a share of the respondents answering right after the poll: not without the poll's owner in the sentence
    # before, not a share of another group, not a vote, not with another document in the sentence
    ("The Daily Herald reported that Tom Reed is popular. A majority expect Reed to win — 48 percent to 31 percent.",
     [("48 percent", 48, None, None, "%", None, None, 1), ("31 percent", 31, None, None, "%", None, None, 1)]),
    ("A Daily Herald poll found that 52 percent of voters back Tom Reed. A majority of lawmakers expect Reed to "
     "win — 48 percent to 31 percent.",
     [("52 percent", 52, None, None, "% of voters", None, "Daily Herald", 0),
      ("48 percent", 48, None, None, "%", None, None, 1), ("31 percent", 31, None, None, "%", None, None, 1)]),
    ("A Daily Herald poll found that 52 percent of voters back Tom Reed. A majority backed the bill — 48 percent "
     "to 31 percent.",
     [("52 percent", 52, None, None, "% of voters", None, "Daily Herald", 0),
      ("48 percent", 48, None, None, "%", None, None, 1), ("31 percent", 31, None, None, "%", None, None, 1)]),
    ("A Daily Herald poll found that 52 percent of voters back Tom Reed. A majority expect Reed to win in an "
     "Evening Post survey, 48 percent to 31 percent.",
     [("52 percent", 52, None, None, "% of voters", None, "Daily Herald", 0),
      ("48 percent", 48, None, None, "%", None, None, 1), ("31 percent", 31, None, None, "%", None, None, 1)]),
    ("A poll found that 52 percent of voters back Tom Reed. A majority expect Reed to win — 48 percent to 31 "
     "percent.",
     [("52 percent", 52, None, None, "% of voters", None, None, 0, "A poll"),
      ("48 percent", 48, None, None, "%", None, None, 1), ("31 percent", 31, None, None, "%", None, None, 1)]),
    ("A Daily Herald poll found that 52 percent of voters back Tom Reed. A majority expect Reed to win, and 400 "
     "people marched.",
     [("52 percent", 52, None, None, "% of voters", None, "Daily Herald", 0),
      ("400", 400, None, None, "people", None, None, 1)]),
    ("A Daily Herald poll found that 52 percent of voters back Tom Reed. A majority expect Reed to win — 48 percent "
     "to 31 percent.",
     [("52 percent", 52, None, None, "% of voters", None, "Daily Herald", 0),
      ("48 percent", 48, None, None, "%", None, "Daily Herald", 1),
      ("31 percent", 31, None, None, "%", None, "Daily Herald", 1)]),
    ("A Daily Herald poll found that 52 percent of voters back Tom Reed. A majority of voters think Reed will win, "
     "by 48 percent to 31 percent.",
     [("52 percent", 52, None, None, "% of voters", None, "Daily Herald", 0),
      ("48 percent", 48, None, None, "%", None, "Daily Herald", 1),
      ("31 percent", 31, None, None, "%", None, "Daily Herald", 1)]),
    # ... or after the poll's results went on through a breakdown that gives no figure ('Among men, ...');
    # not after a sentence that leaves the poll, not where no result went before the breakdown
    ("A Daily Herald poll found Reed ahead. Among women, 52 percent back Reed. The mayor resigned on Friday. "
     "A majority expect Reed to win — 48 percent to 31 percent.",
     [("52 percent", 52, None, None, "%", None, "Daily Herald", 1),
      ("48 percent", 48, None, None, "%", None, None, 3), ("31 percent", 31, None, None, "%", None, None, 3)]),
    ("The Daily Herald reported on the race. Among women, the two are tied. A majority expect Reed to win — "
     "48 percent to 31 percent.",
     [("48 percent", 48, None, None, "%", None, None, 2), ("31 percent", 31, None, None, "%", None, None, 2)]),
    ("A Daily Herald poll found Reed ahead. Among women, 52 percent back Reed. Among men, the two are tied. "
     "Unemployment rose to 5 percent.",
     [("52 percent", 52, None, None, "%", None, "Daily Herald", 1), ("5 percent", 5, None, None, "% unemployment", None, None, 3)]),
    ("A Daily Herald poll found Reed ahead. Among women, 52 percent back Reed. Among men, the two are tied. "
     "A majority expect Reed to win — 48 percent to 31 percent.",
     [("52 percent", 52, None, None, "%", None, "Daily Herald", 1),
      ("48 percent", 48, None, None, "%", None, "Daily Herald", 3),
      ("31 percent", 31, None, None, "%", None, "Daily Herald", 3)]),
    # an elided clause of the same cue: its speaker claims
    ("According to Inspector Lena Ortiz of the police, fourteen civilians died. Ortiz also said 40 workers were "
     "hurt, as were nine from the police, and three each from the port and the railway.",
     [("fourteen", 14, None, None, "civilians", None, "Lena Ortiz", 0),
      ("40", 40, None, None, "workers", None, "Lena Ortiz", 1),
      ("nine", 9, None, None, "people", None, "Lena Ortiz", 1),
      ("three", 3, None, None, "people each from the port and the railway", None, "Lena Ortiz", 1)]),
    # "it" as a source is what the speakers stage resolved it to (as the subject of a cue), else nobody
    ("Rainfall in the north stayed low, the Weather Bureau said. It expects the harvest to shrink by 3.1 percent.",
     [("3.1 percent", 3.1, None, None, "% fall in harvest", None, "Weather Bureau", 1)]),
    # ... and 'it', 'its' the one body the sentence before puts forward as its speaker or main subject,
    # 'his', 'her' the one person of that gender it names (as speaker or subject)
    ("Rainfall in the north stayed low, the Weather Bureau said. It cut its harvest estimate by 0.2 percentage "
     "points to 3.1 percent.",
     [("0.2 percentage points", 0.2, None, None, "percentage points", None, "Weather Bureau", 1),
      ("3.1 percent", 3.1, None, None, "% harvest estimate", None, "Weather Bureau", 1)]),
    ("The Harbour Fund had warned that the vote could depress growth in Zembia for a decade. Yet on Friday, it "
     "increased its growth forecast to 1.8 percent.",
     [("1.8 percent", 1.8, None, None, "%", None, "Harbour Fund", 1)]),
    ("In the past, Tom Reed has said the new bridge might be 40 metres high. His estimates of the cost were between "
     "$8 million and $12 million.",
     [("40", 40, None, None, "metres", None, "Tom Reed", 0),
      ("between $8 million and $12 million", 8e6, 8e6, 12e6, "dollars", "between", "Tom Reed", 1)]),
    ("Mayor Ann Lowe said the bridge was safe. Her estimate put repairs at $40m.",
     [("$40m", 40e6, None, None, "dollars", None, "Ann Lowe", 1)]),
    # nobody: a person of the other gender, two people, two bodies, a subject no actor was resolved to,
    # 'it' in quoted words, a body named before 'it' in its own sentence
    ("Tom Reed said the bridge was safe. Her estimate put repairs at $40m.",
     [("$40m", 40e6, None, None, "dollars", None, None, 1)]),
    ("Mayor Ann Lowe said the bridge was safe, Tom Reed said. Her estimate put repairs at $40m.",
     [("$40m", 40e6, None, None, "dollars", None, None, 1)]),
    ("The Weather Bureau and the Harbour Fund met. It has said it will seek damages of $20bn.",
     [("$20bn", 2e10, None, None, "dollars", None, None, 1)]),
    ("The Weather Bureau dismissed the report on Monday. It cut its forecast to 3.1 percent.",
     [("3.1 percent", 3.1, None, None, "%", None, None, 1)]),
    ("The Weather Bureau met the company on Monday. It cut its forecast to 3.1 percent.",
     [("3.1 percent", 3.1, None, None, "%", None, None, 1)]),
    ("The plan was shelved by the Weather Bureau. It says 400 jobs will go.",
     [("400", 400, None, None, "jobs", None, None, 1)]),
    ('The Weather Bureau met on Monday, Tom Reed said, "and we spoke. It cut its forecast to 3.1 percent," he said.',
     [("3.1 percent", 3.1, None, None, "%", None, "Tom Reed", 1)]),
    ('The Harbour Fund met on Monday. Tom Reed explained: "It raised its forecast to 4.2 percent."',
     [("4.2 percent", 4.2, None, None, "%", None, "Tom Reed", 1)]),
    ("The Harbour Fund warned growth would slow. The Weather Bureau agreed, and it raised its forecast to 4.2 percent.",
     [("4.2 percent", 4.2, None, None, "%", None, None, 1)]),
    # a poll after the verb: the article's one poll; an indefinite poll is nobody's
    ("A Daily Herald poll found Reed ahead. Reed's approval rating has slipped from 58 percent in the previous poll "
     "to 55 percent.",
     [("58 percent", 58, None, None, "% approval rating", None, "Daily Herald", 1),
      ("55 percent", 55, None, None, "% approval rating", None, "Daily Herald", 1)]),
    ("Reed's approval rating has fallen from 58 percent in a new poll to 55 percent.",
     [("58 percent", 58, None, None, "% approval rating", None, None, 0),
      ("55 percent", 55, None, None, "% approval rating", None, None, 0)]),
    ("Lowe presented the plan on Monday. It says 400 jobs will go.",
     [("400", 400, None, None, "jobs", None, None, 1)]),
    ("France sent few doctors. Paris's promise to send nearly 900 nurses pleased the union.",
     [("nearly 900", 900, None, 900, "nurses", "almost", "France", 1)]),
    ("Tom Reed and the Harbour Fund met on Monday. It raised its forecast to 4.2 percent.",
     [("4.2 percent", 4.2, None, None, "%", None, None, 1)]),
    # 'his'/'her' inside the reported words of a speaker no actor was resolved to, or after a subject who is
    # a person no actor was resolved to, stands for that speaker or subject first: nobody
    ("Tom Reed attacked the plan on Monday. The finance minister said his own estimates showed 400 jobs would go.",
     [("400", 400, None, None, "jobs", None, None, 1, "The finance minister")]),
    ("Ann Lowe spoke in Leeds on Monday. A local mother said her own count found 40 families had left.",
     [("40", 40, None, None, "families", None, None, 1, "A local mother")]),
    ("Ann Lowe spoke in Leeds on Monday. Her own count found that 40 families had left, a local mother said.",
     [("40", 40, None, None, "families", None, None, 1, "a local mother")]),
    ("Tom Reed attacked the plan on Monday. The finance minister published his own estimate of 400 lost jobs.",
     [("400", 400, None, None, "jobs", None, None, 1)]),
    # ... while a body or a group as speaker is no rival for 'his'
    ("Tom Reed attacked the plan on Monday. Officials said his own estimates showed 400 jobs would go.",
     [("400", 400, None, None, "jobs", None, "Tom Reed", 1)]),
    # another chart of the same presentation; the poll named before: a result pointed back to,
    # shares that answer, and "the poll" of an article that named one
    ("A chart from a presentation that Ann Lowe carries shows what the bridge would cost: $41,870. "
     "Another chart shows that half of all bridges are late. Six million jobs depend on bridges, one chart says.",
     [("$41,870", 41870, None, None, "dollars", None, "Ann Lowe", 0),
      ("half", 0.5, None, None, "share of bridges", None, "Ann Lowe", 1),
      ("Six million", 6e6, None, None, "jobs", None, "Ann Lowe", 2)]),
    ("A report was published on Monday. Another report found 40 schools were closed.",
     [("40", 40, None, None, "schools", None, None, 1, "Another report")]),
    # another poll or one study is a different document, maybe someone else's
    ("A Daily Herald poll found that 45 percent backed Tom Reed. Another poll found 40 percent backed Ann Lowe.",
     [("45 percent", 45, None, None, "%", None, "Daily Herald", 0), ("40 percent", 40, None, None, "%", None, None, 1, "Another poll")]),
    ("A study by the Zembia Institute found 40 rivers were polluted. One study says 12 lakes are dying.",
     [("40", 40, None, None, "rivers", None, "Zembia Institute", 0), ("12", 12, None, None, "lakes", None, None, 1, "One study")]),
    ("In the last Evening Post poll, Ann Lowe trailed by 4 percentage points. By June, that gap was 9 points.",
     [("4 percentage points", 4, None, None, "percentage points", None, "Evening Post", 0),
      ("9", 9, None, None, "points", None, "Evening Post", 1)]),
    ("Tom Reed and Anna Berg are tied, according to a new Daily Herald poll. Reed spoke in Leeds. "
     "The poll indicates a tight race. Only 52 percent of voters agreed that Reed is fit, while 73 percent "
     "said the same of Berg. However, 63 percent said Reed was right.",
     [("52 percent", 52, None, None, "% of voters", None, "Daily Herald", 3),
      ("73 percent", 73, None, None, "%", None, "Daily Herald", 3),
      ("63 percent", 63, None, None, "%", None, "Daily Herald", 4)]),
    # nothing: a sentence between, "it" that is no cue's subject, two owners, a report nobody owns,
    # a document of another kind
    ("A Daily Herald survey found that prices rose. The report also found 40 schools closed.",
     [("40", 40, None, None, "schools", None, None, 1, "The report")]),
    ("The Daily Herald poll was published. It rained. Among men, 40 percent back Reed.",
     [("40 percent", 40, None, None, "%", None, None, 2)]),
    ("The Central Bank report said costs rose. It cost 40 dollars to print.",
     [("40", 40, None, None, "dollars", None, None, 1)]),
    ("The Central Bank and the Daily Herald published a report. The report found 40 schools.",
     [("40", 40, None, None, "schools", None, None, 1)]),
    ("A report was published on Monday. It found 40 schools were closed.",
     [("40", 40, None, None, "schools", None, None, 1)]),
    # "the paper" some sentences after the one document of that noun named with its owner (by the
    # verb of issuing it or of stating something in it), and "it" joined to it; nothing where a new
    # one of unknown owner came between, where its owner was only judging it or named in it
    ("The Central Bank released a report on Monday. A report was also leaked. The report found 40 schools closed.",
     [("40", 40, None, None, "schools", None, None, 2, "The report")]),
    ("The Central Bank released a report on Monday. Tom Reed was angry. The report by the union found 40 schools "
     "closed.", [("40", 40, None, None, "schools", None, None, 2, "The report by the union")]),
    ("The Central Bank criticised a report on Monday. Tom Reed agreed. The report found 40 schools closed.",
     [("40", 40, None, None, "schools", None, None, 2, "The report")]),
    ("Anna Berg was named in a report on Monday. She denied it. The report found 40 schools closed.",
     [("40", 40, None, None, "schools", None, None, 2, "The report")]),
    ("The Central Bank set out its plan in a white paper. Tom Reed rejected it. The minister notes that 400 sites "
     "were shut, and it says 40 were reopened.",
     [("400", 400, None, None, "sites", None, None, 2, "The minister"), ("40", 40, None, None, "sites", None, None, 2)]),
    ("The Central Bank set out its plan in a white paper on Monday. Critics were unmoved. The paper notes that "
     "400 sites were shut.", [("400", 400, None, None, "sites", None, "Central Bank", 2)]),
    # a document passed on by one who did not write it: its source ('from X'), not whoever moved it
    pytest.param("Tom Reed circulated a paper from the Central Bank. The paper found 40 schools had closed.",
                 [("40", 40, None, None, "schools", None, "Central Bank", 1)],
                 marks=pytest.mark.xfail(reason="known miss: 'the paper' is the Central Bank's, as 'released a report "
                                                "from the Central Bank' gives; the document discourse does not take up "
                                                "'paper' from 'from X' after 'circulated'", strict=True)),
    ("Tom Reed released a report from the Central Bank. The report found 40 schools had closed.",
     [("40", 40, None, None, "schools", None, "Central Bank", 1)]),
    ("Tom Reed distributed a report on Monday. The report found 40 schools had closed.",
     [("40", 40, None, None, "schools", None, None, 1, "The report")]),
    ("Tom Reed circulated a report on Monday. The report found 40 schools had closed.",
     [("40", 40, None, None, "schools", None, None, 1, "The report")]),
    ("Tom Reed presented a report by the Central Bank. The report found 40 schools had closed.",
     [("40", 40, None, None, "schools", None, "Central Bank", 1)]),
    ("Tom Reed published a report on Monday. The report found 40 schools had closed.",
     [("40", 40, None, None, "schools", None, "Tom Reed", 1)]),
    # a cue put before its subject at the end ("..., reported officials"): the whole sentence is the
    # subject's, only where the article made an actor of it and no statement of the sentence holds one
    ("A sniper began shooting on Friday, with the count climbing to 22 people by Sunday, reported officials, "
     "with 31 others wounded.", [("22", 22, None, None, "people", None, None, 0),
                                 ("31", 31, None, None, "people", None, None, 0)]),
    ("Officials said the gunman surrendered. A gunman killed 22 people on Saturday, reported doctors.",
     [("22", 22, None, None, "people", None, "doctors", 1)]),
    ("Officials said the gunman surrendered. A sniper began shooting on Friday, with the count climbing to 22 people "
     "by Sunday, reported officials, with 31 others wounded.",
     [("22", 22, None, None, "people", None, "officials", 1), ("31", 31, None, None, "people", None, "officials", 1)]),
    # a chart's credit line on a line of its own claims the figures of the caption it closes: a
    # verbless label line, or a short caption under a verbless title; not body text, not a person,
    # not two bodies, not a figure a speaker claims, not a credit line that is a sentence
    ("Ann Lowe spoke.\nOnly five countries in NATO put more than 2 percent of output into defence.\nSource: NATO.",
     [("five", 5, None, None, "countries", None, None, 1), ("more than 2 percent", 2, 2, None, "% of output", "more than", None, 1)]),
    ("Ann Lowe spoke.\nTop spenders in the alliance.\nOnly five countries spend more than 2 percent of output on "
     "defence.\nSource: Tom Reed.",
     [("five", 5, None, None, "countries", None, None, 2), ("more than 2 percent", 2, 2, None, "% of output", "more than", None, 2)]),
    ("Ann Lowe spoke.\nTop spenders in the alliance.\nOnly five countries spend more than 2 percent of output on "
     "defence.\nSource: NATO and the IMF.",
     [("five", 5, None, None, "countries", None, None, 2), ("more than 2 percent", 2, 2, None, "% of output", "more than", None, 2)]),
    ("Ann Lowe spoke.\nTop spenders in the alliance.\nFive countries spend 2 percent. Few spend more. Ann Lowe said "
     "40 died.\nSource: NATO.",
     [("Five", 5, None, None, "countries", None, None, 2), ("2 percent", 2, None, None, "%", None, None, 2),
      ("40", 40, None, None, "people", None, "Ann Lowe", 4)]),
    ("Ann Lowe spoke.\nTop spenders in the alliance.\nOnly five countries in NATO put more than 2 percent of output into arms, "
     "said Ann Lowe.\nSource: NATO.",
     [("five", 5, None, None, "countries", None, "Ann Lowe", 2),
      ("more than 2 percent", 2, 2, None, "% of output", "more than", "Ann Lowe", 2)]),
    ("Ann Lowe spoke.\nTop spenders in NATO.\nOnly five countries spend more than 2 percent of output on "
     "defence.\nThe source was NATO.",
     [("five", 5, None, None, "countries", None, None, 2), ("more than 2 percent", 2, 2, None, "% of output", "more than", None, 2)]),
    ("Ann Lowe spoke.\nTop spenders in NATO.\nOnly five countries spend more than 2 percent of output on "
     "defence.\nSource: NATO.",
     [("five", 5, None, None, "countries", None, "NATO", 2),
      ("more than 2 percent", 2, 2, None, "% of output", "more than", "NATO", 2)]),
    ("Ann Lowe spoke.\nDefence spending in NATO, 2.1 percent of output.\nSource: NATO.",
     [("2.1 percent", 2.1, None, None, "% of output", None, "NATO", 1)]),
    # "X's governor" where the article names one governor, whose role names no other body
    ("Ohio Governor Tom Reed visited the site. Eastshire's governor has promised 2 billion roubles.",
     [("2 billion", 2e9, None, None, "roubles", None, None, 1, "Eastshire's governor")]),
    ("Ohio's governor, Tom Reed, visited the site. Eastshire's governor has promised 2 billion roubles.",
     [("2 billion", 2e9, None, None, "roubles", None, None, 1, "Eastshire's governor")]),
    ("Ohio Secretary of State Tom Reed visited. The state stated that 12,000 voters were struck off.",
     [("12,000", 12000, None, None, "voters", None, None, 1, "The state")]),
    ("Regional governor Tom Reed visited the site. The company's president has promised 2 billion roubles.",
     [("2 billion", 2e9, None, None, "roubles", None, None, 1, "The company's president")]),
    ("Regional governor Tom Reed visited the site. A governor has promised 2 billion roubles.",
     [("2 billion", 2e9, None, None, "roubles", None, None, 1, "A governor")]),
    # the one governor of a place the article names is not another place's governor
    ("Regional governor Tom Reed of Eastshire visited. Westshire's governor has promised 2 billion roubles.",
     [("2 billion", 2e9, None, None, "roubles", None, None, 1, "Westshire's governor")]),
    ("Tom Reed, the regional governor of Eastshire, visited. Westshire's governor has promised 2 billion roubles.",
     [("2 billion", 2e9, None, None, "roubles", None, None, 1, "Westshire's governor")]),
    ("Regional governor Tom Reed visited the site. The governor of Westshire found 2 billion roubles in the "
     "budget.", [("2 billion", 2e9, None, None, "roubles", None, None, 1)]),
    ("Regional governor Tom Reed visited the site. The governor found 2 billion roubles in the budget.",
     [("2 billion", 2e9, None, None, "roubles", None, "Tom Reed", 1)]),
    ("Regional governor Tom Reed visited the site. Eastshire's governor has promised 2 billion roubles.",
     [("2 billion", 2e9, None, None, "roubles", None, "Tom Reed", 1)]),
    ("Eastshire's governor has promised a payout of one million roubles. Regional governor Tom Reed said the "
     "blast was an accident.", [("one million", 1e6, None, None, "roubles", None, "Tom Reed", 0)]),
    ("The Central Bank said in a statement that it was pleased. Tom Reed rejected the plan. The statement added "
     "that 40 schools had closed.", [("40", 40, None, None, "schools", None, "Central Bank", 2)]),
    ("The Central Bank set out its plan in a white paper on Monday. Critics were unmoved. The paper notes that "
     "400 sites were shut, it lists the steps taken, and it says 40 were reopened.",
     [("400", 400, None, None, "sites", None, "Central Bank", 2), ("40", 40, None, None, "sites", None, "Central Bank", 2)]),
]


# A quotation that runs over several sentences is its speaker's throughout: a figure in another
# sentence of it has the speaker of the cue after its closing mark (or before its opening one),
# resolved to an actor.
QUOTED_ON = [
    ('"The port is closed. There are thousands of crates on the quay. Nobody can move them," a man continued.',
     [("thousands", 1000, 1000, 9999, "crates", None, None, 1, "a man")]),
    ('"The port is closed. There are thousands of crates on the quay." Nobody can move them, Ann Lowe continued.',
     [("thousands", 1000, 1000, 9999, "crates", None, None, 1)]),
    ('The port is closed. There are thousands of crates on the quay. "Nobody can move them," Ann Lowe continued.',
     [("thousands", 1000, 1000, 9999, "crates", None, None, 1)]),
    ('"The port is closed. There are thousands of crates on the quay. Nobody can move them," the sign near '
     "Ann Lowe's house read.", [("thousands", 1000, 1000, 9999, "crates", None, None, 1)]),
    ('A man continued, "The port is closed. There are thousands of crates on the quay."',
     [("thousands", 1000, 1000, 9999, "crates", None, None, 1)]),
    ('Ann Lowe read the sign, "The port is closed. There are thousands of crates on the quay."',
     [("thousands", 1000, 1000, 9999, "crates", None, None, 1)]),
    ('Ann Lowe stood up. "The port is closed. There are thousands of crates on the quay."',
     [("thousands", 1000, 1000, 9999, "crates", None, None, 2)]),
    ('"The port is closed. There are thousands of crates on the quay. Nobody can move them," Ann Lowe continued.',
     [("thousands", 1000, 1000, 9999, "crates", None, "Ann Lowe", 1)]),
    ('"The port is closed. There are thousands of crates on the quay. Nobody can move them," continued Ann Lowe.',
     [("thousands", 1000, 1000, 9999, "crates", None, "Ann Lowe", 1)]),
    ('Ann Lowe continued, "The port is closed. There are thousands of crates on the quay."',
     [("thousands", 1000, 1000, 9999, "crates", None, "Ann Lowe", 1)]),
    ('"The port is closed. There are thousands of crates on the quay. Nobody can move them," Ann Lowe continued. '
     '"We lost 40 boats."', [("thousands", 1000, 1000, 9999, "crates", None, "Ann Lowe", 1),
                             ("40", 40, None, None, "boats", None, None, 3)]),
]


@pytest.mark.parametrize("text, expected", QUOTED_ON, ids=[s for s, _ in QUOTED_ON])
def test_claimant_of_a_quotation_over_several_sentences(text, expected):
    sentences = extract(text).sentences        # split at closing marks, which conftest's split is not
    assert figure_records(text) == [{**figure(text, *row[:7], source=row[8] if len(row) > 8 else None),
                              "sentence": sentences[row[7]], "sentence_index": row[7]} for row in expected]


@pytest.mark.parametrize("text, expected", CONTINUED, ids=[getattr(row, "values", row)[0] for row in CONTINUED])
def test_claimant_of_a_continued_document(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]


# A nationality before a body ('Norwegian police') is no claim of the country: only its government or
# officials put forward the state's figures; the body claims where it is an actor, else nobody does.
NATIONAL_BODIES = [
    # must not fire for the country
    ("Norway rejected the plan. Norwegian police reported 906 burglaries last year.",
     [("906", 906, None, None, "burglaries", None, None, 1, "Norwegian police")]),
    ("Norway rejected the plan. Last year 906 burglaries took place, according to Norwegian police.",
     [("906", 906, None, None, "burglaries", None, None, 1, "Norwegian police")]),
    ("Norway rejected the plan. Last year, 906 burglaries took place, Norwegian police reported on Monday.",
     [("906", 906, None, None, "burglaries", None, None, 1, "Norwegian police")]),
    ("Norway rejected the plan. Norwegian prosecutors said 40 people were charged.",
     [("40", 40, None, None, "people", None, None, 1, "Norwegian prosecutors")]),
    ("Norway rejected the plan. The Norwegian army said 40 tanks were lost.",
     [("40", 40, None, None, "tanks", None, None, 1, "The Norwegian army")]),
    ("Norway rejected the plan. Its forces lost 40 tanks, Norwegian police said.",
     [("40", 40, None, None, "tanks", None, None, 1, "Norwegian police")]),
    # claims26: a country's name inside a body's name is not the country
    ("Norway rejected the plan. Statistics South Africa data showed inflation eased to 4.4 percent in May.",
     [("4.4 percent", 4.4, None, None, "% inflation", None, None, 1, "Statistics South Africa data")]),
    ("Norway rejected the plan. Statistics New Zealand figures showed the jobless rate rose to 6.1 percent.",
     [("6.1 percent", 6.1, None, None, "% jobless rate", None, None, 1, "Statistics New Zealand figures")]),
    ("Norway rejected the plan. Norway said its exports rose 4 percent in May.",
     [("4 percent", 4, None, None, "% rise in exports", None, "Norway", 1)]),
    # the state's own voices
    ("Norway rejected the plan. The Norwegian government reported 906 burglaries last year.",
     [("906", 906, None, None, "burglaries", None, "Norway", 1)]),
    ("Norway rejected the plan. Norwegian officials said 906 burglaries were reported.",
     [("906", 906, None, None, "burglaries", None, "Norway", 1)]),
    ("Norway rejected the plan. Norwegian authorities said 906 burglaries were reported.",
     [("906", 906, None, None, "burglaries", None, "Norway", 1)]),
]


@pytest.mark.parametrize("text, expected", NATIONAL_BODIES, ids=[s for s, _ in NATIONAL_BODIES])
def test_a_nationality_before_a_body_claims_nothing_for_its_country(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]


# 'the council', 'council figures': the one body the article names with that head word.
SOLE_BODIES = [
    ("The Tarnby District Council approved the budget on Monday. The rise adds $90 a year to bills, according to "
     "council figures.", [("$90", 90, None, None, "dollars a year", None, "Tarnby District Council", 1)]),
    ("The Tarnby District Council met on Monday. Bus fares fell to $4, according to data released by the council.",
     [("$4", 4, None, None, "dollars", None, "Tarnby District Council", 1)]),
    ("The Orla Valley Water Board met on Friday. Leaks cut off 300 homes, according to the board's figures.",
     [("300", 300, None, None, "homes", None, "Orla Valley Water Board", 1)]),
    # (describe28) the papers a body keeps or files: 'council records'
    ("The Tarnby District Council approved the plan on Monday. The rebuild would cost $31 million, according to "
     "council records.", [("$31 million", 31e6, None, None, "dollars", None, "Tarnby District Council", 1)]),
    ("The Tarnby District Council and the Oskar Town Council met. The rebuild would cost $31 million, according to "
     "council records.", [("$31 million", 31e6, None, None, "dollars", None, None, 1, "council records")]),
    # not another council, two councils, an indefinite council, a council of something
    ("The Tarnby District Council met on Monday. Bus fares fell to $4, according to the city council.",
     [("$4", 4, None, None, "dollars", None, None, 1, "the city council")]),
    ("The Tarnby District Council and the Oskar Town Council met. Bus fares fell to $4, according to the council.",
     [("$4", 4, None, None, "dollars", None, None, 1, "the council")]),
    ("The Tarnby District Council met on Monday. Bus fares fell to $4, according to a council.",
     [("$4", 4, None, None, "dollars", None, None, 1, "a council")]),
    ("The Tarnby District Council met on Monday. Bus fares fell to $4, according to the council of elders.",
     [("$4", 4, None, None, "dollars", None, None, 1, "the council of elders")]),
    # a name whose head stands before its 'of' ('Ministry of Transport': the ministry)
    ("The Ministry of Transport met on Monday. The ministry estimated the cost at $4m.",
     [("$4m", 4e6, None, None, "dollars", None, "Ministry of Transport", 1)]),
    ("The Ministry of Transport and the Ministry of Health met. The ministry estimated the cost at $4m.",
     [("$4m", 4e6, None, None, "dollars", None, None, 1)]),
    # another body of that kind, named in lower case with its field: that one's (test_named_bodies.py)
    ("The Ministry of Transport met on Monday. The health ministry estimated the cost at $4m.",
     [("$4m", 4e6, None, None, "dollars", None, "Health Ministry", 1)]),
    # another, unnamed body of that kind in the article: 'the ministry' may be either (review21e)
    ("The Ministry of Transport met the Kenyan ministry. The ministry estimated the cost at $4m.",
     [("$4m", 4e6, None, None, "dollars", None, None, 1)]),
    ("The Dunmore Shire Council met the Kenyan council. The council estimated the cost at $4m.",
     [("$4m", 4e6, None, None, "dollars", None, None, 1)]),
    ("The Dunmore Shire Council met on Monday, the Dunmore council said. The council estimated the cost at $4m.",
     [("$4m", 4e6, None, None, "dollars", None, "Dunmore Shire Council", 1)]),
]


@pytest.mark.parametrize("names, heads", [
    ({"Dunmore Shire Council": "Dunmore Shire Council"}, {"council": "Dunmore Shire Council"}),
    ({"Ministry of Transport": "Ministry of Transport"}, {"ministry": "Ministry of Transport"}),
    ({"National Union of Port Workers": "NUPW"}, {"union": "NUPW"}),
    ({"Ministry of Transport": "MT", "Ministry of Health": "MH"}, {}),     # two ministries: neither
    ({"Acme Widgets Ltd": "Acme Widgets Ltd"}, {}),                         # a legal form is no body's kind
])
def test_the_sole_bodies_are_keyed_by_the_head_of_their_names(names, heads):
    assert _sole_bodies(names, {key: "organization" for key in names.values()}) == heads


@pytest.mark.parametrize("text, expected", SOLE_BODIES, ids=[s for s, _ in SOLE_BODIES])
def test_a_bare_body_noun_is_the_one_body_of_that_name(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]


# A headline figure the body repeats (same value, same thing counted) is one figure, the body's, with
# its sentence and claimant; a headline figure the body does not repeat stays.
HEADLINE_REPEATS = [
    ("Tom Reed Is Right, Thousands of Layoffs This Year\n\nTom Reed said there had been \"thousands of "
     "layoffs\" in the port.", [("thousands", 1000, 1000, 9999, "layoffs", None, "Tom Reed", 1)]),
    ("Tom Reed Is Right About \"Thousands of Layoffs\" This Year\n\nTom Reed said there had been \"thousands of "
     "layoffs\" in the port. Ann Lowe said \"thousands of layoffs\" was too high.",
     [("thousands", 1000, 1000, 9999, "layoffs", None, "Tom Reed", 1),
      ("thousands", 1000, 1000, 9999, "layoffs", None, "Ann Lowe", 2)]),
    ("Officials: \"Thousands of Layoffs\" This Year\n\nTom Reed said there had been \"thousands of layoffs\" in "
     "the port.", [("thousands", 1000, 1000, 9999, "layoffs", None, "Tom Reed", 1)]),
    ("Tom Reed Is Right About ‘Thousands of Layoffs’ This Year.\n\nTom Reed said there had been “thousands of "
     "layoffs” in the port.", [("thousands", 1000, 1000, 9999, "layoffs", None, "Tom Reed", 1)]),
    ("Storm leaves 12 dead in coastal towns\n\nThe storm killed 12 people along the coast on Monday.",
     [("12", 12, None, None, "people", None, None, 1)]),
    ("Harbour firm to shed 450 posts\n\nThe firm plans to cut up to 450 jobs by the end of the year.",
     [("up to 450", 450, None, 450, "jobs", "up to", None, 1)]),
    ("Ferry operator fined €2m over oil spill\n\nA judge fined the operator €2 million on Tuesday.",
     [("€2 million", 2e6, None, None, "euros", None, None, 1)]),
    ("Rail fares to rise 4% in March\n\nTicket prices will go up by about 4 per cent next spring.",
     [("about 4 per cent", 4, None, None, "% rise in ticket prices", "about", None, 1)]),
    # claims26: a headline's bare "thousands" (people) over the body's thousands of a people noun
    ("Storm nears coast as thousands flee\n\nThousands of villagers in the valley have been told to leave their homes.",
     [("Thousands", 1000, 1000, 9999, "villagers", None, None, 1)]),
    ("Storm nears coast as thousands flee\n\nThousands of cars queued on the coast road.",
     [("thousands", 1000, 1000, 9999, "people", None, None, 0), ("Thousands", 1000, 1000, 9999, "cars", None, None, 1)]),
    # not another currency, a measure for a count, a vague amount of another thing, a figure the body
    # does not repeat; not a first paragraph of two sentences (no headline)
    ("Ferry operator fined €2m over oil spill\n\nA judge fined the operator £2 million on Tuesday.",
     [("€2m", 2e6, None, None, "euros", None, None, 0), ("£2 million", 2e6, None, None, "pounds", None, None, 1)]),
    ("Bypass to swallow 40 km of farmland\n\nThe new road will force 40 families off their land.",
     [("40", 40, None, None, "km", None, None, 0), ("40", 40, None, None, "families", None, None, 1)]),
    ("Tom Reed Is Right About \"Thousands of Layoffs\" This Year\n\nTom Reed said there had been \"thousands of "
     "strikes\" in the port.", [("Thousands", 1000, 1000, 9999, "Layoffs", None, None, 0),
                                ("thousands", 1000, 1000, 9999, "strikes", None, "Tom Reed", 1)]),
    ("Town council approves 9% rates rise\n\nThe council voted for the increase after a long debate.",
     [("9%", 9, None, None, "%", None, None, 0)]),
    ("Tom Reed was right about ‘thousands of layoffs’. The port is quiet.\n\nTom Reed said there had been "
     "“thousands of layoffs” in the port.", [("thousands", 1000, 1000, 9999, "layoffs", None, None, 0),
                                            ("thousands", 1000, 1000, 9999, "layoffs", None, "Tom Reed", 2)]),
]


@pytest.mark.parametrize("text, expected", HEADLINE_REPEATS, ids=[s for s, _ in HEADLINE_REPEATS])
def test_a_headline_figure_the_body_repeats_is_the_bodys(text, expected):
    sentences = extract(text).sentences
    rows = []
    for row in expected:               # the amount in its own sentence, not always its first occurrence
        start = re.compile(rf"(?<!\w){re.escape(row[0])}(?!\w)").search(text, text.index(sentences[row[7]])).start()
        rows.append({**figure(text, *row[:7]), "sentence": sentences[row[7]], "sentence_index": row[7],
                     "start": start, "end": start + len(row[0])})
    assert figure_records(text) == rows


NOT_FIGURES = [
    "Staff must give 10 days' notice of a walkout.",      # a time allowed, not an amount
    # session 28: a number after the singular noun it labels names which one of a series
    "Harlow Athletic were promoted into step four of the league ladder last year.",
    "The Kessel Saints were promoted into step three of the regional ladder.",
    "Tenants get two months' warning before an eviction.",
    "Workers gave the firm five days to restore the bonus.",
    "Firms have 30 days to appeal the fine.",
    "The rules come with a transition period of 6 months.",
    "The council wrote to the ministry twice asking for funds.",   # how often, not a multiple
    # claims29: the lot a price is quoted for ('the price of 1,000 bricks'), no quantity asserted
    "The price of ten eggs has doubled since May.",
    "The price of 500 tiles has climbed steeply this year.",
    "The union had called the minister three times seeking talks.",
    "I am sure the plan will work, she said.",                      # 'a m[illion]'
    "She may take a mining job, I am sad to say.",
    "Fans watched Super Bowl 50 in a crowded bar.",                 # numbers inside names
    "He told BBC Radio Four that he would resign.",
    "He spoke to BBC Radio 4 about the plans.",
    "The navy ordered a new Type 45 destroyer.",
    "The minister lives at 10 Downing Street.",
    "Revoke Article 50, the placard read.",
    "Families of the 9/11 victims sued the government.",             # a date with a slash
    "The three-hour meeting ended without a deal.",                 # a duration as a modifier
    "The 26-year-old man was arrested on Friday.",                  # ages
    "Mr Okafor, 29, was released on bail.",
    "Four years ago she left the party.",                           # time expressions
    "Two weeks earlier, voters rejected the treaty.",
    "Nothing in the last 24 hours has changed our view.",
    "The talks resume in two days.",
    "The talks resume in about two days.",
    "The firm must reply within 30 days.",
    "The agency counts major floods as storms where three or more homes are lost.",   # a definition
    "Junctions where three or more drivers are injured are marked.",
    "There were seemingly 40 different versions of the map.",       # a manner of speaking
    "She blamed him for the first six months of the new board.",   # a stretch of a period
    "The fraud ran over at least five years.",
    "The fire started at 9:52 p.m. local time (0252 GMT).",         # clock times
    "Polls close at 10pm tonight.",
    "The meeting starts at 10:30 in the morning.",
    "The September 2002 dossier was published.",                    # years and days
    "The 2018 elections were disputed.",
    "The treaty was signed in 1998 after long talks.",
    "The vote takes place on 12 March in the capital.",
    "The vote takes place on March 12 in the capital.",
    "She finished 3rd in the race.",                                # ordinals
    "The court split 4 to 1 in favour.",                            # tallies and ratios
    "By a 5-to-4 vote, the panel returned the bill.",
    "A 4-4 ruling would leave the law in place.",
    "Voters in a three-way contest are undecided.",                     # a kind, not a count
    "The fire hit 214 East 9th Avenue.",                          # an address
    "The plan should be ready by 6 o’clock tonight.",
    "The plan covers 2008-09 and the years after.",                 # a span of years
    "The flag flew at half-mast after the final.",                  # fractions that count nothing
    "She posted a photo during the second half.",
    "Children under five are most at risk.",                        # an age limit
    "People ages 50 to 60 may join.",
    "He was 95.",
    "He has a one in ten chance.",                                  # ratios: a kind of chance, a rate of nothing said
    "They won one in three.",
    "The team scored 2 in 5 minutes.",
    "Eight of 10 avocados come from the south.",
    "Call 020 7946 0958 for details.",                              # codes
    "The match ended 3-1 to the visitors.",                         # scores
    "Officials say it&#8217;s too early to tell.",                  # HTML character references
    "One official said the talks had failed.",                      # 'one' as a determiner
    "One of the ministers resigned.",
    "The two explosions were not related, the agency said.",        # a count already known
    "Did 40 people really die in the fire?",                        # a question asserts nothing
    "“The ones who have lived here 30 years,” Tom Reed asked.",      # a question without its mark
    "Yeah, 100 percent.",                                           # '100 percent' as a word of degree
    "They are 100 percent wrong, she said.",
    "She performed 100 percent, was at her best all season.",
    "The talks will be remembered as the 100% clean-air summit.",
    "He left school at the age of 12.",                             # an age
    "I call it the song that started 1,000 songs, she said.",       # a figure of speech
    "Shares in the FTSE 100 index fell.",                           # numbers inside names
    "The Apollo 11 crew returned.",
    "The Boeing 737 Max was grounded.",
    "Call +44 20 7946 0000 for details.",                           # a phone number
    "Type =1+1 into the cell.",                                     # arithmetic
    "Call 911 if you see smoke.",                                   # a number to ring
    "Fortune 500 companies pay little tax.",                        # a name opening the sentence
    "He dismissed the 2 percent rule as nonsense.",               # a percentage naming a kind
    "Activists of the 99% movement marched on Monday.",
    "The plan cuts taxes for the 1 percent and leaves the rest behind.",   # a share naming its people
    "The wealth of the top 1% grew.",
    "The union has been pressing the same claim against the council for over three decades.",   # how long, so far
    "The old guard has run the harbour for 80 years.",
    "Two Democrats, banker Tom Reed and lawyer Ann Lowe, top the list.",
    "The pact is a loose club of four states, Zembia, Peru, Chile and Norway.",
    "Two trawlers - the Sea Lark and the Nordic Star - docked at dawn.",
    "The agency counts floods where five or more roads are closed or damaged by water as emergencies.",   # a definition
    "Prosecutors charged two developers, Ann Lowe and Tom Reed, with fraud.",
    "Much of the money came from Chile and Norway, the region's two largest donors, which pledged more.",
    "The region's three largest towns voted no.",                   # a count in an owned ranking
    "Envoys of the world's five richest states will meet.",
    "Its top three banks cut jobs.",
    "Zembia is one of the two biggest parties.",
    "Zembia is among the three largest producers.",
    "Groups that raised $1 million or more outspent the rest.",     # a criterion for a kind
    "A review of charities that have raised $1m or more since May shows rural groups gaining ground.",
    "Firms with more than 50 staff were surveyed.",
    "Workers who earn less than $10 an hour got a raise.",
    "Households with at least two children get the grant.",
    "The loans, run up over 15 or 20 years, are a burden.",      # the period a process took
    "The debts built up over 20 years are unpayable.",
    "Savings piled up over 15 years.",
    "Loans accumulated over 15 or 20 years.",
    "Debt piled up over 15 years of war.",                       # 'years of' something: still a period
    "She ran a bakery on the square for 22 years.",               # how long something went on, after 'for'
    "The regulator had warned the bank for six straight years.",
    "He will forgo his bonus for two years, the board said.",
    "We were hopeful for three months, then nothing happened.",
    "The ferry stopped running for nine days in March.",
    "Her family has farmed this valley for four generations.",
    "The feud simmered for two decades.",
    "The club will not play until it has three consecutive weeks without injury.",   # a run of periods
    "The strike was its biggest in more than three decades.",   # how far back a comparison reaches
    "It was the sharpest fall in nearly 20 years, the bank said.",
    "The 40-page ruling criticised the council.",                 # a count that only describes
    "Firefighters fought a five-alarm fire downtown.",
    "The contest became a three-horse race.",
    "She wrote a 300-word statement.",
    "The attack began at 0600 hours.",                            # a clock time in hours
    "It took firefighters nearly six hours to bring the fire under control.",   # the time a task takes
    "Repairs would take 24 hours, he estimated.",
    "She took 45 minutes to answer.",
    "The R2 road was closed.",                                    # a capital letter before a number: a code
    "R2-D2 starred in the film.",
    "The P5 nations disagree.",
    "The Senate approved P5 billion for flood control.",   # 'P' is pesos and pula: no country says which
    "Lawmakers in Manila and Gaborone each approved P5 billion for flood control.",   # both countries named
    "Section R14 of the code was repealed.",
    "The union will strike again if talks stall for more than ten days.",   # a period in a condition
    "Refunds are due if a delay lasts more than two hours.",
    "Passengers get a voucher if their train is held for 30 minutes or more.",
    "A walkout lasting three weeks would shut the port, the chamber warned.",   # a supposed event's length
    "Any blackout running six hours would hit hospitals.",
    "At six, the doors opened.",                                  # an hour, after a fronted preposition
    "Until ten the queue kept growing.",
    "Before seven, crews had cleared the road.",
    "By 9 the hall was full.",
    "“By eight we were on the roof,” she said.",
    "The reform would have raised the retirement age to 67.",    # the value of an age
    "The plan raises the pension age from 66 to 67.",
    "The voting age is 16 in Austria.",
    "The state pension age will rise to 68.",
    "The age at which pupils may leave school went up to 18.",
    "The ATR 42-500 was delayed.",                                # capitals and a number: a model
    "The ATR 72-600 crashed near the airport.",
    "Our DVD 20-40 player works.",
    "The deal combines two of the largest makers of snacks.",     # a count picked out of a ranking
    "Three of the biggest banks cut rates.",
    "Four of the most populous states sued.",
    "Two of the world's biggest miners merged.",
    "Five of its largest clients left.",
    "Police found a 9mm pistol.",                                 # a joined measure that describes a thing
    "The 40kg bags were stolen.",
    "A 5km run was held.",
    "The council set a 20mph limit.",
    "The 5G network opened.",
    "Two sources told the Tarvale Post that the board would meet on Friday.",   # a count of anonymous sources
    "The sale was confirmed by two sources close to the talks.",
    "According to three sources, the Kessel fund will close.",
    "Four insiders said the deal was off.",
    "Three people with knowledge of the talks said the Orvell deal was off.",
    "Two officials briefed on the plan said the Kessin road was dead.",
    "Drivers slept in their cabs for five, six days.",     # a listed period after 'for' on a verb, as one
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_not_a_figure(sentence):
    assert figure_records(sentence) == []


# A sentence of the same paragraph that goes on with the findings of a report, analysis or
# slide the sentence before put forward as the subject of its main verb of attribution (or with
# what a body reported in a closing '..., The X Journal reports.') takes up its owner; nothing
# where a speaker, a quotation, a paragraph, a body or person as subject, or another year
# comes between, and nothing for the sentence after (figs23).
RUNNING_REPORTS = [
    ("The Harbour Audit Office's annual report showed the cost of the bridge had reached £50bn. "
     "The combined overruns came to 41 months.",
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0),
      ("41", 41, None, None, "months", None, "Harbour Audit Office", 1)]),
    ("Bonuses for Tembo bankers were $500 every month, The Tembo Financial Journal reports. "
     "Branch heads could earn $9,000 a year.",
     [("$500", 500, None, None, "dollars", None, "Tembo Financial Journal", 0),
      ("$9,000", 9000, None, None, "dollars a year", None, "Tembo Financial Journal", 1)]),
    ("A Kaloma Herald analysis of donors shows the left outspending the right. "
     "In August, left-leaning PACs raised $64.8million.",
     [("$64.8million", 64.8e6, None, None, "dollars", None, "Kaloma Herald", 1)]),
    # NEGATIVE: a new paragraph, a speaker, a quotation, a body as subject, another year, the
    # sentence after, a body that only said it, a report someone else dismissed, a person's report
    ("The Harbour Audit Office's annual report showed the bridge had cost £50bn.\nThe combined overruns came to 41 months.",
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0), ("41", 41, None, None, "months", None, None, 1)]),
    ("The Harbour Audit Office's annual report showed the bridge had cost £50bn. "
     "Marta Kell said the combined overruns came to 41 months.",
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0),
      ("41", 41, None, None, "months", None, "Marta Kell", 1)]),
    ("The Harbour Audit Office's annual report showed the bridge had cost £50bn. "
     'Kell added: "The combined overruns came to 41 months."',
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0), ("41", 41, None, None, "months", None, "Kell", 1)]),
    ("The Harbour Audit Office's annual report showed the bridge had cost £50bn. The ministry spent £2bn on tanks.",
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0), ("£2bn", 2e9, None, None, "pounds", None, None, 1)]),
    ("The Harbour Audit Office's annual report showed the bridge had cost £50bn. In 1990, the old bridge cost £2m to build.",
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0), ("£2m", 2e6, None, None, "pounds", None, None, 1)]),
    ("The Harbour Audit Office's annual report showed the bridge had cost £50bn. The combined overruns came to 41 months. "
     "Some 300 workers were hired.",
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0),
      ("41", 41, None, None, "months", None, "Harbour Audit Office", 1),
      ("Some 300", 300, None, None, "workers", "about", None, 2)]),
    ("The Harbour Audit Office said the bridge cost £50bn. The combined overruns came to 41 months.",
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0), ("41", 41, None, None, "months", None, None, 1)]),
    ("Marta Kell dismissed the Harbour Audit Office's report. The combined overruns came to 41 months.",
     [("41", 41, None, None, "months", None, None, 1)]),
    # NEGATIVE (reviewC): a present state of things, a turn to another matter: the writer's
    ("The Harbour Audit Office's annual report showed the bridge had cost £50bn. The old ferry carries 3,000 cars a day.",
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0),
      ("3,000", 3000, None, None, "cars a day", None, None, 1)]),
    ("The Harbour Audit Office's annual report showed the bridge had cost £50bn. Meanwhile, the port hired 300 pilots.",
     [("£50bn", 5e10, None, None, "pounds", None, "Harbour Audit Office", 0),
      ("300", 300, None, None, "pilots", None, None, 1)]),
    ("Bonuses for Tembo bankers were $500 every month, Marta Kell reports. Branch heads could earn $9,000 a year.",
     [("$500", 500, None, None, "dollars a month", None, "Marta Kell", 0),
      ("$9,000", 9000, None, None, "dollars a year", None, None, 1)]),
    ("Bonuses for Tembo bankers were $500 every month, The Tembo Financial Journal reports. "
     "Marta Kell earned $9,000 a year.",
     [("$500", 500, None, None, "dollars", None, "Tembo Financial Journal", 0),
      ("$9,000", 9000, None, None, "dollars a year", None, None, 1)]),
]


@pytest.mark.parametrize("text, expected", RUNNING_REPORTS, ids=[s for s, _ in RUNNING_REPORTS])
def test_a_sentence_going_on_with_a_report_is_its_owners(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]


# 'with X showing her ahead 3 points, Y 4.3 points, and Z 2.1 points': a list item of a name and
# a figure only, of the unit of a figure a source of the same kind gives before it, is that
# name's (figs23).
LISTED_SOURCES = [
    ("Kell is ahead nationally, with Tembo Research showing her ahead 3 points, Kaloma Analytics 4.3 points, "
     "and Veloria Data Institute 2.1 points.",
     [("3", 3, None, None, "points", None, "Tembo Research", 0),
      ("4.3", 4.3, None, None, "points", None, "Kaloma Analytics", 0),
      ("2.1", 2.1, None, None, "points", None, "Veloria Data Institute", 0)]),
    # NEGATIVE: a person after pollsters; an item that says more ('in May'); no source before;
    # no source at all
    ("Kell is ahead, with Tembo Research showing her ahead 3 points, Kaloma Analytics 4.3 points, and Tom Brandt 2.1 points.",
     [("3", 3, None, None, "points", None, "Tembo Research", 0),
      ("4.3", 4.3, None, None, "points", None, "Kaloma Analytics", 0),
      ("2.1", 2.1, None, None, "points", None, None, 0)]),
    ("Kell is ahead, with Tembo Research showing her ahead 3 points, Kaloma Analytics 4.3 points in May, "
     "and Veloria Data Institute 2.1 points.",
     [("3", 3, None, None, "points", None, "Tembo Research", 0),
      ("4.3", 4.3, None, None, "points", None, None, 0),
      ("2.1", 2.1, None, None, "points", None, "Veloria Data Institute", 0)]),
    ("Kell is ahead, with her campaign citing 3 points, Kaloma Analytics 4.3 points, and Veloria Data Institute 2.1 points.",
     [("3", 3, None, None, "points", None, None, 0), ("4.3", 4.3, None, None, "points", None, None, 0),
      ("2.1", 2.1, None, None, "points", None, None, 0)]),
    ("Marta Kell won 52% and Tom Brandt 48%.",
     [("52%", 52, None, None, "%", None, None, 0), ("48%", 48, None, None, "%", None, None, 0)]),
]


@pytest.mark.parametrize("text, expected", LISTED_SOURCES, ids=[s for s, _ in LISTED_SOURCES])
def test_each_source_of_a_list_claims_its_own_figure(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]
# Money and numbers as national presses write them: currency marks of house styles (CLDR symbols,
# ISO 4217 codes), their scales ("mil", "bil", "tr", "-B"), "pc" for per cent, thousands grouped by
# spaces, a range's negative low end; and the near-misses where the same letters or digits are
# codes, names or two numbers.
NATIONAL_STYLES = [
    # East African shillings, UAE dirhams, Malaysian ringgit
    ("The county tabled a Sh21.3bn budget on Monday.", [("Sh21.3bn", 2.13e10, None, None, "shillings", None, None)]),
    ("The assembly set aside Sh450 million for roads.", [("Sh450 million", 4.5e8, None, None, "shillings", None, None)]),
    ("Each ward gets Sh500 a day for water.", [("Sh500", 500, None, None, "shillings a day", None, None)]),
    ("The builder booked Dh2.1bn in sales.", [("Dh2.1bn", 2.1e9, None, None, "dirhams", None, None)]),
    ("The board paid AED 300 million in dividends.", [("AED 300 million", 3e8, None, None, "dirhams", None, None)]),
    ("Shares of the builder rose to Dh7.45 on Monday.", [("Dh7.45", 7.45, None, None, "dirhams", None, None)]),
    ("Victims of the scheme lost RM240mil.", [("RM240mil", 2.4e8, None, None, "ringgit", None, None)]),
    ("Losses from online fraud reached RM2.3bil this year.", [("RM2.3bil", 2.3e9, None, None, "ringgit", None, None)]),
    ("A retired teacher lost RM415,000 to the scheme.", [("RM415,000", 415000, None, None, "ringgit", None, None)]),
    ("Recruits were offered between RM5,000 and RM7,000 a month.",
     [("between RM5,000 and RM7,000", 5000, 5000, 7000, "ringgit a month", "between", None)]),
    ("Losses ranging from RM15,000 to over RM2mil per victim were reported.",
     [("RM15,000 to over RM2mil", 15000, 15000, None, "ringgit per victim", None, None)]),
    # the same letters as codes, names and labels: no money
    ("The Sh2 bus left the depot late.", []),
    ("The Dh2 gene was switched off in the mice.", []),
    ("The RM7 winger signed for the club.", []),
    ("An AED 5 unit hung by the door.", []),
    ("The RM380 tower was sold last year.", []),
    # pesos where the article names the Philippines (pula where it names Botswana), else nothing
    ("The Philippine senate approved P2.7 billion for repairs.", [("P2.7 billion", 2.7e9, None, None, "pesos", None, None)]),
    ("Filipino farmers lost P4.1-B to the storm.", [("P4.1-B", 4.1e9, None, None, "pesos", None, None)]),
    ("The Botswana government set aside P1.2bn for clinics.", [("P1.2bn", 1.2e9, None, None, "pula", None, None)]),
    ("The senate approved P2.7 billion for repairs.", []),
    ("The P4 road to the mine was closed.", []),
    # the Pakistani press's trillions, lakh and crore
    ("The board must raise Rs1.4tr in new taxes.", [("Rs1.4tr", 1.4e12, None, None, "rupees", None, None)]),
    ("The shortfall may reach at least Rs2tr.", [("at least Rs2tr", 2e12, 2e12, None, "rupees", "at least", None)]),
    ("The council approved Rs 3 crore for the hall.", [("Rs 3 crore", 3e7, None, None, "rupees", None, None)]),
    ("The fund paid out 1.5 lakh rupees.", [("1.5 lakh", 150000, None, None, "rupees", None, None)]),
    ("The portal lists 5,80,000 applicants.", [("5,80,000", 580000, None, None, "applicants", None, None)]),
    # the South Asian press's "cr" for a crore, glued or after a space, only after the rupee or taka
    ("A Rs 9.6 cr hole opens in depot budget", [("Rs 9.6 cr", 9.6e7, None, None, "rupees", None, None)]),
    ("The mill earned ₹75 cr last year.", [("₹75 cr", 7.5e8, None, None, "rupees", None, None)]),
    ("The trust raised Rs 310cr from donors.", [("Rs 310cr", 3.1e9, None, None, "rupees", None, None)]),
    ("The board paid Rs. 18 cr to the contractors.", [("Rs. 18 cr", 1.8e8, None, None, "rupees", None, None)]),
    ("The ward has 6,200 voters, Cr Malouf said.", [("6,200", 6200, None, None, "voters", None, "Malouf")]),
    ("Cr Dunleavy said 30 homes were flooded.", [("30", 30, None, None, "homes", None, "Dunleavy")]),
    ("The club was given $7,000 Cr Dunleavy said.", [("$7,000", 7000, None, None, "dollars", None, None)]),
    ("The levy raised Rs 6,000 Cr Malouf said.", [("Rs 6,000", 6000, None, None, "rupees", None, "Malouf")]),
    # NEGATIVE: no crore after another currency ('cr' after the pound marks a credit)
    ("The Penang firm booked $8 cr from the sale.", [("$8", 8, None, None, "dollars", None, None)]),
    ("The ledger closed at £60 cr on Friday.", [("£60", 60, None, None, "pounds", None, None)]),
    ("Form 5b was filed late.", []),
    # "pc" for per cent, glued to the number only
    ("Inflation rose to 11.25pc in May.", [("11.25pc", 11.25, None, None, "% inflation", None, None)]),
    ("Firms pay close to 45pc of their profits in tax.", [("close to 45pc", 45, None, 45, "% of profits", "almost", None)]),
    ("The shop sold 5 PCs to the school.", [("5", 5, None, None, "PCs", None, None)]),
    ("Tembo Stores sold a 12pc cookware set and its 3pc suite.", []),      # pieces (reviewC)
    ("Veloria saw a 5pc rise in fares.", [("5pc", 5, None, None, "% rise in fares", None, None)]),
    # thousands grouped by a space in an article that groups none with commas
    ("The file runs to more than 30 000 pages.", [("more than 30 000", 30000, 30000, None, "pages", "more than", None)]),
    ("Both men were freed on bail of R20 000 each.", [("R20 000", 20000, None, None, "rand per man", None, None)]),
    ("In 2023 12 000 people left the town.", [("12 000", 12000, None, None, "people", None, None)]),
    ("On March 5 300 people marched to the court.", []),
    ("Section 12 500 of the code lists the fees.", []),
    ("She won the 100 200 and 400 metres titles in Tembo.", [("400", 400, None, None, "metres", None, None)]),  # a list (reviewC)
    ("About 1,200 people and 5 300 cattle were moved.",        # commas elsewhere: '5 300' may be two numbers
     [("About 1,200", 1200, None, None, "people", "about", None)]),
    # bounds written after or around the amount, a range below zero
    ("Traders sold maize for as high as ₦900 per bag.", [("as high as ₦900", 900, None, 900, "naira per bag", "up to", None)]),
    ("Rates were twice as high as 5% in the north.", [("twice", 2, None, None, "times", None, None), ("5%", 5, None, None, "%", None, None)]),
    ("Losses could be 4% or higher next year.", [("4% or higher", 4, 4, None, "% losses", "at least", None)]),
    ("The interval ran from -3% to 58% in older patients.", [("-3% to 58%", -3, -3, 58, "%", None, None)]),
    ("Growth rose from -1% to 3% last year.", [("3%", 3, None, None, "%", None, None)]),
    ("Output fell by -2% in May.", []),
    ("Ministers were split over whether to answer the levies on Nordic cars with duties worth up to 12 billion euros ($13.1 billion).",
     [("up to 12 billion", 1.2e10, None, 1.2e10, "euros", "up to", None),
      ("$13.1 billion", 1.31e10, None, 1.31e10, "dollars", "up to", None)]),
    ("The tax hits cars with engines worth up to 12 billion euros.", []),
    # NEGATIVE (reviewC): a criterion of a rule in the present, restated in brackets, and its restatement
    ("Vans priced up to €30,000 ($32,500) are exempt from the Tembo levy, the ministry said.", []),
    ("The Tembo levy hits vans with engines worth up to 9 billion euros ($9.8 billion).", []),
    # names and descriptors that only look like counts
    ("About 18 of the 27 member states back the plan.",
     [("About 18", 18, None, None, "member states", "about", None)]),
    ("The 27 member states met in Oslo.", []),
    ("A 12-member panel met in Oslo.", [("12", 12, None, None, "members", None, None)]),
    ("The union has 40 member clubs.", [("40", 40, None, None, "member clubs", None, None)]),
    ("The 95% confidence interval ran from 38% to 71%.", [("38% to 71%", 38, 38, 71, "%", None, None)]),
    ("The gap was significant at the 5 percent significance level.", []),
    ("About 95% of staff had confidence in the plan.", [("About 95%", 95, None, None, "% of staff", "about", None)]),
    ("The serum was trialled over three winter seasons in Peru.", []),
    ("The study's three seasons were mild.", []),
    ("The firm's 300 workers went on strike.", [("300", 300, None, None, "workers", None, None)]),
    ("Merging two payroll systems usually costs $40m.", [("$40m", 4e7, None, None, "dollars", None, None)]),
    ("The bank typically hires 40 pilots a year.", [("40", 40, None, None, "pilots a year", None, None)]),
    ("Profit for the six months to June 30 rose 17 per cent.", [("17 per cent", 17, None, None, "% rise in profit", None, None)]),
    ("Profit in the nine months ended June fell sharply.", []),
    ("The court extended the order by three months to June 30.", [("three", 3, None, None, "months", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", NATIONAL_STYLES, ids=first_values(NATIONAL_STYLES))
def test_money_and_numbers_as_national_presses_write_them(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]


# A statement no actor stands for keeps its source in words ('source'); never an unresolved
# pronoun, a possessive whose owner the reader is not told, nor words run past a comma.
UNNAMED_SOURCES = [
    ("A senior official, who asked not to be named, said the deficit had reached $2 billion.",
     [("$2 billion", 2e9, None, None, "dollars", None, None, 0, "A senior official")]),
    ("Farmers in the valley have lost 40 percent of their harvest, according to two officials briefed on the talks.",
     [("40 percent", 40, None, None, "% of harvest", None, None, 0, "two officials briefed on the talks")]),
    ("A health worker at the clinic, who was not authorised to speak, said 30 patients had died.",
     [("30", 30, None, None, "patients", None, None, 0,
       "A health worker at the clinic, who was not authorised to speak")]),
    # NEGATIVE: a pronoun nobody resolved, a possessive's unknown owner
    ("He said 300 jobs would go.", [("300", 300, None, None, "jobs", None)]),
    ("Their spokesman said 300 jobs would go.", [("300", 300, None, None, "jobs", None)]),
    ("Figures released by the agency on Monday show that 300 jobs went.",
     [("300", 300, None, None, "jobs", None, None, 0, "Figures released by the agency on Monday")]),
    ("Data show that 300 jobs went.", [("300", 300, None, None, "jobs", None)]),
    # a named actor claims it: no words needed
    ("Ann Lowe said 300 jobs would go.", [("300", 300, None, None, "jobs", None, "Ann Lowe")]),
    # no statement: nobody
    ("The storm destroyed 300 homes.", [("300", 300, None, None, "homes", None)]),
]


@pytest.mark.parametrize("text, expected", UNNAMED_SOURCES, ids=[s for s, _ in UNNAMED_SOURCES])
def test_an_unnamed_source_is_kept_in_words(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]
