"""Adding articles (duplicates, near-duplicates), reading them back, full-text search."""

from __future__ import annotations

import threading

import pytest

from accords.errors import NotFoundError
from accords.model import Article
from accords.store import AddResult, Store

ROADMAP = Article(
    id="1a2b3c4d5e6f7081",
    title="Azerbaijan, Turkey sign roadmap",
    text='Azerbaijan and Turkey signed a roadmap on "digital transformation" (2021-2023) in Baku.',
    published="2021-09-15",
    source="Azernews",
    author="Ayya Lmahamad",
)
ICT = Article(
    id="9f8e7d6c5b4a3928",
    title="Iran, Azerbaijan aim for ICT Cooperation",
    text="Iran and Azerbaijan discussed the EPEG data transit project and the Rasht-Astara railway.",
    published="2017-12-05T21:27",
)
UNDATED = Article(id="0000aaaa1111bbbb", text="A note on Caspian transit without a date.")

BASE = tuple(range(1000, 1128))


def _similar(keep: int) -> tuple[int, ...]:
    """A signature equal to BASE on its first `keep` of 128 positions (Jaccard keep/128)."""
    return BASE[:keep] + tuple(v + 5000 for v in BASE[keep:])


def test_add_new_then_same_id_is_duplicate_and_not_rewritten(store):
    assert store.add_article(ROADMAP) == AddResult("new", ROADMAP.id, None)
    changed = Article(id=ROADMAP.id, text="different text", title="different")
    assert store.add_article(changed) == AddResult("duplicate", ROADMAP.id, ROADMAP.id)
    assert store.article(ROADMAP.id) == ROADMAP


@pytest.mark.parametrize(
    ("keep", "expected"),
    [(128, "near_duplicate"), (116, "near_duplicate"), (103, "near_duplicate"), (102, "new"), (90, "new"), (0, "new")],
    ids=["identical", "jaccard-0.91", "jaccard-0.805", "jaccard-0.797", "jaccard-0.70", "unrelated"],
)
def test_near_duplicates_by_minhash(store, keep, expected):
    store.add_article(ROADMAP, signature=BASE)
    copy = Article(id="c0c0c0c0c0c0c0c0", text="Syndicated copy of the roadmap article.")
    result = store.add_article(copy, signature=_similar(keep))
    assert result.status == expected
    assert result.duplicate_of == (ROADMAP.id if expected == "near_duplicate" else None)
    assert store.article(copy.id).duplicate_of == result.duplicate_of


def test_copy_of_a_copy_links_to_the_first_copy(store):
    store.add_article(ROADMAP, signature=BASE)
    store.add_article(Article(id="c1" * 8, text="copy one"), signature=_similar(116))
    third = store.add_article(Article(id="c2" * 8, text="copy two"), signature=_similar(116)[:-1] + (1,))
    assert third == AddResult("near_duplicate", "c2" * 8, ROADMAP.id)
    assert store.summary()["near_duplicates"] == 2


def test_without_signature_no_near_duplicate_check(store):
    store.add_article(ROADMAP, signature=BASE)
    assert store.add_article(ICT).status == "new"


def test_concurrent_writers_store_each_article_once(store_url):
    Store.open(store_url).close()
    articles = [Article(id=f"{i:016x}", text=f"article number {i}") for i in range(15)]
    results: list[str] = []

    def writer() -> None:
        with Store.open(store_url) as store:
            results.extend(store.add_article(a).status for a in articles)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["duplicate"] * 30 + ["new"] * 15
    with Store.open(store_url) as store:
        assert store.summary()["articles"] == 15


@pytest.mark.parametrize(
    ("wanted", "found"),
    [("1a2b3c4d5e6f7081", ROADMAP.id), ("1a2b3c", ROADMAP.id), ("9f8e7d6c5b", ICT.id)],
    ids=["full-id", "six-char-prefix", "longer-prefix"],
)
def test_article_by_id_or_prefix(store, wanted, found):
    for article in (ROADMAP, ICT):
        store.add_article(article)
    assert store.article(wanted).id == found


@pytest.mark.parametrize(
    ("wanted", "message"),
    [
        ("1a2b3", "no article with id '1a2b3'"),
        ("ffffffff", "no article with id or id prefix 'ffffffff'"),
        ("abcdef", "id prefix 'abcdef' matches more than one article; give more characters"),
        ("1a2b3%", "no article with id or id prefix '1a2b3%'"),
    ],
    ids=["prefix-too-short", "missing", "ambiguous", "like-wildcard-is-literal"],
)
def test_article_not_found(store, wanted, message):
    for article in (ROADMAP, Article(id="abcdef01" * 2, text="x"), Article(id="abcdef02" * 2, text="y")):
        store.add_article(article)
    with pytest.raises(NotFoundError) as error:
        store.article(wanted)
    assert str(error.value) == message


def test_articles_newest_first_with_undated_last_and_paging(store):
    for article in (ICT, UNDATED, ROADMAP):
        store.add_article(article)
    assert [a.id for a in store.articles()] == [ROADMAP.id, ICT.id, UNDATED.id]
    assert [a.id for a in store.articles(limit=1, offset=1)] == [ICT.id]
    assert store.articles()[0] == ROADMAP


@pytest.fixture(scope="module")
def searchable(module_store_url):
    """A store holding three articles, shared by the search tests."""
    with Store.open(module_store_url) as store:
        for article in (ROADMAP, ICT, UNDATED):
            store.add_article(article)
        yield store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("roadmap", [ROADMAP.id]),
        ("AZERBAIJAN", None),  # both, order by rank
        ("azerbaijan railway", [ICT.id]),
        ("cooperation", [ICT.id]),  # title only
        ('"digital transformation', [ROADMAP.id]),
        ("(2021-2023) Baku", [ROADMAP.id]),
        ("title:roadmap", []),  # as syntax it would match ROADMAP; as words it is a phrase
        ("NEAR(roadmap Baku)", []),
        ("roadmap OR railway", []),
        ("rasht-astara", [ICT.id]),
        ("caspian*", [UNDATED.id]),
        ("-Baku", [ROADMAP.id]),
        ('" ( ) *', []),
        ("nothing-like-this", []),
        ("   ", None),
    ],
    ids=[
        "one-word", "case-insensitive", "all-words", "title", "unbalanced-quote", "parentheses",
        "column-filter-syntax", "near-syntax", "or-is-a-word", "hyphenated", "star", "leading-minus",
        "punctuation-only", "no-match", "blank-means-no-filter",
    ],
)
def test_full_text_search_is_safe_on_user_input(searchable, query, expected):
    found = [a.id for a in searchable.articles(search=query)]
    if expected is None:
        assert sorted(found) == sorted({ROADMAP.id, ICT.id} if query.strip() else {ROADMAP.id, ICT.id, UNDATED.id})
    else:
        assert found == expected
