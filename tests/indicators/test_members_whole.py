"""A figure of an organisation's members as a whole is the organisation's alone, as the gold gives a
trade figure of an IGO's members the IGO's id: "the trade volume in the ECO region", "SCO member
states' trade" are not also the figure of the country whose minister speaks or that the sentence ranks
after it (`indicators.subjects.subjects_for`, `_MEMBERS_WHOLE`). A flow to the members ("exports to
the EAEU member states") keeps both sides.

Texts: sentences written for these tests in the register of Tehran Times (CC BY 4.0) reports. Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "Stressing that the trade volume in the ECO region is around $100 billion, Cavusoglu said it is necessary "
        "for Turkey to be willing to achieve more goals.",
        [("trade_turnover", ("ECO",), 1e11, "USD", "actual", "approx")],
        id="trade-in-the-organisations-region",
    ),
    pytest.param(
        "Iran's exports to the EAEU member states rose 20 percent to $2 billion last year.",
        [("exports_growth", ("EAEU", "IRN"), 20.0, "percent", "actual", None),
         ("exports", ("EAEU", "IRN"), 2e9, "USD", "actual", None)],
        id="a-flow-to-the-members-keeps-both",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_members_whole(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
