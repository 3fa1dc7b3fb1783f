"""indicators.v2 through the default pipeline on the seed articles (exact records)."""

from pathlib import Path

import pytest

from accords.model import Article
from accords.pipeline import run

ARTICLES = Path(__file__).parents[1] / "gold" / "articles"

SEED_000 = [
    ("agreements_signed", ("AZE", "TUR"), 11.0, "count", ("2021-02-18", "2021-02-18"), "actual", None),
    ("trade_turnover", ("AZE", "TUR"), 2.5e9, "USD", ("2021-01-01", "2021-07-31"), "actual", None),
    ("trade_turnover", ("AZE", "TUR"), 4.1e9, "USD", ("2020-01-01", "2020-12-31"), "actual", None),
    ("trade_turnover", ("AZE", "TUR"), 15e9, "USD", ("2023-01-01", "2023-12-31"), "target", "2023-12-31"),
]
SEED_004 = [
    ("companies", ("IRN",), 9.0, "count", None, "actual", None),
    ("visits", ("AZE", "IRN"), 2.0, "count", None, "actual", None),
    ("meetings", ("AZE", "IRN"), 10.0, "count", None, "actual", None),
    ("tourists", ("AZE", "IRN"), 1e6, "count", None, "actual", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("name,published,expected", [
    ("seed_000.txt", "2021-09-15", SEED_000),
    ("seed_004.txt", "2017-12-05", SEED_004),
], ids=["seed-000-trade", "seed-004-counts"])
def test_seed_indicators(name, published, expected):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    extraction = run(Article(id=name, text=text, published=published))
    got = [(i.metric, i.subjects, i.value, i.unit, i.period, i.kind, i.deadline) for i in extraction.indicators]
    assert got == expected
    assert all(i.stage == "indicators.v2" for i in extraction.indicators)


@pytest.mark.slow
def test_seed_000_qualifier_and_evidence():
    text = (ARTICLES / "seed_000.txt").read_text(encoding="utf-8")
    extraction = run(Article(id="s0", text=text, published="2021-09-15"))
    target = next(i for i in extraction.indicators if i.kind == "target")
    ev = target.evidence[0]
    assert text[ev.start:ev.end] == "The two countries set up a goal to bring the mutual trade turnover to $15 billion in 2023."
    assert target.qualifier is None
