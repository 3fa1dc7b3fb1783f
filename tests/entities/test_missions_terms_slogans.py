"""entities.v2: a state's mission named by its city, technical terms on "Radio", slogans.

- A capitalised "Embassy" or "Consulate" right before a city the gazetteers know, or before "in" and the city,
  runs on over the city ("U.S. Embassy Kyiv", "U.S. Embassy in Tunis"); the name without the city is an alias,
  and the city is a PLACE as well (`accords.entities.patterns._post_city`, `accords.stages.entities._mission_cities`).
  A lower-case "embassy in Baku" is left as it was (the state-press dev gold records no body for most).
- "Radio" before a technical noun makes a technology's name, no broadcaster ("Radio Frequency (RF)",
  "Open Radio Access Network (ORAN)"; `accords.entities.lexicon.radio_term`), while "Public Radio of Armenia"
  stays an ORG.
- A span the small model takes for a person whose last word is an adverb or a comparative is no person
  ("Recover Together, Recover Stronger": a slogan; `accords.entities.lexicon.NOT_NAME_TAGS`).

Sentences from White House texts of 2021-2023 (public domain; tests/gold/articles and the whitehouse-briefings
corpus) and from Tehran Times (tests/gold/articles/tt_461254); the lower-case embassy row is written for the test.
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("embassy-named-by-its-city",
     "Ms. Kristina Kvien, Chargé d’Affaires ad interim, U.S. Embassy Kyiv\n\nDr. Andrew Light, Assistant Secretary "
     "for International Affairs, U.S.\nDepartment of Energy",
     {("ORG", "U.S. Embassy Kyiv"), ("PLACE", "Kyiv")}, set()),
    ("embassies-in-their-cities",
     "Mr. McGurk and Prime Minister Bouden\nreaffirmed their mutual commitment to continuing to strengthen bilateral\n"
     "diplomatic engagement, including by supporting the work of the diplomats\nat the U.S. Embassy in Tunis and the "
     "Tunisian Embassy in Washington.",
     {("ORG", "U.S. Embassy in Tunis"), ("ORG", "Tunisian Embassy in Washington"), ("PLACE", "Tunis"),
      ("PLACE", "Washington")},
     {("ORG", "U.S. Embassy in"), ("ORG", "Tunisian Embassy")}),
    ("lower-case-embassy-left-alone",
     "A spokesman for the Iranian embassy in Baku denied the reports on Sunday.",
     {("PLACE", "Baku")}, {("ORG", "Iranian embassy in Baku")}),
    ("radio-frequency-is-a-term",
     "-   **Incorporation of Radio Frequency (RF) Data into SeaVision**:\n        The SeaVision team successfully "
     "integrated the data.",
     set(), {("ORG", "Radio Frequency")}),
    ("radio-access-network-is-a-term",
     "including\nthrough investments in the Partnership for Global Infrastructure and\nInvestment (PGII) and Open Radio "
     "Access Network (ORAN) projects to\nsupport accessible 5G and 6G technologies.",
     {("PROJECT", "Partnership for Global Infrastructure and Investment")}, {("ORG", "Open Radio Access Network")}),
    ("public-radio-stays-a-broadcaster",
     "The embassy has said the rumors are false and groundless, according to Public Radio of Armenia.",
     {("ORG", "Public Radio of Armenia")}, set()),
    ("slogan-is-no-person",
     "In line with the G20 theme for 2022, “Recover Together, Recover\nStronger,” PGII investments aim to create "
     "lasting positive impacts for\npartner countries.",
     set(), {("PERSON", "Recover Together"), ("PERSON", "Recover Stronger")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_missions_terms_slogans(text, present, absent):
    got = found(text)
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
