"""Two readings of what a sentence says happened (thirty-first session, evtt49).

Countries listed as the items of a topic noun ("discussed with Aliyev *issues such as border
tensions between Armenia and Azerbaijan*", "any conflict or war anywhere in the world, *including in
Ukraine*") are what is talked about, not sides of the talk (`accords.events.phrases.in_venue_or_topic`,
`phrase_tokens`); a list after a noun of parties ("countries such as Turkey and Qatar") still names
sides. An act inside a report a side denies ("rejected reports that Tehran had recalled its
ambassador", "rejected claims that PKK militants launch attacks against Turkey") did not occur as
told: it keeps the status denied, out of the gold shape (`accords.events.replies.in_denied_report`).

The sentences marked tt are from Tehran Times articles (tests/gold/articles tt_462676, tt_409296,
tt_413965, tt_478210); the others are written for this test."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In a meeting with Azerbaijani President Ilham Aliyev, Zarif welcomed the initiative. During his visit to "
                 "Azerbaijan and Armenia, Zarif raised the issue of borders. In Baku, the top Iranian diplomat discussed "
                 "with Azeri President Ilham Aliyev issues such as border tensions between Armenia and Azerbaijan and "
                 "communication corridors.",
                 [("CONSULT", ("AZE", "IRN"), "occurred"), ("CONSULT", ("ARM", "IRN"), "occurred")],
                 id="tt-issues-such-as-tensions-between-are-no-sides"),
    pytest.param("As a country that has experienced 8-year imposed war and aggression, Iran opposes any conflict or war "
                 "anywhere in the world, including in Ukraine,\u201d the mission said in the statement.",
                 [("REJECT", ("IRN",), "occurred")], id="tt-war-including-in-ukraine-is-no-recipient"),
    pytest.param("Iran's foreign minister met with countries such as Turkey and Qatar.",
                 [("CONSULT", ("IRN", "QAT", "TUR"), "occurred")], id="countries-such-as-stay-sides"),
    pytest.param("The spokesman also rejected reports that Tehran had recalled its ambassador from Turkey following the "
                 "attack on the Russian ambassador.",
                 [("SANCTION", ("IRN", "TUR"), "denied")], id="tt-rejected-reports-that-act-is-denied"),
    pytest.param("Iran has rejected claims that PKK militants launch attacks against Turkey from inside the Iranian soil.",
                 [("REJECT", ("IRN",), "occurred")], id="tt-rejected-claims-that-attack-is-no-event"),
    pytest.param("The spokesman confirmed reports that Tehran had recalled its ambassador from Turkey.",
                 [("SANCTION", ("IRN", "TUR"), "occurred")], id="confirmed-reports-stay-occurred"),
    pytest.param("Turkey did not deny reports that Ankara had recalled its ambassador from Iran.",
                 [("REJECT", ("TUR",), "denied"), ("SANCTION", ("IRN", "TUR"), "occurred")],
                 id="reports-not-denied-stay-occurred"),
])
def test_topic_items_and_denied_reports(text, expected):
    assert events_with_sides(text, published="2021-05-01") == expected
