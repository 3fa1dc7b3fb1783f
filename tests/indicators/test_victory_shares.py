"""A share told as a victory is a vote share (`accords.indicators.elections`, indtt48).

"with the results showing a narrow 51%-to-49% victory for Erdogan" (tt_412679) and "the referendum’s slim 51 percent
victory" (tt_412814) are the winner's `vote_share` as the gold gives it, though no verb of winning comes before them; a
"win rate" and a "clear victory" after a figure of something else stay what they were.

Texts: tt_412679 and tt_412814 (tests/gold/articles, Tehran Times, CC BY 4.0), shortened; the others our own. Each
expected record is (metric, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


def _figures(text: str) -> list[tuple]:
    return [(metric, value) for metric, _, value, *_ in figures(text, published=None, source="Tehran Times")]


CASES = [
    pytest.param(
        "Now, with the results showing a narrow 51%-to-49% victory for Erdogan, the opposition says the vote counting, "
        "too, was marred by fraud and vows to challenge it.",
        [("vote_share", 51.0)],
        id="a-split-result-told-as-a-victory",
    ),
    pytest.param(
        "To be sure, the referendum’s slim 51 percent victory falls far short of a broad, national consensus needed for "
        "a sustainable democracy.",
        [("vote_share", 51.0)],
        id="a-slim-percent-victory",
    ),
    pytest.param("The company reported a 20 percent win rate for its bids.", [], id="a-win-rate-is-no-vote"),
    pytest.param(
        "Iran's exports rose 5 percent to reach a 10-year high, a clear victory for the government.",
        [("exports_growth", 5.0)],
        id="a-victory-after-another-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_victory_shares(text: str, expected: list) -> None:
    assert _figures(text) == expected
