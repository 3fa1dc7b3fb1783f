"""A meeting told by what was discussed is not dated by a time inside what was discussed
(`accords.events.clauses.dating_scope`): "The leaders also discussed their shared concerns about
... Venezuela's July 28 election" is the call of the report's day, told again, not a second call
on July 28. Before this rule such a sentence made a second CONSULT of the same sides with the
topic's date, which no merge could join to the call (White House dev: fp of wh_20240814,
wh_20240325, wh_20220724, wh_20240921). Sentences are the White House readouts' own text."""

from __future__ import annotations

import pytest

from tests.events.sides import dated_events

WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(
        "President Biden spoke today with President José Raúl Mulino of Panama to congratulate him on a "
        "successful start to his new administration. President Biden and President Mulino also discussed their "
        "shared concerns about the serious flaws that accompanied the vote-counting process following Venezuela’s "
        "July 28 election.", "2024-08-14",
        [("CONSULT", ("PAN", "USA"), "2024-08-14")],
        id="an-election-discussed"),
    pytest.param(
        "Vice President Kamala Harris met with President Bernardo Arévalo of Guatemala today to strengthen the "
        "U.S.-Guatemala bilateral relationship. Both leaders also discussed commitments made through Central America "
        "Forward, the public-private partnership that was created in response to the Vice President’s Call to "
        "Action in May 2021.", "2024-03-25",
        [("CONSULT", ("GTM", "USA"), "2024-03-25")],
        id="commitments-of-an-earlier-year"),
    pytest.param(
        "President Joseph R. Biden, Jr. met with Prime Minister Kishida Fumio of Japan today in Wilmington, "
        "Delaware. The leaders also discussed Japan’s robust contributions to global and regional security, "
        "including through the Quad and its leadership of the G7 last year.", "2024-09-21",
        [("CONSULT", ("JPN", "USA"), "2024-09-21")],
        id="a-presidency-last-year"),
    # the discussion's own day still dates it
    pytest.param(
        "President Biden and Prime Minister Kishida discussed on March 3, 2022 the situation in Ukraine.",
        "2022-03-07", [("CONSULT", ("JPN", "USA"), "2022-03-03")], id="own-day-kept"),
])
def test_discussed_topic_does_not_date_the_meeting(text, published, expected):
    assert dated_events(text, published, source=WH) == expected
