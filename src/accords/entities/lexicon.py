"""Word lists the entity patterns use: head nouns that make a name a project, document, event
or organisation, titles of office, honorifics, and generic words that do not make a name.

All entries are lower-case; callers compare `token.lower_`.
"""

from __future__ import annotations

import itertools

from accords.gazetteer.offices import STATE_TITLES

#: Head nouns of project names ("Khoda-Afarin dam", "Rasht-Astara railroad", "X project").
PROJECT_HEADS = frozenset({
    "dam", "railway", "railroad", "rail", "pipeline", "pipelines", "corridor", "plant", "bridge",
    "port", "highway", "motorway", "road", "project", "gateway", "refinery", "field", "terminal",
    "canal", "tunnel", "line", "link", "route", "initiative", "programme", "program", "complex",
    "station", "zone", "hub", "partnership",
})

#: Heads that never name a project alone, only with a proper modifier that is not a country adjective.
WEAK_PROJECT_HEADS = frozenset({"project", "line", "link", "route", "zone", "hub", "road", "station",
                                "complex", "field", "programme", "program", "initiative", "plant", "port",
                                "partnership"})

#: Project heads that open a name of their own with a capitalised tail ("Partnership for Global Infrastructure
#: and Investment", "Partnership for Atlantic Cooperation"), as the gold names such programmes (PROJECT).
OPENING_PROJECT_HEADS = frozenset({"partnership"})

#: Head nouns of named events ("Azerbaijani-Turkish business forum", "Joint Economic Commission").
EVENT_HEADS = frozenset({
    "forum", "summit", "exhibition", "expo", "conference", "fair", "festival", "congress",
    "commission", "olympiad", "games", "week", "symposium", "dialogue", "talks", "session",
})

#: Heads that only name an event when capitalised ("Joint Economic Commission", "Astana Talks").
CAPITAL_ONLY_EVENT_HEADS = frozenset({"commission", "week", "talks", "session", "dialogue", "games"})

#: Head nouns of named documents; they must be capitalised ("Shusha Declaration").
DOCUMENT_HEADS = frozenset({
    "declaration", "agreement", "treaty", "accord", "accords", "convention", "protocol", "charter",
    "memorandum", "roadmap", "pact", "communique", "communiqué", "resolution", "statement", "act",
    "plan", "doctrine", "initiative", "pledge", "compact", "law", "strategy", "amendment", "framework",
})

#: Words after a comma that go on a company's own name ("Lockheed Martin, Inc.").
COMPANY_SUFFIXES = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "co", "co.", "plc", "s.a.",
                              "ag", "gmbh", "n.v.", "l.p.", "lp", "jr", "jr."})

#: Capitalised head nouns of organisation names.
ORG_HEADS = frozenset({
    "ministry", "office", "agency", "bank", "company", "corporation", "council", "committee",
    "university", "institute", "institution", "association", "union", "parliament", "assembly",
    "authority", "service", "department", "chamber", "organization", "organisation", "fund",
    "foundation", "center", "centre", "administration", "directorate", "court", "majlis",
    "group", "holding", "holdings", "concern", "airlines", "airways", "railways", "zholy",  # Kazakh "Temir Zholy", railways
    "co", "co.", "inc", "inc.", "ltd",
    "ltd.", "llc", "plc", "cabinet", "government", "embassy", "consulate", "mission", "army",
    "forces", "guard", "police", "party", "movement", "front", "network", "tv", "radio", "television", "agency's",
    "academy", "board", "secretariat", "federation", "exchange", "customs",
})

#: Nouns after "Radio" that make a technical term, no broadcaster: "Radio Frequency (RF) components",
#: "Open Radio Access Network (O-RAN)", "Radio Astronomy".
RADIO_TERMS = frozenset({"frequency", "frequencies", "access", "spectrum", "signal", "signals", "astronomy", "wave",
                         "waves", "telescope", "telescopes", "communications"})


def radio_term(words: list[str]) -> bool:
    """Whether words (lower case) hold "Radio" before a technical noun (`RADIO_TERMS`): the name is a
    technology's ("Radio Frequency", "Open Radio Access Network"), though "Radio" heads "Public Radio of
    Armenia" and "Network" other bodies' names."""
    return any(word == "radio" and following in RADIO_TERMS for word, following in itertools.pairwise(words))


#: A branch of a state named by one capitalised word ("the former chief of the Judiciary"): a body, which the
#: small model tags a place (tt dev gold: "Judiciary", ORG).
STATE_BRANCHES = frozenset({"judiciary", "legislature"})

#: Organisation heads that also start names ("Ministry of Foreign Affairs").
ORG_HEADS_WITH_OF = frozenset({
    "ministry", "office", "agency", "bank", "council", "committee", "university", "institute",
    "association", "union", "chamber", "organization", "organisation", "department", "embassy",
    "academy", "federation", "center", "centre", "consulate", "assembly", "parliament", "directorate", "authority",
    "service", "radio",
})

#: Titles of office (lower case), a state's among them (`STATE_TITLES`); multiword titles are built from these.
TITLE_WORDS = STATE_TITLES | frozenset({
    "president", "vice-president", "minister", "premier", "prime", "ambassador", "envoy",
    "chairman", "chairwoman", "chairperson", "chair", "head", "director", "director-general", "secretary",
    "assistant", "commissioner",
    "secretary-general", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "ceo",
    "king", "queen", "emir", "sheikh", "leader", "chief", "commander", "speaker", "deputy",
    "general", "chancellor", "counselor", "counsellor", "adviser", "advisor", "representative",
    "consul", "attache", "attaché", "prince", "crown", "sultan", "ayatollah", "lawmaker",
    "senator", "mp", "judge", "official", "officer", "coordinator", "manager", "founder", "administrator",
    "vice", "first", "foreign", "admiral", "rear", "brigadier", "colonel", "major", "defense", "defence", "economy", "energy", "interior",
})

#: Titles written short before a name, as written ("PM Khan", "FM Zarif"): a title head, as "Prime Minister" is.
SHORT_TITLES = frozenset({"PM", "FM"})

#: Title words that can end a pre-nominal title ("... Office President Ali Taha Koch"): the titles of
#: a state's offices (`accords.gazetteer.offices.STATE_TITLES`: "President", "Rear Admiral") and others.
TITLE_HEADS = STATE_TITLES | frozenset({
    "chairman", "chairwoman", "chairperson", "chair",
    "assistant", "commissioner",
    "head", "director", "director-general", "secretary", "secretary-general", "spokesman",
    "spokeswoman", "spokesperson", "mayor", "ceo", "leader",
    "chief", "commander", "speaker", "adviser", "advisor", "representative",
    "consul", "ayatollah", "lawmaker",
    "deputy", "official", "coordinator", "manager", "founder", "counselor", "counsellor",
    "counterpart",  # "his Azeri counterpart Khalaf Khalafov": the demonym gives the country
})

#: Titles that name a relation to another office holder, not an office: a person's other title wins
#: ("his Azeri counterpart Ilham Aliyev ... President Aliyev" is "President").
RELATIONAL_TITLES = frozenset({"counterpart", "counterparts", "colleague"})

#: Honorifics stripped from names ("Mr. Eng. Azari Jahromi" -> "Azari Jahromi").
#: Words of a state's formal name that are no part of a person's name ("President of Iran Islamic
#: Republic Ibrahim Raisi": the name is "Ibrahim Raisi").
POLITY_WORDS = frozenset({
    "republic", "islamic", "kingdom", "federation", "emirate", "emirates", "sultanate", "principality",
    "democratic", "federal", "socialist", "commonwealth",
})
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "eng", "engr", "prof", "professor", "sir", "madam", "dame",
    "h.e", "he", "his", "her", "excellency", "hon", "honourable", "honorable", "mr.", "mrs.",
    "ms.", "dr.", "eng.", "prof.", "hon.", "lord", "lady", "hojatoleslam", "hujjat",
    # styles of heads of state and church ("His Holiness Pope Francis", "His Majesty King Charles III")
    "holiness", "majesty", "highness", "royal",
    # military ranks written short ("Lt Col Alexander Vindman")
    "lt", "lt.", "col", "col.", "gen.", "maj", "maj.", "capt", "capt.", "sgt", "sgt.", "adm.", "brig", "brig.",
})

#: Capitalised words that do not by themselves make a name out of a head noun.
GENERIC_WORDS = frozenset({
    "the", "a", "an", "joint", "memorandum", "understanding", "cooperation", "co-operation",
    "comprehensive", "strategic", "partnership", "free", "trade", "preferential", "new", "first",
    "second", "third", "final", "general", "framework", "action", "bilateral", "multilateral",
    "international", "national", "regional", "economic", "intergovernmental", "inter-governmental",
    "annual", "this", "that", "these", "those", "its", "their", "our", "his", "her", "mutual",
    "agreement", "agreements", "on", "of", "and", "for", "in", "to", "with", "between",
})

#: Prepositions after which a capital is a place, not an actor ("held in Ankara").
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "to", "from", "near", "via", "into", "through", "toward", "towards", "outside",
    "inside", "around", "across", "visit", "visited", "visiting", "visits", "arrived", "left",
})

#: Single words spaCy's small model often mistakes for names; never a person alone.
#: Words that end no personal name of two words or more (`accords.entities.people.refine_person`):
#: titles of office that are no surname ("Policy Advisor", "Deputy Secretary"; not "King", "Judge" or
#: "Marshall", which are) and nouns of things and groups ("Implementation Team", "Tribal Lands").
NOT_NAME_ENDS = frozenset({
    "advisor", "adviser", "secretary", "director", "coordinator", "manager", "officer", "official", "spokesperson",
    "spokesman", "spokeswoman", "representative", "counselor", "counsellor", "ambassador", "minister", "president",
    "chairman", "chairwoman", "chairperson", "commissioner", "administrator", "team", "order", "land",
})

#: Tags of a last word that ends no personal name: an adverb, a comparative ("Recover Together", "Recover Stronger":
#: a slogan the small model takes for people).
NOT_NAME_TAGS = frozenset({"RB", "RBR", "JJR"})

NOT_PERSONS = frozenset({
    "sender", "email", "e-mail", "name", "comment", "characters", "share", "print", "photo",
    "source", "editor", "reporter", "tags", "related", "advertisement", "subscribe", "login",
})

#: Words that make up no organisation's name on their own: armed services, governments and
#: religions spoken of generically ("Our Armed Forces", "the Navy", "the world of Islam").
GENERIC_ORG_WORDS = frozenset({
    "armed", "forces", "force", "army", "navy", "naval", "air", "police", "government", "cabinet",
    "islam", "christianity", "judaism", "coronavirus", "covid-19", "state",
    # a company's or a bank's governing bodies, named inside their members' titles ("Chairman of the
    # Management Board of ...", "the Board of Directors"): no organisation of their own
    "management", "supervisory", "executive", "directors", "trustees",
})

#: Lower-case particles inside personal names ("Bashar al-Assad", "Mohammed bin Salman").
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "ul", "ud", "van", "von", "de", "da", "di", "du"})
#: Generational suffixes that end a name, written or left out at will ("Joseph R. Biden Jr." = "Joseph R. Biden"):
#: where a name ends (`entities.namebounds`) and which names the scorer takes as one (`evaluation.scorer`).
GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

#: Day and month names, which spaCy's small model sometimes glues to the front of a name
#: ("Sunday, Iranian Foreign Ministry").
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    # months of the Iranian calendar that are no names too ("the Iranian month of Esfand")
    "farvardin", "ordibehesht", "khordad", "mordad", "shahrivar", "aban", "esfand",
})

#: Currency nouns after a country's name or adjective: "US dollars", "Iranian rials", "Hong Kong
#: dollars" name money, not the country (issue 14: "24.4 billion US dollars" made the USA a subject).
CURRENCY_HEADS = frozenset({
    "rial", "rials", "manat", "manats", "ruble", "rubles", "rouble", "roubles", "lira", "liras",
    "dollar", "dollars", "euro", "euros", "yuan", "rupee", "rupees", "dram", "drams", "lari", "tenge", "som",
    "somoni", "sum", "pound", "pounds", "yen", "won", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals",
    "franc", "francs", "currency",
})
#: Nouns after a country adjective that make it a language, a currency, a cuisine or a script,
#: not the country: "English and Russian languages", "Iranian rials", "Azerbaijani cuisine".
NOT_COUNTRY_HEADS = CURRENCY_HEADS | frozenset({
    "language", "languages", "dialect", "dialects", "alphabet", "script", "translation", "version", "speakers",
    "speaking", "cuisine", "cuisines", "dish", "dishes", "food", "foods", "recipe", "recipes", "tea", "carpet",
    "carpets",
})
#: Country adjectives alone after these mean the language ("translated into Russian", "in English").
LANGUAGE_PREPOSITIONS = frozenset({"in", "into", "from"})


#: Last words of a venue's name: a building or ground where things are held ("Azadi Stadium",
#: "Blossom Music Center"), a PLACE as the gold's museums and palaces are, not a body.
VENUE_HEADS = frozenset({"stadium", "arena", "auditorium", "amphitheater", "amphitheatre", "coliseum"})

#: Words before "Center"/"Centre" that make it a venue ("Baku Expo Center", "Baku Congress Center");
#: "Research Center", "Space Centre", "Trade Centre" (the ITC) are bodies as often as buildings.
VENUE_CENTRE_KINDS = frozenset({"music", "expo", "exhibition", "exhibitions", "convention", "congress",
                                "conference", "events", "shopping", "sports"})


def is_venue(name: str) -> bool:
    """Whether a capitalised name ends in a venue's head ("Azadi Stadium", "Baku Expo Center")."""
    words = name.lower().split()
    if len(words) < 2 or not name[:1].isupper():
        return False
    return words[-1] in VENUE_HEADS or (words[-1] in ("center", "centre") and words[-2] in VENUE_CENTRE_KINDS)


#: Names of continents, oceans and their prefixes that a hyphen joins into the name of a region
#: ("Euro-Atlantic", "Asia-Pacific", "Indo-Pacific").
REGION_PARTS = frozenset({"euro", "europe", "asia", "indo", "pacific", "atlantic", "africa", "eurasia", "arctic",
                          "mediterranean", "america", "americas"})


def is_region_compound(name: str) -> bool:
    """Whether a name is one hyphenated compound of continents and oceans ("Euro-Atlantic",
    "Asia-Pacific"): a region, which the small model sometimes tags as an organisation."""
    parts = name.replace("\u2013", "-").split("-")
    return len(parts) >= 2 and " " not in name and all(p.lower() in REGION_PARTS for p in parts)


#: Heads that end a document's name and never a place's or a body's ("Strategic Framework Agreement",
#: "Good Friday Agreement", "Abraham Accords"): a capitalised name the small model tagged a place or an
#: organisation and that ends in one is a document.
DOCUMENT_ONLY_HEADS = frozenset({"agreement", "agreements", "treaty", "accord", "accords", "declaration", "pact",
                                 "communique", "communiqué", "memorandum"})


def is_document_name(name: str) -> bool:
    """Whether a capitalised name of two or more words ends in a document's head ("Strategic
    Framework Agreement", "Abraham Accords")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in DOCUMENT_ONLY_HEADS


#: Diseases and their variants, which the small model tags as organisations or places ("Malaria",
#: "Omicron", "Tuberculosis"): no entity of the gold's kinds.
DISEASE_NAMES = frozenset({"tuberculosis", "malaria", "omicron", "hiv", "hiv/aids", "aids", "polio", "ebola",
                           "cholera", "measles", "mpox", "monkeypox", "covid", "covid-19", "dengue", "zika",
                           "influenza", "sars", "mers"})

#: Words after a name that make it a disease's or a pathogen's ("Marburg virus", "Lyme disease").
DISEASE_WORDS = frozenset({"virus", "disease", "variant"})
