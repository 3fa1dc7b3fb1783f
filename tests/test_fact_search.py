"""Search over facts: events, quotes and figures whose evidence holds every word of a query,
on the store of the two seed articles (real pipeline, real text)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from accords.cli import app
from accords.service import queries
from accords.service.fact_search import FACT_KINDS, search_facts
from accords.store import Store

runner = CliRunner()


def _every_fact(seeds_store):
    """(kind, fact, evidence text) of every visible fact of the store, read without the index."""
    for article in queries.articles(seeds_store, limit=100).items:
        found, extraction = queries.article_detail(seeds_store, article.id)
        for kind in FACT_KINDS:
            for fact in getattr(extraction, kind):
                text = " ".join(found.text[e.start : e.end] for e in fact.evidence)
                yield kind, fact, text + (" " + fact.text if kind == "quotes" else "")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("query", "kinds"),
    [("trade turnover", ("indicators",)), ("roadmap", FACT_KINDS), ("TURKEY digital", ("events",)),
     ("revolution", ("quotes",)), ("Türkiye nonexistentword", FACT_KINDS)],
    ids=["figures", "all-kinds", "any-case", "quotes", "no-match"],
)
def test_hits_are_exactly_the_facts_holding_every_word(seeds_store, query, kinds):
    words = [re.compile(rf"(?<!\w){re.escape(w.lower())}(?!\w)") for w in query.split()]
    expected = {f.id for kind, f, text in _every_fact(seeds_store) if kind in kinds and all(w.search(text.lower()) for w in words)}
    hits = search_facts(seeds_store, query, kinds=kinds, limit=500)
    assert {h.fact.id for h in hits} == expected
    assert all(h.kind in kinds for h in hits)
    if query != "Türkiye nonexistentword":
        assert expected


@pytest.mark.slow
def test_a_hit_carries_its_sentence_and_article(seeds_store):
    hits = search_facts(seeds_store, "15 billion 2023", kinds=("indicators",))
    assert [(h.fact.metric, h.fact.value, h.published) for h in hits] == [("trade_turnover", 15e9, "2021-09-15")]
    assert hits[0].evidence_text == "The two countries set up a goal to bring the mutual trade turnover to $15 billion in 2023."


@pytest.mark.slow
def test_cli_search_json_and_limit(seeds_db):
    result = runner.invoke(app, ["--db", seeds_db, "search", "Azerbaijan", "--limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["total"] == len(answer["items"]) == 2
    assert all("azerbaijan" in item["evidence_text"].lower() for item in answer["items"])


@pytest.mark.parametrize(
    ("args", "message"),
    [(["search", "x", "--kind", "tweets"], "error: --kind: 'tweets' is not one of events, quotes, indicators")],
    ids=["kind"],
)
def test_cli_search_errors(tmp_path, args, message):
    result = runner.invoke(app, ["--db", f"sqlite:///{tmp_path / 'a.db'}", *args])
    assert result.exit_code == 2
    assert result.stderr.strip() == message


def test_a_query_without_words_finds_nothing(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'a.db'}") as empty:
        assert search_facts(empty, '( " )') == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("params", "status"),
    [({"q": "trade turnover", "kind": "indicators"}, 200), ({"q": "roadmap"}, 200),
     ({"q": "roadmap", "kind": "tweets"}, 422), ({}, 422)],
    ids=["figures", "all-kinds", "bad-kind", "no-query"],
)
def test_api_fact_search_is_the_library_search(seeds_db, seeds_store, params, status):
    from fastapi.testclient import TestClient

    from accords.server import create_app

    with TestClient(create_app(seeds_db)) as client:
        answer = client.get("/api/v1/facts/search", params=params)
    assert answer.status_code == status, answer.text
    if status == 200:
        kinds = (params["kind"],) if "kind" in params else FACT_KINDS
        hits = search_facts(seeds_store, params["q"], kinds=kinds)
        assert [(i["kind"], i["fact"]["id"], i["evidence_text"]) for i in answer.json()["items"]] == [
            (h.kind, h.fact.id, h.evidence_text) for h in hits]
        assert answer.json()["total"] == len(hits) > 0
