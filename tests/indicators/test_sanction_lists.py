"""Counts of what a White House text sanctions, written as lists and as a bank's parts: each count of a
list after a sanctioning verb ("sanctioning two significant Belarusian state-owned banks, nine defense
firms, and seven regime-connected official and elites") and the subsidiaries sanctioned with a bank
("Full blocking sanctions on ... VTB Bank (VTB), including 20 subsidiaries") is a count of sanctions of
the side imposing them (the home country of the text) and the side they hit
(`indicators.sanctions.sanction_metric`). A country named in the reason before the count ("for
supporting a further invasion of Ukraine by sanctioning") is no side, nor a country named between the
sanctioning verb and the count the imposing side (`indicators.sanctions.sides`).

Texts: White House fact sheets, 2021-2022 (public domain), quoted as the corpus gives them, lines joined.
Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "Costs on Belarus for supporting a further invasion of Ukraine by sanctioning 24 Belarusian individuals and "
        "entities, including targeting Belarus’ military and financial capabilities by sanctioning two significant "
        "Belarusian state-owned banks, nine defense firms, and seven regime-connected official and elites.",
        [("sanctions", ("BLR", "USA"), 24.0, "count", "actual", None),
         ("sanctions", ("BLR", "USA"), 2.0, "count", "target", None),
         ("sanctions", ("BLR", "USA"), 9.0, "count", "actual", None),
         ("sanctions", ("BLR", "USA"), 7.0, "count", "actual", None)],
        id="list-after-the-sanctioning-verb-no-reason-country",
    ),
    pytest.param(
        "Full blocking sanctions on Russia’s second largest financial institution, VTB Bank (VTB), including 20 "
        "subsidiaries. This action will freeze any of VTB’s assets touching the U.S financial system.",
        [("sanctions", ("RUS", "USA"), 20.0, "count", "actual", None)],
        id="subsidiaries-of-a-sanctioned-bank",
    ),
    pytest.param(
        "Full blocking sanctions on three other major Russian financial institutions: Bank Otkritie, Sovcombank "
        "OJSC, and Novikombank- and 34 subsidiaries.",
        [("sanctions", ("RUS", "USA"), 3.0, "count", "actual", None),
         ("sanctions", ("RUS", "USA"), 34.0, "count", "actual", None)],
        id="four-words-before-the-target-noun",
    ),
    pytest.param(
        "Full blocking sanctions on two significant Russian financial institutions.",
        [("sanctions", ("RUS", "USA"), 2.0, "count", "actual", None)],
        id="count-in-words",
    ),
    pytest.param(
        "The company has 40 subsidiaries in Europe and Asia, and it employs 2,000 people.",
        [("employees", ("USA",), 2000.0, "count", "actual", None)],
        id="subsidiaries-without-sanctions-are-none",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_sanction_lists(text: str, expected: list[tuple]) -> None:
    assert figures(text, published="2022-02-24", source=WH) == expected
