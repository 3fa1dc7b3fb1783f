"""Commitments through the real pipeline: articles ingested into a SQLite store by
`accords.service.ingest`, then tracked and listed by `accords commitments`.

The articles under tests/fixtures/commitments/ were written for these tests (invented
figures, realistic prose, publication dates from 2021 to 2024); the seed is the demo
corpus' Azerbaijan-Turkey article with its $15 billion target for 2023.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords import service
from accords.cli import app
from accords.store import Store
from accords.store.commitments import commitments, conflicts

pytestmark = pytest.mark.slow

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures" / "commitments"
SEED = TESTS / "gold" / "articles" / "seed_000.txt"
TODAY = dt.date(2024, 9, 30)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """(store URL, article id by file name) after ingesting every fixture and the seed."""
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'accords.db'}"
    paths = [*sorted(FIXTURES.glob("*.json")), SEED]
    with Store.open(url) as store:
        report = service.ingest(store, paths)
        assert (report.new, report.extracted, report.rejected) == (len(paths), len(paths), ())
        ids = {Path(a.origin).name: a.id for a in store.articles(limit=100)}
    return url, ids


@pytest.fixture(scope="module")
def store(corpus):
    with Store.open(corpus[0]) as opened:
        yield opened


def _row(commitment):
    return (
        commitment.metric,
        commitment.subjects,
        commitment.value,
        commitment.period[0][:4],
        commitment.status,
        len(commitment.targets),
        [(r.value, len(r.figures)) for r in commitment.actuals],
        len(commitment.conflicts),
    )


def test_every_commitment_and_its_status(store):
    assert [_row(c) for c in commitments(store, today=TODAY)] == [
        ("trade_turnover", ("IRN", "TUR"), 20e9, "2022", "missed", 1, [(5.4e9, 1), (6.2e9, 1)], 1),
        ("trade_turnover", ("AZE", "TUR"), 15e9, "2023", "unknown", 1, [], 0),
        ("trade_turnover", ("IRN", "TUR"), 30e9, "2023", "unknown", 1, [], 1),
        ("trade_turnover", ("KAZ", "UZB"), 5e9, "2023", "met", 2, [(5.3e9, 2)], 0),
        ("trade_turnover", ("AZE", "GEO"), 2e9, "2024", "on_track", 1, [(1.3e9, 1)], 0),
        ("trade_turnover", ("PAK", "TUR"), 5e9, "2024", "behind", 1, [(0.7e9, 1)], 0),
        ("trade_turnover", ("AZE", "GEO"), 3e9, "2026", "pending", 1, [], 0),
    ]


def test_met_with_corroborating_reports_and_a_repeated_target(corpus, store):
    ids = corpus[1]
    (kaz_uzb,) = commitments(store, country="KAZ", today=TODAY)
    assert kaz_uzb.target_article_ids == (ids["kaz_uzb_2021_target.json"], ids["kaz_uzb_2022_halfyear.json"])
    assert kaz_uzb.announced == "2021-03-12"
    assert kaz_uzb.actual_article_ids == (ids["kaz_uzb_2024_total.json"], ids["kaz_uzb_2024_copy.json"])
    # January-June 2022 shows the trend but is not 2023.
    assert [(r.period, r.value) for r in kaz_uzb.trajectory] == [(("2022-01-01", "2022-06-30"), 2.1e9)]
    assert round(kaz_uzb.progress, 2) == 1.06


def test_on_track_is_pro_rated_over_the_elapsed_half_year(store):
    # $1.3bn of $2bn in January-June 2024: 182 of the leap year's 366 days.
    on_track = next(c for c in commitments(store, country="GEO", today=TODAY) if c.status == "on_track")
    assert (round(on_track.progress, 2), round(on_track.elapsed, 3)) == (0.65, 0.497)


def test_conflicting_reports_of_2022_are_listed_with_both_sources(corpus, store):
    ids = corpus[1]
    (conflict,) = conflicts(store)
    assert (conflict.metric, conflict.subjects, conflict.period) == (
        "trade_turnover", ("IRN", "TUR"), ("2022-01-01", "2022-12-31")
    )
    assert [(r.value, r.article_ids) for r in conflict.readings] == [
        (5.4e9, (ids["irn_tur_2023_turkstat.json"],)),
        (6.2e9, (ids["irn_tur_2023_customs.json"],)),
    ]


@pytest.mark.parametrize(
    ("today", "status"),
    [(dt.date(2021, 9, 15), "pending"), (dt.date(2024, 6, 1), "unknown")],
    ids=["announced", "deadline-passed"],
)
def test_seed_target_for_2023_is_listed(corpus, store, today, status):
    seed = corpus[1]["seed_000.txt"]
    found = [c for c in commitments(store, country="AZE", today=today) if c.subjects == ("AZE", "TUR")]
    assert [(c.metric, c.value, c.unit, c.period, c.deadline, c.status, c.target_article_ids) for c in found] == [
        ("trade_turnover", 15e9, "USD", ("2023-01-01", "2023-12-31"), "2023-12-31", status, (seed,)),
    ]
    assert [(r.period, r.value) for r in found[0].trajectory] == [
        (("2020-01-01", "2020-12-31"), 4.1e9),
        (("2021-01-01", "2021-07-31"), 2.5e9),
    ]


def test_cli_lists_commitments(corpus):
    url, ids = corpus
    result = CliRunner().invoke(app, ["--db", url, "commitments", "--country", "PAK", "--today", "2024-09-30"])
    assert result.exit_code == 0, result.output
    target, actual = ids["pak_tur_2023_target.json"], ids["pak_tur_2024_halfyear.json"]
    assert result.output.splitlines() == [
        "trade_turnover PAK-TUR: 5bn USD in 2024 (deadline 2024-12-31) -> BEHIND (14% of target after 50% of the period)",
        f"  target:   {target} (2023-09-21)",
        f"  actual:   700m USD in 2024-01..2024-06   {actual} (2024-08-12)",
    ]


def test_cli_lists_conflicts(corpus):
    url, ids = corpus
    result = CliRunner().invoke(app, ["--db", url, "conflicts"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "CONFLICT trade_turnover IRN-TUR 2022",
        f"       5.4bn USD  {ids['irn_tur_2023_turkstat.json']} (2023-03-07)",
        f"       6.2bn USD  {ids['irn_tur_2023_customs.json']} (2023-02-20)",
    ]


def test_cli_json(corpus):
    url, _ = corpus
    result = CliRunner().invoke(
        app, ["--db", url, "commitments", "--country", "UZB", "--today", "2024-09-30", "--json", "--conflicts"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [(c["status"], c["value"], c["deadline"]) for c in payload["commitments"]] == [("met", 5e9, "2023-12-31")]
    assert payload["conflicts"] == []


def test_cli_rejects_a_bad_date(corpus):
    result = CliRunner().invoke(app, ["--db", corpus[0], "commitments", "--today", "next year"])
    assert result.exit_code == 2
    message = " ".join(result.output.replace("\u2502", " ").split())  # unwrap the error box
    assert "Invalid value for --today: expected an ISO date like 2024-06-30, got 'next year'" in message
