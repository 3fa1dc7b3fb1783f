"""Counts of what one verb sends, joined in a list ("Iran has sent seven planes carrying humanitarian aid and two
field hospitals to Turkey"): a later item is sent as well, counted whatever its size (`countnouns._SENT_LIST_BEFORE`),
and the place named after the last item is where the first goes too (`coordinated.shares_destination`: its window
reaches past the second count). Planes or trucks carrying aid are counted whatever their number
(`countnouns._CARRYING_AID_AFTER`); rescuers sent are a count (`countnouns.COUNTABLE_HEADS`). A list after a verb
that sends nothing ("has two field hospitals") makes no small count.

Texts: Tehran Times (tehrantimes-region, CC BY 4.0), the sentences as the corpus gives them (news_id 481902, also in
the gold article tt_481855); sentences written for these tests in the register of the regional state press where
marked. Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"

CASES = [
    pytest.param(
        "The Iranian Embassy in Ankara has issued a statement, saying that since February 7 (one day after the "
        "earthquake in Turkey), in addition to sending search and rescue teams and health experts, Iran has sent seven "
        "planes carrying humanitarian aid and two field hospitals to Turkey.",
        [("planes", ("IRN", "TUR"), 7.0, "count", "actual", None),
         ("field_hospitals", ("IRN", "TUR"), 2.0, "count", "actual", None)],
        id="planes-and-field-hospitals-sent-to-turkey",
    ),
    pytest.param(  # written for this test
        "Azerbaijan has sent two planes with humanitarian aid and 50 rescuers to Turkey.",
        [("planes", ("AZE", "TUR"), 2.0, "count", "actual", None),
         ("rescuers", ("AZE", "TUR"), 50.0, "count", "actual", None)],
        id="planes-with-aid-and-rescuers",
    ),
    pytest.param(  # written for this test
        "Iran dispatched 12 trucks of medicine and three field hospitals to Afghanistan.",
        [("trucks", ("AFG", "IRN"), 12.0, "count", "actual", None),
         ("field_hospitals", ("AFG", "IRN"), 3.0, "count", "actual", None)],
        id="trucks-and-field-hospitals-dispatched",
    ),
    pytest.param(  # written for this test
        "Iran has two field hospitals and three clinics in the border province near Turkey.", [],
        id="nothing-sent-no-small-counts",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_sent_aid_lists(text: str, wanted: list[tuple]) -> None:
    assert figures(text, source=TT) == wanted
