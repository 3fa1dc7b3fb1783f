"""A country's adjective opening the name of an airline or an awards show is part of the name, no
mention of the country; elsewhere the adjective still names it ("American troops", "the Turkish
side"). Sentences written for the test in the register of the benchmark's news pages and of Tehran
Times.
"""

from __future__ import annotations

import pytest
from tests.entities.found import found

CASES = [
    pytest.param("American Airlines offered to fly the cat home on Friday.",
                 {("ORG", "American Airlines")}, "United States", id="airline"),
    pytest.param("The singer won three prizes at the American Music Awards in Los Angeles.",
                 {("ORG", "American Music Awards")}, "United States", id="awards-show"),
    pytest.param("Turkish Airlines will resume flights between Istanbul and Tehran next week.",
                 {("ORG", "Turkish Airlines")}, "Turkey", id="flag-carrier"),
]


@pytest.mark.parametrize(("text", "names", "country"), CASES)
def test_adjective_in_a_brand_is_no_country(text, names, country):
    got = found(text)
    assert names <= got
    assert ("COUNTRY", country) not in got


@pytest.mark.parametrize(
    ("text", "country"),
    [("American troops left the base on Friday.", "United States"),
     ("Turkish Airlines and the Iranian side discussed new flights.", "Iran"),
     ("The Turkish side welcomed the new flights of Iran Air.", "Turkey")],
    ids=["adjective-alone", "other-adjective-in-sentence", "adjective-before-side"],
)
def test_adjective_elsewhere_names_the_country(text, country):
    assert ("COUNTRY", country) in found(text)
