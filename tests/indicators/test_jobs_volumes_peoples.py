"""Jobs a unit gives, a sea's volume, and a place's population shared by its peoples (indtt44).

- "each eco-lodge unit generates jobs for seven to eight people": `jobs_per_eco_lodge` 7 and 8, an estimate where
  experts say it (`accords.indicators.workforce.jobs_for_metric`, `accords.indicators.kinds`); "generates jobs for 500
  people" is `jobs`;
- "a volume of 78,200 cubic kilometers": `volume` in bcm (a cubic kilometre is a billion cubic metres;
  `accords.quantities.units`, `accords.indicators.named.own_metric`), not a count; gas "with a volume of" stays exports;
- "In Kirkuk, Kurds account for 52% of the population": `population_share` of the place's country, never of a
  people's demonym ("Turkmens", "Armenians"; `accords.indicators.counted.peoples_share_subjects`).

Texts: sentences of Tehran Times articles of `tehrantimes-region` (CC BY 4.0, Mehr News / Tehran Times): 443353,
442880, 415931; the cases marked "own" are our own sentences. Each expected record is (metric, subjects, value, unit,
kind, qualifier) of the figures, in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"

CASES = [
    pytest.param(
        "Experts say each eco-lodge unit generates jobs for seven to eight people on the average so that the scheme "
        "could create around 160,000 jobs.",
        [("jobs_per_eco_lodge", ("IRN",), 7, "count", "estimate", "lower"),
         ("jobs_per_eco_lodge", ("IRN",), 8, "count", "estimate", "upper"),
         ("jobs", ("IRN",), 160000, "count", "forecast", "approx")], id="jobs-per-eco-lodge"),
    pytest.param(
        "The new factory in Tabriz generates jobs for 500 people.",
        [("jobs", ("IRN",), 500, "count", "actual", None)], id="jobs-for-people-own"),
    pytest.param(
        "The sea has a surface area of 371,000 square kilometers and a volume of 78,200 cubic kilometers.",
        [("area", ("IRN",), 37100000, "ha", "actual", None),
         ("volume", ("IRN",), 78200, "bcm", "actual", None)], id="sea-volume"),
    pytest.param(
        "Iran exports gas with a volume of 10 billion cubic meters to Turkey.",
        [("exports", ("IRN", "TUR"), 10, "bcm", "actual", None)], id="gas-volume-stays-exports-own"),
    pytest.param(
        "In Kirkuk, Kurds account for 52% of the population, while Arabs, Turkmens and Christians combined account "
        "for 48%.",
        [("population_share", ("IRQ",), 52, "percent", "actual", None)], id="kirkuk-peoples"),
    pytest.param(
        "In Iran, Armenians make up 1 percent of the population.",
        [("population_share", ("IRN",), 1, "percent", "actual", None)], id="no-armenian-side-own"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_jobs_volumes_peoples(text: str, expected: list[tuple]) -> None:
    assert figures(text, source=TT, published=None) == [
        (m, tuple(s), pytest.approx(v), u, k, q) for m, s, v, u, k, q in expected]
