"""Ingest reports the verdicts a new extraction no longer finds, and keeps the others."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from accords import pipeline
from accords.evaluation.runner import read_article
from accords.service import review
from accords.service.ingestion import Analysed, ingest_items
from accords.store import Store

GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
MEETING = "af5c75576abee15f:event:45333fca7c"  # CONSULT visit AZE+TUR
ROADMAP = "af5c75576abee15f:event:9c3263e1ec"  # SUPPORT sign AZE+TUR


def test_a_re_ingested_article_keeps_its_verdicts_and_counts_the_lost_ones(tmp_path):
    article = read_article(GOLD / "seed_000.txt")
    extraction = pipeline.run(article)
    with Store.open(f"sqlite:///{tmp_path / 'accords.db'}") as store:
        first = ingest_items(store, [Analysed(article, extraction)])
        assert (first.new, first.extracted, first.verdicts_lost) == (1, 1, 0)
        review.reject(store, MEETING, by="ana")
        review.confirm(store, ROADMAP, by="ana")
        # a new version that no longer makes the meeting event
        newer = dataclasses.replace(extraction, events=tuple(e for e in extraction.events if e.id != MEETING))
        again = ingest_items(store, [Analysed(article, newer)])
        assert (again.duplicate, again.extracted, again.verdicts_lost) == (1, 1, 1)
        assert {e.id: e.review for e in store.extraction(article.id).events}[ROADMAP] == "confirmed"
        assert [v.fact_id for v in store.verdicts(lost=True)[0]] == [MEETING]


def test_the_summary_leaves_rejected_facts_out(tmp_path):
    article = read_article(GOLD / "seed_000.txt")
    extraction = pipeline.run(article)
    with Store.open(f"sqlite:///{tmp_path / 'accords.db'}") as store:
        ingest_items(store, [Analysed(article, extraction)])
        before = store.summary()
        review.reject(store, MEETING, by="ana")
        after = store.summary()
    assert after["facts"]["events"] == before["facts"]["events"] - 1
    assert after["events_by_type"].get("CONSULT", 0) == before["events_by_type"]["CONSULT"] - 1
    assert after["facts"]["indicators"] == before["facts"]["indicators"]
