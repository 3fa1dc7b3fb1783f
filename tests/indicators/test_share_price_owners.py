"""A company's share price is its home country's figure, by the convention of the company's other
figures (the entity's country, else `knowledge.companies`): a sentence that refers back to the
company ("The company's shares closed at ...", "Its shares rose 3% ...") takes the company named
last just before it (`accords.indicators.markets.company_home`); a company of no known country
gives no subject, and a price whose sentence names its own country keeps it.

Texts: sentences written for these tests in the register of market news. Each expected record is
(metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Samsung reported a record profit on Thursday. The company's shares closed at 70,000 won.",
                 [("share_price", ("KOR",), 70000.0)], id="the-company-s-shares"),
    pytest.param("Aramco reported a record profit on Sunday. Its shares rose 3% to 35 riyals.",
                 [("share_price_growth", ("SAU",), 3.0), ("share_price", ("SAU",), 35.0)], id="its-shares"),
    pytest.param("Northwind reported a loss on Monday. The company's shares closed at $45.20.",
                 [("share_price", (), 45.2)], id="a-company-of-no-known-country"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_share_price_owners(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text)] == wanted


#: An airline's aircraft ordered or flown are its home country's as its share price is (`AIRLINE_METRICS`), the
#: maker's country added to an order (`fleets.with_maker`). Sentences written for these tests.
AIRLINE_CASES = [
    pytest.param("Lufthansa posted a loss on Thursday. The carrier has a fleet of 700 aircraft.",
                 [("fleet_size", ("DEU",), 700.0)], id="the-carrier-s-fleet"),
    pytest.param("Qantas said it would renew its fleet. The airline ordered 20 Boeing 787 jets.",
                 [("jets", ("AUS", "USA"), 20.0)], id="the-airline-s-order-and-its-maker"),
    pytest.param("Northwind Air posted a loss on Thursday. The carrier has a fleet of 70 aircraft.",
                 [("fleet_size", (), 70.0)], id="an-airline-of-no-known-country"),
]


@pytest.mark.parametrize(("text", "wanted"), AIRLINE_CASES)
def test_airline_owners(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text) if metric != "order_value"] == wanted
