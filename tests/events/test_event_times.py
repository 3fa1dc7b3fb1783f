"""A deadline or a year inside a name is not the day of the act a clause tells of
(`accords.events.eventtimes`): "agreed to halve emissions by 2030" was agreed on the report's
day, and tariffs raised "under the Trade Act of 1974" were raised now. Before this rule such
events were dated 2030 or 1974 (issue 13: event dates on White House dev .757)."""

from __future__ import annotations

import pytest

import accords
from accords.events.eventtimes import dating_times
from tests.events.sides import dated_events

WH = "The White House"


def _events(text, published):
    return dated_events(text, published, source=WH)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(
        "President Biden met today with Prime Minister Fumio Kishida of Japan. The two leaders committed to "
        "cut methane emissions by 2030.", "2023-05-20",
        [("CONSULT", ("JPN", "USA"), "2023-05-20"), ("AGREE", ("JPN", "USA"), "2023-05-20")],
        id="by-a-year-is-the-goals"),
    pytest.param(
        "President Biden spoke today with President Lula of Brazil. The leaders agreed to work together until at "
        "least 2028 on the protection of the Amazon.", "2023-02-10",
        [("CONSULT", ("BRA", "USA"), "2023-02-10"), ("AGREE", ("BRA", "USA"), "2023-02-10")],
        id="until-at-least"),
    # the clause's own day still dates it
    pytest.param(
        "On March 3, 2022, Canada and the United States signed an agreement to cut emissions by 2030.",
        "2022-03-07", [("SUPPORT", ("CAN", "USA"), "2022-03-03")], id="own-day-beside-a-deadline"),
])
def test_deadline_does_not_date_the_event(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.slow
def test_year_inside_a_law_does_not_date_the_event():
    text = ("President Biden is directing his Trade Representative to raise tariffs under Section 301 of the "
            "Trade Act of 1974 on imports from China.")
    dates = [date for _, _, date in _events(text, "2024-05-14")]
    assert dates and "1974" not in dates


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("They will finish the road by 2027.", [], id="by"),
    pytest.param("The plan runs until the end of 2029.", [], id="until-the-end-of"),
    pytest.param("They signed the plan in 2021 and will finish it no later than 2026.", ["2021"], id="no-later-than"),
    pytest.param("They met on 4 May 2021.", ["4 May 2021"], id="a-day"),
])
def test_dating_times(text, kept):
    extraction = accords.extract(text, published="2021-06-01", stages=("segment.v2", "entities.v2", "times.v2"))
    assert [t.text for t in dating_times(extraction.times, text, extraction.mentions)] == kept
