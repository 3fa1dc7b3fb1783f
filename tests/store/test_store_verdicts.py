"""Verdicts in the store (SQLite and PostgreSQL): the log, rejected facts left out of lists,
counts, pair pages and the graph, corrections applied, and verdicts that hold when an
article is re-extracted, even by a changed stage."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from accords import pipeline
from accords.errors import NotFoundError
from accords.evaluation.runner import read_article
from accords.ids import fact_id
from accords.service import review as library
from accords.review.verdicts import ReviewError
from accords.store import pairs, views

GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
_RUNS: dict[str, object] = {}


def _extracted(name: str):
    """The seed article and its extraction by the default pipeline (run once per session)."""
    if name not in _RUNS:
        article = read_article(GOLD / name)
        _RUNS[name] = (article, pipeline.run(article))
    return _RUNS[name]


@pytest.fixture
def seeded(store):
    """A store with the Azerbaijan-Turkey seed article and its facts."""
    article, extraction = _extracted("seed_000.txt")
    store.add_article(article)
    store.save_extraction(extraction)
    return store, article, extraction


def _event(extraction, type_: str, start: int):
    return next(e for e in extraction.events if e.type == type_ and e.evidence[0].start == start)


def _pair_events(store, **filters):
    with views.read(store) as conn:
        page = views.event_page(conn, pair=("AZE", "TUR"), limit=100, **filters)
        counts = views.event_counts(conn, pair=("AZE", "TUR"))
    return page, counts


def test_a_rejected_event_leaves_lists_counts_and_the_graph_and_is_shown_on_request(seeded):
    store, _article, extraction = seeded
    signing = _event(extraction, "SUPPORT", 0)
    before, counts_before = _pair_events(store)
    verdict = library.reject(store, signing.id, by="ana", note="the roadmap was signed in 2020")
    after, counts_after = _pair_events(store)
    shown, _ = _pair_events(store, include_rejected=True)
    assert (verdict.id, verdict.held, verdict.by, verdict.before["type"]) == (1, True, "ana", "SUPPORT")
    assert signing.id in {e.id for e in before.items} and signing.id not in {e.id for e in after.items}
    assert after.total == before.total - 1
    assert counts_after["by_type"]["SUPPORT"] == counts_before["by_type"]["SUPPORT"] - 1
    assert {e.id: e.review for e in shown.items}[signing.id] == "rejected"
    assert signing.id not in {e.id for e in store.events(limit=100)}
    with views.read(store) as conn:
        edge = pairs.relationship_graph(conn)["edges"]
    # every event of the article is between Azerbaijan and Turkey: all but the rejected one count
    assert [e["weight"] for e in edge if (e["source"], e["target"]) == ("COUNTRY:AZE", "COUNTRY:TUR")] == [
        len(extraction.events) - 1
    ]


def test_a_correction_changes_the_fact_and_the_pair_index_follows(seeded):
    store, _article, extraction = seeded
    talks = _event(extraction, "CONSULT", 205)
    library.correct(store, talks.id, {"type": "AGREE", "status": "planned", "actor_countries": "AZE,GBR"}, by="ana")
    with views.read(store) as conn:
        stored = views.fact_by_id(conn, "event", talks.id)
        gbr = views.event_page(conn, pair=("AZE", "GBR"))
    assert (stored.type, stored.status, stored.actor_countries, stored.review) == ("AGREE", "planned", ("AZE", "GBR"), "corrected")
    assert [e.id for e in gbr.items] == [talks.id] and gbr.total == 1
    assert talks.id not in {e.id for e in _pair_events(store)[0].items}


def test_confirmed_facts_are_marked(seeded):
    store, _article, extraction = seeded
    trade = extraction.indicators[1]
    library.confirm(store, trade.id, by="bo")
    with views.read(store) as conn:
        page = views.indicator_page(conn, pair=("AZE", "TUR"))
    assert {i.id: i.review for i in page.items}[trade.id] == "confirmed"


def test_min_confidence_keeps_the_surer_facts(seeded):
    store, _article, extraction = seeded
    with views.read(store) as conn:
        sure = views.event_page(conn, pair=("AZE", "TUR"), min_confidence=0.75, limit=100)
        every = views.event_page(conn, limit=100)
    assert {e.id for e in sure.items} == {e.id for e in extraction.events if e.confidence >= 0.75 and "TUR" in
                                          (*e.actor_countries, *e.recipient_countries)}
    assert sure.total == len(sure.items) < every.total


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda s: library.reject(s, "f" * 16 + ":event:0000000000", by="ana"), NotFoundError,
         "no event with id 'ffffffffffffffff:event:0000000000'"),
        (lambda s: library.reject(s, _extracted("seed_000.txt")[1].events[0].id, by=" "), ReviewError,
         "say who gives the verdict (--by NAME, or the name given at login)"),
        (lambda s: library.correct(s, _extracted("seed_000.txt")[1].events[0].id, {"type": "SUPPORT"}, by="ana"),
         ReviewError, "the correction changes nothing: af5c75576abee15f:event:9c3263e1ec already has those values"),
        (lambda s: library.merge(s, "ORG:Nothing Like It", "ORG:EU", by="ana"), NotFoundError,
         "no entity with key 'ORG:Nothing Like It'"),
        (lambda s: library.split(s, "PLACE:Ankara", "ORG:Government of Turkey", [], by="ana"), ReviewError,
         "a split names the articles whose entity is the other one (--article ID)"),
    ],
    ids=["unknown-fact", "nobody", "no-change", "unknown-entity", "split-without-articles"],
)
def test_bad_verdicts_are_refused_and_not_logged(seeded, call, error, message):
    store = seeded[0]
    with pytest.raises(error) as raised:
        call(store)
    assert str(raised.value) == message
    assert store.verdicts() == ([], 0)


def _changed_events_stage(article, doc, extraction):
    """events.v2 as an upgraded stage might redo it: new ids and stage name, facts in the
    reverse order, evidence cut at the end, confidence moved, one event dropped (the
    visit AZE -> TUR) and one new event."""
    made = pipeline.registered_stages()["events.v2"].func(article, doc, extraction)
    redone = []
    for event in reversed(made.events[len(extraction.events):]):
        if event.recipient_countries:
            continue
        start, end = event.evidence[0].start, event.evidence[0].end
        redone.append(dataclasses.replace(
            event, id=fact_id(article.id, "event", "v99", start), stage="events.v99", confidence=0.6,
            evidence=(dataclasses.replace(event.evidence[0], end=end - 3), *event.evidence[1:]),
        ))
    redone.append(dataclasses.replace(redone[0], id=fact_id(article.id, "event", "v99", "new"), type="AID"))
    return dataclasses.replace(made, events=extraction.events + tuple(redone))


def test_verdicts_hold_when_a_changed_stage_re_extracts_the_article(seeded, monkeypatch):
    store, article, extraction = seeded
    signing, talks, visit = _event(extraction, "SUPPORT", 0), _event(extraction, "CONSULT", 205), _event(extraction, "CONSULT", 845)
    library.reject(store, signing.id, by="ana")
    library.correct(store, talks.id, {"date": "2021-09-13", "status": "planned"}, by="ana")
    library.confirm(store, visit.id, by="bo")
    library.merge(store, "ORG:Digital Transformation Office", "ORG:DTO", by="ana")

    monkeypatch.setitem(pipeline._REGISTRY, "events.v99", pipeline.Stage("events.v99", _changed_events_stage))  # noqa: SLF001
    stages = [name if name != "events.v2" else "events.v99" for name in pipeline.DEFAULT_PIPELINE]
    lost = store.save_extraction(pipeline.run(article, stages=stages))

    assert [(v.fact_id, v.action, v.held) for v in lost] == [(visit.id, "confirm", False)]
    stored = store.extraction(article.id)
    by_span = {(e.type, e.evidence[0].start): e for e in stored.events}
    assert all(e.stage == "events.v99" for e in stored.events)
    assert by_span[("SUPPORT", 0)].review == "rejected"
    corrected = by_span[("CONSULT", 205)]
    assert (corrected.date, corrected.date_precision, corrected.status, corrected.review) == (
        "2021-09-13", "day", "planned", "corrected")
    assert by_span[("AID", 2094)].review is None  # the new stage's new event: nobody judged it
    assert ("CONSULT", 845) not in by_span  # the visit the new stage dropped
    assert "ORG:DTO" in {f"{e.type}:{e.canonical_id or e.name}" for e in stored.entities}
    assert signing.id not in {e.id for e in _pair_events(store)[0].items}
    held = {v.fact_id: v.held for v in store.verdicts()[0]}
    assert held == {signing.id: True, talks.id: True, visit.id: False, None: None}
    assert [v.fact_id for v in store.verdicts(lost=True)[0]] == [visit.id]

    # the default pipeline again: the confirmed visit is back and its verdict holds again
    assert store.save_extraction(extraction) == ()
    assert {e.id: e.review for e in store.extraction(article.id).events}[visit.id] == "confirmed"


def test_a_merge_moves_every_article_and_the_log_keeps_it(seeded):
    store, _article, _extraction = seeded
    verdict = library.merge(store, "COUNTRY:GBR", "COUNTRY:TUR", by="ana", note="test of the mechanism")
    with views.read(store) as conn:
        keys = {g["key"] for g in views.entity_group_page(conn, limit=100).items}
        turkey = views.entity_mentions(conn, "COUNTRY:TUR")
    assert "COUNTRY:GBR" not in keys and "COUNTRY:TUR" in keys
    assert {e.name for e in turkey} == {"Turkey", "United Kingdom"}
    log, total = store.verdicts()
    assert total == 1 and log[0] == dataclasses.replace(verdict, held=None)
    assert (log[0].before, log[0].after, log[0].article_id) == ({"key": "COUNTRY:GBR"}, {"key": "COUNTRY:TUR"}, None)
