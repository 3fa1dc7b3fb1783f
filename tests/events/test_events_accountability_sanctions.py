"""Sanctions told as the means of holding a side to answer (evwh48).

"will continue to hold the Lukashenka regime accountable for its actions, including through the
imposition of sanctions" is one act of sanctioning: the one held accountable is hit, the holder
imposes (`accords.events.measures.held_party`; gold: wh_20210720-sullivan-tsikhanouskaya).
A measure named in the background, or the holding alone, stays as it was. Sentences from White
House statements of 2021-2024 (public domain), some with a lead-in of our own."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events

_WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("National Security Advisor Jake Sullivan met today with democratic opposition leader Svyatlana "
                 "Tsikhanouskaya of Belarus. The United States, together with partners and allies, will continue to hold "
                 "the Lukashenka regime accountable for its actions, including through the imposition of sanctions.",
                 [("SANCTION", ("USA",), ("BLR",))], id="lukashenka-regime-imposition-of-sanctions"),
    pytest.param("He made clear that the United States, together with partners and allies, will continue to hold the "
                 "Lukashenka regime to account for its actions, including through the imposition of additional sanctions.",
                 [("SANCTION", ("USA",), ("BLR",))], id="to-account-additional-sanctions"),
    pytest.param("President Biden spoke with President Zelenskyy of Ukraine. The United States, together with partners "
                 "and allies, will continue to hold Russia accountable for its actions, including through the "
                 "imposition of sanctions.",
                 [("CONSULT", ("USA",), ("UKR",)), ("SANCTION", ("USA",), ("RUS",))],
                 id="held-side-not-the-partner-met"),
    pytest.param("President Biden spoke with President Zelenskyy of Ukraine. The United States held Russia accountable "
                 "for its actions.",
                 [("CONSULT", ("USA",), ("UKR",)), ("ACCUSE", ("USA",), ("RUS",))], id="holding-without-measure-unchanged"),
    pytest.param("President Biden spoke with President Zelenskyy of Ukraine. They discussed the impact of sanctions on "
                 "the Russian economy.",
                 [("CONSULT", ("USA",), ("UKR",))], id="background-sanctions-no-event"),
])
def test_sanctions_as_means_of_accountability(text, expected):
    assert directed_events(text, published="2021-07-20", source=_WH) == expected
