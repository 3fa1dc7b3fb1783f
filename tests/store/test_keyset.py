"""Keyset paging of the read views (`accords.store.keyset`): walking a list page by page
after each page's last key gives exactly the list, in the same order as offset pages, on
both the fact tables and the pair index, with dated, undated and tied sort dates."""

from __future__ import annotations

import pytest

from accords.model import Article, Event, Evidence, Extraction, Indicator, Quote
from accords.store import Store, keyset, views

#: Four articles; two share a publication date, one has none. Their events reuse a few
#: dates (ties broken by article and seq), some undated, across three countries.
ARTICLES = (
    ("0a0a0a0a0a0a0a0a", "2021-09-15"),
    ("1b1b1b1b1b1b1b1b", "2021-09-15"),
    ("2c2c2c2c2c2c2c2c", None),
    ("3d3d3d3d3d3d3d3d", "2017-12-01T10:00:00"),
)
DATES = ("2021-09-14", None, "2017-12", ("2021-01-01", "2021-07-31"), "2021-09-14", None)
SIDES = (("AZE", "TUR"), ("AZE",), ("IRN", "AZE"), ("TUR",), ("AZE", "TUR", "IRN"), ("IRN",))
TYPES = ("AGREE", "CONSULT", "SUPPORT")
PERIODS = (("2021-01-01", "2021-06-30"), None, ("2020-01-01", "2020-12-31"))


def _extraction(n: int, article_id: str) -> Extraction:
    ev = (Evidence(article_id=article_id, start=0, end=4),)
    events = tuple(
        Event(
            id=f"{article_id}:ev:{i}", type=TYPES[(i + n) % 3], evidence=ev, actor_countries=SIDES[(i + n) % 6],
            date=DATES[(i + 2 * n) % 6],
        )
        for i in range(5)
    )
    indicators = tuple(
        Indicator(
            id=f"{article_id}:in:{i}", metric="trade_turnover", value=float(i), unit="USD", evidence=ev,
            subjects=SIDES[(i + n) % 6], period=PERIODS[(i + n) % 3], kind=("actual", "target")[i % 2],
        )
        for i in range(4)
    )
    quotes = tuple(Quote(id=f"{article_id}:q:{i}", text=f"quote {i}", evidence=ev) for i in range(3))
    return Extraction(article_id=article_id, events=events, indicators=indicators, quotes=quotes)


@pytest.fixture(scope="module")
def filled(module_store_url):
    with Store.open(module_store_url) as store:
        for n, (article_id, published) in enumerate(ARTICLES):
            store.add_article(Article(id=article_id, text=f"text {n} of {article_id}", published=published))
            store.save_extraction(_extraction(n, article_id))
        yield store


LISTS = [
    ("event_page", {}),
    ("event_page", {"type": "AGREE"}),
    ("event_page", {"since": "2021"}),
    ("event_page", {"country": "AZE"}),
    ("event_page", {"pair": ("AZE", "TUR")}),
    ("event_page", {"pair": ("AZE", "TUR"), "type": "AGREE"}),
    ("agreement_page", {}),
    ("indicator_page", {}),
    ("indicator_page", {"kind": "target"}),
    ("indicator_page", {"country": "TUR"}),
    ("indicator_page", {"pair": ("AZE", "TUR"), "kind": "actual"}),
    ("quote_page", {}),
    ("quote_page", {"article_id": "1b1b1b1b1b1b1b1b"}),
    ("article_page", {}),
    ("article_page", {"since": "2021"}),
]
LIST_IDS = [f"{view}-{'-'.join(f'{k}={v}' for k, v in filters.items()) or 'all'}" for view, filters in LISTS]


def _ids(page: views.Page) -> list[str]:
    return [item.id for item in page.items]


@pytest.mark.parametrize("limit", [1, 2, 7], ids=lambda n: f"limit={n}")
@pytest.mark.parametrize(("view", "filters"), LISTS, ids=LIST_IDS)
def test_walking_after_keys_gives_the_whole_list(filled, view, filters, limit):
    with views.read(filled) as conn:
        whole = getattr(views, view)(conn, limit=500, **filters)
        walked, after, pages = [], None, 0
        while True:
            page = getattr(views, view)(conn, limit=limit, after=after, **filters)
            assert page.total == whole.total
            assert page.offset == (0 if after is None else None)
            walked += _ids(page)
            pages += 1
            after = page.next_key
            if after is None or pages > whole.total:  # a key that does not move on stops here too
                break
    assert whole.next_key is None and whole.total == len(whole.items)
    assert walked == _ids(whole)
    assert pages == max(1, -(-whole.total // limit))
    if view == "event_page" and not filters:  # the data has what the test is about
        assert any(e.date is None for e in whole.items) and len({str(e.date) for e in whole.items}) < whole.total


@pytest.mark.parametrize(("view", "filters"), LISTS, ids=LIST_IDS)
def test_offset_pages_follow_the_same_order_and_give_the_next_key(filled, view, filters):
    with views.read(filled) as conn:
        whole = getattr(views, view)(conn, limit=500, **filters)
        for offset in range(1, whole.total):
            page = getattr(views, view)(conn, limit=2, offset=offset, **filters)
            assert _ids(page) == _ids(whole)[offset : offset + 2]
            if offset + 2 < whole.total:
                after = getattr(views, view)(conn, limit=2, after=page.next_key, **filters)
                assert _ids(after) == _ids(whole)[offset + 2 : offset + 4]
            else:
                assert page.next_key is None


@pytest.mark.parametrize(
    ("order", "key", "expected"),
    [
        (keyset.EVENTS, ("2021-09-14", "0a0a0a0a0a0a0a0a", 3), True),
        (keyset.EVENTS, (None, "0a0a0a0a0a0a0a0a", 3), True),
        (keyset.EVENTS, ("2021-09-14", "0a0a0a0a0a0a0a0a"), False),
        (keyset.EVENTS, ("2021-09-14", None, 3), False),
        (keyset.EVENTS, ("2021-09-14", "0a0a0a0a0a0a0a0a", "3"), False),
        (keyset.EVENTS, ("2021-09-14", "0a0a0a0a0a0a0a0a", True), False),
        (keyset.EVENTS, (20210914, "0a0a0a0a0a0a0a0a", 3), False),
        (keyset.QUOTES, ("0a0a0a0a0a0a0a0a", 0), True),
        (keyset.QUOTES, (None, "0a0a0a0a0a0a0a0a", 0), False),
        (keyset.ARTICLES, (None, 12), True),
        (keyset.ARTICLES, ("2021-09-15", 1.5), False),
    ],
    ids=["event", "undated-event", "too-short", "null-tie", "seq-as-text", "seq-as-bool", "date-as-int",
         "quote", "quote-with-date", "undated-article", "float-seq"],
)
def test_is_key_checks_the_shape_of_a_key(order, key, expected):
    assert order.is_key(key) is expected


def test_a_search_pages_by_offset_only(filled):
    with views.read(filled) as conn, pytest.raises(ValueError, match="a search pages by offset only"):
        views.article_page(conn, search="text", after=(None, 1))
