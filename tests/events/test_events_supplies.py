"""events.v2 on the regional government-press register (issue #13, evtt18): trade, transit and
energy arrangements told as flows under way ("Iran is currently swapping Turkmen gas to
Azerbaijan", "has imported gas from Turkmenistan since 1997") and services or flows resumed
("have resumed a train service between Ankara and Tehran") are COOPERATE
(`accords.events.supplies`); plans, negations, past trade figures, questions and talks resumed are
not. Sentences from Tehran Times (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev,
tests/gold/dev files of the sixteenth session) or written for this test in that register. Exact
type, sides (actor and recipient countries) and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

from accords.events.triggers import may_trigger

CASES = [
    # tt_423114 (dev): a gas swap in operation, the supplier named by its adjective
    ("currently-swapping", "Iran is currently swapping Turkmen gas to Azerbaijan.",
     [("COOPERATE", ("AZE", "IRN", "TKM"), "occurred")]),
    # tt_439266 (dev): a train service resumed
    ("resumed-train-service",
     "TEHRAN - Turkey and Iran have resumed a train service between Ankara and Tehran after a four-year hiatus.",
     [("COOPERATE", ("IRN", "TUR"), "occurred")]),
    # written for this test: a supply "since" a year, a perfect progressive, "still"
    ("imported-since", "Iran has imported gas from Turkmenistan since 1997 for its northern provinces.",
     [("COOPERATE", ("IRN", "TKM"), "occurred")]),
    ("has-been-supplying", "Turkmenistan has been supplying gas to Iran under a 25-year contract.",
     [("COOPERATE", ("IRN", "TKM"), "occurred")]),
    ("still-buying", "Turkey is still buying oil from Iran.", [("COOPERATE", ("IRN", "TUR"), "occurred")]),
    ("restarted-imports", "Turkey restarted oil imports from Iran after a one-month stop.",
     [("COOPERATE", ("IRN", "TUR"), "occurred")]),
    # must stay: a plan, a negation, a past trade figure, talks resumed, one side alone
    ("will-supply", "Iran will supply gas to Iraq next year.", []),
    ("not-exporting", "Iran is not exporting electricity to Armenia.", []),
    ("exported-last-year", "Iran exported 5 bcm of gas to Turkey last year.", []),
    ("one-side", "Iran is currently exporting gas to 12 countries.", []),
    ("question", "Is Turkmenistan still supplying gas to Iran?", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_arrangements(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ({"iran", "be", "is", "swap", "swapping", "gas", "to", "azerbaijan"}, True),
    ({"turkey", "resume", "resumed", "a", "service"}, True),
    ({"they", "sell", "sold", "the", "house"}, False),
], ids=["supply-with-goods", "resumed", "supply-without-goods"])
def test_scan_lets_arrangements_through(words, expected):
    assert may_trigger(words) is expected
