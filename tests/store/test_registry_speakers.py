"""Pair quotes through the registry (#18): a quote's speaker belongs to a side when the
article says so, or, when the article gives the speaker no country, when the store's
registry does (the person's canonical entity across articles). Real Tehran Times articles
(tests/fixtures/registry), on SQLite and PostgreSQL: the quotes of speakers the article
leaves without a country are not on the pair until an article that names their office is
stored, and then they are."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "registry"

#: (pair, side, speaker, article of the quotes): the speaker is quoted in an article of
#: `unqualified.jsonl` on the pair, without a country there; `qualified.jsonl` gives it.
CASES = [
    (("RUS", "TUR"), "TUR", "Ibrahim Kalin", "tt_414535"),
    (("IRN", "TUR"), "TUR", "Ibrahim Kalin", "tt_414535"),
]
#: Speakers of `unqualified.jsonl` that the curated office holders place without the
#: registry (Maria Zakharova, Russia's foreign ministry spokeswoman since 2015).
KNOWN = [
    (("RUS", "TUR"), "RUS", "Maria Zakharova", "tt_430663"),
]


def _speakers(store, pair, side, article_origin):
    from accords.service import queries

    pair_quotes = queries.quotes(store, pair=pair, limit=500).items
    side_quotes = queries.quotes(store, country=side, limit=500).items
    by_id = {a.id: a for a in queries.articles(store, limit=500).items}
    wanted = {aid for aid, a in by_id.items() if (a.origin or "").endswith(f"#{article_origin}")}
    assert len(wanted) == 1, [a.origin for a in by_id.values()]
    return (
        {q.speaker_name for q in pair_quotes if q.evidence[0].article_id in wanted},
        {q.speaker_name for q in side_quotes if q.evidence[0].article_id in wanted},
    )


@pytest.fixture(scope="module")
def seen(module_store_url):
    """The speakers of each case's pair and side, before and after the qualified articles."""
    from accords import service
    from accords.service import queries
    from accords.store import Store

    found = {}
    with Store.open(module_store_url) as store:
        report = service.ingest(store, [FIXTURES / "unqualified.jsonl"])
        assert report.rejected == ()
        found["before"] = [_speakers(store, pair, side, article) for pair, side, _, article in CASES]
        found["known"] = [_speakers(store, pair, side, article) for pair, side, _, article in KNOWN]
        service.ingest(store, [FIXTURES / "qualified.jsonl"])
        found["after"] = [_speakers(store, pair, side, article) for pair, side, _, article in CASES]
        found["unqualified"] = {q.speaker_name for q in queries.quotes(store, limit=500).items}
    return found


@pytest.mark.parametrize("case", range(len(CASES)), ids=[f"{c[2]}-{'-'.join(c[0])}" for c in CASES])
def test_a_speaker_without_a_country_joins_the_pair_through_the_registry(seen, case):
    pair, side, speaker, _article = CASES[case]
    before_pair, before_side = seen["before"][case]
    after_pair, after_side = seen["after"][case]
    assert speaker in seen["unqualified"], "the fixture article no longer quotes the speaker"
    assert speaker not in before_pair and speaker not in before_side, "the article alone gives no country"
    assert speaker in after_pair, f"{speaker}'s quotes should be on {pair} once the registry knows {side}"
    assert speaker in after_side


@pytest.mark.parametrize("case", range(len(KNOWN)), ids=[f"{c[2]}-{'-'.join(c[0])}" for c in KNOWN])
def test_an_office_holder_joins_the_pair_from_the_article_alone(seen, case):
    pair, side, speaker, _article = KNOWN[case]
    on_pair, on_side = seen["known"][case]
    assert speaker in on_pair, f"{speaker}'s quotes should be on {pair} before any other article is stored"
    assert speaker in on_side, f"{speaker} should be quoted for {side}"


def test_the_registry_never_moves_a_speaker_to_the_wrong_side(module_store_url):
    """Every quote on a pair has a speaker whose country, from the article or else from the
    registry, is one of the two."""
    from sqlalchemy import select

    from accords.service import queries
    from accords.store import Store, views
    from accords.store.registry_tables import canonical_entities, entity_contributions
    from accords.store.schema import entities

    with Store.open(module_store_url) as store:
        for pair in (("RUS", "TUR"), ("IRN", "TUR"), ("IRN", "RUS")):
            for quote in queries.quotes(store, pair=pair, limit=500).items:
                with views.read(store) as conn:
                    row = conn.execute(
                        select(entities.c.type, entities.c.canonical_id, entities.c.country, canonical_entities.c.country)
                        .join(entity_contributions, (entity_contributions.c.article_id == entities.c.article_id)
                              & (entity_contributions.c.seq == entities.c.seq))
                        .join(canonical_entities, canonical_entities.c.key == entity_contributions.c.key)
                        .where(entities.c.article_id == quote.evidence[0].article_id, entities.c.fact_id == quote.speaker)
                    ).one()
                kind, canonical, own, registry = row
                country = canonical if kind == "COUNTRY" else own or registry
                assert country in pair, (pair, quote.speaker_name, row)
