"""The registry after the real pipeline: Tehran Times articles (tests/gold/articles) that
name the same people in different forms, given publication dates, ingested into a store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accords.service import ingest
from accords.store import Store, registry

GOLD = Path(__file__).parent.parent / "gold" / "articles"
DATES = {"tt_409405": "2018-01-10", "tt_409545": "2018-01-20", "tt_411682": "2018-02-12", "tt_422080": "2018-06-05"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("articles")
    for name, published in DATES.items():
        record = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
        record["published"] = published
        (out / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    return out


@pytest.mark.slow
def test_one_person_per_name_across_articles_and_reingest_changes_nothing(folder, tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'accords.db'}") as store:
        assert ingest(store, [folder]).extracted == 4
        rouhani = registry.person(store, "Rouhani")
        aliyev = registry.person(store, "President Aliyev")
        assert (rouhani.key, rouhani.name, rouhani.articles) == ("PERSON:hassan rouhani", "Hassan Rouhani", 3)
        assert {v for v, _ in rouhani.variants} == {"Hassan Rouhani", "Rouhani"}
        assert (aliyev.key, aliyev.name, aliyev.country, aliyev.articles) == ("PERSON:ilham aliyev", "Ilham Aliyev", "AZE", 2)
        assert [(r.as_of, r.title) for r in aliyev.roles] == [("2018-01-20", "President"), ("2018-02-12", "President")]
        assert registry.person(store, "Ilham Aliyev") == aliyev
        before = (rouhani, aliyev, registry.entities(store, limit=1000))
        for article_id in {r.article_id for r in rouhani.roles + aliyev.roles}:
            store.save_extraction(store.extraction(article_id))
        assert ingest(store, [folder]).duplicate == 4
        registry.consolidate(store)
        after = (registry.person(store, "Rouhani"), registry.person(store, "Aliyev"), registry.entities(store, limit=1000))
    assert after == before
