"""Money given to a fund the text names in two words ("the Pandemic Fund"), and money a gift's own noun names
right before it ("contribution of $155 million to ...") whatever metric the heading's verb gave it, and money
given "to the Grant Facility" where the text writes "IDB’s Grant Facility" (the owner's, as the gold has it)
(`accords.indicators.funds.with_fund`).

Sentences: White House fact sheets of 2021-2024 (works of the United States government, public domain; via the
CC0 crawl in `shared/corpora/whitehouse-briefings`, as in tests/gold/README.md), each from the release named in
its id's comment. Each expected record is (subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

HIROSHIMA = (  # fact sheet on the G7 summit in Hiroshima, 2023-05-21 (dev gold)
    "- **Investing in health security with U.S. contribution of $250 Million to the Pandemic Fund.** The President "
    "announced that the United States plans to provide a $250 million contribution in Fiscal Year 2023 "
    "appropriations, subject to Congressional notification, to the Pandemic Fund to demonstrate the United States’ "
    "ongoing commitment to strengthening global health security around the world. This planned investment in the "
    "Pandemic Fund will continue to serve as a catalyst for additional contributions from other donors."
)

CASES = [
    pytest.param(
        HIROSHIMA,
        [(("Pandemic Fund", "USA"), 2.5e8), (("USA",), 2.5e8)],
        id="two-word-fund-named-alone-throughout-is-a-side",
    ),
    pytest.param(  # the same heading alone: a two-word name written once may refer back to a fund named before
        "- **Investing in health security with U.S. contribution of $250 Million to the Pandemic Fund.**",
        [(("USA",), 2.5e8)],
        id="two-word-fund-named-once-is-no-side",
    ),
    pytest.param(  # fact sheet on the Americas Partnership summit, 2023-11-03 (dev gold)
        "The United States, Canada, the Republic of Korea, and Spain are working with the IDB to make available a "
        "combined $89 million for IDB’s Grant Facility to support countries in the region most impacted by migration. "
        "Canada is contributing $10 million, in addition to its previous contribution in 2022 resulting in a total "
        "Canadian contribution of $16 million to the Grant Facility.",
        [(("CAN", "ESP", "KOR", "USA"), 8.9e7), (("CAN",), 1e7), (("CAN", "IDB"), 1.6e7)],
        id="back-reference-to-an-owned-facility-is-its-owners",
    ),
    pytest.param(  # fact sheet on U.S.-Africa food security, 2022-12-15 (dev gold)
        "- **Furthering Support for the Global Agriculture and Food Security Program:** U.S. Treasury Department’s "
        "(Treasury) contribution of $155 million to the Global Agriculture and Food Security Program (GAFSP) allowed "
        "for the launch of its first Call for Proposals since the pandemic.",
        [(("GAFSP", "USA"), 1.55e8)],
        id="contribution-of-money-to-a-fund-under-an-investing-heading",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fund_names(text: str, expected: list[tuple]) -> None:
    assert [(subjects, value) for _, subjects, value, _, _, _ in figures(text, source=WH)] == expected
