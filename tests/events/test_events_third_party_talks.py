"""Talks that are no consultation of the readout's pair (evwh47).

A visit whose phrase names its visitor and where it went ("the historic visit of Pope Francis to Iraq"), lauded by
the readout's president, is the visitor's and the host's, not the president's (`accords.events.trips.visit_told_whole`);
"They discussed ..." after a meeting with an activist, no meeting of states told before, is no talk between the
countries the article names most (`accords.events.privatetalks`). Sentences from White House readouts of
2021-2022 (public domain), the first with a lead-in of our own."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events, events_with_sides

_WH = "The White House"
_MET = "President Biden met today with President Barham Saleh of Iraq in New York. "
_BONIADI = (
    "Vice President Kamala Harris met today with actress and activist Nazanin Boniadi to express her support for the "
    "brave women and girls leading peaceful protests in Iran to secure equal rights and basic human dignity. The Vice "
    "President commended those in Iran and in the Iranian diaspora who are giving a voice to the aspirations of a new "
    "generation seeking fundamental rights that Iran’s regime has for decades attempted to deny and suppress through "
    "repression and violence.  The Vice President underscored that the Biden-Harris Administration will continue to "
    "stand with these Iranian women and citizens.  ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_MET + "He lauded the Baghdad Regional Summit and the historic visit of Pope Francis to Iraq earlier this "
                 "year.", [("CONSULT", ("USA",), ("IRQ",)), ("SUPPORT", ("USA",), ("IRQ", "VAT")),
                           ("CONSULT", ("IRQ", "VAT"), ())], id="lauded-papal-visit-is-the-popes"),
])
def test_third_party_visit(text, expected):
    assert directed_events(text, published="2021-09-21", source=_WH) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_BONIADI + "They discussed how the United States will make sure these important voices are heard, including "
                 "by making it easier for Iranians to access the Internet.",
                 [("SUPPORT", ("IRN", "USA"), "occurred")], id="activist-meeting-they-discussed"),
    pytest.param("President Joseph R. Biden, Jr. spoke today with President of Finland Sauli Niinistö. They discussed "
                 "their continued close coordination.",
                 [("CONSULT", ("FIN", "USA"), "occurred")],
                 id="call-they-discussed-kept"),
    pytest.param("Yesterday, Vice President Kamala Harris called and congratulated Xiomara Castro on her historic victory as "
                 "Honduras’ first female president. They discussed their shared interest in addressing the root causes of "
                 "migration. They committed to working together and deepening the partnership between the United States "
                 "and Honduras.", [("CONSULT", ("HND", "USA"), "occurred"), ("AGREE", ("HND", "USA"), "occurred")],
                 id="congratulatory-call-they-discussed-kept"),
])
def test_they_discussed(text, expected):
    assert events_with_sides(text, published="2022-10-14", source=_WH) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mr. Sullivan reiterated the Biden Administration’s demand that the Lukashenka regime allow a credible "
                 "international investigation into the events of May 23.", [("REQUEST", ("USA",), ("BLR",))],
                 id="demand-to-lukashenka-regime"),
    pytest.param("Mr. Sullivan condemned the Lukashenka\nregime’s orchestration of irregular migration.",
                 [("ACCUSE", ("USA",), ("BLR",))], id="regime-across-a-line-break"),
    pytest.param("Mr. Sullivan reiterated the Biden Administration’s demand that the regime allow a credible "
                 "international investigation.", [], id="regime-unnamed-no-side"),
])
def test_regime_named_after_its_leader(text, expected):
    """"the Lukashenka regime" (the White House spelling, an alias in the office-holder table): the leader's state
    (`accords.entities.offices._titled_surnames`), as "the Raisi administration" is."""
    assert directed_events(text, published="2021-07-20", source=_WH) == expected
