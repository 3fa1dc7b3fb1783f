"""`accords.store.commitments`: figures loaded with their articles' dates, filtered by country.

Extractions are built by hand (no spaCy) and saved in a SQLite store in a temporary folder.
"""

from __future__ import annotations

import datetime as dt

import pytest

from accords.model import Article, Evidence, Extraction, Indicator
from accords.store import Store
from accords.store.commitments import commitments, conflicts, figures

ARTICLES = {
    # id: (published, indicators as (metric, subjects, value, period, kind))
    "target2021": ("2021-09-15", [
        ("trade_turnover", ("AZE", "TUR"), 15e9, ("2023-01-01", "2023-12-31"), "target"),
        ("trade_turnover", ("AZE", "TUR"), 4.1e9, ("2020-01-01", "2020-12-31"), "actual"),
    ]),
    "customs2024": ("2024-02-20", [
        ("trade_turnover", ("AZE", "TUR"), 15.2e9, ("2023-01-01", "2023-12-31"), "actual"),
        ("trade_turnover", ("GEO", "IRN"), 1.1e9, ("2023-01-01", "2023-12-31"), "actual"),
    ]),
    "stats2024": ("2024-03-01", [
        ("trade_turnover", ("AZE", "TUR"), 14.1e9, ("2023-01-01", "2023-12-31"), "actual"),
        ("trade_turnover", ("GEO", "IRN"), 1.1e9, ("2023-01-01", "2023-12-31"), "actual"),
        ("trade_turnover", ("GEO", "IRN"), 2e9, ("2025-01-01", "2025-12-31"), "target"),
    ]),
}


def _indicator(article_id: str, seq: int, metric, subjects, value, period, kind) -> Indicator:
    return Indicator(
        id=f"{article_id}:indicator:{seq}",
        metric=metric,
        value=value,
        unit="USD",
        evidence=(Evidence(article_id, 10 * seq, 10 * seq + 9),),
        subjects=subjects,
        period=period,
        kind=kind,
        deadline=period[1] if kind == "target" else None,
        stage="indicators.v1",
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("commitments") / "accords.db"
    with Store.open(f"sqlite:///{path}") as opened:
        for article_id, (published, facts) in ARTICLES.items():
            opened.add_article(Article(id=article_id, text=f"Text of {article_id}. " * 5, published=published))
            indicators = tuple(_indicator(article_id, seq, *fact) for seq, fact in enumerate(facts))
            opened.save_extraction(Extraction(article_id=article_id, pipeline=("indicators.v1",), indicators=indicators))
        yield opened


def test_figures_carry_their_articles_publication_date(store):
    with store._read() as conn:
        found = figures(conn, kind="target")
    assert [(f.article_id, f.published, f.indicator.value) for f in found] == [
        ("target2021", "2021-09-15", 15e9),
        ("stats2024", "2024-03-01", 2e9),
    ]


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        (None, [("AZE", "TUR"), ("GEO", "IRN")]),
        ("TUR", [("AZE", "TUR")]),
        ("GEO", [("GEO", "IRN")]),
        ("ARM", []),
    ],
    ids=["all", "TUR", "GEO", "none"],
)
def test_commitments_by_country(store, country, expected):
    found = commitments(store, country=country, today=dt.date(2024, 6, 1))
    assert [c.subjects for c in found] == expected


def test_commitment_from_store(store):
    (aze_tur, geo_irn) = commitments(store, today=dt.date(2024, 6, 1))
    assert (aze_tur.status, aze_tur.announced, aze_tur.target_article_ids) == ("met", "2021-09-15", ("target2021",))
    assert [(r.value, r.article_ids) for r in aze_tur.actuals] == [(14.1e9, ("stats2024",)), (15.2e9, ("customs2024",))]
    assert [r.value for r in aze_tur.trajectory] == [4.1e9]
    assert len(aze_tur.conflicts) == 1
    # GEO-IRN's 2023 figure, corroborated by both articles, is trajectory for the 2025 target.
    assert (geo_irn.status, [r.article_ids for r in geo_irn.trajectory]) == (
        "pending", [("customs2024", "stats2024")]
    )


def test_conflicts_from_store(store):
    found = conflicts(store)
    assert [(c.subjects, c.period, [(r.value, r.article_ids) for r in c.readings]) for c in found] == [
        (("AZE", "TUR"), ("2023-01-01", "2023-12-31"), [(14.1e9, ("stats2024",)), (15.2e9, ("customs2024",))]),
    ]
    assert conflicts(store, country="GEO") == []


def test_an_empty_store_has_no_commitments(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'empty.db'}") as empty:
        assert commitments(empty, today=dt.date(2024, 6, 1)) == []
        assert conflicts(empty) == []
