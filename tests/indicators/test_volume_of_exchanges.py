""""The volume of exchanges between the two countries" is their trade in the state-press register
(`lexicon`, `trade_turnover`). Sentences from Tehran Times articles of `tehrantimes-region` (Tehran Times /
Mehr News Agency, CC BY 4.0)."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    (
        "volume-of-exchanges-is-trade",  # tehrantimes 466196
        "TEHRAN – Kazakhstan's ambassador to Iran Askhat Orazbay spoke of ties between Iran and Kazakhstan. Orazbay "
        "added: \"The volume of exchanges between the two countries is $230 million, which is very small considering "
        "the capacity of the two countries.\"",
        [("trade_turnover", ("IRN", "KAZ"), 230e6, "USD", "actual", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
