"""A summit named as the setting of another act, long before the text was published (issue 13), on
White House texts 2021-2024 (../shared/corpora/whitehouse-briefings, public domain) and a sentence
written in the Tehran Times register: "At the U.S.-EU Summit in June, the U.S. and the EU announced
..." in a September text recalls a past summit, no meeting the text reports (`accords.events.meetings.
occasion_named`, `accords.events.published.long_before_publication`). A summit held days before, a
summit "between" named sides and a meeting the sentence reports stay events."""

from __future__ import annotations

import pytest

import accords
from accords.events.published import long_before_publication
from tests.events.sides import STAGES, events_with_sides

_WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "source", "unexpected"), [
    pytest.param("At the U.S.-EU Summit in June, the U.S. and the EU announced a joint COVID-19 Manufacturing and "
                 "Supply Chain Taskforce to deepen cooperation.", "2021-09-22", _WH, ("CONSULT", ("EU", "USA"), "summit"),
                 id="at-the-summit-in-june"),
    pytest.param("President Joseph R. Biden, Jr. spoke today with President Andrés Manuel López Obrador to reaffirm "
                 "the vision they laid out in the November 2021 North American Leaders’ Summit of a North America that "
                 "remains the most competitive and dynamic region in the world.", "2022-04-29", _WH,
                 ("CONSULT", ("MEX", "USA"), "summit"), id="vision-laid-out-in-the-summit"),
    pytest.param("At the first ever U.S.-Pacific Islands Summit in Washington, D.C. in September 2022, we announced the "
                 "Declaration on U.S.-Pacific Partnership with Fiji and Samoa.", "2023-05-22", _WH,
                 ("CONSULT", ("FJI", "USA", "WSM"), "summit"), id="first-ever-summit-last-year"),
    pytest.param("National Security Advisor Jake Sullivan spoke today with President Maia Sandu of Moldova. "
                 "He thanked her for sharing Moldova’s experience countering corruption at last year’s Summit for "
                 "Democracy.", "2022-04-12", _WH, ("CONSULT", ("MDA", "USA"), "summit"), id="last-years-summit"),
])
def test_past_summit_named_as_setting_is_no_meeting(text, published, source, unexpected):
    # (type, sides, trigger): the call of the same sentence ("spoke today with") stays
    extraction = accords.extract(text, published=published, source=source, stages=STAGES)
    found = [(e.type, tuple(sorted({*e.actor_countries, *e.recipient_countries})), (e.trigger or "").lower())
             for e in extraction.events]
    assert unexpected not in found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "source", "expected"), [
    # the summit the text reports, a week later: the news
    pytest.param("At the U.S.-EU Summit on June 15, the U.S. and the EU announced a joint COVID-19 Manufacturing and "
                 "Supply Chain Taskforce.", "2021-06-22", _WH, ("CONSULT", ("EU", "USA")), id="summit-a-week-before"),
    # who met is told: the summit is one of its own
    pytest.param("President Biden welcomed the recent trilateral summit in Baghdad between Iraq, Jordan, and Egypt in "
                 "June.", "2021-09-19", _WH, ("CONSULT", ("EGY", "IRQ", "JOR")), id="summit-between-named-sides"),
    # a meeting verb, not a setting: the meeting the sentence reports
    pytest.param("Iranian Foreign Minister Hossein Amir-Abdollahian met with his Turkish counterpart Mevlut Cavusoglu "
                 "in Tehran in June.", "2022-09-20", None, ("CONSULT", ("IRN", "TUR")), id="met-in-june"),
])
def test_summit_reported_stays_a_meeting(text, published, source, expected):
    assert expected in [(kind, found) for kind, found, _ in events_with_sides(text, published, source=source)]


@pytest.mark.parametrize(("value", "published", "expected"), [
    pytest.param("2021-06", "2021-09-22", True, id="month-three-months-before"),
    pytest.param("2021-06", "2021-07-15", False, id="month-ended-two-weeks-before"),
    pytest.param("2021", "2022-04-12", True, id="last-year"),
    pytest.param("2022-11-13", "2023-02-28", True, id="day-months-before"),
    pytest.param(("2023-01-09", "2023-01-10"), "2023-04-14", True, id="interval-by-its-end"),
    pytest.param("2023-01-10", "2023-01-20", False, id="ten-days-before"),
    pytest.param("2021-Q2", "2021-09-22", True, id="quarter-by-its-first-month"),
    pytest.param(None, "2021-09-22", False, id="no-date"),
    pytest.param("2021-06", None, False, id="no-publication"),
])
def test_long_before_publication(value, published, expected):
    assert long_before_publication(value, published) is expected
