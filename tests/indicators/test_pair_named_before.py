"""Money passing between two sides in a sentence naming no country is the article pair's only once
the text has named both of the pair (in its title or before the figure's sentence:
`accords.indicators.subjects.pair_named_by`): "the Department invested approximately $110 million
in assistance programming" in a report to Congress that names Afghans only at its end is the home
country's alone; after a first sentence naming the partner it stays the pair's.

Sentences: the White House fact sheet on the Women, Peace, and Security report of 2022-07-18 (public
domain, via the CC0 crawl in `shared/corpora/whitehouse-briefings`, as in tests/gold/README.md; fresh
dev of this session), shortened, and a readout's opening sentence of the same register. Each expected
record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

_MONEY = ("During the reporting period, the Department invested approximately $110 million in assistance programming "
          "to advance Women, Peace, and Security.")

CASES = [
    pytest.param(
        "The report issued today evaluates the progress of the United States Government. " + _MONEY + " DHS led the "
        "Unified Coordination Group, an effort to resettle more than 76,000 vulnerable Afghans across the United "
        "States. The Department also supported the protection of Afghan women and girls.",
        [("aid", ("USA",), 110000000.0, "USD", "actual", "approx")],
        id="partner-named-only-after-the-figure",
    ),
    pytest.param(
        "President Biden spoke today with President Ashraf Ghani of Afghanistan about the protection of Afghan women "
        "and girls. " + _MONEY,
        [("aid", ("AFG", "USA"), 110000000.0, "USD", "actual", "approx")],
        id="partner-named-before-the-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pair_named_before(text: str, expected: list[tuple]) -> None:
    assert figures(text, published="2022-07-18", source="The White House") == expected
