"""A trip to several countries listed with an article ("traveled to Israel, the Netherlands, and the
United Kingdom", which the parser may hang as an apposition of the first place) is one visit to each
(`accords.events.separately.to_several_places`), and a later meeting "with officials from the
Governments of" the same hosts is those visits told again, no meeting of all of them
(`accords.events.dedup`). A place named with its country ("traveled to Brasilia, Brazil") stays one
visit. Sentences from White House readouts (public domain, whitehouse-briefings corpus), shortened.
Exact type, sides and status of every event found."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

pytestmark = pytest.mark.slow

_TRIP = ("From June 26 to July 5, National Cyber Director Chris Inglis of the United States traveled to Israel, the "
         "Netherlands, and the United Kingdom to meet with government officials.")


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(_TRIP, "2022-07-12",
                 [("CONSULT", ("GBR", "USA"), "occurred"), ("CONSULT", ("ISR", "USA"), "occurred"),
                  ("CONSULT", ("NLD", "USA"), "occurred")], id="list-after-an-apposition"),
    pytest.param(_TRIP + " Director Inglis met with officials from the Governments of Israel, the Netherlands, and the "
                 "United Kingdom to share lessons learned on enhancing national cybersecurity.", "2022-07-12",
                 [("CONSULT", ("GBR", "USA"), "occurred"), ("CONSULT", ("ISR", "USA"), "occurred"),
                  ("CONSULT", ("NLD", "USA"), "occurred")], id="hosts-met-again"),
    pytest.param("National Security Advisor Jake Sullivan of the United States traveled to Brasilia, Brazil on "
                 "December 5 to meet with President-elect Lula.", "2022-12-05",
                 [("CONSULT", ("BRA", "USA"), "occurred")], id="city-and-country-one-visit"),
    # a meeting with hosts the trip did not visit stays
    pytest.param(_TRIP + " He also met with officials from Japan and Australia in London.", "2022-07-12",
                 [("CONSULT", ("GBR", "USA"), "occurred"), ("CONSULT", ("ISR", "USA"), "occurred"),
                  ("CONSULT", ("NLD", "USA"), "occurred"), ("CONSULT", ("AUS", "JPN", "USA"), "occurred")],
                 id="other-hosts-stay"),
])
def test_trip_lists(text, published, expected):
    assert sorted(events_with_sides(text, published=published)) == sorted(expected)
