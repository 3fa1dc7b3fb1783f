"""A country that names a conflict in a prepositional phrase ("support for a solution *to the
Syrian crisis*", "an end *to the Ukraine war*") is the topic, not a side:
`accords.events.phrases.named_conflict` (issue 13). The owner of a conflict ("Russia's war") and
a conflict that is the verb's object ("mediate the Armenia-Azerbaijan conflict") keep theirs. Nor
is the country of an envoy's mandate ("the UN special envoy *for Syria*") a side
(`accords.events.phrases.ENVOY_TITLES`).

The first sentence is from a White House readout (public domain, 2023); the others are written
for this test in the register of Tehran Times and White House readouts."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Joseph R. Biden, Jr. met today with His Majesty King Abdullah II of Jordan. The President "
                 "affirmed his strong support for a two-state solution to the Israeli-Palestinian conflict.",
                 [("CONSULT", ("USA",), ("JOR",))], id="solution-to-the-conflict-names-no-recipient"),
    pytest.param("Iran and Iraq expressed support for a negotiated end to the Ukraine war.",
                 [("SUPPORT", ("IRN", "IRQ"), ())], id="end-to-the-war-names-no-recipient"),
    pytest.param("Iran is ready to mediate the Armenia-Azerbaijan conflict.",
                 [("AGREE", ("IRN",), ("ARM", "AZE"))], id="conflict-as-object-keeps-its-sides"),
    pytest.param("Iran condemned Russia's war against Ukraine.",
                 [("ACCUSE", ("IRN",), ("RUS",))], id="owner-of-the-war-stays"),
    pytest.param("Iran's foreign minister met the UN special envoy for Syria in Tehran on Monday.",
                 [("CONSULT", ("IRN",), ("UN",))], id="envoy-for-a-country-is-no-meeting-with-it"),
    pytest.param("Iran's deputy foreign minister met the EU Special Representative for Afghanistan in Doha.",
                 [("CONSULT", ("IRN",), ("EU",))], id="representative-for-a-country"),
])
def test_conflict_topics(text, expected):
    assert directed_events(text, published="2023-05-01") == expected
