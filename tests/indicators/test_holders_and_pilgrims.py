"""What one country has, said in a relative clause, visitors counted by their nation's adjective, and a Caspian
species counted (indtt44).

- "Turkey imports natural gas from Iran, which has approximately 32 trillion cubic meters of natural gas reserves":
  Iran's reserves alone (`accords.indicators.holders`);
- "more than 3,000 Azerbaijani Shia pilgrims will travel to Mashhad": the visitors' country and the host's
  (`accords.indicators.visits.with_host`), as "2.374 million Russians ... arrived in Turkey" already was;
- "the population of Caspian seals has reached less than 70,000", "Caspian seal ... declined by more than 90 percent":
  `seal_population` and `seal_population_change` of the five littoral states (`accords.indicators.wildlife`); seals
  released by Iran are no population.

Texts: sentences of Tehran Times articles of `tehrantimes-region` (CC BY 4.0, Mehr News / Tehran Times): 452044,
443010, 443606; the cases marked "own" are our own sentences. Each expected record is (metric, subjects, value, unit).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"
CASPIAN = ("AZE", "IRN", "KAZ", "RUS", "TKM")

CASES = [
    pytest.param(
        "Of course, Turkey imports natural gas from Iran, which has approximately 32 trillion cubic meters of natural "
        "gas reserves.",
        [("reserves", ("IRN",), 32000, "bcm")], id="iran-which-has-reserves"),
    pytest.param(
        "Turkey buys gas from Iran and Russia, and the two sides traded $5 billion last year.",
        [("trade_turnover", ("IRN", "RUS", "TUR"), 5e9, "USD")], id="no-relative-clause-own"),
    pytest.param(
        "It is forecast that more than 3,000 Azerbaijani Shia pilgrims will travel to Mashhad per month, the report "
        "added.",
        [("tourists", ("AZE", "IRN"), 3000, "count")], id="pilgrims-to-mashhad"),
    pytest.param(
        "Some 2,000 Iranian tourists visited Antalya last year.",
        [("tourists", ("IRN", "TUR"), 2000, "count")], id="tourists-to-antalya-own"),
    pytest.param(
        "According to the latest census conducted in 2016, the population of Caspian seals has reached less than "
        "70,000; while their population once stood at about one million in the country.",
        [("seal_population", CASPIAN, 70000, "count"), ("seal_population", CASPIAN, 1e6, "count")],
        id="caspian-seal-census"),  # "their population" the seals' the clause before names (indtt47)
    pytest.param(
        "Caspian seal, the sole marine mammal inhabiting the Caspian Sea, is endangered according to the International "
        "Union for Conservation of Nature and Natural Resources (IUCN), as recently demonstrated to have declined by "
        "more than 90 percent since the start of the 20th century.",
        [("seal_population_change", CASPIAN, -90, "percent")], id="caspian-seal-decline"),
    pytest.param(
        "Iran's Department of Environment released 4 Caspian seals into the sea.",
        [], id="seals-released-own"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_holders_and_pilgrims(text: str, expected: list[tuple]) -> None:
    found = [(m, s, v, u) for m, s, v, u, _k, _q in figures(text, source=TT, published=None)]
    assert found == [(m, tuple(s), pytest.approx(v), u) for m, s, v, u in expected]
