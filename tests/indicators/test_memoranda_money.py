"""The money of a memorandum (issue #14, indtt40): "signed an MoU worth $500 million" is the value of what was signed
as "a memorandum worth" was (`lexicon` contract_value), and "a $300 million memorandum of understanding" as "a $7
billion agreement" was (`lexicon.INVESTMENT_AFTER`); a bank that signs is a side. Sentences in the style of Azernews
(ours)."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    (
        "an-mou-worth-with-a-bank",
        "The Asian Development Bank and Azerbaijan signed an MoU worth $500 million.",
        [("contract_value", ("ADB", "AZE"), 5e8, "USD", "actual", None)],
    ),
    (
        "money-before-a-memorandum",
        "Azerbaijan and the World Bank signed a $300 million memorandum of understanding.",
        [("investment", ("AZE", "World Bank"), 3e8, "USD", "actual", None)],
    ),
    (
        "a-memorandum-worth-stays",
        "Azerbaijan and China signed a memorandum worth $1 billion.",
        [("contract_value", ("AZE", "CHN"), 1e9, "USD", "actual", None)],
    ),
    (
        "memoranda-counted-stay-counts",
        "Azerbaijan and Uzbekistan signed three memoranda of understanding during the visit.",
        [("agreements_signed", ("AZE", "UZB"), 3.0, "count", "actual", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text, source="Azernews") == expected
