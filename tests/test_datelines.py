"""Datelines: where a story was filed and who filed it is no actor, speaker or statement.
Every sentence here is written for the tests."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.extract.datelines import dateline_end, without_dateline
from generator.read import blocks_of, headline_of


DATELINES = [
    # ---- not datelines: a paragraph opening on capitals that is a sentence ----
    ("NATO said – in a statement – that the drills would go on.", ""),
    ("UN officials said the convoy had been stopped.", ""),
    ("US stocks fell - the third day running - on Friday.", ""),
    ("LONDON is a city of eight million people, the mayor said.", ""),
    ('"LONDON is not for sale," the mayor said.', ""),
    ("NATO — the alliance of 32 states — met in Vilnius.", ""),        # an acronym, no place
    ("US — and European — officials met in Geneva.", ""),
    ("FBI, Police Say — The Suspect Fled", ""),                         # a headline's words, no region
    ("CHINA — The world's second-largest economy — grew 5 per cent last year.", ""),   # a country: no city
    ("PARIS — and the rest of France — woke up to strikes.", ""),        # an aside, no sentence after it
    ("CLAIM: \"We have doubled the number of nurses.\"", ""),           # a fact-check's label
    ("VERDICT: Misleading.", ""),
    ("IBM, Apple and Google — the three largest buyers — declined to comment.", ""),
    ("FIRM BLOCKS TAKEOVER - shareholders fume", ""),                  # a headline in capitals
    ("FURY AS FA CHIEFS BLOCK BILLIONAIRE'S CLUB TAKEOVER - fans react", ""),
    ("(Updated at 10:00) The minister resigned on Monday.", ""),
    ("Lagos, a city of 15 million, is growing fast.", ""),
    ("ASEAN, Japan and Korea — the three blocs — agreed on Friday.", ""),
    ("ASEAN, Japan — the two partners — agreed on Friday.", ""),          # a known body
    ("Harlan Mills (Tern Wire) — the chief executive said.", ""),        # title case: no known place
    ("Kaveri Motors (KML) — the carmaker said its profit rose.", ""),
    ("Harlan Mills--(Tern Wire)--the company said.", ""),               # title case, no known place
    ("Acme--(the firm)--said it would grow.", ""),
    ("NATO--(the alliance)--met on Friday.", ""),
    ("ZORVIK--(tern wire)--Harlan Mills said.", ""),                    # no agency's name
    ("ZORVIK--(Tern Wire)--and the rest of the region.", ""),           # no sentence after it
    ("Sales rose 4/5 -- Acme Inc. said.", ""),
    ("ZORVIK /Tern Wire/ -- and more.", ""),
    # ---- datelines ----
    ("ZORVIK (Tern Wire) - Harlan Mills said on Friday its profit rose.", "ZORVIK (Tern Wire) - "),
    ("ZORVIK, 21 May (Tern Wire) - Two states agreed to reopen the border.", "ZORVIK, 21 May (Tern Wire) - "),
    ("ZORVIK, March 4 (Tern Wire) - A court halted the sale.", "ZORVIK, March 4 (Tern Wire) - "),
    ("NEW DELHI, Oct 3 (Reuters) - The bank raised rates.", "NEW DELHI, Oct 3 (Reuters) - "),
    ("SAN ESTEBAN, Chile (Tern Wire) — Floods have killed 12 people.", "SAN ESTEBAN, Chile (Tern Wire) — "),
    ("WASHINGTON, May 21, 2025 (AP) — The Senate voted.", "WASHINGTON, May 21, 2025 (AP) — "),
    ("MILLBROOK, Ohio — The city council passed a budget.", "MILLBROOK, Ohio — "),
    ("DENVER — A jury ordered the company to pay.", "DENVER — "),
    ("GRAND FORKS, N.D. — The river crested on Sunday.", "GRAND FORKS, N.D. — "),
    ("ZORVIK, Valdoria (Tern Wire) — The border reopened.", "ZORVIK, Valdoria (Tern Wire) — "),
    ("NEW DELHI: The state government announced a relief package.", "NEW DELHI: "),
    ("(AP) — The Senate voted on Tuesday.", "(AP) — "),
    ("OSLO -- The ministry said the ferry would run.", "OSLO -- "),
    # a known city in capitals vouches for the parish, district or region after it, which the
    # gazetteer may lack (session 34)
    ("KINGSTON, St Andrew — Two men were held after a chase, police said.", "KINGSTON, St Andrew — "),
    ("NAKURU, Rift Valley: The county will close three markets.", "NAKURU, Rift Valley: "),
    ("TAMALE, Northern Region - A bridge on the main road collapsed.", "TAMALE, Northern Region - "),
    ("GEELONG, Corio Bay District — 42 boats were lost in the storm.", "GEELONG, Corio Bay District — "),
    # not: an unknown place in capitals, a list, a lower-case aside, no sentence after it
    ("ZORVIK, Valdoria — The border reopened.", ""),
    ("KINGSTON, Oslo and Lagos — the three ports — signed a pact.", ""),
    ("KINGSTON, the capital — The mayor resigned.", ""),
    ("KINGSTON, St Andrew — and the hills above it — lost power.", ""),
    ("Washington (CNN) — The Senate voted.", "Washington (CNN) — "),
    # ---- press-release wires: dashes with no space around the agency, or the agency in slashes ----
    ("ZORVIK, Valdoria--(Tern Newswire)--Harlan Mills Ltd cut its forecast.", "ZORVIK, Valdoria--(Tern Newswire)--"),
    ("ZORVIK--(BUSINESS WIRE)--Harlan Mills Ltd today announced a merger.", "ZORVIK--(BUSINESS WIRE)--"),
    ("BOSTON, Mass.--(Tern Wire)--Acme Corp said on Monday it would cut jobs.", "BOSTON, Mass.--(Tern Wire)--"),
    ("LONDON--(Tern Wire)-- Harlan Mills plc said profit rose.", "LONDON--(Tern Wire)-- "),
    ("NEW YORK, June 2 /Tern Newswire/ -- Acme Inc. said it would buy Zorvik Ltd.", "NEW YORK, June 2 /Tern Newswire/ -- "),
    ("STUTTGART, Germany--(Tern Wire)--The carmaker said sales fell.", "STUTTGART, Germany--(Tern Wire)--"),
    # an agency that writes its initials in lower case; a press-release wire's dashes
    ("ZORVIK (tw) – The president of the league resigned on Tuesday.", "ZORVIK (tw) – "),
    ("NEW DELHI, Oct 3 (ians) - The bank raised rates.", "NEW DELHI, Oct 3 (ians) - "),
    ("ZORVIK, Valdoria--(Tern Newswire)--Harlan Mills AG cut its forecast.", "ZORVIK, Valdoria--(Tern Newswire)--"),
    ("GRAND FORKS, N.D.--(Tern Newswire)--The firm said sales rose.", "GRAND FORKS, N.D.--(Tern Newswire)--"),
    ("OSLO--(PR Tern)-- Harlan Mills ASA said profit rose.", "OSLO--(PR Tern)-- "),
    # not: title case before the dashes, a lower-case aside in brackets
    ("Harlan Mills--(the maker of drives)--cut its forecast.", ""),
    ("ZORVIK (for now) – The president resigned.", ""),
    ("Zorvik Motors--(Tern Newswire)--said sales rose.", ""),
    # a paper's dateline in title case: a known city, then a known region, a date or a desk's capitals
    ("Nairobi – The Kenyan treasury cut its forecast on Monday.", "Nairobi – "),
    ("Lahore, Pakistan — Police said on Sunday that two men had been held.", "Lahore, Pakistan — "),
    ("Mumbai, PTI: The state government has ordered an inquiry.", "Mumbai, PTI: "),
    ("Karachi: Three ferries were cancelled after the storm.", "Karachi: "),
    ("Kolkata ● Officials said the bridge would reopen.", "Kolkata ● "),
    ("Accra | Ghana's finance minister resigned on Friday.", "Accra | "),
    ("Sydney, March 4 – A bushfire closed two highways.", "Sydney, March 4 – "),
    # not: a country alone, a word of people or bodies, an unknown region, a lower-case aside
    ("Kenya: The government said the border would reopen.", ""),
    ("Police: The suspect fled on foot.", ""),
    ("Lagos – the city of 15 million – is growing fast.", ""),
    ("Paris, the capital – The mayor resigned.", ""),
    ("Zorvik, DHNS: The council met.", ""),
]


@pytest.mark.parametrize("paragraph, dateline", DATELINES)
def test_dateline_of_a_paragraph(paragraph, dateline):
    assert paragraph[:dateline_end(paragraph)] == dateline


def record(text: str) -> tuple[list[tuple], list[tuple], list[str]]:
    """(actors with their aliases, positions, sentences) of an article."""
    result = extract(text)
    return (sorted((m.name, m.type, sorted(m.aliases)) for m in result.mentions),
            [(p.speaker, p.actor, p.cue, p.text) for p in result.positions], result.sentences)


ARTICLES = [
    # ---- no dateline: capitals that open a sentence, a quotation or a headline stay words ----
    ('"LONDON is not for sale," Mayor Carl Dunn said on Monday.',
     ([('Carl Dunn', 'person', ['Mayor Carl Dunn'])], [('Mayor Carl Dunn', 'Carl Dunn', 'said', 'LONDON is not for sale')], ['"LONDON is not for sale," Mayor Carl Dunn said on Monday.'])),
    ('Strike called\n\nUN officials said on Monday that the strike would go on.',
     ([('United Nations', 'organization', ['UN'])], [('UN officials', 'United Nations', 'said', 'the strike would go on')], ['Strike called', 'UN officials said on Monday that the strike would go on.'])),
    ('NATO — the alliance of 32 states — said on Friday that the drills would go on.',
     ([('NATO', 'organization', [])], [('the alliance of 32 states', None, 'said', 'the drills would go on')], ['NATO — the alliance of 32 states — said on Friday that the drills would go on.'])),
    ('STRIKE CALLED AT PORT\n\nDock workers will strike on Monday, their leader Carl Dunn said.',
     ([('Carl Dunn', 'person', [])], [('their leader Carl Dunn', 'Carl Dunn', 'said', 'Dock workers will strike on Monday')], ['STRIKE CALLED AT PORT', 'Dock workers will strike on Monday, their leader Carl Dunn said.'])),
    # (a country written only as the qualifier of a common noun is no actor: session 32)
    ('US stocks fell - the third day running - on Friday, the exchange said.',
     ([], [('the exchange', None, 'said', 'US stocks fell - the third day running - on Friday')], ['US stocks fell - the third day running - on Friday, the exchange said.'])),
    # ---- datelines: no actor, speaker or statement text from them ----
    ('Acme cuts outlook\n\nZORVIK, Valdoria--(Tern Newswire)--Harlan Mills Ltd, the maker of ferry engines, said on Monday its sales fell 12 per cent.',
     ([('Harlan Mills Ltd', 'organization', [])], [('Harlan Mills Ltd', 'Harlan Mills Ltd', 'said', 'its sales fell 12 per cent')], ['Acme cuts outlook', 'Harlan Mills Ltd, the maker of ferry engines, said on Monday its sales fell 12 per cent.'])),
    ('Profit rises at carmaker\n\nZORVIK (Tern Wire) - Harlan Mills Ltd said on Friday its quarterly profit rose 30 per cent.',
     ([('Harlan Mills Ltd', 'organization', [])], [('Harlan Mills Ltd', 'Harlan Mills Ltd', 'said', 'its quarterly profit rose 30 per cent')], ['Profit rises at carmaker', 'Harlan Mills Ltd said on Friday its quarterly profit rose 30 per cent.'])),
    ('Floods kill 12\n\nSAN ESTEBAN, Chile (Tern Wire) - Floods in the south have killed at least 12 people, officials said on Sunday.',
     ([('officials', 'group', [])], [('officials', 'officials', 'said', 'Floods in the south have killed at least 12 people')], ['Floods kill 12', 'Floods in the south have killed at least 12 people, officials said on Sunday.'])),
    ('Jury rules against drugmaker\n\nDENVER — A federal jury ruled against Crane Pharmaceuticals Inc., Judge Ann Lowe said.',
     ([('Ann Lowe', 'person', ['Judge Ann Lowe']), ('Crane Pharmaceuticals Inc', 'organization', [])], [('Judge Ann Lowe', 'Ann Lowe', 'said', 'A federal jury ruled against Crane Pharmaceuticals Inc.')], ['Jury rules against drugmaker', 'A federal jury ruled against Crane Pharmaceuticals Inc., Judge Ann Lowe said.'])),
    # a date, and a later paragraph that names the agency (it is no actor from the dateline)
    ('Analysts expect a cut\n\nZORVIK, 21 May (Tern Wire) - Prices fell again in May.\n\nAnalysts polled by Tern Wire said the bank would cut rates.',
     ([('analysts', 'group', [])], [('Analysts', 'analysts', 'said', 'the bank would cut rates')], ['Analysts expect a cut', 'Prices fell again in May.', 'Analysts polled by Tern Wire said the bank would cut rates.'])),
    # a byline line before the dateline
    ('Port sale halted\n\nBy Dana Holt, Staff Writer\n\nLAGOS, March 4 (Tern Wire) - Judge Ada Obi said the ministry had skipped a tender.',
     ([('Ada Obi', 'person', ['Judge Ada Obi'])], [('Judge Ada Obi', 'Ada Obi', 'said', 'the ministry had skipped a tender')], ['Port sale halted', 'By Dana Holt, Staff Writer', 'Judge Ada Obi said the ministry had skipped a tender.'])),
    # a paper's dateline in title case, after a standfirst and a byline; with a bullet or a desk's capitals
    ('Floods kill 12\n\nRivers burst their banks across the south overnight, cutting roads to dozens of villages and forcing families onto rooftops to wait for rescue boats.\n\nBy Dana Holt\n\nLahore, Pakistan – Floods have killed at least 12 people, officials said on Sunday.',
     ([('officials', 'group', [])], [('officials', 'officials', 'said', 'Floods have killed at least 12 people')], ['Floods kill 12', 'Rivers burst their banks across the south overnight, cutting roads to dozens of villages and forcing families onto rooftops to wait for rescue boats.', 'By Dana Holt', 'Floods have killed at least 12 people, officials said on Sunday.'])),
    ('Bridge to reopen\n\nKolkata ● The Howrah bridge will reopen on Friday, city engineer Rina Basu said.',
     ([('Rina Basu', 'person', [])], [('city engineer Rina Basu', 'Rina Basu', 'said', 'The Howrah bridge will reopen on Friday')], ['Bridge to reopen', 'The Howrah bridge will reopen on Friday, city engineer Rina Basu said.'])),
    ('Plant planned\n\nMumbai, PTI: Harlan Motors will build a plant near Pune, the company said on Thursday.',
     ([('Harlan Motors', 'organization', [])], [('the company', 'Harlan Motors', 'said', 'Harlan Motors will build a plant near Pune')], ['Plant planned', 'Harlan Motors will build a plant near Pune, the company said on Thursday.'])),
    # a known city in capitals and a parish the gazetteer lacks, after a byline in capitals (session 34)
    ('Robberies fall in St Andrew\n\nBY DANA HOLT\nGleaner staff writer\n\nKINGSTON, St Andrew — Robberies in the parish have fallen by 12 per cent since January, Superintendent Carl Dunn said on Monday.',
     ([('Carl Dunn', 'person', [])], [('Superintendent Carl Dunn', 'Carl Dunn', 'said', 'Robberies in the parish have fallen by 12 per cent since January')], ['Robberies fall in St Andrew', 'BY DANA HOLT', 'Gleaner staff writer', 'Robberies in the parish have fallen by 12 per cent since January, Superintendent Carl Dunn said on Monday.'])),
    # the agency alone
    ('Rates rise\n\n(AP) — The Federal Reserve said on Wednesday it would raise rates.',
     ([('Federal Reserve', 'organization', [])], [('The Federal Reserve', 'Federal Reserve', 'said', 'it would raise rates')], ['Rates rise', 'The Federal Reserve said on Wednesday it would raise rates.'])),
]


@pytest.mark.parametrize("text, expected", ARTICLES)
def test_no_actor_or_statement_from_a_dateline(text, expected):
    assert record(text) == expected


def affiliations(text: str) -> list[tuple]:
    return sorted((m.name, m.type, m.role, m.affiliation) for m in extract(text).mentions)


FILED_FROM = [
    # the dateline's place alone names no country, nor does the agency
    ("Floods kill 12\n\nSAN ESTEBAN (Tern Wire) - Floods in Chile's south have killed 12 people, officials said.\n\n"
     "President Ana Ruiz flew over the area on Saturday and said help would come.",
     [("Ana Ruiz", "person", "President", None), ("Chile", "country", None, None), ("officials", "group", None, None)]),
    # a country named in the dateline only is no actor, and once is no article's country
    ("Floods kill 12\n\nSAN ESTEBAN, Chile (Tern Wire) - Floods in the south have killed 12 people, officials said.\n\n"
     "President Ana Ruiz flew over the area on Saturday and said help would come.",
     [("Ana Ruiz", "person", "President", None), ("officials", "group", None, None)]),
    # the dateline's country counts, with the story's own mention, towards the article's country
    ("Floods kill 12\n\nSAN ESTEBAN, Chile (Tern Wire) - Floods in Chile's south have killed 12 people, officials said.\n\n"
     "President Ana Ruiz flew over the area on Saturday and said help would come.",
     [("Ana Ruiz", "person", "President", "Chile"), ("Chile", "country", None, None), ("officials", "group", None, None)]),
]


@pytest.mark.parametrize("text, expected", FILED_FROM)
def test_country_of_the_dateline(text, expected):
    assert affiliations(text) == expected


FIRST_PARAGRAPH = [
    # only the first paragraph of the body: a dateline-like opening further on stays
    ("Ferry talks fail\n\nThe ferry company and the union failed to agree on pay on Monday after twelve hours of talks "
     "in the port, both sides said.\n\nOSLO - The ministry said it would step in.", ""),
    # a headline that looks like one stays the headline
    ("OSLO - The city votes\n\nThe city council voted on Monday.", ""),
    # a standfirst and a byline come before the body's first paragraph
    ("Ferry talks fail\n\nAfter twelve hours, the union and the company walk away and the ministry prepares to step in.\n\n"
     "By Ann Lowe\n\nOSLO - The ministry said it would step in.", "OSLO - "),
    ("OSLO - The ministry said it would step in.", "OSLO - "),                 # no headline
    # session 42: a place in title case with the date, under a byline without 'By' or a service's line,
    # also where the gazetteer does not know the place: the date says it is a dateline
    ("Ferry talks fail\n\nKessa News Service\n\nKolkata, 4 December: The ministry said it would step in.",
     "Kolkata, 4 December: "),
    ("Ferry talks fail\n\nUnion and company walk away as the ministry prepares to step in\n\nAnn Lowe\n\n"
     "Dornhaven, Dec 4: The ministry said it would step in.", "Dornhaven, Dec 4: "),
    ("Ferry talks fail\n\nAnn Lowe\n\nPort Orvel, May 12 – The ministry said it would step in.", "Port Orvel, May 12 – "),
    ("Ferry talks fail\n\nDornhaven, Dec 4: The ministry said it would step in.", "Dornhaven, Dec 4: "),
    # NEGATIVE: no date, a person's name before the date, a body's word, or a body paragraph before it
    ("Ferry talks fail\n\nAnn Lowe\n\nDornhaven: The ministry said it would step in.", ""),
    ("Ferry talks fail\n\nKessa News Service\n\nAnn Lowe, Dec 4: The ministry said it would step in.", ""),
    ("Ferry talks fail\n\nKessa News Service\n\nPolice, Dec 4: The ministry said it would step in.", ""),
    # NEGATIVE (review): a title, a given name later in the words, or a weekday before the date
    ("Ferry talks fail\n\nAnn Lowe\n\nMayor Tom Reed, Dec 4: \"We will not back down,\" the mayor said.", ""),
    ("Ferry talks fail\n\nAnn Lowe\n\nDr Ann Lowe, 4 December: The ministry said it would step in.", ""),
    ("Ferry talks fail\n\nAnn Lowe\n\nMonday, Dec 4: The ministry said it would step in.", ""),
    ("Ferry talks fail\n\nThe ferry company and the union failed to agree on pay on Monday after twelve hours of talks "
     "in the port, both sides said.\n\nDornhaven, Dec 4: The ministry said it would step in.", ""),
]


@pytest.mark.parametrize("text, dateline", FIRST_PARAGRAPH)
def test_dateline_of_an_article(text, dateline):
    assert without_dateline(blocks_of(text), headline_of(text) is not None)[1] == dateline
