"""entities.v2: an envoy named right after the post ("<title> to|for <state, capital or body>"):
the name is the person, with the country before the title, never the posting's.

The small model glues the posting to the name ("Tbilisi Javad Qavam-Shahidi" PERSON, "Syria
Staffan de Mistura" ORG) or leaves it untagged ("ambassador to Tehran Bunyad Hasanov").
Sentences from Tehran Times (tehrantimes.com, news ids 410021, 411388, 416542, 416850, 465574),
licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), via the Tehran-Times-Dataset
crawl; shortened.
"""

import pytest

from tests.entities.found import stage_entities


pytestmark = pytest.mark.slow


def people(text: str) -> set[tuple[str, str | None]]:
    return {(e.name, e.country) for e in stage_entities(text).entities if e.type == "PERSON"}


# (id, text, people found: (name, country))
CASES = [
    ("lower-case-title-untagged-name",
     "As the Azerbaijani ambassador to Tehran Bunyad Hasanov announced in late January, Azerbaijani President "
     "Ilham Aliyev will be in Iran for a formal visit in the near future.",
     {("Bunyad Hasanov", "AZE"), ("Ilham Aliyev", "AZE")}),
    ("capital-glued-to-a-hyphenated-name",
     "Making remarks in the same event, Iranian Ambassador to Tbilisi Javad Qavam-Shahidi referred to the 6th "
     "meeting of Iran-Georgia Joint Economic Committee.",
     {("Javad Qavam-Shahidi", "IRN")}),
    ("state-glued-to-a-name-with-a-particle",
     "UN’s Special Envoy for Syria Staffan de Mistura has warned that the issue could be crucial for the "
     "upcoming Syrian talks in Astana, Kazakhstan.",
     {("Staffan de Mistura", None)}),
    ("possessive-country-of-the-envoy",
     "The event was attended by Russian, Azerbaijani and Iranian officials, including Iran’s Ambassador to "
     "Russia Kazem Jalali, as well as officials from the Ministry of Foreign Affairs.",
     {("Kazem Jalali", "IRN")}),
    ("three-word-name-after-the-capital",
     "In a July interview with the Tehran Times, Turkish ambassador to Tehran Riza Hakan Tekin had accused "
     "Iran of politicizing the issue.",
     {("Riza Hakan Tekin", "TUR")}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_posted_people(text, expected):
    assert people(text) == expected
