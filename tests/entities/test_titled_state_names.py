"""A person's country from a full official state name before the title, and a capital's name used
as a given name between a title and a surname.

"People’s Republic of China Executive Vice Minister of Foreign Affairs Ma Zhaoxu" is of China:
the longest state name ending before the title wins, not the "Republic of China" (Taiwan) inside
it. "President Santiago Peña of Paraguay" is one person: "Santiago" is his given name, not
Chile's capital, when it stands right after a title and the model reads it with the surname.

White House readouts (whitehouse.gov briefing room, public domain, via
../shared/corpora/whitehouse-briefings); the DPRK and "in Santiago" rows were written for this
test in the same constructions. Each case names the error class it guards.
"""

import pytest

from tests.entities.found import assert_found, stage_entities

pytestmark = pytest.mark.slow

# (id, text, (type, name, country) that must be found, (type, name) that must not)
CASES = [
    ("prc-before-title-curly",
     "Principal Deputy National Security Advisor Jon Finer met today with People’s Republic of China Executive "
     "Vice Minister of Foreign Affairs Ma Zhaoxu in Washington, D.C.",
     {("PERSON", "Ma Zhaoxu", "CHN")}, set()),
    ("prc-before-title-straight",
     "Principal Deputy National Security Advisor Jon Finer met today with People's Republic of China Executive "
     "Vice Minister of Foreign Affairs Ma Zhaoxu in Washington, D.C.",
     {("PERSON", "Ma Zhaoxu", "CHN")}, set()),
    ("dprk-before-title",
     "The envoy met Democratic People's Republic of Korea Foreign Minister Choe Son Hui in Pyongyang.",
     {("PERSON", "Choe Son Hui", "PRK")}, set()),
    ("capital-as-given-name",
     "National Security Advisor Jake Sullivan met with President Santiago Peña of Paraguay at the White House "
     "yesterday to discuss opportunities to strengthen the deep partnership between our two countries.",
     {("PERSON", "Santiago Peña", "PRY"), ("COUNTRY", "Paraguay", "PRY")},
     {("PLACE", "Santiago")}),
    ("capital-as-place-stays",
     "The talks were held in Santiago, and the delegation flew back from Santiago on Monday.",
     {("PLACE", "Santiago", "CHL")}, set()),
]


@pytest.mark.parametrize("text,wanted,unwanted", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titled_state_names(text, wanted, unwanted):
    assert_found(stage_entities(text, source="White House").entities, wanted, unwanted)
