"""Money named by the verb of its own clause (`accords.indicators.moneyverbs`): money "spent by" a named spender is `spending`
even where a later word of the sentence names a loan ("the annual credit is declining"); money "earned from
exports" is `exports` (`non_oil_exports` for non-oil ones); "contracts ... amounted to" money is
`contract_value`; money spent on aid or loans keeps the word that names it, and earnings from anything but
exports keep their own reading.

Texts: sentences written for these tests in the Tehran Times register of economic news (modelled on
tt_472369 and tt_452631, Tehran Times, CC BY 4.0). Each expected record is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("In the past four years, about €370 million has been spent by the National Development Fund to combat dust "
                 "storms in Iran, but the annual credit to Turkey is declining.",
                 [("spending", ("IRN",), 370e6)], id="spent-by-fund-not-credit"),
    pytest.param("Iran earned $5.2 billion from exports to Iraq in the first half of the year.",
                 [("exports", ("IRN", "IRQ"), 5.2e9)], id="earned-from-exports"),
    pytest.param("Iran earned $5.2 billion from its exports to Iraq last year, the customs chief said.",
                 [("exports", ("IRN", "IRQ"), 5.2e9)], id="earned-from-its-exports"),
    pytest.param("Some $584 million was gained from the exports to Afghanistan by Iranian firms.",
                 [("exports", ("AFG", "IRN"), 584e6)], id="gained-from-the-exports-passive"),
    pytest.param("Iran earned $4 billion from non-oil exports to Iraq last year.",
                 [("non_oil_exports", ("IRN", "IRQ"), 4e9)], id="earned-from-non-oil-exports"),
    pytest.param("Iran's contracts with Armenia amounted to $120 million last year.",
                 [("contract_value", ("ARM", "IRN"), 120e6)], id="contracts-amounted"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_money_verbs(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text)] == wanted


OTHER = [
    pytest.param("Iran has so far spent $40 million on humanitarian aid to Afghanistan.", "aid", id="spent-on-aid"),
    pytest.param("About $40 million was spent by Iran as loans to Afghan traders.", "loans", id="spent-by-as-loans"),
    pytest.param("Turkmenistan earned $1 billion from gas sales to Iran.", "revenue", id="earned-from-sales"),
    pytest.param("Iran signed contracts with Iraq, and trade between the two countries amounted to $3 billion.",
                 "trade_turnover", id="contracts-then-trade"),
]


@pytest.mark.parametrize(("text", "metric"), OTHER)
def test_other_words_name_the_money(text: str, metric: str) -> None:
    assert [found for found, *_ in figures(text)] == [metric]
