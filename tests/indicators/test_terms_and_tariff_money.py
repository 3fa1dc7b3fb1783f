"""indicators.v2: prison terms in more of the words news uses, and money a tariff word alone named a price
(sixteenth session).

A term is a `prison_sentence` in `year` or `month` (`accords.indicators.justice`) also where a court
"jailed" or "imprisoned" someone "for" it, "sentenced" a person described in a few words "to" it, or the
term is written with a hyphen before its noun ("a 19-year prison sentence", "a five-year jail term");
a six-year term of office and a ten-year-old are no term. A term whose sentence and the sentences
before it name no country is the article's main country's court's. A sum of money read as a price
only because a tariff is named near it (revenue the tariffs bring in, payments to farmers hit by
them) is no figure (`accords.indicators.tariffs`); the goods a tariff covers ("products worth $2 billion")
are `tariffed_imports`.

All sentences are written for the test in the register of web news.
"""

import pytest

from accords.model import Article
from accords.pipeline import run


def _figures(text: str) -> list[tuple]:
    extraction = run(Article(id="t", text=text, published="2024-03-01", source="web",
                             url="https://example.com/world/2024/03/01/story"))
    return [(i.metric, i.subjects, i.value, i.unit) for i in extraction.indicators]


TERMS = [
    pytest.param("A Russian court jailed the activist for eight years on Tuesday.",
                 [("prison_sentence", ("RUS",), 8.0, "year")], id="jailed-for"),
    pytest.param("In Iran, the lawyer was imprisoned for 10 years after a closed trial.",
                 [("prison_sentence", ("IRN",), 10.0, "year")], id="imprisoned-for"),
    pytest.param("The opposition leader was handed a 19-year prison sentence in Russia.",
                 [("prison_sentence", ("RUS",), 19.0, "year")], id="hyphen-prison-sentence"),
    pytest.param("Egypt's court gave him a five-year jail term.",
                 [("prison_sentence", ("EGY",), 5.0, "year")], id="hyphen-jail-term"),
    pytest.param("A court in Belarus sentenced the opposition politician to 11 years in a penal colony.",
                 [("prison_sentence", ("BLR",), 11.0, "year")], id="sentenced-a-described-person-to"),
    pytest.param("The former mayor of Ankara served four months of a 10-month prison sentence in Turkey.",
                 [("prison_sentence", ("TUR",), 10.0, "month")], id="hyphen-months"),
    pytest.param("The president of Egypt began a six-year term in 2018.", [], id="a-term-of-office-is-no-term"),
    pytest.param("A 10-year-old boy was among those released in Turkey.", [], id="an-age-is-no-term"),
]


@pytest.mark.parametrize(("text", "expected"), TERMS)
def test_terms(text, expected):
    assert [f for f in _figures(text) if f[0] == "prison_sentence" or not expected] == expected


def test_a_term_in_a_page_about_one_country_is_its_courts():
    text = ("Two prison guards in the United States were charged on Tuesday. The guards are accused of "
            "sleeping on duty and browsing the internet. Their lawyers said they would plead not guilty. "
            "Each of the charges carries a maximum sentence of five years.")
    assert ("prison_sentence", ("USA",), 5.0, "year") in _figures(text)


TARIFF_MONEY = [
    pytest.param("Revenues from the tariffs on goods from China have totaled about $60 billion, the United States said.",
                 [], id="tariff-revenue-is-no-price"),
    pytest.param("Farmers hit by the Chinese tariffs have been paid $20 billion over two years by the United States.",
                 [], id="payments-to-farmers-hit-by-tariffs-are-no-price"),
    pytest.param("The United States imposed tariffs on $200 billion of Chinese goods last year.",
                 [("tariffed_imports", ("CHN", "USA"), 2e11, "USD")], id="tariffed-goods-stay"),
    pytest.param("The United States will raise the tariff rate on more than 500 groups of Russian products worth about "
                 "$2 billion.", [("tariffed_imports", ("RUS", "USA"), 2e9, "USD")], id="goods-worth-are-tariffed-imports"),
]


@pytest.mark.parametrize(("text", "expected"), TARIFF_MONEY)
def test_tariff_money(text, expected):
    assert [f for f in _figures(text) if f[3] == "USD"] == expected
