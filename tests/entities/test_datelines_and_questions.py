"""A wire story's dateline names its town and state (`accords.entities.newsources.wire_datelines`);
an auxiliary that opens a question is no given name, nor is a dateline glued to its dash ("TEHRAN-
Mahmoud Vaezi, ...", `accords.entities.people`); a country's name
inside a sea's name is no mention of the country (`accords.gazetteer.places`).

The sentences are written for the cases in the register of wire copy and White House readouts,
except those marked as quoted: from a White House readout of 2023 (bidenwhitehouse.archives.gov,
public domain) and from Tehran Times (news ids 413961, 408084 and a tehrantimes-region text; CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/, via the Tehran-Times-Dataset crawl).
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("dateline-town-and-state-short",
     "ST. JOSEPH, Mich. (AP) — County health officials said Monday the victim had died.",
     {("PLACE", "ST. JOSEPH"), ("PLACE", "Michigan")}, {("PLACE", "Mich.")}),
    ("dateline-town-alone",
     "WASHINGTON (AP) — Ten candidates meet on the debate stage again.",
     {("PLACE", "WASHINGTON")}, set()),
    ("dateline-without-agency-gives-no-place",
     "TEHRAN – Iran and Azerbaijan are planning to create a new fiber optic route.",
     {("COUNTRY", "Iran"), ("COUNTRY", "Azerbaijan")}, {("PLACE", "TEHRAN"), ("PLACE", "Tehran")}),
    ("dateline-glued-to-its-dash-is-no-given-name",
     "TEHRAN- Mahmoud Vaezi, Iran's minister of communications and information technology who is also the "
     "chairman of Iran-Russia Joint Economic Committee, and Veronika Nikishina, member of the board and also "
     "minister for trade of the Eurasian Economic Commission, discussed different aspects of a free trade "
     "agreement which is due to be signed between the two sides.",  # quoted
     {("PERSON", "Mahmoud Vaezi")}, {("PERSON", "TEHRAN- Mahmoud Vaezi")}),
    ("name-after-dateline-and-dash-with-apposition",  # ent46
     "TEHRAN - Mohsen Pakaeen, Iran’s ex-ambassador to Baku, has said Tehran and Baku are enjoying good "
     "relations in terms of cultural, linguistic, and religious commonalities.",  # quoted (408084)
     {("PERSON", "Mohsen Pakaeen")}, set()),
    ("name-after-dateline-em-dash",
     "TEHRAN— Seyyed Abbas Mousavi, the Iranian ambassador to Baku, consulted with Azeri officials.",  # quoted (tt corpus)
     {("PERSON", "Seyyed Abbas Mousavi")}, set()),
    ("dateline-then-countries-is-no-person",  # written
     "TEHRAN - Azerbaijan and Iran, the two neighbours, have signed a deal.",
     {("COUNTRY", "Azerbaijan"), ("COUNTRY", "Iran")}, {("PERSON", "Azerbaijan and Iran")}),
    ("question-auxiliary-is-no-given-name",
     "Warren was under attack last month. Will Warren continue to face the heat, or will Buttigieg take "
     "more hits?",
     {("PERSON", "Warren")}, {("PERSON", "Will Warren")}),
    ("given-name-will-outside-a-question",
     "Will Smith starred in the film.",
     {("PERSON", "Will Smith")}, set()),
    ("country-inside-a-gulf",
     "Mr. Sullivan and President Bongo affirmed the importance of tackling security challenges in the Gulf "
     "of Guinea and Central Africa region.",  # quoted
     {("PLACE", "Gulf of Guinea")}, {("COUNTRY", "Guinea")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_datelines_and_questions(text, present, absent):
    got = found(text)
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
