"""entities.v2 across outlets (twentieth session, issue 13): holders of a body's office named at
the end of its name, hyphenated surnames after a title, a town's port, one project told in
several forms, a money amount before a programme's name, a spaced dash between the sides of a
summit, and names the gazetteers lacked (the AUKUS grouping, Kerem Shalom).

Sources: Tehran Times (tehrantimes.com, news ids 405081, 439296, 450453, 467464, 467828; CC BY
4.0, https://creativecommons.org/licenses/by/4.0/, via ../shared/corpora/tehrantimes-region) and
White House readouts of 2021-2024 (bidenwhitehouse.archives.gov, works of the United States
government, public domain; via ../shared/corpora/whitehouse-briefings). Each case names the error
class it guards: the entities (type, name) that must be found and those that must not.
"""

import pytest

from tests.entities.found import found, stage_entities

pytestmark = pytest.mark.slow

_KHUDAYBERDIEV = (
    "TEHRAN - Iran's Deputy Foreign Minister for Economic Diplomacy Mahdi Safari held discussions with the chairman "
    "of Turkmenistan's Union of Industrialists and Entrepreneurs Dovran Khudayberdiev. The meetings took place on "
    "Friday. Khudayberdiev, for his part, noted that the union is active in the agricultural, industrial, and road "
    "construction sectors.")
_HEDAYATI = (
    "“Following a trip to hold two meetings with Azerbaijan and Georgia, we proposed an initiative to the two "
    "countries to create a new transit corridor for regional convergence,” Director-General of RMTP Office of "
    "International Transit and Transportation Javad Hedayati told ISNA on Tuesday. “Of course, this plan was "
    "already proposed eight years ago,” Hedayati added.")
_INSTC = (
    "TEHRAN – In a meeting on Thursday, transport ministries of Iran, Russia and Azerbaijan agreed to form a working "
    "group in order to activate the International North–South Transport Corridor (INSTC). The meeting was held in "
    "Russia’s Sochi port. INSTC is a 7,200-km-long multi-mode network of ship, rail, and road route for "
    "transporting freight between India, Iran, Afghanistan, Armenia, Azerbaijan, Russia, Central Asia and Europe.")
_CORRIDOR = (
    "In line with this, the transportation ministers of the two countries inked a protocol for constructing the "
    "North-South corridor. The International North-South Transport Corridor (INSTC) is a multipurpose route for "
    "the transit of goods between Iran, Russia, Europe, India and Central Asia via shipping lines, railway, and "
    "land routes.")

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("holder-named-again-after-an-association", _KHUDAYBERDIEV,
     {("ORG", "Union of Industrialists and Entrepreneurs"), ("PERSON", "Dovran Khudayberdiev")},
     {("ORG", "Union of Industrialists and Entrepreneurs Dovran Khudayberdiev")}),
    ("holder-named-again-after-an-office", _HEDAYATI,
     {("PERSON", "Javad Hedayati")},
     {("ORG", "RMTP Office of International Transit and Transportation Javad Hedayati"), ("ORG", "Hedayati")}),
    ("holder-after-a-nested-body-still-found",
     "Head of the Foreign Policy Affairs Department of the Presidential Administration Hikmet Hajiyev said so.",
     {("PERSON", "Hikmet Hajiyev")}, set()),
    ("hyphenated-surname-after-a-title",
     "As reported, the meeting was attended by Iran’s Deputy Transport Minister Abdolhashem Hassan-Nia and "
     "Uzbekistan’s Deputy Minister of Transport Davron Dekhkanov.",
     {("PERSON", "Abdolhashem Hassan-Nia"), ("PERSON", "Davron Dekhkanov")}, {("PERSON", "Abdolhashem Hassan")}),
    ("a-towns-port-is-a-place", _INSTC,
     {("PLACE", "Sochi port")}, {("PROJECT", "Sochi port")}),
    ("a-towns-port-capitalised",
     "Later that month, Uzbekistan reached an agreement with Iran for transiting agricultural products and minerals "
     "to India through Iran’s Chabahar Port.",
     {("PLACE", "Chabahar Port")}, {("PROJECT", "Chabahar Port")}),
    ("money-before-a-programme-name",
     "The two leaders discussed opportunities to expand economic cooperation, including through implementation of "
     "the $20 billion Just Energy Transition Partnership, which will mobilize historic levels of public and private "
     "financing.",
     {("PROJECT", "Just Energy Transition Partnership")}, set()),
    ("spaced-dash-between-the-sides-of-a-summit",
     "Both agreed to maintain close coordination as President Biden plans to convene leaders from across the African "
     "continent for a U.S. – Africa Leaders Summit and host the Global COVID-19 Summit this year.",
     {("EVENT_NAME", "U.S. – Africa Leaders Summit"), ("EVENT_NAME", "Global COVID-19 Summit")},
     {("EVENT_NAME", "Africa Leaders Summit")}),
    ("aukus-named-alone",
     "The delegations reaffirmed the Leaders’ vision that was laid out in September 2021 and discussed the "
     "significant progress made in the three months since the announcement of AUKUS.",
     {("ORG", "AUKUS")}, set()),
    ("a-grouping-inside-its-document",
     "Beyond the four initial areas of focus outlined in the Joint Leaders’ Statement on AUKUS, participants also "
     "discussed other additional capabilities.",
     {("DOCUMENT", "Joint Leaders' Statement on AUKUS"), ("ORG", "AUKUS")}, set()),
    ("two-names-of-one-sea",
     "For example, Mehdi Safari said, the North-South corridor connects Central Asian states to the Oman Sea in "
     "southern Iran, and these countries can send their goods through Iranian ports in the Persian Gulf and the Sea "
     "of Oman.",
     {("PLACE", "Sea of Oman"), ("PLACE", "Persian Gulf")}, {("PLACE", "Oman Sea"), ("COUNTRY", "Oman")}),
    ("a-gaza-crossing-is-a-place",
     "Mr. Sullivan briefed on discussions with Egypt to secure the continued flow of humanitarian assistance through "
     "Kerem Shalom, even as talks proceed on reopening the Rafah crossing.",
     {("PLACE", "Kerem Shalom"), ("PLACE", "Rafah")}, {("ORG", "Kerem Shalom")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cross_outlet_names(text, present, absent):
    got = found(text, source="Tehran Times")
    assert present <= got
    assert not absent & got


# (id, text, how many PROJECT entities, the name or alias each form must reach)
PROJECT_CASES = [
    ("acronym-of-a-known-corridor-spelled-with-an-en-dash", _INSTC, 1, {"INSTC", "International North–South Transport Corridor"}),
    ("short-form-inside-the-fuller-name", _CORRIDOR, 1, {"North-South corridor", "INSTC"}),
]


@pytest.mark.parametrize(("text", "count", "forms"), [c[1:] for c in PROJECT_CASES], ids=[c[0] for c in PROJECT_CASES])
def test_one_project_many_forms(text, count, forms):
    projects = [e for e in stage_entities(text).entities if e.type == "PROJECT"]
    assert len(projects) == count
    assert forms <= {projects[0].name, *projects[0].aliases}


# (id, text, person, the country and title the person must get)
HOLDER_CASES = [
    ("holder-takes-the-bodys-country-and-the-title", _KHUDAYBERDIEV, "Dovran Khudayberdiev",
     ("TKM", "chairman of Turkmenistan's Union of Industrialists and Entrepreneurs")),
]


@pytest.mark.parametrize(("text", "person", "expected"), [c[1:] for c in HOLDER_CASES], ids=[c[0] for c in HOLDER_CASES])
def test_holder_country_and_title(text, person, expected):
    found_people = {e.name: (e.country, e.title) for e in stage_entities(text).entities if e.type == "PERSON"}
    assert found_people[person] == expected


# (id, text, person, the country and title the person must get)
TITLE_CASES = [
    ("an-office-over-counterpart",
     "“Proximity and development of ties with Eurasian countries is very important,” Rouhani told a press "
     "conference with his Azeri counterpart Ilham Aliyev in Baku. In the session, President Aliyev expressed "
     "gratitude to Iran’s positive role in the conflict.",
     "Ilham Aliyev", ("AZE", "President")),
    ("country-before-a-title-of-two-offices",
     "Safari held discussions with Turkmenistan's Deputy Chairman of the Cabinet of Ministers and Foreign Minister "
     "Rashid Muradov.",
     "Rashid Muradov", ("TKM", "Deputy Chairman of the Cabinet of Ministers and Foreign Minister")),
    ("and-after-a-title-joins-a-second-person",  # paraphrase of a White House readout
     "The Vice President and President Macron discussed support for Ukraine.",
     "Macron", ("FRA", "President")),
    ("and-after-a-name-joins-a-second-person",  # paraphrase of Tehran Times 452232
     "The deal was announced by Israeli Prime Minister Benjamin Netanyahu and Abu Dhabi Crown Prince Sheikh Mohammed "
     "Bin Zayed.",
     "Mohammed Bin Zayed", ("ARE", "Abu Dhabi Crown Prince Sheikh")),
    ("diplomacy-is-a-portfolio",
     "TEHRAN - Iran's Deputy Foreign Minister for Economic Diplomacy Mahdi Safari, who is in Ashgabat, held "
     "discussions with officials.",
     "Mahdi Safari", ("IRN", "Deputy Foreign Minister for Economic Diplomacy")),
]


@pytest.mark.parametrize(("text", "person", "expected"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES])
def test_person_country_and_title(text, person, expected):
    people = {e.name: (e.country, e.title) for e in stage_entities(text, source="Tehran Times").entities
              if e.type == "PERSON"}
    assert people[person] == expected


# (id, text, the people the text names, each with its other spellings)
SPELLING_CASES = [
    ("vowels-of-a-transliterated-given-name",
     "Safari said on Thursday that Iran enjoys transit advantage over neighboring countries, Iran's Deputy Foreign "
     "Minister for Economic Diplomacy Mahdi Safari said. For example, Mehdi Safari said, the North-South corridor "
     "connects Central Asian states of Kazakhstan, Turkmenistan, Kyrgyzstan, Uzbekistan, and Tajikistan to the Oman "
     "Sea in southern Iran.",
     {"Mahdi Safari": {"Mehdi Safari", "Safari"}}),
    ("short-given-names-stay-apart",  # written for the case
     "Ali Eslami and Ela Eslami, both engineers, visited the port.",
     {"Ali Eslami": set(), "Ela Eslami": set()}),
    ("a-letter-written-double",
     "Iranian Revolutionary Guard Colonel Sayyad Khodaei was shot dead in Tehran. Colonel Sayad Khodaei had "
     "served in Syria.",
     {"Sayyad Khodaei": {"Sayad Khodaei"}}),
    ("other-vowel-swaps-stay-apart",  # written for the case: two people of one family
     "Jean Tremblay and Joan Tremblay, both nurses, spoke at the hearing in Quebec.",
     {"Jean Tremblay": set(), "Joan Tremblay": set()}),
    ("one-family-name-two-given-names-stay-apart",  # written for the case
     "Dana Wilson said the clinic would stay open. Dina Wilson, her sister, disagreed.",
     {"Dana Wilson": set(), "Dina Wilson": set()}),
]


@pytest.mark.parametrize(("text", "people"), [c[1:] for c in SPELLING_CASES], ids=[c[0] for c in SPELLING_CASES])
def test_one_person_two_spellings(text, people):
    got = {e.name: set(e.aliases) for e in stage_entities(text, source="Tehran Times").entities if e.type == "PERSON"}
    assert got == people
