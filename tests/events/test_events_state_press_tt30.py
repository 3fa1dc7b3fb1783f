"""Events of the state-press register, twenty-second session, round 2 (evtt30): a past participle
that describes the place just visited is no act of the visitor (`accords.events.phrases.
describing_participle`); the city of a meeting a pronoun holds ("your meeting with Mr. Aliyev in
Ashgabat") is no side (`accords.events.venues.held_by_pronoun`).

Texts: Tehran Times (tehrantimes-region, CC BY 4.0, Tehran Times / Mehr News), the article named
in each id's comment; the sentences are cut from those articles, some shortened; those "written
for this test" are paraphrases in the register. Each expected record is (type, sides, status),
sides the sorted union of actors and recipients.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

PARTICIPLES = [
    # 405247
    pytest.param("Iranian Foreign Minister Mohammad Javad Zarif has reiterated Tehran's support for democracy in the "
                 "western neighboring state. Zarif on Friday visited the Turkish Grand National Assembly in Ankara, "
                 "bombed and damaged during the recent failed coup in Turkey.",
                 [], id="the-assembly-visited-was-bombed-by-no-visitor"),
    # written for this test
    pytest.param("Iranian President Ebrahim Raisi visited the mosque in Baghdad, bombed during the war.",
                 [], id="the-mosque-visited-was-bombed-by-no-visitor"),
    # written for this test
    pytest.param("Israeli warplanes bombed a school in Gaza on Sunday, killing 12 people.",
                 [("ASSAULT", ("ISR", "PSE"), "occurred")], id="a-bombing-told-by-its-own-verb-stays"),
    # written for this test
    pytest.param("Iranian forces attacked the base in Iraq, shelled and captured the town of Koya.",
                 [("ASSAULT", ("IRN", "IRQ"), "occurred")], id="a-participle-with-an-object-is-an-act"),
    # 479741 (shortened)
    pytest.param("Deploring the aggressive policies of Azerbaijan, the ambassador said Azeri military forces launched "
                 "an onslaught on residential areas on September 13 and 14, bombed and shelled the Armenian regions.",
                 [("ASSAULT", ("ARM", "AZE"), "occurred")], id="acts-in-a-row-with-an-object-of-the-last"),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_a_participle_describing_a_place_is_no_act_of_the_subject(text, expected):
    found = [e for e in events_with_sides(text, source="Tehran Times") if e[0] == "ASSAULT"]
    assert found == expected


VENUES = [
    # 473826 (the partner's country named in the phrase, for a sentence read alone)
    pytest.param('The Azeri deputy prime minister said, "Your meeting with President Ilham Aliyev of Azerbaijan in '
                 'Ashgabat was historic."',
                 [("CONSULT", ("AZE",), "occurred")], id="your-meeting-in-ashgabat-is-no-turkmen-meeting"),
    # 473826, with the meeting that tells who "your" is
    pytest.param("TEHRAN – Iranian President Ebrahim Raisi met with Azerbaijani Deputy Prime Minister Shahin "
                 'Mustafayev in Tehran on Monday. Mustafayev said, "Your meeting with Mr. Aliyev in Ashgabat is '
                 'historic."',
                 [("CONSULT", ("AZE", "IRN"), "occurred"), ("CONSULT", ("AZE", "IRN"), "occurred")],
                 id="your-meeting-is-of-the-one-addressed"),
    # written for this test
    pytest.param("TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian said his meeting with officials in Baku "
                 "was constructive.",
                 [("CONSULT", ("AZE",), "occurred")], id="officials-unnamed-may-be-the-hosts"),
]


@pytest.mark.parametrize(("text", "expected"), VENUES)
def test_the_city_of_a_meeting_a_pronoun_holds_is_no_side(text, expected):
    found = [e for e in events_with_sides(text, source="Tehran Times") if e[0] == "CONSULT"]
    assert sorted(found) == expected
