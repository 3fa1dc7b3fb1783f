"""A body's workforce is `employees`, never a population: "employs 4,000 people", "has 12,500
employees", "WeWork's 12,000 employees", "which employ 700 and 1,800 workers"
(`accords.indicators.workforce`); jobs created stay `jobs`, staff laid off or on strike are no
workforce held, and a population stays a population.

Texts: sentences written for these tests in the register of company and White House news (the
Pfizer plants' "employs more than 3,000 American workers" form of wh_20210610-pfizer-vaccine-donation).
Each expected record is (metric, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Kenya Airways employs 4,000 people in Nairobi.", [("employees", 4000.0)], id="employs-people"),
    pytest.param("Contoso has 4,000 employees worldwide.", [("employees", 4000.0)], id="has-employees"),
    pytest.param("The Kalamazoo plant employs more than 3,000 American workers.", [("employees", 3000.0)],
                 id="employs-demonym-workers"),
    pytest.param("The two plants, which employ 700 and 1,800 workers, will make the vaccine.",
                 [("employees", 700.0), ("employees", 1800.0)], id="employ-two-counts"),
    pytest.param("More than a third of Northwind's 12,000 employees work in Texas.", [("employees", 12000.0)],
                 id="possessive-employees"),
    pytest.param("The town has a population of 40,000 people.", [("population", 40000.0)], id="a-population-stays"),
    pytest.param("The company will create 3,000 new jobs in Texas.", [("jobs", 3000.0)], id="jobs-created-stay-jobs"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_workforce(text: str, wanted: list[tuple]) -> None:
    assert [(metric, value) for metric, _, value, unit, _, _ in figures(text) if unit == "count"] == wanted


NOT_HELD = [
    pytest.param("The firm laid off 600 employees last month.", id="laid-off"),
    pytest.param("Some 5,000 employees went on strike in Detroit.", id="on-strike"),
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_staff_losing_work_are_no_workforce(text: str) -> None:
    assert all(metric != "employees" for metric, *_ in figures(text))
