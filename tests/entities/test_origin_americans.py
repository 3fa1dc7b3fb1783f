"""Americans named by their origin are no country's mention (`gazetteer.natives.names_us_people`, read by
`gazetteer.places.not_the_country`), a pair of countries named the same way is (laugh47, thirtieth session).

Sentences from the whitehouse-briefings corpus (public domain, 2021-2024: lines 1913, 998, 38) and from
dev files wh_20210719-cuban-american-leaders and wh_20231006-steinmeier-joint; the Tehran Times row is
from the tehrantimes-region corpus (CC BY 4.0).
"""

import pytest

from accords.gazetteer.places import not_the_country

# (id, text, the adjective, whether the country is named there)
CASES = [
    ("community-leaders",
     "met\nvirtually today with Muslim, Arab, and Palestinian American community\nleaders from across the United States.",
     "Palestinian", False),
    ("plural-hyphenated", "the many unique contributions of Mexican-Americans, which\nhave strengthened", "Mexican", False),
    ("activists", "the recent release of several Saudi-American activists and\nMs. Loujain al-Hathloul", "Saudi", False),
    ("leaders-in-a-title", "Readout of White House Listening Session with Cuban American Leaders", "Cuban", False),
    ("leaders", "The Administration will continue to meet with Cuban American\nleaders and stakeholders", "Cuban", False),
    # a pair of countries or a binational body keeps its countries
    ("relations", "the underlying irritant in Turkish-American relations will remain", "Turkish", True),
    ("day-of-two-countries", "to\nmark the occasion of German-American Day.", "German", True),
    ("binational-chamber", "the **German American Chamber of Commerce**, and other\n    partners", "German", True),
]


@pytest.mark.parametrize(("text", "word", "named"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_americans_of_an_origin_name_no_country(text, word, named):
    start = text.index(word)
    assert not_the_country(text, start, start + len(word)) is not named
