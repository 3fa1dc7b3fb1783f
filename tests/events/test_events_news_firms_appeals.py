"""Web news (twenty-fourth session, evnews34): firms of no known country and appeals are no acts
of the article's pair.

- A firm of no known country that acts ("Boeing announced an agreement with India's Wipro",
  "Lockheed said on Tuesday it had signed a pact with ...") is not the other member of the article's
  pair: the pair completes no side of its deal (`actors._unplaced_actor`, `org`).
- A call "for" something with no phone and no one it is held with is an appeal ("a call for
  foreign aircraft makers to build planes"), no conversation (`meetings._appeal_for`); a phone
  call with a leader, or a call that lasted an hour, still is one.

The passages are our own sentences, written for these tests."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_SHOW = ("India's defence minister opened the Bangalore air show on Tuesday with a call for foreign aircraft makers to "
         "build planes in India. France's Airbus and India's state-owned Hindustan Aeronautics showed new jets. "
         "{} France and India have held talks on a fighter deal, and the French defence minister will visit India in "
         "March.")


def _of(types: tuple[str, ...], text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published="2005-02-09") if e[0] in types]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "types", "expected"), [
    pytest.param(_SHOW.format("Boeing announced an agreement with India's Wipro to write code for its aircraft."),
                 ("AGREE", "SUPPORT", "COOPERATE"), [("AGREE", ("FRA", "IND"), "planned")], id="firm-deal-takes-no-pair"),
    pytest.param(_SHOW.format("Lockheed said on Tuesday it had signed a pact with Hindustan Aeronautics to pool test data."),
                 ("AGREE", "SUPPORT", "COOPERATE"), [("AGREE", ("FRA", "IND"), "planned")],
                 id="firm-said-it-signed-takes-no-pair"),
    pytest.param(_SHOW.format("Boeing announced an agreement with India's Wipro to write code for its aircraft."),
                 ("CONSULT",), [], id="call-for-makers-is-an-appeal"),
    pytest.param("Turkey and Russia are at odds over Syria. Erdogan held a phone call with Putin on Monday.", ("CONSULT",),
                 [("CONSULT", ("RUS", "TUR"), "occurred")], id="phone-call-with-a-leader"),
    pytest.param("Turkey and Russia are at odds over Syria. Erdogan and Putin held a call for an hour on Monday.", ("CONSULT",),
                 [("CONSULT", ("RUS", "TUR"), "occurred")], id="call-for-an-hour"),
])
def test_firms_and_appeals_take_no_pair(text, types, expected):
    assert _of(types, text) == expected
