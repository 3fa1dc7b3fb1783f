"""The query layer used by the CLI and the API: filters, ordering and the summary."""

from __future__ import annotations

import pytest

from accords.model import Article, Entity, Event, Evidence, Extraction, Indicator, Quote
from accords.store import Store, neardup
from accords.store.rows import date_bounds, day_bounds

A1, A2 = "a1a1a1a1a1a1a1a1", "b2b2b2b2b2b2b2b2"


def ev(article_id: str, start: int = 0, end: int = 5) -> tuple[Evidence, ...]:
    return (Evidence(article_id=article_id, start=start, end=end),)


def _event(article_id: str, n: int, type_: str, countries: tuple[str, ...], date, recipients=()) -> Event:
    return Event(
        id=f"{article_id}:ev:{n}", type=type_, evidence=ev(article_id), actor_countries=countries,
        recipient_countries=recipients, date=date,
    )


FIRST = Extraction(
    article_id=A1,
    entities=(
        Entity(id="p1", type="PERSON", name="Ilham Aliyev", evidence=ev(A1), country="AZE", aliases=("Aliyev",)),
        Entity(id="c1", type="COUNTRY", name="Azerbaijan", evidence=ev(A1), canonical_id="AZE"),
        Entity(id="c2", type="COUNTRY", name="Turkey", evidence=ev(A1), canonical_id="TUR"),
        Entity(id="o1", type="ORG", name="Ministry of Digital Development", evidence=ev(A1), country="AZE"),
    ),
    events=(
        _event(A1, 1, "AGREE", ("AZE", "TUR"), "2021-09-14"),
        _event(A1, 2, "CONSULT", ("AZE",), ("2021-01-01", "2021-07-31"), recipients=("TUR",)),
        _event(A1, 3, "COOPERATE", ("AZE",), None),
    ),
    indicators=(
        Indicator(id="i1", metric="trade_turnover", value=2.5e9, unit="USD", evidence=ev(A1),
                  subjects=("AZE", "TUR"), period=("2021-01-01", "2021-07-31")),
        Indicator(id="i2", metric="trade_turnover", value=15e9, unit="USD", evidence=ev(A1),
                  subjects=("AZE", "TUR"), kind="target", deadline="2023"),
    ),
    quotes=(
        Quote(id="q1", text="We agree", evidence=ev(A1), speaker="p1", speaker_name="Ilham Aliyev", cue="said"),
        Quote(id="q2", text="The ministry said so", evidence=ev(A1), speaker="o1", speaker_name="the ministry"),
    ),
)
SECOND = Extraction(
    article_id=A2,
    entities=(
        Entity(id="c1", type="COUNTRY", name="Azerbaijan", evidence=ev(A2), canonical_id="AZE"),
        Entity(id="c3", type="COUNTRY", name="Iran", evidence=ev(A2), canonical_id="IRN"),
    ),
    events=(_event(A2, 1, "CONSULT", ("IRN",), "2017-12", recipients=("AZE",)),),
    indicators=(
        Indicator(id="i3", metric="exports", value=1e6, unit="USD", evidence=ev(A2), subjects=("IRN",),
                  kind="forecast"),
    ),
)


@pytest.fixture(scope="module")
def filled(module_store_url):
    """A store with both extractions, shared by the read-only tests of this module."""
    with Store.open(module_store_url) as store:
        for article_id in (A1, A2):
            store.add_article(Article(id=article_id, text="text of " + article_id))
        store.save_extraction(FIRST)
        store.save_extraction(SECOND)
        store.add_article(Article(id="c3c3c3c3c3c3c3c3", text="copy", duplicate_of=A1))
        yield store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [f"{A1}:ev:1", f"{A1}:ev:2", f"{A2}:ev:1", f"{A1}:ev:3"]),
        ({"country": "TUR"}, [f"{A1}:ev:1", f"{A1}:ev:2"]),
        ({"country": "IRN"}, [f"{A2}:ev:1"]),
        ({"between": ("AZE", "TUR")}, [f"{A1}:ev:1", f"{A1}:ev:2"]),
        ({"between": ("IRN", "AZE")}, [f"{A2}:ev:1"]),
        ({"between": ("IRN", "TUR")}, []),
        ({"type": "CONSULT"}, [f"{A1}:ev:2", f"{A2}:ev:1"]),
        ({"since": "2021-08"}, [f"{A1}:ev:1"]),
        ({"since": "2021-07-31"}, [f"{A1}:ev:1", f"{A1}:ev:2"]),
        ({"until": "2020"}, [f"{A2}:ev:1"]),
        ({"since": "2017-12-31", "until": "2017-12-31"}, [f"{A2}:ev:1"]),
        ({"since": "2021-Q3", "type": "AGREE"}, [f"{A1}:ev:1"]),
        ({"limit": 2, "offset": 1}, [f"{A1}:ev:2", f"{A2}:ev:1"]),
    ],
    ids=[
        "all-latest-first-undated-last", "country", "country-as-recipient", "pair", "pair-either-order",
        "pair-never-together", "type", "since-month", "since-interval-overlap", "until-year",
        "one-day-inside-a-month", "since-quarter-and-type", "paging",
    ],
)
def test_events(filled, filters, expected):
    assert [e.id for e in filled.events(**filters)] == expected


def test_events_are_full_records(filled):
    assert filled.events(type="AGREE") == [FIRST.events[0]]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["i1", "i2", "i3"]),
        ({"country": "TUR"}, ["i1", "i2"]),
        ({"metric": "exports"}, ["i3"]),
        ({"kind": "target"}, ["i2"]),
        ({"country": "AZE", "kind": "actual"}, ["i1"]),
    ],
    ids=["all", "country", "metric", "kind", "country-and-kind"],
)
def test_indicators(filled, filters, expected):
    assert [i.id for i in filled.indicators(**filters)] == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["q1", "q2"]),
        ({"speaker": "p1"}, ["q1"]),
        ({"speaker": "aliyev"}, ["q1"]),
        ({"speaker": "MINISTRY"}, ["q2"]),
        ({"speaker": "%"}, []),
        ({"country": "AZE"}, ["q1", "q2"]),
        ({"country": "TUR"}, []),
    ],
    ids=["all", "speaker-entity-id", "speaker-name-part", "case-insensitive", "like-wildcard-is-literal",
         "speaker-country", "no-speaker-from-country"],
)
def test_quotes(filled, filters, expected):
    assert [q.id for q in filled.quotes(**filters)] == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type": "COUNTRY"}, [("Azerbaijan", A1), ("Azerbaijan", A2), ("Iran", A2), ("Turkey", A1)]),
        ({"search": "aliyev"}, [("Ilham Aliyev", A1)]),
        ({"search": "irn"}, [("Iran", A2)]),
        ({"search": "digital", "type": "ORG"}, [("Ministry of Digital Development", A1)]),
        ({"search": "digital", "type": "PERSON"}, []),
    ],
    ids=["type", "name-part", "canonical-id", "search-and-type", "no-match"],
)
def test_entities(filled, filters, expected):
    assert [(e.name, e.evidence[0].article_id) for e in filled.entities(**filters)] == expected


def test_summary(filled):
    assert filled.summary() == {
        "articles": 3,
        "near_duplicates": 1,
        "extracted": 2,
        "facts": {"mentions": 0, "entities": 6, "times": 0, "quantities": 0, "events": 4, "indicators": 3, "quotes": 2},
        "events_by_type": {"CONSULT": 2, "AGREE": 1, "COOPERATE": 1},
        "top_entities": {
            "COUNTRY": [
                {"name": "Azerbaijan", "articles": 2},
                {"name": "Iran", "articles": 1},
                {"name": "Turkey", "articles": 1},
            ],
            "ORG": [{"name": "Ministry of Digital Development", "articles": 1}],
            "PERSON": [{"name": "Ilham Aliyev", "articles": 1}],
        },
        "countries": [
            {"country": "AZE", "articles": 2},
            {"country": "IRN", "articles": 1},
            {"country": "TUR", "articles": 1},
        ],
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-09-14", ("2021-09-14", "2021-09-14")),
        ("2017-12-05T21:27", ("2017-12-05", "2017-12-05")),
        ("2021-02", ("2021-02-01", "2021-02-28")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2021", ("2021-01-01", "2021-12-31")),
        ("2021-Q3", ("2021-07-01", "2021-09-30")),
        ("2021-H1", ("2021-01-01", "2021-06-30")),
        ("2021-13", ("2021-13", "2021-13")),
        ("someday", ("someday", "someday")),
        ("1900-02", ("1900-02-01", "1900-02-28")),
        ("2000-02", ("2000-02-01", "2000-02-29")),
        ("2024-Q1", ("2024-01-01", "2024-03-31")),
        ("2021-Q2", ("2021-04-01", "2021-06-30")),
        ("2021-Q4", ("2021-10-01", "2021-12-31")),
        ("2021-H2", ("2021-07-01", "2021-12-31")),
        ("2021-00", ("2021-00", "2021-00")),
        ("2021-02-30", ("2021-02-30", "2021-02-30")),
        ("2021-q3", ("2021-07-01", "2021-09-30")),
        ("2021-W05", ("2021-02-01", "2021-02-07")),
        ("2020-W53", ("2020-12-28", "2021-01-03")),
        ("2021-W53", ("2021-W53", "2021-W53")),
        (" 2021-11 ", ("2021-11-01", "2021-11-30")),
    ],
    ids=["day", "datetime", "month", "leap-month", "year", "quarter", "half", "bad-month", "unknown",
         "century-not-leap", "400-year-leap", "leap-first-quarter", "second-quarter", "fourth-quarter",
         "second-half", "month-zero", "day-kept-as-written", "lowercase-quarter", "week", "week-across-years",
         "no-such-week", "spaces-stripped"],
)
def test_day_bounds(value, expected):
    """The store's bounds are `accords.days.day_span`'s days (a week its Monday to its Sunday, a
    lowercase quarter its months); an impossible day or week stays text as it always did."""
    assert day_bounds(value) == expected


def test_day_bounds_month_ends_are_the_calendars():
    """Every month, quarter and half of 1899-2101 ends where the calendar says (the store's own
    month-end arithmetic before `accords.days.day_span` owned it)."""
    import calendar

    def end(year: int, month: int) -> str:
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"

    for year in range(1899, 2102):
        for month in range(1, 13):
            assert day_bounds(f"{year}-{month:02d}") == (f"{year}-{month:02d}-01", end(year, month))
        for quarter in range(1, 5):
            first = f"{year}-{3 * quarter - 2:02d}-01"
            assert day_bounds(f"{year}-Q{quarter}") == (first, end(year, 3 * quarter))
        for half in (1, 2):
            assert day_bounds(f"{year}-H{half}") == (f"{year}-{6 * half - 5:02d}-01", end(year, 6 * half))


def test_date_bounds_of_intervals_and_none():
    assert date_bounds(("2021-01", "2021-Q3")) == ("2021-01-01", "2021-09-30")
    assert date_bounds(None) == (None, None)


def test_signature_packing_and_jaccard():
    signature = (0, 1, 2**32 - 1, 2**64 - 1)
    assert neardup.unpack(neardup.pack(signature)) == signature
    assert len(neardup.pack(tuple(range(128)))) == 1024
    assert neardup.jaccard((1, 2, 3, 4), (1, 2, 0, 0)) == 0.5
    assert neardup.jaccard((1, 2), (1, 2, 3)) == 0.0
    assert len(neardup.buckets(tuple(range(128)))) == 32
