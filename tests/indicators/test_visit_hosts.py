"""A visiting delegation's figures are the visitor's and the host's (`accords.indicators.visits`).

The tt dev gold gives a delegation's size and the count of companies it brings both states of
the visit ("a 75-member delegation" to Turkmenistan: IRN and TKM; "15 Kazakh exporting
companies" in Tehran: IRN and KAZ). The host named only by its capital or a city ("travelled
to Tehran") was a venue naming no country, so the figure was the visitor's alone. Now a
delegation's size, or companies counted beside a delegation, takes the destination its own
sentence names after a verb or noun of travel or attendance; a sentence naming none, or naming
the visitor's own country, is left, and so are exhibitors at a fair abroad with no delegation
(the gold gives "some 91 Armenian companies" at a fair in Iran to ARM alone). A delegation visiting the one state
its size names, in a state press text naming no visiting nation, is the outlet's home country's too (`with_visitor`). Sentences written for these tests in the Tehran Times register. Each expected record
is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "A 75-member Kazakh trade delegation traveled to Tehran on Monday to discuss business opportunities.",
        [("delegation_members", ("IRN", "KAZ"), 75.0, "count", "actual", None)],
        id="delegation-travelling-to-a-capital",
    ),
    pytest.param(
        "Heading a 40-member delegation, Uzbekistan's foreign trade minister arrived in Tehran on Sunday.",
        [("delegation_members", ("IRN", "UZB"), 40.0, "count", "actual", None)],
        id="delegation-arriving-in-a-capital",
    ),
    pytest.param(
        "An Armenian trade delegation of 25 companies participated in the exhibition held in Tehran.",
        [("companies", ("ARM", "IRN"), 25.0, "count", "actual", None)],
        id="delegation-companies-at-a-fair-held-in-a-capital",
    ),
    pytest.param(
        "Some 25 Armenian companies participated in the exhibition held in Tehran.",
        [("companies", ("ARM",), 25.0, "count", "actual", "approx")],
        id="exhibitors-without-a-delegation-stay-theirs",
    ),
    pytest.param(
        "A 30-member Iranian trade delegation visited Armenia to explore avenues of cooperation.",
        [("delegation_members", ("ARM", "IRN"), 30.0, "count", "actual", None)],
        id="host-country-named-stays-a-pair",
    ),
    pytest.param(
        "More than 50 Russian companies will attend the fair, the trade promotion organization said.",
        [("companies", ("RUS",), 50.0, "count", "actual", "lower")],
        id="no-destination-named-no-host-guessed",
    ),
    pytest.param(
        "Some 300 Iranian companies took part in the exhibition held in Tehran.",
        [("companies", ("IRN",), 300.0, "count", "actual", "approx")],
        id="a-fair-at-home-has-no-second-state",
    ),
    pytest.param(  # tt 84077
        "Sobhanollahi, heading a 15-member delegation, arrived here on July 9 on a three-day visit to the neighboring "
        "Azerbaijan Republic.",
        [("delegation_members", ("AZE", "IRN"), 15.0, "count", "actual", None)],
        id="state-press-delegation-abroad-is-its-home-country-s-too",
    ),
]

# The same visit in a text of no outlet: no visiting side is guessed.
UNKNOWN_OUTLET = "Sobhanollahi, heading a 15-member delegation, arrived on a three-day visit to Azerbaijan."


def test_no_visitor_guessed_without_a_home() -> None:
    assert [f[1] for f in figures(UNKNOWN_OUTLET) if f[0] == "delegation_members"] == [("AZE",)]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_visit_hosts(text: str, expected: list[tuple]) -> None:
    assert figures(text, source="Tehran Times") == expected
