"""entities.v2: a one-word "person" that only ever modifies a common noun is no person
(`accords.entities.linking._keep_person`): the recogniser takes a name standing for a people, a
thing or a place ("the Uighur minority", "Patriot batteries", "Tribal governments") for a person's.

Sentences: adapted from Tehran Times 462804 (CC BY 4.0, Tehran Times / Mehr News, via the Tehran-Times-Dataset
crawl; not in the gold set); White House fact sheet of 2023-06-26 (public domain, via the
whitehouse-briefings corpus; not in the gold set); the White House statement of 2024-07-09 on
Ukraine's air defences (public domain; gold dev file wh_20240709-ukraine-air-defenses-statement).
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "absent", "present"), [
    pytest.param("China's main security interest in South Asia is to prevent the Islamization and radicalization "
                 "of the Uighur minority in the border region of Xinjiang, especially with the desire of Uighur "
                 "fighters to return from Syria.",
                 ("PERSON", "Uighur"), ("PLACE", "Xinjiang"), id="a-people-before-its-noun"),
    pytest.param("Today, we are announcing that, collectively, we are providing Ukraine with additional strategic "
                 "air defense systems, including additional Patriot batteries donated by the United States, "
                 "Germany, and Romania; Patriot components donated by the Netherlands and other partners to "
                 "enable the operation of an additional Patriot battery.",
                 ("PERSON", "Patriot"), ("COUNTRY", "Romania"), id="a-weapon-before-its-noun"),
])
def test_modifier_is_no_person(text, absent, present):
    entities = found(text)
    assert absent not in entities
    assert present in entities


def test_a_person_named_alone_once_as_subject_is_kept_when_titled():
    # the rule looks only at untitled one-word names: a titled surname before a noun stays
    text = "President Erdogan government officials met in Ankara. Erdogan said the talks went well."
    assert ("PERSON", "Erdogan") in found(text)
