"""Wire copy (issue 13, eighth session): what a news agency's story tells as still to come.

The agency stories these rules were found on (Reuters 1987, read from ../shared at benchmark time)
may not be copied into the project, not even a sentence of them: the sentences below were written
for these tests, with other countries and people, in the same constructions; each rule keeps a
case that must still fire."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # written for this test (wire-copy constructions; the source stories may not be copied)
    pytest.param("Pakistan's foreign minister will extend his tour of the Gulf, flying to Doha for talks with Qatari "
                 "officials and business leaders, his office said.",
                 "2019-03-05", [("AGREE", "planned")], id="will-extend-flying-for-talks"),
    pytest.param("The French ministers will spend two days in Madrid next week; they were due for a "
                 "meeting with their Spanish counterparts.", "2019-03-17",
                 [("AGREE", "planned")], id="due-for-a-meeting"),
    pytest.param("Iranian President Hassan Rouhani left Tehran on Monday, flying to Baku for talks with Azerbaijani "
                 "President Ilham Aliyev.", None, [("CONSULT", "occurred")],
                 id="left-flying-for-talks-stays"),
])
def test_participle_shares_the_tense_of_its_verb(text, published, expected):
    """A participle clause with no subject of its own ("will extend his tour, flying to Japan for
    talks") is as future as its verb; a meeting one is "due for" is scheduled. A past trip stays."""
    assert [(kind, status) for kind, _sides, status in events_with_sides(text, published=published)] == expected

