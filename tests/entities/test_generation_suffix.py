"""entities: a generational suffix written after an office holder's name ("Joseph R. Biden Jr.",
"Ferdinand Marcos Jr.") is one of the person's written forms (`accords.entities.offices.holder_candidates`):
the person keeps the name without it, linked to "President Biden" further on, and the suffixed form is an
alias. The mention keeps the span the name has without the suffix, so nothing read from mentions moves.

Sources: White House readouts of 2022-07-15 (Bethlehem) and 2024-07-05 (call with the British prime minister),
works of the United States government, public domain, the hard line breaks of the crawl written as spaces; the
third case paraphrases the readout of 2022-09-22 (meeting with the Philippine president).
"""

import pytest

from tests.entities.found import stage_entities

pytestmark = pytest.mark.slow


# (id, text, published, name, aliases that must be there, aliases that must not)
CASES = [
    ("suffix-without-comma",
     "Today, President Joseph R. Biden Jr. met with Palestinian Authority President Mahmoud Abbas. President Biden "
     "reaffirmed the enduring ties between the Palestinian and American peoples.",
     "2022-07-15", "Joseph R. Biden", {"Joseph R. Biden Jr."}, set()),
    ("suffix-after-a-comma",
     "President Joseph R. Biden, Jr. spoke today with Prime Minister Keir Starmer of the United Kingdom to "
     "congratulate him on his appointment as Prime Minister.",
     "2024-07-05", "Joseph R. Biden", {"Joseph R. Biden, Jr."}, set()),
    ("no-suffix-no-suffixed-alias",
     "President Biden met with President Ferdinand Marcos of the Philippines in New York City on the margins of the "
     "United Nations General Assembly.",
     "2022-09-22", "Biden", set(), {"Biden Jr.", "Biden, Jr."}),
]


@pytest.mark.parametrize(("text", "published", "name", "present", "absent"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_generation_suffix(text, published, name, present, absent):
    people = [e for e in stage_entities(text, source="The White House", published=published).entities
              if e.type == "PERSON" and "Biden" in e.name]
    assert [e.name for e in people] == [name]
    assert present <= set(people[0].aliases)
    assert not absent & set(people[0].aliases)
