"""A percent "of the total" after a figure is that figure's share of its whole (issue #14):
"$3.88 billion, or 14.2 percent of the total" is `trade_turnover_share` of the figure's own sides,
not a second trade turnover of the group alone.

The first sentence is from Tehran Times article 439188 (CC BY 4.0, Tehran Times / Mehr News
Agency); the others are written for this test in the register of Azernews economic reports.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


@pytest.mark.parametrize(("text", "wanted"), [
    ("Sirous Vatankhah has said that the amount of waste generated in the northern provinces of the country, "
     "neighboring the Caspian Sea, is snowballing at a rate of over 7,000 tons a day, accounting for 14 percent "
     "of the total daily 50,000 tons of waste production in the country.", "production_share"),
    # written for this test
    ("Trade turnover with CIS countries amounted to $3.88 billion, or 14.2 percent of the total.",
     "trade_turnover_share"),
    ("Azerbaijan's exports to Italy amounted to $6.5 billion, which is 40 percent of its total exports.",
     "exports_share"),
], ids=["tt-waste-share-of-the-total", "or-percent-of-the-total", "of-its-total-exports"])
def test_share_of_the_total(text: str, wanted: str) -> None:
    assert [f[0] for f in figures(text, source="Azernews") if f[3] == "percent"] == [wanted]


def test_the_share_keeps_the_figure_sides() -> None:
    # written for this test
    text = "Azerbaijan's trade turnover with CIS countries amounted to $3.88 billion, or 14.2 percent of the total."
    assert [f[1] for f in figures(text, source="Azernews")] == [("AZE", "CIS"), ("AZE", "CIS")]
