"""An event's `when`: its own date, else its article's publication day marked "reported";
the filters (`--since`/`--until`), the CSV and PLOVER exports all use this one rule."""

from __future__ import annotations

import pytest

from accords.model import Event, Evidence
from accords.store.when import When, event_when


def _event(date):
    return Event(id="e1", type="CONSULT", actors=(), recipients=(), date=date, evidence=(Evidence("a1", 0, 5),))


@pytest.mark.parametrize(
    ("date", "published", "expected", "label"),
    [
        ("2021-09-14", "2021-09-15T08:00:00", When("2021-09-14", "2021-09-14", "event"), "2021-09-14"),
        ("2021-09", "2021-10-02", When("2021-09-01", "2021-09-30", "event"), "2021-09-01..2021-09-30"),
        (("2021-01-01", "2021-06-30"), None, When("2021-01-01", "2021-06-30", "event"), "2021-01-01..2021-06-30"),
        (None, "2025-03-04T10:20:00+04:00", When("2025-03-04", "2025-03-04", "reported"), "2025-03-04 (reported)"),
    ],
    ids=["own-day", "own-month", "own-interval-undated-article", "undated-reported"],
)
def test_event_when(date, published, expected, label):
    when = event_when(_event(date), published)
    assert when == expected
    assert when.label == label


def test_no_date_and_no_publication_day_is_unknown():
    assert event_when(_event(None), None) is None


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from pathlib import Path

    from typer.testing import CliRunner

    from accords.cli import app
    from accords.store import Store

    articles = Path(__file__).parents[1] / "gold" / "articles"
    url = f"sqlite:///{tmp_path_factory.mktemp('when') / 'accords.db'}"
    result = CliRunner().invoke(app, ["--db", url, "ingest", "-q", str(articles / "seed_000.txt"), str(articles / "seed_004.txt")])
    assert result.exit_code == 0, result.output
    with Store.open(url) as opened:
        yield opened


@pytest.mark.slow
@pytest.mark.parametrize(
    ("since", "until"),
    [("2021-09-15", None), ("2017-12", "2017-12"), (None, "2017-12-05"), ("2021", None)],
    ids=["after-every-own-date", "a-month", "until-a-day", "a-year"],
)
def test_filters_follow_the_rule(store, since, until):
    """`since`/`until` keep exactly the events whose `when` overlaps the period, undated ones
    by their article's day (before, an undated event was never in a filtered list)."""
    from accords.service import queries
    from accords.store.rows import day_bounds

    first = day_bounds(since)[0] if since else "0000"
    last = day_bounds(until)[1] if until else "9999"
    every = queries.events(store, limit=500).items
    expected = set()
    for event in every:
        when = event_when(event, store.article(event.evidence[0].article_id).published)
        if when is not None and when.end >= first and when.start <= last:
            expected.add((event.id, when.source))
    found = queries.events(store, since=since, until=until, limit=500).items
    assert {e.id for e in found} == {i for i, _ in expected}
    assert "reported" in {source for _, source in expected}
