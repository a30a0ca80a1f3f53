"""Word lists the rules rely on: general knowledge of English news, never of one article."""
from __future__ import annotations

from .currency_marks import CLDR_CURRENCY_MARKS, CLDR_LETTER_MARKS

# Countries: canonical name -> the other names, demonyms and adjective forms that the countryinfo
# package lacks or that precision keeps out of what is taken from it (names.COUNTRY_FORMS adds
# the package's): short forms and codes ('US', 'DRC'), plurals ('Afghans'), a seat of power
# ('Kremlin'), one-word other names ('Holland', 'Burma'), and forms the package gives no country,
# or two ('Congolese'), or that are given names ('German', 'Georgian'). The names here are also
# how the package's entries are matched to these countries.
COUNTRIES: dict[str, list[str]] = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "Americans"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Britons"],
    "Afghanistan": ["Afghans"], "Pakistan": ["Pakistanis"],
    "India": [], "China": ["PRC"], "Russia": ["Russians", "Kremlin"], "France": [], "Germany": ["German", "Germans"],
    "Italy": [], "Spain": [], "Portugal": [],
    "Ireland": [], "Netherlands": ["Holland"], "Belgium": [],
    "Switzerland": [], "Austria": [], "Sweden": [],
    "Norway": [], "Denmark": [], "Finland": [],
    "Poland": [], "Greece": [], "Turkey": ["Turks"],
    "Ukraine": ["Ukrainians"], "Iran": ["Iranians"],
    "Iraq": ["Iraqis"], "Syria": ["Syrians"], "Israel": ["Israelis"],
    "Lebanon": [], "Jordan": [], "Egypt": [],
    "Saudi Arabia": ["Saudi", "Saudis"], "Yemen": [], "Libya": [],
    "Tunisia": [], "Algeria": [], "Morocco": [],
    "Sudan": [], "Ethiopia": [], "Kenya": [],
    "Nigeria": [], "South Africa": ["South African"], "Zimbabwe": [],
    "Somalia": [], "Uganda": [], "Rwanda": [], "Ghana": [],
    "Japan": [], "South Korea": [], "North Korea": ["DPRK"],
    "Vietnam": [], "Thailand": ["Thai"], "Indonesia": [],
    "Malaysia": [], "Philippines": [], "Australia": ["Australians"], "New Zealand": [], "Canada": ["Canadians"],
    "Mexico": ["Mexicans"], "Brazil": [], "Argentina": ["Argentine"],
    "Chile": [], "Colombia": [], "Venezuela": [],
    "Cuba": [], "Peru": [], "Bolivia": [], "Haiti": ["Haitian"],
    "Sri Lanka": [], "Bangladesh": [], "Nepal": [],
    "Myanmar": ["Burma"], "Tajikistan": ["Tajik"], "Uzbekistan": ["Uzbek"],
    "Kazakhstan": ["Kazakh"], "Georgia": ["Georgian"], "Armenia": [],
    "Azerbaijan": [], "Belarus": [], "Serbia": ["Serbian", "Serb"],
    "Croatia": [], "Bosnia": ["Bosnian"], "Kosovo": [], "Albania": [],
    "Hungary": [], "Romania": [], "Bulgaria": [],
    "Czech Republic": [], "Slovakia": [], "Slovenia": ["Slovenian"],
    "Estonia": [], "Latvia": [], "Lithuania": [],
    "Iceland": ["Icelandic"], "Cyprus": [], "Malta": [], "Qatar": [],
    "Kuwait": [], "Bahrain": [], "Oman": [],
    "United Arab Emirates": ["UAE"], "Singapore": [], "Taiwan": [],
    "North Macedonia": ["Macedonia"], "Mongolia": [], "Cambodia": [],
    "Laos": [], "Mali": [], "Niger": [], "Chad": [], "Congo": ["Congolese"],
    "Democratic Republic of Congo": ["DRC"], "Angola": [],
    "Mozambique": [], "Zambia": [], "Namibia": [], "Botswana": [], "Cameroon": [],
    "Senegal": [], "Ivory Coast": [], "Liberia": [], "Sierra Leone": [], "Eritrea": [],
    "South Sudan": [], "Ecuador": [], "Uruguay": [], "Paraguay": [], "Panama": [],
    "Nicaragua": [], "Honduras": [], "Guatemala": [], "El Salvador": [], "Jamaica": [],
    "Benin": [], "Burkina Faso": [], "Togo": [], "Guinea": [],
    "Guinea-Bissau": [], "Equatorial Guinea": [], "Gabon": [], "Madagascar": [],
    "Malawi": [], "Tanzania": [], "Burundi": [], "Djibouti": [],
    "Mauritania": [], "Gambia": [], "Lesotho": [], "Eswatini": ["Swaziland"],
    "Central African Republic": [], "Comoros": [], "Cape Verde": [], "Seychelles": [],
    "Mauritius": [], "Sao Tome and Principe": [], "Costa Rica": [],
    "Dominican Republic": [], "Trinidad and Tobago": [], "Bahamas": [], "Barbados": [], "Belize": [],
    "Guyana": [], "Suriname": [], "Grenada": [], "Dominica": [], "Saint Lucia": [],
    "Antigua and Barbuda": [], "Saint Kitts and Nevis": [], "Saint Vincent and the Grenadines": [],
    "Fiji": [], "Papua New Guinea": [], "Solomon Islands": [], "Vanuatu": [], "Samoa": [],
    "Tonga": [], "Kiribati": [], "Tuvalu": [], "Nauru": [], "Palau": [], "Marshall Islands": [],
    "Micronesia": [], "Kyrgyzstan": ["Kyrgyz"], "Turkmenistan": [], "Moldova": [],
    "Montenegro": ["Montenegrin"], "Luxembourg": [], "Liechtenstein": [], "Monaco": [], "Andorra": [],
    "San Marino": [], "Vatican": ["Holy See"], "Brunei": [], "Bhutan": [], "Maldives": [],
    "East Timor": ["Timor-Leste"],
    "Scotland": [], "Wales": [], "Northern Ireland": [],
    "Palestine": ["Palestinian territories"],
    # former states (pycountry.historic_countries), by the names news uses for them
    "Soviet Union": ["USSR", "U.S.S.R."], "Yugoslavia": [], "Czechoslovakia": [], "East Germany": [],
}

# The peoples' adjectives of continents: a country's demonym ending in one ('Central African')
# also names a region, so a package's such form is not taken for the country.
CONTINENT_ADJECTIVES = {"african", "american", "asian", "european", "oceanian", "antarctic"}

# Names that are one actor but not countries (general knowledge of well-known bodies).
ORGANISATION_ALIASES: dict[str, list[str]] = {
    "United Nations": ["UN", "U.N."],
    "European Union": ["EU", "E.U."],
    "Conservative Party": ["Conservatives", "Conservative", "Tory", "Tories", "Tory party"],
    "Labour": ["Labour Party", "Labour party"],
    "Liberal Democrats": ["Liberal Democrat", "Lib Dems", "Lib Dem"],
    "Republican Party": ["GOP", "Republicans", "Republican"],
    "Democratic Party": ["Democrats", "Democrat", "Democratic"],
    "NATO": ["Nato", "North Atlantic Treaty Organization"],
    "African Union": ["AU"],
    "Group of Seven": ["G7", "G-7"], "Group of Eight": ["G8", "G-8"], "Group of Twenty": ["G20", "G-20"],
    "Islamic State": ["ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant",
                      "Islamic State of Iraq and Syria"],
    "United Nations Security Council": ["UN Security Council", "U.N. Security Council", "UNSC"],
    "United States Department of Defense": ["Pentagon", "US Department of Defense", "U.S. Department of Defense"],
    # the acronym kept from the agency's older name (before 'and Prevention' was added)
    "Centers for Disease Control and Prevention": ["CDC", "Centers for Disease Control", "US Centers for Disease Control and Prevention",
                                                   "U.S. Centers for Disease Control and Prevention"],
}

# Honorifics stripped from names (and kept as role where they carry one).
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "cde", "comrade",
              "baroness", "baron", "viscount", "earl",
              "lady", "lord", "prof", "prof.", "professor", "rev", "rev.",
              "datuk", "dato", "datin", "tun",     # Malaysian honours written before the name
              "alhaji", "alhaja", "hajia", "hajiya",   # a pilgrim's honour, West African usage (names26)
              "malam", "mallam",      # a learned man's honour before the name, Hausa usage ('Malam Musa Bello')
              "engr", "engr.",        # an engineer's title before the name, West African usage ('Engr. Musa Bello')
              "fr", "fr.",            # a priest's style, with or without its dot ('Fr Tom Reed', 'Rev Fr Tom Reed')
              "shri", "shri.", "smt", "smt.", "shrimati"}   # Indian styles of a man and a woman ('Smt Asha Rao')
# Styles of HONORIFICS that also open the names of firms and institutions ('Shri Ram Finance', 'Fr Muller
# Charitable Institutions'): they make the name after them a person's only where the recogniser typed it a person.
STYLES_ALSO_OPENING_A_BODYS_NAME = frozenset({"shri", "shree", "smt", "shrimati", "fr"})
# Malaysian honours of two words ('Tan Sri X', 'Datuk Seri X', "Dato' Sri X", 'Puan Sri X', 'Toh
# Puan X'): the first word opens the honour only before the second ('Tan' alone is a surname, 'Sri'
# alone opens 'Sri Lanka'); both words are the honour, never the name.
HONOUR_PAIRS = {("tan", "sri"), ("datuk", "seri"), ("datuk", "sri"), ("dato", "seri"), ("dato", "sri"),
                ("puan", "sri"), ("toh", "puan"), ("datin", "seri"), ("datin", "paduka")}
TITLES = {"president", "vice", "sen", "sen.", "senator", "rep", "rep.", "representative", "gov",
          "gov.", "governor", "general", "gen", "gen.", "chancellor", "minister", "prime",
          "secretary", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop",
          "archbishop", "judge", "justice", "mayor", "colonel", "col", "col.", "captain",
          "capt", "capt.", "lt", "lt.", "sgt", "sgt.", "major", "admiral", "commander",
          "speaker", "chairman", "chief", "sheikh", "ayatollah", "mullah", "former", "leader",
          "candidate", "nominee", "ambassador", "attorney",
          # members of a council or an assembly, titled before their names (US and UK usage)
          "councilman", "councilwoman", "councillor", "councilor", "cllr", "coun", "alderman", "alderwoman",
          "assemblyman", "assemblywoman", "congressman", "congresswoman",
          # the same posts written without a gender (US usage: 'Councilmember Ana Ruiz')
          "councilmember", "councilperson", "assemblymember",
          # a member of a municipal corporation, titled before the name (Indian usage: 'Corporator Ana Rao')
          "corporator",
          "marshal",
          # a department's second rank, titled before the name ('Undersecretary Ana Cruz')
          "undersecretary", "under-secretary",
          # 'Comm' is a police commissioner's rank written before the name ('Comm Azman Harun')
          "comm", "comm.",
          # ranks abbreviated before a surname, as police, armed forces and envoys' titles are
          # written ('Supt Ana Reti', 'Brig Al Qasimi', 'Cmdr Lowe'): the rank's, not the name's
          "brig", "brig.", "cmdr", "cmdr.", "supt", "supt.", "insp", "insp.", "adm", "adm.",
          "amb", "amb.", "atty", "atty."}
# Abbreviations of an elected member's seat written before the name ('MEP Ann Lowe', 'Labour TD Mary
# Byrne', 'Cr Dean Reed', an Australian councillor) or after it ('Ann Lowe MSP'), and senior
# counsel's letters ('Declan Moran SC'): a person's, not part of the name.
MEMBER_TITLE_ABBREVIATIONS = {"mp", "mep", "msp", "mla", "mpp", "mha", "mna", "td", "cr", "cllr",
                              "mec"}   # a provincial executive member (South Africa: "Gauteng Health MEC X")
# The preposition by which a member's title names the seat the member is elected for ('the MP for
# Harbury', 'Member for Kessa North': actors.py, `_a_members_seat`; 'ward member for Tarnby':
# roles._a_member_for_a_place).
MEMBER_SEAT_PREPOSITIONS = frozenset({"for"})
# The elected seats among them, titles before a name ('German MEP X', 'Labour MSP Y'); an MEP sits
# for a supranational parliament, so the country of its demonym is no body the MEP serves.
COUNCILLOR_ABBREVIATIONS = {"cr", "cllr", "coun"}
# A Kenyan county assembly member's letters, written after the ward and before the name ('Kibera
# MCA Peter Wambua'): a seat only right before a given name, since the same letters name a
# Malaysian party ('MCA Public Services Department'), so no title elsewhere.
MEMBER_LETTERS_BEFORE_A_GIVEN_NAME = {"mca"}
# Seat letters that alone may name a company ('MEC said sales fell', an outdoor retailer): a seat
# where a name follows them, else left as the recogniser tagged them.
SEAT_LETTERS_ONLY_BEFORE_A_NAME = {"mec"}
# Two capitals that abbreviate a title written before a full name ('MK Yael Barzani', a member of
# the Knesset; 'AG Ann Lowe', an attorney general; 'DG', 'CJ'): other two capitals before a given
# name and a surname may be a person's initials ('KT Rama Rao'), so only these are cut off.
TWO_LETTER_TITLES = {"mk", "ag", "dg", "cj"}
MEMBER_SEAT_ABBREVIATIONS = MEMBER_TITLE_ABBREVIATIONS - COUNCILLOR_ABBREVIATIONS
# Letters of a senior counsel's rank written after the name ('Ann Lowe SC', 'Tom Reed KC'; Nigeria's
# Senior Advocate, 'Ada Obi SAN'), and the words that title counsel before it ('Advocate Ann Lowe SC').
SILK_LETTERS = {"sc", "kc", "qc", "san"}
# Nouns of a place where people trade, that a name before qualifies as a place's ('a trader at Kelby
# market', 'a vendor at the Kelby public market'): the name is where the person works, no employer.
TRADING_PLACE_NOUNS = {"market", "marketplace", "bazaar", "souk"}
# Nouns of a body of its members' kind that 'the union's', 'the league's' may take up ('the Brotherhood of
# Rail Workers'); only a name that says whom it gathers ('... of X') is such a body, not a firm's ('Halvern').
MEMBERS_NAME_LINK = "of"
# Nouns of one bereaved by a death ("Tom's widow, X"): a relation the story gives as X's role, with no
# body behind it (the one who died is no employer).
BEREAVED_NOUNS = {"widow", "widower"}
COUNSEL_TITLES = {"advocate", "adv", "adv."}
POST_NOMINAL_LETTERS = MEMBER_SEAT_ABBREVIATIONS | SILK_LETTERS
# Seat letters written only after a name, in capitals ('Elin Rees MS', a Member of the Senedd): before a
# name the same letters are a headline's 'Ms', so they are no title there (roles._seat_letters_after).
POST_NOMINAL_ONLY_SEATS = {"ms"}
SUPRANATIONAL_SEATS = {"mep"}
# Police ranks abbreviated before a name ('SSP Dwayne Reid', 'DCI Ann Lowe'), written in capitals: a
# rank, never part of the name, and a name after one is a person's.
RANK_ABBREVIATIONS = {"SSP": "Senior Superintendent", "DSP": "Deputy Superintendent", "ASP": "Assistant Superintendent",
                      "DCI": "Detective Chief Inspector", "DCS": "Detective Chief Superintendent",
                      "IGP": "Inspector-General of Police",
                      "SP": "Superintendent of Police"}    # Nigeria, South Asia: 'SP Musa Bello'
# Words written after a title's noun that close the title ('President Pro Tempore', 'Speaker pro
# tem'): before a name they belong to the title, not to the name.
POSTPOSITIVE_TITLE_WORDS = ("pro tempore", "pro tem")
# Words written after a title that belong to it ('Senate President Pro Tempore', 'Professor
# Emeritus'): never a person's name.
TITLE_QUALIFIERS = {*POSTPOSITIVE_TITLE_WORDS, "emeritus", "emerita", "ad interim"}
# Endings of nouns that name someone by what they do ('midfielder', 'plumber', 'pianist',
# 'librarian'): such a capitalised noun before a given name is the person's job, not a name word.
DOER_NOUN_ENDINGS = ("er", "or", "ist", "ian")
# Endings of the words before a noun that say something owns or lists a firm ('state-owned',
# 'Oslo-listed', 'family-held'): only a body is owned or listed so.
FIRM_HOLDING_PARTICIPLES = ("owned", "listed", "held")
# Participles that say only how a firm is owned or where its shares trade ('a privately held company',
# 'a publicly traded company'): with no word but their adverbs before a company noun they describe its
# ownership, not what it does, and give the body no role (roles._ownership_only).
OWNERSHIP_PARTICIPLES = FIRM_HOLDING_PARTICIPLES + ("traded",)
# Adjectives of a firm's trading health ('the loss-making Ted Baker'): before a given name and a
# surname the recogniser took for a body they leave it a firm; other adjectives make it a person.
FIRM_STATE_ADJECTIVES = {"ailing", "bankrupt", "insolvent", "loss-making", "profitable", "struggling",
                         "debt-laden", "cash-strapped", "troubled"}
# Words that name a firm as another's owner ('the app, owned by Pixo Holdings', 'its parent company,
# Pixo Group', 'Pixo Holdings, the app's owner'): that firm is not the one it owns, though the one's
# name opens with the other's first word.
OWNING_PARTICIPLES = {"owned", "controlled"}
OWNER_NOUNS = {"owner", "parent"}
# Abbreviations after which no sentence starts ("Sen. Bill Hart", "Gen. Smith").
ABBREVIATIONS = {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "st.", "lt.", "col.",
                 "sgt.", "capt.", "prof.", "rev.", "maj.", "adm.", "gens.", "sens.", "reps.", "coun."}
# Portfolio words that qualify an office ("Defence Secretary"), never a separate body.
PORTFOLIOS = {"defence", "defense", "foreign", "home", "health", "education", "interior",
              "treasury", "state", "justice", "finance", "trade", "culture", "environment",
              "transport", "energy", "agriculture", "labor", "commerce", "homeland",
              "security", "development", "economy", "work", "pensions", "business",
              "industry", "shadow", "deputy", "prime", "vice", "chief", "general",
              "attorney", "press", "public", "international", "cabinet", "affairs",
              "procurement", "emergencies", "intelligence"}
# Honorifics and titles that, written before a name, always mark a person.
PERSON_TITLES = {"president", "senator", "sen", "general", "gen", "gov", "governor", "rep",
                 "representative", "king", "queen", "prince", "princess", "pope", "judge",
                 "mayor", "colonel", "col", "captain", "capt", "sheikh", "ayatollah"}
# Nouns that make a phrase a role or function.
ROLE_NOUNS = {"president", "minister", "secretary", "chancellor", "leader", "spokesman",
              "spokeswoman", "spokesperson", "commander", "general", "attaché", "attache",
              "ambassador", "envoy", "governor", "senator", "chief", "director", "chairman",
              "chairwoman", "chair", "head", "official", "editor", "mp", "gp", "judge", "mayor",
              "candidate", "nominee", "adviser", "advisor", "aide", "manager", "founder",
              "executive", "ceo", "economist", "analyst", "sociologist", "professor",
              "lawyer", "attorney", "member", "deputy", "officer", "king",
              "queen", "prince", "cardinal", "archbishop", "bishop", "pope", "strategist",
              "correspondent", "reporter", "representative", "congressman", "congresswoman",
              "lawmaker", "legislator", "chairperson", "treasurer", "tycoon", "businessman", "activist",
              "researcher", "scientist", "expert", "campaigner", "surrogate", "counsel",
              "commissioner", "administrator", "coordinator", "negotiator", "mediator", "colonel", "captain",
              "admiral", "sergeant", "lieutenant", "major", "speaker", "whip", "premier", "constable", "coroner",
              "dictator", "ruler", "monarch", "emir", "sheikh", "commentator", "pollster", "forecaster", "meteorologist",
              "historian", "author", "writer", "journalist", "columnist", "banker",
              "investor", "owner", "partner", "president-elect", "predecessor", "successor",
              "counsellor", "counselor", "convenor", "convener", "marshal",
              # elected or appointed seats on a board, titled before the name ('Trustee X', 'Supervisor Y')
              "trustee", "supervisor", "selectman", "selectwoman",
              # a deputy minister written as one word ("Undersecretary X", as "Under-Secretary X")
              "undersecretary"}
# Nouns a writer calls any holder of a post by ('Commissioner Ann Lowe said ... The official
# said'): an epithet for the one who spoke just before, where some post of theirs is known; no post
# of its own that a known other role would rule out (speakers.py `_post_of_speaker_just_before`).
ANY_POST_NOUNS = {"official"}
# Public or staff posts whose holder a writer may call by ANY_POST_NOUNS ('Mayor Ann Lowe ... the
# official'); no calling or profession ('Economist X ... The official' is someone else).
ANY_POST_HOLDER_NOUNS = {"mayor", "governor", "minister", "secretary", "undersecretary", "director", "commissioner",
                         "councillor", "councilor", "administrator", "superintendent", "official", "officer",
                         "exco", "chief", "head", "deputy"}
# Roles of a state office: a person holding one speaks for a country when no other body is named.
STATE_ROLES = {"president", "minister", "secretary", "chancellor", "ambassador", "envoy",
               "premier", "king", "queen", "prime", "president-elect", "governor"}
# Words that make a state office's word a company's rank instead ('Executive Vice President',
# 'Senior Vice President'; not 'Executive Secretary', a cabinet post in some states): no state's office.
BODY_RANK_WORDS = {"executive vice", "senior vice"}

# Words after a body's head that name one of its branches by number ('Harbour Workers Union Local 12',
# 'Teamsters Union Local 120'): 'the union' still speaks of it, the head is the word before.
NUMBERED_BRANCH_WORDS = {"local"}
# The kind a body named by a numbered branch is ('United Carvers Local 212': a union's local), where the words
# before the branch say it is of workers (generator/names.py, `union_branch_word`; generator/extract/bodies.py,
# `_kinds_named`); not 'Kessel Local' (no number), nor a station's brand ('WKSL Local 7', 'Fox Local 9').
NUMBERED_BRANCH_KINDS = {"union"}
# Words of a name before its numbered branch that say the body is of workers ('Harbour Workers Union Local 12',
# 'Kessel Nurses Local 3'), beside a plural noun of a trade's doers (WORKER_NOUN_ENDINGS: 'Teamsters',
# 'Carpenters', 'Machinists', 'Electricians')
BRANCH_UNION_WORDS = frozenset({"union", "unions", "brotherhood", "guild", "federation", "workers", "employees",
                                "nurses", "staff", "labor", "labour"})
# Endings of the singular of a noun for one who does a trade ('carpenter', 'machinist', 'electrician')
WORKER_NOUN_ENDINGS = ("er", "or", "ist", "ian")
# kinds of body a name's remit does not make of that kind for 'the council' &c.: a '<Kind> on <field>' of these is
# an advisory body or a think-tank ('Council on Foreign Relations'), not the council of a place ('the council's
# leader'), so roles._kind_of reads such a name by its last head as before
KINDS_NOT_READ_BEFORE_A_REMIT = {"council"}
# Head nouns that make a name an organisation's ("Harbour Authority", "Green Party").
ORG_HEADS = {"alliance", "party", "council", "committee", "ministry", "department", "agency",
             "union", "front", "movement", "organisation", "organization", "army", "network",
             "association", "commission", "court", "bank", "government", "parliament",
             "assembly", "congress", "senate", "office", "institute", "foundation",
             "federation", "confederation", "league", "coalition", "corporation", "company", "bureau",
             "service", "police", "campaign", "group", "forces", "directorate", "fund",
             "board", "authority", "administration", "cabinet", "corps", "brigade",
             "university", "college", "times", "post", "news", "journal", "inc", "ltd",
             "plc", "co", "corp", "centre", "center", "programme", "program", "club",
             "trust", "society", "institution", "embassy", "marines", "navy", "guard", "collective",
             "samithi", "samiti"}    # ('committee', 'association' in the names of South Asian parties and bodies)
# Heads a body's name may end on that also name a gathering ('Kessa Residents' Forum' said …, but 'told
# the Kessa Forum, a security conference'): a body's only where the name speaks or decides.
SPEAKING_BODY_HEADS = ORG_HEADS | {"forum"}
# A state's bodies a writer may name in lower case: 'the department of mineral resources & energy',
# 'the ministry of health'; with the field before the head only a ministry ('the transport ministry':
# 'the health department' is as often a city's or a county's).
LOWER_CASE_BODY_HEADS = {"ministry", "department"}
LOWER_CASE_MINISTRY_HEADS = {"ministry"}
# Bodies of a state: unless their name says whose, they belong to the article's main country.
STATE_BODIES = {"ministry", "department", "office", "embassy", "army", "police", "government",
               "parliament", "navy", "forces", "directorate", "agency", "cabinet", "administration",
               "senate", "congress", "court", "guard", "corps", "military"}
# State bodies a leader's name may stand before ('the Morgan government', 'the Reed cabinet'): a
# capitalised word before any other state body ('the Kessan embassy') is the state's adjective.
LEADER_NAMED_STATE_BODIES = {"government", "administration", "cabinet", "office", "department", "agency"}
# Prepositions whose object is where something happens ("in Dushanbe"), not who acts.
# Prepositions after a speaker that say where the speakers are ('mediators in Kessa', 'doctors at
# Kessa's border'): the place's country is not their voice unless they are a state's.
PLACE_OF_SPEAKERS_PREPOSITIONS = {"in", "at", "near", "inside", "outside", "within"}
LOCATIVE_PREPS = {"in", "at", "near", "from", "to", "outside", "inside", "across", "into",
                  "towards", "toward", "around", "through", "throughout", "within", "over"}
# Plurals not made with -s ("one child in three": a share of children; "a 12-man crew": men).
IRREGULAR_PLURALS = {"child": "children", "man": "men", "woman": "women", "person": "people",
                     "foot": "feet", "tooth": "teeth", "mouse": "mice", "goose": "geese", "midwife": "midwives"}
# Prefixes that make a hyphenated adjective of a name ("intra-Africa", "pan-Arab"): no actor.
ADJECTIVE_PREFIXES = ("intra", "inter", "pan", "anti", "pro", "non", "post", "pre", "trans", "sub", "multi", "un")
# Small words inside a name that its initials skip ("Bank of England" -> BE).
NAME_LINK_WORDS = {"of", "the", "and", "for", "de"}
# Words between the capitalised words of a law's or an agreement's name ('Act on Water Pricing',
# 'Treaty of Kessa and Corran').
LAW_NAME_LINKS = {"of", "and", "on", "for"}
# Words that join two fields of one title ('head of Sales and Marketing', 'Research & Development'),
# and (actor_names) the links between the capitalised words of a body's name cut by the recogniser
# ('Water and Sewer Department', 'Water & Sewer Department').
TITLE_FIELD_JOINS = {"and", "&"}
# Marks between a title's fields in a list ('Commissioner for Trade, Industry and Tourism X').
TITLE_FIELD_LIST_MARKS = {","}
# Words inside a title's 'of'/'for' phrase besides its capitalised fields ('Secretary for the Roads, Rail and Ports').
TITLE_FIELD_INNER_WORDS = TITLE_FIELD_JOINS | TITLE_FIELD_LIST_MARKS | {"the"}
# Figures: words joining a second number to a labelled one in a run of labels ('Year 3 and 4',
# 'Sections 4 to 6'), where the second number is a label too.
LABEL_RUN_JOINS = {"and", "or", "to", "&"}
# Nouns after a country's name that make the phrase speak for the state ("the US administration").
STATE_VOICES = {"government", "administration", "state"}
# Articles that open a phrase but never a name.
ARTICLES = {"the", "a", "an"}
# Title words without their dot, for comparing with words of a text.
TITLE_WORDS = {t.rstrip(".") for t in HONORIFICS | TITLES}
HONORIFIC_WORDS = {t.rstrip(".") for t in HONORIFICS}
# Written before a capitalised name, these make it a person's ("Lord Butler", "Gen. Smith").
# Ranks of police and armed forces abbreviated before a name ('Insp Ana Reti', 'Brig Al Qasimi'): the
# short forms are written only before a person's name.
RANK_ABBREVIATIONS_BEFORE_A_NAME = {"sgt", "capt", "brig", "cmdr", "supt", "insp", "cpl"}   # not "Maj": a given name
# "Cllr", "Coun." are written only before names
NAME_PREFIXES = {t.rstrip(".") for t in HONORIFICS | PERSON_TITLES} | {"cllr", "coun"} | RANK_ABBREVIATIONS_BEFORE_A_NAME
# Prepositions that attach a body to a role noun ("commander of the PMF", "envoy to the UN").
ROLE_PREPOSITIONS = {"of", "at", "for", "to", "with", "in", "from"}
# Of these, the ones that make the phrase part of the role's name ("minister for health").
ROLE_NAME_PREPOSITIONS = {"of", "for"}
# Prepositions that tie a bare post in apposition to its body or field, so that it is a post held
# ("X, director of the Kessa Fund,", "X, professor at Harbury College,"): actor_names._a_post_in_apposition.
POST_BODY_PREPOSITIONS = {"of", "at", "for"}
# Prepositions whose object completes a person's post ("counsel to the first defendant", "a representative
# of the investors", "spokesman for the victims"): a name the parser hung on that object, set off by
# commas, is the post's apposition (roles.post_whose_object_holds_the_name).
POST_COMPLEMENT_PREPOSITIONS = {"of", "to", "for"}
# The objects of such a post's phrase that no one person named after them can be, so that the name is
# the post's: a side in a case ('counsel to the first defendant, X', 'counsel for the state, X') or a
# people's collective ('the lawyer for the family, X'); a plural object ('investors') is none either.
# Not a person's office or kind ('a spokesman for the governor, X', 'the aide of the senator, X',
# 'a lawyer for the victim, X'): the name may be that person's.
POST_OBJECTS_NO_ONE_PERSON_IS = {"defendant", "accused", "claimant", "plaintiff", "complainant", "prosecution",
                                 "state", "respondent", "appellant", "petitioner", "applicant", "defence", "defense",
                                 "family", "household", "staff", "personnel"}
# Offices whose post is named with 'to' ('Ambassador to the United Nations', 'Envoy to Syria'):
# written as a title right before a name, the name is the holder's.
OFFICES_TO_A_POST = {"ambassador", "envoy", "emissary", "delegate", "representative", "adviser", "advisor"}

# ---- cues from general lexicons (generator/extract/positions.py) --------------------------
# Communication and statement verbs, by class, so that coverage does not depend on which
# verbs one corpus happened to use. VerbNet 3.x classes (member lists of the class files):
#   say-37.7, tell-37.2, complain-37.8, advise-37.9 and conjecture-29.5 (the members that
#   report a stance); FrameNet 1.7 frames: Statement, Opinion, Convey_importance, Request and
#   Attempt_suasion, Judgment_communication, Reveal_secret, Commitment,
#   Communication_response, Predicting. Verbs whose everyday sense is not speech ("show",
#   "know", "feel", "hold", "allow", "slam", "blast") and commands ("order") are left out.
VERBNET_SAY = {"disclose", "exclaim", "insinuate", "insist", "intimate", "reply", "respond",
               "retort", "promulgate", "utter", "voice", "announce", "articulate", "blurt",
               "claim", "confess", "confide", "convey", "declare", "mention", "observe",
               "proclaim", "propose", "recount", "reiterate", "reveal", "say", "state",
               "advise", "repeat", "remark", "note", "report", "suggest", "recommend", "hint"}
VERBNET_TELL = {"inform", "notify", "advise", "update", "remind", "tell", "apprise"}
VERBNET_COMPLAIN = {"boast", "brag", "complain", "gripe", "grumble", "object"}
VERBNET_ADVISE = {"alert", "assure", "brief", "encourage", "inform", "notify", "admonish",
                  "advise", "caution", "counsel", "instruct", "warn"}
VERBNET_CONJECTURE = {"admit", "assert", "guarantee", "maintain", "deny", "doubt", "speculate",
                      "suspect", "swear", "foresee", "predict"}
FRAMENET_STATEMENT = {"acknowledge", "add", "affirm", "allege", "aver", "avow", "comment",
                      "concede", "confirm", "contend", "detail", "explain", "profess",
                      "pronounce", "write", "argue", "testify", "point", "reaffirm"}
FRAMENET_CONVEY_IMPORTANCE = {"emphasise", "emphasize", "stress", "underline", "underscore",
                              "highlight"}
FRAMENET_REQUEST = {"ask", "beg", "demand", "entreat", "implore", "petition", "plead", "request",
                    "urge", "press", "pressure", "dare", "challenge", "exhort", "appeal", "call"}
FRAMENET_JUDGMENT = {"accuse", "castigate", "censure", "commend", "condemn", "criticise",
                     "criticize", "decry", "denounce", "deride", "disparage", "excoriate",
                     "fault", "hail", "laud", "lambaste", "praise", "rebuke", "reprimand",
                     "ridicule", "vilify", "blame", "applaud"}
FRAMENET_COMMITMENT = {"promise", "pledge", "vow", "threaten", "swear", "guarantee", "undertake"}
FRAMENET_RESPONSE = {"reply", "respond", "retort", "counter", "rejoin"}
FRAMENET_PREDICTING = {"predict", "forecast", "foresee", "foretell", "prophesy", "warn"}
FRAMENET_OPINION = {"believe", "think", "reckon", "suppose", "opine"}
# Verbs of reaching a view, which a subjectless verb joined to a pluperfect reported clause
# shares with it ('said the board had weighed a cut but agreed that ...': the board agreed).
CONCLUDING_VERBS = FRAMENET_OPINION | {"agree", "conclude", "decide", "accept", "expect", "fear", "hope", "doubt", "feel"}
# VerbNet transfer_mesg-37.1.1 (the members that pass a message on) and manner_speaking-37.3
# (the members that introduce what was said); "divulge" is FrameNet Reveal_secret.
VERBNET_TRANSFER_MESG = {"convey", "relay", "impart", "divulge"}
VERBNET_MANNER_SPEAKING = {"whisper", "mutter", "murmur", "shout", "yell"}
COMMUNICATION_VERBS = (VERBNET_SAY | VERBNET_TELL | VERBNET_COMPLAIN | VERBNET_ADVISE
                       | VERBNET_TRANSFER_MESG | VERBNET_MANNER_SPEAKING
                       | VERBNET_CONJECTURE | FRAMENET_OPINION | FRAMENET_STATEMENT | FRAMENET_CONVEY_IMPORTANCE
                       | FRAMENET_REQUEST | FRAMENET_JUDGMENT | FRAMENET_COMMITMENT
                       | FRAMENET_RESPONSE | FRAMENET_PREDICTING)

# Verbs (lemmas) that attribute a statement to a source.
SPEECH_VERBS = COMMUNICATION_VERBS | {
    "say", "tell", "claim", "warn", "deny", "add", "insist", "urge", "argue", "announce",
    "state", "write", "note", "explain", "ask", "reply", "respond", "suggest", "accuse",
    "criticise", "criticize", "describe", "admit", "acknowledge", "confirm", "predict",
    "promise", "vow", "pledge", "threaten", "demand", "report", "agree", "declare",
    "stress", "emphasise", "emphasize", "complain", "concede", "reveal", "estimate",
    "allege", "assert", "maintain", "contend", "tweet", "testify", "recall", "call",
    "attack", "praise", "condemn", "dismiss", "reject", "question", "caution", "blame",
    "indicate", "signal", "propose", "recommend", "mention", "boast", "joke", "quip",
    "counter", "retort", "disclose", "conclude", "observe", "remark", "comment", "point",
    "believe", "think", "hope", "fear", "expect", "doubt", "forecast", "justify", "advise",
    "label", "brand", "dub", "hail", "welcome", "speak", "defend", "rail", "lash", "contest",
    "dispute", "applaud", "decry", "denounce", "lament", "assure", "charge",
    "back", "support", "oppose", "endorse", "favour", "favor",
    "characterize", "characterise",         # VerbNet characterize-29.2, as "describe": "characterized X as Y"
}
# Verbs of saying whose clause is put forward as so: SPEECH_VERBS without the verbs of a wish or a
# fear, whose clause asserts nothing ('residents hoped that the plant, which employs 800, would
# reopen': the plant's description is the writer's).
ASSERTING_SPEECH_VERBS = frozenset(SPEECH_VERBS - {"hope", "fear", "wish", "dread"})
# Verbs of a verdict (FrameNet 1.7 Verdict: "rule.v"; "hold.v" in its sense of Deciding a point of
# law, "the tribunal held that ..."): with a that-clause they state what a judge, court or panel
# found; without one ("ruled the region", "held talks") they are no cue (positions.py `_verdict_cue`).
VERDICT_VERBS = {"rule", "hold"}
# Cues whose object (not a clause) is the content: "X criticised the plan".
OBJECT_CUES = FRAMENET_JUDGMENT | FRAMENET_CONVEY_IMPORTANCE | {"criticise", "criticize", "attack", "praise", "condemn", "dismiss", "reject",
               "deny", "accuse", "blame", "question", "describe", "announce", "confirm",
               "demand", "propose", "recommend", "urge", "promise", "pledge", "predict",
               "admit", "acknowledge", "reveal", "disclose", "call", "estimate", "report",
               "justify", "label", "brand", "dub", "hail", "welcome", "defend", "contest",
               "dispute", "applaud", "decry", "denounce", "lament", "forecast", "charge",
               "back", "support", "oppose", "endorse", "favour", "favor", "characterize", "characterise"}
# Cues whose content may be a phrase after a preposition: "complained about X", "warned of X".
PREPOSITION_CUES = {"complain", "warn", "speak", "argue", "rail", "lash", "caution", "protest",
                    "insist", "comment", "testify", "write", "talk", "boast", "joke"}
# Cues that state nothing without a clause of their own: they never introduce a quotation
# ("He thought:" is rare; "He said:" is common).
CLAUSE_ONLY_CUES = FRAMENET_OPINION | {"think", "believe", "hope", "fear", "expect", "doubt", "ask", "point", "note",
                    "argue", "claim", "suggest", "agree",
                    "suspect", "speculate", "foresee", "update", "brief", "alert", "remind", "encourage", "challenge"}

# Verbs whose subject reports a measured figure: "PollCentral puts her ahead by 3 points".
FIGURE_SHOWING_VERBS = {"show", "find", "put", "give"}
# Prefixes of surnames written with a second capital ("McDonald", "DeSantis", "VanDyke").
SURNAME_PREFIXES = {"mc", "mac", "fitz", "de", "di", "da", "du", "la", "le", "van", "von", "ap"}
# The label of a chart's credit line under its caption ("Source: NATO.")
CAPTION_SOURCE_LABELS = {"source", "sources"}

# The nouns of one who speaks for a body ('A spokeswoman said'): alone, the voice of the body just spoken of.
SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}
# Verbs of what strikes a place ('a tornado hit Harwick', 'floods swept the county'): their object is the
# place itself, not its government (actor_names, `_where_people_or_things_are`)
PLACE_STRIKING_VERBS = {"hit", "strike", "batter", "lash", "flood", "sweep", "ravage", "devastate", "shake", "pound"}
UNNAMED_SOURCE_NOUNS = SPOKESPERSON_NOUNS | {"official", "officials",
                        "source", "sources", "report", "reports", "aide", "aides", "analyst",
                        "analysts", "expert", "experts", "critic", "critics", "group",
                        "groups", "leader", "leaders", "police", "witness", "witnesses",
                        "resident", "residents", "diplomat", "diplomats", "observer",
                        "observers", "statement", "poll", "polls", "survey", "surveys",
                        "economist", "economists", "campaign", "government", "ministry",
                        "agency", "agencies", "organisation", "organization", "charity",
                        "charities", "union", "unions", "doctor", "doctors", "supporter",
                        "supporters", "opponent", "opponents", "lawyer", "lawyers",
                        "journalist", "journalists", "people", "voter", "voters",
                        "investigator", "investigators", "prosecutor", "prosecutors",
                        "authorities", "military", "army", "troops", "forces", "rebels",
                        "activists", "protesters", "scientists", "researchers", "study",
                        "commentator", "commentators", "republicans", "democrats"}

# Collective nouns of people, singular in form ('district staff said'): a group as their plurals are.
COLLECTIVE_PEOPLE_NOUNS = {"staff", "personnel"}
# Nouns of households, people only in the plural as a group that speaks ('families said', 'local
# households say'); 'the family said' is one particular family, no group.
HOUSEHOLD_NOUNS = {"family", "household"}
# People named by their tie to particular others (kin, a case's parties, a firm's founders): 'the
# brothers', 'the defendants', 'parents of the victim' are those people, no group of the article.
TIED_PEOPLE_NOUNS = {"brother", "sister", "mother", "father", "son", "daughter", "parent", "sibling",
                     "relative", "cousin", "twin", "widow", "husband", "wife", "grandparent",
                     "grandmother", "grandfather", "founder", "co-founder", "cofounder", "defendant",
                     "plaintiff", "claimant", "appellant", "respondent", "petitioner", "suspect", "accused"}
# Lemmas that end like agent nouns (AGENT_SUFFIXES) but name no people ('numbers show', 'others say').
NON_PERSON_AGENT_NOUNS = {"other", "number", "order", "matter", "power", "letter", "list",
                          "event", "percent", "factor", "sector", "indicator", "paper", "center", "centre",
                          "chapter", "border", "water", "answer", "offer", "tender", "error", "incident",
                          "component", "content", "agent", "variant", "plant", "grant", "filter",
                          "parameter", "register", "computer", "monitor", "headquarter", "quarter",
                          "member", "talent", "accent", "cluster", "layer", "meter", "liter", "banner", "poster",
                          "sticker", "flyer", "marker", "counter", "tracker", "newspaper", "newsletter", "restaurant"}
# Endings of nouns that name acts or things, never people ('settlements', 'comments'), though
# they end like an agent noun (AGENT_SUFFIXES: '-ent').
NON_PERSON_NOUN_ENDINGS = ("ment",)
# Determiners that open only a singular noun phrase ('a plan', 'every member'): one before a plural
# head ('a fee harbour officials say is due') shows two phrases run together, the first a noun a
# relative clause without 'that' modifies (generator/extract/speakers.py, `after_a_contact_relatives_noun`).
SINGULAR_DETERMINERS = {"a", "an", "another", "each", "every"}
# Words that open a description of someone not yet named ("a senior commander said").
INDEFINITE_ARTICLES = {"a", "an"}
# Second words of a unit written in two ("per megawatt hour", "per man hour").
COMPOUND_UNIT_ENDINGS = ("hour",)
# Marks before the 'not' of a correction that withdraws a figure: "It was €131m, not €113m."
CORRECTION_MARKS = {",", ";", "—", "–", "-"}
# Determiner-like words that are not part of a collective source's name ("some officials").
QUANTIFIERS = {"some", "many", "several", "other", "most"}
# Figures: of those, the ones that give a joined noun an amount of its own ("three lecturers and
# several assistants": the three count lecturers only); not "other" ("400 nurses and other staff" may count all).
OWN_AMOUNT_QUANTIFIERS = QUANTIFIERS - {"other"}
# Nouns that count a plural noun without "of" after "a" ("a dozen officials", "a couple weeks").
COUNTING_NOUNS = {"dozen", "couple", "handful", "score", "pair", "hundred", "thousand", "million", "billion"}
# Words of a quantity after 'a' that open one plural phrase ('a few officials', 'a good many members', 'a
# dozen'): no noun of a relative clause (generator/extract/speakers.py, `after_a_contact_relatives_noun`).
QUANTITY_WORDS = QUANTIFIERS | COUNTING_NOUNS | {"few", "good", "great", "lot", "number", "majority", "minority", "host"}

PRONOUNS_PERSON = {"he", "she", "him", "her"}
# the object of a cue inside another's reported words that is the reporter himself ("said the guard
# told him ..."): the inner source's words, passed on
HEARER_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
# Nouns of those who sit and hear what they are told ('told the court he had ...', 'told the
# jury she ...'): a clause after one of them is the message, not a relative clause describing it
# The press as the ones addressed ('briefed newsmen at X Hall', 'speaking to journalists at X'): where they are
# told is a place, they are no staff of it (actors.py, `_an_audience_addressed`); also hearers below.
PRESS_AUDIENCE_NOUNS = frozenset({"reporters", "journalists", "newsmen", "pressmen", "correspondents", "newspersons"})
SITTING_HEARER_NOUNS = frozenset({"court", "jury", "tribunal", "magistrates", "magistrate", "hearing", "inquiry", "committee",
                                  "panel", "parliament", "assembly", "senate", "congress", "council", "meeting",
                                  "conference", "audience", "crowd", "delegates",
                                  "investors", "analysts", "lawmakers", "legislators", "senators", "residents",
                                  "listeners", "viewers", "readers", "officers", "police", "investigators"}) | PRESS_AUDIENCE_NOUNS
# Words of a phrase that measures a figure before it ('less than half of their peak', 'twice the limit')
MEASURE_GLOSS_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
                                 "double", "twice", "triple", "thrice", "percent", "per"})
# Words that make a phrase a time ('two weeks before the vote', 'three days later')
TIME_OF_EVENT_WORDS = frozenset({"after", "before", "since", "ago", "later", "earlier"})
# Subordinating words of a clause that belongs to what is reported when it stands between the
# content and a cue after it ('the bus was speeding when the brakes failed, police said')
CONTENT_SUBORDINATORS = frozenset({"when", "while", "after", "before", "because", "until", "since", "once",
                                   "although", "though", "whereas", "if", "unless"})
PRONOUNS_PLURAL = {"they", "them"}
PRONOUNS_IT = {"it"}
# Pronouns a speaker is named by: a person ("he", "I") or a body or group ("they", "we").
PRONOUNS_SPEAKER_PERSON = PRONOUNS_PERSON | {"i"}
PRONOUNS_SPEAKER_PLURAL = PRONOUNS_PLURAL | {"we"}
# Pronouns that open a relative clause: its speaker is the noun the clause describes.
RELATIVE_PRONOUNS = {"who", "which", "that"}
# pronouns that cannot stand as a figure's source in words (figures._unnamed_source)
UNRESOLVED_SOURCE_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that",
                                        "him", "her", "them", "us", "me"})    # also after "according to"
# Determiners that make a role noun point back to someone named ("the minister said").
DEFINITE_DETERMINERS = {"the", "this", "that"}
# Role nouns that are also everyday adjectives, too weak to replace a role already known.
AMBIGUOUS_ROLE_NOUNS = {"general"}
# What a source's 'for'/'of' phrase can add to it ("a spokesman for the Harbour Authority").
SOURCE_PREPOSITIONS = {"for", "of", "at", "with", "from"}
# words that end a voice's head noun and begin what qualifies it ('a senior official | of the Port
# Authority', 'analysts | polled by the bank', 'a manager | who asked not to be named')
VOICE_QUALIFIER_WORDS = ROLE_PREPOSITIONS | {"by", "who", "that", "polled", "surveyed", "quoted", "cited"}
# Documents that speak for whoever issued them: "the report said" after "the Trust published a report".
ISSUED_DOCUMENT_NOUNS = {"report", "statement", "letter", "study", "survey", "memo", "memorandum",
                         "paper", "book", "interview", "article", "testimony", "website", "tweet",
                         "post", "communique", "communiqué", "document", "analysis", "review",
                         "audit", "assessment", "dossier", "briefing", "release", "filing",
                         "complaint", "lawsuit", "petition", "resolution", "declaration",
                         "manifesto", "editorial", "blog", "message", "notice", "order", "verdict",
                         "ruling", "poll",
                         # notices of an authority and disclosures of a company (session 29)
                         "notification", "circular", "directive", "advisory", "bulletin",
                         "disclosure", "submission", "affidavit", "prospectus",
                         "newsletter", "transcript"}
# The units a person heads ('his campaign', "Prof Lowe's team", "Reed's camp"): actors of their own,
# whose words are not the person's; a body's ('the party's campaign') stay the body's. Not 'office': "the
# minister's office said", "Reed's office said" speak for the holder, as editors read them (session 33).
PERSON_UNIT_NOUNS = {"campaign", "team", "camp", "staff"}
# Nouns that speak for whoever is named inside them: a document ("Lord Butler's report"), a
# person's own voice ("Lowe's spokesman"), an office, a person's ("Reed's office", "the minister's office"
# with one holder, 'her office' with one holder of a post who agrees: speakers `_one_post_holder_agreeing`)
# or a body's, or a unit (PERSON_UNIT_NOUNS, a body's only). Not a lawyer: a person's counsel speaks as
# themselves, "Lowe's lawyer said" is not Lowe's statement.
VOICE_OF_HOLDER_NOUNS = ISSUED_DOCUMENT_NOUNS | PERSON_UNIT_NOUNS | {"spokesman", "spokeswoman", "spokesperson",
                                                                    "aide", "aides", "office"}

# Common nouns of English for a business ('the company said', 'the Lima-based carmaker'): such a
# noun may take up a company just named, never a union, a ministry or another kind of body.
COMPANY_NOUNS = {"company", "firm", "carmaker", "automaker", "drugmaker", "lender", "insurer", "retailer",
                 "airline", "conglomerate", "manufacturer"}
# Nouns of English for a business of one trade ('the power utility says', 'the Abu Dhabi carrier
# reported'): in a speaker's description they take up the one company the article speaks of, as
# COMPANY_NOUNS do (generator/extract/speakers.py); kept apart from COMPANY_NOUNS, which other
# stages read as a company's own word ('an aircraft carrier', 'a public utility' are no company there).
TRADE_COMPANY_NOUNS = {"utility", "carrier"}
# Words of a trade or of ownership before a company noun that leave it the one company of the article
# ('the power utility', 'the state carrier', 'the national airline'); any other word ('the aircraft
# carrier', 'a rival firm', 'the water company' of a city) makes it another or none.
COMPANY_TRADE_WORDS = {"power", "electricity", "energy", "state", "national", "flag"}
# Head words of a name that make it a company's ('Kaveri Motors Ltd', 'Acme Group'), of ORG_HEADS.
COMPANY_NAME_HEADS = {"company", "corporation", "inc", "ltd", "plc", "co", "corp", "group"}
# A judge's titles: the head of the role of 'Mrs Justice X', 'Judge X', 'a High Court judge' (not of
# 'Justice Minister' or 'Minister of Justice', whose head is 'minister').
JUDGE_TITLES = {"judge", "justice"}
# Nouns for judges sitting together ('a three-judge panel', 'a bench of five judges'): with a judge's
# word they speak for the court the article names.
COURT_PANEL_NOUNS = {"panel", "bench"}
# Nouns for a body of members of some sort ('the union said'), and the heads of names that say a body
# is one of members without saying of which sort ('the X Nurses Organisation', 'the X Teachers
# Association'): such a name may be what 'the union' takes up; 'Acme', 'Acme Ltd' may not.
MEMBER_BODY_NOUNS = {"union"}
MEMBER_BODY_NAME_HEADS = {"organisation", "organization", "association", "federation", "confederation",
                          "alliance", "society", "league", "congress", "guild"}
# Occupations whose workers a body named by its members ('<Place> <Occupation-plural> Association') is a union of:
# the wage-earning trades of the ILO's ISCO-08 major groups 2-9 (teaching, health, transport, building and
# industrial crafts, plant and machine operation, services and elementary occupations) whose workers commonly form
# unions, written as the singular noun of one who works it. Not those who own, run or use a trade ('miner' and
# 'builder' name a firm as often: BUSINESS_AGENT_NOUNS), nor any who work none ('pensioner', 'cyclist', 'golfer').
# (generator/extract/bodies.py, `a_body_of_workers`)
UNION_MEMBER_OCCUPATIONS = frozenset({
    "worker", "employee", "teacher", "lecturer", "nurse", "midwife", "paramedic", "physician", "doctor",
    "pharmacist", "firefighter", "docker", "dockworker", "mineworker", "steelworker", "farmworker", "railworker",
    "autoworker", "driver", "pilot", "seafarer", "sailor", "porter", "cleaner", "clerk", "journalist", "musician",
    "writer", "machinist", "electrician", "carpenter", "plumber", "welder", "mechanic", "technician",
    "teamster", "postworker", "caretaker", "waiter", "librarian", "translator"})
# (Not 'baker', 'cook', 'actor', 'engineer': as often owners, hobbyists or a professional body's members.)
# Heads of a member body's name that say a learned or professional body, never a union, whoever its members are
# ('Kessa Welders Society', 'Orwin Nurses Institute') (generator/extract/bodies.py, `a_body_of_workers`)
NO_UNION_MEMBER_BODY_HEADS = frozenset({"society", "institute"})
# Verbs whose agent ('backed by X') is a body that supports another's action, not the one that acts: such a body
# is not taken for 'the union' by its members' trade (generator/extract/bodies.py, `named_only_as_a_backer`)
BACKING_VERBS = frozenset({"back", "support", "join", "endorse"})
# Members whose body is no union and may be no rival of one: those who own, employ, use or pay ('Mine Owners',
# 'Employers', 'Computer Users', 'Ratepayers'), read as the ending of the members' singular
# (generator/extract/bodies.py, `members_own_employ_use_or_pay`; speakers.py, `_members_named`)
OWNING_EMPLOYING_USING_OR_PAYING_MEMBERS = ("owner", "employer", "user", "payer")
# Nouns that name whoever leads a body ('the head of the region's largest bank'), and the known roles
# that are that lead ('chief executive' is; 'chief economist' is not).
BODY_HEAD_NOUNS = {"head", "chief", "leader", "boss"}
BODY_HEAD_ROLES = {"chief executive", "chief executive officer", "ceo", "chair", "chairman", "chairwoman",
                   "chairperson", "president", "director", "director-general", "director general", "head",
                   "leader", "general secretary", "secretary-general", "secretary general", "managing director",
                   "executive director", "boss"}
# The subject pronoun a possessive takes up ('his office' is the office of whom 'he' would be).
HOLDER_PRONOUN_FORMS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# A body's own organs, which speak for it ('its board said', "the company's board", 'the board'
# after the one company named); a board the article names is itself ('the Harbour Port Board').
BODY_ORGAN_NOUNS = {"board", "management"}

# Prepositions that belong to a cue ("called for", "called on").
CUE_PREPOSITIONS = {"for", "on"}
# Cues whose content may be a to-infinitive: "urged the government to release".
XCOMP_CONTENT_CUES = {"urge", "call", "ask", "warn", "promise", "vow", "pledge", "threaten", "demand"}
# Prepositions whose phrase is a cue's content ("warned of X", "complained about X") ...
CONTENT_PREPOSITIONS = {"about", "against", "of", "on", "at", "over", "for"}
# ... except after 'speak', where they name a venue ("spoke on Fox News").
VENUE_PREPOSITIONS = {"on"}

# ---- figures ------------------------------------------------------------------------------
# Vague plural amounts -> (low, high): "dozens of", "tens of thousands of".
VAGUE = {
    "tens": (10, 99), "dozens": (24, 99), "scores": (40, 99), "hundreds": (100, 999),
    "thousands": (1_000, 9_999), "millions": (1e6, 9_999_999), "billions": (1e9, 9_999_999_999),
    "trillions": (1e12, 9_999_999_999_999),
}
# The earliest number read as a year where a year may name which year's thing is meant ("the
# trust's 2021 accounts"): below it, a count ("the club's 1500 members").
EARLIEST_YEAR_AS_MODIFIER = 1900
# Figures: verbs that put a sum onto another ('would add 90 cents to the monthly bill'): the sum
# is paid as often as that other is.
ADDING_VERBS = {"add"}
# Words and abbreviations that multiply the number before them.
# South Asian English counts in lakhs (100,000) and crores (ten million), singular or plural
# after a number ("2.6 lakh people", "Rs 5 lakhs", "Rs 2,410 crore").
SOUTH_ASIAN_SCALES = {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               **SOUTH_ASIAN_SCALES}
# The endings of an ordinal written in digits ('3rd', '21st'): after a person's name, a generation's number.
ORDINAL_NUMERAL_SUFFIXES = ("st", "nd", "rd", "th")
SCALE_ABBREVIATIONS = {"bn": 1e9, "m": 1e6, "mn": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12,
                       "mln": 1e6, "bln": 1e9, "tln": 1e12}
# Of those, the ones also written after a space ("$5 bn", wire style "2.8 tln won", "20 mln
# barrels"); a spaced "m", "k" or "tn" may be a measure.
SPACED_SCALE_ABBREVIATIONS = ("bn", "mn", "mln", "bln", "tln")
# Scale abbreviations of national house styles, read only glued to an amount after a currency
# mark or sign (alone, "4mil" is a thickness, "5b" a clause): the Malaysian press's "mil" and
# "bil" (The Star, New Straits Times: "RM120mil", "RM1.2bil"), the Pakistani press's "tr" for a
# trillion (Dawn, The Express Tribune: "Rs1.2tr"), "b" for a billion (Australian and New Zealand
# press: "$5b"; Philippine press: "P4.1B"). The Philippine press also hyphens a capital "B" or
# "M" to the amount ("P4.1-B", "P500-M"): MONEY_HYPHENED_SCALES. The South Asian press's "cr"
# for a crore ("a Rs 9.6 cr deficit", in headlines above all) is read in lower case only ("Cr"
# after an amount is a councillor's style opening the next words: "got $5,000 Cr Ames said"), and
# only after a currency of CRORE_CURRENCIES (after the pound "cr" marks a credit).
MONEY_SCALE_ABBREVIATIONS = {"mil": 1e6, "bil": 1e9, "tr": 1e12, "b": 1e9}
LOWER_CASE_MONEY_SCALE_ABBREVIATIONS = {"cr": 1e7}
# The currencies of the countries that count in lakhs and crores (SOUTH_ASIAN_SCALES): India's,
# Pakistan's, Nepal's and Sri Lanka's rupees, Bangladesh's taka.
CRORE_CURRENCIES = {"rupees", "taka"}
MONEY_HYPHENED_SCALES = {"B": 1e9, "M": 1e6}
SCALES = {**SCALE_WORDS, **SCALE_ABBREVIATIONS, "dozen": 12}
# Plural scales that multiply a vague amount: "tens of thousands".
VAGUE_SCALES = ("thousands", "millions", "billions", "trillions")
# Words before a scale that make a vague amount of two to nine of it: "several hundred".
FEW_WORDS = ("several", "a few")
# Number words: units, teens (with ten), tens; "zero" apart.
NUMBER_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen")
NUMBER_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Fraction words, singular and plural: "two-thirds", "a quarter".
FRACTION_WORDS = ("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                  "tenth", "tenths", "fourths", "sixths", "eighths")     # plural only where the singular is an ordinal
# Ordinals before a fraction that make it a part of an event: "the second half".
FRACTION_POSITIONS = {"first", "second", "last"}
# Multipliers written as one word -> their factor ("-fold" words are read from their number).
MULTIPLIERS = {"twice": 2, "thrice": 3}
# Words before "as many as" that make it a comparison, not a bound: "three times as many as".
COMPARISON_WORDS = {"times", "twice", "thrice", "half"}
# Currency signs -> what an amount after them counts, and the letters that may come before
# a sign to say whose currency it is ("US$", "A$", "HK$").
CURRENCY = {"$": "dollars", "£": "pounds", "€": "euros", "¥": "yen", "₹": "rupees", "₦": "naira",
            "₩": "won", "₪": "shekels", "₱": "pesos"}
CURRENCY_PREFIXES = ("US", "NZ", "HK", "A", "C", "CA", "S", "MX", "NT")
# Currency marks that are no single sign (matched case-sensitively, before digits) -> what the
# amount counts: house styles of the press CLDR lacks, and marks CLDR gives that are read before
# any amount (R$ for BRL, Rs/₹ for INR, Ksh for KES, CHF, kr-less Nordic codes, ISO 4217 codes);
# not the rand's bare "R", which also opens names and codes ("R2-D2"). CURRENCY_MARKS adds the
# rest of CLDR's (generator/currency_marks.py).
HOUSE_CURRENCY_MARKS = {"R$": "reais", "Rs": "rupees", "Rs.": "rupees", "INR": "rupees", "KSh": "Kenyan shillings",
                  "Ksh": "Kenyan shillings", "KES": "Kenyan shillings", "CHF": "francs", "SEK": "kronor", "NOK": "kroner",
                  "DKK": "kroner", "BRL": "reais", "NGN": "naira", "ZAR": "rand", "USD": "dollars",
                  "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan", "AUD": "Australian dollars",
                  "CAD": "Canadian dollars", "PKR": "rupees", "LKR": "rupees", "NPR": "rupees",
                  "GH¢": "cedis", "GH₵": "cedis", "GHS": "cedis",
                  # East African shillings: CLDR's en_UG "USh" and en_TZ "TSh", ISO 4217 UGX and
                  # TZS, and the bare "Sh" the Kenyan, Ugandan and Tanzanian press write (Daily
                  # Nation, The Standard, Daily Monitor, The Citizen: "Sh21.3bn", "Sh450 million")
                  # ("Tsh", "Ush" as the Tanzanian and Ugandan press also write them), which say the country
                  "Sh": "shillings", "Shs": "shillings", "USh": "Ugandan shillings", "Ush": "Ugandan shillings",
                  "TSh": "Tanzanian shillings", "Tsh": "Tanzanian shillings", "UGX": "Ugandan shillings",
                  "TZS": "Tanzanian shillings",
                  # UAE dirhams: ISO 4217 AED and the "Dh"/"Dhs" of the Gulf press's house styles
                  # (Gulf News, The National, Khaleej Times: "Dh2.1bn", "AED 300 million")
                  "Dh": "dirhams", "Dhs": "dirhams", "AED": "dirhams",
                  # Malaysian ringgit: CLDR's en_MY symbol "RM" and ISO 4217 MYR ("RM120mil")
                  "RM": "ringgit", "MYR": "ringgit",
                  # Bangladeshi taka as the Bangladeshi press writes its sign ৳ in letters (The
                  # Daily Star, Dhaka Tribune: "Tk 300 crore", "Tk45 a kg")
                  "Tk": "taka",
                  # Gulf dinars and riyals as the Gulf press writes them (Kuwait Times, Arab Times:
                  # "KD 3.7 billion"; Gulf Daily News: "BD 500,000"; The Peninsula: "QR 1.2bn") and
                  # their ISO 4217 codes
                  "KD": "Kuwaiti dinars", "KWD": "Kuwaiti dinars", "BD": "Bahraini dinars", "BHD": "Bahraini dinars",
                  "QR": "Qatari riyals", "QAR": "Qatari riyals", "SAR": "Saudi riyals", "OMR": "Omani rials",
                  # Omani rials as the Omani press writes them (Times of Oman, Oman Observer, Muscat
                  # Daily: "RO 48 million", "RO1.2bn")
                  "RO": "Omani rials",
                  # Lebanese pounds as the Lebanese press writes them (L'Orient Today, The Daily Star:
                  # "LL465 trillion", "LL 1,500")
                  "LL": "Lebanese pounds"}
_GULF_MARKS = {"KD", "KWD", "BD", "BHD", "QR", "QAR", "SAR", "OMR", "RO", "LL"}
CURRENCY_MARKS = {**CLDR_CURRENCY_MARKS, **HOUSE_CURRENCY_MARKS}
# Of CURRENCY_MARKS, those that also open codes, names and other abbreviations ("the Sh2 bus",
# "the Dh2 gene", "the RM7 player", an "AED" a defibrillator): money, as a letter of
# LETTER_CURRENCY_MARKS is, only before an amount that reads as one (a scale, grouped thousands, a
# sum per period) or a price in cents ("Dh6.85").
# CLDR's marks of letters alone that the house marks do not read before any amount count so too:
# "Rp", "ZiG", "IDR", "BDT" ("Rp 4.5 trillion", "ZiG26,8 million", "BDT 1,200"; not "the Rp2 chip").
CODE_LIKE_CURRENCY_MARKS = {"Sh", "Shs", "USh", "Ush", "TSh", "Tsh", "Dh", "Dhs", "AED", "RM", "Tk", *_GULF_MARKS} \
    | (CLDR_LETTER_MARKS - HOUSE_CURRENCY_MARKS.keys())
# One-letter currency symbols -> what the amount counts: CLDR's symbols as babel's English locales
# give them for their territory's currency (en_ZA R, en_BW P, en_SZ E, en_GM D), those that name
# one currency only (K is kina and kwacha). A capital letter before a number opens many codes and
# names ("R2-D2", "G7", "P5", "N2 motorway"), so these count only before an amount with a scale
# ("R14 million", "R1.2bn"), thousands grouped by commas ("R9,200") or a sum per period ("R650 a
# month").
# "N" is the naira as the Nigerian press writes its sign (₦, CLDR's en_NG symbol) in plain letters.
LETTER_CURRENCY_MARKS = {"R": "rand", "E": "emalangeni", "D": "dalasis", "N": "naira"}
# One-letter marks two currencies share -> each currency and the words that name its country
# (the country's names, its people's, its capital's) in an article: the amount counts the one
# currency whose country the article names alone, else it is left out. "P" is Botswana's pula
# (CLDR en_BW) and the Philippine peso as the Philippine press writes its sign ₱ in plain letters
# (Philippine Daily Inquirer, Rappler, Manila Bulletin: "P2.3 billion", "P4.1-B"). "K" is three
# currencies' (Zambia, Papua New Guinea, Myanmar: "K2.5 billion").
# House marks of two letters that also open model names and codes ("the Aquapure RO 1,200 unit": reverse
# osmosis; "LL" a lower-left or a licence class) -> the words that name their country (its name, its
# people's, its capital's): the amount counts the currency only where the article names that country.
COUNTRY_CUED_CURRENCY_MARKS = {"RO": ("Oman", "Omani", "Omanis", "Muscat"),
                               "LL": ("Lebanon", "Lebanese", "Beirut")}
SHARED_LETTER_CURRENCY_MARKS = {
    "P": {"pesos": ("Philippines", "Philippine", "Filipino", "Filipinos", "Filipina", "Manila"),
          "pula": ("Botswana", "Batswana", "Motswana", "Gaborone")},
    # "K": CLDR's symbol of the Zambian kwacha (en_ZM), the kina (en_PG) and the kyat (my_MM)
    "K": {"kwacha": ("Zambia", "Zambian", "Zambians", "Lusaka"),
          "kina": ("Papua New Guinea", "Port Moresby"),
          "kyats": ("Myanmar", "Burma", "Burmese", "Naypyidaw", "Yangon")},
}
# Words of a percentage: "12 per cent", "0.1 percentage points".
PERCENT_WORDS = {"%", "percent", "per", "cent", "percentage", "points", "point"}
# Abbreviations of "per cent" glued to the number, lower case, as house styles write them (Dawn,
# Business Recorder, The Express Tribune; the Irish Independent, the Australian Financial Review:
# "5pc", "11.25pc"); spaced or capitalised, "pc" is a computer or a police constable.
GLUED_PERCENT_ABBREVIATIONS = ("pc",)
# Nouns of a set sold in pieces, which a glued "pc" before them counts in pieces, not per cent
# ("a 12pc cookware set", "its 3pc suite", "a 24pc tool kit").
PIECE_SET_NOUNS = {"set", "sets", "kit", "kits", "suite", "suites", "pack", "packs", "bundle", "bundles",
                   "collection", "collections", "service", "puzzle", "puzzles", "box", "boxes"}
# Separators of a range's two ends ("20 to 30"), and those that open it upwards
# ("hundreds if not thousands of ferries").
RANGE_SEPARATORS = ("to", "or", "and", "if not", "or even", "or perhaps")
OPEN_RANGE_SEPARATORS = {"if not", "or even", "or perhaps"}
# Figures: nouns of a time allowed before or for something ("14 days' notice", "a grace period of
# six months"): the period says when, it is no quantity.
ALLOWED_TIME_NOUNS = {"notice", "warning", "grace", "period", "window", "deadline", "transition",
                      "moratorium", "respite", "reprieve", "ultimatum"}
# Words that make a bare count a rate: "$10bn a year", "5 million barrels per day".
RATE_WORDS = ("a", "an", "per", "each")
# Figures: what an amount of money is paid for, after "a" ("$3 a litre", "₹38 a kilogram"); after
# "per" any noun is ("₦289 per kilowatt-hour"), but "a" also opens a noun phrase of its own.
RATE_DENOMINATORS = {"litre", "liter", "kilogram", "kilo", "kg", "quintal", "tonne", "ton", "barrel",
                     "gallon", "ounce", "unit", "share", "person", "kilowatt-hour", "kwh",
                     "megawatt-hour", "mwh", "bag", "sack", "bottle", "packet", "loaf", "dozen", "ticket",
                     "seat", "acre", "hectare", "metre", "meter", "mile", "kilometre", "kilometer",
                     "passenger", "patient", "pupil", "student", "household", "worker", "employee", "pound",
                     "trip"}
# Figures: the hundredth parts of currencies, written as words after a number ("18 cents a share",
# "12 pence a litre", "50 kobo"): amounts of money, whose piece or period is read as a sum's is.
MINOR_CURRENCY_WORDS = {"cents", "pence", "paise", "kobo", "pesewas", "centavos", "centimes", "kopecks", "kopeks"}
# Figures: verbs whose object is a whole sum handed over, won or owed, never a price per a piece
# ("lent $5,000 a friend", "won $1m a prize", "owed $80,000 a debt"): no piece after 'a' there.
WHOLE_SUM_VERBS = {"lend", "loan", "give", "donate", "award", "grant", "win", "owe", "leave", "bequeath",
                   "raise", "pledge"}
# Figures: words in a phrase after a compared amount that make it a whole sum, not a price per a
# piece ("compared with $120 for the whole squad", "$150 in total", "$90 in all").
WHOLE_SUM_WORDS = {"whole", "entire", "total", "all"}
# Figures: prepositions right after a noun after 'a' that make it a thing of its own, not the piece
# a sum is paid for ("a friend of his", "a fraction of the cost"; not 'for': "$210 a visit for patients").
PIECE_OWN_PHRASE_PREPOSITIONS = {"of"}
# Words after "per" that are no unit: "per cent", "per se", "per the contract".
NOT_DENOMINATORS = {"cent", "centum", "se", "the", "this", "that", "a", "an", "its", "their", "his", "her", "our",
                    "these", "those", "one", "other",     # "for each one", "for every other day"
                    "time", "times"}                      # "$3 for every time he was late": whenever
# Words that may end the noun a sum is given to each of ("Tk 50,000 to each family in the
# district", "to each worker who lost a hand"): a preposition, a relative word or a conjunction.
AFTER_EACH_RECIPIENT_WORDS = {"in", "at", "on", "of", "who", "that", "which", "whose", "for", "from", "under",
                              "and", "or", "as", "if", "when", "after", "before"}
# Words before a number that give an age: "aged 45".
AGE_WORDS = {"aged", "age", "ages"}
# Prepositions before a duration that place an event in time: "in two days".
TIME_PREPOSITIONS = {"in", "within", "inside", "after", "before"}
# Prepositions of the period a change or an act spreads across ("rose 40% over two years",
# "returned again and again over five years"): after a verb or an amount, no "more than".
SPAN_PREPOSITIONS = {"over", "across", "throughout"}
# Qualifiers that, after a noun, make the number a limit: "children under five".
THRESHOLD_QUALIFIERS = {"under", "over", "above", "below"}
# Words that rank like a superlative: "the world's top three economies".
RANKING_WORDS = {"top"}
# Prepositions of a partitive that picks out of a ranked set: "one of the two biggest parties",
# "among the three largest towns".
RANKED_PARTITIVES = {"of", "among"}
# Bounds a selection criterion gives ("groups that raised $1m or more", "firms with more than
# 50 staff"), the relative words and the preposition that make such a restrictive phrase, and
# the determiners that leave its plural noun a kind ("all firms with more than 50 staff").
CRITERION_BOUNDS = {"more than", "at least", "less than", "up to"}
CRITERION_RELATIVES = {"that", "who", "which"}
CRITERION_PREPOSITIONS = {"with"}
# Figures: the preposition of likeness whose object counted round with 'a' is a figure of speech after
# a verb of seeming or perceiving ("sounded like a thousand bees": SEEMING_VERBS; not 'like' for
# 'about': "cost like a thousand dollars").
LIKENESS_PREPOSITIONS = {"like"}
SEEMING_VERBS = {"sound", "look", "feel", "seem", "appear", "smell", "taste"}
# Figures: the preposition of one thing taken as an example that a figure is worked out for ("For a
# cottage rated at £140,000, the levy would cost ..."): the amount describing it is no claim.
EXAMPLE_CASE_PREPOSITIONS = {"for"}
KIND_DETERMINERS = {"all", "any", "those"}
# Words that make a count of a known set tell something new: "the remaining 40 hostages".
SET_SELECTORS = {"remaining", "last", "first"}
# Words that point back to the rest of a set the article named: "the other two men" tells nothing
# new, unless a phrase after the noun says who they are ("the other two men released in May").
REFERRING_SELECTORS = {"other"}
# Words between a number and a plural noun that it still counts: "25 million more people".
ADDED_COUNT_WORDS = {"more", "fewer", "additional", "extra", "new", "other"}
# Prepositions of a ratio ("one in five", "eight of 10", "one in every") and the round bases
# after "of" that make one ("eight of 10 voters", but "12 of the 30 ferries" counts).
RATIO_PREPOSITIONS = {"in", "of"}
RATIO_BASES = {"10", "100", "1,000", "ten", "hundred"}
# Figures: the word of one piece a ratio's other amount is set against ('one nurse to 46 patients',
# 'one in four flats has three bedrooms': per nurse, per flat).
ONE_WORDS = {"one", "1"}
# Figures: nouns that make a sentence's 'one X to N Ys' a ratio ('the staffing ratio stood at one
# nurse to 46 patients'); without one the phrase may be a change ('grew from one depot to 30 depots').
RATIO_NOUNS = {"ratio"}
# Figures: the preposition of where a change starts: 'from one X to N Ys' is a change, never a ratio.
CHANGE_START_PREPOSITIONS = {"from"}
# Figures: what money that rises, falls or closes at a level is the price of one of ('Brellin shares
# slipped to $3.10': dollars a share), as the verb's subject or a compound on PRICE_NOUNS. A stock
# (STOCK_NOUNS) is also goods held ('the shop's stock rose to $9,000'): a share price only with a
# name's own ('Tovey stock'). The prepositions of the issuer ('shares of/in Tovey'): with no name
# there, a store or a stake ('the stock of unsold flats', 'its shares in the venture').
PER_SHARE_PRICE_NOUNS = {"shares"}
STOCK_NOUNS = {"stock", "stocks"}
PER_SHARE_PRICE_COMPOUNDS = {"share", "stock"}
SHARE_ISSUER_PREPOSITIONS = {"of", "in"}
# Figures: words that make money shares stand at the worth of a holding, not a price ('the shares
# fell to $9,000 in value', '$4,500 worth of spare parts').
HOLDING_VALUE_WORDS = {"value", "worth"}
# Figures: the first word of a unit that is a part of a whole already ('% of budget', 'share of
# flats', 'percentage points'): no basis per one of many or per period is added to it.
PART_UNIT_WORDS = {"%", "share", "percentage"}
# Figures: verbs of getting, having, carrying or paying whose object, when the subject is each one
# of many ('each crew carries 12 litres'), counts per that one; not verbs of things the many share
# or choose together ('every voter elected three councillors').
PER_ONE_VERBS = {"get", "receive", "obtain", "earn", "win", "gain", "collect", "have", "own", "hold", "contain", "carry", "house",
                 "serve", "employ", "support", "sustain", "pay", "spend", "cost"}
# The noun of a count of deaths and the word that makes it one: "the death toll rose to 22".
TOLL_NOUN = "toll"
DEATH_WORD = "death"
# Words of a date that can run on after a body's name in the recogniser's entity ('the Commons on Monday').
WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december"}
MONTHS = MONTH_NAMES | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# Entity labels of names: a number inside one is part of the name ("Radio 4", "10 Downing Street").
NAME_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT", "PERSON", "GPE", "NORP", "LOC"}
# Verbs read as a qualifier only before a share or an amount of money ('it approaches 9%', not
# 'she approached 40 voters').
APPROACH_QUALIFIERS = {"approaches", "approaching", "nearing", "nears"}
# Figures: verbs by which a report, analysis or slide states findings ("The report showed ...",
# "an analysis finds ..."), so that the next sentence may go on with them; not those of a forecast
# or a warning ("predicted", "warned"), whose next sentence may tell what came instead.
REPORT_FINDING_VERBS = {"show", "find", "reveal", "report", "say", "conclude", "indicate", "note", "state",
                        "calculate", "document", "detail", "confirm"}
# Figures: comparatives of quantity between a share and its noun ("85% more wildfires", "20% fewer
# staff"): the share is a change in that noun.
COMPARED_QUANTITIES = {"more", "fewer", "less"}
# Of those, the ones that compare only counts, never grading an adjective after them ("31% fewer
# foreign students"; "20% more modern houses" may be houses more modern).
COUNTING_COMPARATIVES = {"fewer"}
# Figures: prepositions whose phrase after "N% more/less" names what is paid, spent or got ("pay 5%
# more in council tax", "10% more for water", "20% more on training"): the share's unit.
COMPARED_OBJECT_PREPOSITIONS = {"in", "for", "on"}
# Figures: nouns that name people by no role of their own ("arrested 40 people, up 10%"): what such a
# count counts is the act that takes them as its object, so a change set off after it names no unit.
PLAIN_PEOPLE_NOUNS = {"people", "person", "man", "woman", "child", "individual", "adult"}
# Figures: verbs whose object is the count a clause states ("carried 300,000 riders, up 6%": '% rise
# in riders'); after any other active verb the act counts its object ("closed 45 cafes, up 50%"), and a
# change set off after it names no unit.
COUNT_STATING_VERBS = {"have", "hold", "employ", "carry", "serve", "record", "register", "count", "report",
                       "sell", "produce", "receive", "attract", "welcome", "handle", "log", "transport", "fly"}
# Figures: prepositions whose phrase on a set-off "up/down N%" grades the change by another measure
# ("down 2% in price", "up 30% by weight"): no change of the count stated before.
GRADING_PREPOSITIONS = {"in", "by"}
# Figures: prepositions whose phrase on a set-off "up/down N%" names what the count is compared with:
# an earlier time or level ("up 9% from June", "on the year before"), else another thing ("on its target").
CHANGE_BASE_PREPOSITIONS = {"on", "against", "from", "over"}
# Figures: nouns (besides TIME_UNITS) of a period of time ("than in the same period"), and the
# nouns that such a phrase names as an earlier time or level (those, and levels that may also be
# a benchmark: "the national average").
EARLIER_PERIOD_NOUNS = {"period", "quarter", "season"}
EARLIER_LEVEL_NOUNS = EARLIER_PERIOD_NOUNS | {"average", "level", "peak", "record", "total", "figure"}
# Figures: words that place a level or count before now ("than the previous record", "the
# earlier total"): a change against it is a rise or fall.
PRECEDING_WORDS = {"previous", "prior", "earlier", "last", "preceding"}
# Figures: units of measure by their lemma, counting no things of their own ("2,000 ounces of gold",
# "310 megalitres a day"): the spelled-out units of CONVERTIBLE_UNITS in the singular, and others.
MEASURE_UNIT_LEMMAS = frozenset({u[:-4] + "foot" if u.endswith("feet") else u[:-1] for u in (
    "kilometres", "kilometers", "miles", "metres", "meters", "feet", "yards", "centimetres",
    "centimeters", "tonnes", "tons", "kilograms", "litres", "liters", "gallons", "acres", "hectares", "degrees")}
    | {"inch", "ounce", "pound", "gram", "gramme", "kilo", "milligram", "megalitre", "megaliter", "kilolitre",
       "millilitre", "barrel", "bushel", "quintal", "carat", "megawatt", "gigawatt", "kilowatt",
       "megawatt-hour", "gigawatt-hour", "kilowatt-hour", "terawatt-hour", "watt", "calorie", "hectolitre"})
# Figures: what money after "a" is paid for whatever the parser hangs it on ("from $70 to $95 a
# hectolitre", "$40 a bushel"): the pieces of RATE_DENOMINATORS and the units of measure, but not
# "degree", which is also a course of study ("$300 a degree").
PRICED_PIECES = RATE_DENOMINATORS | (MEASURE_UNIT_LEMMAS - {"degree"})
# Figures: units of length that after "a" and before a word of place (DISTANCE_PLACING_WORDS: "a yard from
# the door", "a mile away") say where the money lay, no piece paid for ("$800 a foot from the gate").
LENGTH_PIECES = {"inch", "foot", "yard", "metre", "meter", "mile", "kilometre", "kilometer", "centimetre",
                 "centimeter", "millimetre", "millimeter"}
DISTANCE_PLACING_WORDS = {"from", "away", "off", "apart", "short", "beyond", "behind", "ahead", "outside", "inside"}
# Figures: verbs of paying or being paid whose "N% more/less in/for/on X" names what is paid ("pay 5% more in
# council tax", "spend 20% more on training"); after other verbs such a phrase says where or when.
PAYING_VERBS = {"pay", "spend", "charge", "cost", "earn", "owe", "get", "receive"}
# Figures: possessives of the payers that may stand before what they pay for ("10% more for their water").
PAYERS_POSSESSIVES = {"their", "its", "your"}
# Figures: prepositions of a group or scope of its own after the earlier share of "up/down from N%"
# ("down from 70% among the over-70s", "of men", "in Wales"): not the same share as before it.
SHARE_SCOPE_PREPOSITIONS = {"among", "amongst", "of", "in", "for", "across", "within", "outside"}
# Figures: adverbs after such an earlier share that say when it held ("up from 39% previously").
EARLIER_ADVERBS = {"earlier", "before", "previously", "then", "ago", "once", "formerly"}
# Figures: nouns of those phrases that say how or where a comparison holds, not what is compared
# ("10% more in real terms", "in total", "in places"): no unit.
COMPARISON_MANNER_NOUNS = {"term", "total", "value", "cash", "practice", "effect", "comparison", "part",
                           "general", "person", "place", "area", "region", "time", "future", "turn",
                           "order", "case", "return", "addition", "average", "sum", "all"}
# Figures: comparatives of size that a percentage grades ("rents are 20% higher", "prices 50%
# higher than", "bills will be 9% cheaper"): the percentage measures the difference of the noun
# they are said of ('% higher rents'); 'more'/'less' before an adjective grade it ('37% more
# likely'), no size.
SIZE_COMPARATIVES = {"higher", "lower", "more", "less", "fewer", "cheaper", "dearer", "greater", "bigger",
                     "smaller", "larger", "costlier", "pricier"}
# Figures: readings of a qualifier of approximation, which covers each share of a clause whose verb
# is left out ("About 53% chose to merge and 47% to split": about 47% too); a bound ("more than
# 53% ... and 47%") is said of its own number only.
SHARED_QUALIFIERS = {"about"}
# Figures: words before an amount that qualify it, mapped to one reading each, and the
# bound each reading puts on the amount ("more than 1,000": at least 1,000, no upper bound).
FIGURE_QUALIFIERS = {
    **dict.fromkeys(APPROACH_QUALIFIERS, "almost"),
    "more than": "more than", "over": "more than", "above": "more than", "exceeded": "more than",
    "north of": "more than", "south of": "less than",    # "well north of $2 million" (COMPASS_QUALIFIERS)
    "longer than": "more than",     # "queued longer than 3 hours" (not under a negation: `_comparison_denied`)
    "no longer than": "up to", "not longer than": "up to",      # "shifts of no longer than 12 hours"
    "in excess of": "more than", "upwards of": "more than", "well over": "more than",
    "just over": "more than", "greater than": "more than", "exceeding": "more than", "exceeds": "more than",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "not less than": "at least", "not fewer than": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "no more than": "up to",
    "not more than": "up to", "not exceeding": "up to",
    "at most": "up to", "a maximum of": "up to", "as high as": "up to",
    "up to the value of": "up to", "up to a value of": "up to", "up to a total of": "up to",   # "fined up to the value of"
    "up to a maximum of": "up to",
    # the low end stressed ("earn as little as N38,000 a month", "as few as 12 doctors"): no bound
    # (some earn that, others more; or only that many), so a reading of its own
    "as little as": "as little as", "as few as": "as little as", "as low as": "as little as",
    "fewer than": "less than", "less than": "less than", "under": "less than",
    "below": "less than", "just under": "less than",
    "nearly": "almost", "almost": "almost", "close to": "almost", "just short of": "almost",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "something like": "about", "in the region of": "about", "of the order of": "about",
    "closer to": "about", "nearer to": "about",     # nearer the amount than another: about it
    "between": "between",
    # a mean, no bound ("an average of 8 minutes 12 seconds")
    "an average of": "average", "a median of": "median", "a mean of": "average",
    # most of the amount, short of it ("the better part of a decade"): nearly it
    "the best part of": "almost", "the better part of": "almost", "the guts of": "almost",
    # a hedge: the writer does not vouch for the amount ("perhaps tens of thousands")
    "perhaps": "perhaps", "possibly": "perhaps", "maybe": "perhaps",
    # a distance or margin not exceeded ("within three yards of the gate"); a period after
    # "within" is dropped as a time phrase first
    "within": "up to",
}
# Figures: qualifiers that are also words of place ('south of 15 degrees latitude'): bounds only
# before money or a count of things (`_is_qualifier`), never before a measure of position.
COMPASS_QUALIFIERS = {"north of", "south of"}
# The words of those qualifiers ("between", "over", "at", "least"), read between an age word and its
# number ("aged between 24 and 58": a bounded age, no count).
FIGURE_QUALIFIER_WORDS = frozenset(word for qualifier in FIGURE_QUALIFIERS for word in qualifier.split())
# The prepositions among those qualifiers' words ('at least', 'up to'), over which a figure's start is read
# back when the parser tags them ADP (figures.py, `_locates_in_time`).
QUALIFIER_PREPOSITIONS = frozenset({"at", "up", "to"})
# Figures: qualifiers of nearness ("closer to 8%"): about the amount, unless set against another
# with 'than' ("closer to 8% than 5%": a comparison, no approximation).
NEARNESS_QUALIFIERS = {"closer to", "nearer to"}
QUALIFIER_BOUNDS = {"more than": "low", "at least": "low", "up to": "high", "less than": "high",
                    "almost": "high"}
# Readings of a comparison that a negation turns round ("did not wait more than 4 hours": at most
# 4): under one, the comparison asserts no bound.
COMPARATIVE_READINGS = {"more than", "less than"}
# Qualifiers that are also prepositions a verb can take: "presided over three meetings".
PREPOSITION_QUALIFIERS = {"over", "under", "above", "below", "well over", "just over", "just under"}
PREPOSITIONAL_VERBS = {
    "preside", "rule", "reign", "argue", "fight", "clash", "quarrel", "row", "squabble",
    "wrangle", "bicker", "disagree", "split", "divide", "worry", "fret", "agonise", "agonize",
    "mull", "ponder", "pore", "puzzle", "brood", "hand", "take", "turn", "watch", "look",
    "hover", "loom", "tower", "triumph", "prevail", "win", "gloss", "skip", "trip", "stumble",
    "fall", "jump", "leap", "step", "climb", "fly", "pass", "cross", "go", "come", "spill",
    "resign", "quit", "apologise", "apologize", "sue", "serve", "work", "operate", "live",
    "labour", "labor", "suffer", "buckle", "crumble", "collapse", "sell", "hold", "rank",
    "protest", "riot", "strike", "feud", "battle", "compete", "vote",
}
# Prepositions that open an amount and are never a verb's particle, though the parser may tag them
# so before a qualifier ("put it at over N9bn", "cut by over 20%"): the qualifier then bounds the amount.
AMOUNT_OPENING_PREPOSITIONS = {"at", "by", "to", "from"}
# The word of a multiple: "4.3 times earnings" (unit "times earnings").
MULTIPLE_WORD = "times"
# Words after a multiple and "as" that compare a quantity of the noun they modify ("twice as
# many hours", "three times as much revenue").
AS_MANY_WORDS = {"many", "much"}
# Verbs that move a thing to a level: "went up to $5", "brought it up to 500" ("up to" is their particle).
MOVING_VERBS = {"go", "come", "bring", "push", "take", "put", "step", "ramp", "scale", "build", "add", "sum"}
# Verbs of change whose object is the amount itself where no other object stands before 'up to'
# ("raise up to $5bn" from investors, "cut up to 300 jobs"): 'up to' then bounds the amount.
AMOUNT_OBJECT_VERBS = {"raise", "cut", "slash", "add"}
# Verbs of a range's extent: "losses ranging from $20,000 to over $1m" is one range, not a change.
RANGE_VERBS = {"range", "vary", "span"}
# Verbs of change: "rose from 14 to 31" gives the old and the new figure, not a range.
CHANGE_VERBS = {"rise", "increase", "fall", "drop", "grow", "climb", "jump", "decline", "soar",
                "surge", "plunge", "plummet", "double", "triple", "cut", "reduce", "raise",
                "lower", "go", "revise", "extend", "expand", "shrink", "slash", "boost", "lift",
                "decrease", "swell", "dip", "slip", "slide", "tumble", "edge", "move", "change",
                "shift", "balloon", "spike"}
CURRENCY_WORDS = {"dollars", "dollar", "pounds", "pound", "euros", "euro", "yen", "yuan",
                  "rubles", "roubles", "rupees", "francs", "pesos", "shekels", "rand", "naira",
                  "dinars", "riyals", "lira", "won", "kronor", "krona", "crowns", "zlotys",
                  "reais", "shillings", "kroner", "cedis", "dirhams", "ringgit", "pula",
                  # names English writes unchanged for many ("4.5 trillion rupiah", "300 crore taka")
                  "rupiah", "taka", "kwacha", "baht"}
# Figures: an exchange rate's 'to the <currency>' ("LL47,000 to the dollar", "1,450 naira to the US
# dollar"): the singular of each currency word ('reais' has none made by dropping its 's'), the
# marks of a country that may come before it, and the nouns an amount of such a rate hangs on by
# 'of' ("at the bank rate of LL47,000 to the dollar"); an amount after 'at' needs none.
EXCHANGE_CURRENCIES = sorted({w[:-1] if w.endswith("s") else w for w in CURRENCY_WORDS - {"reais"}})
EXCHANGE_COUNTRY_MARKS = ("US", "U.S.")
EXCHANGE_RATE_NOUNS = {"rate", "price", "exchange", "value"}
# Currencies CLDR names by no word of money (ISO 4217 code -> what an amount in it counts): the
# Zimbabwe Gold, called by its symbol ("ZiG26.8 million", "a loan of 40 million ZiG").
# The Brazilian real as CURRENCY_MARKS names it, in its Portuguese plural.
CURRENCY_NAMES = {"ZWG": "ZiG", "BRL": "reais"}
# Words of money many countries' currencies share, which the press tells apart by the country
# ("HK$4.2bn", "NT$90 billion", "Ksh45 million" beside "Tsh380 billion"): an amount in one of them
# counts the currency's whole name, "Hong Kong dollars", as "80 million Hong Kong dollars" does;
# not in the currency a bare sign stands for (BARE_SIGN_CURRENCY_CODES: "US$" is "$", "dollars").
COUNTRY_NAMED_CURRENCY_WORDS = frozenset({"dollars", "shillings"})
BARE_SIGN_CURRENCY_CODES = frozenset({"USD"})
# ISO 4217 codes that are also English words or names written in capitals ("ALL 1,200 staff",
# "TOP 10,000", "AMD 7,000-series"): generator/currency_table.py reads none of them as a currency.
CURRENCY_CODES_WRITTEN_AS_WORDS = frozenset({"ALL", "TOP", "CUP", "PEN", "MAD", "BOB", "SOS", "TRY", "GEL",
                                             "BAM", "AMD", "MOP", "LAK", "CVE", "MUR"})
# Words before a number that make it a label: "No 10", "Section 8", "Flight 370".
ID_WORDS = {"no", "number", "section", "article", "chapter", "page", "flight", "route",
            "room", "channel", "radio", "level", "grade", "phase", "stage", "version", "tier",
            "category", "class", "platform", "gate", "terminal", "highway", "interstate",
            "resolution", "amendment", "paragraph", "clause", "rule", "line", "bus", "unit",
            "ward", "block", "district", "zone", "precinct", "apartment", "suite", "floor",
            "model", "type", "mark", "mk", "series", "episode", "season", "volume", "vol",
            "issue", "item", "exhibit", "figure", "table", "appendix", "annex", "schedule",
            "cell", "camp", "wing", "building", "act", "bill", "proposition", "prop"}
# Units of measure after a four-digit number that make it a quantity, not a year.
MEASURE_UNITS = {"km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "feet",
                 "ft", "megawatts", "megawatt", "mw", "gigawatts", "gw", "tonnes", "tons",
                 "barrels", "kg", "kilograms", "litres", "liters", "gallons", "acres",
                 "hectares", "people", "troops", "soldiers", "jobs", "homes"}
TIME_ZONES = {"utc", "gmt", "bst", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest",
              "ist", "jst", "msk", "et", "pt", "ct", "hrs", "hours", "mst", "mdt", "akst", "hst",
              "eet", "eest", "sast", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "hkt", "sgt",
              "kst", "wib", "pht"}
# Abbreviations of economic indicators, rates and units that news writes in capitals like a
# body's initials ('the CPI rose', 'held the OCR at 4%', '27p per kWh'): no actor, unless the
# article defines one as a body's initials ('the Communist Party of India (CPI)').
INDICATOR_ABBREVIATIONS = {"gdp", "gnp", "gni", "gva", "cpi", "cpih", "rpi", "ppi", "pmi", "hicp", "pce",
                           "ocr", "nfp", "nairu", "eps", "ebit", "ebitda", "apr", "libor", "sofr", "sonia",
                           "euribor", "kwh", "mwh", "gwh", "twh", "mw", "gw", "bpd", "mbpd", "ppm", "ppb"}
# Figures: periods a count or sum recurs in that are no unit of time ("60 clubs a season", "$80 a
# shift", "fees of $2,000 a term"): read only as the period of a rate after "a"/"per".
RATE_CYCLE_PERIODS = {"season", "semester", "term", "shift"}
# Figures: words before a period after 'on a' that make it any working one of its kind ("checks 20
# doors on a night shift", "on a school day"), with REPRESENTATIVE_ADJECTIVES and TIME_UNITS.
WORKING_PERIOD_WORDS = {"working", "work", "school", "match", "normal", "usual"}
TIME_UNITS = {"second", "minute", "hour", "day", "night", "week", "weekend", "fortnight",
              "month", "year", "decade", "century", "minutes", "hours", "days", "weeks",
              "months", "years", "decades", "centuries", "seconds"}
# Words between a count of periods and the date they end on that make it a reporting period
# ("profit for the six months to June 30", "the nine months ended June", "the 12 months
# through March"): which period, no quantity.
PERIOD_END_WORDS = {"to", "ended", "ending", "through", "thru", "until", "till"}
# Seasons, periods besides TIME_UNITS for what places or spans an event in time ("trialled over three
# winter seasons", "in three summers"); not "spring", also a source of water, nor "fall".
SEASON_NOUNS = {"season", "seasons", "winter", "winters", "summer", "summers", "autumn", "autumns"}
# Words after a duration that place an event in time or give an age: "four years ago".
TIME_LOCATORS_AFTER = {"ago", "earlier", "later", "before", "after", "since", "old", "younger",
                       "older", "junior", "senior", "hence", "prior", "on", "into", "from"}
# A word after a duration that says how far ahead an event lies ("the vote is ten weeks away"), read only by
# `_locates_in_time` (not by the rate readers, which share TIME_LOCATORS_AFTER), and only where it stands bare
# (no 'from'/'at'/'by' of its own: "nine months away from home", "90 minutes away by road" stay figures) and
# the count is of TIME_AHEAD_UNITS: periods no journey is measured in (minutes, hours and days can be a
# travel time: "20 minutes away").
TIME_AHEAD_LOCATORS = {"away"}
TIME_AHEAD_UNITS = {"week", "weeks", "fortnight", "month", "months", "year", "years", "decade", "decades"}
# Words before a duration that place an event in time: "in the past 36 hours".
TIME_LOCATORS_BEFORE = {"last", "past", "next", "previous", "coming", "recent", "following",
                        "preceding"}
# Adjectives right before a duration that make it name a stretch of a longer period: "the
# first nine weeks of the new board" (a period, no quantity).
PERIOD_ORDINALS = {"first", "opening", "initial", "final", "closing"}
# Determiners that make a count refer to a set already named: "the two explosions".
KNOWN_SET_DETERMINERS = {"the", "these", "those", "both", "its", "their", "our", "his", "her",
                        "my", "your", "whose"}
# The word by which a body's members are named with their number as a name of the whole
# membership ("the 27 member states", "its 193 member nations"): no count the article asserts.
# Hyphened, "a 12-member panel", it gives a body's size and stays.
MEMBERSHIP_WORDS = {"member"}
# Endings of relational adjectives, which sort what is counted into a kind ("18 electoral
# votes", "500 nuclear weapons", "40 civilian deaths") and so belong to the unit; and the
# words with those endings that grade or size instead ("20 additional weapons": "weapons").
CLASSIFYING_SUFFIXES = ("al", "ic", "ary", "ian", "ese", "ear")
GRADING_ADJECTIVES = {"additional", "total", "potential", "critical", "crucial", "vital", "essential",
                      "usual", "unusual", "actual", "real", "typical", "special", "normal", "original",
                      "initial", "final", "several", "equal", "general", "specific", "tragic", "dramatic",
                      "horrific", "terrific", "substantial", "individual", "eventual", "practical",
                      "radical", "brutal", "ideal", "identical", "annual", "extra", "ordinary",
                      "extraordinary", "necessary", "unnecessary", "primary", "temporary", "arbitrary",
                      "fantastic", "historic", "basic", "minimal", "maximal", "optimal", "marginal",
                      "incremental", "exceptional", "unprecedented", "sizeable", "formal", "informal",
                      "official", "unofficial", "nominal", "partial", "principal", "logical", "clear",
                      "near", "dear", "classic", "heroic", "chaotic", "sporadic", "periodic", "chronic"}
# Nouns of a display whose figures its owner claims ("a slide from X's presentation shows"),
# beside SOURCE_NOUNS (figures only).
PRESENTATION_NOUNS = {"slide", "slides", "presentation", "presentations", "chart", "charts", "graphic",
                      "graphics", "infographic", "handout", "brochure", "dossier"}
# Verbs of making, issuing or carrying a document: the subject of such a relative clause owns
# it ("a presentation that X carries", "the report X published").
DOCUMENT_MAKING_VERBS = {"carry", "publish", "release", "issue", "prepare", "produce", "commission",
                         "write", "draft", "compile", "present", "circulate", "distribute", "show",
                         "make", "give", "send", "submit", "unveil", "put"}
# Relative adverbs (English grammar): '..., where 3,000 people live' opens a relative clause as
# 'which' or 'who' does; one can define a kind ("days where ten or more ferries are late") rather
# than tell what happened.
RELATIVE_ADVERBS = {"where", "when"}
# The relative adverb of place: the speaker's own cue right after it ('..., where he said homes
# flooded') is the writer's frame; after 'when' it names an earlier occasion of saying.
PLACE_RELATIVE_ADVERBS = {"where"}
# Relative pronouns that open a clause about a thing or person ('..., which he said would ...').
RELATIVE_PRONOUN_OPENERS = {"which", "who"}
# Coordinating conjunctions that join parallel members ('by flooding ... and by the cost ...', two
# numbers before one noun: 'the 14 and 27 routes').
COORDINATORS = {"and", "or"}
# Adverbs that make the number after them a manner of speaking: "seemingly 27 different plans".
HYPERBOLE_ADVERBS = {"seemingly"}
# Adjectives that belong to a unit of measure: "cubic meters".
MEASURE_ADJECTIVES = {"cubic", "square"}
# Verbs and states whose bare count counts people: "killed twelve", "39 were dead".
PEOPLE_VERBS = {"kill", "injure", "wound", "die", "arrest", "detain", "evacuate", "rescue",
                "displace", "execute", "hospitalise", "hospitalize", "murder", "shoot", "hurt",
                "kidnap", "abduct", "behead", "drown", "flee", "perish", "survive",
                "march", "rally", "protest", "gather", "demonstrate"}
PEOPLE_STATES = {"dead", "injured", "wounded", "missing", "hurt", "killed", "alive"}
# Nouns that only point back to what an earlier figure counts: "158 others", "thousands more".
ANAPHORIC_NOUNS = {"others", "other", "more", "ones"}
# Nouns of a measure that, bare after "the"/"this", point back to what an earlier sentence counted
# ("The figure is 37% higher than last year", "That number rose 5%"): no unit of their own.
POINTING_BACK_MEASURE_NOUNS = {"figure", "number", "total", "tally", "count", "amount", "sum"}
POINTING_BACK_DETERMINERS = {"the", "this", "that", "these", "those"}
# Nouns of a tally whose count counts people when the tally is of the dead or the hurt.
TALLY_NOUNS = {"total", "toll", "number", "tally", "count"}
# Words that end a street name: a number before them is an address ("131 West 23rd Street").
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane",
                "drive", "square", "place", "way", "terrace", "court", "crescent", "parkway"}
# Words by which a number before 'of' and a street's name says which stretch of the street ('the
# 600-block of Pine Crescent'): an address, no count.
STREET_BLOCK_WORDS = {"block"}
# Words that open a street's name in other languages ('Heol …', 'Rua …', 'Jalan …'): such a name set before a
# known town in a person's address is a street of that town (evidence.py, `_set_before_its_town`).
STREET_OPENING_WORDS = frozenset({"heol", "ffordd", "stryd", "rua", "rue", "calle", "avenida", "jalan", "lorong", "strada"})
# Names: the last words of a road's name that no person's surname is ('Tun Abdul Razak Road',
# 'Datuk Keramat Road': a road named for an honoured person, no person).
ROAD_NAME_HEADS = {"road", "rd", "avenue", "ave", "boulevard", "blvd", "highway", "expressway", "parkway"}

# ---- speakers (generator/extract/speakers.py) ---------------------------------------------
# Nouns that speak for whoever is named inside them, even a person: the documents above
# ("Lord Butler's report") and representatives ("the senator's spokesman", "the mayor's campaign").
# Honorifics and titles that tell a person's gender (for "he"/"she").
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "sheikh", "emir", "pope", "father",
               "brother", "duke", "baron", "count", "monsignor", "cardinal", "archbishop",
               "ayatollah", "mullah", "imam", "rabbi", "alhaji", "fr", "shri"}     # (Alhaji/Alhaja, Hajiya: a pilgrim's honorific in West Africa)
FEMALE_TITLES = {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "sister", "mother",
                 "duchess", "baroness", "countess", "madam", "madame", "mme", "alhaja", "hajiya", "smt", "shrimati"}
# Offices a person holds one of: "the mayor" is not the person whose role is "Foreign Secretary".
OFFICE_NOUNS = {"president", "minister", "secretary", "chancellor", "senator", "governor", "mayor",
                "ambassador", "judge", "general", "commander", "premier", "king", "queen", "prince",
                "representative", "congressman", "congresswoman", "speaker", "director", "chairman",
                "cardinal", "archbishop", "bishop", "pope"}
# Offices one person holds at a time in a state, city or body: only such an office, named
# bare, may be the one person the next sentence names ("The judge said ... Mr Reed, who
# denies fraud, ..." is no judge). A minister or secretary counts only with a qualifier
# that picks one post ("the prime minister", "the foreign secretary").
SOLE_OFFICES = {"president", "premier", "chancellor", "king", "queen", "pope", "mayor",
                "governor", "speaker", "chairman"}
QUALIFIED_SOLE_OFFICES = {"minister", "secretary"}
OFFICE_ABBREVIATIONS = {"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor",
                        "rep.": "representative", "rep": "representative", "gen.": "general",
                        "gen": "general", "pres.": "president"}
# Singular nouns that name a person (besides ROLE_NOUNS): such a subject, unnamed, may be
# whom a following "he" or "she" means.
PERSON_NOUNS = {"man", "woman", "boy", "girl", "person", "defector", "victim", "witness",
                "resident", "soldier", "officer", "survivor", "suspect", "gunman", "father",
                "mother", "son", "daughter", "husband", "wife", "brother", "sister", "friend",
                "neighbour", "neighbor", "student", "teacher", "doctor", "nurse", "priest",
                "farmer", "worker", "driver", "pilot", "prisoner", "detainee", "refugee",
                "migrant", "voter", "citizen", "protester", "activist", "critic", "supporter",
                "opponent", "insider", "source", "employee", "colleague", "relative", "lawyer",
                "defendant", "plaintiff", "owner", "customer", "patient", "child", "fighter",
                "militant", "rebel", "guard", "agent", "spy", "informant", "whistleblower"}
# Nouns of a post or of a person ("the minister", "the witness"): what a description of someone is headed by.
ROLE_OR_PERSON_NOUNS = frozenset(ROLE_NOUNS | PERSON_NOUNS)

# Judgments whose object is what they judge: "X praised the plan".
# Requests and warnings whose content is an object and an infinitive: "urged X to act".
REQUEST_CUES = FRAMENET_REQUEST | VERBNET_ADVISE | VERBNET_TELL | FRAMENET_COMMITMENT
# Verbs that report only with a clause of their own (never an object or a quotation alone).
# Nouns of statements that, with a holder ("the union's demand for an inquiry"), are positions.
STATEMENT_NOUNS = {"statement", "claim", "demand", "call", "warning", "denial", "appeal",
                   "request", "assertion", "accusation", "allegation", "announcement",
                   "proposal", "pledge", "promise", "threat", "admission", "insistence",
                   "criticism", "condemnation", "suggestion", "argument", "plea", "offer",
                   "prediction", "refusal", "rejection", "support", "opposition",
                   # noun forms of the cue verbs above (VerbNet say/advise, FrameNet Statement, Opinion, Commitment)
                   "advice", "recommendation", "declaration", "assurance", "commitment", "objection",
                   "complaint", "vow", "contention", "confirmation", "acknowledgement", "position",
                   "view", "belief", "stance", "conviction", "urging"}
# Of these, the ones whose content is only a clause ("its position that ...", not "its position on Iran").
CLAUSE_ONLY_NOUNS = {"position", "view", "belief", "stance", "conviction", "statement", "claim", "argument",
                     "assertion", "contention", "suggestion", "admission", "confirmation", "acknowledgement",
                     "assurance", "declaration", "announcement", "prediction"}
# ... and the ones whose content may be an infinitive ("Berlin's pledge to add 7,000 soldiers").
INFINITIVE_NOUNS = {"pledge", "promise", "vow", "commitment", "call", "demand", "appeal", "request", "plea",
                    "offer", "threat", "refusal", "urging", "proposal", "recommendation"}
# Support verbs: their subject holds the statement noun they take ("joined calls for", "issued a
# warning that", "renewed its demand"; FrameNet's support verbs of Statement and Request nouns).
SUPPORT_VERBS = {"make", "issue", "join", "renew", "repeat", "reiterate", "echo", "voice", "lead", "deliver",
                 "put", "lodge", "file", "register", "restate"}
# Requests whose infinitive may follow without an object: "urged to act", "vowed to fight".
SELF_REQUEST_CUES = XCOMP_CONTENT_CUES | {"swear", "undertake", "appeal", "plead", "beg", "request",
                                          "petition"}
# Cues that report in the passive with an agent: "the attack was claimed by the Brigade".
PASSIVE_CUES = (VERBNET_SAY | FRAMENET_STATEMENT | VERBNET_CONJECTURE | FRAMENET_JUDGMENT | {"welcome"}) \
    - {"write", "add", "point"}          # "written by the gunman" is authorship, not a statement
# Subjects that name a share of a group, not a source: "several oppose", "both of whom".
QUANTIFIER_SUBJECTS = {"all", "both", "several", "some", "many", "most", "none", "few", "each",
                       "either", "neither", "everyone", "everybody", "nobody", "anyone", "one"}
# The first words of correlative coordinations (English grammar): "both X and Y", "either X or Y";
# the parser may attach them to the first conjunct as a determiner.
CORRELATIVE_OPENERS = {"both", "either", "neither"}
# Verbs of stance ("backs the plan"): no position of a share of a group ("several oppose"),
# none from a participle that only sets the scene ("backing X, he said").
STANCE_VERBS = {"back", "support", "oppose", "endorse", "favour", "favor", "reject", "agree",
                "welcome", "dismiss", "defend", "charge", "contest", "dispute"}
# Verbs by which a source gives the cause of a result ("progress officials have credited to
# new patrols"): a gloss on a content with one of them is that source's view, not the speaker's.
CREDITING_VERBS = {"credit", "attribute", "ascribe", "link", "tie", "trace"}
# Words after which a quotation is a phrase of the sentence, not a statement of its own
# ('an interview with "Morning Report."', 'for "years."', 'a "balanced company."').
EMBEDDING_WORDS = {"for", "with", "of", "to", "in", "on", "at", "by", "from", "about", "as", "the", "a",
                   "an", "its", "his", "her", "their", "our", "s", "called", "dubbed", "named", "titled"}
# Verbs that state a stance through their object noun: "expressed doubt that ...".
EXPRESS_VERBS = {"express", "voice", "raise", "reiterate"}
EXPRESSED_NOUNS = {"doubt", "doubts", "concern", "concerns", "hope", "fear", "fears", "frustration",
                   "belief", "confidence", "regret", "optimism", "scepticism", "skepticism",
                   "disappointment", "worry", "worries", "view", "conviction", "suspicion"}

# ---- figures: who the sentence attributes a figure to ------------------------------------
# Verbs (lemmas) that attribute what their clause or object says to their subject: "X
# estimates 40,000 died", "X forecast growth of 2%", "a poll showed 30%". Chosen by hand from
# the members of VerbNet's say-37.7 class and the lexical units of FrameNet's Statement,
# Estimating, Predicting, Evidence and Coming_to_believe frames, keeping the verbs whose
# clause or object is what is asserted ('tell', whose object is the hearer, 'add' ("added 40
# jobs") and 'record' ("recorded 12 songs"), mostly about events, are left out).
ATTRIBUTING_VERBS = {
    # say-37.7 / Statement
    "say", "state", "claim", "assert", "allege", "announce", "declare", "report", "note",
    "observe", "remark", "mention", "explain", "argue", "insist", "maintain", "contend",
    "acknowledge", "admit", "concede", "confirm", "reveal", "disclose", "write", "tweet",
    "testify", "warn", "point", "suggest", "indicate", "stress", "emphasise", "emphasize",
    # Estimating, Predicting
    "estimate", "calculate", "reckon", "gauge", "assess", "count", "tally",
    "predict", "forecast", "project", "expect", "anticipate", "model", "measure",
    # Evidence, Coming_to_believe
    "show", "find", "conclude", "determine", "demonstrate",
    # what a report or a body points out ("the audit flagged irregular spending of $4m")
    "flag", "highlight",
    # Communicate_categorization, Request (what is described or proposed: "urged them to provide $50bn")
    "describe", "urge", "propose", "recommend",
    # Commitment ("the governor has promised 2 billion roubles")
    "promise", "pledge", "vow",
}
# Figures: verbs of estimating and predicting (FrameNet 1.7 Estimating and Predicting, the members that take
# an amount as object; not 'warn'): an amount whose own relative clause has one with the amount as its gap
# object ('the 540 crossings the port authority had predicted', 'the 300 guests the hotel expected') is its subject's
# figure, as the amount a relative clause of demanding or offering is (figures.py `_asker_in_its_relative`).
ESTIMATED_AMOUNT_VERBS = frozenset({"estimate", "calculate", "reckon", "forecast", "predict", "project",
                                    "expect", "anticipate", "foresee"})
# Figures: possessive pronouns that can stand for a body ("In its annual report, the bank put ...").
NEUTER_POSSESSIVES = {"its", "their"}
# Figures: verbs by which a body keeps a record of what it counts or measures ("the agency
# recorded 312 landslides", "the ministry registered 4,100 new cases", "X logged 230 infections"):
# the count is the recording body's (an organisation only: a person "recording" is mostly making
# a work or a score); what is recorded as a work or a score is no count of it ("recorded 12 songs").
# Figures: qualifiers that are also prepositions of a noun's scope ('an order over two
# properties', 'control over three mines'): then no qualifier.
NOUN_PREPOSITION_QUALIFIERS = {"over"}
# Figures: qualifiers that are also prepositions of the span a verb's act runs across ('debated
# the motion over four sittings', 'spread over four phases'): then no qualifier.
VERB_SPAN_PREPOSITIONS = {"over"}
# Figures: nouns of things named by a number, as labels not counts ('the 14 and 27 routes', 'the
# 4 and 6 platforms', 'the 5 and 10 rupee coins'): two numbers joined before one of them after 'the'
# name one thing each. Counted nouns ('the 40 and 55 cases') are not in it.
NUMBERED_LABEL_NOUNS = {"route", "line", "bus", "tram", "platform", "gate", "flight", "terminal", "exit", "junction",
                        "channel", "coin", "note", "bracket", "service"}
# Figures: words before 'per' that make it no rate ('paid as per the contract': according to it).
NON_RATE_PER_OPENERS = {"as"}
# Figures: a claimant framing a whole clause by a phrase set before it whose document a 'by'
# agent issued ('Under rules announced by X, permits will rise', 'In a budget presented by X, ...');
# not a phrase of time or cause ('After data released by X, police arrested 40': no claim of X's).
FRAMING_PREPOSITIONS = {"under", "in"}
# Figures: nouns of what one lot of a thing sells for; a count after 'of' on them is that lot
# ('the price of 1,000 bricks'), not a quantity ('cost' may be a total: 'the cost of 40 buses').
PRICE_NOUNS = {"price"}
RECORDING_VERBS = {"record", "register", "log", "document"}
# Figures: verbs of a clause on what changed that say how the change was measured, not which of it changed
# ("a rise in thefts recorded by the police", "arrivals counted at the border").
CHANGE_MEASURING_VERBS = RECORDING_VERBS | {"report", "count", "show", "find", "estimate", "measure"}
RECORDED_WORK_NOUNS = {"song", "album", "track", "single", "video", "episode", "interview", "message",
                       "film", "version", "goal", "point", "win", "victory", "assist", "run", "lap", "hit"}
# Figures: verbs by which a body or official sets an amount in a spending plan it puts forward or
# adopts ("the council presented a budget of Rs 5,400 crore", "the board approved spending of
# $40m"), with the nouns of such plans; 'allocate', 'earmark' and 'sanction' set the amount they
# take itself ("the board allocated $12m to repairs"). The amount is the subject's.
BUDGETING_VERBS = {"present", "unveil", "approve", "adopt", "pass", "table", "allocate", "earmark", "sanction"}
AMOUNT_SETTING_VERBS = {"allocate", "earmark", "sanction"}
SPENDING_PLAN_NOUNS = {"budget", "spending", "expenditure", "outlay", "allocation", "package", "funding",
                       "grant", "loan", "bailout", "stimulus"}
# Figures: verbs of doubting or rejecting (FrameNet Certainty with a negative, Respond_to_proposal,
# Statement's denials): what their clause or object holds is no claim of their subject ("X doubts
# that 28% ...", "X denied that 40 died", "X rejected claims that 400 died").
DOUBTING_VERBS = {"doubt", "dispute", "deny", "reject", "contest", "dismiss", "question"}
# Adjectives that doubt what their clause says ("X is sceptical that 40 ...").
DOUBTING_ADJECTIVES = {"unsure", "uncertain", "doubtful", "sceptical", "skeptical", "unconvinced"}
# Adjectives of certainty, which doubt their clause under a negation or 'less' ("less sure that it is 28%").
CERTAINTY_ADJECTIVES = {"sure", "certain", "convinced", "confident"}
# The words before a certainty adjective that turn it into doubt.
DOUBT_MARKS = {"not", "n't", "never", "less", "hardly", "far"}
# Wh-words of a clause whose facts a questioning verb takes as given ("questioned how the budget
# ballooned to $19m": the asker's figure; "questioned whether ..." doubts it).
PRESUPPOSING_WH_WORDS = {"how", "why"}
# Verbs by which a court, prosecutor or authority decides or proposes an amount, and the nouns of
# the amounts so decided ("Judge X allowed bail of $500", "the court imposed a fine of $4,000"):
# the decision is its subject's; paying or posting one is not a claim.
RULING_VERBS = {"allow", "grant", "set", "impose", "award", "order", "propose", "seek", "fix"}
# Verbs by which a subject asks for an amount ("the union wants the wage raised to R17,500", "X is
# seeking a 6% raise"): where no statement holds it, the amount demanded is the subject's.
DEMANDING_VERBS = {"want", "seek", "demand"}
# Figures: verbs of saying or believing that take a clause, never a noun, as what they report: in
# "a shortfall she said came to 2%", "costs she insists were under $2m" (a relative clause without
# 'that', whose gap is the subject of the reported clause) the noun cannot be their object, so the
# clause after them is what their subject reports (the parser hangs it beside them).
CONTACT_REPORTING_VERBS = {"say", "insist", "contend", "assert", "argue", "believe", "think", "reckon",
                           "suppose", "suspect", "fear", "testify"}
# Verbs of an attitude of will (wanting, intending, planning: English grammar's volitional verbs):
# the writer knows what a speaker wants or plans only from what was said, so such a verb joined to a
# cue without a subject, with an infinitive or a clause after it ("said the union would seek a meeting
# and wanted the state to step in", "... and planned to appeal") goes on with what was said, unlike an
# act the writer may have seen ("... and apologised") or a plain object ("... and planned layoffs").
# No "wish": "wished the minister a happy birthday" is a greeting, an act.
VOLITION_VERBS = frozenset({"want", "intend", "plan", "prefer", "aim"})
RULED_AMOUNT_NOUNS = {"bail", "bond", "fine", "penalty", "damages", "compensation", "surety", "sureties"}
# Verbs by which a court orders what another must do ("the court ordered the region to ensure that
# at least 30% of posts ..."): an amount in what it orders is the court's (JUDICIAL_NOUNS subjects).
COURT_ORDER_VERBS = {"order", "direct", "instruct", "require"}
# Particles that turn a ruling verb into undoing one ("set aside the fine of $9,000"): the amount
# is one another ruling decided, not the subject's.
ANNULLING_PARTICLES = {"aside"}
# Offices that examine a body from outside its line of command ("the department's inspector general",
# "the auditor general of X", "the ministry's ombudsman"): a report by one is its holder's, not the body's.
OVERSIGHT_OFFICE_WORDS = {"inspector", "auditor", "inspector-general", "auditor-general", "ombudsman", "ombudsperson"}
# Verbs of asking a panel for its view ("economists polled by Lexa expected 3%"): what the panel
# says is the poll's, so its owner's.
POLLING_VERBS = {"poll", "survey", "interview", "canvass"}
# Particles an attributing verb needs to attribute ("point out", not "point to").
ATTRIBUTING_PARTICLES = {"point": "out"}
# The noun members of FrameNet 1.7 Assessing that are a document and name the amount it sets ('a valuation
# by X found', 'the valuation rose 15%'): SOURCE_NOUNS and MEASURED_NOUNS both. A possessive or a name before
# one names what was assessed ("the firm's valuation", "the clerk's appraisal"), never its author, who comes
# only after 'by', 'from' or 'prepared by' (figures.py `_source`, positions.py `_document_owner`); as the
# subject of a change it is what changed (figures.py `_a_source_as_subject`). Not 'evaluation' (mostly of a
# person's work, and no document's finding gained by it).
ASSESSING_NOUNS = frozenset({"valuation", "valuations", "appraisal", "appraisals"})
# Nouns whose owner asserts what they contain: "a BVA poll with 30%", "the IMF's report".
SOURCE_NOUNS = {"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
                "paper", "analysis", "estimate", "estimates", "forecast", "forecasts",
                "projection", "projections", "census", "audit", "review", "statement",
                "figures", "data", "statistics", "model", "calculation", "calculations",
                "assessment", "tally", "count", "research", "index",
                # documents by class, not by one story's word (session 57): the memoranda of FrameNet 1.7's
                # Text frame ('a memo she drafted found'); not 'note' (also money, music, a message), nor
                # 'numbers' ('visitor numbers fell': mostly the count itself)
                "memo", "memos", "memorandum", "memoranda"} | ASSESSING_NOUNS
# Verbs of what a source noun's study or data found (FrameNet Evidence, Coming_to_believe): "Data from
# X showed that ...", "An analysis by X found that ...": a finding of X where a name gives the author.
SOURCE_FINDING_VERBS = {"show", "find"}
# Source nouns of a vote of respondents: what a poll or survey found is their view, no one's statement.
RESPONDENT_SOURCE_NOUNS = {"poll", "polls", "survey", "surveys", "census", "tally", "count"}
# Figures: what 'per' meaning 'according to' names ("$4 million per court filings", "per company
# figures"): a source of figures, never what an amount is paid for.
# Papers a body keeps or files, whose words are the body's where its kind word alone stands before
# them ('according to council records', 'company filings show'; speakers.py `_voice_of_kind_named`).
BODY_PAPER_NOUNS = {"filing", "filings", "record", "records", "document", "documents", "accounts"}
PER_SOURCE_NOUNS = SOURCE_NOUNS | BODY_PAPER_NOUNS | {"source", "sources", "sheet", "sheets"}
# Figures: records a body keeps, whose figures are the body's where the sentence names it as their
# keeper or author ("Records from the X show 340 ...", "logs kept by the X show ..."); beside SOURCE_NOUNS.
KEPT_RECORD_NOUNS = {"records", "filings", "logs"}
# Nouns of people who speak for the body they belong to: "economists at the IMF".
# Of them, the experts a firm or institute employs, no town: "economists at X" work for X.
EXPERT_MEMBER_NOUNS = {"economist", "economists", "analyst", "analysts", "researcher", "researchers",
                       "scholar", "scholars", "scientist", "scientists", "statistician", "statisticians",
                       "pollster", "pollsters"}
MEMBER_NOUNS = SPOKESPERSON_NOUNS | EXPERT_MEMBER_NOUNS | {"official", "officials", "expert", "experts", "staff"}
# Figures: people who examine on a body's behalf and state what its inquiry found ("investigators
# from the Fraud Office found", "Harbour Trust auditors found"): their findings are the body's.
INQUIRY_MEMBER_NOUNS = {"investigator", "investigators", "auditor", "auditors", "inspector", "inspectors",
                        "examiner", "examiners"}
# The prepositions that join them to the body they examine for: 'auditors for X' are hired by X,
# whose findings are not X's own ("investigators from X", "inspectors at X").
INQUIRY_BODY_PREPOSITIONS = {"at", "of", "from", "with"}
# Figures: the subject nouns of a finding that tell the reader who found a figure where no actor
# stands for them ("Investigators later found that ...", "State records show ...", "the
# auditors flagged R3bn"): those who examine for a body, the records kept (plural only: one office,
# 'the auditor-general', may be an actor's).
UNNAMED_FINDER_NOUNS = INQUIRY_MEMBER_NOUNS | KEPT_RECORD_NOUNS
# Figures: nouns of statistics that, described by an adjective ("new figures have revealed",
# "provisional data show"), are the unnamed source of a figure the sentence reports.
STATISTICS_NOUNS = {"figures", "data", "statistics", "numbers"}
# Figures: verbs whose object is what their subject found or reports ('flagged R3bn in waste',
# 'counted 40 bodies'), not what it examined ('assessed 610 homes', 'measured 12 wells'); not
# 'find', whose object is as often a thing discovered ('found 12 bodies') as a finding.
FINDING_OBJECT_VERBS = {"flag", "highlight", "report", "reveal", "disclose", "record", "count", "tally",
                        "estimate", "calculate"}
# Figures: verbs whose object, under a document or data subject, is what it found ('council data show
# 312 potholes', 'the ledger shows £40,000 in cash'); not 'find', whose object may be a thing come upon.
DOCUMENT_SHOWING_VERBS = {"show"}
# The finite forms of DOCUMENT_SHOWING_VERBS with their tags, as they close a sentence as a cue ('..., the data
# show.', 'shows', 'showed') (generator/extract/parse.py, `closing_showing_cues_as_verbs`).
DOCUMENT_SHOWING_VERB_FORMS = {"show": "VBP", "shows": "VBZ", "showed": "VBD"}
# Prepositions that name a source noun's author ("a study by X") or a member's body
# ("scholars at X", "a spokesman for X").
SOURCE_AUTHOR_PREPOSITIONS = {"by", "from"}
# Prepositions that name a second issuer beside the subject of a verb of issuing a document
# ('Oxfam released a study with X'): then the document is not the subject's alone.
CO_ISSUER_PREPOSITIONS = {"with"}
MEMBER_BODY_PREPOSITIONS = {"at", "of", "for", "from", "with"}
# Prepositions whose short phrase after a plural noun says which people a group is: "supporters of
# the levy", "critics on the far right", "residents in the valley" (part of the group's name).
GROUP_DEFINING_PREPOSITIONS = {"of", "on", "in", "from", "at"}
# Prepositions whose phrase holds what a source noun or an attributing verb gives: "a poll
# with 30%", "a report on 40 schools", "warned of 40,000 job losses", "estimated at $5bn".
SOURCE_CONTENT_PREPOSITIONS = {"with", "of", "about", "on", "at"}
# Verbs of paying and spending: a bare "six million" they take, in a sentence that names a
# currency, counts that currency ("of the £50m, six million had been spent").
MONEY_VERBS = {"spend", "cost", "pay", "raise", "invest", "lose", "save", "earn", "owe",
               "donate", "borrow", "lend", "allocate", "fund", "budget", "waste", "give"}

# ---- who is who: actors across articles, credits, titles -------------------------------
# Words of an institution's name that any state may have ("Supreme Court", "State Department",
# "House of Representatives", "Interior Ministry"): a body named only with these words is
# the same body in two articles only when both tie it to the same country or body.
GENERIC_BODY_WORDS = {
    "supreme", "high", "higher", "federal", "national", "central", "constitutional", "state",
    "states", "security", "intelligence", "foreign", "home", "justice", "interior", "defence",
    "defense", "finance", "armed", "general", "house", "senate", "congress", "parliament",
    "court", "courts", "council", "department", "ministry", "office", "police", "army", "navy",
    "government", "cabinet", "assembly", "commission", "committee", "bank", "agency", "service",
    "services", "forces", "force", "military", "air", "coast", "guard", "representatives",
    "lower", "upper", "electoral", "treasury", "embassy", "prosecutor", "prosecutors",
    "presidency", "presidential", "administration", "ministers", "council", "judiciary",
    "election", "elections", "party", "opposition", "legislature", "chamber", "deputies",
    "commons", "lords", "health", "education", "trade", "energy", "environment", "affairs",
    "public", "prosecution", "investigative", "investigation", "bureau", "directorate",
    "special", "joint", "chiefs", "staff", "guards", "city", "county", "regional",
    "provincial", "municipal", "local", "district", "appeals", "appeal",
}

# Words of the party families found in many states (Green, Labour, Socialist, Liberal ...): a
# party named by them alone ("the Green Party") is, like "Parliament", one per state, and is
# the same party in two articles only where both are about the same state.
PARTY_FAMILY_WORDS = {"green", "greens", "labour", "labor", "socialist", "social", "democratic", "democrat",
                      "conservative", "liberal", "communist", "christian", "national", "people", "peoples",
                      "workers", "progressive", "pirate", "centre", "center", "left", "radical", "reform",
                      "unity", "freedom", "independence", "united", "new", "party", "parties"}

# The plurals that name a party by its members ("The Greens said", "the Social Democrats"): a
# party family's member, never a people or a faith ("the Kurds", "the Christians").
PARTY_MEMBER_PLURALS = {"greens", "liberals", "socialists", "communists", "democrats", "progressives",
                        "conservatives", "pirates", "republicans"}

# Labels before a photo credit or caption source ("Image: Jane Roe"): the name is no actor.
CREDIT_WORDS = {"image", "photo", "photograph", "picture", "credit", "courtesy", "illustration", "video"}
# Lower-case words a photo credit may hold ('Photo: Ann Lowe via Harbour Press'); any other
# lower-case word after the colon makes the line body text, no caption.
CREDIT_LINK_WORDS = {"via", "for", "and", "of", "the", "by"}

# An academic post's abbreviated words ('Assoc Prof X', 'Asst Prof X'), written out in a role ('Associate
# Professor'); kept apart from TITLE_ABBREVIATIONS, which the name repair reads as titles of their own.
ACADEMIC_ABBREVIATIONS = {"Assoc": "Associate", "Asst": "Assistant", "Prof": "Professor"}
# Abbreviated titles as a role is written out ("Sen. Rob Hale" is a Senator).
# (Keys without the dot, which the tokenizer sometimes splits off.)
TITLE_ABBREVIATIONS = {"Sen": "Senator", "Rep": "Representative", "Gov": "Governor", "Gen": "General",
                       "Lt": "Lieutenant", "Col": "Colonel", "Capt": "Captain", "Sgt": "Sergeant",
                       "Adm": "Admiral", "Maj": "Major", "Brig": "Brigadier", "Cmdr": "Commander", "Supt": "Superintendent",
                       "Insp": "Inspector", "Amb": "Ambassador", "Atty": "Attorney", "Pres": "President",
                       "Sens": "Senators", "Reps": "Representatives", "Govs": "Governors", "Cllr": "Councillor", "Coun": "Councillor",
                       "Comm": "Commissioner", "Ald": "Alderman", "Cr": "Councillor",
                       "Det": "Detective", "Comr": "Commissioner"}
# US party codes written after a legislator's name: "(R-Ohio)", "(D-N.Y.)".
PARTY_CODES = {"R": "Republican Party", "D": "Democratic Party"}
# UK party labels written in brackets after a councillor's or member's name ("Cllr Ann Lowe (Con)"),
# as council minutes and the UK Parliament's own pages abbreviate them; each with the names the
# party goes by. The label gives the party only where the article names that party itself.
BRACKETED_PARTY_LABELS = {"Con": ("Conservative Party", "Conservatives"), "Lab": ("Labour Party", "Labour"),
                          "LD": ("Liberal Democrats",), "Lib Dem": ("Liberal Democrats",),
                          "SNP": ("Scottish National Party", "SNP"), "Green": ("Green Party", "Greens")}
# The state whose parties those bracketed labels abbreviate.
BRACKETED_PARTY_COUNTRY = "United Kingdom"
# Of those labels, the ones few parties of other states are written with ('Green' is any state's
# Greens): where the article names no other state, the label alone gives the party.
BRACKETED_PARTY_LABELS_OF_ONE_STATE = {"Con", "Lab", "LD", "Lib Dem", "SNP"}
# The UK and its nations: an article that names only these names no other state for the labels.
BRACKETED_PARTY_STATE_PARTS = {BRACKETED_PARTY_COUNTRY, "England", "Scotland", "Wales", "Northern Ireland"}
# A UK court report's opening participle ('Prosecuting, X said …') and the side the speaker argues for.
COURT_SIDE_OPENERS = {"prosecuting": "prosecutor", "defending": "defence lawyer", "mitigating": "defence lawyer"}
# Words of a court case: an opener above names a side only in an article that writes one of them
# ('Defending, X said the team was too slow' in a match report is a player's, no lawyer's); not 'court'
# itself, a playing surface too ('the grass court played fast').
COURT_CASE_WORDS = {"judge", "jury", "magistrate", "magistrates", "tribunal", "trial",
                    "hearing", "sentenced", "sentencing", "defendant", "accused", "prosecution", "pleaded",
                    "charged", "convicted", "acquitted"}
# Words of elected politics: a bracketed label alone gives a UK party only in an article that writes
# one of them ('Dr Ann Lowe (Lab)' in a science report is a laboratory's scientist, no party's).
ELECTED_POLITICS_WORDS = {"council", "councils", "councillor", "councillors", "cllr", "mp", "mps", "msp", "msps",
                          "parliament", "commons", "lords", "ward", "constituency", "election", "by-election",
                          "minister", "ministers", "cabinet", "vote", "voted", "votes", "motion", "party", "opposition"}
# Words that make a phrase a title or a function besides ROLE_NOUNS and TITLES: nameparser's
# list of titles (envoy, sheriff, researcher, chair …) is read at start-up.
DESCRIPTIVE_ROLES = {"witness", "resident", "protester", "protestor", "detainee", "suspect", "gunman",
                     "victim", "survivor", "defector", "spy", "host", "interviewer", "user",
                     "front-runner", "frontrunner", "hopeful", "contender", "solicitor", "prosecutor",
                     "doctor", "surgeon", "spokesperson", "commandant", "superintendent", "inspector",
                     "wife", "husband", "widow", "son", "daughter", "attacker", "assailant",
                     "billionaire", "environmentalist", "philanthropist", "financier", "donor", "anchor", "veteran"}
# Of these, the words that describe a person but name no office: an office the article gives
# ('Billionaire X, the bank's chief executive') outranks them.
DESCRIPTION_ONLY_ROLES = {"witness", "resident", "protester", "protestor", "detainee", "suspect", "gunman",
                          "victim", "survivor", "defector", "user", "attacker", "assailant",
                          "billionaire", "environmentalist", "philanthropist", "financier", "donor", "veteran",
                          "widow", "widower"}

# Verbs by which a person gives their own name in a relative clause ("The pensioner, who gave her name
# as Ann Lowe, said"; "a man who identified himself as Tom Reed"): the name is that person's.
NAME_GIVING_VERBS = {"give", "identify"}
# Participles by which the writer defines a description's name ("The agency, known as KORNA,
# said"; "the regulator, called Ofreg,"; "a panel dubbed the Velt Board"): the name is the noun's.
DEFINING_PARTICIPLES = {"know", "call", "dub", "name"}

# Nouns that say only that someone is a person of some age or sex: 'a 40-year-old man' tells
# an age, no function, so an age does not make them a description worth a role.
MERE_PERSON_NOUNS = {"man", "woman", "boy", "girl", "person", "child", "teenager", "youth", "adult"}

def title_vocabulary() -> frozenset[str]:
    """Lower-case words that name an office or function (the role lists and nameparser's titles)."""
    from nameparser.config import CONSTANTS
    words = {t.rstrip(".") for t in ROLE_NOUNS | TITLES | DESCRIPTIVE_ROLES | MEMBER_SEAT_ABBREVIATIONS}
    words |= {t for t in CONSTANTS.titles if t.isalpha() and len(t) > 2}
    return frozenset(words - {h.rstrip(".") for h in HONORIFICS})


# Seats of government named for the government itself (general knowledge, not one article's).
STATE_SEATS = {"white house": "United States", "pentagon": "United States", "kremlin": "Russia",
               "downing street": "United Kingdom", "elysee palace": "France", "elysee": "France",
               "quai d'orsay": "France", "oval office": "United States"}
# Bodies of one state known by a name or acronym that does not say whose they are (general knowledge of
# national agencies, forces, services and state media, not one article's): the name, as names.norm
# writes it, -> the state as the lexicon names it. Only names no other well-known body shares ('CPS' is
# also a city's schools, 'SARS' a disease, 'NAB' a bank, 'FIA' a sport's body; 'National Disaster Management
# Authority' is India's and Pakistan's; 'Ministry of Defence' many states'): those are left to the article.
# Left out for that reason: CSIS (a Washington think tank), FSB (the Financial Stability Board), FTC
# (Taiwan's Fair Trade Commission), NIH (Pakistan's institute), ISI (India's statistical institute), PLA (the
# Port of London Authority), DHS (Australia's human services), INEC (Ecuador's and Costa Rica's statistics
# offices), FCC (Nigeria's Federal Character Commission, a Spanish builder), DEA (a German oil firm), IDF
# (the International Diabetes Federation), GAO (a city, a surname), DWP (Los Angeles' water department),
# TSA (sports bodies), 'Border Force' (Australia's), 'National Health Service' (Italy's, Portugal's in English).
NATIONAL_STATE_BODIES = {
    # United States
    "fbi": "United States", "federal bureau of investigation": "United States",
    "cia": "United States", "central intelligence agency": "United States",
    "faa": "United States", "federal aviation administration": "United States",
    "ntsb": "United States", "national transportation safety board": "United States",
    "cfpb": "United States", "consumer financial protection bureau": "United States",
    "fema": "United States", "federal emergency management agency": "United States",
    "irs": "United States", "internal revenue service": "United States",
    "nasa": "United States", "national aeronautics and space administration": "United States",
    "noaa": "United States", "national oceanic and atmospheric administration": "United States",
    "drug enforcement administration": "United States",
    "atf": "United States", "bureau of alcohol tobacco firearms and explosives": "United States",
    "transportation security administration": "United States",
    "customs and border protection": "United States", "immigration and customs enforcement": "United States",
    "federal communications commission": "United States",
    "federal trade commission": "United States",
    "national institutes of health": "United States",
    "nhtsa": "United States", "national highway traffic safety administration": "United States",
    "government accountability office": "United States",
    "congressional budget office": "United States", "nlrb": "United States", "national labor relations board": "United States",
    "fdic": "United States", "federal deposit insurance corporation": "United States",
    "broadcasting board of governors": "United States", "usagm": "United States",
    "us agency for global media": "United States", "bureau of labor statistics": "United States",
    "social security administration": "United States", "department of homeland security": "United States",
    "homeland security department": "United States",
    # United Kingdom
    "nhs": "United Kingdom", "nhs england": "United Kingdom",
    "nhs scotland": "United Kingdom", "nhs wales": "United Kingdom",
    "hmrc": "United Kingdom", "hm revenue and customs": "United Kingdom", "hm treasury": "United Kingdom",
    "home office": "United Kingdom", "mi5": "United Kingdom", "mi6": "United Kingdom", "gchq": "United Kingdom", "government communications headquarters": "United Kingdom",
    "ofsted": "United Kingdom", "ofcom": "United Kingdom", "ofgem": "United Kingdom", "ofwat": "United Kingdom",
    "crown prosecution service": "United Kingdom", "office for national statistics": "United Kingdom",
    "department for work and pensions": "United Kingdom", "dvla": "United Kingdom", "driver and vehicle licensing agency": "United Kingdom",
    "met office": "United Kingdom", "financial conduct authority": "United Kingdom",
    # Canada
    "rcmp": "Canada", "canadian security intelligence service": "Canada",
    "health canada": "Canada", "statistics canada": "Canada", "transport canada": "Canada",
    "environment and climate change canada": "Canada", "global affairs canada": "Canada",
    "elections canada": "Canada", "parks canada": "Canada", "indigenous services canada": "Canada",
    "canada border services agency": "Canada", "cbsa": "Canada",
    # Australia
    "asio": "Australia", "australian security intelligence organisation": "Australia", "accc": "Australia",
    # Pakistan
    "ispr": "Pakistan", "inter services public relations": "Pakistan", "inter services intelligence": "Pakistan",
    # India
    "isro": "India", "enforcement directorate": "India",
    # Malaysia
    "macc": "Malaysia", "pdrm": "Malaysia",
    # the Philippines
    "commission on audit": "Philippines", "dpwh": "Philippines", "department of public works and highways": "Philippines",
    "dilg": "Philippines", "department of the interior and local government": "Philippines",
    # Nigeria
    "efcc": "Nigeria", "economic and financial crimes commission": "Nigeria",
    "independent national electoral commission": "Nigeria",
    # South Africa
    "national prosecuting authority": "South Africa",
    # Israel, Russia, China, Germany
    "shin bet": "Israel", "mossad": "Israel",
    "federal security service": "Russia", "gru": "Russia", "roscosmos": "Russia",
    "people's liberation army": "China", "peoples liberation army": "China", "xinhua": "China",
    "bundeswehr": "Germany", "bundestag": "Germany", "bundesbank": "Germany",
}
# Last words that make a name a place or a building, not an actor ("Karl Marx Avenue", "Jolo
# Cathedral"), unless it speaks: streets (as for figures' addresses), squares, malls, shrines.
FACILITY_WORDS = (STREET_WORDS - {"court", "place", "way", "drive"}) | {
    "mall", "cathedral", "mosque", "masjid", "temple", "synagogue", "shrine", "bridge",
    "airport", "station", "stadium", "arena", "palace", "tower", "park", "plaza", "dam",
    "subway", "underpass", "flyover", "overpass", "port"}
# Prepositions after which a name is a place, whatever the recogniser took it for.
PLACE_ONLY_PREPS = {"in", "at", "near", "outside", "inside", "throughout", "within"}
# Prepositions before a country's or capital's name that make it where something is ('in Kessa', 'from
# Kessa City', 'across Kessa'); not 'of', which also follows a state's act ('at the request of Kessa').
COUNTRY_PLACE_PREPOSITIONS = PLACE_ONLY_PREPS | {"from", "to", "across"}
# Institutions a state has several of: named by this word alone, a body is no one body across articles
# ('the House' is not: news names its own state's lower house so).
# Head words of a government department written either way round ('Justice Department',
# 'Department of Justice'): the two orders name one body. A region's own government has such
# departments too ('the Education Department', 'the Health Ministry'): in a story that names a
# region's government, such a bare body may be the region's (not 'Congress', 'the Army Corps').
DEPARTMENT_HEADS = frozenset({"department", "ministry"})
SEVERAL_PER_STATE = {"department", "ministry", "office", "committee", "agency", "court", "commission",
                     "council", "bureau", "service", "embassy", "directorate", "party", "bank"}
# Heads of bodies set up one per region, whose name goes on with 'for' and the region ('the UN
# Office for West Africa', 'the Commission for Wales'): not a party's or a bank's ('the Harbour
# Party for Europe' is its campaign).
REGIONAL_BODY_HEADS = SEVERAL_PER_STATE - {"party", "bank", "court", "embassy", "service"}
# Heads of a country's own organs: 'of' and the country after them says whose organ it is ('the
# Interior Ministry of Pakistan': Pakistan's interior ministry), not the rest of a body's name, as
# it is after other heads ('the Human Rights Commission of Pakistan', 'the Public Health Agency of
# Canada', 'the Supreme Court of Pakistan').
COUNTRY_ORGAN_HEADS = {"ministry", "department", "embassy", "consulate", "government", "army", "navy", "police",
                       "forces", "cabinet", "administration", "military", "directorate", "office", "parliament"}

# Stances of statements (site/digest.py), by the lemma of their cue verb: the verb's own forms
# are made from it (back → backs, backed, backing); irregular forms are listed.
SUPPORT_CUES = {"support", "back", "endorse", "welcome", "praise", "favour", "favor", "applaud",
                "hail", "defend", "approve", "embrace", "champion", "commend"}
OPPOSE_CUES = {"oppose", "reject", "condemn", "criticise", "criticize", "denounce", "decry",
               "attack", "object", "slam", "blast", "disapprove", "veto", "boycott"}
DENIAL_CUES = {"deny", "dismiss", "refute", "rebut", "disavow", "dispute", "contest"}
CLAIM_CUES = {"say", "said", "claim", "insist", "assert", "maintain", "contend", "state", "declare",
              "confirm", "tell", "told", "write", "wrote", "tweet", "argue", "stress", "according",
              "announce", "report", "allege"}
NEGATIONS = {"not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "cannot"}
# Adverbs of frequency that all but deny a verb: "fares that seldom top $40" (a ceiling).
SELDOM_ADVERBS = {"rarely", "seldom", "hardly", "scarcely"}
# Words too general to be what a statement is about: they group nothing on an actor's page.
GENERIC_WORDS = {
    "thing", "things", "year", "years", "time", "times", "people", "way", "ways", "day", "days", "lot",
    "lots", "part", "kind", "sort", "going", "want", "wants", "wanted", "need", "needs", "make", "makes",
    "made", "like", "good", "great", "big", "new", "just", "really", "today", "tonight", "yesterday",
    "tomorrow", "week", "weeks", "month", "months", "everybody", "everyone", "everything", "something",
    "anything", "nothing", "somebody", "anybody", "come", "came", "comes", "get", "gets", "got", "know",
    "knows", "knew", "think", "look", "looks", "let", "use", "used", "work", "working", "believe",
    "important", "different", "able", "sure", "right", "long", "little", "world", "country", "countries",
    "number", "case", "point", "fact", "place", "man", "men", "woman", "women", "mr", "mrs", "ms",
    "president", "minister", "government", "official", "officials", "statement", "comment", "comments",
    "continue", "continued", "including", "according", "added", "saying", "told", "think", "thought",
    "end", "far", "possible", "real", "clear", "certain", "whole", "past", "future", "high", "low",
    # adverbs of time spaCy's stop list leaves in: when, not what, a statement is about
    "soon", "later", "recently", "earlier", "early", "ago", "currently", "shortly", "eventually",
    "immediately", "finally",
}

# A member of a body speaks as one person, not for the body ("a member of the committee said"),
# unlike its spokesman or its chairman.
MEMBERSHIP_NOUNS = {"member", "backbencher"}
# ---- only actors become actors (issue 12) -------------------------------------------------
# Head words of names of things that never act: laws and agreements, events, plans, an
# economy and built structures ("the Fifth Amendment", "the Paris Agreement", "the Syrian Civil
# War", "the G7 Summit", "the Economy of Turkey", "the Trans-Pacific Partnership", "the Nord
# Stream Pipeline", "the Hoover Dam"). The head is the last word, or the
# word before "of". Words that also head bodies' names ("Programme", "Project", "Initiative",
# "Dialogue") are left out.
THING_HEADS = {"act", "acts", "amendment", "amendments", "agreement", "agreements", "treaty", "treaties",
               "accord", "accords", "pact", "protocol", "doctrine", "law", "laws", "constitution", "war",
               "wars", "summit", "olympics", "election", "elections", "referendum", "plan", "economy",
               "partnership", "pipeline", "interconnector", "bridge", "tunnel", "dam", "canal",
               "regulation", "regulations", "directive", "directives", "statute", "ordinance", "decree",
               # a day kept, an Act's directions ('World Kidney Day', 'the Banking Act Directions'); not
               # 'meeting': 'the Heads of Government Meeting said' speaks as a body; not 'devices': a firm
               # ('Norvane Devices said') speaks
               "day", "directions"}
# Thing heads that also head a body's name ('the Trans-Pacific Partnership' is an agreement, 'the
# Harbour Retail Partnership' a body of shops): a body's where a person's post is 'of' it ('chief
# executive of the Harbour Retail Partnership').
THING_OR_BODY_HEADS = {"partnership"}
# Head words of a policy's, a plan's, a signed paper's or a measure's name ('National Freight Strategy',
# 'the MoU', 'Air Quality Index', 'National Policy Statement for Kessa Waterways'): a document or a number,
# no actor; the last word where no 'of', 'on' or 'for' comes before, else the word before the first of
# them ('Kessa Academy for Freight Strategy' is a body named for its field; 'Policy' is left out:
# 'International Policy' is a journal).
DOCUMENT_HEADS = {"strategy", "strategies", "framework", "roadmap", "blueprint",
                  "memorandum", "mou", "mous", "index", "statement"}
# Heads of the names of a pot of money or a register ('the Ward Development Fund', 'the Investor
# Alert List', 'the Sanctions Register'): after a common word, a name so headed that never acts in
# its article (money goes to or from it, someone is on it) is no actor; it stays where it speaks or
# acts ('the Harbour Relief Fund said') and where a well-known body has the name ('International
# Monetary Fund').
HOLDING_HEADS = {"fund", "list", "register", "registry", "account", "reserve"}
# Singulars of plural names that name writings, no body: 'the Pandora Papers revealed', 'the Dead Sea
# Scrolls say', 'the Kessel Guidelines say' speak as documents do, no team named by its members.
WRITING_NAME_HEADS = frozenset(DOCUMENT_HEADS | {"paper", "scroll", "letter", "rule", "guideline", "commandment",
                                                 "file", "diary", "tape", "leak", "record", "minute", "note", "memo",
                                                 "principle", "protocol", "code", "law", "gospel", "verse", "accord"})
# Singulars of plural names that name a people, no body: 'the Torres Strait Islanders said', 'the
# Marsh Arabs said'; a word for the inhabitant of a region ('islander': 'island' + 'er') is one too.
PEOPLE_NAME_HEADS = frozenset({"islander", "highlander", "lowlander", "villager", "native", "aborigine", "arab",
                               "tamil", "kurd", "bedouin", "berber", "maori", "inuit", "pashtun", "baloch",
                               "sindhi", "tribesman", "tribe", "clan", "settler", "nomad", "aboriginal"})
INHABITANT_ENDINGS = ("er", "ian", "ite")
# Kinds of business premises a name may follow as a firm's ('Local bakery Hope Tindall said', 'Fashion
# house Hope Tindall said'): a name after such a word is the business's, no speaker's.
TRADE_PREMISES_NOUNS = frozenset({"bakery", "shop", "store", "hotel", "restaurant", "cafe", "bar", "pub", "salon",
                                  "boutique", "studio", "label", "brand", "chain", "outlet", "house", "farm",
                                  "brewery", "winery", "distillery", "pharmacy", "garage", "workshop", "mill",
                                  "factory", "retailer", "grocer", "butcher", "florist", "agency", "practice"})
# Prepositions whose object is where money or a name goes or is kept ('from the Fund', 'to the
# Fund', 'on the List', 'checked against the List'): not 'with', 'by', 'including' (a body met or
# listed among others).
HOLDING_PREPOSITIONS = {"from", "to", "into", "on", "onto", "off", "against", "in"}
# Of THING_HEADS, those of agreements; with the heads of trade areas' names ("the Zembian Free
# Trade Area"): an agreement or a trade area, or its acronym, acts only where it speaks or acts.
AGREEMENT_HEADS = {"agreement", "agreements", "treaty", "treaties", "accord", "accords", "pact"}
# Heads of laws' names (most of them also THING_HEADS; 'bill' is a given name too, so only here): a
# law's name ('the Kessan Online Safety Act', 'the Clean Rivers Bill') and the acronym it defines
# ('(KOSA)') name a rulebook, no actor, like an agreement's ('under the KOSA, fines ...'), nor any
# other article's body of the same initials.
LAW_HEADS = {"act", "acts", "bill", "bills", "law", "laws", "directive", "directives", "regulation", "statute",
             "ordinance", "decree", "amendment", "code"}
# Of LAW_HEADS, the heads that name an instrument enacted or proposed, never a common surname ('Law', and
# THING_HEADS' 'Day', 'Bridge', 'Plan' are surnames too): a name of common words so headed that the
# recogniser types a person names the instrument ('Grain Levy Amendment Bill', 'Port Safety Code').
ENACTED_INSTRUMENT_HEADS = frozenset((LAW_HEADS - {"law", "laws"}) | {"regulations", "statutes", "ordinances",
                                                                      "decrees", "codes"})
# Verbs done to or by a law in the making ('the House passed the X Bill', 'X Bill passes second vote', 'the Bill
# was tabled'): a name of common words typed a person that is their subject or object is the law's name
# (generator/extract/actor_names.py, `_the_article_uses_it_as_a_law`).
LAW_MAKING_VERBS = frozenset({"pass", "table", "introduce", "enact", "amend", "read", "repeal", "adopt", "gazette",
                              "withdraw", "debate", "ratify"})
# Heads of lower-case words that define initials naming a term, no body (generator/extract/actor_names.py,
# `_initials_of_a_common_term`): a commodity or substance, a product, a measure, an index or ratio, a loan or a
# rate ('refined sugar (RS)', 'the water hardness index (WHI)', 'bad farm loans (BFLs)', 'the wage floor
# (WF)'). The head is the last word or the word before 'of', 'for' or 'on'. Read positively: any other head
# ('unit', 'team', 'watchdog', 'directorate') may be a body's, so the initials keep their page.
TERM_HEAD_NOUNS = frozenset({
    # commodities and substances
    "oil", "gas", "fuel", "petrol", "diesel", "kerosene", "coal", "sugar", "rice", "wheat", "maize", "grain",
    "cotton", "rubber", "cocoa", "coffee", "tea", "milk", "steel", "iron", "ore", "copper", "cement",
    "fertiliser", "fertilizer", "chemical", "acid", "plastic", "waste", "effluent", "substance", "metal",
    # products
    "product", "goods", "bond", "security", "certificate", "vaccine", "device", "drug",
    # measures, indexes, ratios and rates
    "index", "indicator", "ratio", "rate", "price", "line", "level", "value", "income", "output", "yield",
    "growth", "deficit", "margin", "limit", "threshold", "score", "quota", "balance", "tariff",
    "tax", "levy", "duty", "emission", "concentration",
    # loans and money owed or held
    "loan", "debt", "credit", "mortgage", "deposit", "asset", "liability",
    # papers issued or filed ('the first information report (FIR)', 'a detailed project report (DPR)')
    "report", "licence", "license", "permit", "card",
})
# Head words of a legislature's or a court's name. Such a body named only where something is said
# or brought ('speaking in Parliament', 'appealed to the High Court', 'told the Assembly') is the
# place of it, no actor (generator/extract/actors.py).
CHAMBER_AND_COURT_HEADS = {"parliament", "assembly", "senate", "congress", "court", "tribunal"}
# Chambers named by one word of their own ('the Commons', 'the Lords'), no head word of a chamber.
UPPER_AND_LOWER_HOUSE_NAMES = {"commons", "lords"}
# Words of the name of a legislature, a chamber of it or one of its committees (lower case): a
# legislator given a party code or label serves the party, not the chamber or committee
# their role names ('X (R-Ohio), the ranking member of the Senate aviation subcommittee').
LEGISLATURE_BODY_WORDS = {"parliament", "assembly", "senate", "congress", "house", "commons", "lords",
                          "legislature", "committee", "subcommittee", "panel", "bundestag"}
# The generic short forms a legislature is called by ('the House', 'the Assembly') and the head words of the
# names of a one-chamber legislature each stands for (a legislature is a House whatever its name: 'Kessa
# Legislative Assembly', 'Parliament', 'the Orlen State House of Assembly'; 'the Assembly' only where its
# name says so): the one such body the article names (actor_names._org_key). Not a '… Legislature' (a US
# state's has two chambers, and 'the House' is its lower one), not 'Senate', 'Congress',
# 'Commons', 'Lords' (LEGISLATURE_SECOND_CHAMBER_WORDS): where one is named 'the House' may be the other chamber;
# not a 'General Assembly' of two chambers ('general' is no LEGISLATURE_QUALIFIERS word).
LEGISLATURE_SHORT_FORMS = {"house": {"assembly", "parliament", "house"}, "assembly": {"assembly"}}
LEGISLATURE_SECOND_CHAMBER_WORDS = {"senate", "congress", "commons", "lords", "representatives", "bundestag", "sabha",
                                    "parishad"}
# A chamber's head word that names a chamber only with a link after it ('House of Assembly'; not 'White House').
CHAMBER_HEADS_ONLY_WITH_A_LINK = {"house"}
# Two-word names of a second chamber whose head is no chamber's word ('the Kessa Legislative Council').
SECOND_CHAMBER_NAMES = {("legislative", "council")}
# Words of the text that tell of a second chamber wherever they stand ('senators'; capitalised: 'Senate', 'Lok
# Sabha', 'House of Representatives'): there 'the House' may be a chamber of two (actor_names._the_one_legislature).
SECOND_CHAMBER_TEXT_WORDS = LEGISLATURE_SECOND_CHAMBER_WORDS - {"congress"}
SECOND_CHAMBER_MEMBER_NOUNS = {"senator", "senators"}
# The words other than a place's name a legislature's name may hold before or around its head word ('Ohio General'
# is no such name: it has two chambers; nor 'National Democratic', 'World Health', 'Youth', 'Metropolitan').
LEGISLATURE_QUALIFIERS = {"legislative", "national", "state", "county", "provincial", "federal", "territorial",
                          "of", "the", "house"}
# Legislatures' names that are also borne by a legislature of two chambers (Nigeria's 'National Assembly' is its
# Senate and House of Representatives): 'the House' after one may be its lower chamber; 'the Assembly' joins.
LEGISLATURE_NAMES_ALSO_OF_TWO_CHAMBERS = {"national assembly"}
SHORT_FORMS_OF_ONE_CHAMBER = {"house"}
# Nouns a generic short form qualifies where it is no legislature's name of its own ('the Assembly polls', 'the
# House seat'), beside any other noun after it.
LEGISLATURE_SHORT_FORM_QUALIFIED_NOUNS = {"poll", "polls", "election", "elections", "seat", "seats", "constituency",
                                          "constituencies", "hall", "segment", "segments"}
# The determiners a generic short form is written after as a noun phrase of its own ('the House', 'this House').
LEGISLATURE_SHORT_FORM_DETERMINERS = {"the", "this"}
# Chamber words that head as many parties' and federations' names ('All Progressives Congress', 'Kessa Labour
# Congress') as legislatures': such a name is a legislature's only written alone or opening the name ('Congress
# of Kessa').
CHAMBER_WORDS_ALSO_HEADING_PARTIES = {"congress"}
# Lower-case nouns of a chamber's working groups: "the Senate aviation subcommittee" names the
# subcommittee, not the Senate (generator/extract/actors.py).
CHAMBER_GROUP_NOUNS = {"committee", "subcommittee", "panel", "caucus", "commission", "inquiry"}
# A chamber written by its one word ('the House', 'the Senate', 'the Bundestag'): before a party's plural ('House
# Republicans', 'Senate Democrats') it names that party's members in the chamber, not the chamber (names26).
ONE_WORD_CHAMBERS = LEGISLATURE_BODY_WORDS - CHAMBER_GROUP_NOUNS     # also speakers.py's party members of a chamber
# Titles of the officer who presides over a chamber, lower case: the chamber stays such a
# holder's body though a party code follows ('House Speaker X, R-Wis.').
CHAMBER_HEAD_TITLES = ("speaker", "president pro tempore", "presiding officer")
# Nouns and verbs of what is brought to a court or a chamber ('an appeal to X', 'appealed to X',
# 'a challenge before X'), lemmas: X is where it goes. Not 'go', 'send': a chamber a bill goes
# to ('the bill will go to Congress') is one that will decide it.
BROUGHT_TO_NOUNS_AND_VERBS = {"appeal", "challenge", "petition", "complaint", "case"}
# A market index's noun and the verbs of its day's move ('the KSX index ended 1.1% lower'): a
# name before it is the index's, no body's (beside CHANGE_VERBS).
INDEX_NOUNS = {"index", "indices", "indexes"}
# Heads of a name that may be a measure that moves rather than a body ('the Kessa Water Charge will go up
# by 2%', 'the Orwin Land Index fell 3 points': roles.py `_names_a_measure_that_moves`); a name headed by
# anything else ('… Bank', '… Board', '… Trust') is a body even where it grows by an amount.
MOVING_MEASURE_HEADS = frozenset(INDEX_NOUNS | {"rate", "rates", "levy", "levies", "charge", "charges", "tax", "taxes",
                                                "tariff", "tariffs", "price", "prices", "fee", "fees", "precept", "duty",
                                                "allowance", "allowances"})
MARKET_CLOSE_VERBS = {"close", "end", "finish", "open", "gain", "lose", "add", "shed", "trade"}
# Figures: the periods of trading such a verb takes as its object ('ended the session up 0.4%'):
# when the move was made, not what moved.
TRADING_PERIOD_NOUNS = {"session", "day", "week", "month", "quarter", "year"}
# Nouns of the places a member of a legislature or a council is elected for ('who represents
# Harbury ward'): a name before one is the place's.
ELECTORAL_UNIT_NOUNS = {"ward", "constituency", "riding", "precinct", "electorate"}
# Nouns of a chamber's make-up (lemmas): 'seats in the Assembly', 'a majority in Parliament',
# 'leaders in the Senate' (as a party's name: 'Republicans in Congress') tell of the body's
# members, so the chamber is a body there, no venue.
CHAMBER_PART_NOUNS = {"seat", "majority", "minority", "party", "bloc", "caucus", "group", "mp", "mep",
                      "lawmaker", "legislator", "senator", "deputy", "judge", "leader"}
# Verbs whose object is an audience: 'told Parliament', 'addressed the Assembly'.
AUDIENCE_VERBS = {"tell", "address", "brief", "inform"}
TRADE_AREA_HEADS = {"trade area", "trade zone"}
# Verbs of a body's decision (beside the speech cues) that make an agreement's name a body's
# (its secretariat's or commission's): "the ZFTA ruled", not "the ZFTA would cut tariffs".
DECIDING_VERBS = {"rule", "decide", "vote", "approve", "resolve", "order", "fine", "sanction"}
# Nouns of a part of a country or of a country seen as a place: "the Kasai region of Congo",
# "off the coast of Oman", "the island nation of Tonga" name the country as a place; so do the
# nouns of a settlement or a stretch of land ("low-lying areas of Kessa Nagar", "the town of X").
PLACE_PART_NOUNS = {"region", "regions", "coast", "coasts", "island", "islands", "nation", "province",
                    "provinces", "city", "cities", "capital", "north", "south", "east",
                    "west", "border", "borders", "territory", "waters", "shores", "outskirts", "mainland",
                    "countryside", "interior", "heart",
                    "area", "district", "town", "village", "suburb", "neighbourhood", "neighborhood", "locality"}
# Nouns of works and schemes: a name that only modifies one ("the BBC's Morning Desk
# programme", "the QX-7 program") names a programme, not an actor.
WORK_NOUNS = {"programme", "program", "show", "series", "broadcast", "podcast", "column", "scheme",
              "regulations", "rules", "legislation", "law", "act", "bill", "plan", "initiative", "project",
              "system", "deal", "visa", "visas"}
# Head nouns of the names of schemes, programmes and policies ('the Fare Subsidy Scheme', 'the National
# Logistics Strategy', 'Kessa Vision 2030'): such a name names a thing talked about, no actor, where every
# mention of it hangs on a preposition of SCHEME_TALKED_OF_PREPOSITIONS ('funds under X') or is a verb's
# object or only qualifies a noun of a thing ("X exams", "using the Kessa Biometric System", "an extension
# of the Kessa Recovery Arrangements"), and it does not speak, have staff or employ someone the article
# names (generator/extract/actors.py).
# WORK_NOUNS' words of schemes, and a policy's.
SCHEME_NAME_HEADS = WORK_NOUNS & {"programme", "program", "scheme", "plan", "initiative"} \
    | {"strategy", "policy", "vision", "framework", "agenda", "roadmap", "system", "arrangements"}
SCHEME_TALKED_OF_PREPOSITIONS = {"under", "through", "from", "via", "for", "into", "of", "in"}

# The state whose legislators the party codes of PARTY_CODES mark (a convention of US writing).
PARTY_CODE_COUNTRY = "United States"
# First words of a body's name that set it above states ("International Atomic Energy Agency",
# "United Nations Security Council", "World Health Organization", "European Commission").
SUPRANATIONAL_WORDS = {"international", "united", "world", "global", "european", "un", "u.n."}


# ---- figures a reader can quote (issue 14) -----------------------------------------------
# Qualifiers written after the amount: "four or more people", "$1m or more"; "-odd" joined to it
# ("200-odd soldiers": some more than 200, how many the writer does not say).
POSTPOSED_QUALIFIERS = {"or more": "at least", "or fewer": "up to", "or less": "up to", "or so": "about",
                        "or higher": "at least", "or above": "at least", "or lower": "up to", "or below": "up to",
                        "or longer": "at least", "or shorter": "up to",
                        "-odd": "about", "-plus": "at least"}     # "300-odd sheep", "80-plus shops"
# Figures: nouns of a band of values that a number written before them names ("the 65-plus age
# group", "the 18-plus bracket"): which band, no count (AGE_WORDS too: "the 65-plus age").
# `_names_a_band` compares the word as written after the number (no parse): plurals listed.
BAND_NOUNS = {"group", "groups", "bracket", "brackets", "band", "bands", "category", "categories",
              "cohort", "cohorts"}
# Figures: words before a comparative qualifier that are said only under a negation or in a
# question ("cannot stay open any longer than 6 months"): its bound is not asserted.
NEGATIVE_POLARITY_DEGREE_WORDS = {"any"}
# The cue of a statement whose source is named after "according to": said of the whole sentence.
ACCORDING_CUE = "according to"
# Figures: verbs of citing a fact as evidence with the preposition they take; the subject claims
# the amount cited ("The mayor pointed to €5m in flood grants").
CITING_PREPOSITION_VERBS = {"point": "to"}
# Verbs whose reported clause is a question, not a statement (VerbNet inquire-37.1.2).
ASKING_VERBS = {"ask", "wonder", "inquire", "enquire", "query"}
# Nouns of a claim, beside STATEMENT_NOUNS, whose holder claims the figures of their that-clause
# ("Tom Reed's emphasis that just 4 percent ..."); FrameNet Statement and Estimating nouns.
CLAIM_NOUNS = {"emphasis", "explanation", "contention", "remark", "comment", "observation",
               "estimate", "estimates", "finding", "findings", "conclusion", "forecast", "projection"}
# The words that open the clause of such a noun or of a statement noun, whose holder claims its figures
# ("Tom Reed's insistence that only 2 percent ...", "X's pledge to add ...": figures.py, `_attributed_to`).
CLAIM_CLAUSE_OPENERS = frozenset({"that", "to"})
# Nouns of an estimate whose value a figure gives ("held the IMF's estimate at 3.1%", "the
# bank's forecast is 2%", "cut his price target to $1.30"): the owner of the estimate claims the figure.
# Mostly compared as written (`_names_an_estimate`, `_owner_of_estimate`, `_measured_level`: plurals listed)
# and by lemma (`_level_measure_noun`, `_measure_written_after`); BENCHMARK_NOUNS is another list.
ESTIMATE_NOUNS = {"estimate", "estimates", "forecast", "forecasts", "projection", "projections",
                  "prediction", "predictions", "calculation", "calculations", "outlook", "tally",
                  "target", "targets", "guidance"}
# Estimate nouns that someone else may set for their owner ("the minister cut Vantor Mining's
# production target"): the owner claims the value only where it acts on it itself.
IMPOSABLE_ESTIMATE_NOUNS = {"target", "targets", "guidance"}
# Verbs by which a body issues, revises or keeps an estimate of its own (general English): 'its'
# on their object is their subject ("the bank cut its forecast to 2%"); not verbs of judging
# one ("the bank questioned its forecast": maybe another's). Lemmas.
OWN_ESTIMATE_VERBS = {"raise", "lift", "increase", "boost", "upgrade", "cut", "lower", "reduce", "trim", "slash",
                      "downgrade", "revise", "keep", "maintain", "hold", "reaffirm", "reiterate", "narrow",
                      "update", "publish", "release", "issue", "nudge", "edge", "pare"}
# Nouns of a gathering of people: a bare count after them and "of" counts people ("a
# congregation of 2,000", "a crowd of 5,000").
PEOPLE_COLLECTIVES = {"crowd", "congregation", "audience", "gathering", "population", "workforce",
                      "electorate", "army", "force", "staff", "team", "delegation", "community"}
# Verbs that report a clause (never an object: "added 500 jobs", "continued to cut 500 jobs",
# "told 300 stories", "submitted 40 bids"): after a quotation or before a colon ('"We lost 40
# boats," she continued'), or with the clause as their complement ("X told reporters that ...",
# counsel "submitted that ...", "The Ledger understands that ...").
CLAUSE_REPORTING_VERBS = {"continue", "add", "tell", "submit", "understand"}
# Cues by which a medium passes on what someone else said ("The Post reported that X said ...").
PUBLISHING_CUES = {"report", "write"}
# Adjectives that make an age a statistic of a population ("a median age of 38").
STATISTIC_ADJECTIVES = {"average", "median", "mean"}
# Figures: words that make a payer one that stands for the many ('the median ratepayer's bill',
# 'the average household's water bill'): a sum added to its bill is per such a payer.
REPRESENTATIVE_ADJECTIVES = STATISTIC_ADJECTIVES | {"typical"}
# Figures: the noun of a bill that, with a word of its kind and an indefinite article, is any one
# payer's where the sum added is a rate ('would add €45 a month to a Zone C bill'); not an account, a
# user or a customer.
ONE_BILL_NOUNS = {"bill"}
# Figures: the payers and bills a representative adjective must describe for a sum added to be per
# payer ('the average household's water bill'; not 'the average cost of the scheme').
PAYER_OR_BILL_NOUNS = {"bill", "homeowner", "household", "ratepayer", "taxpayer", "customer", "consumer", "resident",
                       "subscriber", "family", "renter", "tenant", "motorist", "driver", "user", "payer", "account"}
# Conjunctions of a reason that a speaker gives after a quoted or reported clause ("..., he
# said, because ...").
REASON_MARKERS = {"because"}
# Nouns of a tally whose value a bare number gives ("the voter sample is 834", "troop
# strength - around 166,000"): the number counts what the tally's compound names.
COUNT_NOUNS = {"sample", "strength", "total", "tally", "count", "number", "headcount", "size"}


# ---- positions: content (issue 13) --------------------------------------------------------
# What "claim" states when its object is a noun, not a clause: "claimed responsibility",
# "claimed victory" (FrameNet Statement and Claim_ownership); not "claimed 20 lives", "claimed the title".
CLAIMED_OBJECTS = {"responsibility", "credit", "victory", "win", "success", "innocence", "ownership",
                   "sovereignty", "authorship", "control"}
# What "deny" states when its object is one bare noun: the charge denied ("denied wrongdoing",
# "denies involvement"; FrameNet Misdeed and Notification_of_charges nouns); not a refusal
# ("denied bail", "denied access"), nor a bare "allegations" that only points back to them.
DENIED_OBJECTS = {"wrongdoing", "wrongdoings", "involvement", "guilt", "responsibility", "liability", "negligence",
                  "misconduct", "corruption"}
# Demonstrative pronouns: as a subject ("This suggested ...") they name a fact, never a source.
DEMONSTRATIVES = {"this", "that", "these", "those"}
# Pronouns that, outside quotation marks, are the writer or anyone ("I asked him", "we found",
# "you can call it what you want"): as a cue's subject never a source, never an actor of the story.
WRITER_PRONOUNS = {"i", "we", "you"}
# Cues whose subject is as often a thing that shows as a source that states ("the storm
# highlighted the risks", "the test confirmed the infection", "the data suggest"): a position
# only where the subject can speak (a name, a person, a body, a document).
EVIDENCE_CUES = FRAMENET_CONVEY_IMPORTANCE | {"reveal", "confirm", "indicate", "signal", "suggest", "show"}

# ---- positions: speakers (issue 13) -------------------------------------------------------
# Office nouns that name one office in different countries' usage ("Foreign Secretary" and
# "foreign minister"; "Rep." and "the congressman"): a description by one may mean a holder of the other.
SAME_OFFICE = [{"minister", "secretary"}, {"representative", "congressman", "congresswoman", "lawmaker"}]
# Verbs whose object does what the infinitive says (Karttunen's implicative verbs, 1971): in
# "forced X to admit ..." X admits; after "urged X to admit ..." no one has admitted anything.
IMPLICATIVE_CAUSE_VERBS = {"force", "compel", "oblige", "cause", "get", "lead", "prompt"}
# Negative implicative verbs (Karttunen 1971): "failed to disclose X", "refused to confirm": the
# infinitive's act did not happen, so a speech cue under one of them reports no statement.
NEGATIVE_IMPLICATIVE_VERBS = {"fail", "refuse", "decline", "neglect", "omit", "forget"}
# Bodies a title-case label before a colon may name that are in no other list of people or bodies
# ("Police: ", "Court: "): such a label opens no dateline (generator/extract/datelines.py).
DATELINE_BODY_NOUNS = frozenset({"police", "court"})
# Words that raise a subject to an infinitive still to come: "is expected to announce a decision",
# "is due to report", "is set to unveil": the speech named has not taken place.
FUTURE_RAISING_WORDS = {"expect", "due", "set", "likely", "poised", "schedule", "slate"}
# Verbs of avoiding whose gerund did not happen ("avoided saying whether ...", "dodged answering"):
# negative implicatives too (Karttunen 1971), taking an "-ing" form.
AVOIDANCE_VERBS = frozenset({"avoid", "evade", "dodge", "sidestep"})
# Endings of English agent nouns (a person who does something: prosecutor, protester, economist,
# resident, participant): a plural subject so formed may be who "they" means; a lower-case common noun
# with one that the parse hangs on a person's name as a compound ('Regional organiser X') names a
# function the role lists may lack (roles._an_unlisted_function).
AGENT_SUFFIXES = ("er", "or", "ist", "ent", "ant", "ian")
# Endings of nouns of an act or a thing made that AGENT_SUFFIXES would take for agents
# ('disbursements', 'payments' end in '-ent'): no people.
NON_AGENT_SUFFIXES = ("ment",)
# People named by their stance towards someone: "critics of X", "supporters of X" are not X's voice.
STANCE_HOLDER_NOUNS = {"critic", "opponent", "supporter", "proponent", "advocate", "defender", "foe",
                       "fan", "ally", "backer", "detractor", "rival", "enemy", "admirer"}
# Of those, the ones only people are ('safety advocates argued' is a group of people; states and
# firms are allies, rivals, foes and backers too).
STANCE_PEOPLE_NOUNS = STANCE_HOLDER_NOUNS - {"ally", "backer", "rival", "enemy", "foe"}
# Figures: a sentence that breaks a poll's result down by group ("Among Democrats, 55 percent
# ...", "When asked ..., 59 percent said") continues the poll named in the sentence before;
# these nouns (lemmas) name one piece of research, so "the study" can take up "a Reuters survey".
POLL_NOUNS = {"poll", "survey", "study", "analysis", "research"}
# ... of them those that ask people their opinion: a poll's results go on in the next sentence only
# as its breakdown ("Among women, ..."), not as any sentence after it ("A majority backed the bill").
OPINION_POLL_NOUNS = {"poll", "survey"}
POLL_BREAKDOWN_OPENERS = {"among", "asked", "when asked"}
# Determiners by which a document noun refers back to one already named ("the report", "this study").
# Figures: verbs whose object number is a number to ring ("Call 911"), not a quantity.
DIALLING_VERBS = {"call", "dial", "ring", "text", "phone"}
# Figures: nouns of a proposed pay or price that a percentage is the level of only with the words
# naming what is offered ("a pay offer of 3.2%": '% pay offer'; "an offer of 3%" alone: of what).
OFFER_NOUNS = {"offer", "offers"}
# Nouns a percentage measures when it modifies them ("the 35 percent tariff", "the 2% target");
# "the 1 percent excuse", "the 99% movement" name a label instead, and give no figure.
RATE_NOUNS = {"tariff", "tariffs", "tax", "taxes", "rate", "rates", "rise", "increase", "increases",
              "cut", "cuts", "drop", "fall", "decline", "jump", "growth", "stake", "share", "discount",
              "levy", "duty", "duties", "target", "threshold", "margin", "lead", "raise", "hike",
              "premium", "interest", "return", "returns", "reduction", "surcharge", "majority",
              "turnout", "gain", "loss", "limit", "cap", "ceiling", "inflation", "unemployment",
              "occupancy", "absenteeism", "coverage", "attendance", "markup", "mark-up", "vacancy"} | OFFER_NOUNS
# Figures: nouns of a measure that is no rate but falls, rises or is brought to a percentage as
# its level ("fee collection slipped to 41%", "his approval rating slipped to 41%"); with
# ESTIMATE_NOUNS. Not what holds the share ("the reservoir dropped to 38%", "the yes side").
LEVEL_MEASURE_NOUNS = {"collection", "rating", "approval", "uptake", "utilisation", "utilization", "participation",
                       "compliance", "enrolment", "enrollment", "literacy", "score", "yield", "support"}
# Verbs of money moving ("millions flowing into ferry firms", "billions poured into ports").
MONEY_FLOW_VERBS = {"flow", "pour"}


# Determiners that deny their noun makes the claim ("few experts believe", "no official said").
NEGATIVE_QUANTIFIERS = {"few", "no"}
# Modals of reported speech shifted into the past ("this would not last"): a clause with one
# continues what the cue reports.
BACKSHIFTED_MODALS = {"would", "could", "might", "should"}
# Verbs by which the subject issues the document it objects ("X issued a memo that said"):
# the issuing/publishing senses of VerbNet's 'transfer_mesg' and 'publish'-type verbs. Not 'read', 'receive'.
ISSUING_VERBS = {"issue", "release", "publish", "post", "send", "write", "sign", "file", "deliver",
                 "circulate", "distribute", "put"}
# Verbs of making a study or a report that every rule of a document's maker reads ('a survey carried out by
# the institute', 'The review, conducted by X,'; 'carry' with its particle, AUTHORING_VERB_PARTICLES): the words
# AUTHORING_VERBS and STUDY_MAKING_VERBS share, each adding its own (parse.is_authoring_verb reads either).
DOCUMENT_AUTHORING_VERBS = frozenset({"compile", "prepare", "conduct", "carry"})
# Verbs of making a document or a set of figures whose agent is its author ('figures compiled by the
# agency', 'a survey carried out by the institute'): with ISSUING_VERBS, what a 'by' after a document's
# participle names as its issuer; not 'commissioned', 'requested', 'obtained' (another's work). Figures and
# data are also produced, collected or gathered (FIGURE_HOLDING_VERBS is built on this list).
AUTHORING_VERBS = DOCUMENT_AUTHORING_VERBS | {"produce", "collect", "gather"}
# The particle a verb of AUTHORING_VERBS needs to mean making the document: 'a survey carried out by X'
# (not 'a report carried by the Ledger', which only printed it).
AUTHORING_VERB_PARTICLES = {"carry": "out"}
# Verbs by which a body of the story comes to hold the figures or data it cites, in a relative clause
# with that body as subject ('statistics the council collected'):
# figures or data only (a report, audit or study it came by is another's work), and only where no
# producer is named ('from X'); the bare definite body noun required there keeps an outlet out.
FIGURE_HOLDING_VERBS = frozenset(AUTHORING_VERBS | {"obtain"})
# Verbs of getting or reading a document ('a report seen by X', 'a memo obtained by X', 'a copy of
# which was obtained by X'): their agent read it, it did not write it.
RECEIVING_VERBS = frozenset({"see", "obtain", "receive", "review", "read", "access", "acquire", "get", "view", "examine", "inspect"})
# Of those, the verbs of getting hold of a document ('a memo seen by X', 'figures obtained by X', 'a letter
# received by X'), not of examining, reviewing or reading it (out): 'samples examined by a laboratory', 'a
# statement read by the colonel' are the examiner's or reader's own (generator/extract/figures.py,
# `_continues_what_was_received`).
DOCUMENT_GETTING_VERBS = RECEIVING_VERBS - {"review", "read", "examine", "inspect"}
# Prepositions that give a document's or figures' author right after the noun ('data from the
# agency', 'a report by the commission').
DOCUMENT_AUTHOR_PREPOSITIONS = {"by", "from"}
# Figures: adverbs and determiners of a period that make a count a rate ("issued yearly",
# "each year").
RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                "daily": "day", "hourly": "hour", "quarterly": "quarter", "fortnightly": "fortnight"}
RATE_DETERMINERS = {"a", "an", "each", "every", "per"}
# Figures: relative pronouns of a partitive that points back ("people, of whom 41 percent ...").
RELATIVE_OF_PRONOUNS = {"whom", "which"}
# Figures: a statement whose content is only a pronoun pointing back ("who disclosed this to
# journalists"), after a verb of making known: it claims the figures of the sentence before.
POINTING_BACK_OBJECTS = {"this", "these"}
MAKING_KNOWN_VERBS = {"disclose", "reveal", "confirm", "announce", "state", "say", "tell", "report",
                      "divulge", "communicate"}
# Figures: prepositions before a percentage that make it a level, not the change ("rose to 5%",
# "from 3%", "at 4%", "of 6%").
PERCENT_LEVEL_PREPOSITIONS = {"to", "from", "at", "of"}
# Figures: nouns of a measure that name what changed only with their 'of' phrase ("the number of
# patients fell 18%": '% fall in number of patients'; without it, nothing is named).
MEASURE_HEAD_NOUNS = {"number", "share", "proportion", "level", "price", "value", "cost", "rate", "volume",
                      "amount", "total", "count", "percentage", "size", "figure"}
# Figures: verbs of a change by a percentage and the change they name ("production fell 6.5%":
# '% fall in production'; "cut prices by 10%": '% cut in prices').
PERCENT_CHANGE_VERBS = {"rise": "rise", "increase": "rise", "grow": "rise", "climb": "rise", "jump": "rise",
                        "soar": "rise", "surge": "rise", "gain": "rise", "advance": "rise", "expand": "rise",
                        "swell": "rise", "rebound": "rise", "fall": "fall", "drop": "fall", "decline": "fall",
                        "plunge": "fall", "plummet": "fall", "shrink": "fall", "dip": "fall", "slip": "fall",
                        "slide": "fall", "tumble": "fall", "decrease": "fall", "sink": "fall", "contract": "fall",
                        "ease": "fall", "slump": "fall",
                        # more members of VerbNet's class of calibratable changes of state (calibratable_cos-45.6)
                        "appreciate": "rise", "depreciate": "fall", "balloon": "rise", "mushroom": "rise",
                        "rocket": "rise", "skyrocket": "rise", "diminish": "fall"}
# Figures: verbs of motion that 'up' or 'down' makes a change of their subject by a percentage
# with no object ("fares went up by 9%", "shares shot up 12%", "sales picked up by 4%"); after any
# other verb with no object ("signed off on a budget up by 4%", "cut down by 5% on meat") the
# particle tells no change of the subject.
PERCENT_MOTION_VERBS = {"go", "come", "shoot", "move", "edge", "creep", "inch", "tick", "head", "trend",
                        "jump", "climb", "pick", "spring", "bounce", "float", "drift", "step", "ratchet"}
PERCENT_CHANGING_VERBS = {"raise": "rise", "boost": "rise", "lift": "rise", "increase": "rise",
                          "cut": "cut", "reduce": "cut", "lower": "cut", "slash": "cut", "trim": "cut"}
# Figures: verbs that take or bring their object to a level ("pushing the group's loss to 22%"), beside
# PERCENT_CHANGING_VERBS ("raised its stake to 30%").
LEVEL_BRINGING_VERBS = {"take", "bring", "push", "drive"}
# Figures: the prepositions of a move between two levels ("improved to 31% from 26%").
LEVEL_MOVING_PREPOSITIONS = frozenset({"to", "from"})
# Figures: the one of those that names the level reached, and the one that names the level left
# ("from $2.50 to $2.70": the parser hangs the 'to' on the 'from').
LEVEL_REACHED_PREPOSITIONS = frozenset({"to"})
LEVEL_LEFT_PREPOSITIONS = LEVEL_MOVING_PREPOSITIONS - LEVEL_REACHED_PREPOSITIONS
# Figures: the preposition whose object, after 'each'/'every', is the piece a sum is paid for
# ("N90,000 for each shipment").
PAID_PER_PIECE_PREPOSITIONS = frozenset({"for"})
# Figures: particles that make a verb with an object one of change by a percentage ("pushed costs
# up by 17%": '% rise in costs'), as a verb of bringing to a level (LEVEL_BRINGING_VERBS) makes it;
# after any other verb the particle tells the object's own change (PERCENT_CHANGE_ADVERBS: "found
# stocks down by 38%": '% fall in stocks').
PERCENT_CHANGE_PARTICLES = {"up": "rise", "down": "cut"}
# Figures: verbs that find or leave their object in a state, after which 'up' or 'down' tells the
# object's own change ("found stocks down by 38%": '% fall in stocks'); after any other verb with
# an object the particle makes a cut or a rise the subject makes ("marked prices down by 30%",
# "held costs down by 6%": '% cut in prices').
STATE_FINDING_VERBS = {"find", "show", "see", "leave", "report"}
# Figures: prepositions whose object is a group a noun before them is said of ("support among young
# voters", "turnout in cities", "the share of exports"): a relative clause on that object is said
# of the group, whose change the clause's percentage does not measure.
GROUP_PREPOSITIONS = {"of", "among", "in"}
# Figures: words by which a thing's own change is told without a verb of change: a particle or
# adverb after a verb with no object ("costs went up by 30%", "shares closed 3% higher") or set
# off after an amount ("revenue of $4m, up 14%"), and the change each names.
PERCENT_CHANGE_ADVERBS = {"up": "rise", "down": "fall", "higher": "rise", "lower": "fall"}
# Figures: comparatives that, set off after a count with a 'than' phrase of an earlier count or
# time ("640 faults, 9 percent more than the 587 logged a year earlier", "3,100 permits, 5%
# fewer than in the same quarter last year"), make the percentage its change.
SET_OFF_COMPARATIVE_CHANGES = {"higher": "rise", "lower": "fall", "more": "rise", "fewer": "fall"}
# Figures: nouns that only sum a change up before its 'of' phrase ("by an average of 8%", "by a
# total of 12%"): the change is by the percentage.
PERCENT_SUMMING_NOUNS = {"average", "total", "median"}
# Figures: nouns of the speed of a change that a verb of change takes 'at' ("exports grew at a
# pace of 2%", "prices rose at an annual rate of 4%"): the change is by the percentage.
PERCENT_PACE_NOUNS = {"pace", "rate"}
# Figures: rate nouns that name a whole measure on their own, so that one opening a sentence with
# a capital the tagger takes for a name's is still that measure ("Turnout fell 12%"); not
# 'target', 'premium', 'margin' (of what; and a firm's name as often).
OPENING_RATE_NOUNS = {"turnout", "attendance", "inflation", "unemployment", "absenteeism", "occupancy"}
# Figures: verbs of reaching a level ("occupancy reached 85%", "turnout topped 60%"): they measure
# their own subject (SELF_MEASURING_VERBS), and a percentage object is its level (LEVEL_OBJECT_VERBS).
REACHING_VERBS = {"reach", "hit", "top"}
# Figures: verbs that measure their own subject by the amount they take ("costs would reach
# $400,000", "the total came to 52,000"), besides verbs of change and of level: a noun of change
# set off after such a clause is the change in that subject; not 'charge', 'fine', 'give'.
SELF_MEASURING_VERBS = REACHING_VERBS | {"total", "come", "amount", "number", "exceed", "near"}
# Figures: nouns of people or animals taken together in the singular ("400 pupils and staff",
# "3,000 people and livestock"): joined after a counted plural they are more of what it counts.
COLLECTIVE_SINGULAR_NOUNS = {"crew", "staff", "faculty", "police", "military", "livestock", "cattle",
                             "personnel", "clergy", "family", "security", "management"}
# Figures: verbs that set a measure at a level ("the bureau put inflation at 4.4%", "pegged the
# rate at 6%"): the percentage after 'at' is the level of their object.
LEVEL_SETTING_VERBS = {"put", "peg", "place", "estimate", "set", "keep", "hold", "leave", "fix", "cap"}
# Figures: prepositions of a bound that a level is said with after 'be' ("coverage is below 60%").
LEVEL_BOUND_PREPOSITIONS = {"below", "above", "under", "over", "around", "near", "at"}
# Figures: endings of abstract nouns made from verbs and adjectives ('contribution', 'allowance',
# 'efficiency', 'incentive', 'exposure'): such a noun that "stands at 6%" or is "of 6%" is a quantity
# the percentage measures ('% contribution'), though no rate list names it; concrete nouns
# ('the reservoir stands at 38%') and bodies or people ('the coalition stands at 30%': a poll
# share) are not read so (ORG_HEADS, PEOPLE_COLLECTIVES, PERSON_NOUNS, NON_MEASURE_NOMINALS).
MEASURE_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ure", "ive")
# Prepositions whose phrase on such a noun says what it is of ('contribution to output', 'an incentive of
# 12% on shipments'): the percentage's unit keeps it ('% contribution to output').
NOMINAL_RECIPIENT_PREPOSITIONS = {"to", "on"}
# Nouns with those endings that name a body, a people or a place, never a quantity, or an aim or
# estimate that names no quantity without what it is of ('the target of 0.4%', like ESTIMATE_NOUNS).
NON_MEASURE_NOMINALS = {"objective", "ambition", "aspiration", "intention", "commitment", "expectation",
                        "resolution", "estimation", "valuation", "assumption", "position", "proposition",
                        "recommendation", "condition", "requirement", "measure", "figure",
                        "opposition", "nation", "generation", "station", "institution", "constitution",
                        "representative", "executive", "relative", "detective", "operative", "native",
                        "community", "university", "city", "authority", "entity", "charity", "majority",
                        "minority", "legislature", "judiciary", "government", "department", "parliament",
                        "settlement", "detachment", "regiment", "conference", "residence", "audience",
                        "agriculture", "culture", "creature", "picture", "structure", "ministry"}
# Figures: the verbs by which such a noun as subject "stands at 6%" (not 'be', 'run', 'hover': 'the
# mission is 60%' says no level of a quantity).
MEASURE_NOMINAL_LEVEL_VERBS = {"stand", "sit", "remain"}
# Figures: verbs that, like 'be', link their subject to the level a LEVEL_BOUND_PREPOSITIONS
# phrase gives ("losses stand at 31%", "inflation is running at 5%", "support remains above 80%").
LEVEL_LINKING_VERBS = {"be", "stand", "remain", "stay", "sit", "hover", "run"}
# Figures: verbs whose object percentage is the level of their subject ("losses averaged 2.4%",
# "occupancy reached 85%", "turnout topped 60%").
LEVEL_OBJECT_VERBS = {"average"} | REACHING_VERBS
# Figures: measure nouns whose level is a share of their 'of' phrase ("coal's share of the energy
# mix fell to 17%": '% of energy mix').
PERCENT_OF_WHOLE_NOUNS = {"share", "proportion", "percentage"}
# Figures: prepositions whose phrase on such a share names its whole ("the share of women in
# parliament", "among new recruits"): the 'of' phrase is then the part, and the unit stays '%'.
SHARE_WHOLE_PREPOSITIONS = {"in", "among", "on", "across", "within", "amongst"}
# Figures: nouns of time the parser may take a percentage for a modifier of ("by 12 per cent
# year-on-year": 'cent' a compound of 'year').
PERIOD_AFTER_PERCENT_NOUNS = {"year", "month", "quarter", "week", "day"}
# Figures: verbs whose subject undergoes the change that is their object ("bus fares will see a
# rise of 9%": '% rise in bus fares'); not 'report', 'show' (a firm or a source tells of a change).
CHANGE_UNDERGOING_VERBS = {"see", "record", "register", "experience", "suffer", "undergo", "post", "log"}
# Figures: nouns of a change by a percentage, whose 'in' phrase names what changed ("a 38 per
# cent rise in net profit": '% rise in net profit').
PERCENT_CHANGE_NOUNS = {"rise", "raise", "increase", "fall", "drop", "decline", "jump", "growth", "cut", "hike",
                        "reduction", "surge", "slump", "dip", "gain", "climb", "decrease", "contraction"}
# Figures: the prepositions after a change's kind in a percentage's unit that name what changed
# ('% fall in turnout', '% rise of fares').
CHANGED_THING_PREPOSITIONS = {"in", "of"}
# Figures: words that set a second amount against the one before as the one not taken ("a drop
# of about 30 per cent, not 50", "a rise of 3.5% instead of the 6%", "3% rather than 5%"): the
# second is of the same measure.
ALTERNATIVE_SETTERS = {("not",), ("but", "not"), ("instead", "of"), ("rather", "than")}
# Figures: the comma that may stand before those words (and the article after them: DEFINITE_ARTICLES) ("3%, not the 5%").
LIST_COMMA = ","
# Figures: dependency labels of a phrase or a clause of a percentage's own ("5% in parking fees",
# "the 2% the regulator allowed", "the 10% feared"): set against another share, it may measure
# something else.
OWN_PHRASE_DEPS = {"prep", "relcl", "acl", "advcl"}
# Figures: adjectives of a large extent that, in "as <adjective> as" right before an amount of a
# unit of time or measure, make it the most any case reached ("shifts last as long as 16 hours",
# "cracks as deep as 3 metres"): an upper bound ("as high as" is a qualifier of its own).
LARGE_EXTENT_ADJECTIVES = {"long", "far", "deep", "tall", "wide", "heavy"}
# Figures: the word of an equal comparison ("as long as 16 hours").
EQUATIVE_WORD = "as"
# Figures: dependency labels of a measure after "as long as" that belongs to a clause of its own
# or to another noun ("as long as 10 days of talks fail", "as long as 2 weeks' pay is made"):
# a condition, no bound.
MEASURE_IN_A_CLAUSE_DEPS = {"nsubj", "nsubjpass", "csubj", "poss", "expl"}
# Figures: words right before "as long as N hours" that make it no plain maximum: a multiple or
# a part ("three times as long as"), a negation, or a word of nearness or exactness ("nearly as
# long as", "just as long as").
EQUATIVE_BOUND_BREAKERS = COMPARISON_WORDS | NEGATIONS | {"n't", "least", "most", "nearly", "almost", "just", "only",
                                                           "about", "roughly", "half", "quite", "so"}
# Figures: verbs (lemmas) whose participle set off after a part gives the share of the whole that
# part is of ("44 of the clinics inspected, representing 29 percent": 29% of the clinics).
SHARE_STATING_VERBS = {"represent", "constitute"}
# Figures: the word that names the whole a counted part is of ("44 of the clinics").
PARTITIVE_WORD = "of"
# Figures: determiners of the one piece an amount is paid for ("$68 for a bed", "for each seat").
ONE_PIECE_DETERMINERS = {"a", "an", "each", "every", "one"}
# Figures: nouns of a flow, what passes, is made, sold or used over time: a period adjective on one
# makes the amount it measures a rate ('a daily capacity of 650 tonnes': tonnes a day), when the amount
# is in a unit of measure or counts things that pass (PASSING_NOUNS); not a state ('daily
# temperature') nor a thing that appears so often ('annual report', 'weekly market').
FLOW_NOUNS = {"capacity", "demand", "supply", "production", "consumption", "usage", "use", "traffic", "output",
              "intake", "throughput", "ridership", "export", "import", "emission", "rainfall", "catch", "harvest",
              "sale", "turnover", "attendance", "flow", "discharge", "withdrawal", "yield"}
# Figures: nouns of time given over to something ('weekly opening will drop from 70 hours to 58', 'annual leave
# of 25 days'): a period adjective on one makes the duration it measures a rate (hours a week); not an
# event that recurs ('the monthly meeting ran to three hours'), nor 'time', which is as often the length
# of one occasion ('monthly waiting time', 'annual processing time').
TIME_GIVEN_NOUNS = {"opening", "leave", "hour", "overtime", "work", "tuition", "teaching", "practice",
                    "training", "playtime", "downtime", "holiday", "vacation"}
# Figures: the length of a period in hours, so that a duration is read as a rate only per a longer
# period than itself ('annual leave of 25 days': days a year; not 'a daily spell of two days').
PERIOD_HOURS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1, "day": 24, "night": 24, "week": 168,
                "fortnight": 336, "month": 730, "quarter": 2190, "year": 8760}
# Figures: things counted as they pass, whose count a flow's period makes a rate ('a daily capacity of
# 600 passengers'); not things held, whose count is a size ('a daily capacity of 300 beds').
PASSING_NOUNS = {"passengers", "visitors", "tourists", "commuters", "riders", "travellers", "travelers", "vehicles",
                 "calls", "visits", "trips", "journeys", "flights", "arrivals", "crossings", "transactions"}
# Figures: things of a timetable, each one slot that comes round every period ('runs seven weekly
# island services': services a week); not things done in a series, whose count is a total ('made
# 30 monthly visits over three years', 'took 48 weekly trips', 'weekly calls').
TIMETABLE_NOUNS = {"services", "flights", "sailings", "departures"}
# Figures: adjectives of a period before the noun an amount of money is paid as ("a R2 500
# monthly allowance", "a $4bn annual budget"): the amount is a rate.
RATE_ADJECTIVES = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                   "daily": "day", "hourly": "hour", "nightly": "night", "quarterly": "quarter",
                   "fortnightly": "fortnight"}
# Figures: what a sum is counted before or after ("R14 000 a month before deductions"): 'before'
# then states gross or net pay, not a time ("a month before the strike").
GROSS_OR_NET_WORDS = {"tax", "taxes", "taxation", "deductions", "deduction", "costs", "expenses",
                      "bonuses", "overtime", "allowances"}
# Figures: words after a rate adverb that closes an amount's phrase ("250 tonnes of waste daily,
# but ...", "... daily in the dry season"): the clause or a list goes on, no noun the adverb grades.
CLAUSE_GOING_ON_WORDS = {"and", "but", "or", "while", "whereas", "in", "at", "on", "from", "to", "for",
                         "since", "across", "during", "over", "until", "through", "throughout", "by",
                         "last", "this", "now", "already", "on average", "according"}
# Figures: the word after a bare count that shares it out ("two each from X and Y"): a count per
# group, whose unit says so ("people each from X and Y"); without the groups, no figure.
DISTRIBUTIVE = "each"
# Figures: conjunctions a sentence may open with before a poll's breakdown ("And when asked ...").
CONJUNCTION_OPENERS = ("and", "but", "yet", "so", "while")
# Figures: what a poll's shares are shares of ("21 percent of the vote", "40% of respondents").
POLL_SHARE_NOUNS = {"vote", "votes", "respondents", "voters", "people polled", "people surveyed"}
# Figures: documents whose findings a clause opened by "in ..." gives ("In its report, ...").
REPORT_NOUNS = {"report", "census", "audit", "review", "analysis"}
# ---- statements not made (issue 13) ----
# Marks of a condition: a cue inside "if X said ..." reports no statement made.
CONDITIONAL_MARKS = {"if", "unless"}
# Words that open a condition on a clause ("it would not object, provided the works stop at night",
# "... as long as the pipes are upgraded", "... unless fares rise"): the parser reads "provided" as a
# verb or preposition; a condition set after a reported clause is part of what is reported
# (positions._with_condition_hung_on_cue).
CONDITION_OPENERS = frozenset(CONDITIONAL_MARKS | {"provided", "providing"})
# Conditions opened by more than one word, each written as one phrase ("as long as": the parser reads
# "long" as an adverb), and the phrase of a condition on approval ("subject to approval by regulators").
CONDITION_OPENING_PHRASES = ("as long as",)
SUBJECT_TO_PHRASE = "subject to"
# A word that strengthens a concessive subordinator it precedes ("even though").
CONCESSIVE_INTENSIFIERS = {"even"}
# The auxiliary of 'do'-support that negates a cue ("though he did not say how").
DO_SUPPORT_LEMMAS = {"do"}
# A verb by which another party puts a figure ("while X put the figure at 27 percent"): that party's
# estimate, not the speaker's contrast.
FIGURE_PUTTING_VERBS = {"put"}
# Modals of a main clause that, beside a past-tense 'if' clause, make it a supposition against
# the facts: "if I had 20 cows I would sell them".
COUNTERFACTUAL_MODALS = {"would", "could", "might", "'d", "’d"}
# Adverbs of what happens as a rule ("typically takes", "usually costs"): a clause with one says
# what an activity is like in general, not what happened.
GENERIC_ADVERBS = {"typically", "usually", "normally", "generally", "ordinarily", "routinely", "commonly"}
# Openers of a sentence that turns from what a report found to another matter ("Meanwhile, the
# city hired 300 nurses"): a figure after one is not the report's.
TOPIC_SHIFT_OPENERS = {"meanwhile", "separately", "elsewhere", "by contrast", "in contrast", "in comparison",
                       "by comparison", "in other news", "at the same time"}
# Imperatives that open a supposition ("Suppose X demanded ...", "Say X announced ..."): what follows is hypothetical.
SUPPOSING_IMPERATIVES = {"say", "suppose", "imagine", "assume", "pretend"}
# Nouns of a share of a group ("a majority of parents think"): a poll result, not a source.
SHARE_NOUNS = {"majority", "minority", "plurality", "proportion", "percentage", "share", "half"}
# Modals of a statement not yet or not really made ("she said they would publish ..."): the English modal
# auxiliaries, the back-shifted ones and the present ones (with the clitic forms the tokenizer splits off);
# a present one keeps a clause in the present or future ('prices will rise').
PRESENT_MODALS = {"will", "can", "may", "shall", "must", "'ll", "wo", "ca"}
# Modals of the future: a cue under one with a thing for its object ('will announce its coach') names a
# speech not yet made (positions.py `_announced_ahead`).
FUTURE_MODALS = {"will", "shall", "'ll"}
MODAL_AUXILIARIES = BACKSHIFTED_MODALS | PRESENT_MODALS
# Prepositions of a concession or circumstance (English grammar: Quirk et al.): a stance of another
# source in their phrase inside reported content is the writer's set-off ("despite X claiming ..."),
# and their object may be the subject of a participle after it ("feel sure despite some backers,
# now saying ..."): that participle's speaker is not safe.
CONCESSIVE_PREPOSITIONS = {"despite", "amid", "notwithstanding"}
# Verbs whose subject holds the view noun they take ("maintains the position that", "takes the view
# that", "holds the belief that"): support verbs of FrameNet's Opinion nouns, for these nouns only.
VIEW_HOLDING_VERBS = {"maintain", "hold", "take", "share"}
VIEW_NOUNS = {"position", "view", "belief", "stance", "conviction"}

# Titles of offices a state or province elects or appoints within its country ("Ohio Governor",
# "Texas Sen.", "Ontario Premier"): a region named before one of them gives the region's country.
REGIONAL_OFFICES = {"senator", "senators", "governor", "representative", "congressman", "congresswoman",
                    "lawmaker", "legislator", "premier", "minister"}
# Of those, a region's own executive offices ('Ontario Premier', 'Kerala Health Minister'): the holder
# serves the region's government, not its country's (a 'Texas Sen.' sits in the country's senate).
REGIONAL_EXECUTIVE_OFFICES = {"governor", "premier", "minister"}
# Of those, seats in the country's own legislature that a region elects ('Senator X of Ohio', 'a
# congressman from Iowa'): the holder serves the region's country (not 'lawmaker', 'legislator',
# which a region's own assembly has too).
NATIONAL_SEAT_OFFICES = {"senator", "representative", "congressman", "congresswoman"}
# The only other words such a role may have ('U.S. Senator', 'junior senator'): a word of a field or
# body before it makes it another post ('a sales representative from Ohio', 'a union representative').
NATIONAL_SEAT_QUALIFIERS = {"u.s", "us", "junior", "senior"}
# Nouns that make a region the home of the person they are 'of' ('Ohio, the home state of Senator X').
HOME_PLACE_NOUNS = {"home", "homeland", "state"}
# Nouns of one who lives in or comes from a place ('a resident of Johar Town', 'a native of Orwin'): the
# place after 'of' is where the person lives, no body they belong to, whatever its name is read as.
RESIDENCE_NOUNS = {"resident", "native", "inhabitant", "villager", "dweller", "homeowner", "householder", "tenant"}
# Prepositions of a person's address set off after the name ('Ann Lowe, 71, of Copper Hill,', 'Mr Reed, of
# Dunmore,', 'Tom Ash, 23, from Kelby,'): where the person lives, no body they belong to (evidence.is_an_address).
ADDRESS_PREPOSITIONS = {"of", "from"}
# Words a headline uses for any post at the top of a body ('Longtime leader of X', 'Union boss'):
# the article's body states which post it is ('president', 'general secretary').
HEADLINE_POST_WORDS = BODY_HEAD_NOUNS | {"ruler", "strongman"}
# Words of a body's top posts, beside STATE_ROLES ('chairman', 'chief executive'): the posts such a
# headline word may stand for (not 'member', 'adviser').
TOP_POST_WORDS = {"chairman", "chairwoman", "chair", "chairperson", "director", "executive", "leader",
                  "head", "commander", "founder"}
# Capitalised words of a legislature or one of its chambers after a region's name ('the Kansas
# Legislature', 'the Ohio Senate', 'the Karnataka Legislative Assembly'): the region has its own
# legislature, so a bare 'House' or 'Senate' of the story may be the region's, not its country's.
REGIONAL_LEGISLATURE_WORDS = {"Legislature", "Senate", "House", "Assembly", "Legislative", "General"}
# Words between a region's name and its legislature's word ('the Puno Regional Assembly', 'the
# Lagos State House of Assembly'), lower case.
REGIONAL_BODY_QUALIFIERS = {"regional", "state", "provincial"}
# Words for the area around a town written after it in a body's name ('Frome and District Netball
# League', 'Tarvin and Area Lions Club'): the town before the 'and' is the name's first word.
AREA_AROUND_A_PLACE_WORDS = {"district", "districts", "area", "region", "county", "surrounds", "suburbs"}
# Prepositions whose object is a place, not the first part of a body's name: 'Police in [Leeds] and
# Bradford Council estates' names no 'Leeds and Bradford Council'.
PLACE_OBJECT_PREPOSITIONS = {"in", "across", "from", "between"}
# The possessive marks a tokeniser splits off a word ("Boatmen['s]", "Velmor Foods[']").
POSSESSIVE_MARKS = ("'s", "’s", "'", "’")
# Prepositions of a phrase that may trail a post's field and can go before its length is judged
# ('vice-president of sales and marketing [for Europe at Velmor Foods]').
FIELD_TRAILING_PREPOSITIONS = {"for", "at", "in"}
# Last words of a state's or province's name within a country ('Kwara-East State', 'Limpopo Province').
SUBDIVISION_NAME_HEADS = {"state", "province", "region", "county", "oblast", "prefecture", "governorate", "territory"}
# Words of a body's name that make a nationality adjective in it the state's ("Syrian Army",
# "Turkish Foreign Ministry", "Royal Danish Navy", "Maltese House of Representatives"); without
# one the adjective only says where a body is from ("Dutch Tulip Forum", "American Airlines").
NATIONAL_BODY_WORDS = {"force", "house", "assembly", "service", "services", "party", "guards"}
# Endings of a people's adjective in COUNTRIES' forms ("Syrian", "Chinese", "Polish", "Iraqi", "Dutch").
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ss", "ic", "ek", "ai", "ino", "ine")
# Of those, the endings a word of a firm's longer name seldom has ('Greenline Waste', 'Pacific
# Freight', 'Swiss'-like words aside): in such a name only these still mark a people's word.
PEOPLES_ONLY_ENDINGS = ("an", "ese", "ish")
# Verbs whose object is the body their subject leads ("X, who chairs the Fisheries Committee").
LEADING_VERBS = {"chair", "head", "lead", "direct", "run"}
# "state-owned X", "government-run X": a body the state owns or runs.
STATE_OWNER_WORDS = {"state", "government"}
STATE_OWNING_VERBS = {"own", "run", "control"}          # lemmas
# Verbs of paying for a body ('Kessan state-financed broadcaster', 'financed by the Kessan government'):
# a state's body only where the words name the country ('a state-funded school' names none).
STATE_FINANCING_VERBS = {"finance", "fund"}               # lemmas
# Nouns of the bodies a state's paying for makes its own: broadcasters and news outlets ('a Kessan
# state-financed broadcaster', 'the channel financed by the Kessan government'); not a think tank,
# charity, school or venture a government gives money to.
STATE_FUNDED_OUTLET_NOUNS = {"broadcaster", "channel", "network", "outlet", "station", "newspaper", "daily",
                             "radio", "television", "tv", "broadcasting", "media", "agency", "wire", "broadcasters"}
# Words that put an office in the past ("Former Florida Sen.", "ex-governor").
FORMER_WORDS = {"former", "ex", "onetime", "erstwhile"}
# Words before a body's member that say they no longer serve it ("retired inspectors from X").
NO_LONGER_SERVING_WORDS = FORMER_WORDS | {"retired"}
# Words before the object of a post's phrase (POST_OBJECTS_NO_ONE_PERSON_IS) that make it someone dead or no
# longer holding it ('the widow of the late activist, X', 'the mother of the dead girl, X'): the name after
# it is that person's, not the post's.
DEAD_OR_FORMER_MARKS = FORMER_WORDS | {"late", "dead", "deceased", "slain", "murdered", "killed"}

# Standard English hypocoristics of given names (the pet forms English name dictionaries give,
# e.g. Hanks & Hodges, Oxford Dictionary of First Names): 'Bob Lane' is 'Robert J. Lane' across
# articles. A wrong pair merges two people, so only forms that dictionary gives for ONE formal
# name are kept: not Jerry (Gerald/Jerome), Rick (Richard/Frederick), Ted (Edward/Theodore), Ron
# (Ronald/Aaron), Jeff (Jeffrey/Geoffrey), Ben, Kate, Kathy, Dan, Nick, Greg, Ken, Don, Ed, Pete,
# Jenny, Sue, Beth, Charlie, Rob, Will, Steve (Stephen/Steven), nor Alex, Chris, Sam.
HYPOCORISTICS = {
    "joe": "joseph", "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert",
    "jim": "james", "jimmy": "james", "mike": "michael", "tom": "thomas", "tommy": "thomas",
    "dick": "richard", "tony": "anthony", "chuck": "charles", "dave": "david", "andy": "andrew",
    "matt": "matthew", "larry": "lawrence", "liz": "elizabeth", "peggy": "margaret",
    "maggie": "margaret", "becky": "rebecca", "vicky": "victoria",
}
# Two-letter abbreviations that are ordinary words, not a body's initials ('AI firms', 'TV news').
COMMON_TWO_LETTER_ABBREVIATIONS = {"ai", "tv", "pr", "hr", "it", "id", "pc", "ok", "ad", "am", "pm", "ip", "vr",
                                   "ev", "gp", "md", "ph", "ii", "iv", "vi", "vp", "ceo", "dj", "qa", "ui", "os"}
# Auxiliaries that open a yes-no question and are also given names or capitalised words the
# recogniser takes into a name ('Will Etihad go public?', 'Can Harbour Rail recover?').
QUESTION_AUXILIARIES = {"will", "can", "should", "could", "would", "shall", "may", "might", "must", "does",
                        "did", "do", "is", "are", "was", "were", "has", "have", "had"}
# Letters joined by '&' that are ordinary words, a service or a field, not a body's initials
# ('in A&E departments', 'R&D spending', 'an M&A deal'); not a firm's ('S&P', 'H&M', 'AT&T').
COMMON_AMPERSAND_ABBREVIATIONS = {"a&e", "r&d", "m&a", "q&a", "p&l", "b&b", "f&b", "g&t", "r&b", "t&c", "t&cs",
                                  "r&r", "d&i", "e&o", "l&d", "o&m", "s&op", "c&f"}
# Bodies that serve a district, and the district words after 'for the' that complete their name
# ('Court of Appeals for the Tenth Circuit', 'Commission for the Eastern Region').
DISTRICT_SERVING_HEADS = {"court", "courts", "appeals", "commission", "committee", "council", "tribunal", "board"}
DISTRICT_WORDS = {"circuit", "district", "region", "division", "province", "county", "territory", "territories"}
# Prepositions inside a body's or a title's name ('Court of Justice', 'Institute for Peace').
NAME_PREPOSITIONS = {"of", "for"}
# Prepositions before a place that ends a body's name ('Corran College in Kent').
PLACE_AFTER_NAME_PREPS = {"in", "on", "at", "near"}
# Words besides ORG_HEADS after which a country's acronym is a body's national section ('X International UK').
SECTION_HEADS = {"international"}
# Adjective endings (English derivational suffixes): a capitalised word so ending, paired with a
# lower-case adjective, is an adjective ('Radical Unionist or separatist'). Not DEMONYM_ENDINGS,
# which read a country's people from its name.
ADJECTIVE_SUFFIXES = ("ist", "ic", "ian", "al", "ish", "ese")
# Heads of bodies with campuses named 'X of PLACE at PLACE'.
CAMPUS_HEADS = {"university", "college"}
# Head words of the names of places where people gather, that may also be a body's ('the Kessa
# Flood Coordination Centre said'): named only where a gathering is held, such a place is no actor.
GATHERING_PLACE_HEADS = CAMPUS_HEADS | {"centre", "center", "hall"}
# One word ending so names a health-care scheme or law ('Medicare'), not a body.
CARE_SCHEME_ENDING = "care"
# Verbs whose object is where the subject goes: 'the militia entered X', 'touring the Oval Office'.
PLACE_OBJECT_VERBS = {"enter", "visit", "tour"}
# The link of a place's name headed by its kind's noun to its own word ('City of Kessa', 'County of Orwin').
PLACE_NAME_LINKS = frozenset({"of"})
# Lower-case words inside a place's title-case name after its first word ('Rio Grande do Sul', 'Isle of
# Man'): a dateline's place runs over them (datelines.py, `_is_place_words`).
PLACE_NAME_INNER_WORDS = frozenset({"do", "de", "da", "del", "of"})
# Nouns of kinds of settled places: a name in apposition to one ('Quintero, a town in Chile') is a place.
SETTLEMENT_NOUNS = {"town", "city", "village", "township", "hamlet", "suburb", "port", "district",
                    "county", "province", "region", "island", "municipality", "borough"}
# Nouns of SETTLEMENT_NOUNS that are also family names ('Ann Town', 'Tom Port', 'Lee Hamlet'): a name ending on
# one may be a person's; one ending on another ('Kessa Township') never is (actor_names.headed_by_a_settlement_noun).
SETTLEMENT_NOUNS_ALSO_SURNAMES = {"town", "city", "village", "hamlet", "port", "island"}
# Figures: nouns that after "a rise of 5% in" say where or how the change was measured, not what changed
# ("in parts of the valley", "in most districts", "in real terms"): the change's unit names nothing then.
CHANGE_IN_WHERE_OR_HOW_NOUNS = frozenset(AREA_AROUND_A_PLACE_WORDS | (SETTLEMENT_NOUNS - {"port"})
                                         | {"part", "parts", "areas", "regions", "cities", "towns", "villages",
                                            "provinces", "pocket", "pockets", "corner", "corners", "place", "places",
                                            "term", "terms", "value"})
# Figures: prepositions that on the noun of what changed do not restrict it but place the change in time or
# against a base ("a rise in tenants since May", "than in 2020"); any other restricts it ("tenants from abroad").
CHANGE_TIME_OR_BASE_PREPOSITIONS = frozenset({"since", "during", "until", "till", "before", "after", "over", "than",
                                              "as", "against", "versus", "compared"})
# Lower-case nouns of a city's administrative areas ('the Karlo zone', 'Harmon ward', 'the Sura tehsil'): a
# name before one is the area's, a place, even where the area 'reports' cases (its office does).
ADMINISTRATIVE_AREA_NOUNS = {"zone", "ward", "locality", "precinct", "tehsil", "taluk", "taluka", "mandal"}
# Lower-case nouns of a place or a structure a name before them qualifies ('the Kessa subway', 'the
# Marlo bridge', 'the Harlow district'): that name is a place's, no actor's.
PLACE_NOUNS_AFTER_A_NAME = (FACILITY_WORDS - {"st", "rd", "ave", "blvd", "palace", "tower", "park", "plaza", "port"}) \
    | (SETTLEMENT_NOUNS - {"port", "region", "island", "province", "county", "municipality", "borough",
                         "township"}) | {"junction", "neighbourhood", "neighborhood"} | ADMINISTRATIVE_AREA_NOUNS
# Lower-case nouns of a firm's site that an owner's word opens ('its Tan Uyen warehouse', 'the
# group's Phu My plant'): the name between them is where the site is, not who owns it.
OWNED_SITE_NOUNS = {"warehouse", "plant", "factory", "site", "mine", "refinery", "depot", "terminal", "facility",
                    "smelter", "mill", "farm", "estate", "campus", "yard", "shipyard"}
# Lower-case nouns of a home, the same way ('his Kessa Heights bungalow': where his home is).
DWELLING_NOUNS = {"home", "house", "bungalow", "flat", "apartment", "villa", "cottage", "mansion", "condo"}
# A name before a noun of a trading place (TRADING_PLACE_NOUNS), which also names trade itself ('the
# Kessa market' may be its buyers), names a place only where one of these governs the noun ('a trader at Oja market').
PLACE_PREPOSITIONS_OF_A_MARKET = {"at", "in", "near", "outside", "inside", "around"}


# Content bounds (who said what). Subordinators of concession (English grammar: Quirk et al.,
# "concessive clauses"): a clause they open inside reported content that holds another's stance
# ("..., even though analysts doubt ...") is the writer's set-off, not the speaker's words.
CONCESSIVE_SUBORDINATORS = {"although", "though"}
# Prepositions after a cue that carry the stance's polarity ("argued against intervention"):
# the text keeps them, else "intervention" reads as what the speaker argued for.
POLARITY_PREPOSITIONS = {"against"}
# Verbs that take the hearer as their object ("told reporters the port was shut", "warned
# the council it would close"): their object before a reported clause is no misread subject.
HEARER_CUES = VERBNET_TELL | VERBNET_ADVISE | {"warn", "promise", "assure", "remind", "ask", "show",
                                               "convince", "persuade", "teach", "caution", "urge"}
# Of those, the verbs whose hearer is asked to do the infinitive after it ("urged the cabinet to act").
ADDRESSEE_INFINITIVE_CUES = HEARER_CUES - FRAMENET_COMMITMENT - {"show", "assure"}
# Subordinators of contrast ("..., while photos showed ..."): a clause of its own subject they
# set after reported content is the writer's juxtaposition.
CONTRAST_MARKERS = {"while", "whereas"}
CONTRAST_COORDINATORS = {"but", "yet"}     # a clause joined by one sets its other half against the first
# A state that goes on against what was said ("..., but there was still no water"): the writer's
# contradiction of the report, not its other half.
PERSISTING_ADVERBS = {"still"}
# Adjectives of a stance towards what is next ("was likely to push", "was confident of a win", "was ready
# to talk"): a copula with one after a reported modal clause is the reported subject's own stance.
STANCE_ADJECTIVES = CERTAINTY_ADJECTIVES | DOUBTING_ADJECTIVES | {"likely", "unlikely", "ready", "willing", "prepared",
                                                                  "keen", "determined", "optimistic", "hopeful"}
# Subordinators of an earlier event ('... is "dismayed" by the delays after new data showed ...'): a
# clause in the writer's past they hang on a statement in the present tells what prompted it.
PROMPTING_EVENT_MARKERS = {"after"}
# Verbs of publishing news ('after new data showed ...', 'after a report found ...', 'after an
# operator announced plans ...'): an 'after' clause of one of them is the news that prompted a statement;
# an 'after' clause of any other event may be the speaker's own reason and stays with what was said.
PROMPTING_REPORT_VERBS = {"show", "find", "announce", "report", "reveal", "publish", "disclose"}
# Subordinators of a clause that sets the scene of an act ('..., as the two sides sought ...').
CIRCUMSTANCE_MARKERS = CONTRAST_MARKERS | {"as", "when", "whilst"}
# Semi-modal verbs (English grammar: a verb before a 'to' infinitive that works as a modal, 'stood
# to gain' = 'would gain'): a clause with one, like a clause with a modal, keeps the speaker's frame.
SEMI_MODAL_VERBS = {"stand"}      # 'ought' the parser tags a modal (MD) itself
# Judicial bodies and officers: what they reject, dismiss, back or deny is a ruling (an act of
# the court), not a statement attributed to them ("the court turned down a bid to ...").
JUDICIAL_NOUNS = {"court", "tribunal", "judge", "jury", "justice", "magistrate"}   # lemmas
# Figures: those who hear evidence in a hearing ('Wexmoor Crown Court heard', 'the jury was told',
# 'the inquest heard that'): what they hear is put to them by a party, unnamed; the hearer, as the
# sentence gives it, is the only source the reader has (lemmas).
HEARER_NOUNS = JUDICIAL_NOUNS | {"juror", "inquest", "hearing"}
# Figures: verbs by which a hearer takes in what is put to it: active 'hear', passive 'be told'.
HEARING_VERBS = {"hear"}
HEARING_PASSIVE_VERBS = {"tell"}
# Figures: prepositions of purpose, time or place of a document's participle ('a study drawn up
# for the board by X', 'submitted to the council by X', 'commissioned in March by X'): their
# noun takes no agent, so a 'by' phrase the parser hangs on it is the participle's agent.
PHRASES_BEFORE_AN_AGENT = {"for", "to", "in", "on", "at"}

# Head words of a party's name: a country written right before one is part of the name
# ('UK Independence Party'), not the party's state.
PARTY_HEADS = {"party", "front", "league", "movement"}

# ---- roles from the sentence (issue 12) ----------------------------------------------------
# Abbreviated titles that are titles only with their dot, since the bare form also opens names
# ('Del. Ann Lowe' is a Delegate, 'Del Rey' a name): the AP stylebook's abbreviation of a
# legislature's delegate (its other legislative titles, 'Rep.', 'Sen.', are in TITLE_ABBREVIATIONS).
DOTTED_TITLE_ABBREVIATIONS = {"Del": "Delegate"}
# Participles that say which office a person holds or how they hold it ('acting president',
# 'retired general', 'ousted president'): kept in a role. Other participles before a role noun
# tell a passing state of the person ('detained steel magnate', 'embattled mayor') that a
# later sentence or article may undo: dropped, the role is the plain noun ('steel magnate').
OFFICE_PARTICIPLES = {"acting", "retired", "retiring", "elected", "appointed", "designated", "nominated",
                      "ousted", "deposed", "resigned", "sacked", "fired", "dismissed", "suspended",
                      "impeached", "defeated", "suspected", "alleged", "accused", "convicted",
                      "founding", "managing", "presiding", "commanding", "ranking", "visiting", "sitting",
                      "serving", "governing", "ruling", "reigning", "outgoing", "incoming", "caretaker",
                      "unelected", "aspiring", "running", "returning", "contributing", "consulting"}
# Rank words that make a description another office than the bare noun ("the deputy head" is
# not the head): a description carrying one fits only someone whose known role has it too.
RANK_WORDS = {"deputy", "vice", "assistant", "acting", "associate", "junior", "under", "interim",
              "shadow", "sub"}
# Prepositions by which a description names the body its holder belongs to ("the head of X's
# delegation", "a minister for X", "the ambassador from X"); "to", "with" name others.
BODY_LINKS = {"of", "for", "from", "at", "in"}
# Unnamed sources that stay anonymous ("sources close to the campaign", "insiders"): kept as
# written, never an actor of their own.
ANONYMOUS_SOURCE_NOUNS = {"source", "insider"}
# Words after a plural that make it an unnamed source of journalism's formula ("people familiar
# with the talks", "officials briefed on the plan", "people close to the minister"): no group.
ANONYMITY_WORDS = {"familiar", "close", "briefed", "knowledgeable", "privy"}
ANONYMITY_NOUNS = {"people", "person", "official"}      # lemmas ('residents close to the plant' stay a group)
# Verbs of a source's request to stay unnamed ('asked not to be named/identified/quoted for fear
# of ...'): whatever reason or place follows, the request says nothing on the story.
ANONYMITY_VERBS = {"name", "identify", "quote"}
# Local units of a body (LOCAL_UNIT_NOUNS) that are bodies of their own where they serve a place
# ('the WHO regional office for Europe'), whose words are not the whole body's; a union's or
# party's branch is the body's own.
LOCAL_OFFICE_NOUNS = {"office", "bureau"}
# Bodies of a state that are actors of their own ("Chile's environment ministry", 'the Peruvian
# army', "Japan's embassy in Lima"): their words are not the country's, as its government's or
# cabinet's are.
STATE_PART_BODIES = STATE_BODIES - STATE_VOICES - {"cabinet"}
# Adjectives that make an office one for a region ('the regional office', 'its country office').
REGION_ADJECTIVES = {"regional", "country", "provincial", "district", "local", "field", "state"}
# Quotation marks: each opening mark with its closing one, and the closing marks (straight and curly).
QUOTE_PAIRS = {'"': '"', "“": "”"}
CLOSING_QUOTES = "\"”’'"
# The marks that end a sentence on their own ('... in June. Hon. X said': parse._a_style_in_a_speakers_place).
SENTENCE_END_MARKS = frozenset(".!?")
OPENING_QUOTES = "\"“‘'"
# Marks after which a word opens a sentence or a quotation (its capital says nothing of a name).
MARKS_BEFORE_A_SENTENCES_FIRST_WORD = SENTENCE_END_MARKS | {":"} | frozenset(CLOSING_QUOTES) | frozenset(OPENING_QUOTES)
# Marks that end the phrase after a post before its holder's name ('the Clerk of the Harbour Board, Ms X').
COMMA_OR_SEMICOLON = frozenset({",", ";"})
# Marks written inside a person's name ('Ann M. Lowe', 'Ann Lowe-Reed', "Tom O'Reed").
MARKS_INSIDE_A_PERSONS_NAME = frozenset(".-'")

# Subjects that point back to a clause or thing, not a speaker ("it was these docks, which ...",
# "but this would not last").
ANAPHORIC_SUBJECTS = {"it", "this", "that"}
# The words of a percentage's sign ("35 percent", "35%").
PERCENT_SIGNS = {"%", "percent"}
# The last word of a percentage's sign ("35%", "35 percent", "35 per cent").
PERCENT_END_WORDS = PERCENT_SIGNS | {"cent"}
# Statistics named by a percentage ("the 95% confidence interval", "at the 5 percent significance
# level", "a 90% CI"): the share names which interval or test, it is no claim (the interval's
# bounds, "from 41% to 70%", are). The nouns of the statistic's kind and of what it is.
STATISTIC_KIND_WORDS = {"confidence", "credible", "credibility", "prediction", "significance", "tolerance"}
STATISTIC_WORDS = {"interval", "intervals", "level", "levels", "limit", "limits", "bound", "bounds", "band"}
# Abbreviations of such a statistic that need no kind word before them ("a 90% CI").
STATISTIC_ABBREVIATIONS = {"ci", "cri"}
# Prepositions of an absolute clause with its own subject ("backed the plan, with Y now saying ...").
ABSOLUTE_PREPOSITIONS = {"with", "without"}
# Nouns (lemmas) of a group of bodies ("rights groups, including X, say ..."): the one body the
# group names is among those who speak. Not a group of people held together by a stance
# ("critics, including X"): that names an example of the stance, not who made the statement.
BODY_GROUP_NOUNS = {"group", "organisation", "organization", "company", "firm", "union", "charity", "agency",
                    "body", "country", "nation", "government", "party", "association", "bank", "business"}
# Nouns that name a state, not a body in it: "the country's finance minister" serves the state.
STATE_KIND_NOUNS = {"country", "nation", "state", "republic", "kingdom"}
# Nouns that name a region with a government of its own ("the province's premier, X", "the state's
# attorney general, X"): the post is the one region the words just before name, as a state's is.
REGION_KIND_NOUNS = {"state", "province"}
# Offices a state or region fills ("the country's foreign minister", "the state's attorney general"):
# only such a post is taken up by 'the country's'/'the state's' (not its coach, captain, rabbi or
# opposition leader, whom the state does not appoint).
STATE_FILLED_OFFICES = {"president", "minister", "secretary", "chancellor", "ambassador", "envoy", "premier",
                        "governor", "general", "judge", "justice", "commander", "senator"}
# Figures: nouns of a description set after a place's name that counts what the place holds
# ("Pembrook, a town of 6,000 people"; "Lowell County, home to 45,000"), with the prepositions
# the count takes there: the writer's gloss, which no speaker of the sentence claims.
PLACE_GLOSS_NOUNS = SETTLEMENT_NOUNS | STATE_KIND_NOUNS | {"home"}
PLACE_GLOSS_PREPOSITIONS = {"of", "with", "to"}
# Posts that 'its' gives a town, a state or a thing as readily as a body ("Its mayor", "its
# architect", "its owner"): no ground to take 'its' for the body spoken of before.
POSTS_OF_PLACES_AND_THINGS = {"mayor", "governor", "premier", "senator", "minister", "king", "queen",
                              "owner", "designer", "architect", "author", "builder", "creator", "maker",
                              "inventor", "developer", "landlord", "tenant", "resident"}
# Possessive pronouns: "his critics", "their supporters" name a group only through its owner.
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its", "our", "my", "your"}
# Words owning a kind noun that speak of a body without naming it ('their union', 'whose union').
KIND_OWNING_WORDS = POSSESSIVE_PRONOUNS | {"whose"}

# Office and body words the federal system of PARTY_CODE_COUNTRY has none of (it has
# secretaries, not ministers; a Congress, not a parliament; no chancellor or premier): a bare
# 'defense minister' or 'Parliament' in an American writer's story is another state's.
OFFICE_WORDS_NOT_OF_THE_PARTY_CODE_COUNTRY = {"minister", "ministers", "ministry", "parliament", "chancellor",
                                              "premier", "chancellery", "bundestag", "duma", "knesset"}

# Nouns for a person who stands against or apart from what follows 'of' ('a critic of X',
# 'an opponent of Y', 'a victim of Z'): X is no body the person belongs to or speaks for.
# Posts of a body's staff that no state holds ('its principal scientist', 'its director'): a
# state named before 'its' is no rival for such a post (a state has a president, a leader, a minister).
POSTS_NO_STATE_HOLDS = {"director", "chair", "chairman", "chairwoman", "chairperson", "scientist", "researcher",
                        "economist", "coordinator", "co-ordinator", "organiser", "organizer", "treasurer",
                        "manager", "founder", "principal", "dean", "editor", "curator", "trustee", "convenor",
                        "convener", "analyst", "campaigner"}
# Offices of a town's or district's council: a place's name right before one ('Kelby Mayor X',
# 'Kelby councillor X') names the council the article names after that place ('Kelby Council').
COUNCIL_POSTS = {"mayor", "councillor", "councilor", "councilman", "councilwoman", "councilmember", "councilperson",
                 "alderman", "alderwoman"}
# The last words of a member's seat in a council or a chamber, lower case ('Councilwoman', 'Council
# Member', 'Senator', 'MP'): a committee such a member chairs is not the seat's body (roles.py).
SEAT_HOLDER_POSTS = (COUNCIL_POSTS - {"mayor"}) | MEMBER_TITLE_ABBREVIATIONS | {
    "member", "senator", "sen", "representative", "rep", "assemblyman", "assemblywoman", "assemblymember", "assemblyperson",
    "congressman", "congresswoman", "legislator", "lawmaker"}
# Words of a council's name besides its place's ('Kelby City Council', 'Kelby Municipal Council',
# 'City of Kelby'); no word of another level of government ('county', 'district', 'borough',
# 'shire': 'Lancaster Mayor X' is no officer of Lancaster County Council), which counts only
# where the title carries it ('Kelby County councillor X').
COUNCIL_NAME_WORDS = {"council", "city", "municipal", "municipality", "town", "metropolitan", "corporation", "of"}
# Professions practised for oneself or a client, no office of a state: a people's adjective before
# one ('a Sudanese doctor', 'a Kenyan lawyer') tells where the person is from, no state served.
PRIVATE_PROFESSION_NOUNS = {"doctor", "physician", "surgeon", "nurse", "lawyer", "barrister", "solicitor",
                            "journalist", "reporter", "writer", "novelist", "columnist", "academic", "professor",
                            "activist", "businessman", "businesswoman", "entrepreneur", "investor",
                            "architect", "engineer", "consultant", "commentator", "blogger", "student"}
# Nouns of a role a body may fill as well as a person ('Kestrel Foods, a member of the alliance', 'a
# leader in solar panels'): a description by one of them makes no name a person's.
ROLES_A_BODY_MAY_FILL = {"member", "partner", "owner", "leader", "founder", "investor", "sponsor", "chief", "head",
                         "former", "party", "client", "supplier", "operator", "provider", "creditor", "donor",
                         "contractor", "employer", "shareholder", "backer", "winner", "candidate", "nominee",
                         "representative", "manager", "agent", "executive", "producer", "publisher", "editor",
                         "defendant", "plaintiff", "claimant", "respondent", "applicant", "petitioner", "adviser",
                         "advisor", "consultant", "developer", "architect", "designer", "host", "trustee", "successor",
                         "predecessor", "insurer", "lender", "landlord", "tenant", "buyer", "seller", "bidder"}
# Posts on a firm's or a body's board ('chairman', 'chief executive', 'finance director'): no
# person or place has one, so a capitalised word owning one ("Gazprom's deputy chairman X") names
# a body even where the recogniser named none.
BOARD_POST_NOUNS = {"chairman", "chairwoman", "chairperson", "executive", "director", "ceo", "cfo", "coo",
                    "treasurer", "trustee"}
# Posts that run a body ('chair of the Harbour Retail Partnership'), unlike a post over a task
# ('chief negotiator of the ... Partnership', an agreement): the word after 'of' names a body.
POSTS_THAT_RUN_A_BODY = BOARD_POST_NOUNS | {"chair", "president", "head", "manager"}
# The functions a unit inside a body is named for ('Head of Corporate Communications', 'Director of
# Public Affairs'): the unit's head serves the body, the unit is no body of its own.
UNIT_FUNCTION_WORDS = {"communications", "affairs", "relations", "resources", "operations", "marketing",
                       "compliance", "procurement", "sales", "outreach", "engagement", "complaints",
                       "press", "publicity", "media"}
# Titles that head such a unit.
UNIT_HEAD_TITLES = {"head", "director", "manager", "chief", "officer", "vice-president", "vice president"}
# Words a unit head's remit ends on when it is the post's own, no body ('Director of Veterinary
# Services', 'Head of Strategic Planning'); a bare field word after an adjective ('Director of Global
# Energy', 'Digital Health') is a firm's name as often (actor_names._a_remit_of_fields).
UNIT_REMIT_ENDINGS = frozenset(UNIT_FUNCTION_WORDS | {"services", "programmes", "programs", "planning"})
# A firm's own posts: after them 'of' names the firm, never a unit's remit ('Managing Director of
# Universal Health Services', 'Chief Operating Officer of ...').
# A firm's or a body's chief executive post ('CEO', 'chief executive (officer)', 'managing director'): after
# another title and 'and' before one name it is that executive's second post ('President and CEO X',
# 'Chairman and Managing Director X'; generator/extract/roles.py, `_joint_title`).
CHIEF_EXECUTIVE_POSTS = frozenset({"chief executive", "chief executive officer", "ceo", "managing director", "md"})
FIRM_HEAD_POSTS = set(CHIEF_EXECUTIVE_POSTS - {"md"}) | {"chief operating officer", "chief financial officer",
                                                         "chief technology officer", "chief commercial officer",
                                                         "coo", "cfo", "cto"}
# Words that lead an office, not a body, when "of" and its field follow: 'Head of Service',
# 'Chief of Staff' (alone before a name they are no person's title: 'head coach', 'chief executive').
OFFICE_HEADS_BEFORE_OF = {"head", "chief"}
# Words that are a seat's title only where capitalised before 'of' and the body ('Member of
# Parliament Ann Lowe'; 'a member of the club' is anyone): with the body's name they open a title.
TITLES_WHEN_CAPITALISED = {"member"}
# Words that make a name before a member's letters a body's, never the member's seat ('[Kessa City
# Council] MP Tom Reed'), besides ORG_HEADS: 'State', 'City'.
BODY_WORDS_NO_SEAT_HAS = {"state", "council", "city"}
OUTSIDER_NOUNS = {"critic", "opponent", "rival", "foe", "adversary", "enemy", "victim", "detractor",
                  "challenger", "target", "hostage", "captive", "supporter", "admirer", "fan", "observer",
                  "donor", "backer", "funder", "benefactor", "client", "customer"}    # (who gives to or buys from it)

# ---- whom a role serves (REVIEW5) ------------------------------------------------------------
# Staff nouns of a person's own service: a named person right before one is the employer
# ('Grant adviser Ann Lowe'); before any other title ('Grant critic X', 'Grant administration
# official X') the name only qualifies the noun.
PERSONAL_STAFF_NOUNS = SPOKESPERSON_NOUNS | {"adviser", "advisor", "aide", "lawyer",
                        "attorney", "secretary", "envoy", "surrogate", "manager", "strategist", "pollster"}
# Offices that are a state's on their own: held for a person who serves a country, they are
# that country's office ('Grant's special envoy'); a 'personal secretary' stays the person's.
STATE_OFFICE_HEADS = {"envoy", "ambassador", "minister"}
# Words saying an office is held in a private capacity, whatever its head noun.
PRIVATE_CAPACITY_WORDS = {"personal", "private", "campaign", "press", "family"}
# Subdivision names that are also plain English words or compass points (pycountry has
# Cameroon's 'North', Tanzania's 'Coast', South Sudan's 'Lakes'): they name no one country.
GENERIC_REGION_WORDS = {"north", "south", "east", "west", "central", "centre", "center", "northern", "southern",
                        "eastern", "western", "coast", "coastal", "lakes", "unity", "delta", "capital",
                        "islands", "island", "upper", "lower", "plateau", "littoral", "interior", "border",
                        "mountain", "mountains", "valley", "river", "lake", "highlands", "lowlands", "city"}
# A past clause with one of these says the post it names has ended ('who served as envoy until
# May', 'who was previously the mayor').
END_PREPOSITIONS = {"until", "till"}
PAST_ADVERBS = {"formerly", "previously"}
# Words that make an office another holder's than its holder now ("Peru's acting / next /
# incoming / new president", "the president-elect"): such a description is not the article's
# known holder unless the word is in that holder's own role ("acting president Ana Ruiz").
OTHER_HOLDER_WORDS = FORMER_WORDS | PAST_ADVERBS | RANK_WORDS | {
    "next", "incoming", "new", "first", "late", "outgoing", "elect", "elected", "future", "previous",
    "designate", "caretaker"}
# The words that follow an office to make it the next holder's: 'president-elect'.
ELECT_WORDS = {"elect", "designate"}
# Words that put a description in the past ('once an EU agency', 'formerly a UN body'): it is
# no present part of anything.
NO_LONGER_WORDS = FORMER_WORDS | PAST_ADVERBS | {"once", "until", "longer"}     # 'no longer the paper of X'
# Words on the verb of a clause that states a post which put it out of the present ('who was then the
# party's leader', 'who is no longer its treasurer'): the post is not held now.
NOT_NOW_WORDS = NO_LONGER_WORDS | {"then"}
# Possessives of the writer's own outlet: "our correspondent" is the one correspondent the
# article names.
WRITER_POSSESSIVES = {"our", "my"}
# A state's voice named by the capital it sits in: "the government in Riyadh", "the regime in
# Damascus", "authorities in Beijing" speak for that country.
SEATED_STATE_VOICES = STATE_VOICES | {"regime", "leadership", "authorities"}
# Words before a state voice's noun that make it many states' ('national authorities', 'other
# governments', 'member states'): no voice of the article's main country.
MANY_STATES_QUALIFIERS = {"national", "other", "foreign", "member", "many", "several", "some", "all", "both"}

# ---- figures (round 6) ----
# Units of measure an article converts in brackets or after a comma ('five miles (eight
# kilometres)'); with CURRENCY, a second amount in another of these restates the first.
CONVERTIBLE_UNITS = {"km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "feet", "ft",
                     "yards", "centimetres", "centimeters", "cm", "tonnes", "tons", "kg", "kilograms",
                     "lb", "lbs", "litres", "liters", "gallons", "acres", "hectares", "square miles",
                     "square kilometres", "square kilometers", "celsius", "fahrenheit", "degrees"}
# Figures: prepositions by which a noun joined after a counted one takes an object of its own
# ("60 buses and upgrades to 45 stops"): a count in that phrase shows the number before is not
# the joined noun's; not of place ("nurses and care workers in 12 hospitals": both are there).
OWN_OBJECT_PREPOSITIONS = {"to", "on"}
# Figures: units of measure in the singular a number takes before the noun it measures ("a
# 40,000 square metre warehouse", "a 12-kilometre road"), with the plural the unit is written in.
# Built from the spelled-out units of length, area and weight of CONVERTIBLE_UNITS, with the square
# and cubic metres and square feet it lacks: the singular is the plural less its 's' ('feet': 'foot').
ATTRIBUTIVE_MEASURES = {(unit[:-4] + "foot" if unit.endswith("feet") else unit[:-1]): unit
                        for unit in CONVERTIBLE_UNITS | {"square metres", "square meters", "square feet",
                                                         "cubic metres", "cubic meters"}
                        if unit.endswith(("metres", "meters", "miles", "feet", "acres", "hectares", "tonnes", "tons"))}
# A round amount named as a mark to pass ('barreled past the $1bn mark', 'topped the 10,000
# mark'): the amount reached is more than it.
MARK_NOUNS = {"mark", "milestone", "barrier"}
PASSING_WORDS = {"past", "beyond", "pass", "cross", "top", "surpass", "break", "exceed", "breach", "smash"}
# Verbs of passing whose object is an amount reached and gone beyond ("costs had topped $40
# million", "the total had passed 9,000 cases") when their subject is itself an amount (below);
# not "break" or "smash", whose objects are records.
PASSING_VERBS = {"pass", "top", "surpass", "exceed", "cross"}
# Figures: the verb of passing that also enacts ('the Senate passed $1.2 trillion') or hands over
# ('passed £40 under the table'): a level gone over only where an amount or a rate passed it.
ENACTING_PASSING_VERB = "pass"
# Verbs of the level an amount comes to, and the modals that make that level a ceiling it may
# come up to: "fines can reach 6%" (up to); "sales could reach $5m" foretells, no bound.
CEILING_VERBS = {"reach", "hit", "top", "amount", "run", "total"}
CAPACITY_MODALS = {"can"}
# Words joining the two counts of a vote's tally: "passed 30 to nil", "passed 9-2".
TALLY_LINKS = {"to", "-", "–"}
# Words for a count of none in a tally or a score: "passed 30 to nil".
ZERO_WORDS = {"nil", "none", "zero", "nought", "naught"}
AMOUNT_NOUNS = {"total", "toll", "number", "tally", "count", "cost", "spending", "sale", "revenue", "debt",
                "price", "turnover", "output", "figure", "sum", "amount", "loss", "profit",
                "deficit", "income", "rainfall", "turnout", "attendance", "population", "value",
                "expenditure", "investment", "overtime", "caseload", "enrolment", "enrollment"}
# What a stretch of time can be a sum of ("three months of allowances": months' worth of pay,
# no count of months).
PAY_NOUNS = {"allowance", "salary", "pay", "wage", "rent", "rate", "arrear", "pension", "benefit", "stipend",
             "payment", "earnings"}
# Figures: verbs of which a bare number is the level reached, kept or passed ("the number of
# cases rose to 260", "stood at 8,150", "applications totalled 4,300", "arrests hit 212"; with
# CHANGE_VERBS), and the prepositions that give that level, the one left or the change ("rose
# from 140 to 260", "fell by 300"). The number counts what the verb's subject counts.
LEVEL_VERBS = PASSING_VERBS | {"stand", "total", "reach", "hit", "amount", "come", "remain", "sit", "hover",
                               "settle", "number"}
LEVEL_PREPOSITIONS = {"to", "at", "from", "by"}
# The recogniser's labels of an amount ('3%', '£2m', '40 points'): figures.py's amounts, and the measure
# a verb of change takes (roles.py, `_a_number_or_amount`).
AMOUNT_ENTITY_TYPES = frozenset({"PERCENT", "MONEY", "QUANTITY"})
# Figures: verbs of a level kept or topped that take 'at' ("stayed at eight", "peaked at 11"): a
# small number after them is a level, no clock hour, even before "in the morning".
LEVEL_STAYING_VERBS = {"stay", "peak", "hold", "remain", "stand", "hover", "sit"}
# Of those, verbs whose subject may be someone getting somewhere ("our players reached 12 in the
# rankings", "the runners passed 30"): with a plural subject of people the number is no count of them.
ARRIVING_VERBS = {"reach", "hit", "come", "go", "move", "pass", "cross", "top", "edge", "climb", "jump", "drop",
                  "slip", "slide", "shift"}
# Tally nouns whose "of" phrase or compound names what is counted ("the number of cases", "the
# arrest total"); not 'size' or 'strength', whose value is no count of what they are of.
COUNTING_TALLY_NOUNS = COUNT_NOUNS & TALLY_NOUNS
# Plural nouns whose bare value is a measure or an amount of money, no count of them
# ("temperatures reached 41", "rates stood at 5", "exports reached 950"): a bare number they reach
# counts nothing said.
MEASURED_NOUNS = (AMOUNT_NOUNS | PAY_NOUNS | {w.rstrip("s") for w in RATE_NOUNS} | set(TIME_UNITS)
                  | {"price", "temperature", "level", "yield", "score", "rating", "point", "reading", "speed",
                     "wind", "gust", "emission", "export", "import", "saving", "reserve", "deposit", "asset",
                     "receipt", "takings", "stock", "bond", "index", "figure", "statistic", "odds", "tide",
                     "water", "floodwater", "depth", "height", "weight", "length", "distance", "fee", "fare",
                     "bill", "fund", "budget", "estimate", "forecast", "projection", "number", "total",
                     "average", "dividend", "subsidy", "grant", "loan", "bid", "offer", "claim", "damage",
                     "ranking", "rank", "mark", "grade", "result", "return", "volume", "capacity", "demand",
                     "supply", "production", "consumption", "usage", "traffic", "borrowing", "lending",
                     "inflow", "outflow", "remittance", "transfer", "contribution", "donation", "proceeds",
                     "sales", "earning", "cost", "expense", "spending", "tax", "duty", "rent", "wage",
                     "fine", "penalty", "debt", "profit", "revenue", "turnover", "loss", "deficit", "surplus",
                     "tariff", "levy", "margin", "premium", "payout", "bonus", "share", "gain",
                     "standing", "table", "chart", "league"}
                  | {w for w in ASSESSING_NOUNS if not w.endswith("s")})
# Figures: what sets a bare number against a figure before it in its clause, whose unit it
# shares ("5,300 break-ins, up from 4,100", "340 refugees, compared with 210 last year", "62%,
# against 58 last time"): an adverb of change before 'from', the verb of comparing before its
# prepositions, or a preposition of contrast alone.
COMPARING_ADVERBS = {"up", "down"}
COMPARING_VERBS = {"compare": {"with", "to"}}
CONTRASTING_PREPOSITIONS = {"against", "versus", "vs", "vs."}
# Figures: prepositions of a bound set off after a share ("64% of toddlers had both doses, well
# below the 90% needed"): the definite percentage they take is a share of the same whole.
SHARE_BOUND_PREPOSITIONS = {"above", "below", "under"}
# Figures: of those, the one after "N times" that makes the amount N times a level ("six times
# above the limit"); "five times below the threshold" is a fifth of it, no multiple.
MULTIPLE_ABOVE_PREPOSITIONS = {"above"}
# Figures: nouns that only restate a range an amount is written as ("a 6% to 7.5% band"): they
# name nothing the amount measures (`_measure_written_after`, by lemma; BAND_NOUNS is another rule's).
RANGE_NOUNS = {"band", "range", "bracket", "corridor"}
# Figures: nouns of a level a measure is set against ("62% of callers were answered, against a
# target of 90%", "compared with a national average of 70%"): the percentage of their 'of'
# phrase measures what the percentage compared with it measures (`_benchmark_compared`,
# `_compared_after_a_multiple`, by lemma; ESTIMATE_NOUNS is the estimates' owners' rule).
BENCHMARK_NOUNS = {"target", "standard", "projection", "forecast", "average", "norm", "benchmark", "goal",
                   "estimate", "expectation", "threshold", "minimum", "maximum", "limit", "ceiling"}
# Figures: prepositions by which a benchmark names a whole of its own ("against a goal of 70% for
# the whole city", "a national average of 75% among adults"): it is then no level of the same
# whole as the percentage it is set against.
BENCHMARK_SCOPE_PREPOSITIONS = SHARE_WHOLE_PREPOSITIONS | {"for"}
# Determiners that make a singular noun stand for many ('every household', 'each tenant'): "N of
# them" after one may count those as well as a plural noun.
DISTRIBUTIVE_DETERMINERS = {"every", "each"}
# Figures: words written right after an amount that make it the amount of each one of many ("$40
# each", "$12,000 apiece"), and the prepositions after them that name the many it is given to
# ("Rs 2 lakh each to the families of the dead").
DISTRIBUTIVE_AFTER_AMOUNT = {"each", "apiece"}
DISTRIBUTED_TO_PREPOSITIONS = {"to", "for"}
# Figures: words right after such an 'each' that make it no amount's ('each of the vans', 'each other').
NOT_DISTRIBUTIVE_AFTER_EACH = {"of", "other"}
# Figures: verbs of giving, paying, charging and awarding whose indirect object taken one at a
# time ("handed each pupil $20", "billed every tenant a $15 fee") is what one amount goes to; not
# verbs that show or tell ("showed each reporter a $40 million invoice": one invoice).
GIVING_TO_EACH_VERBS = (WHOLE_SUM_VERBS - {"win", "raise", "leave"}) | (PAYING_VERBS - {"spend", "earn", "get", "receive"}) \
    | {"offer", "promise", "send", "hand", "allot", "fine", "bill", "refund", "advance"}
# Pronouns by which "N of them" counts a plural noun named before ("40 of them were charged").
PLURAL_PARTITIVE_PRONOUNS = {"them", "those", "these"}
# Verbs an exchange rate is written with: "$1 bought 83.2 rupees" (the 1 is the unit of exchange).
EXCHANGE_VERBS = {"buy", "fetch", "equal"}
# Periods a count of which, holding what filled them, is a stretch of history ("two decades of
# surveys"); days, weeks or months of something are often the event itself ("three days of mourning").
HISTORY_UNITS = {"year", "decade", "century", "generation"}
# Verbs whose object is an amount lost: "pupils lost 40 hours of teaching", "missed three weeks of school".
LOSING_VERBS = {"lose", "miss", "forfeit", "waste", "sacrifice"}
# Verbs of going down: 'fell past the $10m mark' is below it, not more than it.
FALLING_VERBS = {"fall", "drop", "slip", "sink", "dip", "plunge", "plummet", "slide", "tumble", "decline",
                 "slump", "sag", "shrink", "decrease"}
# Dashes that set off a list inside a sentence ('Two ships - the X and the Y - arrived'), and the
# conjunction that joins its last item.
DASHES = {"-", "–", "—", "--"}
# What follows a dateline's place at a line's opening ('KESSA CITY –', 'Kessa City:').
DATELINE_MARKS = DASHES | {":"}
# Marks that close a sentence of the story's body ('… a loan.', '… she said."'): a line that ends on
# none of them and is all in capitals is a headline ('Kessa Rejects Loan Terms'; resolve._a_headline).
SENTENCE_CLOSING_MARKS = (".", "!", "?", '"', "”")
# Marks that set a cue off after the clause it reports ('..., he said, and would ...', '... - she said - and').
CUE_SETTING_PUNCT = DASHES | {","}
LIST_CONJUNCTIONS = {"and"}
# Adjectives that make the noun a figure is the value of an estimate ('the estimated cost is $6bn').
APPROXIMATING_ADJECTIVES = {"estimated": "about", "approximate": "about"}   # not 'rough': "the rough draft"
# Verbs of a legal act on someone ('prosecutors charged two men with defrauding 74 firms'): the
# act is narrated, its details are no figure its agent claims (FrameNet Notification_of_charges,
# Court_examination, Sentencing).
LEGAL_ACTION_VERBS = {"charge", "indict", "sue", "convict", "sentence", "fine", "prosecute", "arraign"}
# Verbs of a penalty for a period ('has been jailed for 12 years', 'has banned him for three years'):
# the period is the penalty, a figure, not how long a state has lasted so far (FrameNet
# Sentencing, Imprisonment, Prohibiting_or_licensing).
# Verbs of time passed in a state ("spent 15 years in prison", "served 12 years as mayor") and
# the states that make such a span a stretch of someone's life, no quantity the article asserts.
TIME_SPENDING_VERBS = {"spend", "serve"}
CONFINEMENT_PREPOSITIONS = {"in", "under", "behind", "as"}
CONFINEMENT_NOUNS = {"prison", "jail", "gaol", "detention", "custody", "exile", "arrest", "bars",
                     "captivity", "office", "power", "hiding"}
PENALTY_VERBS = {"sentence", "jail", "imprison", "incarcerate", "ban", "bar", "suspend", "disqualify", "exile"}
# Nouns of a penalty that runs for a term ('a ban for three years', 'a suspension for six
# matches'): the term is the penalty, a figure.
PENALTY_NOUNS = {"sentence", "ban", "suspension", "disqualification", "exile", "curfew", "embargo", "prohibition"}
# Verbs of holding someone for a period ('was held for 33 months', 'detained for 40 days'): the
# period is what the article reports, a figure, not background of how long something went on
# (FrameNet Detaining, Imprisonment).
DETAINING_VERBS = {"hold", "detain", "intern", "confine", "lock", "keep", "trap", "strand", "kidnap"}
# Verbs whose object period is the time a task takes ('took crews six hours to clear it').
TIME_TAKING_VERBS = {"take"}
# Verbs whose period is how long an event goes on ('a strike lasting two weeks would ...').
LASTING_VERBS = {"last", "run", "continue", "drag"}
# Figures: parts of the day after a small number that make it an hour ("at two, three in the
# morning", "until four at night").
DAY_PARTS = {"morning", "afternoon", "evening", "night"}
# The words before a part of the day, and the parts each takes ("in the morning", "at night").
DAY_PART_PHRASES = {("in", "the"): DAY_PARTS, ("at",): {"night"}}
# Prepositions that, opening a sentence before a bare small number, give a clock time ('By nine, ...').
CLOCK_PREPOSITIONS = {"by", "at", "until", "till", "before", "after", "around"}
# Prepositions that give an age noun its value ('raised the retirement age to 65').
AGE_VALUE_PREPOSITIONS = {"to", "from", "at"}
# Verbs that give an amount as the value of their object after "at" ("SNCF put the figure at 27
# percent", "pegged the cost at $4m"): the subject states that value (FrameNet Assessing, Estimating).
VALUING_VERBS = {"put", "place", "peg", "estimate", "value", "assess", "reckon", "calculate"}
# Of those, the ones that also set things in a place ("which he put at 3 locations"): in a relative
# clause they value only an amount noun or give an amount of money, a share or a measure.
PLACING_VALUING_VERBS = {"put", "place"}
# Nouns of an amount such a verb values ("put the figure at 27 percent", "put the death toll at 40",
# "pegged the damage at $4m"; FrameNet Estimating with Quantity nouns): one list for the position and the figure's claimant.
ESTIMATED_NOUNS = AMOUNT_NOUNS | ESTIMATE_NOUNS | {"damage", "bill", "shortfall"}
# Prepositions through which a sentence-final comment reaches its figure ("..., a small number for
# a country of 200 million"), besides a clause on the comment's noun.
COMMENT_PREPOSITIONS = {"for"}
# Unit symbols written joined to the number ("70mm", "5km", "3GW"), as the SI brochure and common
# practice write them; not "m", "g", "t", "l", "C" or "F", which also write millions, a network
# generation ("5G"), tonnes or trillions, litres, and codes or grades ("40C", "Room 12F").
GLUED_MEASURE_UNITS = ("mm", "cm", "km", "kg", "mg", "ml", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh",
                       "mph", "kph", "km/h", "ha", "°C", "°F")
# Nouns of a stretch or extent whose glued measure before them is its size, a quantity the
# article gives ('a 7km stretch of the river', 'a 30km tailback', 'a 2km length of pipe'), unlike
# a measure that names a kind of thing ('a 9mm pistol', 'the 5km race').
MEASURED_EXTENT_NOUNS = frozenset({"stretch", "section", "length", "strip", "segment", "portion", "span", "swathe",
                                   "swath", "tailback", "queue", "stretches", "sections", "lengths", "strips",
                                   "segments", "portions", "spans", "swathes", "tailbacks", "queues"})
# Hyphens inside a word the tokenizer splits ('break-ins').
HYPHENS = {"-", "‐", "‑"}
# Period nouns of a lifetime's scale, besides TIME_UNITS, after 'for': 'for five generations'.
GENERATION_WORDS = {"generation", "lifetime"}
# Adjectives between a count and a period noun that make it a run of periods, a streak that
# describes ('for five consecutive years', 'three straight weeks without rain'), no quantity.
RUN_ADJECTIVES = {"consecutive", "straight", "successive"}
# Figures: modifiers that say how far the counted things are established ("three suspected
# deaths", "40 confirmed cases", "two attempted break-ins"): a count of them is no count of the
# plain noun, so the unit keeps the word.
ESTABLISHING_MODIFIERS = {"suspected", "alleged", "confirmed", "unconfirmed", "probable", "presumed",
                          "presumptive", "attempted", "reported"}
# Adjectives between a count and "days" that say which days are counted: "90 working days".
DAY_KIND_ADJECTIVES = {"working", "business", "calendar", "school", "trading"}
# Nouns after "N-" in a modifier whose count is still a quantity the article gives: the size of
# a body ('a 12-member panel', 'a 27-nation bloc', 'a 5,000-man force'), a result ('a 70-seat
# majority', 'a two-vote margin', 'a 17-count lawsuit'), a capacity ('a 60-bed ward') or a measure ('a 30-foot wall'); other such modifiers only
# describe ('a 62-page ruling', 'a four-alarm fire', 'a two-horse race').
COUNTED_MODIFIER_NOUNS = {"member", "man", "woman", "person", "nation", "country", "state", "seat",
                          "vote", "magnitude", "foot", "inch", "degree", "strong", "percent", "plus",
                          "count", "charge", "bed", "room", "unit"}
# Figures: nouns written in the singular between a count and the noun it describes that say what
# is counted ('the 250 bed hospital', 'the 300 seat parliament', 'the 40 page report'): the
# number there is a count, not the number that names one thing ('the 590 express service').
ATTRIBUTIVE_COUNT_NOUNS = COUNTED_MODIFIER_NOUNS | {"page", "point", "capacity", "storey", "story", "lane",
                                                    "berth", "place", "screen", "word", "bedroom", "pupil",
                                                    "student", "player", "hole", "piece"}
# Figures: nouns of a service or a thing that a number names ('its 211 help line number', 'a 46 route
# service', 'the county's 101 service desk'). After 'a'/'an', a possessive or adjectives, a bare number
# names one thing only where the noun after it (or that noun with the next one: 'bus route') is one of
# these and itself modifies a further noun; any other singular noun there is counted ('a 12 crew boat',
# 'the firm's 80 van fleet', 'a 7 judge bench'). Two words are written joined by a space. Not a noun
# that a count before a noun counts as often as a number names it ('a 50 line switchboard', 'a 12
# channel mixer'): 'line', 'channel', 'number' (the figure is kept, as a count).
NOUNS_A_NUMBER_NAMES = frozenset({"call", "hotline", "helpline", "help line", "route", "bus route", "flight",
                                  "service", "extension", "code", "frequency"})
# Determiners by which a document noun picks one more of a set just named ('A slide from X's
# presentation shows ... . Another slide shows ...', '..., one slide says').
SAME_SET_DETERMINERS = {"another", "one"}
# Verbs whose subject share answers a poll ('63 percent said ...', '52 percent agreed').
RESPONDENT_VERBS = {"say", "agree", "disagree", "think", "believe", "expect", "want", "prefer", "favour",
                    "favor", "approve", "disapprove", "oppose", "support", "back", "consider", "feel",
                    "name", "choose", "pick", "rate", "describe", "answer", "respond", "reply", "worry"}
# Units of a lead or change in a poll.
POINT_UNITS = {"points", "point", "percentage points", "percentage point"}

# ---- who is who, round 6 (actor_names.py) ----------------------------------------------------
# Verbs and nouns of speaking on air: a channel after 'on' one of them ('speaking on X Radio',
# 'an interview on X One') or owning the programme one is told to is where words went out.
BROADCAST_SPEECH_WORDS = {"say", "tell", "speak", "talk", "appear", "interview", "comment", "insist", "admit"}
BROADCAST_ON_PREPOSITIONS = {"on"}          # 'speaking on X Radio'
BROADCAST_TO_PREPOSITIONS = {"to"}          # 'speaking to X Two's Nightline'
TELLING_VERBS = {"tell"}                    # 'told X Two's Nightline'
INTERVIEW_PREPOSITIONS = {"to", "with"}     # 'speaking with Gulf Ledger', 'talked to the Courier'
NEWS_GATHERING_VERBS = {"gather", "learn"}  # 'the Daily Sentinel gathered that …': the writer finding out
# Of those, the ones a story's own actors also do ('Chevron learned that the pipeline leaked'): the
# writer's only in the present perfect, at the time of writing ('the Daily Sentinel has learnt that').
PERFECT_NEWS_GATHERING_VERBS = {"learn"}
# Verbs of a writer's outlet asking for comment ('Harbour Radio attempted to reach him', 'contacted the club').
REACHING_OUT_VERBS = {"reach", "contact"}
# Verbs of a writer's outlet interviewing people: the agent of their passive ('commuters interviewed by
# the Harbour Courier') is the outlet that asks; not 'spoken to by X', said of any body.
INTERVIEWING_VERBS = {"interview"}
# Verbs of employing people: the agent of their passive ('workers employed by X', 'staff hired by X') is not
# their voice; beside POLLING_VERBS (generator/extract/speakers.py, `_people_of_a_participle`).
EMPLOYING_VERBS = frozenset({"employ", "hire", "recruit"})
# Verbs by which an outlet carries the report rather than acting in it: the agent of a document's
# being seen, obtained or reviewed ('an email seen by the Harbour Times', 'files obtained by Velmar Radio'),
# and of a story's being first reported ('a review first reported by Harbour Wire'), with the
# adverb that makes the report a scoop (not 'the fire was reported by the coast guard').
DOCUMENT_CARRYING_VERBS = {"see", "obtain", "review"}
SCOOP_VERBS = {"report", "break", "reveal"}
SCOOP_ADVERBS = {"first", "earlier", "previously"}
# Of the verbs of a paper telling what it found, the ones it uses in the present tense, as the
# writer of the story ('the Kessa Daily reports that …', 'Harbour Times understands that …', a paper
# that is also told things).
PRESENT_NEWS_VERBS = {"report", "understand"}
# Nouns of a message a speaker sends the outlet ('said in a reply to the Harbour Post', 'in a
# statement to Harbour Radio'): the outlet is asked and told, as by 'told X'.
ADDRESSED_MESSAGE_NOUNS = {"reply", "response", "statement", "email", "e-mail", "message", "comment"}
# Copulas that describe what a name is or becomes ('X became a museum', 'X remains a chapel').
BECOMING_VERBS = {"be", "become", "remain"}
# Titles of the British peerage (and their wives' and widows'), of royalty and of the pope: before
# one word, a surname, a territorial or a given name, title and word are the name the person is
# known by ('Lord Armstrong', 'Prince Harald', 'Pope Leo').
PEERAGE_TITLES = {"lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess",
                  "marquess", "marchioness", "duke", "duchess"}

# Offices whose holder is addressed as 'Mr./Madam' and the office, in a hearing or a chamber
# ('..., Mr. Chair.', 'Thank you, Madam Speaker'): a form of address, no person's name.
ADDRESSED_OFFICES = {"chair", "chairman", "chairwoman", "chairperson", "speaker", "president", "mayor"}
ONE_NAME_TITLES = PEERAGE_TITLES | {"prince", "princess", "king", "queen", "emperor", "empress", "pope"}
# Nouns of a gathering held somewhere: a university named only after 'at'/'in' one of them (or
# a verb), 'the debate at X University', is where it was held, no actor.
GATHERING_NOUNS = {"debate", "debates", "rally", "rallies", "speech", "speeches", "conference", "summit",
                   "meeting", "ceremony", "event", "forum", "lecture", "commencement", "graduation",
                   "concert", "vigil", "convention", "gathering", "panel", "festival", "briefing", "briefings"}
# Head words of the name of an event, a day or a week kept, or a prize (a gathering's nouns and the
# days and prizes named for a cause): 'Farmers for Climate Summit', 'Nurses for Change Week' name the
# event, no body of the people banded 'for' the cause (generator/extract/actor_names.py, `names_a_thing`).
EVENT_NAME_HEADS = frozenset(GATHERING_NOUNS | {"day", "week", "prize", "award", "awards"})
# The link word after the plural of a noun for people that names people banded for a cause ('Citizens
# for Open Elections').
CAUSE_LINK_WORDS = frozenset({"for"})
# Letters in which spellings of one given name written in Latin letters differ ('Viktor'/'Victor',
# 'Yuri'/'Yury', 'Sergei'/'Sergey'); so do different names of one family ('Mark'/'Marc',
# 'Maria'/'Marja'), so two spellings are one person's only on the further evidence actor_names asks.
TRANSLITERATION_SWAPS = {frozenset("ck"), frozenset("iy"), frozenset("vw"), frozenset("sz"), frozenset("ij")}
# gender-guesser's country columns of countries whose names are written family name first
# ('Lim Wei Sheng' is Mr Lim): a full name all of whose words the name list knows only there is
# written so, and its first word alone is that person (actor_names._first_surnames).
FAMILY_NAME_FIRST_COUNTRIES = ("china", "korea", "vietnam")
# Parts of a law or an agreement: a name before a part's possessive ('X's provisions') is a
# law's or an agreement's, no actor's, unless it speaks.
LAW_PART_NOUNS = {"provision", "clause", "signatory"}
# Nouns of a body of rules (lemmas): a body or a state named only as their owner ('under the
# bloc's rulebook', 'breaches EU law') is where the rules come from, no actor of the story.
RULEBOOK_NOUNS = {"rule", "rulebook", "law", "regulation", "directive", "legislation"}
# Figures: nouns of a rule, an order or an agreement that "per" before them names as what set an amount
# ("per the court's ruling", "the fee per council rules"): "per" there means "according to", no basis.
PER_RULE_NOUNS = frozenset(RULEBOOK_NOUNS | {"order", "orders", "rules", "guideline", "guidelines", "norm", "norms",
                                            "regulations", "agreement", "contract", "policy", "instruction",
                                            "instructions", "direction", "directions", "schedule", "notification",
                                            "circular", "ruling", "terms", "act", "statute", "ordinance", "decree"})
# Nouns of a building: a name an apposition or a copula describes so ('X, formerly a chapel',
# 'X became a museum') is a building's, whatever the recogniser took it for.
BUILDING_NOUNS = FACILITY_WORDS | {"chapel", "church", "basilica", "museum", "monument", "building", "castle",
                                   "fortress", "citadel", "mausoleum", "tomb", "landmark", "skyscraper", "cathedral"}

# An author's note at the foot of an article (generator/extract/actor_names.py): how a
# reader is told to reach the writer ('Follow her on Twitter', 'Reach him at ...'), and the
# nouns and verbs that describe a person as the writer ('A B is a columnist', 'A B writes for X').
CONTACT_VERBS = {"follow", "reach", "contact", "email", "e-mail", "message"}
# The words between a contact verb's person and the contact itself ('Reach him at …', 'Contact Ann Lowe on …').
CONTACT_PREPOSITIONS = {"at", "on", "via"}
# The word that opens a byline ('By Ann Lowe | Harbour Times'), and the marks that part the writer's
# name from her outlet or her post on the line ('| Harbour Times', ', Staff Writer', '/ Staff reporter').
BYLINE_WORD = "by"
BYLINE_SEPARATORS = {"|", "/", ",", "·", "-", "–", "—", ":"}
BYLINE_NAME_LINKS = {"and", "&", ","}
# The words after an office's title that open its field ('Minister of Water Resources X', 'Minister for …').
TITLE_FIELD_PREPOSITIONS = ("of", "for")
WRITER_NOUNS = {"columnist", "writer", "reporter", "correspondent", "journalist", "contributor", "author",
                "blogger", "editor", "critic", "freelancer", "novelist", "essayist"}
# Marks between a byline's names and the writer's desk ('By Ann Lowe, Science correspondent',
# 'By Ann Lowe / Staff reporter').
DESK_SEPARATORS = {",", "/", "|"}
WRITING_VERBS = {"write", "cover", "blog"}

# ---- the time and manner of saying (generator/extract/positions.py) -------------------------
# Adverbs that limit what a cue says, standing between the cue and its "that" ("said only that",
# "would say merely that", "saying simply that"): the cue's words, not the statement's first word.
LIMITING_ADVERBS = {"only", "merely", "simply", "just", "solely"}
# Adverbs of when or how something was said: right after a cue and before its clause's
# subject ("said earlier he might ...") they are the saying's, not what was said.
SAYING_ADVERBS = {"earlier", "later", "yesterday", "recently", "previously", "again", "afterwards",
                  "subsequently", "separately", "repeatedly", "privately", "publicly", "once", "often"}
# Cues that only name a topic with "about"/"on"/"of" ("spoke out about the war", "commented on
# the deal", "wrote about it"): no stance is stated, so no position; "against"/"for" ones keep it.
TOPIC_CUES = {"speak", "talk", "comment", "write", "testify", "joke"}
# Words an apostrophe shortens at their start ("in 't Veld", "rock 'n' roll", "'em"): the
# apostrophe before them opens no quotation.
ELISIONS = ("t", "s", "n", "em", "tis", "twas")
# Cues whose object alone says nothing until a predicate says how ("described the wall" vs
# "described the wall as a gift"): without one, and without a clause in the object, no position.
PREDICATIVE_CUES = {"describe", "characterize", "characterise"}
# Prepositions of a phrase that sets a cue's scene after its object ("criticised X in a speech",
# "at a rally", "during the interview") when their object is an act or text of saying.
SETTING_PREPOSITIONS = {"in", "at", "during"}
# Acts, events and texts of saying: "in a speech", "at a briefing" is where it was said (else
# "denied any part in the strikes" would lose its content).
SAYING_OCCASIONS = {"speech", "interview", "article", "statement", "letter", "tweet", "post", "rally",
                    "conference", "briefing", "broadcast", "address", "column", "op-ed", "message", "hearing",
                    "editorial", "sermon", "newsletter", "memo", "essay", "remarks", "call",
                    # papers a party lodges with a court, regulator or exchange ("told the
                    # commission in a filing that ...", "argued in its petition that ...")
                    "filing", "submission", "petition", "affidavit", "deposition", "release"}
# Chambers and gatherings where things are said, as the place hung on a stance's object ("defended
# the proposal in the state parliament"): no court ("the ruling in the Supreme Court" is the court's),
# no council ("the cuts in the council"), no people ("the rise in residents").
SAYING_CHAMBERS = {"parliament", "assembly", "senate", "congress", "legislature", "meeting", "commons",
                   "lords", "bundestag"}
# Occasions of saying, not bodies: 'at'/'in' one of them after a cue says only where it was spoken
# ("she spoke at the briefing"); a chamber ("lashed out at the state assembly") may be the target.
SAYING_EVENTS = SAYING_OCCASIONS | {"meeting", "session", "summit", "event", "ceremony", "forum"}
# The prepositions that set such an occasion after a cue ('spoke at the briefing', 'said in an interview').
OCCASION_PREPOSITIONS = frozenset({"at", "in"})
# Media and gatherings a statement goes out through: they are also what an object is about ("a ban
# on television", "cuts in the programme", "a role in the debate"), so only a preposition of means
# or time makes them the setting ("by phone", "via video", "during the debate").
SAYING_MEDIA = {"television", "radio", "phone", "telephone", "email", "video", "programme", "program", "show",
                "podcast", "blog", "book", "debate", "meeting", "session", "event", "ceremony"}
MEDIUM_PREPOSITIONS = {"by", "via", "through", "during"}
# ... of which these name only the means, never what an object is about: "the tax by phone"
# is the tax, said by phone, wherever the parser hangs the phrase.
MEANS_PREPOSITIONS = {"by", "via"}

# ---- whose body (issue 12, affiliations) ----------------------------------------------------
# Head words of newspapers' and broadcasters' names ('Cyprus Mail', 'Harbour Times'): a country
# named before one says where the paper is published, not that the state owns it.
PUBLICATION_HEADS = {"times", "post", "news", "journal", "mail", "herald", "daily", "tribune", "telegraph",
                     "gazette", "review", "reporter", "observer", "guardian", "express", "chronicle", "today",
                     "magazine", "weekly", "star", "sun", "independent", "standard", "monitor", "record",
                     "advertiser"}
# Head nouns of a body's organs ('… National Committee', '… Development Programme', '… Security
# Council'): a name that opens with another body's name and ends in one is that body's organ.
ORGAN_HEADS = {"committee", "subcommittee", "council", "commission", "assembly", "organization", "organisation",
               "programme", "program", "agency", "office", "fund", "bureau", "secretariat", "caucus", "panel",
               "board", "tribunal", "mission", "directorate", "department", "court", "parliament"}
# Principal organs of the United Nations named without 'UN' (UN Charter, Article 7; the
# Secretariat and the Court are left out: 'the Secretariat', 'the Court' name many bodies).
UN_PRINCIPAL_ORGANS = {"general assembly": "United Nations", "security council": "United Nations",
                       "economic and social council": "United Nations", "trusteeship council": "United Nations"}
# Possessive pronouns of one person and the gender they give ('his lawyer', 'her adviser').
PRONOUN_GENDERS = {"his": "m", "her": "f"}
# Nouns for one who holds the same post elsewhere ('her Ghanaian counterpart'): the post of the
# person the possessive takes up, held for the country the adjective names.
COUNTERPART_NOUNS = {"counterpart"}
# Prepositions before the country a post is held towards or in ('ambassador to Uganda', 'envoy for
# Sudan', 'High Commissioner in Ghana'): a counterpart's post is then towards the first country.
POST_PLACE_PREPOSITIONS = {"to", "for", "in", "of", "on"}
PERSON_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Of these, the subject and object pronouns, which a speaker's pronoun is resolved by (speakers.py, `_pronoun_gender`).
SUBJECT_OR_OBJECT_PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}
# The object form of a subject pronoun, which a chain of sentences about one person repeats ('He said …
# The court fined him': speakers.py, `_same_person`).
SUBJECT_PRONOUN_OBJECT_FORMS = {"he": ("him",), "she": ("her",), "they": ("them",)}
# The possessive and object forms of a subject pronoun, by which a sentence speaks of its referent ('One
# of his friends was X. He said …': speakers.py, `_mentions_pronoun`).
SUBJECT_PRONOUN_OTHER_FORMS = {"he": ("his", "him"), "she": ("her",), "they": ("their", "them")}
# Head nouns of parties' names ('Harbour Party', 'Christian Democratic Union', 'Democratic Rally',
# 'National Front'): with party-family words before them (PARTY_FAMILY_WORDS) a name is a party's.
PARTY_BODY_HEADS = {"party", "front", "league", "movement", "union", "rally", "alliance", "bloc", "coalition",
                    "congress"}
# Words of a political or armed movement's name ('Free Syrian Army', 'Syrian Democratic Forces',
# 'Kosovo Liberation Army'): a state body word beside them does not make the body the state's.
# Not 'revolutionary', 'national' or 'people's': state bodies bear them ('Islamic Revolutionary Guard
# Corps', 'Afghan National Army', "Vietnam People's Army").
MOVEMENT_NAME_WORDS = {"democratic", "free", "liberation", "patriotic", "popular"}
# Head nouns of associations of members ('Conference of Mayors', 'Chamber of Commerce', 'Soccer
# Federation'): a country's name before one bounds its membership, the state owns no such body.
ASSOCIATION_HEADS = {"conference", "chamber", "chambers", "association", "federation", "league", "union", "society",
                     "club", "foundation", "institute", "coalition", "alliance"}
# Head words of a body's name of either kind, a speaking body's or an association's ('Council', 'Forum',
# 'Chamber', 'Union'): one union for actor_names and titles ('[Harwick Chamber] of Commerce president X').
BODY_KIND_HEADS = frozenset(SPEAKING_BODY_HEADS | ASSOCIATION_HEADS)
# Nouns of a person chosen by another ('Grant's nominee', 'her pick for the court'): the chooser
# is no body the chosen one serves.
CHOSEN_NOUNS = {"nominee", "pick", "choice", "appointee"}
# Nouns that call a body a part of another ('the UN body that …', 'an EU agency', 'the party's youth wing').
PART_NOUNS = {"body", "institution", "agency", "arm", "organ", "wing", "branch", "unit", "affiliate", "subsidiary",
              "division", "force", "faction"}
# A body's local units, written after where they are and before 'of' and the body ('the Harbury
# branch of the Porters' Union', 'the Ohio chapter of X'): the unit's people speak for that body.
# The capitalised words of a numbered unit that take their number into the body's name ('Teamsters Local 88',
# 'Kessa Housing Unit 17', 'Carpenters Lodge 12', 'Fire Brigades Union Branch 4'): one unit told from the others
# of its kind by the number. Not 'District', 'Ward', 'Precinct' (a seat's number: 'represents District 3').
LOCAL_UNIT_WORDS = frozenset({"local", "unit", "lodge", "branch"})
LOCAL_UNIT_NOUNS = {"branch", "chapter", "office", "bureau", "division", "section", "unit", "wing", "local", "lodge"}
# Nouns of a unit inside a body, named after its fields ('the finance and planning division', 'the
# roads and bridges department'): an 'and' list before one is the unit's name, not a list of things
# the post is of (generator/extract/roles.py, `_words`).
INTERNAL_UNIT_NOUNS = {"division", "unit", "department", "section", "branch", "directorate", "programme",
                       "program", "bureau", "desk"}
# Words of a post held in one place ('branch manager', 'district manager', 'area manager'): a place's
# name right before one says where the post is held, not the body it is held at ('Leeds area manager X').
LOCAL_POST_WORDS = LOCAL_UNIT_NOUNS | DISTRICT_WORDS | REGION_ADJECTIVES | {"area", "site", "store", "depot"}
# Words of a care-giving body's name ('Harbour General Hospital', 'Medical University of X'): a 'Dr.'
# in the 'where' clause after one is a doctor there (round 13); verbs that make them its patient instead.
CARE_BODY_WORDS = {"hospital", "clinic", "infirmary", "hospice"}
# The last words of a care body's name without one of those words ('Kessa Medical Center').
CARE_BODY_NAME_ENDINGS = ("medical center", "medical centre")
# Parts of a care body's building where patients lie: 'beds in the wards of X Hospital' names where.
HOSPITAL_PART_NOUNS = {"ward", "bed", "wing", "icu", "corridor"}
# The preposition that ties such a part to the building's name ('the wards of X Hospital').
PART_OWNER_PREPOSITIONS = {"of"}
# Parts of a building, outside or in, where people stand or gather (lemmas): 'on the steps of X Hall', 'outside
# the gates of X House', 'in the lobby of X Centre' name the building as a place (actors.py, `_at_a_part_of_the_building`;
# a hospital's own parts are HOSPITAL_PART_NOUNS).
BUILDING_PART_NOUNS = frozenset({"step", "gate", "ground", "forecourt", "lobby", "foyer", "precinct", "doorstep",
                                 "entrance", "lawn", "floor", "park", "carpark"})
# The building a body is run from: named only where a gathering is held or a verb happens ('a briefing at the X
# Police Headquarters'), a place; where it acts ('Police Headquarters said', 'the headquarters released'), the body (actors.py).
BODY_SEAT_BUILDING_HEADS = frozenset({"headquarters"})
# Prepositions that set such a part as where something happens ('on the steps', 'outside the gates').
BUILDING_PART_PREPOSITIONS = frozenset({"on", "at", "in", "outside", "inside", "near", "from", "onto", "into"})
# 'medical' makes a care-giving body only with a seat of learning ('Medical School'), not a 'Medical Council'.
MEDICAL_WORDS = {"medical"}
CARE_RECEIVING_VERBS = {"treat", "admit", "hospitalize", "hospitalise", "examine", "operate", "die", "recover"}
# Verbs that carry or let go a patient ('was taken/rushed/airlifted to X Hospital', 'discharged
# from X Clinic'): with CARE_RECEIVING_VERBS, a care body named only so is where it happened.
PATIENT_MOVING_VERBS = {"take", "rush", "fly", "airlift", "transfer", "transport", "bring", "carry", "evacuate",
                        "ferry", "move", "discharge", "release", "refer"}
# Words heading a place of custody ('Harbury Prison', 'Kessa Correctional Centre') and the verbs that put
# or keep someone there ('was remanded in', 'held at', 'transferred to'): a custody place named only so
# is where someone is held, no actor (names26).
CUSTODY_PLACE_WORDS = {"prison", "jail", "gaol", "penitentiary", "correctional", "remand", "custodial"}
CUSTODY_VERBS = {"remand", "hold", "detain", "jail", "imprison", "incarcerate", "keep", "lock", "confine",
                 "lodge", "send", "take", "transfer", "move", "return", "release", "free", "spend", "serve",
                 "die", "escape", "sentence", "commit"}
# The prepositions that put a patient at such a place ('taken to', 'treated at', 'died in', 'discharged from').
PATIENT_PLACE_PREPOSITIONS = {"to", "at", "in", "from"}
CUSTODY_PREPOSITIONS = PATIENT_PLACE_PREPOSITIONS | {"into"}   # "locked into X Prison"
# The last words of a custody place's own name (not a prison service's or department's) and the
# nouns of a detention act the parser may hang it on ('the remand of A at X Correctional Centre'):
# actors._where_someone_is_held.
CUSTODY_PLACE_NAME_ENDINGS = ("prison", "jail", "gaol", "correctional centre", "correctional center")
CUSTODY_ACT_NOUNS = {"remand", "transfer", "detention"}
# 'his predecessor as police chief': the post named after it was held before, so a former one (round 13).
PREDECESSOR_NOUNS = {"predecessor"}
# A body's own publications: 'X, the magazine of the Y Council,' is the council's (round 13).
OWN_PUBLICATION_NOUNS = {"magazine", "newspaper", "journal", "newsletter", "bulletin", "mouthpiece"}
# Words of a reader's liking: 'the preferred paper of X' is one X reads, not its own (review 14).
PREFERENCE_WORDS = {"preferred", "favourite", "favorite", "favoured", "favored"}

# ---- roles (issue 12, round 6) ----------------------------------------------------------------
# Kinship nouns: 'his wife X', 'the son of Y' state a relation, not a title or function, so they
# give no role and no affiliation ('widow' stays: '9/11 widow X' is why she is quoted).
KINSHIP_NOUNS = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "spouse",
                 "grandson", "granddaughter", "grandmother", "grandfather", "nephew", "niece", "cousin",
                 "uncle", "aunt", "stepson", "stepdaughter", "fiancee", "fiancée", "fiance", "fiancé",
                 "child", "sibling", "in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law"}
# Figures: "a mother of four (children)" describes a person, the count is no claim.
PARENT_NOUNS = {"mother", "father", "parent", "grandmother", "grandfather", "grandparent"}
OFFSPRING_NOUNS = {"child", "kid", "son", "daughter", "boy", "girl", "grandchild"}
# Nouns of a bond to another person, not a job: after 'former' before a name they give no role
# ('former partner X', 'former classmate X'), unlike a job no list knows ('former schoolteacher X').
PERSONAL_BOND_NOUNS = {"friend", "partner", "lover", "girlfriend", "boyfriend", "colleague", "classmate",
                       "schoolmate", "teammate", "roommate", "flatmate", "housemate", "neighbour", "neighbor",
                       "ally", "rival", "associate", "acquaintance", "confidant", "confidante", "mentor",
                       "protege", "protégé", "student", "pupil", "resident", "tenant", "client", "patient",
                       "customer", "supporter", "fan", "follower", "subscriber", "donor", "voter", "spouse"}
# Nouns of a state once lived through or a part once taken, not a job: after 'former' before a name
# they give no role ('former smoker X', 'former hostage X', 'former believer X', 'former winner X').
PAST_STATE_NOUNS = {"smoker", "drinker", "addict", "user", "inmate", "prisoner", "convict", "detainee",
                    "hostage", "captive", "refugee", "migrant", "immigrant", "victim", "survivor", "homeowner",
                    "believer", "winner", "loser", "contestant", "participant", "attendee", "visitor", "guest",
                    "viewer", "listener", "reader", "passenger", "commuter", "shopper"}
# Verbs that put a name to a person spoken of ('the suspect was identified as X'): the subject
# noun is X's role (roles.py).
IDENTIFYING_VERBS = {"identify", "name"}
# Nouns of a duty given to someone, after 'charged with' ('charged with the task of …'): no offence.
DUTY_NOUNS = {"task", "duty", "responsibility", "job", "role", "mission", "oversight", "care", "running",
              "management", "supervision", "implementation", "review", "investigation", "inquiry", "probe",
              "security", "safety", "protection", "defence", "defense", "organisation", "organization",
              "planning", "delivery", "coordination", "handling", "administration", "upkeep", "maintenance",
              "enforcement", "drafting", "design"}
# Verbs of a charge that ended in no guilt ('charged with fraud but acquitted'): no suspect.
CLEARING_VERBS = {"acquit", "clear", "exonerate"}
# Adverbs by which a naming is denied or corrected ('was wrongly identified as X'): no role from it.
MISNAMING_ADVERBS = {"wrongly", "mistakenly", "falsely", "erroneously", "incorrectly", "initially", "originally"}
# Modifiers by which a 'platform' is a programme, a rig or a railway's, not a body
# ('the party's election platform, Fair Start', 'the drilling platform X').
NON_BODY_PLATFORM_MODIFIERS = {"election", "electoral", "campaign", "policy", "political", "party", "manifesto",
                               "reform", "legislative", "drilling", "oil", "gas", "offshore", "production",
                               "rail", "railway", "station", "train", "viewing", "diving", "launch"}
# The title of a head of state's spouse, after 'first' ('former first lady X', 'First Lady X').
SPOUSE_TITLES = {"lady", "gentleman"}
# British spellings of a body's kind noun and the American ones they are compared as ('the centre'
# names 'the Harbour Research Center').
SPELLING_VARIANTS = {"centre": "center", "organisation": "organization", "programme": "program"}
# Verbs whose object is the body their subject leads, and the role they give the subject in the
# present tense ('X, who heads the Harbour Institute,': head; "who manages the agency's water
# programme": manager of the water programme); 'run' gives none (a race, a shop) (roles.py).
# The leading verbs (lemmas) that make a post of a body written by its kind noun ('who chairs the planning
# committee', 'who heads the club'); 'leads/runs' a kind ('leads the league', 'leads the party in the polls')
# is as often a lead in a ranking, so only a working unit (LED_UNIT_NOUNS) is led.
BODY_CHAIRING_VERBS = {"chair", "head"}
# The prepositions of a lead in a ranking, hung on 'lead' ('who leads the league in assists / with 19 goals'):
# no post.
RANKING_PREPOSITIONS = {"in", "with"}
LEADING_VERB_ROLES = {"head": "head", "lead": "leader", "chair": "chair", "direct": "director", "manage": "manager"}
# A verb (lemma) and the preposition whose object is the body the subject works for now ("X, who
# works for the Harbour Trust", "X is employed by Kessa Motors"); 'works with' may be a partner's.
EMPLOYER_PHRASES = {("work", "for"), ("work", "at"), ("employ", "by")}
# Verbs of a person's standing tie to a place ('she works at X Centre', 'has spent 20 years at X', 'teaches
# at X'): the place there is her workplace, a body, not only where something happened (generator/extract/actors.py).
WORKPLACE_VERBS = {"work", "teach", "study", "serve", "spend", "volunteer", "train", "practise", "practice",
                   "lecture", "intern", "research", "employ", "base", "play", "coach", "enrol", "enroll", "graduate",
                   "worship"}
# Head words of the name of an institution of members, pupils or players, which is its people more than its
# premises, as a campus is ('X Club', 'X Institute', 'X Academy', 'X School'; generator/extract/actors.py).
MEMBERS_INSTITUTION_HEADS = {"club", "institute", "academy", "polytechnic", "school"}
# Honours and forms of address written before a name ('Sheikh X', 'Chief X', 'Madam X', 'Alhaji X'):
# a role only where the text gives no office; an office it gives ('X, chairman of Y') outranks one.
HONOUR_TITLE_WORDS = {"sheikh", "chief", "madam", "madame", "mme", "alhaji", "alhaja", "hajia", "hajiya", "hajji", "haji",
                      "hajjat", "datuk",
                      "dato", "datin", "tun", "sir", "dame", "lady", "lord", "comrade", "cde", "elder"}
# Professions written out before a name as a style of address, as ADDRESS_STYLE_WORDS abbreviate them
# ('Engineer X' for 'Engr. X', 'Barrister X' for 'Barr. X': West, East and Southern African usage): alone
# before the name the style yields, as a rank does, only to a post held now set off beside the name
# ("The firm's managing director, Engineer X,": managing director; roles._a_profession_style_alone); never to
# a former post, a membership or a relation (a description set off after the name may still win); inside a
# longer title ('Chief Engineer X') it is that title's word.
PROFESSION_STYLES = {"engineer", "barrister", "architect"}
# The one rank's word also written as a member's style of address after a post ('Harbour board chair Deputy
# X': a member of a chamber whose members are so styled); the other ranks ('Vice', 'Assistant') open a post
# and are never set apart so (roles._without_a_councillors_style).
RANK_WORDS_WRITTEN_AS_A_STYLE = frozenset({"deputy"})
# Honours that are no part of the role where written between an office and the name ('Chairman
# Sheikh X': Chairman); not 'Chief', which opens offices ('Chief executive', 'Chief Justice') (roles.py).
HONOURS_AFTER_AN_OFFICE = HONOUR_TITLE_WORDS - {"chief"}
# Initials of an honour written between an office and the name ('Chairman H.E. Sheikh X': His
# Excellency; 'HH' His Highness): no part of the role (roles.py). A lone 'H' or 'E' is an ordinary
# initial ('Chairman John E. Ward'): only 'H E' written together counts (roles.py, HONOUR_INITIAL_PAIRS).
HONOUR_INITIALS = {"HE", "H.E", "HH", "H.H"}
HONOUR_INITIAL_PAIRS = {("H", "E"), ("H", "H")}
# Kinds of body often part of another ('the Water Authority's board', 'an institute at Kessa
# University', 'the council's committee'): 'the board' beside a body of another kind may be that
# body's own, so a name's other kind does not set that body aside for the noun (roles.py).
BODY_KINDS_OFTEN_WITHIN_ANOTHER = INTERNAL_UNIT_NOUNS | LOCAL_UNIT_NOUNS | {
    "board", "institute", "committee", "council", "office", "centre", "center", "school", "college", "faculty",
    "panel", "secretariat", "academy", "laboratory", "lab", "clinic", "hospital", "service", "team", "fund"}
# Styles of address written before a name, mostly abbreviated with a dot ('Hon. Ada Obi', 'Rt. Hon.
# Tom Reed', 'Eng. Ali Saleh', 'Engr. Musa Bello', 'Barr. Ada Obi': Commonwealth parliamentary and West
# African and Gulf professional usage): how the holder is addressed, never a role nor a word of one.
# Between a post and the name ('Minister of State Eng. X', 'The Speaker, Rt. Hon. X,') the post is the
# role (titles.title_words, roles._title_before_comma).
ADDRESS_STYLE_WORDS = {"hon", "rt", "honourable", "honorable", "eng", "engr", "barr", "arc", "pharm"}
# Words nameparser lists as titles that open the names of places ('St. Helena', 'Mt. Kenya', 'Ste. Foy'):
# no style of address before a name (titles.style_of_address_evidence).
PLACE_OPENING_TITLE_WORDS = {"st", "ste", "mt"}
# Abbreviated styles of address that are also ordinary words ('Arch. Femi Bello': an architect's style
# in Nigerian usage): a style only written with its dot right before a capitalised name (titles.py).
STYLE_ABBREVIATIONS_ALSO_WORDS = {"arch"}
# Determiners after which a style's abbreviation is a word of a thing's name or a place ('under the Arch.',
# 'the Met.'): it binds no name to its sentence there (parse._style_binds_here), except the one style
# written after 'the' (STYLE_AFTER_AN_ARTICLE: 'the Rev. Tom Reed').
DETERMINERS_BEFORE_NO_STYLE = ARTICLES | {"this", "that"}
STYLE_AFTER_AN_ARTICLE = "rev"
# Abbreviations of 'Senior' written before an abbreviated rank ('Sr. Comr. X', 'Snr. Insp. X'): the
# rank is then no bare 'Commissioner' (titles._title_words leaves it unwritten).
SENIORITY_ABBREVIATIONS = {"sr", "snr"}
# Styles of those that are also family names ('Eng Mei Ling', 'Hon Wai-ming' written family name
# first): a style only where its dot follows it or a title or another style comes before it
# ('Eng. Ali Saleh', 'Director Eng Ali Saleh', 'Rt Hon Tom Reed').
ADDRESS_STYLES_ALSO_SURNAMES = {"eng", "hon"}
# Head words of ORG_HEADS that also name a post, a ceremony's party, a place or a thing ('the Post of
# Deputy Mayor', 'the Guard of Honour', 'the Office of the Ombudsman's report', 'the Programme for
# Renewal'): no untagged name on one of them is taken for an acting body's.
HEADS_ALSO_OF_THINGS = {"post", "guard", "front", "office", "programme", "program", "campaign", "service", "fund",
                        "centre", "center", "times", "news", "journal"}
# Verbs of what a body does or says ('The Kessa House of Assembly has suspended …', '… restrained
# the council', '… passed a motion'): a capitalised name the recogniser missed, subject of one of
# them in the active voice, is an acting body's.
BODY_ACT_VERBS = SPEECH_VERBS | STANCE_VERBS | BUDGETING_VERBS | RULING_VERBS | COURT_ORDER_VERBS | DECIDING_VERBS \
    | LEGAL_ACTION_VERBS | PENALTY_VERBS | {"restrain", "expel", "dismiss", "appoint", "elect", "summon", "overturn", "uphold",
                                           "quash", "block", "halt", "adjourn", "sign", "launch"}
# A judge's style written between another office and the name ('Commission chairperson Justice X',
# 'inquiry chair Justice X'): how the judge is addressed, the office is the role; not after a word
# that makes it the judge's own office ('Chief Justice', 'Associate Justice': RANK_WORDS, 'chief').
JUDGES_STYLE_WORDS = {"justice"}
# An academic's title written as an honorific before the name ('Professor Ana Lowe', 'Prof Lowe'): also a
# post held, the role where the text states no other (any office or description it gives outranks it);
# the abbreviation is written out through ACADEMIC_ABBREVIATIONS.
ACADEMIC_TITLES = {"professor"}
# Nouns with those endings that tell a stage of life, never a function ('toddler X', 'youngster X').
LIFE_STAGE_NOUNS = {"toddler", "youngster", "teenager", "infant", "newborn", "minor", "elder", "parent",
                    "grandparent", "orphan", "pensioner", "retiree", "octogenarian", "nonagenarian", "centenarian"}
# Nouns with those endings that tell a part played in an event, not a function held ('pedestrian X',
# 'bystander X', 'dog walker X', 'killer X'): no role (roles._an_unlisted_function).
EVENT_PART_NOUNS = {"killer", "murderer", "attacker", "shooter", "stabber", "robber", "burglar", "fraudster",
                    "bystander", "onlooker", "pedestrian", "jogger", "walker", "rambler",
                    "motorist", "passenger", "survivor", "mourner", "trespasser", "rioter", "looter",
                    "offender", "arsonist", "kidnapper", "abductor", "stalker", "abuser", "poacher", "smuggler"}
# Words before such a noun that make the doer one an event or a court made ('crash driver X', 'drink driver
# X', 'accused murderer X', 'convicted fraudster X'): no role either.
EVENT_PART_MODIFIERS = {"accused", "convicted", "alleged", "suspected", "crash", "drink", "drunk", "getaway",
                        "runaway", "serial", "would-be", "jailed", "disgraced"}
# Words that open a noun phrase whose noun may be a post ('the Speaker, Rt. Hon. X', 'its chairman, X').
PHRASE_OPENERS = ("the", "a", "an", "its", "their", "his", "her")
# Forms of address that are never a role ('Madam Akua Mensah' is no post, as 'Mrs' is none).
ADDRESS_ONLY_WORDS = {"madam", "madame", "mme"}
# Nouns of a name itself ('the surname, Kelworth', 'her nickname, Tash'): the word they stand
# beside is a name, and they are never its bearer's role.
NAME_NOUNS = {"surname", "surnames", "nickname", "name", "alias", "pseudonym", "maiden name"}
# Verbs (lemmas) of founding a body and the role they leave its founder ('X, who founded the Harbour
# Trust,': its founder, whenever it was founded).
FOUNDING_VERB_ROLES = {"found": "founder", "co-found": "co-founder", "cofound": "co-founder"}
# Verbs (lemmas) of owning a business and the post they make of it ('X, who owns a bicycle shop,': a
# bicycle shop owner). Not 'run': a hotel, a factory or a shop is run by its hired manager as often as by
# its owner ('who runs a hotel' says no owner).
BUSINESS_KEEPING_VERB_ROLES = {"own": "owner", "co-own": "co-owner"}
# A preposition in such a clause that names whom the business is kept for or in what capacity ('who runs a
# restaurant for the Harbour Group', 'who runs a bakery as its manager'): a hired manager, no owner.
KEPT_FOR_ANOTHER_PREPOSITIONS = {"for", "as"}
# A preposition's object in such a clause that says the same ('on behalf of the Harbour Trust').
KEPT_FOR_ANOTHER_NOUNS = {"behalf"}
# The businesses such a verb keeps: the trade premises (TRADE_PREMISES_NOUNS) but a house, a product's
# mark or a chain's outlet (no trade one keeps), a workshop (as often a class one leads: 'runs a weekly
# workshop') or a mill (as often a figure: 'a rumour mill'), and a business written so; not a company or firm,
# which one may run as its hired head. A noun of these that reads as a person ('grocer', 'florist':
# roles.names_a_person_or_a_trader) is no premises either.
KEPT_BUSINESS_NOUNS = (TRADE_PREMISES_NOUNS - {"house", "label", "brand", "chain", "outlet", "agency", "practice",
                                               "workshop", "mill"}) | {"business"}
# Verbs (lemmas) by which one acts for a body named as their object ('X, who represents the
# Harbour Union,', 'X, representing the city council,': counsel or a delegate of that body).
REPRESENTING_VERBS = {"represent"}
# Verbs (lemmas) and the preposition whose object is the body (or party to a case) one acts for as
# counsel or delegate ('X, appearing for the Harbour Union,', 'Appearing for the association,
# counsel X told the court', 'X, acting for the council,', 'X, prosecuting for the Canal Trust,').
REPRESENTING_PHRASES = {("appear", "for"), ("act", "for"), ("prosecute", "for")}
# Verbs (lemmas) and the preposition whose object is the party a person now belongs to ('A and B belong
# to the Harbour Party', 'X, who belongs to the PDP,'; roles._party_the_clause_joins).
MEMBERSHIP_PHRASES = {("belong", "to")}
# Nouns of the party a candidate was elected on ('was elected on the platform of the Labour Party', 'won
# on the Harbour Party ticket'; roles._party_the_clause_joins).
ELECTION_VEHICLE_NOUNS = {"platform", "ticket"}
# Verbs (lemmas) of winning a seat on a party's platform or ticket.
ELECTED_ON_VERBS = {"elect", "win", "return"}
# Verbs (lemmas) of changing party: joined to 'was elected on the X platform' ('but defected to Y'),
# they leave the party won on one left (roles._party_the_clause_joins).
PARTY_SWITCHING_VERBS = {"defect", "leave", "quit", "join", "switch", "cross", "resign", "move", "desert", "abandon"}
# Relative pronouns that stand for the person named as the clause's subject ('X, who belongs to …'),
# unlike 'whose' ('X, whose wife belongs to …': someone else).
PERSON_RELATIVE_PRONOUNS = {"who", "that"}
# Post words of an office that serves a state abroad or at law, which a country's name inside the title
# names ('Assistant U.S. Attorney X', 'Deputy UK Trade Envoy Y'; roles._country_the_title_names), unlike
# a firm's or a paper's desk ('Senior Canada Editor', 'Japan Analyst').
STATE_OFFICE_POST_WORDS = {"attorney", "ambassador", "envoy", "representative", "negotiator", "consul",
                           "consul-general", "emissary", "plenipotentiary", "attaché", "attache", "high commissioner"}
# Words of a hearing: a bare past 'who appeared for X' tells counsel's part only in an article that
# writes one ('who appeared for Harlow Rugby Club' in a sports story is a player's).
HEARING_WORDS = COURT_CASE_WORDS | {"counsel", "lawyer", "lawyers", "barrister", "solicitor", "attorney",
                                    "inquest", "inquiry", "arbitration", "arbitrator"}
# A preposition on 'appear'/'act' that tells the capacity, no counsel's part ('appeared for X as a player').
CAPACITY_PREPOSITIONS = {"as"}
# Kind nouns after a name that make it a body of campaigners ('the Save Elm Pool campaign').
CAMPAIGN_NOUNS = {"campaign", "movement", "initiative", "network"}
# A body's own working units that a person may head or lead ('who leads the research team at X').
LED_UNIT_NOUNS = {"team", "unit", "squad", "division", "section", "department", "branch", "directorate", "programme",
                  "program", "desk", "laboratory", "lab", "group", "project", "task force", "taskforce"}
# Military ranks (and the words that open a compound one: 'Rear Admiral'): stacked after an office
# ('Defence Minister Gen. X', 'Coast Guard Commandant Admiral X') a rank is how the holder is
# addressed, the office is the role.
MILITARY_RANKS = {"general", "admiral", "colonel", "major", "captain", "lieutenant", "sergeant", "brigadier",
                  "commodore", "marshal", "corporal"}
RANK_OPENERS = {"rear", "vice", "lieutenant", "major", "brigadier", "air", "field"}
# Ranks of more than one word (armed forces' and police ranks): the words before the last are the
# rank's own, no office it is held after ('Staff Sergeant X' is no 'Staff' with a sergeant's rank).
COMPOUND_RANKS = {"staff sergeant", "master sergeant", "first sergeant", "sergeant major", "command sergeant major",
                  "senior master sergeant", "chief master sergeant", "technical sergeant", "gunnery sergeant",
                  "sergeant first class", "petty officer", "chief petty officer", "warrant officer",
                  "chief warrant officer", "lance corporal", "lance sergeant", "private first class",
                  "first lieutenant", "second lieutenant", "flight lieutenant", "flying officer", "pilot officer",
                  "staff corporal", "senior constable", "detective sergeant", "leading seaman", "able seaman"}
# Titles and ranks, whole or cut short, that open a person's name as written again later ('Brig Al
# Tamimi' after 'Brigadier Omar Al Tamimi'): not part of the name looked for.
NAME_OPENING_TITLES = frozenset({k.lower() for k in TITLE_ABBREVIATIONS} | PERSON_TITLES | MILITARY_RANKS
                                 | COUNCILLOR_ABBREVIATIONS)   # 'Cr Te Whata': the councillor's surname after it
# Titles that name an office only with their portfolio ('Secretary of State', 'Foreign Minister'):
# bare, from a form of address ('Secretary Clinton'), they give way to the full title another
# article states.
TITLES_NEEDING_A_PORTFOLIO = {"secretary", "minister"}
# Words that only say a role is current ('X, now a consultant,', 'the current President'): no part of the role.
NOW_WORDS = {"now", "currently", "presently", "current"}
# Adverbs that tie a present-tense clause to the writer's own time ('..., and traffic is flowing
# again', '..., and the city is now the dearest'): the narrative's update, not the speaker's words.
WRITERS_TIME_ADVERBS = NOW_WORDS | {"again", "today", "already", "meanwhile", "since", "yet", "tonight"}
# Adverbs that put what a relative clause tells after the time of the report it sits in ('said the
# mill, which has since cut 300 jobs, was profitable'): the writer's update, no part of the report.
SINCE_ADVERBS = frozenset({"since", "subsequently"})
# a clause these open is asked about, not asked for ("asked her to explain whether 300 jobs go")
QUESTION_MARKERS = frozenset({"whether", "if"})

# --- statement or narration (positions: whether a cue reports a stance taken) ---
# Modals of conjecture (English grammar: Quirk et al., epistemic 'would/might/could/may'): 'many
# would hope that ...' is the writer's guess at a stance, not one stated ('will' is a plan: kept).
CONJECTURE_MODALS = {"would", "might", "could", "may"}
# Adverbs that make 'would' the past's future, a narrated real statement ('she would later say').
NARRATED_FUTURE_ADVERBS = {"later", "subsequently", "eventually", "afterwards", "afterward", "only"}
# Complements of 'be' after which a subject 'it' stands for the 'to' infinitive that follows
# (extraposition: 'it was too early to say', 'it is important to stress'): that 'it' says nothing.
# A closed list: after any other complement ('it was swift to deny', 'it was desperate to stress')
# 'it' may be a body that speaks.
EXTRAPOSING_PREDICATES = {"early", "soon", "premature", "important", "necessary", "difficult", "hard",
                          "possible", "impossible", "unclear", "vital", "essential", "crucial", "unnecessary",
                          "easy", "impractical", "unwise", "unrealistic", "inappropriate", "irresponsible"}
# Coordinators that join two clauses of the same kind ('... and both crews had agreed', '... but owners should').
CLAUSE_COORDINATORS = {"and", "but"}
# Verbs of telling or establishing a fact: with 'could' (the past of 'can': 'doctors could confirm
# that ...') they report what was known, not a guess.
ABILITY_REPORT_VERBS = {"confirm", "verify", "establish", "say", "tell", "report", "state"}
# Adverbs and heads of 'every/each X' that make 'would' the past habitual ('every week he would
# tell voters ...'): a statement repeated, not a guess.
FREQUENCY_ADVERBS = {"often", "always", "repeatedly", "regularly", "usually", "frequently", "routinely",
                     "constantly", "sometimes"}
# Verbs of holding a stance over time: with a general object ('has supported gay rights') they
# describe a record, not a statement (a specific one, 'backed the plan', stays a position).
RECORD_STANCE_VERBS = {"support", "back", "oppose", "favour", "favor", "endorse"}
# Verbs of a proposal: like a stance verb, 'proposed a freeze' with nothing more says nothing
# a reader of the position alone could follow.
PROPOSING_VERBS = {"propose", "suggest", "recommend"}
# Figures: verbs of owning whose passive takes a percentage ("which is 80% owned by X", "51 per
# cent held by the state"): the percentage is a stake in the passive's subject.
OWNING_VERBS = {"own", "hold"}
# Figures: verbs of putting forward or answering an amount in a negotiation ("has offered 1.5%",
# "is asking for 4%", "rejected 2%"): a bare percentage they take is of the same kind as the
# proposed percentage right before it ("want a 12% pay rise": '% pay rise').
PROPOSED_AMOUNT_VERBS = DEMANDING_VERBS | PROPOSING_VERBS | {"offer", "table", "ask", "accept", "reject"}
# Figures: verbs of asking that name what is asked for after 'for' ("the utility is asking for a return
# of 9.8%", "the defence had asked for a sentence of four years", "residents called for 200 more
# officers"): like DEMANDING_VERBS, the amount asked for is the asker's (FrameNet Request,
# Claim_ownership 'apply/sue for'). Of ASKING_VERBS only the one also of PROPOSED_AMOUNT_VERBS ('ask'):
# the others ask about, not for.
REQUESTING_FOR_VERBS = (ASKING_VERBS & PROPOSED_AMOUNT_VERBS) | {"call", "press", "push", "apply", "appeal", "petition",
                                                               "plead", "lobby", "campaign", "sue"}
# Figures: verbs of putting an amount forward in a negotiation or plan ("the firm has offered 2.5
# percent", "the panel recommended a 4% rise"): the amount in their object is what their subject
# proposes. PROPOSING_VERBS and 'offer' of PROPOSED_AMOUNT_VERBS, but not 'suggest' (what figures or
# a finding suggest is no proposal), nor 'table', 'accept', 'reject' (they file or answer a proposal
# another may own).
OFFERING_VERBS = (PROPOSING_VERBS - {"suggest"}) | {"offer"}
# Figures: verbs by which a sentence tells an offer or request on another's word ("X offered $4bn,
# a person familiar with the matter said", "X is said to have offered", "it is understood to have
# asked for"), and adverbs of hearsay ("X reportedly offered"): the amount is not the offerer's own.
HEARSAY_CUE_VERBS = {"say", "tell", "report", "state", "add", "announce", "confirm", "claim", "allege",
                     "understand", "learn", "write", "note", "disclose", "reveal"}
HEARSAY_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently", "reputedly"}
# Verbs that sort things under a name ('characterizes events where four die as mass shootings'):
# in the present with a generic object they state a definition, not a claim.
DEFINING_VERBS = {"characterize", "characterise", "define", "classify", "class", "label", "describe"}
# Verbs of a formal vote: 'voted to insist on a review' is an act of a body, not a statement.
VOTING_VERBS = {"vote"}
# Figures: the words after a share a body voted by that say for what ("voted 83 per cent in favour
# of industrial action", "60% against the offer"): the share is of the votes cast that way.
VOTE_SIDES = {"in favour of", "in favor of", "against"}
# Nouns of a vote's count after 'by' ('backed the plan by nine votes to two', 'rejected it by a
# wide margin', 'by a majority of 40'): the verb reports how a body voted, not what it said.
VOTE_COUNT_NOUNS = {"vote", "margin", "majority"}
# What one asks someone for to find something out ('asked the bank for copies of statements',
# 'asked the council for details'): a request for papers or facts, no stance of the asker's.
REQUESTED_RECORD_NOUNS = {"copy", "record", "document", "file", "detail", "information", "data", "receipt",
                          "statement", "footage", "paperwork", "log", "minute", "comment", "figure"}
# Figures: verbs whose bare count subject counts voters ("two abstained", "212 voted for"); the
# count of a vote is of votes where no voters are counted beside it (not of abstentions).
VOTER_COUNT_VERBS = VOTING_VERBS | {"abstain", "abstained"}     # the tagger may read 'Two abstained.' as an adjective
# Nouns that take an infinitive of what is attempted or allowed ('praised the efforts of X to find
# a solution', 'questioned his authority to make the change'): the infinitive after them is their
# complement, the point of the object.
ATTEMPT_NOUNS = {"effort", "attempt", "bid", "drive", "push", "campaign", "plan", "move", "decision",
                 "determination", "willingness", "readiness", "initiative",
                 "authority", "right", "power", "ability", "mandate"}
# Statement nouns whose 'to' phrase is what is held ('its opposition to the dam'); after the others
# it names a hearer or a target ('a warning to Moscow', 'the threat to Europe'), no content.
TO_CONTENT_NOUNS = {"opposition", "objection", "commitment"}
# Nouns of a reported claim whose clause may follow without 'that' ('a probe into claims the memo
# was drafted at No 10'): the clause is the claim's content.
HEARSAY_NOUNS = {"claim", "allegation", "report", "suggestion", "assertion", "accusation", "rumour", "rumor"}
# Prepositions whose phrase right after a request's object belongs to that object ('called for an
# inquiry into X', 'a ban on Y', 'sanctions against Z'), not to the verb.
OBJECT_PHRASE_PREPOSITIONS = {"into", "of", "on", "against", "over", "between"}
# Modals of advice or obligation ('the campaign should ...', 'ought to', 'must'): a cue under one
# is what the writer prescribes, no statement made.
ADVICE_MODALS = {"should", "ought", "must"}
# Personal object pronouns and their number: one agreeing with the subject of the clause it
# follows cannot be that subject (English would take the reflexive: 'purged them', not 'themselves').
OBJECT_PRONOUN_NUMBER = {"them": "plural", "him": "singular", "her": "singular", "it": "singular"}

# figures: what a pronoun in a source phrase can stand for ('It said', 'its forecast', 'His cost
# estimates'): the form whose antecedent the sentence before gives, the types of actor 'it' may
# mean, and the gender of the given name a possessive of a person needs.
ANTECEDENT_PRONOUNS = {"it": "it", "its": "it", "his": "his", "her": "her"}
ANTECEDENT_PRONOUNS_GENDER = {"his": "m", "her": "f"}
# The forms those pronouns stand as, in the order the sentence before is searched for them ('it' first).
ANTECEDENT_FORMS = tuple(dict.fromkeys(ANTECEDENT_PRONOUNS.values()))
BODY_TYPES = ("organization", "country")
# ... and the nouns of the sentence before that 'it' may mean instead (a document, a statement, a
# body no actor was resolved to): with one of them there, 'it' is left unresolved.
IT_RIVAL_NOUNS = SOURCE_NOUNS | STATEMENT_NOUNS | PRESENTATION_NOUNS | ORG_HEADS | BODY_GROUP_NOUNS
# figures: nouns of membership whose named body after 'of'/'from' is part of what is counted
# ('one member of the Coast Guard' counts Coast Guard members); the same prepositions name the
# groups of a count shared out ('two each from X and Y').
COUNTED_MEMBER_NOUNS = {"member", "employee", "officer", "soldier", "staffer", "worker"}
COUNTED_MEMBER_PREPOSITIONS = {"of", "from"}
# The recogniser's (spaCy, OntoNotes) labels of a name whose members can be counted ('employees of Acme').
MEMBERS_BODY_LABELS = {"ORG", "NORP", "GPE"}
# figures: nouns naming one person ('the minister', 'a local mother'), who as a subject is the nearer
# owner of a later 'his'/'her' than the person of the sentence before.
SINGLE_PERSON_NOUNS = ROLE_NOUNS | PERSON_NOUNS | KINSHIP_NOUNS | MEMBER_NOUNS
# Letters in which Latin spellings of one name written from another script most often differ
# ('Rashed'/'Rashid', 'Haddad'/'Hadded'): the vowels, and 'y' written for 'i'.
VOWEL_LETTERS = frozenset("aeiouy")
# Nouns of what is held in a country or is its state of affairs: a country that only owns one
# ("Austria's presidential election", "Peru's economy") is its setting, no actor. Not "census":
# a count the state takes is a document, and its owner the source of its figures.
SETTING_NOUNS = {"election", "elections", "referendum", "referendums", "economy"}
# Verbs of showing a programme: a channel after them and 'on' ('shown on X News 24') is where
# the programme went out, as after BROADCAST_SPEECH_WORDS.
BROADCAST_SHOWING_VERBS = {"show", "broadcast", "air", "screen", "televise"}
# Verbs of putting something out or taking it in on a platform ('streamed on X', 'watch it on
# X'): the object of their 'on' is where a thing is seen, not who does something.
PLATFORM_VERBS = BROADCAST_SHOWING_VERBS | {"stream", "livestream", "watch", "view", "upload", "post", "host"}

# Plural nouns of the people who speak for a body, even when only some of them do ("some
# officials said"): unlike "other EU leaders", a part of its members.
BODY_VOICE_NOUNS = SPOKESPERSON_NOUNS | {"official", "representative", "source"}
# Nouns of one who speaks for a force as its member, after a bare police noun ('a police spokesperson', 'a
# senior police officer', 'police sources').
POLICE_VOICE_NOUNS = BODY_VOICE_NOUNS | {"officer"}
# Of these, the nouns of a member who may speak for himself ('a police officer said he was hurt'): one speaks
# for the force only with a word of high rank (POLICE_VOICE_RANK_WORDS: 'a senior police officer').
POLICE_MEMBER_VOICE_NOUNS = frozenset({"officer", "official"})
# Words of a rank high enough for an unnamed voice to speak for his body: a force's ('a senior police officer',
# 'a top police official') or any body's given by its kind word ('a senior company official', speakers.py
# `_voice_rank`); not 'junior', unlike SENIORITY_WORDS.
VOICE_RANK_WORDS = frozenset({"senior", "top", "high-ranking"})
# The kind word before a voice that takes up the one '... District' body named (speakers.py `_one_district_body`:
# 'a district spokeswoman' of the 'Orwin Unified School District'); a county's, region's or division's word is not
# read so (DISTRICT_WORDS holds them for names of places).
DISTRICT_VOICE_WORDS = frozenset({"district"})
# Heads a party's name may end on besides those of PARTY_HEADS ('the Orwin Alliance', 'the National Congress'):
# another body a party's voice may speak for (speakers.py `_rival_of_kind`).
PARTY_RIVAL_NAME_HEADS = frozenset({"alliance", "congress", "coalition"})
# Nouns of someone who appears in court or a hearing for a party ('counsel for X', 'the lawyer for X'):
# the object of their 'for', like that of a person's name ('Ann Lowe SC, for X,'), is a party, no
# place (generator/extract/actors.py). Not "advocate": 'a tireless advocate for Glenmore Heights'
# champions the town.
PARTY_REPRESENTATIVE_NOUNS = {"counsel", "lawyer", "barrister", "solicitor", "attorney"}
# Prepositions after one of them that name the body it speaks for ('a spokesman for X', 'an official
# of X', 'a representative at X'); a place's name before a spokesperson's noun with such a body is where
# the spokesperson works, not the body (actor_names, `_a_place_a_spokesperson_speaks_for`).
VOICE_BODY_PREPOSITIONS = {"for", "of", "at"}
# Of these, the ones after which a definite description names the body an unnamed voice speaks for
# ('an official of the Tribunal', 'a spokesman for the company': speakers.py, `_voice_of_described_body`),
# or a person's noun or a body's part the body it belongs to ('a lawyer for the X Fund', 'the board of
# the X Fund': actors.py, `_named_for_its_people`).
DESCRIBED_BODY_PREPOSITIONS = frozenset({"of", "for"})
# Plural nouns of people who speak for a body given by its kind word alone ('union leaders',
# 'company executives', 'ministry officials'); 'union members' are not its voice.
KIND_VOICE_PLURAL_NOUNS = BODY_VOICE_NOUNS | {"leader", "executive", "negotiator"}
# Prepositions that name some members of a plural source ("critics, like X and Y"; "such as").
EXAMPLE_LINKS = {"like", "including"}
# Words of rank before a source that name no body of its own ("senior government officials").
SENIORITY_WORDS = {"senior", "top", "high-ranking", "junior"}

# ---- who is who: descriptions a reader resolves against the article's actors (whoiswho.py) ----
# Colloquial nouns of a post and the words of the posts or bodies they stand for: 'the veteran cop'
# may be a person whose role or title holds one of them ('Detective Sergeant X').
EPITHET_NOUNS = {"cop": {"police", "policeman", "policewoman", "superintendent", "inspector", "constable",
                         "sergeant", "detective", "commissioner", "officer"},
                 "boss": {"chief", "head", "director", "chairman", "chairwoman", "chair"},
                 "lawmaker": {"legislator", "senator", "congressman", "congresswoman", "mp", "mla"},
                 "legislator": {"lawmaker", "senator", "congressman", "congresswoman", "mp", "mla"}}
# Title abbreviations written before a name and the noun of the post they stand for ('Dr. X' may be
# 'the doctor'; 'Supt X' 'the superintendent').
TITLE_NOUN_ABBREVIATIONS = {"dr": "doctor", "supt": "superintendent", "insp": "inspector", "sgt": "sergeant",
                            "det": "detective", "prof": "professor", "capt": "captain", "col": "colonel", "lt": "lieutenant",
                            **{style: "councillor" for style in COUNCILLOR_ABBREVIATIONS}}
# Of those, the titles a degree confers as well as a post ('Dr. Ann Lowe, a historian,' is no
# physician): they stand for the post only where no other post is written with the person.
DEGREE_TITLE_ABBREVIATIONS = {"dr"}

# ---- bodies described by a noun (issue 12, round 7) -------------------------------------------
# Head nouns that make a described body a state's where only a country's adjective or possessive
# and generic body words go with them ('X, the British intelligence service').
STATE_BODY_NOUNS = (STATE_BODIES | {"service", "services", "force"}) - {"court", "congress", "senate", "parliament"}
# Head words of a state agency's name that other bodies share ('Securities Commission', 'Bureau of
# Meteorology', 'Federal Board of Revenue'; but 'Better Business Bureau', 'Press Complaints
# Commission'): the name is a state body's only where its other words are a national word and a
# state's fields of work (STATE_AGENCY_FIELDS, STATE_BODY_QUALIFIERS, PORTFOLIOS).
STATE_AGENCY_HEADS = {"bureau", "commission", "authority", "board", "agency"}
# A central state's own words that open an agency's name, and the heads that, after them, make any name
# a state agency's ('National Disaster Management Authority', 'Federal Roads Authority'; a 'National ...
# Agency', 'Bureau', 'Board' or 'Commission' may be a private one: 'National Talent Agency', 'National
# Bureau of Economic Research').
# Capitals whose names, alone in a paper's dateline, say no state (generator/extract/roles.py): another
# well-known city or region has the name ('SAN JOSE' of California, 'VICTORIA' of British Columbia,
# 'KINGSTON' and 'HAMILTON' of Ontario, 'GEORGETOWN' of Penang, "ST. JOHN'S" of Newfoundland, 'PANAMA
# CITY' of Florida, 'TRIPOLI' of Lebanon), or bodies above states sit there ('BRUSSELS', 'LUXEMBOURG':
# the EU's 'Commission' and 'Council' are no Belgian bodies).
DATELINE_CAPITALS_OF_NO_ONE_STATE = {"san jose", "victoria", "kingston", "hamilton", "georgetown", "st johns", "st john", "saint john",
                                     "saint johns", "panama city", "tripoli", "nassau", "brussels", "luxembourg"}
# Names of a state that two states share, so no one country is meant ('Korea', 'Korean' for North
# and South; 'Congo' for the Republic and the Democratic Republic): no affiliation is given for them,
# but an article that speaks of such a state twice or more is about another state than the one it
# names most, whose guess then falls for bare offices.
STATE_NAMES_OF_TWO_STATES = frozenset({"korea", "korean", "koreans", "korea's", "congo", "congolese", "congo's"})
NATIONAL_LEVEL_WORDS = {"national", "federal"}
NATIONAL_AGENCY_HEADS = {"authority"}
# Words that make a state body's name a local one ('District Engineering Office', 'City Police
# Department'): a story's dateline is no ground to give it the central state.
LOCAL_BODY_WORDS = {"regional", "provincial", "county", "district", "municipal", "city", "local", "field"}
# Fields of work of a state's agencies, beside the portfolios of its ministries.
STATE_AGENCY_FIELDS = {"revenue", "statistics", "statistical", "census", "meteorology", "meteorological",
                       "weather", "securities", "taxation", "customs", "excise", "electoral", "election",
                       "aviation", "standards", "audit", "prisons", "roads", "highways", "planning",
                       "labour", "labor", "fisheries", "forestry", "food", "drug", "drugs"}
# Words of PORTFOLIOS that are ranks or owners, not a field of work ('Chief Executive Board', 'State Board').
PORTFOLIO_RANK_WORDS = {"shadow", "deputy", "prime", "vice", "chief", "general", "attorney", "press", "cabinet",
                        "international", "state"}
# The field nouns a title's portfolio ends on ('Minister of Coastal Services', 'Commissioner for
# Water Security and Rural Affairs', 'the Public Relations Officer'): an office's remit, no body of
# its own, where no body's head word or proper name goes with them.
PORTFOLIO_FIELD_NOUNS = (PORTFOLIOS - PORTFOLIO_RANK_WORDS) | UNIT_FUNCTION_WORDS | {
    "services", "works", "infrastructure", "housing", "tourism", "sport", "sports", "fisheries", "forestry",
    "mines", "mining", "highways", "roads", "immigration", "welfare", "labour", "youth", "technology",
    "innovation", "science", "planning", "lands", "water", "resources", "information", "broadcasting",
    "ports", "waterways", "heritage", "arts"}
# Titles whose 'of'/'for' or field before them is a portfolio of state ('Minister of Coastal
# Services', 'the Rural Affairs Commissioner'); a chairman's, president's or director's is a body
# ('the Chairman of Harbour Energy'), but a unit head's function (UNIT_FUNCTION_WORDS) is a portfolio too.
PORTFOLIO_HOLDER_TITLES = {"minister", "secretary", "commissioner", "undersecretary", "mec"} | SPOKESPERSON_NOUNS
# Nouns that call a body a state's agency when a state's fields of work are all that qualify them
# ('statistics agency IBGE', 'the weather bureau, Metra,'; not 'news agency X', 'credit bureau X',
# 'a state agency', which may be a region's).
STATE_AGENCY_DESCRIPTIONS = {"agency", "bureau", "office", "ministry", "department", "service", "regulator"}
# The only words besides the country that may go with such a noun: a national body's qualifiers (not
# 'the Syrian opposition force', 'the Mexican city government', 'a US state agency', 'a provincial police force').
STATE_BODY_QUALIFIERS = {"security", "intelligence", "secret", "foreign", "home", "interior", "defence", "defense",
                         "armed", "national", "federal", "central", "military", "air", "naval", "coast", "border",
                         "police", "government", "special", "forces", "force", "service", "services", "guard",
                         "army", "navy", "agency", "ministry", "department", "justice", "finance", "treasury",
                         "health", "education", "trade", "energy", "environment", "affairs", "investigative",
                         "investigation", "bureau", "directorate", "customs", "immigration", "tax", "space",
                         "nuclear", "statistics", "statistical", "counterintelligence", "counter", "-", "terrorism"}
# Words before a head that is no state body's own word in a name ending 'of COUNTRY' that make the name a
# state's ('Reserve Bank of Kessa', 'Central Bank of Kessa', 'Electoral Commission of Kessa', "People's Bank
# of Kessa"); a trade's or a firm's word ('Insurance Council of Kessa', 'Royal Bank of Kessa') does not.
STATE_OWNED_NAME_WORDS = frozenset(STATE_BODY_QUALIFIERS | STATE_AGENCY_FIELDS
                                   | {"reserve", "state", "people's", "people’s", "supreme", "constitutional", "executive",
                                      "legislative", "privy", "high"})
# Words right after a country's name that make the name the topic of the body's work, not its owner
# ('Kessa Affairs Office', 'Kessa Relations Council': a body for Kessa's affairs, often another state's).
TOPIC_AFTER_A_NAME_WORDS = frozenset({"affairs", "relations"})
# Bare titles of a region's own head of government ('Gov. X', 'Premier X'): in a story that names one
# region's government and no other region, the holder is, as a guess, that region's.
REGIONAL_HEAD_TITLES = frozenset({"governor", "premier"})
# Words of a minister's title that only a country's government has ('Prime Minister', 'Foreign Minister').
NATIONAL_ONLY_MINISTER_WORDS = frozenset({"prime", "foreign", "defence", "defense"})
# A state agency's field that, alone before a country's name, names that state's agency ('Statistics
# Norway', 'Stats Kessa', 'Customs Kessa'; not 'Amnesty International UK', a body's branch).
AGENCY_FIELDS_BEFORE_A_COUNTRY = frozenset({"statistics", "stats", "census", "customs", "meteorology"})
# The fields of work that may open a state body's name written as its fields and then its country's name
# ('Forestry and Waters Kessa', 'Health Kessa'): a government's portfolios and its agencies' fields (not the
# fields of arm's-length councils, 'Sport Kessa', 'Arts Kessa'), not a unit's function ('Media Kessa', 'Sales
# Kessa' are firms' names) nor the trades employers' bodies are named for ('Business
# Kessa', 'Industry Kessa', 'Energy Kessa': EMPLOYER_BODY_FIELDS, the trades and utilities firms share), and the
# kind nouns such a body is called by ('the department'; 'the agency' where its fields are only an agency's:
# AGENCY_FIELDS_BEFORE_A_COUNTRY).
EMPLOYER_BODY_FIELDS = frozenset({"business", "industry", "trade", "commerce", "work", "energy", "water", "mining", "mines"})
STATE_FIELDS_BEFORE_A_COUNTRY = frozenset((PORTFOLIOS - PORTFOLIO_RANK_WORDS - UNIT_FUNCTION_WORDS - EMPLOYER_BODY_FIELDS)
                                          | STATE_AGENCY_FIELDS)
FIELDS_BEFORE_A_COUNTRY_KINDS = frozenset({"department"})
AGENCY_FIELDS_BEFORE_A_COUNTRY_KINDS = frozenset({"agency"})
# Words that join the fields of such a name ('Forestry and Waters Kessa', 'Roads & Rail Kessa'; '' is a lone comma).
FIELD_JOINING_WORDS = frozenset(TITLE_FIELD_JOINS | {""})
# Lower-case nouns of a part of a body, written as another's ('its emergency department', 'the hospital's
# records unit'): near one, 'the department' may be that part rather than a state body named
# '<Fields> <Country>' (bodies.py, a_unit_of_another_body_near).
UNITS_OF_A_BODY = frozenset({"department", "unit", "agency", "division", "office"})
# Words of a region's own agencies' names beside a state's fields and body words ('Ohio Emergency
# Management Agency', 'Ontario Highway Patrol', 'Texas National Guard'): a region's name opening such a
# name makes the body that region's government's.
# Words of a force that a nation or a region may keep: a region's name before one makes the force
# the region's only with a word of a region's own force beside it ('Ohio State Police', 'Ontario
# Provincial Police', 'Manitoba Highway Patrol', 'Ohio National Guard'), not a national force's
# local command ('Kisumu Police').
# A police force's own words (no guard's or patrol's): 'Police said' speaks for the one force so named.
POLICE_WORDS = frozenset({"police", "constabulary", "gendarmerie"})
FORCE_NAME_WORDS = POLICE_WORDS | {"guard", "patrol"}
# Bare common nouns (lemmas) a story calls the police by ('Police said', 'according to police', 'cops say').
BARE_POLICE_NOUNS = frozenset({"police", "cop"})
# Heads that may close a force's name after its police word ('Orwin Police Service', 'Harbour Police
# Agency', 'Kessa State Police Command'); not 'Commission' (one that oversees the police) nor a unit's head.
POLICE_FORCE_HEADS = frozenset({"service", "force", "agency", "department", "command"})
REGIONAL_FORCE_WORDS = frozenset({"state", "provincial", "highway", "national"})
# The one determiner a bare police noun may carry and still mean the force named ('the police said'; not
# 'a police spokesman', 'some police').
BARE_POLICE_DETERMINERS = frozenset({"the"})
# Common words a territorial force's name may carry beside its place's own name and its force words
# ('Kessa Metropolitan Police', 'Royal Harwick Constabulary'); any other common word makes it a force of
# one purpose ('Harwick Transit Police', 'Harwick University Police'), not the police a bare 'police' means.
TERRITORIAL_FORCE_NAME_WORDS = REGIONAL_FORCE_WORDS | {"metropolitan", "city", "county", "municipal", "royal",
                                                       "regional", "and", "of", "the"}
# Words of a force of one purpose that a gazetteer may also know as a place's name ('University'): such a
# word in a force's name makes it no territorial force even so.
SINGLE_PURPOSE_FORCE_WORDS = frozenset({"university", "college", "campus", "transit", "transport", "railway", "rail",
                                        "port", "harbour", "harbor", "airport", "military", "park", "parks", "school",
                                        "hospital", "housing", "border", "capitol"})
# Heads of a body with a police word in its name that is no force and never speaks as 'police' ('the Orwin
# Police Board', 'the Police Complaints Authority', 'the Police Federation'): such a body does not compete
# with the one force a bare 'police' speaks for; any other body with a police word does ('Police Scotland').
NON_FORCE_POLICE_BODY_HEADS = frozenset({"board", "commission", "federation", "association", "authority", "union", "ombudsman"})
# Nouns for officers of a force other than the police ('State troopers stopped the car'): with one in the
# story, 'Police said' may be theirs.
OTHER_FORCE_NOUNS = frozenset({"trooper", "marshal", "sheriff", "gendarme"})
# Prepositions of a place phrase that sets the clause elsewhere ('In Dunmore, police said', 'Off campus,
# police said', 'Across the border in Dunmore, the ministry's ...').
ELSEWHERE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "within", "across", "off"})
# Common nouns of a place a phrase sets the clause in ('In the neighbouring town, police said').
ELSEWHERE_PLACE_NOUNS = SETTLEMENT_NOUNS | PLACE_PART_NOUNS | {"campus", "state", "country"}
# Prepositions by which a police noun is another place's or body's police ('police in the next town',
# 'police from Dunmore'), unlike a parse's stray 'for' ('grateful to police for the arrests').
OTHER_POLICE_PREPOSITIONS = ELSEWHERE_PREPOSITIONS | {"from", "of"}
REGIONAL_AGENCY_WORDS = frozenset({"emergency", "management", "safety", "highway", "patrol", "transportation",
                                   "corrections", "guard", "police", "service", "services", "provincial", "state"})
# A body's own officers' titles: bare before a name ('Home Affairs spokesman X', 'said director X')
# they are held in the one body the sentences around name as their subject.
BODY_OFFICER_TITLES = SPOKESPERSON_NOUNS | {"director", "chairman", "chairwoman",
                       "treasurer", "secretary general"}
# Officer titles of a body that heads or organises members ('President X', 'Regional organiser X',
# 'general secretary X' after 'The Harbour Workers Union said'): held, bare, in the body the sentence
# before names as its subject only where that body is named as one of members (a union, an
# association, a federation; not a firm's or a state's president) (roles.py, `_body_just_before`).
MEMBER_BODY_OFFICER_TITLES = frozenset({"president", "organiser", "organizer", "general secretary", "secretary general"})
# Qualifiers by which a state's title ('President X', 'Vice-President X', the head of a state as often as
# of a union) is a body's own officer's: its board's or a branch's ('Board president X', 'Branch president X')
# (roles.py, `_body_just_before`).
BOARD_OR_BRANCH_QUALIFIERS = frozenset({"board", "branch"})
# Posts and the head word of the office named for them and a field ('Port Works Secretary' heads the 'Department
# of Port Works', 'Director of Public Health' the 'Directorate of Public Health', 'Inspector of Mines' the
# 'Inspectorate of Mines') (roles.py, `_office_of_the_posts_field`).
OFFICES_NAMED_FOR_THEIR_POST = {"secretary": "department", "director": "directorate", "inspector": "inspectorate"}
# Of those, the posts also titled '<post> of <field>' ('Director of Public Health'); not 'Secretary of Health', a
# minister's title as often.
POSTS_TITLED_OF_THEIR_FIELD = frozenset({"director", "inspector"})
# Words of rank or tenure before such a post that keep it the office's head or one of its officers ('Deputy
# Director of Public Health'); not 'Regional' or 'National', an office of another level.
OFFICE_POST_RANK_WORDS = frozenset({"interim", "acting", "deputy", "vice", "executive", "assistant", "senior"})
# Nouns (lemmas) of a body's members as a whole: a body whose own sentence speaks of 'its members' or 'its
# membership' is one of members (roles.py, `_speaks_as_a_body_of_members`; not MEMBERSHIP_NOUNS, whose
# 'member' or 'backbencher' speaks as one person).
OWN_MEMBERS_NOUNS = frozenset({"member", "membership"})
# Officer titles that head any organisation's board or staff ('Interim chair X', 'Chief executive X'):
# held, bare, in the organisation the sentence before names as its subject (roles.py, `_body_just_before`).
BODY_HEAD_OFFICER_TITLES = frozenset({"chair", "chairperson", "chief executive", "chief executive officer"})
# Words of rank or tenure before an officer's title that name no portfolio and no other body: an office
# post's rank, a board's or a branch's, or a level ('Interim chair', 'Regional organiser', 'Deputy general
# secretary', 'Board president').
OFFICER_RANK_QUALIFIERS = frozenset(OFFICE_POST_RANK_WORDS | BOARD_OR_BRANCH_QUALIFIERS | {"regional", "national"})
# Officer titles named for their body's kind: such an officer is only that kind of body's ('Trade
# Commissioner X' after 'The Harbour Commission said', not after a company).
KIND_OFFICER_TITLES = {"commissioner": "commission", "councillor": "council", "councilor": "council",
                       "councilman": "council", "councilwoman": "council", "councilmember": "council",
                       "councilperson": "council", "governor": "bank"}
# Words one of which a body of such a kind must be named with to have such officers: a councillor
# sits on a town's council ('Dunmore Shire Council'), not on an arts or research council.
KIND_OFFICER_BODY_WORDS = {"council": {"city", "county", "borough", "district", "shire", "town", "parish",
                                       "municipal", "metropolitan", "village", "township"},
                           "bank": {"central", "reserve", "state", "national", "federal"}}   # a governor heads a central bank
# Prepositions that tie people to the body they work at or belong to ('workers at a glass maker',
# 'staff of a care charity'): that body is the opening's subject (bodies.py `_opening_subject`).
STAFF_BODY_PREPOSITIONS = {"at", "of"}
# Unnamed bodies ('the ministry', 'the shipping firm') besides ORG_HEADS and STATE_BODIES: where one
# is spoken of, a bare officer title may be that body's.
UNNAMED_BODY_NOUNS = {"firm", "company", "regulator", "council", "government", "authority", "club", "studio",
                      "board", "bank", "union", "employer", "operator", "group"}
# A body named by a description inside another speaker's reported clause ('said the government
# had proposed ...'): its act is what the speaker reports, no position of its own.
REPORTED_BODY_NOUNS = UNNAMED_BODY_NOUNS | BODY_GROUP_NOUNS | {"ministry", "agency", "committee", "commission",
                                                                    "guild", "federation", "alliance", "coalition"}
# Words of the arts: a 'director' there directs a film or a play, not the body.
ARTS_WORDS = {"film", "play", "show", "movie", "festival", "theatre", "theater", "studio", "orchestra",
              "documentary", "series", "opera", "production", "cinema", "gallery", "museum"}
# Seats a body sits in besides ORG_HEADS ('the Institute for X at Harwell University's law school').
SEAT_OF_LEARNING_NOUNS = {"university", "school", "college", "faculty", "academy", "hospital"}
# Head nouns of a body a country's name may end ('Catholic University of Argentina', 'Church of Norway',
# 'Bar Association of India') that is no body of that state and does not speak for it.
NOT_A_STATES_VOICE_HEADS = SEAT_OF_LEARNING_NOUNS | COMPANY_NAME_HEADS | ASSOCIATION_HEADS | PUBLICATION_HEADS \
    | {"church", "diocese", "archdiocese", "club", "team"}
# Common nouns for things that have a head or staff of their own ("opened a museum. Its director …"):
# beside one, 'its' may mean that thing rather than the body spoken of (generator/extract/roles.py).
OWNER_NOUNS_FOR_ITS = ORG_HEADS | BODY_GROUP_NOUNS | UNNAMED_BODY_NOUNS | SEAT_OF_LEARNING_NOUNS | CARE_BODY_WORDS \
    | ARTS_WORDS | {"subsidiary", "unit", "venture", "project", "team", "newspaper", "magazine", "channel",
                    "library", "zoo", "airport", "stadium", "station", "prison"}
# Nouns for a body of any kind ("The Harbour Council said … . The group's spokesperson, X,"): as the owner
# of a post only a body has they take up the body the sentence before (or the owner's clause) is about,
# as 'its' does (generator/extract/roles.py, `_body_the_group_means`).
BODY_NOUNS_READ_AS_ITS = frozenset({"group", "organisation", "organization", "body"})
# A member of one of these is kin, not an officer ('a member of the Hollis clan' is no role).
FAMILY_NOUNS = {"family", "clan", "dynasty", "household"}
# Verbs that choose a person for a post named after 'as' ('appointed X as chief executive').
CHOOSING_VERBS = {"nominate", "appoint", "elect", "choose", "pick", "select", "tap", "install", "name"}
# Verbs done by two or more ('The president and former leader X met'): the subject is a pair, not one person.
RECIPROCAL_VERBS = {"meet", "talk", "clash", "agree", "negotiate", "discuss", "sign", "embrace", "argue", "debate"}
# Words that make a part noun name a body that broke from or rivals another ('a breakaway faction of X').
SEPARATED_WORDS = {"breakaway", "splinter", "rival", "dissident", "renegade", "former", "ex", "rebel"}
# Verbs that say a party member left it ('a Democrat who became an independent', 'a Republican turned independent').
LEFT_PARTY_VERBS = {"become", "turn", "leave", "quit", "defect", "switch", "resign"}
# 'a veteran of X': served in X, where X is a body (not 'a Vietnam veteran', 'a veteran of the Iraq war').
VETERAN_NOUNS = {"veteran", "veterans"}

# ---- the government of an article's country (fix round 7) ------------------------------------
# People nouns besides BODY_VOICE_NOUNS that speak for a government ('government lawyers'); not
# 'government critics' or 'government supporters', who are not it.
GOVERNMENT_VOICE_NOUNS = {"minister", "lawyer", "aide", "adviser", "advisor", "spokesman", "spokeswoman"}
# Heads of a state, province or territory: an article naming one may mean its government by
# 'the government'.
SUBNATIONAL_HEADS = {"governor", "premier", "first minister", "chief minister", "chief executive"}
# People nouns that speak for the body qualifying them, when joined ('Russian officials and
# diplomats', 'officials and lawyers for the union').
JOINED_VOICE_NOUNS = BODY_VOICE_NOUNS | GOVERNMENT_VOICE_NOUNS | {"diplomat", "leader", "commander", "negotiator"}

# Verbs that hand on another's words ("recalled her father saying", "quoted the mayor as
# saying", "citing the sign: ..."): the words are the other source's, not the subject's.
RECOLLECTION_VERBS = {"recall", "remember", "recollect", "hear", "quote"}
QUOTING_VERBS = {"cite", "quote", "read"}
# Verbs that tag a quotation only when their complement is the quotation ('"...," she
# continued', 'He went on: "..."'); "continued her tour" states nothing.
CONTINUING_VERBS = {"continue", "begin", "go"}

# ---- claimants of figures (round 10) -----------------------------------------------------------
# Adjectives that place a claim in a sequence and name no holder of their own ('Zembia's pledge
# ..., and an earlier plan to invest ...'): the claim stays the first claim's holder's.
SEQUENCE_ADJECTIVES = {"earlier", "later", "previous", "prior", "recent", "subsequent", "further",
                       "new", "second"}
# Verbs whose active subject authors the document it issues ('X released a report', 'X set out
# the plan in a white paper', 'X said in a statement'); DOCUMENT_MAKING_VERBS without those that
# move or show someone else's document ('carry', 'show', 'give', 'send', 'put', 'make', 'circulate',
# 'distribute': 'activists circulated a report').
DOCUMENT_ISSUING_VERBS = {"publish", "release", "issue", "prepare", "produce", "commission", "write",
                          "draft", "compile", "present", "submit", "unveil", "outline", "detail"}
# Verbs by which one who leads a study or review makes it ('a review led by Dr X'): its maker, before
# one who commissioned it (generator/extract/speakers.py, `_issues`).
DOCUMENT_LEADING_VERBS = frozenset({"lead", "head"})
# Verbs by which one has a document made by another ('a study commissioned by A'), and the preposition after
# them that names its maker ('commissioned by A from B'): the maker's document, not the commissioner's
# (generator/extract/speakers.py, `maker_beside_commissioner`).
COMMISSIONING_VERBS = frozenset({"commission"})
# Prepositions whose object is whom or what a document is for ('a report to the meeting', 'a study for the
# board'): such a noun names no maker, so a 'by' phrase the parser hangs on it is the document's
# (generator/extract/parse.py, `document_makers_off_their_recipient`).
DOCUMENT_RECIPIENT_PREPOSITIONS = frozenset({"to", "for"})
# The preposition that names the doer of a passive verb or the maker of a document ('a report by X', 'carried
# out by X'): one constant for the rules of a document's maker (generator/extract/parse.py, speakers.py).
MAKER_PREPOSITION = "by"
# Verbs of MAKING a study or report (the lemma; 'carry' with its particle, AUTHORING_VERB_PARTICLES): the agent
# of such a participle at a later mention of a commissioned study is its maker ('The review, carried out by B,').
# Not verbs of putting it out (publish, release, present, submit, issue): whoever does that did not make it
# (generator/extract/speakers.py, `maker_named_at_a_later_mention`). The verbs every rule of a maker reads
# (DOCUMENT_AUTHORING_VERBS) and a study's own: written, undertaken, led; not 'produced', 'collected',
# 'gathered' (AUTHORING_VERBS: figures' and data's too).
STUDY_MAKING_VERBS = DOCUMENT_AUTHORING_VERBS | {"write", "undertake", "lead"}
# Words that set a later document mention apart as another document than the one before ('The report by X, a
# separate document,', 'on a separate matter', 'an earlier report'): such a mention takes up no document
# (generator/extract/speakers.py, `_takes_up_naming_its_maker_by`).
DOCUMENT_SET_APART_WORDS = frozenset({"separate", "another", "other", "new", "second", "earlier", "previous",
                                      "different", "prior", "further", "fresh", "latest", "former", "older"})
MAKER_AFTER_COMMISSIONING = frozenset({"from"})
# Verbs with a particle that lay out a document's content ('set out the plan in a white paper').
DOCUMENT_LAYING_OUT_VERBS = {"set": "out", "lay": "out"}
# Words that give an office's reach, not the body it belongs to ('Regional governor', 'the state
# treasurer'): a holder whose role has only these besides the office may be 'X's governor'.
OFFICE_SCOPE_WORDS = {"regional", "provincial", "state", "local", "federal", "national", "county", "city",
                      "district", "municipal", "general"}
# Cue verbs that may come before their subject at the end of a sentence ('..., reported officials').
INVERTED_CUE_WORDS = {"said", "reported", "stated", "added", "announced", "confirmed", "told"}
# ---- who is who (round 10) ----
# Nouns through which a nationality word stands for its state ('the Turkish government', 'Turkish
# officials', 'Turkish troops'); before any other noun ('a Turkish journalist', 'Turkish Americans')
# it names people of that nationality, not the country (generator/extract/actors.py).
NATIONAL_VOICE_NOUNS = STATE_BODY_NOUNS | SEATED_STATE_VOICES | STATE_ROLES | OFFICE_NOUNS | BODY_VOICE_NOUNS \
    | GOVERNMENT_VOICE_NOUNS | {"official", "diplomat", "negotiator", "delegation", "side", "leader", "troops",
                                "soldier", "warplane", "jet", "coast guard", "state", "president", "prime",
                                # a state's courts, prosecutors, regulators, spies and lawmakers act for it too
                                "prosecutor", "court", "judiciary", "investigator", "regulator", "intelligence",
                                "parliament", "lawmaker", "legislator", "warship"}
# Nouns of a country's people taken as one body ('the British public', 'the Kessan people', 'Kessan
# voters'): a country's adjective or name before one names that collective, not the state, so it
# is no mention of the country (generator/extract/actors.py).
NATIONAL_PUBLIC_NOUNS = {"public", "people", "voters", "electorate", "populace", "citizenry"}
# Words that make an office a region's ('regional deputy governor'; with SUBNATIONAL_HEADS).
REGIONAL_WORDS = {"regional", "provincial", "state", "county", "district"}
# First parts of a hyphenated word that says what a body works against ('the anti-graft agency', 'the
# counter-terrorism unit'): before a kind of state enforcement body (MISSION_BODY_KINDS) it says the
# body's field, and leaves 'the <kind>' the one body of that kind the article names, where that body was
# named with its bracketed initials (generator/extract/speakers.py). Not before a business's or a
# campaign's kind: 'the anti-smoking group' is no tobacco group, it works against one.
BODY_MISSION_PREFIXES = frozenset({"anti", "counter"})
MISSION_BODY_KINDS = frozenset({"agency", "unit", "squad", "regulator", "watchdog", "commission", "bureau"})
# Kind nouns whose bodies are named by other heads: 'the lender' is a body named '... Bank' or
# '... Fund' (the International Monetary Fund, the World Bank) (generator/extract/speakers.py).
# 'The agency' is a body named '... Office', '... Authority' or '... Bureau' too (the Office of Civil
# Defence, the Harbour Authority); 'the ministry' a '... Department' (the Department of Health); 'the
# regulator' or 'the watchdog' an '... Authority' or '... Commission'; 'the broadcaster' a '... Radio'
# or '... Television'; 'the charity' a '... Trust' or '... Foundation'; 'the agency' a '... Commission'
# too (the Harbour Crimes Commission); 'the force' a '... Police' or '... Constabulary' (FORCE_NAME_WORDS).
KIND_NAME_HEADS = {"lender": {"bank", "fund"}, "agency": {"agency", "office", "authority", "bureau", "commission"},
                   "ministry": {"ministry", "department"}, "department": {"department", "ministry"},
                   "regulator": {"authority", "commission", "regulator"},
                   "watchdog": {"authority", "commission", "ombudsman", "watchdog"},
                   "broadcaster": {"radio", "television", "broadcasting", "broadcaster"},
                   "charity": {"trust", "foundation", "charity"},
                   # a business of one trade (TRADE_COMPANY_NOUNS): 'the carrier' after 'Harbour Airways'
                   "carrier": {"airways", "airlines", "airline", "air"},
                   "utility": {"power", "electricity", "energy", "utility", "utilities"},
                   "force": FORCE_NAME_WORDS | {"force"},
                   # a sports club is named '... FC', '... AFC', '... RFC' (football, rugby club) as often as '... Club'
                   "club": {"club", "fc", "afc", "rfc"}}
# Kinds of body whose names carry the kind ('Ministry of Mines', 'Department of Ports', 'Larch District
# Council'): a proper name of no actor whose head tells none of them (KIND_NAME_HEADS) is no rival body of the
# kind when 'the department' takes up the one named before (generator/extract/bodies.py). Not 'union'
# ('Unite'), 'court' or 'university', whose names may lack the word.
KINDS_NAMED_BY_THEIR_HEAD = {"ministry", "department", "council"}
# Adjectives that make a body, a document or a voice a city's or town's own ('the civic body', 'a
# civic statement', 'the municipal authority'): they take up the one local government the article
# names (generator/extract/speakers.py).
LOCAL_GOVERNMENT_ADJECTIVES = {"civic", "municipal"}
# What such an adjective describes: a body of government, or a document it issues (ISSUED_DOCUMENT_NOUNS).
LOCAL_GOVERNMENT_BODY_NOUNS = {"body", "authority", "administration", "corporation", "government"}
# A lower-case word of a region's kind before 'government' ('the state government', 'the provincial
# government', 'the county government'), and the capitalised word that closes the name of a region of
# that kind ('Kessa State', 'Orwin County'): the phrase takes up the one such region the article has
# named (speakers._regional_government). 'the county' alone speaks for the county's government too.
REGION_KIND_GOVERNMENT_HEADS = {"state": "state", "provincial": "province", "province": "province", "county": "county"}
REGION_NOUNS_OF_ITS_GOVERNMENT = {"county"}
# Nouns of a region's officers and organs that its name may qualify ('Orwin County commissioners approved',
# 'Kessa State officials said', 'the Orwin County health department said'): where such a noun acts, the region
# (a name closed by its kind's capitalised word: 'Orwin County') is a body of government, not only a place
# (actors._regions_whose_government_acts).
REGION_OFFICER_NOUNS = {"commissioner", "official", "officer", "supervisor", "councillor", "councilor", "legislator",
                        "lawmaker", "administrator", "executive", "attorney", "sheriff", "clerk", "treasurer", "auditor",
                        "assessor", "manager", "spokesperson", "spokesman", "spokeswoman", "governor", "premier",
                        "government", "administration", "department", "board", "commission"}
# A local government's name: one of these words ('Brihanmumbai Municipal Corporation', 'Kestrel City
# Council') with one of LOCAL_GOVERNMENT_NAME_HEADS as its head ('Manchester City', 'City University' are none).
LOCAL_GOVERNMENT_NAME_WORDS = {"municipal", "municipality", "metropolitan", "city", "borough", "county", "town"}
# speakers.py `_may_be_company`: words before 'Corporation' that make it a city's or region's council, no
# firm ('Kessa Regional Corporation', 'Orwin Municipal Corporation'; 'Kessa Steel Corporation' is a firm).
MUNICIPAL_CORPORATION_WORDS = frozenset(LOCAL_GOVERNMENT_NAME_WORDS | {"regional"})
LOCAL_GOVERNMENT_NAME_HEADS = {"corporation", "council", "municipality", "authority", "administration",
                               "government"}     # not 'committee': 'the Kestrel County Republican Committee' is a party's
# Where shares trade: a name of this head after 'on'/'in' ('fell 4 per cent on the Kestrel Stock
# Exchange', 'listed on the Lima bourse') is the market of a company's shares, not another company
# that 'the company' may be (generator/extract/speakers.py).
TRADING_VENUE_HEADS = {"exchange", "bourse"}
TRADING_VENUE_PREPOSITIONS = {"on", "in"}
# What the 'on'/'in' of a trading venue hangs on: a verb of trading or listing, or of a price's
# change (CHANGE_VERBS), or the shares themselves ('shares on the Lima bourse'); not 'a stake in
# Delta Exchange', 'invested in Kestrel Exchange' (a firm dealt with).
TRADING_VENUE_VERBS = {"trade", "list", "float", "debut", "close", "open", "finish", "end", "delist", "suspend"}
TRADING_VENUE_NOUNS = {"shares", "stock", "stocks", "listing", "trading", "debut"}
# Last words of a building's name that may also stand for the body in it ("the White House
# said", "Chatham House", "City Hall"): a name ending so is a place where the article only
# writes it as where something happens ("spoke at X House") (generator/extract/actors.py).
SEAT_BUILDING_HEADS = {"house", "hall", "lodge", "villa", "manor", "mansion", "bhavan", "bhawan"}
# Head words of a venue's name: a place people visit, which a body may run but which does not
# itself speak ('the City Aquarium', 'the National Museum'; generator/extract/actors.py).
VENUE_HEADS = BUILDING_NOUNS | {"zoo", "aquarium", "gallery", "library", "park", "stadium", "arena", "theatre",
                                "theater", "museum"}
# What carries a slogan a photo shows ('a placard reading "..."', '"..." sign'): names in its
# words are no actors (generator/extract/actors.py).
SIGN_NOUNS = ("sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters", "billboard",
              "billboards", "t-shirt", "t-shirts", "sticker", "stickers")
# The word that makes a broadcaster's initials the name of its news service ('XBC News' is XBC's;
# generator/resolve.py).
NEWS_SERVICE_WORD = "News"
# ---- roles given by 'as' and by an employer (issue 12, round 10) -------------------------------
# Posts held on a body's staff ('Ifo economist X', 'a Brenner analyst'): after a capitalised word
# that opens one body's name, the post is at that body. No office of a place ('Dunmore mayor',
# 'Dunmore councillor', 'Dunmore senator'), no calling practised on one's own ('Kelso attorney',
# 'Dunmore resident'): the word may be a town's (affil24b).
STAFF_POST_NOUNS = SPOKESPERSON_NOUNS | {"economist", "analyst", "researcher", "scientist", "strategist",
                                         "executive", "official", "fellow", "chairman",
                                         "chairwoman", "director", "treasurer", "trustee", "ceo", "cfo",
                                         "statistician", "epidemiologist", "engineer", "lobbyist"}
# Nouns of a post, a calling or a person ('a city official', 'an engineer', 'a farmer'): one of them
# since the last speaker brings in someone a later bare post may be (speakers.py `_someone_brought_in_since`).
POST_OR_PERSON_NOUNS = ROLE_OR_PERSON_NOUNS | STAFF_POST_NOUNS | PRIVATE_PROFESSION_NOUNS
# Figures: nouns of a body or person that a phrase before an agent (PHRASES_BEFORE_AN_AGENT) may
# name ('prepared for the council by X'): a body or person has no agent of its own, so the 'by'
# phrase is the participle's; an eventive noun may have one ('during a visit by X', 'for a bid by
# X', 'in a review by X'), so is left out.
RECIPIENT_BEFORE_AN_AGENT_NOUNS = frozenset(
    PERSON_NOUNS | PEOPLE_COLLECTIVES | POST_OR_PERSON_NOUNS | REPORTED_BODY_NOUNS | ORG_HEADS | STATE_BODIES
    | {"taskforce", "panel"}) - {"campaign", "gathering", "program", "programme", "post", "news", "journal",
                                 "times", "front", "population", "audience", "crowd", "business", "fund"}
# Posts held at a body that are no title before a name ('his fellow senator' is no fellowship):
# a role only with the body they are held at or of ('a senior fellow at the X Institute').
POSTS_AT_A_BODY = {"fellow", "lecturer", "scholar"}
# Verbs whose 'as' phrase says what the subject gave up ('X resigned as chairman'): a former post.
LEAVING_VERBS = {"resign", "quit", "retire", "step", "leave", "depart", "exit"}
# Nouns of the same ('the departure of X as commissioner'): a former post.
LEAVING_NOUNS = {"departure", "resignation", "retirement", "exit", "ouster", "dismissal", "firing", "removal"}
# Nouns of a post held ("X's role as state counsellor"), and the words that keep it current
# ("X's new role as ..."; not "X's possible role as ...").
POST_NOUNS = {"role", "post", "position", "job"}
CURRENT_POST_WORDS = {"new", "current", "created", "newly"}
# Verbs of performing or pretending a part (FrameNet's Performers_and_roles, Posing_as): their 'as'
# phrase is the part played, no post ('starred as the president', 'posed as a doctor').
PERFORMING_VERBS = {"star", "co-star", "appear", "perform", "play", "portray", "pose", "masquerade", "pretend",
                    "dress", "disguise", "impersonate"}
# Title words (nameparser's) that after 'as' say what someone stands for, no post ('served as a
# model for the statue', 'acts as the voice of the poor', 'emerged as a pioneer of').
EXEMPLAR_NOUNS = {"model", "voice", "pioneer"}
# Particles that make a verb of leaving one of taking a post up ('stepped in as chairman').
TAKING_UP_PARTICLES = {"in", "up", "forward", "back", "into"}
# Verbs of work whose simple past says the post is over, like 'served as' ('X worked as a nurse').
PAST_WORK_VERBS = {"work"}
# Verbs whose 'as' phrase says what the subject was at a start ('began his career as a reporter',
# 'made her name as a lawyer'): no post held now.
STARTING_VERBS = {"begin", "start", "launch", "make", "enter", "rise"}
# Verbs whose 'as' phrase may say what the object is ('praised Y as a leader', 'described it as'):
# no role of the subject.
OBJECT_AS_VERBS = {"see", "regard", "view", "describe", "treat", "praise", "hail", "name", "label", "brand",
                   "cast", "portray", "depict", "characterize", "characterise", "identify", "recognize",
                   "recognise", "know", "present", "introduce", "choose", "appoint", "elect", "nominate",
                   "install", "accept", "reject", "dismiss", "denounce", "criticize", "criticise", "use",
                   "list", "count", "rank", "replace", "succeed", "hire", "recruit", "tap", "pick", "select",
                   "confirm", "reappoint", "re-elect", "consider", "cite", "credit", "blame", "accuse", "mock",
                   "dub", "call", "style", "tout", "endorse", "back", "support", "welcome", "install", "sack", "fire"}
# Verbs by which one answers or thanks another ('Mr Reed disagreed', 'thanked his hosts'): who
# does so just after an unnamed office spoke is as likely its counterpart as its holder
# (generator/extract/speakers.py).
ANSWERING_VERBS = {"disagree", "thank", "respond", "reply", "retort", "counter", "object", "protest", "hit"}

# Nouns of people that say which sex they are ('the 54-year-old mother'): a description with one
# names no one of the other sex (speakers.py, stated ages).
MALE_PERSON_NOUNS = {"man", "boy", "father", "son", "husband", "brother", "grandfather", "uncle",
                     "nephew", "widower", "grandson", "stepfather", "gentleman"}
FEMALE_PERSON_NOUNS = {"woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "aunt",
                       "niece", "widow", "granddaughter", "stepmother", "lady"}

# Verbs by which someone takes the floor without words of their own in the sentence ("Tom Reed
# disagreed."): a quotation that opens the next sentence with no cue is theirs (speakers.py).
TAKING_THE_FLOOR_VERBS = SPEECH_VERBS | {"disagree", "differ", "dissent", "demur", "concur", "protest", "scoff",
                                         "retort", "interject", "interrupt", "chime"}

# Nouns a firm's name qualifies and a person's does not (English usage of company reports): "the
# Norland unit", "Norland shares"; the first set also after a possessive ("Norland's subsidiary").
CORPORATE_OWNED_NOUNS = {"unit", "units", "subsidiary", "subsidiaries", "shareholders", "division", "headquarters"}
CORPORATE_MODIFIED_NOUNS = CORPORATE_OWNED_NOUNS | {"shares", "stock", "assets", "stake", "bankruptcy"}
# The preposition a holding in a firm takes ('shares in X', 'a stake in X').
HOLDING_IN_PREPOSITIONS = frozenset({"in"})
# What is held in a firm: 'Shares in X', 'a stake in X' name the firm X, no place (not 'its headquarters in X',
# 'its unit in X', 'its assets in X': where those are).
FIRM_HOLDING_NOUNS = frozenset({"shares", "share", "stock", "stake", "stakes"})

# Last words of a firm's or club's name that are no one's given name or surname (English company
# and sports-club naming): a name the recogniser took for a person that ends in one is a body
# ("Corlan Freight", "Dunmore Rovers"); a person's name never ends so.
BUSINESS_NAME_HEADS = {"freight", "rail", "railways", "airways", "airlines", "automotive", "motors",
                       "engineering", "holdings", "industries", "pharmaceuticals", "pharma", "logistics",
                       "healthcare", "health", "telecom", "telecoms", "chemicals", "foods", "brewery",
                       "breweries", "shipping", "mining", "petroleum", "insurance", "securities",
                       "technologies", "enterprises", "ventures", "rovers", "wanderers", "athletic",
                       "partners", "capital", "energy", "systems", "investments", "solutions", "group",
                       "associates", "resources", "properties", "brands", "consulting", "labs",
                       "renewables", "utilities", "biotech", "therapeutics", "aerospace", "media",
                       # a utility's or a carrier's trade (names28: 'Brackwater Grid pleaded guilty')
                       "grid", "water", "electricity", "utility", "networks", "telecommunications", "transport",
                       "ferries", "buses"}
# Last words a firm's name may drop in running text (English business usage: "Kestrel Software"
# is "Kestrel", "Orvale Motors Ltd" is "Orvale"): a one-word name that is the rest of one body's
# name alone is that body ("Kestrel said"); not a sports club's words ("Dunmore Rovers").
DROPPED_NAME_TAILS = (BUSINESS_NAME_HEADS - {"rovers", "wanderers", "athletic", "health", "capital", "rail"}) \
    | {"software", "airline", "bank", "company", "corporation"}
# Words of scope that a state body's name may drop ("the National Treasury" is "Treasury"): a
# capitalised word that is one body's name without one of them alone is that body.
DROPPED_NAME_SCOPES = NATIONAL_LEVEL_WORDS | {"central"}
# Trade words that end a firm's name but may also follow a town's name ('Kessa Construction'
# beside 'Kessa residents'): the firm's short form without them must keep two words or more
# ('Mabuhay Triumph' of 'Mabuhay Triumph Construction Inc.').
LONG_STEM_TRADE_WORDS = {"construction", "builders", "contractors"}
# Words ending a place's name ('Kessa City', 'Velmo State', 'Marlo County'): a firm's name without
# its trade word of LONG_STEM_TRADE_WORDS that ends on one ('Velmo State Contractors') is that
# place's name, no short form of the firm (review24a).
LONG_STEM_PLACE_ENDINGS = SETTLEMENT_NOUNS | SUBDIVISION_NAME_HEADS | DISTRICT_WORDS | STATE_KIND_NOUNS
# Spanish and Portuguese prepositions inside a body's name ('Unión por la Patria', 'Frente para el
# Cambio', 'Movimento pela Vida'), words English text never writes in lower case, and the articles
# that may follow them: the name runs on through them.
ROMANCE_NAME_PREPOSITIONS = frozenset({"por", "para", "pela", "pelo"})
ROMANCE_NAME_ARTICLES = frozenset({"la", "el", "los", "las", "a", "o", "os", "as"})
# Words joining a Catalan or Spanish person's two surnames ('Núria Casals i Roig', 'Ortega y Gasset'),
# never written in lower case in English text.
SURNAME_JOINERS = frozenset({"i", "y"})
# Marks of a retired officer written in brackets after the rank ('Maj Gen (retd) Ann Lowe'): no name.
RETIRED_MARKS = frozenset({"retd", "rtd", "retired", "ret"})
# The abbreviation of 'County' written before an Irish county's name ('Naas, Co Kildare'): with the
# name after it, a place.
COUNTY_ABBREVIATIONS = frozenset({"Co", "Co."})
# Nouns naming a kind of body that a body's name qualifies and a person's does not ("the Lok
# Jagran party", "the Corlan company").
BODY_KIND_NOUNS = {"party", "company", "firm", "club", "carmaker", "airline", "conglomerate"}
# Kind nouns that a body's bare name written right before them says the body itself is ("the Velmar
# union said", "the Corlan company"), so a later 'the union' may take it up; not 'government',
# 'council' or 'branch' ("the Labour government", "the Velmar branch" are other bodies it leads or has).
NAME_THEN_KIND_NOUNS = BODY_KIND_NOUNS | {"union", "charity"}
# Legal forms that end a company's name and may be left out ("Kaveri Motors Ltd" is "Kaveri
# Motors"); the usual English, US, German, French, Dutch and Australian ones, and a joint-stock
# company's (JSC, PJSC, OJSC: Vietnam, Russia, the Gulf).
LEGAL_FORMS = {"ltd", "limited", "inc", "incorporated", "corp", "plc", "llc", "llp", "ag", "gmbh",
               "sa", "nv", "bv", "pty", "co", "bhd", "berhad", "jsc", "pjsc", "ojsc"}
# Words before a kind noun that make it another body of the kind than one named ('the new company',
# 'a rival union', 'the other trust'): such a phrase before 'the company' leaves it open which is meant.
OTHER_BODY_WORDS = {"new", "other", "rival", "another", "second", "smaller", "larger", "bigger", "separate",
                    "different", "parent", "sister"}
# Name heads of businesses and news outlets, among ORG_HEADS | INSTITUTION_NAME_HEADS: such a head
# does not say a body is of another kind than 'the company' (generator/extract/bodies.py).
BUSINESS_AND_OUTLET_NAME_HEADS = {"co", "corp", "inc", "ltd", "plc", "corporation", "network", "news", "times",
                                  "journal", "post", "bank", "fund"}
# Prepositions before a place a name may stand for ('in Lokoja', 'from the western Negev').
WHERE_PREPOSITIONS = {"in", "near", "from", "across", "around", "throughout", "outside", "inside", "within"}
# The kinds a body's name head says it is, beyond the head itself (generator/extract/bodies.py): a
# company's legal form ('X Bhd', 'X Ltd': 'the group', 'the company'), a court ('the bench').
_COMPANY_KINDS = {"company", "firm", "group"}
BODY_KINDS_OF_NAME_HEADS = {**{form: _COMPANY_KINDS for form in LEGAL_FORMS},
                            "court": {"bench"}, "tribunal": {"bench"}}
# Honorifics that stand before a person's surname only ("Mrs Holt"), never before a body's word.
HONORIFIC_PERSONAL = {"mr", "mrs", "ms", "miss", "mx"}
# Words after which the writer gives a person's surname ('a man surnamed Baek'): the capitalised
# word after them is a person's name, whatever the recogniser says; never a role. Not 'surname'
# ('the firm dropped the surname, Haldane': a firm's former name).
SURNAME_CUES = {"surnamed"}
# Words only a person is referred to by: the personal pronouns of one person and their own forms.
ONE_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
# Words a thing or a body is referred to by, never a person: 'Chase said it had fixed the fault' (a
# short form after them is a body's, not a person's: actor_names._it_after).
THING_PRONOUNS = {"it", "its"}
# Verbs whose subject 'it' is often no thing at all but the empty subject of an impersonal
# clause ("it seems", "it would take years", "it was too early", "it rained"): 'it' as their
# subject is no evidence of what 'it' stands for.
IMPERSONAL_IT_VERBS = {"be", "seem", "appear", "take", "remain", "happen", "matter", "rain", "snow", "look",
                       "sound", "feel", "become", "make", "cost", "mean", "follow", "emerge", "transpire", "depend"}
# Verbs whose object, not subject, does what the infinitive after it says ("urged the board to back
# X", "lobbied countries to back X"): the requests above less the commitments ("vowed to"), and
# verbs of persuading (English grammar: object control).
OBJECT_CONTROL_VERBS = (REQUEST_CUES - FRAMENET_COMMITMENT) | {"lobby", "persuade", "convince"}

# Lower-case nouns of a post a party gives its members ('SDLP health spokeswoman X', 'NDP environment critic
# X', 'Green group leader X'), besides its seats (PARTY_SEAT_NOUNS): the party's initials or family word
# before them, field words between, name the party the post is held in. 'leader' only after a word of a
# party's group in a chamber (PARTY_GROUP_WORDS: 'group leader', 'caucus leader', not 'team leader').
PARTY_POST_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "critic", "whip"}
PARTY_GROUP_WORDS = {"group", "caucus", "party", "parliamentary", "council", "opposition"}
# A party's standing in a chamber, written with a capital before its name ('the Opposition KDP', 'the
# Ruling Marlo Party'): a description of the party, no word of its name.
PARTY_STANDING_WORDS = {"opposition", "ruling", "governing"}
# Words that tie a person to the side of someone named before ('Fellow Green councillor X', 'Fellow Opposition
# whip X'), written with a capital at the head of a sentence: a relation, no word of a body's name.
SIDE_SHARING_WORDS = {"fellow"}
# The words after such a word that name a side a person shares with another: a party's standing
# (PARTY_STANDING_WORDS) or a party family's word that names a side on its own ('Fellow Labour member X',
# 'Fellow Green councillor X'). Only before one of them is the capitalised 'Fellow' dropped; before any other
# word it opens a body's name ('Fellow Robotics founder X', 'Fellow Partners LLP chairman X').
SIDE_PARTY_WORDS = PARTY_STANDING_WORDS | {"green", "greens", "labour", "labor", "liberal", "liberals", "conservative",
                                           "conservatives", "socialist", "socialists", "communist", "communists",
                                           "democrat", "democrats", "democratic", "republican", "republicans",
                                           "progressive", "progressives", "independent", "independents"}
# Party families written as one capitalised word before a party's post ('Green group leader X', 'a
# Liberal economy critic'), with the words a party's name holds for it: the word names the one party the
# article itself names with one of them ('the Green Party of Norland', 'the Liberal Democrats'), never a
# party of its own ('Liberal arts critic X', 'Green energy critic X' are fields).
# Labour, Conservative and the like are the gazetteer's (ORGANISATION_ALIASES), not repeated here.
PARTY_FAMILY_PARTIES = {"green": {"green", "greens"}, "greens": {"green", "greens"}, "liberal": {"liberal", "liberals"},
                        "socialist": {"socialist", "socialists"}, "communist": {"communist", "communists"}}
# Lower-case words that make a post higher or lower in its body, not its field ('chief executive', 'senior
# spokesperson', 'managing director'): the only words a body's short name before a post may have between.
POST_GRADE_WORDS = RANK_WORDS | {"chief", "senior", "managing", "executive", "general", "principal", "lead", "head"}
# Capital initials that describe people, not a body they serve ('a BAME councillor', 'the first LGBT MP'):
# a veto on reading initials before a party's post as the party.
PEOPLES_DESCRIPTION_INITIALS = {"bame", "bme", "lgbt", "lgbtq", "lgbti", "lgbtqi", "lgbtqia", "poc", "bipoc", "send", "sen"}
# Nouns of a candidacy or an elected seat that a party's adjective may precede ('Libertarian
# nominee X', 'the Green candidate X'): the adjective then names '<adjective> Party'.
PARTY_SEAT_NOUNS = {"nominee", "candidate", "hopeful", "challenger", "senator", "lawmaker", "legislator",
                    "congressman", "congresswoman", "councillor", "councilor", "councilmember", "mp", "assemblyman",
                    "assemblywoman", "assemblymember", "assemblyperson"}
# Holders of a seat whose 'for' names the seat, a place ('member for Kessock', 'candidate for Orwin Vale').
SEAT_HOLDER_NOUNS = PARTY_SEAT_NOUNS | {"member"}

# Words of a ministry's name that are no portfolio ('Ministry of the Interior and Defence'), and
# title words that make a minister no holder of the ministry's post ('shadow Defence Minister').
MINISTRY_NAME_WORDS = {"ministry", "of", "the", "for", "and", "&"}
NOT_THE_MINISTRYS_MINISTER = {"shadow", "opposition"}

# Nouns of something said, or a step taken, that as 'the N' with nothing after them only point
# back at it ('denied the claims', 'criticised the move', 'welcomed the statement'): the object
# alone carries no content a reader of the position could follow.
REFERENCE_NOUNS = {"claim", "allegation", "accusation", "charge", "report", "statement", "remark",
                   "comment", "view", "idea", "suggestion", "assertion", "argument", "notion",
                   "finding", "announcement", "rumour", "rumor", "move", "decision", "step", "change"}
# Pronouns that stand for something said before ('contested it', 'welcomed this').
REFERRING_PRONOUNS = {"it", "this", "that", "these", "those", "them"}
# Subordinators of the writer's narrative ('Fighting goes on as X and Y back the rebels').
NARRATIVE_SUBORDINATORS = {"as", "since", "because"}
# Words that open a subordinate clause of time, cause, condition or concession: a subject inside
# such a clause ("..., months before the minister, Ann Lowe, reported") is no source of the sentence.
CLAUSE_OPENING_SUBORDINATORS = NARRATIVE_SUBORDINATORS | CONCESSIVE_SUBORDINATORS | {
    "before", "after", "when", "whenever", "until", "till", "while", "once", "if", "unless", "whereas"}
# Unnamed insiders and the prepositions that place them inside a body ('a source within the
# ministry', 'an insider at the bank'): they speak without the body's voice, not for it.
INSIDER_NOUNS = {"source", "insider"}
INSIDER_PREPOSITIONS = {"within", "in", "inside", "at", "from"}
# ---- claimants of figures: a nationality before a body (issue 14, round 13) --------------------
# Nouns through which a nationality word puts forward its state's own figures ('the German
# government reported', 'Saudi officials said'); before any other body ('German police reported
# 906 attacks', 'French prosecutors said') the figure is that body's, not the country's
# (generator/extract/figures.py).
STATE_FIGURE_VOICES = {"government", "administration", "authority", "authorities", "official", "ministry",
                       "cabinet", "regime", "leadership", "embassy", "delegation", "side", "spokesman",
                       "spokeswoman", "spokesperson", "minister", "diplomat", "negotiator", "envoy", "ambassador"}
# Verbs of opinion by which a poll's respondents answer ('A majority expect Reed to win — 48 percent
# to 31 percent', right after the sentence naming the poll); not verbs a vote is taken by ('a
# majority backed the bill'), which a body's members may do outside any poll.
POLL_OPINION_VERBS = {"expect", "think", "believe", "feel", "say", "want", "worry", "fear", "agree",
                      "disagree", "prefer"}
# Words right after "twice" / "N times" that make it a count of occasions, not a multiple:
# "met four times last month", "visited twice in a week" (but "twice as many", "three times
# that amount", "twice the size" are multiples).
OCCASION_FOLLOWERS = {"this", "last", "in", "on", "during", "since", "before", "after", "while",
                      "when", "each", "every", "already", "yesterday", "today", "recently",
                      "previously", "earlier", "before"}
# Adjectives after a count of people that make them the article's anonymous sources, with the
# preposition they take: "two people familiar with the talks" (a count of sources, no claim).
SOURCE_ADJECTIVES = {"familiar": "with", "close": "to"}
# Nouns after "with" on a count of people who speak that make them such sources ("three people
# with knowledge of the talks said").
SOURCE_KNOWLEDGE_NOUNS = frozenset({"knowledge"})
# Figures: adjectives on a noun whose value an amount after "of" gives that make the amount a
# bound, as the qualifier they read as: "a maximum jail term of 15 years" (up to 15 years),
# "a minimum sentence of five years" (at least five).
EXTREME_ADJECTIVES = {"maximum": "a maximum of", "minimum": "a minimum of"}
# Figures: measures a "minimum"/"maximum" names rather than bounds ("a minimum wage of $500" is
# a wage of $500, "a maximum temperature of 41 degrees" one of 41): the amount is no bound.
EXTREME_NAMED_MEASURES = {"wage", "salary", "pay", "temperature", "price",
                          "value"}        # "the maximum safe value of 5 micrograms": the limit itself
# Figures: words that make a clause the definition of a unit, "one sverdrup equals one million
# cubic metres per second", "a mile is equivalent to 1.6 kilometres": the amount defines, no claim.
UNIT_DEFINING_WORDS = {"equal", "equivalent"}
# Figures: nouns of the parts a whole is done or paid in; "in two shifts", "paid in three
# instalments", "cut into four pieces" tell how, and count nothing the article asserts.
PARTITION_NOUNS = {"shift", "phase", "stage", "batch", "instalment", "installment", "tranche", "wave",
                   "half", "part", "piece", "portion", "segment", "leg"}
# Figures: nouns of a part of a whole ("a 12 per cent chunk of the airline", "a 5% slice"): a
# percentage right before one is a share of the whole, and the part names nothing it measures.
PART_OF_WHOLE_NOUNS = PARTITION_NOUNS | {"chunk", "slice", "fraction", "bit", "sliver"}
# Figures: nouns that count only with the "of" phrase after them, which is what is counted:
# "40,000 head of cattle" (cattle, by the head).
CLASSIFIER_NOUNS = {"head"}
# Figures: nouns that count groups ("18 sets of spanners", "300 pairs of boots"): with an "of"
# phrase right after them they count groups of what it names (not where that phrase has a number
# of its own: "6 sets of 200 metres"); alone they count themselves.
GROUPING_NOUNS = {"set", "pair"}
# Figures: words after "a year from" that place a time ("a year from now"); any other ("$700mn a
# year from the end of next year") leaves the amount a rate.
FROM_NOW_WORDS = {"now", "today", "then", "tomorrow"}
# Figures: a capital letter set apart after a number that is a temperature scale, read so only in
# a sentence that speaks of heat or cold ("temperatures above 30 C").
TEMPERATURE_LETTERS = {"C": "degrees Celsius", "F": "degrees Fahrenheit"}
TEMPERATURE_WORDS = {"temperature", "temperatures", "heat", "heatwave", "degree", "degrees", "thermometer",
                     "mercury", "highs", "lows", "warm", "warmer", "hot", "hotter", "cold", "colder", "chill", "frost", "freezing"}
# Figures: nouns a number and letter after them label ("flat 9 C", "block 12 C"), which the tagger
# may read as adjectives: the number is no temperature.
LABELLED_PLACE_NOUNS = {"flat", "block", "room", "unit", "apartment", "ward", "gate", "bay", "platform",
                        "floor", "level", "hall", "wing", "building", "plot", "house", "cell", "bed"}
# Figures: periods of a duration written in two parts, "8 minutes 12 seconds", and how many of
# the smaller each larger holds.
DURATION_PARTS = {("hours", "minutes"): 60, ("minutes", "seconds"): 60, ("hour", "minutes"): 60,
                  ("minute", "seconds"): 60, ("years", "months"): 12, ("year", "months"): 12,
                  ("weeks", "days"): 7, ("week", "days"): 7, ("days", "hours"): 24, ("day", "hours"): 24}
# Figures: words that pair amounts one by one with things named before ("late by 2 hours and 40
# minutes respectively"): two amounts, not one duration in two parts.
DISTRIBUTIVE_WORDS = {"respectively"}
# Verbs of a name withheld ("who would not be named"; not "named in the indictment").
WITHHELD_NAME_VERBS = ANONYMITY_VERBS - {"quote"}
# Verbs of a leave withheld ("who were not authorised to speak publicly"), which makes them sources
# who speak without their names only when the leave is to speak (ON_RECORD_VERBS): not "not
# allowed to run", "not permitted to enter".
LEAVE_VERBS = {"authorize", "authorise", "permit", "allow", "clear"}
ON_RECORD_VERBS = {"speak", "comment", "talk", "discuss", "brief", "disclose", "name", "identify"}
# Verbs of handing over and the nouns of information over which they tell ('did not give a date', 'declined
# to offer a breakdown', 'would not offer a timetable'): a telling withheld, like 'did not say when'
# (positions.py, `_tells`). The quantities and times are what a spokesperson withholds ('declined to give a
# total'); a reason, details or a name an actor may refuse to give (to police, to an inquiry), so those keep
# the test of who declined.
HANDING_OVER_VERBS = {"give", "provide", "offer", "release", "put"}
TOLD_QUANTITY_NOUNS = frozenset({"date", "figure", "timetable", "timeline", "timescale", "breakdown", "estimate",
                                 "number", "cost", "total"})
TOLD_INFORMATION_NOUNS = frozenset(TOLD_QUANTITY_NOUNS | {"detail", "reason", "explanation", "name"})
# 'report' as a duty ('did not report the crash'): no telling withheld from the press (positions.py, `_speech_withheld`).
DUTY_REPORTING_VERBS = frozenset({"report"})
# Verbs of naming that after 'could not' say an inability ('could not name the birds', 'could not identify the
# car'), not an answer withheld (positions.py, `_speech_withheld`).
TELLING_BY_NAMING_VERBS = frozenset({"name", "identify", "describe"})
# The writer's outlet as the one told ('did not tell us'): the press, like PRESS_AUDIENCE_NOUNS.
OUTLET_PRONOUNS = frozenset({"us"})
# Heads of 'anonymity' (directly or through a preposition) in the source formulas: "on condition of
# anonymity", "granted anonymity", "requested anonymity", "asked for anonymity"; not "a speech on
# internet anonymity".
ANONYMITY_GRANTS = {"condition", "grant", "give", "request", "seek", "demand", "ask", "insist"}
# Determiners before a bare number that make it point back to a set already named: "All three
# were released" (no noun after the number).
ANAPHORIC_SET_WORDS = {"all", "both", "the", "these", "those"}
# Words for 'Saint' that open a name in the possessive ("St Anne's Hospital").
SAINT_WORDS = {"st", "saint", "ste", "sainte"}
# Role words that also name a whole body after its head word ("the Health Service Executive").
BODY_NAMING_ROLE_WORDS = {"executive"}
# Kinds of storm that are written before a storm's given name ("Typhoon Hagibis", "Tropical
# Storm Berta"): the name is a weather event, no actor (WordNet's hyponyms of 'storm' and 'cyclone').
STORM_NOUNS = {"typhoon", "hurricane", "cyclone", "storm", "tornado", "windstorm", "tempest", "blizzard"}
# Words before those in a storm's name ("Super Typhoon Hagibis", "Tropical Storm Berta").
STORM_MODIFIERS = {"tropical", "super", "severe", "subtropical"}
# Party names that are also a ministry's portfolio ("Labour Minister", "Labor Secretary"): before
# a minister's or secretary's title they name the portfolio, not the party.
PORTFOLIO_PARTY_NAMES = {"labour", "labor"}
PORTFOLIO_OFFICES = {"minister", "secretary", "ministry", "department", "officer", "commissioner", "inspector"}
# ---- interviews in question-and-answer form (issues 13, 14, round 16) ------------------------
# How an intro presents the person interviewed (generator/extract/interviews.py): the nouns
# "an interview with X" takes, the verbs "X spoke to us" / "we talked with X" take with their
# prepositions, and the first-person words that name the interviewer, never the interviewee.
INTERVIEW_NOUNS = {"interview", "conversation", "q&a"}
INTERVIEW_TALK_VERBS = {"speak", "talk", "chat"}
INTERVIEW_TALK_PREPOSITIONS = {"to", "with"}
INTERVIEWER_PRONOUNS = {"i", "we", "us", "me"}
# Paragraph prefixes of a transcript: the question's and the answer's ("Q:", "A:").
QUESTION_PREFIXES = {"q", "question"}
ANSWER_PREFIXES = {"a", "answer"}
# ---- names of natural features and of pathogens (issue 12) -------------------------
# Head words of a natural feature's name, first or last ('the River Suir', 'Lake Kessa', 'Kessa
# Bay'; WordNet's common hyponyms of 'body of water' and 'natural elevation'): the name is a place,
# no actor, unless it speaks ('River Island said': a firm).
NATURAL_FEATURE_WORDS = {"river", "lake", "loch", "lough", "sea", "ocean", "bay", "gulf", "creek", "estuary", "glacier",
                         "mount", "mountain", "mountains", "volcano", "peninsula", "strait"}
# Of those, the ones English writes before the feature's own name ('River Suir', 'Lake Kessa', 'Mount
# Kessa'); the others come after it ('Kessa Bay') or before 'of' ('Gulf of X'), so a name opening on one
# of them is no feature's ('Peninsula Holdings', 'Glacier Bancorp').
NATURAL_FEATURE_OPENERS = {"river", "lake", "loch", "lough", "mount"}
# Singular nouns of things and events that 'threaten to' do something in news ('the row threatened
# to derail the talks', 'the river was rising, threatening to swamp the town'): a risk the writer
# sees, no one's threat. Any other singular noun may be a body's ('the regime', 'the junta').
THREATENING_THING_NOUNS = frozenset(STORM_NOUNS | NATURAL_FEATURE_WORDS | {
    "row", "dispute", "feud", "spat", "standoff", "crisis", "conflict", "war", "fighting", "violence", "unrest",
    "fire", "blaze", "wildfire", "flood", "flooding", "drought", "heatwave", "rain", "snow", "water", "weather",
    "virus", "outbreak", "pandemic", "epidemic", "disease", "debt", "deficit", "inflation", "shortage", "slump",
    "downturn", "recession", "surge", "rise", "fall", "decline", "delay", "collapse", "scandal", "move", "plan",
    "policy", "tariff", "bill", "law", "cost", "price", "trend", "problem", "issue", "situation", "escalation",
    "stalemate", "backlog", "strike", "protest", "shutdown"})
# Nouns of a disease or its agent (WordNet's 'virus', 'bacterium', 'disease' and near kin): a name that
# qualifies one ('the Nipah virus', 'a Zika infection') names the disease, no body. 'Vaccine' and
# 'outbreak' are not here: a firm makes a vaccine ('the Pfizer vaccine'), a place has an outbreak.
PATHOGEN_NOUNS = {"virus", "viruses", "bacterium", "bacteria", "pathogen", "disease", "fever", "infection",
                  "infections", "strain", "variant", "flu", "influenza"}
# Posts in a firm that a firm's short name qualifies ('Brightline chief executive Ann Lowe', 'a
# Marlo spokeswoman'): the short name is the firm's the article names in full (English usage).
CORPORATE_POST_NOUNS = SPOKESPERSON_NOUNS | {"executive", "chairman", "chairwoman",
                        "boss", "founder", "ceo"}
# Nouns of a town's own offices, bodies and people ('Kessa's mayor', 'Kessa's council leader', 'the Kessa
# police chief', 'Kessa's residents', 'Kessa's population'): a capitalised word owning or qualifying one
# is written as a place, not a firm named after it; a firm has no mayor, council, MP or residents.
PLACE_OWNED_NOUNS = COUNCIL_POSTS | {"council", "councils", "mp", "mps", "mla", "msp", "police", "residents",
                                     "inhabitants", "population", "townspeople", "townsfolk", "voters", "streets",
                                     "unemployment"}
# Nouns a capitalised word is said to be by a copula where it names a place ('Kessa is a town of 8,000
# people', 'Kessa was once the busiest port', 'Kessa is a great place to live').
PLACE_COPULA_NOUNS = PLACE_GLOSS_NOUNS | {"place"}
# Posts that only a body has, never a person (no one has a chairman or a president): capitalised words
# owning one by a possessive ("Tarn Valley Growers' chairman X") name an organisation, where they are
# no place's or state's ("Kenya's president") (generator/extract/roles.py, `_unnamed_body_owning_a_board_post`).
# Not 'director' nor 'executive': a film, a play or a campaign has a director ("The Silent Harbour's director").
BODY_ONLY_POSTS = frozenset((BOARD_POST_NOUNS | {"president", "chair", "boss", "founder"}) - {"director", "executive"})

# the posts of a union's numbered branch ('… Local 212'): "the local's president", 'Local president X' take up
# the one such branch only with one of these (not 'the local's manager/editor', the pub's or the paper's, nor
# 'Local chairman/trustee X', a place's office-holders)
UNION_BRANCH_OFFICER_POSTS = frozenset({"president", "vice-president", "vice president", "secretary", "treasurer",
                                        "secretary-treasurer", "recording secretary", "steward", "chief steward",
                                        "shop steward", "business agent", "organiser", "organizer"})
# Posts held in a body and in no town or state ('chairman', 'spokesperson', 'manager', 'head'): 'Its
# chairman X' after a sentence whose subject is a name makes that name a body.
POSTS_HELD_IN_A_BODY = frozenset(BOARD_POST_NOUNS | CORPORATE_POST_NOUNS | POSTS_NO_STATE_HOLDS | STAFF_POST_NOUNS
                                 | {"head", "officer"})
# Nouns of a kind of firm written right before a firm's name in apposition ('the meatpacker X', 'the
# insurer X'): a name so introduced whose first word is no given name is a firm's, not a person's.
# Not nouns a person is also called by ('broadcaster', 'miner', 'brewer', 'exporter').
# The kind noun any body may be called by ('the group': a firm, a campaign, a club, a ministry's unit), so that no
# head of another body's name ('… Police', '… Assembly') rules a name out as what it takes up
ANY_BODY_KIND_NOUN = "group"
FIRM_KIND_NOUNS = COMPANY_NOUNS | {"meatpacker", "chipmaker", "steelmaker", "supermarket", "bank", "supplier",
                                   "distributor", "wholesaler", "utility", "subsidiary", "startup", "group",
                                   "venture"}
# Verbs whose object is a firm its founder, owner or head has ('the bank X founded', 'the firm X runs'):
# a name right after a firm's noun and before one of them opens a relative clause without 'that'.
FIRM_OBJECT_VERBS = {"found", "own", "run", "head", "lead", "chair", "direct", "manage", "start", "open", "build",
                     "set", "create", "launch", "establish", "buy", "inherit", "join"}
# Head nouns that say what kind of body an organisation is ('X, an association of pear farmers',
# 'the election watchdog X', 'X is a charity', 'X, the country's grid operator'): a phrase headed by
# one describes the body it is written beside and is that body's role (generator/extract/roles.py).
# Not nouns of what a body does or suffers ('the target of', 'the subject of', 'a victim of').
ORG_KIND_NOUNS = ((ORG_HEADS - {"times", "post", "news", "journal", "inc", "ltd", "plc", "co", "corp", "campaign",
                                "programme", "program", "office", "army", "forces", "police", "government",
                                "parliament", "senate", "congress", "cabinet", "administration", "centre", "center",
                                "front"})
                  | COMPANY_NOUNS | FIRM_KIND_NOUNS | ASSOCIATION_HEADS | BODY_GROUP_NOUNS - STATE_KIND_NOUNS
                  | {"watchdog", "lobby", "charity", "cooperative", "co-operative", "collective", "trust", "consortium",
                     "operator", "regulator", "lender", "brokerage", "broker", "consultancy", "developer", "utility",
                     "supplier", "producer", "processor", "grinder", "refiner", "exporter", "importer", "distributor",
                     "provider", "carrier", "broadcaster", "publisher", "newspaper", "daily", "outlet", "insurer",
                     "investor", "owner", "employer", "contractor", "subsidiary", "affiliate", "arm", "unit", "wing",
                     "body", "institution", "outfit", "forum", "panel", "tribunal", "municipality", "polytechnic",
                     "school", "hospital", "clinic", "think-tank", "startup", "start-up", "chain", "app", "marketplace",
                     "exchange", "bourse", "builder", "miner", "airline", "organiser", "organizer", "sponsor", "club",
                     "team", "ngo", "cbo", "cso", "npo", "ingo", "nonprofit", "non-profit", "opposition", "platform"})
# Kind nouns right before which a body's name may stand ('the advocacy group Open Line Coalition', 'the lender
# Harrowgate Mutual Bank'): nouns of a body's kind, not of a programme, campaign, building or paper ('director
# of the programme Better Heart Health' names no body) (generator/extract/actor_names.py; roles.py's
# `_kind_before_a_name` takes any ORG_KIND_NOUNS noun, the name after it then being an actor's).
KIND_NOUNS_BEFORE_A_BODYS_NAME = frozenset((ORG_HEADS | FIRM_KIND_NOUNS) & ORG_KIND_NOUNS)
# Modifiers by which a body's kind phrase picks it out of a set rather than saying what it is ('the
# other group in the talks', 'one group among many'): no role (roles.py).
KIND_PHRASE_SELECTORS = SET_SELECTORS | REFERRING_SELECTORS | SAME_SET_DETERMINERS | {"same", "latter"}
# Figures: words by which statistics point back to figures named before ('the same figures', 'such
# data', 'similar figures'): not new statistics the sentence gives as its source (figures.py).
POINTING_BACK_SELECTORS = KIND_PHRASE_SELECTORS | {"such", "similar", "separate", "earlier", "previous"}
# Endings of a firm's kind written as one word ('chipmaker', 'shipbuilder', 'steelworks').
ORG_KIND_ENDINGS = ("maker", "builder", "producer", "works")
# Kinds of body that are only ever another's ('the bank's owner', 'its parent'): the noun alone,
# its owner cut, would say nothing ('the union's youth wing' still says 'youth wing') (roles.py).
BODY_RELATION_NOUNS = {"owner", "parent", "subsidiary", "affiliate", "arm", "wing", "unit", "branch", "division",
                       "sponsor", "organiser", "organizer", "employer"}

# Nouns that say what kind of body a name is, written in lower case before it ('the national statistics
# institute KESTAT', 'the state oil company Petrolia', 'the rights group Freedom Watch'): such lower-case
# words opening a body's entity describe the name after them, no part of it.
BODY_DESCRIPTION_NOUNS = ORG_HEADS | STATE_AGENCY_DESCRIPTIONS | FIRM_KIND_NOUNS | {
    "watchdog", "broadcaster", "carrier", "newspaper", "daily", "charity", "tank", "think-tank", "outfit", "body"}
# Nouns of a group's kind that may take modifiers between the article and themselves before the
# group's name ('the Basra-based environmental group Dijla Stones,'); a board's, council's or
# committee's name after such modifiers is more often its member's (actor_names._named_after_its_kind).
GROUP_KIND_NOUNS = {"group", "charity", "association", "campaign", "watchdog", "organisation", "organization",
                    "coalition", "alliance", "movement", "foundation", "network", "nonprofit", "ngo", "society",
                    "collective", "initiative", "think-tank", "tank", "outfit"}
# A post whose holder serves one kind of body, by the post's last words, and that kind by the head word
# or the last words of the body's name: 'Judge X' in a story that names one court sits on it, 'Chief
# Executive X' heads the one company the story names near him, 'MEP X' sits in the European Parliament,
# 'prosecution counsel X' acts for the one prosecuting body, 'Sen. X' sits in the one Senate,
# 'Undersecretary X' serves the one department or ministry (generator/extract/roles.py,
# guess_the_body_of_one_kind_posts).
COURT_NAME_ENDINGS = frozenset({"court", "tribunal"})
PROSECUTING_BODY_ENDINGS = frozenset({"prosecution service", "prosecutions service", "prosecuting authority",
                                      "prosecution authority", "prosecutor's office", "prosecutors' office",
                                      "crimes commission", "prosecution office"})
# Last words of a local council's name whose head a bare 'Mayor X', 'Deputy mayor X'
# is ('Kelby District Council', 'Kelby Municipality'); not a county's ('Mayor X' of a town in a
# story of the county council is the town's) nor a bare 'Council' ('the Security Council').
LOCAL_COUNCIL_NAME_ENDINGS = frozenset({"district council", "city council", "town council", "borough council",
                                        "municipal council", "shire council", "metropolitan council",
                                        "municipality", "municipal corporation", "city corporation"})
# Nouns of a place's kind that head the name of a local government before 'of' ('the City of Kessa', 'the Town of
# Orwin', 'the Municipality of Dorn'): such a name, whatever the recogniser typed it, is the place or its government,
# which acts where the article makes it act or employ (actor_names._local_governments_named_by_their_kind,
# actors._a_municipality_acts); a mayor's body only with a mayor's kind of place (no county, district or shire:
# MAYORS_BODY_HEADS_BEFORE_OF), a councillor's with any (roles._named_as_of_the_kind).
MAYORS_BODY_HEADS_BEFORE_OF = frozenset({"city", "town", "borough", "municipality", "village", "township"})
LOCAL_GOVERNMENT_HEADS_BEFORE_OF = MAYORS_BODY_HEADS_BEFORE_OF | {"county", "district", "shire"}
# Last words of a body's name that open with a local government's kind and 'of' but go on past the place to another
# head ('City of Dorrance Symphony', 'City of Kessa Orchestra', 'City of Kessa Police', 'City of Kessa Heritage Trust'):
# the body is no local government, and 'the City' is not it (bodies._kinds_named); a council's word ('City of Kessa
# Council') is the local government's own head.
ENSEMBLE_NOUNS = frozenset({"symphony", "philharmonic", "orchestra", "sinfonia", "choir", "chorus", "chorale",
                            "ensemble", "band", "ballet", "opera"})
BODY_HEADS_AFTER_A_PLACE = frozenset((ORG_HEADS | ARTS_WORDS | ENSEMBLE_NOUNS) - COUNCIL_NAME_WORDS - {"council"})
# Verbs by which a body hands over money of its own ('would contribute $3.5 million', 'will fund the pool',
# 'pledged $2 million'): a local government's act (LOCAL_GOVERNMENT_ACT_VERBS).
FUNDING_VERBS = frozenset({"contribute", "fund", "invest", "donate", "lend", "pledge"})
# Verbs of a local government's own acts of governing, deciding, spending, suing or employing, besides the speech
# and deciding verbs every region's government acts by ('The City of Kessa has sued the developer', '… imposed a
# curfew', '… is spending $2 million', '… will contribute $3 million', '… hired 40 workers'): a local government
# named by its kind before 'of' is the body where it is the subject of one of them (actors._its_government_acts);
# any other verb leaves it the place ('hosted the games', 'topped the list', 'needs more rain'). Made of the
# lexicon's existing sets and FUNDING_VERBS.
LOCAL_GOVERNMENT_ACT_VERBS = frozenset(FUNDING_VERBS | BUDGETING_VERBS | RULING_VERBS | LEGAL_ACTION_VERBS
                                       | EMPLOYING_VERBS | COMMISSIONING_VERBS | PENALTY_VERBS
                                       | (MONEY_VERBS & PAYING_VERBS & PER_ONE_VERBS)
                                       | (ISSUING_VERBS & DOCUMENT_ISSUING_VERBS))
# Of those, the verbs by which a local government acts with no object of its own kind: deciding, suing, penalising,
# commissioning, funding ('The City of Kessa sued', '… banned plastic bags', '… commissioned a review', '… will fund
# the pool'). Every other verb of LOCAL_GOVERNMENT_ACT_VERBS is the government's only with a money amount or one of
# its instruments as object (LOCAL_GOVERNMENT_INSTRUMENT_NOUNS): 'spent $2 million', 'approved the budget', not 'spent
# the night', 'set a heat record', 'passed the one million mark', 'paid a heavy price', 'lent its name', 'allowed
# itself' (the place).
LOCAL_GOVERNMENT_ACT_VERBS_OF_NO_OBJECT = frozenset(LEGAL_ACTION_VERBS | COMMISSIONING_VERBS | PENALTY_VERBS | {"fund"})
# Nouns of a government's instruments or money: budgets and grants (SPENDING_PLAN_NOUNS), rules (RULEBOOK_NOUNS),
# fines (RULED_AMOUNT_NOUNS), bans and curfews (PENALTY_NOUNS), plans and policies (SCHEME_NAME_HEADS), and a
# council's rates, levies, bylaws, contracts, permits and tenders.
LOCAL_GOVERNMENT_INSTRUMENT_NOUNS = frozenset(SPENDING_PLAN_NOUNS | RULEBOOK_NOUNS | RULED_AMOUNT_NOUNS | PENALTY_NOUNS
                                              | SCHEME_NAME_HEADS
                                              | {"plan", "rate", "levy", "tax", "fee", "tariff", "toll", "bylaw", "ordinance", "contract", "permit", "licence", "license",
                                                 "tender", "project", "motion", "resolution", "fund", "money"})
# Last words of the name of a council that has councillors but may have no mayor of its own: a region's
# or a county's ('Kelby Regional Council', 'Kessa County Council'), whose bare 'Mayor X' may be a town's
# within it, but whose bare 'Councillor X' / 'Cr X' is its member where it is the one council the story is about.
COUNCILLORS_BODY_NAME_ENDINGS = LOCAL_COUNCIL_NAME_ENDINGS | {"regional council", "county council"}
# Nouns of a place a mayor may be the mayor of ('her town', 'the nearby town', 'the village'): one spoken of with
# a determiner or owner in a bare mayor's sentence or the one before, by no word of the council's name, is the
# mayor's own place, not the district council the story opens on.
MAYORS_PLACE_NOUNS = frozenset({"town", "village", "city", "township", "borough"})
# Nouns of a local government's area below a region or a county ('Kelby borough', 'the parish'): spoken of in a
# story of a regional or county council, another council's councillor may be the one quoted.
AREAS_OF_ANOTHER_COUNCIL = frozenset({"borough", "parish"})
# Head words of any council's name: a second body so named beside the one council leaves a bare 'Mayor X' unplaced.
LOCAL_COUNCIL_NAME_HEADS = frozenset({"council", "municipality", "corporation"})
# (not 'group': 'the Rail Users Group', a pressure group)
COMPANY_BODY_ENDINGS = frozenset((LEGAL_FORMS | COMPANY_NAME_HEADS | {"holdings", "industries", "enterprises"}) - {"group"})
# Last words of a longer name that make it a body of its own beside the body its opening words
# name ('Kessa Rail' and its parent 'Kessa Rail Holdings', 'University of Otago' and the 'University of
# Otago Students Association'): no long form of that body.
BODY_OF_ITS_OWN_ENDINGS = ORG_HEADS | {"holdings", "trust", "society"}
# Common nouns (lemmas) of bodies that are no company: where one stands beside a company near a
# company's post ('The energy regulator fined X Ltd. Chief executive Y said', 'Union leaders rejected
# the offer from X Ltd'), the post may be that body's, not the company's.
BODY_NOUNS_OF_NO_COMPANY = frozenset({"regulator", "watchdog", "union", "council", "authority", "agency", "ministry",
                                      "department", "government", "commission", "committee", "party", "charity",
                                      "court", "tribunal", "police", "association", "federation", "league",
                                      "inspectorate", "ombudsman", "parliament", "assembly", "trust", "campaigner",
                                      "campaign", "activist", "lobby"})
# 'Sen. X' sits in the one Senate named just 'Senate' or after its country (not a state's or a
# university's: roles._a_national_senate); 'Undersecretary X' serves the one government department
# named 'Department of …' or a ministry (not a city's 'Fire Department': roles._a_government_department).
SENATE_NAME_ENDINGS = frozenset({"senate"})
GOVERNMENT_DEPARTMENT_ENDINGS = frozenset({"department", "ministry"})
# 'Speaker X', 'MP X' sit in the one chamber named as an assembly or a house ('the House of Assembly', 'the
# National Assembly'); not a bare 'Parliament', which may be a supranational one ('European Parliament').
LEGISLATURE_NAME_ENDINGS = frozenset({"house of assembly", "national assembly", "legislative assembly",
                                      "house of representatives", "house of commons", "state assembly"})
# 'Trustee X' sits on the one school board, board of education or board of trustees the story names (not a
# trust, a foundation or a charity: named mostly as funders or providers, with no trustee speaking).
# Last words of the name of a body that runs a district's public schools ('Kelby Central School District',
# 'Kessa Public Schools', 'Dorn District School Board'): its superintendent's, its trustees' and its board's.
SCHOOL_DISTRICT_NAME_ENDINGS = frozenset({"school district", "public schools", "school board", "board of education",
                                          "district school board", "school division", "unified school district",
                                          "independent school district", "schools"})
TRUSTEE_BODY_NAME_ENDINGS = SCHOOL_DISTRICT_NAME_ENDINGS | {"board of trustees"}
# Nouns of the bodies a trustee may sit on: one of them, named or not, in the holder's own sentence other than the
# board found ('Trustee X, who chairs the village hall committee', 'who sits on the Orlen Foundation') says
# which she serves (roles.py, `_one_body_of_the_posts_kind`).
TRUSTEES_BODY_NOUNS = frozenset({"board", "committee", "trust", "foundation", "charity"})
POSTS_OF_ONE_KIND_OF_BODY = {
    "judge": COURT_NAME_ENDINGS, "justice": COURT_NAME_ENDINGS, "magistrate": COURT_NAME_ENDINGS,
    "mep": frozenset({"european parliament"}),
    "prosecutor": PROSECUTING_BODY_ENDINGS, "prosecution counsel": PROSECUTING_BODY_ENDINGS,
    "prosecuting counsel": PROSECUTING_BODY_ENDINGS,
    "chief executive": COMPANY_BODY_ENDINGS, "chief executive officer": COMPANY_BODY_ENDINGS,
    "ceo": COMPANY_BODY_ENDINGS, "managing director": COMPANY_BODY_ENDINGS,
    "chief financial officer": COMPANY_BODY_ENDINGS, "chief finance officer": COMPANY_BODY_ENDINGS,
    "cfo": COMPANY_BODY_ENDINGS,
    "chief operating officer": COMPANY_BODY_ENDINGS,
    "mayor": LOCAL_COUNCIL_NAME_ENDINGS,
    "speaker": LEGISLATURE_NAME_ENDINGS, "mp": LEGISLATURE_NAME_ENDINGS,
    "trustee": TRUSTEE_BODY_NAME_ENDINGS,
    "senator": SENATE_NAME_ENDINGS,
    "undersecretary": GOVERNMENT_DEPARTMENT_ENDINGS, "under secretary": GOVERNMENT_DEPARTMENT_ENDINGS,
    "permanent secretary": GOVERNMENT_DEPARTMENT_ENDINGS,
}   # (no 'chairman': the commonest post of unions, parties, committees, councils and charities; no 'councillor':
    # one is placed only after its council as the subject just before, KIND_OFFICER_TITLES, or where its own
    # sentence speaks of 'the council': roles._speaks_of_the_council)
# Posts run at a business's works ('Plant manager X', 'the mill manager'; OWNED_SITE_NOUNS but a
# farm's, an estate's or a campus's, which a person or a college may own): such a post serves the
# business that owns the works, so it is a company's post of POSTS_OF_ONE_KIND_OF_BODY, placed only
# where the article names one organisation as the owner of works ('the Kessa Resins plant', "Kessa
# Resins' mill"; roles._owners_of_works): a business the works supply or rent to is no owner.
SITE_POST_NOUNS = frozenset({"manager", "director", "superintendent", "supervisor", "foreman"})
SITE_POSTS = frozenset(f"{site} {post}" for site in OWNED_SITE_NOUNS - {"farm", "estate", "campus"}
                       for post in SITE_POST_NOUNS)
POSTS_OF_ONE_KIND_OF_BODY.update({post: COMPANY_BODY_ENDINGS for post in SITE_POSTS})
# The bodies of the services whose ranks and posts say which kind of body their holder serves, by the head
# word or the last words of the body's name (a one-word ending of a name linked by 'of' only as its head:
# the 'Fraternal Order of Police' is an order, no police force): a police force ('Kelby Police Service',
# 'Kessa Constabulary'), an armed force (whose ranks a police force shares: 'Sergeant X' beside an army
# and a police service is either's), a hospital, a university or college, a weather service, a fire service.
POLICE_BODY_NAME_ENDINGS = frozenset({"police", "police service", "police force", "police department", "constabulary",
                                      "constabulary force", "police agency", "police command", "police station", "police district"})
ARMED_FORCE_NAME_ENDINGS = frozenset({"army", "navy", "air force", "defence force", "defense force", "defence forces",
                                      "defense forces", "armed forces", "marines", "marine corps", "national guard",
                                      "military"})
# The one-word names of the uniformed services (police, armed forces): a school or college whose name carries
# one ('Kessa Police Academy', 'Kessa Military Academy') trains that service's recruits, no school a principal
# heads nor a college a professor teaches at (roles._named_as_of_the_kind).
UNIFORMED_SERVICE_WORDS = frozenset(e for e in POLICE_BODY_NAME_ENDINGS | ARMED_FORCE_NAME_ENDINGS if " " not in e)
HOSPITAL_NAME_ENDINGS = frozenset({"hospital", "infirmary", "nhs trust", "health trust", "foundation trust",
                                   "health board", "medical centre", "medical center"})
# (no one-word 'college': the Electoral College, the College of Cardinals, a sixth-form college are no professor's)
UNIVERSITY_NAME_ENDINGS = frozenset({"university", "polytechnic", "institute of technology", "university college"})
SCHOOL_NAME_ENDINGS = frozenset({"school", "academy", "college", "high school", "secondary school", "primary school",
                                 "grammar school"})
WEATHER_SERVICE_NAME_ENDINGS = frozenset({"bureau of meteorology", "met office", "metservice", "weather service",
                                          "weather bureau", "meteorological department", "meteorological service",
                                          "meteorological services", "meteorological agency", "meteorological office",
                                          "meteorological authority", "meteorological institute",
                                          "department of meteorology", "meteorology department"})
FIRE_SERVICE_NAME_ENDINGS = frozenset({"fire service", "fire department", "fire and rescue service", "fire brigade",
                                       "fire authority", "fire and rescue services", "fire and rescue"})
# A bare 'Constable X' is a rank of a police service, force or constabulary; a US police department has none
# (a Texas constable is a county's elected officer with deputies of his own).
CONSTABLES_BODY_NAME_ENDINGS = POLICE_BODY_NAME_ENDINGS - {"police department"}
# A service's ranks and posts, by their last words, and the kind of body each serves (no 'Sergeant X': an army,
# a police force and a fire brigade all have sergeants, and the army is often unnamed). Placed by
# roles.guess_the_body_of_one_kind_posts with the guards every post of POSTS_OF_ONE_KIND_OF_BODY has: one body
# of the kinds named, no word before the post but a rank's or one of the body's name ('Toronto police
# superintendent' and the Toronto Police Service), no preposition, not former. (No 'police chief' nor 'police
# commissioner': a city's or a region's head of police is placed by the place that owns the post, affil23.)
SERVICE_POSTS_BY_KIND = {
    POLICE_BODY_NAME_ENDINGS: ("police constable", "chief constable", "inspector", "chief inspector",
                               "detective inspector", "detective chief inspector", "detective sergeant",
                               "detective constable", "detective superintendent", "detective chief superintendent",
                               "police superintendent", "police inspector", "chief superintendent",
                               "senior superintendent"),
    CONSTABLES_BODY_NAME_ENDINGS: ("constable",),
    SCHOOL_DISTRICT_NAME_ENDINGS: ("superintendent", "schools superintendent", "school superintendent", "schools director",
                                   "school board president", "school board member", "school board chair",
                                   "school board chairman", "school board chairwoman", "school board trustee"),
    SCHOOL_NAME_ENDINGS: ("principal", "headteacher", "head teacher", "headmaster", "headmistress"),
    UNIVERSITY_NAME_ENDINGS: ("professor", "assistant professor", "associate professor", "lecturer", "senior lecturer",
                              "vice-chancellor", "vice chancellor", "pro-vice-chancellor"),
    WEATHER_SERVICE_NAME_ENDINGS: ("meteorologist", "forecaster", "climatologist"),
    FIRE_SERVICE_NAME_ENDINGS: ("fire chief", "firefighter", "fire officer", "chief fire officer", "fire commissioner",
                                "fire marshal", "station officer"),
}
POSTS_OF_ONE_KIND_OF_BODY.update({post: kinds for kinds, posts in SERVICE_POSTS_BY_KIND.items() for post in posts})
# The kinds above whose one-word endings name a body only as its name's head (`roles._bodies_of_the_posts_kind`),
# and the trustee's (a school district's among them), whose holder is placed only where nothing written on the
# holder gives another body or another function (`roles._written_of_another_body_or_function`).
KINDS_READ_BY_THE_NAMES_HEAD = frozenset(SERVICE_POSTS_BY_KIND)
KINDS_PLACED_BY_NOTHING_ELSE_ON_THE_HOLDER = KINDS_READ_BY_THE_NAMES_HEAD | {TRUSTEE_BODY_NAME_ENDINGS}
# Prepositions by which a relative clause on a holder ties him to a body ('who works for a private firm', 'who
# teaches at …', 'who serves with the army's engineers'): where it is not the body found, his post is another's.
RELATIVE_CLAUSE_BODY_PREPOSITIONS = frozenset(POST_BODY_PREPOSITIONS | {"with"})
# Posts other services share under the same bare word, placed only where the article names none of those
# services' bodies: 'Superintendent X' heads a school district, or a police division, a hospital, a park.
POSTS_BARRED_BY_KINDS_NAMED = {"superintendent": POLICE_BODY_NAME_ENDINGS | HOSPITAL_NAME_ENDINGS}
# Bare posts other trades share ('Inspector X' of taxes, health or schools; 'Constable X' of a county): placed
# only where the holder's sentence or the one before speaks of the kind, by the body's name (outside what the
# holder says, in a clause not negated) or by a lower-case word of the kind (below).
POSTS_WANTING_THEIR_KIND_NEAR = {"inspector": POLICE_WORDS, "constable": POLICE_WORDS}
# Words of the weather ('winds', 'rain', 'temperatures'): a bare 'Forecaster X' forecasts the weather only where
# the role or the holder's own sentence says so (an economy's forecasters are as often quoted).
WEATHER_WORDS = frozenset(STORM_NOUNS | {"weather", "rain", "rainfall", "shower", "wind", "snow", "snowfall", "frost",
                                         "fog", "cloud", "sunshine", "temperature", "heat", "heatwave", "drought",
                                         "thunderstorm", "hail", "humidity", "monsoon", "flood", "flooding",
                                         "sleet", "ice", "gale", "gust", "mist", "precipitation"})
POSTS_WANTING_THEIR_FIELD_SAID = {"forecaster": WEATHER_WORDS}
# Kinds whose staff do not name their own body inside what they say ('Meteorologist X said the Met Office
# forecast was wrong': an outsider's criticism).
KINDS_NOT_NAMED_IN_THEIR_STAFFS_WORDS = frozenset({WEATHER_SERVICE_NAME_ENDINGS})
# Heads that before a linking 'of' name a faculty or a learned body, no school or college of its own with a
# principal or a professor's post ('School of Education', 'College of Medicine', 'Academy of Sciences').
FACULTY_HEADS_BEFORE_A_FIELD = frozenset({"school", "college", "academy", "faculty", "institute"})
# Lower-case words of a region's kind in an executive's title ('the state Commissioner for Water',
# 'Governor of the state', 'the provincial premier') and the last words of the name of the government
# of that kind the article names ('Niger State Government'), which the post is in where it is the only one.
REGION_GOVERNMENT_NAME_ENDINGS = {"state": "state government", "provincial": "provincial government",
                                  "province": "provincial government"}
# A region's executive posts that such a kind word ('state', 'provincial') puts in its government: a
# governor's, a premier's, a commissioner's (roles._government_of_a_regions_post).
REGION_GOVERNMENT_POSTS = frozenset(REGIONAL_EXECUTIVE_OFFICES | {"commissioner"})
# How many sentences, the headline's and a byline's among them, open a story: a body that acts in
# one of them is what the story is about (generator/extract/roles.py, `_the_story_opens_on`).
OPENING_SENTENCES = 4
# Subordinators of a clause telling the act that occasions the opening sentence's main event ('Residents
# will pay more after the Town Council voted …', '… as the Board of Works budgeted'): its subject is what the
# story opens on too; not a concession ('although the Town Council objected'), a condition or a contrast
# (roles.py, `_the_story_opens_on`).
OCCASIONING_SUBORDINATORS = frozenset({"after", "when", "as"})
# Words before such a post that say nothing of another body ('presiding judge', 'group chief executive',
# 'centre-right MEP'); any other word must be in the body's name ('District Judge' and the District Court).
POST_QUALIFIERS_OF_NO_BODY = frozenset({"presiding", "trial", "senior", "chief", "lead", "associate", "puisne",
                                        "deputy", "vice", "acting", "interim", "group", "executive", "joint", "co",
                                        "centre-right", "center-right", "centre-left", "center-left", "conservative",
                                        "liberal", "socialist", "green", "leftist", "far-right", "far-left",
                                        "veteran", "longtime", "newly", "appointed"})

# Nouns of English for a business by which a possessive takes up a company named further back
# ('Tarvane Logistics Group reported … . X, the company's chief financial officer,'; 'the miner's chief
# executive'): such a noun takes up the one body of the article a firm's name or a firm's description
# marks as a business (generator/extract/roles.py, `_one_company_named_before`).
COMPANY_OWNER_NOUNS = COMPANY_NOUNS | {"group", "business", "miner", "producer", "contractor", "supplier", "operator"}
# Last words of a body's name (its head before any 'of') that mark it a business: a legal form, a
# company's head word, a trade ('Logistics', 'Minerals', 'Pipeworks', 'Holdings').
# Not a sports club's ('Dunmore Rovers'): a club is 'the club'.
COMPANY_MARKING_NAME_ENDINGS = frozenset((COMPANY_BODY_ENDINGS | BUSINESS_NAME_HEADS
                                          | {"group", "minerals", "metals", "pipeworks", "steelworks", "networks",
                                             "goldfields", "textiles"}) - {"rovers", "wanderers", "athletic"})
# Nouns of English for an institution, beyond ORG_HEADS, that head its name as they name its kind
# ('Kessan General Hospital', 'Larchfield Primary School', 'the Pilbara Gas Producers Forum'): 'the
# hospital', 'the school's head teacher', 'Forum chief executive X' take up the one body of the article
# so named, as 'the union' takes up a '... Union' (generator/extract/roles.py, `_is_kind_of_body`).
# With ORG_HEADS they are also the heads two places joined by 'and' may share ('Norfolk and Kessingham
# University Hospital', '<Town> and District Hospital'; generator/extract/actor_names.py,
# `_start_of_a_conjunct_sharing_the_head`), which a sentence pointing to two parties blocks (TWO_PARTY_WORDS);
# 'museum', 'academy', 'prison' and 'forum' share so too.
INSTITUTION_NAME_HEADS = frozenset({"hospital", "clinic", "school", "museum", "forum", "polytechnic", "academy",
                                    "prison"})
# Head words of the name of an institution that works on its own premises ('St. Kessa Riverside Medical
# Center', 'Larchfield Primary School', 'Al-Kessa Club'): 'nurses at St. Kessa', 'players at Al-Kessa' name
# the institution by its name's opening words, no place of that name (generator/extract/actor_names.py,
# `_at_the_institution`).
PREMISES_NAME_HEADS = (INSTITUTION_NAME_HEADS - {"forum"}) | {"center", "centre", "university", "college", "infirmary", "ashram",
                                                             "hospice", "club", "institute"}
# Head words of a body's name that say it is no business ('the State Utilities Commission', 'the Ministry
# of Mines', 'the Food and Drug Administration', 'Kessan General Hospital'): named beside a company, such a
# body is no other company 'the company' may mean (not 'trust', 'service': 'Harwell Investment Trust',
# 'Siyavikela Cash Services' are businesses).
NAME_HEADS_OF_NO_COMPANY = frozenset((BODY_NOUNS_OF_NO_COMPANY - {"regulator", "watchdog", "campaigner", "activist", "lobby",
                                                                 "trust", "campaign"})
                                     | INSTITUTION_NAME_HEADS | {"administration", "bureau", "directorate", "university",
                                                                 "college", "embassy", "senate", "congress", "cabinet"})
# Nouns of COMPANY_OWNER_NOUNS that as often name a person ('the miner's lawyer' may be a dead miner's, 'the
# producer's assistant' a film producer's): they take up a business only where no person is named before.
COMPANY_OWNER_NOUNS_OF_PERSONS_TOO = frozenset({"miner", "producer", "contractor", "supplier", "operator"})
# Kind nouns by which 'the <field> <kind>'s' takes up a body named '… <Field>' ('the health unit's' for
# '… Public Health', 'the water company's' for 'Dunmore Water'): the body that runs the field, not one that
# oversees it or speaks for its staff ('the rail union', 'the water regulator', 'the health ministry').
# Not 'corporation' as an owner noun on its own: 'the corporation's commissioner' is a city's (a municipal
# corporation) as often as a firm's; with the one field word a body's name ends in ('the water corporation' of
# '… Water') it is that body.
KIND_PHRASE_OWNER_NOUNS = COMPANY_OWNER_NOUNS | {"unit", "agency", "utility", "provider", "corporation"}
# ... of them the kinds a business is: any other body named whose name tells no other kind may be the one meant
KIND_PHRASE_BUSINESS_NOUNS = COMPANY_OWNER_NOUNS | {"utility", "provider", "corporation"}
# Singular nouns of people or groups who may speak after a passive ('the family was evacuated and asked
# ...'): the second verb may be theirs, not the reporter's.
PEOPLE_GROUP_NOUNS = KINSHIP_NOUNS | TIED_PEOPLE_NOUNS | PEOPLE_COLLECTIVES | COLLECTIVE_PEOPLE_NOUNS | BODY_GROUP_NOUNS \
    | ORG_HEADS | HOUSEHOLD_NOUNS | {"team", "crew", "class", "couple", "squad", "side", "club"}
# People who act as a group ('fans had been banned', 'members of the Harbour Tenants Council had blocked the
# road'): where they act just before "the group's spokesperson", 'the group' may be theirs, not the body's
# that told of them (generator/extract/roles.py, `_body_the_group_means`).
GROUP_OF_PEOPLE_NOUNS = frozenset(ROLE_OR_PERSON_NOUNS | PEOPLE_GROUP_NOUNS
                                  | {"fan", "follower", "tenant", "striker", "rioter", "marcher", "squatter"})
# What only a business has, written as its owner's ("Kgotla's shares", 'Orvane Minerals profit', 'shares
# in Tessaly Gold', 'a stake in X'): the article tells that the body is a company, so 'the company', 'the
# firm' may take it up (generator/extract/bodies.py, `note_businesses`).
BUSINESS_OWNED_NOUNS = {"share", "stock", "shareholder", "stockholder", "profit", "revenue", "earnings",
                        "dividend", "turnover", "valuation", "subsidiary", "stake", "ipo"}
# What a business reports, its name the subject ('X reported revenue of $9m', 'X posted a record profit').
BUSINESS_EARNED_NOUNS = {"profit", "revenue", "earnings", "turnover", "dividend"}
# Of what only a business has, what its own board speaks of or decides ('The board recommended a final
# dividend', 'profit rose ... The board said'): 'the board' beside them may take up the story's one company
# (speakers, `SpeakerResolver._board_of_the_one_company`); not a stake or a unit, which another body may have.
COMPANY_BOARD_BUSINESS_NOUNS = BUSINESS_OWNED_NOUNS - {"stake", "subsidiary", "valuation"}
# The organ of a company that its business words above are the work of ('the board'; not 'the management',
# which a hotel, a port or a school has as well).
COMPANY_BOARD_NOUNS = {"board"}
# Prepositions after which a name is a place, not a body taking part ('a mine near Southern Cross').
PLACE_ONLY_PREPOSITIONS = {"near", "outside", "throughout"}
# Nouns of English for a body of trade, beyond FIRM_KIND_NOUNS, written with a name ('Voltaris, a battery
# maker,', 'X is the country's largest miner', 'operator X'): the body is a business.
BUSINESS_AGENT_NOUNS = {"miner", "producer", "maker", "developer", "operator", "exporter", "importer", "refiner",
                        "builder", "shipper", "trader", "grower", "processor", "business", "chain",
                        "brand", "contractor", "corporation", "multinational", "insurer"}
# Of those, the ones seldom said of a person written before a firm's description ('X, the UK maker of
# engine parts,'; not 'a grower', 'a property developer', 'a film producer', 'a trader'). Some, such as
# 'exporter', may still describe a person (FIRM_KIND_NOUNS leaves them out), so they count only with a
# name ending on a noun of an activity (ABSTRACT_NOUN_ENDINGS) or a trade word: actor_names.py, `_called_a_firm`.
FIRM_ONLY_AGENT_NOUNS = BUSINESS_AGENT_NOUNS - {"miner", "producer", "developer", "operator", "builder", "trader",
                                                "grower", "contractor", "processor", "business", "brand"}
# A name's type from the phrase around it (generator/extract/actor_names.py, `_kinds_told_by_the_phrase`):
# singular nouns that, written beside a name as its apposition ('X, a retired teacher,') or right before it
# as its post ('State advocate X', 'senior forecaster X'), say the name is a person's: posts, callings and
# people's nouns, none that a body may also be or fill ('member', 'owner', 'a lender', 'the operator').
# Not the nouns that describe a body as readily as a person ('X, a customer of the bank, said it', 'a victim of the
# attack', 'a supporter of the scheme', 'the pollster X'), nor the ranks that head a compound of a body's kind
# ('oil major X', 'the general X', 'vice', 'prime', 'fellow', 'rep').
NOUNS_OF_A_PERSON_OR_A_BODY = {"customer", "client", "partner", "victim", "supporter", "opponent", "witness", "critic",
                               "source", "survivor", "resident", "insider", "surrogate", "pollster", "rebel", "militant",
                               "colleague", "neighbour", "neighbor", "relative", "major", "general", "gen", "gen.",
                               "prime", "vice", "fellow", "rep", "rep."}
PERSON_DESCRIBING_NOUNS = frozenset((POST_OR_PERSON_NOUNS | ROLE_NOUNS | TITLES | COUNSEL_TITLES) - ROLES_A_BODY_MAY_FILL
                                    - ORG_KIND_NOUNS - BODY_DESCRIPTION_NOUNS - BUSINESS_AGENT_NOUNS
                                    - NOUNS_OF_A_PERSON_OR_A_BODY)
# ... and those that say it is a body's ('X, an advocacy group,', 'the charity X', 'X, the regional lender,'):
# nouns of a body's kind no person is called by. A business's agent noun a person may also be called by
# ('a builder', 'a developer', BUSINESS_AGENT_NOUNS, and words ending in ORG_KIND_ENDINGS: 'homebuilder')
# says so only of a name that is no person's by its shape.
BODY_DESCRIBING_NOUNS = frozenset((KIND_NOUNS_BEFORE_A_BODYS_NAME | GROUP_KIND_NOUNS | FIRM_KIND_NOUNS)
                                  - PERSON_DESCRIBING_NOUNS - PERSON_NOUNS)
# Marks that set off a person's age after the name ('X, 54,', 'X (54)'): actor_names.py, `_an_age_set_off_after`.
AGE_SET_OFF_OPENINGS = (",", "(")
AGE_SET_OFF_CLOSES = (",", ")")
# A verb's forms that agree in the plural ('who sit', 'who are', 'who were'): a 'who' clause on a single name
# agreeing so speaks of a club or a band, no person (actor_names.py, `_agrees_in_the_plural`).
PLURAL_VERB_TAGS = ("VBP",)
PLURAL_PAST_FORMS = {"were"}
# Tags of a finite verb (a clause's own verb, not a participle's or an infinitive's).
FINITE_VERB_TAGS = ("VBD", "VBZ", "VBP", "MD")
# Tags of a plural noun, common or proper.
PLURAL_NOUN_TAGS = ("NNS", "NNPS")
# Tags of a singular noun, common or proper.
SINGULAR_NOUN_TAGS = ("NN", "NNP")
# Closing brackets: a title phrase right after one is no bare phrase ('(KHL) chairman and CEO X': the
# bracket closes a body's short name; generator/extract/roles.py, `_titles_open_a_bare_phrase`).
CLOSING_BRACKETS = (")", "]")
# Marks that close an item of a list of posts before the next ('the trustees, Chairman and CEO X', 'Mayor;
# President and CEO X'; generator/extract/roles.py, `_ends_an_earlier_item_of_a_list`).
LIST_ITEM_SEPARATORS = (",", ";")
# Marks after which a new segment of a sentence opens (a list item or a fronted modifier starts there).
SEGMENT_OPENING_MARKS = (",", ";", ":")
# Parts of speech that open a fronted modifier rather than a list item ('Speaking after the vote,', 'In a
# statement on Friday,', 'Meanwhile,', 'Contacted by reporters,'): a noun closing one ends no earlier post.
FRONTED_MODIFIER_OPENER_POS = ("ADP", "VERB", "ADV", "SCONJ")
# Entity types of a noun that dates or times the sentence ('Yesterday, President and CEO X said').
DATE_OR_TIME_ENTITY_TYPES = ("DATE", "TIME")
# Parts of speech of a word after which two titles joined by 'and' open a bare phrase of one holder's posts
# ('said Chairman and CEO X', 'at President and CEO X's request'; roles.py, `_titles_open_a_bare_phrase`).
BARE_TITLE_PHRASE_OPENER_POS = ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "ADV")
# Tags of a verb in its bare form as the parser writes it: the infinitive's, and the present's it gives a bare
# verb that has no subject ('urged owners to lock doors and report thefts'; positions._infinitive_continued).
BARE_VERB_TAGS = ("VB", "VBP")
# Tags of a verb in the past, the third person or a participle: a bare verb joined to it cannot be its next act
# ('urged staff to lock doors and report damage'; positions._second_infinitive_read_as_cues).
PAST_OR_THIRD_PERSON_VERB_TAGS = ("VBD", "VBZ", "VBN")
# Words of a sentence that point to two parties where two names are joined by 'and' ('Kano and Wudil
# Hospital signed a joint statement', 'both', 'between'): each side is a party of its own, no one body
# whose head the two places share (generator/extract/actor_names.py, `_two_parties_in_the_sentence`),
# as do a plural verb after the name (PLURAL_VERB_TAGS, PLURAL_PAST_FORMS), a reciprocal verb
# (RECIPROCAL_VERBS) and a reciprocal pronoun (RECIPROCAL_PRONOUNS).
TWO_PARTY_WORDS = frozenset({"jointly", "joint", "both", "between", "respectively"})
# Words over two titles joined by 'and' that name two or more parties: TWO_PARTY_WORDS ('both', 'between') and
# the other prepositions whose object does ('among', 'versus': 'a row between chairman and chief executive X',
# 'talks with both President and CEO X'): the titles are two people's, not one holder's two posts
# (generator/extract/roles.py, `_under_a_two_party_preposition`).
TWO_PARTY_WORDS_OVER_TITLES = frozenset(TWO_PARTY_WORDS | {"among", "amongst", "versus", "vs", "vs.", "v", "v."})
RECIPROCAL_PRONOUNS = frozenset({("each", "other"), ("one", "another")})
# Nouns of a country's private trade ('the largest Kessan makers', 'Kessan companies', 'Kessan exporters'),
# counted in the plural (one 'Kessan builder' is a firm or person the nationality describes), and nouns
# of its economy in any number ('Kessan industry representatives', 'investors with Kessan capital'): a
# country's adjective or name that qualifies one (or a noun right before one) tells whose economy, not the
# state's voice or act, so it is no mention of the country (generator/extract/actors.py, `_a_countrys_trade`).
NATIONAL_TRADE_NOUNS = frozenset((COMPANY_NOUNS | BUSINESS_AGENT_NOUNS | FIRM_KIND_NOUNS - {"group", "utility", "venture"}
                                  | {"investor", "consumer", "shopper", "shareholder", "exporter", "importer"}))
# Nouns of a country's trade or economy ('the Kessa market', 'US stocks', 'Kessan exporters'): a country's
# name qualifying one of these (a closed list) is a mere qualifier, no act of its state; any other noun after
# it ('the US proposal', 'Kessan missiles', 'US duties') may be its state's (generator/extract/actors.py,
# `_qualifies_a_noun_or_a_name`).
ECONOMY_QUALIFIED_NOUNS = {"market", "stock", "stocks", "share", "shares", "economy", "exporter", "importer", "maker",
                           "firm", "company", "business", "consumer", "shopper", "investor", "industry", "sector",
                           "manufacturer", "producer", "retailer", "bond", "equity", "index", "benchmark", "trader"}
# Second halves of a hyphened compound of a place's name that say only where something is ('Kessa-based').
PLACE_COMPOUND_WORDS = {"based", "headquartered", "registered"}
NATIONAL_ECONOMY_NOUNS = {"industry", "market", "capital", "sector", "economy"}
# Nouns of those who speak for an economy's noun right before them ('Kessan industry representatives'): the
# economy's voice, not the state's (not 'official': 'Kessan market officials' may be the state's).
NATIONAL_ECONOMY_VOICE_NOUNS = {"representative", "spokesperson", "spokesman", "spokeswoman", "leader", "body", "group"}
# Endings of nouns of an activity or quality ('Precision', 'Fabrication', 'Packaging'), which end a firm's
# name, not a person's surname as a thing's or a trade's noun does ('Baker', 'Wood', 'Hill', 'Banks'): only
# a name ending on one is a firm for being called a maker (FIRM_ONLY_AGENT_NOUNS; actor_names.py, `_called_a_firm`).
ABSTRACT_NOUN_ENDINGS = ("ion", "ing", "ment", "ity", "ness")
# The kinds a body the article shows to be a business may be called by ('the company said'); not 'the
# group', which a party or campaign group named beside it may be ('The Greens, a party, … X shares rose').
# Only these take up the one company the article knows past bodies of other kinds (speakers.py,
# `_one_known_company_named_last`); not a trade's noun ('the utility' may be a water board).
BUSINESS_DESCRIPTION_KINDS = {"company", "firm"}

# ---- kinds a body is called by for what the article says it does or is (issue 13 §1) -------------
# Verbs of a present relative clause on a body's name or on the noun describing it, and the noun of
# the doer English makes of them ('X, which operates the tram network' or 'X, the firm that runs the
# trams' may be 'the operator'; 'X, which makes batteries', 'the maker'): a kind noun of the body like
# those written with its name (generator/extract/roles.py, `_kinds_of_what_it_does`). Only nouns that
# stand for a body more often than for a person ('owner', 'manager' are left out).
BODY_ACTIVITY_AGENT_NOUNS = {"operate": "operator", "run": "operator", "make": "maker", "manufacture": "manufacturer",
                             "produce": "producer", "supply": "supplier", "provide": "provider", "publish": "publisher",
                             "broadcast": "broadcaster", "insure": "insurer", "lend": "lender", "mine": "miner",
                             "export": "exporter", "import": "importer", "distribute": "distributor",
                             "refine": "refiner", "develop": "developer", "build": "builder"}
# The relative pronouns that open such a clause on a body ('which', 'that'; not 'who'), and the tags of the
# present verb it needs ('which runs the trams', not 'which ran them until 2019').
BODY_CLAUSE_PRONOUNS = RELATIVE_PRONOUNS - {"who"}
PRESENT_VERB_TAGS = ("VBZ", "VBP")
# Kinds of body and the wider kinds English calls them by ('the institution' for a university or a
# museum): what a body may be called by besides its own kind (generator/extract/bodies.py, `_kinds_named`). A general table of hypernyms, not of any article;
# a business's legal form already gives it 'company' and 'firm' (BODY_KINDS_OF_NAME_HEADS).
KIND_HYPERNYMS = {"university": {"institution"}, "college": {"institution"}, "polytechnic": {"institution"},
                  "institute": {"institution"}, "academy": {"institution"}, "seminary": {"institution"},
                  "museum": {"institution"}, "gallery": {"institution"}, "library": {"institution"}}


# ---- session 31 (figures31 review): word sets of the figure rules ----
# Figures: the prepositions of the level a verb of change reaches: 'to' ("inflation fell to 4.2%")
# and the bounds ("occupancy had fallen below 48%": a level under 48%, of occupancy).
REACHED_LEVEL_PREPOSITIONS = frozenset({"to"} | (LEVEL_BOUND_PREPOSITIONS - {"at", "around", "near"}))
# Figures: verbs that refuse a claim or an offer ('reject'), and the nouns of a change or an offer
# they may refuse as a proposal ("rejected a 4% pay rise").
PROPOSAL_REFUSING_VERBS = frozenset(DOUBTING_VERBS & PROPOSED_AMOUNT_VERBS)
PROPOSED_CHANGE_NOUNS = frozenset(PERCENT_CHANGE_NOUNS | OFFER_NOUNS)
# Figures: nouns before a change noun that make it a change put forward in a negotiation ("a 4%
# pay rise", "a fare increase"), and participles that mark one as proposed ("the proposed 3% rise").
PROPOSAL_COMPOUND_NOUNS = frozenset({"pay", "wage", "salary", "fee", "fees", "rate", "fare", "fares", "price", "prices",
                                     "rent", "tariff", "tax", "levy", "toll", "tuition", "pension"})
PROPOSAL_MARKING_WORDS = frozenset({"proposed", "offered", "demanded", "planned", "suggested"})
# Figures: past participles that hand statistics on from whoever is their agent ("the figures,
# obtained by X", "data released by X"); not those of judging or answering them ("disputed by X",
# "welcomed by X"), which name a critic, not a source.
FIGURE_HANDING_PARTICIPLES = frozenset({"obtain", "release", "publish", "compile", "provide", "supply", "commission",
                                        "see", "gather", "collect", "cite", "report"})
# Figures: nouns of a request or search through which statistics were obtained ("obtained through a
# records request by X"), and the prepositions that reach them.
FIGURE_REQUEST_NOUNS = frozenset({"request", "application", "search", "inquiry", "query", "investigation"})
FIGURE_REQUEST_PREPOSITIONS = frozenset({"through", "in", "under"})
# Figures: level nouns that name what a percentage measures with a noun before them ("dissolved
# oxygen levels of 10%", "a protein content above 11%"), and nouns before them that describe the level instead ("record levels",
# "crisis levels") or name who gives it ("police levels").
NAMED_LEVEL_NOUNS = frozenset({"level", "content"})
LEVEL_DESCRIBING_NOUNS = frozenset({"record", "crisis", "headline", "peak", "danger", "emergency", "target", "alert",
                                    "pandemic", "epidemic", "boom", "recession", "police", "government", "council",
                                    "state", "city", "industry", "official", "ministry", "department", "agency"})
# Figures: verbs of saying whose unnamed plural subject of people is the source in words ("dairy
# farmers say"); not 'indicate', 'suggest', whose subject may be a thing ("meters indicate").
PEOPLE_SAYING_VERBS = frozenset({"say", "tell"})
# Words of a name that make it a body's ('of the Harbour Trust', 'of Orwin River Securities', 'of Tilby & Sons
# Ltd'); the words of a place's kind ('Kessa City', 'Orwin County', 'Mill District') are a home's too, so they
# do not count (evidence.is_an_address).
ADDRESS_BODY_NAME_WORDS = (ORG_HEADS | GENERIC_BODY_WORDS | COMPANY_BODY_ENDINGS | BUSINESS_NAME_HEADS | LEGAL_FORMS) \
    - SETTLEMENT_NOUNS - SUBDIVISION_NAME_HEADS - DISTRICT_WORDS
# Forms of address before a person's name that give no post ('Mr Reed, of Dunmore,'); any other word there
# ('Dr', 'Prof', 'Nurse', 'Aid worker') is a post a body employs, so ', of X,' after it may be that body.
PLAIN_ADDRESS_FORMS = HONORIFIC_PERSONAL      # (the honorifics that give no post)
# Bodies a sentence may speak of as 'the club', 'the union' ('Ann Lowe, of Harlow, said the club would
# appeal'): ', of X,' in it may name that body rather than a home (evidence.is_an_address).
ADDRESS_BODY_KIND_NOUNS = {"club", "company", "firm", "union", "university", "college", "school", "hospital",
                           "charity", "team", "party", "group", "council", "board", "band", "church", "society",
                           "department", "government", "ministry", "agency", "organisation", "organization"}
# Verbs of speech a place's name may have as where something happened ('Orwin County reported flooding',
# 'Kessa State reported 12 cases'): its government speaks by them only with a clause ('reported that ...')
# (actors._its_government_acts).
PLACE_REPORTING_VERBS = {"report", "record", "confirm", "register"}

# Figures: nouns of bodies of any kind, from the lists above ('the mission, which stands at 60% in the
# polls': a body's poll share, not a quantity MEASURE_NOMINAL_SUFFIXES would read).
ORGANISATION_NOUNS = frozenset(ORG_HEADS | ORGAN_HEADS | BODY_GROUP_NOUNS | REPORTED_BODY_NOUNS | MEMBER_BODY_NAME_HEADS
                               | PARTY_BODY_HEADS | LOCAL_GOVERNMENT_BODY_NOUNS | LEGISLATURE_BODY_WORDS)

# Heads of one who passes another's words on in 'quoted/cited X as saying' (positions.py `_quoted_as_saying`):
# a document ('the statement'), an outlet ('the newspaper', 'Tern Radio', 'Harbour Times') or a body ('the
# ministry'). A name with no such head ('Nadia Ferrow quoted her neighbour as saying') is one who speaks herself.
QUOTING_BODY_HEADS = frozenset(ISSUED_DOCUMENT_NOUNS | STATE_FUNDED_OUTLET_NOUNS | PUBLICATION_HEADS | ORG_HEADS)

# --- bodies.py (extract/bodies.py): word lists its functions test ---
# Prepositions between a business's holding noun and its name ('shares in X', 'the stock of X'), and
# those nouns: only a business has them (bodies._business_evidence).
SHARE_OWNER_PREPOSITIONS = {"in", "of"}
SHARE_HOLDING_NOUNS = {"share", "stake", "stock"}
# Verbs a business is the passive subject of on an exchange ('X is listed in Oslo', 'X is traded on the JSE').
LISTING_VERBS = {"list", "trade"}
# Words after a name's head that open its field ('Commission on Land Rights', 'Union for Fair Pay'):
# the word before is the head (bodies.head_word).
NAME_HEAD_LINKS = {"on", "for"}
# Prepositions after a story's opening subject that do not set it apart as another body ('a trust in
# X', 'the council at Y', 'a network of stations'; bodies._opening_subject_named_next).
OPENING_SUBJECT_PREPOSITIONS = {"in", "at", "of"}

# --- positions.py (extract/positions.py): word lists its functions test ---
# Cues that may end a sentence after a comma with their subject after them ('The toll rose to 22,
# reported officials.').
SENTENCE_END_CUE_VERBS = {"say", "report"}
# Words between the two numbers of a poll's share ('seven of 10 parents', 'three in four voters', 'two out
# of three'), and the prepositions of a number subject's share ('three in four').
POLL_SHARE_LINKS = {"of", "in", "out"}
POLL_SHARE_PREPOSITIONS = {"in", "out"}
# Pronouns after 'of' that make a share of a group, not a source ('both of whom', 'some of them').
PARTITIVE_OF_PRONOUNS = {"whom", "which", "them", "us"}
# Prepositions of what one was told ('was told by the minister of the plan / about the plan').
TOLD_TOPIC_PREPOSITIONS = {"of", "about"}
# Prepositions of where a body or a described person is ('the prosecutor's office in Hamburg', 'a trust
# in Kent', 'the clinic at Lund').
BODY_PLACE_PREPOSITIONS = {"in", "at"}
# Words that, between a cue and a 'that' clause, make the clause a result or purpose, not the
# statement ('told them so that ...', 'in such a way that ...').
RESULT_DEGREE_WORDS = {"so", "such"}
# Prepositions of whom or what a request asks ('called on X to act', 'called for action to stop ...',
# 'appealed to X to act'), and those of them whose object need not be a person or body.
REQUEST_OBJECT_PREPOSITIONS = {"on", "upon", "for", "to", "with"}
REQUEST_THING_PREPOSITIONS = {"on", "upon", "for"}
# Prepositions of a topic cue's topic ('spoke about the cuts', 'commented on the plan').
TOPIC_CUE_PREPOSITIONS = {"about", "on"}
# Words that open a reported clause of their own ('that ...', 'whether ...', 'if ...').
REPORTED_CLAUSE_MARKS = {"that", "whether", "if"}
# Nouns of an occasion that make a phrase when it was said ('for the first time', 'on one occasion').
OCCASION_TIME_NOUNS = {"time", "occasion"}
# Subject pronouns that are plural, and singular (a joined verb's subject agreeing with the cue's).
PLURAL_SUBJECT_PRONOUNS = {"they", "we"}
SINGULAR_SUBJECT_PRONOUNS = {"he", "she", "it"}
# What may open a live blog's line before a statement noun ('Statement from the Harbour Union: ...').
LIVE_BLOG_ENTRY_OPENERS = {"", "a", "the"}
# Prepositions after a statement noun that give what it is for or about ("the union's demand for an inquiry").
STATEMENT_TOPIC_PREPOSITIONS = {"for", "against", "of", "to", "on"}

# --- speakers.py (extract/speakers.py): word lists its functions test ---
# The nouns of an age ('45 years old', 'a 45-year-old').
YEAR_NOUNS = {"year", "years"}
# A person's possessive pronouns ('her association': the body she is of).
PERSON_POSSESSIVES = {"his", "her"}
# A person's reflexive pronouns ('named himself', 'calls herself').
REFLEXIVE_PERSON_PRONOUNS = {"herself", "himself"}
# Prepositions of a government's qualifier ('the government of X', 'the government in X').
GOVERNMENT_QUALIFIER_PREPOSITIONS = {"of", "in"}
# Prepositions of a local office's place ('the mayor for X', 'the council in X').
LOCAL_OFFICE_PREPOSITIONS = {"for", "in"}
# Verbs of declining ('declined to comment', 'refused to comment').
DECLINING_VERBS = {"decline", "refuse"}
# Verbs that give a name after a noun ('a man named X', 'a firm called X').
NAMING_VERBS = {"name", "call"}
# Words of OVERSIGHT_OFFICE_WORDS that are an office only with 'general' ('inspector general', 'auditor-general').
OVERSIGHT_POST_WORDS = {"inspector", "auditor"}

# --- debtR: word sets moved out of roles.py, actors.py, actor_names.py and figures.py ---
# Words of a body's kind or a portfolio ('the health board', 'defence'): not a person's name word
# (actor_names, roles).
BODY_OR_PORTFOLIO_WORDS = ORG_HEADS | GENERIC_BODY_WORDS | PORTFOLIOS
# Prepositions by which an appeal or a case goes to a body ('appeal to X', 'a challenge before X')
# (actors.where_something_is_said_or_brought, roles).
BROUGHT_BEFORE_PREPOSITIONS = {"to", "before"}
# Prepositions joining a unit's head to the body it serves ('head of research at X', 'director of
# policy for X') (actors, roles).
UNIT_BODY_PREPOSITIONS = {"at", "for"}
# figures.py: 'not', 'n't' before a number ('not one of them').
NOT_WORDS = {"not", "n't"}
# figures.py: prepositions before a partition noun ('split in half', 'divided into thirds').
PARTITION_PREPOSITIONS = {"in", "into"}
# figures.py: words that a written-out number's words may have between them ('a hundred and five').
NUMBER_NAME_FILLERS = {"and", "a"}
# figures.py: prepositions before the level a change reaches ('rose to 40', 'stood at 40').
VALUE_PREPOSITIONS = {"to", "at"}
# figures.py: prepositions ordering one time against another ('before the vote', 'after it').
TIME_ORDER_PREPOSITIONS = {"before", "after"}
# figures.py: prepositions by which a proposal or an offer takes an amount ('asked for $5m', 'an offer of $5m').
AMOUNT_TAKING_PREPOSITIONS = {"for", "of"}
# figures.py: the two words that mark a former holder before a title ('former minister', 'ex-chief').
FORMER_OR_EX_WORDS = {"former", "ex"}
# figures.py, roles.py: determiners of one thing not yet named ('a', 'an', 'another').
INDEFINITE_DETERMINERS = {"a", "an", "another"}
# figures.py: relative pronouns of a person ('residents who', 'those whom').
WHO_PRONOUNS = {"who", "whom"}
# roles.py: words set aside when asking what a Senate's name names beside 'Senate' ('the Senate of Kessa').
SENATE_NAME_FILLERS = {"senate", "of", "the"}
# roles.py: words before a kind noun that make it one more of a kind, not the one named ('another council').
ANOTHER_WORDS = {"another", "other"}
# roles.py: words a title phrase does not end on ('Minister of', 'head of the').
TITLE_TRAILING_WORDS = {"of", "for", "the", "and"}
# roles.py: verbs by which the subject is what follows ('X was the mayor', 'X became mayor').
BEING_VERBS = {"be", "become"}
# roles.py: prepositions of a time up to which one was a member ('a member until 2019', 'before he left').
UNTIL_PREPOSITIONS = {"until", "till", "before"}
# roles.py: words that count members ('both senators', 'two members').
SMALL_COUNT_WORDS = {"both", "two", "three"}
# roles.py: possessives that may stand for a body rather than a person ('its chairman', 'whose chairman').
ITS_OR_WHOSE = {"its", "whose"}
# roles.py: prepositions of a phrase right after a holder's name that says whose the post is ('Mayor X of the
# neighbouring town', 'Mayor X from Dover', 'Spokesman X for the union': `_a_place_phrase_after_the_name`).
HOLDER_PLACE_PREPOSITIONS = frozenset({"of", "from", "for"})
# roles.py: prepositions after the name that follows a post noun, which state the body the person is of
# ('economist Ada Fenn of Velmo University', '..., at X': `_body_stated_after_the_name`).
PERSONS_BODY_PREPOSITIONS = frozenset({"of", "at", "from"})
# roles.py: determiners before a title that leave whose the post is to the story ('the director', 'its
# director'), unlike 'a director', 'his spokesman' (`_body_just_before`).
BODY_TITLE_DETERMINERS = frozenset({"the", "its"})
# roles.py: words after which a run of capitalised words right before a title may open ('the Tarnow Water
# managing director X', 'by Lib Dem MP X': `_capitalised_words_right_before`).
CAPITALISED_RUN_OPENERS = frozenset({"the", "and", "by", "from"})
# roles.py: prepositions on 'charged' whose phrase states the offence ('charged with theft', 'charged over
# the attack': `_charge_stated`).
CHARGE_PREPOSITIONS = frozenset({"with", "over", "in"})
# roles.py: verbs of a clause after a choosing verb that carries the post ('nominated to replace Y as Z's
# running mate', 'to succeed', 'to serve as': `_chosen_as`).
SUCCESSION_VERBS = frozenset({"replace", "succeed", "serve"})
# roles.py: prepositions on 'lead' that make it a lead in a race, not a post ('leads the party in the polls',
# 'by five points': `_leading_role`).
RACE_LEAD_PREPOSITIONS = frozenset({"in", "by"})
# roles.py: prepositions after a body's name, outside it, that tie it to another body whose part it is ('the
# Standards Board of the Harbour Group', 'at', 'within': `_part_of_a_body_after_it`).
OWNING_BODY_PREPOSITIONS = frozenset({"of", "at", "within"})

# --- Unions of the lists above that several modules test (made once here, not per module or per call) ---
SPEECH_OR_STANCE_VERBS = frozenset(SPEECH_VERBS | STANCE_VERBS)
PERSON_OR_UNNAMED_SOURCE_NOUNS = frozenset(ROLE_OR_PERSON_NOUNS | UNNAMED_SOURCE_NOUNS)
# Nouns of one who may speak: a person, an unnamed source, a holder's voice ('spokesman').
SPEAKING_NOUNS = frozenset(ROLE_OR_PERSON_NOUNS | UNNAMED_SOURCE_NOUNS | VOICE_OF_HOLDER_NOUNS)
FORMER_OR_PAST_WORDS = frozenset(FORMER_WORDS | PAST_ADVERBS)
ORG_OR_BODY_GROUP_NOUNS = frozenset(ORG_HEADS | BODY_GROUP_NOUNS)
ORG_OR_COMPANY_NOUNS = frozenset(ORG_HEADS | COMPANY_NOUNS)
# A bond of kin or of mourning ("the widow of …", "the mother of …"): no post (roles.post_whose_object_holds_the_name).
KIN_OR_BEREAVED_NOUNS = frozenset(KINSHIP_NOUNS | BEREAVED_NOUNS)
ORG_OR_GENERIC_BODY_WORDS = frozenset(ORG_HEADS | GENERIC_BODY_WORDS)

# session 35 debt
# Unions and differences of the lists above that actor_names tests, made once here, not per call.
ORG_OR_ARTS_HEADS = frozenset(ORG_HEADS | ARTS_WORDS)
ORG_OR_ASSOCIATION_HEADS = frozenset(ORG_HEADS | ASSOCIATION_HEADS)
ORG_OR_SECTION_HEADS = frozenset(ORG_HEADS | SECTION_HEADS)
PORTFOLIO_FIELD_OR_ORG_HEADS = frozenset(PORTFOLIO_FIELD_NOUNS | ORG_HEADS)
# Prepositions that link a whole body's name, 'on' with them ('Ministry of Education', 'Council on Trade').
NAME_PREPOSITIONS_OR_ON = frozenset(NAME_PREPOSITIONS | {"on"})
# Words right before a field of one word inside a title ('Minister of Roads', 'Roads and Drainage').
NAME_PREPOSITIONS_JOINS_OR_ARTICLES = frozenset(NAME_PREPOSITIONS | TITLE_FIELD_JOINS | ARTICLES)
# Links between a title's fields: 'and', '&' and the comma of a list.
TITLE_FIELD_LINKS = frozenset(TITLE_FIELD_JOINS | TITLE_FIELD_LIST_MARKS)
# Portfolio holders' titles that are not a spokesperson's.
PORTFOLIO_HOLDER_TITLES_NOT_SPOKESPERSONS = frozenset(PORTFOLIO_HOLDER_TITLES - SPOKESPERSON_NOUNS)
PORTFOLIO_HOLDER_OR_UNIT_HEAD_TITLES = frozenset(PORTFOLIO_HOLDER_TITLES | UNIT_HEAD_TITLES)
# Link words and marks inside a body's name, not 'the' ('Bank of', 'Marks &', "Smith's").
NAME_LINKS_AND_MARKS_BUT_THE = frozenset(NAME_LINK_WORDS - {"the"} | {"'", "’", "&", "'s", "’s"})
HONORIFIC_OR_PEERAGE_WORDS = frozenset(HONORIFIC_WORDS | PEERAGE_TITLES)
OFFICE_OR_STATE_ROLE_NOUNS = frozenset(OFFICE_NOUNS | STATE_ROLES)
# Prepositions or joins right after a body's name ('of', 'for', 'in', 'and').
NAME_OR_PLACE_PREPOSITIONS_OR_JOINS = frozenset(NAME_PREPOSITIONS | PLACE_AFTER_NAME_PREPS | {"and", "&"})
PERSON_OR_LIFE_STAGE_NOUNS = frozenset(PERSON_NOUNS | LIFE_STAGE_NOUNS)
# Short forms of titles written before a surname alone ('DC Mehra', 'SP Bello', 'Eng Varga'), each with the
# titles it stands for, lower case: a short form names the person the article writes with one of them
# before the full name (actor_names._opened_by_the_fuller_names_title), none of another title.
SHORTENED_TITLES = {**{k.lower(): (v.lower().replace("-", " "),) for k, v in RANK_ABBREVIATIONS.items()},
                    "dc": ("detective constable", "deputy commissioner"), "ds": ("detective sergeant",),
                    "di": ("detective inspector",), "dpp": ("director of public prosecutions", "deputy public prosecutor"),
                    "ig": ("inspector general",), "dig": ("deputy inspector general",), "cp": ("commissioner of police",),
                    "dcp": ("deputy commissioner of police",), "acp": ("assistant commissioner of police",),
                    "ps": ("permanent secretary", "principal secretary"), "md": ("managing director",),
                    "dm": ("district magistrate",), "dg": ("director general",),
                    "ch": ("chief",), "eng": ("engineer",), "engr": ("engineer",)}
# Capital letters that abbreviate a title written before a full name ('CP Ann Lowe', 'DCP Tom Reed', 'IGP
# Musa Bello'), each with the title written out: RANK_ABBREVIATIONS and every short form of SHORTENED_TITLES
# whose letters are its title's initials. Two letters only where the title is '<rank> of <force>' (its
# letters skip the link word: 'CP', 'SP'); other two capitals ('MD', 'PS', 'DS') are as often a person's
# initials before a given name ('PS Ravi Menon').
TITLE_LETTERS_BEFORE_A_NAME = {**{short.upper(): " ".join(w if w in NAME_LINK_WORDS else w.capitalize() for w in titles[0].split())
                                  for short, titles in SHORTENED_TITLES.items()
                                  if short == "".join(w[0] for w in titles[0].split() if w not in NAME_LINK_WORDS)
                                  and (len(short) >= 3 or len(titles[0].split()) > len(short))},
                               **RANK_ABBREVIATIONS}
TITLE_OR_RANK_ABBREVIATIONS = frozenset(TITLE_ABBREVIATIONS.keys() | TITLE_LETTERS_BEFORE_A_NAME.keys())
# Words of a name that its initials written as a word skip ('of', 'the', 'on', 'del').
INITIALS_SKIPPED_WORDS = frozenset(NAME_LINK_WORDS | {"on", "del"})
# Words of a name that its initials leave out even where they keep its link words ('VOA' for 'the Voice of
# America', 'BOK' for 'Bank of Kessa': names.py, `all_initials`; resolve.py, `_initials_with_abbreviations`).
INITIALS_LEFT_OUT_WORDS = frozenset({"the", "and", "&"})
# Prepositions after which a name is a place, but 'at' (also before an institution: 'at St. Kessa').
PLACE_ONLY_PREPS_BUT_AT = frozenset(PLACE_ONLY_PREPS - {"at"})
STREET_OR_FACILITY_WORDS = frozenset(STREET_WORDS | FACILITY_WORDS)
# Word and mark sets that actor_names and titles wrote out inside their functions.
# A possessive's ending, straight or curly ("Moody's", 'Moody’s').
POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})
# The same, or a straight apostrophe alone ('the Kessas'' ends in one).
POSSESSIVE_ENDINGS_OR_APOSTROPHE = frozenset({"'s", "’s", "'"})
# An apostrophe, straight or curly.
APOSTROPHES = frozenset({"'", "’"})
# A hyphen-minus or an en dash between two words of a name or title ('Tovi-Len', 'Secretary–General').
HYPHEN_OR_EN_DASH = frozenset({"-", "–"})
# A hyphen-minus or a Unicode hyphen ('Secretary-General', 'Secretary‐General').
HYPHEN_MINUS_OR_HYPHEN = frozenset({"-", "‐"})
# Marks right after a title set off after a person's name ('Ann Lowe, the Water Commissioner, said').
COMMA_OR_FULL_STOP = frozenset({",", "."})
# Marks that may follow a name at a clause's end.
CLAUSE_END_MARKS = frozenset({".", ",", ";", ":"})
# Marks a name's words do not end on ('Ann Lowe,', 'Marks &', 'Kessa -').
NAME_TRAILING_MARKS = frozenset({",", "&", "-", "–"})
# Marks before and after an office's holder addressed ('Thank you, Madam Speaker,').
MARKS_BEFORE_AN_ADDRESS = frozenset({",", "\"", "“"})
MARKS_AFTER_AN_ADDRESS = frozenset({",", ".", "!", "?", "\"", "”", ";"})
# Marks that close a town set after a street in a person's address ('of Rua do Sol, Belmar,'; evidence.py).
MARKS_AFTER_A_TOWN = MARKS_AFTER_AN_ADDRESS | {")"}
# Lower-case words a body's name runs on over before its acronym ('Security and Co-operation in Europe').
AND_OR_THE = frozenset({"and", "the"})
# Marks that list places in a body's remit ('Kenya/Uganda', 'Kenya & Uganda').
SLASH_OR_AMPERSAND = frozenset({"/", "&"})
# Words that link a title's word to the next word of the title ('Minister of', 'Minister for', 'Under-').
TITLE_FIELD_LINK_WORDS = frozenset({"of", "for", "-"})
# Words a title read back from its name does not open on ('of', 'for', 'and', '&', '-', "'s").
WORDS_BEFORE_A_FIELD = frozenset({"of", "for", "and", "&", "-", "'s"})
# The definite article: a style after it opens a facility's name ('the Queen Edda Bridge'), no person's
# (actor_names._a_facility_named_with_a_style; 'a Mr Tom Baker' is a person met once); the article after
# a figure's 'not' or 'instead of' ("3%, not the 5%": figures.py).
DEFINITE_ARTICLES = frozenset({"the"})
# Head words of a facility's, a site's or an institution's name that a styled person's name may open ('the
# Queen Edda Bridge', 'the Princess Mara Terminal', 'the Duke Amal Clinic'): the style names no person there.
FACILITIES_NAMED_AFTER_A_PERSON = frozenset(FACILITY_WORDS | OWNED_SITE_NOUNS | INSTITUTION_NAME_HEADS | CARE_BODY_WORDS)
# Prepositions that join a body's name to a post after it outside any name ('Kessa Party of former president
# Tom Reed said', 'Kessa Council with mayor Ann Lowe said'): the body speaks, not the post's holder
# (speakers._a_long_posts_holder).
BODY_TO_POST_LINKS = frozenset({"of", "with"})

# Titles before a name that are a style or a rank the person carries (armed forces' and police ranks,
# a council seat, a clergy style, an honour), not an office with its own holder (President, Minister,
# Governor, Senator): an owned post set off right before such a title is the role ('Its chairman,
# Supervisor X,', 'The federation's president, Col X,'); before an office, the office stays.
STYLE_OR_RANK_TITLES = MILITARY_RANKS | HONOUR_TITLE_WORDS | COUNCILLOR_ABBREVIATIONS | {
    "superintendent", "inspector", "constable", "commandant",
    "councillor", "councilor", "councilman", "councilwoman", "councilmember", "councilperson",
    "alderman", "alderwoman", "supervisor", "pastor", "reverend", "imam", "rabbi"}
# Nouns of a candidacy, no post held at the body that picks the person ('Its candidate, Col X,': the rank
# stays; roles._owned_post_set_off_before_the_title).
CANDIDACY_NOUNS = CHOSEN_NOUNS | {"candidate", "hopeful", "challenger", "contender", "frontrunner", "standard-bearer",
                                  "flagbearer", "flag-bearer", "standardbearer"}
# Nouns of one described by where they live or work that a place's name qualifies ('One Kessa dairy farmer',
# 'Harbury Peninsula resident X', 'a Kelby-area villager'): a name only ever written so is a place, no
# actor (actors._qualifies_a_persons_noun); no kin noun, before which a family's name stands ('the Reed
# brothers').
# Only nouns of where someone lives or works on the land: a person's or a body's name stands as often before
# a relational noun ('a Weinstein lawyer', 'the Mensah boy', 'a Clarion Housing tenant', 'a Smith supporter').
PLACE_QUALIFIED_RESIDENT_NOUNS = frozenset(RESIDENCE_NOUNS - {"homeowner", "tenant"})
PLACE_QUALIFIED_PERSON_NOUNS = frozenset(PLACE_QUALIFIED_RESIDENT_NOUNS | {
    "farmer", "grower", "fisher", "fisherman", "fisherwoman", "rancher", "herder", "crofter", "smallholder",
    "pastoralist", "islander", "farmhand", "farmworker"})
# Nouns a person's name qualifies as often as a place's does, whatever the name ('a Jackson aide', 'the Lincoln
# family', 'a Warren supporter', 'the Hamilton boy'): a gazetteer's place before one of them is no evidence that
# the name is the place (actors._qualifies_a_common_noun_before_its_holder).
NOUNS_A_PERSONS_NAME_QUALIFIES = frozenset(PERSONAL_STAFF_NOUNS | OUTSIDER_NOUNS | PERSONAL_BOND_NOUNS | KINSHIP_NOUNS
                                           | OFFSPRING_NOUNS | {"family", "household", "campaign", "administration",
                                                                "estate", "era", "name"})
# Nouns of a body or a trade's premises ('firm', 'company', 'club', 'bakery', 'carrier') before which a gazetteer's place typed
# as a person's name is where the body is ('the Madison freight company X'); before other nouns ('a Lincoln
# scholar', 'a Garland impersonator') a person's name stands as often (actors._qualifies_a_common_noun_before_its_holder).
BODY_OR_TRADE_NOUNS = frozenset(ORG_OR_COMPANY_NOUNS | TRADE_PREMISES_NOUNS | TRADE_COMPANY_NOUNS)
# Titles of a member in office whose 'for' names the seat the member is elected for, a place ('the MP for
# Harbury', 'the MCA for Kessa Central', 'the councillor for Orwin Vale', 'Member of Parliament (MP) for X'):
# actors.a_members_seat; the seat is no actor and no owner of the post (speakers._owner_fits). No candidacy
# noun ('the candidate for mayor', 'the nominee for Secretary of State' name a post sought, no seat).
SEAT_TITLES_BEFORE_FOR = frozenset((SEAT_HOLDER_NOUNS | MEMBER_TITLE_ABBREVIATIONS | MEMBERSHIP_NOUNS
                                    | MEMBER_LETTERS_BEFORE_A_GIVEN_NAME) - CANDIDACY_NOUNS)
# Of them, the titles whose 'for' names a seat whatever its name ('the MP for X', 'the Member for
# X'): any name after 'for' that is no body's is the seat. After the others ('the councillor for X', 'the
# senator for X', 'the MCA for X') only a name read as a place (PLACE_NAME_HEAD_WORDS, the gazetteer, the
# recogniser's GPE/LOC): 'a councillor for Reform UK', 'the senator for Likud' name a party.
SEAT_TITLES_OF_ANY_SEAT_NAME = frozenset(MEMBER_TITLE_ABBREVIATIONS | MEMBERSHIP_NOUNS)
# Head words of a place's or a seat's name ('Kessa Central', 'Harbury West', 'Kelby ward').
PLACE_NAME_HEAD_WORDS = frozenset(GENERIC_REGION_WORDS | ELECTORAL_UNIT_NOUNS)
# Head words of a place's name before one of PLACE_QUALIFIED_RESIDENT_NOUNS ('Ashcombe Road resident', 'Kelby
# Village resident', 'Brenmoor Estate resident', 'Harbury West resident'): with the recogniser's GPE/LOC/FAC,
# the only evidence that the name is where the person lives (actor_names.a_place_one_lives_in).
RESIDENCE_PLACE_NAME_HEADS = frozenset(STREET_WORDS | SETTLEMENT_NOUNS | PLACE_NAME_HEAD_WORDS | NATURAL_FEATURE_WORDS
                                       | {"estate"})
# Posts of a legislator, the only known roles of a person whom '"…," the MP for X said' takes up
# (speakers._owner_fits): the seat holders' titles (SEAT_HOLDER_POSTS, 'MCA'); 'member' only of a
# legislature ('Member of Parliament', LEGISLATURE_WORDS_OF_A_MEMBERS_POST), bare or with an office's
# participle ('Ranking Member'), not 'board member', 'staff member'.
LEGISLATORS_POSTS = frozenset((SEAT_HOLDER_POSTS - MEMBERSHIP_NOUNS) | MEMBER_LETTERS_BEFORE_A_GIVEN_NAME | {"backbencher"})
LEGISLATURE_WORDS_OF_A_MEMBERS_POST = frozenset(LEGISLATURE_BODY_WORDS - {"committee", "subcommittee", "panel"})
# Prepositions of a post's scope inside its body ('Its leader in the Senate', 'its leader on the council'):
# the post is a sub-post, no head of the body; roles._owned_post_set_off_before_the_title keeps the title.
POST_SCOPE_PREPOSITIONS = PLACE_OF_SPEAKERS_PREPOSITIONS | {"on"}
# The preposition by which a post names a topic as its portfolio, no part of the post's name ("the party's
# spokesman on energy"; the 'for' of 'minister for health' is one of ROLE_NAME_PREPOSITIONS): its field is
# added to the role (roles._one_noun_role).
PORTFOLIO_TOPIC_PREPOSITION = "on"
# Prepositions by which a post names its portfolio, a field of work written bare ('cabinet member for
# finance', 'the Minister for Treasury and Resources', "the party's spokesman on energy"): a function set
# off after a styled name (roles._a_portfolio_remit).
PORTFOLIO_REMIT_PREPOSITIONS = {"for", PORTFOLIO_TOPIC_PREPOSITION}
# A member's seat in a chamber written alone before the name ('Senator X', 'Deputy X', 'Cllr X'): how the
# member is addressed, as a style is; a function set off after the name outranks it (roles._a_seat_title_alone).
SEAT_TITLES_A_FUNCTION_OUTRANKS = frozenset(SEAT_HOLDER_POSTS | {"deputy"})
# Adjectives before 'member' that make it a member of a council's or a board's executive ('executive member
# for finance'), a post of its own, no seat (roles._a_seat).
EXECUTIVE_MEMBER_WORDS = {"executive"}
# Nouns that describe what someone knows or argues for, no office a body gives ('the expert on trade', 'a
# campaigner for reform'): never a function that outranks a style or seat (roles._a_rank_beside_a_post_set_off).
ADVOCACY_OR_EXPERTISE_NOUNS = frozenset(EXPERT_MEMBER_NOUNS | {"expert", "campaigner", "activist", "advocate",
                                                               "commentator", "champion"})
# Objects of 'for'/'on' that name a state or a span of time, no field of work ('the officer on duty', 'chair for
# life', 'spokesman for hire', 'a doctor on call', 'chair for now'): never a portfolio (roles._bare_field_words).
STATE_OBJECTS_OF_A_POST = frozenset({"duty", "leave", "hire", "patrol", "life", "now", "call", "scene", "supply",
                                     "behalf", "standby", "secondment", "loan", "strike", "bail", "trial", "holiday",
                                     "site", "good", "sale", "today", "tonight", "air", "record", "time"})
# Words of a police or armed forces rank before a name ('Det Sgt', 'Insp.', 'Lt.', 'Capt.', 'PC'): an office
# the person holds, no style; only a post a body owns outranks it, never a bare 'for'/'on' phrase
# (roles._a_rank_beside_a_post_set_off).
POLICE_OR_ARMED_FORCES_RANK_WORDS = frozenset(MILITARY_RANKS | {"superintendent", "inspector", "constable",
                                                                "commandant", "detective", "commander", "officer",
                                                                "private", "sergeant", "corporal", "lieutenant"})
# Letters of an honour or a rank of counsel written after a name ('Femi Ade (SAN)', 'Ann Lowe QC', 'Tom Reed
# OBE'): never a body's initials (roles._body_of_bracketed_initials).
HONOUR_LETTERS_AFTER_A_NAME = frozenset({s.upper() for s in SILK_LETTERS} | {
    "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CMG", "KCMG", "GCMG", "CVO", "LVO", "MVO", "KCVO", "GCVO", "CH", "OM",
    "KG", "KT", "CB", "KCB", "GCB", "DSO", "MC", "GC", "VC", "QPM", "KPM", "QFSM", "BEM", "OON", "MON", "OFR", "CFR",
    "GCON", "GCFR", "MFR", "CON", "FRS", "FRSE", "FBA", "JP", "DL", "SAN", "QSO", "ONZM", "MNZM", "CNZM",
    "KNZM", "DNZM", "AO", "AC", "AM", "OAM", "CM", "OC"})
# Words that join the words of a name whose initials a bracket may spell ('Successor Identification Friend or
# Foe (SIFF)': roles._initials_of_the_words_before).
LINKS_IN_A_NAME = frozenset(NAME_PREPOSITIONS | {"and", "or", "&"})
# Nouns of the unit a member sits for ('ward member for Tarnby'): before 'member' a seat, no executive post
# (roles._a_member_for_a_place).
SEAT_UNIT_NOUNS = frozenset(ELECTORAL_UNIT_NOUNS | ADMINISTRATIVE_AREA_NOUNS)
# Where a body's initials stand on their own in a sentence ('The NDC walked out', 'backed by the ABC'): the
# article names the body by them, not only inside the brackets after a person (roles._initials_stand_elsewhere).
INITIALS_STANDING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "compound", "attr"})
# Punctuation a field of work written bare may hold ('Treasury & Resources', 'health, care and housing').
FIELD_PUNCTUATION = frozenset({"&", "-", ","})
# The words of a rank or style written before a name, each loose ('Lt Col.', 'Det. Sgt.', 'Senior Constable'):
# a title made of them alone is how the person is addressed (roles._only_a_style_or_rank). Words such as
# 'first', 'staff', 'leading' are a rank's only inside their compound, so the title's last word must be a
# rank or style itself.
RANK_OR_STYLE_WORDS = frozenset(STYLE_OR_RANK_TITLES | RANK_OPENERS | RANK_WORDS
                                | {w for rank in COMPOUND_RANKS for w in rank.split()})
# Kind nouns of a body whose possessive owns a post set off after a ranked name ("the council's deputy
# leader", "the force's head of crime"); a person, a plan or a case owns no post (roles._a_bodys_possessive).
POST_OWNING_BODY_NOUNS = frozenset(ORG_KIND_NOUNS | FORCE_NAME_WORDS | {"force"})
# Nouns of who made a plan, a text or a deal (the makers of POSTS_OF_PLACES_AND_THINGS): no post at a body
# ('the scheme's architect', 'the author of the X Review'); a rank before the name stays.
AUTHORSHIP_NOUNS = frozenset({"architect", "author", "designer", "builder", "creator", "maker", "inventor",
                              "mastermind"})
# Words of a post not yet taken up ('its incoming chair', 'the chair-designate'): no post held now, the rank
# or style before the name stays (roles._a_post_at_its_body_now).
POST_TO_COME_WORDS = frozenset(ELECT_WORDS | {"incoming", "future", "prospective"})
# Roles: dependency labels read when a sentence's bodies are weighed as what a later "Its <post>" means:
# a name that only qualifies another noun (compound or possessor: "concerns about Harbour Trust staff"),
# a clause below the main one (on a noun, adverbial, or a preposition's clause), and the labels of a
# clause's own subject (such a clause names no rival; one without a subject, a participle or an
# infinitive, tells what the main subject does).
NOUN_MODIFIER_DEPS = frozenset({"compound", "poss"})
CLAUSE_BELOW_THE_MAIN_DEPS = frozenset({"acl", "advcl", "pcomp"})
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Relations a head has one of (a clause's subject, a verb's object, a preposition's object): a common noun and
# a name right after it in the same one of these on the same head are one phrase the parser split
# (generator/extract/roles.py, `_split_from_the_name`)
ONE_PER_HEAD_RELATIONS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# Acts by which a speaker answers, or puts off, the one who asks ('but declined further comment', 'but
# referred questions to the police', 'but hung up'): joined by 'but' to a clause the speaker denies,
# they are the writer's narration of the speaker's reply, not part of what was said
# (generator/extract/positions.py, `_contrast_to_denied`).
SPEAKERS_ANSWERING_ACTS = frozenset({"decline", "refuse", "refer", "redirect", "hang", "deflect", "sidestep", "dodge",
                                     "evade", "rebuff", "stonewall"})
# Verbs of sending the one who asks elsewhere, an answering act only over an object ('but pointed reporters to a
# statement'; not 'but pointed to errors': a finding) (positions.py, `_contrast_to_denied`).
REDIRECTING_VERBS = frozenset({"point", "direct"})
# Pronouns that stand for a person or people as a subject ('he', 'they'; not 'it'): what such a subject
# does in speech the speaker may do as well (positions.py, `_contrast_to_denied`).
PERSON_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
# Possessives of a person or people ('his side', 'their members'; not 'its') (positions.py).
PERSON_POSSESSIVE_PRONOUNS = frozenset({"my", "our", "your", "his", "her", "their"})
# Documents a person writes or carries out ('Dr Ferro's study', 'Ms Lane's review'): a person's possessive
# before one names its author; before 'data', 'figures' or 'records' it may name whom they are about
# ('the patient's data') (generator/extract/positions.py, `_finding_of_owner`).
AUTHORED_DOCUMENT_NOUNS = frozenset({"analysis", "assessment", "audit", "calculation", "calculations", "estimate",
                                     "estimates", "forecast", "forecasts", "model", "paper", "projection",
                                     "projections", "report", "reports", "research", "review", "studies", "study",
                                     "survey", "surveys"})
# A body's report, study or statement, which a later 'It' as main subject may take up as it would the
# body (generator/extract/speakers.py, `_document_it_takes_up`): not a court's ruling or verdict, nor a
# complaint or lawsuit, whose 'it' is likelier the one it is against; nor an estimate or forecast, a model,
# a paper (maybe a newspaper) or research (a mass noun). Only a singular noun counts (the plurals here are inert).
REPORTED_BODY_DOCUMENT_NOUNS = AUTHORED_DOCUMENT_NOUNS - ESTIMATE_NOUNS - {"model", "paper", "research"} | {"statement"}
# Nouns of an inquiry's or a probe's report beside AUTHORED_DOCUMENT_NOUNS ('the ombudsman's findings', 'an
# investigation by the Ledger', 'the inquiry into the collapse'): an earlier mention of one is another document
# a later 'the report' may mean (generator/extract/speakers.py, `_one_authored_documents_maker`).
OTHER_REPORT_NOUNS = frozenset({"finding", "findings", "investigation", "inquiry", "enquiry", "probe"})
# Prepositions whose object is what a document examines, not who made it ('an audit of the Harbour Board',
# 'a review into the council's spending') (generator/extract/speakers.py, `_one_authored_documents_maker`).
EXAMINED_OBJECT_PREPOSITIONS = frozenset({"of", "into"})
# Nouns of a document that is an act of examining ('an audit of the Harbour Board', 'an inquiry into the
# collapse', 'a survey of tenants'): a body after EXAMINED_OBJECT_PREPOSITIONS is what it examined, not its
# maker (not 'the report of the committee', 'the statement of the union': a written product, whose 'of' may
# name its author) (generator/extract/speakers.py, `_document_holder`).
EXAMINING_DOCUMENT_NOUNS = frozenset({"analysis", "assessment", "audit", "evaluation", "inquiry", "enquiry", "inspection",
                                      "investigation", "probe", "review", "study", "survey"})
# Adjectives saying an examining document was the examined body's own ('an internal review of the Health
# Department'): the body after 'of' may be its maker (generator/extract/speakers.py, `_document_holder`).
OWN_EXAMINATION_ADJECTIVES = frozenset({"internal", "in-house"})
# Prepositions of a clause on a document naming who made it with or for another ('co-written with the Union',
# 'commissioned from Harbourline Partners') (generator/extract/speakers.py, `clause_names_a_maker`).
CO_MAKER_PREPOSITIONS = frozenset({"with", "from"})
# The recogniser's labels of a proper name that may be a body or person (and none, a name it missed), not
# a place, date or nationality (generator/extract/speakers.py, `_names_one_outside`).
UNPLACED_NAME_TYPES = frozenset({"ORG", "PERSON", ""})
# Marks that set a relative clause off from its noun ('X, which ...', 'X (which ...)', 'X - which ...'):
# after one of them the clause adds news of its own rather than saying which X is meant.
SETTING_OFF_MARKS = DASHES | {",", "("}
# Nouns of a side or a camp that answers a speaker ('the opposition disagreed'): after a colon, a
# subject of this kind is another voice, not the speaker's own words going on.
RIVAL_SIDE_NOUNS = {"opposition", "critic", "critics", "rival", "rivals", "opponent", "opponents", "side"}
# Pronouns of a person or of people as a verb's object ('questioned him, who ...').
PERSON_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us"}
# English prepositions, the closed class (simple ones, and those also used as adverbs: 'outside',
# 'inside', 'beyond'). A capitalised one that opens a sentence is no word of a name the parser may tag
# a proper noun before a name ('Within Kessa, …').
ENGLISH_PREPOSITIONS = frozenset({
    "aboard", "about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst", "among",
    "amongst", "around", "as", "at", "atop", "before", "behind", "below", "beneath", "beside", "besides",
    "between", "beyond", "by", "despite", "down", "during", "except", "for", "from", "in", "inside", "into",
    "like", "near", "notwithstanding", "of", "off", "on", "onto", "opposite", "out", "outside", "over", "past",
    "per", "since", "through", "throughout", "till", "to", "toward", "towards", "under", "underneath", "unlike",
    "until", "up", "upon", "via", "with", "within", "without"})
# The prepositions after a post that join it to the body it is held in ('chief executive of the Kessa
# Growers Forum', 'a lecturer at the Orwin Institute').
POST_HELD_IN_PREPOSITIONS = frozenset({"of", "at"})
# Nouns of an office of a local government or of its officers ('director of finance of the City of Kessa', 'a
# spokeswoman for the Town of Orwin', 'the clerk at the Borough of Dorn'): only these make the local government the
# holder's employer after 'of'/'for'/'at' ('historian of', 'lecturer at', 'candidate for' make none). Made of the
# lexicon's existing post sets (actors._a_municipality_acts).
LOCAL_GOVERNMENT_POST_NOUNS = frozenset(REGION_OFFICER_NOUNS | COUNCIL_POSTS | PORTFOLIO_HOLDER_OR_UNIT_HEAD_TITLES
                                        | POSTS_THAT_RUN_A_BODY | SITE_POST_NOUNS)
# The word a local government named by its kind before 'of' is also spoken of by besides its kind's ('the City of
# Kessa' as 'the council', its council: roles._speaks_of_the_council).
LOCAL_GOVERNMENTS_ORGAN_WORDS = frozenset({"council"})
# The kinds of mention that a name written before a capitalised pair of posts may be the body of ('AT&T President
# and CEO X': roles._joint_title); any other name there leaves only the title before the person's name read.
BODY_MENTION_TYPES = frozenset({"organization"})
# Parts of speech a word of a body's name takes, and the recogniser's labels of a body's or a place's name
# (roles._a_bodys_name_before_a_capitalised_pair).
NAME_WORD_POS = frozenset({"PROPN", "NOUN", "ADJ"})
BODY_OR_PLACE_ENTITY_TYPES = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC"})
# A body's posts and voices written right after its name ('A Kessa Growers spokesperson', "Hockey Tasmania's
# chairman"): evidence that a name the recogniser read as a person's is a body's (actor_names.py,
# `_the_article_treats_it_as_a_body`).
BODY_POST_OR_VOICE_NOUNS = frozenset(BODY_VOICE_NOUNS | CORPORATE_POST_NOUNS | BODY_OFFICER_TITLES)
# The head of a body's name that names a trade's collective ('Kessa Valley Growers'): a name the recogniser read
# as a person's is a body's by its words only with one of these (actor_names._a_bodys_name_by_its_words); a plural
# surname ('Banks', 'Waters', 'Fields') is none.
BODY_NAME_COLLECTIVE_HEADS = frozenset({"growers", "farmers", "producers", "seafoods", "fisheries", "traders",
                                        "exporters", "importers", "suppliers", "processors", "breeders", "orchardists",
                                        "winegrowers", "winemakers", "manufacturers", "retailers", "wholesalers",
                                        "distributors", "dairies", "cooperatives", "co-operatives"})
# A field's or a sport's noun that opens a body's name before a place ('Hockey Kessa', 'Sport Kessa').
FIELD_WORDS_OPENING_A_BODYS_NAME = frozenset({"sport", "sports", "netball", "hockey", "football", "rugby", "cricket",
                                              "rowing", "athletics", "swimming", "basketball", "cycling", "golf",
                                              "tennis", "softball", "baseball", "volleyball", "tourism", "surfing",
                                              "gymnastics", "squash", "badminton", "triathlon", "canoeing", "sailing"})
# A person's own voice or agent after a possessive ("X's spokesman"): no evidence that X is a body.
PERSONAL_AIDE_NOUNS = frozenset(SPOKESPERSON_NOUNS | {"representative", "official", "source", "spokespeople",
                                                      "agent", "aide", "lawyer", "manager"})

# Parts of speech of the one connective that may stand, set off by its comma, before a phrase that still opens its
# sentence ('However, <Party> MLA for <seat>, <Name>, said'; actor_names.first_or_after_a_connective).
OPENING_CONNECTIVE_POS = frozenset({"ADV", "CCONJ"})
# Parts of speech of the words a post may follow inside a phrase that opens its sentence: a body's name, an owner, a
# qualifier or a number ('<Party> MLA', 'Deputy Warden'; roles._only_names_and_modifiers).
POST_MODIFIER_POS = NAME_WORD_POS | {"NUM"}
# Relations by which the parser hangs the name set off after 'Defending <Client>,' on the client it read as the
# subject, and those of a word joining two names or posts (actor_names.speaker_after_a_court_participles_object,
# roles._one_post_straight_before_one_name).
NAME_SET_OFF_AFTER_A_NAME_DEPS = frozenset({"conj", "appos"})
COORDINATING_DEPS = frozenset({"cc", "preconj"})
# Signs of a lawyer's plea in the sentence of 'Defending <Client>, <Name> said' or the one before it: a possessive
# 'client' ('his client'), telling those who hear a case ('told the court'), 'in mitigation', 'for the defence'
# (roles._a_lawyers_plea_near): only with one does the participle make the speaker a defence lawyer or prosecutor.
LAWYERS_CLIENT_NOUNS = frozenset({"client"})
CASE_HEARER_NOUNS = frozenset({"court", "jury", "magistrate", "magistrates", "judge", "bench"})
PLEA_PHRASE_OBJECTS = {"in": frozenset({"mitigation"}), "for": frozenset({"defence", "defense", "prosecution"})}

# Parts of speech of the words that may stand between a share's noun and an 'each'/'every' period phrase the share's
# phrase runs into ('half the tenants £50 each week': an amount, nouns of a second object; figures._runs_into_the_shares_phrase).
PHRASE_RUN_POS = frozenset({"NUM", "SYM", "NOUN", "PROPN", "ADJ"})
