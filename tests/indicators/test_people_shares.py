"""A share of a nation's people (issue #14): "Seventy-eight percent of Americans live paycheck to
paycheck" is a `population_share` of the United States; a plural that is no people of a country
("Republicans") names nothing, and "of Americans' savings" is a share of what they own.

Written for this test in the register of web news and Azernews reports.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


@pytest.mark.parametrize(("text", "wanted"), [
    ("Seventy-eight percent of Americans live paycheck to paycheck.", [("population_share", ("USA",), 78.0)]),
    ("About 60 percent of Azerbaijanis use mobile banking.", [("population_share", ("AZE",), 60.0)]),
    ("About 52 percent of Republicans say so.", []),
], ids=["americans", "azerbaijanis", "not-a-people"])
def test_share_of_a_people(text: str, wanted: list) -> None:
    assert [f[:3] for f in figures(text, source="Azernews") if f[3] == "percent"] == wanted


def test_share_of_what_a_people_owns_is_not_a_population_share() -> None:
    assert "population_share" not in [f[0] for f in figures("Some 20 percent of Americans' savings are in bonds.")]


def test_the_share_is_the_people_country_alone() -> None:
    text = "An overwhelming 70 percent of Americans say that the pressure on Ukraine was wrong."
    assert [f[1] for f in figures(text) if f[0] == "population_share"] == [("USA",)]
