"""How far a company's shares moved is its share price's change, not a stock index's: "Shares in
Northwind fell 2%", "The stock was down 5%", "Contoso's shares rose 3%" (`markets.company_share_move`);
a country's or a region's shares, the stock market and named indexes stay stock-index figures, and a
percentage of a whole ("70% of the firm's capital") is no move. Aircraft counted by their model
may be called by a craft noun after the model ("30 Boeing 787-9 aircraft", "10 777X freighters").

Texts: sentences written for these tests in the register of market and airline news. Each expected
record is (metric, value, unit), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Shares in Northwind fell 2% in London on Tuesday.",
                 [("share_price_growth", -2.0, "percent")], id="shares-in-a-company"),
    pytest.param("The results looked solid, but the stock was down 5% in early trading.",
                 [("share_price_growth", -5.0, "percent")], id="the-stock"),
    pytest.param("Contoso's shares rose 3% after the merger was announced.",
                 [("share_price_growth", 3.0, "percent")], id="a-company-s-shares"),
    pytest.param("Northwind shares were up 40 pence, or 6%, at 700 pence by mid-morning.",
                 [("share_price_growth", 6.0, "percent")], id="company-shares-with-the-move-in-pence"),
    pytest.param("Japanese shares fell 1.2% on Monday.",
                 [("stock_index_growth", -1.2, "percent")], id="a-country-s-shares-are-its-market"),
    pytest.param("European shares rose 0.5% on Friday.",
                 [("stock_index_growth", 0.5, "percent")], id="a-region-s-shares-are-its-market"),
    pytest.param("The stock market fell 2% on Wednesday.",
                 [("stock_index_growth", -2.0, "percent")], id="the-stock-market"),
    pytest.param("The Nikkei index gained 0.8% on Thursday.",
                 [("stock_index_growth", 0.8, "percent")], id="a-named-index"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_company_share_moves(text: str, wanted: list[tuple]) -> None:
    assert [(metric, value, unit) for metric, _, value, unit, _, _ in figures(text)] == wanted


PART_OF_A_WHOLE = "Last month the state fund sold 7 million Contoso shares, some 70% of the firm's capital."


def test_a_part_of_a_company_is_no_share_move() -> None:
    assert not any(metric.startswith("share_price") for metric, *_ in figures(PART_OF_A_WHOLE))


AIRCRAFT = [
    pytest.param("Kenya Airways placed an order for 30 Boeing 787-9 aircraft, valued at $8.8 billion at list prices.",
                 [("aircraft", 30.0)], id="model-then-craft-noun-before-a-value"),
    pytest.param("The Kenyan carrier also ordered 10 A350F freighters from Airbus.",
                 [("freighters", 10.0)], id="model-then-freighters"),
]


@pytest.mark.parametrize(("text", "wanted"), AIRCRAFT)
def test_aircraft_named_by_model_and_craft(text: str, wanted: list[tuple]) -> None:
    assert [(metric, value) for metric, _, value, unit, _, _ in figures(text) if unit == "count"] == wanted
