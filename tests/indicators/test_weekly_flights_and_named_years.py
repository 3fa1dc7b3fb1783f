"""Flights a week told by an adverb, years that name a treaty, and people indicted (indtt44).

- "The Baku-Mashhad-Baku route will be operated ... twice a week": `weekly_flights` 2, the countries of the route's
  listed cities (`accords.indicators.fleets.aircraft_metric`, `route_sides`); a sentence naming no route of two
  countries' cities is left alone (its sides unsaid); "met twice a week" stays meetings;
- "since the 1648 Kasri Shirin agreement": a year naming a treaty, no count of agreements
  (`accords.quantities.extract`);
- "Turkish prosecutors indicted 20 Saudi citizens": a count of people charged, both states' (`accords.indicators.named
  .casualties`); "indicted 3 times" counts no people.

Texts: sentences of Tehran Times articles of `tehrantimes-region` (CC BY 4.0, Mehr News / Tehran Times): 443010,
452044, 447276; the cases marked "own" are our own sentences. Each expected record is (metric, subjects, value, unit) of the
figures, in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"

CASES = [
    pytest.param(
        "The Baku-Mashhad-Baku route will be operated by one of the Azerbaijani airlines twice a week on Mondays and "
        "Thursdays, Mehr reported on Saturday.",
        [("weekly_flights", ("AZE", "IRN"), 2, "count")], id="route-twice-a-week"),
    pytest.param(
        "Iran Air flies three times a week to Baku.",
        [], id="no-route-named-own"),
    pytest.param(
        "The two ministers met twice a week during the talks on flights.",
        [("meetings", ("IRN",), 2, "count")], id="met-twice-a-week-own"),
    pytest.param(
        "We are talking about two countries that respect the static borders drawn since the 1648 Kasri Shirin "
        "agreement and have not experienced any serious conflict or crisis.",
        [], id="year-of-a-treaty"),
    pytest.param(
        "The 1500 Iranian companies signed agreements.",
        [("companies", ("IRN",), 1500, "count")], id="count-not-naming-a-treaty-own"),
    pytest.param(
        "Interestingly, the move by Saudi Arabia came after Turkish prosecutors indicted 20 Saudi citizens for the "
        "Khashoggi murder, which soured relations between Ankara and Riyadh.",
        [("people_charged", ("SAU", "TUR"), 20, "count")], id="indicted-citizens"),
    pytest.param(
        "The court indicted 3 times the same man.",
        [], id="indicted-times-own"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_weekly_flights_and_named_years(text: str, expected: list[tuple]) -> None:
    found = [(m, s, v, u) for m, s, v, u, _k, _q in figures(text, source=TT, published=None)]
    assert found == [(m, tuple(s), pytest.approx(v), u) for m, s, v, u in expected]
