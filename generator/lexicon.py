"""Word lists the rules rely on: general knowledge of English news, never of one article."""
from __future__ import annotations

# Countries: canonical name -> other names, demonyms and adjective forms.
COUNTRIES: dict[str, list[str]] = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America",
                      "American", "Americans"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain", "British", "Britons"],
    "Afghanistan": ["Afghan", "Afghans"], "Pakistan": ["Pakistani", "Pakistanis"],
    "India": ["Indian"], "China": ["Chinese", "PRC"], "Russia": ["Russian", "Russians",
    "Russian Federation"], "France": ["French"], "Germany": ["German", "Germans"],
    "Italy": ["Italian"], "Spain": ["Spanish"], "Portugal": ["Portuguese"],
    "Ireland": ["Irish"], "Netherlands": ["Dutch", "Holland"], "Belgium": ["Belgian"],
    "Switzerland": ["Swiss"], "Austria": ["Austrian"], "Sweden": ["Swedish"],
    "Norway": ["Norwegian"], "Denmark": ["Danish"], "Finland": ["Finnish"],
    "Poland": ["Polish"], "Greece": ["Greek"], "Turkey": ["Turkish", "Turks"],
    "Ukraine": ["Ukrainian", "Ukrainians"], "Iran": ["Iranian", "Iranians"],
    "Iraq": ["Iraqi", "Iraqis"], "Syria": ["Syrian", "Syrians"], "Israel": ["Israeli", "Israelis"],
    "Lebanon": ["Lebanese"], "Jordan": ["Jordanian"], "Egypt": ["Egyptian"],
    "Saudi Arabia": ["Saudi", "Saudis"], "Yemen": ["Yemeni"], "Libya": ["Libyan"],
    "Tunisia": ["Tunisian"], "Algeria": ["Algerian"], "Morocco": ["Moroccan"],
    "Sudan": ["Sudanese"], "Ethiopia": ["Ethiopian"], "Kenya": ["Kenyan"],
    "Nigeria": ["Nigerian"], "South Africa": ["South African"], "Zimbabwe": ["Zimbabwean"],
    "Somalia": ["Somali"], "Uganda": ["Ugandan"], "Rwanda": ["Rwandan"], "Ghana": ["Ghanaian"],
    "Japan": ["Japanese"], "South Korea": ["South Korean"], "North Korea": ["North Korean"],
    "Vietnam": ["Vietnamese"], "Thailand": ["Thai"], "Indonesia": ["Indonesian"],
    "Malaysia": ["Malaysian"], "Philippines": ["Filipino"], "Australia": ["Australian",
    "Australians"], "New Zealand": [], "Canada": ["Canadian", "Canadians"],
    "Mexico": ["Mexican", "Mexicans"], "Brazil": ["Brazilian"], "Argentina": ["Argentine"],
    "Chile": ["Chilean"], "Colombia": ["Colombian"], "Venezuela": ["Venezuelan"],
    "Cuba": ["Cuban"], "Peru": ["Peruvian"], "Bolivia": ["Bolivian"], "Haiti": ["Haitian"],
    "Sri Lanka": ["Sri Lankan"], "Bangladesh": ["Bangladeshi"], "Nepal": ["Nepalese"],
    "Myanmar": ["Burma", "Burmese"], "Tajikistan": ["Tajik"], "Uzbekistan": ["Uzbek"],
    "Kazakhstan": ["Kazakh"], "Georgia": ["Georgian"], "Armenia": ["Armenian"],
    "Azerbaijan": ["Azerbaijani"], "Belarus": ["Belarusian"], "Serbia": ["Serbian", "Serb"],
    "Croatia": ["Croatian"], "Bosnia": ["Bosnian"], "Kosovo": [], "Albania": ["Albanian"],
    "Hungary": ["Hungarian"], "Romania": ["Romanian"], "Bulgaria": ["Bulgarian"],
    "Czech Republic": ["Czech"], "Slovakia": ["Slovak"], "Slovenia": ["Slovenian"],
    "Estonia": ["Estonian"], "Latvia": ["Latvian"], "Lithuania": ["Lithuanian"],
    "Iceland": ["Icelandic"], "Cyprus": ["Cypriot"], "Malta": ["Maltese"], "Qatar": ["Qatari"],
    "Kuwait": ["Kuwaiti"], "Bahrain": [], "Oman": ["Omani"],
    "United Arab Emirates": ["UAE", "Emirati"], "Singapore": [], "Taiwan": ["Taiwanese"],
    "North Macedonia": ["Macedonia"], "Mongolia": ["Mongolian"], "Cambodia": ["Cambodian"],
    "Laos": [], "Mali": ["Malian"], "Niger": [], "Chad": [], "Congo": ["Congolese"],
    "Democratic Republic of Congo": ["DRC", "DR Congo"], "Angola": ["Angolan"],
    "Mozambique": [], "Zambia": [], "Namibia": [], "Botswana": [], "Cameroon": [],
    "Senegal": [], "Ivory Coast": [], "Liberia": [], "Sierra Leone": [], "Eritrea": [],
    "South Sudan": [], "Ecuador": [], "Uruguay": [], "Paraguay": [], "Panama": [],
    "Nicaragua": [], "Honduras": [], "Guatemala": [], "El Salvador": [], "Jamaica": [],
    "Benin": ["Beninese"], "Burkina Faso": ["Burkinabe"], "Togo": ["Togolese"], "Guinea": ["Guinean"],
    "Guinea-Bissau": [], "Equatorial Guinea": [], "Gabon": ["Gabonese"], "Madagascar": ["Malagasy"],
    "Malawi": ["Malawian"], "Tanzania": ["Tanzanian"], "Burundi": ["Burundian"], "Djibouti": [],
    "Mauritania": ["Mauritanian"], "Gambia": ["Gambian"], "Lesotho": [], "Eswatini": ["Swaziland"],
    "Central African Republic": [], "Comoros": [], "Cape Verde": ["Cabo Verde"], "Seychelles": [],
    "Mauritius": ["Mauritian"], "Sao Tome and Principe": [], "Costa Rica": ["Costa Rican"],
    "Dominican Republic": [], "Trinidad and Tobago": [], "Bahamas": [], "Barbados": [], "Belize": [],
    "Guyana": [], "Suriname": [], "Grenada": [], "Dominica": [], "Saint Lucia": [],
    "Antigua and Barbuda": [], "Saint Kitts and Nevis": [], "Saint Vincent and the Grenadines": [],
    "Fiji": ["Fijian"], "Papua New Guinea": [], "Solomon Islands": [], "Vanuatu": [], "Samoa": [],
    "Tonga": [], "Kiribati": [], "Tuvalu": [], "Nauru": [], "Palau": [], "Marshall Islands": [],
    "Micronesia": [], "Kyrgyzstan": ["Kyrgyz"], "Turkmenistan": ["Turkmen"], "Moldova": ["Moldovan"],
    "Montenegro": ["Montenegrin"], "Luxembourg": [], "Liechtenstein": [], "Monaco": [], "Andorra": [],
    "San Marino": [], "Vatican": ["Holy See"], "Brunei": [], "Bhutan": [], "Maldives": [],
    "East Timor": ["Timor-Leste"],
    "Scotland": ["Scottish"], "Wales": ["Welsh"], "Northern Ireland": [],
    "Palestine": ["Palestinian", "Palestinian territories"],
}

# Names that are one actor but not countries (general knowledge of well-known bodies).
ORGANISATION_ALIASES: dict[str, list[str]] = {
    "United Nations": ["UN", "U.N."],
    "European Union": ["EU", "E.U."],
    "Conservative Party": ["Conservatives", "Conservative", "Tory", "Tories", "Tory party"],
    "Labour": ["Labour Party", "Labour party"],
    "Liberal Democrats": ["Liberal Democrat", "Lib Dems", "Lib Dem"],
    "Republican Party": ["GOP", "Republicans", "Republican"],
    "Democratic Party": ["Democrats", "Democrat"],
    "NATO": ["Nato", "North Atlantic Treaty Organization"],
}

# Honorifics stripped from names (and kept as role where they carry one).
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame",
              "lady", "lord", "prof", "prof.", "professor", "rev", "rev."}
TITLES = {"president", "vice", "sen", "sen.", "senator", "rep", "rep.", "representative", "gov",
          "gov.", "governor", "general", "gen", "gen.", "chancellor", "minister", "prime",
          "secretary", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop",
          "archbishop", "judge", "justice", "mayor", "colonel", "col", "col.", "captain",
          "capt", "capt.", "lt", "lt.", "sgt", "sgt.", "major", "admiral", "commander",
          "speaker", "chairman", "chief", "sheikh", "ayatollah", "mullah", "former", "leader",
          "candidate", "nominee", "ambassador", "attorney"}
# Portfolio words that qualify an office ("Defence Secretary"), never a separate body.
PORTFOLIOS = {"defence", "defense", "foreign", "home", "health", "education", "interior",
              "treasury", "state", "justice", "finance", "trade", "culture", "environment",
              "transport", "energy", "agriculture", "labor", "commerce", "homeland",
              "security", "development", "economy", "work", "pensions", "business",
              "industry", "shadow", "deputy", "prime", "vice", "chief", "general",
              "attorney", "press", "public", "international", "cabinet"}
# Honorifics and titles that, written before a name, always mark a person.
PERSON_TITLES = {"president", "senator", "sen", "general", "gen", "gov", "governor", "rep",
                 "representative", "king", "queen", "prince", "princess", "pope", "judge",
                 "mayor", "colonel", "col", "captain", "capt", "sheikh", "ayatollah"}
# Nouns that make a phrase a role or function.
ROLE_NOUNS = {"president", "minister", "secretary", "chancellor", "leader", "spokesman",
              "spokeswoman", "spokesperson", "commander", "general", "attaché", "attache",
              "ambassador", "envoy", "governor", "senator", "chief", "director", "chairman",
              "chairwoman", "chair", "head", "official", "editor", "mp", "judge", "mayor",
              "candidate", "nominee", "adviser", "advisor", "aide", "manager", "founder",
              "executive", "ceo", "economist", "analyst", "sociologist", "professor",
              "lawyer", "attorney", "spokesperson", "member", "deputy", "officer", "king",
              "queen", "prince", "cardinal", "archbishop", "bishop", "pope", "strategist",
              "correspondent", "reporter", "representative", "congressman", "congresswoman",
              "lawmaker", "chairperson", "treasurer", "tycoon", "businessman", "activist",
              "researcher", "scientist", "expert", "campaigner", "surrogate", "counsel",
              "commissioner", "coordinator", "negotiator", "mediator", "colonel", "captain",
              "admiral", "sergeant", "lieutenant", "major", "speaker", "whip", "premier",
              "dictator", "ruler", "monarch", "emir", "sheikh", "commentator", "pollster",
              "historian", "author", "writer", "journalist", "columnist", "banker",
              "investor", "owner", "partner", "president-elect", "predecessor", "successor"}
# Roles of a state office: a person holding one speaks for a country when no other body is named.
STATE_ROLES = {"president", "minister", "secretary", "chancellor", "ambassador", "envoy",
               "premier", "king", "queen", "prime", "president-elect"}

# Verbs (lemmas) that attribute a statement to a source.
SPEECH_VERBS = {
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
    "dispute", "applaud", "decry", "denounce", "lament", "acknowledge", "assure", "charge",
    "back", "support", "oppose", "endorse", "favour", "favor",
}
# Cues whose object (not a clause) is the content: "X criticised the plan".
OBJECT_CUES = {"criticise", "criticize", "attack", "praise", "condemn", "dismiss", "reject",
               "deny", "accuse", "blame", "question", "describe", "announce", "confirm",
               "demand", "propose", "recommend", "urge", "promise", "pledge", "predict",
               "admit", "acknowledge", "reveal", "disclose", "call", "estimate", "report",
               "justify", "label", "brand", "dub", "hail", "welcome", "defend", "contest",
               "dispute", "applaud", "decry", "denounce", "lament", "forecast", "charge",
               "back", "support", "oppose", "endorse", "favour", "favor"}
# Cues whose content may be a phrase after a preposition: "complained about X", "warned of X".
PREPOSITION_CUES = {"complain", "warn", "speak", "argue", "rail", "lash", "caution", "protest",
                    "insist", "comment", "testify", "write", "talk", "boast", "joke"}
# Cues that state nothing without a clause of their own: they never introduce a quotation
# ("He thought:" is rare; "He said:" is common).
CLAUSE_ONLY_CUES = {"think", "believe", "hope", "fear", "expect", "doubt", "ask", "point", "note",
                    "argue", "claim", "suggest", "agree"}

UNNAMED_SOURCE_NOUNS = {"official", "officials", "spokesman", "spokeswoman", "spokesperson",
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

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_PLURAL = {"they", "them"}
PRONOUNS_IT = {"it"}

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
}
