"""entities.handles: a handle that spells a person's name is that person, the handle an alias.

Sentences from Tehran Times (tehrantimes.com, news ids 473786, 448943), licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/), via the Tehran-Times-Dataset crawl; shortened.
The last row is written for the test.
"""

import pytest

from tests.entities.found import stage_entities

pytestmark = pytest.mark.slow

# (id, text, people as (name, handle alias))
CASES = [
    ("holder-named-by-handle",
     "“Today I had a cordial meeting with @HikmetHajiyev, the Hon. Assistant to the President of the Republic "
     "of Azerbaijan,” the ambassador wrote.",
     {("Hikmet Hajiyev", "@HikmetHajiyev")}),
    ("foreign-minister-by-handle",
     "Zarif said he had “Productive talks with my friend @MevlutCavusoglu & other senior officials in Istanbul.”",
     {("Mevlut Cavusoglu", "@MevlutCavusoglu")}),
    ("bodies-and-initials-are-no-people",
     "Follow @WhiteHouse, @JZarif and @NGRSenate for the statements.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_handles(text, expected):
    people = {(e.name, a) for e in stage_entities(text).entities if e.type == "PERSON" for a in e.aliases if "@" in a}
    assert people == expected
