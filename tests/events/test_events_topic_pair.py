"""A member of the article's pair named only in the topic of an act whose actor is known does
not complete its sides when the sentence names another partner:
`accords.events.completion.pair_as_topic` (issue 13). In an article about Iran and Afghanistan's
troubles, "Abdollahian discussed the future of Afghanistan's economy in a meeting with the
Japanese ambassador" is no act with Afghanistan. "The two sides" and an Afghan partner named
outside the topic still relate the two.

Sentences written for these tests in the register of Tehran Times foreign-ministry reports."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events

_LEAD = ("TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian has voiced concern over the situation in "
         "Afghanistan. Abdollahian pointed to the rise in attacks in Afghanistan. He said the neighbors of Afghanistan "
         "must help the Afghan people. Iran has hosted millions of Afghan refugees for decades. The Iranian foreign "
         "ministry said Afghanistan needs an inclusive government. ")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Abdollahian also discussed the need for security for Afghanistan’s ethnic groups in a telephone "
                 "conversation with his Indonesian counterpart.", [("CONSULT", ("IRN",), ("IDN",))],
                 id="topic-country-with-another-partner"),
    pytest.param("Abdollahian also discussed the future of Afghanistan’s economy in a meeting with the Japanese "
                 "ambassador.", [("CONSULT", ("IRN",), ("JPN",))], id="topic-country-at-a-meeting"),
    pytest.param("The two sides agreed on the establishment of a transport corridor between Afghanistan, Iran and "
                 "Turkey.", [("AGREE", ("AFG", "IRN"), ())], id="the-two-sides-stay-the-pair"),
    pytest.param("Abdollahian also discussed the need for security for Afghanistan’s ethnic groups with the Afghan "
                 "envoy.", [("CONSULT", ("IRN",), ("AFG",))], id="partner-named-outside-the-topic"),
])
def test_topic_country_is_no_partner(sentence, expected):
    assert directed_events(_LEAD + sentence, source="Tehran Times") == expected
