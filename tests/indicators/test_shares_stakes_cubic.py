"""Shares, stakes and gas volumes of the state-press register (indaze28).

An owner's stake in an asset is a stake ("owns 30 percent of the Star refinery": `markets.holding_share`); the share
of a named side in another's whole is a share of that whole ("The share of Kazakhstan in Azerbaijan's trade turnover
was 2.1 percent": `trade_turnover_share`, `named`); a share of the world's population is a population share; a
sentence opening with "The organization" is the international body named last before it (`bodyrefs`), a share of the
world's whole it holds no world figure (`places.world_figure`); "billion cu. m" is a gas volume, the dot of its unit
no sentence end (`quantities.units`, `clauses.unwrapped`).

Sentences from Tehran Times reports (`tehrantimes-region`, CC BY 4.0, see tests/gold/README.md) or our own paraphrase
of the Azernews register.
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run

TT = "Tehran Times"


def _figures(text: str) -> list[tuple]:
    extraction = run(Article(id="i", text=text, published=None, source=TT))
    return [(i.metric, i.subjects, i.value, i.unit, i.period, i.kind) for i in extraction.indicators]


Y2014 = ("2014-01-01", "2014-12-31")
CASES = [
    pytest.param(  # tt 485925
        "The SCO was founded by China, Russia, Uzbekistan, Kazakhstan, Kyrgyzstan, and Tajikistan at a summit held in "
        "Shanghai in 2001. Observer states include Iran, Afghanistan, Belarus, and Mongolia. Iran submitted its initial "
        "application to the alliance 15 years ago. At a session held in the Tajik capital of Dushanbe in September 2021, "
        "Iran’s candidacy was accepted. The organization accounts for 40 percent of the world’s population and 28 percent "
        "of the world’s gross domestic product (GDP).",
        [("population_share", ("SCO",), 40.0, "percent", None, "actual"),
         ("world_gdp_share", ("SCO",), 28.0, "percent", None, "actual")],
        id="the-organization-is-the-body-named-before-not-its-members",
    ),
    pytest.param(  # paraphrase: no body named before "The organization"
        "Iran and Turkey signed a trade deal. The organization accounts for 40 percent of the world’s population.",
        [],
        id="the-organization-with-no-body-before-stays-a-world-figure",
    ),
    pytest.param(  # paraphrase of tt 485925
        "The SCO accounts for 40 percent of the world’s population and 28 percent of the world’s GDP.",
        [("population_share", ("SCO",), 40.0, "percent", None, "actual"),
         ("world_gdp_share", ("SCO",), 28.0, "percent", None, "actual")],
        id="a-share-of-the-worlds-population-is-no-gdp",
    ),
    pytest.param(  # paraphrase of the Azernews register
        "SOCAR owns 30 percent of the Star refinery.",
        [("stake", ("AZE",), 30.0, "percent", None, "actual")],
        id="an-owners-stake-in-an-asset",
    ),
    pytest.param(  # paraphrase of the Azernews register
        "SOCAR owns 58 percent of the Petkim petrochemical complex.",
        [("stake", ("AZE",), 58.0, "percent", None, "actual")],
        id="an-owners-stake-in-a-named-complex",
    ),
    pytest.param(  # paraphrase of the Azernews register
        "The share of Kazakhstan in Azerbaijan's trade turnover was 2.1 percent in 2024.",
        [("trade_turnover_share", ("AZE", "KAZ"), 2.1, "percent", ("2024-01-01", "2024-12-31"), "actual")],
        id="the-share-of-a-side-in-anothers-trade-turnover",
    ),
    pytest.param(  # paraphrase of tt 411720
        "Only in 2014 Iranian gas output increased to 172.6 billion cu. m. Iran imported 4.7 billion cu. m of gas from "
        "Turkmenistan in 2013.",
        [("production", ("IRN",), 172.6, "bcm", Y2014, "actual"),
         ("imports", ("IRN", "TKM"), 4.7, "bcm", ("2013-01-01", "2013-12-31"), "actual")],
        id="billion-cu-m-is-a-gas-volume-across-the-dot",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_shares_stakes_and_cubic_metres(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected
