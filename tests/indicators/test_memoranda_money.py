"""The money of a memorandum (issue #14, indtt40): "signed an MoU worth $500 million" is the value of what was signed
as "a memorandum worth" was (`lexicon` contract_value); a bank that signs is a side. "$1 billion over MOU levels in
supplemental missile defense funding" (White House, 2022-07-14 Jerusalem declaration) stays the funding it names.
Sentences in the style of Azernews (ours) and from the White House corpus (public domain)."""

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
        "money-over-mou-levels-stays-its-funding",  # whitehouse 2022-07-14, one sentence
        "Israel appreciates the U.S. commitment to the MOU and for providing an additional $1 billion over MOU levels "
        "in supplemental missile defense funding following the 2021 conflict.",
        [("aid", ("USA",), 1e9, "USD", "target", None)],  # Israel as a side comes from the text around it
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
