"""A level raised to a multiple of itself (issue #14, indtt40): "increase from the current 500 million dollars to
three times more" and "up to three times higher than the current amount" are ratios of the level, as "by three to
four times the current capacity" was (`clauses.multiples`); a figure said again after "i.e." keeps the kind of the
clause before the first ("we have targeted ..., i.e. 30 billion dollars" is a target, `kinds.change_end_kind`). A
comparison of two things ("2.5 times bigger than the old one") stays no figure. Sentences from Tehran Times articles
of `tehrantimes-region` (Tehran Times / Mehr News Agency, CC BY 4.0): 476759, 474830; the last two are ours."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    (
        "a-level-raised-to-three-times-more",  # 476759, its pair named before
        "Iran's minister met his Uzbek counterpart. He expressed hope that the level of trade relations between "
        "Tehran and Tashkent would increase from the current 500 million dollars to three times more.",
        [("trade_turnover", ("IRN", "UZB"), 5e8, "USD", "actual", None),
         ("trade_turnover_growth", ("IRN", "UZB"), 3.0, "ratio", "actual", None)],
    ),
    (
        "three-times-higher-than-the-current-amount-then-restated",  # 474830
        "Iran's minister met his Turkish counterpart. “This level of trade and economic relations between the two "
        "countries is definitely not enough and it can move to a higher level, and in this process we have targeted a "
        "level up to three times higher than the current amount, i.e. 30 billion dollars,” he said.",
        [("trade_turnover_growth", ("IRN", "TUR"), 3.0, "ratio", "target", "upper"),
         ("trade_turnover", ("IRN", "TUR"), 3e10, "USD", "target", None)],
    ),
    (
        "a-comparison-of-two-things-is-no-multiple",
        "The new plant is 2.5 times bigger than the old one.",
        [],
    ),
    (
        "a-comparison-of-two-places-is-no-multiple",
        "Prices in Tehran are three times higher than in Baku.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text, source="Tehran Times") == expected
