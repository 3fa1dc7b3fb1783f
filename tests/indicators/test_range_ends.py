"""The lower end of a range whose words come after its upper end is a figure too.

"priced between $18 and $20 a share": only "$20 a share" says what the figures are (a share
price), so the lower end used to be dropped as a number naming nothing; it now says what the upper
end says, with the qualifiers `lower` and `upper`. A pair that is a change ("rose from $60 to $70")
or no range ("aged between 18 and 60", no figure at all) is left alone, and so is an amount a price
moved by ("up $2.10 to $57.40").

Sentences written for this test; each expected record is (metric, value, unit, kind, qualifier), in
text order.
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run

CASES = [
    pytest.param(
        "The company will sell 20 million shares in its initial public offering, priced between $18 and $20 a share.",
        [("shares", 20e6, "count", "forecast", None), ("share_price", 18.0, "USD", "actual", "lower"),
         ("share_price", 20.0, "USD", "actual", "upper")],
        id="between-two-prices-a-share",
    ),
    pytest.param(
        "The new resorts will offer between 120 and 180 rooms.",  # written for this test
        [("rooms", 120.0, "count", "forecast", "lower"), ("rooms", 180.0, "count", "forecast", "upper")],
        id="between-two-counts-keeps-the-kind",
    ),
    pytest.param(
        "Men aged between 18 and 60 are barred from leaving the country.",
        [],
        id="ages-are-no-figures",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_range_ends(text: str, expected: list) -> None:
    extraction = run(Article(id="r", text=text, published="2019-11-19"))
    assert [(i.metric, i.value, i.unit, i.kind, i.qualifier) for i in extraction.indicators] == expected


def test_an_amount_moved_is_no_lower_end() -> None:
    extraction = run(Article(id="m", text="Oil for March delivery closed on Thursday down $2.05 to $71.40 a barrel.", published="2019-11-19"))
    assert [i.value for i in extraction.indicators] == [71.40]
