"""The place of a meeting is no side when those met are, by what the word for them says, not
the host state's people (`accords.events.venues.partner_elsewhere`): "talks with the opposition
in Astana" is no Kazakh act. Officials met in a capital are the host's, and a visit's
destination stays a side.

Texts: a sentence of a Tehran Times article of 2017 (tehrantimes-region corpus, CC BY 4.0,
Tehran Times), and sentences written for the test in that register."""

from __future__ import annotations

import pytest

import accords
from accords.ingest.article import make_article

CASES = [
    pytest.param("Jaafari leads the Syrian government in the talks with the opposition in Astana.",
                 "KAZ", False, id="opposition-met-in-astana"),
    pytest.param("Iranian Deputy Foreign Minister Ali Bagheri met with the rebels in Doha on Monday.",
                 "QAT", False, id="rebels-met-in-doha"),
    pytest.param("Iranian Foreign Minister Abbas Araghchi met with officials in Baku on Monday.",
                 "AZE", True, id="officials-met-in-baku-are-the-hosts"),
    pytest.param("Iranian Foreign Minister Abbas Araghchi visited Baku on Monday.",
                 "AZE", True, id="visit-destination-stays"),
]


@pytest.mark.parametrize("text, host, is_side", CASES)
def test_the_host_of_a_meeting_with_others_is_no_side(text, host, is_side):
    article = make_article(text, published="2021-05-03", title=None, url=None, source="Tehran Times")
    sides = {country for e in accords.extract_article(article).events
             for country in e.actor_countries + e.recipient_countries}
    assert (host in sides) is is_side
