"""Web news: one who acts named by a common noun of no state (fishermen, courts, remarks) is no
act of the article's pair (`accords.events.nonstate`); the pair still completes a state noun
("officials", "the two countries", "the government").

The passages are our own short paraphrases of the kind of wire story where the rule fires (no
corpus text): an article about two states, and one sentence on what their fishermen or their
trade officials' remarks did."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_OPEN = ("Canada and France resumed talks on fishing quotas off Newfoundland on Monday. Canada says France has "
         "taken too much cod, and France says Canada broke an old treaty. ")
_CLOSE = " Canada and France will meet again in Paris next month."
_CHIPS = ("Japan and the United States are at odds over chip prices. The United States says Japan sells chips below "
          "cost, and Japan denies it. Those remarks from trade officials came after a call from the prime minister "
          "for lower output. Japan and the United States will hold talks next week.")


def _of(types: tuple[str, ...], text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published="1987-03-20") if e[0] in types]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "types", "expected"), [
    pytest.param(_OPEN + "The fishermen of both countries have rejected the deal." + _CLOSE, ("REJECT",), [],
                 id="fishermen-reject-no-pair"),
    pytest.param(_OPEN + "The deal has been rejected by the fishermen of both countries." + _CLOSE, ("REJECT",), [],
                 id="rejected-by-fishermen-no-pair"),
    pytest.param(_CHIPS, ("CONSULT",), [], id="remarks-after-a-call-no-pair"),
    pytest.param(_OPEN + "Officials signed a new accord on quotas on Tuesday." + _CLOSE, ("SUPPORT",),
                 [("SUPPORT", ("CAN", "FRA"), "occurred")], id="officials-take-the-pair"),
    pytest.param(_OPEN + "The two countries signed a new accord on quotas in Ottawa on Tuesday." + _CLOSE,
                 ("SUPPORT",), [("SUPPORT", ("CAN", "FRA"), "occurred")], id="two-countries-take-the-pair"),
])
def test_private_actor_takes_no_pair(text, types, expected):
    assert _of(types, text) == expected

