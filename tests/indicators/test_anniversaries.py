"""Anniversaries a text celebrates or marks are figures in `year` (`accords.indicators.anniversaries`,
the White House gold's convention: "25 years in NATO", "30 years of democracy"); a bare duration
is none.

Sentences: White House readouts of 2024 (public domain, via the CC0 crawl in
`shared/corpora/whitehouse-briefings`, as in tests/gold/README.md): the Czech meeting of
2024-04-15 and the Vietnam meeting of 2024-09-25 (both in the dev gold; the rule was written on
the convention, not on them), the fact sheet on the 12th U.S.-ASEAN Summit of 2024-10-10 (fresh
dev of the twentieth session), and sentences of the same register for the must-not cases and the
relations with Mexico. Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "President Biden congratulated the Czech Republic, a stalwart Ally, on celebrating 25 years in NATO and on "
        "the recent passage of legislation requiring it to spend at least 2 percent of its GDP on defense.",
        [("nato_years", ("CZE",), 25.0, "year", "actual", None),
         ("defense_spending_share_of_gdp", ("CZE",), 2.0, "percent", "target", "lower")],
        id="years-in-an-organisation-are-the-country's",
    ),
    pytest.param(
        "The leaders discussed carrying momentum into its second year – especially as we prepare to mark important "
        "bilateral milestones in 2025, including 50 years since the end of the war in Vietnam and 30 years since "
        "the normalization of ties between the United States and Vietnam.",
        [("years_since_end_war", ("USA", "VNM"), 50.0, "year", "actual", None),
         ("years_since_normalization_ties", ("USA", "VNM"), 30.0, "year", "actual", None)],
        id="years-since-marked",
    ),
    pytest.param(
        "This year, the United States and ASEAN are celebrating 47 years of U.S.-ASEAN relations.",
        [("relations_years", ("ASEAN", "USA"), 47.0, "year", "actual", None)],
        id="years-of-relations-with-an-organisation-are-both-sides'",
    ),
    pytest.param(
        "The leaders celebrated 200 years of formal diplomatic relations between Mexico and the United States.",
        [("diplomatic_relations_years", ("MEX", "USA"), 200.0, "year", "actual", None)],
        id="years-of-relations-between-two-named",
    ),
    pytest.param(
        "President Biden congratulated Mexico on celebrating 200 years of formal diplomatic relations.",
        [("diplomatic_relations_years", ("MEX", "USA"), 200.0, "year", "actual", None)],
        id="years-of-relations-with-one-partner-in-a-home-text",
    ),
    pytest.param(
        "The United States has worked with Japan for 70 years.", [],
        id="bare-duration-is-none",
    ),
    pytest.param(
        "It has been 10 years since the attack on the embassy in Kenya.", [],
        id="years-since-not-marked-is-none",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_anniversaries(text: str, expected: list[tuple]) -> None:
    assert figures(text, published="2024-09-25", source="The White House") == expected


NAMES = [
    pytest.param(" years since the band’s formation, the tour starts", "years_since_band_formation", id="possessive-dropped"),
    pytest.param(" years since the end of the war.", "years_since_end_war", id="since-the-end"),
    pytest.param(" years of diplomatic relations.", "diplomatic_relations_years", id="years-of-relations"),
]


@pytest.mark.parametrize(("after", "metric"), NAMES)
def test_anniversary_names_are_snake_case(after: str, metric: str) -> None:
    """A metric is snake_case of the text's words: a possessive's "’s" is no part of it."""
    from accords.indicators.anniversaries import years_of

    assert years_of(after) == metric
