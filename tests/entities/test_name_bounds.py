"""entities: where a titled person's name starts and ends (`accords.entities.namebounds`).

- a sentence-opening adverb is no part of a title ("Today President Joseph R. Biden Jr. ..." has the
  title "President", not "Today President");
- a particle written in lower case between capitalised name words is the name's ("Labor Minister
  Luis Miguel de Camps" was cut to "Luis Miguel");
- the word after a portfolio's "and" closes the title ("Minister of Justice and Law Nestor Ivan
  Osuna" was "Law Nestor Ivan Osuna" with the title "Minister of Justice and").

Sources: White House readouts of 2021-07-16 (APEC retreat), 2021-03-17 (Northern Ireland),
2023-04-25 (travel to Colombia) and 2024-01-11 (travel to the Dominican Republic), works of the
United States government, public domain (via the wh-briefings crawl, CC0), the hard line breaks of
the crawl written as spaces; Tehran Times region texts (CC BY 4.0).
"""

import pytest

from tests.entities.found import stage_entities


pytestmark = pytest.mark.slow


# (id, text, (name, title) pairs that must be found, person names that must not)
CASES = [
    ("sentence-opening-today-is-no-title",
     "Today President Joseph R. Biden Jr. participated in the Asia-Pacific Economic Cooperation (APEC) Virtual "
     "Leaders’ Retreat, hosted by Prime Minister Jacinda Ardern of New Zealand.",
     {("Joseph R. Biden", "President"), ("Jacinda Ardern", "Prime Minister")}, set()),
    ("today-before-vice-president",
     "Today Vice President Kamala Harris met virtually with Northern Ireland First Minister Arlene Foster and "
     "deputy First Minister Michelle O’Neill.",
     {("Kamala Harris", "Vice President")}, set()),
    ("sentence-opening-also-tehran-times",
     "Also Kazakh Foreign Minister Yerlan Idrisov met here with Khatami yesterday where he handed over to Iranian "
     "president a message from his counterpart.",
     {("Yerlan Idrisov", "Foreign Minister")}, set()),
    ("lower-case-particle-inside-the-name",
     "During a separate meeting with Labor Minister Luis Miguel de Camps, Senior Advisor Perez discussed our "
     "collaboration to generate sustainable economic development and opportunities for the people of the "
     "Dominican Republic.",
     {("Luis Miguel de Camps", "Labor Minister")}, {"Luis Miguel"}),
    ("portfolio-after-and-closes-the-title",
     "He also met with Foreign Minister Alvaro Leyva, Chief of Staff Laura Sarabia, Minister of Justice and Law "
     "Nestor Ivan Osuna, and Deputy Finance Minister Gonzalo Hernandez Jimenez to follow up on the recent "
     "bilateral meeting.",
     {("Nestor Ivan Osuna", "Minister of Justice and Law"), ("Alvaro Leyva", "Foreign Minister")},
     {"Law Nestor Ivan Osuna"}),
    ("two-word-name-after-a-two-part-portfolio-stays",
     "After a meeting with Armenian Minister of Energy and Natural Resources Levon Yolyan last week, Iranian Oil "
     "Minister Bijan Namdar Zanganeh said that an Armenian delegation made a trip to Iran.",
     {("Levon Yolyan", "Minister of Energy and Natural Resources"), ("Bijan Namdar Zanganeh", "Oil Minister")},
     {"Natural Resources Levon Yolyan"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_name_bounds(text, present, absent):
    people = {(e.name, e.title) for e in stage_entities(text).entities if e.type == "PERSON"}
    assert present <= people, sorted(people, key=str)
    assert not absent & {name for name, _title in people}
