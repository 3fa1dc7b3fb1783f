"""A figure's confidence says how often figures like it are right on unseen text
(`accords.indicators.confidence`): by how many subjects it has, whether the text is a
government's own, and whether its own sentence names every one of its subjects (alone, or beside
other countries) or one was carried from elsewhere (the article's pair for "the two countries",
the sentences before, the title).

Texts: White House fact sheets and statements of the whitehouse-briefings corpus (public
domain; see tests/indicators/test_fact_sheets.py for their titles and dates), Tehran Times
article of tests/gold/articles (tt_404979), and one sentence written for these tests
in the register of White House texts. Each expected record is (metric, subjects, how they are
named), in text order; the confidence is the table's for that group.
"""

from __future__ import annotations

import pytest

from accords.indicators.confidence import (
    ALONE, AMONG, BY_SUBJECTS, CARRIED, NO_SUBJECT, OFFICIAL, figure_confidence, place, table_value,
)
from accords.model import Article
from accords.pipeline import run
from tests.indicators.test_fact_sheets import CANADA, I2U2, NATO

ONE, TWO, MANY = 0, 1, 2
#: Written for this test: a joint pledge of three governments.
JOINT = "The United States, Japan and Australia will together provide $600 million to finance the undersea cable."
#: tests/gold/articles/tt_404979.json (Tehran Times): a pair's imports named, then "Two countries bilateral trade".
TRADE = (
    "According to the report, Iran imported $2.597 billion worth of goods from Turkey in the mentioned period.\n"
    "Two countries bilateral trade volume stood at $5.436 billion during January-June 2015."
)

CASES = [
    pytest.param(
        TRADE, None,
        [("imports", ("IRN", "TUR"), ALONE), ("trade_turnover", ("IRN", "TUR"), CARRIED)],
        id="a-pair-named-in-its-sentence-then-carried",
    ),
    pytest.param(
        I2U2, None,
        [("capacity", ("IND",), ALONE), ("investment", ("IND",), CARRIED)],
        id="one-subject-named-alone-then-carried",
    ),
    pytest.param(
        CANADA, "The White House",
        [("non_emitting_electricity_share", ("CAN",), AMONG)],
        id="one-of-two-countries-the-sentence-names",
    ),
    pytest.param(
        JOINT, "The White House",
        [("aid", ("AUS", "JPN", "USA"), ALONE)],
        id="three-sides-of-a-government-text",
    ),
    pytest.param(
        NATO, None,
        [("defense_spending_share_of_gdp", (), CARRIED), ("defense_spending_share_of_gdp", (), CARRIED)],
        id="no-subject-is-least-sure",
    ),
]


@pytest.mark.parametrize("text, source, expected", CASES)
def test_figure_confidence(text, source, expected):
    extraction = run(Article(id="i", text=text, published="2022-07-14", source=source))
    official = source is not None
    assert [(i.metric, i.subjects, i.confidence) for i in extraction.indicators] == [
        (metric, subjects, table_value(len(subjects), official=official, named=named))
        for metric, subjects, named in expected]


def test_a_pair_named_in_its_own_sentence_is_surer_than_a_carried_pair():
    """The order the audits found: two subjects the figure's own sentence names are right more often
    than two carried from the article's pair or the sentences before."""
    extraction = run(Article(id="i", text=TRADE, published="2016-08-01"))
    named, carried = (i.confidence for i in extraction.indicators)
    assert named > carried


@pytest.mark.parametrize("subjects, named, expected", [
    pytest.param(("IRN", "TUR"), {"IRN", "TUR"}, ALONE, id="every-subject-and-no-other"),
    pytest.param(("CAN",), {"CAN", "USA"}, AMONG, id="every-subject-and-another"),
    pytest.param(("IRN", "TUR"), {"TUR"}, CARRIED, id="one-subject-not-named"),
    pytest.param(("IRN",), set(), CARRIED, id="none-named"),
])
def test_place(subjects, named, expected):
    assert place(subjects, named) == expected


def test_the_table_orders_what_the_fresh_labels_showed():
    """A pair named in its own sentence is surer than one carried, in any text; a government's own text
    is less sure than news for the same group; no subject is below every one- or two-subject figure."""
    for table in (BY_SUBJECTS, OFFICIAL):
        assert table[TWO][ALONE] > table[TWO][CARRIED]
        assert table[TWO][ALONE] > table[ONE][ALONE]
    assert all(official <= other for row, other_row in zip(OFFICIAL, BY_SUBJECTS, strict=True)
               for official, other in zip(row, other_row, strict=True))
    assert NO_SUBJECT <= min(min(OFFICIAL[ONE]), min(BY_SUBJECTS[ONE]))
    assert figure_confidence((), official=True) == NO_SUBJECT
