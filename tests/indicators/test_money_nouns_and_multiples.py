"""Figures of company news the keyword lexicon has no word for, named from their own words (issue 14):

- a share's price over its company's earnings (`markets.earnings_multiple`): "a forward P/E of 14" is
  `forward_price_earnings_ratio`, "16.36 times trailing-12-month earnings" `price_earnings_ratio`, both a
  `ratio`, no count;
- money named by the noun it is (`moneynouns.money_noun_metric`): "a $3 billion tender offer", "$35 million in a
  settlement", "$11 billion in stock repurchases"; a noun phrase with no head of `MONEY_HEADS` names nothing;
- money paid "to settle" that no keyword of its clause names is `settlement` (`moneyverbs.settled_metric`); money
  raised or paid that no keyword of its sentence names (`moneyverbs.paid_metric`) is `funding_raised` ("raised $80
  million") or `payments` ("paid the agency $449,000"); "paid $2 million in fines" stays a fine;
- a service's markets and clients, a race's candidates, claims and searches counted by their noun
  (`countnouns.COUNTABLE_HEADS`): "across 13 markets", "Ten candidates"; fewer than ten describe; products ("22
  games") stay unnamed.

Texts: sentences written for these tests in the register of US business news, and sentences of the Motley Fool
page of the article-extraction-benchmark (news_n4k-foolcom1, MIT, tests/gold/LICENSE-article-extraction-benchmark).
A sentence naming the United States comes first where the figure's own sentence names no country. Each expected
record is (metric, subjects, value, unit).
"""

from __future__ import annotations

import pytest

from accords.indicators import markets, moneynouns, moneyverbs
from accords.indicators.lexicon import _lexicon_for
from tests.indicators.figures import figures

LEAD = "The company is based in the United States. "

CASES = [
    pytest.param(LEAD + "Google trades at a forward P/E ratio near 17.5, roughly in line with the S&P 500 Index.",
                 [("forward_price_earnings_ratio", ("USA",), 17.5, "ratio")], id="forward-pe-ratio-near"),
    pytest.param(LEAD + "The recent December sell-off gives investors an even more attractive entry point, the company "
                 "still trades at a TTM P/E of 17 and a forward P/E of 14.",
                 [("price_earnings_ratio", ("USA",), 17.0, "ratio"), ("forward_price_earnings_ratio", ("USA",), 14.0, "ratio")],
                 id="ttm-and-forward-pe"),
    pytest.param(LEAD + "All told, Qualcomm stock is cheap at just 16.36 times trailing-12-month earnings, it's a "
                 "high-quality company.",
                 [("price_earnings_ratio", ("USA",), 16.36, "ratio")], id="times-trailing-earnings"),
    pytest.param(LEAD + "The lender agreed to a $3 billion tender offer for shares held by its staff.",
                 [("tender_offer", ("USA",), 3e9, "USD")], id="tender-offer"),
    pytest.param(LEAD + "The broker agreed to pay $35 million in a settlement with regulators.",
                 [("settlement", ("USA",), 35e6, "USD")], id="in-a-settlement"),
    pytest.param(LEAD + "The firm has averaged $11 billion in stock repurchases each quarter.",
                 [("stock_repurchases", ("USA",), 11e9, "USD")], id="in-stock-repurchases"),
    pytest.param(LEAD + "The bank paid $1.1 billion to settle charges brought by regulators.",
                 [("settlement", ("USA",), 1.1e9, "USD")], id="paid-to-settle"),
    pytest.param(LEAD + "The start-up has raised more than $80 million from venture funds.",
                 [("funding_raised", ("USA",), 80e6, "USD")], id="raised-money"),
    pytest.param(LEAD + "So far this year the state has paid the agency nearly $449,000.",
                 [("payments", ("USA",), 449000.0, "USD")], id="paid-the-agency"),
    pytest.param(LEAD + "The carrier paid $2 million in fines last year.",
                 [("fine", ("USA",), 2e6, "USD")], id="paid-in-fines-stays-a-fine"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_named_from_own_words(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value, unit) for metric, subjects, value, unit, *_ in figures(text)] == wanted


MULTIPLES = [
    pytest.param("Google trades at a forward P/E ratio near ", "", "forward_price_earnings_ratio", id="forward-before"),
    pytest.param("The company trades for just under ", " times this year’s estimated EPS", "price_earnings_ratio",
                 id="times-estimated-eps"),
    pytest.param("Its shares trade at ", " times forward earnings", "forward_price_earnings_ratio", id="times-forward"),
    pytest.param("Exports grew ", " times in value", None, id="a-multiple-of-exports-is-none"),
    pytest.param("The index rose ", " points", None, id="index-points-are-none"),
]


@pytest.mark.parametrize(("lead", "tail", "wanted"), MULTIPLES)
def test_earnings_multiples(lead: str, tail: str, wanted: str | None) -> None:
    assert markets.earnings_multiple(lead, tail) == wanted


NOUNS = [
    pytest.param(" buyout of existing shareholders", "buyout", id="buyout"),
    pytest.param(" dollars of unpaid royalties", "unpaid_royalties", id="dollars-of-royalties"),
    pytest.param(" in “synergies”", "synergies", id="quoted-synergies"),
    pytest.param(" net worth", "net_worth", id="net-worth"),
    pytest.param(" in the market", None, id="market-is-no-money-noun"),
    pytest.param(" for the offer", None, id="stop-word-ends-the-phrase"),
    pytest.param(" in humanitarian aid", None, id="aid-is-the-lexicons"),
]


@pytest.mark.parametrize(("tail", "wanted"), NOUNS)
def test_money_nouns(tail: str, wanted: str | None) -> None:
    assert moneynouns.money_noun_metric(tail, lexicon=_lexicon_for("USD")) == wanted


VERBS = [
    pytest.param("would have to pay ", "payments", id="have-to-pay"),
    pytest.param("the start-up has raised ", "funding_raised", id="raised"),
    pytest.param("the company raised the price to ", None, id="raised-a-price-is-no-funding"),
    pytest.param("exports rose to ", None, id="no-paying-verb"),
]


@pytest.mark.parametrize(("lead", "wanted"), VERBS)
def test_paid_metric(lead: str, wanted: str | None) -> None:
    assert moneyverbs.paid_metric(lead, unit="USD") == wanted


def test_settled_metric() -> None:
    assert moneyverbs.settled_metric(" to settle charges", unit="USD") == "settlement"
    assert moneyverbs.settled_metric(" to settle charges", unit="count") is None


COUNTS = [
    pytest.param(LEAD + "The streaming service is launching with 22 games and will reach 13 markets next year.",
                 [("markets", 13.0)], id="markets-not-games"),
    pytest.param(LEAD + "Ten candidates meet on the debate stage tonight.", [("candidates", 10.0)], id="candidates"),
    pytest.param(LEAD + "The county has had 19 searches since 2007.", [("searches", 19.0)], id="searches"),
    pytest.param(LEAD + "The agency serves three markets.", [], id="a-few-markets-describe"),
]


@pytest.mark.parametrize(("text", "wanted"), COUNTS)
def test_counted_products_and_markets(text: str, wanted: list[tuple]) -> None:
    assert [(metric, value) for metric, _s, value, unit, *_ in figures(text) if unit == "count"] == wanted
