"""Amounts in older agency copy and levels a change reached (issue #14).

"dlrs" is the wire abbreviation of US dollars ("dlrs 5.62 billion"); "three millions" is a plural
scale word after a number, as some state-press English writes it; and the level a past change
reached ("increased 62.1 percent to reach ...") is an actual figure, not a target.

Sentences from Tehran Times articles 137043 and 94771 (CC BY 4.0, Tehran Times / Mehr News
Agency; fresh dev gold tt_137043, tt_94771), and sentences written for this test, marked as such.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


@pytest.mark.parametrize(("text", "wanted"), [
    ("Iran's export to Turkey increased 62.1 percent to reach dlrs 5.62 billion in the same year.",
     ("exports", ("IRN", "TUR"), 5.62e9, "USD", "actual")),
    ("Turkey has developed plans to attract some three millions Iranian tourists annually.",
     ("tourists", ("IRN", "TUR"), 3e6, "count", "target")),
    # written for this test
    ("Azerbaijan's exports to Georgia rose 12 percent to reach $800 million in 2024.",
     ("exports", ("AZE", "GEO"), 8e8, "USD", "actual")),
    ("Trade between Azerbaijan and Kazakhstan grew to reach $500 million in 2024.",
     ("trade_turnover", ("AZE", "KAZ"), 5e8, "USD", "actual")),
], ids=["dlrs-level-reached", "three-millions", "rose-percent-to-reach", "grew-to-reach"])
def test_amount_and_kind(text: str, wanted: tuple) -> None:
    assert wanted in [f[:5] for f in figures(text)]


@pytest.mark.parametrize(("text", "kind"), [
    # written for this test: what is aimed at or expected stays so
    ("The two countries plan to increase trade by 10 percent to reach $2 billion.", "target"),
    ("Trade is expected to rise 10 percent to reach $2 billion in 2026.", "forecast"),
    ("The sides agreed to bring trade turnover to $1 billion.", "target"),
], ids=["plan-to-increase-to-reach", "expected-to-rise-to-reach", "agreed-to-bring"])
def test_aims_stay_aims(text: str, kind: str) -> None:
    assert [f[4] for f in figures(text) if f[3] == "USD"] == [kind]
