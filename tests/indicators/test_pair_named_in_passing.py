"""A text about one country that names another only once, in passing, has no pair: a White House fact
sheet on chargers, ports or lead pipes across the United States that mentions "competitor nations like
the People's Republic of China" once gives its grants and loans to the United States alone, not to the
US and China (`indicators.subjects.article_pair`). Two countries each named once, or both named more
than once, are still the text's pair ("the two countries' trade").

Texts: written for these tests in the registers of the White House fact sheets (public domain) and
Tehran Times (CC BY 4.0). Each expected record is (metric, subjects, value, unit, kind, qualifier), in
text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "The United States is building a national network of chargers so that American workers, not competitor "
        "nations like the People's Republic of China, lead the clean energy economy. The United States has more "
        "chargers than ever. Yesterday, the Department of Transportation announced nearly $149 million in grants "
        "to repair broken chargers.",
        [("aid", ("USA",), 149e6, "USD", "target", "upper")],
        id="a-rival-named-once-in-a-home-fact-sheet",
    ),
    pytest.param(
        "The United States will replace every lead pipe in America, and the Administration shares its lessons "
        "with partners, including in India. The United States has removed 300,000 lead pipes so far. EPA "
        "announced a $336 million loan to the City of Chicago.",
        [("loans", ("USA",), 336e6, "USD", "target", None)],
        id="a-partner-named-once-in-a-home-fact-sheet",
    ),
    pytest.param(
        "Iran and Armenia signed a roadmap on Monday. Bilateral trade reached $500 million last year.",
        [("trade_turnover", ("ARM", "IRN"), 5e8, "USD", "actual", None)],
        id="each-named-once-is-still-a-pair",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_pair_named_in_passing(text: str, expected: list[tuple]) -> None:
    assert figures(text, source="The White House" if "United States" in text else None) == expected
