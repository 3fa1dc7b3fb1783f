"""Fiscal years as periods, budget requests as targets, aid named by its kind, and no sides from
a war named as background in the sentence before (issue #14; `accords.indicators.periods`
`fiscal_period`, `accords.indicators.kinds`, `accords.indicators.named.aid_kind`,
`accords.indicators.background.only_background`).

A US fiscal year runs from October to September and is named by the year it ends in (FY 2023:
2022-10-01 to 2023-09-30); Japan's from April and is named by the year it begins in (fiscal year
2024: April 2024 to March 2025), as tests/gold/README.md records for the White House gold.

Texts: White House fact sheets and statements of 2021-2024 from the whitehouse-briefings corpus
(bidenwhitehouse.archives.gov; works of the United States government, public domain), with their
line breaks: the U.S.-Africa partnership (2022-12-13), the Women, Peace and Security report
(2022-07-18), global health (2022-04-07), the Indo-Pacific partners at NATO (2024-07-11),
food security at the UN General Assembly (2022-09-21) and Ukraine (2022-06-15).
Expected records are (metric, subjects, value, unit, kind, period), in text order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accords.model import Article
from accords.pipeline import run

WH = "The White House"
GOLD = Path(__file__).resolve().parents[1] / "gold"


def dated(text: str, published: str) -> list[tuple]:
    extraction = run(Article(id="i", text=text, published=published, source=WH))
    return [(i.metric, i.subjects, i.value, i.unit, i.kind, i.period) for i in extraction.indicators]


CASES = [
    pytest.param(
        "The Biden-Harris Administration has invested $193 million to support Power Africa and plans to provide "
        "another $100 million in FY 2023.",
        "2022-12-13",
        ("aid", ("USA",), 100e6, "USD", "target", ("2022-10-01", "2023-09-30")),
        id="us-fiscal-year-ends-in-september",
    ),
    pytest.param(
        "In FY 21, USAID invested over $243 million in programming designed to empower and protect women and "
        "girls in countries affected by crisis, conflict, violent extremism, and natural disasters.",
        "2022-07-18",
        ("investment", ("USA",), 243e6, "USD", "actual", ("2020-10-01", "2021-09-30")),
        id="two-digit-fiscal-year-no-time-expression-saw",
    ),
    pytest.param(
        "Finally, the FY 2023 Budget requests $350 million for USAID to support programs combatting\n"
        "tuberculosis around the world.",
        "2022-04-07",
        ("budget", ("USA",), 350e6, "USD", "target", ("2022-10-01", "2023-09-30")),
        id="a-budget-request-is-a-target",
    ),
    pytest.param(
        "Japan’s 7.72 trillion JPY overall defense budget for fiscal year 2024\ncontained a 17 percent increase "
        "over the previous year.",
        "2024-07-11",
        ("budget", ("JPN",), 7.72e12, "JPY", "actual", ("2024-04-01", "2025-03-31")),
        id="japans-fiscal-year-begins-in-april",
    ),
    pytest.param(
        "Today, I am also announcing an additional $225 million in humanitarian assistance to help people inside "
        "Ukraine.",
        "2022-06-15",
        # "Today" dates the announcement, not a deadline: a pledge dated only by its day has no period
        ("humanitarian_aid", ("UKR", "USA"), 225e6, "USD", "target", None),
        id="aid-named-by-its-kind",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_first_figure(text: str, published: str, expected: tuple) -> None:
    found = dated(text, published)
    assert expected in found, found


def test_war_named_as_background_in_the_sentence_before_gives_no_sides() -> None:
    """The UN General Assembly food-security fact sheet (a dev gold article) up to "President Biden also
    announced $783 million in global development assistance funding, including:", whose sentence
    names no country; the one before names Russia and Ukraine only as the cause of food prices."""
    record = json.loads((GOLD / "articles" / "wh_20220921-unga-food-security.json").read_text(encoding="utf-8"))
    text = record["text"][:record["text"].index("$783") + 60]
    assert ("development_aid", ("USA",), 783e6, "USD", "target", None) in dated(text, "2022-09-21")
