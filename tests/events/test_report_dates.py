"""An event a dated report tells of without a date of its own happens on the report's day
(`accords.events.reportdates`): readouts and joint statements say "met today" once, then
"The two leaders agreed ...", "He commended ..." (issue 13: White House event dates .556 on
test). The cases vary the President, the partner and the date, so that no case leans on one
administration's names."""

from __future__ import annotations

import pytest

from tests.events.sides import dated_events

WH = "The White House"


def _events(text, published):
    return dated_events(text, published, source=WH)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(
        "President Donald J. Trump met today with Prime Minister Mark Carney of Canada. The two leaders agreed to "
        "conclude a trade deal within thirty days.", "2025-06-17",
        [("CONSULT", ("CAN", "USA"), "2025-06-17"), ("AGREE", ("CAN", "USA"), "2025-06-17")],
        id="trump-canada-agreed"),
    pytest.param(
        "President Joseph R. Biden, Jr. met today with President William Ruto of Kenya. The leaders agreed to hold a "
        "dialogue on trade. President Biden commended Kenya for its leadership in Haiti.", "2024-03-12",
        [("CONSULT", ("KEN", "USA"), "2024-03-12"), ("AGREE", ("KEN", "USA"), "2024-03-12"),
         ("SUPPORT", ("KEN", "USA"), "2024-03-12")],
        id="biden-kenya-agreed-commended"),
    # the report's day is the meeting's ("On Monday"), not the publication day
    pytest.param(
        "On Monday, Secretary of State Marco Rubio met with Foreign Minister Mauro Vieira of Brazil. The Secretary "
        "welcomed Brazil's decision to join the initiative.", "2026-02-03",
        [("CONSULT", ("BRA", "USA"), "2026-02-02"), ("SUPPORT", ("BRA", "USA"), "2026-02-02")],
        id="rubio-brazil-on-monday"),
    # a delegation led "to meet with" someone is the meeting held, on the trip's day (not an intention)
    pytest.param(
        "Secretary Bessent led a delegation to Tokyo today to meet with Finance Minister Katsunobu Kato of Japan.",
        "2026-01-15", [("CONSULT", ("JPN", "USA"), "2026-01-15")], id="led-a-delegation-to-meet"),
])
def test_undated_outcome_takes_the_reports_day(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a readout that opens on its occasion with no time: the call is of the publication day
    pytest.param(
        "President Donald J. Trump spoke with President Emmanuel Macron of France. The two leaders agreed to "
        "expand cooperation on energy.", "2025-08-19",
        [("CONSULT", ("FRA", "USA"), "2025-08-19"), ("AGREE", ("FRA", "USA"), "2025-08-19")],
        id="opening-call-no-time"),
    # a trip may span the days before publication: no day given
    pytest.param(
        "Secretary of State Marco Rubio traveled to Israel and met with Prime Minister Benjamin Netanyahu.",
        "2025-10-24", [("CONSULT", ("ISR", "USA"), None)], id="trip-no-day"),
])
def test_opening_occasion_on_publication_day(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a meeting of 2023 told in a text of 2025 is background: its outcome gets no day of the report's
    pytest.param(
        "In June 2023, President Biden met with President Lula of Brazil. The leaders agreed to launch a "
        "partnership on workers' rights.", "2025-06-17",
        [("CONSULT", ("BRA", "USA"), "2023-06"), ("AGREE", ("BRA", "USA"), None)],
        id="old-meeting-no-day"),
    # no publication date: nothing to date by
    pytest.param(
        "President Donald J. Trump met today with Prime Minister Mark Carney of Canada. The two leaders agreed to "
        "conclude a trade deal within thirty days.", None,
        [("CONSULT", ("CAN", "USA"), None), ("AGREE", ("CAN", "USA"), None)],
        id="no-publication-date"),
])
def test_no_report_day(text, published, expected):
    assert _events(text, published) == expected


def _located(text, sentences, *events):
    """Events of `text`, each (type, evidence phrase, date, status), with their evidence spans."""
    from accords.model import Event, Evidence
    out = []
    for number, (type_, phrase, date, status) in enumerate(events):
        start = text.index(phrase)
        out.append(Event(id=f"e{number}", type=type_, evidence=(Evidence("a", start, start + len(phrase)),),
                         date=date, date_precision="day" if date else None, status=status))
    return out


def _segments(text):
    from accords.model import Segment
    segments, start = [], 0
    for part in text.split(". "):
        segments.append(Segment(start, start + len(part) + 1))
        start += len(part) + 2
    return tuple(segments)


@pytest.mark.parametrize(("second", "type_", "status", "dated"), [
    pytest.param("The leaders agreed to expand trade", "AGREE", "occurred", True, id="agreed"),
    pytest.param("The President commended Chile for its leadership", "SUPPORT", "occurred", True, id="commended"),
    pytest.param("The leaders intend to sign a roadmap", "AGREE", "intended", True, id="intended"),
    pytest.param("The United States has provided Chile with aid since 2022", "AID", "occurred", False,
                 id="perfect-since-background"),
    pytest.param("They recalled the recent attack on the embassy", "ASSAULT", "occurred", False, id="recent"),
    pytest.param("The leaders discussed the upcoming summit", "CONSULT", "occurred", False, id="upcoming-meeting"),
    pytest.param("The leaders look forward to the upcoming summit", "AGREE", "intended", True,
                 id="plan-made-on-the-day"),
    pytest.param("The two sides may sign a deal", "SUPPORT", "hypothetical", False, id="hypothetical"),
    pytest.param("The Corporation will provide a $20 million loan to Chile", "AID", "planned", True,
                 id="pledge-made-on-the-day"),
    pytest.param("The leaders will meet again soon", "CONSULT", "planned", False, id="meeting-ahead"),
])
def test_which_events_take_the_day(second, type_, status, dated):
    from accords.events.reportdates import with_report_dates
    text = f"President Smith met today with President Rojas of Chile. {second}. Nothing else."
    first = "President Smith met today with President Rojas of Chile"
    events = _located(text, None, ("CONSULT", first, "2027-04-06", "occurred"), (type_, second, None, status))
    result = with_report_dates(events, "2027-04-06T10:00:00-04:00", text, _segments(text))
    assert result[0].date == "2027-04-06"
    assert (result[1].date == "2027-04-06") is dated


@pytest.mark.parametrize(("day", "published", "dated"), [
    pytest.param("2027-04-06", "2027-04-06", True, id="same-day"),
    pytest.param("2027-04-01", "2027-04-06", True, id="five-days-before"),
    pytest.param("2027-03-20", "2027-04-06", False, id="weeks-before"),
    pytest.param("2027-04-09", "2027-04-06", False, id="after-publication"),
])
def test_only_a_day_of_the_report_is_given(day, published, dated):
    from accords.events.reportdates import with_report_dates
    text = "The ministers met in Lima. The ministers agreed to expand trade. Nothing else."
    events = _located(text, None, ("CONSULT", "The ministers met in Lima", day, "occurred"),
                      ("AGREE", "The ministers agreed to expand trade", None, "occurred"))
    result = with_report_dates(events, published, text, _segments(text))
    assert (result[1].date == day) is dated


def test_a_past_time_holds_until_a_day_of_the_report():
    from accords.events.reportdates import with_report_dates
    from accords.model import Evidence, TimeExpression
    text = ("The ministers met today in Lima. In 2019 the two countries signed a treaty. They agreed on its terms. "
            "Today the ministers toured the port. They also agreed to expand trade. Nothing else.")
    events = _located(text, None, ("CONSULT", "The ministers met today in Lima", "2027-04-06", "occurred"),
                      ("AGREE", "They agreed on its terms", None, "occurred"),
                      ("AGREE", "They also agreed to expand trade", None, "occurred"))
    at = text.index("2019")
    year = TimeExpression("t1", "2019", "2019", "year", (Evidence("a", at, at + 4),))
    at = text.index("Today")
    today = TimeExpression("t2", "Today", "2027-04-06", "day", (Evidence("a", at, at + 5),))
    result = with_report_dates(events, "2027-04-06", text, _segments(text), [year, today])
    assert [event.date for event in result] == ["2027-04-06", None, "2027-04-06"]
